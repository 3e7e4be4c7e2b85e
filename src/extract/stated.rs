//! Section 四 written as sentences instead of its table: "被申请行政复议3件，
//! 其中结果维持2件，结果纠正0件，其他结果0件，尚未审结1件。…未经复议直接
//! 起诉1件，结果维持1件…；复议后起诉1件，…". Each figure names its cell
//! by the words before it: 行政复议, 未经复议直接起诉 and 复议后起诉 open
//! their group and give its 总计, and 维持, 纠正, 其他结果 and 尚未审结 the
//! group's other cells. Taken only when the sentences name every one of
//! the fifteen cells once, each after its group; anything less is not
//! read (the table is then missing, as it is).

use super::fit::Slot;
use super::rows::RowView;
use crate::model::{Checks, How};
use crate::parse::value::{is_digit, number, unit_of, Unit};
use aho_corasick::{AhoCorasick, Input, MatchKind};
use std::sync::OnceLock;

/// The group number of 行政诉讼 in [`WORDS`].
const LAWSUITS: usize = 3;

/// The words that name a figure's cell: its group (`Some(g)`: the group's
/// 总计, and the group the words after it fill), or a result column of
/// the group open (`None`, with the column). 行政诉讼 (group 3) names
/// the two lawsuit groups' sum, no cell: the words after it fill no group
/// until one is named.
const WORDS: [(&str, Option<usize>, usize); 9] = [
    ("复议后起诉", Some(2), 4),
    ("行政诉讼", Some(LAWSUITS), 4),
    ("直接起诉", Some(1), 4),
    ("行政复议", Some(0), 4),
    ("维持", None, 0),
    ("纠正", None, 1),
    ("其他结果", None, 2),
    ("尚未审结", None, 3),
    ("未审结", None, 3),
];

/// One automaton for [`WORDS`], leftmost-longest. Building from these
/// literals cannot fail.
#[allow(clippy::expect_used)]
fn words() -> &'static AhoCorasick {
    static A: OnceLock<AhoCorasick> = OnceLock::new();
    A.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(WORDS.iter().map(|w| w.0))
            .expect("literal patterns build")
    })
}

/// The fifteen cells of section 四 (three groups of 维持, 纠正, 其他结果,
/// 尚未审结, 总计) as its prose `rows` state them; `None` unless every
/// cell is stated once.
pub(crate) fn review_in_prose<'d>(rows: &[RowView<'d>]) -> Option<Vec<Slot<'d>>> {
    let mut cells: [Option<Slot<'d>>; 15] = [None; 15];
    let mut group: Option<usize> = None;
    for r in rows.iter().filter(|r| r.is_line) {
        let Some(c) = r.cells.first() else { continue };
        let text = c.text;
        let mut at = 0;
        while at < text.len() {
            // The next of the words, the longest where two start at once
            // (尚未审结 before 未审结): one pass over the line in all.
            let Some(hit) = words().find(Input::new(text).span(at..text.len())) else {
                break;
            };
            let Some(&(_, g, col)) = WORDS.get(hit.pattern().as_usize()) else {
                break;
            };
            let start = hit.end();
            at = start;
            // The number right after the words (up to four characters
            // between, none a digit or a clause's end), and 件.
            let Some((value, end)) = figure(&text[start..]) else {
                // 行政诉讼 with no figure, or a group named without one:
                // the words after it are not that group's.
                if g.is_some() {
                    group = None;
                }
                continue;
            };
            let value = &text[start + value.0..start + value.1];
            at = start + end;
            if g == Some(LAWSUITS) {
                group = None;
                continue;
            }
            if let Some(g) = g {
                group = Some(g);
            }
            let open = group?;
            let k = open * 5 + col;
            if cells[k].is_some() {
                return None;
            }
            cells[k] = Some(Slot {
                text: value,
                at: c.loc,
                how: How::Stated,
                relied: Checks::default(),
            });
        }
    }
    cells.into_iter().collect()
}

/// The number at the head of `t` after at most four other characters,
/// none a digit or a clause's end, followed by a count's unit (件, 起…):
/// its byte range, and where the unit ends.
fn figure(t: &str) -> Option<((usize, usize), usize)> {
    let mut start = None;
    for (n, (i, c)) in t.char_indices().enumerate() {
        if is_digit(c) {
            start = Some(i);
            break;
        }
        if n >= 4 || matches!(c, '，' | '。' | '；' | ',' | ';' | '、' | '：') {
            return None;
        }
    }
    let start = start?;
    let len = t[start..]
        .char_indices()
        .find(|&(_, c)| !is_digit(c))
        .map_or(t.len() - start, |(i, _)| i);
    let end = start + len;
    // A count's unit (件, 起, 宗…), as the values and the prose's figures
    // read one.
    let unit = t[end..].trim_start();
    let u = unit.chars().next()?;
    if unit_of(u.encode_utf8(&mut [0; 4])) != Some(Unit::Count) || number(&t[start..end]).is_none()
    {
        return None;
    }
    Some(((start, end), t.len() - unit.len() + u.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::text::parse;

    fn read(text: &str) -> Option<Vec<Option<f64>>> {
        let doc = parse(text, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        review_in_prose(&rows).map(|s| s.iter().map(Slot::value).collect())
    }

    #[test]
    fn the_fifteen_figures_in_sentences() {
        let text = "2023年，本机关因政府信息公开工作被申请行政复议3件，其中复议结果维持2件，结果纠正0件，其他结果0件，尚未审结1件。\n\
                    被提起政府信息公开行政诉讼2件。其中，未经复议直接起诉1件，结果维持1件，结果纠正0件，其他结果0件，尚未审结0件；复议后起诉1件，结果维持0件，结果纠正0件，其他结果0件，尚未审结1件。\n";
        let v = read(text).expect("read");
        let want = [2., 0., 0., 1., 3., 1., 0., 0., 0., 1., 0., 0., 0., 1., 1.];
        assert_eq!(v, want.map(Some).to_vec());
        // Any count's unit, as the prose's figures take one.
        let v = read(&text.replace("复议3件", "复议3起")).expect("read");
        assert_eq!(v, want.map(Some).to_vec());
    }

    /// A figure missing, or one named twice: nothing read.
    #[test]
    fn less_than_every_cell_is_not_read() {
        assert!(read("本年度被申请行政复议3件，结果维持2件，尚未审结1件。\n").is_none());
        assert!(read("本年度未发生行政复议、行政诉讼。\n").is_none());
        let twice = "被申请行政复议1件，结果维持1件，结果维持0件，结果纠正0件，其他结果0件，尚未审结0件。\n";
        assert!(read(twice).is_none());
        // A line of nothing but the words: looked at once (nine searches
        // to the line's end at each word took seconds).
        assert!(read(&format!("{}\n", "维持".repeat(30_000))).is_none());
        // Results after 行政诉讼 but before either lawsuit group: no group.
        let unnamed = "被申请行政复议0件，结果维持0件，结果纠正0件，其他结果0件，尚未审结0件。被提起行政诉讼1件，结果维持1件。\n";
        assert!(read(unnamed).is_none());
    }
}
