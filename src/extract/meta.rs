//! Metadata: the report's title, office and year, from its heading first
//! and its path second.
//!
//! A title or office never carries U+FFFD (the replacement character
//! decoding puts where bytes did not decode, such as a lone surrogate in
//! UTF-16): it is dropped, and an `input.bad_bytes` warning at `title` or
//! `office` says so, so that the name can be checked against the source.

use super::label::norm;
use super::literal_regex;
use crate::hanzi;
use crate::model::{Issue, Severity};
use crate::parse::Document;
use regex::Regex;
use std::sync::OnceLock;

/// What the heading and path say about a report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    /// The report's title as printed.
    pub title: Option<String>,
    /// The reporting office (simplified script).
    pub office: Option<String>,
    /// The report year.
    pub year: Option<i32>,
    /// Warnings about the title and office (replacement characters
    /// dropped).
    pub issues: Vec<Issue>,
}

/// The replacement character decoding leaves where bytes did not decode.
const REPLACEMENT: char = '\u{FFFD}';

/// `s` without replacement characters, with a warning at `field` when it
/// had any; `None` when nothing else is left.
fn without_replacement(s: String, field: &str, issues: &mut Vec<Issue>) -> Option<String> {
    let n = s.chars().filter(|&c| c == REPLACEMENT).count();
    if n == 0 {
        return Some(s);
    }
    let clean: String = s.chars().filter(|&c| c != REPLACEMENT).collect();
    let clean = clean.trim().to_string();
    issues.push(Issue::new(
        "input.bad_bytes",
        Severity::Warning,
        field,
        format!(
            "the {field} held {} (U+FFFD: bytes that did not decode); dropped, leaving {}: check it against the source",
            crate::words::count(n, "replacement character"),
            if clean.is_empty() { "nothing".to_string() } else { format!("“{clean}”") }
        ),
    ));
    (!clean.is_empty()).then_some(clean)
}

fn year_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        literal_regex(r"((?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年(?:度)?")
    })
}

/// Whether a line reads like a disclosure annual report's title.
pub fn is_title_like(line: &str) -> bool {
    // Cheap test first: a title says 报告 or 年报 (報 in traditional script).
    if line.len() > 400 || !(line.contains('报') || line.contains('報')) {
        return false;
    }
    let n = norm(line);
    let len = n.chars().count();
    (6..=90).contains(&len)
        && (n.contains("信息公开") || n.contains("政务公开"))
        && (n.contains("报告") || n.contains("年报"))
        && !n.ends_with('。')
}

/// Reads title, office and year from `doc` and `path`.
pub fn read(doc: &Document, path: &str) -> Meta {
    // Menus say "政府信息公开年报" too: a title names its year.
    // A text whose every line is a table's row (a spreadsheet's CSV export)
    // has its title as a row's only filled cell (`…年度报告,,,,`).
    let lines: Vec<&str> = doc.lines().take(120).map(|(t, _)| t).collect();
    let lines = if lines.iter().any(|t| is_title_like(t)) {
        lines
    } else {
        doc.lone_cells().take(120).collect()
    };
    let first = lines.iter().position(|t| is_title_like(t));
    let with_year = lines
        .iter()
        .position(|t| is_title_like(t) && year_in(&norm(t)).is_some());
    let page = doc.title.as_deref().and_then(title_from_page_title);
    // A Markdown heading's marks and a CSV line's empty cells after it
    // (`…年度报告,,,,`) are not the title's.
    let clean = |t: &str| {
        // A line that keeps its source's line breaks (a page's run of
        // metadata in one block): the part that is the title.
        let t = if t.contains('\n') {
            t.lines()
                .find(|l| is_title_like(l) && year_in(&norm(l)).is_some())
                .or_else(|| t.lines().find(|l| is_title_like(l)))
                .unwrap_or(t)
        } else {
            t
        };
        t.trim()
            .trim_start_matches('#')
            .trim_start()
            .trim_end_matches([',', ';', '\t'])
            .trim_end()
            .to_string()
    };
    // A title broken over two lines (a centred PDF heading, an `<h1>` with
    // a `<br>`) names its office on the line before: joined when only the
    // two together name one. Only a title that names its year: a menu's
    // "政府信息公开年报" after another menu item is no title.
    let title_at = |i: usize| {
        let t = clean(lines[i]);
        if office_in(&norm(&t)).is_some() {
            return t;
        }
        let before = lines[..i]
            .iter()
            .rev()
            .map(|l| clean(l))
            .find(|l| !l.is_empty());
        match before {
            Some(b)
                if b.chars().count() <= 30
                    && !b.contains(['。', '：', ':'])
                    && office_in(&norm(&format!("{b}{t}"))).is_some() =>
            {
                format!("{b}{t}")
            }
            _ => t,
        }
    };
    let title = with_year
        .map(title_at)
        .or_else(|| page.clone().filter(|p| year_in(&norm(p)).is_some()))
        .or_else(|| first.map(|i| clean(lines[i])))
        .or(page);
    let mut issues = Vec::new();
    let title = title.and_then(|t| without_replacement(t, "title", &mut issues));
    let mut meta = Meta {
        title,
        ..Meta::default()
    };
    if let Some(t) = &meta.title {
        let s = norm(t);
        meta.year = year_in(&s);
        meta.office = office_in(&s);
    }
    if meta.year.is_none() || meta.office.is_none() {
        let (office, year) = from_path(path);
        meta.year = meta.year.or(year);
        meta.office = meta.office.or(office);
    }
    // The title is clean by now; a page title or normalisation could
    // still leave one in the office.
    meta.office = meta
        .office
        .take()
        .and_then(|o| without_replacement(o, "office", &mut issues));
    meta.issues = issues;
    meta
}

/// `东山街道2020年…报告_江宁区人民政府` → the part that is the title.
fn title_from_page_title(t: &str) -> Option<String> {
    t.split(['_', '|', '｜', '—'])
        .map(str::trim)
        .find(|p| is_title_like(p))
        .map(str::to_string)
}

/// The first year in normalised text.
pub fn year_in(s: &str) -> Option<i32> {
    let c = year_re().captures(s)?;
    let y = c.get(1)?.as_str();
    let y: String = y
        .chars()
        .map(|ch| match ch {
            '〇' | '零' => '0',
            '一' => '1',
            '二' => '2',
            '三' => '3',
            '四' => '4',
            '五' => '5',
            '六' => '6',
            '七' => '7',
            '八' => '8',
            '九' => '9',
            _ => ch,
        })
        .collect();
    let y: i32 = y.parse().ok()?;
    (1990..=2100).contains(&y).then_some(y)
}

/// The office named in a normalised title: what is left once the year,
/// "关于" and the report words are taken out.
fn office_in(title: &str) -> Option<String> {
    let s = hanzi::simplify(title);
    let cut = ["政府信息公开", "政务公开", "信息公开"]
        .iter()
        .filter_map(|k| s.find(k))
        .min()?;
    let head = &s[..cut];
    let head = year_re().replace_all(head, "");
    let mut office = head.trim().trim_start_matches("关于").trim().to_string();
    for suffix in ["的", "本级", "度"] {
        if let Some(o) = office.strip_suffix(suffix) {
            office = o.to_string();
        }
    }
    let office = office
        .trim_matches(|c: char| c.is_ascii_punctuation() || c == '、' || c == '：')
        .to_string();
    (office.chars().count() >= 2).then_some(office)
}

/// Office (parent folder) and year (file stem or folder) from a path like
/// `…/东山街道/2020.html`.
fn from_path(path: &str) -> (Option<String>, Option<i32>) {
    let inner = path.rsplit("!/").next().unwrap_or(path);
    let parts: Vec<&str> = inner.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    let mut year = None;
    let mut office = None;
    for (i, part) in parts.iter().enumerate().rev() {
        let stem = if i + 1 == parts.len() {
            part.rsplit_once('.').map_or(*part, |(s, _)| s)
        } else {
            part
        };
        if year.is_none() {
            year = four_digit_year(stem);
        }
        if office.is_none() && i + 1 < parts.len() && four_digit_year(stem).is_none() {
            let has_cjk = stem.chars().any(hanzi::is_ideograph);
            if has_cjk {
                office = Some(hanzi::simplify(stem).into_owned());
            }
        }
    }
    (office, year)
}

fn four_digit_year(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    for i in 0..b.len().saturating_sub(3) {
        let w = &b[i..i + 4];
        let boundary_before = i == 0 || !b[i - 1].is_ascii_digit();
        let boundary_after = b.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
        if boundary_before
            && boundary_after
            && w.iter().all(u8::is_ascii_digit)
            && (w[0] == b'1' && w[1] == b'9' || w[0] == b'2' && w[1] == b'0')
        {
            return std::str::from_utf8(w).ok()?.parse().ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A title over two lines (a centred PDF heading, an `<h1>` with a
    /// `<br>`) names its office on the first; a Markdown heading's marks
    /// are not the title's; a menu item without a year is not joined.
    #[test]
    fn titles_over_two_lines_and_markdown_headings() {
        let meta = |text: &str| {
            let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
            let m = read(&doc, "x/y.txt");
            (m.title, m.office)
        };
        let (t, o) =
            meta("      青山县人民政府办公室\n   2020年政府信息公开工作年度报告\n\n一、总体情况\n");
        assert_eq!(
            t.as_deref(),
            Some("青山县人民政府办公室2020年政府信息公开工作年度报告")
        );
        assert_eq!(o.as_deref(), Some("青山县人民政府办公室"));
        let (t, o) = meta("# 临川区城市管理局2021年政府信息公开工作年度报告\n\n一、总体情况\n");
        assert_eq!(
            t.as_deref(),
            Some("临川区城市管理局2021年政府信息公开工作年度报告")
        );
        assert_eq!(o.as_deref(), Some("临川区城市管理局"));
        let (t, o) = meta("公共服务\n政府信息公开年报\n");
        assert_eq!(t.as_deref(), Some("政府信息公开年报"));
        assert_eq!(o, None);
    }

    /// A page's block of metadata read as one line that keeps its line
    /// breaks (JATS XML): the title is the part that is one, not the block.
    #[test]
    fn title_out_of_a_block_of_lines() {
        let doc = crate::parse::html::parse(
            "<front><journal-meta>武进区人民政府公报\n<issn>0000-0000</issn>\n<article-title>常州市武进区教育局2019年政府信息公开工作年度报告</article-title>\n<contrib>常州市武进区教育局</contrib></journal-meta></front>",
            &crate::config::Limits::default(),
        );
        let m = read(&doc, "x/y.xml");
        assert_eq!(
            m.title.as_deref(),
            Some("常州市武进区教育局2019年政府信息公开工作年度报告")
        );
        assert_eq!(m.year, Some(2019));
    }

    /// A spreadsheet's CSV export: the title is a row's only filled cell.
    #[test]
    fn title_of_a_csv_export() {
        let text = "白沙镇人民政府2022年政府信息公开工作年度报告,,,,\n,,,,\n\
                    一、总体情况,,,,\n规章,0,0,0,\n";
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let m = read(&doc, "x/y.csv");
        assert_eq!(
            m.title.as_deref(),
            Some("白沙镇人民政府2022年政府信息公开工作年度报告")
        );
        assert_eq!(m.office.as_deref(), Some("白沙镇人民政府"));
        assert_eq!(m.year, Some(2022));
    }

    #[test]
    fn offices_and_years_from_titles() {
        let o = |t: &str| office_in(&norm(t));
        assert_eq!(
            o("安镇街道2020年政府信息公开工作年度报告").as_deref(),
            Some("安镇街道")
        );
        assert_eq!(
            o("2021年江宁区东山街道政府信息公开工作年度报告").as_deref(),
            Some("江宁区东山街道")
        );
        assert_eq!(
            o("XX区人民政府办公室2022年度政府信息公开工作年度报告").as_deref(),
            Some("XX区人民政府办公室")
        );
        assert_eq!(
            o("关于东山街道2020年度政府信息公开工作年度报告").as_deref(),
            Some("东山街道")
        );
        assert_eq!(o("2020年政府信息公开工作年度报告"), None);
        assert_eq!(
            year_in(&norm("二〇二〇年政府信息公开工作年度报告")),
            Some(2020)
        );
        assert_eq!(year_in(&norm("东山街道2020年度政府信息公开")), Some(2020));
    }

    #[test]
    fn path_fallback() {
        assert_eq!(
            from_path("reports/江宁区/东山街道/2020.html"),
            (Some("东山街道".into()), Some(2020))
        );
        assert_eq!(from_path("a.zip!/2019/东山街道.txt"), (None, Some(2019)));
        assert_eq!(from_path("x/report-12345.html"), (None, None));
    }
}
