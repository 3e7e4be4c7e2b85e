//! Validate: the template's own arithmetic, soft plausibility rules, and
//! the prose against the tables. Adds issues and `narrative` to a record.

use crate::model::Record;

/// What validation may read besides the record: the prose of the report.
#[derive(Debug, Default, Clone)]
pub struct Evidence<'a> {
    /// Prose lines of 一、总体情况 (or, with no such heading, the prose
    /// before the first table), in order.
    pub overview: Vec<&'a str>,
}

/// Checks `rec` and adds its issues and narrative figures.
pub fn validate(rec: &mut Record, ev: &Evidence<'_>) {
    let _ = (rec, ev);
}
