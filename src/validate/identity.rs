//! The arithmetic identities of the section 三 and 四 tables (FORMAT.md §5,
//! A1, A2, A3, A5), each checked per column or per row.
//!
//! Rules shared by all of them (SCHEMA.md):
//! - a blank applicant cell reads as 0;
//! - a check whose printed total cell is blank is skipped;
//! - in the 总计 column every cell is itself a total, so a blank anywhere in
//!   the check skips it (Shanghai 2019 leaves 总计 blank on its outcome
//!   rows while （七）总计 is printed: that is not an error);
//! - a check whose addends are all blank is skipped (nothing to compare);
//! - an outcome row the report does not have reads as 0 (many reports drop
//!   （五）4–5); when a row A1 needs is absent, A1 is skipped.

use super::unknown::Unknown;
use super::{cell, json_num, same, show};
use crate::model::{CellSource, Checks, Issue, Record, Row, Severity, Table, Template};
use crate::template::{
    request_col_label, request_label, request_rows, Col, GROUP_RESULTS, REQUEST_COLS, REVIEW_COLS,
    REVIEW_GROUPS,
};

/// Runs A1, A2, A3 and A5 over `rec` (read as template `t`).
pub fn check(rec: &Record, t: Template) -> Vec<Issue> {
    let mut out = Vec::new();
    let doubt = Doubt::of(rec);
    if let Some(req) = &rec.requests {
        balance(req, &doubt, &mut out);
        outcome_total(req, t, &doubt, &mut out);
        row_total(req, &doubt, &mut out);
    }
    if let Some(rl) = &rec.review_litigation {
        review_total(rl, &doubt, &mut out);
    }
    out
}

/// The cells an identity cannot be checked on: those whose figure is
/// unknown ([`Unknown`]), and, for each identity, the cells placed by that
/// same identity (it would only confirm itself).
struct Doubt<'r> {
    unknown: Unknown<'r>,
    placed: Vec<&'r CellSource>,
}

impl<'r> Doubt<'r> {
    fn of(rec: &'r Record) -> Self {
        Doubt {
            unknown: Unknown::of(rec),
            placed: rec
                .cells
                .iter()
                .filter(|c| c.relied_on != Checks::default())
                .collect(),
        }
    }

    /// Whether `check` may not use the cell at `table.row.col`.
    fn blocks(&self, table: &str, row: &str, col: &str, check: Checks) -> bool {
        self.unknown.has(table, row, Some(col))
            || self
                .placed
                .iter()
                .any(|c| c.table == table && c.row == row && c.col == col && c.relied_on.has(check))
    }

    /// Whether `check` may not use a cell of `rows` in column `col`.
    fn blocks_any(&self, table: &str, rows: &[&str], col: &str, check: Checks) -> bool {
        !(self.unknown.is_empty() && self.placed.is_empty())
            && rows.iter().any(|r| self.blocks(table, r, col, check))
    }
}

/// Sum of the cells, blanks as 0.
fn sum(cells: &[Option<f64>]) -> f64 {
    cells.iter().flatten().sum()
}

/// The printed name of a section 三 row, with its group for sub-rows
/// (`（三）不予公开 1.属于国家秘密`).
pub fn row_name(key: &str) -> String {
    let label = request_label(key);
    match request_rows_group(key) {
        Some(g) if g != GROUP_RESULTS => format!("{g} {label}"),
        _ if label.is_empty() => key.to_string(),
        _ => label.to_string(),
    }
}

fn request_rows_group(key: &str) -> Option<&'static str> {
    crate::template::REQUEST_ROWS
        .iter()
        .find(|r| r.key == key)
        .and_then(|r| r.group)
}

/// A1: 一 + 二 = （七）总计 + 四 in each of the seven columns.
fn balance(req: &Table, doubt: &Doubt<'_>, out: &mut Vec<Issue>) {
    let (Some(new), Some(over), Some(handled), Some(forward)) = (
        req.get("new_received"),
        req.get("carried_over"),
        req.get("total_handled"),
        req.get("carried_forward"),
    ) else {
        return;
    };
    let keys = [
        "new_received",
        "carried_over",
        "total_handled",
        "carried_forward",
    ];
    for col in REQUEST_COLS {
        if doubt.blocks_any("requests", &keys, col.key, Checks::BALANCE) {
            continue;
        }
        let cells = [new, over, handled, forward].map(|r| cell(r, col.key));
        if cells[2].is_none() || (col.key == "total" && cells.iter().any(Option::is_none)) {
            continue;
        }
        let lhs = sum(&cells[..2]);
        let rhs = sum(&cells[2..]);
        if !same(lhs, rhs) {
            out.push(
                Issue::new(
                    "identity.balance",
                    Severity::Error,
                    format!("requests.balance.{}", col.key),
                    format!(
                        "一 + 二 = {} but （七）总计 + 四 = {} ({})",
                        show(lhs),
                        show(rhs),
                        col.label
                    ),
                )
                .with_values(json_num(lhs), json_num(rhs)),
            );
        }
    }
}

/// A2: （七）总计 = the sum of the template's outcome rows, per column.
fn outcome_total(req: &Table, t: Template, doubt: &Doubt<'_>, out: &mut Vec<Issue>) {
    let Some(handled) = req.get("total_handled") else {
        return;
    };
    let rows: Vec<&Row> = request_rows(t)
        .filter(|r| r.outcome)
        .filter_map(|r| req.get(r.key))
        .collect();
    let keys: Vec<&str> = request_rows(t)
        .filter(|r| r.outcome || r.key == "total_handled")
        .map(|r| r.key)
        .collect();
    for col in REQUEST_COLS {
        if doubt.blocks_any("requests", &keys, col.key, Checks::OUTCOME_TOTAL) {
            continue;
        }
        let Some(found) = cell(handled, col.key) else {
            continue;
        };
        let cells: Vec<Option<f64>> = rows.iter().map(|r| cell(r, col.key)).collect();
        if cells.iter().all(Option::is_none)
            || (col.key == "total" && cells.iter().any(Option::is_none))
        {
            continue;
        }
        let expected = sum(&cells);
        if !same(expected, found) {
            out.push(
                Issue::new(
                    "identity.outcome_total",
                    Severity::Error,
                    format!("requests.total_handled.{}", col.key),
                    format!(
                        "（七）总计 is {} but the outcome rows add up to {} ({})",
                        show(found),
                        show(expected),
                        col.label
                    ),
                )
                .with_values(json_num(expected), json_num(found)),
            );
        }
    }
}

/// For a row whose `total` is the sum of its other `cols` (A3, A5): the
/// sum and the printed total, when the total is printed, some other cell
/// is, and the two differ. Blank cells read as 0.
fn total_mismatch(row: &Row, cols: &[Col]) -> Option<(f64, f64)> {
    let found = cell(row, "total")?;
    let cells: Vec<Option<f64>> = cols
        .iter()
        .filter(|c| c.key != "total")
        .map(|c| cell(row, c.key))
        .collect();
    if cells.iter().all(Option::is_none) {
        return None;
    }
    let expected = sum(&cells);
    (!same(expected, found)).then_some((expected, found))
}

/// A3: each row's 总计 = the sum of its six applicant columns.
fn row_total(req: &Table, doubt: &Doubt<'_>, out: &mut Vec<Issue>) {
    for (key, row) in req {
        if REQUEST_COLS
            .iter()
            .any(|c| doubt.blocks("requests", key, c.key, Checks::ROW_TOTAL))
        {
            continue;
        }
        if let Some((expected, found)) = total_mismatch(row, &REQUEST_COLS) {
            out.push(
                Issue::new(
                    "identity.row_total",
                    Severity::Error,
                    format!("requests.{key}.total"),
                    format!(
                        "{} is {} but the applicant columns add up to {} ({})",
                        request_col_label("total"),
                        show(found),
                        show(expected),
                        row_name(key)
                    ),
                )
                .with_values(json_num(expected), json_num(found)),
            );
        }
    }
}

/// A5: in each section 四 group, 总计 = 维持 + 纠正 + 其他 + 尚未审结.
fn review_total(rl: &Table, doubt: &Doubt<'_>, out: &mut Vec<Issue>) {
    for group in REVIEW_GROUPS {
        let Some(row) = rl.get(group.key) else {
            continue;
        };
        if REVIEW_COLS
            .iter()
            .any(|c| doubt.blocks("review_litigation", group.key, c.key, Checks::REVIEW_TOTAL))
        {
            continue;
        }
        if let Some((expected, found)) = total_mismatch(row, &REVIEW_COLS) {
            out.push(
                Issue::new(
                    "identity.review_total",
                    Severity::Error,
                    format!("review_litigation.{}.total", group.key),
                    format!(
                        "总计 is {} but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = {} ({})",
                        show(found),
                        show(expected),
                        group.label
                    ),
                )
                .with_values(json_num(expected), json_num(found)),
            );
        }
    }
}
