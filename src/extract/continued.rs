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

use super::reconstruct::{is_column_group, is_column_header};
use super::rows::{CellView, RowView};
use crate::model::{Checks, How};

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
    let names_total = |range: std::ops::Range<usize>| {
        rows[range].iter().any(|r| {
            names_a_column(r)
                && r.cells
                    .iter()
                    .any(|c| matches!(c.label().core.as_str(), "总计" | "合计"))
        })
    };
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

    /// The rows of aligned `text` after [`rejoin`] (`None`: left as
    /// printed): each row's cell texts, a joined cell marked `+`.
    fn rejoined(text: &str) -> Option<Vec<Vec<String>>> {
        let doc = crate::parse::text::parse(text, &Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let rows = rejoin(&rows, 7)?;
        Some(
            rows.iter()
                .map(|r| {
                    r.cells
                        .iter()
                        .map(|c| {
                            let t = c.text.trim();
                            if c.placed.is_some() {
                                format!("+{t}")
                            } else {
                                t.to_string()
                            }
                        })
                        .collect()
                })
                .collect(),
        )
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
        let joined = |html: String| {
            let doc = crate::parse::html::parse(&html, &crate::config::Limits::default());
            let rows = crate::extract::rows::rows_of(&doc);
            rejoin_labelled(&rows, 7).map(|rows| {
                rows.iter()
                    .filter(|r| r.cells.len() == 8)
                    .map(|r| {
                        r.cells[1..]
                            .iter()
                            .map(|c| c.text.trim().to_string())
                            .collect::<Vec<_>>()
                    })
                    .collect::<Vec<_>>()
            })
        };
        let rows = joined(format!(
            "{left}<p>表3-2（续表3-1）</p>{}",
            right(labels[2], "总计")
        ))
        .expect("joined");
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert_eq!(rows[0], ["53", "4", "", "1", "1", "1", "60"]);
        assert_eq!(rows[2], ["17", "2", "", "1", "", "", "20"]);
        // Labels that differ, or no 总计 named in the second header.
        assert!(joined(format!("{left}{}", right("（二）部分公开", "总计"))).is_none());
        assert!(joined(format!("{left}{}", right(labels[2], "小计"))).is_none());
    }
}
