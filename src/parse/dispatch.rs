//! Which parser reads a decoded document ([`read`]).

use super::{html, markup, positioned, text, Document};
use crate::config::Limits;
use crate::model::Media;

/// Parses decoded text by what it holds: an HTML page as a page, unless
/// it only wraps preformatted text ([`html::preformatted`]) or only
/// places words on a page ([`positioned::layout`]), which are read as the
/// text they lay out; anything else as text, its tables written in a text
/// markup (BBCode, MediaWiki, LaTeX, Textile, AsciiDoc) or as sentences
/// read as grids ([`markup::as_html`]).
/// The document, and what it was read as (the record's `source.media`).
pub fn read(text: &str, media: Media, limits: &Limits) -> (Document, Media) {
    if media == Media::Html {
        return match html::preformatted(text).or_else(|| positioned::layout(text)) {
            Some(laid_out) => (text::parse(&laid_out, limits), Media::Text),
            None => (html::parse(text, limits), Media::Html),
        };
    }
    // poppler's `pdftohtml -xml`: XML, no HTML, but placed words.
    if text.contains("<pdf2xml") {
        if let Some(laid_out) = positioned::layout(text) {
            return (text::parse(&laid_out, limits), Media::Text);
        }
    }
    match markup::as_html(text) {
        Some(html) => (text::parse(&html, limits), Media::Text),
        None => {
            let mut doc = text::parse(text, limits);
            doc.ends_inside.extend(text::stop(text));
            (doc, Media::Text)
        }
    }
}
