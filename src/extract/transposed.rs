//! Section 三 printed transposed: the applicants as rows (自然人, 商业企业…
//! down the first columns) and the template's rows as columns (一、本年新收
//! …, （一）予以公开…, 四、结转下年度… across the header). A report that
//! lays its table out so is turned back before it is read: its grid is
//! transposed, each cell kept with its own place, so the readers meet the
//! rows they know.
//!
//! Recognised by the template's words alone: five of the seven applicant
//! columns' names in the grid's first two columns, and eight or more of
//! section 三's row labels in its first four rows. A table laid out the
//! template's way has those the other way round, and is never turned.
//! Only HTML grids are turned (the pipeline's choice): they keep their
//! spans, where text converters drop a rowspan's place and shift the
//! cells after it, so that their columns no longer line up.

use super::label::{match_request, Label};
use crate::model::Template;
use crate::parse::{Block, Cell, Document, Grid, GridRow};
use crate::template::REQUEST_COLS;
use std::sync::OnceLock;

/// Turns every section-三 grid of `doc` printed transposed back into the
/// template's layout. Whether any was.
pub fn untranspose(doc: &mut Document) -> bool {
    let mut turned = false;
    for b in &mut doc.blocks {
        if let Block::Table(g) = b {
            if is_transposed(g) {
                *g = transpose(g);
                turned = true;
            }
        }
    }
    turned
}

/// Each row's cells with the grid column each starts at.
fn placed(g: &Grid) -> Vec<Vec<(usize, &Cell)>> {
    g.rows
        .iter()
        .map(|r| {
            let mut at = 0usize;
            r.cells
                .iter()
                .map(|c| {
                    let here = at;
                    at += c.colspan.max(1) as usize;
                    (here, c)
                })
                .collect()
        })
        .collect()
}

/// Whether a cell's text names one of section 三's rows.
fn names_row(text: &str) -> bool {
    let l = Label::new(text);
    l.core.chars().count() >= 4
        && [Template::F2021, Template::F2019]
            .into_iter()
            .any(|t| match_request(&l, None, t).is_some())
}

/// Whether a cell's text names one of section 三's applicant columns:
/// that name's core.
fn applicant(text: &str) -> Option<&'static str> {
    static CORES: OnceLock<Vec<String>> = OnceLock::new();
    let cores = CORES.get_or_init(|| {
        REQUEST_COLS
            .iter()
            .map(|c| Label::new(c.label).core)
            .collect()
    });
    let core = Label::new(text).core;
    cores.iter().find(|c| **c == core).map(String::as_str)
}

/// See the module docs.
fn is_transposed(g: &Grid) -> bool {
    // A cheap test first: most grids (a page's layout tables, section 二)
    // name no applicant in their first two cells.
    let named = |r: &GridRow| r.cells.iter().take(2).any(|c| c.text.contains("自然人"));
    if g.rows.len() < 6 || !g.rows.iter().any(named) {
        return false;
    }
    let cells = placed(g);
    let mut applicants: Vec<&str> = Vec::new();
    for row in &cells {
        for &(at, c) in row.iter().take_while(|(at, _)| *at < 2) {
            if let Some(core) = (at < 2 && !c.from_above)
                .then(|| applicant(&c.text))
                .flatten()
            {
                if !applicants.contains(&core) {
                    applicants.push(core);
                }
            }
        }
    }
    if applicants.len() < 5 {
        return false;
    }
    let labels = cells
        .iter()
        .take(4)
        .flatten()
        .filter(|(at, c)| *at >= 1 && !c.from_above && names_row(&c.text))
        .count();
    labels >= 8
}

/// The grid with its rows and columns swapped. A cell spanning columns
/// spans rows in the result (its copies below marked `from_above`, as a
/// rowspan's are); a cell spanning rows spans columns, given once.
fn transpose(g: &Grid) -> Grid {
    let cells = placed(g);
    let width = cells
        .iter()
        .filter_map(|r| r.last().map(|&(at, c)| at + c.colspan.max(1) as usize))
        .max()
        .unwrap_or(0);
    let mut rows: Vec<GridRow> = Vec::with_capacity(width);
    for j in 0..width {
        let mut out: Vec<Cell> = Vec::new();
        for (i, row) in cells.iter().enumerate() {
            let Some(&(at, c)) = row
                .iter()
                .find(|&&(at, c)| at <= j && j < at + c.colspan.max(1) as usize)
            else {
                // A row cut short (its last cells left out, as a browser
                // shows them empty): a blank cell, so that the cells after
                // it keep their places.
                out.push(Cell {
                    text: String::new(),
                    from_above: false,
                    colspan: 1,
                    loc: g.rows[i].loc,
                    pos: Default::default(),
                });
                continue;
            };
            // A copy of a cell from the row above: the cell spans columns
            // now, and was given at its first.
            if c.from_above {
                continue;
            }
            let span = 1 + cells[i + 1..]
                .iter()
                .take_while(|r| {
                    r.iter().any(|&(a, d)| {
                        a <= j
                            && j < a + d.colspan.max(1) as usize
                            && d.from_above
                            && d.text == c.text
                    })
                })
                .count();
            out.push(Cell {
                text: c.text.clone(),
                from_above: at < j,
                colspan: span as u32,
                loc: c.loc,
                pos: c.pos,
            });
        }
        if !out.is_empty() {
            let loc = out.iter().find(|c| !c.from_above).map_or(g.loc, |c| c.loc);
            rows.push(GridRow { cells: out, loc });
        }
    }
    Grid { rows, loc: g.loc }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A grid from rows of cells parted by `|`: `^` before a cell's text
    /// marks a copy from the row above, `*2` after it a colspan of two.
    fn grid(rows: &[&str]) -> Grid {
        let cell = |t: &str| {
            let (t, above) = t.strip_prefix('^').map_or((t, false), |t| (t, true));
            let (t, span) = t
                .split_once('*')
                .map_or((t, 1), |(t, n)| (t, n.parse().unwrap_or(1)));
            Cell {
                text: t.to_string(),
                from_above: above,
                colspan: span,
                loc: Default::default(),
                pos: Default::default(),
            }
        };
        Grid {
            rows: rows
                .iter()
                .map(|r| GridRow {
                    cells: r.split('|').map(cell).collect(),
                    loc: Default::default(),
                })
                .collect(),
            loc: Default::default(),
        }
    }

    fn texts(g: &Grid) -> Vec<Vec<String>> {
        g.rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.text.clone()).collect())
            .collect()
    }

    /// Applicants down the side, the template's rows across: turned so
    /// that each of its rows is a row, its values in the applicants' order.
    #[test]
    fn applicants_as_rows() {
        let g = grid(&[
            "申请人情况*2|一、本年新收政府信息公开申请数量|二、上年结转政府信息公开申请数量|（一）予以公开|（二）部分公开|1.属于国家秘密|2.其他法律行政法规禁止公开|3.危及“三安全一稳定”|4.保护第三方合法权益|四、结转下年度继续办理",
            "自然人*2|5|1|3|1|0|0|0|1|1",
            "法人或其他组织|商业企业|2|0|1|0|0|0|0|1|0",
            "^法人或其他组织|科研机构|0|0|0|0|0|0|0|0|0",
            "^法人或其他组织|社会公益组织|0|0|0|0|0|0|0|0|0",
            "^法人或其他组织|法律服务机构|0|0|0|0|0|0|0|0|0",
            "总计*2|7|1|4|1|0|0|0|2|1",
        ]);
        assert!(is_transposed(&g));
        let t = transpose(&g);
        let rows = texts(&t);
        assert_eq!(
            rows[0][..4],
            ["申请人情况", "自然人", "法人或其他组织", "总计"]
        );
        assert_eq!(t.rows[0].cells[2].colspan, 4);
        assert_eq!(rows[1][..3], ["申请人情况", "自然人", "商业企业"]);
        assert!(t.rows[1].cells[0].from_above && t.rows[1].cells[1].from_above);
        assert_eq!(
            rows[2],
            [
                "一、本年新收政府信息公开申请数量",
                "5",
                "2",
                "0",
                "0",
                "0",
                "7"
            ]
        );
        assert_eq!(
            rows[10],
            ["四、结转下年度继续办理", "1", "0", "0", "0", "0", "1"]
        );
        // The template's own layout is not turned.
        assert!(!is_transposed(&t));
        // A row cut short keeps the cells after its gap in their places.
        let mut g = g;
        g.rows[1].cells.pop();
        let rows = texts(&transpose(&g));
        assert_eq!(
            rows[10],
            ["四、结转下年度继续办理", "", "0", "0", "0", "0", "1"]
        );
    }
}
