//! A table too wide for its page, printed in two parts: its labels with
//! the left-hand columns, then, after a header naming the rest, the
//! right-hand columns one line a row and without labels (a spreadsheet or
//! PDF page break between columns). The two parts are joined row by row
//! back into whole rows before the rows are read, so that every value is
//! read in its own column; the cells from the second part are marked
//! ([`CellView::placed`](super::rows::CellView::placed)) and come out as
//! `"inferred": "continued"`.
//!
//! Or printed as two whole tables, the second with the row labels again
//! ([`rejoin_labelled`]): its rows are joined to the first's by label.
//!
//! Nothing is guessed: the second part is taken only when its lines are
//! exactly as many as the first part's rows with values, every row of the
//! first part prints the same number of values, every line of the second
//! part the rest of the row's columns, and a column header stands between
//! the parts (labelled parts: the same labels in the same order, each
//! part as wide on every row, the two as wide as the table, and 总计 named
//! in the second header only). Anything else is left to the readers as it
//! was printed.

use super::label::{norm, Label};
use super::reconstruct::{header_names, is_column_group, is_column_header, without_continued_mark};
use super::rows::{CellView, RowView};
use crate::model::{Checks, How};
use crate::parse::value::is_digit;
use crate::template::REQUEST_COLS;

/// The rows of a table printed in two parts by its columns, joined back;
/// `None` when `rows` hold no such table. `n` is the table's number of
/// value columns.
pub(crate) fn rejoin<'d>(rows: &[RowView<'d>], n: usize) -> Option<Vec<RowView<'d>>> {
    // The second part: the last run of value-only lines, all as wide.
    let second: Vec<usize> = {
        let end = rows.iter().rposition(|r| value_only(r).is_some())?;
        let mut at = end;
        while at > 0 && (value_only(&rows[at - 1]).is_some() || blank(&rows[at - 1])) {
            at -= 1;
        }
        (at..=end)
            .filter(|&i| value_only(&rows[i]).is_some())
            .collect()
    };
    let first_of_second = *second.first()?;
    let w = value_only(&rows[first_of_second])?;
    if w >= n || second.len() < 3 || second.iter().any(|&i| value_only(&rows[i]) != Some(w)) {
        return None;
    }
    // Between the parts: the second part's header and nothing with a value.
    let last_of_first = rows[..first_of_second]
        .iter()
        .rposition(|r| !r.values().is_empty())?;
    let between = &rows[last_of_first + 1..first_of_second];
    if !between.iter().any(names_a_column) {
        return None;
    }
    // The first part: every row with values, each with the left columns.
    let first: Vec<usize> = (0..=last_of_first)
        .filter(|&i| !rows[i].values().is_empty())
        .collect();
    let k = n - w;
    if first.len() != second.len() || first.iter().any(|&i| !labelled_with(&rows[i], k)) {
        return None;
    }
    Some(join(rows, &first, &second, |r| &r.cells[..]))
}

/// A table too wide for its page printed in two parts by its columns,
/// each part a whole table with the row labels repeated (`表3-1` with
/// 自然人 … 科研机构, then `表3-2（续）` with 社会公益组织 … 总计, each
/// labelled row in both). Joined back row by row: each row of the first
/// part gets the second part's values of the row of the same label.
///
/// Taken only when the second part's header names the 总计 column and
/// the first part's does not (the right-hand columns came second), both
/// parts hold the same labels in the same order, and every labelled row
/// prints `w1` cells in the first part and `w2` in the second (blank cells
/// too: a page's table keeps them), `w1 + w2 = n`.
pub(crate) fn rejoin_labelled<'d>(rows: &[RowView<'d>], n: usize) -> Option<Vec<RowView<'d>>> {
    // The rows with a label and value cells (blank or not), not a header.
    let labelled: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            let r = &rows[i];
            !r.is_line && label_of(r).is_some() && !r.value_cells().is_empty() && !names_a_column(r)
        })
        .collect();
    // The second part's header: a column header after a labelled row.
    let first_labelled = *labelled.first()?;
    let header2 = (first_labelled..rows.len()).find(|&i| names_a_column(&rows[i]))?;
    let (first, second): (Vec<usize>, Vec<usize>) = labelled.iter().partition(|&&i| i < header2);
    if first.len() < 3 || first.len() != second.len() {
        return None;
    }
    let names_total = |range: std::ops::Range<usize>| rows[range].iter().any(names_total);
    let last_first = *first.last()?;
    if names_total(0..first_labelled) || !names_total(last_first + 1..second[0]) {
        return None;
    }
    let w1 = rows[first[0]].value_cells().len();
    let w2 = rows[second[0]].value_cells().len();
    if w1 + w2 != n {
        return None;
    }
    let fits = first.iter().zip(&second).all(|(&a, &b)| {
        label_of(&rows[a]) == label_of(&rows[b])
            && rows[a].value_cells().len() == w1
            && rows[b].value_cells().len() == w2
    });
    if !fits {
        return None;
    }
    Some(join(rows, &first, &second, |r| r.value_cells()))
}

/// A table too wide for its page printed as two grids that keep their
/// blank cells (a page's tables, or a markup's text tables), side by side
/// or one under the other (`因表格较宽，分为左右两部分显示`): the
/// first with the labels and the left-hand columns, the second with a
/// header naming the rest and 总计 and under it one row for each
/// labelled row of the first, without labels; both keep their blank
/// cells. Joined back row by row, the values marked as continued; the
/// headers too when both are as many rows (each header row of the second
/// part after the same row of the first's, so that a delimited grid's
/// header names every column where its cells stand).
///
/// Taken only when every labelled row of the first part spans the same
/// grid columns and ends in `w1` cells of values or blanks with its label
/// before them; every row of the second part spans `w2 = n - w1` columns
/// of values or blanks, one at least filled; the parts have as many rows;
/// and only the second part's header names 总计.
pub(crate) fn rejoin_side_by_side<'d>(rows: &[RowView<'d>], n: usize) -> Option<Vec<RowView<'d>>> {
    let span =
        |r: &RowView<'_>| -> usize { r.cells.iter().map(|c| c.colspan.max(1) as usize).sum() };
    let values_alone = |r: &RowView<'_>| {
        !r.is_line && r.cells.iter().all(|c| c.is_value() && !c.from_above) && !blank(r)
    };
    // The second part: the last run of grid rows of values alone.
    let end = rows.iter().rposition(values_alone)?;
    let mut start = end;
    while start > 0 && values_alone(&rows[start - 1]) {
        start -= 1;
    }
    let w2 = span(&rows[start]);
    if w2 >= n || end - start < 2 || rows[start..=end].iter().any(|r| span(r) != w2) {
        return None;
    }
    let w1 = n - w2;
    // Its header: the grid rows right above it, none with a value nor a
    // numbered row label (a row of the first part with its cells blank).
    let head = |r: &RowView<'_>| {
        !r.is_line
            && r.values().is_empty()
            && !r.cells.iter().any(|c| c.label().numbering.is_some())
    };
    let mut head2 = start;
    while head2 > 0 && head(&rows[head2 - 1]) {
        head2 -= 1;
    }
    if head2 == start || !rows[head2..start].iter().any(names_total) {
        return None;
    }
    // The first part's rows: a label, then `w1` grid columns of values or
    // blanks, every row as wide.
    let labelled = |r: &RowView<'_>, width: usize| {
        if r.is_line || names_a_column(r) || span(r) != width {
            return false;
        }
        let mut col = 0;
        let mut label = false;
        for c in &r.cells {
            let filled = !c.text.trim().is_empty();
            if col >= width - w1 {
                if filled && !c.is_value() {
                    return false;
                }
            } else if filled && c.is_value() {
                // A value left of the last `w1` columns: the parts do not
                // split the template's columns (a 小计 column).
                return false;
            } else if filled {
                label = true;
            }
            col += c.colspan.max(1) as usize;
        }
        label
    };
    let last = head2.checked_sub(1)?;
    let width = span(&rows[last]);
    if width <= w1 || !labelled(&rows[last], width) {
        return None;
    }
    let mut first_row = last;
    while first_row > 0 && labelled(&rows[first_row - 1], width) {
        first_row -= 1;
    }
    let first: Vec<usize> = (first_row..head2).collect();
    let second: Vec<usize> = (start..=end).collect();
    if first.len() != second.len() || rows[..first_row].iter().any(names_total) {
        return None;
    }
    // The first part's header: the grid rows right above its rows.
    let mut head1 = first_row;
    while head1 > 0 && head(&rows[head1 - 1]) {
        head1 -= 1;
    }
    let mut out = join(rows, &first, &second, |r| &r.cells[..]);
    if first_row - head1 == start - head2 {
        // Both headers, row by row; `out` lost the second part's rows only.
        for (k, i) in (head1..first_row).enumerate() {
            let extra = rows[head2 + k].cells.iter().map(|c| {
                let mut c = c.clone();
                c.pos = Default::default();
                c.in_label_columns = false;
                c
            });
            out[i].cells.extend(extra);
        }
    }
    // The second header goes either way: left after the joined rows, it
    // would stand where the table ends.
    out.drain(head2..start);
    Some(out)
}

/// A section-三 table printed as two whole tables by its columns, each
/// with the row labels (`表3-1` with 自然人 … 科研机构, `表3-2（续表3-1）`
/// with 社会公益组织 … 总计), in text whose rows do not line up cell for
/// cell ([`rejoin_labelled`] joins them where they do): where the second
/// part starts (its header's first row) and how many columns the first
/// part has. Each part can then be read alone on its own columns.
///
/// Taken only when 一、本年新收政府信息公开申请数量 labels exactly two
/// rows (a sentence that names it is no label), and the column names in the header before each (the lines after
/// the last value before it) are the template's columns up to some `k`
/// before the first and the rest, 总计 last, before the second.
pub(crate) fn two_parts(rows: &[RowView<'_>]) -> Option<(usize, usize)> {
    let first_row = Label::new(crate::template::request_label("new_received")).core;
    // The row's label, alone or with its values run into it; not a
    // sentence that names it (`…申请数量为10件`).
    let labels = |c: &CellView<'_>| {
        let core = Label::new(c.text).core;
        !c.is_value()
            && core.find(first_row.as_str()).is_some_and(|at| {
                core[at + first_row.len()..]
                    .chars()
                    .all(|ch| is_digit(ch) || ch.is_whitespace())
            })
    };
    let starts: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].cells.iter().any(labels))
        .collect();
    let &[a, b] = starts.as_slice() else {
        return None;
    };
    let filled = |r: &RowView<'_>| r.values().iter().any(|c| !c.text.trim().is_empty());
    let header_from = |end: usize| rows[..end].iter().rposition(filled).map_or(0, |at| at + 1);
    let (h1, h2) = (header_from(a), header_from(b));
    if h2 <= a {
        return None;
    }
    let names1 = column_names(&rows[h1..a]);
    let names2 = column_names(&rows[h2..b]);
    let n = REQUEST_COLS.len();
    let k = names1.len();
    let whole = (0..k).eq(names1.iter().copied()) && (k..n).eq(names2.iter().copied());
    (whole && (1..n - 1).contains(&k)).then_some((h2, k))
}

/// The section-三 columns that `rows` (a table's header) name, in the
/// template's order, each once: cells made only of columns' names and of
/// the names of header cells over several (`法人或其他组织（续）`); and a
/// name wrapped over lines in narrow columns (`商业企` over `业`, a PDF's
/// text), each of whose characters stands in the header's short cells
/// once those names, numbered labels, bracketed notes and sentences are
/// left out.
fn column_names(rows: &[RowView<'_>]) -> Vec<usize> {
    let heads: Vec<String> = REQUEST_COLS
        .iter()
        .map(|c| Label::new(c.label).core)
        .collect();
    let mut named = vec![false; heads.len()];
    // The characters of short header cells that name no column whole.
    let mut rest = String::new();
    let texts = rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .filter(|c| !c.is_value())
        .map(|c| without_continued_mark(c.text));
    for text in texts {
        let label = Label::new(&text);
        if label.numbering.is_some() || text.contains('。') {
            continue;
        }
        let names = header_names(&text, &heads, false).or_else(|| {
            let words: Option<Vec<Vec<usize>>> = text
                .split_whitespace()
                .map(|w| header_names(w, &heads, false))
                .collect();
            words.map(|w| w.concat())
        });
        match names {
            Some(names) => names.into_iter().for_each(|j| named[j] = true),
            None => {
                let mut core = norm(&text);
                for g in crate::template::REQUEST_COL_GROUPS {
                    core = core.replace(g, "");
                }
                if !core.starts_with(['（', '(']) && core.chars().count() <= 12 {
                    rest.push_str(&core);
                }
            }
        }
    }
    for (j, head) in heads.iter().enumerate() {
        named[j] |= !head.is_empty() && head.chars().all(|c| rest.contains(c));
    }
    (0..heads.len()).filter(|&j| named[j]).collect()
}

/// A row's label: the core of its last text cell before its values.
fn label_of<'r>(r: &'r RowView<'_>) -> Option<&'r str> {
    let k = r.cells.len() - r.value_cells().len();
    r.cells[..k]
        .iter()
        .rev()
        .find(|c| !c.text.trim().is_empty() && !c.is_value())
        .map(|c| c.label().core.as_str())
        .filter(|core| !core.is_empty())
}

/// `rows` with each row `first[i]` followed by `cells` of row
/// `second[i]` (marked as placed from a table's second part, their place
/// on the line dropped), and the rows of `second` left out.
fn join<'d>(
    rows: &[RowView<'d>],
    first: &[usize],
    second: &[usize],
    cells: impl for<'a> Fn(&'a RowView<'d>) -> &'a [CellView<'d>],
) -> Vec<RowView<'d>> {
    let mut out: Vec<RowView<'d>> = Vec::with_capacity(rows.len());
    let mut pairs = first.iter().zip(second).peekable();
    for (i, r) in rows.iter().enumerate() {
        if second.binary_search(&i).is_ok() {
            continue;
        }
        match pairs.peek() {
            Some(&(&a, &b)) if a == i => {
                let mut joined = r.clone();
                joined.cells.extend(cells(&rows[b]).iter().map(|c| {
                    let mut c = c.clone();
                    c.pos = Default::default();
                    c.placed = Some((How::Continued, Checks::default()));
                    c
                }));
                out.push(joined);
                pairs.next();
            }
            _ => out.push(r.clone()),
        }
    }
    out
}

/// The number of cells of a line that holds values and nothing else (a
/// blank cell counts: HTML keeps them), with at least one number.
fn value_only(r: &RowView<'_>) -> Option<usize> {
    let any = r.cells.iter().any(|c| !c.text.trim().is_empty());
    (any && !r.is_line && r.cells.iter().all(|c| c.is_value() && !c.from_above))
        .then_some(r.cells.len())
        .or_else(|| {
            // Aligned text's line of one number is a one-cell line.
            (r.is_line && r.cells.len() == 1 && any && r.cells[0].is_value()).then_some(1)
        })
}

fn blank(r: &RowView<'_>) -> bool {
    r.cells.iter().all(|c| c.text.trim().is_empty())
}

/// Whether a row is a label followed by exactly `k` values.
fn labelled_with(r: &RowView<'_>, k: usize) -> bool {
    let v = r.values();
    v.len() == k && v.len() < r.cells.len()
}

/// Whether a row is a column header naming 总计 (`合计`): the right-hand
/// part's, where a table's columns were printed in two parts.
fn names_total(r: &RowView<'_>) -> bool {
    names_a_column(r)
        && r.cells
            .iter()
            .any(|c| matches!(c.label().core.as_str(), "总计" | "合计"))
}

/// Whether a row holds the name of one of section 三's columns or of a
/// header over several (`申请人情况`, `法人或其他组织`, `总计`).
fn names_a_column(r: &RowView<'_>) -> bool {
    r.cells
        .iter()
        .any(|c| is_column_header(c.text) || is_column_group(&c.label().core))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Limits;

    /// Where [`two_parts`] finds the second part of one-cell-a-line
    /// `text` (its first line's index) and the first part's width.
    fn parts_of(text: &str) -> Option<(String, usize)> {
        let doc = crate::parse::text::parse(text, &Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let (at, k) = two_parts(&rows)?;
        Some((rows[at].cells[0].text.to_string(), k))
    }

    /// A table printed as two tables by its columns: the second starts at
    /// its header (after the first part's last value), the first holds as
    /// many columns as its header names; a name wrapped over lines in a
    /// narrow column counts. Not where the second part's header names no
    /// 总计, the headers name the same column, or the table is printed
    /// once.
    #[test]
    fn a_table_printed_as_two_tables_by_its_columns() {
        let part = |head: &str, values: &str| {
            format!("{head}\n一、本年新收政府信息公开申请数量\n{values}\n二、上年结转政府信息公开申请数量\n{values}\n")
        };
        let first = part("表3-1\n自然人\n法人或其他组织\n商业企业\n科研机构", "5\n1");
        let second = part(
            "表3-2（续表3-1）\n法人或其他组织（续）\n社会公益组织\n法律服务机构\n其他\n总计",
            "0\n0\n0\n6",
        );
        assert_eq!(
            parts_of(&format!("{first}{second}")),
            Some(("表3-2（续表3-1）".to_string(), 3))
        );
        // A sentence that names the first row is no third start.
        let said = "一、本年新收政府信息公开申请数量为12件\n";
        assert_eq!(
            parts_of(&format!("{said}{first}{second}")),
            Some(("表3-2（续表3-1）".to_string(), 3))
        );
        // 商业企业 wrapped (`商业企` over `业`), 社会公益组织 too.
        let wrapped = part("表3-1\n自然人\n商业企\n业\n科研机构", "5\n1");
        let second_wrapped = part(
            "表3-2\n社会公益组\n织\n法律服务机构\n其他\n总计",
            "0\n0\n0\n6",
        );
        assert_eq!(
            parts_of(&format!("{wrapped}{second_wrapped}")),
            Some(("表3-2".to_string(), 3))
        );
        let no_total = part("表3-2\n社会公益组织\n法律服务机构\n其他", "0\n0\n0");
        assert_eq!(parts_of(&format!("{first}{no_total}")), None);
        let overlapping = part(
            "表3-2\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计",
            "0\n0\n0\n0\n6",
        );
        assert_eq!(parts_of(&format!("{first}{overlapping}")), None);
        assert_eq!(parts_of(&first), None);
    }

    /// The rows of aligned `text` after [`rejoin`] (`None`: left as
    /// printed): each row's cell texts, a joined cell marked `+`.
    fn rejoined(text: &str) -> Option<Vec<Vec<String>>> {
        let doc = crate::parse::text::parse(text, &Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let rows = rejoin(&rows, 7)?;
        Some(
            rows.iter()
                .map(|r| r.cells.iter().map(marked).collect())
                .collect(),
        )
    }

    /// The rows of a page `html` joined by `join` (`None`: left as
    /// printed): each row of a label and seven values, its values' texts,
    /// a cell joined from a second part marked `+`.
    fn html_joined(
        html: &str,
        join: for<'d> fn(&[RowView<'d>], usize) -> Option<Vec<RowView<'d>>>,
    ) -> Option<Vec<Vec<String>>> {
        let doc = crate::parse::html::parse(html, &Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let rows = join(&rows, 7)?;
        Some(
            rows.iter()
                .filter(|r| r.cells.len() == 8)
                .map(|r| r.cells[1..].iter().map(marked).collect())
                .collect(),
        )
    }

    /// A cell's text, `+` before it when a join placed it.
    fn marked(c: &CellView<'_>) -> String {
        let t = c.text.trim();
        if c.placed.is_some() {
            format!("+{t}")
        } else {
            t.to_string()
        }
    }

    const FIRST: &str = "\
                                        自然人    商业企业    科研机构    社会公益组织
  一、本年新收政府信息公开申请数量        26         8         0         1
  二、上年结转政府信息公开申请数量         2         1         0         0
              （一）予以公开               9         3         0         1
";

    #[test]
    fn second_part_joins_its_rows_in_order() {
        let text = format!(
            "{FIRST}\n          法律服务机构      其他       总计\n                   2             1            38\n                   0             0             3\n                   1             0            14\n"
        );
        let rows = rejoined(&text).expect("joined");
        let values: Vec<&Vec<String>> = rows.iter().filter(|r| r.len() == 8).collect();
        assert_eq!(values.len(), 3, "{rows:?}");
        assert_eq!(values[0][1..], ["26", "8", "0", "1", "+2", "+1", "+38"]);
        assert_eq!(values[2][1..], ["9", "3", "0", "1", "+1", "+0", "+14"]);
        // The second part's lines are gone.
        assert!(!rows.iter().any(|r| r.iter().all(|c| c.starts_with('+'))));
    }

    #[test]
    fn second_parts_that_do_not_fit_are_left_as_printed() {
        for text in [
            // One line fewer than the rows.
            format!("{FIRST}\n          法律服务机构      其他       总计\n    2     1    38\n    0     0     3\n"),
            // No header between the parts.
            format!("{FIRST}    2     1    38\n    0     0     3\n    1     0    14\n"),
            // Lines wider than the columns the rows lack.
            format!("{FIRST}\n          法律服务机构      其他       总计\n    2     1    38    4\n    0     0     3    4\n    1     0    14    4\n"),
            // Lines of different widths.
            format!("{FIRST}\n          法律服务机构      其他       总计\n    2     1    38\n    0     3\n    1     0    14\n"),
        ] {
            assert!(rejoined(&text).is_none(), "{text}");
        }
    }

    /// Section 三 split by its columns into two page tables, one under the
    /// other, each with the row labels (round 24's 表3-1 / 表3-2（续）):
    /// every row joined with the second table's cells of its label; a
    /// second table whose labels differ, or whose header does not name
    /// 总计, is left as printed.
    #[test]
    fn two_tables_of_one_sections_columns_join_by_label() {
        let part = |heads: &str, rows: &[(&str, &str)]| {
            let body: String = rows
                .iter()
                .map(|(l, v)| {
                    let cells: String = v
                        .split(' ')
                        .map(|x| format!("<td>{}</td>", x.replace('_', "")))
                        .collect();
                    format!("<tr><td>{l}</td>{cells}</tr>")
                })
                .collect();
            format!("<table><tr><td>项目</td>{heads}</tr>{body}</table>")
        };
        let labels = [
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "（一）予以公开",
        ];
        let left = part(
            "<td>自然人</td><td>商业企业</td><td>科研机构</td>",
            &[
                (labels[0], "53 4 _"),
                (labels[1], "2 0 _"),
                (labels[2], "17 2 _"),
            ],
        );
        let right = |last: &str, total: &str| {
            part(
                &format!("<td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>{total}</td>"),
                &[
                    (labels[0], "1 1 1 60"),
                    (labels[1], "0 0 0 2"),
                    (last, "1 _ _ 20"),
                ],
            )
        };
        let joined = |html: String| html_joined(&html, rejoin_labelled);
        let rows = joined(format!(
            "{left}<p>表3-2（续表3-1）</p>{}",
            right(labels[2], "总计")
        ))
        .expect("joined");
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert_eq!(rows[0], ["53", "4", "", "+1", "+1", "+1", "+60"]);
        assert_eq!(rows[2], ["17", "2", "", "+1", "+", "+", "+20"]);
        // Labels that differ, or no 总计 named in the second header.
        assert!(joined(format!("{left}{}", right("（二）部分公开", "总计"))).is_none());
        assert!(joined(format!("{left}{}", right(labels[2], "小计"))).is_none());
    }

    /// Section 三 printed as two page tables side by side (`因表格较宽，
    /// 分为左右两部分显示`): the labels with 自然人 and 商业企业, then
    /// the other five columns with 总计, one row per labelled row and no
    /// labels, zeros left blank (a row of the first part wholly blank).
    /// Joined row by row, the headers too; a second part a row short, or
    /// whose header does not name 总计, is left as printed.
    #[test]
    fn two_tables_side_by_side_join_row_by_row() {
        let left = |rows: &[(&str, &str, &str)]| {
            let body: String = rows
                .iter()
                .map(|(l, a, b)| format!("<tr><td colspan=2>{l}</td><td>{a}</td><td>{b}</td></tr>"))
                .collect();
            format!(
                "<table><tr><td colspan=2 rowspan=3>项目</td><td colspan=2>申请人情况</td></tr>\
                 <tr><td rowspan=2>自然人</td><td>法人或其他组织</td></tr><tr><td>商业企业</td></tr>{body}</table>"
            )
        };
        let right = |total: &str, rows: &[&str]| {
            let body: String = rows
                .iter()
                .map(|v| {
                    let cells: String = v
                        .split(' ')
                        .map(|x| format!("<td>{}</td>", x.replace('_', "")))
                        .collect();
                    format!("<tr>{cells}</tr>")
                })
                .collect();
            format!(
                "<table><tr><td colspan=4>申请人情况（续）</td><td rowspan=3>{total}</td></tr>\
                 <tr><td colspan=4>法人或其他组织（续）</td></tr>\
                 <tr><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>{body}</table>"
            )
        };
        let first = left(&[
            ("一、本年新收政府信息公开申请数量", "85", "13"),
            ("二、上年结转政府信息公开申请数量", "4", "1"),
            ("（一）予以公开", "18", "4"),
            ("1.属于国家秘密", "", ""),
        ]);
        let joined = |html: String| html_joined(&html, rejoin_side_by_side);
        let second = ["_ 1 3 1 103", "_ _ _ _ 5", "_ _ 1 _ 23", "_ _ _ _ 0"];
        let note = "<p>（因表格较宽，分为左右两部分显示。）</p>";
        let rows = joined(format!(
            "{note}<div>{first}{}</div>",
            right("总计", &second)
        ))
        .expect("joined");
        assert_eq!(rows.len(), 5, "{rows:?}");
        // The headers' last rows, one row naming all seven columns.
        assert_eq!(
            rows[0],
            [
                "自然人",
                "商业企业",
                "科研机构",
                "社会公益组织",
                "法律服务机构",
                "其他",
                "总计"
            ]
        );
        assert_eq!(rows[1], ["85", "13", "+", "+1", "+3", "+1", "+103"]);
        assert_eq!(rows[4], ["", "", "+", "+", "+", "+", "+0"]);
        assert!(joined(format!("{first}{}", right("总计", &second[..3]))).is_none());
        assert!(joined(format!("{first}{}", right("小计", &second))).is_none());
        // A second part one column wider than the first leaves (a 小计
        // among its columns): the first part's rows hold values where the
        // join would have labels.
        let wider = [
            "_ 1 3 1 5 103",
            "_ _ _ _ 0 5",
            "_ _ 1 _ 1 23",
            "_ _ _ _ 0 0",
        ];
        assert!(joined(format!("{first}{}", right("总计", &wider))).is_none());
    }
}
