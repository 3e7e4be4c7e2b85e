//! Run-wide settings every stage reads: the limits that bound the work one
//! document may cost. Built once from the command line, shared by reference.

/// Bounds on the work and memory one document may take. A document over a
/// limit gets an issue (`input.too_large`, `input.limit`), never a crash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest document read, in bytes (files and archive members).
    pub max_doc_bytes: u64,
    /// Largest number of expanded table cells in one document (all its
    /// tables together).
    pub max_grid_cells: usize,
    /// Largest rowspan or colspan honoured; larger spans are clamped.
    pub max_span: usize,
    /// Deepest nesting of HTML tables followed (never more than 64);
    /// deeper tables are flattened into their parent.
    pub max_depth: usize,
    /// Longest text line looked at, in bytes; longer lines are cut.
    pub max_line_bytes: usize,
    /// Largest archive member, uncompressed.
    pub max_member_bytes: u64,
    /// Largest uncompressed / compressed ratio of an archive member.
    pub max_ratio: u64,
    /// Largest number of tables parsed in one document.
    pub max_tables: usize,
    /// Largest number of prose lines and table rows kept from one
    /// document (a report has a few thousand).
    pub max_lines: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_doc_bytes: 64 << 20,
            max_grid_cells: 20_000,
            max_span: 1_000,
            max_depth: 64,
            max_line_bytes: 64 << 10,
            max_member_bytes: 64 << 20,
            max_ratio: 1_000,
            max_tables: 500,
            max_lines: 50_000,
        }
    }
}
