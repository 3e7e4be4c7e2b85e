//! Sink: records → JSON lines, written so that a dataset is never left
//! half-written.
//!
//! - [`line()`] serialises one record as one line;
//! - [`AtomicOutput`] writes to `OUT.partial` beside `OUT` and renames at
//!   the end, so an interrupted run leaves the previous `OUT` untouched
//!   (and its `OUT.partial` for `--resume`);
//! - [`patch`] adds the corpus-level issues (copies, carry-over) to the
//!   spooled lines in one streaming pass;
//! - [`ResumeIndex`] finds, by sha256, the records an earlier run (complete
//!   or interrupted) already wrote;
//! - [`line_with_sources`] adds every value's source to the line
//!   (`--provenance`);
//! - [`table`] converts record lines into CSV, the cells layout and
//!   Parquet; [`schema`] is the JSON Schema of a line; [`report`] the
//!   self-contained HTML page of a corpus.

pub mod columns;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod report;
pub mod schema;
pub mod table;
pub mod view;

use crate::model::{CellSource, Checks, Issue, Record, Severity, Status};
use serde_json::Value;
use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// One record as one JSON line (with the newline).
pub fn line(rec: &Record) -> Vec<u8> {
    // Room for a typical line (5 KB for a text report), not grown from
    // serde_json's 128 bytes by doubling.
    let mut buf = Vec::with_capacity(LINE_CAPACITY);
    let mut v = match serde_json::to_writer(&mut buf, rec) {
        Ok(()) => buf,
        // Serialising our own types cannot fail; if it ever does, the
        // document still gets a line.
        Err(e) => format!(
            "{{\"schema\":\"nianbao/1\",\"source\":{{\"path\":{}}},\"status\":\"unreadable\",\"issues\":[{{\"code\":\"internal.serialise\",\"severity\":\"error\",\"where\":\"record\",\"message\":{}}}]}}",
            Value::from(rec.source.path.clone()),
            Value::from(e.to_string())
        )
        .into_bytes(),
    };
    v.push(b'\n');
    v
}

/// The capacity a JSON line starts with.
const LINE_CAPACITY: usize = 8 * 1024;

/// One record as one JSON line with every value's source under
/// `"sources"`, just before `"issues"` (which stays the last field, for
/// [`patch`]): key path → [`view::ValueSource`] (`raw`, `how`, `at`,
/// `line`, `table`, `row`, `cell`, `relied_on`), in the order the values
/// were read. Only values the record holds are listed; a value written
/// twice shows its last source, the one it holds.
pub fn line_with_sources(rec: &Record) -> Vec<u8> {
    let mut out = line(rec);
    let Some(key) = memchr::memmem::rfind(&out, b"\"issues\":[") else {
        return out;
    };
    let mut chosen: indexmap::IndexMap<String, &CellSource, crate::model::KeyHasher> =
        indexmap::IndexMap::default();
    for c in &rec.cells {
        if rec.value(c.table, c.row, c.col).is_some() {
            chosen.insert(c.key(), c);
        }
    }
    let sources: indexmap::IndexMap<&str, view::ValueSource, crate::model::KeyHasher> = chosen
        .iter()
        .map(|(k, c)| (k.as_str(), value_source(c)))
        .collect();
    let mut add = b"\"sources\":".to_vec();
    if serde_json::to_writer(&mut add, &sources).is_err() {
        return out;
    }
    add.push(b',');
    out.splice(key..key, add);
    out
}

/// The names of the identities in `checks`, in FORMAT.md's order.
pub fn identity_names(checks: Checks) -> Vec<String> {
    [
        (Checks::BALANCE, "balance"),
        (Checks::OUTCOME_TOTAL, "outcome_total"),
        (Checks::ROW_TOTAL, "row_total"),
        (Checks::REVIEW_TOTAL, "review_total"),
        (Checks::NARRATIVE, "narrative"),
    ]
    .iter()
    .filter(|(c, _)| checks.has(*c))
    .map(|(_, n)| n.to_string())
    .collect()
}

fn value_source(c: &CellSource) -> view::ValueSource {
    let nz = |n: u32| (n > 0).then_some(n);
    let how = serde_json::to_value(c.how)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    view::ValueSource {
        raw: c.raw.to_string(),
        how,
        at: c.at.to_string(),
        line: nz(c.at.line),
        table: nz(c.at.table),
        row: nz(c.at.row),
        cell: nz(c.at.cell),
        relied_on: identity_names(c.relied_on),
    }
}

/// Issues known only after the whole run (the corpus checks), handed out
/// line by line as the spool is copied.
pub trait LateIssues {
    /// Whether no line gets an issue (the spool is then taken as is).
    fn is_empty(&self) -> bool;
    /// The lines (0-based) that get issues, ascending.
    fn lines(&self) -> Vec<usize>;
    /// The issues to add to line `n` (0-based), each line asked once.
    fn take(&mut self, n: usize) -> Vec<Issue>;
}

impl LateIssues for crate::corpus::CorpusIssues {
    fn is_empty(&self) -> bool {
        crate::corpus::CorpusIssues::is_empty(self)
    }

    fn lines(&self) -> Vec<usize> {
        crate::corpus::CorpusIssues::lines(self)
    }

    fn take(&mut self, n: usize) -> Vec<Issue> {
        crate::corpus::CorpusIssues::take(self, n)
    }
}

/// Copies `spool` to `out`, adding the late issues of line `n` (0-based)
/// to its issues and settling its status again. The lines between patched
/// ones are copied a buffer at a time (newlines counted with memchr), so a
/// run with a few copies among many reports does not pay per line.
pub fn patch(
    spool: impl BufRead,
    extra: &mut impl LateIssues,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut spool = spool;
    let mut n = 0usize;
    let mut line = Vec::new();
    for target in extra.lines() {
        // Copy whole lines up to `target`.
        while n < target {
            let buf = spool.fill_buf()?;
            if buf.is_empty() {
                return Ok(());
            }
            let mut upto = buf.len();
            for nl in memchr::memchr_iter(b'\n', buf) {
                n += 1;
                if n == target {
                    upto = nl + 1;
                    break;
                }
            }
            out.write_all(&buf[..upto])?;
            spool.consume(upto);
        }
        line.clear();
        if spool.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        n += 1;
        patch_line(&line, &extra.take(target), out)?;
    }
    io::copy(&mut spool, out)?;
    Ok(())
}

/// Writes the record line `line` with the issues `add` added.
fn patch_line(line: &[u8], add: &[Issue], out: &mut impl Write) -> io::Result<()> {
    if add.is_empty() {
        out.write_all(line)
    } else if let Some(spliced) = splice(line, add) {
        out.write_all(&spliced)
    } else {
        reparse(line, add, out)
    }
}

/// [`patch`] from a spool file whose lines start at `starts` (byte
/// offsets, one a line) into a file: the stretches between patched lines
/// are copied by the kernel (`io::copy` between files is
/// `copy_file_range` on Linux), only the patched lines pass through here.
pub fn patch_file(
    spool: &File,
    starts: &[u64],
    extra: &mut impl LateIssues,
    out: &mut File,
) -> io::Result<()> {
    let mut spool = spool;
    spool.seek(SeekFrom::Start(0))?;
    let end = spool.metadata()?.len();
    let mut pos = 0u64;
    let mut line = Vec::new();
    for target in extra.lines() {
        let Some(&from) = starts.get(target) else {
            break;
        };
        let to = starts.get(target + 1).copied().unwrap_or(end);
        if from < pos || to < from || to > end {
            return Err(io::Error::other(format!(
                "the spool's line {} is not where it was written",
                target + 1
            )));
        }
        io::copy(&mut spool.take(from - pos), out)?;
        line.resize((to - from) as usize, 0);
        spool.read_exact(&mut line)?;
        patch_line(&line, &extra.take(target), out)?;
        pos = to;
    }
    io::copy(&mut spool, out)?;
    Ok(())
}

/// The code and severity of an issue already in a line.
#[derive(serde::Deserialize)]
struct IssueKind {
    code: String,
    severity: Severity,
}

/// Adds `add` to a record line written by [`line()`], without reading the
/// rest of the line: a record's `issues` are its last field, so the line
/// ends `"issues":[…]}`; only that array is parsed (for the status), the
/// new issues go before its `]`, and the value of `"status"` (a key no
/// other object of a record has; a quote inside a string is escaped, so
/// the pattern cannot match inside one) is replaced. `None` when the line
/// is not in that shape.
fn splice(line: &[u8], add: &[Issue]) -> Option<Vec<u8>> {
    let body = line.strip_suffix(b"\n").unwrap_or(line);
    let close = body.len().checked_sub(2).filter(|&c| &body[c..] == b"]}")?;
    let key = memchr::memmem::rfind(body, b"\"issues\":[")?;
    let open = key + b"\"issues\":".len();
    let had: Vec<IssueKind> = serde_json::from_slice(&body[open..=close]).ok()?;
    let status = Status::of(
        had.iter()
            .map(|i| (i.code.as_str(), i.severity))
            .chain(add.iter().map(|i| (i.code.as_str(), i.severity))),
    );
    let st_key = memchr::memmem::find(body, b"\"status\":\"")?;
    let st_from = st_key + b"\"status\":\"".len();
    let st_to = st_from + memchr::memchr(b'"', &body[st_from..])?;
    if st_to > key {
        return None;
    }
    let status = serde_json::to_string(&status).ok()?;
    let mut out = Vec::with_capacity(line.len() + 256 * add.len());
    out.extend_from_slice(&body[..st_from]);
    out.extend_from_slice(status.trim_matches('"').as_bytes());
    out.extend_from_slice(&body[st_to..close]);
    for (k, issue) in add.iter().enumerate() {
        if k > 0 || !had.is_empty() {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, issue).ok()?;
    }
    out.extend_from_slice(b"]}\n");
    Some(out)
}

/// [`splice`]'s fallback: the whole line through `serde_json::Value`.
fn reparse(buf: &[u8], add: &[Issue], out: &mut impl Write) -> io::Result<()> {
    let Ok(mut v) = serde_json::from_slice::<Value>(buf) else {
        return out.write_all(buf);
    };
    if let Some(list) = v.get_mut("issues").and_then(Value::as_array_mut) {
        for i in add {
            list.push(serde_json::to_value(i).map_err(io::Error::other)?);
        }
        let st = Status::of(list.iter().filter_map(|i| {
            let code = i.get("code")?.as_str()?;
            let severity = serde_json::from_value(i.get("severity")?.clone()).ok()?;
            Some((code, severity))
        }));
        if let Some(s) = v.get_mut("status") {
            *s = serde_json::to_value(st).map_err(io::Error::other)?;
        }
    }
    serde_json::to_writer(&mut *out, &v).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// An output file written beside its final name and renamed into place.
///
/// Atomic against an interrupted run: the target is the earlier file or
/// the whole new one, never a part. Not synced to disk before the rename
/// (syncing took 11 ms of a 0.6 s run on 3,000 reports, all of it on the
/// serial tail): after a power loss the file system decides, as it does
/// for any tool's output written without a sync; `--resume` redoes what
/// was lost.
#[derive(Debug)]
pub struct AtomicOutput {
    target: PathBuf,
    partial: PathBuf,
}

impl AtomicOutput {
    /// Output going to `target`; the spool is `target.partial`.
    pub fn new(target: &Path) -> Self {
        let mut partial = target.as_os_str().to_owned();
        partial.push(".partial");
        AtomicOutput {
            target: target.to_path_buf(),
            partial: PathBuf::from(partial),
        }
    }

    /// The final path.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// The spool path.
    pub fn partial(&self) -> &Path {
        &self.partial
    }

    /// Opens the spool for writing (truncating an old one only after it
    /// has been read for resuming).
    pub fn create_spool(&self) -> io::Result<BufWriter<File>> {
        Ok(BufWriter::with_capacity(
            1 << 20,
            File::create(&self.partial)?,
        ))
    }

    /// Finishes: the spool's record lines, with the late issues `extra`
    /// added, put in place of the target. JSON lines: patched from the
    /// spool by its lines' offsets `starts` ([`patch_file`]), or the spool
    /// taken as it is when nothing is added. Another format (`spec`): the
    /// lines, patched, converted ([`table::Converter`]) as they are copied.
    /// The spool stays JSON lines whatever the format, so that the corpus
    /// pass patches one kind of line and an interrupted run can be resumed.
    pub fn commit_as(
        self,
        extra: &mut impl LateIssues,
        spec: table::Spec,
        starts: &[u64],
    ) -> io::Result<()> {
        if !spec.converts() {
            return self.finish(extra.is_empty(), |spool, tmp| {
                patch_file(&File::open(spool)?, starts, extra, &mut File::create(tmp)?)
            });
        }
        self.finish(false, |spool, tmp| {
            let spool = BufReader::with_capacity(1 << 20, File::open(spool)?);
            let out = BufWriter::with_capacity(1 << 20, File::create(tmp)?);
            let mut conv = table::Converter::new(spec, out)?;
            patch(spool, extra, &mut conv)?;
            conv.finish()?.flush()
        })
    }

    /// The spool put in place of the target: as it is when `as_is`, else
    /// written by `write(spool, tmp)` into `target.tmp`, which then takes
    /// the target's place, and the spool is removed.
    fn finish(
        self,
        as_is: bool,
        write: impl FnOnce(&Path, &Path) -> io::Result<()>,
    ) -> io::Result<()> {
        if as_is {
            return replace(&self.partial, &self.target);
        }
        let mut tmp = self.target.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        write(&self.partial, &tmp)?;
        replace(&tmp, &self.target)?;
        fs::remove_file(&self.partial)
    }
}

/// Puts the finished file `from` in place of `to`. An earlier `to` is
/// first moved aside and removed after: renaming over an existing file
/// makes ext4 allocate and start writing the new file's blocks there and
/// then (its `auto_da_alloc`, about a millisecond a megabyte), while a
/// rename onto a free name does not. `to` is never a half-written file;
/// it is missing only between the two renames.
fn replace(from: &Path, to: &Path) -> io::Result<()> {
    let mut aside = to.as_os_str().to_owned();
    aside.push(".replaced");
    let aside = PathBuf::from(aside);
    let moved = to.is_file() && !aside.exists() && fs::rename(to, &aside).is_ok();
    if let Err(e) = fs::rename(from, to) {
        if moved {
            // Put the earlier file back.
            let _ = fs::rename(&aside, to);
        }
        return Err(e);
    }
    if moved {
        fs::remove_file(&aside)?;
    }
    Ok(())
}

/// Records an earlier run wrote, by sha256, to copy instead of redoing.
#[derive(Debug, Default)]
pub struct ResumeIndex {
    files: Vec<PathBuf>,
    by_sha: HashMap<String, (usize, u64, usize)>,
}

impl ResumeIndex {
    /// Reads every complete JSON line of `paths` that exist (a finished
    /// output and an interrupted run's spool); a cut last line is ignored.
    pub fn load(paths: &[&Path]) -> io::Result<ResumeIndex> {
        ResumeIndex::load_where(paths, |_| true)
    }

    /// Like [`ResumeIndex::load`], keeping only the records `accept` takes
    /// (e.g. those written with `"sources"` when the run needs them).
    pub fn load_where(paths: &[&Path], accept: impl Fn(&Value) -> bool) -> io::Result<ResumeIndex> {
        let mut idx = ResumeIndex::default();
        for p in paths {
            let Ok(f) = File::open(p) else { continue };
            // Copy it aside: the spool is about to be rewritten.
            let mut keep = p.as_os_str().to_owned();
            keep.push(".resume");
            let keep = PathBuf::from(keep);
            fs::copy(p, &keep)?;
            drop(f);
            let file_no = idx.files.len();
            idx.files.push(keep.clone());
            let mut r = BufReader::new(File::open(&keep)?);
            let mut buf = Vec::new();
            let mut off = 0u64;
            loop {
                buf.clear();
                let n = r.read_until(b'\n', &mut buf)?;
                if n == 0 {
                    break;
                }
                if buf.ends_with(b"\n") {
                    if let Ok(v) = serde_json::from_slice::<Value>(&buf) {
                        if let Some(sha) = accept(&v)
                            .then(|| v.pointer("/source/sha256"))
                            .flatten()
                            .and_then(Value::as_str)
                        {
                            idx.by_sha
                                .entry(sha.to_string())
                                .or_insert((file_no, off, n));
                        }
                    }
                }
                off += n as u64;
            }
        }
        Ok(idx)
    }

    /// Whether a record for `sha` exists.
    pub fn has(&self, sha: &str) -> bool {
        self.by_sha.contains_key(sha)
    }

    /// Number of records found.
    pub fn len(&self) -> usize {
        self.by_sha.len()
    }

    /// Whether none were found.
    pub fn is_empty(&self) -> bool {
        self.by_sha.is_empty()
    }

    /// The stored line for `sha` (with its newline).
    pub fn line(&self, sha: &str) -> io::Result<Option<Vec<u8>>> {
        let Some(&(file, off, len)) = self.by_sha.get(sha) else {
            return Ok(None);
        };
        let mut f = File::open(&self.files[file])?;
        f.seek(SeekFrom::Start(off))?;
        let mut buf = vec![0u8; len];
        f.read_exact(&mut buf)?;
        Ok(Some(buf))
    }

    /// Removes the copies made for resuming.
    pub fn cleanup(self) {
        for f in self.files {
            let _ = fs::remove_file(f);
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::model::Source;

    fn record_line(issues: Vec<Issue>) -> Vec<u8> {
        let mut rec = Record::new(Source {
            path: "a/\"status\":\"x\"/issues\":[.html".into(),
            sha256: None,
            bytes: 3,
            media: None,
            encoding: None,
            encoding_from: None,
        });
        rec.title = Some("东山街道2020年政府信息公开工作年度报告".into());
        rec.issues = issues;
        rec.settle_status();
        line(&rec)
    }

    /// Splicing gives the bytes the full re-parse gives, with and without
    /// earlier issues, whatever the path holds.
    #[test]
    fn splice_matches_the_full_reparse() {
        let late = vec![
            Issue::new(
                "corpus.duplicate",
                Severity::Warning,
                "source",
                "same report body as b",
            ),
            Issue::new(
                "corpus.carry_over",
                Severity::Warning,
                "requests.carried_over.total",
                "x",
            ),
        ];
        for had in [
            vec![],
            vec![Issue::new(
                "value.negative",
                Severity::Error,
                "active.x.y",
                "\"issues\":[ ]}",
            )],
        ] {
            let l = record_line(had.clone());
            let spliced = splice(&l, &late).expect("a record line splices");
            let mut full = Vec::new();
            reparse(&l, &late, &mut full).unwrap();
            assert_eq!(
                String::from_utf8(spliced.clone()).unwrap(),
                String::from_utf8(full).unwrap()
            );
            let v: Value = serde_json::from_slice(&spliced).unwrap();
            assert_eq!(v["issues"].as_array().unwrap().len(), had.len() + 2);
            let want = if had.is_empty() {
                "warnings"
            } else {
                "malformed"
            };
            assert_eq!(v["status"], want);
        }
    }

    /// Late issues for the tests: line → its issues.
    struct Late(std::collections::BTreeMap<usize, Vec<Issue>>);

    impl LateIssues for Late {
        fn is_empty(&self) -> bool {
            self.0.is_empty()
        }
        fn lines(&self) -> Vec<usize> {
            self.0.keys().copied().collect()
        }
        fn take(&mut self, n: usize) -> Vec<Issue> {
            self.0.remove(&n).unwrap_or_default()
        }
    }

    fn late() -> Late {
        let dup = |w: &str| Issue::new("corpus.duplicate", Severity::Warning, "source", w);
        Late(
            [
                (0, vec![dup("a")]),
                (3, vec![dup("b"), dup("c")]),
                (4, vec![dup("d")]),
            ]
            .into(),
        )
    }

    /// Patching from the spool file by line offsets writes the bytes that
    /// patching the spool line by line writes: first, middle and last
    /// lines patched, lines of different lengths between.
    #[test]
    fn patching_by_offsets_matches_patching_by_lines() {
        let dir = tempfile::tempdir().unwrap();
        let lines: Vec<Vec<u8>> = (0..5)
            .map(|i| {
                let had = (0..i)
                    .map(|k| {
                        Issue::new(
                            "value.negative",
                            Severity::Error,
                            format!("active.r{k}.c"),
                            "x",
                        )
                    })
                    .collect();
                record_line(had)
            })
            .collect();
        let mut starts = Vec::new();
        let mut spool = Vec::new();
        for l in &lines {
            starts.push(spool.len() as u64);
            spool.extend_from_slice(l);
        }
        let mut want = Vec::new();
        patch(&spool[..], &mut late(), &mut want).unwrap();
        let path = dir.path().join("spool");
        fs::write(&path, &spool).unwrap();
        let out_path = dir.path().join("out");
        let mut out = File::create(&out_path).unwrap();
        patch_file(&File::open(&path).unwrap(), &starts, &mut late(), &mut out).unwrap();
        drop(out);
        assert_eq!(fs::read(&out_path).unwrap(), want);
        assert_ne!(want, spool);
        // Offsets that do not match the spool are an error, not output.
        let mut bad = starts.clone();
        bad.swap(1, 3);
        let mut out = File::create(&out_path).unwrap();
        assert!(patch_file(&File::open(&path).unwrap(), &bad, &mut late(), &mut out).is_err());
    }

    /// A finished output replaces an earlier one (moved aside, then
    /// removed), or takes a free name; nothing else is left behind.
    #[test]
    fn finished_output_replaces_the_earlier_one() {
        let dir = tempfile::tempdir().unwrap();
        let (from, to) = (dir.path().join("new.tmp"), dir.path().join("out.jsonl"));
        fs::write(&from, "one\n").unwrap();
        replace(&from, &to).unwrap();
        fs::write(&from, "two\n").unwrap();
        replace(&from, &to).unwrap();
        assert_eq!(fs::read_to_string(&to).unwrap(), "two\n");
        let left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("out.jsonl")]);
        // A missing source leaves the earlier output where it was.
        assert!(replace(&from, &to).is_err());
        assert_eq!(fs::read_to_string(&to).unwrap(), "two\n");
    }
}
