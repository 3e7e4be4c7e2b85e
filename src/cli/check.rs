//! `nianbao check`: the findings of a set of reports, for people.

use super::input::Prepared;
use super::InputArgs;
use anyhow::Result;
use clap::Args;
use nianbao::corpus::summary::{Summary, FINDINGS_SHOWN};
use nianbao::corpus::CorpusIndex;
use nianbao::pipeline::{self, Done};
use std::process::ExitCode;

#[derive(Args, Debug)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Findings shown for each listed report: a number, or `all`.
    #[arg(long, value_name = "N|all", default_value_t = Findings(Some(FINDINGS_SHOWN)), value_parser = parse_findings)]
    findings: Findings,
}

/// How many findings of a report `check` shows (`None`: all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Findings(Option<usize>);

impl std::fmt::Display for Findings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(n) => write!(f, "{n}"),
            None => write!(f, "all"),
        }
    }
}

fn parse_findings(s: &str) -> Result<Findings, String> {
    if s.eq_ignore_ascii_case("all") {
        return Ok(Findings(None));
    }
    s.parse()
        .map(|n| Findings(Some(n)))
        .map_err(|_| format!("{s:?} is not a number or `all`"))
}

pub(crate) fn run(a: CheckArgs) -> Result<ExitCode> {
    let planned = match a.input.prepare()? {
        Prepared::Run(p) => p,
        Prepared::Stop(code) => return Ok(code),
    };
    let cfg = a.input.run_config();
    let mut corpus = CorpusIndex::new();
    let mut records = Vec::new();
    let input_failed = planned.input_failed;
    let mut stats = pipeline::run(planned.plan, &cfg, &|_| false, |d| {
        if let Done::Fresh(o) = d {
            corpus.add(records.len(), &o.record, o.fingerprint);
            records.push(o.record);
        }
        Ok(())
    })?;
    for (seq, issues) in corpus.finish() {
        if let Some(rec) = records.get_mut(seq) {
            let was = rec.status;
            rec.issues.extend(issues);
            rec.settle_status();
            stats.restatus(was, rec.status);
        }
    }
    let mut summary = Summary::with_findings(a.findings.0);
    for rec in &records {
        summary.add(rec);
    }
    print!("{}", summary.render());
    eprintln!("{}", stats.line());
    Ok(if input_failed {
        ExitCode::from(2)
    } else if summary.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
