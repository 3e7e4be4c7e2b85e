//! Walking the inputs: one argument → planned items (files, folder trees,
//! archives), with display paths made from the argument as given.
//!
//! A folder walk leaves out what is plainly not a report (see [`skip`]),
//! counting it in [`super::LeftOut`] so that the run's summary names it; a file
//! named on the command line is always read.
//!
//! Data flows one way: the walk hands archives to [`super::archive`] to
//! list, and takes names from [`super::name`]; neither uses the walk.

use super::name::{display_component, display_os, kind_name};
use super::{unreadable, At, InputProblem, Item, LeftOut, PlanOptions};
use crate::config::Limits;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// Why a folder walk leaves a file out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// JSON data ([`is_data_file`]).
    Data,
    /// Plainly not a report ([`is_not_report`]).
    NotReport,
}

/// Whether a file met in a folder walk is data rather than a report:
/// JSON and JSON lines (nianbao's own outputs and the `.expected.json`
/// files beside fixtures) and the spool files of an interrupted run. A
/// folder walk leaves them out (and counts them); named on the command
/// line, they are read like any file.
pub fn is_data_file(name: &OsStr) -> bool {
    let name = name.to_string_lossy().to_ascii_lowercase();
    [
        ".json",
        ".jsonl",
        ".jsonl.partial",
        ".jsonl.tmp",
        ".jsonl.resume",
    ]
    .iter()
    .any(|ext| name.ends_with(ext))
}

/// File names (before the first dot, any case) of a project's own files:
/// `README.md`, `LICENSE`, `LICENSE-MIT`, `CHANGELOG.txt`…
const PROJECT_FILES: &[&str] = &[
    "readme",
    "license",
    "licence",
    "copying",
    "authors",
    "contributing",
    "changelog",
    "code_of_conduct",
    "makefile",
];

/// Whole names of files a desktop leaves behind.
const DESKTOP_FILES: &[&str] = &["thumbs.db", "desktop.ini"];

/// Extensions that no report has: images, styles and scripts of saved
/// pages, fonts, audio and video, programs, checksums and signatures,
/// source code and its configuration.
const NOT_REPORT_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "bmp", "ico", "svg", "webp", "tif", "tiff", // images
    "css", "js", "mjs", "map", // styles and scripts
    "woff", "woff2", "ttf", "otf", "eot", // fonts
    "mp3", "mp4", "avi", "mov", "wav", "flv", "swf", // audio, video
    "exe", "dll", "so", "dylib", "o", "a", "class", "pyc", // programs
    "md5", "sha1", "sha256", "sig", "asc", // checksums, signatures
    "rs", "py", "sh", "toml", "yml", "yaml", "lock", // code, configuration
];

/// Whether a file met in a folder walk is plainly not a report, by its
/// name: a hidden file (`.DS_Store`), a project's own file (`README.md`,
/// `LICENSE`), a desktop's (`Thumbs.db`), or an extension no report has
/// (images, styles, scripts, fonts, programs; see the lists above).
/// Documents nianbao cannot read but that may be reports (`.pdf`,
/// `.doc`, `.docx`, `.xls`) are not left out: their records say how to
/// turn them into text.
pub fn is_not_report(name: &OsStr) -> bool {
    let name = name.to_string_lossy().to_ascii_lowercase();
    if name.starts_with('.') || DESKTOP_FILES.contains(&name.as_str()) {
        return true;
    }
    let stem = name.split('.').next().unwrap_or_default();
    let project = PROJECT_FILES.iter().any(|p| {
        stem == *p
            || stem
                .strip_prefix(p)
                .is_some_and(|rest| rest.starts_with(['-', '_']))
    });
    if project {
        return true;
    }
    match name.rsplit_once('.') {
        Some((_, ext)) => NOT_REPORT_EXTENSIONS.contains(&ext),
        None => false,
    }
}

/// Why a folder walk leaves out a file of this name, if it does.
pub fn skip(name: &OsStr) -> Option<Skip> {
    if is_data_file(name) {
        Some(Skip::Data)
    } else if is_not_report(name) {
        Some(Skip::NotReport)
    } else {
        None
    }
}

/// Whether a folder below a walked one is hidden (`.git`, `.cache`): a
/// walk does not go into it.
fn is_hidden(name: &OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// What one command-line input plans to.
pub(super) enum Planned {
    /// Documents listed whole now: a file, an archive's members, or the
    /// failure to open the input.
    Listed(Vec<Item>),
    /// A folder, walked as the run reads it.
    Folder(Box<FolderWalk>),
}

/// Plans one command-line input. An input that cannot be opened is also
/// reported in `problems`.
pub(super) fn plan_input(
    input: &Path,
    limits: &Limits,
    opts: &PlanOptions,
    problems: &mut Vec<InputProblem>,
) -> Planned {
    let display = display_os(input.as_os_str());
    match std::fs::metadata(input) {
        Err(e) => {
            let error = if e.kind() == std::io::ErrorKind::NotFound {
                "no such file or directory".to_string()
            } else {
                e.to_string()
            };
            problems.push(InputProblem::Unopenable {
                path: display.clone(),
                error,
            });
            Planned::Listed(vec![Item {
                at: At::Failed(Box::new(unreadable(format!("{display}: {e}")))),
                path: display,
            }])
        }
        Ok(m) if m.is_dir() => {
            let walk = FolderWalk::new(input, display.clone(), limits, opts);
            if walk.head.is_none() {
                problems.push(InputProblem::NoDocuments {
                    left_out: walk.left_out.files(),
                    path: display,
                });
            }
            Planned::Folder(Box::new(walk))
        }
        Ok(m) if m.is_file() => {
            let mut items = Vec::new();
            plan_file(input, display, limits, &mut items);
            items.sort_by(|a, b| a.path.cmp(&b.path));
            Planned::Listed(items)
        }
        Ok(m) => Planned::Listed(vec![Item {
            at: At::Failed(Box::new(unreadable(format!(
                "{display}: not a regular file ({})",
                kind_name(&m.file_type())
            )))),
            path: display,
        }]),
    }
}

/// A file: an archive to list, or one document.
fn plan_file(real: &Path, display: String, limits: &Limits, items: &mut Vec<Item>) {
    #[cfg(feature = "archives")]
    if let Some(kind) = super::archive::Kind::of(&display) {
        super::archive::plan(real, display, kind, limits, items);
        return;
    }
    let _ = limits;
    let at = if real.to_str() == Some(display.as_str()) {
        At::File
    } else {
        At::OsFile(real.to_path_buf())
    };
    items.push(Item { path: display, at });
}

/// The display path of `name` in the folder shown as `parent`: joined
/// with `/` (one, whether or not `parent` ends with it).
fn child(parent: &str, name: &str) -> String {
    let mut s = String::with_capacity(parent.len() + name.len() + 1);
    s.push_str(parent);
    if !s.is_empty() && !s.ends_with('/') {
        s.push('/');
    }
    s.push_str(name);
    s
}

/// One folder's documents in display-path order, listed as the run reads
/// them. The walking is `walkdir`'s: it holds the sorted listings of the
/// folders it is in, never the whole tree, so memory does not grow with
/// the corpus.
///
/// The order is that of the display paths, a folder's documents sorting
/// as its path followed by `/` and an archive's as its path followed by
/// `!/` (as their display paths begin). Symbolic links are followed; a
/// link back to a folder the walk is in, or to one above its root, is not
/// followed and becomes one failed document naming the loop.
#[derive(Debug)]
pub struct FolderWalk {
    /// The folder as given.
    display: String,
    /// The folder as walked (entries' paths begin with it).
    root: PathBuf,
    /// The folder's canonical path, once a link to a folder asked for it.
    root_real: Option<Option<PathBuf>>,
    /// The display paths of the folders the walk is in, by depth (the
    /// root first): an error `walkdir` gives without a path is named by
    /// the folder it was listing.
    folders: Vec<String>,
    limits: Limits,
    opts: PlanOptions,
    walk: walkdir::IntoIter,
    /// Documents of the archive (or the failure) last reached, last first,
    /// handed out before the walk goes on.
    queued: Vec<Item>,
    /// The next document (listed one ahead, so that a folder with none is
    /// known before the run).
    pub(super) head: Option<Item>,
    /// What the walk left out so far.
    pub(super) left_out: LeftOut,
}

impl FolderWalk {
    /// A walk of `root` (shown as `display`), its first document found.
    pub fn new(root: &Path, display: String, limits: &Limits, opts: &PlanOptions) -> FolderWalk {
        let walk = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by(order)
            .into_iter();
        let mut walk = FolderWalk {
            display,
            root: root.to_path_buf(),
            root_real: None,
            folders: Vec::new(),
            limits: limits.clone(),
            opts: opts.clone(),
            walk,
            queued: Vec::new(),
            head: None,
            left_out: LeftOut::default(),
        };
        walk.head = walk.advance();
        walk
    }

    /// The folder as given on the command line.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// What the walk has left out so far (all of it, once it has ended).
    pub fn left_out(&self) -> &LeftOut {
        &self.left_out
    }

    /// The next document of the walk.
    fn advance(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.queued.pop() {
                return Some(item);
            }
            let entry = match self.walk.next()? {
                Ok(entry) => entry,
                Err(e) => {
                    // A hidden link back to a folder the walk is in is
                    // left out as a hidden folder, as any hidden folder.
                    let hidden = e.loop_ancestor().is_some()
                        && e.path().and_then(Path::file_name).is_some_and(is_hidden);
                    if hidden && !self.opts.all_files {
                        let display = e.path().map_or_else(String::new, |p| self.display_of(p));
                        self.left_out.add_hidden_folder(display);
                        continue;
                    }
                    return Some(self.failure(&e));
                }
            };
            let display = self.display_of(entry.path());
            let ft = entry.file_type();
            if ft.is_dir() {
                self.folders.truncate(entry.depth());
                self.folders.push(display.clone());
            }
            if entry.depth() == 0 {
                continue;
            }
            if ft.is_dir() {
                if !self.opts.all_files && is_hidden(entry.file_name()) {
                    self.walk.skip_current_dir();
                    self.left_out.add_hidden_folder(display);
                } else if entry.path_is_symlink() && self.leads_back(entry.path()) {
                    self.walk.skip_current_dir();
                    let target = std::fs::canonicalize(entry.path())
                        .map(|t| display_os(t.as_os_str()))
                        .unwrap_or_default();
                    let msg =
                        format!("{display}: symlink loop (leads back to {target}); not followed");
                    return Some(failed(display, msg));
                }
                continue;
            }
            if !ft.is_file() {
                let msg = format!("{display}: not a regular file ({})", kind_name(&ft));
                return Some(failed(display, msg));
            }
            if !self.opts.all_files {
                match skip(entry.file_name()) {
                    Some(Skip::Data) => {
                        self.left_out.data_files += 1;
                        continue;
                    }
                    Some(Skip::NotReport) => {
                        self.left_out.add_not_report(display);
                        continue;
                    }
                    None => {}
                }
            }
            plan_file(entry.path(), display, &self.limits, &mut self.queued);
            // An archive's members, sorted, last first.
            self.queued.sort_by(|a, b| b.path.cmp(&a.path));
        }
    }

    /// The display path of `path`, one of the walk's: the folder as given,
    /// then each name below it as [`display_component`] shows it.
    fn display_of(&self, path: &Path) -> String {
        let Ok(below) = path.strip_prefix(&self.root) else {
            return display_os(path.as_os_str());
        };
        let mut s = self.display.clone();
        for part in below.iter() {
            s = child(&s, &display_component(part));
        }
        s
    }

    /// A failed document for what the walk could not read: a folder's
    /// listing, a dangling link, a link back to a folder the walk is in.
    fn failure(&self, e: &walkdir::Error) -> Item {
        let io = e.io_error().map(ToString::to_string);
        let (display, msg) = match (e.path(), e.loop_ancestor()) {
            (Some(p), Some(ancestor)) => {
                let d = self.display_of(p);
                let msg = format!(
                    "{d}: symlink loop (leads back to {}); not followed",
                    self.display_of(ancestor)
                );
                (d, msg)
            }
            (Some(p), None) => {
                let d = self.display_of(p);
                let msg = format!("{d}: {}", io.unwrap_or_else(|| e.to_string()));
                (d, msg)
            }
            // Opening a linked folder to compare it with the folders the
            // walk is in: the error names no path, but the folder listed.
            (None, _) => {
                let folder = e
                    .depth()
                    .checked_sub(1)
                    .and_then(|d| self.folders.get(d))
                    .unwrap_or(&self.display)
                    .clone();
                let msg = format!(
                    "{folder}: a folder linked from it could not be opened: {}",
                    io.unwrap_or_else(|| e.to_string())
                );
                (folder, msg)
            }
        };
        failed(display, msg)
    }

    /// Whether the folder a link leads to holds the folder the link is in
    /// or the walk's root (is it, or one above it): following it would
    /// walk the same files again. (Links back to a folder inside the walk
    /// are also `walkdir`'s to find, once it gets there.)
    fn leads_back(&mut self, link: &Path) -> bool {
        let Ok(target) = std::fs::canonicalize(link) else {
            return false;
        };
        let here = link.parent().and_then(|p| std::fs::canonicalize(p).ok());
        let root = self
            .root_real
            .get_or_insert_with(|| std::fs::canonicalize(&self.root).ok());
        let inside = |p: &Option<PathBuf>| p.as_ref().is_some_and(|p| p.starts_with(&target));
        inside(&here) || inside(root)
    }
}

/// The order of a folder's entries: by display name, a folder's as its
/// name followed by `/` and an archive's as its name followed by `!/`,
/// as the display paths of the documents they hold begin.
fn order(a: &walkdir::DirEntry, b: &walkdir::DirEntry) -> std::cmp::Ordering {
    fn suffix(e: &walkdir::DirEntry, name: &str) -> &'static str {
        let dir = if e.path_is_symlink() || e.file_type().is_symlink() {
            std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir())
        } else {
            e.file_type().is_dir()
        };
        if dir {
            return "/";
        }
        #[cfg(feature = "archives")]
        if super::archive::Kind::of(name).is_some() {
            return "!/";
        }
        let _ = name;
        ""
    }
    let (na, nb) = (a.file_name(), b.file_name());
    match (na.to_str(), nb.to_str()) {
        (Some(x), Some(y)) => {
            // The suffixes count only when one name begins the other.
            let common = x.len().min(y.len());
            let head = x.as_bytes()[..common].cmp(&y.as_bytes()[..common]);
            if head != std::cmp::Ordering::Equal {
                return head;
            }
            let (sx, sy) = (suffix(a, x), suffix(b, y));
            x.bytes().chain(sx.bytes()).cmp(y.bytes().chain(sy.bytes()))
        }
        _ => {
            let (x, y) = (display_component(na), display_component(nb));
            let (sx, sy) = (suffix(a, &x), suffix(b, &y));
            (x + sx).cmp(&(y + sy))
        }
    }
}

impl Iterator for FolderWalk {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let item = self.head.take()?;
        self.head = self.advance();
        Some(item)
    }
}

/// A planned document that failed already.
fn failed(path: String, msg: String) -> Item {
    Item {
        at: At::Failed(Box::new(unreadable(msg))),
        path,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn joined_display_paths() {
        assert_eq!(child("reports/", "a"), "reports/a");
        assert_eq!(child("reports", "a"), "reports/a");
    }

    #[test]
    fn what_a_walk_leaves_out() {
        let s = |n: &str| skip(OsStr::new(n));
        for n in [
            "README.md",
            "readme.zh.md",
            "LICENSE",
            "LICENSE-MIT",
            "licence.txt",
            "CHANGELOG.md",
            ".DS_Store",
            ".gitignore",
            "Thumbs.db",
            "logo.PNG",
            "site.css",
            "app.min.js",
            "Cargo.toml",
        ] {
            assert_eq!(s(n), Some(Skip::NotReport), "{n}");
        }
        for n in ["out.jsonl", "a.expected.json", "out.jsonl.partial"] {
            assert_eq!(s(n), Some(Skip::Data), "{n}");
        }
        // Reports, in every layout, and documents that may be reports.
        for n in [
            "2020.html",
            "东山街道2020年报告.txt",
            "markdown-2019.md",
            "csv-2019.csv",
            "index.php",
            "report.pdf",
            "report.docx",
            "licensing-2020.html",
            "readmeister.html",
        ] {
            assert_eq!(s(n), None, "{n}");
        }
    }
}
