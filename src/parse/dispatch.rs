//! Which parser reads a decoded document ([`read`]).

use super::{html, markup, pandoc_ast, positioned, text, Document};
use crate::config::Limits;
use crate::model::Media;

/// Parses decoded text by what it holds: pandoc's document tree as the
/// page it describes ([`pandoc_ast::as_html`]); an HTML page as a page,
/// unless it only wraps preformatted text ([`html::preformatted`]) or
/// only places words on a page ([`positioned::layout`]), which are read
/// as the text they lay out; anything else as text, its tables written
/// in a text markup (BBCode, MediaWiki, LaTeX, ConTeXt, roff's tbl,
/// Textile, AsciiDoc) or as sentences read as grids
/// ([`markup::as_html`]). XML table vocabularies (DocBook's, TEI's,
/// OpenDocument's) are read by [`html::parse`] itself.
/// The document, and what it was read as (the record's `source.media`).
pub fn read(text: &str, media: Media, limits: &Limits) -> (Document, Media) {
    // pandoc's document tree (`-t json`, `-t native`), whatever it was
    // sniffed as (its strings may hold tags): a page of its blocks and
    // tables.
    if let Some(page) = pandoc_ast::as_html(text) {
        return (html::parse(&page, limits), Media::Html);
    }
    if media == Media::Html {
        return match html::preformatted(text).or_else(|| positioned::layout(text)) {
            Some(laid_out) => (text::parse(&laid_out, limits), Media::Text),
            None => (html::parse(text, limits), Media::Html),
        };
    }
    // poppler's `pdftohtml -xml` (XML, no HTML) and pages written as
    // JSON: placed words.
    if text.contains("<pdf2xml") || positioned::is_json_page(text) {
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
