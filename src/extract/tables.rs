//! The three tables onto the template: section 二 (主动公开), section 三
//! (依申请) and section 四 (复议/诉讼), plus the template decision.

use super::fit::{fit_row, Anchors, Fitted, RowCheck, Slot, Tok};
use super::label::{group_of, match_active, match_request, norm, Group, Label};
use super::sections::Sections;
use super::stream::{gap_baseline, pieces, Piece};
use super::{CellView, RowView};
use crate::model::{
    CellSource, Checks, How, Issue, Num, Record, Row, Severity, Table, Template, Val,
};
use crate::parse::value::{lex, Lexed, Unit};
use crate::parse::Loc;
use crate::template::{
    self, request_rows, ActiveRow, RequestRow, REQUEST_COLS, REVIEW_COLS, REVIEW_GROUPS,
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
/// lines (most of a page's clutter) are not looked at.
pub(crate) fn markers(rows: &[RowView<'_>]) -> Markers {
    let mut m = Markers::default();
    let mut seen = [false; M2019.len() + M2021.len() + 2];
    let ac = marker_automaton();
    for r in rows.iter().filter(|r| !r.is_line) {
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
    }
    m.f2019 = seen[..M2019.len()].iter().filter(|s| **s).count();
    m.f2021 = seen[M2019.len()..M2019.len() + M2021.len()]
        .iter()
        .filter(|s| **s)
        .count();
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
        if c.from_above {
            if state == 0 {
                s.context.push(c);
            } else if state == 2 {
                // A spanned value cell (rare): keep the column count.
                s.values.push(c);
            }
            continue;
        }
        let value = c.is_value();
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
    Err(v.len())
}

/// What one value cell holds, in the unit of its column.
enum Read {
    Value(Val),
    Unparsed,
}

fn read(text: &str, money_in_wan: Option<bool>) -> Read {
    match lex(text) {
        Lexed::Blank | Lexed::Dash => Read::Value(None),
        Lexed::Text => Read::Unparsed,
        Lexed::Number { value, unit, .. } => {
            let v = match (money_in_wan, unit) {
                (Some(_), Unit::WanYuan) | (Some(true), Unit::None) => value.times_10k(),
                _ => value,
            };
            Read::Value(Some(Num(v.to_f64())))
        }
    }
}

struct Filler<'r> {
    rec: &'r mut Record,
}

impl Filler<'_> {
    /// Reads `cells` into a row with `cols`, reporting unparsed cells.
    fn row(
        &mut self,
        table: &'static str,
        key: &'static str,
        cols: &[&'static str],
        cells: &[&CellView<'_>],
        wan: impl Fn(&str) -> Option<bool>,
    ) -> Row {
        let slots: Vec<Slot<'_>> = cells
            .iter()
            .map(|c| Slot {
                text: c.text,
                at: c.loc,
                how: How::Read,
                relied: Checks::default(),
            })
            .collect();
        self.row_slots(table, key, cols, &slots, wan)
    }

    /// Reads fitted `slots` into a row with `cols`, keeping where each
    /// value came from and reporting unparsed cells.
    fn row_slots(
        &mut self,
        table: &'static str,
        key: &'static str,
        cols: &[&'static str],
        slots: &[Slot<'_>],
        wan: impl Fn(&str) -> Option<bool>,
    ) -> Row {
        let mut row = Row::default();
        for (col, slot) in cols.iter().zip(slots) {
            let raw = slot.text.trim();
            self.rec.cells.push(CellSource {
                table,
                row: key,
                col,
                raw: raw.into(),
                at: slot.at,
                how: slot.how,
                relied_on: slot.relied,
            });
            if slot.how == How::Ambiguous {
                row.insert(col, None);
                continue;
            }
            match read(raw, wan(col)) {
                Read::Value(v) => {
                    row.insert(col, v);
                }
                Read::Unparsed => {
                    row.insert(col, None);
                    self.rec.issues.push(
                        Issue::new(
                            "value.unparsed",
                            Severity::Warning,
                            format!("{table}.{key}.{col}"),
                            format!("{}: the cell holds “{raw}”, not a number, blank or dash; read as null", slot.at),
                        )
                        .with_found(raw),
                    );
                }
            }
        }
        row
    }

    /// Reports a row whose values several readings (or none) fit.
    /// `seen`: whether digits were split, the fitting readings, and how
    /// many values the row printed.
    fn ambiguous(
        &mut self,
        table: &str,
        key: &str,
        label: &str,
        at: Loc,
        seen: (bool, &[String], usize),
    ) {
        let (split, readings, printed) = seen;
        let (code, what) = if split {
            (
                "structure.ambiguous_split",
                "its cells ran together and the runs of digits can be split",
            )
        } else {
            (
                "structure.ambiguous_columns",
                "it printed fewer values than it has columns, and they can be placed",
            )
        };
        let message = if readings.is_empty() {
            format!("{at}: the row {label}: {what} in no way that makes its total add up; its values were left null")
        } else {
            format!(
                "{at}: the row {label}: {what} in {} ways that fit the template ({}{}); the cells they disagree on were left null",
                if readings.len() >= 4 { "4 or more".to_string() } else { readings.len().to_string() },
                readings.join("; "),
                if readings.len() >= 4 { "; …" } else { "" }
            )
        };
        let mut issue = Issue::new(code, Severity::Warning, format!("{table}.{key}"), message);
        issue.found = Some(serde_json::json!({ "printed": printed, "readings": readings }));
        self.rec.issues.push(issue);
    }

    fn shape(&mut self, table: &str, key: &str, label: &str, at: Loc, want: usize, got: usize) {
        self.rec.issues.push(
            Issue::new(
                "structure.row_shape",
                Severity::Error,
                format!("{table}.{key}"),
                format!("{at}: the row {label} has {got} value cells where the template has {want}; its values were left out rather than guessed"),
            )
            .with_values(want, got),
        );
    }
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
    }
    if let Some(p) = pending.last() {
        out.push(format!("{p}{all}"));
        if pending.len() > 1 {
            out.push(format!("{}{p}{all}", pending[pending.len() - 2]));
        }
    }
    out
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
    if found.is_none() && s.values.is_empty() {
        push_pending(pending, s);
    } else {
        pending.clear();
    }
    found
}

fn resolve_row<'a, 'd, D>(
    s: &Split<'a, 'd>,
    pending: &[String],
    n: impl Fn(&D) -> usize,
    m: impl Fn(&Label) -> Option<D>,
) -> Option<(D, Option<&'a CellView<'d>>, Vec<&'a CellView<'d>>)> {
    if !s.values.is_empty() {
        // The last label cell alone (its analysis is cached), then the
        // joined candidates.
        if let Some(d) = s.labels.last().and_then(|c| m(c.label())).or_else(|| {
            candidates(&s.labels, pending)
                .iter()
                .find_map(|c| m(&Label::new(c)))
        }) {
            return Some((d, s.labels.last().copied(), s.values.clone()));
        }
    }
    for k in (0..s.labels.len().saturating_sub(1)).rev() {
        if let Some(d) = m(s.labels[k].label()) {
            let mut vals: Vec<&CellView<'d>> = s.labels[k + 1..].to_vec();
            vals.extend(s.values.iter().copied());
            if fit(vals.clone(), n(&d)).is_ok() {
                return Some((d, Some(s.labels[k]), vals));
            }
        }
    }
    None
}

/// Extracts the three tables and reports what is structurally wrong.
pub(crate) fn extract_tables(rows: &[RowView<'_>], secs: &Sections, t: Template, rec: &mut Record) {
    let all = 0..rows.len();
    let mut f = Filler { rec };

    // Section 三.
    let range = secs.span(2).unwrap_or(all.clone());
    let ends = range.end == rows.len();
    let requests = extract_requests(&rows[range], t, ends, &mut f);
    // Section 二.
    let range = secs.span(1).unwrap_or(all.clone());
    let ends = range.end == rows.len();
    let active = extract_active(&rows[range], t, ends, &mut f);
    // Section 四.
    let range = secs.span(3).unwrap_or(all.clone());
    let ends = range.end == rows.len();
    let review = extract_review(&rows[range.clone()], secs.span(3).is_some(), ends, &mut f);

    let rec = f.rec;
    let sec_name = |k: usize| template::SECTIONS[k].1;
    for k in 0..6 {
        let has_table = match k {
            1 => !active.is_empty(),
            2 => !requests.is_empty(),
            3 => review.is_some(),
            _ => true,
        };
        let heading = secs.heading[k].is_some();
        if !(heading || has_table && (1..=3).contains(&k)) {
            rec.issues.push(Issue::new(
                "structure.missing_section",
                Severity::Warning,
                format!("section {}", template::SECTIONS[k].0),
                format!("the section {} was not found", sec_name(k)),
            ));
        } else if heading && !has_table {
            let key = ["", "active", "requests", "review_litigation"][k];
            rec.issues.push(Issue::new(
                "structure.missing_table",
                Severity::Error,
                key,
                format!("the section {} is there but its table is not", sec_name(k)),
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
    if let Some((at, got)) = review.as_ref().and_then(|r| r.1) {
        rec.issues.push(
            Issue::new(
                "structure.truncated",
                Severity::Error,
                "review_litigation",
                format!(
                    "{at}: the section 四 table has {got} values where it has 15; it stops short"
                ),
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

fn extract_requests(rows: &[RowView<'_>], t: Template, ends: bool, f: &mut Filler<'_>) -> Table {
    let cols: Vec<&'static str> = REQUEST_COLS.iter().map(|c| c.key).collect();
    let mut found: Vec<(&'static str, Row)> = Vec::new();
    let mut short: Vec<Short> = Vec::new();
    let mut group: Option<Group> = None;
    let mut pending: Vec<String> = Vec::new();
    for r in rows {
        let s = split(r);
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
        }
        let matched = resolve(
            &s,
            &mut pending,
            |_| cols.len(),
            |l| match_request(l, group, t),
        );
        let Some((def, _, values)) = matched else {
            continue;
        };
        if found.iter().any(|(k, _)| *k == def.key) {
            continue;
        }
        match fit(values, cols.len()) {
            Ok(cells) => {
                let row = f.row("requests", def.key, &cols, &cells, |_| None);
                found.push((def.key, row));
                record_provenance(f, "requests", def.key, r);
            }
            Err(got) => short.push(Short {
                key: def.key,
                label: def.label,
                at: r.loc,
                want: cols.len(),
                got,
            }),
        }
    }
    const ROW: RowCheck = RowCheck {
        groups: &[(0, 7)],
        checks: Checks::ROW_TOTAL,
    };
    reconstruct(
        rows,
        f,
        "requests",
        &mut found,
        short,
        ends,
        true,
        |l, g| match_request(l, g, t),
        |d: &RequestRow| (d.key, d.label, cols.clone(), ROW),
        |_, _| None,
    );
    // Template order, whatever order the report printed them in.
    in_template_order(found, request_rows(t).map(|d| d.key))
}

/// A template row the first pass could not read: the label was seen, but
/// its row printed fewer cells than the row has columns.
struct Short {
    key: &'static str,
    label: &'static str,
    at: Loc,
    want: usize,
    got: usize,
}

/// The second pass: the template rows the row-by-row pass did not read,
/// found by their labels in the section's stream of pieces and their
/// values fitted to the columns ([`fit_row`]). Rows already read are left
/// as they are; a short row it cannot fit keeps its `structure.row_shape`.
#[allow(clippy::too_many_arguments)]
fn reconstruct<D: Copy>(
    rows: &[RowView<'_>],
    f: &mut Filler<'_>,
    table: &'static str,
    found: &mut Vec<(&'static str, Row)>,
    short: Vec<Short>,
    ends: bool,
    track_groups: bool,
    matcher: impl Fn(&Label, Option<Group>) -> Option<D>,
    spec: impl Fn(D) -> (&'static str, &'static str, Vec<&'static str>, RowCheck),
    wan: impl Fn(&'static str, &str) -> Option<bool>,
) {
    let p = pieces(rows);
    let runs = p
        .iter()
        .any(|x| matches!(x, Piece::Value { glued: true, .. }));
    let baseline = gap_baseline(&p);
    let column_names: Vec<String> = REQUEST_COLS
        .iter()
        .chain(REVIEW_COLS.iter())
        .map(|c| Label::new(c.label).core)
        .chain(["合计".to_string()])
        .collect();
    let column_names: Vec<&str> = column_names.iter().map(String::as_str).collect();
    let mut segs: Vec<(usize, D)> = Vec::new();
    let mut group: Option<Group> = None;
    let mut recent: Vec<&str> = Vec::new();
    for (k, piece) in p.iter().enumerate() {
        match *piece {
            Piece::Text {
                cell, text, prose, ..
            } => {
                if prose {
                    recent.clear();
                    continue;
                }
                let own;
                let l = if std::ptr::eq(text, cell.text) {
                    cell.label()
                } else {
                    own = Label::new(text);
                    &own
                };
                if track_groups {
                    if let Some(g) = group_of(l) {
                        group = Some(g);
                    } else if matches!(
                        l.numbering,
                        Some(
                            super::label::Numbering::Level2(_) | super::label::Numbering::Level1(_)
                        )
                    ) {
                        group = None;
                    }
                }
                if cell.from_above {
                    continue;
                }
                let joined = || {
                    (1..=recent.len().min(2)).rev().find_map(|back| {
                        let mut s: String = recent[recent.len() - back..].concat();
                        s.push_str(text);
                        matcher(&Label::new(&s), group)
                    })
                };
                // A column's name (总计, 其他) without a row's numbering is
                // a header cell, not the row of the same words.
                let header = l.numbering.is_none() && column_names.contains(&l.core.as_str());
                if header {
                    recent.clear();
                    continue;
                }
                // A label that reads as its whole path (`三、本年度办理结果
                // （一）予以公开`): the last part that is a row, under the
                // groups the parts before it open.
                let by_path = || {
                    let folded;
                    let n = if std::ptr::eq(text, cell.text) {
                        cell.norm()
                    } else {
                        folded = norm(text);
                        folded.as_str()
                    };
                    let parts = super::label::path(n);
                    if parts.len() < 2 {
                        return None;
                    }
                    let mut g = group;
                    let mut hit = None;
                    for part in &parts {
                        let pl = Label::from_norm(part);
                        if let Some(gg) = group_of(&pl) {
                            g = Some(gg);
                        }
                        if let Some(d) = matcher(&pl, g) {
                            hit = Some(d);
                        }
                    }
                    hit
                };
                match matcher(l, group).or_else(by_path).or_else(joined) {
                    Some(d) => {
                        segs.push((k, d));
                        recent.clear();
                    }
                    None => {
                        recent.push(text);
                        if recent.len() > 2 {
                            recent.remove(0);
                        }
                    }
                }
            }
            Piece::Value { .. } => recent.clear(),
            _ => {}
        }
    }
    let mut unresolved: Vec<Short> = short;
    for (i, &(start, d)) in segs.iter().enumerate() {
        let (key, label, cols, check) = spec(d);
        if found.iter().any(|(k2, _)| *k2 == key) {
            continue;
        }
        let end = segs.get(i + 1).map_or(p.len(), |s| s.0);
        // The values printed after the label, up to the next label, a
        // sentence of prose, or text after values (a row not recognised).
        let mut toks: Vec<Tok<'_, '_>> = Vec::new();
        let mut blanks: Vec<u32> = vec![0];
        let mut single = true;
        let mut stopped = false;
        let mut texts = 0;
        for piece in &p[start + 1..end] {
            // Text beyond a wrapped label's fragments.
            if matches!(piece, Piece::Text { text, .. } if text.chars().count() > 12) {
                texts += 1;
            }
            match *piece {
                Piece::Text { prose: true, .. } => {
                    stopped = true;
                    break;
                }
                Piece::Text { cell, .. } if !cell.from_above && !toks.is_empty() => {
                    stopped = true;
                    break;
                }
                Piece::Value { cell, text, .. } => {
                    if cell.loc.cell > 0 {
                        single = false;
                    }
                    if text.trim().is_empty() {
                        if let Some(b) = blanks.last_mut() {
                            *b += 1;
                        }
                    } else {
                        toks.push(Tok { cell, text });
                        blanks.push(0);
                    }
                }
                Piece::Gap(g) if baseline == 0 => {
                    if let Some(b) = blanks.last_mut() {
                        *b += g;
                    }
                }
                _ => {}
            }
        }
        let Piece::Text {
            cell: label_cell,
            row,
            ..
        } = p[start]
        else {
            continue;
        };
        let at = rows[row].loc;
        // A label with nothing after it is a row of blank cells only in
        // text where blank cells print nothing: one cell per line, or
        // aligned (PDF) text.
        let vanishing = single || label_cell.pos.chars > 0;
        if toks.is_empty() && (!vanishing || texts > 0 || cols.is_empty()) {
            continue;
        }
        // A row the document ends in was cut short: not a layout to
        // reconstruct (`structure.truncated` says so).
        if ends && end == p.len() && !stopped && toks.len() < cols.len() {
            continue;
        }
        // Blank cells are known from the layout only in one-cell-per-line
        // text whose values follow line by line.
        let known = (single && baseline == 0).then_some(&blanks[..]);
        let anchors = Anchors::of(&p, cols.len());
        let fitted = fit_row(
            &toks,
            cols.len(),
            known,
            &anchors,
            check,
            runs,
            label_cell.loc,
        );
        match fitted {
            Fitted::Row {
                slots,
                readings,
                split,
            } => {
                if !readings.is_empty() {
                    f.ambiguous(table, key, label, at, (split, &readings, toks.len()));
                }
                let r = f.row_slots(table, key, &cols, &slots, |c| wan(key, c));
                found.push((key, r));
                record_provenance(f, table, key, &rows[row]);
                unresolved.retain(|s| s.key != key);
            }
            Fitted::NoReading { split, .. } => {
                let slots: Vec<Slot<'_>> = cols
                    .iter()
                    .map(|_| Slot {
                        text: "",
                        at: label_cell.loc,
                        how: How::Ambiguous,
                        relied: Checks::default(),
                    })
                    .collect();
                f.ambiguous(table, key, label, at, (split, &[], toks.len()));
                let r = f.row_slots(table, key, &cols, &slots, |c| wan(key, c));
                found.push((key, r));
                record_provenance(f, table, key, &rows[row]);
                unresolved.retain(|s| s.key != key);
            }
            Fitted::TooMany(got) => {
                if !unresolved.iter().any(|s| s.key == key) {
                    unresolved.push(Short {
                        key,
                        label,
                        at,
                        want: cols.len(),
                        got,
                    });
                }
            }
        }
    }
    for s in unresolved {
        f.shape(table, s.key, s.label, s.at, s.want, s.got);
    }
}

fn record_provenance(f: &mut Filler<'_>, table: &str, key: &str, r: &RowView<'_>) {
    f.rec
        .provenance
        .insert(format!("{table}.{key}"), r.loc.to_string());
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

fn extract_active(rows: &[RowView<'_>], t: Template, ends: bool, f: &mut Filler<'_>) -> Table {
    let mut found: Vec<(&'static str, Row)> = Vec::new();
    let mut short: Vec<Short> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut header: Option<Vec<usize>> = None;
    for r in rows {
        if let Some(h) = header_positions(r) {
            header = Some(h);
            pending.clear();
            continue;
        }
        let s = split(r);
        let matched = resolve(
            &s,
            &mut pending,
            |d: &&ActiveRow| d.cols.len(),
            |l| match_active(l, t),
        );
        let Some((def, label_cell, values)) = matched else {
            continue;
        };
        if found.iter().any(|(k, _)| *k == def.key) {
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
        let fitted = match by_header {
            Some(cells) => Ok(cells),
            None => fit(values, cols.len()),
        };
        match fitted {
            Ok(cells) => {
                let key = def.key;
                let row = f.row("active", key, &cols, &cells, |col| {
                    template::is_money(key, col).then_some(t == Template::F2021)
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
            }),
        }
    }
    reconstruct(
        rows,
        f,
        "active",
        &mut found,
        short,
        ends,
        false,
        |l, _| match_active(l, t),
        |d: &ActiveRow| {
            (
                d.key,
                d.label,
                d.cols.iter().map(|c| c.key).collect(),
                RowCheck::NONE,
            )
        },
        |key, col| template::is_money(key, col).then_some(t == Template::F2021),
    );
    in_template_order(found, template::active_rows(t).iter().map(|d| d.key))
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

/// The section 四 row when it printed fewer than 15 values after its
/// header (blank cells that left nothing): the values after the header,
/// fitted to the 15 columns by blank lines or by the three groups'
/// identities ([`fit_row`]). `None` when the document ends there (a cut
/// table) or no value follows the header.
fn reconstruct_review(
    rows: &[RowView<'_>],
    ends: bool,
    cols: &[&'static str],
    f: &mut Filler<'_>,
) -> Option<Table> {
    const GROUPS: RowCheck = RowCheck {
        groups: &[(0, 5), (5, 5), (10, 5)],
        checks: Checks::REVIEW_TOTAL,
    };
    let p = pieces(rows);
    let runs = p
        .iter()
        .any(|x| matches!(x, Piece::Value { glued: true, .. }));
    let baseline = gap_baseline(&p);
    let start = p.iter().position(|x| x.is_filled_value())?;
    let mut toks: Vec<Tok<'_, '_>> = Vec::new();
    let mut blanks: Vec<u32> = vec![0];
    let mut single = true;
    let mut stopped = false;
    // Blank lines right before the first value may be blank cells too.
    if let Some(Piece::Gap(g)) = start.checked_sub(1).map(|k| p[k]) {
        if baseline == 0 {
            blanks[0] = g;
        }
    }
    for piece in &p[start..] {
        match *piece {
            Piece::Text { .. } => {
                stopped = true;
                break;
            }
            Piece::Value { cell, text, .. } => {
                if cell.loc.cell > 0 {
                    single = false;
                }
                if text.trim().is_empty() {
                    if let Some(b) = blanks.last_mut() {
                        *b += 1;
                    }
                } else {
                    toks.push(Tok { cell, text });
                    blanks.push(0);
                }
            }
            Piece::Gap(g) if baseline == 0 => {
                if let Some(b) = blanks.last_mut() {
                    *b += g;
                }
            }
            _ => {}
        }
    }
    if toks.is_empty() || (ends && !stopped) {
        return None;
    }
    let first = toks[0].cell;
    let known = (single && baseline == 0).then_some(&blanks[..]);
    let (slots, readings, split) = match fit_row(
        &toks,
        15,
        known,
        &Anchors::default(),
        GROUPS,
        runs,
        first.loc,
    ) {
        Fitted::Row {
            slots,
            readings,
            split,
        } => (slots, readings, split),
        Fitted::NoReading { split, .. } => {
            let slots = (0..15)
                .map(|_| Slot {
                    text: "",
                    at: first.loc,
                    how: How::Ambiguous,
                    relied: Checks::default(),
                })
                .collect();
            (slots, Vec::new(), split)
        }
        Fitted::TooMany(_) => return None,
    };
    if !readings.is_empty() || slots.iter().all(|s| s.how == How::Ambiguous) {
        f.ambiguous(
            "review_litigation",
            "row",
            "四",
            first.loc,
            (split, &readings, toks.len()),
        );
    }
    let mut table = Table::default();
    for (g, chunk) in REVIEW_GROUPS.iter().zip(slots.chunks(5)) {
        let row = f.row_slots("review_litigation", g.key, cols, chunk, |_| None);
        table.insert(g.key, row);
        f.rec.provenance.insert(
            format!("review_litigation.{}", g.key),
            first.loc.to_string(),
        );
    }
    Some(table)
}

/// The section 四 row of 15 values. Returns the table, and when the values
/// stop short, `(row, place, count)` for a truncation issue.
type Review = (Table, Option<(Loc, usize)>);

fn extract_review(
    rows: &[RowView<'_>],
    in_section: bool,
    ends: bool,
    f: &mut Filler<'_>,
) -> Option<Review> {
    let is_header = |r: &RowView<'_>| {
        if r.is_line && r.cells.first().is_some_and(|c| c.text.chars().count() > 30) {
            return false; // prose that names the words
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
    // Values of consecutive label-less rows, joined (a row wrapped over
    // lines in PDF text).
    let mut acc: Vec<&CellView<'_>> = Vec::new();
    let mut first: Option<&RowView<'_>> = None;
    let mut seen_header = false;
    for r in rows {
        let s = split(r);
        if is_header(r) {
            seen_header = true;
        }
        let numbers = s
            .values
            .iter()
            .filter(|c| matches!(lex(c.text), Lexed::Number { .. }))
            .count();
        if !s.labels.is_empty() && s.values.len() < 15 {
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
    let cols: Vec<&'static str> = REVIEW_COLS.iter().map(|c| c.key).collect();
    if acc.len() < 15 && seen_header && in_section {
        if let Some(table) = reconstruct_review(rows, ends, &cols, f) {
            return Some((table, None));
        }
    }
    let first = first?;
    if acc.len() < 15 {
        if !seen_header && acc.len() < 5 {
            return None;
        }
        let got = acc.len();
        return Some((Table::default(), Some((first.loc, got))));
    }
    let cells = match fit(acc, 15) {
        Ok(c) => c,
        Err(got) => {
            f.shape("review_litigation", "row", "四", first.loc, 15, got);
            return None;
        }
    };
    let mut table = Table::default();
    for (g, chunk) in REVIEW_GROUPS.iter().zip(cells.chunks(5)) {
        let row = f.row("review_litigation", g.key, &cols, chunk, |_| None);
        table.insert(g.key, row);
        record_provenance(f, "review_litigation", g.key, first);
    }
    Some((table, None))
}
