//! `nianbao schema`: the JSON Schema of the output lines.

use super::output::LayoutArg;
use anyhow::Result;
use clap::Args;
use std::io::Write;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub(crate) struct SchemaArgs {
    /// The lines to describe: records (`wide`, the default) or the lines of
    /// `ingest --layout cells`.
    #[arg(long, value_enum, default_value_t = LayoutArg::Wide)]
    layout: LayoutArg,
}

pub(crate) fn run(a: SchemaArgs) -> Result<ExitCode> {
    let schema = match a.layout {
        LayoutArg::Wide => nianbao::sink::schema::record(),
        LayoutArg::Cells => nianbao::sink::schema::cells(),
    };
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
