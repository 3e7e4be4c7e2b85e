//! The figures the prose of 一、总体情况 states (read by [`crate::prose`]),
//! compared with the tables: `narrative.mismatch`.

use super::unknown::Unknown;
use super::{json_num, same, show};
use crate::model::{Issue, Readings, Record, Severity};
pub use crate::prose::{figures, parse_num, FigureSpec, FIGURES, LAWSUITS, NEW_REQUESTS, REVIEWS};

/// `narrative.mismatch` warnings where a figure of `rec.narrative` differs
/// from the same figure in the tables. A figure whose cells are unknown
/// because their row was read several ways (or chosen among those readings
/// by this same prose) is compared under every reading of the row
/// (`Record.readings`), and reported only when it differs under each.
pub fn mismatches(rec: &Record) -> Vec<Issue> {
    let mut out = Vec::new();
    let Some(narr) = &rec.narrative else {
        return out;
    };
    let u = Unknown::of(rec);
    for spec in &FIGURES {
        let Some(prose) = narr.get(spec.key) else {
            continue;
        };
        let (key, words, label) = (spec.key, spec.words, spec.cells);
        let message = |table: &str, tail: &str| {
            format!(
                "the prose of 一、总体情况 states {} {words} but the table's {label} is {table}{tail}",
                show(prose.0),
            )
        };
        match figure(rec, &u, spec, None) {
            Figure::Known(table) => {
                if !same(prose.0, table) {
                    out.push(
                        Issue::new(
                            "narrative.mismatch",
                            Severity::Warning,
                            format!("narrative.{key}"),
                            message(&show(table), ""),
                        )
                        .with_values(json_num(table), json_num(prose.0)),
                    );
                }
            }
            Figure::Blank => {}
            Figure::Unknown => {
                let Some((r, values)) = every_reading(rec, &u, spec) else {
                    continue;
                };
                if values.iter().any(|&v| same(v, prose.0)) {
                    continue;
                }
                let one = values.iter().all(|&v| same(v, values[0]));
                let rows = r.cells.first().map_or("", |c| c.0);
                let name = if r.table == "review_litigation" {
                    "四".to_string()
                } else {
                    super::identity::row_name(rows)
                };
                let tail = format!(
                    " under every reading of the row read in several ways ({name}, {} readings): its disputed cells stay null",
                    r.alts.len()
                );
                let shown = if one {
                    show(values[0])
                } else {
                    "something else".to_string()
                };
                let issue = Issue::new(
                    "narrative.mismatch",
                    Severity::Warning,
                    format!("narrative.{key}"),
                    message(&shown, &tail),
                );
                out.push(if one {
                    issue.with_values(json_num(values[0]), json_num(prose.0))
                } else {
                    issue
                });
            }
        }
    }
    out
}

/// What a table says of one figure.
#[derive(Clone, Copy)]
enum Figure {
    Known(f64),
    /// Every cell it comes from is blank.
    Blank,
    /// A cell it comes from has an unknown figure ([`Unknown`]).
    Unknown,
}

/// A reading of a row read several ways: the readings and one of them.
type Alt<'r> = (&'r Readings, &'r [Option<f64>]);

/// The row `table.key`'s 总计, or the sum of its other cells when 总计 is
/// blank; with `alt`, the cells that reading covers read from it.
fn total_or_sum(
    rec: &Record,
    u: &Unknown<'_>,
    table: &str,
    key: &str,
    alt: Option<Alt<'_>>,
) -> Figure {
    let Some(row) = rec.table(table).and_then(|t| t.get(key)) else {
        return Figure::Blank;
    };
    // A cell's value; `Err` when it is unknown.
    let val = |col: &str| -> Result<Option<f64>, ()> {
        if let Some((r, a)) = alt {
            if r.table == table {
                if let Some(j) = r.cells.iter().position(|&c| c == (key, col)) {
                    return Ok(a.get(j).copied().flatten());
                }
            }
        }
        if u.has(table, key, Some(col)) {
            return Err(());
        }
        Ok(super::cell(row, col))
    };
    match val("total") {
        Err(()) => return Figure::Unknown,
        Ok(Some(t)) => return Figure::Known(t),
        Ok(None) => {}
    }
    // A 总计 left blank by placing a short row's values by position, in a
    // table none of whose rows has a 总计 (one a converter cut to its first
    // columns, `| 一、本年新收… | 84件 |`): it may have been printed where
    // the copy lost it, and the parts are no figure of the row's total.
    let placed = rec.cells.iter().any(|c| {
        c.table == table && c.row == key && c.col == "total" && c.how == crate::model::How::Position
    });
    let no_totals = rec
        .table(table)
        .is_some_and(|t| t.values().all(|r| super::cell(r, "total").is_none()));
    if placed && no_totals {
        return Figure::Unknown;
    }
    let mut parts = Vec::new();
    for (k, _) in row.iter().filter(|(k, _)| **k != "total") {
        match val(k) {
            Err(()) => return Figure::Unknown,
            Ok(v) => parts.extend(v),
        }
    }
    if parts.is_empty() {
        Figure::Blank
    } else {
        Figure::Known(parts.iter().sum())
    }
}

/// The table's value of the prose's figure `spec`: its rows' 总计 (or
/// parts) summed, a blank row counting as none.
fn figure(rec: &Record, u: &Unknown<'_>, spec: &FigureSpec, alt: Option<Alt<'_>>) -> Figure {
    let mut out = Figure::Blank;
    for row in spec.rows {
        out = match (out, total_or_sum(rec, u, spec.table, row, alt)) {
            (Figure::Unknown, _) | (_, Figure::Unknown) => Figure::Unknown,
            (Figure::Blank, f) | (f, Figure::Blank) => f,
            (Figure::Known(a), Figure::Known(b)) => Figure::Known(a + b),
        };
    }
    out
}

/// The figure `spec` under every reading of the one row read several ways
/// that its unknown cells belong to; `None` when they are not all that
/// row's, or a reading leaves the figure unknown or blank.
fn every_reading<'r>(
    rec: &'r Record,
    u: &Unknown<'_>,
    spec: &FigureSpec,
) -> Option<(&'r Readings, Vec<f64>)> {
    let r = rec
        .readings
        .iter()
        .find(|r| r.table == spec.table && r.cells.iter().any(|c| spec.rows.contains(&c.0)))?;
    // Only a row that printed a number for every cell in some reading: a
    // row that printed fewer (PDF text that scattered its numbers) may
    // have its figure elsewhere.
    if !r.alts.iter().any(|a| a.iter().all(Option::is_some)) {
        return None;
    }
    let mut values = Vec::with_capacity(r.alts.len());
    for a in &r.alts {
        match figure(rec, u, spec, Some((r, a))) {
            Figure::Known(v) => values.push(v),
            Figure::Blank | Figure::Unknown => return None,
        }
    }
    (!values.is_empty()).then_some((r, values))
}
