//! Counts wrapped inside a narrow cell. A PDF table whose columns are one
//! character wide prints a two-digit count over two lines: its first
//! digit on a line of its own above the row, its second below, the row's
//! other numbers on the line between (pdfplumber on full-width digits):
//!
//! ```text
//! １
//! 四、结转下年度继续办理 ２ ０ ０ ５ ３ ０
//! ０
//! ```
//!
//! is the row `2 0 0 5 3 0 10`. The lines keep the digits' order but not
//! their columns: [`unwrap`] joins each pair into one count that floats
//! (its column unknown) on the row between, and [`super::fit`] puts the
//! floating counts where the row's identity holds, as it places the values
//! of a row that lost its blank cells.

use super::rows::{CellView, RowView};
use crate::parse::value::{fold_digit, is_digit};

/// The most digits one half of a wrapped count holds (a narrow cell
/// prints `110` as `11` over `0`).
const HALF: usize = 3;

/// The text of the count a wrapped cell's `top` and `bottom` digits make
/// (`1` over `0`: `10`; `11` over `0`: `110`), 10 to 9999, from a table
/// made once; `None` when the top starts with 0 (no count is printed
/// with a leading zero) or a half is no digits.
fn joined(top: &str, bottom: &str) -> Option<&'static str> {
    static COUNTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let digits = |t: &str| -> Option<String> {
        t.chars()
            .map(|c| {
                fold_digit(c)
                    .to_digit(10)
                    .and_then(|d| char::from_digit(d, 10))
            })
            .collect()
    };
    let (top, bottom) = (digits(top)?, digits(bottom)?);
    if top.is_empty() || bottom.is_empty() || top.starts_with('0') {
        return None;
    }
    let n: usize = format!("{top}{bottom}").parse().ok()?;
    let counts = COUNTS.get_or_init(|| (10..=9999).map(|n: u32| n.to_string()).collect());
    counts.get(n.checked_sub(10)?).map(String::as_str)
}

/// The digits of a row or line made of short runs of digits only, parted
/// by cells or spaces, at most eight of them: a wrapped count's top or
/// bottom halves.
fn halves<'d>(r: &RowView<'d>) -> Option<Vec<&'d str>> {
    // Most rows start with a label: turned away at their first character.
    let first = r.cells.iter().find(|c| !c.from_above)?;
    if !first.text.trim_start().starts_with(is_digit) {
        return None;
    }
    let mut out = Vec::new();
    for c in r.cells.iter().filter(|c| !c.from_above) {
        for word in c.text.split_whitespace() {
            if out.len() == 8 || word.chars().count() > HALF || !word.chars().all(is_digit) {
                return None;
            }
            out.push(word);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Joins the counts wrapped around a row: a row of `k` single digits
/// right above a row with more than `k` values, and a row of `k` single
/// digits right below it, the three on consecutive lines, each top digit
/// not 0 (no count is printed with a leading zero); or one count whose
/// halves are up to [`HALF`] digits each, when it is the sum of the row's
/// values (a narrow 总计 column). The two digit rows
/// are dropped and the `k` counts go on the row between as floating
/// cells ([`CellView::floating`]).
pub(crate) fn unwrap(rows: &mut Vec<RowView<'_>>) {
    let mut joins: Vec<(usize, Vec<&'static str>)> = Vec::new();
    let mut i = 1;
    while i + 1 < rows.len() {
        let (above, row, below) = (&rows[i - 1], &rows[i], &rows[i + 1]);
        let next =
            |a: &RowView<'_>, b: &RowView<'_>| a.loc.line > 0 && b.loc.line == a.loc.line + 1;
        if !(next(above, row) && next(row, below)) {
            i += 1;
            continue;
        }
        let (Some(top), Some(bottom)) = (halves(above), halves(below)) else {
            i += 1;
            continue;
        };
        let values = row
            .cells
            .iter()
            .filter(|c| !c.from_above && c.is_value() && !c.text.trim().is_empty())
            .count();
        // Halves of more than a digit: one count alone, the row's total
        // in a narrow 总计 column (the sum of the row's other values), not
        // a row's values wrapped onto the lines around a label (`1 1 12`
        // / `（二）部分公开 5 0 0 0` / `0 0 5`).
        let long = top.iter().chain(&bottom).any(|w| w.chars().count() > 1);
        let counts: Option<Vec<&'static str>> =
            (top.len() == bottom.len() && values > top.len() && (!long || top.len() == 1))
                .then(|| top.iter().zip(&bottom).map(|(t, b)| joined(t, b)).collect())
                .flatten()
                .filter(|c: &Vec<&str>| !long || c.first().is_some_and(|t| is_row_sum(row, t)));
        match counts {
            Some(c) => {
                joins.push((i, c));
                i += 3;
            }
            None => i += 1,
        }
    }
    let mut dropped = vec![false; rows.len()];
    for (i, counts) in joins {
        let at = rows[i - 1].loc;
        rows[i]
            .cells
            .extend(counts.into_iter().map(|t| CellView::floating(t, at)));
        dropped[i - 1] = true;
        dropped[i + 1] = true;
    }
    // A row's last count wrapped alone: its first digit ends the row's
    // line, its second stands on the next (pdf.js on full-width digits:
    // `1.本机关不掌握相关政府信息 １７ １ ０ ０ １ ０ １` over `９`).
    for i in 0..rows.len().saturating_sub(1) {
        if dropped[i] || dropped[i + 1] {
            continue;
        }
        if let Some((last, count)) = tail_wrapped(&rows[i], &rows[i + 1]) {
            let at = rows[i + 1].loc;
            rows[i].cells.remove(last);
            rows[i].cells.push(CellView::floating(count, at));
            dropped[i + 1] = true;
        }
    }
    let mut k = 0;
    rows.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
}

/// The sum of `cells`, every one a number; `None` if one is not.
fn sum_of<'a, 'd: 'a>(cells: impl IntoIterator<Item = &'a CellView<'d>>) -> Option<f64> {
    cells
        .into_iter()
        .map(|c| crate::parse::value::number(c.text.trim()))
        .sum()
}

/// Whether `total` is the sum of `row`'s values (every one a number).
fn is_row_sum(row: &RowView<'_>, total: &str) -> bool {
    let values = row
        .cells
        .iter()
        .filter(|c| !c.from_above && c.is_value() && !c.text.trim().is_empty());
    match (sum_of(values), crate::parse::value::number(total)) {
        (Some(sum), Some(t)) => crate::model::same(sum, t),
        _ => false,
    }
}

/// A row whose last count wrapped, its second digit alone on the next
/// line (`below`): the row's last value a digit 1 to 9, the line below
/// one digit, and the two joined the sum of the row's other values (three
/// or more, every one a number), which the last alone is not: the row's
/// total, as section 三's rows print it last. The place of the row's last
/// value, and the joined count, which floats: [`super::fit`] places it
/// where the row's identity holds, so the count relies on that identity.
fn tail_wrapped(row: &RowView<'_>, below: &RowView<'_>) -> Option<(usize, &'static str)> {
    if row.loc.line == 0 || below.loc.line != row.loc.line + 1 {
        return None;
    }
    let [bottom] = halves(below)?[..] else {
        return None;
    };
    // The row starts with its label.
    let first = row.cells.iter().find(|c| !c.from_above)?;
    if first.is_value() || first.text.trim().is_empty() {
        return None;
    }
    let values: Vec<usize> = (0..row.cells.len())
        .filter(|&k| {
            let c = &row.cells[k];
            !c.from_above && !c.floating && c.is_value() && !c.text.trim().is_empty()
        })
        .collect();
    let (&last, parts) = values.split_last()?;
    if parts.len() < 3 {
        return None;
    }
    // One digit over one: a longer line below may be a page number.
    let top = row.cells[last].text.trim();
    if top.chars().count() != 1 || bottom.chars().count() != 1 {
        return None;
    }
    let count = joined(top, bottom)?;
    let sum = sum_of(parts.iter().map(|&k| &row.cells[k]))?;
    let whole: f64 = count.parse().ok()?;
    let alone = crate::parse::value::number(top)?;
    (crate::model::same(sum, whole) && !crate::model::same(sum, alone)).then_some((last, count))
}

/// Whether a folded label is a path of group headings that hold no
/// values themselves (`三、本年度办理结果`, `（三）不予公开`, `（四）无法提供`,
/// `（五）不予处理`; not `（六）其他处理`, a row of the 2019 format).
fn heading(norm: &str) -> bool {
    use super::label::{group_path, Group};
    group_path(norm).is_some_and(|g| g.last().is_some_and(|g| *g != Group::Other))
}

/// Joins a row whose label wrapped after a path's separator to the line
/// that finishes its label. A text browser prints a merged label read as
/// its path (`三、本年度办理结果 / （三）不予公开 / 4.保护第三方合法权益`)
/// wrapped in its column, the row's values on the first line:
///
/// ```text
/// 三、本年度办理结果 / （三）不予公开 /        1   1      2
/// 4.保护第三方合法权益
/// ```
///
/// Read line by line, the values would stand under the path and the row
/// named below would have none (and a reader looking for values after a
/// label would give them to the row above). A label that ends with a
/// separator (`/`, `>`, `→`) goes on: when the next line is text with no
/// value, its cells are put between the label and the values, and the
/// line dropped.
pub(crate) fn join_path_labels(rows: &mut Vec<RowView<'_>>) {
    let mut i = 0;
    while i + 1 < rows.len() {
        let (row, below) = (&rows[i], &rows[i + 1]);
        let next_line = row.loc.line > 0 && below.loc.line == row.loc.line + 1;
        // The cells from the row's values on; the label cell before them.
        let values_from = row.cells.len() - row.value_cells().len();
        let separator =
            |c: &CellView<'_>| c.norm().trim_end().ends_with(super::label::PATH_SEPARATORS);
        // Or the separator apart in a cell of its own, after a heading
        // that holds no values (a reader that parts cells at spaces reads
        // `/` as a cell; after a row's own label it may be a blank cell).
        let apart = values_from > 0
            && row
                .cells
                .get(values_from)
                .is_some_and(|c| matches!(c.text.trim(), "/" | "／"))
            && heading(row.cells[values_from - 1].norm());
        let open = values_from > 0 && separator(&row.cells[values_from - 1]) || apart;
        let values_from = values_from + usize::from(apart);
        let valued = row.cells[values_from..]
            .iter()
            .any(|c| !c.text.trim().is_empty());
        let text_only = below
            .cells
            .iter()
            .all(|c| !c.from_above && (c.text.trim().is_empty() || !c.is_value()))
            && below.cells.iter().any(|c| !c.text.trim().is_empty());
        if !(next_line && open && valued && text_only) {
            i += 1;
            continue;
        }
        let below = rows.remove(i + 1);
        let row = &mut rows[i];
        let values = row.cells.split_off(values_from);
        row.cells.truncate(values_from - usize::from(apart));
        row.cells.extend(
            below
                .cells
                .into_iter()
                .filter(|c| !c.text.trim().is_empty()),
        );
        row.cells.extend(values);
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::config::Limits;

    /// The rows of `text` after [`unwrap`]: each row's cell texts, a
    /// floating count marked `~`.
    fn unwrapped(text: &str) -> Vec<Vec<String>> {
        let doc = crate::parse::text::parse(text, &Limits::default());
        let mut rows = crate::extract::rows::rows_of(&doc);
        unwrap(&mut rows);
        rows.iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| {
                        if c.floating {
                            format!("~{}", c.text)
                        } else {
                            c.text.trim().to_string()
                        }
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_count_of_three_digits_wrapped_in_a_narrow_cell_is_joined() {
        // A PDF's 总计 column two characters wide: `110` printed `11`
        // over `0` around the row.
        let rows = unwrapped(
            "11\n一、本年新收政府信息公开申请数量 80 26 0 0 3 1\n0\n二、上年结转政府信息公开申请数量 2 1 0 0 0 0 3\n",
        );
        assert_eq!(
            rows[0]
                .iter()
                .filter(|c| c.starts_with('~'))
                .collect::<Vec<_>>(),
            ["~110"]
        );
        assert_eq!(rows.len(), 2);
        // A row's values wrapped onto the lines around the next label are
        // no halves of counts.
        let rows = unwrapped(
            "（一）予以公开\n8 1 0 1\n1 1 12\n（二）部分公开 5 0 0 0\n0 0 5\n（三）不予公开\n",
        );
        assert!(
            rows.iter().flatten().all(|c| !c.starts_with('~')),
            "{rows:?}"
        );
    }

    #[test]
    fn counts_wrapped_around_a_row_are_joined() {
        let rows = unwrapped(
            "（七）总计 5 1 0 1 0 0 7\n1 1\n四、结转下年度继续办理 0 0 1 0 0\n0 2\n五、存在的主要问题\n",
        );
        let row = rows
            .iter()
            .find(|r| r.iter().any(|c| c.contains("结转")))
            .expect("the row");
        assert_eq!(
            row.iter()
                .filter(|c| c.starts_with('~'))
                .cloned()
                .collect::<Vec<_>>(),
            ["~10", "~12"]
        );
        // The digit lines are gone.
        assert!(!rows
            .iter()
            .any(|r| r.iter().all(|c| c == "1" || c == "0" || c == "2")));
    }

    #[test]
    fn digit_lines_that_are_no_wrapped_counts_stay() {
        // A first digit 0 (no count starts with 0), halves of different
        // lengths, a blank line between, a row with no more values than
        // the halves: each left as printed.
        for text in [
            "0\n四、结转下年度继续办理 0 0 1 0 0 0\n5\n",
            "1 1\n四、结转下年度继续办理 0 0 1 0 0\n0\n",
            "1\n\n四、结转下年度继续办理 0 0 1 0 0 0\n0\n",
            "1 2\n四、结转下年度继续办理 3 4\n5 6\n",
        ] {
            let rows = unwrapped(text);
            assert!(
                !rows.iter().flatten().any(|c| c.starts_with('~')),
                "{text:?}: {rows:?}"
            );
        }
    }

    /// pdf.js's text of full-width digits in a narrow 总计 column: the
    /// row's total `１９` printed `１` at the line's end and `９` below.
    /// Joined when the pair is the sum of the row's other values and the
    /// first digit alone is not; a lone value line that is no such tail
    /// stays.
    #[test]
    fn a_last_count_wrapped_alone_is_joined() {
        let rows = unwrapped(
            "1.本机关不掌握相关政府信息 １７ １ ０ ０ １ ０ １\n９\n2.没有现成信息需要另行制作 ２ ０ ０ ０ ０ ０ ２\n",
        );
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(
            rows[0],
            [
                "1.本机关不掌握相关政府信息",
                "１７",
                "１",
                "０",
                "０",
                "１",
                "０",
                "~19"
            ]
        );
        for text in [
            // The row adds up without the digit below.
            "1.本机关不掌握相关政府信息 1 0 0 0 0 0 1\n9\n",
            // Joined, it does not add up.
            "1.本机关不掌握相关政府信息 17 1 0 0 1 0 1\n8\n",
            // A row of values alone (section 四's).
            "1 0 0 0 0 1\n1\n",
        ] {
            let rows = unwrapped(text);
            assert!(
                !rows.iter().flatten().any(|c| c.starts_with('~')),
                "{text:?}: {rows:?}"
            );
            assert_eq!(rows.len(), 2, "{text:?}");
        }
    }

    #[test]
    fn pairs_of_digits_read_as_counts() {
        assert_eq!(joined("１", "０"), Some("10"));
        assert_eq!(joined("9", "9"), Some("99"));
        assert_eq!(joined("1", "1"), Some("11"));
        assert_eq!(joined("0", "7"), None);
        // Three digits in a cell two wide.
        assert_eq!(joined("11", "0"), Some("110"));
        assert_eq!(joined("1２", "34"), Some("1234"));
    }

    /// A text browser's label wrapped after its path's separator, its
    /// values on the first line: the line below finishes the label, and
    /// the values stay on the row it names; a label with no separator at
    /// its end, or a line below with a value, is left as printed.
    #[test]
    fn a_label_wrapped_after_its_paths_separator_is_joined() {
        let text = "三、本年度办理结果 / （三）不予公开 /        \n3.危及“三安全一稳定”                 \n三、本年度办理结果 / （三）不予公开 /        1   1          2  \n4.保护第三方合法权益                  \n三、本年度办理结果 / （三）不予公开 /        1              1  \n5.属于三类内部事务信息      \n";
        let doc = crate::parse::text::parse(text, &Limits::default());
        let mut rows = crate::extract::rows::rows_of(&doc);
        join_path_labels(&mut rows);
        let texts: Vec<Vec<&str>> = rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| c.text.trim())
                    .filter(|t| !t.is_empty())
                    .collect()
            })
            .collect();
        assert_eq!(
            texts,
            [
                // The text reader parts the separator at the label's end
                // into a cell of its own.
                vec!["三、本年度办理结果/（三）不予公开", "/"],
                vec!["3.危及“三安全一稳定”"],
                vec![
                    "三、本年度办理结果/（三）不予公开",
                    "4.保护第三方合法权益",
                    "1",
                    "1",
                    "2"
                ],
                vec![
                    "三、本年度办理结果/（三）不予公开",
                    "5.属于三类内部事务信息",
                    "1",
                    "1"
                ],
            ]
        );
        for text in [
            // No separator at the label's end.
            "（一）予以公开        1   1          2  \n（二）部分公开\n",
            // The line below holds a value.
            "三、本年度办理结果 /        1   1          2  \n（二）部分公开  3\n",
            // `/` after a row's own label: a blank cell, not a separator.
            "（一）予以公开   /    3     3  \n（二）部分公开\n",
        ] {
            let doc = crate::parse::text::parse(text, &Limits::default());
            let mut rows = crate::extract::rows::rows_of(&doc);
            let before = rows.len();
            join_path_labels(&mut rows);
            assert_eq!(rows.len(), before, "{text}");
        }
    }
}
