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
use super::{unreadable, At, InputProblem, Item, Plan, PlanOptions};
use crate::config::Limits;
use std::ffi::OsStr;
use std::path::Path;

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

/// Plans one command-line input into `plan`.
pub fn plan_input(input: &Path, limits: &Limits, opts: &PlanOptions, plan: &mut Plan) {
    let display = display_os(input.as_os_str());
    match std::fs::metadata(input) {
        Err(e) => {
            let error = if e.kind() == std::io::ErrorKind::NotFound {
                "no such file or directory".to_string()
            } else {
                e.to_string()
            };
            plan.problems.push(InputProblem::Unopenable {
                path: display.clone(),
                error,
            });
            plan.items.push(Item {
                at: At::Failed(Box::new(unreadable(format!("{display}: {e}")))),
                path: display,
            });
        }
        Ok(m) if m.is_dir() => {
            let (before, left_before) = (plan.items.len(), plan.left_out.files());
            walk_dir(input, &display, limits, opts, plan);
            if plan.items.len() == before {
                plan.problems.push(InputProblem::NoDocuments {
                    left_out: plan.left_out.files() - left_before,
                    path: display,
                });
            }
        }
        Ok(m) if m.is_file() => plan_file(input, display, limits, &mut plan.items),
        Ok(m) => plan.items.push(Item {
            at: At::Failed(Box::new(unreadable(format!(
                "{display}: not a regular file ({})",
                kind_name(&m.file_type())
            )))),
            path: display,
        }),
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

/// Joins a display root and a relative path with `/`.
fn join(root: &str, rel: &Path) -> String {
    let mut s = String::with_capacity(root.len() + 64);
    s.push_str(root);
    for comp in rel.components() {
        if !s.is_empty() && !s.ends_with('/') {
            s.push('/');
        }
        s.push_str(&display_component(comp.as_os_str()));
    }
    s
}

/// Walks a folder. Most archives hold no symbolic links, and following
/// links costs a `stat` per entry (four times the walk itself): so the
/// first walk reads file types from the directory listing and gives up at
/// the first link; only then is the folder walked again following links
/// (with walkdir's loop detection). Both walks list in the same order.
fn walk_dir(root: &Path, root_display: &str, limits: &Limits, opts: &PlanOptions, plan: &mut Plan) {
    let (len, was_left_out) = (plan.items.len(), plan.left_out.clone());
    if walk_dir_with(false, root, root_display, limits, opts, plan).is_err() {
        plan.items.truncate(len);
        plan.left_out = was_left_out;
        let _ = walk_dir_with(true, root, root_display, limits, opts, plan);
    }
}

/// A symbolic link met by a walk that does not follow them.
struct LinkMet;

fn walk_dir_with(
    follow: bool,
    root: &Path,
    root_display: &str,
    limits: &Limits,
    opts: &PlanOptions,
    plan: &mut Plan,
) -> Result<(), LinkMet> {
    let mut walker = walkdir::WalkDir::new(root)
        .follow_links(follow)
        .min_depth(1)
        .into_iter();
    let display_of = |p: &Path| join(root_display, p.strip_prefix(root).unwrap_or(p));
    while let Some(entry) = walker.next() {
        match entry {
            Ok(e) => {
                let ft = e.file_type();
                if ft.is_symlink() && !follow {
                    return Err(LinkMet);
                }
                if ft.is_dir() {
                    if !opts.all_files && is_hidden(e.file_name()) {
                        plan.left_out.add_hidden_folder(display_of(e.path()));
                        walker.skip_current_dir();
                    }
                    continue;
                }
                if ft.is_file() && !opts.all_files {
                    match skip(e.file_name()) {
                        Some(Skip::Data) => {
                            plan.left_out.data_files += 1;
                            continue;
                        }
                        Some(Skip::NotReport) => {
                            plan.left_out.add_not_report(display_of(e.path()));
                            continue;
                        }
                        None => {}
                    }
                }
                let display = display_of(e.path());
                if ft.is_file() {
                    plan_file(e.path(), display, limits, &mut plan.items);
                } else {
                    plan.items.push(Item {
                        at: At::Failed(Box::new(unreadable(format!(
                            "{display}: not a regular file ({})",
                            kind_name(&ft)
                        )))),
                        path: display,
                    });
                }
            }
            Err(err) => {
                let display = match err.path() {
                    Some(p) => display_of(p),
                    None => root_display.to_string(),
                };
                let msg = if let Some(anc) = err.loop_ancestor() {
                    let anc = display_of(anc);
                    format!("{display}: symlink loop (leads back to {anc}); not followed")
                } else if let Some(io) = err.io_error() {
                    format!("{display}: {io}")
                } else {
                    format!("{display}: {err}")
                };
                plan.items.push(Item {
                    at: At::Failed(Box::new(unreadable(msg))),
                    path: display,
                });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn joined_display_paths() {
        assert_eq!(join("reports/", Path::new("a/b.html")), "reports/a/b.html");
        assert_eq!(join("reports", Path::new("a/b.html")), "reports/a/b.html");
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
