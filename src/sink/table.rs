//! Table outputs: the record lines as rows and columns, for spreadsheets,
//! statistics packages and data frames.
//!
//! Two layouts ([`Layout`]):
//!
//! - **wide**: one row per document, one column per value, named by its key
//!   path (`requests.new_received.total`). The columns are the union of both
//!   templates' keys in template order ([`wide_columns`], from
//!   `src/template.rs`), so the header is the same whatever the input.
//!   Documents without values still get their row (status, issue count).
//! - **cells**: one row per value (tidy, long): the document, the value's
//!   section/row/column keys, the value, its cell as printed and its place
//!   ([`cells_columns`]). A document with no values gets one row with the
//!   key columns empty, so every input is listed.
//!
//! Three formats ([`Format`]): JSON lines (the records themselves, or one
//! object per cells row), CSV (UTF-8 with a BOM so that Excel reads the
//! Chinese, RFC 4180 line ends) and, with the `parquet` feature, Parquet
//! (typed columns: see [`Kind`]).
//!
//! Every table output is converted from the record lines by a
//! [`Converter`], an [`io::Write`] that takes record lines and writes rows:
//! the run keeps spooling JSON lines (which the corpus pass patches in
//! place, see [`super::patch`]) and the lines are converted as they are
//! copied out, so the rows show the final issues and status and memory
//! stays flat (one line, and for Parquet one row group, at a time).

use super::columns::{col, Column, Field, Kind};
use super::view::RecordView;
use crate::template::{self, ACTIVE_2019, ACTIVE_2021, REQUEST_COLS, REQUEST_ROWS};
use crate::template::{REVIEW_COLS, REVIEW_GROUPS};
use crate::validate::narrative::{LAWSUITS, NEW_REQUESTS, REVIEWS};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::collections::HashMap;
use std::io::{self, Write};

/// The file format of an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// JSON lines.
    #[default]
    Jsonl,
    /// Comma-separated values, UTF-8 with a BOM.
    Csv,
    /// Apache Parquet (the `parquet` feature).
    Parquet,
}

/// The shape of a table output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// One row per document, one column per value.
    #[default]
    Wide,
    /// One row per value.
    Cells,
}

/// What an output is: format, layout, and whether the record lines carry
/// every value's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spec {
    /// The file format.
    pub format: Format,
    /// The layout.
    pub layout: Layout,
    /// Add `"sources"` to each record line (JSON lines, wide layout).
    pub provenance: bool,
}

impl Spec {
    /// Whether the record lines are converted (anything but plain record
    /// JSON lines).
    pub fn converts(&self) -> bool {
        !(self.format == Format::Jsonl && self.layout == Layout::Wide)
    }

    /// Whether the record lines must carry `"sources"`: asked for, or
    /// needed by the cells layout.
    pub fn needs_sources(&self) -> bool {
        self.provenance || self.layout == Layout::Cells
    }

    /// Why this combination cannot be written, if it cannot.
    pub fn problem(&self) -> Option<&'static str> {
        if self.format == Format::Parquet && !cfg!(feature = "parquet") {
            return Some(
                "--format parquet: this nianbao was built without Parquet support (build it with `--features parquet`)",
            );
        }
        if self.provenance && self.layout == Layout::Wide && self.format != Format::Jsonl {
            return Some(
                "--provenance adds each value's source to the JSON lines; in a table use --layout cells, whose rows carry each value's raw text and place",
            );
        }
        None
    }
}

/// The columns of a document before its values (wide layout).
const WIDE_META: [(&str, Kind); 13] = [
    ("source.path", Kind::Text),
    ("source.sha256", Kind::Text),
    ("source.bytes", Kind::UInt),
    ("source.media", Kind::Text),
    ("source.encoding", Kind::Text),
    ("source.encoding_from", Kind::Text),
    ("title", Kind::Text),
    ("office", Kind::Text),
    ("year", Kind::Int),
    ("template", Kind::Text),
    ("status", Kind::Text),
    ("issues", Kind::UInt),
    ("issue_codes", Kind::List),
];

/// The figures of the prose, in the order the wide layout has them.
pub const NARRATIVE_KEYS: [&str; 3] = [NEW_REQUESTS, REVIEWS, LAWSUITS];

/// Every value key of both templates, in template order: section 二 (the
/// rows of both formats merged, each row's 2019 columns then its 2021
/// ones), section 三 (rows × applicant columns), section 四 (groups ×
/// result columns). Each as (table, row, column).
pub fn value_keys() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut active: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for row in ACTIVE_2019.iter().chain(ACTIVE_2021.iter()) {
        let i = match active.iter().position(|(k, _)| *k == row.key) {
            Some(i) => i,
            None => {
                active.push((row.key, Vec::new()));
                active.len() - 1
            }
        };
        for c in row.cols {
            if !active[i].1.contains(&c.key) {
                active[i].1.push(c.key);
            }
        }
    }
    let mut out = Vec::new();
    for (row, cols) in &active {
        out.extend(cols.iter().map(|c| ("active", *row, *c)));
    }
    for r in &REQUEST_ROWS {
        out.extend(REQUEST_COLS.iter().map(|c| ("requests", r.key, c.key)));
    }
    for g in &REVIEW_GROUPS {
        out.extend(
            REVIEW_COLS
                .iter()
                .map(|c| ("review_litigation", g.key, c.key)),
        );
    }
    out
}

/// The columns of the wide layout: the document's columns, then one per
/// value key ([`value_keys`]), then the prose figures (`narrative.*`).
pub fn wide_columns() -> Vec<Column> {
    let mut cols: Vec<Column> = WIDE_META.iter().map(|(n, k)| col(*n, *k)).collect();
    for (t, r, c) in value_keys() {
        let kind = if t == "active" && template::is_money(r, c) {
            Kind::Money
        } else {
            Kind::Count
        };
        cols.push(col(format!("{t}.{r}.{c}"), kind));
    }
    for k in NARRATIVE_KEYS {
        cols.push(col(format!("narrative.{k}"), Kind::Count));
    }
    cols
}

/// The columns of the cells layout.
pub fn cells_columns() -> Vec<Column> {
    [
        ("path", Kind::Text),
        ("office", Kind::Text),
        ("year", Kind::Int),
        ("template", Kind::Text),
        ("status", Kind::Text),
        ("section", Kind::Text),
        ("row", Kind::Text),
        ("col", Kind::Text),
        ("key", Kind::Text),
        ("value", Kind::Number),
        ("raw", Kind::Text),
        ("how", Kind::Text),
        ("at", Kind::Text),
        ("at_line", Kind::UInt),
        ("at_table", Kind::UInt),
        ("at_row", Kind::UInt),
        ("at_cell", Kind::UInt),
        ("relied_on", Kind::List),
        ("issues", Kind::List),
    ]
    .iter()
    .map(|(n, k)| col(*n, *k))
    .collect()
}

/// Turns record lines into rows of one layout.
#[derive(Debug, Clone)]
pub struct Rows {
    layout: Layout,
    columns: Vec<Column>,
    keys: Vec<(&'static str, &'static str, &'static str)>,
}

impl Rows {
    /// The rows of `layout`.
    pub fn new(layout: Layout) -> Rows {
        let columns = match layout {
            Layout::Wide => wide_columns(),
            Layout::Cells => cells_columns(),
        };
        Rows {
            layout,
            columns,
            keys: value_keys(),
        }
    }

    /// The header.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// Calls `emit` on each row of `rec`.
    pub fn each<E>(
        &self,
        rec: &RecordView,
        emit: &mut impl FnMut(&[Field<'_>]) -> Result<(), E>,
    ) -> Result<(), E> {
        match self.layout {
            Layout::Wide => emit(&self.wide(rec)),
            Layout::Cells => self.cells(rec, emit),
        }
    }

    fn wide<'a>(&self, rec: &'a RecordView) -> Vec<Field<'a>> {
        let mut row = Vec::with_capacity(self.columns.len());
        row.extend([
            Field::Text(&rec.source.path),
            Field::opt_text(&rec.source.sha256),
            Field::Int(i64::try_from(rec.source.bytes).unwrap_or(i64::MAX)),
            Field::opt_text(&rec.source.media),
            Field::opt_text(&rec.source.encoding),
            Field::opt_text(&rec.source.encoding_from),
            Field::opt_text(&rec.title),
            Field::opt_text(&rec.office),
            Field::opt_int(rec.year),
            Field::opt_text(&rec.template),
            Field::Text(&rec.status),
            Field::Int(i64::try_from(rec.issues.len()).unwrap_or(i64::MAX)),
            Field::List(rec.codes()),
        ]);
        for &(t, r, c) in &self.keys {
            row.push(match rec.value(t, r, c) {
                Some(Some(n)) => Field::Num(n),
                _ => Field::Null,
            });
        }
        for k in NARRATIVE_KEYS {
            row.push(
                rec.narrative
                    .as_ref()
                    .and_then(|n| n.get(k))
                    .map_or(Field::Null, Field::Num),
            );
        }
        row
    }

    fn cells<E>(
        &self,
        rec: &RecordView,
        emit: &mut impl FnMut(&[Field<'_>]) -> Result<(), E>,
    ) -> Result<(), E> {
        // The codes of the issues about each key path.
        let mut flagged: HashMap<&str, Vec<&str>> = HashMap::new();
        for i in &rec.issues {
            let codes = flagged.entry(i.where_.as_str()).or_default();
            if !codes.contains(&i.code.as_str()) {
                codes.push(&i.code);
            }
        }
        let doc = [
            Field::Text(&rec.source.path),
            Field::opt_text(&rec.office),
            Field::opt_int(rec.year),
            Field::opt_text(&rec.template),
            Field::Text(&rec.status),
        ];
        let values: Vec<_> = rec
            .values()
            .map(|(t, r, c, v)| (t, r, c, v, format!("{t}.{r}.{c}")))
            .collect();
        let narr: Vec<_> = NARRATIVE_KEYS
            .iter()
            .filter_map(|k| {
                let v = rec.narrative.as_ref()?.get(*k)?;
                Some((*k, v, format!("narrative.{k}")))
            })
            .collect();
        let no_source = || std::iter::repeat_n(Field::Null, 7).chain([Field::List(vec![])]);
        let about = |key: &str| Field::List(flagged.get(key).cloned().unwrap_or_default());
        let mut row: Vec<Field<'_>> = Vec::with_capacity(self.columns.len());
        for (t, r, c, v, key) in &values {
            row.clear();
            row.extend(doc.iter().cloned());
            row.extend([
                Field::Text(t),
                Field::Text(r),
                Field::Text(c),
                Field::Text(key),
                v.map_or(Field::Null, Field::Num),
            ]);
            match rec.sources.as_ref().and_then(|s| s.get(key)) {
                Some(s) => row.extend([
                    Field::Text(&s.raw),
                    Field::Text(&s.how),
                    Field::Text(&s.at),
                    Field::opt_int(s.line),
                    Field::opt_int(s.table),
                    Field::opt_int(s.row),
                    Field::opt_int(s.cell),
                    Field::List(s.relied_on.iter().map(String::as_str).collect()),
                ]),
                None => row.extend(no_source()),
            }
            row.push(about(key));
            emit(&row)?;
        }
        for (k, v, key) in &narr {
            row.clear();
            row.extend(doc.iter().cloned());
            row.extend([
                Field::Text("narrative"),
                Field::Text(k),
                Field::Null,
                Field::Text(key),
                Field::Num(v),
            ]);
            row.extend(no_source());
            row.push(about(key));
            emit(&row)?;
        }
        if values.is_empty() && narr.is_empty() {
            row.clear();
            row.extend(doc.iter().cloned());
            row.extend(std::iter::repeat_n(Field::Null, 12).chain([Field::List(vec![])]));
            row.push(Field::List(rec.codes()));
            emit(&row)?;
        }
        Ok(())
    }
}

/// A row as a JSON object keyed by the column names.
struct JsonRow<'a> {
    columns: &'a [Column],
    fields: &'a [Field<'a>],
}

impl Serialize for JsonRow<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.columns.len()))?;
        for (c, f) in self.columns.iter().zip(self.fields) {
            m.serialize_entry(&c.name, f)?;
        }
        m.end()
    }
}

/// Where converted rows go.
enum Sink<W: Write + Send> {
    Jsonl(W),
    Csv(Box<csv::Writer<W>>, Vec<u8>),
    #[cfg(feature = "parquet")]
    Parquet(Box<super::parquet::ParquetRows<W>>),
}

/// Takes record lines (as an [`io::Write`]: whole lines or pieces of
/// them) and writes them out in a [`Spec`]'s format and layout. Call
/// [`Converter::finish`] at the end (it writes what a format keeps for its
/// end, such as Parquet's footer).
pub struct Converter<W: Write + Send> {
    rows: Rows,
    sink: Sink<W>,
    pending: Vec<u8>,
    line_no: usize,
}

impl<W: Write + Send> Converter<W> {
    /// A converter writing `spec`'s output to `out`; writes the header (and
    /// a CSV's BOM) at once.
    pub fn new(spec: Spec, mut out: W) -> io::Result<Converter<W>> {
        if let Some(p) = spec.problem() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, p));
        }
        let rows = Rows::new(spec.layout);
        let sink = match spec.format {
            Format::Jsonl => Sink::Jsonl(out),
            Format::Csv => {
                out.write_all("\u{feff}".as_bytes())?;
                let mut w = csv::WriterBuilder::new()
                    .terminator(csv::Terminator::CRLF)
                    .from_writer(out);
                w.write_record(rows.columns().iter().map(|c| c.name.as_str()))?;
                Sink::Csv(Box::new(w), Vec::new())
            }
            #[cfg(feature = "parquet")]
            Format::Parquet => Sink::Parquet(Box::new(super::parquet::ParquetRows::new(
                rows.columns(),
                out,
            )?)),
            #[cfg(not(feature = "parquet"))]
            Format::Parquet => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "built without Parquet support",
                ))
            }
        };
        Ok(Converter {
            rows,
            sink,
            pending: Vec::new(),
            line_no: 0,
        })
    }

    /// Converts one whole record line.
    pub fn record_line(&mut self, line: &[u8]) -> io::Result<()> {
        self.line_no += 1;
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        let rec = RecordView::parse(body).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("record line {}: {e}", self.line_no),
            )
        })?;
        let Converter { rows, sink, .. } = self;
        let columns = rows.columns();
        rows.each(&rec, &mut |fields: &[Field<'_>]| -> io::Result<()> {
            match sink {
                Sink::Jsonl(w) => {
                    serde_json::to_writer(&mut *w, &JsonRow { columns, fields })?;
                    w.write_all(b"\n")
                }
                Sink::Csv(w, buf) => {
                    for f in fields {
                        f.write_text(buf);
                        w.write_field(&*buf)?;
                    }
                    w.write_record(None::<&[u8]>)?;
                    Ok(())
                }
                #[cfg(feature = "parquet")]
                Sink::Parquet(p) => p.push(fields),
            }
        })
    }

    /// Writes what is pending and the format's end; returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        if !self.pending.is_empty() {
            let last = std::mem::take(&mut self.pending);
            self.record_line(&last)?;
        }
        match self.sink {
            Sink::Jsonl(mut w) => {
                w.flush()?;
                Ok(w)
            }
            Sink::Csv(w, _) => w.into_inner().map_err(|e| e.into_error()),
            #[cfg(feature = "parquet")]
            Sink::Parquet(p) => p.finish(),
        }
    }
}

impl<W: Write + Send> Write for Converter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut pending = std::mem::take(&mut self.pending);
        let done = split_lines(&mut pending, buf, |line| self.record_line(line));
        self.pending = pending;
        done.map(|()| buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.sink {
            Sink::Jsonl(w) => w.flush(),
            Sink::Csv(w, _) => w.flush(),
            #[cfg(feature = "parquet")]
            Sink::Parquet(_) => Ok(()),
        }
    }
}

/// Hands each whole line of `pending` + `buf` (with its newline) to
/// `line`, keeping an unfinished last line in `pending`: the line splitting
/// of the writers that take record lines.
pub fn split_lines(
    pending: &mut Vec<u8>,
    buf: &[u8],
    mut line: impl FnMut(&[u8]) -> io::Result<()>,
) -> io::Result<()> {
    let mut rest = buf;
    while let Some(nl) = memchr::memchr(b'\n', rest) {
        let (whole, tail) = rest.split_at(nl + 1);
        if pending.is_empty() {
            line(whole)?;
        } else {
            pending.extend_from_slice(whole);
            line(pending)?;
            pending.clear();
        }
        rest = tail;
    }
    pending.extend_from_slice(rest);
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn wide_columns_are_both_templates_in_template_order() {
        let cols = wide_columns();
        let names: Vec<&str> = cols.iter().map(|c| c.name.as_str()).collect();
        let at = |n: &str| names.iter().position(|c| *c == n).unwrap();
        // 2019 columns of a row come before its 2021 ones, rows stay in
        // template order, every section after the one before.
        assert!(at("active.regulations.made") < at("active.regulations.issued"));
        assert!(at("active.regulations.in_force") < at("active.normative_docs.made"));
        assert!(at("active.procurement.amount_yuan") < at("requests.new_received.natural_person"));
        assert!(at("requests.other.total") < at("requests.other_no_correction.natural_person"));
        assert!(at("requests.carried_forward.total") < at("review_litigation.review.upheld"));
        assert_eq!(names.last(), Some(&"narrative.lawsuits"));
        // 29 section-二 keys (22 + 10, 3 shared), 26 × 7, 3 × 5, 3 prose.
        assert_eq!(cols.len(), 13 + 29 + 182 + 15 + 3);
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "no column twice");
        assert_eq!(cols[at("active.fees.amount_yuan")].kind, Kind::Money);
        assert_eq!(cols[at("active.fees.change")].kind, Kind::Count);
    }

    #[test]
    fn lines_cut_anywhere_convert_the_same() {
        let lines = concat!(
            r#"{"source":{"path":"a/东山街道/2020.txt"},"office":"东山街道","year":2020,"template":"2019","status":"warnings","requests":{"granted":{"natural_person":3,"total":null}},"narrative":{"reviews":2},"issues":[{"code":"value.unparsed","severity":"warning","where":"requests.granted.total","message":"m"}]}"#,
            "\n",
            r#"{"source":{"path":"b.txt"},"status":"unreadable","issues":[{"code":"input.unreadable","severity":"error","where":"document","message":"empty"}]}"#,
            "\n"
        )
        .as_bytes();
        let spec = Spec {
            format: Format::Jsonl,
            layout: Layout::Cells,
            provenance: false,
        };
        let whole = {
            let mut c = Converter::new(spec, Vec::new()).unwrap();
            c.write_all(lines).unwrap();
            c.finish().unwrap()
        };
        for step in [1, 7, 100] {
            let mut c = Converter::new(spec, Vec::new()).unwrap();
            for piece in lines.chunks(step) {
                c.write_all(piece).unwrap();
            }
            assert_eq!(c.finish().unwrap(), whole, "pieces of {step} bytes");
        }
        let rows: Vec<serde_json::Value> = whole
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect();
        assert_eq!(
            rows.len(),
            4,
            "two values, one prose figure, one empty document"
        );
        assert_eq!(rows[0]["key"], "requests.granted.natural_person");
        assert_eq!(rows[0]["value"], 3);
        assert_eq!(rows[1]["value"], serde_json::Value::Null);
        assert_eq!(rows[1]["issues"], serde_json::json!(["value.unparsed"]));
        assert_eq!(rows[2]["key"], "narrative.reviews");
        assert_eq!(rows[3]["path"], "b.txt");
        assert_eq!(rows[3]["key"], serde_json::Value::Null);
        assert_eq!(rows[3]["issues"], serde_json::json!(["input.unreadable"]));
    }

    #[test]
    fn provenance_in_a_wide_table_is_refused_with_a_pointer() {
        let spec = Spec {
            format: Format::Csv,
            layout: Layout::Wide,
            provenance: true,
        };
        assert!(spec.problem().unwrap().contains("--layout cells"));
        assert!(Converter::new(spec, Vec::new()).is_err());
    }
}
