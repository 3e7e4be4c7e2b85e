//! The record: what one input document becomes, and the wire shape of
//! `docs/SCHEMA.md` (`nianbao/1`).
//!
//! Every stage after decoding adds to a [`Record`]; the sink serialises it.
//! Values are [`Num`]s (`null` when blank or a dash); a row or table the
//! report does not have is absent, never filled with zeros.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize, Serializer};

/// The schema identifier written into every record.
pub const SCHEMA: &str = "nianbao/1";

/// A number read from a cell. Counts are whole numbers; money may carry
/// decimals. Serialised as a JSON integer when it is whole.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Deserialize)]
#[serde(transparent)]
pub struct Num(pub f64);

impl Num {
    /// Whether the number is whole (a count can be nothing else).
    pub fn is_whole(self) -> bool {
        self.0.fract() == 0.0
    }

    /// The number as messages print it: `4`, `-3`, `2.5`.
    pub fn show(self) -> String {
        if self.is_whole() && self.0.abs() < 9.0e15 {
            format!("{}", self.0 as i64)
        } else {
            format!("{}", self.0)
        }
    }
}

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_whole() && self.0.abs() < 9.0e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64(self.0)
        }
    }
}

/// How far apart two sums or figures may be and still be the same
/// (money is read in yuan with fractions).
pub const EPS: f64 = 1e-6;

/// Whether two sums or figures are the same, within [`EPS`]: the one
/// comparison the identity checks, the prose checks and the prose's
/// choice among readings all use.
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() < EPS
}

/// One cell's value: `None` is a blank, dash or slash (JSON `null`).
pub type Val = Option<Num>;

/// The hasher of the record's maps: their keys are short template keys,
/// hashed on every insert and lookup (foldhash, fixed seed: the maps keep
/// insertion order, so the seed never shows in the output).
pub type KeyHasher = foldhash::fast::FixedState;

/// A row of a table: column key → value, in template column order.
pub type Row = IndexMap<&'static str, Val, KeyHasher>;

/// A table: row key → row, in template row order.
pub type Table = IndexMap<&'static str, Row, KeyHasher>;

/// Where a cell or line came from, for messages and provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Loc {
    /// 1-based line in the decoded text (0 when unknown).
    pub line: u32,
    /// 1-based table number in an HTML page (0 for text layouts).
    pub table: u32,
    /// 1-based row within the table (0 for text layouts).
    pub row: u32,
    /// 1-based cell within the row (0 when the place is a whole line).
    pub cell: u32,
}

impl std::fmt::Display for Loc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.table > 0 {
            write!(f, "table {} row {}", self.table, self.row)?;
            if self.cell > 0 {
                write!(f, " cell {}", self.cell)?;
            }
            if self.line > 0 {
                write!(f, " (line {})", self.line)?;
            }
            Ok(())
        } else {
            write!(f, "line {}", self.line)?;
            if self.cell > 0 {
                write!(f, " cell {}", self.cell)?;
            }
            Ok(())
        }
    }
}

/// How a value was obtained from the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// Read from its own cell, in the column the layout put it in.
    Read,
    /// A row that printed fewer values than the template has columns
    /// (blank cells that left nothing in PDF text): placed in its column by
    /// the value's position on the line.
    Position,
    /// As [`How::Position`], but placed by the template's identities: the
    /// only placement of the printed values that makes them hold.
    Identity,
    /// Part of a run of digits whose cells ran together, split where the
    /// template's identities allow exactly one split.
    Split,
    /// Read from a column-major dump (all labels, then each column's
    /// values), transposed back onto the rows.
    Transposed,
    /// The table's numbers read row after row in reading order, its labels
    /// printed out of place (PDF text in reading order): taken only when
    /// the numbers are exactly as many as the rows' columns.
    Order,
    /// The right-hand columns of a table too wide for its page, printed
    /// after it under their own header, one line a row without labels:
    /// joined to the rows in order, taken only when the lines are exactly
    /// as many as the rows and each holds the columns the rows lack.
    Continued,
    /// A row whose values several readings fit (as [`How::Ambiguous`]),
    /// chosen among them by a figure the prose of 一、总体情况 states for
    /// this same cell (新收…申请69件: 一、本年新收 总计 69), or for the
    /// sum it is part of (行政诉讼5件: the two lawsuit groups' 总计): the
    /// value of the readings that agree with the prose. The identity checks
    /// still treat the row as read several ways, and the prose is not
    /// compared with a value it chose.
    Prose,
    /// Printed in the section's sentences instead of its table (section
    /// 四: 被申请行政复议3件，其中结果维持2件…): the figure the words
    /// before it name for this cell, taken only when the sentences name
    /// every cell of the table once.
    Stated,
    /// Several readings of the row fit the template and they disagree on
    /// this cell: left `null` (a `structure.ambiguous_*` issue names the
    /// readings). No identity is checked on such a cell.
    Ambiguous,
}

/// The identities of docs/FORMAT.md §5 that a reconstruction relied on, as bits
/// ([`Checks::BALANCE`] …): a value placed by an identity cannot then be
/// used to confirm that same identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Checks(pub u8);

impl Checks {
    /// A1: 一 + 二 = （七）总计 + 四, per column.
    pub const BALANCE: Checks = Checks(1);
    /// A2: （七）总计 = the sum of the outcome rows, per column.
    pub const OUTCOME_TOTAL: Checks = Checks(2);
    /// A3: a row's 总计 = its six applicant columns.
    pub const ROW_TOTAL: Checks = Checks(4);
    /// A5: a section-四 总计 = 维持 + 纠正 + 其他 + 尚未审结.
    pub const REVIEW_TOTAL: Checks = Checks(8);
    /// The prose's figure (`narrative`) for this cell chose the value
    /// among the row's readings ([`How::Prose`]).
    pub const NARRATIVE: Checks = Checks(16);
    /// Whether any bit of `other` is set here.
    pub fn has(self, other: Checks) -> bool {
        self.0 & other.0 != 0
    }

    /// Both sets.
    pub fn with(self, other: Checks) -> Checks {
        Checks(self.0 | other.0)
    }
}

/// Where one value of a record came from: its cell as printed, the place,
/// and how it was read. Extraction makes one per value it writes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellSource {
    /// The table key (`requests`).
    pub table: &'static str,
    /// The row key (`granted`).
    pub row: &'static str,
    /// The column key (`natural_person`).
    pub col: &'static str,
    /// The cell's text as printed, trimmed (`""` for a blank cell; the
    /// digits taken for this value when a run of digits was split).
    pub raw: Box<str>,
    /// The place of the cell (or of the run of digits it was split from).
    pub at: Loc,
    /// How the value was obtained.
    pub how: How,
    /// The identities the reconstruction relied on (none when read).
    pub relied_on: Checks,
}

impl CellSource {
    /// The key path of the value (`requests.granted.natural_person`).
    pub fn key(&self) -> String {
        format!("{}.{}.{}", self.table, self.row, self.col)
    }
}

/// A printed row the extractor could read in several ways, the cells they
/// disagree on left `null`: every reading's values, kept so that the
/// checks between rows may find an identity broken under every one of
/// them ([`crate::validate::identity`]). The readings fit the row's own
/// identity (FORMAT.md §5), except for a section-四 row that no reading
/// fits (`fits` false): its readings that fill every cell are kept, so
/// that the checks may report the identity broken under each. Not
/// written out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Readings {
    /// The table key (`requests`).
    pub table: &'static str,
    /// The cells the row covers, `(row key, column key)`, in the order of
    /// each reading's values (section 四's printed row covers its three
    /// groups).
    pub cells: Vec<(&'static str, &'static str)>,
    /// Every reading: a value per cell (`None` for a blank).
    pub alts: Vec<Vec<Option<f64>>>,
    /// Whether every reading fits the row's own identity.
    pub fits: bool,
    /// Whether the readings stand only where the prose's figures bear
    /// them out: section 四 whose cells ran together, that no split fits
    /// but by leaving some group unchecked (its 总计 or all its parts
    /// blank), kept as its splits that fill every cell, none fitting (a
    /// sound row with blank parts splits as a broken one does). Dropped
    /// before the checks unless every reading holds every figure the prose
    /// states for the row, and both are stated.
    pub vouch: bool,
}

/// Steps `choice` (a reading's number for each of several rows, row `k`
/// having `len(k)` readings) on to the next combination, the first row
/// fastest; `false` once every combination has been taken (`choice` is
/// then back at all zeros).
pub fn next_combination(choice: &mut [usize], len: impl Fn(usize) -> usize) -> bool {
    for (k, c) in choice.iter_mut().enumerate() {
        *c += 1;
        if *c < len(k) {
            return true;
        }
        *c = 0;
    }
    false
}

/// Which official template a report follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Template {
    /// 国办公开办函〔2019〕60号: report years 2019–2020.
    #[serde(rename = "2019")]
    F2019,
    /// 国办公开办函〔2021〕30号: report years 2021 on.
    #[serde(rename = "2021")]
    F2021,
    /// A pre-2019 report (free form with a statistics annex).
    #[serde(rename = "legacy")]
    Legacy,
}

/// How trustworthy a record is, derived from its issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// No issues at all.
    Ok,
    /// Only warnings.
    Warnings,
    /// At least one error-level issue.
    Malformed,
    /// Could not be decoded, or is not a report.
    Unreadable,
}

impl Status {
    /// The status a list of issues (code, severity) implies: `unreadable`
    /// for an `input.*` or `internal.*` error, `malformed` for any other
    /// error, `warnings` for warnings only, `ok` for none. The one rule,
    /// for records and for the JSON lines the corpus pass patches.
    pub fn of<'a>(issues: impl IntoIterator<Item = (&'a str, Severity)>) -> Status {
        let mut status = Status::Ok;
        for (code, severity) in issues {
            let this = match severity {
                Severity::Warning => Status::Warnings,
                Severity::Error if code.starts_with("input.") || code.starts_with("internal.") => {
                    Status::Unreadable
                }
                Severity::Error => Status::Malformed,
            };
            status = status.max(this);
        }
        status
    }
}

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; the record is still usable.
    Warning,
    /// The record's numbers cannot be trusted as they stand.
    Error,
}

/// A finding about one document: a stable code, where it is, what was
/// expected and found, and a sentence for people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// Stable code from docs/SCHEMA.md, e.g. `identity.balance`.
    pub code: String,
    /// `error` or `warning`.
    pub severity: Severity,
    /// The key path (`requests.total_handled.natural_person`) or source
    /// place (`line 152`, `table 3 row 5`) the issue concerns.
    #[serde(rename = "where")]
    pub where_: String,
    /// The value the template's arithmetic (or the other source) implies.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub expected: Option<serde_json::Value>,
    /// The value the report actually gives.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub found: Option<serde_json::Value>,
    /// A sentence a person can act on; names rows in Chinese.
    pub message: String,
}

impl Issue {
    /// An issue with no expected/found values.
    pub fn new(
        code: &str,
        severity: Severity,
        where_: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Issue {
            code: code.to_string(),
            severity,
            where_: where_.into(),
            expected: None,
            found: None,
            message: message.into(),
        }
    }

    /// Attaches only the value found (no single value was expected).
    pub fn with_found(mut self, found: impl Into<serde_json::Value>) -> Self {
        self.found = Some(found.into());
        self
    }

    /// Attaches expected and found values.
    pub fn with_values(
        mut self,
        expected: impl Into<serde_json::Value>,
        found: impl Into<serde_json::Value>,
    ) -> Self {
        self.expected = Some(expected.into());
        self.found = Some(found.into());
        self
    }
}

/// Where the encoding of a document was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EncodingFrom {
    /// A byte-order mark.
    Bom,
    /// A `<meta charset>` or XML declaration.
    Declared,
    /// Strict UTF-8 validation or the chardetng detector.
    Detected,
}

/// Whether a document was read as HTML or as plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Media {
    /// An HTML (or XHTML / Word HTML) page.
    Html,
    /// Plain text: flattened Word or PDF exports, TSV, CSV, Markdown.
    Text,
}

/// Where a record came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The path as a user would type it (`archive.zip!/member` for members).
    pub path: String,
    /// Hex SHA-256 of the raw bytes (`null` when the file could not be read).
    pub sha256: Option<String>,
    /// Size of the raw bytes.
    pub bytes: u64,
    /// `html` or `text`; `null` when unreadable.
    pub media: Option<Media>,
    /// The encoding used to decode (`UTF-8`, `GB18030`, `UTF-16LE`, `Big5`…).
    pub encoding: Option<String>,
    /// Which rule chose the encoding.
    pub encoding_from: Option<EncodingFrom>,
}

/// One output line: everything nianbao knows about one input document.
/// (Read records back as `serde_json::Value`; the keys are `&'static str`.)
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Where the document came from and how it was decoded.
    pub source: Source,
    /// The report's title, from its heading.
    pub title: Option<String>,
    /// The reporting office, from the title or the path.
    pub office: Option<String>,
    /// The report year, from the title or the path.
    pub year: Option<i32>,
    /// The template the tables follow.
    pub template: Option<Template>,
    /// Derived from `issues`.
    pub status: Status,
    /// Section 二 (主动公开): row key → column key → value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<Table>,
    /// Section 三 (依申请): row key → applicant column → value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<Table>,
    /// Section 四 (复议/诉讼): group → result column → value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_litigation: Option<Table>,
    /// Figures stated in the prose of 一、总体情况.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub narrative: Option<IndexMap<String, Num>>,
    /// Where each extracted row came from: `"requests.granted"` →
    /// `"line 152"` or `"table 2 row 7"`.
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    pub provenance: IndexMap<String, String, KeyHasher>,
    /// Where each value came from, one entry per value written. The JSON
    /// line shows only the values that were not plainly read, as
    /// `"inferred": {"requests.granted.total": "split", …}`.
    #[serde(
        rename = "inferred",
        serialize_with = "serialize_inferred",
        skip_serializing_if = "all_read"
    )]
    pub cells: Vec<CellSource>,
    /// Findings, in the order the stages made them.
    pub issues: Vec<Issue>,
    /// The rows read in several ways, with every reading ([`Readings`]).
    #[serde(skip)]
    pub readings: Vec<Readings>,
}

fn all_read(cells: &[CellSource]) -> bool {
    cells.iter().all(|c| c.how == How::Read)
}

fn serialize_inferred<S: Serializer>(cells: &[CellSource], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(None)?;
    for c in cells.iter().filter(|c| c.how != How::Read) {
        m.serialize_entry(&c.key(), &c.how)?;
    }
    m.end()
}

impl Record {
    /// An empty record for `source`, before any stage has looked at it.
    pub fn new(source: Source) -> Self {
        Record {
            schema: SCHEMA.to_string(),
            source,
            title: None,
            office: None,
            year: None,
            template: None,
            status: Status::Ok,
            active: None,
            requests: None,
            review_litigation: None,
            narrative: None,
            provenance: IndexMap::default(),
            cells: Vec::new(),
            issues: Vec::new(),
            readings: Vec::new(),
        }
    }

    /// Sets `status` from the issues ([`Status::of`]).
    pub fn settle_status(&mut self) {
        self.status = Status::of(self.issues.iter().map(|i| (i.code.as_str(), i.severity)));
    }

    /// Where the value at `table.row.col` came from, if it was written.
    pub fn source_of(&self, table: &str, row: &str, col: &str) -> Option<&CellSource> {
        self.cells
            .iter()
            .find(|c| c.table == table && c.row == row && c.col == col)
    }

    /// Looks up one value by its key path parts; `None` when the row or
    /// table is absent, `Some(None)` when the cell is blank.
    pub fn value(&self, table: &str, row: &str, col: &str) -> Option<Val> {
        self.table(table)?.get(row)?.get(col).copied()
    }

    /// The table with key `table` (`active`, `requests`,
    /// `review_litigation`), when it was read.
    pub fn table(&self, table: &str) -> Option<&Table> {
        match table {
            "active" => self.active.as_ref(),
            "requests" => self.requests.as_ref(),
            "review_litigation" => self.review_litigation.as_ref(),
            _ => None,
        }
    }

    /// [`Record::table`], to change it.
    pub fn table_mut(&mut self, table: &str) -> Option<&mut Table> {
        match table {
            "active" => self.active.as_mut(),
            "requests" => self.requests.as_mut(),
            "review_litigation" => self.review_litigation.as_mut(),
            _ => None,
        }
    }

    /// One value, to change it; `None` when the row or table is absent.
    pub fn value_mut(&mut self, table: &str, row: &str, col: &str) -> Option<&mut Val> {
        self.table_mut(table)?.get_mut(row)?.get_mut(col)
    }
}

/// What validation reads besides the record: the prose of the report,
/// which extraction finds (its sections) and the validator checks the
/// tables against. A shared type, so that extract hands it on without
/// knowing the validator and the validator reads it without knowing
/// extract.
#[derive(Debug, Default, Clone)]
pub struct Evidence<'a> {
    /// Prose lines of 一、总体情况 (or, with no such heading, the prose
    /// before the first table), in order. A row of cells there (a CSV
    /// export split a sentence at its ASCII commas) is its cells joined
    /// by `,` again.
    pub overview: Vec<std::borrow::Cow<'a, str>>,
    /// The figures the prose states (`crate::prose::figures` of
    /// `overview`), when extraction already read them to choose among a
    /// row's readings; the validator reads them otherwise.
    pub figures: Option<IndexMap<String, Num>>,
}

#[cfg(test)]
mod tests {
    use super::next_combination;

    #[test]
    fn combinations_in_odometer_order() {
        let lens = [2, 3];
        let mut choice = [0, 0];
        let mut seen = vec![choice.to_vec()];
        while next_combination(&mut choice, |k| lens[k]) {
            seen.push(choice.to_vec());
        }
        assert_eq!(
            seen,
            [[0, 0], [1, 0], [0, 1], [1, 1], [0, 2], [1, 2]].map(|c| c.to_vec())
        );
        assert_eq!(choice, [0, 0]);
        assert!(!next_combination(&mut [], |_| 1));
    }
}
