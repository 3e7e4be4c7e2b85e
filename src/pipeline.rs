//! Pipeline: runs the stages over one document ([`process_bytes`]) and
//! over many in parallel, writing records in input order.

use crate::config::Limits;
use crate::corpus::{self, Fingerprint, Sighting};
use crate::model::{Media, Record, Source, Status};
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

/// A processed document as a run that writes records needs it
/// ([`RunConfig::keep_records`] off): its JSON line and what the
/// consumer counts and indexes. The record itself was dropped by the
/// worker that made it: freeing its many small allocations on the
/// writing thread cost that thread about 3 % of a run's samples, taken
/// from the workers on a machine with as many cores as workers.
#[derive(Debug)]
pub struct Written {
    /// The record's status.
    pub status: Status,
    /// Raw bytes read.
    pub bytes: u64,
    /// The record as its JSON line.
    pub line: Vec<u8>,
    /// What the corpus checks need, for a report when the run makes them
    /// (not [`Options::skip_fingerprint`]).
    pub sighting: Option<Sighting>,
}

impl Written {
    fn of(o: Outcome, opts: &Options) -> Self {
        let sighting = if opts.skip_fingerprint {
            None
        } else {
            Sighting::of(&o.record, o.fingerprint)
        };
        Written {
            status: o.record.status,
            bytes: o.record.source.bytes,
            line: o.line,
            sighting,
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
            let (mut doc, media) = parse::dispatch::read(&d.text, d.media, &opts.limits);
            rec.source.media = Some(media);
            rec.source.encoding = Some(d.encoding.to_string());
            rec.source.encoding_from = Some(d.from);
            rec.issues.extend(d.issues);
            // An HTML grid keeps its spans, so a transposed table turns
            // back whole; a text layout's grid may have lost them.
            if media == Media::Html {
                extract::untranspose(&mut doc);
            }
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
    /// Documents in flight at most: queued for the workers, being
    /// processed, or done and waiting for an earlier one (plain files are
    /// read by the workers, so a queued file holds only its path).
    pub chunk_docs: usize,
    /// Bytes of archive members the reader reads ahead at most (beyond
    /// one document; the workers read plain files themselves).
    pub chunk_bytes: usize,
    /// Show a progress bar on stderr.
    pub progress: bool,
    /// Hand the consumer each document's whole record
    /// ([`Done::Fresh`]); off, only its line and counts ([`Done::Written`]).
    pub keep_records: bool,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            opts: Options::default(),
            threads: 0,
            chunk_docs: 256,
            chunk_bytes: 16 << 20,
            progress: false,
            keep_records: true,
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
    /// A freshly processed document, its record kept
    /// ([`RunConfig::keep_records`]).
    Fresh(Box<Outcome>),
    /// A freshly processed document as written ([`RunConfig::keep_records`]
    /// off).
    Written(Box<Written>),
    /// A document skipped by `skip` (e.g. already in the output when
    /// resuming): its path and sha256.
    Skipped {
        /// Display path.
        path: String,
        /// Hex SHA-256 of its bytes.
        sha256: String,
    },
}

impl Done {
    /// The document as written, whichever way it came; `None` when skipped.
    pub fn into_written(self, opts: &Options) -> Option<Written> {
        match self {
            Done::Fresh(o) => Some(Written::of(*o, opts)),
            Done::Written(w) => Some(*w),
            Done::Skipped { .. } => None,
        }
    }
}

/// How many results a worker sends at once at most.
const RESULT_BATCH: usize = 8;

/// Runs the stages over every document of `plan` on `cfg.threads` worker
/// threads, handing each result to `consume` in plan order. `skip` sees
/// each document's sha256 first and may skip it.
///
/// A streaming design on a rayon pool, so that no core idles: the reader thread walks the
/// plan and reads archive members (which come in archive order); each
/// worker pulls the next document as soon as it is free, reads it if it
/// is a plain file, runs the stages and serialises the record
/// ([`Outcome::line`]); the calling thread puts the results back in plan
/// order (a reorder buffer) and hands them to `consume`, which only
/// copies bytes. (Chunks of documents processed in parallel made every
/// core wait at each chunk's end for the chunk's slowest document.)
///
/// Memory stays bounded: at most `cfg.chunk_docs` documents are in flight
/// (queued, being processed, or waiting for an earlier one to finish),
/// and at most about `cfg.chunk_bytes` of archive members read ahead.
pub fn run(
    plan: crate::source::Plan,
    cfg: &RunConfig,
    skip: &(dyn Fn(&str) -> bool + Sync),
    mut consume: impl FnMut(Done) -> std::io::Result<()>,
) -> std::io::Result<RunStats> {
    use std::sync::mpsc;
    /// A processed document: its sequence number, its result, the bytes
    /// it had read ahead.
    type Result = (usize, Done, usize);
    let start = std::time::Instant::now();
    let threads = match cfg.threads {
        0 => std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
        n => n,
    };
    // Folders are walked as they are read: their documents are counted
    // when the walk ends, and the bar gets its length then.
    let bar = cfg.progress.then(|| progress_bar(plan.known_len()));
    let reader_bar = bar.clone();
    let limits = cfg.opts.limits.clone();
    let window = cfg.chunk_docs.max(1);
    let window_bytes = cfg.chunk_bytes.max(1);
    // Reader → workers: (sequence number, document, bytes read ahead).
    let (in_tx, in_rx) = mpsc::sync_channel::<(usize, crate::source::Pending, usize)>(window);
    let in_rx = std::sync::Mutex::new(in_rx);
    // Workers → this thread, in completion order.
    let (out_tx, out_rx) = mpsc::channel::<Vec<Result>>();
    // This thread → reader: credits back for documents handed on (how
    // many, and the bytes they had read ahead).
    let (credit_tx, credit_rx) = mpsc::channel::<(usize, usize)>();
    let reader = std::thread::spawn(move || {
        let (mut docs, mut bytes) = (0usize, 0usize);
        let mut pending = plan.pending(&limits);
        let mut planned = 0u64;
        for (seq, doc) in pending.by_ref().enumerate() {
            planned += 1;
            // Wait for room: fewer than `window` documents in flight, and
            // the read-ahead bytes under their bound (always room for one).
            while docs >= window || (docs > 0 && bytes >= window_bytes) {
                match credit_rx.recv() {
                    Ok((d, b)) => {
                        docs = docs.saturating_sub(d);
                        bytes = bytes.saturating_sub(b);
                    }
                    // The consumer stopped (an output error): stop reading.
                    Err(_) => return pending.left_out(),
                }
            }
            // Files are read by the workers; only bytes read here (archive
            // members) count against the read-ahead bound.
            let ahead = match &doc {
                crate::source::Pending::Read(raw) => raw.bytes.as_ref().map_or(0, Vec::len),
                crate::source::Pending::File { .. } => 0,
            };
            docs += 1;
            bytes += ahead;
            if in_tx.send((seq, doc, ahead)).is_err() {
                return pending.left_out();
            }
        }
        if let Some(bar) = reader_bar {
            bar.set_length(planned);
            bar.set_style(bar_style(true));
        }
        pending.left_out()
    });
    let opts = &cfg.opts;
    let keep = cfg.keep_records;
    let mut stats = RunStats::default();
    // The workers run on a rayon pool of `threads` threads; this thread
    // stays outside it, putting results back in order.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("nianbao-worker-{i}"))
        .build()
        .map_err(std::io::Error::other)?;
    let consumed = pool.in_place_scope(|s| -> std::io::Result<()> {
        for _ in 0..threads {
            let out_tx = out_tx.clone();
            let in_rx = &in_rx;
            s.spawn(move |_| {
                // Results are sent a few at a time (a wake-up of the
                // consuming thread per document was most of the run's
                // context switches), and before this worker waits for
                // work, so that no result waits on a worker that waits.
                let mut done: Vec<Result> = Vec::with_capacity(RESULT_BATCH);
                loop {
                    // The lock is held only while taking the next document,
                    // but a worker that finds no document waits for one
                    // holding it. Results must not wait behind it: the
                    // reader may be waiting for credits that only they
                    // bring (every document in flight done but one whose
                    // result sits here), and no document would ever come.
                    let rx = match in_rx.try_lock() {
                        Ok(rx) => rx,
                        Err(std::sync::TryLockError::WouldBlock) => {
                            if !done.is_empty() && out_tx.send(std::mem::take(&mut done)).is_err() {
                                return;
                            }
                            let Ok(rx) = in_rx.lock() else { return };
                            rx
                        }
                        Err(std::sync::TryLockError::Poisoned(_)) => return,
                    };
                    let next = match rx.try_recv() {
                        Ok(m) => Ok(m),
                        Err(mpsc::TryRecvError::Disconnected) => Err(()),
                        Err(mpsc::TryRecvError::Empty) => {
                            if !done.is_empty() && out_tx.send(std::mem::take(&mut done)).is_err() {
                                return;
                            }
                            rx.recv().map_err(|_| ())
                        }
                    };
                    drop(rx);
                    let Ok((seq, p, ahead)) = next else { break };
                    let d = match process_raw(p.load(&opts.limits), opts, skip) {
                        Done::Fresh(o) if !keep => Done::Written(Box::new(Written::of(*o, opts))),
                        d => d,
                    };
                    done.push((seq, d, ahead));
                    if done.len() >= RESULT_BATCH && out_tx.send(std::mem::take(&mut done)).is_err()
                    {
                        // The consumer stopped: stop working.
                        return;
                    }
                }
                if !done.is_empty() {
                    let _ = out_tx.send(done);
                }
            });
        }
        drop(out_tx);
        // Results that came before an earlier document's, by sequence
        // number; at most `window` of them.
        let mut early: std::collections::BTreeMap<usize, (Done, usize)> =
            std::collections::BTreeMap::new();
        let mut next = 0usize;
        // Credits are handed back in batches (a wake-up of the reader per
        // document doubled the context switches), and always before this
        // thread waits, so that the reader never waits on credits held here.
        let (mut owed_docs, mut owed_bytes) = (0usize, 0usize);
        let batch = (window / 4).max(1);
        let result = (|| -> std::io::Result<()> {
            loop {
                let results = match out_rx.try_recv() {
                    Ok(m) => m,
                    Err(mpsc::TryRecvError::Disconnected) => break,
                    Err(mpsc::TryRecvError::Empty) => {
                        if owed_docs > 0 {
                            // The reader may have finished: lost credits are fine.
                            let _ = credit_tx.send((owed_docs, owed_bytes));
                            (owed_docs, owed_bytes) = (0, 0);
                        }
                        match out_rx.recv() {
                            Ok(m) => m,
                            Err(_) => break,
                        }
                    }
                };
                for (seq, d, ahead) in results {
                    early.insert(seq, (d, ahead));
                }
                while let Some((d, ahead)) = early.remove(&next) {
                    match &d {
                        Done::Fresh(o) => {
                            stats.bytes += o.record.source.bytes;
                            stats.by_status[o.record.status as usize] += 1;
                        }
                        Done::Written(w) => {
                            stats.bytes += w.bytes;
                            stats.by_status[w.status as usize] += 1;
                        }
                        Done::Skipped { .. } => stats.skipped += 1,
                    }
                    if let Some(b) = &bar {
                        b.inc(1);
                    }
                    consume(d)?;
                    owed_docs += 1;
                    owed_bytes += ahead;
                    if owed_docs >= batch {
                        let _ = credit_tx.send((owed_docs, owed_bytes));
                        (owed_docs, owed_bytes) = (0, 0);
                    }
                    next += 1;
                }
            }
            Ok(())
        })();
        // On an error, stop the reader (no more credits) and the workers
        // (their sends fail once the results' receiver is gone).
        drop(credit_tx);
        drop(out_rx);
        result
    });
    stats.left_out = reader.join().unwrap_or_default();
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

/// The progress bar on stderr: with its length when the number of
/// documents is known, else counting until the walk ends and gives it.
fn progress_bar(total: Option<usize>) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        total.map(|n| n as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    bar.set_style(bar_style(total.is_some()));
    bar
}

/// A bar with its length (and ETA), or a count of documents so far.
fn bar_style(known: bool) -> indicatif::ProgressStyle {
    let template = if known {
        "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} docs ({per_sec}, ETA {eta})"
    } else {
        "{spinner} [{elapsed_precise}] {pos} docs ({per_sec}; folders still being walked)"
    };
    indicatif::ProgressStyle::with_template(template)
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One slow document among quick ones, with a window of four in
    /// flight: the other worker does the quick ones and waits for more
    /// holding the queue, while the slow one's result must still reach
    /// the writer (it once waited behind that worker, and the run hung).
    #[test]
    fn a_slow_document_does_not_hang_the_run() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut slow = String::from("2020年政府信息公开工作年度报告\n");
        for i in 0..60_000 {
            slow.push_str(&format!("（一）予以公开 {i} 0 0 0 0 0 {i}\n"));
        }
        std::fs::write(dir.path().join("a.txt"), slow).expect("write");
        for i in 0..40 {
            let quick = format!(
                "{i}年政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n"
            );
            std::fs::write(dir.path().join(format!("b{i:02}.txt")), quick).expect("write");
        }
        let limits = Limits::default();
        let plan = crate::source::Plan::new(&[dir.path().to_path_buf()], &limits);
        let cfg = RunConfig {
            threads: 2,
            chunk_docs: 4,
            keep_records: false,
            ..RunConfig::default()
        };
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut n = 0usize;
            let stats = run(plan, &cfg, &|_| false, |_| {
                n += 1;
                Ok(())
            });
            let _ = tx.send((stats.map(|s| s.docs()).ok(), n));
        });
        let got = rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the run finished (a minute is ample; it hung before)");
        assert_eq!(got, (Some(41), 41));
    }
}
