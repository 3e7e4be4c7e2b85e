//! Section 三 printed transposed: the applicants as rows (自然人, 商业企业…
//! down the first columns) and the template's rows as columns (一、本年新收
//! …, （一）予以公开…, 四、结转下年度… across the header). A report that
//! lays its table out so is turned back before it is read: its grid is
//! transposed, each cell kept with its own place, so the readers meet the
//! rows they know.
//!
//! Text converters flatten such a table too, a row of the grid a line:
//! the header's row names, then a line per applicant, its name and one
//! value for each of the template's rows ([`untranspose_rows`]).
//!
//! Recognised by the template's words alone: five of the seven applicant
//! columns' names in the grid's first two columns, and eight or more of
//! section 三's row labels in its first four rows. A table laid out the
//! template's way has those the other way round, and is never turned.
//! Only HTML grids are turned (the pipeline's choice): they keep their
//! spans, where text converters drop a rowspan's place and shift the
//! cells after it, so that their columns no longer line up.

use super::label::{match_request, Label};
use super::rows::{CellView, RowView};
use crate::model::Template;
use crate::parse::{Block, Cell, Document, Grid, GridRow};
use crate::template::REQUEST_COLS;
use std::sync::OnceLock;

/// Section 三's rows read back from a table printed transposed and
/// flattened a grid row a line (`自然人 | 118 | 2 | 41 | …`): five lines
/// or more, each an applicant column's name (a group's name before it
/// allowed, `法人或其他组织商业企业`) and exactly as many values as the
/// template `t` has rows (blank cells before them, a merged name's, left
/// out), each applicant once, after a header that names 一、本年新收 and
/// before which no line starts with a row's label and holds values. The
/// rows come back in the template's order, a label cell (the template's
/// words, the group's label on a line before its first sub-row) and the
/// applicants' values in the template's column order (an applicant not
/// printed: blank), each value the cell it was printed in. `None` when the
/// section is not so, or a line names an applicant with another count of
/// values (its column cannot be told, and the readers then say so).
pub(crate) fn untranspose_rows<'d>(rows: &[RowView<'d>], t: Template) -> Option<Vec<RowView<'d>>> {
    let want = crate::template::request_rows(t).count();
    // The header: the first row naming 一、本年新收, with no row labelled
    // as the template's and holding values before it.
    let head = rows
        .iter()
        .position(|r| r.cells.iter().any(|c| c.norm().contains("本年新收")))?;
    let mut cols: [Option<&RowView<'d>>; 7] = [None; 7];
    let mut values: [&[CellView<'d>]; 7] = [&[]; 7];
    let (mut first, mut last) = (None::<usize>, None);
    for (i, r) in rows.iter().enumerate().skip(head + 1) {
        let v = r.values();
        if v.is_empty() {
            if first.is_some() {
                // Blank lines between the applicants' lines; anything
                // else ends the table.
                if r.cells.iter().all(|c| c.text.trim().is_empty()) {
                    continue;
                }
                break;
            }
            continue;
        }
        if v.len() < want {
            // A row of fewer values among the applicants' lines: not
            // such a table, or one whose columns cannot be told.
            if first.is_some() {
                return None;
            }
            continue;
        }
        let name: String = r.cells[..r.cells.len() - v.len()]
            .iter()
            .map(|c| c.norm())
            .collect();
        let name = super::label::Label::new(&name).core;
        let name = ["法人或其他组织", "法人或者其他组织", "法人和其他组织"]
            .iter()
            .find_map(|g| name.strip_prefix(g))
            .unwrap_or(&name);
        let Some(k) = REQUEST_COLS
            .iter()
            .position(|c| c.label == name || c.key == "total" && name == "合计")
        else {
            if first.is_some() {
                break;
            }
            continue;
        };
        let lead = v.iter().take_while(|c| c.text.trim().is_empty()).count();
        let v = &v[lead.min(v.len().saturating_sub(want))..];
        if v.len() != want || cols[k].is_some() {
            return None;
        }
        cols[k] = Some(r);
        values[k] = v;
        first.get_or_insert(i);
        last = Some(i);
    }
    let last = last?;
    if cols.iter().filter(|c| c.is_some()).count() < 5 {
        return None;
    }
    let loc = cols.iter().flatten().next().map(|r| r.loc)?;
    let mut out: Vec<RowView<'d>> = rows[..head].to_vec();
    let mut group = None;
    for (j, def) in crate::template::request_rows(t).enumerate() {
        if def.group != group {
            group = def.group;
            if let Some(g) = group {
                out.push(RowView::of(vec![CellView::supplied(g, loc)], loc));
            }
        }
        // The row stands where its first value was printed, its values
        // down the column from there.
        let at = cols
            .iter()
            .zip(&values)
            .find_map(|(c, v)| c.map(|_| v[j].loc))
            .unwrap_or(loc);
        let mut cells = vec![CellView::supplied(def.label, at)];
        for (k, v) in values.iter().enumerate() {
            cells.push(match cols[k] {
                Some(_) => v[j].clone(),
                None => CellView::supplied("", loc),
            });
        }
        out.push(RowView::of(cells, at));
    }
    out.extend(rows[last + 1..].iter().cloned());
    Some(out)
}

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

    /// Section 三 as a text converter flattens a transposed page table
    /// (rows of a grid a line, cells parted by spaces), 2019 template:
    /// 23 of its rows across, the applicants down.
    const TURNED_2019: &str = "三、收到和处理政府信息公开申请情况\n\
申请人情况 一、本年新收政府信息公开申请数量 二、上年结转政府信息公开申请数量 三、本年度办理结果 四、结转下年度继续办理\n\
（一）予以公开 （二）部分公开 （三）不予公开 （四）无法提供 （五）不予处理 （六）其他处理 （七）总计\n\
1.属于国家秘密 2.其他法律行政法规禁止公开 3.危及“三安全一稳定” 4.保护第三方合法权益 5.属于三类内部事务信息 6.属于四类过程性信息 7.属于行政执法案卷 8.属于行政查询事项 1.本机关不掌握相关政府信息 2.没有现成信息需要另行制作 3.补正后申请内容仍不明确 1.信访举报投诉类申请 2.重复申请 3.要求提供公开出版物 4.无正当理由大量反复申请 5.要求行政机关确认或重新出具已获取信息\n\
自然人 31 4 12 3 0 1 0 2 0 0 0 1 6 1 0 2 1 0 0 0 1 30 5\n\
法人或其他组织 商业企业 6 0 2 1 0 0 0 0 0 0 0 0 2 0 0 0 0 0 0 0 0 5 1\n\
科研机构 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n\
社会公益组织 1 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0\n\
法律服务机构 2 1 0 1 0 0 0 0 0 1 0 0 0 0 0 0 0 1 0 0 0 3 0\n\
其他 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n\
总计 40 5 15 5 0 1 0 2 0 1 0 1 8 1 0 2 1 1 0 0 1 39 6\n\
四、政府信息公开行政复议、行政诉讼情况\n";

    fn turned(text: &str, t: Template) -> Option<Vec<String>> {
        let doc = crate::parse::text::parse(text, &crate::config::Limits::default());
        let rows = crate::extract::rows::rows_of(&doc);
        untranspose_rows(&rows, t).map(|out| {
            out.iter()
                .map(|r| {
                    r.cells
                        .iter()
                        .map(|c| c.text.trim())
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .collect()
        })
    }

    /// Each of the template's rows back as a row, the group's label on
    /// a row before its first sub-row, the applicants' values in the
    /// template's column order, the section's heading and what follows
    /// the table kept.
    #[test]
    fn applicants_as_lines_of_text() {
        let out = turned(TURNED_2019, Template::F2019).unwrap();
        assert_eq!(out[0], "三、收到和处理政府信息公开申请情况");
        assert_eq!(out[1], "一、本年新收政府信息公开申请数量|31|6|0|1|2|0|40");
        assert_eq!(out[3], "三、本年度办理结果");
        assert_eq!(
            out[5],
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）|3|1|0|0|1|0|5"
        );
        assert_eq!(out[6], "（三）不予公开");
        assert_eq!(out[7], "1.属于国家秘密|0|0|0|0|0|0|0");
        assert_eq!(out[8], "2.其他法律行政法规禁止公开|1|0|0|0|0|0|1");
        // （六）其他处理 is one row in 2019, with no group.
        let other = out.iter().find(|r| r.starts_with("（六）")).unwrap();
        assert_eq!(other, "（六）其他处理|1|0|0|0|0|0|1");
        let total = out.iter().find(|r| r.starts_with("（七）")).unwrap();
        assert_eq!(total, "（七）总计|30|5|0|1|3|0|39");
        assert_eq!(out[out.len() - 2], "四、结转下年度继续办理|5|1|0|0|0|0|6");
        assert_eq!(out[out.len() - 1], "四、政府信息公开行政复议、行政诉讼情况");
    }

    /// Not turned: the 2021 template's count of rows is not what the lines
    /// print; a line naming an applicant with one value fewer (its column
    /// cannot be told); fewer than five applicants; the template's own
    /// orientation.
    #[test]
    fn lines_that_are_not_a_turned_table_are_left() {
        assert!(turned(TURNED_2019, Template::F2021).is_none());
        let short = TURNED_2019.replace("科研机构 0 0 0 0", "科研机构 0 0 0");
        assert!(turned(&short, Template::F2019).is_none());
        let few: String = TURNED_2019
            .lines()
            .filter(|l| !l.starts_with("科研") && !l.starts_with("社会") && !l.starts_with("其他 "))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(turned(&few, Template::F2019).is_none());
        let plain = "申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n\
一、本年新收政府信息公开申请数量 31 6 0 1 2 0 40\n\
二、上年结转政府信息公开申请数量 4 0 0 0 1 0 5\n\
（七）总计 30 5 0 1 3 0 39\n";
        assert!(turned(plain, Template::F2019).is_none());
    }
}
