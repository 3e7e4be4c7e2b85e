//! Source: the inputs named on the command line (files, folders walked
//! recursively, archives read in place; the CLI turns `-` into a list of
//! paths) → raw documents in sorted path order, one per input document,
//! errors included.
//!
//! [`Plan::new`] plans every input without reading any document's bytes:
//! files and archive directories are listed whole, folders are walked as
//! the run goes ([`walk::FolderWalk`]); [`Plan::read`] then reads the
//! documents one at a time in display-path order.
//!
//! Choices worth knowing:
//! - Display paths: the argument as given, then the path below it joined
//!   with `/`; a name component that is not UTF-8 is shown decoded as
//!   GB18030 when that decodes cleanly, else with its bad bytes escaped as
//!   `\xNN`. The real OS path is kept for opening.
//! - Symbolic links are followed. A link that leads back to one of its
//!   ancestor folders (a loop) is not followed and becomes one document
//!   with an `input.unreadable` issue naming the loop, so nothing is
//!   silently dropped and the walk ends.
//! - Unreadable folders, dangling links and non-regular files become one
//!   document each with `input.unreadable` and the OS error.
//! - Archive members are `archive!/member`; WARC responses are
//!   `crawl.warc.gz!/http://host/path` (only `response` records carrying an
//!   HTTP 2xx; redirects, errors and other record types are not documents).
//! - Folder walks leave out JSON data, hidden files and folders, and files
//!   that are plainly not reports by name (`README.md`, `LICENSE`, images,
//!   scripts; [`walk::skip`]), and count them ([`LeftOut`]), unless
//!   [`PlanOptions::all_files`]. Archive members are all read.
//! - A document can also come from memory ([`Plan::add_document`]: the
//!   CLI's `--stdin-document`).
//!
//! The modules: [`walk`] plans command-line inputs and walks folders,
//! handing archives to `archive` (and WARC files on to `warc`) to list;
//! [`name`] makes display names for both. Types they share live here.

// `Result<_, Issue>` is how a document's failure travels (RawDoc::bytes).
#![allow(clippy::result_large_err)]

#[cfg(feature = "archives")]
pub mod archive;
pub mod name;
pub mod walk;
#[cfg(feature = "archives")]
pub mod warc;

use crate::config::Limits;
use crate::model::{Issue, Severity};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One input document's bytes, or why they could not be read.
#[derive(Debug)]
pub struct RawDoc {
    /// The path as the user would type it (`dir/a.html`,
    /// `arc.zip!/member.html`), lossless where the name was not UTF-8.
    pub path: String,
    /// The bytes, or the issue that stopped reading them (the OS error,
    /// a limit).
    pub bytes: Result<Vec<u8>, Issue>,
    /// A charset label from outside the document (the HTTP
    /// `Content-Type` of a WARC response), for
    /// [`crate::decode::decode_with_charset`].
    pub charset: Option<String>,
}

/// Where a planned document is read from.
#[derive(Debug, Clone)]
pub enum At {
    /// A file whose display path opens it as is (UTF-8 names).
    File,
    /// A file whose real path differs from its display path (a name that
    /// is not UTF-8).
    OsFile(PathBuf),
    /// A member of an archive (boxed, like the issue below, so that an
    /// item of a 100,000-file plan is 48 bytes, not 176).
    #[cfg(feature = "archives")]
    Member(Box<archive::Member>),
    /// A document already in memory (standard input).
    Bytes(Arc<[u8]>),
    /// Planning already failed (unreadable folder, symlink loop, archive
    /// that cannot be opened); reading yields this issue.
    Failed(Box<Issue>),
}

/// One planned input document (read later, in order).
#[derive(Debug, Clone)]
pub struct Item {
    /// The display path; the sort key.
    pub path: String,
    /// Where to read it from.
    pub at: At,
}

/// How inputs are planned.
#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    /// Read every file a folder walk meets: JSON data, hidden files and
    /// folders and plain non-reports included (`--all-files`).
    pub all_files: bool,
}

/// What folder walks left out (see [`walk::skip`]), so that the summary
/// can say so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// JSON data files (outputs, golden files, spools).
    pub data_files: usize,
    /// Files plainly not reports by name: `README.md`, `LICENSE`,
    /// hidden files, images, scripts.
    pub not_reports: usize,
    /// Hidden folders (`.git`) not walked into.
    pub hidden_folders: usize,
    /// The display paths of the first few non-reports and hidden folders.
    pub examples: Vec<String>,
}

/// How many example paths [`LeftOut`] keeps.
const LEFT_OUT_EXAMPLES: usize = 3;

impl LeftOut {
    /// Files and folders left out in all.
    pub fn files(&self) -> usize {
        self.data_files + self.not_reports + self.hidden_folders
    }

    /// Whether nothing was left out.
    pub fn is_empty(&self) -> bool {
        self.files() == 0
    }

    /// Keeps the first few paths in path order, whatever order the walk
    /// met them in (directory listings are in no set order).
    fn example(&mut self, path: String) {
        if self.examples.len() < LEFT_OUT_EXAMPLES || self.examples.last() > Some(&path) {
            self.examples.push(path);
            self.examples.sort();
            self.examples.truncate(LEFT_OUT_EXAMPLES);
        }
    }

    /// Adds what another walk left out.
    pub fn merge(&mut self, other: &LeftOut) {
        self.data_files += other.data_files;
        self.not_reports += other.not_reports;
        self.hidden_folders += other.hidden_folders;
        for e in &other.examples {
            self.example(e.clone());
        }
    }

    /// Counts a non-report file.
    pub fn add_not_report(&mut self, path: String) {
        self.not_reports += 1;
        self.example(path);
    }

    /// Counts a hidden folder.
    pub fn add_hidden_folder(&mut self, path: String) {
        self.hidden_folders += 1;
        self.example(path);
    }
}

/// `2 JSON data files, 1 non-report file (reports/README.md); --all-files
/// reads them`.
impl std::fmt::Display for LeftOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::words::count;
        let mut parts = Vec::new();
        if self.data_files > 0 {
            parts.push(count(self.data_files, "JSON data file"));
        }
        if self.not_reports > 0 {
            parts.push(count(self.not_reports, "non-report file"));
        }
        if self.hidden_folders > 0 {
            parts.push(count(self.hidden_folders, "hidden folder"));
        }
        write!(f, "{}", parts.join(", "))?;
        if !self.examples.is_empty() {
            let more = self.not_reports + self.hidden_folders > self.examples.len();
            write!(
                f,
                " ({}{})",
                self.examples.join(", "),
                if more { ", …" } else { "" }
            )?;
        }
        write!(f, "; --all-files reads them")
    }
}

/// Something about an input named on the command line (or listed on
/// stdin) that the user should hear about before the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputProblem {
    /// The path could not be opened (it does not exist, or may not be
    /// read). It still has its record (`input.unreadable`).
    Unopenable {
        /// The path as given.
        path: String,
        /// Why: `no such file or directory`, or the OS error.
        error: String,
    },
    /// A folder with no document in it (perhaps only files left out).
    NoDocuments {
        /// The folder as given.
        path: String,
        /// How many of its files the walk left out.
        left_out: usize,
    },
}

/// Every input document of a run, in display-path order: files named
/// and archives listed whole when planned, folders walked as the run
/// reads them ([`walk::FolderWalk`]), so that a million-file folder is
/// never a million paths in memory.
#[derive(Debug, Default)]
pub struct Plan {
    /// Documents listed whole (files named, archive members, failures,
    /// documents in memory), sorted by path, each with the number of the
    /// input it came from: equal paths (an input given twice) keep the
    /// order of the inputs.
    listed: Vec<(usize, Item)>,
    /// The folder inputs, each with its input number.
    folders: Vec<(usize, Box<walk::FolderWalk>)>,
    /// Named inputs that could not be opened, folders with no documents,
    /// in the order the inputs were given.
    pub problems: Vec<InputProblem>,
    /// Keep only shard K of N ([`Plan::shard`]).
    shard: Option<(u32, u32)>,
}

impl Plan {
    /// Plans the run over `inputs` (paths as the user gave them), folder
    /// walks leaving out what is plainly not a report.
    pub fn new(inputs: &[PathBuf], limits: &Limits) -> Plan {
        Plan::with_options(inputs, limits, &PlanOptions::default())
    }

    /// [`Plan::new`] with options. Each folder is walked up to its first
    /// document, so that a folder with none is among the problems.
    pub fn with_options(inputs: &[PathBuf], limits: &Limits, opts: &PlanOptions) -> Plan {
        let mut plan = Plan::default();
        for (n, input) in inputs.iter().enumerate() {
            match walk::plan_input(input, limits, opts, &mut plan.problems) {
                walk::Planned::Listed(items) => {
                    plan.listed.extend(items.into_iter().map(|i| (n, i)));
                }
                walk::Planned::Folder(w) => plan.folders.push((n, w)),
            }
        }
        plan.sort();
        plan
    }

    fn sort(&mut self) {
        // Stable: equal paths (the same input given twice) keep their order.
        self.listed.sort_by(|a, b| a.1.path.cmp(&b.1.path));
    }

    /// Adds one document whose bytes are already read (or failed to be),
    /// under the display path `path`, in path order.
    pub fn add_document(&mut self, path: String, bytes: Result<Vec<u8>, Issue>) {
        let at = match bytes {
            Ok(b) => At::Bytes(b.into()),
            Err(issue) => At::Failed(Box::new(issue)),
        };
        let n = self.listed.len() + self.folders.len();
        self.listed.push((n, Item { path, at }));
        self.sort();
    }

    /// Keeps only shard `k` of `n` (1-based), chosen by a stable hash of
    /// the path (FNV-1a 64), so N machines split a job with no
    /// coordination. `n == 0` keeps everything; `k` outside `1..=n` keeps
    /// nothing.
    pub fn shard(&mut self, k: u32, n: u32) {
        if n == 0 {
            return;
        }
        self.shard = Some((k, n));
        self.listed.retain(|(_, it)| in_shard(&it.path, k, n));
    }

    /// Whether planning found no document at all (sharding aside).
    pub fn is_empty(&self) -> bool {
        self.listed.is_empty() && self.folders.iter().all(|(_, w)| w.head.is_none())
    }

    /// The number of documents, when it is known before the run: when no
    /// folder walk has any (a folder's are counted as it is read).
    pub fn known_len(&self) -> Option<usize> {
        self.folders
            .iter()
            .all(|(_, w)| w.head.is_none())
            .then_some(self.listed.len())
    }

    /// The planned documents in order, without reading them.
    pub fn into_items(self) -> Items {
        let mut heap = std::collections::BinaryHeap::new();
        let mut sources = Vec::with_capacity(self.folders.len() + 1);
        let mut listed = self.listed.into_iter().peekable();
        if let Some((n, it)) = listed.peek() {
            heap.push(std::cmp::Reverse((it.path.clone(), *n, 0)));
        }
        sources.push(Source::Listed(listed));
        for (n, w) in self.folders {
            if let Some(it) = &w.head {
                heap.push(std::cmp::Reverse((it.path.clone(), n, sources.len())));
            }
            sources.push(Source::Folder(n, w));
        }
        Items {
            sources,
            heap,
            shard: self.shard,
        }
    }

    /// Reads the documents in order, one at a time (bounded memory: one
    /// document, plus the open archive's handle or spool file).
    pub fn read(self, limits: &Limits) -> impl Iterator<Item = RawDoc> + Send {
        let limits_for_files = limits.clone();
        self.pending(limits).map(move |p| p.load(&limits_for_files))
    }

    /// The documents in order, with plain files left for the caller to
    /// read ([`Pending::load`]): the runner's workers read them, in
    /// parallel, while archive members (which must be read in order from
    /// their archive) come already read. [`Reader::left_out`] tells, once
    /// it has ended, what the folder walks left out.
    pub fn pending(self, limits: &Limits) -> Reader {
        #[cfg(not(feature = "archives"))]
        let _ = limits;
        Reader {
            items: self.into_items(),
            #[cfg(feature = "archives")]
            limits: limits.clone(),
            #[cfg(feature = "archives")]
            open: None,
        }
    }
}

/// Whether `path` falls in shard `k` of `n`.
fn in_shard(path: &str, k: u32, n: u32) -> bool {
    k >= 1 && fnv1a64(path.as_bytes()) % u64::from(n) == u64::from(k - 1)
}

/// Where [`Items`] takes documents from.
#[derive(Debug)]
enum Source {
    Listed(std::iter::Peekable<std::vec::IntoIter<(usize, Item)>>),
    Folder(usize, Box<walk::FolderWalk>),
}

/// A plan's documents in order ([`Plan::into_items`]): the listed ones
/// and each folder walk's, merged by path (equal paths in input order).
#[derive(Debug)]
pub struct Items {
    sources: Vec<Source>,
    /// The next document of each source that has one: (path, input
    /// number, source), least first.
    heap: std::collections::BinaryHeap<std::cmp::Reverse<(String, usize, usize)>>,
    shard: Option<(u32, u32)>,
}

impl Items {
    /// What the folder walks left out (all of it once the items have
    /// ended).
    pub fn left_out(&self) -> LeftOut {
        let mut all = LeftOut::default();
        for s in &self.sources {
            if let Source::Folder(_, w) = s {
                all.merge(w.left_out());
            }
        }
        all
    }

    fn merged(&mut self) -> Option<Item> {
        let std::cmp::Reverse((_, _, src)) = self.heap.pop()?;
        let (item, next) = match self.sources.get_mut(src)? {
            Source::Listed(it) => {
                let item = it.next().map(|(_, i)| i);
                (item, it.peek().map(|(n, i)| (i.path.clone(), *n)))
            }
            Source::Folder(n, w) => {
                let item = w.next();
                (item, w.head.as_ref().map(|i| (i.path.clone(), *n)))
            }
        };
        if let Some((path, n)) = next {
            self.heap.push(std::cmp::Reverse((path, n, src)));
        }
        item
    }
}

impl Iterator for Items {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            let item = self.merged()?;
            match self.shard {
                Some((k, n)) if !in_shard(&item.path, k, n) => continue,
                _ => return Some(item),
            }
        }
    }
}

/// A planned document on its way to a worker.
#[derive(Debug)]
pub enum Pending {
    /// Read already (an archive member) or failed already.
    Read(Box<RawDoc>),
    /// A file to read: its display path, and its real path when the two
    /// differ (a name that is not UTF-8).
    File {
        /// The display path.
        path: String,
        /// The OS path, when not the display path.
        real: Option<PathBuf>,
    },
}

impl Pending {
    /// The document's bytes, reading the file if it is one.
    pub fn load(self, limits: &Limits) -> RawDoc {
        match self {
            Pending::Read(raw) => *raw,
            Pending::File { path, real } => {
                let bytes = match &real {
                    Some(p) => read_file(p, &path, limits),
                    None => read_file(Path::new(&path), &path, limits),
                };
                RawDoc {
                    path,
                    bytes,
                    charset: None,
                }
            }
        }
    }
}

/// FNV-1a, 64 bits: a hash that is the same on every machine and run.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A plan's documents on their way to the workers ([`Plan::pending`]).
pub struct Reader {
    items: Items,
    /// For archive members (files are read by [`Pending::load`]).
    #[cfg(feature = "archives")]
    limits: Limits,
    #[cfg(feature = "archives")]
    open: Option<archive::Open>,
}

impl Iterator for Reader {
    type Item = Pending;

    fn next(&mut self) -> Option<Pending> {
        let item = self.items.next()?;
        let (bytes, charset) = match item.at {
            At::File => {
                return Some(Pending::File {
                    path: item.path,
                    real: None,
                })
            }
            At::OsFile(p) => {
                return Some(Pending::File {
                    path: item.path,
                    real: Some(p),
                })
            }
            At::Failed(issue) => (Err(*issue), None),
            At::Bytes(b) => (Ok(b.to_vec()), None),
            #[cfg(feature = "archives")]
            At::Member(ref m) => archive::read_member(m, &item.path, &self.limits, &mut self.open),
        };
        Some(Pending::Read(Box::new(RawDoc {
            path: item.path,
            bytes,
            charset,
        })))
    }
}

impl Reader {
    /// What the folder walks left out (all of it once the reader has
    /// ended).
    pub fn left_out(&self) -> LeftOut {
        self.items.left_out()
    }
}

/// An `input.unreadable` issue.
pub(crate) fn unreadable(msg: impl Into<String>) -> Issue {
    Issue::new("input.unreadable", Severity::Error, "source", msg)
}

/// An `input.too_large` issue for `display`.
pub(crate) fn too_large(display: &str, what: &str, size: u64, limit: u64) -> Issue {
    Issue::new(
        "input.too_large",
        Severity::Error,
        "source",
        format!("{display}: {what} {size} bytes, over the limit of {limit} bytes"),
    )
}

/// Reads a whole document from `r` (standard input), `display` naming it
/// in messages: `input.too_large` past `max_doc_bytes`, `input.unreadable`
/// on a read error. Reads at most one byte past the limit.
pub fn read_document(r: impl Read, display: &str, limits: &Limits) -> Result<Vec<u8>, Issue> {
    let max = limits.max_doc_bytes;
    let mut buf = Vec::new();
    r.take(max.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| unreadable(format!("{display}: {e}")))?;
    if buf.len() as u64 > max {
        return Err(too_large(display, "input is more than", max, max));
    }
    Ok(buf)
}

/// Reads one file, checking its metadata against the limit first.
fn read_file(p: &Path, display: &str, limits: &Limits) -> Result<Vec<u8>, Issue> {
    let f = std::fs::File::open(p).map_err(|e| unreadable(format!("{display}: {e}")))?;
    let meta = f
        .metadata()
        .map_err(|e| unreadable(format!("{display}: {e}")))?;
    if !meta.is_file() {
        return Err(unreadable(format!(
            "{display}: not a regular file ({})",
            name::kind_name(&meta.file_type())
        )));
    }
    let max = limits.max_doc_bytes;
    if meta.len() > max {
        return Err(too_large(display, "file is", meta.len(), max));
    }
    let mut buf = Vec::with_capacity(meta.len() as usize);
    f.take(max.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| unreadable(format!("{display}: {e}")))?;
    if buf.len() as u64 > max {
        return Err(too_large(display, "file grew to more than", max, max));
    }
    Ok(buf)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn fnv_known_values() {
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
    }
}
