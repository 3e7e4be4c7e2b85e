//! The order of values whose rows' labels were all printed before them.
//!
//! A tool that groups a PDF's text into boxes (pdfminer.six) prints a
//! sub-table as its row labels, then its values one a line, column after
//! column (`规章 / 行政规范性文件 / 0 / 7 / 0 / 0 / 71 / 7`). Nothing in
//! such text says whether the values go row after row or column after
//! column: both fit the count. A reading is taken only when the rows' own
//! identities, a `+` outside a change column, or the first pass's own
//! reading of a row rule the other out; when both fit, the cells they
//! disagree on are left `null` (`structure.ambiguous_order`).

use super::fit::{RowCheck, Slot};
use super::rows::CellView;
use super::stream::Piece;
use crate::model::{Checks, How, Loc};
use crate::parse::value::number;

/// A value as printed: its cell and text.
pub(crate) type Val<'a, 'd> = (&'a CellView<'d>, &'d str);

/// The runs of rows whose values may go either way: rows whose labels
/// were printed one after another with no value between them, two or
/// more, one with two columns or more, taken together in `by_rank` (the
/// order the values are read in), whose values stand one a line (a line
/// of several values shows its row). Each run as a range of positions in
/// `by_rank`.
pub(crate) fn runs(
    p: &[Piece<'_, '_>],
    starts: &[usize],
    widths: &[usize],
    by_rank: &[usize],
    vals: &[Val<'_, '_>],
) -> Vec<(usize, usize)> {
    let n = starts.len();
    let mut pos_of = vec![usize::MAX; n];
    for (pos, &k) in by_rank.iter().enumerate() {
        if let Some(x) = pos_of.get_mut(k) {
            *x = pos;
        }
    }
    // Where each position's values start among `vals`.
    let mut off = Vec::with_capacity(by_rank.len() + 1);
    let mut sum = 0;
    off.push(0);
    for &k in by_rank {
        sum += widths.get(k).copied().unwrap_or(0);
        off.push(sum);
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < n {
        let mut m = k;
        while m + 1 < n
            && starts[m] < starts[m + 1]
            && !p
                .get(starts[m] + 1..starts[m + 1])
                .is_some_and(|s| s.iter().any(Piece::is_filled_value))
            && pos_of[m + 1] == pos_of[m].wrapping_add(1)
        {
            m += 1;
        }
        if m > k && (k..=m).any(|i| widths[i] >= 2) && pos_of[k] != usize::MAX {
            let (a, b) = (pos_of[k], pos_of[m] + 1);
            if let Some(vs) = off
                .get(a)
                .zip(off.get(b))
                .and_then(|(&s, &e)| vals.get(s..e))
            {
                let mut lines: Vec<u32> = vs.iter().map(|(c, _)| c.loc.line).collect();
                lines.sort_unstable();
                let printed = lines.len();
                lines.dedup();
                if lines.len() == printed && lines.iter().all(|&l| l > 0) {
                    out.push((a, b));
                }
            }
        }
        k = m + 1;
    }
    out
}

/// The places `(row in the run, column)` of a run's values read row
/// after row.
pub(crate) fn row_after_row(widths: &[usize]) -> Vec<(usize, usize)> {
    widths
        .iter()
        .enumerate()
        .flat_map(|(i, &w)| (0..w).map(move |j| (i, j)))
        .collect()
}

/// The places `(row in the run, column)` of a run's values read column
/// after column.
pub(crate) fn column_after_column(widths: &[usize]) -> Vec<(usize, usize)> {
    let widest = widths.iter().copied().max().unwrap_or(0);
    let mut out = Vec::new();
    for j in 0..widest {
        for (i, &w) in widths.iter().enumerate() {
            if j < w {
                out.push((i, j));
            }
        }
    }
    out
}

/// What the text shows of a run beside its values: the lines of section
/// 二's sub-table captions, the headers printed over each value
/// (`super::reconstruct::Heads`; none when no run of headers stands over
/// it) and, by segment, the cores of each row's columns' names.
pub(crate) struct Printed<'x> {
    pub captions: &'x [u32],
    pub heads: &'x [Option<Over<'x>>],
    pub names: &'x [Vec<String>],
}

/// A run of column headers printed over a value.
#[derive(Clone, Copy)]
pub(crate) struct Over<'x> {
    /// The cores of the columns the run names.
    pub heads: &'x [String],
    /// Whether the run's values fit in the cells of the columns it names
    /// (the section's rows together): its values are in those columns.
    /// When they do not, a header was printed apart from its run
    /// (`本年制发件数 / 本年废止件数 / 0 / 0 / 0 / 1 / 0 / 8 / … /
    /// 现行有效件数`), and the run says only which rows its values are in.
    pub exact: bool,
}

/// Whether a value under the headers `over` may stand in column `j` of
/// segment `k`'s row (`names`, by segment): no headers over it, or a run
/// that names that column, or, a run that is not [`Over::exact`], one of
/// the row's columns.
pub(crate) fn named(over: Option<Over<'_>>, names: &[Vec<String>], k: usize, j: usize) -> bool {
    over.is_none_or(|o| {
        names.get(k).is_some_and(|n| {
            if o.exact {
                n.get(j).is_some_and(|c| o.heads.contains(c))
            } else {
                n.iter().any(|c| o.heads.contains(c))
            }
        })
    })
}

/// The places `(row in the run, column)` of a run's values read by the
/// headers over them (`heads`, one for each value, all [`Over::exact`]):
/// each run of headers' values fill the empty cells of the columns it
/// names, sub-table after sub-table (`tables`: each sub-table's rows in
/// the run), column after column (`by_columns`) or row after row within
/// each. `None` when a value has no such headers or a run's values are
/// more than its cells.
fn headed(
    ws: &[usize],
    rows: &[usize],
    names: &[Vec<String>],
    tables: &[(usize, usize)],
    heads: &[Option<Over<'_>>],
    by_columns: bool,
) -> Option<Vec<(usize, usize)>> {
    let mut filled: Vec<Vec<bool>> = ws.iter().map(|&w| vec![false; w]).collect();
    let mut out = Vec::with_capacity(heads.len());
    let mut n = 0;
    while n < heads.len() {
        let o = heads[n].filter(|o| o.exact)?;
        let mut m = n + 1;
        while heads
            .get(m)
            .copied()
            .flatten()
            .is_some_and(|x| std::ptr::eq(x.heads, o.heads))
        {
            m += 1;
        }
        let open = |i: usize, j: usize, filled: &[Vec<bool>]| {
            !filled[i][j]
                && names
                    .get(rows[i])
                    .and_then(|c| c.get(j))
                    .is_some_and(|c| o.heads.contains(c))
        };
        let mut cells = Vec::new();
        for &(a, b) in tables {
            let w = ws[a..b].iter().copied().max().unwrap_or(0);
            if by_columns {
                for j in 0..w {
                    cells.extend(
                        (a..b)
                            .filter(|&i| j < ws[i] && open(i, j, &filled))
                            .map(|i| (i, j)),
                    );
                }
            } else {
                for (i, &w) in ws.iter().enumerate().take(b).skip(a) {
                    cells.extend((0..w).filter(|&j| open(i, j, &filled)).map(|j| (i, j)));
                }
            }
        }
        for &(i, j) in cells.get(..m - n)? {
            filled[i][j] = true;
            out.push((i, j));
        }
        n = m;
    }
    Some(out)
}

/// A reading of a run: per row, per column, the value placed there.
type Placed<'a, 'd> = Vec<Vec<Option<Val<'a, 'd>>>>;

/// Why a reading of a run does not fit.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fits {
    Yes,
    /// A row's own identity does not hold.
    Identity,
    /// A `+` outside a change column, or a row the first pass read
    /// differently.
    Other,
}

/// The rows of a run settled: each row's slots, and the rows left partly
/// `null` with the two readings.
pub(crate) struct Settled<'d> {
    pub slots: Vec<Vec<Slot<'d>>>,
    pub disputed: Vec<(usize, Vec<String>)>,
}

/// Reads the run `rows` (segment indices, in reading order) from `vs`,
/// its values as printed: row after row, column after column, or column
/// after column within each sub-table (rows with the same columns,
/// `table_of`), one sub-table after another, as a tool that cuts the page
/// into boxes prints them, or as the headers printed among the values
/// lead ([`headed`]: a tool that prints a sub-table's column boxes in the
/// order its layout analysis finds them, `处理决定数量 / 0 / 0 /
/// 上一年项目数量 本年增/减 / 0 / 0 / 0 / +4`). `read(row, col)`: the first
/// pass's reading of a row, which a reading must match;
/// `printed.captions`: the lines of section 二's sub-table captions. A
/// tool that orders boxes may print a caption level with the last values
/// of the sub-table before it, but no row's values stand across two
/// captions: a reading that takes them so does not fit; nor does one
/// that puts a value where the headers over it say it is not
/// (`printed.heads`, [`named`]). `None` when no order fits.
pub(crate) fn settle<'d>(
    rows: &[usize],
    widths: &[usize],
    table_of: &[usize],
    checks: &[RowCheck],
    vs: &[Val<'_, 'd>],
    printed: &Printed<'_>,
    read: &impl Fn(usize, usize) -> Option<Option<f64>>,
) -> Option<Settled<'d>> {
    let captions = printed.captions;
    let ws: Vec<usize> = rows.iter().map(|&k| widths[k]).collect();
    // Places (row in the run, column) of the values in printed order.
    let mut orders: Vec<(How, Vec<(usize, usize)>)> = Vec::new();
    orders.push((How::Order, row_after_row(&ws)));
    orders.push((How::Transposed, column_after_column(&ws)));
    // Each sub-table's rows in the run.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut a = 0;
    while a < rows.len() {
        let mut b = a + 1;
        while b < rows.len() && table_of.get(rows[b]) == table_of.get(rows[a]) {
            b += 1;
        }
        spans.push((a, b));
        a = b;
    }
    let mut boxed = Vec::new();
    for &(a, b) in &spans {
        boxed.extend(
            column_after_column(&ws[a..b])
                .into_iter()
                .map(|(i, j)| (a + i, j)),
        );
    }
    if !orders.iter().any(|o| o.1 == boxed) {
        orders.push((How::Transposed, boxed));
    }
    // The readings the headers over the values lead.
    for (how, by_columns) in [(How::Transposed, true), (How::Order, false)] {
        if let Some(places) = headed(&ws, rows, printed.names, &spans, printed.heads, by_columns) {
            if !orders.iter().any(|o| o.1 == places) {
                orders.push((how, places));
            }
        }
    }
    let place = |places: &[(usize, usize)]| -> Vec<Vec<Option<Val<'_, 'd>>>> {
        let mut out: Vec<Vec<Option<Val<'_, 'd>>>> = ws.iter().map(|&w| vec![None; w]).collect();
        for (&(i, j), &v) in places.iter().zip(vs) {
            if let Some(c) = out.get_mut(i).and_then(|r| r.get_mut(j)) {
                *c = Some(v);
            }
        }
        out
    };
    let fits = |reading: &[Vec<Option<Val<'_, 'd>>>]| -> Fits {
        let mut why = Fits::Yes;
        for (i, &k) in rows.iter().enumerate() {
            let row = &reading[i];
            if row.iter().any(Option::is_none) {
                return Fits::Other;
            }
            let lines = row.iter().flatten().map(|(c, _)| c.loc.line);
            let (low, high) = (lines.clone().min(), lines.max());
            if low
                .zip(high)
                .is_some_and(|(a, b)| captions.iter().filter(|&&l| a < l && l < b).count() >= 2)
            {
                return Fits::Other;
            }
            let values: Vec<Option<f64>> =
                row.iter().map(|v| v.and_then(|(_, t)| number(t))).collect();
            for (j, v) in row.iter().enumerate() {
                let t = v.map_or("", |(_, t)| t);
                let negative = values[j].is_some_and(|x| x < 0.0)
                    && (j >= 32 || checks[k].signed & (1 << j) == 0);
                if negative
                    || checks[k].misplaced(j, t)
                    || read(k, j).is_some_and(|b| b != values[j])
                {
                    return Fits::Other;
                }
            }
            if !checks[k].holds(&values) {
                why = Fits::Identity;
            }
        }
        why
    };
    let readings: Vec<(How, Placed<'_, 'd>, Fits)> = orders
        .iter()
        .map(|(how, places)| {
            let r = place(places);
            let headed = places.iter().enumerate().all(|(n, &(i, j))| {
                named(
                    printed.heads.get(n).copied().flatten(),
                    printed.names,
                    rows[i],
                    j,
                )
            });
            let f = if headed { fits(&r) } else { Fits::Other };
            (*how, r, f)
        })
        .collect();
    let fitting: Vec<&(How, Placed<'_, 'd>, Fits)> =
        readings.iter().filter(|r| r.2 == Fits::Yes).collect();
    let (how, first) = fitting.first().map(|r| (r.0, &r.1))?;
    // An identity ruled a reading out: the values rely on it.
    let by_identity = readings.iter().any(|r| r.2 == Fits::Identity);
    let text_of = |v: &Option<Val<'_, 'd>>| v.map_or("", |(_, t)| t).trim();
    let mut out = Settled {
        slots: Vec::with_capacity(rows.len()),
        disputed: Vec::new(),
    };
    for (i, &k) in rows.iter().enumerate() {
        let relied = if by_identity {
            checks[k].checks
        } else {
            Checks::default()
        };
        let differ = |j: usize| {
            fitting
                .iter()
                .any(|r| text_of(&r.1[i][j]) != text_of(&first[i][j]))
        };
        let mut slots = Vec::with_capacity(ws[i]);
        let mut disputed = false;
        for (j, v) in first[i].iter().enumerate() {
            let (c, text) = (*v)?;
            if differ(j) {
                disputed = true;
                let at: Loc = c.loc;
                slots.push(Slot::unknown(at));
            } else {
                // Every fitting reading agrees: as read, row after row,
                // unless only a column-after-column reading fits.
                let how = if fitting.iter().any(|r| r.0 == How::Order) {
                    How::Order
                } else {
                    how
                };
                slots.push(Slot {
                    text,
                    at: c.loc,
                    how,
                    relied,
                });
            }
        }
        if disputed {
            let mut shown: Vec<String> = Vec::new();
            for r in &fitting {
                let s = super::fit::show_reading(r.1[i].iter().map(|v| v.map(|(_, t)| t)));
                if !shown.contains(&s) {
                    shown.push(s);
                }
            }
            out.disputed.push((i, shown));
        }
        out.slots.push(slots);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{column_after_column, headed, Over};

    /// pdfminer's boxes of two sub-tables of the same columns (行政许可 and
    /// 其他对外管理服务事项, then 行政处罚 and 行政强制): each sub-table's
    /// 处理决定数量 first, then its other columns under their headers.
    #[test]
    fn headers_lead_the_values_they_stand_over() {
        let cols = || -> Vec<String> {
            ["上一年项目数量", "本年增减", "处理决定数量"]
                .map(String::from)
                .to_vec()
        };
        let names = vec![cols(), cols(), cols(), cols()];
        let decisions = ["处理决定数量".to_string()];
        let decisions_again = ["处理决定数量".to_string()];
        let others = ["上一年项目数量".to_string(), "本年增减".to_string()];
        let others_again = others.clone();
        fn over(h: &[String]) -> Option<Over<'_>> {
            Some(Over {
                heads: h,
                exact: true,
            })
        }
        let mut heads = vec![over(&decisions); 2];
        heads.extend(vec![over(&decisions_again); 2]);
        heads.extend(vec![over(&others); 4]);
        heads.extend(vec![over(&others_again); 4]);
        let spans = [(0, 2), (2, 4)];
        let ws = [3, 3, 3, 3];
        let rows = [0, 1, 2, 3];
        assert_eq!(
            headed(&ws, &rows, &names, &spans, &heads, true),
            Some(vec![
                (0, 2),
                (1, 2),
                (2, 2),
                (3, 2),
                (0, 0),
                (1, 0),
                (0, 1),
                (1, 1),
                (2, 0),
                (3, 0),
                (2, 1),
                (3, 1),
            ])
        );
        assert_eq!(
            headed(&ws, &rows, &names, &spans, &heads, false).map(|p| p[4..8].to_vec()),
            Some(vec![(0, 0), (0, 1), (1, 0), (1, 1)])
        );
        // More values under a run than the cells of its columns: no reading.
        heads.push(over(&others_again));
        assert_eq!(headed(&ws, &rows, &names, &spans, &heads, true), None);
        // A value with no run over it: none either.
        heads.pop();
        heads[0] = None;
        assert_eq!(headed(&ws, &rows, &names, &spans, &heads, true), None);
    }

    #[test]
    fn columns_of_unequal_rows() {
        assert_eq!(
            column_after_column(&[3, 1, 2]),
            vec![(0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2)]
        );
    }
}
