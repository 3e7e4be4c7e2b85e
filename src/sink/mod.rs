//! Sink: records → JSON lines, written so that a dataset is never left
//! half-written.
//!
//! - [`line`] serialises one record as one line;
//! - [`AtomicOutput`] writes to `OUT.partial` beside `OUT` and renames at
//!   the end, so an interrupted run leaves the previous `OUT` untouched
//!   (and its `OUT.partial` for `--resume`);
//! - [`patch`] adds the corpus-level issues (copies, carry-over) to the
//!   spooled lines in one streaming pass;
//! - [`ResumeIndex`] finds, by sha256, the records an earlier run (complete
//!   or interrupted) already wrote.

use crate::model::{Issue, Record, Status};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// One record as one JSON line (with the newline).
pub fn line(rec: &Record) -> Vec<u8> {
    let mut v = serde_json::to_vec(rec).unwrap_or_else(|e| {
        // Serialising our own types cannot fail; if it ever does, the
        // document still gets a line.
        format!(
            "{{\"schema\":\"nianbao/1\",\"source\":{{\"path\":{}}},\"status\":\"unreadable\",\"issues\":[{{\"code\":\"internal.serialise\",\"severity\":\"error\",\"where\":\"record\",\"message\":{}}}]}}",
            Value::from(rec.source.path.clone()),
            Value::from(e.to_string())
        )
        .into_bytes()
    });
    v.push(b'\n');
    v
}

/// Copies `spool` to `out` line by line, adding `extra[n]` to the issues
/// of line `n` (0-based) and settling its status again.
pub fn patch(
    spool: impl BufRead,
    extra: &BTreeMap<usize, Vec<Issue>>,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut spool = spool;
    let mut buf = Vec::new();
    let mut n = 0usize;
    loop {
        buf.clear();
        if spool.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        match extra
            .get(&n)
            .map(|add| (add, serde_json::from_slice::<Value>(&buf)))
        {
            Some((add, Ok(mut v))) => {
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
                out.write_all(b"\n")?;
            }
            _ => out.write_all(&buf)?,
        }
        n += 1;
    }
    Ok(())
}

/// An output file written beside its final name and renamed into place.
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

    /// Finishes: patches the spool with `extra` into `target.tmp` (or takes
    /// it as is), then renames it to the target.
    pub fn commit(self, extra: &BTreeMap<usize, Vec<Issue>>) -> io::Result<()> {
        if extra.is_empty() {
            fs::rename(&self.partial, &self.target)?;
            return Ok(());
        }
        let mut tmp = self.target.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        {
            let spool = BufReader::with_capacity(1 << 20, File::open(&self.partial)?);
            let mut out = BufWriter::with_capacity(1 << 20, File::create(&tmp)?);
            patch(spool, extra, &mut out)?;
            out.flush()?;
            out.get_ref().sync_all()?;
        }
        fs::rename(&tmp, &self.target)?;
        fs::remove_file(&self.partial)?;
        Ok(())
    }
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
                        if let Some(sha) = v.pointer("/source/sha256").and_then(Value::as_str) {
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
