//! The flattened layouts: how other tools print a report's tables once
//! the grid is gone (a document viewer's copy, Markdown converters that
//! join merged headers, PDF text with blank cells, column-major dumps,
//! crawler text). Each rendering varies with the generator's rng.

use super::doc::{Block, Doc, Grid, Kind, Which};
use super::rng::Rng;
use std::fmt::Write;

/// One grid row as the flattened layouts see it.
struct Line {
    /// A data row (it has values), else a caption or header row.
    data: bool,
    /// A caption row (第二十条第（一）项).
    caption: bool,
    /// Texts of the label-area cells covering the row (merged parents
    /// included), outermost first, empty ones left out.
    path: Vec<String>,
    /// Whether each `path` entry starts on this row.
    path_own: Vec<bool>,
    /// Header texts that start on this row right of the label area, with
    /// their first grid column and span.
    heads: Vec<(usize, usize, String)>,
    /// Value cells that start on this row: grid column, span, text.
    vals: Vec<(usize, usize, String)>,
}

/// A table's rows with the grid's geometry.
struct View {
    which: Which,
    lines: Vec<Line>,
    /// Grid width.
    width: usize,
    /// The first grid column holding a value (the label area's width).
    lab: usize,
}

fn flat(s: &str) -> String {
    s.replace('\n', "")
}

fn view(g: &Grid) -> View {
    let nrows = g.rows.len();
    let mut cover: Vec<Vec<Option<(usize, usize)>>> = vec![Vec::new(); nrows];
    let mut width = 0;
    for (r, row) in g.rows.iter().enumerate() {
        let mut c = 0;
        for (i, cell) in row.iter().enumerate() {
            while cover[r].get(c).is_some_and(|x| x.is_some()) {
                c += 1;
            }
            for dr in 0..cell.rs.max(1) {
                let rr = r + dr;
                if rr >= nrows {
                    break;
                }
                for dc in 0..cell.cs.max(1) {
                    let cc = c + dc;
                    if cover[rr].len() <= cc {
                        cover[rr].resize(cc + 1, None);
                    }
                    cover[rr][cc] = Some((r, i));
                }
            }
            c += cell.cs.max(1);
            width = width.max(c);
        }
    }
    let lab = g
        .rows
        .iter()
        .enumerate()
        .flat_map(|(r, row)| {
            let cover = &cover;
            row.iter().enumerate().filter_map(move |(i, cell)| {
                if cell.kind != Kind::Value {
                    return None;
                }
                cover[r].iter().position(|x| *x == Some((r, i)))
            })
        })
        .min()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (r, row) in g.rows.iter().enumerate() {
        let mut path = Vec::new();
        let mut path_own = Vec::new();
        let mut heads = Vec::new();
        let mut vals = Vec::new();
        let mut seen: Vec<(usize, usize)> = Vec::new();
        for (c, slot) in cover[r].iter().enumerate() {
            let Some((or, oi)) = *slot else { continue };
            if seen.contains(&(or, oi)) {
                continue;
            }
            seen.push((or, oi));
            let cell = &g.rows[or][oi];
            if cell.kind == Kind::Value {
                if or == r {
                    vals.push((c, cell.cs.max(1), cell.text.clone()));
                }
            } else if c < lab || cell.kind == Kind::Label || cell.kind == Kind::Caption {
                if !cell.text.is_empty() {
                    path.push(cell.text.clone());
                    path_own.push(or == r);
                }
            } else if or == r && !cell.text.is_empty() {
                heads.push((c, cell.cs.max(1), cell.text.clone()));
            }
        }
        let caption = row.len() == 1 && row[0].kind == Kind::Caption;
        lines.push(Line {
            data: row.iter().any(|c| c.kind == Kind::Value),
            caption,
            path,
            path_own,
            heads,
            vals,
        });
    }
    View {
        which: g.which,
        lines,
        width,
        lab,
    }
}

/// Whether the document stops after this table ([`crate::Flaw::Truncated`]).
fn cut_here(doc: &Doc, g: &Grid) -> bool {
    g.which == Which::Requests && doc.truncate_after.is_some()
}

/// A text dump of `doc`: prose as [`prose`] prints it, each table as
/// `table` writes it followed by a blank line, and nothing after the table
/// a truncated document stops at.
fn dump(doc: &Doc, mut table: impl FnMut(&mut String, &Grid)) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        let Block::Table(g) = b else {
            prose(&mut out, b);
            continue;
        };
        table(&mut out, g);
        out.push('\n');
        if cut_here(doc, g) {
            break;
        }
    }
    out
}

/// Prose as a text dump prints it: one paragraph a line, blank lines
/// between.
fn prose(out: &mut String, b: &Block) {
    if let Block::Title(s) | Block::Heading(s) | Block::Sub(s) | Block::Para(s) = b {
        out.push_str(s);
        out.push_str("\n\n");
    }
}

/// Splits `s` in two at a place inside it (a label that wrapped in its
/// cell).
fn split2(rng: &mut Rng, s: &str) -> Vec<String> {
    let cs: Vec<char> = s.chars().collect();
    if cs.len() < 4 {
        return vec![s.to_string()];
    }
    let at = cs.len() / 2 + rng.index(2) - usize::from(cs.len() > 5);
    vec![cs[..at].iter().collect(), cs[at..].iter().collect()]
}

/// Chunks of at most `n` characters, never splitting a run of ASCII
/// digits.
fn chunks(s: &str, n: usize) -> Vec<String> {
    let cs: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let n = n.max(1);
    while i < cs.len() {
        let mut end = (i + n).min(cs.len());
        while end < cs.len()
            && end > i + 1
            && cs[end].is_ascii_digit()
            && cs[end - 1].is_ascii_digit()
        {
            end -= 1;
        }
        out.push(cs[i..end].iter().collect());
        i = end;
    }
    out
}

// ---------------------------------------------------------------- cell-lines

/// A document viewer's copy: every cell on its own line, in reading
/// order; blank cells left out or kept as empty lines; header labels that
/// wrapped in their cell on several lines.
pub fn cell_lines(rng: &mut Rng, doc: &Doc) -> String {
    let keep_blank = rng.chance(0.5);
    let wrap_heads = rng.chance(0.6);
    dump(doc, |out, g| {
        for row in &g.rows {
            for c in row {
                if c.text.is_empty() {
                    if c.kind == Kind::Value && keep_blank {
                        out.push('\n');
                    }
                    continue;
                }
                let mut parts: Vec<String> = c.text.split('\n').map(str::to_string).collect();
                if c.kind == Kind::Head && parts.len() == 1 {
                    let n = c.text.chars().count();
                    if n > 24 {
                        parts = chunks(&c.text, 18 + rng.index(8));
                    } else if wrap_heads && n >= 5 && rng.chance(0.5) {
                        parts = split2(rng, &c.text);
                    }
                }
                for p in parts {
                    out.push_str(&p);
                    out.push('\n');
                }
            }
        }
    })
}

// ----------------------------------------------------------------- joined-md

/// Markdown from a converter that joins merged headers: a row's label is
/// its whole header path (`三、本年度办理结果 （三）不予公开 1.属于国家秘密`),
/// joined with or without a space, or the outermost parent repeated in a
/// column of its own; values stay in their grid columns.
pub fn joined_md(rng: &mut Rng, doc: &Doc) -> String {
    let sep = if rng.chance(0.6) { " " } else { "" };
    let parent_col = rng.chance(0.35);
    dump(doc, |out, g| {
        let v = view(g);
        let deep = v.lines.iter().any(|l| l.data && l.path.len() > 1);
        let two = parent_col && deep;
        let ncols = v.width - v.lab + if two { 2 } else { 1 };
        for (i, l) in v.lines.iter().enumerate() {
            let mut cells: Vec<String> = Vec::with_capacity(ncols);
            if !l.data {
                let mut all: Vec<String> = l.path.iter().map(|s| flat(s)).collect();
                all.extend(l.heads.iter().map(|h| flat(&h.2)));
                cells.push(all.join(" "));
                if two {
                    cells.push(String::new());
                }
            } else {
                let path: Vec<String> = l.path.iter().map(|s| flat(s)).collect();
                if two {
                    let first = path.first().cloned().unwrap_or_default();
                    let rest = if path.len() > 1 {
                        path[1..].join(sep)
                    } else {
                        first.clone()
                    };
                    cells.push(first);
                    cells.push(rest);
                } else {
                    cells.push(path.join(sep));
                }
            }
            for c in v.lab..v.width {
                cells.push(
                    l.vals
                        .iter()
                        .find(|x| x.0 == c)
                        .map(|x| x.2.clone())
                        .unwrap_or_default(),
                );
            }
            while cells.len() < ncols {
                cells.push(String::new());
            }
            let _ = writeln!(out, "| {} |", cells.join(" | "));
            if i == 0 {
                let _ = writeln!(out, "|{}", "---|".repeat(ncols));
            }
        }
    })
}

// -------------------------------------------------------------- column-major

/// A caption or header row as one line: its label-area texts, then its
/// headers, a space apart.
fn header_line(out: &mut String, l: &Line) {
    let mut all: Vec<String> = l.path.iter().map(|s| flat(s)).collect();
    all.extend(l.heads.iter().map(|h| flat(&h.2)));
    if !all.is_empty() {
        let _ = writeln!(out, "{}", all.join(" "));
    }
}

/// A dump that reads a table column after column: the label column first
/// (caption and header rows as one line each), then each value column's
/// cells one a line (blank cells as empty lines; places a wider cell covers
/// are skipped).
/// In half the reports, section 三 is printed as a PDF reader that orders
/// a table's boxes may print it: no header rows, and each column's
/// one-column header before its cells, the columns shuffled.
pub fn column_major(rng: &mut Rng, doc: &Doc) -> String {
    let parents = rng.chance(0.3);
    // Section 三 as a PDF reader that orders a table's boxes may print
    // it: each column's header before its values, the columns in an order
    // of their own (the header row itself left out).
    let headed = rng.chance(0.5);
    let mut order: Vec<usize> = Vec::new();
    dump(doc, |out, g| {
        let v = view(g);
        // The one-column header over each value column, if every column
        // has one.
        let leaf = |c: usize| {
            v.lines
                .iter()
                .filter(|l| !l.data)
                .flat_map(|l| l.heads.iter())
                .find(|h| h.0 == c && h.1 == 1)
                .map(|h| flat(&h.2))
        };
        let heads: Option<Vec<String>> = (v.lab..v.width).map(leaf).collect();
        let heads = heads.filter(|_| headed && v.which == Which::Requests);
        if heads.is_some() && order.is_empty() {
            order = (v.lab..v.width).collect();
            for i in (1..order.len()).rev() {
                order.swap(i, rng.index(i + 1));
            }
        }
        for l in &v.lines {
            if !l.data {
                if heads.is_none() || l.caption {
                    header_line(out, l);
                }
                continue;
            }
            let n = l.path.len();
            for (k, p) in l.path.iter().enumerate() {
                let leaf = k + 1 == n;
                if leaf || (parents && l.path_own[k]) {
                    let _ = writeln!(out, "{}", flat(p));
                }
            }
        }
        let columns: Vec<usize> = match &heads {
            Some(_) => order.clone(),
            None => (v.lab..v.width).collect(),
        };
        for c in columns {
            if let Some(h) = &heads {
                let _ = writeln!(out, "{}", h[c - v.lab]);
            }
            for l in v.lines.iter().filter(|l| l.data) {
                if let Some(x) = l.vals.iter().find(|x| x.0 == c) {
                    let _ = writeln!(out, "{}", x.2);
                }
            }
        }
    })
}

// -------------------------------------------------------------- run-together

/// Crawler text: a table's rows run into each other on one line (or one
/// line a row), cells joined with no separator in places and a space in
/// others, blank cells leaving at most their separators; a row's label is
/// its header path.
pub fn run_together(rng: &mut Rng, doc: &Doc) -> String {
    let whole = rng.chance(0.5);
    let lsep = if rng.chance(0.5) { "" } else { " " };
    // Text taken in document order has each merged parent once, on the
    // row where it starts; some tools repeat the whole path on each row.
    let own_only = whole && rng.chance(0.6);
    let tight = 0.25 + 0.5 * (rng.index(100) as f64 / 100.0);
    dump(doc, |out, g| {
        let v = view(g);
        let mut rows: Vec<String> = Vec::new();
        for l in &v.lines {
            let mut s = String::new();
            if !l.data {
                let mut all: Vec<String> = l.path.iter().map(|s| flat(s)).collect();
                all.extend(l.heads.iter().map(|h| flat(&h.2)));
                s.push_str(&all.join(""));
            } else {
                let path: Vec<String> = l
                    .path
                    .iter()
                    .zip(&l.path_own)
                    .filter(|(_, own)| !own_only || **own)
                    .map(|(s, _)| flat(s))
                    .collect();
                s.push_str(&path.join(lsep));
                for (i, x) in l.vals.iter().enumerate() {
                    if (i > 0 || !s.is_empty()) && !rng.chance(tight) {
                        s.push(' ');
                    }
                    s.push_str(&x.2);
                }
            }
            if !s.is_empty() {
                rows.push(s);
            }
        }
        if whole {
            let mut line = String::new();
            for (i, r) in rows.iter().enumerate() {
                if i > 0 && rng.chance(0.5) {
                    line.push(' ');
                }
                line.push_str(r);
            }
            let _ = writeln!(out, "{line}");
        } else {
            for r in rows {
                let _ = writeln!(out, "{r}");
            }
        }
    })
}

// ------------------------------------------------------------------ pdf-gaps

/// A line of PDF text being laid out: characters at places.
#[derive(Default)]
struct Row {
    chars: Vec<char>,
}

impl Row {
    /// Writes `s` from place `x` (after a space if the place is taken).
    fn put(&mut self, x: usize, s: &str) {
        let mut x = x;
        if self.chars.len() > x {
            x = self.chars.len() + 1;
        }
        while self.chars.len() < x {
            self.chars.push(' ');
        }
        self.chars.extend(s.chars());
    }

    /// Writes `s` so that it ends at place `end` (right-aligned).
    fn put_right(&mut self, end: usize, s: &str) {
        let n = s.chars().count();
        self.put(end.saturating_sub(n), s);
    }

    fn text(&self) -> String {
        let s: String = self.chars.iter().collect();
        s.trim_end().to_string()
    }
}

/// "1.属于国家秘密" → "1、属于国家秘密".
fn dun(s: &str) -> String {
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(d), Some('.')) if d.is_ascii_digit() => format!("{d}、{}", cs.as_str()),
        _ => s.to_string(),
    }
}

/// Places of a table's value columns: where each column's numbers end.
struct Cols {
    /// The first value column's left edge.
    x0: usize,
    /// Width of a value column.
    w: usize,
}

impl Cols {
    fn end(&self, k: usize) -> usize {
        self.x0 + (k + 1) * self.w
    }
}

/// The lines of one table's header rows, laid out over `cols`.
fn pdf_header(rng: &mut Rng, v: &View, cols: &Cols, chunk: usize) -> Vec<Vec<String>> {
    let mut all = Vec::new();
    for l in &v.lines {
        let mut out = Vec::new();
        if l.data {
            all.push(out);
            continue;
        }
        if l.caption {
            if let Some(p) = l.path.first() {
                let mut r = Row::default();
                r.put(cols.x0 / 2, &flat(p));
                out.push(r.text());
            }
            all.push(out);
            continue;
        }
        // Label-area text (the corner, 信息内容) wrapped at the left.
        let left: Vec<String> = l
            .path
            .iter()
            .zip(&l.path_own)
            .filter(|(_, own)| **own)
            .flat_map(|(p, _)| chunks(&flat(p), cols.x0.saturating_sub(4).clamp(4, 24)))
            .collect();
        // Header cells over the value columns, each wrapped to its width.
        let cells: Vec<(usize, Vec<String>)> = l
            .heads
            .iter()
            .map(|(c, cs, t)| {
                let k = c - v.lab;
                let room = (cs * cols.w).saturating_sub(1).max(2);
                let per = if *cs > 1 { room } else { chunk.min(room) };
                let mid = cols.x0 + k * cols.w + (cs * cols.w) / 2;
                (mid, chunks(&flat(t), per))
            })
            .collect();
        let n = cells
            .iter()
            .map(|c| c.1.len())
            .max()
            .unwrap_or(0)
            .max(left.len());
        let top = rng.chance(0.5);
        for i in 0..n {
            let mut r = Row::default();
            if let Some(s) = left.get(i) {
                r.put(1, s);
            }
            for (mid, parts) in &cells {
                // Short labels are centred vertically or top-aligned.
                let off = if top { 0 } else { (n - parts.len()) / 2 };
                if i >= off {
                    if let Some(p) = parts.get(i - off) {
                        let half = p.chars().count() / 2;
                        r.put(mid.saturating_sub(half), p);
                    }
                }
            }
            let t = r.text();
            if !t.is_empty() {
                out.push(t);
            }
        }
        all.push(out);
    }
    all
}

/// PDF text where blank cells leave nothing: each number at its column's
/// place, fewer numbers than columns on rows with blanks, long labels
/// wrapped over two or three lines (numbers on the middle one), merged
/// parents printed down the left edge, page footers and the header
/// repeated inside the section 三 table, sub-rows numbered `1、`.
pub fn pdf_gaps(rng: &mut Rng, doc: &Doc) -> String {
    let width = 33 + rng.index(8);
    let dun_nums = rng.chance(0.5);
    let dash = rng.chance(0.7);
    let mut page = 2 + rng.index(2);
    let footer = |p: usize| {
        if dash {
            format!("- {p} -")
        } else {
            format!("— {p} —")
        }
    };
    let mut out = String::new();
    for b in &doc.blocks {
        match b {
            Block::Title(s) => {
                let _ = writeln!(out, "{}{s}\n", " ".repeat(4 + rng.index(6)));
            }
            Block::Heading(s) | Block::Sub(s) => {
                let _ = writeln!(out, "  {s}\n");
            }
            Block::Para(s) => {
                for (i, l) in chunks(s, width).into_iter().enumerate() {
                    let ind = if i == 0 { "  " } else { "" };
                    let _ = writeln!(out, "{ind}{l}");
                }
            }
            Block::Table(g) => {
                let v = view(g);
                let lw = 12 + rng.index(6);
                let label_lines: Vec<Vec<String>> = v
                    .lines
                    .iter()
                    .map(|l| match l.path.last() {
                        Some(p) if l.data => {
                            let p = flat(p);
                            let p = if dun_nums { dun(&p) } else { p };
                            chunks(&p, lw)
                        }
                        _ => Vec::new(),
                    })
                    .collect();
                let depth = v.lines.iter().map(|l| l.path.len()).max().unwrap_or(0);
                let pw = 5 + rng.index(3);
                let indent = depth.saturating_sub(1) * (pw + 1);
                let longest = label_lines
                    .iter()
                    .flatten()
                    .map(|s| s.chars().count())
                    .max()
                    .unwrap_or(0);
                let ncols = v.width - v.lab;
                let w = match v.which {
                    Which::Active => 11 + rng.index(5),
                    Which::Requests => 5 + rng.index(3),
                    Which::Review => 4 + rng.index(3),
                };
                let x0 = if v.lab == 0 {
                    rng.index(3)
                } else {
                    indent + longest + 2 + rng.index(4)
                };
                let cols = Cols { x0, w };
                let chunk = if v.which == Which::Active {
                    w.saturating_sub(2)
                } else {
                    2 + rng.index(2)
                };
                let header = pdf_header(rng, &v, &cols, chunk);
                let data: Vec<usize> = (0..v.lines.len()).filter(|&i| v.lines[i].data).collect();
                let brk = if v.which == Which::Requests && data.len() > 6 {
                    Some(data[3 + rng.index(data.len() - 5)])
                } else {
                    None
                };
                // The header rows above the first data row, printed again
                // after a page break.
                let first = data.first().copied().unwrap_or(0);
                let repeat: Vec<String> = header[..first].iter().flatten().cloned().collect();
                // Parent labels (三、本年度办理结果, （三）不予公开) go down
                // the left edge in pieces, one piece a line from the row
                // where the parent starts.
                let mut pieces: Vec<Vec<String>> = vec![Vec::new(); depth.max(1)];
                for (i, l) in v.lines.iter().enumerate() {
                    if !l.data {
                        for h in &header[i] {
                            let _ = writeln!(out, "{h}");
                        }
                        if rng.chance(0.5) {
                            out.push('\n');
                        }
                        continue;
                    }
                    if Some(i) == brk {
                        let _ = writeln!(out, "\n{}\n", footer(page));
                        page += 1;
                        if rng.chance(0.7) {
                            for h in &repeat {
                                let _ = writeln!(out, "{h}");
                            }
                            out.push('\n');
                        }
                    }
                    let n = l.path.len();
                    for (k, p) in pieces.iter_mut().enumerate() {
                        if k + 1 < n {
                            if l.path_own[k] {
                                *p = chunks(&flat(&l.path[k]), 4);
                            }
                        } else if n > 0 {
                            p.clear();
                        }
                    }
                    let labels = &label_lines[i];
                    let nl = labels.len().max(1);
                    let at = match nl {
                        1 => 0,
                        2 => rng.index(2),
                        _ => nl / 2,
                    };
                    let start = (n.saturating_sub(1)) * (pw + 1);
                    for j in 0..nl {
                        let mut r = Row::default();
                        for (k, p) in pieces.iter_mut().enumerate().take(n.saturating_sub(1)) {
                            if !p.is_empty() {
                                let s = p.remove(0);
                                r.put(k * (pw + 1), &s);
                            }
                        }
                        if let Some(s) = labels.get(j) {
                            let len = s.chars().count();
                            let room = cols.x0.saturating_sub(start + 1);
                            let x = if n == 1 && v.which == Which::Requests {
                                start + room.saturating_sub(len) / 2
                            } else {
                                start + rng.index(2)
                            };
                            r.put(x, s);
                        }
                        if j == at {
                            for (c, cs, t) in &l.vals {
                                if t.is_empty() {
                                    continue;
                                }
                                let k = c - v.lab;
                                let k = if *cs > 1 { k + cs / 2 } else { k };
                                r.put_right(cols.end(k.min(ncols.saturating_sub(1))), t);
                            }
                        }
                        let _ = writeln!(out, "{}", r.text());
                    }
                    if rng.chance(0.4) {
                        out.push('\n');
                    }
                }
                out.push('\n');
                if cut_here(doc, g) {
                    return out;
                }
            }
        }
    }
    let _ = writeln!(out, "{}", footer(page));
    out
}

// -------------------------------------------------------------- narrow-cells

/// PDF text by lines of tables whose value columns are one character
/// wide: a row's texts a space apart, blank cells leaving nothing, and
/// each count of two or more digits in sections 三 and 四 wrapped in its
/// cell: its first digit on a line above the row's, its last on a line
/// below, the digits between (a count of three or more) on the row's line
/// in the count's place.
pub fn narrow_cells(doc: &Doc) -> String {
    dump(doc, |out, g| {
        let v = view(g);
        let narrow = g.which != Which::Active;
        for l in &v.lines {
            if !l.data {
                header_line(out, l);
                continue;
            }
            let (mut above, mut row, mut below) = (Vec::new(), Vec::new(), Vec::new());
            if let Some(label) = l.path.last() {
                row.push(flat(label));
            }
            for (_, _, text) in &l.vals {
                let t = text.trim();
                if t.is_empty() {
                    continue;
                }
                let cs: Vec<char> = t.chars().collect();
                let digits = cs
                    .iter()
                    .all(|c| c.is_ascii_digit() || ('０'..='９').contains(c));
                if narrow && digits && cs.len() >= 2 {
                    above.push(cs[0].to_string());
                    below.push(cs[cs.len() - 1].to_string());
                    if cs.len() > 2 {
                        row.push(cs[1..cs.len() - 1].iter().collect());
                    }
                } else {
                    row.push(t.to_string());
                }
            }
            for part in [above, row, below] {
                if !part.is_empty() {
                    let _ = writeln!(out, "{}", part.join(" "));
                }
            }
        }
    })
}
