//! Containers a report's HTML comes wrapped in, unwrapped before (MHTML)
//! or after (a JSON API response) the charset is chosen.
//!
//! - **MHTML / .mht** (Word's "single file web page", a browser's "save as
//!   MHTML", an e-mail): a MIME message whose first `text/html` part, its
//!   transfer encoding (`quoted-printable`, `base64`) undone, is the
//!   document; the part's `charset=` stands for the declared charset.
//! - **A CMS JSON API response** (`{"data":{"title":…,"content":"\u003cp…"}}`):
//!   the longest string value holding HTML is the document, its object's
//!   `title` (else the first `title` anywhere) put before it as a heading.
//!
//! Both are tested on the first bytes only (a header line and a
//! `Content-Type`/`MIME-Version` header in the first [`MIME_SCAN`] bytes;
//! `{` or `[` as the first non-space character), so ordinary pages and text
//! pay nothing. Anything malformed (no boundary, no HTML part, bad base64,
//! JSON that does not parse or holds no HTML) gives `None`: the input is
//! read as it is, as before.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;

/// How far into the input the MIME headers are looked for.
pub const MIME_SCAN: usize = 2 << 10;

/// How deep multiparts nested in multiparts are followed.
const MAX_DEPTH: usize = 4;

/// The HTML part of a MIME message: its bytes, transfer encoding undone,
/// and the charset its `Content-Type` names.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The part's body, as bytes in its charset.
    pub body: Vec<u8>,
    /// The `charset` parameter of the part's `Content-Type`, if any.
    pub charset: Option<String>,
}

/// The first `text/html` part of `bytes` when they are a MIME message
/// (MHTML, .eml), else `None`.
pub fn mime_html(bytes: &[u8]) -> Option<Part> {
    if !looks_like_mime(bytes) {
        return None;
    }
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let (headers, body_at) = read_headers(bytes, start);
    let body = bytes.get(body_at..)?;
    html_part(&headers, body, 0, "text/html").or_else(|| html_part(&headers, body, 0, "text/plain"))
}

/// Whether the input opens as a MIME header block: its first line is a
/// header (`Name: value`) and the first [`MIME_SCAN`] bytes name a
/// `MIME-Version` or `Content-Type` header.
fn looks_like_mime(bytes: &[u8]) -> bool {
    let Some(start) = bytes
        .iter()
        .take(MIME_SCAN)
        .position(|b| !b.is_ascii_whitespace())
    else {
        return false;
    };
    let first = &bytes[start..];
    let name_len = first
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        .count();
    if name_len == 0 || first.get(name_len) != Some(&b':') {
        return false;
    }
    let head = &bytes[..bytes.len().min(MIME_SCAN)];
    [&b"mime-version:"[..], b"content-type:"]
        .iter()
        .any(|h| head.windows(h.len()).any(|w| w.eq_ignore_ascii_case(h)))
}

/// A header block from `at`: (lower-case name, unfolded value) pairs, and
/// where the body starts (after the blank line, or the end).
fn read_headers(bytes: &[u8], at: usize) -> (Vec<(String, String)>, usize) {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut i = at;
    while i < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[i..]).map_or(bytes.len(), |e| i + e);
        let next = (end + 1).min(bytes.len());
        let line = trim_cr(&bytes[i..end]);
        i = next;
        if line.iter().all(|b| *b == b' ' || *b == b'\t') {
            break;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            if let Some((_, value)) = out.last_mut() {
                value.push(' ');
                value.push_str(String::from_utf8_lossy(line).trim());
            }
            continue;
        }
        if let Some(colon) = memchr::memchr(b':', line) {
            let name = String::from_utf8_lossy(&line[..colon])
                .trim()
                .to_ascii_lowercase();
            let value = String::from_utf8_lossy(&line[colon + 1..])
                .trim()
                .to_string();
            out.push((name, value));
        }
    }
    (out, i)
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// A `Content-Type` value: the lower-case media type and its parameters
/// (lower-case names; values unquoted).
fn content_type(value: &str) -> (String, Vec<(String, String)>) {
    let mut segments = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in value.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                cur.push(c);
            }
            ';' if !quoted => segments.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    segments.push(cur);
    let mut it = segments.into_iter();
    let media = it.next().unwrap_or_default().trim().to_ascii_lowercase();
    let params = it
        .filter_map(|seg| {
            let (name, value) = seg.split_once('=')?;
            let value = value.trim();
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(value);
            Some((name.trim().to_ascii_lowercase(), value.to_string()))
        })
        .collect();
    (media, params)
}

fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.is_empty())
}

/// The first part of media type `want` (`text/html`; failing one, a
/// mail's `text/plain`) of an entity with `headers` and `body`: itself,
/// or within its multipart body.
fn html_part(headers: &[(String, String)], body: &[u8], depth: usize, want: &str) -> Option<Part> {
    let (media, params) = content_type(header(headers, "content-type").unwrap_or("text/plain"));
    if media == want {
        let encoding = header(headers, "content-transfer-encoding")
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let body = match encoding.as_str() {
            "quoted-printable" => quoted_printable(body),
            "base64" => base64_lenient(body)?,
            _ => body.to_vec(),
        };
        if body.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        return Some(Part {
            body,
            charset: param(&params, "charset").map(str::to_string),
        });
    }
    if !media.starts_with("multipart/") || depth >= MAX_DEPTH {
        return None;
    }
    let boundary = param(&params, "boundary")?;
    parts(body, boundary).into_iter().find_map(|part| {
        let (h, at) = read_headers(part, 0);
        html_part(&h, part.get(at..)?, depth + 1, want)
    })
}

/// The parts of a multipart body, split at its `--boundary` lines (RFC
/// 2046 §5.1.1): each part's bytes, headers and body, without the line
/// break before the next delimiter. The preamble and epilogue are left
/// out; a body without a closing delimiter ends its last part at the end.
fn parts<'a>(body: &'a [u8], boundary: &str) -> Vec<&'a [u8]> {
    let delimiter = format!("--{boundary}");
    let delimiter = delimiter.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for at in memchr::memmem::find_iter(body, delimiter) {
        if at > 0 && body.get(at - 1) != Some(&b'\n') {
            continue;
        }
        let after = &body[at + delimiter.len()..];
        let closing = after.starts_with(b"--");
        let rest = if closing { &after[2..] } else { after };
        let line_end = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
        // Only transport padding may follow the delimiter on its line.
        if !trim_cr(&rest[..line_end])
            .iter()
            .all(|b| *b == b' ' || *b == b'\t')
        {
            continue;
        }
        if let Some(from) = open.take() {
            let end = if at >= 2 && body.get(at - 2) == Some(&b'\r') {
                at - 2
            } else {
                at.saturating_sub(1)
            };
            out.push(&body[from..end.max(from)]);
        }
        if closing {
            return out;
        }
        let after_line = at + delimiter.len() + line_end + 1;
        open = Some(after_line.min(body.len()));
    }
    if let Some(from) = open {
        out.push(&body[from..]);
    }
    out
}

/// Undoes the quoted-printable transfer encoding (RFC 2045 §6.7): `=XX`
/// (either case) is the byte XX; `=` at a line's end, optionally followed
/// by spaces or tabs, is a soft line break and goes with its line break
/// (`\r\n`, `\n` or `\r`). Robust as the RFC advises: an `=` not followed
/// by two hex digits or a line break is kept as it is, and bytes outside
/// printable ASCII (raw 8-bit text some writers leave unescaped) pass
/// through; hard line breaks are kept as they are.
pub fn quoted_printable(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while let Some(&b) = input.get(i) {
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        let hex = input
            .get(i + 1)
            .and_then(|&h| hex_value(h))
            .zip(input.get(i + 2).and_then(|&l| hex_value(l)));
        if let Some((hi, lo)) = hex {
            out.push(hi << 4 | lo);
            i += 3;
            continue;
        }
        let mut j = i + 1;
        while matches!(input.get(j), Some(b' ' | b'\t')) {
            j += 1;
        }
        match input.get(j) {
            None => i = j,
            Some(b'\n') => i = j + 1,
            Some(b'\r') if input.get(j + 1) == Some(&b'\n') => i = j + 2,
            Some(b'\r') => i = j + 1,
            Some(_) => {
                out.push(b'=');
                i += 1;
            }
        }
    }
    out
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Undoes the base64 transfer encoding, ignoring line breaks and other
/// characters outside the alphabet (RFC 2045 §6.8) and the padding. `None`
/// when what is left is not base64.
fn base64_lenient(input: &[u8]) -> Option<Vec<u8>> {
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::RequireNone)
            .with_decode_allow_trailing_bits(true),
    );
    let mut clean: Vec<u8> = input
        .iter()
        .copied()
        .filter(|b| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/')
        .collect();
    // A lone last character holds no whole byte.
    if clean.len() % 4 == 1 {
        clean.pop();
    }
    LENIENT.decode(&clean).ok()
}

/// The HTML document a JSON API response holds, when `text` is one: the
/// longest string value that reads as HTML, under its object's `title`
/// (else the first `title` string anywhere) as `<title>` and `<h1>`. A
/// string that is a whole page already is returned as it is.
pub fn json_html(text: &str) -> Option<String> {
    let trimmed = text.trim();
    if !matches!(trimmed.as_bytes().first(), Some(b'{' | b'[')) {
        return None;
    }
    let value: serde_json::Value = serde_json::from_str(trimmed).ok()?;
    let mut found = Found::default();
    walk(&value, &mut found);
    let (content, title) = found.best?;
    if super::detect::looks_like_page(content) {
        return Some(content.to_string());
    }
    let title = title.or(found.any_title);
    let mut html = String::with_capacity(content.len() + 200);
    html.push_str("<!DOCTYPE html>\n<html><head>");
    if let Some(t) = title {
        let t = html_escape::encode_text(t);
        html.push_str(&format!("<title>{t}</title></head><body>\n<h1>{t}</h1>\n"));
    } else {
        html.push_str("</head><body>\n");
    }
    html.push_str(content);
    html.push_str("\n</body></html>\n");
    Some(html)
}

/// What [`walk`] found: the longest HTML string with its object's title,
/// and the first title met.
#[derive(Default)]
struct Found<'a> {
    best: Option<(&'a str, Option<&'a str>)>,
    any_title: Option<&'a str>,
}

fn walk<'a>(value: &'a serde_json::Value, found: &mut Found<'a>) {
    match value {
        serde_json::Value::Object(map) => {
            let title = map
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("title"))
                .and_then(|(_, v)| v.as_str())
                .map(str::trim)
                .filter(|t| !t.is_empty());
            if found.any_title.is_none() {
                found.any_title = title;
            }
            for v in map.values() {
                if let serde_json::Value::String(s) = v {
                    consider(s, title, found);
                } else {
                    walk(v, found);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                walk(v, found);
            }
        }
        serde_json::Value::String(s) => consider(s, None, found),
        _ => {}
    }
}

fn consider<'a>(s: &'a str, title: Option<&'a str>, found: &mut Found<'a>) {
    if found.best.is_some_and(|(b, _)| b.len() >= s.len()) {
        return;
    }
    if memchr::memchr(b'<', s.as_bytes()).is_some() && super::detect::looks_like_html(s) {
        found.best = Some((s, title));
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn quoted_printable_soft_breaks_and_escapes() {
        assert_eq!(quoted_printable(b"a=3Db=3db"), b"a=b=b");
        // A soft break inside a number, CRLF, LF and with padding.
        assert_eq!(quoted_printable(b"12=\r\n34=\n56= \t\r\n7"), b"1234567");
        // Hard breaks stay; a stray `=` and raw 8-bit bytes pass through.
        assert_eq!(quoted_printable(b"a\r\nb=zz\xC4\xEA"), b"a\r\nb=zz\xC4\xEA");
        assert_eq!(quoted_printable(b"x=4"), b"x=4");
        assert_eq!(quoted_printable(b"end="), b"end");
    }

    #[test]
    fn base64_with_line_breaks_and_no_padding() {
        assert_eq!(
            base64_lenient(b"PHA+5bm0\r\nPC9wPg==").unwrap(),
            "<p>年</p>".as_bytes()
        );
        assert_eq!(base64_lenient(b"YWI").unwrap(), b"ab");
    }

    /// A Word-style MHTML: GBK text as `=XX`, a number cut by a soft break.
    pub(in crate::decode) fn word_mht() -> Vec<u8> {
        let (gbk, _, _) = encoding_rs::GBK.encode("政府信息公开");
        let escaped: String = gbk.iter().map(|b| format!("={b:02X}")).collect();
        let mut m = Vec::new();
        m.extend_from_slice(
            b"MIME-Version: 1.0\r\nX-Document-Type: Document\r\n\
              Content-Type: multipart/related;\r\n\tboundary=\"----=_NextPart_01.AB\"\r\n\r\n\
              preamble\r\n\r\n------=_NextPart_01.AB\r\n\
              Content-Location: file:///C:/x.htm\r\n\
              Content-Transfer-Encoding: quoted-printable\r\n\
              Content-Type: text/html; charset=\"gb2312\"\r\n\r\n\
              <html><body><p class=3DMsoNormal>",
        );
        m.extend_from_slice(escaped.as_bytes());
        m.extend_from_slice(
            b"</p><table><tr><td>=\r\n</td><td>12=\r\n34</td></tr></table></body></html>\r\n\r\n\
              ------=_NextPart_01.AB\r\n\
              Content-Transfer-Encoding: base64\r\n\
              Content-Type: image/png\r\n\r\niVBORw0KGgo=\r\n\r\n\
              ------=_NextPart_01.AB--\r\n",
        );
        m
    }

    #[test]
    fn mhtml_quoted_printable_part() {
        let part = mime_html(&word_mht()).expect("an html part");
        assert_eq!(part.charset.as_deref(), Some("gb2312"));
        let (gbk, _, _) = encoding_rs::GBK.encode("政府信息公开");
        let mut want = b"<html><body><p class=MsoNormal>".to_vec();
        want.extend_from_slice(&gbk);
        want.extend_from_slice(
            b"</p><table><tr><td></td><td>1234</td></tr></table></body></html>\r\n",
        );
        assert_eq!(part.body, want);
    }

    #[test]
    fn mhtml_base64_part_in_a_nested_multipart() {
        let html = "<html><body><p>报告</p></body></html>";
        let b64 = base64::engine::general_purpose::STANDARD.encode(html);
        let (a, b) = b64.split_at(10);
        let m = format!(
            "From: <Saved by Blink>\nSubject: x\nMIME-Version: 1.0\n\
             Content-Type: multipart/related; type=\"text/html\"; boundary=outer\n\n\
             --outer\nContent-Type: multipart/alternative; boundary=\"inner\"\n\n\
             --inner\nContent-Type: text/plain\n\nnot this\n\
             --inner\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: BASE64\n\n\
             {a}\n{b}\n--inner--\n--outer--\n"
        );
        let part = mime_html(m.as_bytes()).expect("an html part");
        assert_eq!(part.charset.as_deref(), Some("utf-8"));
        assert_eq!(part.body, html.as_bytes());
    }

    #[test]
    fn a_mail_in_plain_text_is_its_text_part() {
        let mail = b"From: a@b\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=q\n\n--q\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n=E4=B8=80=E3=80=81=\n12=\n34\n--q--\n";
        let part = mime_html(mail).unwrap();
        assert_eq!(String::from_utf8(part.body).unwrap(), "一、1234");
        assert_eq!(part.charset.as_deref(), Some("utf-8"));
        // An HTML part comes first.
        let both = b"MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=q\n\n--q\nContent-Type: text/plain\n\nplain\n--q\nContent-Type: text/html\n\n<p>page</p>\n--q--\n";
        assert_eq!(mime_html(both).unwrap().body, b"<p>page</p>");
    }

    #[test]
    fn malformed_or_ordinary_input_is_left_alone() {
        // No boundary parameter, no html part, an empty base64 body.
        assert_eq!(
            mime_html(b"MIME-Version: 1.0\nContent-Type: multipart/related\n\n<p>x</p>"),
            None
        );
        assert_eq!(
            mime_html(b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n"),
            None
        );
        assert_eq!(
            mime_html(b"Content-Type: text/html\nContent-Transfer-Encoding: base64\n\n#"),
            None
        );
        // A boundary that never comes.
        assert_eq!(
            mime_html(b"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=zz\n\n<html>"),
            None
        );
        // Pages and text are not MIME.
        assert_eq!(
            mime_html(b"<html><meta charset=gbk>Content-Type: multipart/x"),
            None
        );
        assert_eq!(
            mime_html("标题: 2021年报告\nContent-Type: x".as_bytes()),
            None
        );
        assert_eq!(mime_html(b""), None);
    }

    #[test]
    fn every_prefix_of_a_message_is_safe() {
        let m = word_mht();
        for n in 0..=m.len() {
            let _ = mime_html(&m[..n]);
        }
        // The whole of the html part is there once its closing delimiter is.
        let cut = m.len() - b"------=_NextPart_01.AB--\r\n".len();
        assert!(mime_html(&m[..cut]).is_some());
    }

    #[test]
    fn json_api_response() {
        let json = r#"{"code":0,"msg":"ok","data":{"id":7,"title":"某局2021年政府信息公开工作年度报告","summary":"<p>short</p>","content":"\u003cp\u003e一、总体情况\u003c/p\u003e\n\u003ctable\u003e\u003ctr\u003e\u003ctd\u003e12\u003c/td\u003e\u003c/tr\u003e\u003c/table\u003e"}}"#;
        let html = json_html(json).expect("html");
        assert!(
            html.contains("<title>某局2021年政府信息公开工作年度报告</title>"),
            "{html}"
        );
        assert!(html.contains("<h1>某局2021年政府信息公开工作年度报告</h1>\n<p>一、总体情况</p>\n<table><tr><td>12</td></tr></table>"), "{html}");
        assert!(!html.contains("short"));
        // A title elsewhere; a list response.
        let html = json_html(r#"[{"title":"A&B"},{"body":"<div>x</div>"}]"#).unwrap();
        assert!(html.contains("<h1>A&amp;B</h1>\n<div>x</div>"), "{html}");
    }

    #[test]
    fn json_without_html_or_broken_is_left_alone() {
        assert_eq!(json_html(r#"{"a":"1 < 2","b":[1,2]}"#), None);
        assert_eq!(json_html(r#"{"content":"<p>x</p>""#), None);
        assert_eq!(json_html("<p>{x}</p>"), None);
        assert_eq!(json_html("一、总体情况 {"), None);
    }
}
