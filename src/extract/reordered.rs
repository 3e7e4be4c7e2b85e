//! Section 三's columns under 法人或其他组织 printed in an order other
//! than the template's, as the header names them (`科研机构 | 商业企业 |
//! 法律服务机构 | …`). Every row and column identity still holds when they
//! are read in the template's order, so nothing but the header tells: read
//! by position, whole columns would come out under the wrong heading.
//!
//! The order is read from the header ([`header`]); the table is then
//! read with its columns in that order ([`columns`]), by every reader
//! alike, and each value keyed by the column its header names.

use super::fit::RowCheck;
use super::rows::{CellView, RowView};
use crate::template::{Col, REQUEST_COLS};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

/// The five columns under 法人或其他组织 as their headers are searched
/// for, in the template's order (`商业企业` … `其他`); a wrapped header
/// keeps its first line (`社会公益` / `组织`).
const SUB_HEADS: [&str; 5] = ["商业企业", "科研机构", "社会公益", "法律服务", "其他"];

/// The header over them in its spellings, whose `其他` is no column.
pub(crate) const GROUP_HEADS: [&str; 4] = [
    "法人或其他组织",
    "法人或者其他组织",
    "法人和其他组织",
    "法人及其他组织",
];

/// The first words of section 三's first row: the header ends there.
const FIRST_ROW_WORDS: &str = "本年新收";

/// A column some tables add under 法人或其他组织, after or among its
/// five: their sum, no cell of the template.
const SUBTOTAL_WORDS: &str = "小计";

/// For each printed place under 法人或其他组织, the template's place
/// (0 = 商业企业); `None` when the header gives the template's order or
/// its order is not plain. Plain: one header row (or the run of text
/// before the first row's label, as crawler text runs a table together)
/// names all five columns, each once; or, one cell a line, each of five
/// lines is one column's header. Only the header, before the table's
/// first value, is looked at.
///
/// With it, when the same header row adds a 小计 column among or after
/// the five, how many of the five stand before it.
pub(crate) fn header(rows: &[RowView<'_>]) -> (Option<[usize; 5]>, Option<usize>) {
    let Some(heads) = automaton() else {
        return (None, None);
    };
    let mut one_a_line: Vec<usize> = Vec::new();
    // One cell a line, a 小计 line among the five: how many stand before.
    let mut subtotal_line: Option<usize> = None;
    // One cell a line: how many of the five stand before the group's
    // head and before 总计.
    let mut group_line: Option<usize> = None;
    let mut total_line: Option<usize> = None;
    let mut plain_lines = true;
    let mut lines = header_rows(rows).peekable();
    while let Some(text) = lines.next() {
        if group_line.is_none() && GROUP_HEADS.contains(&text.as_str()) {
            group_line = Some(one_a_line.len());
        }
        if total_line.is_none() && matches!(text.as_str(), "总计" | "合计") {
            total_line = Some(one_a_line.len());
        }
        // A sentence naming the columns (`其中科研机构1件、商业企业2件…`)
        // is no header: no header holds a figure or a full stop before
        // the first row's label.
        let head = text
            .find(FIRST_ROW_WORDS)
            .map_or(text.as_str(), |k| &text[..k]);
        if head.contains(['。', '；', ';']) || head.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        // Each column's places in the row, up to the first row's label.
        let mut at: [Vec<usize>; 5] = Default::default();
        let mut subtotal: Vec<usize> = Vec::new();
        let mut last = false;
        for m in heads.find_iter(&text) {
            let p = m.pattern().as_usize();
            if p == FIRST_ROW {
                last = true;
                break;
            }
            if p == SUBTOTAL {
                subtotal.push(m.start());
            } else if p < SUB_HEADS.len() {
                at[p].push(m.start());
            }
        }
        let named = at.iter().filter(|a| !a.is_empty()).count();
        if at.iter().all(|a| a.len() == 1) {
            let mut printed = [0, 1, 2, 3, 4];
            printed.sort_by_key(|&k| at[k][0]);
            if subtotal.is_empty() {
                let cut = text.find(FIRST_ROW_WORDS).unwrap_or(text.len());
                let before = |p: Option<usize>| p.map(|p| at.iter().filter(|a| a[0] < p).count());
                let group = GROUP_HEADS.iter().find_map(|g| text[..cut].find(g));
                let total = text[..cut]
                    .find("总计")
                    .or_else(|| text[..cut].find("合计"));
                printed = regroup(printed, before(group), before(total));
            }
            let order = (printed != [0, 1, 2, 3, 4]).then_some(printed);
            let before = match subtotal.as_slice() {
                [s] => Some(at.iter().filter(|a| a[0] < *s).count()),
                _ => None,
            };
            return (order, before);
        }
        match named {
            0 if text == SUBTOTAL_WORDS && !one_a_line.is_empty() && subtotal_line.is_none() => {
                subtotal_line = Some(one_a_line.len());
            }
            // A head's first line, wrapped (`商业企` over `业`): the head
            // when its rest is the next line.
            0 => one_a_line
                .extend(head_start(&text).filter(|&k| rest_follows(&text, k, lines.peek()))),
            1 => match at.iter().position(|a| !a.is_empty()) {
                Some(k) if at[k].len() == 1 && is_whole_head(&text, k) => {
                    if rest_follows(&text, k, lines.peek()) {
                        one_a_line.push(k);
                    }
                }
                _ => plain_lines = false,
            },
            _ => plain_lines = false,
        }
        if last {
            break;
        }
    }
    let mut printed = [0usize; 5];
    if !plain_lines || one_a_line.len() != 5 {
        let wrapped = wrapped_heads(rows).or_else(|| upright_heads(rows));
        return (wrapped.filter(|p| *p != [0, 1, 2, 3, 4]), None);
    }
    printed.copy_from_slice(&one_a_line);
    let mut seen = printed;
    seen.sort_unstable();
    if seen != [0, 1, 2, 3, 4] {
        return (None, None);
    }
    if subtotal_line.is_none() {
        printed = regroup(printed, group_line, total_line);
    }
    let order = (printed != [0, 1, 2, 3, 4]).then_some(printed);
    (order, subtotal_line)
}

/// The five as printed in a header whose cells wrapped, each head's
/// first line on one line of aligned text (`商业企 法律服务机 科研机 社会公
/// 益组 其`, their last characters on the line below): on a header line
/// before the table's first value, words each the start of one of the
/// five heads (two characters or more, or `其` of 其他), naming all five
/// once; the line's order is theirs. `None` when no line does.
fn wrapped_heads(rows: &[RowView<'_>]) -> Option<[usize; 5]> {
    for r in before_values(rows) {
        let words: Vec<String> = r
            .cells
            .iter()
            .flat_map(|c| c.text.split_whitespace())
            .map(super::label::norm)
            .collect();
        let mut printed: Vec<usize> = Vec::with_capacity(5);
        for w in &words {
            if let Some(k) = head_start(w) {
                if printed.contains(&k) {
                    printed.clear();
                    break;
                }
                printed.push(k);
            }
        }
        if let Ok(order) = <[usize; 5]>::try_from(printed) {
            return Some(order);
        }
    }
    None
}

/// The five as printed in aligned text whose narrow header cells hold
/// one character a line (`法` over `律` over `服` …, each head down its own
/// display column): the characters of the header lines before the
/// table's first value gathered by the display column they start at,
/// top to bottom; a column that spells one of the five whole is that
/// head's place. `None` unless each of the five is spelt down exactly one
/// column.
fn upright_heads(rows: &[RowView<'_>]) -> Option<[usize; 5]> {
    // Each line's characters with the display column each starts at.
    let mut lines: Vec<Vec<(u32, char)>> = Vec::new();
    for r in before_values(rows) {
        let mut line = Vec::new();
        for c in &r.cells {
            let width = crate::parse::text::display_width(c.text);
            // Where the cell starts on its line (its centre known only on
            // a line of two cells or more).
            let Some(mut col) = (c.pos.width > width).then(|| (c.pos.width - 1 - width) / 2) else {
                continue;
            };
            for ch in c.text.chars() {
                if !ch.is_whitespace() {
                    line.push((col, ch));
                }
                col += crate::parse::text::display_width(ch.encode_utf8(&mut [0; 4]));
            }
        }
        lines.push(line);
    }
    let mut at: [Option<u32>; 5] = [None; 5];
    for (k, c) in REQUEST_COLS[1..6].iter().enumerate() {
        let head: Vec<char> = c.label.chars().collect();
        for (l, line) in lines.iter().enumerate() {
            for &(col, ch) in line {
                // Each next character on the next line, in the same column
                // or one beside it (a reader that drops single spaces
                // inside a cell, `自然 商` read `自然商`, leaves what follows
                // them a column left).
                let down = ch == head[0]
                    && head[1..].iter().enumerate().all(|(j, &h)| {
                        lines
                            .get(l + 1 + j)
                            .is_some_and(|n| n.iter().any(|&(x, y)| y == h && x.abs_diff(col) <= 1))
                    });
                if down && at[k].replace(col).is_some() {
                    return None;
                }
            }
        }
    }
    let at: [u32; 5] = [at[0]?, at[1]?, at[2]?, at[3]?, at[4]?];
    let mut printed = [0, 1, 2, 3, 4];
    printed.sort_by_key(|&k| at[k]);
    Some(printed)
}

/// The five in column order from their printed order, when the header's
/// rows were read one after the other: 其他 printed after 法人或其他组织
/// and before 总计 (`group` and `total`: how many of the five stand before
/// each) is in their row, a column of its own spanning the header's rows
/// (`自然人 | 法人或其他组织 | 其他 | 总计` over `商业企业 | … | 法律服务
/// 机构`): it stands right of the group's columns, printed after 总计 on
/// the row below. Without both heads, with any other of the five there,
/// or with none after 总计, the printed order stands.
fn regroup(printed: [usize; 5], group: Option<usize>, total: Option<usize>) -> [usize; 5] {
    let (Some(g), Some(t)) = (group, total) else {
        return printed;
    };
    // Only 其他 (4) is printed so (a column of its own in a variant of
    // the template); any other head there is no such column.
    if g >= t || t >= printed.len() || printed[g..t] != [4] {
        return printed;
    }
    let mut out = [0usize; 5];
    let order = printed[..g]
        .iter()
        .chain(&printed[t..])
        .chain(&printed[g..t]);
    for (o, k) in out.iter_mut().zip(order) {
        *o = *k;
    }
    out
}

/// Whether the header prints 总计 before 自然人 (`Some(true)`: `总计 |
/// 自然人 | 法人或其他组织`, a table laid out with its total first) or
/// after (`Some(false)`): the header, the rows before the table's first
/// value read one after the other (a grid's header rows, or one cell a
/// line), names both; `None` when it does not (their words wrapped apart,
/// `总计 人` under `自然`).
pub(crate) fn total_before_natural(rows: &[RowView<'_>]) -> Option<bool> {
    let mut head = String::new();
    for text in header_rows(rows) {
        head.push_str(&text);
        if head.len() > 4096 {
            break;
        }
    }
    let head = head
        .find(FIRST_ROW_WORDS)
        .map_or(head.as_str(), |k| &head[..k]);
    // 合计 stands for 总计 in a header (FORMAT.md §6).
    let total = head.find("总计").or_else(|| head.find("合计"));
    Some(total? < head.find("自然人")?)
}

/// The rows of a table that prints 总计 first (its header says so,
/// [`total_before_natural`], or, where the header does not name both, its sums
/// do) with 总计 moved to the end, where the template has it: a row that ends in seven values or more (blank cells a merged
/// label left before them), or is seven values alone (the line of a
/// label wrapped around it), has the first of its last seven moved after
/// the others; a label row followed by exactly seven rows of one value
/// each (one cell a line) has the first of them moved after the seventh.
/// Any other row is left as printed. A header's order is not enough (a
/// Word table flattened a cell a line prints the merged 总计 cell before
/// 自然人 and its values in the template's order): `None` unless more
/// rows add up with their first value as the total than with their last.
/// Where the header does not say 总计 comes first (`stated`: its words
/// wrapped apart, `总计 人` under `自然`), the sums alone tell: three rows
/// or more add up with their first value as the total and not with their
/// last, none the other way (in a table printed in the template's order
/// no row can: its first value would be the sum of the rest, 总计 among
/// them; a row that adds up both ways, `5 0 0 0 0 0 5`, counts for
/// neither). The caller asks only when the header does not name 总计
/// after 自然人.
pub(crate) fn total_last<'d>(rows: &[RowView<'d>], stated: bool) -> Option<Vec<RowView<'d>>> {
    // A line of text that is a label and its values one space apart (a
    // page of `<p>` lines, PyMuPDF's XHTML): its cells, as a row.
    let parted: Vec<RowView<'d>> = rows
        .iter()
        .map(|r| parted_line(r).unwrap_or_else(|| r.clone()))
        .collect();
    let rows = &parted[..];
    // The rows of seven values: in one row (its index), or a label's
    // seven lines (the label's index, negated by `lines`).
    let mut in_rows: Vec<usize> = Vec::new();
    let mut in_lines: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        // A row of seven values and no label is the line of a label
        // wrapped around it (aligned text).
        let bare = rows[i].cells.len() == 7 && rows[i].cells.iter().all(|c| c.is_value());
        if rows[i].values().len() >= 7 && (rows[i].cells.len() > 7 || bare) {
            in_rows.push(i);
        } else if i + 7 < rows.len()
            && !rows[i].cells.is_empty()
            && rows[i].values().is_empty()
            && rows[i + 1..=i + 7].iter().all(lone_value)
            && rows.get(i + 8).is_none_or(|r| !lone_value(r))
        {
            in_lines.push(i);
            i += 8;
            continue;
        }
        i += 1;
    }
    let number = |t: &str| crate::parse::value::number(t);
    // The places of a row's seven values: its last seven cells, or the
    // seven before blank cells a grid pads it with (a merged label's
    // columns lost, its values moved left), when those are all printed
    // values; or, a CSV whose merged cells are empty fields between them,
    // its filled cells after its label, when they are seven values.
    let seven = |r: &RowView<'_>| -> Vec<usize> {
        let filled: Vec<usize> = (0..r.cells.len())
            .filter(|&k| !r.cells[k].text.trim().is_empty())
            .collect();
        let is_value = |k: &usize| r.cells[*k].is_value();
        let end = filled.last().map_or(0, |k| k + 1);
        if end >= 7 && (end - 7..end).all(|k| filled.contains(&k) && is_value(&k)) {
            return (end - 7..end).collect();
        }
        let values = filled.iter().rev().take_while(|k| is_value(k)).count();
        if values == 7 {
            return filled[filled.len() - 7..].to_vec();
        }
        (r.cells.len() - 7..r.cells.len()).collect()
    };
    let sevens = in_rows
        .iter()
        .map(|&i| {
            seven(&rows[i])
                .into_iter()
                .map(|k| number(rows[i].cells[k].text))
                .collect::<Vec<_>>()
        })
        .chain(in_lines.iter().map(|&i| {
            rows[i + 1..=i + 7]
                .iter()
                .map(|r| number(r.cells[0].text))
                .collect()
        }));
    let (mut first, mut last) = (0, 0);
    for mut v in sevens {
        if v.iter().any(Option::is_none) {
            continue;
        }
        let l = RowCheck::group_holds(&v);
        v.rotate_left(1);
        let f = RowCheck::group_holds(&v);
        first += usize::from(f && !l);
        last += usize::from(l && !f);
    }
    let moves = if stated {
        first > last
    } else {
        first >= 3 && last == 0
    };
    if !moves {
        return None;
    }
    let mut out = rows.to_vec();
    for i in in_rows {
        let at = seven(&out[i]);
        let total = out[i].cells.remove(at[0]);
        out[i].cells.insert(at[6], total);
    }
    for i in in_lines {
        out[i + 1..=i + 7].rotate_left(1);
    }
    Some(out)
}

/// A line of one cell that ends in seven numbers or more one space apart
/// after its label (`一、本年新收政府信息公开申请数量 1267 1101 130 22 3 4
/// 7`): the label and each number as cells of a row; `None` for any other
/// row.
fn parted_line<'d>(r: &RowView<'d>) -> Option<RowView<'d>> {
    let [cell] = r.cells.as_slice() else {
        return None;
    };
    if !r.is_line {
        return None;
    }
    let text: &'d str = cell.text;
    let mut pieces: Vec<&'d str> = text.split_whitespace().collect();
    let numbers = pieces
        .iter()
        .rev()
        .take_while(|t| crate::parse::value::number(t).is_some())
        .count();
    if numbers < 7 || numbers == pieces.len() {
        return None;
    }
    let first = pieces.len() - numbers;
    // The label: the text up to its first number.
    let start = pieces[first].as_ptr() as usize - text.as_ptr() as usize;
    let label = text[..start].trim_end();
    pieces.drain(..first);
    let mut cells = vec![CellView::supplied(label, cell.loc)];
    cells.extend(pieces.into_iter().map(|t| CellView::supplied(t, cell.loc)));
    Some(RowView::of(cells, r.loc))
}

/// Whether a row is one filled value alone (a line of one value).
fn lone_value(r: &RowView<'_>) -> bool {
    r.cells.len() == 1 && r.cells[0].is_value() && !r.cells[0].text.trim().is_empty()
}

/// The text of each row of the header: the rows before the table's first
/// value, their cells' normal forms run together.
fn header_rows<'r>(rows: &'r [RowView<'_>]) -> impl Iterator<Item = String> + 'r {
    before_values(rows).map(|r| r.cells.iter().map(|c| c.norm()).collect())
}

/// The rows before the table's first value: its header.
fn before_values<'r, 'd>(rows: &'r [RowView<'d>]) -> impl Iterator<Item = &'r RowView<'d>> {
    rows.iter().take_while(|r| {
        !r.cells
            .iter()
            .any(|c| !c.text.trim().is_empty() && c.is_value())
    })
}

/// Where a 小计 column stands that the header does not name (a PDF's text
/// whose narrow header cells print `小` and `计` on lines of their own):
/// found from the rows, as for [`header`] the number of the five columns
/// under 法人或其他组织 before it (0 or 5). A row of eight numbers holds
/// one in 小计's place when that is the sum of the five beside it and the
/// last, 总计, is 自然人 plus it. Taken when three rows or more hold it
/// with a 小计 above 0 (a row of zeros holds it anywhere) and at most one
/// row of eight numbers in four breaks it (a report's own slip in a row's
/// total), while the other place does not (a row whose only filled column
/// under 法人或其他组织 is the first holds both).
pub(crate) fn subtotal_by_sums(rows: &[RowView<'_>]) -> Option<usize> {
    let places = [0usize, 5];
    let mut held = [0usize; 2];
    let mut broken = [0usize; 2];
    for r in rows {
        let values = r.values();
        if values.len() != 8 {
            continue;
        }
        let Some(v) = values
            .iter()
            .map(|c| crate::parse::value::number(c.text))
            .collect::<Option<Vec<f64>>>()
        else {
            continue;
        };
        for (k, before) in places.iter().enumerate() {
            let sub = 1 + before;
            let five: f64 = (1..7).filter(|&j| j != sub).map(|j| v[j]).sum();
            if crate::model::same(v[sub], five) && crate::model::same(v[7], v[0] + v[sub]) {
                held[k] += usize::from(v[sub] > 0.0);
            } else {
                broken[k] += 1;
            }
        }
    }
    let fits = |k: usize| held[k] >= 3 && broken[k] * 4 <= held[k] + broken[k];
    match (fits(0), fits(1)) {
        (true, false) => Some(places[0]),
        (false, true) => Some(places[1]),
        _ => None,
    }
}

/// The rows without the 小计 column the header adds (`before`: how many
/// of the five columns under 法人或其他组织 stand before it, from
/// [`header`]): a row that ends in exactly eight values, 自然人 first
/// (blank or not; or eight after the blank cells a merged label leaves),
/// loses the one in 小计's place; any other row is left as printed.
///
/// One cell a line, a label followed by exactly eight cells, lines of one
/// value each and single blank lines between them (blank cells), loses
/// the cell in 小计's place; the line after it counts the line left out
/// as no blank cell.
pub(crate) fn without_subtotal<'d>(rows: &[RowView<'d>], before: usize) -> Vec<RowView<'d>> {
    let mut out: Vec<RowView<'d>> = rows
        .iter()
        .map(|r| {
            let mut r = r.clone();
            let values = r.values();
            let lead = values
                .iter()
                .take_while(|c| c.text.trim().is_empty())
                .count();
            let eight = values.len() == 8 || lead > 0 && values.len() - lead == 8;
            if eight && r.cells.len() > 8 {
                let first = r.cells.len() - 8;
                r.cells.remove(first + 1 + before);
            }
            r
        })
        .collect();
    let mut i = 0;
    while i + 1 < out.len() {
        if out[i].cells.is_empty() || lone_value(&out[i]) || !out[i].values().is_empty() {
            i += 1;
            continue;
        }
        // The label's lines of one value each, a blank line among them a
        // blank cell: each cell's place, `None` for a blank line's.
        let mut cells: Vec<Option<usize>> = Vec::new();
        let mut j = i + 1;
        while j < out.len() && lone_value(&out[j]) {
            let gap = out[j]
                .loc
                .line
                .saturating_sub(out[j - 1].loc.line + 1 + out[j].footers_before);
            match gap {
                0 => {}
                1 if j > i + 1 => cells.push(None),
                _ if j > i + 1 => break,
                _ => {}
            }
            cells.push(Some(j));
            j += 1;
        }
        if cells.len() != 8 {
            i = j.max(i + 1);
            continue;
        }
        match cells[1 + before] {
            // 小计's value: left out; the line after it counts the line
            // left out as no blank cell.
            Some(k) => {
                out.remove(k);
                if let Some(next) = out.get_mut(k) {
                    next.footers_before += 1;
                }
                j -= 1;
            }
            // 小计 blank: its blank line is no cell either.
            None => {
                let after = cells[2 + before].unwrap_or(j);
                if let Some(next) = out.get_mut(after) {
                    next.footers_before += 1;
                }
            }
        }
        i = j;
    }
    out
}

/// The pattern index of [`FIRST_ROW_WORDS`] in [`automaton`].
const FIRST_ROW: usize = SUB_HEADS.len() + GROUP_HEADS.len();

/// The pattern index of [`SUBTOTAL_WORDS`] in [`automaton`].
const SUBTOTAL: usize = FIRST_ROW + 1;

/// One automaton for the five headers, the group header's spellings
/// (longest match first: its `其他` is no column) and the first row's
/// words.
fn automaton() -> Option<&'static AhoCorasick> {
    static A: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    A.get_or_init(|| {
        let words = SUB_HEADS
            .iter()
            .chain(GROUP_HEADS.iter())
            .chain([FIRST_ROW_WORDS, SUBTOTAL_WORDS].iter());
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(words)
            .ok()
    })
    .as_ref()
}

/// Whether a line's text is the header of column `k` alone (wrapped, its
/// first line alone): the start of its name and of no other's (each of
/// [`SUB_HEADS`] is such a start).
fn is_whole_head(text: &str, k: usize) -> bool {
    head_start(text) == Some(k)
}

/// Whether the line `text`, the header of column `k` or its first line,
/// is the whole head or has its rest on the `next` line (`科研机` over
/// `构`). A first line whose rest is printed elsewhere is the text of a
/// reader that put the header's pieces out of order (PDF text blocks):
/// their order is then no column order.
fn rest_follows(text: &str, k: usize, next: Option<&String>) -> bool {
    let full = REQUEST_COLS[k + 1].label;
    match full.strip_prefix(text) {
        Some("") => true,
        Some(rest) => next.is_some_and(|n| n == rest),
        None => false,
    }
}

/// The one of the five under 法人或其他组织 whose template name starts
/// with `w` (two characters or more, or `其` of 其他: the first line of a
/// wrapped head, `法律服务机` over `构`); `None` when no head or more than
/// one starts so.
fn head_start(w: &str) -> Option<usize> {
    if w.chars().count() < 2 && w != "其" {
        return None;
    }
    let mut of = REQUEST_COLS[1..6]
        .iter()
        .enumerate()
        .filter(|(_, c)| c.label.starts_with(w));
    match (of.next(), of.next()) {
        (Some((k, _)), None) => Some(k),
        _ => None,
    }
}

/// Section 三's columns in the order printed (`printed` from
/// [`header`]): 自然人, the five as printed, 总计.
pub(crate) fn columns(printed: [usize; 5]) -> &'static [Col] {
    static ALL: OnceLock<Vec<([usize; 5], [Col; 7])>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        let mut out = Vec::with_capacity(120);
        let mut p = [0usize; 5];
        permutations(&mut p, 0, &mut |p| {
            let mut cols = REQUEST_COLS;
            for (i, &k) in p.iter().enumerate() {
                cols[i + 1] = REQUEST_COLS[k + 1];
            }
            out.push((*p, cols));
        });
        out
    });
    all.iter()
        .find(|(p, _)| *p == printed)
        .map_or(&REQUEST_COLS[..], |(_, c)| &c[..])
}

/// Calls `f` with every ordering of 0..5, filling `p` from place `at`.
fn permutations(p: &mut [usize; 5], at: usize, f: &mut impl FnMut(&[usize; 5])) {
    if at == p.len() {
        f(p);
        return;
    }
    for k in 0..p.len() {
        if !p[..at].contains(&k) {
            p[at] = k;
            permutations(p, at + 1, f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Limits;

    /// The first row (一、本年新收) of a report read whole, by the
    /// pipeline: applicant columns in the template's order.
    fn first_row(path: &str, bytes: &[u8]) -> Vec<Option<f64>> {
        let rec = crate::pipeline::process_bytes(path, bytes, &Default::default());
        REQUEST_COLS
            .iter()
            .map(|c| {
                rec.value("requests", "new_received", c.key)
                    .flatten()
                    .map(|n| n.0)
            })
            .collect()
    }

    /// 总计 first, and under 法人或其他组织 商业企业, 法律服务机构, 科研机构,
    /// 社会公益组织, 其他 (`1267 1101 130 22 3 4 7`).
    const ROUND23_04: [f64; 7] = [1101.0, 130.0, 3.0, 4.0, 22.0, 7.0, 1267.0];

    /// Aligned text whose narrow header cells wrapped: each head's first
    /// line on one line (`商业企 法律服务机 科研机 社会公益组 其`).
    #[test]
    fn heads_wrapped_on_aligned_lines() {
        let text = include_bytes!(
            "../../fixtures/external/handwritten-round23/04-2022-2021/pdftotext-fixed3.txt"
        );
        let want: Vec<Option<f64>> = ROUND23_04.map(Some).to_vec();
        assert_eq!(first_row("x/静安区/2022.txt", text), want);
    }

    /// A page of `<p>` lines, each row a label and its numbers on one
    /// line: 总计 printed first is moved to the end. (The five under
    /// 法人或其他组织, their heads each wrapped over two lines of their own,
    /// keep the template's order: lines one a cell may come in a PDF's
    /// block order, which says nothing of the columns'.)
    #[test]
    fn total_first_on_lines_of_a_label_and_its_numbers() {
        let page = include_bytes!(
            "../../fixtures/external/handwritten-round23/04-2022-2021/fitz-xhtml.html"
        );
        let row = first_row("x/静安区/2022.html", page);
        assert_eq!((row[0], row[6]), (Some(1101.0), Some(1267.0)), "{row:?}");
    }

    /// A grid that lost its label's colspan: the row's values sit left
    /// of the header's columns, blank cells after them. 总计 is the first
    /// of its last seven values, not of its last seven cells.
    #[test]
    fn total_first_in_a_row_padded_with_blank_cells() {
        let text = include_bytes!(
            "../../fixtures/external/handwritten-round23/04-2022-2021/pandoc-org.txt"
        );
        let want: Vec<Option<f64>> = ROUND23_04.map(Some).to_vec();
        assert_eq!(first_row("x/静安区/2022.txt", text), want);
    }

    /// Heads printed in the order a PDF's blocks came in (`自然 / 社会公益 /
    /// 法律服务 / 人 / 总 / 计 / 商业 / 企业 / … / 组织`): run together, two
    /// heads' parts stand apart, so no order is read from them.
    #[test]
    fn heads_in_block_order_give_no_order() {
        let text = include_bytes!(
            "../../fixtures/external/handwritten-round16/05-2023-2021/pymupdf-blocks.txt"
        );
        let row = first_row("x/某区/2023.txt", text);
        assert_eq!(row[1], Some(47.0), "{row:?}");
        assert_eq!(row[4], Some(9.0), "{row:?}");
    }

    fn order(text: &str) -> Option<[usize; 5]> {
        let doc = crate::parse::text::parse(text, &Limits::default());
        header(&crate::extract::rows::rows_of(&doc)).0
    }

    #[test]
    fn header_order_is_read_from_one_row_or_one_a_line() {
        let swapped = Some([1, 0, 3, 2, 4]);
        // One row of a grid.
        assert_eq!(
            order("\t自然人\t法人或其他组织\t总计\n\t科研机构\t商业企业\t法律服务机构\t社会公益组织\t其他\t\n"),
            swapped
        );
        // Run together before the first row.
        assert_eq!(
            order("申请人情况自然人法人或其他组织总计科研机构商业企业法律服务机构社会公益组织其他一、本年新收政府信息公开申请数量1481122138二、上年结转政府信息公开申请数量1010002\n"),
            swapped
        );
        // One cell a line.
        assert_eq!(
            order("自然人\n法人或其他组织\n总计\n科研机构\n商业企业\n法律服务机构\n社会公益组织\n其他\n一、本年新收政府信息公开申请数量\n14\n"),
            swapped
        );
    }

    #[test]
    fn a_head_beside_the_group_stands_after_its_columns() {
        // 其他 a column of its own beside 法人或其他组织, its four
        // columns on the row below: the template's order, as printed by
        // rows.
        for text in [
            "申请人情况\n自然人\n法人或其他组织\n其他\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n一、本年新收政府信息公开申请数量\n453\n",
            "申请人情况自然人法人或其他组织其他总计商业企业科研机构社会公益组织法律服务机构一、本年新收政府信息公开申请数量453\n",
        ] {
            assert_eq!(order(text), None, "{text}");
        }
        // The four swapped below it: their order, 其他 still after them.
        assert_eq!(
            order("自然人\n法人或其他组织\n其他\n总计\n科研机构\n商业企业\n法律服务机构\n社会公益组织\n一、本年新收政府信息公开申请数量\n14\n"),
            Some([1, 0, 3, 2, 4])
        );
        // Another head there is no column of its own: as printed.
        assert_eq!(
            order("自然人\n法人或其他组织\n商业企业\n总计\n科研机构\n社会公益组织\n法律服务机构\n其他\n一、本年新收政府信息公开申请数量\n14\n"),
            None
        );
    }

    #[test]
    fn headers_that_do_not_say_plainly_give_no_order() {
        for text in [
            // The template's order.
            "\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n",
            // Over two rows.
            "\t科研机构\t商业企业\n\t法律服务机构\t社会公益组织\t其他\n",
            // After the first value.
            "一、本年新收\t1\t2\n\t科研机构\t商业企业\t法律服务机构\t社会公益组织\t其他\n",
            // A name twice.
            "\t科研机构\t商业企业\t科研机构\t法律服务机构\t社会公益组织\t其他\n",
            // A sentence naming the columns with figures.
            "其中科研机构1件、商业企业2件、法律服务机构0件、社会公益组织1件、其他0件。\n",
            // Wrapped headers over lines of aligned text.
            "            商业    科研    社会公益    法律服务\n  自然人    企业    机构    组织        机构        其他    总计\n",
        ] {
            assert_eq!(order(text), None, "{text}");
        }
    }

    #[test]
    fn a_total_printed_first_is_moved_last() {
        let text = "\t总计\t自然人\t法人或其他组织\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n一、本年新收政府信息公开申请数量\t133\t118\t13\t0\t0\t1\t1\n（一）予以公开\t9\t8\n";
        let doc = crate::parse::text::parse(text, &Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        assert_eq!(total_before_natural(&rows), Some(true));
        let out = total_last(&rows, true).unwrap();
        let texts = |r: &RowView<'_>| {
            r.cells
                .iter()
                .map(|c| c.text.trim().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            texts(&out[2])[1..],
            ["118", "13", "0", "0", "1", "1", "133"]
        );
        // A row without all seven values is left as printed.
        assert_eq!(texts(&out[3])[1..], ["9", "8"]);
        // Aligned text: a wrapped label's seven values on a line of
        // their own, between its two lines, are moved as well.
        let doc = crate::parse::text::parse(
            "                     总计  自然人  法人或其他组织\n\
一、本年新收政府信息公开申请数量   436   343   53   2   4   24   10\n\
（二）部分公开（区分处理的，只计这\n\
                                   42    34    5    0   1    1    1\n\
一情形，不计其他情形）\n",
            &Limits::default(),
        );
        let rows = crate::extract::rows::rows_of(&doc);
        assert_eq!(total_before_natural(&rows), Some(true));
        let out = total_last(&rows, true).unwrap();
        let line = out.iter().find(|r| r.cells.len() == 7).map(texts);
        assert_eq!(line.unwrap(), ["34", "5", "0", "1", "1", "1", "42"]);
        // One cell a line: the header's cells, then a row's seven values.
        let doc = crate::parse::text::parse(
            "总计\n自然人\n法人或其他组织\n商业企业\n一、本年新收政府信息公开申请数量\n133\n118\n13\n0\n0\n1\n1\n二、上年结转政府信息公开申请数量\n3\n",
            &Limits::default(),
        );
        let rows = crate::extract::rows::rows_of(&doc);
        assert_eq!(total_before_natural(&rows), Some(true));
        let out: Vec<String> = total_last(&rows, true)
            .unwrap()
            .iter()
            .map(|r| texts(r).join("|"))
            .collect();
        assert_eq!(
            out[5..13].join(" "),
            "118 13 0 0 1 1 133 二、上年结转政府信息公开申请数量"
        );
        // Values in the template's order under such a header (a Word
        // table flattened a cell a line: the merged 总计 cell first): the
        // rows add up with their last value as the total, and stay.
        let doc = crate::parse::text::parse(
            "总计\n自然人\n法人或其他组织\n商业企业\n一、本年新收政府信息公开申请数量\n118\n13\n0\n0\n1\n1\n133\n二、上年结转政府信息公开申请数量\n3\n",
            &Limits::default(),
        );
        let rows = crate::extract::rows::rows_of(&doc);
        assert_eq!(total_before_natural(&rows), Some(true));
        assert!(total_last(&rows, true).is_none());
        assert!(total_last(&rows, false).is_none());
        // The template's order: 自然人 first.
        let doc = crate::parse::text::parse(
            "\t自然人\t法人或其他组织\t总计\n一、本年新收政府信息公开申请数量\t1\n",
            &Limits::default(),
        );
        assert_eq!(
            total_before_natural(&crate::extract::rows::rows_of(&doc)),
            Some(false)
        );
    }

    /// Aligned text whose header prints `小` and `计` on lines of their
    /// own: no header names 小计, the rows' sums place it.
    #[test]
    fn a_subtotal_column_found_by_its_sums() {
        let rows_of = |body: &str| {
            let text = format!("                         自然         法人或其他组织        总\n                     商业 科研  社会公 法律服 其 小\n                 人 企业 机构 益组织 务机构 他 计 计\n{body}");
            let doc = crate::parse::text::parse(&text, &Limits::default());
            let rows: Vec<RowView<'_>> = crate::extract::rows::rows_of(&doc);
            (header(&rows).1, subtotal_by_sums(&rows))
        };
        let body = "一、本年新收政府信息公开申请数量      286 47  1    2   9 3 62 348\n二、上年结转政府信息公开申请数量       12  3  0    0   1 0 4 16\n（一）予以公开                    118 22  1    1   4 1 29 147\n1.属于国家秘密                 0   0  0    0   0 0 0   0\n4.保护第三方合法权益            6   2  0    0   0 0 2   8\n";
        assert_eq!(rows_of(body), (None, Some(5)));
        // Seven values a row: no 小计 to find.
        let seven = "一、本年新收政府信息公开申请数量      286 47  1    2   9 3 348\n二、上年结转政府信息公开申请数量       12  3  0    0   1 0 16\n（一）予以公开                    118 22  1    1   4 1 147\n";
        assert_eq!(rows_of(seven), (None, None));
        // Only rows whose one filled column under 法人或其他组织 is the
        // first: 小计 could stand before the five or after them.
        let either = "一、本年新收政府信息公开申请数量      20 3  0    0   0 0 3 23\n二、上年结转政府信息公开申请数量       1  2  0    0   0 0 2 3\n（一）予以公开                    9 4  0    0   0 0 4 13\n";
        assert_eq!(rows_of(either).1, None);
    }

    #[test]
    fn a_subtotal_column_is_left_out() {
        let text = "\t自然人\t法人或其他组织\t总计\n\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计\t\n一、本年新收政府信息公开申请数量\t23\t23\t1\t0\t1\t2\t27\t50\n（一）予以公开\t9\t8\n二、上年结转政府信息公开申请数量\t\t\t2\t1\t0\t0\t0\t0\t1\t3\n8.属于行政查询事项\t\t1\t0\t0\t0\t0\t1\t1\n";
        let doc = crate::parse::text::parse(text, &Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let (order, before) = header(&rows);
        assert_eq!((order, before), (None, Some(5)));
        let out = without_subtotal(&rows, 5);
        let texts = |r: &RowView<'_>| {
            r.cells
                .iter()
                .map(|c| c.text.trim().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(texts(&out[2])[1..], ["23", "23", "1", "0", "1", "2", "50"]);
        // A row without all eight values is left as printed.
        assert_eq!(texts(&out[3])[1..], ["9", "8"]);
        // The blank cells of a merged label before the eight: the same.
        assert_eq!(texts(&out[4])[3..], ["2", "1", "0", "0", "0", "0", "3"]);
        // A blank 自然人 is one of the eight: 小计 still goes.
        assert_eq!(texts(&out[5])[1..], ["", "1", "0", "0", "0", "0", "1"]);
    }

    #[test]
    fn a_subtotal_line_is_left_out_one_cell_a_line() {
        // As a page's table parted into lines prints it (selectolax): the
        // heads a line each, 小计 after the five, a row's eight values a
        // line each, blank lines between rows.
        let text = "申请人情况

自然人
法人或其他组织
总计

商业企业
科研机构
社会公益组织
法律服务机构
其他
小计

一、本年新收政府信息公开申请数量
23
23
1
0
1
2
27
50

（一）予以公开
9
8
";
        let doc = crate::parse::text::parse(text, &Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        assert_eq!(header(&rows), (None, Some(5)));
        let out = without_subtotal(&rows, 5);
        let lines: Vec<&str> = out.iter().map(|r| r.cells[0].text.trim()).collect();
        let at = lines.iter().position(|l| l.starts_with("一、")).unwrap();
        assert_eq!(
            lines[at + 1..at + 9],
            ["23", "23", "1", "0", "1", "2", "50", "（一）予以公开"]
        );
        // The line left out is no blank cell: the 总计 line after it says so.
        assert_eq!(out[at + 7].footers_before, 1);
        // A row of fewer than eight lines is left as printed.
        assert_eq!(lines[at + 9..], ["9", "8"]);
        // A blank cell among the eight, a blank line: one of the eight;
        // 小计 still goes, the blank stays a blank.
        let blank = text.replace("23\n1\n0\n1\n2\n27", "23\n1\n\n1\n2\n27");
        let doc = crate::parse::text::parse(&blank, &Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let out = without_subtotal(&rows, 5);
        let lines: Vec<&str> = out.iter().map(|r| r.cells[0].text.trim()).collect();
        let at = lines.iter().position(|l| l.starts_with("一、")).unwrap();
        assert_eq!(lines[at + 1..at + 7], ["23", "23", "1", "1", "2", "50"]);
        // No 小计 line among the heads: none to leave out.
        let plain = text.replace("小计\n", "");
        let doc = crate::parse::text::parse(&plain, &Limits::default());
        assert_eq!(header(&crate::extract::rows::rows_of(&doc)), (None, None));
    }

    #[test]
    fn columns_follow_the_printed_order() {
        let keys: Vec<&str> = columns([1, 0, 3, 2, 4]).iter().map(|c| c.key).collect();
        assert_eq!(
            keys,
            [
                "natural_person",
                "research",
                "business",
                "legal_service",
                "nonprofit",
                "other_org",
                "total"
            ]
        );
        assert_eq!(columns([0, 1, 2, 3, 4]), &REQUEST_COLS[..]);
    }
}
