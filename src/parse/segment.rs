//! Reports flattened onto one line → lines again.
//!
//! Crawlers that keep only a page's text (BeautifulSoup `get_text()` with
//! no separator or with `" "`) put a whole report on one line, or a few:
//! the title, headings, table captions, header cells, row labels and
//! numbers all run together. No layout of [`super::text`] reads such a
//! line. This module finds the lines that hold a flattened report and cuts
//! them back into lines at what the templates make known (the section
//! headings, the sub-headings of section 一, the table captions, header
//! cells and row labels of `template.rs`), found by one Aho–Corasick
//! automaton, never by the separators a given crawler used.
//!
//! A label may also occur in prose (`依申请公开` in a sentence, `行政复议`
//! in `发生行政复议0起`). A table label is cut at only when it is *linked*
//! to a neighbouring label: nothing but numbers and spaces lies between
//! them, as between the cells of a flattened table. Headings and the
//! numbered sub-headings of section 一 are cut at wherever they occur on a
//! line that qualifies. Table labels are only cut at in their own section
//! once a heading has been seen. A row label keeps the numbers that follow
//! it on its line (`1.属于国家秘密0000000`, `规章 0 0 0`), the shapes the
//! run-together and aligned readers already take; a header cell is a line
//! of its own, and numbers after one (section 四's fifteen values) too.
//!
//! A line qualifies when it holds at least two section headings and three
//! linked row labels: a contents line or a paragraph naming sections does
//! not, and a table
//! alone on a line under its own heading is left to the run-together
//! reader (`extract::stream`), which reads it already. Text without such a
//! line is returned as `None` and read exactly as before.

use super::value::{fold_digit, is_digit};
use crate::template::{
    ACTIVE_2019, ACTIVE_2021, GROUP_DENIED, GROUP_OTHER, GROUP_REJECTED, GROUP_RESULTS,
    GROUP_UNABLE, REQUEST_COLS, REQUEST_ROWS, REVIEW_COLS, SECTIONS,
};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

/// Lines shorter than this are never looked at (a flattened report is
/// thousands of bytes; this only spares the automaton short lines).
const MIN_LINE_BYTES: usize = 200;

/// Lines longer than this are left alone (a flattened report is tens of
/// kilobytes; this bounds the memory a hostile line can cost here, before
/// the parser cuts long lines to `Limits::max_line_bytes`).
const MAX_LINE_BYTES: usize = 1 << 20;

/// Linked row labels a line needs besides two headings: a flattened
/// report carries its tables; a paragraph or contents line that names
/// two sections does not.
const MIN_ROWS: usize = 3;

/// What a known label is, for cutting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A section heading (一 … 六, index 0 … 5): a line of its own.
    Heading(u8),
    /// A numbered sub-heading of section 一: a line of its own.
    Sub,
    /// A caption, header cell or group label: a line of its own.
    Head,
    /// A row label: starts a line that keeps the numbers after it.
    Row,
}

/// A pattern of the automaton: its kind, and the sections (bit k for
/// section k, 0 … 5) whose tables it belongs to (0: any).
#[derive(Debug, Clone, Copy)]
struct Pat {
    kind: Kind,
    sections: u8,
}

struct Labels {
    /// `None` only if the automaton could not be built (it always can).
    ac: Option<AhoCorasick>,
    pats: Vec<Pat>,
}

/// Section headings beside the canonical ones: the wordings FORMAT.md
/// records from published reports (2019 and 2021).
const HEADING_VARIANTS: [(u8, &str); 12] = [
    (0, "一、概述"),
    (0, "一、基本情况"),
    (3, "四、因政府信息公开工作被申请行政复议提起行政诉讼情况"),
    (3, "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况"),
    (3, "四、因政府信息公开申请行政复议、提起行政诉讼的情况"),
    (3, "四、政府信息公开行政复议和行政诉讼情况"),
    (3, "四、政府信息公开行政复议及行政诉讼情况"),
    (4, "五、政府信息公开工作存在的主要问题及改进情况"),
    (4, "五、存在问题及改进情况"),
    (4, "五、存在的主要问题和改进情况"),
    (5, "六、其他报告的事项"),
    (5, "六、其他需要说明的事项"),
];

/// The sub-headings of section 一 (the 2021 template's five topics).
const SUBS: [&str; 7] = [
    "（一）主动公开",
    "（二）依申请公开",
    "（三）政府信息管理",
    "（四）平台建设",
    "（四）政府信息公开平台建设",
    "（五）监督保障",
    "（五）监督保障情况",
];

/// Header cells of section 二 and 三 beside the template's columns.
const HEADS_ACTIVE: [&str; 1] = ["信息内容"];
const HEADS_REQUEST: [&str; 4] = [
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "申请人情况",
    "法人或其他组织",
    "自然人",
];
const HEADS_REVIEW: [&str; 4] = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"];

/// The spellings of a label: as printed, and with its numbering written
/// the other common ways (`1.` `1．` `1、`; `（一）` `(一)`).
fn spellings(label: &str) -> Vec<String> {
    let mut out = vec![label.to_string()];
    let mut chars = label.chars();
    let first = chars.next();
    let second = chars.next();
    if let (Some(d), Some('.')) = (first, second) {
        if d.is_ascii_digit() {
            let rest = chars.as_str();
            out.push(format!("{d}．{rest}"));
            out.push(format!("{d}、{rest}"));
        }
    }
    if let Some(rest) = label.strip_prefix('（') {
        if let Some((num, tail)) = rest.split_once('）') {
            if num.chars().count() == 1 {
                out.push(format!("({num}){tail}"));
            }
        }
    }
    out
}

fn labels() -> &'static Labels {
    static LABELS: OnceLock<Labels> = OnceLock::new();
    LABELS.get_or_init(|| {
        let mut texts: Vec<String> = Vec::new();
        let mut pats: Vec<Pat> = Vec::new();
        let mut add = |label: &str, kind: Kind, section: Option<u8>| {
            let sections = section.map_or(0, |k| 1u8 << k);
            for s in spellings(label) {
                // The first kind given for a spelling stands; its sections
                // add up (`总计` heads columns in 三 and in 四).
                match texts.iter().position(|t| *t == s) {
                    Some(i) => {
                        if let Some(p) = pats.get_mut(i) {
                            if p.sections != 0 {
                                p.sections |= sections;
                            }
                        }
                    }
                    None => {
                        texts.push(s);
                        pats.push(Pat { kind, sections });
                    }
                }
            }
        };
        for (k, (_, h)) in SECTIONS.iter().enumerate() {
            add(h, Kind::Heading(k as u8), None);
        }
        for (k, h) in HEADING_VARIANTS {
            add(h, Kind::Heading(k), None);
        }
        for s in SUBS {
            add(s, Kind::Sub, Some(0));
        }
        // Section 二.
        for r in ACTIVE_2019.iter().chain(ACTIVE_2021.iter()) {
            add(r.caption, Kind::Head, Some(1));
            for c in r.cols {
                add(c.label, Kind::Head, Some(1));
            }
            add(r.label, Kind::Row, Some(1));
        }
        add("本年增／减", Kind::Head, Some(1));
        for h in HEADS_ACTIVE {
            add(h, Kind::Head, Some(1));
        }
        // Section 三.
        for h in HEADS_REQUEST {
            add(h, Kind::Head, Some(2));
        }
        for c in &REQUEST_COLS {
            add(c.label, Kind::Head, Some(2));
        }
        for g in [
            GROUP_RESULTS,
            GROUP_DENIED,
            GROUP_UNABLE,
            GROUP_REJECTED,
            GROUP_OTHER,
        ] {
            add(g, Kind::Head, Some(2));
        }
        for r in &REQUEST_ROWS {
            add(r.label, Kind::Row, Some(2));
        }
        // Section 四.
        for h in HEADS_REVIEW {
            add(h, Kind::Head, Some(3));
        }
        for c in &REVIEW_COLS {
            add(c.label, Kind::Head, Some(3));
        }
        // Fixed patterns of a few hundred bytes: building does not fail; if
        // it did, every text would read as it is.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&texts)
            .ok();
        Labels { ac, pats }
    })
}

/// Whether `gap`, the text between two labels, is only numbers and
/// spaces (the cells of a flattened row), so the two are linked.
fn is_number_gap(gap: &str) -> bool {
    gap.chars().all(|c| {
        c.is_whitespace()
            || is_digit(c)
            || matches!(
                c,
                '.' | ',' | '-' | '—' | '–' | '－' | '．' | '，' | '/' | '／'
            )
    })
}

/// `line` in simplified script when that changes it and keeps every
/// character's UTF-8 length.
fn simplified_same_len(line: &str) -> Option<String> {
    let mut out = String::with_capacity(line.len());
    let mut changed = false;
    for c in line.chars() {
        let s = crate::hanzi::to_simplified(c);
        if s.len_utf8() != c.len_utf8() {
            return None;
        }
        changed |= s != c;
        out.push(s);
    }
    changed.then_some(out)
}

/// A cut found on a line: the byte range of the label and its kind.
#[derive(Debug, Clone, Copy)]
struct Cut {
    start: usize,
    end: usize,
    kind: Kind,
}

/// The cuts of one line, given the section in effect where it starts
/// (updated to the one in effect where it ends).
fn cuts(ac: &AhoCorasick, line: &str, section: &mut Option<u8>) -> Vec<Cut> {
    let l = labels();
    let mut found: Vec<(Cut, u8)> = Vec::new();
    // Traditional script is matched in simplified form, when every
    // character keeps its length (the cuts are byte offsets of `line`).
    let simple = simplified_same_len(line);
    let hay = simple.as_deref().unwrap_or(line);
    for m in ac.find_iter(hay) {
        let Some(p) = l.pats.get(m.pattern().as_usize()) else {
            continue;
        };
        found.push((
            Cut {
                start: m.start(),
                end: m.end(),
                kind: p.kind,
            },
            p.sections,
        ));
    }
    // Keep the labels that belong where they stand.
    let mut kept: Vec<Cut> = Vec::with_capacity(found.len());
    for (c, sec) in found {
        match c.kind {
            Kind::Heading(k) => {
                *section = Some(k);
                kept.push(c);
            }
            _ => {
                if sec == 0 || section.is_none_or(|k| sec & (1 << k) != 0) {
                    kept.push(c);
                }
            }
        }
    }
    // A table label stands only when linked to a neighbour.
    let linked = |a: &Cut, b: &Cut| line.get(a.end..b.start).is_some_and(is_number_gap);
    let mut out = Vec::with_capacity(kept.len());
    for i in 0..kept.len() {
        let c = kept[i];
        let keep = match c.kind {
            Kind::Heading(_) | Kind::Sub => true,
            Kind::Head | Kind::Row => {
                (i > 0 && linked(&kept[i - 1], &c))
                    || kept.get(i + 1).is_some_and(|n| linked(&c, n))
            }
        };
        if keep {
            out.push(c);
        }
    }
    out
}

/// Whether the cuts of a line show a flattened report.
fn qualifies(cuts: &[Cut]) -> bool {
    let mut headings = [false; 6];
    let mut rows = 0usize;
    for c in cuts {
        match c.kind {
            Kind::Heading(k) => {
                if let Some(h) = headings.get_mut(usize::from(k)) {
                    *h = true;
                }
            }
            Kind::Row => rows += 1,
            Kind::Sub | Kind::Head => {}
        }
    }
    headings.iter().filter(|h| **h).count() >= 2 && rows >= MIN_ROWS
}

/// Pushes `s` trimmed as a line when it holds anything.
fn push_line(out: &mut String, s: &str) {
    let t = s.trim();
    if !t.is_empty() {
        out.push_str(t);
        out.push('\n');
    }
}

/// Pushes the text before a line's first cut, cut after each `年度报告`
/// (the title's end, in either script), so that a title is a line of its
/// own, apart from the site name or date a page puts beside it.
fn push_lead(out: &mut String, s: &str) {
    let mut rest = s;
    loop {
        let end = ["年度报告", "年度報告"]
            .iter()
            .filter_map(|e| rest.find(e).map(|i| i + e.len()))
            .min();
        let Some(end) = end else {
            break;
        };
        let (title, tail) = rest.split_at(end);
        push_line(out, title);
        rest = tail;
    }
    push_line(out, rest);
}

/// Pushes a row: its label, then what follows it with full-width digits
/// written as ASCII ones (the same numbers; the run-together reader splits
/// runs of ASCII digits).
fn push_row(out: &mut String, label: &str, rest: &str) {
    let mut line = String::with_capacity(label.len() + rest.len());
    line.push_str(label);
    line.extend(rest.chars().map(fold_digit));
    push_line(out, &line);
}

/// Cuts `line` at `cuts` into `out`.
fn cut_line(line: &str, cuts: &[Cut], out: &mut String) {
    let mut at = 0usize;
    // The end of the row label the current piece starts with.
    let mut label_end: Option<usize> = None;
    let flush = |out: &mut String, from: usize, to: usize, label_end: Option<usize>, lead| {
        let piece = line.get(from..to).unwrap_or("");
        match label_end {
            Some(e) if e >= from && e <= to => push_row(
                out,
                line.get(from..e).unwrap_or(""),
                line.get(e..to).unwrap_or(""),
            ),
            _ if lead => push_lead(out, piece),
            // Numbers alone (section 四's values after its header).
            _ if is_number_gap(piece) => {
                push_line(out, &piece.chars().map(fold_digit).collect::<String>())
            }
            _ => push_line(out, piece),
        }
    };
    for (i, c) in cuts.iter().enumerate() {
        if c.start < at {
            continue;
        }
        flush(out, at, c.start, label_end, i == 0);
        label_end = None;
        match c.kind {
            Kind::Row => {
                at = c.start;
                label_end = Some(c.end);
            }
            Kind::Heading(_) | Kind::Sub | Kind::Head => {
                push_line(out, line.get(c.start..c.end).unwrap_or(""));
                at = c.end;
            }
        }
    }
    flush(out, at, line.len(), label_end, cuts.is_empty());
}

/// [`unflatten_mapped`] without the lines' origins, for the tests.
#[cfg(test)]
fn unflatten(text: &str) -> Option<String> {
    unflatten_mapped(text).map(|(out, _)| out)
}

/// The text with every line that holds a flattened report cut back into
/// lines, and for each line of the result the line (from 1) of `text` it
/// came from; `None` when there is no such line (the text reads as it is).
pub fn unflatten_mapped(text: &str) -> Option<(String, Vec<u32>)> {
    if text.len() < MIN_LINE_BYTES {
        return None;
    }
    let ac = labels().ac.as_ref()?;
    // The cuts of a line, when it qualifies; `section` is the section in
    // effect, moved on only by the headings of lines that qualify.
    let plan = |line: &str, section: &mut Option<u8>| -> Option<Vec<Cut>> {
        if line.len() < MIN_LINE_BYTES || line.len() > MAX_LINE_BYTES {
            return None;
        }
        let before = *section;
        let c = cuts(ac, line, section);
        if qualifies(&c) {
            Some(c)
        } else {
            *section = before;
            None
        }
    };
    // Most texts have no such line: nothing is copied until the first.
    let mut section = None;
    let mut lines = text.split('\n');
    let mut before = 0;
    let mut n: u32 = 0;
    let (first, first_cuts) = loop {
        let line = lines.next()?;
        n += 1;
        if let Some(c) = plan(line, &mut section) {
            break (line, c);
        }
        before += line.len() + 1;
    };
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    out.push_str(&text[..before]);
    let mut map: Vec<u32> = (1..n).collect();
    // The lines `out` gained since `seen` (a byte offset), each from line
    // `n`.
    let mut seen = out.len();
    let mut mapped = |out: &String, map: &mut Vec<u32>, n: u32| {
        let more = memchr::memchr_iter(b'\n', &out.as_bytes()[seen..]).count();
        map.extend(std::iter::repeat_n(n, more));
        seen = out.len();
    };
    cut_line(first.trim_end_matches('\r'), &first_cuts, &mut out);
    mapped(&out, &mut map, n);
    for line in lines {
        n += 1;
        match plan(line, &mut section) {
            Some(c) => cut_line(line.trim_end_matches('\r'), &c, &mut out),
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
        mapped(&out, &mut map, n);
    }
    // A last line with no line break after it.
    if !out.ends_with('\n') {
        map.push(n);
    }
    Some((out, map))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_a_flattened_line_is_left_alone() {
        let t = "某某区2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n";
        assert_eq!(unflatten(t), None);
        let prose = "本机关全年依申请公开政府信息，发生行政复议0起、行政诉讼5起。".repeat(20);
        assert_eq!(unflatten(&prose), None);
    }

    #[test]
    fn a_flattened_report_is_cut_at_its_labels() {
        let t = "某区2022年政府信息公开工作年度报告 一、总体情况 （一）主动公开 全年依申请公开政府信息。 \
                 二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 \
                 规章 0 0 0 行政规范性文件 3 1 27 \
                 三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 \
                 一、本年新收政府信息公开申请数量1000001二、上年结转政府信息公开申请数量0000000\
                 三、本年度办理结果（一）予以公开1000001（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000 \
                 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 总计 1 2 3 五、存在的主要问题及改进情况 无。";
        let out = unflatten(t).unwrap_or_default();
        let lines: Vec<&str> = out.lines().collect();
        for want in [
            "某区2022年政府信息公开工作年度报告",
            "一、总体情况",
            "（一）主动公开",
            "全年依申请公开政府信息。",
            "规章 0 0 0",
            "行政规范性文件 3 1 27",
            "一、本年新收政府信息公开申请数量1000001",
            "三、本年度办理结果",
            "1.属于国家秘密0000000",
            "2.其他法律行政法规禁止公开0000000",
            "总计",
            "1 2 3",
            "五、存在的主要问题及改进情况",
            "无。",
        ] {
            assert!(lines.contains(&want), "{want} not in {lines:?}");
        }
    }

    /// A table's last rows run into the rest of the page on one line (a
    /// page's text taken with no separator, the table's earlier rows on
    /// lines of their own): three linked row labels and the headings after
    /// them are enough.
    #[test]
    fn a_tables_end_run_into_the_page_is_cut() {
        let t = "                00000003.其他1100002（七）总计21710000218四、结转下年度继续办理0000000\
                 四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计\
                 000000000000000五、存在的主要问题及改进情况一是公开质量有待提升。六、其他需要报告的事项无。\n";
        let out = unflatten(t).unwrap_or_default();
        let lines: Vec<&str> = out.lines().map(str::trim).collect();
        for want in [
            "（七）总计21710000218",
            "四、结转下年度继续办理0000000",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项",
        ] {
            assert!(lines.contains(&want), "{want} not in {lines:?}");
        }
        // Two linked labels are not enough.
        let two = "本年（七）总计21710000218四、结转下年度继续办理0000000，\
                   四、政府信息公开行政复议、行政诉讼情况见下文。五、存在的主要问题及改进情况见下文。"
            .repeat(3);
        assert_eq!(unflatten(&two), None);
    }

    /// The lines cut from a line are all that line's, and the lines
    /// after keep theirs.
    #[test]
    fn cut_lines_keep_the_line_they_came_from() {
        let flat = "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数\
                    规章000行政规范性文件010三、收到和处理政府信息公开申请情况\
                    一、本年新收政府信息公开申请数量1000001二、上年结转政府信息公开申请数量0000000\
                    三、本年度办理结果（一）予以公开1000001";
        let text = format!("标题\n\n{flat}\n五、存在的主要问题及改进情况\n无。");
        let (out, map) = unflatten_mapped(&text).expect("cut");
        let n = out.lines().count();
        assert_eq!(map.len(), n);
        assert_eq!(&map[..2], [1, 2]);
        assert!(map[2..n - 2].iter().all(|&l| l == 3), "{map:?}");
        assert_eq!(&map[n - 2..], [4, 5]);
    }

    #[test]
    fn labels_in_prose_are_not_cut() {
        let prose = "（一）主动公开本机关依申请公开信息，行政许可12件，行政处罚3件，发生行政复议0起、行政诉讼5起。";
        let t = format!(
            "一、总体情况{prose}二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数\
             本年废止件数现行有效件数规章000行政规范性文件010第二十条第（五）项信息内容\
             本年处理决定数量行政许可0第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制1"
        );
        let out = unflatten(&t).unwrap_or_default();
        assert!(out.contains("\n行政强制1\n"), "{out}");
        assert!(out.contains(
            "本机关依申请公开信息，行政许可12件，行政处罚3件，发生行政复议0起、行政诉讼5起。\n"
        ));
    }
}
