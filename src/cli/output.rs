//! The output flags of `ingest`: format, layout, per-value sources.

use anyhow::{bail, Result};
use clap::{Args, ValueEnum};
use nianbao::sink::table::{Converter, Format, Layout, Spec};
use std::io::{IsTerminal, Write};

/// The file format (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    /// JSON lines: one record (or, with `--layout cells`, one value) a line.
    Jsonl,
    /// CSV, UTF-8 with a BOM (Excel shows the Chinese), a stable header.
    Csv,
    /// Apache Parquet, typed columns (builds with `--features parquet`).
    Parquet,
}

/// The shape of the output (`--layout`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LayoutArg {
    /// One row per document, one column per value (`requests.granted.total`).
    Wide,
    /// One row per value: the document, section, row, column, value, the
    /// cell as printed and its place.
    Cells,
}

/// How the records are written out.
#[derive(Args, Debug, Clone)]
pub(crate) struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Jsonl)]
    format: FormatArg,
    /// Output layout: one row per document, or one per value.
    #[arg(long, value_enum, default_value_t = LayoutArg::Wide)]
    layout: LayoutArg,
    /// Add each value's source to each JSON line, under "sources": its cell
    /// as printed and its place (table, row, cell; or line).
    #[arg(long)]
    provenance: bool,
}

impl OutputArgs {
    /// The output these flags ask for.
    pub(crate) fn spec(&self) -> Spec {
        Spec {
            format: match self.format {
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Csv => Format::Csv,
                FormatArg::Parquet => Format::Parquet,
            },
            layout: match self.layout {
                LayoutArg::Wide => Layout::Wide,
                LayoutArg::Cells => Layout::Cells,
            },
            provenance: self.provenance,
        }
    }

    /// The output, checked: an error names the flags that do not go
    /// together (or a format this build lacks), or refuses to write
    /// Parquet, a binary format, to a terminal.
    pub(crate) fn checked(&self, to_stdout: bool) -> Result<Spec> {
        let spec = self.spec();
        if let Some(problem) = spec.problem() {
            bail!("{problem}");
        }
        if to_stdout && spec.format == Format::Parquet && std::io::stdout().is_terminal() {
            bail!("--format parquet writes a binary file: give it a name with -o FILE.parquet");
        }
        Ok(spec)
    }
}

/// A writer of record lines: as they are, or converted to the format and
/// layout asked for. Call [`Out::finish`] at the end.
pub(crate) enum Out<W: Write + Send> {
    /// Record JSON lines, copied.
    Plain(W),
    /// Converted.
    Convert(Box<Converter<W>>),
}

impl<W: Write + Send> Out<W> {
    /// Record lines to `w`, in `spec`'s output.
    pub(crate) fn new(spec: Spec, w: W) -> Result<Out<W>> {
        Ok(if spec.converts() {
            Out::Convert(Box::new(Converter::new(spec, w)?))
        } else {
            Out::Plain(w)
        })
    }

    /// Writes what the format keeps for its end and flushes.
    pub(crate) fn finish(self) -> Result<()> {
        let mut w = match self {
            Out::Plain(w) => w,
            Out::Convert(c) => c.finish()?,
        };
        w.flush()?;
        Ok(())
    }
}

impl<W: Write + Send> Write for Out<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Out::Plain(w) => w.write(buf),
            Out::Convert(c) => c.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match self {
            Out::Plain(w) => w.write_all(buf),
            Out::Convert(c) => c.write_all(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Out::Plain(w) => w.flush(),
            Out::Convert(c) => c.flush(),
        }
    }
}
