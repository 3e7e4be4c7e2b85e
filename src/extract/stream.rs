//! A section as a stream of pieces: label text, values, blank lines and
//! row ends, in reading order, whatever the layout did with the grid.
//!
//! Flattened tables lose their separators in many ways (one cell per line,
//! wrapped labels, blank cells that printed nothing, cells run together
//! with the label before them). The stream keeps what every layout still
//! has, the order of the text, and marks what only some keep: where a
//! grid row ended, how many blank lines stood between two one-cell lines,
//! and which digits were glued to a label (`…申请数量10`). The table
//! readers then find the template's rows by their labels in the stream
//! and fit the values after each label to the row's columns
//! ([`super::fit`]).

use super::rows::{CellView, RowView};
use crate::parse::value::{is_digit, Unit};

/// One piece of a section.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Piece<'a, 'd> {
    /// Text: a row label, a header, a fragment of either, or prose.
    Text {
        /// The cell it is in.
        cell: &'a CellView<'d>,
        /// Its text (all of the cell's, or the part between glued digits).
        text: &'d str,
        /// The index of its row in the section.
        row: usize,
        /// A sentence of prose (not part of any table).
        prose: bool,
    },
    /// A value: a number, a dash, or a blank cell of a grid.
    Value {
        /// The cell it is in.
        cell: &'a CellView<'d>,
        /// Its text (all of the cell's, or the digits glued to a label).
        text: &'d str,
        /// Digits that were glued to text in one cell: they may hold the
        /// values of several cells run together.
        glued: bool,
    },
    /// Blank lines between two one-cell lines of text.
    Gap(u32),
    /// The end of a grid row (a row of two or more cells).
    RowEnd,
}

impl<'a, 'd> Piece<'a, 'd> {
    /// Whether the piece is a value that is not blank.
    pub fn is_filled_value(&self) -> bool {
        matches!(self, Piece::Value { text, .. } if !text.trim().is_empty())
    }

    /// A value's text; `None` for any other piece.
    pub fn value_text(&self) -> Option<&'d str> {
        match *self {
            Piece::Value { text, .. } => Some(text),
            _ => None,
        }
    }
}

/// Whether a line of text is prose rather than a table's label: a
/// sentence (it ends in 。 or holds one), or longer than any label, unless
/// it holds the runs of digits of a table's values (crawler text that ran
/// a whole table onto one line: labels and values in turn, no sentence),
/// or is a header with no clause in it that its row's digits ran into
/// (`…尚未审结总计310152011410001`).
fn is_prose(t: &str) -> bool {
    // A sentence, or an item of a note's list (`2.“其他处理”2件均为申请人
    // 主动撤回申请；`): no label ends so.
    if t.contains('。') || t.ends_with(['；', ';']) {
        return true;
    }
    if t.chars().count() <= 60 {
        return false;
    }
    let parts = split_glued(t);
    let runs = parts.iter().filter(|(_, num)| *num).count();
    // A header run into rows and their numbers: no sentence punctuation
    // outside brackets (the template's own header note, `（本列数据的勾稽
    // 关系为：第一项加第二项之和，等于…）`, is bracketed), and numbers in it.
    let header_then_row = !punctuated_outside_brackets(t) && runs > 0;
    runs < 4 && !header_then_row
}

/// Whether `t` has a comma, colon or semicolon outside brackets.
fn punctuated_outside_brackets(t: &str) -> bool {
    let mut depth = 0usize;
    for c in t.chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            '，' | '；' | '：' | ',' | ';' if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

/// Splits the text of a cell that is not a value into text and the runs
/// of digits glued to it (`一、本年新收政府信息公开申请数量10` → text,
/// `10`). A run of digits before `.` or `、` and text is a sub-row's
/// numbering (`00000002.重复申请`: the last digit numbers the row, the
/// digits before it are glued values). Signs and decimal points inside a
/// run of digits stay in it.
pub(crate) fn split_glued(t: &str) -> Vec<(&str, bool)> {
    // A label whose bracket a wrap left open (`（二）部分公开（区分处理的，
    // 只计这 2 0 0 0 0 0 2`): the numbers that end the line, apart from it
    // and from each other, are the row's values, not its note's.
    if let Some(cut) = open_bracket_values(t) {
        let mut out = split_glued(&t[..cut]);
        out.extend(t[cut..].split_whitespace().map(|v| (v, true)));
        return out;
    }
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    let mut depth = 0usize;
    let mut chars = t.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            _ => {}
        }
        // Digits inside brackets belong to a note (`(指2019年事项数)`).
        let starts_number = depth == 0 && is_digit(c)
            || (depth == 0
                && matches!(c, '.' | ',')
                && i > 0
                && is_digit(t[..i].chars().next_back().unwrap_or(' '))
                && next.is_some_and(is_digit));
        let kind = starts_number
            || (depth == 0 && (c == '+' || c == '-' || c == '－') && next.is_some_and(is_digit));
        match runs.last_mut() {
            Some((_, end, num)) if *num == kind => *end = i + c.len_utf8(),
            _ => runs.push((i, i + c.len_utf8(), kind)),
        }
    }
    // A run of digits right before `.`/`、` and text is a numbering: its
    // last digit moves to the text after it.
    let mut out: Vec<(&str, bool)> = Vec::new();
    let mut i = 0;
    while i < runs.len() {
        let (s, e, num) = runs[i];
        let numbering = num
            && i + 1 < runs.len()
            && t[runs[i + 1].0..].starts_with(['.', '、', '．'])
            && t[s..e].chars().all(is_digit)
            && t[runs[i + 1].0..]
                .chars()
                .nth(1)
                .is_some_and(|c| !is_digit(c));
        if numbering {
            // The last digit, ASCII or full-width (`２.其他法律…`).
            let cut = e - t[s..e].chars().next_back().map_or(1, char::len_utf8);
            if cut > s {
                out.push((&t[s..cut], true));
            }
            let (_, e2, _) = runs[i + 1];
            out.push((&t[cut..e2], false));
            i += 2;
            continue;
        }
        // A sum of money before its unit, the cell's last words
        // (`213.47 万元`: a PDF's text that spaces the unit off; `2,847.6万元`
        // at the end of a line whose cells a `|` parts): the unit is the
        // number's own.
        // The unit's end (a note in brackets may follow it: `万元（含追加）`).
        let unit_end = |s2: usize, e2: usize| {
            t[s2..e2]
                .find(['（', '('])
                .map_or(e2, |k| s2 + t[s2..s2 + k].trim_end().len())
        };
        let money = num
            && runs.get(i + 1).is_some_and(|&(s2, e2, _)| {
                let unit = &t[s2..unit_end(s2, e2)];
                // Glued to its unit, the number stands apart before it
                // (after a space or a `|`): digits glued to a label may
                // be several cells run together (`33486000元`).
                let apart = unit.starts_with(char::is_whitespace)
                    || t[..s].ends_with(|c: char| c.is_whitespace() || c == '|');
                i + 2 == runs.len()
                    && apart
                    && matches!(
                        crate::parse::value::unit_of(unit.trim()),
                        Some(Unit::Yuan | Unit::WanYuan)
                    )
            });
        if money {
            let (s2, e2, _) = runs[i + 1];
            out.push((t[s..unit_end(s2, e2)].trim_end(), true));
            i += 2;
            continue;
        }
        out.push((&t[s..e], num));
        i += 1;
    }
    // Text that is only punctuation between two runs of digits is not a
    // label.
    out.retain(|(s, num)| *num || s.chars().any(|c| c.is_alphanumeric()));
    out
}

/// Whether `t` is three numbers or more, apart: whole numbers of up to
/// six digits, so that `1 234` is not taken apart.
fn spaced_numbers(t: &str) -> bool {
    let mut n = 0;
    for tok in t.split_whitespace() {
        if tok.is_empty() || tok.chars().count() > 6 || !tok.chars().all(is_digit) {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// Where the values that end `t` start, when a bracket before them is
/// left open: two numbers or more, each apart (`…只计这 2 0 0 0 0 0 2`).
fn open_bracket_values(t: &str) -> Option<usize> {
    let open = t.rfind(['(', '（'])?;
    if t[open..].contains([')', '）']) {
        return None;
    }
    let mut cut = t.len();
    let mut count = 0;
    for tok in t[open..].split_whitespace().rev() {
        if !tok.chars().all(|c| is_digit(c) || c == '.') || !tok.starts_with(is_digit) {
            break;
        }
        count += 1;
        cut = tok.as_ptr() as usize - t.as_ptr() as usize;
    }
    let before = t[..cut].chars().next_back()?;
    (count >= 2 && before.is_whitespace()).then_some(cut)
}

/// Whether `b`, printed right after `a`, is the same merged cell given
/// again: the same text, not blank, not prose, holding no number (a value
/// repeated is read by [`super::fit::unrepeat`], where the row's columns
/// are known).
fn merged_again(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a == b && !a.is_empty() && !is_prose(a) && split_glued(a).iter().all(|(_, num)| !num)
}

/// A section as its pieces.
pub(crate) struct Stream<'a, 'd> {
    /// The pieces, in reading order.
    pub pieces: Vec<Piece<'a, 'd>>,
    /// Whether the section printed a merged cell once for each place it
    /// spans (a label on two lines in a row): then a merged value cell
    /// may be printed twice as well ([`super::fit::unrepeat`]).
    pub repeats: bool,
}

/// The pieces of `rows` (one section), in reading order.
pub(crate) fn pieces<'a, 'd>(rows: &'a [RowView<'d>]) -> Stream<'a, 'd> {
    let mut out = Vec::new();
    let mut repeats = false;
    let mut last_line: Option<u32> = None;
    for (ri, r) in rows.iter().enumerate() {
        let own = r.cells.iter().filter(|c| !c.from_above).count();
        let single = r.is_line || own == 1;
        if single {
            let text = r.cells.iter().find(|c| !c.from_above).map(|c| c.text);
            // A merged cell printed once for each place it spans (python-docx
            // gives every grid cell, a merged one as often as it spans):
            // the same text on the line right after, with nothing between
            // (or a blank line or two, as docx2python parts every cell), is
            // that cell again.
            if let (
                Some(t),
                Some(prev),
                Some(Piece::Text {
                    text: before,
                    prose: false,
                    ..
                }),
            ) = (text, last_line, out.last())
            {
                if r.loc.line <= prev + 3 && merged_again(before, t) {
                    last_line = Some(r.loc.line);
                    repeats = true;
                    continue;
                }
            }
            if let Some(prev) = last_line {
                let gap = r.loc.line.saturating_sub(prev + 1 + r.footers_before);
                if gap > 0 && r.loc.line > 0 {
                    out.push(Piece::Gap(gap));
                }
            }
            last_line = Some(r.loc.line);
        } else {
            last_line = None;
            // The same in two neighbouring cells of a row.
            let mut own = r.cells.iter().filter(|c| !c.from_above);
            let mut before = own.next();
            for c in own {
                repeats |= before.is_some_and(|b| merged_again(b.text, c.text));
                before = Some(c);
            }
        }
        // A filled value seen in this row (a note may follow it).
        let mut valued = false;
        for c in &r.cells {
            // A label spanning from above gives context only (a value
            // spanning so, nothing). A sub-row's number alone on its line
            // (`1.`, `2、`), its label's text printed elsewhere (a PDF's
            // text ordered by height): part of a label, no count (none
            // prints so).
            let ordinal = !c.from_above && single && is_ordinal(c.text);
            if c.from_above || ordinal {
                if ordinal || !c.is_value() {
                    out.push(Piece::Text {
                        cell: c,
                        text: c.text,
                        row: ri,
                        prose: false,
                    });
                }
                continue;
            }
            if c.is_value() {
                // A blank place of a grid's label columns: no cell of the
                // row's.
                if single && c.text.trim().is_empty() || c.label_place() {
                    continue;
                }
                valued |= !c.text.trim().is_empty();
                // A line of numbers one space apart (an HTML page of a
                // PDF's positioned text): each a value, as the text
                // reader's cells would be.
                if single && c.pos.chars == 0 && spaced_numbers(c.text) {
                    for text in c.text.split_whitespace() {
                        out.push(Piece::Value {
                            cell: c,
                            text,
                            glued: false,
                        });
                    }
                    continue;
                }
                out.push(Piece::Value {
                    cell: c,
                    text: c.text,
                    glued: false,
                });
                continue;
            }
            let t = c.text.trim();
            // A note in a 备注 column after a row's values, in a grid of
            // delimited cells (`2025年1月办结`): its date is no cells run
            // together.
            // The report's title, as a PDF repeats it atop each page
            // (`株洲市公安局2025年政府信息公开工作年度报告`): its year is no
            // value.
            if is_prose(t)
                || valued && !single && c.pos.chars == 0 && dated(t)
                || t.contains("年度报告")
            {
                out.push(Piece::Text {
                    cell: c,
                    text: c.text,
                    row: ri,
                    prose: true,
                });
                continue;
            }
            // A table's caption led by its number: the number is text, and
            // what follows it (the table itself, run onto the caption's
            // line) is read as any text.
            let (caption, t) = match caption_number(t) {
                Some(k) => (Some(&t[..k]), t[k..].trim_start()),
                None => (None, t),
            };
            if let Some(text) = caption {
                out.push(Piece::Text {
                    cell: c,
                    text,
                    row: ri,
                    prose: true,
                });
                if t.is_empty() {
                    continue;
                }
            }
            let parts = split_glued(t);
            if parts.len() == 1 && !parts[0].1 {
                out.push(Piece::Text {
                    cell: c,
                    text: c.text,
                    row: ri,
                    prose: false,
                });
                continue;
            }
            for (text, num) in parts {
                // Spaces between runs of digits only part them.
                if !num && text.trim().is_empty() {
                    continue;
                }
                out.push(if num {
                    Piece::Value {
                        cell: c,
                        text,
                        glued: true,
                    }
                } else {
                    Piece::Text {
                        cell: c,
                        text,
                        row: ri,
                        prose: false,
                    }
                });
            }
        }
        if !single {
            out.push(Piece::RowEnd);
        }
    }
    Stream {
        pieces: out,
        repeats,
    }
}

/// Whether a text is a sub-row's number and its mark only (`1.`, `2．`,
/// `3、`), as a label's numbering is read ([`super::label::split_numbering`]).
fn is_ordinal(text: &str) -> bool {
    use super::label::{norm, split_numbering, Numbering};
    // A digit first, or no label's numbering: most cells leave here.
    if !text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    matches!(split_numbering(&norm(text)),
        (Some(Numbering::Level3(n)), rest) if n < 100 && rest.is_empty())
}

/// Where a table's caption's number ends, when the text is led by one
/// (`表3　政府信息公开行政复议、行政诉讼情况`, `附表 2：`, `表3` alone in
/// its cell, a part's `表3-2（续表3-1）`): the number is the table's, no
/// value.
fn caption_number(t: &str) -> Option<usize> {
    let rest = t.strip_prefix("附表").or_else(|| t.strip_prefix('表'))?;
    let rest = rest.trim_start();
    let mut after = rest.trim_start_matches(is_digit);
    // A part's number after a dash (`3-1`).
    if after.len() < rest.len() {
        if let Some(part) = after.strip_prefix(['-', '－']) {
            let digits = part.trim_start_matches(is_digit);
            if digits.len() < part.len() {
                after = digits;
            }
        }
    }
    (after.len() < rest.len() && !after.starts_with(['.', '．', '、']))
        .then(|| t.len() - after.len())
}

/// Whether a text holds a date or time: digits right before 年, 月, 日,
/// 号 or 时 (`2025年1月办结`).
fn dated(t: &str) -> bool {
    let mut digit = false;
    for c in t.chars() {
        if digit && matches!(c, '年' | '月' | '日' | '号' | '时') {
            return true;
        }
        digit = crate::parse::value::is_digit(c);
    }
    false
}

/// The usual number of blank lines between two consecutive value lines
/// of one-cell text: 0 when values follow each other line by line
/// (a blank line is then a blank cell), more when the layout spaces every
/// line out (blank lines then say nothing).
pub(crate) fn gap_baseline(p: &[Piece<'_, '_>]) -> u32 {
    let mut counts = [0usize; 4];
    let mut k = 0;
    while k + 1 < p.len() {
        if let Piece::Value { cell: a, .. } = p[k] {
            if a.loc.cell == 0 {
                match p[k + 1] {
                    Piece::Value { cell: b, .. } if b.loc.cell == 0 => counts[0] += 1,
                    Piece::Gap(g) if matches!(p.get(k + 2), Some(Piece::Value { .. })) => {
                        counts[(g as usize).min(3)] += 1
                    }
                    _ => {}
                }
            }
        }
        k += 1;
    }
    // The fewest blank lines seen often (a third as often as the most
    // common): a sparse table one cell a line has long runs of blank
    // cells between its values, more of them than values side by side,
    // while a layout that spaces every line out never puts two values on
    // lines side by side.
    let most = counts.iter().copied().max().unwrap_or(0);
    (0..4)
        .find(|&g| counts[g] >= 2 && counts[g] * 3 >= most)
        .or_else(|| (0..4).max_by_key(|&g| (counts[g], usize::from(g == 0))))
        .unwrap_or(0) as u32
}

/// The blank lines between two consecutive value lines of one-cell text
/// spaced out evenly (text taken from HTML with a newline between
/// elements: each cell then a fixed number of lines apart): the smallest
/// such count, one or more, that stands between a tenth of the pairs,
/// when nine in ten pairs are that many lines apart with whole cells
/// between (each a further count and one lines); 0 otherwise.
/// [`super::reconstruct`] reads blank cells from it.
pub(crate) fn gap_spacing(p: &[Piece<'_, '_>]) -> u32 {
    let mut gaps: Vec<u32> = Vec::new();
    let mut counts: Vec<(u32, usize)> = Vec::new();
    let mut pairs = 0usize;
    for w in p.windows(3) {
        let gap = match w {
            [Piece::Value { cell: a, .. }, Piece::Value { cell: b, .. }, _]
                if a.loc.cell == 0 && b.loc.cell == 0 =>
            {
                0
            }
            [Piece::Value { cell: a, .. }, Piece::Gap(g), Piece::Value { cell: b, .. }]
                if a.loc.cell == 0 && b.loc.cell == 0 =>
            {
                *g
            }
            _ => continue,
        };
        pairs += 1;
        gaps.push(gap);
    }
    gaps.sort_unstable();
    for g in gaps {
        match counts.last_mut() {
            Some((last, n)) if *last == g => *n += 1,
            _ => counts.push((g, 1)),
        }
    }
    // The smallest count seen often; the others must be it with whole
    // cells between (rows whose blank cells are the same ones make a
    // larger count the most common).
    let Some(&(spacing, _)) = counts
        .iter()
        .find(|&&(g, n)| g > 0 && n >= 2 && n * 10 >= pairs)
    else {
        return 0;
    };
    let fits: usize = counts
        .iter()
        .filter(|&&(g, _)| g >= spacing && (g - spacing) % (spacing + 1) == 0)
        .map(|&(_, n)| n)
        .sum();
    if fits * 10 >= pairs * 9 {
        spacing
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sub-row's number and its mark alone is an ordinal; a count, a
    /// decimal, a caption's number or a mark alone is not.
    #[test]
    fn ordinals_alone() {
        for t in ["1.", "2、", "12．", " 3. "] {
            assert!(is_ordinal(t), "{t}");
        }
        for t in ["1", "1.5", "100.", ".", "、", "1..", "a.", "表3", ""] {
            assert!(!is_ordinal(t), "{t}");
        }
    }

    /// A table's caption led by its number (`表3　政府信息公开行政复议、
    /// 行政诉讼情况`, `表3` alone in its cell) is text: its number is no
    /// value. A sub-row's numbering or a label with a count glued is not
    /// a caption.
    #[test]
    fn a_tables_number_in_its_caption_is_no_value() {
        for (t, number) in [
            ("表3　政府信息公开行政复议、行政诉讼情况", "表3"),
            ("表3", "表3"),
            ("附表 2：收到和处理", "附表 2"),
            ("表１", "表１"),
            // A part of a table printed in two: `-1` is no value.
            ("表3-2（续表3-1）", "表3-2"),
            ("表 3-1", "表 3-1"),
            ("表3-", "表3"),
        ] {
            assert_eq!(caption_number(t).map(|k| &t[..k]), Some(number), "{t}");
        }
        for t in [
            "表",
            "表格",
            "3.表3",
            "表3.重复申请",
            "行政规范性文件3",
            "法律服务机构0",
        ] {
            assert_eq!(caption_number(t), None, "{t}");
        }
        let values = |text: &str| {
            let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
            let rows = crate::extract::rows::rows_of(&doc);
            pieces(&rows)
                .pieces
                .iter()
                .filter_map(|x| match x {
                    Piece::Value { text, .. } => Some(text.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert!(values("表3　政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n").is_empty());
        // The table run onto the caption's line (lxml's text of a page
        // without line breaks): its digits are still read.
        assert_eq!(
            values("表3政府信息公开行政复议、行政诉讼情况行政复议行政诉讼总计100120001100000\n"),
            ["100120001100000"]
        );
    }

    /// A wrapped label's open bracket does not make the row's values its
    /// note's; a closed note keeps its digits.
    #[test]
    fn values_after_an_open_bracket() {
        let parts = split_glued("（二）部分公开（区分处理的，只计这 2 0 0 0 0 0 2");
        let values: Vec<&str> = parts.iter().filter(|p| p.1).map(|p| p.0).collect();
        assert_eq!(values, ["2", "0", "0", "0", "0", "0", "2"]);
        assert!(parts.iter().any(|p| !p.1 && p.0.contains("部分公开")));
        let parts = split_glued("上一年项目数量（指2019年事项数）");
        assert!(parts.iter().all(|p| !p.1), "{parts:?}");
        assert_eq!(open_bracket_values("规章（含 2 3"), Some("规章（含 ".len()));
        assert_eq!(open_bracket_values("规章（含2 3"), None);
        assert_eq!(open_bracket_values("规章（含2019年 3"), None);
    }

    /// A sum of money keeps its unit when it stands apart before it, a
    /// `|` or a space before it, a note in brackets after it or not
    /// (round 29's `|2,847.6万元`); digits glued to a label do not.
    #[test]
    fn money_keeps_its_unit() {
        fn values(t: &str) -> Vec<&str> {
            split_glued(t)
                .into_iter()
                .filter(|p| p.1)
                .map(|p| p.0)
                .collect()
        }
        assert_eq!(values("政府集中采购|46|2,847.6万元"), ["46", "2,847.6万元"]);
        assert_eq!(
            values("政府集中采购|46|2,847.6万元（含追加）"),
            ["46", "2,847.6万元"]
        );
        assert_eq!(values("行政事业性收费 35000 元（含代收）"), ["35000 元"]);
        assert_eq!(values("政府集中采购33486000元"), ["33486000"]);
    }

    #[test]
    fn numbers_one_space_apart() {
        assert!(spaced_numbers("1 0 1 1 3 1 0 0 0 1 0 0 0 0 0"));
        assert!(!spaced_numbers("1 234"));
        assert!(!spaced_numbers("16 件 3"));
        assert!(!spaced_numbers("12"));
    }

    #[test]
    fn notes_with_dates() {
        assert!(dated("2025年1月办结"));
        assert!(dated("12月31日前答复"));
        assert!(!dated("行政许可12"));
        assert!(!dated("1.属于国家秘密"));
        assert!(!dated("年度"));
        // A note's list item is prose, not a row label with its count.
        assert!(is_prose("2.“其他处理”2件均为申请人主动撤回申请；"));
        assert!(!is_prose("（六）其他处理"));
    }

    fn parts(t: &str) -> Vec<(&str, bool)> {
        split_glued(t)
    }

    #[test]
    fn glued_digits_come_apart_from_labels() {
        assert_eq!(
            parts("一、本年新收政府信息公开申请数量10"),
            vec![("一、本年新收政府信息公开申请数量", false), ("10", true)]
        );
        assert_eq!(parts("1.属于国家秘密"), vec![("1.属于国家秘密", false)]);
        assert_eq!(
            parts("00000002.重复申请0000000"),
            vec![("0000000", true), ("2.重复申请", false), ("0000000", true)]
        );
        assert_eq!(
            parts("行政许可0-61474"),
            vec![("行政许可", false), ("0-61474", true)]
        );
        assert_eq!(
            parts("政府集中采购1639173777.52"),
            vec![("政府集中采购", false), ("1639173777.52", true)]
        );
        assert_eq!(
            parts("上一年项目数量(指2019年事项数)"),
            vec![("上一年项目数量(指2019年事项数)", false)]
        );
    }

    #[test]
    fn prose_or_a_header_its_row_ran_into() {
        // A sentence, and a long clause with a year in it: prose.
        assert!(is_prose("全年共收到申请5件。"));
        assert!(is_prose(
            "本年度，本机关认真贯彻落实条例要求，严格做好政府信息公开申请的受理、审查、办理和答复等各个环节的工作，依法保障公众的知情权，全年共办理2021"
        ));
        // The template's bracketed header note run into the first rows.
        assert!(!is_prose(
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量10 000 01二、上年结转政府信息公开申请数量"
        ));
        // Section 四's header with its row's digits run into it: a table.
        assert!(!is_prose(
            "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计310152011410001"
        ));
    }

    #[test]
    fn page_numbers() {
        assert!(crate::parse::text::is_page_number("- 3 -"));
        assert!(crate::parse::text::is_page_number("— 12 —"));
        assert!(crate::parse::text::is_page_number("第3页"));
        assert!(crate::parse::text::is_page_number("第 3 页 共 9 页"));
        assert!(crate::parse::text::is_page_number("3/12"));
        assert!(!crate::parse::text::is_page_number("3"));
        assert!(!crate::parse::text::is_page_number("-3"));
        assert!(!crate::parse::text::is_page_number("规章"));
    }
}
