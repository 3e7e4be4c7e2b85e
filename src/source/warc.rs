//! WARC (ISO 28500) records: listing the `response` records of a stream,
//! and turning one record's HTTP message into the document body (status
//! line and headers stripped, chunked transfer and gzip/deflate content
//! encoding undone, the `Content-Type` charset kept).

use super::{too_large, unreadable};
use crate::config::Limits;
use crate::model::Issue;
use std::io::{self, BufRead, Read};

/// Longest header line read.
const MAX_LINE: u64 = 64 << 10;
/// Most header lines in one record.
const MAX_HEADERS: usize = 1000;

/// A listed response record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// `WARC-Target-URI`, without angle brackets.
    pub uri: String,
    /// Offset of the record block in the stream.
    pub offset: u64,
    /// Length of the block (`Content-Length`).
    pub len: u64,
}

fn read_line<R: BufRead>(r: &mut R, buf: &mut Vec<u8>) -> io::Result<usize> {
    buf.clear();
    let n = r.by_ref().take(MAX_LINE).read_until(b'\n', buf)?;
    Ok(n)
}

fn trim_eol(b: &[u8]) -> &[u8] {
    let b = b.strip_suffix(b"\n").unwrap_or(b);
    b.strip_suffix(b"\r").unwrap_or(b)
}

/// Lists the HTTP 2xx `response` records of a WARC stream, in stream
/// order. Stops at the first malformed record and returns the records so
/// far with the error.
pub fn list<R: BufRead>(mut r: R) -> (Vec<Record>, Option<String>) {
    let mut out = Vec::new();
    let mut pos: u64 = 0;
    let mut line = Vec::new();
    loop {
        // Skip the blank lines between records; EOF ends the stream.
        let n = match read_line(&mut r, &mut line) {
            Ok(n) => n,
            Err(e) => return (out, Some(format!("at byte {pos}: {e}"))),
        };
        if n == 0 {
            return (out, None);
        }
        pos += n as u64;
        if trim_eol(&line).is_empty() {
            continue;
        }
        if !line.starts_with(b"WARC/") {
            return (
                out,
                Some(format!("no WARC record header at byte {}", pos - n as u64)),
            );
        }
        let (mut kind, mut uri, mut len) = (String::new(), String::new(), None::<u64>);
        let mut headers = 0;
        loop {
            let n = match read_line(&mut r, &mut line) {
                Ok(0) => {
                    return (
                        out,
                        Some(format!("stream ends in a record header at byte {pos}")),
                    )
                }
                Ok(n) => n,
                Err(e) => return (out, Some(format!("at byte {pos}: {e}"))),
            };
            pos += n as u64;
            let l = trim_eol(&line);
            if l.is_empty() {
                break;
            }
            headers += 1;
            if headers > MAX_HEADERS {
                return (
                    out,
                    Some(format!("too many header lines before byte {pos}")),
                );
            }
            let Some(colon) = memchr::memchr(b':', l) else {
                continue;
            };
            let name = &l[..colon];
            let value = String::from_utf8_lossy(&l[colon + 1..]).trim().to_string();
            if name.eq_ignore_ascii_case(b"WARC-Type") {
                kind = value;
            } else if name.eq_ignore_ascii_case(b"WARC-Target-URI") {
                uri = value
                    .trim_start_matches('<')
                    .trim_end_matches('>')
                    .to_string();
            } else if name.eq_ignore_ascii_case(b"Content-Length") {
                len = value.parse().ok();
            }
        }
        let Some(len) = len else {
            return (
                out,
                Some(format!("record without Content-Length before byte {pos}")),
            );
        };
        let offset = pos;
        let mut rest = len;
        if kind.eq_ignore_ascii_case("response") && !uri.is_empty() {
            // Peek at the HTTP status line.
            let mut status = Vec::new();
            let got = match r
                .by_ref()
                .take(len.min(1024))
                .read_until(b'\n', &mut status)
            {
                Ok(g) => g as u64,
                Err(e) => return (out, Some(format!("at byte {pos}: {e}"))),
            };
            rest -= got;
            if is_http_2xx(&status) {
                out.push(Record { uri, offset, len });
            }
        }
        match io::copy(&mut r.by_ref().take(rest), &mut io::sink()) {
            Ok(c) if c == rest => {}
            Ok(_) => {
                return (
                    out,
                    Some(format!("stream ends inside the record at byte {offset}")),
                )
            }
            Err(e) => return (out, Some(format!("at byte {offset}: {e}"))),
        }
        pos = offset + len;
    }
}

/// `HTTP/1.1 200 OK` and the like.
fn is_http_2xx(status: &[u8]) -> bool {
    let mut parts = status.split(|&b| b == b' ').filter(|p| !p.is_empty());
    matches!(parts.next(), Some(v) if v.starts_with(b"HTTP/"))
        && matches!(parts.next(), Some(code) if code.len() >= 3 && code[0] == b'2')
}

/// The charset parameter of a `Content-Type` value.
pub fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        if k.trim().eq_ignore_ascii_case("charset") {
            let v = v.trim().trim_matches(|c| c == '"' || c == '\'').trim();
            (!v.is_empty()).then(|| v.to_string())
        } else {
            None
        }
    })
}

/// The body of an HTTP response message, and its declared charset.
pub fn http_body(
    block: &[u8],
    display: &str,
    limits: &Limits,
) -> Result<(Vec<u8>, Option<String>), Issue> {
    let crlf = memchr::memmem::find(block, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2));
    let (head_end, body_start) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (None, None) => (block.len(), block.len()),
    };
    let head = &block[..head_end];
    let mut body = &block[body_start..];
    let (mut charset, mut chunked, mut coding) = (None, false, String::new());
    for line in head.split(|&b| b == b'\n').skip(1) {
        let line = String::from_utf8_lossy(line);
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let (k, v) = (k.trim(), v.trim());
        if k.eq_ignore_ascii_case("Content-Type") {
            charset = charset_param(v);
        } else if k.eq_ignore_ascii_case("Transfer-Encoding") {
            chunked = v.to_ascii_lowercase().contains("chunked");
        } else if k.eq_ignore_ascii_case("Content-Encoding") {
            coding = v.to_ascii_lowercase();
        }
    }
    let dechunked;
    if chunked {
        dechunked = dechunk(body).map_err(|e| unreadable(format!("{display}: {e}")))?;
        body = &dechunked;
    }
    let max = limits.max_member_bytes;
    let inflate = |r: &mut dyn Read| -> Result<Vec<u8>, Issue> {
        let cap = max.min((body.len() as u64).max(1).saturating_mul(limits.max_ratio));
        let mut out = Vec::new();
        r.take(cap.saturating_add(1))
            .read_to_end(&mut out)
            .map_err(|e| unreadable(format!("{display}: content encoding {coding}: {e}")))?;
        if out.len() as u64 > cap {
            return Err(too_large(display, "body inflates past", cap, max));
        }
        Ok(out)
    };
    let out = match coding.as_str() {
        "gzip" | "x-gzip" => inflate(&mut flate2::read::MultiGzDecoder::new(body))?,
        "deflate" => inflate(&mut flate2::read::ZlibDecoder::new(body))?,
        _ => {
            if body.len() as u64 > max {
                return Err(too_large(display, "body is", body.len() as u64, max));
            }
            body.to_vec()
        }
    };
    Ok((out, charset))
}

/// Undoes `Transfer-Encoding: chunked`.
fn dechunk(mut b: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = memchr::memchr(b'\n', b).ok_or("chunked body: chunk size line missing")?;
        let line = String::from_utf8_lossy(&b[..eol]);
        let size_txt = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_txt, 16)
            .map_err(|_| format!("chunked body: bad chunk size {size_txt:?}"))?;
        b = &b[eol + 1..];
        if size == 0 {
            return Ok(out);
        }
        if size > b.len() {
            return Err("chunked body: chunk runs past the record".to_string());
        }
        out.extend_from_slice(&b[..size]);
        b = &b[size..];
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn charset_and_chunks() {
        assert_eq!(
            charset_param("text/html; charset=\"GBK\"").as_deref(),
            Some("GBK")
        );
        assert_eq!(charset_param("text/html"), None);
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n").unwrap(),
            b"abcde"
        );
        assert!(dechunk(b"zz\r\n").is_err());
        assert!(is_http_2xx(b"HTTP/1.1 200 OK\r\n"));
        assert!(!is_http_2xx(b"HTTP/1.1 301 Moved\r\n"));
    }
}
