//! A report converted by pandoc into its document tree rather than into a
//! format of text: `pandoc -t json` (one JSON object,
//! `{"pandoc-api-version":[1,22,…],"meta":…,"blocks":[…]}`, or before
//! pandoc 1.18 `[{"unMeta":…},[…]]`) or `pandoc -t native` (the same tree
//! as Haskell's `show` writes it, `[ Div ( "" , [] , [] ) [ Table … ] ]`,
//! with `-s` wrapped in `Pandoc Meta { unMeta = … } […]`). Read as text,
//! such a file is a wall of brackets whose tables are lost; rewritten here
//! as a plain HTML page, the HTML parser reads its tables as grids, spans
//! included:
//!
//! - block elements (`Para`, `Plain`, `Header`, `LineBlock`, `CodeBlock`,
//!   `RawBlock`, a definition list's terms) become `<p>`, containers
//!   (`Div`, `BlockQuote`, list items, definitions) `<div>`;
//! - a `Table` becomes `<table>` rows from its head, its bodies' head and
//!   body rows and its foot, each `Cell` a `<td>` with its `RowSpan` and
//!   `ColSpan`; pandoc before 2.10 wrote tables as a caption, aligns,
//!   widths, a header row and rows of cells, each cell a list of blocks,
//!   with no spans, and that shape is read too;
//! - inline content is flattened to its text (`Space`/`SoftBreak` a space,
//!   `LineBreak` a `<br>`, `Emph`, `Strong`, `Span`, `Link`, … their
//!   inlines, `Code`, `Math`, `RawInline` their text; images and notes
//!   nothing), HTML-escaped;
//! - the metadata's title becomes the page's `<title>`.
//!
//! Both forms are first read into one tree, `serde_json`'s [`Value`] in
//! the shape of pandoc's JSON (the native text's constructors become
//! `{"t": name, "c": args}`), nested no deeper than [`MAX_DEPTH`]: deeper
//! input is no document read here. The page is written line by line (a
//! block or a row a line); its places are those of the page, not of the
//! file, which pandoc's layout gives no useful lines anyway.

use serde_json::{Map, Value};

/// How deep the tree of a document may nest (serde_json's own bound on
/// JSON, kept for the native text too), so that no input overflows the
/// stack; a document nested deeper is not read as a tree.
pub const MAX_DEPTH: usize = 128;

/// The block constructors a `pandoc -t native` document may start with,
/// after its opening `[`.
const NATIVE_BLOCKS: [&str; 15] = [
    "Plain",
    "Para",
    "LineBlock",
    "CodeBlock",
    "RawBlock",
    "BlockQuote",
    "OrderedList",
    "BulletList",
    "DefinitionList",
    "Header",
    "HorizontalRule",
    "Table",
    "Figure",
    "Div",
    "Null",
];

/// The document written as a simple HTML page when `text` is a pandoc
/// document tree (JSON or native, [module docs](self)); `None` for any
/// other text, and for a tree that does not parse or nests deeper than
/// [`MAX_DEPTH`]. The page is about as long as the text (each node is
/// written once).
pub fn as_html(text: &str) -> Option<String> {
    let t = text.trim_start_matches('\u{feff}').trim();
    let root = if is_json(t) {
        serde_json::from_str::<Value>(t).ok()?
    } else if is_native(t) {
        Native { s: t, at: 0 }.document()?
    } else {
        return None;
    };
    let (meta, blocks) = match &root {
        Value::Object(o) if o.contains_key("pandoc-api-version") => {
            (o.get("meta"), o.get("blocks")?.as_array()?)
        }
        // Before pandoc 1.18: `[{"unMeta": …}, [blocks]]`.
        Value::Array(a) if a.len() == 2 && a[0].get("unMeta").is_some() => {
            (Some(&a[0]), a[1].as_array()?)
        }
        // `pandoc -s -t native`.
        Value::Object(o) if tag(&root) == Some("Pandoc") => {
            let a = o.get("c")?.as_array()?;
            (a.first(), a.get(1)?.as_array()?)
        }
        // `pandoc -t native`: the blocks alone.
        Value::Array(a) => (None, a),
        _ => return None,
    };
    let mut out = String::with_capacity(t.len() / 2);
    out.push_str("<html>\n");
    if let Some(title) = meta.and_then(meta_title) {
        let title = title.replace('\n', " ");
        if !title.trim().is_empty() {
            out.push_str("<title>");
            push_text(&mut out, &title);
            out.push_str("</title>\n");
        }
    }
    for b in blocks {
        block(&mut out, b);
    }
    out.push_str("</html>\n");
    Some(out)
}

/// Whether the (trimmed) text starts as pandoc's JSON does: its
/// `pandoc-api-version` first, or before pandoc 1.18 `[{"unMeta"`.
fn is_json(t: &str) -> bool {
    fn after(t: &str, c: char) -> Option<&str> {
        t.strip_prefix(c).map(str::trim_start)
    }
    if let Some(rest) = after(t, '{') {
        return rest.starts_with("\"pandoc-api-version\"");
    }
    after(t, '[')
        .and_then(|r| after(r, '{'))
        .is_some_and(|r| r.starts_with("\"unMeta\""))
}

/// Whether the (trimmed) text starts as `pandoc -t native` writes a
/// document: `Pandoc Meta`, or `[` and a block's constructor.
fn is_native(t: &str) -> bool {
    let name_at = |r: &str| {
        NATIVE_BLOCKS.iter().any(|n| {
            r.strip_prefix(n)
                .is_some_and(|rest| rest.starts_with(|c: char| !is_ident_char(c)))
        })
    };
    if let Some(rest) = t.strip_prefix("Pandoc") {
        let rest = rest.trim_start();
        return rest.len() < t.len() - 6 && (rest.starts_with("Meta") || rest.starts_with('('));
    }
    t.strip_prefix('[').is_some_and(|r| name_at(r.trim_start()))
}

/// Whether `c` may continue a Haskell name.
fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '\'' || c == '.'
}

// ------------------------------------------------------------- the tree

/// A node's constructor name (`"t"`), if it is one.
fn tag(v: &Value) -> Option<&str> {
    v.get("t")?.as_str()
}

/// A constructor's arguments (`"c"` when it is an array), or the items of
/// an array (a tuple); empty for anything else.
fn args(v: &Value) -> &[Value] {
    let v = v.get("c").unwrap_or(v);
    v.as_array().map_or(&[], Vec::as_slice)
}

/// The `i`th argument of a constructor or item of a tuple.
fn arg(v: &Value, i: usize) -> Option<&Value> {
    args(v).get(i)
}

/// A list's items (empty when `v` is none).
fn items(v: Option<&Value>) -> &[Value] {
    v.and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// A whole number: a JSON number or a constructor around one
/// (`RowSpan 2` in native text).
fn int(v: Option<&Value>) -> Option<u64> {
    let v = v?;
    v.as_u64().or_else(|| v.get("c").and_then(Value::as_u64))
}

/// The document's title from its metadata, in any of the shapes pandoc
/// writes it (`{"title": {"t":"MetaInlines",…}}`, `{"unMeta": …}`, native
/// `Meta { unMeta = fromList [ ( "title" , MetaInlines […] ) ] }`).
fn meta_title(meta: &Value) -> Option<String> {
    let value = match meta {
        Value::Object(o) if o.contains_key("unMeta") => return meta_title(o.get("unMeta")?),
        Value::Object(o) if tag(meta) == Some("Meta") => return meta_title(o.get("c")?),
        Value::Object(_) if tag(meta) == Some("fromList") => args(meta)
            .iter()
            .find(|pair| arg(pair, 0).and_then(Value::as_str) == Some("title"))
            .and_then(|pair| arg(pair, 1))?,
        Value::Object(o) => o.get("title")?,
        _ => return None,
    };
    let mut s = String::new();
    meta_text(&mut s, value);
    Some(s)
}

/// Appends a metadata value's text.
fn meta_text(out: &mut String, v: &Value) {
    match tag(v) {
        Some("MetaInlines") => inlines(out, items(v.get("c"))),
        Some("MetaString") => out.push_str(v.get("c").and_then(Value::as_str).unwrap_or("")),
        Some("MetaBlocks") => {
            for b in items(v.get("c")) {
                out.push_str(&plain_block(b).unwrap_or_default());
            }
        }
        Some("MetaList") => {
            for m in items(v.get("c")) {
                meta_text(out, m);
            }
        }
        _ => {}
    }
}

// ------------------------------------------------------------ writing

/// Appends `s` as HTML text, its line breaks as `<br>`.
fn push_text(out: &mut String, s: &str) {
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        out.push_str(&html_escape::encode_text(line));
    }
}

/// Appends `text` as a paragraph (a line of the page).
fn push_para(out: &mut String, text: &str) {
    out.push_str("<p>");
    push_text(out, text);
    out.push_str("</p>\n");
}

/// The text of a block that holds only inlines (`Plain`, `Para`,
/// `Header`, `LineBlock`, `CodeBlock`, `RawBlock`); `None` for others.
fn plain_block(b: &Value) -> Option<String> {
    let mut s = String::new();
    match tag(b)? {
        "Plain" | "Para" => inlines(&mut s, items(b.get("c"))),
        "Header" => inlines(&mut s, items(arg(b, 2))),
        "LineBlock" => {
            for (i, line) in items(b.get("c")).iter().enumerate() {
                if i > 0 {
                    s.push('\n');
                }
                inlines(&mut s, line.as_array().map_or(&[], Vec::as_slice));
            }
        }
        "CodeBlock" => s.push_str(arg(b, 1).and_then(Value::as_str).unwrap_or("")),
        "RawBlock" => raw(&mut s, b),
        _ => return None,
    }
    Some(s)
}

/// Appends a block as HTML.
fn block(out: &mut String, b: &Value) {
    if let Some(text) = plain_block(b) {
        push_para(out, &text);
        return;
    }
    let Some(t) = tag(b) else { return };
    match t {
        "Div" => div(out, items(arg(b, 1))),
        "BlockQuote" => div(out, items(b.get("c"))),
        "BulletList" => list(out, items(b.get("c"))),
        "OrderedList" => list(out, items(arg(b, 1))),
        "DefinitionList" => {
            for entry in items(b.get("c")) {
                let mut term = String::new();
                inlines(&mut term, items(arg(entry, 0)));
                push_para(out, &term);
                list(out, items(arg(entry, 1)));
            }
        }
        "Table" => table(out, b),
        // pandoc 3: `Figure attr caption blocks`.
        "Figure" => {
            div(out, items(arg(b, 2)));
            caption(out, arg(b, 1));
        }
        "HorizontalRule" => out.push_str("<hr>\n"),
        _ => {}
    }
}

/// Appends blocks inside a `<div>`.
fn div(out: &mut String, blocks: &[Value]) {
    out.push_str("<div>\n");
    for b in blocks {
        block(out, b);
    }
    out.push_str("</div>\n");
}

/// Appends list items (each a list of blocks), each as a `<div>`.
fn list(out: &mut String, list_items: &[Value]) {
    for item in list_items {
        div(out, item.as_array().map_or(&[], Vec::as_slice));
    }
}

/// Appends a table caption's blocks (`Caption short blocks`, JSON
/// `[short, blocks]`) as paragraphs.
fn caption(out: &mut String, cap: Option<&Value>) {
    if let Some(cap) = cap {
        for b in items(arg(cap, 1)) {
            block(out, b);
        }
    }
}

/// Appends a table: pandoc 2.10 and later `Table attr caption colspecs
/// head bodies foot`, or before it `Table caption aligns widths headers
/// rows`.
fn table(out: &mut String, t: &Value) {
    let a = args(t);
    if a.len() == 5 {
        // The old shape: a caption of inlines, a header row of cells and
        // rows of cells, each cell a list of blocks.
        let mut cap = String::new();
        inlines(&mut cap, items(a.first()));
        if !cap.trim().is_empty() {
            push_para(out, &cap);
        }
        out.push_str("<table>\n");
        let head = items(a.get(3));
        if head.iter().any(|c| !items(Some(c)).is_empty()) {
            old_row(out, head);
        }
        for row in items(a.get(4)) {
            old_row(out, items(Some(row)));
        }
        out.push_str("</table>\n");
        return;
    }
    caption(out, a.get(1));
    out.push_str("<table>\n");
    // `TableHead attr rows`.
    rows(out, items(a.get(3).and_then(|h| arg(h, 1))));
    // `TableBody attr row_head_columns head_rows rows`.
    for body in items(a.get(4)) {
        rows(out, items(arg(body, 2)));
        rows(out, items(arg(body, 3)));
    }
    // `TableFoot attr rows`.
    rows(out, items(a.get(5).and_then(|f| arg(f, 1))));
    out.push_str("</table>\n");
}

/// Appends rows of the old table shape: each cell a list of blocks.
fn old_row(out: &mut String, cells: &[Value]) {
    out.push_str("<tr>");
    for c in cells {
        out.push_str("<td>");
        cell_blocks(out, items(Some(c)));
        out.push_str("</td>");
    }
    out.push_str("</tr>\n");
}

/// Appends rows `Row attr cells`, each cell `Cell attr align (RowSpan r)
/// (ColSpan c) blocks`.
fn rows(out: &mut String, rows: &[Value]) {
    for row in rows {
        out.push_str("<tr>");
        for c in items(arg(row, 1)) {
            out.push_str("<td");
            // Spans as pandoc gives them; the HTML parser clamps them.
            let span = |i| int(arg(c, i)).unwrap_or(1).min(u64::from(u32::MAX));
            let (rowspan, colspan) = (span(2), span(3));
            if rowspan > 1 {
                out.push_str(&format!(" rowspan=\"{rowspan}\""));
            }
            if colspan > 1 {
                out.push_str(&format!(" colspan=\"{colspan}\""));
            }
            out.push('>');
            cell_blocks(out, items(arg(c, 4)));
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
}

/// Appends a cell's blocks: text blocks as text, one after the other on
/// lines of their own (`<br>`), other blocks as they are.
fn cell_blocks(out: &mut String, blocks: &[Value]) {
    for (i, b) in blocks.iter().enumerate() {
        match plain_block(b) {
            Some(text) => {
                if i > 0 {
                    out.push_str("<br>");
                }
                push_text(out, &text);
            }
            None => block(out, b),
        }
    }
}

/// Appends the text of inlines; a `LineBreak` as `\n`.
fn inlines(out: &mut String, list: &[Value]) {
    for v in list {
        inline(out, v);
    }
}

/// Appends the text of one inline.
fn inline(out: &mut String, v: &Value) {
    let Some(t) = tag(v) else { return };
    let text = |i| arg(v, i).and_then(Value::as_str).unwrap_or("");
    match t {
        "Str" => out.push_str(v.get("c").and_then(Value::as_str).unwrap_or("")),
        "Space" | "SoftBreak" => out.push(' '),
        "LineBreak" => out.push('\n'),
        "Emph" | "Strong" | "Strikeout" | "Superscript" | "Subscript" | "SmallCaps"
        | "Underline" => inlines(out, items(v.get("c"))),
        "Quoted" => {
            let (open, close) = match arg(v, 0).and_then(tag) {
                Some("SingleQuote") => ('‘', '’'),
                _ => ('“', '”'),
            };
            out.push(open);
            inlines(out, items(arg(v, 1)));
            out.push(close);
        }
        "Cite" | "Span" => inlines(out, items(arg(v, 1))),
        // `Link attr inlines target`; before pandoc 1.16 `Link inlines
        // target`.
        "Link" => inlines(out, items(arg(v, usize::from(args(v).len() >= 3)))),
        "Code" | "Math" => out.push_str(text(1)),
        "RawInline" => raw(out, v),
        _ => {}
    }
}

/// Appends the text of a `RawBlock`/`RawInline` (`format text`): HTML's
/// tags dropped (a `<br>` kept as a line break), any other format's text
/// as it is.
fn raw(out: &mut String, v: &Value) {
    let format = arg(v, 0)
        .and_then(|f| f.as_str().or_else(|| f.get("c").and_then(Value::as_str)))
        .unwrap_or("");
    let text = arg(v, 1).and_then(Value::as_str).unwrap_or("");
    if !format.starts_with("html") {
        out.push_str(text);
        return;
    }
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let name = rest[open + 1..open + close].trim_start_matches('/');
        if name.len() >= 2 && name[..2].eq_ignore_ascii_case("br") {
            out.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
}

// -------------------------------------------------------- native text

/// A reader of `pandoc -t native`: Haskell `show` syntax (constructors
/// applied to arguments, strings, numbers, lists, tuples, parenthesised
/// groups, records `Name { field = value , … }`) into the JSON shape of
/// the same tree: a constructor `{"t": name}` with no argument, `{"t":
/// name, "c": arg}` with one, `{"t": name, "c": [args]}` with more (a
/// record: `"c"` its fields as an object), a tuple an array, `()` null.
struct Native<'a> {
    /// The text.
    s: &'a str,
    /// The byte read next.
    at: usize,
}

impl<'a> Native<'a> {
    /// The whole text as one value; `None` unless it parses to its end.
    fn document(&mut self) -> Option<Value> {
        let v = self.expr(0)?;
        self.ws();
        (self.at == self.s.len()).then_some(v)
    }

    /// Skips white space.
    fn ws(&mut self) {
        let rest = &self.s.as_bytes()[self.at..];
        self.at += rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
    }

    /// The next byte after white space.
    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.s.as_bytes().get(self.at).copied()
    }

    /// Takes `b` when it comes next.
    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        self.at += usize::from(hit);
        hit
    }

    /// Whether a value can start with the next byte (an argument follows).
    fn starts_value(&mut self) -> bool {
        let bytes = self.s.as_bytes();
        match self.peek() {
            Some(b'[' | b'(' | b'"' | b'0'..=b'9') => true,
            Some(b) if b.is_ascii_alphabetic() || b == b'_' => true,
            Some(b'-') => bytes.get(self.at + 1).is_some_and(u8::is_ascii_digit),
            _ => false,
        }
    }

    /// A value where a constructor may take arguments: the top, an item
    /// of a list or tuple, a parenthesised group, a record field.
    fn expr(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let name = self.ident();
                let mut args = Vec::new();
                if self.peek() == Some(b'{') {
                    args.push(self.record(depth + 1)?);
                }
                while self.starts_value() {
                    args.push(self.atom(depth + 1)?);
                }
                Some(constructor(name, args))
            }
            _ => self.atom(depth),
        }
    }

    /// A value in argument place: a constructor there takes none (but a
    /// record's fields).
    fn atom(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'[' => {
                self.at += 1;
                let mut list = Vec::new();
                if self.eat(b']') {
                    return Some(Value::Array(list));
                }
                loop {
                    list.push(self.expr(depth + 1)?);
                    if self.eat(b']') {
                        return Some(Value::Array(list));
                    }
                    self.eat(b',').then_some(())?;
                }
            }
            b'(' => {
                self.at += 1;
                if self.eat(b')') {
                    return Some(Value::Null);
                }
                let first = self.expr(depth + 1)?;
                if self.eat(b')') {
                    return Some(first);
                }
                let mut tuple = vec![first];
                while self.eat(b',') {
                    tuple.push(self.expr(depth + 1)?);
                }
                self.eat(b')').then_some(Value::Array(tuple))
            }
            b'"' => self.string().map(Value::String),
            b'-' | b'0'..=b'9' => self.number(),
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let name = self.ident();
                let mut args = Vec::new();
                if self.peek() == Some(b'{') {
                    args.push(self.record(depth + 1)?);
                }
                Some(constructor(name, args))
            }
            _ => None,
        }
    }

    /// A name (`Para`, `fromList`, `Data.Map.fromList`).
    fn ident(&mut self) -> &'a str {
        let s = self.s;
        let start = self.at;
        let len: usize = s[start..]
            .chars()
            .take_while(|&c| is_ident_char(c))
            .map(char::len_utf8)
            .sum();
        self.at += len;
        &s[start..start + len]
    }

    /// A record's fields `{ name = value , … }`, as an object.
    fn record(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH || !self.eat(b'{') {
            return None;
        }
        let mut fields = Map::new();
        if self.eat(b'}') {
            return Some(Value::Object(fields));
        }
        loop {
            self.ws();
            let name = self.ident().to_string();
            if name.is_empty() || !self.eat(b'=') {
                return None;
            }
            let v = self.expr(depth + 1)?;
            fields.insert(name, v);
            if self.eat(b'}') {
                return Some(Value::Object(fields));
            }
            self.eat(b',').then_some(())?;
        }
    }

    /// A number (`1`, `-2`, `0.25`, `1.0e-2`).
    fn number(&mut self) -> Option<Value> {
        let bytes = self.s.as_bytes();
        let start = self.at;
        let mut k = start + usize::from(bytes.get(start) == Some(&b'-'));
        while let Some(&b) = bytes.get(k) {
            let sign_of_exponent =
                matches!(b, b'+' | b'-') && matches!(bytes.get(k - 1), Some(b'e' | b'E'));
            if !(b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E') || sign_of_exponent) {
                break;
            }
            k += 1;
        }
        let lexeme = &self.s[start..k];
        self.at = k;
        match lexeme.parse::<i64>() {
            Ok(i) => Some(Value::from(i)),
            Err(_) => serde_json::Number::from_f64(lexeme.parse().ok()?).map(Value::Number),
        }
    }

    /// A string literal with Haskell's escapes (`\21457`, `\&`, `\n`,
    /// `\"`, `\\`, `\x5f`, `\o137`, `\SOH`, `\^A`, gaps `\  \`).
    fn string(&mut self) -> Option<String> {
        let s = self.s;
        let bytes = s.as_bytes();
        self.at += 1;
        let mut out = String::new();
        loop {
            let run = memchr::memchr2(b'"', b'\\', &bytes[self.at..])?;
            out.push_str(&s[self.at..self.at + run]);
            self.at += run;
            if bytes[self.at] == b'"' {
                self.at += 1;
                return Some(out);
            }
            self.at += 1;
            self.escape(&mut out)?;
        }
    }

    /// Reads the escape after a `\` into `out`.
    fn escape(&mut self, out: &mut String) -> Option<()> {
        let s = self.s;
        let bytes = s.as_bytes();
        let b = *bytes.get(self.at)?;
        let numeric = |at: &mut usize, radix: u32| -> char {
            let digits = bytes[*at..]
                .iter()
                .take_while(|d| char::from(**d).is_digit(radix))
                .count();
            let text = &s[*at..*at + digits];
            *at += digits;
            u32::from_str_radix(text, radix)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or('\u{fffd}')
        };
        match b {
            b'0'..=b'9' => {
                let c = numeric(&mut self.at, 10);
                out.push(c);
                return Some(());
            }
            b'x' | b'o' => {
                self.at += 1;
                let radix = if b == b'x' { 16 } else { 8 };
                if !bytes
                    .get(self.at)
                    .is_some_and(|d| char::from(*d).is_digit(radix))
                {
                    return None;
                }
                let c = numeric(&mut self.at, radix);
                out.push(c);
                return Some(());
            }
            b'^' => {
                let c = *bytes.get(self.at + 1)?;
                if !(b'@'..=b'_').contains(&c) {
                    return None;
                }
                out.push(char::from(c - b'@'));
                self.at += 2;
                return Some(());
            }
            b if b.is_ascii_whitespace() => {
                // A gap: white space up to the next `\`, nothing.
                let gap = bytes[self.at..]
                    .iter()
                    .take_while(|d| d.is_ascii_whitespace())
                    .count();
                self.at += gap;
                if bytes.get(self.at) != Some(&b'\\') {
                    return None;
                }
                self.at += 1;
                return Some(());
            }
            _ => {}
        }
        let simple = match b {
            b'n' => Some("\n"),
            b't' => Some("\t"),
            b'r' => Some("\r"),
            b'a' => Some("\u{7}"),
            b'b' => Some("\u{8}"),
            b'f' => Some("\u{c}"),
            b'v' => Some("\u{b}"),
            b'"' => Some("\""),
            b'\'' => Some("'"),
            b'\\' => Some("\\"),
            b'&' => Some(""),
            _ => None,
        };
        if let Some(s) = simple {
            out.push_str(s);
            self.at += 1;
            return Some(());
        }
        // ASCII control names, longest first where one starts another
        // (`\SOH` before `\SO`).
        const NAMES: [(&str, u8); 34] = [
            ("NUL", 0),
            ("SOH", 1),
            ("STX", 2),
            ("ETX", 3),
            ("EOT", 4),
            ("ENQ", 5),
            ("ACK", 6),
            ("BEL", 7),
            ("BS", 8),
            ("HT", 9),
            ("LF", 10),
            ("VT", 11),
            ("FF", 12),
            ("CR", 13),
            ("SO", 14),
            ("SI", 15),
            ("DLE", 16),
            ("DC1", 17),
            ("DC2", 18),
            ("DC3", 19),
            ("DC4", 20),
            ("NAK", 21),
            ("SYN", 22),
            ("ETB", 23),
            ("CAN", 24),
            ("EM", 25),
            ("SUB", 26),
            ("ESC", 27),
            ("FS", 28),
            ("GS", 29),
            ("RS", 30),
            ("US", 31),
            ("SP", 32),
            ("DEL", 127),
        ];
        let rest = &bytes[self.at..];
        let (name, code) = NAMES.iter().find(|(n, _)| rest.starts_with(n.as_bytes()))?;
        out.push(char::from(*code));
        self.at += name.len();
        Some(())
    }
}

/// A constructor and its arguments in the JSON shape ([`Native`]).
fn constructor(name: &str, mut args: Vec<Value>) -> Value {
    match (name, args.len()) {
        ("True", 0) => return Value::Bool(true),
        ("False", 0) => return Value::Bool(false),
        _ => {}
    }
    let mut o = Map::new();
    o.insert("t".into(), Value::String(name.to_string()));
    match args.len() {
        0 => {}
        1 => {
            o.insert("c".into(), args.pop().unwrap_or(Value::Null));
        }
        _ => {
            o.insert("c".into(), Value::Array(args));
        }
    }
    Value::Object(o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Limits;
    use crate::parse::{Block, Document};

    /// The page's text between `<html>` and `</html>`, the title left out.
    fn page_body(text: &str) -> String {
        let h = as_html(text).expect("a pandoc tree");
        let start = h.find("\n").map_or(0, |i| i + 1);
        let h = &h[start..];
        let h = h.strip_suffix("</html>\n").unwrap_or(h);
        match h.find("</title>\n") {
            Some(i) => h[i + 9..].to_string(),
            None => h.to_string(),
        }
    }

    /// The grids' cells' texts, row by row, as the HTML parser reads the
    /// page (through [`crate::parse::dispatch::read`]).
    fn grids(text: &str) -> (Vec<Vec<Vec<String>>>, Document) {
        let (doc, media) =
            crate::parse::dispatch::read(text, crate::model::Media::Text, &Limits::default());
        assert_eq!(media, crate::model::Media::Html);
        let grids = doc
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(g) => Some(
                    g.rows
                        .iter()
                        .map(|r| r.cells.iter().map(|c| c.text.clone()).collect())
                        .collect(),
                ),
                Block::Line { .. } => None,
            })
            .collect();
        (grids, doc)
    }

    /// A JSON table (pandoc 2.10+ shape): a head row whose first cell spans
    /// two rows, a cell spanning two columns, a blank cell, inline markup
    /// flattened, a caption before it.
    #[test]
    fn json_table_with_spans_and_blank_cells() {
        let cell = |rs: u32, cs: u32, inl: &str| {
            format!(
                r#"[["",[],[]],{{"t":"AlignDefault"}},{rs},{cs},[{{"t":"Plain","c":[{inl}]}}]]"#
            )
        };
        let empty = r#"[["",[],[]],{"t":"AlignDefault"},1,1,[]]"#;
        let row = |cells: Vec<String>| format!(r#"[["",[],[]],[{}]]"#, cells.join(","));
        let s = |t: &str| format!(r#"{{"t":"Str","c":"{t}"}}"#);
        let head = row(vec![
            cell(2, 1, &s("申请人")),
            cell(
                1,
                2,
                &format!(r#"{},{{"t":"Space"}},{}"#, s("自然"), s("人")),
            ),
        ]);
        let body = row(vec![
            cell(
                1,
                1,
                &format!(r#"{{"t":"Strong","c":[{}]}}"#, s("商业&企业")),
            ),
            empty.to_string(),
        ]);
        let text = format!(
            r#"{{"pandoc-api-version":[1,22,2,1],"meta":{{}},"blocks":[{{"t":"Table","c":[["",[],[]],[null,[{{"t":"Plain","c":[{}]}}]],[[{{"t":"AlignDefault"}},{{"t":"ColWidthDefault"}}]],[["",[],[]],[{head}]],[[["",[],[]],0,[],[{body}]]],[["",[],[]],[]]]}}]}}"#,
            s("表")
        );
        assert_eq!(
            page_body(&text),
            "<p>表</p>\n<table>\n\
             <tr><td rowspan=\"2\">申请人</td><td colspan=\"2\">自然 人</td></tr>\n\
             <tr><td>商业&amp;企业</td><td></td></tr>\n\
             </table>\n"
        );
    }

    /// Native text: Haskell escapes (`\21457\&2022` is 发2022), a nested
    /// `Div`, a `LineBreak`, a table with spans; the same tree as JSON
    /// gives the same page.
    #[test]
    fn native_escapes_nested_div_and_table() {
        let text = r#"[ Div
    ( "" , [ "outer" ] , [] )
    [ Div ( "" , [] , [ ( "k" , "v" ) ] )
        [ Para [ Str "\21457\&2022" , Space , Str "a\"b\\c" , LineBreak , Str "\x41\o102\SOH\&x" ] ]
    , Table
        ( "" , [] , [] )
        (Caption Nothing [])
        [ ( AlignDefault , ColWidth 0.5 ) , ( AlignRight , ColWidthDefault ) ]
        (TableHead ( "" , [] , [] ) [])
        [ TableBody
            ( "" , [] , [] )
            (RowHeadColumns 0)
            []
            [ Row
                ( "" , [] , [] )
                [ Cell ( "" , [] , [] ) AlignDefault (RowSpan 3) (ColSpan 1) [ Plain [ Str "\32034\24341" ] ]
                , Cell ( "" , [] , [] ) AlignDefault (RowSpan 1) (ColSpan 4) []
                ]
            ]
        ]
        (TableFoot ( "" , [] , [] ) [])
    ]
]"#;
        assert_eq!(
            page_body(text),
            "<div>\n<div>\n<p>发2022 a\"b\\c<br>AB\u{1}x</p>\n</div>\n\
             <table>\n<tr><td rowspan=\"3\">索引</td><td colspan=\"4\"></td></tr>\n</table>\n\
             </div>\n"
        );
    }

    /// `pandoc -s -t native`: the metadata's title is the page's; pandoc
    /// before 2.10's table shape; an ordered list and a header.
    #[test]
    fn standalone_native_title_and_old_table() {
        let text = r#"Pandoc
  Meta
    { unMeta =
        fromList
          [ ( "title" , MetaInlines [ Str "\24180\25253" , Space , Str "2022" ] ) ]
    }
  [ Header 1 ( "h" , [] , [] ) [ Emph [ Str "\19968" ] ]
  , OrderedList ( 1 , Decimal , Period ) [ [ Plain [ Str "x" ] ] , [ Plain [ Code ( "" , [] , [] ) "y<" ] ] ]
  , Table [] [ AlignDefault , AlignDefault ] [ 0.0 , 0.0 ]
      [ [ Plain [ Str "h1" ] ] , [] ]
      [ [ [ Plain [ Str "a" ] ] , [] ] , [ [ Para [ Str "b" ] , Para [ Str "c" ] ] , [ Plain [ Str "1" ] ] ] ]
  ]"#;
        let h = as_html(text).expect("a tree");
        assert!(h.starts_with("<html>\n<title>年报 2022</title>\n"), "{h}");
        assert_eq!(
            page_body(text),
            "<p>一</p>\n<div>\n<p>x</p>\n</div>\n<div>\n<p>y&lt;</p>\n</div>\n\
             <table>\n<tr><td>h1</td><td></td></tr>\n<tr><td>a</td><td></td></tr>\n\
             <tr><td>b<br>c</td><td>1</td></tr>\n</table>\n"
        );
    }

    /// Text that is no tree, or a tree that breaks off or nests too deep,
    /// is not read as one (and nothing overflows the stack).
    #[test]
    fn not_a_tree_and_too_deep() {
        assert!(as_html("[ Paragraph one ]").is_none());
        assert!(as_html("一、总体情况\n[ Para").is_none());
        assert!(as_html(r#"[ Para [ Str "a" ]"#).is_none());
        assert!(as_html(r#"{"pandoc-api-version":[1,22],"blocks":["#).is_none());
        let deep = format!("[ Div {}", "[ ".repeat(100_000));
        assert!(as_html(&deep).is_none());
        let deep = format!(
            "[ Div ( \"\" , [] , [] ) {}{}",
            "[ BlockQuote ".repeat(1000),
            "] ".repeat(1001)
        );
        assert!(as_html(&deep).is_none());
        let deep = format!(
            "{{\"pandoc-api-version\":[1,22],\"meta\":{{}},\"blocks\":{}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(as_html(&deep).is_none());
        // Nested within the bound: read.
        let ok = format!(
            "[ Div ( \"\" , [] , [] ) {}[ Plain [ Str \"x\" ] ]{} ]",
            "[ BlockQuote ".repeat(20),
            " ]".repeat(20)
        );
        assert!(as_html(&ok).is_some_and(|h| h.contains("<p>x</p>")));
    }

    /// End to end: section 三's head and a row of it as pandoc's JSON, read
    /// by [`crate::parse::dispatch::read`] as a page: grids with the cells
    /// (the spanning cell repeated below it), and the title.
    #[test]
    fn json_report_table_reads_as_grid() {
        let c = |rs: u32, cs: u32, t: &str| {
            let content = if t.is_empty() {
                String::new()
            } else {
                format!(r#"{{"t":"Plain","c":[{{"t":"Str","c":"{t}"}}]}}"#)
            };
            format!(r#"[["",[],[]],{{"t":"AlignDefault"}},{rs},{cs},[{content}]]"#)
        };
        let row = |cells: &[String]| format!(r#"[["",[],[]],[{}]]"#, cells.join(","));
        let rows = [
            row(&[
                c(
                    3,
                    2,
                    "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
                ),
                c(1, 7, "申请人情况"),
            ]),
            row(&[
                c(2, 1, "自然人"),
                c(1, 5, "法人或其他组织"),
                c(2, 1, "总计"),
            ]),
            row(&[
                c(1, 1, "商业企业"),
                c(1, 1, "科研机构"),
                c(1, 1, "社会公益组织"),
                c(1, 1, "法律服务机构"),
                c(1, 1, "其他"),
            ]),
            row(&[
                c(1, 2, "一、本年新收政府信息公开申请数量"),
                c(1, 1, "27"),
                c(1, 1, "4"),
                c(1, 1, "0"),
                c(1, 1, "0"),
                c(1, 1, "0"),
                c(1, 1, ""),
                c(1, 1, "31"),
            ]),
        ];
        let text = format!(
            r#"
{{"pandoc-api-version":[1,22,2,1],"meta":{{"title":{{"t":"MetaInlines","c":[{{"t":"Str","c":"2022年政府信息公开工作年度报告"}}]}}}},"blocks":[{{"t":"Para","c":[{{"t":"Str","c":"三、收到和处理政府信息公开申请情况"}}]}},{{"t":"Table","c":[["",[],[]],[null,[]],[],[["",[],[]],[]],[[["",[],[]],0,[],[{}]]],[["",[],[]],[]]]}}]}}"#,
            rows.join(",")
        );
        let (grids, doc) = grids(&text);
        assert_eq!(doc.title.as_deref(), Some("2022年政府信息公开工作年度报告"));
        assert!(doc
            .lines()
            .any(|(l, _)| l == "三、收到和处理政府信息公开申请情况"));
        assert_eq!(grids.len(), 1);
        let g = &grids[0];
        assert_eq!(g.len(), 4);
        assert_eq!(g[1][1], "自然人");
        assert_eq!(g[3][1..], ["27", "4", "0", "0", "0", "", "31"]);
        assert_eq!(g[3][0], "一、本年新收政府信息公开申请数量");
    }
}
