//! Figures stated in the prose of 一、总体情况: read here, where both
//! extract (to choose among the readings of a flattened row, see
//! `extract::reconstruct`) and validate (to compare them with the tables,
//! [`crate::validate::narrative`]) can use them.
//!
//! [`figures`] reads three figures, conservatively:
//!
//! - `new_requests`: "新收/收到/受理/接到/接收/新增 … 申请 [数量|共计…] N 件/条/个/份/宗/起"
//!   ("共收到政府信息公开申请16件", "新收政府信息公开申请数量16条",
//!   "受理依申请公开申请4件"); "未收到政府信息公开申请" is 0;
//! - `reviews`: "行政复议 [案件…] N 件/起/条/宗/个"; "未发生…行政复议" is 0;
//! - `lawsuits`: "行政诉讼 [案件…] N 件/起/条/宗/个"; "无…行政诉讼" is 0.
//!
//! Text is folded as labels are ([`crate::extract::label::norm`]:
//! traditional script simplified, whitespace and the pinyin of spam
//! mirrors ("國(guo)務院") dropped), NFKC-normalised (full-width digits and
//! punctuation become ASCII) and split into sentences (。;!?) and clauses (,); a bracketed
//! breakdown ("(其中维持2件)", "(未经复议直接起诉3件…)") is ignored, and so is anything
//! after an unbracketed 其中 in a sentence. A count joined to another
//! ("行政复议和行政诉讼共5件"), a sub-count ("行政复议结果维持2件"), a
//! comparison ("较上年减少3件") or a request of another kind ("上年结转2件",
//! "收到行政复议申请2件") yields nothing. When the prose gives a figure twice
//! with different values, the figure is left out.

use crate::model::same;
use crate::model::Num;
use indexmap::IndexMap;
use regex::Regex;
use std::sync::OnceLock;

/// Key of the number of new requests in `narrative`.
pub const NEW_REQUESTS: &str = "new_requests";
/// Key of the number of administrative reviews in `narrative`.
pub const REVIEWS: &str = "reviews";
/// Key of the number of lawsuits (direct + after review) in `narrative`.
pub const LAWSUITS: &str = "lawsuits";

/// A figure the prose states and where the tables hold it: the one map
/// from the prose's figures to cells, for the prose's choice among a
/// row's readings (`extract::by_prose`) and the narrative check
/// (`validate::narrative`).
#[derive(Debug)]
pub struct FigureSpec {
    /// Key in `narrative` ([`NEW_REQUESTS`], [`REVIEWS`], [`LAWSUITS`]).
    pub key: &'static str,
    /// The table that holds it.
    pub table: &'static str,
    /// The rows whose 总计 it is, summed. (The narrative check takes a
    /// row's parts when its 总计 is blank; the prose chooses only among
    /// readings that print the 总计.)
    pub rows: &'static [&'static str],
    /// What it counts, in English words for messages.
    pub words: &'static str,
    /// The cells it is compared with, as the template prints them.
    pub cells: &'static str,
    /// What the prose names, in its own words.
    pub named: &'static str,
}

/// The three figures [`figures`] reads, in its order.
pub const FIGURES: [FigureSpec; 3] = [
    FigureSpec {
        key: NEW_REQUESTS,
        table: "requests",
        rows: &["new_received"],
        words: "new requests",
        cells: "一、本年新收政府信息公开申请数量 总计",
        named: "新收政府信息公开申请",
    },
    FigureSpec {
        key: REVIEWS,
        table: "review_litigation",
        rows: &["review"],
        words: "administrative reviews",
        cells: "行政复议 总计",
        named: "行政复议",
    },
    FigureSpec {
        key: LAWSUITS,
        table: "review_litigation",
        rows: &["litigation_direct", "litigation_after_review"],
        words: "lawsuits",
        cells: "行政诉讼 总计 (未经复议直接起诉 + 复议后起诉)",
        named: "行政诉讼",
    },
];

/// The figure with key `key`.
pub fn figure_spec(key: &str) -> Option<&'static FigureSpec> {
    FIGURES.iter().find(|f| f.key == key)
}

const NUM: &str = r"(?P<num>[0-9]+|[零〇一二两三四五六七八九十百千]+)";

fn compiled(
    cell: &'static OnceLock<Option<Regex>>,
    pattern: fn() -> String,
) -> Option<&'static Regex> {
    // The patterns are literals: a bad one must fail the tests, not turn
    // a check off quietly.
    cell.get_or_init(|| Some(crate::extract::literal_regex(&pattern())))
        .as_ref()
}

fn re_new() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    compiled(&RE, || {
        format!(
            r"(?:新收|收到|受理|接到|接收|新增)(?P<gap>[^0-9,]{{0,25}}?)申请(?:数量|总数|件数|总量)?(?:共计|合计|总计|共|计)?(?:为|是|达|有)?:?{NUM}(?:件|条|个|份|宗|起)"
        )
    })
}

fn re_new_zero() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    compiled(&RE, || {
        r"(?:未|没有|无)新?(?:收到|受理|接到|接收|发生|产生|出现)?[^0-9,]{0,20}?公开申请"
            .to_string()
    })
}

fn re_review() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    compiled(&RE, || {
        format!(r"行政复议(?P<gap>[^0-9,;、和及与或]{{0,10}}?){NUM}(?:件|起|条|宗|个)")
    })
}

fn re_lawsuit() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    compiled(&RE, || {
        format!(r"行政诉讼(?P<gap>[^0-9,;、和及与或]{{0,10}}?){NUM}(?:件|起|条|宗|个)")
    })
}

fn re_negation() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    compiled(&RE, || {
        r"未发生|未被|未收到|未出现|未有|未产生|未涉及|没有|均未|无".to_string()
    })
}

fn re_zero_after() -> Option<&'static Regex> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    compiled(&RE, || {
        r"^[^0-9]{0,20}?(?:均|都|皆)?(?:为|是)(?:0|零)(?:[^0-9]|$)|^[^0-9]{0,20}?均无".to_string()
    })
}

/// Words that, between a verb and 申请, make it some other kind of request
/// (or not this year's).
const NEW_STOP: [&str; 11] = [
    "复议", "诉讼", "结转", "咨询", "投诉", "举报", "信访", "答复", "办结", "上年", "同比",
];
/// Words that, between 行政复议/行政诉讼 and a count, make it a sub-count,
/// a comparison or something else.
const CASE_STOP: [&str; 24] = [
    "诉讼", "复议", "决定", "书", "维持", "纠正", "审结", "撤销", "驳回", "结果", "较", "同比",
    "减少", "增加", "下降", "上升", "上年", "去年", "办结", "终止", "后", "起诉", "应诉", "胜诉",
];
/// Characters before a verb that negate it ("不予受理的申请2件").
const NEGATED_VERB: [&str; 5] = ["不予", "未", "没有", "无法", "不"];
/// Characters that join two case kinds into one count ("行政诉讼和行政复议共5件").
const JOINERS: [char; 5] = ['和', '及', '与', '、', '或'];

/// Reads the figures of the prose lines `overview` (see the module docs).
pub fn figures<S: AsRef<str>>(overview: &[S]) -> IndexMap<String, Num> {
    let mut found: IndexMap<&'static str, Vec<f64>> = IndexMap::new();
    // Lines wrapped inside a sentence (PDF text, fixed-width exports) are
    // joined back; a line that ends a sentence or is a heading stays apart.
    let mut joined = String::new();
    for line in overview {
        let t = line.as_ref().trim();
        joined.push_str(t);
        let ends = t.ends_with(['。', '；', ';', '！', '？', '：', ':'])
            || t.chars().count() < 16 && !t.ends_with(['，', ','])
            || t.starts_with(['（', '('])
                && t.chars().count() < 30
                && !t.contains(['，', '。', ',']);
        if ends {
            joined.push('。');
        }
    }
    {
        let folded = crate::extract::label::norm(&joined);
        let mut text = String::with_capacity(folded.len());
        crate::hanzi::nfkc_each(&folded, |c| text.push(c));
        for sentence in text.split(['。', ';', '!', '?']) {
            // A breakdown in brackets ends with them ("行政复议3件(其中维持
            // 2件),行政诉讼4件"): only it is left out.
            let unbracketed = without_bracketed_breakdowns(sentence);
            let sentence = unbracketed.as_ref();
            let sentence = match sentence.find("其中") {
                Some(i) => &sentence[..i],
                None => sentence,
            };
            for clause in sentence.split(',') {
                clause_figures(clause, &mut found);
            }
        }
    }
    let mut out = IndexMap::new();
    for key in FIGURES.iter().map(|f| f.key) {
        let Some(vals) = found.get(key) else {
            continue;
        };
        if let Some(&first) = vals.first() {
            if vals.iter().all(|&v| same(v, first)) {
                out.insert(key.to_string(), Num(first));
            }
        }
    }
    out
}

/// `sentence` without its bracketed breakdowns: `(…其中…)`, and any
/// bracket right after a count (`行政诉讼案件4件(未经复议直接起诉3件…)`
/// lists the parts of the count before it).
fn without_bracketed_breakdowns(sentence: &str) -> std::borrow::Cow<'_, str> {
    if !sentence.contains('(') {
        return std::borrow::Cow::Borrowed(sentence);
    }
    let mut out = String::with_capacity(sentence.len());
    let mut rest = sentence;
    while let Some(open) = rest.find('(') {
        let Some(len) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 1..open + len];
        out.push_str(&rest[..open]);
        let breakdown = inner.contains("其中") || ends_with_count(&out);
        if !breakdown {
            out.push_str(&rest[open..=open + len]);
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Whether `text` ends with a count: a number, in digits or numerals, and
/// a count unit (`4件`, `两起`).
fn ends_with_count(text: &str) -> bool {
    use crate::parse::value::{unit_of, Unit};
    let mut back = text.chars().rev();
    let (Some(unit), Some(before)) = (back.next(), back.next()) else {
        return false;
    };
    unit_of(unit.encode_utf8(&mut [0; 4])) == Some(Unit::Count)
        && (before.is_ascii_digit() || "零一二两三四五六七八九十百千".contains(before))
}

fn clause_figures(clause: &str, found: &mut IndexMap<&'static str, Vec<f64>>) {
    if clause.is_empty() {
        return;
    }
    // New requests: every pattern below names 申请.
    let asks = clause.contains("申请");
    let mut any = false;
    if let Some(re) = re_new().filter(|_| asks) {
        for caps in re.captures_iter(clause) {
            let (Some(m), Some(gap), Some(num)) = (caps.get(0), caps.name("gap"), caps.name("num"))
            else {
                continue;
            };
            let before = &clause[..m.start()];
            if NEGATED_VERB.iter().any(|n| before.ends_with(n))
                || NEW_STOP.iter().any(|s| gap.as_str().contains(s))
            {
                continue;
            }
            if let Some(v) = parse_num(num.as_str()) {
                found.entry(NEW_REQUESTS).or_default().push(v);
                any = true;
            }
        }
    }
    if asks && !any && !clause.bytes().any(|b| b.is_ascii_digit()) {
        if let Some(m) = re_new_zero().and_then(|re| re.find(clause)) {
            let after = clause[m.end()..].chars().next();
            if !NEW_STOP
                .iter()
                .chain(["理由", "反复", "重复"].iter())
                .any(|s| m.as_str().contains(s))
                && !matches!(after, Some('人' | '表' | '书' | '者'))
            {
                found.entry(NEW_REQUESTS).or_default().push(0.0);
            }
        }
    }
    // Reviews and lawsuits.
    for (key, word, re) in [
        (REVIEWS, "行政复议", re_review()),
        (LAWSUITS, "行政诉讼", re_lawsuit()),
    ] {
        // Each pattern starts with its word.
        let Some(re) = re.filter(|_| clause.contains(word)) else {
            continue;
        };
        let mut any = false;
        for caps in re.captures_iter(clause) {
            let (Some(m), Some(gap), Some(num)) = (caps.get(0), caps.name("gap"), caps.name("num"))
            else {
                continue;
            };
            // "行政复议和行政诉讼共5件" joins two kinds into one count;
            // "行政复议2起、行政诉讼0起" lists two counts.
            let before = &clause[..m.start()];
            let joined = before.chars().next_back().is_some_and(|c| {
                let head = &before[..before.len() - c.len_utf8()];
                JOINERS.contains(&c) && (head.ends_with("复议") || head.ends_with("诉讼"))
            });
            if joined || CASE_STOP.iter().any(|s| gap.as_str().contains(s)) {
                continue;
            }
            if let Some(v) = parse_num(num.as_str()) {
                found.entry(key).or_default().push(v);
                any = true;
            }
        }
        if !any && says_none(clause, word) {
            found.entry(key).or_default().push(0.0);
        }
    }
}

/// Whether `clause` says there was no `word` (行政复议 / 行政诉讼): a
/// negation shortly before it, or "均为0" shortly after, and no digit in
/// between.
fn says_none(clause: &str, word: &str) -> bool {
    let Some(k) = clause.find(word) else {
        return false;
    };
    let before = &clause[..k];
    let negated = re_negation().is_some_and(|re| {
        re.find_iter(before).any(|n| {
            let between = &before[n.end()..];
            let next = clause[n.end()..].chars().next();
            !(n.as_str() == "无" && matches!(next, Some('法' | '论' | '需' | '须' | '关')))
                && between.chars().count() <= 30
                && !between.bytes().any(|b| b.is_ascii_digit())
        })
    });
    let after = &clause[k + word.len()..];
    negated || re_zero_after().is_some_and(|re| re.is_match(after))
}

/// Parses `16` or a simple Chinese numeral (`两`, `十二`, `一百零五`).
pub fn parse_num(s: &str) -> Option<f64> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<f64>().ok();
    }
    let mut total: u64 = 0;
    let mut cur: Option<u64> = None;
    for c in s.chars() {
        let digit = match c {
            '零' | '〇' => Some(0),
            '一' => Some(1),
            '二' | '两' => Some(2),
            '三' => Some(3),
            '四' => Some(4),
            '五' => Some(5),
            '六' => Some(6),
            '七' => Some(7),
            '八' => Some(8),
            '九' => Some(9),
            _ => None,
        };
        if let Some(d) = digit {
            if cur.is_some_and(|c| c != 0) {
                return None; // "二〇二〇": a digit string, not a count
            }
            cur = Some(d);
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => return None,
        };
        total += cur.filter(|&c| c != 0).unwrap_or(1) * unit;
        cur = None;
    }
    Some((total + cur.unwrap_or(0)) as f64)
}
