//! The report page: one self-contained HTML file (inline CSS, SVG and a
//! little script; nothing fetched) that shows a corpus at a glance:
//!
//! - the documents by status, the reports, offices and years;
//! - coverage of offices × years as a heat map (each cell coloured by the
//!   best status of that office's reports for that year);
//! - issues by code and by office;
//! - requests and their outcomes over the years (section 三's 总计
//!   column, summed over the reports that are `ok` or `warnings`);
//! - the malformed reports with their findings, with a filter box.
//!
//! [`Report`] gathers these from record lines one at a time (it is an
//! [`io::Write`] that takes record lines, like the table converter), in
//! memory that grows with the number of offices × years and issue codes,
//! not with the number of documents: the malformed list keeps at most
//! [`MAX_LISTED`] reports and counts the rest.
//!
//! The page marks itself for tests and tools: `<html data-ready="1">` once
//! its script has run, and `data-errors` with the message of any script
//! error; every figure stands in an element with a `data-figure` attribute.

use super::table::split_lines;
use super::view::RecordView;
use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{self, Write};

/// How many malformed reports the page lists (the rest are counted).
pub const MAX_LISTED: usize = 1000;
/// How many findings of one malformed report the page shows.
pub const MAX_FINDINGS: usize = 12;
/// How many offices the issues-by-office table lists.
pub const TOP_OFFICES: usize = 30;

/// The statuses, in order (best first), with their colours.
const STATUSES: [(&str, &str); 4] = [
    ("ok", "#2e9e5b"),
    ("warnings", "#e0a526"),
    ("malformed", "#d64545"),
    ("unreadable", "#8c939b"),
];
/// The colour of an office × year with no report.
const MISSING: &str = "#eef0f2";

fn rank(status: &str) -> usize {
    STATUSES
        .iter()
        .position(|(s, _)| *s == status)
        .unwrap_or(STATUSES.len() - 1)
}

/// The yearly figures the page charts: (key, label, how it is summed).
const FIGURES: [(&str, &str); 12] = [
    ("new_received", "一、本年新收"),
    ("carried_over", "二、上年结转"),
    ("granted", "（一）予以公开"),
    ("partial", "（二）部分公开"),
    ("denied", "（三）不予公开"),
    ("unable", "（四）无法提供"),
    ("rejected", "（五）不予处理"),
    ("other", "（六）其他处理"),
    ("total_handled", "（七）总计"),
    ("carried_forward", "四、结转下年度"),
    ("reviews", "行政复议"),
    ("lawsuits", "行政诉讼"),
];

/// The figures drawn as lines (the rest are in the table only).
const CHARTED: [&str; 6] = [
    "new_received",
    "total_handled",
    "granted",
    "partial",
    "denied",
    "carried_forward",
];
const SERIES_COLOURS: [&str; 6] = [
    "#1f5fa8", "#222222", "#2e9e5b", "#7fbf5f", "#d64545", "#9467bd",
];

/// Which figure a section-三 row adds to, if any.
fn figure_of_request_row(row: &str) -> Option<usize> {
    let key = match row {
        "new_received" | "carried_over" | "granted" | "partial" | "total_handled"
        | "carried_forward" => row,
        r if r.starts_with("denied_") => "denied",
        r if r.starts_with("unable_") => "unable",
        r if r.starts_with("rejected_") => "rejected",
        "other" | "other_no_correction" | "other_no_fee" | "other_misc" => "other",
        _ => return None,
    };
    FIGURES.iter().position(|(k, _)| *k == key)
}

#[derive(Debug, Clone, Default)]
struct Cell {
    reports: usize,
    best: usize,
}

#[derive(Debug, Clone, Default)]
struct CodeCount {
    severity: String,
    issues: usize,
    documents: usize,
}

#[derive(Debug, Clone, Default)]
struct OfficeCount {
    documents: usize,
    errors: usize,
    warnings: usize,
    malformed: usize,
}

#[derive(Debug, Clone, Default)]
struct Year {
    reports: usize,
    sums: [f64; FIGURES.len()],
}

#[derive(Debug, Clone)]
struct Malformed {
    path: String,
    office: Option<String>,
    year: Option<i64>,
    errors: usize,
    warnings: usize,
    findings: Vec<(String, String, String)>,
}

/// The figures of a corpus, gathered record line by record line.
#[derive(Debug, Default)]
pub struct Report {
    documents: usize,
    by_status: [usize; 4],
    reports: usize,
    unplaced: usize,
    coverage: BTreeMap<String, BTreeMap<i64, Cell>>,
    years: BTreeSet<i64>,
    codes: BTreeMap<String, CodeCount>,
    offices: BTreeMap<String, OfficeCount>,
    by_year: BTreeMap<i64, Year>,
    malformed: Vec<Malformed>,
    malformed_more: usize,
    pending: Vec<u8>,
    lines: usize,
}

impl Report {
    /// An empty report.
    pub fn new() -> Report {
        Report::default()
    }

    /// Documents seen.
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// Adds one record line; an error for a line that is not a record
    /// (`"schema":"nianbao/1"`).
    pub fn add_line(&mut self, line: &[u8]) -> io::Result<()> {
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(());
        }
        let bad = |what: String| io::Error::new(io::ErrorKind::InvalidData, what);
        let rec =
            RecordView::parse(body).map_err(|e| bad(format!("line {}: {e}", self.lines + 1)))?;
        self.lines += 1;
        if rec.schema != crate::model::SCHEMA {
            return Err(bad(format!(
                "line {}: not a nianbao record line (no \"schema\":\"{}\")",
                self.lines,
                crate::model::SCHEMA
            )));
        }
        self.add(&rec);
        Ok(())
    }

    /// Ends one input: adds a last line that had no newline, and numbers
    /// the next input's lines from 1.
    pub fn end_of_file(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            let last = std::mem::take(&mut self.pending);
            self.add_line(&last)?;
        }
        self.lines = 0;
        Ok(())
    }

    /// Adds one record.
    pub fn add(&mut self, rec: &RecordView) {
        self.documents += 1;
        let st = rank(&rec.status);
        self.by_status[st] += 1;
        let errors = rec.errors();
        let warnings = rec.issues.len() - errors;
        for code in rec.codes() {
            self.codes.entry(code.to_string()).or_default().documents += 1;
        }
        for i in &rec.issues {
            let c = self.codes.entry(i.code.clone()).or_default();
            c.issues += 1;
            if c.severity.is_empty() || i.severity == "error" {
                c.severity = i.severity.clone();
            }
        }
        let office = rec.office.clone().unwrap_or_else(|| "(no office)".into());
        let o = self.offices.entry(office).or_default();
        o.documents += 1;
        o.errors += errors;
        o.warnings += warnings;
        o.malformed += usize::from(rec.status == "malformed");
        if rec.template.is_none() {
            return;
        }
        self.reports += 1;
        match (&rec.office, rec.year) {
            (Some(office), Some(year)) => {
                self.years.insert(year);
                let cell = self
                    .coverage
                    .entry(office.clone())
                    .or_default()
                    .entry(year)
                    .or_insert(Cell {
                        reports: 0,
                        best: st,
                    });
                cell.reports += 1;
                cell.best = cell.best.min(st);
            }
            _ => self.unplaced += 1,
        }
        // Legacy reports have no tables to sum.
        let tabled = matches!(rec.template.as_deref(), Some("2019" | "2021"));
        if let Some(year) = rec.year.filter(|_| tabled) {
            if st <= 1 {
                let y = self.by_year.entry(year).or_default();
                y.reports += 1;
                for (t, row, c, v) in rec.values() {
                    let Some(v) = v.and_then(serde_json::Number::as_f64) else {
                        continue;
                    };
                    let fig = match (t, c) {
                        ("requests", "total") => figure_of_request_row(row),
                        ("review_litigation", "total") if row == "review" => Some(10),
                        ("review_litigation", "total") => Some(11),
                        _ => None,
                    };
                    if let Some(f) = fig {
                        y.sums[f] += v;
                    }
                }
            }
        }
        if rec.status == "malformed" {
            if self.malformed.len() >= MAX_LISTED {
                self.malformed_more += 1;
                return;
            }
            let mut findings: Vec<(String, String, String)> = rec
                .issues
                .iter()
                .filter(|i| i.severity == "error")
                .chain(rec.issues.iter().filter(|i| i.severity != "error"))
                .take(MAX_FINDINGS)
                .map(|i| (i.code.clone(), i.where_.clone(), i.message.clone()))
                .collect();
            findings.shrink_to_fit();
            self.malformed.push(Malformed {
                path: rec.source.path.clone(),
                office: rec.office.clone(),
                year: rec.year,
                errors,
                warnings,
                findings,
            });
        }
    }

    /// Finishes the lines written and renders the page.
    pub fn finish(mut self, title: &str) -> io::Result<String> {
        self.end_of_file()?;
        Ok(self.render(title))
    }

    /// The page.
    pub fn render(&self, title: &str) -> String {
        let mut h = String::with_capacity(64 << 10);
        let _ = write!(
            h,
            "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<script>{ERROR_COLLECTOR}</script>\n<style>{CSS}</style>\n</head>\n<body>\n",
            text(title)
        );
        let _ = write!(h, "<header><h1>{}</h1>", text(title));
        let _ = writeln!(
            h,
            "<p class=\"sub\">Made by nianbao {} from the record lines of {} documents. \
             Self-contained: nothing on this page is fetched.</p></header>",
            env!("CARGO_PKG_VERSION"),
            self.documents
        );
        self.render_summary(&mut h);
        self.render_coverage(&mut h);
        self.render_issues(&mut h);
        self.render_years(&mut h);
        self.render_malformed(&mut h);
        let _ = write!(h, "<script>{SCRIPT}</script>\n</body>\n</html>\n");
        h
    }

    fn render_summary(&self, h: &mut String) {
        h.push_str("<section id=\"summary\"><div class=\"cards\">\n");
        let years = match (self.years.first(), self.years.last()) {
            (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
            (Some(a), _) => a.to_string(),
            _ => "—".into(),
        };
        let mut card = |label: &str, figure: &str, value: String, colour: Option<&str>| {
            let style = colour
                .map(|c| format!(" style=\"border-top-color:{c}\""))
                .unwrap_or_default();
            let _ = writeln!(
                h,
                "<div class=\"card\"{style}><div class=\"v\" data-figure=\"{figure}\">{}</div><div class=\"l\">{}</div></div>",
                text(&value),
                text(label)
            );
        };
        card("documents", "documents", self.documents.to_string(), None);
        card("reports", "reports", self.reports.to_string(), None);
        card("offices", "offices", self.coverage.len().to_string(), None);
        card("years", "years", years, None);
        for (k, (s, c)) in STATUSES.iter().enumerate() {
            card(s, s, self.by_status[k].to_string(), Some(c));
        }
        h.push_str("</div></section>\n");
    }

    fn render_coverage(&self, h: &mut String) {
        h.push_str("<section id=\"coverage\"><h2>Coverage: offices × years</h2>\n");
        if self.coverage.is_empty() {
            h.push_str("<p>No report with both an office and a year.</p></section>\n");
            return;
        }
        let years: Vec<i64> = match (self.years.first(), self.years.last()) {
            (Some(&a), Some(&b)) => (a..=b).collect(),
            _ => Vec::new(),
        };
        let label_w = 16.0
            * self
                .coverage
                .keys()
                .map(|o| o.chars().count())
                .max()
                .unwrap_or(4)
                .clamp(4, 24) as f64
            + 12.0;
        let (cw, ch, top) = (44.0, 22.0, 26.0);
        let width = label_w + cw * years.len() as f64 + 4.0;
        let height = top + ch * self.coverage.len() as f64 + 4.0;
        let missing: usize = self
            .coverage
            .values()
            .map(|ys| years.iter().filter(|y| !ys.contains_key(y)).count())
            .sum();
        let _ = writeln!(
            h,
            "<p>Each cell is one office's reports for one year, coloured by the best status among them \
             (a number: more than one report). <span data-figure=\"missing_cells\">{missing}</span> \
             office × year cells between the first and the last year have no report; \
             <span data-figure=\"unplaced\">{}</span> reports have no office or no year and are not shown.</p>",
            self.unplaced
        );
        legend(h, true);
        let _ = writeln!(
            h,
            "<div class=\"scroll\"><svg id=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             role=\"img\" aria-label=\"coverage heat map\">"
        );
        for (j, y) in years.iter().enumerate() {
            let x = label_w + cw * j as f64 + cw / 2.0;
            let _ = writeln!(
                h,
                "<text x=\"{x}\" y=\"{}\" class=\"ax\" text-anchor=\"middle\">{y}</text>",
                top - 8.0
            );
        }
        for (i, (office, ys)) in self.coverage.iter().enumerate() {
            let y0 = top + ch * i as f64;
            let _ = writeln!(
                h,
                "<text x=\"{}\" y=\"{}\" class=\"lab\" text-anchor=\"end\">{}</text>",
                label_w - 8.0,
                y0 + ch * 0.7,
                text(office)
            );
            for (j, y) in years.iter().enumerate() {
                let x = label_w + cw * j as f64;
                let (fill, status, n) = match ys.get(y) {
                    Some(c) => (STATUSES[c.best].1, STATUSES[c.best].0, c.reports),
                    None => (MISSING, "missing", 0),
                };
                let _ = write!(
                    h,
                    "<g class=\"hm\" data-office=\"{}\" data-year=\"{y}\" data-status=\"{status}\" data-reports=\"{n}\">\
                     <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{fill}\"/>",
                    attr(office),
                    x + 1.0,
                    y0 + 1.0,
                    cw - 2.0,
                    ch - 2.0
                );
                if n > 1 {
                    let _ = write!(
                        h,
                        "<text x=\"{}\" y=\"{}\" class=\"n\" text-anchor=\"middle\">{n}</text>",
                        x + cw / 2.0,
                        y0 + ch * 0.7
                    );
                }
                let _ = writeln!(
                    h,
                    "<title>{} {y}: {}</title></g>",
                    text(office),
                    if n == 0 {
                        "no report".to_string()
                    } else {
                        format!("{n} report(s), best {status}")
                    }
                );
            }
        }
        h.push_str("</svg></div>\n<p id=\"hm-detail\" class=\"detail\">Click a cell for its office, year and status.</p>\n</section>\n");
    }

    fn render_issues(&self, h: &mut String) {
        h.push_str("<section id=\"issues\"><h2>Issues</h2>\n<div class=\"two\">\n<div>\n<h3>By code</h3>\n");
        let total: usize = self.codes.values().map(|c| c.issues).sum();
        let _ = writeln!(
            h,
            "<p><span data-figure=\"issues_total\">{total}</span> issues of {} codes.</p>",
            self.codes.len()
        );
        let mut codes: Vec<(&String, &CodeCount)> = self.codes.iter().collect();
        codes.sort_by(|a, b| b.1.issues.cmp(&a.1.issues).then(a.0.cmp(b.0)));
        if !codes.is_empty() {
            let max = codes.iter().map(|c| c.1.issues).max().unwrap_or(1).max(1) as f64;
            let (lw, bw, rh) = (210.0, 260.0, 20.0);
            let _ = writeln!(
                h,
                "<svg id=\"codes-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\" aria-label=\"issues by code\">",
                lw + bw + 60.0,
                rh * codes.len() as f64 + 4.0
            );
            for (i, (code, c)) in codes.iter().enumerate() {
                let y = rh * i as f64;
                let w = (bw * c.issues as f64 / max).max(1.0);
                let fill = if c.severity == "error" {
                    STATUSES[2].1
                } else {
                    STATUSES[1].1
                };
                let _ = writeln!(
                    h,
                    "<text x=\"{}\" y=\"{}\" class=\"lab mono\" text-anchor=\"end\">{}</text>\
                     <rect x=\"{lw}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"{fill}\"/>\
                     <text x=\"{}\" y=\"{}\" class=\"ax\">{}</text>",
                    lw - 6.0,
                    y + rh * 0.7,
                    text(code),
                    y + 3.0,
                    rh - 6.0,
                    lw + w + 4.0,
                    y + rh * 0.7,
                    c.issues
                );
            }
            h.push_str("</svg>\n");
        }
        h.push_str("<table class=\"t\" id=\"codes\"><thead><tr><th>code</th><th>severity</th><th>issues</th><th>documents</th></tr></thead><tbody>\n");
        for (code, c) in &codes {
            let _ = writeln!(
                h,
                "<tr data-code=\"{}\"><td class=\"mono\">{}</td><td>{}</td><td class=\"r\" data-figure=\"issues\">{}</td><td class=\"r\" data-figure=\"documents\">{}</td></tr>",
                attr(code),
                text(code),
                text(&c.severity),
                c.issues,
                c.documents
            );
        }
        h.push_str("</tbody></table>\n</div>\n<div>\n<h3>By office</h3>\n");
        let mut offices: Vec<(&String, &OfficeCount)> = self
            .offices
            .iter()
            .filter(|(_, o)| o.errors + o.warnings > 0)
            .collect();
        offices.sort_by(|a, b| {
            (b.1.errors, b.1.warnings)
                .cmp(&(a.1.errors, a.1.warnings))
                .then(a.0.cmp(b.0))
        });
        let _ = writeln!(
            h,
            "<p><span data-figure=\"offices_with_issues\">{}</span> offices have issues; the {} with the most errors:</p>",
            offices.len(),
            offices.len().min(TOP_OFFICES)
        );
        h.push_str("<table class=\"t\" id=\"offices\"><thead><tr><th>office</th><th>documents</th><th>malformed</th><th>errors</th><th>warnings</th></tr></thead><tbody>\n");
        for (name, o) in offices.iter().take(TOP_OFFICES) {
            let _ = writeln!(
                h,
                "<tr data-office=\"{}\"><td>{}</td><td class=\"r\">{}</td><td class=\"r\">{}</td><td class=\"r\" data-figure=\"errors\">{}</td><td class=\"r\" data-figure=\"warnings\">{}</td></tr>",
                attr(name),
                text(name),
                o.documents,
                o.malformed,
                o.errors,
                o.warnings
            );
        }
        h.push_str("</tbody></table>\n</div>\n</div>\n</section>\n");
    }

    fn render_years(&self, h: &mut String) {
        h.push_str("<section id=\"years\"><h2>Requests and outcomes over the years</h2>\n");
        h.push_str("<p>Sums of the 总计 column of section 三 (and of section 四's totals) over the reports whose status is <b>ok</b> or <b>warnings</b>; malformed reports are left out.</p>\n");
        if self.by_year.is_empty() {
            h.push_str("<p>No usable report with a year.</p></section>\n");
            return;
        }
        line_chart(h, &self.by_year);
        h.push_str("<table class=\"t\" id=\"year-table\"><thead><tr><th>figure</th>");
        for y in self.by_year.keys() {
            let _ = write!(h, "<th>{y}</th>");
        }
        h.push_str("</tr></thead><tbody>\n<tr><td>reports counted</td>");
        for (y, v) in &self.by_year {
            let _ = write!(
                h,
                "<td class=\"r\" data-year=\"{y}\" data-figure=\"reports\">{}</td>",
                v.reports
            );
        }
        h.push_str("</tr>\n");
        for (f, (key, label)) in FIGURES.iter().enumerate() {
            let _ = write!(
                h,
                "<tr><td>{} <span class=\"mono k\">{key}</span></td>",
                text(label)
            );
            for (y, v) in &self.by_year {
                let _ = write!(
                    h,
                    "<td class=\"r\" data-year=\"{y}\" data-figure=\"{key}\">{}</td>",
                    fmt_num(v.sums[f])
                );
            }
            h.push_str("</tr>\n");
        }
        h.push_str("</tbody></table>\n</section>\n");
    }

    fn render_malformed(&self, h: &mut String) {
        let n = self.malformed.len() + self.malformed_more;
        let _ = writeln!(
            h,
            "<section id=\"malformed\"><h2>Malformed reports (<span data-figure=\"malformed_listed\">{n}</span>)</h2>"
        );
        if n == 0 {
            h.push_str(
                "<p>None: every report's tables hold the template's identities.</p></section>\n",
            );
            return;
        }
        if self.malformed_more > 0 {
            let _ = writeln!(
                h,
                "<p>The first {} are listed; {} more are not.</p>",
                self.malformed.len(),
                self.malformed_more
            );
        }
        h.push_str("<p><input id=\"filter\" type=\"search\" placeholder=\"filter by path, office, year or code\" size=\"40\"> \
                    <span id=\"shown\"></span></p>\n");
        h.push_str("<table class=\"t\" id=\"malformed-table\"><thead><tr><th>report</th><th>office</th><th>year</th><th>errors</th><th>warnings</th><th>findings</th></tr></thead><tbody>\n");
        for m in &self.malformed {
            let _ = write!(
                h,
                "<tr class=\"mf\"><td class=\"mono path\">{}</td><td>{}</td><td>{}</td><td class=\"r\">{}</td><td class=\"r\">{}</td><td><ul>",
                text(&m.path),
                text(m.office.as_deref().unwrap_or("")),
                m.year.map(|y| y.to_string()).unwrap_or_default(),
                m.errors,
                m.warnings
            );
            for (code, where_, msg) in &m.findings {
                let _ = write!(
                    h,
                    "<li><span class=\"mono code\">{}</span> <span class=\"mono w\">{}</span> {}</li>",
                    text(code),
                    text(where_),
                    text(msg)
                );
            }
            let more = (m.errors + m.warnings).saturating_sub(m.findings.len());
            if more > 0 {
                let _ = write!(h, "<li class=\"more\">… and {more} more</li>");
            }
            h.push_str("</ul></td></tr>\n");
        }
        h.push_str("</tbody></table>\n</section>\n");
    }
}

impl Write for Report {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut pending = std::mem::take(&mut self.pending);
        let done = split_lines(&mut pending, buf, |line| self.add_line(line));
        self.pending = pending;
        done.map(|()| buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn legend(h: &mut String, with_missing: bool) {
    h.push_str("<p class=\"legend\">");
    for (s, c) in STATUSES {
        let _ = write!(h, "<span><i style=\"background:{c}\"></i>{s}</span>");
    }
    if with_missing {
        let _ = write!(
            h,
            "<span><i style=\"background:{MISSING}\"></i>no report</span>"
        );
    }
    h.push_str("</p>\n");
}

/// A number as the tables print it: whole numbers without a fraction.
fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.2}")
    }
}

/// A rounded axis maximum at or above `v`.
fn nice_max(v: f64) -> f64 {
    if v <= 0.0 {
        return 1.0;
    }
    let mag = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if v <= m * mag {
            return m * mag;
        }
    }
    10.0 * mag
}

fn line_chart(h: &mut String, by_year: &BTreeMap<i64, Year>) {
    let idx: Vec<usize> = CHARTED
        .iter()
        .filter_map(|k| FIGURES.iter().position(|(f, _)| f == k))
        .collect();
    let max = by_year
        .values()
        .flat_map(|y| idx.iter().map(|&i| y.sums[i]))
        .fold(0.0f64, f64::max);
    let top = nice_max(max);
    let (w, hgt, l, r, t, b) = (720.0, 300.0, 64.0, 170.0, 16.0, 30.0);
    let pw = w - l - r;
    let ph = hgt - t - b;
    let years: Vec<i64> = by_year.keys().copied().collect();
    // Years stand at their place on the axis: a gap of years shows.
    let first = years.first().copied().unwrap_or(0);
    let last = years.last().copied().unwrap_or(first);
    let x = |j: usize| {
        if first == last {
            l + pw / 2.0
        } else {
            l + pw * (years[j] - first) as f64 / (last - first) as f64
        }
    };
    let y = |v: f64| t + ph * (1.0 - v / top);
    let _ = writeln!(
        h,
        "<svg id=\"years-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{hgt}\" role=\"img\" aria-label=\"requests over years\">"
    );
    for k in 0..=4 {
        let v = top * k as f64 / 4.0;
        let yy = y(v);
        let _ = writeln!(
            h,
            "<line x1=\"{l}\" x2=\"{}\" y1=\"{yy}\" y2=\"{yy}\" class=\"grid\"/><text x=\"{}\" y=\"{}\" class=\"ax\" text-anchor=\"end\">{}</text>",
            l + pw,
            l - 6.0,
            yy + 4.0,
            fmt_num(v)
        );
    }
    for (j, yr) in years.iter().enumerate() {
        let _ = writeln!(
            h,
            "<text x=\"{}\" y=\"{}\" class=\"ax\" text-anchor=\"middle\">{yr}</text>",
            x(j),
            hgt - 10.0
        );
    }
    for (s, &i) in idx.iter().enumerate() {
        let colour = SERIES_COLOURS[s % SERIES_COLOURS.len()];
        let pts: Vec<String> = by_year
            .values()
            .enumerate()
            .map(|(j, v)| format!("{:.1},{:.1}", x(j), y(v.sums[i])))
            .collect();
        let _ = writeln!(
            h,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" data-series=\"{}\"/>",
            pts.join(" "),
            FIGURES[i].0
        );
        for (j, v) in by_year.values().enumerate() {
            let _ = writeln!(
                h,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{colour}\"><title>{} {}: {}</title></circle>",
                x(j),
                y(v.sums[i]),
                text(FIGURES[i].1),
                years[j],
                fmt_num(v.sums[i])
            );
        }
        let ly = t + 18.0 * s as f64 + 6.0;
        let _ = writeln!(
            h,
            "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"4\" fill=\"{colour}\"/><text x=\"{}\" y=\"{}\" class=\"lab\">{}</text>",
            l + pw + 16.0,
            ly,
            l + pw + 36.0,
            ly + 6.0,
            text(FIGURES[i].1)
        );
    }
    h.push_str("</svg>\n");
}

/// Runs first: records any script error on `<html data-errors>`.
const ERROR_COLLECTOR: &str = r#"
(function () {
  var errors = [];
  function note(m) {
    errors.push(String(m));
    document.documentElement.setAttribute('data-errors', errors.join(' | '));
  }
  window.addEventListener('error', function (e) { note(e.message || e); });
  window.addEventListener('unhandledrejection', function (e) { note('unhandled rejection: ' + e.reason); });
})();
"#;

/// Runs last: the filter of the malformed list, the heat map's details,
/// and `data-ready`.
const SCRIPT: &str = r#"
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#malformed-table tr.mf'));
  var shown = document.getElementById('shown');
  var filter = document.getElementById('filter');
  function apply() {
    var q = filter ? filter.value.trim().toLowerCase() : '';
    var n = 0;
    rows.forEach(function (r) {
      var hit = q === '' || r.textContent.toLowerCase().indexOf(q) >= 0;
      r.style.display = hit ? '' : 'none';
      if (hit) { n += 1; }
    });
    if (shown) { shown.textContent = n + ' of ' + rows.length + ' shown'; shown.setAttribute('data-shown', String(n)); }
  }
  if (filter) { filter.addEventListener('input', apply); }
  apply();
  var detail = document.getElementById('hm-detail');
  document.querySelectorAll('#heatmap g.hm').forEach(function (g) {
    g.addEventListener('click', function () {
      var d = g.dataset;
      detail.textContent = d.office + ' ' + d.year + ': ' +
        (d.reports === '0' ? 'no report' : d.reports + ' report(s), best status ' + d.status);
    });
  });
  document.documentElement.setAttribute('data-ready', '1');
})();
"#;

const CSS: &str = r#"
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       margin: 0 auto; max-width: 1180px; padding: 16px 24px 48px; color: #1d2125; background: #fff; }
h1 { font-size: 22px; margin: 8px 0 2px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #dde1e5; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 8px 0; } .sub { color: #5f6870; margin: 0 0 12px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { border: 1px solid #dde1e5; border-top: 4px solid #1f5fa8; border-radius: 6px; padding: 8px 14px; min-width: 96px; }
.card .v { font-size: 22px; font-weight: 600; } .card .l { color: #5f6870; }
.scroll { overflow: auto; max-height: 640px; border: 1px solid #eef0f2; }
svg text { font-size: 12px; fill: #1d2125; } svg .ax { fill: #5f6870; font-size: 11px; } svg .n { fill: #fff; font-weight: 600; font-size: 11px; }
svg .grid { stroke: #e6e9ec; } g.hm { cursor: pointer; } g.hm:hover rect { stroke: #1d2125; stroke-width: 1.5; }
.legend span { margin-right: 14px; white-space: nowrap; } .legend i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.detail { color: #5f6870; min-height: 1.4em; }
.two { display: flex; flex-wrap: wrap; gap: 32px; } .two > div { flex: 1 1 460px; min-width: 0; }
table.t { border-collapse: collapse; margin: 8px 0; } table.t th, table.t td { border-bottom: 1px solid #eef0f2; padding: 3px 8px; text-align: left; vertical-align: top; }
table.t th { background: #f6f7f8; font-weight: 600; } td.r { text-align: right; font-variant-numeric: tabular-nums; }
.mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; } .k { color: #8c939b; }
#malformed-table ul { margin: 0; padding-left: 16px; } #malformed-table .code { color: #b3261e; } #malformed-table .w { color: #5f6870; }
#malformed-table .path { max-width: 320px; word-break: break-all; } .more { color: #8c939b; list-style: none; }
input[type=search] { font: inherit; padding: 4px 8px; border: 1px solid #c4cad0; border-radius: 4px; }
"#;

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn rec(json: &str) -> RecordView {
        RecordView::parse(json.as_bytes()).unwrap()
    }

    #[test]
    fn figures_sum_usable_reports_and_list_malformed_ones() {
        let mut r = Report::new();
        r.add(&rec(r#"{"source":{"path":"a/2020.txt"},"office":"东山街道","year":2020,"template":"2019","status":"ok",
            "requests":{"new_received":{"total":5},"denied_state_secret":{"total":1},"denied_safety":{"total":2}},
            "review_litigation":{"review":{"total":3},"litigation_direct":{"total":1},"litigation_after_review":{"total":2}},"issues":[]}"#));
        r.add(&rec(r#"{"source":{"path":"b/2020.txt"},"office":"西山街道","year":2020,"template":"2019","status":"malformed",
            "requests":{"new_received":{"total":100}},"issues":[{"code":"identity.balance","severity":"error","where":"requests.balance.total","message":"一 + 二 ≠ <七>"}]}"#));
        r.add(&rec(r#"{"source":{"path":"c.txt"},"status":"unreadable","issues":[{"code":"input.unreadable","severity":"error","where":"document","message":"empty"}]}"#));
        assert_eq!(r.documents(), 3);
        assert_eq!(r.reports, 2);
        let y = &r.by_year[&2020];
        assert_eq!(y.reports, 1, "the malformed report is not summed");
        assert_eq!(y.sums[0], 5.0);
        assert_eq!(y.sums[4], 3.0, "denied rows add up");
        assert_eq!((y.sums[10], y.sums[11]), (3.0, 3.0));
        assert_eq!(r.coverage["西山街道"][&2020].best, 2);
        let page = r.render("t");
        assert!(page.contains("data-figure=\"new_received\">5<"));
        assert!(
            page.contains("一 + 二 ≠ &lt;七&gt;"),
            "messages are escaped"
        );
        assert!(page.contains("data-figure=\"malformed_listed\">1<"));
        for fetch in ["src=", "href=", "url(", "@import", "fetch("] {
            assert!(!page.contains(fetch), "nothing is fetched: {fetch}");
        }
    }
}
