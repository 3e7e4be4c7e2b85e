//! Coverage of an office list (`nianbao coverage --offices OFFICES.csv
//! --years 2019-2024 PATH...`): which listed office-years have no report,
//! and which reports belong to no listed office.
//!
//! Pure: the CLI reads the list with [`OfficeList::from_csv`], builds a
//! [`ReportKey`] per record that is a report (template not `null`), calls
//! [`coverage`], writes the findings as JSON lines and [`render_table`] to
//! stderr.
//!
//! Office names match after [`normalize_office`] (街道 = 街道办事处,
//! 东山镇 = 东山镇人民政府). A listed `region`, when given, must also occur in
//! the report's path: the same office name recurs in different districts.

use super::normalize_office;
use crate::hanzi::simplify;
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::Read;
use std::ops::RangeInclusive;
use unicode_normalization::UnicodeNormalization;

/// Why an office list could not be read.
#[derive(Debug, thiserror::Error)]
pub enum CoverageError {
    /// The header row has no `office` column.
    #[error("office list: the header row (line 1) has no `office` column")]
    NoOfficeColumn,
    /// A row's `office` cell is empty.
    #[error("office list line {line}: the office name is empty")]
    EmptyOffice {
        /// 1-based line of the row.
        line: u64,
    },
    /// The CSV itself is malformed (or not UTF-8).
    #[error("office list line {line}: {message}")]
    Csv {
        /// 1-based line where reading failed.
        line: u64,
        /// What the CSV reader said.
        message: String,
    },
}

/// One listed office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Office {
    /// The name as listed.
    pub office: String,
    /// The region as listed (a folder or path fragment), if any.
    pub region: Option<String>,
    key: String,
    region_key: Option<String>,
}

/// The offices a corpus should have reports of.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfficeList {
    /// The offices, in list order.
    pub offices: Vec<Office>,
}

fn norm_text(s: &str) -> String {
    simplify(s).nfkc().filter(|c| !c.is_whitespace()).collect()
}

impl OfficeList {
    /// Reads a CSV with a header row naming an `office` column and,
    /// optionally, a `region` column (other columns are ignored). Blank
    /// lines are skipped; an empty office name is an error naming its line.
    pub fn from_csv<R: Read>(reader: R) -> Result<OfficeList, CoverageError> {
        let mut rdr = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(reader);
        let csv_err = |e: csv::Error| CoverageError::Csv {
            line: e.position().map(|p| p.line()).unwrap_or(1),
            message: e.to_string(),
        };
        let headers = rdr.headers().map_err(csv_err)?.clone();
        let find = |name: &str| {
            headers.iter().position(|h| {
                h.trim_start_matches('\u{feff}')
                    .trim()
                    .eq_ignore_ascii_case(name)
            })
        };
        let office_col = find("office").ok_or(CoverageError::NoOfficeColumn)?;
        let region_col = find("region");
        let mut offices = Vec::new();
        for rec in rdr.records() {
            let rec = rec.map_err(csv_err)?;
            let line = rec.position().map(|p| p.line()).unwrap_or(0);
            if rec.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let office = rec.get(office_col).unwrap_or("").trim().to_string();
            if office.is_empty() {
                return Err(CoverageError::EmptyOffice { line });
            }
            let region = region_col
                .and_then(|c| rec.get(c))
                .map(str::trim)
                .filter(|r| !r.is_empty())
                .map(str::to_string);
            offices.push(Office {
                key: normalize_office(&office),
                region_key: region.as_deref().map(norm_text),
                office,
                region,
            });
        }
        Ok(OfficeList { offices })
    }

    /// Whether listed office `o` is the office of a report with this
    /// (already normalised) office name and path.
    fn matches(o: &Office, key: &str, path: &str) -> bool {
        o.key == key
            && match o.region_key.as_deref() {
                Some(r) => path.contains(r),
                None => true,
            }
    }
}

/// What coverage needs of one report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportKey {
    /// `source.path` of the record.
    pub path: String,
    /// The record's office.
    pub office: Option<String>,
    /// The record's year.
    pub year: Option<i32>,
}

/// A gap or a stray in the corpus, serialised as one JSON line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code")]
pub enum CoverageFinding {
    /// A listed office has no report for a year.
    #[serde(rename = "corpus.missing_report")]
    MissingReport {
        /// The office as listed.
        office: String,
        /// The region as listed.
        region: Option<String>,
        /// The year with no report.
        year: i32,
    },
    /// A report whose office is not on the list (or is unknown).
    #[serde(rename = "corpus.unlisted_office")]
    UnlistedOffice {
        /// The report's path.
        path: String,
        /// The report's office, `null` when unknown.
        office: Option<String>,
        /// The report's year.
        year: Option<i32>,
    },
}

/// Every listed office × year in `years` with no report (list order, then
/// year order), then every report that matches no listed office (input
/// order). A report with a year outside `years` or no year covers nothing
/// but is not a finding when its office is listed.
pub fn coverage(
    list: &OfficeList,
    years: RangeInclusive<i32>,
    reports: &[ReportKey],
) -> Vec<CoverageFinding> {
    let mut covered: BTreeSet<(usize, i32)> = BTreeSet::new();
    let mut unlisted = Vec::new();
    for r in reports {
        let key = r.office.as_deref().map(normalize_office);
        let path = norm_text(&r.path);
        let hits: Vec<usize> = match &key {
            Some(k) => list
                .offices
                .iter()
                .enumerate()
                .filter(|(_, o)| OfficeList::matches(o, k, &path))
                .map(|(i, _)| i)
                .collect(),
            None => Vec::new(),
        };
        if hits.is_empty() {
            unlisted.push(CoverageFinding::UnlistedOffice {
                path: r.path.clone(),
                office: r.office.clone(),
                year: r.year,
            });
        }
        if let Some(y) = r.year {
            covered.extend(hits.into_iter().map(|i| (i, y)));
        }
    }
    let mut out = Vec::new();
    for (i, o) in list.offices.iter().enumerate() {
        for y in years.clone() {
            if !covered.contains(&(i, y)) {
                out.push(CoverageFinding::MissingReport {
                    office: o.office.clone(),
                    region: o.region.clone(),
                    year: y,
                });
            }
        }
    }
    out.extend(unlisted);
    out
}

/// Display width of `s` in a terminal: wide (CJK, full-width) characters
/// count two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            let wide = (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u)
                || (0x20000..=0x3FFFD).contains(&u);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}

fn pad(s: &str, to: usize) -> String {
    let w = width(s);
    format!("{s}{}", " ".repeat(to.saturating_sub(w)))
}

/// A readable office × year grid (✓ report found, ✗ missing), a count of
/// covered office-years, and the reports of unlisted offices.
pub fn render_table(
    list: &OfficeList,
    years: RangeInclusive<i32>,
    findings: &[CoverageFinding],
) -> String {
    let missing: BTreeSet<(String, Option<String>, i32)> = findings
        .iter()
        .filter_map(|f| match f {
            CoverageFinding::MissingReport {
                office,
                region,
                year,
            } => Some((office.clone(), region.clone(), *year)),
            CoverageFinding::UnlistedOffice { .. } => None,
        })
        .collect();
    let name = |o: &Office| match &o.region {
        Some(r) => format!("{} ({r})", o.office),
        None => o.office.clone(),
    };
    let first = list
        .offices
        .iter()
        .map(|o| width(&name(o)))
        .max()
        .unwrap_or(0)
        .max(width("office"));
    let mut out = String::new();
    out.push_str(&pad("office", first));
    for y in years.clone() {
        out.push_str(&format!("  {y}"));
    }
    out.push('\n');
    let mut total = 0usize;
    let mut have = 0usize;
    for o in &list.offices {
        out.push_str(&pad(&name(o), first));
        for y in years.clone() {
            total += 1;
            let gap = missing.contains(&(o.office.clone(), o.region.clone(), y));
            if !gap {
                have += 1;
            }
            out.push_str(&format!(
                "  {}",
                pad(if gap { "✗" } else { "✓" }, width(&y.to_string()))
            ));
        }
        // No trailing blanks after the last mark.
        out.truncate(out.trim_end_matches(' ').len());
        out.push('\n');
    }
    out.push_str(&format!(
        "{have} of {} {} a report\n",
        crate::words::count(total, "office-year"),
        if have == 1 { "has" } else { "have" }
    ));
    let unlisted: Vec<&CoverageFinding> = findings
        .iter()
        .filter(|f| matches!(f, CoverageFinding::UnlistedOffice { .. }))
        .collect();
    if !unlisted.is_empty() {
        out.push_str(&format!(
            "{} of offices not on the list:\n",
            crate::words::count(unlisted.len(), "report")
        ));
        for f in unlisted {
            if let CoverageFinding::UnlistedOffice { path, office, year } = f {
                let year = year
                    .map(|y| y.to_string())
                    .unwrap_or_else(|| "year unknown".into());
                let office = office.as_deref().unwrap_or("office unknown");
                out.push_str(&format!("  {path}  ({office}, {year})\n"));
            }
        }
    }
    out
}
