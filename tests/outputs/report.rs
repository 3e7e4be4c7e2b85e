//! `nianbao report`: the page, from reports and from record lines, opened
//! in headless Chromium: it loads without script errors, its script runs,
//! and it shows the figures the record lines hold.

use super::{bin, generated, lines, run};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The Chromium to test with: `NIANBAO_CHROMIUM`, `/usr/bin/chromium`, or
/// `chromium` on the PATH. Absent: the test fails under CI (`.ci/run`
/// installs it) and says it skipped elsewhere.
fn chromium(test: &str) -> Option<PathBuf> {
    let found = std::env::var_os("NIANBAO_CHROMIUM")
        .map(PathBuf::from)
        .into_iter()
        .chain([PathBuf::from("/usr/bin/chromium")])
        .chain(std::env::var_os("PATH").into_iter().flat_map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("chromium"))
                .collect::<Vec<_>>()
        }))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{test}: chromium is not installed (.ci/run installs Debian's `chromium`)"
        );
        eprintln!("SKIPPED {test}: chromium is not installed (apt-get install chromium, or set NIANBAO_CHROMIUM)");
    }
    found
}

/// Runs headless Chromium on `page` with `args`, in a fresh profile, and
/// returns its stdout. Killed after two minutes.
fn headless(chrome: &Path, page: &Path, args: &[&str]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).unwrap();
        s
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium {args:?}: {status}");
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium {args:?} did not finish in two minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

/// The texts of the elements `css` selects in a page.
fn texts(dom: &scraper::Html, css: &str) -> Vec<String> {
    let sel = scraper::Selector::parse(css).unwrap();
    dom.select(&sel)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

fn one(dom: &scraper::Html, css: &str) -> String {
    let all = texts(dom, css);
    assert_eq!(all.len(), 1, "{css}: {all:?}");
    all[0].clone()
}

/// What the page should show, worked out from the record lines here.
#[derive(Debug, Default)]
struct Expected {
    documents: usize,
    by_status: BTreeMap<String, usize>,
    reports: usize,
    offices: BTreeSet<String>,
    years: BTreeSet<i64>,
    malformed: usize,
    /// year → (reports counted, new_received, total_handled, denied)
    by_year: BTreeMap<i64, (usize, f64, f64, f64)>,
    codes: BTreeMap<String, usize>,
}

fn expected(recs: &[Value]) -> Expected {
    let mut e = Expected::default();
    let total = |r: &Value, row: &str| r["requests"][row]["total"].as_f64().unwrap_or(0.0);
    for r in recs {
        e.documents += 1;
        let st = r["status"].as_str().unwrap().to_string();
        *e.by_status.entry(st.clone()).or_default() += 1;
        for i in r["issues"].as_array().unwrap() {
            *e.codes
                .entry(i["code"].as_str().unwrap().into())
                .or_default() += 1;
        }
        if r["template"].is_null() {
            continue;
        }
        e.reports += 1;
        e.malformed += usize::from(st == "malformed");
        if let (Some(o), Some(y)) = (r["office"].as_str(), r["year"].as_i64()) {
            e.offices.insert(o.into());
            e.years.insert(y);
        }
        let tabled = r["template"] == "2019" || r["template"] == "2021";
        if let (true, true, Some(y)) = (tabled, st == "ok" || st == "warnings", r["year"].as_i64())
        {
            let denied: f64 = r["requests"]
                .as_object()
                .map(|rows| {
                    rows.iter()
                        .filter(|(k, _)| k.starts_with("denied_"))
                        .map(|(_, v)| v["total"].as_f64().unwrap_or(0.0))
                        .sum()
                })
                .unwrap_or(0.0);
            let y = e.by_year.entry(y).or_default();
            y.0 += 1;
            y.1 += total(r, "new_received");
            y.2 += total(r, "total_handled");
            y.3 += denied;
        }
    }
    e
}

fn num(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

#[test]
fn report_page_loads_in_chromium_and_shows_the_corpus() {
    let test = "report_page_loads_in_chromium_and_shows_the_corpus";
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 60, 60);
    let c = corpus.to_str().unwrap();
    run(&["ingest", "-q", c, "-o", "out.jsonl"], dir.path());
    run(&["report", "-q", c, "-o", "from-reports.html"], dir.path());
    run(
        &["report", "out.jsonl", "-o", "from-lines.html"],
        dir.path(),
    );
    let page = std::fs::read_to_string(dir.path().join("from-reports.html")).unwrap();
    assert_eq!(
        page,
        std::fs::read_to_string(dir.path().join("from-lines.html")).unwrap(),
        "the same page from the reports and from their record lines"
    );
    for fetch in ["src=", "href=", "url(", "@import", "<link"] {
        assert!(!page.contains(fetch), "the page fetches nothing: {fetch}");
    }
    let recs = lines(&std::fs::read(dir.path().join("out.jsonl")).unwrap());
    let want = expected(&recs);
    assert!(want.malformed > 5 && want.by_year.len() > 3, "{want:?}");

    let Some(chrome) = chromium(test) else { return };
    let page_path = dir.path().join("from-reports.html");
    let dom_text = headless(
        &chrome,
        &page_path,
        &["--virtual-time-budget=5000", "--dump-dom"],
    );
    let dom = scraper::Html::parse_document(&dom_text);
    let html = dom.root_element();
    assert_eq!(
        html.value().attr("data-ready"),
        Some("1"),
        "the page's script ran to its end"
    );
    assert_eq!(html.value().attr("data-errors"), None, "no script error");
    let fig = |name: &str| one(&dom, &format!("#summary [data-figure=\"{name}\"]"));
    assert_eq!(num(&fig("documents")), want.documents as f64);
    assert_eq!(num(&fig("reports")), want.reports as f64);
    assert_eq!(num(&fig("offices")), want.offices.len() as f64);
    for (st, n) in &want.by_status {
        assert_eq!(num(&fig(st)), *n as f64, "{st}");
    }
    // The heat map: a cell per office × year from the first to the last.
    let span = (want.years.last().unwrap() - want.years.first().unwrap() + 1) as usize;
    assert_eq!(
        texts(&dom, "#heatmap g.hm").len(),
        want.offices.len() * span
    );
    // Issues by code.
    for (code, n) in &want.codes {
        let got = one(
            &dom,
            &format!("#codes tr[data-code=\"{code}\"] [data-figure=\"issues\"]"),
        );
        assert_eq!(num(&got), *n as f64, "{code}");
    }
    // Requests over the years.
    for (y, (reports, new, handled, denied)) in &want.by_year {
        let cell = |f: &str| {
            num(&one(
                &dom,
                &format!("#year-table td[data-year=\"{y}\"][data-figure=\"{f}\"]"),
            ))
        };
        assert_eq!(cell("reports"), *reports as f64, "{y}");
        assert_eq!(cell("new_received"), *new, "{y}");
        assert_eq!(cell("total_handled"), *handled, "{y}");
        assert_eq!(cell("denied"), *denied, "{y}");
    }
    // The malformed list, counted by the page's own script.
    assert_eq!(texts(&dom, "#malformed-table tr.mf").len(), want.malformed);
    assert_eq!(
        one(&dom, "#shown"),
        format!("{} of {} shown", want.malformed, want.malformed)
    );

    // The error collector is no dummy: a page with a failing script says so.
    let broken = dir.path().join("broken.html");
    std::fs::write(
        &broken,
        page.replace(
            "</body>",
            "<script>no_such_function_here();</script></body>",
        ),
    )
    .unwrap();
    let dom_text = headless(
        &chrome,
        &broken,
        &["--virtual-time-budget=5000", "--dump-dom"],
    );
    let dom = scraper::Html::parse_document(&dom_text);
    let errors = dom.root_element().value().attr("data-errors").unwrap_or("");
    assert!(errors.contains("no_such_function_here"), "{errors:?}");

    // A picture of the page, kept for people to look at.
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("report-screenshot.png");
    let _ = std::fs::remove_file(&shot);
    headless(
        &chrome,
        &page_path,
        &[
            "--virtual-time-budget=5000",
            "--window-size=1280,3600",
            &format!("--screenshot={}", shot.display()),
        ],
    );
    let png = std::fs::read(&shot).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    assert_eq!(width, 1280);
    assert!(
        png.len() > 50_000,
        "a page with content, not a blank one: {} bytes",
        png.len()
    );
    eprintln!("report screenshot: {}", shot.display());
}

#[test]
fn report_takes_only_record_lines() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generated(dir.path(), 3, 0);
    let c = corpus.to_str().unwrap();
    run(
        &["ingest", "-q", c, "--layout", "cells", "-o", "cells.jsonl"],
        dir.path(),
    );
    let out = bin()
        .args(["report", "cells.jsonl", "-o", "r.html"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let msg = String::from_utf8_lossy(&out.stderr);
    assert!(
        msg.contains("cells.jsonl") && msg.contains("not a nianbao record line"),
        "{msg}"
    );
    assert!(!dir.path().join("r.html").exists());
}
