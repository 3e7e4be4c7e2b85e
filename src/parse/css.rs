//! Tables a page lays out with CSS instead of `<table>`: `<div>`s styled
//! `display:table`, `table-row` and `table-cell`, and a CSS grid (a
//! `<div>` with `grid-template-columns`, its child `<div>`s the cells,
//! merged cells written `grid-column:span 3` / `grid-row:span 2`). A CMS
//! that renders a report's tables so has no `<table>` to find; read as
//! plain blocks, every cell is a line and every blank cell vanishes. The
//! HTML reader asks [`div_kind`] what each `<div>` is, and lays a grid's
//! cells out row by row with [`GridFlow`], as a browser's auto-placement
//! does. Besides inline `style` attributes, a page's own `<style>` sheet
//! is read for what lays such tables out ([`Sheet`]): classes whose rules
//! set `display` to a table's part or a grid, as a CMS template styles
//! `<div class="tr"><span class="td">`.

/// The declarations of a page's `<style>` sheets that lay tables out, by
/// class: `display` (a table, its row or cell, or a grid) and the grid
/// properties, from rules whose selector ends in a class (`.td`,
/// `span.td`, `.tb .td`). Selectors with a pseudo-class or an attribute
/// (`.clearfix:after { display: table }`) are no element of the page.
#[derive(Debug, Default)]
pub(crate) struct Sheet {
    /// Each class's declarations, with the place of their rule in the
    /// sheets (later rules win).
    rules: std::collections::HashMap<String, Vec<(usize, String)>>,
    /// Rules kept so far.
    count: usize,
}

/// The properties [`Sheet`] keeps.
const LAYOUT: [&str; 5] = [
    "display",
    "grid-template-columns",
    "grid-column",
    "grid-row",
    "grid-area",
];

impl Sheet {
    /// Reads the rules of one sheet (a `<style>` element's text; the
    /// HTML reader finds them). An at-rule's block (`@media … { … }`,
    /// `@font-face { … }`) is skipped whole: what it lays out holds only
    /// on some screens.
    pub fn read(&mut self, css: &str) {
        let mut text = String::with_capacity(css.len());
        let mut rest = css;
        // Comments out.
        while let Some(i) = rest.find("/*") {
            text.push_str(&rest[..i]);
            rest = rest[i + 2..].split_once("*/").map_or("", |(_, r)| r);
        }
        text.push_str(rest);
        let mut rest = text.as_str();
        while let Some(open) = rest.find('{') {
            let selectors = rest[..open].trim();
            // The block's end, nested blocks counted.
            let mut depth = 0usize;
            let mut close = rest.len();
            for (k, c) in rest[open..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            close = open + k;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let body = &rest[open + 1..close];
            rest = rest.get(close + 1..).unwrap_or("");
            // A statement at-rule before it (`@import url(x);`) is no
            // part of the selector.
            let selectors = selectors.rsplit(';').next().unwrap_or(selectors).trim();
            if selectors.starts_with('@') {
                continue;
            }
            self.rule(selectors, body);
        }
    }

    /// Keeps one rule's layout declarations for the classes its
    /// selectors end in.
    fn rule(&mut self, selectors: &str, body: &str) {
        let decls: String = body
            .split(';')
            .filter_map(|d| d.split_once(':'))
            .map(|(p, v)| (p.trim().to_ascii_lowercase(), v.trim()))
            .filter(|(p, _)| LAYOUT.contains(&p.as_str()))
            .map(|(p, v)| format!("{p}:{v};"))
            .collect();
        if decls.is_empty() {
            return;
        }
        for sel in selectors.split(',') {
            let last = sel
                .split(|c: char| c.is_whitespace() || matches!(c, '>' | '+' | '~'))
                .rfind(|x| !x.is_empty());
            let Some((tag, class)) = last.and_then(|l| l.split_once('.')) else {
                continue;
            };
            let simple = |t: &str| {
                t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            };
            if !matches!(tag.to_ascii_lowercase().as_str(), "" | "div" | "span")
                || class.is_empty()
                || !simple(class)
            {
                continue;
            }
            self.count += 1;
            self.rules
                .entry(class.to_string())
                .or_default()
                .push((self.count, decls.clone()));
        }
    }

    /// The layout declarations the sheet gives an element of classes
    /// `classes` (its `class` attribute), in the sheets' order.
    pub fn style_of(&self, classes: &str) -> String {
        if self.rules.is_empty() {
            return String::new();
        }
        let mut mine: Vec<&(usize, String)> = classes
            .split_ascii_whitespace()
            .filter_map(|c| self.rules.get(c))
            .flatten()
            .collect();
        mine.sort_unstable_by_key(|(k, _)| *k);
        mine.dedup_by_key(|(k, _)| *k);
        mine.iter().map(|(_, d)| d.as_str()).collect()
    }

    /// Whether the sheet lays nothing out.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// What a `<div>` is to the table model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DivKind {
    /// `display:table`: a table.
    Table,
    /// A CSS grid of this many columns.
    Grid(usize),
    /// `display:table-row`.
    Row,
    /// `display:table-cell`.
    Cell,
    /// A grid's child: a cell and where it goes.
    GridCell(Place),
    /// Anything else: a block of text.
    Plain,
}

/// Where a grid's cell goes: its first column when its style names one
/// (0-based), the columns and rows it spans, and whether its style names
/// its row or area, which the reader cannot place as it goes ([`GridFlow`]
/// places cells row by row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    pub col: Option<usize>,
    pub cols: u32,
    pub rows: u32,
    pub fixed: bool,
}

/// What a `<div>` whose `style` attribute is `style` (its raw text) is,
/// inside a `<div>` of kind `parent` (`None`: no `<div>` open).
pub(crate) fn div_kind(style: &str, parent: Option<DivKind>, max_span: usize) -> DivKind {
    let style = squeezed(style);
    if let Some(DivKind::Grid(n)) = parent {
        let cap = max_span.max(1) as u32;
        let (col, cols, col_ok) = line_span(declaration(&style, "grid-column"), n);
        let (row, rows, row_ok) = line_span(declaration(&style, "grid-row"), usize::MAX / 4);
        let fixed = row.is_some()
            || !col_ok
            || !row_ok
            || declaration(&style, "grid-area").is_some()
            || col.is_some_and(|c| c + cols as usize > n);
        return DivKind::GridCell(Place {
            col,
            cols: cols.clamp(1, cap),
            rows: rows.clamp(1, cap),
            fixed,
        });
    }
    if let Some(n) = declaration(&style, "grid-template-columns").and_then(track_count) {
        return DivKind::Grid(n);
    }
    // Rows and cells only inside a table of `<div>`s.
    let in_table = matches!(parent, Some(DivKind::Table | DivKind::Row));
    match declaration(&style, "display") {
        Some("table") => DivKind::Table,
        Some("table-row") if matches!(parent, Some(DivKind::Table)) => DivKind::Row,
        Some("table-cell") if in_table => DivKind::Cell,
        _ => DivKind::Plain,
    }
}

/// Whether a style (an element's own `style` after what the sheet gives
/// its classes, as [`div_kind`] reads it) hides the element:
/// `display:none`.
pub(crate) fn hidden(style: &str) -> bool {
    declaration(&squeezed(style), "display") == Some("none")
}

/// A style text without whitespace, lower-cased: as [`declaration`] reads
/// it.
fn squeezed(style: &str) -> String {
    style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The value of property `prop` in a whitespace-free style text, the last
/// declaration winning as in CSS.
fn declaration<'s>(style: &'s str, prop: &str) -> Option<&'s str> {
    style
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .filter(|(p, _)| *p == prop)
        .map(|(_, v)| v.trim_end_matches("!important"))
        .next_back()
}

/// A `grid-column` (or `grid-row`) value in a grid of `n` tracks: the
/// first track it names (0-based; `None` for auto-placement), how many it
/// spans, and whether the value was understood. `span 3`, `2`, `1/4`,
/// `2/span 2`, `1/-1` (to the last line).
fn line_span(v: Option<&str>, n: usize) -> (Option<usize>, u32, bool) {
    let Some(v) = v.filter(|v| !v.is_empty() && *v != "auto") else {
        return (None, 1, true);
    };
    let span = |s: &str| s.strip_prefix("span").and_then(|k| k.parse::<u32>().ok());
    // A line number: positive from the start, negative from the end.
    let line = |s: &str| -> Option<usize> {
        let k: i64 = s.parse().ok()?;
        let lines = n as i64 + 1;
        let at = if k < 0 { lines + 1 + k } else { k };
        (at >= 1).then_some(at as usize)
    };
    let (a, b) = match v.split_once('/') {
        Some((a, b)) => (a, Some(b)),
        None => (v, None),
    };
    if let Some(k) = span(a) {
        return (None, k, b.is_none_or(|b| b == "auto"));
    }
    let Some(start) = line(a) else {
        return (None, 1, false);
    };
    let cols = match b {
        None | Some("auto") => Some(1),
        Some(b) => span(b).or_else(|| {
            let end = line(b)?;
            u32::try_from(end.checked_sub(start)?)
                .ok()
                .filter(|&k| k > 0)
        }),
    };
    match cols {
        Some(k) => (Some(start - 1), k, true),
        None => (Some(start - 1), 1, false),
    }
}

/// The number of columns a whitespace-free `grid-template-columns` value
/// defines (at most 64): tracks such as `60px`, `1fr`, `minmax(0,1fr)`,
/// and `repeat(7,1fr)`, whose tracks count as many times (CSS does not
/// nest `repeat`). With the whitespace gone, a plain track ends after its
/// unit: `px`, `fr`, `%`, `em`, `rem`, `vw`, `ch` or `auto`.
fn track_count(v: &str) -> Option<usize> {
    if v.is_empty() || v == "none" {
        return None;
    }
    let mut n = 0usize;
    let mut rest = v;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix("repeat(") {
            let close = inner.find(')')?;
            let (times, tracks) = inner[..close].split_once(',')?;
            let times: usize = times.parse().ok().filter(|&t| t <= 64)?;
            // Tracks inside a repeat: no repeat, and minmax's own
            // bracket closes before the repeat's.
            let (each, end) = if tracks.contains("minmax(") || tracks.contains("fit-content(") {
                let close = inner.find("))")? + 1;
                (plain_tracks(&inner[inner.find(',')? + 1..close])?, close)
            } else {
                (plain_tracks(tracks)?, close)
            };
            n += times * each;
            rest = &inner[end + 1..];
        } else {
            let end = rest.find("repeat(").unwrap_or(rest.len());
            n += plain_tracks(&rest[..end])?;
            rest = &rest[end..];
        }
        if n > 64 {
            return None;
        }
    }
    (n > 0).then_some(n)
}

/// The tracks of a list without `repeat`: each a `minmax(…)` or
/// `fit-content(…)`, or a size up to its unit. `None` past 64 tracks or
/// for text that is none of these.
fn plain_tracks(v: &str) -> Option<usize> {
    const UNITS: [&str; 8] = ["px", "fr", "%", "rem", "em", "auto", "vw", "ch"];
    let mut n = 0usize;
    let mut rest = v;
    while !rest.is_empty() {
        let end = if rest.starts_with("minmax(") || rest.starts_with("fit-content(") {
            rest.find(')')? + 1
        } else {
            // The first unit that ends a size, found in one pass.
            let b = rest.as_bytes();
            (0..b.len()).find_map(|k| {
                UNITS
                    .iter()
                    .find(|u| b[k..].starts_with(u.as_bytes()))
                    .map(|u| k + u.len())
            })?
        };
        // A size is no function and no list.
        let track = &rest[..end];
        if !(track.starts_with("minmax(") || track.starts_with("fit-content("))
            && track.contains(['(', ',', ')'])
        {
            return None;
        }
        n += 1;
        if n > 64 {
            return None;
        }
        rest = &rest[end..];
    }
    Some(n)
}

/// A CSS grid's cells placed as they come, left to right and row by row,
/// each in the first place its spans fit, skipping places that cells of
/// rows above span into (a browser's auto-placement; a cell that names
/// its first column goes there, on a later row if it must).
#[derive(Debug, Clone)]
pub(crate) struct GridFlow {
    /// Per column: rows still covered, the current one included.
    covered: Vec<u32>,
    /// The next column the current row may place a cell in.
    cursor: usize,
    started: bool,
}

/// Where [`GridFlow::place`] put a cell: how many rows it started (the
/// cell's is the last; the others are wholly covered from above), and how
/// many empty places it skipped in its row before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Placed {
    pub new_rows: usize,
    pub skipped: usize,
}

impl GridFlow {
    pub(crate) fn new(cols: usize) -> Self {
        GridFlow {
            covered: vec![0; cols.max(1)],
            cursor: 0,
            started: false,
        }
    }

    /// Places a cell spanning `cols` columns and `rows` rows, from column
    /// `col` when given.
    pub(crate) fn place(&mut self, col: Option<usize>, cols: u32, rows: u32) -> Placed {
        let w = self.covered.len();
        let cs = (cols as usize).clamp(1, w);
        let mut new_rows = 0;
        // Rows wholly covered from above are skipped: so many at most.
        let most = self.covered.iter().copied().max().unwrap_or(0) as usize + 2;
        for _ in 0..most {
            if self.started {
                let free = |p: usize| self.covered[p..p + cs].iter().all(|&c| c == 0);
                let fits = match col {
                    Some(c) => (c >= self.cursor && c + cs <= w && free(c)).then_some(c),
                    None => (self.cursor..=w - cs).find(|&p| free(p)),
                };
                if let Some(p) = fits {
                    let skipped = (self.cursor..p).filter(|&k| self.covered[k] == 0).count();
                    for c in &mut self.covered[p..p + cs] {
                        *c = rows.max(1);
                    }
                    self.cursor = p + cs;
                    return Placed { new_rows, skipped };
                }
                for c in &mut self.covered {
                    *c = c.saturating_sub(1);
                }
            }
            self.started = true;
            self.cursor = 0;
            new_rows += 1;
        }
        Placed {
            new_rows,
            skipped: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules of a sheet that lay tables out, by class; others left.
    #[test]
    fn a_sheet_lays_out_classes() {
        let sheet = |css: &str| {
            let mut s = Sheet::default();
            s.read(css);
            s
        };
        let s = sheet(
            ".clearfix:after{display:table} a.td{display:block}\n\
             .tb .td, DIV.row { display : table-cell ; color:red }\n\
             /* .x { display:table } */ [data-x] { display:table }",
        );
        assert_eq!(s.style_of("td other"), "display:table-cell;");
        assert_eq!(s.style_of("row"), "display:table-cell;");
        assert_eq!(s.style_of("clearfix x"), "");
        // An at-rule's block is skipped whole; a later rule wins; `>`
        // without spaces.
        let s = sheet(
            "@import url(a.css); .tr{display:table-row}\n\
             @media (max-width:768px){.tb{display:block} .td{display:block}}\n\
             .tb>.td{display:table-cell}",
        );
        assert_eq!(s.style_of("tr"), "display:table-row;");
        assert_eq!(s.style_of("td"), "display:table-cell;");
        assert_eq!(s.style_of("tb x"), "");
        assert!(sheet("p { color: red }").is_empty());
    }

    #[test]
    fn grid_templates_count_their_tracks() {
        assert_eq!(track_count("60px70px210pxrepeat(7,1fr)"), Some(10));
        assert_eq!(track_count("repeat(3,minmax(0,1fr))"), Some(3));
        assert_eq!(track_count("2fr1fr1fr"), Some(3));
        assert_eq!(track_count("repeat(2,40px1fr)20%"), Some(5));
        assert_eq!(track_count("minmax(0,1fr)2fr"), Some(2));
        assert_eq!(track_count("none"), None);
        assert_eq!(track_count("subgrid"), None);
        // No repeat inside a repeat; no more than 64 tracks, however
        // long the list (it stops counting there).
        assert_eq!(track_count("repeat(1,repeat(1,1fr))"), None);
        assert_eq!(track_count(&"1fr".repeat(100_000)), None);
        let deep = format!("{}1fr{}", "repeat(1,".repeat(30_000), ")".repeat(30_000));
        assert_eq!(track_count(&deep), None);
    }

    #[test]
    fn lines_and_spans_as_css_writes_them() {
        assert_eq!(line_span(Some("span3"), 10), (None, 3, true));
        assert_eq!(line_span(Some("1/4"), 10), (Some(0), 3, true));
        assert_eq!(line_span(Some("2/span2"), 10), (Some(1), 2, true));
        assert_eq!(line_span(Some("1/-1"), 10), (Some(0), 10, true));
        assert_eq!(line_span(Some("3"), 10), (Some(2), 1, true));
        assert_eq!(line_span(Some("auto"), 10), (None, 1, true));
        assert_eq!(line_span(None, 10), (None, 1, true));
        assert!(!line_span(Some("main-start/main-end"), 10).2);
    }

    #[test]
    fn divs_by_their_inline_style() {
        let k = |a: &str, p| div_kind(a, p, 100);
        let table = Some(DivKind::Table);
        assert_eq!(k("display: table-row", table), DivKind::Row);
        assert_eq!(
            k("border:1px solid;display:table-cell", Some(DivKind::Row)),
            DivKind::Cell
        );
        assert_eq!(k("display:table-cell", None), DivKind::Plain);
        assert_eq!(k("display:table-row", None), DivKind::Plain);
        assert_eq!(k("display:table", None), DivKind::Table);
        assert_eq!(
            k("grid-template-columns:60px 1fr repeat(7, 1fr)", None),
            DivKind::Grid(9)
        );
        let grid = Some(DivKind::Grid(9));
        let place = |a: &str| match k(a, grid) {
            DivKind::GridCell(p) => p,
            other => panic!("{other:?}"),
        };
        let auto = |cols, rows| Place {
            col: None,
            cols,
            rows,
            fixed: false,
        };
        assert_eq!(place("grid-column:span 3;grid-row:span 2"), auto(3, 2));
        assert_eq!(place(""), auto(1, 1));
        assert_eq!(
            place("grid-column:1 / -1"),
            Place {
                col: Some(0),
                cols: 9,
                rows: 1,
                fixed: false
            }
        );
        // A named row or area: not placed as the cells come.
        assert!(place("grid-row:27 / span 1;grid-column:2 / span 2").fixed);
        assert!(place("grid-area:a").fixed);
        assert!(place("grid-column:9 / span 2").fixed);
        assert_eq!(k("", None), DivKind::Plain);
    }

    /// Section 三's head as a grid of ten columns: a merged label over
    /// three columns and three rows, then 申请人情况 over seven; the next
    /// row's cells fill the seven columns beside the label.
    #[test]
    fn grid_cells_flow_around_spans() {
        let mut g = GridFlow::new(10);
        let at = |new_rows, skipped| Placed { new_rows, skipped };
        assert_eq!(g.place(None, 3, 3), at(1, 0)); // the label: row 1
        assert_eq!(g.place(None, 7, 1), at(0, 0)); // 申请人情况
        assert_eq!(g.place(None, 1, 2), at(1, 0)); // 自然人: row 2, column 4
        assert_eq!(g.place(None, 5, 1), at(0, 0)); // 法人或其他组织
        assert_eq!(g.place(None, 1, 2), at(0, 0)); // 总计
        assert_eq!(g.place(None, 1, 1), at(1, 0)); // 商业企业: row 3
        for _ in 0..4 {
            assert_eq!(g.place(None, 1, 1), at(0, 0));
        }
        assert_eq!(g.place(None, 3, 1), at(1, 0)); // 一、本年新收: row 4
        for _ in 0..7 {
            assert_eq!(g.place(None, 1, 1), at(0, 0));
        }
        // A cell that names its column leaves the places before it empty.
        assert_eq!(g.place(Some(4), 1, 1), at(1, 4));
        // A row wholly covered from above is started and left empty.
        let mut g = GridFlow::new(2);
        assert_eq!(g.place(None, 2, 2), at(1, 0));
        assert_eq!(g.place(None, 1, 1), at(2, 0));
    }
}
