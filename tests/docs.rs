//! The contract documents against the code: `docs/SCHEMA.md` lists every
//! issue code the source can emit and every key a record can carry, and
//! nothing that does not exist; citations of `FORMAT.md §N` resolve; the
//! README's option table is `--help`, generated
//! (`UPDATE_README=1 cargo test --release --test integration readme`
//! rewrites it).

use nianbao::model::{CellSource, Checks, How, Issue, Loc, Num, Record, Severity, Source};
use nianbao::template::{
    ACTIVE_2019, ACTIVE_2021, REQUEST_COLS, REQUEST_ROWS, REVIEW_COLS, REVIEW_GROUPS,
};
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The text of a Markdown file from the heading `start` (a whole heading
/// line) to the next heading of the same or a higher level.
fn section<'a>(md: &'a str, start: &str) -> &'a str {
    let level = start.chars().take_while(|&c| c == '#').count();
    let from = md
        .find(&format!("\n{start}\n"))
        .unwrap_or_else(|| panic!("no heading {start:?}"))
        + 1;
    let body = &md[from + start.len()..];
    let end = body
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| {
            let hashes = body[i..].chars().take_while(|&c| c == '#').count();
            hashes > 0 && hashes <= level && body[i + hashes..].starts_with(' ')
        })
        .unwrap_or(body.len());
    &md[from..from + start.len() + end]
}

/// The first cell of every row of every Markdown table in `md`, when it is
/// one backticked word (the header and separator rows are skipped).
fn first_column(md: &str) -> Vec<String> {
    let cell = Regex::new(r"^\|\s*`([^`]+)`\s*\|").unwrap();
    md.lines()
        .filter_map(|l| cell.captures(l))
        .map(|c| c[1].to_string())
        .collect()
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| e.into_path())
        .collect()
}

/// A source file without its test module (`#[cfg(test)]` then `mod`):
/// codes made up by unit tests are not codes the program emits.
fn without_tests(src: &str) -> &str {
    let mut at = 0;
    for line in src.split_inclusive('\n') {
        if line.trim() == "#[cfg(test)]" {
            let rest = src[at + line.len()..].trim_start();
            let rest = rest.strip_prefix("#[allow(").map_or(rest, |r| {
                r.split_once('\n')
                    .map_or("", |(_, after)| after.trim_start())
            });
            if rest.starts_with("mod ") {
                return &src[..at];
            }
        }
        at += line.len();
    }
    src
}

/// The families of issue codes (`family.name`).
const FAMILIES: &str = "input|identity|narrative|structure|value|active|corpus|internal|template";

/// Every issue code the library and the binary can emit, found in the
/// source itself: string literals `"family.name"` of a code family (in
/// `Issue::new`, `ParseNote { code: … }`, serde renames, hand-written
/// JSON), and whatever literal is passed as a code, whatever its family.
fn emitted_codes() -> BTreeSet<String> {
    let family = Regex::new(&format!(r#"\\?"((?:{FAMILIES})\.[a-z][a-z0-9_]*)\\?""#)).unwrap();
    let passed =
        Regex::new(r#"(?:Issue::new\(\s*|\bcode:\s*|code\\":\\?)\\?"([^"\\]+)\\?""#).unwrap();
    let mut codes = BTreeSet::new();
    for f in rust_files(&root().join("src")) {
        let text = std::fs::read_to_string(&f).unwrap();
        let text = without_tests(&text);
        for c in family.captures_iter(text).chain(passed.captures_iter(text)) {
            codes.insert(c[1].to_string());
        }
    }
    codes
}

fn documented_codes() -> BTreeSet<String> {
    let schema = read("docs/SCHEMA.md");
    let mut codes: BTreeSet<String> = first_column(section(&schema, "### Issue codes"))
        .into_iter()
        .collect();
    codes.extend(first_column(section(&schema, "## Coverage lines")));
    codes
}

#[test]
fn every_issue_code_the_source_emits_is_documented() {
    let emitted = emitted_codes();
    // The scan finds what is known to be there (so it cannot pass by
    // finding nothing): codes made in five modules, in four ways.
    for known in [
        "identity.balance",
        "input.limit",
        "structure.truncated",
        "corpus.missing_report",
        "internal.serialise",
        "internal.panic",
    ] {
        assert!(
            emitted.contains(known),
            "the scan missed {known}: {emitted:?}"
        );
    }
    let documented = documented_codes();
    let undocumented: Vec<&String> = emitted.difference(&documented).collect();
    assert!(
        undocumented.is_empty(),
        "issue codes the source emits but docs/SCHEMA.md does not list: {undocumented:?}"
    );
    let stale: Vec<&String> = documented.difference(&emitted).collect();
    assert!(
        stale.is_empty(),
        "issue codes docs/SCHEMA.md lists but nothing emits: {stale:?}"
    );
    // README's short table names only real, documented codes.
    let readme = read("README.md");
    let code = Regex::new(&format!(r"`((?:{FAMILIES})\.[a-z_]+)`")).unwrap();
    for c in code.captures_iter(section(&readme, "### Issue codes")) {
        assert!(documented.contains(&c[1]), "README names {} ", &c[1]);
    }
}

#[test]
fn every_documented_key_is_a_template_key_and_back() {
    let mut real: BTreeSet<&str> = ["requests", "review_litigation", "active", "narrative"].into();
    real.extend(REQUEST_ROWS.iter().map(|r| r.key));
    real.extend(REQUEST_COLS.iter().map(|c| c.key));
    real.extend(REVIEW_GROUPS.iter().map(|c| c.key));
    real.extend(REVIEW_COLS.iter().map(|c| c.key));
    for row in ACTIVE_2019.iter().chain(ACTIVE_2021.iter()) {
        real.insert(row.key);
        real.extend(row.cols.iter().map(|c| c.key));
    }
    use nianbao::validate::narrative::{LAWSUITS, NEW_REQUESTS, REVIEWS};
    real.extend([NEW_REQUESTS, REVIEWS, LAWSUITS]);

    let schema = read("docs/SCHEMA.md");
    let keys = section(&schema, "## Keys");
    let word = Regex::new(r"`([a-z_]+)`").unwrap();
    let documented: BTreeSet<&str> = word
        .captures_iter(keys)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    let unknown: Vec<&&str> = documented.difference(&real).collect();
    assert!(
        unknown.is_empty(),
        "docs/SCHEMA.md documents keys no template has: {unknown:?}"
    );
    let missing: Vec<&&str> = real.difference(&documented).collect();
    assert!(
        missing.is_empty(),
        "template keys docs/SCHEMA.md does not document: {missing:?}"
    );
}

/// Key paths of a record line: the top-level keys, and the keys of
/// `source`.
fn record_fields(v: &Value, out: &mut BTreeSet<String>) {
    for (k, val) in v.as_object().unwrap() {
        out.insert(k.clone());
        if k == "source" {
            for sk in val.as_object().unwrap().keys() {
                out.insert(format!("source.{sk}"));
            }
        }
    }
}

/// A record with every optional part filled, as the sink writes it.
fn full_record() -> Value {
    let mut rec = Record::new(Source {
        path: "reports/东山街道/2020.txt".into(),
        sha256: Some("00".into()),
        bytes: 2,
        media: Some(nianbao::model::Media::Text),
        encoding: Some("UTF-8".into()),
        encoding_from: Some(nianbao::model::EncodingFrom::Detected),
    });
    rec.title = Some("东山街道2020年政府信息公开工作年度报告".into());
    rec.office = Some("东山街道".into());
    rec.year = Some(2020);
    rec.template = Some(nianbao::model::Template::F2019);
    let mut row = nianbao::model::Row::default();
    row.insert("total", Some(Num(1.0)));
    let mut table = nianbao::model::Table::default();
    table.insert("granted", row);
    rec.active = Some(table.clone());
    rec.requests = Some(table.clone());
    rec.review_litigation = Some(table);
    rec.narrative = Some(
        [("new_requests".to_string(), Num(1.0))]
            .into_iter()
            .collect(),
    );
    rec.provenance
        .insert("requests.granted".into(), "line 3".into());
    rec.cells.push(CellSource {
        table: "requests",
        row: "granted",
        col: "total",
        raw: "1".into(),
        at: Loc::default(),
        how: How::Position,
        relied_on: Checks::default(),
    });
    rec.issues.push(Issue::new(
        "value.unparsed",
        Severity::Warning,
        "requests.granted.total",
        "x",
    ));
    rec.settle_status();
    serde_json::from_slice(&nianbao::sink::line(&rec)).unwrap()
}

#[test]
fn every_record_field_is_documented_and_exists() {
    let schema = read("docs/SCHEMA.md");
    let documented: BTreeSet<String> = first_column(section(&schema, "### Record fields"))
        .into_iter()
        .collect();
    let mut seen = BTreeSet::new();
    record_fields(&full_record(), &mut seen);
    // And the records of every fixture, as the pipeline makes them.
    for e in walkdir::WalkDir::new(root().join("fixtures")) {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().to_string();
        if !e.file_type().is_file() || name.ends_with(".json") || name.ends_with(".md") {
            continue;
        }
        let bytes = std::fs::read(e.path()).unwrap();
        let rec = nianbao::pipeline::process_bytes(&name, &bytes, &Default::default());
        let line: Value = serde_json::from_slice(&nianbao::sink::line(&rec)).unwrap();
        record_fields(&line, &mut seen);
    }
    let undocumented: Vec<&String> = seen.difference(&documented).collect();
    assert!(
        undocumented.is_empty(),
        "record keys docs/SCHEMA.md does not document: {undocumented:?}"
    );
    let missing: Vec<&String> = documented.difference(&seen).collect();
    assert!(
        missing.is_empty(),
        "docs/SCHEMA.md documents record keys no record has: {missing:?}"
    );
}

/// GitHub's anchor for a heading: lower case, spaces to `-`, punctuation
/// other than `-` and `_` dropped (CJK kept).
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

fn anchors(md: &str) -> BTreeSet<String> {
    md.lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| slug(l.trim_start_matches('#')))
        .collect()
}

#[test]
fn citations_of_the_contract_documents_resolve() {
    let format = read("docs/FORMAT.md");
    let sections: BTreeSet<u32> = Regex::new(r"(?m)^## (\d+)\. ")
        .unwrap()
        .captures_iter(&format)
        .map(|c| c[1].parse().unwrap())
        .collect();
    assert_eq!(sections, (0..=9).collect(), "FORMAT.md keeps §0–§9");
    let identities: BTreeSet<String> = Regex::new(r"(?m)^\| (A\d+) \|")
        .unwrap()
        .captures_iter(section(&format, "## 5. Arithmetic identities (勾稽关系)"))
        .map(|c| c[1].to_string())
        .collect();

    // Every file that may cite them.
    let mut files: Vec<PathBuf> = ["src", "tests", "benches"]
        .iter()
        .flat_map(|d| rust_files(&root().join(d)))
        .filter(|p| !p.components().any(|c| c.as_os_str() == "target"))
        .collect();
    for md in [
        "README.md",
        "fixtures/README.md",
        "docs/SCHEMA.md",
        "docs/FORMAT.md",
    ] {
        files.push(root().join(md));
    }
    for d in ["benches", "fixtures/validate", "fixtures/hostile"] {
        if let Ok(rd) = std::fs::read_dir(root().join(d)) {
            files.extend(
                rd.map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|x| x == "md")),
            );
        }
    }
    let cite = Regex::new(r"FORMAT\.md §(\d+)(?:\s*(A\d+))?(?:[–-]§(\d+))?").unwrap();
    // Spelled apart so that this file does not cite them itself.
    let outside = [
        concat!("../", "SCHEMA.md"),
        concat!("../", "FORMAT.md"),
        concat!("../", "shared"),
    ];
    let mut cited = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let rel = f.strip_prefix(root()).unwrap().display().to_string();
        for o in outside {
            assert!(
                !text.contains(o),
                "{rel} cites {o}, which is not in the repository"
            );
        }
        for c in cite.captures_iter(&text) {
            cited += 1;
            for n in [c.get(1), c.get(3)].into_iter().flatten() {
                let n: u32 = n.as_str().parse().unwrap();
                assert!(sections.contains(&n), "{rel}: {} has no §{n}", &c[0]);
            }
            if let Some(a) = c.get(2) {
                assert!(
                    identities.contains(a.as_str()),
                    "{rel}: {} names no identity",
                    &c[0]
                );
            }
        }
    }
    assert!(
        cited >= 5,
        "found only {cited} citations: the scan is broken"
    );

    // Markdown links between the documents resolve, anchors included.
    let link = Regex::new(r"\]\(([^)#\s]+\.md)(?:#([^)\s]+))?\)").unwrap();
    for md in [
        "README.md",
        "fixtures/README.md",
        "docs/SCHEMA.md",
        "docs/FORMAT.md",
    ] {
        let text = read(md);
        let dir = root().join(md).parent().unwrap().to_path_buf();
        for c in link.captures_iter(&text) {
            if c[1].starts_with("http") {
                continue;
            }
            let target = dir.join(&c[1]);
            assert!(
                target.is_file(),
                "{md} links to {}, which does not exist",
                &c[1]
            );
            if let Some(a) = c.get(2) {
                let there = anchors(&std::fs::read_to_string(&target).unwrap());
                assert!(
                    there.contains(a.as_str()),
                    "{md}: {} has no #{}",
                    &c[1],
                    a.as_str()
                );
            }
        }
    }
    // README links the contract.
    let readme = read("README.md");
    for doc in ["docs/SCHEMA.md", "docs/FORMAT.md"] {
        assert!(
            readme.contains(&format!("]({doc})")),
            "README does not link {doc}"
        );
    }
}

// ------------------------------------------------------------ options

/// One option as `--help` lists it.
#[derive(Debug, Clone, PartialEq)]
struct Opt {
    flags: String,
    help: String,
    default: Option<String>,
    heading: String,
}

/// The options of `nianbao <command> -h` (clap's one-line-per-option
/// summary; `--help` spreads each over several lines), `-h`/`-V` left out.
fn help_options(command: &str) -> Vec<Opt> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args([command, "-h"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let default = Regex::new(r"\s*\[default: ([^\]]+)\]").unwrap();
    let values = Regex::new(r"\s*\[possible values: ([^\]]+)\]").unwrap();
    let mut heading = String::new();
    let mut opts = Vec::new();
    for line in text.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            heading = line.trim_end_matches(':').to_string();
            continue;
        }
        let body = line.trim_start();
        if heading == "Arguments" || heading == "Usage" || !body.starts_with('-') {
            continue;
        }
        let (flags, help) = body.split_once("  ").unwrap_or((body, ""));
        if flags.contains("--help") || flags.contains("--version") {
            continue;
        }
        let help = help.trim();
        let dflt = default.captures(help).map(|c| c[1].to_string());
        let one_of = values.captures(help).map(|c| {
            let names: Vec<String> = c[1].split(", ").map(|v| format!("`{v}`")).collect();
            format!(": {}", names.join(", "))
        });
        let help = values.replace(&default.replace(help, ""), "").to_string();
        opts.push(Opt {
            flags: flags.trim().to_string(),
            help: format!("{help}{}", one_of.unwrap_or_default()),
            default: dflt,
            heading: heading.clone(),
        });
    }
    opts
}

const BEGIN: &str = "<!-- options: generated from `nianbao … --help` by tests/docs.rs; UPDATE_README=1 rewrites -->";
const END: &str = "<!-- end of options -->";

/// The README's option table, made from `--help`: the options of
/// `ingest`, then those only `check` or `coverage` have, then the limits
/// every command takes.
fn options_table() -> String {
    let mut rows: Vec<(Opt, &str)> = Vec::new();
    for command in ["ingest", "check", "coverage"] {
        for o in help_options(command) {
            if !rows.iter().any(|(r, _)| r.flags == o.flags) {
                rows.push((o, command));
            }
        }
    }
    let cell = |s: &str| s.replace('|', "\\|");
    let mut t = String::from("| option | default | meaning |\n|---|---|---|\n");
    let mut put = |o: &Opt, prefix: &str| {
        t.push_str(&format!(
            "| `{}` | {} | {}{} |\n",
            cell(&o.flags),
            o.default
                .as_deref()
                .map(|d| format!("`{d}`"))
                .unwrap_or_default(),
            prefix,
            cell(&o.help)
        ));
    };
    for (o, command) in rows.iter().filter(|(o, _)| o.heading == "Options") {
        let prefix = if *command == "ingest" {
            String::new()
        } else {
            format!("`{command}`: ")
        };
        put(o, &prefix);
    }
    for (o, _) in rows.iter().filter(|(o, _)| o.heading != "Options") {
        put(o, &format!("{}: ", o.heading));
    }
    t
}

#[test]
fn readme_options_table_is_the_help() {
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let from = readme.find(BEGIN).expect("README has the options markers") + BEGIN.len();
    let to = readme[from..].find(END).expect("README has the end marker") + from;
    let want = format!("\n{}", options_table());
    // Every option is explained, and every limit shows its default: a
    // table read from help text the parser did not understand would not.
    for command in ["ingest", "check", "coverage"] {
        for o in help_options(command) {
            assert!(!o.help.is_empty(), "{command}: {} has no meaning", o.flags);
            if o.heading == "Limits" {
                assert!(o.default.is_some(), "{}: no default", o.flags);
            }
        }
    }
    assert!(want.contains("| `--max-depth <N>` | `64` |"), "{want}");
    if std::env::var_os("UPDATE_README").is_some() {
        let mut new = readme[..from].to_string();
        new.push_str(&want);
        new.push_str(&readme[to..]);
        std::fs::write(&path, new).unwrap();
        return;
    }
    assert_eq!(
        readme[from..to],
        want,
        "README's option table differs from --help: UPDATE_README=1 cargo test --release --test integration readme"
    );
    // The limits in "Hostile input" are the flags --help lists.
    let limits: BTreeSet<String> = help_options("ingest")
        .into_iter()
        .filter(|o| o.heading == "Limits")
        .map(|o| o.flags.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(limits.len(), 9, "{limits:?}");
    let hostile = section(&readme, "## Hostile input");
    let named: BTreeSet<String> = Regex::new(r"`(--max-[a-z-]+)`")
        .unwrap()
        .captures_iter(hostile)
        .map(|c| c[1].to_string())
        .collect();
    assert_eq!(
        named, limits,
        "README's Hostile input table names other limits than --help"
    );
}
