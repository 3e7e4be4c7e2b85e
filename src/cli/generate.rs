//! `nianbao generate` (hidden): a corpus of generated reports with known
//! values, for benchmarks and for trying nianbao without real data.

use anyhow::{bail, Context, Result};
use clap::Args;
use nianbao::gen::{write_corpus, Mix};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub(crate) struct GenerateArgs {
    /// Number of reports.
    #[arg(long, short = 'n', default_value_t = 1000)]
    count: usize,
    /// Seed: the same seed writes the same bytes.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// clean (every layout and encoding, no flaws), bench (realistic
    /// shares: mostly HTML pages with site clutter), flawed (each report
    /// with one flaw).
    #[arg(long, default_value = "bench")]
    mix: String,
    /// Folder to write into.
    dir: PathBuf,
}

pub(crate) fn run(a: GenerateArgs) -> Result<ExitCode> {
    let mix = match a.mix.as_str() {
        "clean" => Mix::clean(),
        "bench" => Mix::bench(),
        "flawed" => Mix::flawed(),
        other => bail!("--mix {other}: use clean, bench or flawed"),
    };
    let n = write_corpus(&a.dir, a.seed, a.count, &mix)
        .with_context(|| format!("writing {}", a.dir.display()))?;
    eprintln!("wrote {n} documents to {}", a.dir.display());
    Ok(ExitCode::SUCCESS)
}
