//! The readable digest `nianbao check PATH...` prints: documents by status,
//! the most common issue codes, and the worst reports with their first
//! findings, saying how many it left out. The CLI exits 1 when
//! [`Summary::has_errors`].

use crate::model::{Record, Severity, Status};
use crate::words::count;
use std::collections::HashMap;

/// How many issue codes [`Summary::render`] lists.
pub const TOP_CODES: usize = 10;
/// How many reports [`Summary::render`] lists as the worst.
pub const WORST_REPORTS: usize = 10;
/// How many findings of each worst report it shows (by default: see
/// [`Summary::with_findings`]).
pub const FINDINGS_SHOWN: usize = 3;

/// One of the worst reports: its path, counts, and first findings.
#[derive(Debug, Clone)]
struct Worst {
    path: String,
    errors: usize,
    warnings: usize,
    first: Vec<String>,
    /// Findings of the report not in `first`.
    more: usize,
}

impl Worst {
    /// Sort key: most errors, then most warnings, then path.
    fn key(&self) -> (std::cmp::Reverse<usize>, std::cmp::Reverse<usize>, &str) {
        (
            std::cmp::Reverse(self.errors),
            std::cmp::Reverse(self.warnings),
            &self.path,
        )
    }
}

/// Counts gathered over the records of a run, in bounded memory.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    documents: usize,
    by_status: [usize; 4],
    codes: HashMap<String, usize>,
    errors: usize,
    warnings: usize,
    worst: Vec<Worst>,
    /// Reports with at least one finding.
    with_findings: usize,
    /// Findings shown per report; `None` for all of them.
    findings_shown: Option<usize>,
}

fn status_index(s: Status) -> usize {
    match s {
        Status::Ok => 0,
        Status::Warnings => 1,
        Status::Malformed => 2,
        Status::Unreadable => 3,
    }
}

impl Summary {
    /// An empty summary showing [`FINDINGS_SHOWN`] findings per report.
    pub fn new() -> Self {
        Summary::with_findings(Some(FINDINGS_SHOWN))
    }

    /// An empty summary showing `shown` findings of each worst report
    /// (`None`: all of them).
    pub fn with_findings(shown: Option<usize>) -> Self {
        Summary {
            findings_shown: shown,
            ..Summary::default()
        }
    }

    /// Counts `rec` (after its status is settled).
    pub fn add(&mut self, rec: &Record) {
        self.documents += 1;
        self.by_status[status_index(rec.status)] += 1;
        let mut errors = 0;
        for issue in &rec.issues {
            *self.codes.entry(issue.code.clone()).or_default() += 1;
            if issue.severity == Severity::Error {
                errors += 1;
            }
        }
        let warnings = rec.issues.len() - errors;
        self.errors += errors;
        self.warnings += warnings;
        if rec.issues.is_empty() {
            return;
        }
        self.with_findings += 1;
        let shown = self.findings_shown.unwrap_or(usize::MAX);
        self.worst.push(Worst {
            path: rec.source.path.clone(),
            errors,
            warnings,
            first: rec
                .issues
                .iter()
                .take(shown)
                .map(|i| format!("{} at {}: {}", i.code, i.where_, i.message))
                .collect(),
            more: rec.issues.len().saturating_sub(shown),
        });
        if self.worst.len() >= 4 * WORST_REPORTS {
            self.trim();
        }
    }

    fn trim(&mut self) {
        self.worst.sort_by(|a, b| a.key().cmp(&b.key()));
        self.worst.truncate(WORST_REPORTS);
    }

    /// Whether any record had an error-level issue.
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    /// The digest as lines of text.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let [ok, warn, bad, unread] = self.by_status;
        out.push_str(&format!(
            "{}: {ok} ok, {warn} with warnings, {bad} malformed, {unread} unreadable\n",
            count(self.documents, "document")
        ));
        out.push_str(&format!(
            "{}, {}\n",
            count(self.errors, "error"),
            count(self.warnings, "warning")
        ));
        if !self.codes.is_empty() {
            let mut codes: Vec<(&String, &usize)> = self.codes.iter().collect();
            codes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            out.push_str("\nmost common issues:\n");
            for (code, n) in codes.into_iter().take(TOP_CODES) {
                out.push_str(&format!("  {n:>6}  {code}\n"));
            }
        }
        let mut worst = self.worst.clone();
        worst.sort_by(|a, b| a.key().cmp(&b.key()));
        worst.truncate(WORST_REPORTS);
        if !worst.is_empty() {
            out.push_str("\nworst reports:\n");
            for w in &worst {
                out.push_str(&format!(
                    "  {} ({}, {})\n",
                    w.path,
                    count(w.errors, "error"),
                    count(w.warnings, "warning")
                ));
                for f in &w.first {
                    out.push_str(&format!("      {f}\n"));
                }
                if w.more > 0 {
                    out.push_str(&format!(
                        "      … and {} (`nianbao check --findings all` shows every one)\n",
                        count(w.more, "more finding")
                    ));
                }
            }
            let rest = self.with_findings - worst.len();
            if rest > 0 {
                out.push_str(&format!(
                    "  … and {} with findings not listed (`nianbao ingest` writes every record with its issues)\n",
                    count(rest, "more report")
                ));
            }
        }
        out
    }
}
