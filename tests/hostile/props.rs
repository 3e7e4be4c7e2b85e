//! Property tests: random tables against an oracle built with `scraper`,
//! random text layouts, random encodings. Thousands of cases, a few
//! seconds in release.

use super::run;
use nianbao::config::Limits;
use nianbao::decode::{decode, decode_with_charset};
use nianbao::parse::{html, text, Block, Document};
use proptest::prelude::*;

// ---------------------------------------------------------------------
// Tables: a random tiling of a grid by cells with spans, written as HTML
// in many spellings, parsed by nianbao and by scraper; both expansions
// must equal the tiling.

/// One cell wish: spans, whether the row's own cells stop here, text and
/// spelling choices.
#[derive(Debug, Clone)]
struct Wish {
    rs: usize,
    cs: usize,
    end_row: bool,
    text: Vec<usize>,
    th: bool,
    wrap: u8,
    rs_style: u8,
    cs_style: u8,
}

fn wish() -> impl Strategy<Value = Wish> {
    (
        1usize..=4,
        1usize..=4,
        prop::bool::weighted(0.08),
        prop::collection::vec(0usize..TEXT.len(), 0..5),
        any::<bool>(),
        0u8..4,
        0u8..8,
        0u8..8,
    )
        .prop_map(
            |(rs, cs, end_row, text, th, wrap, rs_style, cs_style)| Wish {
                rs,
                cs,
                end_row,
                text,
                th,
                wrap,
                rs_style,
                cs_style,
            },
        )
}

const TEXT: [&str; 14] = [
    "报",
    "告",
    "申请",
    "1",
    "23",
    " ",
    "&amp;",
    "&nbsp;",
    "—",
    "<br>",
    "\n",
    "a",
    "（七）",
    "&lt;",
];

/// A placed cell of the tiling.
#[derive(Debug, Clone)]
struct Placed {
    col: usize,
    rs: usize,
    cs: usize,
    wish: Wish,
}

/// Tiles `n_rows × n_cols` with the wishes (no overlaps, rows may end
/// early); returns each row's own cells in column order.
fn tile(n_rows: usize, n_cols: usize, max_span: usize, wishes: &[Wish]) -> Vec<Vec<Placed>> {
    let mut occ = vec![vec![false; n_cols]; n_rows];
    let mut rows = vec![Vec::new(); n_rows];
    let mut next = wishes.iter().cycle();
    for r in 0..n_rows {
        let mut c = 0;
        loop {
            while c < n_cols && occ[r][c] {
                c += 1;
            }
            if c >= n_cols {
                break;
            }
            let w = next.next().cloned().unwrap();
            if w.end_row {
                break;
            }
            let free = (c..n_cols).take_while(|&k| !occ[r][k]).count();
            let cs = w.cs.min(free).min(max_span).max(1);
            let rs = w.rs.min(n_rows - r).min(max_span).max(1);
            for row in occ.iter_mut().skip(r).take(rs) {
                for slot in row.iter_mut().skip(c).take(cs) {
                    *slot = true;
                }
            }
            rows[r].push(Placed {
                col: c,
                rs,
                cs,
                wish: w,
            });
            c += cs;
        }
    }
    rows
}

/// An attribute spelling of span `v`; `at_cap` allows absurd values that
/// clamp to `v`.
fn spell(name: &str, v: usize, at_cap: bool, style: u8) -> String {
    if v == 1 {
        return match style {
            0 | 1 => String::new(),
            2 => format!(" {name}=1"),
            3 => format!(" {name}=\"0\""),
            4 => format!(" {name}=-3"),
            5 => format!(" {name}=\"abc\""),
            6 => format!(" {name}=''"),
            _ => format!(" {name}=1e9"),
        };
    }
    if at_cap {
        match style {
            0 => return format!(" {name}=2000000000"),
            1 => return format!(" {name}=\"99999999\""),
            2 => return format!(" {name}='99999999999999999999999'"),
            _ => {}
        }
    }
    match style % 5 {
        0 => format!(" {name}={v}"),
        1 => format!(" {name}=\"{v}\""),
        2 => format!(" {name}='{v}'"),
        3 => format!(" {name}=\" {v}\""),
        _ => format!(" {name}={v}abc"),
    }
}

fn cell_text(w: &Wish) -> String {
    let inner: String = w.text.iter().map(|&k| TEXT[k]).collect();
    match w.wrap {
        0 => format!("<span>{inner}</span>"),
        1 => format!("<p>{inner}</p>"),
        _ => inner,
    }
}

/// Writes the tiling as an HTML page.
fn write_html(
    rows: &[Vec<Placed>],
    n_rows: usize,
    max_span: usize,
    omit_ends: bool,
    tbody: bool,
) -> String {
    let mut s = String::from("<html><body><p>前言</p>\n<table border=1>");
    if tbody {
        s.push_str("<tbody>");
    }
    for (r, row) in rows.iter().enumerate() {
        s.push_str("\n<tr>");
        for p in row {
            let tag = if p.wish.th { "th" } else { "td" };
            let rs_cap = p.rs == (n_rows - r).min(max_span);
            let cs_cap = p.cs == max_span;
            s.push('<');
            s.push_str(tag);
            s.push_str(&spell("rowspan", p.rs, rs_cap, p.wish.rs_style));
            s.push_str(&spell("colspan", p.cs, cs_cap, p.wish.cs_style));
            s.push('>');
            s.push_str(&cell_text(&p.wish));
            if !omit_ends {
                s.push_str(&format!("</{tag}>"));
            }
        }
        if !omit_ends {
            s.push_str("</tr>");
        }
    }
    if tbody {
        s.push_str("</tbody>");
    }
    s.push_str("</table>\n<p>后记</p></body></html>");
    s
}

/// One expanded cell: normalized text, from above, colspan.
type Out = (String, bool, u32);

/// Cell text without whitespace: `<br>` and `<p>` break lines in nianbao's
/// cells and nothing in scraper's text, so only the characters compare.
fn norm(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The span rule, written again: leading digits (at most 12) of the
/// value, 1 when there are none, clamped to `1..=max`.
fn oracle_span(v: Option<&str>, max: usize) -> usize {
    let Some(v) = v else { return 1 };
    let digits: String = v
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .take(12)
        .collect();
    let n: u64 = digits.parse().unwrap_or(1);
    n.clamp(1, max.max(1) as u64) as usize
}

/// scraper's DOM of the page, expanded with the HTML slot algorithm and
/// the clamping rules; cut after `max_cells` cells. Returns the rows and
/// whether the cut happened.
fn oracle(page: &str, max_span: usize, max_cells: usize) -> (Vec<Vec<Out>>, bool) {
    let doc = scraper::Html::parse_document(page);
    let table = scraper::Selector::parse("table").unwrap();
    let tr = scraper::Selector::parse("tr").unwrap();
    let Some(t) = doc.select(&table).next() else {
        return (Vec::new(), false);
    };
    let trs: Vec<_> = t.select(&tr).collect();
    let n_rows = trs.len();
    // (origin row, col, rowspan, colspan, text) of every cell.
    let mut placed: Vec<(usize, usize, usize, usize, String)> = Vec::new();
    let mut occ: Vec<Vec<bool>> = vec![Vec::new(); n_rows];
    for (r, row) in trs.iter().enumerate() {
        let mut c = 0;
        for cell in row.children().filter_map(scraper::ElementRef::wrap) {
            let name = cell.value().name();
            if name != "td" && name != "th" {
                continue;
            }
            let rs = oracle_span(cell.value().attr("rowspan"), max_span).min(n_rows - r);
            let cs = oracle_span(cell.value().attr("colspan"), max_span);
            while occ[r].get(c).copied().unwrap_or(false) {
                c += 1;
            }
            for row in occ.iter_mut().skip(r).take(rs) {
                if row.len() < c + cs {
                    row.resize(c + cs, false);
                }
                for slot in row.iter_mut().skip(c).take(cs) {
                    *slot = true;
                }
            }
            placed.push((r, c, rs, cs, norm(&cell.text().collect::<String>())));
            c += cs;
        }
    }
    let mut out = Vec::new();
    let mut n = 0;
    for r in 0..n_rows {
        let mut here: Vec<&(usize, usize, usize, usize, String)> = placed
            .iter()
            .filter(|p| p.0 <= r && r < p.0 + p.2)
            .collect();
        here.sort_by_key(|p| p.1);
        let mut row = Vec::new();
        for p in here {
            if n >= max_cells {
                out.push(row);
                return (out, true);
            }
            row.push((p.4.clone(), p.0 < r, p.3 as u32));
            n += 1;
        }
        if n >= max_cells {
            out.push(row);
            return (out, true);
        }
        out.push(row);
    }
    (out, false)
}

/// The same tiling, straight from the generator.
fn truth(rows: &[Vec<Placed>], n_rows: usize) -> Vec<Vec<Out>> {
    (0..n_rows)
        .map(|r| {
            let mut here: Vec<(usize, Out)> = Vec::new();
            for (r0, row) in rows.iter().enumerate().take(r + 1) {
                for p in row {
                    if r < r0 + p.rs {
                        let text = norm(&html_escape::decode_html_entities(
                            &cell_text(&p.wish)
                                .replace("<br>", " ")
                                .replace("<span>", "")
                                .replace("</span>", "")
                                .replace("<p>", " ")
                                .replace("</p>", " "),
                        ));
                        here.push((p.col, (text, r0 < r, p.cs as u32)));
                    }
                }
            }
            here.sort_by_key(|h| h.0);
            here.into_iter().map(|h| h.1).collect()
        })
        .collect()
}

fn nianbao_grid(doc: &Document) -> Vec<Vec<Out>> {
    doc.blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(g) => Some(
                g.rows
                    .iter()
                    .map(|r| {
                        r.cells
                            .iter()
                            .map(|c| (norm(&c.text), c.from_above, c.colspan))
                            .collect()
                    })
                    .collect(),
            ),
            Block::Line { .. } => None,
        })
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn html_tables_expand_like_the_scraper_oracle(
        n_rows in 1usize..=8,
        n_cols in 1usize..=6,
        max_span in 1usize..=4,
        wishes in prop::collection::vec(wish(), 1..=48),
        omit_ends in any::<bool>(),
        tbody in any::<bool>(),
        max_cells in prop_oneof![8 => Just(20_000usize), 1 => 0usize..12],
    ) {
        let rows = tile(n_rows, n_cols, max_span, &wishes);
        let page = write_html(&rows, n_rows, max_span, omit_ends, tbody);
        let limits = Limits { max_span, max_grid_cells: max_cells, ..Limits::default() };
        let doc = html::parse(&page, &limits);
        let got = nianbao_grid(&doc);
        let (want, cut) = oracle(&page, max_span, max_cells);
        prop_assert_eq!(&got, &want, "page:\n{}", page);
        if !cut {
            prop_assert_eq!(&want, &truth(&rows, n_rows), "page:\n{}", page);
        }
        let noted = doc.notes.iter().any(|n| n.code == "input.limit");
        prop_assert_eq!(noted, cut, "notes {:?}", doc.notes);
        // The prose around the table is kept.
        let lines: Vec<&str> = doc.lines().map(|l| l.0).collect();
        prop_assert_eq!(lines, vec!["前言", "后记"]);
    }

    #[test]
    fn any_table_soup_is_bounded(
        cells in prop::collection::vec((0u8..12, 0u8..12, 0u8..6), 0..300),
        max_cells in 0usize..500,
        max_span in 0usize..2000,
    ) {
        // Arbitrary, overlapping spans and broken markup: no panic, and
        // the grid never holds more cells than the limit.
        let mut s = String::from("<table>");
        for (rs, cs, kind) in &cells {
            let v = |k: u8| ["1", "2", "0", "-1", "2000000000", "x", "99999999999999999", "3"][k as usize % 8];
            match kind {
                0 => s.push_str("<tr>"),
                1 => s.push_str("</tr>"),
                2 => s.push_str("<table><tr>"),
                3 => s.push_str("</table>"),
                _ => s.push_str(&format!("<td rowspan={} colspan={}>{rs}", v(*rs), v(*cs))),
            }
        }
        let limits = Limits { max_grid_cells: max_cells, max_span, ..Limits::default() };
        let doc = html::parse(&s, &limits);
        let n: usize = doc.blocks.iter().map(|b| match b {
            Block::Table(g) => g.rows.iter().map(|r| r.cells.len()).sum(),
            Block::Line { .. } => 0,
        }).sum();
        prop_assert!(n <= max_cells, "{} cells over {}", n, max_cells);
    }
}

// ---------------------------------------------------------------------
// Text layouts.

/// A TSV table between prose lines: the grid must be exactly the rows.
#[derive(Debug, Clone)]
enum Piece {
    Prose(String),
    Row(Vec<String>),
}

fn word() -> impl Strategy<Value = String> {
    "[报告申请公开数量总计行政复议诉讼]{1,6}"
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        word(),
        "[0-9]{1,5}",
        Just("—".to_string()),
        Just(String::new()),
        "[a-z]{1,4}"
    ]
}

fn piece() -> impl Strategy<Value = Piece> {
    prop_oneof![
        word().prop_map(Piece::Prose),
        (word(), prop::collection::vec(value(), 1..8)).prop_map(|(first, rest)| {
            let mut v = vec![first];
            v.extend(rest);
            Piece::Row(v)
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn tsv_rows_come_back_as_written(
        pieces in prop::collection::vec(piece(), 1..40),
        crlf in any::<bool>(),
        blank_lines in any::<bool>(),
    ) {
        let eol = if crlf { "\r\n" } else { "\n" };
        let mut s = String::new();
        let mut want: Vec<Vec<Vec<String>>> = Vec::new(); // blocks: a line is one 1-cell row
        let mut in_table = false;
        for p in &pieces {
            match p {
                Piece::Prose(t) => {
                    s.push_str(t);
                    want.push(vec![vec![t.clone()]]);
                    in_table = false;
                }
                Piece::Row(cells) => {
                    s.push_str(&cells.join("\t"));
                    if !in_table {
                        want.push(Vec::new());
                        in_table = true;
                    }
                    if let Some(last) = want.last_mut() {
                        last.push(cells.clone());
                    }
                }
            }
            s.push_str(eol);
            if blank_lines {
                s.push_str(eol);
            }
        }
        let doc = text::parse(&s, &Limits::default());
        let got: Vec<Vec<Vec<String>>> = doc.blocks.iter().map(|b| match b {
            Block::Line { text, .. } => vec![vec![text.clone()]],
            Block::Table(g) => g.rows.iter().map(|r| r.cells.iter().map(|c| c.text.clone()).collect()).collect(),
        }).collect();
        prop_assert_eq!(got, want, "text:\n{}", s);
        prop_assert!(doc.notes.is_empty());
    }

    #[test]
    fn any_text_layout_gives_one_record(
        lines in prop::collection::vec(
            prop_oneof![
                "[\t]?[报告一二三、（）0-9a-z ,|\"\t—-]{0,40}",
                "\\|[ 0-9报告|:-]{0,30}\\|",
                "[\t][0-9报告]{0,6}",
                "\\PC{0,30}",
                Just(String::new()),
            ],
            0..80,
        ),
        sep in prop_oneof![Just("\n"), Just("\r\n"), Just("\u{c}"), Just("\r")],
        max_line in prop_oneof![Just(65_536usize), 0usize..20],
        max_cells in prop_oneof![Just(20_000usize), 0usize..30],
    ) {
        let s = lines.join(sep);
        let limits = Limits { max_line_bytes: max_line, max_grid_cells: max_cells, ..Limits::default() };
        let doc = text::parse(&s, &limits);
        let n: usize = doc.blocks.iter().map(|b| match b {
            Block::Table(g) => g.rows.iter().map(|r| r.cells.len()).sum(),
            Block::Line { .. } => 0,
        }).sum();
        prop_assert!(n <= max_cells, "{} cells over {}", n, max_cells);
        super::run_with("random.txt", s.as_bytes(), &limits);
    }
}

// ---------------------------------------------------------------------
// Encodings.

/// Text a report could hold: ASCII, CJK, full-width punctuation.
fn report_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => (0x4E00u32..0x9FA5).prop_map(|c| char::from_u32(c).unwrap()),
            1 => (0x20u32..0x7F).prop_map(|c| char::from_u32(c).unwrap()),
            1 => prop::sample::select(vec!['，', '。', '（', '）', '、', '\n', '\t', '　', '—', '“', '”']),
        ],
        1..400,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn encodable(enc: &'static encoding_rs::Encoding, s: &str) -> String {
    s.chars()
        .filter(|c| {
            let mut b = [0u8; 4];
            !enc.encode(c.encode_utf8(&mut b)).2
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn valid_input_round_trips(s in report_text(), how in 0usize..7) {
        let l = Limits::default();
        let (bytes, want, enc): (Vec<u8>, String, &str) = match how {
            0 => (s.clone().into_bytes(), s.clone(), "UTF-8"),
            1 => ([&b"\xEF\xBB\xBF"[..], s.as_bytes()].concat(), s.clone(), "UTF-8"),
            2 => {
                let b: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
                ([&[0xFF, 0xFE][..], &b].concat(), s.clone(), "UTF-16LE")
            }
            3 => {
                let b: Vec<u8> = s.encode_utf16().flat_map(u16::to_be_bytes).collect();
                ([&[0xFE, 0xFF][..], &b].concat(), s.clone(), "UTF-16BE")
            }
            _ => {
                let (label, e) = [
                    ("gb2312", encoding_rs::GB18030),
                    ("gbk", encoding_rs::GB18030),
                    ("big5", encoding_rs::BIG5),
                ][how - 4];
                let body = encodable(e, &s);
                // Enough CJK that the bytes are not valid UTF-8 by chance.
                prop_assume!(body.chars().filter(|c| *c as u32 >= 0x4E00).count() >= 12);
                let t = format!("<meta charset={label}>{body}");
                (e.encode(&t).0.into_owned(), t, nianbao::decode::name(e))
            }
        };
        prop_assume!(!want.is_empty());
        prop_assume!(nianbao::decode::detect::binary_magic(&bytes).is_none());
        let d = decode("x.html", &bytes, &l).expect("valid input decodes");
        prop_assert_eq!(&d.text, &want);
        prop_assert_eq!(d.encoding, enc);
        prop_assert!(d.issues.is_empty(), "{:?}", d.issues);
    }

    #[test]
    fn undeclared_legacy_text_decodes(s in report_text(), which in 0usize..3) {
        let e = [encoding_rs::GBK, encoding_rs::BIG5, encoding_rs::GB18030][which];
        let body = encodable(e, &s);
        prop_assume!(!body.is_empty());
        let bytes = e.encode(&body).0.into_owned();
        prop_assume!(nianbao::decode::detect::binary_magic(&bytes).is_none());
        // The detector may guess another legacy encoding for short text;
        // it must not fail or panic.
        prop_assert!(decode("x.txt", &bytes, &Limits::default()).is_ok());
    }

    #[test]
    fn random_bytes_and_labels_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..2000),
        label in prop_oneof![
            Just(None),
            prop::sample::select(vec!["utf-8", "gbk", "big5", "utf-16", "utf-16be", "replacement", "x-user-defined", "shift_jis", "iso-2022-jp", ""]).prop_map(Some),
        ],
        prefix in prop::sample::select(vec!["", "<meta charset=gbk>", "<meta charset=utf-16le>", "\u{feff}", "<?xml version='1.0' encoding='big5'?>"]),
    ) {
        let b = [prefix.as_bytes(), &bytes].concat();
        let _ = decode_with_charset("x.html", &b, label, &Limits::default());
        let _ = decode("x.txt", &b, &Limits::default());
        // And the whole pipeline gives one record.
        run("x.html", &b);
    }
}
