//! Flattened text → [`Document`]: rebuilds table rows from the layouts that
//! Word and PDF exports produce.
//!
//! Each line is classified on its own, so one document may mix layouts:
//!
//! - **cell-per-line** (the seed's layout): a row is a run of lines that
//!   each start with a TAB and hold one cell; rows are separated by blank
//!   lines; an empty TAB line is a merged cell; a short line without a TAB
//!   after one blank line continues the cell above (`本年新` / `公开数量`);
//! - **TSV** (Word "save as text"): one row per line, cells split by TABs;
//! - **Markdown** pipe tables (`| a | b |`, separator rows skipped);
//! - **CSV**: one row per line, RFC 4180 quoting;
//! - **aligned** text pulled out of PDFs: cells separated by runs of two or
//!   more spaces, runs of numbers split into one cell each, a label and
//!   the numbers after it split apart.
//!
//! A line with a single cell is prose ([`Block::Line`]); rows with more
//! cells, and every cell-per-line row, form [`Grid`]s.

use super::value::{lex, CELL_BREAK};
use super::{Block, Cell, Document, Grid, GridRow, Loc, ParseNote, Pos};
use crate::config::Limits;
use std::borrow::Cow;
use unicode_width::UnicodeWidthChar;

/// A column rule as text recognition (OCR) reads it between a scanned
/// table's numbers: a bar. (The letters it may read for a rule, `I` and
/// `l`, it reads for the digit 1 as well: they are left, to read as the
/// text they are.)
fn is_ocr_rule(c: char) -> bool {
    matches!(c, '|' | '｜' | '丨')
}

/// The text with the column rules that text recognition (OCR) read
/// between a scanned table's numbers blanked (`8 | 1  0   0 | 0  0  9`,
/// `1|`: the ruling of the table, read as bars), so that the numbers
/// stand as the cells they are. Only in rows whose text after the label
/// is numbers and bars, some numbers with no bar between them (rules a
/// scan lost in places, not a grid drawn with bars), and only in a text
/// where at least two rows are such (a scan's table, not a text that
/// happens to hold a bar). `None` when there is none.
fn without_rules(text: &str) -> Option<String> {
    if !text.contains(is_ocr_rule) {
        return None;
    }
    // A bar read as a letter (`l`, `I`), standing alone between numbers.
    let lookalike = |t: &str| matches!(t, "l" | "I");
    // The byte where a line's numbers start, when the rest of it is
    // numbers and bars, with at least one bar and three numbers. With
    // `letters`, a bar read as a letter counts as one too (in a text whose
    // table shows its bars as bars on two lines at least).
    let ruled = |line: &str, letters: bool| -> Option<usize> {
        let grid = line.trim_start().starts_with('|');
        let bar = |t: &str| letters && lookalike(t);
        if grid
            || !(line.contains(is_ocr_rule) || letters && line.split_whitespace().any(lookalike))
            || !line.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
        // The line's last tokens that are numbers and bars, each with the
        // byte it starts at.
        let tail: Vec<(usize, &str)> = line
            .split_whitespace()
            .rev()
            .map(|t| (t.as_ptr() as usize - line.as_ptr() as usize, t))
            .take_while(|(_, t)| {
                bar(t)
                    || t.trim_end_matches(is_ocr_rule)
                        .bytes()
                        .all(|b| b.is_ascii_digit())
            })
            .collect();
        let start = tail.last()?.0;
        let (mut numbers, mut rules) = (0, 0);
        for &(_, token) in &tail {
            if bar(token) {
                rules += 1;
                continue;
            }
            let digits = token.trim_end_matches(is_ocr_rule);
            numbers += usize::from(!digits.is_empty());
            rules += token[digits.len()..].chars().count();
        }
        // A bar between some numbers only: a grid whose cells each stand
        // between bars (Markdown, a `|`-joined dump) is no scan's.
        (numbers >= 3 && rules > 0 && rules + 1 < numbers).then_some(start)
    };
    if text.lines().filter_map(|l| ruled(l, false)).take(2).count() < 2 {
        return None;
    }
    // Whether the letters in a line's tail from `start` are bars, not 1s
    // (text recognition reads both so), by the shape of the template's
    // rows: left out, the tail is seven numbers whose last is the sum of
    // the others (section 三's 总计), which it is not with them read as
    // 1; or fifteen numbers, each five's last the sum of the four before
    // (section 四's row; with them as 1s it would be more than fifteen).
    let letters_are_bars = |line: &str, start: usize| {
        let numbers = |ones: bool| -> Vec<u64> {
            line[start..]
                .split(|c: char| c.is_whitespace() || is_ocr_rule(c))
                .filter_map(|t| {
                    if lookalike(t) {
                        ones.then_some(1)
                    } else {
                        t.parse().ok()
                    }
                })
                .collect()
        };
        let adds_up = |nums: &[u64]| {
            nums.split_last().is_some_and(|(last, rest)| {
                rest.iter().try_fold(0u64, |a, &b| a.checked_add(b)) == Some(*last)
            })
        };
        let bare = numbers(false);
        match bare.len() {
            7 => adds_up(&bare) && !adds_up(&numbers(true)),
            15 => bare.chunks(5).all(adds_up),
            _ => false,
        }
    };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let with_letters = ruled(line, true).filter(|&start| letters_are_bars(line, start));
        match with_letters.or_else(|| ruled(line, false)) {
            Some(start) => {
                out.push_str(&line[..start]);
                let letters = with_letters.is_some();
                for c in line[start..].chars() {
                    // With `letters`, the tail is numbers, bars and bars
                    // read as letters: any `l` or `I` in it is one.
                    if is_ocr_rule(c) || letters && lookalike(c.encode_utf8(&mut [0; 4])) {
                        // As wide as the bar: one of CJK width is two.
                        out.push_str(if c.is_ascii() { " " } else { "  " });
                    } else {
                        out.push(c);
                    }
                }
            }
            None => out.push_str(line),
        }
    }
    Some(out)
}

/// The text with each of its lines (from 0, with its line break) as
/// `rewrite` gives it, or as it is where that gives `None`; `None` when
/// no line changed (and nothing was copied).
fn each_line(text: &str, mut rewrite: impl FnMut(usize, &str) -> Option<String>) -> Option<String> {
    let mut out: Option<String> = None;
    let mut at = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        match (rewrite(i, line), out.as_mut()) {
            (Some(new), Some(o)) => o.push_str(&new),
            (Some(new), None) => {
                let mut o = String::with_capacity(text.len() + 16);
                o.push_str(&text[..at]);
                o.push_str(&new);
                out = Some(o);
            }
            (None, Some(o)) => o.push_str(line),
            (None, None) => {}
        }
        at += line.len();
    }
    out
}

/// The text with the column names that stand before a line's values,
/// each with a colon (`…申请数量自然人：25商业企业：1…总计：26`: a page's
/// names for screen readers, kept by a reader that drops its style),
/// each replaced by a space, on lines with two such values or more, or
/// of one name and its value beside another such (one alone may be a
/// label's own words). Names are section 三's and 四's
/// columns, after their groups' names (`行政复议结果维持：1`:
/// [`crate::template::column_name_start`], as a cell's are read). `None`
/// when no line holds them.
fn unnamed_values(text: &str) -> Option<String> {
    if memchr::memchr(b':', text.as_bytes()).is_none() && !text.contains('：') {
        return None;
    }
    // Where the name that ends at `end` starts;
    // `None` when it ends a label (`3.其他`).
    let name_start = |line: &str, end: usize| -> Option<usize> {
        let start = crate::template::column_name_start(&line[..end])?;
        (!line[..start].ends_with(['.', '．', '、'])).then_some(start)
    };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let cuts: Vec<Vec<(usize, usize)>> = lines
        .iter()
        .map(|line| {
            let mut cuts = Vec::new();
            for (k, c) in line.char_indices().filter(|&(_, c)| c == ':' || c == '：') {
                let after = line[k + c.len_utf8()..].trim_start();
                let value = after.starts_with(|d: char| crate::parse::value::is_digit(d))
                    || after.starts_with('-')
                        && after[1..].starts_with(|d: char| d.is_ascii_digit());
                if let Some(start) = value.then(|| name_start(line, k)).flatten() {
                    cuts.push((start, k + c.len_utf8()));
                }
            }
            cuts
        })
        .collect();
    if cuts.iter().all(Vec::is_empty) {
        return None;
    }
    // A line that is one name and its value (`自然人：25`, a cell a line).
    let lone = |i: usize| {
        let line = lines[i];
        matches!(cuts[i].as_slice(), [(start, end)]
            if line[..*start].trim().is_empty()
                && crate::parse::value::number(&line[*end..]).is_some())
    };
    let blank = |i: usize| lines[i].trim().is_empty();
    // Such a line beside another (blank lines between): a run of them.
    let in_run = |i: usize| {
        lone(i)
            && ((0..i).rev().find(|&j| !blank(j)).is_some_and(lone)
                || (i + 1..lines.len()).find(|&j| !blank(j)).is_some_and(lone))
    };
    each_line(text, |i, line| {
        if cuts[i].len() < 2 && !in_run(i) {
            return None;
        }
        let mut out = String::with_capacity(line.len());
        let mut at = 0;
        for &(start, end) in &cuts[i] {
            out.push_str(&line[at..start]);
            out.push(' ');
            at = end;
        }
        out.push_str(&line[at..]);
        Some(out)
    })
}

/// A line's end that is three counts or more each with its unit `件`
/// (`…申请数量55件8件0件0件1件0件64件`, `|55件|8件|…`): a table row whose
/// cells print the unit after each value, one space or a `|` at most
/// between (text laid out in columns keeps its `件`: the columns are
/// placed by where each stands).
fn unit_counts() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::literal_regex(
            r"(?:(?:[ \t]*\|[ \t]*|[ \t]?)[0-9０-９][0-9０-９,，]*[ \t]?件){3,}[|\s]*$",
        )
    })
}

/// The text without the tab that closes each of its cells' lines: a tool
/// that writes a table's cells one a line, each followed by a tab
/// (html-xml-utils' `hxselect -s '\t'`), ends every line that holds a cell
/// with a tab and puts no other in it. That tab parts no cells: read as a
/// separator, it would put a blank cell after every value. Taken only
/// when every line with a tab is such a line, ten of them or more.
/// `None` when the text is not written so.
fn without_closing_tabs(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    memchr::memchr(b'\t', bytes)?;
    let mut closed = 0usize;
    for line in text.split('\n') {
        let body = line.trim_end_matches(['\r', ' ']);
        match memchr::memchr(b'\t', body.as_bytes()) {
            None => {}
            Some(k) if k + 1 == body.len() && !body[..k].trim().is_empty() => closed += 1,
            Some(_) => return None,
        }
    }
    if closed < 10 {
        return None;
    }
    each_line(text, |_, line| {
        line.contains('\t').then(|| line.replacen('\t', "", 1))
    })
}

/// The text without the element names a text browser's dump prints
/// before each heading (edbrowse: `h1 …年度报告`, `h3 一、总体情况`): the
/// name is no part of the heading, and a section's heading must start
/// its line. Taken only when two lines or more start so, the name
/// followed by a space and text that is not ASCII. `None` when no line
/// does.
fn without_heading_tags(text: &str) -> Option<String> {
    let tagged = |line: &str| {
        let b = line.as_bytes();
        b.len() > 4
            && b[0] == b'h'
            && (b'1'..=b'6').contains(&b[1])
            && b[2] == b' '
            && !b[3].is_ascii()
    };
    if memchr::memchr(b'h', text.as_bytes()).is_none()
        || text.split('\n').filter(|l| tagged(l)).nth(1).is_none()
    {
        return None;
    }
    each_line(text, |_, line| tagged(line).then(|| line[3..].to_string()))
}

/// The text with the unit `件` after each value of a table row's line
/// (see [`unit_counts`]) read as a space, so that the row's values stand
/// apart (`55件8件` is 55 and 8, not a label `件8件`). Prose keeps its
/// units: its counts end no line three in a row. `None` when no line
/// holds such a row.
fn without_unit_counts(text: &str) -> Option<String> {
    if !text.contains('件') {
        return None;
    }
    each_line(text, |_, line| {
        let m = line
            .contains('件')
            .then(|| unit_counts().find(line.trim_end_matches(['\n', '\r'])))
            .flatten()?;
        Some(format!(
            "{}{}{}",
            &line[..m.start()],
            m.as_str().replace('件', " "),
            &line[m.end()..]
        ))
    })
}

/// The text with the ideographic zeros (〇, U+3007) that stand for table
/// values as ASCII zeros: in a token (between spaces, tabs and `|`) of
/// digits and 〇 only, on a line that holds another such token or is that
/// token alone (`…|160|17|〇|1|4|1|183`, `71〇〇〇〇8` run together). A
/// lone `〇` keeps its width (` 0`); dates in words (`二〇二一年`) and
/// bullets before text stay. `None` when nothing changes.
fn zeros_as_digits(text: &str) -> Option<String> {
    if !text.contains('〇') {
        return None;
    }
    let sep = |c: char| c == ' ' || c == '\t' || c == '|';
    let numeric = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '〇');
    // A token as read: its 〇 as zeros, a lone 〇 as wide as it was.
    let as_digits = |t: &str| -> String {
        match t {
            "〇" => " 0".to_string(),
            _ if t.contains('〇') && numeric(t) => t.replace('〇', "0"),
            _ => t.to_string(),
        }
    };
    each_line(text, |_, line| {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.contains('〇') {
            return None;
        }
        let tokens: Vec<&str> = body.split(sep).filter(|t| !t.is_empty()).collect();
        let counts = tokens.iter().filter(|t| numeric(t)).count();
        // A 〇 that leads text is a bullet (`〇 公开目录`).
        let bullet =
            tokens.len() > 1 && tokens[0].chars().all(|c| c == '〇') && !numeric(tokens[1]);
        let zeros = tokens.iter().any(|t| t.contains('〇') && numeric(t));
        if bullet || !zeros || counts < 2 && tokens.len() != 1 {
            return None;
        }
        // The separators kept, each token between them read.
        let mut out = String::with_capacity(line.len() + 4);
        let mut from = 0;
        for (k, c) in line
            .char_indices()
            .filter(|&(_, c)| sep(c) || c == '\n' || c == '\r')
        {
            out.push_str(&as_digits(&line[from..k]));
            out.push(c);
            from = k + c.len_utf8();
        }
        out.push_str(&as_digits(&line[from..]));
        Some(out)
    })
}

/// A Chinese character and its reading in brackets after it, as a page
/// in 拼音 mode prints a ruby (`本(běn)`), the reading's letters lower-case
/// Latin with tone marks.
fn ruby_readings() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        crate::pattern::literal_regex(r"(\p{Han})[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6})[)）]")
    })
}

/// The text without the readings a page in 拼音 mode prints after each
/// character (`一(yī)、本(běn)年(nián)…`: its `<ruby>`s, their `<rt>` and
/// `<rp>` read as text), so that labels and headings read as printed.
/// Only readings with a tone mark, in a text with many (eight or more): a
/// note in brackets after a word stays. `None` when there are none to drop.
fn without_ruby_readings(text: &str) -> Option<String> {
    let re = ruby_readings();
    // Readings with a tone mark: toneless letters in brackets (`(guo)`,
    // a spam mirror's) the label and prose readers drop themselves.
    let toned = |c: &regex::Captures<'_>| !c[2].is_ascii();
    if !text.contains('(') && !text.contains('（')
        || re.captures_iter(text).filter(toned).nth(7).is_none()
    {
        return None;
    }
    let out = re.replace_all(text, |c: &regex::Captures<'_>| {
        if toned(c) {
            c[1].to_string()
        } else {
            c[0].to_string()
        }
    });
    Some(out.into_owned())
}

/// The text with its Markdown links around numbers read as the numbers
/// (a count that links to the requests it counts, `[160](list.jsp?nd=2019)`),
/// each padded with spaces to the link's width, so that the columns of an
/// aligned table stay where they were. `None` when there are none.
fn unlinked_numbers(text: &str) -> Option<String> {
    memchr::memmem::find(text.as_bytes(), b"](")?;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(k) = rest.find("](") {
        // The link's text: digits and a number's marks, back to its `[`.
        let open = rest[..k].rfind('[');
        let number = open.filter(|&o| {
            let t = &rest[o + 1..k];
            !t.is_empty()
                && t.starts_with(|c: char| c.is_ascii_digit())
                && t.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        });
        // Its target: no space, to the first `)`; not a place on the
        // page (`[1](#fn1)` is a footnote's mark, no count).
        let target = rest[k + 2..]
            .find(|c: char| c == ')' || c.is_whitespace())
            .filter(|&e| rest[k + 2 + e..].starts_with(')') && !rest[k + 2..].starts_with('#'));
        match (number, target) {
            (Some(o), Some(e)) => {
                // `[`, `](`, the target and `)`, as spaces: the number's
                // digits stay in their columns.
                out.push_str(&rest[..o]);
                out.push(' ');
                out.push_str(&rest[o + 1..k]);
                let width = 2 + rest[k + 2..k + 2 + e].chars().count() + 1;
                out.extend(std::iter::repeat_n(' ', width));
                rest = &rest[k + 2 + e + 1..];
                changed = true;
            }
            _ => {
                out.push_str(&rest[..k + 2]);
                rest = &rest[k + 2..];
            }
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// The text with pandoc's attribute spans that a frame's wrapping broke
/// mended: inside a grid cell drawn with bars, pandoc hard-wraps a long
/// inner line so that a span's rest starts the next frame line with no
/// indent (`|   [行政许可]{…}   [18   |` / `| 35]{lang="EN-US"}   |`, and
/// `[8]` / `{lang="EN-US"}`). Such a rest is joined to the line it was
/// cut from, where the span opened and is still open (or ended with its
/// attributes to come), and its own line is left a blank frame line:
/// lines keep their numbers. A span's text is one run of one cell, so the
/// digits on both sides are one number (`1835`), which neither half is.
/// `None` when nothing was mended.
fn unwrapped_spans(text: &str) -> Option<String> {
    memchr::memmem::find(text.as_bytes(), b"]{")?;
    // The text between a one-cell frame line's bars (a grid of several
    // columns joins its cells' lines itself, cell by cell).
    fn inner(line: &str) -> Option<&str> {
        let t = line.trim_end_matches(['\r', '\n']).trim_end();
        t.strip_prefix('|')?
            .strip_suffix('|')
            .filter(|t| !t.contains('|'))
    }
    // The rest of a span that opened on the line before.
    let rest_of_span = |prev: &str, cur: &str| -> bool {
        let Some(c) = cur.strip_prefix(' ') else {
            return false;
        };
        if c.starts_with(char::is_whitespace) || c.is_empty() {
            return false;
        }
        let p = prev.trim_end();
        let open = p.rfind('[').is_some_and(|k| !p[k..].contains(']'));
        let closes = c
            .find(']')
            .is_some_and(|k| c[k + 1..].starts_with('{') && !c[..k].contains('['));
        (open && closes) || (p.ends_with(']') && c.starts_with('{') && c.contains('}'))
    };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut joined: Vec<Option<String>> = vec![None; lines.len()];
    let mut any = false;
    for i in 1..lines.len() {
        let (Some(prev), Some(cur)) = (inner(lines[i - 1]), inner(lines[i])) else {
            continue;
        };
        let prev_text = joined[i - 1].as_deref().and_then(inner).unwrap_or(prev);
        if !rest_of_span(prev_text, cur) {
            continue;
        }
        let eol = &lines[i - 1][lines[i - 1].trim_end_matches(['\r', '\n']).len()..];
        joined[i - 1] = Some(format!("|{}{}  |{eol}", prev_text.trim_end(), cur.trim()));
        let eol = &lines[i][lines[i].trim_end_matches(['\r', '\n']).len()..];
        joined[i] = Some(format!("|{}|{eol}", " ".repeat(cur.len())));
        any = true;
    }
    if !any {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (line, j) in lines.iter().zip(&joined) {
        out.push_str(j.as_deref().unwrap_or(line));
    }
    Some(out)
}

/// The text with each Markdown row that holds a whole page in its one
/// cell (a layout table: `| 标题  一、总体情况  …  |  |  | | --- | --- |
/// | 规章 | 1 | … |  五、存在的主要问题…  |`, as MarkItDown writes one,
/// a cell's paragraphs parted by two spaces and the tables in it inline)
/// parted onto lines: at two spaces or more between paragraphs, and
/// between text and a table's bar; a table's own cells (`|  |`, `| a  b
/// |`) are not parted. With, for each line of the result, the line (from 1)
/// of the text it came from. `None` when there is no such row.
fn unnested_cells(text: &str) -> Option<(String, Vec<u32>)> {
    memchr::memmem::find(text.as_bytes(), b"| --- |")?;
    // A row of one cell holding a table of its own.
    let nested = |line: &str| {
        let t = line.trim();
        t.len() > 200
            && t.starts_with("| ")
            && t.ends_with(" |")
            && t[2..].find("| --- |").is_some_and(|k| k > 0)
            && t[2..t.len() - 2].contains("  ")
    };
    parted_lines(text, nested, |line, n, out, lines| {
        let t = line.trim();
        let inner = &t[2..t.len() - 2];
        // A nested table MarkItDown wrote inline: its rows stand between
        // runs of header rules (`| --- | --- |`). A row whose only filled
        // cell holds a row of the report (a page whose unclosed `<td>`s an
        // HTML parser nested, each row's text run into its first cell:
        // `| 一、本年新收… 21 3 0 1 0 0 25|  |  |`) is that text, a line
        // of its own; any other is parted as a cell's paragraphs are.
        let pieces: Vec<&str> = rules().split(inner).collect();
        // Rows so written: more than one, some a lone filled cell.
        let nested_rows = pieces.len() > 2 && pieces.iter().any(|p| lone_filled_cell(p).is_some());
        if nested_rows {
            for piece in pieces {
                match lone_filled_cell(piece) {
                    Some(cell) => {
                        out.push_str(cell);
                        out.push('\n');
                        lines.push(n);
                    }
                    None => part_paragraphs(piece, n, false, out, lines),
                }
            }
        } else {
            // The whole line's text: at least one line comes of it.
            part_paragraphs(inner, n, true, out, lines);
        }
    })
}

/// The text with each line that holds a page's content in one DokuWiki
/// table cell (pandoc's DokuWiki of a page laid out in a table: its
/// paragraphs and its tables' rows parted by the forced line break `\\ `,
/// `|索引号 |…|\\ |信息分类|…|\\ \\ **一、总体情况**\\ \\ …`) parted
/// at those breaks, with, for each line of the result, the line (from 1)
/// of the text it came from. Only lines with twenty breaks or more; `None`
/// when there is none.
fn forced_breaks(text: &str) -> Option<(String, Vec<u32>)> {
    const BREAK: &str = "\\\\ ";
    const MANY: usize = 20;
    let finder = memchr::memmem::Finder::new(BREAK);
    let parted = |line: &str| finder.find_iter(line.as_bytes()).take(MANY).count() >= MANY;
    parted_lines(text, parted, |line, n, out, lines| {
        for piece in line.trim_end_matches(['\r', '\n']).split(BREAK) {
            out.push_str(piece.trim_end());
            out.push('\n');
            lines.push(n);
        }
    })
}

/// The text with each line that `parts` picks written out by `part` (its
/// pieces, each pushed with the line it came from), the others as they
/// are, with, for each line of the result, the line (from 1) of the text
/// it came from. `None` when no line is picked.
fn parted_lines(
    text: &str,
    parts: impl Fn(&str) -> bool,
    mut part: impl FnMut(&str, u32, &mut String, &mut Vec<u32>),
) -> Option<(String, Vec<u32>)> {
    if !text.split_inclusive('\n').any(&parts) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + 64);
    let mut lines: Vec<u32> = Vec::new();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let n = i as u32 + 1;
        if parts(line) {
            part(line, n, &mut out, &mut lines);
        } else {
            out.push_str(line);
            lines.push(n);
        }
    }
    Some((out, lines))
}

/// A run of a Markdown table's header rules (`| --- | --- |`), written
/// inline where a table stands inside a cell.
fn rules() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| crate::pattern::literal_regex(r"\|(?: ---+ \|)+"))
}

/// A section's heading (after a table's stray text, `endif  四、政府…`):
/// the template's number and first two words (`四、政府`), which its
/// variants keep.
fn section_heading(rest: &str) -> bool {
    crate::template::SECTIONS.iter().any(|(_, heading)| {
        let head = heading
            .char_indices()
            .nth(4)
            .map_or(*heading, |(k, _)| &heading[..k]);
        rest.starts_with(head)
    })
}

/// The text of a Markdown row whose first cell alone holds text (`|
/// 一、本年新收… 21 3 0 1 0 0 25|  |  |`), when it is one: one run of
/// text, no paragraphs (two spaces) in it.
fn lone_filled_cell(row: &str) -> Option<&str> {
    let mut cells = row.trim().trim_start_matches('|').split('|');
    let first = cells.next()?.trim();
    (!first.is_empty() && !first.contains("  ") && cells.all(|c| c.trim().is_empty()))
        .then_some(first)
}

/// One cell's text of a page MarkItDown put in one layout-table cell,
/// parted onto lines ([`unnested_cells`]), each line from line `n`;
/// `whole`: the cell is the line's whole text, whose end is a line's end
/// even after a part.
fn part_paragraphs(inner: &str, n: u32, whole: bool, out: &mut String, lines: &mut Vec<u32>) {
    let b = inner.as_bytes();
    let mut from = 0;
    let mut k = 0;
    // Inside a table: its cells' text is not parted.
    let mut in_table = inner.trim_start().starts_with('|');
    while k < b.len() {
        if b[k] != b' ' {
            k += 1;
            continue;
        }
        let run_end = k + b[k..].iter().take_while(|&&c| c == b' ').count();
        let before = inner[..k].chars().next_back();
        let after = &inner[run_end..];
        let bar_before = before == Some('|');
        let bar_after = after.starts_with('|');
        let part = run_end - k >= 2
            && !after.is_empty()
            && if in_table {
                bar_before && !bar_after || section_heading(after)
            } else {
                !bar_before
            };
        if part {
            in_table = bar_after;
            let piece = inner[from..k].trim();
            if !piece.is_empty() {
                out.push_str(piece);
                out.push('\n');
                lines.push(n);
            }
            from = run_end;
        }
        k = run_end;
    }
    let piece = inner[from..].trim();
    if !piece.is_empty() {
        out.push_str(piece);
        out.push('\n');
        lines.push(n);
    } else if whole {
        // The line's end after a part: a line of its own, blank.
        out.push('\n');
        lines.push(n);
    }
}

/// Gives every place in `doc` the line of the original text its line
/// came from (`lines[i]`: the line of line `i + 1`).
fn renumber(doc: &mut Document, lines: &[u32]) {
    doc.each_loc_mut(|l| {
        if let Some(&n) = (l.line as usize).checked_sub(1).and_then(|i| lines.get(i)) {
            l.line = n;
        }
    });
}

/// Parses a plain-text report. HTML tables inside it (Markdown whose
/// converter wrote a table with merged cells as raw HTML, as pandoc does)
/// are read by the HTML parser, the text around them as text.
pub fn parse(text: &str, limits: &Limits) -> Document {
    // No-break spaces (a browser's copy of `&nbsp;`) part cells and words
    // as spaces do; one column wide, as a space is.
    let spaced;
    let text = if memchr::memmem::find(text.as_bytes(), "\u{a0}".as_bytes()).is_some() {
        spaced = text.replace('\u{a0}', " ");
        spaced.as_str()
    } else {
        text
    };
    // Word's end-of-cell and end-of-row mark (BEL, U+0007, after each
    // cell's paragraph mark in the text Word's object model gives): after
    // a line break the cell already ends its line, and the mark is
    // dropped (the text reads one cell a line); elsewhere it parts two
    // cells, as a tab does.
    let unmarked;
    let text = if memchr::memchr(0x07, text.as_bytes()).is_some() {
        let mut out = String::with_capacity(text.len());
        let mut after_break = true;
        for c in text.chars() {
            match c {
                '\u{7}' if after_break => {}
                '\u{7}' => out.push('\t'),
                _ => out.push(c),
            }
            after_break = matches!(c, '\n' | '\r') || c == '\u{7}' && after_break;
        }
        unmarked = out;
        unmarked.as_str()
    } else {
        text
    };
    // Lines ended by a carriage return alone (classic Mac OS): every
    // reader below splits at `\n`.
    let lined;
    let text = if memchr::memchr(b'\n', text.as_bytes()).is_none() && text.contains('\r') {
        lined = text.replace('\r', "\n");
        lined.as_str()
    } else {
        text
    };
    // Column rules a scan's text recognition read as characters between
    // a table's numbers: blanked. Then attribute spans a frame's wrapping
    // cut: mended.
    let mut text = Cow::Borrowed(text);
    for pass in [
        without_closing_tabs,
        without_heading_tags,
        without_rules,
        unwrapped_spans,
        unlinked_numbers,
        unnamed_values,
        without_unit_counts,
        zeros_as_digits,
        without_ruby_readings,
    ] {
        if let Some(t) = pass(&text) {
            text = Cow::Owned(t);
        }
    }
    // A page's content inside one cell of a layout table (Markdown whose
    // cells cannot hold a line break): its paragraphs and tables parted
    // onto lines of their own, each kept at the line it came from.
    if let Some((parted, lines)) = unnested_cells(&text).or_else(|| forced_breaks(&text)) {
        let mut doc = parse_parts(&parted, limits);
        renumber(&mut doc, &lines);
        return doc;
    }
    parse_parts(&text, limits)
}

/// Where a text as it was read stops, when no line break ends it: its
/// last line, which a copy cut off there may have cut short; in a number
/// when its very last character is a digit (no space or closing mark
/// after it). Lines are counted as [`parse`] counts them.
pub fn stop(text: &str) -> Option<super::Stop> {
    let last = text.chars().next_back()?;
    if matches!(last, '\n' | '\r') || text.trim().is_empty() {
        return None;
    }
    let breaks = match memchr::memchr_iter(b'\n', text.as_bytes()).count() {
        0 => memchr::memchr_iter(b'\r', text.as_bytes()).count(),
        n => n,
    };
    Some(super::Stop {
        at: loc(breaks),
        in_number: super::value::is_digit(last),
    })
}

/// Parses text whose HTML tables (if any) are read as HTML.
fn parse_parts(text: &str, limits: &Limits) -> Document {
    let tables = html_tables(text);
    // More tables than a page may hold: not read part by part (each part
    // would have the whole document's limits), but as text.
    if tables.is_empty() || tables.len() > limits.max_tables {
        return parse_text(text, limits);
    }
    let mut doc = Document::default();
    // Lines and tables before each part, to number the part's places.
    let (mut lines, mut n_tables) = (0u32, 0u32);
    let mut done = 0;
    for (from, to) in tables.into_iter().chain([(text.len(), text.len())]) {
        for (part, html) in [(&text[done..from], false), (&text[from..to], true)] {
            if part.is_empty() {
                continue;
            }
            let d = if html {
                super::html::parse(part, limits)
            } else {
                parse_text(part, limits)
            };
            n_tables += append(&mut doc, d, lines, n_tables);
            lines += memchr::memchr_iter(b'\n', part.as_bytes()).count() as u32;
        }
        done = to;
    }
    doc
}

/// Appends a part's blocks and notes to `doc`, its places moved past the
/// `lines` and `tables` before it; returns how many tables it held.
fn append(doc: &mut Document, mut part: Document, lines: u32, tables: u32) -> u32 {
    part.each_loc_mut(|l| {
        if l.line > 0 {
            l.line += lines;
        }
        if l.table > 0 {
            l.table += tables;
        }
    });
    let held = part
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Table(_)))
        .count() as u32;
    doc.blocks.append(&mut part.blocks);
    doc.notes.append(&mut part.notes);
    doc.ends_inside.append(&mut part.ends_inside);
    held
}

/// The byte ranges of the HTML tables in a text (`<table` to its
/// `</table>`, tables inside it included; to the end when it is not
/// closed).
fn html_tables(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let at = |k: usize, tag: &[u8]| {
        b.get(k..k + tag.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(tag))
            && b.get(k + tag.len())
                .is_some_and(|c| c.is_ascii_whitespace() || *c == b'>')
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for k in memchr::memchr_iter(b'<', b) {
        // Not inside the table just closed (a close tag without its `>`
        // runs to the next one).
        if out.last().is_some_and(|&(_, end)| k < end) {
            continue;
        }
        if at(k, b"<table") {
            if depth == 0 {
                start = k;
            }
            depth += 1;
        } else if depth > 0 && at(k, b"</table") {
            depth -= 1;
            if depth == 0 {
                let end = b[k..]
                    .iter()
                    .position(|&c| c == b'>')
                    .map_or(b.len(), |e| k + e + 1);
                out.push((start, end));
            }
        }
    }
    if depth > 0 {
        out.push((start, b.len()));
    }
    out
}

/// Parses plain text (no HTML table in it).
fn parse_text(text: &str, limits: &Limits) -> Document {
    // A report flattened onto one line is cut back into lines first; its
    // places are then given the lines they came from.
    let cut = super::segment::unflatten_mapped(text);
    let mut doc = parse_cut(cut.as_ref().map_or(text, |(t, _)| t.as_str()), limits);
    if let Some((_, lines)) = &cut {
        renumber(&mut doc, lines);
    }
    doc
}

/// [`parse_text`] of a text whose flattened lines were cut.
fn parse_cut(text: &str, limits: &Limits) -> Document {
    let text = blank_tags(text);
    let text = unescape_markdown(&text);
    let text = list_table_rows(&text);
    let mut p = Parser {
        doc: Document::default(),
        grid: None,
        limits,
        cells: 0,
        page: 0,
        columns: None,
        boxed: Vec::new(),
        ruled: false,
        scratch: Scratch::default(),
        framed: false,
    };
    let mut lines = split_lines(&text);
    // Long lines are cut before any layout looks at them; one note.
    let mut long = (0usize, 0usize); // (first, count)
    for (i, line) in lines.iter_mut().enumerate() {
        if line.len() > limits.max_line_bytes {
            let mut cut = limits.max_line_bytes;
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            *line = &line[..cut];
            if long.1 == 0 {
                long.0 = i;
            }
            long.1 += 1;
        }
    }
    if long.1 > 0 {
        p.doc.notes.push(ParseNote {
            code: "input.limit",
            loc: loc(long.0),
            message: format!(
                "line {} is longer than {} bytes; cut{}",
                long.0 + 1,
                limits.max_line_bytes,
                if long.1 > 1 {
                    format!(" (and {} more lines)", long.1 - 1)
                } else {
                    String::new()
                }
            ),
        });
    }
    let seed_layout = is_cell_per_line(&lines);
    let csv_layout = csv_delimiter(&lines);
    let mut i = 0;
    while i < lines.len() {
        let kept = p.doc.blocks.len() + p.grid.as_ref().map_or(0, |g| g.rows.len());
        if kept >= limits.max_lines {
            p.doc.notes.push(ParseNote {
                code: "input.limit",
                loc: loc(i),
                message: format!(
                    "more than {} lines and rows; the rest ({} lines) were skipped",
                    limits.max_lines,
                    lines.len() - i
                ),
            });
            break;
        }
        let mut line = lines[i];
        // A form feed starts a page (PDF text): count it, keep the line.
        if memchr::memchr(0x0c, line.as_bytes()).is_some() {
            p.page += memchr::memchr_iter(0x0c, line.as_bytes()).count() as u32;
            line = line.trim_matches('\u{c}');
        }
        if seed_layout
            && line.starts_with('\t')
            && memchr::memchr(b'\t', &line.as_bytes()[1..]).is_none()
        {
            p.flush_boxed();
            i = p.cell_per_line_row(&lines, i);
            continue;
        }
        p.line(line, i, csv_layout);
        i += 1;
    }
    p.flush_boxed();
    p.flush();
    join_split_numbers(&mut p.doc.blocks);
    join_digit_pieces(&mut p.doc.blocks, &lines);
    join_wrapped_digits(&mut p.doc.blocks, &lines);
    join_split_numbering(&mut p.doc.blocks);
    p.doc
}

/// A row's number on a line of its own right above its label's words
/// (`2.` / `其他法律行政法规禁止公开`: the number in a run of its own in
/// Word's HTML, text taken with a newline between elements): one line
/// again, so that `2.` is not read as a value.
fn join_split_numbering(blocks: &mut Vec<Block>) {
    let numbering = |t: &str| {
        t.strip_suffix(['.', '、', '．'])
            .is_some_and(|n| !n.is_empty() && n.len() <= 2 && n.bytes().all(|c| c.is_ascii_digit()))
    };
    let words = |t: &str| t.starts_with(crate::hanzi::is_ideograph);
    if !blocks
        .iter()
        .any(|b| b.line().is_some_and(|(t, _)| numbering(t)))
    {
        return;
    }
    let joins: Vec<bool> = (0..blocks.len())
        .map(|k| {
            k > 0
                && matches!((blocks[k - 1].line(), blocks[k].line()),
                    (Some((a, at)), Some((b, bt))) if numbering(a) && words(b) && bt.line == at.line + 1)
        })
        .collect();
    join_lines(blocks, &joins);
}

/// Numbers cut over two or more lines in text whose cells stand apart:
/// a page whose every table cell is followed by blank lines (text taken
/// from HTML with a newline between elements) puts the pieces of a number
/// that Word's HTML split into runs (`<span>2</span><span>6</span>`) on
/// consecutive lines, `2` / `6`, where cells are blank lines apart. The
/// pieces are joined back (`26`) when the text shows that layout plainly:
/// at least [`SPACED_PAIRS`] pairs of number lines one after the other,
/// three in five of them two or more blank lines apart, and pieces on
/// consecutive lines in at most a quarter of the pairs; only two or three
/// pieces that make six digits or fewer are one number. A unit on the
/// line right after a number (`31.8` / `万元`, a run of its own too) is
/// joined to it the same way. The row identities then check what was
/// joined. A joined line keeps the place of its first piece; the lines
/// of the others count as blank lines where cells are spaced out (see the
/// second pass's `spaced_gap`).
fn join_split_numbers(blocks: &mut Vec<Block>) {
    let is_number = |t: &str| {
        let (whole, frac) = t.split_once('.').unwrap_or((t, "0"));
        count_digits(whole) && frac.bytes().all(|c| c.is_ascii_digit())
    };
    let is_unit = |t: &str| matches!(t, "万元" | "元" | "件" | "条" | "项" | "个");
    let digits = number_lines(blocks);
    let gaps = number_line_gaps(&digits);
    let spaced = gaps.iter().filter(|&&g| g >= 2).count();
    let touching = gaps.iter().filter(|&&g| g == 0).count();
    if gaps.len() < SPACED_PAIRS || spaced * 5 < gaps.len() * 3 || touching * 4 > gaps.len() {
        return;
    }
    // Which lines join the one before: the second and third of a run of
    // two or three number lines on consecutive lines that make at most
    // six digits (a longer run is a row's values one a line, not one
    // number's pieces), and a unit right after a number.
    let mut joins = vec![false; blocks.len()];
    let mut k = 0;
    while k < blocks.len() {
        let Some(first) = digits[k] else {
            k += 1;
            continue;
        };
        let mut end = k + 1;
        while digits.get(end).copied().flatten() == Some(first + (end - k) as u32) {
            end += 1;
        }
        let len: usize = blocks[k..end]
            .iter()
            .filter_map(|b| b.line())
            .map(|(t, _)| t.len())
            .sum();
        if (2..=3).contains(&(end - k)) && len <= 6 {
            joins[k + 1..end].iter_mut().for_each(|j| *j = true);
        }
        k = end;
    }
    for k in 1..blocks.len() {
        if let (Some((a, at)), Some((b, bt))) = (blocks[k - 1].line(), blocks[k].line()) {
            joins[k] |= is_number(a) && is_unit(b) && bt.line == at.line + 1;
        }
    }
    join_lines(blocks, &joins);
}

/// Numbers whose digits stand a space apart on their line (`2 0`) in
/// text of one cell a line, cells blank lines apart: Word's HTML splits a
/// number into runs, one digit each (`<span>2</span><span>0</span>`),
/// and a tool that puts a space between elements and a blank line
/// between blocks prints them so; the line, read as a row of two cells,
/// is one number again. Only where the text plainly shows that layout:
/// at least [`SPACED_PAIRS`] pairs of lone number lines one after the
/// other, at most a quarter of them on consecutive lines (text in a
/// PDF's drawing order puts cells on consecutive lines, two close ones
/// on one: `1 1`), and no line of several numbers but such pieces (a
/// table printed a row a line, or two columns a line, `0 1`, has lines of
/// numbers that are cells).
fn join_digit_pieces(blocks: &mut [Block], lines: &[&str]) {
    let gaps = number_line_gaps(&number_lines(blocks));
    let touching = gaps.iter().filter(|&&g| g == 0).count();
    if gaps.len() < SPACED_PAIRS || touching * 4 > gaps.len() {
        return;
    }
    // The line a one-row table was read from, and whether its cells are
    // all numbers.
    let source = |b: &Block| match b {
        Block::Table(g) => match g.rows.as_slice() {
            [row] if row.cells.len() > 1 => {
                let line = lines.get((row.loc.line as usize).wrapping_sub(1))?;
                let values = row.cells.iter().all(|c| lex(&c.text).is_value());
                Some((line.trim(), values, row.loc))
            }
            _ => None,
        },
        Block::Line { .. } => None,
    };
    let rows_of_numbers = blocks
        .iter()
        .filter_map(source)
        .any(|(line, values, _)| values && digit_pieces(line).is_none());
    if rows_of_numbers {
        return;
    }
    for b in blocks.iter_mut() {
        let Some((joined, loc)) =
            source(b).and_then(|(line, _, loc)| Some((digit_pieces(line)?, loc)))
        else {
            continue;
        };
        *b = Block::Line { text: joined, loc };
    }
}

/// A number cut over two lines in a narrow column of aligned text (w3m
/// gives a column headed `总` / `计`, one character a line, the width of
/// one full-width digit: `１` / `５` for 15): a line holding only digits,
/// each piece starting where a number of the row right above starts, is
/// the rest of those numbers and is joined to them. Only between rows
/// that have their labels, each with values (values alone on a line may
/// be the next row's, printed above their label; a label alone after the
/// line says so). The row's identities then check what was joined.
fn join_wrapped_digits(blocks: &mut Vec<Block>, lines: &[&str]) {
    let is_digits = |t: &str| {
        (1..=3).contains(&t.chars().count()) && t.chars().all(crate::parse::value::is_digit)
    };
    // Each token of a line: its first display column, its place as a
    // cell's (`Pos::width`), and its text.
    fn tokens(line: &str) -> Vec<(u32, u32, &str)> {
        let mut at = Columns::new(line);
        line.split_whitespace()
            .map(|tok| {
                let a = tok.as_ptr() as usize - line.as_ptr() as usize;
                let start = at.to(a).1;
                (start, at.pos(a, a + tok.len(), 0).width, tok)
            })
            .collect()
    }
    let mut joined = vec![false; blocks.len()];
    for k in 1..blocks.len() {
        let Some((text, at)) = blocks[k].line() else {
            continue;
        };
        if !text.split_whitespace().all(is_digits) {
            continue;
        }
        // The next row: labelled, with values, right after the line.
        let next_labelled = match blocks.get(k + 1) {
            Some(Block::Table(g)) => g.rows.first().is_some_and(|r| {
                r.loc.line == at.line + 1
                    && r.cells.first().is_some_and(|c| !lex(&c.text).is_value())
                    && r.cells[1..].iter().any(|c| lex(&c.text).is_value())
            }),
            _ => false,
        };
        if !next_labelled {
            continue;
        }
        let Block::Table(g) = &mut blocks[k - 1] else {
            continue;
        };
        let Some(row) = g.rows.last_mut() else {
            continue;
        };
        let labelled = row.cells.first().is_some_and(|c| !lex(&c.text).is_value());
        let (Some(above), Some(below)) = (
            lines.get((row.loc.line as usize).wrapping_sub(1)),
            lines.get((at.line as usize).wrapping_sub(1)),
        ) else {
            continue;
        };
        if !labelled || row.loc.line + 1 != at.line || below.contains('\t') {
            continue;
        }
        let upper = tokens(above);
        // The cell each piece continues: a number of the row starting in
        // the piece's first column.
        let targets: Option<Vec<(usize, &str)>> = tokens(below)
            .into_iter()
            .map(|(start, _, piece)| {
                let &(_, place, token) = upper.iter().find(|t| t.0 == start)?;
                let cell = row.cells.iter().position(|c| {
                    c.pos.width == place && c.text.trim() == token && is_digits(token)
                })?;
                Some((cell, piece))
            })
            .collect();
        let Some(targets) = targets.filter(|t| !t.is_empty()) else {
            continue;
        };
        for (cell, piece) in targets {
            row.cells[cell].text.push_str(piece);
        }
        joined[k] = true;
    }
    if joined.contains(&true) {
        let mut k = 0;
        blocks.retain(|_| {
            k += 1;
            !joined[k - 1]
        });
    }
}

/// Whether a text is six digits or fewer: a count, or a piece of one.
fn count_digits(t: &str) -> bool {
    !t.is_empty() && t.len() <= 6 && t.bytes().all(|c| c.is_ascii_digit())
}

/// The line of each block that is a count alone ([`count_digits`]),
/// `None` for any other block.
fn number_lines(blocks: &[Block]) -> Vec<Option<u32>> {
    blocks
        .iter()
        .map(|b| {
            b.line()
                .filter(|(t, _)| count_digits(t))
                .map(|(_, at)| at.line)
        })
        .collect()
}

/// The blank lines between number lines ([`number_lines`]) that follow
/// one another: how a text parts its cells.
fn number_line_gaps(lines: &[Option<u32>]) -> Vec<u32> {
    lines
        .windows(2)
        .filter_map(|w| Some(w[1]?.saturating_sub(w[0]? + 1)))
        .collect()
}

/// A line of two or three single digits one space apart, the first not
/// 0 (`2 0`, `1 2 6`: a number Word's HTML split into runs, one digit
/// each, read with a space between them), as one number (`20`); `None`
/// for any other line.
fn digit_pieces(t: &str) -> Option<String> {
    let b = t.as_bytes();
    let n = b.len();
    let pieces = n.div_ceil(2);
    let apart = n % 2 == 1
        && (2..=3).contains(&pieces)
        && b.iter().enumerate().all(|(i, &c)| {
            if i % 2 == 0 {
                c.is_ascii_digit()
            } else {
                c == b' '
            }
        });
    (apart && b[0] != b'0').then(|| b.iter().step_by(2).map(|&c| char::from(c)).collect())
}

/// Appends each line marked in `joins` to the line kept before it.
fn join_lines(blocks: &mut Vec<Block>, joins: &[bool]) {
    if !joins.contains(&true) {
        return;
    }
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for (b, &join) in blocks.drain(..).zip(joins) {
        if let (true, Some(Block::Line { text, .. }), Block::Line { text: piece, .. }) =
            (join, out.last_mut(), &b)
        {
            text.push_str(piece);
            continue;
        }
        out.push(b);
    }
    *blocks = out;
}

/// Pairs of number lines a text needs before [`join_split_numbers`] reads
/// its blank lines as the parting of cells.
const SPACED_PAIRS: usize = 20;

/// The lines of a text, `\r\n` or `\n` ended (a last line without an end
/// counts, even when empty, as `str::split` gives it).
fn split_lines(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut lines = Vec::with_capacity(b.len() / 24 + 8);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
        let l = &text[start..end];
        lines.push(l.strip_suffix('\r').unwrap_or(l));
        start = end + 1;
    }
    lines
}

/// Buffers reused from line to line by the aligned-text splitter.
#[derive(Default)]
struct Scratch {
    /// Chunks of a line between runs of spaces, as byte ranges, and
    /// whether there may be whitespace inside.
    runs: Vec<(usize, usize, bool)>,
    /// Tokens of a chunk, as byte ranges of the line.
    tokens: Vec<(usize, usize)>,
    /// Cells of a line: byte range, the joined label when it is not one
    /// token, whether its place is kept.
    cells: Vec<(usize, usize, Option<String>, bool)>,
}

struct Parser<'a> {
    scratch: Scratch,
    doc: Document,
    grid: Option<Grid>,
    limits: &'a Limits,
    cells: usize,
    /// The page of the current line (form feeds seen so far).
    page: u32,
    /// The column extents a dashed rule (`----- ---- ---`) set for the
    /// fixed-width rows below it, in display columns.
    columns: Option<Vec<(usize, usize)>>,
    /// The lines of a box-drawn row so far (between two rules).
    boxed: Vec<BoxLine>,
    /// Whether the lines since the last rule are a grid table's (pandoc's
    /// `+----+----+` rules, `|` between cells): a row's lines until the
    /// next rule are one row, its cells wrapped over them.
    ruled: bool,
    /// A table so far was a data frame with its row numbers
    /// ([`Grid::drop_index_column`]).
    framed: bool,
}

fn loc(i: usize) -> Loc {
    Loc {
        line: (i + 1) as u32,
        ..Loc::default()
    }
}

/// A cell of the text's grid. Characters a markup escaped in its cells
/// (pandoc's Textile: `&#43;2`, `&#45;`) are read as the HTML reader
/// reads them.
fn cell(text: String, at: Loc) -> Cell {
    let text = if text.contains("&#") {
        super::entities::decode(&text).into_owned()
    } else {
        text
    };
    Cell {
        text,
        from_above: false,
        colspan: 1,
        loc: at,
        pos: Pos::default(),
    }
}

/// Whether most TAB-led lines hold exactly one cell (the seed's layout).
fn is_cell_per_line(lines: &[&str]) -> bool {
    let mut single = 0usize;
    let mut multi = 0usize;
    for l in lines {
        if let Some(rest) = l.strip_prefix('\t') {
            if rest.contains('\t') {
                multi += 1;
            } else {
                single += 1;
            }
        }
    }
    single >= 8 && single > multi * 4
}

/// A heading-like line never continues a cell.
fn looks_like_heading(s: &str) -> bool {
    let mut ch = s.chars();
    let first = ch.next();
    let second = ch.next();
    matches!(
        first,
        Some('一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
    ) && matches!(second, Some('、' | '.' | '．'))
        || matches!(first, Some('（' | '('))
        || s.ends_with('。')
}

impl Parser<'_> {
    fn push_row(&mut self, row: GridRow) {
        let max = self.limits.max_grid_cells;
        // A row that does not fit whole is skipped with everything after
        // it; `cells` goes past `max` only then, so the note is made once.
        if self.cells > max || row.cells.len() > max - self.cells {
            if self.cells <= max {
                self.doc.notes.push(ParseNote {
                    code: "input.limit",
                    loc: row.loc,
                    message: format!("more than {max} table cells; the rest were skipped"),
                });
                self.cells = max.saturating_add(1);
            }
            return;
        }
        self.cells += row.cells.len();
        let g = self.grid.get_or_insert_with(|| Grid {
            rows: Vec::new(),
            loc: row.loc,
        });
        g.rows.push(row);
    }

    fn flush(&mut self) {
        if let Some(mut g) = self.grid.take() {
            self.framed |= g.drop_index_column(self.framed);
            self.doc.blocks.push(Block::Table(g));
        }
    }

    fn prose(&mut self, text: String, i: usize) {
        self.flush();
        // Section headings sharing a line with prose: a heading run into
        // its first paragraph (`一、总体情况 2020年，…`, as crawler text
        // keeps a page's paragraphs), or inside a paragraph's line (a
        // page's layout cell written as one line: `…止。 一、总体情况
        // 2019年，…`): the line is cut so that each heading stands alone.
        if let Some(parts) = cut_at_headings(&text) {
            for part in parts {
                self.doc.blocks.push(Block::Line {
                    text: part.to_string(),
                    loc: loc(i),
                });
            }
            return;
        }
        self.doc.blocks.push(Block::Line { text, loc: loc(i) });
    }

    /// Reads one cell-per-line row starting at line `i`; returns the index
    /// of the first line after it.
    fn cell_per_line_row(&mut self, lines: &[&str], mut i: usize) -> usize {
        let mut row = GridRow {
            cells: Vec::new(),
            loc: loc(i),
        };
        while i < lines.len() {
            let l = lines[i];
            if let Some(rest) = l.strip_prefix('\t') {
                if rest.contains('\t') {
                    break;
                }
                // Past the cell limit the row is dropped by push_row:
                // stop collecting (one more cell marks it too long).
                if row.cells.len() <= self.limits.max_grid_cells {
                    let mut at = loc(i);
                    at.cell = row.cells.len() as u32 + 1;
                    row.cells.push(cell(rest.trim().to_string(), at));
                }
                i += 1;
                continue;
            }
            // A blank line: the row ends unless a continuation follows.
            if l.trim().is_empty() {
                let next = lines.get(i + 1).copied().unwrap_or("");
                let cont = !next.starts_with('\t')
                    && !next.trim().is_empty()
                    && next.chars().count() <= 16
                    && !looks_like_heading(next.trim())
                    && row
                        .cells
                        .last()
                        .is_some_and(|c| !c.text.is_empty() && !lex(&c.text).is_value());
                if cont {
                    if let Some(c) = row.cells.last_mut() {
                        c.text.push_str(next.trim());
                    }
                    i += 2;
                    continue;
                }
                i += 1;
                break;
            }
            break;
        }
        self.push_row(row);
        i
    }

    /// Classifies and splits one line that is not part of a cell-per-line row.
    fn line(&mut self, line: &str, i: usize, csv_layout: Option<u8>) {
        let owned = |v: Vec<String>| -> Vec<(Cow<'_, str>, Pos)> {
            v.into_iter()
                .map(|c| (Cow::Owned(c), Pos::default()))
                .collect()
        };
        let t =
            line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}');
        if t.is_empty() {
            // A blank line ends a fixed-width table and a box row.
            self.columns = None;
            self.ruled = false;
            self.flush_boxed();
            return;
        }
        // A section's heading run onto the end of a table's last row, its
        // last number before it (`四、结转下年度继续办理  0  0  0四、政府
        // 信息公开行政复议、行政诉讼情况`, PyMuPDF's text sorted by place):
        // the row, then the heading, each a line of its own.
        if let Some(at) = heading_after_number(t) {
            // `t` is a slice of `line`: the cut's place in it.
            let at = t.as_ptr() as usize - line.as_ptr() as usize + at;
            let (row, heading) = line.split_at(at);
            self.line(row, i, csv_layout);
            self.line(heading, i, csv_layout);
            return;
        }
        // A grid table's lines between its rules (`|` at both ends).
        if self.ruled && t.starts_with('|') {
            let raw: Vec<&str> = markdown_cells_raw(t).collect();
            let texts: Vec<String> = raw.iter().map(|c| md_cell_of(c).into_owned()).collect();
            if texts.len() == 1 {
                // A grid table of one column holds a page's layout, not
                // a table: its lines are read as lines, bars taken off.
                let from = line.find('|').map_or(0, |k| k + 1);
                let to = line.rfind('|').filter(|&k| k >= from).unwrap_or(line.len());
                self.ruled = false;
                self.line(&line[from..to], i, csv_layout);
                self.ruled = true;
                return;
            }
            let lone = lone_cell(&raw, &texts).map(str::to_string);
            self.boxed.push(BoxLine {
                row: self.row_of(texts, i),
                lone,
            });
            return;
        }
        // Rules: a dashed rule sets fixed columns; a box rule (or a run of
        // underscores) ends a box row. Neither is a row.
        if let Some(extents) = dash_rule(line) {
            self.flush_boxed();
            self.columns = match self.columns.take() {
                // The closing rule of a table ends its columns.
                Some(open) if open == extents => None,
                _ => Some(extents),
            };
            return;
        }
        if is_rule(t) {
            self.flush_boxed();
            self.ruled = is_grid_rule(t);
            return;
        }
        if has_box_bar(t) {
            let texts = split_box(t);
            // A rule under some columns only, text beside it in a cell
            // that spans rows (`│ （六 │ ├──────┼────┤`): it ends the row
            // above as a rule does, and its text is a line of its own.
            if ["───", "━━━", "═══"].iter().any(|r| t.contains(r)) {
                self.flush_boxed();
                if texts.iter().any(|c| !c.is_empty()) {
                    let row = self.row_of(texts, i);
                    self.push_row(row);
                }
                return;
            }
            if texts.iter().any(|c| !c.is_empty()) {
                self.boxed.push(BoxLine {
                    row: self.row_of(texts, i),
                    lone: None,
                });
            }
            return;
        }
        self.ruled = false;
        self.flush_boxed();
        let bytes = line.as_bytes();
        let has_tab = memchr::memchr(b'\t', bytes).is_some();
        // A dashed rule's columns hold the lines within its width; text
        // beyond it means the rule did not draw every column (a converter
        // that dropped merged cells' columns from it).
        let fixed = self.columns.as_ref().filter(|c| {
            c.last()
                .is_some_and(|&(_, end)| display_width(line.trim_end()) as usize <= end + 1)
        });
        let mut cells: Vec<(Cow<'_, str>, Pos)> = if let Some(cols) = fixed {
            owned(split_fixed(line, cols))
        } else if has_tab {
            line.split('\t')
                .map(|c| (Cow::Borrowed(c.trim()), Pos::default()))
                .collect()
        } else if t.starts_with('|') && t.len() > 1
            // A row's cells joined by ` | ` or `| ` without bars at its
            // ends (a script's dump of a Word table: `规章 | 0 | 0 | 0`;
            // html2text's tables: `规章| 0件| 0件`).
            || memchr::memchr(b'|', bytes).is_some()
                && memchr::memmem::find_iter(bytes, b"| ").nth(1).is_some()
        {
            if is_md_separator(t) {
                return;
            }
            split_markdown_cow(t)
                .into_iter()
                .map(|c| (c, Pos::default()))
                .collect()
        } else if let Some(v) = csv_layout.and_then(|d| split_csv(t, d)) {
            owned(v)
        } else {
            aligned_ranges(line, &mut self.scratch);
            // A paragraph set in bold (`**　　一、总体情况**`): its
            // spaces indent it, they do not part cells.
            let bold = t.len() > 4 && t.starts_with("**") && t.ends_with("**");
            if self.scratch.cells.len() <= 1 || bold {
                // One cell or none: prose (as below), no cells made.
                self.prose(prose_text(t), i);
                return;
            }
            aligned_cells(line, self.page, &mut self.scratch)
        };
        // Pandoc's attributes (`[7]{style="…"}`) are not the cells' text;
        // only a line with a bracket can hold one.
        if memchr::memchr2(b'[', b']', bytes).is_some() {
            for c in &mut cells {
                if let Cow::Owned(plain) = strip_spans(&c.0, true) {
                    c.0 = Cow::Owned(plain);
                }
            }
        }
        let nonblank = cells.iter().filter(|c| !c.0.is_empty()).count();
        if cells.len() <= 1
            || nonblank == 0
            || (nonblank == 1
                && self.columns.is_none()
                && !has_tab
                && !t.starts_with('|')
                && memchr::memchr2(b',', csv_layout.unwrap_or(b','), t.as_bytes()).is_none())
        {
            self.prose(prose_text(t), i);
            return;
        }
        let mut row = GridRow {
            cells: Vec::with_capacity(cells.len()),
            loc: loc(i),
        };
        for (k, (text, pos)) in cells.into_iter().enumerate() {
            let mut at = loc(i);
            at.cell = k as u32 + 1;
            let mut c = cell(text.into_owned(), at);
            c.pos = pos;
            row.cells.push(c);
        }
        self.push_row(row);
    }

    /// A row of cells from line `i`.
    fn row_of(&self, texts: Vec<String>, i: usize) -> GridRow {
        let cells = texts
            .into_iter()
            .enumerate()
            .map(|(k, s)| {
                let mut at = loc(i);
                at.cell = k as u32 + 1;
                cell(s, at)
            })
            .collect();
        GridRow { cells, loc: loc(i) }
    }

    /// Ends a box-drawn row: its lines, when they have the same cells, are
    /// one row whose labels wrapped inside their boxes (each cell's text
    /// joined); otherwise each line is a row of its own.
    fn flush_boxed(&mut self) {
        if self.boxed.is_empty() {
            return;
        }
        let boxed = std::mem::take(&mut self.boxed);
        // A grid table laid around a page (pandoc's text of a page whose
        // report stands in one cell of a layout table, its lines wrapped
        // to the cell's width): more lines than a row wraps over, nearly
        // all with text in one cell only. Each such line is read as a
        // line of the page, its cell's text as printed; a line of several
        // cells (a menu, a table inside) stays a row.
        // (Not one holding a table of several columns, whose rows its
        // lines are: a line of several cells in ten or more.)
        let (mut alone, mut several) = (0usize, 0usize);
        for l in &boxed {
            match &l.lone {
                Some(t) if t.trim().is_empty() => {}
                Some(_) => alone += 1,
                None => several += 1,
            }
        }
        if boxed.len() > MAX_ROW_LINES && alone >= 10 * several {
            for BoxLine { row, lone } in boxed {
                match lone {
                    Some(text) => {
                        let ruled = std::mem::replace(&mut self.ruled, false);
                        // (`row_of` numbers its line from 1.)
                        self.line(&text, row.loc.line as usize - 1, None);
                        self.ruled = ruled;
                    }
                    None => self.push_row(row),
                }
            }
            return;
        }
        let lines: Vec<GridRow> = boxed.into_iter().map(|l| l.row).collect();
        let width = lines[0].cells.len();
        // More lines than any table row wraps over: a box laid around a
        // page's parts, each line its own. A column with a number on two
        // of the lines: rows between two rules (PrettyTable, psql), not
        // one row's cells wrapped (a number does not wrap).
        let rows_apart = (0..width).any(|k| {
            lines
                .iter()
                .filter(|r| {
                    r.cells
                        .get(k)
                        .is_some_and(|c| super::value::number(&c.text).is_some())
                })
                .nth(1)
                .is_some()
        });
        if (2..=MAX_ROW_LINES).contains(&lines.len())
            && !rows_apart
            && lines.iter().all(|r| r.cells.len() == width)
        {
            let mut it = lines.into_iter();
            if let Some(mut first) = it.next() {
                for r in it {
                    for (c, more) in first.cells.iter_mut().zip(r.cells) {
                        // A backslash ending a cell's line is a line
                        // break (pandoc), not text.
                        if c.text.ends_with('\\') {
                            c.text.pop();
                        }
                        c.text.push_str(&more.text);
                    }
                }
                // Attributes wrapped over the lines (`[46]{lang="` /
                // `EN-US"}`) are whole only now.
                for c in &mut first.cells {
                    if let Cow::Owned(plain) = strip_spans(&c.text, false) {
                        c.text = plain;
                    }
                }
                self.push_row(first);
            }
        } else {
            for r in lines {
                self.push_row(r);
            }
        }
    }
}

/// One line of a box-drawn row ([`Parser::flush_boxed`]).
struct BoxLine {
    /// The line's cells.
    row: GridRow,
    /// A grid table's line with text in one of its cells or none: that
    /// cell's text as printed, spaces kept (`""` for none), for a box laid
    /// around a page; `None` for any other line.
    lone: Option<String>,
}

/// The text of a grid table line's one cell with text, as printed between
/// its bars (`|     四、政府信息公开    |` gives the spaces too), or `""`
/// for a line of blank cells; `None` when two cells or more hold text.
/// `raw` are the line's cells as printed ([`markdown_cells_raw`]), `texts`
/// the same read.
fn lone_cell<'l>(raw: &[&'l str], texts: &[String]) -> Option<&'l str> {
    let mut filled = (0..texts.len()).filter(|&k| !texts[k].trim().is_empty());
    match (filled.next(), filled.next()) {
        (None, _) => Some(""),
        (Some(k), None) => raw.get(k).copied(),
        _ => None,
    }
}

/// Removes inline HTML tags (`<span style=…>`, `</b>`) and Markdown
/// emphasis that converters leave in text; other text is kept as is.
pub(crate) fn strip_markup(s: &str) -> String {
    let b = s.as_bytes();
    if memchr::memchr3(b'<', b'*', b'{', b).is_none() && !s.starts_with('[') && !s.contains("~~") {
        return s.to_string();
    }
    let kept = drop_struck(s);
    let spans = strip_spans(&kept, false);
    let s = spans.as_ref();
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('<') {
        out.push_str(&rest[..k]);
        let after = &rest[k + 1..];
        let tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match after.find('>').filter(|_| tag) {
            Some(end) => {
                if after[..end].eq_ignore_ascii_case("br") || after[..end].starts_with("br ") {
                    out.push('\n');
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").trim().to_string()
}

/// `s` without the text it strikes out: Markdown's `~~55~~` and HTML's
/// struck elements ([`super::html::STRUCK`]: a correction's old figure,
/// `~~55~~<u>57</u>`, `<del>55</del>`), each closed within a short reach
/// on the same line; other text as it is. One pass over the line.
fn drop_struck(s: &str) -> Cow<'_, str> {
    // What a strike may hold: a figure or a few words.
    const REACH: usize = 256;
    let b = s.as_bytes();
    let mut out: Option<String> = None;
    let (mut done, mut i) = (0, 0);
    while let Some(off) = memchr::memchr2(b'~', b'<', &b[i..]) {
        let at = i + off;
        let end = if b[at] == b'~' {
            struck_tildes(s, at)
        } else {
            struck_element(s, at, REACH)
        };
        match end {
            Some(end) => {
                out.get_or_insert_with(|| String::with_capacity(s.len()))
                    .push_str(&s[done..at]);
                done = end;
                i = end;
            }
            None => i = at + 1,
        }
    }
    match out {
        None => Cow::Borrowed(s),
        Some(mut o) => {
            o.push_str(&s[done..]);
            Cow::Owned(o)
        }
    }
}

/// Where Markdown's strike that opens at `at` (`~~55~~`) ends: its text
/// 1 to 64 bytes, no `~`, no space at its edges.
fn struck_tildes(s: &str, at: usize) -> Option<usize> {
    let inner = s.get(at..)?.strip_prefix("~~")?;
    let window = &inner.as_bytes()[..inner.len().min(64 + 2)];
    let len = memchr::memmem::find(window, b"~~")?;
    let text = &inner[..len];
    let plain = !text.is_empty()
        && !text.contains('~')
        && !text.starts_with(char::is_whitespace)
        && !text.ends_with(char::is_whitespace);
    plain.then_some(at + 2 + len + 2)
}

/// Where a struck element that opens at `at` (`<del cite="…">`, `<S>`)
/// ends: after its end tag, found within `reach` bytes.
fn struck_element(s: &str, at: usize, reach: usize) -> Option<usize> {
    let rest = &s.as_bytes()[at + 1..];
    let n = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let name = &rest[..n];
    if !super::html::STRUCK
        .iter()
        .any(|t| name.eq_ignore_ascii_case(t.as_bytes()))
        || !matches!(rest.get(n), Some(b'>' | b' '))
    {
        return None;
    }
    let window = &rest[n..rest.len().min(n + reach)];
    let close = window.windows(n + 3).position(|w| {
        w[0] == b'<' && w[1] == b'/' && w[2..2 + n].eq_ignore_ascii_case(name) && w[2 + n] == b'>'
    })?;
    Some(at + 1 + n + close + n + 3)
}

/// A line of prose without its markup, a span whose attributes go on on
/// the next line ended before them (prose lines are not joined again).
fn prose_text(t: &str) -> String {
    strip_markup(&strip_spans(t, true))
}

/// Text without pandoc's attributes: a bracketed span
/// (`[46]{lang="EN-US"}`, `[申请人情况]{style="…"}`) is its text, and a
/// line's text that opens a span it does not close (`[（二）部分公开`,
/// wrapped) loses the bracket; other brackets and braces stay. With
/// `cut`, a line whose last span's attributes go on on the next line
/// (`[（七）总计]{st`) ends before them (not for a cell whose lines are
/// joined before this is done again).
fn strip_spans(s: &str, cut: bool) -> Cow<'_, str> {
    // A span wrapped over lines leaves its `[` alone at a line's start.
    // Not before a number: its digits may go on on the next line (`[18` /
    // `35]{…}`), and a number cut short must not read.
    let opened = s.starts_with('[')
        && !s.contains(']')
        && !s[1..].starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.'));
    if opened {
        return Cow::Owned(s[1..].to_string());
    }
    let b = s.as_bytes();
    if !memchr::memchr_iter(b']', b).any(|k| b.get(k + 1) == Some(&b'{')) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    // Where each open bracket stands in `out`.
    let mut open: Vec<usize> = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '[' => {
                open.push(out.len());
                out.push('[');
            }
            ']' if after.starts_with('{') => match after.find('}') {
                Some(end) => {
                    if let Some(at) = open.pop() {
                        out.remove(at);
                    }
                    rest = &after[end + 1..];
                    continue;
                }
                // Attributes that go on on the next line: with `cut`, the
                // rest of this one is theirs.
                None if cut => {
                    if let Some(at) = open.pop() {
                        out.remove(at);
                    }
                    break;
                }
                // No `}` on the rest of the text: nothing more to strip.
                None => {
                    out.push_str(rest);
                    break;
                }
            },
            ']' => {
                open.pop();
                out.push(']');
            }
            _ => out.push(c),
        }
        rest = after;
    }
    Cow::Owned(out)
}

/// Text with Markdown's backslash escapes undone: a backslash before
/// ASCII punctuation stands for that character (`1\.属于国家秘密`, as
/// mammoth and other converters escape a number that would start a
/// list). `\|` stays: in a Markdown table row it is a pipe inside a
/// cell, not a cell's edge. A backslash before anything else (the seed's
/// `本年增\减`) stays. Borrowed unchanged when there is no escape.
fn unescape_markdown(text: &str) -> std::borrow::Cow<'_, str> {
    let escaped = |b: &[u8], k: usize| {
        b.get(k + 1)
            .is_some_and(|&c| c.is_ascii_punctuation() && c != b'|')
    };
    let b = text.as_bytes();
    let Some(first) = memchr::memchr_iter(b'\\', b).find(|&k| escaped(b, k)) else {
        return std::borrow::Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    let mut k = first;
    while k < b.len() {
        if b[k] == b'\\' && escaped(b, k) {
            out.push_str(&text[done..k]);
            // The escaped character, kept as it is (ASCII: one byte).
            out.push(char::from(b[k + 1]));
            // Before a run of spaces, one more: the text after it keeps
            // its column (pandoc's `\-` in a table aligned by columns).
            if b[k + 2..].starts_with(b"  ") {
                out.push(' ');
            }
            done = k + 2;
            k += 2;
        } else {
            k += 1;
        }
    }
    out.push_str(&text[done..]);
    std::borrow::Cow::Owned(out)
}

/// Text with reStructuredText's list tables (`.. list-table::`, each row
/// a bullet `* - cell` and each further cell a `- cell` below it) as rows
/// of tab-separated cells: a row on its bullet's line, the lines of its
/// further cells left blank so that line numbers still point at the
/// source. A bare `-` is a blank cell. Borrowed unchanged when there is
/// no list table.
fn list_table_rows(text: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memmem::find(text.as_bytes(), b".. list-table::").is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut out: Vec<String> = Vec::new();
    // The directive's indent while inside one, and the open row's line.
    let mut table: Option<usize> = None;
    let mut row: Option<(usize, usize)> = None;
    for line in text.split('\n') {
        let t = line.trim_start();
        if t.starts_with(".. list-table::") {
            table = Some(indent(line));
            row = None;
            out.push(line.to_string());
            continue;
        }
        let Some(base) = table else {
            out.push(line.to_string());
            continue;
        };
        let cell = |rest: &str| rest.trim().to_string();
        // A page's number a PDF's text put in the table (`- 3 -`).
        if is_page_number(t) {
            out.push(line.to_string());
            continue;
        }
        if !t.is_empty() && indent(line) <= base {
            table = None;
            row = None;
            out.push(line.to_string());
        } else if let Some(rest) = t
            .strip_prefix("* -")
            .filter(|r| r.is_empty() || r.starts_with(' '))
        {
            row = Some((out.len(), indent(line)));
            out.push(cell(rest));
        } else if let (Some((at, bullet)), Some(rest)) = (
            row,
            t.strip_prefix('-')
                .filter(|r| r.is_empty() || r.starts_with(' ')),
        ) {
            if indent(line) > bullet {
                out[at].push('\t');
                out[at].push_str(&cell(rest));
                out.push(String::new());
            } else {
                out.push(line.to_string());
            }
        } else if let (Some((at, _)), false) = (row, t.is_empty()) {
            // A cell's text going on over the next line.
            out[at].push(' ');
            out[at].push_str(t);
            out.push(String::new());
        } else {
            out.push(line.to_string());
        }
    }
    std::borrow::Cow::Owned(out.join("\n"))
}

/// Text with the HTML tags that converters leave in Markdown (`<span
/// style=…>`, possibly over several lines) removed, keeping the line
/// breaks inside them so that line numbers still point at the source.
/// Borrowed unchanged when there is no tag.
fn blank_tags(text: &str) -> std::borrow::Cow<'_, str> {
    let tag_at = |k: usize| -> Option<usize> {
        let b = text.as_bytes();
        let mut i = k + 1;
        if b.get(i) == Some(&b'/') {
            i += 1;
        }
        let name = b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name == 0 || !matches!(b.get(i + name), Some(b' ' | b'\n' | b'>' | b'/')) {
            return None;
        }
        // A tag ends within a few lines, before the next '<'.
        let rest = &text[k + 1..];
        let end = rest.find(['>', '<'])?;
        (rest.as_bytes()[end] == b'>' && end < 4000).then_some(k + 1 + end + 1)
    };
    let mut first = None;
    for (k, _) in text.match_indices('<') {
        if tag_at(k).is_some() {
            first = Some(k);
            break;
        }
    }
    let Some(mut k) = first else {
        return std::borrow::Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    // Where the line of the last `<br>` starts, and how far the text was
    // searched for it (each stretch once).
    let (mut line_start, mut searched) = (0, 0);
    loop {
        if let Some(end) = tag_at(k) {
            out.push_str(&text[done..k]);
            out.extend(text[k..end].chars().filter(|&c| c == '\n'));
            // A line break in a table's cell: between two digits, one
            // number wrapped (`1<br>234`) or two cells a PDF reader ran
            // into one (`4<br>2`), marked ([`CELL_BREAK`]) for the table
            // readers to tell which; elsewhere two spaces, which keep two
            // rows' labels apart (`1.信访…<br>2.重复申请`) and go from a
            // label's words (`部分公开（区分<br>处理的`). Outside a table it
            // goes, as any tag.
            let name = text[k + 1..end].trim_start_matches('/');
            let br = name.len() >= 2
                && name[..2].eq_ignore_ascii_case("br")
                && !name[2..].starts_with(|c: char| c.is_ascii_alphanumeric());
            if br {
                if let Some(n) = memchr::memrchr(b'\n', &text.as_bytes()[searched..k]) {
                    line_start = searched + n + 1;
                }
                searched = k;
                if text[line_start..k].trim_start().starts_with('|') {
                    // (After a thousands comma too: `1,<br>234`.)
                    let before = out.strip_suffix(',').unwrap_or(&out);
                    let digits = before.ends_with(|c: char| c.is_ascii_digit())
                        && text[end..].starts_with(|c: char| c.is_ascii_digit());
                    if digits {
                        out.push(CELL_BREAK);
                    } else {
                        out.push_str("  ");
                    }
                }
            }
            done = end;
        }
        match text[k + 1..].find('<') {
            Some(n) => k += 1 + n,
            None => break,
        }
    }
    out.push_str(&text[done..]);
    std::borrow::Cow::Owned(out)
}

/// Whether a character draws a box (U+2500–U+257F).
fn is_box(c: char) -> bool {
    ('\u{2500}'..='\u{257f}').contains(&c)
}

/// Whether a line has a vertical bar of a box-drawn table.
fn has_box_bar(t: &str) -> bool {
    // │ U+2502, ┃ U+2503 (E2 94 82/83), ║ U+2551 (E2 95 91).
    let b = t.as_bytes();
    memchr::memchr_iter(0xE2, b).any(|k| {
        matches!(
            (b.get(k + 1), b.get(k + 2)),
            (Some(0x94), Some(0x82 | 0x83)) | (Some(0x95), Some(0x91))
        )
    })
}

/// The most lines a box-drawn or grid table row's cells wrap over (a
/// header cell of section 三 two characters wide: about twenty).
const MAX_ROW_LINES: usize = 40;

/// A page number line between the pages of a PDF (`- 3 -`, `第3页`,
/// `3/12`): not part of any table.
pub(crate) fn is_page_number(t: &str) -> bool {
    // Short, and opening with a dash, 第 or a digit: most lines are not.
    let lead = t.trim_start();
    if lead.len() > 40
        || !lead
            .starts_with(|c: char| matches!(c, '-' | '—' | '–' | '－' | '第') || c.is_ascii_digit())
    {
        return false;
    }
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let dash = |c: char| matches!(c, '-' | '—' | '–' | '－');
    let inner = t.trim_matches(dash);
    (t.starts_with(dash) && t.ends_with(dash) && digits(inner))
        || t.strip_prefix('第')
            .and_then(|r| r.split_once('页'))
            .is_some_and(|(n, rest)| digits(n) && (rest.is_empty() || rest.starts_with('共')))
        || t.split_once('/')
            .is_some_and(|(a, b)| digits(a) && digits(b) && a.len() <= 3 && b.len() <= 3)
}

/// A line cut at the section headings in it, as the templates word them,
/// each followed by a space and more text or ending the line, and either
/// starting the line or standing after the end of a sentence and a space
/// (`一、总体情况 2020年，…` → two parts; `…止。 一、总体情况 2019年，…` →
/// three); `None` when it holds none.
fn cut_at_headings(text: &str) -> Option<Vec<&str>> {
    // A heading's number and `、`, at the line's start or after a space.
    let b = text.as_bytes();
    let numbered_at = |k: usize| {
        b.len() >= k + 6
            && text.is_char_boundary(k + 3)
            && text[k..k + 3].starts_with(['一', '二', '三', '四', '五', '六'])
            && b[k + 3..k + 6] == *"、".as_bytes()
    };
    if !numbered_at(0) && !memchr::memchr2_iter(b' ', b'\t', b).any(|k| numbered_at(k + 1)) {
        return None;
    }
    static HEADINGS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let headings = HEADINGS
        .get_or_init(|| {
            aho_corasick::AhoCorasick::new(crate::template::SECTIONS.map(|(_, h)| h)).ok()
        })
        .as_ref()?;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for m in headings.find_iter(text) {
        let (at, end) = (m.start(), m.end());
        let before = text[..at].trim_end();
        let after_sentence = before.len() < at && before.ends_with(['。', '！', '？', '；', '）']);
        let after = &text[end..];
        let spaced_after = after.starts_with(char::is_whitespace) || after.is_empty();
        if (at == 0 && !after.trim().is_empty() || after_sentence) && spaced_after {
            cuts.push((at, end));
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    let mut from = 0;
    for (a, b) in cuts {
        parts.push(text[from..a].trim());
        parts.push(&text[a..b]);
        from = b;
    }
    parts.push(text[from..].trim());
    parts.retain(|p| !p.is_empty());
    Some(parts)
}

/// Where a section's heading, word for word as the template has it,
/// ends `t` right after a digit (`… 0  0四、政府信息公开行政复议、行政诉讼
/// 情况`); `None` for any other line.
fn heading_after_number(t: &str) -> Option<usize> {
    if !(t.ends_with("情况") || t.ends_with("事项")) {
        return None;
    }
    crate::template::SECTIONS.iter().find_map(|(_, h)| {
        let at = t.strip_suffix(h).map(str::len)?;
        t[..at]
            .ends_with(|c: char| c.is_ascii_digit())
            .then_some(at)
    })
}

/// A grid table's rule (pandoc's `+------+----+`, `+======+====+` under
/// the header): plus signs at both ends and between the cells' dashes.
fn is_grid_rule(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 3
        && b[0] == b'+'
        && b[b.len() - 1] == b'+'
        && b.iter().all(|c| matches!(c, b'+' | b'-' | b'=' | b':'))
}

/// A rule between rows: only box-drawing characters, dashes, equals
/// signs, underscores, plus signs and spaces (at least three of them).
fn is_rule(t: &str) -> bool {
    // Most lines start with text: a rule starts with one of its marks.
    let first = t.as_bytes()[0];
    if !matches!(first, b'-' | b'=' | b'_' | b'+' | b'|' | b':' | 0xE2) {
        return false;
    }
    let mut n = 0;
    for c in t.chars() {
        if is_box(c) || matches!(c, '-' | '=' | '_' | '+') {
            n += 1;
        } else if !(c == ' ' || c == '|' || c == ':') {
            return false;
        }
    }
    n >= 3
}

/// The column extents (display columns, end exclusive) of a dashed rule
/// of two or more runs of dashes (`------ ---- --`), as fixed-width
/// exporters (pandoc's plain tables) draw above and below a table.
fn dash_rule(line: &str) -> Option<Vec<(usize, usize)>> {
    let b = line.as_bytes();
    if !b.iter().all(|&c| c == b'-' || c == b' ') || memchr::memmem::find(b, b"- ").is_none() {
        return None;
    }
    let mut out = Vec::new();
    let mut start = None;
    for (k, c) in line.char_indices() {
        match (c, start) {
            ('-', None) => start = Some(k),
            (' ', Some(s)) => {
                out.push((s, k));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, line.len()));
    }
    (out.len() >= 2 && out.iter().all(|(a, b)| b - a >= 2)).then_some(out)
}

/// Splits a line by fixed column extents (display columns): each
/// character goes to the column it starts in; text before the first
/// column joins it.
fn split_fixed(line: &str, cols: &[(usize, usize)]) -> Vec<String> {
    let mut out = vec![String::new(); cols.len()];
    let mut x = 0usize;
    let mut k = 0usize;
    for c in line.chars() {
        while k + 1 < cols.len() && x >= cols[k + 1].0 {
            k += 1;
        }
        out[k].push(c);
        x += c.width().unwrap_or(0);
    }
    out.into_iter().map(|c| c.trim().to_string()).collect()
}

/// Splits a box-drawn row at its vertical bars (`│ a │ b │`); box
/// characters left in a cell (a rule joined to it) are dropped.
fn split_box(t: &str) -> Vec<String> {
    let bar = |c: char| c == '│' || c == '┃' || c == '║';
    let t = t.trim();
    let t = t.strip_prefix(bar).unwrap_or(t);
    let t = t.strip_suffix(bar).unwrap_or(t);
    t.split(['│', '┃', '║'])
        .map(|c| {
            c.chars()
                .filter(|&ch| !is_box(ch))
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect()
}

/// The delimiter of a document whose rows are delimited text: `,` when
/// several lines split into three or more cells at commas that are not
/// thousands separators, else `;` (a spreadsheet saved where the decimal
/// mark is a comma) when several lines split into three or more at it.
fn csv_delimiter(lines: &[&str]) -> Option<u8> {
    if is_delimited(lines, b',') {
        Some(b',')
    } else if is_delimited(lines, b';') {
        Some(b';')
    } else {
        None
    }
}

/// Whether five lines or more split into three or more cells at `delim`
/// (at a comma, one that is not a thousands separator).
fn is_delimited(lines: &[&str], delim: u8) -> bool {
    // A thousands separator has a digit before it and exactly three after.
    let separating = |l: &str| {
        let b = l.as_bytes();
        b.iter().enumerate().any(|(i, &c)| {
            let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
            let thousands = i > 0 && digit(i - 1) && (1..=3).all(|d| digit(i + d)) && !digit(i + 4);
            c == delim && (delim != b',' || !thousands)
        })
    };
    lines
        .iter()
        .filter(|l| {
            let b = l.as_bytes();
            memchr::memchr(delim, b).is_some()
                && memchr::memchr(b'\t', b).is_none()
                && separating(l)
                && split_csv(l.trim(), delim).is_some()
        })
        .take(5)
        .count()
        >= 5
}

fn is_md_separator(t: &str) -> bool {
    t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t')) && t.contains('-')
}

#[cfg(test)]
fn split_markdown(t: &str) -> Vec<String> {
    split_markdown_cow(t)
        .into_iter()
        .map(Cow::into_owned)
        .collect()
}

/// The cells of a Markdown table row, borrowed from the line when nothing
/// in them changes.
fn split_markdown_cow(t: &str) -> Vec<Cow<'_, str>> {
    markdown_cells_raw(t).map(md_cell_of).collect()
}

/// The cells of a Markdown table row as printed between its bars (its
/// outer bars off; an escaped bar, `\|`, is no bar), spaces and markup
/// kept.
fn markdown_cells_raw(t: &str) -> impl Iterator<Item = &str> {
    let inner = t.strip_prefix('|').unwrap_or(t);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let b = inner.as_bytes();
    let mut start = 0;
    memchr::memchr_iter(b'|', b)
        .filter(move |&k| k == 0 || b[k - 1] != b'\\')
        .chain(std::iter::once(inner.len()))
        .map(move |k| {
            let cell = &inner[start..k];
            start = k + 1;
            cell
        })
}

/// One Markdown cell's text from its cell as printed
/// ([`markdown_cells_raw`]): a cell with an escaped bar is rebuilt,
/// others are slices.
fn md_cell_of(raw: &str) -> Cow<'_, str> {
    // (A byte search first: most cells hold no backslash.)
    if memchr::memchr(b'\\', raw.as_bytes()).is_some() && raw.contains("\\|") {
        md_cell("", Some(raw.replace("\\|", "|")))
    } else {
        md_cell(raw, None)
    }
}

/// One Markdown cell: `rest` after what an escaped bar left in `built`;
/// trimmed, underscores of cell bottoms and markup removed.
fn md_cell(rest: &str, built: Option<String>) -> Cow<'_, str> {
    let finish = |c: &str| -> Cow<'static, str> {
        let c = c.trim();
        // Underscores drawn as cell bottoms (html2text) are not text.
        let c = c.trim_matches(|ch: char| ch == '_' || ch.is_whitespace());
        // (`<br>` is no longer here: [`blank_tags`] took it out.)
        Cow::Owned(strip_markup(c))
    };
    match built {
        Some(mut s) => {
            s.push_str(rest);
            finish(&s)
        }
        None => {
            let c = rest
                .trim()
                .trim_matches(|ch: char| ch == '_' || ch.is_whitespace());
            if memchr::memchr3(b'<', b'*', b'{', c.as_bytes()).is_none()
                && !c.starts_with('[')
                && !c.contains("~~")
            {
                // strip_markup would return it as it is.
                Cow::Borrowed(c)
            } else {
                finish(c)
            }
        }
    }
}

/// Splits a CSV row at `delim` (an ASCII `,` or `;`); `None` when the
/// line is not delimited data (fewer than three cells, or an unbalanced
/// quote).
fn split_csv(t: &str, delim: u8) -> Option<Vec<String>> {
    let delim = char::from(delim);
    if !t.contains(delim) {
        return None;
    }
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = t.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    cur.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                cur.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            c if c == delim => {
                cells.push(std::mem::take(&mut cur).trim().to_string());
                at_start = true;
            }
            _ => {
                if !c.is_whitespace() {
                    at_start = false;
                }
                cur.push(c);
            }
        }
    }
    if quoted {
        return None;
    }
    cells.push(cur.trim().to_string());
    // Prose with a thousands separator ("共1,234件") is not a CSV row.
    (cells.len() >= 3).then_some(cells)
}

/// Splits a line of PDF-extracted text: chunks at runs of 2+ spaces, then
/// numbers apart from labels. Each cell comes with its place on the line.
#[cfg(test)]
fn split_aligned(line: &str, page: u32) -> Vec<(String, Pos)> {
    split_aligned_with(line, page, &mut Scratch::default())
        .into_iter()
        .map(|(c, p)| (c.into_owned(), p))
        .collect()
}

/// [`split_aligned`] with reused buffers; cells borrow the line unless a
/// label of several tokens is joined.
#[cfg(test)]
fn split_aligned_with<'l>(line: &'l str, page: u32, s: &mut Scratch) -> Vec<(Cow<'l, str>, Pos)> {
    aligned_ranges(line, s);
    aligned_cells(line, page, s)
}

/// The cells of a line of aligned text as byte ranges (into `s.cells`);
/// their places are worked out only for a line that is a row (most lines
/// are prose), by [`aligned_cells`].
fn aligned_ranges(line: &str, s: &mut Scratch) {
    s.cells.clear();
    split_runs(line, &mut s.runs);
    for &(c0, c1, spaced) in &s.runs {
        let chunk = &line[c0..c1];
        s.tokens.clear();
        if !spaced {
            // No whitespace inside: one token.
            s.tokens.push((c0, c1));
        } else {
            s.tokens.extend(chunk.split_whitespace().map(|tok| {
                let k = c0 + (tok.as_ptr() as usize - chunk.as_ptr() as usize);
                (k, k + tok.len())
            }));
        }
        let tokens = &s.tokens;
        // One token is one cell whatever it reads as.
        if let [(a, b)] = tokens[..] {
            s.cells.push((a, b, None, true));
            continue;
        }
        let first_value = tokens
            .iter()
            .rposition(|&(a, b)| !lex(&line[a..b]).is_value());
        // A place is kept only for a cell that stands apart: numbers one
        // space apart may be cells run together, whose places mean nothing
        // (unless the line keeps its layout, below).
        match first_value {
            None => {
                for (i, &(a, b)) in tokens.iter().enumerate() {
                    s.cells.push((a, b, None, i == 0));
                }
            }
            Some(last_label) => {
                let (k0, _) = tokens[0];
                let (_, kl) = tokens[last_label];
                // Tokens are joined (PDF text spaces the characters of a
                // label out), but digits stay apart from digits: cells run
                // together into a label (`数量3 000 0 03`) keep the spaces
                // that tell their runs of digits apart.
                let label = (last_label > 0).then(|| {
                    let mut joined = String::with_capacity(kl - k0);
                    for &(a, b) in &tokens[..=last_label] {
                        let tok = &line[a..b];
                        if joined.ends_with(|c: char| c.is_ascii_digit())
                            && tok.starts_with(|c: char| c.is_ascii_digit())
                        {
                            joined.push(' ');
                        }
                        joined.push_str(tok);
                    }
                    joined
                });
                s.cells.push((k0, kl, label, true));
                for (i, &(a, b)) in tokens[last_label + 1..].iter().enumerate() {
                    s.cells.push((a, b, None, i == 0));
                }
            }
        }
    }
    // A line whose values stand in two or more runs far apart keeps its
    // layout (`数量 96 18        5     2 121`, pdftotext -layout): the place
    // of every number on it is where the page put it.
    if s.runs.len() < 2 {
        return;
    }
    let runs_of_values = s
        .runs
        .iter()
        .filter(|&&(a, b, _)| {
            line[a..b]
                .split_whitespace()
                .next_back()
                .is_some_and(|t| lex(t).is_value())
        })
        .count();
    if runs_of_values >= 2 {
        for c in s.cells.iter_mut() {
            if c.2.is_none() && lex(&line[c.0..c.1]).is_value() {
                c.3 = true;
            }
        }
    }
}

/// The cells [`aligned_ranges`] found, with their text and places.
fn aligned_cells<'l>(line: &'l str, page: u32, s: &mut Scratch) -> Vec<(Cow<'l, str>, Pos)> {
    let text = |a: usize, b: usize, joined: Option<String>| match joined {
        Some(j) => Cow::Owned(j),
        None => Cow::Borrowed(&line[a..b]),
    };
    if s.cells.len() < 2 {
        return s
            .cells
            .drain(..)
            .map(|(a, b, j, _)| (text(a, b, j), Pos::default()))
            .collect();
    }
    let mut at = Columns::new(line);
    s.cells
        .drain(..)
        .map(|(start, end, joined, placed)| {
            let pos = if placed {
                at.pos(start, end, page)
            } else {
                Pos {
                    page,
                    ..Pos::default()
                }
            };
            (text(start, end, joined), pos)
        })
        .collect()
}

/// How many display columns `s` takes (a CJK character two), as
/// [`Pos::width`] counts them.
pub fn display_width(s: &str) -> u32 {
    s.chars().map(|c| c.width().unwrap_or(0) as u32).sum()
}

/// Character and display-column counts at byte offsets of one line,
/// walked forward (the offsets asked for only grow).
struct Columns<'a> {
    line: &'a str,
    byte: usize,
    chars: u32,
    width: u32,
}

impl<'a> Columns<'a> {
    fn new(line: &'a str) -> Self {
        Columns {
            line,
            byte: 0,
            chars: 0,
            width: 0,
        }
    }

    fn to(&mut self, byte: usize) -> (u32, u32) {
        if byte < self.byte {
            *self = Columns::new(self.line);
        }
        for c in self.line[self.byte..byte].chars() {
            self.chars += 1;
            self.width += c.width().unwrap_or(0) as u32;
        }
        self.byte = byte;
        (self.chars, self.width)
    }

    /// The place of the text between two byte offsets: its centre in half
    /// characters and half display columns, plus one.
    fn pos(&mut self, start: usize, end: usize, page: u32) -> Pos {
        let (c0, w0) = self.to(start);
        let (c1, w1) = self.to(end);
        Pos {
            chars: c0 + c1 + 1,
            width: w0 + w1 + 1,
            page,
        }
    }
}

/// Chunks of `t` separated by two or more spaces (ASCII or ideographic),
/// trimmed, empty ones left out, as byte ranges of `t` (into `out`), each
/// with whether whitespace may be left inside it (false: surely none).
fn split_runs(t: &str, out: &mut Vec<(usize, usize, bool)>) {
    out.clear();
    let b = t.as_bytes();
    // Bytes that start a whitespace character other than the run marks
    // checked below: ASCII controls 9–13, and the leads of U+0085, U+00A0
    // (C2), U+1680 (E1), U+2000–U+205F (E2); U+3000 (E3 80 80) is seen
    // apart. A chunk without them holds no whitespace.
    let ws_lead = |c: u8| matches!(c, 0x09..=0x0d | b' ' | 0xC2 | 0xE1 | 0xE2);
    let mut push = |a: usize, z: usize| {
        let c = &t[a..z];
        let lead = c.len() - c.trim_start().len();
        let c = c.trim();
        if !c.is_empty() {
            let (a, z) = (a + lead, a + lead + c.len());
            // U+3000 is E3 80 80 (no searcher built for three bytes).
            let chunk = &b[a..z];
            let spaced = chunk.iter().enumerate().any(|(i, &c)| {
                ws_lead(c) || c == 0xE3 && chunk.get(i + 1..i + 3) == Some(&[0x80, 0x80])
            });
            out.push((a, z, spaced));
        }
    };
    let mut start = 0;
    let mut run_start = None;
    let mut run_len = 0;
    // Byte by byte: the run marks are ' ', TAB and U+3000 (E3 80 80);
    // any other byte is (part of) a character that ends a run, and the
    // first byte after a run starts a character.
    let mut k = 0;
    while k < b.len() {
        let c = b[k];
        let mark = match c {
            b' ' => 1,
            b'\t' => 2,
            0xE3 if b.get(k + 1..k + 3) == Some(&[0x80, 0x80]) => 2,
            _ => 0,
        };
        if mark > 0 {
            if run_start.is_none() {
                run_start = Some(k);
            }
            run_len += mark;
            k += if c == 0xE3 { 3 } else { 1 };
            continue;
        }
        if let Some(rs) = run_start {
            if run_len >= 2 {
                push(start, rs);
                start = k;
            }
        }
        run_start = None;
        run_len = 0;
        k += 1;
    }
    push(start, t.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sign or a dash a pipe table's cell escaped as a character
    /// reference (pandoc's Textile) reads as itself; a reference to a
    /// letter is that letter, text.
    #[test]
    fn escaped_signs_and_dashes() {
        use crate::parse::value::{lex, number, Lexed};
        let doc = parse(
            "|行政许可|&#43;2|&#45;1|\n|行政处罚|&#45;|&#27861;|\n|行政强制|&#x;|0|\n",
            &Limits::default(),
        );
        let cells: Vec<String> = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(g) => Some(g),
                _ => None,
            })
            .flat_map(|g| {
                g.rows
                    .iter()
                    .flat_map(|r| r.cells.iter().map(|c| c.text.clone()))
            })
            .collect();
        let cell = |k: usize| cells.get(k).map(String::as_str).unwrap_or("");
        assert_eq!(number(cell(1)), Some(2.0), "{cells:?}");
        assert_eq!(number(cell(2)), Some(-1.0));
        assert_eq!(lex(cell(4)), Lexed::Dash);
        assert_eq!(lex(cell(5)), Lexed::Text);
        assert_eq!(lex(cell(7)), Lexed::Text);
    }

    /// A scan's text recognition reads a table's rules as `|`, `I` and
    /// `l` between some of its numbers: blanked there, column for
    /// column (the letters only where the row adds up without them and
    /// not with them as 1s); a grid drawn with bars between every cell
    /// (Markdown) and the letters of a label are left as they are.
    #[test]
    fn rules_read_from_a_scan_are_blanked() {
        let scan = "一、本年新收政府信息公幵申请数量 8 | 1  0   0 | 0  0  9\n\
                    1.属于国家秘密 0 I 0 l 0 | 0   0  0 0\n\
                    (一)子以公开  4  0 | 0  1  0 | 0   5\n\
                    四、结转下年度继续办理 | 2  0 | 0  0 0 0 2\n\
                    （二）部分公开 5 l 0 | 0 0 0 6\n\
                    3.危及“三安全一稳定” 0 I 0 0 | 0 0 0 0 5\n";
        let out = without_rules(scan).expect("rules blanked");
        let rows: Vec<Vec<&str>> = out
            .lines()
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert_eq!(rows[0][1..], ["8", "1", "0", "0", "0", "0", "9"]);
        // The letters OCR reads for a rule it reads for 1 as well: bars
        // where the row's 总计 adds up only with them left out.
        assert_eq!(rows[1][1..], ["0", "0", "0", "0", "0", "0", "0"]);
        assert_eq!(rows[2][1..], ["4", "0", "0", "1", "0", "0", "5"]);
        assert_eq!(rows[3][1..], ["2", "0", "0", "0", "0", "0", "2"]);
        // Adding up only with it read as 1 (`l` for the 1 of 商业企业):
        // left as it is.
        assert_eq!(rows[4][1..], ["5", "l", "0", "0", "0", "0", "6"]);
        // Numbers too large to add: no panic, and not taken to add up.
        let huge = format!("{scan}三、 18446744073709551615 l 18446744073709551615 0 0 0 | 5\n");
        assert!(without_rules(&huge).is_some_and(|t| t.contains(" l ")));
        // Section 四's row: fifteen numbers without the letters, each
        // group adding up, makes them bars; fourteen does not.
        let review = format!("{scan}0 0  0 0 | 0   0  0 0  0 | 0 | 0 0 l 0 0 I 0\n");
        let read = without_rules(&review).unwrap_or_default();
        let last: Vec<&str> = read
            .lines()
            .last()
            .unwrap_or("")
            .split_whitespace()
            .collect();
        assert_eq!(last, ["0"; 15]);
        let review = format!("{scan}0 0 0 0 | 0 l 0 0 0 | l | 0 0 0 0 0 | 0\n");
        assert!(without_rules(&review).is_some_and(|t| t.contains(" l ")));
        // Adding up either way, or neither: left.
        assert_eq!(rows[5][1..], ["0", "I", "0", "0", "0", "0", "0", "0", "5"]);
        assert_eq!(out.len(), scan.len());
        let markdown = "| 一、本年新收 | 8 | 1 | 0 | 0 | 0 | 0 | 9 |\n| 二、上年结转 | 1 | 0 | 0 | 1 | 0 | 0 | 2 |\n";
        assert_eq!(without_rules(markdown), None);
        let joined =
            "一、本年新收 8 | 1 | 0 | 0 | 0 | 0 | 9\n二、上年结转 1 | 0 | 0 | 1 | 0 | 0 | 2\n";
        assert_eq!(without_rules(joined), None);
        // One row with a bar is no scan's table.
        assert_eq!(without_rules("规章 0 | 1 0 0\n"), None);
    }

    /// A correction's old figure, struck out (`~~55~~<u>57</u>` as pandoc
    /// writes `<del>55</del><ins>57</ins>`), is no longer the report's;
    /// tildes that strike nothing (a range, an unclosed `<s>`) stay.
    #[test]
    fn struck_out_text_is_dropped() {
        assert_eq!(strip_markup("~~55~~<u>57</u>"), "57");
        assert_eq!(
            strip_markup("<del cite=\"#gz\">59</del><ins>61</ins>"),
            "61"
        );
        assert_eq!(strip_markup("<S>3</S>4 and <strike>1</strike>2"), "4 and 2");
        assert_eq!(strip_markup("1~~2"), "1~~2");
        assert_eq!(strip_markup("~~ 5 ~~6"), "~~ 5 ~~6");
        assert_eq!(strip_markup("<s>12 and the rest"), "12 and the rest");
        let d = parse(
            "| 一、本年新收政府信息公开申请数量 | ~~55~~<u>57</u> | 3 | ~~59~~<u>61</u> |\n",
            &Limits::default(),
        );
        assert_eq!(
            rows(&d),
            vec![vec!["一、本年新收政府信息公开申请数量", "57", "3", "61"]]
        );
    }

    /// Counts that link to the requests they count (`[160](list.jsp?…)`,
    /// as pandoc writes an `<a>` around a number) read as the numbers, in
    /// the columns they stood in; links around other text stay.
    #[test]
    fn links_around_numbers_read_as_the_numbers() {
        let line = "一、本年新收  [160](list.jsp%3Fnd=2019&hh=1)  [21](x)  0";
        let plain = unlinked_numbers(line).unwrap_or_default();
        assert_eq!(plain.chars().count(), line.chars().count());
        assert_eq!(
            plain.split_whitespace().collect::<Vec<_>>(),
            ["一、本年新收", "160", "21", "0"]
        );
        let at = |t: &str, w: &str| t.find(w).map(|k| t[..k].chars().count());
        assert_eq!(at(&plain, "160"), at(line, "160"));
        assert_eq!(at(&plain, "21 "), at(line, "21]"));
        assert_eq!(unlinked_numbers("[首页](/) > [1] [2](a b)"), None);
        assert_eq!(unlinked_numbers("| （七）总计 | [1](#fn1) | 3 |"), None);
        assert_eq!(
            unlinked_numbers("[1,406](u)").as_deref(),
            Some(" 1,406    ")
        );
    }

    /// Column names before values, each with a colon (round 29's 05:
    /// names for screen readers in every value cell), read as spaces on
    /// lines with two or more; a label's own words and prose stay.
    #[test]
    fn column_names_before_values_are_spaces() {
        let line = "一、本年新收政府信息公开申请数量自然人：25商业企业：1其他：0总计：26\n";
        assert_eq!(
            unnamed_values(line).as_deref(),
            Some("一、本年新收政府信息公开申请数量 25 1 0 26\n")
        );
        assert_eq!(
            unnamed_values("行政复议结果维持：1行政复议总计：1 复议后起诉/总计: 0\n").as_deref(),
            Some(" 1 1   0\n")
        );
        assert_eq!(
            unnamed_values("规章\n\n自然人：25\n\n 商业企业：1\t\n总计：3\n").as_deref(),
            Some("规章\n\n 25\n\n  1\t\n 3\n")
        );
        for kept in [
            "3.其他：5 总计：5\n",
            "其中自然人：25件。\n",
            "联系电话：0871-1234\n",
            "总计：3\n\n共计：3\n",
        ] {
            assert_eq!(unnamed_values(kept), None, "{kept}");
        }
    }

    /// The unit `件` after every value of a row (round 29's 10) reads as
    /// a space; prose keeps its units.
    #[test]
    fn units_after_a_rows_values_are_spaces() {
        assert_eq!(
            without_unit_counts("一、本年新收政府信息公开申请数量55件8件0件64件\n").as_deref(),
            Some("一、本年新收政府信息公开申请数量55 8 0 64 \n")
        );
        assert_eq!(
            without_unit_counts("（一）予以公开|18件|4件|0 件|23件\r\n").as_deref(),
            Some("（一）予以公开|18 |4 |0  |23 \r\n")
        );
        for kept in [
            "全年共收到申请64件，其中自然人55件、商业企业8件。\n",
            "行政复议3件 诉讼2件\n",
        ] {
            assert_eq!(without_unit_counts(kept), None, "{kept}");
        }
    }

    /// Readings after every character (round 29's 04, a page in 拼音
    /// mode) are dropped; a few notes in brackets stay.
    #[test]
    fn ruby_readings_are_dropped() {
        let line =
            "一(yī)、本(běn)年(nián)新(xīn)收(shōu)政(zhèng)府(fǔ)信(xìn)息(xī)的(de)|78|10\n";
        assert_eq!(
            without_ruby_readings(line).as_deref(),
            Some("一、本年新收政府信息的(de)|78|10\n")
        );
        assert_eq!(without_ruby_readings("附件(pdf) 下载(xls)\n"), None);
    }

    /// A tab closing every cell's line (round 29's hxselect copies) parts
    /// no cells; a tab between cells, or a text with few such lines,
    /// keeps its tabs.
    #[test]
    fn tabs_closing_cells_are_no_separators() {
        let cells =
            "四、政府信息公开行政复议、行政诉讼情况\n\n  行政复议\t\n  结果维持\t\r\n  总计\t \n";
        let values = "  1\t\n  0\t\n  0\t\n  1\t\n  2\t\n  1\t\n  0\t\n";
        let text = format!("{cells}\n{values}");
        assert_eq!(
            without_closing_tabs(&text).as_deref(),
            Some(
                "四、政府信息公开行政复议、行政诉讼情况\n\n  行政复议\n  结果维持\r\n  总计 \n\n  1\n  0\n  0\n  1\n  2\n  1\n  0\n"
            )
        );
        assert_eq!(without_closing_tabs(values), None);
        let tsv = format!("{text}规章\t0\t0\t0\n");
        assert_eq!(without_closing_tabs(&tsv), None);
        let blank_cell = format!("{text}\t0\n");
        assert_eq!(without_closing_tabs(&blank_cell), None);
    }

    /// edbrowse's element names before headings are dropped; one such
    /// line, or a line of ASCII after `h3 `, keeps its text.
    #[test]
    fn heading_tags_of_a_dump_are_dropped() {
        let text = "h1 某街道2025年政府信息公开工作年度报告\n\nh3 一、总体情况\n正文\nh3 四、政府信息公开行政复议、行政诉讼情况\r\n";
        assert_eq!(
            without_heading_tags(text).as_deref(),
            Some("某街道2025年政府信息公开工作年度报告\n\n一、总体情况\n正文\n四、政府信息公开行政复议、行政诉讼情况\r\n")
        );
        assert_eq!(without_heading_tags("h3 一、总体情况\n正文\n"), None);
        assert_eq!(without_heading_tags("h3 x\nh3 y\n"), None);
    }

    /// A DokuWiki cell holding a page, its lines parted by forced breaks:
    /// parted at them, each piece kept at the line it came from; a line
    /// with a few breaks (a footer's) stays as it is.
    #[test]
    fn forced_breaks_part_a_cell_of_lines() {
        let cell: String = (0..20).map(|k| format!("第{k}行\\\\ ")).collect();
        let text = format!("|页头|\n|{cell}完|\n|地址\\\\ 备案号|\n");
        let (parted, lines) = forced_breaks(&text).expect("a cell of lines");
        let got: Vec<&str> = parted.lines().collect();
        assert_eq!(got.len(), 23, "{got:?}");
        assert_eq!(got[1], "|第0行");
        assert_eq!(got[20], "第19行");
        assert_eq!(got[21], "完|");
        assert_eq!(got[22], "|地址\\\\ 备案号|");
        assert_eq!(lines[1..22], [2; 21]);
        assert_eq!(lines[22], 3);
        assert_eq!(forced_breaks("|地址\\\\ 备案号|\n"), None);
    }

    /// Ideographic zeros among a row's values (round 29's 03) read as
    /// zeros; dates in words and bullets stay.
    #[test]
    fn ideographic_zeros_among_values_are_zeros() {
        assert_eq!(
            zeros_as_digits("二、上年结转|7|1|〇|〇|8\n71〇〇〇〇8 3\n〇\n").as_deref(),
            Some("二、上年结转|7|1| 0| 0|8\n7100008 3\n 0\n")
        );
        for kept in ["二〇二一年1月 3 4\n", "〇 公开目录 12\n", "规章 〇\n"] {
            assert_eq!(zeros_as_digits(kept), None, "{kept}");
        }
    }

    /// Word's end-of-cell marks (BEL) are dropped: the cells read one a
    /// line, as its text gives them.
    #[test]
    fn word_cell_marks_are_dropped() {
        let text = "三、收到和处理政府信息公开申请情况\n\u{7}一、本年新收政府信息公开申请数量\n\u{7}3\n\u{7}0\n\u{7}\n";
        let cells: Vec<String> = rows(&parse(text, &Limits::default()))
            .into_iter()
            .flatten()
            .collect();
        assert!(cells.iter().all(|c| !c.contains('\u{7}')), "{cells:?}");
        assert!(cells.iter().any(|c| c == "3"), "{cells:?}");
        // Marks that part cells on one line part them as tabs do.
        let row = rows(&parse(
            "规章\u{7}2\u{7}1\u{7}58\u{7}\u{7}\n",
            &Limits::default(),
        ));
        assert_eq!(row[0][..4], ["规章", "2", "1", "58"]);
    }

    #[test]
    fn rst_list_tables_become_rows_in_place() {
        let rst = "三、收到和处理\n\n.. list-table:: 表\n   :header-rows: 1\n\n   * - 一、本年新收政府信息\n       公开申请数量\n     -\n     - 19\n   * - 规章\n     - 0\n\n四、复议\n- 一项\n";
        let out = list_table_rows(rst);
        let lines: Vec<&str> = out.split('\n').collect();
        assert_eq!(lines.len(), rst.split('\n').count());
        assert_eq!(lines[5], "一、本年新收政府信息 公开申请数量\t\t19");
        assert_eq!(lines[6..9], ["", "", ""]);
        assert_eq!(lines[9], "规章\t0");
        // After the directive, a list is a list.
        assert_eq!(lines[13], "- 一项");
        // No directive: nothing changes.
        assert!(matches!(
            list_table_rows("* - a\n  - b\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    fn rows(doc: &Document) -> Vec<Vec<String>> {
        doc.blocks
            .iter()
            .flat_map(|b| match b {
                Block::Table(g) => g
                    .rows
                    .iter()
                    .map(|r| r.cells.iter().map(|c| c.text.clone()).collect())
                    .collect(),
                Block::Line { text, .. } => vec![vec![text.clone()]],
            })
            .collect()
    }

    #[test]
    fn cell_per_line_rows_with_continuations() {
        let t = "二、主动公开政府信息情况\n\n\t第二十条第（一）项\n\n\t信息内容\n\t本年新制作数量\n\t本年新\n\n公开数量\n\t对外公开\n\n总数量\n\n\t规章\n\t0\n\t0\n\t0\n\n\t规范性文件\n\t1\n\t2\n\t3\n\n\n三、收到";
        let d = parse(t, &Limits::default());
        assert_eq!(
            rows(&d),
            vec![
                vec!["二、主动公开政府信息情况"],
                vec!["第二十条第（一）项"],
                vec![
                    "信息内容",
                    "本年新制作数量",
                    "本年新公开数量",
                    "对外公开总数量"
                ],
                vec!["规章", "0", "0", "0"],
                vec!["规范性文件", "1", "2", "3"],
                vec!["三、收到"],
            ]
        );
    }

    fn aligned(t: &str) -> Vec<String> {
        split_aligned(t, 0).into_iter().map(|(c, _)| c).collect()
    }

    #[test]
    fn aligned_pdf_rows() {
        assert_eq!(
            aligned("一、本年新收政府信息公开申请数量     4    0   0  0  0  0   4"),
            vec![
                "一、本年新收政府信息公开申请数量",
                "4",
                "0",
                "0",
                "0",
                "0",
                "0",
                "4"
            ]
        );
        assert_eq!(aligned("4 0 0 0 4 1 1 1 0 3").len(), 10);
        assert_eq!(
            aligned("三、本年度办理结果   （一）予以公开  1 2"),
            vec!["三、本年度办理结果", "（一）予以公开", "1", "2"]
        );
        assert_eq!(aligned("规章 — 0 /"), vec!["规章", "—", "0", "/"]);
        // A label's spaced-out characters are joined; digits run into it
        // keep the spaces between their runs.
        assert_eq!(
            aligned("信 息 公 开 申 请 数 量3 000 0 03 二、上年结转 00"),
            vec!["信息公开申请数量3 000 0 03二、上年结转", "00"]
        );
    }

    #[test]
    fn aligned_cells_know_their_place() {
        // Two rows whose numbers sit in the same columns after labels of
        // different lengths: the centres agree in display columns.
        let a = split_aligned("规章            3    0", 2);
        let b = split_aligned("行政规范性文件  1    4", 2);
        assert_eq!(a[1].1.width, b[1].1.width);
        assert_eq!(a[2].1.width, b[2].1.width);
        assert_eq!(a[2].1.page, 2);
        assert!(a[1].1.width < a[2].1.width);
        assert_eq!(a[0].1.chars, 1 + 2); // "规章": chars 0..2, centre 1

        // A line that keeps its layout (values in runs far apart): a
        // number one space after another has its place too; on a line of
        // numbers one space apart throughout, only the first.
        let c = split_aligned("一、本年新收申请数量 96 18        5     2 121", 0);
        let texts: Vec<&str> = c.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["一、本年新收申请数量", "96", "18", "5", "2", "121"]);
        assert!(c.iter().all(|(_, p)| p.chars > 0));
        assert_eq!(c[2].1.chars, 2 * 14 + 2 + 1); // "18": chars 14..16
        let d = split_aligned("一、本年新收申请数量  96 18 5 2 121", 0);
        let placed: Vec<bool> = d.iter().map(|(_, p)| p.chars > 0).collect();
        assert_eq!(placed, [true, true, false, false, false, false]);
    }

    /// w3m's box-drawn table: a group label spans rows, so the rule
    /// under a row runs beside the label's text (`│（六 ├────┼──┤`). That
    /// line ends the row above it as a rule does: the row's label wrapped
    /// over three lines, its values on the middle one, is one row.
    #[test]
    fn a_rule_beside_a_spanning_cell_ends_the_box_row() {
        let t = "┌──────┬─────────────┬───┬───┐\n\
                 │      │1.申请人无正 │   │   │\n\
                 │      │当理由逾期不 │ 3 │ 4 │\n\
                 │ （六 │补正         │   │   │\n\
                 │ ）   ├─────────────┼───┼───┤\n\
                 │ 其他 │3.其他       │ 1 │ 1 │\n\
                 └──────┴─────────────┴───┴───┘\n";
        let d = parse(t, &Limits::default());
        assert_eq!(
            rows(&d),
            vec![
                vec!["（六", "1.申请人无正当理由逾期不补正", "3", "4"],
                vec!["）"],
                vec!["其他", "3.其他", "1", "1"],
            ]
        );
    }

    #[test]
    fn box_drawn_and_fixed_width_tables() {
        let t = "┌──────┬───┐\n│（二）部分公开（区分处理│ 0 │\n│的，只计这一情形）  │   │\n├──────┼───┤\n│规章│ 3 │\n└──────┴───┘\n";
        let d = parse(t, &Limits::default());
        assert_eq!(
            rows(&d),
            vec![
                vec!["（二）部分公开（区分处理的，只计这一情形）", "0"],
                vec!["规章", "3"]
            ]
        );
        let t = "  ------ ---- ----\n  规章   3    \n  规范   1    2\n  ------ ---- ----\n\n后文";
        let d = parse(t, &Limits::default());
        assert_eq!(
            rows(&d),
            vec![vec!["规章", "3", ""], vec!["规范", "1", "2"], vec!["后文"]]
        );
        assert_eq!(
            split_markdown("|____1.属于国家|_____0_____|"),
            vec!["1.属于国家", "0"]
        );
        assert_eq!(
            strip_markup("**<span style=\"font-family:黑体\">三、收到</span>**"),
            "三、收到"
        );
        assert_eq!(strip_markup("a < b"), "a < b");
        assert_eq!(
            blank_tags("**<span\nstyle=\"x\">三、收到</span>** a<b 1 < 2"),
            "**\n三、收到** a<b 1 < 2"
        );
        // A line break between two digits of a table's cell is marked,
        // others in a table's cell are two spaces; outside a table it is
        // taken out as before.
        assert_eq!(
            blank_tags("||4.保护第三方|4<br>2|0|6|\n甲<br/>乙\n|部分<br>公开|1<br>234|1,<br>318|"),
            "||4.保护第三方|4\u{ad}2|0|6|\n甲乙\n|部分  公开|1\u{ad}234|1,\u{ad}318|"
        );
    }

    /// pandas' row and column numbers are taken out of a table; a table
    /// whose first column holds values, or numbers that do not count up
    /// row after row, keeps it.
    #[test]
    fn pandas_row_numbers_dropped() {
        let limits = Limits::default();
        let d = parse(
            ",0,1,2,3\n0,信息内容,本年新制作数量,本年新公开数量,对外公开总数量\n1,规章,0,0,3\n2,规范性文件,4,4,12\n3,行政许可,1,2,3\n4,行政处罚,0,0,0\n",
            &limits,
        );
        assert_eq!(
            rows(&d)[..3],
            [
                vec![
                    "信息内容",
                    "本年新制作数量",
                    "本年新公开数量",
                    "对外公开总数量"
                ],
                vec!["规章", "0", "0", "3"],
                vec!["规范性文件", "4", "4", "12"],
            ]
        );
        // Column names over several levels (a page's `<th>` rows), the
        // number's place blank; then, in the same document, a frame of one
        // row of values (section 四), known by its shape once a frame was.
        let d = parse(
            ",信息内容,信息内容,x\n,本年新制作数量,本年新公开数量,对外公开总数量\n0,规章,0,3\n1,规范性文件,4,4\n2,行政许可,1,2\n四、政府信息公开行政复议、行政诉讼情况\n,行政复议,行政复议,行政诉讼\n,结果维持,总计,结果维持\n0,4,4,0\n",
            &limits,
        );
        let r = rows(&d);
        assert_eq!(r[2], vec!["规章", "0", "3"]);
        assert_eq!(
            r.last(),
            Some(&vec!["4".to_string(), "4".into(), "0".into()])
        );
        // Numbers that do not count up row after row: kept.
        let d = parse(
            "信息内容,本年新制作数量,x\n3,规章,0\n5,规范性文件,4\n6,行政许可,1\n7,行政处罚,0\n",
            &limits,
        );
        assert_eq!(rows(&d)[1], vec!["3", "规章", "0"]);
    }

    /// Markdown's backslash escapes are undone before anything reads the
    /// text, except an escaped pipe (a pipe inside a table cell) and a
    /// backslash before anything but ASCII punctuation.
    #[test]
    fn markdown_escapes_undone() {
        assert_eq!(
            unescape_markdown("1\\.属于国家秘密\n报告\\_区政府 a\\\\b"),
            "1.属于国家秘密\n报告_区政府 a\\b"
        );
        assert_eq!(
            unescape_markdown("| a\\|b | 本年增\\减 |"),
            "| a\\|b | 本年增\\减 |"
        );
        assert!(matches!(
            unescape_markdown("本年增\\减"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn form_feeds_count_pages_not_lines() {
        let d = parse("甲\n\u{c}乙  1  2\n丙", &Limits::default());
        let Block::Table(g) = &d.blocks[1] else {
            panic!("{:?}", d.blocks)
        };
        assert_eq!(g.rows[0].loc.line, 2);
        assert_eq!(g.rows[0].cells[1].pos.page, 1);
        assert_eq!(d.blocks.len(), 3);
    }

    /// Pandoc's Markdown: a grid table's row is its lines up to the next
    /// rule, each cell's text joined (a `\` ending a line is a line
    /// break); a grid table of one column is a page's layout box, read as
    /// lines; bracketed spans are their text.
    #[test]
    fn pandoc_grid_tables_and_spans() {
        let t = "+------+-----+-----+\n\
                 | 信息内容 | 本年新\\ | 对外公开 |\n\
                 |      | 制作数量 | 总数量 |\n\
                 +======+=====+=====+\n\
                 | 规范性文 | [11]{lang=\"EN- | 86 |\n\
                 | 件   | US\"} |  |\n\
                 +------+-----+-----+\n";
        assert_eq!(
            rows(&parse(t, &Limits::default())),
            vec![
                vec!["信息内容", "本年新制作数量", "对外公开总数量"],
                vec!["规范性文件", "11", "86"],
            ]
        );
        // A layout box around the page: its lines are lines, a simple
        // table inside it read by its dashed rule's columns.
        let boxed = "+----------------------------------+\n\
                     | **[一、总体情况]{style=\"x\"}**      |\n\
                     |   ---------- ----- -----         |\n\
                     |   规章       0     12             |\n\
                     |   ---------- ----- -----         |\n\
                     +----------------------------------+\n";
        assert_eq!(
            rows(&parse(boxed, &Limits::default())),
            vec![vec!["一、总体情况"], vec!["规章", "0", "12"]]
        );
        assert_eq!(
            strip_spans("[[58]{lang=\"EN-US\"}件]{style=\"a\"}", false),
            "58件"
        );
        assert_eq!(strip_spans("[首页](/) > [1]", false), "[首页](/) > [1]");
        // Rows between two rules (PrettyTable): a number on two lines of
        // a column, so each line is a row.
        let pretty = "+----------+----+----+\n| 规章     | 0  | 12 |\n| 规范性文件 | 3  | 40 |\n+----------+----+----+\n";
        assert_eq!(
            rows(&parse(pretty, &Limits::default())),
            vec![vec!["规章", "0", "12"], vec!["规范性文件", "3", "40"]]
        );
        // A grid of two columns laid around a page, its text in one
        // (pandoc's text of a report in a narrow layout cell): each line
        // a line of the page, numbers kept apart where they stood.
        let mut page = String::from("+------------------------+----+\n");
        page.push_str("| 四、政府信息公开       |    |\n| 行政复议、行政诉讼情况 |    |\n");
        for _ in 0..40 {
            page.push_str("|                        |    |\n");
        }
        page.push_str("|   1          0         |    |\n+------------------------+----+\n");
        assert_eq!(
            rows(&parse(&page, &Limits::default())),
            vec![
                vec!["四、政府信息公开"],
                vec!["行政复议、行政诉讼情况"],
                vec!["1", "0"]
            ]
        );
        // A close tag without its `>` runs into the next table's: no panic.
        let _ = parse(
            "<table><tr><td>规章</td><td>1</td></tr></table <table><tr><td>x</td></tr></table>",
            &Limits::default(),
        );
        assert_eq!(
            strip_spans("[（二）部分公开（区分处", false),
            "（二）部分公开（区分处"
        );
    }

    /// A page inside one cell of a Markdown layout table (MarkItDown: the
    /// cell's paragraphs parted by two spaces, its tables inline): parted
    /// onto lines, each read at the line it came from; the tables' own
    /// cells stay together, stray text after a table (`endif`) included
    /// up to the next section's heading.
    #[test]
    fn a_page_inside_one_markdown_cell_is_parted() {
        let page = "|  |\n| --- |\n| **某某局2021年政府信息公开工作年度报告**  一、总体情况  \
            （一）主动公开。全年主动公开政府信息1462条。  二、主动公开政府信息情况  \
            |  |  |  |  | | --- | --- | --- | --- | | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | \
            | 规章 | 1 | 0 | 12 | | 行政规范性文件 | 7 | 2 | 64 | endif  四、政府信息公开行政复议、行政诉讼情况  \
            无。  五、存在的主要问题及改进情况  无。 |\n| 主办单位 |\n";
        let (parted, lines) = unnested_cells(page).expect("parted");
        let got: Vec<&str> = parted.lines().collect();
        assert_eq!(got[2], "**某某局2021年政府信息公开工作年度报告**");
        assert_eq!(got[3], "一、总体情况");
        assert_eq!(got[5], "二、主动公开政府信息情况");
        assert!(got[6].starts_with("|  |  |  |  | | --- |"), "{:?}", got[6]);
        assert!(got[6].ends_with("| 64 | endif"), "{:?}", got[6]);
        assert_eq!(got[7], "四、政府信息公开行政复议、行政诉讼情况");
        assert_eq!(got.len(), 12);
        assert_eq!(got[11], "| 主办单位 |");
        assert_eq!(lines, [1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4]);
        // Read: the row at the line of the cell it came from.
        let doc = parse(page, &Limits::default());
        let at = doc.blocks.iter().find_map(|b| match b {
            Block::Line { text, loc } if text == "一、总体情况" => Some(loc.line),
            _ => None,
        });
        assert_eq!(at, Some(3));
        // A short row, or one with no table inside: left as it is.
        assert_eq!(
            unnested_cells("| 一、总体情况  （一）主动公开 |\n| --- |\n"),
            None
        );
    }

    /// A page whose `<td>`s were left unclosed, as an HTML parser nests
    /// them and MarkItDown writes the result: each row of the report run
    /// into the first cell of a row of its own, the rows between runs of
    /// header rules, all on one line. Each such row is a line of its own,
    /// and the tables read; a cell with paragraphs in it (two spaces) is
    /// still parted as paragraphs.
    #[test]
    fn rows_nested_by_unclosed_cells_are_lines() {
        let empty = "|  ".repeat(12);
        let rule = "| --- ".repeat(12);
        let rows = [
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况",
            "自然人 法人或其他组织 总计",
            "商业企业 科研机构 社会公益组织 法律服务机构 其他",
            "一、本年新收政府信息公开申请数量 21 3 0 1 0 0 25",
            "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2",
        ];
        let mut line = String::from("| 三、收到和处理政府信息公开申请情况  ");
        for r in rows {
            line.push_str(&format!("{empty}{rule}| | {r}"));
        }
        line.push_str(&format!("{empty}|\n"));
        let text = format!("标题\n{line}");
        let (parted, lines) = unnested_cells(&text).expect("parted");
        let got: Vec<&str> = parted.lines().collect();
        assert_eq!(got[1], "三、收到和处理政府信息公开申请情况");
        assert_eq!(got[2..], rows);
        assert_eq!(lines, [1, 2, 2, 2, 2, 2, 2]);
        let doc = parse(&text, &Limits::default());
        let row = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(g) => g.rows.iter().find(|r| r.cells[0].text.starts_with("一、")),
                _ => None,
            })
            .next()
            .expect("the row as a grid row");
        let cells: Vec<&str> = row.cells.iter().map(|c| c.text.trim()).collect();
        assert_eq!(cells[1..], ["21", "3", "0", "1", "0", "0", "25"]);
        assert_eq!(row.loc.line, 2);
    }

    /// A simple table inside a grid cell whose frame wrapped its long
    /// lines: a span's rest starts the next frame line unindented
    /// (`[18` / `35]{…}`, `[8]` / `{…}`, `[本` / `年处理决定数量]{…}`),
    /// and is joined to the line it was cut from; other frame lines, a
    /// bracket closed on its own line, and lines kept indented stay.
    #[test]
    fn spans_cut_by_a_frames_wrapping_are_mended() {
        let t = "+--------------------------------------------------+\n\
                 |   [信息内容]{style=\"x\"}   [本                     |\n\
                 | 年处理决定数量]{style=\"x\"}                       |\n\
                 |   [行政许可]{style=\"x\"}   [18                    |\n\
                 | 35]{lang=\"EN-US\"}                               |\n\
                 |   [行政强制]{style=\"x\"}   [8]                    |\n\
                 | {lang=\"EN-US\"}                                  |\n\
                 |   [行政处罚]{style=\"x\"}   [14]{lang=\"EN-US\"}    |\n\
                 | 2                                                |\n\
                 +--------------------------------------------------+\n";
        let doc = parse(t, &Limits::default());
        let rows = rows(&doc);
        let has = |cells: [&str; 2]| rows.iter().any(|r| r == &cells);
        assert!(has(["信息内容", "本年处理决定数量"]), "{rows:?}");
        assert!(has(["行政许可", "1835"]), "{rows:?}");
        assert!(has(["行政强制", "8"]), "{rows:?}");
        // A span closed on its own line: the line after is not its rest.
        assert!(has(["行政处罚", "14"]), "{rows:?}");
        // Line numbers stay: the mended row is where it began.
        let at = doc.blocks.iter().find_map(|b| match b {
            Block::Table(g) => g
                .rows
                .iter()
                .find(|r| r.cells.iter().any(|c| c.text == "1835"))
                .map(|r| r.loc.line),
            Block::Line { .. } => None,
        });
        assert_eq!(at, Some(4));
        assert_eq!(unwrapped_spans("| [18 |\n|   35]{a} |\n"), None);
        // A grid of several columns: its cells' lines are joined cell by
        // cell, not here.
        assert_eq!(
            unwrapped_spans("| [        | 0 |\n| 第二十条]{a} | 1 |\n"),
            None
        );
    }

    /// Lines a converter wrote: a bold paragraph indented with ideographic
    /// spaces is prose; a heading run into its paragraph is two lines; a
    /// dashed rule narrower than the rows below it (the columns of merged
    /// cells left out of it) does not cut them.
    #[test]
    fn converter_lines() {
        let d = parse(
            "**　　一、总体情况**\n五、存在的主要问题及改进情况 一是培训不足。\n",
            &Limits::default(),
        );
        assert_eq!(
            rows(&d),
            vec![
                vec!["一、总体情况"],
                vec!["五、存在的主要问题及改进情况"],
                vec!["一是培训不足。"]
            ]
        );
        // Pandoc escapes a dash cell (`\-`): the cells after it keep
        // their columns.
        let escaped = "  ---------- -------- -------- ------\n  行政许可   \\-       -3       0\n";
        assert_eq!(
            rows(&parse(escaped, &Limits::default())),
            vec![vec!["行政许可", "-", "-3", "0"]]
        );
        // Lines ended by a carriage return alone (classic Mac OS).
        assert_eq!(
            rows(&parse("规章\r行政规范性文件\r", &Limits::default())),
            vec![vec!["规章"], vec!["行政规范性文件"]]
        );
        // No-break spaces (a browser's copy) part cells as spaces do.
        assert_eq!(
            rows(&parse(
                "规章\u{a0}\u{a0}\u{a0}0\u{a0}\u{a0}\u{a0}12\n",
                &Limits::default()
            )),
            vec![vec!["规章", "0", "12"]]
        );
        let narrow = "  ------------ -----\n  一、本年新收     3    1    0    4\n";
        assert_eq!(
            rows(&parse(narrow, &Limits::default())),
            vec![vec!["一、本年新收", "3", "1", "0", "4"]]
        );
    }

    /// A Markdown file whose converter wrote a table with merged cells as
    /// raw HTML: the table is read as HTML, and the text
    /// around it as text, every place numbered in the whole file.
    #[test]
    fn html_tables_inside_text() {
        let t = "二、主动公开政府信息情况\n\n<table>\n<tr><td colspan=\"2\">第二十条第（一）项</td></tr>\n\
                 <tr><td>规章</td><td>3</td></tr>\n</table>\n\n三、收到和处理政府信息公开申请情况\n";
        let d = parse(t, &Limits::default());
        assert_eq!(
            rows(&d),
            vec![
                vec!["二、主动公开政府信息情况"],
                vec!["第二十条第（一）项"],
                vec!["规章", "3"],
                vec!["三、收到和处理政府信息公开申请情况"],
            ]
        );
        let Some(Block::Line { loc, .. }) = d.blocks.last() else {
            panic!("{:?}", d.blocks)
        };
        assert_eq!(loc.line, 8);
        assert_eq!(
            html_tables("a <TABLE>x</table> b <table>"),
            vec![(2, 18), (21, 28)]
        );
    }

    #[test]
    fn csv_and_markdown() {
        assert_eq!(
            split_csv(r#"政府集中采购,16,"39,173,777.52""#, b','),
            Some(vec![
                "政府集中采购".to_string(),
                "16".into(),
                "39,173,777.52".into()
            ])
        );
        assert_eq!(split_csv("本年度共收到申请1,234件", b','), None);
        // A spreadsheet saved with `;` between cells.
        assert_eq!(
            split_csv(r#""行政规范性文件";2;1;"17""#, b';'),
            Some(vec![
                "行政规范性文件".to_string(),
                "2".into(),
                "1".into(),
                "17".into()
            ])
        );
        let semi = [r#""规章";0;0;0;;"#; 5];
        assert_eq!(csv_delimiter(&semi), Some(b';'));
        // Commas decide first; a line with one `;` is no table.
        assert_eq!(csv_delimiter(&["规章,0;1,0,0"; 5]), Some(b','));
        assert_eq!(csv_delimiter(&["本年度共收到申请;3件"; 6]), None);
        assert_eq!(
            split_markdown("| 规章 | 0 | | 3 |"),
            vec!["规章", "0", "", "3"]
        );
        assert!(is_md_separator("|---|:--:|---|"));
    }

    /// html2text's tables: cells joined by `| `, no bar at either end,
    /// cells with units (`0件`) and dashes.
    #[test]
    fn bars_without_spaces_before_them_part_cells() {
        let doc = parse(
            "规章| 0件| 0件| 0件\n一、本年新收政府信息公开申请数量| 15件| 4件| —| —| —| —| 19件\n",
            &Limits::default(),
        );
        let r = rows(&doc);
        // Three counts each with its unit end the line: read as the
        // counts ([`without_unit_counts`]).
        assert_eq!(r[0], ["规章", "0", "0", "0"]);
        assert_eq!(r[1].len(), 8, "{r:?}");
        assert_eq!(r[1][7], "19件");
        // One bar in a sentence is no table.
        let doc = parse("本年度｜共收到申请| 3件。\n", &Limits::default());
        assert_eq!(rows(&doc).len(), 1);
    }

    /// Text taken from Word's HTML with a newline between elements: cells
    /// three blank lines apart, a number split into runs on consecutive
    /// lines (`1` / `7`), a row's number above its words (`2.` /
    /// `其他法律…`). Joined back; numbers apart stay apart.
    #[test]
    fn pieces_of_a_spaced_out_cell_are_joined() {
        let mut text = String::from("2.\n其他法律行政法规禁止公开\n\n\n\n1\n7\n\n\n\n2\n");
        for k in 0..24 {
            text.push_str(&format!("\n\n\n{}\n", k % 3));
        }
        let doc = parse(&text, &Limits::default());
        let r = rows(&doc);
        assert_eq!(r[0], ["2.其他法律行政法规禁止公开"]);
        assert_eq!(r[1], ["17"]);
        assert_eq!(r[2], ["2"]);
        // One cell a line with nothing between: every line its own cell.
        let text: String = (0..30).map(|k| format!("{}\n", k % 4)).collect();
        let doc = parse(&text, &Limits::default());
        assert_eq!(rows(&doc).len(), 30);
        // In spaced text, a run of four number lines is a row's values one
        // a line, not one number's pieces.
        let mut text = String::from("1\n0\n0\n1\n");
        for k in 0..24 {
            text.push_str(&format!("\n\n\n{}\n", k % 3));
        }
        let doc = parse(&text, &Limits::default());
        assert_eq!(rows(&doc)[..4], [["1"], ["0"], ["0"], ["1"]]);
    }

    /// w3m's text of a table whose 总计 column is one character wide: a
    /// full-width `１５` wraps, `５` on the next line where `１` starts.
    /// Joined to the number above; not below a row of values alone (the
    /// next row's, above its label), nor where the piece starts elsewhere.
    #[test]
    fn a_number_wrapped_in_a_narrow_column_is_one_number() {
        let text = r#"一、本年新收政府信息公开申请数量   14 1  -  -    -    -  １
                                                         ５
二、上年结转政府信息公开申请数量   -  -  -  -    -    -  -
       （七）总计                  13 1  -  -    -    -  １
                                                         ４
四、结转下年度继续办理             1  -  -  -    -    -  １
"#;
        let r = rows(&parse(text, &Limits::default()));
        assert_eq!(r[0].last().map(String::as_str), Some("１５"), "{r:?}");
        assert_eq!(r[2].last().map(String::as_str), Some("１４"), "{r:?}");
        assert_eq!(r.len(), 4, "{r:?}");
        // Values alone above: the lone digit is a line of its own.
        let text = "   14 1  -  -    -    -  3\n                         5\n一、本年新收政府信息公开申请数量   14 1  -  -    -    -  3\n";
        let r = rows(&parse(text, &Limits::default()));
        assert_eq!(r.len(), 3, "{r:?}");
        // The next row's one value above its label, in the total's
        // column: its own row's, not the rest of the total above.
        let text = r#"       （一）予以公开              3  1  0  0    0    0  4
                                                         2
       （二）部分公开（区分处理的，只计这一情形，不计其他情形）
       （三）不予公开
"#;
        let r = rows(&parse(text, &Limits::default()));
        assert_eq!(r[0].last().map(String::as_str), Some("4"), "{r:?}");
        assert!(r.iter().any(|row| row == &["2"]), "{r:?}");
        // A piece that starts one column off is no part of the number.
        let text = "一、本年新收政府信息公开申请数量   14 1  -  -    -    -  １\n                                                          ５\n";
        let r = rows(&parse(text, &Limits::default()));
        assert_eq!(r[0].last().map(String::as_str), Some("１"), "{r:?}");
    }

    /// Text of one cell a line, taken from Word's HTML with a space
    /// between elements: a number split into runs reads `2 0`, one number
    /// again. Not where lines of several numbers are cells (`0 1`: two
    /// columns a line), nor `0 5` (no number starts with 0).
    #[test]
    fn digits_a_space_apart_in_text_of_a_cell_a_line_are_one_number() {
        let cells = |extra: &str| {
            let mut text = String::from("一、本年新收政府信息公开申请数量\n\n2 0\n\n");
            for k in 0..24 {
                text.push_str(&format!("{}\n\n", k % 3));
            }
            text.push_str(extra);
            rows(&parse(&text, &Limits::default()))
        };
        let r = cells("");
        assert_eq!(r[1], ["20"]);
        assert_eq!(r.len(), 26);
        let r = cells("0 1\n");
        assert_eq!(r[1], ["2", "0"]);
        assert_eq!(r[r.len() - 1], ["0", "1"]);
        assert_eq!(cells("0 5\n")[1], ["2", "0"]);
        // Too few lone numbers to show the layout.
        let r = rows(&parse("合计\n2 0\n1\n3\n", &Limits::default()));
        assert_eq!(r[1], ["2", "0"]);
        // Cells on consecutive lines (a PDF's drawing order), two close
        // ones sharing a line: two cells.
        let mut text = String::from("复议后起诉\n");
        for k in 0..24 {
            text.push_str(&format!("{}\n", k % 3));
        }
        text.push_str("1 1\n");
        let r = rows(&parse(&text, &Limits::default()));
        assert_eq!(r[r.len() - 1], ["1", "1"]);
    }

    /// A page's layout cell written as one line: headings inside it, each
    /// after a sentence's end and between spaces, stand on lines of their
    /// own; a heading's words inside a sentence do not.
    /// A section's heading run onto a table row's last number: the row
    /// and the heading apart; not a heading's words in a sentence.
    #[test]
    fn a_heading_run_onto_a_rows_last_number() {
        let line = "四、结转下年度继续办理   0   0   0四、政府信息公开行政复议、行政诉讼情况";
        let at = heading_after_number(line).expect("a heading after the row");
        assert_eq!(&line[at..], "四、政府信息公开行政复议、行政诉讼情况");
        let doc = parse(line, &Limits::default());
        assert_eq!(
            rows(&doc),
            vec![
                vec!["四、结转下年度继续办理", "0", "0", "0"],
                vec!["四、政府信息公开行政复议、行政诉讼情况"]
            ]
        );
        assert_eq!(
            heading_after_number("详见四、政府信息公开行政复议、行政诉讼情况"),
            None
        );
        // A mark the line's trim takes off after the heading: no panic,
        // the cut where the heading starts.
        let marked = format!("{line} \u{feff}");
        assert_eq!(rows(&parse(&marked, &Limits::default())).len(), 2);
    }

    #[test]
    fn headings_sharing_a_line_are_cut_out() {
        let line = "本报告数据统计期限自2019年1月1日起至2019年12月31日止。 一、总体情况 2019年，全年收到申请19件。 二、主动公开政府信息情况";
        assert_eq!(
            cut_at_headings(line),
            Some(vec![
                "本报告数据统计期限自2019年1月1日起至2019年12月31日止。",
                "一、总体情况",
                "2019年，全年收到申请19件。",
                "二、主动公开政府信息情况",
            ])
        );
        // A heading run into its first paragraph.
        assert_eq!(
            cut_at_headings("一、总体情况 2020年，全年收到申请4件。"),
            Some(vec!["一、总体情况", "2020年，全年收到申请4件。"])
        );
        for line in [
            "全文包括一、总体情况 二、主动公开政府信息情况等",
            "见上文。一、总体情况所述",
            "一、总体情况",
        ] {
            assert_eq!(cut_at_headings(line), None, "{line}");
        }
    }
}
