//! `nianbao schema`: a valid JSON Schema that real output meets, and that
//! a line with a wrong key or value fails.

use super::{generated, lines, repo, run};
use serde_json::{json, Value};

fn schema(args: &[&str]) -> Value {
    let dir = std::env::temp_dir();
    let mut all = vec!["schema"];
    all.extend_from_slice(args);
    serde_json::from_slice(&run(&all, &dir).stdout).unwrap()
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::meta::validate(schema).unwrap();
    jsonschema::validator_for(schema).unwrap()
}

fn assert_valid(v: &jsonschema::Validator, line: &Value) {
    let errors: Vec<String> = v
        .iter_errors(line)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{}: {errors:#?}",
        line.pointer("/source/path")
            .or(line.get("path"))
            .unwrap_or(&Value::Null)
    );
}

#[test]
fn every_line_of_real_output_meets_the_schema() {
    let v = validator(&schema(&[]));
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 40, 60);
    let fixtures = repo().join("fixtures");
    let mut n = 0;
    let mut with_sources = 0;
    for input in [corpus.to_str().unwrap(), fixtures.to_str().unwrap()] {
        for extra in [&[][..], &["--provenance"][..]] {
            let mut args = vec!["ingest", "-q", input];
            args.extend_from_slice(extra);
            for line in lines(&run(&args, dir.path()).stdout) {
                assert_valid(&v, &line);
                with_sources += usize::from(line.get("sources").is_some());
                n += 1;
            }
        }
    }
    assert!(n > 250, "lines validated: {n}");
    assert!(with_sources > 100);
}

#[test]
fn every_cells_line_meets_the_cells_schema() {
    let v = validator(&schema(&["--layout", "cells"]));
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 10, 20);
    let out = run(
        &[
            "ingest",
            "-q",
            corpus.to_str().unwrap(),
            "--layout",
            "cells",
        ],
        dir.path(),
    );
    let cells = lines(&out.stdout);
    assert!(cells.len() > 2_000);
    for c in &cells {
        assert_valid(&v, c);
    }
}

/// The schema is strict enough to catch what a consumer would trip over.
#[test]
fn lines_with_a_wrong_key_or_value_fail_the_schema() {
    let v = validator(&schema(&[]));
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 5, 0);
    let recs = lines(
        &run(
            &["ingest", "-q", corpus.to_str().unwrap(), "--provenance"],
            dir.path(),
        )
        .stdout,
    );
    let good = recs
        .iter()
        .find(|r| r["requests"]["granted"]["total"].is_number())
        .unwrap()
        .clone();
    assert!(v.is_valid(&good));
    type Change = Box<dyn Fn(&mut Value)>;
    let broken: Vec<(&str, Change)> = vec![
        (
            "a value as text",
            Box::new(|r| r["requests"]["granted"]["total"] = json!("12")),
        ),
        (
            "an unknown row",
            Box::new(|r| r["requests"]["granted_all"] = json!({"total": 1})),
        ),
        (
            "an unknown column",
            Box::new(|r| r["requests"]["granted"]["people"] = json!(1)),
        ),
        (
            "no status",
            Box::new(|r| {
                r.as_object_mut().unwrap().remove("status");
            }),
        ),
        (
            "an unknown status",
            Box::new(|r| r["status"] = json!("fine")),
        ),
        (
            "a bad template",
            Box::new(|r| r["template"] = json!("2020")),
        ),
        (
            "a bad issue code",
            Box::new(|r| {
                r["issues"] =
                    json!([{"code": "Balance", "severity": "error", "where": "x", "message": "m"}])
            }),
        ),
        (
            "an issue without message",
            Box::new(|r| {
                r["issues"] =
                    json!([{"code": "identity.balance", "severity": "error", "where": "x"}])
            }),
        ),
        (
            "a source with place 0",
            Box::new(|r| {
                let s = r["sources"]
                    .as_object_mut()
                    .unwrap()
                    .values_mut()
                    .next()
                    .unwrap();
                s["line"] = json!(0);
            }),
        ),
        (
            "a source of no value",
            Box::new(|r| {
                r["sources"]["requests.granted"] = json!({"raw": "1", "how": "read", "at": "line 1",
                "line": 1, "table": null, "row": null, "cell": null, "relied_on": []});
            }),
        ),
        (
            "a field the schema does not know",
            Box::new(|r| r["extra"] = json!(1)),
        ),
    ];
    for (what, change) in broken {
        let mut bad = good.clone();
        change(&mut bad);
        assert!(!v.is_valid(&bad), "{what} passes the schema");
    }
}
