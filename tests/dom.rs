//! A second HTML reader, on a DOM: `scraper` (html5ever, the WHATWG tree
//! builder browsers use) builds the tree, and this module reads the same
//! [`Document`] out of it that `nianbao::parse::html` reads in one pass over
//! the tags. It is written independently of that module, from its contract:
//!
//! - text outside tables is prose, one [`Block::Line`] per run between
//!   block-level tags (the list in [`BLOCK`]) and `<br>`, source line
//!   breaks kept inside a line;
//! - a table with no table inside it is a [`Grid`]: its rows (`<tr>`), each
//!   cell placed by the HTML table model (first free slot; `rowspan` and
//!   `colspan` read as leading digits, clamped to `1..=max_span`, a
//!   rowspan also to the table's last row), a cell repeated below its first
//!   row with `from_above`;
//! - a table with tables inside is a layout table: the lines of its cells
//!   and of any text in it, around the blocks of the inner tables, in
//!   document order;
//! - the elements in [`RAW`] are skipped with everything inside, as are
//!   inline elements hidden by `display:none`, struck-out text
//!   (`<del>`, `<s>`, `<strike>`) and a ruby's reading (`<rt>`, `<rp>`);
//!   the text of
//!   the first `<title>` is the title, wherever it is, a later one a line;
//!   a form field (`<input>`) reads
//!   as the value it shows, unless hidden, a box to tick or a button.
//!
//! The work limits are not applied here: [`Stats`] says how far a page
//! goes past them, so a test can check that the one-pass reader applies
//! them exactly where they are exceeded.
//!
//! Used by the differential test (`tests/html_oracle.rs`) and by the
//! parser bench (`benches/html_parser.rs`), which includes this file.

#![allow(dead_code)]

use nianbao::parse::{Block, Cell, Document, Grid, GridRow, Loc};
use scraper::{ElementRef, Html, Node, Selector};

/// Tags that end a line of prose (and start a new line in a cell).
pub const BLOCK: [&str; 28] = [
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "dd",
    "dt",
    "dl",
    "blockquote",
    "pre",
    "form",
    "center",
    "hr",
    "caption",
    "textarea",
];

/// Elements skipped whole, with their content.
pub const RAW: [&str; 9] = [
    "script", "style", "noscript", "template", "xmp", "iframe", "svg", "object", "select",
];

/// How far a page goes past the work limits (`nianbao::config::Limits`).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Stats {
    /// The deepest table nesting (1: a table with no table around it).
    pub depth: usize,
    /// Tables in the page.
    pub tables: usize,
    /// Grid cells after span expansion, all grids together.
    pub cells: usize,
    /// The widest grid row, in columns.
    pub width: usize,
    /// The largest span value written (before clamping).
    pub span: u64,
    /// The tables (by number) where a cell overlaps another: a colspan
    /// running over a slot that a rowspan from above holds (an error in
    /// the HTML table model, which places both).
    pub overlaps: Vec<u32>,
}

/// The page read through the DOM, and its [`Stats`].
pub fn parse(text: &str, max_span: usize) -> (Document, Stats) {
    let html = Html::parse_document(text);
    read(&html, max_span)
}

/// [`parse`] on a tree already built.
pub fn read(html: &Html, max_span: usize) -> (Document, Stats) {
    let mut r = Reader {
        max_span: max_span.max(1),
        title: String::new(),
        stats: Stats::default(),
        depth: 0,
        framed: false,
        sheet: sheet_of(html),
    };
    let mut out = Vec::new();
    let mut line = String::new();
    r.flow(html.root_element(), &mut line, &mut out, Ctx::Prose);
    end_line(&mut line, &mut out, Ctx::Prose);
    let title = canon(&r.title);
    let doc = Document {
        title: (!title.is_empty()).then_some(title),
        blocks: out,
        notes: Vec::new(),
        ends_inside: Vec::new(),
    };
    (doc, r.stats)
}

struct Reader {
    max_span: usize,
    title: String,
    stats: Stats,
    /// Tables open around the node being read.
    depth: usize,
    /// A table so far was a data frame with its row numbers.
    framed: bool,
    /// The page's `<style>` rules that lay tables out: a class and its
    /// declarations, in the sheet's order.
    sheet: Vec<(String, String)>,
}

/// The rules of the page's `<style>` elements whose selector ends in a
/// class on a `<div>` or `<span>` (or any element), with no pseudo-class
/// or attribute, each as (class, declarations).
fn sheet_of(html: &Html) -> Vec<(String, String)> {
    let Ok(style) = Selector::parse("style") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for el in html.select(&style) {
        let css: String = el.text().collect();
        // Comments out: everything between `/*` and the next `*/`.
        let mut plain = String::new();
        let mut parts = css.split("/*");
        plain.push_str(parts.next().unwrap_or(""));
        for p in parts {
            plain.push_str(p.split_once("*/").map_or("", |(_, rest)| rest));
        }
        // Rules at the top level: (prelude, block); an at-rule's block
        // (`@media … { … }`) is no rule of the page's elements.
        let mut rules: Vec<(String, String)> = Vec::new();
        let (mut prelude, mut block, mut depth) = (String::new(), String::new(), 0usize);
        for ch in plain.chars() {
            match ch {
                '{' => {
                    depth += 1;
                    if depth > 1 {
                        block.push(ch);
                    }
                }
                '}' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        let p = std::mem::take(&mut prelude);
                        let b = std::mem::take(&mut block);
                        // `@import …;` before a rule is no part of it.
                        let p = p.rsplit(';').next().unwrap_or("").trim().to_string();
                        if !p.starts_with('@') {
                            rules.push((p, b));
                        }
                    } else {
                        block.push(ch);
                    }
                }
                _ if depth == 0 => prelude.push(ch),
                _ => block.push(ch),
            }
        }
        for (selectors, decls) in &rules {
            for sel in selectors.split(',') {
                let Some(last) = sel.split_whitespace().next_back() else {
                    continue;
                };
                let last = last.rsplit(['>', '+', '~']).next().unwrap_or(last);
                let Some((tag, class)) = last.split_once('.') else {
                    continue;
                };
                let tag = tag.to_ascii_lowercase();
                let ok = (tag.is_empty() || tag == "div" || tag == "span")
                    && !class.is_empty()
                    && class
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                if ok {
                    out.push((class.to_string(), decls.to_string()));
                }
            }
        }
    }
    out
}

/// Where text goes.
#[derive(Clone, Copy, PartialEq)]
enum Ctx {
    /// Prose: a line is a block of its own, source line breaks kept in it.
    Prose,
    /// A layout table: each line is a block.
    Layout,
    /// A grid cell: one text.
    Cell,
}

/// Ends the open line: its block(s), if it has text.
fn end_line(line: &mut String, out: &mut Vec<Block>, ctx: Ctx) {
    let text = canon(line);
    line.clear();
    if text.is_empty() {
        return;
    }
    match ctx {
        Ctx::Prose => out.push(Block::Line {
            text,
            loc: Loc::default(),
        }),
        Ctx::Layout => out.extend(text.split('\n').map(|l| Block::Line {
            text: l.to_string(),
            loc: Loc::default(),
        })),
        Ctx::Cell => {}
    }
}

impl Reader {
    /// Reads the children of `el` in order: text into `line`, blocks into
    /// `out`.
    fn flow(&mut self, el: ElementRef<'_>, line: &mut String, out: &mut Vec<Block>, ctx: Ctx) {
        for child in el.children() {
            match child.value() {
                Node::Text(t) => line.push_str(t),
                Node::Element(e) => {
                    let Some(c) = ElementRef::wrap(child) else {
                        continue;
                    };
                    let name = e.name();
                    if RAW.contains(&name) || self.hidden(c, ctx == Ctx::Cell) {
                        continue;
                    }
                    // The first title is the page's; a later one is a
                    // line of its own.
                    if name == "title" && self.title.trim().is_empty() {
                        self.title.extend(c.text());
                        continue;
                    }
                    // A form field shows its value as text, unless hidden,
                    // a box to tick or a button.
                    if name == "input" {
                        let kind = e.attr("type").unwrap_or("").to_ascii_lowercase();
                        if matches!(kind.as_str(), "text" | "number" | "tel" | "") {
                            line.push_str(e.attr("value").unwrap_or(""));
                        }
                        continue;
                    }
                    // A table laid out with CSS (`<div>`s styled
                    // `display:table`, or a grid), outside any `<table>`.
                    if (name == "div" || name == "span" && self.is_box(c)) && ctx == Ctx::Prose {
                        let style = self.style(c);
                        if style.get("display") == Some("table") {
                            end_line(line, out, ctx);
                            let blocks = self.div_table(c);
                            out.extend(blocks);
                            continue;
                        }
                        if let Some(n) = style.get("grid-template-columns").and_then(tracks) {
                            end_line(line, out, ctx);
                            let blocks = self.css_grid(c, n);
                            out.extend(blocks);
                            continue;
                        }
                    }
                    if name == "table" {
                        if ctx == Ctx::Cell {
                            // The caller checked there is none.
                            continue;
                        }
                        end_line(line, out, ctx);
                        let blocks = self.table(c);
                        out.extend(blocks);
                        continue;
                    }
                    // A superscript in a cell: a footnote's mark, as the
                    // one-pass reader writes it: after a number bracketed
                    // (`4817[1]`), after a label's text (a cell with no
                    // figure in it) in the brackets a label leaves out.
                    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
                    let after_number = line.trim_end().chars().next_back().is_some_and(digit);
                    let after_text = !line.trim().is_empty() && !line.chars().any(digit);
                    let marks = match (after_number, after_text) {
                        (true, _) => Some(('[', ']')),
                        (_, true) => Some(('（', '）')),
                        _ => None,
                    };
                    if let Some((open, close)) = marks.filter(|_| name == "sup" && ctx == Ctx::Cell)
                    {
                        line.push(open);
                        self.flow(c, line, out, ctx);
                        line.push(close);
                        continue;
                    }
                    // In a layout table, each cell is a line of its own.
                    let block = BLOCK.contains(&name)
                        || name == "title"
                        || (ctx == Ctx::Layout && matches!(name, "tr" | "td" | "th"));
                    if block {
                        self.brk(line, out, ctx);
                    }
                    self.flow(c, line, out, ctx);
                    if block {
                        self.brk(line, out, ctx);
                    }
                }
                _ => {}
            }
        }
    }

    /// A line break.
    fn brk(&mut self, line: &mut String, out: &mut Vec<Block>, ctx: Ctx) {
        match ctx {
            Ctx::Cell => line.push('\n'),
            _ => end_line(line, out, ctx),
        }
    }

    /// A table's blocks: a grid, or the flattened content of a layout table.
    fn table(&mut self, t: ElementRef<'_>) -> Vec<Block> {
        self.stats.tables += 1;
        let number = self.stats.tables as u32;
        self.depth += 1;
        self.stats.depth = self.stats.depth.max(self.depth);
        let out = if has_table(t) {
            let mut out = Vec::new();
            let mut line = String::new();
            self.flow(t, &mut line, &mut out, Ctx::Layout);
            end_line(&mut line, &mut out, Ctx::Layout);
            out
        } else {
            self.grid(t, number)
        };
        self.depth -= 1;
        out
    }

    /// A table without tables inside, expanded by the HTML table model.
    fn grid(&mut self, t: ElementRef<'_>, number: u32) -> Vec<Block> {
        // Every row of the table, in order (directly under the table or in
        // its row groups), with its cells' text and spans.
        let mut rows: Vec<Vec<(String, u64, u64)>> = Vec::new();
        // As shown: the first `<thead>`'s rows first, the first `<tfoot>`'s
        // last (CSS's table-header-group and table-footer-group; later ones
        // stand as bodies), the DOM keeping the source's order.
        let first = |name: &str| descendants(t, name).first().map(|e| e.id());
        let (head, foot) = (first("thead"), first("tfoot"));
        let mut trs = descendants(t, "tr");
        trs.sort_by_key(|tr| match tr.parent().map(|p| p.id()) {
            Some(p) if Some(p) == head => 0,
            Some(p) if Some(p) == foot => 2,
            _ => 1,
        });
        for tr in trs {
            let mut cells = Vec::new();
            for cell in tr.children().filter_map(ElementRef::wrap) {
                let name = cell.value().name();
                if name != "td" && name != "th" {
                    continue;
                }
                let mut text = String::new();
                let mut sink = Vec::new();
                self.flow(cell, &mut text, &mut sink, Ctx::Cell);
                let rs = self.span(cell.value().attr("rowspan"));
                let cs = self.span(cell.value().attr("colspan"));
                cells.push((canon(&text), rs, cs));
            }
            rows.push(cells);
        }
        // What the parser does to every grid it reads: a data frame's row
        // and column numbers (pandas' `to_html()`) taken out; a table of
        // class `dataframe` is one, however few its rows.
        let dataframe = t
            .value()
            .attr("class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|w| w == "dataframe"));
        self.expand(rows, number, dataframe)
    }

    /// Rows of cells (text, rowspan, colspan) expanded by the HTML table
    /// model into a grid.
    fn expand(
        &mut self,
        rows: Vec<Vec<(String, u64, u64)>>,
        number: u32,
        dataframe: bool,
    ) -> Vec<Block> {
        if rows.is_empty() {
            return Vec::new();
        }
        let n_rows = rows.len();
        let max = self.max_span as u64;
        // taken[r][c]: the slot is covered.
        let mut taken: Vec<Vec<bool>> = vec![Vec::new(); n_rows];
        // Per row: (column, cell) of every cell covering it.
        let mut placed: Vec<Vec<(usize, Cell)>> = vec![Vec::new(); n_rows];
        for (r, cells) in rows.into_iter().enumerate() {
            let mut col = 0;
            for (k, (text, rs, cs)) in cells.into_iter().enumerate() {
                while taken[r].get(col).copied().unwrap_or(false) {
                    col += 1;
                }
                let rs = rs.clamp(1, max) as usize;
                let rs = rs.min(n_rows - r);
                let cs = cs.clamp(1, max) as usize;
                for (dr, row) in taken.iter_mut().skip(r).take(rs).enumerate() {
                    if row.len() < col + cs {
                        row.resize(col + cs, false);
                    }
                    for slot in &mut row[col..col + cs] {
                        if *slot && self.stats.overlaps.last() != Some(&number) {
                            self.stats.overlaps.push(number);
                        }
                        *slot = true;
                    }
                    let at = Loc {
                        table: number,
                        row: r as u32 + 1,
                        cell: k as u32 + 1,
                        line: 0,
                    };
                    placed[r + dr].push((
                        col,
                        Cell {
                            text: text.clone(),
                            from_above: dr > 0,
                            colspan: cs as u32,
                            loc: at,
                            pos: Default::default(),
                        },
                    ));
                }
                col += cs;
            }
        }
        let mut grid = Grid {
            rows: Vec::with_capacity(n_rows),
            loc: Loc {
                table: number,
                ..Loc::default()
            },
        };
        for (r, mut cells) in placed.into_iter().enumerate() {
            cells.sort_by_key(|(c, _)| *c);
            self.stats.cells += cells.len();
            self.stats.width = self.stats.width.max(
                cells
                    .last()
                    .map_or(0, |(c, cell)| c + cell.colspan as usize),
            );
            grid.rows.push(GridRow {
                cells: cells.into_iter().map(|(_, c)| c).collect(),
                loc: Loc {
                    table: number,
                    row: r as u32 + 1,
                    ..Loc::default()
                },
            });
        }
        self.framed |= grid.drop_index_column(self.framed || dataframe);
        vec![Block::Table(grid)]
    }

    /// A cell's text, as in a `<td>`.
    fn cell_text(&mut self, cell: ElementRef<'_>) -> String {
        let mut text = String::new();
        let mut sink = Vec::new();
        self.flow(cell, &mut text, &mut sink, Ctx::Cell);
        canon(&text)
    }

    /// Text as a layout table's: each line a block.
    fn as_lines(&mut self, t: ElementRef<'_>) -> Vec<Block> {
        let mut out = Vec::new();
        let mut line = String::new();
        self.flow(t, &mut line, &mut out, Ctx::Layout);
        end_line(&mut line, &mut out, Ctx::Layout);
        out
    }

    /// An element's style: what the page's sheet gives its classes, then
    /// its `style` attribute.
    fn style(&self, el: ElementRef<'_>) -> Style {
        // The sheet's rules in its own order, whatever the class order.
        let mut ordered = String::new();
        for (c, decls) in &self.sheet {
            if el.value().classes().any(|k| k == c) {
                ordered.push_str(decls);
                ordered.push(';');
            }
        }
        ordered.push_str(el.value().attr("style").unwrap_or(""));
        Style::parse(&ordered)
    }

    /// Whether an inline element is hidden (`display:none`): by its own
    /// style, or, in a table's cell, by the sheet's rules for its classes
    /// too, as the one-pass reader hides them. An element never closed
    /// the DOM closes with its cell and hides; the one-pass reader, which
    /// reads on, shows it (no page here has one).
    fn hidden(&self, el: ElementRef<'_>, in_cell: bool) -> bool {
        // Struck-out text (`<del>`, `<s>`, `<strike>`) is no longer the
        // page's: not read, as by the one-pass reader.
        if ["del", "s", "strike"].contains(&el.value().name()) {
            return true;
        }
        // A ruby's reading and brackets (`<rt>`, `<rp>`) gloss the text.
        if ["rt", "rp"].contains(&el.value().name()) {
            return true;
        }
        const HIDEABLE: [&str; 11] = [
            "span", "font", "label", "em", "i", "b", "strong", "small", "a", "sup", "sub",
        ];
        if !HIDEABLE.contains(&el.value().name()) {
            return false;
        }
        let style = if in_cell {
            self.style(el)
        } else {
            Style::parse(el.value().attr("style").unwrap_or(""))
        };
        style.get("display") == Some("none")
    }

    /// Whether a `<span>` is laid out as a table's part (its `display`).
    fn is_box(&self, el: ElementRef<'_>) -> bool {
        matches!(
            self.style(el).get("display"),
            Some("table" | "table-row" | "table-cell")
        )
    }

    /// The `<div>`s under `el` (and the `<span>`s laid out as a table's
    /// part), not looking inside them.
    fn boxes_under<'a>(&self, el: ElementRef<'a>) -> Vec<ElementRef<'a>> {
        let mut out = Vec::new();
        for c in el.children().filter_map(ElementRef::wrap) {
            let n = c.value().name();
            if self.hidden(c, false) {
                continue;
            }
            if n == "div" || n == "span" && self.is_box(c) {
                out.push(c);
            } else if !RAW.contains(&n) {
                out.extend(self.boxes_under(c));
            }
        }
        out
    }

    /// A table of `<div>`s: its rows the `display:table-row` `<div>`s
    /// under it, their cells the `display:table-cell` ones (a cell right
    /// under the table starts a row); with no cell, or a table inside,
    /// its text as lines.
    fn div_table(&mut self, t: ElementRef<'_>) -> Vec<Block> {
        self.stats.tables += 1;
        let number = self.stats.tables as u32;
        if has_table(t) {
            return self.as_lines(t);
        }
        let mut rows: Vec<Vec<(String, u64, u64)>> = Vec::new();
        let mut in_row = false;
        for d in self.boxes_under(t) {
            match self.style(d).get("display") {
                Some("table-row") => {
                    let mut cells = Vec::new();
                    for c in self.boxes_under(d) {
                        if self.style(c).get("display") == Some("table-cell") {
                            cells.push((self.cell_text(c), 1, 1));
                        }
                    }
                    rows.push(cells);
                    in_row = false;
                }
                Some("table-cell") => {
                    let text = self.cell_text(d);
                    match rows.last_mut() {
                        Some(r) if in_row => r.push((text, 1, 1)),
                        _ => rows.push(vec![(text, 1, 1)]),
                    }
                    in_row = true;
                }
                _ => {}
            }
        }
        if rows.iter().all(Vec::is_empty) {
            return self.as_lines(t);
        }
        self.expand(rows, number, false)
    }

    /// A CSS grid of `n` columns: its child `<div>`s placed on a matrix
    /// of taken places, left to right and row by row, each at the first
    /// place of its row where its columns are free (a cell naming its
    /// first column there, on a later row if it must); places left empty
    /// before a cell become blank cells, rows with no cell of their own
    /// empty rows. A cell naming its row or area: the grid's text as lines.
    fn css_grid(&mut self, t: ElementRef<'_>, n: usize) -> Vec<Block> {
        self.stats.tables += 1;
        let number = self.stats.tables as u32;
        let cells: Vec<ElementRef<'_>> = t
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| c.value().name() == "div")
            .collect();
        let mut placed: Vec<(usize, usize, u64, u64, ElementRef<'_>)> = Vec::new();
        let mut taken: Vec<Vec<bool>> = Vec::new();
        let (mut r, mut c) = (0usize, 0usize);
        for cell in cells {
            let style = self.style(cell);
            let (col, cs, ok) = grid_line(style.get("grid-column"), n);
            let (row, rs, row_ok) = grid_line(style.get("grid-row"), usize::MAX / 4);
            if row.is_some() || !ok || !row_ok || style.get("grid-area").is_some() {
                return self.as_lines(t);
            }
            let cs = (cs as usize).clamp(1, n);
            if col.is_some_and(|k| k + cs > n) {
                return self.as_lines(t);
            }
            let rs = rs.clamp(1, self.max_span as u64);
            loop {
                if taken.len() <= r {
                    taken.resize(r + 1, vec![false; n]);
                }
                let free = |p: usize| !taken[r][p..p + cs].iter().any(|&x| x);
                let at = match col {
                    Some(k) if k >= c && free(k) => Some(k),
                    Some(_) => None,
                    None => (c..=n - cs).find(|&p| free(p)),
                };
                match at {
                    Some(p) => {
                        let end = r + rs as usize;
                        if taken.len() < end {
                            taken.resize(end, vec![false; n]);
                        }
                        for row in &mut taken[r..end] {
                            for x in &mut row[p..p + cs] {
                                *x = true;
                            }
                        }
                        placed.push((r, p, rs, cs as u64, cell));
                        c = p + cs;
                        break;
                    }
                    None => {
                        r += 1;
                        c = 0;
                    }
                }
            }
        }
        let Some(last) = placed.last().map(|x| x.0) else {
            return self.as_lines(t);
        };
        // Places taken by cells of the rows above, per row.
        let mut from_above: Vec<Vec<bool>> = vec![vec![false; n]; last + 1];
        for &(r0, p, rs, cs, _) in &placed {
            for row in from_above.iter_mut().take(r0 + rs as usize).skip(r0 + 1) {
                for x in &mut row[p..p + cs as usize] {
                    *x = true;
                }
            }
        }
        let mut rows: Vec<Vec<(String, u64, u64)>> = vec![Vec::new(); last + 1];
        let mut end = vec![0usize; last + 1];
        for (r0, p, rs, cs, cell) in placed {
            let blanks = (end[r0]..p).filter(|&k| !from_above[r0][k]).count();
            rows[r0].extend((0..blanks).map(|_| (String::new(), 1, 1)));
            let text = self.cell_text(cell);
            rows[r0].push((text, rs, cs));
            end[r0] = p + cs as usize;
        }
        self.expand(rows, number, false)
    }

    /// A span attribute: its leading digits (at most 12, after ASCII spaces
    /// and quotes), 1 when there are none. Clamped by the caller.
    fn span(&mut self, v: Option<&str>) -> u64 {
        let Some(v) = v else { return 1 };
        let v = v.trim_start_matches([' ', '\t', '\n', '\r', '\x0c', '"', '\'']);
        let digits: String = v
            .chars()
            .take_while(char::is_ascii_digit)
            .take(12)
            .collect();
        let n = digits.parse().unwrap_or(1);
        self.stats.span = self.stats.span.max(n);
        n
    }
}

/// Whether `t` has a table inside (not counting skipped elements).
fn has_table(t: ElementRef<'_>) -> bool {
    t.children().filter_map(ElementRef::wrap).any(|c| {
        let name = c.value().name();
        name == "table" || (!RAW.contains(&name) && has_table(c))
    })
}

/// The descendants of `el` named `name`, in document order, not looking
/// inside skipped elements.
fn descendants<'a>(el: ElementRef<'a>, name: &str) -> Vec<ElementRef<'a>> {
    let mut out = Vec::new();
    for c in el.children().filter_map(ElementRef::wrap) {
        let n = c.value().name();
        if n == name {
            out.push(c);
        } else if !RAW.contains(&n) {
            out.extend(descendants(c, name));
        }
    }
    out
}

/// A `<div>`'s inline style: its declarations, property and value
/// lowercased and trimmed, the last of a property winning.
struct Style(Vec<(String, String)>);

impl Style {
    fn parse(text: &str) -> Style {
        let text = text.to_lowercase();
        Style(
            text.split(';')
                .filter_map(|d| d.split_once(':'))
                .map(|(p, v)| {
                    let v = v.trim().trim_end_matches("!important").trim();
                    (p.trim().to_string(), v.to_string())
                })
                .collect(),
        )
    }

    fn get(&self, prop: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(p, _)| p == prop)
            .map(|(_, v)| v.as_str())
    }
}

/// The columns of a `grid-template-columns` value, its tracks parted by
/// spaces: `60px 70px repeat(7, 1fr)`, `repeat(3, minmax(0, 1fr))`; at
/// most 64.
fn tracks(v: &str) -> Option<usize> {
    // Spaces inside brackets part no tracks.
    let mut tokens: Vec<String> = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for ch in v.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.checked_sub(1)?,
            c if c.is_whitespace() && depth == 0 => {
                if !cur.is_empty() {
                    tokens.push(std::mem::take(&mut cur));
                }
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    if !cur.is_empty() {
        tokens.push(cur);
    }
    let mut n = 0usize;
    for t in tokens {
        if let Some(inner) = t.strip_prefix("repeat(").and_then(|x| x.strip_suffix(')')) {
            let (times, rest) = inner.split_once(',')?;
            let times: usize = times.trim().parse().ok()?;
            n += times * tracks(rest.trim())?;
        } else if t.contains(['(', ')'])
            && !t.starts_with("minmax(")
            && !t.starts_with("fit-content(")
        {
            return None;
        } else if t
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '.')
            || t == "auto"
            || t.starts_with("minmax(")
            || t.starts_with("fit-content(")
        {
            n += 1;
        } else {
            return None;
        }
        if n > 64 {
            return None;
        }
    }
    (n > 0).then_some(n)
}

/// A `grid-column` or `grid-row` value in `n` tracks: its first track
/// (0-based) when named, its span, whether understood.
fn grid_line(v: Option<&str>, n: usize) -> (Option<usize>, u64, bool) {
    let Some(v) = v.map(str::trim).filter(|v| !v.is_empty() && *v != "auto") else {
        return (None, 1, true);
    };
    let span = |s: &str| {
        s.trim()
            .strip_prefix("span")
            .and_then(|k| k.trim().parse::<u64>().ok())
    };
    let line = |s: &str| -> Option<i64> {
        let k: i64 = s.trim().parse().ok()?;
        let at = if k < 0 { n as i64 + 2 + k } else { k };
        (at >= 1).then_some(at)
    };
    let (a, b) = match v.split_once('/') {
        Some((a, b)) => (a, Some(b.trim())),
        None => (v, None),
    };
    if let Some(k) = span(a) {
        return (None, k, b.is_none_or(|b| b == "auto"));
    }
    let Some(start) = line(a) else {
        return (None, 1, false);
    };
    let width = match b {
        None | Some("auto") => Some(1),
        Some(b) => span(b).or_else(|| {
            let end = line(b)?;
            u64::try_from(end - start).ok().filter(|&k| k > 0)
        }),
    };
    (
        Some(start as usize - 1),
        width.unwrap_or(1),
        width.is_some(),
    )
}

/// Text with whitespace made canonical: each line's words joined by one
/// space, blank lines dropped. The differential test compares both readers'
/// text through it (the one-pass reader's own whitespace rules differ in
/// details that carry no content, e.g. a U+3000 between spaces).
pub fn canon(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.split('\n') {
        let mut words = line.split_whitespace().peekable();
        if words.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        let mut first = true;
        for w in words {
            if !first {
                out.push(' ');
            }
            out.push_str(w);
            first = false;
        }
    }
    out
}
