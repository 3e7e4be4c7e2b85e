//! A generated report before rendering: blocks (title, headings,
//! paragraphs, table grids) of cells with their spans. [`crate::build`]
//! makes one, [`crate::render`] prints it in a layout.

/// What a table cell is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A caption row spanning the table (第二十条第（一）项).
    Caption,
    /// A header label.
    Head,
    /// A row label.
    Label,
    /// A value.
    Value,
}

/// A cell of a table as HTML has it: text (`\n` marks a line break inside
/// the cell), spans and kind.
#[derive(Debug, Clone)]
pub struct Cell {
    /// The text.
    pub text: String,
    /// Column span.
    pub cs: usize,
    /// Row span.
    pub rs: usize,
    /// What it is.
    pub kind: Kind,
}

pub(crate) fn cell(text: impl Into<String>, cs: usize, rs: usize, kind: Kind) -> Cell {
    Cell {
        text: text.into(),
        cs,
        rs,
        kind,
    }
}

/// Which table a grid is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Section 二.
    Active,
    /// Section 三.
    Requests,
    /// Section 四.
    Review,
}

/// A table: rows of origin cells (spanned places are not repeated).
#[derive(Debug, Clone)]
pub struct Grid {
    /// Which table.
    pub which: Which,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

/// A piece of a document.
#[derive(Debug, Clone)]
pub enum Block {
    /// The report title.
    Title(String),
    /// A section heading (一、总体情况).
    Heading(String),
    /// A sub-heading inside a section.
    Sub(String),
    /// A paragraph.
    Para(String),
    /// A table.
    Table(Grid),
}

/// A document before rendering.
#[derive(Debug, Clone)]
pub struct Doc {
    /// The blocks in order.
    pub blocks: Vec<Block>,
    /// Title for `<title>` with a site suffix.
    pub page_title: String,
    /// The site name.
    pub site: String,
    /// Publication date (`2021-01-25`).
    pub date: String,
    /// Cut the document after this many rows of the section 三 table
    /// ([`Flaw::Truncated`]).
    pub truncate_after: Option<usize>,
}
