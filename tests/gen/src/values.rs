//! The numbers of a report: counts that satisfy every identity, numeric
//! flaws, and the printed text of every cell with its [`Val`].

use super::rng::Rng;
use super::{Deviation, Flaw};
use indexmap::IndexMap;
use nianbao::model::{Num, Row, Table, Template, Val};
use nianbao::template::{active_rows, request_rows, REQUEST_COLS, REVIEW_COLS, REVIEW_GROUPS};

/// A section 二 value before printing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Act {
    /// A count.
    Count(i64),
    /// A signed change (本年增/减).
    Signed(i64),
    /// 2019 采购总金额, in fen (0.01 元).
    Fen(i64),
    /// 2021 收费金额, in 0.01 万元 (= 100 元).
    WanCents(i64),
}

/// All numbers of a report.
#[derive(Debug, Clone)]
pub struct Counts {
    /// Section 三: row key → 6 applicant columns + 总计.
    pub req: IndexMap<&'static str, [i64; 7]>,
    /// Section 四: 3 groups × (维持, 纠正, 其他, 尚未审结, 总计).
    pub review: [[i64; 5]; 3],
    /// Section 二: row key → values in column order.
    pub active: IndexMap<&'static str, Vec<Act>>,
}

fn outcome_weight(key: &str) -> u32 {
    match key {
        "granted" => 50,
        "partial" => 10,
        "unable_not_held" => 16,
        "unable_needs_creation" | "unable_unclear" => 4,
        "other" => 5,
        "rejected_duplicate" | "rejected_petition" => 3,
        k if k.starts_with("other_") => 2,
        k if k.starts_with("denied_") => 1,
        _ => 1,
    }
}

/// The requests an office carries from `year` into the next, per applicant
/// column: the same for the report of `year` (its 四、结转下年度) and the
/// report of `year + 1` (its 二、上年结转), so that a generated corpus is
/// consistent across years (A11) as a sound office's reports are.
pub fn carry(office_key: &str, year: i32) -> [i64; 6] {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in office_key.bytes().chain(year.to_le_bytes()) {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    let mut rng = Rng::new(h);
    let mut out = [0i64; 6];
    for (c, v) in out.iter_mut().enumerate() {
        let p = if c == 0 { 0.3 } else { 0.08 };
        if rng.chance(p) {
            *v = rng.range(1, 4);
        }
    }
    out
}

/// Draws counts satisfying A1, A2, A3, A5 and A9, with the carried-over
/// requests fixed by the office's previous and this year ([`carry`]).
pub fn draw(rng: &mut Rng, t: Template, carried_in: [i64; 6], carried_out: [i64; 6]) -> Counts {
    let big = rng.chance(0.12);
    let scale = if big {
        rng.range(50, 600)
    } else {
        rng.range(2, 20)
    };
    let mut req: IndexMap<&'static str, [i64; 7]> = IndexMap::new();
    for r in request_rows(t) {
        req.insert(r.key, [0; 7]);
    }
    let outcomes: Vec<(&'static str, u32)> = request_rows(t)
        .filter(|r| r.outcome)
        .map(|r| (r.key, outcome_weight(r.key)))
        .collect();
    for c in 0..6 {
        let new = if c == 0 {
            rng.count(scale) + i64::from(rng.chance(0.5))
        } else if rng.chance(0.25) {
            rng.count((scale / 5).max(2))
        } else {
            0
        };
        let carried = carried_in[c];
        let forward = carried_out[c];
        // Whatever goes forward was received this year or carried in.
        let new = new.max(forward - carried);
        let handled = new + carried - forward;
        set(&mut req, "new_received", c, new);
        set(&mut req, "carried_over", c, carried);
        set(&mut req, "carried_forward", c, forward);
        set(&mut req, "total_handled", c, handled);
        for _ in 0..handled {
            let k = rng.weighted(&outcomes, "granted");
            if let Some(row) = req.get_mut(k) {
                row[c] += 1;
            }
        }
    }
    for row in req.values_mut() {
        row[6] = row[..6].iter().sum();
    }
    let mut review = [[0i64; 5]; 3];
    for g in review.iter_mut() {
        for v in g.iter_mut().take(4) {
            *v = if rng.chance(0.15) {
                rng.range(1, if big { 12 } else { 4 })
            } else {
                0
            };
        }
        g[4] = g[..4].iter().sum();
    }
    let mut active = IndexMap::new();
    for r in active_rows(t) {
        let vals: Vec<Act> = match (t, r.key) {
            (Template::F2019, "regulations" | "normative_docs")
            | (Template::F2021, "regulations" | "normative_docs") => {
                let made = if r.key == "regulations" && rng.chance(0.7) {
                    0
                } else {
                    rng.count(12)
                };
                if t == Template::F2019 {
                    let published = if rng.chance(0.8) {
                        made
                    } else {
                        rng.range(0, made)
                    };
                    let total = published + rng.count(400);
                    vec![Act::Count(made), Act::Count(published), Act::Count(total)]
                } else {
                    let repealed = rng.count(4);
                    let in_force = made + rng.count(300);
                    vec![Act::Count(made), Act::Count(repealed), Act::Count(in_force)]
                }
            }
            (Template::F2019, "fees") => {
                vec![Act::Count(rng.count(10)), Act::Signed(signed(rng))]
            }
            (Template::F2019, "procurement") => {
                let projects = rng.count(20);
                let fen = if projects == 0 {
                    0
                } else {
                    rng.range(100_000, 5_000_000_000)
                };
                vec![Act::Count(projects), Act::Fen(fen)]
            }
            (Template::F2019, _) => vec![
                Act::Count(rng.count(60)),
                Act::Signed(signed(rng)),
                Act::Count(rng.count(scale * 20)),
            ],
            (_, "fees") => {
                let wc = if rng.chance(0.6) {
                    0
                } else {
                    rng.range(1, 500_000)
                };
                vec![Act::WanCents(wc)]
            }
            _ => vec![Act::Count(rng.count(scale * 20))],
        };
        active.insert(r.key, vals);
    }
    Counts {
        req,
        review,
        active,
    }
}

fn signed(rng: &mut Rng) -> i64 {
    if rng.chance(0.6) {
        0
    } else {
        rng.range(-8, 12)
    }
}

fn set(req: &mut IndexMap<&'static str, [i64; 7]>, key: &str, c: usize, v: i64) {
    if let Some(row) = req.get_mut(key) {
        row[c] = v;
    }
}

fn add(req: &mut IndexMap<&'static str, [i64; 7]>, key: &str, c: usize, v: i64) {
    if let Some(row) = req.get_mut(key) {
        row[c] += v;
    }
}

/// Applies a numeric flaw (the others change the document, not the
/// numbers). See [`Flaw`] for what each breaks.
pub fn apply_flaw(rng: &mut Rng, c: &mut Counts, flaw: Flaw) {
    let k = rng.range(1, 5);
    let col = rng.index(6);
    match flaw {
        Flaw::Balance => {
            add(&mut c.req, "carried_forward", col, k);
            add(&mut c.req, "carried_forward", 6, k);
        }
        Flaw::OutcomeTotal => {
            let cf = c.req.get("carried_forward").map_or(0, |r| r[col]);
            if cf == 0 {
                for key in ["new_received", "carried_forward"] {
                    add(&mut c.req, key, col, 1);
                    add(&mut c.req, key, 6, 1);
                }
            }
            let cf = c.req.get("carried_forward").map_or(1, |r| r[col]);
            let k = k.min(cf).max(1);
            add(&mut c.req, "total_handled", col, k);
            add(&mut c.req, "total_handled", 6, k);
            add(&mut c.req, "carried_forward", col, -k);
            add(&mut c.req, "carried_forward", 6, -k);
        }
        Flaw::RowTotal => {
            add(&mut c.req, "new_received", 6, k);
            add(&mut c.req, "carried_forward", 6, k);
        }
        Flaw::ReviewTotal => {
            c.review[rng.index(3)][0] += k;
        }
        _ => {}
    }
}

/// Printed cells and the values a perfect extractor reads from them.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    /// Section 二: (row key, cell texts) in template order, plus an extra
    /// row (其他主动公开文件) when [`Deviation::Parentheticals`] is on.
    pub active: Vec<(&'static str, Vec<String>)>,
    /// Section 三: (row key, 7 cell texts), only rows the report has.
    pub req: Vec<(&'static str, Vec<String>)>,
    /// Section 四: 15 cell texts.
    pub review: Vec<String>,
    /// Truth tables.
    pub t_active: Table,
    /// Truth section 三.
    pub t_req: Table,
    /// Truth section 四.
    pub t_review: Table,
}

/// How cells are printed.
pub struct Style<'a> {
    /// The deviations in force.
    pub devs: &'a [Deviation],
    /// The flaw, if any (Unparsed and NegativeCount change a cell).
    pub flaw: Option<Flaw>,
}

impl Style<'_> {
    fn has(&self, d: Deviation) -> bool {
        self.devs.contains(&d)
    }

    fn digits(&self, s: String) -> String {
        if self.has(Deviation::FullWidthDigits) {
            s.chars()
                .map(|c| match c {
                    '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c),
                    _ => c,
                })
                .collect()
        } else {
            s
        }
    }

    fn int(&self, v: i64) -> String {
        let s = if self.has(Deviation::Thousands) {
            thousands(v)
        } else {
            v.to_string()
        };
        self.digits(s)
    }
}

/// `1234567` → `1,234,567`.
pub fn thousands(v: i64) -> String {
    let digits = v.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if v < 0 {
        format!("-{out}")
    } else {
        out
    }
}

fn num(v: i64) -> Val {
    Some(Num(v as f64))
}

/// Prints every cell and records its value.
pub fn show(rng: &mut Rng, t: Template, c: &Counts, st: &Style) -> Shown {
    let mut out = Shown::default();
    let blank_p = if st.has(Deviation::BlankCells) {
        0.4
    } else {
        0.0
    };
    // Section 二.
    let fault_row = "licensing";
    for r in active_rows(t) {
        let vals = c.active.get(r.key).cloned().unwrap_or_default();
        let mut texts = Vec::new();
        let mut row = Row::default();
        for (i, (col, v)) in r.cols.iter().zip(vals.iter()).enumerate() {
            let (text, val) = match *v {
                Act::Count(0) | Act::Signed(0) if st.has(Deviation::Dashes) && rng.chance(0.5) => {
                    (rng.pick(&["-", "—", "/"], "-").to_string(), None)
                }
                Act::Count(0) | Act::Signed(0) if rng.chance(blank_p) => (String::new(), None),
                Act::Count(n) => (st.int(n), num(n)),
                Act::Signed(n) => {
                    let s = if n > 0 {
                        format!("+{}", st.int(n))
                    } else {
                        st.int(n)
                    };
                    (s, num(n))
                }
                Act::Fen(f) => money_fen(rng, f, st),
                Act::WanCents(w) => money_wan(w, st),
            };
            let (text, val) = match st.flaw {
                Some(Flaw::Unparsed) if r.key == fault_row && i == r.cols.len() - 1 => {
                    // Text where a number belongs (`无` is a blank's word,
                    // read as `null` without a finding: no flaw).
                    (rng.pick(&["不详", "见附件"], "见附件").to_string(), None)
                }
                Some(Flaw::NegativeCount) if r.key == fault_row && i == r.cols.len() - 1 => {
                    let n = -rng.range(1, 9);
                    (st.int(n), num(n))
                }
                _ => (text, val),
            };
            texts.push(text);
            row.insert(col.key, val);
        }
        out.active.push((r.key, texts));
        out.t_active.insert(r.key, row);
        if r.key == "normative_docs" && st.has(Deviation::Parentheticals) {
            let n = rng.count(30);
            out.active.push((
                "extra_other_docs",
                vec![st.int(n), st.int(n), st.int(n + rng.count(50))],
            ));
        }
    }
    // Section 三.
    let omit = st.has(Deviation::OmitRows);
    for r in request_rows(t) {
        let Some(vals) = c.req.get(r.key) else {
            continue;
        };
        let zero = vals.iter().all(|&v| v == 0);
        if omit
            && zero
            && matches!(
                r.key,
                "rejected_excessive" | "rejected_confirm" | "denied_query" | "other_misc"
            )
        {
            continue;
        }
        let only_totals = zero && st.has(Deviation::OnlyTotals);
        let blank_total = st.has(Deviation::PartialTotals) && r.outcome && rng.chance(0.5);
        let mut texts = Vec::new();
        let mut row = Row::default();
        for (i, col) in REQUEST_COLS.iter().enumerate() {
            let v = vals[i];
            let blank = if i < 6 {
                only_totals || (v == 0 && rng.chance(blank_p))
            } else {
                blank_total || (v == 0 && !only_totals && rng.chance(blank_p / 2.0))
            };
            if blank {
                texts.push(String::new());
                row.insert(col.key, None);
            } else {
                texts.push(st.int(v));
                row.insert(col.key, num(v));
            }
        }
        out.req.push((r.key, texts));
        out.t_req.insert(r.key, row);
    }
    // Section 四.
    for (g, group) in REVIEW_GROUPS.iter().enumerate() {
        let mut row = Row::default();
        for (i, col) in REVIEW_COLS.iter().enumerate() {
            let v = c.review[g][i];
            if v == 0 && i < 4 && rng.chance(blank_p / 2.0) {
                out.review.push(String::new());
                row.insert(col.key, None);
            } else {
                out.review.push(st.int(v));
                row.insert(col.key, num(v));
            }
        }
        out.t_review.insert(group.key, row);
    }
    out
}

fn money_fen(rng: &mut Rng, fen: i64, st: &Style) -> (String, Val) {
    let yuan = fen / 100;
    let cents = fen % 100;
    let ytext = if st.has(Deviation::Thousands) {
        thousands(yuan)
    } else {
        yuan.to_string()
    };
    let plain = if cents == 0 {
        ytext
    } else {
        format!("{ytext}.{cents:02}")
    };
    let val_text = if cents == 0 {
        yuan.to_string()
    } else {
        format!("{yuan}.{cents:02}")
    };
    let val = val_text.parse::<f64>().ok().map(Num);
    if st.has(Deviation::UnitInCell) {
        if fen >= 10_000 && rng.chance(0.5) {
            // Whole hundreds of yuan: print as 万元 with up to 2 decimals.
            let wc = fen / 10_000;
            return (
                st.digits(format!("{}万元", wan_text(wc))),
                Some(Num((wc * 100) as f64)),
            );
        }
        return (st.digits(format!("{plain}元")), val);
    }
    (st.digits(plain), val)
}

/// `2510` (0.01 万元) → `25.1`.
pub fn wan_text(wc: i64) -> String {
    let whole = wc / 100;
    let frac = wc % 100;
    if frac == 0 {
        whole.to_string()
    } else if frac % 10 == 0 {
        format!("{whole}.{}", frac / 10)
    } else {
        format!("{whole}.{frac:02}")
    }
}

fn money_wan(wc: i64, st: &Style) -> (String, Val) {
    let text = wan_text(wc);
    let text = if st.has(Deviation::UnitInCell) && wc > 0 {
        format!("{text}万元")
    } else {
        text
    };
    (st.digits(text), Some(Num((wc * 100) as f64)))
}

/// The figures the prose states, from the counts.
pub fn narrative(c: &Counts) -> (i64, i64, i64) {
    let new = c.req.get("new_received").map_or(0, |r| r[6]);
    (new, c.review[0][4], c.review[1][4] + c.review[2][4])
}
