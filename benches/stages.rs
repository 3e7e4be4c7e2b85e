//! One criterion group per pipeline stage, each on two corpus shapes:
//! `small` (a few hundred generated reports of `Mix::bench()`: 20–80 KB
//! HTML pages with site clutter, text reports, mixed encodings) and
//! `large` (a few multi-megabyte documents made by joining many reports).
//! Throughput is in bytes, so criterion prints MB/s: raw bytes for
//! `decode` and `end_to_end`, decoded text bytes for the later stages,
//! JSON bytes written for `sink`.
//!
//! Everything is generated in memory by `nianbao_gen` (tests/gen) with fixed seeds;
//! nothing is read from disk or the network.
//!
//! ```sh
//! cargo bench --bench stages                 # all groups
//! cargo bench --bench stages -- parse_html   # one group
//! ```

use criterion::{criterion_group, BatchSize, Criterion, Throughput};
use nianbao::config::Limits;
use nianbao::decode::{self, Decoded};
use nianbao::model::{Evidence, Media, Record, Source};
use nianbao::parse::Document;
use nianbao::{extract, parse, pipeline, sink, validate};
use nianbao_gen::{corpus, Mix};
use std::hint::black_box;
use std::time::Duration;

/// The allocator of the `nianbao` binary (src/main.rs), so that the stage
/// figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A document ready for any stage: its raw bytes and its decoded form.
struct Input {
    path: String,
    bytes: Vec<u8>,
    decoded: Decoded,
}

/// The two corpus shapes.
struct Shape {
    name: &'static str,
    docs: Vec<Input>,
}

fn input(path: String, bytes: Vec<u8>) -> Input {
    let decoded = decode::decode(&path, &bytes, &Limits::default()).expect("generated docs decode");
    Input {
        path,
        bytes,
        decoded,
    }
}

/// `n` reports of the bench mix.
fn small(n: usize) -> Shape {
    let docs = corpus(7, n, &Mix::bench())
        .map(|d| input(d.path, d.bytes))
        .collect();
    Shape {
        name: "small",
        docs,
    }
}

/// A few big documents: HTML pages and text files that each join `per`
/// reports (as a yearbook or a bundled export would), UTF-8 and GBK.
fn large(files: usize, per: usize) -> Shape {
    let mut html = Vec::new();
    let mut text = Vec::new();
    for d in corpus(11, files * per * 2, &Mix::bench()) {
        let dec = decode::decode(&d.path, &d.bytes, &Limits::default()).expect("decodes");
        match dec.media {
            Media::Html => html.push(dec.text),
            Media::Text => text.push(dec.text),
        }
    }
    let mut docs = Vec::new();
    for (i, part) in html.chunks(per).take(files).enumerate() {
        let page = part.join("\n");
        let bytes = if i % 2 == 0 {
            page.into_bytes()
        } else {
            // The same page, declared GBK.
            let page = format!("<meta charset=\"gbk\">{page}");
            encoding_rs::GBK.encode(&page).0.into_owned()
        };
        docs.push(input(format!("big/{i}.html"), bytes));
    }
    for (i, part) in text.chunks(per).take(files).enumerate() {
        docs.push(input(format!("big/{i}.txt"), part.join("\n").into_bytes()));
    }
    Shape {
        name: "large",
        docs,
    }
}

fn raw_bytes(docs: &[&Input]) -> u64 {
    docs.iter().map(|d| d.bytes.len() as u64).sum()
}

fn text_bytes(docs: &[&Input]) -> u64 {
    docs.iter().map(|d| d.decoded.text.len() as u64).sum()
}

fn parse_doc(d: &Input) -> Document {
    let l = Limits::default();
    match d.decoded.media {
        Media::Html => parse::html::parse(&d.decoded.text, &l),
        Media::Text => parse::text::parse(&d.decoded.text, &l),
    }
}

fn record(d: &Input) -> Record {
    Record::new(Source {
        path: d.path.clone(),
        sha256: None,
        bytes: d.bytes.len() as u64,
        media: Some(d.decoded.media),
        encoding: Some(d.decoded.encoding.to_string()),
        encoding_from: Some(d.decoded.from),
    })
}

fn stages(c: &mut Criterion) {
    let shapes = [small(300), large(3, 60)];
    let l = Limits::default();
    for shape in &shapes {
        let all: Vec<&Input> = shape.docs.iter().collect();
        let html: Vec<&Input> = all
            .iter()
            .copied()
            .filter(|d| d.decoded.media == Media::Html)
            .collect();
        let text: Vec<&Input> = all
            .iter()
            .copied()
            .filter(|d| d.decoded.media == Media::Text)
            .collect();
        let docs: Vec<Document> = all.iter().map(|d| parse_doc(d)).collect();

        let mut g = c.benchmark_group("decode");
        g.throughput(Throughput::Bytes(raw_bytes(&all)));
        g.bench_function(shape.name, |b| {
            b.iter(|| {
                for d in &all {
                    black_box(decode::decode(&d.path, &d.bytes, &l).ok());
                }
            })
        });
        g.finish();

        let mut g = c.benchmark_group("parse_html");
        g.throughput(Throughput::Bytes(text_bytes(&html)));
        g.bench_function(shape.name, |b| {
            b.iter(|| {
                for d in &html {
                    black_box(parse::html::parse(&d.decoded.text, &l));
                }
            })
        });
        g.finish();

        let mut g = c.benchmark_group("parse_text");
        g.throughput(Throughput::Bytes(text_bytes(&text)));
        g.bench_function(shape.name, |b| {
            b.iter(|| {
                for d in &text {
                    black_box(parse::text::parse(&d.decoded.text, &l));
                }
            })
        });
        g.finish();

        let mut g = c.benchmark_group("extract");
        g.throughput(Throughput::Bytes(text_bytes(&all)));
        g.bench_function(shape.name, |b| {
            b.iter(|| {
                for (d, doc) in all.iter().zip(&docs) {
                    let mut rec = record(d);
                    black_box(extract::extract(doc, &mut rec));
                    black_box(rec);
                }
            })
        });
        g.finish();

        // Records after extraction, with the evidence the validator reads.
        let extracted: Vec<(Record, Evidence<'_>)> = all
            .iter()
            .zip(&docs)
            .map(|(d, doc)| {
                let mut rec = record(d);
                let ev = extract::extract(doc, &mut rec);
                (rec, ev)
            })
            .collect();
        let mut g = c.benchmark_group("validate");
        g.throughput(Throughput::Bytes(text_bytes(&all)));
        g.bench_function(shape.name, |b| {
            b.iter_batched(
                || extracted.iter().map(|(r, _)| r.clone()).collect::<Vec<_>>(),
                |mut recs| {
                    for (rec, (_, ev)) in recs.iter_mut().zip(&extracted) {
                        validate::validate(rec, ev);
                    }
                    recs
                },
                BatchSize::LargeInput,
            )
        });
        g.finish();

        let mut g = c.benchmark_group("corpus_fingerprint");
        g.throughput(Throughput::Bytes(text_bytes(&all)));
        g.bench_function(shape.name, |b| {
            b.iter(|| {
                for (doc, (rec, _)) in docs.iter().zip(&extracted) {
                    black_box(nianbao::corpus::fingerprint(
                        doc,
                        rec.office.as_deref(),
                        rec.year,
                    ));
                }
            })
        });
        g.finish();

        let finished: Vec<Record> = extracted
            .iter()
            .map(|(r, ev)| {
                let mut r = r.clone();
                validate::validate(&mut r, ev);
                r.settle_status();
                r
            })
            .collect();
        let json: u64 = finished.iter().map(|r| sink::line(r).len() as u64).sum();
        let mut g = c.benchmark_group("sink");
        g.throughput(Throughput::Bytes(json));
        g.bench_function(shape.name, |b| {
            b.iter(|| {
                for r in &finished {
                    black_box(sink::line(r));
                }
            })
        });
        g.finish();

        let mut g = c.benchmark_group("end_to_end");
        g.throughput(Throughput::Bytes(raw_bytes(&all)));
        g.bench_function(shape.name, |b| {
            b.iter(|| {
                for d in &all {
                    black_box(pipeline::process_bytes(
                        &d.path,
                        &d.bytes,
                        &Default::default(),
                    ));
                }
            })
        });
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    targets = stages
}

/// `NIANBAO_STAGE=parse_text|parse_html|none` (with `NIANBAO_PASSES`,
/// default 1): parses the small shape's documents of that medium that many
/// times and exits, for `perf record` or `valgrind --tool=callgrind`
/// (subtract `none`, which only generates and decodes the corpus).
fn one_stage() -> bool {
    let Ok(name) = std::env::var("NIANBAO_STAGE") else {
        return false;
    };
    let passes: usize = std::env::var("NIANBAO_PASSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let shape = small(300);
    let l = Limits::default();
    let mut n = 0usize;
    let media = |m: Media| match m {
        Media::Text => "parse_text",
        Media::Html => "parse_html",
    };
    let mine: Vec<&Input> = shape
        .docs
        .iter()
        .filter(|d| media(d.decoded.media) == name)
        .collect();
    let bytes = text_bytes(&mine);
    let lines: usize = mine.iter().map(|d| d.decoded.text.lines().count()).sum();
    for _ in 0..passes {
        for d in &shape.docs {
            n += match (name.as_str(), d.decoded.media) {
                ("parse_text", Media::Text) => parse::text::parse(&d.decoded.text, &l).blocks.len(),
                ("parse_html", Media::Html) => parse::html::parse(&d.decoded.text, &l).blocks.len(),
                _ => 0,
            };
        }
    }
    println!(
        "{name}: {} documents, {bytes} bytes, {lines} lines; {passes} passes, {n} blocks",
        mine.len()
    );
    true
}

fn main() {
    if one_stage() {
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
