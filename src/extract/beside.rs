//! Section 三 as a PDF's text lines come out when they are ordered by
//! where each line sits on the page (poppler's TSV words grouped into
//! lines): a row's values stand level with the middle of its label's cell,
//! so they print *before* a label of one line and between the lines of a
//! label that wrapped (`38 4 0 0 1 0 43` / `一、本年新收…`, `2. 其他法律行政法`
//! / `0 0 0 0 0 0 0` / `规禁止公开`). Read row by row, each label takes the
//! next row's values.
//!
//! Which label a run of values belongs to is then not in the separators
//! but in two things the template fixes: every row prints one run of its
//! columns, and the identities between rows (A1: 一 + 二 = （七） + 四;
//! A2: （七） = the outcome rows, per column) hold. A run between two
//! labels belongs to one of them. Of the runs before the first label only
//! the last is taken, of those after the last only the first (what stands
//! further out is a header's or the next section's); with those, when the
//! runs of a row's columns are as many as the labels, one walk from the
//! top gives each label one run, and the assignment is taken only when
//! the identities bear it out better than reading each label's values
//! after it (fewer columns broken, or as few and more held; or most of
//! them hold where the plain reading lets none be counted).

use super::stream::Piece;

/// A run of values: the pieces `start..end` of the stream, `count` values
/// printed.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Run {
    start: usize,
    end: usize,
    count: usize,
}

/// The stream with each row's run of values moved right after its label,
/// and the rows (by segment) whose values changed, when the section's
/// values stand on either side of their labels (see the module docs);
/// `None` when it is not so printed, when some row of identities A1 or A2
/// is not among the labels found, or when the identities bear the
/// assignment out no better than reading each label's values after it.
///
/// `segs`: the rows' labels found in the stream (piece, row), in the
/// stream's order; `width`: a row's columns; `key`: its key; `outcome`:
/// the outcome rows of identity A2.
pub(crate) fn values_beside<'a, 'd, D: Copy>(
    p: &[Piece<'a, 'd>],
    segs: &[(usize, D)],
    width: impl Fn(D) -> usize,
    key: impl Fn(D) -> &'static str,
    outcome: &[&'static str],
) -> Option<Beside<'a, 'd>> {
    let n = segs.len();
    // A blank cell makes runs of no fixed length.
    if n < 3
        || p.iter()
            .any(|x| x.value_text().is_some() && !x.is_filled_value())
        || !segs.windows(2).all(|w| w[0].0 < w[1].0)
    {
        return None;
    }
    let mut keys: Vec<&'static str> = segs.iter().map(|&(_, d)| key(d)).collect();
    keys.sort_unstable();
    if keys.windows(2).any(|w| w[0] == w[1]) {
        return None;
    }
    // The runs between labels: `gaps[g]` those after label g - 1 and before
    // label g (gap 0 before the first label, gap n after the last).
    let mut gaps: Vec<Vec<Run>> = vec![Vec::new(); n + 1];
    let mut g = 0;
    let mut k = 0;
    while k < p.len() {
        if g < n && segs[g].0 == k {
            g += 1;
            k += 1;
            continue;
        }
        match p[k] {
            Piece::Text { .. } => k += 1,
            _ => {
                let start = k;
                while k < p.len()
                    && !matches!(p[k], Piece::Text { .. })
                    && !(g < n && segs[g].0 == k)
                {
                    k += 1;
                }
                let count = p[start..k].iter().filter(|x| x.is_filled_value()).count();
                // Digits in text of their own (a page's pager, `第 1 页`,
                // a date) fill no row: not a run.
                let in_text = p[start..k]
                    .iter()
                    .all(|x| !x.is_filled_value() || matches!(x, Piece::Value { glued: true, .. }));
                let narrow = g.checked_sub(1).is_none_or(|i| count < width(segs[i].1))
                    && segs.get(g).is_none_or(|s| count < width(s.1));
                if count > 0 && !(in_text && narrow) {
                    gaps[g].push(Run {
                        start,
                        end: k,
                        count,
                    });
                }
            }
        }
    }
    // What each label reads row by row: the first run after it.
    let plain: Vec<Option<Run>> = (0..n).map(|i| gaps[i + 1].first().copied()).collect();
    // Before the first label only the run right before it may be its
    // (what stands earlier is the header's); after the last, only the
    // first.
    let first = gaps[0].last().copied();
    gaps[0] = first.into_iter().collect();
    gaps[n].truncate(1);
    // Each run to one of the labels beside it, each label one run: with
    // as many runs as labels, a walk from the top decides every step.
    let mut took: Vec<Option<Run>> = vec![None; n];
    for (g, runs) in gaps.iter().enumerate() {
        let prev_free = g > 0 && took[g - 1].is_none();
        match (runs.as_slice(), prev_free) {
            ([], false) => {}
            ([one], true) => took[g - 1] = Some(*one),
            ([one], false) if g < n => took[g] = Some(*one),
            ([a, b], true) if g < n => {
                took[g - 1] = Some(*a);
                took[g] = Some(*b);
            }
            _ => return None,
        }
    }
    let took: Vec<Run> = took.into_iter().collect::<Option<Vec<Run>>>()?;
    if took
        .iter()
        .zip(segs)
        .any(|(r, &(_, d))| r.count != width(d))
    {
        return None;
    }
    let moved: Vec<usize> = (0..n).filter(|&i| plain[i] != Some(took[i])).collect();
    if moved.is_empty() {
        return None;
    }
    // The identities must choose the assignment over the plain reading.
    let values = |run: Option<Run>| -> Option<Vec<f64>> {
        let run = run?;
        Some(
            p[run.start..run.end]
                .iter()
                .filter_map(Piece::value_text)
                .filter(|t| !t.trim().is_empty())
                .map(|t| crate::parse::value::number(t).unwrap_or(0.0))
                .collect(),
        )
    };
    let score = |reading: &[Option<Run>]| {
        let rows: Vec<(&'static str, Option<Vec<f64>>)> = segs
            .iter()
            .zip(reading)
            .map(|(&(_, d), &r)| (key(d), values(r)))
            .collect();
        identities(&rows, outcome)
    };
    // Every row of both identities' must be among the labels found: a
    // label the matcher missed leaves its run to shift the rows after it.
    let found = |k: &str| keys.binary_search(&k).is_ok();
    if !super::joint::BALANCE_ROWS
        .iter()
        .chain(outcome)
        .all(|k| found(k))
    {
        return None;
    }
    let (held, broken) = score(&took.iter().copied().map(Some).collect::<Vec<_>>());
    let (plain_held, plain_broken) = score(&plain);
    // Better: fewer columns broken, or as few and more held; or, where
    // the plain reading lets no identity be counted (its last row read
    // nothing), most of those counted hold (the rest a report's own slip,
    // still reported).
    let better = broken < plain_broken
        || broken == plain_broken && held > plain_held
        || plain_held + plain_broken == 0 && held > broken;
    if !better {
        return None;
    }
    // The stream again: each moved run right after its label.
    let mut out_of_place = vec![false; p.len()];
    for &i in &moved {
        let r = took[i];
        out_of_place[r.start..r.end]
            .iter_mut()
            .for_each(|x| *x = true);
    }
    let mut after: Vec<Option<Run>> = vec![None; p.len()];
    for &i in &moved {
        after[segs[i].0] = Some(took[i]);
    }
    let mut out = Vec::with_capacity(p.len());
    for (k, x) in p.iter().enumerate() {
        if !out_of_place[k] {
            out.push(*x);
        }
        if let Some(r) = after[k] {
            out.extend_from_slice(&p[r.start..r.end]);
        }
    }
    Some(Beside {
        pieces: out,
        moved,
        confirmed: broken == 0,
    })
}

/// Section 三's stream with each run of values after its label.
pub(crate) struct Beside<'a, 'd> {
    pub pieces: Vec<Piece<'a, 'd>>,
    /// The rows (by segment) whose values were moved.
    pub moved: Vec<usize>,
    /// Whether identities A1 and A2 hold in every column counted: the
    /// identities chose the assignment, and the cells moved rely on them.
    /// When some break (a report's own slip), the moved cells do not rely
    /// on them, so that the break is still reported.
    pub confirmed: bool,
}

/// How many of identities A1 and A2, column by column, hold and how many
/// break over `rows` (key, values; `None`: not read), each row entering
/// them as the joint walk has it ([`super::joint::part`]). An identity
/// through a row not read, or a value past the walk's range, is not
/// counted.
fn identities(
    rows: &[(&'static str, Option<Vec<f64>>)],
    outcome: &[&'static str],
) -> (usize, usize) {
    use super::joint::{key, part, MAX_VALUE};
    let parts: Vec<_> = rows.iter().map(|(k, _)| part(k, outcome)).collect();
    let cols = rows
        .iter()
        .filter_map(|(_, v)| v.as_ref().map(Vec::len))
        .max()
        .unwrap_or(0);
    let (mut held, mut broken) = (0, 0);
    for j in 0..cols {
        for a1 in [true, false] {
            // How far the identity is from holding in column j.
            let mut off = Some(0i64);
            for ((_, v), p) in rows.iter().zip(&parts) {
                let sign = if a1 { p.a1 } else { p.a2 };
                if sign != 0 {
                    let x = v
                        .as_ref()
                        .and_then(|v| v.get(j))
                        .filter(|x| x.abs() <= MAX_VALUE);
                    off = off.zip(x).map(|(o, &x)| o + sign * key(x));
                }
            }
            match off {
                Some(0) => held += 1,
                Some(_) => broken += 1,
                None => {}
            }
        }
    }
    (held, broken)
}

#[cfg(test)]
mod tests {
    use crate::model::{How, Record};

    /// The whole pipeline on a text file: read, extracted, validated.
    fn run(text: &str) -> Record {
        crate::pipeline::process_bytes("x/某某街道/2020.txt", text.as_bytes(), &Default::default())
    }

    fn row(rec: &Record, key: &str) -> Vec<Option<f64>> {
        crate::template::REQUEST_COLS
            .iter()
            .map(|c| rec.value("requests", key, c.key).flatten().map(|n| n.0))
            .collect()
    }

    fn v(xs: [f64; 7]) -> Vec<Option<f64>> {
        xs.map(Some).to_vec()
    }

    /// A 2019-template report's section 三, lines as poppler orders them
    /// by height: each row's values on the line before a one-line label,
    /// between the lines of a wrapped one.
    const BEFORE: &str = "\
某某街道办事处2020年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
申请人情况
法人或其他组织
自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
20 3 0 0 1 0 24
一、本年新收政府信息公开申请数量
1 0 0 0 0 0 1
二、上年结转政府信息公开申请数量
10 2 0 0 0 0 12
（一）予以公开
（二）部分公开（区分处理的，
2 0 0 0 0 0 2
只计这一情形，不计其他情形）
0 0 0 0 0 0 0
1.属于国家秘密
2.其他法律行政法
0 0 0 0 0 0 0
规禁止公开
0 0 0 0 0 0 0
3.危及“三安全一稳定”
1 0 0 0 0 0 1
4.保护第三方合法权益
0 0 0 0 0 0 0
5.属于三类内部事务信息
0 0 0 0 0 0 0
6.属于四类过程性信息
0 0 0 0 0 0 0
7.属于行政执法案卷
0 0 0 0 0 0 0
8.属于行政查询事项
4 1 0 0 1 0 6
1.本机关不掌握相关政府信息
1 0 0 0 0 0 1
2.没有现成信息需要另行制作
0 0 0 0 0 0 0
3.补正后申请内容仍不明确
1 0 0 0 0 0 1
1.信访举报投诉类申请
0 0 0 0 0 0 0
2.重复申请
0 0 0 0 0 0 0
3.要求提供公开出版物
0 0 0 0 0 0 0
4.无正当理由大量反复申请
0 0 0 0 0 0 0
5.要求行政机关确认或重新出具已获取信息
1 0 0 0 0 0 1
（六）其他处理
20 3 0 0 1 0 24
（七）总计
1 0 0 0 0 0 1
四、结转下年度继续办理
四、政府信息公开行政复议、行政诉讼情况
";

    #[test]
    fn values_before_their_labels_go_to_the_label_after_them() {
        let rec = run(BEFORE);
        assert_eq!(row(&rec, "new_received"), v([20., 3., 0., 0., 1., 0., 24.]));
        assert_eq!(row(&rec, "carried_over"), v([1., 0., 0., 0., 0., 0., 1.]));
        assert_eq!(row(&rec, "granted"), v([10., 2., 0., 0., 0., 0., 12.]));
        // Wrapped: its values between its lines are its own.
        assert_eq!(row(&rec, "partial"), v([2., 0., 0., 0., 0., 0., 2.]));
        assert_eq!(
            row(&rec, "denied_third_party"),
            v([1., 0., 0., 0., 0., 0., 1.])
        );
        assert_eq!(
            row(&rec, "unable_not_held"),
            v([4., 1., 0., 0., 1., 0., 6.])
        );
        assert_eq!(row(&rec, "other"), v([1., 0., 0., 0., 0., 0., 1.]));
        assert_eq!(
            row(&rec, "total_handled"),
            v([20., 3., 0., 0., 1., 0., 24.])
        );
        assert_eq!(
            row(&rec, "carried_forward"),
            v([1., 0., 0., 0., 0., 0., 1.])
        );
        assert!(
            !rec.issues.iter().any(|i| i.code.starts_with("identity.")),
            "{:?}",
            rec.issues
        );
        // Placed by the identities between rows: said so, and relied on.
        let cell = rec
            .cells
            .iter()
            .find(|c| c.table == "requests" && c.row == "total_handled" && c.col == "total")
            .expect("a cell for （七）总计");
        assert_eq!(cell.how, How::Order);
        assert!(cell.relied_on.has(crate::model::Checks::BALANCE));
    }

    /// The same rows printed after their labels, one line each, with a
    /// line of column numbers before the first and 四 printing nothing:
    /// the runs are as many as the labels, but giving each label the run
    /// before it breaks identity A2 where the plain reading holds.
    #[test]
    fn a_stray_run_before_the_first_label_moves_nothing() {
        let mut lines: Vec<&str> = BEFORE.lines().collect();
        // Each value line after the label that follows it.
        let mut k = 0;
        while k + 1 < lines.len() {
            let is_values = |t: &str| t.split(' ').all(|w| w.parse::<u32>().is_ok());
            if is_values(lines[k]) && !is_values(lines[k + 1]) {
                lines.swap(k, k + 1);
                k += 2;
            } else {
                k += 1;
            }
        }
        let text = lines.join("\n");
        let text = text.replace("总计\n一、本年新收", "总计\n1 2 3 4 5 6 7\n一、本年新收");
        let text = text.replace(
            "四、结转下年度继续办理\n1 0 0 0 0 0 1\n",
            "四、结转下年度继续办理\n",
        );
        assert!(text.contains("1 2 3 4 5 6 7\n一、本年新收政府信息公开申请数量\n20 3 0 0 1 0 24"));
        let rec = run(&text);
        assert_eq!(row(&rec, "new_received"), v([20., 3., 0., 0., 1., 0., 24.]));
        assert_eq!(
            row(&rec, "total_handled"),
            v([20., 3., 0., 0., 1., 0., 24.])
        );
        assert_eq!(row(&rec, "other"), v([1., 0., 0., 0., 0., 0., 1.]));
        assert!(!rec
            .cells
            .iter()
            .any(|c| c.table == "requests" && c.how == How::Order));
    }
    /// Values before their labels, and the report's own slip in 四 (2
    /// where 一 + 二 − （七） is 1): the assignment still holds better than
    /// the plain reading, but breaks A1, so the cells moved do not rely on
    /// it and the break is reported.
    #[test]
    fn a_slip_in_a_moved_row_is_still_reported() {
        let text = BEFORE.replace(
            "1 0 0 0 0 0 1\n四、结转下年度继续办理",
            "2 0 0 0 0 0 2\n四、结转下年度继续办理",
        );
        assert_ne!(text, BEFORE);
        let rec = run(&text);
        assert_eq!(
            row(&rec, "carried_forward"),
            v([2., 0., 0., 0., 0., 0., 2.])
        );
        assert_eq!(
            row(&rec, "total_handled"),
            v([20., 3., 0., 0., 1., 0., 24.])
        );
        assert!(
            rec.issues.iter().any(|i| i.code == "identity.balance"),
            "{:?}",
            rec.issues
        );
    }

    /// Values after their labels, a sub-row label the template does not
    /// have (`2.某某某某`) and 四 printing nothing: the runs outnumber the
    /// labels found, and no assignment is made from them (its run would
    /// move every row after it down by one).
    #[test]
    fn an_unknown_label_moves_nothing() {
        let zeros = "0 0 0 0 0 0 0";
        let mut text = String::from(
            "某某街道办事处2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n\
             申请人情况\n法人或其他组织\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n\
             一、本年新收政府信息公开申请数量\n2 0 0 0 0 0 2\n二、上年结转政府信息公开申请数量\n",
        );
        text.push_str(zeros);
        text.push_str("\n（一）予以公开\n2 0 0 0 0 0 2\n");
        for label in [
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "1.属于国家秘密",
            "2.其他法律行政法规禁止公开",
            "3.危及“三安全一稳定”",
            "4.保护第三方合法权益",
            "5.属于三类内部事务信息",
            "6.属于四类过程性信息",
            "7.属于行政执法案卷",
            "8.属于行政查询事项",
            "1.本机关不掌握相关政府信息",
            "2.没有现成信息需要另行制作",
            "3.补正后申请内容仍不明确",
            "1.信访举报投诉类申请",
            "2.某某某某",
            "3.要求提供公开出版物",
            "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息",
            "（六）其他处理",
        ] {
            text.push_str(label);
            text.push('\n');
            text.push_str(zeros);
            text.push('\n');
        }
        text.push_str(
            "（七）总计\n2 0 0 0 0 0 2\n四、结转下年度继续办理\n四、政府信息公开行政复议、行政诉讼情况\n",
        );
        let rec = run(&text);
        assert_eq!(row(&rec, "total_handled"), v([2., 0., 0., 0., 0., 0., 2.]));
        assert!(row(&rec, "carried_forward").iter().all(Option::is_none));
    }
}
