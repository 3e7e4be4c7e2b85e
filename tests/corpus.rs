//! Integration tests: corpus.

use nianbao::corpus::coverage::{coverage, render_table, CoverageError, OfficeList, ReportKey};
use nianbao::corpus::summary::Summary;
use nianbao::corpus::{fingerprint, normalize_office, region_key, CorpusIndex, Fingerprint};
use nianbao::model::{Issue, Num, Record, Row, Severity, Source, Status, Table, Template};
use nianbao::parse::{Block, Cell, Document, Grid, GridRow, Loc};
use nianbao::template::REQUEST_COLS;
use serde_json::json;

fn line(text: &str) -> Block {
    Block::Line {
        text: text.to_string(),
        loc: Loc::default(),
    }
}

fn grid(rows: &[&[&str]]) -> Block {
    Block::Table(Grid {
        rows: rows
            .iter()
            .map(|r| GridRow {
                cells: r
                    .iter()
                    .map(|t| Cell {
                        text: t.to_string(),
                        from_above: false,
                        colspan: 1,
                        loc: Loc::default(),
                        pos: Default::default(),
                    })
                    .collect(),
                loc: Loc::default(),
            })
            .collect(),
        loc: Loc::default(),
    })
}

/// A report body in the seed's words, for `office` and `year`, with the
/// request figure `new` in its table.
fn report(office: &str, year: i32, new: &str) -> Document {
    let prev = year - 1;
    Document {
        title: None,
        blocks: vec![
            line(&format!("{office}{year}年政府信息公开工作年度报告")),
            line("一、总体情况"),
            line(&format!(
                "一是加强组织领导，强化责任落实。{office}办事处高度重视政务公开工作，专题研究部署《条例》的学习、宣传、培训等具体内容，要求负责部门要牵头做好《条例》的宣传培训工作，进一步明确了工作责任和目标任务。"
            )),
            line(&format!(
                "为推进依法行政，切实保障群众的知情权、参与权、表达权和监督权，街道严格按照《条例》规定细化公开内容。{year}年，{office}通过门户网站公开政府信息47条。"
            )),
            line(&format!("本年度街道新收政府信息公开申请数量{new}条，行政复议4条，行政诉讼5条。")),
            line("三、收到和处理政府信息公开申请情况"),
            grid(&[
                &["一、本年新收政府信息公开申请数量", new, "0", "0", "0", "0", "0", new],
                &["二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"],
            ]),
            line(&format!(
                "五、存在的主要问题及改进情况：{office}的政府信息公开工作虽然取得了一定成效，相比{prev}年取得了一些进步，但还存在一些问题和不足。"
            )),
        ],
        ..Document::default()
    }
}

fn source(path: &str) -> Source {
    Source {
        path: path.to_string(),
        sha256: None,
        bytes: 0,
        media: None,
        encoding: None,
        encoding_from: None,
    }
}

fn row7(v: [f64; 7]) -> Row {
    REQUEST_COLS
        .iter()
        .zip(v)
        .map(|(c, x)| (c.key, Some(Num(x))))
        .collect()
}

fn record(path: &str, office: &str, year: i32, over: [f64; 7], forward: [f64; 7]) -> Record {
    let mut rec = Record::new(source(path));
    rec.office = Some(office.to_string());
    rec.year = Some(year);
    rec.template = Some(if year >= 2021 {
        Template::F2021
    } else {
        Template::F2019
    });
    let mut t = Table::default();
    t.insert("carried_over", row7(over));
    t.insert("carried_forward", row7(forward));
    rec.requests = Some(t);
    rec
}

const Z: [f64; 7] = [0.0; 7];

fn fp(doc: &Document, office: &str, year: i32) -> Fingerprint {
    fingerprint(doc, Some(office), Some(year)).expect("a report body has a fingerprint")
}

#[test]
fn fingerprint_ignores_office_year_and_whitespace() {
    let a = fp(&report("安镇街道", 2020, "16"), "安镇街道", 2020);
    // Exact copy.
    assert_eq!(a, fp(&report("安镇街道", 2020, "16"), "安镇街道", 2020));
    // Another office's name (and its 街道办事处 form) and another year.
    assert_eq!(
        a,
        fp(&report("东山街道", 2021, "16"), "东山街道办事处", 2021)
    );
    // Whitespace and full-width forms.
    let mut spaced = report("安镇街道", 2020, "16");
    if let Block::Line { text, .. } = &mut spaced.blocks[4] {
        *text = "本年度街道 新收政府信息公开申请数量 １６ 条，行政复议4条，行政诉讼5条。".into();
    }
    if let Block::Table(g) = &mut spaced.blocks[6] {
        g.rows[0].cells[1].text = " 16 ".into();
    }
    assert_eq!(a, fp(&spaced, "安镇街道", 2020));
    // A different figure is a different report.
    assert_ne!(a, fp(&report("安镇街道", 2020, "17"), "安镇街道", 2020));
    // Cell boundaries count: "1","6" is not "16".
    let mut split = report("安镇街道", 2020, "16");
    if let Block::Table(g) = &mut split.blocks[6] {
        g.rows[1].cells[1].text = "00".into();
        g.rows[1].cells[2].text = "".into();
    }
    assert_ne!(a, fp(&split, "安镇街道", 2020));
    // Tiny documents get none.
    let tiny = Document {
        title: None,
        blocks: vec![line("安镇街道2020年政府信息公开工作年度报告")],
        ..Document::default()
    };
    assert_eq!(fingerprint(&tiny, Some("安镇街道"), Some(2020)), None);
}

fn run(
    index_input: Vec<(Record, Option<Fingerprint>)>,
) -> std::collections::BTreeMap<usize, Vec<Issue>> {
    let mut idx = CorpusIndex::new();
    for (seq, (rec, f)) in index_input.iter().enumerate() {
        idx.add(seq, rec, *f);
    }
    idx.finish()
}

#[test]
fn duplicates_name_each_other() {
    let a = report("安镇街道", 2020, "16");
    let b = report("东山街道", 2020, "16");
    let c = report("西山街道", 2020, "9");
    let out = run(vec![
        (
            record("r/安镇街道/2020.txt", "安镇街道", 2020, Z, Z),
            Some(fp(&a, "安镇街道", 2020)),
        ),
        (
            record("r/东山街道/2020.txt", "东山街道", 2020, Z, Z),
            Some(fp(&b, "东山街道", 2020)),
        ),
        (
            record("r/西山街道/2020.txt", "西山街道", 2020, Z, Z),
            Some(fp(&c, "西山街道", 2020)),
        ),
    ]);
    assert_eq!(out.len(), 2, "the genuinely different report is not a copy");
    let i0 = &out[&0][0];
    assert_eq!(
        (
            i0.code.as_str(),
            i0.severity,
            i0.where_.as_str(),
            i0.found.clone()
        ),
        (
            "corpus.duplicate",
            Severity::Warning,
            "source",
            Some(json!("r/东山街道/2020.txt"))
        )
    );
    assert_eq!(i0.message, "same report body as r/东山街道/2020.txt");
    assert_eq!(out[&1][0].found, Some(json!("r/安镇街道/2020.txt")));
    assert_eq!(out[&1].len(), 1);

    // Three copies: each names the first other copy and counts the rest.
    let out = run(vec![
        (
            record("a.txt", "安镇街道", 2020, Z, Z),
            Some(Fingerprint(7)),
        ),
        (
            record("b.txt", "东山街道", 2020, Z, Z),
            Some(Fingerprint(7)),
        ),
        (
            record("c.txt", "西山街道", 2020, Z, Z),
            Some(Fingerprint(7)),
        ),
    ]);
    assert_eq!(out[&2][0].found, Some(json!("a.txt")));
    assert_eq!(
        out[&2][0].message,
        "same report body as a.txt (and 1 more: b.txt)"
    );
    assert_eq!(out[&0][0].found, Some(json!("b.txt")));

    // Non-reports never take part.
    let mut x = record("x.html", "安镇街道", 2020, Z, Z);
    x.template = None;
    let out = run(vec![
        (x, Some(Fingerprint(7))),
        (
            record("b.txt", "东山街道", 2020, Z, Z),
            Some(Fingerprint(7)),
        ),
    ]);
    assert!(out.is_empty());
}

#[test]
fn carry_over_across_years() {
    let mut fwd = Z;
    fwd[0] = 2.0;
    fwd[6] = 2.0;
    let mut over_bad = Z;
    over_bad[0] = 1.0;
    over_bad[6] = 1.0;
    let out = run(vec![
        // Sound: 2020 carries over what 2019 carried forward.
        (
            record("r/江宁区/东山街道/2019.txt", "东山街道", 2019, Z, fwd),
            None,
        ),
        (
            record("r/江宁区/东山街道/2020.txt", "东山街道办事处", 2020, fwd, Z),
            None,
        ),
        // 2021 says 1 carried over; 2020 carried forward 0.
        (
            record("r/江宁区/东山街道/2021.txt", "东山街道", 2021, over_bad, Z),
            None,
        ),
        // Same office name in another district: not compared.
        (
            record("r/浦口区/东山街道/2020.txt", "东山街道", 2020, over_bad, Z),
            None,
        ),
        // Year folders do not separate a place.
        (
            record("s/2019/西山镇.txt", "西山镇人民政府", 2019, Z, fwd),
            None,
        ),
        (
            record("s/2020/西山镇.txt", "西山镇", 2020, over_bad, Z),
            None,
        ),
    ]);
    assert_eq!(out.keys().copied().collect::<Vec<_>>(), vec![2, 5]);
    let got: Vec<_> = out[&2]
        .iter()
        .map(|i| {
            (
                i.code.as_str(),
                i.where_.as_str(),
                i.expected.clone(),
                i.found.clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "corpus.carry_over",
                "requests.carried_over.natural_person",
                Some(json!(0)),
                Some(json!(1))
            ),
            (
                "corpus.carry_over",
                "requests.carried_over.total",
                Some(json!(0)),
                Some(json!(1))
            ),
        ]
    );
    assert!(out[&2][0].message.contains("r/江宁区/东山街道/2020.txt"));
    assert!(out[&2][0].message.contains("自然人"));
    assert_eq!(out[&5][0].expected, Some(json!(2)));
    assert_eq!(out[&5][0].found, Some(json!(1)));
}

#[test]
fn office_names_and_regions() {
    assert_eq!(normalize_office("东山街道办事处"), "东山街道");
    assert_eq!(normalize_office(" 东山 街道 "), "东山街道");
    assert_eq!(normalize_office("西山镇人民政府"), "西山镇");
    assert_eq!(normalize_office("江宁区人民政府"), "江宁区");
    assert_eq!(
        normalize_office("江宁区人民政府办公室"),
        "江宁区人民政府办公室"
    );
    assert_ne!(
        normalize_office("江宁区审计局"),
        normalize_office("江宁区统计局")
    );
    assert_eq!(
        region_key("reports/江宁区/东山街道/2020.html"),
        "reports/江宁区/东山街道"
    );
    assert_eq!(
        region_key("reports/2019年/江宁区/东山街道.html"),
        "reports/江宁区"
    );
    assert_eq!(region_key("2020.zip!/东山街道.txt"), "");
}

const LIST: &str = "office,region\n东山街道,江宁区\n东山街道,浦口区\n西山镇人民政府,\n";

fn key(path: &str, office: Option<&str>, year: Option<i32>) -> ReportKey {
    ReportKey {
        path: path.into(),
        office: office.map(str::to_string),
        year,
    }
}

#[test]
fn coverage_findings() {
    let list = OfficeList::from_csv(LIST.as_bytes()).unwrap();
    assert_eq!(list.offices.len(), 3);
    let reports = vec![
        key(
            "r/江宁区/东山街道/2019.html",
            Some("东山街道办事处"),
            Some(2019),
        ),
        key("r/江宁区/东山街道/2020.html", Some("东山街道"), Some(2020)),
        key("r/浦口区/东山街道/2020.html", Some("东山街道"), Some(2020)),
        key("r/西山镇/2019.txt", Some("西山镇"), Some(2019)),
        key("r/西山镇/2020.txt", Some("西山镇"), Some(2020)),
        key("r/六合区/东山街道/2020.html", Some("东山街道"), Some(2020)),
        key("r/北山乡/2020.txt", Some("北山乡"), Some(2020)),
    ];
    let found = coverage(&list, 2019..=2020, &reports);
    let lines: Vec<_> = found
        .iter()
        .map(|f| serde_json::to_value(f).unwrap())
        .collect();
    assert_eq!(
        lines,
        vec![
            json!({"code": "corpus.missing_report", "office": "东山街道", "region": "浦口区", "year": 2019}),
            json!({"code": "corpus.unlisted_office", "path": "r/六合区/东山街道/2020.html", "office": "东山街道", "year": 2020}),
            json!({"code": "corpus.unlisted_office", "path": "r/北山乡/2020.txt", "office": "北山乡", "year": 2020}),
        ]
    );
    let table = render_table(&list, 2019..=2020, &found);
    assert!(table.contains("东山街道 (浦口区)"), "{table}");
    assert!(
        table.contains("5 of 6 office-years have a report"),
        "{table}"
    );
    assert!(table.contains("r/北山乡/2020.txt"), "{table}");
    let puko = table.lines().find(|l| l.contains("浦口区")).unwrap();
    assert!(puko.contains('✗') && puko.contains('✓'), "{puko}");

    // Full coverage, nothing stray: no findings.
    let found = coverage(
        &list,
        2019..=2020,
        &reports[..5]
            .iter()
            .cloned()
            .chain([key(
                "r/浦口区/东山街道/2019.html",
                Some("东山街道"),
                Some(2019),
            )])
            .collect::<Vec<_>>(),
    );
    assert_eq!(found, vec![]);
}

#[test]
fn office_list_errors_name_the_line() {
    let e = OfficeList::from_csv("name,region\n东山街道,江宁区\n".as_bytes()).unwrap_err();
    assert!(matches!(e, CoverageError::NoOfficeColumn));
    let e =
        OfficeList::from_csv("office,region\n东山街道,江宁区\n,浦口区\n".as_bytes()).unwrap_err();
    assert!(matches!(e, CoverageError::EmptyOffice { line: 3 }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "office list line 3: the office name is empty"
    );
    let e = OfficeList::from_csv(&b"office\n\xff\xfe\n"[..]).unwrap_err();
    assert!(matches!(e, CoverageError::Csv { line: 2, .. }), "{e:?}");
    // A BOM, extra columns and blank lines are fine.
    let list =
        OfficeList::from_csv("\u{feff}id,office\n1,东山街道\n\n2,西山镇\n".as_bytes()).unwrap();
    assert_eq!(list.offices.len(), 2);
    assert_eq!(list.offices[1].region, None);
}

fn issue(code: &str, sev: Severity, msg: &str) -> Issue {
    Issue::new(code, sev, "requests.x", msg)
}

#[test]
fn summary_render_and_errors() {
    let mut ok = Record::new(source("a/ok.txt"));
    ok.settle_status();
    let mut s = Summary::new();
    s.add(&ok);
    assert!(!s.has_errors());
    assert!(s
        .render()
        .starts_with("1 document: 1 ok, 0 with warnings, 0 malformed, 0 unreadable\n"));
    assert!(!s.render().contains("worst reports"));

    let mut warn = Record::new(source("a/warn.txt"));
    warn.issues.push(issue(
        "narrative.mismatch",
        Severity::Warning,
        "prose differs",
    ));
    warn.settle_status();
    s.add(&warn);
    assert!(!s.has_errors(), "warnings alone do not fail `check`");

    let mut bad = Record::new(source("a/bad.txt"));
    for i in 0..4 {
        bad.issues.push(issue(
            "identity.balance",
            Severity::Error,
            &format!("balance {i}"),
        ));
    }
    bad.issues.push(issue(
        "narrative.mismatch",
        Severity::Warning,
        "prose differs",
    ));
    bad.settle_status();
    assert_eq!(bad.status, Status::Malformed);
    s.add(&bad);
    let mut unread = Record::new(source("a/empty.txt"));
    unread
        .issues
        .push(issue("input.unreadable", Severity::Error, "empty file"));
    unread.settle_status();
    s.add(&unread);
    assert!(s.has_errors());
    let text = s.render();
    assert!(
        text.starts_with(
            "4 documents: 1 ok, 1 with warnings, 1 malformed, 1 unreadable\n5 errors, 2 warnings\n"
        ),
        "{text}"
    );
    let codes = text.split("most common issues:\n").nth(1).unwrap();
    let codes: Vec<&str> = codes.lines().take(3).map(str::trim).collect();
    assert_eq!(
        codes,
        vec![
            "4  identity.balance",
            "2  narrative.mismatch",
            "1  input.unreadable"
        ]
    );
    let worst = text.split("worst reports:\n").nth(1).unwrap();
    let mut lines = worst.lines();
    assert_eq!(lines.next(), Some("  a/bad.txt (4 errors, 1 warning)"));
    assert_eq!(
        lines.next(),
        Some("      identity.balance at requests.x: balance 0")
    );
    assert_eq!(
        lines.nth(1),
        Some("      identity.balance at requests.x: balance 2")
    );
    // Five findings, three shown: the summary says how many are left out.
    assert_eq!(
        lines.next(),
        Some("      … and 2 more findings (`nianbao check --findings all` shows every one)")
    );
    assert_eq!(lines.next(), Some("  a/empty.txt (1 error, 0 warnings)"));
    assert!(!worst.contains("a/ok.txt"));
    // All of them when asked.
    let mut all = Summary::with_findings(None);
    all.add(&bad);
    let text = all.render();
    assert!(text.contains("balance 3"), "{text}");
    assert!(!text.contains("more finding"), "{text}");
}

/// The corpus checks and `check` / `coverage` end to end, by running the
/// binary on the fixtures of `fixtures/validate/`.
mod end_to_end {
    use serde_json::{json, Value};
    use std::path::{Path, PathBuf};
    use std::process::{Command, Output};

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    fn nianbao(args: &[&str], cwd: &Path) -> Output {
        Command::new(env!("CARGO_BIN_EXE_nianbao"))
            .args(args)
            .current_dir(cwd)
            .output()
            .unwrap()
    }

    /// A temp folder holding `fixtures/validate/<sub>` as `<sub>`, without
    /// the golden files.
    fn copy_of(sub: &str) -> tempfile::TempDir {
        fn walk(from: &Path, to: &Path) {
            std::fs::create_dir_all(to).unwrap();
            for e in std::fs::read_dir(from).unwrap() {
                let p = e.unwrap().path();
                let name = p.file_name().unwrap().to_owned();
                if p.is_dir() {
                    walk(&p, &to.join(&name));
                } else if !name.to_string_lossy().ends_with(".json") {
                    std::fs::copy(&p, to.join(&name)).unwrap();
                }
            }
        }
        let dir = tempfile::tempdir().unwrap();
        walk(
            &root().join("fixtures/validate").join(sub),
            &dir.path().join(sub),
        );
        dir
    }

    fn records(bytes: &[u8]) -> Vec<Value> {
        bytes
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect()
    }

    /// (path, code, where, expected, found) of every issue of a run.
    fn findings(recs: &[Value]) -> Vec<(String, String, String, Value, Value)> {
        let mut out = Vec::new();
        for r in recs {
            for i in r["issues"].as_array().unwrap() {
                out.push((
                    r["source"]["path"].as_str().unwrap().to_string(),
                    i["code"].as_str().unwrap().to_string(),
                    i["where"].as_str().unwrap().to_string(),
                    i.get("expected").cloned().unwrap_or(Value::Null),
                    i.get("found").cloned().unwrap_or(Value::Null),
                ));
            }
        }
        out
    }

    fn t(
        path: &str,
        code: &str,
        at: &str,
        e: Value,
        f: Value,
    ) -> (String, String, String, Value, Value) {
        (path.into(), code.into(), at.into(), e, f)
    }

    #[test]
    fn ingest_finds_the_copy_to_stdout_and_to_a_file() {
        let tmp = copy_of("corpus.duplicate");
        let dir = "corpus.duplicate";
        let a = "corpus.duplicate/锡山区/东港镇/2020.tsv";
        let b = "corpus.duplicate/锡山区/安镇街道/2020.tsv";
        let want = vec![
            t(a, "corpus.duplicate", "source", Value::Null, json!(b)),
            t(b, "corpus.duplicate", "source", Value::Null, json!(a)),
        ];
        let out = nianbao(&["ingest", "-q", dir], tmp.path());
        assert!(out.status.success());
        let recs = records(&out.stdout);
        assert_eq!(findings(&recs), want);
        assert!(recs.iter().all(|r| r["status"] == "warnings"));
        assert_eq!(
            recs[0]["issues"][0]["message"],
            format!("same report body as {b}")
        );

        let file = tmp.path().join("out.jsonl");
        let out = nianbao(&["ingest", "-q", dir, "-o", "out.jsonl"], tmp.path());
        assert!(out.status.success());
        assert_eq!(findings(&records(&std::fs::read(&file).unwrap())), want);
        // Streaming skips the corpus checks.
        let out = nianbao(&["ingest", "-q", "--no-corpus-checks", dir], tmp.path());
        assert_eq!(findings(&records(&out.stdout)), vec![]);
    }

    #[test]
    fn ingest_finds_the_broken_carry_over() {
        let tmp = copy_of("corpus.carry_over");
        let out = nianbao(&["ingest", "-q", "corpus.carry_over"], tmp.path());
        assert!(out.status.success());
        let p = "corpus.carry_over/锡山区/安镇街道/2020.tsv";
        let recs = records(&out.stdout);
        assert_eq!(
            findings(&recs),
            vec![
                t(
                    p,
                    "corpus.carry_over",
                    "requests.carried_over.research",
                    json!(0),
                    json!(1)
                ),
                t(
                    p,
                    "corpus.carry_over",
                    "requests.carried_over.total",
                    json!(0),
                    json!(1)
                ),
            ]
        );
        assert_eq!(recs[1]["status"], "warnings");
        let msg = recs[1]["issues"][0]["message"].as_str().unwrap();
        assert!(msg.contains("锡山区/安镇街道/2019.tsv"), "{msg}");
    }

    /// Copies fixtures (relative to `fixtures/validate/`) into a temp folder.
    fn folder_of(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (from, to) in files {
            let dest = dir.path().join(to);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(root().join("fixtures/validate").join(from), dest).unwrap();
        }
        dir
    }

    #[test]
    fn check_summarises_and_exits_1_on_errors_only() {
        let dir = folder_of(&[
            ("clean/anzhen-2020.tsv", "reports/a/2020.tsv"),
            (
                "narrative.mismatch/prose-says-five.tsv",
                "reports/b/2020.tsv",
            ),
            (
                "identity.balance/carried-forward-raised.tsv",
                "reports/c/2020.tsv",
            ),
            ("input.unreadable/empty.txt", "reports/d/empty.txt"),
        ]);
        let out = nianbao(&["check", "reports"], dir.path());
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.starts_with(
                "4 documents: 1 ok, 1 with warnings, 1 malformed, 1 unreadable\n3 errors, 1 warning\n"
            ),
            "{text}"
        );
        assert!(text.contains("most common issues:"), "{text}");
        assert!(text.contains("     2  identity.balance\n"), "{text}");
        assert!(text.contains("  reports/c/2020.tsv (2 errors, 0 warnings)\n      identity.balance at requests.balance.natural_person: 一 + 二 = 3 but （七）总计 + 四 = 5 (自然人)\n"), "{text}");
        assert!(
            text.contains("narrative.mismatch at narrative.new_requests"),
            "{text}"
        );

        // Warnings only: exit 0.
        let dir = folder_of(&[
            ("clean/anzhen-2020.tsv", "reports/a/2020.tsv"),
            (
                "value.negative/negative-decisions.tsv",
                "reports/b/2020.tsv",
            ),
        ]);
        let out = nianbao(&["check", "reports"], dir.path());
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.starts_with("2 documents: 1 ok, 1 with warnings, 0 malformed, 0 unreadable\n"),
            "{text}"
        );
        // Nothing wrong at all: exit 0, no worst reports.
        let dir = folder_of(&[("clean/anzhen-2020.tsv", "reports/a/2020.tsv")]);
        let out = nianbao(&["check", "reports"], dir.path());
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(
            text,
            "1 document: 1 ok, 0 with warnings, 0 malformed, 0 unreadable\n0 errors, 0 warnings\n"
        );
        // Corpus findings count in check too.
        let tmp = copy_of("corpus.duplicate");
        let out = nianbao(&["check", "corpus.duplicate"], tmp.path());
        assert_eq!(out.status.code(), Some(0));
        assert!(String::from_utf8(out.stdout)
            .unwrap()
            .contains("     2  corpus.duplicate\n"));
    }

    #[test]
    fn coverage_end_to_end() {
        let tmp = copy_of("corpus.coverage");
        let list = tmp.path().join("offices.csv");
        // 东山街道 recurs in two districts (told apart by the path); the
        // reports call it 东山街道办事处 in 江宁区; 安镇街道 has no report;
        // 西城街道 is not on the list.
        std::fs::write(
            &list,
            "office,region\n东山街道,江宁区\n东山街道办事处,萧山区\n安镇街道,锡山区\n",
        )
        .unwrap();
        let out_file = tmp.path().join("gaps.jsonl");
        let out = nianbao(
            &[
                "coverage",
                "-q",
                "--offices",
                list.to_str().unwrap(),
                "--years",
                "2019-2020",
                "corpus.coverage",
                "-o",
                out_file.to_str().unwrap(),
            ],
            tmp.path(),
        );
        assert!(out.status.success(), "{out:?}");
        let got = records(&std::fs::read(&out_file).unwrap());
        assert_eq!(
            got,
            vec![
                json!({"code": "corpus.missing_report", "office": "东山街道办事处", "region": "萧山区", "year": 2019}),
                json!({"code": "corpus.missing_report", "office": "安镇街道", "region": "锡山区", "year": 2019}),
                json!({"code": "corpus.missing_report", "office": "安镇街道", "region": "锡山区", "year": 2020}),
                json!({"code": "corpus.unlisted_office", "path": "corpus.coverage/萧山区/西城街道/2020.tsv", "office": "西城街道办事处", "year": 2020}),
            ]
        );
        let table = String::from_utf8(out.stderr).unwrap();
        assert!(
            table.starts_with(
                "office                   2019  2020\n\
                 东山街道 (江宁区)        ✓     ✓\n\
                 东山街道办事处 (萧山区)  ✗     ✓\n\
                 安镇街道 (锡山区)        ✗     ✗\n\
                 3 of 6 office-years have a report\n\
                 1 report of offices not on the list:\n  \
                 corpus.coverage/萧山区/西城街道/2020.tsv  (西城街道办事处, 2020)\n"
            ),
            "{table}"
        );
        // Without a region, one listed 东山街道 is covered by either district.
        std::fs::write(&list, "office\n东山街道\n").unwrap();
        let out = nianbao(
            &[
                "coverage",
                "-q",
                "--offices",
                list.to_str().unwrap(),
                "--years",
                "2019-2020",
                "corpus.coverage",
            ],
            tmp.path(),
        );
        assert!(out.status.success());
        let got = records(&out.stdout);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0]["code"], "corpus.unlisted_office");
        // A bad year range is an error of the run.
        let out = nianbao(
            &[
                "coverage",
                "--offices",
                list.to_str().unwrap(),
                "--years",
                "2020-2019",
                "corpus.coverage",
            ],
            tmp.path(),
        );
        assert_eq!(out.status.code(), Some(2));
    }
}
