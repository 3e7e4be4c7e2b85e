//! The second pass over a section: the template rows the row-by-row pass
//! could not read, found by their labels in the section's stream of
//! pieces ([`super::stream`]) and their values fitted to the columns
//! ([`super::fit`]); and the section 四 row when it printed fewer than 15
//! values.

use super::fill::{record_provenance, spill, Filler, Placing, Short};
use super::fit::{
    fit_row, leading_zero, show_reading, totals_shown, unrepeat, Anchors, Fitted, RowCheck, Slot,
    Tok,
};
use super::label::{group_of, norm, Group, Label};
use super::rows::{CellView, RowView};
use super::stream::{gap_baseline, gap_spacing, pieces, Piece, Stream};
use crate::model::{Checks, How, Loc, Row, Table};
use crate::parse::value::{is_digit, lex, number, Lexed};
use crate::template::{Col, ACTIVE_2019, ACTIVE_2021, REQUEST_COLS, REVIEW_COLS, REVIEW_GROUPS};

/// The template's value columns, as label cores.
struct Columns {
    /// Sections 三 and 四: where one stands without a row's numbering, a
    /// header cell, not the row of the same words.
    names: Vec<String>,
    /// The columns of section 二's sub-tables (both formats) and of
    /// section 三, each with the sub-table it heads and its place there.
    heads: Vec<(String, usize, usize)>,
}

fn columns() -> &'static Columns {
    static C: std::sync::OnceLock<Columns> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let core = |label: &str| Label::new(label).core;
        let names = REQUEST_COLS
            .iter()
            .chain(REVIEW_COLS.iter())
            .map(|c| core(c.label))
            .collect();
        // One sub-table per distinct set of columns.
        let mut tables: Vec<&[crate::template::Col]> = vec![&REQUEST_COLS];
        for r in ACTIVE_2019.iter().chain(ACTIVE_2021.iter()) {
            if !tables.iter().any(|t| std::ptr::eq(*t, r.cols)) {
                tables.push(r.cols);
            }
        }
        let heads = tables
            .iter()
            .enumerate()
            .flat_map(|(g, cols)| {
                cols.iter()
                    .enumerate()
                    .map(move |(j, c)| (core(c.label), g, j))
            })
            .collect();
        Columns { names, heads }
    })
}

/// Whether a label is a column's name standing without a row's numbering
/// (a header cell: `总计`, not `（七）总计`).
fn is_column_name(l: &Label) -> bool {
    let core = column_core(&l.core);
    l.numbering.is_none() && columns().names.iter().any(|n| n == core)
}

/// A header's core as the template names its column: 合计 stands for
/// 总计 (FORMAT.md §6). Every reader of column headers goes through it.
pub(super) fn column_core(core: &str) -> &str {
    if core == TOTAL_ALIAS {
        "总计"
    } else {
        core
    }
}

/// The word that stands for 总计 in a header ([`column_core`]).
const TOTAL_ALIAS: &str = "合计";

/// The cores of the header cells over several of section 三's columns
/// (`申请人情况`, `法人或其他组织`).
fn column_groups() -> &'static [String] {
    static G: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    G.get_or_init(|| {
        crate::template::REQUEST_COL_GROUPS
            .iter()
            .map(|g| Label::new(g).core)
            .collect()
    })
}

/// The second pass: the template rows the row-by-row pass did not read,
/// found by their labels in the section's stream of pieces and their
/// values fitted to the columns ([`fit_row`]). Rows already read are left
/// as they are; a short row it cannot fit keeps its `structure.row_shape`.
#[allow(clippy::too_many_arguments)]
/// The template rows whose labels stand in the pieces: the piece each
/// row's label is, and the row (first the label itself, then the label
/// read as its whole path, then joined with up to two unmatched fragments
/// just before it: a label wrapped over lines).
fn segments<D: Copy>(
    p: &[Piece<'_, '_>],
    track_groups: bool,
    matcher: &impl Fn(&Label, Option<Group>) -> Option<D>,
) -> Vec<(usize, D)> {
    let mut segs: Vec<(usize, D)> = Vec::new();
    let mut group: Option<Group> = None;
    // Unmatched fragments since the last value: piece, text, line.
    let mut recent: Vec<(usize, &str, u32)> = Vec::new();
    // A lone fragment that values on its line followed: the start of a
    // label wrapped past its row's values (`（ 一  14 5 1 0 20`, then
    // `）予` / `以 公` / `开` on the lines below).
    let mut held: Option<(usize, &str, u32)> = None;
    for (k, piece) in p.iter().enumerate() {
        match *piece {
            Piece::Text {
                cell, text, prose, ..
            } => {
                if prose {
                    recent.clear();
                    held = None;
                    continue;
                }
                let own;
                let l = if std::ptr::eq(text, cell.text) {
                    cell.label()
                } else {
                    own = Label::new(text);
                    &own
                };
                if track_groups {
                    if let Some(g) = group_of(l) {
                        group = Some(g);
                    } else if matches!(
                        l.numbering,
                        Some(
                            super::label::Numbering::Level2(_) | super::label::Numbering::Level1(_)
                        )
                    ) {
                        group = None;
                    }
                }
                if cell.from_above {
                    continue;
                }
                let joined = || {
                    (1..=recent.len().min(2)).rev().find_map(|back| {
                        let mut s: String =
                            recent[recent.len() - back..].iter().map(|r| r.1).collect();
                        s.push_str(text);
                        let l = Label::new(&s);
                        if is_column_name(&l) {
                            None
                        } else {
                            matcher(&l, group)
                        }
                    })
                };
                // A column's name (总计, 其他) without a row's numbering is
                // a header cell, not the row of the same words.
                if is_column_name(l) {
                    recent.clear();
                    continue;
                }
                // A label that reads as its whole path (`三、本年度办理结果
                // （一）予以公开`): the last part that is a row, under the
                // groups the parts before it open.
                let by_path = || {
                    let folded;
                    let n = if std::ptr::eq(text, cell.text) {
                        cell.norm()
                    } else {
                        folded = norm(text);
                        folded.as_str()
                    };
                    let parts = super::label::path(n);
                    if parts.len() < 2 {
                        return None;
                    }
                    let mut g = group;
                    let mut hit = None;
                    for part in &parts {
                        let pl = Label::from_norm(part);
                        if let Some(gg) = group_of(&pl) {
                            g = Some(gg);
                        }
                        if let Some(d) = matcher(&pl, g) {
                            hit = Some(d);
                        }
                    }
                    hit
                };
                // Text run together with the header before it, in a cell
                // that also holds values (`…现行有效件数 规章`): the
                // longest tail that is a row's label.
                let tail = || {
                    if std::ptr::eq(text, cell.text) {
                        return None;
                    }
                    text.char_indices().skip(1).find_map(|(i, _)| {
                        let l = Label::new(&text[i..]);
                        if is_column_name(&l) || l.core.chars().count() < 2 {
                            None
                        } else {
                            matcher(&l, group)
                        }
                    })
                };
                // The held fragment, the fragments since and this one: a
                // label wrapped past its values, which are its row's (tried
                // before the fragments since alone, which would leave the
                // values to no row). Only a fragment that opens a label's
                // numbering (`（一`, `1.`) is held so.
                let wrapped_past = || {
                    let (k0, t0, _) = held?;
                    let opens = t0
                        .trim_start()
                        .starts_with(|c: char| matches!(c, '（' | '(') || is_digit(c));
                    if !opens {
                        return None;
                    }
                    let mut s = t0.to_string();
                    s.extend(recent.iter().map(|r| r.1));
                    s.push_str(text);
                    let l = Label::new(&s);
                    (!is_column_name(&l))
                        .then(|| matcher(&l, group))
                        .flatten()
                        .map(|d| (k0, d))
                };
                match matcher(l, group)
                    .or_else(by_path)
                    .map(|d| (k, d))
                    .or_else(wrapped_past)
                    .or_else(|| joined().map(|d| (k, d)))
                    .or_else(|| tail().map(|d| (k, d)))
                {
                    Some((at, d)) => {
                        segs.push((at, d));
                        recent.clear();
                        held = None;
                    }
                    None => {
                        recent.push((k, text, cell.loc.line));
                        if recent.len() > 2 {
                            recent.remove(0);
                            // Three fragments since a held one: no label
                            // wrapped past its values goes on so long.
                            held = None;
                        }
                    }
                }
            }
            Piece::Value { cell, .. } => {
                held = match (recent.last(), held) {
                    (Some(last), _) if last.2 == cell.loc.line => Some(*last),
                    (None, Some(h)) if h.2 == cell.loc.line => Some(h),
                    _ => None,
                };
                recent.clear();
            }
            _ => {}
        }
    }
    segs
}

/// The segments without a row's label repeated: a merged label cell
/// printed once for each place it spans (docx2python writes every grid
/// cell, a two-line label each time: `一、本年新收政府信息` / `公开申请数量`
/// three times over). Of segments of one row with no value between them,
/// the last is kept, the one its values follow.
fn unrepeated<D: Copy>(
    p: &[Piece<'_, '_>],
    segs: Vec<(usize, D)>,
    key: impl Fn(D) -> &'static str,
) -> Vec<(usize, D)> {
    let mut out: Vec<(usize, D)> = Vec::with_capacity(segs.len());
    for (at, d) in segs {
        if let Some(&(before, b)) = out.last() {
            if key(b) == key(d) && !p[before..at].iter().any(Piece::is_filled_value) {
                out.pop();
            }
        }
        out.push((at, d));
    }
    out
}

/// Whether the column headers of one sub-table are printed with numbers
/// between them (`本年制发件数 0 3 本年废止件数 0 1 …`): a dump column
/// after column, whose numbers are not row after row. (A header repeated
/// after a page break prints its columns together, with no number
/// between them.)
fn headers_between_values(p: &[Piece<'_, '_>]) -> bool {
    // A column's header, without a row's numbering (`（七）总计` is a row).
    let place = |text: &str| {
        let l = Label::new(text);
        if l.numbering.is_some() {
            return None;
        }
        columns()
            .heads
            .iter()
            .find(|(c, _, _)| *c == l.core)
            .map(|&(_, g, j)| (g, j))
    };
    // The last header seen (group, column) and whether a number followed it.
    let mut last: Option<(usize, usize, bool)> = None;
    for x in p {
        match *x {
            Piece::Text {
                text, prose: false, ..
            } => {
                if let Some((g, c)) = place(text) {
                    if let Some((lg, lc, seen)) = last {
                        if lg == g && c > lc && seen {
                            return true;
                        }
                    }
                    last = Some((g, c, false));
                }
            }
            Piece::Value { .. } if x.is_filled_value() => {
                if let Some(l) = last.as_mut() {
                    l.2 = true;
                }
            }
            _ => {}
        }
    }
    false
}

/// The slots of each segment read in order, and the rows left partly
/// `null` because their values' order is not known, with the readings.
type Ordered<'d> = (Vec<Option<Vec<Slot<'d>>>>, Vec<(usize, Vec<String>)>);

/// Labels printed out of their rows' places (PDF text in reading order,
/// which interleaves the label column with the numbers), the numbers
/// themselves row after row: when the section's numbers are exactly as
/// many as its rows' columns together, they are read in that order, the
/// rows taken in the template's order (`rank`), not in the order their
/// labels were printed in (a label printed out of place says nothing of
/// where its numbers are). A row the first pass read must come out the
/// same (`read(row, col)`), or nothing is taken. Rows whose labels were
/// all printed before their values, one a line, are read only in an order
/// the evidence settles ([`super::order`]): row after row is then no more
/// likely than column after column.
fn in_order<'d, D: Copy>(
    p: &[Piece<'_, 'd>],
    segs: &[(usize, D)],
    shape: &Shape<'_>,
    rank: &[usize],
    read: impl Fn(usize, usize) -> Option<Option<f64>>,
) -> Option<Ordered<'d>> {
    let Shape {
        widths,
        names,
        table_of,
        checks,
        heads,
    } = *shape;
    let first = segs.first()?.0;
    // The values, and the headers over each.
    let (vals, over): (
        Vec<(&super::rows::CellView<'d>, &'d str)>,
        Vec<Option<super::order::Over<'_>>>,
    ) = p[first..]
        .iter()
        .enumerate()
        .filter_map(|(i, x)| match *x {
            Piece::Value { cell, text, .. } if !text.trim().is_empty() => {
                Some(((cell, text), heads.at(first + i)))
            }
            _ => None,
        })
        .unzip();
    let total: usize = widths.iter().sum();
    if segs.len() < 3 || vals.len() != total || headers_between_values(&p[first..]) {
        return None;
    }
    // The numbers between each label and the next.
    let own: Vec<Vec<Option<f64>>> = segs
        .iter()
        .enumerate()
        .map(|(k, &(start, _))| {
            let end = segs.get(k + 1).map_or(p.len(), |s| s.0);
            p[start + 1..end]
                .iter()
                .filter_map(|x| match *x {
                    Piece::Value { text, .. } if x.is_filled_value() => Some(number(text)),
                    _ => None,
                })
                .collect()
        })
        .collect();
    // Every label followed by as many numbers as its row has columns: the
    // labels stand in their rows' places, and each row reads on its own.
    if own.iter().zip(widths).all(|(v, &w)| v.len() == w) {
        return None;
    }
    let mut out: Vec<Option<Vec<Slot<'d>>>> = vec![None; segs.len()];
    let mut disputed: Vec<(usize, Vec<String>)> = Vec::new();
    let mut by_rank: Vec<usize> = (0..segs.len()).collect();
    by_rank.sort_by_key(|&k| rank.get(k).copied().unwrap_or(usize::MAX));
    // Rows whose labels all came before their values, one a line: the
    // values may go row after row or column after column ([`order`]).
    let starts: Vec<usize> = segs.iter().map(|s| s.0).collect();
    let runs = super::order::runs(p, &starts, widths, &by_rank, &vals);
    // Where section 二's sub-tables' captions stand: no row's values
    // straddle one.
    let captions: Vec<u32> = p
        .iter()
        .filter_map(|x| match *x {
            Piece::Text { cell, text, .. } if is_caption(text) => Some(cell.loc.line),
            _ => None,
        })
        .collect();
    let mut it = vals.iter().copied();
    // Values taken so far (where a run's headers start in `over`).
    let mut used = 0;
    let mut pos = 0;
    while pos < by_rank.len() {
        if let Some(&(_, b)) = runs.iter().find(|r| r.0 == pos) {
            let rows = &by_rank[pos..b];
            let n: usize = rows.iter().map(|&k| widths[k]).sum();
            let vs: Vec<_> = it.by_ref().take(n).collect();
            if vs.len() != n {
                return None;
            }
            let printed = super::order::Printed {
                captions: &captions,
                heads: over.get(used..used + n).unwrap_or_default(),
                names,
            };
            used += n;
            let settled =
                super::order::settle(rows, widths, table_of, checks, &vs, &printed, &read)?;
            for (i, slots) in settled.slots.into_iter().enumerate() {
                out[rows[i]] = Some(slots);
            }
            disputed.extend(settled.disputed.into_iter().map(|(i, r)| (rows[i], r)));
            pos = b;
            continue;
        }
        let k = by_rank[pos];
        pos += 1;
        let w = widths[k];
        let mut slots = Vec::with_capacity(w);
        for j in 0..w {
            let (cell, text) = it.next()?;
            // Where the headers over it say it is not: not in this order.
            let named = super::order::named(over.get(used).copied().flatten(), names, k, j);
            used += 1;
            if !named {
                return None;
            }
            let value = number(text);
            if let Some(before) = read(k, j) {
                if before != value {
                    return None;
                }
            }
            slots.push(Slot {
                text,
                at: cell.loc,
                how: How::Order,
                relied: Checks::default(),
            });
        }
        // Each row's own identity must hold as read: a reading out of
        // step with the rows shows there.
        let values: Vec<Option<f64>> = slots.iter().map(Slot::value).collect();
        if !checks[k].holds(&values) {
            return None;
        }
        out[k] = Some(slots);
    }
    // A label followed by just as many numbers as its row has columns may
    // stand in its place: the numbers in order must then be those. When
    // they are not, the labels stand in their places and some rows printed
    // fewer or more numbers than their columns (a blank cell that printed
    // nothing, a merged one printed twice): the numbers in order would
    // carry values from row to row.
    let moved = out.iter().enumerate().any(|(k, slots)| {
        slots.as_ref().is_some_and(|slots| {
            own[k].len() == widths[k] && slots.iter().map(Slot::value).ne(own[k].iter().copied())
        })
    });
    if moved {
        return None;
    }
    Some((out, disputed))
}

fn widest_of(order: &[(Option<usize>, usize)]) -> usize {
    order.iter().map(|o| o.1).max().unwrap_or(0)
}

/// Whether a text is the header of a value column of section 二 or 三
/// (`商业企业`, `本年废止件数`), as a column-major dump prints at the head
/// of each column's values.
pub(super) fn is_column_header(text: &str) -> bool {
    let l = Label::new(text);
    // A row's numbering (`（六）其他`, a group's label wrapped before its
    // last characters) is no column's header.
    let core = column_core(&l.core);
    l.numbering.is_none() && !core.is_empty() && columns().heads.iter().any(|(c, _, _)| c == core)
}

/// Whether a header's core names a header cell over several of section
/// 三's columns (`申请人情况`, `法人或其他组织`).
pub(super) fn is_column_group(core: &str) -> bool {
    column_groups().iter().any(|g| g == core)
}

/// Rows printed column after column, each column's values after its own
/// header (`规章 / 行政规范性文件 / 本年制发件数 / 0 / 3 / 本年废止件数 /
/// 0 / 1 / 现行有效件数 / 0 / 27`: a table typed or exported a column at
/// a time): the labels of one or more rows with the same columns, with
/// no value, caption or column header between them, then for each column,
/// in any order, its header and one value for each row, top to bottom.
/// The header names each value's column and its place names its row, so
/// nothing is guessed; a run whose headers do not name every column once,
/// whose blocks are not one value a row, or that is followed by more
/// values, is not read. Rows `taken` (read before) break a run. The
/// slots of each row read, by segment.
fn headed_columns<'d, D: Copy>(
    p: &[Piece<'_, 'd>],
    segs: &[(usize, D)],
    baseline: u32,
    ends: bool,
    spec: impl Fn(D) -> RowSpec,
    taken: impl Fn(D) -> bool,
    rank: impl Fn(D) -> (usize, RowCheck),
) -> Vec<(usize, Vec<Slot<'d>>)> {
    let cols_of = |d: D| spec(d).cols;
    let same = |a: &[Col], b: &[Col]| a.iter().map(|c| c.key).eq(b.iter().map(|c| c.key));
    let joins = |a: usize, b: usize| {
        p[a..b].iter().all(|x| match *x {
            Piece::Value { .. } => false,
            Piece::Text { text, prose, .. } => {
                !prose && !is_caption(text) && !is_column_header(text)
            }
            Piece::Gap(_) | Piece::RowEnd => true,
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < segs.len() {
        if taken(segs[i].1) {
            i += 1;
            continue;
        }
        let cols = cols_of(segs[i].1);
        let mut j = i;
        while j + 1 < segs.len()
            && !taken(segs[j + 1].1)
            && same(cols, cols_of(segs[j + 1].1))
            && joins(segs[j].0 + 1, segs[j + 1].0)
        {
            j += 1;
        }
        let end = segs.get(j + 1).map_or(p.len(), |s| s.0);
        let run = i..=j;
        i = j + 1;
        // Up to another sub-table's caption: the headers and values after
        // it are that sub-table's (`行政许可 / 第二十条第（六）项 /
        // 本年处理决定数量 / 2971 / 行政处罚`), not these rows' columns.
        // Their own caption may follow their labels (`行政处罚 / 行政强制
        // / 第二十条第（六）项 / 本年处理决定数量 / 0 / 49`).
        let own = spec(segs[j].1).caption.map(norm);
        let block = &p[segs[j].0 + 1..end];
        let block = block
            .iter()
            .position(|x| {
                matches!(x, Piece::Text { text, .. }
                    if is_caption(text) && own.as_ref().is_none_or(|c| !norm(text).contains(c.as_str())))
            })
            .map_or(block, |k| &block[..k]);
        // Blank cells at the very end of a section left blank lines that
        // the section's pieces do not hold (unless the document ends in
        // it, when its last values may be cut instead).
        let pad = baseline == 0 && end == p.len() && !ends;
        if let Some(readings) = column_blocks(block, run.clone().count(), cols, baseline, pad) {
            // A column's values stand top to bottom as the page prints
            // the rows: in the template's order. Labels read a label
            // column at a time (一、… 四、, then （一）…（七）, then 1.…)
            // are not in it, and then the values go to the rows in the
            // template's order, if every row's identity holds so; if one
            // breaks, or the labels are out of order some other way, the
            // run is not read.
            let mut by_rank: Vec<usize> = run.clone().collect();
            by_rank.sort_by_key(|&k| rank(segs[k].1).0);
            // Labels read a label column at a time print every 一、 label
            // before any （一）, and every （一） before any 1.
            let level = |k: usize| match p[segs[k].0] {
                Piece::Text { text, .. } => match Label::new(text).numbering {
                    Some(super::label::Numbering::Level1(_)) => 1,
                    Some(super::label::Numbering::Level2(_)) => 2,
                    Some(super::label::Numbering::Level3(_)) => 3,
                    None => 0,
                },
                _ => 0,
            };
            let levels: Vec<u8> = run.clone().map(level).collect();
            let by_columns =
                levels.windows(2).all(|w| w[0] <= w[1]) && levels.first() != levels.last();
            let check = |k: usize| rank(segs[k].1).1;
            let broken = |rows: &Vec<Vec<Slot<'d>>>| broken_rows(&by_rank, rows, check);
            let holds = |rows: &Vec<Vec<Slot<'d>>>| broken(rows) == 0;
            // Values under several headers at once, read column after
            // column and row after row: the one the rows' identities
            // choose, or none.
            let Some((mut rows, by_identity)) = choose_reading(readings, broken) else {
                continue;
            };
            if by_identity {
                rely_on_rows(&by_rank, &mut rows, check);
            }
            if by_rank.iter().copied().eq(run.clone()) {
                out.extend(run.zip(rows));
            } else if by_columns && holds(&rows) {
                out.extend(by_rank.into_iter().zip(rows));
            }
        }
    }
    out
}

/// Rows whose first column was printed beside their labels and the other
/// columns after them all, under their headers (a PDF reader that keeps
/// the label column's box with the first value column and prints the
/// rest of the table a column at a time: `一、… / 二、… / 自 / 然 / 人 /
/// 1 / 3 / … / 4.保护第三方合法权益 0 / … / 商 / 业 / 企 / 业 / … / 总 /
/// 计 / 0 / 0 / …`). Read when the headers of all the columns but one
/// stand together after the labels of rows no pass has read, with their
/// columns; as many values stand between the first of those labels and
/// the headers as there are rows, the i-th after the i-th label; and as
/// many after the headers as the other columns' cells. Those go column
/// after column or row after row, whichever every row's identity bears
/// out; when both do and differ, nothing is read. The slots of each row
/// read, by segment.
fn beside_labels<'d, D: Copy>(
    p: &[Piece<'_, 'd>],
    segs: &[(usize, D)],
    cols_of: impl Fn(D) -> &'static [Col],
    taken: impl Fn(D) -> bool,
    rank: impl Fn(D) -> (usize, RowCheck),
) -> Vec<(usize, Vec<Slot<'d>>)> {
    let Some(&(first, d0)) = segs.first() else {
        return Vec::new();
    };
    let cols = cols_of(d0);
    let w = cols.len();
    if w < 3 {
        return Vec::new();
    }
    let heads: Vec<String> = cols.iter().map(|c| Label::new(c.label).core).collect();
    // The headers of all columns but one: a run of text after the labels.
    let mut at = first + 1;
    let mut found = None;
    while at < p.len() {
        if !matches!(p[at], Piece::Text { prose: false, .. }) {
            at += 1;
            continue;
        }
        let (end, text) = text_run(p, at);
        if let Some(names) = header_names(&text, &heads, true).filter(|n| n.len() == w - 1) {
            found = Some((at, end, names));
            break;
        }
        at = end;
    }
    let Some((head, end, names)) = found else {
        return Vec::new();
    };
    let mut distinct = names.clone();
    distinct.sort_unstable();
    distinct.dedup();
    let Some(lone) = (0..w).find(|c| !names.contains(c)) else {
        return Vec::new();
    };
    if distinct.len() != w - 1 {
        return Vec::new();
    }
    // The rows: every label before the headers, none read, same columns,
    // printed in the template's order.
    let rows: Vec<usize> = (0..segs.len()).filter(|&k| segs[k].0 < head).collect();
    let m = rows.len();
    let same = |d: D| {
        cols_of(d)
            .iter()
            .map(|c| c.key)
            .eq(cols.iter().map(|c| c.key))
    };
    if m < 2
        || rows.iter().any(|&k| taken(segs[k].1) || !same(segs[k].1))
        || rows
            .windows(2)
            .any(|x| rank(segs[x[0]].1).0 >= rank(segs[x[1]].1).0)
    {
        return Vec::new();
    }
    // One value a row beside the labels, each after its own row's label.
    let value = |x: &Piece<'_, 'd>| match *x {
        Piece::Value {
            cell, text, glued, ..
        } if !text.trim().is_empty() => Some((cell.loc, text, glued)),
        _ => None,
    };
    let beside: Vec<(usize, (Loc, &'d str, bool))> = p[first..head]
        .iter()
        .enumerate()
        .filter_map(|(i, x)| value(x).map(|v| (first + i, v)))
        .collect();
    if beside.len() != m
        || beside
            .iter()
            .zip(&rows)
            .any(|(&(i, (_, _, glued)), &k)| glued || i < segs[k].0)
    {
        return Vec::new();
    }
    // The other columns' values, and nothing else, up to the next text.
    let rest: Vec<&Piece<'_, 'd>> = p[end..]
        .iter()
        .take_while(|x| !matches!(x, Piece::Text { .. }))
        .filter(|x| matches!(x, Piece::Value { .. }))
        .collect();
    let block: Vec<(Loc, &'d str, bool)> = rest.iter().filter_map(|x| value(x)).collect();
    if rest.len() != (w - 1) * m || block.len() != rest.len() || block.iter().any(|v| v.2) {
        return Vec::new();
    }
    let slot = |(at, text, _): (Loc, &'d str, bool)| Slot {
        text,
        at,
        how: How::Transposed,
        relied: Checks::default(),
    };
    let read = |by_columns: bool| -> Vec<Vec<Slot<'d>>> {
        (0..m)
            .map(|i| {
                let mut row: Vec<Slot<'d>> = vec![slot(beside[i].1); w];
                for (j, &c) in names.iter().enumerate() {
                    let n = if by_columns {
                        j * m + i
                    } else {
                        i * (w - 1) + j
                    };
                    row[c] = slot(block[n]);
                }
                row[lone] = slot(beside[i].1);
                row
            })
            .collect()
    };
    let check = |k: usize| rank(segs[k].1).1;
    let broken = |r: &Vec<Vec<Slot<'d>>>| broken_rows(&rows, r, check);
    let (a, b) = (read(true), read(false));
    let same_values = a
        .iter()
        .zip(&b)
        .all(|(x, y)| x.iter().map(Slot::value).eq(y.iter().map(Slot::value)));
    let readings = if same_values { vec![a] } else { vec![a, b] };
    let Some((mut chosen, by_identity)) = choose_reading(readings, broken) else {
        return Vec::new();
    };
    // Where the values stand is inferred from the layout: a reading that
    // breaks more than one row's identity (one may be the report's own
    // slip) is not this layout's.
    if broken(&chosen) > 1 {
        return Vec::new();
    }
    if by_identity {
        rely_on_rows(&rows, &mut chosen, check);
    }
    rows.into_iter().zip(chosen).collect()
}

/// How many of the rows `ks` (segments) a reading, their slots in that
/// order, breaks the own identity (`check`) of.
fn broken_rows(
    ks: &[usize],
    reading: &[Vec<Slot<'_>>],
    check: impl Fn(usize) -> RowCheck,
) -> usize {
    ks.iter()
        .zip(reading)
        .filter(|(&k, slots)| {
            let values: Vec<Option<f64>> = slots.iter().map(Slot::value).collect();
            !check(k).holds(&values)
        })
        .count()
}

/// Marks a reading's cells as placed by their rows' own identities
/// (`check` of each of the rows `ks`), which then cannot confirm them.
fn rely_on_rows(ks: &[usize], reading: &mut [Vec<Slot<'_>>], check: impl Fn(usize) -> RowCheck) {
    for (&k, slots) in ks.iter().zip(reading) {
        let checks = check(k).checks;
        slots.iter_mut().for_each(|s| s.relied = checks);
    }
}

/// Of the readings of a run of rows (one; or the values under several
/// headers read column after column and row after row, when they differ),
/// the one the rows' own identities choose: the only reading; or the only
/// one that breaks no row's identity while every other breaks at least
/// two (one broken row may be the report's own slip, which the wrong
/// reading may hide). `broken`: how many rows a reading breaks. With
/// whether an identity chose it: its cells then rely on the rows'
/// identities, which cannot confirm them.
fn choose_reading<T>(readings: Vec<T>, broken: impl Fn(&T) -> usize) -> Option<(T, bool)> {
    if readings.len() == 1 {
        return readings.into_iter().next().map(|r| (r, false));
    }
    let counts: Vec<usize> = readings.iter().map(&broken).collect();
    let mut fit = (0..readings.len()).filter(|&i| counts[i] == 0);
    let one = match (fit.next(), fit.next()) {
        (Some(one), None) => one,
        _ => return None,
    };
    let clear = counts.iter().enumerate().all(|(i, &c)| i == one || c >= 2);
    readings
        .into_iter()
        .nth(one)
        .filter(|_| clear)
        .map(|r| (r, true))
}

/// The values of `k` rows with columns `cols` from the pieces after their
/// labels, printed a column at a time after each column's header (see
/// [`headed_columns`]): the readings, each row's slots in the columns'
/// order. Where values follow line by line (`baseline` 0), each blank
/// line in a block is a blank cell; with `pad`, so are the cells the last
/// block lacks when the pieces end.
///
/// A header may be printed a character a line (`商/业/企/业`, a PDF
/// reader's narrow cell), and several headers may come one after another
/// with their values after them all (a reader that prints the header row,
/// then the cells under it a column at a time). Values after several
/// headers may then go column after column or row after row: both are
/// returned when they differ, for the rows' identities to choose.
fn column_blocks<'d>(
    p: &[Piece<'_, 'd>],
    k: usize,
    cols: &[Col],
    baseline: u32,
    pad: bool,
) -> Option<Vec<Vec<Vec<Slot<'d>>>>> {
    if k == 0 || cols.is_empty() {
        return None;
    }
    let heads: Vec<String> = cols.iter().map(|c| Label::new(c.label).core).collect();
    let mut cells: Vec<Vec<Option<Slot<'d>>>> = vec![vec![None; cols.len()]; k];
    let mut seen = vec![false; cols.len()];
    // The column whose block is being read, and how many of its values;
    // the columns whose headers were printed before it, next in turn.
    let mut open: Option<(usize, usize)> = None;
    let mut queue: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    // Runs of values under several headers at once: their columns and
    // their values as printed, to be read row after row as well.
    let mut groups: Vec<(Vec<usize>, Vec<Slot<'d>>)> = Vec::new();
    // One row: its values after their headers, as printed.
    let how = if k == 1 { How::Read } else { How::Transposed };
    let slot = |text: &'d str, at: Loc| Slot {
        text,
        at,
        how,
        relied: Checks::default(),
    };
    let mut ended = true;
    let mut at = 0;
    while let Some(piece) = p.get(at) {
        let done = seen.iter().all(|&s| s) && queue.is_empty() && open.is_none_or(|(_, n)| n == k);
        match *piece {
            // The blocks end: what follows up to the next row's label
            // holds no value.
            Piece::Text { prose, .. } if done || prose => {
                if p[at..].iter().any(Piece::is_filled_value) {
                    return None;
                }
                ended = false;
                break;
            }
            Piece::Text { .. } => {
                // The text up to the next value: one header, a header a
                // character a line, or several headers.
                let (end, text) = text_run(p, at);
                let first = open.is_none() && queue.is_empty() && !seen.iter().any(|&s| s);
                let names = header_names(&text, &heads, first)?;
                at = end;
                if names.is_empty() {
                    // Text before the first header (a wrapped label's
                    // rest, a header over the columns), or a header over
                    // several columns between two whole blocks.
                    if first || open.is_some_and(|(_, n)| n == k) && queue.is_empty() {
                        continue;
                    }
                    return None;
                }
                // A column that printed only its header, the next header
                // right after it: every cell of it blank.
                if let Some((c, 0)) = open {
                    for row in &mut cells {
                        row[c] = Some(slot("", Loc::default()));
                    }
                    open = Some((c, k));
                }
                if open.is_some_and(|(_, n)| n != k) || !queue.is_empty() {
                    return None;
                }
                if names.iter().any(|&c| std::mem::replace(&mut seen[c], true)) {
                    return None;
                }
                // Several headers, then the values of them all, column
                // after column (or row after row); else the headers
                // before the last printed no value, and the values (and
                // blank lines) after them are the last one's.
                let ahead = p[end..]
                    .iter()
                    .take_while(|x| !matches!(x, Piece::Text { .. }))
                    .filter(|x| x.is_filled_value())
                    .count();
                let names = if names.len() > 1 && ahead != names.len() * k {
                    let (&last, blank) = names.split_last()?;
                    for &c in blank {
                        for row in &mut cells {
                            row[c] = Some(slot("", Loc::default()));
                        }
                    }
                    vec![last]
                } else {
                    names
                };
                if names.len() > 1 {
                    groups.push((names.clone(), Vec::new()));
                }
                queue.extend(names);
                open = queue.pop_front().map(|c| (c, 0));
                continue;
            }
            Piece::Value {
                cell, text, glued, ..
            } => {
                if open.is_some_and(|(_, n)| n == k) {
                    open = queue.pop_front().map(|c| (c, 0));
                }
                let (c, n) = open?;
                if glued || n >= k || text.trim().is_empty() {
                    return None;
                }
                let s = slot(text, cell.loc);
                if let Some((names, vals)) = groups.last_mut() {
                    if names.contains(&c) {
                        vals.push(s);
                    }
                }
                cells[n][c] = Some(s);
                open = Some((c, n + 1));
            }
            Piece::Gap(g) if baseline == 0 => {
                // Blank lines in a block are its blank cells; after a
                // block with a value for every row, they part it from
                // the next.
                if let Some((c, n)) = open.filter(|&(_, n)| n < k) {
                    // A blank cell where the values of several columns
                    // run on: which is blank is not known.
                    if groups.last().is_some_and(|(names, _)| names.contains(&c)) {
                        return None;
                    }
                    let n2 = n + g as usize;
                    if n2 > k {
                        return None;
                    }
                    for row in &mut cells[n..n2] {
                        row[c] = Some(slot("", Loc::default()));
                    }
                    open = Some((c, n2));
                }
            }
            Piece::Gap(_) | Piece::RowEnd => {}
        }
        at += 1;
    }
    if let Some((c, n)) = open.filter(|&(_, n)| pad && ended && n < k && queue.is_empty()) {
        if groups.last().is_some_and(|(names, _)| names.contains(&c)) {
            return None;
        }
        for row in &mut cells[n..k] {
            row[c] = Some(slot("", Loc::default()));
        }
        open = Some((c, k));
    }
    if !seen.iter().all(|&s| s) || !queue.is_empty() || open.is_some_and(|(_, n)| n != k) {
        return None;
    }
    let by_columns: Vec<Vec<Slot<'d>>> = cells
        .into_iter()
        .map(|row| row.into_iter().collect::<Option<Vec<_>>>())
        .collect::<Option<_>>()?;
    // The same values row after row within each run of several headers.
    let mut by_rows = by_columns.clone();
    for (names, vals) in &groups {
        for (i, v) in vals.iter().enumerate() {
            by_rows[i / names.len()][names[i % names.len()]] = *v;
        }
    }
    let differ = by_rows
        .iter()
        .zip(&by_columns)
        .any(|(a, b)| a.iter().map(Slot::value).ne(b.iter().map(Slot::value)));
    Some(if differ {
        vec![by_columns, by_rows]
    } else {
        vec![by_columns]
    })
}

/// The run of text that starts at `at`: the piece after its last text
/// before a value or a sentence (blank lines after it are not its own:
/// they may be blank cells), and its texts joined.
fn text_run(p: &[Piece<'_, '_>], at: usize) -> (usize, String) {
    let stop = p[at..]
        .iter()
        .position(|x| matches!(x, Piece::Value { .. } | Piece::Text { prose: true, .. }))
        .map_or(p.len(), |n| at + n);
    let end = p[at..stop]
        .iter()
        .rposition(|x| matches!(x, Piece::Text { .. }))
        .map_or(at + 1, |n| at + n + 1);
    let text = p[at..end]
        .iter()
        .filter_map(|x| match *x {
            Piece::Text { text, .. } => Some(text),
            _ => None,
        })
        .collect();
    (end, text)
}

/// The columns a header's text names, in order (`商业企业科研机构…总计`,
/// the headers of a row joined); the names of header cells over several
/// columns (`申请人情况`, `法人或其他组织`) are passed over. With
/// `lead`, text before the first name (a wrapped label's rest) is too.
/// `None` when the text is not made of such names.
pub(super) fn header_names(text: &str, heads: &[String], lead: bool) -> Option<Vec<usize>> {
    // Every column's name and a wrapped label's rest together are shorter:
    // of a longer text only the end may be headers, after text passed
    // over (and it is not searched from every place in it).
    const LONGEST: usize = 120;
    let text = match text.char_indices().rev().nth(LONGEST - 1) {
        Some(_) if !lead => return None,
        Some((at, _)) => &text[at..],
        None => text,
    };
    let core = Label::new(text).core;
    let groups = column_groups();
    // Each column's name, and 合计 for 总计's.
    let spellings: Vec<(usize, &str)> = heads
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.is_empty())
        .map(|(c, h)| (c, h.as_str()))
        .chain(
            heads
                .iter()
                .position(|h| h == column_core(TOTAL_ALIAS))
                .map(|c| (c, TOTAL_ALIAS)),
        )
        .collect();
    let names_from = |mut rest: &str| -> Option<Vec<usize>> {
        let mut out = Vec::new();
        while !rest.is_empty() {
            let head = spellings
                .iter()
                .filter(|(_, h)| rest.starts_with(h))
                .max_by_key(|(_, h)| h.len());
            if let Some(&(c, h)) = head {
                out.push(c);
                rest = &rest[h.len()..];
            } else if let Some(g) = groups.iter().find(|g| rest.starts_with(g.as_str())) {
                rest = &rest[g.len()..];
            } else {
                return None;
            }
        }
        Some(out)
    };
    if !lead {
        return names_from(&core);
    }
    core.char_indices()
        .map(|(i, _)| i)
        .find_map(|i| names_from(&core[i..]).filter(|n| !n.is_empty()))
        .or_else(|| Some(Vec::new()))
}

/// What tells a column-major dump's columns from the template's order:
/// of the `rows` where both the template's 总计 column and another hold
/// a number, `template` add up read in the template's order and `other`
/// with that other column taken as the total.
#[derive(Debug, Clone, Copy)]
struct Misordered {
    rows: usize,
    template: usize,
    other: usize,
}

/// Whether a column-major dump read in the template's order of columns
/// (`rows`, each segment's slots) is not borne out by the rows' own
/// identities: another column, taken as the total, makes more rows add
/// up. A dump whose columns were printed in another order (总计 first, a
/// PDF reader's order of boxes) breaks its rows in the template's order
/// and adds up in the other: its values are not in the template's
/// columns, and the order they are in is not in the text. Tables whose
/// rows have no identity, or several groups, are not checked.
fn misordered(rows: &[Option<Vec<Slot<'_>>>], checks: &[RowCheck]) -> Option<Misordered> {
    let mut width = None;
    for (slots, check) in rows.iter().zip(checks) {
        if slots.is_none() {
            continue;
        }
        match check.groups {
            [(0, w)] if width.is_none_or(|x| x == *w) => width = Some(*w),
            _ => return None,
        }
    }
    let w = width?;
    let full: Vec<&Vec<Slot<'_>>> = rows.iter().flatten().filter(|s| s.len() == w).collect();
    // Whether a row adds up with column `total` as its total: that cell
    // holds a number and so does another (a blank or dashed column tests
    // nothing, however often the identity then "holds").
    let adds_up = |slots: &[Slot<'_>], total: usize| {
        let Some(t) = slots[total].value() else {
            return false;
        };
        let parts: Vec<f64> = slots
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != total)
            .filter_map(|(_, s)| s.value())
            .collect();
        !parts.is_empty() && crate::model::same(parts.iter().sum(), t)
    };
    // Each other column against the template's 总计, over the rows where
    // both hold a number: the one that makes the most more rows add up.
    let (mut rows, mut template, mut other) = (0usize, 0usize, 0usize);
    for c in 0..w - 1 {
        let both: Vec<&&Vec<Slot<'_>>> = full
            .iter()
            .filter(|s| s[c].value().is_some() && s[w - 1].value().is_some())
            .collect();
        let a = both.iter().filter(|s| adds_up(s, w - 1)).count();
        let b = both.iter().filter(|s| adds_up(s, c)).count();
        if b > a && b - a > other.saturating_sub(template) {
            (rows, template, other) = (both.len(), a, b);
        }
    }
    (other > template).then_some(Misordered {
        rows,
        template,
        other,
    })
}

/// A section's rows as the readers of whole runs of values see them, by
/// segment: each row's count of columns, its columns' names (cores, as
/// [`column_cores`] gives them), its sub-table (the first segment with
/// the same columns under the same caption) and its identity; and the
/// column headers printed among the section's pieces ([`Heads`]).
#[derive(Clone, Copy)]
struct Shape<'x> {
    widths: &'x [usize],
    names: &'x [Vec<String>],
    table_of: &'x [usize],
    checks: &'x [RowCheck],
    heads: &'x Heads,
}

/// Column headers printed among a section's values: a PDF reader that
/// cuts the page into boxes may print a sub-table's header box after its
/// rows' labels, then its values, then the next sub-table's header
/// (`本年制发件数 / 本年废止件数 / 现行有效件数 / 0 / 1 / … / 本年处理决定数量
/// / 4318`). A value printed after such a run of headers, with no other
/// text between, stands in one of the columns they name.
struct Heads {
    /// Each run of headers: the cores of the columns it names.
    runs: Vec<Vec<String>>,
    /// Whether each run is [`super::order::Over::exact`].
    exact: Vec<bool>,
    /// For each piece, the run that stands over it.
    at: Vec<Option<usize>>,
}

impl Heads {
    /// The runs of headers over the pieces of `p`, a section whose rows'
    /// columns are `names` (cores, by segment).
    fn over(p: &[Piece<'_, '_>], names: &[Vec<String>]) -> Heads {
        let mut runs: Vec<Vec<String>> = Vec::new();
        let mut at = Vec::with_capacity(p.len());
        let mut current: Option<usize> = None;
        // Whether the piece before was a header: a run goes on.
        let mut in_run = false;
        for x in p {
            match *x {
                Piece::Text { text, .. } => match header_cores(text) {
                    Some(cores) => {
                        match current.and_then(|r| runs.get_mut(r)).filter(|_| in_run) {
                            Some(run) => run.extend(cores),
                            None => {
                                runs.push(cores);
                                current = Some(runs.len() - 1);
                            }
                        }
                        in_run = true;
                    }
                    None => {
                        current = None;
                        in_run = false;
                    }
                },
                Piece::Value { .. } => in_run = false,
                Piece::Gap(_) | Piece::RowEnd => {}
            }
            at.push(current);
        }
        // Each run's values against the cells of the columns it names.
        let mut values = vec![0usize; runs.len()];
        for (x, r) in p.iter().zip(&at) {
            if let (true, Some(r)) = (x.is_filled_value(), *r) {
                values[r] += 1;
            }
        }
        let exact = runs
            .iter()
            .zip(&values)
            .map(|(run, &n)| {
                let cells: usize = names
                    .iter()
                    .map(|cols| cols.iter().filter(|c| run.contains(c)).count())
                    .sum();
                n <= cells
            })
            .collect();
        Heads { runs, exact, at }
    }

    /// The run of headers over piece `i`, if one stands over it.
    fn at(&self, i: usize) -> Option<super::order::Over<'_>> {
        let r = (*self.at.get(i)?)?;
        Some(super::order::Over {
            heads: self.runs.get(r)?,
            exact: self.exact.get(r).copied().unwrap_or(false),
        })
    }
}

/// The cores of the columns a header's text names: one header, or
/// several on one line (`本年制发件数 本年废止件数 现行有效件数`).
fn header_cores(text: &str) -> Option<Vec<String>> {
    let core = |t: &str| column_core(&Label::new(t).core).to_string();
    if is_column_header(text) {
        return Some(vec![core(text)]);
    }
    let parts: Vec<&str> = text.split_whitespace().collect();
    (parts.len() >= 2 && parts.iter().all(|t| is_column_header(t)))
        .then(|| parts.iter().map(|t| core(t)).collect())
}

/// The cores of a row's columns' names, as [`header_cores`] gives a
/// header's.
fn column_cores(cols: &[Col]) -> Vec<String> {
    cols.iter()
        .map(|c| column_core(&Label::new(c.label).core).to_string())
        .collect()
}

/// A column-major dump: the labels of three or more rows with no value
/// between them, then the values column after column (each row's first
/// column, then each row's second…). Recognised when the values after the
/// last label, blank lines counted as blank cells where values follow line
/// by line, number exactly the rows' columns together; the slots of each
/// segment, `None` for segments outside the dump.
///
/// When text among the labels may be rows the template does not have,
/// the dump's rows are a guess: that text as such rows, or as nothing and
/// the rows whose labels were printed right after the values taken in (a
/// PDF reader that put a label lower on the page after the numbers beside
/// it; only for a run from the section's first row whose rows all have an
/// identity). A guess is taken only when it breaks at most one row's own
/// identity (`checks`), the one that breaks fewer.
fn column_major<'d, D: Copy>(
    p: &[Piece<'_, 'd>],
    segs: &[(usize, D)],
    shape: &Shape<'_>,
    baseline: u32,
) -> Option<Vec<Option<Vec<Slot<'d>>>>> {
    let has_value = |a: usize, b: usize| p[a..b].iter().any(|x| x.is_filled_value());
    // The runs of three labels or more with no value between them, the
    // longest first: a PDF reader may print a table as two dumps, the
    // second after the labels of the rows left.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < segs.len() {
        let mut j = i;
        while j + 1 < segs.len() && !has_value(segs[j].0, segs[j + 1].0) {
            j += 1;
        }
        if j - i + 1 >= 3 {
            runs.push((i, j));
        }
        i = j + 1;
    }
    runs.sort_by_key(|&(a, b)| (std::cmp::Reverse(b - a), a));
    let mut out: Option<Vec<Option<Vec<Slot<'d>>>>> = None;
    for (first, last) in runs {
        let taken: Vec<bool> = (0..segs.len())
            .map(|k| out.as_ref().is_some_and(|o| o[k].is_some()))
            .collect();
        let Some(read) = one_dump(p, segs, shape, baseline, (first, last), &taken) else {
            // The longest run not read: no dump.
            out.as_ref()?;
            continue;
        };
        match out.as_mut() {
            None => out = Some(read),
            Some(o) => {
                for (slot, r) in o.iter_mut().zip(read) {
                    if r.is_some() {
                        *slot = r;
                    }
                }
            }
        }
    }
    out
}

/// The dump after the labels of the run `first..=last` (rows `taken` by
/// another dump left out), as [`column_major`] reads it.
fn one_dump<'d, D: Copy>(
    p: &[Piece<'_, 'd>],
    segs: &[(usize, D)],
    shape: &Shape<'_>,
    baseline: u32,
    (first, last): (usize, usize),
    taken: &[bool],
) -> Option<Vec<Option<Vec<Slot<'d>>>>> {
    let Shape {
        widths,
        checks,
        names,
        heads,
        ..
    } = *shape;
    let end = segs.get(last + 1).map_or(p.len(), |s| s.0);
    // The values (`None`: a blank cell) and the headers over each.
    type Got<'a, 'd, 'h> = (
        Option<(&'a super::rows::CellView<'d>, &'d str)>,
        Option<super::order::Over<'h>>,
    );
    let mut vals: Vec<Got<'_, 'd, '_>> = Vec::new();
    let mut started = false;
    let mut to_end = true;
    let mut lead = 0usize;
    let from = segs[last].0 + 1;
    for (i, piece) in p[from..end].iter().enumerate() {
        match *piece {
            // A column's header printed at the head of its values.
            Piece::Text {
                text, prose: false, ..
            } if started && is_column_header(text) => {}
            Piece::Text { .. } if started => {
                to_end = false;
                break;
            }
            Piece::Value { cell, text, .. } => {
                started = true;
                vals.push((
                    (!text.trim().is_empty()).then_some((cell, text)),
                    heads.at(from + i),
                ));
            }
            Piece::Gap(g) if baseline == 0 => {
                if started {
                    vals.extend((0..g).map(|_| (None, None)));
                } else {
                    lead = g as usize;
                }
            }
            _ => {}
        }
    }
    // Rows the template does not have but the report printed among its
    // labels (`其他主动公开文件`): their values are in the dump too.
    let mut order: Vec<(Option<usize>, usize)> = Vec::new();
    let mut extra = 0;
    for k in first..=last {
        if !taken[k] {
            order.push((Some(k), widths[k]));
        }
        let next = if k < last {
            segs[k + 1].0
        } else {
            segs[k].0 + 1
        };
        for piece in &p[segs[k].0 + 1..next] {
            if let Piece::Text {
                cell,
                text,
                prose: false,
                ..
            } = *piece
            {
                let n = norm(text);
                if !cell.from_above
                    && n.chars().count() >= 4
                    && !n.starts_with(crate::template::CAPTION_START)
                    && !n.starts_with("信息内容")
                {
                    order.push((None, 0));
                    extra += 1;
                }
            }
        }
    }
    let total: usize = order.iter().map(|o| o.1).sum();
    let printed = vals
        .iter()
        .rposition(|v| v.0.is_some())
        .map_or(0, |k| k + 1);
    if extra > 0 && printed > total {
        // Each extra row as wide as the values left over allow.
        let w = (printed - total).div_ceil(extra);
        if w > widths.iter().copied().max().unwrap_or(0) {
            return None;
        }
        for o in order.iter_mut().filter(|o| o.0.is_none()) {
            o.1 = w;
        }
    }
    let total: usize = order.iter().map(|o| o.1).sum();
    // Blank lines before the first value are blank cells when the count
    // needs them.
    if lead > 0 && vals.len() < total && vals.len() + lead <= total + 1 {
        let mut with = vec![(None, None); lead];
        with.append(&mut vals);
        vals = with;
    }
    // Blank lines after the dump are not cells; blank cells at its very
    // end left only blank lines before the next section, which the
    // section's pieces do not hold.
    if vals.len() > total && vals[total..].iter().all(|v| v.0.is_none()) {
        vals.truncate(total);
    }
    if to_end
        && end == p.len()
        && baseline == 0
        && vals.len() < total
        && total - vals.len() <= widest_of(&order)
    {
        vals.resize(total, (None, None));
    }
    let (vals, over): (Vec<_>, Vec<_>) = vals.into_iter().unzip();
    // A value put where the headers over it say it is not: that reading
    // is not the text's.
    let named = |v: usize, k: usize, j: usize| {
        super::order::named(over.get(v).copied().flatten(), names, k, j)
    };
    let read = deal(&order, &vals, segs.len(), checks, &named);
    // Text among the labels taken for rows of no width: no guess.
    let guessed = order.iter().any(|o| o.0.is_none() && o.1 > 0);
    if !guessed && read.is_some() {
        return read.map(|r| r.slots);
    }
    // The rows whose labels follow the values, as many as the values left
    // over fill (text among the labels then taken for no row): the values
    // ran up to the next row's label.
    let mut rows: Vec<(Option<usize>, usize)> =
        order.iter().copied().filter(|o| o.0.is_some()).collect();
    let own = rows.len();
    let mut t: usize = rows.iter().map(|o| o.1).sum();
    let mut k = last + 1;
    while to_end && t < vals.len() && k < segs.len() {
        if !taken[k] {
            rows.push((Some(k), widths[k]));
            t += widths[k];
        }
        k += 1;
    }
    // Only from the table's first row, and over rows that each have an
    // identity: where the run starts after the table's first rows (a page
    // number between labels), the values may be those rows', every row
    // shifted, and each shifted row still adds up; a row with no identity
    // (section 二) tests nothing.
    let testable = rows.iter().all(|o| {
        o.0.and_then(|k| checks.get(k))
            .is_some_and(|c| c.width() > 0)
    });
    let trailing = (rows.len() > own && first == 0 && testable)
        .then(|| deal(&rows, &vals, segs.len(), checks, &named))
        .flatten();
    // Either guess of the rows is taken when it breaks at most one row's
    // identity (a report's own flaw), the one that breaks fewer.
    [read, trailing]
        .into_iter()
        .flatten()
        .filter(|r| r.broken <= 1)
        .min_by_key(|r| r.broken)
        .map(|r| r.slots)
}

/// A dump's values dealt to its rows ([`deal`]).
struct Dealt<'d> {
    /// Each segment's slots, `None` for segments outside the dump.
    slots: Vec<Option<Vec<Slot<'d>>>>,
    /// Rows that break their own identity.
    broken: usize,
    /// A value put where the headers over it say it is not.
    unnamed: bool,
}

/// The slots of a dump's rows after their labels, `vals` dealt to
/// `order` (each row's segment, `None` for a row the template does not
/// have, and its width), with how many rows then break their own
/// identity (`checks`). `None` when the values are not exactly as many as
/// the cells.
///
/// Column after column ([`How::Transposed`]) unless the rows' identities
/// rule it out: a PDF reader that groups a table's cells into one box
/// prints its labels, then its values row after row (`50 / 10 / 1 / 0 /
/// 1 / 1 / 63`). That reading ([`How::Order`]) is taken only when it
/// breaks no row's identity and the other breaks two or more: a reading
/// that breaks one may be a dump printed partly each way, not a report's
/// own flaw. Where the identities cannot tell the two apart (rows with
/// none, all-blank rows), column after column stays. `None` when the
/// reading taken puts a value where the headers over it say it is not
/// (`named(value, segment, column)`, [`super::order::named`]): such text is no plain
/// dump, and the readers that weigh every order read it.
fn deal<'d>(
    order: &[(Option<usize>, usize)],
    vals: &[Option<(&super::rows::CellView<'d>, &'d str)>],
    segs: usize,
    checks: &[RowCheck],
    named: &dyn Fn(usize, usize, usize) -> bool,
) -> Option<Dealt<'d>> {
    let columns = dealt(order, vals, segs, checks, false, named)?;
    let taken = if columns.broken < 2 || order.iter().filter(|o| o.1 > 0).count() < 2 {
        columns
    } else {
        match dealt(order, vals, segs, checks, true, named) {
            Some(rows) if rows.broken == 0 => rows,
            _ => columns,
        }
    };
    (!taken.unnamed).then_some(taken)
}

/// `vals` dealt to `order` as [`deal`] says, row after row when
/// `row_major`, else column after column.
fn dealt<'d>(
    order: &[(Option<usize>, usize)],
    vals: &[Option<(&super::rows::CellView<'d>, &'d str)>],
    segs: usize,
    checks: &[RowCheck],
    row_major: bool,
    named: &dyn Fn(usize, usize, usize) -> bool,
) -> Option<Dealt<'d>> {
    let total: usize = order.iter().map(|o| o.1).sum();
    if total < 6 || vals.len() != total {
        return None;
    }
    let mut out: Vec<Option<Vec<Slot<'d>>>> = vec![None; segs];
    for &(k, w) in order {
        if let Some(slot) = k.and_then(|k| out.get_mut(k)) {
            *slot = Some(Vec::with_capacity(w));
        }
    }
    // The (row, column) each value goes to, in the order printed.
    let widths: Vec<usize> = order.iter().map(|o| o.1).collect();
    let (how, places) = if row_major {
        (How::Order, super::order::row_after_row(&widths))
    } else {
        (How::Transposed, super::order::column_after_column(&widths))
    };
    let mut unnamed = false;
    for (n, (&(i, j), v)) in places.iter().zip(vals.iter().copied()).enumerate() {
        let Some(k) = order[i].0 else { continue };
        if v.is_some() && !named(n, k, j) {
            unnamed = true;
        }
        let (text, at) = match v {
            Some((cell, text)) => (text, cell.loc),
            None => ("", Loc::default()),
        };
        if let Some(slots) = out.get_mut(k).and_then(Option::as_mut) {
            slots.push(Slot {
                text,
                at,
                how,
                relied: Checks::default(),
            });
        }
    }
    let (broken, _) = tally(&out, checks);
    Some(Dealt {
        slots: out,
        broken,
        unnamed,
    })
}

/// Of a dump's rows (each segment's slots), how many break their own
/// identity (`checks`), and how many the values test: a total and a part
/// printed.
fn tally(out: &[Option<Vec<Slot<'_>>>], checks: &[RowCheck]) -> (usize, usize) {
    let (mut broken, mut tested) = (0, 0);
    for (slots, c) in out.iter().zip(checks) {
        let Some(slots) = slots else { continue };
        let values: Vec<Option<f64>> = slots.iter().map(Slot::value).collect();
        if c.width() == 0 || values.len() < c.width() {
            continue;
        }
        if !c.holds(&values) {
            broken += 1;
        }
        if c.groups.iter().any(|&(s, len)| {
            values[s..s + len]
                .split_last()
                .is_some_and(|(t, parts)| t.is_some() && parts.iter().any(Option::is_some))
        }) {
            tested += 1;
        }
    }
    (broken, tested)
}

/// The values printed after a row's label, gathered piece by piece: the
/// tokens, the blank cells known before each token and after the last
/// (`blanks` has one entry more than `toks`), and whether every value
/// stood alone in its cell (one cell per line).
struct Gathered<'a, 'd> {
    toks: Vec<Tok<'a, 'd>>,
    blanks: Vec<u32>,
    single: bool,
    /// A gap that is no whole number of cells in evenly spaced text,
    /// before a value (one after the last value says only that the blank
    /// cells after it are not known).
    irregular: bool,
    /// Such a gap since the last value.
    unfit: bool,
}

impl Default for Gathered<'_, '_> {
    fn default() -> Self {
        Gathered {
            toks: Vec::new(),
            blanks: vec![0],
            single: true,
            irregular: false,
            unfit: false,
        }
    }
}

impl<'a, 'd> Gathered<'a, 'd> {
    /// A value cell's text: a token, or one more blank cell.
    fn value(&mut self, cell: &'a super::rows::CellView<'d>, text: &'d str) {
        if cell.loc.cell > 0 {
            self.single = false;
        }
        self.irregular |= std::mem::take(&mut self.unfit);
        if text.trim().is_empty() {
            self.gap(1);
        } else {
            self.toks.push(Tok { cell, text });
            self.blanks.push(0);
        }
    }

    /// `g` blank lines: blank cells where values follow line by line.
    fn gap(&mut self, g: u32) {
        if let Some(b) = self.blanks.last_mut() {
            *b += g;
        }
    }

    /// `g` blank lines in text whose cells stand `spacing` lines apart
    /// ([`super::stream::gap_spacing`]): each further `spacing + 1` lines
    /// a blank cell (its own empty line and the lines after it); any other
    /// count says nothing: before a value, of any blank cell in the row;
    /// after the last, of the blank cells that may end it. (With cells
    /// two or more lines apart, a count one line over is read as the one
    /// below it: a number cut over two lines, joined back on its first.)
    fn spaced_gap(&mut self, g: u32, spacing: u32) {
        // One line more: a number cut over two lines and joined back,
        // which keeps the first.
        let fit = |g: u32| {
            g.checked_sub(spacing)
                .filter(|extra| extra % (spacing + 1) == 0)
                .map(|extra| extra / (spacing + 1))
        };
        match fit(g).or_else(|| (spacing >= 2).then(|| fit(g - 1)).flatten()) {
            Some(k) => self.gap(k),
            None => self.unfit = true,
        }
    }
}

/// Whether a text names a value column: its name (`商业企业`) or its
/// header cell as a dump prints it at the head of its values.
fn names_a_column(text: &str) -> bool {
    is_column_name(&Label::new(text)) || is_column_header(text)
}

/// The blank lines that stand after a caption or a column's header and
/// before more text (`第二十条第（六）项` / blank / `信息内容`), the fewest
/// such: a layout that parts its blocks of text with blank lines; 0 when
/// none stand there.
fn parting_lines(p: &[Piece<'_, '_>]) -> u32 {
    p.windows(3)
        .filter_map(|w| match (w[0], w[1], w[2]) {
            (
                Piece::Text {
                    text, prose: false, ..
                },
                Piece::Gap(g),
                Piece::Text { prose: false, .. },
            ) if is_caption(text) || names_a_column(text) => Some(g),
            _ => None,
        })
        .min()
        .unwrap_or(0)
}

/// Whether a text is only the groups over a row, as a label read as its
/// whole path prints them before the row's own part
/// (`三、本年度办理结果（三）不予公开`): the next row's label, not text
/// that ends this row's values.
fn is_group_path(text: &str) -> bool {
    super::label::group_path(&norm(text)).is_some()
}

/// Whether `text` is a piece of a row's label (`label`, its normal
/// form) that a wrapped label left among the row's values: text, not a
/// blank mark (`无`, `/`), that the label holds.
fn own_piece(text: &str, label: &str) -> bool {
    let n = norm(text);
    !n.is_empty() && matches!(lex(text), Lexed::Text) && label.contains(n.as_str())
}

/// The slots of a row that printed more values than it has columns and
/// of the rows after it whose labels stand with nothing after them
/// (`tail`, the row itself first): their values, printed before those
/// labels, read row after row (as [`How::Order`]). Taken only when the
/// values are exactly as many as the rows' columns, not all 0, every row
/// then adds up, and reading them column after column instead, where it
/// can be done, does not add up as well with other values.
fn labels_after_values<'d>(
    toks: &[Tok<'_, 'd>],
    tail: &[(usize, RowSpec)],
) -> Option<Vec<Vec<Slot<'d>>>> {
    let widths: Vec<usize> = tail.iter().map(|(_, s)| s.cols.len()).collect();
    if tail.len() < 2 || toks.len() != widths.iter().sum::<usize>() {
        return None;
    }
    let slot = |t: &Tok<'_, 'd>| Slot {
        text: t.text,
        at: t.cell.loc,
        how: How::Order,
        relied: Checks::default(),
    };
    let holds = |rows: &[Vec<Slot<'d>>]| {
        rows.iter().zip(tail).all(|(r, (_, s))| {
            let v: Vec<Option<f64>> = r.iter().map(Slot::value).collect();
            s.check.holds(&v)
        })
    };
    let mut by_rows = Vec::with_capacity(tail.len());
    let mut at = 0;
    for &w in &widths {
        by_rows.push(toks[at..at + w].iter().map(slot).collect::<Vec<_>>());
        at += w;
    }
    // Zeros add up whatever their order, and blank cells that printed
    // nothing can make the count come out: only numbers other than 0
    // that add up are evidence.
    if !holds(&by_rows) || toks.iter().all(|t| number(t.text).is_none_or(|v| v == 0.0)) {
        return None;
    }
    // Column after column, where the rows are as wide.
    if widths.iter().all(|&w| w == widths[0]) {
        let k = tail.len();
        let by_cols: Vec<Vec<Slot<'d>>> = (0..k)
            .map(|r| (0..widths[0]).map(|c| slot(&toks[c * k + r])).collect())
            .collect();
        let differ = by_cols
            .iter()
            .zip(&by_rows)
            .any(|(a, b)| a.iter().zip(b).any(|(x, y)| x.value() != y.value()));
        if differ && holds(&by_cols) {
            return None;
        }
    }
    Some(by_rows)
}

/// What the second pass needs to know of the table it reads, beside the
/// rows themselves and the template's matchers.
pub(crate) struct Section<'a> {
    /// The table's name in the record (`requests`, `active`).
    pub table: &'static str,
    /// Rows the first pass found too short, to fit or to report.
    pub short: Vec<Short>,
    /// Whether the document ends inside this section (a cut table).
    pub ends: bool,
    /// Whether sub-row labels are read under their group (section 三).
    pub track_groups: bool,
    /// The outcome rows settled together by the identities between rows.
    pub joint: Option<&'a [&'static str]>,
    /// The template's rows of the table, in its order.
    pub order: &'a [&'static str],
}

/// Whether `text` is a section-二 sub-table's caption (`第二十条第（五）项`,
/// `第二十条第五项`), of either template.
fn is_caption(text: &str) -> bool {
    norm(text).starts_with(crate::template::CAPTION_START)
}

/// One template row as the reconstruction reads it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RowSpec {
    /// The row's key in the record.
    pub key: &'static str,
    /// Its label as the template prints it.
    pub label: &'static str,
    /// Its value columns, in order.
    pub cols: &'static [Col],
    /// Its identity.
    pub check: RowCheck,
    /// The caption of its sub-table (section 二's `第二十条第（五）项`).
    pub caption: Option<&'static str>,
}

impl RowSpec {
    /// The keys of the row's columns.
    fn keys(&self) -> Vec<&'static str> {
        self.cols.iter().map(|c| c.key).collect()
    }
}

/// The cells of `r` after `label`, one of its cells (all of them when it
/// is not one).
fn cells_after<'a, 'd>(
    r: &'a RowView<'d>,
    label: &CellView<'d>,
) -> impl Iterator<Item = &'a CellView<'d>> {
    let at = r.cells.iter().position(|c| std::ptr::eq(c, label));
    r.cells[at.map_or(0, |i| i + 1)..].iter()
}

/// Whether a table of `rows` keeps its blank cells: a row of values cut
/// at a delimiter (no place on an aligned line) shows an empty cell
/// between two filled ones. Its rows can then lose blank cells only at
/// their ends. A row of no value is no evidence: a page's navigation bar
/// joined by a tool that drops empty cells keeps the spaces between its
/// links (`|首页| |政务公开|`), its table's blank cells none.
fn keeps_inner_blanks(rows: &[RowView<'_>]) -> bool {
    rows.iter().any(|r| {
        let delimited = !r.is_line
            && r.cells.len() >= 3
            && r.cells.iter().all(|c| c.pos.chars == 0)
            && r.cells
                .iter()
                .any(|c| c.is_value() && !c.text.trim().is_empty());
        let filled: Vec<bool> = r.cells.iter().map(|c| !c.text.trim().is_empty()).collect();
        delimited
            && filled.iter().position(|&x| x).is_some_and(|first| {
                let last = filled.iter().rposition(|&x| x).unwrap_or(first);
                filled[first..last].iter().any(|&x| !x)
            })
    })
}

/// Reads the template rows the first pass could not, from the section as a
/// stream of pieces; see the module docs. Section 二's rows (`table`
/// `active`) may print each value after its own column's header.
pub(crate) fn reconstruct<D: Copy>(
    rows: &[RowView<'_>],
    f: &mut Filler<'_>,
    found: &mut Vec<(&'static str, Row)>,
    section: Section<'_>,
    matcher: impl Fn(&Label, Option<Group>) -> Option<D>,
    spec: impl Fn(D) -> RowSpec,
    wan: impl Fn(&'static str, &str) -> Option<bool>,
) {
    let Section {
        table,
        mut short,
        ends,
        track_groups,
        joint,
        order,
    } = section;
    // Every row of the template read in the first pass, none short: the
    // usual case, decided before the section is cut into pieces.
    if short.is_empty() && order.iter().all(|k| found.iter().any(|(f, _)| f == k)) {
        return;
    }
    let Stream { pieces: p, repeats } = pieces(rows);
    // Cells may have run together: digits glued to a label, or a count
    // printed with a leading zero (`00`, `002`), which no count is.
    let runs = p.iter().any(|x| match *x {
        Piece::Value { glued: true, .. } => true,
        Piece::Value { text, .. } => leading_zero(text),
        _ => false,
    });

    // Values printed before their labels (a PDF's text blocks sorted by
    // position): each run moved after the label it belongs to.
    let segments = |p: &[Piece<'_, '_>]| {
        let segs = segments(p, track_groups, &matcher);
        unrepeated(p, segs, |d| spec(d).key)
    };
    let segs = segments(&p);
    let (p, segs) = match values_before_labels(&p, &segs, |d| spec(d).cols.len()) {
        Some(moved) => {
            let segs = segments(&moved);
            (moved, segs)
        }
        None => (p, segs),
    };
    // Each row's values just before its label, one cell a line (text
    // read in the order a PDF stored it): the first pass's readings of
    // those rows took the next row's values, and are taken back. What is
    // read of them is said to be read in order ([`How::Order`]).
    // Rows of one stretch alone so printed read either way: null, and
    // said so.
    let mut reordered: Vec<&'static str> = Vec::new();
    let mut doubtful: Vec<&'static str> = Vec::new();
    // Of the rows reordered, those whose placing identities A1 and A2
    // confirmed: their cells rely on them.
    let mut relying: Vec<&'static str> = Vec::new();
    let keys_of = |rows: &[usize], segs: &[(usize, D)]| -> Vec<&'static str> {
        rows.iter().map(|&g| spec(segs[g].1).key).collect()
    };
    // The first pass's readings of rows read again, taken back.
    let take_back =
        |f: &mut Filler<'_>, found: &mut Vec<(&'static str, Row)>, keys: &[&'static str]| {
            f.forget(table, keys);
            found.retain(|(k, _)| !keys.contains(k));
        };
    // Section 三's values on either side of their labels (a PDF's lines
    // ordered by height): each run to the label the identities bear out
    // ([`super::beside`]). What is read of the rows moved is read in
    // order.
    let moved = joint.and_then(|outcome| {
        super::beside::values_beside(&p, &segs, |d| spec(d).cols.len(), |d| spec(d).key, outcome)
    });
    let (p, segs) = match moved {
        Some(b) => {
            reordered = keys_of(&b.moved, &segs);
            if b.confirmed {
                relying.clone_from(&reordered);
            }
            take_back(f, found, &reordered);
            let segs = segments(&b.pieces);
            (b.pieces, segs)
        }
        None => (p, segs),
    };
    let (p, segs) = match (reordered.is_empty())
        .then(|| values_first(&p, &segs, |d| spec(d).cols.len()))
        .flatten()
    {
        Some(ValuesFirst::Moved(moved, rows)) => {
            reordered = keys_of(&rows, &segs);
            take_back(f, found, &reordered);
            let segs = segments(&moved);
            (moved, segs)
        }
        Some(ValuesFirst::Doubtful(rows)) => {
            doubtful = keys_of(&rows, &segs);
            take_back(f, found, &doubtful);
            (p, segs)
        }
        None => (p, segs),
    };
    let baseline = gap_baseline(&p);
    // Cells evenly spaced out by blank lines: how many.
    let spacing = if baseline == 0 { 0 } else { gap_spacing(&p) };
    // Blank lines after a caption or a column's header, where no cell can
    // be: as many after a row's last value part it from the next row, and
    // are no blank cells.
    let parting = if baseline == 0 { parting_lines(&p) } else { 0 };
    let keeps_blanks =
        f.rec.source.media != Some(crate::model::Media::Html) && keeps_inner_blanks(rows);
    let widths: Vec<usize> = segs.iter().map(|&(_, d)| spec(d).cols.len()).collect();
    // Nothing left to read: every row the labels name was read.
    if segs
        .iter()
        .all(|&(_, d)| found.iter().any(|(k, _)| *k == spec(d).key))
    {
        unplace_all(f, table, short, found);
        return;
    }
    let checks: Vec<RowCheck> = segs.iter().map(|&(_, d)| spec(d).check).collect();
    // Cells run together in text that prints its zeros: some row's only
    // value is a run of as many zeros as it has columns (`规章000`), each
    // cell printed, none blank.
    let zeros_printed = runs
        && segs.iter().zip(&widths).any(|(&(at, _), &n)| {
            let mut values = values_after(&p, at);
            matches!((values.next(), values.next()), (Some(t), None)
                if n >= 2 && t.len() == n && t.bytes().all(|c| c == b'0'))
        });
    // Whether the table prints its 总计 wherever a row's parts are
    // printed, as its section-三 rows' values show (`fit::totals_shown`).
    let totals_printed = totals_shown(
        segs.iter()
            .filter(|&&(_, d)| spec(d).check.checks.has(Checks::ROW_TOTAL))
            .map(|&(at, _)| values_after(&p, at).collect()),
    );
    // Counts wrapped in narrow cells stand in no order: the readers of
    // whole runs of values in order do not apply.
    let floating = p
        .iter()
        .any(|x| matches!(x, Piece::Value { cell, .. } if cell.floating));
    // Column after column, each after its own header: read first, and
    // then no reader that assumes the template's order of columns.
    // A row's place in the template's order, and its identity.
    let rank = |d: D| {
        let s = spec(d);
        let at = order.iter().position(|k| *k == s.key).unwrap_or(usize::MAX);
        (at, s.check)
    };
    let taken = |d: D| found.iter().any(|(k, _)| *k == spec(d).key);
    let mut headed = headed_columns(&p, &segs, baseline, ends, &spec, taken, rank);
    // The first column beside the labels, the others under their headers.
    if headed.is_empty() {
        headed = beside_labels(&p, &segs, |d| spec(d).cols, taken, rank);
    }
    let by_headers: Vec<usize> = headed.iter().map(|(k, _)| *k).collect();
    for (k, slots) in headed {
        let s = spec(segs[k].1);
        let r = f.row_slots(table, s.key, &s.keys(), &slots, |c| wan(s.key, c));
        found.push((s.key, r));
        if let Piece::Text { row, .. } = p[segs[k].0] {
            record_provenance(f, table, s.key, &rows[row]);
        }
        short.retain(|x| x.key != s.key);
    }
    // A dump that holds rows read by their headers is not read again in
    // the template's order of columns.
    // Rows with the same columns under the same caption: one sub-table
    // (section 二's 行政许可 and 行政处罚 have the same columns, under
    // 第二十条第（五）项 and 第二十条第（六）项).
    let cols: Vec<(Vec<&'static str>, Option<&'static str>)> = segs
        .iter()
        .map(|&(_, d)| (spec(d).keys(), spec(d).caption))
        .collect();
    let table_of: Vec<usize> = cols
        .iter()
        .map(|c| cols.iter().position(|o| o == c).unwrap_or(0))
        .collect();
    let names: Vec<Vec<String>> = segs
        .iter()
        .map(|&(_, d)| column_cores(spec(d).cols))
        .collect();
    let heads = Heads::over(&p, &names);
    let shape = Shape {
        widths: &widths,
        names: &names,
        table_of: &table_of,
        checks: &checks,
        heads: &heads,
    };
    let mut transposed = column_major(&p, &segs, &shape, baseline).filter(|t| {
        !floating
            && !by_headers
                .iter()
                .any(|&k| t.get(k).is_some_and(Option::is_some))
    });
    // A dump whose columns are not in the template's order, or whose
    // values fit neither order (more than a quarter of the rows it tests,
    // two at least, break their identity: a PDF reader that printed part
    // of the table row after row, part column after column): not read.
    let why = transposed.as_ref().and_then(|t| {
        if let Some(m) = misordered(t, &checks) {
            return Some(format!(
                "their values after them column after column, but not in the template's order of columns: taken in it, {} of {} rows add up, and with another column as 总计, {}",
                m.template, m.rows, m.other
            ));
        }
        let (broken, tested) = tally(t, &checks);
        (broken >= 2 && broken * 4 > tested).then(|| {
            format!(
                "exactly as many values after them as their cells, but in no one order: read column after column, {broken} of the {tested} rows they test break their totals, and row after row some break too"
            )
        })
    });
    if let Some(why) = why {
        let Some(t) = transposed.take() else {
            return;
        };
        // What the first pass read of the dump's rows is not theirs.
        let keys: Vec<&'static str> = t
            .iter()
            .zip(&segs)
            .filter(|(slots, _)| slots.is_some())
            .map(|(_, &(_, d))| spec(d).key)
            .collect();
        f.forget(table, &keys);
        found.retain(|(k, _)| !keys.contains(k));
        for (k, slots) in t.iter().enumerate() {
            let Some(slots) = slots else { continue };
            let (start, d) = segs[k];
            let s = spec(d);
            let Piece::Text { row, .. } = p[start] else {
                continue;
            };
            let at = rows[row].loc;
            let unknown = vec![Slot::unknown(at); slots.len()];
            let r = f.row_slots(table, s.key, &s.keys(), &unknown, |c| wan(s.key, c));
            found.push((s.key, r));
            record_provenance(f, table, s.key, &rows[row]);
            let message = format!(
                "{at}: the row {}: the rows' labels were printed first and {why}; the text does not show which column each value is in, so the row's cells were left null",
                s.label
            );
            let printed = slots.iter().filter(|x| !x.text.trim().is_empty()).count();
            f.flag(
                "structure.ambiguous_order",
                table,
                s.key,
                message,
                printed,
                &[],
            );
            short.retain(|x| x.key != s.key);
        }
    }
    let dump = transposed.is_some();
    let cells = transposed.map(|c| (c, Vec::new())).or_else(|| {
        if floating {
            return None;
        }
        let rank: Vec<usize> = segs
            .iter()
            .map(|&(_, d)| {
                let key = spec(d).key;
                order.iter().position(|k| *k == key).unwrap_or(usize::MAX)
            })
            .collect();
        in_order(&p, &segs, &shape, &rank, |k, j| {
            let key = spec(segs[k].1).key;
            found
                .iter()
                .find(|(k2, _)| *k2 == key)
                .map(|(_, r)| r.get_index(j).and_then(|(_, v)| *v).map(|n| n.0))
        })
    });
    if let Some((cells, disputed)) = cells {
        // The first pass read single rows out of a column-major dump: drop
        // them. Rows it read in a table read in order came out the same:
        // they keep their plain reading.
        // Rows read by their headers are not the first pass's.
        if dump {
            let headed: Vec<&'static str> =
                by_headers.iter().map(|&k| spec(segs[k].1).key).collect();
            let keys: Vec<&'static str> = found
                .iter()
                .map(|(k, _)| *k)
                .filter(|k| !headed.contains(k))
                .collect();
            f.forget(table, &keys);
            found.retain(|(k, _)| headed.contains(k));
        }
        for (k, (&(start, d), slots)) in segs.iter().zip(cells).enumerate() {
            let Some(slots) = slots else { continue };
            let row_spec = spec(d);
            let RowSpec { key, label, .. } = row_spec;
            let cols = row_spec.keys();
            if found.iter().any(|(k2, _)| *k2 == key) {
                continue;
            }
            if let Some((_, readings)) = disputed.iter().find(|(i, _)| *i == k) {
                let at = match p[start] {
                    Piece::Text { row, .. } => rows[row].loc,
                    _ => Loc::default(),
                };
                f.unordered(table, key, label, at, slots.len(), readings);
            }
            let r = f.row_slots(table, key, &cols, &slots, |c| wan(key, c));
            found.push((key, r));
            if let Piece::Text { row, .. } = p[start] {
                record_provenance(f, table, key, &rows[row]);
            }
        }
        // In text, rows whose labels were seen but whose values this
        // reading did not cover (labels outside a dump, before the part
        // of the section read in order): not left out as if the report
        // had not printed them, but null and flagged.
        if f.rec.source.media == Some(crate::model::Media::Text) {
            let left = unread_labels(&p, &segs, rows, &spec, short, found);
            unplace_all(f, table, left, found);
        }
        return;
    }
    let media_text = f.rec.source.media == Some(crate::model::Media::Text);
    // Section 三's values printed before its first row's label: values
    // right after a label need not be its row's.
    let order_lost = table == "requests"
        && segs.first().is_some_and(|&(first, d)| {
            order.first() == Some(&spec(d).key) && lost_order(&p, first)
        });
    let apart = if order_lost {
        columns_apart(&p, &segs, &widths, &checks)
    } else {
        Vec::new()
    };
    let mut unresolved: Vec<Short> = short;
    let mut deferred: Vec<Deferred<'_>> = Vec::new();
    // The columns of the values, by the row's columns (a header names
    // them, so rows of as many columns under other headers differ).
    let mut anchors: Vec<(&'static [Col], Anchors)> = Vec::new();
    // Rows the second pass could not settle (some cells left null).
    let mut unsettled: Vec<&'static str> = Vec::new();
    let no_anchors = Anchors::default();
    // Whether the row before printed more values than it has columns.
    let mut overfull = false;
    // Whether the row before printed nothing, its label followed by this
    // one's.
    let mut empty = false;
    // For each segment, the first from it on whose label values follow:
    // how many, and its row's columns.
    let mut next_printed: Vec<Option<(usize, usize)>> = vec![None; segs.len() + 1];
    for j in (0..segs.len()).rev() {
        let n = printed_after(&p, &segs, j);
        next_printed[j] = if n > 0 {
            Some((n, widths[j]))
        } else {
            next_printed[j + 1]
        };
    }
    for (i, &(start, d)) in segs.iter().enumerate() {
        let row_spec = spec(d);
        let RowSpec {
            key, label, check, ..
        } = row_spec;
        let cols = row_spec.keys();
        let label_norm = norm(label);
        let after_overfull = std::mem::take(&mut overfull);
        let after_empty = std::mem::take(&mut empty);
        empty = segs
            .get(i + 1)
            .is_some_and(|s| p[start + 1..s.0].iter().all(|x| !x.is_filled_value()));
        if found.iter().any(|(k2, _)| *k2 == key) {
            continue;
        }
        if doubtful.contains(&key) {
            let Piece::Text { row, .. } = p[start] else {
                continue;
            };
            let at = rows[row].loc;
            let message = format!("{at}: the row {label} and the others of its sub-table each follow exactly their columns of values, and the first has values before it: the values may be printed before their labels (PDF text in the order it was stored) or after them with a stray number before the first, so its values were left null");
            f.flag("structure.ambiguous_order", table, key, message, 0, &[]);
            let slots = vec![Slot::unknown(at); cols.len()];
            let r = f.row_slots(table, key, &cols, &slots, |c| wan(key, c));
            found.push((key, r));
            record_provenance(f, table, key, &rows[row]);
            unresolved.retain(|s| s.key != key);
            continue;
        }
        if let Some(slots) = apart.get(i).and_then(Option::as_ref) {
            let r = f.row_slots(table, key, &cols, slots, |c| wan(key, c));
            found.push((key, r));
            if let Piece::Text { row, .. } = p[start] {
                record_provenance(f, table, key, &rows[row]);
            }
            unresolved.retain(|s| s.key != key);
            continue;
        }
        let end = segs.get(i + 1).map_or(p.len(), |s| s.0);
        // The values printed after the label, up to the next label, a
        // sentence of prose, or text after values (a row not recognised).
        let mut got = Gathered::default();
        let mut stopped = false;
        let mut texts = 0;
        let mut captioned = false;
        // Text between the label and its first value (header cells, a
        // wrapped label's rest): the values may be another row's.
        let mut between = 0;
        // A column's name among that text: the values follow the header.
        let mut headed = false;
        // Whether text that is not a row's label cut the row's values
        // short: its other cells may hold values not read (text a tool put
        // into them), so its readings need not hold the truth.
        let mut cut = false;
        // Whether the row's own label went on past its first value (text
        // in the order it was drawn, the label's lines around the number
        // beside them): its values may run on into the next row's.
        let mut straddled = false;
        // Whether that text is a group's heading: the row's values ended
        // where the template's next row begins, so its readings are whole
        // for the checks between rows (not for the steps that weigh where
        // values cut short by text belong).
        let mut at_heading = false;
        for piece in &p[start + 1..end] {
            // The rest of a value cell that holds pieces of this row's
            // label after its number (a tool that cut the label to
            // columns filled its overflow into the cells beside it): not
            // text that ends the row, as the first pass reads such a
            // cell ([`overflow`]).
            if let Piece::Text { cell, text, .. } = *piece {
                if got.toks.last().is_some_and(|t| std::ptr::eq(t.cell, cell)) && spill(text, label)
                {
                    continue;
                }
            }
            // Text beyond a wrapped label's fragments, before the next
            // sub-table's caption (what follows that is its own).
            if let Piece::Text { text, .. } = piece {
                captioned |= is_caption(text);
                if text.chars().count() > 12 && !captioned && !is_group_path(text) {
                    texts += 1;
                }
            }
            if got.toks.is_empty()
                && matches!(piece, Piece::Text { prose: false, cell, .. } if !cell.from_above)
            {
                between += 1;
                if let Piece::Text { text, cell, .. } = piece {
                    // A column's name, or a section-二 sub-table's header
                    // (`本年处理决定数量`, `第二十条第（五）项`): what
                    // follows heads another sub-table's rows. A column's
                    // name printed left of the row's label is a wrapped
                    // group label's piece (`（六）` / `其他` / `处理`),
                    // not a header over the values.
                    let left_of_label = matches!(p[start], Piece::Text { cell: l, .. }
                        if l.pos.width > 0 && cell.pos.width > 0 && cell.pos.width < l.pos.width);
                    if !left_of_label && names_a_column(text) || is_caption(text) {
                        headed = true;
                    }
                }
            }
            match *piece {
                Piece::Text { prose: true, .. } => {
                    stopped = true;
                    break;
                }
                // The rest of the row's own label, wrapped past its first
                // value (`…行政机` / `0` / `关不再处理其政府信息公` /
                // `开申请`: text that puts a cell's lines around the
                // number beside them): not text that ends the row.
                // Not after a label that printed nothing: its row's values
                // may be among these.
                Piece::Text { cell, text, .. }
                    if !cell.from_above
                        && !got.toks.is_empty()
                        && !after_empty
                        && own_piece(text, &label_norm) =>
                {
                    straddled = true;
                }
                Piece::Text { cell, text, .. } if !cell.from_above && !got.toks.is_empty() => {
                    stopped = true;
                    cut = true;
                    // A group's heading (`（三）不予公开`) is the next row
                    // of the template, not text in this one's cells.
                    at_heading = is_group_path(text);
                    // A column's header after the values: a header
                    // heads the values after it, so these values stood
                    // before their header (a PDF read box by box).
                    if names_a_column(text) {
                        headed = true;
                    }
                    break;
                }
                Piece::Value { cell, text, .. } => got.value(cell, text),
                Piece::Gap(g) if baseline == 0 => got.gap(g),
                Piece::Gap(g) if spacing > 0 => got.spaced_gap(g, spacing),
                _ => {}
            }
        }
        let Gathered {
            toks,
            mut blanks,
            single,
            irregular,
            ..
        } = got;
        // The blank lines that part this row from the next are not its
        // cells; at the section's end those after its last value say
        // nothing of blank cells.
        let parted = parting > 0 && !toks.is_empty();
        if let (Some(last), true) = (blanks.last_mut(), parted) {
            // At the section's end, the lines before the next heading.
            *last = if end == p.len() {
                0
            } else {
                last.saturating_sub(parting)
            };
        }
        let Piece::Text {
            cell: label_cell,
            row,
            ..
        } = p[start]
        else {
            continue;
        };
        let at = rows[row].loc;
        // A label with nothing after it is a row of blank cells only in
        // text where blank cells print nothing: one cell per line, or
        // aligned (PDF) text.
        let vanishing = single || label_cell.pos.chars > 0;
        // Blank lines right after the label, where blank lines are cells
        // (one cell a line, nothing between filled ones): its blank cells,
        // whatever text follows them.
        let blank_lines = single
            && baseline == 0
            && blanks.first().is_some_and(|&b| b > 0)
            && matches!(p.get(start + 1), Some(Piece::Gap(_)));
        // Nor in a dump some of whose rows were read by their headers,
        // where the labels that follow it with nothing after them end in
        // one followed by more values than its columns: the values of
        // them all, printed after their labels.
        let labels_first = !by_headers.is_empty()
            && toks.is_empty()
            && next_printed
                .get(i + 1)
                .copied()
                .flatten()
                .is_some_and(|(n, w)| n > w);
        if toks.is_empty()
            && (!vanishing || texts > 0 && !blank_lines || cols.is_empty() || labels_first)
        {
            continue;
        }
        // A row the document ends in was cut short: not a layout to
        // reconstruct (`structure.truncated` says so). Unless its values
        // stand on its label's line and a line break ended that line
        // (the copy was cut at a line's end): where a row is a line, the
        // line holds it whole.
        let whole_line = !single
            && label_cell.loc.table == 0
            && toks
                .iter()
                .all(|t| t.cell.loc.line == label_cell.loc.line && !f.stops_inside(t.cell.loc));
        if ends && end == p.len() && !stopped && toks.len() < cols.len() && !whole_line {
            continue;
        }
        // Blank cells are known from the layout only in one-cell-per-line
        // text whose values follow line by line.
        let n = cols.len();
        // A row cut at a delimiter that keeps a blank cell between filled
        // ones (the table shows one: a tab, comma or pipe between two
        // delimiters) loses blank cells only at its end, where a tool
        // trimmed the line. Blanks before its first value may be a merged
        // label's placeholders, so not with those.
        // A row whose last cell stands under the header's 总计 (the
        // nearest header row above naming 总计 in its last cell) reaches
        // the table's last column: it was not trimmed (a Markdown table
        // that dropped an empty column). Nor is a row as wide as the
        // nearest header row above it when that row ends in a blank cell:
        // a trimmed row never does, so the header was padded to the
        // table's full width (a Markdown table whose cells hold two
        // columns each, `| 87 13 | 1 2 | 0 2 | 105 |`, under `| 然 商业 |
        // … |  |`). A header row here: no value, every cell with text made
        // of the columns' names or fragments of them.
        let width = rows[row].cells.len();
        let header = |r: &&RowView<'_>| {
            !r.is_line
                && r.cells
                    .iter()
                    .filter(|c| !c.text.trim().is_empty())
                    .all(|c| !c.is_value() && is_request_header(c.text))
                && r.cells.iter().any(|c| !c.text.trim().is_empty())
        };
        let under = |pick: &dyn Fn(&RowView<'_>) -> bool| {
            rows[..row]
                .iter()
                .rev()
                .find(header)
                .is_some_and(|h| h.cells.len() == width && pick(h))
        };
        let reaches_total = under(&|h| h.cells.last().is_some_and(|c| c.norm().contains("总计")))
            || under(&|h| h.cells.last().is_some_and(|c| c.text.trim().is_empty()));
        let trimmed: Option<Vec<u32>> = (keeps_blanks
            && !single
            && !reaches_total
            && blanks.first() == Some(&0)
            && cells_after(&rows[row], label_cell).all(|c| c.is_value())
            && toks
                .iter()
                .all(|t| t.cell.loc.line == label_cell.loc.line && t.cell.pos.chars == 0))
        .then(|| {
            let printed = toks.len() as u32 + blanks.iter().sum::<u32>();
            let mut b = blanks.clone();
            if let Some(last) = b.last_mut() {
                *last += (n as u32).saturating_sub(printed);
            }
            b
        });
        let known = (single && (baseline == 0 || spacing > 0 && !irregular))
            .then_some(&blanks[..])
            .or(trimmed.as_deref());
        let same = |m: &&'static [Col]| std::ptr::eq(*m, row_spec.cols);
        if !anchors.iter().any(|(m, _)| same(m)) {
            let heads: Vec<&str> = row_spec.cols.iter().map(|c| c.label).collect();
            anchors.push((row_spec.cols, Anchors::of(&p, n, &heads)));
        }
        let anchors = anchors
            .iter()
            .find(|(m, _)| same(m))
            .map(|(_, a)| a)
            .unwrap_or(&no_anchors);
        // Only for a row whose values are whole: none cut short by text
        // that is not a label (a wrapped label's rest after them, where
        // the row's 总计 may stand elsewhere), none after other text.
        let check = RowCheck {
            totals_printed: totals_printed
                && check.checks.has(Checks::ROW_TOTAL)
                && (!cut || at_heading)
                && between == 0,
            ..check
        };
        let mut fitted = fit_row(
            &toks,
            cols.len(),
            known,
            anchors,
            check,
            runs,
            label_cell.loc,
        );
        // A merged value printed once a place: its values one a column,
        // read as printed.
        if repeats && matches!(fitted, Fitted::TooMany(_)) {
            if let Some(kept) = unrepeat(&toks, cols.len(), check) {
                fitted = fit_row(
                    &kept,
                    cols.len(),
                    None,
                    anchors,
                    check,
                    false,
                    label_cell.loc,
                );
            }
        }
        // A label with nothing after it, right after a row that printed
        // more values than it has columns: its values may be those extra
        // ones, printed before its label (PDF text out of reading order),
        // not blank cells.
        if toks.is_empty() && after_overfull {
            fitted = Fitted::unread();
        }
        // Digits run together in text that prints its zeros (`000`): no
        // blank cell stands among its values, so a row read several ways
        // of which one fills every cell (`106`: 1 / 0 / 6, not 10 / 6 and
        // a blank) is read that way.
        if zeros_printed {
            if let Fitted::Row { readings, alts, .. } = &fitted {
                let full: Vec<&Vec<Slot<'_>>> = alts
                    .iter()
                    .filter(|a| a.iter().all(|s| !s.text.trim().is_empty()))
                    .collect();
                if let (false, [one]) = (readings.is_empty(), full.as_slice()) {
                    fitted = Fitted::Row {
                        slots: one.to_vec(),
                        readings: Vec::new(),
                        split: true,
                        alts: Vec::new(),
                    };
                }
            }
        }
        // A row read plainly, value for column, whose values stand after
        // text that is not its label and either break its own identity or
        // follow a column's name (the header, not the label, is what they
        // stand after): in a stream whose order was lost, they may as well
        // be another row's. Not a reading to present as certain.
        if let Fitted::Row { slots, .. } = &fitted {
            let plain = toks.len() == cols.len() && slots.iter().all(|s| s.how == How::Read);
            if plain && (between > 0 || headed || order_lost) {
                let values: Vec<Option<f64>> = slots.iter().map(Slot::value).collect();
                if headed || order_lost || !check.holds(&values) {
                    fitted = Fitted::unread();
                }
            }
        }
        // Values placed among blank cells by the identity alone (the
        // layout does not show the blanks) right after a label that
        // printed nothing (two labels, then the values: PDF text read box
        // by box), in the one placement that leaves a total blank while
        // its parts are printed: the identity checked nothing, and the
        // values may be the row before's as well.
        // Its two readings: the values as this row's, and none of them.
        // Likewise values read plainly right after such a label when text
        // cut them short and more values follow that text, which no
        // label claims (`行政处罚 / 行政强制 / 0 / 第二十条第（六）项 /
        // 本年处理决定数量 / 0 / 37`: labels first, values after, box by
        // box): the values may be the row before's, and this row's among
        // those after.
        let mut shared: Option<([String; 2], String)> = None;
        if let Fitted::Row {
            slots, readings, ..
        } = &fitted
        {
            let placed = slots
                .iter()
                .any(|s| matches!(s.how, How::Identity | How::Split));
            // Not where the row's values were moved after its label
            // (values printed before labels, [`values_first`]): they are
            // its own, whatever follows.
            let unclaimed = readings.is_empty()
                && !reordered.contains(&key)
                && cut
                && p[start + 1..end]
                    .iter()
                    .filter(|x| x.is_filled_value())
                    .count()
                    > toks.len();
            // The one placement that fits leaves 总计 blank while its
            // parts are printed: the identity checked nothing.
            let blind = placed && check.blind(|j| slots.get(j).and_then(Slot::value).is_some());
            let why = if blind {
                Some("they fit its columns only with 总计 blank")
            } else if unclaimed {
                Some("more values follow the text after them, which no row's label claims")
            } else {
                None
            };
            // Text in drawing order, the row's label wrapped around its
            // first value: blind values, two of them other than 0 (a row of
            // zeros with 总计 left blank is common), that add up no other
            // way may run on into the next row's (blank cells that left
            // nothing).
            let run_on = blind
                && straddled
                && readings.is_empty()
                && toks.len() > 2
                && check.checks.has(Checks::ROW_TOTAL)
                && slots
                    .iter()
                    .filter_map(Slot::value)
                    .filter(|&v| v != 0.0)
                    .nth(1)
                    .is_some();
            let why = why.filter(|_| after_empty);
            // One value short, and those fit only with 总计 blank: the
            // last printed may as well be 总计, a part blank and the row
            // not adding up (as a report's own slip prints it), when it is
            // greater than every other (a total of two parts or more not 0
            // exceeds each: `36 6 1 2 1 45`, not `9 3 1 0 0 0` nor `1 0 1
            // 4 0 4`). Either way is a guess, unless they are zeros.
            let one_short = blind
                && readings.is_empty()
                && toks.len() + 1 == cols.len()
                && check.checks.has(Checks::ROW_TOTAL)
                && {
                    let printed: Vec<f64> = slots.iter().filter_map(Slot::value).collect();
                    printed.iter().filter(|&&v| v != 0.0).nth(1).is_some()
                        && printed
                            .split_last()
                            .is_some_and(|(last, others)| others.iter().all(|v| v < last))
                };
            if why.is_some() || run_on || one_short {
                let printed = super::fill::values(toks.len());
                let readings = [
                    show_reading(slots.iter().map(|s| Some(s.text))),
                    show_reading(slots.iter().map(|_| None::<&str>)),
                ];
                let message = match why {
                    Some(why) => format!("{at}: the row {label} printed {printed} right after the label of the row before it, which printed none, and {why}: they may be either row's ({}; or {}), so its values were left null", readings[0], readings[1]),
                    None if one_short => format!("{at}: the row {label} printed {printed}, one fewer than its columns, that fit them only with 总计 blank while its parts are filled ({}); its last may as well be 总计 with a part blank, the row then not adding up, so its values were left null", readings[0]),
                    None => format!("{at}: the row {label} printed {printed}, fewer than its columns, that fit them only with 总计 blank while its parts are filled, so its identity checks nothing and the values may run on into the next row's ({}; or not this row's), so its values were left null", readings[0]),
                };
                shared = Some((readings, message));
                fitted = Fitted::unread();
            }
        }
        // A row read plainly, value for column, that breaks its own
        // identity in text whose blank cells vanish (PDF text in drawing
        // order): when the row before's last value taken as its first, its
        // own last left to the row after (or the other way round) makes it
        // add up with a number other than 0 in it, a value may have
        // crossed a label. Neither reading is certain, and its break is
        // not the report's own.
        if let (Fitted::Row { slots, .. }, true) = (&fitted, vanishing && media_text) {
            let plain = toks.len() == cols.len() && slots.iter().all(|s| s.how == How::Read);
            let values: Vec<Option<f64>> = slots.iter().map(Slot::value).collect();
            if plain && !check.holds(&values) {
                let before = i.checked_sub(1).and_then(|h| {
                    p[segs[h].0 + 1..start]
                        .iter()
                        .rev()
                        .find(|x| x.is_filled_value())
                });
                let after = segs
                    .get(i + 1)
                    .map(|s| &p[s.0 + 1..segs.get(i + 2).map_or(p.len(), |t| t.0)])
                    .and_then(|rest| rest.iter().find(|x| x.is_filled_value()));
                let n = values.len();
                let shifts = [
                    before.and_then(Piece::value_text).map(|t| {
                        std::iter::once(Some(t))
                            .chain(slots[..n - 1].iter().map(|s| Some(s.text)))
                            .collect::<Vec<_>>()
                    }),
                    after.and_then(Piece::value_text).map(|t| {
                        slots[1..]
                            .iter()
                            .map(|s| Some(s.text))
                            .chain(std::iter::once(Some(t)))
                            .collect::<Vec<_>>()
                    }),
                ];
                let fits = shifts.into_iter().flatten().find(|r| {
                    let v: Vec<Option<f64>> = r.iter().map(|t| t.and_then(number)).collect();
                    // Zeros add up whatever their order: no evidence.
                    check.holds(&v) && v.iter().flatten().any(|&x| x != 0.0)
                });
                if let Some(shifted) = fits {
                    let readings = [
                        show_reading(slots.iter().map(|s| Some(s.text))),
                        show_reading(shifted),
                    ];
                    let message = format!("{at}: the row {label}: its {} values as printed do not add up, and with a value moved across the label before or after it they do: the text (its blank cells left out, its numbers in the order they were drawn) may have put a value in the next row's place ({}; or {}), so its values were left null", toks.len(), readings[0], readings[1]);
                    shared = Some((readings, message));
                    fitted = Fitted::unread();
                }
            }
        }
        // The outcome rows' total read with a blank 总计 as its only fit:
        // its own identity then checks nothing. It is taken only when the
        // outcome rows could confirm it: none of them left unsettled, and
        // its parts their sums where they are read (A2). Otherwise its
        // values may be any row's from elsewhere in the stream; not where
        // they stand on its label's line, each in the column the page
        // places it in (aligned text): they are its own, and sums that
        // break are the report's (`identity.outcome_total`).
        if let (
            Some(outcome),
            Fitted::Row {
                slots, readings, ..
            },
        ) = (joint, &fitted)
        {
            if key == "total_handled"
                && readings.is_empty()
                && check.blind(|j| slots.get(j).and_then(Slot::value).is_some())
            {
                let breaks = slots
                    .iter()
                    .take(slots.len() - 1)
                    .enumerate()
                    .any(|(j, s)| {
                        let Some(v) = s.value() else {
                            return false;
                        };
                        let cells: Vec<Option<f64>> = outcome
                            .iter()
                            .filter_map(|k| found.iter().find(|(k2, _)| k2 == k))
                            .map(|(_, r)| r.get_index(j).and_then(|(_, v)| *v).map(|n| n.0))
                            .collect();
                        !cells.iter().all(Option::is_none)
                            && (cells.iter().flatten().sum::<f64>() - v).abs() > 1e-6
                    });
                // Placed by position (fit_row places a row so or not at
                // all), every value on the label's line.
                let placed_on_line = slots.iter().any(|s| s.how == How::Position)
                    && toks.iter().all(|t| t.cell.loc.line == label_cell.loc.line);
                let breaks = breaks && !placed_on_line;
                // An outcome row left unsettled: nothing can confirm it.
                let unknown = outcome
                    .iter()
                    .any(|k| unsettled.contains(k) || deferred.iter().any(|d| d.key == *k));
                if breaks || unknown {
                    fitted = Fitted::unread();
                }
            }
        }
        match fitted {
            Fitted::Row {
                slots,
                readings,
                split,
                alts,
            } if joint.is_some() && (2..=JOINT_ALTS).contains(&alts.len()) => {
                deferred.push(Deferred {
                    key,
                    label,
                    at,
                    row,
                    cols,
                    slots,
                    readings,
                    placing: Placing::of(split, &toks),
                    alts,
                    printed: toks.len(),
                    check,
                    complete: (!cut || at_heading) && between == 0,
                });
                unresolved.retain(|s| s.key != key);
            }
            Fitted::Row {
                mut slots,
                readings,
                split,
                alts,
            } => {
                if reordered.contains(&key) {
                    for s in slots.iter_mut().filter(|s| s.how == How::Read) {
                        s.how = How::Order;
                        if relying.contains(&key) {
                            s.relied = s.relied.with(Checks::BALANCE).with(Checks::OUTCOME_TOTAL);
                        }
                    }
                }
                if !readings.is_empty() {
                    f.ambiguous(
                        table,
                        key,
                        label,
                        at,
                        (Placing::of(split, &toks), &readings, toks.len()),
                    );
                    unsettled.push(key);
                    if (!cut || at_heading) && between == 0 {
                        f.keep_readings(
                            table,
                            cols.iter().map(|c| (key, *c)).collect(),
                            &alts,
                            check,
                            false,
                        );
                    }
                }
                let r = f.row_slots(table, key, &cols, &slots, |c| wan(key, c));
                found.push((key, r));
                record_provenance(f, table, key, &rows[row]);
                unresolved.retain(|s| s.key != key);
            }
            Fitted::NoReading { split, full } => {
                let slots = vec![Slot::unknown(label_cell.loc); cols.len()];
                unsettled.push(key);
                // In a table that prints its 总计 wherever parts are printed
                // (its rows whole: [`RowCheck::totals_printed`]), the row's
                // readings with a 总计, none fitting: kept for the checks,
                // which find it broken where every one breaks it.
                let broken = check.totals_printed && !full.is_empty();
                if broken {
                    f.keep_readings(
                        table,
                        cols.iter().map(|c| (key, *c)).collect(),
                        &full,
                        check,
                        false,
                    );
                }
                let said = if broken {
                    let message = format!(
                        "{at}: the row {label}: the table prints its 总计 wherever parts are printed, and no placement of its {} with a 总计 adds up: with its last value as 总计 it breaks its identity (its values fit only if it left its 总计 blank, which the table's other rows do not); its cells were left null",
                        super::fill::values(toks.len())
                    );
                    Some((Vec::new(), message))
                } else {
                    shared
                        .take()
                        .map(|(readings, message)| (readings.to_vec(), message))
                };
                if let Some((readings, message)) = said {
                    f.flag(
                        "structure.ambiguous_columns",
                        table,
                        key,
                        message,
                        toks.len(),
                        &readings,
                    );
                } else {
                    f.ambiguous(
                        table,
                        key,
                        label,
                        at,
                        (Placing::of(split, &toks), &[], toks.len()),
                    );
                }
                let r = f.row_slots(table, key, &cols, &slots, |c| wan(key, c));
                found.push((key, r));
                record_provenance(f, table, key, &rows[row]);
                unresolved.retain(|s| s.key != key);
            }
            Fitted::TooMany(got) => {
                // The values of the rows whose labels follow with nothing
                // after them, printed before those labels (PDF text that
                // puts a page's last labels after the numbers beside them).
                // A label among them of a row already read, or of one the
                // template puts before this one (printed out of its place,
                // its values elsewhere), is passed over.
                let place = |k: &str| order.iter().position(|o| *o == k);
                let tail: Vec<(usize, RowSpec)> = (i..segs.len())
                    .map(|j| (j, spec(segs[j].1)))
                    .take_while(|&(j, _)| {
                        j == i
                            || p[segs[j].0 + 1..segs.get(j + 1).map_or(p.len(), |s| s.0)]
                                .iter()
                                .all(|x| !x.is_filled_value())
                    })
                    .filter(|&(j, s)| {
                        j == i
                            || !found.iter().any(|(k, _)| *k == s.key) && place(s.key) > place(key)
                    })
                    .collect();
                if !runs && !floating {
                    if let Some(dealt) = labels_after_values(&toks, &tail) {
                        for ((j, s), slots) in tail.iter().zip(dealt) {
                            let r = f.row_slots(table, s.key, &s.keys(), &slots, |c| wan(s.key, c));
                            found.push((s.key, r));
                            if let Piece::Text { row, .. } = p[segs[*j].0] {
                                record_provenance(f, table, s.key, &rows[row]);
                            }
                            unresolved.retain(|u| u.key != s.key);
                        }
                        continue;
                    }
                }
                overfull = true;
                if !unresolved.iter().any(|s| s.key == key) {
                    unresolved.push(Short {
                        key,
                        label,
                        at,
                        want: cols.len(),
                        got,
                        cols: cols.clone(),
                    });
                }
            }
        }
    }
    if let Some(outcome) = joint {
        settle_jointly(&mut deferred, found, outcome, &unsettled);
    }
    // A table whose last column was cut off the page's right edge, its
    // name and its values alike: its cells are null, and that is said.
    if let Some(last) = anchors
        .iter()
        .find(|(_, a)| a.cut_off())
        .and_then(|(cols, _)| cols.last())
    {
        f.rec.issues.push(crate::model::Issue::new(
            "structure.missing_column",
            crate::model::Severity::Warning,
            table.to_string(),
            format!(
                "the table prints no {} column: its header names every other column and no row prints a value beyond them (a table wider than the page it was printed on, cut off at its right edge); its cells are null, and the identities through them are not checked",
                last.label
            ),
        ));
    }
    for d in deferred {
        if !d.readings.is_empty() {
            f.ambiguous(
                table,
                d.key,
                d.label,
                d.at,
                (d.placing, &d.readings, d.printed),
            );
        }
        let r = f.row_slots(table, d.key, &d.cols, &d.slots, |c| wan(d.key, c));
        if d.complete {
            f.keep_readings(
                table,
                d.cols.iter().map(|c| (d.key, *c)).collect(),
                &d.alts,
                d.check,
                false,
            );
        }
        found.push((d.key, r));
        record_provenance(f, table, d.key, &rows[d.row]);
    }
    // Rows read by their headers make the section a dump: a label of it
    // left unread is flagged, not left out as if the report had not
    // printed the row.
    if media_text && !by_headers.is_empty() {
        unresolved = unread_labels(&p, &segs, rows, &spec, unresolved, found);
    }
    unplace_all(f, table, unresolved, found);
}

/// Whether values stand before the first row's label at `first` (PDF
/// text whose columns were read apart from the labels): three or more
/// after the column headers (figures in a sentence before the table are
/// the prose's), on lines of their own (not digits run into the text of
/// a line that holds the table whole). The stream's order was lost.
fn lost_order(p: &[Piece<'_, '_>], first: usize) -> bool {
    let Piece::Text { cell: label, .. } = p[first] else {
        return false;
    };
    let Some(header) = p[..first].iter().rposition(
        |x| matches!(x, Piece::Text { text, .. } if names_a_column(text) || is_request_header(text)),
    ) else {
        return false;
    };
    p[header + 1..first]
        .iter()
        .filter(|x| {
            matches!(x, Piece::Value { cell, glued: false, .. }
                if cell.loc.line != label.loc.line && x.is_filled_value())
        })
        .count()
        >= 3
}

/// Section 三 as pdftotext prints it in its default order, the columns
/// of each row read apart from its label: the row's other values one a
/// line before its label, its first (自然人) on the label's line after it
/// (`5` / `0` / `1` / `2` / `0` / `20` / `一、本年新收… 12`), or all of
/// them before a label that printed none. Each row so read, and kept
/// only if its own identity holds, as [`How::Identity`] (the identity
/// chose the arrangement and confirms nothing); `None` for the others,
/// and for all unless at least three rows and half of those whose labels
/// stand in the text are so read (the layout must show plainly).
fn columns_apart<'d, D: Copy>(
    p: &[Piece<'_, 'd>],
    segs: &[(usize, D)],
    widths: &[usize],
    checks: &[RowCheck],
) -> Vec<Option<Vec<Slot<'d>>>> {
    let mut out: Vec<Option<Vec<Slot<'d>>>> = vec![None; segs.len()];
    // Where the values before each label start: after the row before's
    // values on its label's line.
    let mut from = 0;
    // A value printed (not digits glued to text), where it stands.
    let filled = |x: &Piece<'_, 'd>| match *x {
        Piece::Value {
            cell,
            text,
            glued: false,
        } if x.is_filled_value() => Some((cell.loc, text)),
        _ => None,
    };
    for (i, &(start, _)) in segs.iter().enumerate() {
        let Piece::Text { cell: label, .. } = p[start] else {
            continue;
        };
        let before: Vec<(Loc, &'d str)> = p[from..start].iter().filter_map(filled).collect();
        // Values on the label's own line, right after it.
        let own: Vec<(Loc, &'d str)> = p[start + 1..]
            .iter()
            .map_while(|x| filled(x).filter(|(at, _)| at.line == label.loc.line))
            .collect();
        from = start + 1 + own.len();
        let n = widths[i];
        let values: Vec<(Loc, &'d str)> = match own.len() {
            1 if before.len() + 1 == n => own.into_iter().chain(before).collect(),
            0 if before.len() == n => before,
            _ => continue,
        };
        let nums: Vec<Option<f64>> = values
            .iter()
            .map(|(_, t)| crate::parse::value::number(t))
            .collect();
        // The values after the label, up to the next: where they fill the
        // row too, add up and differ, the text reads both ways (one cell
        // a line, a sentence's figures before the table): not so.
        let end = segs.get(i + 1).map_or(p.len(), |s| s.0);
        let after: Vec<Option<f64>> = p[start + 1..end]
            .iter()
            .filter_map(filled)
            .map(|(_, t)| crate::parse::value::number(t))
            .collect();
        if after.len() == n && checks[i].holds(&after) && after != nums {
            continue;
        }
        if nums.iter().all(Option::is_some) && checks[i].holds(&nums) {
            out[i] = Some(
                values
                    .into_iter()
                    .map(|(at, text)| Slot {
                        text,
                        at,
                        how: How::Identity,
                        relied: checks[i].checks,
                    })
                    .collect(),
            );
        }
    }
    let read = out.iter().flatten().count();
    if read < 3 || read * 2 < segs.len() {
        out.iter_mut().for_each(|x| *x = None);
    }
    out
}

/// The rows `short` and those whose labels stand in the pieces, less the
/// rows read (`found`): in text, rows whose labels were seen but whose
/// values no reading covered, to be flagged rather than left out.
fn unread_labels<D: Copy>(
    p: &[Piece<'_, '_>],
    segs: &[(usize, D)],
    rows: &[RowView<'_>],
    spec: &impl Fn(D) -> RowSpec,
    short: Vec<Short>,
    found: &[(&'static str, Row)],
) -> Vec<Short> {
    let mut left = short;
    for (i, &(start, d)) in segs.iter().enumerate() {
        let row_spec = spec(d);
        let RowSpec { key, label, .. } = row_spec;
        let cols = row_spec.keys();
        let Piece::Text { row, .. } = p[start] else {
            continue;
        };
        left.push(Short {
            key,
            label,
            at: rows[row].loc,
            want: cols.len(),
            got: printed_after(p, segs, i),
            cols,
        });
    }
    left.retain(|s| !found.iter().any(|(k, _)| *k == s.key));
    left
}

/// The values printed right after the label at `at`, up to the next text,
/// trimmed, blanks left out.
fn values_after<'p, 'd>(p: &'p [Piece<'_, 'd>], at: usize) -> impl Iterator<Item = &'d str> + 'p {
    p.get(at + 1..)
        .unwrap_or_default()
        .iter()
        .take_while(|x| !matches!(x, Piece::Text { .. }))
        .filter_map(Piece::value_text)
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// How many values (not blank) stand between the label of segment `i`
/// and the next segment's.
fn printed_after<D>(p: &[Piece<'_, '_>], segs: &[(usize, D)], i: usize) -> usize {
    let end = segs.get(i + 1).map_or(p.len(), |s| s.0);
    p.get(segs[i].0 + 1..end)
        .map_or(0, |s| s.iter().filter(|x| x.is_filled_value()).count())
}

/// The rows whose values could not be placed ([`Filler::unplaced`]). In
/// text a row's label printed again with too few values after it (a
/// wrapped column header `总 / 计` taken for the row （七）总计, a label
/// repeated beside its values) says no more of the row than its first
/// print: the row is flagged once, not also reported malformed.
fn unplace_all(
    f: &mut Filler<'_>,
    table: &'static str,
    shorts: Vec<Short>,
    found: &mut Vec<(&'static str, Row)>,
) {
    let text = f.rec.source.media == Some(crate::model::Media::Text);
    let mut seen: Vec<&'static str> = Vec::new();
    for s in shorts {
        if text && seen.contains(&s.key) {
            continue;
        }
        seen.push(s.key);
        f.unplaced(table, s, found);
    }
}

/// The most readings of a section-三 row that the identities between rows
/// may choose among ([`settle_jointly`]); a row with more is left as it
/// stands alone.
const JOINT_ALTS: usize = 64;

/// A section-三 row with several readings, kept until the identities
/// between rows can tell them apart ([`settle_jointly`]).
struct Deferred<'d> {
    key: &'static str,
    label: &'static str,
    at: Loc,
    row: usize,
    cols: Vec<&'static str>,
    /// The row as it stands alone: the cells all readings agree on.
    slots: Vec<Slot<'d>>,
    readings: Vec<String>,
    placing: Placing,
    alts: Vec<Vec<Slot<'d>>>,
    printed: usize,
    /// The row's own identity.
    check: RowCheck,
    /// Whether its values ran from its label to the next row's, nothing
    /// else among them: its readings may be kept for the checks.
    complete: bool,
}

/// Picks, for the section-三 rows that could be read several ways, the
/// readings that together make the identities between rows hold: A2
/// (（七）总计 = the outcome rows, per column) and A1 (一 + 二 = （七） +
/// 四, per column), by the validator's rules ([`super::joint::tell`]). A
/// constraint no combination meets (a real flaw) is left out of the
/// choice, so that it is still reported; where no one combination meets
/// all the others, the combinations meeting the most decide, when those
/// are one set of identities. A row all fitting combinations read the
/// same way takes that reading; its cells that the identities decided
/// rely on them.
fn settle_jointly(
    deferred: &mut [Deferred<'_>],
    found: &[(&'static str, Row)],
    outcome: &[&'static str],
    unsettled: &[&'static str],
) {
    if deferred.is_empty() {
        return;
    }
    // A row left with cells unknown (read several ways, more than can be
    // settled here, or not at all): its `null`s are not blanks, and no
    // identity through it can choose anything.
    let unknown = |key: &str| unsettled.contains(&key) && !deferred.iter().any(|d| d.key == key);
    let value = |key: &str, j: usize| -> Option<Option<f64>> {
        found
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, r)| r.get_index(j).and_then(|(_, v)| *v).map(|n| n.0))
    };
    let values: Vec<Vec<Vec<Option<f64>>>> = deferred
        .iter()
        .map(|d| {
            d.alts
                .iter()
                .map(|a| (0..7).map(|j| a.get(j).and_then(Slot::value)).collect())
                .collect()
        })
        .collect();
    let ways: Vec<super::joint::Ways<'_>> = deferred
        .iter()
        .zip(&values)
        .map(|(d, v)| super::joint::Ways {
            key: d.key,
            readings: v,
        })
        .collect();
    let known = super::joint::Known {
        value: &value,
        unknown: &unknown,
    };
    let Some(told) = super::joint::tell(&ways, outcome, &known) else {
        return; // the identities tell nothing apart
    };
    let usable = told.usable;
    for (i, d) in deferred.iter_mut().enumerate() {
        let mut feasible = told.feasible[i].iter().enumerate().filter(|(_, f)| **f);
        let (Some((first, _)), None) = (feasible.next(), feasible.next()) else {
            continue;
        };
        // A reading whose 总计 is blank while its parts are not: its own
        // identity checks nothing, and the rows' totals are blind to the
        // parts' split. Not confirmed; left as it was.
        let chosen = &d.alts[first];
        if d.check
            .blind(|j| chosen.get(j).and_then(Slot::value).is_some())
        {
            continue;
        }
        let mut slots = d.alts[first].clone();
        for (j, s) in slots.iter_mut().enumerate() {
            let differs = d
                .alts
                .iter()
                .any(|a| a[j].value() != d.alts[first][j].value());
            if differs {
                if usable & (1 << j) != 0 {
                    s.relied = s.relied.with(Checks::OUTCOME_TOTAL);
                }
                if usable & (1 << (7 + j)) != 0 {
                    s.relied = s.relied.with(Checks::BALANCE);
                }
            }
        }
        d.slots = slots;
        d.readings.clear();
    }
}

/// One block of a one-cell-a-line stream: pieces between blank lines.
#[derive(Clone, Copy, PartialEq)]
enum Block {
    /// A row's label (`seg`: its index in the segments), with the values
    /// that follow it in the block (`with_values`), wrapped onto lines of
    /// its own (`wrapped`).
    Label {
        with_values: bool,
        seg: usize,
        wrapped: bool,
    },
    /// Values only.
    Values,
    /// Other text: a group's label, a wrapped label's last characters, a
    /// header.
    Other,
}

/// The stream of a table whose values stand *before* their rows' labels
/// (PyMuPDF's text blocks sorted by position: a label that wraps onto
/// two lines starts below the values beside it, one that does not shares
/// their block), the values moved after the label each belongs to; `None`
/// when the stream is not so printed.
///
/// One cell a line, blocks parted by blank lines. The evidence: a block of
/// values that cannot be the values of the label before it (there is
/// none, or that label has its own values in its block); and then every
/// block of values alone is followed, past group labels and wrapped
/// labels' last characters, by a label with no values in its own block,
/// which takes it, each block a whole row of that label's columns (a lone
/// number, a page's, fills none), and some of those labels wrapped onto
/// lines of their own. Any other order
/// (two blocks of values in a row, a block of values before a label that
/// has its own, one left at the end) is not this layout: `None`.
fn values_before_labels<'a, 'd, D: Copy>(
    p: &[Piece<'a, 'd>],
    segs: &[(usize, D)],
    width: impl Fn(D) -> usize,
) -> Option<Vec<Piece<'a, 'd>>> {
    if segs.is_empty() || p.iter().any(|x| matches!(x, Piece::RowEnd)) {
        return None;
    }
    // The blocks, as ranges of `p`.
    let mut blocks: Vec<(usize, usize, Block)> = Vec::new();
    let mut start = 0;
    for k in 0..=p.len() {
        if k < p.len() && !matches!(p[k], Piece::Gap(_)) {
            continue;
        }
        if start < k {
            let part = &p[start..k];
            let labels: Vec<usize> = (0..segs.len())
                .filter(|&g| (start..k).contains(&segs[g].0))
                .collect();
            let values = part.iter().filter(|x| x.is_filled_value()).count();
            let kind = if let [seg] = labels[..] {
                // One label in its block (after a wrapped label's last
                // characters, maybe), its values after it.
                let at = segs[seg].0;
                if p[start..at]
                    .iter()
                    .any(|x| !matches!(x, Piece::Text { .. }))
                {
                    return None;
                }
                Block::Label {
                    with_values: values > 0,
                    seg,
                    wrapped: values == 0
                        && part[at - start..]
                            .iter()
                            .filter(|x| matches!(x, Piece::Text { .. }))
                            .count()
                            > 1,
                }
            } else if !labels.is_empty() {
                return None;
            } else if values > 0 {
                if part.iter().any(|x| matches!(x, Piece::Text { .. })) {
                    return None;
                }
                Block::Values
            } else {
                Block::Other
            };
            blocks.push((start, k, kind));
        }
        start = k + 1;
    }
    // Each block of values to the label block after it that takes it: a
    // whole row of values (a lone number, a page's, fills no row). The
    // layout shows in a block of values that cannot be the label's before
    // it (there is none, or that label has its own values in its block),
    // and in some label that takes one wrapped onto lines of its own.
    let mut taker: Vec<Option<usize>> = vec![None; blocks.len()];
    let mut before: Option<Block> = None;
    let mut pending: Option<usize> = None;
    let (mut orphan, mut wraps) = (false, false);
    for (i, b) in blocks.iter().enumerate() {
        match b.2 {
            Block::Values if pending.is_none() => {
                orphan |= matches!(
                    before,
                    None | Some(Block::Label {
                        with_values: true,
                        ..
                    })
                );
                pending = Some(i);
            }
            Block::Values => return None,
            Block::Label {
                with_values: true, ..
            } if pending.is_some() => return None,
            Block::Label {
                with_values: false,
                seg,
                wrapped,
            } => {
                if let Some(v) = pending.take() {
                    let (vs, ve, _) = blocks[v];
                    let printed = p[vs..ve].iter().filter(|x| x.is_filled_value()).count();
                    if printed != width(segs[seg].1) {
                        return None;
                    }
                    wraps |= wrapped;
                    taker[v] = Some(i);
                }
            }
            Block::Label { .. } => {}
            Block::Other => continue,
        }
        before = Some(b.2);
    }
    if pending.is_some() || !orphan || !wraps {
        return None;
    }
    // The stream again, each block of values right after its label's.
    let mut taken: Vec<Option<usize>> = vec![None; blocks.len()];
    for (v, l) in taker.iter().enumerate() {
        if let Some(l) = *l {
            taken[l] = Some(v);
        }
    }
    let mut out = Vec::with_capacity(p.len() + blocks.len());
    for (i, &(s, e, _)) in blocks.iter().enumerate() {
        if taker[i].is_some() {
            continue;
        }
        if !out.is_empty() {
            out.push(Piece::Gap(1));
        }
        out.extend_from_slice(&p[s..e]);
        if let Some(v) = taken[i] {
            let (vs, ve, _) = blocks[v];
            out.push(Piece::Gap(1));
            out.extend_from_slice(&p[vs..ve]);
        }
    }
    Some(out)
}

/// The rows (by segment) of the pieces `a..b` and their values (by
/// piece) when each row's values, exactly its columns, stand before its
/// label (other text, but a column's header, may stand between), and
/// none after the last label; `None` when the stretch is not so printed.
/// `seg_at[k]`: the segment whose label is piece `k`. `blank_rows`: a
/// label with no values before it is a row that printed none (its own
/// values, if any, cannot follow it: none may follow the last label).
fn values_first_in<D: Copy>(
    p: &[Piece<'_, '_>],
    (a, b): (usize, usize),
    segs: &[(usize, D)],
    seg_at: &[Option<usize>],
    width: &impl Fn(D) -> usize,
    blank_rows: bool,
) -> Option<Vec<(usize, Vec<usize>)>> {
    let mut run: Vec<usize> = Vec::new();
    let mut moves = Vec::new();
    for (k, piece) in p.iter().enumerate().take(b).skip(a) {
        match *piece {
            Piece::RowEnd => return None,
            Piece::Gap(_) => {}
            Piece::Value { text, .. } if text.trim().is_empty() => return None,
            Piece::Value { .. } => run.push(k),
            Piece::Text { prose: true, .. } => break,
            Piece::Text { text, .. } => match seg_at[k] {
                Some(g) if run.len() == width(segs[g].1) || blank_rows && run.is_empty() => {
                    moves.push((g, std::mem::take(&mut run)));
                }
                Some(_) => return None,
                // A column's header among the values: another order.
                None if !run.is_empty() && is_column_header(text) => return None,
                // Text after values, before the next label, where a row
                // may have printed none: the rest of the label before them,
                // wrapped around its own values (`规章（设区的市、 / 3 / 3 /
                // 26 / 自治州…） / 规范性文件`), not the next row's.
                None if blank_rows && !run.is_empty() => return None,
                None => {}
            },
        }
    }
    (run.is_empty() && moves.iter().any(|m| !m.1.is_empty())).then_some(moves)
}

/// The stream of a section whose rows print their values *before* their
/// labels, one cell a line (`本年处理决定数量 / 2971 / 行政处罚 / 158 /
/// 行政强制`: the order a PDF stored its text, as `pdftotext` prints it
/// without `-layout`), the values moved after the label each belongs to,
/// and the rows moved (by segment); `None` when it is not so printed.
///
/// Read a sub-table at a time (section 二's captions part them, and no
/// row's values cross one; a PDF's text may order each its own way). The
/// evidence, in a stretch: values stand before its first label, each
/// label follows exactly its columns of values, and none follows the
/// last. Two stretches or more are so printed: in one alone, a stray
/// number before the first label (a page's) and a last row that printed
/// nothing read the same way, and that stretch's rows are
/// [`ValuesFirst::Doubtful`]. With two so printed, a stretch whose rows
/// print values before their labels or none at all (`规章 / 3 / 3 / 26 /
/// 规范性文件`: 规章 blank) is read the same way.
fn values_first<'a, 'd, D: Copy>(
    p: &[Piece<'a, 'd>],
    segs: &[(usize, D)],
    width: impl Fn(D) -> usize,
) -> Option<ValuesFirst<'a, 'd>> {
    if segs.len() < 2 || p.iter().any(|x| matches!(x, Piece::RowEnd)) {
        return None;
    }
    let mut seg_at: Vec<Option<usize>> = vec![None; p.len()];
    for (g, &(k, _)) in segs.iter().enumerate() {
        seg_at[k] = Some(g);
    }
    let mut bounds: Vec<usize> = std::iter::once(0)
        .chain(
            (0..p.len()).filter(|&k| matches!(p[k], Piece::Text { text, .. } if is_caption(text))),
        )
        .chain(std::iter::once(p.len()))
        .collect();
    bounds.dedup();
    let mut moves: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut stretches = 0;
    let mut other: Vec<(usize, usize)> = Vec::new();
    for w in bounds.windows(2) {
        match values_first_in(p, (w[0], w[1]), segs, &seg_at, &width, false) {
            Some(m) => {
                stretches += 1;
                moves.extend(m);
            }
            None => other.push((w[0], w[1])),
        }
    }
    if stretches >= 2 {
        for w in other {
            moves.extend(values_first_in(p, w, segs, &seg_at, &width, true).unwrap_or_default());
        }
    }
    if stretches == 1 {
        return Some(ValuesFirst::Doubtful(
            moves.into_iter().map(|(g, _)| g).collect(),
        ));
    }
    if stretches == 0 {
        return None;
    }
    // Each run of values after its label and the text that goes on from
    // it (a wrapped label's rest), before the next value or label.
    let mut moved = vec![false; p.len()];
    let mut after: Vec<Option<&[usize]>> = vec![None; p.len()];
    for (g, run) in &moves {
        for &k in run {
            moved[k] = true;
        }
        let mut at = segs[*g].0;
        while p.get(at + 1).is_some_and(|x| {
            matches!(x, Piece::Text { text, prose: false, .. }
                if !is_caption(text) && seg_at[at + 1].is_none())
        }) {
            at += 1;
        }
        after[at] = Some(run);
    }
    let mut out = Vec::with_capacity(p.len());
    for (k, x) in p.iter().enumerate() {
        if !moved[k] {
            out.push(*x);
        }
        if let Some(run) = after[k] {
            out.extend(run.iter().map(|&v| p[v]));
        }
    }
    Some(ValuesFirst::Moved(
        out,
        moves.into_iter().map(|(g, _)| g).collect(),
    ))
}

/// What [`values_first`] found.
enum ValuesFirst<'a, 'd> {
    /// The stream with each row's values moved after its label, and the
    /// rows moved (by segment).
    Moved(Vec<Piece<'a, 'd>>, Vec<usize>),
    /// The rows (by segment) of the one stretch so printed: they read one
    /// way as printed and another with their values moved.
    Doubtful(Vec<usize>),
}

/// Whether a row is one of section 三's header: two filled cells or more,
/// each made of the header's words only (`自然人 | 法人或其他组织 | 总计`).
pub(super) fn names_columns_only(r: &RowView<'_>) -> bool {
    let mut filled = r.cells.iter().filter(|c| !c.text.trim().is_empty());
    filled.clone().count() >= 2 && filled.all(|c| is_request_header(c.text))
}

/// Whether a text is made of the words of section 三's header only (its
/// columns' and their groups' names, or fragments of them as a PDF's text
/// cuts them line by line: `商业`, `人 企业 机构 益组织 务机构 他 计`),
/// a continued table's mark aside (`法人或其他组织（续）`).
fn is_request_header(text: &str) -> bool {
    static WORDS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        crate::template::REQUEST_COLS
            .iter()
            .map(|c| c.label)
            .chain(crate::template::REQUEST_COL_GROUPS.iter().copied())
            .map(norm)
            .collect()
    });
    made_of(&without_continued_mark(text), words)
}

/// A header's text without a continued table's mark (`法人或其他组织（续）`,
/// `申请人情况(续)`): the header of a table's second part names what the
/// first's does.
pub(super) fn without_continued_mark(text: &str) -> String {
    text.replace("（续）", "").replace("(续)", "")
}

/// Whether `text`, folded, is made of the characters of `words` only (a
/// header's words cut into fragments, or run together).
fn made_of(text: &str, words: &str) -> bool {
    let n = norm(text);
    !n.is_empty() && n.chars().all(|c| words.contains(c))
}

/// Whether a text is made of the words of section 四's header only (its
/// groups' and columns' names, or fragments of them: `复议后起诉`, `结果`,
/// `维持`, `合`, `计`).
pub(super) fn is_review_header(text: &str) -> bool {
    static WORDS: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        REVIEW_GROUPS
            .iter()
            .chain(REVIEW_COLS.iter())
            .map(|c| norm(c.label))
            .chain([norm("行政诉讼"), norm("合计")])
            .collect()
    });
    made_of(text, words)
}

/// Digits from which a section-四 number is no count of reviews or
/// lawsuits (none has six): the row's cells ran together.
const RUN_DIGITS: usize = 6;

/// The section 四 row when it printed fewer than 15 values after its
/// header (blank cells that left nothing): the values after the header,
/// fitted to the 15 columns by blank lines or by the three groups'
/// identities ([`fit_row`]). `None` when the document ends there (a cut
/// table) or no value follows the header.
pub(crate) fn reconstruct_review(
    rows: &[RowView<'_>],
    ends: bool,
    cols: &[&'static str],
    f: &mut Filler<'_>,
) -> Option<Table> {
    const GROUPS: RowCheck = RowCheck::REVIEW_ROW;
    let p = pieces(rows).pieces;
    // Digits glued to text, or a run longer than any count of reviews
    // and lawsuits (`100010001100000`: the row's cells ran together into
    // one number).
    let runs = p.iter().any(|x| match *x {
        Piece::Value { glued: true, .. } => true,
        Piece::Value { text, .. } => {
            let t = text.trim();
            t.chars().count() >= RUN_DIGITS && t.chars().all(crate::parse::value::is_digit)
        }
        _ => false,
    });
    let baseline = gap_baseline(&p);
    let start = p.iter().position(|x| x.is_filled_value())?;
    let mut got = Gathered::default();
    let mut stopped = false;
    // Blank lines right before the first value may be blank cells too.
    if let Some(Piece::Gap(g)) = start.checked_sub(1).map(|k| p[k]) {
        if baseline == 0 {
            got.gap(g);
        }
    }
    // The values since the last header text.
    let mut block = 0usize;
    for piece in &p[start..] {
        match *piece {
            // Section 四's own header, printed again between its groups'
            // values (PDF text that puts each group's header before its
            // numbers): not the end of the row, when the values before it
            // are whole groups of five.
            Piece::Text {
                text, prose: false, ..
            } if block % 5 == 0 && is_review_header(text) => block = 0,
            Piece::Text { .. } => {
                stopped = true;
                break;
            }
            Piece::Value { cell, text, .. } => {
                block += 1;
                got.value(cell, text);
            }
            Piece::Gap(g) if baseline == 0 => got.gap(g),
            _ => {}
        }
    }
    let Gathered {
        toks,
        blanks,
        single,
        ..
    } = got;
    if toks.is_empty() || (ends && !stopped) {
        return None;
    }
    let first = toks[0].cell;
    let known = (single && baseline == 0).then_some(&blanks[..]);
    // Where the header names the fifteen columns on one line (`结果 结果
    // 其他 尚未 总计`, the heads of its two-line labels), a value's place
    // under it tells its column.
    let heads: Vec<&str> = (0..3)
        .flat_map(|_| REVIEW_COLS.iter().map(|c| c.label))
        .collect();
    let anchors = Anchors::of(&p, 15, &heads);
    // `full`: readings that fill every cell where none that fits does (a
    // group's 总计 or parts blank in each that fits); a sound row with
    // blank parts splits so too, so they stand only where the prose bears
    // them out.
    let (slots, readings, split, alts, full) =
        match fit_row(&toks, 15, known, &anchors, GROUPS, runs, first.loc) {
            Fitted::Row {
                slots,
                readings,
                split,
                alts,
            } => (slots, readings, split, alts, false),
            Fitted::NoReading { split, full } => {
                let slots = vec![Slot::unknown(first.loc); 15];
                let unchecked = !full.is_empty();
                (slots, Vec::new(), split, full, unchecked)
            }
            Fitted::TooMany(_) => return None,
        };
    if !readings.is_empty() || slots.iter().all(|s| s.how == How::Ambiguous) {
        let seen = Placing::of(split, &toks);
        if full {
            // No split fits but by leaving a group unchecked.
            f.unchecked_only(
                "review_litigation",
                "row",
                "四",
                first.loc,
                (seen, toks.len()),
            );
        } else {
            f.ambiguous(
                "review_litigation",
                "row",
                "四",
                first.loc,
                (seen, &readings, toks.len()),
            );
        }
        let cells = || {
            REVIEW_GROUPS
                .iter()
                .flat_map(|g| cols.iter().map(move |c| (g.key, *c)))
                .collect()
        };
        if !alts.is_empty() {
            f.keep_readings("review_litigation", cells(), &alts, GROUPS, full);
        } else if runs {
            // One run that too many readings fit, each only with a 总计
            // blank: its readings that fill every cell, for the checks
            // where the prose bears them out.
            let full = super::fit::unfit_full_readings(&toks, 15, GROUPS, first.loc);
            f.keep_readings("review_litigation", cells(), &full, GROUPS, true);
        }
    }
    Some(f.review_table(cols, &slots, first.loc))
}

#[cfg(test)]
mod tests {
    use super::is_review_header;

    #[test]
    fn section_four_header_words() {
        for t in [
            "复议后起诉",
            "结果",
            "维持",
            "尚未",
            "审结",
            "合",
            "计",
            "总计",
            "行政诉讼",
        ] {
            assert!(is_review_header(t), "{t}");
        }
        // A continued part's header (`法人或其他组织（续）`, pandoc's
        // grid table of `表3-2（续表3-1）`) is a header, no row.
        assert!(super::is_request_header("法人或其他组织（续）"));
        assert!(!super::is_request_header("（续）"));
        for t in ["五、存在的主要问题及改进情况", "（一）存在问题", "", "0"] {
            assert!(!is_review_header(t), "{t}");
        }
    }
}
