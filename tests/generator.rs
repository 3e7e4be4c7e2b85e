//! Integration tests: generator.
//!
//! Self-checks of `nianbao_gen` (tests/gen) that need no extractor, the fixture
//! regenerator, and the round-trip test every extractor change must pass.

use nianbao::model::{Table, Template, Val};
use nianbao_gen::{self as gen, Deviation, Enc, Flaw, GenDoc, Layout, Mix, Spec};

fn v(t: &Table, row: &str, col: &str) -> Option<f64> {
    t.get(row)
        .and_then(|r| r.get(col))
        .copied()
        .flatten()
        .map(|n| n.0)
}

fn cols() -> [&'static str; 7] {
    [
        "natural_person",
        "business",
        "research",
        "nonprofit",
        "legal_service",
        "other_org",
        "total",
    ]
}

fn outcome_rows(t: Template) -> Vec<&'static str> {
    let mut v = vec!["granted", "partial"];
    v.extend([
        "denied_state_secret",
        "denied_law_forbidden",
        "denied_safety",
        "denied_third_party",
        "denied_internal",
        "denied_process",
        "denied_enforcement",
        "denied_query",
        "unable_not_held",
        "unable_needs_creation",
        "unable_unclear",
        "rejected_petition",
        "rejected_duplicate",
        "rejected_publication",
        "rejected_excessive",
        "rejected_confirm",
    ]);
    if t == Template::F2019 {
        v.push("other");
    } else {
        v.extend(["other_no_correction", "other_no_fee", "other_misc"]);
    }
    v
}

/// Which identities fail, written independently of the generator: a blank
/// applicant cell reads as 0; a check over the 总计 column is skipped when
/// any 总计 cell it needs is blank.
fn broken(truth: &gen::Truth) -> Vec<&'static str> {
    let mut out = Vec::new();
    let r = &truth.requests;
    let Some(t) = truth.template else { return out };
    if t == Template::Legacy || r.is_empty() {
        return out;
    }
    let get = |row: &str, col: &str| -> Option<f64> {
        match r.get(row).and_then(|x| x.get(col)) {
            Some(Some(n)) => Some(n.0),
            Some(None) if col != "total" => Some(0.0),
            None if col != "total" => Some(0.0),
            _ => None,
        }
    };
    let mut a1 = false;
    let mut a2 = false;
    let whole = r.contains_key("total_handled") && r.contains_key("carried_forward");
    for col in cols().into_iter().filter(|_| whole) {
        let four = [
            "new_received",
            "carried_over",
            "total_handled",
            "carried_forward",
        ]
        .map(|k| get(k, col));
        if let [Some(a), Some(b), Some(c), Some(d)] = four {
            if a + b != c + d {
                a1 = true;
            }
        }
        let parts: Vec<Option<f64>> = outcome_rows(t).iter().map(|k| get(k, col)).collect();
        if let (Some(tot), true) = (get("total_handled", col), parts.iter().all(|p| p.is_some())) {
            let sum: f64 = parts.iter().flatten().sum();
            if sum != tot {
                a2 = true;
            }
        }
    }
    let mut a3 = false;
    for (_, row) in r {
        if let Some(Some(tot)) = row.get("total") {
            let s: f64 = cols()[..6]
                .iter()
                .map(|c| row.get(*c).copied().flatten().map_or(0.0, |n| n.0))
                .sum();
            if s != tot.0 {
                a3 = true;
            }
        }
    }
    let mut a5 = false;
    for (_, g) in &truth.review_litigation {
        let x = |k: &str| g.get(k).copied().flatten().map_or(0.0, |n| n.0);
        if let Some(Some(tot)) = g.get("total") {
            if x("upheld") + x("corrected") + x("other") + x("pending") != tot.0 {
                a5 = true;
            }
        }
    }
    if a1 {
        out.push("identity.balance");
    }
    if a2 {
        out.push("identity.outcome_total");
    }
    if a3 {
        out.push("identity.row_total");
    }
    if a5 {
        out.push("identity.review_total");
    }
    out
}

fn a9_holds(truth: &gen::Truth) -> bool {
    if truth.template != Some(Template::F2019) {
        return true;
    }
    ["regulations", "normative_docs"].iter().all(|row| {
        match (
            v(&truth.active, row, "published"),
            v(&truth.active, row, "total_public"),
        ) {
            (Some(p), Some(t)) => p <= t,
            _ => true,
        }
    })
}

fn decode(doc: &GenDoc) -> String {
    let enc = doc.truth.encoding.encoding();
    let (text, _, had_errors) = enc.decode(&doc.bytes);
    assert!(!had_errors, "{} does not decode", doc.path);
    text.into_owned()
}

#[test]
fn deterministic() {
    for mix in [Mix::clean(), Mix::bench(), Mix::flawed()] {
        let a: Vec<GenDoc> = gen::corpus(42, 40, &mix).collect();
        let b: Vec<GenDoc> = gen::corpus(42, 40, &mix).collect();
        assert_eq!(a.len(), 40);
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.path, y.path);
            assert_eq!(x.bytes, y.bytes);
            assert_eq!(x.truth, y.truth);
        }
    }
}

#[test]
fn clean_reports_satisfy_identities() {
    for doc in gen::corpus(7, 600, &Mix::clean()) {
        let t = &doc.truth;
        assert!(t.flaw.is_none());
        assert_eq!(
            broken(t),
            Vec::<&str>::new(),
            "{} {:?}",
            doc.path,
            t.deviations
        );
        assert!(a9_holds(t), "{}", doc.path);
        let new = v(&t.requests, "new_received", "total");
        if let Some(n) = new {
            assert_eq!(t.narrative.get("new_requests").map(|x| x.0), Some(n));
        }
        let rows = t.requests.len();
        let full = if t.template == Some(Template::F2019) {
            23
        } else {
            25
        };
        assert!(
            rows == full || t.deviations.contains(&Deviation::OmitRows),
            "{rows} rows"
        );
    }
}

#[test]
fn flaws_break_exactly_what_they_claim() {
    let identity = [
        "identity.balance",
        "identity.outcome_total",
        "identity.row_total",
        "identity.review_total",
    ];
    for (i, &flaw) in Flaw::ALL.iter().enumerate() {
        for s in 0..30u64 {
            let layout = Layout::ALL[(s as usize) % Layout::ALL.len()];
            let t = if s % 2 == 0 {
                Template::F2019
            } else {
                Template::F2021
            };
            let year = if t == Template::F2019 { 2020 } else { 2022 };
            let spec = Spec::new(t, year, layout, Enc::Utf8).with_flaw(flaw);
            let doc = gen::report(1000 * i as u64 + s, &spec);
            let want: Vec<&str> = flaw
                .codes()
                .iter()
                .copied()
                .filter(|c| identity.contains(c))
                .collect();
            assert_eq!(broken(&doc.truth), want, "{flaw:?} seed {s}");
            match flaw {
                Flaw::NotAReport => assert_eq!(doc.truth.template, None),
                Flaw::Legacy => assert_eq!(doc.truth.template, Some(Template::Legacy)),
                Flaw::MissingTable => assert!(doc.truth.review_litigation.is_empty()),
                Flaw::Truncated => {
                    assert!(doc.truth.review_litigation.is_empty());
                    assert!(doc.truth.requests.len() < 23);
                }
                Flaw::NarrativeMismatch => {
                    let n = doc.truth.narrative.get("new_requests").map(|x| x.0);
                    assert_ne!(n, v(&doc.truth.requests, "new_received", "total"));
                }
                Flaw::Unparsed => assert_eq!(v(&doc.truth.active, "licensing", "decisions"), None),
                Flaw::NegativeCount => {
                    assert!(v(&doc.truth.active, "licensing", "decisions").unwrap_or(0.0) < 0.0)
                }
                _ => {}
            }
            assert!(!flaw.code().is_empty());
        }
    }
}

#[test]
fn every_encoding_decodes_to_the_title() {
    for (i, &enc) in Enc::ALL.iter().enumerate() {
        for (j, &layout) in Layout::ALL.iter().enumerate() {
            let spec = Spec::new(Template::F2021, 2021, layout, enc);
            let doc = gen::report((i * 100 + j) as u64, &spec);
            let text = decode(&doc);
            let text = nianbao::hanzi::simplify(&text).into_owned();
            assert!(text.contains(&doc.truth.title), "{} {:?}", doc.path, enc);
        }
    }
}

#[test]
fn big5_has_no_unmappable_characters() {
    for s in 0..200u64 {
        let layout = Layout::ALL[(s as usize) % 8];
        let mut spec = Spec::new(Template::F2019, 2019, layout, Enc::Big5);
        if s % 3 == 0 {
            spec = spec.with(Deviation::Pinyin).with(Deviation::Heji);
        }
        if s % 5 == 0 {
            spec = spec.with_flaw(Flaw::ALL[(s as usize / 5) % Flaw::ALL.len()]);
        }
        let doc = gen::report(s, &spec);
        let text = decode(&doc);
        let at = text
            .find("&#")
            .map(|i| text[i..].chars().take(10).collect::<String>());
        assert!(at.is_none(), "unmappable in {}: {:?}", doc.path, at);
        assert!(doc.truth.deviations.contains(&Deviation::Traditional));
        let simple = nianbao::hanzi::simplify(&text).into_owned();
        assert!(simple.contains(&doc.truth.title));
    }
}

#[test]
fn clutter_pages_are_20_to_80_kb() {
    for (i, &enc) in Enc::ALL.iter().enumerate() {
        for s in 0..10u64 {
            let spec = Spec::new(Template::F2021, 2023, Layout::HtmlClutter, enc);
            let doc = gen::report(s * 10 + i as u64, &spec);
            let n = doc.bytes.len();
            assert!((20_000..=80_000).contains(&n), "{} bytes for {:?}", n, enc);
        }
    }
}

#[test]
fn paths_and_titles_have_real_shapes() {
    for doc in gen::corpus(3, 100, &Mix::clean()) {
        let t = &doc.truth;
        assert!(
            doc.path
                .ends_with(&format!("{}.{}", t.year, t.layout.ext())),
            "{}",
            doc.path
        );
        assert!(t.title.contains(&t.office));
        assert!(t.title.ends_with("政府信息公开工作年度报告"));
        assert_eq!(doc.path.split('/').count(), 4);
    }
}

/// One miss of the round trip: which document, which key, what was
/// expected and what the extractor found.
#[derive(Debug, Clone)]
pub struct Miss {
    /// The seed of the document.
    pub seed: u64,
    /// Its layout.
    pub layout: Layout,
    /// Its encoding.
    pub encoding: Enc,
    /// `requests.granted.total`, `office`, …
    pub key: String,
    /// Truth.
    pub expected: String,
    /// The record.
    pub found: String,
}

fn fmt_val(v: Option<&Val>) -> String {
    match v {
        None => "absent".into(),
        Some(None) => "null".into(),
        Some(Some(n)) => format!("{}", n.0),
    }
}

/// Runs one generated document through the pipeline and compares every
/// cell of `active`, `requests`, `review_litigation` and `template`,
/// `office`, `year` with its truth. Returns (cells right, cells total,
/// misses).
pub fn roundtrip_report(seed: u64, doc: &GenDoc) -> (usize, usize, Vec<Miss>) {
    let rec = nianbao::pipeline::process_bytes(&doc.path, &doc.bytes, &Default::default());
    let t = &doc.truth;
    let mut right = 0;
    let mut total = 0;
    let mut misses = Vec::new();
    let miss = |key: String, e: String, f: String| Miss {
        seed,
        layout: t.layout,
        encoding: t.encoding,
        key,
        expected: e,
        found: f,
    };
    let mut check = |key: String, e: String, f: String, ok: bool| {
        total += 1;
        if ok {
            right += 1;
        } else {
            misses.push(miss(key, e, f));
        }
    };
    check(
        "template".into(),
        format!("{:?}", t.template),
        format!("{:?}", rec.template),
        rec.template == t.template,
    );
    check(
        "office".into(),
        t.office.clone(),
        format!("{:?}", rec.office),
        rec.office.as_deref() == Some(&t.office),
    );
    check(
        "year".into(),
        t.year.to_string(),
        format!("{:?}", rec.year),
        rec.year == Some(t.year),
    );
    let empty = Table::default();
    for (name, want, got) in [
        ("active", &t.active, rec.active.as_ref().unwrap_or(&empty)),
        (
            "requests",
            &t.requests,
            rec.requests.as_ref().unwrap_or(&empty),
        ),
        (
            "review_litigation",
            &t.review_litigation,
            rec.review_litigation.as_ref().unwrap_or(&empty),
        ),
    ] {
        for (row, cols) in want {
            for (col, val) in cols {
                let found = got.get(row).and_then(|r| r.get(col));
                let ok = match (val, found) {
                    (None, Some(None)) => true,
                    (Some(a), Some(Some(b))) => (a.0 - b.0).abs() < 0.005,
                    _ => false,
                };
                check(
                    format!("{name}.{row}.{col}"),
                    fmt_val(Some(val)),
                    fmt_val(found),
                    ok,
                );
            }
        }
        for row in got.keys() {
            if !want.contains_key(row) {
                check(
                    format!("{name}.{row}"),
                    "absent".into(),
                    "present".into(),
                    false,
                );
            }
        }
    }
    (right, total, misses)
}

#[test]
fn roundtrip_every_cell() {
    let n: usize = std::env::var("NIANBAO_ROUNDTRIP_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let mut per: Vec<(Layout, usize, usize)> = Layout::ALL.iter().map(|&l| (l, 0, 0)).collect();
    let mut misses: Vec<Miss> = Vec::new();
    let mix = Mix::clean();
    let seed: u64 = std::env::var("NIANBAO_ROUNDTRIP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed);
    for (i, doc) in gen::corpus(seed, n, &mix).enumerate() {
        let (r, t, m) = roundtrip_report(i as u64, &doc);
        if let Some(p) = per.iter_mut().find(|p| p.0 == doc.truth.layout) {
            p.1 += r;
            p.2 += t;
        }
        misses.extend(m);
    }
    println!(
        "{:<14} {:>10} {:>10} {:>8}",
        "layout", "right", "total", "share"
    );
    for (l, r, t) in &per {
        let share = if *t == 0 { 1.0 } else { *r as f64 / *t as f64 };
        println!(
            "{:<14} {:>10} {:>10} {:>7.3}%",
            l.name(),
            r,
            t,
            share * 100.0
        );
    }
    let show: usize = std::env::var("NIANBAO_ROUNDTRIP_SHOW")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    for m in misses.iter().take(show) {
        println!(
            "miss: corpus({seed}) doc {} {} {} {}: expected {} found {}",
            m.seed,
            m.layout.name(),
            m.encoding.name(),
            m.key,
            m.expected,
            m.found
        );
    }
    assert!(misses.is_empty(), "{} cells missed", misses.len());
}

#[test]
#[ignore = "writes fixtures/; run by hand"]
fn regenerate_fixtures() {
    use std::fs;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let write = |dir: &str, name: &str, doc: &GenDoc| {
        let d = root.join(dir);
        fs::create_dir_all(&d).unwrap();
        let ext = doc.truth.layout.ext();
        fs::write(d.join(format!("{name}.{ext}")), &doc.bytes).unwrap();
        let json = serde_json::to_string_pretty(&doc.truth).unwrap();
        fs::write(d.join(format!("{name}.truth.json")), json + "\n").unwrap();
    };
    for (i, &layout) in Layout::ALL.iter().enumerate() {
        for (t, year) in [(Template::F2019, 2020), (Template::F2021, 2022)] {
            let spec = Spec::new(t, year, layout, Enc::Utf8);
            let tag = if t == Template::F2019 { "2019" } else { "2021" };
            write(
                "layouts",
                &format!("{}-{tag}", layout.name()),
                &gen::report(100 + i as u64, &spec),
            );
        }
    }
    for (i, &enc) in Enc::ALL.iter().enumerate() {
        let layout = if i % 2 == 0 {
            Layout::Html
        } else {
            Layout::TextSeed
        };
        let layout = if enc == Enc::Gb18030Declared {
            Layout::Html
        } else {
            layout
        };
        let spec = Spec::new(Template::F2021, 2021, layout, enc);
        write("encodings", enc.name(), &gen::report(200 + i as u64, &spec));
    }
    for (i, &d) in Deviation::ALL.iter().enumerate() {
        let (t, year) = match d {
            Deviation::NormativeDocsLabel => (Template::F2021, 2022),
            Deviation::Misaligned | Deviation::Parentheticals | Deviation::Backslash => {
                (Template::F2019, 2020)
            }
            _ if i % 2 == 0 => (Template::F2019, 2020),
            _ => (Template::F2021, 2023),
        };
        let layout = match d {
            Deviation::Misaligned | Deviation::SpacedLabels => Layout::Html,
            Deviation::NoReviewTotals => Layout::PdfText,
            Deviation::Thousands => Layout::Csv,
            _ => Layout::ALL[i % Layout::ALL.len()],
        };
        let layout = if layout == Layout::PdfText
            && matches!(
                d,
                Deviation::BlankCells | Deviation::PartialTotals | Deviation::OnlyTotals
            ) {
            Layout::TextSeed
        } else {
            layout
        };
        let spec = Spec::new(t, year, layout, Enc::Utf8).with(d);
        write("deviations", d.name(), &gen::report(300 + i as u64, &spec));
    }
}

/// Prints one document of the round-trip corpus, its truth and its record:
/// `NIANBAO_DUMP=602 cargo test --release dump_roundtrip_doc -- --ignored --nocapture`.
#[test]
#[ignore = "a debugging aid"]
fn dump_roundtrip_doc() {
    let i: usize = std::env::var("NIANBAO_DUMP")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let seed: u64 = std::env::var("NIANBAO_ROUNDTRIP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed);
    let doc = gen::corpus(seed, i + 1, &Mix::clean()).nth(i).unwrap();
    let text = nianbao::decode::decode(&doc.path, &doc.bytes, &Default::default())
        .unwrap()
        .text;
    println!(
        "{} {:?} {:?}\n{text}",
        doc.path, doc.truth.layout, doc.truth.deviations
    );
    let rec = nianbao::pipeline::process_bytes(&doc.path, &doc.bytes, &Default::default());
    println!("{}", serde_json::to_string_pretty(&rec).unwrap());
}

/// Prints the first generated copy and its original side by side as text:
/// `cargo test --release dump_duplicate -- --ignored --nocapture`.
#[test]
#[ignore = "a debugging aid"]
fn dump_duplicate() {
    let docs: Vec<GenDoc> = gen::corpus(1, 400, &Mix::flawed()).collect();
    let k = docs
        .iter()
        .position(|d| d.truth.flaw == Some(gen::Flaw::Duplicate))
        .unwrap();
    for d in [&docs[k - 1], &docs[k]] {
        let text = nianbao::decode::decode(&d.path, &d.bytes, &Default::default())
            .unwrap()
            .text;
        std::fs::write(
            format!(
                "/tmp/dup-{}.txt",
                if std::ptr::eq(d, &docs[k]) {
                    "copy"
                } else {
                    "orig"
                }
            ),
            text,
        )
        .unwrap();
        println!("{} {:?} {:?}", d.path, d.truth.layout, d.truth.encoding);
    }
}
