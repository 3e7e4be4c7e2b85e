//! The number helpers the checks share: comparing sums, reading a cell,
//! printing a number for an issue. Apart from [`super`], which runs the
//! checks, so that the checks and the corpus checks use them without
//! depending on the module that calls them.

use crate::model::{Num, Row};
use serde_json::Value;

/// The tolerance and the comparison of sums: one, in the model, for
/// every stage.
pub(crate) use crate::model::same;

/// A cell of `row` as a plain number; `None` for a blank or a missing column.
pub(crate) fn cell(row: &Row, col: &str) -> Option<f64> {
    row.get(col).copied().flatten().map(|n| n.0)
}

/// A number as JSON: an integer when whole, as records print values.
pub(crate) fn json_num(x: f64) -> Value {
    serde_json::to_value(Num(x)).unwrap_or(Value::Null)
}

/// A number for messages: `4`, `-3`, `2.5`.
pub(crate) fn show(x: f64) -> String {
    Num(x).show()
}
