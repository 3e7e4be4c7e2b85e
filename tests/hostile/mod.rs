//! Hostile input: nothing panics, nothing is lost, nothing runs away.
//!
//! Every case here goes through the whole per-document pipeline
//! ([`process_raw`], the same entry point the runner uses, which turns a
//! panic into an `internal.panic` record) and must come out as exactly
//! one record, with no `internal.*` issue, the status and issue code the
//! case expects, and within a time bound.
//!
//! Bounds (release build, the CI command `cargo test --release`, on a
//! shared 2-core machine with the rest of the suite running beside):
//! every document under [`DOC_BUDGET`] (10 s; the slowest hostile
//! document, 4 million `<br>` lines, takes about 1-2 s alone, typical ones
//! well under 100 ms); each test's whole set under the budget it states,
//! about 3-4 times what it takes alone, so only a runaway (a hang, a
//! quadratic blow-up) fails. Debug builds only check behaviour, not time. Peak memory is checked end to end in
//! [`cli::peak_memory_over_the_hostile_corpus`].
//!
//! - [`cases`]: the named hostile inputs (binary, empty, absurd spans,
//!   deep nesting, a 20 MB line, a million cells, NULs, lone surrogates,
//!   mislabelled charsets, random bytes) and the files in
//!   `fixtures/hostile/`;
//! - [`truncation`]: every fixture cut at many byte offsets;
//! - [`props`]: property tests (tables against a `scraper` oracle, text
//!   layouts, encodings);
//! - [`cli`]: the binary over a hostile folder: one line per file, the
//!   `--max-*` flags, bounded time and memory.

mod cases;
mod cli;
mod props;
mod truncation;

use nianbao::config::Limits;
use nianbao::model::{Record, Status};
use nianbao::pipeline::{process_raw, Done, Options};
use nianbao::source::RawDoc;
use std::time::{Duration, Instant};

/// The most one document may take in a release build.
pub const DOC_BUDGET: Duration = Duration::from_millis(10_000);

/// Whether time bounds are checked (release builds only).
pub fn timed() -> bool {
    !cfg!(debug_assertions)
}

/// Runs one document through the pipeline exactly as a run does, checks
/// that it gives one record with no `internal.*` issue, and returns it
/// with the time it took.
pub fn run_with(path: &str, bytes: &[u8], limits: &Limits) -> (Record, Duration) {
    let opts = Options {
        limits: limits.clone(),
        ..Options::default()
    };
    let raw = RawDoc {
        path: path.to_string(),
        bytes: Ok(bytes.to_vec()),
        charset: None,
    };
    let start = Instant::now();
    let done = process_raw(raw, &opts, &|_| false);
    let took = start.elapsed();
    let rec = match done {
        Done::Fresh(o) => o.record,
        Done::Skipped { .. } | Done::Written(_) => panic!("{path}: no record"),
    };
    assert_eq!(rec.source.path, path);
    assert_eq!(rec.source.bytes, bytes.len() as u64, "{path}");
    assert!(
        !rec.issues.iter().any(|i| i.code.starts_with("internal.")),
        "{path}: {:?}",
        rec.issues
    );
    // The status follows from the issues; a record is never in between.
    let mut settled = rec.clone();
    settled.settle_status();
    assert_eq!(settled.status, rec.status, "{path}");
    // And it serializes to one JSON line.
    let line = serde_json::to_string(&rec).expect("serializes");
    assert!(!line.contains('\n'), "{path}");
    if timed() {
        assert!(
            took < DOC_BUDGET,
            "{path}: {} bytes took {took:?} (budget {DOC_BUDGET:?})",
            bytes.len()
        );
    }
    (rec, took)
}

/// [`run_with`] under the default limits.
pub fn run(path: &str, bytes: &[u8]) -> (Record, Duration) {
    run_with(path, bytes, &Limits::default())
}

/// The issue codes of a record.
pub fn codes(rec: &Record) -> Vec<&str> {
    rec.issues.iter().map(|i| i.code.as_str()).collect()
}

/// Asserts that `rec` has an issue `code` (and shows them all if not).
#[track_caller]
pub fn assert_issue(rec: &Record, code: &str) {
    assert!(
        codes(rec).contains(&code),
        "{}: expected {code}, got {:?}",
        rec.source.path,
        rec.issues
    );
}

/// Asserts the status of `rec`.
#[track_caller]
pub fn assert_status(rec: &Record, status: Status) {
    assert_eq!(
        rec.status, status,
        "{}: issues {:?}",
        rec.source.path, rec.issues
    );
}

/// A small deterministic generator (xorshift64*), so the hostile inputs
/// are the same on every run without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// The repository root.
pub fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every report fixture (the golden inputs), as (relative path, bytes).
pub fn fixtures() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["seed", "layouts", "encodings", "deviations"] {
        let mut names: Vec<_> = std::fs::read_dir(root().join("fixtures").join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|n| !n.ends_with(".json"))
            .collect();
        names.sort();
        for n in names {
            let rel = format!("fixtures/{dir}/{n}");
            out.push((rel.clone(), std::fs::read(root().join(&rel)).unwrap()));
        }
    }
    out
}
