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
/// into boxes prints them. `read(row, col)`: the first pass's reading of a
/// row, which a reading must match; `captions`: the lines of section 二's
/// sub-table captions. A tool that orders boxes may print a caption level
/// with the last values of the sub-table before it, but no row's values
/// stand across two captions: a reading that takes them so does not fit.
/// `None` when no order fits.
pub(crate) fn settle<'d>(
    rows: &[usize],
    widths: &[usize],
    table_of: &[usize],
    checks: &[RowCheck],
    vs: &[Val<'_, 'd>],
    captions: &[u32],
    read: &impl Fn(usize, usize) -> Option<Option<f64>>,
) -> Option<Settled<'d>> {
    let ws: Vec<usize> = rows.iter().map(|&k| widths[k]).collect();
    // Places (row in the run, column) of the values in printed order.
    let mut orders: Vec<(How, Vec<(usize, usize)>)> = Vec::new();
    orders.push((How::Order, row_after_row(&ws)));
    orders.push((How::Transposed, column_after_column(&ws)));
    let mut boxed = Vec::new();
    let mut a = 0;
    while a < rows.len() {
        let mut b = a + 1;
        while b < rows.len() && table_of.get(rows[b]) == table_of.get(rows[a]) {
            b += 1;
        }
        boxed.extend(
            column_after_column(&ws[a..b])
                .into_iter()
                .map(|(i, j)| (a + i, j)),
        );
        a = b;
    }
    if !orders.iter().any(|o| o.1 == boxed) {
        orders.push((How::Transposed, boxed));
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
            let f = fits(&r);
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
    use super::column_after_column;

    #[test]
    fn columns_of_unequal_rows() {
        assert_eq!(
            column_after_column(&[3, 1, 2]),
            vec![(0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2)]
        );
    }
}
