//! `--format parquet` (the `parquet` feature): the CSV's columns, typed,
//! read back with the arrow/parquet crates to the JSON lines' values.
//!
//! A test binary of its own (`required-features = ["parquet"]`), apart
//! from the one integration binary: CI builds the library again with the
//! feature, and this keeps it from building every other test again too.
//! `cargo test --release --features parquet --test parquet`.

use nianbao::sink::parquet::reexport::arrow_array::{
    cast::AsArray,
    types::{Decimal128Type, Float64Type, Int64Type, UInt64Type},
    Array, RecordBatch,
};
use nianbao::sink::parquet::reexport::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

fn run(args: &[&str], cwd: &Path) -> Output {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "nianbao {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn lines(bytes: &[u8]) -> Vec<Value> {
    bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

/// Generated reports, clean and flawed, in `dir/corpus`.
fn generated(dir: &Path, clean: usize, flawed: usize) -> PathBuf {
    nianbao_gen::write_clean_and_flawed(dir, clean, flawed).expect("corpus written")
}

/// Every value of a record line: (key path, value).
fn values(rec: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for t in ["active", "requests", "review_litigation"] {
        if let Some(rows) = rec.get(t).and_then(Value::as_object) {
            for (r, cols) in rows {
                for (c, v) in cols.as_object().unwrap() {
                    out.push((format!("{t}.{r}.{c}"), v.clone()));
                }
            }
        }
    }
    out
}

fn read(path: &Path) -> (Vec<String>, Vec<RecordBatch>) {
    let f = std::fs::File::open(path).unwrap();
    let b = ParquetRecordBatchReaderBuilder::try_new(f).unwrap();
    let names = b
        .schema()
        .fields()
        .iter()
        .map(|f| f.name().clone())
        .collect();
    let batches = b.build().unwrap().map(|b| b.unwrap()).collect();
    (names, batches)
}

fn header(csv: &[u8]) -> Vec<String> {
    let first = csv.split(|b| *b == b'\n').next().unwrap();
    String::from_utf8(first.to_vec())
        .unwrap()
        .trim_start_matches('\u{feff}')
        .trim_end()
        .split(',')
        .map(str::to_string)
        .collect()
}

#[test]
fn parquet_reads_back_to_the_values_of_the_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 40, 40);
    let c = corpus.to_str().unwrap();
    run(&["ingest", "-q", c, "-o", "out.jsonl"], dir.path());
    run(
        &[
            "ingest",
            "-q",
            c,
            "--format",
            "parquet",
            "-o",
            "out.parquet",
        ],
        dir.path(),
    );
    let csv = run(&["ingest", "-q", c, "--format", "csv"], dir.path()).stdout;
    let recs = lines(&std::fs::read(dir.path().join("out.jsonl")).unwrap());
    let (names, batches) = read(&dir.path().join("out.parquet"));
    assert_eq!(names, header(&csv), "the CSV's columns");
    let rows: usize = batches.iter().map(RecordBatch::num_rows).sum();
    assert_eq!(rows, recs.len());
    let mut checked = (0, 0, 0);
    let mut base = 0;
    for batch in &batches {
        let col = |n: &str| batch.column_by_name(n).unwrap();
        assert_eq!(col("source.bytes").data_type().to_string(), "UInt64");
        assert_eq!(col("year").data_type().to_string(), "Int64");
        assert_eq!(
            col("requests.granted.total").data_type().to_string(),
            "Int64"
        );
        assert_eq!(
            col("active.procurement.amount_yuan")
                .data_type()
                .to_string(),
            "Decimal128(38, 4)"
        );
        for i in 0..batch.num_rows() {
            let rec = &recs[base + i];
            let path = rec["source"]["path"].as_str().unwrap();
            assert_eq!(col("source.path").as_string::<i32>().value(i), path);
            assert_eq!(col("status").as_string::<i32>().value(i), rec["status"]);
            let bytes = col("source.bytes").as_primitive::<UInt64Type>().value(i);
            assert_eq!(Some(bytes), rec["source"]["bytes"].as_u64());
            let issues = col("issues").as_primitive::<UInt64Type>().value(i);
            assert_eq!(issues as usize, rec["issues"].as_array().unwrap().len());
            let year = col("year").as_primitive::<Int64Type>();
            assert_eq!(
                year.is_valid(i).then(|| year.value(i)),
                rec["year"].as_i64()
            );
            let present: std::collections::HashMap<String, Value> =
                values(rec).into_iter().collect();
            for name in &names {
                let is_value = ["active.", "requests.", "review_litigation."]
                    .iter()
                    .any(|p| name.starts_with(p));
                if !is_value {
                    continue;
                }
                let a = col(name);
                let want = present.get(name).cloned().unwrap_or(Value::Null);
                if want.is_null() {
                    assert!(a.is_null(i), "{path} {name}: blank or absent is null");
                    continue;
                }
                if name.ends_with("amount_yuan") {
                    let got = a.as_primitive::<Decimal128Type>().value(i);
                    let want_units = (want.as_f64().unwrap() * 1e4).round() as i128;
                    assert_eq!(got, want_units, "{path} {name}");
                    checked.1 += 1;
                } else if let Some(n) = want.as_i64() {
                    assert_eq!(a.as_primitive::<Int64Type>().value(i), n, "{path} {name}");
                    checked.0 += 1;
                } else {
                    // A count with decimals has no Int64.
                    assert!(a.is_null(i), "{path} {name}: {want}");
                    checked.2 += 1;
                }
            }
        }
        base += batch.num_rows();
    }
    assert!(checked.0 > 5_000, "counts checked: {checked:?}");
    assert!(checked.1 > 10, "amounts checked: {checked:?}");
}

#[test]
fn parquet_cells_layout_has_the_cells_rows() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 10, 10);
    let c = corpus.to_str().unwrap();
    let cells = lines(&run(&["ingest", "-q", c, "--layout", "cells"], dir.path()).stdout);
    run(
        &[
            "ingest",
            "-q",
            c,
            "--layout",
            "cells",
            "--format",
            "parquet",
            "-o",
            "c.parquet",
        ],
        dir.path(),
    );
    let (names, batches) = read(&dir.path().join("c.parquet"));
    assert_eq!(names[..3], ["path", "office", "year"]);
    let mut k = 0;
    for batch in &batches {
        let key = batch.column_by_name("key").unwrap().as_string::<i32>();
        let value = batch
            .column_by_name("value")
            .unwrap()
            .as_primitive::<Float64Type>();
        let raw = batch.column_by_name("raw").unwrap().as_string::<i32>();
        for i in 0..batch.num_rows() {
            let want = &cells[k];
            assert_eq!(key.is_valid(i).then(|| key.value(i)), want["key"].as_str());
            assert_eq!(
                value.is_valid(i).then(|| value.value(i)),
                want["value"].as_f64()
            );
            assert_eq!(raw.is_valid(i).then(|| raw.value(i)), want["raw"].as_str());
            k += 1;
        }
    }
    assert_eq!(k, cells.len());
    assert!(k > 2_000);
}

/// Parquet is binary: to a terminal it is refused (under `script`, which
/// gives the command a terminal), to a pipe it is written.
#[test]
fn parquet_is_not_written_to_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "x").unwrap();
    let bin = env!("CARGO_BIN_EXE_nianbao");
    let piped = run(
        &["ingest", "-q", "a.txt", "--format", "parquet"],
        dir.path(),
    );
    assert!(piped.stdout.starts_with(b"PAR1") && piped.stdout.ends_with(b"PAR1"));
    if !Path::new("/usr/bin/script").exists() {
        eprintln!(
            "SKIPPED the terminal half of parquet_is_not_written_to_a_terminal: no /usr/bin/script"
        );
        return;
    }
    let out = std::process::Command::new("/usr/bin/script")
        .args([
            "-qec",
            &format!("{bin} ingest a.txt --format parquet"),
            "/dev/null",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("-o FILE.parquet"), "{shown}");
    assert!(!shown.contains("PAR1"));
}
