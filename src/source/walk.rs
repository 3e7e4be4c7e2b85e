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
/// them: the walk holds the listings of the folders it is in (each sorted
/// when it is entered), never the whole tree, so memory does not grow
/// with the corpus.
///
/// The order is that of the display paths, a folder's documents sorting
/// as its path followed by `/` and an archive's as its path followed by
/// `!/` (as their display paths begin). Symbolic links are followed (a
/// `stat` for each link only); a link back to a folder the walk is in is
/// not followed and becomes one failed document naming the loop.
#[derive(Debug)]
pub struct FolderWalk {
    /// The folder as given.
    display: String,
    limits: Limits,
    opts: PlanOptions,
    /// The folders the walk is in, innermost last.
    stack: Vec<Level>,
    /// Documents of the archive (or the failure) last reached, last first,
    /// handed out before the walk goes on.
    queued: Vec<Item>,
    /// The next document (listed one ahead, so that a folder with none is
    /// known before the run).
    pub(super) head: Option<Item>,
    /// What the walk left out so far.
    pub(super) left_out: LeftOut,
}

/// A folder the walk is in.
#[derive(Debug)]
struct Level {
    path: PathBuf,
    display: String,
    /// The entries not yet visited, sorted, last first.
    entries: Vec<Listed>,
}

/// An entry of a folder listing, kept until the walk reaches it.
#[derive(Debug)]
struct Listed {
    name: std::ffi::OsString,
    /// The entry's display name.
    display: String,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    File,
    /// A folder, and whether a symbolic link led to it.
    Folder {
        linked: bool,
    },
    /// Neither file nor folder (a socket, a device).
    Other(&'static str),
    /// What the OS said when the entry could not be looked at.
    Failed(String),
}

impl FolderWalk {
    /// A walk of `root` (shown as `display`), its first document found.
    pub fn new(root: &Path, display: String, limits: &Limits, opts: &PlanOptions) -> FolderWalk {
        let mut walk = FolderWalk {
            display,
            limits: limits.clone(),
            opts: opts.clone(),
            stack: Vec::new(),
            queued: Vec::new(),
            head: None,
            left_out: LeftOut::default(),
        };
        let shown = walk.display.clone();
        match walk.list(root, &shown) {
            Ok(entries) => walk.stack.push(Level {
                path: root.to_path_buf(),
                display: shown,
                entries,
            }),
            Err(e) => walk
                .queued
                .push(failed(shown.clone(), format!("{shown}: {e}"))),
        }
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

    /// The entries of folder `dir` (shown as `shown`) that the walk will
    /// visit, sorted last first; what is left out by name is counted.
    fn list(&mut self, dir: &Path, shown: &str) -> std::io::Result<Vec<Listed>> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    out.push(Listed {
                        name: Default::default(),
                        display: String::new(),
                        kind: Kind::Failed(format!("{shown}: {e}")),
                    });
                    continue;
                }
            };
            let name = entry.file_name();
            let display = display_component(&name);
            let kind = match entry.file_type() {
                Err(e) => Kind::Failed(format!("{}: {e}", child(shown, &display))),
                Ok(ft) if ft.is_symlink() => match std::fs::metadata(entry.path()) {
                    Ok(m) if m.is_dir() => Kind::Folder { linked: true },
                    Ok(m) if m.is_file() => Kind::File,
                    Ok(m) => Kind::Other(kind_name(&m.file_type())),
                    Err(e) => Kind::Failed(format!("{}: {e}", child(shown, &display))),
                },
                Ok(ft) if ft.is_dir() => Kind::Folder { linked: false },
                Ok(ft) if ft.is_file() => Kind::File,
                Ok(ft) => Kind::Other(kind_name(&ft)),
            };
            if !self.opts.all_files {
                match kind {
                    Kind::Folder { .. } if is_hidden(&name) => {
                        self.left_out.add_hidden_folder(child(shown, &display));
                        continue;
                    }
                    Kind::File => match skip(&name) {
                        Some(Skip::Data) => {
                            self.left_out.data_files += 1;
                            continue;
                        }
                        Some(Skip::NotReport) => {
                            self.left_out.add_not_report(child(shown, &display));
                            continue;
                        }
                        None => {}
                    },
                    _ => {}
                }
            }
            out.push(Listed {
                name,
                display,
                kind,
            });
        }
        // As the display paths of what each entry yields begin.
        out.sort_by_cached_key(|l| {
            let mut key = l.display.clone();
            match l.kind {
                Kind::Folder { .. } => key.push('/'),
                #[cfg(feature = "archives")]
                Kind::File if super::archive::Kind::of(&l.display).is_some() => key.push_str("!/"),
                _ => {}
            }
            std::cmp::Reverse(key)
        });
        Ok(out)
    }

    /// The next document of the walk.
    fn advance(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.queued.pop() {
                return Some(item);
            }
            let level = self.stack.last_mut()?;
            let Some(entry) = level.entries.pop() else {
                self.stack.pop();
                continue;
            };
            let real = level.path.join(&entry.name);
            let display = child(&level.display, &entry.display);
            match entry.kind {
                Kind::Failed(msg) => return Some(failed(display, msg)),
                Kind::Other(kind) => {
                    let msg = format!("{display}: not a regular file ({kind})");
                    return Some(failed(display, msg));
                }
                Kind::File => {
                    plan_file(&real, display, &self.limits, &mut self.queued);
                    // An archive's members, sorted, last first.
                    self.queued.sort_by(|a, b| b.path.cmp(&a.path));
                }
                Kind::Folder { linked } => {
                    if linked {
                        if let Some(ancestor) = self.loop_back(&real) {
                            let msg = format!(
                                "{display}: symlink loop (leads back to {ancestor}); not followed"
                            );
                            return Some(failed(display, msg));
                        }
                    }
                    match self.list(&real, &display) {
                        Ok(entries) => self.stack.push(Level {
                            path: real,
                            display,
                            entries,
                        }),
                        Err(e) => {
                            let msg = format!("{display}: {e}");
                            return Some(failed(display, msg));
                        }
                    }
                }
            }
        }
    }

    /// Whether `dir` (reached by a link from the folder the walk is in)
    /// is that folder or one above it, inside the walk or above its root:
    /// following it would walk the same files again, without end. Names
    /// the folder it leads back to.
    fn loop_back(&self, dir: &Path) -> Option<String> {
        let target = std::fs::canonicalize(dir).ok()?;
        let here = std::fs::canonicalize(&self.stack.last()?.path).ok()?;
        if !here.starts_with(&target) {
            return None;
        }
        let inside = self
            .stack
            .iter()
            .find(|l| std::fs::canonicalize(&l.path).is_ok_and(|p| p == target))
            .map(|l| l.display.clone());
        Some(inside.unwrap_or_else(|| display_os(target.as_os_str())))
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
