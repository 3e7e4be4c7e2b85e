//! Section 三's rows that could be read several ways (values printed
//! without their blank cells, runs of digits cut in more than one way),
//! told apart by the identities between rows: A2 (（七）总计 = the outcome
//! rows, per column) and A1 (一 + 二 = （七） + 四, per column), by the
//! validator's rules.
//!
//! A choice of one reading per row is searched by its sums, not by trying
//! every combination: the rows are walked once forward, keeping the
//! distinct states reached (per column, how far each identity is from
//! holding), and once back from the states where all hold. A reading some
//! full choice takes is feasible; a row with one feasible reading is
//! decided.

/// Sets of states, hashed fast (foldhash, fixed seed: no input chooses
/// the hash).
type HashSet<T> = std::collections::HashSet<T, crate::model::KeyHasher>;

fn set<T: std::hash::Hash + Eq>(items: impl IntoIterator<Item = T>) -> HashSet<T> {
    items.into_iter().collect()
}

/// The rows of identity A1, in its order: 一 + 二 = （七） + 四.
pub(super) const BALANCE_ROWS: [&str; 4] = [
    "new_received",
    "carried_over",
    "total_handled",
    "carried_forward",
];

/// The most states kept over the walk, in all, the most combinations of
/// the balance rows' values tried for one column, and the most sums one
/// column's outcome rows reach; beyond, the rows are left as they stand
/// alone.
const STATE_CAP: usize = 20_000;

/// The most states kept over a walk that cannot leave out the choices
/// that break an identity (every identity met by no one choice).
const OPEN_CAP: usize = 4_000;

/// A row read several ways: its key and its readings, seven values each
/// (`None` a blank cell).
pub(crate) struct Ways<'a> {
    pub key: &'static str,
    pub readings: &'a [Vec<Option<f64>>],
}

/// What the identities tell about the rows read several ways.
#[derive(Debug, PartialEq)]
pub(crate) struct Told {
    /// The identities some choice of readings meets (bit j: A2 in column
    /// j; bit 7 + j: A1 in column j). One no choice meets is a flaw of the
    /// report, left out of the choosing so that it is still reported.
    pub usable: u16,
    /// Per row, per reading: whether a choice for all rows that meets
    /// every usable identity takes it.
    pub feasible: Vec<Vec<bool>>,
}

/// The values of the rows read one way, and which rows were not read at
/// all (their cells unknown: no identity through them tells anything).
pub(crate) struct Known<'f> {
    /// The value of row `key` in column `j`: `None` if the row was not
    /// read, `Some(None)` for a blank cell.
    pub value: &'f dyn Fn(&str, usize) -> Option<Option<f64>>,
    pub unknown: &'f dyn Fn(&str) -> bool,
}

/// The largest value the walk sums (its sums are thousandths in an i64).
pub(super) const MAX_VALUE: f64 = 1e12;

/// A sum as a key: section 三's counts are whole numbers, a fee to the
/// hundredth.
pub(super) fn key(v: f64) -> i64 {
    (v * 1000.0).round() as i64
}

/// How a row enters the identities: its sign in A1 (一 + 二 − （七） − 四)
/// and in A2 (the outcome rows − （七）).
#[derive(Clone, Copy)]
pub(super) struct Part {
    pub a1: i64,
    pub a2: i64,
}

pub(super) fn part(k: &str, outcome: &[&'static str]) -> Part {
    let a1 = match k {
        "new_received" | "carried_over" => 1,
        "total_handled" | "carried_forward" => -1,
        _ => 0,
    };
    let a2 = match k {
        "total_handled" => -1,
        _ if outcome.contains(&k) => 1,
        _ => 0,
    };
    Part { a1, a2 }
}

/// Flags of a state: an outcome cell printed in column j (bit j), an
/// outcome 总计 blank (bit 7), （七） blank in column j (bit 8 + j), a
/// balance row's 总计 blank (bit 15).
const OUTCOME_BLANK_TOTAL: u32 = 1 << 7;
const HANDLED_BLANK: u32 = 1 << 8;
const BALANCE_BLANK_TOTAL: u32 = 1 << 15;

/// Per column, how far A1 and A2 are from holding, over the rows walked.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct State {
    a1: [i64; 7],
    a2: [i64; 7],
    flags: u32,
}

/// The identities in play: A2 in the columns of `a2`, A1 in those of `a1`.
#[derive(Clone, Copy)]
struct Cols {
    a1: u8,
    a2: u8,
}

impl Cols {
    fn has(m: u8, j: usize) -> bool {
        m & (1 << j) != 0
    }

    /// `s` with a row's cells added.
    fn add(self, mut s: State, p: Part, cells: &[Option<f64>]) -> State {
        let handled = p.a2 < 0;
        for j in 0..7 {
            let (in1, in2) = (Self::has(self.a1, j), Self::has(self.a2, j));
            let c = cells.get(j).copied().flatten();
            if in1 && p.a1 != 0 {
                match c {
                    Some(v) => s.a1[j] += p.a1 * key(v),
                    None if j == 6 => s.flags |= BALANCE_BLANK_TOTAL,
                    None => {}
                }
            }
            if in2 && p.a2 != 0 {
                match c {
                    Some(v) => {
                        s.a2[j] += p.a2 * key(v);
                        if !handled {
                            s.flags |= 1 << j;
                        }
                    }
                    None if !handled && j == 6 => s.flags |= OUTCOME_BLANK_TOTAL,
                    None => {}
                }
            }
            if handled && c.is_none() && (in1 || in2) {
                s.flags |= HANDLED_BLANK << j;
            }
        }
        s
    }

    /// Whether no rows still to come can make the identities hold: a
    /// blank that skips one, a sum out of the reach left (`lo`, `hi`).
    fn lost(self, s: &State, lo: &Bounds, hi: &Bounds) -> bool {
        if (Self::has(self.a2, 6) && s.flags & OUTCOME_BLANK_TOTAL != 0)
            || (Self::has(self.a1, 6) && s.flags & BALANCE_BLANK_TOTAL != 0)
        {
            return true;
        }
        (0..7).any(|j| {
            let (in1, in2) = (Self::has(self.a1, j), Self::has(self.a2, j));
            ((in1 || in2) && s.flags & (HANDLED_BLANK << j) != 0)
                || (in1 && (s.a1[j] + lo.a1[j] > 0 || s.a1[j] + hi.a1[j] < 0))
                || (in2 && (s.a2[j] + lo.a2[j] > 0 || s.a2[j] + hi.a2[j] < 0))
        })
    }

    /// The identities in play that hold at the end of a walk: bit j A2
    /// in column j, bit 7 + j A1 in column j.
    fn met(self, s: &State) -> u16 {
        let mut m = 0u16;
        for j in 0..7 {
            let handled = s.flags & (HANDLED_BLANK << j) == 0;
            if Self::has(self.a2, j)
                && handled
                && s.a2[j] == 0
                && s.flags & (1 << j) != 0
                && (j != 6 || s.flags & OUTCOME_BLANK_TOTAL == 0)
            {
                m |= 1 << j;
            }
            if Self::has(self.a1, j)
                && handled
                && s.a1[j] == 0
                && (j != 6 || s.flags & BALANCE_BLANK_TOTAL == 0)
            {
                m |= 1 << (7 + j);
            }
        }
        m
    }

    /// Whether every identity in play holds.
    fn holds(self, s: &State) -> bool {
        let zero = Bounds::default();
        !self.lost(s, &zero, &zero)
            && (0..7).all(|j| !Self::has(self.a2, j) || s.flags & (1 << j) != 0)
    }
}

/// The least and most the rows still to come add, per column.
#[derive(Clone, Copy, Default)]
struct Bounds {
    a1: [i64; 7],
    a2: [i64; 7],
}

/// What the identities between rows tell about `ways`; `None` when they
/// tell nothing apart, no choice fits, or the search grew past its caps.
pub(crate) fn tell(ways: &[Ways<'_>], outcome: &[&'static str], known: &Known<'_>) -> Option<Told> {
    let deferred = |k: &str| ways.iter().position(|w| w.key == k);
    // Sums are kept as integers (thousandths): a value no count reaches
    // could overflow them, and is left to the validator.
    let huge = |v: &Option<f64>| v.is_some_and(|v| v.is_nan() || v.abs() > MAX_VALUE);
    let fixed_huge = BALANCE_ROWS
        .iter()
        .chain(outcome)
        .any(|k| (0..7).any(|j| (known.value)(k, j).is_some_and(|v| huge(&v))));
    if fixed_huge
        || ways
            .iter()
            .flat_map(|w| w.readings.iter().flatten())
            .any(huge)
    {
        return None;
    }
    let present = |k: &str| deferred(k).is_some() || (known.value)(k, 0).is_some();
    let a1_known = !BALANCE_ROWS.iter().any(|k| (known.unknown)(k));
    let a2_known = !(known.unknown)("total_handled") && !outcome.iter().any(|k| (known.unknown)(k));
    // A row's values in column j: its readings', or its one.
    let column = |k: &str, j: usize| -> Vec<Option<f64>> {
        match deferred(k) {
            Some(i) => {
                let mut v: Vec<Option<f64>> = ways[i].readings.iter().map(|r| r[j]).collect();
                v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
                v.dedup();
                v
            }
            None => (known.value)(k, j).into_iter().collect(),
        }
    };

    // Which identities some choice meets, each on its own: A1 by the four
    // rows' values in the column, A2 by the sums the outcome rows reach.
    let mut usable = 0u16;
    if a1_known && BALANCE_ROWS.iter().all(|k| present(k)) {
        for j in 0..7 {
            let four = BALANCE_ROWS.map(|k| column(k, j));
            if four.iter().map(Vec::len).product::<usize>() > STATE_CAP {
                return None;
            }
            let mut met = false;
            for a in &four[0] {
                for b in &four[1] {
                    for h in &four[2] {
                        for d in &four[3] {
                            let skip =
                                h.is_none() || (j == 6 && [a, b, h, d].iter().any(|x| x.is_none()));
                            let lhs = a.unwrap_or(0.0) + b.unwrap_or(0.0);
                            let rhs = h.unwrap_or(0.0) + d.unwrap_or(0.0);
                            met |= !skip && (lhs - rhs).abs() < 1e-6;
                        }
                    }
                }
            }
            if met {
                usable |= 1 << (7 + j);
            }
        }
    }
    if a2_known && present("total_handled") {
        for j in 0..7 {
            // (sum, printed, a 总计 blank) over the outcome rows.
            let mut reach: HashSet<(i64, bool, bool)> = set([(0, false, false)]);
            for k in outcome.iter().filter(|k| present(k)) {
                let cells = column(k, j);
                let mut next = HashSet::default();
                for &(sum, printed, blank) in &reach {
                    for c in &cells {
                        next.insert(match c {
                            Some(v) => (sum + key(*v), true, blank),
                            None => (sum, printed, blank || j == 6),
                        });
                    }
                }
                if next.len() > STATE_CAP {
                    return None;
                }
                reach = next;
            }
            let met = column("total_handled", j).iter().flatten().any(|h| {
                reach
                    .iter()
                    .any(|&(sum, printed, blank)| printed && !blank && sum == key(*h))
            });
            if met {
                usable |= 1 << j;
            }
        }
    }
    if usable == 0 {
        return None;
    }
    let cols = Cols {
        a2: (usable & 0x7f) as u8,
        a1: (usable >> 7) as u8,
    };

    // The rows read one way, added once; then the rows read several ways,
    // the balance rows first (（七） before the outcome rows it bounds).
    let mut start = State {
        a1: [0; 7],
        a2: [0; 7],
        flags: 0,
    };
    for k in BALANCE_ROWS
        .iter()
        .chain(outcome)
        .filter(|k| deferred(k).is_none())
    {
        let cells: Vec<Option<f64>> = (0..7).filter_map(|j| (known.value)(k, j)).collect();
        if cells.len() == 7 {
            start = cols.add(start, part(k, outcome), &cells);
        }
    }
    let mut order: Vec<usize> = BALANCE_ROWS.iter().filter_map(|k| deferred(k)).collect();
    order.extend((0..ways.len()).filter(|&i| outcome.contains(&ways[i].key)));
    // What the rows from each step on can still add, per column.
    let mut lo = vec![Bounds::default(); order.len() + 1];
    let mut hi = lo.clone();
    for (step, &i) in order.iter().enumerate().rev() {
        let p = part(ways[i].key, outcome);
        let (mut l, mut h) = (lo[step + 1], hi[step + 1]);
        for j in 0..7 {
            let adds = |sign: i64| {
                ways[i]
                    .readings
                    .iter()
                    .map(move |r| sign * r[j].map_or(0, key))
            };
            if let (Some(min), Some(max)) = (adds(p.a1).min(), adds(p.a1).max()) {
                l.a1[j] += min;
                h.a1[j] += max;
            }
            if let (Some(min), Some(max)) = (adds(p.a2).min(), adds(p.a2).max()) {
                l.a2[j] += min;
                h.a2[j] += max;
            }
        }
        lo[step] = l;
        hi[step] = h;
    }
    let walk = |prune: bool| -> Option<Vec<HashSet<State>>> {
        if prune && cols.lost(&start, &lo[0], &hi[0]) {
            return Some(Vec::new());
        }
        let mut forward: Vec<HashSet<State>> = vec![set([start])];
        let mut states = 1usize;
        for (step, &i) in order.iter().enumerate() {
            let p = part(ways[i].key, outcome);
            let mut next = HashSet::default();
            for s in &forward[step] {
                for r in ways[i].readings {
                    let t = cols.add(*s, p, r);
                    if !prune || !cols.lost(&t, &lo[step + 1], &hi[step + 1]) {
                        next.insert(t);
                    }
                }
            }
            states += next.len();
            if states > if prune { STATE_CAP } else { OPEN_CAP } {
                return None;
            }
            forward.push(next);
        }
        Some(forward)
    };
    // Every identity that some choice meets, all met by one choice; else
    // (one choice meets some, another others: a reading that leaves a
    // cell of （七） blank skips the identities through it) the choices
    // that meet the most, when those are all one set of identities.
    let mut forward = walk(true)?;
    let mut back: HashSet<State> = forward
        .last()
        .map(|f| f.iter().filter(|s| cols.holds(s)).copied().collect())
        .unwrap_or_default();
    if back.is_empty() {
        forward = walk(false)?;
        let last = forward.last()?;
        let most = last.iter().map(|s| cols.met(s).count_ones()).max()?;
        let mut masks: Vec<u16> = last
            .iter()
            .map(|s| cols.met(s))
            .filter(|m| m.count_ones() == most)
            .collect();
        masks.sort_unstable();
        masks.dedup();
        let [mask] = masks[..] else {
            return None;
        };
        if mask == 0 {
            return None;
        }
        usable = mask;
        back = last
            .iter()
            .filter(|s| cols.met(s) == mask)
            .copied()
            .collect();
    }
    let mut feasible: Vec<Vec<bool>> = ways.iter().map(|w| vec![false; w.readings.len()]).collect();
    for (step, &i) in order.iter().enumerate().rev() {
        let p = part(ways[i].key, outcome);
        let mut keep = HashSet::default();
        for s in &forward[step] {
            for (r, reading) in ways[i].readings.iter().enumerate() {
                if back.contains(&cols.add(*s, p, reading)) {
                    feasible[i][r] = true;
                    keep.insert(*s);
                }
            }
        }
        back = keep;
    }
    // Rows no identity runs through: any of their readings fits.
    for (i, f) in feasible.iter_mut().enumerate() {
        if !order.contains(&i) {
            f.iter_mut().for_each(|x| *x = true);
        }
    }
    if feasible.iter().flatten().all(|x| *x) {
        return None;
    }
    Some(Told { usable, feasible })
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTCOME: [&str; 3] = ["granted", "partial", "unable_not_held"];

    /// Readings of a row that printed `vals` in order, its blank cells
    /// dropped: every way to place them in the seven columns, keeping
    /// their order, the last (总计) only in the last column.
    fn placements(vals: &[f64]) -> Vec<Vec<Option<f64>>> {
        let mut out = Vec::new();
        let parts = &vals[..vals.len() - 1];
        let total = vals[vals.len() - 1];
        let mut pick = |cols: &[usize]| {
            let mut row = vec![None; 7];
            for (c, v) in cols.iter().zip(parts) {
                row[*c] = Some(*v);
            }
            row[6] = Some(total);
            out.push(row);
        };
        match parts.len() {
            0 => pick(&[]),
            1 => (0..6).for_each(|a| pick(&[a])),
            2 => (0..6).for_each(|a| (a + 1..6).for_each(|b| pick(&[a, b]))),
            _ => unreachable!(),
        }
        out
    }

    fn fixed(
        rows: Vec<(&'static str, [Option<f64>; 7])>,
    ) -> impl Fn(&str, usize) -> Option<Option<f64>> {
        move |k, j| rows.iter().find(|(r, _)| *r == k).map(|(_, v)| v[j])
    }

    #[test]
    fn the_column_sums_place_values_printed_without_their_blanks() {
        // （七）总计: 自然人 5, 商业企业 2, 总计 7. granted printed `3 3`,
        // partial `2 2`, unable `2 2`: granted and unable's 2 can only
        // be in 自然人, partial's in 商业企业.
        let total = [Some(5.0), Some(2.0), None, None, None, None, Some(7.0)];
        let value = fixed(vec![("total_handled", total)]);
        let unknown = |_: &str| false;
        let g = placements(&[3.0, 3.0]);
        let p = placements(&[2.0, 2.0]);
        let u = placements(&[2.0, 2.0]);
        let ways = [
            Ways {
                key: "granted",
                readings: &g,
            },
            Ways {
                key: "partial",
                readings: &p,
            },
            Ways {
                key: "unable_not_held",
                readings: &u,
            },
        ];
        let told = tell(
            &ways,
            &OUTCOME,
            &Known {
                value: &value,
                unknown: &unknown,
            },
        )
        .expect("told");
        // 3 + 2 = 5 in 自然人 leaves 2 for 商业企业: granted's 3 in 自然人.
        assert_eq!(told.feasible[0].iter().filter(|x| **x).count(), 1);
        assert!(told.feasible[0][0]);
        // partial and unable: one of them 自然人, the other 商业企业.
        assert_eq!(told.feasible[1].iter().filter(|x| **x).count(), 2);
        assert_eq!(told.usable & 0x7f, 0b100_0011);
    }

    #[test]
    fn a_column_no_choice_sums_right_is_left_for_the_validator() {
        // 自然人 printed 6 where the rows make 5: A2 in 自然人 is a flaw,
        // and the other columns still decide.
        let total = [Some(6.0), Some(2.0), None, None, None, None, Some(7.0)];
        let value = fixed(vec![
            ("total_handled", total),
            (
                "unable_not_held",
                [Some(2.0), None, None, None, None, None, Some(2.0)],
            ),
        ]);
        let unknown = |_: &str| false;
        let g = placements(&[3.0, 3.0]);
        let p = placements(&[2.0, 2.0]);
        let ways = [
            Ways {
                key: "granted",
                readings: &g,
            },
            Ways {
                key: "partial",
                readings: &p,
            },
        ];
        let told = tell(
            &ways,
            &OUTCOME,
            &Known {
                value: &value,
                unknown: &unknown,
            },
        )
        .expect("told");
        assert_eq!(told.usable & 1, 0, "自然人 is no choice's");
        // 商业企业 2 = partial's 2 (granted's 3 is past it): partial is
        // decided; granted's 3 may be in any column but 商业企业.
        assert_eq!(told.feasible[1].iter().filter(|x| **x).count(), 1);
        assert!(told.feasible[1][1]);
        assert_eq!(told.feasible[0], [true, false, true, true, true, true]);
    }

    #[test]
    fn a_zero_anywhere_sums_the_same_and_stays_undecided() {
        let total = [Some(3.0), None, None, None, None, None, Some(3.0)];
        let value = fixed(vec![("total_handled", total)]);
        let unknown = |_: &str| false;
        let g = placements(&[3.0, 3.0]);
        let z = placements(&[0.0, 0.0]);
        let ways = [
            Ways {
                key: "granted",
                readings: &g,
            },
            Ways {
                key: "partial",
                readings: &z,
            },
        ];
        let told = tell(
            &ways,
            &OUTCOME,
            &Known {
                value: &value,
                unknown: &unknown,
            },
        )
        .expect("told");
        assert_eq!(told.feasible[0], [true, false, false, false, false, false]);
        assert!(told.feasible[1].iter().all(|x| *x));
    }

    #[test]
    fn an_unread_row_lets_no_identity_decide() {
        let total = [Some(3.0), None, None, None, None, None, Some(3.0)];
        let value = fixed(vec![("total_handled", total)]);
        let unknown = |k: &str| k == "unable_not_held";
        let g = placements(&[3.0, 3.0]);
        let ways = [Ways {
            key: "granted",
            readings: &g,
        }];
        assert_eq!(
            tell(
                &ways,
                &OUTCOME,
                &Known {
                    value: &value,
                    unknown: &unknown
                }
            ),
            None
        );
    }

    #[test]
    fn the_balance_rows_read_several_ways_are_told_apart_by_both_identities() {
        // 一 `3 1 4`, 二 `1 1`, （七） `4 1 5`, 四 `0 0`, each printed
        // without its blanks (15 × 6 × 15 × 6 combinations); the one
        // outcome row was read whole: np 4, 商业企业 1.
        let granted = [Some(4.0), Some(1.0), None, None, None, None, Some(5.0)];
        let value = fixed(vec![("granted", granted)]);
        let unknown = |_: &str| false;
        let new = placements(&[3.0, 1.0, 4.0]);
        let over = placements(&[1.0, 1.0]);
        let handled = placements(&[4.0, 1.0, 5.0]);
        let forward = placements(&[0.0, 0.0]);
        let ways = [
            Ways {
                key: "new_received",
                readings: &new,
            },
            Ways {
                key: "carried_over",
                readings: &over,
            },
            Ways {
                key: "total_handled",
                readings: &handled,
            },
            Ways {
                key: "carried_forward",
                readings: &forward,
            },
        ];
        let told = tell(
            &ways,
            &OUTCOME,
            &Known {
                value: &value,
                unknown: &unknown,
            },
        )
        .expect("told");
        let only = |f: &[bool]| {
            f.iter()
                .enumerate()
                .filter(|(_, x)| **x)
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        };
        // The first placement of two: 自然人 and 商业企业.
        assert_eq!(only(&told.feasible[0]), [0]);
        assert_eq!(only(&told.feasible[1]), [0]);
        assert_eq!(only(&told.feasible[2]), [0]);
        assert!(told.feasible[3].iter().all(|x| *x));
    }

    #[test]
    fn values_past_any_count_are_left_alone() {
        let total = [Some(1e19), None, None, None, None, None, Some(1e19)];
        let value = fixed(vec![("total_handled", total)]);
        let unknown = |_: &str| false;
        let g = placements(&[1e19, 1e19]);
        let ways = [Ways {
            key: "granted",
            readings: &g,
        }];
        assert_eq!(
            tell(
                &ways,
                &OUTCOME,
                &Known {
                    value: &value,
                    unknown: &unknown
                }
            ),
            None
        );
    }

    #[test]
    fn many_rows_are_searched_by_their_sums_not_their_combinations() {
        // 24 outcome rows of six readings each (6^24 combinations): each
        // printed `1 1`; （七） has 自然人 24 and so every 1 is 自然人's.
        let keys: Vec<&'static str> = (0..24)
            .map(|i| &*Box::leak(format!("row{i}").into_boxed_str()))
            .collect();
        let total = [
            Some(24.0),
            Some(0.0),
            Some(0.0),
            Some(0.0),
            Some(0.0),
            Some(0.0),
            Some(24.0),
        ];
        let value = fixed(vec![("total_handled", total)]);
        let unknown = |_: &str| false;
        let one = placements(&[1.0, 1.0]);
        let ways: Vec<Ways<'_>> = keys
            .iter()
            .map(|k| Ways {
                key: k,
                readings: &one,
            })
            .collect();
        let told = tell(
            &ways,
            &keys,
            &Known {
                value: &value,
                unknown: &unknown,
            },
        )
        .expect("told");
        for f in &told.feasible {
            assert_eq!(f, &[true, false, false, false, false, false]);
        }
    }
}
