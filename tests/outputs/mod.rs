//! The outputs besides the record lines, end to end through the binary:
//! CSV and the cells layout read back to the JSON lines' values, the
//! per-value sources checked against the documents, the JSON Schema
//! against real output, the report page in a real browser.

mod report;
mod schema;
mod table;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_nianbao"))
}

/// Runs the binary in `cwd` and asserts it succeeded.
pub fn run(args: &[&str], cwd: &Path) -> Output {
    let out = bin().args(args).current_dir(cwd).output().unwrap();
    assert!(
        out.status.success(),
        "nianbao {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The JSON values of a JSON-lines text.
pub fn lines(bytes: &[u8]) -> Vec<Value> {
    bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A corpus of generated reports in every layout and encoding, clean and
/// flawed (copies among them, so that the corpus pass patches lines), in
/// `dir/corpus`.
pub fn generated(dir: &Path, clean: usize, flawed: usize) -> PathBuf {
    nianbao_gen::write_clean_and_flawed(dir, clean, flawed).expect("corpus written")
}

/// Every value of a record line: (key path, value), in line order.
pub fn values(rec: &Value) -> Vec<(String, Value)> {
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
