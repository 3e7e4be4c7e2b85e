//! Accuracy on reports flattened by tools other than nianbao's own
//! generator: `fixtures/external/<set>/<report>/<route>.txt`, each report's
//! known values in `truth.json` beside its flattenings (made by
//! `tests/external/make.py`, see `fixtures/README.md`).
//!
//! Scored per route (the tool or dump that flattened the page): the share
//! of known cells read right, cells read wrong (a number other than the
//! truth: the worst outcome), and findings: recall and precision of each
//! code the flawed reports were made to raise, and the share of clean
//! reports with any finding at all. Flagged cells are split: `honest`
//! (more than one reading fits and the truth is among those listed: the
//! copy does not tell) and the rest; `determ.` is the share right of the
//! cells that can be known, right / (cells − honest).
//!
//! `cargo test --release --test integration accuracy -- --nocapture`
//! prints the tables. `tune` is the set the extractor was developed
//! against; `holdout` was kept out of that loop and scored at the end.
//! `fresh-dev` and `fresh-holdout` are flattened by routes `make.py` does
//! not use (`tests/external/make_fresh.py`: BeautifulSoup, inscriptis,
//! trafilatura, markdownify, Python html2text, WeasyPrint's PDF through
//! pdfminer.six, pdfplumber and pypdf); `pdf-dev` is forty more reports
//! through the two PDF routes that read worst, to look into them without
//! touching `fresh-holdout`. `docx-dev` and `docx-holdout` are the
//! reports rebuilt as Word documents and read back by python-docx
//! (`tests/external/make_docx.py`); `pandas-dev` and `pandas-holdout`
//! their tables read by pandas and saved with its defaults
//! (`tests/external/make_pandas.py`). Each set is capped at the wrong cells and
//! false alarms it reaches.

use nianbao::pipeline::{process_bytes, Options};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// What one route scored.
#[derive(Debug, Default, Clone)]
pub struct RouteScore {
    /// Documents.
    pub docs: usize,
    /// Known cells (every cell of every table the truth has).
    pub cells: usize,
    /// Cells read with the known value (a blank as `null`).
    pub right: usize,
    /// Cells read as a number that is not the known one.
    pub wrong: usize,
    /// Cells left `null` because several readings fit, and said so
    /// (`"inferred": "ambiguous"` with a `structure.ambiguous_*` issue).
    pub flagged: usize,
    /// Of the flagged cells, those flagged honestly ([`honest`]): more
    /// than one reading fits and the truth is among those listed; such a
    /// cell cannot be known from the copy.
    pub honest: usize,
    /// Clean reports with only ambiguity notices (no finding of a flaw).
    pub noticed: usize,
    /// Clean reports, and those of them with any finding.
    pub clean: usize,
    /// Clean reports with a finding.
    pub alarms: usize,
}

/// Recall and precision counts of one issue code.
#[derive(Debug, Default, Clone)]
pub struct CodeScore {
    /// Reports made to raise the code.
    pub flawed: usize,
    /// Of those, reports that raised it.
    pub found: usize,
    /// Reports that raised it without being made to.
    pub stray: usize,
}

/// The scores of one set.
#[derive(Debug, Default)]
pub struct SetScore {
    /// Per route.
    pub routes: BTreeMap<String, RouteScore>,
    /// Per issue code.
    pub codes: BTreeMap<String, CodeScore>,
    /// Lines naming each wrong cell and each false alarm, for debugging.
    pub notes: Vec<String>,
}

/// Every table value of a record or a truth: key path → value.
pub(crate) fn cells(v: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for table in ["active", "requests", "review_litigation"] {
        let Some(rows) = v.get(table).and_then(Value::as_object) else {
            continue;
        };
        for (row, cols) in rows {
            let Some(cols) = cols.as_object() else {
                continue;
            };
            for (col, x) in cols {
                out.insert(format!("{table}.{row}.{col}"), x.clone());
            }
        }
    }
    out
}

/// Whether a value read is the known one (numbers within rounding).
pub(crate) fn same(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-6,
        _ => a == b,
    }
}

/// Whether an issue at `where_` names the cell `key` (`table.row.col`):
/// the cell, its row, or for section 四 (one printed row of fifteen
/// values) `review_litigation.row`.
pub(crate) fn names_cell(where_: &str, key: &str) -> bool {
    let row = key.rsplit_once('.').map_or(key, |(a, _)| a);
    where_ == key
        || where_ == row
        || (key.starts_with("review_litigation.") && where_ == "review_litigation.row")
}

/// Whether the flagged cell `key` (`table.row.col`) of `rec` is flagged
/// honestly: the ambiguity issue on its row lists more than one reading,
/// and the known value `truth` is that cell's value in one of them.
/// Anything else left `null` is a cell the reader failed on.
pub(crate) fn honest(rec: &Value, key: &str, truth: &Value) -> bool {
    let mut parts = key.splitn(3, '.');
    let (Some(table), Some(row), Some(col)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let index_in =
        |obj: &Value, k: &str| obj.as_object().and_then(|o| o.keys().position(|x| x == k));
    let Some(j) = index_in(&rec[table][row], col) else {
        return false;
    };
    // Section 四 is one printed row of 15 values: three groups of five.
    let (row_where, j) = if table == "review_litigation" {
        match index_in(&rec[table], row) {
            Some(g) => (format!("{table}.row"), g * 5 + j),
            None => return false,
        }
    } else {
        (format!("{table}.{row}"), j)
    };
    // A reading is the cell as printed: full-width digits (`０`) read as
    // their ASCII forms, as the reader reads them.
    let reads = |text: &str| -> Option<Option<f64>> {
        let t: String = text.trim().nfkc().collect();
        let t = t.as_str();
        if t == "_" || t.chars().all(|c| matches!(c, '-' | '—' | '－' | '/')) {
            return Some(None);
        }
        t.trim_start_matches('+')
            .replace(',', "")
            .parse()
            .ok()
            .map(Some)
    };
    let fits = |x: Option<Option<f64>>| match (x, truth.as_f64()) {
        (Some(None), None) => truth.is_null(),
        (Some(Some(a)), Some(b)) => (a - b).abs() < 1e-6 || (a * 10_000.0 - b).abs() < 1e-3,
        _ => false,
    };
    rec["issues"].as_array().is_some_and(|issues| {
        issues.iter().any(|i| {
            let code = i["code"].as_str().unwrap_or("");
            let readings = i["found"]["readings"].as_array();
            is_notice(code)
                && i["where"].as_str() == Some(row_where.as_str())
                && readings.is_some_and(|rs| {
                    rs.len() > 1
                        && rs.iter().any(|r| {
                            fits(r.as_str().and_then(|r| r.split('|').nth(j)).and_then(reads))
                        })
                })
        })
    })
}

/// Right of the determinable cells: right / (cells − honestly flagged).
pub(crate) fn determinable(right: usize, cells: usize, honest: usize) -> f64 {
    right as f64 / cells.saturating_sub(honest).max(1) as f64
}

/// The codes a flaw of the generator must raise (its `Flaw::codes`), by
/// the flaw's name in `truth.json`.
fn wanted(flaw: &str) -> &'static [&'static str] {
    match flaw {
        "balance" => &["identity.balance"],
        "outcome-total" => &["identity.outcome_total"],
        "row-total" => &["identity.row_total"],
        "review-total" => &["identity.review_total"],
        "narrative-mismatch" => &["narrative.mismatch"],
        "missing-section" => &["structure.missing_section"],
        "missing-table" => &["structure.missing_table"],
        "truncated" => &["structure.truncated"],
        "unparsed" => &["value.unparsed"],
        "negative-count" => &["value.negative"],
        _ => &[],
    }
}

/// Codes a flaw may raise besides its own without being wrong: a cut
/// document loses the sections after the cut.
fn tolerated(flaw: &str, code: &str) -> bool {
    flaw == "truncated" && code == "structure.missing_section"
}

/// An issue that says the flattened table could not be read in only one
/// way, or that a row every report prints was not read from it, or that
/// the page's bytes are not in the charset it declares (a fact about the
/// copy or its reading, not a claim about the report).
pub fn is_notice(code: &str) -> bool {
    code.starts_with("structure.ambiguous_")
        || code == "structure.unread_row"
        || code == "input.charset_mismatch"
        // Says what the copy is (the tables alone), not a flaw of the report.
        || code == "structure.tables_only"
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    v.sort();
    v
}

/// Scores every report of `fixtures/external/<set>`.
pub fn score_set(set: &str) -> SetScore {
    score_changed(set, &|_, b| Some(b.to_vec()))
}

/// A rewrite of a file, by its name and bytes; `None` leaves it out.
type Change<'a> = &'a dyn Fn(&str, &[u8]) -> Option<Vec<u8>>;

/// Scores every report of `fixtures/external/<set>` as `change` rewrites
/// each file.
fn score_changed(set: &str, change: Change<'_>) -> SetScore {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("fixtures/external").join(set);
    let mut s = SetScore::default();
    for report in files(&dir).into_iter().filter(|p| p.is_dir()) {
        let truth: Value = serde_json::from_slice(
            &std::fs::read(report.join("truth.json")).expect("truth.json beside each report"),
        )
        .expect("truth.json parses");
        let known = cells(&truth);
        let flaw = truth.get("flaw").and_then(Value::as_str).unwrap_or("");
        let want = wanted(flaw);
        for f in files(&report) {
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            // A Word document a page was exported from is the page's
            // source, not a flattening: nianbao reads text and HTML, and
            // reports a DOCX as unreadable (saying how to convert it).
            if name == "truth.json" || name.ends_with(".docx") {
                continue;
            }
            let route = name.split('.').next().unwrap_or(&name).to_string();
            let rel = f.strip_prefix(&root).unwrap().to_string_lossy().to_string();
            let Some(bytes) = change(&name, &std::fs::read(&f).unwrap()) else {
                continue;
            };
            let rec = serde_json::to_value(process_bytes(&rel, &bytes, &Options::default()))
                .expect("a record serialises");
            let got = cells(&rec);
            let r = s.routes.entry(route.clone()).or_default();
            r.docs += 1;
            let mut missed: BTreeMap<String, usize> = BTreeMap::new();
            let mut flagged: BTreeMap<String, usize> = BTreeMap::new();
            for (k, v) in &known {
                r.cells += 1;
                match got.get(k) {
                    Some(g) if same(g, v) => r.right += 1,
                    Some(g) if !g.is_null() => {
                        r.wrong += 1;
                        s.notes.push(format!("{rel}: {k} read {g}, is {v}"));
                    }
                    _ if rec["inferred"][k.as_str()] == "ambiguous" => {
                        r.flagged += 1;
                        if honest(&rec, k, v) {
                            r.honest += 1;
                        }
                        let row = k.rsplit_once('.').map_or(k.as_str(), |(a, _)| a);
                        *flagged.entry(row.to_string()).or_default() += 1;
                    }
                    _ => {
                        let row = k.rsplit_once('.').map_or(k.as_str(), |(a, _)| a);
                        *missed.entry(row.to_string()).or_default() += 1;
                    }
                }
            }
            if !missed.is_empty() {
                s.notes.push(format!("{rel}: missed {missed:?}"));
            }
            if !flagged.is_empty() {
                s.notes.push(format!("{rel}: flagged {flagged:?}"));
            }
            let codes: Vec<String> = rec["issues"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|i| i["code"].as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            if flaw.is_empty() {
                r.clean += 1;
                let claims: Vec<&String> = codes.iter().filter(|c| !is_notice(c)).collect();
                if !claims.is_empty() {
                    r.alarms += 1;
                    s.notes.push(format!("{rel}: clean, but {claims:?}"));
                } else if !codes.is_empty() {
                    r.noticed += 1;
                }
            }
            for c in want {
                let e = s.codes.entry(c.to_string()).or_default();
                e.flawed += 1;
                if codes.iter().any(|x| x == c) {
                    e.found += 1;
                } else {
                    s.notes.push(format!("{rel}: {c} missed, got {codes:?}"));
                }
            }
            let mut strays: Vec<&String> = codes
                .iter()
                .filter(|c| !want.contains(&c.as_str()) && !tolerated(flaw, c))
                .collect();
            strays.dedup();
            for c in strays {
                s.codes.entry(c.clone()).or_default().stray += 1;
            }
        }
    }
    s
}

/// Prints the header of a score table: `first` (route or layout), the
/// cell columns both scorers print, then the scorer's own `last` columns
/// (name, width).
pub(crate) fn header(first: &str, last: &[(&str, usize)]) {
    let mut line = format!("{first:<14}");
    let cols = [
        ("docs", 4),
        ("cells", 6),
        ("right", 8),
        ("flagged", 8),
        ("honest", 8),
        ("determ.", 8),
        ("wrong", 6),
    ];
    for (name, w) in cols.iter().chain(last) {
        line.push_str(&format!(" {name:>w$}", w = *w));
    }
    println!("{line}");
}

/// Prints a set's tables (`--nocapture` shows them).
pub fn print(set: &str, s: &SetScore) {
    println!("\n== fixtures/external/{set}");
    header("route", &[("alarms", 7), ("notices", 8)]);
    let mut all = RouteScore::default();
    let line = |name: &str, r: &RouteScore| {
        println!(
            "{:<14} {:>4} {:>6} {:>7.1}% {:>7.1}% {:>7.1}% {:>7.1}% {:>6} {:>3}/{:<3} {:>4}/{:<3}",
            name,
            r.docs,
            r.cells,
            100.0 * r.right as f64 / r.cells.max(1) as f64,
            100.0 * r.flagged as f64 / r.cells.max(1) as f64,
            100.0 * r.honest as f64 / r.cells.max(1) as f64,
            100.0 * determinable(r.right, r.cells, r.honest),
            r.wrong,
            r.alarms,
            r.clean,
            r.noticed,
            r.clean
        );
    };
    for (route, r) in &s.routes {
        line(route, r);
        all.docs += r.docs;
        all.cells += r.cells;
        all.right += r.right;
        all.flagged += r.flagged;
        all.honest += r.honest;
        all.wrong += r.wrong;
        all.clean += r.clean;
        all.alarms += r.alarms;
        all.noticed += r.noticed;
    }
    line("all", &all);
    println!(
        "{:<28} {:>7} {:>7} {:>8} {:>6} {:>9}",
        "code", "flawed", "found", "recall", "stray", "precision"
    );
    for (code, c) in &s.codes {
        let precision = c.found as f64 / (c.found + c.stray).max(1) as f64;
        println!(
            "{:<28} {:>7} {:>7} {:>7.1}% {:>6} {:>8.1}%",
            code,
            c.flawed,
            c.found,
            100.0 * c.found as f64 / c.flawed.max(1) as f64,
            c.stray,
            100.0 * precision
        );
    }
    if std::env::var_os("NIANBAO_ACCURACY_NOTES").is_some() {
        // Exact counts for notes and comparisons: set, cells, right,
        // wrong, sound copies with an alarm, sound copies.
        println!(
            "EXACT {set} {} {} {} {} {}",
            all.cells, all.right, all.wrong, all.alarms, all.clean
        );
        for n in &s.notes {
            println!("  {n}");
        }
    }
}

/// Scores and prints `fixtures/external/<set>`, and holds it to caps at
/// the figures it reaches: cells read wrong (a number other than the
/// truth, presented as certain) and clean reports with a false finding,
/// over all routes.
fn scored(set: &str, wrong: usize, alarms: usize) -> SetScore {
    let s = score_set(set);
    print(set, &s);
    assert!(!s.routes.is_empty(), "fixtures/external/{set} is empty");
    let w: usize = s.routes.values().map(|r| r.wrong).sum();
    let a: usize = s.routes.values().map(|r| r.alarms).sum();
    assert!(
        w <= wrong && a <= alarms,
        "{set}: {w} cells wrong (at most {wrong}), {a} false alarms (at most {alarms})"
    );
    s
}

/// Asserts that every flawed report of a set raised its flaw's code.
fn every_flaw_found(s: &SetScore) {
    for (code, c) in &s.codes {
        assert_eq!(
            c.found, c.flawed,
            "{code}: {} of {} found",
            c.found, c.flawed
        );
    }
}

/// Asserts that every known cell of the set was read right.
fn every_cell_right(s: &SetScore) {
    let cells: usize = s.routes.values().map(|r| r.cells).sum();
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert_eq!(right, cells, "{right} of {cells} cells right");
}

/// The set the extractor was developed against.
#[test]
fn accuracy_on_the_tuning_set() {
    scored("tune", 1, 0);
}

/// The held-out set: kept out of the tuning loop, scored at the end.
#[test]
fn accuracy_on_the_holdout_set() {
    scored("holdout", 6, 1);
}

/// Reports flattened by routes the extractor was not developed against
/// (`tests/external/make_fresh.py`): the set looked into when the
/// one-line, column-order and full-width fixes were made.
#[test]
fn accuracy_on_the_fresh_dev_set() {
    scored("fresh-dev", 0, 0);
}

/// The same routes on other reports: kept out of the loop and scored at
/// the end. Its 16 wrong cells, on the pdfminer route (a table's text
/// printed box by box: wrapped labels' second lines taken for rows, one
/// row's label printed after the values), are read right since
/// (2026-12-04), and the false finding they raised is gone.
#[test]
fn accuracy_on_the_fresh_holdout_set() {
    scored("fresh-holdout", 0, 0);
}

/// Forty more reports through the two PDF routes that read the printed
/// page as boxes (pdfminer.six) and as lines (pdfplumber): the set looked
/// into when the fresh sets' pdfminer route read cells wrong. Section 三's
/// rows whose headers stand together (a character a line) before their
/// values, or whose first column was printed beside the labels and the
/// rest under the headers, are read (2026-12-05): the pdfminer route went
/// from about 1,240 cells right (16.3 %) to 2,120. Section 二's values
/// read as the column headers printed among them lead (2026-12-07): 2,197,
/// and the one cell read wrong (a +4 put in the wrong row) is read right.
#[test]
fn accuracy_on_the_pdf_dev_set() {
    let s = scored("pdf-dev", 0, 0);
    let right = s.routes.get("pdfminer").map_or(0, |r| r.right);
    assert!(right >= 2_197, "pdfminer: {right} cells right");
}

/// Reports rebuilt as Word documents and read back by python-docx
/// (`tests/external/make_docx.py`: merged cells once for each grid place
/// they span): the set looked into when repeated merged cells were read.
#[test]
fn accuracy_on_the_docx_dev_set() {
    scored("docx-dev", 0, 0);
}

/// The same route on other reports: kept out of the loop, scored at the
/// end.
#[test]
fn accuracy_on_the_docx_holdout_set() {
    scored("docx-holdout", 0, 0);
}

/// The same reports' tables read by pandas and saved with its defaults
/// (`tests/external/make_pandas.py`: a row number before every row, the
/// column numbers on top): the set looked into.
#[test]
fn accuracy_on_the_pandas_dev_set() {
    scored("pandas-dev", 0, 0);
}

/// The same route on other reports: scored once, at the end.
#[test]
fn accuracy_on_the_pandas_holdout_set() {
    scored("pandas-holdout", 0, 0);
}

/// The hand-typed reports: kept out of the tuning loop, scored at the end.
#[test]
fn accuracy_on_the_handmade_set() {
    scored("handmade", 0, 0);
}

/// Twenty reports written by hand outside the tuning loop, each a layout
/// or deviation of its own (Word and CMS HTML, GBK and GB2312, PDF text,
/// Markdown, tabs, one cell a line; 14 sound, 6 flawed), scored once
/// before any change they prompted.
#[test]
fn accuracy_on_the_handwritten_holdout_set() {
    let s = scored("handwritten-holdout", 0, 0);
    // Every flaw found: the last one, an outcome_total under a group label
    // wrapped over three lines (（六）/其他/处理), since its row reads.
    every_flaw_found(&s);
}

/// A third round of twenty reports written by hand outside the tuning
/// loop (one cell a line, joined path labels, PDF text with vanished
/// blanks, column-major dumps with and without headers, crawler text run
/// together; 14 sound, 6 flawed). Scored once before the changes it
/// prompted: 3,688 of 3,940 cells right, 0 wrong, 4 of 14 sound reports
/// with a finding, 6 of 6 flaws found.
#[test]
fn accuracy_on_the_third_handwritten_set() {
    let s = scored("handwritten-round3", 0, 0);
    every_flaw_found(&s);
    every_cell_right(&s);
}

/// The seven hand-written HTML reports through pandoc's Markdown writers
/// (`tests/external/make_pandoc.sh`: grid tables, bracketed spans, raw
/// HTML tables): the set looked into when those were read. Its one
/// finding on a sound report is where pandoc wrote `[TABLE]` for section
/// 四 (the table is not in the text: `missing_table` is what the file
/// shows, and its message names the placeholder). A layout table pandoc
/// wrapped at 100 columns with the report's own tables inside it, cutting
/// numbers over lines (`[18` / `35]{lang="EN-US"}`), is mended: 1835.
#[test]
fn accuracy_on_the_pandoc_dev_set() {
    scored("pandoc-dev", 0, 1);
}

/// Thirty Word reports' HTML (mammoth's) through the same writers:
/// scored once, at the end. Before the fix it prompted, its two wrong
/// cells (one value, on both routes) were pandoc's escaped dash cell
/// (`\-`), whose removal moved the next cells left across a column's
/// edge: `-3` and `0` read as `30`.
#[test]
fn accuracy_on_the_pandoc_holdout_set() {
    scored("pandoc-holdout", 0, 0);
}

/// A fourth round of twenty reports written by hand outside the tuning
/// loop: sound reports that are odd but lawful (an office whose every
/// count is 0 or blank, only 总计 filled, all-zero rows left out, Chinese
/// numerals and distracting figures in the prose, a provincial table
/// between the sections) and flattenings the earlier rounds did not try
/// (paths joined by `／` and ` > `, a PDF read column by column with its
/// label columns one after another, a table split across two pages by
/// its columns, a script's ` | ` dump of a Word table). Scored once
/// before the changes it prompted: 3,598 of 3,918 cells right, 0 wrong,
/// 2 of 14 sound reports with a false finding (`missing_table`), 6 of 6
/// flaws found.
#[test]
fn accuracy_on_the_fourth_handwritten_set() {
    let s = scored("handwritten-round4", 0, 0);
    every_flaw_found(&s);
    // Read whole since that round: the column-by-column PDF (labels a
    // label column at a time, blank columns only their header), the
    // path-labelled CSV and tab exports, the ` | ` dump.
    for route in ["column-major", "csv", "tabs", "docx-dump"] {
        let r = &s.routes[route];
        assert_eq!(
            r.right, r.cells,
            "{route}: {} of {} cells right",
            r.right, r.cells
        );
    }
}

/// A fifth round of twenty reports written by hand outside the tuning
/// loop, of what office software and government sites emit: Word, Excel
/// and LibreOffice HTML, CSS tables of `<div>`s, Big5, UTF-16LE plain
/// text, GBK CSV, pdftotext `-raw`; section 三 in two tables, its columns
/// under 法人或其他组织 in the header's own order, section 四 as two
/// tables, units and dashes in cells. Scored once before the changes it
/// prompted: 3,867 of 3,903 cells right, 26 wrong (the reordered
/// columns read in the template's order), 10 unread, no false finding,
/// 6 of 6 flaws found.
#[test]
fn accuracy_on_the_fifth_handwritten_set() {
    let s = scored("handwritten-round5", 0, 0);
    every_flaw_found(&s);
    every_cell_right(&s);
}

/// A sixth round of twenty reports written by hand outside the tuning
/// loop: odd but lawful reports and tables that wander from the template
/// (a 续表 across pages with running headers, notes under tables and a
/// 备注 column, a table of contents, headings worded otherwise or numbered
/// wrong, Kangxi radicals from a PDF's fonts, figures beside the key ones
/// in the prose, `<caption>`/`<thead>`/`<tfoot>` with a nested note,
/// rowspan for colspan, thousands separators and 元, appendix tables,
/// a 小计 column, section 二 with extra rows or in another order, a
/// sixteenth column 合计 in section 四). Scored once before the changes it
/// prompted: 3,680 of 3,861 cells right, 0 wrong, 3 of 14 sound reports
/// with a false finding, 5 of 6 flaws found.
#[test]
fn accuracy_on_the_sixth_handwritten_set() {
    let s = scored("handwritten-round6", 0, 0);
    every_flaw_found(&s);
    every_cell_right(&s);
}

/// A page number between the labels of a column-major dump (pdfminer's
/// text of a PDF, its section 三 printed label after label, then value
/// after value): the run of labels then starts after the table's first
/// rows, whose values are in the dump too. No guess of the dump's rows is
/// taken from such a run (each row shifted by two still adds up), so no
/// cell is read wrong.
#[test]
fn a_page_number_among_a_dumps_labels_shifts_no_row() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/external/pdf-dev/27-2019-2019-outcome-total");
    let text = std::fs::read_to_string(dir.join("pdfminer.txt")).unwrap();
    let at = text.find("二、上年结转政府信息公开申请数量\n").unwrap();
    let cut = at + "二、上年结转政府信息公开申请数量\n".len();
    let changed = format!("{}3\n{}", &text[..cut], &text[cut..]);
    let rec = process_bytes("x/pdfminer.txt", changed.as_bytes(), &Options::default());
    let rec = serde_json::to_value(&rec).unwrap();
    let truth: Value =
        serde_json::from_slice(&std::fs::read(dir.join("truth.json")).unwrap()).unwrap();
    let mut wrong = Vec::new();
    for (row, cols) in truth["requests"].as_object().unwrap() {
        for (col, want) in cols.as_object().unwrap() {
            let got = &rec["requests"][row][col];
            if !got.is_null() && !want.is_null() && got.as_f64() != want.as_f64() {
                wrong.push(format!("{row}.{col}: {got} (is {want})"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// PDF text in drawing order (`pdftotext` without `-layout`) can print a
/// row's first value before its label and the next row's value among its
/// own: holdout report 19's `2.重复申请` prints `0 1 0 0 0 1 0` after its
/// label, a 0 of its own before the label above it, for `0 0 1 0 0 0 1`.
/// Read as printed, it broke its 总计 and raised a row_total finding on a
/// sound report, with four cells wrong. With a value moved across the
/// label it adds up, so its cells are left null and the two readings
/// listed. A row of zeros with a 总计 of 1 (fresh-dev report 2's
/// 结转下年度, the report's own flaw) is no such case: zeros add up
/// whatever their order, so it is read and its break found.
#[test]
fn a_value_that_crossed_a_label_is_no_finding() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/external");
    let read = |p: &str| {
        let path = root.join(p);
        let bytes = std::fs::read(&path).unwrap();
        serde_json::to_value(process_bytes(
            &path.to_string_lossy(),
            &bytes,
            &Options::default(),
        ))
        .unwrap()
    };
    let codes = |r: &Value, code: &str| -> Vec<String> {
        r["issues"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["code"] == code)
            .map(|i| i["where"].as_str().unwrap().to_string())
            .collect()
    };
    let rec = read("holdout/19-2023-2021/pdf-plain.txt");
    assert!(codes(&rec, "identity.row_total").is_empty(), "{rec}");
    let row = &rec["requests"]["rejected_duplicate"];
    assert!(
        row.as_object().unwrap().values().all(Value::is_null),
        "{row}"
    );
    let flag = rec["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["where"] == "requests.rejected_duplicate")
        .unwrap();
    assert_eq!(flag["code"], "structure.ambiguous_columns");
    assert_eq!(
        flag["found"]["readings"],
        serde_json::json!(["0|1|0|0|0|1|0", "0|0|1|0|0|0|1"])
    );
    let rec = read("fresh-dev/02-2022-2021-row-total/bs4-lines.txt");
    let row = &rec["requests"]["carried_forward"];
    assert_eq!(row["total"], 1);
    assert_eq!(row["natural_person"], 0);
    assert!(
        codes(&rec, "identity.row_total").contains(&"requests.carried_forward.total".to_string())
    );
}

/// Section 四's row printed with one number more than its fifteen and no
/// header cell to say why (a data frame's row number `0` before the
/// values): the fifteen whose groups add up are read, not the first
/// fifteen. The bundled TSV report's row `0…0 4 0 0 3 7` led by a `0`.
#[test]
fn a_number_before_section_four_row_is_dropped_by_its_totals() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/layouts");
    let text = std::fs::read_to_string(root.join("tsv-2021.tsv")).unwrap();
    let row = "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t4\t0\t0\t3\t7\n";
    assert_eq!(text.matches(row).count(), 1);
    let text = text.replace(row, &format!("0\t{row}"));
    let rec = serde_json::to_value(process_bytes(
        "tsv-2021.tsv",
        text.as_bytes(),
        &Options::default(),
    ))
    .unwrap();
    let truth: Value =
        serde_json::from_slice(&std::fs::read(root.join("tsv-2021.truth.json")).unwrap()).unwrap();
    assert_eq!(rec["review_litigation"], truth["review_litigation"]);
    assert!(
        rec["issues"].as_array().unwrap().is_empty(),
        "{}",
        rec["issues"]
    );
}

/// PDF text that prints a page's last labels after the numbers beside
/// them: tune report 2's `pdftotext` text prints 二、上年结转's label,
/// then fourteen numbers, then 三、本年度 / （一）予以公开. The numbers
/// are exactly the two rows' columns, not all 0, and each row adds up
/// read row after row (and not read column after column), so they are
/// read so, marked `order`; they were left null.
#[test]
fn values_printed_before_the_next_rows_label_are_read_in_order() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/external/tune/02-2020-2019-row-total/pdf-plain.txt");
    let bytes = std::fs::read(&path).unwrap();
    let rec = serde_json::to_value(process_bytes(
        "x/pdf-plain.txt",
        &bytes,
        &Options::default(),
    ))
    .unwrap();
    let row = |k: &str| -> Vec<Value> {
        let r = &rec["requests"][k];
        [
            "natural_person",
            "business",
            "research",
            "nonprofit",
            "legal_service",
            "other_org",
            "total",
        ]
        .iter()
        .map(|c| r[*c].clone())
        .collect()
    };
    assert_eq!(
        row("carried_over"),
        serde_json::json!([0, 0, 0, 1, 0, 0, 1])
            .as_array()
            .unwrap()
            .clone()
    );
    assert_eq!(
        row("granted"),
        serde_json::json!([0, 0, 0, 0, 0, 2, 2])
            .as_array()
            .unwrap()
            .clone()
    );
    assert_eq!(rec["inferred"]["requests.granted.other_org"], "order");
}

/// A seventh round of twenty reports written by hand outside the tuning
/// loop: what sites and converters not tried before make of a report. A
/// WeChat article, a page whose `<meta>` names the wrong charset, lynx
/// and w3m dumps (columns of spaces, box-drawing borders), antiword's
/// `|cell|` rows, Tesseract OCR (spaced characters, label characters
/// misread: 许叮, 子以公开, 公幵, 机枃, 维特), Apache Tika and docx2txt
/// text, section 三 transposed (applicants as rows), footnote marks on
/// numbers (`4817①`, `99*`, `3注`), section 四 written only as sentences,
/// full-width digits with full-width thousands separators, a Typora
/// Markdown export with `<br>` in cells, a 2021 report on the 2019
/// template, RTF text wrapped at 80 columns, running headers and a
/// watermark inside PDF tables, an article HTML-escaped once more,
/// sections in the order 一二四三五六 with an extra 七 holding a 合计 row,
/// pdf2htmlEX's positioned lines, a phone page cut at its 展开全文 link.
/// Scored once before the changes it prompted: 3,455 of 3,901 cells
/// right, 0 wrong, 416 unread, 5 of 14 sound reports with a finding (one
/// of them the charset notice, counted as an alarm then), 3 of 6 flaws
/// found.
#[test]
fn accuracy_on_the_seventh_handwritten_set() {
    let s = scored("handwritten-round7", 0, 0);
    every_flaw_found(&s);
    every_cell_right(&s);
}

/// An eighth round of twenty reports written by hand outside the tuning
/// loop, in archive forms no earlier round tried: a Word MHTML archive
/// (quoted-printable GB2312), Xpdf's `pdftotext -table`, Google Docs and
/// WPS HTML, an Evernote `.enex`, a Baidu Wenku copy, Excel clipboard
/// TSV and pasted Excel HTML with hidden rows, a CMS JSON API response,
/// a reStructuredText list table, an Org-mode file, `tabulate`'s fancy
/// grid, `pdftotext -bbox-layout` (positioned words), a filing system's
/// preview whose values stand in `<input>` fields, `pdftotext -htmlmeta`
/// (layout text in a `<pre>`), LibreOffice flat XML (`.fodt`), an LLM's
/// Markdown rewrite with headings decorated by emoji, nested layout
/// tables, pandoc HTML5 with 总计 printed before 自然人, `mutool`'s text.
/// Scored once before the changes it prompted: 2,445 of 3,908 cells
/// right, 54 wrong (all from the 总计-first columns), 6 of 14 sound
/// reports with a finding, 5 of 6 flaws found.
#[test]
fn accuracy_on_the_eighth_handwritten_set() {
    let s = scored("handwritten-round8", 0, 0);
    every_flaw_found(&s);
    every_cell_right(&s);
}

/// A ninth round of twenty reports written by hand outside the tuning
/// loop, aimed at odd but sound reports and subtle flaws: Word 2003 XML,
/// Confluence, AsciiDoc, LaTeX, MediaWiki, Textile and BBCode tables,
/// DocBook (CALS spans, sub-rows numbered ①②), JATS, an RSS item, EPUB
/// XHTML, a Jupyter data frame, a Lotus Domino page, ps2ascii text with
/// changes written ↓3, a screen reader's tables as sentences, GB18030
/// four-byte characters under a gb2312 meta, HZ mail text, a file half
/// GBK and half UTF-8, a quoted-printable e-mail cut mid-row. Scored once
/// before the changes it prompted: 2,486 of 3,916 cells right, 7 wrong,
/// 10 of 14 sound reports with a finding, 3 of 6 flaws found. Its LaTeX,
/// BBCode, MediaWiki, Textile and AsciiDoc tables, and its tables written
/// as sentences, are read as grids (`parse::markup`): every flaw found, no
/// finding on a sound report, none wrong (the cells left are the cut
/// mail's rows and the sentences' `无`, read as blank).
#[test]
fn accuracy_on_the_ninth_handwritten_set() {
    let s = scored("handwritten-round9", 0, 0);
    every_flaw_found(&s);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 3_876, "{right} cells right");
}

/// A tenth round of twenty reports written by hand outside the tuning
/// loop, each in one of the five flattenings the extractor rebuilds,
/// made the way real tools make them: Word's and WPS's save-as-text and
/// LibreOffice's (one cell a paragraph, blank cells as empty lines or
/// left out, headers typed one character a line), a browser's copy,
/// pandas `to_markdown`, a spreadsheet's CSV (merged cells empty, rows
/// padded), GFM with joined labels and 4-digit counts, an unmerged and
/// filled TSV, pdfplumber, `pdftotext -layout` with every zero blank,
/// pdfminer, Tika, three column-major dumps (labels then values; each
/// column after its caption; split at a page), three run-together texts
/// and antiword's. Scored once before the changes it prompted: 96.9 % of
/// 3,898 cells right, 9 wrong, 3 of 14 sound reports with a finding, 6
/// of 6 flaws found. Now 3,873 right (the rest flagged: rows of a lone
/// `0`, a cut report's last rows), none wrong.
#[test]
fn accuracy_on_the_tenth_handwritten_set() {
    let s = scored("handwritten-round10", 0, 0);
    every_flaw_found(&s);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 3_873, "{right} cells right");
}

/// An eleventh round of twenty reports written by hand outside the
/// tuning loop, flattened by tools no round had used (the real ones where
/// they could be run): `lynx -dump`, `w3m -dump` (box-drawing borders),
/// Python html2text, Excel's Unicode text (UTF-16LE), Acrobat's save as
/// text, a Tesseract reading of a scan (rules read as `|`, `I`, `l`; 公幵,
/// 杋构, 子以公开), a CMS page with section 三 split into two tables, a
/// WeChat article, full-width digits with 〇 for zero, `pdftotext`
/// without `-layout`, a python-docx dump (merged cells repeated), a
/// Feishu export, a 2019-format column-major dump, a crawler's run-
/// together text, Word's filtered HTML in GB2312, a plain-text edition
/// whose sub-rows are numbered only (`1.`), a Google Sheets TSV, a Gmail
/// copy cut mid-table, Tika's XHTML (`<title/>`), Word's object-model text
/// (cells ended by BEL). Scored once before the changes it prompted:
/// 87.5 % of 3,910 cells right, none wrong, 4 of 14 sound reports with a
/// finding, 6 of 6 flaws found.
/// Now none wrong and no finding on a sound report: the letters OCR read
/// for the scan's rules (`0 I 0 l 0`), which it reads for the digit 1 as
/// well, are dropped only where the row's 总计 adds up without them and
/// not with them read as 1 (else left as the text they are; a review
/// showed `1l` for 11 read as 1), which reads the scan whole.
#[test]
fn accuracy_on_the_eleventh_handwritten_set() {
    let s = scored("handwritten-round11", 0, 0);
    every_flaw_found(&s);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 3_898, "{right} cells right");
}

/// A twelfth round, written by hand outside the tuning loop to test the
/// findings rather than the parsing: fourteen sound reports with what
/// looks like a flaw and is not (prose giving last year's count, the
/// change, the carried-over and handled counts, counts by channel,
/// Chinese numerals, 余; notes under the tables; blank rows; 5-digit
/// counts), and six with one subtle slip each. Scored once before any
/// change: every flaw found with its code, no finding on a sound report,
/// every cell right but a cut page's last row (read since: the cells a
/// page cut off mid-row printed whole stand in their places; the last
/// one, which the cut may have cut into, is left null: 3,890 of 3,891).
#[test]
fn accuracy_on_the_twelfth_handwritten_set() {
    let s = scored("handwritten-round12", 0, 0);
    every_flaw_found(&s);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 3_890, "{right} cells right");
}

/// A thirteenth round, written by hand outside the tuning loop: reports
/// printed to real PDFs (headless Chromium) and read back by the PDF
/// tools people use, each run for real: pypdf (plain and layout), PyMuPDF
/// (text, words), pdfminer.six (its HTML of positioned boxes; all texts
/// with a wide char margin), pdfplumber (layout text, tables as CSV),
/// Camelot, tabula (stream mode, columns merged: `27 4 0 0 1`),
/// `pdftotext -raw`, `-layout` with headers a character a line and
/// `-bbox-layout`, pdf.js, RapidOCR of a scan, `pdftohtml`, MuPDF,
/// pymupdf4llm's Markdown, PDFium, and a PDF whose own table puts 总计
/// first. Scored once before the changes it prompted: 89.5 % of 3,917
/// cells right, 4 wrong (tabula's merged columns read as one number,
/// `274001`, `317000`), 2 of 14 sound reports with a finding, 6 of 6 flaws
/// found. Now none wrong: a space between digits stands only between
/// thousands; and a header that prints 合计 first is read as one that
/// prints 总计 first (the form-only change to 合计 read 62 cells of the
/// 总计-first report wrong); a label pymupdf4llm cut down its middle
/// into two cells is the template label of the same characters; and
/// pdfminer's HTML of positioned text boxes is laid out by the boxes'
/// places (8.5 % → every cell); tabula's labels wrapped around their
/// values (the values on a line of their own, under a row of blank cells)
/// are read as the row above's, and its cells over two columns (`0 0`)
/// parted: 3,731 → 3,770 right, its one sound report with a finding
/// (three outcome_total findings of rows left unread) now has none.
/// Left: tabula's rows whose columns it merged.
#[test]
fn accuracy_on_the_thirteenth_handwritten_set() {
    let s = scored("handwritten-round13", 0, 0);
    every_flaw_found(&s);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 3_770, "{right} cells right");
}

/// A fourteenth round, outside the tuning loop, of real published reports
/// as public repositories keep them: a crawler's text copies of
/// pingtan.gov.cn's reports (2019–2025; the overall reports and four
/// departments'), its cells glued with no separator (`801000081`), and
/// Shanghai's 2019 page as stored (with its w3m dump). Three real flaws:
/// two outcome totals that the outcome rows do not add up to, and prose
/// that gives the total handled as the requests received. Scored once
/// before any change: 2,510 of 2,586 cells right, 0 wrong, none of the
/// 10 sound copies with a finding, 3 of 3 flaws found; what is not read is
/// a glued run of digits that splits more than one way (flagged).
#[test]
fn accuracy_on_the_fourteenth_handwritten_set() {
    let s = scored("handwritten-round14", 0, 0);
    every_flaw_found(&s);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 3_506, "{right} cells right");
}

/// A fifteenth round, kept out of the tuning loop and scored once: the
/// hand-written reports' own HTML (the hand-written holdout, rounds four
/// to seven, round fourteen's real CMS pages: 33 reports) through five
/// converters no set had used (MarkItDown, Zyte's html-text, lxml's
/// `text_content()`, selectolax, html2text without tables;
/// `tests/external/make_round15.py`). Scored once: 92.2 % of 32,105
/// cells right, none wrong, 6 of 105 sound reports with a finding;
/// identity recall 39 of 50 (review_total 9 of 15 and row_total 2 of 5:
/// rows run together that split several ways, one with a blank 总计),
/// precision 100 %. Since: MarkItDown's page inside one layout-table
/// cell is parted onto lines, and section 三 printed by columns with its
/// cells run together is said to be there (not `missing_table`); a
/// heading whose number a Word page's spans put on a line of its own
/// (`六、` / `其他需要报告的事项`) is found; a table's last three rows
/// run into the rest of the page on one line are cut back into lines:
/// a 小计 column is left out of rows whose merged label left blank cells
/// before their eight values: 29,725 right, none of 105 with a finding.
/// Then: section 三 printed transposed is turned back from the text (its
/// runs of digits split by the columns' sums), a 小计 line left out,
/// MarkItDown's rows nested by unclosed cells parted, a caption's table
/// number no value, a heading with its table beside it found: 30,763
/// right, row_total 3 of 5. A section 四 run into fifteen digits with a
/// broken total splits as a sound one whose group prints only its 总计
/// does; it is judged only where its reading that fills every cell holds
/// both of the prose's figures (行政复议, 行政诉讼): review_total 15 of 15.
/// Left: html-text's Word spans printed `2 0` for 20.
#[test]
fn accuracy_on_the_fifteenth_handwritten_set() {
    let s = scored("handwritten-round15", 0, 0);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 30_788, "{right} cells right");
    let found = |code: &str| s.codes.get(code).map_or(0, |c| c.found);
    assert!(found("identity.balance") >= 10);
    assert!(found("identity.outcome_total") >= 13);
    assert!(found("identity.review_total") >= 15);
    assert!(found("identity.row_total") >= 3);
    assert!(found("narrative.mismatch") >= 5);
}

/// Round sixteen (`tests/external/make_round16.py`): twelve reports typed
/// by hand as pages, printed to PDF by Chromium and read back by PyMuPDF
/// (its text, and its blocks sorted by position), pypdf and pypdfium2.
/// Scored once, out of the tuning loop until then (at 244729c): 10,973 of
/// 11,960 cells right (91.7 %), 44 wrong, 1 of 35 sound copies with a
/// finding: PyMuPDF's sorted blocks print a wrapped label's values before
/// it and a one-line label's in its own block, which the reader took for
/// values after their label (43 cells wrong, a sound copy's balance and
/// narrative broken). Since, a block of values that cannot belong to the
/// label before it goes to the label after it: 11,156 right, 1 wrong
/// (pypdf's `213.47 万元`, its unit lost), none of 35 with a finding; a
/// group's label wrapped as `（六）其他` / `处理` is no column's header:
/// 11,226 right; a sum of money a space before its unit keeps it: none
/// wrong.
#[test]
fn accuracy_on_the_sixteenth_handwritten_set() {
    let s = scored("handwritten-round16", 0, 0);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 11_227, "{right} cells right");
    let found = |code: &str| s.codes.get(code).map_or(0, |c| c.found);
    assert!(found("identity.balance") >= 5);
    assert!(found("identity.outcome_total") >= 5);
    assert!(found("identity.review_total") >= 5);
    assert!(found("identity.row_total") >= 5);
    assert!(found("narrative.mismatch") >= 5);
    assert_eq!(s.routes.get("page").map(|r| r.right), Some(2_392));
}

/// Round seventeen (`tests/external/make_round17.py`): ten reports typed
/// by hand as pages (labels wrapped in narrow columns, a 小计 column, a
/// header repeated over a page break, rows numbered `1、`, values set
/// right), printed to PDF by Chromium and read back by tesseract's OCR
/// (page segmentation 6 and 3), pdftotext `-layout` and `-raw`, and
/// pandoc's plain text of the page. Scored once, out of the tuning loop
/// until then (at ee32d2d): 7,950 of 11,964 cells right (66.4 %), 23
/// wrong, 10 of 30 sound copies with a finding, nearly all of it the OCR
/// routes (tesseract reads the table's rules as `|`, `l`, `o` and runs
/// neighbouring cells' digits together: 4.5 % and 43.9 % right). Since, a
/// 小计 column whose header prints `小` and `计` apart is found by its sums
/// (pdftotext 80.3 → 87.0 % and 78.8 → 86.2 %): 8,230 right. Then a
/// header whose names pdftotext joined by single spaces after other
/// words (`等于第三 自然`, `人 商业企 科研机`, `其 总计`) gives the columns
/// of a table with two columns blank throughout, and its next page, laid
/// out anew, takes them by the rank of its values (`-layout` 87.0 →
/// 98.7 %): 8,471 right. The caps hold the figures; the OCR routes are
/// the work left.
#[test]
fn accuracy_on_the_seventeenth_handwritten_set() {
    let s = scored("handwritten-round17", 23, 9);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 8_496, "{right} cells right");
    assert_eq!(s.routes.get("page").map(|r| r.right), Some(1_994));
}

/// Round eighteen: ten pages typed by hand (a portal's clutter, a Word
/// export with 法人或其他组织 over two header rows, a GBK page, blank
/// columns, rows left wholly blank, TRS and spreadsheet markup, signed
/// changes, 万元 in the cell), read back by routes no earlier set used:
/// w3m, links and elinks dumps, LibreOffice's text and its PDF through
/// pdftotext's default order, mutool's text of Chromium's PDF, pandoc's
/// GFM and reStructuredText, pandas' tab-separated tables. Scored once at
/// 5102306, out of the tuning loop until then: 85.1 % right (16,954 of
/// 19,920), 34 wrong, 7 of 50 sound copies with a finding (pandoc's GFM
/// taken for an HTML fragment, three copies said not to be reports;
/// LibreOffice's PDF read with each row's values taken from the next).
/// Mended since: 91.7 % (18,270), 9 wrong, none; the caps hold that.
#[test]
fn accuracy_on_the_eighteenth_handwritten_set() {
    let s = scored("handwritten-round18", 9, 0);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 18_270, "{right} cells right");
    assert_eq!(s.routes.get("page").map(|r| r.right), Some(1_992));
}

/// Round nineteen: ten pages typed by hand, read back by routes no earlier
/// set used: Chromium's innerText and select-all text, five readers of
/// LibreOffice's PDF (PyMuPDF's text, sorted and not, pymupdf4llm's
/// Markdown, pdfplumber's and pdftotext's layout) and three of its DOCX
/// (pandoc's plain text and Markdown, docx2python). Scored once at
/// f8a51f4, out of the tuning loop until then: 94.7 % right (20,753 of
/// 21,912), 37 wrong (pymupdf4llm's two cells in one, `4<br>2`, read as
/// 42), 10 of 55 sound copies with a finding. Mended since: 97.4 %
/// (21,345), 2 wrong, 4 of 55 (05's PDF, whose page LibreOffice cut at
/// the left margin, its headings' first words lost; pymupdf4llm's table of
/// it dropped an empty column, and its rows, as wide as the header that
/// names 总计, are no longer taken for rows trimmed at their end: 5 wrong
/// now flagged); the caps hold that.
/// Since 2026-12-08 05's headings are found by their tails
/// (`公开政府信息情况`, `和处理政府信息公开申请情况`, then `情况` in its
/// place), and its section 二, whose labels the margin took (`文件`, `可`,
/// `罚`), is said unread rather than missing, as is its section 四 row
/// that lost its first three cells to the margin (pymupdf4llm): 21,415
/// right, none of 55.
#[test]
fn accuracy_on_the_nineteenth_handwritten_set() {
    let s = scored("handwritten-round19", 2, 0);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 21_415, "{right} cells right");
    assert_eq!(s.routes.get("page").map(|r| r.right), Some(1_992));
}

/// Round twenty: ten pages typed by hand, printed to PDF by headless
/// Chromium (read by pdftotext in its default order, pypdf's layout mode,
/// pdfplumber, markitdown and pymupdf4llm) and written to DOCX by pandoc
/// (read by markitdown, docx2python and pandoc's plain text). Scored once
/// at 308ef32, out of the tuning loop until then: 88.0 % right (15,781 of
/// 17,928), 269 wrong (a page cut at its right margin read a column on by
/// two Markdown readers; pdftotext's values before their labels), 5 of 45
/// sound copies with a finding. Mended since: 8 wrong, 1 of 45 (most of
/// the wrong cells now flagged; 15,832 right, pdftotext's labels-then-
/// values dumps read row after row where the rows' totals show it, and
/// Markdown rows as wide as their header no longer taken for trimmed);
/// the caps hold that.
/// Since 2026-12-06 a row that lost its blank cells takes its 总计 where
/// a reading puts a number above zero there that two or more printed
/// parts above zero add up to (`18 1 19`), every token read whole; where a
/// layout had already put another row's values on the row, that now reads
/// wrong instead of null (15,832 → 15,902 right, 8 → 10 wrong: chrome-pdf-pdftotext's 03 and 05).
/// Since 2026-12-07's afternoon a row of a table that prints its totals
/// whose 总计 no placement fits is kept broken for the checks (05), and
/// column names wrapped one character a line place their columns: 16,066
/// right. Since 2026-12-07's evening a table whose 总计 column was cut off
/// the page (02 through pypdf's layout) is read by the columns its header
/// names: 16,084 right.
#[test]
fn accuracy_on_the_twentieth_handwritten_set() {
    let s = scored("handwritten-round20", 10, 1);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 16_084, "{right} cells right");
    assert_eq!(s.routes.get("page").map(|r| r.right), Some(1_992));
}

/// Round twenty-one: ten pages typed by hand in markup no earlier set used
/// (tables of `<div>`s, a CSS grid, a 序号 column, section 三 in separate
/// and continued tables, full-width digits), read back by trafilatura,
/// Readability, html-to-text, turndown, pdf.js of a Chromium PDF, and
/// mammoth and docx2txt of LibreOffice's DOCX
/// (`tests/external/make_round21.py`). Scored once at 6d8dbd4, out of the
/// tuning loop until then: 86.5 % right (18,954 of 21,912), 7 wrong, 7 of
/// 55 sound copies with a finding (the `<div>` tables and the 序号 column
/// unread on the page itself, mammoth's `__` headings). Mended since:
/// 19,629 right, none wrong, no sound copy with a finding. 04's planted
/// （七）总计 slip, whose rows print 总计 always and zeros nowhere else
/// (`18 1 19`, `1 1`, `0`), found on 1 of its 11 copies until a table
/// that shows its 总计 printed read `1 1` as a part and its 总计, and a
/// blank 总计 of a row that holds nothing added 0 in the 总计 column:
/// 10 of 11, 19,940 right. The caps hold that. Its 05's 序号 column read
/// as no values (2026-12-07): 20,710 right.
#[test]
fn accuracy_on_the_twenty_first_handwritten_set() {
    let s = scored("handwritten-round21", 0, 0);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 20_710, "{right} cells right");
    assert_eq!(s.routes.get("page").map(|r| r.right), Some(1_992));
    let found = |code: &str| s.codes.get(code).map_or(0, |c| c.found);
    assert!(found("identity.outcome_total") >= 10);
}

/// Round twenty-two: ten pages typed by hand in markup no earlier set used
/// (Calc and Excel web-page tables, units in cells, `<tfoot>` before
/// `<tbody>`, a section-三 header with 其他 beside 法人或其他组织, two CMS
/// pages in one file, layout tables, footnote marks, a python-docx
/// source), read back by poppler (TSV lines, XML, single HTML), mutool
/// HTML, pandoc (AsciiDoc, Jira, DokuWiki, CommonMark-x, man through
/// groff), PyMuPDF's `find_tables`, pdfplumber's tables, python-docx and
/// odt2txt (`tests/external/make_round22.py`). Scored once at f9f2134,
/// out of the tuning loop until then: 77.9 % right (21,868 of 28,088, the
/// source DOCX counted), 103 wrong, 25 of 71 sound copies with a finding.
/// Mended since: 23,702 of 27,888 right, 15 wrong (poppler's TSV lines
/// of 10, whose rows print their values before their labels and leave
/// blank cells out, 14 of them), 7 of 70 sound copies with a finding; the
/// caps hold that.
/// Since 2026-12-06 a row that lost its blank cells takes its 总计 where
/// a reading puts a number above zero there that two or more printed
/// parts above zero add up to (`18 1 19`), every token read whole; where a
/// layout had already put another row's values on the row, that now reads
/// wrong instead of null (23,702 → 24,064 right, 15 → 16 wrong: poppler's TSV lines of 10).
/// Since 2026-12-07's afternoon column names wrapped one character a line
/// place their columns, and a label wrapped past its values keeps them:
/// 24,102 right. A sub-row a table extractor lost before the rest of its
/// group (03's 1.属于国家秘密, through pdfplumber's tables) is said unread
/// and no outcome_total is claimed through it: 6 of 70 (2026-12-07).
/// python-docx's dump of 07 and 08, the page's paragraphs and then its
/// tables, reads each table after the prose (section 二, 三 and 四
/// print their headings and captions only): 24,494 right, 4 of 70
/// (2026-12-07, night).
/// pandoc's DokuWiki of 03 and 09, each page in one cell of a layout
/// table, its lines parted by forced breaks (`\\ `), read line by line;
/// python-docx's dump of 05 and 10, whose sections 二 and 三 hold a note
/// or the page's pagination beside their headings, read their tables
/// after the prose: 25,217 right, 2 of 70 (2026-12-08).
#[test]
fn accuracy_on_the_twenty_second_handwritten_set() {
    let s = scored("handwritten-round22", 16, 2);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 25_217, "{right} cells right");
    assert_eq!(s.routes.get("page").map(|r| r.right), Some(1_992));
}

/// Round twenty-three: ten pages typed by hand in markup no earlier set
/// used (a WPS export in GB2312, `display:table` grids of `<ul>`, section
/// 三 split into two tables side by side, its columns reordered with 总计
/// first, section 二 as prose and one table a row, spaced labels, a GBK
/// quirks page with 合计 for 总计, section 四 transposed, full-width
/// digits, `<p>` in every cell with comments and scripts in tables, a
/// Markdown-rendered page, header and body in separate tables), read
/// back by pandoc (Org, MediaWiki, Textile, Texinfo, ms through groff,
/// RTF through unrtf), w3m, elinks, links, pdftotext (`-fixed 3`, a
/// landscape `-layout`), PyMuPDF (words regrouped into rows, XHTML),
/// LibreOffice Calc's CSV and tesseract `--psm 4`
/// (`tests/external/make_round23.py`). Scored once at 062328b, out of
/// the tuning loop until then: 75.7 % right (24,124 of 31,872), 538
/// wrong, 32 of 80 sound copies with a finding (538 of the wrong cells
/// in 04, whose section 三 prints 总计 first and the five under 法人或其他
/// 组织 in another order). Mended since: the five's order read from heads
/// that wrapped on one line of aligned text, 总计 moved on lines of a
/// label and its numbers and in rows padded with blank cells, section
/// 三's heading found atop a cell of lines (unrtf's page in one table),
/// pandoc's MediaWiki and Textile with the page's tags left in read as
/// text (they were taken for HTML: 17.8 and 22.9 % right), MediaWiki's
/// bold headings, and Textile's escaped signs (`&#43;2`, `&#45;`): 27,017
/// right, 230 wrong, 22 of 80. A label that a text browser wrapped after
/// its path's separator, its values on the first line (`三、本年度办理结果
/// / （三）不予公开 /  1 1 2` over `4.保护第三方合法权益`), is joined to
/// the line that finishes it (09 through links, w3m, groff: the values had
/// gone to the row above).
/// Since 2026-12-06 a row that lost its blank cells takes its 总计 where
/// a reading puts a number above zero there that two or more printed
/// parts above zero add up to (`18 1 19`), every token read whole; where a
/// layout had already put another row's values on the row, that now reads
/// wrong instead of null (27,200 right, 234 wrong).
/// Since 2026-12-07 04's columns, printed 总计 first and 法律服务机构
/// before 科研机构, are read in that order where the header says so in a
/// way not read before: a spreadsheet's CSV by the places its header
/// names them at, heads wrapped one a line (`科研机` over `构`), heads
/// printed a character a line down aligned columns (w3m); and a group's
/// label wrapped beside its sub-row's (`（三 3.危及…`) leaves the sub-row's
/// read: 27,608 right, 73 wrong, 18 of 80.
/// Later that day 07's section 四 as one row per group under a label two
/// columns wide (pandoc's Org, Textile, MediaWiki: `| 行政复议 | | 1 | …`,
/// its empty second column no value), w3m's `１` / `５` (15 wrapped in a
/// column one character wide) and 03's section 三 printed as two tables
/// side by side (the page, pandoc's Org, Textile, MediaWiki; the text
/// browsers' copies lose the blank cells that line the two parts up and
/// stay unread): 27,876 right, 65 wrong, 17 of 80.
/// Later still, a column's name of two characters wrapped one a line (`其`
/// over `他`, `总` over `计`: pdftotext's and groff's 05) names its column
/// where it stands, and a label wrapped past its values, its first piece
/// on their line (`（一  14 5 …` over `）予` / `以 公` / `开`, groff), keeps
/// them: 28,066 right, 64 wrong. fitz's word rows of 09 (sections 三's
/// and 四's headings beside the prose, every table after the last
/// heading) read its tables there: 28,148 right, 63 wrong, 14 of 80
/// (2026-12-07, night). Calc's CSV of 02, one quoted cell a line, finds
/// its headings inside the quotes (`"一、总体情况"`): 28,169 right, 13 of
/// 80 (2026-12-08).
#[test]
fn accuracy_on_the_twenty_third_handwritten_set() {
    let s = scored("handwritten-round23", 63, 13);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 28_169, "{right} cells right");
}

/// Round twenty-four: ten pages typed by hand in markup no earlier set
/// used (section 三 split by a page break with the header repeated, and
/// split by its columns into two tables one under the other with the
/// labels repeated; three label columns; `<span>`-padded numbers grouped
/// by thousands; section 四 as two tables side by side; labels worded a
/// little differently; zero-width spaces and soft hyphens in labels;
/// `<th scope=row>` labels; a `<caption>` note and a `<tfoot>` header),
/// read back by crawler text (BeautifulSoup with no separator, cheerio,
/// jsdom), inscriptis, lynx at 100 columns, pandoc (Haddock, Muse, plain
/// at 40 columns), pdfplumber's layout text and poppler's word boxes of
/// Chromium's PDF, pypdfium2 of LibreOffice's PDF, LibreOffice's text
/// export and its XLSX through openpyxl (`tests/external/make_round24.py`).
/// Scored once at 7e467bc, out of the tuning loop until then: 22,070 of
/// 27,888 right (79.1 %; the page itself 91.1 %), 31 wrong, 9 of 70 sound
/// copies with a finding, identity recall balance 0 of 14. Mended since:
/// rows worded with particles added or dropped (`上年度结转的…申请数量`,
/// `结转至下年度继续办理`) read as the template's; the two tables of a
/// section 三 split by its columns joined row by row (the page 100 %); a
/// change run into a count grouped by thousands cut before its first
/// separator (`+11,532`: `+1`, `1,532`); 22,609 right, 29 wrong, 9 of
/// 70, balance 9 of 14; section 四's row in Calc's sheet spread over
/// its merged cells' columns read from its fifteen printed cells: 22,699
/// right, 7 of 70 (round 23's calc-csv too: 27,320 right, 20 of 80).
/// Since 2026-12-07 section 四's group headers printed as a name over
/// blank cells (`| 行政复议 | | | | |`, pandoc's Haddock, Muse, plain
/// text) pad the header, not the group: 22,807 right. Section 三 printed
/// as two tables by its columns (04's `表3-1`, `表3-2（续表3-1）`) read in
/// text part by part, each on the columns its header names, where the
/// rows do not line up cell for cell (blank cells lost, Muse's rows
/// trimmed); a row of a table that prints its totals whose 总计 no
/// placement fits kept broken for the checks (06): 23,840 right, 12
/// wrong, row_total 9 of 14, outcome_total 4 of 14; column names wrapped
/// one character a line placing their columns: 23,958 right. The caps
/// hold that.
/// Left: inscriptis's 09, whose merged cells move its rows' values by a
/// column against its header (10 wrong); 04's two parts whose cells ran
/// together (BeautifulSoup, cheerio, jsdom: no identity within a part to
/// split them by).
#[test]
fn accuracy_on_the_twenty_fourth_handwritten_set() {
    let s = scored("handwritten-round24", 12, 7);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 23_958, "{right} cells right");
    // 02's planted balance slip, found on 9 of its 14 copies.
    let found = |code: &str| s.codes.get(code).map_or(0, |c| c.found);
    assert!(found("identity.balance") >= 9);
    assert_eq!(s.routes.get("page").map(|r| r.right), Some(1_992));
}

/// Round twenty-five: ten pages typed by hand in markup no earlier set used
/// (tables laid out by the page's style sheet, `<div>` rows of `<span>`
/// cells; `<colgroup>` and `<col span>`; labels split over `<p>`s and
/// `<br>`s; `——`, `/` and `无` for blank cells; rows numbered ① and （1）;
/// clutter tables around section 三; section 二 as a list of sentences;
/// notes marked `[1]` after labels), read back by w3m at 30 columns, lynx
/// at 40, pandoc (ZimWiki, XWiki, man, ConTeXt, PPTX through python-pptx),
/// pdftotext of WeasyPrint's PDF, pdfminer.six without box flow of an A3
/// landscape Chromium PDF, html.parser text nodes, node-html-parser and
/// pyquery (`tests/external/make_round25.py`). Scored once at 8046c81,
/// out of the tuning loop until then: 18,230 of 25,896 right (70.4 %;
/// the page itself 98.7 %), 48 wrong, 27 of 65 sound copies with a
/// finding. Mended since: tables laid out by the style sheet's classes,
/// notes in square brackets after a label: 18,384 right (71.0 %; the
/// page 99.5 %), 41 wrong, 19 of 65; section 二 as sentences across
/// blank lines, a sentence cut inside its last figure no row: 18,399
/// right, 40 wrong; a row whose 总计 no placement fits, in a table that
/// prints its totals, kept broken for the checks, and column names
/// wrapped one character a line placing their columns: 18,453 right; the
/// caps hold that. 08's `无` in
/// section 二's cells, which the set counts as blank, stayed
/// `value.unparsed` (3 of the 19) until `无` in a value cell was read
/// as a blank, `null` without a finding. pandoc's man (tbl,
/// every ideograph an escape) and ConTeXt read as tables: 21,100 right,
/// 11 of 65. Left: the tables pandoc itself cut short (ConTeXt, man,
/// PPTX), pdfminer's values printed before their labels (36 wrong),
/// section 二 written as sentences.
#[test]
fn accuracy_on_the_twenty_fifth_handwritten_set() {
    let s = scored("handwritten-round25", 40, 11);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 21_100, "{right} cells right");
}

/// Round twenty-six: ten pages typed by hand in markup no earlier set used
/// (`<figure>` and `<caption>`, `<th scope>`, `<tfoot>` before `<tbody>`,
/// full-width digits with full-width thousands commas, a table split at a
/// page break with its header repeated, the body as `&#x` entities, a
/// `<pre>` box-drawn sub-table, a report inside a layout table's cell,
/// a responsive table's column names hidden in every cell, ordinals in
/// cells of their own, Chinese numerals in the prose), read back by pandoc
/// (JSON, ICML, TEI, FictionBook, MultiMarkdown), html2text, BeautifulSoup
/// `get_text("|")`, resiliparse, node-html-markdown, Ghostscript's
/// txtwrite of an A5 PDF, pdftotext -raw of a B5 PDF and catdoc of a Word
/// 97 file (`tests/external/make_round26.py`). Scored once at 11ed9ea,
/// out of the tuning loop until then: 18,957 of 25,896 right (73.2 %; the
/// page itself 90.5 %), 62 wrong, 17 of 65 sound copies with a finding.
/// Mended since: elements the page's style hides are not read, a
/// navigation bar's spaces are no evidence of a table's blank cells (09's
/// `get_text("|")`: 24 wrong before), cells that print their column's name
/// before the value, a header row naming 总计 no row: 20,107 right (77.6 %;
/// the page 100 %), 38 wrong, 14 of 65; section 二's values printed on
/// the line above their labels (Ghostscript's txtwrite) put after them:
/// 20,177 right, 20 wrong; a row whose 总计 no placement fits kept broken
/// for the checks (06: row_total 9 of 13): 20,187 right; pandoc's JSON
/// tree, TEI's `<cell>`s and ICML's named cells read as tables: 24,387
/// right, 4 of 65. Left: txtwrite's section 三 and 四 rows whose values
/// stand above a one-line label (20 wrong), catdoc's garbled stretches.
#[test]
fn accuracy_on_the_twenty_sixth_handwritten_set() {
    let s = scored("handwritten-round26", 20, 4);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 24_387, "{right} cells right");
}

/// Round twenty-seven: ten pages typed by hand in markup no earlier set
/// used (UTF-16 with a BOM as Internet Explorer saves a page, a meta
/// charset that lies, XHTML served as XML, section 三 and 四 as ARIA
/// `role="table"` divs, HTML 4 with its optional end tags left out, blank
/// cells merged over a row's zero columns, section 四 as two stacked
/// tables, section 二 as `<dl>` cards of `名称：值`, numbers split into one
/// run per digit, an extra 备注 column), read back by pandoc (LaTeX,
/// DocBook 5, native), pandoc's DOCX through LibreOffice's text export,
/// pdftohtml's complex HTML of a Chromium PDF, mutool's structured-text
/// JSON and the pdftext package of WeasyPrint PDFs, html-to-markdown,
/// boilerpy3, a crawler's regex tag stripper and a viewer's copy of one
/// cell a line (`tests/external/make_round27.py`). Scored once at
/// d10ca23, out of the tuning loop until then: 19,047 of 23,904 right
/// (79.7 %; the page 97.2 %), 9 wrong, 13 of 60 sound copies with a
/// finding (10 of them pandoc's native AST and mutool's JSON, no report's
/// text: `input.not_a_report`). Mended since: a blank cell merged over
/// columns stands for each (06: `<td>1</td><td colspan="5"></td>`), and
/// `名称：值` lines naming a sub-table's columns whole and in order read as
/// their values (08's cards): 19,293 right (80.7 %; the page 100 %), 0
/// wrong; section 四 as two stacked tables whose group headers pad their
/// rows with blank cells (07 through html-to-markdown and DocBook): 19,323
/// right; a row whose 总计 no placement fits, in a table that prints its
/// totals, kept broken for the checks (06's row_total 4 → 10 of 12): 19,354
/// right; pandoc's native tree, mutool's stext.json laid out, LaTeX's
/// headings and `\foreignlanguage` runs outside and inside its tables:
/// 23,440 right, no sound copy with a finding. Left: 06's merged blanks
/// in text, where the one blank cell left cannot tell which columns it
/// stood for (read as ambiguous).
#[test]
fn accuracy_on_the_twenty_seventh_handwritten_set() {
    let s = scored("handwritten-round27", 0, 0);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 23_440, "{right} cells right");
}

/// Round twenty-eight (`tests/external/make_round28.py`), made by a
/// helper that read no line of the extractor: markup no round used
/// (drill-down links around counts, a 序号 column, digits as character
/// references, bidi marks around values, full-width thousands commas in
/// `<details>`, `<del>`/`<ins>` corrections, `<br>` after every
/// character, UTF-16BE, one table per row, an SVG chart) through routes
/// no round used (pandoc's ipynb, OpenDocument and markdown_strict,
/// pdftotext -nodiag of a Legal PDF, mutool inhibit-spaces, LibreOffice's
/// XHTML and PDF through Ghostscript, w3lib, parsel). Scored once at
/// e479d93, before any change aimed at it: 18,461 of 21,912 cells right
/// (84.3 %; the page 90.0 %), 73 wrong, 6 of 55 sound copies with a
/// finding. Mended since: direction marks are nothing, struck-out text
/// (`<del>`, `~~…~~`) is not read, a notebook is its cells' text, a 序号
/// column's numbers are no values, links around counts read as the
/// counts, a group's bracket cut beside a sub-row's label (`（ 1.属于…`)
/// is no part of it: 20,828 right (95.1 %; the page 100 %), 45 wrong, 2
/// sound copies with a finding. Left: 06's corrections where a route kept
/// the struck figure as text (`5557` for 55 struck, 57), and pdftotext's
/// order of 07's rows whose values stand before their labels.
#[test]
fn accuracy_on_the_twenty_eighth_handwritten_set() {
    let s = scored("handwritten-round28", 45, 2);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 20_828, "{right} cells right");
}

/// Round twenty-nine (`tests/external/make_round29.py`), made by a helper
/// that read no line of the extractor: markup no round used (values only
/// in read-only `<input>` fields, an in-page 目录, zeros printed `〇`,
/// `<ruby>` readings on every label, a screen reader's column name in
/// every value cell, parts reordered and renumbered, `<tfoot>` before
/// `<tbody>`, decreases with a non-breaking hyphen, GBK with `<data>`,
/// `件` after every value) through routes no round used (libxml2's
/// `string(//body)`, Perl's HTML::FormatText, edbrowse, Emacs shr, an
/// html5lib walker, PHP's DOM, wkhtmltopdf PDFs read by pdfminer `-A`
/// and by pdftotext's word boxes, html-xml-utils with sed, vilistextum).
/// Scored once at eea8438, before any change aimed at it: 15,665 of
/// 21,912 cells right (71.5 %; the page 88.5 %), 55 wrong, 10 of 55 sound
/// copies with a finding. Mended since: hyphens are minus signs, a sum
/// of money keeps its unit after a `|`, a column's name and a colon
/// before a value is no part of it, `件` after a row's values and `〇`
/// among them read as the page shows, a ruby's readings are not read:
/// 18,533 right (84.6 %; the page 100 %), 28 wrong, 8 of 55; characters
/// a decoder lost (U+FFFD, vilistextum's) stand for any one in a label or
/// a heading's number: 18,835 right (86.0 %), 6 of 55. Column headers
/// printed among section 二's values (pdfminer `-A` of a landscape page)
/// say where their values are: 18,836 right, 12 wrong; a tab closing
/// every cell's line parts no cells, and section 四's fifteen values
/// right under its headers, after another table's values, are its row:
/// 18,856 right, 3 wrong; edbrowse's `h3 ` before each heading is no
/// part of it: 18,931 right (86.4 %), 3 of 55. Left: pdfminer's boxes'
/// columns in an order of their own (the 3 wrong), values only in
/// `<input>`s, vilistextum's lost bytes (`input.bad_bytes`).
#[test]
fn accuracy_on_the_twenty_ninth_handwritten_set() {
    let s = scored("handwritten-round29", 3, 3);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 18_931, "{right} cells right");
}

/// pdfminer.six's HTML (`pdf2txt.py -t html`, positioned text boxes) of
/// fifteen of round thirteen's PDFs, a route made after the reader of
/// such pages was written from round thirteen's one page, and scored once
/// then: 98.6 % of 2,992 cells right, 15 wrong and 1 false finding, all in
/// the PDF whose table prints 总计 first (its rows with wrapped labels,
/// whose seven values stand on a line of their own, kept 总计 first).
/// Such a line is now moved as a labelled row is.
#[test]
fn accuracy_on_pdfminer_html() {
    let s = scored("pdfminer-html", 0, 0);
    every_flaw_found(&s);
    let right: usize = s.routes.values().map(|r| r.right).sum();
    assert!(right >= 2_966, "{right} cells right");
}

/// The hand-written text reports changed the ways copies of one report
/// differ without a cell's worth of difference: line ends, 合计 for 总计,
/// ASCII brackets, spaces after lines, lines indented with ideographic
/// spaces, page numbers (`- 3 -`) every 37 lines, no-break spaces for
/// spaces, ideographic spaces for tabs, lines ended by a carriage return
/// alone, rows numbered with full-width digits (`２.其他法律…`), over the
/// hand-written holdout and rounds three to eight and ten to fourteen. No cell may then read wrong and
/// no sound report get a finding (cells may go unread: a page number
/// inside a wrapped label cuts it).
#[test]
fn hand_written_reports_changed_in_form_read_no_worse() {
    fn lines(t: &str, f: impl Fn(&str) -> String) -> String {
        t.split('\n').map(f).collect::<Vec<_>>().join("\n")
    }
    // `1.属于国家秘密` → `１.属于国家秘密`: a row's number typed full-width.
    fn full_width_numbers(t: &str) -> String {
        let c: Vec<char> = t.chars().collect();
        (0..c.len())
            .map(|i| {
                let numbering = c[i].is_ascii_digit()
                    && (i == 0 || !c[i - 1].is_ascii_digit())
                    && c.get(i + 1) == Some(&'.')
                    && c.get(i + 2).is_some_and(|&n| n >= '\u{4e00}');
                if numbering {
                    char::from_u32(c[i] as u32 - '0' as u32 + '０' as u32).unwrap_or(c[i])
                } else {
                    c[i]
                }
            })
            .collect()
    }
    type Form = fn(&str) -> String;
    let changes: [(&str, Form); 10] = [
        ("crlf", |t| t.replace('\n', "\r\n")),
        ("heji", |t| t.replace("总计", "合计")),
        ("ascii brackets", |t| {
            t.replace('（', "(").replace('）', ")")
        }),
        ("trailing spaces", |t| lines(t, |l| format!("{l}   "))),
        ("ideographic indent", |t| {
            lines(t, |l| {
                if l.trim().is_empty() {
                    l.to_string()
                } else {
                    format!("\u{3000}\u{3000}{l}")
                }
            })
        }),
        ("page numbers", |t| {
            t.split('\n')
                .enumerate()
                .map(|(i, l)| {
                    if i % 37 == 36 {
                        format!("{l}\n- {} -", i / 37 + 1)
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        ("no-break spaces", |t| t.replace(' ', "\u{a0}")),
        ("ideographic tabs", |t| t.replace('\t', "\u{3000}")),
        ("carriage returns alone", |t| t.replace('\n', "\r")),
        ("full-width row numbers", full_width_numbers),
    ];
    let mut failures = Vec::new();
    for (what, f) in changes {
        let change = |name: &str, b: &[u8]| -> Option<Vec<u8>> {
            // Text reports only: a page number put into HTML lands in a
            // cell; into an archive, XML or JSON, in its markup.
            if [".html", ".htm", ".xhtml", ".mht", ".json", ".fodt", ".enex"]
                .iter()
                .any(|e| name.ends_with(e))
            {
                return None;
            }
            let t = std::str::from_utf8(b).ok()?;
            Some(f(t.trim_start_matches('\u{feff}')).into_bytes())
        };
        for set in [
            "handwritten-round3",
            "handwritten-round4",
            "handwritten-round5",
            "handwritten-round6",
            "handwritten-round7",
            "handwritten-round8",
            "handwritten-round10",
            "handwritten-round11",
            "handwritten-round12",
            "handwritten-round13",
            "handwritten-round14",
            "handwritten-holdout",
        ] {
            let s = score_changed(set, &change);
            let wrong: usize = s.routes.values().map(|r| r.wrong).sum();
            let alarms: usize = s.routes.values().map(|r| r.alarms).sum();
            // No more than the set as written raises: none.
            if wrong > 0 || alarms > 0 {
                let notes: Vec<&String> = s
                    .notes
                    .iter()
                    .filter(|n| n.contains(" read ") || n.contains("clean, but"))
                    .collect();
                failures.push(format!(
                    "{what}, {set}: {wrong} wrong, {alarms} alarms: {notes:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Scores any set under `fixtures/external` without caps, for working on
/// a route: `NIANBAO_ACCURACY_SET=<set> cargo test --release --test
/// integration accuracy_on_a_named_set -- --ignored --nocapture`.
#[test]
#[ignore = "scores the set named by NIANBAO_ACCURACY_SET"]
fn accuracy_on_a_named_set() {
    let Some(set) = std::env::var_os("NIANBAO_ACCURACY_SET") else {
        return;
    };
    let set = set.to_string_lossy().into_owned();
    print(&set, &score_set(&set));
}
