//! Rendering a [`Doc`] in each [`Layout`].

use super::doc::{Block, Cell, Doc, Grid, Kind, Which};

use super::rng::Rng;
use super::{Deviation, Enc, Layout};
use nianbao::template::REVIEW_COLS;
use std::fmt::Write;

/// The text of `doc` laid out as `layout` (before encoding).
pub fn render(rng: &mut Rng, doc: &Doc, layout: Layout, enc: Enc, devs: &[Deviation]) -> String {
    match layout {
        Layout::Html => html(rng, doc, enc, false),
        Layout::HtmlClutter => clutter(rng, doc, enc),
        Layout::HtmlWord => html(rng, doc, enc, true),
        Layout::TextSeed => text_seed(rng, doc),
        Layout::Tsv => delimited(doc, '\t'),
        Layout::Csv => delimited(doc, ','),
        Layout::Markdown => markdown(doc),
        Layout::PdfText => pdf(rng, doc, devs),
        Layout::CellLines => super::flat::cell_lines(rng, doc),
        Layout::JoinedMd => super::flat::joined_md(rng, doc),
        Layout::PdfGaps => super::flat::pdf_gaps(rng, doc),
        Layout::ColumnMajor => super::flat::column_major(rng, doc),
        Layout::RunTogether => super::flat::run_together(rng, doc),
        Layout::NarrowCells => super::flat::narrow_cells(doc),
    }
}

/// Where each grid place comes from.
#[derive(Clone, Copy)]
enum Slot {
    Free,
    Origin(usize),
    /// Covered by a cell from above that starts at this column.
    Below,
    Right,
}

/// Lays the grid out as HTML does: `slots[row][col]`.
fn layout_grid(g: &Grid) -> Vec<Vec<Slot>> {
    let width = g
        .rows
        .first()
        .map_or(0, |r| r.iter().map(|c| c.cs).sum::<usize>())
        .max(1);
    let width = g
        .rows
        .iter()
        .map(|r| r.iter().map(|c| c.cs).sum::<usize>())
        .max()
        .unwrap_or(width);
    let mut slots = vec![vec![Slot::Free; width + 16]; g.rows.len()];
    for (r, row) in g.rows.iter().enumerate() {
        let mut c = 0;
        for (i, cell) in row.iter().enumerate() {
            while c < slots[r].len() && !matches!(slots[r][c], Slot::Free) {
                c += 1;
            }
            for dr in 0..cell.rs {
                for dc in 0..cell.cs {
                    let (rr, cc) = (r + dr, c + dc);
                    if rr >= slots.len() || cc >= slots[rr].len() {
                        continue;
                    }
                    slots[rr][cc] = match (dr, dc) {
                        (0, 0) => Slot::Origin(i),
                        (_, 0) => Slot::Below,
                        _ => Slot::Right,
                    };
                }
            }
            c += cell.cs;
        }
    }
    for row in slots.iter_mut() {
        while matches!(row.last(), Some(Slot::Free)) {
            row.pop();
        }
    }
    slots
}

/// Word's text export: origin cells, and an empty cell where a cell from
/// above continues.
fn word_cells(g: &Grid) -> Vec<Vec<Option<&Cell>>> {
    layout_grid(g)
        .iter()
        .enumerate()
        .map(|(r, row)| {
            row.iter()
                .filter_map(|s| match *s {
                    Slot::Origin(i) => Some(Some(&g.rows[r][i])),
                    Slot::Below => Some(None),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// Every grid place: the text at origins, empty elsewhere.
fn full_cells(g: &Grid) -> Vec<Vec<String>> {
    let slots = layout_grid(g);
    let width = slots.iter().map(|r| r.len()).max().unwrap_or(0);
    slots
        .iter()
        .enumerate()
        .map(|(r, row)| {
            (0..width)
                .map(|c| match row.get(c) {
                    Some(Slot::Origin(i)) => flat(&g.rows[r][*i].text),
                    _ => String::new(),
                })
                .collect()
        })
        .collect()
}

fn flat(s: &str) -> String {
    s.replace('\n', "")
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn charset_meta(rng: &mut Rng, enc: Enc, word: bool) -> String {
    let cs = match enc {
        Enc::Utf8 | Enc::Utf8Bom => Some("utf-8"),
        Enc::Gb18030Declared => Some(rng.pick(&["gb2312", "gbk", "GB18030"], "gbk")),
        Enc::Big5 if rng.chance(0.6) => Some("big5"),
        _ => None,
    };
    match cs {
        Some(c) if word || rng.chance(0.5) => {
            format!("<meta http-equiv=\"Content-Type\" content=\"text/html; charset={c}\">\n")
        }
        Some(c) => format!("<meta charset=\"{c}\">\n"),
        None => String::new(),
    }
}

fn html_cell_text(text: &str, word: bool) -> String {
    let t = esc(text);
    if word {
        t.replace('\n', "<br>")
    } else {
        t.replace('\n', "<br/>")
    }
}

fn html_table(out: &mut String, g: &Grid, word: bool, truncated: bool) {
    if word {
        out.push_str("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n");
    } else {
        out.push_str("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"width:100%;border-collapse:collapse\">\n<tbody>\n");
    }
    for row in &g.rows {
        out.push_str(if word {
            "<tr style='height:20.0pt'>\n"
        } else {
            "<tr>\n"
        });
        for c in row {
            let mut attrs = String::new();
            if c.cs > 1 {
                let _ = write!(attrs, " colspan=\"{}\"", c.cs);
            }
            if c.rs > 1 {
                let _ = write!(attrs, " rowspan=\"{}\"", c.rs);
            }
            if word {
                let body = if c.text.is_empty() {
                    "&nbsp;".to_string()
                } else {
                    html_cell_text(&c.text, true)
                };
                let _ = writeln!(
                    out,
                    "<td{attrs} valign=center style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.0pt;font-family:宋体'>{body}<o:p></o:p></span></p></td>"
                );
            } else {
                let tag = "td";
                let _ = writeln!(
                    out,
                    "<{tag}{attrs}>{}</{tag}>",
                    html_cell_text(&c.text, false)
                );
            }
        }
        out.push_str("</tr>\n");
    }
    if truncated {
        return;
    }
    out.push_str(if word {
        "</table>\n"
    } else {
        "</tbody>\n</table>\n"
    });
}

/// The report body as HTML; returns whether it was cut short.
fn html_body(out: &mut String, doc: &Doc, word: bool) -> bool {
    for b in &doc.blocks {
        match b {
            Block::Title(t) if word => {
                let _ = writeln!(out, "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>{}<o:p></o:p></span></b></p>", esc(t));
            }
            Block::Title(t) => {
                let _ = writeln!(out, "<h1 style=\"text-align:center\">{}</h1>", esc(t));
            }
            Block::Heading(h) | Block::Sub(h) if word => {
                let _ = writeln!(out, "<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:黑体'>{}<o:p></o:p></span></b></p>", esc(h));
            }
            Block::Heading(h) => {
                let _ = writeln!(out, "<p><strong>{}</strong></p>", esc(h));
            }
            Block::Sub(h) => {
                let _ = writeln!(out, "<p style=\"text-indent:2em\">{}</p>", esc(h));
            }
            Block::Para(p) if word => {
                let _ = writeln!(out, "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{}<o:p></o:p></span></p>", esc(p));
            }
            Block::Para(p) => {
                let _ = writeln!(out, "<p style=\"text-indent:2em\">{}</p>", esc(p));
            }
            Block::Table(g) => {
                let cut = g.which == Which::Requests && doc.truncate_after.is_some();
                html_table(out, g, word, cut);
                if cut {
                    return true;
                }
            }
        }
    }
    false
}

fn html(rng: &mut Rng, doc: &Doc, enc: Enc, word: bool) -> String {
    let mut out = String::new();
    if word {
        out.push_str("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n");
        out.push_str(&charset_meta(rng, enc, true));
        out.push_str("<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n");
        let _ = writeln!(out, "<title>{}</title>", esc(&doc.page_title));
        out.push_str("<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}\n@page WordSection1 {size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n-->\n</style>\n</head>\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n<div class=WordSection1>\n");
        if html_body(&mut out, doc, true) {
            return out;
        }
        out.push_str("</div>\n</body>\n</html>\n");
    } else {
        out.push_str("<!DOCTYPE html>\n<html>\n<head>\n");
        out.push_str(&charset_meta(rng, enc, false));
        let _ = writeln!(
            out,
            "<title>{}</title>\n</head>\n<body>",
            esc(&doc.page_title)
        );
        if html_body(&mut out, doc, false) {
            return out;
        }
        out.push_str("</body>\n</html>\n");
    }
    out
}

fn estimate_bytes(s: &str, enc: Enc) -> usize {
    match enc {
        Enc::Utf16Le => s.encode_utf16().count() * 2,
        Enc::Utf8 | Enc::Utf8Bom => s.len(),
        _ => s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum(),
    }
}

const MENU: &[&str] = &[
    "首页",
    "政务公开",
    "政府信息公开",
    "政务服务",
    "互动交流",
    "走进本区",
    "新闻中心",
    "政策文件",
    "政策解读",
    "领导信息",
    "机构职能",
    "规划计划",
    "财政资金",
    "重大项目",
    "建议提案办理",
    "人事信息",
    "应急管理",
    "公共服务",
    "政府信息公开年报",
    "政府信息公开指南",
];

fn clutter(rng: &mut Rng, doc: &Doc, enc: Enc) -> String {
    let target = 24_000 + rng.index(46_000);
    let mut head = String::from("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n");
    head.push_str(&charset_meta(rng, enc, false));
    let _ = writeln!(head, "<title>{}</title>", esc(&doc.page_title));
    head.push_str("<meta name=\"SiteName\" content=\"");
    head.push_str(&esc(&doc.site));
    head.push_str("\">\n<meta name=\"ColumnName\" content=\"政府信息公开年报\">\n<link rel=\"stylesheet\" href=\"/static/css/common.css\">\n<style type=\"text/css\">\nbody{margin:0;font-family:\"Microsoft YaHei\";}\n.nav li{float:left;}\n.TRS_Editor p{line-height:2;}\n</style>\n<script type=\"text/javascript\" src=\"/static/js/jquery-1.12.4.min.js\"></script>\n<script type=\"text/javascript\">\nvar _hmt = _hmt || [];\nfunction showTable(){ var s = '<table class=\"tip\"><tr><td>提示</td><td>0</td></tr></table>'; document.getElementById('tip').innerHTML = s; }\n</script>\n");
    let mut top = String::from("</head>\n<body>\n<!-- 头部 -->\n<div class=\"top\"><a href=\"/\">");
    top.push_str(&esc(&doc.site));
    top.push_str("</a> <a href=\"javascript:void(0)\" id=\"jt\">简体</a>|<a href=\"javascript:void(0)\" id=\"ft\">繁體</a> <a href=\"/wza/\">无障碍</a></div>\n<div class=\"nav\"><ul>\n");
    for m in MENU {
        let _ = writeln!(top, "<li><a href=\"/{}/index.html\">{m}</a></li>", m.len());
    }
    top.push_str("</ul></div>\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; <a href=\"/zwgk/ndbg/\">政府信息公开年报</a></div>\n");
    top.push_str("<table width=\"1200\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"><tr><td width=\"260\" valign=\"top\">\n<div class=\"sidebar\"><h3>信息公开目录</h3><ul>");
    for m in MENU.iter().take(12) {
        let _ = write!(top, "<li><a href=\"#\">{m}</a></li>");
    }
    top.push_str("</ul></div>\n</td><td valign=\"top\">\n");
    let _ = write!(
        top,
        "<table class=\"xxgk-meta\" width=\"100%\" border=\"1\"><tr><td>索引号：</td><td>11320115MB{:07}/{}-{:05}</td><td>发布机构：</td><td>{}</td></tr>\n<tr><td>发文日期：</td><td>{}</td><td>主题分类：</td><td>政务公开</td></tr></table>\n",
        rng.below(10_000_000),
        &doc.date[..4],
        rng.below(100_000),
        esc(&doc.site),
        doc.date
    );
    top.push_str("<table width=\"100%\"><tr><td class=\"content\">\n<div class=\"TRS_Editor\">\n");
    let mut body = String::new();
    if html_body(&mut body, doc, false) {
        return format!("{head}{top}{body}");
    }
    let mut foot = String::from("</div>\n</td></tr></table>\n</td></tr></table>\n<!-- <table><tr><td>旧版页面</td><td>1</td></tr></table> -->\n<div class=\"related\"><h4>相关链接</h4><ul>\n");
    let base = head.len() + top.len() + body.len() + 600;
    let mut size =
        estimate_bytes(&head, enc) + estimate_bytes(&top, enc) + estimate_bytes(&body, enc) + 600;
    let _ = base;
    let mut i = 0;
    while size < target {
        let line = format!(
            "<li><a href=\"/zwgk/art/{}/{}.html\" title=\"{}\">{}</a><span>{}</span></li>\n<script>var item{} = {{id:{}, url:\"/zwgk/art/{}.html\", html:\"<table><tr><td>{}</td></tr></table>\"}};</script>\n",
            i,
            rng.below(1_000_000),
            MENU[i % MENU.len()],
            MENU[(i * 7) % MENU.len()],
            doc.date,
            i,
            i,
            rng.below(1_000_000),
            i
        );
        size += estimate_bytes(&line, enc);
        foot.push_str(&line);
        i += 1;
    }
    foot.push_str("</ul></div>\n<div class=\"footer\">主办：");
    foot.push_str(&esc(&doc.site));
    foot.push_str(" 版权所有 网站标识码：3201150001 苏ICP备05000000号</div>\n<script type=\"text/javascript\">\ndocument.write('<table width=\"100%\"><tr><td>访问量</td><td>12345</td></tr></table>');\n</script>\n</body>\n</html>\n");
    format!("{head}{top}{body}{foot}")
}

fn text_seed(rng: &mut Rng, doc: &Doc) -> String {
    let mut out = String::new();
    let breaks = rng.chance(0.85);
    for b in &doc.blocks {
        match b {
            Block::Title(s) | Block::Heading(s) | Block::Sub(s) | Block::Para(s) => {
                out.push_str(s);
                out.push_str("\n\n");
            }
            Block::Table(g) => {
                for row in word_cells(g) {
                    for c in row {
                        out.push('\t');
                        if let Some(c) = c {
                            let mut t = c.text.clone();
                            if breaks && c.kind == Kind::Head && !t.contains('\n') {
                                t = seed_break(&t, g.which);
                            }
                            out.push_str(&t.replace('\n', "\n\n"));
                        }
                        out.push('\n');
                    }
                    out.push('\n');
                }
                if g.which == Which::Requests && doc.truncate_after.is_some() {
                    return out;
                }
                out.push('\n');
            }
        }
    }
    out
}

/// Where the seed's Word export breaks a header label inside its cell.
fn seed_break(t: &str, which: Which) -> String {
    let chars: Vec<char> = t.chars().collect();
    let at = match (which, t) {
        (Which::Active, "本年新公开数量") => 3,
        (Which::Active, "对外公开总数量") => 4,
        (Which::Requests | Which::Review, _) if chars.len() == 4 => 2,
        _ => return t.to_string(),
    };
    let (a, b) = chars.split_at(at);
    format!(
        "{}\n{}",
        a.iter().collect::<String>(),
        b.iter().collect::<String>()
    )
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn delimited(doc: &Doc, sep: char) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        match b {
            Block::Title(s) | Block::Heading(s) | Block::Sub(s) | Block::Para(s) => {
                if sep == ',' {
                    out.push_str(&csv_field(s));
                } else {
                    out.push_str(s);
                }
                out.push('\n');
            }
            Block::Table(g) => {
                let rows: Vec<Vec<String>> = if sep == ',' {
                    full_cells(g)
                } else {
                    word_cells(g)
                        .into_iter()
                        .map(|r| {
                            r.into_iter()
                                .map(|c| c.map(|c| flat(&c.text)).unwrap_or_default())
                                .collect()
                        })
                        .collect()
                };
                for r in rows {
                    let line: Vec<String> = if sep == ',' {
                        r.iter().map(|c| csv_field(c)).collect()
                    } else {
                        r
                    };
                    out.push_str(&line.join(&sep.to_string()));
                    out.push('\n');
                }
                if g.which == Which::Requests && doc.truncate_after.is_some() {
                    return out;
                }
            }
        }
    }
    out
}

fn markdown(doc: &Doc) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        match b {
            Block::Title(s) => {
                let _ = writeln!(out, "# {s}\n");
            }
            Block::Heading(s) => {
                let _ = writeln!(out, "## {s}\n");
            }
            Block::Sub(s) => {
                let _ = writeln!(out, "### {s}\n");
            }
            Block::Para(s) => {
                let _ = writeln!(out, "{s}\n");
            }
            Block::Table(g) => {
                let rows = full_cells(g);
                for (i, r) in rows.iter().enumerate() {
                    let _ = writeln!(out, "| {} |", r.join(" | "));
                    if i == 0 {
                        let _ = writeln!(out, "|{}", "---|".repeat(r.len()));
                    }
                }
                if g.which == Which::Requests && doc.truncate_after.is_some() {
                    return out;
                }
                out.push('\n');
            }
        }
    }
    out
}

fn wrap(s: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut end = (i + width).min(chars.len());
        // Never split a run of ASCII digits.
        while end < chars.len()
            && end > i + 1
            && chars[end].is_ascii_digit()
            && chars[end - 1].is_ascii_digit()
        {
            end -= 1;
        }
        out.push(chars[i..end].iter().collect());
        i = end;
    }
    out
}

fn gap(rng: &mut Rng) -> String {
    " ".repeat(2 + rng.index(3))
}

fn pdf(rng: &mut Rng, doc: &Doc, devs: &[Deviation]) -> String {
    let width = 35 + rng.index(6);
    let mut out = String::new();
    let mut page = 1 + rng.index(2);
    let title = doc.blocks.iter().find_map(|b| match b {
        Block::Title(t) => Some(t.clone()),
        _ => None,
    });
    let title = title.unwrap_or_default();
    let page_line = |p: usize, dash: bool| {
        if dash {
            format!("- {p} -")
        } else {
            format!("第 {p} 页")
        }
    };
    let dash = rng.chance(0.5);
    for b in &doc.blocks {
        match b {
            Block::Title(s) => {
                let _ = writeln!(out, "        {s}\n");
            }
            Block::Heading(s) | Block::Sub(s) => {
                let _ = writeln!(out, "{s}");
            }
            Block::Para(s) => {
                for l in wrap(s, width) {
                    let _ = writeln!(out, "{l}");
                }
            }
            Block::Table(g) if g.which == Which::Review => pdf_review(rng, &mut out, g, devs),
            Block::Table(g) => {
                let data_rows: Vec<usize> = (0..g.rows.len())
                    .filter(|&i| g.rows[i].iter().any(|c| c.kind == Kind::Value))
                    .collect();
                let brk = if g.which == Which::Requests && data_rows.len() > 4 {
                    Some(data_rows[2 + rng.index(data_rows.len() - 3)])
                } else {
                    None
                };
                for (i, row) in g.rows.iter().enumerate() {
                    if Some(i) == brk {
                        let _ = writeln!(out, "{}", page_line(page, dash));
                        page += 1;
                        let _ = writeln!(out, "{title}");
                    }
                    let labels: Vec<String> = row
                        .iter()
                        .filter(|c| c.kind != Kind::Value && !c.text.is_empty())
                        .map(|c| flat(&c.text))
                        .collect();
                    let vals: Vec<&str> = row
                        .iter()
                        .filter(|c| c.kind == Kind::Value)
                        .map(|c| c.text.as_str())
                        .collect();
                    if vals.is_empty() {
                        // Header or caption: long corner text wrapped.
                        let (long, short): (Vec<String>, Vec<String>) =
                            labels.into_iter().partition(|l| l.chars().count() > 20);
                        for l in long {
                            for w in wrap(&l, 20) {
                                let _ = writeln!(out, "{w}");
                            }
                        }
                        if !short.is_empty() {
                            let _ = writeln!(out, "{}", short.join(&gap(rng)));
                        }
                        continue;
                    }
                    let g1 = gap(rng);
                    let values = vals
                        .iter()
                        .map(|v| v.to_string())
                        .collect::<Vec<_>>()
                        .join(&gap(rng));
                    let (prefix, label) = match labels.split_last() {
                        Some((l, pre)) => (pre.join(&gap(rng)), l.clone()),
                        None => (String::new(), String::new()),
                    };
                    let chars: Vec<char> = label.chars().collect();
                    let pre = if prefix.is_empty() {
                        String::new()
                    } else {
                        format!("{prefix}{}", gap(rng))
                    };
                    if chars.len() > 16 {
                        let cut = 10 + rng.index(4);
                        let head: String = chars[..cut].iter().collect();
                        let tail: String = chars[cut..].iter().collect();
                        if rng.chance(0.5) {
                            let _ = writeln!(out, "{pre}{head}{g1}{values}\n{tail}");
                        } else {
                            let _ = writeln!(out, "{pre}{head}\n{tail}{g1}{values}");
                        }
                    } else {
                        let _ = writeln!(out, "{pre}{label}{g1}{values}");
                    }
                }
                if g.which == Which::Requests && doc.truncate_after.is_some() {
                    return out;
                }
            }
        }
    }
    let _ = writeln!(out, "{}", page_line(page, dash));
    out
}

fn pdf_review(rng: &mut Rng, out: &mut String, g: &Grid, devs: &[Deviation]) {
    let heji = devs.contains(&Deviation::Heji);
    let no_totals = devs.contains(&Deviation::NoReviewTotals);
    let _ = writeln!(out, "行政复议{}行政诉讼", gap(rng));
    let _ = writeln!(out, "未经复议直接起诉{}复议后起诉", gap(rng));
    let labels: Vec<String> = (0..3)
        .flat_map(|_| REVIEW_COLS.iter())
        .filter(|c| !(no_totals && c.key == "total"))
        .map(|c| {
            if heji {
                c.label.replace("总计", "合计")
            } else {
                c.label.to_string()
            }
        })
        .collect();
    let chunk = if rng.chance(0.5) { 1 } else { 2 };
    let lines = 4 / chunk;
    for li in 0..lines {
        let parts: Vec<String> = labels
            .iter()
            .filter_map(|l| {
                let cs: Vec<char> = l.chars().collect();
                if cs.len() == 2 {
                    cs.get(li).map(|c| c.to_string())
                } else {
                    let a = li * chunk;
                    cs.get(a..(a + chunk).min(cs.len()))
                        .map(|s| s.iter().collect())
                }
            })
            .collect();
        let _ = writeln!(out, "{}", parts.join(" "));
    }
    if let Some(vals) = g.rows.last() {
        let v: Vec<&str> = vals.iter().map(|c| c.text.as_str()).collect();
        let _ = writeln!(out, "{}", v.join(" "));
    }
}
