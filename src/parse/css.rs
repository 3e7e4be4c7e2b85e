//! Tables a page lays out with CSS instead of `<table>`: `<div>`s styled
//! `display:table`, `table-row` and `table-cell`, and a CSS grid (a
//! `<div>` with `grid-template-columns`, its child `<div>`s the cells,
//! merged cells written `grid-column:span 3` / `grid-row:span 2`). A CMS
//! that renders a report's tables so has no `<table>` to find; read as
//! plain blocks, every cell is a line and every blank cell vanishes. The
//! HTML reader asks [`div_kind`] what each `<div>` is, and lays a grid's
//! cells out row by row with [`GridFlow`], as a browser's auto-placement
//! does. Only inline `style` attributes are read; a page that styles its
//! `<div>`s from a style sheet alone is read as blocks, as before.

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
    /// A grid's child: a cell spanning (columns, rows).
    GridCell(u32, u32),
    /// Anything else: a block of text.
    Plain,
}

/// What a `<div>` with attributes `attrs` is, inside a `<div>` of kind
/// `parent` (`None`: no `<div>` open).
pub(crate) fn div_kind(attrs: &str, parent: Option<DivKind>, max_span: usize) -> DivKind {
    let style = style_of(attrs);
    if let Some(DivKind::Grid(_)) = parent {
        let span = |prop: &str| {
            declaration(&style, prop)
                .and_then(grid_span)
                .unwrap_or(1)
                .clamp(1, max_span.max(1) as u32)
        };
        return DivKind::GridCell(span("grid-column"), span("grid-row"));
    }
    if let Some(n) = declaration(&style, "grid-template-columns").and_then(track_count) {
        return DivKind::Grid(n);
    }
    // Rows and cells only inside a table of `<div>`s: a `<div>` styled as
    // a cell inside a `<table>`'s cell is no cell of that table.
    let in_table = matches!(parent, Some(DivKind::Table | DivKind::Row));
    match declaration(&style, "display") {
        Some("table") => DivKind::Table,
        Some("table-row") if matches!(parent, Some(DivKind::Table)) => DivKind::Row,
        Some("table-cell") if in_table => DivKind::Cell,
        _ => DivKind::Plain,
    }
}

/// The `style` attribute's text, lowercased, without whitespace.
fn style_of(attrs: &str) -> String {
    let mut out = String::new();
    super::html::each_attr(attrs, |name, value| {
        if name.eq_ignore_ascii_case(b"style") {
            out = String::from_utf8_lossy(value)
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect();
            return false;
        }
        true
    });
    out
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

/// Columns a `grid-column` (or rows a `grid-row`) value spans: `span 3`,
/// `1/4`, `2/span 2`; `None` for one track or a value not understood.
fn grid_span(v: &str) -> Option<u32> {
    let num = |s: &str| s.parse::<i64>().ok();
    let span = |s: &str| s.strip_prefix("span").and_then(|n| n.parse::<u32>().ok());
    match v.split_once('/') {
        None => span(v),
        Some((a, b)) => span(b).or_else(|| {
            let (a, b) = (num(a)?, num(b)?);
            u32::try_from(b - a).ok().filter(|&n| n > 0)
        }),
    }
}

/// The number of columns a whitespace-free `grid-template-columns` value
/// defines: tracks such as `60px`, `1fr` or `minmax(0,1fr)` and
/// `repeat(7,1fr)` (each repeat's tracks as many times). Whitespace has
/// been taken out, so tracks are told apart by their units: a track ends
/// after `px`, `fr`, `%`, `em`, `rem`, `auto` or a closing bracket.
fn track_count(v: &str) -> Option<usize> {
    if v.is_empty() || v == "none" {
        return None;
    }
    let mut n = 0usize;
    let mut rest = v;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix("repeat(") {
            let close = matching(inner)?;
            let (times, tracks) = inner[..close].split_once(',')?;
            let times: usize = times.parse().ok()?;
            n += times.checked_mul(track_count(tracks)?)?;
            rest = &inner[close + 1..];
            continue;
        }
        if let Some(inner) = rest
            .strip_prefix("minmax(")
            .or_else(|| rest.strip_prefix("fit-content("))
        {
            let close = matching(inner)?;
            n += 1;
            rest = &inner[close + 1..];
            continue;
        }
        // One plain track: up to its unit's end.
        let end = ["px", "fr", "%", "rem", "em", "auto", "vw", "ch"]
            .iter()
            .filter_map(|u| rest.find(u).map(|k| k + u.len()))
            .min()?;
        n += 1;
        rest = &rest[end..];
    }
    (n > 0 && n <= 64).then_some(n)
}

/// Where the bracket opened before `s` closes in `s`.
fn matching(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (k, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(k),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// A CSS grid's cells placed as they come, left to right and row by row,
/// each in the first place its spans fit, skipping places that cells of
/// rows above span into (a browser's auto-placement of cells that name no
/// place).
#[derive(Debug, Clone)]
pub(crate) struct GridFlow {
    /// Per column: rows still covered, the current one included.
    covered: Vec<u32>,
    /// The next column the current row may place a cell in.
    cursor: usize,
    started: bool,
}

impl GridFlow {
    pub(crate) fn new(cols: usize) -> Self {
        GridFlow {
            covered: vec![0; cols.max(1)],
            cursor: 0,
            started: false,
        }
    }

    /// Places a cell spanning `cols` columns and `rows` rows; whether it
    /// starts a new row of the table.
    pub(crate) fn place(&mut self, cols: u32, rows: u32) -> bool {
        let w = self.covered.len();
        let cs = (cols as usize).clamp(1, w);
        let mut new_row = false;
        // A row wholly covered from above is skipped; so many rows at
        // most.
        for _ in 0..=w.max(64) {
            if self.started {
                let fits = (self.cursor..=w - cs)
                    .find(|&p| self.covered[p..p + cs].iter().all(|&c| c == 0));
                if let Some(p) = fits {
                    for c in &mut self.covered[p..p + cs] {
                        *c = rows.max(1);
                    }
                    self.cursor = p + cs;
                    return new_row;
                }
                for c in &mut self.covered {
                    *c = c.saturating_sub(1);
                }
            }
            self.started = true;
            self.cursor = 0;
            new_row = true;
        }
        new_row
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_templates_count_their_tracks() {
        assert_eq!(track_count("60px70px210pxrepeat(7,1fr)"), Some(10));
        assert_eq!(track_count("repeat(3,minmax(0,1fr))"), Some(3));
        assert_eq!(track_count("2fr1fr1fr"), Some(3));
        assert_eq!(track_count("repeat(2,40px1fr)20%"), Some(5));
        assert_eq!(track_count("none"), None);
        assert_eq!(track_count("subgrid"), None);
    }

    #[test]
    fn spans_as_css_writes_them() {
        assert_eq!(grid_span("span3"), Some(3));
        assert_eq!(grid_span("1/4"), Some(3));
        assert_eq!(grid_span("2/span2"), Some(2));
        assert_eq!(grid_span("auto"), None);
    }

    #[test]
    fn divs_by_their_inline_style() {
        let k = |a: &str, p| div_kind(a, p, 100);
        let table = Some(DivKind::Table);
        assert_eq!(k(r#"style="display: table-row""#, table), DivKind::Row);
        assert_eq!(
            k(
                r#"style="border:1px solid;display:table-cell""#,
                Some(DivKind::Row)
            ),
            DivKind::Cell
        );
        assert_eq!(k(r#"style="display:table-cell""#, None), DivKind::Plain);
        assert_eq!(k(r#"style="display:table-row""#, None), DivKind::Plain);
        assert_eq!(k(r#"style="display:table""#, None), DivKind::Table);
        assert_eq!(
            k(
                r#"class="g" style="grid-template-columns:60px 1fr repeat(7, 1fr)""#,
                None
            ),
            DivKind::Grid(9)
        );
        assert_eq!(
            k(
                r#"style="grid-column:span 3;grid-row:span 2""#,
                Some(DivKind::Grid(9))
            ),
            DivKind::GridCell(3, 2)
        );
        assert_eq!(
            k(r#"class="x""#, Some(DivKind::Grid(9))),
            DivKind::GridCell(1, 1)
        );
        assert_eq!(k(r#"class="x""#, None), DivKind::Plain);
    }

    /// Section 三's head as a grid of ten columns: a merged label over
    /// three columns and three rows, then 申请人情况 over seven; the next
    /// row's cells fill the seven columns beside the label.
    #[test]
    fn grid_cells_flow_around_spans() {
        let mut g = GridFlow::new(10);
        assert!(g.place(3, 3)); // the label: row 1
        assert!(!g.place(7, 1)); // 申请人情况
        assert!(g.place(1, 2)); // 自然人: row 2, column 4
        assert!(!g.place(5, 1)); // 法人或其他组织
        assert!(!g.place(1, 2)); // 总计
        assert!(g.place(1, 1)); // 商业企业: row 3
        for _ in 0..4 {
            assert!(!g.place(1, 1));
        }
        assert!(g.place(3, 1)); // 一、本年新收: row 4
        for _ in 0..7 {
            assert!(!g.place(1, 1));
        }
        assert!(g.place(3, 1));
    }
}
