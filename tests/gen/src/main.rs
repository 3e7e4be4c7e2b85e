//! `nianbao-gen`: writes a corpus of generated reports with known values,
//! for benchmarks and for trying nianbao without real data.
//!
//! ```sh
//! cargo run --release -p nianbao-gen -- -n 1000 --mix bench corpus/
//! ```

use anyhow::{bail, Context, Result};
use clap::Parser;
use nianbao_gen::{write_corpus, Deviation, Enc, Flaw, Layout, Mix};
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
    /// clean (every layout of Layout::ALL and every encoding, no flaws),
    /// bench (realistic shares: mostly HTML pages with site clutter),
    /// flawed (each report with one flaw), flattened (the layouts that
    /// imitate other tools' flattened tables: cell-lines, joined-md,
    /// pdf-gaps, column-major, run-together, narrow-cells).
    #[arg(long, default_value = "bench")]
    mix: String,
    /// Only these layouts, in equal shares (comma-separated names:
    /// html,html-word,html-clutter,text-seed,tsv,csv,pdf-text,markdown,
    /// cell-lines,joined-md,pdf-gaps,column-major,run-together,narrow-cells).
    #[arg(long, value_delimiter = ',')]
    layouts: Vec<String>,
    /// Only UTF-8 (for documents that other tools will convert).
    #[arg(long)]
    utf8: bool,
    /// Share of documents (0-1) with a flaw, drawn from --flaws (or all).
    #[arg(long)]
    flaw_share: Option<f64>,
    /// Only these flaws (comma-separated names: balance,outcome-total,...).
    #[arg(long, value_delimiter = ',')]
    flaws: Vec<String>,
    /// Give every document one or two of these deviations (comma-separated
    /// names: blank-cells,partial-totals,...).
    #[arg(long, value_delimiter = ',')]
    deviations: Vec<String>,
    /// Also write each document's known values beside it, as
    /// `<file>.truth.json`.
    #[arg(long)]
    truth: bool,
    /// Folder to write into.
    dir: PathBuf,
}

fn main() -> Result<()> {
    let a = Args::parse();
    let mut mix = match a.mix.as_str() {
        "clean" => Mix::clean(),
        "bench" => Mix::bench(),
        "flawed" => Mix::flawed(),
        "flattened" => Mix::flattened(),
        other => bail!("--mix {other}: use clean, bench, flawed or flattened"),
    };
    if !a.layouts.is_empty() {
        mix.layouts = a
            .layouts
            .iter()
            .map(|n| match Layout::from_name(n) {
                Some(l) => Ok((l, 1)),
                None => bail!("--layouts {n}: not a layout name"),
            })
            .collect::<Result<_>>()?;
    }
    if a.utf8 {
        mix.encodings = vec![(Enc::Utf8, 1)];
    }
    if !a.flaws.is_empty() {
        mix.flaws = a
            .flaws
            .iter()
            .map(|n| match Flaw::ALL.iter().find(|f| f.name() == n) {
                Some(&f) => Ok((f, 1)),
                None => bail!("--flaws {n}: not a flaw name"),
            })
            .collect::<Result<_>>()?;
        if mix.flaw_share == 0.0 {
            mix.flaw_share = 1.0;
        }
    }
    if !a.deviations.is_empty() {
        mix.deviations = a
            .deviations
            .iter()
            .map(|n| match Deviation::ALL.iter().find(|d| d.name() == n) {
                Some(&d) => Ok(d),
                None => bail!("--deviations {n}: not a deviation name"),
            })
            .collect::<Result<_>>()?;
        mix.deviation_share = 1.0;
    }
    if let Some(share) = a.flaw_share {
        mix.flaw_share = share;
        if mix.flaws.is_empty() {
            mix.flaws = Flaw::ALL.iter().map(|&f| (f, 1)).collect();
        }
    }
    let n = write_corpus(&a.dir, a.seed, a.count, &mix, a.truth)
        .with_context(|| format!("writing {}", a.dir.display()))?;
    eprintln!("wrote {n} documents to {}", a.dir.display());
    Ok(())
}
