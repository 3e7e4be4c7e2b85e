//! The arithmetic identities of the section 三 and 四 tables (FORMAT.md §5,
//! A1, A2, A3, A5), each checked per column or per row.
//!
//! Rules shared by all of them (SCHEMA.md):
//! - a blank applicant cell reads as 0;
//! - a check whose printed total cell is blank is skipped;
//! - in the 总计 column every cell is itself a total, so a blank anywhere in
//!   the check skips it (Shanghai 2019 leaves 总计 blank on its outcome
//!   rows while （七）总计 is printed: that is not an error), but for a row
//!   whose applicant cells hold nothing (each blank or 0): its 总计 is 0;
//! - a check whose addends are all blank is skipped (nothing to compare);
//! - an outcome row the report does not have reads as 0 (many reports drop
//!   （五）4–5), but A2 is skipped when （一）予以公开 or （二）部分公开 is
//!   absent (every report prints them: such a row was not read), or when
//!   the extractor said an outcome row was not read (`structure.unread_row`:
//!   a sub-row lost before a later one of its group), then only a sum of
//!   the rows read already over （七）总计 is a break; when a row A1 needs
//!   is absent, A1 is skipped.

use super::unknown::Unknown;
use super::{cell, json_num, same, show};
use crate::model::{CellSource, Checks, Issue, Record, Severity, Table, Template};
use crate::template::{
    request_col_label, request_label, request_rows, GROUP_RESULTS, PRINTED_ROWS, REQUEST_COLS,
    REVIEW_COLS, REVIEW_GROUPS,
};

/// Runs A1, A2, A3 and A5 over `rec` (read as template `t`).
pub fn check(rec: &Record, t: Template) -> Vec<Issue> {
    let mut out = Vec::new();
    let doubt = Doubt::of(rec);
    if let Some(req) = &rec.requests {
        balance(rec, req, &doubt, &mut out);
        outcome_total(rec, req, t, &doubt, &mut out);
        row_total(rec, req, &doubt, &mut out);
    }
    if let Some(rl) = &rec.review_litigation {
        review_total(rec, rl, &doubt, &mut out);
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

/// A cell as a check sees it: `None` when its row is absent, `Some(None)`
/// when it is blank.
type Cell = Option<Option<f64>>;

/// What one check says of one column or group.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Verdict {
    /// Nothing to compare (a blank total, blank addends, a row absent).
    Skip,
    Holds,
    /// It fails: the sum of the addends, the total printed.
    Breaks {
        expected: f64,
        found: f64,
    },
}

fn verdict(expected: f64, found: f64) -> Verdict {
    if same(expected, found) {
        Verdict::Holds
    } else {
        Verdict::Breaks { expected, found }
    }
}

/// The cell `row.col` of the record's table `table` as it stands.
fn as_read(rec: &Record, table: &str, row: &str, col: &str) -> Cell {
    rec.table(table)
        .and_then(|t| t.get(row))
        .map(|r| cell(r, col))
}

/// The cells `cells` of the record's table `table` as they stand.
fn values(rec: &Record, table: &str, cells: &[(&str, &str)]) -> Vec<Cell> {
    cells
        .iter()
        .map(|&(row, col)| as_read(rec, table, row, col))
        .collect()
}

const BALANCE_ROWS: [&str; 4] = [
    "new_received",
    "carried_over",
    "total_handled",
    "carried_forward",
];

/// Whether the six applicant cells of section 三's row `row` hold nothing
/// (each blank or 0) however the row is read: as it stands, or under each
/// of its readings when it was read in several ways. A cell left null as
/// unknown, and not covered by readings, may hold anything.
fn holds_nothing(rec: &Record, doubt: &Doubt<'_>, row: &str) -> bool {
    if rec.requests.as_ref().and_then(|t| t.get(row)).is_none() {
        return false;
    }
    let nothing = |v: Option<f64>| v.is_none_or(|x| x == 0.0);
    // The readings that cover the row's cells (a row is read several ways
    // once, in one entry); a cell they do not cover is read as it stands.
    let readings = rec
        .readings
        .iter()
        .find(|r| r.table == "requests" && r.cells.iter().any(|c| c.0 == row));
    REQUEST_COLS.iter().filter(|c| c.key != "total").all(|c| {
        let at = readings.and_then(|r| r.cells.iter().position(|&x| x == (row, c.key)));
        match (readings, at) {
            (Some(r), Some(j)) => {
                !r.alts.is_empty() && r.alts.iter().all(|a| nothing(a.get(j).copied().flatten()))
            }
            _ => {
                !doubt.unknown.has("requests", row, Some(c.key))
                    && nothing(as_read(rec, "requests", row, c.key).flatten())
            }
        }
    })
}

/// Of the rows `keys`, those whose applicant cells hold nothing
/// ([`holds_nothing`]).
fn empty_rows(rec: &Record, doubt: &Doubt<'_>, keys: &[&str]) -> Vec<bool> {
    keys.iter().map(|r| holds_nothing(rec, doubt, r)).collect()
}

/// A check's cells `v` in column `col` of the rows whose emptiness
/// `empty` gives ([`empty_rows`]): in the 总计 column, a blank 总计 of a
/// row that holds nothing reads 0 (it can be nothing else, whether the
/// report printed 0 or left it blank); other columns as they stand.
fn totals_of_empty_rows(v: &[Cell], col: &str, empty: &[bool]) -> Vec<Cell> {
    if col != "total" {
        return v.to_vec();
    }
    v.iter()
        .zip(empty)
        .map(|(&c, &e)| match c {
            Some(None) if e => Some(Some(0.0)),
            c => c,
        })
        .collect()
}

/// A1 in one column: `v` holds 一, 二, （七）总计 and 四 there.
fn balance_at(v: &[Cell], col: &str) -> Verdict {
    if v.len() != 4 || v.iter().any(Option::is_none) {
        return Verdict::Skip;
    }
    let cells: Vec<Option<f64>> = v.iter().map(|c| c.flatten()).collect();
    if cells[2].is_none() || (col == "total" && cells.iter().any(Option::is_none)) {
        return Verdict::Skip;
    }
    verdict(sum(&cells[..2]), sum(&cells[2..]))
}

/// A2 in one column: `v` holds （七）总计, then the outcome rows (`None`
/// for a row the report does not have).
fn outcome_at(v: &[Cell], col: &str) -> Verdict {
    let Some((Some(Some(found)), rows)) = v.split_first() else {
        return Verdict::Skip;
    };
    let cells: Vec<Option<f64>> = rows.iter().flatten().copied().collect();
    if cells.iter().all(Option::is_none) || (col == "total" && cells.iter().any(Option::is_none)) {
        return Verdict::Skip;
    }
    verdict(sum(&cells), *found)
}

/// A3 or A5 on one row: `v` holds its cells, the total last.
fn total_at(v: &[Cell]) -> Verdict {
    let Some((Some(Some(found)), parts)) = v.split_last() else {
        return Verdict::Skip;
    };
    let cells: Vec<Option<f64>> = parts.iter().map(|c| c.flatten()).collect();
    if cells.iter().all(Option::is_none) {
        return Verdict::Skip;
    }
    verdict(sum(&cells), *found)
}

/// One check at one place (a column, a group) that some of its cells keep
/// from being made on the values as they stand: the cells it needs.
struct Pending {
    /// The column or group key.
    at: &'static str,
    /// Its label, for the message.
    label: &'static str,
    /// The cells the check reads there, `(row, col)`, in the order its
    /// check function takes them.
    cells: Vec<(&'static str, &'static str)>,
}

/// The most combinations of readings tried for one check.
const MAX_WORLDS: usize = 400_000;

/// A check made under every reading of the rows read in several ways
/// (`Record.readings`) whose cells it could not use as they stand.
struct Worlds<'r> {
    rec: &'r Record,
    table: &'static str,
    doubt: &'r Doubt<'r>,
    check: Checks,
}

/// What every reading said of one place.
struct Certain {
    /// The place's column or group key and label.
    at: &'static str,
    label: &'static str,
    /// The expected and found values, when every reading gave the same.
    values: Option<(f64, f64)>,
}

/// What the readings showed of a check.
#[derive(Default)]
struct Shown {
    /// The places the check fails at under every reading.
    certain: Vec<Certain>,
    /// Whether, failing at no one place under all readings, it fails at
    /// some place under each.
    somewhere: bool,
    /// The rows read in several ways that the check was made under: their
    /// row keys, how many readings each, and whether those are the
    /// readings the prose bore out ([`crate::model::Readings::vouch`]).
    rows: Vec<(&'static str, usize, bool)>,
}

/// Where a check finds one cell's value: as it stands, or in the `j`th
/// value of the chosen reading of the `k`th row read several ways.
#[derive(Clone, Copy)]
enum Src {
    Fixed(Cell),
    Alt(usize, usize),
}

impl<'r> Worlds<'r> {
    /// The readings that stand for the cells of `cells` the check may not
    /// use (indices into `Record.readings`), or `None` when one of them is
    /// not covered by any.
    fn covering(&self, cells: &[(&'static str, &'static str)]) -> Option<Vec<usize>> {
        let mut out: Vec<usize> = Vec::new();
        for &(row, col) in cells {
            if !self.doubt.blocks(self.table, row, col, self.check) {
                continue;
            }
            let k = self
                .rec
                .readings
                .iter()
                .position(|r| r.table == self.table && r.cells.contains(&(row, col)))?;
            if !out.contains(&k) {
                out.push(k);
            }
        }
        Some(out)
    }

    /// Where each of `cells` is found when the rows `rows` (indices into
    /// `Record.readings`) take each of their readings: every cell of those
    /// rows from the reading, the others as they stand.
    fn sources(&self, cells: &[(&'static str, &'static str)], rows: &[usize]) -> Vec<Src> {
        cells
            .iter()
            .map(|&(row, col)| {
                rows.iter()
                    .enumerate()
                    .find_map(|(k, &r)| {
                        self.rec.readings[r]
                            .cells
                            .iter()
                            .position(|&c| c == (row, col))
                            .map(|j| Src::Alt(k, j))
                    })
                    .unwrap_or_else(|| Src::Fixed(as_read(self.rec, self.table, row, col)))
            })
            .collect()
    }

    /// Calls `each` with the values of `places` (one list per place, by
    /// its sources) for every combination of the readings of `rows` (at
    /// most [`MAX_WORLDS`]); stops when it returns false. Returns whether
    /// every combination was tried and passed.
    fn each(
        &self,
        rows: &[usize],
        places: &[Vec<Src>],
        each: &mut dyn FnMut(&[Vec<Cell>]) -> bool,
    ) -> bool {
        let readings: Vec<&crate::model::Readings> =
            rows.iter().map(|&k| &self.rec.readings[k]).collect();
        // Of each row's readings, one for each set of values it gives the
        // cells the places use (a row read `0` in any of its seven cells
        // gives a column's sum 0 or blank, two readings, not seven).
        let distinct: Vec<Vec<usize>> = readings
            .iter()
            .enumerate()
            .map(|(k, r)| {
                let used: Vec<usize> = places
                    .iter()
                    .flatten()
                    .filter_map(|s| match *s {
                        Src::Alt(row, j) if row == k => Some(j),
                        _ => None,
                    })
                    .collect();
                let mut seen: std::collections::HashSet<Vec<Option<u64>>> =
                    std::collections::HashSet::new();
                let mut keep = Vec::new();
                for (a, alt) in r.alts.iter().enumerate() {
                    let at: Vec<Option<u64>> = used
                        .iter()
                        .map(|&j| alt.get(j).copied().flatten().map(f64::to_bits))
                        .collect();
                    if seen.insert(at) {
                        keep.push(a);
                    }
                }
                keep
            })
            .collect();
        let combos = distinct
            .iter()
            .try_fold(1usize, |a, d| a.checked_mul(d.len()))
            .filter(|&n| n <= MAX_WORLDS);
        if combos.is_none() || distinct.iter().any(Vec::is_empty) {
            return false;
        }
        let mut choice = vec![0usize; readings.len()];
        let mut values: Vec<Vec<Cell>> = places.iter().map(|p| vec![None; p.len()]).collect();
        loop {
            for (vals, srcs) in values.iter_mut().zip(places) {
                for (v, src) in vals.iter_mut().zip(srcs) {
                    *v = match *src {
                        Src::Fixed(c) => c,
                        Src::Alt(k, j) => Some(
                            readings[k].alts[distinct[k][choice[k]]]
                                .get(j)
                                .copied()
                                .flatten(),
                        ),
                    };
                }
            }
            if !each(&values) {
                return false;
            }
            if !crate::model::next_combination(&mut choice, |k| distinct[k].len()) {
                return true;
            }
        }
    }

    /// The places of `pending` where the check fails under every reading,
    /// and whether, failing at no one place under all, it fails somewhere
    /// under each. `at(values, place)` makes the check at one place.
    fn show(&self, pending: &[Pending], at: &dyn Fn(&[Cell], &str) -> Verdict) -> Shown {
        let mut shown = Shown::default();
        // The places whose unusable cells all have readings.
        let places: Vec<(&Pending, Vec<usize>)> = pending
            .iter()
            .filter_map(|p| {
                self.covering(&p.cells)
                    .filter(|rows| !rows.is_empty())
                    .map(|rows| (p, rows))
            })
            .collect();
        let mut all_rows: Vec<usize> = Vec::new();
        for (p, rows) in &places {
            let srcs = [self.sources(&p.cells, rows)];
            let mut values: Option<Option<(f64, f64)>> = None;
            let every = self.each(rows, &srcs, &mut |v| match at(&v[0], p.at) {
                Verdict::Breaks { expected, found } => {
                    values = Some(match values {
                        None => Some((expected, found)),
                        Some(Some(x)) if same(x.0, expected) && same(x.1, found) => Some(x),
                        Some(_) => None,
                    });
                    true
                }
                Verdict::Skip | Verdict::Holds => false,
            });
            if every {
                shown.certain.push(Certain {
                    at: p.at,
                    label: p.label,
                    values: values.flatten(),
                });
            }
            for k in rows {
                if !all_rows.contains(k) {
                    all_rows.push(*k);
                }
            }
        }
        if shown.certain.is_empty() && places.len() > 1 {
            let srcs: Vec<Vec<Src>> = places
                .iter()
                .map(|(p, _)| self.sources(&p.cells, &all_rows))
                .collect();
            shown.somewhere = self.each(&all_rows, &srcs, &mut |v| {
                places
                    .iter()
                    .zip(v)
                    .any(|((p, _), vals)| matches!(at(vals, p.at), Verdict::Breaks { .. }))
            });
        }
        if !shown.certain.is_empty() || shown.somewhere {
            all_rows.sort_unstable();
            shown.rows = all_rows
                .iter()
                .map(|&k| {
                    let r = &self.rec.readings[k];
                    (r.cells.first().map_or("", |c| c.0), r.alts.len(), r.vouch)
                })
                .collect();
        }
        shown
    }
}

/// The rows read in several ways, for a message: `二、上年结转… (43
/// readings)`; a row kept only as the prose bore it out says so (`四, the
/// 1 reading that fills every cell and holds the prose's figures`).
fn read_several_ways(table: &str, rows: &[(&'static str, usize, bool)]) -> String {
    rows.iter()
        .map(|&(key, n, vouched)| {
            let name = if table == "review_litigation" {
                "四".to_string()
            } else {
                row_name(key)
            };
            let readings = if n == 1 { "reading" } else { "readings" };
            if vouched {
                let (fill, hold) = if n == 1 {
                    ("fills", "holds")
                } else {
                    ("fill", "hold")
                };
                format!("{name}, the {n} {readings} that {fill} every cell and {hold} the figures the prose of 一、总体情况 states for it")
            } else {
                format!("{name}, {n} {readings}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// How the findings of a check made under every reading are worded.
struct Wording {
    code: &'static str,
    table: &'static str,
    /// `where` of a finding at one place.
    place: fn(&str) -> String,
    /// `where` of a finding at no one place.
    whole: &'static str,
    /// The message at one place, from the expected and found values (when
    /// every reading gave the same) and the place's label.
    certain: fn(Option<(f64, f64)>, &str) -> String,
    /// The identity, for a finding at no one place.
    identity: &'static str,
}

impl Wording {
    /// The finding at column `col` (labelled `label`) of a check made on
    /// values as read: the identity gives `expected`, the report `found`.
    fn plain(&self, col: &str, label: &str, expected: f64, found: f64) -> Issue {
        Issue::new(
            self.code,
            Severity::Error,
            (self.place)(col),
            (self.certain)(Some((expected, found)), label),
        )
        .with_values(json_num(expected), json_num(found))
    }
}

/// The issues of what the readings showed: one at each place the check
/// fails under every reading, or one for the check when it fails at some
/// place under each.
fn report(shown: Shown, w: &Wording, out: &mut Vec<Issue>) {
    let rows = read_several_ways(w.table, &shown.rows);
    let tail = format!(
        "under every reading of the rows read in several ways ({rows}): their disputed cells stay null"
    );
    for c in &shown.certain {
        let issue = Issue::new(
            w.code,
            Severity::Error,
            (w.place)(c.at),
            format!("{}, {tail}", (w.certain)(c.values, c.label)),
        );
        out.push(match c.values {
            Some((e, f)) => issue.with_values(json_num(e), json_num(f)),
            None => issue,
        });
    }
    if shown.somewhere {
        out.push(Issue::new(
            w.code,
            Severity::Error,
            w.whole.to_string(),
            format!(
                "{} fails in at least one column, not the same one in each reading, {tail}",
                w.identity
            ),
        ));
    }
}

/// A1: 一 + 二 = （七）总计 + 四 in each of the seven columns.
fn balance(rec: &Record, req: &Table, doubt: &Doubt<'_>, out: &mut Vec<Issue>) {
    if BALANCE_ROWS.iter().any(|k| req.get(*k).is_none()) {
        return;
    }
    let wording = Wording {
        code: "identity.balance",
        table: "requests",
        place: |col| format!("requests.balance.{col}"),
        whole: "requests.balance",
        certain: |values, label| match values {
            Some((e, f)) => format!(
                "一 + 二 = {} but （七）总计 + 四 = {} ({label})",
                show(e),
                show(f)
            ),
            None => format!("一 + 二 ≠ （七）总计 + 四 ({label})"),
        },
        identity: "一 + 二 = （七）总计 + 四",
    };
    let empty = empty_rows(rec, doubt, &BALANCE_ROWS);
    let at_total = |v: &[Cell], col: &str| totals_of_empty_rows(v, col, &empty);
    let mut pending = Vec::new();
    for col in REQUEST_COLS {
        let cells: Vec<_> = BALANCE_ROWS.iter().map(|r| (*r, col.key)).collect();
        if doubt.blocks_any("requests", &BALANCE_ROWS, col.key, Checks::BALANCE) {
            pending.push(Pending {
                at: col.key,
                label: col.label,
                cells,
            });
            continue;
        }
        let v = values(rec, "requests", &cells);
        if let Verdict::Breaks { expected, found } = balance_at(&at_total(&v, col.key), col.key) {
            out.push(wording.plain(col.key, col.label, expected, found));
        }
    }
    let worlds = Worlds {
        rec,
        table: "requests",
        doubt,
        check: Checks::BALANCE,
    };
    let shown = worlds.show(&pending, &|v, col| balance_at(&at_total(v, col), col));
    report(shown, &wording, out);
}

/// A2: （七）总计 = the sum of the template's outcome rows, per column.
fn outcome_total(rec: &Record, req: &Table, t: Template, doubt: &Doubt<'_>, out: &mut Vec<Issue>) {
    // Outcome values the template has no key for (a 2019 row in a 2021
    // table): the rows read are not all of them.
    if rec
        .issues
        .iter()
        .any(|i| i.code == "structure.other_template_row")
    {
        return;
    }
    if req.get("total_handled").is_none() {
        return;
    }
    // An outcome row every report prints (（一）予以公开, （二）部分公开):
    // one the record lacks was not read, not left out, and a sum without
    // it says nothing.
    // So is one the extractor said was not read (a sub-row lost before a
    // later one of its group).
    let said_unread = |key: &str| {
        rec.issues.iter().any(|i| {
            i.code == "structure.unread_row" && i.where_.strip_prefix("requests.") == Some(key)
        })
    };
    let unread = request_rows(t)
        .filter(|r| r.outcome && PRINTED_ROWS.contains(&r.key))
        .any(|r| req.get(r.key).is_none());
    if unread {
        return;
    }
    // With a sub-row lost, only a sum of the rows read already over
    // （七）总计 is a break: no count the lost row held (0 or more) mends it.
    let lost = request_rows(t)
        .filter(|r| r.outcome)
        .any(|r| said_unread(r.key));
    let wording = Wording {
        code: "identity.outcome_total",
        table: "requests",
        place: |col| format!("requests.total_handled.{col}"),
        whole: "requests.total_handled",
        certain: |values, label| match values {
            Some((e, f)) => format!(
                "（七）总计 is {} but the outcome rows add up to {} ({label})",
                show(f),
                show(e)
            ),
            None => format!("（七）总计 ≠ the sum of the outcome rows ({label})"),
        },
        identity: "（七）总计 = the sum of the outcome rows",
    };
    // （七）总计 first, then the outcome rows (as [`outcome_at`] takes them).
    let keys: Vec<&'static str> = std::iter::once("total_handled")
        .chain(request_rows(t).filter(|r| r.outcome).map(|r| r.key))
        .collect();
    // （七）总计 itself as printed: a blank there skips the check.
    let mut empty = empty_rows(rec, doubt, &keys);
    if let Some(first) = empty.first_mut() {
        *first = false;
    }
    let at_total = |v: &[Cell], col: &str| totals_of_empty_rows(v, col, &empty);
    let mut pending = Vec::new();
    for col in REQUEST_COLS {
        let cells: Vec<_> = keys.iter().map(|r| (*r, col.key)).collect();
        if doubt.blocks_any("requests", &keys, col.key, Checks::OUTCOME_TOTAL) {
            if !lost {
                pending.push(Pending {
                    at: col.key,
                    label: col.label,
                    cells,
                });
            }
            continue;
        }
        let v = values(rec, "requests", &cells);
        if let Verdict::Breaks { expected, found } = outcome_at(&at_total(&v, col.key), col.key) {
            if !lost || expected > found {
                out.push(wording.plain(col.key, col.label, expected, found));
            }
        }
    }
    let worlds = Worlds {
        rec,
        table: "requests",
        doubt,
        check: Checks::OUTCOME_TOTAL,
    };
    let shown = worlds.show(&pending, &|v, col| outcome_at(&at_total(v, col), col));
    report(shown, &wording, out);
}

/// A3: each row's 总计 = the sum of its six applicant columns. A row read
/// several ways (its values not placed in their columns) is checked under
/// each of its readings: it is found broken where every one breaks it.
fn row_total(rec: &Record, req: &Table, doubt: &Doubt<'_>, out: &mut Vec<Issue>) {
    let wording = Wording {
        code: "identity.row_total",
        table: "requests",
        place: |key| format!("requests.{key}.total"),
        whole: "requests",
        certain: |values, label| match values {
            Some((e, f)) => format!(
                "{} is {} but the applicant columns add up to {} ({label})",
                request_col_label("total"),
                show(f),
                show(e)
            ),
            None => format!(
                "{} ≠ the sum of the applicant columns ({label})",
                request_col_label("total")
            ),
        },
        identity: "总计 = the sum of the applicant columns",
    };
    let worlds = Worlds {
        rec,
        table: "requests",
        doubt,
        check: Checks::ROW_TOTAL,
    };
    for key in req.keys() {
        let cells: Vec<_> = REQUEST_COLS.iter().map(|c| (*key, c.key)).collect();
        if REQUEST_COLS
            .iter()
            .any(|c| doubt.blocks("requests", key, c.key, Checks::ROW_TOTAL))
        {
            let pending = [Pending {
                at: key,
                label: request_label(key),
                cells,
            }];
            report(worlds.show(&pending, &|v, _| total_at(v)), &wording, out);
            continue;
        }
        if let Verdict::Breaks { expected, found } = total_at(&values(rec, "requests", &cells)) {
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
fn review_total(rec: &Record, rl: &Table, doubt: &Doubt<'_>, out: &mut Vec<Issue>) {
    let wording = Wording {
        code: "identity.review_total",
        table: "review_litigation",
        place: |group| format!("review_litigation.{group}.total"),
        whole: "review_litigation",
        certain: |values, label| match values {
            Some((e, f)) => format!(
                "总计 is {} but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = {} ({label})",
                show(f),
                show(e)
            ),
            None => format!("总计 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结 ({label})"),
        },
        identity: "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
    };
    let mut pending = Vec::new();
    for group in REVIEW_GROUPS {
        if rl.get(group.key).is_none() {
            continue;
        }
        let cells: Vec<_> = REVIEW_COLS.iter().map(|c| (group.key, c.key)).collect();
        if REVIEW_COLS
            .iter()
            .any(|c| doubt.blocks("review_litigation", group.key, c.key, Checks::REVIEW_TOTAL))
        {
            pending.push(Pending {
                at: group.key,
                label: group.label,
                cells,
            });
            continue;
        }
        let v = values(rec, "review_litigation", &cells);
        if let Verdict::Breaks { expected, found } = total_at(&v) {
            out.push(wording.plain(group.key, group.label, expected, found));
        }
    }
    let worlds = Worlds {
        rec,
        table: "review_litigation",
        doubt,
        check: Checks::REVIEW_TOTAL,
    };
    let shown = worlds.show(&pending, &|v, _| total_at(v));
    report(shown, &wording, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{How, Loc, Num, Readings, Row, Source};

    fn row(v: [Option<f64>; 7]) -> Row {
        REQUEST_COLS
            .iter()
            .zip(v)
            .map(|(c, x)| (c.key, x.map(Num)))
            .collect()
    }

    fn zeros() -> Row {
        row([Some(0.0); 7])
    }

    /// A 2021 section 三 of zeros but for `set`, rows by key.
    fn record(set: &[(&'static str, [Option<f64>; 7])]) -> Record {
        let mut rec = Record::new(Source {
            path: "x/2021.txt".into(),
            sha256: None,
            bytes: 0,
            media: None,
            encoding: None,
            encoding_from: None,
        });
        rec.template = Some(Template::F2021);
        let mut t = Table::default();
        for r in request_rows(Template::F2021) {
            let v = set.iter().find(|(k, _)| *k == r.key).map(|(_, v)| row(*v));
            t.insert(r.key, v.unwrap_or_else(zeros));
        }
        rec.requests = Some(t);
        rec
    }

    /// Marks the row `key` as read in several ways: its cells `null` and
    /// ambiguous, and, unless `readings` is empty, those readings kept.
    fn ambiguous(rec: &mut Record, key: &'static str, readings: &[[Option<f64>; 7]]) {
        if let Some(t) = rec.requests.as_mut() {
            t.insert(key, row([None; 7]));
        }
        for c in REQUEST_COLS {
            rec.cells.push(CellSource {
                table: "requests",
                row: key,
                col: c.key,
                raw: "".into(),
                at: Loc::default(),
                how: How::Ambiguous,
                relied_on: Checks::default(),
            });
        }
        if !readings.is_empty() {
            rec.readings.push(Readings {
                table: "requests",
                cells: REQUEST_COLS.iter().map(|c| (key, c.key)).collect(),
                alts: readings.iter().map(|r| r.to_vec()).collect(),
                // Not read by the checks between rows.
                fits: true,
                vouch: false,
            });
        }
    }

    /// A single printed `x` placed in each of the seven columns.
    fn one_value_anywhere(x: f64) -> Vec<[Option<f64>; 7]> {
        (0..7)
            .map(|j| {
                let mut r = [None; 7];
                r[j] = Some(x);
                r
            })
            .collect()
    }

    fn codes(rec: &Record) -> Vec<(String, String)> {
        check(rec, Template::F2021)
            .into_iter()
            .map(|i| (i.code, i.where_))
            .collect()
    }

    /// A row of `n` 自然人 and nothing else: `n`, five 0s, total `n`.
    fn persons(n: f64) -> [Option<f64>; 7] {
        [
            Some(n),
            Some(0.0),
            Some(0.0),
            Some(0.0),
            Some(0.0),
            Some(0.0),
            Some(n),
        ]
    }

    const SOME: [Option<f64>; 7] = [
        Some(2.0),
        Some(0.0),
        Some(0.0),
        Some(0.0),
        Some(0.0),
        Some(0.0),
        Some(2.0),
    ];

    /// A record without （一）予以公开 (its label not read): A2 is not
    /// checked on the rows that were, whose sum falls short by that row.
    #[test]
    fn a2_waits_for_the_rows_every_report_prints() {
        let handled = persons(3.0);
        let mut rec = record(&[
            ("new_received", handled),
            ("granted", persons(2.0)),
            ("partial", persons(1.0)),
            ("total_handled", handled),
        ]);
        assert!(codes(&rec).is_empty(), "{:?}", codes(&rec));
        if let Some(t) = rec.requests.as_mut() {
            t.shift_remove("partial");
        }
        assert!(codes(&rec).is_empty(), "{:?}", codes(&rec));
        // A sub-row a report may leave out still reads as 0.
        let mut rec = record(&[
            ("new_received", handled),
            ("granted", persons(2.0)),
            ("rejected_excessive", persons(1.0)),
            ("total_handled", handled),
        ]);
        if let Some(t) = rec.requests.as_mut() {
            t.shift_remove("rejected_excessive");
        }
        let found = codes(&rec);
        assert!(
            found.iter().any(|(c, _)| c == "identity.outcome_total"),
            "{found:?}"
        );
        // The same row said to be lost by the copy: the rows read add up
        // to 2 of （七）'s 3, which the lost row may make up: no finding.
        rec.issues.push(Issue::new(
            "structure.unread_row",
            Severity::Warning,
            "requests.rejected_excessive",
            "lost",
        ));
        assert!(codes(&rec).is_empty(), "{:?}", codes(&rec));
        // Rows read already over （七）总计 (4 of 3): a break whatever the
        // lost row held.
        let mut rec = record(&[
            ("new_received", handled),
            ("granted", persons(4.0)),
            ("partial", persons(0.0)),
            ("total_handled", handled),
        ]);
        rec.issues.push(Issue::new(
            "structure.unread_row",
            Severity::Warning,
            "requests.rejected_excessive",
            "lost",
        ));
        let found = codes(&rec);
        assert!(
            found.iter().any(|(c, _)| c == "identity.outcome_total"),
            "{found:?}"
        );
    }

    /// （二）部分公开 printed one 0 that may stand in any column; （七）总计
    /// says 3 自然人 where the outcome rows give 2 under every reading.
    #[test]
    fn a_row_read_several_ways_that_breaks_a2_under_every_reading() {
        let handled = persons(3.0);
        let mut rec = record(&[
            ("new_received", handled),
            ("granted", SOME),
            ("total_handled", handled),
        ]);
        ambiguous(&mut rec, "partial", &one_value_anywhere(0.0));
        let issues = check(&rec, Template::F2021);
        assert_eq!(issues.len(), 2, "{issues:?}");
        let i = &issues[0];
        assert_eq!(i.code, "identity.outcome_total");
        assert_eq!(i.where_, "requests.total_handled.natural_person");
        assert_eq!(i.expected, Some(json_num(2.0)));
        assert_eq!(i.found, Some(json_num(3.0)));
        assert!(i.message.contains("7 readings"), "{}", i.message);
        assert!(i.message.contains("部分公开"), "{}", i.message);
        // The 总计 column: the row holds nothing under every reading, so
        // its 总计, 0 or blank, adds 0 there, and the check breaks too.
        assert_eq!(issues[1].where_, "requests.total_handled.total");
    }

    /// Eight outcome rows each printed one 0 that may stand in any column
    /// (7^8 combinations, more than are tried): in the 自然人 column each
    /// row gives 0 or blank, two readings that matter, not seven, so the
    /// check is made, and （七）总计's 3 breaks under every reading.
    #[test]
    fn rows_read_several_ways_are_tried_by_the_values_a_check_uses() {
        let handled = persons(3.0);
        let mut rec = record(&[
            ("new_received", handled),
            ("granted", SOME),
            ("total_handled", handled),
        ]);
        for key in [
            "partial",
            "denied_state_secret",
            "denied_law_forbidden",
            "denied_safety",
            "denied_third_party",
            "denied_internal",
            "denied_process",
            "denied_enforcement",
        ] {
            ambiguous(&mut rec, key, &one_value_anywhere(0.0));
        }
        let issues = check(&rec, Template::F2021);
        assert!(
            issues.iter().any(|i| i.code == "identity.outcome_total"
                && i.where_ == "requests.total_handled.natural_person"),
            "{issues:?}"
        );
    }

    /// In the 总计 column a row whose applicant cells hold nothing adds 0
    /// (its 总计 blank or 0; read several ways, in
    /// `a_row_read_several_ways_that_breaks_a2_under_every_reading`). A
    /// blank 总计 beside a part above zero still skips the column
    /// (Shanghai 2019 leaves its outcome rows' 总计 blank).
    #[test]
    fn a_blank_total_of_a_row_that_holds_nothing_adds_nothing() {
        let handled = persons(3.0);
        let mut blank_total = SOME;
        blank_total[6] = None;
        let rec = record(&[
            ("new_received", handled),
            ("granted", blank_total),
            ("total_handled", handled),
        ]);
        let issues = check(&rec, Template::F2021);
        assert!(
            !issues
                .iter()
                .any(|i| i.where_ == "requests.total_handled.total"),
            "{issues:?}"
        );
        // A row printed blank throughout holds nothing, in every column.
        let rec = record(&[
            ("new_received", handled),
            ("granted", SOME),
            ("partial", [None; 7]),
            ("total_handled", handled),
        ]);
        let issues = check(&rec, Template::F2021);
        assert!(
            issues.iter().any(|i| i.code == "identity.outcome_total"
                && i.where_ == "requests.total_handled.total"),
            "{issues:?}"
        );
    }

    /// The same report, sound: no finding.
    #[test]
    fn a_sound_report_with_a_row_read_several_ways_has_no_finding() {
        let mut rec = record(&[
            ("new_received", SOME),
            ("granted", SOME),
            ("total_handled", SOME),
        ]);
        ambiguous(&mut rec, "partial", &one_value_anywhere(0.0));
        assert!(codes(&rec).is_empty(), "{:?}", codes(&rec));
    }

    /// One reading makes A2 hold (the printed 1 is 自然人's): no finding,
    /// and the reading that fits does not confirm anything either.
    #[test]
    fn a_reading_that_fits_keeps_the_finding_back() {
        let handled = persons(3.0);
        let mut rec = record(&[
            ("new_received", handled),
            ("granted", SOME),
            ("total_handled", handled),
        ]);
        ambiguous(&mut rec, "partial", &one_value_anywhere(1.0));
        assert!(codes(&rec).is_empty(), "{:?}", codes(&rec));
        // Without its readings the row blocks the check, as before.
        let mut bare = record(&[
            ("new_received", handled),
            ("granted", SOME),
            ("total_handled", handled),
        ]);
        ambiguous(&mut bare, "partial", &[]);
        assert!(codes(&bare).is_empty(), "{:?}", codes(&bare));
    }

    /// 四 printed 1 and 1 (总计 1): 自然人 or 商业企业 holds the other 1,
    /// and 一 + 二 = 1 + 1 in both columns. Each reading breaks A1 in one
    /// column, not the same: one finding for the table, no column named.
    #[test]
    fn a1_broken_in_some_column_under_every_reading() {
        let new = [
            Some(1.0),
            Some(1.0),
            Some(0.0),
            Some(0.0),
            Some(0.0),
            Some(0.0),
            None,
        ];
        let mut rec = record(&[("new_received", new)]);
        let mut a = [None; 7];
        a[0] = Some(1.0);
        a[6] = Some(1.0);
        let mut b = [None; 7];
        b[1] = Some(1.0);
        b[6] = Some(1.0);
        ambiguous(&mut rec, "carried_forward", &[a, b]);
        let issues = check(&rec, Template::F2021);
        let balance: Vec<&Issue> = issues
            .iter()
            .filter(|i| i.code == "identity.balance")
            .collect();
        assert_eq!(balance.len(), 1, "{issues:?}");
        assert_eq!(balance[0].where_, "requests.balance");
        assert_eq!(balance[0].expected, None);
        assert!(
            balance[0].message.contains("2 readings"),
            "{}",
            balance[0].message
        );
    }
}
