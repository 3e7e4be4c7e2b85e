//! Tables written in a text markup, rewritten in place as HTML tables so
//! that the text parser reads them as grids, spans included:
//!
//! - BBCode, as forums repost a report: `[table][tr][td]…[/td][/tr][/table]`
//!   (Discuz's `[td=2,1]` gives a cell's colspan and rowspan);
//! - MediaWiki: `{| … |- … ! a !! b … | a || b … |}`, with `colspan="3" |`
//!   attributes before a cell's text;
//! - LaTeX: `\begin{tabular}{…} a & b \\ … \end{tabular}` (and `longtable`,
//!   `tabularx`, …), with `\multicolumn{n}{…}{…}` as a colspan and
//!   `\multirow` as the text of its first row (LaTeX leaves the rows
//!   below it an empty cell, as a Word text export does);
//! - Textile: rows `|a|b|` whose cells carry a spec before `. `
//!   (`_` a header, `\\3` a colspan, `/22` a rowspan);
//! - AsciiDoc: `|===` blocks whose cells (`|a |b`, `3+|`, `.22+|`,
//!   `3.3+|`) flow into rows of the table's column count;
//! - ConTeXt: extreme tables (`\startxtable … \startxrow …
//!   \startxcell[nx=3,ny=2] … \stopxcell`, pandoc's) and natural tables
//!   (`\bTABLE \bTR \bTD[nc=2,nr=3] … \eTD`), a cell's commands
//!   dropped and its text kept;
//! - roff (pandoc's man pages): tbl tables (`.TS`, `tab(@);`, `l l l.`,
//!   rows of cells parted by the tab character, `T{ … T}` blocks over
//!   lines, `.TE`), and the whole text's escapes (`\[u6B63]`, `\(em`)
//!   decoded and its requests (`.SH 标题`, `.PP`) made text.
//!
//! - tables written out as sentences, one row a line, as a screen
//!   reader's version of a page gives them (`一、本年新收…：自然人 27件，
//!   商业企业 4件，…，总计 32件。`): each value after its column's name.
//!
//! Each table keeps its place line for line (a table's lines become as
//! many lines of HTML), so the cells, and everything after them, keep
//! their source lines. Text outside the tables is left as it is.

use memchr::memmem;

/// The text with every BBCode, MediaWiki, LaTeX, ConTeXt, tbl, Textile
/// and AsciiDoc table, and every table written as sentences, in it
/// written as an HTML table (a roff text's escapes and requests made
/// text too); `None` when it has none.
pub fn as_html(text: &str) -> Option<String> {
    let mut out: Option<String> = None;
    // roff first: it decodes the whole text, tables and prose.
    for rewrite in [
        roff, bbcode, mediawiki, latex, context, textile, asciidoc, sentences,
    ] {
        if let Some(t) = rewrite(out.as_deref().unwrap_or(text)) {
            out = Some(t);
        }
    }
    out
}

/// Appends `s` as HTML text.
fn push_text(out: &mut String, s: &str) {
    // A character the markup wrote as a reference (pandoc's Textile:
    // `&#43;2`, `&#45;`) is that character, not its reference's text.
    out.push_str(&html_escape::encode_text(&super::entities::decode(s)));
}

/// Appends a cell's opening tag.
fn push_cell(out: &mut String, tag: &str, colspan: u32, rowspan: u32) {
    out.push('<');
    out.push_str(tag);
    if colspan > 1 {
        out.push_str(&format!(" colspan=\"{colspan}\""));
    }
    if rowspan > 1 {
        out.push_str(&format!(" rowspan=\"{rowspan}\""));
    }
    out.push('>');
}

// ---------------------------------------------------------------- BBCode

/// BBCode tables: `[table]`, `[tr]`, `[td]`/`[th]` become their HTML
/// tags; inside a table, other tags (`[b]`, `[size=2]`, `[align=center]`)
/// are dropped and the text is escaped. `[td=a,b]` is Discuz's colspan
/// `a` and rowspan `b`; `[td=200]` a width, ignored.
fn bbcode(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let first = super::html::find_ci(b, b"[table", 0)?;
    super::html::find_ci(b, b"[tr]", first)?;
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut depth = 0usize;
    let mut done = 0;
    let mut k = first;
    while let Some(at) = memchr::memchr(b'[', &b[k..]).map(|i| k + i) {
        let Some((close, name, args, end)) = bb_tag(text, at) else {
            k = at + 1;
            continue;
        };
        let table_tag = matches!(name.as_str(), "table" | "tr" | "td" | "th");
        if depth == 0 && name != "table" {
            k = end;
            continue;
        }
        if depth == 0 && close {
            k = end;
            continue;
        }
        // The text before the tag.
        let before = &text[done..at];
        if depth > 0 {
            push_text(&mut out, before);
        } else {
            out.push_str(before);
        }
        if table_tag {
            match (name.as_str(), close) {
                ("table", false) => {
                    depth += 1;
                    out.push_str("<table>");
                }
                ("table", true) => {
                    depth -= 1;
                    out.push_str("</table>");
                }
                (tag, true) => {
                    out.push_str("</");
                    out.push_str(tag);
                    out.push('>');
                }
                (tag, false) => {
                    let (colspan, rowspan) = bb_spans(args);
                    push_cell(&mut out, tag, colspan, rowspan);
                }
            }
        }
        done = end;
        k = end;
    }
    if done == 0 {
        return None;
    }
    if depth > 0 {
        push_text(&mut out, &text[done..]);
    } else {
        out.push_str(&text[done..]);
    }
    Some(out)
}

/// The BBCode tag at `at` (`[name]`, `[name=args]`, `[/name]`): whether it
/// closes, its name in lower case, its arguments and the byte after it.
fn bb_tag(text: &str, at: usize) -> Option<(bool, String, &str, usize)> {
    let b = text.as_bytes();
    let mut i = at + 1;
    let close = b.get(i) == Some(&b'/');
    if close {
        i += 1;
    }
    let start = i;
    while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    if i == start || i - start > 10 {
        return None;
    }
    let name = text[start..i].to_ascii_lowercase();
    let args_from = i;
    // Arguments run to the `]` on the same line.
    let end = b[i..]
        .iter()
        .take(120)
        .position(|&c| c == b']' || c == b'\n' || c == b'[')?;
    if b[i + end] != b']' {
        return None;
    }
    let args = match b.get(args_from) {
        Some(b'=') => &text[args_from + 1..i + end],
        Some(b']') => "",
        _ => return None,
    };
    Some((close, name, args, i + end + 1))
}

/// A BBCode cell's spans from its arguments: `a,b` (Discuz) is colspan
/// `a`, rowspan `b`; anything else (a width) none.
fn bb_spans(args: &str) -> (u32, u32) {
    let mut parts = args.split(',').map(|p| p.trim().parse::<u32>().ok());
    match (parts.next(), parts.next()) {
        (Some(Some(c)), Some(Some(r))) => (c.clamp(1, 64), r.clamp(1, 512)),
        _ => (1, 1),
    }
}

// ------------------------------------------------------------- MediaWiki

/// MediaWiki tables, line by line: `{|` opens one, `|-` a row, `!` and `|`
/// lines hold header and data cells (several joined by `!!` or `||`),
/// `|+` a caption, `|}` closes; a line of none of these continues the
/// cell before it.
fn mediawiki(text: &str) -> Option<String> {
    memmem::find(text.as_bytes(), b"{|")?;
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut depth = 0usize;
    let mut row_open = false;
    let mut any = false;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let eol = &line[body.len()..];
        let t = body.trim_start();
        if t.starts_with("{|") {
            depth += 1;
            any = true;
            row_open = false;
            out.push_str("<table>");
        } else if depth == 0 {
            out.push_str(body);
        } else if let Some(after) = t.strip_prefix("|}") {
            depth -= 1;
            if row_open {
                out.push_str("</tr>");
            }
            row_open = false;
            out.push_str("</table>");
            push_text(&mut out, after);
        } else if t.starts_with("|-") {
            // The row opens on its first cell's line.
            if row_open {
                out.push_str("</tr>");
            }
            row_open = false;
        } else if let Some(caption) = t.strip_prefix("|+") {
            out.push_str("<caption>");
            push_text(&mut out, wiki_inline(wiki_cell(caption).2).trim());
            out.push_str("</caption>");
        } else if let Some(cells) = t.strip_prefix('!').or_else(|| t.strip_prefix('|')) {
            if !row_open {
                out.push_str("<tr>");
                row_open = true;
            }
            let tag = if t.starts_with('!') { "th" } else { "td" };
            let parts: Vec<&str> = if tag == "th" {
                cells.split("!!").flat_map(|c| c.split("||")).collect()
            } else {
                cells.split("||").collect()
            };
            for cell in parts {
                let (colspan, rowspan, content) = wiki_cell(cell);
                push_cell(&mut out, tag, colspan, rowspan);
                push_text(&mut out, wiki_inline(content).trim());
            }
        } else {
            // Text continuing the cell before.
            out.push(' ');
            push_text(&mut out, &wiki_inline(t));
        }
        out.push_str(eol);
    }
    any.then_some(out)
}

/// A MediaWiki cell: `attributes | text` or `text`, as its colspan,
/// rowspan and text.
fn wiki_cell(cell: &str) -> (u32, u32, &str) {
    let bar = cell.find('|').filter(|&i| {
        // A `|` inside a link (`[[a|b]]`) is no attribute bar.
        !cell[..i].contains("[[") && cell[..i].contains('=')
    });
    let Some(i) = bar else {
        return (1, 1, cell);
    };
    let attrs = &cell[..i];
    let span = |name: &str| -> u32 {
        let Some(at) = attrs.to_ascii_lowercase().find(name) else {
            return 1;
        };
        let v: String = attrs[at + name.len()..]
            .trim_start_matches([' ', '=', '"', '\''])
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        v.parse::<u32>().map_or(1, |n| n.clamp(1, 512))
    };
    (span("colspan").min(64), span("rowspan"), &cell[i + 1..])
}

/// A cell's text without MediaWiki's emphasis quotes (`'''b'''`, `''i''`)
/// and link brackets (`[[target|text]]` gives `text`).
fn wiki_inline(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains("''") && !s.contains("[[") {
        return s.into();
    }
    let t = s.replace("'''", "").replace("''", "");
    let mut out = String::with_capacity(t.len());
    let mut rest = t.as_str();
    while let Some(open) = rest.find("[[") {
        let Some(len) = rest[open..].find("]]") else {
            break;
        };
        out.push_str(&rest[..open]);
        let inner = &rest[open + 2..open + len];
        out.push_str(inner.rsplit('|').next().unwrap_or(""));
        rest = &rest[open + len + 2..];
    }
    out.push_str(rest);
    out.into()
}

// ----------------------------------------------------------------- LaTeX

/// The table environments read, and how many brace arguments follow the
/// `\begin{…}` before the rows (a width, then the column spec).
const LATEX_TABLES: [(&str, usize); 10] = [
    ("tabular*", 2),
    ("tabularx", 2),
    ("tabulary", 2),
    ("xtabular*", 2),
    ("longtable", 1),
    ("supertabular", 1),
    ("xtabular", 1),
    ("longtabu", 1),
    ("tabular", 1),
    ("tabu", 1),
];

/// LaTeX tables: rows end at `\\` (or `\tabularnewline`) and cells at `&`,
/// both outside braces and nested environments (a `minipage` inside a
/// cell keeps its own `\\`).
fn latex(text: &str) -> Option<String> {
    let b = text.as_bytes();
    memmem::find(b, b"\\begin{")?;
    let document = LATEX_PROSE_CUES
        .iter()
        .any(|cue| memmem::find(b, cue.as_bytes()).is_some());
    let mut out = String::new();
    let mut done = 0;
    let mut from = 0;
    while let Some(at) = memmem::find(&b[from..], b"\\begin{").map(|i| from + i) {
        from = at + 7;
        // An environment's name is short.
        let Some(close) = b[from..]
            .iter()
            .take(16)
            .position(|&c| c == b'}')
            .map(|i| from + i)
        else {
            continue;
        };
        let env = &text[from..close];
        let Some(&(_, args)) = LATEX_TABLES.iter().find(|(e, _)| *e == env) else {
            continue;
        };
        let mut i = close + 1;
        // `[pos]` and the brace arguments.
        i = skip_group(b, i, b'[', b']').unwrap_or(i);
        for _ in 0..args {
            i = skip_group(b, i, b'{', b'}').unwrap_or(i);
        }
        let end_tag = format!("\\end{{{env}}}");
        // A table never closed is left as text; the next may be read.
        let Some(end) = env_end(b, i, env) else {
            continue;
        };
        latex_prose(&text[done..at], document, &mut out);
        let source = &text[at..end + end_tag.len()];
        let html = latex_table(&uncommented(&text[i..end]));
        let lines = source.matches('\n').count();
        out.push_str(&html);
        let written = html.matches('\n').count();
        out.extend(std::iter::repeat_n('\n', lines.saturating_sub(written)));
        done = end + end_tag.len();
        from = done;
    }
    (done > 0).then(|| {
        latex_prose(&text[done..], document, &mut out);
        out
    })
}

/// Commands only a LaTeX document's text holds (pandoc's `-t latex`
/// writes its headings, links and runs of Latin script so): a document
/// with one is LaTeX outside its tables too ([`latex_prose`]).
const LATEX_PROSE_CUES: [&str; 12] = [
    "\\documentclass",
    "\\begin{document}",
    "\\section",
    "\\subsection",
    "\\subsubsection",
    "\\textbf{",
    "\\emph{",
    "\\href{",
    "\\hyperlink{",
    "\\hypertarget{",
    "\\foreignlanguage{",
    "\\textgreater{}",
];

/// LaTeX's sectioning commands, whose first brace argument is a heading.
const LATEX_HEADS: [&str; 7] = [
    "part",
    "chapter",
    "section",
    "subsection",
    "subsubsection",
    "paragraph",
    "subparagraph",
];

/// Appends LaTeX text outside tables. In a LaTeX document (`document`:
/// it holds one of [`LATEX_PROSE_CUES`]), line for line as the text it
/// typesets: a heading's command (`\\subsubsection{五、…}\\label{…}}`)
/// its title, other lines with commands or groups their text
/// ([`latex_cell`]: `{\\foreignlanguage{american}{68}件}` is 68件),
/// comments dropped; elsewhere (a table pasted into other text, where
/// `15%` is no comment) as it is.
fn latex_prose(s: &str, document: bool, out: &mut String) {
    if !document {
        out.push_str(s);
        return;
    }
    tex_prose(
        s,
        out,
        &['\\', '{', '}', '%'],
        &LATEX_HEADS,
        latex_title,
        |line| latex_cell(line).1.trim_end().to_string(),
    );
}

/// A LaTeX heading's title, in what follows its command's name: `*`,
/// `[short title]`, then the first brace group (its label after it goes).
fn latex_title(args: &str) -> Option<&str> {
    let a = args.as_bytes();
    let mut i = usize::from(a.first() == Some(&b'*'));
    i = skip_group(a, i, b'[', b']').unwrap_or(i);
    let end = skip_group(a, i, b'{', b'}')?;
    Some(&args[i..end])
}

/// TeX text outside tables (LaTeX's, ConTeXt's), appended line for line
/// as the text it typesets: a line holding none of `marks` as it is;
/// else, its comment dropped, a heading's title (a command named in
/// `heads`, its title found by `title` in what follows the name) or the
/// whole line, read by `text`.
fn tex_prose(
    s: &str,
    out: &mut String,
    marks: &[char],
    heads: &[&str],
    title: fn(&str) -> Option<&str>,
    text: fn(&str) -> String,
) {
    for line in s.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let eol = &line[body.len()..];
        if !body.contains(marks) {
            out.push_str(line);
            continue;
        }
        let body = uncommented(body);
        let t = body.trim_start();
        let name_len = t
            .strip_prefix('\\')
            .map_or(0, |r| r.bytes().take_while(u8::is_ascii_alphabetic).count());
        let head = (name_len > 0 && heads.contains(&&t[1..1 + name_len]))
            .then(|| title(&t[1 + name_len..]))
            .flatten();
        out.push_str(&text(head.unwrap_or(&body)));
        out.push_str(eol);
    }
}

/// Where the environment `env` opened before `from` ends: its `\end{env}`,
/// the same environments nested inside it passed over.
fn env_end(b: &[u8], from: usize, env: &str) -> Option<usize> {
    let (begin, end) = (format!("\\begin{{{env}}}"), format!("\\end{{{env}}}"));
    let mut depth = 1usize;
    let mut at = from;
    loop {
        let e = at + memmem::find(&b[at..], end.as_bytes())?;
        depth += memmem::find_iter(&b[at..e], begin.as_bytes()).count();
        depth -= 1;
        if depth == 0 {
            return Some(e);
        }
        at = e + end.len();
    }
}

/// LaTeX text without its comments (`%` to the line's end, not `\%`);
/// line breaks kept.
fn uncommented(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('%') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    for line in s.split_inclusive('\n') {
        let b = line.as_bytes();
        let cut = (0..b.len()).find(|&k| b[k] == b'%' && (k == 0 || b[k - 1] != b'\\'));
        match cut {
            Some(k) => {
                out.push_str(&line[..k]);
                if line.ends_with('\n') {
                    out.push('\n');
                }
            }
            None => out.push_str(line),
        }
    }
    out.into()
}

/// Skips a group `open … close` (nested) at `i`, after white space; the byte
/// after it, or `None` when no such group starts there.
fn skip_group(b: &[u8], mut i: usize, open: u8, close: u8) -> Option<usize> {
    while b.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    if b.get(i) != Some(&open) {
        return None;
    }
    // Options are short and arguments a cell's text: a group open past
    // that is no group (and an unclosed one is not looked for to the
    // end of the text again and again).
    let most = if open == b'{' { 4096 } else { 256 };
    let mut depth = 0usize;
    for (k, &c) in b.iter().enumerate().skip(i).take(most) {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(k + 1);
            }
        }
    }
    None
}

/// A LaTeX table's body as an HTML table, its line breaks kept.
fn latex_table(body: &str) -> String {
    let mut out = String::from("<table>");
    for row in latex_split(body, Split::Rows) {
        // The lines of the rules before the row's first cell go before it,
        // so that the row starts on its own line.
        let lead = rules_before(row);
        out.extend(std::iter::repeat_n('\n', row[..lead].matches('\n').count()));
        let row = &row[lead..];
        let cells = latex_split(row, Split::Cells);
        let texts: Vec<(u32, String)> = cells.iter().map(|c| latex_cell(c)).collect();
        let newlines = row.matches('\n').count();
        if texts.iter().all(|(_, t)| t.trim().is_empty()) && cells.len() == 1 {
            // Rules and the like only (`\toprule`, `\endhead`).
            out.extend(std::iter::repeat_n('\n', newlines));
            continue;
        }
        out.push_str("<tr>");
        for (colspan, t) in texts {
            push_cell(&mut out, "td", colspan, 1);
            // The row's line breaks are written after it.
            push_text(&mut out, &t.trim().replace(['\n', '\r'], " "));
            out.push_str("</td>");
        }
        out.push_str("</tr>");
        out.extend(std::iter::repeat_n('\n', newlines));
    }
    out.push_str("</table>");
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Split {
    Rows,
    Cells,
}

/// Splits a table body at its row ends (`\\`, `\tabularnewline`) or a
/// row at its cell marks (`&`), outside braces and nested environments.
fn latex_split(s: &str, how: Split) -> Vec<&str> {
    let b = s.as_bytes();
    let mut parts = Vec::new();
    let (mut braces, mut envs) = (0usize, 0usize);
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                let rest = &b[i + 1..];
                if rest.starts_with(b"begin{") {
                    envs += 1;
                } else if rest.starts_with(b"end{") {
                    envs = envs.saturating_sub(1);
                } else if how == Split::Rows && braces == 0 && envs == 0 {
                    let mark = if rest.first() == Some(&b'\\') {
                        Some(2)
                    } else if rest.starts_with(b"tabularnewline") {
                        Some(15)
                    } else {
                        None
                    };
                    if let Some(len) = mark {
                        parts.push(&s[start..i]);
                        i += len;
                        // `\\[2pt]`: a row's extra space.
                        if b.get(i) == Some(&b'[') {
                            i = skip_group(b, i, b'[', b']').unwrap_or(i);
                        }
                        start = i;
                        continue;
                    }
                }
                // An escaped character (`\&`, `\%`, `\{`) is text.
                i += 2;
                continue;
            }
            b'{' => braces += 1,
            b'}' => braces = braces.saturating_sub(1),
            b'&' if how == Split::Cells && braces == 0 && envs == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&s[start..]);
    parts
}

/// Commands dropped with their arguments: rules, colours, spacing, labels.
const LATEX_DROPPED: [&str; 22] = [
    "toprule",
    "midrule",
    "bottomrule",
    "hline",
    "cline",
    "cmidrule",
    "noalign",
    "endhead",
    "endfirsthead",
    "endfoot",
    "endlastfoot",
    "label",
    "addlinespace",
    "rowcolor",
    "cellcolor",
    "vspace",
    "hspace",
    "rule",
    "arrayrulecolor",
    "setlength",
    "linewidth",
    "textwidth",
];

/// The length of the spaces and dropped commands (rules, `\endhead`)
/// that open a row.
fn rules_before(row: &str) -> usize {
    let b = row.as_bytes();
    let mut i = 0;
    loop {
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        if b.get(i) != Some(&b'\\') {
            return i;
        }
        let mut j = i + 1;
        while b.get(j).is_some_and(u8::is_ascii_alphabetic) {
            j += 1;
        }
        if !LATEX_DROPPED.contains(&&row[i + 1..j]) {
            return i;
        }
        i = j;
        while let Some(e) = skip_group(b, i, b'[', b']')
            .or_else(|| skip_group(b, i, b'(', b')'))
            .or_else(|| skip_group(b, i, b'{', b'}'))
        {
            i = e;
        }
    }
}

/// A TeX control sequence at `b[at]` (a backslash), as LaTeX and ConTeXt
/// write them: `Ok(end)` for a command, its name `at + 1 .. end`; else a
/// control symbol, written to `out` (`\\`, a line break, as a space;
/// `\%`, `\&`, `\#`, `\ ` as their character; before any other byte the
/// backslash alone goes), and `Err(next)`, where reading goes on.
fn tex_control(b: &[u8], at: usize, out: &mut String) -> Result<usize, usize> {
    let start = at + 1;
    let mut j = start;
    while b.get(j).is_some_and(u8::is_ascii_alphabetic) {
        j += 1;
    }
    if j > start {
        return Ok(j);
    }
    Err(match b.get(j) {
        Some(b'\\') => {
            out.push(' ');
            j + 1
        }
        Some(&e) if e.is_ascii_punctuation() => {
            out.push(e as char);
            j + 1
        }
        _ => j,
    })
}

/// A LaTeX cell's colspan (`\multicolumn{n}`) and its text: commands
/// dropped, the text of their brace arguments kept, escapes undone.
fn latex_cell(cell: &str) -> (u32, String) {
    let b = cell.as_bytes();
    let mut out = String::new();
    let mut colspan = 1;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            let name_start = i + 1;
            let mut j = match tex_control(b, i, &mut out) {
                Ok(end) => end,
                Err(next) => {
                    i = next;
                    continue;
                }
            };
            let name = &cell[name_start..j];
            if b.get(j) == Some(&b'*') {
                j += 1;
            }
            i = j;
            match name {
                "multicolumn" => {
                    // {n}{spec}, the text follows.
                    if let Some(e) = skip_group(b, i, b'{', b'}') {
                        colspan = cell[i..e]
                            .trim_matches([' ', '{', '}'])
                            .parse::<u32>()
                            .map_or(1, |n| n.clamp(1, 64));
                        i = skip_group(b, e, b'{', b'}').unwrap_or(e);
                    }
                }
                "multirow" => {
                    // [vpos]{n}[bigstruts]{width}[fixup], the text follows.
                    i = skip_group(b, i, b'[', b']').unwrap_or(i);
                    i = skip_group(b, i, b'{', b'}').unwrap_or(i);
                    i = skip_group(b, i, b'[', b']').unwrap_or(i);
                    i = skip_group(b, i, b'{', b'}').unwrap_or(i);
                    i = skip_group(b, i, b'[', b']').unwrap_or(i);
                }
                "begin" | "end" => {
                    // The environment's name and, for a `minipage` or a
                    // `tabular` inside the cell, its arguments.
                    i = skip_group(b, i, b'{', b'}').unwrap_or(i);
                    if name == "begin" {
                        while let Some(e) =
                            skip_group(b, i, b'[', b']').or_else(|| skip_group(b, i, b'{', b'}'))
                        {
                            i = e;
                        }
                    }
                }
                "foreignlanguage" | "href" | "hyperlink" | "hypertarget" | "textcolor"
                | "colorbox" | "texorpdfstring" => {
                    // Options and a first argument that is no text (a
                    // language, a link, a colour); the text follows (for
                    // `\texorpdfstring`, the first is the text, the
                    // second its plain form: the second is kept).
                    i = skip_group(b, i, b'[', b']').unwrap_or(i);
                    i = skip_group(b, i, b'{', b'}').unwrap_or(i);
                }
                "parbox" | "makebox" => {
                    while let Some(e) = skip_group(b, i, b'[', b']') {
                        i = e;
                    }
                    i = skip_group(b, i, b'{', b'}').unwrap_or(i);
                }
                _ if LATEX_DROPPED.contains(&name) => {
                    while let Some(e) = skip_group(b, i, b'[', b']')
                        .or_else(|| skip_group(b, i, b'(', b')'))
                        .or_else(|| skip_group(b, i, b'{', b'}'))
                    {
                        i = e;
                    }
                }
                _ => {
                    // Any other command: its options go, its text stays.
                    while let Some(e) = skip_group(b, i, b'[', b']') {
                        i = e;
                    }
                }
            }
            continue;
        }
        match c {
            b'{' | b'}' | b'$' => {}
            b'~' => out.push(' '),
            _ => {
                // Copy the whole character.
                let len = cell[i..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&cell[i..i + len]);
                i += len;
                continue;
            }
        }
        i += 1;
    }
    (colspan, out)
}

// --------------------------------------------------------------- ConTeXt

/// One of ConTeXt's table vocabularies: its commands (names without
/// the backslash) and the keys of a cell's options that give its colspan
/// and rowspan.
struct ContextVocab {
    table: (&'static str, &'static str),
    row: (&'static str, &'static str),
    cells: &'static [(&'static str, &'static str)],
    spans: (&'static str, &'static str),
}

/// Extreme tables (`\startxtable … \startxrow … \startxcell[nx=3,ny=2]
/// … \stopxcell … \stopxrow … \stopxtable`, as pandoc writes them) and
/// natural tables (`\bTABLE \bTR \bTD[nc=2,nr=3] … \eTD \eTR \eTABLE`).
const CONTEXT_TABLES: [ContextVocab; 2] = [
    ContextVocab {
        table: ("startxtable", "stopxtable"),
        row: ("startxrow", "stopxrow"),
        cells: &[("startxcell", "stopxcell")],
        spans: ("nx", "ny"),
    },
    ContextVocab {
        table: ("bTABLE", "eTABLE"),
        row: ("bTR", "eTR"),
        cells: &[("bTD", "eTD"), ("bTH", "eTH")],
        spans: ("nc", "nr"),
    },
];

/// The ConTeXt commands of a text, in order: where each starts (its
/// backslash), its name and the byte after the name. Only names
/// `keep` accepts are listed.
fn context_commands(
    text: &str,
    keep: impl Fn(&str) -> bool,
) -> impl Iterator<Item = (usize, &str, usize)> {
    let b = text.as_bytes();
    memchr::memchr_iter(b'\\', b).filter_map(move |at| {
        // After `\\` (a line break) a backslash starts a command; after
        // one backslash it is an escaped one.
        let before = b[..at]
            .iter()
            .rev()
            .take(64)
            .take_while(|&&c| c == b'\\')
            .count();
        if before % 2 == 1 {
            return None;
        }
        let len = b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let name = &text[at + 1..at + 1 + len];
        (len > 0 && keep(name)).then_some((at, name, at + 1 + len))
    })
}

/// ConTeXt tables: each outermost extreme or natural table that is
/// closed becomes an HTML table, line for line ([`context_table`]); a
/// table inside a cell is that cell's text.
fn context(text: &str) -> Option<String> {
    let b = text.as_bytes();
    if memmem::find(b, b"\\startxtable").is_none() && memmem::find(b, b"\\bTABLE").is_none() {
        return None;
    }
    // Each table's start and end, matched in one pass (an open one left
    // unmatched does not make the scan start over).
    let mut stacks: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    let mut tables: Vec<(usize, usize, usize)> = Vec::new();
    let is_table = |n: &str| {
        CONTEXT_TABLES
            .iter()
            .any(|v| v.table.0 == n || v.table.1 == n)
    };
    for (at, name, end) in context_commands(text, is_table) {
        for (k, v) in CONTEXT_TABLES.iter().enumerate() {
            if name == v.table.0 {
                stacks[k].push(at);
            } else if name == v.table.1 {
                if let Some(start) = stacks[k].pop() {
                    tables.push((start, end, k));
                }
            }
        }
    }
    // The outermost tables, in order (inner ones end first).
    tables.sort_unstable();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut done = 0;
    for (start, end, k) in tables {
        if start < done {
            continue;
        }
        context_prose(&text[done..start], &mut out);
        context_table(
            &uncommented(&text[start..end]),
            &CONTEXT_TABLES[k],
            &mut out,
        );
        done = end;
    }
    (done > 0).then(|| {
        context_prose(&text[done..], &mut out);
        out
    })
}

/// ConTeXt's sectioning commands, whose `title={…}` (or first argument)
/// is a heading's text.
const CONTEXT_HEADS: [&str; 9] = [
    "title",
    "chapter",
    "section",
    "subsection",
    "subsubsection",
    "subsubsubsection",
    "subject",
    "subsubject",
    "subsubsubject",
];

/// Appends ConTeXt text outside tables, line for line, as the text it
/// typesets: a heading's command (`\subsubsection[title={一、总体情况},
/// reference=…]`) its title, other lines with markup their text
/// ([`context_text`]), comments (`%`) dropped; lines without markup as
/// they are.
fn context_prose(s: &str, out: &mut String) {
    tex_prose(
        s,
        out,
        &['\\', '{', '}', '~', '%'],
        &CONTEXT_HEADS,
        context_title,
        context_text,
    );
}

/// A ConTeXt heading's title, in what follows its command's name: the
/// `title={…}` among its `[…]` options, or its argument.
fn context_title(args: &str) -> Option<&str> {
    let a = args.as_bytes();
    if a.first() == Some(&b'[') {
        let e = skip_group(a, 0, b'[', b']')?;
        let at = args[..e].find("title=")? + 6;
        let end = skip_group(a, at, b'{', b'}')?;
        Some(&args[at..end])
    } else {
        Some(args)
    }
}

/// A ConTeXt table (from its opening command to the end of its closing
/// one) as an HTML table, its line breaks kept: a row's and a cell's
/// commands at the table's own depth make its rows and cells; text
/// outside any cell (`\startxtablehead[head]`, options) goes.
fn context_table(src: &str, v: &ContextVocab, out: &mut String) {
    let b = src.as_bytes();
    let newlines = |s: &str| s.matches('\n').count();
    let structural = |n: &str| {
        v.table.0 == n
            || v.table.1 == n
            || v.row.0 == n
            || v.row.1 == n
            || v.cells.iter().any(|c| c.0 == n || c.1 == n)
            || CONTEXT_TABLES
                .iter()
                .any(|o| o.table.0 == n || o.table.1 == n)
    };
    let mut depth = 0usize;
    let mut row_open = false;
    // The open cell: its spans and where its text starts.
    let mut cell: Option<(u32, u32, usize)> = None;
    let mut done = 0;
    let close_cell = |cell: &mut Option<(u32, u32, usize)>, to: usize, out: &mut String| {
        if let Some((colspan, rowspan, from)) = cell.take() {
            let body = &src[from.min(to)..to];
            push_cell(out, "td", colspan, rowspan);
            push_text(out, context_text(body).trim());
            out.push_str("</td>");
            out.extend(std::iter::repeat_n('\n', newlines(body)));
        }
    };
    for (at, name, end) in context_commands(src, structural) {
        if at < done {
            continue;
        }
        let opens_table = CONTEXT_TABLES.iter().any(|o| o.table.0 == name);
        let closes_table = CONTEXT_TABLES.iter().any(|o| o.table.1 == name);
        // The other vocabulary's end, unmatched, at the table's depth:
        // text of a cell.
        if depth == 1 && closes_table && name != v.table.1 {
            continue;
        }
        if depth != 1 || opens_table {
            // A table's own opening, or a table inside a cell.
            if opens_table {
                depth += 1;
                if depth == 1 {
                    out.push_str("<table>");
                    let after = skip_group(b, end, b'[', b']').unwrap_or(end);
                    out.extend(std::iter::repeat_n('\n', newlines(&src[..after])));
                    done = after;
                }
            } else if closes_table {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        // Text before the command: a cell's, or none.
        if cell.is_none() {
            out.extend(std::iter::repeat_n('\n', newlines(&src[done..at])));
        }
        // Any command of the table's ends the open cell.
        close_cell(&mut cell, at, out);
        let is_cell_open = v.cells.iter().any(|c| c.0 == name);
        let mut after = end;
        if closes_table {
            depth = 0;
            if row_open {
                out.push_str("</tr>");
            }
            out.push_str("</table>");
            done = after;
            break;
        } else if name == v.row.0 || name == v.row.1 {
            if row_open {
                out.push_str("</tr>");
            }
            row_open = name == v.row.0;
            if row_open {
                out.push_str("<tr>");
            }
            after = skip_group(b, end, b'[', b']').unwrap_or(end);
            out.extend(std::iter::repeat_n('\n', newlines(&src[end..after])));
        } else if is_cell_open {
            if !row_open {
                out.push_str("<tr>");
                row_open = true;
            }
            let (mut colspan, mut rowspan) = (1, 1);
            if let Some(e) = skip_group(b, end, b'[', b']') {
                (colspan, rowspan) = context_spans(&src[end..e], v.spans);
                out.extend(std::iter::repeat_n('\n', newlines(&src[end..e])));
                after = e;
            }
            cell = Some((colspan, rowspan, after));
        }
        done = after;
    }
    // A table whose end was cut off ([`context`] gives none such).
    if depth > 0 {
        if cell.is_some() {
            close_cell(&mut cell, src.len(), out);
            done = src.len();
        }
        if row_open {
            out.push_str("</tr>");
        }
        out.push_str("</table>");
    }
    out.extend(std::iter::repeat_n(
        '\n',
        newlines(&src[done.min(src.len())..]),
    ));
}

/// A cell's colspan and rowspan from its options (`[nx=3,ny=2,
/// width={0.1\textwidth}]`, keys `spans`).
fn context_spans(options: &str, spans: (&str, &str)) -> (u32, u32) {
    let inner = options.trim().trim_start_matches('[').trim_end_matches(']');
    let (mut colspan, mut rowspan) = (1, 1);
    for option in inner.split(',') {
        let Some((key, value)) = option.split_once('=') else {
            continue;
        };
        let Ok(n) = value.trim().trim_matches(['{', '}']).parse::<u32>() else {
            continue;
        };
        match key.trim() {
            k if k == spans.0 => colspan = n.clamp(1, 64),
            k if k == spans.1 => rowspan = n.clamp(1, 512),
            _ => {}
        }
    }
    (colspan, rowspan)
}

/// The characters ConTeXt's `\letter…` commands (and a few others)
/// stand for.
const CONTEXT_LETTERS: [(&str, &str); 20] = [
    ("letterpercent", "%"),
    ("letterhash", "#"),
    ("letterdollar", "$"),
    ("letterampersand", "&"),
    ("letterbackslash", "\\"),
    ("letterbar", "|"),
    ("letterunderscore", "_"),
    ("letterhat", "^"),
    ("lettertilde", "~"),
    ("letterless", "<"),
    ("lettermore", ">"),
    ("letteropenbrace", "{"),
    ("letterclosebrace", "}"),
    ("letterleftbrace", "{"),
    ("letterrightbrace", "}"),
    ("ldots", "…"),
    ("dots", "…"),
    ("textbackslash", "\\"),
    ("emdash", "—"),
    ("endash", "–"),
];

/// A ConTeXt cell's text: commands dropped with their options, the text
/// of their brace arguments kept (`{\bf 3}`, `\goto{首页}[url]`), a
/// `\type{…}` kept as written, escapes (`\%`, `\letterpercent{}`) and
/// dashes (`---`) undone, line breaks (`\crlf`, `\\`) a space.
fn context_text(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                let start = i + 1;
                let j = match tex_control(b, i, &mut out) {
                    Ok(end) => end,
                    Err(next) => {
                        i = next;
                        continue;
                    }
                };
                let name = &s[start..j];
                i = j;
                if let Some((_, c)) = CONTEXT_LETTERS.iter().find(|(n, _)| *n == name) {
                    out.push_str(c);
                    // Its empty group (`\letterpercent{}`).
                    if b[i..].starts_with(b"{}") {
                        i += 2;
                    }
                    continue;
                }
                match name {
                    "type" | "typ" | "tex" => {
                        if let Some(e) = skip_group(b, i, b'{', b'}') {
                            let open = i + b[i..e].iter().position(|&c| c == b'{').unwrap_or(0);
                            out.push_str(&s[open + 1..e - 1]);
                            i = e;
                        }
                        continue;
                    }
                    "crlf" | "par" | "newline" | "blank" | "quad" | "space" => out.push(' '),
                    _ => {}
                }
                // Any other command: its options go, its text stays.
                while let Some(e) = skip_group(b, i, b'[', b']') {
                    i = e;
                }
            }
            b'{' | b'}' | b'$' => i += 1,
            b'~' => {
                out.push(' ');
                i += 1;
            }
            b'-' if b[i..].starts_with(b"---") => {
                out.push('—');
                i += 3;
            }
            b'-' if b[i..].starts_with(b"--") => {
                out.push('–');
                i += 2;
            }
            _ => {
                let len = s[i..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&s[i..i + len]);
                i += len;
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ------------------------------------------------------------ roff (man)

/// Whether a line is a roff request (`.PP`, `.SH 标题`, `.TS`, `'br`): a
/// control character, then a name of one to three letters (`.\"`, a
/// comment, too), then the line's end or a space.
fn roff_request(line: &str) -> Option<(&str, &str)> {
    let rest = line
        .strip_prefix(['.', '\''])?
        .trim_start_matches([' ', '\t']);
    if rest.starts_with("\\\"") || rest.is_empty() {
        return Some(("\\\"", ""));
    }
    let len = rest
        .bytes()
        .take_while(|c| c.is_ascii_alphabetic() || *c == b'&')
        .count();
    let name = &rest[..len];
    let args = &rest[len..];
    ((1..=3).contains(&len) && (args.is_empty() || args.starts_with([' ', '\t'])))
        .then(|| (name, args.trim()))
}

/// A roff document (`pandoc -t man`, a man page): its requests made text
/// and its tbl tables (`.TS` … `.TE`) HTML tables, line for line, its
/// escapes (`\[u6B63]`, `\(em`, `\-`, `\f[B]`) decoded everywhere. A
/// heading's request (`.SH 一、总体情况`) gives its text; a paragraph's
/// (`.PP`) and any other an empty line. Read when the text has a tbl
/// table or three requests that paragraph or head it; `None` otherwise.
fn roff(text: &str) -> Option<String> {
    let b = text.as_bytes();
    // One pass tells most texts apart: a request opens a line.
    if !b.starts_with(b".") && memmem::find(b, b"\n.").is_none() {
        return None;
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let body = |l: &str| l.trim_end_matches(['\n', '\r']).len();
    let is =
        |l: &str, names: &[&str]| roff_request(&l[..body(l)]).is_some_and(|r| names.contains(&r.0));
    let structural = lines
        .iter()
        .filter(|l| is(l, &["PP", "P", "LP", "SH", "SS", "TP", "IP", "TH"]))
        .count();
    let tables = lines.iter().any(|l| is(l, &["TS"])) && lines.iter().any(|l| is(l, &["TE"]));
    if structural < 3 && !tables {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut k = 0;
    while k < lines.len() {
        let line = lines[k];
        let (content, eol) = line.split_at(body(line));
        match roff_request(content) {
            Some(("TS", _)) => {
                let end = (k + 1..lines.len())
                    .find(|&e| is(lines[e], &["TE"]))
                    .unwrap_or(lines.len());
                tbl_table(&lines[k..end.min(lines.len())], &mut out);
                // `.TE` is the table's last line.
                if let Some(te) = lines.get(end) {
                    out.push_str("</table>");
                    out.push_str(&te[body(te)..]);
                } else {
                    out.push_str("</table>");
                }
                k = end + 1;
                continue;
            }
            Some((name, args)) => {
                if matches!(
                    name,
                    "SH" | "SS" | "B" | "I" | "BI" | "BR" | "IB" | "IR" | "RB" | "RI" | "SM" | "SB"
                ) {
                    out.push_str(&roff_text(&roff_args(args)));
                }
            }
            None => out.push_str(&roff_text(content)),
        }
        out.push_str(eol);
        k += 1;
    }
    Some(out)
}

/// A request's arguments as text: quotes taken off, joined by spaces
/// (`.SH "一、 总体情况"`), except that font alternations (`.BR a b`)
/// join them as they are.
fn roff_args(args: &str) -> String {
    let mut words = Vec::new();
    let mut rest = args.trim();
    while !rest.is_empty() {
        if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted.find('"').unwrap_or(quoted.len());
            words.push(&quoted[..end]);
            rest = quoted.get(end + 1..).unwrap_or("").trim_start();
        } else {
            let end = rest.find([' ', '\t']).unwrap_or(rest.len());
            words.push(&rest[..end]);
            rest = rest[end..].trim_start();
        }
    }
    words.join(" ")
}

/// A tbl table, from its `.TS` line to the line before its `.TE`, as an
/// HTML table (left open: its caller closes it on the `.TE` line): the
/// options line (`tab(@);`) and the format lines (`l l l.`, again after
/// `.T&`) go; each data line is a row whose cells the tab character
/// parts; a `T{` … `T}` block is a cell over lines, the requests in it
/// (`.PP`) dropped; rules (`_`, `=`) and requests between rows go. Every
/// source line is kept as a line: a row's are written after it.
fn tbl_table(lines: &[&str], out: &mut String) {
    fn body(l: &str) -> &str {
        l.trim_end_matches(['\n', '\r'])
    }
    out.push_str("<table>");
    let mut tab = '\t';
    let mut k = 1;
    // The `.TS` line's own line break.
    if let Some(first) = lines.first() {
        out.push_str(&first[body(first).len()..]);
    }
    // Options: a line ending in `;`.
    if let Some(&line) = lines.get(1) {
        let l = body(line).trim();
        if l.ends_with(';') {
            if let Some(at) = l.find("tab(") {
                tab = l[at + 4..]
                    .chars()
                    .next()
                    .filter(|c| *c != ')')
                    .unwrap_or('\t');
            }
            out.push_str(&line[body(line).len()..]);
            k = 2;
        }
    }
    let mut format = true;
    // The row being read: its cells' HTML, the lines it took, and the
    // text of a `T{` block open in it.
    let mut row = String::new();
    let mut row_lines = 0usize;
    let mut block: Option<String> = None;
    for line in &lines[k.min(lines.len())..] {
        let content = body(line);
        let eol = &line[content.len()..];
        if format {
            // Format lines run to one ending in `.`.
            format = !content.trim_end().ends_with('.');
            out.push_str(eol);
            continue;
        }
        row_lines += 1;
        let mut rest = content;
        if let Some(text) = block.as_mut() {
            match content.strip_prefix("T}") {
                Some(after) => {
                    push_cell(&mut row, "td", 1, 1);
                    push_text(&mut row, text.trim());
                    row.push_str("</td>");
                    block = None;
                    // `T}` alone ends the row, spaces after it or not.
                    rest = after.strip_prefix(tab).unwrap_or_default();
                }
                None => {
                    // Requests in a block (`.PP`, `.IP`) go.
                    if roff_request(content).is_none() {
                        text.push(' ');
                        text.push_str(&roff_text(content));
                    }
                    continue;
                }
            }
            if rest.is_empty() {
                tbl_end_row(out, &mut row, &mut row_lines, eol);
                continue;
            }
        } else if roff_request(content).is_some_and(|r| r.0 == "T&") {
            format = true;
            row_lines -= 1;
            out.push_str(eol);
            continue;
        } else if roff_request(content).is_some() || matches!(content.trim(), "_" | "=" | "") {
            row_lines -= 1;
            out.push_str(eol);
            continue;
        }
        let parts: Vec<&str> = rest.split(tab).collect();
        for (i, part) in parts.iter().enumerate() {
            if *part == "T{" && i + 1 == parts.len() {
                block = Some(String::new());
                break;
            }
            push_cell(&mut row, "td", 1, 1);
            // `\^`: the cell above spans it, `\_` a rule: blank here.
            if !matches!(part.trim(), "\\^" | "\\_" | "\\=") {
                push_text(&mut row, roff_text(part).trim());
            }
            row.push_str("</td>");
        }
        if block.is_none() {
            tbl_end_row(out, &mut row, &mut row_lines, eol);
        }
    }
    // A row cut off by the table's end.
    if let Some(text) = block {
        push_cell(&mut row, "td", 1, 1);
        push_text(&mut row, text.trim());
        row.push_str("</td>");
    }
    if !row.is_empty() {
        out.push_str("<tr>");
        out.push_str(&row);
        out.push_str("</tr>");
    }
    // Its lines, the text's last one without a line break.
    let unended = lines.last().is_some_and(|l| !l.ends_with('\n'));
    out.extend(std::iter::repeat_n(
        '\n',
        row_lines.saturating_sub(usize::from(unended && row_lines > 0)),
    ));
}

/// Writes a tbl row that ended (its cells, then as many line breaks as
/// it took lines) and starts the next.
fn tbl_end_row(out: &mut String, row: &mut String, row_lines: &mut usize, eol: &str) {
    out.push_str("<tr>");
    out.push_str(row);
    out.push_str("</tr>");
    out.extend(std::iter::repeat_n('\n', row_lines.saturating_sub(1)));
    out.push_str(eol);
    row.clear();
    *row_lines = 0;
}

/// groff's special characters by name (`\[em]`, `\(em`) that a report's
/// text holds.
const ROFF_GLYPHS: [(&str, &str); 44] = [
    ("em", "—"),
    ("en", "–"),
    ("hy", "-"),
    ("mi", "−"),
    ("lq", "“"),
    ("rq", "”"),
    ("oq", "‘"),
    ("cq", "’"),
    ("dq", "\""),
    ("aq", "'"),
    ("Fo", "«"),
    ("Fc", "»"),
    ("fo", "‹"),
    ("fc", "›"),
    ("bu", "•"),
    ("pc", "·"),
    ("co", "©"),
    ("rg", "®"),
    ("tm", "™"),
    ("de", "°"),
    ("ha", "^"),
    ("ti", "~"),
    ("rs", "\\"),
    ("sl", "/"),
    ("pl", "+"),
    ("eq", "="),
    ("mu", "×"),
    ("di", "÷"),
    ("lB", "["),
    ("rB", "]"),
    ("lC", "{"),
    ("rC", "}"),
    ("la", "⟨"),
    ("ra", "⟩"),
    ("at", "@"),
    ("sh", "#"),
    ("Do", "$"),
    ("Eu", "€"),
    ("Ye", "¥"),
    ("sc", "§"),
    ("ps", "¶"),
    ("dg", "†"),
    ("->", "→"),
    ("<-", "←"),
];

/// A glyph's text by its name: `u6B63` (and `u0041_0301`, characters
/// composed), or one of [`ROFF_GLYPHS`]; `None` for other names.
fn roff_glyph(name: &str) -> Option<String> {
    if let Some(hex) = name.strip_prefix('u') {
        let mut s = String::new();
        for part in hex.split('_') {
            if !(4..=6).contains(&part.len()) {
                return None;
            }
            s.push(char::from_u32(u32::from_str_radix(part, 16).ok()?)?);
        }
        return Some(s);
    }
    ROFF_GLYPHS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, g)| (*g).to_string())
}

/// A line of roff text with its escapes decoded: glyphs (`\[u6B63]`,
/// `\[em]`, `\(em`), `\-`, `\e`, `\\`, `\ ` and `\~` (spaces); font
/// and size changes (`\f[B]`, `\fB`, `\s-2`), strings, registers,
/// zero-width marks (`\&`, `\|`, `\%`) and a comment (`\"`) go.
fn roff_text(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    // A name after an escape: `[long]`, `(xy` or one character; the
    // byte after it.
    let name_at = |i: usize| -> Option<(&str, usize)> {
        match b.get(i)? {
            b'[' => {
                let end = b[i..].iter().take(64).position(|&c| c == b']')?;
                Some((&s[i + 1..i + end], i + end + 1))
            }
            b'(' => s.get(i + 1..i + 3).map(|n| (n, i + 3)),
            _ => {
                let len = s[i..].chars().next().map_or(1, char::len_utf8);
                Some((&s[i..i + len], i + len))
            }
        }
    };
    while i < b.len() {
        if b[i] != b'\\' {
            let len = s[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&s[i..i + len]);
            i += len;
            continue;
        }
        let Some(&e) = b.get(i + 1) else {
            break;
        };
        i += 2;
        match e {
            b'[' | b'(' => {
                if let Some((name, end)) = name_at(i - 1) {
                    if let Some(g) = roff_glyph(name) {
                        out.push_str(&g);
                    }
                    i = end;
                }
            }
            // A comment: the rest of the line.
            b'"' | b'#' => break,
            b'-' => out.push('-'),
            b'e' | b'\\' => out.push('\\'),
            b' ' | b'~' | b'0' => out.push(' '),
            b'\'' => out.push('´'),
            b'`' => out.push('`'),
            b'.' => out.push('.'),
            b'&' | b'|' | b'^' | b'%' | b':' | b'/' | b',' | b'c' | b')' => {}
            // Font, size, colour, string, register, mark: their names go.
            b'f' | b'F' | b'*' | b'n' | b'm' | b'M' | b'k' | b'g' | b'V' | b'Y' => {
                if e == b'n' && matches!(b.get(i), Some(b'+' | b'-')) {
                    i += 1;
                }
                i = name_at(i).map_or(i, |n| n.1);
            }
            b's' => {
                // `\s+2`, `\s-2`, `\s0`, `\s[12]`, `\s'12'`.
                if matches!(b.get(i), Some(b'+' | b'-')) {
                    i += 1;
                }
                if matches!(b.get(i), Some(b'[' | b'(')) {
                    i = name_at(i).map_or(i, |n| n.1);
                } else {
                    while b.get(i).is_some_and(u8::is_ascii_digit) {
                        i += 1;
                    }
                }
            }
            // Escapes with a quoted argument: motions, widths, drawing.
            b'h' | b'v' | b'w' | b'l' | b'L' | b'D' | b'X' | b'o' | b'b' | b'x' | b'H' | b'S'
            | b'Z' | b'N' | b'C' | b'R' | b'A' | b'B' => {
                let quote = b.get(i).copied();
                if let Some(q) = quote.filter(u8::is_ascii_punctuation) {
                    let start = i + 1;
                    let (arg, end) = match b[start..].iter().position(|&c| c == q) {
                        Some(p) => (&s[start..start + p], start + p + 1),
                        None => ("", b.len()),
                    };
                    match e {
                        // `\N'65'`: a character by its code; `\C'em'` a glyph.
                        b'N' => {
                            if let Some(c) = arg.parse::<u32>().ok().and_then(char::from_u32) {
                                out.push(c);
                            }
                        }
                        b'C' => {
                            if let Some(g) = roff_glyph(arg) {
                                out.push_str(&g);
                            }
                        }
                        _ => {}
                    }
                    i = end;
                }
            }
            _ => {
                // Any other character escaped is itself.
                let len = s[i - 1..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&s[i - 1..i - 1 + len]);
                i += len - 1;
            }
        }
    }
    out
}

// --------------------------------------------------------------- Textile

/// Textile tables: a run of lines `|…|`, one row each, read when one of
/// its cells carries a spec before `. ` (`_.`, `\3.`, `/22.`, `_\3/3.`);
/// a `table(…).` line before the run is dropped.
fn textile(text: &str) -> Option<String> {
    if memmem::find(text.as_bytes(), b". ").is_none()
        || memmem::find(text.as_bytes(), b"\n|").is_none()
    {
        return None;
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    fn body(l: &str) -> &str {
        l.trim_end_matches(['\n', '\r']).trim()
    }
    let is_row = |l: &str| {
        let t = body(l);
        t.len() > 2 && t.starts_with('|') && t.ends_with('|')
    };
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut any = false;
    let mut k = 0;
    while k < lines.len() {
        if !is_row(lines[k]) {
            out.push_str(lines[k]);
            k += 1;
            continue;
        }
        let end = (k..lines.len())
            .find(|&e| !is_row(lines[e]))
            .unwrap_or(lines.len());
        let run = &lines[k..end];
        if !run
            .iter()
            .any(|l| body(l).split('|').any(|c| textile_spec(c).is_some()))
        {
            run.iter().for_each(|l| out.push_str(l));
            k = end;
            continue;
        }
        any = true;
        // A `table(class).` line just before: the table's own attributes.
        let last = out
            .trim_end_matches(['\n', '\r'])
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let before = out[last..].trim();
        if before.starts_with("table")
            && before.ends_with('.')
            && before.len() <= 40
            && !before.contains(char::is_whitespace)
        {
            let eol = out[last..].len() - out[last..].trim_end_matches(['\n', '\r']).len();
            let ending = out[out.len() - eol..].to_string();
            out.truncate(last);
            out.push_str(&ending);
        }
        out.push_str("<table>");
        for l in run {
            let t = body(l);
            out.push_str("<tr>");
            for cell in t[1..t.len() - 1].split('|') {
                let (tag, colspan, rowspan, content) = match textile_spec(cell) {
                    Some((th, c, r, rest)) => (if th { "th" } else { "td" }, c, r, rest),
                    None => ("td", 1, 1, cell),
                };
                push_cell(&mut out, tag, colspan, rowspan);
                push_text(&mut out, content.trim());
            }
            out.push_str("</tr>\n");
        }
        out.pop();
        out.push_str("</table>\n");
        k = end;
    }
    if !text.ends_with('\n') && out.ends_with('\n') {
        out.pop();
    }
    any.then_some(out)
}

/// A Textile cell's spec (`_` header, `\n` colspan, `/n` rowspan, and
/// alignment, style and class marks) before its `. `: whether it is a
/// header cell, its colspan, rowspan and text.
fn textile_spec(cell: &str) -> Option<(bool, u32, u32, &str)> {
    let dot = cell.find(". ")?;
    let spec = &cell[..dot];
    if spec.is_empty() || spec.len() > 24 {
        return None;
    }
    let (mut th, mut colspan, mut rowspan) = (false, 1, 1);
    let b = spec.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'_' => th = true,
            b'\\' | b'/' => {
                let n: String = spec[i + 1..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                let v = n.parse::<u32>().ok()?;
                if b[i] == b'\\' {
                    colspan = v.clamp(1, 64);
                } else {
                    rowspan = v.clamp(1, 512);
                }
                i += n.len();
            }
            b'<' | b'>' | b'=' | b'^' | b'~' | b'-' | b' ' => {}
            b'{' | b'(' | b'[' => {
                let close = match b[i] {
                    b'{' => b'}',
                    b'(' => b')',
                    _ => b']',
                };
                i += b[i..].iter().position(|&c| c == close)?;
            }
            _ => return None,
        }
        i += 1;
    }
    Some((th, colspan, rowspan, &cell[dot + 2..]))
}

// -------------------------------------------------------------- AsciiDoc

/// AsciiDoc tables: between `|===` lines, cells open at `|` (after an
/// optional spec: `3+` a colspan, `.22+` a rowspan, `3.3+` both, `2*` the
/// cell twice, then alignment and style marks) and flow into rows of the
/// table's width: its `[cols=…]` count, or the cells of its first line.
/// A row opens on its first cell's line.
fn asciidoc(text: &str) -> Option<String> {
    if !text.starts_with("|===") && memmem::find(text.as_bytes(), b"\n|===").is_none() {
        return None;
    }
    let unnested = adoc_unnest(text);
    let text = unnested.as_deref().unwrap_or(text);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let fence = |l: &str| l.trim_end() == "|===";
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut any = false;
    let mut k = 0;
    while k < lines.len() {
        if !fence(lines[k]) {
            out.push_str(lines[k]);
            k += 1;
            continue;
        }
        let Some(end) = (k + 1..lines.len()).find(|&e| fence(lines[e])) else {
            out.push_str(lines[k]);
            k += 1;
            continue;
        };
        any = true;
        // `[cols="1,1,3"]`, `[cols="15*"]` on the line before.
        let width = out
            .trim_end()
            .rsplit('\n')
            .next()
            .and_then(adoc_cols)
            .or_else(|| {
                lines[k + 1..end]
                    .iter()
                    .find(|l| !l.trim().is_empty())
                    .map(|l| adoc_cells(l).iter().map(|c| c.0 * c.2).sum::<u32>())
            })
            .unwrap_or(1)
            .clamp(1, 64) as usize;
        let eol = |l: &str| l.len() - l.trim_end_matches(['\n', '\r']).len();
        out.push_str("<table>");
        out.push_str(&lines[k][lines[k].len() - eol(lines[k])..]);
        adoc_table(&lines[k + 1..end], width, &mut out);
        out.push_str("</table>");
        out.push_str(&lines[end][lines[end].len() - eol(lines[end])..]);
        k = end + 1;
    }
    any.then_some(out)
}

/// A cell's text without AsciiDoc's hard line break mark (` +` at a
/// line's end: pandoc writes a cell holding only a `<br>` as `+`).
fn adoc_unbreak(text: &str) -> &str {
    if text == "+" {
        return "";
    }
    text.strip_suffix(" +").map_or(text, str::trim_end)
}

/// An AsciiDoc layout table (a page laid out in a table, as old sites
/// are): a `|===` block with an `a|` cell, whose content is a document of
/// its own, its tables fenced `!===` with `!` cells. The block's fences
/// and `a|` marks are dropped and its nested tables made `|===` tables,
/// so that the content reads as the page's text and tables. `None` when
/// the text has no such block.
fn adoc_unnest(text: &str) -> Option<String> {
    if memmem::find(text.as_bytes(), b"\na|").is_none() && !text.starts_with("a|") {
        return None;
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let fence = |l: &str| l.trim_end() == "|===";
    let mut out = String::with_capacity(text.len());
    let mut any = false;
    let mut k = 0;
    while k < lines.len() {
        let end = fence(lines[k])
            .then(|| (k + 1..lines.len()).find(|&e| fence(lines[e])))
            .flatten();
        let Some(end) = end.filter(|&e| lines[k + 1..e].iter().any(|l| l.trim_end() == "a|"))
        else {
            out.push_str(lines[k]);
            k += 1;
            continue;
        };
        any = true;
        // Lines dropped stay as empty lines: line numbers hold.
        out.push('\n');
        for l in &lines[k + 1..end] {
            let body = l.trim_end_matches(['\n', '\r']);
            if body == "a|" {
                out.push('\n');
                continue;
            }
            if body == "!===" {
                out.push_str("|===\n");
            } else if let Some(rest) = body.strip_prefix('!') {
                out.push('|');
                out.push_str(&rest.replace(" !", " |"));
                out.push('\n');
            } else {
                out.push_str(l);
            }
        }
        if end + 1 < lines.len() {
            out.push('\n');
        }
        k = end + 1;
    }
    any.then_some(out)
}

/// The column count of a `[cols="…"]` line: its entries, `n*` counting n.
fn adoc_cols(line: &str) -> Option<u32> {
    let at = line.find("cols=")?;
    let v = line[at + 5..].trim_start_matches(['"', '\'']);
    let v = &v[..v.find(['"', '\'', ']']).unwrap_or(v.len())];
    let mut n: u32 = 0;
    for entry in v.split([',', ';']) {
        let e = entry.trim();
        let k = match e.split_once('*') {
            Some((count, _)) => count.trim().parse::<u32>().ok()?,
            None => 1,
        };
        n = n.saturating_add(k);
    }
    (n > 0).then_some(n)
}

/// The cells that open on a line: (times it is repeated, rowspan,
/// colspan, text). Text before the line's first `|` continues the cell
/// before (returned with a repeat of 0).
fn adoc_cells(line: &str) -> Vec<(u32, u32, u32, &str)> {
    let body = line.trim_end_matches(['\n', '\r']);
    let mut cells = Vec::new();
    let mut start = 0;
    let mut spec_start = 0;
    let b = body.as_bytes();
    let mut open: Option<(u32, u32, u32)> = None;
    for (i, _) in body.match_indices('|') {
        if b.get(i.wrapping_sub(1)) == Some(&b'\\') {
            continue;
        }
        // The spec is the run of spec marks just before the bar.
        let mut s = i;
        while s > start && is_adoc_spec(b[s - 1]) {
            s -= 1;
        }
        // A spec stands at the line's start or after white space; marks
        // run into the text before are that text (`|a|b`: cells a and b).
        if s > 0 && !b[s - 1].is_ascii_whitespace() {
            s = i;
        }
        let parsed = match adoc_spec(&body[s..i]) {
            Some(p) => p,
            None => {
                s = i;
                (1, 1, 1)
            }
        };
        match open {
            Some((times, r, c)) => cells.push((times, r, c, body[start..s].trim())),
            None if !body[spec_start..s].trim().is_empty() => {
                cells.push((0, 1, 1, body[spec_start..s].trim()));
            }
            None => {}
        }
        open = Some(parsed);
        start = i + 1;
        spec_start = start;
    }
    match open {
        Some((times, r, c)) => cells.push((times, r, c, body[start..].trim())),
        None if !body.trim().is_empty() => cells.push((0, 1, 1, body.trim())),
        None => {}
    }
    cells
}

fn is_adoc_spec(c: u8) -> bool {
    c.is_ascii_digit() || matches!(c, b'+' | b'*' | b'.' | b'<' | b'>' | b'^' | b'a'..=b'z')
}

/// A cell spec (`3+`, `.22+`, `3.3+`, `2*`, `^.^`, `a`) as (repeat,
/// rowspan, colspan); `None` when it is not one.
fn adoc_spec(spec: &str) -> Option<(u32, u32, u32)> {
    if spec.is_empty() {
        return Some((1, 1, 1));
    }
    let (mut times, mut rows, mut cols) = (1, 1, 1);
    let mut rest = spec;
    if let Some((n, r)) = rest.split_once('*') {
        times = n.parse::<u32>().ok()?.clamp(1, 64);
        rest = r;
    } else if let Some((span, r)) = rest.split_once('+') {
        let (c, rw) = span.split_once('.').unwrap_or((span, ""));
        if !c.is_empty() {
            cols = c.parse::<u32>().ok()?.clamp(1, 64);
        }
        if !rw.is_empty() {
            rows = rw.parse::<u32>().ok()?.clamp(1, 512);
        }
        rest = r;
    }
    // Alignment (`<`, `^`, `>`, `.<`…) and one style letter.
    let style = rest.trim_start_matches(['<', '>', '^', '.']);
    (style.len() <= 1 && style.bytes().all(|c| c.is_ascii_lowercase()))
        .then_some((times, rows, cols))
}

/// Flows an AsciiDoc table's cells into rows of `width` grid columns,
/// places taken by rowspans above skipped.
fn adoc_table(lines: &[&str], width: usize, out: &mut String) {
    // Places still covered by a rowspan, per column: rows left.
    let mut covered = vec![0u32; width];
    let mut col = 0usize;
    let mut row_open = false;
    for line in lines {
        for (times, rows, cols, text) in adoc_cells(line) {
            if times == 0 {
                out.push(' ');
                push_text(out, adoc_unbreak(text));
                continue;
            }
            // A cell repeated past the table's width fills nothing more.
            for _ in 0..times.min(width as u32) {
                if !row_open {
                    out.push_str("<tr>");
                    row_open = true;
                }
                while col < width && covered[col] > 0 {
                    col += 1;
                }
                push_cell(out, "td", cols, rows);
                push_text(out, adoc_unbreak(text));
                let span = (cols as usize).min(width.saturating_sub(col)).max(1);
                for c in covered.iter_mut().skip(col).take(span) {
                    *c = rows;
                }
                col += span;
                while col < width && covered[col] > 0 {
                    col += 1;
                }
                if col >= width {
                    out.push_str("</tr>");
                    row_open = false;
                    col = 0;
                    for c in covered.iter_mut() {
                        *c = c.saturating_sub(1);
                    }
                    while col < width && covered[col] > 0 {
                        col += 1;
                    }
                    if col >= width {
                        // A row wholly covered from above.
                        for c in covered.iter_mut() {
                            *c = c.saturating_sub(1);
                        }
                        col = 0;
                    }
                }
            }
        }
        out.push_str(&line[line.trim_end_matches(['\n', '\r']).len()..]);
    }
    if row_open {
        out.push_str("</tr>");
    }
}

// ------------------------------------------------------------- Sentences

/// A line of a table written as sentences: its caption (the text before
/// `：` when a row label follows it), and its rows, each a label and its
/// values after their columns' names.
struct SentenceLine<'a> {
    caption: Option<&'a str>,
    rows: Vec<(&'a str, Vec<(&'a str, &'a str)>)>,
}

/// Tables written as sentences: runs of lines `label：name value，name
/// value，…。` (or `caption：label，name value，…；label，…`), two or more,
/// with short label lines between them (`（三）不予公开`), become a table
/// whose header row names the columns wherever they change.
fn sentences(text: &str) -> Option<String> {
    // Most texts have no such line: one pass tells, before any is kept.
    let b = text.as_bytes();
    let mut from = 0;
    let any = memchr::memchr_iter(b'\n', b).chain([b.len()]).any(|end| {
        let line = &text[from..end];
        from = end + 1;
        // A line of a sentence table has a colon.
        memchr::memchr2(0xEF, b':', line.as_bytes()).is_some()
            && sentence_line(line.trim_end_matches('\r').trim()).is_some()
    });
    if !any {
        return None;
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let parsed: Vec<Option<SentenceLine<'_>>> = lines
        .iter()
        .map(|l| sentence_line(l.trim_end_matches(['\n', '\r']).trim()))
        .collect();
    // A row's label alone (`（三）不予公开`), not a section's heading
    // (`…情况`, `…事项`).
    let label_only = |l: &str| {
        let t = l.trim();
        !t.is_empty()
            && t.chars().count() <= 40
            && !t.ends_with("情况")
            && !t.ends_with("事项")
            && !t
                .chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '。' | '，' | '：' | ':'))
    };
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut any = false;
    let mut k = 0;
    while k < lines.len() {
        if parsed[k].is_none() {
            out.push_str(lines[k]);
            k += 1;
            continue;
        }
        // The run: sentence lines and label lines between them.
        let mut end = k;
        let mut j = k;
        // Blank lines between a section's sub-tables (`（二）第二十条第
        // （五）项` after an empty line) do not end the run.
        while j < lines.len()
            && (parsed[j].is_some() || label_only(lines[j]) || lines[j].trim().is_empty())
        {
            if parsed[j].is_some() {
                end = j + 1;
            }
            j += 1;
        }
        let run = &parsed[k..end];
        let rows: usize = run.iter().flatten().map(|l| l.rows.len()).sum();
        let pairs: usize = run
            .iter()
            .flatten()
            .flat_map(|l| &l.rows)
            .map(|r| r.1.len())
            .sum();
        // A table's columns recur row after row; prose's phrases do not
        // (`全年共收到申请32件，上年结转1件…` over two lines): each name
        // stands twice on average, or the run is prose.
        let mut distinct: Vec<&str> = run
            .iter()
            .flatten()
            .flat_map(|l| &l.rows)
            .flat_map(|r| r.1.iter().map(|v| v.0))
            .collect();
        distinct.sort_unstable();
        distinct.dedup();
        // A header that names some of a template table's columns and
        // lacks one: its values would be read a column off. Left as text.
        let short = run
            .iter()
            .flatten()
            .flat_map(|l| &l.rows)
            .any(|r| lacks_a_column(&r.1.iter().map(|v| v.0).collect::<Vec<_>>()));
        if rows < 2 || pairs < 6 || distinct.len() * 2 > pairs || short {
            lines[k..end].iter().for_each(|l| out.push_str(l));
            k = end;
            continue;
        }
        any = true;
        out.push_str("<table>");
        let mut names: Vec<&str> = Vec::new();
        for (line, p) in lines[k..end].iter().zip(run) {
            let body = line.trim_end_matches(['\n', '\r']);
            match p {
                None => {
                    out.push_str("<tr><td>");
                    push_text(&mut out, body.trim());
                    out.push_str("</td></tr>");
                }
                Some(l) => {
                    if let Some(c) = l.caption {
                        out.push_str("<tr><td>");
                        push_text(&mut out, c);
                        out.push_str("</td></tr>");
                    }
                    for (i, (label, values)) in l.rows.iter().enumerate() {
                        let these: Vec<&str> = values.iter().map(|v| v.0).collect();
                        // A caption opens a sub-table: its header again.
                        if these != names || l.caption.is_some() && i == 0 {
                            out.push_str("<tr><td>");
                            if l.caption.is_some() {
                                out.push_str("信息内容");
                            }
                            out.push_str("</td>");
                            for n in &these {
                                out.push_str("<td>");
                                push_text(&mut out, n);
                                out.push_str("</td>");
                            }
                            out.push_str("</tr>");
                            names = these;
                        }
                        out.push_str("<tr><td>");
                        push_text(&mut out, label);
                        out.push_str("</td>");
                        for (_, v) in values {
                            out.push_str("<td>");
                            push_text(&mut out, v);
                            out.push_str("</td>");
                        }
                        out.push_str("</tr>");
                    }
                }
            }
            out.push_str(&line[body.len()..]);
            if std::ptr::eq(line, &lines[end - 1]) {
                // Close before the last line's end.
                let eol = line.len() - body.len();
                out.truncate(out.len() - eol);
                out.push_str("</table>");
                out.push_str(&line[body.len()..]);
            }
        }
        k = end;
    }
    any.then_some(out)
}

/// Whether column names are those of one of the templates' tables
/// (section 三's seven, section 四's five, a section-二 sub-table's) with
/// one or more left out. (The parse stage's one other use of the
/// templates is [`super::segment`].)
fn lacks_a_column(names: &[&str]) -> bool {
    use crate::template::{ACTIVE_2019, ACTIVE_2021, REQUEST_COLS, REVIEW_COLS};
    let active = ACTIVE_2019.iter().chain(&ACTIVE_2021).map(|r| r.cols);
    [&REQUEST_COLS[..], &REVIEW_COLS[..]]
        .into_iter()
        .chain(active)
        .any(|set| {
            names.iter().all(|n| set.iter().any(|c| c.label == *n))
                && set.iter().any(|c| !names.contains(&c.label))
        })
}

/// A line as a row (or rows) of a table written as sentences; `None` for
/// any other line.
fn sentence_line(line: &str) -> Option<SentenceLine<'_>> {
    // Most lines have no colon; of those that do, prose has a full stop
    // inside, or no figure at all.
    let b = line.as_bytes();
    // Markup (a table another rewrite wrote) is no sentence.
    if memchr::memchr(b'<', b).is_some() {
        return None;
    }
    let colon = memchr::memchr2_iter(0xEF, b':', b)
        .find(|&i| b[i] == b':' || b[i..].starts_with("：".as_bytes()))?;
    let body = line.trim_end_matches(['。', '.', '；', ';']);
    if colon >= body.len() || body.contains('。') || !body.bytes().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // A line a narrow dump cut inside its last figure (`…现行有效1` over
    // `5件。`): its items carry a unit, its last does not, and no full
    // stop ends it. Its last figure is not whole.
    let unit = |t: &str| {
        let t = t.trim_end();
        t.ends_with(super::value::COUNT_UNITS) || t.ends_with('元')
    };
    let ended = body.len() < line.len();
    if !ended
        && !unit(body)
        && body
            .split(['，', '、', '；', ';'])
            .any(|item| unit(item) && item.chars().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let (head, rest) = match Some(colon) {
        Some(i) => {
            let colon = body[i..].chars().next().map_or(1, char::len_utf8);
            (Some(body[..i].trim()), &body[i + colon..])
        }
        None => return None,
    };
    let head = head.filter(|h| !h.is_empty() && h.len() <= 180 && h.chars().count() <= 60)?;
    // A label's own note may hold commas, in its brackets (`（二）部分公开
    // （区分处理的，只计这一情形，不计其他情形）`); a clause may not.
    let mut depth = 0usize;
    for c in head.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            '。' | '，' | ',' if depth == 0 => return None,
            _ => {}
        }
    }
    // The head's colon was found before any bracket closed: a colon
    // inside a label's note is not the head's.
    if depth > 0 {
        return None;
    }
    let mut rows = Vec::new();
    let mut caption = None;
    for segment in rest.split(['；', ';']) {
        let mut items = segment
            .split(['，', '、'])
            .map(str::trim)
            .filter(|i| !i.is_empty());
        let first = items.next()?;
        let mut values = Vec::new();
        let label = match name_value(first) {
            Some(p) => {
                values.push(p);
                // The values follow the head: it is the row's label.
                if caption.is_some() || !rows.is_empty() {
                    return None;
                }
                head
            }
            None => {
                if first.chars().any(|c| c.is_ascii_digit()) || first.chars().count() > 60 {
                    return None;
                }
                caption = Some(head);
                first
            }
        };
        for item in items {
            values.push(name_value(item)?);
        }
        rows.push((label, values));
    }
    // A caption's rows each name their label; a head's one row its values.
    (!rows.is_empty() && rows.iter().all(|r| !r.1.is_empty()))
        .then_some(SentenceLine { caption, rows })
}

/// `name value` with the value's unit (`自然人 27件`, `本年收费金额0万元`,
/// `科研机构 无`): the name and the value as printed without a count's
/// unit; `None` for other text.
fn name_value(item: &str) -> Option<(&str, &str)> {
    let t = item.trim();
    // `无` (none) or a dash: no figure, a blank cell (as a dash reads).
    for nil in ["无", "—", "－", "-", "/"] {
        if let Some(name) = t.strip_suffix(nil) {
            let name = name.trim();
            return is_value_name(name).then_some((name, if nil == "无" { "" } else { nil }));
        }
    }
    // A count's unit goes; a sum of money keeps its own (万元, 元).
    let t = t.trim_end_matches(super::value::COUNT_UNITS);
    let number = t.trim_end_matches(['万', '元']);
    let start = number
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || matches!(c, '.' | ','))
        .last()
        .map(|(i, _)| i)?;
    let (name, value) = (t[..start].trim(), &t[start..]);
    (is_value_name(name) && value.starts_with(|c: char| c.is_ascii_digit()))
        .then_some((name, value))
}

/// Whether a text can name a column: words, no digit or sentence mark.
fn is_value_name(name: &str) -> bool {
    let n = name.chars().count();
    (1..=30).contains(&n)
        && !name
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '。' | '，' | '：' | '；' | '、'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Section 二 written as sentences, a line a row, its sub-tables'
    /// captions after blank lines (lynx's dump of a page's `<li>`s): one
    /// table; a line cut inside its last figure (`现行有效1` over `5件。`)
    /// is no row.
    #[test]
    fn sentences_across_blank_lines_and_a_cut_line() {
        let t = "二、主动公开政府信息情况\n\
                 （一）第二十条第（一）项\n\
                 * 规章：本年制发0件，本年废止0件，现行有效0件；\n\
                 * 行政规范性文件：本年制发2件，本年废止1件，现行有效15件。\n\
                 \n\
                 （二）第二十条第（五）项\n\
                 * 行政许可：本年处理决定数量3208件。\n\
                 \n\
                 （三）第二十条第（六）项\n\
                 * 行政处罚：本年处理决定数量1146件；\n";
        let h = as_html(t).expect("a table");
        assert_eq!(h.matches("<table>").count(), 1, "{h}");
        assert!(h.contains("<td>* 行政许可</td><td>3208</td>"), "{h}");
        assert!(h.contains("<td>* 行政处罚</td><td>1146</td>"), "{h}");
        assert_eq!(h.lines().count(), t.lines().count());
        assert!(sentence_line("行政规范性文件：本年制发2件，本年废止1件，现行有效1").is_none());
        assert!(sentence_line("行政规范性文件：本年制发2件，本年废止1件，现行有效15件").is_some());
        assert!(sentence_line("行政许可：本年处理决定数量3208").is_some());
    }

    #[test]
    fn bbcode_tables_become_html_line_for_line() {
        let t = "[b]二、主动公开政府信息情况[/b]\n[table=98%]\n\
                 [tr][td]信息内容[/td][td]本年制发件数[/td][/tr]\n\
                 [tr][td=2,1][b]第二十条[/b][/td][/tr]\n\
                 [tr][td]规章 <注>[/td][td]3[/td][/tr]\n[/table]\n后文[b]x[/b]";
        let h = as_html(t).unwrap();
        assert_eq!(
            h,
            "[b]二、主动公开政府信息情况[/b]\n<table>\n\
             <tr><td>信息内容</td><td>本年制发件数</td></tr>\n\
             <tr><td colspan=\"2\">第二十条</td></tr>\n\
             <tr><td>规章 &lt;注&gt;</td><td>3</td></tr>\n</table>\n后文[b]x[/b]"
        );
        assert_eq!(as_html("[b]没有表格[/b]\n[tr]"), None);
    }

    #[test]
    fn mediawiki_tables_keep_spans_and_lines() {
        let t = "== 三 ==\n{| class=\"wikitable\"\n|-\n! colspan=\"3\" rowspan=\"2\" | 表头 !! 自然人\n\
                 |-\n| rowspan=\"2\" | 三、本年度办理结果\n| '''（一）予以公开'''\n| 6 ||  || 7\n|}\n后文";
        let h = as_html(t).unwrap();
        assert_eq!(
            h,
            "== 三 ==\n<table>\n\n<tr><th colspan=\"3\" rowspan=\"2\">表头<th>自然人\n\
             </tr>\n<tr><td rowspan=\"2\">三、本年度办理结果\n<td>（一）予以公开\n\
             <td>6<td><td>7\n</tr></table>\n后文"
        );
    }

    #[test]
    fn broken_markup_reads_without_panic() {
        for t in [
            "[table][tr][td=",
            "[table][tr][td=2,1]a[/td]\n[/table",
            "{|\n| colspan=\"x | a || 中\n|",
            "\\begin{tabular}{l}\\中 & \\multicolumn{ & \\multirow",
            "\\begin{tabular}{l}a & b \\\\ 中\\end{tabular}\\",
            "\\begin{longtable}[}{{ 中 \\\\ \\end{longtable}",
        ] {
            let _ = as_html(t);
        }
        let h = as_html("\\begin{tabular}{l}\\中 & b \\\\ \\end{tabular}").unwrap();
        assert_eq!(h, "<table><tr><td>中</td><td>b</td></tr></table>");
    }

    /// A character a markup's cell wrote as a reference is that
    /// character in the table (escaped again for HTML, not as its
    /// reference's text).
    #[test]
    fn references_in_cells_are_characters() {
        let html = as_html(
            "|_. 信息内容|_. 本年增/减|\n|行政许可|&#43;2|\n|行政处罚|&#45;1 &amp; &#60;|\n",
        )
        .expect("a Textile table");
        assert!(html.contains("<td>+2</tr>"), "{html}");
        assert!(html.contains("<td>-1 &amp; &lt;</tr>"), "{html}");
    }

    #[test]
    fn textile_rows_with_spans() {
        let t = "三\ntable(report).\n|_\\3/3. 表头|_\\7. 申请人情况|\n|/22. 三、本年度办理结果|\\2. （一）予以公开|26|\n|a|b|\n后文";
        assert_eq!(
            as_html(t).unwrap(),
            "三\n\n<table><tr><th colspan=\"3\" rowspan=\"3\">表头<th colspan=\"7\">申请人情况</tr>\n\
             <tr><td rowspan=\"22\">三、本年度办理结果<td colspan=\"2\">（一）予以公开<td>26</tr>\n\
             <tr><td>a<td>b</tr></table>\n后文"
        );
        // Pipe rows without a spec are Markdown's, left to the text parser.
        assert_eq!(as_html("| a. b | 1 |\n| c | 2 |\n"), None);
    }

    #[test]
    fn asciidoc_cells_flow_into_rows() {
        let t = "[cols=\"1,1,1,1\"]\n|===\n3.2+|表头 |自然人\n\n|商业\n2+|一、新收 |4 |5\n\
                 2*|0\n|===\n后文";
        let h = as_html(t).unwrap();
        assert_eq!(h.matches('\n').count(), t.matches('\n').count());
        assert_eq!(
            h,
            "[cols=\"1,1,1,1\"]\n<table>\n<tr><td colspan=\"3\" rowspan=\"2\">表头<td>自然人</tr>\n\n\
             <tr><td>商业</tr>\n<tr><td colspan=\"2\">一、新收<td>4<td>5</tr>\n\
             <tr><td>0<td>0\n</tr></table>\n后文"
        );
    }

    /// A page laid out in a table (pandoc's AsciiDoc of an old site): the
    /// `a|` cell's content is the page, its `!===` table a table; a cell
    /// of a hard line break alone (`+`) is blank.
    #[test]
    fn asciidoc_layout_tables_are_unnested() {
        let t = "|===\n|首页\n\na|\n一、总体情况\n\n[cols=\",,\",]\n!===\n!规章 !+ !3\n!===\n\n二、主动公开\n|===\n后文";
        let h = as_html(t).unwrap();
        assert_eq!(h.matches('\n').count(), t.matches('\n').count());
        assert!(h.contains("\n一、总体情况\n"), "{h}");
        assert!(h.contains("<tr><td>规章<td><td>3"), "{h}");
        assert!(h.contains("\n二、主动公开\n"), "{h}");
    }

    #[test]
    fn tables_written_as_sentences() {
        let t = "三、收到和处理政府信息公开申请情况\n\
                 一、本年新收政府信息公开申请数量：自然人 27件，商业企业 4件，科研机构 无，社会公益组织 0件，法律服务机构 1件，其他 0件，总计 32件。\n\
                 三、本年度办理结果\n\
                 （二）部分公开（区分处理的，只计这一情形）：自然人 2件，商业企业 0件，科研机构 0件，社会公益组织 0件，法律服务机构 0件，其他 0件，总计 2件。\n\
                 第二十条第（一）项：规章，本年制发件数0件，本年废止件数0件，现行有效件数6件；行政规范性文件，本年制发件数1件，本年废止件数0件，现行有效件数3件。\n\
                 后文。";
        let h = as_html(t).unwrap();
        assert_eq!(h.matches('\n').count(), t.matches('\n').count());
        let names = "<td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td>\
                     <td>法律服务机构</td><td>其他</td><td>总计</td>";
        assert_eq!(
            h.lines().collect::<Vec<_>>(),
            vec![
                "三、收到和处理政府信息公开申请情况".to_string(),
                format!(
                    "<table><tr><td></td>{names}</tr><tr><td>一、本年新收政府信息公开申请数量</td>\
                     <td>27</td><td>4</td><td></td><td>0</td><td>1</td><td>0</td><td>32</td></tr>"
                ),
                "<tr><td>三、本年度办理结果</td></tr>".to_string(),
                "<tr><td>（二）部分公开（区分处理的，只计这一情形）</td><td>2</td><td>0</td><td>0</td>\
                 <td>0</td><td>0</td><td>0</td><td>2</td></tr>"
                    .to_string(),
                "<tr><td>第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td>\
                 <td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>0</td><td>0</td>\
                 <td>6</td></tr><tr><td>行政规范性文件</td><td>1</td><td>0</td><td>3</td></tr></table>"
                    .to_string(),
                "后文。".to_string(),
            ]
        );
        // A column left out of every row (社会公益组织): its values would
        // be read a column off; left as text.
        let short = t.replace("社会公益组织 0件，", "");
        assert_eq!(as_html(&short), None);
        // Prose whose phrases do not recur is left alone.
        let prose = "（二）依申请公开：全年共收到申请32件，上年结转1件，办结31件。\n\
                     （三）复议诉讼：被申请行政复议1件，被提起行政诉讼0件，均已审结2件。\n";
        assert_eq!(as_html(prose), None);
    }

    /// Inputs a review of the rewrites found mishandled.
    #[test]
    fn hard_inputs() {
        let lines = |t: &str| t.matches('\n').count();
        // A column count too large to add.
        let _ = as_html("[cols=\"4294967295*,2\"]\n|===\n|a |b\n|===\n");
        // Multi-line rows and a comment keep the lines; the comment goes.
        let t = "\\begin{tabular}{ll}\na & b\nc \\\\ % note & x\nd & e \\\\\n\\end{tabular}\nafter";
        let h = as_html(t).unwrap();
        assert_eq!(lines(&h), lines(t));
        assert!(!h.contains("note"), "{h}");
        assert!(h.contains("<td>b c</td>"), "{h}");
        // A nested tabular of the same name; a table never closed before
        // one that is.
        let t = "\\begin{tabular}{l}a \\\\ \\begin{tabular}{l}x\\end{tabular} \\\\ d \\\\\\end{tabular}";
        assert!(as_html(t).unwrap().ends_with("<td>d</td></tr></table>"));
        let t = "\\begin{tabular}{l} open\n\\begin{tabular}\n{ll}\na & b \\\\\n\\end{tabular}";
        let h = as_html(t).unwrap();
        assert!(h.contains("<td>a</td><td>b</td>"), "{h}");
        assert_eq!(lines(&h), lines(t));
        // AsciiDoc marks run into a cell's text are that text.
        assert_eq!(
            as_html("|===\n|a|b\n|===").unwrap(),
            "<table>\n<tr><td>a<td>b</tr>\n</table>"
        );
        // An indented MediaWiki table.
        assert!(as_html("前\n\t{|\n| a || b\n|}")
            .unwrap()
            .contains("<td>a<td>b"));
        // Sentences inside another markup's table are not read again.
        let t = "{|\n| 备注：自然人 3件，法人 2件，其他 1件\n|-\n| 说明：自然人 1件，法人 2件，其他 3件\n|}";
        assert!(!as_html(t).unwrap().contains("&lt;"));
        // Unclosed groups and links: linear, not quadratic (these took
        // seconds).
        let many = format!(
            "\\begin{{tabular}}{{l}}{}\\end{{tabular}}",
            "\\hline[ ".repeat(40_000)
        );
        assert!(as_html(&many).is_some());
        let links = format!("{{|\n| {}\n|}}", "[[a]]".repeat(80_000));
        assert!(as_html(&links).unwrap().contains("aaaa"));
        // A cell repeated far past the table's width.
        let wide = format!("[cols=\"2\"]\n|===\n{}\n|===", "64*|x ".repeat(1_000));
        assert!(as_html(&wide).unwrap().len() < 200_000);
    }

    /// The cells of the first HTML table of a rewrite, each as its
    /// opening tag's attributes and its text.
    fn cells_of(h: &str) -> Vec<String> {
        h.split("<td")
            .skip(1)
            .map(|c| c.split("</td>").next().unwrap_or("").to_string())
            .collect()
    }

    /// ConTeXt's extreme tables (pandoc's `-t context`): spans from a
    /// cell's options, blank cells, a cell over lines with commands in
    /// it; the head and body wrappers and the text around go.
    #[test]
    fn context_xtables_keep_spans_and_lines() {
        let t = "\\subsubsection[title={三}]\n\\startplacetable[location=none]\n\\startxtable\n\
                 \\startxtablehead[head]\n\\startxrow\n\
                 \\startxcell[nx=3,ny=2,width={0.10\\textwidth}] 表头 \\stopxcell\n\
                 \\startxcell  \\stopxcell\n\\stopxrow\n\\stopxtablehead\n\\startxtablebody[body]\n\
                 \\startxrow\n\\startxcell\n（本列数据的勾稽关系为：\\crlf\n第一项） \\stopxcell\n\
                 \\startxcell {\\bf 8.6\\letterpercent{}} \\type{a\\b} ------ \\stopxcell\n\
                 \\stopxrow\n\\stopxtablebody\n\\stopxtable\n\\stopplacetable\n后文 8\\letterpercent{}";
        let h = as_html(t).expect("a table");
        assert_eq!(h.matches('\n').count(), t.matches('\n').count(), "{h}");
        assert!(h.starts_with("三\n\n<table>"), "{h}");
        assert!(h.ends_with("</table>\n\n后文 8%"), "{h}");
        assert_eq!(
            cells_of(&h),
            [
                " colspan=\"3\" rowspan=\"2\">表头",
                ">",
                ">（本列数据的勾稽关系为： 第一项）",
                ">8.6% a\\b ——",
            ]
        );
        assert_eq!(h.matches("<tr>").count(), 2, "{h}");
    }

    /// ConTeXt's natural tables, a table inside a cell read as its text,
    /// and tables never closed left as they are.
    #[test]
    fn context_natural_tables_and_broken_ones() {
        let t = "\\bTABLE[split=yes]\n\\bTR \\bTD[nc=2,nr=3] 一 \\eTD \\bTH 二\\eTH \\eTR\n\
                 \\bTR \\bTD \\startxtable\\startxrow\\startxcell 内 \\stopxcell\\stopxrow\\stopxtable \\eTD\\eTR\n\
                 \\eTABLE";
        let h = as_html(t).expect("a table");
        assert_eq!(
            h,
            "<table>\n<tr><td colspan=\"2\" rowspan=\"3\">一</td><td>二</td></tr>\n\
             <tr><td>内</td></tr>\n</table>"
        );
        for t in [
            "\\startxtable\\startxrow\\startxcell[nx=",
            "\\startxtable\\startxcell 中 \\stopxtable\\stopxtable\\",
            "\\bTABLE \\startxtable \\eTABLE \\stopxtable",
            "\\\\startxtable a \\\\\\stopxtable",
        ] {
            if let Some(h) = as_html(t) {
                assert_eq!(h.matches('\n').count(), t.matches('\n').count());
            }
        }
        assert_eq!(as_html("\\startxtable\\startxrow\\startxcell 中"), None);
        // Many tables never closed: one pass.
        let open = "\\startxtable\\startxcell x".repeat(50_000);
        assert_eq!(as_html(&open), None);
    }

    /// A man page (pandoc's `-t man`): requests made text or empty
    /// lines, escapes decoded in prose and cells, a tbl table's rows of
    /// `T{` blocks over lines, blank cells (`\ `), line for line.
    #[test]
    fn roff_tables_and_prose() {
        let t = ".TH \"X\" \"\" \"\"\n.SH \\[u4E00]\\[u3001]\\[u603B]\\[u4F53]\n.PP\n\
                 \\f[B]\\[u5168]\\[u5E74]\\f[R] 3\\[u4EF6]\\(em\\-1 \\e \\&.x \\[u0041_0301]\\\" note\n\
                 .PP\n.TS\ntab(@);\nl l l.\nT{\n\\[u89C4]\\[u7AE0]\n.PP\n\\[u7EED]\nT}@T{\n.PP\n\\ \nT}@T{\n\\[em]\\[em]\nT}\n\
                 _\na@\\^@3\n.TE\n.PP\n\\[u540E]";
        let h = as_html(t).expect("roff");
        assert_eq!(h.matches('\n').count(), t.matches('\n').count(), "{h}");
        assert_eq!(
            h.lines().collect::<Vec<_>>(),
            [
                "",
                "一、总体",
                "",
                "全年 3件—-1 \\ .x A\u{301}",
                "",
                "<table>",
                "",
                "",
                "<tr><td>规章 续</td><td></td><td>——</td></tr>",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "<tr><td>a</td><td></td><td>3</td></tr>",
                "</table>",
                "",
                "后",
            ]
        );
        // Not roff: a line or two that start with a dot.
        assert_eq!(as_html(".PP\n一、总体\n.5 件\n"), None);
    }

    /// Broken roff: escapes cut off, a table never ended, a block never
    /// closed, a tab character of the options.
    #[test]
    fn roff_broken_input() {
        for t in [
            ".PP\n.PP\n.PP\n.TS\ntab(@);\nl.\nT{\nx",
            ".PP\n.PP\n.PP\n.TS\n",
            ".PP\n.PP\n.PP\n.TS\ntab(",
            ".PP\n.PP\n.PP\n\\[u12",
            ".PP\n.PP\n.PP\n\\h'3",
            ".PP\n.PP\n.PP\n\\N'99999999999' \\[uD800] \\[u110000] \\C'em' \\s+2\\s[3]\\(中文",
            ".PP\n.PP\n.PP\n\\h中\\f",
        ] {
            let h = as_html(t).expect("roff");
            assert_eq!(
                h.matches('\n').count(),
                t.matches('\n').count(),
                "{t:?}: {h}"
            );
        }
        assert!(as_html(".PP\n.PP\n.PP\n.TS\ntab(@);\nl.\nT{\nx")
            .expect("roff")
            .ends_with("<tr><td>x</td></tr>\n</table>"));
        assert_eq!(roff_text("\\C'em'\\N'65'\\h'1m'中\\(中文"), "—A中中文");
        // Tables never ended, one after another: one pass.
        let many = ".TS\nT{\n.TE\n".repeat(20_000);
        assert!(as_html(&many).is_some());
        let many = format!(".TE\n{}", ".TS\nT{\n".repeat(20_000));
        assert!(as_html(&many).is_some());
    }

    /// pandoc's LaTeX (`-t latex`, no preamble): headings as sectioning
    /// commands with their labels, prose in groups, digits in
    /// `\foreignlanguage` runs, in cells and in prose alike. The headings
    /// become their titles, the runs their digits, line for line; a
    /// `15%` in text that is no LaTeX document stays.
    #[test]
    fn latex_prose_and_language_runs_read_as_their_text() {
        let t = "\\hypertarget{ux4e00}{%\n\\subsubsection{一、总体情况}\\label{ux4e00}}\n\n{全年收到申请}\\foreignlanguage{american}{6}\\foreignlanguage{american}{8}{件。}\n\n{\\textbf{二、主动公开政府信息情况}}\n\\begin{longtable}[]{@{}ll@{}}\n规章 & \\foreignlanguage{american}{1}\\foreignlanguage{american}{2} \\\\\n\\end{longtable}\n";
        let out = as_html(t).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), t.lines().count(), "{out}");
        assert_eq!(lines[1], "一、总体情况");
        assert_eq!(lines[3], "全年收到申请68件。");
        assert_eq!(lines[5], "二、主动公开政府信息情况");
        assert!(out.contains("<td>规章</td><td>12</td>"), "{out}");
        // A tabular pasted into other text: the text around it as it is.
        let pasted = "增长15%，{见下表}\n\\begin{tabular}{ll}\n规章 & 1 \\\\\n\\end{tabular}\n";
        assert!(as_html(pasted).unwrap().starts_with("增长15%，{见下表}\n"));
    }

    #[test]
    fn latex_rows_cells_and_spans() {
        let t = "\\section{二}\n\\begin{longtable}[]{@{}llll@{}}\n\\toprule\\noalign{}\n\
                 \\multicolumn{4}{@{}l}{第二十条第（一）项} \\\\\n规章 & 0 & \\textbf{3} & 1\\,000 \\\\\n\
                 \\multirow{2}{*}{\\begin{minipage}[b]{\\linewidth}\\raggedright\n（三）不予公开\\\\续\n\
                 \\end{minipage}} & 50\\% & $-3$ & \\\\\n\\bottomrule\n\\end{longtable}\n后文";
        let h = as_html(t).unwrap();
        assert_eq!(h.matches('\n').count(), t.matches('\n').count());
        assert!(h.ends_with("</table>\n后文"), "{h}");
        let cells: Vec<String> = h
            .split("<td")
            .skip(1)
            .map(|c| c.split("</td>").next().unwrap().to_string())
            .collect();
        assert_eq!(
            cells,
            vec![
                " colspan=\"4\">第二十条第（一）项",
                ">规章",
                ">0",
                ">3",
                ">1,000",
                ">（三）不予公开 续",
                ">50%",
                ">-3",
                ">",
            ]
        );
    }
}
