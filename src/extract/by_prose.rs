//! Rows read several ways, settled by the prose: a figure the prose of
//! 一、总体情况 states for a cell of such a row picks, among the row's
//! readings that fit the template (`Record.readings`), those that hold
//! that figure in that cell.
//!
//! Strict on purpose:
//!
//! - only the figures [`crate::prose::figures`] reads, each for the cells
//!   [`crate::prose::FIGURES`] names: `new_requests` is 一、本年新收 总计,
//!   `reviews` is 行政复议 总计, `lawsuits` is 未经复议直接起诉 总计 +
//!   复议后起诉 总计 (both printed);
//! - only to choose among readings that already fit the identities (a
//!   row whose kept readings do not all fit its own is left alone): the
//!   prose never makes a reading, and when no reading holds its figure
//!   (the prose contradicts the table) nothing is chosen (the narrative
//!   check, made under every reading, then reports it);
//! - a cell is filled only where every reading left agrees, as
//!   [`How::Prose`]; the identity checks and the narrative check still
//!   treat it as read several ways (the readings are kept), so that a value
//!   the prose chose never confirms or denies anything, the narrative
//!   check least of all.
//!
//! One use besides ([`vouch`]): section 四 whose cells ran together, that
//! no split fits but by leaving a group unchecked, is kept as its splits
//! that fill every cell (none fitting) for the identity checks only where
//! the prose states both of its figures and every such split holds them.
//! No cell is filled that way; the checks read the row under those splits.

use crate::model::{Checks, How, Num, Readings, Record};
use crate::prose::{figure_spec, FigureSpec};
use indexmap::IndexMap;

/// One figure's test of a reading: whether the reading holds the figure
/// (`figure`, the value the prose states) in the cells it names (`None`:
/// the reading does not cover them all).
fn holds(r: &Readings, alt: &[Option<f64>], spec: &FigureSpec, figure: f64) -> Option<bool> {
    if r.table != spec.table {
        return None;
    }
    let mut sum = Some(0.0);
    for row in spec.rows {
        let j = r.cells.iter().position(|&c| c == (*row, "total"))?;
        sum = sum.zip(alt[j]).map(|(s, v)| s + v);
    }
    Some(sum.is_some_and(|v| crate::model::same(v, figure)))
}

/// Drops the readings kept only if the prose bears them out
/// ([`Readings::vouch`]: section 四 whose cells ran together, read only as
/// its splits that fill every cell, a sound row with blank parts splitting
/// the same way) unless the prose states every figure of the row's table
/// and every reading holds each: the prose names the totals a reading
/// that fills every cell prints (`412192003510001` with 行政复议 9 件 and
/// 行政诉讼 6 件: 复议 总计 9, 诉讼 总计 5 + 1), which a sound row's
/// split by the digit would not (`310121600012120`, 复议 16 件: its 总计
/// is 2). What is kept the checks read, as for any row no reading fits;
/// the cells stay null either way.
pub(crate) fn vouch(rec: &mut Record, figures: &IndexMap<String, Num>) {
    let borne = |r: &Readings| {
        let mut specs = crate::prose::FIGURES
            .iter()
            .filter(|s| s.table == r.table)
            .peekable();
        specs.peek().is_some()
            && specs.all(|spec| {
                figures.get(spec.key).is_some_and(|figure| {
                    r.alts
                        .iter()
                        .all(|alt| holds(r, alt, spec, figure.0) == Some(true))
                })
            })
    };
    let mut kept = Vec::new();
    rec.readings.retain(|r| {
        if !r.vouch {
            return true;
        }
        let keep = borne(r);
        if keep {
            kept.push(r.alts.clone());
        }
        keep
    });
    // The row's notice says why the checks read it.
    for alts in kept {
        let shown: Vec<String> = alts
            .iter()
            .take(4)
            .map(|a| super::fit::show_reading(a.iter().map(|v| v.map(|v| Num(v).show()))))
            .collect();
        for i in rec.issues.iter_mut().filter(|i| {
            i.code == "structure.ambiguous_split" && i.where_ == "review_litigation.row"
        }) {
            let one = alts.len() == 1;
            i.message = format!(
                "{}; {} that fill{} every cell ({}{}), breaking the row's identity, hold{} every figure the prose of 一、总体情况 states for the row (行政复议, 行政诉讼): the checks read the row under {}",
                i.message,
                if one { "the one split" } else { "the splits" },
                if one { "s" } else { "" },
                shown.join("; "),
                if alts.len() > shown.len() { "; …" } else { "" },
                if one { "s" } else { "" },
                if one { "it" } else { "each" },
            );
        }
    }
}

/// Settles the rows of `rec` read several ways by the prose's `figures`
/// (see the module docs).
pub(crate) fn settle(rec: &mut Record, figures: &IndexMap<String, Num>) {
    for k in 0..rec.readings.len() {
        let r = &rec.readings[k];
        // Only readings that fit the row's own identity: the prose chooses
        // among fitting readings, never among those kept only to show that
        // a row breaks its identity under each.
        if !r.fits {
            continue;
        }
        let mut keep: Vec<usize> = (0..r.alts.len()).collect();
        let mut used: Vec<&str> = Vec::new();
        for (key, figure) in figures {
            let Some(spec) = figure_spec(key) else {
                continue;
            };
            let tests: Option<Vec<bool>> = r
                .alts
                .iter()
                .map(|alt| holds(r, alt, spec, figure.0))
                .collect();
            let Some(tests) = tests else { continue };
            let left: Vec<usize> = keep.iter().copied().filter(|&i| tests[i]).collect();
            // The prose contradicts every reading left: not a figure to
            // choose by.
            if left.is_empty() || left.len() == keep.len() {
                continue;
            }
            keep = left;
            used.push(spec.named);
        }
        if keep.len() == r.alts.len() {
            continue;
        }
        let r = r.clone();
        let row_check = if r.table == "requests" {
            Checks::ROW_TOTAL
        } else {
            Checks::REVIEW_TOTAL
        };
        let mut settled = 0usize;
        let mut disputed = 0usize;
        for (j, &(row, col)) in r.cells.iter().enumerate() {
            let Some(cs) = rec
                .cells
                .iter_mut()
                .find(|c| c.table == r.table && c.row == row && c.col == col)
            else {
                continue;
            };
            if cs.how != How::Ambiguous {
                continue;
            }
            let first = r.alts[keep[0]][j];
            if keep.iter().any(|&i| r.alts[i][j] != first) {
                disputed += 1;
                continue;
            }
            cs.how = How::Prose;
            cs.relied_on = row_check.with(Checks::NARRATIVE);
            cs.raw = first.map_or(String::new(), |v| Num(v).show()).into();
            if let Some(v) = rec.value_mut(r.table, row, col) {
                *v = first.map(Num);
            }
            settled += 1;
        }
        if settled == 0 {
            continue;
        }
        // The row's notice of its readings: gone when the prose settled
        // every disputed cell, else narrowed to the readings left.
        let row_where = if r.table == "requests" {
            r.cells.first().map(|c| format!("requests.{}", c.0))
        } else {
            Some("review_litigation.row".to_string())
        };
        let Some(row_where) = row_where else { continue };
        let notice = |code: &str| {
            matches!(
                code,
                "structure.ambiguous_split" | "structure.ambiguous_columns"
            )
        };
        if disputed == 0 {
            rec.issues
                .retain(|i| !(notice(&i.code) && i.where_ == row_where));
            continue;
        }
        let shown: Vec<String> = keep
            .iter()
            .take(super::fit::MAX_READINGS)
            .map(|&i| super::fit::show_reading(r.alts[i].iter().map(|v| v.map(|v| Num(v).show()))))
            .collect();
        for i in rec
            .issues
            .iter_mut()
            .filter(|i| notice(&i.code) && i.where_ == row_where)
        {
            i.message = format!(
                "{} The prose of 一、总体情况 states the figure of {} for this row, which {} of them hold ({}{}); only the cells those disagree on stay null",
                i.message,
                used.join(", "),
                keep.len(),
                shown[..shown.len().min(4)].join("; "),
                if shown.len() > 4 { "; …" } else { "" }
            );
            if let Some(found) = i.found.as_mut().and_then(|f| f.as_object_mut()) {
                found.insert("readings".into(), serde_json::json!(shown));
            }
        }
    }
}
