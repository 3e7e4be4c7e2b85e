//! `--format csv`, `--layout cells`, `--provenance`: read back with the csv
//! crate (and pandas where it is installed) to the values of the JSON
//! lines; every value's source checked against the document it names.

use super::{bin, generated, lines, repo, run, values};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// A CSV file: its header and rows, read with the csv crate.
fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// A JSON value as the CSV writes it: numbers and strings as text, null
/// as an empty field.
fn as_field(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[test]
fn csv_reads_back_to_the_values_of_the_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 40, 40);
    let c = corpus.to_str().unwrap();
    run(&["ingest", "-q", c, "-o", "out.jsonl"], dir.path());
    run(
        &["ingest", "-q", c, "--format", "csv", "-o", "out.csv"],
        dir.path(),
    );
    let recs = lines(&std::fs::read(dir.path().join("out.jsonl")).unwrap());
    let bytes = std::fs::read(dir.path().join("out.csv")).unwrap();
    assert!(
        bytes.starts_with("\u{feff}source.path,".as_bytes()),
        "a BOM, then the header"
    );
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "RFC 4180 line ends");
    let (header, rows) = read_csv(&dir.path().join("out.csv"));
    assert_eq!(rows.len(), recs.len(), "one row per document");
    let col: HashMap<&str, usize> = header
        .iter()
        .enumerate()
        .map(|(i, h)| (h.as_str(), i))
        .collect();
    assert_eq!(col.len(), header.len(), "no column twice");
    let mut checked = 0usize;
    let mut patched = 0usize;
    for (rec, row) in recs.iter().zip(&rows) {
        let path = rec["source"]["path"].as_str().unwrap();
        let field = |name: &str| &row[*col.get(name).unwrap_or_else(|| panic!("no column {name}"))];
        assert_eq!(field("source.path"), path);
        assert_eq!(field("status"), rec["status"].as_str().unwrap(), "{path}");
        assert_eq!(field("office"), &as_field(&rec["office"]), "{path}");
        assert_eq!(field("year"), &as_field(&rec["year"]), "{path}");
        assert_eq!(field("template"), &as_field(&rec["template"]), "{path}");
        let issues = rec["issues"].as_array().unwrap();
        assert_eq!(field("issues"), &issues.len().to_string(), "{path}");
        let codes: Vec<&str> = field("issue_codes")
            .split(' ')
            .filter(|s| !s.is_empty())
            .collect();
        for i in issues {
            assert!(codes.contains(&i["code"].as_str().unwrap()), "{path}");
        }
        if codes.contains(&"corpus.duplicate") {
            patched += 1;
        }
        // Every value of the line is in its column, with the same text
        // (and so the same number); every other value column is empty.
        let vals = values(rec);
        let mut seen = std::collections::HashSet::new();
        for (key, v) in &vals {
            assert_eq!(field(key), &as_field(v), "{path} {key}");
            if !v.is_null() {
                let back: f64 = field(key).parse().unwrap();
                assert_eq!(Some(back), v.as_f64(), "{path} {key}");
            }
            seen.insert(key.as_str());
            checked += 1;
        }
        if let Some(n) = rec["narrative"].as_object() {
            for (k, v) in n {
                assert_eq!(field(&format!("narrative.{k}")), &as_field(v), "{path} {k}");
                seen.insert(k.as_str());
            }
        }
        for (name, i) in &col {
            let is_value = ["active.", "requests.", "review_litigation."]
                .iter()
                .any(|p| name.starts_with(p));
            if is_value && !seen.contains(name) {
                assert_eq!(row[*i], "", "{path}: {name} is not in the line");
            }
        }
    }
    assert!(checked > 5_000, "values checked: {checked}");
    assert!(patched > 0, "the corpus pass's issues reach the CSV");
}

#[test]
fn the_csv_header_is_the_same_whatever_the_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let one = run(
        &["ingest", "-q", "empty.txt", "--format", "csv"],
        dir.path(),
    )
    .stdout;
    let fix = repo().join("fixtures");
    let all = run(
        &["ingest", "-q", fix.to_str().unwrap(), "--format", "csv"],
        dir.path(),
    )
    .stdout;
    let head = |b: &[u8]| b.split(|c| *c == b'\n').next().unwrap().to_vec();
    assert_eq!(head(&one), head(&all));
    let header = String::from_utf8(head(&one)).unwrap();
    let names: Vec<&str> = header
        .trim_start_matches('\u{feff}')
        .trim_end()
        .split(',')
        .collect();
    // The document's columns, then section 二 of both templates, 三, 四,
    // the prose: 13 + 29 + 26 × 7 + 3 × 5 + 3.
    assert_eq!(names.len(), 242);
    assert_eq!(
        &names[..3],
        ["source.path", "source.sha256", "source.bytes"]
    );
    assert_eq!(names[13], "active.regulations.made");
    let at = |n: &str| names.iter().position(|c| *c == n).unwrap();
    assert!(at("active.regulations.total_public") < at("active.regulations.issued"));
    assert!(at("requests.new_received.total") < at("requests.carried_over.natural_person"));
    assert_eq!(names[241], "narrative.lawsuits");
    // A document without values still has its row.
    let rows: Vec<&[u8]> = one
        .split(|c| *c == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(rows.len(), 2);
    let row = String::from_utf8(rows[1].to_vec()).unwrap();
    assert!(row.starts_with("empty.txt,"), "{row}");
    assert!(row.contains(",unreadable,1,input.unreadable,"), "{row}");
}

#[test]
fn pandas_reads_the_csv_back_to_the_json_lines() {
    let have = std::process::Command::new("python3")
        .args(["-c", "import pandas"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        eprintln!("SKIPPED pandas_reads_the_csv_back_to_the_json_lines: python3 with pandas is not installed (the csv crate test covers the same values)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 20, 20);
    let c = corpus.to_str().unwrap();
    run(&["ingest", "-q", c, "-o", "out.jsonl"], dir.path());
    run(
        &["ingest", "-q", c, "--format", "csv", "-o", "out.csv"],
        dir.path(),
    );
    let script = r#"
import json, math, sys
import pandas as pd
df = pd.read_csv("out.csv", dtype={"year": "Int64"}, keep_default_na=False, na_values=[""])
recs = [json.loads(l) for l in open("out.jsonl", encoding="utf-8")]
assert len(df) == len(recs), (len(df), len(recs))
assert df.columns[0] == "source.path", df.columns[0]
n = 0
for rec, (_, row) in zip(recs, df.iterrows()):
    assert row["source.path"] == rec["source"]["path"]
    assert row["status"] == rec["status"]
    assert int(row["issues"]) == len(rec["issues"])
    if rec.get("office"):
        assert row["office"] == rec["office"], (row["office"], rec["office"])
    for t in ("active", "requests", "review_litigation"):
        for r, cols in (rec.get(t) or {}).items():
            for c, v in cols.items():
                got = row[f"{t}.{r}.{c}"]
                if v is None:
                    assert pd.isna(got), (rec["source"]["path"], t, r, c, got)
                else:
                    assert not pd.isna(got) and math.isclose(float(got), v, rel_tol=0, abs_tol=1e-9), (t, r, c, got, v)
                n += 1
print(n)
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pandas: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let n: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    assert!(n > 2_000, "values compared in pandas: {n}");
}

/// The sources of `rec` (written with `--provenance`), by key path.
fn sources(rec: &Value) -> &serde_json::Map<String, Value> {
    rec["sources"].as_object().unwrap()
}

#[test]
fn provenance_adds_every_values_source_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 30, 30);
    let c = corpus.to_str().unwrap();
    let plain = lines(&run(&["ingest", "-q", c], dir.path()).stdout);
    let with = lines(&run(&["ingest", "-q", c, "--provenance"], dir.path()).stdout);
    assert_eq!(plain.len(), with.len());
    let mut n = 0;
    for (a, b) in plain.iter().zip(&with) {
        let mut b = b.clone();
        let src = b
            .as_object_mut()
            .unwrap()
            .remove("sources")
            .expect("every line has sources");
        assert_eq!(a, &b, "the same line otherwise");
        // One source per value, in the key order the values were read.
        let keys: Vec<String> = values(a).into_iter().map(|(k, _)| k).collect();
        let mut sk: Vec<&String> = src.as_object().unwrap().keys().collect();
        let mut vk: Vec<&String> = keys.iter().collect();
        sk.sort();
        vk.sort();
        assert_eq!(sk, vk, "{}", a["source"]["path"]);
        for s in src.as_object().unwrap().values() {
            assert!(["read", "position", "identity", "split", "transposed"]
                .contains(&s["how"].as_str().unwrap()));
            assert!(
                s["line"].as_u64().is_some_and(|l| l > 0)
                    || s["table"].as_u64().is_some_and(|t| t > 0)
            );
            n += 1;
        }
        // The issues stay the last field (the corpus pass splices there).
        let text = serde_json::to_string(&b).unwrap();
        assert!(text.ends_with("]}"));
    }
    assert!(n > 3_000, "sources: {n}");
}

/// The text of cell `cell` (1-based) of row `row` of table `table` of an
/// HTML page, by a DOM parser.
fn html_cell(page: &str, table: u64, row: u64, cell: u64) -> Option<String> {
    let doc = scraper::Html::parse_document(page);
    let tables = scraper::Selector::parse("table").unwrap();
    let trs = scraper::Selector::parse("tr").unwrap();
    let cells = scraper::Selector::parse("td, th").unwrap();
    let t = doc.select(&tables).nth(usize::try_from(table).ok()? - 1)?;
    let r = t.select(&trs).nth(usize::try_from(row).ok()? - 1)?;
    let c = r.select(&cells).nth(usize::try_from(cell).ok()? - 1)?;
    Some(c.text().collect::<String>().split_whitespace().collect())
}

/// Checks each value's source against the document it names, as a person
/// would: the text line `at_line` of the decoded document holds the raw
/// cell; in a page, table `at_table`, row `at_row`, cell `at_cell` does.
#[test]
fn each_source_points_at_its_cell_in_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 60, 0);
    let c = corpus.to_str().unwrap();
    let recs = lines(&run(&["ingest", "-q", c, "--provenance"], dir.path()).stdout);
    let (mut text_checked, mut html_checked) = (0, 0);
    for rec in &recs {
        let path = rec["source"]["path"].as_str().unwrap();
        let bytes = std::fs::read(path).unwrap();
        let Ok(doc) = nianbao::decode::decode(path, &bytes, &Default::default()) else {
            continue;
        };
        let text_lines: Vec<&str> = doc.text.lines().collect();
        for (key, s) in sources(rec) {
            let raw = s["raw"].as_str().unwrap();
            if raw.is_empty() || s["how"] != "read" {
                continue;
            }
            let squeezed: String = raw.split_whitespace().collect();
            if let Some(t) = s["table"].as_u64() {
                let (r, cell) = (s["row"].as_u64().unwrap(), s["cell"].as_u64().unwrap());
                let got = html_cell(&doc.text, t, r, cell)
                    .unwrap_or_else(|| panic!("{path} {key}: no table {t} row {r} cell {cell}"));
                assert_eq!(got, squeezed, "{path} {key} at {}", s["at"]);
                html_checked += 1;
            } else {
                let l = s["line"].as_u64().unwrap() as usize;
                let line = text_lines[l - 1];
                assert!(
                    line.contains(raw),
                    "{path} {key}: line {l} is {line:?}, not {raw:?}"
                );
                text_checked += 1;
            }
        }
    }
    assert!(text_checked > 1_000, "text values checked: {text_checked}");
    assert!(html_checked > 1_000, "page values checked: {html_checked}");
}

#[test]
fn cells_layout_has_one_row_per_value_with_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 25, 25);
    let c = corpus.to_str().unwrap();
    let recs = lines(&run(&["ingest", "-q", c, "--provenance"], dir.path()).stdout);
    run(
        &["ingest", "-q", c, "--layout", "cells", "-o", "cells.jsonl"],
        dir.path(),
    );
    run(
        &[
            "ingest",
            "-q",
            c,
            "--layout",
            "cells",
            "--format",
            "csv",
            "-o",
            "cells.csv",
        ],
        dir.path(),
    );
    let cells = lines(&std::fs::read(dir.path().join("cells.jsonl")).unwrap());
    let (header, rows) = read_csv(&dir.path().join("cells.csv"));
    assert_eq!(
        rows.len(),
        cells.len(),
        "the same rows in CSV and JSON lines"
    );
    let names: Vec<&str> = header.iter().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "path",
            "office",
            "year",
            "template",
            "status",
            "section",
            "row",
            "col",
            "key",
            "value",
            "raw",
            "how",
            "at",
            "at_line",
            "at_table",
            "at_row",
            "at_cell",
            "relied_on",
            "issues"
        ]
    );
    for (cell, row) in cells.iter().zip(&rows) {
        for (i, name) in names.iter().enumerate() {
            let want = match &cell[*name] {
                Value::Array(words) => words
                    .iter()
                    .map(|w| w.as_str().unwrap())
                    .collect::<Vec<_>>()
                    .join(" "),
                v => as_field(v),
            };
            assert_eq!(row[i], want, "{name}");
        }
    }
    // Rebuild each record's values from the cells rows: they are the
    // line's values, each with the source --provenance gives.
    let mut by_path: HashMap<&str, Vec<&Value>> = HashMap::new();
    for c in &cells {
        by_path
            .entry(c["path"].as_str().unwrap())
            .or_default()
            .push(c);
    }
    assert_eq!(by_path.len(), recs.len(), "every document is listed");
    let mut n = 0;
    for rec in &recs {
        let path = rec["source"]["path"].as_str().unwrap();
        let rows = &by_path[path];
        let vals = values(rec);
        let narr = rec["narrative"].as_object().map_or(0, |m| m.len());
        if vals.is_empty() && narr == 0 {
            assert_eq!(
                rows.len(),
                1,
                "{path}: one row for a document without values"
            );
            assert!(rows[0]["key"].is_null());
            assert_eq!(rows[0]["status"], rec["status"]);
            continue;
        }
        assert_eq!(rows.len(), vals.len() + narr, "{path}");
        for ((key, v), row) in vals.iter().zip(rows.iter()) {
            assert_eq!(row["key"].as_str(), Some(key.as_str()));
            assert_eq!(&row["value"], v, "{path} {key}");
            assert_eq!(row["status"], rec["status"]);
            let s = &sources(rec)[key];
            assert_eq!(row["raw"], s["raw"], "{path} {key}");
            assert_eq!(row["how"], s["how"]);
            assert_eq!(row["at"], s["at"]);
            assert_eq!(row["at_line"], s["line"]);
            assert_eq!(row["at_table"], s["table"]);
            assert_eq!(row["at_row"], s["row"]);
            assert_eq!(row["at_cell"], s["cell"]);
            let (t, rest) = key.split_once('.').unwrap();
            let (r, c) = rest.split_once('.').unwrap();
            assert_eq!(
                (
                    row["section"].as_str(),
                    row["row"].as_str(),
                    row["col"].as_str()
                ),
                (Some(t), Some(r), Some(c))
            );
            // The codes of the issues about this very value.
            for i in rec["issues"].as_array().unwrap() {
                if i["where"] == key.as_str() {
                    assert!(
                        row["issues"].as_array().unwrap().contains(&i["code"]),
                        "{path} {key}"
                    );
                }
            }
            n += 1;
        }
    }
    assert!(n > 2_000, "cells rows checked: {n}");
}

#[test]
fn csv_is_the_same_streamed_to_stdout_and_written_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 10, 20);
    let c = corpus.to_str().unwrap();
    for extra in [
        &[][..],
        &["--no-corpus-checks"][..],
        &["--layout", "cells"][..],
    ] {
        let mut args = vec!["ingest", "-q", c, "--format", "csv"];
        args.extend_from_slice(extra);
        let streamed = run(&args, dir.path()).stdout;
        args.extend_from_slice(&["-o", "t.csv"]);
        run(&args, dir.path());
        assert_eq!(
            streamed,
            std::fs::read(dir.path().join("t.csv")).unwrap(),
            "{extra:?}"
        );
        assert!(!dir.path().join("t.csv.partial").exists());
        assert!(!dir.path().join("t.csv.tmp").exists());
    }
}

/// An interrupted CSV run leaves its spool (record lines); `--resume`
/// keeps those records and finishes the same CSV as a fresh run.
#[test]
fn resume_finishes_an_interrupted_csv_run() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 10, 10);
    let c = corpus.to_str().unwrap();
    // Without the corpus checks: a resumed run checks only the documents
    // it processes.
    let args = |rest: &[&'static str]| {
        let mut a = vec!["ingest", c, "--no-corpus-checks", "--format", "csv"];
        a.extend_from_slice(rest);
        a
    };
    run(&args(&["-q", "-o", "fresh.csv"]), dir.path());
    let full = run(&["ingest", "-q", c, "--no-corpus-checks"], dir.path()).stdout;
    // The spool as a run cut after 7 documents (and inside the 8th) leaves it.
    let cut: Vec<&[u8]> = full.split_inclusive(|b| *b == b'\n').collect();
    let mut spool: Vec<u8> = cut[..7].concat();
    spool.extend_from_slice(&cut[7][..cut[7].len() / 2]);
    std::fs::write(dir.path().join("out.csv.partial"), &spool).unwrap();
    let out = run(&args(&["-o", "out.csv", "--resume"]), dir.path());
    let msg = String::from_utf8_lossy(&out.stderr);
    assert!(msg.contains("7 kept from the previous run"), "{msg}");
    assert_eq!(
        std::fs::read(dir.path().join("out.csv")).unwrap(),
        std::fs::read(dir.path().join("fresh.csv")).unwrap()
    );
}

#[test]
fn flags_that_do_not_go_together_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "x").unwrap();
    let out = bin()
        .args(["ingest", "a.txt", "--format", "csv", "--provenance"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let msg = String::from_utf8_lossy(&out.stderr);
    assert!(msg.contains("--layout cells"), "{msg}");
    assert!(out.stdout.is_empty());
    let out = bin()
        .args(["ingest", "a.txt", "--format", "xlsx"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("csv"));
    if !cfg!(feature = "parquet") {
        let out = bin()
            .args(["ingest", "a.txt", "--format", "parquet", "-o", "a.parquet"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let msg = String::from_utf8_lossy(&out.stderr);
        assert!(msg.contains("--features parquet"), "{msg}");
        assert!(!dir.path().join("a.parquet").exists());
        assert!(!dir.path().join("a.parquet.partial").exists());
    }
}
