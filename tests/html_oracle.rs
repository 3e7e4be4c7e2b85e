//! The one-pass HTML reader (`nianbao::parse::html`) against a DOM reader
//! on `scraper` ([`crate::dom`]): over every HTML fixture and a generated
//! corpus of every HTML layout, encoding, template, deviation and flaw,
//! both must give the same document: the same title, the same prose lines
//! in the same order, the same grids (every cell's text, `from_above`,
//! colspan, and its table / row / cell number), with the tables in the same
//! places among the lines.
//!
//! Text is compared with whitespace made canonical ([`dom::canon`]); line
//! numbers are not compared (a DOM has none).
//!
//! The differences allowed are exactly these, each checked:
//!
//! - **work limits**: where the one-pass reader notes `input.limit` (nesting
//!   deeper than `max_depth`, more than `max_tables` tables or
//!   `max_grid_cells` cells, a row wider than 4,096 columns, more than
//!   `max_lines` lines), the page must go past that limit in the DOM too;
//!   the documents are then not compared (the reader cut them on purpose);
//! - **overlapping cells**: in a table where a colspan runs over a slot
//!   that a rowspan from above holds (an error in the HTML table model,
//!   [`dom::Stats::overlaps`]), the DOM places both cells and the one-pass
//!   reader drops the covered one from that row; for such a table the
//!   readers must agree on every cell that starts in its row (all but the
//!   cells repeated from above), in order;
//! - **text between a table's rows**: the WHATWG tree builder moves text
//!   that stands in a table outside its cells to before the table (foster
//!   parenting); the one-pass reader leaves it out of a grid. Of the pages
//!   here only [`FOSTERED`] have such text (bytes damaged inside tags; a
//!   phone page cut inside its table, a link after it); for
//!   it the title and the grids must be identical, the one-pass reader's
//!   lines must be the DOM's in order with some left out, and the lines
//!   left out must be made of text the page has inside a `<table>`.

use crate::dom;
use nianbao::config::Limits;
use nianbao::decode::decode;
use nianbao::model::{Media, Template};
use nianbao::parse::{html, Block, Document};
use nianbao_gen::{corpus, report, Deviation, Enc, Flaw, Layout, Mix, Spec};
use std::path::Path;

/// Fixtures with text between a table's rows (see the module docs).
const FOSTERED: [&str; 2] = [
    "fixtures/hostile/report-utf16le-lone-surrogates.html",
    // A phone page cut inside its table, its "展开全文" link after it.
    "fixtures/external/handwritten-round7/20-2020-2019-truncated/mobile-html.html",
];

/// One grid cell as compared: text, from above, colspan, row, cell.
type CellView = (String, bool, u32, u32, u32);

/// One block as compared: a line's text, or a grid's table number and its
/// rows.
#[derive(Debug, PartialEq)]
enum View {
    Line(String),
    Grid(u32, Vec<Vec<CellView>>),
}

fn view(doc: &Document) -> (Option<String>, Vec<View>) {
    let blocks = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Line { text, .. } => View::Line(dom::canon(text)),
            Block::Table(g) => View::Grid(
                g.loc.table,
                g.rows
                    .iter()
                    .map(|r| {
                        r.cells
                            .iter()
                            .map(|c| {
                                (
                                    dom::canon(&c.text),
                                    c.from_above,
                                    c.colspan,
                                    c.loc.row,
                                    c.loc.cell,
                                )
                            })
                            .collect()
                    })
                    .collect(),
            ),
        })
        .collect();
    (doc.title.as_deref().map(dom::canon), blocks)
}

/// The first place two views differ, for the failure message.
fn first_difference(a: &[View], b: &[View]) -> String {
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    format!(
        "block {i} of {}/{}:\n  one-pass: {:?}\n  DOM:      {:?}",
        a.len(),
        b.len(),
        a.get(i),
        b.get(i)
    )
}

/// What a comparison found.
#[derive(Debug, PartialEq)]
enum Outcome {
    Same,
    Limited,
}

/// Compares both readers on one page; panics with the first difference.
fn compare(name: &str, text: &str, limits: &Limits) -> Outcome {
    compare_as(name, text, limits, false)
}

/// [`compare`]; with `fostered`, lines the DOM moved out of tables are
/// allowed (see the module docs).
fn compare_as(name: &str, text: &str, limits: &Limits, fostered: bool) -> Outcome {
    let own = html::parse(text, limits);
    // An article escaped once more is unescaped before either reads it.
    let unescaped = html::unescape_markup(text);
    let (dom_doc, stats) = dom::parse(unescaped.as_deref().unwrap_or(text), limits.max_span);
    let limited: Vec<&str> = own
        .notes
        .iter()
        .filter(|n| n.code == "input.limit")
        .map(|n| n.message.as_str())
        .collect();
    if !limited.is_empty() {
        for m in &limited {
            let past = if m.contains("nested deeper") {
                stats.depth > limits.max_depth.min(64)
            } else if m.contains("tables; the rest") {
                stats.tables > limits.max_tables
            } else if m.contains("cells; the rest") {
                stats.cells > limits.max_grid_cells
            } else if m.contains("wider than 4096") {
                stats.width > 4096
            } else if m.contains("lines; the rest") {
                dom_doc.blocks.len() > limits.max_lines
            } else {
                false
            };
            assert!(past, "{name}: noted {m:?}, but the DOM has {stats:?}");
        }
        return Outcome::Limited;
    }
    // No limit noted: none is exceeded.
    assert!(
        stats.depth <= limits.max_depth.min(64)
            && stats.tables <= limits.max_tables
            && stats.cells <= limits.max_grid_cells
            && stats.width <= 4096,
        "{name}: the DOM has {stats:?}, no limit was noted"
    );
    let (own_title, mut own_blocks) = view(&own);
    let (dom_title, mut dom_blocks) = view(&dom_doc);
    for blocks in [&mut own_blocks, &mut dom_blocks] {
        for b in blocks.iter_mut() {
            if let View::Grid(n, rows) = b {
                if stats.overlaps.contains(n) {
                    for r in rows.iter_mut() {
                        r.retain(|c| !c.1);
                    }
                }
            }
        }
    }
    assert_eq!(own_title, dom_title, "{name}: title");
    if fostered {
        let own_grids = own_blocks.iter().filter(|b| matches!(b, View::Grid(..)));
        let dom_grids = dom_blocks.iter().filter(|b| matches!(b, View::Grid(..)));
        assert!(own_grids.eq(dom_grids), "{name}: grids");
        let lines = |v: &[View]| {
            v.iter()
                .filter_map(|b| match b {
                    View::Line(t) => Some(t.clone()),
                    View::Grid(..) => None,
                })
                .collect::<Vec<_>>()
        };
        let (own_lines, dom_lines) = (lines(&own_blocks), lines(&dom_blocks));
        let first = text.find("<table").unwrap_or(text.len());
        // A table left open (a page cut inside it) runs to the end.
        let open = text.matches("<table").count() > text.matches("</table>").count();
        let last = if open {
            text.len()
        } else {
            text.rfind("</table>").unwrap_or(0)
        };
        let inside = text.get(first..last).unwrap_or("");
        let mut rest = own_lines.iter().peekable();
        let mut left_out = 0;
        for l in &dom_lines {
            if rest.peek() == Some(&l) {
                rest.next();
            } else {
                left_out += 1;
                // Fostered runs join into one text before the table, so
                // only its characters are the page's.
                assert!(
                    l.chars().all(|c| c.is_whitespace() || inside.contains(c)),
                    "{name}: the DOM line {l:?} is not text inside a table"
                );
            }
        }
        assert_eq!(rest.next(), None, "{name}: a one-pass line the DOM lacks");
        assert!(left_out > 0, "{name}: no fostered text; compare it in full");
        return Outcome::Same;
    }
    assert!(
        own_blocks == dom_blocks,
        "{name}: {}",
        first_difference(&own_blocks, &dom_blocks)
    );
    Outcome::Same
}

/// The HTML fixtures, decoded: (path, text).
fn fixtures() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new("fixtures").to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let name = p.to_string_lossy().to_string();
            if !(name.ends_with(".html") || name.ends_with(".htm")) {
                continue;
            }
            let Ok(bytes) = std::fs::read(&p) else {
                continue;
            };
            if let Ok(d) = decode(&name, &bytes, &Limits::default()) {
                if d.media == Media::Html {
                    out.push((name, d.text));
                }
            }
        }
    }
    out.sort();
    out
}

const HTML: [Layout; 3] = [Layout::Html, Layout::HtmlClutter, Layout::HtmlWord];

/// Generated pages: every HTML layout × encoding × template, every
/// deviation and every flaw in each HTML layout, and a random clean corpus
/// of the HTML layouts. Returns (name, decoded text).
fn generated() -> Vec<(String, String)> {
    let mut specs = Vec::new();
    for (t, year) in [(Template::F2019, 2020), (Template::F2021, 2022)] {
        for l in HTML {
            for e in Enc::ALL {
                specs.push(Spec::new(t, year, l, e));
            }
            for (i, d) in Deviation::ALL.iter().enumerate() {
                let e = Enc::ALL[i % Enc::ALL.len()];
                specs.push(Spec::new(t, year, l, e).with(*d));
            }
            for (i, f) in Flaw::ALL.iter().enumerate() {
                let e = Enc::ALL[(i + 3) % Enc::ALL.len()];
                specs.push(Spec::new(t, year, l, e).with_flaw(*f));
            }
        }
    }
    let mut docs: Vec<_> = specs
        .iter()
        .enumerate()
        .map(|(i, s)| report(1000 + i as u64, s))
        .collect();
    let mix = Mix {
        layouts: HTML.iter().map(|&l| (l, 1)).collect(),
        ..Mix::clean()
    };
    docs.extend(corpus(13, 300, &mix));
    docs.into_iter()
        .map(|d| {
            let dec = decode(&d.path, &d.bytes, &Limits::default())
                .unwrap_or_else(|i| panic!("{}: {i:?}", d.path));
            assert_eq!(dec.media, Media::Html, "{}", d.path);
            (d.path, dec.text)
        })
        .collect()
}

#[test]
fn the_fixtures_read_the_same_through_a_dom() {
    let limits = Limits::default();
    let docs = fixtures();
    assert!(docs.len() >= 20, "{} HTML fixtures", docs.len());
    let (mut same, mut limited, mut fostered) = (0, 0, 0);
    for (name, text) in &docs {
        let f = FOSTERED.contains(&name.as_str());
        fostered += usize::from(f);
        match compare_as(name, text, &limits, f) {
            Outcome::Same => same += 1,
            Outcome::Limited => limited += 1,
        }
    }
    eprintln!(
        "HTML fixtures: {same} identical ({fostered} but for text between rows), {limited} cut by a limit"
    );
    assert_eq!(fostered, FOSTERED.len(), "every listed fixture exists");
    assert!(
        limited >= 2,
        "the limit fixtures are cut ({limited}), the rest identical ({same})"
    );
}

#[test]
fn generated_pages_read_the_same_through_a_dom() {
    let limits = Limits::default();
    let docs = generated();
    let mut grids = 0;
    for (name, text) in &docs {
        assert_eq!(compare(name, text, &limits), Outcome::Same, "{name}");
        grids += html::parse(text, &limits)
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Table(_)))
            .count();
    }
    eprintln!("{} generated pages, {grids} grids: identical", docs.len());
    // The corpus has reports in it, not empty pages.
    assert!(
        grids >= docs.len() * 3,
        "{grids} grids in {} pages",
        docs.len()
    );
}

#[test]
fn tight_limits_are_noted_where_the_dom_goes_past_them() {
    // The same pages under small limits: the reader must note exactly the
    // limits the page exceeds, and read the page whole when it notes none.
    let docs = generated();
    let tight = Limits {
        max_grid_cells: 150,
        max_tables: 6,
        max_depth: 2,
        ..Limits::default()
    };
    let mut limited = 0;
    for (name, text) in docs.iter().take(120) {
        if compare(name, text, &tight) == Outcome::Limited {
            limited += 1;
        }
    }
    assert!(limited >= 60, "{limited} of 120 pages cut");
}
