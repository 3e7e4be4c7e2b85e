//! Decode: raw bytes → text, choosing the encoding by BOM, then the
//! declared charset (HTTP header, HTML meta, XML declaration), then strict
//! UTF-8, then a clean GB18030 decode that reads like a report, then
//! chardetng; and telling HTML from plain text.
//!
//! Binary and empty input is refused (`input.unreadable`), input over
//! `max_doc_bytes` too (`input.too_large`). Invalid bytes under a declared
//! charset are replaced and reported (`input.bad_bytes`); a page whose
//! declared charset is plainly wrong is decoded with the clean one and
//! reported (`input.charset_mismatch`).
//!
//! Two containers are unwrapped ([`container`]): an MHTML (.mht) web
//! archive is read as its first HTML part, its transfer encoding undone
//! and its part's charset taken as the declared one; a JSON API response
//! holding the article's HTML in a string is read as that HTML. Line
//! numbers then refer to the unwrapped text.

pub mod container;
pub mod detect;
pub mod notebook;

use crate::config::Limits;
use crate::model::{EncodingFrom, Issue, Media, Severity};
use encoding_rs::Encoding;

/// How many bytes are fed to chardetng at most.
const DETECT_PREFIX: usize = 64 << 10;

/// How many bytes from the first non-ASCII byte on are fed to chardetng:
/// it ignores the ASCII before it, and its cost is per byte after it (a
/// third of the whole run when it read 64 KB), while its guess on a
/// Chinese page is settled within 4 KB of text (about 2,000 characters;
/// the generator round trip over every encoding checks it).
const DETECT_SPAN: usize = 4 << 10;

/// A declared charset with at least this many invalid sequences may be
/// overridden by a cleanly decoding alternative.
const MISMATCH_MIN_ERRORS: usize = 3;

/// A document as text, with how its encoding was decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The decoded text (BOM removed).
    pub text: String,
    /// The encoding used, as encoding_rs names it (`UTF-8`, `GB18030`,
    /// `UTF-16LE`, `Big5`); GBK/GB2312 declarations decode as GB18030.
    pub encoding: &'static str,
    /// Which rule chose it.
    pub from: EncodingFrom,
    /// HTML or plain text.
    pub media: Media,
    /// Warnings met while decoding (e.g. `input.bad_bytes` when invalid
    /// bytes were replaced under a declared charset).
    pub issues: Vec<Issue>,
}

/// Decodes `bytes` (named `path`, whose extension is a media hint).
/// Empty, binary or undecodable input is an `input.unreadable` issue.
// The Result<_, Issue> shape is the pipeline's interface.
#[allow(clippy::result_large_err)]
pub fn decode(path: &str, bytes: &[u8], limits: &Limits) -> Result<Decoded, Issue> {
    decode_with_charset(path, bytes, None, limits)
}

/// Like [`decode`], with a charset label from outside the document (the
/// HTTP `Content-Type` of a WARC record). It counts as declared and wins
/// over the document's own declaration; a BOM still wins over both.
#[allow(clippy::result_large_err)]
pub fn decode_with_charset(
    path: &str,
    bytes: &[u8],
    charset: Option<&str>,
    limits: &Limits,
) -> Result<Decoded, Issue> {
    if bytes.len() as u64 > limits.max_doc_bytes {
        return Err(Issue::new(
            "input.too_large",
            Severity::Error,
            "source",
            format!(
                "document is {} bytes, over the limit of {} bytes",
                bytes.len(),
                limits.max_doc_bytes
            ),
        ));
    }
    if bytes.is_empty() {
        return Err(unreadable("empty file"));
    }
    if let Some(kind) = detect::binary_magic(bytes).or_else(|| detect::pdf_header(bytes)) {
        return Err(unreadable(binary_message(kind)));
    }
    // An MHTML archive's HTML part, under its own charset (the
    // container's transport charset describes the container). A part
    // that does not decode is no part: the bytes are read as they are.
    let unwrapped = container::mime_html(bytes)
        .and_then(|part| choose(&part.body, part.charset.as_deref()).ok());
    let (text, encoding, from, issues) = match unwrapped {
        Some(choice) => choice,
        None => choose(bytes, charset)?,
    };
    // A notebook's cells, or the page a JSON API response holds.
    let text = match notebook::source(&text) {
        Some(cells) => cells,
        None => container::json_html(&text).unwrap_or(text),
    };
    // Radicals a PDF's fonts printed for ideographs (`⼀、总体情况`).
    let text = match crate::hanzi::radicals_to_ideographs(&text) {
        std::borrow::Cow::Owned(plain) => plain,
        std::borrow::Cow::Borrowed(_) => text,
    };
    // Invisible marks of bidirectional text around values (`\u{200e}12`).
    let text = drop_direction_marks(text);
    // Hyphens that print as a minus sign (`‑5`, U+2011), as the one.
    let text = fold_hyphens(text);
    let media = sniff_media(path, &text);
    Ok(Decoded {
        text,
        encoding,
        from,
        media,
        issues,
    })
}

/// Whether `c` is a hyphen or minus that prints as `-` (U+2010 hyphen,
/// U+2011 non-breaking hyphen, U+2012 figure dash, U+2212 minus, U+FE63
/// small hyphen-minus): a word processor's or a page's minus sign.
pub fn is_hyphen(c: char) -> bool {
    matches!(
        c,
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{fe63}'
    )
}

/// `text` with its [hyphens](is_hyphen) as ASCII `-`, so that every
/// reader after sees one minus sign (`‑5` is −5 in a change column, `‑`
/// alone a dash). Text without any is returned as it is.
pub fn fold_hyphens(text: String) -> String {
    // E2 80 90–92, E2 88 92, EF B9 A3: a byte search first.
    let b = text.as_bytes();
    let maybe = memchr::memchr2_iter(0xE2, 0xEF, b).any(|k| {
        matches!(
            (b[k], b.get(k + 1), b.get(k + 2)),
            (0xE2, Some(0x80), Some(0x90..=0x92))
                | (0xE2, Some(0x88), Some(0x92))
                | (0xEF, Some(0xB9), Some(0xA3))
        )
    });
    if !maybe {
        return text;
    }
    text.chars()
        .map(|c| if is_hyphen(c) { '-' } else { c })
        .collect()
}

/// The marks of bidirectional text (LRM, RLM, ALM, embeddings, overrides,
/// isolates) and the word joiner: invisible, and no part of any label or
/// number, though a page may wrap every value in them (`\u{200e}12\u{200e}`,
/// `&lrm;12`).
pub fn is_direction_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2060}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// `text` without its [direction marks](is_direction_mark); marks that
/// stood between two digits part them as a space (`3\u{200e}\u{200e}0`
/// is two numbers, as it shows). Text without any is returned as it is.
pub fn drop_direction_marks(text: String) -> String {
    // Every mark is U+061C (D8 9C) or in U+200E–U+2069 (E2 80 8E – E2 81
    // A9): a byte search first, as most texts hold none.
    let b = text.as_bytes();
    let maybe = memchr::memchr2_iter(0xE2, 0xD8, b).any(|k| {
        matches!(
            (b[k], b.get(k + 1), b.get(k + 2)),
            (0xD8, Some(0x9C), _)
                | (0xE2, Some(0x80), Some(0x8E | 0x8F | 0xAA..=0xAE))
                | (0xE2, Some(0x81), Some(0xA0 | 0xA6..=0xA9))
        )
    });
    if !maybe {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_direction_mark(c) {
            out.push(c);
            continue;
        }
        while chars.next_if(|&n| is_direction_mark(n)).is_some() {}
        let between = out.ends_with(|p: char| p.is_ascii_digit())
            && chars.peek().is_some_and(|n| n.is_ascii_digit());
        if between {
            out.push(' ');
        }
    }
    out
}

/// What to say about a binary file of `kind` ([`detect::binary_magic`]):
/// for the documents a report may come as, how to turn it into text.
fn binary_message(kind: &str) -> String {
    let how = match kind {
        "PDF" => {
            "nianbao reads text and HTML, not PDF: extract the text first, e.g. \
             `pdftotext -layout report.pdf report.txt`, and ingest the .txt"
        }
        "OLE/Word 97" => {
            "a Word 97-2003 (.doc), Excel or WPS document: save it as text or HTML \
             first (Save As: Plain Text or Web Page; or \
             `libreoffice --headless --convert-to html report.doc`)"
        }
        "ZIP" => {
            "a .docx, .xlsx or .odt document, or a zip archive under another name: \
             save a document as text or HTML first (e.g. \
             `libreoffice --headless --convert-to html report.docx`); an archive is \
             read in place when its name ends in .zip"
        }
        _ => return format!("binary file ({kind})"),
    };
    format!("binary file ({kind}): {how}")
}

fn unreadable(msg: impl Into<String>) -> Issue {
    Issue::new("input.unreadable", Severity::Error, "source", msg)
}

/// HTML by content, else by extension, else text.
fn sniff_media(path: &str, text: &str) -> Media {
    // Markdown (and Org, reStructuredText), known by its name or, under a
    // name that does not say HTML, by its lines, keeps the inline tags
    // converters leave (`<span>`, `<div>`) and the tables they write as
    // HTML (`<table>`, read as such by the text parser), and is still
    // Markdown, unless it holds a whole page.
    let tagged = detect::looks_like_html(text);
    let html_name = detect::html_extension(path);
    if !detect::looks_like_page(text)
        && (detect::markup_extension(path)
            || tagged && !html_name && detect::looks_like_markdown(text))
    {
        return Media::Text;
    }
    if tagged || html_name {
        Media::Html
    } else {
        Media::Text
    }
}

/// GBK (and its labels gb2312, x-gbk…) decode as its superset GB18030.
fn canonical(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        enc
    }
}

/// The encoding a declared label names, as used for decoding. UTF-16
/// labels found in ASCII-compatible bytes are wrong by construction and
/// mean UTF-8 (as browsers read them); `replacement` is ignored.
fn declared_encoding(label: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label.trim().as_bytes())?;
    if enc == encoding_rs::REPLACEMENT {
        return None;
    }
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(encoding_rs::UTF_8);
    }
    Some(canonical(enc))
}

/// The encoding's name as reported: encoding_rs's name, except that its
/// `gb18030` is spelled `GB18030` like the standard.
pub fn name(enc: &'static Encoding) -> &'static str {
    if enc == encoding_rs::GB18030 {
        "GB18030"
    } else {
        enc.name()
    }
}

type Choice = (String, &'static str, EncodingFrom, Vec<Issue>);

/// Decodes with replacement, counting the replaced sequences.
fn decode_lossy(enc: &'static Encoding, bytes: &[u8]) -> (String, usize) {
    if enc == encoding_rs::UTF_8 {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return (s.to_owned(), 0);
        }
    }
    let (cow, had_errors) = enc.decode_without_bom_handling(bytes);
    let errors = if had_errors {
        cow.chars().filter(|&c| c == '\u{FFFD}').count().max(1)
    } else {
        0
    };
    (cow.into_owned(), errors)
}

/// Decodes strictly: `None` on any invalid sequence.
fn decode_strict(enc: &'static Encoding, bytes: &[u8]) -> Option<String> {
    if enc == encoding_rs::UTF_8 {
        return std::str::from_utf8(bytes).ok().map(str::to_owned);
    }
    enc.decode_without_bom_handling_and_without_replacement(bytes)
        .map(|c| c.into_owned())
}

fn bad_bytes(errors: usize, enc: &'static Encoding) -> Issue {
    Issue::new(
        "input.bad_bytes",
        Severity::Warning,
        "source",
        format!(
            "{errors} invalid byte sequence{} under {} replaced with U+FFFD",
            if errors == 1 { "" } else { "s" },
            name(enc)
        ),
    )
}

fn mismatch(declared: &'static Encoding, used: &'static Encoding, why: &str) -> Issue {
    Issue::new(
        "input.charset_mismatch",
        Severity::Warning,
        "source",
        format!(
            "declared charset {} {why}; decoded as {} instead",
            name(declared),
            name(used)
        ),
    )
}

/// chardetng's guess over a bounded prefix, GBK read as GB18030.
fn detector_guess(bytes: &[u8], allow_utf8: bool) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new();
    let first = bytes
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len());
    let n = bytes
        .len()
        .min(DETECT_PREFIX)
        .min(first.saturating_add(DETECT_SPAN));
    det.feed(&bytes[..n], n == bytes.len());
    canonical(det.guess(None, allow_utf8))
}

/// Text every report holds (its title's 政府信息公开), as proof of GB18030.
const GB_ANCHOR: &str = "信息公开";

/// Undeclared legacy bytes that decode as GB18030 without one invalid
/// sequence *and* then read [`GB_ANCHOR`] are GB18030, without asking the
/// detector (a third of the run's time went to chardetng on such pages).
/// Big5 and EUC-KR bytes also decode cleanly as GB18030, but into other
/// characters: the anchor's eight bytes turning up in them by chance is
/// not a practical risk. Pages without it go to the detector.
fn reads_as_report(text: &str) -> bool {
    text.contains(GB_ANCHOR)
}

/// The anchor as traditional-character reports write it (信息公開, or
/// 資訊公開 in Taiwan's usage), as proof of Big5.
const BIG5_ANCHORS: [&str; 2] = ["信息公開", "資訊公開"];

/// Undeclared bytes that decode as Big5 without one invalid sequence and
/// then read a [`BIG5_ANCHORS`] anchor are Big5, without asking the
/// detector, whose cost is about 5 M instructions per page (a tenth of a
/// run over text reports, where every Big5 report went to it). GB18030
/// bytes are tried first ([`reads_as_report`]).
fn clean_big5_report(bytes: &[u8]) -> Option<String> {
    decode_strict(encoding_rs::BIG5, bytes)
        .filter(|text| BIG5_ANCHORS.iter().any(|a| text.contains(a)))
}

/// Picks the encoding and decodes: BOM, declared, strict UTF-8, a clean
/// GB18030 report, UTF-16 sniff, detector.
#[allow(clippy::result_large_err)]
fn choose(bytes: &[u8], charset: Option<&str>) -> Result<Choice, Issue> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let (text, errors) = decode_lossy(enc, body);
        let mut issues = Vec::new();
        if errors > 0 {
            issues.push(bad_bytes(errors, enc));
        }
        return Ok((text, name(enc), EncodingFrom::Bom, issues));
    }

    let head = &bytes[..bytes.len().min(detect::SNIFF_SCAN)];
    if memchr::memchr(0, head).is_some() {
        // Pure-CJK UTF-16 may hold a stray NUL (U+5F00 开 is `00 5F` in
        // UTF-16LE), so the plausibility check alone gets a second say.
        let utf16 = detect::sniff_utf16(bytes, true).or_else(|| detect::sniff_utf16(bytes, false));
        return match utf16 {
            Some(enc) => {
                let (text, errors) = decode_lossy(enc, bytes);
                let issues = if errors > 0 {
                    vec![bad_bytes(errors, enc)]
                } else {
                    Vec::new()
                };
                Ok((text, name(enc), EncodingFrom::Detected, issues))
            }
            None => Err(unreadable("binary file (NUL bytes)")),
        };
    }

    // HZ (RFC 1843: GB2312 in 7 bits between `~{` and `~}`, old mail and
    // Usenet text), which the Encoding Standard maps to nothing readable.
    if let Some(text) = hz(bytes) {
        return Ok((text, "HZ-GB-2312", EncodingFrom::Detected, Vec::new()));
    }
    let declared = charset.and_then(declared_encoding).or_else(|| {
        detect::declared_label(bytes)
            .as_deref()
            .and_then(declared_encoding)
    });
    if let Some(enc) = declared {
        return Ok(decode_declared(enc, bytes));
    }

    match std::str::from_utf8(bytes) {
        Ok(s) => return Ok((s.to_owned(), "UTF-8", EncodingFrom::Detected, Vec::new())),
        // Valid UTF-8 cut inside its last character (a half download):
        // still UTF-8, the broken tail replaced and reported.
        Err(e) if e.error_len().is_none() => {
            let (text, errors) = decode_lossy(encoding_rs::UTF_8, bytes);
            let issues = vec![bad_bytes(errors.max(1), encoding_rs::UTF_8)];
            return Ok((text, "UTF-8", EncodingFrom::Detected, issues));
        }
        Err(_) => {}
    }
    // Before the UTF-16 sniff (which it makes unneeded for most pages):
    // the anchor's GB18030 bytes, read as UTF-16 code units at either
    // alignment, are Hangul syllables, not the ideographs of a report.
    // Lines some in UTF-8, some in GB18030: before GB18030 alone, which
    // reads UTF-8's bytes too, as other characters.
    if let Some(text) = mixed_lines(bytes) {
        return Ok((text, "UTF-8+GB18030", EncodingFrom::Detected, Vec::new()));
    }
    let clean_gb = match decode_strict(encoding_rs::GB18030, bytes) {
        Some(text) if reads_as_report(&text) => {
            return Ok((text, "GB18030", EncodingFrom::Detected, Vec::new()));
        }
        other => other,
    };
    if let Some(enc) = detect::sniff_utf16(bytes, false) {
        if let Some(text) = decode_strict(enc, bytes) {
            return Ok((text, name(enc), EncodingFrom::Detected, Vec::new()));
        }
    }
    if let Some(text) = clean_big5_report(bytes) {
        return Ok((text, "Big5", EncodingFrom::Detected, Vec::new()));
    }
    let enc = detector_guess(bytes, false);
    // The clean GB18030 text made above serves when the detector agrees.
    if let Some(text) = clean_gb.filter(|_| enc == encoding_rs::GB18030) {
        return Ok((text, "GB18030", EncodingFrom::Detected, Vec::new()));
    }
    let (text, errors) = decode_lossy(enc, bytes);
    let issues = if errors > 0 {
        vec![bad_bytes(errors, enc)]
    } else {
        Vec::new()
    };
    Ok((text, name(enc), EncodingFrom::Detected, issues))
}

/// Text in HZ: ASCII only, with `~{` … `~}` runs of GB2312 in 7 bits;
/// decoded when it then reads as a report.
fn hz(bytes: &[u8]) -> Option<String> {
    if !bytes.is_ascii() || memchr::memmem::find(bytes, b"~{").is_none() {
        return None;
    }
    let mut gb = Vec::with_capacity(bytes.len());
    let mut wide = false;
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1)) {
            (b'~', Some(b'{')) => {
                wide = true;
                i += 2;
            }
            (b'~', Some(b'}')) => {
                wide = false;
                i += 2;
            }
            (b'~', Some(b'~')) => {
                gb.push(b'~');
                i += 2;
            }
            // A line break escaped to continue the line.
            (b'~', Some(b'\n')) => i += 2,
            (b, Some(&c)) if wide && (0x21..0x7f).contains(&b) && (0x21..0x7f).contains(&c) => {
                gb.extend([b | 0x80, c | 0x80]);
                i += 2;
            }
            (b, _) => {
                // A line ends a run of GB2312 (RFC 1843).
                if b == b'\n' {
                    wide = false;
                }
                gb.push(b);
                i += 1;
            }
        }
    }
    decode_strict(encoding_rs::GB18030, &gb).filter(|t| reads_as_report(t))
}

/// Text whose lines are some in UTF-8 and some in GB18030 (files joined
/// from two sources): each line decoded in the one it is valid in, when
/// every line is valid in one, both are met, and the whole reads as a
/// report.
fn mixed_lines(bytes: &[u8]) -> Option<String> {
    let lines = || bytes.split_inclusive(|&b| b == b'\n');
    // A line of UTF-8 holds ideographs: a short line of GBK can be valid
    // UTF-8 by chance (`全` is `C8 AB`, UTF-8's `ȫ`), never of them.
    fn utf8_line(l: &[u8]) -> Option<&str> {
        std::str::from_utf8(l)
            .ok()
            .filter(|s| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
    }
    // Most text that is not UTF-8 has no line of it (one pass, no copy).
    if !lines().any(|l| utf8_line(l).is_some()) {
        return None;
    }
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    let (mut utf8, mut gb) = (false, false);
    for line in lines() {
        match utf8_line(line).or_else(|| line.is_ascii().then(|| std::str::from_utf8(line).ok())?) {
            Some(s) => {
                utf8 |= !s.is_ascii();
                out.push_str(s);
            }
            None => {
                out.push_str(&decode_strict(encoding_rs::GB18030, line)?);
                gb = true;
            }
        }
    }
    (utf8 && gb && reads_as_report(&out)).then_some(out)
}

/// Decodes under a declared encoding, unless it is plainly wrong.
fn decode_declared(enc: &'static Encoding, bytes: &[u8]) -> Choice {
    // Valid UTF-8 with non-ASCII content is UTF-8, whatever the label:
    // legacy CJK text is practically never valid UTF-8 by accident.
    if enc != encoding_rs::UTF_8 && !bytes.is_ascii() {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return (
                s.to_owned(),
                "UTF-8",
                EncodingFrom::Detected,
                vec![mismatch(
                    enc,
                    encoding_rs::UTF_8,
                    "does not fit: the bytes are valid UTF-8",
                )],
            );
        }
    }
    let (text, errors) = decode_lossy(enc, bytes);
    if errors == 0 {
        return (text, name(enc), EncodingFrom::Declared, Vec::new());
    }
    if errors >= MISMATCH_MIN_ERRORS {
        let guess = detector_guess(bytes, false);
        if guess != enc {
            if let Some(clean) = decode_strict(guess, bytes) {
                let why = format!("gives {errors} invalid byte sequences");
                return (
                    clean,
                    name(guess),
                    EncodingFrom::Detected,
                    vec![mismatch(enc, guess, &why)],
                );
            }
        }
    }
    (
        text,
        name(enc),
        EncodingFrom::Declared,
        vec![bad_bytes(errors, enc)],
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    /// Marks of bidirectional text are nothing, wherever they stand.
    #[test]
    fn direction_marks_are_dropped() {
        assert_eq!(
            drop_direction_marks("数量\u{200e}12\u{202c}".to_string()),
            "数量12"
        );
        assert_eq!(drop_direction_marks("数量 12".to_string()), "数量 12");
        assert_eq!(
            drop_direction_marks("规章\u{200e}3\u{200e}\u{200e}0\u{200e}".to_string()),
            "规章3 0"
        );
        let d = decode(
            "a.txt",
            "规章\u{200e}3\u{200f}".as_bytes(),
            &Limits::default(),
        )
        .map(|d| d.text);
        assert_eq!(d.ok().as_deref(), Some("规章3"));
    }

    /// Round 29's 08 writes its decreases with a non-breaking hyphen
    /// (`行政许可|246|‑5|7384`): read as 5 before, by the readers that part
    /// a line's numbers on `-` alone.
    #[test]
    fn hyphens_are_minus_signs() {
        let d = d(
            "a.txt",
            "行政许可|246|\u{2011}5|7384 \u{2212}1 \u{2010}".as_bytes(),
        );
        assert_eq!(d.text, "行政许可|246|-5|7384 -1 -");
        assert_eq!(fold_hyphens("规章—0".to_string()), "规章—0");
    }

    fn d(path: &str, bytes: &[u8]) -> Decoded {
        decode(path, bytes, &Limits::default()).expect("decodes")
    }

    /// pandoc's MediaWiki and Textile of a Word-made page keep its
    /// `<div>`s and `<span>`s: still text, whose tables the text parser
    /// reads (`{|` … `|}`; rows `|规章|0|0|0|`). Three pipe rows running
    /// are a table; one line between bars, or a tag alone, is not.
    #[test]
    fn wiki_markup_with_tags_is_text() {
        let wiki = "<div class=\"Section0\">\n<span style=\"font-family:黑体;\">二、主动公开政府信息情况</span>\n\n\
                    {|\n|-\n| 规章\n| 0\n|}\n</div>\n";
        assert_eq!(d("a.txt", wiki.as_bytes()).media, Media::Text);
        let textile = "<div class=\"Section0\">\n二、主动公开政府信息情况\n\n|信息内容|本年制发件数|\n|规章|0|\n|行政规范性文件|3|\n</div>\n";
        assert_eq!(d("a.txt", textile.as_bytes()).media, Media::Text);
        let html = "<div class=\"x\">\n|一处说明|\n<p>二、主动公开政府信息情况</p>\n</div>\n";
        assert_eq!(d("a.txt", html.as_bytes()).media, Media::Html);
    }

    #[test]
    fn utf8_plain() {
        let r = d("a.txt", "政府信息公开".as_bytes());
        assert_eq!(r.text, "政府信息公开");
        assert_eq!(
            (r.encoding, r.from, r.media),
            ("UTF-8", EncodingFrom::Detected, Media::Text)
        );
    }

    #[test]
    fn gbk_meta_is_gb18030() {
        let (body, _, _) = encoding_rs::GBK.encode("<meta charset=gbk><p>年度报告</p>");
        let r = d("a.html", &body);
        assert_eq!(r.text, "<meta charset=gbk><p>年度报告</p>");
        assert_eq!((r.encoding, r.from), ("GB18030", EncodingFrom::Declared));
        assert!(r.issues.is_empty());
    }

    #[test]
    fn undeclared_gbk_report_skips_the_detector_big5_does_not() {
        let page = "<p>某某街道2021年政府信息公开工作年度报告</p><p>本年度共收到申请12件。</p>";
        let (gbk, _, _) = encoding_rs::GBK.encode(page);
        let r = d("a.html", &gbk);
        assert_eq!(r.text, page);
        assert_eq!((r.encoding, r.from), ("GB18030", EncodingFrom::Detected));
        // The same report in Big5 also decodes cleanly as GB18030, into
        // other characters without the anchor: the detector decides.
        let trad = "<p>某某街道2021年政府資訊公開工作年度報告</p><p>本年度共收到申請12件，已全部辦結，並於網站公開。</p>";
        let (big5, _, _) = encoding_rs::BIG5.encode(trad);
        assert!(encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(&big5)
            .is_some());
        let r = d("a.html", &big5);
        assert_eq!(r.text, trad);
        assert_eq!((r.encoding, r.from), ("Big5", EncodingFrom::Detected));
    }

    #[test]
    fn empty_and_binary() {
        let l = Limits::default();
        assert_eq!(decode("a", b"", &l).unwrap_err().message, "empty file");
        let pdf = decode("a", b"%PDF-1.4\n...", &l).unwrap_err().message;
        assert!(
            pdf.starts_with("binary file (PDF): nianbao reads text and HTML")
                && pdf.contains("pdftotext -layout"),
            "{pdf}"
        );
        // A PDF header a little way in (after a BOM and a newline) too.
        let late = decode("a", b"\xEF\xBB\xBF\n%PDF-1.7\n\0\0obj", &l).unwrap_err();
        assert!(
            late.message.starts_with("binary file (PDF)"),
            "{}",
            late.message
        );
        assert_eq!(
            decode("a", b"abc\0\x01\x02\x03\x04\xff\xfe", &l)
                .unwrap_err()
                .code,
            "input.unreadable"
        );
    }

    #[test]
    fn mhtml_reads_as_its_html_part_under_its_charset() {
        let r = d("a.mht", &container::tests::word_mht());
        assert!(
            r.text
                .starts_with("<html><body><p class=MsoNormal>政府信息公开</p>"),
            "{}",
            r.text
        );
        assert!(r.text.contains("<td>1234</td>"), "{}", r.text);
        assert_eq!((r.encoding, r.from), ("GB18030", EncodingFrom::Declared));
        assert_eq!(r.media, Media::Html);
        assert!(r.issues.is_empty(), "{:?}", r.issues);
        // A multipart whose boundary never comes is read as before.
        let broken = b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=zz\n\n<p>x</p>";
        assert_eq!(
            d("a.mht", broken).text,
            std::str::from_utf8(broken).unwrap()
        );
    }

    #[test]
    fn json_api_response_reads_as_its_html() {
        let json = r#"{"code":0,"data":{"title":"某局报告","content":"\u003ctable\u003e\u003ctr\u003e\u003ctd\u003e7\u003c/td\u003e\u003c/tr\u003e\u003c/table\u003e"}}"#;
        let r = d("a.json", json.as_bytes());
        assert_eq!(r.media, Media::Html);
        assert!(
            r.text
                .contains("<h1>某局报告</h1>\n<table><tr><td>7</td></tr></table>"),
            "{}",
            r.text
        );
        // JSON without HTML stays as it is.
        assert_eq!(d("a.json", br#"{"a":1}"#).text, r#"{"a":1}"#);
    }

    #[test]
    fn hz_and_mixed_lines_are_read() {
        // 政府信息公开 in GB2312 bytes, then in HZ's seven bits.
        let (gb, _, _) = encoding_rs::GB18030.encode("政府信息公开工作年度报告");
        let seven: Vec<u8> = gb.iter().map(|b| b & 0x7f).collect();
        let mut hz_text = b"From: a\nSubject: x\n\n~{".to_vec();
        hz_text.extend(&seven);
        hz_text.extend(b"~}2019 ~~1\n");
        let r = d("a.txt", &hz_text);
        assert_eq!(r.encoding, "HZ-GB-2312");
        assert!(
            r.text.ends_with("政府信息公开工作年度报告2019 ~1\n"),
            "{}",
            r.text
        );
        // A GBK first half and a UTF-8 second half, line by line.
        let mut mixed = gb.to_vec();
        mixed.extend("\r\n三、收到和处理政府信息公开申请情况\r\n".as_bytes());
        let r = d("a.txt", &mixed);
        assert_eq!(r.encoding, "UTF-8+GB18030");
        assert_eq!(
            r.text,
            "政府信息公开工作年度报告\r\n三、收到和处理政府信息公开申请情况\r\n"
        );
    }

    #[test]
    fn markup_files_with_inline_html_are_text() {
        // An Org file's export block, a Markdown file's span: still text.
        let org = "* 一、总体情况\n| 规章 | 0 |\n#+BEGIN_EXPORT html\n<p style=\"text-align:right\">某局<br/>2020年</p>\n#+END_EXPORT\n";
        for name in ["a.org", "a.md", "a.rst", "A.ORG"] {
            assert_eq!(d(name, org.as_bytes()).media, Media::Text, "{name}");
        }
        assert_eq!(d("a.txt", org.as_bytes()).media, Media::Html);
        // A whole page under such a name is a page.
        let page = "<!DOCTYPE html><html><body><p>x</p></body></html>";
        assert_eq!(d("a.org", page.as_bytes()).media, Media::Html);
        // An OpenDocument flat XML file is read as a page.
        let fodt = "<?xml version=\"1.0\"?>\n<office:document office:mimetype=\"application/vnd.oasis.opendocument.text\"><text:p>一、总体情况</text:p></office:document>";
        assert_eq!(d("a.fodt", fodt.as_bytes()).media, Media::Html);
        // Markdown under any name, by its lines: pandoc's GFM keeps a
        // page's `<div>`s and its merged-cell tables as HTML.
        let gfm = "<div class=\"cont\">\n\n**一、总体情况**\n\n全年收到申请15件。\n\n<table>\n<tr><td>规章</td><td>0</td></tr>\n</table>\n\n</div>\n";
        assert_eq!(d("a.txt", gfm.as_bytes()).media, Media::Text);
        let piped = "<div>\n\n# 某局2022年政府信息公开工作年度报告\n\n| 规章 | 0 |\n|------|---|\n";
        assert_eq!(d("a.txt", piped.as_bytes()).media, Media::Text);
        // An HTML fragment, bold in tags, stays HTML; so does one with a
        // row of stars (a script's banner comment), and a fragment named
        // as HTML whatever its lines.
        let fragment = "<div><p><b>一、总体情况</b></p>\n<p>全年收到申请15件。</p></div>";
        assert_eq!(d("a.txt", fragment.as_bytes()).media, Media::Html);
        let banner = "<div><p>一、总体情况</p></div>\n<script>\n/*\n*************\n*/\n</script>\n";
        assert_eq!(d("a.txt", banner.as_bytes()).media, Media::Html);
        assert_eq!(d("a.html", gfm.as_bytes()).media, Media::Html);
    }

    #[test]
    fn declared_utf8_one_bad_byte_is_bad_bytes() {
        let mut b = b"<meta charset=utf-8><p>".to_vec();
        b.extend_from_slice("报告".as_bytes());
        b.push(0xFF);
        let r = d("a.html", &b);
        assert_eq!((r.encoding, r.from), ("UTF-8", EncodingFrom::Declared));
        assert_eq!(r.issues.len(), 1);
        assert_eq!(r.issues[0].code, "input.bad_bytes");
        assert!(
            r.issues[0].message.starts_with("1 invalid"),
            "{}",
            r.issues[0].message
        );
    }
}
