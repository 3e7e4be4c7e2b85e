//! Golden files: every fixture under `fixtures/` beside its expected record
//! (`<fixture>.expected.json`), compared as parsed JSON.
//!
//! `UPDATE_GOLDEN=1 cargo test --release golden` rewrites the expected
//! files; review the diff before committing it.

use nianbao::pipeline::{process_bytes, Options};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Folders whose files are inputs to other tests, not single reports.
const NOT_GOLDEN: [&str; 3] = ["archives", "external", "hostile"];

fn fixture_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            if !NOT_GOLDEN.iter().any(|n| name.starts_with(n)) {
                fixture_files(&p, out);
            }
        } else if !name.ends_with(".json") && name != "README.md" {
            out.push(p);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The record of one fixture, as `nianbao ingest fixtures` would name it.
pub fn fixture_record(rel: &str) -> Value {
    let bytes = std::fs::read(root().join(rel)).unwrap();
    let rec = process_bytes(rel, &bytes, &Options::default());
    serde_json::to_value(&rec).unwrap()
}

#[test]
fn every_fixture_matches_its_expected_record() {
    let mut files = Vec::new();
    fixture_files(&root().join("fixtures"), &mut files);
    assert!(!files.is_empty());
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let got = fixture_record(&rel);
        let mut exp_path = f.as_os_str().to_owned();
        exp_path.push(".expected.json");
        let exp_path = PathBuf::from(exp_path);
        if update {
            let mut text = serde_json::to_string_pretty(&got).unwrap();
            text.push('\n');
            std::fs::write(&exp_path, text).unwrap();
            continue;
        }
        match std::fs::read(&exp_path) {
            Err(_) => failures.push(format!(
                "{rel}: no {} (UPDATE_GOLDEN=1 writes it)",
                exp_path.display()
            )),
            Ok(b) => {
                let exp: Value = serde_json::from_slice(&b).unwrap();
                if exp != got {
                    failures.push(format!(
                        "{rel}: record differs from its golden file\n  expected: {}\n  got:      {}",
                        exp, got
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_record_has_the_reports_real_values() {
    let r = fixture_record("fixtures/seed/anzhen-2020.txt");
    assert_eq!(r["office"], "安镇街道");
    assert_eq!(r["year"], 2020);
    assert_eq!(r["template"], "2019");
    let q = &r["requests"];
    assert_eq!(q["new_received"]["natural_person"], 4);
    assert_eq!(q["new_received"]["total"], 4);
    assert_eq!(q["unable_not_held"]["natural_person"], 1);
    assert_eq!(q["unable_needs_creation"]["total"], 2);
    assert_eq!(q["other"]["total"], 1);
    assert_eq!(q["total_handled"]["total"], 0);
    assert!(q.get("rejected_excessive").is_none());
    assert!(q.get("rejected_confirm").is_none());
    let rl = &r["review_litigation"];
    assert_eq!(rl["review"]["upheld"], 4);
    assert_eq!(rl["review"]["total"], 4);
    let direct: Vec<i64> = ["upheld", "corrected", "other", "pending", "total"]
        .iter()
        .map(|k| rl["litigation_direct"][k].as_i64().unwrap())
        .collect();
    assert_eq!(direct, vec![1, 1, 1, 0, 3]);
    assert_eq!(rl["litigation_after_review"]["pending"], 2);
    assert_eq!(rl["litigation_after_review"]["total"], 2);
    assert_eq!(r["active"]["procurement"]["projects"], 16);
    assert_eq!(r["active"]["procurement"]["amount_yuan"], 39173777.52);
}

/// The generator's known values for a fixture (`<name>.truth.json`, written
/// beside fixtures that `regenerate_fixtures` made) must be what the
/// record says: a second, independent check on the golden files.
#[test]
fn fixtures_with_known_values_come_back_exactly() {
    let mut files = Vec::new();
    fixture_files(&root().join("fixtures"), &mut files);
    let mut checked = 0;
    let mut failures = Vec::new();
    for f in &files {
        let stem = f.with_extension("");
        let truth_path = PathBuf::from(format!("{}.truth.json", stem.display()));
        let Ok(bytes) = std::fs::read(&truth_path) else {
            continue;
        };
        let truth: Value = serde_json::from_slice(&bytes).unwrap();
        let rel = f
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let got = fixture_record(&rel);
        for key in [
            "template",
            "office",
            "year",
            "active",
            "requests",
            "review_litigation",
            "narrative",
        ] {
            let want = &truth[key];
            let have = &got[key];
            // Numbers compare by value (the truth writes 0 where a record
            // may write 0.0 for money, and the reverse).
            if !same(want, have) {
                failures.push(format!("{rel}: {key}\n  truth:  {want}\n  record: {have}"));
            }
        }
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} fixtures have truth files");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same(v, w))
        }
        _ => a == b,
    }
}
