//! HTML → [`Document`]: one pass over the page, with no DOM.
//!
//! Government pages are mostly navigation, sidebars and scripts around a
//! few tables; building a DOM for all of it would cost more than the rest
//! of the pipeline together. This tokenizer reads tags and text once and
//! keeps only what a report needs:
//!
//! - text outside tables becomes prose lines ([`Block::Line`]), broken at
//!   block-level tags and `<br>`;
//! - each innermost `<table>` becomes a [`Grid`] with `rowspan`/`colspan`
//!   expanded (spans clamped by [`Limits`]), cells keeping their own text;
//! - a table that contains other tables is a layout table: its cells become
//!   prose lines around the inner tables, in reading order;
//! - `<script>`, `<style>`, comments and the like are skipped whole, so a
//!   `<table>` inside a JavaScript string is not a table.
//!
//! It tolerates tag soup the way browsers do for tables: a new `<td>`
//! closes the open cell, a new `<tr>` the open row, and tables left open at
//! the end are closed (with a `structure.truncated` note).
//!
//! Why not html5ever/scraper (the design's first choice): on the same 231
//! pages of `Mix::bench()` (9.9 MiB; `cargo bench --bench html_parser`,
//! instruction counts with callgrind, see that file), this reader takes
//! 361 M instructions (389 MiB/s), scraper and the same grid reading on its
//! DOM 2,972 M (48 MiB/s, 8.2×), scraper after a pre-pass that cuts
//! scripts, styles and comments 2,188 M (69 MiB/s, 6.1×), and html5ever's
//! tokenizer alone, building nothing, 1,658 M (96 MiB/s, 4.6×). The
//! differential test (tests/html_oracle.rs) reads every HTML fixture and
//! 522 generated pages of every HTML layout, encoding, deviation and flaw
//! through scraper too: identical titles, lines and grids, but where a
//! work limit cuts the page, where cells overlap (a colspan over a rowspan
//! from above, which HTML places twice), and for text between a table's
//! rows, which the tree builder moves before the table.

use super::css::{div_kind, DivKind, GridFlow, Place, Sheet};
use super::{Block, Cell, Document, Grid, GridRow, Loc, ParseNote};
use crate::config::Limits;
use memchr::memchr;
use std::sync::OnceLock;

/// The text of a page that only wraps preformatted text (`pdftotext
/// -htmlmeta`, a `<pre>` holding a PDF's or a mail's layout text): no
/// table, one `<pre>` element, and next to no text outside it. Its lines
/// keep their places in the file (the lines before it are left blank), its
/// markup is dropped and its character references decoded; `None` for any
/// other page. Such text is read as text: its spaces are its columns.
pub fn preformatted(src: &str) -> Option<String> {
    // Tags by their `<`, any case.
    let bytes = src.as_bytes();
    let find = |from: usize, needle: &[u8]| find_ci(bytes, needle, from);
    // Most pages have no `<pre`: one SIMD pass each for its two spellings
    // tells, before any tag is looked at.
    if memchr::memmem::find(bytes, b"<pre").is_none()
        && memchr::memmem::find(bytes, b"<PRE").is_none()
    {
        return None;
    }
    let open = find(0, b"<pre")?;
    if find(0, b"<table").is_some() {
        return None;
    }
    let start = open + memchr(b'>', &src.as_bytes()[open..])? + 1;
    let end = find(start, b"</pre")?;
    if find(end + 5, b"<pre").is_some() {
        return None;
    }
    let inner = src.get(start..end)?;
    let outside =
        |t: &str| -> usize { strip_tags(t).chars().filter(|c| !c.is_whitespace()).count() };
    // The head (title, metadata) is no text of the page.
    let body = find(0, b"<body").unwrap_or(0);
    let around = outside(src.get(body..open)?) + outside(src.get(end..)?);
    let within = outside(inner);
    if within < 200 || around * 10 > within {
        return None;
    }
    let mut text = "\n".repeat(src[..start].matches('\n').count());
    text.push_str(&super::entities::decode(&strip_tags(inner)));
    Some(text)
}

/// A text without its markup (`<b>`, `<a href=…>`), its line breaks kept.
pub(crate) fn strip_tags(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        match rest[lt..].find('>') {
            Some(gt) => rest = &rest[lt + gt + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where `needle` (ASCII, lower case, starting with a mark such as `<`
/// or `[`) stands in `hay` from `from` on, in any case.
pub(crate) fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let first = needle.first()?;
    let rest = hay.get(from..)?;
    memchr::memchr2_iter(*first, first.to_ascii_uppercase(), rest)
        .find(|&i| {
            rest.get(i..i + needle.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        })
        .map(|i| from + i)
}

/// The style sheet of every `<style>` element of `page` (its tag in any
/// case, not `<stylesheet>`), found in one pass over the page.
fn sheet_of(page: &str) -> Sheet {
    let mut sheet = Sheet::default();
    let bytes = page.as_bytes();
    let mut at = 0;
    while let Some(open) = find_ci(bytes, b"<style", at) {
        at = open + 6;
        if !matches!(
            bytes.get(at),
            Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0c | b'>' | b'/')
        ) {
            continue;
        }
        let Some(gt) = memchr(b'>', &bytes[at..]) else {
            break;
        };
        let body = at + gt + 1;
        let end = find_ci(bytes, b"</style", body).unwrap_or(bytes.len());
        if let Some(css) = page.get(body..end) {
            sheet.read(css);
        }
        at = end.max(body);
    }
    sheet
}

/// Parses an HTML page.
pub fn parse(text: &str, limits: &Limits) -> Document {
    match unescape_markup(text) {
        Some(page) => parse_page(&page, limits),
        None => parse_page(text, limits),
    }
}

/// Escaped tags of the markup an editor writes (`&lt;p`, `&lt;/td`).
const ESCAPED_TAGS: [&str; 10] = [
    "table", "tr", "td", "th", "p", "div", "span", "br", "strong", "tbody",
];

/// A page whose article was HTML-escaped once more (a CMS that stored the
/// editor's markup as text, so `<table>` shows on the page as
/// `&lt;table&gt;`): the page with that stretch unescaped, from its first
/// escaped tag to the end of its last, so that its tables read as tables.
/// Taken when the page holds ten escaped tags or more and at least one of
/// them is a table's; line breaks are kept, so places stay those of the
/// file. `None` for any other page.
pub fn unescape_markup(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut first = None;
    let mut last_tag = 0;
    let mut count = 0usize;
    let mut table = false;
    // Whether the place reached is inside a tag (an attribute's value: a
    // hidden copy of the article is no article), from the last `<` or `>`
    // before it; each stretch between two matches is looked at once.
    let mut in_tag = false;
    let mut seen = 0;
    for at in memchr::memmem::find_iter(bytes, b"&lt;") {
        if let Some(k) = memchr::memrchr2(b'<', b'>', &bytes[seen..at]) {
            in_tag = bytes[seen + k] == b'<';
        }
        seen = at;
        if in_tag {
            continue;
        }
        let rest = &bytes[at + 4..];
        let rest = rest.strip_prefix(b"/").unwrap_or(rest);
        let Some(name) = ESCAPED_TAGS.iter().find(|t| {
            rest.len() > t.len()
                && rest[..t.len()].eq_ignore_ascii_case(t.as_bytes())
                && matches!(rest[t.len()], b' ' | b'&' | b'/' | b'\n' | b'\t')
        }) else {
            continue;
        };
        count += 1;
        table |= *name == "table";
        first.get_or_insert(at);
        last_tag = at;
    }
    // The end of the last escaped tag.
    let last = memchr::memmem::find(&bytes[last_tag..], b"&gt;").map_or(0, |e| last_tag + e + 4);
    let first = first?;
    if count < 10 || !table || last <= first {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut rest = &text[first..last];
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let (with, len) = [
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
            ("&apos;", '\''),
            ("&amp;", '&'),
        ]
        .iter()
        .find(|(e, _)| tail.starts_with(e))
        .map_or(('&', 1), |&(e, c)| (c, e.len()));
        out.push(with);
        rest = &tail[len..];
    }
    out.push_str(rest);
    out.push_str(&text[last..]);
    Some(out)
}

/// [`parse`] on the page as it stands.
fn parse_page(text: &str, limits: &Limits) -> Document {
    let mut p = Html {
        src: text,
        pos: 0,
        line: 1,
        line_pos: 0,
        doc: Document::default(),
        prose: String::new(),
        prose_line: 1,
        tables: Vec::new(),
        n_tables: 0,
        limits,
        cells_total: 0,
        framed: false,
        depth_note: false,
        lines_note: false,
        in_title: false,
        title: String::new(),
        divs: Vec::new(),
        sheet: sheet_of(text),
        spans: Vec::new(),
    };
    p.run();
    p.doc
}

struct RawCell {
    text: String,
    rowspan: u32,
    colspan: u32,
    loc: Loc,
    /// A `<sup>` after a number or a label is open: its text is
    /// bracketed, this the closing bracket (see [`Tag::Sup`]).
    sup: Option<char>,
}

enum Event {
    Cell(usize, usize),
    Text(String, Loc),
    Block(Block),
}

struct TableBuilder {
    rows: Vec<Vec<RawCell>>,
    row_locs: Vec<Loc>,
    in_row: bool,
    cell: Option<RawCell>,
    nested: bool,
    events: Vec<Event>,
    loc: Loc,
    number: u32,
    skipped: bool,
    /// pandas wrote it (`<table class="dataframe">`): its first column
    /// may be the frame's row numbers, however few its rows.
    dataframe: bool,
    /// A CSS grid of `<div>`s: where its cells go ([`super::css`]).
    grid: Option<GridFlow>,
    /// Made of `<div>`s, not `<table>`.
    of_divs: bool,
    /// A grid cell named its row or area, which cells placed as they come
    /// cannot honour: the grid is read as lines.
    unplaced: bool,
    /// Where row groups open and close: (the number of rows before, the
    /// group then: 0 `<thead>`, 1 `<tbody>` or none, 2 `<tfoot>`).
    groups: Vec<(usize, u8)>,
    /// The row of its last cell named `column:row` (InDesign's ICML,
    /// whose cells stand in no row element): a cell of another row
    /// starts a row.
    named_row: Option<u32>,
}

/// Whether a table's attributes name pandas' class (`class="dataframe"`,
/// as `DataFrame.to_html()` and Jupyter write it).
fn is_dataframe(attrs: &str) -> bool {
    let mut found = false;
    each_attr(attrs, |name, value| {
        if name.eq_ignore_ascii_case(b"class") {
            found = value
                .split(|b| b.is_ascii_whitespace())
                .any(|w| w == b"dataframe");
            return false;
        }
        true
    });
    found
}

struct Html<'a> {
    src: &'a str,
    pos: usize,
    line: u32,
    line_pos: usize,
    doc: Document,
    prose: String,
    prose_line: u32,
    tables: Vec<TableBuilder>,
    n_tables: u32,
    limits: &'a Limits,
    cells_total: usize,
    /// A table so far was a data frame with its row numbers
    /// ([`super::Grid::drop_index_column`]).
    framed: bool,
    depth_note: bool,
    lines_note: bool,
    in_title: bool,
    title: String,
    /// The `<div>`s open, each as the table model reads it, with the
    /// `<span>`s laid out as a table's part among them (`true`).
    divs: Vec<(DivKind, bool)>,
    /// What the page's style sheets lay out as tables, by class.
    sheet: Sheet,
    /// The `<span>`s open: whether each was laid out as a table's part
    /// (and so stands on `divs`).
    spans: Vec<bool>,
}

/// What a tag means to the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Table,
    Tr,
    Cell,
    Title,
    /// A superscript: after a number in a cell, a footnote's mark
    /// (`4817<sup>1</sup>`), its text put in brackets (`4817[1]`) so that
    /// it is not read as more digits of the number; after a label's text,
    /// in the brackets a label's reading leaves out (`收费（注）`).
    Sup,
    /// A form field: the value it shows is text ([`input_value`]).
    Input,
    /// A table's row group: `<thead>` (0), `<tbody>` (1), `<tfoot>` (2).
    Group(u8),
    /// Starts a new line of prose.
    Block,
    /// Content skipped whole (scripts, styles…).
    Raw,
    /// Inline markup: ignored.
    Other,
}

/// Classifies a tag name without allocating (names are ASCII, any case).
fn classify(name: &str) -> Tag {
    let b = name.as_bytes();
    let mut buf = [0u8; 24];
    if b.is_empty() || b.len() > buf.len() {
        return Tag::Other;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    match &buf[..b.len()] {
        b"table" => Tag::Table,
        b"tr" => Tag::Tr,
        b"td" | b"th" => Tag::Cell,
        b"thead" => Tag::Group(0),
        b"tbody" => Tag::Group(1),
        b"tfoot" => Tag::Group(2),
        b"title" => Tag::Title,
        b"sup" => Tag::Sup,
        b"input" => Tag::Input,
        // OpenDocument's flat XML (.fodt, a Writer document saved as
        // one file): its tables and paragraphs. A cell a span covers
        // (`table:covered-table-cell`) is no cell of the HTML model.
        b"table:table" => Tag::Table,
        b"table:table-row" => Tag::Tr,
        b"table:table-cell" => Tag::Cell,
        b"text:p" | b"text:h" | b"text:list-item" | b"text:line-break" => Tag::Block,
        // Word 2003's XML (WordprocessingML) and DocBook's tables.
        b"w:tbl" | b"informaltable" => Tag::Table,
        b"w:tr" | b"row" => Tag::Tr,
        b"w:tc" | b"entry" => Tag::Cell,
        // TEI's tables (`<table><row><cell cols="2" rows="3">`; its
        // `<row>` is DocBook's tag) and line breaks (`<lb/>`), and
        // InDesign's (ICML) cells (`<Cell Name="0:1">`, rowless:
        // [`named_row`]). HTML has no such elements.
        b"cell" => Tag::Cell,
        b"lb" => Tag::Block,
        b"w:p" | b"w:br" | b"w:cr" | b"para" | b"simpara" | b"sect1" | b"sect2" => Tag::Block,
        b"p" | b"div" | b"br" | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" | b"li" | b"ul"
        | b"ol" | b"section" | b"article" | b"header" | b"footer" | b"nav" | b"aside" | b"dd"
        | b"dt" | b"dl" | b"blockquote" | b"pre" | b"form" | b"center" | b"hr" | b"caption"
        | b"textarea" => Tag::Block,
        b"script" | b"style" | b"noscript" | b"template" | b"xmp" | b"iframe" | b"svg"
        | b"object" | b"select" => Tag::Raw,
        _ => Tag::Other,
    }
}

impl Html<'_> {
    /// Where the parser is: the line of byte `pos`.
    fn loc(&mut self) -> Loc {
        Loc {
            line: self.line(),
            ..Loc::default()
        }
    }

    /// The line of byte `pos`, counting newlines only when a location is
    /// asked for (most tags of a page never need one).
    fn line(&mut self) -> u32 {
        if self.pos > self.line_pos {
            let seg = &self.src.as_bytes()[self.line_pos..self.pos];
            self.line += memchr::memchr_iter(b'\n', seg).count() as u32;
            self.line_pos = self.pos;
        }
        self.line
    }

    /// Moves to byte `to`.
    fn advance(&mut self, to: usize) {
        self.pos = to.min(self.src.len());
    }

    fn run(&mut self) {
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() {
            let Some(off) = memchr(b'<', &bytes[self.pos..]) else {
                let end = bytes.len();
                self.text(self.pos, end);
                self.advance(end);
                break;
            };
            let lt = self.pos + off;
            if lt > self.pos {
                self.text(self.pos, lt);
            }
            self.advance(lt);
            self.tag(lt);
        }
        self.end_prose();
        while !self.tables.is_empty() {
            if let Some(t) = self.tables.last() {
                if !t.rows.is_empty() || t.cell.is_some() {
                    let at = t.loc;
                    // Placed at the row the page ends inside, if it does
                    // (its last cell may be cut short), else at the table.
                    let place = match t.row_locs.last() {
                        Some(row) if t.in_row => Loc {
                            table: t.number,
                            row: t.rows.len() as u32,
                            cell: 0,
                            line: row.line,
                        },
                        _ => at,
                    };
                    if place.row > 0 {
                        self.doc.ends_inside.push(super::Stop {
                            at: place,
                            in_number: true,
                        });
                    }
                    self.doc.notes.push(ParseNote {
                        code: "structure.truncated",
                        loc: place,
                        message: format!(
                            "the page ends inside table {} (opened at line {})",
                            t.number, at.line
                        ),
                    });
                }
            }
            self.close_table();
        }
        self.end_prose();
        let title = collapse(&self.title);
        if !title.is_empty() {
            self.doc.title = Some(title);
        }
    }

    /// Handles the markup starting at `lt` (a `<`).
    fn tag(&mut self, lt: usize) {
        let src = self.src;
        let bytes = src.as_bytes();
        let rest = &bytes[lt + 1..];
        match rest.first() {
            Some(b'!') => {
                if rest.starts_with(b"!--") {
                    let end = comment_end(bytes, lt + 4).unwrap_or(bytes.len());
                    self.advance(end);
                } else {
                    self.skip_to_gt(lt + 1);
                }
                return;
            }
            Some(b'?') => {
                self.skip_to_gt(lt + 1);
                return;
            }
            Some(b'/') => {
                let (name, end) = tag_name(src, lt + 2);
                let close = tag_end(bytes, end);
                self.advance(close);
                if name.eq_ignore_ascii_case("div") {
                    // Spans laid out as a table's part left open inside
                    // the `<div>` end with it.
                    while self.divs.last().is_some_and(|d| d.1) {
                        self.end_div();
                    }
                    self.end_div();
                    return;
                }
                if name.eq_ignore_ascii_case("span")
                    && self.spans.pop() == Some(true)
                    && self.divs.last().is_some_and(|d| d.1)
                {
                    self.end_div();
                    return;
                }
                self.end_tag(classify(name));
                return;
            }
            Some(c) if c.is_ascii_alphabetic() => {}
            _ => {
                // A bare '<' in text.
                self.text(lt, lt + 1);
                self.advance(lt + 1);
                return;
            }
        }
        let (name, name_end) = tag_name(src, lt + 1);
        let close = tag_end(bytes, name_end);
        // Attributes end before the `>`; a tag cut off by the next `<` or
        // the end of the page has no `>` (and may end in a multi-byte
        // character, so `close - 1` would not be a char boundary).
        let attrs_end = if close > name_end && bytes[close - 1] == b'>' {
            close - 1
        } else {
            close
        };
        let attrs = &src[name_end..attrs_end.max(name_end)];
        self.advance(close);
        // A tag the end of the page cuts (`…<td`): no tag, as a browser
        // reads it (the page was cut off there).
        if close == bytes.len() && attrs_end == close {
            return;
        }
        let tag = classify(name);
        // An element closed in its own tag (`<title/>`, `<script/>`: XHTML,
        // as Tika and other XML tools write it) holds nothing. A browser
        // reading it as HTML would take the rest of the page as its text;
        // no page means that.
        if matches!(tag, Tag::Raw | Tag::Title) && attrs.trim_end().ends_with('/') {
            return;
        }
        if tag == Tag::Raw {
            // Skip to the matching end tag, whatever is inside.
            let end = find_end_tag(bytes, close, name).unwrap_or(bytes.len());
            self.advance(end);
            return;
        }
        // Text struck out (`<del>`, `<s>`, `<strike>`): what a correction
        // replaced (`<del>55</del><ins>57</ins>`), no longer the report's.
        // Only when its end tag is found before its cell, row or paragraph
        // ends, as a hidden element ([`find_matching_end`]).
        // A ruby's reading (`<ruby>总<rt>zǒng</rt></ruby>`, a site's 拼音
        // mode) and its fallback brackets (`<rp>`): a gloss over the
        // text, none of it.
        if RUBY_GLOSS.iter().any(|h| name.eq_ignore_ascii_case(h))
            && !attrs.trim_end().ends_with('/')
        {
            if let Some(end) = gloss_end(bytes, close) {
                self.advance(end);
                return;
            }
        }
        if STRUCK.iter().any(|h| name.eq_ignore_ascii_case(h)) && !attrs.trim_end().ends_with('/') {
            if let Some(end) = find_matching_end(bytes, close, name) {
                self.advance(end);
                return;
            }
        }
        // An inline element the page hides (`style="display:none"`, or,
        // in a table's cell, a class its style sheet hides: a responsive
        // table's column names in every cell, `<span class="rt-th">自然人
        // </span>52` under `.rt-th { display: none }`): not shown, so not
        // read. Only when its end tag is found before its cell, row or
        // paragraph ends ([`find_matching_end`]).
        if HIDEABLE.iter().any(|h| name.eq_ignore_ascii_case(h))
            && !attrs.trim_end().ends_with('/')
            && self.hidden(attrs)
        {
            if let Some(end) = find_matching_end(bytes, close, name) {
                self.advance(end);
                return;
            }
        }
        if name.eq_ignore_ascii_case("div") && !attrs.trim_end().ends_with('/') {
            self.start_div(attrs);
            return;
        }
        // A `<span>` laid out as a table's part by its `display` (from
        // the page's style sheet, `<span class="td">` under `.td {
        // display: table-cell }`, or its own style).
        if name.eq_ignore_ascii_case("span") && !attrs.trim_end().ends_with('/') {
            let kind = self.box_kind(attrs);
            let laid = matches!(kind, DivKind::Table | DivKind::Row | DivKind::Cell);
            self.spans.push(laid);
            if laid {
                self.open_box(kind, true);
                return;
            }
        }
        self.start_tag(tag, attrs);
    }

    /// Whether the innermost table open is a `<table>` (not one of
    /// `<div>`s).
    fn in_html_table(&self) -> bool {
        self.tables.last().is_some_and(|t| !t.of_divs)
    }

    /// Whether an element of attributes `attrs` is hidden by its own
    /// style, or, inside a table's cell, by the sheet's rules for its
    /// classes. The sheet is read by class alone (no selector's context:
    /// `.tab-pane { display: none }` beside `.tab-pane.active { display:
    /// block }`), so its word counts only where a table's cell repeats
    /// its column's name.
    fn hidden(&self, attrs: &str) -> bool {
        if find_ci(attrs.as_bytes(), b"none", 0).is_none() && self.sheet.is_empty() {
            return false;
        }
        let in_cell = self.tables.last().is_some_and(|t| t.cell.is_some());
        super::css::hidden(&self.layout_style(attrs, in_cell))
    }

    /// An element's layout: what the page's style sheet gives its classes
    /// (with `sheet`), then its own `style` attribute (which wins, coming
    /// last).
    fn layout_style(&self, attrs: &str, sheet: bool) -> String {
        let mut style = String::new();
        let mut inline = String::new();
        each_attr(attrs, |name, value| {
            if name.eq_ignore_ascii_case(b"style") {
                inline = String::from_utf8_lossy(value).into_owned();
            } else if name.eq_ignore_ascii_case(b"class") && sheet && !self.sheet.is_empty() {
                style = self.sheet.style_of(&String::from_utf8_lossy(value));
            }
            true
        });
        style.push(';');
        style.push_str(&inline);
        style
    }

    /// A `<div>`: a table's part when its style lays it out as one
    /// ([`super::css`]), else a block.
    fn start_div(&mut self, attrs: &str) {
        let kind = self.box_kind(attrs);
        self.open_box(kind, false);
    }

    /// What an element with attributes `attrs` is to the table model, by
    /// its style ([`Html::layout_style`]). Inside a `<table>`, a block of
    /// its cell, however styled (a cell's content centred by
    /// `display:table`).
    fn box_kind(&self, attrs: &str) -> DivKind {
        if self.in_html_table() {
            return DivKind::Plain;
        }
        let parent = self.divs.last().map(|d| d.0);
        div_kind(
            &self.layout_style(attrs, true),
            parent,
            self.limits.max_span,
        )
    }

    /// Opens a `<div>` (or a `<span>`, `span`) of kind `kind`.
    fn open_box(&mut self, mut kind: DivKind, span: bool) {
        match kind {
            DivKind::Table | DivKind::Grid(_) => {
                let before = self.tables.len();
                self.open_table(false);
                let opened = self.tables.len() > before;
                match self.tables.last_mut() {
                    Some(t) if opened => {
                        t.of_divs = true;
                        if let DivKind::Grid(n) = kind {
                            t.grid = Some(GridFlow::new(n));
                        }
                    }
                    // Past the depth limit: a block.
                    _ => kind = DivKind::Plain,
                }
            }
            DivKind::Row => self.start_tag(Tag::Tr, ""),
            DivKind::Cell => self.start_tag(Tag::Cell, ""),
            DivKind::GridCell(place) => self.grid_cell(place),
            DivKind::Plain => self.start_tag(Tag::Block, ""),
        }
        self.divs.push((kind, span));
    }

    /// A grid's cell, placed where [`GridFlow`] puts it: rows wholly
    /// covered from above and places left empty before it as empty rows
    /// and blank cells, so that the spans expand as the grid shows them.
    fn grid_cell(&mut self, place: Place) {
        let at = self.loc();
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let Some(g) = t.grid.as_mut() else {
            return;
        };
        if place.fixed {
            t.unplaced = true;
        }
        let p = g.place(place.col, place.cols, place.rows);
        if p.new_rows > 0 {
            close_cell(t);
            t.in_row = false;
            for _ in 1..p.new_rows {
                t.rows.push(Vec::new());
                t.row_locs.push(at);
            }
        }
        for _ in 0..p.skipped {
            self.open_cell(1, 1);
        }
        self.open_cell(place.rows, place.cols);
    }

    /// A `</div>`: ends what its `<div>` began.
    fn end_div(&mut self) {
        match self.divs.pop().map(|d| d.0) {
            Some(DivKind::Table | DivKind::Grid(_)) => self.end_tag(Tag::Table),
            Some(DivKind::Row) => self.end_tag(Tag::Tr),
            Some(DivKind::Cell | DivKind::GridCell(..)) => self.end_tag(Tag::Cell),
            Some(DivKind::Plain) | None => self.end_tag(Tag::Block),
        }
    }

    fn skip_to_gt(&mut self, from: usize) {
        let bytes = self.src.as_bytes();
        let end = memchr(b'>', &bytes[from..]).map_or(bytes.len(), |e| from + e + 1);
        self.advance(end);
    }

    fn start_tag(&mut self, tag: Tag, attrs: &str) {
        match tag {
            Tag::Table => self.open_table(is_dataframe(attrs)),
            Tag::Tr => {
                if let Some(t) = self.tables.last_mut() {
                    close_cell(t);
                    t.in_row = false;
                }
                self.start_row();
            }
            Tag::Cell => {
                if self.tables.is_empty() {
                    return;
                }
                let (rowspan, colspan) = spans(attrs, self.limits.max_span);
                if let (Some(row), Some(t)) = (named_row(attrs), self.tables.last_mut()) {
                    if t.named_row.is_some_and(|r| r != row) {
                        close_cell(t);
                        t.in_row = false;
                    }
                    t.named_row = Some(row);
                }
                self.open_cell(rowspan, colspan);
            }
            Tag::Sup => {
                if let Some(c) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    let after_number = c
                        .text
                        .trim_end()
                        .chars()
                        .next_back()
                        .is_some_and(super::value::is_digit);
                    // After a label's text (`行政事业性收费<sup>注</sup>`,
                    // `…情形）<sup>①</sup>`): a note's mark, in brackets the
                    // label's reading leaves out. Not in a cell that holds a
                    // figure (`1件<sup>①</sup>` reads as before).
                    let after_text =
                        !c.text.trim().is_empty() && !c.text.chars().any(super::value::is_digit);
                    if c.sup.is_none() && after_number {
                        c.text.push('[');
                        c.sup = Some(']');
                    } else if c.sup.is_none() && after_text {
                        c.text.push('（');
                        c.sup = Some('）');
                    }
                }
            }
            // The first title is the page's; a later one (DocBook's
            // section titles) is a line of its own.
            Tag::Title if self.title.trim().is_empty() => self.in_title = true,
            Tag::Title => self.newline(),
            Tag::Input => {
                if let Some(v) = input_value(attrs) {
                    self.put_text(&v);
                }
            }
            Tag::Block => self.newline(),
            Tag::Group(g) => self.mark_group(g),
            Tag::Raw | Tag::Other => {}
        }
    }

    /// Rows from here on are in row group `g` of the innermost table. A
    /// table's first `<thead>` and first `<tfoot>` only are shown as its
    /// header and footer; later ones stand where they are, as a body.
    fn mark_group(&mut self, g: u8) {
        if let Some(t) = self.tables.last_mut() {
            close_cell(t);
            t.in_row = false;
            let g = if g != 1 && t.groups.iter().any(|&(_, x)| x == g) {
                1
            } else {
                g
            };
            t.groups.push((t.rows.len(), g));
        }
    }

    /// Opens a cell of the innermost table.
    fn open_cell(&mut self, rowspan: u32, colspan: u32) {
        let at = self.loc();
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        close_cell(t);
        if !t.in_row {
            t.rows.push(Vec::new());
            t.row_locs.push(at);
            t.in_row = true;
        }
        t.cell = Some(RawCell {
            text: String::new(),
            rowspan,
            colspan,
            loc: at,
            sup: None,
        });
    }

    fn end_tag(&mut self, tag: Tag) {
        match tag {
            Tag::Table => {
                if !self.tables.is_empty() {
                    self.close_table();
                }
            }
            Tag::Tr => {
                if let Some(t) = self.tables.last_mut() {
                    close_cell(t);
                    t.in_row = false;
                }
            }
            Tag::Cell => {
                if let Some(t) = self.tables.last_mut() {
                    close_cell(t);
                }
            }
            Tag::Title if self.in_title => self.in_title = false,
            Tag::Title => self.newline(),
            Tag::Sup => {
                if let Some(c) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    if let Some(close) = c.sup.take() {
                        c.text.push(close);
                    }
                }
            }
            Tag::Block => self.newline(),
            Tag::Group(_) => self.mark_group(1),
            Tag::Raw | Tag::Input | Tag::Other => {}
        }
    }

    fn start_row(&mut self) {
        let at = self.loc();
        if let Some(t) = self.tables.last_mut() {
            t.rows.push(Vec::new());
            t.row_locs.push(at);
            t.in_row = true;
        }
    }

    /// A line break: in a cell, a `\n` in its text; in prose, a new line.
    fn newline(&mut self) {
        if let Some(t) = self.tables.last_mut() {
            if let Some(c) = t.cell.as_mut() {
                if !c.text.ends_with('\n') && !c.text.is_empty() {
                    c.text.push('\n');
                }
            }
            return;
        }
        self.end_prose();
    }

    fn end_prose(&mut self) {
        if self.prose.is_empty() {
            return;
        }
        // The buffer keeps its capacity for the next line; the line gets
        // an allocation of its own size.
        let line = if is_collapsed(&self.prose) {
            self.prose.as_str().to_owned()
        } else {
            collapse(&self.prose)
        };
        self.prose.clear();
        if !line.is_empty() && self.doc.blocks.len() >= self.limits.max_lines {
            if !self.lines_note {
                self.lines_note = true;
                let at = self.loc();
                self.doc.notes.push(ParseNote {
                    code: "input.limit",
                    loc: at,
                    message: format!(
                        "more than {} lines; the rest were skipped",
                        self.limits.max_lines
                    ),
                });
            }
            return;
        }
        if !line.is_empty() {
            let at = Loc {
                line: self.prose_line,
                ..Loc::default()
            };
            self.emit(Block::Line {
                text: line,
                loc: at,
            });
        }
    }

    /// Places a finished block: into the enclosing table's events, or the
    /// document.
    fn emit(&mut self, b: Block) {
        match self.tables.last_mut() {
            Some(t) => t.events.push(Event::Block(b)),
            None => self.doc.blocks.push(b),
        }
    }

    /// Text between `from` and `to`.
    fn text(&mut self, from: usize, to: usize) {
        let src = self.src;
        self.put_text(&src[from..to]);
    }

    /// Text, as it stands in the page (character references not yet
    /// decoded).
    fn put_text(&mut self, raw: &str) {
        if raw.trim().is_empty() && !raw.contains('\u{3000}') {
            // Whitespace between tags: a separator at most.
            if let Some(c) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                if !c.text.is_empty() && !c.text.ends_with([' ', '\n']) {
                    c.text.push(' ');
                }
            } else if self.tables.is_empty() && !self.prose.is_empty() {
                // A line break in the source stays one inside the line.
                self.prose.push(if raw.contains('\n') { '\n' } else { ' ' });
            }
            return;
        }
        let decoded = if raw.contains('&') {
            super::entities::decode(raw)
        } else {
            std::borrow::Cow::Borrowed(raw)
        };
        if self.in_title {
            self.title.push_str(&decoded);
            return;
        }
        // Text in a table but outside its cells is placed by line.
        let at = if self.tables.last().is_some_and(|t| t.cell.is_none()) {
            self.loc()
        } else {
            Loc::default()
        };
        match self.tables.last_mut() {
            Some(t) => {
                if let Some(c) = t.cell.as_mut() {
                    push_capped(&mut c.text, &decoded, 1 << 16);
                } else if !t.rows.is_empty() || !decoded.trim().is_empty() {
                    // Text inside a table but outside any cell (a caption,
                    // tag soup): keep it as prose of the table.
                    let s = collapse(&decoded);
                    if !s.is_empty() {
                        t.events.push(Event::Text(s, at));
                    }
                }
            }
            None => {
                if self.prose.is_empty() {
                    self.prose_line = self.line();
                }
                push_capped(&mut self.prose, &decoded, 1 << 20);
            }
        }
    }

    fn open_table(&mut self, dataframe: bool) {
        self.end_prose();
        if self.tables.len() >= self.limits.max_depth.min(64) {
            if !self.depth_note {
                self.depth_note = true;
                let at = self.loc();
                self.doc.notes.push(ParseNote {
                    code: "input.limit",
                    loc: at,
                    message: format!(
                        "tables nested deeper than {}; inner ones flattened",
                        self.tables.len()
                    ),
                });
            }
            return;
        }
        self.n_tables += 1;
        let at = self.loc();
        let number = self.n_tables;
        let skipped = number as usize > self.limits.max_tables;
        if let Some(parent) = self.tables.last_mut() {
            parent.nested = true;
            // Text of the open cell so far comes before the inner table.
            if let Some(c) = parent.cell.as_mut() {
                let s = collapse(&std::mem::take(&mut c.text));
                if !s.is_empty() {
                    parent.events.push(Event::Text(s, c.loc));
                }
            }
        }
        self.tables.push(TableBuilder {
            rows: Vec::new(),
            row_locs: Vec::new(),
            in_row: false,
            cell: None,
            nested: false,
            events: Vec::new(),
            loc: Loc {
                table: number,
                ..at
            },
            number,
            skipped,
            dataframe,
            grid: None,
            of_divs: false,
            unplaced: false,
            groups: Vec::new(),
            named_row: None,
        });
    }

    fn close_table(&mut self) {
        let Some(mut t) = self.tables.pop() else {
            return;
        };
        close_cell(&mut t);
        // A table with no cells (a `<div>` styled as one to wrap text),
        // or a grid whose cells named their rows: its text, as lines.
        let blocks = if t.nested || t.rows.is_empty() || t.unplaced {
            flatten(t)
        } else if t.skipped {
            if t.number as usize == self.limits.max_tables + 1 {
                self.doc.notes.push(ParseNote {
                    code: "input.limit",
                    loc: t.loc,
                    message: format!(
                        "more than {} tables; the rest were skipped",
                        self.limits.max_tables
                    ),
                });
            }
            Vec::new()
        } else {
            let dataframe = t.dataframe;
            in_group_order(&mut t);
            let (mut grid, cut) = expand(t, self.limits, &mut self.cells_total);
            self.framed |= grid.drop_index_column(self.framed || dataframe);
            if let Some(msg) = cut {
                self.doc.notes.push(ParseNote {
                    code: "input.limit",
                    loc: grid.loc,
                    message: msg,
                });
            }
            if grid.rows.is_empty() {
                Vec::new()
            } else {
                vec![Block::Table(grid)]
            }
        };
        for b in blocks {
            self.emit(b);
        }
    }
}

/// A table's rows in the order a browser shows them: its first
/// `<thead>`'s first, its first `<tfoot>`'s last, whatever their order in
/// the source (HTML 4 put `<tfoot>` before `<tbody>`). Rows are moved only
/// when some stand out of that order.
fn in_group_order(t: &mut TableBuilder) {
    if t.groups.is_empty() {
        return;
    }
    let mut group = vec![1u8; t.rows.len()];
    for (k, &(from, g)) in t.groups.iter().enumerate() {
        let to = t.groups.get(k + 1).map_or(t.rows.len(), |n| n.0);
        for x in group.iter_mut().take(to).skip(from) {
            *x = g;
        }
    }
    if group.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    // A stable sort: each group's rows keep their order.
    let rows = std::mem::take(&mut t.rows);
    let locs = std::mem::take(&mut t.row_locs);
    let mut keyed: Vec<(u8, (Vec<RawCell>, Loc))> =
        group.into_iter().zip(rows.into_iter().zip(locs)).collect();
    keyed.sort_by_key(|k| k.0);
    (t.rows, t.row_locs) = keyed.into_iter().map(|(_, r)| r).unzip();
}

fn close_cell(t: &mut TableBuilder) {
    if let Some(c) = t.cell.take() {
        if !t.in_row || t.rows.is_empty() {
            t.rows.push(Vec::new());
            t.row_locs.push(c.loc);
            t.in_row = true;
        }
        let r = t.rows.len() - 1;
        let row = &mut t.rows[r];
        row.push(RawCell {
            text: collapse_owned(c.text),
            ..c
        });
        t.events.push(Event::Cell(r, row.len() - 1));
    }
}

/// A layout table's content as prose lines around its inner tables.
fn flatten(t: TableBuilder) -> Vec<Block> {
    let mut out = Vec::new();
    let push_text = |out: &mut Vec<Block>, s: &str, at: Loc| {
        for l in s.split('\n') {
            let l = l.trim();
            if !l.is_empty() {
                out.push(Block::Line {
                    text: l.to_string(),
                    loc: Loc {
                        table: 0,
                        row: 0,
                        cell: 0,
                        ..at
                    },
                });
            }
        }
    };
    for e in t.events {
        match e {
            Event::Cell(r, c) => {
                if let Some(cell) = t.rows.get(r).and_then(|row| row.get(c)) {
                    push_text(&mut out, &cell.text, cell.loc);
                }
            }
            Event::Text(s, at) => push_text(&mut out, &s, at),
            Event::Block(b) => out.push(b),
        }
    }
    out
}

/// Expands spans: every source cell once per row it covers, `from_above`
/// below its first row. Returns a message when a limit cut the grid.
fn expand(t: TableBuilder, limits: &Limits, total: &mut usize) -> (Grid, Option<String>) {
    let mut grid = Grid {
        rows: Vec::with_capacity(t.rows.len()),
        loc: t.loc,
    };
    let n_rows = t.rows.len();
    // Per grid column: (rows still covered, text, colspan, loc) of a span.
    let mut pending: Vec<Option<(usize, String, u32, Loc)>> = Vec::new();
    let mut cut = None;
    let mut wide = None;
    for (r, row) in t.rows.into_iter().enumerate() {
        let row_loc = Loc {
            table: t.number,
            row: r as u32 + 1,
            cell: 0,
            line: t.row_locs.get(r).map_or(0, |l| l.line),
        };
        let mut out = GridRow {
            cells: Vec::with_capacity(row.len()),
            loc: row_loc,
        };
        let mut col = 0usize;
        let mut own = row.into_iter().enumerate().peekable();
        loop {
            if *total >= limits.max_grid_cells {
                cut = Some(format!(
                    "table {} has more than {} cells; the rest were skipped",
                    t.number, limits.max_grid_cells
                ));
                break;
            }
            if let Some(Some((left, text, span, at))) = pending.get_mut(col) {
                out.cells.push(Cell {
                    text: text.clone(),
                    from_above: true,
                    colspan: *span,
                    loc: *at,
                    pos: Default::default(),
                });
                *total += 1;
                let step = (*span).max(1) as usize;
                *left -= 1;
                if *left == 0 {
                    pending[col] = None;
                }
                col += step;
                continue;
            }
            if col > 4096 {
                // Wider than any real table: the rest of the row is noise.
                if own.peek().is_some() && wide.is_none() {
                    wide = Some(format!(
                        "table {} has a row wider than 4096 columns; the rest of the row was skipped",
                        t.number
                    ));
                }
                break;
            }
            let Some((k, c)) = own.next() else {
                // Spans still pending to the right of the last own cell.
                match pending.iter().skip(col).position(Option::is_some) {
                    Some(d) => {
                        col += d;
                        continue;
                    }
                    None => break,
                }
            };
            let rowspan = (c.rowspan as usize).min(n_rows - r).max(1);
            let colspan = c.colspan.max(1);
            let at = Loc {
                table: t.number,
                row: r as u32 + 1,
                cell: k as u32 + 1,
                line: c.loc.line,
            };
            if rowspan > 1 {
                if pending.len() <= col {
                    pending.resize_with(col + 1, || None);
                }
                pending[col] = Some((rowspan - 1, c.text.clone(), colspan, at));
            }
            out.cells.push(Cell {
                text: c.text,
                from_above: false,
                colspan,
                loc: at,
                pos: Default::default(),
            });
            *total += 1;
            col += colspan as usize;
        }
        grid.rows.push(out);
        if cut.is_some() {
            break;
        }
    }
    (grid, cut.or(wide))
}

/// Appends as much of `s` as fits in `cap` bytes (at a char boundary):
/// one huge text node must not make a huge cell or line.
fn push_capped(dst: &mut String, s: &str, cap: usize) {
    let room = cap.saturating_sub(dst.len());
    if s.len() <= room {
        dst.push_str(s);
        return;
    }
    let mut cut = room;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    dst.push_str(&s[..cut]);
}

/// Collapses runs of whitespace to one space per line, keeps `\n`, trims.
/// [`collapse`], keeping the string itself when there is nothing to
/// collapse (most cells: "0", "规章"), which saves an allocation a cell.
fn collapse_owned(s: String) -> String {
    if is_collapsed(&s) {
        s
    } else {
        collapse(&s)
    }
}

/// Whether [`collapse`] would leave `s` as it is: no space at either
/// end, no two spaces together, no other whitespace. One pass over the
/// bytes; only the lead bytes of non-ASCII whitespace (U+0085, U+00A0,
/// U+1680, U+2000–U+205F, U+3000) get their character decoded.
fn is_collapsed(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b' ' if prev_space => return false,
            b' ' => {
                prev_space = true;
                continue;
            }
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => return false,
            0xC2 | 0xE1 | 0xE2 | 0xE3 if s[i..].chars().next().is_some_and(char::is_whitespace) => {
                return false;
            }
            _ => {}
        }
        prev_space = false;
    }
    true
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        let mut words = line
            .split(|c: char| c.is_whitespace() && c != '\u{3000}')
            .filter(|w| !w.is_empty());
        let mut first = true;
        if i > 0 && !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        for w in words.by_ref() {
            if !first {
                out.push(' ');
            }
            out.push_str(w.trim_matches('\u{3000}'));
            first = false;
        }
    }
    out.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .to_string()
}

/// The tag name starting at `from`, and the byte after it.
fn tag_name(src: &str, from: usize) -> (&str, usize) {
    let bytes = src.as_bytes();
    let mut end = from;
    while end < bytes.len()
        && (bytes[end].is_ascii_alphanumeric() || matches!(bytes[end], b':' | b'-' | b'_'))
    {
        end += 1;
    }
    (&src[from..end], end)
}

/// The byte after the `>` that ends a tag whose attributes start at
/// `from`, skipping quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    // The bytes that matter outside a quoted value.
    const SPECIAL: [bool; 256] = {
        let mut t = [false; 256];
        t[b'"' as usize] = true;
        t[b'\'' as usize] = true;
        t[b'>' as usize] = true;
        t[b'<' as usize] = true;
        t
    };
    let mut i = from;
    while i < bytes.len() {
        // Tight scans: attribute text up to the next special byte, and a
        // quoted value up to its closing quote.
        while i < bytes.len() && !SPECIAL[usize::from(bytes[i])] {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        match b {
            b'>' => return i + 1,
            // A tag never closed: stop before the next one.
            b'<' if i > from => return i,
            b'<' => {}
            // Only a quote that opens an attribute value counts.
            _ if i > 0 && bytes[i - 1] == b'=' => {
                match bytes[i + 1..].iter().position(|&c| c == b) {
                    Some(k) => i += k + 1,
                    None => return bytes.len(),
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The end of a comment opened before `from`: the byte after its `-->`.
fn comment_end(hay: &[u8], from: usize) -> Option<usize> {
    static FINDER: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let f = FINDER.get_or_init(|| memchr::memmem::Finder::new(b"-->"));
    let rest = hay.get(from..)?;
    f.find(rest).map(|i| from + i + 3)
}

/// Elements whose text is struck out of the document (HTML's deleted
/// text, and the strike-through of older pages).
pub(crate) const STRUCK: [&str; 3] = ["del", "s", "strike"];

/// The parts of a `<ruby>` that gloss its text (the reading, the
/// brackets around it for browsers without ruby): not the text.
pub(crate) const RUBY_GLOSS: [&str; 2] = ["rt", "rp"];

/// Inline elements a page's style may hide, whose end tag HTML never
/// leaves out (so the end of a hidden one is found by counting).
const HIDEABLE: [&str; 11] = [
    "span", "font", "label", "em", "i", "b", "strong", "small", "a", "sup", "sub",
];

/// Tags a hidden inline element does not reach past: a browser ends it
/// with its cell, row, table or paragraph.
const HIDDEN_STOPS: [&[u8]; 8] = [b"td", b"th", b"tr", b"table", b"p", b"div", b"li", b"body"];

/// How far the end of a hidden element is looked for: a name hidden in a
/// cell is short; an element never closed is not looked for to the end
/// of the page at every such tag.
const HIDDEN_REACH: usize = 4096;

/// Whether the tag name at byte `start` of `bytes` is `word` (any case),
/// ended by a space, `>` or `/`.
fn tag_named(bytes: &[u8], start: usize, word: &[u8]) -> bool {
    bytes
        .get(start..start + word.len())
        .is_some_and(|t| t.eq_ignore_ascii_case(word))
        && bytes
            .get(start + word.len())
            .is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'>' | b'/'))
}

/// Where a ruby's reading or bracket whose start tag ends at `from` ends
/// (HTML may leave its end tag out): after its `</rt>` or `</rp>`, or
/// before the next `<rt>`, `<rp>`, `</ruby>` or the end of its cell, row
/// or paragraph; `None` when none is within reach.
fn gloss_end(bytes: &[u8], from: usize) -> Option<usize> {
    let limit = bytes.len().min(from.saturating_add(HIDDEN_REACH));
    let bytes = &bytes[..limit];
    let named_at = |start: usize, word: &[u8]| tag_named(bytes, start, word);
    let mut i = from;
    while let Some(off) = memchr(b'<', bytes.get(i..)?) {
        let at = i + off;
        let end = bytes.get(at + 1) == Some(&b'/');
        let start = at + 1 + usize::from(end);
        let gloss = named_at(start, b"rt") || named_at(start, b"rp");
        if end && gloss {
            let close = tag_end(bytes, start + 2);
            return (close > 0 && bytes.get(close - 1) == Some(&b'>')).then_some(close);
        }
        // Ended, its end tag left out, by the next reading or bracket,
        // by its ruby's end, or by its cell's, row's or paragraph's.
        if !end && gloss
            || end && named_at(start, b"ruby")
            || HIDDEN_STOPS.iter().any(|w| named_at(start, w))
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The end of the end tag that closes an inline element named `name`
/// whose start tag ends at `from`, elements of its name inside it
/// counted; `None` when it is not closed before a cell, row, table or
/// paragraph starts or ends ([`HIDDEN_STOPS`]), before another `<a>`
/// inside an `<a>`, or within [`HIDDEN_REACH`] bytes.
fn find_matching_end(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let n = name.len();
    let mut depth = 0usize;
    let mut i = from;
    let limit = bytes.len().min(from.saturating_add(HIDDEN_REACH));
    let bytes = &bytes[..limit];
    let named_at = |start: usize, word: &[u8]| tag_named(bytes, start, word);
    while let Some(off) = memchr(b'<', bytes.get(i..)?) {
        let at = i + off;
        let start = at + 1 + usize::from(bytes.get(at + 1) == Some(&b'/'));
        if HIDDEN_STOPS.iter().any(|w| named_at(start, w)) {
            return None;
        }
        let end = bytes.get(at + 1) == Some(&b'/');
        if named_at(start, name.as_bytes()) {
            // An `<a>` inside an `<a>` ends the first.
            if !end && name.eq_ignore_ascii_case("a") {
                return None;
            }
            let close = tag_end(bytes, start + n);
            if end {
                if depth == 0 {
                    // Its `>` within reach.
                    return (bytes[close - 1] == b'>').then_some(close);
                }
                depth -= 1;
            } else if close < 2 || bytes[close - 2] != b'/' {
                depth += 1;
            }
            i = close.max(at + 1);
        } else {
            i = at + 1;
        }
    }
    None
}

/// Finds `</name` (any case) at or after `from`; returns the byte after
/// its `>`.
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr(b'<', bytes.get(i..)?) {
        let at = i + off;
        if bytes.get(at + 1) == Some(&b'/') {
            let n = &bytes[at + 2..];
            if n.len() >= name.len() && n[..name.len()].eq_ignore_ascii_case(name.as_bytes()) {
                return Some(tag_end(bytes, at + 2 + name.len()));
            }
        }
        i = at + 1;
    }
    None
}

/// The `rowspan` and `colspan` of a cell's attribute text, each clamped
/// to `1..=max` (1 when absent or unreadable; see [`span_value`]): HTML's,
/// OpenDocument's, DocBook's (CALS), TEI's (`rows`, `cols`) and ICML's
/// (`RowSpan`, `ColumnSpan`).
///
/// Attributes are read as the HTML tokenizer reads them: a name runs to
/// whitespace, `/` or `=`; a value is quoted or runs to whitespace; the
/// first of two attributes with one name counts. So `data-rowspan="3"`, a
/// name with a damaged byte before it, or `rowspan=3` inside another
/// attribute's quoted value is not a span.
fn spans(attrs: &str, max: usize) -> (u32, u32) {
    let (mut rowspan, mut colspan) = (None, None);
    // DocBook's (CALS) spans: `morerows="2"` (rows below), `namest="c2"
    // nameend="c4"` (columns named by their numbers).
    let (mut from, mut to) = (None, None);
    let trailing = |v: &[u8]| -> Option<u32> {
        let k = v
            .iter()
            .rposition(|b| !b.is_ascii_digit())
            .map_or(0, |k| k + 1);
        std::str::from_utf8(&v[k..]).ok()?.parse().ok()
    };
    each_attr(attrs, |name, value| {
        if name.eq_ignore_ascii_case(b"morerows") {
            let below = trailing(value.trim_ascii()).unwrap_or(0);
            rowspan = Some(below.saturating_add(1).min(max.max(1) as u32));
            return true;
        }
        if name.eq_ignore_ascii_case(b"namest") {
            from = trailing(value);
        } else if name.eq_ignore_ascii_case(b"nameend") {
            to = trailing(value);
        }
        // TEI's `rows` and `cols` (an HTML cell has no attributes of
        // these names: they are a `<textarea>`'s and a `<frameset>`'s).
        let slot = if name.eq_ignore_ascii_case(b"rowspan")
            || name.eq_ignore_ascii_case(b"table:number-rows-spanned")
            || name.eq_ignore_ascii_case(b"rows")
        {
            &mut rowspan
        } else if name.eq_ignore_ascii_case(b"colspan")
            || name.eq_ignore_ascii_case(b"table:number-columns-spanned")
            || name.eq_ignore_ascii_case(b"cols")
            || name.eq_ignore_ascii_case(b"columnspan")
        {
            &mut colspan
        } else {
            return true;
        };
        if slot.is_none() {
            *slot = Some(span_value(value, max));
        }
        true
    });
    if let (None, Some(a), Some(b)) = (colspan, from, to) {
        if b > a {
            colspan = Some((b - a + 1).min(max.max(1) as u32));
        }
    }
    (rowspan.unwrap_or(1), colspan.unwrap_or(1))
}

/// The row of a cell named `column:row` (ICML's `<Cell Name="2:5">`).
fn named_row(attrs: &str) -> Option<u32> {
    let mut row = None;
    each_attr(attrs, |name, value| {
        if name.eq_ignore_ascii_case(b"name") {
            row = std::str::from_utf8(value)
                .ok()
                .and_then(|v| v.split_once(':'))
                .filter(|(c, _)| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|(_, r)| r.parse().ok());
            return false;
        }
        true
    });
    row
}

/// Calls `f` with each attribute's name and value (raw bytes, quotes
/// taken off) in a tag's attribute text, until it returns false.
fn each_attr(attrs: &str, mut f: impl FnMut(&[u8], &[u8]) -> bool) {
    let b = attrs.as_bytes();
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0c);
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (ws(b[i]) || b[i] == b'/') {
            i += 1;
        }
        // The name (a leading `=` belongs to it).
        let name_start = i;
        i += 1;
        while i < b.len() && !ws(b[i]) && !matches!(b[i], b'/' | b'=') {
            i += 1;
        }
        let name = &b[name_start.min(b.len())..i.min(b.len())];
        while i < b.len() && ws(b[i]) {
            i += 1;
        }
        let mut value = &b[0..0];
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && ws(b[i]) {
                i += 1;
            }
            match b.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let end = memchr(q, &b[i + 1..]).map_or(b.len(), |e| i + 1 + e);
                    value = &b[i + 1..end];
                    i = end + 1;
                }
                _ => {
                    let start = i;
                    while i < b.len() && !ws(b[i]) {
                        i += 1;
                    }
                    value = &b[start..i];
                }
            }
        }
        if !name.is_empty() && !f(name, value) {
            return;
        }
    }
}

/// The text a form field shows (`<input type="text" value="278"
/// readonly>`: a filing system's report preview): its `value`, for a
/// field that shows one (not hidden, a box to tick or a button).
fn input_value(attrs: &str) -> Option<String> {
    let (mut kind, mut value) = (None, None);
    each_attr(attrs, |name, v| {
        if name.eq_ignore_ascii_case(b"type") {
            kind = Some(String::from_utf8_lossy(v).to_ascii_lowercase());
        } else if name.eq_ignore_ascii_case(b"value") {
            value = Some(String::from_utf8_lossy(v).into_owned());
        }
        true
    });
    let shown = kind
        .as_deref()
        .is_none_or(|k| matches!(k, "text" | "number" | "tel" | ""));
    value.filter(|_| shown)
}

/// A span value: its leading digits (at most 12, after spaces and quotes),
/// clamped to `1..=max`; anything unreadable is 1.
fn span_value(v: &[u8], max: usize) -> u32 {
    let mut i = 0;
    while i < v.len() && matches!(v[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0c | b'"' | b'\'') {
        i += 1;
    }
    let mut n: u64 = 0;
    let mut digits = 0;
    while i < v.len() && v[i].is_ascii_digit() && digits < 12 {
        n = n * 10 + u64::from(v[i] - b'0');
        digits += 1;
        i += 1;
    }
    if digits == 0 {
        return 1;
    }
    n.clamp(1, max.max(1) as u64) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An XHTML page's `<title/>` (Tika's output) is an empty title, not
    /// one that takes in the rest of the page.
    #[test]
    fn self_closed_title_is_empty() {
        let page = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title/><script/></head><body><p>一、总体情况</p><table><tr><td>规章</td><td>3</td></tr></table></body></html>";
        let doc = parse(page, &Limits::default());
        assert_eq!(grid_texts(&doc)[0][0][1].0, "3");
        assert!(doc.title.as_deref().unwrap_or("").is_empty());
    }

    /// A corrected cell (`<del>55</del><ins>57</ins>`, `<s>`, `<strike>`)
    /// reads as the figure that stands; a strike not closed in its cell
    /// strikes nothing (the cell and the next are read).
    #[test]
    fn struck_out_text_is_not_read() {
        let page = "<table><tr><td>一、本年新收</td><td><del cite=\"#gz\" datetime=\"2025-02-10\">55</del><ins>57</ins></td><td><S>1</S>2</td><td><strike>9</strike>8</td><td><s>3</td><td>4</td></tr></table>";
        let doc = parse(page, &Limits::default());
        let cells: Vec<String> = grid_texts(&doc)[0][0].iter().map(|c| c.0.clone()).collect();
        assert_eq!(cells, ["一、本年新收", "57", "2", "8", "3", "4"]);
    }

    /// A ruby's reading and brackets are not read, their end tags
    /// written (round 29's 04) or left out, as HTML allows.
    #[test]
    fn ruby_readings_are_not_read() {
        let page = "<table><tr><td><ruby>本<rp>(</rp><rt>běn</rt><rp>)</rp></ruby><ruby>年<rt>nián</ruby>新收</td><td><ruby>规<rt>guī<rt>x</ruby>章</td><td>7</td></tr></table>";
        let doc = parse(page, &Limits::default());
        let cells: Vec<String> = grid_texts(&doc)[0][0].iter().map(|c| c.0.clone()).collect();
        assert_eq!(cells, ["本年新收", "规章", "7"]);
    }

    /// A superscript after a number in a cell is a footnote's mark, kept
    /// apart from the number; after a label's text, bracketed so that the
    /// label reads (`行政许可（注）`); in prose its text runs on as before.
    #[test]
    fn superscripts_after_numbers() {
        let page = "<table><tr><td>行政许可<sup>注</sup></td><td>4817<sup>1</sup></td><td>12 <sup>②</sup></td></tr></table><p>m<sup>2</sup></p>";
        let doc = parse(page, &Limits::default());
        let cells: Vec<String> = grid_texts(&doc)[0][0].iter().map(|c| c.0.clone()).collect();
        assert_eq!(cells, ["行政许可（注）", "4817[1]", "12 [②]"]);
        assert_eq!(
            crate::extract::label::Label::new(&cells[0]).core,
            "行政许可"
        );
        assert_eq!(crate::parse::value::number("4817[1]"), Some(4817.0));
    }

    /// An article stored escaped (`&lt;table&gt;` on the page) reads as
    /// markup, its lines where the file has them; a page that only
    /// mentions a tag in its text is left as it is.
    #[test]
    fn article_escaped_once_more() {
        let page = "<html><body><div>&#26469;源 &gt; 年报</div>\n<div class=\"TRS_Editor\">&lt;p&gt;一、总体情况&lt;/p&gt;\n&lt;p&gt;全年收到申请3件。&lt;/p&gt;\n&lt;table border=&quot;1&quot;&gt;&lt;tr&gt;&lt;td&gt;行政许可&lt;/td&gt;&lt;td&gt;12&lt;/td&gt;&lt;/tr&gt;\n&lt;tr&gt;&lt;td&gt;行政处罚&lt;/td&gt;&lt;td&gt;&amp;nbsp;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</div></body></html>";
        let doc = parse(page, &Limits::default());
        let grids = grid_texts(&doc);
        assert_eq!(grids.len(), 1, "{:?}", doc.blocks);
        let texts: Vec<Vec<String>> = grids[0]
            .iter()
            .map(|r| r.iter().map(|c| c.0.clone()).collect())
            .collect();
        assert_eq!(texts, vec![vec!["行政许可", "12"], vec!["行政处罚", ""]]);
        let Some(Block::Table(g)) = doc.blocks.iter().find(|b| matches!(b, Block::Table(_))) else {
            unreachable!()
        };
        assert_eq!(g.rows[1].loc.line, 5);
        // An escaped copy in an attribute (a hidden input) is no article.
        let hidden = format!(
            "<p>正文</p><input type=\"hidden\" value=\"{}\">",
            "&lt;table&gt;&lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;".repeat(3)
        );
        assert!(unescape_markup(&hidden).is_none());
        // Escaped tags with no end: looked at once each (a page of them
        // took seconds when each looked for its end to the page's end).
        let endless = format!("<p>{}</p>", "&lt;p x".repeat(100_000));
        assert!(unescape_markup(&endless).is_none());
        // A few escaped tags in prose about markup: not an article.
        let prose = "<p>用 &lt;table&gt; 与 &lt;td&gt; 排版。</p>";
        assert!(unescape_markup(prose).is_none());
        assert_eq!(parse(prose, &Limits::default()).blocks.len(), 1);
    }

    fn grid_texts(doc: &Document) -> Vec<Vec<Vec<(String, bool)>>> {
        doc.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(g) => Some(
                    g.rows
                        .iter()
                        .map(|r| {
                            r.cells
                                .iter()
                                .map(|c| (c.text.clone(), c.from_above))
                                .collect()
                        })
                        .collect(),
                ),
                Block::Line { .. } => None,
            })
            .collect()
    }

    #[test]
    fn form_fields_read_as_the_values_they_show() {
        let html = r#"<p>填报单位：<input type="text" class="form-control" value="吉首市民政局" readonly></p>
            <input type="hidden" name="id" value="20873"><input type=checkbox value=1 checked>
            <textarea readonly>2020年，全年主动公开政府信息1,128条。</textarea>
            <table><tr><td>规章</td><td><input type="text" value="0"></td><td><input value="&#51;"></td></tr></table>"#;
        let d = parse(html, &Limits::default());
        let lines: Vec<&str> = d.lines().map(|(t, _)| t).collect();
        assert_eq!(
            lines,
            [
                "填报单位：吉首市民政局",
                "2020年，全年主动公开政府信息1,128条。"
            ]
        );
        let g = grid_texts(&d);
        let cells: Vec<&str> = g[0][0].iter().map(|c| c.0.as_str()).collect();
        assert_eq!(cells, ["规章", "0", "3"]);
    }

    /// TEI's tables (pandoc's `-t tei`): `<row>`s of `<cell>`s, spans in
    /// `cols` and `rows`, a cell's text in `<p>`s, `<lb/>` a line break.
    #[test]
    fn tei_tables_are_grids() {
        let tei = r#"<p>一、总体情况<lb/>全年收到申请3件。</p>
<table>
  <row role="label">
    <cell rows="2"><p>（三）不予公开</p></cell>
    <cell cols="2"><p>①属于国家秘密</p></cell>
    <cell><p>0</p></cell>
  </row>
  <row><cell><p>②其他</p></cell><cell></cell><cell><p>6</p></cell></row>
</table>"#;
        let d = parse(tei, &Limits::default());
        let lines: Vec<&str> = d.lines().map(|l| l.0).collect();
        assert_eq!(lines, ["一、总体情况", "全年收到申请3件。"]);
        let Some(Block::Table(g)) = d.blocks.iter().find(|b| matches!(b, Block::Table(_))) else {
            panic!("no table: {:?}", d.blocks);
        };
        let row = |r: usize| -> Vec<(&str, u32, bool)> {
            g.rows[r]
                .cells
                .iter()
                .map(|c| (c.text.as_str(), c.colspan, c.from_above))
                .collect()
        };
        assert_eq!(
            row(0),
            [
                ("（三）不予公开", 1, false),
                ("①属于国家秘密", 2, false),
                ("0", 1, false)
            ]
        );
        assert_eq!(
            row(1),
            [
                ("（三）不予公开", 1, true),
                ("②其他", 1, false),
                ("", 1, false),
                ("6", 1, false)
            ]
        );
    }

    /// InDesign's ICML (pandoc's `-t icml`): cells named `column:row`
    /// in no row element make rows by their names; `ColumnSpan` a span.
    #[test]
    fn icml_cells_make_rows_by_their_names() {
        let icml = r#"<Table ColumnCount="3"><Column Name="0" /><Column Name="1" />
  <Cell Name="0:0" ColumnSpan="2"><Content>第二十条第（一）项</Content></Cell>
  <Cell Name="2:0"></Cell>
  <Cell Name="0:1"><Content>规章</Content></Cell><Cell Name="1:1"><Content>3</Content></Cell>
  <Cell Name="2:1"><Content>4</Content></Cell>
</Table>"#;
        let d = parse(icml, &Limits::default());
        let Some(Block::Table(g)) = d.blocks.iter().find(|b| matches!(b, Block::Table(_))) else {
            panic!("no table: {:?}", d.blocks);
        };
        let rows: Vec<Vec<(&str, u32)>> = g
            .rows
            .iter()
            .map(|r| {
                r.cells
                    .iter()
                    .map(|c| (c.text.as_str(), c.colspan))
                    .collect()
            })
            .collect();
        assert_eq!(
            rows,
            [
                vec![("第二十条第（一）项", 2), ("", 1)],
                vec![("规章", 1), ("3", 1), ("4", 1)]
            ]
        );
    }

    #[test]
    fn docbook_and_word_2003_tables_are_grids() {
        let docbook = r#"<article><title>某局2023年报告</title><section><title>三、收到和处理</title>
            <informaltable><tgroup cols="4"><colspec colname="c1"/><colspec colname="c2"/><colspec colname="c3"/><colspec colname="c4"/><tbody>
            <row><entry morerows="1">（三）不予公开</entry><entry namest="c2" nameend="c3">①属于国家秘密</entry><entry>0</entry></row>
            <row><entry>②其他</entry><entry>5</entry><entry>6</entry></row>
            </tbody></tgroup></informaltable></section></article>"#;
        let d = parse(docbook, &Limits::default());
        assert_eq!(d.title.as_deref(), Some("某局2023年报告"));
        // A later title is a line: a section's heading.
        assert_eq!(d.lines().next().map(|l| l.0), Some("三、收到和处理"));
        let g = grid_texts(&d);
        assert_eq!(g[0][1][0], ("（三）不予公开".to_string(), true));
        let second: Vec<&str> = g[0][1][1..].iter().map(|c| c.0.as_str()).collect();
        assert_eq!(second, ["②其他", "5", "6"]);
        let word = r#"<w:wordDocument><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:wordDocument>"#;
        let d = parse(word, &Limits::default());
        let g = grid_texts(&d);
        let cells: Vec<&str> = g[0][0].iter().map(|c| c.0.as_str()).collect();
        assert_eq!(cells, ["规章", "12"]);
    }

    /// Row groups in the order a browser shows them: `<thead>` first,
    /// `<tfoot>` last, whatever the source's order.
    #[test]
    fn row_groups_are_read_in_the_order_shown() {
        let html = "<table><tfoot><tr><td>（七）总计</td><td>3</td></tr></tfoot>\
            <tbody><tr><td>（一）予以公开</td><td>3</td></tr></tbody>\
            <thead><tr><td>项目</td><td>总计</td></tr></thead></table>";
        let d = parse(html, &Limits::default());
        let g = grid_texts(&d);
        let first: Vec<&str> = g[0].iter().map(|r| r[0].0.as_str()).collect();
        assert_eq!(first, ["项目", "（一）予以公开", "（七）总计"]);
        // A second <thead> is shown where it stands.
        let html = "<table><thead><tr><td>h</td></tr></thead><tbody><tr><td>a</td></tr></tbody>\
            <thead><tr><td>sub</td></tr></thead><tbody><tr><td>b</td></tr></tbody></table>";
        let g = grid_texts(&parse(html, &Limits::default()));
        let first: Vec<&str> = g[0].iter().map(|r| r[0].0.as_str()).collect();
        assert_eq!(first, ["h", "a", "sub", "b"]);
        // In order already, or without groups: as printed.
        let html = "<table><tr><td>b</td></tr><tbody><tr><td>a</td></tr></tbody></table>";
        let g = grid_texts(&parse(html, &Limits::default()));
        let first: Vec<&str> = g[0].iter().map(|r| r[0].0.as_str()).collect();
        assert_eq!(first, ["b", "a"]);
    }

    #[test]
    fn a_dataframes_row_number_is_no_value() {
        // Jupyter's one-row frame: its row number 0 in a <th>.
        let html = r#"<table border="1" class="dataframe"><thead><tr><th></th><th>结果维持</th><th>总计</th></tr></thead>
            <tbody><tr><th>0</th><td>1</td><td>1</td></tr></tbody></table>"#;
        let d = parse(html, &Limits::default());
        let g = grid_texts(&d);
        let texts: Vec<&str> = g[0][1].iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["1", "1"]);
        // The same table of no such class keeps its cells.
        let d = parse(
            &html.replace(" class=\"dataframe\"", ""),
            &Limits::default(),
        );
        let g = grid_texts(&d);
        assert_eq!(g[0][1].len(), 3);
    }

    #[test]
    fn opendocument_flat_xml_tables_are_grids() {
        let fodt = r#"<office:document><office:body><office:text>
            <text:h text:outline-level="2">二、主动公开政府信息情况</text:h>
            <table:table table:name="表格1"><table:table-column table:number-columns-repeated="3"/>
            <table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>第二十条第（一）项</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>
            <table:table-row><table:table-cell><text:p>规范性文件</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell><table:table-cell><text:p>11</text:p></table:table-cell></table:table-row>
            </table:table></office:text></office:body></office:document>"#;
        let d = parse(fodt, &Limits::default());
        assert_eq!(
            d.lines().next().map(|l| l.0),
            Some("二、主动公开政府信息情况")
        );
        let g = grid_texts(&d);
        let texts = |r: usize| g[0][r].iter().map(|c| c.0.clone()).collect::<Vec<_>>();
        assert_eq!(texts(0), ["第二十条第（一）项"]);
        assert_eq!(texts(1), ["规范性文件", "2", "11"]);
    }

    #[test]
    fn a_page_that_wraps_preformatted_text_is_its_text() {
        let body =
            "一、总体情况\n本报告根据《条例》编制，全年主动公开政府信息 1,128 条。\n".repeat(8);
        let page = format!(
            "<html>\n<head><title>年度报告</title></head>\n<body><doc>\n<pre>\n  规章          0     1    &lt;3&gt;\n{body}</pre>\n</doc></body></html>"
        );
        let text = preformatted(&page).unwrap();
        let lines: Vec<&str> = text.split('\n').collect();
        // The lines keep their places in the file.
        assert_eq!(lines[..4], ["", "", "", ""]);
        assert_eq!(lines[4], "  规章          0     1    <3>");
        // A table, a second <pre>, or much text outside: not such a page.
        assert!(
            preformatted(&page.replace("<doc>", "<table><tr><td>1</td></tr></table>")).is_none()
        );
        assert!(preformatted(&page.replace("<doc>", "<pre>x</pre>")).is_none());
        let outside = format!("<p>{}</p>", "网站首页政务公开".repeat(40));
        assert!(preformatted(&page.replace("<doc>", &outside)).is_none());
    }

    /// A table laid out by the page's style sheet, not inline styles: a
    /// `<div>` and its `<div>` rows of `<span>` cells by class, blank
    /// cells kept; a rule that lays out a pseudo-element (`:after`) or no
    /// class, and a `<span>` of no such class, lay nothing out.
    #[test]
    fn tables_laid_out_by_the_style_sheet() {
        let html = r#"<html><head><style>
            /* the report's tables */
            .clearfix:after { content: ""; display: table; }
            .tb{display:table;width:100%} .tb > .tr { display: table-row }
            span.td, .x { display:table-cell; border:1px solid }
            </style></head><body><div class="clearfix"><p>前言</p></div>
            <div class="tb"><div class="tr"><span class="td">1.属于国家秘密</span><span class="td"></span><span class="td c">0</span></div>
            <div class="tr"><span class="td">2.其他</span><span class="td">1</span><span class="td"><span class="n">2</span></span></div></div>
            <p>后记</p></body></html>"#;
        let d = parse(html, &Limits::default());
        let g = grid_texts(&d);
        assert_eq!(g.len(), 1, "{g:?}");
        let texts = |r: usize| -> Vec<&str> { g[0][r].iter().map(|c| c.0.as_str()).collect() };
        assert_eq!(texts(0), ["1.属于国家秘密", "", "0"]);
        assert_eq!(texts(1), ["2.其他", "1", "2"]);
        // A cell's `</span>` left out: the row's `</div>` ends it.
        let unclosed = html.replace("<span class=\"td c\">0</span>", "<span class=\"td c\">0");
        let g = grid_texts(&parse(&unclosed, &Limits::default()));
        let texts = |r: usize| -> Vec<&str> { g[0][r].iter().map(|c| c.0.as_str()).collect() };
        assert_eq!(texts(0), ["1.属于国家秘密", "", "0"]);
        assert_eq!(texts(1), ["2.其他", "1", "2"]);
        // A sheet in a `<STYLE>` tag reads; one in `<stylesheet>` does not.
        let upper = html
            .replace("<style>", "<STYLE>")
            .replace("</style>", "</STYLE>");
        assert_eq!(grid_texts(&parse(&upper, &Limits::default())).len(), 1);
        let odd = html
            .replace("<style>", "<stylesheet>")
            .replace("</style>", "</stylesheet>");
        assert!(grid_texts(&parse(&odd, &Limits::default())).is_empty());
        // The same page without its sheet: no table.
        let bare = html.replace(".tb{", ".none{");
        assert!(grid_texts(&parse(&bare, &Limits::default())).is_empty());
    }

    /// A responsive table's column names in every cell, hidden by the
    /// page's sheet (`.rt-th { display: none }`; shown only on a narrow
    /// screen, an `@media` rule), or by the element's own style: not read.
    /// A hidden element holding one of its kind ends at its own end tag;
    /// one never closed hides nothing.
    #[test]
    fn elements_the_page_hides_are_not_read() {
        let html = r#"<html><head><style>
            .rt-th{display:none}
            @media (max-width:640px){ .rt-th{display:inline-block} }
            </style></head><body><table>
            <tr><th>一、本年新收政府信息公开申请数量</th><td><span class="rt-th">自然人</span>52</td><td><span class="rt-th">商业企业</span>8</td></tr>
            <tr><th>二、上年结转</th><td><SPAN style="DISPLAY: none">自然人<span>（件）</span></SPAN>2</td><td><span class=rt-th>商业企业</span>0</td></tr>
            </table><p>后记<font style="display:none">隐藏</font>。</p></body></html>"#;
        let d = parse(html, &Limits::default());
        let g = grid_texts(&d);
        let texts = |r: usize| -> Vec<&str> { g[0][r].iter().map(|c| c.0.as_str()).collect() };
        assert_eq!(texts(0), ["一、本年新收政府信息公开申请数量", "52", "8"]);
        assert_eq!(texts(1), ["二、上年结转", "2", "0"]);
        let lines = line_texts(&d);
        assert!(lines.iter().any(|l| l.contains("后记。")), "{lines:?}");
        // Without the sheet's rule the names are read with the values.
        let shown = html.replace(".rt-th{display:none}", "");
        let g = grid_texts(&parse(&shown, &Limits::default()));
        assert_eq!(g[0][0][1].0, "自然人52");
        // A hidden element never closed hides nothing.
        let open = html.replace(
            "<font style=\"display:none\">隐藏</font>",
            "<font style=\"display:none\">隐藏",
        );
        let d = parse(&open, &Limits::default());
        assert!(d
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Line { text, .. } if text.contains("隐藏"))));
        // Nor one whose end tag stands past its cell's end: the cell and
        // the next row read as printed.
        let crossing = html
            .replace(
                "<span class=\"rt-th\">自然人</span>52",
                "<span style=\"display:none\">自然人52",
            )
            .replace(
                "<SPAN style=\"DISPLAY: none\">自然人<span>（件）</span></SPAN>2",
                "2</span>",
            );
        let g = grid_texts(&parse(&crossing, &Limits::default()));
        let texts = |r: usize| -> Vec<&str> { g[0][r].iter().map(|c| c.0.as_str()).collect() };
        assert_eq!(texts(0)[1], "自然人52");
        assert_eq!(texts(1)[..2], ["二、上年结转", "2"]);
        // A link inside a hidden link ends it; a class the sheet hides
        // outside a table's cell (`.tab-pane` beside `.tab-pane.active`)
        // hides nothing.
        let nested = "<p>甲<a style=\"display:none\">乙<a href=\"#\">31</a></a>丙</p>\
            <style>.rt-th{display:none}</style><p><span class=\"rt-th\">正文</span></p>";
        let all: String = line_texts(&parse(nested, &Limits::default())).concat();
        assert!(all.contains("31") && all.contains("正文"), "{all}");
    }

    /// The text of a document's lines (not its tables).
    fn line_texts(d: &Document) -> Vec<&str> {
        d.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Line { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// Many hidden elements never closed: each looked for within reach
    /// only, so the page reads in time linear in its length.
    #[test]
    fn unclosed_hidden_elements_read_in_linear_time() {
        let page = format!(
            "<html><body><p>{}</p></body></html>",
            "<b style=\"display:none\">x".repeat(40_000)
        );
        let t = std::time::Instant::now();
        let d = parse(&page, &Limits::default());
        assert!(!d.blocks.is_empty());
        assert!(t.elapsed().as_secs_f64() < 2.0, "{:?}", t.elapsed());
    }

    #[test]
    fn tables_of_divs_are_grids() {
        // `display:table-row` / `table-cell` inline styles: blank cells kept.
        let cell = r#"<div style="display:table-cell;border:1px solid">"#;
        let html = format!(
            r#"<p>前言</p><div style="display:table"><div style="display: table-row">{cell}1.属于国家秘密</div>{cell}</div>{cell}0</div></div></div><p>后记</p>"#
        );
        let d = parse(&html, &Limits::default());
        let g = grid_texts(&d);
        assert_eq!(g.len(), 1);
        let texts: Vec<&str> = g[0][0].iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["1.属于国家秘密", "", "0"]);
        // A CSS grid: cells placed around their spans, blank ones kept.
        let html = r#"<div class="gk" style="grid-template-columns:60px 70px repeat(3, 1fr)">
            <div style="grid-column:span 2;grid-row:span 2">信息内容</div><div style="grid-column:span 3">申请人</div>
            <div>自然人</div><div>法人</div><div>总计</div>
            <div style="grid-row:span 2">三、本年度办理结果</div><div>（一）予以公开</div><div>6</div><div></div><div>6</div>
            <div>（二）部分公开</div><div></div><div>1</div><div>1</div></div><p>完</p>"#;
        let d = parse(html, &Limits::default());
        let g = grid_texts(&d);
        assert_eq!(g.len(), 1);
        let row = |r: usize| -> Vec<(&str, bool)> {
            g[0][r].iter().map(|c| (c.0.as_str(), c.1)).collect()
        };
        assert_eq!(
            row(1),
            [
                ("信息内容", true),
                ("自然人", false),
                ("法人", false),
                ("总计", false)
            ]
        );
        assert_eq!(
            row(3),
            [
                ("三、本年度办理结果", true),
                ("（二）部分公开", false),
                ("", false),
                ("1", false),
                ("1", false)
            ]
        );
        // Inside a `<table>`'s cell, `<div>`s are blocks however styled
        // (content centred by `display:table`, one left unclosed): the
        // table keeps its grid and its blank cells.
        let html = r#"<table><tr><td>1.属于国家秘密</td><td><div style="display:table"><div style="display:table-cell">3</div></div></td><td></td><td><div style="display:table"><div style="display:table-cell">注</td></tr>
            <tr><td>2.其他</td><td>0</td><td></td><td>1</td></tr></table><p>完</p>"#;
        let d = parse(html, &Limits::default());
        let g = grid_texts(&d);
        assert_eq!(g.len(), 1);
        let texts: Vec<&str> = g[0][1].iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["2.其他", "0", "", "1"]);
        assert!(d.ends_inside.is_empty());
        // A grid whose cells name their rows is not placed as they come:
        // its cells are lines.
        let html = r#"<div style="grid-template-columns:repeat(2, 1fr)"><div style="grid-row:2">乙</div><div style="grid-row:1">甲</div></div>"#;
        let d = parse(html, &Limits::default());
        assert!(grid_texts(&d).is_empty());
        // A `<div>` styled as a cell outside a table of `<div>`s is a block.
        let d = parse(
            r#"<div style="display:table-cell">甲</div><div style="display:table-cell">乙</div>"#,
            &Limits::default(),
        );
        assert!(grid_texts(&d).is_empty());
    }

    #[test]
    fn spans_expand_and_from_above_marks_them() {
        let html = r#"<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>1</td></tr>
            <tr><td>（二）部分公开</td><td></td><td>2</td></tr></table>"#;
        let d = parse(html, &Limits::default());
        let g = grid_texts(&d);
        assert_eq!(g.len(), 1);
        assert_eq!(
            g[0][1],
            vec![
                ("三、本年度办理结果".to_string(), true),
                ("（二）部分公开".to_string(), false),
                ("".to_string(), false),
                ("2".to_string(), false)
            ]
        );
    }

    #[test]
    fn layout_tables_flatten_and_scripts_are_skipped() {
        let html = r#"<html><head><title>东山街道2020年政府信息公开工作年度报告_江宁区</title>
            <script>var s = "<table><tr><td>9</td></tr></table>";</script></head>
            <body><div>首页 &gt; 政务公开</div><table><tr><td><p>三、收到和处理政府信息公开申请情况</p>
            <table><tr><td>规章</td><td>0</td></tr></table><p>四、政府信息公开行政复议</p></td></tr></table></body></html>"#;
        let d = parse(html, &Limits::default());
        assert_eq!(
            d.title.as_deref(),
            Some("东山街道2020年政府信息公开工作年度报告_江宁区")
        );
        let lines: Vec<&str> = d.lines().map(|(t, _)| t).collect();
        assert_eq!(
            lines,
            vec![
                "首页 > 政务公开",
                "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议"
            ]
        );
        assert_eq!(grid_texts(&d).len(), 1);
        // The inner table sits between the two lines.
        assert!(matches!(d.blocks[2], Block::Table(_)));
    }

    #[test]
    fn absurd_spans_are_clamped() {
        let html = r#"<table><tr><td rowspan="2000000000" colspan="99999999">x</td><td>1</td></tr><tr><td>2</td></tr></table>"#;
        let d = parse(html, &Limits::default());
        let g = grid_texts(&d);
        assert_eq!(g[0].len(), 2);
        assert_eq!(g[0][1][0], ("x".to_string(), true));
    }

    #[test]
    fn unclosed_table_at_the_end_is_noted() {
        let d = parse("<table><tr><td>一、本年新收</td><td>4", &Limits::default());
        assert_eq!(d.notes.len(), 1);
        assert_eq!(d.notes[0].code, "structure.truncated");
        assert_eq!(grid_texts(&d)[0][0].len(), 2);
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(3000))]
        /// The byte-level test agrees with its definition on characters.
        #[test]
        fn is_collapsed_agrees_with_its_definition(
            s in "[a 年。\t\n\r\u{85}\u{a0}\u{1680}\u{2000}-\u{200b}\u{2028}\u{3000}\u{3001}\u{e000}]{0,12}"
        ) {
            let by_chars = !s.starts_with(' ')
                && !s.ends_with(' ')
                && !s.contains("  ")
                && !s.chars().any(|c| c.is_whitespace() && c != ' ');
            proptest::prop_assert_eq!(is_collapsed(&s), by_chars);
        }
    }

    /// The byte-by-byte definition of where a tag ends: the tight-scan
    /// version must agree with it.
    fn tag_end_model(bytes: &[u8], from: usize) -> usize {
        let mut i = from;
        let mut quote = 0u8;
        while i < bytes.len() {
            let b = bytes[i];
            if quote != 0 {
                if b == quote {
                    quote = 0;
                }
            } else if b == b'"' || b == b'\'' {
                if i > 0 && bytes[i - 1] == b'=' {
                    quote = b;
                }
            } else if b == b'>' {
                return i + 1;
            } else if b == b'<' && i > from {
                return i;
            }
            i += 1;
        }
        bytes.len()
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(5000))]
        #[test]
        fn tag_end_agrees_with_its_model(s in "[a=\"'<> x]{0,24}", from in 0usize..24) {
            let b = s.as_bytes();
            let from = from.min(b.len());
            proptest::prop_assert_eq!(tag_end(b, from), tag_end_model(b, from));
        }

        /// The end a hidden element's search finds closes it: the text
        /// up to it holds as many `<span>`s as `</span>`s besides its
        /// own, no boundary tag, and ends in `</span>`; none is found
        /// only when the text never balances so.
        #[test]
        fn a_hidden_elements_end_balances_its_kind(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["<span>", "</span>", "x", "<b>", "</td>", "<span/>"]),
                0..12,
            )
        ) {
            let s: String = parts.concat();
            let b = s.as_bytes();
            let mut depth = 0i32;
            let mut want = None;
            for (k, p) in parts.iter().enumerate() {
                match *p {
                    "</td>" => break,
                    "<span>" => depth += 1,
                    "</span>" if depth == 0 => {
                        want = Some(parts[..=k].concat().len());
                        break;
                    }
                    "</span>" => depth -= 1,
                    _ => {}
                }
            }
            proptest::prop_assert_eq!(find_matching_end(b, 0, "span"), want);
        }
    }
}
