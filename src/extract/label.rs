//! Label normalisation and matching: a printed row label, however it was
//! written, onto the template row it stands for.
//!
//! [`norm`] folds the ways one label is printed into one form: NFKC-style
//! full-width → ASCII, traditional → simplified, whitespace and line breaks
//! dropped, quotes dropped, `\` → `/`, pinyin injected by spam mirrors
//! (`國(guo)`) dropped. [`Label::new`] then splits off the numbering
//! (`一、`, `（三）`, `1.`) and the explanatory notes in brackets, leaving
//! the *core* that identifies a row. Rows are matched by their whole core
//! (or, for labels cut by a line wrap, by an unambiguous prefix of at
//! least four characters), never by a keyword two rows share.

use crate::hanzi;
use crate::model::Template;
use crate::template::{self, ActiveRow, RequestRow, REQUEST_ROWS};
use std::sync::OnceLock;

/// A character text recognition (OCR) reads for one of the template's
/// own, where the character read is one no report's label would hold:
/// 幵 (an old form) for 开, 杋 (a tree's name) for 机.
fn misread(c: char) -> char {
    match c {
        '幵' => '开',
        '杋' => '机',
        _ => c,
    }
}

/// Whether `rest`, starting at a square bracket (opening or closing), is
/// in a note that closes the label: no letter or digit after the closing
/// bracket (a table's markup may follow, `|`, `**`).
fn note_at_end(rest: &str) -> bool {
    rest.find([']', '］'])
        .is_some_and(|k| !rest[k..].chars().skip(1).any(char::is_alphanumeric))
}

/// Folds one printed label into its normal form.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // The characters that stay as they are, most of a label, are copied
    // in runs: `run` is where the run not yet copied starts.
    let mut run = 0;
    // A 子 seen: 予以 may have been read as 子以 (below).
    let mut zi = false;
    for (i, c0) in s.char_indices() {
        let c = misread(hanzi::to_simplified(c0));
        // Nearly every character of a label: an ideograph, which none of
        // the folds below touches.
        if hanzi::is_ideograph(c) {
            zi |= c == '子';
            if c != c0 {
                out.push_str(&s[run..i]);
                run = i + c0.len_utf8();
                out.push(c);
            }
            continue;
        }
        // A sub-row numbered with a circled or bracketed number (`①属于
        // 国家秘密`, `⑵`, `⒈`): as `1.`, `(2)`, `1.`.
        let numbered = match u32::from(c) {
            n @ 0x2460..=0x2473 => Some((n - 0x2460 + 1, false)),
            n @ 0x2474..=0x2487 => Some((n - 0x2474 + 1, true)),
            n @ 0x2488..=0x249b => Some((n - 0x2488 + 1, false)),
            _ => None,
        };
        if let Some((n, bracketed)) = numbered {
            out.push_str(&s[run..i]);
            run = i + c0.len_utf8();
            // Last, after a label's text (`…情形）①`): a note's mark, no
            // numbering; left out. A circled number alone stays (`　①`).
            let circled = (0x2460..=0x2473).contains(&u32::from(c));
            if circled && !s[..i].trim().is_empty() && s[run..].trim().is_empty() {
                continue;
            }
            if bracketed {
                out.push_str(&format!("({n})"));
            } else {
                out.push_str(&format!("{n}."));
            }
            continue;
        }
        let c = match c {
            // A note's mark in square brackets closing a label
            // (`（七）总计[2]`, `［1］`) is a bracketed note like any other;
            // not a Markdown link's text (`[（一）予以公开](url)`).
            '[' | '［' if note_at_end(&s[i..]) => '(',
            ']' | '］' if note_at_end(&s[i..]) => ')',
            '【' | '〔' => '(',
            '】' | '〕' => ')',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\\' => '/',
            '﹑' => '、',
            _ => c,
        };
        let dropped = c.is_whitespace()
            || crate::decode::is_direction_mark(c)
            || matches!(
                c,
                '\u{200b}'
                    | '\u{feff}'
                    | '“'
                    | '”'
                    | '‘'
                    | '’'
                    | '"'
                    | '\''
                    | '「'
                    | '」'
                    | '『'
                    | '』'
                    | '*'
                    | '※'
            );
        if !dropped && c == c0 {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + c0.len_utf8();
        if !dropped {
            out.push(c);
        }
    }
    out.push_str(&s[run..]);
    // 予 read as 子 by text recognition (`子以公开`): no label says 子以.
    if zi && out.contains("子以") {
        out = out.replace("子以", "予以");
    }
    strip_pinyin(out)
}

/// Drops `(guo)`-style pinyin that spam mirrors inject after characters.
fn strip_pinyin(s: String) -> String {
    if !s.contains('(') {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    while let Some(i) = rest.find('(') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let letters = after.bytes().take_while(|b| b.is_ascii_lowercase()).count();
        if letters > 0 && after.as_bytes().get(letters) == Some(&b')') && i > 0 {
            rest = &after[letters + 1..];
        } else {
            out.push('(');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The numbering in front of a label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    /// `一、` … : level 1 (the value `1`…).
    Level1(u8),
    /// `（一）` … : level 2.
    Level2(u8),
    /// `1.` … : level 3.
    Level3(u8),
}

fn cjk_numeral(c: char) -> Option<u8> {
    // A match, not a search of the ten characters: asked of nearly every
    // character of a label by [`path`].
    Some(match c {
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

/// The numbering in front of a printed label, as [`Label::new`] finds
/// it, from the label's first characters only: a cheap test of a cell
/// whose whole analysis is not otherwise needed.
pub fn numbering_of(raw: &str) -> Option<Numbering> {
    let raw = raw.trim_start();
    // Most cells start with an ideograph that is no numeral: no folding
    // needed to say so.
    let first = misread(hanzi::to_simplified(raw.chars().next()?));
    if hanzi::is_ideograph(first) && cjk_numeral(first).is_none() {
        return None;
    }
    let head: String = raw.chars().take(8).collect();
    split_numbering(&norm(&head)).0
}

/// Splits the numbering off a normalised label.
pub fn split_numbering(s: &str) -> (Option<Numbering>, &str) {
    let mut it = s.char_indices();
    match it.next() {
        Some((_, '(')) => {
            if let Some((at, d)) = it.next() {
                let n = cjk_numeral(d)
                    .map(Numbering::Level2)
                    .or_else(|| d.to_digit(10).map(|v| Numbering::Level3(v as u8)));
                match (n, it.next()) {
                    (Some(n), Some((i, ')'))) => return (Some(n), &s[i + 1..]),
                    // The `（` of a group's label cut down a narrow column,
                    // a sub-row's label beside it (`（ 1.属于国家秘密`,
                    // pdftotext's order of such a page): the sub-row's.
                    (Some(Numbering::Level3(_)), Some((_, '.' | '、'))) => {
                        if let (Some(n @ Numbering::Level3(_)), rest) = split_numbering(&s[at..]) {
                            return (Some(n), rest);
                        }
                    }
                    // `（三` of a group's label wrapped down a narrow
                    // column, a sub-row's label beside it (`（三 3.危及
                    // “三安全一稳定”`, text of a narrow page): the sub-row's.
                    (Some(Numbering::Level2(_)), Some((i, c))) if c.is_ascii_digit() => {
                        if let (Some(n @ Numbering::Level3(_)), rest) = split_numbering(&s[i..]) {
                            return (Some(n), rest);
                        }
                    }
                    _ => {}
                }
            }
        }
        Some((_, d)) if cjk_numeral(d).is_some() => match it.next() {
            Some((i, sep @ ('、' | '.' | ','))) => {
                return (
                    cjk_numeral(d).map(Numbering::Level1),
                    &s[i + sep.len_utf8()..],
                );
            }
            // `（一）` whose opening bracket went to the cell before
            // (`三、本年度办理结果（` | `一）予以公开`, pymupdf4llm).
            Some((i, ')')) => return (cjk_numeral(d).map(Numbering::Level2), &s[i + 1..]),
            _ => {}
        },
        Some((_, d)) if d.is_ascii_digit() => {
            let n = s.bytes().take_while(u8::is_ascii_digit).count();
            let (digits, after) = s.split_at(n);
            if let Some(rest) = after.strip_prefix(['.', '、', ')']) {
                if let Ok(v) = digits.parse::<u8>() {
                    return (Some(Numbering::Level3(v)), rest);
                }
            }
        }
        _ => {}
    }
    (None, s)
}

/// The replacement character a decoder writes for bytes it could not
/// read: in a label, one character lost.
const LOST: char = '\u{fffd}';

/// Whether `core` is the template's `key` with some characters lost
/// ([`LOST`] in their places; `lost_end`: its last one too), or with lost
/// characters beside it only.
fn lost_chars_match(key: &str, core: &str, lost_end: bool) -> bool {
    let kept: String = core.chars().filter(|&c| c != LOST).collect();
    let same = |n: usize| {
        key.chars().count() == n
            && key
                .chars()
                .zip(core.chars().chain(std::iter::once(LOST)))
                .all(|(k, c)| c == LOST || c == k)
    };
    kept == key || same(core.chars().count()) || lost_end && same(core.chars().count() + 1)
}

/// The one of `candidates` (a template core and what it stands for)
/// that `l` spells with characters lost ([`lost_chars_match`]), when at
/// least `known` of its characters were read; `None` for a label with
/// none lost, or when none or several fit.
fn lost_chars_row<'a, T: Copy + 'a>(
    l: &Label,
    candidates: impl Iterator<Item = &'a (String, T)>,
    known: usize,
) -> Option<T> {
    if !l.core.contains(LOST) && !l.lost_end
        || l.core.chars().filter(|&c| c != LOST).count() < known
    {
        return None;
    }
    let mut hits = candidates.filter(|(k, _)| lost_chars_match(k, &l.core, l.lost_end));
    match (hits.next(), hits.next()) {
        (Some((_, r)), None) => Some(*r),
        _ => None,
    }
}

/// A label's core without the characters a decoder lost, for the rules
/// that read it as printed.
fn without_lost(core: &str) -> std::borrow::Cow<'_, str> {
    if core.contains(LOST) {
        core.chars()
            .filter(|&c| c != LOST)
            .collect::<String>()
            .into()
    } else {
        core.into()
    }
}

/// The identifying core of a label without its numbering: bracketed
/// notes removed (an unclosed bracket cuts the rest: a note wrapped onto
/// the next line), then only letters and digits kept (punctuation differs
/// between copies), and the characters OCR takes for a template's own
/// read as those ([`ocr_fold`]).
fn core_of(s: &str) -> (String, bool) {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 && is_alnum(c) => out.push(ocr_fold(c)),
            // A character whose bytes a decoder lost: kept, to stand for
            // any one ([`match_request`]).
            LOST if depth == 0 => out.push(LOST),
            _ => {}
        }
    }
    // At either end it may be a cut's (a tool that cut a cell inside a
    // character's bytes: `规范性�`), no character of the label's: dropped,
    // an end's said.
    let mut lost_end = false;
    while out.ends_with(LOST) {
        out.pop();
        lost_end = true;
    }
    let out = match out.strip_prefix(LOST) {
        Some(rest) => rest.trim_start_matches(LOST).to_string(),
        None => out,
    };
    (out, lost_end)
}

/// A character OCR of a scanned report reads in place of one of the
/// templates' (`子以公开`, `行政许叮`, `公幵`, `科研机枃`, `结果维特`):
/// that character. None of these stands in any template label, so a
/// label's core that folds onto a template's was printed as it.
fn ocr_fold(c: char) -> char {
    match c {
        '子' => '予',
        '叮' => '可',
        '幵' => '开',
        '枃' => '构',
        '特' => '持',
        _ => c,
    }
}

/// `char::is_alphanumeric`, answering ASCII and CJK ideographs (nearly
/// every character of a label) without the Unicode tables.
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if hanzi::is_ideograph(c) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// A printed label, analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The numbering in front, if any.
    pub numbering: Option<Numbering>,
    /// The identifying text: no numbering, notes or punctuation.
    pub core: String,
    /// Whether characters a decoder lost ended it (U+FFFD, dropped from
    /// `core`: a cut inside a character's bytes, or its last characters
    /// lost).
    pub lost_end: bool,
}

impl Label {
    /// Analyses a raw label.
    pub fn new(raw: &str) -> Label {
        Label::from_norm(&norm(raw))
    }

    /// Analyses a label already folded by [`norm`].
    pub fn from_norm(n: &str) -> Label {
        let (numbering, rest) = split_numbering(n);
        let (core, lost_end) = core_of(rest);
        Label {
            numbering,
            core,
            lost_end,
        }
    }
}

/// The separators an export puts between a path's parts (in folded text:
/// `／` and `＞` fold to `/` and `>`).
pub const PATH_SEPARATORS: [char; 3] = ['/', '>', '→'];

/// The groups a folded label's path opens, one a part, when every part is
/// a group's label (`三、本年度办理结果/(三)不予公开`); `None` otherwise.
pub fn group_path(n: &str) -> Option<Vec<Group>> {
    let parts = path(n);
    if parts.is_empty() {
        return None;
    }
    parts
        .iter()
        .map(|p| group_of(&Label::from_norm(p)))
        .collect()
}

/// The parts of a folded label that reads as its whole path, each from
/// its numbering on (`三、本年度办理结果(三)不予公开1.属于国家秘密` →
/// `三、本年度办理结果`, `(三)不予公开`, `1.属于国家秘密`), and at the
/// separators an export put between them. A numbering inside brackets (a
/// note) does not start a part; nor does a digit after a digit.
pub fn path(n: &str) -> Vec<&str> {
    // Parts an export set apart with a separator (`第二十条第(一)项/规章`,
    // `三、本年度办理结果>(三)不予公开>1.属于国家秘密`, `→`; a byte test
    // first, as every label cell is asked): each part
    // then read on its own, as below.
    let b = n.as_bytes();
    if memchr::memchr2(b'/', b'>', b).is_some()
        || memchr::memchr(0xE2, b).is_some() && n.contains('→')
    {
        let parts: Vec<&str> = n
            .split(PATH_SEPARATORS)
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        // A path goes from its caption to its row: a caption after the
        // first part is no part of one (`行政强制/第二十条第(八)项…`: a
        // `/` for a blank cell run into the next sub-table's caption).
        let caption = crate::template::CAPTION_START;
        if parts.iter().skip(1).all(|p| !p.starts_with(caption)) {
            return parts.into_iter().flat_map(numbered_parts).collect();
        }
    }
    numbered_parts(n)
}

/// The parts of a folded label by where each part's numbering starts (see
/// [`path`]).
fn numbered_parts(n: &str) -> Vec<&str> {
    // Every later part opens with `(`, `.` or `、`: most labels have none
    // past their first byte, and are one part.
    let opener = |b: &u8| matches!(b, b'(' | b'.');
    if !n.as_bytes().iter().skip(1).any(opener) && !n.contains('、') {
        return if n.is_empty() { Vec::new() } else { vec![n] };
    }
    let mut starts = vec![0];
    // A window of three characters slides over the label (it is read for
    // every label cell: no copy of its characters is made).
    let mut it = n.char_indices();
    let (mut cur, mut nx, mut af) = (it.next(), it.next(), it.next());
    let mut prev: Option<char> = None;
    let mut depth = 0usize;
    while let Some((i, c)) = cur {
        let next = nx.map(|x| x.1);
        let after = af.map(|x| x.1);
        let opens = match c {
            '(' => next.is_some_and(|d| cjk_numeral(d).is_some()) && after == Some(')'),
            _ if depth > 0 => false,
            _ if cjk_numeral(c).is_some() => {
                matches!(next, Some('、')) && prev.is_none_or(|p| cjk_numeral(p).is_none())
            }
            _ if c.is_ascii_digit() => {
                matches!(next, Some('.' | '、'))
                    && after.is_some_and(|a| !a.is_ascii_digit())
                    && !prev.is_some_and(|p| p.is_ascii_digit())
            }
            _ => false,
        };
        if opens && i > 0 && starts.last() != Some(&i) {
            starts.push(i);
        }
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        prev = Some(c);
        (cur, nx, af) = (nx, af, it.next());
    }
    let mut out = Vec::with_capacity(starts.len());
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(n.len());
        if e > s {
            out.push(&n[s..e]);
        }
    }
    out
}

/// A level-2 group of section 三 that sub-rows sit under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// 三、本年度办理结果 (or （一）（二）（七）).
    Results,
    /// （三）不予公开.
    Denied,
    /// （四）无法提供.
    Unable,
    /// （五）不予处理.
    Rejected,
    /// （六）其他处理.
    Other,
}

/// The group a label opens, if it is a group label.
pub fn group_of(l: &Label) -> Option<Group> {
    match l.core.as_str() {
        "不予公开" => Some(Group::Denied),
        "无法提供" => Some(Group::Unable),
        "不予处理" => Some(Group::Rejected),
        "其他处理" => Some(Group::Other),
        "本年度办理结果" => Some(Group::Results),
        _ => None,
    }
}

struct Cores {
    requests: Vec<(String, &'static RequestRow)>,
    /// The same cores in their [`plain`] words.
    plain: Vec<(String, &'static RequestRow)>,
    active: Vec<(String, &'static str)>,
}

fn cores() -> &'static Cores {
    static C: OnceLock<Cores> = OnceLock::new();
    C.get_or_init(|| {
        let mut requests: Vec<(String, &'static RequestRow)> = REQUEST_ROWS
            .iter()
            .map(|r| (Label::new(r.label).core, r))
            .collect();
        if let Some(total) = REQUEST_ROWS.iter().find(|r| r.key == "total_handled") {
            requests.push(("合计".to_string(), total));
        }
        let plain = requests.iter().map(|(c, r)| (plain(c), *r)).collect();
        let mut active: Vec<(String, &'static str)> = Vec::new();
        for r in template::ACTIVE_2019
            .iter()
            .chain(template::ACTIVE_2021.iter())
        {
            let core = Label::new(r.label).core;
            if !active.iter().any(|(c, _)| *c == core) {
                active.push((core, r.key));
            }
        }
        Cores {
            requests,
            plain,
            active,
        }
    })
}

/// A label core without the words offices add to or drop from a row's
/// label without changing the row: `的`, `度` (`上年度` for `上年`), `至`
/// (`结转至下年度`), and a closing `数量` or `申请`.
fn plain(core: &str) -> String {
    let mut p: String = core
        .chars()
        .filter(|c| !matches!(c, '的' | '度' | '至'))
        .collect();
    for end in ["数量", "申请"] {
        if let Some(head) = p.strip_suffix(end) {
            p.truncate(head.len());
        }
    }
    p
}

/// The section 三 row a label stands for in template `t`, given the group
/// it sits under.
pub fn match_request(l: &Label, group: Option<Group>, t: Template) -> Option<&'static RequestRow> {
    let core = l.core.as_str();
    if core.is_empty() {
        return None;
    }
    // Bare words two rows share: only with the numbering or group that
    // makes them one row.
    match core {
        "其他" => {
            let under_other =
                group == Some(Group::Other) || l.numbering == Some(Numbering::Level3(3));
            return if t == Template::F2021 && under_other {
                REQUEST_ROWS.iter().find(|r| r.key == "other_misc")
            } else {
                None
            };
        }
        "其他处理" => {
            return if t == Template::F2019 {
                REQUEST_ROWS.iter().find(|r| r.key == "other")
            } else {
                None
            };
        }
        _ => {}
    }
    let c = cores();
    if let Some((_, r)) = c
        .requests
        .iter()
        .find(|(k, r)| k == core && r.formats.has(t))
    {
        return Some(r);
    }
    // Characters a decoder lost (`禁�公开`): the one row whose words the
    // rest of the label's spell, with as many characters; failing that,
    // the rules below on what is left.
    if let Some(r) = lost_chars_row(l, c.requests.iter().filter(|(_, r)| r.formats.has(t)), 3) {
        return Some(r);
    }
    let kept = without_lost(core);
    let core = kept.as_ref();
    // A label cut by a line wrap: an unambiguous prefix of four or more
    // (a label that runs on past a row's words is another row, or text).
    if core.chars().count() >= 4 {
        let mut hits = c
            .requests
            .iter()
            .filter(|(k, r)| k.starts_with(core) && r.formats.has(t) && k.chars().count() > 3);
        if let (Some((_, r)), None) = (hits.next(), hits.next()) {
            return Some(r);
        }
    }
    // The row's words rephrased with the particles an office adds or
    // drops (`上年度结转的政府信息公开申请数量`, `结转至下年度继续办理`,
    // `结转下年度继续办理的申请`): the same words once those are gone,
    // of one row only.
    let p = plain(core);
    if p.chars().count() >= 4 {
        let mut hits = c.plain.iter().filter(|(k, r)| *k == p && r.formats.has(t));
        if let (Some((_, r)), None) = (hits.next(), hits.next()) {
            return Some(r);
        }
    }
    // A sub-row's label cut short by a narrow column (`3.危及“三`,
    // `7.属于行政`): its number and the head of its words, when they are
    // one sub-row's (of the group above it, when that is known).
    if let (Some(Numbering::Level3(n)), true) = (l.numbering, core.chars().count() >= 2) {
        let mut hits = c.requests.iter().filter(|(k, r)| {
            k.starts_with(core)
                && r.formats.has(t)
                && Label::new(r.label).numbering == Some(Numbering::Level3(n))
                && group.is_none_or(|g| r.group.map(|h| group_of(&Label::new(h))) == Some(Some(g)))
        });
        if let (Some((_, r)), None) = (hits.next(), hits.next()) {
            return Some(r);
        }
    }
    None
}

/// A sub-row printed with its number and no words (`1.`, `2.` under
/// `（三）不予公开`: a plain-text edition that left the words out): the
/// sub-row of that number in the group above it, when the group is known
/// and has sub-rows, and the number is `next`, the one after the group's
/// sub-row read last (1 right after the group's label). A number out of
/// that order says the group above is not the one it is under (PDF text
/// prints a merged group label on its middle sub-row, after the `1.` of
/// its group).
pub fn numbered_only(
    l: &Label,
    group: Option<Group>,
    next: u8,
    t: Template,
) -> Option<&'static RequestRow> {
    let (Some(Numbering::Level3(n)), Some(g), true) = (l.numbering, group, l.core.is_empty())
    else {
        return None;
    };
    if n != next {
        return None;
    }
    let mut hits = REQUEST_ROWS.iter().filter(|r| {
        r.formats.has(t)
            && sub_number(r.label) == Some(n)
            && r.group.map(|h| group_of(&Label::new(h))) == Some(Some(g))
    });
    match (hits.next(), hits.next()) {
        (Some(r), None) => Some(r),
        _ => None,
    }
}

/// The number of a template sub-row (`3` of `3.危及“三安全一稳定”`), read
/// off the template's own label without analysing it.
pub fn sub_number(template_label: &str) -> Option<u8> {
    let (n, rest) = template_label.split_once('.')?;
    (!rest.is_empty()).then_some(())?;
    n.parse().ok()
}

/// Where a section-二 label stands: the caption of the sub-table above it
/// (`第二十条第（五）项`) and the rows of it already read.
#[derive(Debug, Clone, Copy)]
pub struct ActiveScope<'a> {
    /// The sub-table's caption, as the template writes it.
    pub caption: &'static str,
    /// The keys of the rows already read.
    pub taken: &'a [&'static str],
}

/// The section 二 row key a label stands for in template `t`; `scope`,
/// when known, narrows a label cut to its head.
pub fn match_active(
    l: &Label,
    t: Template,
    scope: Option<ActiveScope<'_>>,
) -> Option<&'static ActiveRow> {
    let rows = template::active_rows(t);
    // The core without characters a decoder lost, for the rules after
    // the one that weighs them.
    let kept = without_lost(&l.core);
    let core = kept.as_ref();
    let key = cores()
        .active
        .iter()
        .find(|(k, _)| *k == core)
        .map(|(_, key)| *key)
        // Characters a decoder lost (`政府集�采�`).
        .or_else(|| lost_chars_row(l, cores().active.iter(), 2))
        .or_else(|| {
            // 规范性文件 vs 行政规范性文件; a wrapped label's head.
            if core.chars().count() < 4 {
                return None;
            }
            let mut hits = cores()
                .active
                .iter()
                .filter(|(k, _)| k.starts_with(core) && k.chars().count() >= 4);
            match (hits.next(), hits.next()) {
                (Some((_, key)), None) => Some(*key),
                _ => None,
            }
        });
    if let Some(key) = key {
        return rows.iter().find(|r| r.key == key);
    }
    // A label cut shorter by a narrow column (`行政`): the one row not yet
    // read of the sub-table it stands in that begins so; none where two
    // do (行政处罚, 行政强制 under （六）).
    let scope = scope?;
    if l.numbering.is_some() || core.chars().count() < 2 {
        return None;
    }
    let mut hits = rows.iter().filter(|d| {
        d.caption == scope.caption
            && !scope.taken.contains(&d.key)
            && Label::new(d.label).core.starts_with(core)
    });
    match (hits.next(), hits.next()) {
        (Some(d), None) => Some(d),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(raw: &str, g: Option<Group>, t: Template) -> Option<&'static str> {
        match_request(&Label::new(raw), g, t).map(|r| r.key)
    }

    /// A sub-row printed with its number only is the sub-row of that
    /// number in the group above it; with no group known, or a number the
    /// group has not, it is none.
    #[test]
    fn sub_rows_numbered_only() {
        let t = Template::F2021;
        let key = |raw: &str, g: Option<Group>, next: u8| {
            numbered_only(&Label::new(raw), g, next, t).map(|r| r.key)
        };
        assert_eq!(
            key("1.", Some(Group::Denied), 1),
            Some("denied_state_secret")
        );
        assert_eq!(key("8.", Some(Group::Denied), 8), Some("denied_query"));
        assert_eq!(key("3.", Some(Group::Unable), 3), Some("unable_unclear"));
        assert_eq!(
            key("5.", Some(Group::Rejected), 5),
            Some("rejected_confirm")
        );
        assert_eq!(key("3.", Some(Group::Other), 3), Some("other_misc"));
        assert_eq!(key("4.", Some(Group::Unable), 4), None);
        assert_eq!(key("1.", None, 1), None);
        // Out of order: the group above is not this one's.
        assert_eq!(key("1.", Some(Group::Denied), 9), None);
        // Words after the number: a label, matched as such.
        assert_eq!(key("1.属于国家秘密", Some(Group::Denied), 1), None);
        assert!(match_request(&Label::new("1."), Some(Group::Denied), t).is_none());
    }

    /// Characters text recognition reads for the template's own.
    #[test]
    fn misread_characters_of_a_scan() {
        let t = Template::F2021;
        assert_eq!(
            key("一、本年新收政府信息公幵申请数量", None, t),
            Some("new_received")
        );
        assert_eq!(
            key("1.本杋关不掌握相关政府信息", Some(Group::Unable), t),
            Some("unable_not_held")
        );
        assert_eq!(key("(一)子以公开", None, t), Some("granted"));
    }

    /// Sub-row labels cut to a narrow column (html2text): the number and
    /// the head of the words name one sub-row; a head two sub-rows of that
    /// number share, or one of another number, names none.
    #[test]
    fn circled_and_bracketed_numbers_number_sub_rows() {
        assert_eq!(norm("①属于国家秘密"), "1.属于国家秘密");
        assert_eq!(norm("　①"), "1.");
        assert_eq!(
            Label::new("（二）部分公开（区分处理的，只计这一情形，不计其他情形）①").core,
            Label::new("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").core
        );
        // Written as raw HTML in a text table's cell (pandoc's DokuWiki):
        // the text reader takes the tags out, the mark is then the same.
        let doc = crate::parse::text::parse(
            "|（二）部分公开（区分处理的，只计这一情形，不计其他情形）<sup>①</sup>|1|1|\n|（三）不予公开|0|0|\n",
            &crate::config::Limits::default(),
        );
        let rows = crate::extract::rows::rows_of(&doc);
        let cell = rows[0]
            .cells
            .iter()
            .find(|c| !c.text.trim().is_empty())
            .unwrap();
        assert_eq!(
            Label::new(cell.text).core,
            Label::new("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").core
        );
        assert_eq!(norm("⑵重复申请"), "(2)重复申请");
        assert_eq!(norm("⒊其他"), "3.其他");
        let l = Label::new("⑧属于行政查询事项");
        assert_eq!(l.numbering, Some(Numbering::Level3(8)));
        assert_eq!(l.core, "属于行政查询事项");
    }

    /// A label marked with a note in square brackets (`（七）总计[2]`, the
    /// note printed below the table) is the template's row.
    #[test]
    fn notes_marked_in_square_brackets() {
        for t in [Template::F2019, Template::F2021] {
            assert_eq!(key("（七）总计[2]", None, t), Some("total_handled"));
            // A Markdown link's text stays the label.
            assert_eq!(key("[（一）予以公开](#a)", None, t), Some("granted"));
            assert_eq!(
                key("四、结转下年度继续办理［3］", None, t),
                Some("carried_forward")
            );
        }
    }

    /// Rows an office words a little differently (round 24's pages):
    /// the same row; the particles never make two rows one.
    #[test]
    fn rows_reworded_with_particles() {
        for t in [Template::F2019, Template::F2021] {
            assert_eq!(
                key("二、上年度结转的政府信息公开申请数量", None, t),
                Some("carried_over")
            );
            assert_eq!(
                key("二、上年结转的政府信息公开申请", None, t),
                Some("carried_over")
            );
            assert_eq!(
                key("四、结转至下年度继续办理", None, t),
                Some("carried_forward")
            );
            assert_eq!(
                key("四、结转下年度继续办理的申请", None, t),
                Some("carried_forward")
            );
            assert_eq!(
                key("一、本年度新收的政府信息公开申请", None, t),
                Some("new_received")
            );
            // No two rows of a template share their plain words.
            let c = cores();
            for (i, (a, r)) in c.plain.iter().enumerate() {
                for (b, q) in &c.plain[i + 1..] {
                    if r.formats.has(t) && q.formats.has(t) && r.key != q.key {
                        assert_ne!(a, b, "{} and {}", r.key, q.key);
                    }
                }
            }
        }
        assert_eq!(key("结转", None, Template::F2021), None);
        assert_eq!(key("下年度继续办理", None, Template::F2021), None);
    }

    #[test]
    fn sub_rows_cut_short() {
        let t = Template::F2019;
        assert_eq!(key("3.危及“三", None, t), Some("denied_safety"));
        assert_eq!(key("7.属于行政", None, t), Some("denied_enforcement"));
        assert_eq!(key("8.属于行政", None, t), Some("denied_query"));
        assert_eq!(key("2.重复申", None, t), Some("rejected_duplicate"));
        assert_eq!(
            key("2.重复申", Some(Group::Denied), t),
            None,
            "not a sub-row of 不予公开"
        );
        assert_eq!(key("3.属于行政", None, t), None);
        assert_eq!(key("1.属", None, t), None, "one character is no head");
    }

    #[test]
    fn labels_in_their_printed_shapes() {
        let t = Template::F2019;
        assert_eq!(
            key("一、本年新收政府信息公开申请数量", None, t),
            Some("new_received")
        );
        assert_eq!(
            key("二、上年结转政府信息公开申请数量", None, t),
            Some("carried_over")
        );
        assert_eq!(
            key("四、结转下年度继续办理", None, t),
            Some("carried_forward")
        );
        assert_eq!(
            key(
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                None,
                t
            ),
            Some("partial")
        );
        assert_eq!(
            key("（二）部分公开（区分处理的，只计这一情形，不计", None, t),
            Some("partial")
        );
        assert_eq!(key("(二) 部分公开", None, t), Some("partial"));
        assert_eq!(key("3.危及“三安全一稳定”", None, t), Some("denied_safety"));
        assert_eq!(
            key("3.危及\"三安全一稳定\"", None, t),
            Some("denied_safety")
        );
        assert_eq!(key("（七）总计", None, t), Some("total_handled"));
        assert_eq!(key("（七）合计", None, t), Some("total_handled"));
        assert_eq!(key("（六）其他处理", None, t), Some("other"));
        assert_eq!(key("（六）其他处理", None, Template::F2021), None);
        assert_eq!(
            key("3.其他", Some(Group::Other), Template::F2021),
            Some("other_misc")
        );
        assert_eq!(key("其他", None, Template::F2021), None);
        assert_eq!(key("结转", None, t), None);
        assert_eq!(
            key(
                "2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请",
                None,
                Template::F2021
            ),
            Some("other_no_fee")
        );
        assert_eq!(
            key(
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政",
                None,
                Template::F2021
            ),
            Some("other_no_correction")
        );
    }

    #[test]
    fn active_labels() {
        let a = |raw: &str, t| match_active(&Label::new(raw), t, None).map(|r| r.key);
        assert_eq!(
            a(
                "规章(设区的市、自治州人民政府应提供相关数据)",
                Template::F2019
            ),
            Some("regulations")
        );
        assert_eq!(a("规范性文件", Template::F2021), Some("normative_docs"));
        assert_eq!(a("行政规范性文件", Template::F2021), Some("normative_docs"));
        assert_eq!(a("其他对外管理服务事项", Template::F2021), None);
        assert_eq!(a("政府集中采购", Template::F2019), Some("procurement"));
        assert_eq!(a("其他主动公开文件", Template::F2019), None);
    }

    #[test]
    fn labels_that_read_as_their_path() {
        let n = norm("三、本年度办理结果 （三）不予公开 1.属于国家秘密");
        assert_eq!(
            path(&n),
            vec!["三、本年度办理结果", "(三)不予公开", "1.属于国家秘密"]
        );
        let n = norm("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assert_eq!(path(&n).len(), 1);
        assert_eq!(path(&norm("上一年项目数量(指2019年事项数)")).len(), 1);
        assert_eq!(
            path(&norm("（六）其他处理3.其他")),
            vec!["(六)其他处理", "3.其他"]
        );
        // Parts an export set apart: `／`, ` > `, `→`.
        assert_eq!(
            path(&norm("第二十条第（一）项／规章")),
            vec!["第二十条第", "(一)项", "规章"]
        );
        assert_eq!(
            path(&norm(
                "三、本年度办理结果 > （三）不予公开 > 1.属于国家秘密"
            )),
            vec!["三、本年度办理结果", "(三)不予公开", "1.属于国家秘密"]
        );
        assert_eq!(
            path(&norm("行政诉讼→复议后起诉")),
            vec!["行政诉讼", "复议后起诉"]
        );
        // A `/` for a blank cell, run into the next sub-table's caption.
        assert_eq!(
            path(&norm("行政强制/第二十条第（八）项")),
            vec!["行政强制/第二十条第", "(八)项"]
        );
    }

    #[test]
    fn characters_misread_by_ocr() {
        assert_eq!(Label::new("( 一 ) 子 以 公 开").core, "予以公开");
        assert_eq!(Label::new("行 政 许 叮").core, "行政许可");
        assert_eq!(Label::new("科研机枃").core, "科研机构");
        assert_eq!(group_of(&Label::new("（三）不子公开")), Some(Group::Denied));
    }

    /// The numbering from a label's first characters is the whole
    /// label's, in every printed form.
    #[test]
    fn numbering_of_a_cell_is_its_labels() {
        for raw in [
            "1.属于国家秘密",
            "（三）不予公开",
            "(三)不予公开",
            "①属于国家秘密",
            "１．属于国家秘密",
            "一）予以公开",
            "12、其他",
            "公开申请数量",
            "区分处理的，只计这一情形",
            "（本列数据的勾稽关系为",
            "2025年1月",
        ] {
            assert_eq!(numbering_of(raw), Label::new(raw).numbering, "{raw}");
        }
        assert_eq!(numbering_of("①属于国家秘密"), Some(Numbering::Level3(1)));
        assert_eq!(numbering_of("公开申请数量"), None);
    }

    /// A group's numbering wrapped down a narrow column beside a sub-row's
    /// label (`（三 3.危及…`): the sub-row's numbering; a bracket before a
    /// year is no numbering.
    #[test]
    fn a_group_numbering_cut_beside_a_sub_row() {
        let cut = norm("（三 3.危及“三安全一稳定”");
        let (n, rest) = split_numbering(&cut);
        assert_eq!(n, Some(Numbering::Level3(3)));
        assert_eq!(Label::from_norm(rest).core, "危及三安全一稳定");
        assert_eq!(split_numbering(&norm("（三2019年")).0, None);
        assert_eq!(
            split_numbering(&norm("（三）不予公开")).0,
            Some(Numbering::Level2(3))
        );
        // The bracket alone, cut off its group's label (`（ 1.属于国家秘密`):
        // the sub-row's numbering; `（1）` and `（12` as before.
        let cut = norm("（ 1.属于国家秘密");
        let (n, rest) = split_numbering(&cut);
        assert_eq!(n, Some(Numbering::Level3(1)));
        assert_eq!(Label::from_norm(rest).core, "属于国家秘密");
        assert_eq!(
            split_numbering(&norm("（1）属于")).0,
            Some(Numbering::Level3(1))
        );
        assert_eq!(split_numbering(&norm("（12件")).0, None);
    }

    /// Characters a decoder lost (round 29's vilistextum copies: U+FFFD
    /// for 止, 正, 续, 采, 中): the row whose words the rest spells.
    #[test]
    fn labels_with_lost_characters() {
        let row = |l: &str| match_request(&Label::new(l), None, Template::F2021).map(|r| r.key);
        assert_eq!(
            row("2.其他法律行政法规禁\u{fffd}公开"),
            Some("denied_law_forbidden")
        );
        assert_eq!(
            row("3.补\u{fffd}后申请内容仍不明确"),
            Some("unable_unclear")
        );
        assert_eq!(row("四、结转下年度继\u{fffd}办理"), Some("carried_forward"));
        assert_eq!(row("（一）予以公开\u{fffd}"), Some("granted"));
        // Too little left to tell.
        assert_eq!(row("\u{fffd}\u{fffd}\u{fffd}"), None);
        let active = |l: &str| match_active(&Label::new(l), Template::F2019, None).map(|r| r.key);
        assert_eq!(active("政府集\u{fffd}采\u{fffd}"), Some("procurement"));
    }

    #[test]
    fn numbering_and_pinyin() {
        assert_eq!(Label::new("（三） 不予公开").core, "不予公开");
        assert_eq!(
            Label::new("(三)不予公开").numbering,
            Some(Numbering::Level2(3))
        );
        // Its opening bracket left in the cell before (`…结果（` |
        // `一）予以公开`).
        assert_eq!(
            Label::new("一）予以公开").numbering,
            Some(Numbering::Level2(1))
        );
        assert_eq!(Label::new("一）予以公开").core, "予以公开");
        assert_eq!(norm("國(guo)務院辦(ban)公(gong)廳"), norm("國務院辦公廳"));
        assert_eq!(Label::new("本年增\\减").core, Label::new("本年增/减").core);
    }
}
