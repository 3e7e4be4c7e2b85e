//! Section 三 printed transposed: the applicants as rows (自然人, 商业企业…
//! down the first columns) and the template's rows as columns (一、本年新收
//! …, （一）予以公开…, 四、结转下年度… across the header). A report that
//! lays its table out so is turned back before it is read: its grid is
//! transposed, each cell kept with its own place, so the readers meet the
//! rows they know.
//!
//! Text converters flatten such a table too, a row of the grid a line:
//! the header's row names, then a line per applicant, its name and one
//! value for each of the template's rows ([`untranspose_rows`]).
//!
//! An HTML grid is recognised by the template's words alone: five of the
//! seven applicant columns' names in the grid's first two columns, and
//! eight or more of section 三's row labels in its first four rows. A
//! table laid out the template's way has those the other way round, and
//! is never turned. The grid is turned whole, spans and all
//! ([`untranspose`]). Text keeps no spans (a converter drops a rowspan's
//! place and shifts the cells after it), so text is turned line by line
//! instead, each applicant's line read by its name and its count of
//! values ([`untranspose_rows`]).

use super::label::{match_request, Label};
use super::rows::{CellView, RowView};
use crate::model::{Checks, How, Issue, Severity, Template};
use crate::parse::{Block, Cell, Document, Grid, GridRow};
use crate::template::REQUEST_COLS;
use std::sync::OnceLock;

/// Section 三's rows read back from a table printed transposed and
/// flattened a grid row a line (`自然人 | 118 | 2 | 41 | …`): after a
/// header that names 一、本年新收, five lines or more, each an applicant
/// column's name (a group's name before it allowed, `法人或其他组织商业
/// 企业`) and exactly as many values as the template `t` has rows (blank
/// cells before them, a merged name's, left out), or its name alone (its
/// cells blank), each applicant once. The rows come back in the
/// template's order, a label cell (the template's words, the group's
/// label on a line before its first sub-row) and the applicants' values
/// in the template's column order (an applicant not printed: blank), each
/// value the cell it was printed in.
///
/// A line whose cells ran together into one run of digits (ten or more:
/// `自然人11824190002140123531161214121173`, as lxml's text of the page
/// prints it; three such lines make the table) is split: one digit a cell when the run is exactly as long
/// as the row count ([`How::Split`], by the count alone); a longer run
/// only with all seven applicants printed, by each column's 总计 being
/// the sum of the other six ([`split_by_totals`]; those cells rely on
/// that identity, and it is not checked on them), the cells the fitting
/// splits disagree on left unread, one issue per row naming its readings.
///
/// `None` when the section is not printed so. `Some(Err)` with the issue
/// that says so when it is but cannot be read (a line of another count,
/// an applicant twice, runs that no split or too many fit): the readers
/// then read nothing of it.
pub(crate) fn untranspose_rows<'d>(rows: &[RowView<'d>], t: Template) -> Option<Turned<'d>> {
    let want = crate::template::request_rows(t).count();
    // The header: the first row naming 一、本年新收.
    let head = rows
        .iter()
        .position(|r| r.cells.iter().any(|c| c.norm().contains("本年新收")))?;
    let mut lines: [Option<Printed<'_, 'd>>; 7] = Default::default();
    let mut last = None;
    // Why a line of applicant `k` printing `n` values (`what`) cannot be
    // read.
    let miscount = |k: usize, n: usize, what: &str| {
        format!(
            "the line of {} prints {n} {what} where the template has {want} rows",
            REQUEST_COLS[k].label
        )
    };
    // Whether a line's cells ran together into a run of digits.
    let mut any_run = false;
    // Applicant lines seen (read or not), and why one could not be read.
    let mut seen = 0usize;
    let mut trouble: Option<(crate::model::Loc, String)> = None;
    for (i, r) in rows.iter().enumerate().skip(head + 1) {
        if r.cells.iter().all(|c| c.text.trim().is_empty()) {
            continue;
        }
        let v = r.values();
        // The text before the values: made only for a line that may be an
        // applicant's (most lines are rows of fewer values).
        let name = || -> String {
            r.cells[..r.cells.len() - v.len()]
                .iter()
                .map(|c| c.norm())
                .collect()
        };
        let printed = if v.len() >= want {
            let lead = v.iter().take_while(|c| c.text.trim().is_empty()).count();
            applicant_of(&name()).map(|k| (k, Printed::Cells(&v[lead.min(v.len() - want)..])))
        } else if let Some((k, cell, run)) = glued(r) {
            Some((k, Printed::Run(cell, run)))
        } else if v.is_empty() && last.is_some() {
            // A group's name alone (its applicants on the lines after
            // it) is passed over; an applicant's name alone is its line,
            // every cell blank.
            let name = name();
            if super::reordered::GROUP_HEADS.contains(&name.as_str()) {
                continue;
            }
            applicant_of(&name).map(|k| (k, Printed::Blank(r.loc)))
        } else {
            None
        };
        let Some((k, printed)) = printed else {
            if last.is_none() {
                continue;
            }
            // An applicant's line with fewer values than rows: printed
            // transposed, its columns not to be told.
            // (A line of as many values or more was tried above.)
            if let Some(k) = (!v.is_empty() && v.len() < want)
                .then(|| applicant_of(&name()))
                .flatten()
            {
                seen += 1;
                trouble.get_or_insert((r.loc, miscount(k, v.len(), "values")));
                continue;
            }
            break;
        };
        seen += 1;
        if lines[k].is_some() {
            trouble.get_or_insert((r.loc, format!("{} has two lines", REQUEST_COLS[k].label)));
            continue;
        }
        // Too few values, or too few digits for a value each.
        let short = match printed {
            Printed::Cells(v) => (v.len() != want).then(|| miscount(k, v.len(), "values")),
            Printed::Run(_, run) => {
                any_run = true;
                (run.len() < want).then(|| miscount(k, run.len(), "digits run together"))
            }
            Printed::Blank(_) => None,
        };
        if let Some(why) = short {
            trouble.get_or_insert((r.loc, why));
            continue;
        }
        lines[k] = Some(printed);
        last = Some(i);
    }
    let last = last?;
    // Five applicants' lines make the table; three do when their cells
    // ran together (such lines are no other table's, and short of all
    // seven they are only said to be there).
    if seen < 5 && !(any_run && seen >= 3) {
        return None;
    }
    let unread = |at: crate::model::Loc, why: String| {
        let (code, how) = if any_run {
            (
                "structure.ambiguous_split",
                "with each line's cells run together into one run of digits",
            )
        } else {
            ("structure.ambiguous_columns", "one value per template row")
        };
        Issue::new(
            code,
            Severity::Warning,
            "requests",
            format!("{at}: the section 三 table is there, printed transposed (an applicant a line, {how}), but {why}; its values were left null"),
        )
    };
    if let Some((at, why)) = trouble {
        return Some(Err(unread(at, why)));
    }
    // Where the applicants' lines start.
    let loc = lines
        .iter()
        .flatten()
        .next()
        .map_or(rows[last].loc, Printed::loc);
    let Some((values, torn)) = split_lines(&lines, want) else {
        let why = if lines.iter().any(Option::is_none) {
            "an applicant's line is missing, without which the runs cannot be split by the columns' sums".to_string()
        } else {
            "its runs of digits split in no way, or in too many, that make each row's 总计 the sum of its applicant columns".to_string()
        };
        return Some(Err(unread(loc, why)));
    };
    let mut out: Vec<RowView<'d>> = rows[..head].to_vec();
    let mut issues = Vec::new();
    let mut group = None;
    for (j, def) in crate::template::request_rows(t).enumerate() {
        if def.group != group {
            group = def.group;
            if let Some(g) = group {
                out.push(RowView::of(vec![CellView::supplied(g, loc)], loc));
            }
        }
        // The row stands where its first value was printed, its values
        // down the column from there.
        let at = values.iter().flatten().next().map_or(loc, |v| v[j].loc);
        let mut cells = vec![CellView::supplied(def.label, at)];
        for v in &values {
            cells.push(match v {
                Some(v) => v[j].clone(),
                None => CellView::supplied("", loc),
            });
        }
        out.push(RowView::of(cells, at));
        if let Some((_, readings)) = torn.iter().find(|(r, _)| *r == j) {
            issues.push(
                Issue::new(
                    "structure.ambiguous_split",
                    Severity::Warning,
                    format!("requests.{}", def.key),
                    format!(
                        "{at}: section 三 is printed transposed (an applicant a line) with each line's cells run together; the runs of digits split in more than one way that makes each row's 总计 the sum of its applicant columns, and for the row {} they disagree ({}); the cells they disagree on were left null",
                        def.label,
                        readings.iter().take(4).cloned().collect::<Vec<_>>().join("; ")
                    ),
                )
                .with_found(serde_json::json!({ "readings": readings })),
            );
        }
    }
    out.extend(rows[last + 1..].iter().cloned());
    Some(Ok((out, issues)))
}

/// A section 三 printed transposed: its rows turned back, with the issues
/// of the cells its splits left unread; or, when it cannot be read, the
/// issue that says so.
pub(crate) type Turned<'d> = Result<(Vec<RowView<'d>>, Vec<Issue>), Issue>;

/// Each applicant's cells as [`split_lines`] gives them (`None`: the
/// applicant not printed).
type Columns<'d> = [Option<Vec<CellView<'d>>>; 7];

/// The rows (their index in the template) the splits disagree on, each
/// with its readings.
type Torn = Vec<(usize, Vec<String>)>;

/// An applicant's line of a transposed table: its values, one cell each,
/// or the cell holding them run together and that run of digits.
#[derive(Clone, Copy)]
enum Printed<'a, 'd> {
    Cells(&'a [CellView<'d>]),
    Run(&'a CellView<'d>, &'d str),
    /// The name alone, at its place: every cell blank.
    Blank(crate::model::Loc),
}

impl Printed<'_, '_> {
    fn loc(&self) -> crate::model::Loc {
        match self {
            Printed::Cells(v) => v.first().map(|c| c.loc).unwrap_or_default(),
            Printed::Run(c, _) => c.loc,
            Printed::Blank(loc) => *loc,
        }
    }
}

/// The applicant column (its index in [`REQUEST_COLS`]) a cell or a
/// line's name names, by label core (`法人或其他组织商业企业`: 商业企业,
/// the group's name before it in any of its spellings; `合计`: 总计).
fn applicant_of(name: &str) -> Option<usize> {
    static CORES: OnceLock<Vec<String>> = OnceLock::new();
    let cores = CORES.get_or_init(|| {
        REQUEST_COLS
            .iter()
            .map(|c| Label::new(c.label).core)
            .collect()
    });
    let core = Label::new(name).core;
    let core = super::reordered::GROUP_HEADS
        .iter()
        .find_map(|g| core.strip_prefix(g))
        .unwrap_or(&core);
    let core = super::reconstruct::column_core(core);
    cores.iter().position(|c| c == core)
}

/// A line that is an applicant's name and, run together after it, a run
/// of ten digits or more and nothing else (longer than any one count):
/// the applicant, the cell and the run.
fn glued<'a, 'd>(r: &'a RowView<'d>) -> Option<(usize, &'a CellView<'d>, &'d str)> {
    let cell = r.cells.last()?;
    let text = cell.text.trim_end();
    let run = &text[text.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
    if run.len() < 10 {
        return None;
    }
    let mut name: String = r.cells[..r.cells.len() - 1]
        .iter()
        .map(|c| c.norm())
        .collect();
    name.push_str(&super::label::norm(&text[..text.len() - run.len()]));
    Some((applicant_of(&name)?, cell, run))
}

/// Each applicant's `want` values as cells: printed ones as printed, runs
/// of digits split ([`untranspose_rows`]); a piece the splits that fit
/// disagree on is a blank cell left unread ([`How::Ambiguous`]). With, for
/// each of the template's rows the splits disagree on (its index), the
/// row's readings, applicants in the template's order (`118|5|1|1|0|1|126`).
/// `None` when the runs cannot be split.
fn split_lines<'d>(
    lines: &[Option<Printed<'_, 'd>>; 7],
    want: usize,
) -> Option<(Columns<'d>, Torn)> {
    let mut runs: [Option<&str>; 7] = [None; 7];
    let mut known: [Vec<u64>; 7] = Default::default();
    for (k, line) in lines.iter().enumerate() {
        match line {
            Some(Printed::Run(_, run)) if run.len() > want => runs[k] = Some(run),
            Some(Printed::Run(_, run)) => {
                known[k] = run.bytes().map(|b| u64::from(b - b'0')).collect()
            }
            Some(Printed::Cells(v)) => {
                // Counts only (a blank as 0): a cell that is no whole
                // number of a count's size leaves the sums unknown.
                known[k] = v
                    .iter()
                    .map(|c| match crate::parse::value::number(c.text) {
                        None => Some(0),
                        Some(x) if x >= 0.0 && x.fract() == 0.0 && x < 1e12 => Some(x as u64),
                        Some(_) => None,
                    })
                    .collect::<Option<Vec<u64>>>()?;
            }
            Some(Printed::Blank(_)) => known[k] = vec![0; want],
            None => {}
        }
    }
    let ways = if runs.iter().any(Option::is_some) {
        if lines.iter().any(Option::is_none) {
            return None;
        }
        split_by_totals(&runs, &known, want)?
    } else {
        Vec::new()
    };
    // A run's numbers in one way (their places), from its cuts.
    let numbers = |ends: &[usize]| -> Vec<(usize, usize)> {
        std::iter::once(0)
            .chain(ends.iter().copied())
            .zip(ends.iter().copied())
            .collect()
    };
    let mut out: Columns<'d> = Default::default();
    let mut torn: Vec<usize> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        out[k] = match *line {
            None => None,
            Some(Printed::Cells(v)) => Some(v.to_vec()),
            Some(Printed::Blank(loc)) => Some(vec![CellView::supplied("", loc); want]),
            Some(Printed::Run(cell, run)) if runs[k].is_none() => Some(
                (0..run.len())
                    .map(|i| CellView::piece(cell, &run[i..=i], (How::Split, Checks::default())))
                    .collect(),
            ),
            Some(Printed::Run(cell, run)) => {
                let each: Vec<Vec<(usize, usize)>> = ways
                    .iter()
                    .filter_map(|w| w[k].as_deref().map(numbers))
                    .collect();
                let first = each.first()?;
                Some(
                    (0..want)
                        .map(|j| {
                            let (a, b) = first[j];
                            let agree = each.iter().all(|w| run[w[j].0..w[j].1] == run[a..b]);
                            if agree {
                                CellView::piece(cell, &run[a..b], (How::Split, Checks::ROW_TOTAL))
                            } else {
                                if !torn.contains(&j) {
                                    torn.push(j);
                                }
                                CellView::piece(cell, "", (How::Ambiguous, Checks::default()))
                            }
                        })
                        .collect(),
                )
            }
        };
    }
    torn.sort_unstable();
    let readings = torn
        .into_iter()
        .map(|j| {
            let mut seen: Vec<String> = Vec::new();
            for w in &ways {
                let row =
                    super::fit::show_reading((0..7).map(|k| match (runs[k], w[k].as_deref()) {
                        (Some(run), Some(ends)) => {
                            let (a, b) = numbers(ends)[j];
                            Some(run[a..b].to_string())
                        }
                        _ => known[k].get(j).map(u64::to_string),
                    }));
                if !seen.contains(&row) {
                    seen.push(row);
                }
            }
            (j, seen)
        })
        .collect();
    Some((out, readings))
}

/// The ways to cut each run of digits in `runs` into `n` numbers so
/// that in every column the 总计 line's number (the last of the seven) is
/// the sum of the other six (`known` for the lines not in `runs`):
/// numbers of one to five digits, none with a leading 0 but 0 itself. For
/// each way, each run's cuts (the end of each number, in bytes). `None`
/// when no cut does, or more than [`MOST_SPLITS`] do, or more than three
/// lines are runs to cut (too many to search).
fn split_by_totals(
    runs: &[Option<&str>; 7],
    known: &[Vec<u64>; 7],
    n: usize,
) -> Option<Vec<[Option<Vec<usize>>; 7]>> {
    let open: Vec<usize> = (0..7).filter(|&k| runs[k].is_some()).collect();
    if open.is_empty() || open.len() > 3 {
        return None;
    }
    let search = Search {
        runs,
        known,
        n,
        open: open.clone(),
        memo: std::collections::HashMap::new(),
    };
    let ways = search.all()?;
    Some(
        ways.into_iter()
            .map(|path| {
                let mut out: [Option<Vec<usize>>; 7] = Default::default();
                for (i, &k) in open.iter().enumerate() {
                    out[k] = Some(path.iter().map(|p| p[i]).collect());
                }
                out
            })
            .collect(),
    )
}

/// The search of [`split_by_totals`]: column by column, each open line's
/// next number chosen, the last open line's (the 总计 line when it is
/// open) then fixed by the column's sum; whether any way finishes from
/// each (column, places in the runs) found once.
struct Search<'s> {
    runs: &'s [Option<&'s str>; 7],
    known: &'s [Vec<u64>; 7],
    n: usize,
    open: Vec<usize>,
    memo: std::collections::HashMap<(usize, [usize; 3]), bool>,
}

impl Search<'_> {
    /// The numbers that may start at byte `at` of `run`: (end, value).
    fn numbers(run: &str, at: usize) -> impl Iterator<Item = (usize, u64)> + '_ {
        let b = run.as_bytes();
        let most = if b.get(at) == Some(&b'0') { 1 } else { 5 };
        (1..=most)
            .take_while(move |l| at + l <= b.len())
            .filter_map(move |l| run[at..at + l].parse().ok().map(|v| (at + l, v)))
    }

    /// Each way to take column `j`'s numbers from places `at`: the places
    /// after them.
    fn steps(&self, j: usize, at: [usize; 3]) -> Vec<[usize; 3]> {
        let (free, last) = self.open.split_at(self.open.len() - 1);
        let last = last[0];
        let mut ways: Vec<([usize; 3], [u64; 3])> = vec![(at, [0; 3])];
        for (i, &k) in free.iter().enumerate() {
            let run = self.runs[k].unwrap_or("");
            ways = ways
                .into_iter()
                .flat_map(|(pos, vals)| {
                    Self::numbers(run, pos[i]).map(move |(end, v)| {
                        let (mut p, mut x) = (pos, vals);
                        p[i] = end;
                        x[i] = v;
                        (p, x)
                    })
                })
                .collect();
        }
        let value = |k: usize, vals: &[u64; 3]| -> u64 {
            match self.open.iter().position(|&o| o == k) {
                Some(i) => vals[i],
                None => self.known[k].get(j).copied().unwrap_or(0),
            }
        };
        let li = self.open.len() - 1;
        let run = self.runs[last].unwrap_or("");
        ways.into_iter()
            .filter_map(|(mut pos, vals)| {
                let others = (0..6)
                    .filter(|&k| k != last)
                    .try_fold(0u64, |s, k| s.checked_add(value(k, &vals)))?;
                let need = if last == 6 {
                    others
                } else {
                    value(6, &vals).checked_sub(others)?
                };
                let text = need.to_string();
                run[pos[li]..].starts_with(&text).then(|| {
                    pos[li] += text.len();
                    pos
                })
            })
            .collect()
    }

    /// Whether any way finishes from column `j`, places `at`.
    fn finishes(&mut self, j: usize, at: [usize; 3]) -> bool {
        if j == self.n {
            return self
                .open
                .iter()
                .enumerate()
                .all(|(i, &k)| at[i] == self.runs[k].map_or(0, str::len));
        }
        // Every run must keep one to five digits for each column left.
        let left = self.n - j;
        let fits = self.open.iter().enumerate().all(|(i, &k)| {
            let rest = self.runs[k].map_or(0, str::len) - at[i];
            rest >= left && rest <= 5 * left
        });
        if !fits {
            return false;
        }
        if let Some(&done) = self.memo.get(&(j, at)) {
            return done;
        }
        let done = self
            .steps(j, at)
            .into_iter()
            .any(|p| self.finishes(j + 1, p));
        self.memo.insert((j, at), done);
        done
    }

    /// Every way that finishes (for each, the places after each column),
    /// when there are at most [`MOST_SPLITS`].
    fn all(mut self) -> Option<Vec<Vec<[usize; 3]>>> {
        let mut out: Vec<Vec<[usize; 3]>> = Vec::new();
        let mut path: Vec<[usize; 3]> = Vec::with_capacity(self.n);
        if !self.walk(0, [0; 3], &mut path, &mut out) || out.is_empty() {
            return None;
        }
        Some(out)
    }

    /// Adds to `out` the ways on from column `j`, places `at`, after
    /// `path`; false once there are more than [`MOST_SPLITS`].
    fn walk(
        &mut self,
        j: usize,
        at: [usize; 3],
        path: &mut Vec<[usize; 3]>,
        out: &mut Vec<Vec<[usize; 3]>>,
    ) -> bool {
        if j == self.n {
            out.push(path.clone());
            return out.len() <= MOST_SPLITS;
        }
        for next in self.steps(j, at) {
            if !self.finishes(j + 1, next) {
                continue;
            }
            path.push(next);
            let more = self.walk(j + 1, next, path, out);
            path.pop();
            if !more {
                return false;
            }
        }
        true
    }
}

/// The most splits of a transposed table's runs of digits kept to compare:
/// beyond, the table is left unread.
const MOST_SPLITS: usize = 4096;

/// Turns every section-三 grid of `doc` printed transposed back into the
/// template's layout. Whether any was.
pub fn untranspose(doc: &mut Document) -> bool {
    let mut turned = false;
    for b in &mut doc.blocks {
        if let Block::Table(g) = b {
            if is_transposed(g) {
                *g = transpose(g);
                turned = true;
            }
        }
    }
    turned
}

/// Each row's cells with the grid column each starts at.
fn placed(g: &Grid) -> Vec<Vec<(usize, &Cell)>> {
    g.rows
        .iter()
        .map(|r| {
            let mut at = 0usize;
            r.cells
                .iter()
                .map(|c| {
                    let here = at;
                    at += c.colspan.max(1) as usize;
                    (here, c)
                })
                .collect()
        })
        .collect()
}

/// Whether a cell's text names one of section 三's rows.
fn names_row(text: &str) -> bool {
    let l = Label::new(text);
    l.core.chars().count() >= 4
        && [Template::F2021, Template::F2019]
            .into_iter()
            .any(|t| match_request(&l, None, t).is_some())
}

/// See the module docs.
fn is_transposed(g: &Grid) -> bool {
    // A cheap test first: most grids (a page's layout tables, section 二)
    // name no applicant in their first two cells.
    let named = |r: &GridRow| r.cells.iter().take(2).any(|c| c.text.contains("自然人"));
    if g.rows.len() < 6 || !g.rows.iter().any(named) {
        return false;
    }
    let cells = placed(g);
    let mut applicants: Vec<usize> = Vec::new();
    for row in &cells {
        for &(at, c) in row.iter().take_while(|(at, _)| *at < 2) {
            if let Some(k) = (at < 2 && !c.from_above)
                .then(|| applicant_of(&c.text))
                .flatten()
            {
                if !applicants.contains(&k) {
                    applicants.push(k);
                }
            }
        }
    }
    if applicants.len() < 5 {
        return false;
    }
    let labels = cells
        .iter()
        .take(4)
        .flatten()
        .filter(|(at, c)| *at >= 1 && !c.from_above && names_row(&c.text))
        .count();
    labels >= 8
}

/// The grid with its rows and columns swapped. A cell spanning columns
/// spans rows in the result (its copies below marked `from_above`, as a
/// rowspan's are); a cell spanning rows spans columns, given once.
fn transpose(g: &Grid) -> Grid {
    let cells = placed(g);
    let width = cells
        .iter()
        .filter_map(|r| r.last().map(|&(at, c)| at + c.colspan.max(1) as usize))
        .max()
        .unwrap_or(0);
    let mut rows: Vec<GridRow> = Vec::with_capacity(width);
    for j in 0..width {
        let mut out: Vec<Cell> = Vec::new();
        for (i, row) in cells.iter().enumerate() {
            let Some(&(at, c)) = row
                .iter()
                .find(|&&(at, c)| at <= j && j < at + c.colspan.max(1) as usize)
            else {
                // A row cut short (its last cells left out, as a browser
                // shows them empty): a blank cell, so that the cells after
                // it keep their places.
                out.push(Cell {
                    text: String::new(),
                    from_above: false,
                    colspan: 1,
                    loc: g.rows[i].loc,
                    pos: Default::default(),
                });
                continue;
            };
            // A copy of a cell from the row above: the cell spans columns
            // now, and was given at its first.
            if c.from_above {
                continue;
            }
            let span = 1 + cells[i + 1..]
                .iter()
                .take_while(|r| {
                    r.iter().any(|&(a, d)| {
                        a <= j
                            && j < a + d.colspan.max(1) as usize
                            && d.from_above
                            && d.text == c.text
                    })
                })
                .count();
            out.push(Cell {
                text: c.text.clone(),
                from_above: at < j,
                colspan: span as u32,
                loc: c.loc,
                pos: c.pos,
            });
        }
        if !out.is_empty() {
            let loc = out.iter().find(|c| !c.from_above).map_or(g.loc, |c| c.loc);
            rows.push(GridRow { cells: out, loc });
        }
    }
    Grid { rows, loc: g.loc }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A grid from rows of cells parted by `|`: `^` before a cell's text
    /// marks a copy from the row above, `*2` after it a colspan of two.
    fn grid(rows: &[&str]) -> Grid {
        let cell = |t: &str| {
            let (t, above) = t.strip_prefix('^').map_or((t, false), |t| (t, true));
            let (t, span) = t
                .split_once('*')
                .map_or((t, 1), |(t, n)| (t, n.parse().unwrap_or(1)));
            Cell {
                text: t.to_string(),
                from_above: above,
                colspan: span,
                loc: Default::default(),
                pos: Default::default(),
            }
        };
        Grid {
            rows: rows
                .iter()
                .map(|r| GridRow {
                    cells: r.split('|').map(cell).collect(),
                    loc: Default::default(),
                })
                .collect(),
            loc: Default::default(),
        }
    }

    fn texts(g: &Grid) -> Vec<Vec<String>> {
        g.rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.text.clone()).collect())
            .collect()
    }

    /// Applicants down the side, the template's rows across: turned so
    /// that each of its rows is a row, its values in the applicants' order.
    #[test]
    fn applicants_as_rows() {
        let g = grid(&[
            "申请人情况*2|一、本年新收政府信息公开申请数量|二、上年结转政府信息公开申请数量|（一）予以公开|（二）部分公开|1.属于国家秘密|2.其他法律行政法规禁止公开|3.危及“三安全一稳定”|4.保护第三方合法权益|四、结转下年度继续办理",
            "自然人*2|5|1|3|1|0|0|0|1|1",
            "法人或其他组织|商业企业|2|0|1|0|0|0|0|1|0",
            "^法人或其他组织|科研机构|0|0|0|0|0|0|0|0|0",
            "^法人或其他组织|社会公益组织|0|0|0|0|0|0|0|0|0",
            "^法人或其他组织|法律服务机构|0|0|0|0|0|0|0|0|0",
            "总计*2|7|1|4|1|0|0|0|2|1",
        ]);
        assert!(is_transposed(&g));
        let t = transpose(&g);
        let rows = texts(&t);
        assert_eq!(
            rows[0][..4],
            ["申请人情况", "自然人", "法人或其他组织", "总计"]
        );
        assert_eq!(t.rows[0].cells[2].colspan, 4);
        assert_eq!(rows[1][..3], ["申请人情况", "自然人", "商业企业"]);
        assert!(t.rows[1].cells[0].from_above && t.rows[1].cells[1].from_above);
        assert_eq!(
            rows[2],
            [
                "一、本年新收政府信息公开申请数量",
                "5",
                "2",
                "0",
                "0",
                "0",
                "7"
            ]
        );
        assert_eq!(
            rows[10],
            ["四、结转下年度继续办理", "1", "0", "0", "0", "0", "1"]
        );
        // The template's own layout is not turned.
        assert!(!is_transposed(&t));
        // A row cut short keeps the cells after its gap in their places.
        let mut g = g;
        g.rows[1].cells.pop();
        let rows = texts(&transpose(&g));
        assert_eq!(
            rows[10],
            ["四、结转下年度继续办理", "", "0", "0", "0", "0", "1"]
        );
    }

    /// Section 三 as a text converter flattens a transposed page table
    /// (rows of a grid a line, cells parted by spaces), 2019 template:
    /// 23 of its rows across, the applicants down.
    const TURNED_2019: &str = "三、收到和处理政府信息公开申请情况\n\
申请人情况 一、本年新收政府信息公开申请数量 二、上年结转政府信息公开申请数量 三、本年度办理结果 四、结转下年度继续办理\n\
（一）予以公开 （二）部分公开 （三）不予公开 （四）无法提供 （五）不予处理 （六）其他处理 （七）总计\n\
1.属于国家秘密 2.其他法律行政法规禁止公开 3.危及“三安全一稳定” 4.保护第三方合法权益 5.属于三类内部事务信息 6.属于四类过程性信息 7.属于行政执法案卷 8.属于行政查询事项 1.本机关不掌握相关政府信息 2.没有现成信息需要另行制作 3.补正后申请内容仍不明确 1.信访举报投诉类申请 2.重复申请 3.要求提供公开出版物 4.无正当理由大量反复申请 5.要求行政机关确认或重新出具已获取信息\n\
自然人 31 4 12 3 0 1 0 2 0 0 0 1 6 1 0 2 1 0 0 0 1 30 5\n\
法人或其他组织 商业企业 6 0 2 1 0 0 0 0 0 0 0 0 2 0 0 0 0 0 0 0 0 5 1\n\
科研机构 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n\
社会公益组织 1 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0\n\
法律服务机构 2 1 0 1 0 0 0 0 0 1 0 0 0 0 0 0 0 1 0 0 0 3 0\n\
其他 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n\
总计 40 5 15 5 0 1 0 2 0 1 0 1 8 1 0 2 1 1 0 0 1 39 6\n\
四、政府信息公开行政复议、行政诉讼情况\n";

    fn turned(text: &str, t: Template) -> Option<Vec<String>> {
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        untranspose_rows(&rows, t)
            .and_then(Result::ok)
            .map(|(out, _)| {
                out.iter()
                    .map(|r| {
                        r.cells
                            .iter()
                            .map(|c| c.text.trim())
                            .collect::<Vec<_>>()
                            .join("|")
                    })
                    .collect()
            })
    }

    /// Each of the template's rows back as a row, the group's label on
    /// a row before its first sub-row, the applicants' values in the
    /// template's column order, the section's heading and what follows
    /// the table kept.
    #[test]
    fn applicants_as_lines_of_text() {
        let out = turned(TURNED_2019, Template::F2019).unwrap();
        assert_eq!(out[0], "三、收到和处理政府信息公开申请情况");
        assert_eq!(out[1], "一、本年新收政府信息公开申请数量|31|6|0|1|2|0|40");
        assert_eq!(out[3], "三、本年度办理结果");
        assert_eq!(
            out[5],
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）|3|1|0|0|1|0|5"
        );
        assert_eq!(out[6], "（三）不予公开");
        assert_eq!(out[7], "1.属于国家秘密|0|0|0|0|0|0|0");
        assert_eq!(out[8], "2.其他法律行政法规禁止公开|1|0|0|0|0|0|1");
        // （六）其他处理 is one row in 2019, with no group.
        let other = out.iter().find(|r| r.starts_with("（六）")).unwrap();
        assert_eq!(other, "（六）其他处理|1|0|0|0|0|0|1");
        let total = out.iter().find(|r| r.starts_with("（七）")).unwrap();
        assert_eq!(total, "（七）总计|30|5|0|1|3|0|39");
        assert_eq!(out[out.len() - 2], "四、结转下年度继续办理|5|1|0|0|0|0|6");
        assert_eq!(out[out.len() - 1], "四、政府信息公开行政复议、行政诉讼情况");
    }

    /// Not turned: the 2021 template's count of rows is not what the lines
    /// print; a line naming an applicant with one value fewer (its column
    /// cannot be told); fewer than five applicants; the template's own
    /// orientation.
    #[test]
    fn lines_that_are_not_a_turned_table_are_left() {
        assert!(turned(TURNED_2019, Template::F2021).is_none());
        let short = TURNED_2019.replace("科研机构 0 0 0 0", "科研机构 0 0 0");
        assert!(turned(&short, Template::F2019).is_none());
        // That one is still a table printed transposed: said to be there,
        // not to be read, and no row is made of its header's words.
        let doc = crate::parse::text::parse(&short, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        match untranspose_rows(&rows, Template::F2019) {
            Some(Err(issue)) => {
                assert_eq!(
                    (issue.code.as_str(), issue.where_.as_str()),
                    ("structure.ambiguous_columns", "requests")
                );
                assert!(
                    issue.message.contains("科研机构 prints 22 values"),
                    "{}",
                    issue.message
                );
            }
            _ => panic!("a turned table not to be read"),
        }
        let report = format!("某街道办事处2020年政府信息公开工作年度报告\n{short}");
        let rec = crate::pipeline::process_bytes(
            "short.txt",
            report.as_bytes(),
            &crate::pipeline::Options::default(),
        );
        assert_eq!(rec.template, Some(Template::F2019));
        assert!(
            rec.requests.as_ref().is_none_or(|t| t.is_empty()),
            "{:?}",
            rec.requests
        );
        // An applicant's name alone: its line, every cell blank.
        let named =
            TURNED_2019.replace("其他 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0", "其他");
        let out = turned(&named, Template::F2019).unwrap();
        assert_eq!(out[1], "一、本年新收政府信息公开申请数量|31|6|0|1|2||40");
        let few: String = TURNED_2019
            .lines()
            .filter(|l| !l.starts_with("科研") && !l.starts_with("社会") && !l.starts_with("其他 "))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(turned(&few, Template::F2019).is_none());
        let plain = "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n\
一、本年新收政府信息公开申请数量 31 6 0 1 2 0 40\n\
二、上年结转政府信息公开申请数量 4 0 0 0 1 0 5\n\
（七）总计 30 5 0 1 3 0 39\n";
        assert!(turned(plain, Template::F2019).is_none());
    }

    /// TURNED_2019 as lxml's text of the page prints it: each line's
    /// cells run together, the header's too.
    fn glued_2019(natural: &str, total: &str) -> String {
        format!(
            "三、收到和处理政府信息公开申请情况\n\
申请人情况一、本年新收政府信息公开申请数量二、上年结转政府信息公开申请数量三、本年度办理结果四、结转下年度继续办理\n\
（一）予以公开（二）部分公开（三）不予公开（四）无法提供（五）不予处理（六）其他处理（七）总计\n\
自然人{natural}\n\
法人或其他组织商业企业60210000000020000000051\n\
科研机构00000000000000000000000\n\
社会公益组织10100000000000000000010\n\
法律服务机构21010000010000000100030\n\
其他00000000000000000000000\n\
总计{total}\n\
四、政府信息公开行政复议、行政诉讼情况\n"
        )
    }

    /// A turned table's row whose label starts `label`, its values parted
    /// by `|`.
    fn row_of(out: &[RowView<'_>], label: &str) -> String {
        let r = out
            .iter()
            .find(|r| r.cells[0].text.starts_with(label))
            .unwrap();
        r.cells[1..]
            .iter()
            .map(|c| c.text)
            .collect::<Vec<_>>()
            .join("|")
    }

    /// Runs as long as the row count split a digit a cell; the longer
    /// runs of 自然人 and 总计 by the columns' sums, which only one split
    /// of them meets: every cell read, placed by the split.
    #[test]
    fn runs_of_digits_split_by_the_columns_sums() {
        let text = glued_2019("31412301020001610210000314", "40515501020101810211000405");
        let doc = crate::parse::text::parse(&text, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let (out, issues) = untranspose_rows(&rows, Template::F2019).unwrap().unwrap();
        assert!(issues.is_empty());
        let row = |label: &str| row_of(&out, label);
        assert_eq!(row("一、"), "31|6|0|1|2|0|40");
        assert_eq!(row("（一）"), "12|2|0|1|0|0|15");
        assert_eq!(row("（七）"), "31|5|0|1|3|0|40");
        assert_eq!(row("四、"), "4|1|0|0|0|0|5");
        let first = &out
            .iter()
            .find(|r| r.cells[0].text.starts_with("一、"))
            .unwrap()
            .cells;
        // 自然人 and 总计 split by the sums: the sums are not checked on
        // them; a run as long as the row count, by the count alone.
        assert_eq!(first[1].placed, Some((How::Split, Checks::ROW_TOTAL)));
        assert_eq!(first[2].placed, Some((How::Split, Checks::default())));
        assert_eq!(first[7].placed, Some((How::Split, Checks::ROW_TOTAL)));
    }

    /// Two splits meet the sums (自然人's `…1305`: 其他处理 1, 总计 30, or
    /// 13 and 0): the cells they disagree on are left unread and named,
    /// each row with its readings; the rest read.
    #[test]
    fn cells_the_splits_disagree_on_are_left_unread() {
        let text = glued_2019("31412301020001610210001305", "40515501020101810211001396");
        let doc = crate::parse::text::parse(&text, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let (out, issues) = untranspose_rows(&rows, Template::F2019).unwrap().unwrap();
        let row = |label: &str| row_of(&out, label);
        assert_eq!(row("5.要求"), "0|0|0|0|0|0|0");
        assert_eq!(row("（六）"), "|0|0|0|0|0|");
        assert_eq!(row("（七）"), "|5|0|1|3|0|");
        assert_eq!(row("四、"), "5|1|0|0|0|0|6");
        let whats: Vec<(&str, &str)> = issues
            .iter()
            .map(|i| (i.code.as_str(), i.where_.as_str()))
            .collect();
        assert_eq!(
            whats,
            [
                ("structure.ambiguous_split", "requests.other"),
                ("structure.ambiguous_split", "requests.total_handled")
            ]
        );
        assert_eq!(
            issues[0].found,
            Some(serde_json::json!({ "readings": ["1|0|0|0|0|0|1", "13|0|0|0|0|0|13"] }))
        );
    }
}
