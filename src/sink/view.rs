//! A record read back from its JSON line: what the table outputs, the
//! report page and the per-value sources are made from.
//!
//! Every output other than the record JSON lines is converted from those
//! lines (after the corpus pass has patched them), so that each shows the
//! same final issues and status. Numbers are kept as [`Number`]s: a value
//! written out again has the text the JSON line has.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::{Number, Value};

/// A table of a record line: row key → column key → value.
pub type TableView = IndexMap<String, IndexMap<String, Option<Number>>>;

/// `source` of a record line.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SourceView {
    /// `source.path`.
    pub path: String,
    /// `source.sha256`.
    #[serde(default)]
    pub sha256: Option<String>,
    /// `source.bytes`.
    #[serde(default)]
    pub bytes: u64,
    /// `source.media`.
    #[serde(default)]
    pub media: Option<String>,
    /// `source.encoding`.
    #[serde(default)]
    pub encoding: Option<String>,
    /// `source.encoding_from`.
    #[serde(default)]
    pub encoding_from: Option<String>,
}

/// One issue of a record line.
#[derive(Debug, Clone, Deserialize)]
pub struct IssueView {
    /// Stable code.
    pub code: String,
    /// `error` or `warning`.
    pub severity: String,
    /// Key path or place.
    #[serde(rename = "where", default)]
    pub where_: String,
    /// What the template's arithmetic implies.
    #[serde(default)]
    pub expected: Option<Value>,
    /// What the report gives.
    #[serde(default)]
    pub found: Option<Value>,
    /// The sentence for people.
    #[serde(default)]
    pub message: String,
}

/// Where one value came from, as `--provenance` writes it under
/// `"sources"` (see [`crate::sink::line_with_sources`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueSource {
    /// The cell's text as printed, trimmed.
    pub raw: String,
    /// How the value was obtained: `read`, `position`, `identity`, `split`,
    /// `transposed`, `order`, `continued`, `prose`, `ambiguous` (see
    /// [`crate::model::How`]).
    pub how: String,
    /// The place for people: `table 2 row 7 cell 3`, `line 129`.
    pub at: String,
    /// 1-based line in the decoded text (`null` when unknown).
    pub line: Option<u32>,
    /// 1-based table number in an HTML page (`null` in text layouts).
    pub table: Option<u32>,
    /// 1-based row within that table (`null` in text layouts).
    pub row: Option<u32>,
    /// 1-based cell within the row or line (`null` when the place is a
    /// whole line).
    pub cell: Option<u32>,
    /// The identities a reconstruction relied on (`balance`,
    /// `outcome_total`, `row_total`, `review_total`); empty when read.
    pub relied_on: Vec<String>,
}

/// A record line, read back.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RecordView {
    /// `nianbao/1`.
    #[serde(default)]
    pub schema: String,
    /// Where the document came from.
    #[serde(default)]
    pub source: SourceView,
    /// The report's title.
    #[serde(default)]
    pub title: Option<String>,
    /// The reporting office.
    #[serde(default)]
    pub office: Option<String>,
    /// The report year.
    #[serde(default)]
    pub year: Option<i64>,
    /// `2019`, `2021`, `legacy` or `null`.
    #[serde(default)]
    pub template: Option<String>,
    /// `ok`, `warnings`, `malformed`, `unreadable`.
    #[serde(default)]
    pub status: String,
    /// Section 二.
    #[serde(default)]
    pub active: Option<TableView>,
    /// Section 三.
    #[serde(default)]
    pub requests: Option<TableView>,
    /// Section 四.
    #[serde(default)]
    pub review_litigation: Option<TableView>,
    /// Figures of the prose.
    #[serde(default)]
    pub narrative: Option<IndexMap<String, Number>>,
    /// Per-value sources (lines written with them only).
    #[serde(default)]
    pub sources: Option<IndexMap<String, ValueSource>>,
    /// Findings.
    #[serde(default)]
    pub issues: Vec<IssueView>,
}

impl RecordView {
    /// Reads one record line (with or without its newline).
    pub fn parse(line: &[u8]) -> serde_json::Result<RecordView> {
        serde_json::from_slice(line)
    }

    /// The table under `key` (`active`, `requests`, `review_litigation`).
    pub fn table(&self, key: &str) -> Option<&TableView> {
        match key {
            "active" => self.active.as_ref(),
            "requests" => self.requests.as_ref(),
            "review_litigation" => self.review_litigation.as_ref(),
            _ => None,
        }
    }

    /// The value at `table.row.col`: `None` when absent, `Some(None)` when
    /// blank.
    pub fn value(&self, table: &str, row: &str, col: &str) -> Option<Option<&Number>> {
        self.table(table)?.get(row)?.get(col).map(|v| v.as_ref())
    }

    /// Every value of the three tables, in the line's order: table, row,
    /// column, value.
    pub fn values(&self) -> impl Iterator<Item = (&'static str, &str, &str, Option<&Number>)> {
        TABLES.into_iter().flat_map(move |t| {
            self.table(t).into_iter().flat_map(move |rows| {
                rows.iter().flat_map(move |(r, cols)| {
                    cols.iter()
                        .map(move |(c, v)| (t, r.as_str(), c.as_str(), v.as_ref()))
                })
            })
        })
    }

    /// The number of error-level issues.
    pub fn errors(&self) -> usize {
        self.issues.iter().filter(|i| i.severity == "error").count()
    }

    /// The distinct issue codes, in order of first appearance.
    pub fn codes(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for i in &self.issues {
            if !out.contains(&i.code.as_str()) {
                out.push(&i.code);
            }
        }
        out
    }
}

/// The value tables of a record, in record order.
pub const TABLES: [&str; 3] = ["active", "requests", "review_litigation"];
