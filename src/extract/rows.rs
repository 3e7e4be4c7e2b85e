//! The document as extraction walks it: every prose line and table row as
//! a [`RowView`] of [`CellView`]s, each cell's fold and label analysis made
//! once. Apart from [`super`], so that the section finder and the table
//! readers use it without depending on the module that runs them.

use super::label::{self, Label};
use crate::model::{Checks, How};
use crate::parse::{Block, Document, Loc, Pos};
use std::cell::OnceCell;

/// One cell as extraction sees it. Its normalised text, its label
/// analysis and whether it holds a value are worked out once, on first
/// use: the template markers and three table extractors all look at the
/// same cells.
#[derive(Debug, Clone)]
pub(crate) struct CellView<'d> {
    pub text: &'d str,
    pub from_above: bool,
    pub loc: Loc,
    /// The cell's place on its line of aligned text (unknown elsewhere).
    pub pos: Pos,
    /// A count joined from digits wrapped above and below its row
    /// ([`super::wrapped`]): its column is not known.
    pub floating: bool,
    /// How a reader placed the cell, when not simply read where it was
    /// printed, and the identities the placing relied on: a value printed
    /// in a table's second part, joined onto its row from the part its
    /// label is in ([`super::continued`]); a piece of a run of digits
    /// ([`super::transposed`]).
    pub placed: Option<(How, Checks)>,
    /// How many grid columns the cell covers (1 but in a page's table).
    pub colspan: u32,
    /// A cell in one of a grid's label columns, in a row with a label
    /// ([`mark_label_columns`]): label text, or a merged label's blank
    /// place, never a value.
    pub in_label_columns: bool,
    norm: OnceCell<String>,
    label: OnceCell<Label>,
    value: OnceCell<bool>,
    several: OnceCell<bool>,
}

impl<'d> CellView<'d> {
    fn new(text: &'d str, from_above: bool, loc: Loc, pos: Pos) -> Self {
        CellView {
            text,
            from_above,
            loc,
            pos,
            floating: false,
            placed: None,
            colspan: 1,
            in_label_columns: false,
            norm: OnceCell::new(),
            label: OnceCell::new(),
            value: OnceCell::new(),
            several: OnceCell::new(),
        }
    }

    /// A cell of text the reader supplies, at `loc`: a template's label
    /// standing for the one a layout printed elsewhere (a transposed
    /// table's header), or a blank cell (`""`).
    pub fn supplied(text: &'d str, loc: Loc) -> Self {
        CellView::new(text, false, loc, Pos::default())
    }

    /// The cell with `text` (a slice of its own) for its text, placed as
    /// it was.
    pub fn with_text(&self, text: &'d str) -> Self {
        CellView {
            floating: self.floating,
            placed: self.placed,
            colspan: self.colspan,
            in_label_columns: self.in_label_columns,
            ..CellView::new(text, self.from_above, self.loc, self.pos)
        }
    }

    /// The piece `text` (a slice of its text) of the run of digits in
    /// `cell`, read as a cell of its own, placed as `placed` says.
    pub fn piece(cell: &CellView<'d>, text: &'d str, placed: (How, Checks)) -> Self {
        CellView {
            placed: Some(placed),
            ..CellView::new(text, false, cell.loc, cell.pos)
        }
    }

    /// A count joined from a wrapped cell's digits, printed at `loc`.
    pub fn floating(text: &'static str, loc: Loc) -> Self {
        CellView {
            floating: true,
            ..CellView::new(text, false, loc, Pos::default())
        }
    }

    /// A blank cell in one of a grid's label columns: a merged label's
    /// place, no blank value.
    pub fn label_place(&self) -> bool {
        self.in_label_columns && self.text.trim().is_empty()
    }

    /// The cell's text folded by [`label::norm`].
    pub fn norm(&self) -> &str {
        self.norm.get_or_init(|| label::norm(self.text))
    }

    /// The cell's text as a label ([`Label::new`]).
    pub fn label(&self) -> &Label {
        self.label.get_or_init(|| Label::from_norm(self.norm()))
    }

    /// Whether the cell holds several numbers apart (`0 0`, `4\u{ad}2`):
    /// cells a PDF table reader ran into one, or a number wrapped
    /// (`1\u{ad}234`), which also reads as one ([`Self::is_value`]).
    pub fn several(&self) -> bool {
        *self.several.get_or_init(|| {
            use crate::parse::value::{cell_pieces, is_digit, lex, Lexed, CELL_BREAK};
            // Cheap tests first: most cells are one word.
            let t = self.text.trim();
            if !t.starts_with(is_digit)
                || !t.contains(|c: char| c.is_whitespace() || c == CELL_BREAK)
            {
                return false;
            }
            let mut toks = cell_pieces(t);
            toks.clone().nth(1).is_some() && toks.all(|t| matches!(lex(t), Lexed::Number { .. }))
        })
    }

    /// Whether the cell reads as a value (number, blank, dash), not text.
    pub fn is_value(&self) -> bool {
        *self
            .value
            .get_or_init(|| crate::parse::value::lex(self.text).is_value())
    }
}

/// `rows` (one section) without the numbers of a 序号 column, when its
/// header names one: a table that numbers its rows 1, 2, 3 … before their
/// labels. Only where the place says the number leads its row: a grid
/// row's first cell before its label's; digits glued before the label at
/// a line's start (`3行政许可…`, or `106.属于…`, 10 before the label's 6.);
/// the lines right after the head where the column was printed whole
/// (`序号` / `1` / `2`); and, where each row has `width` values (section
/// 三's seven), a line of its own before a label right after a whole row's
/// values or a text. Three or more counting up by one from 1 are taken for
/// the column's (a 1 starts the count again; others are passed over); they
/// are no counts of the rows they stand before or after. `None` when there
/// are none.
pub(crate) fn without_row_numbers<'d>(
    rows: &[RowView<'d>],
    width: Option<usize>,
) -> Option<Vec<RowView<'d>>> {
    // Heads read folded (`序 号`), as labels are ([`CellView::norm`]).
    let is_head = |c: &CellView<'_>| c.text.contains('序') && c.norm() == "序号";
    // The head may share its cell with the corner's note or the next head
    // (`序号 （本列…`, `序号信息内容…`).
    let headed = rows
        .iter()
        .flat_map(|r| &r.cells)
        .any(|c| c.text.contains('序') && c.norm().starts_with("序号"));
    if !headed {
        return None;
    }
    // The cells in reading order, as (row, cell) places, and whether each
    // is the first filled cell of its row.
    let mut places: Vec<(usize, usize, bool)> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let mut first = true;
        for (j, c) in r.cells.iter().enumerate() {
            if c.text.trim().is_empty() {
                continue;
            }
            places.push((i, j, first && !c.from_above));
            first = false;
        }
    }
    let cell = |k: usize| &rows[places[k].0].cells[places[k].1];
    let one_cell = |k: usize| {
        let r = &rows[places[k].0];
        r.is_line || r.cells.iter().filter(|c| !c.from_above).count() == 1
    };
    let label_at = |k: usize| {
        k < places.len() && {
            let c = cell(k);
            !c.is_value() && !c.label().core.is_empty()
        }
    };
    let is_label = |t: &str| {
        let c = CellView::supplied(t, Loc::default());
        !c.is_value() && !c.label().core.is_empty()
    };
    // A small whole number (1 to 3 digits): its value and its length.
    let lead = |t: &str| -> Option<(u32, usize)> {
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3)
            .contains(&n)
            .then(|| t[..n].parse().ok().map(|v| (v, n)))
            .flatten()
    };
    // Whether the places before `k` end a whole row: `width` values after
    // a text, or a text.
    let after_row = |k: usize| {
        let values = (0..k).rev().take_while(|&m| cell(m).is_value()).count();
        values == 0 || Some(values) == width
    };
    // Per place, the numbers it may hold for the column, each with how
    // many bytes of its text it takes.
    let mut found: Vec<Vec<(u32, usize)>> = vec![Vec::new(); places.len()];
    let mut after_head = false;
    for (k, options) in found.iter_mut().enumerate() {
        let c = cell(k);
        let t = c.text.trim();
        if is_head(c) {
            after_head = true;
            continue;
        }
        let whole = lead(t).filter(|&(_, n)| n == t.len() && !c.from_above);
        if let Some((v, _)) = whole {
            let leads = if one_cell(k) {
                after_head || width.is_some() && label_at(k + 1) && after_row(k)
            } else {
                // The grid row's first cell, its label's next.
                places[k].2
                    && places.get(k + 1).is_some_and(|p| p.0 == places[k].0)
                    && label_at(k + 1)
            };
            if leads {
                options.push((v, c.text.len()));
            }
        } else if places[k].2 {
            let indent = c.text.len() - c.text.trim_start().len();
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            for p in 1..=digits.min(3) {
                let rest = &t[p..];
                let joined = if p == digits {
                    rest.starts_with(|ch: char| !ch.is_ascii() && !ch.is_whitespace())
                        && !rest.starts_with(['．', '、', '，', '。'])
                } else {
                    // The label's own number follows (`6.属于…`).
                    let own = rest.trim_start_matches(|ch: char| ch.is_ascii_digit());
                    own.starts_with(['.', '．', '、'])
                };
                if joined && is_label(rest) {
                    if let Ok(v) = t[..p].parse() {
                        options.push((v, indent + p));
                    }
                }
            }
        }
        after_head = after_head && whole.is_some();
    }
    let mut chain: Vec<(usize, usize)> = Vec::new();
    let mut drop: std::collections::HashMap<(usize, usize), usize> = Default::default();
    let close = |chain: &mut Vec<(usize, usize)>,
                 drop: &mut std::collections::HashMap<(usize, usize), usize>| {
        if chain.len() >= 3 {
            drop.extend(
                chain
                    .iter()
                    .map(|&(k, len)| ((places[k].0, places[k].1), len)),
            );
        }
        chain.clear();
    };
    let mut expected = 1;
    for (k, options) in found.iter().enumerate() {
        if let Some(&(n, len)) = options.iter().find(|o| o.0 == expected) {
            chain.push((k, len));
            expected = n + 1;
        } else if let Some(&(_, len)) = options.iter().find(|o| o.0 == 1) {
            close(&mut chain, &mut drop);
            chain.push((k, len));
            expected = 2;
        }
    }
    close(&mut chain, &mut drop);
    if drop.is_empty() {
        return None;
    }
    let out = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let mut r = r.clone();
            r.cells = r
                .cells
                .iter()
                .enumerate()
                .filter_map(|(j, c)| {
                    // The column's head goes with its numbers (a grid's
                    // header keeps its columns over the values).
                    if is_head(c) {
                        return None;
                    }
                    match drop.get(&(i, j)) {
                        None => Some(c.clone()),
                        Some(&len) if len >= c.text.len() => None,
                        Some(&len) => Some(c.with_text(&c.text[len..])),
                    }
                })
                .collect();
            (!r.cells.is_empty()).then_some(r)
        })
        .collect();
    Some(out)
}

/// A row of a table, or a prose line as a one-cell row.
#[derive(Debug, Clone)]
pub(crate) struct RowView<'d> {
    pub cells: Vec<CellView<'d>>,
    pub loc: Loc,
    pub is_line: bool,
    /// Page-number lines (`- 3 -`) left out right before this row: lines
    /// between it and the row before that are no blank cells.
    pub footers_before: u32,
}

impl<'d> RowView<'d> {
    /// A grid row of `cells`, at `loc`.
    pub fn of(cells: Vec<CellView<'d>>, loc: Loc) -> Self {
        RowView {
            cells,
            loc,
            is_line: false,
            footers_before: 0,
        }
    }

    /// The cells after the row's last text cell or cell spanning from
    /// above, blank ones too, whether or not any holds a value.
    pub fn value_cells(&self) -> &[CellView<'d>] {
        let from = self
            .cells
            .iter()
            .rposition(|c| c.from_above || !c.is_value())
            .map_or(0, |i| i + 1);
        &self.cells[from..]
    }

    /// The row's value cells as printed after its label: the cells after
    /// its last text cell or cell spanning from above (blank ones too);
    /// empty when there are none or all are blank.
    pub fn values(&self) -> &[CellView<'d>] {
        let v = self.value_cells();
        if v.iter().all(|c| c.text.trim().is_empty()) {
            &[]
        } else {
            v
        }
    }
}

/// The value of a cell that prints its column's name before it
/// (`自然人52`, `行政复议·结果维持2`: a responsive table's names for a
/// narrow screen, `自然人：25`: a name for screen readers, hidden by the
/// page's style, kept by a reader that does not apply it); any other cell's text as it is. Only the names of
/// section 三's and 四's columns (after their groups' names, `·` or `/`
/// between), each followed by one number; [`rows_of`] takes it only in a
/// row where two cells or more are so (one alone may be a label and its
/// first value run together: `其他3`).
pub(crate) fn without_column_name(text: &str) -> &str {
    let t = text.trim();
    let Some(k) = t.find(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-')) else {
        return text;
    };
    let (name, value) = t.split_at(k);
    // A colon may stand between (`自然人：25`, a screen reader's name).
    let name = name.trim_end().trim_end_matches(['：', ':']).trim_end();
    if name.is_empty() || crate::parse::value::number(value).is_none() {
        return text;
    }
    // The whole name a column's, groups' names before it or not
    // (`行政诉讼·复议后起诉`, `行政复议结果维持`).
    if crate::template::column_name_start(name) == Some(0) {
        value
    } else {
        text
    }
}

/// How many cells each of a page table's row `cells` stands for: one,
/// but a blank cell merged over several columns among the row's values
/// (`<td>1</td><td colspan="5"></td><td>1</td>`, an office's way to leave
/// a row's zeros out) is that many blank cells, each column's own. Only
/// in a row that prints a number, after a filled cell and before nothing
/// but values and blanks, and only where every number of the table
/// stands in a cell of one column (`units`: Word's HTML may make every
/// column two grid columns wide, a blank one of them one cell).
fn blank_spans(cells: &[crate::parse::Cell], units: bool) -> Vec<usize> {
    use crate::parse::value::{lex, Lexed};
    let blank = |c: &crate::parse::Cell| c.text.trim().is_empty();
    let mut times = vec![1; cells.len()];
    if !units
        || !cells
            .iter()
            .any(|c| matches!(lex(&c.text), Lexed::Number { .. }))
    {
        return times;
    }
    // From the end: whether every cell after `i` is a value or blank.
    let mut values_after = vec![true; cells.len()];
    for i in (0..cells.len().saturating_sub(1)).rev() {
        let next = &cells[i + 1];
        values_after[i] = values_after[i + 1] && (blank(next) || lex(&next.text).is_value());
    }
    let mut filled_before = false;
    for (i, c) in cells.iter().enumerate() {
        if c.colspan > 1 && blank(c) && !c.from_above && filled_before && values_after[i] {
            times[i] = c.colspan as usize;
        }
        filled_before |= !blank(c);
    }
    times
}

/// Whether every number in a page's table `g` stands in a cell of one
/// grid column (see [`blank_spans`]); `false` for a grid of text.
fn numbers_in_unit_cells(g: &crate::parse::Grid) -> bool {
    use crate::parse::value::{lex, Lexed};
    g.loc.table != 0
        && g.rows
            .iter()
            .flat_map(|r| &r.cells)
            .all(|c| c.colspan <= 1 || !matches!(lex(&c.text), Lexed::Number { .. }))
}

/// Every block of `doc` as rows, in reading order.
pub(crate) fn rows_of(doc: &Document) -> Vec<RowView<'_>> {
    let mut rows = Vec::new();
    // A PDF's page numbers between its pages are no part of the report:
    // taken for a cell, one moves every value after it by a column.
    let mut footers = 0;
    for b in &doc.blocks {
        match b {
            Block::Line { text, .. } if crate::parse::text::is_page_number(text) => footers += 1,
            Block::Line { text, loc } => rows.push(RowView {
                cells: vec![CellView::new(text, false, *loc, Pos::default())],
                loc: *loc,
                is_line: true,
                footers_before: std::mem::take(&mut footers),
            }),
            Block::Table(g) => {
                let pad = padding(g);
                let units = numbers_in_unit_cells(g);
                let start = rows.len();
                // Each kept cell's first grid column.
                let mut cols: Vec<Vec<usize>> = Vec::with_capacity(g.rows.len());
                for r in &g.rows {
                    // A page number aligned text cut into cells (`-`,
                    // `3`, `-`).
                    let first = r.cells.first().map_or("", |c| c.text.trim_start());
                    if r.cells.len() <= 5
                        && (first.starts_with(['-', '—', '–', '－', '第'])
                            || r.cells.len() == 1 && first.contains('/'))
                        && crate::parse::text::is_page_number(
                            &r.cells
                                .iter()
                                .map(|c| c.text.as_str())
                                .collect::<Vec<_>>()
                                .join(" "),
                        )
                    {
                        footers += 1;
                        continue;
                    }
                    let keep = r.cells.len().saturating_sub(pad);
                    let times = blank_spans(&r.cells[..keep], units);
                    let mut col = 0;
                    cols.push(
                        r.cells[..keep]
                            .iter()
                            .zip(&times)
                            .flat_map(|(c, &n)| {
                                let at = col;
                                col += c.colspan.max(1) as usize;
                                at..at + n
                            })
                            .collect(),
                    );
                    // Column names before values in two cells or more: a
                    // responsive table's names, each cell its value.
                    let bare: Vec<&str> = r.cells[..keep]
                        .iter()
                        .map(|c| without_column_name(&c.text))
                        .collect();
                    let named = r.cells[..keep]
                        .iter()
                        .zip(&bare)
                        .filter(|(c, b)| b.len() < c.text.len())
                        .count()
                        >= 2;
                    rows.push(RowView {
                        cells: r.cells[..keep]
                            .iter()
                            .zip(bare)
                            .zip(&times)
                            .flat_map(|((c, b), &n)| {
                                let cell = CellView {
                                    colspan: if n > 1 { 1 } else { c.colspan },
                                    ..CellView::new(
                                        if named { b } else { &c.text },
                                        c.from_above,
                                        c.loc,
                                        c.pos,
                                    )
                                };
                                std::iter::repeat_n(cell, n)
                            })
                            .collect(),
                        loc: r.loc,
                        is_line: false,
                        footers_before: std::mem::take(&mut footers),
                    });
                }
                mark_label_columns(&mut rows[start..], &cols, g.loc.table == 0);
            }
        }
    }
    named_values(&mut rows);
    rows
}

/// Section 二's values printed each after its column's name and a colon,
/// one a line (`规章` / `本年新制作数量：0` / `本年新公开数量：0` /
/// `对外公开总数量：0`: a phone page's cards, a `<dl>` of `<dd>`s): each
/// line read as its value, where a run of such lines names one
/// sub-table's columns whole and in the template's order. Any other run
/// stays as printed (a name out of order would put its value in another
/// column).
fn named_values(rows: &mut [RowView<'_>]) {
    use crate::template::{Col, ACTIVE_2019, ACTIVE_2021};
    // The column sets, the longest first: 上一年项目数量, 本年增/减 begin
    // 处理决定数量's set too.
    let mut sets: Vec<&'static [Col]> = ACTIVE_2019
        .iter()
        .chain(&ACTIVE_2021)
        .map(|a| a.cols)
        .collect();
    sets.sort_by_key(|cols| std::cmp::Reverse(cols.len()));
    // A line's value after the column `name` and a colon (the name may
    // hold a colon itself: `本年收费金额（单位：万元）`).
    fn value_after<'d>(r: &RowView<'d>, name: &str) -> Option<&'d str> {
        let [c] = r.cells.as_slice() else {
            return None;
        };
        let rest = c.text.trim().strip_prefix(name)?;
        let value = rest.trim_start().strip_prefix(['：', ':'])?.trim();
        (r.is_line && !value.is_empty() && crate::parse::value::lex(value).is_value())
            .then_some(value)
    }
    let mut i = 0;
    while i < rows.len() {
        let fits = sets.iter().find(|cols| {
            rows.len() - i >= cols.len()
                && cols
                    .iter()
                    .zip(&rows[i..])
                    .all(|(c, r)| value_after(r, c.label).is_some())
        });
        let Some(cols) = fits else {
            i += 1;
            continue;
        };
        for (c, r) in cols.iter().zip(&mut rows[i..]) {
            if let Some(value) = value_after(r, c.label) {
                let at = &r.cells[0];
                r.cells[0] = CellView::new(value, false, at.loc, at.pos);
            }
        }
        i += cols.len();
    }
}

/// Marks the cells of a grid's label columns (`rows`, the grid's rows;
/// `cols`, each cell's first grid column; `text`, a grid of text, not of a
/// page): in each row, the columns up to the last that holds a row's
/// numbered label in some row (`1.属于国家秘密`), but not as far as the
/// first in which some row prints a value; none when no row prints one.
/// A label merged over them, or a group's label beside a row's, leaves
/// blank cells there that are no blank values: a Markdown table that a PDF
/// reader cut out of a page (`|二、上年结转政府信息|公开申请数量||7|2|…`
/// under `||1.属于国家秘密|`). In text, a table's parts cut at different
/// columns (a page's next part, one column fewer) may run on as one grid:
/// there the rows of each width are counted apart. Only for grids whose
/// cells are delimited (not placed on aligned lines, where a blank cell
/// leaves nothing), of three rows or more. The cells' cached analyses
/// serve, which the table readers use after.
fn mark_label_columns(rows: &mut [RowView<'_>], cols: &[Vec<usize>], text: bool) {
    if rows.len() < 3 || rows.iter().any(|r| r.cells.iter().any(|c| c.pos.chars > 0)) {
        return;
    }
    // Rows of one table part: in text, those of one width.
    let part = |r: &RowView<'_>| if text { r.cells.len() } else { 0 };
    // Per part: the first column with a value, and the columns up to the
    // last with a row's label.
    let mut parts: Vec<(usize, usize, usize)> = Vec::new();
    for (r, at_col) in rows.iter().zip(cols) {
        let key = part(r);
        let at = match parts.iter().position(|p| p.0 == key) {
            Some(at) => at,
            None => {
                parts.push((key, usize::MAX, 0));
                parts.len() - 1
            }
        };
        for (c, &here) in r.cells.iter().zip(at_col) {
            if c.from_above || c.text.trim().is_empty() {
                continue;
            }
            // A value, or several run into one cell (`0 0`).
            if c.is_value() || c.several() {
                parts[at].1 = parts[at].1.min(here);
                continue;
            }
            // A row's label: led by its number (`1.属于国家秘密`,
            // `（三）不予公开`); a wrapped label's rest that a tool put in
            // the cells beside it is not.
            if label::numbering_of(c.text).is_some() {
                parts[at].2 = parts[at].2.max(here + 1);
            }
        }
    }
    for (r, at_col) in rows.iter_mut().zip(cols) {
        let key = part(r);
        let labels = parts
            .iter()
            .find(|p| p.0 == key)
            .map_or(0, |&(_, value, label)| {
                if value == usize::MAX {
                    0
                } else {
                    label.min(value)
                }
            });
        // Only in a row with a label: section 四's row of values alone
        // has no label's places, its blank cells are cells.
        let labelled = r
            .cells
            .iter()
            .any(|c| !c.from_above && !c.text.trim().is_empty() && !c.is_value() && !c.several());
        for (c, &here) in r.cells.iter_mut().zip(at_col) {
            c.in_label_columns = labelled && here < labels && !c.from_above;
        }
    }
}

/// How many trailing columns are blank in every row of `g` (separators
/// at the ends of exported lines, not cells).
fn padding(g: &crate::parse::Grid) -> usize {
    if g.rows.len() < 2 {
        return 0;
    }
    g.rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .rev()
                .take_while(|c| !c.from_above && c.text.trim().is_empty())
                .count()
        })
        .min()
        .unwrap_or(0)
}
