//! Flattened text → [`Document`]: rebuilds table rows from the layouts that
//! Word and PDF exports produce.
//!
//! Each line is classified on its own, so one document may mix layouts:
//!
//! - **cell-per-line** (the seed's layout): a row is a run of lines that
//!   each start with a TAB and hold one cell; rows are separated by blank
//!   lines; an empty TAB line is a merged cell; a short line without a TAB
//!   after one blank line continues the cell above (`本年新` / `公开数量`);
//! - **TSV** (Word "save as text"): one row per line, cells split by TABs;
//! - **Markdown** pipe tables (`| a | b |`, separator rows skipped);
//! - **CSV**: one row per line, RFC 4180 quoting;
//! - **aligned** text pulled out of PDFs: cells separated by runs of two or
//!   more spaces, runs of numbers split into one cell each, a label and
//!   the numbers after it split apart.
//!
//! A line with a single cell is prose ([`Block::Line`]); rows with more
//! cells, and every cell-per-line row, form [`Grid`]s.

use super::value::lex;
use super::{Block, Cell, Document, Grid, GridRow, Loc, ParseNote};
use crate::config::Limits;

/// Parses a plain-text report.
pub fn parse(text: &str, limits: &Limits) -> Document {
    let mut p = Parser {
        doc: Document::default(),
        grid: None,
        limits,
        cells: 0,
    };
    let mut lines: Vec<&str> = text
        .split(['\n', '\u{c}'])
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    // Long lines are cut before any layout looks at them; one note.
    let mut long = (0usize, 0usize); // (first, count)
    for (i, line) in lines.iter_mut().enumerate() {
        if line.len() > limits.max_line_bytes {
            let mut cut = limits.max_line_bytes;
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            *line = &line[..cut];
            if long.1 == 0 {
                long.0 = i;
            }
            long.1 += 1;
        }
    }
    if long.1 > 0 {
        p.doc.notes.push(ParseNote {
            code: "input.limit",
            loc: loc(long.0),
            message: format!(
                "line {} is longer than {} bytes; cut{}",
                long.0 + 1,
                limits.max_line_bytes,
                if long.1 > 1 {
                    format!(" (and {} more lines)", long.1 - 1)
                } else {
                    String::new()
                }
            ),
        });
    }
    let seed_layout = is_cell_per_line(&lines);
    let csv_layout = is_csv(&lines);
    let mut i = 0;
    while i < lines.len() {
        let kept = p.doc.blocks.len() + p.grid.as_ref().map_or(0, |g| g.rows.len());
        if kept >= limits.max_lines {
            p.doc.notes.push(ParseNote {
                code: "input.limit",
                loc: loc(i),
                message: format!(
                    "more than {} lines and rows; the rest ({} lines) were skipped",
                    limits.max_lines,
                    lines.len() - i
                ),
            });
            break;
        }
        let line = lines[i];
        if seed_layout && line.starts_with('\t') && !line[1..].contains('\t') {
            i = p.cell_per_line_row(&lines, i);
            continue;
        }
        p.line(line, i, csv_layout);
        i += 1;
    }
    p.flush();
    p.doc
}

struct Parser<'a> {
    doc: Document,
    grid: Option<Grid>,
    limits: &'a Limits,
    cells: usize,
}

fn loc(i: usize) -> Loc {
    Loc {
        line: (i + 1) as u32,
        ..Loc::default()
    }
}

fn cell(text: String, at: Loc) -> Cell {
    Cell {
        text,
        from_above: false,
        colspan: 1,
        loc: at,
    }
}

/// Whether most TAB-led lines hold exactly one cell (the seed's layout).
fn is_cell_per_line(lines: &[&str]) -> bool {
    let mut single = 0usize;
    let mut multi = 0usize;
    for l in lines {
        if let Some(rest) = l.strip_prefix('\t') {
            if rest.contains('\t') {
                multi += 1;
            } else {
                single += 1;
            }
        }
    }
    single >= 8 && single > multi * 4
}

/// A heading-like line never continues a cell.
fn looks_like_heading(s: &str) -> bool {
    let mut ch = s.chars();
    let first = ch.next();
    let second = ch.next();
    matches!(
        first,
        Some('一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
    ) && matches!(second, Some('、' | '.' | '．'))
        || matches!(first, Some('（' | '('))
        || s.ends_with('。')
}

impl Parser<'_> {
    fn push_row(&mut self, row: GridRow) {
        let max = self.limits.max_grid_cells;
        // A row that does not fit whole is skipped with everything after
        // it; `cells` goes past `max` only then, so the note is made once.
        if self.cells > max || row.cells.len() > max - self.cells {
            if self.cells <= max {
                self.doc.notes.push(ParseNote {
                    code: "input.limit",
                    loc: row.loc,
                    message: format!("more than {max} table cells; the rest were skipped"),
                });
                self.cells = max.saturating_add(1);
            }
            return;
        }
        self.cells += row.cells.len();
        let g = self.grid.get_or_insert_with(|| Grid {
            rows: Vec::new(),
            loc: row.loc,
        });
        g.rows.push(row);
    }

    fn flush(&mut self) {
        if let Some(g) = self.grid.take() {
            self.doc.blocks.push(Block::Table(g));
        }
    }

    fn prose(&mut self, text: &str, i: usize) {
        self.flush();
        self.doc.blocks.push(Block::Line {
            text: text.to_string(),
            loc: loc(i),
        });
    }

    /// Reads one cell-per-line row starting at line `i`; returns the index
    /// of the first line after it.
    fn cell_per_line_row(&mut self, lines: &[&str], mut i: usize) -> usize {
        let mut row = GridRow {
            cells: Vec::new(),
            loc: loc(i),
        };
        while i < lines.len() {
            let l = lines[i];
            if let Some(rest) = l.strip_prefix('\t') {
                if rest.contains('\t') {
                    break;
                }
                // Past the cell limit the row is dropped by push_row:
                // stop collecting (one more cell marks it too long).
                if row.cells.len() <= self.limits.max_grid_cells {
                    let mut at = loc(i);
                    at.cell = row.cells.len() as u32 + 1;
                    row.cells.push(cell(rest.trim().to_string(), at));
                }
                i += 1;
                continue;
            }
            // A blank line: the row ends unless a continuation follows.
            if l.trim().is_empty() {
                let next = lines.get(i + 1).copied().unwrap_or("");
                let cont = !next.starts_with('\t')
                    && !next.trim().is_empty()
                    && next.chars().count() <= 16
                    && !looks_like_heading(next.trim())
                    && row
                        .cells
                        .last()
                        .is_some_and(|c| !c.text.is_empty() && !lex(&c.text).is_value());
                if cont {
                    if let Some(c) = row.cells.last_mut() {
                        c.text.push_str(next.trim());
                    }
                    i += 2;
                    continue;
                }
                i += 1;
                break;
            }
            break;
        }
        self.push_row(row);
        i
    }

    /// Classifies and splits one line that is not part of a cell-per-line row.
    fn line(&mut self, line: &str, i: usize, csv_layout: bool) {
        let t =
            line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}');
        if t.is_empty() {
            return;
        }
        let texts: Vec<String> = if line.contains('\t') {
            line.split('\t').map(|c| c.trim().to_string()).collect()
        } else if t.starts_with('|') && t.len() > 1 {
            if is_md_separator(t) {
                return;
            }
            split_markdown(t)
        } else if let Some(cells) = split_csv(t).filter(|_| csv_layout) {
            cells
        } else {
            split_aligned(t)
        };
        let nonblank = texts.iter().filter(|c| !c.is_empty()).count();
        if texts.len() <= 1 || nonblank == 0 {
            self.prose(t, i);
            return;
        }
        if nonblank == 1 && !line.contains('\t') && !t.starts_with('|') && !t.contains(',') {
            self.prose(t, i);
            return;
        }
        let cells = texts
            .into_iter()
            .enumerate()
            .map(|(k, s)| {
                let mut at = loc(i);
                at.cell = k as u32 + 1;
                cell(s, at)
            })
            .collect();
        self.push_row(GridRow { cells, loc: loc(i) });
    }
}

/// Whether the document's rows are comma-separated: several lines split
/// into three or more cells at commas that are not thousands separators.
fn is_csv(lines: &[&str]) -> bool {
    // A thousands separator has a digit before it and exactly three after.
    let separating = |l: &str| {
        let b = l.as_bytes();
        b.iter().enumerate().any(|(i, &c)| {
            let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
            let thousands = i > 0 && digit(i - 1) && (1..=3).all(|d| digit(i + d)) && !digit(i + 4);
            c == b',' && !thousands
        })
    };
    lines
        .iter()
        .filter(|l| !l.contains('\t') && separating(l) && split_csv(l.trim()).is_some())
        .take(5)
        .count()
        >= 5
}

fn is_md_separator(t: &str) -> bool {
    t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t')) && t.contains('-')
}

fn split_markdown(t: &str) -> Vec<String> {
    let inner = t.strip_prefix('|').unwrap_or(t);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cur.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    cells.push(cur.trim().to_string());
    cells
        .into_iter()
        .map(|c| c.replace("<br>", "\n").replace("<br/>", "\n"))
        .collect()
}

/// Splits a CSV row; `None` when the line is not comma-separated data
/// (fewer than three cells, or an unbalanced quote).
fn split_csv(t: &str) -> Option<Vec<String>> {
    if !t.contains(',') {
        return None;
    }
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = t.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    cur.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                cur.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            ',' => {
                cells.push(std::mem::take(&mut cur).trim().to_string());
                at_start = true;
            }
            _ => {
                if !c.is_whitespace() {
                    at_start = false;
                }
                cur.push(c);
            }
        }
    }
    if quoted {
        return None;
    }
    cells.push(cur.trim().to_string());
    // Prose with a thousands separator ("共1,234件") is not a CSV row.
    (cells.len() >= 3).then_some(cells)
}

/// Splits a line of PDF-extracted text: chunks at runs of 2+ spaces, then
/// numbers apart from labels.
fn split_aligned(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in split_runs(t) {
        let tokens: Vec<&str> = chunk.split_whitespace().collect();
        let first_value = tokens.iter().rposition(|tok| !lex(tok).is_value());
        match first_value {
            None => out.extend(tokens.iter().map(|s| s.to_string())),
            Some(last_label) => {
                out.push(tokens[..=last_label].concat());
                out.extend(tokens[last_label + 1..].iter().map(|s| s.to_string()));
            }
        }
    }
    out
}

/// Chunks of `t` separated by two or more spaces (ASCII or ideographic).
fn split_runs(t: &str) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut run_start = None;
    let mut run_len = 0;
    for (k, c) in t.char_indices() {
        if c == ' ' || c == '\u{3000}' || c == '\t' {
            if run_start.is_none() {
                run_start = Some(k);
            }
            run_len += if c == ' ' { 1 } else { 2 };
        } else {
            if let Some(rs) = run_start {
                if run_len >= 2 {
                    chunks.push(&t[start..rs]);
                    start = k;
                }
            }
            run_start = None;
            run_len = 0;
        }
    }
    chunks.push(&t[start..]);
    chunks
        .into_iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(doc: &Document) -> Vec<Vec<String>> {
        doc.blocks
            .iter()
            .flat_map(|b| match b {
                Block::Table(g) => g
                    .rows
                    .iter()
                    .map(|r| r.cells.iter().map(|c| c.text.clone()).collect())
                    .collect(),
                Block::Line { text, .. } => vec![vec![text.clone()]],
            })
            .collect()
    }

    #[test]
    fn cell_per_line_rows_with_continuations() {
        let t = "二、主动公开政府信息情况\n\n\t第二十条第（一）项\n\n\t信息内容\n\t本年新制作数量\n\t本年新\n\n公开数量\n\t对外公开\n\n总数量\n\n\t规章\n\t0\n\t0\n\t0\n\n\t规范性文件\n\t1\n\t2\n\t3\n\n\n三、收到";
        let d = parse(t, &Limits::default());
        assert_eq!(
            rows(&d),
            vec![
                vec!["二、主动公开政府信息情况"],
                vec!["第二十条第（一）项"],
                vec![
                    "信息内容",
                    "本年新制作数量",
                    "本年新公开数量",
                    "对外公开总数量"
                ],
                vec!["规章", "0", "0", "0"],
                vec!["规范性文件", "1", "2", "3"],
                vec!["三、收到"],
            ]
        );
    }

    #[test]
    fn aligned_pdf_rows() {
        assert_eq!(
            split_aligned("一、本年新收政府信息公开申请数量     4    0   0  0  0  0   4"),
            vec![
                "一、本年新收政府信息公开申请数量",
                "4",
                "0",
                "0",
                "0",
                "0",
                "0",
                "4"
            ]
        );
        assert_eq!(split_aligned("4 0 0 0 4 1 1 1 0 3").len(), 10);
        assert_eq!(
            split_aligned("三、本年度办理结果   （一）予以公开  1 2"),
            vec!["三、本年度办理结果", "（一）予以公开", "1", "2"]
        );
        assert_eq!(split_aligned("规章 — 0 /"), vec!["规章", "—", "0", "/"]);
    }

    #[test]
    fn csv_and_markdown() {
        assert_eq!(
            split_csv(r#"政府集中采购,16,"39,173,777.52""#),
            Some(vec![
                "政府集中采购".to_string(),
                "16".into(),
                "39,173,777.52".into()
            ])
        );
        assert_eq!(split_csv("本年度共收到申请1,234件"), None);
        assert_eq!(
            split_markdown("| 规章 | 0 | | 3 |"),
            vec!["规章", "0", "", "3"]
        );
        assert!(is_md_separator("|---|:--:|---|"));
    }
}
