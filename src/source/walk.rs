//! Walking the inputs: one argument → planned items (files, folder trees,
//! archives), with display paths made from the argument as given.

use super::{unreadable, At, Item};
use crate::config::Limits;
use std::ffi::OsStr;
use std::fs::FileType;
use std::path::Path;

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

/// Plans one command-line input.
pub fn plan_input(input: &Path, limits: &Limits, items: &mut Vec<Item>, skipped: &mut usize) {
    let display = display_os(input.as_os_str());
    match std::fs::metadata(input) {
        Err(e) => items.push(Item {
            at: At::Failed(unreadable(format!("{display}: {e}"))),
            path: display,
        }),
        Ok(m) if m.is_dir() => walk_dir(input, &display, limits, items, skipped),
        Ok(m) if m.is_file() => plan_file(input, display, limits, items),
        Ok(m) => items.push(Item {
            at: At::Failed(unreadable(format!(
                "{display}: not a regular file ({})",
                kind_name(&m.file_type())
            ))),
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
fn walk_dir(
    root: &Path,
    root_display: &str,
    limits: &Limits,
    items: &mut Vec<Item>,
    skipped: &mut usize,
) {
    let (len, was_skipped) = (items.len(), *skipped);
    if walk_dir_with(false, root, root_display, limits, items, skipped).is_err() {
        items.truncate(len);
        *skipped = was_skipped;
        let _ = walk_dir_with(true, root, root_display, limits, items, skipped);
    }
}

/// A symbolic link met by a walk that does not follow them.
struct LinkMet;

fn walk_dir_with(
    follow: bool,
    root: &Path,
    root_display: &str,
    limits: &Limits,
    items: &mut Vec<Item>,
    skipped: &mut usize,
) -> Result<(), LinkMet> {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(follow)
        .min_depth(1);
    for entry in walker {
        match entry {
            Ok(e) => {
                let ft = e.file_type();
                if ft.is_symlink() && !follow {
                    return Err(LinkMet);
                }
                if ft.is_dir() {
                    continue;
                }
                if ft.is_file() && is_data_file(e.file_name()) {
                    *skipped += 1;
                    continue;
                }
                let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                let display = join(root_display, rel);
                if ft.is_file() {
                    plan_file(e.path(), display, limits, items);
                } else {
                    items.push(Item {
                        at: At::Failed(unreadable(format!(
                            "{display}: not a regular file ({})",
                            kind_name(&ft)
                        ))),
                        path: display,
                    });
                }
            }
            Err(err) => {
                let display = match err.path() {
                    Some(p) => join(root_display, p.strip_prefix(root).unwrap_or(p)),
                    None => root_display.to_string(),
                };
                let msg = if let Some(anc) = err.loop_ancestor() {
                    let anc = join(root_display, anc.strip_prefix(root).unwrap_or(anc));
                    format!("{display}: symlink loop (leads back to {anc}); not followed")
                } else if let Some(io) = err.io_error() {
                    format!("{display}: {io}")
                } else {
                    format!("{display}: {err}")
                };
                items.push(Item {
                    at: At::Failed(unreadable(msg)),
                    path: display,
                });
            }
        }
    }
    Ok(())
}

/// A name for a non-regular file kind, for messages.
pub fn kind_name(ft: &FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "fifo";
        }
        if ft.is_socket() {
            return "socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "device";
        }
    }
    if ft.is_dir() {
        "directory"
    } else if ft.is_symlink() {
        "symlink"
    } else if ft.is_file() {
        "file"
    } else {
        "special file"
    }
}

/// The display form of a path argument: UTF-8 as is; else each
/// `/`-separated part as [`display_bytes`] shows it.
pub fn display_os(os: &OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let b = os.as_bytes();
        if let Ok(s) = std::str::from_utf8(b) {
            return s.to_string();
        }
        let parts: Vec<String> = b.split(|&c| c == b'/').map(display_bytes).collect();
        parts.join("/")
    }
    #[cfg(not(unix))]
    {
        os.to_string_lossy().into_owned()
    }
}

fn display_component(os: &OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        display_bytes(os.as_bytes())
    }
    #[cfg(not(unix))]
    {
        os.to_string_lossy().into_owned()
    }
}

/// A name's bytes shown faithfully: UTF-8 as is; else GB18030 when the
/// bytes decode as GB18030 without error (old Chinese archives); else
/// the valid UTF-8 runs with each bad byte escaped as `\xNN`.
pub fn display_bytes(b: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(b) {
        return s.to_string();
    }
    if let Some(s) = encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(b) {
        return s.into_owned();
    }
    let mut out = String::with_capacity(b.len() * 2);
    for chunk in b.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn display_names() {
        assert_eq!(display_bytes("东山街道".as_bytes()), "东山街道");
        let (gbk, _, _) = encoding_rs::GBK.encode("东山街道2020.html");
        assert_eq!(display_bytes(&gbk), "东山街道2020.html");
        assert_eq!(display_bytes(b"a\x80\xFF.txt"), "a\\x80\\xFF.txt");
        assert_eq!(join("reports/", Path::new("a/b.html")), "reports/a/b.html");
        assert_eq!(join("reports", Path::new("a/b.html")), "reports/a/b.html");
    }
}
