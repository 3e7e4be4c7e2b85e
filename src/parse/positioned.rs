//! Pages of positioned words: `pdftotext -bbox` / `-bbox-layout` XHTML
//! (`<word xMin=… yMin=… xMax=… yMax=…>`) and hOCR, the HTML OCR engines
//! such as Tesseract write for scanned reports (`<span class='ocrx_word'
//! title='bbox x0 y0 x1 y1; …'>`), and pdfminer.six's HTML (`pdf2txt.py
//! -t html`: text boxes placed by `left`/`top`, their lines parted by
//! `<br>`), and poppler's and MuPDF's pages of placed text: `pdftohtml
//! -xml` (`<text top=… left=… width=… height=…>`), `pdftohtml -s`
//! (`<p style="position:absolute;top:…px;left:…px">`, sizes in its
//! `.ftN` rules) and `mutool draw -F html` (`<p style="top:…pt;left:…pt">`
//! of spans with their `font-size`). Such a page has no table and no line
//! of the report in reading order: its words only say where they stand.
//! [`layout`] lays them out as aligned text, one line a row of words and
//! each word at its place across the page, as `pdftotext -layout` prints a
//! PDF; the text reader then reads it as it reads aligned PDF text. Line
//! numbers in the record refer to that laid-out text.

use regex::Regex;
use std::sync::OnceLock;

/// One word and its box.
#[derive(Debug, Clone)]
struct Word {
    page: usize,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    text: String,
}

/// Fewer positioned words than this: not such a page.
const MIN_WORDS: usize = 30;

/// The widest a laid-out line is, in columns: a word placed further right
/// (a coordinate no page has) stands at this column, so that no input
/// makes a line, and the memory it takes, as long as its coordinate.
const MAX_COLUMN: usize = 2_000;

/// A word's box, if its coordinates are ones a page can have (finite,
/// not beyond a million points either way).
fn placed(x0: f64, y0: f64, x1: f64, y1: f64) -> bool {
    [x0, y0, x1, y1]
        .iter()
        .all(|v| v.is_finite() && v.abs() <= 1e6)
        && x1 >= x0
        && y1 >= y0
}

fn bbox_word() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r#"(?s)<word\s+xMin="([0-9.]+)"\s+yMin="([0-9.]+)"\s+xMax="([0-9.]+)"\s+yMax="([0-9.]+)"\s*>(.*?)</word>"#,
        )
        .ok()
    })
    .as_ref()
}

fn hocr_word() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r#"(?s)<span\s[^>]*class=['"]ocrx_word['"][^>]*title=['"][^'"]*?bbox\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)[^'"]*['"][^>]*>(.*?)</span>"#,
        )
        .ok()
    })
    .as_ref()
}

/// pdfminer's HTML (`pdf2txt.py -t html`): a text box placed on the page,
/// its lines parted by `<br>`.
fn text_box() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r#"(?s)<div\s+style="[^"]*?border:\s*textbox[^"]*?left:\s*([0-9.]+)px;\s*top:\s*([0-9.]+)px;\s*width:\s*([0-9.]+)px;\s*height:\s*([0-9.]+)px;[^"]*"\s*>(.*?)</div>"#,
        )
        .ok()
    })
    .as_ref()
}

/// The lines of pdfminer's text boxes as words: a box's lines share its
/// height evenly, each starts at its left edge and is as wide as its
/// characters make it beside the box's widest line. `None` when the page
/// is no such page.
fn box_words(src: &str) -> Option<Vec<Word>> {
    let re = text_box()?;
    let pages: Vec<usize> = src.match_indices("<a name=").map(|(i, _)| i).collect();
    let mut out = Vec::new();
    for c in re.captures_iter(src) {
        let (Some(all), Some(inner)) = (c.get(0), c.get(5)) else {
            continue;
        };
        let num = |k: usize| c.get(k).and_then(|m| m.as_str().parse::<f64>().ok());
        let (Some(left), Some(top), Some(width), Some(height)) = (num(1), num(2), num(3), num(4))
        else {
            continue;
        };
        if !placed(left, top, left + width, top + height) {
            continue;
        }
        // A box not closed before the next one opens ends there.
        let inner = inner.as_str();
        let inner = inner.find("<div").map_or(inner, |k| &inner[..k]);
        // Its lines, parted by `<br>` (each line pdfminer writes ends in
        // one) or by a line break.
        let lines: Vec<String> = inner
            .split("<br>")
            .flat_map(|l| l.split('\n'))
            .map(piece_text)
            .filter(|l| !l.is_empty())
            .collect();
        let widest = lines.iter().map(|l| columns(l)).fold(1.0, f64::max);
        let step = height / lines.len().max(1) as f64;
        for (k, text) in lines.into_iter().enumerate() {
            let y0 = top + step * k as f64;
            out.push(Word {
                page: pages.partition_point(|&p| p < all.start()),
                x0: left,
                y0,
                x1: left + width * columns(&text) / widest,
                y1: y0 + step,
                text,
            });
        }
    }
    (out.len() >= MIN_WORDS).then_some(out)
}

/// poppler's `pdftohtml -xml`: a piece of text and its box.
fn xml_text() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r#"(?s)<text\s+top="(-?[0-9.]+)"\s+left="(-?[0-9.]+)"\s+width="([0-9.]+)"\s+height="([0-9.]+)"[^>]*>(.*?)</text>"#,
        )
        .ok()
    })
    .as_ref()
}

/// A paragraph placed by its style (`pdftohtml -s`, `mutool draw -F
/// html`): its style, its other attributes, its inner HTML.
fn styled_p() -> Option<&'static Regex> {
    static R: OnceLock<Option<Regex>> = OnceLock::new();
    R.get_or_init(|| Regex::new(r#"(?s)<p\s+style="([^"]*)"([^>]*)>(.*?)</p>"#).ok())
        .as_ref()
}

/// A CSS length in a style: `name:12.5px` or `pt`.
fn style_length(style: &str, name: &str) -> Option<f64> {
    let at = style
        .match_indices(name)
        .find(|(i, _)| *i == 0 || matches!(style.as_bytes()[i - 1], b';' | b' ' | b'{' | b'"'))?
        .0;
    let rest = style[at + name.len()..]
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .unwrap_or(rest.len());
    let v: f64 = rest[..end].parse().ok()?;
    let unit = &rest[end..];
    (unit.starts_with("px") || unit.starts_with("pt")).then_some(v)
}

/// The text of a placed piece: tags left out, entities decoded.
fn piece_text(inner: &str) -> String {
    crate::parse::entities::decode(&super::html::strip_tags(inner))
        .trim()
        .to_string()
}

/// A placed piece of text as a word: its width from its characters at
/// `size` (a half-width column half the size), when no width is given.
fn sized_word(page: usize, left: f64, top: f64, size: f64, text: String) -> Option<Word> {
    let size = if size.is_finite() && size > 0.0 {
        size
    } else {
        12.0
    };
    let x1 = left + columns(&text) * size / 2.0;
    (!text.is_empty() && placed(left, top, x1, top + size)).then_some(Word {
        page,
        x0: left,
        y0: top,
        x1,
        y1: top + size,
        text,
    })
}

/// The paragraphs of `pdftohtml -s` and `mutool draw -F html` as words;
/// `None` when the page is no such page.
fn styled_words(src: &str) -> Option<Vec<Word>> {
    let re = styled_p()?;
    // pdftohtml's font sizes by class (`.ft11{font-size:14px;…}`): a
    // rule's brace within a few bytes of its name, its body short.
    let mut sizes: std::collections::HashMap<&str, f64> = std::collections::HashMap::new();
    for (i, _) in src.match_indices(".ft") {
        let rest = &src[i + 1..];
        let near = &rest.as_bytes()[..rest.len().min(13)];
        let Some(brace) = near.iter().position(|&b| b == b'{') else {
            continue;
        };
        let body = &rest.as_bytes()[brace..rest.len().min(brace + 200)];
        let Some(close) = body.iter().position(|&b| b == b'}') else {
            continue;
        };
        if let Some(size) = style_length(&rest[brace + 1..brace + close], "font-size") {
            sizes.insert(&rest[..brace], size);
        }
    }
    let pages: Vec<usize> = src
        .match_indices("<div id=\"page")
        .map(|(i, _)| i)
        .collect();
    let mut out = Vec::new();
    for c in re.captures_iter(src) {
        let (Some(all), Some(style), Some(attrs), Some(inner)) =
            (c.get(0), c.get(1), c.get(2), c.get(3))
        else {
            continue;
        };
        let style = style.as_str();
        let (Some(top), Some(left)) = (style_length(style, "top"), style_length(style, "left"))
        else {
            continue;
        };
        let class = attrs
            .as_str()
            .split("class=\"")
            .nth(1)
            .and_then(|r| r.split('"').next());
        let size = class
            .and_then(|k| sizes.get(k).copied())
            .or_else(|| style_length(inner.as_str(), "font-size"))
            .or_else(|| style_length(style, "line-height"))
            .unwrap_or(12.0);
        let page = pages.partition_point(|&p| p < all.start());
        out.extend(sized_word(
            page,
            left,
            top,
            size,
            piece_text(inner.as_str()),
        ));
    }
    (out.len() >= MIN_WORDS).then_some(out)
}

/// The words a box regex finds in `src` (captures 1-4 four numbers, 5 the
/// text), each box from its four numbers by `corners` (as `x0, y0, x1,
/// y1`), its page the number of `page_tag`s before it; `None` when there
/// are too few to be such a page.
fn boxed_words(
    src: &str,
    re: &Regex,
    page_tag: &str,
    corners: impl Fn([f64; 4]) -> [f64; 4],
) -> Option<Vec<Word>> {
    let pages: Vec<usize> = src.match_indices(page_tag).map(|(i, _)| i).collect();
    let mut out = Vec::new();
    for c in re.captures_iter(src) {
        let (Some(all), Some(inner)) = (c.get(0), c.get(5)) else {
            continue;
        };
        let num = |k: usize| c.get(k).and_then(|m| m.as_str().parse::<f64>().ok());
        let (Some(a), Some(b), Some(cc), Some(d)) = (num(1), num(2), num(3), num(4)) else {
            continue;
        };
        let [x0, y0, x1, y1] = corners([a, b, cc, d]);
        let text = piece_text(inner.as_str());
        if text.is_empty() || !placed(x0, y0, x1, y1) {
            continue;
        }
        out.push(Word {
            page: pages.partition_point(|&p| p < all.start()),
            x0,
            y0,
            x1,
            y1,
            text,
        });
    }
    (out.len() >= MIN_WORDS).then_some(out)
}

/// Whether `src` is text placed on pages written as JSON: MuPDF's
/// structured text (`mutool draw -F stext.json`: `pages` of `blocks` of
/// `lines`, each line a `bbox` of `x`, `y`, `w`, `h` and its `text`),
/// PyMuPDF's `page.get_text("json")`/`"dict"` (`blocks` of `lines` of
/// `spans`, each `bbox` `[x0, y0, x1, y1]` and `text`; one page, or a
/// list of pages) and pdfplumber's `extract_words()` (a list of words
/// with `x0`, `x1`, `top`, `bottom`, `text`). A cheap look at the start:
/// [`json_words`] decides.
pub fn is_json_page(src: &str) -> bool {
    let mut end = src.len().min(4_096);
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    let head = &src[..end];
    matches!(src.trim_start().as_bytes().first(), Some(b'{' | b'['))
        && head.contains("\"text\"")
        && (head.contains("\"bbox\"") || head.contains("\"top\""))
}

/// A JSON object's number at `key`.
fn json_num(o: &serde_json::Map<String, serde_json::Value>, key: &str) -> Option<f64> {
    o.get(key)?.as_f64()
}

/// The box of a JSON object that is a placed piece of text, as `x0, y0,
/// x1, y1`: a `bbox` list, a `bbox` object of `x`, `y`, `w`, `h` (MuPDF,
/// whose line box is as tall as the line's leading: the line's baseline
/// `y` and its font's `size` place it where its characters stand), or
/// pdfplumber's `x0`, `x1`, `top`, `bottom`.
fn json_box(o: &serde_json::Map<String, serde_json::Value>) -> Option<[f64; 4]> {
    match o.get("bbox") {
        Some(serde_json::Value::Array(b)) if b.len() == 4 => {
            let v: Vec<f64> = b.iter().filter_map(serde_json::Value::as_f64).collect();
            (v.len() == 4).then(|| [v[0], v[1], v[2], v[3]])
        }
        Some(serde_json::Value::Object(b)) => {
            let (x, y, w, h) = (
                json_num(b, "x")?,
                json_num(b, "y")?,
                json_num(b, "w")?,
                json_num(b, "h")?,
            );
            let size = o
                .get("font")
                .and_then(|f| f.as_object())
                .and_then(|f| json_num(f, "size"))
                .filter(|s| *s > 0.0 && *s < h);
            match (json_num(o, "y"), size) {
                (Some(base), Some(size)) if base > y && base <= y + h => {
                    Some([x, base - size * 0.8, x + w, base + size * 0.2])
                }
                _ => Some([x, y, x + w, y + h]),
            }
        }
        _ => Some([
            json_num(o, "x0")?,
            json_num(o, "top")?,
            json_num(o, "x1")?,
            json_num(o, "bottom")?,
        ]),
    }
}

/// Collects the placed pieces of text under `v` into `out`: an object
/// with a `text` string and a box is one word (nothing under it is
/// looked at); an object with `blocks` is a page, counted in `page`.
fn json_collect(v: &serde_json::Value, page: &mut usize, out: &mut Vec<Word>) {
    match v {
        serde_json::Value::Array(items) => {
            for item in items {
                json_collect(item, page, out);
            }
        }
        serde_json::Value::Object(o) => {
            if let Some(text) = o.get("text").and_then(|t| t.as_str()) {
                if let Some([x0, y0, x1, y1]) = json_box(o) {
                    let text = text.trim();
                    if !text.is_empty() && placed(x0, y0, x1, y1) {
                        out.push(Word {
                            page: *page,
                            x0,
                            y0,
                            x1,
                            y1,
                            text: text.to_string(),
                        });
                    }
                    return;
                }
            }
            let is_page = o.contains_key("blocks");
            for item in o.values() {
                json_collect(item, page, out);
            }
            if is_page {
                *page += 1;
            }
        }
        _ => {}
    }
}

/// The words of a page written as JSON ([`is_json_page`]); `None` when it
/// does not parse or places too few.
fn json_words(src: &str) -> Option<Vec<Word>> {
    // serde_json refuses nesting deeper than 128: the walk below is as
    // deep at most.
    let v: serde_json::Value = serde_json::from_str(src).ok()?;
    let mut out = Vec::new();
    json_collect(&v, &mut 0, &mut out);
    (out.len() >= MIN_WORDS).then_some(out)
}

/// The words of a page of positioned words, in the order they stand in
/// the file; `None` for any other page.
fn words(src: &str) -> Option<Vec<Word>> {
    if is_json_page(src) {
        if let Some(w) = json_words(src) {
            return Some(w);
        }
    }
    if src.contains("<pdf2xml") && src.contains("<text top=") {
        // `top`, `left`, `width`, `height`.
        let xml = boxed_words(src, xml_text()?, "<page ", |[t, l, w, h]| {
            [l, t, l + w, t + h]
        });
        if xml.is_some() {
            return xml;
        }
    }
    if src.contains("position:absolute;top:")
        || (src.contains("p{position:absolute") && src.contains("<p style=\"top:"))
    {
        if let Some(w) = styled_words(src) {
            return Some(w);
        }
    }
    let corners = |b: [f64; 4]| b;
    if src.contains("<word") && src.contains("xMin=") {
        boxed_words(src, bbox_word()?, "<page", corners)
    } else if src.contains("ocrx_word") {
        boxed_words(src, hocr_word()?, "ocr_page", corners)
    } else if src.contains("border: textbox") {
        box_words(src)
    } else {
        None
    }
}

/// How many half-width columns a text takes (a CJK character two).
fn columns(t: &str) -> f64 {
    f64::from(super::text::display_width(t)).max(1.0)
}

/// The page laid out as aligned text, pages parted by form feeds; `None`
/// when the page is not one of positioned words (see the module docs).
pub fn layout(src: &str) -> Option<String> {
    let mut words = words(src)?;
    // One column's width: the median of the words' widths per column.
    let mut per: Vec<f64> = words
        .iter()
        .map(|w| (w.x1 - w.x0) / columns(&w.text))
        .filter(|u| u.is_finite() && *u > 0.0)
        .collect();
    per.sort_by(f64::total_cmp);
    let unit = *per.get(per.len() / 2)?;
    let mut heights: Vec<f64> = words.iter().map(|w| w.y1 - w.y0).collect();
    heights.sort_by(f64::total_cmp);
    let height = heights
        .get(heights.len() / 2)
        .copied()
        .unwrap_or(1.0)
        .max(1e-6);
    let left = words.iter().map(|w| w.x0).fold(f64::INFINITY, f64::min);
    words.sort_by(|a, b| {
        a.page
            .cmp(&b.page)
            .then((a.y0 + a.y1).total_cmp(&(b.y0 + b.y1)))
    });
    let mut out = String::with_capacity(src.len() / 2);
    let mut page = words.first().map_or(0, |w| w.page);
    let mut i = 0;
    let mut last_mid: Option<f64> = None;
    while i < words.len() {
        // A row: the words whose middles lie within half a line of the
        // first's.
        let first = &words[i];
        if first.page != page {
            out.push('\u{c}');
            page = first.page;
            last_mid = None;
        }
        let mid = (first.y0 + first.y1) / 2.0;
        let mut j = i + 1;
        while j < words.len()
            && words[j].page == page
            && ((words[j].y0 + words[j].y1) / 2.0 - mid).abs() <= height / 2.0
        {
            j += 1;
        }
        // A gap of more than a line and a half: a blank line, as a PDF
        // reader leaves one between paragraphs and table rows.
        if last_mid.is_some_and(|m| mid - m > height * 1.8) {
            out.push('\n');
        }
        last_mid = Some(mid);
        let mut row: Vec<&Word> = words[i..j].iter().collect();
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let mut at = 0usize;
        for (k, w) in row.iter().enumerate() {
            let want = (((w.x0 - left) / unit).round().max(0.0) as usize).min(MAX_COLUMN);
            // Words apart by more than a column's width stand in cells
            // apart: at least two spaces, as aligned text parts cells.
            let least = match k {
                0 => 0,
                _ if w.x0 - row[k - 1].x1 > unit * 1.5 => 2,
                _ => 1,
            };
            let pad = want.saturating_sub(at).max(least);
            out.extend(std::iter::repeat_n(' ', pad));
            out.push_str(&w.text);
            at += pad + columns(&w.text) as usize;
        }
        out.push('\n');
        i = j;
    }
    // Radicals written as character references (`&#x2f00;`, as mutool
    // writes every character) were not seen by the decoder's folding.
    match crate::hanzi::radicals_to_ideographs(&out) {
        std::borrow::Cow::Owned(folded) => Some(folded),
        std::borrow::Cow::Borrowed(_) => Some(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bbox(words: &[(f64, f64, &str)]) -> String {
        let mut s =
            String::from("<html><body><doc><page width=\"595\" height=\"842\"><flow><block>");
        for &(x, y, t) in words {
            let w = columns(t) * 5.0;
            s.push_str(&format!(
                "<line><word xMin=\"{x:.6}\" yMin=\"{y:.6}\" xMax=\"{:.6}\" yMax=\"{:.6}\">{t}</word></line>\n",
                x + w,
                y + 10.0
            ));
        }
        s.push_str("</block></flow></page></doc></body></html>");
        s
    }

    #[test]
    fn words_are_laid_out_in_rows_and_columns() {
        let mut ws: Vec<(f64, f64, &str)> = Vec::new();
        // Thirty words of prose, then a table row printed out of order in
        // the file: its numbers before its label.
        for k in 0..30 {
            ws.push((50.0, 20.0 * f64::from(k), "第二十条"));
        }
        ws.push((300.0, 700.0, "5"));
        ws.push((400.0, 700.4, "&lt;7&gt;"));
        ws.push((50.0, 699.6, "规章"));
        let text = layout(&bbox(&ws)).unwrap();
        let last = text.lines().last().unwrap();
        assert_eq!(
            last.split_whitespace().collect::<Vec<_>>(),
            ["规章", "5", "<7>"]
        );
        // Each word at its place: a half-width column is 5 points here.
        let at = last.find('5').unwrap();
        assert_eq!(super::super::text::display_width(&last[..at]), 50);
        assert!(text.contains("第二十条\n\n第二十条"));
    }

    /// A row as poppler's `pdftohtml -xml` and `-s` and MuPDF's `mutool
    /// draw -F html` place it, its pieces out of order in the file and a
    /// radical written as a character reference: laid out as one line,
    /// label first, the unit beside its number.
    #[test]
    fn poppler_and_mupdf_pages_are_laid_out() {
        let prose: Vec<(f64, &str)> = (0..30).map(|k| (20.0 * f64::from(k), "第二十条")).collect();
        // (top, left, text) of the row: value, unit, then its label.
        let row = [
            (700.0, 300.0, "12.5"),
            (699.0, 325.0, "万元"),
            (700.5, 50.0, "&#x2f8f;政许可"),
        ];
        let xml = {
            let mut s = String::from("<?xml version=\"1.0\"?>\n<pdf2xml producer=\"poppler\">\n<page number=\"1\" top=\"0\" left=\"0\" height=\"1262\" width=\"892\">\n");
            for (top, t) in &prose {
                s.push_str(&format!("<text top=\"{top}\" left=\"50\" width=\"56\" height=\"14\" font=\"0\">{t}</text>\n"));
            }
            for (top, left, t) in row {
                let w = columns(&crate::parse::entities::decode(t)) * 7.0;
                s.push_str(&format!("<text top=\"{top}\" left=\"{left}\" width=\"{w}\" height=\"14\" font=\"0\">{t}</text>\n"));
            }
            s + "</page>\n</pdf2xml>\n"
        };
        let single = {
            let mut s = String::from("<html><head><style>.ft10{font-size:14px;font-family:Times;}</style></head><body>\n<div id=\"page1-div\" style=\"position:relative;width:892px;height:1262px;\">\n");
            for (top, left, t) in prose.iter().map(|(y, t)| (*y, 50.0, *t)).chain(row) {
                s.push_str(&format!("<p style=\"position:absolute;top:{top}px;left:{left}px;white-space:nowrap\" class=\"ft10\">{t}</p>\n"));
            }
            s + "</div></body></html>"
        };
        let mutool = {
            let mut s = String::from("<html><head><style>p{position:absolute;white-space:pre;margin:0}</style></head><body>\n<div id=\"page1\" style=\"width:595.0pt;height:841.9pt\">\n");
            for (top, left, t) in prose.iter().map(|(y, t)| (*y, 50.0, *t)).chain(row) {
                s.push_str(&format!("<p style=\"top:{top}pt;left:{left}pt;line-height:14pt\"><span style=\"font-family:Unnamed,sans-serif;font-size:14pt\">{t}</span></p>\n"));
            }
            s + "</div></body></html>"
        };
        for page in [xml, single, mutool] {
            let text = layout(&page).unwrap_or_else(|| panic!("laid out: {page}"));
            let last = text.lines().last().unwrap();
            assert_eq!(
                last.split_whitespace().collect::<Vec<_>>(),
                ["行政许可", "12.5", "万元"],
                "{text}"
            );
        }
    }

    /// Pages written as JSON: MuPDF's stext.json (a line box as tall as
    /// its leading, its baseline and font size placing it), PyMuPDF's
    /// `get_text("json")` (spans with `bbox` lists) and pdfplumber's
    /// words: a row whose pieces stand out of order in the file is laid
    /// out as one line, label first, on the page it stands on.
    #[test]
    fn pages_written_as_json_are_laid_out() {
        let prose: Vec<(f64, &str)> = (0..30).map(|k| (20.0 * f64::from(k), "第二十条")).collect();
        // (baseline, left, text): value, unit, then its label; the next
        // line's label stands 16 points lower, inside the first's leading.
        let row = [
            (700.0, 300.0, "12.5"),
            (699.0, 325.0, "万元"),
            (700.5, 50.0, "行政许可"),
            (716.0, 50.0, "行政处罚"),
        ];
        let all = || prose.iter().map(|(y, t)| (*y, 50.0, *t)).chain(row);
        let width = |t: &str| columns(t) * 7.0;
        let mutool = {
            let lines: Vec<String> = all()
                .map(|(y, x, t)| {
                    format!(
                        "{{\"wmode\":0,\"bbox\":{{\"x\":{x},\"y\":{},\"w\":{},\"h\":34}},\"font\":{{\"name\":\"F\",\"size\":14}},\"x\":{x},\"y\":{y},\"text\":\" {t}\"}}",
                        y - 22.0,
                        width(t)
                    )
                })
                .collect();
            format!(
                "{{\"file\":\"a.pdf\",\"pages\":[{{\"blocks\":[{{\"type\":\"text\",\"lines\":[{}]}}]}}]}}",
                lines.join(",")
            )
        };
        let pymupdf = {
            let spans: Vec<String> = all()
                .map(|(y, x, t)| {
                    format!(
                        "{{\"lines\":[{{\"spans\":[{{\"size\":14,\"origin\":[{x},{y}],\"bbox\":[{x},{},{},{}],\"text\":\"{t}\"}}]}}]}}",
                        y - 11.0,
                        x + width(t),
                        y + 3.0
                    )
                })
                .collect();
            // A first page of prose only, then the page of the row.
            format!(
                "[{{\"width\":595,\"blocks\":[{{\"lines\":[{{\"spans\":[{{\"bbox\":[50,50,100,64],\"text\":\"封面\"}}]}}]}}]}}, {{\"width\":595,\"height\":842,\"blocks\":[{}]}}]",
                spans.join(",")
            )
        };
        let plumber = {
            let words: Vec<String> = all()
                .map(|(y, x, t)| {
                    format!(
                        "{{\"text\":\"{t}\",\"x0\":{x},\"x1\":{},\"top\":{},\"bottom\":{}}}",
                        x + width(t),
                        y - 11.0,
                        y + 3.0
                    )
                })
                .collect();
            format!("[{}]", words.join(",\n"))
        };
        for (k, page) in [mutool, pymupdf, plumber].into_iter().enumerate() {
            assert!(is_json_page(&page), "{page}");
            let text = layout(&page).unwrap_or_else(|| panic!("laid out: {page}"));
            let lines: Vec<Vec<&str>> = text
                .lines()
                .rev()
                .take(2)
                .map(|l| l.split_whitespace().collect())
                .collect();
            assert_eq!(lines[1], ["行政许可", "12.5", "万元"], "{text}");
            assert_eq!(lines[0], ["行政处罚"], "{text}");
            // PyMuPDF's list of pages: the cover, a form feed, the page.
            assert_eq!(k == 1, text.starts_with("封面\n\u{c}"), "{text}");
        }
        // Not JSON of placed text: no page.
        assert!(!is_json_page("{\"text\": \"规章\"}x"));
        assert!(layout("[{\"text\": \"规章\", \"bbox\": [1, 2]}]").is_none());
    }

    /// pdfminer's HTML: text boxes placed on the page, a box's lines
    /// parted by `<br>`; a row's label and its values are boxes of their
    /// own, a header box holds two lines.
    #[test]
    fn pdfminer_text_boxes_are_laid_out() {
        let div = |x: f64, y: f64, w: f64, h: f64, lines: &[&str]| {
            let body: String = lines.iter().map(|l| format!("{l}\n<br>")).collect();
            format!(
                "<div style=\"position:absolute; border: textbox 1px solid; writing-mode:lr-tb; \
                 left:{x}px; top:{y}px; width:{w}px; height:{h}px;\"><span style=\"font-family: \
                 UMingCN; font-size:10px\">{body}</span></div>"
            )
        };
        let mut s = String::from("<html><body><div style=\"position:absolute; top:%dpx;\">50.0<a name=\"1\">Page 1</a></div>");
        for k in 0..30 {
            s.push_str(&div(
                60.0,
                60.0 + 12.0 * f64::from(k),
                40.0,
                10.0,
                &["第二十条"],
            ));
        }
        // Values first in the file, then the label, then a header of two
        // lines whose second line stands level with the row.
        s.push_str(&div(300.0, 500.0, 6.0, 10.0, &["5"]));
        s.push_str(&div(400.0, 500.0, 12.0, 10.0, &["12"]));
        s.push_str(&div(60.0, 500.0, 60.0, 10.0, &["规章"]));
        s.push_str(&div(500.0, 488.0, 30.0, 24.0, &["本年", "&lt;新&gt;"]));
        let text = layout(&s).unwrap();
        let row = text.lines().find(|l| l.contains("规章")).unwrap();
        let words: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(words, ["规章", "5", "12", "<新>"]);
        assert!(text.lines().any(|l| l.trim() == "本年"));
        // A box whose last line has no `<br>` after it, or whose lines are
        // parted by line breaks only: its lines share its height alike.
        let alike = |body: &str| {
            let t = layout(&s.replace("本年\n<br>&lt;新&gt;\n<br>", body)).unwrap();
            t.lines()
                .find(|l| l.contains("规章"))
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        };
        assert_eq!(
            alike("本年<br>&lt;新&gt;").as_deref(),
            Some("规章 5 12 <新>")
        );
        assert_eq!(alike("本年\n&lt;新&gt;").as_deref(), Some("规章 5 12 <新>"));
        // A coordinate no page has: the word is left out, or a word far
        // right stands at the widest column, never further.
        let far = layout(&s.replace("left:400px", "left:100000000000px")).unwrap();
        assert!(far.lines().all(|l| l.len() < 3 * MAX_COLUMN));
        let inf = layout(&s.replace("left:400px", &format!("left:{}px", "9".repeat(400))));
        assert!(inf.is_some_and(|t| !t.contains("12")));
    }

    #[test]
    fn hocr_words_are_read() {
        let mut s = String::from("<div class='ocr_page' title='bbox 0 0 2480 3508'>");
        for k in 0..31 {
            s.push_str(&format!(
                "<span class='ocrx_word' id='w{k}' title='bbox {} 100 {} 140; x_wconf 91'><strong>{k}</strong></span>",
                100 + k * 60,
                140 + k * 60
            ));
        }
        let text = layout(&s).unwrap();
        assert_eq!(text.split_whitespace().count(), 31);
        assert!(text.trim_start().starts_with("0  1  2"));
    }

    #[test]
    fn other_pages_are_not_such_pages() {
        assert!(layout("<p>一、总体情况</p><table><tr><td>规章</td></tr></table>").is_none());
        // Too few words.
        assert!(layout(&bbox(&[(1.0, 1.0, "规章")])).is_none());
    }
}
