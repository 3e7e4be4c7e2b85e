//! Command line: flags → validated settings → one command. Every command's
//! settings are built here once and shared by reference with the stages.

mod check;
mod coverage;
mod ingest;
mod input;
mod output;
mod report;
mod schema;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use nianbao::config::Limits;
use nianbao::pipeline::{Options, RunConfig};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// Turns government information-disclosure annual reports
/// (政府信息公开工作年度报告) into checked JSON lines.
#[derive(Parser, Debug)]
#[command(name = "nianbao", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Convert reports (files, folders, archives; `-` reads paths from
    /// stdin) into one JSON line each.
    Ingest(IngestArgs),
    /// Print a readable summary of the reports' findings; exit 1 when any
    /// error-level issue was found.
    Check(check::CheckArgs),
    /// List the offices × years with no report, and the reports of offices
    /// not on the list.
    Coverage(coverage::CoverageArgs),
    /// Write one self-contained HTML page about a corpus: coverage, issues,
    /// requests over the years, the malformed reports.
    Report(report::ReportArgs),
    /// Print the JSON Schema of the output lines.
    Schema(schema::SchemaArgs),
}

/// The help heading of the work limits, listed after the everyday options.
const LIMITS: &str = "Limits";

/// What every command that reads reports shares.
#[derive(Args, Debug, Clone)]
pub(crate) struct InputArgs {
    /// Files, folders (walked recursively), archives (.zip, .tar, .tar.gz,
    /// .warc, .warc.gz); `-` reads a list of paths from stdin.
    #[arg(
        required_unless_present = "stdin_document",
        value_parser = clap::value_parser!(PathBuf)
    )]
    pub(crate) paths: Vec<PathBuf>,
    /// Worker threads (default: all cores); the output is the same at any
    /// count.
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    /// Process only shard K of N (e.g. 3/16), chosen by a stable hash of
    /// each path, to split one job across machines.
    #[arg(long, value_name = "K/N")]
    shard: Option<String>,
    /// No progress bar (the one-line summary is always printed to stderr).
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,
    /// Read every file of a folder, README, LICENSE, images, hidden files
    /// and JSON data included (left out by default).
    #[arg(long)]
    all_files: bool,
    /// Standard input is one report's text, not a list of paths (`-`
    /// stands for it; its record's path is `<stdin>`).
    #[arg(long)]
    stdin_document: bool,
    /// Largest document read, in MB.
    #[arg(long, default_value_t = 64, help_heading = LIMITS, value_name = "MB")]
    max_doc_mb: u64,
    /// Largest number of table cells in one document.
    #[arg(long, default_value_t = 20_000, help_heading = LIMITS, value_name = "N")]
    max_cells: usize,
    /// Largest rowspan/colspan honoured.
    #[arg(long, default_value_t = 1_000, help_heading = LIMITS, value_name = "N")]
    max_span: usize,
    /// Deepest nesting of HTML tables followed (at most 64).
    #[arg(long, default_value_t = 64, help_heading = LIMITS, value_name = "N")]
    max_depth: usize,
    /// Largest archive member, in MB (uncompressed).
    #[arg(long, default_value_t = 64, help_heading = LIMITS, value_name = "MB")]
    max_member_mb: u64,
    /// Largest uncompressed/compressed ratio of an archive member.
    #[arg(long, default_value_t = 1_000, help_heading = LIMITS, value_name = "N")]
    max_ratio: u64,
    /// Longest text line looked at, in KB; longer lines are cut.
    #[arg(long, default_value_t = 64, help_heading = LIMITS, value_name = "KB")]
    max_line_kb: usize,
    /// Largest number of tables parsed in one document.
    #[arg(long, default_value_t = 500, help_heading = LIMITS, value_name = "N")]
    max_tables: usize,
    /// Largest number of prose lines and table rows kept per document.
    #[arg(long, default_value_t = 50_000, help_heading = LIMITS, value_name = "N")]
    max_lines: usize,
}

#[derive(Args, Debug)]
pub(crate) struct IngestArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Write to FILE (atomically: FILE.partial, renamed at the end; a
    /// device or pipe such as /dev/null is written as it is) instead of
    /// stdout (`-o -`: stdout).
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Keep the records an earlier run (finished or interrupted) already
    /// wrote to FILE, matched by sha256, instead of redoing them.
    #[arg(long, requires = "output")]
    resume: bool,
    /// Skip the checks that need the whole corpus (copied reports,
    /// carry-over between years), streaming records out as they are done.
    /// Always off when paths come from stdin (`-`).
    #[arg(long)]
    no_corpus_checks: bool,
    #[command(flatten)]
    out: output::OutputArgs,
}

impl InputArgs {
    /// The limits the flags set.
    fn limits(&self) -> Limits {
        Limits {
            max_doc_bytes: self.max_doc_mb.saturating_mul(1 << 20),
            max_grid_cells: self.max_cells,
            max_span: self.max_span,
            max_depth: self.max_depth,
            max_member_bytes: self.max_member_mb.saturating_mul(1 << 20),
            max_ratio: self.max_ratio,
            max_line_bytes: self.max_line_kb.saturating_mul(1 << 10),
            max_tables: self.max_tables,
            max_lines: self.max_lines,
        }
    }

    /// The run settings.
    pub(crate) fn run_config(&self) -> RunConfig {
        RunConfig {
            opts: Options {
                limits: self.limits(),
                skip_fingerprint: false,
                ..Options::default()
            },
            threads: self.threads.unwrap_or(0),
            progress: !self.quiet && std::io::stderr().is_terminal(),
            ..RunConfig::default()
        }
    }
}

fn parse_shard(s: &str) -> Result<(u32, u32)> {
    let (k, n) = s.split_once('/').context("--shard takes K/N, e.g. 3/16")?;
    let k: u32 = k.trim().parse().context("--shard: K is not a number")?;
    let n: u32 = n.trim().parse().context("--shard: N is not a number")?;
    if n == 0 || k == 0 || k > n {
        bail!("--shard {s}: K must be between 1 and N");
    }
    Ok((k, n))
}

/// Parses the command line and runs the command.
pub(crate) fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Ingest(a) => ingest::run(a),
        Command::Check(a) => check::run(a),
        Command::Coverage(a) => coverage::run(a),
        Command::Report(a) => report::run(a),
        Command::Schema(a) => schema::run(a),
    }
}
