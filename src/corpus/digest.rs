//! Body digests of reports, and the names of the places they speak for:
//! what the copy and carry-over checks compare.

use crate::hanzi::{nfkc_alone, nfkc_each, simplify, to_simplified};
use crate::parse::{Block, Document};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// A compact digest of a report's body, equal for copies that differ only
/// in office name, year or whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub u64);

/// Bodies shorter than this (in characters, after normalisation) get no
/// fingerprint: too little text to call two documents copies.
pub const MIN_BODY_CHARS: usize = 200;

/// Marks a masked office name in the normalised body.
const OFFICE_MASK: char = '\u{1}';
/// Marks a masked year in the normalised body.
const YEAR_MASK: &str = "\u{2}";
/// Separates blocks and cells, so that "1","23" differs from "12","3".
const SEP: char = '\u{1f}';

/// Digest of `doc`'s body with `office` and `year` masked; `None` when the
/// document is too small to call two of them copies.
///
/// The body is every prose line and every table cell (each source cell
/// once), NFKC-normalised, traditional characters simplified, whitespace
/// removed. The office name (and its variants: 街道 / 街道办事处, the name
/// without its 街道/镇/乡/人民政府 suffix) and every year (`2020`, `二〇二〇`,
/// any 19xx/20xx: a copy relabelled for another year has its other years
/// shifted too) are masked. The digest is the first 8 bytes of the masked
/// body's SHA-256 (hardware-accelerated where the CPU has it).
pub fn fingerprint(doc: &Document, office: Option<&str>, year: Option<i32>) -> Option<Fingerprint> {
    let _ = year; // every year is masked, this one included
    let size: usize = body_texts(doc).map(|t| t.len() + 1).sum();
    let mut body = String::with_capacity(size);
    let mut chars = 0usize;
    for text in body_texts(doc) {
        chars += push_body(&mut body, text);
        body.push(SEP);
    }
    if chars < MIN_BODY_CHARS {
        return None;
    }
    if let Some(office) = office {
        for variant in office_variants(office) {
            if body.contains(&variant) {
                body = body.replace(&variant, &OFFICE_MASK.to_string());
            }
        }
    }
    let mut h = Sha256::new();
    each_masked(&body, |piece| h.update(piece.as_bytes()));
    let d = h.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&d[..8]);
    Some(Fingerprint(u64::from_le_bytes(first)))
}

/// Appends `text` to `body` as the digest reads it: NFKC, traditional
/// characters simplified, whitespace dropped. Returns the number of
/// characters appended.
fn push_body(body: &mut String, text: &str) -> usize {
    let from = body.len();
    if let Some(n) = push_body_starters(body, text) {
        return n;
    }
    // A character that joins the one before it (a combining mark): the
    // whole text through the normaliser.
    body.truncate(from);
    let mut chars = 0;
    nfkc_each(text, |c| {
        // Ideographs, most of a body, are never whitespace.
        if crate::hanzi::is_ideograph(c) || !c.is_whitespace() {
            body.push(to_simplified(c));
            chars += 1;
        }
    });
    chars
}

/// [`push_body`] for a text whose every character starts an NFKC segment
/// (nearly every text): each character then stands for
/// [`nfkc_alone`] of it, and the runs of characters that come out as they
/// are (ASCII, ideographs, CJK punctuation) are copied whole instead of a
/// character at a time. `None` at the first character that does not
/// start a segment, with part of `text` appended.
fn push_body_starters(body: &mut String, text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut chars = 0;
    // The start of the bytes not yet appended, all unchanged.
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if matches!(x, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ') {
                body.push_str(text.get(run..i)?);
                run = i + 1;
            } else {
                chars += 1;
            }
            i += 1;
            continue;
        }
        let c = text.get(i..)?.chars().next()?;
        let w = c.len_utf8();
        let alone = nfkc_alone(c)?;
        let keep = crate::hanzi::is_ideograph(alone) || !alone.is_whitespace();
        let out = to_simplified(alone);
        if keep && out == c {
            chars += 1;
        } else {
            body.push_str(text.get(run..i)?);
            run = i + w;
            if keep {
                body.push(out);
                chars += 1;
            }
        }
        i += w;
    }
    body.push_str(text.get(run..)?);
    Some(chars)
}

/// The texts a body digest reads, in order: every prose line and every
/// table cell, each source cell once (not its copies under a span).
fn body_texts(doc: &Document) -> impl Iterator<Item = &str> {
    doc.blocks.iter().flat_map(|b| {
        let (line, grid) = match b {
            Block::Line { text, .. } => (Some(text.as_str()), None),
            Block::Table(grid) => (None, Some(grid)),
        };
        line.into_iter().chain(
            grid.into_iter()
                .flat_map(|g| g.rows.iter().flat_map(|r| &r.cells))
                .filter(|c| !c.from_above)
                .map(|c| c.text.as_str()),
        )
    })
}

/// The forms of an office name to mask, longest first.
fn office_variants(office: &str) -> Vec<String> {
    let full: String = simplify(office)
        .nfkc()
        .filter(|c| !c.is_whitespace())
        .collect();
    let norm = normalize_office(&full);
    let mut out = vec![full.clone(), norm.clone()];
    if let Some(stem) = norm.strip_suffix("街道") {
        out.push(format!("{norm}办事处"));
        out.push(stem.to_string());
    }
    for suffix in ["人民政府", "政府", "镇", "乡"] {
        if let Some(stem) = norm.strip_suffix(suffix) {
            out.push(stem.to_string());
        }
    }
    out.retain(|v| v.chars().count() >= 2);
    out.sort_by_key(|v| std::cmp::Reverse(v.len()));
    out.dedup();
    out
}

/// `s` with every year (19xx/20xx as digits, 一九xx/二〇xx/二零xx in Chinese
/// digits) replaced by a mask character.
#[cfg(test)]
fn mask_years(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    each_masked(s, |piece| out.push_str(piece));
    out
}

/// Calls `out` on the pieces of `s` in order, with every year (see
/// [`year_at`]) given as [`YEAR_MASK`]: the masked text without building it.
fn each_masked(s: &str, mut out: impl FnMut(&str)) {
    let b = s.as_bytes();
    let mut done = 0;
    let mut from = 0;
    // Every year starts with 1, 2, 一 or 二 (both E4 in UTF-8; so do a
    // tenth of all ideographs, whose next two bytes tell them apart).
    while let Some(k) = memchr::memchr3(b'1', b'2', 0xE4, &b[from..]) {
        let i = from + k;
        let may = b[i] != 0xE4 || matches!(b.get(i + 1..i + 3), Some([0xB8, 0x80] | [0xBA, 0x8C]));
        if may {
            if let Some(len) = year_at(s, i) {
                out(&s[done..i]);
                out(YEAR_MASK);
                done = i + len;
                from = done;
                continue;
            }
        }
        from = i + 1;
    }
    out(&s[done..]);
}

/// The length in bytes of a year written at byte `i` of `s`, if one
/// starts there: four ASCII digits 19xx/20xx not inside a longer number,
/// or four Chinese digits 一九xx/二〇xx/二零xx.
fn year_at(s: &str, i: usize) -> Option<usize> {
    let b = s.as_bytes();
    // Every year starts with 1, 2, 一 or 二 (both E4 in UTF-8): most
    // positions stop here.
    if !matches!(b.get(i)?, b'1' | b'2' | 0xE4) {
        return None;
    }
    if b[i].is_ascii_digit() {
        let w = b.get(i..i + 4)?;
        let digit_around = i.checked_sub(1).is_some_and(|p| b[p].is_ascii_digit())
            || b.get(i + 4).is_some_and(u8::is_ascii_digit);
        let century = matches!((w[0], w[1]), (b'1', b'9') | (b'2', b'0'));
        return (w.iter().all(u8::is_ascii_digit) && century && !digit_around).then_some(4);
    }
    let rest = s.get(i..)?;
    let mut it = rest.chars();
    let w: [char; 4] = [it.next()?, it.next()?, it.next()?, it.next()?];
    let cn = |c: &char| {
        matches!(
            c,
            '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
        )
    };
    let century = matches!((w[0], w[1]), ('一', '九') | ('二', '〇' | '零'));
    (century && w.iter().all(cn)).then(|| w.iter().map(|c| c.len_utf8()).sum())
}

/// Whether `s` contains a year (see [`year_at`]).
fn has_year(s: &str) -> bool {
    s.char_indices().any(|(i, _)| year_at(s, i).is_some())
}

/// The place a report speaks for, as the carry-over check matches years:
/// its office ([`normalize_office`]) and region ([`region_key`]), kept as
/// a 64-bit hash of the two rather than the strings (the odds that any two
/// of a million places share a hash are about 1 in 37 million; the
/// strings grew a run's memory by about 150 bytes a report).
pub(super) fn place_key(office: &str, path: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    // SipHash with fixed keys: the same key in every run.
    let mut h = std::hash::DefaultHasher::new();
    normalize_office(office).hash(&mut h);
    region_key(path).hash(&mut h);
    h.finish()
}

/// An office name in the form used to match names across reports and
/// against office lists: traditional characters simplified, NFKC, no
/// whitespace; `…街道办事处` → `…街道`; `…镇人民政府` / `…镇政府` → `…镇`
/// (likewise 乡, 区, 县, 市, 旗). Other names stay as they are, so
/// `…区人民政府办公室` and `…区人民政府` stay distinct offices.
pub fn normalize_office(name: &str) -> String {
    let s: String = simplify(name)
        .nfkc()
        .filter(|c| !c.is_whitespace())
        .collect();
    if let Some(stem) = s.strip_suffix("街道办事处") {
        return format!("{stem}街道");
    }
    for suffix in ["人民政府", "政府"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            if stem.chars().count() >= 2 && stem.ends_with(['镇', '乡', '区', '县', '市', '旗'])
            {
                return stem.to_string();
            }
        }
    }
    s
}

/// The folders of `path` that place a report, with the file name and any
/// folder naming a year removed: `reports/江宁区/东山街道/2020.html` and
/// `reports/2019/江宁区/东山街道/report.html` → `reports/江宁区/东山街道`.
pub fn region_key(path: &str) -> String {
    let parts: Vec<&str> = path.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    let folders = parts.len().saturating_sub(1);
    parts[..folders]
        .iter()
        .filter(|p| !has_year(p) && **p != ".")
        .copied()
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_are_masked() {
        assert_eq!(mask_years("2020年二〇二一年12020"), "\u{2}年\u{2}年12020");
        assert!(has_year("x1999"));
        assert!(!has_year("x3999"));
    }

    /// The copying path of the body text gives what the normaliser does,
    /// character by character.
    #[test]
    fn body_text_as_normalised() {
        for t in [
            "",
            "一、总体情况 \t本年度 ２０２０年\u{3000}（一）",
            "政府資訊公開\u{a0}年度報告，國務院。",
            "e\u{301}x 公开\u{301}",
            "\u{301}开头",
            "①㍿\u{2003}ﬁ豈",
        ] {
            let mut want = String::new();
            let mut n = 0;
            nfkc_each(t, |c| {
                if crate::hanzi::is_ideograph(c) || !c.is_whitespace() {
                    want.push(to_simplified(c));
                    n += 1;
                }
            });
            let mut got = String::from("x");
            assert_eq!(push_body(&mut got, t), n, "{t:?}");
            assert_eq!(got, format!("x{want}"), "{t:?}");
        }
    }
}
