//! Extract: a parsed [`Document`] onto the official template: sections,
//! template generation, metadata, and every value keyed by row and column.
//!
//! Rows are found by their labels ([`label`]), never by position; columns
//! by their order within the row, which is how the templates fix them and
//! how misaligned HTML spans (FORMAT.md §6, Shanghai 2019) still come out
//! right. A row the report leaves out is absent; a blank or dash is
//! `null`; a value that is not a number is `null` with a `value.unparsed`
//! warning. Structural problems (`structure.*`, `input.not_a_report`) are
//! reported here, where they are seen.

pub mod label;
pub mod meta;
mod sections;
mod tables;

use crate::model::{Issue, Record, Severity, Template};
use crate::parse::{Block, Document, Loc};
use crate::validate::Evidence;
use label::Label;
use regex::Regex;
use std::cell::OnceCell;

pub(crate) use sections::find_sections;
pub use sections::Sections;

/// Compiles a regex literal. It can only fail if the literal itself is
/// invalid, which each literal's unit tests rule out.
#[allow(clippy::expect_used)]
pub(crate) fn literal_regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("regex literal compiles")
}

/// One cell as extraction sees it. Its normalised text, its label
/// analysis and whether it holds a value are worked out once, on first
/// use: the template markers and three table extractors all look at the
/// same cells.
#[derive(Debug, Clone)]
pub(crate) struct CellView<'d> {
    pub text: &'d str,
    pub from_above: bool,
    pub loc: Loc,
    norm: OnceCell<String>,
    label: OnceCell<Label>,
    value: OnceCell<bool>,
}

impl<'d> CellView<'d> {
    fn new(text: &'d str, from_above: bool, loc: Loc) -> Self {
        CellView {
            text,
            from_above,
            loc,
            norm: OnceCell::new(),
            label: OnceCell::new(),
            value: OnceCell::new(),
        }
    }

    /// The cell's text folded by [`label::norm`].
    pub fn norm(&self) -> &str {
        self.norm.get_or_init(|| label::norm(self.text))
    }

    /// The cell's text as a label ([`Label::new`]).
    pub fn label(&self) -> &Label {
        self.label.get_or_init(|| Label::from_norm(self.norm()))
    }

    /// Whether the cell reads as a value (number, blank, dash), not text.
    pub fn is_value(&self) -> bool {
        *self
            .value
            .get_or_init(|| crate::parse::value::lex(self.text).is_value())
    }
}

/// A row of a table, or a prose line as a one-cell row.
#[derive(Debug, Clone)]
pub(crate) struct RowView<'d> {
    pub cells: Vec<CellView<'d>>,
    pub loc: Loc,
    pub is_line: bool,
}

/// Every block of `doc` as rows, in reading order.
pub(crate) fn rows_of(doc: &Document) -> Vec<RowView<'_>> {
    let mut rows = Vec::new();
    for b in &doc.blocks {
        match b {
            Block::Line { text, loc } => rows.push(RowView {
                cells: vec![CellView::new(text, false, *loc)],
                loc: *loc,
                is_line: true,
            }),
            Block::Table(g) => {
                let pad = padding(g);
                for r in &g.rows {
                    let keep = r.cells.len().saturating_sub(pad);
                    rows.push(RowView {
                        cells: r.cells[..keep]
                            .iter()
                            .map(|c| CellView::new(&c.text, c.from_above, c.loc))
                            .collect(),
                        loc: r.loc,
                        is_line: false,
                    });
                }
            }
        }
    }
    rows
}

/// How many trailing columns are blank in every row of `g` (separators
/// at the ends of exported lines, not cells).
fn padding(g: &crate::parse::Grid) -> usize {
    if g.rows.len() < 2 {
        return 0;
    }
    g.rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .rev()
                .take_while(|c| !c.from_above && c.text.trim().is_empty())
                .count()
        })
        .min()
        .unwrap_or(0)
}

/// Fills `rec` from `doc`: metadata, template, tables, structure issues.
/// Returns the prose the validator reads.
pub fn extract<'d>(doc: &'d Document, rec: &mut Record) -> Evidence<'d> {
    for n in &doc.notes {
        let severity = if n.code.starts_with("structure.") {
            Severity::Error
        } else {
            Severity::Warning
        };
        rec.issues.push(Issue::new(
            n.code,
            severity,
            n.loc.to_string(),
            n.message.clone(),
        ));
    }
    let rows = rows_of(doc);
    let secs = find_sections(&rows);
    let m = meta::read(doc, &rec.source.path);
    rec.title = m.title;
    rec.office = m.office;
    rec.year = m.year;
    rec.issues.extend(m.issues);

    let evidence = Evidence {
        overview: secs.overview(&rows),
    };
    let markers = tables::markers(&rows);
    // A report's title names its year; a menu item "政府信息公开年报" does not.
    let titled = rec
        .title
        .as_deref()
        .is_some_and(|t| meta::year_in(&label::norm(t)).is_some());
    let Some(t) = tables::decide_template(&markers, &secs, rec.year, titled) else {
        rec.issues.push(Issue::new(
            "input.not_a_report",
            Severity::Error,
            "document",
            "no title, section heading or table of a disclosure annual report was found",
        ));
        return evidence;
    };
    rec.template = Some(t);
    if t == Template::Legacy {
        return Evidence {
            overview: rows
                .iter()
                .filter(|r| r.is_line)
                .filter_map(|r| r.cells.first().map(|c| c.text))
                .collect(),
        };
    }
    tables::extract_tables(&rows, &secs, t, rec);
    evidence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Limits;
    use crate::model::{Num, Source};

    fn run(text: &str) -> Record {
        let doc = crate::parse::text::parse(text, &Limits::default());
        let mut rec = Record::new(Source {
            path: "x/安镇街道/2020.txt".into(),
            sha256: None,
            bytes: 0,
            media: None,
            encoding: None,
            encoding_from: None,
        });
        extract(&doc, &mut rec);
        rec
    }

    #[test]
    fn the_seed_report() {
        let rec = run(include_str!("../../fixtures/seed/anzhen-2020.txt"));
        assert_eq!(rec.office.as_deref(), Some("安镇街道"));
        assert_eq!(rec.year, Some(2020));
        assert_eq!(rec.template, Some(Template::F2019));
        let v = |t: &str, r: &str, c: &str| rec.value(t, r, c).flatten().map(|n: Num| n.0);
        assert_eq!(v("requests", "new_received", "natural_person"), Some(4.0));
        assert_eq!(v("requests", "new_received", "total"), Some(4.0));
        assert_eq!(
            v("requests", "unable_not_held", "natural_person"),
            Some(1.0)
        );
        assert_eq!(v("requests", "unable_needs_creation", "total"), Some(2.0));
        assert_eq!(v("requests", "other", "total"), Some(1.0));
        assert_eq!(v("requests", "total_handled", "total"), Some(0.0));
        assert_eq!(rec.value("requests", "rejected_excessive", "total"), None);
        assert_eq!(rec.value("requests", "rejected_confirm", "total"), None);
        assert_eq!(v("review_litigation", "review", "upheld"), Some(4.0));
        assert_eq!(v("review_litigation", "review", "total"), Some(4.0));
        for (c, x) in ["upheld", "corrected", "other", "pending", "total"]
            .iter()
            .zip([1.0, 1.0, 1.0, 0.0, 3.0])
        {
            assert_eq!(
                v("review_litigation", "litigation_direct", c),
                Some(x),
                "{c}"
            );
        }
        assert_eq!(
            v("review_litigation", "litigation_after_review", "pending"),
            Some(2.0)
        );
        assert_eq!(
            v("review_litigation", "litigation_after_review", "total"),
            Some(2.0)
        );
        assert_eq!(v("active", "procurement", "projects"), Some(16.0));
        assert_eq!(v("active", "procurement", "amount_yuan"), Some(39173777.52));
        assert_eq!(v("active", "licensing", "change"), Some(0.0));
        let codes: Vec<&str> = rec.issues.iter().map(|i| i.code.as_str()).collect();
        assert!(codes.is_empty(), "{:?}", rec.issues);
        assert_eq!(rec.requests.as_ref().map(|t| t.len()), Some(21));
        assert_eq!(rec.active.as_ref().map(|t| t.len()), Some(8));
    }
}
