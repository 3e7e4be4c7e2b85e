//! Integration tests: validate.

use nianbao::model::{Issue, Num, Record, Row, Severity, Source, Table, Template, Val};
use nianbao::template::{request_rows, REQUEST_COLS, REVIEW_COLS};
use nianbao::validate::narrative::{figures, parse_num};
use nianbao::validate::{validate, Evidence};
use serde_json::json;

fn n(x: f64) -> Val {
    Some(Num(x))
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

/// A section 三 row from six applicant values and a total (`None` = blank).
fn rrow(vals: [Option<f64>; 7]) -> Row {
    REQUEST_COLS
        .iter()
        .zip(vals)
        .map(|(c, v)| (c.key, v.map(Num)))
        .collect()
}

/// A row with only 自然人 and 商业企业 filled, the rest 0, total consistent.
fn simple(nat: f64, bus: f64) -> Row {
    rrow([
        Some(nat),
        Some(bus),
        Some(0.0),
        Some(0.0),
        Some(0.0),
        Some(0.0),
        Some(nat + bus),
    ])
}

fn review_row(vals: [f64; 5]) -> Row {
    REVIEW_COLS
        .iter()
        .zip(vals)
        .map(|(c, v)| (c.key, n(v)))
        .collect()
}

/// A consistent section 三 table of template `t`: 6 new + 1 carried over =
/// 6 handled + 1 carried forward.
fn sound_requests(t: Template) -> Table {
    let mut table = Table::default();
    for r in request_rows(t) {
        let row = match r.key {
            "new_received" => simple(5.0, 1.0),
            "carried_over" => simple(1.0, 0.0),
            "granted" => simple(3.0, 0.0),
            "partial" => simple(0.0, 1.0),
            "unable_not_held" => simple(2.0, 0.0),
            "total_handled" => simple(5.0, 1.0),
            "carried_forward" => simple(1.0, 0.0),
            _ => simple(0.0, 0.0),
        };
        table.insert(r.key, row);
    }
    table
}

fn sound_review() -> Table {
    let mut t = Table::default();
    t.insert("review", review_row([1.0, 0.0, 0.0, 1.0, 2.0]));
    t.insert("litigation_direct", review_row([1.0, 0.0, 0.0, 0.0, 1.0]));
    t.insert(
        "litigation_after_review",
        review_row([0.0, 0.0, 0.0, 0.0, 0.0]),
    );
    t
}

fn active_row(cells: &[(&'static str, f64)]) -> Row {
    cells.iter().map(|&(k, v)| (k, n(v))).collect()
}

fn sound_active_2019() -> Table {
    let mut t = Table::default();
    let docs = [("made", 13.0), ("published", 13.0), ("total_public", 524.0)];
    t.insert("regulations", active_row(&docs));
    t.insert("normative_docs", active_row(&docs));
    let items = [("prev_items", 10.0), ("change", -8.0), ("decisions", 3.0)];
    for k in ["licensing", "other_services", "penalties", "enforcement"] {
        t.insert(k, active_row(&items));
    }
    t.insert("fees", active_row(&[("prev_items", 2.0), ("change", 0.0)]));
    t.insert(
        "procurement",
        active_row(&[("projects", 16.0), ("amount_yuan", 39173777.52)]),
    );
    t
}

fn sound_active_2021() -> Table {
    let mut t = Table::default();
    let docs = [("issued", 2.0), ("repealed", 1.0), ("in_force", 30.0)];
    t.insert("regulations", active_row(&docs));
    t.insert("normative_docs", active_row(&docs));
    for k in ["licensing", "penalties", "enforcement"] {
        t.insert(k, active_row(&[("decisions", 4.0)]));
    }
    t.insert("fees", active_row(&[("amount_yuan", 12345.6)]));
    t
}

fn sound_record(t: Template) -> Record {
    let mut rec = Record::new(source("a/东山街道/2020.txt"));
    rec.template = Some(t);
    rec.active = Some(match t {
        Template::F2021 => sound_active_2021(),
        _ => sound_active_2019(),
    });
    rec.requests = Some(sound_requests(t));
    rec.review_litigation = Some(sound_review());
    rec
}

const SOUND_OVERVIEW: &[&str] = &[
    "2020年，共收到政府信息公开申请6件，上年结转1件，主动公开政府信息47条。",
    "发生行政复议2起，行政诉讼1起。",
];

fn run(rec: &mut Record, overview: &[&str]) {
    let ev = Evidence {
        overview: overview.iter().map(|&l| l.into()).collect(),
        figures: None,
    };
    validate(rec, &ev);
}

/// (code, where, expected, found) of each issue, for exact comparison.
fn summary(issues: &[Issue]) -> Vec<(String, String, serde_json::Value, serde_json::Value)> {
    issues
        .iter()
        .map(|i| {
            (
                i.code.clone(),
                i.where_.clone(),
                i.expected.clone().unwrap_or(serde_json::Value::Null),
                i.found.clone().unwrap_or(serde_json::Value::Null),
            )
        })
        .collect()
}

fn s(
    code: &str,
    at: &str,
    e: serde_json::Value,
    f: serde_json::Value,
) -> (String, String, serde_json::Value, serde_json::Value) {
    (code.to_string(), at.to_string(), e, f)
}

fn set(rec: &mut Record, row: &'static str, col: &'static str, v: Val) {
    if let Some(r) = rec.requests.as_mut().and_then(|t| t.get_mut(row)) {
        r.insert(col, v);
    }
}

#[test]
fn sound_reports_are_silent() {
    for t in [Template::F2019, Template::F2021] {
        let mut rec = sound_record(t);
        run(&mut rec, SOUND_OVERVIEW);
        assert_eq!(rec.issues, vec![], "{t:?}");
        let narr = rec.narrative.expect("narrative");
        assert_eq!(narr.get("new_requests"), Some(&Num(6.0)));
        assert_eq!(narr.get("reviews"), Some(&Num(2.0)));
        assert_eq!(narr.get("lawsuits"), Some(&Num(1.0)));
        assert_eq!(
            rec.status,
            nianbao::model::Status::Ok,
            "validate leaves status"
        );
    }
}

#[test]
fn balance_fires_per_column() {
    let mut rec = sound_record(Template::F2019);
    set(&mut rec, "carried_forward", "natural_person", n(3.0));
    set(&mut rec, "carried_forward", "total", n(3.0));
    run(&mut rec, &[]);
    assert_eq!(
        summary(&rec.issues),
        vec![
            s(
                "identity.balance",
                "requests.balance.natural_person",
                json!(6),
                json!(8)
            ),
            s(
                "identity.balance",
                "requests.balance.total",
                json!(7),
                json!(9)
            ),
        ]
    );
    assert!(rec.issues.iter().all(|i| i.severity == Severity::Error));
    assert_eq!(
        rec.issues[0].message,
        "一 + 二 = 6 but （七）总计 + 四 = 8 (自然人)"
    );
}

#[test]
fn balance_skips_when_a_row_is_absent_or_total_blank() {
    let mut rec = sound_record(Template::F2019);
    set(&mut rec, "carried_forward", "natural_person", n(3.0));
    set(&mut rec, "carried_forward", "total", n(3.0));
    rec.requests.as_mut().unwrap().shift_remove("carried_over");
    run(&mut rec, &[]);
    assert_eq!(rec.issues, vec![]);

    let mut rec = sound_record(Template::F2019);
    set(&mut rec, "carried_forward", "natural_person", n(3.0));
    set(&mut rec, "total_handled", "natural_person", None);
    run(&mut rec, &[]);
    // （七）自然人 blank: A1 and A2 skip that column; A3 of （七） sees 0 + 1 vs 6.
    assert_eq!(
        summary(&rec.issues),
        vec![
            s(
                "identity.row_total",
                "requests.total_handled.total",
                json!(1),
                json!(6)
            ),
            s(
                "identity.row_total",
                "requests.carried_forward.total",
                json!(3),
                json!(1)
            ),
        ]
    );
}

#[test]
fn outcome_total_fires_per_column() {
    let mut rec = sound_record(Template::F2019);
    set(&mut rec, "granted", "natural_person", n(4.0));
    set(&mut rec, "granted", "total", n(4.0));
    run(&mut rec, &[]);
    assert_eq!(
        summary(&rec.issues),
        vec![
            s(
                "identity.outcome_total",
                "requests.total_handled.natural_person",
                json!(6),
                json!(5)
            ),
            s(
                "identity.outcome_total",
                "requests.total_handled.total",
                json!(7),
                json!(6)
            ),
        ]
    );
    assert_eq!(
        rec.issues[0].message,
        "（七）总计 is 5 but the outcome rows add up to 6 (自然人)"
    );
}

#[test]
fn outcome_total_silent_for_shanghai_blank_totals() {
    // Shanghai 2019: 总计 blank on every outcome row, （七）总计 printed.
    let mut rec = sound_record(Template::F2019);
    for r in request_rows(Template::F2019).filter(|r| r.outcome) {
        set(&mut rec, r.key, "total", None);
    }
    run(&mut rec, &[]);
    assert_eq!(rec.issues, vec![]);
}

#[test]
fn outcome_total_uses_the_templates_rows() {
    // 2021: the three （六） rows count; a stray 2019 `other` row does not.
    let mut rec = sound_record(Template::F2021);
    set(&mut rec, "other_no_fee", "natural_person", n(1.0));
    set(&mut rec, "other_no_fee", "total", n(1.0));
    set(&mut rec, "granted", "natural_person", n(2.0));
    set(&mut rec, "granted", "total", n(2.0));
    rec.requests
        .as_mut()
        .unwrap()
        .insert("other", simple(9.0, 0.0));
    run(&mut rec, &[]);
    assert_eq!(rec.issues, vec![]);

    // The same row values read as 2019: other_misc is not a 2019 row.
    let mut rec = sound_record(Template::F2019);
    set(&mut rec, "granted", "natural_person", n(2.0));
    set(&mut rec, "granted", "total", n(2.0));
    rec.requests
        .as_mut()
        .unwrap()
        .insert("other_misc", simple(1.0, 0.0));
    run(&mut rec, &[]);
    assert_eq!(
        summary(&rec.issues),
        vec![
            s(
                "identity.outcome_total",
                "requests.total_handled.natural_person",
                json!(4),
                json!(5)
            ),
            s(
                "identity.outcome_total",
                "requests.total_handled.total",
                json!(5),
                json!(6)
            ),
        ]
    );
}

#[test]
fn outcome_total_reads_absent_rows_as_zero_and_skips_all_blank_columns() {
    let mut rec = sound_record(Template::F2019);
    let req = rec.requests.as_mut().unwrap();
    req.shift_remove("rejected_excessive");
    req.shift_remove("rejected_confirm");
    run(&mut rec, &[]);
    assert_eq!(rec.issues, vec![]);

    // Every outcome cell of 科研机构 blank while （七） says 0: nothing to compare.
    let mut rec = sound_record(Template::F2019);
    for r in request_rows(Template::F2019).filter(|r| r.outcome) {
        set(&mut rec, r.key, "research", None);
    }
    set(&mut rec, "total_handled", "research", n(0.0));
    run(&mut rec, &[]);
    assert_eq!(rec.issues, vec![]);
}

#[test]
fn row_total_fires_and_skips() {
    let mut rec = sound_record(Template::F2019);
    set(&mut rec, "new_received", "total", n(7.0));
    run(&mut rec, &[]);
    assert_eq!(
        summary(&rec.issues),
        vec![
            s(
                "identity.balance",
                "requests.balance.total",
                json!(8),
                json!(7)
            ),
            s(
                "identity.row_total",
                "requests.new_received.total",
                json!(6),
                json!(7)
            ),
        ]
    );
    assert_eq!(
        rec.issues[1].message,
        "总计 is 7 but the applicant columns add up to 6 (一、本年新收政府信息公开申请数量)"
    );

    // Applicant blanks read as 0; only-总计 rows (TJ23) are not checked.
    let mut rec = sound_record(Template::F2019);
    set(&mut rec, "denied_state_secret", "natural_person", None);
    for c in REQUEST_COLS.iter().filter(|c| c.key != "total") {
        set(&mut rec, "rejected_duplicate", c.key, None);
    }
    run(&mut rec, &[]);
    assert_eq!(rec.issues, vec![]);

    let mut rec = sound_record(Template::F2021);
    set(&mut rec, "denied_safety", "research", n(2.0));
    run(&mut rec, &[]);
    let sub = summary(&rec.issues);
    assert!(sub.contains(&s(
        "identity.row_total",
        "requests.denied_safety.total",
        json!(2),
        json!(0)
    )));
    let msg = &rec
        .issues
        .iter()
        .find(|i| i.code == "identity.row_total")
        .unwrap()
        .message;
    assert!(msg.contains("（三）不予公开 3.危及“三安全一稳定”"), "{msg}");
}

#[test]
fn review_total_fires_and_skips() {
    let mut rec = sound_record(Template::F2019);
    rec.review_litigation
        .as_mut()
        .unwrap()
        .insert("litigation_direct", review_row([1.0, 1.0, 1.0, 0.0, 2.0]));
    run(&mut rec, &[]);
    assert_eq!(
        summary(&rec.issues),
        vec![s(
            "identity.review_total",
            "review_litigation.litigation_direct.total",
            json!(3),
            json!(2)
        )]
    );
    assert!(rec.issues[0].message.contains("行政诉讼·未经复议直接起诉"));

    // Blank total: skipped.
    let mut rec = sound_record(Template::F2019);
    let mut row = review_row([1.0, 1.0, 1.0, 0.0, 0.0]);
    row.insert("total", None);
    rec.review_litigation
        .as_mut()
        .unwrap()
        .insert("litigation_direct", row);
    run(&mut rec, &[]);
    assert_eq!(rec.issues, vec![]);
}

#[test]
fn no_template_or_legacy_gets_no_table_checks() {
    let mut rec = sound_record(Template::F2019);
    set(&mut rec, "granted", "natural_person", n(40.0));
    rec.template = None;
    run(&mut rec, SOUND_OVERVIEW);
    assert_eq!(rec.issues, vec![]);
    assert_eq!(rec.narrative, None);

    rec.template = Some(Template::Legacy);
    run(&mut rec, &["全年共受理依申请公开申请9件。"]);
    assert_eq!(rec.issues, vec![]);
    assert_eq!(rec.narrative.unwrap().get("new_requests"), Some(&Num(9.0)));
}

/// The real seed report (安镇街道 2020), as the extractor should fill it.
fn seed_record() -> Record {
    let mut rec = Record::new(source("seed/000_60c3416880e5604d.txt"));
    rec.office = Some("安镇街道".into());
    rec.year = Some(2020);
    rec.template = Some(Template::F2019);
    let mut active = Table::default();
    for k in ["regulations", "normative_docs"] {
        active.insert(
            k,
            active_row(&[("made", 0.0), ("published", 0.0), ("total_public", 0.0)]),
        );
    }
    for k in ["licensing", "other_services", "penalties", "enforcement"] {
        active.insert(
            k,
            active_row(&[("prev_items", 0.0), ("change", 0.0), ("decisions", 0.0)]),
        );
    }
    active.insert("fees", active_row(&[("prev_items", 0.0), ("change", 0.0)]));
    active.insert(
        "procurement",
        active_row(&[("projects", 16.0), ("amount_yuan", 39173777.52)]),
    );
    rec.active = Some(active);
    let mut req = Table::default();
    for r in request_rows(Template::F2019) {
        let row = match r.key {
            "new_received" => simple(4.0, 0.0),
            "unable_not_held" => simple(1.0, 0.0),
            "unable_needs_creation" => simple(2.0, 0.0),
            "other" => simple(1.0, 0.0),
            "rejected_excessive" | "rejected_confirm" => continue,
            _ => simple(0.0, 0.0),
        };
        req.insert(r.key, row);
    }
    rec.requests = Some(req);
    let mut rl = Table::default();
    rl.insert("review", review_row([4.0, 0.0, 0.0, 0.0, 4.0]));
    rl.insert("litigation_direct", review_row([1.0, 1.0, 1.0, 0.0, 3.0]));
    rl.insert(
        "litigation_after_review",
        review_row([0.0, 0.0, 0.0, 2.0, 2.0]),
    );
    rec.review_litigation = Some(rl);
    rec
}

const SEED_OVERVIEW: &[&str] = &[
    "1.新《条例》宣传教育培训情况",
    "一是加强组织领导，强化责任落实。安镇街道办事处高度重视政务公开工作。组织全街道负责政务公开工作的人员50余人进行集中培训。",
    "2.主动公开情况",
    "为推进依法行政，切实保障群众的知情权、参与权、表达权和监督权，街道严格按照《条例》规定细化公开内容。2020年，安镇街道通过门户网站公开政府信息47条。",
    "3.依申请公开办理情况",
    "本年度街道新收政府信息公开申请数量16条，行政复议4条，行政诉讼5条。",
    "6.政府信息公开监督保障情况（含各级人民政府工作考核、社会评议和责任追究结果情况）",
    "本年度安镇街道考核合格，无责任追究情况。",
];

#[test]
fn seed_report_has_exactly_its_findings() {
    let mut rec = seed_record();
    run(&mut rec, SEED_OVERVIEW);
    assert_eq!(
        summary(&rec.issues),
        vec![
            s(
                "identity.balance",
                "requests.balance.natural_person",
                json!(4),
                json!(0)
            ),
            s(
                "identity.balance",
                "requests.balance.total",
                json!(4),
                json!(0)
            ),
            s(
                "identity.outcome_total",
                "requests.total_handled.natural_person",
                json!(4),
                json!(0)
            ),
            s(
                "identity.outcome_total",
                "requests.total_handled.total",
                json!(4),
                json!(0)
            ),
            s(
                "narrative.mismatch",
                "narrative.new_requests",
                json!(4),
                json!(16)
            ),
        ]
    );
    let narr = rec.narrative.clone().unwrap();
    assert_eq!(
        serde_json::to_value(&narr).unwrap(),
        json!({"new_requests": 16, "reviews": 4, "lawsuits": 5})
    );
    assert_eq!(
        rec.issues[2].message,
        "（七）总计 is 0 but the outcome rows add up to 4 (自然人)"
    );
    assert_eq!(rec.issues[4].severity, Severity::Warning);
    rec.settle_status();
    assert_eq!(rec.status, nianbao::model::Status::Malformed);
}

#[test]
fn narrative_phrasings() {
    // (sentence, new_requests, reviews, lawsuits)
    type Case = (&'static str, Option<f64>, Option<f64>, Option<f64>);
    let cases: &[Case] = &[
        ("本年度共收到政府信息公开申请16件。", Some(16.0), None, None),
        (
            "本年度街道新收政府信息公开申请数量16条，行政复议4条，行政诉讼5条。",
            Some(16.0),
            Some(4.0),
            Some(5.0),
        ),
        (
            "全年受理依申请公开申请4件，均已按时答复。",
            Some(4.0),
            None,
            None,
        ),
        (
            "2021年，我局收到政府信息公开申请共计１２件。",
            Some(12.0),
            None,
            None,
        ),
        ("全年共接到政府信息公开申请十二件。", Some(12.0), None, None),
        (
            "收到政府信息公开申请两件，其中自然人申请1件。",
            Some(2.0),
            None,
            None,
        ),
        ("本年度未收到政府信息公开申请。", Some(0.0), None, None),
        (
            "全年没有收到政府信息公开申请，未发生行政复议和行政诉讼。",
            Some(0.0),
            Some(0.0),
            Some(0.0),
        ),
        ("本年度无行政复议和行政诉讼。", None, Some(0.0), Some(0.0)),
        (
            "未发生因政府信息公开引起的行政复议、行政诉讼情况。",
            None,
            Some(0.0),
            Some(0.0),
        ),
        (
            "因政府信息公开被申请行政复议1起，提起行政诉讼2起。",
            None,
            Some(1.0),
            Some(2.0),
        ),
        ("发生行政复议案件三起。", None, Some(3.0), None),
        ("行政复议、行政诉讼数量均为0。", None, Some(0.0), Some(0.0)),
        (
            "本机关2020年度未发生政府信息公开行政复议、行政诉讼案件。",
            None,
            Some(0.0),
            Some(0.0),
        ),
        (
            "没有因政府信息公开工作被申请行政复议或提起行政诉讼的情况。",
            None,
            Some(0.0),
            Some(0.0),
        ),
        ("行政复议和行政诉讼均为0件。", None, Some(0.0), Some(0.0)),
        (
            "共收到政府信息公开申请18件（含网上申请3件），办结18件。",
            Some(18.0),
            None,
            None,
        ),
        (
            "被申请行政复议的案件1件，其中维持1件。",
            None,
            Some(1.0),
            None,
        ),
        ("本年度共收到政府信息公开申请0件。", Some(0.0), None, None),
        // Must yield nothing.
        (
            "2020年，安镇街道通过门户网站公开政府信息47条。",
            None,
            None,
            None,
        ),
        ("上年结转2件，办结16件。", None, None, None),
        (
            "依法制作行政复议决定书，规范行政诉讼应诉工作。",
            None,
            None,
            None,
        ),
        ("行政复议和行政诉讼共5件。", None, None, None),
        ("行政诉讼结果维持2件。", None, None, None),
        ("收到行政复议申请2件。", None, Some(2.0), None),
        ("不予受理的申请2件。", None, None, None),
        ("申请数量较上年减少3件。", None, None, None),
        ("对无正当理由大量反复申请的，不予处理。", None, None, None),
        ("未收到申请人投诉。", None, None, None),
        (
            "组织人员50余人进行集中培训，无责任追究情况。",
            None,
            None,
            None,
        ),
        ("行政复议2起，较上年减少1起。", None, Some(2.0), None),
        ("收到行政复议决定书1份。", None, None, None),
        ("行政复议案件同比减少2件。", None, None, None),
        (
            "受理的政府信息公开申请中，有3件属于重复申请。",
            None,
            None,
            None,
        ),
        ("无法提供的申请2件，行政复议后起诉1件。", None, None, None),
        // A bracketed breakdown leaves out only itself, not what follows.
        (
            "全年共发生行政复议案件3件（其中维持2件、尚未审结1件），行政诉讼案件4件（未经复议直接起诉3件、复议后起诉1件）。",
            None,
            Some(3.0),
            Some(4.0),
        ),
        (
            "新收政府信息公开申请16件(其中自然人15件),上年结转1件。",
            Some(16.0),
            None,
            None,
        ),
        // A bracket after a count is its breakdown, whatever its words; a
        // bracket that holds the count itself is not.
        (
            "行政复议两起（结果纠正1起、尚未审结1起），行政诉讼（一审）3件。",
            None,
            Some(2.0),
            Some(3.0),
        ),
        ("被申请行政复议（2件）。", None, Some(2.0), None),
    ];
    for (text, new, rev, law) in cases {
        let f = figures(&[text]);
        let get = |k: &str| f.get(k).map(|n| n.0);
        assert_eq!(
            (get("new_requests"), get("reviews"), get("lawsuits")),
            (*new, *rev, *law),
            "{text}"
        );
    }
}

#[test]
fn narrative_conflicting_figures_are_left_out() {
    let f = figures(&[
        "2020年收到政府信息公开申请16件。",
        "2019年收到政府信息公开申请10件。",
    ]);
    assert_eq!(f.get("new_requests"), None);
    let f = figures(&[
        "共收到政府信息公开申请16件。",
        "以上收到的申请16件均已办结。",
    ]);
    assert_eq!(f.get("new_requests"), Some(&Num(16.0)));
}

#[test]
fn chinese_numerals() {
    for (s, v) in [
        ("两", 2.0),
        ("十二", 12.0),
        ("二十", 20.0),
        ("一百零五", 105.0),
        ("十", 10.0),
        ("16", 16.0),
    ] {
        assert_eq!(parse_num(s), Some(v), "{s}");
    }
    assert_eq!(parse_num("二〇二〇"), None);
}

#[test]
fn narrative_mismatch_for_reviews_and_lawsuits() {
    let mut rec = sound_record(Template::F2021);
    run(
        &mut rec,
        &["收到政府信息公开申请6件，行政复议3件，行政诉讼4件。"],
    );
    assert_eq!(
        summary(&rec.issues),
        vec![
            s(
                "narrative.mismatch",
                "narrative.reviews",
                json!(2),
                json!(3)
            ),
            s(
                "narrative.mismatch",
                "narrative.lawsuits",
                json!(1),
                json!(4)
            ),
        ]
    );
    // A blank 总计 of new_received falls back to the applicant columns.
    let mut rec = sound_record(Template::F2021);
    set(&mut rec, "new_received", "total", None);
    run(&mut rec, &["收到政府信息公开申请7件。"]);
    assert_eq!(
        summary(&rec.issues),
        vec![s(
            "narrative.mismatch",
            "narrative.new_requests",
            json!(6),
            json!(7)
        )]
    );
    // Not a 总计 left blank by placing a short row by position in a table
    // with no 总计 at all (one a converter cut to its first columns): the
    // total is not known.
    let mut rec = sound_record(Template::F2021);
    let rows: Vec<&'static str> = rec.requests.as_ref().unwrap().keys().copied().collect();
    for row in rows {
        set(&mut rec, row, "total", None);
    }
    rec.cells.push(nianbao::model::CellSource {
        table: "requests",
        row: "new_received",
        col: "total",
        raw: "".into(),
        at: nianbao::model::Loc::default(),
        how: nianbao::model::How::Position,
        relied_on: nianbao::model::Checks::default(),
    });
    run(&mut rec, &["收到政府信息公开申请7件。"]);
    assert!(
        summary(&rec.issues).is_empty(),
        "{:?}",
        summary(&rec.issues)
    );
}

#[test]
fn soft_checks() {
    let mut rec = sound_record(Template::F2019);
    set(&mut rec, "denied_query", "business", n(-1.0));
    set(&mut rec, "denied_query", "research", n(1.0));
    set(&mut rec, "partial", "research", n(0.5));
    set(&mut rec, "partial", "nonprofit", n(-0.5));
    let active = rec.active.as_mut().unwrap();
    active.insert(
        "regulations",
        active_row(&[("made", 13.0), ("published", 14.0), ("total_public", 5.0)]),
    );
    active
        .get_mut("penalties")
        .unwrap()
        .insert("decisions", n(2.5));
    run(&mut rec, &[]);
    rec.issues.retain(|i| !i.code.starts_with("identity."));
    assert_eq!(
        summary(&rec.issues),
        vec![
            s(
                "value.non_integer",
                "active.penalties.decisions",
                serde_json::Value::Null,
                json!(2.5)
            ),
            s(
                "value.non_integer",
                "requests.partial.research",
                serde_json::Value::Null,
                json!(0.5)
            ),
            s(
                "value.negative",
                "requests.partial.nonprofit",
                serde_json::Value::Null,
                json!(-0.5)
            ),
            s(
                "value.non_integer",
                "requests.partial.nonprofit",
                serde_json::Value::Null,
                json!(-0.5)
            ),
            s(
                "value.negative",
                "requests.denied_query.business",
                serde_json::Value::Null,
                json!(-1)
            ),
            s(
                "active.published_exceeds_total",
                "active.regulations.published",
                json!(5),
                json!(14)
            ),
        ]
    );
    assert!(rec.issues.iter().all(|i| i.severity == Severity::Warning));
    // Signed 本年增/减 and money decimals are fine (the sound record has both).
    let mut rec = sound_record(Template::F2019);
    run(&mut rec, &[]);
    assert_eq!(rec.issues, vec![]);
}

mod generated {
    use super::*;
    use proptest::prelude::*;

    /// A consistent section 三 table built from arbitrary outcome counts:
    /// totals summed, 二 at most what leaves 一 non-negative.
    fn consistent(t: Template, cells: &[u8], over_frac: &[u8], blank_totals: bool) -> Table {
        let rows: Vec<_> = request_rows(t).collect();
        let mut vals = cells.iter().cycle();
        let mut table = Table::default();
        let mut handled = [0.0; 6];
        for r in rows.iter().filter(|r| r.outcome) {
            let v: Vec<f64> = (0..6)
                .map(|_| f64::from(*vals.next().unwrap_or(&0) % 7))
                .collect();
            for (h, x) in handled.iter_mut().zip(&v) {
                *h += x;
            }
            let total = if blank_totals {
                None
            } else {
                Some(v.iter().sum())
            };
            table.insert(
                r.key,
                rrow([
                    Some(v[0]),
                    Some(v[1]),
                    Some(v[2]),
                    Some(v[3]),
                    Some(v[4]),
                    Some(v[5]),
                    total,
                ]),
            );
        }
        let forward: Vec<f64> = (0..6)
            .map(|i| f64::from(cells[i % cells.len()] % 3))
            .collect();
        let over: Vec<f64> = (0..6)
            .map(|i| {
                (f64::from(over_frac[i % over_frac.len()] % 4) / 3.0 * (handled[i] + forward[i]))
                    .floor()
            })
            .collect();
        let new: Vec<f64> = (0..6).map(|i| handled[i] + forward[i] - over[i]).collect();
        let full = |v: &[f64]| {
            rrow([
                Some(v[0]),
                Some(v[1]),
                Some(v[2]),
                Some(v[3]),
                Some(v[4]),
                Some(v[5]),
                Some(v.iter().sum()),
            ])
        };
        table.insert("new_received", full(&new));
        table.insert("carried_over", full(&over));
        table.insert("total_handled", full(&handled));
        table.insert("carried_forward", full(&forward));
        table
    }

    proptest! {
        #[test]
        fn consistent_tables_are_silent(
            cells in proptest::collection::vec(any::<u8>(), 1..200),
            over in proptest::collection::vec(any::<u8>(), 1..8),
            late in any::<bool>(),
            blank in any::<bool>(),
        ) {
            let t = if late { Template::F2021 } else { Template::F2019 };
            let mut rec = sound_record(t);
            rec.requests = Some(consistent(t, &cells, &over, blank));
            run(&mut rec, &[]);
            prop_assert_eq!(rec.issues, vec![]);
        }
    }
}

/// Recall and false alarms per issue code on generated reports: every
/// injected flaw ([`gen::Flaw`]) must be found in ≥ 95% of its documents,
/// and a clean generated report must raise no issue at all.
///
/// `NIANBAO_RECALL_N` sets how many flawed and how many clean documents are
/// made (default 1500 each; `NIANBAO_RECALL_SEED` changes the corpus):
///
/// ```sh
/// NIANBAO_RECALL_N=5000 cargo test --release --test integration recall -- --nocapture
/// ```
mod recall {
    use nianbao::corpus::CorpusIndex;
    use nianbao::model::{Record, Table, Template};
    use nianbao::pipeline::{process_doc, Options};
    use nianbao_gen::{self as gen, Flaw, GenDoc, Mix};
    use rayon::prelude::*;
    use std::collections::BTreeMap;

    /// Recall each code must reach.
    const MIN_RECALL: f64 = 0.95;

    fn env_or(name: &str, default: u64) -> u64 {
        std::env::var(name)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(default)
    }

    /// Every generated document through the pipeline, then the corpus
    /// checks over all of them, as `nianbao ingest` runs them.
    fn records(docs: &[GenDoc]) -> Vec<Record> {
        let outs: Vec<_> = docs
            .par_iter()
            .map(|d| process_doc(&d.path, &d.bytes, &Options::default()))
            .collect();
        let mut index = CorpusIndex::new();
        for (i, o) in outs.iter().enumerate() {
            index.add(i, &o.record, o.fingerprint);
        }
        let mut recs: Vec<Record> = outs.into_iter().map(|o| o.record).collect();
        for (seq, issues) in index.finish() {
            recs[seq].issues.extend(issues);
            recs[seq].settle_status();
        }
        recs
    }

    /// Whether the record shows what the flaw's `code` stands for.
    fn shows(rec: &Record, code: &str) -> bool {
        match code {
            "template.legacy" => rec.template == Some(Template::Legacy),
            _ => rec.issues.iter().any(|i| i.code == code),
        }
    }

    /// The codes a flaw is made to trigger ([`Flaw::codes`], or
    /// `template.legacy`, which is a record field, not an issue).
    fn wanted(f: Flaw) -> Vec<&'static str> {
        if f.codes().is_empty() {
            vec![f.code()]
        } else {
            f.codes().to_vec()
        }
    }

    /// Codes a flawed document may raise besides its own.
    fn tolerated(f: Flaw, code: &str) -> bool {
        match f {
            Flaw::Truncated => code == "structure.missing_section",
            // A table cut off leaves the prose's figures nothing to match.
            Flaw::MissingTable => false,
            _ => false,
        }
    }

    fn describe(d: &GenDoc) -> String {
        format!(
            "{} [{} {} {:?} {:?} {:?}]",
            d.path,
            d.truth.layout.name(),
            d.truth.encoding.name(),
            d.truth.template,
            d.truth.deviations,
            d.truth.flaw
        )
    }

    /// Where a record departs from the generator's truth: the first cell
    /// read differently, or `None` when every cell was read as generated
    /// (then a finding is the validator's or the generator's, not the
    /// extractor's).
    fn misread(d: &GenDoc, rec: &Record) -> Option<String> {
        let t = &d.truth;
        if rec.template != t.template {
            return Some(format!(
                "template {:?} read as {:?}",
                t.template, rec.template
            ));
        }
        let empty = Table::default();
        for (name, want, got) in [
            ("active", &t.active, rec.active.as_ref()),
            ("requests", &t.requests, rec.requests.as_ref()),
            (
                "review_litigation",
                &t.review_litigation,
                rec.review_litigation.as_ref(),
            ),
        ] {
            let got = got.unwrap_or(&empty);
            for (row, cols) in want {
                for (col, val) in cols {
                    let found = got.get(row).and_then(|r| r.get(col));
                    let same = match (val, found) {
                        (None, Some(None)) => true,
                        (Some(a), Some(Some(b))) => (a.0 - b.0).abs() < 0.005,
                        _ => false,
                    };
                    if !same {
                        let show = |v: Option<&Option<nianbao::model::Num>>| match v {
                            None => "absent".to_string(),
                            Some(None) => "null".to_string(),
                            Some(Some(n)) => n.0.to_string(),
                        };
                        return Some(format!(
                            "extractor read {name}.{row}.{col} as {}, generated {}",
                            show(found),
                            show(Some(val))
                        ));
                    }
                }
            }
            if let Some(row) = got.keys().find(|r| !want.contains_key(*r)) {
                return Some(format!("extractor read {name}.{row}, not generated"));
            }
        }
        None
    }

    fn blame(d: &GenDoc, rec: &Record) -> String {
        match misread(d, rec) {
            Some(m) => m,
            None => "every cell read as generated".to_string(),
        }
    }

    #[derive(Default)]
    struct Row {
        flawed: usize,
        found: usize,
        clean: usize,
        alarms: usize,
    }

    #[test]
    fn recall_per_code_and_no_false_alarms() {
        let n = env_or("NIANBAO_RECALL_N", 1500) as usize;
        let seed = env_or("NIANBAO_RECALL_SEED", 0x7eca11);
        let flawed: Vec<GenDoc> = gen::corpus(seed, n, &Mix::flawed()).collect();
        let clean: Vec<GenDoc> = gen::corpus(seed ^ 0xc1ea, n, &Mix::clean()).collect();
        let flawed_recs = records(&flawed);
        let clean_recs = records(&clean);

        let mut table: BTreeMap<&str, Row> = BTreeMap::new();
        for f in Flaw::ALL {
            for c in wanted(f) {
                table.entry(c).or_default();
            }
        }
        let mut misses: Vec<String> = Vec::new();
        let mut strays: Vec<String> = Vec::new();
        for (d, rec) in flawed.iter().zip(&flawed_recs) {
            let Some(f) = d.truth.flaw else {
                continue; // the original of a duplicate: counted below
            };
            let want = wanted(f);
            for c in &want {
                let row = table.entry(c).or_default();
                row.flawed += 1;
                if shows(rec, c) {
                    row.found += 1;
                } else {
                    misses.push(format!(
                        "{c} missed: {} issues {:?}; {}",
                        describe(d),
                        codes(rec),
                        blame(d, rec)
                    ));
                }
            }
            for i in &rec.issues {
                if !want.contains(&i.code.as_str()) && !tolerated(f, &i.code) {
                    strays.push(format!(
                        "{} at {} ({}) on {}",
                        i.code,
                        i.where_,
                        i.message,
                        describe(d)
                    ));
                }
            }
        }
        let mut alarms: Vec<String> = Vec::new();
        for (d, rec) in clean.iter().zip(&clean_recs) {
            for c in table.keys().copied().collect::<Vec<_>>() {
                table.entry(c).or_default().clean += 1;
            }
            for i in &rec.issues {
                table.entry(leak(&i.code)).or_default().alarms += 1;
                alarms.push(format!(
                    "{} at {} ({}) on {}; {}",
                    i.code,
                    i.where_,
                    i.message,
                    describe(d),
                    blame(d, rec)
                ));
            }
            if rec.template == Some(Template::Legacy) {
                alarms.push(format!("template legacy on {}", describe(d)));
            }
        }

        println!(
            "{:<28} {:>7} {:>7} {:>8} {:>7} {:>7}",
            "code", "flawed", "found", "recall", "clean", "alarms"
        );
        let mut failed = Vec::new();
        for (code, r) in &table {
            let recall = if r.flawed == 0 {
                1.0
            } else {
                r.found as f64 / r.flawed as f64
            };
            println!(
                "{:<28} {:>7} {:>7} {:>7.1}% {:>7} {:>7}",
                code,
                r.flawed,
                r.found,
                recall * 100.0,
                r.clean,
                r.alarms
            );
            if recall < MIN_RECALL {
                failed.push(format!("{code}: recall {:.1}%", recall * 100.0));
            }
            if r.alarms > 0 {
                failed.push(format!("{code}: {} false alarms", r.alarms));
            }
        }
        let shown = if std::env::var_os("NIANBAO_RECALL_VERBOSE").is_some() {
            usize::MAX
        } else {
            15
        };
        for m in misses.iter().take(shown) {
            println!("miss: {m}");
        }
        for a in alarms.iter().take(shown) {
            println!("false alarm: {a}");
        }
        for s in strays.iter().take(shown) {
            println!("stray on a flawed doc: {s}");
        }
        println!(
            "{} flawed and {} clean documents (seed {seed:#x}); {} misses, {} false alarms, {} stray findings on flawed documents",
            flawed.len(),
            clean.len(),
            misses.len(),
            alarms.len(),
            strays.len()
        );
        assert!(failed.is_empty(), "{}", failed.join("; "));
    }

    fn codes(rec: &Record) -> Vec<String> {
        rec.issues
            .iter()
            .map(|i| format!("{}@{}", i.code, i.where_))
            .collect()
    }

    /// A code found at run time as a table key.
    fn leak(code: &str) -> &'static str {
        Box::leak(code.to_string().into_boxed_str())
    }
}

/// Each file under `fixtures/validate/<code>/` raises exactly its findings
/// (code, `where`, `expected`, `found`), end to end through the pipeline.
mod fixtures {
    use crate::golden::fixture_record;
    use serde_json::{json, Value};

    /// (code, where, expected, found) of one issue.
    type Finding = (String, String, Value, Value);

    /// (code, where, expected, found) of every issue of one fixture.
    fn findings(rel: &str) -> Vec<Finding> {
        let r = fixture_record(rel);
        r["issues"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|i| {
                        (
                            i["code"].as_str().unwrap_or("").to_string(),
                            i["where"].as_str().unwrap_or("").to_string(),
                            i.get("expected").cloned().unwrap_or(Value::Null),
                            i.get("found").cloned().unwrap_or(Value::Null),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn f(code: &str, at: &str, expected: Value, found: Value) -> Finding {
        (code.to_string(), at.to_string(), expected, found)
    }

    const N: Value = Value::Null;

    #[test]
    fn each_code_has_its_exact_findings() {
        let cases: Vec<(&str, Vec<Finding>)> = vec![
            (
                "identity.balance/carried-forward-raised.tsv",
                vec![
                    f(
                        "identity.balance",
                        "requests.balance.natural_person",
                        json!(3),
                        json!(5),
                    ),
                    f(
                        "identity.balance",
                        "requests.balance.total",
                        json!(4),
                        json!(6),
                    ),
                ],
            ),
            (
                "identity.outcome_total/total-handled-raised.tsv",
                vec![
                    f(
                        "identity.outcome_total",
                        "requests.total_handled.natural_person",
                        json!(3),
                        json!(5),
                    ),
                    f(
                        "identity.outcome_total",
                        "requests.total_handled.total",
                        json!(4),
                        json!(6),
                    ),
                ],
            ),
            (
                "identity.row_total/row-totals-raised.tsv",
                vec![
                    f(
                        "identity.row_total",
                        "requests.carried_over.total",
                        json!(1),
                        json!(2),
                    ),
                    f(
                        "identity.row_total",
                        "requests.carried_forward.total",
                        json!(0),
                        json!(1),
                    ),
                ],
            ),
            (
                "identity.review_total/review-upheld-uncounted.tsv",
                vec![f(
                    "identity.review_total",
                    "review_litigation.review.total",
                    json!(2),
                    json!(0),
                )],
            ),
            (
                "narrative.mismatch/prose-says-five.tsv",
                vec![f(
                    "narrative.mismatch",
                    "narrative.new_requests",
                    json!(3),
                    json!(5),
                )],
            ),
            (
                "structure.missing_section/no-section-five.tsv",
                vec![f("structure.missing_section", "section 五", N, N)],
            ),
            (
                "structure.tables_only/tables-only.tsv",
                vec![f("structure.tables_only", "document", N, N)],
            ),
            (
                "structure.missing_table/no-review-table.tsv",
                vec![f("structure.missing_table", "review_litigation", N, N)],
            ),
            (
                "structure.truncated/ends-inside-requests.tsv",
                vec![
                    f("structure.missing_section", "section 四", N, N),
                    f("structure.missing_section", "section 五", N, N),
                    f("structure.missing_section", "section 六", N, N),
                    f("structure.truncated", "requests", N, N),
                ],
            ),
            (
                "value.cut_short/ends-inside-a-number.tsv",
                vec![
                    f(
                        "value.cut_short",
                        "requests.new_received.total",
                        N,
                        json!("1"),
                    ),
                    f("structure.missing_section", "section 四", N, N),
                    f("structure.missing_section", "section 五", N, N),
                    f("structure.missing_section", "section 六", N, N),
                    f("structure.truncated", "requests", N, N),
                ],
            ),
            (
                "value.unparsed/see-attachment.tsv",
                vec![f(
                    "value.unparsed",
                    "active.licensing.decisions",
                    N,
                    json!("见附件"),
                )],
            ),
            (
                "value.negative/negative-decisions.tsv",
                vec![f(
                    "value.negative",
                    "active.licensing.decisions",
                    N,
                    json!(-4),
                )],
            ),
            (
                "value.non_integer/half-a-decision.tsv",
                vec![f(
                    "value.non_integer",
                    "active.penalties.decisions",
                    N,
                    json!(17.5),
                )],
            ),
            (
                "active.published_exceeds_total/published-over-total.tsv",
                vec![f(
                    "active.published_exceeds_total",
                    "active.regulations.published",
                    json!(11),
                    json!(12),
                )],
            ),
            (
                "input.not_a_report/disclosure-guide.html",
                vec![f("input.not_a_report", "document", N, N)],
            ),
            (
                "input.unreadable/empty.txt",
                vec![f("input.unreadable", "source", N, N)],
            ),
            (
                "input.unreadable/scan.txt",
                vec![f("input.unreadable", "source", N, N)],
            ),
        ];
        for (file, want) in cases {
            let rel = format!("fixtures/validate/{file}");
            assert_eq!(findings(&rel), want, "{rel}");
        }
    }

    #[test]
    fn clean_fixtures_raise_nothing() {
        for rel in [
            "fixtures/validate/clean/anzhen-2020.tsv",
            "fixtures/validate/corpus.duplicate/锡山区/安镇街道/2020.tsv",
            "fixtures/validate/corpus.duplicate/锡山区/东港镇/2020.tsv",
            "fixtures/validate/corpus.carry_over/锡山区/安镇街道/2019.tsv",
            "fixtures/validate/corpus.carry_over/锡山区/安镇街道/2020.tsv",
            "fixtures/validate/corpus.coverage/江宁区/东山街道/2019.tsv",
            "fixtures/validate/corpus.coverage/江宁区/东山街道/2020.tsv",
            "fixtures/validate/corpus.coverage/萧山区/东山街道/2020.tsv",
            "fixtures/validate/corpus.coverage/萧山区/西城街道/2020.tsv",
        ] {
            let r = fixture_record(rel);
            assert_eq!(r["issues"], json!([]), "{rel}");
            assert_eq!(r["status"], "ok", "{rel}");
        }
    }

    #[test]
    fn messages_name_the_rows_and_numbers() {
        let r =
            fixture_record("fixtures/validate/identity.review_total/review-upheld-uncounted.tsv");
        assert_eq!(
            r["issues"][0]["message"],
            "总计 is 0 but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 2 (行政复议)"
        );
        assert_eq!(r["status"], "malformed");
        let r = fixture_record("fixtures/validate/narrative.mismatch/prose-says-five.tsv");
        assert_eq!(r["status"], "warnings");
        assert_eq!(r["narrative"]["new_requests"], 5);
    }

    /// The real seed: its （七）总计 is 0 (A2, hence A1) and its prose says
    /// 16 new requests where the table says 4; nothing else.
    #[test]
    fn seed_has_exactly_its_three_kinds_of_finding() {
        let got = findings("fixtures/seed/anzhen-2020.txt");
        assert_eq!(
            got,
            vec![
                f(
                    "identity.balance",
                    "requests.balance.natural_person",
                    json!(4),
                    json!(0)
                ),
                f(
                    "identity.balance",
                    "requests.balance.total",
                    json!(4),
                    json!(0)
                ),
                f(
                    "identity.outcome_total",
                    "requests.total_handled.natural_person",
                    json!(4),
                    json!(0)
                ),
                f(
                    "identity.outcome_total",
                    "requests.total_handled.total",
                    json!(4),
                    json!(0)
                ),
                f(
                    "narrative.mismatch",
                    "narrative.new_requests",
                    json!(4),
                    json!(16)
                ),
            ]
        );
    }
}
