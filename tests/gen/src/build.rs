//! A report as blocks (title, headings, paragraphs, table grids) built
//! from the counts, then rendered, then encoded.

use super::doc::{cell, Block, Cell, Doc, Grid, Kind, Which};
use super::names::{self, Who};
use super::rng::Rng;
use super::values::{self, Counts, Shown, Style};
use super::{encode, render, Deviation, Flaw, GenDoc, Layout, Spec, Truth};
use indexmap::IndexMap;
use nianbao::model::{Num, Template};
use nianbao::template::{
    active_rows, request_rows, GROUP_DENIED, GROUP_OTHER, GROUP_REJECTED, GROUP_RESULTS,
    GROUP_UNABLE, REQUEST_COLS, REVIEW_COLS, SECTIONS,
};

/// Label printing with the deviations in force.
struct Lab<'a> {
    devs: &'a [Deviation],
    year: i32,
}

impl Lab<'_> {
    fn has(&self, d: Deviation) -> bool {
        self.devs.contains(&d)
    }

    fn l(&self, s: &str) -> String {
        let mut s = s.to_string();
        if self.has(Deviation::NormativeDocsLabel) && s == "行政规范性文件" {
            s = "规范性文件".into();
        }
        if self.has(Deviation::Parentheticals) {
            if s == "规章" {
                s = "规章(设区的市、自治州人民政府应提供相关数据)".into();
            } else if s == "上一年项目数量" {
                s = format!("上一年项目数量(指{}年事项数)", self.year - 1);
            }
        }
        if self.has(Deviation::Backslash) {
            s = s.replace("本年增/减", "本年增\\减");
        }
        if self.has(Deviation::Heji) {
            s = s.replace("总计", "合计");
        }
        if self.has(Deviation::SpacedLabels) {
            s = match s.as_str() {
                "商业企业" => "商业 企业".into(),
                "科研机构" => "科研 机构".into(),
                "本年新制作数量" => "本年新\n制作数量".into(),
                "本年制发件数" => "本年制\n发件数".into(),
                _ if s.starts_with("（三）") => s.replacen("（三）", "（三） ", 1),
                _ => s,
            };
        }
        if self.has(Deviation::AsciiPunct) {
            s = s.replace('（', "(").replace('）', ")").replace('：', ":");
        }
        s
    }
}

/// Builds the section 二 grid (4 grid columns).
fn active_grid(t: Template, sh: &Shown, lab: &Lab, misaligned: bool) -> Grid {
    let mut rows = Vec::new();
    let mut last_caption = "";
    for r in active_rows(t) {
        if r.caption != last_caption {
            last_caption = r.caption;
            rows.push(vec![cell(lab.l(r.caption), 4, 1, Kind::Caption)]);
            let mut head = vec![cell("信息内容", 1, 1, Kind::Head)];
            head.extend(
                spans(r.cols.len(), false)
                    .into_iter()
                    .zip(r.cols)
                    .map(|(cs, c)| cell(lab.l(c.label), cs, 1, Kind::Head)),
            );
            rows.push(head);
        }
        let mut push_row = |key: &str, label: &str| {
            let Some((_, texts)) = sh.active.iter().find(|(k, _)| *k == key) else {
                return;
            };
            let mut row = vec![cell(lab.l(label), 1, 1, Kind::Label)];
            row.extend(
                spans(texts.len(), misaligned)
                    .into_iter()
                    .zip(texts)
                    .map(|(cs, v)| cell(v.clone(), cs, 1, Kind::Value)),
            );
            rows.push(row);
        };
        push_row(r.key, r.label);
        if r.key == "normative_docs" {
            push_row("extra_other_docs", "其他主动公开文件");
        }
    }
    Grid {
        which: Which::Active,
        rows,
    }
}

/// Column spans of `n` value cells over 3 grid columns.
fn spans(n: usize, misaligned: bool) -> Vec<usize> {
    match n {
        1 => vec![3],
        2 if misaligned => vec![2, 1],
        2 => vec![1, 2],
        _ => vec![1; n],
    }
}

/// Builds the section 三 grid (3 label columns + 7 value columns).
/// `total_top`: 总计 spans the three header rows (the seed's shape).
fn requests_grid(t: Template, sh: &Shown, lab: &Lab, total_top: bool, upto: usize) -> Grid {
    let corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    let mut rows = Vec::new();
    let h = |s: &str, cs, rs| cell(lab.l(s), cs, rs, Kind::Head);
    if total_top {
        rows.push(vec![
            h(corner, 3, 3),
            h("申请人情况", 6, 1),
            h(REQUEST_COLS[6].label, 1, 3),
        ]);
        rows.push(vec![h("自然人", 1, 2), h("法人或其他组织", 5, 1)]);
    } else {
        rows.push(vec![h(corner, 3, 3), h("申请人情况", 7, 1)]);
        rows.push(vec![
            h("自然人", 1, 2),
            h("法人或其他组织", 5, 1),
            h(REQUEST_COLS[6].label, 1, 2),
        ]);
    }
    rows.push(
        REQUEST_COLS[1..6]
            .iter()
            .map(|c| h(c.label, 1, 1))
            .collect(),
    );
    let present: Vec<&'static str> = sh.req.iter().take(upto).map(|(k, _)| *k).collect();
    let results: usize = request_rows(t)
        .filter(|r| r.group.is_some() && present.contains(&r.key))
        .count();
    let group_len = |g: &str| {
        request_rows(t)
            .filter(|r| r.group == Some(g) && present.contains(&r.key))
            .count()
    };
    let mut seen_results = false;
    let mut seen_group = "";
    for (key, texts) in sh.req.iter().take(upto) {
        let Some(r) = request_rows(t).find(|r| r.key == *key) else {
            continue;
        };
        let mut row = Vec::new();
        match r.group {
            None => row.push(cell(lab.l(r.label), 3, 1, Kind::Label)),
            Some(g) => {
                if !seen_results {
                    seen_results = true;
                    row.push(cell(lab.l(GROUP_RESULTS), 1, results, Kind::Label));
                }
                if g == GROUP_RESULTS {
                    row.push(cell(lab.l(r.label), 2, 1, Kind::Label));
                } else {
                    if g != seen_group {
                        seen_group = g;
                        row.push(cell(lab.l(g), 1, group_len(g), Kind::Label));
                    }
                    row.push(cell(lab.l(r.label), 1, 1, Kind::Label));
                }
            }
        }
        row.extend(texts.iter().map(|v| cell(v.clone(), 1, 1, Kind::Value)));
        rows.push(row);
    }
    let _ = (GROUP_DENIED, GROUP_UNABLE, GROUP_REJECTED, GROUP_OTHER);
    Grid {
        which: Which::Requests,
        rows,
    }
}

/// Builds the section 四 grid (15 columns).
fn review_grid(sh: &Shown, lab: &Lab) -> Grid {
    let no_totals = lab.has(Deviation::NoReviewTotals);
    let h = |s: &str, cs, rs| cell(lab.l(s), cs, rs, Kind::Head);
    let col = |c: &nianbao::template::Col, rs| {
        if no_totals && c.key == "total" {
            cell("", 1, rs, Kind::Head)
        } else {
            h(c.label, 1, rs)
        }
    };
    let mut rows = vec![vec![h("行政复议", 5, 1), h("行政诉讼", 10, 1)]];
    let mut r1: Vec<Cell> = REVIEW_COLS.iter().map(|c| col(c, 2)).collect();
    r1.push(h("未经复议直接起诉", 5, 1));
    r1.push(h("复议后起诉", 5, 1));
    rows.push(r1);
    rows.push(
        REVIEW_COLS
            .iter()
            .chain(REVIEW_COLS.iter())
            .map(|c| col(c, 1))
            .collect(),
    );
    rows.push(
        sh.review
            .iter()
            .map(|v| cell(v.clone(), 1, 1, Kind::Value))
            .collect(),
    );
    Grid {
        which: Which::Review,
        rows,
    }
}

fn heading(rng: &mut Rng, i: usize) -> String {
    let variants: &[&str] = match i {
        3 => &[
            SECTIONS[3].1,
            SECTIONS[3].1,
            "四、因政府信息公开工作被申请行政复议提起行政诉讼情况",
        ],
        4 => &[
            SECTIONS[4].1,
            SECTIONS[4].1,
            "五、政府信息公开工作存在的主要问题及改进情况",
        ],
        _ => &[SECTIONS[i].1],
    };
    rng.pick(variants, SECTIONS[i].1).to_string()
}

fn narrative_sentence(rng: &mut Rng, year: i32, new: i64, rev: i64, law: i64) -> String {
    let a = if new == 0 && rng.chance(0.5) {
        "本年度未收到政府信息公开申请".to_string()
    } else {
        match rng.below(4) {
            0 => format!("本年度共收到政府信息公开申请{new}件"),
            1 => format!("本年度新收政府信息公开申请数量{new}条"),
            2 => format!("全年受理依申请公开申请{new}件"),
            _ => format!("{year}年，本机关共收到政府信息公开申请{new}件"),
        }
    };
    let b = if rev == 0 && law == 0 {
        "未发生政府信息公开行政复议和行政诉讼案件".to_string()
    } else {
        match rng.below(3) {
            0 => format!("发生行政复议{rev}起、行政诉讼{law}起"),
            1 => format!("行政复议{rev}件，行政诉讼{law}件"),
            _ => format!("因政府信息公开被申请行政复议{rev}件、提起行政诉讼{law}件"),
        }
    };
    format!("{a}，均按规定时限予以答复；{b}。")
}

const FILLER: &[&str] = &[
    "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，进一步加强组织领导，完善工作机制。",
    "严格落实政府信息公开属性源头认定，做好政策解读和回应关切，及时准确发布重要政策信息。",
    "依托门户网站、政务新媒体等平台，及时更新政府信息公开目录和公开指南，方便群众查阅。",
    "规范政府信息公开申请的接收、登记、办理、答复等环节，确保依法依规按时办结。",
    "加强政府信息管理，对拟公开的信息严格进行保密审查，防止泄密事件发生。",
    "将政务公开工作纳入年度考核，定期开展自查，接受社会监督，本年度无责任追究情况。",
    "组织工作人员参加政务公开业务培训，提升信息公开工作人员的业务能力。",
];

fn para(rng: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(rng.pick(FILLER, FILLER[0]));
    }
    s
}

/// Builds a report document and its truth.
pub fn report(seed: u64, spec: &Spec) -> GenDoc {
    let mut rng = Rng::new(seed);
    let layout = spec.layout;
    let mut devs = applicable(spec);
    let who = names::draw(&mut rng, spec.year);
    match spec.flaw {
        Some(Flaw::NotAReport) => return other_page(&mut rng, spec, &who, devs, false),
        Some(Flaw::Legacy) => return other_page(&mut rng, spec, &who, devs, true),
        _ => {}
    }
    let t = spec.template;
    let office_key = format!("{}/{}/{}", who.province, who.district, who.folder);
    let mut counts: Counts = values::draw(
        &mut rng,
        t,
        values::carry(&office_key, spec.year - 1),
        values::carry(&office_key, spec.year),
    );
    if let Some(f) = spec.flaw {
        values::apply_flaw(&mut rng, &mut counts, f);
    }
    if devs.contains(&Deviation::Thousands) {
        if let Some(v) = counts
            .active
            .get_mut("normative_docs")
            .and_then(|v| v.last_mut())
        {
            *v = values::Act::Count(rng.range(1000, 99_999));
        }
    }
    let style = Style {
        devs: &devs,
        flaw: spec.flaw,
    };
    let shown = values::show(&mut rng, t, &counts, &style);
    let (mut new, rev, law) = values::narrative(&counts);
    if spec.flaw == Some(Flaw::NarrativeMismatch) {
        new += rng.range(1, 20);
    }
    let mut narrative = IndexMap::new();
    narrative.insert("new_requests".to_string(), Num(new as f64));
    narrative.insert("reviews".to_string(), Num(rev as f64));
    narrative.insert("lawsuits".to_string(), Num(law as f64));

    let lab = Lab {
        devs: &devs,
        year: spec.year,
    };
    let mut blocks = vec![Block::Title(who.title.clone())];
    // 一
    blocks.push(Block::Heading(heading(&mut rng, 0)));
    let sent = narrative_sentence(&mut rng, spec.year, new, rev, law);
    let subs = [
        "（一）主动公开",
        "（二）依申请公开",
        "（三）政府信息管理",
        "（四）平台建设",
        "（五）监督保障",
    ];
    for (i, s) in subs.iter().enumerate() {
        blocks.push(Block::Sub(s.to_string()));
        if i == 1 {
            blocks.push(Block::Para(format!("{}{}", sent, para(&mut rng, 1))));
        } else {
            let n = 1 + rng.index(2);
            blocks.push(Block::Para(para(&mut rng, n)));
        }
    }
    // 二
    blocks.push(Block::Heading(heading(&mut rng, 1)));
    let mis = devs.contains(&Deviation::Misaligned);
    blocks.push(Block::Table(active_grid(t, &shown, &lab, mis)));
    // 三
    blocks.push(Block::Heading(heading(&mut rng, 2)));
    let total_top = layout == Layout::TextSeed;
    let n_req = shown.req.len();
    let truncate_after = if spec.flaw == Some(Flaw::Truncated) {
        Some(rng.range(3, n_req as i64 - 3) as usize)
    } else {
        None
    };
    blocks.push(Block::Table(requests_grid(
        t,
        &shown,
        &lab,
        total_top,
        truncate_after.unwrap_or(n_req),
    )));
    let mut review_lit = shown.t_review.clone();
    let mut requests = shown.t_req.clone();
    if let Some(k) = truncate_after {
        requests.truncate(k);
        review_lit.clear();
    } else {
        // 四
        blocks.push(Block::Heading(heading(&mut rng, 3)));
        if spec.flaw == Some(Flaw::MissingTable) {
            blocks.push(Block::Para(
                "本年度政府信息公开行政复议、行政诉讼情况如下：".into(),
            ));
            review_lit.clear();
        } else {
            blocks.push(Block::Table(review_grid(&shown, &lab)));
        }
        let drop = if spec.flaw == Some(Flaw::MissingSection) {
            4 + rng.index(2)
        } else {
            9
        };
        if drop != 4 {
            blocks.push(Block::Heading(heading(&mut rng, 4)));
            blocks.push(Block::Sub("（一）存在问题".into()));
            blocks.push(Block::Para("政府信息公开工作还存在一些不足，主动公开的深度和广度有待进一步加强，政策解读形式较为单一。".into()));
            blocks.push(Block::Sub("（二）改进措施".into()));
            blocks.push(Block::Para(para(&mut rng, 2)));
        }
        if drop != 5 {
            blocks.push(Block::Heading(heading(&mut rng, 5)));
            let fee = if t == Template::F2021 {
                "本年度未收取政府信息公开信息处理费。"
            } else {
                "无。"
            };
            blocks.push(Block::Para(fee.into()));
        }
    }
    if devs.contains(&Deviation::Pinyin) {
        for b in blocks.iter_mut() {
            if let Block::Para(p) = b {
                *p = pinyinize(&mut rng, p);
            }
        }
    }
    let date = format!(
        "{}-0{}-{:02}",
        spec.year + 1,
        1 + rng.index(3),
        1 + rng.index(28)
    );
    let doc = Doc {
        blocks,
        page_title: format!("{}_{}", who.title, who.site),
        site: who.site.clone(),
        date,
        truncate_after,
    };
    let text = render::render(&mut rng, &doc, layout, spec.encoding, &devs);
    let bytes = encode::encode(&mut rng, &text, spec.encoding, layout, &mut devs);
    let truth = Truth {
        template: Some(t),
        title: who.title.clone(),
        office: who.office.clone(),
        year: spec.year,
        layout,
        encoding: spec.encoding,
        deviations: devs,
        active: shown.t_active,
        requests,
        review_litigation: review_lit,
        narrative,
        flaw: spec.flaw,
    };
    GenDoc {
        path: path(&who, spec.year, layout),
        bytes,
        truth,
    }
}

fn path(who: &Who, year: i32, layout: Layout) -> String {
    format!(
        "{}/{}/{}/{}.{}",
        who.province,
        who.district,
        who.folder,
        year,
        layout.ext()
    )
}

/// The deviations of `spec` that apply to its template and layout (and
/// do not clash with its flaw).
fn applicable(spec: &Spec) -> Vec<Deviation> {
    let mut out = Vec::new();
    for &d in &spec.deviations {
        let ok = match d {
            Deviation::NormativeDocsLabel => spec.template == Template::F2021,
            Deviation::Misaligned => spec.layout.is_html() && spec.template == Template::F2019,
            Deviation::BlankCells | Deviation::PartialTotals | Deviation::OnlyTotals => {
                spec.layout != Layout::PdfText && spec.flaw.is_none()
            }
            Deviation::OmitRows | Deviation::Dashes => spec.flaw.is_none(),
            _ => true,
        };
        if ok && !out.contains(&d) {
            out.push(d);
        }
    }
    if spec.encoding == super::Enc::Big5 && !out.contains(&Deviation::Traditional) {
        out.push(Deviation::Traditional);
    }
    out
}

fn pinyinize(rng: &mut Rng, s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        out.push(c);
        if let Some(p) = names::pinyin(c) {
            if rng.chance(0.5) {
                out.push('(');
                out.push_str(p);
                out.push(')');
            }
        }
    }
    out
}

/// A page that is not a 2019/2021-template report: a news item or a
/// 公开指南 (`legacy == false`), or a 2015 report in the old style.
fn other_page(
    rng: &mut Rng,
    spec: &Spec,
    who: &Who,
    mut devs: Vec<Deviation>,
    legacy: bool,
) -> GenDoc {
    let mut blocks = Vec::new();
    let mut narrative = IndexMap::new();
    let (title, office, year, template) = if legacy {
        let year = 2015;
        let title = format!("{}{}年政府信息公开工作年度报告", who.office, year);
        let new = rng.count(30);
        let granted = rng.range(0, new);
        let rev = rng.count(3);
        let law = rng.count(3);
        blocks.push(Block::Title(title.clone()));
        blocks.push(Block::Heading("一、概述".into()));
        blocks.push(Block::Para(para(rng, 2)));
        blocks.push(Block::Heading("二、主动公开政府信息情况".into()));
        blocks.push(Block::Para(format!(
            "全年主动公开政府信息{}条。",
            rng.count(300)
        )));
        blocks.push(Block::Heading("三、依申请公开政府信息情况".into()));
        blocks.push(Block::Para(format!(
            "全年共受理政府信息公开申请{new}件，已全部办结，其中同意公开{granted}件，不予公开{}件。",
            new - granted
        )));
        blocks.push(Block::Heading("四、政府信息公开的收费及减免情况".into()));
        blocks.push(Block::Para("本年度未收取任何费用。".into()));
        blocks.push(Block::Heading(
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况".into(),
        ));
        blocks.push(Block::Para(format!(
            "本年度发生行政复议{rev}件，行政诉讼{law}件。"
        )));
        blocks.push(Block::Heading(
            "六、政府信息公开工作存在的主要问题及改进情况".into(),
        ));
        blocks.push(Block::Para(para(rng, 1)));
        blocks.push(Block::Heading("七、附件：政府信息公开情况统计表".into()));
        let rows = [
            ("主动公开政府信息数", "条", rng.count(300)),
            ("受理政府信息公开申请数", "件", new),
            ("同意公开答复数", "件", granted),
            ("因政府信息公开申请行政复议数", "件", rev),
            ("因政府信息公开申请行政诉讼数", "件", law),
        ];
        let mut grid = vec![vec![
            cell("统计指标", 1, 1, Kind::Head),
            cell("单位", 1, 1, Kind::Head),
            cell("统计数", 1, 1, Kind::Head),
        ]];
        for (l, u, v) in rows {
            grid.push(vec![
                cell(l, 1, 1, Kind::Label),
                cell(u, 1, 1, Kind::Label),
                cell(v.to_string(), 1, 1, Kind::Value),
            ]);
        }
        blocks.push(Block::Table(Grid {
            which: Which::Active,
            rows: grid,
        }));
        narrative.insert("new_requests".to_string(), Num(new as f64));
        narrative.insert("reviews".to_string(), Num(rev as f64));
        narrative.insert("lawsuits".to_string(), Num(law as f64));
        (title, who.office.clone(), year, Some(Template::Legacy))
    } else if rng.chance(0.5) {
        let title = format!("{}召开{}年政务公开工作推进会", who.office, spec.year);
        blocks.push(Block::Title(title.clone()));
        for _ in 0..4 {
            blocks.push(Block::Para(para(rng, 2)));
        }
        (title, who.office.clone(), spec.year, None)
    } else {
        let title = format!("{}政府信息公开指南", who.office);
        blocks.push(Block::Title(title.clone()));
        blocks.push(Block::Heading("一、主动公开".into()));
        blocks.push(Block::Para(para(rng, 2)));
        blocks.push(Block::Heading("二、依申请公开".into()));
        blocks.push(Block::Para(
            "申请人可以通过当面、邮政寄送、网上申请等方式提出政府信息公开申请。".into(),
        ));
        blocks.push(Block::Heading("三、监督方式".into()));
        blocks.push(Block::Para(para(rng, 1)));
        (title, who.office.clone(), spec.year, None)
    };
    devs.retain(|d| matches!(d, Deviation::Traditional | Deviation::Pinyin));
    let doc = Doc {
        blocks,
        page_title: format!("{}_{}", title, who.site),
        site: who.site.clone(),
        date: format!("{}-03-01", year + 1),
        truncate_after: None,
    };
    let text = render::render(rng, &doc, spec.layout, spec.encoding, &devs);
    let bytes = encode::encode(rng, &text, spec.encoding, spec.layout, &mut devs);
    let truth = Truth {
        template,
        title,
        office,
        year,
        layout: spec.layout,
        encoding: spec.encoding,
        deviations: devs,
        active: Default::default(),
        requests: Default::default(),
        review_litigation: Default::default(),
        narrative,
        flaw: spec.flaw,
    };
    GenDoc {
        path: path(who, year, spec.layout),
        bytes,
        truth,
    }
}

/// A copy of `orig` under another office's name and path: the same bytes
/// but for the office name, as a copied report is (the
/// [`Flaw::Duplicate`] flaw).
pub fn copy_as_other(orig: &GenDoc, seed: u64) -> GenDoc {
    let mut r2 = Rng::new(seed ^ 0x0d0b_1e5e_ed0c_0b1e);
    let year = orig.truth.year;
    let mut other = names::draw(&mut r2, year);
    while other.office == orig.truth.office {
        other = names::draw(&mut r2, year);
    }
    let (text, _, _) = orig.truth.encoding.encoding().decode(&orig.bytes);
    let old = orig.truth.office.as_str();
    let text = text.replace(old, &other.office).replace(
        &super::trad::traditionalize(old),
        &super::trad::traditionalize(&other.office),
    );
    let mut devs = orig.truth.deviations.clone();
    let bytes = encode::encode(
        &mut r2,
        &text,
        orig.truth.encoding,
        orig.truth.layout,
        &mut devs,
    );
    let mut truth = orig.truth.clone();
    truth.title = truth.title.replace(old, &other.office);
    truth.office = other.office.clone();
    truth.flaw = Some(Flaw::Duplicate);
    GenDoc {
        path: path(&other, year, orig.truth.layout),
        bytes,
        truth,
    }
}
