//! Validate: the template's own arithmetic, soft plausibility rules, and
//! the prose against the tables. Adds issues and `narrative` to a record.
//!
//! [`validate`] runs, in this order (which is the order of the issues):
//!
//! 1. the identities ([`identity`]): `identity.balance` (A1),
//!    `identity.outcome_total` (A2), `identity.row_total` (A3),
//!    `identity.review_total` (A5), all errors;
//! 2. the soft checks ([`soft`]): `value.negative`, `value.non_integer`,
//!    `active.published_exceeds_total`, all warnings;
//! 3. the narrative ([`narrative`]): figures read from the prose of
//!    一、总体情况 into `rec.narrative`, and `narrative.mismatch` warnings
//!    where they differ from the tables.
//!
//! Records with no template, or a legacy one, get no table checks (a legacy
//! record gets its narrative figures only). Validation never sets `status`:
//! the pipeline calls [`Record::settle_status`] afterwards.
//!
//! ## `where` of each issue
//!
//! | code | `where` | `expected` | `found` |
//! |---|---|---|---|
//! | `identity.balance` | `requests.balance.<col>` (a pseudo row naming the identity of the column) | 一 + 二 | （七）总计 + 四 |
//! | `identity.outcome_total` | `requests.total_handled.<col>` | sum of the outcome rows | （七）总计 |
//! | `identity.row_total` | `requests.<row>.total` | sum of the six applicant columns | the row's 总计 |
//! | `identity.review_total` | `review_litigation.<group>.total` | 维持 + 纠正 + 其他 + 尚未审结 | the group's 总计 |
//! | `value.negative` | `<table>.<row>.<col>` | — | the value |
//! | `value.non_integer` | `<table>.<row>.<col>` | — | the value |
//! | `active.published_exceeds_total` | `active.<row>.published` | 对外公开总数量 (the most it may be) | 本年新公开数量 |
//! | `narrative.mismatch` | `narrative.<figure>` | the tables' value | the prose's value |
//!
//! ## Every issue code, and where it is made
//!
//! | code | severity | made in | `where` |
//! |---|---|---|---|
//! | `identity.balance`, `identity.outcome_total`, `identity.row_total`, `identity.review_total` | error | [`identity`] | see above |
//! | `value.negative`, `value.non_integer`, `active.published_exceeds_total` | warning | [`soft`] | see above |
//! | `narrative.mismatch` | warning | [`narrative`] | see above |
//! | `structure.missing_section` | warning | `extract` | `section 五` |
//! | `structure.tables_only` | warning | `extract` | `document` |
//! | `structure.missing_table` | error | `extract` | the table's key (`review_litigation`) |
//! | `structure.truncated` | error | `extract`, `parse` | `requests`, `review_litigation` (`expected` 15, `found` the values read) |
//! | `structure.row_shape` | error | `extract` | `<table>.<row>` (`expected`/`found`: cell counts) |
//! | `value.unparsed` | warning | `extract` | `<table>.<row>.<col>` (`found`: the cell's text) |
//! | `input.unreadable` | error | `decode` | `source` |
//! | `input.not_a_report` | error | `extract` | `document` |
//! | `corpus.duplicate`, `corpus.carry_over` | warning | [`crate::corpus`] | `source`; `requests.carried_over.<col>` |
//! | `corpus.missing_report`, `corpus.unlisted_office` | — (coverage findings, not record issues) | [`crate::corpus::coverage`] | — |
//!
//! `fixtures/validate/<code>/` holds a report that triggers each of them;
//! `tests/validate.rs` (`recall`) measures recall per code and false alarms
//! on generated reports:
//! `NIANBAO_RECALL_N=3000 cargo test --release --test integration recall -- --nocapture`.

pub mod identity;
pub mod narrative;
mod num;
pub mod soft;
mod unknown;

use crate::model::{Record, Template};
pub(crate) use num::{cell, json_num, same, show};

/// The prose the validator reads; defined with the shared types.
pub use crate::model::Evidence;

/// Checks `rec` and adds its issues and narrative figures.
pub fn validate(rec: &mut Record, ev: &Evidence<'_>) {
    let Some(template) = rec.template else {
        return;
    };
    let figures = match &ev.figures {
        Some(f) => f.clone(),
        None => narrative::figures(&ev.overview),
    };
    rec.narrative = if figures.is_empty() {
        None
    } else {
        Some(figures)
    };
    if template == Template::Legacy {
        return;
    }
    let mut issues = identity::check(rec, template);
    issues.extend(soft::check(rec, template));
    issues.extend(narrative::mismatches(rec));
    rec.issues.extend(issues);
}
