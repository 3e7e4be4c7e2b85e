//! `nianbao report`: one self-contained HTML page about a corpus, from
//! reports (processed here, with the corpus checks) and/or the record
//! lines of an earlier `ingest` (`.jsonl` files named on the command line).

use super::input::Prepared;
use super::InputArgs;
use anyhow::{bail, Context, Result};
use clap::Args;
use nianbao::corpus::CorpusIndex;
use nianbao::pipeline;
use nianbao::sink::report::Report;
use std::io::{BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args, Debug)]
pub(crate) struct ReportArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Write the page here (atomically: OUT.partial, renamed at the end)
    /// instead of stdout.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// The page's title.
    #[arg(long, default_value = "nianbao: corpus report")]
    title: String,
}

/// Whether `p` names record lines to read rather than documents.
fn is_records(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "jsonl") && p.is_file()
}

pub(crate) fn run(a: ReportArgs) -> Result<ExitCode> {
    let mut report = Report::new();
    let (records, docs): (Vec<PathBuf>, Vec<PathBuf>) =
        a.input.paths.iter().cloned().partition(|p| is_records(p));
    for p in &records {
        let f = std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?;
        let before = report.documents();
        std::io::copy(&mut BufReader::with_capacity(1 << 20, f), &mut report)
            .and_then(|_| report.end_of_file())
            .with_context(|| format!("reading {}", p.display()))?;
        eprintln!(
            "{}: {} record lines",
            p.display(),
            report.documents() - before
        );
    }
    if !docs.is_empty() {
        let mut input = a.input.clone();
        input.paths = docs;
        let mut cfg = input.run_config();
        cfg.keep_records = false;
        let plan = match input.prepare()? {
            Prepared::Run(p) => p.plan,
            Prepared::Stop(code) => return Ok(code),
        };
        // The corpus checks need the whole run: spool, then patch into the
        // report, as `ingest` patches its output.
        let mut spool = tempfile::tempfile().context("cannot create a spool file")?;
        let mut corpus = CorpusIndex::new();
        let mut seq = 0usize;
        let stats = {
            let mut w = BufWriter::with_capacity(1 << 20, &mut spool);
            let stats = pipeline::run(plan, &cfg, &|_| false, |d| {
                if let Some(o) = d.into_written(&cfg.opts) {
                    if let Some(s) = o.sighting {
                        corpus.add_sighting(seq, s);
                    }
                    w.write_all(&o.line)?;
                }
                seq += 1;
                Ok(())
            })?;
            w.flush()?;
            stats
        };
        spool.seek(SeekFrom::Start(0))?;
        let mut extra = corpus.issues();
        nianbao::sink::patch(BufReader::new(spool), &mut extra, &mut report)?;
        report.end_of_file()?;
        eprintln!("{}", stats.line());
    }
    if report.documents() == 0 {
        bail!("no documents and no record lines: nothing to report on");
    }
    let page = report.finish(&a.title)?;
    match &a.output {
        // A device or pipe is written as it is, not replaced.
        Some(path) if super::input::is_special(path) => {
            let mut w = super::input::stream_to(Some(path))?;
            w.write_all(page.as_bytes())?;
            w.flush()?;
        }
        Some(path) => {
            let out = nianbao::sink::AtomicOutput::new(path);
            std::fs::write(out.partial(), page.as_bytes())
                .with_context(|| format!("cannot write {}", out.partial().display()))?;
            std::fs::rename(out.partial(), out.target())
                .with_context(|| format!("finishing {}", path.display()))?;
            eprintln!("wrote {}", path.display());
        }
        None => {
            let mut w = std::io::stdout().lock();
            w.write_all(page.as_bytes())?;
            w.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
