//! Character references in text, decoded as a browser decodes them.

/// Character references decoded as a browser decodes them: one that
/// names no character (`&#0;`, a surrogate, past U+10FFFF) is U+FFFD, as
/// the HTML standard says, not left as printed.
pub(crate) fn decode(raw: &str) -> std::borrow::Cow<'_, str> {
    static NUMERIC: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let numeric = NUMERIC
        .get_or_init(|| crate::pattern::literal_regex(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?"));
    let invalid = |c: &regex::Captures<'_>| {
        let code = match (c.get(1), c.get(2)) {
            (Some(h), _) => u32::from_str_radix(h.as_str(), 16).ok(),
            (_, Some(d)) => d.as_str().parse::<u32>().ok(),
            _ => None,
        };
        code.is_none_or(|n| n == 0 || char::from_u32(n).is_none())
    };
    if !raw.contains("&#") || !numeric.captures_iter(raw).any(|c| invalid(&c)) {
        return html_escape::decode_html_entities(raw);
    }
    let fixed = numeric.replace_all(raw, |c: &regex::Captures<'_>| {
        if invalid(c) {
            "\u{FFFD}".to_string()
        } else {
            c[0].to_string()
        }
    });
    std::borrow::Cow::Owned(html_escape::decode_html_entities(&fixed).into_owned())
}

#[cfg(test)]
mod tests {
    use super::decode as decode_entities;

    /// A reference to no character reads as U+FFFD, as a browser shows it
    /// (PyMuPDF's XHTML writes `&#x0;`); the others as their characters.
    #[test]
    fn references_to_no_character() {
        assert_eq!(decode_entities("a&#x0;b&#65;&#x41;&lt;"), "a\u{FFFD}bAA<");
        assert_eq!(decode_entities("&#xD800;&#1114112;x"), "\u{FFFD}\u{FFFD}x");
        assert_eq!(decode_entities("&#26469;源 &amp;"), "来源 &");
    }
}
