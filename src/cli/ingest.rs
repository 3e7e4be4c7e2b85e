//! `nianbao ingest`: reports → JSON lines, in path order.

use super::input::{is_special, output_file, stream_to, Prepared};
use super::output::Out;
use super::IngestArgs;
use anyhow::{bail, Context, Result};
use nianbao::corpus::{CorpusIndex, CorpusIssues};
use nianbao::model::{Issue, Status};
use nianbao::pipeline::{self, Done, RunStats};
use nianbao::sink::{self, AtomicOutput, LateIssues, ResumeIndex};
use std::io::{BufWriter, Write};
use std::process::ExitCode;

/// The corpus issues as the output is patched, moving each patched
/// record's count to its new status: the summary counts the records as
/// written.
struct Counted<'a> {
    issues: CorpusIssues,
    /// The status of each record before the corpus checks, by line
    /// (`None`: a record kept from a previous run).
    status: &'a [Option<Status>],
    stats: &'a mut RunStats,
}

impl LateIssues for Counted<'_> {
    fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }

    fn lines(&self) -> Vec<usize> {
        self.issues.lines()
    }

    fn take(&mut self, n: usize) -> Vec<Issue> {
        let add = self.issues.take(n);
        if let Some(Some(was)) = self.status.get(n) {
            self.stats.restatus(*was, worse(*was, &add));
        }
        add
    }
}

/// A record's status after issues are added: the worse of its status and
/// theirs ([`Status::of`] takes the worst over the issues).
fn worse(was: Status, add: &[Issue]) -> Status {
    was.max(Status::of(
        add.iter().map(|i| (i.code.as_str(), i.severity)),
    ))
}

pub(crate) fn run(a: IngestArgs) -> Result<ExitCode> {
    let output = output_file(a.output.as_deref())?;
    // A device or pipe is written as it is, like standard output.
    let special = output.clone().filter(|p| is_special(p));
    let output = if special.is_some() { None } else { output };
    if a.resume && output.is_none() {
        bail!("--resume needs -o FILE: the records to keep are read from FILE");
    }
    let spec = a.out.checked(output.is_none())?;
    let planned = match a.input.prepare()? {
        Prepared::Run(p) => p,
        Prepared::Stop(code) => return Ok(code),
    };
    let exit = planned.exit(ExitCode::SUCCESS);
    let plan = planned.plan;
    let mut cfg = a.input.run_config();
    cfg.opts.sources = spec.needs_sources();
    let streaming = a.no_corpus_checks || a.input.reads_stdin();
    cfg.opts.skip_fingerprint = streaming;
    cfg.keep_records = false;
    // Folders are walked as the run goes: the number of documents is not
    // known here, and the index grows as they come.
    let mut corpus = CorpusIndex::new();
    let mut status: Vec<Option<Status>> = Vec::new();

    let stats = match &output {
        Some(path) => {
            let out = AtomicOutput::new(path);
            let resume = if a.resume {
                // A converted output is no record file: only its spool
                // (always record lines) can be resumed from.
                let from: &[&std::path::Path] = if spec.converts() {
                    &[out.partial()]
                } else {
                    &[out.target(), out.partial()]
                };
                let sources = spec.needs_sources();
                ResumeIndex::load_where(from, |v| !sources || v.get("sources").is_some())
                    .with_context(|| format!("reading {} to resume", path.display()))?
            } else {
                ResumeIndex::default()
            };
            let mut w = out
                .create_spool()
                .with_context(|| format!("cannot write {}", out.partial().display()))?;
            let skip = |sha: &str| resume.has(sha);
            // Where each line of the spool starts: the corpus pass reads
            // back only the lines it patches.
            let mut starts: Vec<u64> = Vec::new();
            let mut written = 0u64;
            let mut stats = pipeline::run(plan, &cfg, &skip, |d| {
                match d {
                    Done::Skipped { sha256, .. } => {
                        starts.push(written);
                        if let Some(l) = resume.line(&sha256)? {
                            w.write_all(&l)?;
                            written += l.len() as u64;
                        }
                        status.push(None);
                    }
                    d => {
                        if let Some(o) = d.into_written(&cfg.opts) {
                            if let Some(s) = o.sighting {
                                corpus.add_sighting(status.len(), s);
                            }
                            starts.push(written);
                            status.push(Some(o.status));
                            w.write_all(&o.line)?;
                            written += o.line.len() as u64;
                        }
                    }
                }
                Ok(())
            })
            .with_context(|| format!("writing {}", out.partial().display()))?;
            w.flush()?;
            drop(w);
            let mut extra = Counted {
                issues: corpus.issues(),
                status: &status,
                stats: &mut stats,
            };
            out.commit_as(&mut extra, spec, &starts)
                .with_context(|| format!("finishing {}", path.display()))?;
            resume.cleanup();
            stats
        }
        None if streaming => {
            let dest = BufWriter::with_capacity(1 << 16, stream_to(special.as_deref())?);
            let mut w = Out::new(spec, dest)?;
            let stats = pipeline::run(plan, &cfg, &|_| false, |d| {
                if let Some(o) = d.into_written(&cfg.opts) {
                    w.write_all(&o.line)?;
                }
                Ok(())
            })?;
            w.finish()?;
            stats
        }
        None => {
            // Corpus checks need the whole run: spool, then patch to stdout.
            let mut spool = tempfile::tempfile().context("cannot create a spool file")?;
            let mut stats = {
                let mut w = BufWriter::with_capacity(1 << 20, &mut spool);
                let stats = pipeline::run(plan, &cfg, &|_| false, |d| {
                    if let Some(o) = d.into_written(&cfg.opts) {
                        if let Some(s) = o.sighting {
                            corpus.add_sighting(status.len(), s);
                        }
                        status.push(Some(o.status));
                        w.write_all(&o.line)?;
                    }
                    Ok(())
                })?;
                w.flush()?;
                stats
            };
            use std::io::{Seek, SeekFrom};
            spool.seek(SeekFrom::Start(0))?;
            let mut extra = Counted {
                issues: corpus.issues(),
                status: &status,
                stats: &mut stats,
            };
            let dest = BufWriter::with_capacity(1 << 16, stream_to(special.as_deref())?);
            let mut w = Out::new(spec, dest)?;
            sink::patch(std::io::BufReader::new(spool), &mut extra, &mut w)?;
            w.finish()?;
            stats
        }
    };
    eprintln!("{}", stats.line());
    Ok(exit)
}
