//! Parse: decoded text → a [`Document`], the report as a sequence of prose
//! lines and table grids in reading order, whatever the input layout.
//!
//! HTML tables keep their cells with spans expanded ([`html`]); flattened
//! text (Word/PDF exports, TSV, CSV, Markdown) is rebuilt into rows of
//! cells ([`text`]). Placing cells on the templates is `extract`'s work;
//! the one use of the templates here is [`segment`], which looks for their
//! headings and row labels only to find where a crawler joined a whole
//! report onto one line, and cuts it back into lines before [`text`]
//! reads it.

mod css;
pub mod dispatch;
mod entities;
pub mod html;
pub mod markup;
pub mod pandoc_ast;
pub mod positioned;
pub mod segment;
pub mod text;
pub mod value;

pub use crate::model::Loc;

/// One cell of a table row, as the source gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The cell's text, inner line breaks kept as `\n`.
    pub text: String,
    /// True when this position is covered by a cell that starts in a row
    /// above (HTML rowspan). Such cells carry the spanning cell's text, so
    /// that a row knows the group label it sits under.
    pub from_above: bool,
    /// How many grid columns the cell covers (1 in text layouts).
    pub colspan: u32,
    /// Where it came from.
    pub loc: Loc,
    /// Where the cell sat on its line of aligned text (PDF text, fixed
    /// columns); unknown in HTML and separated layouts.
    pub pos: Pos,
}

/// The horizontal place of a cell of aligned text, for lining up the
/// numbers of a row that lost its blank cells with the columns above.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// The cell's centre in half characters, plus one (0: unknown).
    pub chars: u32,
    /// The same in half display columns (CJK characters are two columns
    /// wide), plus one (0: unknown).
    pub width: u32,
    /// The page of the text it is on (form feeds counted from 0).
    pub page: u32,
}

/// One row of cells, left to right, each source cell once (a colspan does
/// not repeat a cell; a rowspan repeats it below with `from_above`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GridRow {
    /// The cells of the row.
    pub cells: Vec<Cell>,
    /// Where the row starts.
    pub loc: Loc,
}

/// A table: rows of cells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    /// The rows, top to bottom.
    pub rows: Vec<GridRow>,
    /// Where the table starts.
    pub loc: Loc,
}

impl Grid {
    /// A table as pandas writes a data frame (`to_csv()`, `to_string()`,
    /// `to_html()`: the way tables scraped with `read_html` are saved, as
    /// text or as a page): a header row of the column numbers (`,0,1,2,…`)
    /// or the column names' rows (a page's `<th>` rows read as names over
    /// several levels) with the row number's place blank, then the rows,
    /// each led by its number (`0`, `1`, `2`, …), none of them the
    /// report's. The numbers are taken out when the first cells of at least
    /// three rows count up by one, row after row, beside a label; the row
    /// of column numbers goes with them. `framed`: an earlier table of the
    /// document was such a frame, and then a small one is known by its
    /// shape alone (header rows whose first place is blank, then rows
    /// numbered from 0: section 四's one row of values is `0,4,0,…`); so
    /// is a small one whose rows numbered from 0 lead labels (section 二's
    /// sub-tables, before any large frame).
    /// Returns whether the table was one. (A 序号 column, a report's own
    /// row numbers, goes the same way: never a template's value.)
    pub fn drop_index_column(&mut self, framed: bool) -> bool {
        let int = |t: &str| -> Option<u64> {
            let t: String = t.trim().chars().map(value::fold_digit).collect();
            (!t.is_empty() && t.len() <= 6 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse().ok())
                .flatten()
        };
        let wide = |r: &&GridRow| r.cells.len() >= 2;
        let blank_first = |r: &GridRow| r.cells[0].text.trim().is_empty();
        // Most tables start their rows with labels: nothing to look at.
        if !self
            .rows
            .iter()
            .filter(wide)
            .any(|r| int(&r.cells[0].text).is_some())
        {
            return false;
        }
        // Numbers that count up by one: the first and how many.
        let counting = |nums: &mut dyn Iterator<Item = Option<u64>>| -> Option<(u64, usize)> {
            let first = nums.next()??;
            let mut len = 1;
            for n in nums {
                (n? == first + len as u64).then_some(())?;
                len += 1;
            }
            Some((first, len))
        };
        // A row of column numbers: every cell but a blank first one counts up
        // by one from 0 or 1.
        let numbers_columns = |r: &GridRow| {
            let from = usize::from(blank_first(r));
            counting(&mut r.cells[from..].iter().map(|c| int(&c.text)))
                .is_some_and(|(first, len)| first <= 1 && len >= 3)
        };
        let rows: Vec<&GridRow> = self
            .rows
            .iter()
            .filter(wide)
            .filter(|r| !numbers_columns(r))
            .collect();
        // The header rows: the number's place blank, or the column's name
        // (序号, 编号; a merged header's copies below it too).
        let named = |r: &GridRow| {
            let t: String = r.cells[0].text.split_whitespace().collect();
            t == "序号" || t == "编号"
        };
        let heads = rows
            .iter()
            .take_while(|r| blank_first(r) || named(r))
            .count();
        let body = &rows[heads..];
        let labelled = body
            .iter()
            .any(|r| r.cells[1].text.trim().chars().any(char::is_alphabetic));
        let frame = match counting(&mut body.iter().map(|r| int(&r.cells[0].text))) {
            // A small table, rows numbered from 0 under a blank header
            // place: a frame when an earlier one was, or when its rows are
            // labelled (a report's own rows never count from 0).
            Some((first, len)) if len < 3 => heads > 0 && first == 0 && (framed || labelled),
            Some((_, len)) => len >= 3 && labelled,
            None => false,
        };
        if !frame {
            return false;
        }
        self.rows.retain(|r| !numbers_columns(r));
        for r in &mut self.rows {
            if r.cells.len() >= 2 {
                r.cells.remove(0);
            }
        }
        true
    }
}

/// A piece of the document in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A line of prose (a heading, a paragraph, a caption).
    Line {
        /// The text, trimmed.
        text: String,
        /// Where it is.
        loc: Loc,
    },
    /// A table.
    Table(Grid),
}

/// The report as prose lines and grids in reading order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The page title (HTML `<title>`), when there is one.
    pub title: Option<String>,
    /// Lines and tables in reading order.
    pub blocks: Vec<Block>,
    /// Problems met while parsing (limits hit, truncation), as
    /// `(code, place, message)`; extract turns them into issues.
    pub notes: Vec<ParseNote>,
    /// Where the document stops short: each HTML table row the page ends
    /// inside, or a text's last line when no line break ends it.
    pub ends_inside: Vec<Stop>,
}

/// A place the document stops inside ([`Document::ends_inside`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stop {
    /// The HTML table row (`table`, `row`) or the line of text.
    pub at: Loc,
    /// Whether the text there ends in a number that may have been cut
    /// short (`18` printed `1`): an HTML row's last printed cell, or a
    /// text that ends right after a digit.
    pub in_number: bool,
}

/// Something the parser met that the record should mention.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseNote {
    /// Issue code (`input.limit`, `structure.truncated`).
    pub code: &'static str,
    /// Where.
    pub loc: Loc,
    /// What happened, for people.
    pub message: String,
}

impl Block {
    /// A prose line's text and place; `None` for a table.
    pub fn line(&self) -> Option<(&str, Loc)> {
        match self {
            Block::Line { text, loc } => Some((text.as_str(), *loc)),
            Block::Table(_) => None,
        }
    }
}

impl Document {
    /// Calls `f` on every place the document holds (lines, tables, rows,
    /// cells, notes, stops): for moving them when the text was cut into
    /// parts or into other lines.
    pub(crate) fn each_loc_mut(&mut self, mut f: impl FnMut(&mut Loc)) {
        for b in &mut self.blocks {
            match b {
                Block::Line { loc, .. } => f(loc),
                Block::Table(g) => {
                    f(&mut g.loc);
                    for r in &mut g.rows {
                        f(&mut r.loc);
                        for c in &mut r.cells {
                            f(&mut c.loc);
                        }
                    }
                }
            }
        }
        for n in &mut self.notes {
            f(&mut n.loc);
        }
        for stop in &mut self.ends_inside {
            f(&mut stop.at);
        }
    }

    /// All prose lines, in order (for metadata and narrative figures).
    pub fn lines(&self) -> impl Iterator<Item = (&str, Loc)> {
        self.blocks.iter().filter_map(Block::line)
    }

    /// The text of every table row with one filled cell, in order (a
    /// title or heading a spreadsheet's CSV export put in a row of its
    /// own: `…年度报告,,,,`).
    pub fn lone_cells(&self) -> impl Iterator<Item = &str> {
        self.blocks
            .iter()
            .flat_map(|b| match b {
                Block::Table(g) => &g.rows[..],
                Block::Line { .. } => &[],
            })
            .filter_map(|r| {
                let mut filled = r.cells.iter().filter(|c| !c.text.trim().is_empty());
                match (filled.next(), filled.next()) {
                    (Some(c), None) => Some(c.text.as_str()),
                    _ => None,
                }
            })
    }
}
