//! `nianbao-gen`: writes a corpus of generated reports with known values,
//! for benchmarks and for trying nianbao without real data.
//!
//! ```sh
//! cargo run --release -p nianbao-gen -- -n 1000 --mix bench corpus/
//! ```

use anyhow::{bail, Context, Result};
use clap::Parser;
use nianbao_gen::{write_corpus, Mix};
use std::path::PathBuf;

/// Writes generated reports (the same seed writes the same bytes).
#[derive(Parser, Debug)]
#[command(name = "nianbao-gen", version)]
struct Args {
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

fn main() -> Result<()> {
    let a = Args::parse();
    let mix = match a.mix.as_str() {
        "clean" => Mix::clean(),
        "bench" => Mix::bench(),
        "flawed" => Mix::flawed(),
        other => bail!("--mix {other}: use clean, bench or flawed"),
    };
    let n = write_corpus(&a.dir, a.seed, a.count, &mix)
        .with_context(|| format!("writing {}", a.dir.display()))?;
    eprintln!("wrote {n} documents to {}", a.dir.display());
    Ok(())
}
