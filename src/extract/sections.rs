//! Finding the six sections by their headings.
//!
//! A heading is a short line numbered 一 … 六 whose words name that
//! section (FORMAT.md §1, with the variants seen in real reports). The
//! words are what keep the section-三 table's own row labels
//! (`一、本年新收…`, `四、结转下年度继续办理`) from passing for headings.

use super::label::{norm, Label, Numbering};
use super::{CellView, RowView};
use crate::template::{GROUP_RESULTS, REQUEST_ROWS};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Where each section starts: the row index of its heading, if found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sections {
    /// Heading row per section 一 … 六.
    pub heading: [Option<usize>; 6],
    /// Number of rows in the document.
    pub len: usize,
    /// Per section, whether its heading row holds its text too, in cells
    /// after the heading's: that row is part of the section.
    pub inline: [bool; 6],
    /// Whether headings were found by their tails only, the copy's lines
    /// having lost their first characters ([`cropped_headings`]: a page
    /// whose margin was cut): a row short of its first cells is the
    /// copy's loss, not the report's.
    pub cropped: bool,
}

/// Words that name each section; any one of them makes the heading.
const WORDS: [&[&str]; 6] = [
    &["总体情况", "概述", "基本情况", "总体", "概况", "工作情况"],
    &["主动公开"],
    &["收到和处理", "依申请", "申请情况", "申请公开", "受理"],
    &["行政复议", "行政诉讼", "复议", "诉讼"],
    &[
        "存在的主要问题",
        "存在问题",
        "主要问题",
        "问题及改进",
        "改进情况",
        "改进措施",
    ],
    &[
        "其他需要报告",
        "其他报告",
        "其他事项",
        "其他需要",
        "需要说明",
        "其他",
    ],
];

/// Whether a normalised line is one of the section-三 table's level-1 row
/// labels, as `template.rs` writes them (a wrapped tail may be missing).
fn table_row_label(n: &str) -> bool {
    static CORES: OnceLock<Vec<String>> = OnceLock::new();
    let cores = CORES.get_or_init(|| {
        REQUEST_ROWS
            .iter()
            .map(|r| r.label)
            .chain([GROUP_RESULTS])
            .filter(|l| matches!(Label::new(l).numbering, Some(Numbering::Level1(_))))
            .map(|l| Label::new(l).core)
            .collect()
    });
    let core = Label::new(n).core;
    core.chars().count() >= 4
        && cores
            .iter()
            .any(|c| c.starts_with(&core) || core.starts_with(c.as_str()))
}

/// A line's text without the markup a heading may start with: Markdown's
/// and AsciiDoc's or MediaWiki's marks (`## `, `**`, `__` as mammoth
/// writes bold, `== `), a CSV cell's quotes around it (`"一、总体情况"`),
/// Textile's (`h2(#id). `) and Confluence's `h2. ` and Confluence's
/// `{anchor:…}`, LaTeX's `\section{`, BBCode's `[b]`, reStructuredText's
/// directive (`.. rubric:: `), and ornaments ([`is_ornament`]).
fn heading_text(text: &str) -> &str {
    // A CSV's quoted cell, its quotes closing it on the same line.
    let trimmed = text.trim();
    let mut t = match trimmed.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) if !inner.contains('"') => inner,
        _ => text,
    };
    loop {
        let trimmed = t.trim_start_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, '#' | '*' | '_' | '>' | '=' | '\'' | '\u{3000}')
                || is_ornament(c)
        });
        let b = trimmed.as_bytes();
        let next = if let Some(k) = textile_heading(trimmed) {
            &trimmed[k..]
        } else if b.first() == Some(&b'\\') {
            // `\section{…}`, `\subsection*{…}`: the text inside.
            match trimmed.find('{') {
                Some(k)
                    if k < 16
                        && trimmed[1..k]
                            .bytes()
                            .all(|c| c.is_ascii_alphabetic() || c == b'*') =>
                {
                    &trimmed[k + 1..]
                }
                _ => trimmed,
            }
        } else if trimmed.starts_with(".. ") {
            // reStructuredText's directive (`.. rubric:: 一、总体情况`,
            // pandoc's heading inside a container): the text after it.
            // Only those whose argument is a title.
            ["rubric::", "topic::", "title::", "sidebar::"]
                .iter()
                .find_map(|d| trimmed[3..].strip_prefix(d))
                .unwrap_or(trimmed)
        } else if let Some(rest) = trimmed
            .strip_prefix("{*}")
            .or_else(|| trimmed.strip_prefix("{_}"))
        {
            // Jira's bold and emphasis run into the text (`{*}一、总体情况{*}`).
            rest
        } else if trimmed.starts_with("{anchor:") {
            // Confluence's and Jira's anchor macro before a heading's
            // text (`h2. {anchor:一总体情况}一、总体情况`, pandoc's Jira).
            match trimmed.find('}') {
                Some(k) if k < 200 => &trimmed[k + 1..],
                _ => trimmed,
            }
        } else if b.first() == Some(&b'[') {
            // `[b]`, `[size=4]`, `[h2]`: a tag of ASCII.
            match trimmed.find(']') {
                Some(k) if k < 16 && trimmed[1..k].bytes().all(|c| c.is_ascii_graphic()) => {
                    &trimmed[k + 1..]
                }
                _ => trimmed,
            }
        } else {
            trimmed
        };
        if next.len() == t.len() {
            return trim_closing(next);
        }
        t = next;
    }
}

/// Where the text after Textile's heading mark starts (`h2. `, with its
/// attributes: `h2(#一总体情况). `, `h3{color:red}. `, `h2[zh]. `).
fn textile_heading(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    if b.len() < 4 || b[0] != b'h' || !b[1].is_ascii_digit() {
        return None;
    }
    let mut k = 2;
    while let Some(&open) = b.get(k) {
        let close = match open {
            b'(' => b')',
            b'{' => b'}',
            b'[' => b']',
            b'.' => return Some(k + 1),
            _ => return None,
        };
        // An attribute's text: up to its closing mark, on the line.
        let len = t[k..].find(close as char).filter(|&n| n < 200)?;
        k += len + 1;
    }
    None
}

/// A heading's text without the marks that close it: bold or emphasis
/// (`*一、总体情况*`, Jira's `{*}…{*}`, MediaWiki's `'''…'''`), `==` and
/// `##` after it.
fn trim_closing(text: &str) -> &str {
    let mut t = text;
    loop {
        let next = t
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '*' | '_' | '=' | '#' | '\'')
            })
            .trim_end_matches("{*}")
            .trim_end_matches("{_}");
        if next.len() == t.len() {
            return next;
        }
        t = next;
    }
}

/// Whether a character only decorates a heading: a pictograph or symbol
/// (`## ⚖️ 四、…`, `■ 三、…`, `▶ 二、…`), an emoji's variation selector or
/// joiner.
fn is_ornament(c: char) -> bool {
    matches!(u32::from(c),
        0x2190..=0x2BFF // arrows, technical and miscellaneous symbols, dingbats, shapes
        | 0x1F000..=0x1FAFF // pictographs and emoji
        | 0xFE0E | 0xFE0F | 0x200D)
}

/// Which section a line heads, if it is a heading.
pub fn heading_of(text: &str) -> Option<usize> {
    numbered_heading(text).and_then(|(k, n)| (n == Numbered::Right).then_some(k))
}

/// How a heading is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numbered {
    /// With its own section's number.
    Right,
    /// With another's (`三、政府信息公开行政复议、行政诉讼情况` after a
    /// first 三), its section named by its own words.
    Wrong,
    /// Its number lost, its mark left (`、总体情况`: OCR drops 一, a
    /// single stroke), its section named by its own words.
    Lost,
}

/// [`heading_of`], and also a heading numbered wrong or whose number was
/// lost, which a section's own words name. Only [`find_sections`] takes
/// those, in their place in the order.
fn numbered_heading(text: &str) -> Option<(usize, Numbered)> {
    // Cheap test first: most lines are not headings.
    let lead = heading_text(text);
    if !lead.starts_with(['一', '二', '三', '四', '五', '六', '、', '\u{fffd}']) || lead.len() > 200
    {
        return None;
    }
    let n = norm(lead);
    // A number whose bytes a decoder lost (`�、其他需要报告的事项`, the
    // replacement character in its place): the number lost.
    let n = match n.strip_prefix('\u{fffd}') {
        Some(rest) if rest.starts_with('、') => rest.to_string(),
        _ => n,
    };
    if n.chars().count() > 50 {
        return None;
    }
    // The number lost (OCR drops 一, a single stroke: `、    总体情况`):
    // a heading only by its section's own words, taken in its place in
    // the order as a heading numbered wrong is.
    if let Some(rest) = n.strip_prefix('、') {
        // Not a sentence wrapped after its mark (`、存在的主要问题逐项
        // 整改，接受社会监督。`).
        if rest.chars().count() > 30
            || table_row_label(rest)
            || rest.contains(['，', '。', '；', ',', ';'])
        {
            return None;
        }
        return OWN_WORDS
            .iter()
            .position(|words| words.iter().all(|w| rest.contains(w)))
            .map(|k| (k, Numbered::Lost));
    }
    let mut chars = n.chars();
    let first = chars.next()?;
    let num = "一二三四五六".chars().position(|d| d == first)?;
    let sep = chars.next()?;
    if !matches!(sep, '、' | '.' | ',' | ':') {
        return None;
    }
    let rest = chars.as_str();
    // The section-三 table's own level-1 row labels (一、本年新收…,
    // 三、本年度办理结果, 四、结转下年度…) are never headings.
    if table_row_label(&n) {
        return None;
    }
    if WORDS[num].iter().any(|w| rest.contains(w)) {
        return Some((num, Numbered::Right));
    }
    OWN_WORDS
        .iter()
        .position(|words| words.iter().all(|w| rest.contains(w)))
        .map(|k| (k, Numbered::Wrong))
}

/// The words only each section's heading holds, all of them, for a
/// heading numbered wrong.
const OWN_WORDS: [&[&str]; 6] = [
    &["总体情况"],
    &["主动公开政府信息"],
    &["收到和处理政府信息公开申请"],
    &["行政复议", "行政诉讼"],
    &["存在的主要问题"],
    &["其他需要报告"],
];

/// Whether a heading's text holds every word of section `k`'s own
/// ([`OWN_WORDS`]).
pub(super) fn names_own_section(text: &str, k: usize) -> bool {
    let n = norm(text);
    OWN_WORDS
        .get(k)
        .is_some_and(|words| words.iter().all(|w| n.contains(w)))
}

/// Which section a row of several cells heads, when its first cell is a
/// heading with its section's text beside it in the cells after it
/// (html2text's text of a page whose heading and table share a block:
/// `四、政府信息公开行政复议、行政诉讼情况  行政复议行政诉讼 …
/// 100011000100000`): numbered right, naming its own section in full,
/// and with more beside it than a contents line's page number
/// (`一、总体情况<TAB>1`): eight characters or more, words among them.
fn inline_heading<'t>(first: &str, beside: impl Iterator<Item = &'t str>) -> Option<usize> {
    // Most rows of several cells are a table's: cheap tests first, its
    // number, then the words a heading must hold.
    let lead = heading_text(first);
    if !lead.starts_with(['一', '二', '三', '四', '五', '六'])
        || !OWN_WORDS.iter().any(|w| lead.contains(w[0]))
    {
        return None;
    }
    let k = match numbered_heading(first)? {
        (k, Numbered::Right) if names_own_section(first, k) => k,
        _ => return None,
    };
    let (mut chars, mut words) = (0usize, false);
    for t in beside {
        chars += t.chars().count();
        words |= t.chars().any(char::is_alphabetic);
    }
    (chars >= 8 && words).then_some(k)
}

/// A heading whose number stands on row `i` alone and its words on the
/// next (`六、` / `其他需要报告的事项`: spans of a Word page read one a
/// line): as [`numbered_heading`] reads the two together. Also one whose
/// words wrapped onto the next row in a narrow cell (`五、存` / `在的主要
/// 问题及改进情况`), when only the two together name the section, its
/// own words in full ([`OWN_WORDS`]).
fn split_heading(rows: &[RowView<'_>], i: usize) -> Option<(usize, Numbered)> {
    let first = lone_text(rows.get(i)?)?;
    // The number and its mark alone (`六、`, or the mark where the number
    // was lost); the two lines together are then read as one heading.
    let bare = bare_number(first);
    if !bare && !wrapped_heading_start(first) {
        return None;
    }
    let rest = lone_text(rows.get(i + 1)?)?;
    let joined = format!("{first}{rest}");
    let found = numbered_heading(&joined)?;
    (bare || found.1 == Numbered::Right && names_own_section(&joined, found.0)).then_some(found)
}

/// A row's own cells with text, in order (cells spanned from above and
/// empty ones aside).
fn own_cells<'a, 'd>(r: &'a RowView<'d>) -> impl Iterator<Item = &'a CellView<'d>> {
    // A cell of emphasis marks alone (`*` of `*　　一、总体情况*`, the
    // ideographic spaces after it taken for a gap between cells) holds
    // no text.
    r.cells.iter().filter(|c| {
        let t = c.text.trim();
        !c.from_above && !t.is_empty() && !t.chars().all(|ch| matches!(ch, '*' | '_' | '#'))
    })
}

/// The text of a row's one cell, when it has one cell with text and no
/// other ([`own_cells`]).
fn lone_text<'d>(r: &RowView<'d>) -> Option<&'d str> {
    let mut own = own_cells(r);
    let only = own.next()?;
    own.next().is_none().then(|| only.text.trim())
}

/// Whether a line may be a heading's start cut where its words wrapped:
/// short, numbered 一 … 六 with its mark, and no heading as it stands.
fn wrapped_heading_start(t: &str) -> bool {
    // Cheap test first: most lines do not start with a section's number.
    if !t.starts_with(['一', '二', '三', '四', '五', '六']) {
        return false;
    }
    // Its number and mark, as [`bare_number`] takes them (`五、`, `五，`).
    let end = t.char_indices().nth(2).map_or(t.len(), |(i, _)| i);
    bare_number(&t[..end]) && t.chars().count() <= 16 && numbered_heading(t).is_none()
}

/// A heading's number and mark apart from its words on its line, or its
/// mark alone where the number was lost (`一、    总体情况`,
/// `、    总体情况`, read as two cells): the line as one text
/// (`一、总体情况`, `、总体情况`); `None` for any other row.
fn spaced_heading(r: &RowView<'_>) -> Option<String> {
    let mut own = own_cells(r);
    let number = own.next()?.text.trim();
    if !bare_number(number) {
        return None;
    }
    let words = own.next()?.text.trim();
    own.next().is_none().then(|| format!("{number}{words}"))
}

/// Whether a cell is a heading's number and mark alone (`六、`), or its
/// mark alone, the number lost (OCR drops 一, a single stroke).
fn bare_number(t: &str) -> bool {
    let mut c = t.chars();
    match (c.next(), c.next(), c.next()) {
        (Some('、'), None, _) => true,
        // The marks a heading's number may take ([`numbered_heading`]
        // reads them after `norm`: `．` as `.`).
        (Some(n), Some('、' | '.' | ',' | ':' | '．' | '，' | '：'), None) => {
            "一二三四五六".contains(n)
        }
        _ => false,
    }
}

/// Finds the section headings among `rows`, in order.
pub(crate) fn find_sections(rows: &[RowView<'_>]) -> Sections {
    let mut s = Sections {
        len: rows.len(),
        ..Sections::default()
    };
    let mut last = 0usize;
    for (i, r) in rows.iter().enumerate() {
        // The row's first cell of its own, and the others after it (no
        // Vec of them made for every row).
        let mut own = own_cells(r);
        let Some(only) = own.next() else {
            continue;
        };
        let mut rest = own.map(|c| c.text.trim()).peekable();
        let joined = bare_number(only.text.trim())
            .then(|| spaced_heading(r))
            .flatten();
        if joined.is_some() {
            rest.next();
        }
        let text = joined.as_deref().unwrap_or(only.text);
        let inline = joined.is_none() && rest.peek().is_some();
        let found = if inline {
            inline_heading(only.text, rest).map(|k| (k, Numbered::Right, 1))
        } else {
            numbered_heading(text)
                .map(|(k, n)| (k, n, 1))
                .or_else(|| split_heading(rows, i).map(|(k, n)| (k, n, 2)))
        };
        // A cell of several lines (`<br>` in a page's one big table) whose
        // first line heads section 三 or 四, the table's corner text (its
        // notes, `（本列数据的勾稽关系…）`) on the lines after it: the
        // heading of the table that row begins. (Prose sections' headings
        // are not looked for among a cell's lines: a page of text in one
        // cell holds them in any order.)
        let (found, inline) = match found {
            None if only.text.trim().contains('\n') => (
                only.text
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .and_then(numbered_heading)
                    .filter(|&(k, _)| k == 2 || k == 3)
                    .map(|(k, n)| (k, n, 1)),
                true,
            ),
            found => (found, inline),
        };
        let Some((k, numbered, lines)) = found else {
            continue;
        };
        let renumbered = numbered != Numbered::Right;
        // A heading before one found already: only one that names its
        // own section in full (a report that put 四 before 三), never a
        // list item that reuses a number.
        let out_of_order = k < last && s.heading[last].is_some();
        if out_of_order && (renumbered || !names_own_section(text, k)) || s.heading[k].is_some() {
            continue;
        }
        // A heading numbered wrong only after an earlier section's and
        // before any later one's: not an item of a list elsewhere.
        // One whose number was lost may be the first.
        let lost = numbered == Numbered::Lost;
        if renumbered
            && !((lost || s.heading[..k].iter().any(Option::is_some))
                && s.heading[k..].iter().all(Option::is_none))
        {
            continue;
        }
        // A table of contents lists the next heading right below: skip it
        // (not one with its section's text beside it).
        let below = i + lines;
        let next_is_heading = !inline
            && rows
                .get(below)
                .and_then(|n| {
                    let first = n.cells.first()?;
                    heading_of(first.text)
                        .or_else(|| spaced_heading(n).and_then(|t| heading_of(&t)))
                        .or_else(|| split_heading(rows, below).map(|h| h.0))
                })
                .is_some_and(|n| n == k + 1);
        if next_is_heading {
            continue;
        }
        s.heading[k] = Some(i);
        s.inline[k] = inline;
        last = k;
    }
    // Headings numbered （一）…（六） instead of 一、…六、: looked for only
    // when few headings of the usual style were found, and only by each
    // heading's own words (a bare 其他 or 复议 also names a table's rows).
    if s.heading.iter().flatten().count() < 3 {
        for (i, r) in rows.iter().enumerate() {
            let [only] = r.cells.as_slice() else { continue };
            let Some(k) = bracketed_heading_of(only.text) else {
                continue;
            };
            let before_ok = s.heading[..k].iter().flatten().all(|&h| h < i);
            let after_ok = s.heading[k + 1..].iter().flatten().all(|&h| h > i);
            if s.heading[k].is_none() && before_ok && after_ok {
                s.heading[k] = Some(i);
            }
        }
    }
    if s.heading.iter().flatten().count() < 3 {
        cropped_headings(rows, &mut s);
    }
    s
}

/// The tail of section `k`'s heading a line holds, if it holds one alone:
/// its words' last characters (`公开政府信息情况` of
/// `二、主动公开政府信息情况`), `n` of them or more, no number before.
fn heading_tail(text: &str, k: usize, n: usize) -> bool {
    static WHOLE: OnceLock<[String; 6]> = OnceLock::new();
    let whole = WHOLE.get_or_init(|| crate::template::SECTIONS.map(|(_, h)| norm(h)));
    let t = heading_text(text);
    if t.is_empty() || t.len() > 120 {
        return false;
    }
    let t = norm(t);
    !t.starts_with(['一', '二', '三', '四', '五', '六'])
        && t.chars().count() >= n
        && whole[k].ends_with(&t)
}

/// Headings whose first characters a page's cropped margin took
/// (LibreOffice's PDF of a page wider than the paper: `公开政府信息情况`,
/// `和处理政府信息公开申请情况`, `需要报告的事项`): looked for only where
/// few whole headings were found. Three or more tails of five characters
/// or more, each a line of its own and in the template's order, say the
/// copy lost its lines' heads; then a section still missing takes the
/// first shorter tail (`情况`, `事项`) alone on its line between its
/// neighbours' headings.
fn cropped_headings(rows: &[RowView<'_>], s: &mut Sections) {
    let lone: Vec<(usize, &str)> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| lone_text(r).map(|t| (i, t)))
        .filter(|(_, t)| !t.chars().any(|c| c.is_ascii_digit()))
        .collect();
    // Each missing section's first tail of `n` characters or more between
    // the headings found before and after it, taken in order.
    let take = |found: &mut [Option<usize>; 6], n: usize| {
        let mut tails = 0;
        for k in 0..6 {
            if found[k].is_some() {
                continue;
            }
            let after = found[..k].iter().flatten().max().map_or(0, |h| h + 1);
            let before = found[k + 1..].iter().flatten().min().copied();
            let hit = lone
                .iter()
                .filter(|&&(i, _)| i >= after && before.is_none_or(|b| i < b))
                .find(|(_, t)| heading_tail(t, k, n));
            if let Some(&(i, _)) = hit {
                found[k] = Some(i);
                tails += 1;
            }
        }
        tails
    };
    let mut found = s.heading;
    if take(&mut found, 5) < 3 {
        return;
    }
    take(&mut found, 2);
    s.heading = found;
    s.cropped = true;
}

/// Which section a line heads when headings are numbered （一）…（六）:
/// the label's level-2 number, then that section's own words in its core
/// (`（一）总体情况`, `（六）其他需要报告的事项`), the whole a short line.
fn bracketed_heading_of(text: &str) -> Option<usize> {
    const OWN: [&[&str]; 6] = [
        &["总体情况", "概述"],
        &["主动公开政府信息"],
        &["收到和处理政府信息公开申请", "依申请公开政府信息"],
        &["行政复议行政诉讼", "行政复议和行政诉讼"],
        &["存在的主要问题", "问题及改进"],
        &["其他需要报告"],
    ];
    if text.trim().chars().count() > 40 {
        return None;
    }
    let l = Label::new(text);
    let Some(Numbering::Level2(k @ 1..=6)) = l.numbering else {
        return None;
    };
    let num = usize::from(k) - 1;
    OWN[num].iter().any(|w| l.core.contains(w)).then_some(num)
}

impl Sections {
    /// The rows of section `k` (0-based): from its heading to the next
    /// heading found. `None` when the heading was not found.
    pub fn span(&self, k: usize) -> Option<std::ops::Range<usize>> {
        let start = self.heading.get(k).copied().flatten()?;
        let end = self
            .heading
            .iter()
            .flatten()
            .copied()
            .filter(|&h| h > start)
            .min()
            .unwrap_or(self.len);
        let first = if self.inline.get(k).copied().unwrap_or(false) {
            start
        } else {
            start + 1
        };
        Some(first..end)
    }

    /// The prose lines of 一、总体情况; without that heading, the lines
    /// before the first other heading or table.
    pub(crate) fn overview<'d>(&self, rows: &[RowView<'d>]) -> Vec<Cow<'d, str>> {
        let range = self.span(0).unwrap_or_else(|| {
            let end = rows.iter().position(|r| !r.is_line).unwrap_or(rows.len());
            let end = self
                .heading
                .iter()
                .flatten()
                .copied()
                .chain([end])
                .min()
                .unwrap_or(end);
            0..end
        });
        rows[range].iter().filter_map(prose_of).collect()
    }
}

/// A row as a line of prose: a line's text, or a row's filled cells
/// joined by `,` (a sentence a CSV export cut at its commas), a cell that
/// starts with a count joined as it is.
pub(crate) fn prose_of<'d>(r: &RowView<'d>) -> Option<Cow<'d, str>> {
    if r.is_line {
        return r.cells.first().map(|c| Cow::Borrowed(c.text));
    }
    let filled: Vec<&'d str> = r
        .cells
        .iter()
        .map(|c| c.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    match filled.as_slice() {
        [] => None,
        [one] => Some(Cow::Borrowed(one)),
        [first, rest @ ..] => {
            let mut out = String::from(*first);
            for t in rest {
                // A count justified apart from its sentence (PDF text laid
                // out: `全年共收到政府信息公开申请      43 件，上年结转`) is no
                // cell of its own.
                if !starts_with_count(t) {
                    out.push(',');
                }
                out.push_str(t);
            }
            Some(Cow::Owned(out))
        }
    }
}

/// Whether a cell's text starts with a count and its measure word (`43
/// 件，上年结转`, `152  条`).
fn starts_with_count(t: &str) -> bool {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < t.len()
        && rest
            .trim_start()
            .starts_with(crate::parse::value::COUNT_UNITS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A heading whose number's bytes a decoder lost (`�、其他需要报告的
    /// 事项`): its number lost, named by its words; other lost characters
    /// leave the heading's words enough (`五、�在的主要问题及改进情况`).
    #[test]
    fn headings_with_lost_characters() {
        assert_eq!(
            numbered_heading("\u{fffd}、其他需要报告的事项"),
            Some((5, Numbered::Lost))
        );
        assert_eq!(heading_of("五、\u{fffd}在的主要问题及改进情况"), Some(4));
        assert_eq!(numbered_heading("\u{fffd}、2020年全区共收到申请，"), None);
    }

    /// A page whose left margin was cut (LibreOffice's PDF of a page wider
    /// than the paper): the headings' first characters lost, each found
    /// by its tail in its place, `情况` for 一 only where three longer
    /// tails say the lines lost their heads, and `事项` for 六 only after
    /// 五's (a wrapped `8.属于行政查询` / `事项` of section 三's table
    /// before it is not 六). Two tails alone are no cropped copy.
    #[test]
    fn headings_whose_heads_a_margin_cut() {
        let text = "息公开工作年度报告\n情况\n全年收到申请24件。\n公开政府信息情况\n规章 0 0 0\n\
                    和处理政府信息公开申请情况\n8.属于行政查询\n事项\n\
                    信息公开行政复议、行政诉讼情况\n0 1 0 0 1\n的主要问题及改进情况\n无。\n\
                    需要报告的事项\n无。\n";
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let line = |l: u32| rows.iter().position(|r| r.loc.line == l);
        let s = find_sections(&rows);
        let want = [2, 4, 6, 9, 11, 13].map(line);
        assert_eq!(s.heading, want);
        // Without three long tails, nothing is taken.
        let two = "息公开工作年度报告\n情况\n全年收到申请24件。\n公开政府信息情况\n\
                   和处理政府信息公开申请情况\n无。\n";
        let doc = crate::parse::text::parse(two, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        assert_eq!(find_sections(&rows).heading, [None; 6]);
    }

    /// A CSV's quoted cell holding a heading (Calc's export of a page,
    /// one cell a line): the heading inside the quotes; not a cell whose
    /// quotes close on a later line, nor a Textile link's text. Textile's
    /// heading with its attributes (pandoc's `h2(#id). `).
    #[test]
    fn headings_in_quotes_and_after_textiles_attributes() {
        assert_eq!(heading_of("\"一、总体情况\""), Some(0));
        assert_eq!(heading_of("\"六、其他需要报告的事项\""), Some(5));
        assert_eq!(heading_of("\"三、收到和处理政府信息公开申请情况"), None);
        assert_eq!(heading_of("* \"一、总体情况\":#一总体情况"), None);
        assert_eq!(heading_of("h2(#一总体情况). 一、总体情况"), Some(0));
        assert_eq!(
            heading_of("h3{color:red}[zh]. 四、政府信息公开行政复议、行政诉讼情况"),
            Some(3)
        );
        assert_eq!(heading_of("h2(#一总体情况 一、总体情况"), None);
    }

    /// PDF text laid out justified, a count set apart from its sentence
    /// by a run of spaces (pdfplumber's layout, pdftohtml's boxes): the
    /// count stays in its sentence; cells a CSV export cut at commas are
    /// joined by a comma.
    #[test]
    fn a_count_set_apart_from_its_sentence() {
        let text = "标题\n    二是依法办理申请。全年共收到政府信息公开申请        43 件，上年结转     \n    全年收到申请5件        办结4件\n";
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let prose: Vec<String> = rows
            .iter()
            .filter_map(prose_of)
            .map(|p| p.into_owned())
            .collect();
        assert!(
            prose.contains(
                &"二是依法办理申请。全年共收到政府信息公开申请43件，上年结转".to_string()
            ),
            "{prose:?}"
        );
        assert!(
            prose.contains(&"全年收到申请5件,办结4件".to_string()),
            "{prose:?}"
        );
    }

    /// A bold heading whose mark the ideographic spaces after it part
    /// from its words (`*　　一、总体情况*`, pandoc's Jira and AsciiDoc of a
    /// page that indents its headings): the mark is no cell of its own.
    #[test]
    fn a_heading_after_a_lone_emphasis_mark() {
        let text = "标题2019年政府信息公开工作年度报告\n\n*　　一、总体情况*\n\n　　全年共收到申请24件。\n";
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        assert_eq!(rows[1].cells.len(), 2, "the mark and the words apart");
        assert_eq!(find_sections(&rows).heading[0], Some(1));
    }

    /// A page in one table (pandoc's RTF read back by unrtf): section 三's
    /// heading is the first line of the table's corner cell, its notes on
    /// the lines after; that row heads section 三.
    #[test]
    fn a_table_heading_atop_a_cell_of_lines() {
        let page = "<html><body><table>\
            <tr><td>二、主动公开政府信息情况</td><td></td></tr>\
            <tr><td>规章</td><td>0</td></tr>\
            <tr><td><br>三、收到和处理政府信息公开申请情况<br>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<br></td><td>申请人情况</td></tr>\
            <tr><td>一、本年新收政府信息公开申请数量</td><td>3</td></tr>\
            </table></body></html>";
        let doc = crate::parse::html::parse(page, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        let at = rows
            .iter()
            .position(|r| r.cells.iter().any(|c| c.text.contains("三、收到")))
            .expect("the corner cell's row");
        let secs = find_sections(&rows);
        assert_eq!(secs.heading[2], Some(at));
    }

    #[test]
    fn headings_in_markup_are_headings() {
        for line in [
            "## ⚖️ 四、政府信息公开行政复议、行政诉讼情况",
            "■ 四、政府信息公开行政复议、行政诉讼情况",
            "h2. 四、政府信息公开行政复议、行政诉讼情况",
            "h2. {anchor:四政府信息公开行政复议行政诉讼情况}四、政府信息公开行政复议、行政诉讼情况",
            "*　　四、政府信息公开行政复议、行政诉讼情况*",
            "　　*　　四、政府信息公开行政复议、行政诉讼情况*",
            "　　{*}四、政府信息公开行政复议、行政诉讼情况{*}",
            "== 四、政府信息公开行政复议、行政诉讼情况 ==",
            "\\section{四、政府信息公开行政复议、行政诉讼情况}\\label{s4}",
            "\\subsection*{四、政府信息公开行政复议、行政诉讼情况}",
            "[b]四、政府信息公开行政复议、行政诉讼情况[/b]",
            "[size=4][b]四、政府信息公开行政复议、行政诉讼情况[/b][/size]",
            // mammoth's Markdown of a bold paragraph.
            "__四、政府信息公开行政复议、行政诉讼情况__",
            // MediaWiki's bold (pandoc).
            "'''四、政府信息公开行政复议、行政诉讼情况'''",
        ] {
            assert_eq!(heading_of(line), Some(3), "{line}");
        }
        // A row label in brackets or after other text is no heading.
        assert_eq!(heading_of("[注]四、政府信息公开行政复议情况见附表"), None);
    }

    #[test]
    fn headings_and_row_labels() {
        assert_eq!(heading_of("一、总体情况"), Some(0));
        // pandoc's reStructuredText: a heading inside a container.
        assert_eq!(
            heading_of("      .. rubric:: 五、存在的主要问题及改进情况"),
            Some(4)
        );
        assert_eq!(heading_of(".. image:: 一、总体情况.png"), None);
        assert_eq!(heading_of("二、主动公开政府信息情况"), Some(1));
        assert_eq!(heading_of("三、收到和处理政府信息公开申请情况"), Some(2));
        assert_eq!(
            heading_of("四、因政府信息公开工作被申请行政复议提起行政诉讼情况"),
            Some(3)
        );
        assert_eq!(
            heading_of("五、政府信息公开工作存在的主要问题及改进情况"),
            Some(4)
        );
        assert_eq!(heading_of("六、其他需要报告的事项"), Some(5));
        assert_eq!(heading_of("(六)其他需要报告的事项"), None);
        assert_eq!(bracketed_heading_of("（六）其他需要报告的事项"), Some(5));
        assert_eq!(bracketed_heading_of("（一）总体情况"), Some(0));
        assert_eq!(bracketed_heading_of("（六）其他处理"), None);
        assert_eq!(bracketed_heading_of("（一）行政复议"), None);
        assert_eq!(bracketed_heading_of("（一）主动公开"), None);
        assert_eq!(
            bracketed_heading_of("（四）政府信息公开行政复议、行政诉讼情况"),
            Some(3)
        );
        assert_eq!(bracketed_heading_of("（二）主动公开政府信息情况"), Some(1));
        assert_eq!(heading_of("一、本年新收政府信息公开申请数量"), None);
        assert_eq!(heading_of("二、上年结转政府信息公开申请数量"), None);
        assert_eq!(heading_of("三、本年度办理结果"), None);
        assert_eq!(heading_of("四、结转下年度继续办理"), None);
        assert_eq!(
            heading_of("四、政府信息公开行政复議、行政訴訟情況"),
            Some(3)
        );
        // Numbered wrong: the section's own words name it, for
        // find_sections to take in its place only.
        assert_eq!(heading_of("三、政府信息公开行政复议、行政诉讼情况"), None);
        assert_eq!(
            numbered_heading("三、政府信息公开行政复议、行政诉讼情况"),
            Some((3, Numbered::Wrong))
        );
        assert_eq!(
            numbered_heading("四、存在的主要问题及改进情况"),
            Some((4, Numbered::Wrong))
        );
        assert_eq!(
            numbered_heading("五、其他需要报告的事项"),
            Some((5, Numbered::Wrong))
        );
        assert_eq!(numbered_heading("五、行政复议情况"), None);
    }

    /// A CSV export (Excel, WPS) cuts section 一's sentences at their ASCII
    /// commas into cells: the overview joins them back, so that the prose's
    /// figures are read.
    /// Section 四 printed before 三: both found, each over its own rows;
    /// a list item under 五 that reuses 三's number is no heading.
    #[test]
    fn sections_out_of_order() {
        let text = "一、总体情况\n全年收到申请3件。\n二、主动公开政府信息情况\n\
                    四、政府信息公开行政复议、行政诉讼情况\n行政复议\n\
                    三、收到和处理政府信息公开申请情况\n申请人情况\n\
                    五、存在的主要问题及改进情况\n三、加强培训。\n六、其他需要报告的事项\n无。\n";
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        let secs = find_sections(&rows);
        let line = |k: usize| secs.heading[k].map(|i| rows[i].loc.line);
        assert_eq!(line(3), Some(4));
        assert_eq!(line(2), Some(6));
        assert_eq!(secs.span(3), Some(4..5));
        assert_eq!(line(4), Some(8));
    }

    /// A heading's number spaced off its words, or lost (OCR drops 一),
    /// its mark left: the heading, in its place in the order.
    #[test]
    fn a_heading_whose_number_stands_apart_or_was_lost() {
        // OCR of a printed page: the number spaced off its words, or
        // dropped (一 is a single stroke), its mark left.
        let lines = |text: &str| {
            let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
            let rows = super::super::rows::rows_of(&doc);
            let secs = find_sections(&rows);
            (0..6)
                .map(|k| secs.heading[k].map(|i| rows[i].loc.line))
                .collect::<Vec<_>>()
        };
        let text = "某局2023年政府信息公开工作年度报告\n、    总体情况\n全年收到申请3件。\n\
                    二、主动公开政府信息情况\n无。\n三、    收到和处理政府信息公开申请情况\n无。\n";
        assert_eq!(
            lines(text),
            vec![Some(2), Some(4), Some(6), None, None, None]
        );
        // A lost number only in its place in the order: not after a
        // later section's heading, not a row label of section 三's table.
        let late = "二、主动公开政府信息情况\n无。\n、    总体情况\n\
                    三、收到和处理政府信息公开申请情况\n、    本年新收政府信息公开申请数量\n";
        assert_eq!(lines(late), vec![None, Some(1), Some(4), None, None, None]);
        // The number kept: any of its section's words make the heading.
        let words = "一、总体情况\n全年收到申请3件。\n五、    存在问题及改进措施\n无。\n";
        assert_eq!(lines(words)[4], Some(3));
        // A contents list of such headings is no heading.
        let toc = "目录\n一、    总体情况\n二、    主动公开政府信息情况\n\
                   三、    收到和处理政府信息公开申请情况\n\
                   一、总体情况\n全年收到申请3件。\n二、主动公开政府信息情况\n无。\n";
        assert_eq!(lines(toc)[..2], [Some(5), Some(7)]);
        // The mark alone on its line, the words on the next (a Word
        // page's spans one a line, the number lost).
        let split = "某局2023年政府信息公开工作年度报告\n、\n总体情况\n全年收到申请3件。\n";
        assert_eq!(lines(split)[0], Some(2));
        // A sentence wrapped after its mark is none.
        let prose =
            "一、总体情况\n将对照检查发现的问题和\n、存在的主要问题逐项整改，接受社会监督。\n";
        assert_eq!(lines(prose)[4], None);
    }

    /// A heading's number on a line of its own and its words on the next
    /// (`六、` / `其他需要报告的事项`: a Word page's spans read one a
    /// line): the heading, at the number's line. A bare number before
    /// other text is none.
    #[test]
    fn a_heading_split_after_its_number() {
        let text = "五、存在的主要问题及改进情况\n无。\n六、\n其他需要报告的事项\n无。\n";
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        let secs = find_sections(&rows);
        assert_eq!(secs.heading[5].map(|i| rows[i].loc.line), Some(3));
        // A table of contents of such headings, then the headings: a
        // contents line followed by the next heading's is no heading.
        let toc = "目录\n五、\n存在的主要问题及改进情况\n六、\n其他需要报告的事项\n\
                   五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
        let doc = crate::parse::text::parse(toc, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        let secs = find_sections(&rows);
        let line = |k: usize| secs.heading[k].map(|i| rows[i].loc.line);
        assert_eq!(line(4), Some(6));
        let other = "五、存在的主要问题及改进情况\n无。\n六、\n2023年1月20日\n";
        let doc = crate::parse::text::parse(other, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        assert_eq!(find_sections(&rows).heading[5], None);
    }

    /// A heading whose words wrapped in a narrow cell (pandoc's text of a
    /// page laid out in a narrow table): found when the two lines together
    /// name its section in full; a table's row label wrapped so, or a
    /// heading's start whose next line names nothing, is none.
    #[test]
    fn a_heading_whose_words_wrapped() {
        let text = "| |     四、政府信息公开    |  |\n| | 行政复议、行政诉讼情况  |  |\n\
                    | | 行政复议1件。 |  |\n\
                    | |     五、存              |  |\n| | 在的主要问题及改进情况  |  |\n\
                    | | 无。 |  |\n";
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        let secs = find_sections(&rows);
        let line = |k: usize| secs.heading[k].map(|i| rows[i].loc.line);
        assert_eq!((line(3), line(4)), (Some(1), Some(4)));
        let not = "四、结转\n下年度继续办理\n五、存\n2023年1月20日\n";
        let doc = crate::parse::text::parse(not, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        let secs = find_sections(&rows);
        assert_eq!((secs.heading[3], secs.heading[4]), (None, None));
    }

    /// A heading with its section's table after it on the same line, two
    /// spaces apart (html2text's text of a page whose heading and table
    /// share a block): the heading is found, and its row is part of the
    /// section, whose table the readers then read. A row whose first cell
    /// is a table's row label, or a heading not naming its section in
    /// full, is none.
    #[test]
    fn a_heading_with_its_table_beside_it() {
        let text = "四、政府信息公开行政复议、行政诉讼情况  行政复议行政诉讼 结果维持结果纠正其他结果尚未审结总计 100011000100000\n\
                    五、存在的主要问题及改进情况\n无。\n";
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        assert!(rows[0].cells.len() > 1, "{:?}", rows[0].cells);
        let secs = find_sections(&rows);
        assert_eq!(secs.heading[3], Some(0));
        assert_eq!(secs.span(3), Some(0..1));
        assert_eq!(secs.heading[4], Some(1));
        assert_eq!(secs.span(4), Some(2..3));
        // A contents page whose lines carry page numbers: no headings;
        // the body's are.
        let toc = "目录\n一、总体情况\t1\n二、主动公开政府信息情况\t2\n三、收到和处理政府信息公开申请情况\t3\n\
                   四、政府信息公开行政复议、行政诉讼情况  ………… 4\n五、存在的主要问题及改进情况\t5\n\
                   一、总体情况\n无。\n二、主动公开政府信息情况\n无。\n三、收到和处理政府信息公开申请情况\n无。\n\
                   四、政府信息公开行政复议、行政诉讼情况\n无。\n";
        let doc = crate::parse::text::parse(toc, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        let secs = find_sections(&rows);
        let line = |k: usize| secs.heading[k].map(|i| rows[i].loc.line);
        assert_eq!(
            [line(0), line(1), line(2), line(3)],
            [Some(7), Some(9), Some(11), Some(13)]
        );
        for text in [
            "四、结转下年度继续办理  2 0 0 0 0 0 2\n",
            "四、复议  行政复议 1 0 0 0 1\n",
        ] {
            let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
            let rows = super::super::rows::rows_of(&doc);
            assert_eq!(find_sections(&rows).heading[3], None, "{text}");
        }
    }

    #[test]
    fn overview_of_a_csv_export_joins_its_cells() {
        let text = "白沙镇2022年政府信息公开工作年度报告,,,\n一、总体情况,,,\n\
                    \"2022年,全镇新收政府信息公开申请16件,上年结转1件;被申请行政复议1件,被提起行政诉讼2件。\",,,\n\
                    二、主动公开政府信息情况,,,\n规章,0,0,0\n";
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = super::super::rows::rows_of(&doc);
        let secs = find_sections(&rows);
        let overview = secs.overview(&rows);
        let joined: Vec<&str> = overview.iter().map(|l| l.as_ref()).collect();
        assert!(
            joined.iter().any(|l| l.contains("申请16件,上年结转1件")),
            "{joined:?}"
        );
        let f = crate::prose::figures(&overview);
        let got = |k: &str| f.get(k).map(|n| n.0);
        assert_eq!(got("new_requests"), Some(16.0));
        assert_eq!(got("reviews"), Some(1.0));
        assert_eq!(got("lawsuits"), Some(2.0));
    }
}
