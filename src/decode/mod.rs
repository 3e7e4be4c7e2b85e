//! Decode: raw bytes → text, choosing the encoding by BOM, then the
//! declared charset (HTML meta, XML declaration), then strict UTF-8, then
//! chardetng; and telling HTML from plain text.

use crate::config::Limits;
use crate::model::{EncodingFrom, Issue, Media};

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
pub fn decode(path: &str, bytes: &[u8], limits: &Limits) -> Result<Decoded, Issue> {
    let _ = (path, limits);
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok(Decoded {
            text: t.to_string(),
            encoding: "UTF-8",
            from: EncodingFrom::Detected,
            media: if t.contains("<table") || t.contains("<html") {
                Media::Html
            } else {
                Media::Text
            },
            issues: vec![],
        }),
        Err(_) => Err(Issue::new(
            "input.unreadable",
            crate::model::Severity::Error,
            "source",
            "not UTF-8 (placeholder decoder)",
        )),
    }
}
