//! Archives read in place: `.zip`, `.tar`, `.tar.gz`/`.tgz`,
//! `.warc`/`.warc.gz`. Planning lists the members (names, sizes, offsets)
//! without keeping any data; reading takes them in display-path order.
//!
//! Zip has random access. A `.tar` or `.warc` is read by seeking in the
//! file. A compressed stream (`.tar.gz`, `.warc.gz`) is decompressed once
//! more at read time into an anonymous temporary file, which is then read
//! by offset; only one archive is spooled at a time.
//!
//! Limits: a member over `max_member_bytes` (declared or actual) or whose
//! uncompressed / compressed ratio passes `max_ratio` becomes a document
//! with `input.too_large`, found from the header or through a bounded
//! reader, never by allocating what a header claims. A compressed stream
//! is cut at `compressed size × max_ratio` bytes.

use super::name::display_bytes;
use super::{too_large, unreadable, At, Item};
use crate::config::Limits;
use crate::model::Issue;
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Room for the HTTP status line and headers above a WARC member's limit.
const HTTP_HEADER_SLACK: u64 = 64 << 10;

/// The archive formats read in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `.zip`
    Zip,
    /// `.tar`
    Tar,
    /// `.tar.gz`, `.tgz`
    TarGz,
    /// `.warc`
    Warc,
    /// `.warc.gz`
    WarcGz,
}

impl Kind {
    /// The archive kind a file name's ending says, if any.
    pub fn of(name: &str) -> Option<Kind> {
        let n = name.to_ascii_lowercase();
        if n.ends_with(".zip") {
            Some(Kind::Zip)
        } else if n.ends_with(".tar") {
            Some(Kind::Tar)
        } else if n.ends_with(".tar.gz") || n.ends_with(".tgz") {
            Some(Kind::TarGz)
        } else if n.ends_with(".warc") {
            Some(Kind::Warc)
        } else if n.ends_with(".warc.gz") {
            Some(Kind::WarcGz)
        } else {
            None
        }
    }

    fn compressed(self) -> bool {
        matches!(self, Kind::TarGz | Kind::WarcGz)
    }
}

/// An archive file, shared by its members.
#[derive(Debug)]
pub struct Archive {
    /// The real path, for opening.
    pub real: PathBuf,
    /// Its display path.
    pub display: String,
    /// Its format.
    pub kind: Kind,
    /// Its size on disk.
    pub file_len: u64,
}

/// Where a member's data sits in its archive.
#[derive(Debug, Clone)]
pub enum Entry {
    /// Zip entry number, declared uncompressed and compressed sizes.
    Zip {
        /// Index in the central directory.
        index: usize,
        /// Declared uncompressed size.
        size: u64,
        /// Compressed size.
        compressed: u64,
    },
    /// Tar member data at `offset` of the (decompressed) stream.
    Tar {
        /// Offset of the data.
        offset: u64,
        /// Size of the data.
        size: u64,
    },
    /// A WARC response record's block (HTTP message) at `offset`.
    Warc {
        /// Offset of the block.
        offset: u64,
        /// Length of the block (`Content-Length`).
        len: u64,
    },
}

/// A planned archive member.
#[derive(Debug, Clone)]
pub struct Member {
    /// The archive it belongs to.
    pub archive: Arc<Archive>,
    /// Where its data is.
    pub entry: Entry,
}

/// The archive the reader has open: a zip, or a seekable stream (the
/// file itself, or the spooled decompressed stream).
pub struct Open {
    archive: Arc<Archive>,
    state: Result<State, Issue>,
}

enum State {
    Zip(Box<zip::ZipArchive<File>>),
    Seek(File),
}

/// A reader that fails once more than `cap` bytes pass through it.
struct Capped<R> {
    inner: R,
    left: u64,
    cap: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.left {
            return Err(io::Error::other(format!(
                "decompressed stream passes {} bytes (compression ratio limit)",
                self.cap
            )));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

fn stream_cap(file_len: u64, limits: &Limits) -> u64 {
    file_len.max(1).saturating_mul(limits.max_ratio.max(1))
}

/// The decompressed (or plain) stream of a tar or WARC archive.
fn open_stream(real: &Path, kind: Kind, limits: &Limits) -> io::Result<Box<dyn Read>> {
    let f = File::open(real)?;
    let len = f.metadata()?.len();
    if kind.compressed() {
        let gz = flate2::read::MultiGzDecoder::new(BufReader::new(f));
        let cap = stream_cap(len, limits);
        Ok(Box::new(Capped {
            inner: gz,
            left: cap,
            cap,
        }))
    } else {
        Ok(Box::new(f))
    }
}

/// A member's display path: archive display path, `!/`, member name.
fn member_display(archive: &str, name: &str) -> String {
    let name = name.replace('\\', "/");
    let name = name.trim_start_matches("./").trim_start_matches('/');
    format!("{archive}!/{name}")
}

fn failed(items: &mut Vec<Item>, path: String, msg: String) {
    items.push(Item {
        path,
        at: At::Failed(Box::new(unreadable(msg))),
    });
}

/// Lists an archive's members into `items`. An archive that cannot be
/// opened is one failed item under its own path; one that breaks off
/// after some members keeps them and adds a failed item for the rest.
pub fn plan(real: &Path, display: String, kind: Kind, limits: &Limits, items: &mut Vec<Item>) {
    let file_len = match std::fs::metadata(real) {
        Ok(m) => m.len(),
        Err(e) => return failed(items, display.clone(), format!("{display}: {e}")),
    };
    let archive = Arc::new(Archive {
        real: real.to_path_buf(),
        display,
        kind,
        file_len,
    });
    let result = match kind {
        Kind::Zip => plan_zip(&archive, items),
        Kind::Tar | Kind::TarGz => plan_tar(&archive, limits, items),
        Kind::Warc | Kind::WarcGz => plan_warc(&archive, limits, items),
    };
    if let Err(msg) = result {
        let d = archive.display.clone();
        failed(
            items,
            d.clone(),
            format!("{d}: cannot read {kind:?} archive: {msg}"),
        );
    }
}

fn plan_zip(archive: &Arc<Archive>, items: &mut Vec<Item>) -> Result<(), String> {
    let f = File::open(&archive.real).map_err(|e| e.to_string())?;
    let mut zip = zip::ZipArchive::new(BufReader::new(f)).map_err(|e| e.to_string())?;
    for index in 0..zip.len() {
        let file = zip.by_index_raw(index).map_err(|e| e.to_string())?;
        if file.is_dir() {
            continue;
        }
        // Names without the UTF-8 flag are GBK in Chinese archives:
        // display_bytes keeps UTF-8, else decodes GB18030.
        let name = display_bytes(file.name_raw());
        items.push(Item {
            path: member_display(&archive.display, &name),
            at: At::Member(Box::new(Member {
                archive: Arc::clone(archive),
                entry: Entry::Zip {
                    index,
                    size: file.size(),
                    compressed: file.compressed_size(),
                },
            })),
        });
    }
    Ok(())
}

fn plan_tar(archive: &Arc<Archive>, limits: &Limits, items: &mut Vec<Item>) -> Result<(), String> {
    let stream = open_stream(&archive.real, archive.kind, limits).map_err(|e| e.to_string())?;
    let mut tar = tar::Archive::new(stream);
    let entries = tar.entries().map_err(|e| e.to_string())?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let et = entry.header().entry_type();
        let name = display_bytes(&entry.path_bytes());
        let path = member_display(&archive.display, &name);
        if et.is_dir() {
            continue;
        } else if et.is_file() || et == tar::EntryType::Continuous {
            items.push(Item {
                path,
                at: At::Member(Box::new(Member {
                    archive: Arc::clone(archive),
                    entry: Entry::Tar {
                        offset: entry.raw_file_position(),
                        size: entry.size(),
                    },
                })),
            });
        } else if et.is_symlink() || et.is_hard_link() {
            let msg = format!("{path}: link inside the archive; not followed");
            failed(items, path, msg);
        }
        // Other entry types (global PAX headers, devices, fifos) are not
        // documents.
    }
    Ok(())
}

fn plan_warc(archive: &Arc<Archive>, limits: &Limits, items: &mut Vec<Item>) -> Result<(), String> {
    let stream = open_stream(&archive.real, archive.kind, limits).map_err(|e| e.to_string())?;
    let (records, err) = super::warc::list(BufReader::new(stream));
    for r in records {
        items.push(Item {
            path: member_display(&archive.display, &r.uri),
            at: At::Member(Box::new(Member {
                archive: Arc::clone(archive),
                entry: Entry::Warc {
                    offset: r.offset,
                    len: r.len,
                },
            })),
        });
    }
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Opens (or spools) the archive for reading.
fn open(archive: &Arc<Archive>, limits: &Limits) -> Result<State, Issue> {
    let d = &archive.display;
    let err = |e: &dyn std::fmt::Display| unreadable(format!("{d}: {e}"));
    match archive.kind {
        Kind::Zip => {
            let f = File::open(&archive.real).map_err(|e| err(&e))?;
            let zip = zip::ZipArchive::new(f).map_err(|e| err(&e))?;
            Ok(State::Zip(Box::new(zip)))
        }
        Kind::Tar | Kind::Warc => File::open(&archive.real)
            .map(State::Seek)
            .map_err(|e| err(&e)),
        Kind::TarGz | Kind::WarcGz => {
            let mut stream =
                open_stream(&archive.real, archive.kind, limits).map_err(|e| err(&e))?;
            let mut spool = tempfile::tempfile().map_err(|e| err(&e))?;
            // A stream error past the last listed member is no concern
            // here: planning already reported it, and a member it cut
            // short fails on its own read below.
            let _ = io::copy(&mut stream, &mut spool);
            Ok(State::Seek(spool))
        }
    }
}

/// Reads `len` bytes at `offset` of a seekable stream.
fn read_at(f: &mut File, offset: u64, len: u64, display: &str) -> Result<Vec<u8>, Issue> {
    let err = |e: io::Error| unreadable(format!("{display}: {e}"));
    f.seek(SeekFrom::Start(offset)).map_err(err)?;
    let mut buf = Vec::with_capacity(len.min(1 << 20) as usize);
    f.take(len).read_to_end(&mut buf).map_err(err)?;
    if (buf.len() as u64) < len {
        return Err(unreadable(format!(
            "{display}: archive ends inside this member ({} of {len} bytes)",
            buf.len()
        )));
    }
    Ok(buf)
}

/// Reads one member, reusing `open` when it holds the same archive.
/// Returns the bytes (or the issue) and, for WARC, the HTTP charset.
pub fn read_member(
    m: &Member,
    display: &str,
    limits: &Limits,
    open_slot: &mut Option<Open>,
) -> (Result<Vec<u8>, Issue>, Option<String>) {
    let max = limits.max_member_bytes;
    // Header checks first: nothing is opened or allocated for a member
    // whose declared size is already over a limit.
    match m.entry {
        Entry::Zip {
            size, compressed, ..
        } => {
            if size > max {
                return (Err(too_large(display, "member declares", size, max)), None);
            }
            if size > compressed.max(1).saturating_mul(limits.max_ratio) {
                return (Err(ratio_issue(display, size, compressed, limits)), None);
            }
        }
        Entry::Tar { size, .. } if size > max => {
            return (Err(too_large(display, "member is", size, max)), None);
        }
        Entry::Warc { len, .. } if len > max.saturating_add(HTTP_HEADER_SLACK) => {
            return (Err(too_large(display, "record is", len, max)), None);
        }
        _ => {}
    }
    let same = matches!(open_slot, Some(o) if Arc::ptr_eq(&o.archive, &m.archive));
    if !same {
        *open_slot = None; // drop the previous archive (and its spool) first
        *open_slot = Some(Open {
            archive: Arc::clone(&m.archive),
            state: open(&m.archive, limits),
        });
    }
    let Some(o) = open_slot.as_mut() else {
        return (
            Err(unreadable(format!("{display}: archive not open"))),
            None,
        );
    };
    let state = match o.state.as_mut() {
        Ok(s) => s,
        Err(issue) => {
            let mut i = issue.clone();
            i.message = format!("{display}: {}", i.message);
            return (Err(i), None);
        }
    };
    match (&m.entry, state) {
        (
            Entry::Zip {
                index, compressed, ..
            },
            State::Zip(zip),
        ) => (read_zip(zip, *index, *compressed, display, limits), None),
        (Entry::Tar { offset, size }, State::Seek(f)) => {
            (read_at(f, *offset, *size, display), None)
        }
        (Entry::Warc { offset, len }, State::Seek(f)) => match read_at(f, *offset, *len, display) {
            Ok(block) => match super::warc::http_body(&block, display, limits) {
                Ok((body, charset)) => (Ok(body), charset),
                Err(i) => (Err(i), None),
            },
            Err(i) => (Err(i), None),
        },
        _ => (
            Err(unreadable(format!(
                "{display}: archive kind changed while reading"
            ))),
            None,
        ),
    }
}

fn ratio_issue(display: &str, size: u64, compressed: u64, limits: &Limits) -> Issue {
    let mut i = too_large(display, "member inflates to", size, limits.max_member_bytes);
    i.message = format!(
        "{display}: member inflates from {compressed} to {size}+ bytes, past the compression \
         ratio limit of {}",
        limits.max_ratio
    );
    i
}

fn read_zip(
    zip: &mut zip::ZipArchive<File>,
    index: usize,
    compressed: u64,
    display: &str,
    limits: &Limits,
) -> Result<Vec<u8>, Issue> {
    let max = limits.max_member_bytes;
    let ratio_cap = compressed.max(1).saturating_mul(limits.max_ratio);
    let cap = max.min(ratio_cap);
    let file = zip
        .by_index(index)
        .map_err(|e| unreadable(format!("{display}: {e}")))?;
    let declared = file.size();
    let mut buf = Vec::with_capacity(declared.min(cap).min(1 << 20) as usize);
    file.take(cap.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| unreadable(format!("{display}: {e}")))?;
    let got = buf.len() as u64;
    if got > cap {
        return Err(if cap == max {
            too_large(display, "member inflates past", max, max)
        } else {
            ratio_issue(display, got, compressed, limits)
        });
    }
    Ok(buf)
}
