//! The JSON Schema (draft 2020-12) of the lines nianbao writes, made from
//! the templates (`src/template.rs`), so that the keys it allows are the
//! keys the extractor writes: [`record`] for a record line (`nianbao/1`,
//! with the optional `"sources"` of `--provenance`), [`cells`] for a line
//! of `--layout cells`. `nianbao schema` prints them.
//!
//! The schema is strict: every object lists its keys and allows no others,
//! so that a field added to the output without its schema fails the tests
//! that validate real output against it.

use super::columns::Kind;
use super::table::{cells_columns, value_keys, NARRATIVE_KEYS};
use crate::template::{REQUEST_COLS, REQUEST_ROWS, REVIEW_COLS, REVIEW_GROUPS};
use serde_json::{json, Map, Value};

/// The `$id` of the record schema.
pub const RECORD_ID: &str = "urn:nianbao:schema:nianbao-1";
/// The `$id` of the cells-layout schema.
pub const CELLS_ID: &str = "urn:nianbao:schema:nianbao-1-cells";

const HOW: [&str; 10] = [
    "read",
    "position",
    "identity",
    "split",
    "transposed",
    "order",
    "continued",
    "prose",
    "stated",
    "ambiguous",
];
const IDENTITIES: [&str; 5] = [
    "balance",
    "outcome_total",
    "row_total",
    "review_total",
    "narrative",
];
/// A stable issue code: `area.name`.
const CODE: &str = "^[a-z]+\\.[a-z_]+$";

fn nullable(t: &str) -> Value {
    json!({ "type": [t, "null"] })
}

fn nullable_enum(values: &[&str]) -> Value {
    let mut all: Vec<Value> = values.iter().map(|v| json!(v)).collect();
    all.push(Value::Null);
    json!({ "enum": all })
}

fn closed(properties: Map<String, Value>, required: &[&str]) -> Value {
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false
    })
}

/// A value table: the given rows, each with the given columns, every value
/// a number or null; rows and columns may be absent.
fn table(rows: &[(&str, Vec<&str>)], what: &str) -> Value {
    let mut props = Map::new();
    for (row, cols) in rows {
        let mut cp = Map::new();
        for c in cols {
            cp.insert((*c).into(), nullable("number"));
        }
        props.insert((*row).into(), closed(cp, &[]));
    }
    let mut t = closed(props, &[]);
    t["description"] = json!(what);
    t
}

fn source_schema() -> Value {
    let mut p = Map::new();
    p.insert("path".into(), json!({ "type": "string" }));
    p.insert(
        "sha256".into(),
        json!({ "type": ["string", "null"], "pattern": "^[0-9a-f]{64}$" }),
    );
    p.insert("bytes".into(), json!({ "type": "integer", "minimum": 0 }));
    p.insert("media".into(), nullable_enum(&["html", "text"]));
    p.insert("encoding".into(), nullable("string"));
    p.insert(
        "encoding_from".into(),
        nullable_enum(&["bom", "declared", "detected"]),
    );
    closed(
        p,
        &[
            "path",
            "sha256",
            "bytes",
            "media",
            "encoding",
            "encoding_from",
        ],
    )
}

fn issue_schema() -> Value {
    let mut p = Map::new();
    p.insert("code".into(), json!({ "type": "string", "pattern": CODE }));
    p.insert("severity".into(), json!({ "enum": ["error", "warning"] }));
    p.insert("where".into(), json!({ "type": "string" }));
    p.insert("expected".into(), json!({}));
    p.insert("found".into(), json!({}));
    p.insert(
        "message".into(),
        json!({ "type": "string", "minLength": 1 }),
    );
    closed(p, &["code", "severity", "where", "message"])
}

fn place(what: &str) -> Value {
    json!({ "type": ["integer", "null"], "minimum": 1, "description": what })
}

fn value_source_schema() -> Value {
    let mut p = Map::new();
    p.insert(
        "raw".into(),
        json!({ "type": "string", "description": "the cell's text as printed, trimmed" }),
    );
    p.insert("how".into(), json!({ "enum": HOW }));
    p.insert(
        "at".into(),
        json!({ "type": "string", "description": "the place for people: `table 2 row 7 cell 3`, `line 129`" }),
    );
    p.insert("line".into(), place("1-based line in the decoded text"));
    p.insert("table".into(), place("1-based table of an HTML page"));
    p.insert("row".into(), place("1-based row within the table"));
    p.insert("cell".into(), place("1-based cell within the row or line"));
    p.insert(
        "relied_on".into(),
        json!({ "type": "array", "items": { "enum": IDENTITIES }, "uniqueItems": true }),
    );
    closed(
        p,
        &[
            "raw",
            "how",
            "at",
            "line",
            "table",
            "row",
            "cell",
            "relied_on",
        ],
    )
}

/// A key path of a value (`requests.granted.total`).
fn key_path_pattern() -> String {
    let mut tables: Vec<&str> = Vec::new();
    for (t, _, _) in value_keys() {
        if !tables.contains(&t) {
            tables.push(t);
        }
    }
    format!("^({})\\.[a-z_]+\\.[a-z_]+$", tables.join("|"))
}

/// The rows of section 二 with their columns (both templates merged).
fn active_rows() -> Vec<(&'static str, Vec<&'static str>)> {
    let mut rows: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for (t, r, c) in value_keys() {
        if t != "active" {
            continue;
        }
        match rows.iter_mut().find(|(k, _)| *k == r) {
            Some((_, cols)) => cols.push(c),
            None => rows.push((r, vec![c])),
        }
    }
    rows
}

/// The JSON Schema of a record line.
pub fn record() -> Value {
    let req_cols: Vec<&str> = REQUEST_COLS.iter().map(|c| c.key).collect();
    let req_rows: Vec<(&str, Vec<&str>)> = REQUEST_ROWS
        .iter()
        .map(|r| (r.key, req_cols.clone()))
        .collect();
    let rev_cols: Vec<&str> = REVIEW_COLS.iter().map(|c| c.key).collect();
    let rev_rows: Vec<(&str, Vec<&str>)> = REVIEW_GROUPS
        .iter()
        .map(|g| (g.key, rev_cols.clone()))
        .collect();
    let mut narr = Map::new();
    for k in NARRATIVE_KEYS {
        narr.insert(k.into(), json!({ "type": "number" }));
    }
    let key_path = key_path_pattern();
    let mut p = Map::new();
    p.insert("schema".into(), json!({ "const": crate::model::SCHEMA }));
    p.insert("source".into(), source_schema());
    p.insert("title".into(), nullable("string"));
    p.insert("office".into(), nullable("string"));
    p.insert("year".into(), nullable("integer"));
    p.insert(
        "template".into(),
        nullable_enum(&["2019", "2021", "legacy"]),
    );
    p.insert(
        "status".into(),
        json!({ "enum": ["ok", "warnings", "malformed", "unreadable"] }),
    );
    p.insert(
        "active".into(),
        table(
            &active_rows(),
            "section 二 (主动公开): row → column → value",
        ),
    );
    p.insert(
        "requests".into(),
        table(
            &req_rows,
            "section 三 (依申请): row → applicant column → value",
        ),
    );
    p.insert(
        "review_litigation".into(),
        table(
            &rev_rows,
            "section 四 (复议/诉讼): group → result column → value",
        ),
    );
    p.insert("narrative".into(), closed(narr, &[]));
    p.insert(
        "provenance".into(),
        json!({
            "type": "object",
            "description": "where each row was read: `requests.granted` → `line 152`, `table 2 row 7`",
            "propertyNames": { "pattern": "^[a-z_]+\\.[a-z_]+$" },
            "additionalProperties": { "type": "string" }
        }),
    );
    p.insert(
        "inferred".into(),
        json!({
            "type": "object",
            "description": "the values that were not plainly read, and how they were obtained",
            "propertyNames": { "pattern": key_path },
            "additionalProperties": { "enum": &HOW[1..] }
        }),
    );
    p.insert(
        "sources".into(),
        json!({
            "type": "object",
            "description": "--provenance: every value's source, by key path",
            "propertyNames": { "pattern": key_path },
            "additionalProperties": value_source_schema()
        }),
    );
    p.insert(
        "issues".into(),
        json!({ "type": "array", "items": issue_schema() }),
    );
    let mut s = closed(
        p,
        &[
            "schema", "source", "title", "office", "year", "template", "status", "issues",
        ],
    );
    let o = s.as_object_mut();
    if let Some(o) = o {
        o.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        o.insert("$id".into(), json!(RECORD_ID));
        o.insert(
            "title".into(),
            json!("nianbao record line (nianbao/1): one per input document"),
        );
    }
    s
}

/// The JSON Schema of a line of `--layout cells --format jsonl`.
pub fn cells() -> Value {
    let mut p = Map::new();
    for c in cells_columns() {
        let t = match c.kind {
            Kind::Text => nullable("string"),
            Kind::UInt => json!({ "type": ["integer", "null"], "minimum": 1 }),
            Kind::Int | Kind::Count => nullable("integer"),
            Kind::Money | Kind::Number => nullable("number"),
            Kind::List => json!({ "type": "array", "items": { "type": "string" } }),
        };
        p.insert(c.name.clone(), t);
    }
    p["path"] = json!({ "type": "string" });
    p["status"] = json!({ "enum": ["ok", "warnings", "malformed", "unreadable"] });
    p["template"] = nullable_enum(&["2019", "2021", "legacy"]);
    p["section"] = nullable_enum(&["active", "requests", "review_litigation", "narrative"]);
    p["how"] = {
        let mut h: Vec<Value> = HOW.iter().map(|v| json!(v)).collect();
        h.push(Value::Null);
        json!({ "enum": h })
    };
    p["relied_on"] = json!({ "type": "array", "items": { "enum": IDENTITIES } });
    p["issues"] = json!({ "type": "array", "items": { "type": "string", "pattern": CODE } });
    let names: Vec<String> = cells_columns().into_iter().map(|c| c.name).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut s = closed(p, &names);
    if let Some(o) = s.as_object_mut() {
        o.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        o.insert("$id".into(), json!(CELLS_ID));
        o.insert(
            "title".into(),
            json!("nianbao cells line: one value of one document, with its source"),
        );
    }
    s
}
