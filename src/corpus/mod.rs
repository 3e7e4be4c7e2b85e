//! Corpus: checks that need many records at once: copied reports,
//! carry-over between consecutive years, coverage of an office list.
//!
//! The pipeline calls [`fingerprint`] on every parsed document, then
//! [`CorpusIndex::add`] for every record in output order, then
//! [`CorpusIndex::finish`] and appends the returned issues to the records
//! (and settles their status again). Only records with a template (reports)
//! take part.
//!
//! Issues made here (all warnings):
//!
//! | code | `where` | `expected` | `found` |
//! |---|---|---|---|
//! | `corpus.duplicate` | `source` | — | the path of another copy (the first other copy in output order) |
//! | `corpus.carry_over` | `requests.carried_over.<col>` | 四、结转下年度继续办理 of year N−1 | 二、上年结转 of year N |
//!
//! [`coverage`] checks a corpus against an office list; [`summary`] is the
//! readable digest `nianbao check` prints.

pub mod coverage;
pub mod summary;

use crate::hanzi::{nfkc_alone, nfkc_each, simplify, to_simplified};
use crate::model::{Issue, Record, Severity, Template};
use crate::parse::{Block, Document};
use crate::template::REQUEST_COLS;
use crate::validate::{json_num, show};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
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
fn place_key(office: &str, path: &str) -> u64 {
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

/// The seven columns of a carry-over row; NaN for a blank cell. Counts are
/// small whole numbers, exact in `f32`.
type Carry = [f32; 7];

fn carry_get(c: &Carry, i: usize) -> Option<f64> {
    let v = c[i];
    (!v.is_nan()).then_some(f64::from(v))
}

/// What the corpus checks need of one report, about 130 bytes and its
/// path (a million reports fit in a laptop's memory): made by the worker
/// that made the record ([`Sighting::of`]), so that the record itself need
/// not travel to the thread that keeps the index.
#[derive(Debug, Clone)]
pub struct Sighting {
    /// The record's number in the output (set by the index).
    seq: usize,
    path: Box<str>,
    print: Option<Fingerprint>,
    year: Option<i32>,
    /// Normalised office name and region ([`place_key`]), for a report of
    /// the 2019 or 2021 format with a known office.
    place: Option<u64>,
    carried_over: Option<Carry>,
    carried_forward: Option<Carry>,
}

impl Sighting {
    /// The sighting of `rec` with body digest `fp`; `None` when the record
    /// is no report (no template), which takes no part in the checks.
    pub fn of(rec: &Record, fp: Option<Fingerprint>) -> Option<Sighting> {
        rec.template?;
        let tabled = matches!(rec.template, Some(Template::F2019 | Template::F2021));
        let row = |key: &str| -> Option<Carry> {
            if !tabled {
                return None;
            }
            let r = rec.requests.as_ref()?.get(key)?;
            Some(REQUEST_COLS.map(|c| {
                r.get(c.key)
                    .copied()
                    .flatten()
                    .map_or(f32::NAN, |n| n.0 as f32)
            }))
        };
        let place = match (&rec.office, tabled) {
            (Some(office), true) => Some(place_key(office, &rec.source.path)),
            _ => None,
        };
        Some(Sighting {
            seq: 0,
            path: rec.source.path.as_str().into(),
            print: fp,
            year: rec.year,
            place,
            carried_over: row("carried_over"),
            carried_forward: row("carried_forward"),
        })
    }
}

/// Collects what the corpus checks need from each record, in output order.
#[derive(Debug, Default)]
pub struct CorpusIndex {
    /// One per report, in output order. (Copies are found by sorting
    /// these by digest at the end: a map from digest to entries cost
    /// about 80 bytes a report more.)
    entries: Vec<Sighting>,
}

impl CorpusIndex {
    /// An empty index.
    pub fn new() -> Self {
        CorpusIndex::default()
    }

    /// An empty index with room for `reports` entries: a run knows how
    /// many documents it has, and an index grown by doubling held up to
    /// twice its entries' memory (both buffers, while it moved).
    pub fn with_capacity(reports: usize) -> Self {
        CorpusIndex {
            entries: Vec::with_capacity(reports),
        }
    }

    /// Notes record number `seq` (its position in the output).
    pub fn add(&mut self, seq: usize, rec: &Record, fp: Option<Fingerprint>) {
        if let Some(s) = Sighting::of(rec, fp) {
            self.add_sighting(seq, s);
        }
    }

    /// Notes record number `seq` by what the checks need of it, made where
    /// the record was ([`Sighting::of`]).
    pub fn add_sighting(&mut self, seq: usize, s: Sighting) {
        self.entries.push(Sighting { seq, ..s });
    }

    /// The issues to add, by record number.
    pub fn finish(self) -> BTreeMap<usize, Vec<Issue>> {
        let mut late = self.issues();
        late.lines()
            .into_iter()
            .map(|seq| (seq, late.take(seq)))
            .collect()
    }

    /// The issues to add, made record by record as the output is patched
    /// ([`CorpusIssues::take`]): a corpus where every report has copies
    /// holds one group number per report, not one message each.
    pub fn issues(self) -> CorpusIssues {
        let mut carry = BTreeMap::new();
        self.carry_over(&mut carry);
        // Entries with a digest, by digest, each group in output order.
        let mut order: Vec<u32> = (0..self.entries.len() as u32)
            .filter(|&i| self.entries[i as usize].print.is_some())
            .collect();
        let print = |i: &u32| self.entries[*i as usize].print.map(|p| p.0);
        order.sort_unstable_by_key(|i| (print(i), *i));
        let mut groups: Vec<Vec<u32>> = Vec::new();
        let mut dup_of = HashMap::new();
        for group in order.chunk_by(|a, b| print(a) == print(b)) {
            if group.len() < 2 {
                continue;
            }
            let g = groups.len() as u32;
            for &me in group {
                dup_of.insert(self.entries[me as usize].seq, (g, me));
            }
            groups.push(group.to_vec());
        }
        CorpusIssues {
            entries: self.entries,
            groups,
            dup_of,
            carry,
        }
    }

    fn carry_over(&self, out: &mut BTreeMap<usize, Vec<Issue>>) {
        let mut by_place: HashMap<(u64, i32), Vec<&Sighting>> = HashMap::new();
        for e in &self.entries {
            if let (Some(place), Some(year)) = (e.place, e.year) {
                by_place.entry((place, year)).or_default().push(e);
            }
        }
        for e in &self.entries {
            let (Some(place), Some(year), Some(over)) = (e.place, e.year, &e.carried_over) else {
                continue;
            };
            let Some(prev) = by_place
                .get(&(place, year - 1))
                .and_then(|v| v.iter().find(|p| p.carried_forward.is_some()))
            else {
                continue;
            };
            let Some(forward) = &prev.carried_forward else {
                continue;
            };
            for (i, col) in REQUEST_COLS.iter().enumerate() {
                let (Some(found), Some(expected)) = (carry_get(over, i), carry_get(forward, i))
                else {
                    continue;
                };
                if crate::validate::same(found, expected) {
                    continue;
                }
                out.entry(e.seq).or_default().push(
                    Issue::new(
                        "corpus.carry_over",
                        Severity::Warning,
                        format!("requests.carried_over.{}", col.key),
                        format!(
                            "二、上年结转 is {} but 四、结转下年度继续办理 of the {} report ({}) is {} ({})",
                            show(found),
                            year - 1,
                            prev.path,
                            show(expected),
                            col.label
                        ),
                    )
                    .with_values(json_num(expected), json_num(found)),
                );
            }
        }
    }
}

/// The corpus issues of a finished [`CorpusIndex`], by record number.
#[derive(Debug)]
pub struct CorpusIssues {
    entries: Vec<Sighting>,
    /// Groups of copies (entry numbers, output order), two or more each.
    groups: Vec<Vec<u32>>,
    /// Record number → (its group, its entry number).
    dup_of: HashMap<usize, (u32, u32)>,
    /// Carry-over issues, few: made when the index was finished.
    carry: BTreeMap<usize, Vec<Issue>>,
}

impl CorpusIssues {
    /// Whether no record gets an issue.
    pub fn is_empty(&self) -> bool {
        self.dup_of.is_empty() && self.carry.is_empty()
    }

    /// The records that get issues, ascending.
    pub fn lines(&self) -> Vec<usize> {
        let mut v: Vec<usize> = self
            .dup_of
            .keys()
            .chain(self.carry.keys())
            .copied()
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// The issues of record `seq` (none twice): its copies, then its
    /// carry-over mismatches.
    pub fn take(&mut self, seq: usize) -> Vec<Issue> {
        let mut out = Vec::new();
        if let Some((g, me)) = self.dup_of.remove(&seq) {
            out.push(self.duplicate(g, me));
        }
        out.extend(self.carry.remove(&seq).unwrap_or_default());
        out
    }

    /// The `corpus.duplicate` issue of entry `me` in group `g`: the first
    /// other copy, and up to five more by name.
    fn duplicate(&self, g: u32, me: u32) -> Issue {
        let group = &self.groups[g as usize];
        let mut others = group
            .iter()
            .filter(|&&o| o != me)
            .map(|&o| &*self.entries[o as usize].path);
        let count = group.len() - 1;
        let first = others.next().unwrap_or_default();
        let mut message = format!("same report body as {first}");
        if count > 1 {
            let shown: Vec<&str> = others.take(5).collect();
            message.push_str(&format!(
                " (and {} more: {}{})",
                count - 1,
                shown.join(", "),
                if count > 6 { ", …" } else { "" }
            ));
        }
        let mut issue = Issue::new("corpus.duplicate", Severity::Warning, "source", message);
        issue.found = Some(serde_json::Value::String(first.to_string()));
        issue
    }
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
