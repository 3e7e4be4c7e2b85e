//! A corpus generator of the project's own: realistic reports in every
//! layout and encoding, with known values, for tests and benches.
//!
//! Everything is deterministic from a `u64` seed (a SplitMix64 stream
//! written here, so output does not change with platforms or crate
//! versions).
//!
//! - [`report`] makes one document ([`GenDoc`]: a relative path, the raw
//!   bytes, and the [`Truth`] a perfect extractor must return) from a
//!   seed and a [`Spec`] (template, year, [`Layout`], [`Enc`],
//!   [`Deviation`]s, optional [`Flaw`]).
//! - [`corpus`] makes `n` documents with specs drawn from a [`Mix`]
//!   ([`Mix::clean`], [`Mix::bench`], [`Mix::flawed`]); [`write_corpus`]
//!   writes them below a folder.
//!
//! Clean documents (no flaw) satisfy every identity of the format spec
//! (A1 balance, A2 outcome total, A3 row total, A5 review total, A9), and
//! their prose states figures equal to the tables. A flaw breaks exactly
//! what [`Flaw::codes`] says.
//!
//! ```
//! use nianbao_gen::{self as gen, Layout, Enc, Spec};
//! use nianbao::model::Template;
//! let spec = Spec::new(Template::F2019, 2020, Layout::TextSeed, Enc::Utf8);
//! let doc = gen::report(7, &spec);
//! assert!(doc.path.ends_with("2020.txt"));
//! assert_eq!(doc.truth.year, 2020);
//! assert_eq!(doc.truth.requests.len(), 23);
//! ```

mod build;
mod doc;
mod encode;
mod flat;
mod names;
mod render;
pub mod rng;
pub mod trad;
mod values;

use indexmap::IndexMap;
use nianbao::model::{Num, Table, Template};
use rng::Rng;
use serde::Serialize;
use std::io;
use std::path::{Path, PathBuf};

/// How a document is laid out: the page or file shapes reports come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// A clean HTML page with the official table structure (rowspans and
    /// colspans as the format prints them).
    Html,
    /// A realistic government page of 20–80 KB: scripts, styles, menus,
    /// breadcrumbs, sidebar, a metadata table, the report inside nested
    /// layout tables, footer, `<table>` strings inside JavaScript.
    HtmlClutter,
    /// Word "save as HTML": `MsoNormal` paragraphs and spans in every
    /// cell, `&nbsp;` in empty cells, labels broken by `<br>`.
    HtmlWord,
    /// The real seed's layout (Word text export): rows separated by blank
    /// lines, one TAB-led line per cell, merged cells as empty TAB lines,
    /// long header labels continued on a line without a tab.
    TextSeed,
    /// Word "save as text": one line per row, cells separated by TABs.
    Tsv,
    /// One line per row, comma-separated, RFC 4180 quoting.
    Csv,
    /// Text pulled out of a PDF: wrapped prose, rows as label + values
    /// separated by runs of spaces, wrapped labels, vertical headers,
    /// a page break inside a table.
    PdfText,
    /// Markdown pipe tables.
    Markdown,
    /// Text copied from a document viewer: every label and every number
    /// on its own line, no blank lines between rows; blank cells left out
    /// or kept as empty lines; header labels that wrapped in their cell
    /// on several lines.
    CellLines,
    /// Markdown pipe tables from a converter that joins merged headers:
    /// a row's label is its whole header path (`三、本年度办理结果
    /// （一）予以公开`), with or without the space, or the outermost parent
    /// repeated in a column of its own.
    JoinedMd,
    /// PDF text where blank cells leave nothing (numbers kept at their
    /// column's place), long labels over three lines with the numbers on
    /// the middle one, merged parents down the left edge, page footers
    /// and headers repeated inside the table, sub-rows numbered `1、`.
    PdfGaps,
    /// A column-major dump: a table's row labels first, then each value
    /// column's cells one a line, column after column; in half the
    /// reports, section 三's columns each after their own header, in an
    /// order of their own.
    ColumnMajor,
    /// Crawler text: a table on one line (or a line a row), adjacent
    /// cells run together in places and a space apart in others; a
    /// sub-row's `2.` may run into the previous row's total.
    RunTogether,
    /// PDF text by lines (pdfplumber) of tables whose value columns are
    /// one character wide: a row's cells a space apart, blank cells
    /// leaving nothing, and each count of two or more digits in sections
    /// 三 and 四 wrapped in its cell, its first digit on the line above
    /// the row, its last on the line below, any between on the row's line.
    NarrowCells,
}

impl Layout {
    /// Every layout.
    pub const ALL: [Layout; 8] = [
        Layout::Html,
        Layout::HtmlClutter,
        Layout::HtmlWord,
        Layout::TextSeed,
        Layout::Tsv,
        Layout::Csv,
        Layout::PdfText,
        Layout::Markdown,
    ];

    /// The layouts that imitate how other tools flatten the tables (not
    /// in [`Layout::ALL`], which the round-trip tests and fixtures cover).
    pub const FLATTENED: [Layout; 6] = [
        Layout::CellLines,
        Layout::JoinedMd,
        Layout::PdfGaps,
        Layout::ColumnMajor,
        Layout::RunTogether,
        Layout::NarrowCells,
    ];

    /// [`Layout::ALL`], then [`Layout::FLATTENED`].
    pub fn every() -> impl Iterator<Item = Layout> {
        Layout::ALL.into_iter().chain(Layout::FLATTENED)
    }

    /// The layout of a short name (`cell-lines`).
    pub fn from_name(name: &str) -> Option<Layout> {
        Layout::every().find(|l| l.name() == name)
    }

    /// A short name for file names and tables (`html-clutter`).
    pub fn name(self) -> &'static str {
        match self {
            Layout::Html => "html",
            Layout::HtmlClutter => "html-clutter",
            Layout::HtmlWord => "html-word",
            Layout::TextSeed => "text-seed",
            Layout::Tsv => "tsv",
            Layout::Csv => "csv",
            Layout::PdfText => "pdf-text",
            Layout::Markdown => "markdown",
            Layout::CellLines => "cell-lines",
            Layout::JoinedMd => "joined-md",
            Layout::PdfGaps => "pdf-gaps",
            Layout::ColumnMajor => "column-major",
            Layout::RunTogether => "run-together",
            Layout::NarrowCells => "narrow-cells",
        }
    }

    /// The file extension documents of this layout get.
    pub fn ext(self) -> &'static str {
        match self {
            Layout::Html | Layout::HtmlClutter | Layout::HtmlWord => "html",
            Layout::TextSeed
            | Layout::PdfText
            | Layout::CellLines
            | Layout::PdfGaps
            | Layout::ColumnMajor
            | Layout::RunTogether
            | Layout::NarrowCells => "txt",
            Layout::Tsv => "tsv",
            Layout::Csv => "csv",
            Layout::Markdown | Layout::JoinedMd => "md",
        }
    }

    /// Whether the layout is an HTML page.
    pub fn is_html(self) -> bool {
        matches!(self, Layout::Html | Layout::HtmlClutter | Layout::HtmlWord)
    }
}

/// How the document's text is turned into bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Enc {
    /// UTF-8 without a BOM.
    Utf8,
    /// UTF-8 with a BOM.
    Utf8Bom,
    /// GBK bytes with a declaration (`<meta charset="gb2312">`, `gbk` or
    /// `GB18030`). HTML only: [`Spec::new`] turns it into
    /// [`Enc::GbkUndeclared`] for text layouts.
    Gb18030Declared,
    /// GBK bytes, no declaration.
    GbkUndeclared,
    /// UTF-16LE with a BOM.
    Utf16Le,
    /// The whole document in traditional script, then Big5 (HTML declares
    /// `charset=big5` or not).
    Big5,
}

impl Enc {
    /// Every encoding.
    pub const ALL: [Enc; 6] = [
        Enc::Utf8,
        Enc::Utf8Bom,
        Enc::Gb18030Declared,
        Enc::GbkUndeclared,
        Enc::Utf16Le,
        Enc::Big5,
    ];

    /// A short name for file names (`gbk-undeclared`).
    pub fn name(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf8",
            Enc::Utf8Bom => "utf8-bom",
            Enc::Gb18030Declared => "gb18030-declared",
            Enc::GbkUndeclared => "gbk-undeclared",
            Enc::Utf16Le => "utf16le",
            Enc::Big5 => "big5",
        }
    }

    /// The encoding_rs encoding that decodes these bytes.
    pub fn encoding(self) -> &'static encoding_rs::Encoding {
        match self {
            Enc::Utf8 | Enc::Utf8Bom => encoding_rs::UTF_8,
            Enc::Gb18030Declared | Enc::GbkUndeclared => encoding_rs::GBK,
            Enc::Utf16Le => encoding_rs::UTF_16LE,
            Enc::Big5 => encoding_rs::BIG5,
        }
    }
}

/// A real-world deviation from the template (FORMAT.md §6) that a clean
/// report may carry; the extractor must still read every value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Deviation {
    /// A 2021-format table labels 行政规范性文件 as 规范性文件 (2021 only).
    NormativeDocsLabel,
    /// Explanatory parentheticals inside labels ("规章(设区的市…)",
    /// "上一年项目数量(指2019年事项数)") and an extra row 其他主动公开文件
    /// under 第二十条第（一）项 (not in [`Truth`]).
    Parentheticals,
    /// Some section 二 cells are "-", "—" or "/" (→ `None`).
    Dashes,
    /// Some zero cells are left blank (→ `None`).
    BlankCells,
    /// The 总计 column is filled only on some section 三 rows.
    PartialTotals,
    /// Rows that are all zero show only 总计 ("0"), applicant cells blank.
    OnlyTotals,
    /// The unit inside money cells ("251000元", "25.1万元").
    UnitInCell,
    /// HTML only: section 二 header cells use colspans 1+2 while the data
    /// cells use 2+1 (values must be read by order within the row).
    Misaligned,
    /// Spaces and line breaks inside labels ("商业 企业", "（三） 不予公开",
    /// "本年新<br/>制作数量").
    SpacedLabels,
    /// The section 四 header lacks the 总计 labels (values still 15).
    NoReviewTotals,
    /// The document is in traditional script (a site's 繁體 switch, or
    /// Big5). [`Truth`] keeps the simplified title and office.
    Traditional,
    /// A spam mirror: pinyin in parentheses after some characters of the
    /// prose ("國(guo)務院"); never in titles, labels or numbers.
    Pinyin,
    /// ASCII punctuation in labels: "(一)", "(单位:万元)".
    AsciiPunct,
    /// "本年增\减" with a backslash.
    Backslash,
    /// "合计" instead of "总计" in labels.
    Heji,
    /// Full-width digits in value cells ("１６").
    FullWidthDigits,
    /// Thousands separators in value cells ("1,234").
    Thousands,
    /// Some all-zero rows of section 三 are left out, as in the seed (only
    /// （五）1–3); they are absent from [`Truth`] too.
    OmitRows,
}

impl Deviation {
    /// Every deviation.
    pub const ALL: [Deviation; 18] = [
        Deviation::NormativeDocsLabel,
        Deviation::Parentheticals,
        Deviation::Dashes,
        Deviation::BlankCells,
        Deviation::PartialTotals,
        Deviation::OnlyTotals,
        Deviation::UnitInCell,
        Deviation::Misaligned,
        Deviation::SpacedLabels,
        Deviation::NoReviewTotals,
        Deviation::Traditional,
        Deviation::Pinyin,
        Deviation::AsciiPunct,
        Deviation::Backslash,
        Deviation::Heji,
        Deviation::FullWidthDigits,
        Deviation::Thousands,
        Deviation::OmitRows,
    ];

    /// A short name for fixture files (`only-totals`).
    pub fn name(self) -> &'static str {
        match self {
            Deviation::NormativeDocsLabel => "normative-docs-label",
            Deviation::Parentheticals => "parentheticals",
            Deviation::Dashes => "dashes",
            Deviation::BlankCells => "blank-cells",
            Deviation::PartialTotals => "partial-totals",
            Deviation::OnlyTotals => "only-totals",
            Deviation::UnitInCell => "unit-in-cell",
            Deviation::Misaligned => "misaligned",
            Deviation::SpacedLabels => "spaced-labels",
            Deviation::NoReviewTotals => "no-review-totals",
            Deviation::Traditional => "traditional",
            Deviation::Pinyin => "pinyin",
            Deviation::AsciiPunct => "ascii-punct",
            Deviation::Backslash => "backslash",
            Deviation::Heji => "heji",
            Deviation::FullWidthDigits => "full-width-digits",
            Deviation::Thousands => "thousands",
            Deviation::OmitRows => "omit-rows",
        }
    }
}

/// A defect put into a document on purpose, for the validator's recall
/// tests. [`Truth`] holds what the flawed document really says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Flaw {
    /// 四、结转下年度 raised by k in one applicant column and in its 总计:
    /// A1 breaks (that column and 总计); A2, A3, A5 hold.
    Balance,
    /// （七）总计 raised by k and 四、结转下年度 lowered by k, in one applicant
    /// column and in 总计: A2 breaks; A1 (compensated), A3, A5 hold.
    OutcomeTotal,
    /// The 总计 cells of 一、本年新收 and 四、结转下年度 both raised by k
    /// (applicant cells untouched): A3 breaks on those two rows; A1 holds
    /// (both sides +k), A2 holds (neither row is an outcome row).
    RowTotal,
    /// 结果维持 of one section 四 group raised by k (its 总计 untouched): A5
    /// breaks; the prose figures (totals) still agree.
    ReviewTotal,
    /// The prose states a different number of new requests than the table.
    NarrativeMismatch,
    /// Section 五 or 六 is dropped entirely (heading and text).
    MissingSection,
    /// Section 四's heading and intro are there, its table is not
    /// (`review_litigation` is empty).
    MissingTable,
    /// The document stops after a row in the middle of the section 三
    /// table; rows after it, section 四 and later are absent.
    Truncated,
    /// A section 二 cell holds text ("不详", "见附件") instead of a number
    /// (→ `None`).
    Unparsed,
    /// A section 二 count (行政许可 处理决定数量) is negative.
    NegativeCount,
    /// A news page or a 政府信息公开指南 page, not a report (`template` is
    /// `None`, no tables).
    NotAReport,
    /// A 2015 report in the old free-form style: 依申请公开 counts in prose
    /// and a 统计表 annex (`template` is legacy, no template tables).
    Legacy,
    /// A copy of another report under another office's path, with only the
    /// office name (and maybe year) changed. [`corpus`] emits the original
    /// first; [`report`] alone makes just the copy.
    Duplicate,
}

impl Flaw {
    /// Every flaw.
    pub const ALL: [Flaw; 13] = [
        Flaw::Balance,
        Flaw::OutcomeTotal,
        Flaw::RowTotal,
        Flaw::ReviewTotal,
        Flaw::NarrativeMismatch,
        Flaw::MissingSection,
        Flaw::MissingTable,
        Flaw::Truncated,
        Flaw::Unparsed,
        Flaw::NegativeCount,
        Flaw::NotAReport,
        Flaw::Legacy,
        Flaw::Duplicate,
    ];

    /// The issue code (SCHEMA.md) the flaw is made to trigger. Two are not
    /// in SCHEMA.md's list yet: `value.negative` (A10) and, for
    /// [`Flaw::Legacy`], `template.legacy`, which is no issue: it means
    /// the record's `template` must be `"legacy"`.
    pub fn code(self) -> &'static str {
        match self {
            Flaw::Balance => "identity.balance",
            Flaw::OutcomeTotal => "identity.outcome_total",
            Flaw::RowTotal => "identity.row_total",
            Flaw::ReviewTotal => "identity.review_total",
            Flaw::NarrativeMismatch => "narrative.mismatch",
            Flaw::MissingSection => "structure.missing_section",
            Flaw::MissingTable => "structure.missing_table",
            Flaw::Truncated => "structure.truncated",
            Flaw::Unparsed => "value.unparsed",
            Flaw::NegativeCount => "value.negative",
            Flaw::NotAReport => "input.not_a_report",
            Flaw::Legacy => "template.legacy",
            Flaw::Duplicate => "corpus.duplicate",
        }
    }

    /// Every issue code a validator must raise for the flaw, and no
    /// identity code beyond these (each flaw is built so that the other
    /// identities still hold). [`Flaw::Truncated`] may in addition yield
    /// `structure.missing_section` for the sections cut off;
    /// [`Flaw::Legacy`] needs no issue; [`Flaw::Duplicate`] is found only
    /// by the corpus checks.
    pub fn codes(self) -> &'static [&'static str] {
        match self {
            Flaw::Balance => &["identity.balance"],
            Flaw::OutcomeTotal => &["identity.outcome_total"],
            Flaw::RowTotal => &["identity.row_total"],
            Flaw::ReviewTotal => &["identity.review_total"],
            Flaw::NarrativeMismatch => &["narrative.mismatch"],
            Flaw::MissingSection => &["structure.missing_section"],
            Flaw::MissingTable => &["structure.missing_table"],
            Flaw::Truncated => &["structure.truncated"],
            Flaw::Unparsed => &["value.unparsed"],
            Flaw::NegativeCount => &["value.negative"],
            Flaw::NotAReport => &["input.not_a_report"],
            Flaw::Legacy => &[],
            Flaw::Duplicate => &["corpus.duplicate"],
        }
    }

    /// A short name for fixture files (`outcome-total`).
    pub fn name(self) -> &'static str {
        match self {
            Flaw::Balance => "balance",
            Flaw::OutcomeTotal => "outcome-total",
            Flaw::RowTotal => "row-total",
            Flaw::ReviewTotal => "review-total",
            Flaw::NarrativeMismatch => "narrative-mismatch",
            Flaw::MissingSection => "missing-section",
            Flaw::MissingTable => "missing-table",
            Flaw::Truncated => "truncated",
            Flaw::Unparsed => "unparsed",
            Flaw::NegativeCount => "negative-count",
            Flaw::NotAReport => "not-a-report",
            Flaw::Legacy => "legacy",
            Flaw::Duplicate => "duplicate",
        }
    }
}

/// The exact values a perfect extractor returns for a generated document.
/// A blank or dash cell is `None`; a row the report leaves out is absent
/// from its table; a table the document lacks is empty. Keys are those of
/// [`nianbao::template`] and SCHEMA.md. Money is in 元.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Truth {
    /// The template the tables follow; `None` for a page that is not a
    /// report ([`Flaw::NotAReport`]).
    pub template: Option<Template>,
    /// The report title as printed (simplified script).
    pub title: String,
    /// The office as the title names it (`东山街道`,
    /// `江宁区人民政府办公室`; simplified script).
    pub office: String,
    /// The report year.
    pub year: i32,
    /// The layout the document was written in.
    pub layout: Layout,
    /// The encoding of the bytes.
    pub encoding: Enc,
    /// The deviations the document carries (see [`Deviation`]).
    pub deviations: Vec<Deviation>,
    /// Section 二: row key → column key → value.
    pub active: Table,
    /// Section 三: row key → applicant column → value.
    pub requests: Table,
    /// Section 四: group key → result column → value.
    pub review_litigation: Table,
    /// Figures the prose of 一、总体情况 states: `new_requests`,
    /// `reviews`, `lawsuits` (直接起诉 + 复议后起诉).
    pub narrative: IndexMap<String, Num>,
    /// The flaw put in on purpose, if any.
    pub flaw: Option<Flaw>,
}

/// One generated document.
#[derive(Debug, Clone)]
pub struct GenDoc {
    /// Relative path, e.g. `江苏省/江宁区/东山街道/2020.html`.
    pub path: String,
    /// The raw bytes, encoded as [`Truth::encoding`] says.
    pub bytes: Vec<u8>,
    /// What a perfect extractor returns for it.
    pub truth: Truth,
}

/// What one document should look like.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// [`Template::F2019`] or [`Template::F2021`] (legacy reports come
    /// from [`Flaw::Legacy`]).
    pub template: Template,
    /// The report year (2019–2020 for the 2019 format, 2021–2024 for the
    /// 2021 format).
    pub year: i32,
    /// The layout.
    pub layout: Layout,
    /// The encoding.
    pub encoding: Enc,
    /// Deviations to apply (some only apply to some layouts/templates;
    /// [`Truth::deviations`] lists those that did).
    pub deviations: Vec<Deviation>,
    /// A flaw to put in, or none for a clean report.
    pub flaw: Option<Flaw>,
}

impl Spec {
    /// A clean spec without deviations. A declared GB18030 encoding is only
    /// possible in HTML, so text layouts get [`Enc::GbkUndeclared`].
    pub fn new(template: Template, year: i32, layout: Layout, encoding: Enc) -> Spec {
        let encoding = if encoding == Enc::Gb18030Declared && !layout.is_html() {
            Enc::GbkUndeclared
        } else {
            encoding
        };
        let template = match template {
            Template::Legacy => Template::F2019,
            t => t,
        };
        Spec {
            template,
            year,
            layout,
            encoding,
            deviations: Vec::new(),
            flaw: None,
        }
    }

    /// This spec with `d` added.
    pub fn with(mut self, d: Deviation) -> Spec {
        if !self.deviations.contains(&d) {
            self.deviations.push(d);
        }
        self
    }

    /// This spec with a flaw.
    pub fn with_flaw(mut self, f: Flaw) -> Spec {
        self.flaw = Some(f);
        self
    }

    /// A spec drawn from `mix`.
    pub fn draw(rng: &mut Rng, mix: &Mix) -> Spec {
        let template = if rng.chance(0.4) {
            Template::F2019
        } else {
            Template::F2021
        };
        let year = match template {
            Template::F2019 => rng.range(2019, 2020) as i32,
            _ => rng.range(2021, 2024) as i32,
        };
        let layout = rng.weighted(&mix.layouts, Layout::Html);
        let encoding = rng.weighted(&mix.encodings, Enc::Utf8);
        let mut spec = Spec::new(template, year, layout, encoding);
        if rng.chance(mix.deviation_share) {
            let k = rng.range(1, 3);
            for _ in 0..k {
                let d = rng.pick(&mix.deviations, Deviation::BlankCells);
                spec = spec.with(d);
            }
        }
        if rng.chance(mix.flaw_share) {
            spec.flaw = Some(rng.weighted(&mix.flaws, Flaw::Balance));
        }
        spec
    }
}

/// The shares of layouts, encodings, deviations and flaws in a corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Mix {
    /// Layouts with weights.
    pub layouts: Vec<(Layout, u32)>,
    /// Encodings with weights.
    pub encodings: Vec<(Enc, u32)>,
    /// Share of documents (0–1) with one to three deviations.
    pub deviation_share: f64,
    /// The deviations drawn from (all of them unless a mix says otherwise).
    pub deviations: Vec<Deviation>,
    /// Share of documents (0–1) with a flaw.
    pub flaw_share: f64,
    /// Flaws with weights.
    pub flaws: Vec<(Flaw, u32)>,
}

impl Mix {
    /// Every layout and encoding in equal shares, deviations in 40% of
    /// documents, no flaws: every document satisfies every identity.
    pub fn clean() -> Mix {
        Mix {
            layouts: Layout::ALL.iter().map(|&l| (l, 1)).collect(),
            encodings: Enc::ALL.iter().map(|&e| (e, 1)).collect(),
            deviation_share: 0.4,
            deviations: Deviation::ALL.to_vec(),
            flaw_share: 0.0,
            flaws: Vec::new(),
        }
    }

    /// A realistic corpus for benches: ~80% HTML (mostly cluttered pages
    /// of 20–80 KB), the rest text layouts; mostly UTF-8 and GBK; some
    /// deviations; 5% flaws.
    pub fn bench() -> Mix {
        Mix {
            layouts: vec![
                (Layout::HtmlClutter, 60),
                (Layout::Html, 10),
                (Layout::HtmlWord, 10),
                (Layout::TextSeed, 6),
                (Layout::PdfText, 6),
                (Layout::Tsv, 3),
                (Layout::Csv, 2),
                (Layout::Markdown, 3),
            ],
            encodings: vec![
                (Enc::Utf8, 55),
                (Enc::Utf8Bom, 5),
                (Enc::Gb18030Declared, 20),
                (Enc::GbkUndeclared, 12),
                (Enc::Utf16Le, 3),
                (Enc::Big5, 5),
            ],
            deviation_share: 0.3,
            deviations: Deviation::ALL.to_vec(),
            flaw_share: 0.05,
            flaws: Flaw::ALL.iter().map(|&f| (f, 1)).collect(),
        }
    }

    /// The [`Layout::FLATTENED`] layouts in equal shares, every encoding,
    /// deviations in half of the documents with blank cells, partial
    /// totals, only-totals rows and dashes drawn more often (what makes
    /// flattened rows short), no flaws.
    pub fn flattened() -> Mix {
        let mut deviations = Deviation::ALL.to_vec();
        for _ in 0..3 {
            deviations.extend([
                Deviation::BlankCells,
                Deviation::PartialTotals,
                Deviation::OnlyTotals,
                Deviation::Dashes,
            ]);
        }
        Mix {
            layouts: Layout::FLATTENED.iter().map(|&l| (l, 1)).collect(),
            deviation_share: 0.5,
            deviations,
            ..Mix::clean()
        }
    }

    /// Like [`Mix::clean`], but every document has a flaw (equal shares).
    pub fn flawed() -> Mix {
        Mix {
            flaw_share: 1.0,
            flaws: Flaw::ALL.iter().map(|&f| (f, 1)).collect(),
            ..Mix::clean()
        }
    }
}

/// Mixes a document index into a corpus seed.
fn doc_seed(seed: u64, i: u64) -> u64 {
    let mut r = Rng::new(seed.wrapping_add(i.wrapping_mul(0xA076_1D64_78BD_642F)));
    r.next_u64()
}

/// One document from `seed` and `spec`.
pub fn report(seed: u64, spec: &Spec) -> GenDoc {
    build::report(seed, spec)
}

/// `n` documents with specs drawn from `mix`. For [`Flaw::Duplicate`] the
/// original comes first and its copy next (both count towards `n`).
pub fn corpus(seed: u64, n: usize, mix: &Mix) -> impl Iterator<Item = GenDoc> {
    let mix = mix.clone();
    let mut pending: Option<GenDoc> = None;
    let mut i = 0u64;
    let mut made = 0usize;
    std::iter::from_fn(move || {
        if made >= n {
            return None;
        }
        made += 1;
        if let Some(d) = pending.take() {
            return Some(d);
        }
        let s = doc_seed(seed, i);
        i += 1;
        let mut rng = Rng::new(s);
        let spec = Spec::draw(&mut rng, &mix);
        if spec.flaw == Some(Flaw::Duplicate) && made < n {
            let mut orig = spec.clone();
            orig.flaw = None;
            let first = report(s, &orig);
            pending = Some(build::copy_as_other(&first, s));
            return Some(first);
        }
        Some(report(s, &spec))
    })
}

/// A corpus of `clean` sound reports and `flawed` reports with flaws (copies
/// among them) in every layout and encoding, below `dir/corpus/clean` and
/// `dir/corpus/flawed`; returns `dir/corpus`. The output tests share it.
pub fn write_clean_and_flawed(dir: &Path, clean: usize, flawed: usize) -> io::Result<PathBuf> {
    let root = dir.join("corpus");
    write_corpus(&root.join("clean"), 11, clean, &Mix::clean(), false)?;
    write_corpus(&root.join("flawed"), 12, flawed, &Mix::flawed(), false)?;
    Ok(root)
}

/// Writes `n` documents of [`corpus`] below `dir` (creating folders) and
/// returns how many were written; with `truth`, each document's [`Truth`]
/// beside it as `<file>.truth.json`.
pub fn write_corpus(dir: &Path, seed: u64, n: usize, mix: &Mix, truth: bool) -> io::Result<usize> {
    let mut count = 0;
    let mut taken = std::collections::HashSet::new();
    for doc in corpus(seed, n, mix) {
        // Two reports may draw the same office and year: keep both, the
        // second as `2020-2.html`.
        let mut rel = doc.path.clone();
        let mut k = 2;
        while !taken.insert(rel.clone()) {
            rel = match doc.path.rsplit_once('.') {
                Some((stem, ext)) => format!("{stem}-{k}.{ext}"),
                None => format!("{}-{k}", doc.path),
            };
            k += 1;
        }
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &doc.bytes)?;
        if truth {
            let json = serde_json::to_string_pretty(&doc.truth).map_err(io::Error::other)?;
            let mut name = path.clone().into_os_string();
            name.push(".truth.json");
            std::fs::write(name, json + "\n")?;
        }
        count += 1;
    }
    Ok(count)
}
