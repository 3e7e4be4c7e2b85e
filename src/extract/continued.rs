//! A table too wide for its page, printed in two parts: its labels with
//! the left-hand columns, then, after a header naming the rest, the
//! right-hand columns one line a row and without labels (a spreadsheet or
//! PDF page break between columns). The two parts are joined row by row
//! back into whole rows before the rows are read, so that every value is
//! read in its own column; the cells from the second part are marked
//! ([`CellView::placed`](super::rows::CellView::placed)) and come out as
//! `"inferred": "continued"`.
//!
//! Nothing is guessed: the second part is taken only when its lines are
//! exactly as many as the first part's rows with values, every row of the
//! first part prints the same number of values, every line of the second
//! part the rest of the row's columns, and a column header stands between
//! the parts. Anything else is left to the readers as it was printed.

use super::reconstruct::{is_column_group, is_column_header};
use super::rows::RowView;
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
    let mut out: Vec<RowView<'d>> = Vec::with_capacity(rows.len());
    let mut pairs = first.iter().zip(&second).peekable();
    for (i, r) in rows.iter().enumerate() {
        if second.binary_search(&i).is_ok() {
            continue;
        }
        match pairs.peek() {
            Some(&(&a, &b)) if a == i => {
                let mut joined = r.clone();
                joined.cells.extend(rows[b].cells.iter().map(|c| {
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
    Some(out)
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
}
