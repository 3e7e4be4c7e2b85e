//! End to end: `pipeline::run` over a generated folder, the way
//! `nianbao ingest DIR --no-corpus-checks` runs it (read, decode, parse,
//! extract, validate, serialise in input order), at 1 and 2 threads, on
//! two corpus shapes:
//!
//! - `many_small`: 1,000 reports of `Mix::bench()` (~40 MB), one file each;
//! - `few_large`: 8 documents of ~4 MB, each joining many reports.
//!
//! Throughput is raw input bytes (MB/s). The folders are written once per
//! run into a temp dir from fixed seeds; nothing else is read.
//!
//! ```sh
//! cargo bench --bench pipeline
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use nianbao::config::Limits;
use nianbao::pipeline::{self, Done, RunConfig};
use nianbao::source::Plan;
use nianbao::{decode, sink};
use nianbao_gen::{corpus, Mix};
use std::io::Write;
use std::path::Path;
use std::time::Duration;

/// Writes `n` bench-mix reports below `dir`, one folder per 100 so that
/// no two share a path (the generator reuses office names). Returns bytes.
fn many_small(dir: &Path, n: usize) -> u64 {
    let mut total = 0;
    for (i, d) in corpus(3, n, &Mix::bench()).enumerate() {
        let path = dir.join(format!("{:03}/{i:05}/{}", i / 100, d.path));
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
        std::fs::write(&path, &d.bytes).expect("write");
        total += d.bytes.len() as u64;
    }
    total
}

/// Writes `files` HTML pages of ~`mb` MB each, joining whole generated
/// pages (UTF-8). Returns bytes.
fn few_large(dir: &Path, files: usize, mb: usize) -> u64 {
    let mut docs = corpus(5, usize::MAX, &Mix::bench()).filter_map(|d| {
        let dec = decode::decode(&d.path, &d.bytes, &Limits::default()).ok()?;
        (dec.media == nianbao::model::Media::Html).then_some(dec.text)
    });
    let mut total = 0;
    for f in 0..files {
        let mut page = String::new();
        while page.len() < mb << 20 {
            page.push_str(&docs.next().expect("endless corpus"));
            page.push('\n');
        }
        std::fs::write(dir.join(format!("{f}.html")), &page).expect("write");
        total += page.len() as u64;
    }
    total
}

fn run(dir: &Path, threads: usize) -> usize {
    let limits = Limits::default();
    let plan = Plan::new(&[dir.to_path_buf()], &limits);
    let cfg = RunConfig {
        threads,
        ..RunConfig::default()
    };
    let mut out = std::io::sink();
    let mut n = 0;
    pipeline::run(plan, &cfg, &|_| false, |d| {
        if let Done::Fresh(o) = d {
            out.write_all(&sink::line(&o.record))?;
            n += 1;
        }
        Ok(())
    })
    .expect("run");
    n
}

fn bench(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let small = tmp.path().join("small");
    let large = tmp.path().join("large");
    std::fs::create_dir_all(&small).expect("mkdir");
    std::fs::create_dir_all(&large).expect("mkdir");
    let shapes = [
        ("many_small", small.as_path(), many_small(&small, 1000)),
        ("few_large", large.as_path(), few_large(&large, 8, 4)),
    ];
    let mut g = c.benchmark_group("pipeline");
    for (name, dir, bytes) in shapes {
        g.throughput(Throughput::Bytes(bytes));
        for threads in [1, 2] {
            g.bench_function(format!("{name}/j{threads}"), |b| {
                b.iter(|| run(dir, threads))
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    targets = bench
}
criterion_main!(benches);
