//! Soft plausibility checks (warnings): FORMAT.md §5 A9 and A10.
//!
//! - `value.negative`: a negative number where a count belongs (anywhere but
//!   本年增/减, see [`crate::template::is_signed`]);
//! - `value.non_integer`: a fraction where a count belongs (anywhere but the
//!   money cells, see [`crate::template::is_money`]);
//! - `active.published_exceeds_total`: 2019 format, 本年新公开数量 greater than
//!   对外公开总数量 (the stock of published documents includes this year's).
//!
//! A9's other half (本年新制作数量 ≥ 本年新公开数量) is not checked: a report
//! may publish documents made the year before.

use super::{cell, json_num, show};
use crate::model::{Issue, Record, Severity, Table, Template};
use crate::template::{active_rows, is_money, is_signed};

/// Runs the soft checks over `rec` (read as template `t`).
pub fn check(rec: &Record, t: Template) -> Vec<Issue> {
    let mut out = Vec::new();
    for (name, table) in [
        ("active", &rec.active),
        ("requests", &rec.requests),
        ("review_litigation", &rec.review_litigation),
    ] {
        if let Some(table) = table {
            values(name, table, &mut out);
        }
    }
    if t == Template::F2019 {
        if let Some(active) = &rec.active {
            published_vs_total(active, t, &mut out);
        }
    }
    out
}

/// A10: counts are non-negative whole numbers.
fn values(name: &str, table: &Table, out: &mut Vec<Issue>) {
    for (row, cells) in table {
        for (col, val) in cells {
            let Some(v) = val.map(|n| n.0) else {
                continue;
            };
            let active = name == "active";
            if v < 0.0 && !(active && is_signed(col)) {
                out.push(found_only(
                    Issue::new(
                        "value.negative",
                        Severity::Warning,
                        format!("{name}.{row}.{col}"),
                        format!("negative count {} in {name}.{row}.{col}", show(v)),
                    ),
                    v,
                ));
            }
            if v.fract() != 0.0 && !(active && is_money(row, col)) {
                out.push(found_only(
                    Issue::new(
                        "value.non_integer",
                        Severity::Warning,
                        format!("{name}.{row}.{col}"),
                        format!("{} is not a whole number in {name}.{row}.{col}", show(v)),
                    ),
                    v,
                ));
            }
        }
    }
}

fn found_only(mut issue: Issue, v: f64) -> Issue {
    issue.found = Some(json_num(v));
    issue
}

/// A9 (2019 format): 本年新公开数量 ≤ 对外公开总数量.
fn published_vs_total(active: &Table, t: Template, out: &mut Vec<Issue>) {
    for spec in active_rows(t) {
        let Some(row) = active.get(spec.key) else {
            continue;
        };
        let (Some(published), Some(total)) = (cell(row, "published"), cell(row, "total_public"))
        else {
            continue;
        };
        if published > total {
            out.push(
                Issue::new(
                    "active.published_exceeds_total",
                    Severity::Warning,
                    format!("active.{}.published", spec.key),
                    format!(
                        "本年新公开数量 {} exceeds 对外公开总数量 {} ({})",
                        show(published),
                        show(total),
                        spec.label
                    ),
                )
                .with_values(json_num(total), json_num(published)),
            );
        }
    }
}
