//! The named hostile inputs. [`corpus`] builds them (the CLI test writes
//! the same set to disk); each test runs a group and checks the record.

use super::{assert_issue, assert_status, codes, root, run, run_with, timed, Rng};
use nianbao::config::Limits;
use nianbao::model::Status;
use std::time::{Duration, Instant};

/// What a hostile case must come out as.
#[derive(Debug, Clone, Copy)]
pub enum Expect {
    /// `unreadable` with this issue code.
    Unreadable(&'static str),
    /// Read as a report (a template is found, status is not
    /// `unreadable`), with this issue code when given.
    Report(Option<&'static str>),
    /// Any status, with this issue code.
    Issue(&'static str),
    /// Exactly one record; nothing more is promised (random bytes).
    Record,
}

/// One hostile input.
pub struct Case {
    /// File name (its extension is a media hint).
    pub name: String,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// The expected outcome.
    pub expect: Expect,
}

fn case(name: &str, bytes: impl Into<Vec<u8>>, expect: Expect) -> Case {
    Case {
        name: name.to_string(),
        bytes: bytes.into(),
        expect,
    }
}

fn fixture(rel: &str) -> String {
    std::fs::read_to_string(root().join("fixtures").join(rel)).unwrap()
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// UTF-16 of `s` with lone surrogates put in after every `every` units.
fn with_lone_surrogates(s: &str, every: usize, le: bool) -> Vec<u8> {
    let mut units: Vec<u16> = Vec::new();
    for (k, u) in s.encode_utf16().enumerate() {
        if k > 0 && k % every == 0 {
            units.push(if k % (2 * every) == 0 { 0xD800 } else { 0xDC00 });
        }
        units.push(u);
    }
    units
        .into_iter()
        .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
        .collect()
}

/// Replaces every `attr=value` of `rowspan`/`colspan` in a Word page by
/// the next absurd value.
fn absurd_spans(html: &str) -> String {
    const ABSURD: [&str; 8] = [
        "2000000000",
        "\"99999999\"",
        "-3",
        "abc",
        "0",
        "'99999999999999999999999'",
        "\"4294967297\"",
        "1e9",
    ];
    let mut out = String::with_capacity(html.len() + 1024);
    let mut k = 0;
    let mut rest = html;
    while let Some(i) = rest.find("span=") {
        let (before, after) = rest.split_at(i + "span=".len());
        out.push_str(before);
        let end = after
            .find(|c: char| c.is_whitespace() || c == '>')
            .unwrap_or(after.len());
        out.push_str(ABSURD[k % ABSURD.len()]);
        k += 1;
        rest = &after[end..];
    }
    out.push_str(rest);
    assert!(k > 5, "the page has spans to make absurd");
    out
}

/// Random tag soup: table markup, spans, quotes, entities, CJK text.
pub fn tag_soup(rng: &mut Rng, tokens: usize) -> String {
    const TOKENS: [&str; 40] = [
        "<table>",
        "</table>",
        "<tr>",
        "</tr>",
        "<td>",
        "</td>",
        "<th colspan=3>",
        "<td rowspan=\"2000000000\">",
        "<td colspan='99999999'>",
        "<td rowspan=-1 colspan=x>",
        "<div>",
        "</div>",
        "<p>",
        "<br>",
        "<script>",
        "</script>",
        "<style>",
        "<!--",
        "-->",
        "<!DOCTYPE html>",
        "<?xml ?>",
        "<",
        ">",
        "</",
        "\"",
        "'",
        "=",
        "&amp;",
        "&#xD800;",
        "&#99999999999;",
        "&nbsp;",
        "\u{3000}",
        "一、本年新收政府信息公开申请数量",
        "（七）总计",
        "4",
        "—",
        "\n",
        "\t",
        "<title>",
        "2020年政府信息公开工作年度报告",
    ];
    let mut s = String::new();
    for _ in 0..tokens {
        s.push_str(TOKENS[rng.below(TOKENS.len() as u64) as usize]);
    }
    s
}

/// Every hostile case. `big` adds the multi-megabyte ones.
pub fn corpus(big: bool) -> Vec<Case> {
    use Expect::*;
    let html = fixture("layouts/html-2019.html");
    let word = fixture("layouts/html-word-2019.html");
    let mut v = vec![
        // Empty and binary files under text names.
        case("empty.html", Vec::new(), Unreadable("input.unreadable")),
        case("empty.txt", Vec::new(), Unreadable("input.unreadable")),
        case(
            "pdf.html",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec(),
            Unreadable("input.unreadable"),
        ),
        case(
            "png.html",
            [
                &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..],
                &Rng::new(1).bytes(4000),
            ]
            .concat(),
            Unreadable("input.unreadable"),
        ),
        case(
            "zip.html",
            [&b"PK\x03\x04\x14\0\0\0\x08\0"[..], &Rng::new(2).bytes(4000)].concat(),
            Unreadable("input.unreadable"),
        ),
        case(
            "word97.htm",
            [
                &b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"[..],
                &Rng::new(3).bytes(4000),
            ]
            .concat(),
            Unreadable("input.unreadable"),
        ),
        case(
            "gzip.txt",
            [&b"\x1F\x8B\x08\0"[..], &Rng::new(4).bytes(4000)].concat(),
            Unreadable("input.unreadable"),
        ),
        // NUL bytes: binary when they sit early in the file.
        case(
            "nul-bytes.html",
            html.replacen("<body>", "<body>\0\0\0\u{1}\u{2}\0", 1),
            Unreadable("input.unreadable"),
        ),
        case(
            "nuls-only.txt",
            vec![0u8; 10_000],
            Unreadable("input.unreadable"),
        ),
        // Lone surrogates in UTF-16, with and without a BOM.
        case(
            "utf16le-lone-surrogates.html",
            [&[0xFF, 0xFE][..], &with_lone_surrogates(&html, 97, true)].concat(),
            Report(Some("input.bad_bytes")),
        ),
        case(
            "utf16be-lone-surrogates.html",
            [&[0xFE, 0xFF][..], &with_lone_surrogates(&html, 89, false)].concat(),
            Report(Some("input.bad_bytes")),
        ),
        case(
            "utf16le-nobom-lone-surrogates.html",
            with_lone_surrogates(&html, 101, true),
            Report(Some("input.bad_bytes")),
        ),
        case(
            "utf16le-odd-length.html",
            {
                let mut b = [&[0xFF, 0xFE][..], &utf16le(&html)].concat();
                b.push(0x41);
                b
            },
            Report(Some("input.bad_bytes")),
        ),
        case(
            "utf16be-only-surrogates.txt",
            [0xFEu8, 0xFF]
                .into_iter()
                .chain((0..2000u16).flat_map(|k| (0xD800 + k % 0x800).to_be_bytes()))
                .collect::<Vec<u8>>(),
            Issue("input.bad_bytes"),
        ),
        // Mislabelled charsets.
        case(
            "declared-utf8-but-gbk.html",
            encoding_rs::GBK.encode(&html).0.into_owned(),
            Report(Some("input.charset_mismatch")),
        ),
        case(
            "declared-gb2312-but-utf8.html",
            html.replace("charset=utf-8", "charset=gb2312"),
            Report(Some("input.charset_mismatch")),
        ),
        case(
            "declared-big5-but-gbk.html",
            encoding_rs::GBK
                .encode(&html.replace("charset=utf-8", "charset=big5"))
                .0
                .into_owned(),
            Report(Some("input.charset_mismatch")),
        ),
        case(
            "declared-utf16-but-utf8.html",
            html.replace("charset=utf-8", "charset=utf-16"),
            Report(None),
        ),
        case(
            "declared-bogus-charset.html",
            html.replace("charset=utf-8", "charset=x-no-such-charset"),
            Report(None),
        ),
        case(
            "declared-utf8-bad-bytes.html",
            {
                let mut b = html.clone().into_bytes();
                let at = b.len() / 2;
                let at = (at..b.len()).find(|&i| b[i] == b'\n').unwrap_or(at);
                b.splice(at..at, [0xFFu8, 0xC0]);
                b
            },
            Report(Some("input.bad_bytes")),
        ),
        // Absurd spans.
        case("word-absurd-spans.html", absurd_spans(&word), Report(None)),
        case(
            "absurd-spans-grid.html",
            {
                let mut s = String::from("<table>");
                for r in 0..3000 {
                    s.push_str(&format!(
                        "<tr><td rowspan=2000000000 colspan=99999999>行{r}</td>\
                         <td colspan=-7>{r}</td><td rowspan=\"abc\">x</td>\
                         <td rowspan='99999999999999999999999'>1</td></tr>"
                    ));
                }
                s.push_str("</table>");
                s
            },
            Issue("input.limit"),
        ),
        case(
            "wide-row.html",
            format!("<table><tr>{}</tr></table>", "<td>1</td>".repeat(10_000)),
            Issue("input.limit"),
        ),
        // Deep nesting.
        case(
            "deep-div.html",
            format!(
                "{}<p>安镇街道2020年政府信息公开工作年度报告</p>{}",
                "<div>".repeat(100_000),
                "</div>".repeat(100_000)
            ),
            Report(None),
        ),
        case(
            "deep-table.html",
            format!(
                "<p>安镇街道2020年政府信息公开工作年度报告</p>{}1{}",
                "<table><tr><td>".repeat(100_000),
                "</td></tr></table>".repeat(100_000)
            ),
            Issue("input.limit"),
        ),
        case(
            "deep-table-unclosed.html",
            "<table>".repeat(100_000),
            Issue("input.limit"),
        ),
        case(
            "deep-td.html",
            format!("<table><tr>{}</table>", "<td>".repeat(100_000)),
            Issue("input.limit"),
        ),
        case(
            "deep-mixed.html",
            "<div><span><table><tr><td><p><b>".repeat(20_000),
            Issue("input.limit"),
        ),
        // Tokenizer traps.
        case("lt-storm.html", "<".repeat(2_000_000), Record),
        case("end-tag-storm.html", "</".repeat(1_000_000), Record),
        case(
            "unclosed-comment.html",
            format!("<html><!--{}", "<table><tr><td>1".repeat(100_000)),
            Record,
        ),
        case(
            "unclosed-quote.html",
            format!("<table><tr><td title=\"{}", "<td>1".repeat(200_000)),
            Record,
        ),
        case(
            "script-storm.html",
            "<script></scrip<svg></sv".repeat(100_000),
            Record,
        ),
        case(
            "entities.html",
            format!(
                "<table><tr><td>{}</td></tr></table>",
                "&#xD800;&#x110000;&#0;&#99999999999999999999;&;&#;&#x;&amp&lt".repeat(20_000)
            ),
            Record,
        ),
        case(
            "huge-attributes.html",
            format!(
                "<table><tr><td {}>1</td></tr></table>",
                "rowspan= colspan=\"".repeat(100_000)
            ),
            Record,
        ),
    ];
    let mut rng = Rng::new(42);
    for k in 0..8 {
        let n = [0, 1, 7, 100, 4096, 65_536, 300_000, 1_000_000][k];
        let ext = ["bin", "html", "txt", "htm"][k % 4];
        v.push(case(&format!("random-{k}.{ext}"), rng.bytes(n), Record));
    }
    for k in 0..6 {
        let s = tag_soup(&mut rng, 20_000 * (k + 1));
        v.push(case(&format!("tag-soup-{k}.html"), s, Record));
    }
    if big {
        // 20 MB on one line, as text and inside HTML.
        let line: String = "报告，".repeat(20_000_000 / 9);
        v.push(case("long-line.txt", line.clone(), Issue("input.limit")));
        v.push(case(
            "long-line.html",
            format!("<html><body><p>{line}</p></body></html>"),
            Record,
        ));
        v.push(case(
            "long-line-in-cell.html",
            format!("<table><tr><td>{line}</td><td>1</td></tr></table>"),
            Record,
        ));
        v.push(case(
            "long-line-tabs.tsv",
            "1\t".repeat(10_000_000),
            Issue("input.limit"),
        ));
        // A million tiny cells, in HTML and text layouts.
        let row = format!("<tr>{}</tr>", "<td>1".repeat(1_000));
        v.push(case(
            "million-cells.html",
            format!("<table>{}</table>", row.repeat(1_000)),
            Issue("input.limit"),
        ));
        v.push(case(
            "million-cells-one-row.html",
            format!("<table><tr>{}</table>", "<td>1".repeat(1_000_000)),
            Issue("input.limit"),
        ));
        let tsv_row = format!("{}\n", vec!["1"; 1000].join("\t"));
        v.push(case(
            "million-cells.tsv",
            tsv_row.repeat(1_000),
            Issue("input.limit"),
        ));
        v.push(case(
            "million-cells.csv",
            format!("{}\n", vec!["1"; 1000].join(",")).repeat(1_000),
            Issue("input.limit"),
        ));
        v.push(case(
            "million-cells-per-line.txt",
            "\t1\n".repeat(1_000_000),
            Issue("input.limit"),
        ));
        // Ten million lines.
        v.push(case(
            "ten-million-lines.txt",
            "1\n".repeat(10_000_000),
            Issue("input.limit"),
        ));
        v.push(case(
            "four-million-lines.html",
            "x<br>".repeat(4_000_000),
            Issue("input.limit"),
        ));
        v.push(case(
            "ten-million-breaks.html",
            "<br>".repeat(5_000_000),
            Record,
        ));
        // A real report under a huge prefix of noise.
        v.push(case(
            "report-after-noise.html",
            format!("{}{html}", "<div>导航</div>\n".repeat(500_000)),
            Record,
        ));
    }
    v
}

/// Checks one case's record against its expectation.
pub fn check(c: &Case, limits: &Limits) -> Duration {
    let (rec, took) = run_with(&c.name, &c.bytes, limits);
    if took > Duration::from_millis(100) {
        eprintln!("{}: {} bytes in {took:?}", c.name, c.bytes.len());
    }
    match c.expect {
        Expect::Unreadable(code) => {
            assert_status(&rec, Status::Unreadable);
            assert_issue(&rec, code);
        }
        Expect::Report(code) => {
            assert!(rec.template.is_some(), "{}: {:?}", c.name, rec.issues);
            assert_ne!(
                rec.status,
                Status::Unreadable,
                "{}: {:?}",
                c.name,
                rec.issues
            );
            if let Some(code) = code {
                assert_issue(&rec, code);
            }
        }
        Expect::Issue(code) => assert_issue(&rec, code),
        Expect::Record => {}
    }
    took
}

fn check_all(cases: &[Case], budget: Duration) {
    let start = Instant::now();
    let mut slowest = (Duration::ZERO, String::new());
    for c in cases {
        let took = check(c, &Limits::default());
        if took > slowest.0 {
            slowest = (took, c.name.clone());
        }
    }
    let all = start.elapsed();
    eprintln!(
        "{} hostile cases in {all:?}; slowest {} in {:?}",
        cases.len(),
        slowest.1,
        slowest.0
    );
    if timed() {
        assert!(all < budget, "the set took {all:?} (budget {budget:?})");
    }
}

#[test]
fn small_hostile_cases() {
    // Budget: the whole set (about 50 documents, 10 MB) in 20 s (about
    // 1-2 s alone).
    check_all(&corpus(false), Duration::from_secs(20));
}

#[test]
fn big_hostile_cases() {
    // Budget: the multi-megabyte set (about 170 MB) in 40 s (about 10 s
    // alone), each under DOC_BUDGET.
    let small = corpus(false).len();
    let big: Vec<Case> = corpus(true).into_iter().skip(small).collect();
    check_all(&big, Duration::from_secs(40));
}

#[test]
fn the_files_in_fixtures_hostile() {
    let dir = root().join("fixtures/hostile");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| !n.ends_with(".md"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    for n in names {
        let bytes = std::fs::read(dir.join(&n)).unwrap();
        let (rec, _) = run(&format!("fixtures/hostile/{n}"), &bytes);
        // The file name says what is expected: `unreadable-*`,
        // `limit-*`, `report-*`, anything else just one record.
        if n.starts_with("unreadable-") {
            assert_status(&rec, Status::Unreadable);
        } else if n.starts_with("limit-") {
            assert_issue(&rec, "input.limit");
        } else if n.starts_with("report-") {
            assert!(rec.template.is_some(), "{n}: {:?}", codes(&rec));
            assert_ne!(rec.status, Status::Unreadable, "{n}: {:?}", rec.issues);
        }
    }
}

#[test]
fn over_the_size_limit_is_too_large_not_read() {
    let l = Limits {
        max_doc_bytes: 1 << 20,
        ..Limits::default()
    };
    let (rec, _) = run_with("big.html", &vec![b'a'; (1 << 20) + 1], &l);
    assert_status(&rec, Status::Unreadable);
    assert_issue(&rec, "input.too_large");
    let (rec, _) = run_with("fits.html", &vec![b'a'; 1 << 20], &l);
    assert!(!codes(&rec).contains(&"input.too_large"));
}

#[test]
fn tighter_limits_give_issues_not_crashes() {
    let tight = Limits {
        max_doc_bytes: 1 << 20,
        max_grid_cells: 50,
        max_span: 2,
        max_depth: 2,
        max_line_bytes: 64,
        max_member_bytes: 1 << 20,
        max_ratio: 2,
        max_tables: 1,
        max_lines: 5,
    };
    let html = fixture("layouts/html-2019.html");
    let (rec, _) = run_with("tight.html", html.as_bytes(), &tight);
    assert_issue(&rec, "input.limit");
    let text = fixture("layouts/tsv-2019.tsv");
    let (rec, _) = run_with("tight.tsv", text.as_bytes(), &tight);
    assert_issue(&rec, "input.limit");
    // Zero limits are degenerate but must not crash either.
    let zero = Limits {
        max_doc_bytes: u64::MAX,
        max_grid_cells: 0,
        max_span: 0,
        max_depth: 0,
        max_line_bytes: 0,
        max_member_bytes: 0,
        max_ratio: 0,
        max_tables: 0,
        max_lines: 0,
    };
    for (name, bytes) in super::fixtures() {
        run_with(&name, &bytes, &zero);
    }
    for c in corpus(false) {
        run_with(&c.name, &c.bytes, &zero);
    }
}

#[test]
fn regression_tag_cut_off_inside_a_multibyte_character() {
    // Found by the property tests and the truncated fixtures: a tag with
    // no `>` that ends in a multi-byte character made the attribute slice
    // end inside the character (a panic in html::parse).
    for page in ["<A€", "<p/𐖌<", "<td rowspan=报", "<table><tr><td 报"] {
        let doc = nianbao::parse::html::parse(page, &Limits::default());
        assert!(doc.notes.iter().all(|n| n.code != "internal.panic"));
        run("cut.html", page.as_bytes());
    }
}
