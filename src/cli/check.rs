//! `nianbao check`: the findings of a set of reports, for people.

use super::InputArgs;
use anyhow::Result;
use clap::Args;
use nianbao::corpus::summary::Summary;
use nianbao::corpus::CorpusIndex;
use nianbao::pipeline::{self, Done};
use std::process::ExitCode;

#[derive(Args, Debug)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
}

pub(crate) fn run(a: CheckArgs) -> Result<ExitCode> {
    let cfg = a.input.run_config();
    let plan = a.input.plan()?;
    let mut corpus = CorpusIndex::new();
    let mut records = Vec::new();
    let stats = pipeline::run(plan, &cfg, &|_| false, |d| {
        if let Done::Fresh(o) = d {
            corpus.add(records.len(), &o.record, o.fingerprint);
            records.push(o.record);
        }
        Ok(())
    })?;
    for (seq, issues) in corpus.finish() {
        if let Some(rec) = records.get_mut(seq) {
            rec.issues.extend(issues);
            rec.settle_status();
        }
    }
    let mut summary = Summary::new();
    for rec in &records {
        summary.add(rec);
    }
    print!("{}", summary.render());
    eprintln!("{}", stats.line());
    Ok(if summary.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
