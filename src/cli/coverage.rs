//! `nianbao coverage`: which listed offices have no report for a year,
//! and which reports belong to no listed office.

use super::input::{output_file, Prepared};
use super::InputArgs;
use anyhow::{bail, Context, Result};
use clap::Args;
use nianbao::corpus::coverage::{coverage, render_table, OfficeList, ReportKey};
use nianbao::pipeline::{self, Done};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub(crate) struct CoverageArgs {
    /// CSV with a header row: an `office` column, optionally `region`
    /// (matched against each report's path).
    #[arg(long)]
    offices: PathBuf,
    /// The years to cover, e.g. 2019-2024.
    #[arg(long)]
    years: String,
    /// Write the findings here (stdout without it, or with `-o -`).
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
}

fn parse_years(s: &str) -> Result<std::ops::RangeInclusive<i32>> {
    let (a, b) = s.split_once('-').unwrap_or((s, s));
    let a: i32 = a
        .trim()
        .parse()
        .with_context(|| format!("--years {s}: not a year range like 2019-2024"))?;
    let b: i32 = b
        .trim()
        .parse()
        .with_context(|| format!("--years {s}: not a year range like 2019-2024"))?;
    if a > b {
        bail!("--years {s}: the first year is after the last");
    }
    Ok(a..=b)
}

pub(crate) fn run(a: CoverageArgs) -> Result<ExitCode> {
    let years = parse_years(&a.years)?;
    let output = output_file(a.output.as_deref())?;
    let file = std::fs::File::open(&a.offices)
        .with_context(|| format!("cannot open {}", a.offices.display()))?;
    let list =
        OfficeList::from_csv(file).with_context(|| format!("reading {}", a.offices.display()))?;
    let planned = match a.input.prepare()? {
        Prepared::Run(p) => p,
        Prepared::Stop(code) => return Ok(code),
    };
    let exit = planned.exit(ExitCode::SUCCESS);
    let cfg = a.input.run_config();
    let mut keys = Vec::new();
    let stats = pipeline::run(planned.plan, &cfg, &|_| false, |d| {
        if let Done::Fresh(o) = d {
            if o.record.template.is_some() {
                keys.push(ReportKey {
                    path: o.record.source.path.clone(),
                    office: o.record.office.clone(),
                    year: o.record.year,
                });
            }
        }
        Ok(())
    })?;
    let findings = coverage(&list, years.clone(), &keys);
    let write = |w: &mut dyn Write| -> Result<()> {
        for f in &findings {
            serde_json::to_writer(&mut *w, f)?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
        Ok(())
    };
    match &output {
        Some(p) => {
            let mut w = BufWriter::new(
                std::fs::File::create(p)
                    .with_context(|| format!("cannot write {}", p.display()))?,
            );
            write(&mut w)?;
        }
        None => write(&mut BufWriter::new(std::io::stdout().lock()))?,
    }
    eprint!("{}", render_table(&list, years, &findings));
    eprintln!("{}", stats.line());
    Ok(exit)
}
