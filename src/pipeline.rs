//! Pipeline: runs the stages over one document ([`process_bytes`]) and
//! over many in parallel, writing records in input order.

use crate::config::Limits;
use crate::corpus::{self, Fingerprint};
use crate::model::{Media, Record, Source};
use crate::{decode, extract, parse, validate};
use sha2::{Digest, Sha256};

/// Settings for processing documents.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Work bounds per document.
    pub limits: Limits,
    /// Leave out the body digest ([`Outcome::fingerprint`]): the run makes
    /// no corpus checks.
    pub skip_fingerprint: bool,
    /// Write every value's source into the JSON line
    /// ([`crate::sink::line_with_sources`]): `--provenance`, and the
    /// outputs made from the sources (the cells layout).
    pub sources: bool,
}

/// A processed document: its record and its body digest for corpus checks.
#[derive(Debug)]
pub struct Outcome {
    /// The record.
    pub record: Record,
    /// The record as its JSON line ([`crate::sink::line`]), made where the
    /// record was, so that the thread writing the output only copies bytes.
    pub line: Vec<u8>,
    /// Body digest for the copy check.
    pub fingerprint: Option<Fingerprint>,
}

impl Outcome {
    fn new(record: Record, fingerprint: Option<Fingerprint>, opts: &Options) -> Self {
        let line = if opts.sources {
            crate::sink::line_with_sources(&record)
        } else {
            crate::sink::line(&record)
        };
        Outcome {
            line,
            record,
            fingerprint,
        }
    }
}

/// Runs every per-document stage over `bytes` read from `path`.
pub fn process_bytes(path: &str, bytes: &[u8], opts: &Options) -> Record {
    process_doc(path, bytes, opts).record
}

/// Like [`process_bytes`], keeping the body digest.
pub fn process_doc(path: &str, bytes: &[u8], opts: &Options) -> Outcome {
    process_doc_with(path, bytes, None, opts)
}

/// Like [`process_doc`], with the charset a transport declared (the HTTP
/// `Content-Type` of a WARC record).
pub fn process_doc_with(
    path: &str,
    bytes: &[u8],
    charset: Option<&str>,
    opts: &Options,
) -> Outcome {
    process_hashed(path, bytes, hex(&Sha256::digest(bytes)), charset, opts)
}

/// [`process_doc_with`] for bytes whose hex SHA-256 is already known (the
/// runner hashes every document once, before the resume check).
fn process_hashed(
    path: &str,
    bytes: &[u8],
    sha256: String,
    charset: Option<&str>,
    opts: &Options,
) -> Outcome {
    let mut rec = bare_record(path.to_string(), Some(sha256), bytes.len());
    let mut fingerprint = None;
    match decode::decode_with_charset(path, bytes, charset, &opts.limits) {
        Err(issue) => rec.issues.push(issue),
        Ok(d) => {
            rec.source.media = Some(d.media);
            rec.source.encoding = Some(d.encoding.to_string());
            rec.source.encoding_from = Some(d.from);
            rec.issues.extend(d.issues);
            let doc = match d.media {
                Media::Html => parse::html::parse(&d.text, &opts.limits),
                Media::Text => parse::text::parse(&d.text, &opts.limits),
            };
            let ev = extract::extract(&doc, &mut rec);
            validate::validate(&mut rec, &ev);
            // Only reports take part in the corpus checks.
            if !opts.skip_fingerprint && rec.template.is_some() {
                fingerprint = corpus::fingerprint(&doc, rec.office.as_deref(), rec.year);
            }
        }
    }
    rec.settle_status();
    Outcome::new(rec, fingerprint, opts)
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// How a run is carried out.
#[derive(Debug, Clone)]
pub struct RunConfig {
    /// Per-document settings.
    pub opts: Options,
    /// Worker threads (0: all cores).
    pub threads: usize,
    /// Documents handed to the workers at once (plain files unread).
    pub chunk_docs: usize,
    /// Bytes the reader reads ahead into one chunk (archive members; the
    /// workers read plain files themselves).
    pub chunk_bytes: usize,
    /// Show a progress bar on stderr.
    pub progress: bool,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            opts: Options::default(),
            threads: 0,
            chunk_docs: 256,
            chunk_bytes: 16 << 20,
            progress: false,
        }
    }
}

/// Counts of a finished run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunStats {
    /// Documents by status: ok, warnings, malformed, unreadable. A caller
    /// that adds issues after the run (the corpus checks) moves the
    /// documents whose status they change ([`RunStats::restatus`]), so that
    /// the counts are those of the records written.
    pub by_status: [usize; 4],
    /// Documents skipped because the output already had them.
    pub skipped: usize,
    /// What folder walks left out (JSON data, plain non-reports).
    pub left_out: crate::source::LeftOut,
    /// Raw bytes read.
    pub bytes: u64,
    /// Wall time.
    pub elapsed: std::time::Duration,
}

impl RunStats {
    /// Documents in all.
    pub fn docs(&self) -> usize {
        self.by_status.iter().sum::<usize>() + self.skipped
    }

    /// Moves one document from status `from` to status `to`.
    pub fn restatus(&mut self, from: crate::model::Status, to: crate::model::Status) {
        if from != to {
            self.by_status[from as usize] = self.by_status[from as usize].saturating_sub(1);
            self.by_status[to as usize] += 1;
        }
    }

    /// The one-line summary printed at the end of a run.
    pub fn line(&self) -> String {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        format!(
            "{}: {} ok, {} with warnings, {} malformed, {} unreadable{}; {:.1}s, {:.0} docs/s, {:.1} MB/s",
            crate::words::count(self.docs(), "document"),
            self.by_status[0],
            self.by_status[1],
            self.by_status[2],
            self.by_status[3],
            {
                let mut extra = String::new();
                if self.skipped > 0 {
                    extra.push_str(&format!(", {} kept from the previous run", self.skipped));
                }
                if !self.left_out.is_empty() {
                    extra.push_str(&format!("; left out of folder walks: {}", self.left_out));
                }
                extra
            },
            secs,
            self.docs() as f64 / secs,
            self.bytes as f64 / 1e6 / secs
        )
    }
}

/// What the runner hands the consumer for each document, in input order.
pub enum Done {
    /// A freshly processed document.
    Fresh(Box<Outcome>),
    /// A document skipped by `skip` (e.g. already in the output when
    /// resuming): its path and sha256.
    Skipped {
        /// Display path.
        path: String,
        /// Hex SHA-256 of its bytes.
        sha256: String,
    },
}

/// Runs the stages over every document of `plan` on a rayon pool, handing
/// each result to `consume` in plan order. `skip` sees each document's
/// sha256 first and may skip it.
///
/// The reader thread walks the plan one chunk ahead of the workers and
/// reads archive members (which come in archive order); the workers read
/// plain files themselves, run the stages and serialise the record
/// ([`Outcome::line`]), so the consuming thread only copies bytes and
/// nothing per document runs on one thread alone. Memory stays bounded:
/// a chunk of planned documents ahead, one document's bytes per worker.
pub fn run(
    plan: crate::source::Plan,
    cfg: &RunConfig,
    skip: &(dyn Fn(&str) -> bool + Sync),
    mut consume: impl FnMut(Done) -> std::io::Result<()>,
) -> std::io::Result<RunStats> {
    use rayon::prelude::*;
    let start = std::time::Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.threads)
        .build()
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    let total = plan.len() as u64;
    let left_out = plan.left_out.clone();
    let bar = cfg.progress.then(|| progress_bar(total));
    let limits = cfg.opts.limits.clone();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<crate::source::Pending>>(1);
    let chunk_docs = cfg.chunk_docs.max(1);
    let chunk_bytes = cfg.chunk_bytes.max(1);
    let reader = std::thread::spawn(move || {
        // The first chunks are small so that the workers start at once;
        // then they grow fourfold up to `chunk_docs`.
        let mut limit = chunk_docs.min(16);
        let mut chunk = Vec::with_capacity(limit);
        let mut bytes = 0usize;
        for doc in plan.pending(&limits) {
            // Files are read by the workers; only bytes read here (archive
            // members) count against the chunk's byte bound.
            if let crate::source::Pending::Read(raw) = &doc {
                bytes += raw.bytes.as_ref().map_or(0, Vec::len);
            }
            chunk.push(doc);
            if chunk.len() >= limit || bytes >= chunk_bytes {
                bytes = 0;
                limit = chunk_docs.min(limit.saturating_mul(4));
                if tx.send(std::mem::take(&mut chunk)).is_err() {
                    return;
                }
            }
        }
        if !chunk.is_empty() {
            let _ = tx.send(chunk);
        }
    });
    // The workers process chunk n+1 while this thread hands out chunk n, so
    // serialising and writing (in `consume`) overlap with the stages.
    let (out_tx, out_rx) = std::sync::mpsc::sync_channel::<Vec<Done>>(1);
    let opts = &cfg.opts;
    let mut stats = RunStats {
        left_out,
        ..RunStats::default()
    };
    let consumed = std::thread::scope(|s| -> std::io::Result<()> {
        s.spawn(move || {
            for chunk in rx {
                let outs: Vec<Done> = pool.install(|| {
                    chunk
                        .into_par_iter()
                        .map(|p| process_raw(p.load(&opts.limits), opts, skip))
                        .collect()
                });
                if out_tx.send(outs).is_err() {
                    // The consumer stopped (an output error): stop reading.
                    return;
                }
            }
        });
        for outs in out_rx {
            for d in outs {
                match &d {
                    Done::Fresh(o) => {
                        stats.bytes += o.record.source.bytes;
                        stats.by_status[o.record.status as usize] += 1;
                    }
                    Done::Skipped { .. } => stats.skipped += 1,
                }
                if let Some(b) = &bar {
                    b.inc(1);
                }
                consume(d)?;
            }
        }
        Ok(())
    });
    let _ = reader.join();
    consumed?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    stats.elapsed = start.elapsed();
    Ok(stats)
}

/// One raw document through the stages, with a panic caught and turned
/// into the document's own record (`internal.panic`).
pub fn process_raw(
    raw: crate::source::RawDoc,
    opts: &Options,
    skip: &(dyn Fn(&str) -> bool + Sync),
) -> Done {
    let crate::source::RawDoc {
        path,
        bytes,
        charset,
    } = raw;
    let bytes = match bytes {
        Ok(b) => b,
        Err(issue) => {
            return Done::Fresh(Box::new(failed(bare_record(path, None, 0), issue, opts)))
        }
    };
    let sha = hex(&Sha256::digest(&bytes));
    if skip(&sha) {
        return Done::Skipped { path, sha256: sha };
    }
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        process_hashed(&path, &bytes, sha.clone(), charset.as_deref(), opts)
    }));
    Done::Fresh(Box::new(caught.unwrap_or_else(|p| {
        let what = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let issue = crate::model::Issue::new(
            "internal.panic",
            crate::model::Severity::Error,
            "document",
            format!("nianbao failed on this document ({what}); please report it"),
        );
        failed(
            bare_record(path.clone(), Some(sha), bytes.len()),
            issue,
            opts,
        )
    })))
}

/// A record that knows only where it came from.
fn bare_record(path: String, sha256: Option<String>, bytes: usize) -> Record {
    Record::new(Source {
        path,
        sha256,
        bytes: bytes as u64,
        media: None,
        encoding: None,
        encoding_from: None,
    })
}

/// `rec` ending with `issue`, its status settled.
fn failed(mut rec: Record, issue: crate::model::Issue, opts: &Options) -> Outcome {
    rec.issues.push(issue);
    rec.settle_status();
    Outcome::new(rec, None, opts)
}

fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} docs ({per_sec}, ETA {eta})",
    ) {
        bar.set_style(style);
    }
    bar
}
