//! `nianbao ingest`: reports → JSON lines, in path order.

use super::output::Out;
use super::IngestArgs;
use anyhow::{Context, Result};
use nianbao::corpus::CorpusIndex;
use nianbao::pipeline::{self, Done};
use nianbao::sink::{self, AtomicOutput, ResumeIndex};
use std::io::{BufWriter, Write};
use std::process::ExitCode;

pub(crate) fn run(a: IngestArgs) -> Result<ExitCode> {
    let spec = a.out.checked(a.output.is_none())?;
    let mut cfg = a.input.run_config();
    cfg.opts.sources = spec.needs_sources();
    let streaming = a.no_corpus_checks || a.input.reads_stdin();
    cfg.opts.skip_fingerprint = streaming;
    let plan = a.input.plan()?;
    let mut corpus = CorpusIndex::new();
    let mut seq = 0usize;

    let stats = match &a.output {
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
            let stats = pipeline::run(plan, &cfg, &skip, |d| {
                match d {
                    Done::Fresh(o) => {
                        if !streaming {
                            corpus.add(seq, &o.record, o.fingerprint);
                        }
                        w.write_all(&o.line)?;
                    }
                    Done::Skipped { sha256, .. } => {
                        if let Some(l) = resume.line(&sha256)? {
                            w.write_all(&l)?;
                        }
                    }
                }
                seq += 1;
                Ok(())
            })
            .with_context(|| format!("writing {}", out.partial().display()))?;
            w.flush()?;
            drop(w);
            let mut extra = corpus.issues();
            out.commit_as(&mut extra, spec)
                .with_context(|| format!("finishing {}", path.display()))?;
            resume.cleanup();
            stats
        }
        None if streaming => {
            let stdout = BufWriter::with_capacity(1 << 16, std::io::stdout());
            let mut w = Out::new(spec, stdout)?;
            let stats = pipeline::run(plan, &cfg, &|_| false, |d| {
                if let Done::Fresh(o) = d {
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
            let stats = {
                let mut w = BufWriter::with_capacity(1 << 20, &mut spool);
                let stats = pipeline::run(plan, &cfg, &|_| false, |d| {
                    if let Done::Fresh(o) = d {
                        corpus.add(seq, &o.record, o.fingerprint);
                        w.write_all(&o.line)?;
                    }
                    seq += 1;
                    Ok(())
                })?;
                w.flush()?;
                stats
            };
            use std::io::{Seek, SeekFrom};
            spool.seek(SeekFrom::Start(0))?;
            let mut extra = corpus.issues();
            let stdout = BufWriter::with_capacity(1 << 16, std::io::stdout());
            let mut w = Out::new(spec, stdout)?;
            sink::patch(std::io::BufReader::new(spool), &mut extra, &mut w)?;
            w.finish()?;
            stats
        }
    };
    eprintln!("{}", stats.line());
    Ok(ExitCode::SUCCESS)
}
