//! The three tables onto the template: section 二 (主动公开), section 三
//! (依申请) and section 四 (复议/诉讼), plus the template decision.

use super::fill::{record_provenance, Filler, Short, Spill};
use super::fit::{RowCheck, Slot};
use super::label::{
    group_of, match_active, match_request, norm, numbered_only, ActiveScope, Group, Label,
};
use super::reconstruct::{reconstruct, reconstruct_review, RowSpec, Section};
use super::rows::without_row_numbers;
use super::sections::Sections;
use super::{CellView, RowView};
use crate::model::{Checks, How, Issue, Record, Row, Severity, Table, Template};
use crate::parse::value::{cell_pieces, lex, number, Lexed};
use crate::parse::Loc;
use crate::template::{
    self, request_rows, ActiveRow, Col, RequestRow, REQUEST_COLS, REVIEW_COLS, REVIEW_GROUPS,
};
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// Evidence for the template decision.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Markers {
    /// Distinct 2019-format markers seen.
    pub f2019: usize,
    /// Distinct 2021-format markers seen.
    pub f2021: usize,
    /// Whether the section-三 table's labels were seen.
    pub requests: bool,
}

const M2019: [&str; 9] = [
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "其他对外管理服务事项",
    "政府集中采购",
    "采购项目数量",
    "采购总金额",
];
const M2021: [&str; 6] = [
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年处理决定数量",
    "本年收费金额",
    "逾期未按收费通知",
];

/// One automaton for every marker: [`M2019`], then [`M2021`], then the
/// section-三 table's own words. Building from these literals cannot fail.
#[allow(clippy::expect_used)]
fn marker_automaton() -> &'static AhoCorasick {
    static A: OnceLock<AhoCorasick> = OnceLock::new();
    A.get_or_init(|| {
        let words = M2019
            .iter()
            .chain(M2021.iter())
            .chain(["本年新收", "申请人情况"].iter());
        AhoCorasick::new(words).expect("literal patterns build")
    })
}

/// Counts template markers among the label cells of tables: column
/// headers and row labels, which every layout puts in table rows. Prose
/// lines (most of a page's clutter) are not looked at; lines short of a
/// sentence are, when the tables' cells tell neither template from the
/// other (a table flattened one cell a line prints its headers as lines
/// of their own).
pub(crate) fn markers(rows: &[RowView<'_>]) -> Markers {
    let mut m = Markers::default();
    let mut seen = [false; M2019.len() + M2021.len() + 2];
    let ac = marker_automaton();
    let scan = |r: &RowView<'_>, m: &mut Markers, seen: &mut [bool]| {
        for c in &r.cells {
            if c.from_above || c.text.len() > 300 {
                continue;
            }
            // Markers hold no digits: a value cell is never one.
            if c.is_value() {
                continue;
            }
            for hit in ac.find_overlapping_iter(c.norm()) {
                let k = hit.pattern().as_usize();
                seen[k] = true;
                m.requests |= k >= M2019.len() + M2021.len();
            }
        }
    };
    for r in rows.iter().filter(|r| !r.is_line) {
        scan(r, &mut m, &mut seen);
    }
    let count = |seen: &[bool]| seen.iter().filter(|s| **s).count();
    let tie = |seen: &[bool]| {
        count(&seen[..M2019.len()]) == count(&seen[M2019.len()..M2019.len() + M2021.len()])
    };
    if tie(&seen) {
        let short = |r: &&RowView<'_>| {
            r.is_line
                && r.cells.first().is_some_and(|c| {
                    c.text.len() <= 240 && c.text.chars().count() <= 80 && !c.text.contains('。')
                })
        };
        for r in rows.iter().filter(short) {
            scan(r, &mut m, &mut seen);
        }
    }
    m.f2019 = count(&seen[..M2019.len()]);
    m.f2021 = count(&seen[M2019.len()..M2019.len() + M2021.len()]);
    m
}

/// Picks the template from markers, then year; `None` for a document that
/// is not a disclosure annual report at all.
pub(crate) fn decide_template(
    m: &Markers,
    secs: &Sections,
    year: Option<i32>,
    titled: bool,
) -> Option<Template> {
    if m.f2021 > m.f2019 {
        return Some(Template::F2021);
    }
    if m.f2019 > m.f2021 {
        return Some(Template::F2019);
    }
    let headings = secs.heading.iter().flatten().count();
    let by_year = |y: i32| match y {
        ..=2018 => Template::Legacy,
        2019..=2020 => Template::F2019,
        _ => Template::F2021,
    };
    if m.requests || headings >= 3 {
        // A 2019+ skeleton: the year decides between the two formats.
        return Some(year.map_or(Template::F2021, by_year));
    }
    if titled {
        return Some(match year {
            Some(y) if y >= 2019 => by_year(y),
            _ => Template::Legacy,
        });
    }
    None
}

/// How a row splits: the labels it sits under, its own labels, its values.
struct Split<'a, 'd> {
    context: Vec<&'a CellView<'d>>,
    labels: Vec<&'a CellView<'d>>,
    values: Vec<&'a CellView<'d>>,
}

/// Splits a row: cells spanning from above are context; then leading
/// blanks (merged-cell placeholders) are skipped; the run of text cells
/// is the label; everything after it is a value.
fn split<'a, 'd>(r: &'a RowView<'d>) -> Split<'a, 'd> {
    let mut s = Split {
        context: Vec::new(),
        labels: Vec::new(),
        values: Vec::new(),
    };
    let mut state = 0; // 0: before labels, 1: in labels, 2: values
                       // Blanks before anything else: merged-label placeholders when a label
                       // follows, values when the row has no label (section 四's data row).
    let mut lead: Vec<&CellView<'d>> = Vec::new();
    for c in &r.cells {
        // A wrapped count: its column is not known, so the row is read
        // by the second pass, which places it. A blank place of a
        // grid's label columns: no cell of the row's.
        if c.floating || c.label_place() {
            continue;
        }
        if c.from_above {
            if state == 0 {
                s.context.push(c);
            } else if state == 2 {
                // A spanned value cell (rare): keep the column count.
                s.values.push(c);
            }
            continue;
        }
        // Several numbers in one cell (`4  2`) are values too.
        let value = c.is_value() || c.several();
        match state {
            0 if c.text.trim().is_empty() => lead.push(c),
            0 | 1 if !value => {
                s.labels.push(c);
                state = 1;
            }
            _ => {
                if state == 0 {
                    s.values.append(&mut lead);
                }
                s.values.push(c);
                state = 2;
            }
        }
    }
    s
}

/// Whether a cell of several numbers (`4  2`) does not read as one
/// number either (as `1 234`, a wrapped number, does).
fn not_one_number(c: &CellView<'_>) -> bool {
    c.several() && !matches!(lex(c.text), Lexed::Number { .. })
}

/// Whether a section-三 row's cells, read as they stand, add up: its 总计
/// printed and the sum of its other cells ([`RowCheck::REQUEST_ROW`]).
fn adds_up<'c, 'd: 'c>(cells: impl IntoIterator<Item = &'c CellView<'d>>) -> bool {
    let v: Vec<Option<f64>> = cells.into_iter().map(|c| number(c.text)).collect();
    v.last().is_some_and(Option::is_some) && RowCheck::REQUEST_ROW.holds(&v)
}

/// A row's value cells with each cell of several numbers (`4  2`) parted
/// into a cell per number, when some cell holds several and the row then
/// prints exactly `n` cells: blank cells at its end left out, and blank
/// ones at its start (a merged label's places) while there are more than
/// `n`; `None` otherwise. In a `labelled` row, nor when one of those blank
/// places would then be the first cell: a row of fewer numbers than its
/// columns (a column cut off the page, `| | | 5 | 1 | 0 0 | 1 0 |`) does
/// not show which is blank. (Section 四's row has no label, and no label's
/// places: a blank there is a cell.)
fn parted_cells<'d>(
    values: &[&CellView<'d>],
    n: usize,
    labelled: bool,
) -> Option<Vec<CellView<'d>>> {
    if !values.iter().any(|c| c.several()) {
        return None;
    }
    let mut out: Vec<CellView<'d>> = Vec::with_capacity(n + 2);
    for c in values {
        if c.several() {
            out.extend(
                cell_pieces(c.text).map(|t| CellView::piece(c, t, (How::Read, Checks::default()))),
            );
        } else {
            out.push((*c).clone());
        }
    }
    let blank = |c: &CellView<'_>| c.text.trim().is_empty();
    while out.last().is_some_and(blank) {
        out.pop();
    }
    let lead = out.iter().take_while(|c| blank(c)).count();
    let drop = lead.min(out.len().saturating_sub(n));
    out.drain(..drop);
    (out.len() == n && (drop == lead || !labelled)).then_some(out)
}

/// A row's value cells as the rows stacked in them: exactly `n` cells
/// with text (blank ones at the end aside), each holding the same number
/// of numbers, two or more, one a row; each row's cells, in order.
/// `None` for any other row.
fn stacked_rows<'d>(values: &[&CellView<'d>], n: usize) -> Option<Vec<Vec<CellView<'d>>>> {
    let printed = values
        .iter()
        .rposition(|c| !c.text.trim().is_empty())
        .map_or(0, |k| k + 1);
    if printed != n || !values[..n].iter().all(|c| c.several()) {
        return None;
    }
    let k = cell_pieces(values[0].text).count();
    if values[..n].iter().any(|c| cell_pieces(c.text).count() != k) {
        return None;
    }
    let mut rows: Vec<Vec<CellView<'d>>> = vec![Vec::with_capacity(n); k];
    for c in &values[..n] {
        for (j, t) in cell_pieces(c.text).enumerate() {
            rows[j].push(CellView::piece(c, t, (How::Read, Checks::default())));
        }
    }
    Some(rows)
}

/// The rows whose labels a label cell holds one after the other, each
/// led by its sub-row number after a space or a line break (`1.信访举报
/// 投诉类申请  2.重复申请`, `（六）其他处理  1.申请人…  2.申请人…  3.其他`):
/// each part the template's row of `t` (in `group`) that follows the one
/// before it; a part that names no row (a group's own label before them)
/// is passed over. `None` unless two rows or more are named so.
fn labels_in_cell(
    text: &str,
    group: Option<Group>,
    t: Template,
) -> Option<Vec<&'static crate::template::RequestRow>> {
    // Where each part starts: a digit and its mark after a space.
    let starts = text.char_indices().filter(|&(i, c)| {
        c.is_ascii_digit()
            && matches!(text[i + 1..].chars().next(), Some('.' | '、' | '．'))
            && text[..i].ends_with(char::is_whitespace)
    });
    let cuts: Vec<usize> = std::iter::once(0).chain(starts.map(|(i, _)| i)).collect();
    if cuts.len() < 2 {
        return None;
    }
    let rows: Vec<_> = crate::template::request_rows(t).collect();
    let mut named: Vec<&'static crate::template::RequestRow> = Vec::new();
    for (k, &from) in cuts.iter().enumerate() {
        let to = cuts.get(k + 1).copied().unwrap_or(text.len());
        let Some(def) = match_request(&Label::new(text[from..to].trim()), group, t) else {
            continue;
        };
        if let Some(prev) = named.last() {
            let at = |key: &str| rows.iter().position(|r| r.key == key);
            if at(def.key) != at(prev.key).map(|p| p + 1) {
                return None;
            }
        }
        named.push(def);
    }
    (named.len() >= 2).then_some(named)
}

/// Fits a row's value cells to the template's `n` columns. Extra cells
/// must be blank: on the left they are merged label cells (the values are
/// the rightmost columns, as in every template); failing that, on the
/// right they are the empty rest of a merged value cell (a one-column row
/// under a three-column header). Anything else is not guessed.
fn fit<'a, 'd>(v: Vec<&'a CellView<'d>>, n: usize) -> Result<Vec<&'a CellView<'d>>, usize> {
    let blank = |c: &&CellView<'_>| c.text.trim().is_empty();
    if v.len() == n {
        return Ok(v);
    }
    if v.len() < n {
        return Err(v.len());
    }
    let extra = v.len() - n;
    if v[..extra].iter().all(blank) {
        return Ok(v[extra..].to_vec());
    }
    if v[n..].iter().all(blank) {
        return Ok(v[..n].to_vec());
    }
    // A last cell spanning the rest of the row, repeated in each column it
    // covers (exporters that fill merged cells: pandas, spreadsheets).
    if n > 0 && v[n..].iter().all(|c| c.text.trim() == v[n - 1].text.trim()) {
        return Ok(v[..n].to_vec());
    }
    Err(v.len())
}

/// [`fit`] for a section-二 row, narrower than the sub-table it stands in
/// when no header places its cells: blank cells at both ends, with the
/// values landing in other columns depending on which end is dropped, do
/// not say where the values stand (`行政事业性收费 | | 0 |` under a header
/// run into one cell); the row is left to the second pass, which flags it.
fn fit_narrow<'a, 'd>(v: Vec<&'a CellView<'d>>, n: usize) -> Result<Vec<&'a CellView<'d>>, usize> {
    let blank = |c: &&CellView<'_>| c.text.trim().is_empty();
    if v.len() > n {
        let extra = v.len() - n;
        let both = v[..extra].iter().all(blank) && v[n..].iter().all(blank);
        if both
            && v[extra..]
                .iter()
                .zip(&v[..n])
                .any(|(a, b)| a.text.trim() != b.text.trim())
        {
            return Err(v.iter().filter(|c| !blank(c)).count());
        }
    }
    fit(v, n)
}

/// Keeps a label-only row's most specific fragment for the rows below (a
/// label wrapped over lines); a group label before it is context.
fn push_pending(pending: &mut Vec<String>, s: &Split<'_, '_>) {
    if let Some(last) = s.labels.last() {
        pending.push(last.text.to_string());
        if pending.len() > 2 {
            pending.remove(0);
        }
    }
}

/// Label candidates for a row after its last label cell alone (which
/// [`resolve_row`] tries first, from the cell's cached analysis), most
/// specific first: all own labels, and with the label-only lines just
/// above (a label wrapped over lines).
fn candidates(labels: &[&CellView<'_>], pending: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let all: String = labels.iter().map(|c| c.text).collect();
    if labels.len() > 1 {
        out.push(all.clone());
        if let Some(label) = reshuffled(&all) {
            out.push(label.to_string());
        }
    }
    if let Some(p) = pending.last() {
        out.push(format!("{p}{all}"));
        if pending.len() > 1 {
            out.push(format!("{}{p}{all}", pending[pending.len() - 2]));
        }
    }
    out
}

/// The template's row label whose words are exactly those of `joined`,
/// the label cells of one row put together, in another order: one merged
/// label a PDF reader cut down its middle into two cells, each holding
/// its half of every line (`（二）部分` / `情形，不计` beside `公开（区分
/// 处理的，只计这一` / `其他情形）`, the line breaks lost). Only a label of
/// six characters or more, and only when one label has those characters.
fn reshuffled(joined: &str) -> Option<&'static str> {
    static LABELS: OnceLock<Vec<(Vec<char>, &'static str)>> = OnceLock::new();
    // Its letters, numbering and notes included, punctuation left out.
    let sorted = |text: &str| {
        let mut c: Vec<char> = norm(text).chars().filter(|c| c.is_alphanumeric()).collect();
        c.sort_unstable();
        c
    };
    let labels = LABELS.get_or_init(|| {
        template::REQUEST_ROWS
            .iter()
            .map(|r| r.label)
            .chain(template::ACTIVE_2019.iter().map(|r| r.label))
            .chain(template::ACTIVE_2021.iter().map(|r| r.label))
            .map(|l| (sorted(l), l))
            .collect()
    });
    let mine = sorted(joined);
    if mine.len() < 6 {
        return None;
    }
    let mut hits = labels.iter().filter(|(c, _)| *c == mine).map(|(_, l)| *l);
    match (hits.next(), hits.next()) {
        (Some(l), None) => Some(l),
        (Some(a), Some(b)) if a == b => Some(a),
        _ => None,
    }
}

/// The template row a table row stands for, the cell holding its label,
/// and its value cells. By the label (the last label cell, all of them,
/// or with the wrapped fragments above); failing that, by an earlier label
/// cell followed by text where a number belongs (`行政许可 | 无`): that
/// text is then a value, read as unparsed — if the cells then fit the
/// template's `n` columns, so that a label merely split over cells is
/// not mistaken for one.
///
/// Keeps `pending` (label fragments of the rows just above) up to date: a
/// label-only row that matches nothing adds to it; any other row clears it.
fn resolve<'a, 'd, D>(
    s: &Split<'a, 'd>,
    pending: &mut Vec<String>,
    n: impl Fn(&D) -> usize,
    m: impl Fn(&Label) -> Option<D>,
) -> Option<(D, Option<&'a CellView<'d>>, Vec<&'a CellView<'d>>)> {
    let found = resolve_row(s, pending, n, m);
    // A header row (columns' heads, `结果维持 | … | 总计 | 未经复议直接起诉`)
    // is no fragment of the label of the row below it.
    let header = s.labels.len() > 1 && column_heads(&s.labels);
    if found.is_none() && s.values.is_empty() && !header {
        push_pending(pending, s);
    } else {
        pending.clear();
    }
    found
}

/// Whether every one of `cells` is a column's head
/// ([`crate::template::is_column_head`]): a header row's, no label's or
/// value's.
fn column_heads(cells: &[&CellView<'_>]) -> bool {
    cells
        .iter()
        .all(|c| crate::template::is_column_head(c.norm()))
}

/// A label that reads as its whole path, as spreadsheet and Markdown
/// exports join merged row headers (`三、本年度办理结果 （三）不予公开
/// 1.属于国家秘密`): the group its leading parts open, and its last part;
/// `None` for a one-part label.
fn path_parts(c: &CellView<'_>) -> Option<(Option<Group>, Label)> {
    let parts = super::label::path(c.norm());
    let (last, head) = parts.split_last().filter(|(_, h)| !h.is_empty())?;
    let group = head
        .iter()
        .filter_map(|p| group_of(&Label::from_norm(p)))
        .next_back();
    Some((group, Label::from_norm(last)))
}

fn resolve_row<'a, 'd, D>(
    s: &Split<'a, 'd>,
    pending: &[String],
    n: impl Fn(&D) -> usize,
    m: impl Fn(&Label) -> Option<D>,
) -> Option<(D, Option<&'a CellView<'d>>, Vec<&'a CellView<'d>>)> {
    // A row matched by its labels joined (a wrapped label), with fewer
    // values than the row has columns: kept in case no label cell of its
    // own names the row with the text cells after it as values (a label
    // cut to its column, the rest of it spilled into the value cells).
    let mut joined = None;
    if !s.values.is_empty() {
        // The last label cell alone (its analysis is cached), then the
        // joined candidates.
        if let Some(d) = s.labels.last().and_then(|c| {
            m(c.label()).or_else(|| {
                // Only over plain values: a path label followed by
                // text is cells run together, for the second pass.
                let plain = s.values.iter().all(|v| v.is_value());
                plain
                    .then(|| path_parts(c))
                    .flatten()
                    .and_then(|(_, l)| m(&l))
            })
        }) {
            return Some((d, s.labels.last().copied(), s.values.clone()));
        }
        // Values alone after two labels that are each a whole row's, with
        // nothing between them: the values may be either row's (labels
        // printed first, values after them: a PDF read box by box), for
        // the second pass to weigh, not taken as the last one's here.
        if let ([], [a, b]) = (&s.labels[..], pending) {
            if m(&Label::new(a)).is_some()
                && m(&Label::new(b)).is_some()
                && m(&Label::new(&format!("{a}{b}"))).is_none()
            {
                return None;
            }
        }
        if let Some(d) = candidates(&s.labels, pending)
            .iter()
            .find_map(|c| m(&Label::new(c)))
        {
            if s.values.len() >= n(&d) {
                return Some((d, s.labels.last().copied(), s.values.clone()));
            }
            joined = Some(d);
        }
    }
    for k in (0..s.labels.len().saturating_sub(1)).rev() {
        // Text holding another row's label is not a value written in
        // words (`无`): it is cells run together (`04.无正当理由…`), for
        // the second pass.
        let run_together = s.labels[k + 1..].iter().any(|c| {
            super::stream::split_glued(c.text.trim())
                .iter()
                .any(|(t, num)| !num && m(&Label::new(t)).is_some())
        });
        // Label cells in a grid's label columns are the label's parts,
        // not its values spilled beside it (`|一、本年新收政府信息|公开申请
        // 数量||142|…`).
        // Nor are columns' heads after a label (`总计 | 未经复议直接起诉 |
        // …`, a header row that only looks like a row of its label).
        if run_together
            || column_heads(&s.labels[k + 1..])
            || s.labels[k + 1..].iter().all(|c| c.in_label_columns)
        {
            continue;
        }
        if let Some(d) = m(s.labels[k].label()) {
            let mut vals: Vec<&CellView<'d>> = s.labels[k + 1..].to_vec();
            vals.extend(s.values.iter().copied());
            if fit(vals.clone(), n(&d)).is_ok() {
                return Some((d, Some(s.labels[k]), vals));
            }
        }
    }
    joined.map(|d| (d, s.labels.last().copied(), s.values.clone()))
}

/// Whether a row is a converter's placeholder for a table it did not
/// render (`[TABLE]`, as pandoc writes one).
fn placeholder(r: &RowView<'_>) -> bool {
    let text: String = r.cells.iter().map(|c| c.text.trim()).collect();
    text.trim_matches(['\\', '*', ' '])
        .eq_ignore_ascii_case("[table]")
}

/// Where section 二's table stands though none of its rows was read: the
/// first of two or more of its columns' heads (`本年制发件数`,
/// `本年处理决定数量`) among `rows`, with values after them. A copy whose
/// lines lost their heads (a cropped margin: `文件`, `可`, `罚` for
/// 行政规范性文件, 行政许可, 行政处罚) keeps the heads and the values
/// but no label to read a row by: the table is there, its rows unread.
fn active_heads(rows: &[RowView<'_>]) -> Option<Loc> {
    // A head without its unit (`本年收费金额` of `本年收费金额（单位：万元）`).
    let labels = || active_cols().map(|l| l.split('（').next().unwrap_or(l));
    let mut seen: Vec<&str> = Vec::new();
    let mut first = None;
    let mut values = 0usize;
    for r in rows {
        for c in &r.cells {
            let text = c.text.trim();
            if number(text).is_some() {
                values += usize::from(first.is_some());
                continue;
            }
            for l in labels().filter(|l| text.contains(l)) {
                if !seen.contains(&l) {
                    seen.push(l);
                }
                first.get_or_insert(r.loc);
            }
        }
    }
    (seen.len() >= 2 && values >= 3).then_some(first).flatten()
}

/// Section 二's columns' heads, both templates' (`本年制发件数`, …).
fn active_cols() -> impl Iterator<Item = &'static str> {
    template::ACTIVE_2019
        .iter()
        .chain(&template::ACTIVE_2021)
        .flat_map(|r| r.cols)
        .map(|c| c.label)
}

/// Extracts the three tables and reports what is structurally wrong.
pub(crate) fn extract_tables(
    rows: &[RowView<'_>],
    secs: &Sections,
    t: Template,
    ends_inside: &[crate::parse::Stop],
    rec: &mut Record,
) {
    let all = 0..rows.len();
    let mut f = Filler::new(rec);
    f.ends_inside = ends_inside.to_vec();
    // A section's rows; those after the last section's heading from the
    // first row of cells on when its own hold no table ([`appended`]).
    let tail = appended(rows, secs);
    let span = |k: usize| {
        secs.span(k).map(|r| match &tail {
            Some(t)
                if !holds_table(&rows[r.clone()])
                    && (!(1..=3).contains(&k)
                        || rows[t.clone()].iter().any(|r| starts_table_row(r, k - 1))) =>
            {
                t.clone()
            }
            _ => r,
        })
    };

    // Section 三.
    let range = span(2).unwrap_or(all.clone());
    let ends = range.end == rows.len();
    // A 序号 column's numbers are no cells of the rows they number.
    let unnumbered = without_row_numbers(&rows[range.clone()], Some(REQUEST_COLS.len()));
    let section = unnumbered.as_deref().unwrap_or(&rows[range]);
    // `None`: printed, but not to be read (said so).
    let requests = extract_requests(section, t, ends, &mut f);
    let unreadable = requests.is_none();
    let requests = requests.unwrap_or_default();
    // Section 二.
    let range = span(1).unwrap_or(all.clone());
    let ends = range.end == rows.len();
    let unnumbered = without_row_numbers(&rows[range.clone()], None);
    let section = unnumbered.as_deref().unwrap_or(&rows[range]);
    let active = extract_active(section, t, ends, &mut f);
    // Section 四.
    let range = span(3).unwrap_or(all.clone());
    let ends = range.end == rows.len();
    let review = extract_review(&rows[range.clone()], secs.span(3).is_some(), ends, &mut f);

    let rec = f.rec;
    let sec_name = |k: usize| template::SECTIONS[k].1;
    // The three tables read and none of the prose sections' headings: a
    // copy of the tables alone (a PDF table extractor's, a spreadsheet's),
    // said once rather than as three sections missing from a report.
    let tables_only = !active.is_empty()
        && !requests.is_empty()
        && review.is_some()
        && [0, 4, 5].iter().all(|&k| secs.heading[k].is_none());
    if tables_only {
        rec.issues.push(Issue::new(
            "structure.tables_only",
            Severity::Warning,
            "document",
            "the text holds the report's three tables (二, 三, 四) but none of its prose sections (一、总体情况, 五, 六): a copy of the tables alone, as a table extractor writes it; the prose's figures are not checked".to_string(),
        ));
    }
    for k in 0..6 {
        let has_table = match k {
            1 => !active.is_empty(),
            2 => !requests.is_empty(),
            3 => review.is_some(),
            _ => true,
        };
        let heading = secs.heading[k].is_some();
        if tables_only && [0, 4, 5].contains(&k) {
            continue;
        }
        if !(heading || has_table && (1..=3).contains(&k)) {
            rec.issues.push(Issue::new(
                "structure.missing_section",
                Severity::Warning,
                format!("section {}", template::SECTIONS[k].0),
                format!("the section {} was not found", sec_name(k)),
            ));
        } else if heading && !has_table && k == 2 && unreadable {
            // Said already ([`super::transposed::untranspose_rows`]): the
            // table is there but not to be read.
        } else if let Some(at) = (heading && !has_table && k == 1)
            .then(|| {
                secs.span(1)
                    .and_then(|r| rows.get(r))
                    .and_then(active_heads)
            })
            .flatten()
        {
            rec.issues.push(Issue::new(
                "structure.unread_row",
                Severity::Warning,
                "active",
                format!(
                    "{at}: the section {} table is there (its columns' heads and values), but none of its rows' labels was read; its cells are absent",
                    sec_name(k)
                ),
            ));
        } else if heading && !has_table {
            let key = ["", "active", "requests", "review_litigation"][k];
            // A converter's placeholder where it could not render the
            // table (pandoc writes `[TABLE]`): the copy lost it, not
            // necessarily the report.
            let placeholder_note = secs
                .span(k)
                .and_then(|r| rows.get(r))
                .and_then(|rs| rs.iter().find(|r| placeholder(r)))
                .map_or(String::new(), |r| {
                    format!(
                        "; in its place ({}) the text holds “[TABLE]”, the mark a converter leaves for a table it could not render",
                        r.loc
                    )
                });
            rec.issues.push(Issue::new(
                "structure.missing_table",
                Severity::Error,
                key,
                format!(
                    "the section {} is there but its table is not{placeholder_note}",
                    sec_name(k)
                ),
            ));
        }
    }
    // A section-三 table that stops before its last rows.
    if !requests.is_empty()
        && !requests.contains_key("total_handled")
        && !requests.contains_key("carried_forward")
    {
        let last = requests.keys().last().copied().unwrap_or("");
        let ends =
            secs.heading[3].is_none() && secs.heading[4].is_none() && secs.heading[5].is_none();
        let after = secs.span(2).map_or(rows.len(), |r| r.end);
        let later = closing_rows_later(&rows[after..], t);
        if later.is_empty() {
            rec.issues.push(Issue::new(
                "structure.truncated",
                Severity::Error,
                "requests",
                format!(
                    "the section 三 table stops after {}: （七）总计 and 四、结转下年度继续办理 are missing{}",
                    template::request_label(last),
                    if ends { "; the document ends inside the table" } else { "" }
                ),
            ));
        }
        // The rows are in the text, printed after the table: the extractor
        // lost their place, not the report its rows.
        for (key, at) in later {
            rec.issues.push(Issue::new(
                "structure.ambiguous_order",
                Severity::Warning,
                format!("requests.{key}"),
                format!(
                    "{at}: the row {} is printed after the section 三 table, away from its values; its cells were not placed and are left null",
                    template::request_label(key)
                ),
            ));
        }
    }
    // A row absent from a table read to its end, where its label was not
    // read: one every report prints, or a sub-row before a later one of
    // its group that was read (a report may leave out the rows of
    // `OMITTED_ROWS` that count nothing, not another before the rest, so
    // the copy lost it). Said, as the checks through it are skipped.
    if requests.contains_key("total_handled") || requests.contains_key("carried_forward") {
        let rows: Vec<&template::RequestRow> = template::request_rows(t).collect();
        for (i, row) in rows.iter().enumerate() {
            let place = format!("requests.{}", row.key);
            if requests.contains_key(row.key) || rec.issues.iter().any(|i| i.where_ == place) {
                continue;
            }
            let later_read = || {
                rows[i + 1..]
                    .iter()
                    .take_while(|r| r.group == row.group)
                    .any(|r| requests.contains_key(r.key))
            };
            let why = if template::PRINTED_ROWS.contains(&row.key) {
                ", which every report prints, was not read from the section 三 table"
            } else if row.group.is_some()
                && !template::OMITTED_ROWS.contains(&row.key)
                && later_read()
            {
                " was not read from the section 三 table, though a later row of its group was"
            } else {
                continue;
            };
            rec.issues.push(Issue::new(
                "structure.unread_row",
                Severity::Warning,
                place,
                format!(
                    "the row {}{why} (its label was not found); its cells are absent, and the identities through it are not checked",
                    template::request_label(row.key)
                ),
            ));
        }
    }
    if let Some((at, got)) = review.as_ref().and_then(|r| r.1) {
        // A copy whose margin cut its lines' heads lost the row's first
        // cells; the report did not.
        let (code, severity, why) = if secs.cropped {
            (
                "structure.unread_row",
                Severity::Warning,
                ", in a copy whose lines lost their first characters (its headings were found by their ends): its first cells were cut from the copy; its cells are absent",
            )
        } else {
            ("structure.truncated", Severity::Error, "; it stops short")
        };
        rec.issues.push(
            Issue::new(
                code,
                severity,
                "review_litigation",
                format!("{at}: the section 四 table has {got} values where it has 15{why}"),
            )
            .with_values(15, got),
        );
    }
    if !active.is_empty() {
        rec.active = Some(active);
    }
    if !requests.is_empty() {
        rec.requests = Some(requests);
    }
    if let Some((table, _)) = review {
        if !table.is_empty() {
            rec.review_litigation = Some(table);
        }
    }
}

/// Both closing rows of section 三 (（七）总计 and 四、结转下年度继续办理),
/// with where each is labelled, when both are in `rows`, text that follows
/// the table: a scrambled reading order, not a table that stops short.
fn closing_rows_later(rows: &[RowView<'_>], t: Template) -> Vec<(&'static str, Loc)> {
    let mut found: Vec<(&'static str, Loc)> = Vec::new();
    for r in rows {
        for c in &r.cells {
            if let Some(key) = match_request(c.label(), None, t).map(|d| d.key) {
                if matches!(key, "total_handled" | "carried_forward")
                    && !found.iter().any(|(k, _)| *k == key)
                {
                    found.push((key, r.loc));
                }
            }
        }
    }
    if found.len() < 2 {
        found.clear();
    }
    found.sort_by_key(|(k, _)| *k != "total_handled");
    found
}

/// A 2021-format table that prints the 2019 format's single row
/// （六）其他处理 with its values, in place of its own three （六） rows:
/// the values have no key in the 2021 template. Said
/// (`structure.other_template_row`), so that nobody takes the rows read
/// for the whole table, and the outcome checks skip it.
fn note_2019_other_row(rows: &[RowView<'_>], found: &[(&'static str, Row)], f: &mut Filler<'_>) {
    let own = ["other_no_correction", "other_no_fee", "other_misc"];
    if found.iter().any(|(k, _)| own.contains(k)) {
        return;
    }
    for r in rows {
        let Some(at) = r
            .cells
            .iter()
            .position(|c| group_of(c.label()) == Some(Group::Other))
        else {
            continue;
        };
        let after = &r.cells[at + 1..];
        let numbers: Vec<&str> = after
            .iter()
            .map(|c| c.text.trim())
            .filter(|t| matches!(lex(t), Lexed::Number { .. }))
            .collect();
        // Only values after the label: a label cell beside them is a
        // 2021 sub-row's, the group label merely repeated.
        if numbers.is_empty() || after.iter().any(|c| !c.is_value()) {
            continue;
        }
        f.rec.issues.push(Issue::new(
            "structure.other_template_row",
            Severity::Warning,
            "requests.other",
            format!(
                "{}: the 2021-format table prints the 2019 format's single row （六）其他处理 ({}) in place of its three （六） rows; those values have no key in the 2021 template and were not read, and the outcome checks are skipped",
                r.loc,
                numbers.join("|")
            ),
        ));
        return;
    }
}

/// Section 三's table; `None` when it is printed but not to be read (a
/// transposed table whose lines cannot be told apart), which an issue in
/// the record says.
fn extract_requests(
    rows: &[RowView<'_>],
    t: Template,
    ends: bool,
    f: &mut Filler<'_>,
) -> Option<Table> {
    // A table printed transposed (the applicants as rows), turned back.
    let turned = match super::transposed::untranspose_rows(rows, t) {
        None => None,
        Some(Ok((rows, issues))) => {
            f.rec.issues.extend(issues);
            Some(rows)
        }
        // Printed transposed, but not to be read: said so, and no row
        // read from it (its header's words would make rows of nothing).
        Some(Err(issue)) => {
            f.rec.issues.push(issue);
            return None;
        }
    };
    let rows = turned.as_deref().unwrap_or(rows);
    // A delimited grid whose header places the columns out of the
    // template's order: its cells put in that order, by the header's places.
    let placed = columns_by_header(rows);
    let rows = placed.as_deref().unwrap_or(rows);
    // The columns as the header orders them (the template's, nearly always),
    // without a 小计 column the header adds.
    let (order, subtotal) = match placed {
        Some(_) => (None, None),
        None => super::reordered::header(rows),
    };
    // A 小计 column the header's words do not show, found by its sums.
    let subtotal = subtotal.or_else(|| super::reordered::subtotal_by_sums(rows));
    let col_defs: &'static [Col] = order.map_or(&REQUEST_COLS[..], super::reordered::columns);
    let trimmed = subtotal.map(|before| super::reordered::without_subtotal(rows, before));
    let rows = trimmed.as_deref().unwrap_or(rows);
    // 总计 printed first: moved to the end, where the template has it.
    let said = super::reordered::total_before_natural(rows);
    let moved = (placed.is_none() && said != Some(false))
        .then(|| super::reordered::total_last(rows, said == Some(true)))
        .flatten();
    let rows = moved.as_deref().unwrap_or(rows);
    let cols: Vec<&'static str> = col_defs.iter().map(|c| c.key).collect();
    // A table printed in two parts by its columns, joined back.
    let joined = super::continued::rejoin(rows, cols.len())
        .or_else(|| super::continued::rejoin_labelled(rows, cols.len()))
        .or_else(|| super::continued::rejoin_side_by_side(rows, cols.len()));
    let rows = joined.as_deref().unwrap_or(rows);
    // A table printed as two whole tables by its columns whose rows do
    // not line up cell for cell (text that lost the blank cells): each
    // part read alone on the columns its header names, the rows joined.
    let parts = (joined.is_none() && order.is_none() && subtotal.is_none() && moved.is_none())
        .then(|| super::continued::two_parts(rows))
        .flatten();
    let found = match parts {
        Some((at, k)) => read_in_parts(rows, at, k, t, ends, f),
        None => {
            let header_at = order
                .is_none()
                .then(|| delimited_columns(rows, cols.len()))
                .flatten();
            read_requests(rows, t, ends, f, col_defs, header_at, false)
        }
    };
    if t == Template::F2021 {
        note_2019_other_row(rows, &found, f);
    }
    Some(in_template_order(found, request_rows(t).map(|d| d.key)))
}

/// A section-三 table printed as two whole tables by its columns, the
/// second from `rows[at]` on, the first with `k` columns: each part read
/// on its own columns ([`read_part`]) and the rows joined. A row read in
/// one part only has its cells of the other part unknown (null, and no
/// check reads them as blanks), and is said to be unread there.
fn read_in_parts(
    rows: &[RowView<'_>],
    at: usize,
    k: usize,
    t: Template,
    ends: bool,
    f: &mut Filler<'_>,
) -> Vec<(&'static str, Row)> {
    let mut found = read_part(&rows[..at], t, false, f, &REQUEST_COLS[..k]);
    for (key, row) in read_part(&rows[at..], t, ends, f, &REQUEST_COLS[k..]) {
        match found.iter_mut().find(|(k2, _)| *k2 == key) {
            Some((_, first)) => first.extend(row),
            None => found.push((key, row)),
        }
    }
    let name = |cols: &[Col]| match (cols.first(), cols.last()) {
        (Some(a), Some(b)) => format!("{} … {}", a.label, b.label),
        _ => String::new(),
    };
    for (key, row) in &mut found {
        let missing: Vec<&'static str> = REQUEST_COLS
            .iter()
            .map(|c| c.key)
            .filter(|c| !row.contains_key(c))
            .collect();
        if missing.is_empty() {
            continue;
        }
        // The part the cells are missing from, and where it starts.
        let (part, from) = if missing.contains(&REQUEST_COLS[k].key) {
            (format!("second part ({})", name(&REQUEST_COLS[k..])), at)
        } else {
            (format!("first part ({})", name(&REQUEST_COLS[..k])), 0)
        };
        let at_loc = rows.get(from).map_or(Loc::default(), |r| r.loc);
        let slots = vec![Slot::unknown(at_loc); missing.len()];
        row.extend(f.row_slots("requests", key, &missing, &slots, |_| None));
        f.rec.issues.push(Issue::new(
            "structure.unread_row",
            Severity::Warning,
            format!("requests.{key}"),
            format!(
                "the row {} of the section 三 table printed in two parts by its columns was not found in its {part}: its cells there are null, and the identities through them are not checked",
                template::request_label(key)
            ),
        ));
    }
    in_column_order(&mut found);
    found
}

/// Each row's cells in the template's order of columns, whatever order
/// they were read in (a reordered header, a table read in parts).
fn in_column_order(found: &mut [(&'static str, Row)]) {
    let place = |k: &str| REQUEST_COLS.iter().position(|c| c.key == k);
    for (_, row) in found {
        row.sort_by_cached_key(|k, _| place(k));
    }
}

/// One part of a section-三 table printed as two whole tables by its
/// columns ([`super::continued::two_parts`]), read on its own columns
/// `cols` into a scratch record (the readers take back what they re-read
/// by row, which must not take the other part's cells), then merged into
/// `f`'s. No row identity is checked in a part: its 总计 sums both.
fn read_part(
    rows: &[RowView<'_>],
    t: Template,
    ends: bool,
    f: &mut Filler<'_>,
    cols: &'static [Col],
) -> Vec<(&'static str, Row)> {
    let mut scratch = f.rec.clone();
    scratch.cells.clear();
    scratch.issues.clear();
    scratch.readings.clear();
    scratch.provenance.clear();
    let mut part = Filler::new(&mut scratch);
    part.ends_inside.clone_from(&f.ends_inside);
    let header_at = delimited_columns(rows, cols.len());
    let found = read_requests(rows, t, ends, &mut part, cols, header_at, true);
    f.rec.cells.append(&mut scratch.cells);
    f.rec.issues.append(&mut scratch.issues);
    f.rec.readings.append(&mut scratch.readings);
    for (at, loc) in scratch.provenance {
        f.rec.provenance.entry(at).or_insert(loc);
    }
    found
}

/// Section 三's rows read onto the columns `col_defs` (all seven, maybe
/// reordered, or with `in_part` a part's): row by row where a row's cells
/// are its columns, the rest from the section's stream ([`reconstruct`]).
/// `header_at`: where a delimited grid's header places the columns.
fn read_requests(
    rows: &[RowView<'_>],
    t: Template,
    ends: bool,
    f: &mut Filler<'_>,
    col_defs: &'static [Col],
    header_at: Option<Vec<usize>>,
    in_part: bool,
) -> Vec<(&'static str, Row)> {
    let cols: Vec<&'static str> = col_defs.iter().map(|c| c.key).collect();
    // A part of a table printed in two ([`read_part`]): its 总计 sums
    // both parts, so no row identity is checked on its own. (Its rows
    // read several ways keep their readings all the same: a part's
    // values sum the same however they are placed, unless digits were
    // cut, and the checks hold a row broken only under every reading.)
    let check = if in_part {
        RowCheck::NONE
    } else {
        RowCheck::REQUEST_ROW
    };
    let mut found: Vec<(&'static str, Row)> = Vec::new();
    let mut short: Vec<Short> = Vec::new();
    let mut group: Option<Group> = None;
    let mut pending: Vec<String> = Vec::new();
    // The number of the group's sub-row read last (0: none yet), which a
    // sub-row printed with its number only must follow; and the row the
    // group's label was on, which its `1.` must be on or right after.
    let mut sub: u8 = 0;
    let mut group_row = 0;
    for (at, r) in rows.iter().enumerate() {
        let s = split(r);
        let before = group;
        for c in s.context.iter().chain(s.labels.iter()) {
            let l = c.label();
            if let Some(g) = group_of(l) {
                group = Some(g);
            } else if matches!(
                l.numbering,
                Some(super::label::Numbering::Level2(_) | super::label::Numbering::Level1(_))
            ) {
                group = None;
            }
            if let Some((Some(g), _)) = path_parts(c) {
                group = Some(g);
            }
        }
        if group != before {
            sub = 0;
            group_row = at;
        }
        // The number a sub-row printed with its number only may have.
        let next = match sub {
            0 if at <= group_row + 1 => 1,
            0 => 0,
            n => n.saturating_add(1),
        };
        let matched = resolve(
            &s,
            &mut pending,
            |_| cols.len(),
            |l| match_request(l, group, t).or_else(|| numbered_only(l, group, next, t)),
        );
        // The rows whose labels the row's last label cell holds one after
        // the other, each led by its number (`1.申请人…  2.申请人…`):
        // rows a PDF table reader stacked in one.
        let in_cell = s
            .labels
            .last()
            .filter(|c| c.text.trim().contains(char::is_whitespace))
            .and_then(|c| labels_in_cell(c.text, group, t));
        // Such rows over values stacked as well: the first row.
        let matched = matched.or_else(|| {
            stacked_rows(&s.values, cols.len())?;
            let def = *in_cell.as_ref()?.first()?;
            Some((def, s.labels.last().copied(), s.values.clone()))
        });
        let Some((def, label_cell, mut values)) = matched else {
            continue;
        };
        if let Some(n) = super::label::sub_number(def.label) {
            sub = n;
        }
        // A label wrapped over three lines of a grid, its values on the
        // middle one (`（二）部分公开（…只计这 | | |…` / `| | 3 | 1 |…` /
        // `一情形，不计其他情形）`): the line under a row whose cells are
        // all blank holds no label, only values: they are this row's
        // (a row's label starts on or above its values' line, never
        // under it).
        let named = |l: &Label| {
            group_of(l).is_some()
                || match_request(l, group, t).is_some()
                || match_request(l, None, t).is_some()
        };
        // Also where the group's label shares the cells, its lines before
        // the row's on each (`年度办  （二）部分公开（区分处理` over `理结果
        // 的，只计这一情形，不计其  他情形）`, a PDF reader's one cell for
        // two columns): the row's parts after the first.
        let continues = |c: &CellView<'_>| {
            let whole = |a: &str, b: &str| {
                Label::new(&format!("{a}{b}")).core == Label::new(def.label).core
            };
            let rest = |t: &'_ str| {
                t.trim()
                    .split_once(char::is_whitespace)
                    .map(|(_, r)| r.trim_start().to_string())
            };
            label_cell.is_some_and(|l| {
                whole(l.text, c.text)
                    || matches!((rest(l.text), rest(c.text)), (Some(a), Some(b)) if whole(&a, &b))
            })
        };
        if let Some(below) = values_below(rows, at, &values, cols.len(), named, continues) {
            values = below;
        }
        if found.iter().any(|(k, _)| *k == def.key) {
            continue;
        }
        // The last row of a page's table that the document ends inside
        // (a page cut off mid-row, `structure.truncated`): the cells it
        // printed whole stand in their places, one column each; its last
        // one, which the cut may have cut into (`12` printed `1`) unless
        // it is 0, and the ones cut off are null. A line of text cut
        // short holds its cells in their places only when it printed
        // them all.
        let html = f.rec.source.media == Some(crate::model::Media::Html);
        let cut = ends
            && std::ptr::eq(r, rows.last().unwrap_or(r))
            && values.len() >= 2
            && (values.len() == cols.len() || html && values.len() < cols.len())
            && values.iter().all(|c| c.colspan == 1)
            && values.last().is_some_and(|c| f.stops_inside(c.loc));
        if cut {
            let last_cut = values.last().is_some_and(|c| {
                let col = cols.get(values.len() - 1).copied().unwrap_or("total");
                f.cut_short(("requests", def.key, col), c)
            });
            let whole = &values[..values.len() - usize::from(last_cut)];
            let mut slots: Vec<Slot<'_>> = whole.iter().map(|c| Slot::read(c)).collect();
            slots.resize(cols.len(), Slot::unknown(r.loc));
            let row = f.row_slots("requests", def.key, &cols, &slots, |_| None);
            found.push((def.key, row));
            record_provenance(f, "requests", def.key, r);
            continue;
        }
        // Rows stacked in one (a PDF table reader that missed the rule
        // between them: `1.申请人…<br>2.申请人…` | `6<br>0` | `2<br>0` …):
        // each value cell holds one number per row, and the label the
        // next rows' labels too.
        // Whether a value cell holds several numbers (most rows' do not:
        // the tests below that part such cells are made only for those).
        let several = values.iter().any(|c| c.several());
        // The rows named, when none was read before.
        let in_cell = in_cell.filter(|d| !d.iter().any(|d| found.iter().any(|f| f.0 == d.key)));
        let stack = several.then(|| stacked_rows(&values, cols.len())).flatten();
        if let (Some(stack), Some(defs)) = (&stack, &in_cell) {
            if defs.len() == stack.len() && defs[0].key == def.key {
                for (j, (d, cells)) in defs.iter().zip(stack).enumerate() {
                    let cells: Vec<&CellView<'_>> = cells.iter().collect();
                    let spill = (j == 0).then(|| Spill::of(def.label, label_cell));
                    let row = f.row("requests", d.key, &cols, &cells, spill, |_| None);
                    found.push((d.key, row));
                    record_provenance(f, "requests", d.key, r);
                }
                continue;
            }
        }
        // Two rows' labels or more in one cell over one row of values
        // (`1.信访举报投诉类申请<br>2.重复申请` | `2` | … | `2`): the values
        // may be any of the rows'; all are left null, and said so.
        if let Some(defs) = in_cell {
            // (A row of blank cells is every row's: all are read blank.)
            let printed = values.iter().filter(|c| !c.text.trim().is_empty()).count();
            let slot = match printed {
                0 => Slot::blank(r.loc, How::Read),
                _ => Slot::unknown(r.loc),
            };
            let slots = vec![slot; cols.len()];
            for d in &defs {
                let row = f.row_slots("requests", d.key, &cols, &slots, |_| None);
                found.push((d.key, row));
                record_provenance(f, "requests", d.key, r);
            }
            if printed == 0 {
                continue;
            }
            let names: Vec<&str> = defs.iter().map(|d| d.label).collect();
            f.flag(
                "structure.ambiguous_order",
                "requests",
                defs[0].key,
                format!(
                    "{}: the rows {} were printed in one cell over one row of {}: they may be any of the rows', so all were left null",
                    r.loc,
                    names.join(", "),
                    super::fill::values(printed)
                ),
                printed,
                &[],
            );
            continue;
        }
        // A cell holding several numbers (`4<br>2`: a PDF table reader's
        // two cells run into one, the row's last cell then blank): each
        // number a cell, when the row then has a value for every column
        // and no more, and, where the cell reads as one number too (`1<br>
        // 234`, a number wrapped), the parts then add up to the row's
        // total; else a cell that is no one number is for the second pass.
        let parted = several
            .then(|| parted_cells(&values, cols.len(), true))
            .flatten()
            .filter(|p| values.iter().all(|c| !c.several() || not_one_number(c)) || adds_up(p));
        let values: Vec<&CellView<'_>> = match &parted {
            Some(p) => p.iter().collect(),
            None => values,
        };
        // In a part of a table printed in two, a row's blank cells before
        // its values need not be its labels' places where the row may have
        // been trimmed at its end (it ends in a value): `一、本年新收… | |
        // | 53 | 4` under three columns may be 53, 4 and a blank. Not read
        // here.
        let blank = |c: &&CellView<'_>| c.text.trim().is_empty();
        let trimmed = in_part
            && values.first().is_some_and(blank)
            && values.last().is_some_and(|c| !blank(c));
        let fitted = if trimmed {
            Err(values.iter().filter(|c| !c.text.trim().is_empty()).count())
        } else {
            fit(values, cols.len())
        };
        let fitted = fitted
            .or_else(|got| {
                header_at
                    .as_deref()
                    .and_then(|at| under_header(r, label_cell, at))
                    .ok_or(got)
            })
            .and_then(|cells| {
                // A cell of several numbers read as one (`1<br>234`, a
                // number wrapped) only where the row then adds up.
                let joined = cells.iter().any(|c| c.several()) && !adds_up(cells.iter().copied());
                if joined || cells.iter().any(|c| not_one_number(c)) {
                    Err(cells.iter().filter(|c| !c.text.trim().is_empty()).count())
                } else {
                    Ok(cells)
                }
            });
        match fitted {
            Ok(cells) => {
                let spill = Spill::of(def.label, label_cell);
                let row = f.row("requests", def.key, &cols, &cells, Some(spill), |_| None);
                found.push((def.key, row));
                record_provenance(f, "requests", def.key, r);
            }
            // A header row naming 总计 among the columns' names (`自然人 |
            // 法人或其他组织 | 总计`, a Markdown table that lost the
            // header's spans): no row of values.
            Err(_) if super::reconstruct::names_columns_only(r) => {}
            Err(got) => short.push(Short {
                key: def.key,
                label: def.label,
                at: r.loc,
                want: cols.len(),
                got,
                cols: cols.clone(),
            }),
        }
    }
    let outcome: Vec<&'static str> = request_rows(t)
        .filter(|r| r.outcome)
        .map(|r| r.key)
        .collect();
    reconstruct(
        rows,
        f,
        &mut found,
        Section {
            table: "requests",
            short,
            ends,
            track_groups: true,
            joint: Some(&outcome),
            order: &request_rows(t).map(|d| d.key).collect::<Vec<_>>(),
        },
        |l, g| match_request(l, g, t),
        |d: &RequestRow| RowSpec {
            key: d.key,
            label: d.label,
            cols: col_defs,
            check,
            caption: None,
        },
        |_, _| None,
    );
    // Columns in the template's order, whatever order the header gave.
    if !std::ptr::eq(col_defs, &REQUEST_COLS[..]) {
        in_column_order(&mut found);
    }
    found
}

/// The values of the row under `rows[at]`, when `at`'s own value cells
/// are all blank and that row holds only value cells (some filled) that
/// fit `n` columns, besides pieces of wrapped labels: text of three
/// characters at most, unnumbered, that names no row, group or column
/// (`named`) — the end of the label above (`息`), or of the group or
/// section label beside it (`理结`, `法提供`). A label that wrapped
/// around its row's values, which stand on a line of their own.
fn values_below<'a, 'd>(
    rows: &'a [RowView<'d>],
    at: usize,
    values: &[&'a CellView<'d>],
    n: usize,
    named: impl Fn(&Label) -> bool,
    continues: impl Fn(&CellView<'_>) -> bool,
) -> Option<Vec<&'a CellView<'d>>> {
    let blank = |c: &&CellView<'_>| c.text.trim().is_empty();
    if values.is_empty() || !values.iter().all(blank) {
        return None;
    }
    let next = split(rows.get(at + 1)?);
    let piece = |c: &&CellView<'_>| {
        let l = c.label();
        c.text.trim().chars().count() <= 3
            && l.numbering.is_none()
            && !l.core.is_empty()
            && !named(l)
            && REQUEST_COLS.iter().all(|col| !c.norm().contains(col.label))
    };
    // Or the rest of this row's label, wrapped onto the line below with
    // its values (`1.申请人无正当理由逾` / `期不补正、…申请 | 16 | 5 …`),
    // beside a group's number or a piece of its label.
    let group_only = |c: &&CellView<'_>| {
        let l = c.label();
        l.numbering.is_some() && l.core.is_empty() || group_of(l).is_some()
    };
    let rest = next.labels.iter().any(|c| continues(c))
        && next
            .labels
            .iter()
            .all(|c| piece(c) || group_only(c) || continues(c));
    if !next.context.is_empty()
        || !(next.labels.iter().all(piece) || rest)
        || next.values.iter().all(blank)
    {
        return None;
    }
    fit(next.values, n).ok()
}

/// Whether a row is one of a delimited grid's (CSV or TSV, where a cell
/// is one column, not a page's table with spans nor aligned text).
fn delimited(r: &RowView<'_>) -> bool {
    !r.is_line
        && r.cells
            .iter()
            .all(|c| c.pos.chars == 0 && c.loc.table == 0 && !c.from_above)
}

/// Section 三's value columns as a delimited grid's header places them
/// (CSV or TSV whose merged cells are left empty, padded to the sheet's
/// width: `,,,自然人,法人或其他组织,,,,,总计` over `,,,,商业企业,…`; text
/// only, where a cell is one column, not a page's table with spans): the
/// cell index of each column's name, in the template's order, each named
/// once in the rows before the first value; `None` when the header is not
/// such (aligned text, spans, a name missing or twice, out of order).
fn delimited_columns(rows: &[RowView<'_>], n: usize) -> Option<Vec<usize>> {
    if n != REQUEST_COLS.len() {
        return None;
    }
    let at = header_places(rows)?;
    at.windows(2).all(|w| w[0] < w[1]).then_some(at)
}

/// The rows of a delimited grid whose header names section 三's seven
/// columns once each, in an order other than the template's (`总计` first,
/// `法律服务机构` before `科研机构`: `,,,,总计,,自然人,,商业企业,…`), each
/// with its cells from the first column's place on put in the template's
/// order, taken from the places the header gives them; the cells before
/// stay (the labels). `None` when the header is in the template's order
/// or not such, or when a row fills a place right of the labels that no
/// column's name stands over (a 小计 column, text) or prints a value
/// among the labels (a table whose rows do not stand under its header,
/// as pandoc's Org tables print a merged header): only the header tells
/// the columns apart there, and it is then not the whole story.
fn columns_by_header<'d>(rows: &[RowView<'d>]) -> Option<Vec<RowView<'d>>> {
    let at = header_places(rows)?;
    if at.windows(2).all(|w| w[0] < w[1]) {
        return None;
    }
    let first = *at.iter().min()?;
    let stray = rows.iter().filter(|r| delimited(r)).any(|r| {
        r.cells.iter().enumerate().any(|(i, c)| {
            let filled = !c.text.trim().is_empty();
            if i < first {
                filled && c.is_value()
            } else {
                filled && !at.contains(&i)
            }
        })
    });
    if stray {
        return None;
    }
    let blank = |r: &RowView<'d>| CellView::supplied("", r.loc);
    let out = rows
        .iter()
        .map(|r| {
            if !delimited(r) || r.cells.len() <= first {
                return r.clone();
            }
            let mut cells = r.cells[..first].to_vec();
            cells.extend(
                at.iter()
                    .map(|&i| r.cells.get(i).cloned().unwrap_or_else(|| blank(r))),
            );
            RowView { cells, ..r.clone() }
        })
        .collect();
    Some(out)
}

/// The cell index of each of section 三's seven columns' names in a
/// delimited grid's header (the rows before the first value), in the
/// template's order: each named once, each at a place of its own, in any
/// order; `None` otherwise (names one a line all stand at place 0).
fn header_places(rows: &[RowView<'_>]) -> Option<Vec<usize>> {
    let mut at: [Option<usize>; 7] = [None; 7];
    for r in rows {
        if r.cells
            .iter()
            .any(|c| c.is_value() && !c.text.trim().is_empty())
        {
            break;
        }
        if !delimited(r) {
            continue;
        }
        for (i, c) in r.cells.iter().enumerate() {
            let name = super::reconstruct::column_core(&c.label().core);
            if let Some(k) = REQUEST_COLS.iter().position(|m| m.label == name) {
                if at[k].replace(i).is_some() {
                    return None;
                }
            }
        }
    }
    let at: Vec<usize> = at.into_iter().collect::<Option<_>>()?;
    let mut places = at.clone();
    places.sort_unstable();
    places.dedup();
    (places.len() == at.len()).then_some(at)
}

/// A row's values taken from the cells under its header's columns
/// ([`delimited_columns`]): every filled cell after its label must stand
/// under one, and the row must reach the last; `None` otherwise.
fn under_header<'a, 'd>(
    r: &'a RowView<'d>,
    label: Option<&CellView<'d>>,
    at: &[usize],
) -> Option<Vec<&'a CellView<'d>>> {
    let label = r
        .cells
        .iter()
        .position(|c| label.is_some_and(|l| std::ptr::eq(c, l)))?;
    let last = *at.last()?;
    if at.first().is_none_or(|&first| first <= label) || r.cells.len() <= last {
        return None;
    }
    let stray = r
        .cells
        .iter()
        .enumerate()
        .skip(label + 1)
        .any(|(i, c)| !c.text.trim().is_empty() && !at.contains(&i));
    if stray {
        return None;
    }
    at.iter().map(|&i| r.cells.get(i)).collect()
}

/// The cell positions of a sub-table's column labels, from its header row
/// (`信息内容 | 本年新制作数量 | …`); `None` for any other row.
fn header_positions(r: &RowView<'_>) -> Option<Vec<usize>> {
    let first = r.cells.iter().position(|c| !c.text.trim().is_empty())?;
    if r.cells[first].label().core != "信息内容" {
        return None;
    }
    Some(
        r.cells
            .iter()
            .enumerate()
            .skip(first + 1)
            .filter(|(_, c)| !c.text.trim().is_empty())
            .map(|(i, _)| i)
            .collect(),
    )
}

/// The unit a money column's header states, as printed in the report:
/// `Some(true)` for 万元 (`本年收费金额（单位：万元）`, `采购总金额（万元）`),
/// `Some(false)` for 元, `None` when the header names none or is not
/// there (the template's unit then holds). Read from the bracket right
/// after the header's words (`anchor`), or the few characters after them,
/// as [`unit_of`] reads a unit after a value.
///
/// [`unit_of`]: crate::parse::value::unit_of
fn money_unit(rows: &[RowView<'_>], anchor: &str) -> Option<bool> {
    use crate::parse::value::{unit_of, Unit};
    for r in rows {
        for c in &r.cells {
            let n = c.norm();
            let Some(at) = n.find(anchor) else { continue };
            let rest = n[at + anchor.len()..].trim_start();
            let head: String = match rest.strip_prefix('(') {
                Some(inner) => inner.chars().take_while(|&c| c != ')').take(12).collect(),
                None => rest
                    .chars()
                    .take_while(|c| !c.is_ascii_digit())
                    .take(4)
                    .collect(),
            };
            let head = head.trim();
            match unit_of(head.strip_prefix("单位:").unwrap_or(head).trim()) {
                Some(Unit::WanYuan) => return Some(true),
                Some(Unit::Yuan) => return Some(false),
                _ => {}
            }
        }
    }
    None
}

fn extract_active(rows: &[RowView<'_>], t: Template, ends: bool, f: &mut Filler<'_>) -> Table {
    // Each row's values printed on the line above its label: put after it.
    let turned = values_above(rows, t);
    let rows = turned.as_deref().unwrap_or(rows);
    let mut found: Vec<(&'static str, Row)> = Vec::new();
    let mut short: Vec<Short> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut header: Option<Vec<usize>> = None;
    let defs = template::active_rows(t);
    // Money in the unit its header states, else the template's (2021's
    // fees in 万元, 2019's procurement in 元). The header is found by the
    // template column's label, before its bracket.
    let stated: Vec<(&'static str, Option<bool>)> = defs
        .iter()
        .flat_map(|d| d.cols.iter().map(move |c| (d.key, c)))
        .filter(|(key, c)| template::is_money(key, c.key))
        .map(|(key, c)| {
            let words = c.label.split('（').next().unwrap_or(c.label);
            (key, money_unit(rows, words))
        })
        .collect();
    let money = move |key: &str, col: &str| {
        template::is_money(key, col).then(|| {
            let unit = stated.iter().find(|(k, _)| *k == key).and_then(|(_, u)| *u);
            unit.unwrap_or(t == Template::F2021)
        })
    };
    let captions: Vec<(String, &'static str)> =
        defs.iter().map(|d| (norm(d.caption), d.caption)).collect();
    // The sub-table caption last seen (`第二十条第（五）项`).
    let mut caption: Option<&'static str> = None;
    // A line holding one value and nothing else.
    let lone_value = |r: &RowView<'_>| {
        r.is_line
            && r.cells
                .first()
                .is_some_and(|c| c.is_value() && !c.text.trim().is_empty())
    };
    for (i, r) in rows.iter().enumerate() {
        if let Some(c) = r.cells.iter().find(|c| !c.text.trim().is_empty()) {
            if let Some((_, cap)) = captions.iter().find(|(n, _)| c.norm().contains(n.as_str())) {
                caption = Some(cap);
            }
        }
        if let Some(h) = header_positions(r) {
            header = Some(h);
            pending.clear();
            continue;
        }
        let s = split(r);
        let taken: Vec<&'static str> = found.iter().map(|(k, _)| *k).collect();
        let matched = resolve(
            &s,
            &mut pending,
            |d: &&ActiveRow| d.cols.len(),
            |l| {
                match_active(
                    l,
                    t,
                    caption.map(|caption| ActiveScope {
                        caption,
                        taken: &taken,
                    }),
                )
            },
        );
        let Some((def, label_cell, values)) = matched else {
            continue;
        };
        if found.iter().any(|(k, _)| *k == def.key) {
            continue;
        }
        // A value a line under a label alone, and just one more value a
        // line after it, then the sub-table's end (one cell a line,
        // `行政许可` / `1` / `326` / `第二十条第（六）项`: a count cut over
        // two spans): more values than the row's columns, for the second
        // pass to weigh. Before another row's label, or with more values,
        // they may be other rows' printed out of place, which the first
        // pass's reading of this row helps the second rule out.
        let row_label = |r: &RowView<'_>| {
            r.cells
                .first()
                .is_some_and(|c| match_active(c.label(), t, None).is_some())
        };
        if label_cell.is_none()
            && lone_value(r)
            && rows.get(i + 1).is_some_and(lone_value)
            && !rows
                .get(i + 2)
                .is_some_and(|r| row_label(r) || lone_value(r))
        {
            continue;
        }
        let cols: Vec<&'static str> = def.cols.iter().map(|c| c.key).collect();
        // By the header's cell positions when they fit this row (a row
        // padded to the width of a wider sub-table), else by order.
        let label_end = label_cell.map_or(0, |l| {
            r.cells.iter().position(|c| std::ptr::eq(c, l)).unwrap_or(0)
        });
        let by_header = header
            .as_ref()
            .filter(|h| {
                h.len() == cols.len()
                    && h.first().is_some_and(|&p| p > label_end)
                    && h.iter()
                        .all(|&p| r.cells.get(p).is_some_and(|c| !c.from_above))
                    && r.cells[label_end + 1..]
                        .iter()
                        .enumerate()
                        .all(|(k, c)| h.contains(&(k + label_end + 1)) || c.text.trim().is_empty())
            })
            .map(|h| h.iter().map(|&p| &r.cells[p]).collect::<Vec<_>>());
        // A cell holding several numbers (`1<br>109`, two cells a PDF
        // table reader ran into one): a number each where the row then
        // has exactly its columns; else one number where it reads as one
        // (`1<br>318` alone in its row, a number wrapped). Several
        // numbers apart (`0 0`) beside blank ones otherwise are not a
        // value each, for the second pass, which parts them.
        let parted = parted_cells(&values, cols.len(), true);
        let several = |c: &&CellView<'_>| not_one_number(c);
        let fitted = match (&parted, by_header) {
            (Some(p), _) => Ok(p.iter().collect()),
            (None, Some(cells)) => Ok(cells),
            (None, None) => fit_narrow(values, cols.len()),
        }
        .and_then(|cells| {
            if cells.iter().any(several) {
                Err(cells.iter().filter(|c| !c.text.trim().is_empty()).count())
            } else {
                Ok(cells)
            }
        });
        match fitted {
            Ok(cells) => {
                let key = def.key;
                let spill = Spill::of(def.label, label_cell);
                let row = f.row("active", key, &cols, &cells, Some(spill), |col| {
                    money(key, col)
                });
                found.push((key, row));
                record_provenance(f, "active", key, r);
            }
            Err(got) => short.push(Short {
                key: def.key,
                label: def.label,
                at: r.loc,
                want: cols.len(),
                got,
                cols: cols.clone(),
            }),
        }
    }
    reconstruct(
        rows,
        f,
        &mut found,
        Section {
            table: "active",
            short,
            ends,
            track_groups: false,
            joint: None,
            order: &template::active_rows(t)
                .iter()
                .map(|d| d.key)
                .collect::<Vec<_>>(),
        },
        |l, _| match_active(l, t, None),
        |d: &ActiveRow| RowSpec {
            key: d.key,
            label: d.label,
            cols: d.cols,
            caption: Some(d.caption),
            check: RowCheck {
                signed: d
                    .cols
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.key == "change")
                    .fold(0, |m, (j, _)| m | (1 << j)),
                ..RowCheck::NONE
            },
        },
        money,
    );
    in_template_order(found, template::active_rows(t).iter().map(|d| d.key))
}

/// Section 二's rows when text prints each row's values on the line
/// above its label (a PDF's text whose value cells, taller than a one-line
/// label, start a line higher: Ghostscript's txtwrite), each line of
/// values moved after the label below it, its cells marked placed by
/// order; `None` when the text does not show that. Shown: a label alone
/// on its line with one line of values alone above it, and after it the
/// sub-table's end (a caption, another label alone, or the section's end)
/// in two rows or more; and no label
/// alone followed by its values where the line above is no values (the
/// usual order, a label over its values one cell a line). A label
/// wrapped around its values (`其他对外管理服务` / values / `事项`) says
/// neither.
fn values_above<'d>(rows: &[RowView<'d>], t: Template) -> Option<Vec<RowView<'d>>> {
    /// What a line of section 二 is, for this reading.
    #[derive(Clone, Copy, PartialEq)]
    enum Line {
        /// Values only.
        Values,
        /// A row's label alone.
        Label,
        /// A sub-table's caption or header.
        Caption,
        /// Other text (the rest of a wrapped label).
        Text,
        Blank,
    }
    let captions: Vec<String> = template::active_rows(t)
        .iter()
        .map(|d| norm(d.caption))
        .collect();
    let lines: Vec<Line> = rows
        .iter()
        .map(|r| {
            let filled: Vec<&CellView<'_>> = r
                .cells
                .iter()
                .filter(|c| !c.text.trim().is_empty())
                .collect();
            let Some(first) = filled.first() else {
                return Line::Blank;
            };
            if filled.iter().all(|c| c.is_value() || c.several()) {
                Line::Values
            } else if filled
                .iter()
                .any(|c| captions.iter().any(|k| c.norm().contains(k.as_str())))
                || header_positions(r).is_some()
            {
                Line::Caption
            } else if filled.iter().all(|c| !c.is_value() && !c.several())
                && match_active(first.label(), t, None).is_some()
            {
                Line::Label
            } else {
                Line::Text
            }
        })
        .collect();
    let at = |i: usize| lines.get(i).copied();
    let (mut above, mut below) = (0, 0);
    for i in 0..lines.len() {
        if lines[i] != Line::Label {
            continue;
        }
        // One line of values right above (one cell a line, a row's values
        // on lines of their own, is the second pass's to weigh).
        let prev = i > 0 && lines[i - 1] == Line::Values && (i < 2 || lines[i - 2] != Line::Values);
        // The end of a sub-table after the label: no row of values, no
        // text that may be the label's rest.
        let ends = matches!(at(i + 1), None | Some(Line::Caption | Line::Label));
        if prev && ends {
            above += 1;
        }
        // A label over its values, the line after them no rest of it.
        let rest = at(i + 2) == Some(Line::Text);
        if !prev && at(i + 1) == Some(Line::Values) && !rest {
            below += 1;
        }
    }
    if above < 2 || below > 0 {
        return None;
    }
    // Each line of values put after the label alone below it.
    let mut out: Vec<RowView<'d>> = Vec::with_capacity(rows.len());
    let mut i = 0;
    while i < rows.len() {
        let run = lines[i..]
            .iter()
            .take_while(|&&l| l == Line::Values)
            .count();
        if run == 1 && at(i + 1) == Some(Line::Label) {
            out.push(rows[i + run].clone());
            // Placed by the order of the lines, not where printed: said
            // in the record (`inferred`).
            out.extend(rows[i..i + run].iter().map(|r| {
                let mut r = r.clone();
                for c in &mut r.cells {
                    c.placed = Some((crate::model::How::Order, crate::model::Checks::default()));
                }
                r
            }));
            i += run + 1;
        } else {
            out.push(rows[i].clone());
            i += 1;
        }
    }
    Some(out)
}

/// The rows found, in the template's order whatever order the report
/// printed them in.
fn in_template_order(
    mut found: Vec<(&'static str, Row)>,
    keys: impl Iterator<Item = &'static str>,
) -> Table {
    let mut table = Table::default();
    for key in keys {
        if let Some(pos) = found.iter().position(|(k, _)| *k == key) {
            let (k, row) = found.swap_remove(pos);
            table.insert(k, row);
        }
    }
    table
}

/// The section 四 row of 15 values. Returns the table, and when the values
/// stop short, `(row, place, count)` for a truncation issue.
type Review = (Table, Option<(Loc, usize)>);

/// Whether `rows` (what follows the numbers read as section 四's row)
/// print a result column's header (结果维持 … 总计) in short label cells,
/// their characters joined across lines (a header one character a
/// line): headers come before the row they head, and prose after the
/// table is not a header.
fn headers_follow(rows: &[RowView<'_>]) -> bool {
    let mut text = String::new();
    for r in rows {
        for c in split(r).labels {
            let n = c.norm();
            if n.chars().count() <= 6 {
                text.push_str(n);
            }
        }
    }
    REVIEW_COLS.iter().any(|c| text.contains(c.label))
}

/// Whether fifteen cells read as section 四's row add up group by group,
/// some of them not 0 (zeros add up whatever their order).
fn review_adds_up(w: &[&CellView<'_>]) -> bool {
    let v: Vec<Option<f64>> = w
        .iter()
        .map(|c| crate::parse::value::number(c.text))
        .collect();
    RowCheck::REVIEW_ROW.holds(&v) && v.iter().flatten().any(|&x| x != 0.0)
}

/// The one column of a sixteen-cell data row `row` that no result head
/// (结果维持, 结果纠正, 其他结果, 尚未审结, 总计) stands over in the
/// header rows before it, read on the same sixteen grid columns; `None`
/// unless the heads stand over exactly fifteen.
fn review_header_gap(header: &[RowView<'_>], row: &RowView<'_>) -> Option<usize> {
    if row.cells.len() != 16 {
        return None;
    }
    let mut under = [false; 16];
    for r in header
        .iter()
        .filter(|r| r.cells.len() == 16 && !std::ptr::eq(*r, row))
    {
        for (j, c) in r.cells.iter().enumerate() {
            let n = c.norm();
            if REVIEW_COLS.iter().any(|h| n.starts_with(h.label)) {
                under[j] = true;
            }
        }
    }
    let gaps: Vec<usize> = (0..16).filter(|&j| !under[j]).collect();
    match gaps[..] {
        [j] => Some(j),
        _ => None,
    }
}

/// Section 四 whose numbers were printed before its result columns'
/// headers: every cell `null`, flagged `structure.ambiguous_order`.
fn unordered_review(
    first: &RowView<'_>,
    printed: usize,
    cols: &[&'static str],
    f: &mut Filler<'_>,
) -> Table {
    let message = format!(
        "{}: the numbers under section 四's heading were printed before its result columns' headers (结果维持 … 总计), as a PDF read box by box prints them; the text does not show which cell each belongs to, so its cells were left null",
        first.loc
    );
    unread_review(first, message, printed, cols, f)
}

/// Section 四 whose numbers do not show which are its cells: every cell
/// `null`, flagged `structure.ambiguous_order` with `message`.
fn unread_review(
    first: &RowView<'_>,
    message: String,
    printed: usize,
    cols: &[&'static str],
    f: &mut Filler<'_>,
) -> Table {
    f.flag(
        "structure.ambiguous_order",
        "review_litigation",
        "row",
        message,
        printed,
        &[],
    );
    let slots = vec![Slot::unknown(first.loc); cols.len() * REVIEW_GROUPS.len()];
    f.review_table(cols, &slots, first.loc)
}

/// Whether a row is section 四's title as its table's caption prints it
/// (`表2　政府信息公开行政复议、行政诉讼情况`, in one cell or two): its
/// section's own words ([`super::sections::names_own_section`]), ending in
/// 情况.
fn is_review_title(r: &RowView<'_>) -> bool {
    let text: String = r.cells.iter().map(|c| c.text).collect();
    super::sections::names_own_section(&text, 3) && norm(&text).ends_with("情况")
}

/// The rows of a text that prints the report's prose first and its tables
/// after it (a script's dump of a Word file: python-docx's paragraphs,
/// then its tables): from the first row of two cells or more after the
/// last section's heading to the end. `None` when no such row follows the
/// last heading.
fn appended(rows: &[RowView<'_>], secs: &Sections) -> Option<std::ops::Range<usize>> {
    let last = secs.heading.iter().flatten().copied().max()?;
    let first = (last + 1..rows.len()).find(|&i| !rows[i].is_line)?;
    Some(first..rows.len())
}

/// Whether a section's rows may hold any part of a table: not at most
/// two short lines of no more than two cells and no digit (a caption,
/// `表一　主动公开政府信息情况`, its number after 表 allowed), nor rows
/// none of which is a table's ([`table_line`]: a note, `注：①区分处理的
/// 申请只计入部分公开。`; a page's pagination and repeated title).
fn holds_table(rows: &[RowView<'_>]) -> bool {
    let short = rows.len() <= 2
        && !rows.iter().any(|r| {
            let text: String = r.cells.iter().map(|c| c.text.trim()).collect();
            let digits = text
                .trim_start_matches('表')
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
            r.cells.len() > 2 || digits || text.chars().count() > 40
        });
    !short && rows.iter().any(table_line)
}

/// Whether a row may be a row of a table or part of one: a number alone,
/// three numbers or more (not a page's `上一页 1 2 下一页`), or a text
/// that starts with one of the tables' words ([`table_words`]: a row's
/// label, a column's head, a caption).
fn table_line(r: &RowView<'_>) -> bool {
    let words = r.cells.iter().flat_map(|c| c.text.split_whitespace());
    let numbers = words
        .clone()
        .filter(|w| number(w).is_some())
        .take(3)
        .count();
    if numbers >= 3 || numbers > 0 && words.clone().nth(1).is_none() {
        return true;
    }
    (0..3).any(|k| starts_table_row(r, k))
}

/// The words a row of the three tables starts with, label-normalised,
/// table by table (二, 三, 四): section 二's and 三's row labels, the
/// columns' and column groups' heads, section 二's caption and its 信息内容
/// corner.
fn table_words() -> &'static [Vec<String>; 3] {
    static WORDS: OnceLock<[Vec<String>; 3]> = OnceLock::new();
    WORDS.get_or_init(|| {
        fn cores(words: impl Iterator<Item = &'static str>) -> Vec<String> {
            let mut v: Vec<String> = words
                .map(|w| Label::new(w).core)
                .filter(|w| w.chars().count() >= 2)
                .collect();
            v.sort();
            v.dedup();
            v
        }
        let active = template::ACTIVE_2019
            .iter()
            .chain(&template::ACTIVE_2021)
            .map(|r| r.label)
            .chain(active_cols())
            .chain([template::CAPTION_START, "信息内容"]);
        let requests = request_rows(Template::F2019)
            .chain(request_rows(Template::F2021))
            .map(|r| r.label)
            .chain(REQUEST_COLS.iter().map(|c| c.label))
            .chain(template::REQUEST_COL_GROUPS.iter().copied());
        let review = REVIEW_COLS
            .iter()
            .map(|c| c.label)
            .chain(template::review_group_words());
        [cores(active), cores(requests), cores(review)]
    })
}

/// Whether a row starts with one of table `k`'s words ([`table_words`];
/// 0 for 二, 1 for 三, 2 for 四).
fn starts_table_row(r: &RowView<'_>, k: usize) -> bool {
    let Some(first) = r
        .cells
        .iter()
        .flat_map(|c| c.text.split_whitespace())
        .next()
    else {
        return false;
    };
    let core = Label::new(first).core;
    table_words()[k]
        .iter()
        .any(|w| core.starts_with(w.as_str()))
}

/// Section 四's row when its fifteen numbers (`acc`) are followed by five
/// or more on lines of their own (`after`, up to the first text that is
/// no header: PDF text in the order it was stored, another table's
/// columns put under section 四's heading, `78 / 3 / 37 / … / 1 / 0 / 0 /
/// 1 / 2 / 结果维持… / 1 / 0 / …`; not a page's number or a 合计 cell):
/// the run of fifteen whose three groups add up, when all such runs read
/// the same, placed by the identities ([`How::Identity`], which then
/// confirm nothing); else every cell null, and said so. But when the
/// numbers end with exactly fifteen right under the result columns'
/// headers (another table's values printed first, then section 四's
/// headers and row), those fifteen are the row, read as printed. `None`
/// when fewer numbers follow: the fifteen are read as printed.
fn review_among_more(
    acc: &[&CellView<'_>],
    after: &[RowView<'_>],
    first: &RowView<'_>,
    cols: &[&'static str],
    f: &mut Filler<'_>,
) -> Option<Table> {
    let mut all: Vec<&CellView<'_>> = acc.to_vec();
    // Where the numbers after the last run of headers start.
    let mut under: Option<usize> = None;
    for r in after {
        let mut filled = r.cells.iter().filter(|c| !c.text.trim().is_empty());
        match (filled.next(), filled.next()) {
            (None, _) => {}
            (Some(c), None) if matches!(lex(c.text), Lexed::Number { .. }) => all.push(c),
            _ if r.cells.iter().all(|c| {
                c.text.trim().is_empty() || super::reconstruct::is_review_header(c.text)
            }) =>
            {
                under = Some(all.len());
            }
            // The section's title over its table (`表2　政府信息公开行政复议、
            // 行政诉讼情况`, in one cell or two).
            _ if is_review_title(r) => {}
            _ => break,
        }
    }
    if all.len() < acc.len() + 5 {
        return None;
    }
    // Fifteen numbers right under the result columns' headers, the last
    // the section prints (PDF text that put another table's values
    // between section 四's heading and its table): the row, as printed.
    if let Some(k) = under.filter(|&k| all.len() == k + 15) {
        let slots: Vec<Slot<'_>> = all[k..]
            .iter()
            .map(|c| Slot {
                text: c.text,
                at: c.loc,
                how: How::Read,
                relied: Checks::default(),
            })
            .collect();
        return Some(f.review_table(cols, &slots, first.loc));
    }
    let values: Vec<Option<f64>> = all
        .iter()
        .map(|c| crate::parse::value::number(c.text))
        .collect();
    let runs: Vec<&[Option<f64>]> = values
        .windows(15)
        .filter(|w| RowCheck::REVIEW_ROW.holds(w))
        .collect();
    let k = match runs.first() {
        Some(run) if runs.iter().all(|r| r == run) => {
            // The run's place among the numbers (the first that reads so).
            values.windows(15).position(|w| w == *run)?
        }
        _ => {
            let message = format!(
                "{}: section 四 printed {} numbers on lines of their own where its row has 15, and {} runs of fifteen of them add up group by group; the text does not show which are the row's, so its cells were left null",
                first.loc,
                all.len(),
                runs.len()
            );
            return Some(unread_review(first, message, all.len(), cols, f));
        }
    };
    // The identities chose the run: they confirm nothing of it.
    let slots: Vec<Slot<'_>> = all[k..k + 15]
        .iter()
        .map(|c| Slot {
            text: c.text,
            at: c.loc,
            how: How::Identity,
            relied: Checks::REVIEW_TOTAL,
        })
        .collect();
    Some(f.review_table(cols, &slots, first.loc))
}

/// Section 四's values when its groups are printed as blocks of their
/// own: each block's label (行政复议, 未经复议直接起诉 or 复议后起诉; or
/// both lawsuit groups' labels over one row of ten, as a 行政诉讼 table of
/// its own prints them), then exactly five cells for each group it names,
/// and no value outside the blocks. The fifteen cells in the template's
/// order, and the row of the first; `None` for any other layout (a header
/// naming all three groups above one row of fifteen is read whole, before
/// this is tried).
fn review_by_groups<'a, 'd>(
    rows: &'a [RowView<'d>],
) -> Option<(Vec<&'a CellView<'d>>, &'a RowView<'d>)> {
    let mut blocks: [Vec<&'a CellView<'d>>; 3] = Default::default();
    // The groups the values go to, five each, in order: those named
    // since the last value (one header over both lawsuit groups names
    // two), else the group the values before went to.
    let mut queue: Vec<usize> = Vec::new();
    let mut named: Vec<usize> = Vec::new();
    let mut first: Option<&'a RowView<'d>> = None;
    // Each block's first cell is a blank one beside its group's label in
    // the label's own row: the second label column a group with no sub-
    // groups leaves empty (`| 行政复议 | | 1 | 0 | … |`), or a value.
    let mut lead_blank = [false; 3];
    // Whether the rows after each, up to the next value, name a column
    // (`结果维持`): a header still to come.
    let filled = |c: &&CellView<'_>| !c.text.trim().is_empty();
    let mut heads_follow = vec![false; rows.len()];
    let mut heads = false;
    for (i, r) in rows.iter().enumerate().rev() {
        heads_follow[i] = heads;
        if r.cells.iter().filter(filled).any(|c| c.is_value()) {
            heads = false;
        } else if r
            .cells
            .iter()
            .any(|c| REVIEW_COLS.iter().any(|col| c.norm() == col.label))
        {
            heads = true;
        }
    }
    for (r, &heads_follow) in rows.iter().zip(&heads_follow) {
        let mut named_in_row = false;
        // A row of names over blank cells with the columns' names still to
        // come (`| 行政复议 | | | | |` over `| 结果维持 | …`, a merged
        // header cell's padding): its blanks are no cells. After the
        // columns' names, such a row is a group left blank (`行政复议,,,,,`).
        let names_only = heads_follow
            && r.cells.iter().filter(filled).all(|c| !c.is_value())
            && r.cells.iter().any(|c| filled(&c));
        for c in &r.cells {
            if c.is_value() {
                let blank = c.text.trim().is_empty();
                if blank && (names_only || queue.is_empty() && named.is_empty()) {
                    continue;
                }
                if let Some(&last) = named.last() {
                    // Both lawsuit groups under one header; otherwise the
                    // group named last.
                    queue = if named == [1, 2] {
                        vec![1, 2]
                    } else {
                        vec![last]
                    };
                    named.clear();
                }
                while queue.len() > 1 && blocks[queue[0]].len() >= 5 {
                    queue.remove(0);
                }
                let g = *queue.first()?;
                if blocks[g].is_empty() {
                    lead_blank[g] = named_in_row && blank;
                }
                blocks[g].push(c);
                first = first.or(Some(r));
                continue;
            }
            // Two groups' values are one run: text inside it is no such
            // table (PDF text in reading order, headers among values).
            if queue.len() > 1 && !c.text.trim().is_empty() {
                return None;
            }
            // A group's own words (the template's label after its parent's
            // `行政诉讼·`), the most specific first: 复议后起诉 names 复议
            // too, and a heading naming 诉讼 as well is no group's.
            let n = c.norm();
            let named_now = (0..REVIEW_GROUPS.len()).rev().find(|&g| {
                let own = REVIEW_GROUPS[g].label.rsplit('·').next().unwrap_or("");
                n.contains(own) && (g > 0 || !n.contains("诉讼"))
            });
            if let Some(g) = named_now.filter(|g| !named.contains(g)) {
                named.push(g);
                named_in_row = true;
            }
        }
    }
    // Blank cells past a group's five are a line's padding (a CSV
    // export as wide as its widest row), not cells; a blank first cell
    // of six beside the group's label, the sixth filled, is its empty
    // label column.
    for (b, lead) in blocks.iter_mut().zip(lead_blank) {
        // Blank at both ends is either reading (a label column, or a
        // padded line's last field): the padding's, as before.
        if b.len() == 6 && lead && !b[5].text.trim().is_empty() {
            b.remove(0);
        }
        if b.len() > 5 && b[5..].iter().all(|c| c.text.trim().is_empty()) {
            b.truncate(5);
        }
    }
    let filled = blocks.iter().flatten().any(|c| !c.text.trim().is_empty());
    if !filled || blocks.iter().any(|b| b.len() != 5) {
        return None;
    }
    Some((blocks.concat(), first?))
}

/// Section 四's header printed whole (行政复议, 未经复议直接起诉, 复议后起诉
/// and each group's 维持 … 总计) and then no value before the next
/// section (`whole`: the section is followed by another, and the header
/// was seen): text whose blank cells leave nothing, with every cell of
/// the row blank. The table is there, its fifteen cells `null`.
fn blank_review(
    rows: &[RowView<'_>],
    whole: bool,
    cols: &[&'static str],
    f: &mut Filler<'_>,
) -> Option<Review> {
    if !whole {
        return None;
    }
    let text: String = rows
        .iter()
        .flat_map(|r| r.cells.iter().map(|c| c.norm()))
        .collect();
    let named = ["行政复议", "直接起诉", "复议后起诉"]
        .iter()
        .all(|w| text.contains(w))
        && ["维持", "纠正", "其他结果", "审结"]
            .iter()
            .all(|w| text.matches(w).count() >= 3)
        && text.matches("总计").count() + text.matches("合计").count() >= 3;
    // No figure anywhere, in sentences either (行政复议：结果维持 1件…).
    let figures = text.chars().any(crate::parse::value::is_digit);
    if !named || figures {
        return None;
    }
    let header = rows
        .iter()
        .find(|r| r.cells.iter().any(|c| c.norm().contains("行政复议")))?;
    let blank = Slot {
        text: "",
        at: header.loc,
        how: How::Position,
        relied: Checks::default(),
    };
    Some((f.review_table(cols, &[blank; 15], header.loc), None))
}

/// Section 四 printed one line a cell, each cell's value (or nothing: a
/// blank cell) on the line right after its caption, under its group's
/// words: `行政复议 / 结果维持 / 2 / 结果纠正 / 尚未审结 / 1 / … / 行政诉讼 /
/// 未经复议直接起诉 / 结果维持 / …`. Each caption names its cell, so nothing
/// is placed by order; taken only when all fifteen captions stand once,
/// each in its group, and every value right after one. The fifteen cells
/// and the place of the first caption.
fn review_by_captions<'d>(rows: &[RowView<'d>]) -> Option<(Vec<Slot<'d>>, Loc)> {
    let mut cells: [Option<Slot<'d>>; 15] = [None; 15];
    let mut group: Option<usize> = None;
    // The cell whose caption was the last line, and that line.
    let mut open: Option<(usize, u32)> = None;
    let mut first: Option<Loc> = None;
    for r in rows {
        let [c] = r.cells.as_slice() else {
            // A row of several cells: no such layout.
            if first.is_some() {
                return None;
            }
            continue;
        };
        let n = c.norm();
        if c.is_value() {
            if c.text.trim().is_empty() {
                continue;
            }
            let (k, line) = open.take()?;
            if r.loc.line != line + 1 {
                return None;
            }
            cells[k] = Some(Slot::read(c));
            continue;
        }
        open = None;
        let core = super::reconstruct::column_core(n);
        if let Some(col) = REVIEW_COLS.iter().position(|w| w.label == core) {
            let k = group? * 5 + col;
            if cells[k].is_some() {
                return None;
            }
            cells[k] = Some(Slot {
                text: "",
                at: c.loc,
                how: How::Read,
                relied: Checks::default(),
            });
            open = Some((k, r.loc.line));
            first = first.or(Some(c.loc));
            continue;
        }
        group = match n {
            "行政复议" => Some(0),
            "未经复议直接起诉" | "直接起诉" => Some(1),
            "复议后起诉" => Some(2),
            "行政诉讼" => None,
            // Other text ends the table once it has begun.
            _ if first.is_some() => break,
            _ => group,
        };
    }
    let slots: Vec<Slot<'d>> = cells.into_iter().collect::<Option<_>>()?;
    Some((slots, first?))
}

/// Whether a header row of section 四 ends in a 合计 (or 小计) after the
/// last group's 总计: a sixteenth column.
fn ends_in_extra_total(r: &RowView<'_>) -> bool {
    let mut named = r.cells.iter().map(|c| c.norm()).filter(|n| !n.is_empty());
    let names_lawsuits = named
        .clone()
        .any(|n| n.contains("起诉") || n.contains("诉讼"));
    matches!(named.next_back(), Some("合计" | "小计")) && names_lawsuits
}

fn extract_review(
    rows: &[RowView<'_>],
    in_section: bool,
    ends: bool,
    f: &mut Filler<'_>,
) -> Option<Review> {
    let is_header = |r: &RowView<'_>| {
        if let Some(c) = r
            .cells
            .first()
            .filter(|c| r.is_line && c.text.chars().count() > 30)
        {
            // Prose that names the words, unless it holds the table's own
            // column headers (a header run together with its row).
            let n = c.norm();
            let names =
                |col: &Col| n.contains(col.label) || col.label == "总计" && n.contains("合计");
            if !REVIEW_COLS.iter().all(names) {
                return false;
            }
        }
        let s = split(r);
        let label_text: String = s.labels.iter().map(|c| c.text).collect();
        let n = norm(&label_text);
        n.contains("行政复议") || n.contains("行政诉讼")
    };
    // The values come after the table's header: numbers before it (a
    // column index an exporter printed) are not the data row.
    let from = rows.iter().position(is_header).unwrap_or(0);
    let rows = &rows[from..];
    // The row's cells parted where a cell held several numbers (below).
    let parted: Option<Vec<CellView<'_>>>;
    // Values of consecutive label-less rows, joined (a row wrapped over
    // lines in PDF text).
    let mut acc: Vec<&CellView<'_>> = Vec::new();
    let mut first: Option<&RowView<'_>> = None;
    let mut seen_header = false;
    // Rows read so far (the last of them holds the row's last values).
    let mut used = 0;
    for (i, r) in rows.iter().enumerate() {
        used = i + 1;
        let mut s = split(r);
        if is_header(r) {
            seen_header = true;
        }
        // Headers and values in one row (a table inlined in a layout
        // table's one cell, `| 行政复议 | … | 总计 | | 5 | 2 | … |`): its
        // values are the fifteen numbers after its last text, when that
        // is what follows it.
        if s.values
            .iter()
            .any(|c| !c.is_value() && !c.text.trim().is_empty())
        {
            let tail: Vec<&CellView<'_>> = r
                .values()
                .iter()
                .skip_while(|c| c.text.trim().is_empty())
                .collect();
            if tail.len() == 15
                && tail
                    .iter()
                    .all(|c| matches!(lex(c.text), Lexed::Number { .. }))
            {
                s.values = tail;
            }
        }
        let numbers = s
            .values
            .iter()
            .filter(|c| matches!(lex(c.text), Lexed::Number { .. }))
            .count();
        // A labelled row shorter than the data row, or labels over blank
        // cells (Markdown puts merged header cells on rows of their own,
        // the label first and the rest blank): not the data row.
        if !s.labels.is_empty() && (s.values.len() < 15 || numbers == 0) {
            if acc.len() >= 15 {
                break;
            }
            acc.clear();
            first = None;
            continue;
        }
        if s.values.is_empty() || numbers == 0 && s.values.len() < 15 {
            continue;
        }
        if first.is_none() {
            first = Some(r);
        }
        acc.extend(s.values.iter().copied());
        if acc.len() >= 15 {
            break;
        }
    }
    // A cell of several numbers that is no one number (`1<br>0`, two
    // cells a PDF table reader ran into one): each number a cell, when
    // the row then has its fifteen.
    // (Where no parting gives fifteen, the row is read as printed.)
    if acc.iter().any(|c| not_one_number(c)) {
        parted = parted_cells(&acc, 15, false);
        if let Some(p) = &parted {
            acc = p.iter().collect();
        }
    }
    let cols: Vec<&'static str> = REVIEW_COLS.iter().map(|c| c.key).collect();
    // Each group printed as a block of its own, under its own label (a
    // phone page's or a re-typed table's 行政复议, 未经复议直接起诉 and
    // 复议后起诉, five values each): read group by group.
    if acc.len() < 15 && in_section {
        if let Some((cells, at)) = review_by_groups(rows) {
            acc = cells;
            first = Some(at);
            used = rows.len();
        }
    }
    // Each cell after its own caption, one a line (a column-major dump's
    // section 四: 行政复议 / 结果维持 / 2 / 结果纠正 / (blank) / …).
    if acc.len() < 15 && in_section {
        if let Some((slots, at)) = review_by_captions(rows) {
            return Some((f.review_table(&cols, &slots, at), None));
        }
    }
    if acc.len() < 15 && seen_header && in_section {
        if let Some(table) = reconstruct_review(rows, ends, &cols, f) {
            return Some((table, None));
        }
    }
    let Some(first) = first else {
        // No table: its figures in the section's sentences, every one.
        let stated = in_section
            .then(|| super::stated::review_in_prose(rows))
            .flatten();
        let Some(slots) = stated else {
            return blank_review(rows, in_section && seen_header && !ends, &cols, f);
        };
        let mut table = Table::default();
        for (g, chunk) in REVIEW_GROUPS.iter().zip(slots.chunks(5)) {
            let row = f.row_slots("review_litigation", g.key, &cols, chunk, |_| None);
            table.insert(g.key, row);
            // The line of the group's first figure.
            if let Some(r) = chunk
                .first()
                .and_then(|s| rows.iter().find(|r| r.loc == s.at))
            {
                record_provenance(f, "review_litigation", g.key, r);
            }
        }
        return Some((table, None));
    };
    // Numbers with neither section 四's heading nor its table's header
    // above them are not its row (a dump of section 三's values in a
    // document cut before section 四).
    if !in_section && !seen_header {
        return None;
    }
    if acc.len() < 15 {
        if !seen_header && acc.len() < 5 {
            return None;
        }
        let got = acc.len();
        return Some((Table::default(), Some((first.loc, got))));
    }
    // The result columns' headers printed after the numbers (a PDF read
    // box by box, the headers one character a line): the numbers are not
    // known to be the data row, nor in its order.
    if headers_follow(&rows[used.min(rows.len())..]) {
        return Some((unordered_review(first, acc.len(), &cols, f), None));
    }
    // More numbers on lines of their own after the fifteen: the first
    // fifteen need not be the row ([`review_among_more`]).
    if first.is_line && acc.len() == 15 {
        if let Some(table) = review_among_more(&acc, &rows[used.min(rows.len())..], first, &cols, f)
        {
            return Some((table, None));
        }
    }
    // One more value under a last header cell 合计 that the template does
    // not have (a sum of the lawsuits or of all): left out.
    if acc.len() == 16 && rows[..used.min(rows.len())].iter().any(ends_in_extra_total) {
        acc.truncate(15);
    }
    // One value more than the fifteen with no such header: a number
    // before the row's values (a data frame's row number `0` under the
    // index's blank header) or one after them. The fifteen whose groups
    // add up are taken when only one way of dropping one does.
    // Sixteen under a header on sixteen grid columns whose result heads
    // (结果维持 … 总计) stand over fifteen of them (a DOCX exported with
    // section 四 on sixteen columns, 行政诉讼 over a column of its own;
    // a data frame's index column): the fifteen under the heads.
    if acc.len() == 16 {
        if let Some(i) = review_header_gap(&rows[..used.min(rows.len())], first) {
            acc.remove(i);
        }
    }
    if acc.len() == 16 {
        match (review_adds_up(&acc[1..]), review_adds_up(&acc[..15])) {
            (true, false) => {
                acc.remove(0);
            }
            (false, true) => acc.truncate(15),
            _ => {}
        }
    }
    // A spreadsheet's row spread over its merged cells' columns (Calc's
    // sheet of a page, each merged cell one value and blank columns
    // beside it: `2|1||0|0|||3||1|…`, 26 cells): when exactly fifteen of
    // a delimited row's cells hold a value, those are the fifteen, in
    // order; the others are the merges' blank columns.
    if acc.len() > 15 && delimited(first) {
        let printed: Vec<&CellView<'_>> = acc
            .iter()
            .copied()
            .filter(|c| !c.text.trim().is_empty())
            .collect();
        if printed.len() == 15 {
            acc = printed;
        }
    }
    let cells = match fit(acc, 15) {
        Ok(c) => c,
        Err(got) => {
            f.shape("review_litigation", "row", "四", first.loc, 15, got);
            return None;
        }
    };
    // A text that stops inside the line of the row's last number (a copy
    // cut off there) may have cut it short (`12` printed `1`); a 0 is
    // whole.
    let cut = ends
        && cells.last().is_some_and(|c| {
            f.cut_short(("review_litigation", "litigation_after_review", "total"), c)
        });
    let mut table = Table::default();
    for (k, (g, chunk)) in REVIEW_GROUPS.iter().zip(cells.chunks(5)).enumerate() {
        let row = if cut && k + 1 == REVIEW_GROUPS.len() {
            let mut slots: Vec<Slot<'_>> = chunk.iter().map(|c| Slot::read(c)).collect();
            if let Some(last) = slots.last_mut() {
                *last = Slot::unknown(last.at);
            }
            f.row_slots("review_litigation", g.key, &cols, &slots, |_| None)
        } else {
            f.row("review_litigation", g.key, &cols, chunk, None, |_| None)
        };
        table.insert(g.key, row);
        record_provenance(f, "review_litigation", g.key, first);
    }
    Some((table, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sixteen cells for section 四's fifteen: the one to drop is the
    /// column no result head stands over, whatever the numbers make.
    #[test]
    fn sixteen_review_cells_drop_the_column_without_a_head() {
        let row = |texts: &[&'static str]| {
            RowView::of(
                texts
                    .iter()
                    .map(|t| CellView::supplied(t, Loc::default()))
                    .collect(),
                Loc::default(),
            )
        };
        let heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        // 行政诉讼 over a column of its own (a DOCX's sixteen columns).
        let mut docx: Vec<&'static str> = heads.to_vec();
        docx.push("");
        docx.extend(heads);
        docx.extend(heads);
        let data = row(&[
            "1", "0", "0", "0", "1", "", "0", "0", "1", "0", "1", "0", "0", "0", "0", "0",
        ]);
        assert_eq!(
            review_header_gap(&[row(&docx), data.clone()], &data),
            Some(5)
        );
        // A data frame's index column, the row then `0 | 1 0 0 1 _ | …`
        // (a blank 总计): the first, though the blank would add up too.
        let mut frame: Vec<&'static str> = vec![""];
        for _ in 0..3 {
            frame.extend(heads);
        }
        let data = row(&[
            "0", "1", "0", "0", "1", "", "0", "0", "0", "0", "0", "2", "0", "0", "0", "2",
        ]);
        assert_eq!(
            review_header_gap(&[row(&frame), data.clone()], &data),
            Some(0)
        );
        // No header on sixteen columns: not told.
        assert_eq!(review_header_gap(std::slice::from_ref(&data), &data), None);
    }

    /// Rows' labels in one cell, one after the other, each led by its
    /// number: the rows, a group's label before them passed over. One
    /// label, or labels that are not the template's next, are not.
    #[test]
    fn rows_labels_in_one_cell() {
        let t = Template::F2021;
        let keys = |text: &str, g| {
            labels_in_cell(text, g, t).map(|d| d.iter().map(|d| d.key).collect::<Vec<_>>())
        };
        assert_eq!(
            keys("1.信访举报投诉类申请  2.重复申请", Some(Group::Rejected)),
            Some(vec!["rejected_petition", "rejected_duplicate"])
        );
        assert_eq!(
            keys(
                "（六）其他处理  1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请  2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请  3.其他",
                Some(Group::Other)
            ),
            Some(vec!["other_no_correction", "other_no_fee", "other_misc"])
        );
        assert_eq!(keys("1.信访举报投诉类申请", Some(Group::Rejected)), None);
        assert_eq!(
            keys(
                "1.信访举报投诉类申请  3.要求提供公开出版物",
                Some(Group::Rejected)
            ),
            None
        );
    }

    /// A merged label cut down its middle, each half holding its part of
    /// every line, the line breaks lost: the one template label made of
    /// the same characters. Words of no label, or too short, name none.
    #[test]
    fn labels_cut_down_their_middle() {
        assert_eq!(
            reshuffled("（二）部分情形，不计公开（区分处理的，只计这一其他情形）"),
            Some("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
        );
        assert_eq!(reshuffled("（二）部分情形，不计"), None);
        assert_eq!(reshuffled("章规"), None);
    }
}
