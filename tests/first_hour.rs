//! What a new user trips over in the first hour, each point run on the
//! real binary: the summary counts the records as written, `-o -`, `-o`
//! naming a folder, a path that does not exist, a folder with nothing to
//! read, report text piped to `ingest -`, a PDF, README/LICENSE in a
//! folder, a replacement character in an office name, plurals, findings
//! left out by `check`, and the order of `--help`.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SEED: &str = include_str!("../fixtures/seed/anzhen-2020.txt");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn nianbao(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn with_stdin(args: &[&str], cwd: &Path, input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nianbao"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn records(bytes: &[u8]) -> Vec<Value> {
    bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect()
}

fn write(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// The clean generated report (no issue of its own).
fn clean() -> Vec<u8> {
    std::fs::read(root().join("fixtures/validate/clean/anzhen-2020.tsv")).unwrap()
}

/// A folder where the corpus checks change statuses: the clean report
/// under two offices (copies: both become `warnings`), the seed (errors
/// of its own), an empty file.
fn corpus_with_copies() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let clean = clean();
    write(dir.path(), "reports/锡山区/安镇街道/2020.tsv", &clean);
    write(dir.path(), "reports/锡山区/东港镇/2020.tsv", &clean);
    write(dir.path(), "reports/江宁区/东山街道/2020.txt", SEED);
    write(dir.path(), "reports/empty.txt", "");
    dir
}

/// `[ok, with warnings, malformed, unreadable]` from a summary line.
fn summary_counts(line: &str) -> [usize; 4] {
    let re = regex::Regex::new(
        r"(\d+) documents?: (\d+) ok, (\d+) with warnings, (\d+) malformed, (\d+) unreadable",
    )
    .unwrap();
    let c = re
        .captures(line)
        .unwrap_or_else(|| panic!("no summary in {line:?}"));
    let n = |i: usize| c[i].parse::<usize>().unwrap();
    assert_eq!(n(1), n(2) + n(3) + n(4) + n(5), "{line}");
    [n(2), n(3), n(4), n(5)]
}

fn status_counts(recs: &[Value]) -> [usize; 4] {
    let mut c = [0; 4];
    for r in recs {
        let i = ["ok", "warnings", "malformed", "unreadable"]
            .iter()
            .position(|s| r["status"] == *s)
            .unwrap();
        c[i] += 1;
    }
    c
}

#[test]
fn the_summary_counts_the_records_as_written_and_check_agrees() {
    let dir = corpus_with_copies();
    let d = dir.path();
    // To stdout (spooled, then patched) and to a file (patched on commit).
    let out = nianbao(&["ingest", "reports"], d);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out.stdout);
    let copies = recs
        .iter()
        .filter(|r| r["issues"].to_string().contains("corpus.duplicate"))
        .count();
    assert_eq!(copies, 2, "the copies are found");
    let written = status_counts(&recs);
    assert_eq!(written, [0, 2, 1, 1]);
    assert_eq!(summary_counts(&stderr(&out)), written, "{}", stderr(&out));

    let out = nianbao(&["ingest", "reports", "-o", "out.jsonl"], d);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&std::fs::read(d.join("out.jsonl")).unwrap());
    assert_eq!(status_counts(&recs), written);
    assert_eq!(summary_counts(&stderr(&out)), written, "{}", stderr(&out));

    let check = nianbao(&["check", "reports"], d);
    assert_eq!(check.status.code(), Some(1), "the seed has errors");
    assert_eq!(
        summary_counts(&stderr(&check)),
        written,
        "{}",
        stderr(&check)
    );
    let text = String::from_utf8(check.stdout).unwrap();
    assert_eq!(summary_counts(text.lines().next().unwrap()), written);
}

#[test]
fn dash_output_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r/2020.tsv", clean());
    let out = nianbao(&["ingest", "r", "-o", "-"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["source"]["path"], "r/2020.tsv");
    assert!(!dir.path().join("-").exists(), "no file named -");
    assert!(!dir.path().join("-.partial").exists());
    // --resume needs a file to resume from.
    let out = nianbao(&["ingest", "r", "-o", "-", "--resume"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--resume needs -o FILE"),
        "{}",
        stderr(&out)
    );
}

/// `-o` naming a pipe (or a device: `-o /dev/null`) writes into it; the
/// output written beside it and renamed over it would have replaced the
/// pipe, or the device node, with a plain file.
#[cfg(unix)]
#[test]
fn output_to_a_pipe_or_device_is_written_into_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = corpus_with_copies();
    let fifo = dir.path().join("out.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    for extra in [&[][..], &["--no-corpus-checks"][..]] {
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read(fifo).unwrap())
        };
        let mut args = vec!["ingest", "reports", "-o", "out.fifo"];
        args.extend_from_slice(extra);
        let out = nianbao(&args, dir.path());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        // Before joining the reader: were the pipe replaced, nothing
        // would ever be written into it.
        let meta = std::fs::symlink_metadata(&fifo).unwrap();
        assert!(meta.file_type().is_fifo(), "the pipe is still a pipe");
        assert!(!dir.path().join("out.fifo.partial").exists());
        let recs = records(&reader.join().unwrap());
        assert_eq!(recs.len(), 4, "{extra:?}");
    }
    // With the corpus checks, the copies' findings are in the records.
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let out = nianbao(&["ingest", "reports", "-o", "out.fifo"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let dups = records(&reader.join().unwrap())
        .iter()
        .filter(|r| r["issues"].to_string().contains("corpus.duplicate"))
        .count();
    assert_eq!(dups, 2);
}

#[test]
fn output_naming_a_folder_is_refused_before_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "r/2020.tsv", clean());
    std::fs::create_dir(d.join("out")).unwrap();
    for target in ["out", "out/", "missing-folder/out.jsonl"] {
        let out = nianbao(&["ingest", "r", "-o", target], d);
        assert_eq!(out.status.code(), Some(2), "{target}");
        let err = stderr(&out);
        assert!(err.starts_with(&format!("nianbao: -o {target}: ")), "{err}");
        if target.starts_with("out") {
            assert!(err.contains("is a directory; name a file"), "{err}");
        } else {
            assert!(err.contains("no such directory missing-folder"), "{err}");
        }
        // Refused before the run: no summary, nothing left behind.
        assert!(!err.contains("documents"), "{err}");
        assert!(out.stdout.is_empty());
    }
    let mut left: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["out", "r"], "no .partial left behind");
    assert_eq!(std::fs::read_dir(d.join("out")).unwrap().count(), 0);
    // coverage's -o likewise.
    write(d, "offices.csv", "office\n安镇街道\n");
    let out = nianbao(
        &[
            "coverage",
            "--offices",
            "offices.csv",
            "--years",
            "2020",
            "r",
            "-o",
            "out",
        ],
        d,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
}

#[test]
fn a_named_path_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "r/2020.tsv", clean());
    // With other inputs: said on stderr, exit 2, its record still written.
    let out = nianbao(&["ingest", "reprots", "r"], d);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("nianbao: reprots: no such file or directory\n"),
        "{err}"
    );
    let recs = records(&out.stdout);
    let paths: Vec<&str> = recs
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["r/2020.tsv", "reprots"]);
    assert_eq!(recs[1]["status"], "unreadable");
    assert_eq!(recs[1]["issues"][0]["code"], "input.unreadable");
    assert!(err.contains("2 documents: 1 ok"), "{err}");
    // To a file too; check exits 2 as well (not 1: its input was wrong).
    let out = nianbao(&["ingest", "r", "reprots", "-o", "out.jsonl"], d);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        records(&std::fs::read(d.join("out.jsonl")).unwrap()).len(),
        2
    );
    let out = nianbao(&["check", "r", "reprots"], d);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("reprots: no such file"));
    // The only input, mistyped: nothing is written.
    let out = nianbao(&["ingest", "reprots", "-o", "typo.jsonl"], d);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "nianbao: reprots: no such file or directory\n"
    );
    assert!(!d.join("typo.jsonl").exists() && !d.join("typo.jsonl.partial").exists());
}

#[test]
fn a_folder_with_nothing_to_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("empty")).unwrap();
    write(d, "docs/README.md", "# notes\n");
    write(d, "docs/LICENSE", "MIT\n");
    let out = nianbao(&["ingest", "empty", "-o", "out.jsonl"], d);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "nianbao: no documents found under empty\n");
    assert!(!d.join("out.jsonl").exists());
    let out = nianbao(&["ingest", "docs"], d);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "nianbao: no documents found under docs (2 files left out by name; --all-files reads them)\n"
    );
    assert!(out.stdout.is_empty());
    let out = nianbao(&["check", "empty"], d);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no documents found under empty"));
    // An empty folder beside a real one: said, but the run is fine.
    write(d, "r/2020.tsv", clean());
    let out = nianbao(&["ingest", "empty", "r"], d);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).starts_with("nianbao: no documents found under empty\n"));
    assert_eq!(records(&out.stdout).len(), 1);
}

#[test]
fn report_text_on_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // `-` reads paths: report text is refused with how to pass it.
    let out = with_stdin(&["ingest", "-"], d, SEED.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("standard input does not look like a list of paths")
            && err.contains("安镇街道2020年政府信息公开工作年度报告")
            && err.contains("--stdin-document"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    // --stdin-document reads it as one report, with or without `-`.
    for args in [
        &["ingest", "--stdin-document"][..],
        &["ingest", "--stdin-document", "-"],
    ] {
        let out = with_stdin(args, d, SEED.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let recs = records(&out.stdout);
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0]["source"]["path"], "<stdin>");
        assert_eq!(recs[0]["office"], "安镇街道");
        assert_eq!(recs[0]["year"], 2020);
        assert_eq!(recs[0]["template"], "2019");
    }
    // A list of paths still works, and an empty one says so.
    write(d, "r/2020.tsv", clean());
    let out = with_stdin(&["ingest", "-"], d, b"r/2020.tsv\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(records(&out.stdout)[0]["status"], "ok");
    let out = with_stdin(&["ingest", "-"], d, b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no paths on standard input"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_pdf_is_named_with_how_to_read_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec();
    pdf.extend_from_slice(&[0u8; 64]);
    write(d, "r/2020.pdf", &pdf);
    // A PDF saved by a site with a blank line before its header.
    let mut late = b"\r\n".to_vec();
    late.extend_from_slice(&pdf);
    write(d, "r/2021.pdf", &late);
    let out = nianbao(&["ingest", "r"], d);
    assert_eq!(out.status.code(), Some(0));
    for r in records(&out.stdout) {
        assert_eq!(r["status"], "unreadable");
        let msg = r["issues"][0]["message"].as_str().unwrap();
        assert!(
            msg.starts_with("binary file (PDF): nianbao reads text and HTML")
                && msg.contains("pdftotext -layout"),
            "{msg}"
        );
    }
}

#[test]
fn folder_walks_leave_readme_and_license_out() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "r/2020.tsv", clean());
    write(d, "r/README.md", "# reports\n");
    write(d, "r/LICENSE", "CC-BY\n");
    write(d, "r/img/logo.png", b"\x89PNG\r\n\x1a\n");
    write(d, "r/.git/config", "[core]\n");
    write(d, "r/out.jsonl", "{}\n");
    let out = nianbao(&["ingest", "r"], d);
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["status"], "ok");
    let err = stderr(&out);
    assert!(
        err.starts_with(
            "1 document: 1 ok, 0 with warnings, 0 malformed, 0 unreadable; left out of folder \
             walks: 1 JSON data file, 3 non-report files, 1 hidden folder (r/.git, r/LICENSE, \
             r/README.md, …); --all-files reads them; "
        ),
        "{err}"
    );
    // --all-files keeps them; named on the command line, a file is read.
    let out = nianbao(&["ingest", "--all-files", "r"], d);
    let paths: Vec<String> = records(&out.stdout)
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        paths,
        [
            "r/.git/config",
            "r/2020.tsv",
            "r/LICENSE",
            "r/README.md",
            "r/img/logo.png",
            "r/out.jsonl"
        ]
    );
    let out = nianbao(&["ingest", "r/README.md"], d);
    assert_eq!(
        records(&out.stdout)[0]["issues"][0]["code"],
        "input.not_a_report"
    );
}

/// UTF-16 with a lone surrogate between the office's name and the year
/// of the title: decoding leaves U+FFFD there.
#[test]
fn an_office_name_never_carries_a_replacement_character() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let at = SEED.find("安镇街道").unwrap() + "安镇街道".len();
    let mut bytes = vec![0xFF, 0xFE];
    let units = SEED[..at]
        .encode_utf16()
        .chain([0xD800])
        .chain(SEED[at..].encode_utf16());
    for u in units {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    write(d, "r/2020.txt", &bytes);
    let out = nianbao(&["ingest", "r"], d);
    let r = &records(&out.stdout)[0];
    assert_eq!(r["source"]["encoding"], "UTF-16LE");
    assert_eq!(r["office"], "安镇街道");
    assert_eq!(r["title"], "安镇街道2020年政府信息公开工作年度报告");
    assert!(!r["office"].as_str().unwrap().contains('\u{FFFD}'));
    let title_issue = r["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["where"] == "title")
        .expect("an issue at `title`");
    assert_eq!(title_issue["code"], "input.bad_bytes");
    assert_eq!(title_issue["severity"], "warning");
    assert!(
        title_issue["message"]
            .as_str()
            .unwrap()
            .starts_with("the title held 1 replacement character (U+FFFD"),
        "{title_issue}"
    );
}

#[test]
fn counts_of_one_are_singular() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "one/2020.tsv", clean());
    let out = nianbao(&["ingest", "one"], d);
    assert!(
        stderr(&out).starts_with("1 document: 1 ok,"),
        "{}",
        stderr(&out)
    );
    // Two copies: one warning each.
    write(d, "two/安镇街道/2020.tsv", clean());
    write(d, "two/东港镇/2020.tsv", clean());
    let out = nianbao(&["check", "two"], d);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n0 errors, 2 warnings\n"), "{text}");
    assert!(
        text.contains("  two/东港镇/2020.tsv (0 errors, 1 warning)\n"),
        "{text}"
    );
    // coverage: one report of an unlisted office, one office-year.
    write(d, "offices.csv", "office\n西城街道\n");
    let out = nianbao(
        &[
            "coverage",
            "-q",
            "--offices",
            "offices.csv",
            "--years",
            "2020",
            "one",
        ],
        d,
    );
    let table = stderr(&out);
    assert!(
        table.contains("\n0 of 1 office-year have a report\n"),
        "{table}"
    );
    assert!(
        table.contains("\n1 report of offices not on the list:\n"),
        "{table}"
    );
}

#[test]
fn check_says_how_many_findings_it_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "r/2020.txt", SEED);
    let ingest = nianbao(&["ingest", "r"], d);
    let n = records(&ingest.stdout)[0]["issues"]
        .as_array()
        .unwrap()
        .len();
    assert!(n > 3, "the seed has {n} findings");
    let out = nianbao(&["check", "r"], d);
    let text = String::from_utf8(out.stdout).unwrap();
    let more = format!(
        "      … and {} more finding{} (`nianbao check --findings all` shows every one)\n",
        n - 3,
        if n - 3 == 1 { "" } else { "s" }
    );
    assert!(text.contains(&more), "{text}");
    let listed = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("      ") && l.contains(" at "))
            .count()
    };
    assert_eq!(listed(&text), 3);
    let all = nianbao(&["check", "--findings", "all", "r"], d);
    let text = String::from_utf8(all.stdout).unwrap();
    assert_eq!(listed(&text), n, "{text}");
    assert!(!text.contains("more finding"), "{text}");
    let bad = nianbao(&["check", "--findings", "some", "r"], d);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("not a number or `all`"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn help_lists_everyday_options_before_the_limits() {
    for command in ["ingest", "check", "coverage"] {
        let out = nianbao(&[command, "--help"], Path::new("."));
        assert_eq!(out.status.code(), Some(0));
        let help = String::from_utf8(out.stdout).unwrap();
        let at = |s: &str| help.find(s).unwrap_or_else(|| panic!("{command}: no {s}"));
        let limits = at("\nLimits:\n");
        for everyday in ["--threads", "--quiet", "--all-files", "--help"] {
            assert!(
                at(everyday) < limits,
                "{command}: {everyday} after the limits"
            );
        }
        if command != "check" {
            assert!(at("-o, --output") < limits, "{command}");
        }
        let maxes: Vec<usize> = help.match_indices("      --max-").map(|(i, _)| i).collect();
        assert_eq!(maxes.len(), 9, "{command}");
        assert!(
            maxes.iter().all(|&i| i > limits),
            "{command}: a limit before its heading"
        );
        // Clap may put a default on the line below its help: compare the
        // words, not the layout.
        let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("Deepest nesting of HTML tables followed (at most 64) [default: 64]"),
            "{help}"
        );
        assert!(
            flat.contains("table cells in one document [default: 20000]"),
            "{help}"
        );
    }
}
