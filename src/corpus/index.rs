//! The corpus index: what the corpus checks keep of each report while a
//! run goes on, and the issues it yields at the end.
//!
//! Memory stays nearly flat in corpus size: each report keeps 32 bytes in
//! memory ([`Entry`]: its number, year, body digest and place), while what
//! is read only for a finding's message or the carry-over comparison (the
//! path and the two carry-over rows, [`Cold`]) goes to a buffer that is
//! moved to an anonymous temporary file each [`SPILL_BYTES`]. A million
//! reports hold about 32 MB in memory, plus 8 bytes each while the copies
//! and places are sorted at the end.

use super::digest::{place_key, Fingerprint};
use crate::model::{Issue, Record, Severity, Template};
use crate::template::REQUEST_COLS;
use crate::validate::{json_num, show};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
#[cfg(not(unix))]
use std::io::{Read, Seek, SeekFrom};

/// The seven columns of a carry-over row; NaN for a blank cell. Counts are
/// small whole numbers, exact in `f32`.
type Carry = [f32; 7];

fn carry_get(c: &Carry, i: usize) -> Option<f64> {
    let v = c[i];
    (!v.is_nan()).then_some(f64::from(v))
}

/// What the corpus checks need of one report: made by the worker that
/// made the record ([`Sighting::of`]), so that the record itself need not
/// travel to the thread that keeps the index.
#[derive(Debug, Clone)]
pub struct Sighting {
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
            path: rec.source.path.as_str().into(),
            print: fp,
            year: rec.year,
            place,
            carried_over: row("carried_over"),
            carried_forward: row("carried_forward"),
        })
    }
}

/// One report in the index, as kept in memory.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// The record's number in the output.
    seq: u32,
    /// Which of the options below are there ([`HAS_PRINT`] …).
    flags: u8,
    /// The report's year (meaningful with [`HAS_YEAR`]).
    year: i16,
    /// The body digest (with [`HAS_PRINT`]).
    print: u64,
    /// The place (with [`HAS_PLACE`]).
    place: u64,
    /// Where its [`Cold`] part starts.
    cold: u64,
}

const HAS_PRINT: u8 = 1;
const HAS_YEAR: u8 = 2;
const HAS_PLACE: u8 = 4;
const HAS_OVER: u8 = 8;
const HAS_FORWARD: u8 = 16;

impl Entry {
    fn print(&self) -> Option<u64> {
        (self.flags & HAS_PRINT != 0).then_some(self.print)
    }

    /// Place and year, when both are known.
    fn place_year(&self) -> Option<(u64, i16)> {
        (self.flags & (HAS_PLACE | HAS_YEAR) == HAS_PLACE | HAS_YEAR)
            .then_some((self.place, self.year))
    }
}

/// What is read of a report only at the end: its path and carry-over rows.
#[derive(Debug, Default)]
struct ColdPart {
    path: String,
    over: Option<Carry>,
    forward: Option<Carry>,
}

/// Bytes of cold parts kept in memory before they are moved to the
/// temporary file.
const SPILL_BYTES: usize = 4 << 20;

/// The cold parts of every entry, back to back: a buffer in memory, moved
/// to an anonymous temporary file when it grows past [`SPILL_BYTES`]. When
/// no temporary file can be made or written, the buffer just keeps
/// growing: the checks stay right, only memory grows.
#[derive(Debug, Default)]
struct Cold {
    /// The parts not yet moved to `file`.
    mem: Vec<u8>,
    /// The file holding the first `spilled` bytes.
    file: Option<File>,
    spilled: u64,
    /// Spilling failed once; keep everything in memory from then on.
    stuck: bool,
}

impl Cold {
    /// Appends `s`'s cold part; returns where it starts and its flags.
    fn push(&mut self, s: &Sighting) -> (u64, u8) {
        let at = self.spilled + self.mem.len() as u64;
        let path = s.path.as_bytes();
        let mut flags = 0;
        self.mem
            .extend_from_slice(&(path.len() as u32).to_le_bytes());
        self.mem.extend_from_slice(path);
        for (row, flag) in [
            (&s.carried_over, HAS_OVER),
            (&s.carried_forward, HAS_FORWARD),
        ] {
            if let Some(row) = row {
                flags |= flag;
                for v in row {
                    self.mem.extend_from_slice(&v.to_le_bytes());
                }
            }
        }
        if self.mem.len() >= SPILL_BYTES && !self.stuck {
            self.spill();
        }
        (at, flags)
    }

    /// Moves the buffer to the file.
    fn spill(&mut self) {
        let written = (|| -> std::io::Result<()> {
            if self.file.is_none() {
                self.file = Some(tempfile::tempfile()?);
            }
            if let Some(f) = &mut self.file {
                f.write_all(&self.mem)?;
            }
            Ok(())
        })();
        match written {
            Ok(()) => {
                self.spilled += self.mem.len() as u64;
                self.mem.clear();
            }
            // A part-written buffer is written again from the same place
            // never: what the file holds past `spilled` is not read.
            Err(_) => self.stuck = true,
        }
    }

    /// The cold part starting at `at` (flags from its entry). A part that
    /// cannot be read back (the temporary file failed) has its path say so
    /// and no rows.
    fn get(&self, at: u64, flags: u8) -> ColdPart {
        let rows = usize::from(flags & HAS_OVER != 0) + usize::from(flags & HAS_FORWARD != 0);
        let mut buf = Vec::new();
        let part = (|| -> std::io::Result<ColdPart> {
            // One read covers most parts (a path under 400 bytes).
            self.read(&mut buf, at, 4 + 400 + rows * 28)?;
            let head = buf.get(..4).ok_or(std::io::ErrorKind::UnexpectedEof)?;
            let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
            let need = 4 + len + rows * 28;
            if buf.len() < need {
                self.read(&mut buf, at, need)?;
            }
            let body = buf.get(4..need).ok_or(std::io::ErrorKind::UnexpectedEof)?;
            let path = String::from_utf8_lossy(&body[..len]).into_owned();
            let mut rest = body[len..].chunks_exact(28).map(|c| {
                let mut row = [f32::NAN; 7];
                for (v, b) in row.iter_mut().zip(c.chunks_exact(4)) {
                    *v = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                }
                row
            });
            let over = (flags & HAS_OVER != 0).then(|| rest.next()).flatten();
            let forward = (flags & HAS_FORWARD != 0).then(|| rest.next()).flatten();
            Ok(ColdPart {
                path,
                over,
                forward,
            })
        })();
        part.unwrap_or_else(|e| ColdPart {
            path: format!("(a report whose path could not be read back: {e})"),
            ..ColdPart::default()
        })
    }

    /// Up to `len` bytes from `from` into `buf` (fewer at the end): from
    /// memory, or from the file for a part that was moved there (a part
    /// never straddles the two).
    fn read(&self, buf: &mut Vec<u8>, from: u64, len: usize) -> std::io::Result<()> {
        buf.clear();
        if from >= self.spilled {
            let i = (from - self.spilled) as usize;
            let end = (i + len).min(self.mem.len());
            buf.extend_from_slice(self.mem.get(i..end).unwrap_or_default());
            return Ok(());
        }
        let file = self.file.as_ref().ok_or(std::io::ErrorKind::NotFound)?;
        let len = len.min((self.spilled - from) as usize);
        buf.resize(len, 0);
        let mut done = 0;
        while done < len {
            let n = read_at(file, &mut buf[done..], from + done as u64)?;
            if n == 0 {
                break;
            }
            done += n;
        }
        buf.truncate(done);
        Ok(())
    }
}

/// One positioned read: `pread` where there is one, else seek and read.
#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> std::io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, at)
}

/// One positioned read: `pread` where there is one, else seek and read.
#[cfg(not(unix))]
fn read_at(mut file: &File, buf: &mut [u8], at: u64) -> std::io::Result<usize> {
    file.seek(SeekFrom::Start(at))?;
    file.read(buf)
}

/// Collects what the corpus checks need from each record, in output order.
#[derive(Debug, Default)]
pub struct CorpusIndex {
    /// One per report, in output order.
    entries: Vec<Entry>,
    cold: Cold,
}

impl CorpusIndex {
    /// An empty index.
    pub fn new() -> Self {
        CorpusIndex::default()
    }

    /// An empty index with room for `reports` entries.
    pub fn with_capacity(reports: usize) -> Self {
        CorpusIndex {
            entries: Vec::with_capacity(reports),
            cold: Cold::default(),
        }
    }

    /// Notes record number `seq` (its position in the output).
    pub fn add(&mut self, seq: usize, rec: &Record, fp: Option<Fingerprint>) {
        if let Some(s) = Sighting::of(rec, fp) {
            self.add_sighting(seq, s);
        }
    }

    /// Notes record number `seq` by what the checks need of it, made where
    /// the record was ([`Sighting::of`]). Records come in output order.
    pub fn add_sighting(&mut self, seq: usize, s: Sighting) {
        let (cold, mut flags) = self.cold.push(&s);
        // A year outside i16 is no report's year: left unknown.
        let year = s.year.and_then(|y| i16::try_from(y).ok());
        flags |= if s.print.is_some() { HAS_PRINT } else { 0 }
            | if year.is_some() { HAS_YEAR } else { 0 }
            | if s.place.is_some() { HAS_PLACE } else { 0 };
        self.entries.push(Entry {
            // Output lines beyond u32 are past any corpus nianbao plans for;
            // saturating keeps the index from panicking there.
            seq: u32::try_from(seq).unwrap_or(u32::MAX),
            flags,
            year: year.unwrap_or_default(),
            print: s.print.map_or(0, |p| p.0),
            place: s.place.unwrap_or_default(),
            cold,
        });
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
        let carry = self.carry_over();
        // Entries with a digest, by digest, each group in output order.
        let mut order: Vec<u32> = (0..self.entries.len() as u32)
            .filter(|&i| self.entries[i as usize].print().is_some())
            .collect();
        let print = |i: &u32| self.entries[*i as usize].print;
        order.sort_unstable_by_key(|i| (print(i), *i));
        let mut members = Vec::new();
        let mut starts = vec![0u32];
        let mut group_of = vec![u32::MAX; self.entries.len()];
        for group in order.chunk_by(|a, b| print(a) == print(b)) {
            if group.len() < 2 {
                continue;
            }
            let g = starts.len() as u32 - 1;
            for &me in group {
                group_of[me as usize] = g;
            }
            members.extend_from_slice(group);
            starts.push(members.len() as u32);
        }
        drop(order);
        let mut lines: Vec<usize> = (0..self.entries.len())
            .filter(|&i| group_of[i] != u32::MAX)
            .map(|i| self.entries[i].seq as usize)
            .chain(carry.keys().copied())
            .collect();
        lines.sort_unstable();
        lines.dedup();
        CorpusIssues {
            entries: self.entries,
            cold: self.cold,
            members,
            starts,
            group_of,
            carry,
            lines,
        }
    }

    /// The carry-over issues: for each report whose 二、上年结转 is known, the
    /// report of the year before from the same place (the first in output
    /// order with a 四、结转下年度继续办理 row).
    fn carry_over(&self) -> BTreeMap<usize, Vec<Issue>> {
        let mut out = BTreeMap::new();
        // Entries with place and year, by (place, year), each in output order.
        let mut placed: Vec<u32> = (0..self.entries.len() as u32)
            .filter(|&i| self.entries[i as usize].place_year().is_some())
            .collect();
        let key = |i: &u32| self.entries[*i as usize].place_year();
        placed.sort_unstable_by_key(|i| (key(i), *i));
        for e in &self.entries {
            let Some((place, year)) = e.place_year() else {
                continue;
            };
            if e.flags & HAS_OVER == 0 {
                continue;
            }
            let Some(before) = year.checked_sub(1) else {
                continue;
            };
            let want = Some((place, before));
            let from = placed.partition_point(|i| key(i) < want);
            let Some(prev) = placed[from..]
                .iter()
                .take_while(|i| key(i) == want)
                .map(|&i| &self.entries[i as usize])
                .find(|p| p.flags & HAS_FORWARD != 0)
            else {
                continue;
            };
            let (mine, theirs) = (
                self.cold.get(e.cold, e.flags),
                self.cold.get(prev.cold, prev.flags),
            );
            let (Some(over), Some(forward)) = (mine.over, theirs.forward) else {
                continue;
            };
            for (i, col) in REQUEST_COLS.iter().enumerate() {
                let (Some(found), Some(expected)) = (carry_get(&over, i), carry_get(&forward, i))
                else {
                    continue;
                };
                if crate::validate::same(found, expected) {
                    continue;
                }
                out.entry(e.seq as usize).or_insert_with(Vec::new).push(
                    Issue::new(
                        "corpus.carry_over",
                        Severity::Warning,
                        format!("requests.carried_over.{}", col.key),
                        format!(
                            "二、上年结转 is {} but 四、结转下年度继续办理 of the {} report ({}) is {} ({})",
                            show(found),
                            before,
                            theirs.path,
                            show(expected),
                            col.label
                        ),
                    )
                    .with_values(json_num(expected), json_num(found)),
                );
            }
        }
        out
    }
}

/// The corpus issues of a finished [`CorpusIndex`], by record number.
#[derive(Debug)]
pub struct CorpusIssues {
    entries: Vec<Entry>,
    cold: Cold,
    /// Groups of copies back to back (entry numbers, each group in output
    /// order, two or more each); group `g` is `members[starts[g]..starts[g + 1]]`.
    members: Vec<u32>,
    starts: Vec<u32>,
    /// Entry number → its group (`u32::MAX`: none).
    group_of: Vec<u32>,
    /// Carry-over issues, few: made when the index was finished.
    carry: BTreeMap<usize, Vec<Issue>>,
    /// The records that get issues, ascending.
    lines: Vec<usize>,
}

impl CorpusIssues {
    /// Whether no record gets an issue.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The records that get issues, ascending.
    pub fn lines(&self) -> Vec<usize> {
        self.lines.clone()
    }

    /// The issues of record `seq` (none twice): its copies, then its
    /// carry-over mismatches.
    pub fn take(&mut self, seq: usize) -> Vec<Issue> {
        let mut out = Vec::new();
        let i = self.entries.partition_point(|e| (e.seq as usize) < seq);
        if self.entries.get(i).is_some_and(|e| e.seq as usize == seq) {
            let g = std::mem::replace(&mut self.group_of[i], u32::MAX);
            if g != u32::MAX {
                out.push(self.duplicate(g, i as u32));
            }
        }
        out.extend(self.carry.remove(&seq).unwrap_or_default());
        out
    }

    /// The `corpus.duplicate` issue of entry `me` in group `g`: the first
    /// other copy, and up to five more by name.
    fn duplicate(&self, g: u32, me: u32) -> Issue {
        let (from, to) = (self.starts[g as usize], self.starts[g as usize + 1]);
        let group = &self.members[from as usize..to as usize];
        let mut others = group.iter().filter(|&&o| o != me).map(|&o| {
            let e = &self.entries[o as usize];
            self.cold.get(e.cold, e.flags).path
        });
        let count = group.len() - 1;
        let first = others.next().unwrap_or_default();
        let mut message = format!("same report body as {first}");
        if count > 1 {
            let shown: Vec<String> = others.take(5).collect();
            message.push_str(&format!(
                " (and {} more: {}{})",
                count - 1,
                shown.join(", "),
                if count > 6 { ", …" } else { "" }
            ));
        }
        let mut issue = Issue::new("corpus.duplicate", Severity::Warning, "source", message);
        issue.found = Some(serde_json::Value::String(first));
        issue
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn sighting(path: &str, over: Option<Carry>, forward: Option<Carry>) -> Sighting {
        Sighting {
            path: path.into(),
            print: None,
            year: Some(2020),
            place: Some(7),
            carried_over: over,
            carried_forward: forward,
        }
    }

    /// Cold parts read back the same from memory and, past the spill
    /// size, from the temporary file, across the boundary between them.
    #[test]
    fn cold_parts_read_back_from_memory_and_file() {
        let mut cold = Cold::default();
        let row = |k: f32| {
            let mut r = [f32::NAN; 7];
            r[0] = k;
            r[6] = k + 1.0;
            r
        };
        let long = "报告/".repeat(200);
        let mut kept = Vec::new();
        for i in 0..(2 * SPILL_BYTES / 700 + 10) {
            let path = format!("{long}{i}.txt");
            let (over, forward) = match i % 3 {
                0 => (Some(row(i as f32)), None),
                1 => (None, Some(row(i as f32))),
                _ => (Some(row(1.0)), Some(row(2.0))),
            };
            let s = sighting(&path, over, forward);
            let (at, flags) = cold.push(&s);
            kept.push((at, flags, s));
        }
        assert!(cold.spilled > 0, "the buffer moved to the file");
        assert!(!cold.mem.is_empty(), "and some is still in memory");
        for (at, flags, s) in &kept {
            let got = cold.get(*at, *flags);
            assert_eq!(got.path, &*s.path);
            let same = |a: Option<Carry>, b: Option<Carry>| match (a, b) {
                (Some(a), Some(b)) => a
                    .iter()
                    .zip(&b)
                    .all(|(x, y)| x == y || x.is_nan() && y.is_nan()),
                (None, None) => true,
                _ => false,
            };
            assert!(same(got.over, s.carried_over), "{}", s.path);
            assert!(same(got.forward, s.carried_forward), "{}", s.path);
        }
    }

    #[test]
    fn an_entry_is_32_bytes() {
        assert_eq!(std::mem::size_of::<Entry>(), 32);
    }
}
