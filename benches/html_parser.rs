//! The HTML reader against DOM-based readers, on the same pages: the
//! figures behind keeping the one-pass tokenizer (src/parse/html.rs).
//!
//! Pages: the HTML documents of 300 reports of `Mix::bench()` (mostly
//! 20–80 KB government pages with site clutter), decoded. Readers:
//!
//! - `one_pass`: `nianbao::parse::html::parse`;
//! - `scraper`: `scraper::Html::parse_document` (html5ever's tokenizer and
//!   tree builder) and the grid reader of `tests/dom.rs`, which the
//!   differential test shows gives the same documents;
//! - `scraper_prepass`: the same after a cheap pre-pass that cuts the
//!   clutter html5ever would otherwise parse: scripts, styles and comments
//!   (the best case for a DOM on these pages);
//! - `html5ever_tokenizer`: html5ever's tokenizer alone, no tree, a sink
//!   that drops every token: a floor under any reader built on html5ever.
//!
//! ```sh
//! cargo bench --bench html_parser                      # MiB/s of each
//! # instruction counts (one pass over the pages; subtract `none`, which
//! # only generates and decodes them):
//! for r in none one_pass scraper scraper_prepass html5ever_tokenizer; do
//!   NIANBAO_HTML_READER=$r valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!     target/release/deps/html_parser-* 2>&1 | grep Collected
//! done
//! ```

#[path = "../tests/dom.rs"]
mod dom;

use criterion::{criterion_group, Criterion, Throughput};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use nianbao::config::Limits;
use nianbao::decode;
use nianbao::model::Media;
use nianbao_gen::{corpus, Mix};
use std::hint::black_box;
use std::time::Duration;

/// The decoded HTML pages of 300 bench-mix reports.
fn pages() -> Vec<String> {
    corpus(7, 300, &Mix::bench())
        .filter_map(|d| decode::decode(&d.path, &d.bytes, &Limits::default()).ok())
        .filter(|d| d.media == Media::Html)
        .map(|d| d.text)
        .collect()
}

/// The one-pass reader.
fn one_pass(page: &str) -> usize {
    nianbao::parse::html::parse(page, &Limits::default())
        .blocks
        .len()
}

/// scraper's DOM and the grid reader on it.
fn scraper_dom(page: &str) -> usize {
    dom::parse(page, Limits::default().max_span).0.blocks.len()
}

/// Cuts `<script>`, `<style>` and comments out of a page (ASCII case of
/// the tag names only: a pre-pass, not a parser).
fn prepass(page: &str) -> String {
    let b = page.as_bytes();
    let mut out = String::with_capacity(page.len());
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let at = i + off;
        let rest = &b[at..];
        let cut = if rest.starts_with(b"<!--") {
            memchr::memmem::find(&rest[4..], b"-->").map(|e| at + 4 + e + 3)
        } else if rest.starts_with(b"<script") || rest.starts_with(b"<style") {
            let end: &[u8] = if rest[1] == b's' && rest[2] == b'c' {
                b"</script>"
            } else {
                b"</style>"
            };
            memchr::memmem::find(rest, end).map(|e| at + e + end.len())
        } else {
            None
        };
        match cut {
            Some(end) => {
                out.push_str(&page[i..at]);
                i = end;
            }
            None => {
                out.push_str(&page[i..at + 1]);
                i = at + 1;
            }
        }
    }
    out.push_str(&page[i..]);
    out
}

fn scraper_prepass(page: &str) -> usize {
    scraper_dom(&prepass(page))
}

/// A sink that counts tokens, switching the tokenizer into raw text where
/// the tree builder would (so script bodies are not read as tags).
struct Count(usize);

impl TokenSink for Count {
    type Handle = ();
    fn process_token(&mut self, token: Token, _line: u64) -> TokenSinkResult<()> {
        self.0 += 1;
        if let Token::TagToken(t) = &token {
            if t.kind == TagKind::StartTag {
                match &*t.name {
                    "script" => return TokenSinkResult::RawData(RawKind::ScriptData),
                    "style" | "xmp" | "iframe" | "noscript" => {
                        return TokenSinkResult::RawData(RawKind::Rawtext)
                    }
                    "title" | "textarea" => return TokenSinkResult::RawData(RawKind::Rcdata),
                    _ => {}
                }
            }
        }
        TokenSinkResult::Continue
    }
}

fn html5ever_tokenizer(page: &str) -> usize {
    let mut tok = Tokenizer::new(Count(0), TokenizerOpts::default());
    let mut input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(page));
    let _ = tok.feed(&mut input);
    tok.end();
    tok.sink.0
}

/// A reader: a page in, the number of blocks (or tokens) out.
type Reader = fn(&str) -> usize;

const READERS: [(&str, Reader); 4] = [
    ("one_pass", one_pass),
    ("scraper", scraper_dom),
    ("scraper_prepass", scraper_prepass),
    ("html5ever_tokenizer", html5ever_tokenizer),
];

fn readers(c: &mut Criterion) {
    let pages = pages();
    let bytes: u64 = pages.iter().map(|p| p.len() as u64).sum();
    let mut g = c.benchmark_group("html_parser");
    g.throughput(Throughput::Bytes(bytes));
    for (name, f) in READERS {
        g.bench_function(name, |b| {
            b.iter(|| pages.iter().map(|p| black_box(f(p))).sum::<usize>())
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = readers
}

fn main() {
    // One pass of one reader, for instruction counts under callgrind.
    if let Ok(name) = std::env::var("NIANBAO_HTML_READER") {
        let pages = pages();
        let mb = pages.iter().map(|p| p.len()).sum::<usize>() as f64 / 1048576.0;
        let n = match READERS.iter().find(|(r, _)| *r == name) {
            Some((_, f)) => pages.iter().map(|p| f(p)).sum::<usize>(),
            None => 0,
        };
        println!("{name}: {} pages, {mb:.1} MiB, {n}", pages.len());
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
