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

/// The counts 10 to 99, for the text of a joined pair of digits.
const TWO_DIGITS: &str = "\
101112131415161718192021222324252627282930313233343536373839\
404142434445464748495051525354555657585960616263646566676869\
707172737475767778798081828384858687888990919293949596979899";

/// The text of the count `10 * top + bottom` (`top` 1 to 9).
fn joined(top: char, bottom: char) -> Option<&'static str> {
    let t = fold_digit(top).to_digit(10)?;
    let b = fold_digit(bottom).to_digit(10)?;
    let i = (10 * t + b).checked_sub(10)? as usize * 2;
    TWO_DIGITS.get(i..i + 2)
}

/// The digits of a row or line made of single digits only, parted by
/// cells or spaces, at most eight of them: a wrapped count's top or
/// bottom halves.
fn halves(r: &RowView<'_>) -> Option<Vec<char>> {
    // Most rows start with a label: turned away at their first character.
    let first = r.cells.iter().find(|c| !c.from_above)?;
    if !first.text.trim_start().starts_with(is_digit) {
        return None;
    }
    let mut out = Vec::new();
    for c in r.cells.iter().filter(|c| !c.from_above) {
        for word in c.text.split_whitespace() {
            let mut it = word.chars();
            match (it.next(), it.next()) {
                (Some(d), None) if is_digit(d) && out.len() < 8 => out.push(d),
                _ => return None,
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Joins the counts wrapped around a row: a row of `k` single digits
/// right above a row with more than `k` values, and a row of `k` single
/// digits right below it, the three on consecutive lines, each top digit
/// not 0 (no count is printed with a leading zero). The two digit rows
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
        let counts: Option<Vec<&'static str>> = (top.len() == bottom.len() && values > top.len())
            .then(|| {
                top.iter()
                    .zip(&bottom)
                    .map(|(&t, &b)| joined(t, b))
                    .collect()
            })
            .flatten();
        match counts {
            Some(c) => {
                joins.push((i, c));
                i += 3;
            }
            None => i += 1,
        }
    }
    if joins.is_empty() {
        return;
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
    let mut k = 0;
    rows.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
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

    #[test]
    fn pairs_of_digits_read_as_counts() {
        assert_eq!(joined('１', '０'), Some("10"));
        assert_eq!(joined('9', '9'), Some("99"));
        assert_eq!(joined('1', '1'), Some("11"));
        assert_eq!(joined('0', '7'), None);
    }
}
