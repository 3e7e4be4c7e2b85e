//! Writing fitted values into a record: each value read in its column's
//! unit, where it came from kept in `Record.cells`, and the issues of a
//! row that could not be read (`value.unparsed`, `structure.row_shape`,
//! `structure.ambiguous_*`).

use super::fit::{RowCheck, Slot, MAX_READINGS};
use super::rows::{CellView, RowView};
use crate::model::{CellSource, Checks, How, Issue, Loc, Media, Num, Record, Row, Severity, Val};
use crate::parse::value::{lex, Lexed, Unit};
use crate::template::REVIEW_GROUPS;

/// A template row the first pass could not read: the label was seen, but
/// its row printed fewer cells than the row has columns.
pub(crate) struct Short {
    pub key: &'static str,
    pub label: &'static str,
    pub at: Loc,
    pub want: usize,
    pub got: usize,
    /// The row's columns.
    pub cols: Vec<&'static str>,
}

/// What one value cell holds, in the unit of its column.
pub(crate) enum Read {
    Value(Val),
    Unparsed,
}

pub(crate) fn read(text: &str, money_in_wan: Option<bool>) -> Read {
    match lex(text) {
        Lexed::Blank | Lexed::Dash => Read::Value(None),
        // The cell's source keeps the word.
        Lexed::Text if crate::parse::value::is_blank_word(text) => Read::Value(None),
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

/// A row's template label as [`Filler::row`] reads its cells' overflow:
/// the label, and whether the printed label was cut short ([`cut_short`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Spill<'l> {
    pub label: &'l str,
    pub cut: bool,
    /// The printed label was cut inside a bracketed note the template
    /// does not have (`规章(设区的市、自治�`): the note's rest, whose
    /// words are not known, may have spilled into the cells beside it.
    pub note: bool,
}

impl<'l> Spill<'l> {
    /// The spill of template label `label` printed as `printed`.
    pub fn of(label: &'static str, printed: Option<&CellView<'_>>) -> Self {
        Spill {
            label,
            cut: printed.is_some_and(|c| cut_short(&c.label().core, label)),
            note: printed.is_some_and(|c| cut_in_note(c.text)),
        }
    }

    /// A value cell's number, when the rest of the cell is this label's
    /// spill ([`overflow`], [`note_overflow`]); `None` for any other cell.
    pub fn number_in<'t>(&self, text: &'t str) -> Option<&'t str> {
        overflow(text, self.label, self.cut).or_else(|| {
            if self.note {
                note_overflow(text)
            } else {
                None
            }
        })
    }
}

/// A cell's text without the fill a tool pads cut cells with (`___`).
fn unfilled(text: &str) -> &str {
    text.trim().trim_end_matches(['_', ' '])
}

/// Whether a printed label ends cut (a cut character, `�`, and a tool's
/// cell fill after it) inside a bracket it opened.
fn cut_in_note(text: &str) -> bool {
    let t = unfilled(text);
    let Some(open) = t.rfind(['(', '（']) else {
        return false;
    };
    t.ends_with('\u{fffd}') && !t[open..].contains([')', '）'])
}

/// Whether a printed label's words (`属于行政`, a cut character or cell
/// underscores after them) are a strict head of template label `label`'s.
pub(crate) fn cut_short(printed_core: &str, label: &'static str) -> bool {
    let p = printed_core.trim_end_matches(['\u{fffd}', '_']);
    !p.is_empty() && with_core(label, |full| p.len() < full.len() && full.starts_with(p))
}

/// Calls `f` on the core of template label `label` ([`Label::new`]),
/// worked out once per label and thread: every row read asks it of its
/// label (a fold and an analysis of a constant, ~2,000 instructions).
/// Keyed by the label's address and length, which for a `'static` string
/// name its text for the life of the process.
///
/// [`Label::new`]: super::label::Label::new
fn with_core<T>(label: &'static str, f: impl FnOnce(&str) -> T) -> T {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static CORES: RefCell<HashMap<(usize, usize), String, crate::model::KeyHasher>> =
            RefCell::default();
    }
    CORES.with(|m| {
        let mut m = m.borrow_mut();
        let core = m
            .entry((label.as_ptr() as usize, label.len()))
            .or_insert_with(|| super::label::Label::new(label).core);
        f(core)
    })
}

/// A value cell holding its number followed by pieces of the row's own
/// label (`0这`, `0��开`: text cut to columns by a tool that filled
/// the label's overflow, and cut characters, into the cells beside it):
/// the number; a blank cell so filled (`�开`, with a cut character) is
/// blank. `None` for any other cell, or when the rest holds a character
/// the label does not have.
///
/// A cell of the label's characters alone (`卷`) is blank only when the
/// printed label was `cut` short: a word in a value cell (`无`) beside a
/// whole label is the report's own text.
pub(crate) fn overflow<'t>(text: &'t str, label: &str, cut: bool) -> Option<&'t str> {
    let t = text.trim();
    let digits = |from: usize| {
        t[from..]
            .char_indices()
            .find(|&(_, c)| !c.is_ascii_digit())
            .map_or(t.len(), |(i, _)| from + i)
    };
    // The number: digits, and a decimal part (money: `4808.38收费`).
    let mut end = digits(0);
    if end > 0 && t[end..].starts_with('.') {
        let frac = digits(end + 1);
        if frac > end + 1 {
            end = frac;
        }
    }
    if end == t.len() {
        return None;
    }
    if end == 0 && !t.contains('\u{fffd}') && !cut {
        return None;
    }
    if end > 0 && !matches!(lex(&t[..end]), Lexed::Number { .. }) {
        return None;
    }
    spill(&t[end..], label).then_some(&t[..end])
}

/// A value cell holding its number followed by the rest of a label's note
/// cut short (`8应提供�`: Chinese characters, then the cut character the
/// tool's cut left, and its cell fill): the number. Only beside a label
/// cut inside its note ([`Spill::note`]); `None` for any other cell.
pub(crate) fn note_overflow(text: &str) -> Option<&str> {
    let t = unfilled(text);
    let end = t.find(|c: char| !c.is_ascii_digit())?;
    let rest = &t[end..];
    let words = rest.trim_end_matches('\u{fffd}');
    let cjk = |c: char| matches!(c, '\u{4e00}'..='\u{9fff}' | '、' | '，');
    (end > 0 && rest.ends_with('\u{fffd}') && !words.is_empty() && words.chars().all(cjk))
        .then_some(&t[..end])
}

/// Whether `rest`, the text after a value cell's number, is pieces of the
/// row's `label` (and cut characters) that a tool filled into the cell:
/// every character the label's, U+FFFD, `_` or a space, and one at least
/// not a space.
pub(crate) fn spill(rest: &str, label: &str) -> bool {
    let mut any = false;
    for c in rest.chars() {
        if c == '\u{fffd}' {
            any = true;
            continue;
        }
        if c == '_' || c.is_whitespace() {
            continue;
        }
        if !label.contains(c) {
            return false;
        }
        any = true;
    }
    any
}

/// `n` values, in words for a message (`1 value`, `3 values`).
pub(crate) fn values(n: usize) -> String {
    match n {
        1 => "1 value".to_string(),
        n => format!("{n} values"),
    }
}

/// How a row's printed values had to be placed, as its ambiguity notice
/// says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placing {
    /// Fewer values than columns, blank cells that printed nothing.
    Columns,
    /// Runs of digits that may be several cells.
    Split,
    /// This many counts wrapped around the row's line
    /// ([`super::wrapped`]).
    Wrapped(usize),
}

impl Placing {
    /// How `toks` were placed, `split` whether runs of digits were cut.
    pub fn of(split: bool, toks: &[super::fit::Tok<'_, '_>]) -> Self {
        match toks.iter().filter(|t| t.cell.floating).count() {
            0 if split => Placing::Split,
            0 => Placing::Columns,
            k => Placing::Wrapped(k),
        }
    }

    /// The warning's code and what it says the row printed.
    fn words(self) -> (&'static str, std::borrow::Cow<'static, str>) {
        match self {
            Placing::Split => (
                "structure.ambiguous_split",
                "its cells ran together and the runs of digits can be split".into(),
            ),
            Placing::Columns => (
                "structure.ambiguous_columns",
                "it printed fewer values than it has columns, and they can be placed".into(),
            ),
            Placing::Wrapped(k) => (
                "structure.ambiguous_columns",
                format!("{k} of its counts wrapped in their narrow cells, their first digits on the line above and their second on the line below, so their columns are not known; the values can be placed").into(),
            ),
        }
    }
}

pub(crate) struct Filler<'r> {
    pub rec: &'r mut Record,
    /// The `structure.ambiguous_*` warnings given, by what they say
    /// ([`Filler::flag`] gives each once).
    said: std::collections::HashSet<u64>,
    /// Where the document stops short ([`crate::parse::Document::ends_inside`]).
    pub ends_inside: Vec<crate::parse::Stop>,
}

/// What a warning says, as [`Filler::flag`] tells two apart.
fn saying(code: &str, place: &str, message: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (code, place, message).hash(&mut h);
    h.finish()
}

impl<'r> Filler<'r> {
    /// A filler writing into `rec`.
    pub fn new(rec: &'r mut Record) -> Self {
        Filler {
            rec,
            said: std::collections::HashSet::new(),
            ends_inside: Vec::new(),
        }
    }

    /// Where the document stops inside the row at `at` (an HTML table's
    /// row) or inside the line of text `at` stands on, if it does.
    fn stop_at(&self, at: Loc) -> Option<&crate::parse::Stop> {
        self.ends_inside.iter().find(|s| {
            if s.at.table > 0 {
                (s.at.table, s.at.row) == (at.table, at.row)
            } else {
                at.table == 0 && s.at.line == at.line
            }
        })
    }

    /// Whether the document stops inside the row or line `at` stands on.
    pub fn stops_inside(&self, at: Loc) -> bool {
        self.stop_at(at).is_some()
    }

    /// Whether `cell`, the last a row printed, may have been cut short by
    /// the document's stopping inside it (`12` printed `1`); a 0 is
    /// whole, as no count is printed with a leading 0. A text cell cut so
    /// is said in the record (an HTML page's cut is the parser's note).
    pub fn cut_short(&mut self, place: (&str, &str, &str), cell: &CellView<'_>) -> bool {
        let cut = self.stop_at(cell.loc).is_some_and(|s| s.in_number) && cell.text.trim() != "0";
        if cut && cell.loc.table == 0 {
            let (table, key, col) = place;
            let text = cell.text.trim();
            self.rec.issues.push(
                Issue::new(
                    "value.cut_short",
                    Severity::Warning,
                    format!("{table}.{key}.{col}"),
                    format!(
                        "{}: the text stops right after “{text}”, which may be a number cut short; read as null",
                        cell.loc
                    ),
                )
                .with_found(serde_json::Value::from(text)),
            );
        }
        cut
    }

    /// Reads `cells` into a row with `cols`, reporting unparsed cells.
    /// `label`: the row's label in the template, whose characters a tool
    /// that cuts text to its columns may have pushed into the value cells
    /// after their numbers ([`overflow`]).
    pub fn row(
        &mut self,
        table: &'static str,
        key: &'static str,
        cols: &[&'static str],
        cells: &[&CellView<'_>],
        label: Option<Spill<'_>>,
        wan: impl Fn(&str) -> Option<bool>,
    ) -> Row {
        let slots: Vec<Slot<'_>> = cells
            .iter()
            .map(|c| Slot {
                text: label.and_then(|l| l.number_in(c.text)).unwrap_or(c.text),
                at: c.loc,
                how: c.placed.map_or(How::Read, |(how, _)| how),
                relied: c.placed.map_or(Checks::default(), |(_, relied)| relied),
            })
            .collect();
        self.row_slots(table, key, cols, &slots, wan)
    }

    /// Section 四's table from its fifteen fitted `slots` (three groups of
    /// five `cols`, as the row prints them), each group's provenance
    /// `at`.
    pub fn review_table(
        &mut self,
        cols: &[&'static str],
        slots: &[Slot<'_>],
        at: Loc,
    ) -> crate::model::Table {
        let mut table = crate::model::Table::default();
        for (g, chunk) in REVIEW_GROUPS.iter().zip(slots.chunks(cols.len())) {
            let row = self.row_slots("review_litigation", g.key, cols, chunk, |_| None);
            table.insert(g.key, row);
            self.rec
                .provenance
                .insert(format!("review_litigation.{}", g.key), at.to_string());
        }
        table
    }

    /// Reads fitted `slots` into a row with `cols`, keeping where each
    /// value came from and reporting unparsed cells.
    pub fn row_slots(
        &mut self,
        table: &'static str,
        key: &'static str,
        cols: &[&'static str],
        slots: &[Slot<'_>],
        wan: impl Fn(&str) -> Option<bool>,
    ) -> Row {
        // Sized for its columns: no growing of the map cell by cell.
        let mut row = Row::with_capacity_and_hasher(cols.len(), Default::default());
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

    /// Keeps every reading `alts` of a row read in several ways, over the
    /// cells `cells` (row key, column key), for the checks between rows
    /// (`Record.readings`). Nothing is kept for no reading, nor when every reading fits the row's own identity `check` only by
    /// leaving a total blank ([`RowCheck::blind`]): nothing then confirms
    /// any of them, the row may well break its own identity, and the truth
    /// need not be among the readings.
    pub fn keep_readings(
        &mut self,
        table: &'static str,
        cells: Vec<(&'static str, &'static str)>,
        alts: &[Vec<Slot<'_>>],
        check: RowCheck,
        vouch: bool,
    ) {
        if alts.is_empty() || alts.iter().any(|a| a.len() != cells.len()) {
            return;
        }
        let confirmed = alts
            .iter()
            .any(|a| !check.blind(|j| a.get(j).and_then(Slot::value).is_some()));
        if !confirmed {
            return;
        }
        let alts: Vec<Vec<Option<f64>>> = alts
            .iter()
            .map(|a| a.iter().map(Slot::value).collect())
            .collect();
        let fits = alts
            .iter()
            .all(|a| a.len() == check.width() && check.holds(a));
        self.rec
            .readings
            .retain(|r| !(r.table == table && r.cells.iter().any(|c| cells.contains(c))));
        self.rec.readings.push(crate::model::Readings {
            table,
            cells,
            alts,
            fits,
            vouch,
        });
    }

    /// Reports a row whose values several readings (or none) fit.
    /// `seen`: whether digits were split, the fitting readings, and how
    /// many values the row printed.
    pub fn ambiguous(
        &mut self,
        table: &str,
        key: &str,
        label: &str,
        at: Loc,
        seen: (Placing, &[String], usize),
    ) {
        let (placing, readings, printed) = seen;
        let (code, what) = placing.words();
        let message = if readings.is_empty() {
            format!("{at}: the row {label}: {what} in no way that makes its total add up; its values were left null")
        } else {
            let shown = readings.len().min(4);
            format!(
                "{at}: the row {label}: {what} in {} ways that fit the template ({}{}); the cells they disagree on were left null",
                if readings.len() >= MAX_READINGS { format!("{MAX_READINGS} or more") } else { readings.len().to_string() },
                readings[..shown].join("; "),
                if readings.len() > shown { "; …" } else { "" }
            )
        };
        self.flag(code, table, key, message, printed, readings);
    }

    /// Reports a row that no reading fits but by leaving some group of its
    /// identity unchecked (section 四: a group's 总计 blank, or all its
    /// parts), so that its readings that fill every cell, none fitting,
    /// may be checked where the prose bears them out
    /// ([`crate::model::Readings::vouch`]).
    pub fn unchecked_only(
        &mut self,
        table: &str,
        key: &str,
        label: &str,
        at: Loc,
        seen: (Placing, usize),
    ) {
        let (placing, printed) = seen;
        let (code, what) = placing.words();
        let message = format!("{at}: the row {label}: {what} only in ways that leave some group unchecked (its 总计 blank, or all its parts); its values were left null");
        self.flag(code, table, key, message, printed, &[]);
    }

    /// A row whose labels, with those of the rows beside it, were all
    /// printed before their values, one a line: the values read row after
    /// row and column after column both fit, and they disagree on some
    /// cells, left `null` (`structure.ambiguous_order`). `readings`: the
    /// row's values each way.
    pub fn unordered(
        &mut self,
        table: &str,
        key: &str,
        label: &str,
        at: Loc,
        printed: usize,
        readings: &[String],
    ) {
        let message = format!(
            "{at}: the row {label}: its label and those of the rows beside it were printed before their values, one a line, which read row after row give {} and column after column give {}; nothing settles the order, so the cells they disagree on were left null",
            readings.first().map_or("", String::as_str),
            readings.get(1).map_or("", String::as_str),
        );
        self.flag(
            "structure.ambiguous_order",
            table,
            key,
            message,
            printed,
            readings,
        );
    }

    /// A `structure.ambiguous_*` warning on the row `table.key`: what was
    /// printed (`found.printed` values) and the readings that fit.
    pub fn flag(
        &mut self,
        code: &str,
        table: &str,
        key: &str,
        message: String,
        printed: usize,
        readings: &[String],
    ) {
        let mut issue = Issue::new(code, Severity::Warning, format!("{table}.{key}"), message);
        issue.found = Some(serde_json::json!({ "printed": printed, "readings": readings }));
        // A row's label seen twice and read the same way twice says one
        // thing once.
        if self
            .said
            .insert(saying(&issue.code, &issue.where_, &issue.message))
        {
            self.rec.issues.push(issue);
        }
    }

    /// Takes back what was written for the rows `keys` of `table` (their
    /// sources and issues), for a reading that replaces them.
    pub fn forget(&mut self, table: &str, keys: &[&str]) {
        let ours = |t: &str, r: &str| t == table && keys.contains(&r);
        self.rec.cells.retain(|c| !ours(c.table, c.row));
        self.rec
            .readings
            .retain(|r| !r.cells.iter().any(|&(row, _)| ours(r.table, row)));
        self.rec.issues.retain(|i| {
            let mut parts = i.where_.splitn(3, '.');
            let (t, r) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            !ours(t, r)
        });
        // What was taken back may be said again.
        self.said = self
            .rec
            .issues
            .iter()
            .map(|i| saying(&i.code, &i.where_, &i.message))
            .collect();
        for k in keys {
            self.rec.provenance.shift_remove(&format!("{table}.{k}"));
        }
    }

    /// A row the template names whose values could not be placed: in an
    /// HTML table (a real grid) a malformed row, `structure.row_shape`; in
    /// text, where blank cells leave nothing and exporters reorder what
    /// they print, a row whose columns the text does not show, so its
    /// cells are null and flagged (`structure.ambiguous_columns`), not a
    /// flaw of the report.
    pub fn unplaced(
        &mut self,
        table: &'static str,
        s: Short,
        found: &mut Vec<(&'static str, Row)>,
    ) {
        // A row of an HTML table is malformed; one of lines (a page's
        // paragraphs, one cell each) is text like any other.
        let grid = self.rec.source.media != Some(Media::Text) && s.at.table > 0;
        if grid || found.iter().any(|(k, _)| *k == s.key) {
            self.shape(table, s.key, s.label, s.at, s.want, s.got);
            return;
        }
        let slots = vec![Slot::unknown(s.at); s.cols.len()];
        let message = format!(
            "{}: the row {} printed {} where the template has {} columns, and the text does not show which columns they belong to; its values were left null",
            s.at,
            s.label,
            values(s.got),
            s.want
        );
        self.flag(
            "structure.ambiguous_columns",
            table,
            s.key,
            message,
            s.got,
            &[],
        );
        let row = self.row_slots(table, s.key, &s.cols, &slots, |_| None);
        self.rec
            .provenance
            .insert(format!("{table}.{}", s.key), s.at.to_string());
        found.push((s.key, row));
    }

    pub fn shape(&mut self, table: &str, key: &str, label: &str, at: Loc, want: usize, got: usize) {
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

/// Notes the place a row was read from (`provenance`).
pub(crate) fn record_provenance(f: &mut Filler<'_>, table: &str, key: &str, r: &RowView<'_>) {
    let mut at = String::with_capacity(table.len() + 1 + key.len());
    at.push_str(table);
    at.push('.');
    at.push_str(key);
    f.rec.provenance.insert(at, r.loc.to_string());
}

#[cfg(test)]
mod tests {
    use super::{cut_in_note, note_overflow, overflow, spill, Filler};
    use crate::extract::fit::{RowCheck, Slot};
    use crate::model::{Checks, How, Loc, Record, Source};

    #[test]
    fn spill_is_the_labels_own_characters() {
        let label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
        assert!(spill("这\u{fffd}", label));
        assert!(spill("，不", label));
        assert!(spill("\u{fffd}\u{fffd}", label));
        assert!(!spill("", label));
        assert!(!spill("  _", label));
        assert!(!spill("结果维持", label));
    }

    fn slots(vals: &[&'static str]) -> Vec<Slot<'static>> {
        vals.iter()
            .map(|&text| Slot {
                text,
                at: Loc::default(),
                how: How::Identity,
                relied: Checks::default(),
            })
            .collect()
    }

    /// Readings kept for the checks between rows: not when every one fits
    /// the row's identity only by leaving its total blank.
    #[test]
    fn readings_kept_unless_all_blind() {
        const CHECK: RowCheck = RowCheck {
            groups: &[(0, 3)],
            checks: Checks::ROW_TOTAL,
            signed: 0,
            totals_printed: false,
        };
        let mut rec = Record::new(Source {
            path: "x".into(),
            sha256: None,
            bytes: 0,
            media: None,
            encoding: None,
            encoding_from: None,
        });
        let cells = vec![("r", "a"), ("r", "b"), ("r", "total")];
        let mut f = Filler::new(&mut rec);
        // 1|2|_ and 12|_|_: both leave 总计 blank.
        f.keep_readings(
            "requests",
            cells.clone(),
            &[slots(&["1", "2", ""]), slots(&["12", "", ""])],
            CHECK,
            false,
        );
        assert!(f.rec.readings.is_empty());
        // 1|2|3 is confirmed by its identity: both kept, as values.
        f.keep_readings(
            "requests",
            cells,
            &[slots(&["1", "2", "3"]), slots(&["12", "", ""])],
            CHECK,
            false,
        );
        assert_eq!(f.rec.readings.len(), 1);
        assert_eq!(
            f.rec.readings[0].alts,
            vec![
                vec![Some(1.0), Some(2.0), Some(3.0)],
                vec![Some(12.0), None, None]
            ]
        );
    }

    #[test]
    fn label_overflow_after_a_number() {
        let label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
        assert_eq!(overflow("0这\u{fffd}", label, true), Some("0"));
        assert_eq!(overflow("12，不", label, true), Some("12"));
        assert_eq!(overflow(" \u{fffd}情", label, true), Some(""));
        assert_eq!(overflow("\u{fffd}\u{fffd}", label, true), Some(""));
        assert_eq!(overflow("3件", label, true), None);
        assert_eq!(overflow("无", "4.无正当理由大量反复申请", false), None);
        assert_eq!(overflow("12", label, true), None);
        assert_eq!(
            overflow("4808.38收费", "行政事业性收费", true),
            Some("4808.38")
        );
        assert_eq!(overflow("4808.收费", "行政事业性收费", true), None);
        // A cell of the cut label's rest alone is blank; beside a whole
        // label, such a word is the report's.
        assert_eq!(overflow(" 卷", "7.属于行政执法案卷", true), Some(""));
        assert_eq!(overflow(" 卷", "7.属于行政执法案卷", false), None);
    }

    /// A label cut inside a note the template does not have
    /// (`规章(设区的市、自治�`): the note's rest after a number, ended by
    /// a cut character, is its spill; without the cut, or with other
    /// text, the cell stays as it is.
    #[test]
    fn a_cut_notes_rest_after_a_number() {
        assert!(cut_in_note("规章(设区的市、自治\u{fffd}__"));
        assert!(!cut_in_note("规章(设区的市、自治州人民政府应提供相关数据)"));
        assert!(!cut_in_note("1.本机关不掌握相关政府信\u{fffd}"));
        assert_eq!(note_overflow("8应提供\u{fffd}___"), Some("8"));
        assert_eq!(note_overflow("12相关数据\u{fffd}"), Some("12"));
        assert_eq!(note_overflow("8应提供"), None);
        assert_eq!(note_overflow("8\u{fffd}"), None);
        assert_eq!(note_overflow("8 items\u{fffd}"), None);
        assert_eq!(note_overflow("应提供\u{fffd}"), None);
    }

    #[test]
    fn labels_cut_short() {
        assert!(super::cut_short("属于行政\u{fffd}", "7.属于行政执法案卷"));
        assert!(!super::cut_short("属于行政执法案卷", "7.属于行政执法案卷"));
        assert!(!super::cut_short("属于国家", "7.属于行政执法案卷"));
    }
}
