//! Every generated layout, the old eight and the five that imitate other
//! tools' flattened tables, read back against the generator's truth.
//!
//! A corpus of each layout is written with its truth
//! (`write_corpus(.., truth = true)`), read back from disk and scored as
//! `tests/accuracy.rs` scores the external corpus: a cell is right (the
//! known value, a blank as `null`), flagged (left `null` with
//! `"inferred": "ambiguous"` and a `structure.ambiguous_*` issue on its
//! row), wrong (a number other than the known one) or missed; a clean
//! report with any finding but the ambiguity notices is an alarm.
//!
//! `cargo test --release --test integration layouts -- --nocapture`
//! prints the table.

use crate::accuracy::{cells, determinable, header, honest, is_notice, names_cell, same};
use nianbao::pipeline::{process_bytes, Options};
use nianbao_gen::{write_corpus, Layout, Mix};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Documents per layout.
const DOCS: usize = 30;

#[derive(Debug, Default, Clone)]
struct Score {
    docs: usize,
    cells: usize,
    right: usize,
    flagged: usize,
    honest: usize,
    wrong: usize,
    missed: usize,
    clean: usize,
    alarms: usize,
    notes: Vec<String>,
}

impl Score {
    fn share(&self, n: usize) -> f64 {
        n as f64 / self.cells.max(1) as f64
    }
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    v.sort();
    for p in v {
        if p.is_dir() {
            files(&p, out);
        } else if !p.to_string_lossy().ends_with(".truth.json") {
            out.push(p);
        }
    }
}

/// Writes `DOCS` documents of `layout` below `dir` and scores them.
fn score(layout: Layout, dir: &Path) -> Score {
    let _ = std::fs::remove_dir_all(dir);
    let base = if Layout::FLATTENED.contains(&layout) {
        Mix::flattened()
    } else {
        Mix::clean()
    };
    let mix = Mix {
        layouts: vec![(layout, 1)],
        ..base
    };
    let n = write_corpus(dir, 0x1a70 + layout as u64, DOCS, &mix, true).expect("corpus written");
    assert_eq!(n, DOCS);
    let mut docs = Vec::new();
    files(dir, &mut docs);
    assert_eq!(docs.len(), DOCS, "{}", dir.display());
    let mut s = Score::default();
    for f in docs {
        let mut tp = f.clone().into_os_string();
        tp.push(".truth.json");
        let truth: Value =
            serde_json::from_slice(&std::fs::read(&tp).expect("truth beside each document"))
                .expect("truth parses");
        assert_eq!(truth["layout"], layout.name());
        let rel = f
            .strip_prefix(dir)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(&f).unwrap();
        let rec = serde_json::to_value(process_bytes(&rel, &bytes, &Options::default()))
            .expect("a record serialises");
        let issues: Vec<(String, String)> = rec["issues"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|i| {
                        (
                            i["code"].as_str().unwrap_or("").to_string(),
                            i["where"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let got = cells(&rec);
        s.docs += 1;
        let mut missed: BTreeMap<String, usize> = BTreeMap::new();
        for (k, v) in cells(&truth) {
            s.cells += 1;
            let row = k
                .rsplit_once('.')
                .map_or(k.as_str(), |(a, _)| a)
                .to_string();
            match got.get(&k) {
                Some(g) if same(g, &v) => s.right += 1,
                Some(g) if !g.is_null() => {
                    s.wrong += 1;
                    s.notes.push(format!("{rel}: {k} read {g}, is {v}"));
                }
                _ if rec["inferred"][k.as_str()] == "ambiguous"
                    && issues
                        .iter()
                        .any(|(c, w)| is_notice(c) && names_cell(w, &k)) =>
                {
                    s.flagged += 1;
                    if honest(&rec, &k, &v) {
                        s.honest += 1;
                    }
                }
                _ => {
                    s.missed += 1;
                    *missed.entry(row).or_default() += 1;
                }
            }
        }
        if !missed.is_empty() {
            s.notes.push(format!("{rel}: missed {missed:?}"));
        }
        s.clean += 1;
        let claims: Vec<&(String, String)> = issues.iter().filter(|(c, _)| !is_notice(c)).collect();
        if !claims.is_empty() {
            s.alarms += 1;
            s.notes.push(format!("{rel}: clean, but {claims:?}"));
        }
    }
    s
}

#[test]
fn every_layout_reads_back() {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("layouts");
    let mut scores = Vec::new();
    for layout in Layout::every() {
        scores.push((layout, score(layout, &root.join(layout.name()))));
    }
    println!();
    header("layout", &[("missed", 6), ("alarms", 7)]);
    for (l, s) in &scores {
        println!(
            "{:<14} {:>4} {:>6} {:>7.2}% {:>7.2}% {:>7.2}% {:>7.2}% {:>6} {:>6} {:>3}/{:<3}",
            l.name(),
            s.docs,
            s.cells,
            100.0 * s.share(s.right),
            100.0 * s.share(s.flagged),
            100.0 * s.share(s.honest),
            100.0 * determinable(s.right, s.cells, s.honest),
            s.wrong,
            s.missed,
            s.alarms,
            s.clean
        );
    }
    if std::env::var_os("NIANBAO_LAYOUT_NOTES").is_some() {
        for (l, s) in &scores {
            for n in &s.notes {
                println!("  {}: {n}", l.name());
            }
        }
    }
    let mut failures = Vec::new();
    for (l, s) in &scores {
        let (right_floor, wrong_cap, alarm_cap, determ_floor) = thresholds(*l);
        let right = if *l == Layout::RunTogether {
            s.share(s.right + s.flagged)
        } else {
            s.share(s.right)
        };
        let wrong = s.share(s.wrong);
        let alarms = s.alarms as f64 / s.clean.max(1) as f64;
        let determ = determinable(s.right, s.cells, s.honest);
        if right < right_floor || wrong > wrong_cap || alarms > alarm_cap || determ < determ_floor {
            failures.push(format!(
                "{}: right {:.2}% (floor {:.2}%), wrong {:.2}% (cap {:.2}%), alarms {:.2}% (cap {:.2}%), right of the determinable {:.2}% (floor {:.2}%)",
                l.name(),
                100.0 * right,
                100.0 * right_floor,
                100.0 * wrong,
                100.0 * wrong_cap,
                100.0 * alarms,
                100.0 * alarm_cap,
                100.0 * determ,
                100.0 * determ_floor
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The floor of cells read right (right or flagged for run-together), the
/// cap of cells read wrong, the cap of clean reports with an alarm, and
/// the floor of cells right of those the copy lets one know (cells less
/// the honestly flagged ones: more than one reading fits and the truth is
/// among those listed).
///
/// The targets are 99 %, 0 %, 1 % and 99 %. The other layouts reach
/// them (joined-md since its path labels are read row by row: 99.98 %);
/// three of the flattened layouts do not yet, and their floors are
/// the figures this corpus reaches today (so that a regression still
/// fails), to be raised when the parser reads them:
/// - cell-lines: 93.54 % right, 100 % of the determinable (rows whose
///   blank cells left no line are flagged, not read; a row whose values
///   follow the label of a row that printed none, and fit only with its
///   总计 blank, is flagged with both readings: the values may be either
///   row's);
/// - narrow-cells: 89.17 % right, 100 % of the determinable (its blank
///   cells leave nothing, so a row with a blank cell can be placed
///   several ways; wrapped counts whose column several placements fit
///   are flagged);
/// - run-together: 99.96 % right or flagged, 99.38 % of the determinable
///   (runs of digits that split in several ways, or fit only with a blank
///   total, are flagged; a row whose total is blank while its parts are
///   not, or a procurement count run into its amount, is flagged without
///   the truth among its readings); no clean report with an alarm.
fn thresholds(l: Layout) -> (f64, f64, f64, f64) {
    // No layout reads a cell wrong: the cap is 0 (it was 0.5 %, under
    // which one wrong run-together cell once passed unseen).
    match l {
        Layout::CellLines => (0.935, 0.0, 0.01, 0.998),
        Layout::RunTogether => (0.993, 0.0, 0.01, 0.993),
        Layout::NarrowCells => (0.89, 0.0, 0.01, 0.998),
        _ => (0.99, 0.0, 0.01, 0.99),
    }
}

/// Writes one fixture of each flattened layout to `fixtures/layouts`
/// (`<layout>-2021.<ext>`): the first of 40 seeds whose record reads every
/// cell back exactly, with its truth (`tests/golden.rs` checks those), or
/// the first seed without a truth file when none does (the layouts this
/// file's thresholds name). Then `UPDATE_GOLDEN=1 cargo test --release
/// golden` writes the expected records.
#[test]
#[ignore = "writes fixtures/; run by hand"]
fn regenerate_flattened_fixtures() {
    use nianbao::model::Template;
    use nianbao_gen::{report, Enc, Spec};
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/layouts");
    for (i, &layout) in Layout::FLATTENED.iter().enumerate() {
        let spec = Spec::new(Template::F2021, 2022, layout, Enc::Utf8);
        let name = format!("{}-2021", layout.name());
        let rel = format!("fixtures/layouts/{name}.{}", layout.ext());
        // A narrow-cells fixture shows a wrapped count: a line of a few
        // single digits (the counts' first or last digits).
        let shows = |bytes: &[u8]| {
            layout != Layout::NarrowCells
                || String::from_utf8_lossy(bytes).lines().any(|l| {
                    let w: Vec<&str> = l.split(' ').collect();
                    w.len() < 6
                        && w.iter()
                            .all(|x| x.len() == 1 && x.as_bytes()[0].is_ascii_digit())
                })
        };
        let exact = |seed: u64| {
            let doc = report(seed, &spec);
            if !shows(&doc.bytes) {
                return false;
            }
            let rec =
                serde_json::to_value(process_bytes(&rel, &doc.bytes, &Options::default())).unwrap();
            let got = cells(&rec);
            let truth = serde_json::to_value(&doc.truth).unwrap();
            cells(&truth)
                .iter()
                .all(|(k, v)| got.get(k).is_some_and(|g| same(g, v)))
        };
        let first = 500 + 100 * i as u64;
        let found = (first..first + 40).find(|&s| exact(s));
        let doc = report(found.unwrap_or(first), &spec);
        std::fs::write(dir.join(format!("{name}.{}", layout.ext())), &doc.bytes).unwrap();
        let tp = dir.join(format!("{name}.truth.json"));
        if found.is_some() {
            let json = serde_json::to_string_pretty(&doc.truth).unwrap();
            std::fs::write(tp, json + "\n").unwrap();
        } else {
            let _ = std::fs::remove_file(tp);
        }
        println!("{rel}: seed {:?} read back exactly", found);
    }
}
