//! What a cell's text says as a value: blank, a dash, a number (with its
//! unit), or text that is not a number.
//!
//! The parsers use [`lex`] to tell value cells from labels; the extractor
//! uses it to read numbers. Numbers are kept as exact decimals so that
//! `12.34万元` becomes exactly 123400 yuan.

/// A unit written inside a value cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// No unit.
    None,
    /// 元.
    Yuan,
    /// 万元 (×10,000 yuan).
    WanYuan,
    /// A count unit: 件, 条, 个, 项, 次, 起, 宗, 家.
    Count,
}

/// The unit `text` names, as written after a value in its cell or in a
/// column's header (`元`, `万元`, `件`); `None` for anything else.
/// Traditional script (萬元, 條) folds like every label does.
pub fn unit_of(text: &str) -> Option<Unit> {
    let t: String = text.chars().map(crate::hanzi::to_simplified).collect();
    Some(match t.as_str() {
        "" => Unit::None,
        "元" => Unit::Yuan,
        "万元" | "万" => Unit::WanYuan,
        "件" | "条" | "个" | "项" | "次" | "起" | "宗" | "家" | "份" => Unit::Count,
        _ => return None,
    })
}

/// The text after a number without the footnote marker a report put
/// after it (`99*`, `4817①`, `3注`, `12（注2）`, `7件※`, `4817[1]`), which a note
/// under the table explains: the number is the cell's.
fn without_marker(rest: &str) -> &str {
    let mut t = rest.trim_end();
    // `（注2）`, `(注)`: a bracketed note mark; `[1]`, Word's footnote
    // reference.
    for (open, close) in [("（", "）"), ("(", ")"), ("[", "]"), ("［", "］")] {
        if let Some(inner) = t.strip_suffix(close).and_then(|x| x.rsplit_once(open)) {
            let square = open == "[" || open == "［";
            let digits = !inner.1.is_empty()
                && inner.1.chars().all(|c| {
                    c.is_ascii_digit() || ('\u{2460}'..='\u{2473}').contains(&c) || c == '*'
                });
            if inner.1.starts_with('注') || square && digits {
                t = inner.0;
            }
        }
    }
    let t = t.trim_end_matches(|c: char| {
        ('\u{2460}'..='\u{2473}').contains(&c) || matches!(c, '*' | '＊' | '※')
    });
    // `注`, `注1`: the note's word and its number.
    let bare = t.trim_end_matches(|c: char| c.is_ascii_digit());
    match bare.strip_suffix('注') {
        Some(before) => before,
        None => t,
    }
}

/// An exact decimal: `digits × 10^-scale`, with a sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    /// True for a negative number.
    pub negative: bool,
    /// All digits as one integer.
    pub digits: u128,
    /// How many of them are after the decimal point.
    pub scale: u32,
}

impl Decimal {
    /// Multiplies by 10^4 exactly (万 → units).
    pub fn times_10k(self) -> Decimal {
        if self.scale >= 4 {
            Decimal {
                scale: self.scale - 4,
                ..self
            }
        } else {
            let up = 10u128.pow(4 - self.scale);
            Decimal {
                digits: self.digits.saturating_mul(up),
                scale: 0,
                ..self
            }
        }
    }

    /// The nearest `f64` (exact for integers below 2^53 and for money with
    /// a few decimals, which print back as written).
    pub fn to_f64(self) -> f64 {
        let mag = if self.scale == 0 {
            self.digits as f64
        } else {
            let s = format!("{}e-{}", self.digits, self.scale);
            s.parse::<f64>().unwrap_or(f64::NAN)
        };
        if self.negative {
            -mag
        } else {
            mag
        }
    }
}

/// What a cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lexed {
    /// Nothing (spaces, `&nbsp;`): a blank value, `null`.
    Blank,
    /// A dash or slash standing for "not applicable": `null`.
    Dash,
    /// A number, possibly signed, with the unit written in the cell.
    Number {
        /// The number as written.
        value: Decimal,
        /// The unit written after it.
        unit: Unit,
        /// Whether it carried an explicit `+` or `-` sign.
        signed: bool,
    },
    /// Anything else: a label, or a value cell that is not a number.
    Text,
}

impl Lexed {
    /// Whether the cell can stand in a value position (blank, dash,
    /// number).
    pub fn is_value(self) -> bool {
        !matches!(self, Lexed::Text)
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
        || c == '\u{3000}'
        || c == '\u{a0}'
        || c == '\u{200b}'
        || c == '\u{feff}'
        || c == CELL_BREAK
        // Decoding drops them from the text; a reference or an escape
        // decoded later (`&lrm;`, pandoc's `\8206`) may bring one back.
        || crate::decode::is_direction_mark(c)
}

/// The measure words a count is written with in a sentence (`27件`,
/// `3项`, `23期`).
pub const COUNT_UNITS: [char; 11] = [
    '件', '个', '项', '条', '次', '人', '期', '份', '宗', '起', '篇',
];

/// A line break between two digits of a table's cell (a Markdown cell's
/// `<br>`), as the text parser marks it: one number wrapped (`1<br>234`,
/// read as `1 234`, its thousands) or two cells run into one (`4<br>2`,
/// two numbers). A soft hyphen: one a source prints itself (`&shy;`
/// from Word) is read as a space too, as it is invisible in print.
pub const CELL_BREAK: char = '\u{ad}';

/// The numbers a cell holds apart (by spaces or a [`CELL_BREAK`]): its
/// pieces, for a reader that parts a cell two tool-merged cells make.
pub fn cell_pieces(text: &str) -> impl Iterator<Item = &str> + Clone {
    text.split(|c: char| c.is_whitespace() || c == CELL_BREAK)
        .filter(|t| !t.is_empty())
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '—'
            | '–'
            | '―'
            | '－'
            | '─'
            | '‐'
            | '‑'
            | '−'
            | '/'
            | '／'
            | '\\'
            | '＼'
            | '_'
            | '…'
    )
}

/// Reads a cell's text as a value.
pub fn lex(text: &str) -> Lexed {
    let t = text.trim_matches(is_space);
    let Some(first) = t.chars().next() else {
        return Lexed::Blank;
    };
    // Plain whole numbers, the commonest value cell: what the full reading
    // below gives them, without its iterator and buffers.
    if t.len() <= 19 && t.bytes().all(|b| b.is_ascii_digit()) {
        let digits = t.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        return Lexed::Number {
            value: Decimal {
                negative: false,
                digits: u128::from(digits),
                scale: 0,
            },
            unit: Unit::None,
            signed: false,
        };
    }
    // The ideographic zero (〇, U+3007) alone, as a cell typed with a
    // Chinese input method may hold it: the number 0, written so.
    if t == "\u{3007}" {
        return Lexed::Number {
            value: Decimal {
                negative: false,
                digits: 0,
                scale: 0,
            },
            unit: Unit::None,
            signed: false,
        };
    }
    // A change written with an arrow or a word for its sign (`↓3`,
    // `减少2`, `增加1`): the number, signed.
    if let Some((negative, rest)) = direction(t) {
        return match lex(rest) {
            Lexed::Number {
                mut value,
                unit,
                signed: false,
            } if !value.negative => {
                value.negative = negative && value.digits != 0;
                Lexed::Number {
                    value,
                    unit,
                    signed: true,
                }
            }
            _ => Lexed::Text,
        };
    }
    // Most other cells that reach here are labels: a cell that starts with
    // anything but a digit, a sign, a dash or the `n` of `nan`/`none` is
    // text (what follows would find the same, a character at a time).
    let head = fold(first);
    if !(head.is_ascii_digit() || matches!(head, '+' | '-' | 'n' | 'N') || is_dash(first)) {
        return Lexed::Text;
    }
    if t.chars().all(|c| is_dash(c) || is_space(c)) {
        return Lexed::Dash;
    }
    // What data tools print for a missing value (pandas: `nan`).
    if ["nan", "none", "null", "n/a", "na"]
        .iter()
        .any(|m| t.eq_ignore_ascii_case(m))
    {
        return Lexed::Dash;
    }
    lex_number(t).unwrap_or(Lexed::Text)
}

/// A change's sign written as an arrow or a word before its number:
/// whether it is a decrease, and the rest; `None` for any other text.
fn direction(t: &str) -> Option<(bool, &str)> {
    const WORDS: [(&str, bool); 8] = [
        ("↓", true),
        ("减少", true),
        ("下降", true),
        ("减", true),
        ("↑", false),
        ("增加", false),
        ("新增", false),
        ("增", false),
    ];
    // One test for nearly every cell: none starts so.
    if !t.starts_with(['↓', '减', '下', '↑', '增', '新']) {
        return None;
    }
    WORDS.iter().find_map(|&(w, neg)| {
        let rest = t.strip_prefix(w)?.trim_start_matches(is_space);
        rest.chars().next().filter(|&c| is_digit(c))?;
        Some((neg, rest))
    })
}

/// Whether a cell holds the word a report writes for "none" (`无`) where
/// a value belongs: a blank (`null`, never 0) for the readers that know
/// the cell is a value's. Not a [`Lexed::Dash`]: alone on a line it may
/// be a character of a label printed down a column (`（四）无法提供`), no
/// value of a stream of one cell a line.
pub fn is_blank_word(text: &str) -> bool {
    text.trim_matches(is_space) == "无"
}

/// The number a cell's text reads as; `None` for a blank, a dash or text.
pub fn number(text: &str) -> Option<f64> {
    match lex(text) {
        Lexed::Number { value, .. } => Some(value.to_f64()),
        _ => None,
    }
}

/// A digit as reports print them: ASCII, or full-width (`０`–`９`).
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// A full-width digit as its ASCII digit; any other character as it is.
pub fn fold_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        _ => c,
    }
}

/// Folds a full-width digit or sign to ASCII.
fn fold(c: char) -> char {
    match c {
        '０'..='９' => fold_digit(c),
        '．' => '.',
        '，' | '､' => ',',
        '＋' => '+',
        // Decoding folds the hyphens already; a reference decoded later
        // (`&#8209;`, `&minus;`) may bring one back.
        '－' | '–' => '-',
        _ if crate::decode::is_hyphen(c) => '-',
        _ => c,
    }
}

/// A number's reading of `t`, unless two spaces or more stand inside it:
/// two cells' numbers a splitter left in one cell (`3      0`), not one
/// number.
fn lex_number(t: &str) -> Option<Lexed> {
    let read = lex_digits(t)?;
    // A space between two digits stands only between thousands (`1 234`,
    // each group after the first of three): numbers a cell holds side by
    // side (`27 4 0 0 1`, `3 17000`: a tool that merged columns) are not
    // one number.
    let tokens: Vec<&str> = t.split(is_space).filter(|s| !s.is_empty()).collect();
    let digits_at_start = |s: &str| s.chars().take_while(|&c| is_digit(c)).count();
    let digits_at_end = |s: &str| s.chars().rev().take_while(|&c| is_digit(c)).count();
    for (i, w) in tokens.windows(2).enumerate() {
        let (before, after) = (digits_at_end(w[0]), digits_at_start(w[1]));
        if before > 0 && after > 0 && (after != 3 || i == 0 && before > 3) {
            return None;
        }
    }
    // Two spaces or more between two digits (a unit after them, `37  件`,
    // is the number's own).
    let numeric = |c: char| is_digit(c) || matches!(fold(c), '.' | ',' | '+' | '-');
    let (mut spaces, mut before) = (0, false);
    for c in t.chars() {
        if is_space(c) {
            spaces += 1;
            continue;
        }
        if spaces >= 2 && before && numeric(c) {
            return None;
        }
        spaces = 0;
        before = numeric(c);
    }
    Some(read)
}

fn lex_digits(t: &str) -> Option<Lexed> {
    let mut chars = t.chars().map(fold).filter(|c| !is_space(*c)).peekable();
    let mut negative = false;
    let mut signed = false;
    match chars.peek() {
        Some('+') => {
            signed = true;
            chars.next();
        }
        Some('-') => {
            signed = true;
            negative = true;
            chars.next();
        }
        _ => {}
    }
    let mut digits: u128 = 0;
    let mut scale = 0u32;
    let mut n_int = 0usize;
    let mut group = 0usize; // digits since the last thousands separator
    let mut saw_sep = false;
    let mut in_frac = false;
    let mut rest = String::new();
    for c in chars.by_ref() {
        match c {
            '0'..='9' => {
                digits = digits
                    .checked_mul(10)?
                    .checked_add(c as u128 - '0' as u128)?;
                if in_frac {
                    scale += 1;
                } else {
                    n_int += 1;
                    group += 1;
                }
            }
            ',' if !in_frac && n_int > 0 => {
                // A thousands separator: groups of three after the first.
                if saw_sep && group != 3 || !saw_sep && group > 3 {
                    return None;
                }
                saw_sep = true;
                group = 0;
            }
            '.' if !in_frac && n_int > 0 => {
                in_frac = true;
            }
            _ => {
                rest.push(c);
                break;
            }
        }
    }
    if n_int == 0 || (saw_sep && group != 3) || (in_frac && scale == 0) {
        return None;
    }
    rest.extend(chars);
    let unit = unit_of(without_marker(&rest))?;
    Some(Lexed::Number {
        value: Decimal {
            negative,
            digits,
            scale,
        },
        unit,
        signed,
    })
}

#[cfg(test)]
mod tests {

    use super::*;

    fn num(t: &str) -> Option<f64> {
        number(t)
    }

    #[test]
    fn numbers_in_their_real_shapes() {
        assert_eq!(num("4"), Some(4.0));
        assert_eq!(num(" １６ "), Some(16.0));
        assert_eq!(num("39173777.52元"), Some(39173777.52));
        assert_eq!(num("39,173,777.52"), Some(39173777.52));
        assert_eq!(num("+1036"), Some(1036.0));
        assert_eq!(num("-8"), Some(-8.0));
        assert_eq!(num("－8"), Some(-8.0));
        // A change's sign as an arrow or a word.
        assert_eq!(num("↓3"), Some(-3.0));
        assert_eq!(num("减少 2"), Some(-2.0));
        assert_eq!(num("增加1"), Some(1.0));
        assert_eq!(num("↑0"), Some(0.0));
        assert_eq!(num("减少"), None);
        assert_eq!(num("减少-2"), None);
        assert_eq!(num("16 件"), Some(16.0));
        assert_eq!(num("3101.67萬元"), Some(3101.67));
        assert_eq!(num("16條"), Some(16.0));
        assert_eq!(num("1,23"), None);
        assert_eq!(num("12,3456"), None);
        assert_eq!(num("1."), None);
        // Two cells' numbers a splitter left in one cell are not one.
        assert_eq!(num("3              0"), None);
        assert_eq!(num("27 4 0 0 1"), None);
        assert_eq!(num("3 17000"), None);
        assert_eq!(num("1 234"), Some(1234.0));
        assert_eq!(num("12 345 678"), Some(12345678.0));
        assert_eq!(num("１　　２"), None);
        // A unit after the number is its own, spaces or not.
        assert_eq!(num("37  件"), Some(37.0));
        assert_eq!(num("45　　项"), Some(45.0));
        // A footnote's mark after the number is not part of it.
        assert_eq!(num("99*"), Some(99.0));
        assert_eq!(num("4817①"), Some(4817.0));
        assert_eq!(num("3注"), Some(3.0));
        assert_eq!(num("3注2"), Some(3.0));
        assert_eq!(num("12（注2）"), Some(12.0));
        assert_eq!(num("4817[1]"), Some(4817.0));
        assert_eq!(num("4817[a]"), None);
        assert_eq!(num("12 [②]"), Some(12.0));
        assert_eq!(num("7件※"), Some(7.0));
        assert_eq!(num("7注意"), None);
        assert_eq!(num("7*8"), None);
        // The ideographic zero alone is 0; a circle is not a number, nor
        // is the zero inside a year written in words.
        assert_eq!(num("〇"), Some(0.0));
        assert_eq!(num("○"), None);
        assert_eq!(num("二〇二三"), None);
    }

    /// Marks of bidirectional text around or inside a value are nothing
    /// (`\u{200e}12\u{200e}`, an `&lrm;` before a number).
    #[test]
    fn direction_marks_are_nothing() {
        assert_eq!(number("\u{200e}12\u{200e}"), Some(12.0));
        assert_eq!(number("\u{200f}\u{2066}7\u{2069}"), Some(7.0));
    }

    #[test]
    fn blanks_dashes_and_text() {
        assert_eq!(lex(""), Lexed::Blank);
        assert_eq!(lex("\u{a0} \u{3000}"), Lexed::Blank);
        for d in ["-", "—", "——", "/", "／", "－", "\\"] {
            assert_eq!(lex(d), Lexed::Dash, "{d}");
        }
        for t in [
            "无",
            "见附件",
            "规章",
            "1.属于国家秘密",
            "第二十条第（一）项",
            "2020年",
        ] {
            assert_eq!(lex(t), Lexed::Text, "{t}");
        }
    }

    #[test]
    fn wan_yuan_is_exact() {
        let Lexed::Number { value, unit, .. } = lex("12.34万元") else {
            panic!("not a number")
        };
        assert_eq!(unit, Unit::WanYuan);
        assert_eq!(value.times_10k().to_f64(), 123400.0);
        let Lexed::Number { value, .. } = lex("0.00015") else {
            panic!("not a number")
        };
        assert_eq!(value.times_10k().to_f64(), 1.5);
    }
}
