//! Fitting the values printed after a row's label to the row's columns,
//! when the layout did not keep one cell per column.
//!
//! What is known decides, in this order, and each value says how it was
//! placed ([`How`]):
//!
//! 1. as many values as columns: read in order;
//! 2. blank lines that stand for blank cells (one-cell-per-line text in
//!    which values follow line by line): read in place;
//! 3. the place of each number on its line, against the columns that the
//!    table's other rows show on the same page (PDF text whose blank cells
//!    left nothing): [`How::Position`];
//! 4. the template's identities: every way to place the printed values in
//!    the columns (blank cells anywhere), and, where cells ran together,
//!    every way to split runs of digits, is tried against the row's own
//!    identity (总计 = the sum of its parts). One reading: taken
//!    ([`How::Identity`], [`How::Split`]), and that identity is then not
//!    checked on it. Several: the cells they agree on are kept, the others
//!    left `null` ([`How::Ambiguous`]) and the readings reported. None: the
//!    row is left `null` and reported.
//!
//! Nothing here invents a value: every number placed is one the source
//! printed, and a cell is filled only when all fitting readings agree.

use super::rows::CellView;
use super::stream::Piece;
use crate::model::{Checks, How, Loc};
use crate::parse::value::{is_digit, lex, Lexed};

/// A printed value to place: its text and the cell it is in.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a, 'd> {
    pub cell: &'a CellView<'d>,
    pub text: &'d str,
}

/// What one column of a fitted row holds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Slot<'d> {
    /// The text read for the cell (`""` for a blank).
    pub text: &'d str,
    /// Where it came from (the row's place for a blank).
    pub at: Loc,
    /// How it was placed.
    pub how: How,
    /// The identities its placement relied on.
    pub relied: Checks,
}

impl<'d> Slot<'d> {
    /// A cell read as printed, in its place.
    pub fn read(cell: &CellView<'d>) -> Self {
        Slot {
            text: cell.text,
            at: cell.loc,
            how: How::Read,
            relied: Checks::default(),
        }
    }

    /// The value the slot reads as (a blank: `None`).
    pub fn value(&self) -> Option<f64> {
        crate::parse::value::number(self.text)
    }
}

impl Slot<'static> {
    /// A blank cell (`null`), placed as `how` says.
    pub fn blank(at: Loc, how: How) -> Self {
        Slot {
            text: "",
            at,
            how,
            relied: Checks::default(),
        }
    }

    /// A cell left `null` because no reading of its row settles it.
    pub fn unknown(at: Loc) -> Self {
        Slot::blank(at, How::Ambiguous)
    }
}

/// The identity a row's own cells obey: in each group `(start, len)` of
/// columns the last is the sum of the others (section 三: one group of 7;
/// section 四: three of 5; section 二: none).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RowCheck {
    pub groups: &'static [(usize, usize)],
    pub checks: Checks,
    /// The columns (bits) that hold a change, where a number may carry a
    /// `+` sign; a `+` in any other column is not a reading of the row.
    pub signed: u32,
    /// The table prints each group's 总计 wherever its parts are printed,
    /// as its other rows show ([`totals_shown`]): a reading that leaves a
    /// 总计 blank beside printed parts is not this table's.
    pub totals_printed: bool,
}

impl RowCheck {
    /// A row of section 三: its seven columns, 总计 the sum of the others.
    pub const REQUEST_ROW: RowCheck = RowCheck {
        groups: &[(0, 7)],
        checks: Checks::ROW_TOTAL,
        signed: 0,
        totals_printed: false,
    };

    /// Section 四's row: three groups of five, each 总计 the sum of its
    /// other four.
    pub const REVIEW_ROW: RowCheck = RowCheck {
        groups: &[(0, 5), (5, 5), (10, 5)],
        checks: Checks::REVIEW_TOTAL,
        signed: 0,
        totals_printed: false,
    };

    /// The columns its groups span.
    pub fn width(&self) -> usize {
        self.groups
            .iter()
            .map(|&(s, len)| s + len)
            .max()
            .unwrap_or(0)
    }

    /// No identity (section 二).
    pub const NONE: RowCheck = RowCheck {
        groups: &[],
        checks: Checks(0),
        signed: 0,
        totals_printed: false,
    };

    /// Whether `text` cannot stand in column `j`: a `+` outside a change
    /// column.
    pub fn misplaced(&self, j: usize, text: &str) -> bool {
        text.trim().starts_with('+') && (j >= 32 || self.signed & (1 << j) == 0)
    }

    /// Whether a reading satisfies the identity, by the validator's own
    /// rules: blanks count 0, a blank total or all-blank addends skip it.
    pub fn holds(&self, v: &[Option<f64>]) -> bool {
        self.groups
            .iter()
            .all(|&(s, len)| RowCheck::group_holds(&v[s..s + len]))
    }

    /// [`RowCheck::holds`] for one group's cells, its total last.
    pub fn group_holds(v: &[Option<f64>]) -> bool {
        let Some((&total, parts)) = v.split_last() else {
            return true;
        };
        match total {
            None => true,
            Some(_) if parts.iter().all(Option::is_none) => true,
            Some(t) => (parts.iter().flatten().sum::<f64>() - t).abs() < 1e-6,
        }
    }

    /// Whether a reading passes [`RowCheck::holds`] only because a
    /// group's total is blank while a part is filled: the identity then
    /// checks nothing, and nothing confirms the reading. `filled(j)`: the
    /// reading has a value in column `j`.
    pub fn blind(&self, filled: impl Fn(usize) -> bool) -> bool {
        self.groups
            .iter()
            .any(|&(s, len)| !filled(s + len - 1) && (s..s + len - 1).any(&filled))
    }
}

/// How a row came out.
#[derive(Debug, Clone)]
pub(crate) enum Fitted<'d> {
    /// Every column placed (some maybe [`How::Ambiguous`]); `readings`
    /// lists the fitting readings when there were several.
    Row {
        slots: Vec<Slot<'d>>,
        readings: Vec<String>,
        split: bool,
        /// Every fitting reading in full, when there were several (and
        /// at most [`MAX_ALTS`]): a later step may tell them apart by the
        /// identities between rows, and the checks may find an identity
        /// broken under every one.
        alts: Vec<Vec<Slot<'d>>>,
    },
    /// No reading fits: the row's values are not known. `full`: in section
    /// 四, when the only readings that fit leave a group's 总计 blank while
    /// its results are filled, the readings that fill every cell (none of
    /// which fits): under each of them the row breaks its identity, which
    /// the checks may then report.
    NoReading {
        split: bool,
        full: Vec<Vec<Slot<'d>>>,
    },
    /// More values than columns.
    TooMany(usize),
}

impl Fitted<'_> {
    /// No reading, and nothing more to say of it: not split from runs of
    /// digits, no full readings for the checks.
    pub(crate) fn unread() -> Self {
        Fitted::NoReading {
            split: false,
            full: Vec::new(),
        }
    }
}

/// The columns of the values on each page, found from where the numbers
/// of the section's rows stand: for each column, the span of places its
/// numbers take on lines that print a number in every column (a PDF
/// exporter pushes the first number of a line about after a long label;
/// the others stay put); failing such lines, the groups all the page's
/// numbers fall into.
#[derive(Debug, Default, Clone)]
pub(crate) struct Anchors {
    /// Per page: whether places are in display columns (else characters),
    /// and each column's span of places (half characters).
    pages: Vec<PageColumns>,
    /// Per page whose columns only its header gave: the same header's
    /// columns counted the other way (display columns for characters, or
    /// the reverse). A header of CJK words over a row of ASCII digits does
    /// not say whether its text was laid out by characters (as
    /// `pdftotext -layout` does) or by display width (as an editor shows
    /// it); where the two place a row's values differently, the row's
    /// identity chooses ([`fit_row`]).
    other: Vec<PageColumns>,
    /// Whether some page's last column was cut off its right edge
    /// ([`last_cut_off`]): no value of it was printed.
    cut_off: bool,
}

/// A span of places on a line, in half characters: `(from, to)`.
type Span = (u32, u32);

/// One page's columns: the page, whether places are display columns (else
/// characters), and each column's span.
type PageColumns = (u32, bool, Vec<Span>);

/// The places of the values on one line: page, line, each value's place.
type LinePlaces = (u32, u32, Vec<Span>);

impl Anchors {
    /// The `n` columns of each page's values; on a page whose values show
    /// no columns (no line prints them all, and the places do not fall
    /// into `n` groups: a column left blank throughout), the columns its
    /// header names (`heads`, the columns' labels, three or more: on one
    /// line, or over lines, [`heads_over_lines`]), if it does; else the
    /// page before's, where its values stand as that page's did, or taken
    /// by rank where that page's were laid out anew ([`moved_columns`]).
    pub fn of(pieces: &[Piece<'_, '_>], n: usize, heads: &[&str]) -> Anchors {
        // Places by page and line.
        let mut lines: Vec<LinePlaces> = Vec::new();
        for p in pieces {
            if let Piece::Value { cell, text, .. } = p {
                if cell.pos.chars == 0 || text.trim().is_empty() {
                    continue;
                }
                let at = (cell.pos.chars, cell.pos.width);
                match lines.last_mut() {
                    Some((pg, line, v)) if *pg == cell.pos.page && *line == cell.loc.line => {
                        v.push(at)
                    }
                    _ => lines.push((cell.pos.page, cell.loc.line, vec![at])),
                }
            }
        }
        let mut pages: Vec<u32> = lines.iter().map(|l| l.0).collect();
        pages.dedup();
        let mut out = Anchors::default();
        for page in pages {
            let on: Vec<&Vec<(u32, u32)>> =
                lines.iter().filter(|l| l.0 == page).map(|l| &l.2).collect();
            let best = [false, true]
                .into_iter()
                .filter_map(|wide| {
                    let x = |&(c, w): &(u32, u32)| if wide { w } else { c };
                    let full: Vec<Vec<u32>> = on
                        .iter()
                        .filter(|v| v.len() == n)
                        .map(|v| v.iter().map(x).collect())
                        .collect();
                    let spans = if full.is_empty() {
                        let all: Vec<u32> = on.iter().flat_map(|v| v.iter().map(x)).collect();
                        cluster(&all, n, CLEAR)?
                    } else {
                        (0..n)
                            .map(|j| {
                                let col = full.iter().map(|v| v[j]);
                                (col.clone().min().unwrap_or(0), col.max().unwrap_or(0))
                            })
                            .collect()
                    };
                    // Columns must stand apart: each span ends before the
                    // next begins.
                    let apart = spans.windows(2).all(|w| w[0].1 < w[1].0);
                    let spread: u32 = spans.iter().map(|(a, b)| b - a).sum();
                    apart.then_some((wide, spans, spread))
                })
                .min_by_key(|(_, _, spread)| *spread);
            let best = best.map(|(wide, spans, _)| (wide, spans)).or_else(|| {
                let (chosen, other) = (heads.len() == n && n >= 3)
                    .then(|| {
                        header_columns(pieces, page, heads, &on).or_else(|| {
                            let cut = last_cut_off(pieces, page, heads, &on);
                            out.cut_off |= cut.is_some();
                            cut
                        })
                    })
                    .flatten()?;
                if let Some((wide, spans)) = other {
                    out.other.push((page, wide, spans));
                }
                Some(chosen)
            });
            // A page that shows no columns of its own (a table's last
            // rows over a page break, without its header): the page
            // before's, where the rows go on in its places, nine values in
            // ten or more where one stood on that page (a converter may
            // lay a page out anew, its columns elsewhere; a value in a
            // column blank before stands apart).
            let best = best.or_else(|| {
                let (_, wide, spans) = out.pages.last().filter(|(pg, ..)| pg + 1 == page)?;
                let x = |&(c, w): &(u32, u32)| if *wide { w } else { c };
                let before: Vec<u32> = lines
                    .iter()
                    .filter(|l| l.0 + 1 == page)
                    .flat_map(|l| l.2.iter().map(x))
                    .collect();
                let places = || on.iter().flat_map(|v| v.iter());
                let near = places()
                    .filter(|p| before.iter().any(|&b| b.abs_diff(x(p)) <= 2))
                    .count();
                let kept = near * 10 >= places().count() * 9;
                if kept {
                    return Some((*wide, spans.clone()));
                }
                let here: Vec<Vec<u32>> = on.iter().map(|v| v.iter().map(x).collect()).collect();
                Some((*wide, moved_columns(spans, &before, &here)?))
            });
            if let Some((wide, spans)) = best {
                out.pages.push((page, wide, spans));
            }
        }
        out
    }

    /// Whether some page's last column was cut off its right edge, header
    /// and values alike ([`last_cut_off`]).
    pub fn cut_off(&self) -> bool {
        self.cut_off
    }

    /// The column of each token: the one whose span (widened by a third
    /// of the gap to its neighbours) holds its place; `None` unless every
    /// token falls in exactly one column and they come in order.
    fn place(&self, toks: &[Tok<'_, '_>]) -> Option<Vec<usize>> {
        Self::place_on(&self.pages, toks)
    }

    /// [`Anchors::place`] by the header's columns counted the other way;
    /// `None` where there are none such.
    fn place_other(&self, toks: &[Tok<'_, '_>]) -> Option<Vec<usize>> {
        Self::place_on(&self.other, toks)
    }

    fn place_on(pages: &[PageColumns], toks: &[Tok<'_, '_>]) -> Option<Vec<usize>> {
        let mut cols = Vec::with_capacity(toks.len());
        for t in toks {
            let pos = t.cell.pos;
            if pos.chars == 0 {
                return None;
            }
            let (_, wide, spans) = pages.iter().find(|(pg, ..)| *pg == pos.page)?;
            let x = i64::from(if *wide { pos.width } else { pos.chars });
            let gap = |k: usize| i64::from(spans[k + 1].0) - i64::from(spans[k].1);
            let mut hit = None;
            for (j, &(lo, hi)) in spans.iter().enumerate() {
                let left = if j == 0 { gap(0) } else { gap(j - 1) } / 3;
                let right = if j + 1 == spans.len() {
                    gap(j - 1)
                } else {
                    gap(j)
                } / 3;
                if x >= i64::from(lo) - left && x <= i64::from(hi) + right {
                    if hit.is_some() {
                        return None;
                    }
                    hit = Some(j);
                }
            }
            let j = hit?;
            if cols.last().is_some_and(|&l| l >= j) {
                return None;
            }
            cols.push(j);
        }
        Some(cols)
    }
}

/// A page's columns where the page before's were laid out anew (its
/// values elsewhere on the line) and some columns were blank throughout
/// there: every line here (`here`, the places of its values) prints as
/// many values as the page before filled columns (`spans`, where its
/// values `before` stood), two lines or more, and the values of each rank
/// stand apart from the next rank's; each rank is then taken for its
/// filled column, in order, and each blank column is a place of no width
/// between the ranks beside it. `None` unless the blank columns all stand
/// between filled ones.
fn moved_columns(spans: &[Span], before: &[u32], here: &[Vec<u32>]) -> Option<Vec<Span>> {
    let filled: Vec<bool> = spans
        .iter()
        .map(|&(lo, hi)| before.iter().any(|x| (lo..=hi).contains(x)))
        .collect();
    let m = filled.iter().filter(|&&f| f).count();
    if m == spans.len() || m < 2 || !filled[0] || !filled[spans.len() - 1] {
        return None;
    }
    if here.len() < 2 || here.iter().any(|v| v.len() != m) {
        return None;
    }
    let groups: Vec<Span> = (0..m)
        .map(|r| {
            let col = here.iter().map(|v| v[r]);
            (col.clone().min().unwrap_or(0), col.max().unwrap_or(0))
        })
        .collect();
    if !groups.windows(2).all(|w| w[0].1 < w[1].0) {
        return None;
    }
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut next = 0;
    let mut j = 0;
    while j < spans.len() {
        if filled[j] {
            out.push(*groups.get(next)?);
            next += 1;
            j += 1;
            continue;
        }
        let run = filled[j..].iter().take_while(|&&f| !f).count();
        let from = out.last()?.1;
        let to = groups.get(next)?.0;
        let step = to.checked_sub(from)? / (run as u32 + 1);
        if step == 0 {
            return None;
        }
        out.extend((1..=run as u32).map(|i| (from + step * i, from + step * i)));
        j += run;
    }
    Some(out)
}

/// The places of the headers `heads` where no one line names them all:
/// headers printed over lines, each wrapped (`商业` / `企业`) and some on
/// the line above the others (`自然人 … 总计` over `商业 科研 …`). Each
/// head's place is that of the first cell before the page's first value
/// whose text is the head or its start (two characters or more); `None`
/// unless every head is found.
fn heads_over_lines(
    pieces: &[Piece<'_, '_>],
    page: u32,
    heads: &[&str],
) -> Option<Vec<(u32, u32)>> {
    let mut at: Vec<Option<(u32, u32)>> = vec![None; heads.len()];
    // Whether the nearest text below `cell` (within five lines: a header
    // whose rows' lines interleave), at its place (within a character,
    // counted by characters or by display columns, as either lays text
    // out), starts with `next`: a name printed one character a line.
    let stacked = |cell: &CellView<'_>, next: char| {
        let below = pieces
            .iter()
            .filter_map(|q| match q {
                Piece::Text { cell: b, .. }
                    if (cell.loc.line + 1..=cell.loc.line + 5).contains(&b.loc.line)
                        && b.pos.page == cell.pos.page
                        && (b.pos.chars.abs_diff(cell.pos.chars) <= 2
                            || b.pos.width.abs_diff(cell.pos.width) <= 4) =>
                {
                    Some(b)
                }
                _ => None,
            })
            .min_by_key(|b| b.loc.line);
        below.is_some_and(|b| b.norm().trim_start().starts_with(next))
    };
    // Or beside it, the next cell of its line (`其　他`, a full-width space
    // between, read as two cells), among cells that are no single
    // characters (not a word spaced out letter by letter, `法 人 或 其 他
    // 组 织`, whose `其` has `他` next).
    let one_char_on = |j: Option<usize>, line: u32| {
        matches!(j.and_then(|j| pieces.get(j)), Some(Piece::Text { cell: c, .. })
            if c.loc.line == line && c.norm().trim().chars().count() == 1)
    };
    let beside = |i: usize, next: char| {
        matches!((pieces.get(i), pieces.get(i + 1)), (Some(Piece::Text { cell: a, .. }), Some(Piece::Text { cell: b, .. }))
            if a.loc.line == b.loc.line
                && b.norm().trim() == next.to_string()
                && !one_char_on(i.checked_sub(1), a.loc.line)
                && !one_char_on(Some(i + 2), a.loc.line))
    };
    for (i, p) in pieces.iter().enumerate() {
        let cell = match p {
            Piece::Value { cell, text, .. } if cell.pos.page == page && !text.trim().is_empty() => {
                break;
            }
            Piece::Text { cell, .. } => cell,
            _ => continue,
        };
        if cell.pos.chars == 0 || cell.pos.page != page {
            continue;
        }
        let whole: String = cell.norm().chars().filter(|c| !c.is_whitespace()).collect();
        // Two characters or more; or one where a head was printed one
        // character a line (`其` over `他`, w3m's `自` over `然` over `人`):
        // the first of exactly one head's, none found yet, its second
        // right below or next on the line.
        let starts = |k: usize| at[k].is_none() && heads[k].starts_with(&whole);
        let one = whole.chars().count() == 1
            && (0..heads.len()).filter(|&k| starts(k)).count() == 1
            && (0..heads.len())
                .find(|&k| starts(k))
                .and_then(|k| heads[k].chars().nth(1))
                .is_some_and(|next| stacked(cell, next) || beside(i, next));
        if whole.chars().count() >= 2 || one {
            if let Some(k) = (0..heads.len()).find(|&k| starts(k)) {
                at[k] = Some((cell.pos.chars, cell.pos.width));
                continue;
            }
        }
        // Heads a single space apart, read as one cell (`社会公 法律服`),
        // among other words too: a wrapped head's tail before them (`人
        // 商业企 科研机`), a caption's words (`等于第三 自然`).
        let Some(k) = at.iter().position(Option::is_none) else {
            break;
        };
        for (j, _, place) in heads_among(&whole, heads, k, cell.pos, true) {
            at[j].get_or_insert(place);
        }
    }
    at.into_iter().collect()
}

/// The places of `words`, all of a cell at `pos` joined into one text,
/// taking them to have stood a single space apart (as a converter that
/// joins a cell's words drops those spaces): each word's centre in half
/// characters and half display columns, plus one. Empty when the cell's
/// place cannot hold them.
fn spaced_places(words: &[&str], pos: crate::parse::Pos) -> Vec<(u32, u32)> {
    use crate::parse::text::display_width as width;
    let k = words.len() as u32;
    let len: u32 = words.iter().map(|p| p.chars().count() as u32).sum::<u32>() + k - 1;
    let wid: u32 = words.iter().map(|p| width(p)).sum::<u32>() + k - 1;
    let (Some(c0), Some(w0)) = (pos.chars.checked_sub(len), pos.width.checked_sub(wid)) else {
        return Vec::new();
    };
    let (mut a, mut aw) = (0u32, 0u32);
    words
        .iter()
        .map(|p| {
            let (n, w) = (p.chars().count() as u32, width(p));
            let at = (c0 + 2 * a + n, w0 + 2 * aw + w);
            a += n + 1;
            aw += w + 1;
            at
        })
        .collect()
}

/// Heads of `heads` from the `k`th on, in order, inside a cell's text
/// joined from words a single space apart (`text`, its place `pos`;
/// `结果结果其他尚未总计`, headers a single space apart read as one
/// cell): each the start of its head, two characters or more, or one
/// between two heads (`其` of 其他 before 总计), two heads or more that
/// make the whole text. With `others`, also after other words (`人` of a
/// wrapped 自然人, `等于第三`) or before them, not both, and one head
/// alone after other words, whole to the cell's end (`等于第三 自然`).
/// Each head found with its text and place ([`spaced_places`]); the
/// fewest other words first; empty when none fits.
fn heads_among<'t>(
    text: &'t str,
    heads: &[&str],
    k: usize,
    pos: crate::parse::Pos,
    others: bool,
) -> Vec<(usize, &'t str, (u32, u32))> {
    let starts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    // The length of the start `rest` shares with `head`.
    let common = |rest: &str, head: &str| -> usize {
        rest.chars()
            .zip(head.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum()
    };
    let froms = if others {
        &starts[..starts.len() - 1]
    } else {
        &starts[..1]
    };
    for &from in froms {
        let mut cut: Vec<(usize, &str)> = Vec::new();
        let mut at = from;
        let mut j = k;
        while at < text.len() && j < heads.len() {
            let rest = &text[at..];
            let n = common(rest, heads[j]);
            let one = n > 0 && rest[..n].chars().count() == 1;
            // One character: a head between two others.
            let between = one
                && j > 0
                && heads
                    .get(j + 1)
                    .is_some_and(|next| common(&rest[n..], next) > 0);
            if n == 0 || (one && !between) {
                break;
            }
            cut.push((j, &rest[..n]));
            at += n;
            j += 1;
        }
        let (lead, trail) = (from > 0, at < text.len());
        let fits = match cut.len() {
            0 => false,
            1 => lead && !trail && cut[0].1.chars().count() >= 2,
            _ if !others => !trail,
            _ => !(lead && trail),
        };
        if !fits {
            continue;
        }
        let mut words: Vec<&str> = Vec::with_capacity(cut.len() + 2);
        if lead {
            words.push(&text[..from]);
        }
        words.extend(cut.iter().map(|c| c.1));
        if trail {
            words.push(&text[at..]);
        }
        let places = spaced_places(&words, pos);
        if places.is_empty() {
            return Vec::new();
        }
        let skip = usize::from(lead);
        return cut
            .iter()
            .zip(&places[skip..])
            .map(|(&(j, t), &p)| (j, t, p))
            .collect();
    }
    Vec::new()
}

/// Where a table's header names each of `heads` on `page`: a text cell
/// for each in order on one line (its label, or the head of it a narrow
/// cell prints: `商业` of `商业企业`), else over lines
/// ([`heads_over_lines`]); `None` unless every head is found.
fn header_places(pieces: &[Piece<'_, '_>], page: u32, heads: &[&str]) -> Option<Vec<(u32, u32)>> {
    let mut line: Option<u32> = None;
    let mut found: Vec<(u32, u32)> = Vec::new();
    let mut best: Option<Vec<(u32, u32)>> = None;
    for p in pieces {
        let Piece::Text { cell, .. } = p else {
            continue;
        };
        if cell.pos.chars == 0 || cell.pos.page != page {
            continue;
        }
        if line != Some(cell.loc.line) {
            line = Some(cell.loc.line);
            found.clear();
        }
        // The cell names the next column, or (headers a single space apart
        // sharing a cell) its words name the next ones.
        let whole: String = cell.norm().chars().filter(|c| !c.is_whitespace()).collect();
        let names = |t: &str, k: usize| {
            heads
                .get(k)
                .is_some_and(|h| t.chars().count() >= 2 && h.starts_with(t))
        };
        let places: Vec<(u32, u32)> = if names(&whole, found.len()) {
            vec![(cell.pos.chars, cell.pos.width)]
        } else {
            heads_among(&whole, heads, found.len(), cell.pos, false)
                .into_iter()
                .map(|(_, _, at)| at)
                .collect()
        };
        for at in places {
            if found.len() == heads.len() {
                break;
            }
            found.push(at);
            if found.len() == heads.len() {
                best = Some(found.clone());
            }
        }
    }
    best.or_else(|| heads_over_lines(pieces, page, heads))
}

/// The columns a table's header names on one line of `page`: a text cell
/// for each of `heads` in order (its label, or the head of it a narrow
/// cell prints: `商业` of `商业企业`), each column running to halfway to its
/// neighbours. In characters or display columns, whichever puts the
/// page's values (`values`, by line) nearer the headers' centres.
fn header_columns(
    pieces: &[Piece<'_, '_>],
    page: u32,
    heads: &[&str],
    values: &[&Vec<(u32, u32)>],
) -> Option<HeaderColumns> {
    let centres = header_places(pieces, page, heads)?;
    // A place in characters or in display columns.
    let x = |&(c, w): &(u32, u32), wide: bool| if wide { w } else { c };
    let spans = |wide: bool| -> Vec<Span> {
        let c: Vec<u32> = centres.iter().map(|p| x(p, wide)).collect();
        (0..c.len())
            .map(|j| {
                let lo = if j == 0 {
                    c[0].saturating_sub((c[1] - c[0]) / 2)
                } else {
                    (c[j - 1] + c[j]) / 2 + 1
                };
                let hi = if j + 1 == c.len() {
                    c[j] + (c[j] - c[j - 1]) / 2
                } else {
                    (c[j] + c[j + 1]) / 2
                };
                (lo, hi)
            })
            .collect()
    };
    let ordered = |wide: bool| centres.windows(2).all(|w| x(&w[0], wide) < x(&w[1], wide));
    let places = || values.iter().flat_map(|v| v.iter());
    // Distance of every value to the nearest header centre.
    let miss = |wide: bool| -> u64 {
        places()
            .map(|p| {
                let at = x(p, wide);
                centres
                    .iter()
                    .map(|c| u64::from(at.abs_diff(x(c, wide))))
                    .min()
                    .unwrap_or(0)
            })
            .sum()
    };
    // Whether every value falls within a column.
    let fits = |wide: bool| {
        let sp = spans(wide);
        places().all(|p| sp.iter().any(|&(lo, hi)| (lo..=hi).contains(&x(p, wide))))
    };
    let chosen = [false, true]
        .into_iter()
        .filter(|&w| ordered(w))
        .min_by_key(|&w| (!fits(w), miss(w)))?;
    let other = (ordered(!chosen) && fits(!chosen)).then(|| (!chosen, spans(!chosen)));
    Some(((chosen, spans(chosen)), other))
}

/// The columns of a table whose last column (its 总计) was cut off the
/// page's right edge, header and values alike (a wide table printed to a
/// narrower page): its header names every column but the last, and no
/// text of it stands beyond the last named one; no line prints more
/// values than that, the values fall into as many clear groups, each
/// nearest its own column's name, and none stands beyond the last named
/// column (its place and half the step from the column before: a value
/// of a last column that was printed would stand a whole step on). A
/// column blank throughout with its name unread is no such table: its
/// values' groups stand under the next names, or its last group adds up
/// the others in every row. The groups are the named
/// columns; the last column is a place of no width beyond them, where no
/// value stands. In characters or display columns, whichever groups the
/// values tighter.
fn last_cut_off(
    pieces: &[Piece<'_, '_>],
    page: u32,
    heads: &[&str],
    values: &[&Vec<(u32, u32)>],
) -> Option<HeaderColumns> {
    let (_, named) = heads.split_last()?;
    if named.len() < 3 || values.iter().any(|v| v.len() > named.len()) {
        return None;
    }
    // Rows whose last value is the sum of the others (in every row that
    // prints parts above zero, two or more): that last group is the
    // 总计, printed, and another column was blank throughout.
    let mut rows: Vec<(u32, Vec<f64>)> = Vec::new();
    for p in pieces {
        if let Piece::Value { cell, text, .. } = p {
            let Some(v) = crate::parse::value::number(text) else {
                continue;
            };
            match rows.last_mut() {
                Some((line, vs)) if *line == cell.loc.line => vs.push(v),
                _ => rows.push((cell.loc.line, vec![v])),
            }
        }
    }
    let summed: Vec<bool> = rows
        .iter()
        .filter(|(_, v)| v.len() == named.len())
        .filter_map(|(_, v)| {
            let (last, parts) = v.split_last()?;
            let sum: f64 = parts.iter().sum();
            (sum > 0.0).then_some((sum - last).abs() < 1e-9)
        })
        .collect();
    if summed.len() >= 2 && summed.iter().all(|&s| s) {
        return None;
    }
    let centres = header_places(pieces, page, named)?;
    let best = [false, true]
        .into_iter()
        .filter_map(|wide| {
            let x = |&(c, w): &(u32, u32)| if wide { w } else { c };
            let [.., before, last] = centres.as_slice() else {
                return None;
            };
            let step = x(last).checked_sub(x(before))?;
            let edge = x(last) + step / 2;
            let all: Vec<u32> = values.iter().flat_map(|v| v.iter().map(x)).collect();
            if all.iter().any(|&p| p > edge) {
                return None;
            }
            // Nothing of the header stands beyond the last named column
            // (a 总计 whose name was not found: `总计（件）`).
            let first_value = pieces
                .iter()
                .position(|p| matches!(p, Piece::Value { cell, .. } if cell.pos.page == page))?;
            let beyond_header = pieces[..first_value].iter().any(|p| {
                matches!(p, Piece::Text { cell, text, .. }
                    if cell.pos.page == page
                        && cell.pos.chars > 0
                        && !text.trim().is_empty()
                        && x(&(cell.pos.chars, cell.pos.width)) > x(last))
            });
            if beyond_header {
                return None;
            }
            let mut spans = cluster(&all, named.len(), CLEAR_UNDER_HEADER)?;
            if !spans.windows(2).all(|w| w[0].1 < w[1].0) {
                return None;
            }
            // Each group of values stands nearest its own column's name:
            // a column blank throughout would put a group under the next.
            let nearest = |v: u32| (0..centres.len()).min_by_key(|&k| x(&centres[k]).abs_diff(v));
            if spans
                .iter()
                .enumerate()
                .any(|(j, &(lo, hi))| nearest((lo + hi) / 2) != Some(j))
            {
                return None;
            }
            let spread: u32 = spans.iter().map(|(a, b)| b - a).sum();
            // Each column runs to halfway to its neighbours (a wider
            // number starts further left), the first as far left.
            let halves: Vec<u32> = spans.windows(2).map(|w| (w[1].0 - w[0].1) / 2).collect();
            for j in 0..spans.len() {
                let left = halves[j.saturating_sub(1)];
                spans[j].0 = spans[j].0.saturating_sub(left);
                if let Some(&right) = halves.get(j) {
                    spans[j].1 += right;
                }
            }
            let beyond = edge + step.max(2);
            spans.push((beyond, beyond));
            Some((spread, wide, spans))
        })
        .min_by_key(|(spread, ..)| *spread)?;
    let (_, wide, spans) = best;
    Some(((wide, spans), None))
}

/// A header's columns ([`header_columns`]): counted the way that places
/// the page's values nearer its headers (in display columns or not, and
/// the spans), and counted the other way when the values fit that too.
type HeaderColumns = ((bool, Vec<Span>), Option<(bool, Vec<Span>)>);

/// How clear value groups must be to count as a page's columns with no
/// header to go by: the narrowest gap between groups, in tenths of the
/// widest group (plus two), at least this.
const CLEAR: u32 = 25;

/// How clear they must be where a header names the columns and places
/// the last beyond them ([`last_cut_off`]): the narrowest gap wider than
/// the widest group (text laid out by characters drifts a little from
/// line to line).
const CLEAR_UNDER_HEADER: u32 = 10;

/// Groups sorted positions into `n` clusters at the `n - 1` widest gaps;
/// each cluster's span. `None` when the positions do not fall into `n`
/// groups clear by `clear` ([`CLEAR`]), each seen at least twice.
fn cluster(xs: &[u32], n: usize, clear: u32) -> Option<Vec<(u32, u32)>> {
    let mut v = xs.to_vec();
    v.sort_unstable();
    v.dedup();
    if v.len() < n || n < 2 {
        return None;
    }
    let mut gaps: Vec<(u32, usize)> = v
        .windows(2)
        .enumerate()
        .map(|(i, w)| (w[1] - w[0], i))
        .collect();
    gaps.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let cut_min = gaps[n - 2].0;
    if gaps.get(n - 1).is_some_and(|g| g.0 == cut_min) {
        return None; // two equally good cuts: not clear
    }
    let mut cuts: Vec<usize> = gaps[..n - 1].iter().map(|g| g.1).collect();
    cuts.sort_unstable();
    let mut spans = Vec::with_capacity(n);
    let mut spread = 0;
    let mut start = 0;
    for &c in cuts.iter().chain(std::iter::once(&(v.len() - 1))) {
        let (lo, hi) = (v[start], v[c]);
        spread = spread.max(hi - lo);
        spans.push((lo, hi));
        start = c + 1;
    }
    let mut counts = vec![0usize; n];
    for &x in xs {
        let j = cuts.iter().take_while(|&&c| x > v[c]).count();
        counts[j] += 1;
    }
    if counts.iter().any(|&c| c < 2) {
        return None;
    }
    (cut_min * 10 / (spread + 2) >= clear).then_some(spans)
}

/// The number a printed text stands for (`None` for a blank or dash);
/// `Err` for text that is not a number.
fn number(t: &str) -> Result<Option<f64>, ()> {
    match lex(t) {
        Lexed::Blank | Lexed::Dash => Ok(None),
        Lexed::Number { value, .. } => Ok(Some(value.to_f64())),
        Lexed::Text => Err(()),
    }
}

/// The ways to read a run of digits as `parts` numbers: cut anywhere
/// between digits, never before a sign's digits, no number with a leading
/// zero (`03` is `0` and `3`). A run with a decimal point is never cut
/// inside its number; a signed run ending in a number grouped by
/// thousands (`+11,532`) only before its first separator ([`grouped`]).
fn cuts(t: &str, max_parts: usize) -> Vec<Vec<&str>> {
    // Groups: a sign starts a new number.
    let mut groups: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, c) in t.char_indices() {
        if i > 0 && matches!(c, '+' | '-' | '－') {
            groups.push(&t[start..i]);
            start = i;
        }
    }
    groups.push(&t[start..]);
    let mut out: Vec<Vec<&str>> = vec![Vec::new()];
    for g in groups {
        let sign = g.chars().next().filter(|c| matches!(c, '+' | '-' | '－'));
        let body = sign.map_or(g, |s| &g[s.len_utf8()..]);
        let atomic = !body.chars().all(is_digit) || body.is_empty();
        let mut ways: Vec<Vec<&str>> = Vec::new();
        if let Some(comma) = grouped(body).filter(|_| sign.is_some()) {
            // Digits run into a number grouped by thousands (`+11,532`):
            // cut only before the first separator, its number keeping
            // one to three digits there (`+1` and `1,532`, or `+11,532`).
            let lead = g.len() - body.len();
            let head = &g[..lead + comma];
            let mut heads = Vec::new();
            compositions(head, lead, max_parts, &mut Vec::new(), &mut heads);
            for mut w in heads {
                let Some(last) = w.pop() else { continue };
                let from = last.as_ptr() as usize - g.as_ptr() as usize;
                let digits = g[from..lead + comma].trim_start_matches(['+', '-', '－']);
                if (1..=3).contains(&digits.chars().count()) && !digits.starts_with(['0', '０']) {
                    w.push(&g[from..]);
                    ways.push(w);
                }
            }
        } else if atomic {
            ways.push(vec![g]);
        } else {
            let lead = g.len() - body.len();
            compositions(g, lead, max_parts, &mut Vec::new(), &mut ways);
        }
        let mut next = Vec::new();
        for prefix in &out {
            for w in &ways {
                if prefix.len() + w.len() <= max_parts {
                    let mut v = prefix.clone();
                    v.extend(w.iter().copied());
                    next.push(v);
                }
            }
        }
        out = next;
        if out.len() > 20_000 {
            break;
        }
    }
    out
}

/// Where the first separator of a number grouped by thousands stands
/// (`11,532`: 2), when `body` is one (digits, then one or more `,ddd`).
fn grouped(body: &str) -> Option<usize> {
    let comma = body.find(',')?;
    let (head, tail) = body.split_at(comma);
    let ok = !head.is_empty()
        && head.chars().all(|c| c.is_ascii_digit())
        && tail
            .split(',')
            .skip(1)
            .all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
    ok.then_some(comma)
}

/// Every cut of the digits of `g` after byte `from` (the sign stays with
/// the first number) into numbers without leading zeros.
fn compositions<'d>(
    g: &'d str,
    lead: usize,
    max_parts: usize,
    acc: &mut Vec<&'d str>,
    out: &mut Vec<Vec<&'d str>>,
) {
    let digits_from = lead;
    let start = acc.iter().map(|p| p.len()).sum::<usize>();
    if start == g.len() {
        out.push(acc.clone());
        return;
    }
    if acc.len() == max_parts || out.len() > 20_000 {
        return;
    }
    let first_digit = if start == 0 { digits_from } else { start };
    let Some(rest) = g.get(first_digit..) else {
        return;
    };
    // Cut after each digit (full-width digits are three bytes); a number
    // starting with a zero is that zero alone.
    let zero = rest.starts_with(['0', '０']);
    for (i, c) in rest.char_indices() {
        let end = first_digit + i + c.len_utf8();
        acc.push(&g[start..end]);
        compositions(g, lead, max_parts, acc, out);
        acc.pop();
        if zero {
            break;
        }
    }
}

/// A reading of a row as findings list it: its cells' texts in order,
/// `|` between them, `_` for a blank (`0|12|_|0`).
pub(crate) fn show_reading<S: AsRef<str>>(cells: impl IntoIterator<Item = Option<S>>) -> String {
    let mut out = String::new();
    for (j, c) in cells.into_iter().enumerate() {
        if j > 0 {
            out.push('|');
        }
        match c.as_ref().map(|t| t.as_ref().trim()) {
            Some(t) if !t.is_empty() => out.push_str(t),
            _ => out.push('_'),
        }
    }
    out
}

/// A row that printed more values than its `n` columns, in a section
/// that prints a merged cell once for each place it spans
/// ([`super::stream::Stream::repeats`]): a value cell merged over several
/// places (FORMAT.md: section 二's `上一年项目数量` over two places beside
/// `本年增/减` over one; a 2021 row's one count over three) then prints
/// its value as often, side by side. Each column is then a run of equal
/// neighbours. The values one a column, to read as printed
/// ([`fit_row`]), when every way of cutting the values into `n` such runs
/// gives the same values and they keep the row's identity; `None`
/// otherwise, and the row stays as many values as it printed.
pub(crate) fn unrepeat<'a, 'd>(
    toks: &[Tok<'a, 'd>],
    n: usize,
    check: RowCheck,
) -> Option<Vec<Tok<'a, 'd>>> {
    if toks.len() <= n || n == 0 {
        return None;
    }
    let values: Vec<f64> = toks
        .iter()
        .map(|t| number(t.text).ok().flatten())
        .collect::<Option<_>>()?;
    // The runs of equal values: the first token of each, and its length.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (k, v) in values.iter().enumerate() {
        match runs.last_mut() {
            Some((first, len)) if values[*first] == *v => *len += 1,
            _ => runs.push((k, 1)),
        }
    }
    // Each run is one column; the columns beyond that must all come from
    // one run printed more than once, or the cuts would differ.
    let mut times = vec![1; runs.len()];
    let extra = n.checked_sub(runs.len())?;
    if extra > 0 {
        let mut open = (0..runs.len()).filter(|&i| runs[i].1 > 1);
        let (Some(i), None) = (open.next(), open.next()) else {
            return None;
        };
        if runs[i].1 <= extra {
            return None;
        }
        times[i] += extra;
    }
    let kept: Vec<Tok<'a, 'd>> = runs
        .iter()
        .zip(times)
        .flat_map(|(&(first, _), t)| toks[first..first + t].iter().copied())
        .collect();
    let kept_values: Vec<Option<f64>> =
        kept.iter().map(|t| number(t.text).ok().flatten()).collect();
    check.holds(&kept_values).then_some(kept)
}

/// Fits `toks` (the values printed after a row's label, in order) to `n`
/// columns. `blanks[i]` is the number of blank cells known to stand
/// before token `i` (and `blanks[toks.len()]` after the last) when the
/// layout shows them; `None` when it does not. `split` allows runs of
/// digits to be cut (cells that ran together); `at` is the row's place,
/// for blank cells.
pub(crate) fn fit_row<'d>(
    toks: &[Tok<'_, 'd>],
    n: usize,
    blanks: Option<&[u32]>,
    anchors: &Anchors,
    check: RowCheck,
    split: bool,
    at: Loc,
) -> Fitted<'d> {
    let slot = |t: &Tok<'_, 'd>, how| Slot {
        text: t.text,
        at: t.cell.loc,
        how,
        relied: Checks::default(),
    };
    let blank = |how| Slot::blank(at, how);
    if toks.iter().any(|t| t.cell.floating) {
        return place_floating(toks, n, check, at);
    }
    let placed = toks
        .iter()
        .enumerate()
        .all(|(j, t)| !check.misplaced(j, t.text));
    if toks.len() == n && placed {
        return Fitted::Row {
            slots: toks.iter().map(|t| slot(t, How::Read)).collect(),
            readings: Vec::new(),
            split: false,
            alts: Vec::new(),
        };
    }
    if toks.len() > n && !split {
        return Fitted::TooMany(toks.len());
    }
    // The numbers' places on the line (digits glued to a label have the
    // label's place, not their own: no place to go by).
    let glued = toks.iter().any(|t| {
        !std::ptr::eq(t.text.as_ptr(), t.cell.text.as_ptr()) || t.text.len() != t.cell.text.len()
    });
    // Blank cells the layout shows; not after digits glued to their label
    // (`行政规范性文件6241`, then blank lines): the row's cells ran
    // together, and the blank lines after them are no cells of it.
    if let Some(b) = blanks.filter(|_| !glued) {
        let known: u32 = b.iter().sum();
        let inner: u32 = b[..toks.len()].iter().sum();
        let take = if toks.len() as u32 + inner == n as u32 {
            Some(inner)
        } else if toks.len() as u32 + known >= n as u32 && (toks.len() as u32 + inner) < n as u32 {
            Some(n as u32 - toks.len() as u32)
        } else {
            None
        };
        if let Some(total) = take.filter(|_| toks.len() < n) {
            let mut slots = Vec::with_capacity(n);
            let mut left = total;
            for (i, t) in toks.iter().enumerate() {
                for _ in 0..b[i].min(left) {
                    slots.push(blank(How::Position));
                    left -= 1;
                }
                slots.push(slot(t, How::Position));
            }
            while slots.len() < n {
                slots.push(blank(How::Position));
            }
            return Fitted::Row {
                slots,
                readings: Vec::new(),
                split: false,
                alts: Vec::new(),
            };
        }
    }
    // In text whose cells may have run together, a run of digits may be
    // several cells: where it starts says nothing of where it ends.
    let runs = split
        && toks.iter().any(|t| {
            let d = t.text.trim().trim_start_matches(['+', '-']);
            d.chars().nth(1).is_some() && d.chars().all(is_digit)
        });
    if toks.len() < n && !glued && !runs {
        if let Some(mut cols) = anchors.place(toks) {
            // The header counted the other way places the values where the
            // row's identity holds (and checks something), and this way
            // not: that way.
            let confirmed = |cols: &[usize]| {
                let mut v: Vec<Option<f64>> = vec![None; n];
                for (t, &c) in toks.iter().zip(cols) {
                    v[c] = crate::parse::value::number(t.text);
                }
                check.holds(&v) && !check.blind(|j| v[j].is_some()) && !check.groups.is_empty()
            };
            if !confirmed(&cols) {
                if let Some(other) = anchors.place_other(toks).filter(|o| confirmed(o)) {
                    cols = other;
                }
            }
            let mut slots: Vec<Slot<'d>> = (0..n).map(|_| blank(How::Position)).collect();
            for (t, &c) in toks.iter().zip(&cols) {
                slots[c] = slot(t, How::Position);
            }
            return Fitted::Row {
                slots,
                readings: Vec::new(),
                split: false,
                alts: Vec::new(),
            };
        }
    }
    // A number is never printed with a leading zero: `03` is cells run
    // together, whatever the rest of the section shows.
    let split = split || toks.iter().any(|t| leading_zero(t.text));
    search(toks, n, check, split, at)
}

/// Whether a value is digits that start with a zero (`00`, `03`): counts
/// that ran together, as no count is printed so.
pub(crate) fn leading_zero(text: &str) -> bool {
    let d = text.trim().trim_start_matches(['+', '-']);
    d.chars().nth(1).is_some() && d.starts_with(['0', '０']) && d.chars().all(is_digit)
}

/// Places a row's values when some float ([`super::wrapped`]): the
/// others keep their order, and each way to put the floating counts
/// among them (in their own order) is tried against the row's identity.
/// One fits: taken ([`How::Identity`], the identity not then checked on
/// it). Several: the cells they disagree on are `null` and the readings
/// listed. None, or not exactly `n` values: no reading.
fn place_floating<'d>(toks: &[Tok<'_, 'd>], n: usize, check: RowCheck, at: Loc) -> Fitted<'d> {
    let none = Fitted::unread;
    let (floats, fixed): (Vec<usize>, Vec<usize>) =
        (0..toks.len()).partition(|&k| toks[k].cell.floating);
    let k = floats.len();
    if fixed.len() + k != n || k == 0 {
        return none();
    }
    let value = |t: usize| crate::parse::value::number(toks[t].text);
    let mut fitting: Vec<Reading<'_, 'd>> = Vec::new();
    let mut cols: Vec<usize> = (0..k).collect();
    loop {
        let mut reading = Vec::with_capacity(n);
        let (mut f, mut x) = (0, 0);
        for j in 0..n {
            if f < k && cols[f] == j {
                reading.push(floats[f]);
                f += 1;
            } else {
                reading.push(fixed[x]);
                x += 1;
            }
        }
        let values: Vec<Option<f64>> = reading.iter().map(|&t| value(t)).collect();
        let signs = reading
            .iter()
            .enumerate()
            .all(|(j, &t)| !check.misplaced(j, toks[t].text));
        if signs && check.holds(&values) && !check.blind(|j| values[j].is_some()) {
            fitting.push(reading.iter().map(|&t| Some((t, toks[t].text))).collect());
        }
        if !next_choice(&mut cols, n) {
            if fitting.is_empty() {
                return none();
            }
            return conclude(toks, fitting, n, check, at);
        }
    }
}

/// Steps `cols` (ascending columns, a choice of `cols.len()` out of `n`)
/// to the next choice in order; false after the last.
fn next_choice(cols: &mut [usize], n: usize) -> bool {
    let k = cols.len();
    let mut i = k;
    loop {
        if i == 0 {
            return false;
        }
        i -= 1;
        if cols[i] < n - k + i {
            cols[i] += 1;
            for j in i + 1..k {
                cols[j] = cols[j - 1] + 1;
            }
            return true;
        }
    }
}

/// The most readings of an ambiguous row listed in its issue.
pub(crate) const MAX_READINGS: usize = 64;

/// The most readings of an ambiguous row kept in full ([`Fitted::Row`]'s
/// `alts`); a row with more keeps none.
pub(crate) const MAX_ALTS: usize = 1024;

/// One way of reading a row: per column, the token and the part of its
/// text (or a blank).
type Reading<'a, 'd> = Vec<Option<(usize, &'d str)>>;

/// Every reading of the tokens in `n` columns (blank cells anywhere,
/// runs of digits cut when `split`), kept when the row's identity holds.
fn search<'d>(toks: &[Tok<'_, 'd>], n: usize, check: RowCheck, split: bool, at: Loc) -> Fitted<'d> {
    const CAP: usize = 200_000;
    // Each token's ways to be read: whole, or cut into numbers.
    let ways: Vec<Vec<Vec<&'d str>>> = toks
        .iter()
        .map(|t| {
            let whole = vec![vec![t.text]];
            if !split {
                return whole;
            }
            let text = t.text.trim();
            let c = cuts(text, n);
            if c.is_empty() {
                whole
            } else {
                c
            }
        })
        .collect();
    let mut tried = 0usize;
    let mut fitting: Vec<Vec<Option<(usize, &'d str)>>> = Vec::new();
    let mut parts: Vec<(usize, &'d str)> = Vec::new();
    let mut overflow = false;
    // Readings of the digits at all, whether the identity holds or not.
    let mut candidates = 0usize;
    let mut only: Option<Reading<'_, 'd>> = None;
    // Section 四: the readings that fill every cell with a number, fitting
    // or not (kept only there, see below).
    let review = check.checks.has(Checks::REVIEW_TOTAL);
    let mut full: Vec<Reading<'_, 'd>> = Vec::new();
    let mut totalled_all: Vec<Reading<'_, 'd>> = Vec::new();
    // Whether a reading that fills every cell fits.
    let mut full_fits = false;
    enumerate_parts(&ways, 0, n, &mut parts, &mut |parts| {
        // Place the parts in order among n columns, blanks elsewhere.
        let m = parts.len();
        let mut cols: Vec<usize> = (0..m).collect();
        loop {
            tried += 1;
            if tried > CAP {
                overflow = true;
                return false;
            }
            let mut reading: Reading<'_, 'd> = vec![None; n];
            for (k, &c) in cols.iter().enumerate() {
                reading[c] = Some(parts[k]);
            }
            let values: Option<Vec<Option<f64>>> = reading
                .iter()
                .map(|r| match r {
                    None => Some(None),
                    Some((_, t)) => number(t).ok(),
                })
                .collect();
            let signs = reading
                .iter()
                .enumerate()
                .all(|(j, r)| r.is_none_or(|(_, t)| !check.misplaced(j, t)));
            if let Some(v) = values.filter(|_| signs) {
                candidates += 1;
                if candidates == 1 {
                    only = Some(reading.clone());
                }
                let filled = v.iter().all(Option::is_some);
                if review && filled && full.len() <= MAX_ALTS {
                    full.push(reading.clone());
                }
                // Section 三 in a table that prints its 总计 wherever parts
                // are printed: the readings that do so here.
                let totalled = check.groups.iter().all(|&(s, len)| {
                    v[s + len - 1].is_some_and(|t| t > 0.0)
                        && v[s..s + len - 1].iter().any(Option::is_some)
                });
                if !review && check.totals_printed && totalled && totalled_all.len() <= MAX_ALTS {
                    totalled_all.push(reading.clone());
                }
                if check.holds(&v) {
                    full_fits |= filled;
                    fitting.push(reading);
                }
            }
            // Next placement (combinations of m columns out of n).
            if !next_choice(&mut cols, n) {
                return true;
            }
            if m == 0 {
                return true;
            }
        }
    });
    // One run of digits too long to read whole within the cap (section
    // 四's fifteen cells run together): read group by group instead.
    if overflow && split && toks.len() == 1 && check.groups.len() > 1 {
        if let Some(g) = by_groups(toks[0].text.trim(), n, check) {
            overflow = false;
            full_fits = g.fitting.iter().any(|r| r.iter().all(Option::is_some));
            fitting = g.fitting;
            full = g.full;
            // More than one reading of the digits (the cap was reached).
            candidates = candidates.max(2);
        }
    }
    // The digits read in one way only (`3 002 009`: no number starts with
    // 0): that reading, taken without the identity, which then checks it.
    if candidates == 1 && !overflow {
        if let Some(r) = only.filter(|r| r.iter().all(Option::is_some)) {
            let slots = r
                .iter()
                .flatten()
                .map(|&(k, t)| Slot {
                    text: t,
                    at: toks[k].cell.loc,
                    how: How::Split,
                    relied: Checks::default(),
                })
                .collect();
            return Fitted::Row {
                slots,
                readings: Vec::new(),
                split: false,
                alts: Vec::new(),
            };
        }
    }
    // Digits that split in several ways of which one fits, but only
    // because its total is blank: nothing confirms that split.
    let blind = |r: &Reading<'_, 'd>| check.blind(|j| r[j].is_some());
    // A reading the identity checked nothing on: in some group, the total
    // blank while a part is printed, or the total printed with every part
    // blank.
    let unchecked = |r: &Reading<'_, 'd>| {
        check.groups.iter().any(|&(s, len)| {
            let total = r[s + len - 1].is_some();
            total != (s..s + len - 1).any(|j| r[j].is_some())
        })
    };
    // A reading that fills every cell and fits is confirmed by the row's
    // identity; beside it, a reading the identity checked nothing on (a
    // total left blank while its parts are printed, or a total printed
    // alone) stands on nothing: the template's 总计 is printed where its
    // parts are. Such readings are dropped.
    // A reading under which every group's 总计 is a number above zero
    // that two or more printed parts above zero add up to (`18 1 19`: 18
    // and 1 somewhere, 19 the total), every token read whole, is the
    // identity at work; a reading that puts the 19 among the parts and
    // leaves the 总计 blank stands on nothing beside it. Nothing weaker
    // confirms: zeros (`0 0`), one part equal to its total (`1 1` is as
    // much two parts under a blank 总计), or digits cut apart (the cut
    // was chosen to make the row add up).
    let confirmed = |r: &Reading<'_, 'd>| {
        let whole = !cuts_a_token(r, toks);
        whole
            && !unchecked(r)
            && check.groups.iter().all(|&(s, len)| {
                r[s + len - 1].is_some_and(|(_, t)| above_zero(t))
                    && r[s..s + len - 1]
                        .iter()
                        .flatten()
                        .filter(|(_, t)| above_zero(t))
                        .count()
                        >= 2
            })
    };
    if !overflow && (full_fits || fitting.iter().any(confirmed)) {
        fitting.retain(|r| !unchecked(r));
    }
    // In a table that prints its 总计 wherever parts are printed, the
    // readings that do so here with a 总计 above zero (`1 1`: a part and
    // its 总计) are the row's, beside those that leave the 总计 blank.
    // Not with zeros: a table that prints its totals may still leave a
    // row of zeros' 总计 blank (`0 0 0 0 0 0`). Digits are not cut for
    // this.
    if check.totals_printed && !split && !overflow {
        let printed = |r: &Reading<'_, 'd>| {
            check.groups.iter().all(|&(s, len)| {
                let parts = r[s..s + len - 1].iter().any(Option::is_some);
                parts && r[s + len - 1].is_some_and(|(_, t)| above_zero(t))
            })
        };
        if fitting.iter().any(printed) {
            fitting.retain(printed);
        } else if !fitting.is_empty()
            && !totalled_all.is_empty()
            && totalled_all.len() <= MAX_ALTS
            && !closes_early(toks)
        {
            // None that prints its 总计 fits: the row breaks its identity
            // however its values are placed with a 总计 (`1 3`: 3 is not
            // 1), unless it is the one row of the table to leave its 总计
            // blank. Not read; its readings with a 总计 kept for the checks.
            // Not where its first values already make a whole row (`1 0 1
            // 4 0 4`: text out of order that ran on into the next row's).
            let full = totalled_all.iter().map(|r| slots_of(r, toks, at)).collect();
            return Fitted::NoReading { split, full };
        }
    }
    // Section 四 whose readings all fit only as readings the identity
    // checks nothing on (a group's 总计 blank while its results are
    // printed), while readings that fill every cell exist: under each of
    // those the row breaks its identity.
    if review
        && split
        && !overflow
        && !fitting.is_empty()
        && fitting.iter().all(unchecked)
        && !full.is_empty()
        && full.len() <= MAX_ALTS
    {
        let full = full.iter().map(|r| slots_of(r, toks, at)).collect();
        return Fitted::NoReading { split, full };
    }
    if fitting.is_empty() || (split && fitting.len() == 1 && candidates > 1 && blind(&fitting[0])) {
        return Fitted::NoReading {
            split,
            full: Vec::new(),
        };
    }
    conclude(toks, fitting, n, check, at)
}

/// Whether some of a row's first values, before its last, add up as a
/// whole row does (the last of them the sum of the others: `5 5`, `1 0
/// 1`): values that may run on into another row's.
fn closes_early(toks: &[Tok<'_, '_>]) -> bool {
    let values: Vec<Option<f64>> = toks.iter().map(|t| number(t.text).ok().flatten()).collect();
    (1..toks.len().saturating_sub(1)).any(|end| {
        let prefix = &values[..=end];
        prefix.iter().all(Option::is_some) && RowCheck::group_holds(prefix)
    })
}

/// A reading's cells as slots for the checks (`at`: the row's place, for
/// its blank cells).
fn slots_of<'d>(r: &Reading<'_, 'd>, toks: &[Tok<'_, 'd>], at: Loc) -> Vec<Slot<'d>> {
    r.iter()
        .map(|c| match c {
            Some((k, t)) => Slot {
                text: t,
                at: toks[*k].cell.loc,
                how: How::Split,
                relied: Checks::default(),
            },
            None => Slot {
                text: "",
                at,
                how: How::Split,
                relied: Checks::default(),
            },
        })
        .collect()
}

/// Whether a table prints its 总计 wherever a row's parts are printed,
/// from the values its section-三 rows print (`rows`: each row's printed
/// values, in order): two or more rows print three or more numbers of
/// which the last, above zero, is the sum of the others, two or more of
/// them above zero (`18 1 19`: the 总计 printed; one such row may be
/// another row's values out of place); and no row prints two or more
/// numbers whose last is not the sum of the others (`18 1`: a row that
/// breaks its identity, or a 总计 left blank), or fewer than show their
/// 总计: a table whose totals are printed may still hold rows whose 总计 is
/// wrong, which are then found ([`search`]); a report that printed most
/// of its rows' totals and left some blank beside printed parts is
/// malformed all the same. As many, and nothing is concluded.
pub(crate) fn totals_shown<'t>(rows: impl IntoIterator<Item = Vec<&'t str>>) -> bool {
    let mut shown = 0;
    let mut broken = 0;
    for row in rows {
        let Some(v) = row
            .iter()
            .map(|t| number(t).ok().flatten())
            .collect::<Option<Vec<f64>>>()
        else {
            continue;
        };
        let Some((&total, parts)) = v.split_last() else {
            continue;
        };
        if parts.is_empty() {
            continue;
        }
        if (parts.iter().sum::<f64>() - total).abs() > 1e-6 {
            broken += 1;
            continue;
        }
        if total > 0.0 && parts.iter().filter(|&&x| x > 0.0).count() >= 2 {
            shown += 1;
        }
    }
    shown >= 2 && broken < shown
}

/// Whether a value's text is a number above zero.
fn above_zero(t: &str) -> bool {
    number(t).is_ok_and(|v| v.is_some_and(|v| v > 0.0))
}

/// Whether a reading reads some token as part of its digits (a run cut
/// into several cells), not whole.
fn cuts_a_token(r: &Reading<'_, '_>, toks: &[Tok<'_, '_>]) -> bool {
    r.iter()
        .flatten()
        .any(|(k, t)| t.len() != toks[*k].text.trim().len())
}

/// The row as its fitting readings (at least one) leave it: the cells
/// they agree on placed ([`How::Split`] where a run of digits was cut,
/// else [`How::Identity`]: the identity then checks nothing on them), the
/// others `null` ([`How::Ambiguous`]) with the readings listed and, when
/// not too many, kept whole.
fn conclude<'d>(
    toks: &[Tok<'_, 'd>],
    mut fitting: Vec<Reading<'_, 'd>>,
    n: usize,
    check: RowCheck,
    at: Loc,
) -> Fitted<'d> {
    fitting.dedup();
    let split_used = |r: &Reading<'_, 'd>| cuts_a_token(r, toks);
    let any_split = fitting.iter().any(split_used);
    let how_of = |r: &Reading<'_, 'd>| {
        if split_used(r) {
            How::Split
        } else {
            How::Identity
        }
    };
    let show = |r: &Reading<'_, 'd>| show_reading(r.iter().map(|c| c.map(|(_, t)| t)));
    let first = &fitting[0];
    let mut slots = Vec::with_capacity(n);
    for j in 0..n {
        let value = |r: &Reading<'_, 'd>| r[j].map(|(_, t)| number(t).ok().flatten());
        // A blank every reading agrees on, among readings that cut runs
        // of digits: a run prints nothing for a blank cell, so nothing was
        // read there; the cell is as unknown as one they disagree on.
        let agree = fitting.iter().all(|r| value(r) == value(first))
            && !(value(first).is_none() && any_split);
        let how = if fitting.len() == 1 {
            how_of(first)
        } else if agree {
            if fitting.iter().any(split_used) {
                How::Split
            } else {
                How::Identity
            }
        } else {
            How::Ambiguous
        };
        let relied = if how == How::Ambiguous {
            Checks::default()
        } else {
            check.checks
        };
        slots.push(match first[j] {
            Some((k, t)) if how != How::Ambiguous => Slot {
                text: t,
                at: toks[k].cell.loc,
                how,
                relied,
            },
            _ => Slot {
                text: "",
                at,
                how,
                relied,
            },
        });
    }
    let readings = if fitting.len() > 1 {
        fitting.iter().take(MAX_READINGS).map(show).collect()
    } else {
        Vec::new()
    };
    let alts = if (2..=MAX_ALTS).contains(&fitting.len()) {
        fitting
            .iter()
            .map(|r| {
                let how = how_of(r);
                r.iter()
                    .map(|c| match c {
                        Some((k, t)) => Slot {
                            text: t,
                            at: toks[*k].cell.loc,
                            how,
                            relied: check.checks,
                        },
                        None => Slot {
                            text: "",
                            at,
                            how,
                            relied: check.checks,
                        },
                    })
                    .collect()
            })
            .collect()
    } else {
        Vec::new()
    };
    Fitted::Row {
        slots,
        readings,
        split: any_split,
        alts,
    }
}

/// The readings [`by_groups`] finds: those whose every group's identity
/// holds, and those that fill every cell (fitting or not).
struct GroupReadings<'d> {
    fitting: Vec<Reading<'static, 'd>>,
    full: Vec<Reading<'static, 'd>>,
}

/// One group's reading of its stretch of a run of digits.
#[derive(Clone)]
struct GroupReading<'d> {
    /// The group's cells, its total last.
    cells: Vec<Option<&'d str>>,
    /// Whether its identity holds (and checks something, when only such
    /// readings are kept).
    fits: bool,
    /// Whether it fills every cell.
    fills: bool,
}

/// A run of digits `text` (the row's only token) read in the `n` columns
/// of a row whose identity has several groups, group by group: the run
/// is cut into the groups' texts at every pair of places, each group's
/// text read on its own (cut into numbers, blank cells anywhere in the
/// group), and a group's reading kept when its identity holds (or, for
/// the readings that fill every cell, whatever it gives). The same
/// readings as the search over the whole row, found without trying every
/// placement of every cut together. `None` when there are too many.
fn by_groups<'d>(text: &'d str, n: usize, check: RowCheck) -> Option<GroupReadings<'d>> {
    read_groups(text, n, check, false)
}

/// A row printed as one run of digits (its only token) that too many
/// readings fit, each only by leaving a group's 总计 blank while its parts
/// are printed (`412192003510001`, a total broken: 4 + 1 + 2 + 1 ≠ 9 with
/// a digit a cell): when no reading whose every group is checked fits,
/// its readings that fill every cell (none fitting), at most
/// [`MAX_ALTS`]. Empty otherwise. A sound row whose last group prints only
/// its 总计 over blank parts (`310121600012120`) splits the same way, so
/// these are for the checks only where the prose's figures bear them out
/// ([`crate::model::Readings::vouch`]).
pub(crate) fn unfit_full_readings<'d>(
    toks: &[Tok<'_, 'd>],
    n: usize,
    check: RowCheck,
    at: Loc,
) -> Vec<Vec<Slot<'d>>> {
    let [tok] = toks else {
        return Vec::new();
    };
    let text = tok.text.trim();
    if check.groups.len() < 2 {
        return Vec::new();
    }
    // The readings whose every group is checked first (the fewer to try);
    // the whole reading, which the search behind the row gave up on, only
    // when they leave filling readings and nothing else.
    let Some(checked) = read_groups(text, n, check, true) else {
        return Vec::new();
    };
    if !checked.fitting.is_empty()
        || checked.full.is_empty()
        || checked.full.len() > MAX_ALTS
        || read_groups(text, n, check, false).is_some()
    {
        return Vec::new();
    }
    checked
        .full
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| Slot {
                    text: c.map_or("", |(_, t)| t),
                    at: if c.is_some() { tok.cell.loc } else { at },
                    how: How::Split,
                    relied: Checks::default(),
                })
                .collect()
        })
        .collect()
}

/// [`by_groups`]' reading: `checked_only`, a group's reading fits only
/// when its identity checks something (as when some reading fills every
/// cell and fits). `None` when there are too many, or the run is not one
/// to read this way.
fn read_groups<'d>(
    text: &'d str,
    n: usize,
    check: RowCheck,
    checked_only: bool,
) -> Option<GroupReadings<'d>> {
    const LIMIT: usize = 100_000;
    // At most two digits a cell on average, over the row and in each
    // group: the counts of section 四 are small, and a longer run (hostile
    // input) would take too long to read this way.
    let digits = text.chars().count();
    if check.width() != n || digits > 2 * n || !text.chars().all(is_digit) {
        return None;
    }
    // Byte offsets where the run may be cut.
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    // When some reading fills every cell and fits, the readings whose
    // identity checks nothing in some group are dropped beside it (as
    // [`search`] drops them): they are not collected at all.
    let only_checked = checked_only || full_fit(text, &bounds, check);
    // One group's readings of `t`.
    let group = |t: &'d str, len: usize| -> Vec<GroupReading<'d>> {
        let mut out = Vec::new();
        if t.chars().count() > 2 * len {
            return out;
        }
        let ways = if t.is_empty() {
            vec![Vec::new()]
        } else {
            cuts(t, len)
        };
        for parts in ways {
            let m = parts.len();
            if m > len {
                continue;
            }
            let mut cols: Vec<usize> = (0..m).collect();
            loop {
                let mut cells = vec![None; len];
                for (k, &c) in cols.iter().enumerate() {
                    cells[c] = Some(parts[k]);
                }
                let values: Vec<Option<f64>> = cells
                    .iter()
                    .map(|c| c.and_then(|t| number(t).ok().flatten()))
                    .collect();
                // A group whose 总计 is blank while a part is printed, or
                // printed alone: its identity checks nothing.
                let checked =
                    values[len - 1].is_some() == values[..len - 1].iter().any(Option::is_some);
                let fits = RowCheck::group_holds(&values) && (checked || !only_checked);
                let fills = m == len;
                if fits || fills {
                    out.push(GroupReading { cells, fits, fills });
                }
                if !next_choice(&mut cols, len) {
                    break;
                }
            }
        }
        out
    };
    let groups = check.groups;
    let mut fitting: Vec<Reading<'static, 'd>> = Vec::new();
    let mut full: Vec<Reading<'static, 'd>> = Vec::new();
    // Each group's readings of each stretch of the run, worked out once.
    let mut memo: std::collections::HashMap<(usize, usize, usize), Vec<GroupReading<'d>>> =
        std::collections::HashMap::new();
    let mut read = |g: usize, a: usize, b: usize| {
        memo.entry((g, a, b))
            .or_insert_with(|| group(&text[bounds[a]..bounds[b]], groups[g].1))
            .clone()
    };
    // Cut places: one per group boundary, in order.
    let last = bounds.len() - 1;
    let mut cutsat: Vec<usize> = vec![0; groups.len() + 1];
    cutsat[groups.len()] = last;
    fn each_cut(
        k: usize,
        cutsat: &mut Vec<usize>,
        last: usize,
        f: &mut impl FnMut(&[usize]) -> bool,
    ) -> bool {
        if k == cutsat.len() - 1 {
            return f(cutsat);
        }
        for c in cutsat[k - 1]..=last {
            cutsat[k] = c;
            if !each_cut(k + 1, cutsat, last, f) {
                return false;
            }
        }
        true
    }
    let mut ok = true;
    each_cut(1, &mut cutsat, last, &mut |at| {
        let per: Vec<Vec<GroupReading<'d>>> = (0..groups.len())
            .map(|g| read(g, at[g], at[g + 1]))
            .collect();
        // Every combination of one reading per group.
        let mut pick = vec![0usize; per.len()];
        if per.iter().any(Vec::is_empty) {
            return true;
        }
        loop {
            let fits = pick.iter().enumerate().all(|(g, &i)| per[g][i].fits);
            let fills = pick.iter().enumerate().all(|(g, &i)| per[g][i].fills);
            if fits || fills {
                let mut r: Reading<'static, 'd> = Vec::with_capacity(n);
                for (g, &i) in pick.iter().enumerate() {
                    r.extend(per[g][i].cells.iter().map(|c| c.map(|t| (0, t))));
                }
                if fills && full.len() <= MAX_ALTS {
                    full.push(r.clone());
                }
                if fits {
                    fitting.push(r);
                    if fitting.len() > LIMIT {
                        ok = false;
                        return false;
                    }
                }
            }
            // Next combination.
            let mut g = per.len();
            loop {
                if g == 0 {
                    return true;
                }
                g -= 1;
                pick[g] += 1;
                if pick[g] < per[g].len() {
                    break;
                }
                pick[g] = 0;
            }
        }
    });
    ok.then_some(GroupReadings { fitting, full })
}

/// Whether some reading of the run `text` (cut at `bounds`) fills every
/// cell of `check`'s groups and fits: each group's stretch cut into
/// exactly as many numbers as it has cells.
fn full_fit(text: &str, bounds: &[usize], check: RowCheck) -> bool {
    fn from(text: &str, bounds: &[usize], at: usize, groups: &[(usize, usize)]) -> bool {
        let Some((&(_, len), rest)) = groups.split_first() else {
            return at == bounds.len() - 1;
        };
        (at..bounds.len()).any(|b| {
            let t = &text[bounds[at]..bounds[b]];
            !t.is_empty()
                && cuts(t, len).iter().any(|parts| {
                    parts.len() == len && {
                        let v: Vec<Option<f64>> =
                            parts.iter().map(|p| number(p).ok().flatten()).collect();
                        RowCheck::group_holds(&v)
                    }
                })
                && from(text, bounds, b, rest)
        })
    }
    from(text, bounds, 0, check.groups)
}

/// Calls `each` with every choice of one way per token whose parts number
/// at most `n`; stops when `each` returns false.
fn enumerate_parts<'d>(
    ways: &[Vec<Vec<&'d str>>],
    k: usize,
    n: usize,
    acc: &mut Vec<(usize, &'d str)>,
    each: &mut impl FnMut(&[(usize, &'d str)]) -> bool,
) -> bool {
    if k == ways.len() {
        return each(acc);
    }
    for w in &ways[k] {
        if acc.len() + w.len() + (ways.len() - k - 1) > n {
            continue;
        }
        let before = acc.len();
        acc.extend(w.iter().map(|p| (k, *p)));
        let go_on = enumerate_parts(ways, k + 1, n, acc, each);
        acc.truncate(before);
        if !go_on {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {

    /// pdftotext's header of section 三 with its names a single space
    /// from other words, joined into cells (`一项加第二项之和，等于第三
    /// 自然`, `人 商业企 科研机 社会公益组 法律服务机`, `其 总计`): each
    /// name found, in order, placed where it stood.
    #[test]
    fn heads_among_other_words_of_a_joined_cell() {
        let heads: Vec<&str> = crate::template::REQUEST_COLS
            .iter()
            .map(|c| c.label)
            .collect();
        let at = |chars, width| crate::parse::Pos {
            chars,
            width,
            page: 0,
        };
        // 16 characters (31 display columns) from column 0; `自然` at
        // characters 14..16, display columns 27..31.
        assert_eq!(
            heads_among(
                "一项加第二项之和，等于第三自然",
                &heads,
                0,
                at(17, 32),
                true
            ),
            [(0, "自然", (31, 59))]
        );
        let got = heads_among(
            "人商业企科研机社会公益组法律服务机",
            &heads,
            1,
            at(54, 87),
            true,
        );
        assert_eq!(got.iter().map(|g| g.0).collect::<Vec<_>>(), [1, 2, 3, 4]);
        // `其` (one character) only between 法律服务机构 and 总计.
        let got = heads_among("其总计", &heads, 5, at(85, 138), true);
        assert_eq!(got.iter().map(|g| g.0).collect::<Vec<_>>(), [5, 6]);
        assert!(heads_among("其", &heads, 5, at(85, 138), true).is_empty());
        // A name with words on both sides, or alone before other words,
        // is not a header's.
        assert!(heads_among("其他需要报告的事项", &heads, 5, at(40, 60), true).is_empty());
        assert!(heads_among("第三自然人口", &heads, 0, at(40, 60), true).is_empty());
    }

    /// A table's next page laid out anew, two columns blank throughout:
    /// each rank of its lines' five values takes a filled column, the
    /// blank ones a place between; a line of other count, or ranks that
    /// overlap, give nothing.
    #[test]
    fn a_page_laid_out_anew_takes_the_filled_columns_by_rank() {
        let spans = [
            (28, 32),
            (34, 38),
            (40, 50),
            (52, 62),
            (64, 72),
            (76, 82),
            (84, 90),
        ];
        let before = [29, 31, 36, 68, 70, 79, 86, 88];
        let here = vec![vec![39, 49, 73, 83, 89], vec![40, 50, 74, 84, 91]];
        let got = moved_columns(&spans, &before, &here).expect("columns");
        assert_eq!(
            got,
            [
                (39, 40),
                (49, 50),
                (57, 57),
                (64, 64),
                (73, 74),
                (83, 84),
                (89, 91)
            ]
        );
        let odd = vec![vec![39, 49, 73, 83, 89], vec![40, 50, 74, 84]];
        assert_eq!(moved_columns(&spans, &before, &odd), None);
        let overlap = vec![vec![39, 49, 73, 83, 89], vec![40, 50, 74, 90, 91]];
        assert_eq!(moved_columns(&spans, &before, &overlap), None);
    }

    /// Headers a single space apart, read as one cell, cut into the heads
    /// of their labels, each placed within the cell's span.
    #[test]
    fn runs_of_headers_cut_at_their_labels() {
        let heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        // `结果 结果 其他 尚未 总计` from column 10: 14 characters, 24
        // display columns; centres in half units plus one.
        let pos = crate::parse::Pos {
            chars: 2 * 10 + 14 + 1,
            width: 2 * 10 + 24 + 1,
            page: 0,
        };
        let got = heads_among("结果结果其他尚未总计", &heads, 0, pos, false);
        let names: Vec<&str> = got.iter().map(|&(_, t, _)| t).collect();
        assert_eq!(names, ["结果", "结果", "其他", "尚未", "总计"]);
        // `结果` at characters 10..12 (centre 22 + 1), display 10..14 (24 + 1).
        assert_eq!(got[0].2, (23, 25));
        // `总计` at characters 22..24, display columns 30..34.
        assert_eq!(got[4].2, (47, 65));
        assert!(heads_among("结果维持审结", &heads, 0, pos, false).is_empty());
    }

    use super::*;

    #[test]
    fn cuts_of_digit_runs() {
        let c = cuts("03", 7);
        assert_eq!(c, vec![vec!["0", "3"]]);
        let c = cuts("10", 7);
        assert!(c.contains(&vec!["1", "0"]) && c.contains(&vec!["10"]));
        assert_eq!(cuts("1000", 7).len(), 4); // 1000, 100|0, 10|0|0, 1|0|0|0
        let c = cuts("0-6", 3);
        assert_eq!(c, vec![vec!["0", "-6"]]);
        assert_eq!(cuts("12.5", 3), vec![vec!["12.5"]]);
        // A change run into a count grouped by thousands: cut only before
        // the first separator, the grouped number keeping 1-3 digits.
        assert_eq!(
            cuts("+11,532", 3),
            vec![vec!["+1", "1,532"], vec!["+11,532"]]
        );
        assert_eq!(cuts("1,532", 3), vec![vec!["1,532"]]);
        assert_eq!(cuts("2,386,500", 3), vec![vec!["2,386,500"]]);
        // Unsigned, a grouped number is read whole; no part after a cut
        // starts with 0.
        assert_eq!(cuts("11,532", 3), vec![vec!["11,532"]]);
        assert_eq!(cuts("+10,000", 3), vec![vec!["+10,000"]]);
        assert_eq!(
            cuts("+6214,532", 2),
            vec![
                vec!["+6", "214,532"],
                vec!["+62", "14,532"],
                vec!["+621", "4,532"]
            ]
        );
        // Full-width digits (three bytes each) cut between characters.
        assert_eq!(cuts("０１", 7), vec![vec!["０", "１"]]);
        assert_eq!(
            cuts("１２", 7),
            vec![vec!["１", "２"], vec!["１２"]],
            "both ways, as for ASCII"
        );
    }

    /// A merged value printed once for each place it spans: read when
    /// every way of cutting the values into one run of equal neighbours a
    /// column gives the same values; not when two ways differ, or when no
    /// neighbours are equal.
    #[test]
    fn repeated_merged_values() {
        let cell = crate::extract::rows::CellView::floating("0", Loc::default());
        let read = |texts: &[&'static str], n: usize, check: RowCheck| -> Option<Vec<&str>> {
            let toks: Vec<Tok<'_, '_>> = texts
                .iter()
                .map(|&text| Tok { cell: &cell, text })
                .collect();
            unrepeat(&toks, n, check).map(|kept| kept.iter().map(|t| t.text).collect())
        };
        // One count over three places; 上一年项目数量 over two beside 本年增/减.
        assert_eq!(
            read(&["114", "114", "114"], 1, RowCheck::NONE),
            Some(vec!["114"])
        );
        assert_eq!(
            read(&["3", "3", "0"], 2, RowCheck::NONE),
            Some(vec!["3", "0"])
        );
        // All equal: any cut gives the same values.
        assert_eq!(
            read(&["0", "0", "0"], 2, RowCheck::NONE),
            Some(vec!["0", "0"])
        );
        // 5 5 3 3 in three columns: 5|5|3 or 5|3|3.
        assert_eq!(read(&["5", "5", "3", "3"], 3, RowCheck::NONE), None);
        // No neighbours equal: not a repeat.
        assert_eq!(read(&["1", "2", "3"], 2, RowCheck::NONE), None);
        // Not more values than columns: nothing to take out.
        assert_eq!(read(&["1", "1"], 2, RowCheck::NONE), None);
    }

    #[test]
    fn clusters_need_clear_gaps() {
        let c = cluster(&[10, 10, 20, 21, 30, 30, 40, 40], 4, CLEAR).unwrap();
        assert_eq!(c, vec![(10, 10), (20, 21), (30, 30), (40, 40)]);
        // A column seen once is not enough to place others by.
        assert!(cluster(&[10, 10, 20, 21, 30, 40, 40], 4, CLEAR).is_none());
        assert!(cluster(&[10, 20, 30], 4, CLEAR).is_none());
        assert!(cluster(&[10, 11, 12, 13, 14], 2, CLEAR).is_none());
    }

    /// A row of eight digits run together for seven cells (a 小计 column
    /// among them: `01000011`, 0 1 0 0 0 0 1 1) fits only with its 总计
    /// blank, in every reading: that blank is no cell read (a run prints
    /// nothing for a blank), so it is left unknown, not placed.
    #[test]
    fn a_blank_every_split_agrees_on_is_unknown() {
        let cell = crate::extract::rows::CellView::floating("10", Loc::default());
        let text = "01000011";
        let toks = [Tok { cell: &cell, text }];
        match search(&toks, 7, RowCheck::REQUEST_ROW, true, Loc::default()) {
            Fitted::Row {
                slots, readings, ..
            } => {
                assert!(readings.len() > 1, "{readings:?}");
                assert!(readings.iter().all(|r| r.ends_with("|_")), "{readings:?}");
                assert_eq!(slots[6].how, How::Ambiguous);
                assert_eq!(slots[6].value(), None);
            }
            other => panic!("{other:?}"),
        }
    }

    /// A section-三 row printing `texts` (whole numbers, no cut) fitted to
    /// its seven columns under `check`: its slots and readings.
    /// [`search`] on a section-三 row printing `texts`, digits not cut.
    fn searched(texts: &[&'static str], check: RowCheck) -> Fitted<'static> {
        let cells: Vec<crate::extract::rows::CellView<'static>> = texts
            .iter()
            .map(|t| crate::extract::rows::CellView::supplied(t, Loc::default()))
            .collect();
        let toks: Vec<Tok<'_, 'static>> = cells
            .iter()
            .map(|c| Tok {
                cell: c,
                text: c.text,
            })
            .collect();
        search(&toks, 7, check, false, Loc::default())
    }

    fn request_row(texts: &[&'static str], check: RowCheck) -> (Vec<Slot<'static>>, Vec<String>) {
        match searched(texts, check) {
            Fitted::Row {
                slots, readings, ..
            } => (slots, readings),
            other => panic!("{other:?}"),
        }
    }

    /// A row that lost its blank cells, printing `18 1 19`: 19 is its
    /// 总计 (the parts add up to it), not a third part under a blank 总计;
    /// which of the six columns the 18 and the 1 stand in stays unknown.
    /// `0 0`, `1 1` and `1 0 1` confirm nothing (a part and its total, or
    /// parts under a blank 总计): their totals stay unknown too.
    #[test]
    fn a_total_above_zero_its_parts_add_up_to_is_the_rows_total() {
        let fitted = |texts: &[&'static str]| request_row(texts, RowCheck::REQUEST_ROW);
        let (slots, readings) = fitted(&["18", "1", "19"]);
        assert_eq!(readings.len(), 15, "{readings:?}");
        assert_eq!(slots[6].value(), Some(19.0));
        assert_eq!(slots[6].how, How::Identity);
        assert!(slots[..6].iter().all(|s| s.how == How::Ambiguous));
        for weak in [&["0", "0"][..], &["1", "1"], &["1", "0", "1"]] {
            let (slots, readings) = fitted(weak);
            assert!(readings.iter().any(|r| r.ends_with("|_")), "{readings:?}");
            assert_eq!(slots[6].how, How::Ambiguous, "{weak:?}");
        }
    }

    /// A table whose rows print their 总计 (`18 1 19` and `6 1 7`, blank
    /// cells left nothing) reads a row `1 1` as a part and its 总计: the
    /// 总计 is 1, the part's column unknown. Not a row of zeros, whose 总计
    /// such a table may leave blank, nor a total above zero printed alone,
    /// nor without the table's evidence.
    #[test]
    fn a_table_that_prints_its_totals_reads_one_part_and_its_total() {
        assert!(totals_shown([
            vec!["18", "1", "19"],
            vec!["6", "1", "7"],
            vec!["1", "1"]
        ]));
        // One such row may be another row's values out of place.
        assert!(!totals_shown([vec!["18", "1", "19"], vec!["1", "1"]]));
        // Rows whose last is not the sum of the others, fewer than those
        // that add up: rows that break their identity. As many: a table
        // whose rows leave their 总计 blank may as well.
        assert!(totals_shown([
            vec!["18", "1", "19"],
            vec!["6", "1", "7"],
            vec!["4", "1"]
        ]));
        assert!(!totals_shown([
            vec!["18", "1", "19"],
            vec!["6", "1", "7"],
            vec!["4", "1"],
            vec!["5", "2"]
        ]));
        assert!(!totals_shown([
            vec!["1", "1", "2"],
            vec!["0", "0", "0"],
            vec!["3", "3"]
        ]));
        let printed = RowCheck {
            totals_printed: true,
            ..RowCheck::REQUEST_ROW
        };
        let fitted = request_row;
        let (slots, readings) = fitted(&["1", "1"], printed);
        assert_eq!(readings.len(), 6, "{readings:?}");
        assert!(readings.iter().all(|r| r.ends_with("|1")), "{readings:?}");
        assert_eq!(slots[6].value(), Some(1.0));
        assert_eq!(slots[6].how, How::Identity);
        assert!(slots[..6].iter().all(|s| s.how == How::Ambiguous));
        for open in [&["0"][..], &["0", "0", "0", "0", "0", "0"], &["19"]] {
            let (slots, _) = fitted(open, printed);
            assert_eq!(slots[6].how, How::Ambiguous, "{open:?}");
        }
        let (slots, _) = fitted(&["1", "1"], RowCheck::REQUEST_ROW);
        assert_eq!(slots[6].how, How::Ambiguous);
    }

    /// A row of a table that prints its 总计 wherever parts are printed,
    /// printing `1 3`: no placement with a 总计 fits (3 is not 1), so the
    /// row is not read, and its readings with a 总计 (3 there, the 1 in any
    /// of the six parts) are kept for the checks, each breaking the row.
    /// Not where the first values make a whole row already (`5 5 2 2`: text
    /// out of order that ran on into the next row's), nor where the table
    /// is not known to print its totals.
    #[test]
    fn a_row_whose_total_no_placement_fits_is_kept_broken() {
        let printed = RowCheck {
            totals_printed: true,
            ..RowCheck::REQUEST_ROW
        };
        let fit = |texts: &[&'static str], check: RowCheck| match searched(texts, check) {
            Fitted::NoReading { full, .. } => Some(
                full.iter()
                    .map(|r| r.iter().map(Slot::value).collect::<Vec<_>>())
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        };
        let full = fit(&["1", "3"], printed).expect("not read");
        assert_eq!(full.len(), 6, "{full:?}");
        for r in &full {
            assert_eq!(r[6], Some(3.0));
            assert_eq!(r[..6].iter().flatten().sum::<f64>(), 1.0);
        }
        assert_eq!(fit(&["5", "5", "2", "2"], printed), None);
        assert_eq!(fit(&["1", "3"], RowCheck::REQUEST_ROW), None);
    }

    /// Section 四's fifteen cells run into one run of digits
    /// (`040040040400000`, BeautifulSoup's `get_text()` on a minified
    /// page): too many readings to try whole, read group by group. The
    /// reading that fills every cell fits, the readings with a group's
    /// 总计 blank are dropped beside it, and the rest (`40` for `4 0`) are
    /// kept, for the prose to settle.
    #[test]
    fn a_long_review_run_read_group_by_group() {
        let cell = crate::extract::rows::CellView::floating("10", Loc::default());
        let text = "040040040400000";
        let toks = [Tok { cell: &cell, text }];
        let g = by_groups(text, 15, RowCheck::REVIEW_ROW).expect("few enough readings");
        assert!(g.full.len() == 1 && g.fitting.contains(&g.full[0]));
        assert!(g.fitting.len() <= MAX_ALTS, "{}", g.fitting.len());
        match search(&toks, 15, RowCheck::REVIEW_ROW, true, Loc::default()) {
            Fitted::Row { readings, alts, .. } => {
                assert_eq!(readings[0], "0|4|0|0|4|0|0|4|0|4|0|0|0|0|0");
                // No group's 总计 left blank beside printed results.
                assert!(readings.iter().all(|r| {
                    let c: Vec<&str> = r.split('|').collect();
                    [4, 9, 14].iter().all(|&t| c[t] != "_")
                }));
                assert_eq!(alts.len(), g.fitting.len());
            }
            other => panic!("{other:?}"),
        }
    }

    /// A run longer than two digits a cell (hostile input, or not section
    /// 四) is not read group by group: that would take too long; nor a
    /// run with more fitting readings than it keeps. The capped search
    /// flags them instead.
    #[test]
    fn group_by_group_reading_is_bounded() {
        assert!(by_groups(&"1".repeat(31), 15, RowCheck::REVIEW_ROW).is_none());
        // 复议 3 10 1 2 16, 直接起诉 0 0 0 12 12, 复议后 1 0 0 0 1: too
        // many ways to read twenty digits.
        assert!(by_groups("31012160001212100001", 15, RowCheck::REVIEW_ROW).is_none());
        // Kept only where every group is checked, none fits, and every
        // reading that fills the fifteen cells breaks a group's identity:
        // those are what [`unfit_full_readings`] gives.
        let g = read_groups("31012160001212100001", 15, RowCheck::REVIEW_ROW, true).unwrap();
        assert!(g.fitting.is_empty());
        assert!(!g.full.is_empty());
        for r in &g.full {
            let v: Vec<Option<f64>> = r
                .iter()
                .map(|c| c.and_then(|(_, t)| number(t).ok().flatten()))
                .collect();
            assert!(v.iter().all(Option::is_some) && !RowCheck::REVIEW_ROW.holds(&v));
        }
    }
}
