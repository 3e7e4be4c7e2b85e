//! Sniffers over raw bytes: binary magic numbers, UTF-16 without a BOM,
//! the declared charset (HTML `<meta>`, XML declaration), and HTML vs
//! plain text. All of them look at bounded prefixes only.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

/// How far the declared charset is searched for.
pub const DECLARE_SCAN: usize = 4096;
/// How far the HTML sniff and the binary sniff look.
pub const SNIFF_SCAN: usize = 64 << 10;

/// The name of a binary format whose magic number `bytes` starts with.
pub fn binary_magic(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"PK\x03\x04", "ZIP"),
        (b"PK\x05\x06", "ZIP"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "OLE/Word 97"),
        (b"\x7FELF", "ELF"),
        (b"\x1F\x8B", "gzip"),
        (b"Rar!\x1A\x07", "RAR"),
        (b"7z\xBC\xAF\x27\x1C", "7z"),
        (b"\xFD7zXZ\x00", "xz"),
        (b"BZh", "bzip2"),
        (b"\x28\xB5\x2F\xFD", "zstd"),
    ];
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, name)| *name)
        .filter(|name| {
            // `BZh` is also the start of ordinary words; require the
            // block-size digit and a binary byte soon after.
            *name != "bzip2"
                || (bytes.len() > 4
                    && bytes[3].is_ascii_digit()
                    && bytes[4..bytes.len().min(16)]
                        .iter()
                        .any(|&b| !(0x09..0x80).contains(&b)))
        })
}

/// `Some("PDF")` when a PDF header (`%PDF-` and a version digit) stands
/// in the first 1024 bytes, where PDF readers look for it (after a BOM,
/// blank lines or a mail header, say).
pub fn pdf_header(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(1024)];
    memchr::memmem::find_iter(head, b"%PDF-")
        .any(|at| bytes.get(at + 5).is_some_and(u8::is_ascii_digit))
        .then_some("PDF")
}

/// Whether a UTF-16 code unit is likely in a Chinese report: ASCII text
/// and whitespace, Latin-1, general and CJK punctuation, CJK ideographs,
/// full-width forms.
fn plausible_unit(u: u16) -> bool {
    matches!(u,
        0x09 | 0x0A | 0x0D
        | 0x20..=0x7E
        | 0xA0..=0xFF
        | 0x2000..=0x206F
        | 0x2100..=0x22FF
        | 0x2460..=0x24FF
        | 0x2500..=0x25FF
        | 0x3000..=0x303F
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xFEFF
        | 0xFF00..=0xFFEF)
}

/// Share (0..=1) of plausible code units in `bytes` read as UTF-16.
fn plausibility(bytes: &[u8], little: bool) -> f64 {
    let mut total = 0usize;
    let mut good = 0usize;
    for pair in bytes.chunks_exact(2) {
        let u = if little {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        };
        total += 1;
        if plausible_unit(u) {
            good += 1;
        }
    }
    if total == 0 {
        0.0
    } else {
        good as f64 / total as f64
    }
}

/// UTF-16 without a BOM. With `nul_pattern`, the text must show the
/// alternating NULs of ASCII in UTF-16; without, the code units must be
/// almost all plausible (pure-CJK UTF-16 has no NULs).
pub fn sniff_utf16(bytes: &[u8], nul_pattern: bool) -> Option<&'static encoding_rs::Encoding> {
    let n = bytes.len().min(DECLARE_SCAN) & !1;
    if n < 4 {
        return None;
    }
    let head = &bytes[..n];
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let le = plausibility(head, true);
    let be = plausibility(head, false);
    if nul_pattern {
        // ASCII in UTF-16 puts its NULs on one side; CJK units such as
        // U+4E00 may put a few on the other. Plausibility decides.
        if odd > even && le >= 0.9 {
            return Some(encoding_rs::UTF_16LE);
        }
        if even > odd && be >= 0.9 {
            return Some(encoding_rs::UTF_16BE);
        }
        None
    } else if n >= 8 && le >= 0.97 && le > be {
        Some(encoding_rs::UTF_16LE)
    } else if n >= 8 && be >= 0.97 && be > le {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// Reads an attribute-ish value at `i`: optional quotes, then label bytes.
fn read_label(b: &[u8], i: usize) -> Option<&str> {
    let mut i = skip_ws(b, i);
    if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
        i += 1;
        i = skip_ws(b, i);
    }
    let start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'-' | b'_' | b'.' | b':'))
    {
        i += 1;
    }
    if i == start {
        return None;
    }
    std::str::from_utf8(&b[start..i]).ok()
}

/// The charset label declared in the first [`DECLARE_SCAN`] bytes: an XML
/// declaration's `encoding="…"`, or `charset=` inside a `<meta …>` tag.
/// The scan is ASCII-compatible (it finds nothing in UTF-16).
pub fn declared_label(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(DECLARE_SCAN)];
    let lower = head.to_ascii_lowercase();
    let start = skip_ws(&lower, 0);
    if lower[start..].starts_with(b"<?xml") {
        let end = memchr::memmem::find(&lower[start..], b"?>").map_or(lower.len(), |e| start + e);
        let decl = &lower[start..end];
        if let Some(p) = memchr::memmem::find(decl, b"encoding") {
            let mut i = skip_ws(decl, p + "encoding".len());
            if i < decl.len() && decl[i] == b'=' {
                i += 1;
                if let Some(l) = read_label(&head[start..end], i) {
                    return Some(l.to_string());
                }
            }
        }
    }
    for p in memchr::memmem::find_iter(&lower, b"charset") {
        // Must sit inside a <meta ...> tag.
        let tag_start = match memchr::memrchr(b'<', &lower[..p]) {
            Some(t) => t,
            None => continue,
        };
        if !lower[tag_start..].starts_with(b"<meta")
            || memchr::memchr(b'>', &lower[tag_start..p]).is_some()
        {
            continue;
        }
        let mut i = skip_ws(&lower, p + "charset".len());
        if i < lower.len() && lower[i] == b'=' {
            i += 1;
            if let Some(l) = read_label(head, i) {
                return Some(l.to_string());
            }
        }
    }
    None
}

fn html_starts() -> Option<&'static AhoCorasick> {
    static AC: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build([
                "<!doctype html",
                "<html",
                "<head",
                "<body",
                "<meta",
                "<table",
                "<tbody",
                "<td",
                "<tr",
                "<th",
                "<p",
                "<div",
                "<span",
                "<br",
                "<title",
                "<font",
                // OpenDocument flat XML (.fodt): read as a page.
                "<office:document",
                "<table:table",
                // Word 2003 XML and DocBook.
                "<w:worddocument",
                "<informaltable",
            ])
            .ok()
    })
    .as_ref()
}

/// Whether decoded text looks like HTML: a tag such as `<html`, `<meta`,
/// `<table`, `<td`, `<p>` in the first [`SNIFF_SCAN`] bytes, followed by
/// `>`, `/` or whitespace (so `<tdx` or `<pre` as words do not count).
pub fn looks_like_html(text: &str) -> bool {
    let b = text.as_bytes();
    let b = &b[..b.len().min(SNIFF_SCAN)];
    // Building a fixed automaton cannot fail; if it did, sniff nothing.
    let Some(ac) = html_starts() else {
        return false;
    };
    for m in ac.find_iter(b) {
        let pat = m.pattern().as_usize();
        if pat == 0 {
            return true;
        }
        match b.get(m.end()) {
            Some(c) if c.is_ascii_whitespace() || *c == b'>' || *c == b'/' => return true,
            _ => {}
        }
    }
    false
}

/// Whether the text holds a whole HTML page (not only inline tags or
/// tables): `<html`, `<body` or a doctype near its start.
pub fn looks_like_page(text: &str) -> bool {
    let b = &text.as_bytes()[..text.len().min(SNIFF_SCAN)];
    // Every pattern starts with `<`: only the places memchr finds one are
    // compared (a window at every byte cost a Markdown file 260k
    // instructions).
    memchr::memchr_iter(b'<', b).any(|i| {
        ["<!doctype", "<html", "<body"].iter().any(|p| {
            b.get(i..i + p.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(p.as_bytes()))
        })
    })
}

/// Whether the text is Markdown (or another text markup) by its lines: a
/// pipe table's rule (`|------|---|`, Org's `|---+---|`), a heading in
/// bold on a line of its own (`**一、总体情况**`), an ATX heading (`#
/// 标题`), a MediaWiki table (`{|` … `|}`) or three rows of a Textile
/// table running (`|规章|0|0|0|`). A converter that keeps what it cannot
/// write in its markup as HTML (pandoc: the page's `<div>`s and
/// `<span>`s, tables with merged cells) leaves tags that would otherwise
/// make the text pass for an HTML fragment.
pub fn looks_like_markdown(text: &str) -> bool {
    let (mut wiki_open, mut wiki_close, mut rows) = (false, false, 0usize);
    for l in text.lines() {
        let t = l.trim();
        wiki_open |= t.starts_with("{|");
        wiki_close |= t == "|}";
        let row = t.len() >= 3 && t.starts_with('|') && t.ends_with('|') && !t.starts_with("|-");
        rows = if row { rows + 1 } else { 0 };
        if wiki_open && wiki_close || rows >= 3 {
            return true;
        }
    }
    text.lines().any(|l| {
        let t = l.trim();
        let rule = t.len() >= 5
            && t.starts_with('|')
            && t.contains("---")
            && t.bytes()
                .all(|b| matches!(b, b'|' | b'-' | b':' | b'+' | b' '));
        // Words in bold, not a row of stars (`/*****/`, `****`).
        let bold = t.len() > 6
            && t.strip_prefix("**")
                .and_then(|x| x.strip_suffix("**"))
                .is_some_and(|inner| {
                    !inner.starts_with('*') && inner.chars().any(|c| c.is_alphabetic())
                });
        let atx = t
            .trim_start_matches('#')
            .strip_prefix(' ')
            .is_some_and(|rest| t.starts_with('#') && !rest.is_ascii());
        rule || bold || atx
    })
}

/// Whether the file name's extension says a plain-text markup (Markdown
/// `.md` / `.markdown`, Org `.org`, reStructuredText `.rst`, AsciiDoc
/// `.adoc`), which may hold inline HTML and is still text.
pub fn markup_extension(path: &str) -> bool {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.rsplit_once('.').is_some_and(|(_, e)| {
        ["md", "markdown", "org", "rst", "adoc"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// Whether the file name's extension says HTML.
pub fn html_extension(path: &str) -> bool {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let ext = match name.rsplit_once('.') {
        Some((_, e)) => e.to_ascii_lowercase(),
        None => return false,
    };
    matches!(
        ext.as_str(),
        "html" | "htm" | "shtml" | "xhtml" | "asp" | "aspx" | "jsp" | "php"
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_forms() {
        assert_eq!(
            declared_label(b"<html><head><meta charset=\"gb2312\"></head>").as_deref(),
            Some("gb2312")
        );
        assert_eq!(
            declared_label(
                b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GBK\">"
            )
            .as_deref(),
            Some("GBK")
        );
        assert_eq!(
            declared_label(b"<?xml version=\"1.0\" encoding='big5'?><html/>").as_deref(),
            Some("big5")
        );
        // "charset" outside a meta tag does not count.
        assert_eq!(
            declared_label(b"<script>document.charset='x'</script>"),
            None
        );
        assert_eq!(declared_label(b"plain text about charset=utf-8"), None);
    }

    #[test]
    fn html_sniff() {
        assert!(looks_like_html("  <!DOCTYPE HTML><p>x"));
        assert!(looks_like_html(
            "报告\n<TABLE border=1><tr><td>1</td></tr></TABLE>"
        ));
        assert!(!looks_like_html("报告 <predicate> a<b"));
        assert!(html_extension("a/b/2020.SHTML"));
        assert!(!html_extension("a.html/b.txt"));
    }

    #[test]
    fn magic() {
        assert_eq!(binary_magic(b"%PDF-1.7\n"), Some("PDF"));
        assert_eq!(binary_magic(b"BZh is a word"), None);
        assert_eq!(binary_magic(b"<html>"), None);
    }
}
