//! What the commands share before a run starts: the inputs (paths; `-`
//! for a list of paths on stdin, or with `--stdin-document` for one
//! report's text), what is wrong with them, and where the output goes.
//!
//! The rules, as ripgrep users expect them:
//! - a named path that cannot be opened is reported on stderr
//!   (`nianbao: X: no such file or directory`) and still gets its record;
//!   the run goes on over the other inputs and exits 2; when no named
//!   path could be opened, nothing is written;
//! - a folder with no documents is reported (`no documents found under
//!   X`); a run with no documents at all writes nothing and exits 1;
//! - `-o -` is standard output (as is no `-o`); `-o` naming a directory,
//!   or a file in a folder that does not exist, is refused (exit 2)
//!   before anything is read or written.

use super::InputArgs;
use anyhow::{bail, Context, Result};
use nianbao::model::Issue;
use nianbao::source::{InputProblem, Plan, PlanOptions};
use nianbao::words::count;
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The display path of a report read from standard input
/// (`--stdin-document`), as ripgrep shows it.
pub(crate) const STDIN_DOCUMENT: &str = "<stdin>";

/// How many lines of stdin are looked at to tell a list of paths from a
/// report's text: a list has an existing path among them.
const SNIFF_LINES: usize = 3;

/// A plan ready to run.
pub(crate) struct Planned {
    /// The documents.
    pub(crate) plan: Plan,
    /// A named input could not be opened: the run ends with exit 2.
    pub(crate) input_failed: bool,
}

impl Planned {
    /// The exit status of a run that went through: 2 when a named input
    /// could not be opened, else `ok`.
    pub(crate) fn exit(&self, ok: ExitCode) -> ExitCode {
        if self.input_failed {
            ExitCode::from(2)
        } else {
            ok
        }
    }
}

/// What [`InputArgs::prepare`] decided.
pub(crate) enum Prepared {
    /// Run over this plan.
    Run(Planned),
    /// Nothing to run over: exit with this status (the reason is on stderr).
    Stop(ExitCode),
}

/// What stdin held.
enum Stdin {
    /// Not read (no `-`).
    Unused,
    /// A list of paths.
    Paths(Vec<PathBuf>),
    /// One report (`--stdin-document`).
    Document(Result<Vec<u8>, Issue>),
}

impl InputArgs {
    /// Whether paths are read from stdin (`-` without `--stdin-document`).
    pub(crate) fn reads_stdin(&self) -> bool {
        !self.stdin_document && self.paths.iter().any(|p| p.as_os_str() == "-")
    }

    /// The plan: every input document, sorted, sharded; what is wrong
    /// with the inputs said on stderr.
    pub(crate) fn prepare(&self) -> Result<Prepared> {
        let shard = self.shard.as_deref().map(super::parse_shard).transpose()?;
        let limits = self.limits();
        let stdin = self.read_stdin(&limits)?;
        let mut paths: Vec<PathBuf> = self
            .paths
            .iter()
            .filter(|p| p.as_os_str() != "-")
            .cloned()
            .collect();
        let named = paths.len();
        let mut document = None;
        match stdin {
            Stdin::Unused => {}
            Stdin::Paths(list) => {
                if list.is_empty() && named == 0 {
                    eprintln!("nianbao: no paths on standard input (`-` reads one path a line)");
                    return Ok(Prepared::Stop(ExitCode::from(1)));
                }
                paths.extend(list);
            }
            Stdin::Document(bytes) => document = Some(bytes),
        }
        let opts = PlanOptions {
            all_files: self.all_files,
        };
        let mut plan = Plan::with_options(&paths, &limits, &opts);
        if let Some(bytes) = document {
            plan.add_document(STDIN_DOCUMENT.to_string(), bytes);
        }
        let mut unopenable = 0;
        for p in &plan.problems {
            match p {
                InputProblem::Unopenable { path, error } => {
                    unopenable += 1;
                    eprintln!("nianbao: {path}: {error}");
                }
                InputProblem::NoDocuments { path, left_out } => {
                    let why = if *left_out > 0 {
                        format!(
                            " ({} left out by name; --all-files reads them)",
                            count(*left_out, "file")
                        )
                    } else {
                        String::new()
                    };
                    eprintln!("nianbao: no documents found under {path}{why}");
                }
            }
        }
        if plan.is_empty() {
            return Ok(Prepared::Stop(ExitCode::from(1)));
        }
        if plan.known_len() == Some(unopenable) {
            // Every named path was wrong (a typo): write nothing.
            return Ok(Prepared::Stop(ExitCode::from(2)));
        }
        if let Some((k, n)) = shard {
            plan.shard(k, n);
        }
        Ok(Prepared::Run(Planned {
            plan,
            input_failed: unopenable > 0,
        }))
    }

    /// Reads stdin when `-` (or `--stdin-document`) asks for it.
    fn read_stdin(&self, limits: &nianbao::config::Limits) -> Result<Stdin> {
        if self.stdin_document {
            let doc =
                nianbao::source::read_document(std::io::stdin().lock(), STDIN_DOCUMENT, limits);
            return Ok(Stdin::Document(doc));
        }
        if !self.reads_stdin() {
            return Ok(Stdin::Unused);
        }
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("reading paths from stdin")?;
        Ok(Stdin::Paths(path_list(&bytes)?))
    }
}

/// The paths of a list on stdin, one a line (CR LF too, blank lines
/// skipped); an error saying how to pass a report's text when the first
/// lines are not paths that exist.
fn path_list(bytes: &[u8]) -> Result<Vec<PathBuf>> {
    let lines: Vec<&[u8]> = bytes
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.is_empty())
        .collect();
    let first: Vec<&[u8]> = lines.iter().take(SNIFF_LINES).copied().collect();
    let exists = |l: &&[u8]| {
        !l.contains(&0) && std::fs::symlink_metadata(PathBuf::from(os_string(l.to_vec()))).is_ok()
    };
    if let Some(line) = first.first() {
        if !first.iter().any(exists) {
            let shown: String = String::from_utf8_lossy(line).chars().take(60).collect();
            bail!(
                "standard input does not look like a list of paths: its first line (\"{shown}\") \
                 is not a file or folder. `-` reads one path a line; to read a report's text \
                 from standard input, add --stdin-document (e.g. \
                 `pdftotext -layout report.pdf - | nianbao ingest --stdin-document`)"
            );
        }
    }
    Ok(lines
        .into_iter()
        .map(|l| PathBuf::from(os_string(l.to_vec())))
        .collect())
}

/// Whether `-o` names something that is there and is not a plain file: a
/// device (`/dev/null`, `/dev/stdout`) or a pipe (`>(gzip > out.gz)`).
/// Such a target is written as it is: an output written beside it and
/// renamed over it would replace the device node with a plain file.
pub(crate) fn is_special(p: &Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Where the output goes when it is not a plain file: `path` when `-o`
/// names a device or pipe ([`is_special`]), else standard output.
pub(crate) fn stream_to(path: Option<&Path>) -> Result<Box<dyn Write + Send>> {
    Ok(match path {
        Some(p) => Box::new(
            std::fs::OpenOptions::new()
                .write(true)
                .open(p)
                .with_context(|| format!("cannot write {}", p.display()))?,
        ),
        None => Box::new(std::io::stdout()),
    })
}

/// Where `-o` sends the output: `None` for standard output (no `-o`, or
/// `-o -`). A directory, or a file in a folder that does not exist, is
/// refused before the run starts.
pub(crate) fn output_file(o: Option<&Path>) -> Result<Option<PathBuf>> {
    let Some(p) = o else { return Ok(None) };
    if p.as_os_str() == "-" {
        return Ok(None);
    }
    if p.is_dir() || p.to_string_lossy().ends_with('/') {
        bail!(
            "-o {}: is a directory; name a file for the records, e.g. -o {}",
            p.display(),
            p.join("records.jsonl").display()
        );
    }
    let parent = p
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !parent.is_dir() {
        bail!(
            "-o {}: cannot write there: no such directory {}",
            p.display(),
            parent.display()
        );
    }
    Ok(Some(p.to_path_buf()))
}

#[cfg(unix)]
fn os_string(bytes: Vec<u8>) -> OsString {
    use std::os::unix::ffi::OsStringExt;
    OsString::from_vec(bytes)
}

#[cfg(not(unix))]
fn os_string(bytes: Vec<u8>) -> OsString {
    OsString::from(String::from_utf8_lossy(&bytes).into_owned())
}
