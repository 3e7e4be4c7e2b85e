//! The cells whose figure is unknown rather than blank, which no check may
//! use: cells left `null` because several readings of a flattened table fit
//! ([`How::Ambiguous`]) or chosen among those readings by the prose
//! ([`How::Prose`]: the checks still read such a row under every reading,
//! so that the prose's choice confirms nothing), and cells that held text where a number belongs
//! (`value.unparsed`). A blank cell is not among them: a blank counts as 0
//! in a sum, an unknown figure could be anything.

use crate::model::{CellSource, How, Record};

/// The unknown cells of one record.
pub(crate) struct Unknown<'r> {
    ambiguous: Vec<&'r CellSource>,
    unparsed: Vec<&'r str>,
}

impl<'r> Unknown<'r> {
    pub fn of(rec: &'r Record) -> Self {
        Unknown {
            ambiguous: rec
                .cells
                .iter()
                .filter(|c| matches!(c.how, How::Ambiguous | How::Prose))
                .collect(),
            unparsed: rec
                .issues
                .iter()
                .filter(|i| i.code == "value.unparsed")
                .map(|i| i.where_.as_str())
                .collect(),
        }
    }

    /// Whether no cell of the record is unknown.
    pub fn is_empty(&self) -> bool {
        self.ambiguous.is_empty() && self.unparsed.is_empty()
    }

    /// Whether the cell `table.row.col` is unknown; with `col` `None`, any
    /// cell of the row.
    pub fn has(&self, table: &str, row: &str, col: Option<&str>) -> bool {
        let col_is = |c: &str| col.is_none_or(|want| want == c);
        self.ambiguous
            .iter()
            .any(|c| c.table == table && c.row == row && col_is(c.col))
            || self.unparsed.iter().any(|w| {
                let mut parts = w.splitn(3, '.');
                parts.next() == Some(table)
                    && parts.next() == Some(row)
                    && parts.next().is_some_and(col_is)
            })
    }
}
