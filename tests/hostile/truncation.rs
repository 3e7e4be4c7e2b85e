//! Half-downloaded pages: every fixture cut at many byte offsets (evenly
//! spread, inside multi-byte characters, inside tags), each giving one
//! record; a cut inside the section-三 table is `structure.truncated`.

use super::{assert_issue, assert_status, fixtures, run, timed};
use nianbao::model::Status;
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

/// The offsets a document of `b` is cut at: 30 evenly spread, the first
/// few multi-byte-character middles and tag insides after each of them,
/// and the very ends.
fn cuts(b: &[u8]) -> BTreeSet<usize> {
    let n = b.len();
    let mut at: BTreeSet<usize> = (0..30).map(|k| k * n / 30).collect();
    at.extend([1, 2, 3, n.saturating_sub(1), n.saturating_sub(2)]);
    for &even in at.clone().iter() {
        // The next UTF-8 continuation byte (inside a character), the next
        // byte after a `<` (inside a tag name) and after a `=` (inside an
        // attribute) from each even offset.
        let rest = &b[even..];
        if let Some(k) = rest.iter().position(|&c| (0x80..0xC0).contains(&c)) {
            at.insert(even + k);
        }
        if let Some(k) = rest.iter().position(|&c| c == b'<') {
            at.insert(even + k + 1);
            at.insert(even + k + 3);
        }
        if let Some(k) = rest.iter().position(|&c| c == b'=') {
            at.insert(even + k + 1);
        }
    }
    at.retain(|&k| k < n);
    at
}

/// Byte range of the section-三 table between the start of its second
/// row and the start of its （七）总计 row, in a UTF-8 fixture.
fn requests_table_middle(b: &[u8]) -> Option<(usize, usize)> {
    let s = std::str::from_utf8(b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b)).ok()?;
    let bom = b.len() - s.len();
    let from = s.find("二、上年结转")?;
    let to = from + s[from..].find("（七）总计")?;
    Some((bom + from, bom + to))
}

#[test]
fn every_fixture_cut_at_many_offsets() {
    let start = Instant::now();
    let mut docs = 0usize;
    let mut bytes = 0usize;
    let mut inside = 0usize;
    for (name, full) in fixtures() {
        let middle = requests_table_middle(&full);
        for cut in cuts(&full) {
            let part = &full[..cut];
            let (rec, _) = run(&format!("{name}@{cut}"), part);
            docs += 1;
            bytes += cut;
            if cut == 0 {
                assert_issue(&rec, "input.unreadable");
            }
            if let Some((from, to)) = middle {
                if cut > from && cut < to {
                    inside += 1;
                    assert_issue(&rec, "structure.truncated");
                    assert_status(&rec, Status::Malformed);
                }
            }
        }
    }
    let took = start.elapsed();
    eprintln!(
        "{docs} truncated documents ({bytes} bytes, {inside} inside the 三 table) in {took:?}"
    );
    assert!(inside > 100, "{inside}");
    if timed() {
        // Budget: about 3,500 documents, 40 MB, in 40 s (about 5 s alone).
        assert!(took < Duration::from_secs(40), "{took:?}");
    }
}

#[test]
fn utf8_cut_inside_a_character_stays_utf8() {
    // A plain-text UTF-8 report cut in the middle of its last character
    // is still UTF-8 (with the broken tail replaced and reported), not a
    // legacy encoding guessed by the detector.
    for (name, full) in fixtures() {
        if !name.ends_with(".txt") && !name.ends_with(".tsv") && !name.ends_with(".csv") {
            continue;
        }
        let Some((from, _)) = requests_table_middle(&full) else {
            continue;
        };
        let cut = from + 1; // inside 二
        let (rec, _) = run(&name, &full[..cut]);
        assert_eq!(
            rec.source.encoding.as_deref(),
            Some("UTF-8"),
            "{name}: {:?}",
            rec.issues
        );
        assert_issue(&rec, "input.bad_bytes");
        assert!(rec.template.is_some(), "{name}: {:?}", rec.issues);
    }
}
