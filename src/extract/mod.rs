//! Extract: a parsed [`Document`] onto the official template: sections,
//! template generation, metadata, and every value keyed by row and column.
//!
//! Rows are found by their labels ([`label`]), never by position; columns
//! by their order within the row, which is how the templates fix them and
//! how misaligned HTML spans (FORMAT.md §6, Shanghai 2019) still come out
//! right. A row the report leaves out is absent; a blank or dash is
//! `null`; a value that is not a number is `null` with a `value.unparsed`
//! warning. Structural problems (`structure.*`, `input.not_a_report`) are
//! reported here, where they are seen.

mod beside;
mod by_prose;
mod continued;
mod fill;
mod fit;
mod joint;
pub mod label;
pub mod meta;
mod order;
mod reconstruct;
mod reordered;
mod rows;
mod sections;
mod stated;
mod stream;
mod tables;
mod transposed;
mod wrapped;

use crate::model::{Evidence, Issue, Record, Severity, Template};
use crate::parse::Document;

pub(crate) use crate::pattern::literal_regex;
pub(crate) use rows::{rows_of, CellView, RowView};
pub(crate) use sections::find_sections;
pub use sections::Sections;
pub use transposed::untranspose;

/// Fills `rec` from `doc`: metadata, template, tables, structure issues.
/// Returns the prose the validator reads.
pub fn extract<'d>(doc: &'d Document, rec: &mut Record) -> Evidence<'d> {
    for n in &doc.notes {
        let severity = if n.code.starts_with("structure.") {
            Severity::Error
        } else {
            Severity::Warning
        };
        rec.issues.push(Issue::new(
            n.code,
            severity,
            n.loc.to_string(),
            n.message.clone(),
        ));
    }
    let mut rows = rows_of(doc);
    wrapped::unwrap(&mut rows);
    wrapped::join_path_labels(&mut rows);
    let secs = find_sections(&rows);
    let m = meta::read(doc, &rec.source.path);
    rec.title = m.title;
    rec.office = m.office;
    rec.year = m.year;
    rec.issues.extend(m.issues);

    let mut evidence = Evidence {
        overview: secs.overview(&rows),
        figures: None,
    };
    let markers = tables::markers(&rows);
    // A report's title names its year; a menu item "政府信息公开年报" does not.
    let titled = rec
        .title
        .as_deref()
        .is_some_and(|t| meta::year_in(&label::norm(t)).is_some());
    let Some(t) = tables::decide_template(&markers, &secs, rec.year, titled) else {
        rec.issues.push(Issue::new(
            "input.not_a_report",
            Severity::Error,
            "document",
            "no title, section heading or table of a disclosure annual report was found",
        ));
        return evidence;
    };
    rec.template = Some(t);
    if t == Template::Legacy {
        return Evidence {
            overview: rows
                .iter()
                .filter(|r| r.is_line)
                .filter_map(sections::prose_of)
                .collect(),
            figures: None,
        };
    }
    tables::extract_tables(&rows, &secs, t, &doc.ends_inside, rec);
    // Rows read several ways: the prose's figures may choose among their
    // readings (read only when there are such rows).
    if !rec.readings.is_empty() {
        let figures = crate::prose::figures(&evidence.overview);
        by_prose::vouch(rec, &figures);
        by_prose::settle(rec, &figures);
        evidence.figures = Some(figures);
    }
    evidence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Limits;
    use crate::model::{Num, Source};

    fn run(text: &str) -> Record {
        extract_doc(&crate::parse::text::parse(text, &Limits::default()))
    }

    /// As a text file is read: where the text stops is known too.
    fn read(text: &str) -> Record {
        let (doc, _) =
            crate::parse::dispatch::read(text, crate::model::Media::Text, &Limits::default());
        extract_doc(&doc)
    }

    /// The hand-made column-major report: its text, the text before its
    /// dump's last label (`四、结转下年度继续办理`) and from it, and the
    /// applicant columns' names that head each column of the dump.
    fn column_major_dump() -> (&'static str, &'static str, &'static str, Vec<&'static str>) {
        let text = include_str!("../../fixtures/external/handmade/01-2022-2021/column-major.txt");
        let start = text.find("四、结转下年度继续办理").unwrap_or(0);
        let (before, after) = text.split_at(start);
        let heads = crate::template::REQUEST_COLS
            .iter()
            .map(|c| c.label)
            .collect();
        (text, before, after, heads)
    }

    /// How the cell `row`.`col` of `rec` was read.
    fn how_of(rec: &Record, row: &str, col: &str) -> Option<crate::model::How> {
        rec.cells
            .iter()
            .find(|c| c.row == row && c.col == col)
            .map(|c| c.how)
    }

    /// Section 三's row `key` of `rec`, column by column (`None`: null or
    /// absent).
    fn request_row(rec: &Record, key: &str) -> Vec<Option<f64>> {
        crate::template::REQUEST_COLS
            .iter()
            .map(|c| rec.value("requests", key, c.key).flatten().map(|n| n.0))
            .collect()
    }

    /// Section 四's group `group` of `rec`, column by column (`None`: null
    /// or absent).
    fn review_row(rec: &Record, group: &str) -> Vec<Option<f64>> {
        crate::template::REVIEW_COLS
            .iter()
            .map(|c| {
                rec.value("review_litigation", group, c.key)
                    .flatten()
                    .map(|n| n.0)
            })
            .collect()
    }

    /// A Markdown table's `<br>` between two digits (pymupdf4llm): two
    /// cells run into one where the row then has its columns and its
    /// parts add up (`4<br>2`), one number wrapped where they do not
    /// (`1<br>234`); section 四's row parted the same way; a row every
    /// report prints that was not read is said to be so.
    #[test]
    fn line_breaks_between_digits_in_markdown_cells() {
        let head = "|（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）||自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|\n|---|---|---|---|---|---|---|---|---|\n";
        let text = format!(
            "## 三、收到和处理政府信息公开申请情况\n\n{head}\
             |一、本年新收政府信息公开申请数量||4<br>2|0|0|0|0|6||\n\
             |二、上年结转政府信息公开申请数量||1<br>234|0|0|0|0|0|1234|\n\
             |（七）总计||1<br>200|30|0|1|0|3||\n\n\
             ## 四、政府信息公开行政复议、行政诉讼情况\n\n\
             |行政复议|||||行政诉讼||||||||||\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
             |结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|\n\
             |1<br>0|0|1|2|0|0|0|1|1|0|0|0|0|0||\n"
        );
        let (doc, _) =
            crate::parse::dispatch::read(&text, crate::model::Media::Text, &Limits::default());
        let rec = extract_doc(&doc);
        let some = |v: [f64; 7]| v.map(Some).to_vec();
        assert_eq!(
            request_row(&rec, "new_received"),
            some([4., 2., 0., 0., 0., 0., 6.])
        );
        assert_eq!(
            request_row(&rec, "carried_over"),
            some([1234., 0., 0., 0., 0., 0., 1234.])
        );
        // `1<br>200` beside a blank 总计: its parts do not add up to a
        // total, nor can a blank total confirm 1200; never read as 1 and
        // 200.
        let handled = request_row(&rec, "total_handled");
        assert!(
            handled[0] != Some(1.0) && handled[1] != Some(200.0),
            "{handled:?}"
        );
        // A row of `table`, the columns `cols`.
        let row = |rec: &Record, table: &str, key: &str, cols: &[&str]| -> Vec<Option<f64>> {
            cols.iter()
                .map(|c| rec.value(table, key, c).flatten().map(|n| n.0))
                .collect()
        };
        let review_cols = ["upheld", "corrected", "other", "pending", "total"];
        let review = row(&rec, "review_litigation", "review", &review_cols);
        assert_eq!(review, some([1., 0., 0., 1., 2., 0., 0.])[..5].to_vec());
        let unread: Vec<&str> = rec
            .issues
            .iter()
            .filter(|i| i.code == "structure.unread_row")
            .map(|i| i.where_.as_str())
            .collect();
        assert!(unread.contains(&"requests.granted"), "{unread:?}");
        // A blank cell before the values (a merged label's place), parted
        // all the same; section 二's `1<br>109` under three columns parted;
        // section 四's row with a blank cell before it too.
        let text = format!(
            "## 二、主动公开政府信息情况\n\n|信息内容|本年制发件数|本年废止件数|现行有效件数|\n|---|---|---|---|\n\
             |行政规范性文件|2|1<br>109||\n\n\
             ## 三、收到和处理政府信息公开申请情况\n\n{head}\
             |一、本年新收政府信息公开申请数量||4<br>200|0|0|0|0|204||\n\
             |（七）总计||4<br>200|0|0|0|0|204||\n\n\
             ## 四、政府信息公开行政复议、行政诉讼情况\n\n\
             |行政复议|||||行政诉讼||||||||||\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n\
             |结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|结果维持|结果纠正|其他结果|尚未审结|总计|\n\
             ||1<br>0|0|1|2|0|0|0|1|1|0|0|0|0|0|\n"
        );
        let (doc, _) =
            crate::parse::dispatch::read(&text, crate::model::Media::Text, &Limits::default());
        let rec = extract_doc(&doc);
        assert_eq!(
            request_row(&rec, "new_received"),
            some([4., 200., 0., 0., 0., 0., 204.])
        );
        let docs = row(
            &rec,
            "active",
            "normative_docs",
            &["issued", "repealed", "in_force"],
        );
        assert_eq!(docs, some([2., 1., 109., 0., 0., 0., 0.])[..3].to_vec());
        let review = row(&rec, "review_litigation", "review", &review_cols);
        assert_eq!(review, some([1., 0., 0., 1., 2., 0., 0.])[..5].to_vec());
        // Six numbers for seven columns after a merged label's blank
        // places (a page that cut off its 总计 column): no blank place is
        // taken for 自然人, which would move every number a column on.
        let text = format!(
            "某某局2020年政府信息公开工作年度报告\n\n## 三、收到和处理政府信息公开申请情况\n\n{head}\
             |一、本年新收政府信息公开申请数量||4|2|0|0|0|6||\n\
             |四、结转下年度继续办理|||||5|1|0 0|1 0|\n"
        );
        let (doc, _) =
            crate::parse::dispatch::read(&text, crate::model::Media::Text, &Limits::default());
        let rec = extract_doc(&doc);
        let forward = request_row(&rec, "carried_forward");
        assert!(forward[1] != Some(5.0), "{forward:?}");
        // A grid whose labels take three columns (a label cut into two
        // cells and a merged label's blank place): the label's rest is no
        // value, nor is the blank place; six numbers for seven columns
        // are not read from 自然人 on or moved a column on.
        let text = "某某局2020年政府信息公开工作年度报告\n\n## 三、收到和处理政府信息公开申请情况\n\n\
             |（本列数据的勾稽关系为|：第一项加第二项之和|，等于第三项加第四项之和）|自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|\n\
             |---|---|---|---|---|---|---|---|---|\n\
             |一、本年新收政府信息|公开申请数量||142|28|2|1|7|3|\n\
             |三、本年度办理结果|（三）不予公开|1.属于国家秘密|0|0|0|0|0|0|\n";
        let (doc, _) =
            crate::parse::dispatch::read(text, crate::model::Media::Text, &Limits::default());
        let rec = extract_doc(&doc);
        let new = request_row(&rec, "new_received");
        assert!(new[1] != Some(142.0) && new[6] != Some(3.0), "{new:?}");
        // The group's label and the row's in one cell, their lines
        // interleaved, the row's label wrapped onto the next row, which
        // holds its values: they are its.
        let text = format!(
            "某某街道2019年政府信息公开工作年度报告\n\n## 三、收到和处理政府信息公开申请情况\n\n{head}\
             |三、本<br>（一）予以公开||9|1|0|0|0|0|10|\n\
             |年度办<br>（二）部分公开（区分处理||||||||\n\
             |理结果<br>的，只计这一情形，不计其<br>他情形）||1|0|0|0|0|0|1|\n"
        );
        let (doc, _) =
            crate::parse::dispatch::read(&text, crate::model::Media::Text, &Limits::default());
        let rec = extract_doc(&doc);
        assert_eq!(
            request_row(&rec, "partial"),
            some([1., 0., 0., 0., 0., 0., 1.])
        );
    }

    /// Text of one cell a line with a sentence's figures on lines of their
    /// own before section 三's table (Word's text, one span a line): the
    /// figures are the prose's, not values printed before the first row's
    /// label, and the table reads as without them.
    #[test]
    fn a_sentences_figures_before_the_table_leave_its_order_alone() {
        let plain = include_str!("../../fixtures/layouts/cell-lines-2021.txt");
        let heading = "三、收到和处理政府信息公开申请情况\n\n";
        let at = plain.find(heading).map_or(0, |k| k + heading.len());
        let figures = format!(
            "{}本年度新收申请\n0\n件，上年结转\n7\n件，办结\n7\n件，具体如下：\n{}",
            &plain[..at],
            &plain[at..]
        );
        let (a, b) = (run(plain), run(&figures));
        for row in [
            "new_received",
            "carried_over",
            "granted",
            "total_handled",
            "carried_forward",
        ] {
            assert_eq!(request_row(&b, row), request_row(&a, row), "{row}");
        }
        assert!(request_row(&a, "carried_over").iter().any(Option::is_some));
        assert!(!b.issues.iter().any(|i| i.code.starts_with("identity.")));
    }

    /// PDF text in drawing order: a row's label wrapped around its first
    /// value, blank cells that left nothing, and six values that fit only
    /// with 总计 blank though they are not zeros: they may run on into the
    /// next row's, so they are flagged, not read. A label printed whole
    /// with the same values keeps them (a report may leave 总计 blank).
    #[test]
    fn values_fitting_only_a_blank_total_after_a_wrapped_label_are_flagged() {
        let text = |partial: &str| {
            format!(
                "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n\
                 一、本年新收政府信息公开申请数量\n14\n1\n15\n\
                 {partial}\n\
                 1.信访举报投诉类申请\n2\n0\n2\n\
                 四、政府信息公开行政复议、行政诉讼情况\n"
            )
        };
        let wrapped = run(&text(
            "（二）部分公开（区分处理的，只计这一情\n1\n形，不计其他情形）\n0\n1\n4\n0\n4",
        ));
        assert_eq!(request_row(&wrapped, "partial"), vec![None; 7]);
        assert!(wrapped
            .issues
            .iter()
            .any(|i| i.where_ == "requests.partial" && i.message.contains("only with 总计 blank")));
        let whole = run(&text(
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n1\n0\n1\n4\n0\n4",
        ));
        let six = [1.0, 0.0, 1.0, 4.0, 0.0, 4.0].map(Some);
        assert_eq!(request_row(&whole, "partial")[..6], six);
    }

    /// Asserts that `rec` has an issue of `code` at `at`.
    fn has_issue(rec: &Record, code: &str, at: &str) {
        assert!(
            rec.issues.iter().any(|i| i.code == code && i.where_ == at),
            "{code} at {at}: {:?}",
            rec.issues
        );
    }

    /// Asserts that `rec` has no issue of `code`.
    fn no_issue(rec: &Record, code: &str) {
        assert!(
            !rec.issues.iter().any(|i| i.code == code),
            "{code}: {:?}",
            rec.issues
        );
    }

    fn extract_doc(doc: &Document) -> Record {
        let mut rec = Record::new(Source {
            path: "x/安镇街道/2020.txt".into(),
            sha256: None,
            bytes: 0,
            media: None,
            encoding: None,
            encoding_from: None,
        });
        extract(doc, &mut rec);
        rec
    }

    /// The seed with its closing rows (（七）总计, 四、结转…) moved to after
    /// the section 四 heading, as a PDF text's scrambled order prints
    /// them, or cut out, as a truncated copy ends.
    fn seed_closing_rows(moved: bool) -> String {
        let seed = include_str!("../../fixtures/seed/anzhen-2020.txt");
        let lines: Vec<&str> = seed.lines().collect();
        let at = |p: &dyn Fn(&str) -> bool| lines.iter().position(|l| p(l)).unwrap_or(0);
        let i = at(&|l| l.contains("（七）总计"));
        let j = at(&|l| l.starts_with("四、政府信息公开"));
        assert!(
            0 < i && i < j,
            "the seed's closing rows come before section 四"
        );
        let mut out: Vec<&str> = lines[..i].to_vec();
        out.push(lines[j]);
        if moved {
            out.extend(&lines[i..j]);
        }
        out.extend(&lines[j + 1..]);
        out.join("\n")
    }

    #[test]
    fn closing_rows_printed_after_the_table_are_not_a_truncation() {
        let codes = |rec: &Record| -> Vec<(String, String)> {
            rec.issues
                .iter()
                .filter(|i| i.code.starts_with("structure."))
                .map(|i| (i.code.to_string(), i.where_.clone()))
                .collect()
        };
        let moved = run(&seed_closing_rows(true));
        assert_eq!(
            codes(&moved),
            [
                (
                    "structure.ambiguous_order".into(),
                    "requests.total_handled".into()
                ),
                (
                    "structure.ambiguous_order".into(),
                    "requests.carried_forward".into()
                )
            ]
        );
        assert_eq!(moved.value("requests", "total_handled", "total"), None);
        let cut = run(&seed_closing_rows(false));
        assert_eq!(
            codes(&cut),
            [("structure.truncated".into(), "requests".into())]
        );
    }

    /// A copy cut off at the end of a line holds that line whole: a row
    /// whose cells ran together is read from it. Cut inside the line, the
    /// row may be short and its last number cut (`18` printed `1`).
    #[test]
    fn a_text_cut_at_a_line_end_keeps_the_line_and_inside_it_not_its_last_number() {
        let head = "某某街道2022年政府信息公开工作年度报告\n\
三、收到和处理政府信息公开申请情况\n\
申请人情况 自然人 法人或其他组织 总计\n\
商业企业 科研机构 社会公益组织 法律服务机构 其他\n\
一、本年新收政府信息公开申请数量 16 1 0 0 0 1 18\n";
        let row = |rec: &Record, key: &str| -> Vec<Option<f64>> {
            ["natural_person", "nonprofit", "other_org", "total"]
                .iter()
                .map(|c| rec.value("requests", key, c).flatten().map(|n| n.0))
                .collect()
        };
        let tail = "三、本年度办理结果（一）予以公开 00 0 50 2 7";
        let whole = read(&format!("{head}{tail}\n"));
        assert_eq!(
            row(&whole, "granted"),
            [Some(0.0), Some(5.0), Some(2.0), Some(7.0)]
        );
        let inside = read(&format!("{head}{tail}"));
        assert_eq!(row(&inside, "granted"), [None, None, None, None]);
        assert_eq!(
            row(&inside, "new_received"),
            [Some(16.0), Some(0.0), Some(1.0), Some(18.0)]
        );
        let cut = read(&head[..head.len() - 2]);
        assert_eq!(
            row(&cut, "new_received"),
            [Some(16.0), Some(0.0), Some(1.0), None]
        );
        assert!(cut.issues.iter().all(|i| !i.code.starts_with("identity.")));
        // The cell left null is said: the text stops right after it.
        assert!(cut
            .issues
            .iter()
            .any(|i| i.code == "value.cut_short" && i.where_ == "requests.new_received.total"));
        // A space or a closing mark after the number: it is whole.
        for end in [" ", " |"] {
            let whole = read(&format!("{}{end}", &head[..head.len() - 1]));
            assert_eq!(row(&whole, "new_received")[3], Some(18.0), "{end:?}");
        }
        // A last 0 is whole: no count is printed with a leading 0.
        let zero = read(&head.replace("16 1 0 0 0 1 18\n", "0 0 0 0 0 0 0"));
        assert_eq!(row(&zero, "new_received"), [Some(0.0); 4]);
    }

    /// Section 四's table replaced by a converter's placeholder (pandoc
    /// writes `[TABLE]` for a table it cannot render): still missing, and
    /// the message says where the copy lost it.
    #[test]
    fn a_table_placeholder_is_named_in_the_missing_table_finding() {
        let seed = include_str!("../../fixtures/seed/anzhen-2020.txt");
        let (Some(four), Some(five)) = (
            seed.find("四、政府信息公开行政复议"),
            seed.find("五、存在的主要问题"),
        ) else {
            panic!("the seed has sections 四 and 五")
        };
        let heading_end = four + seed[four..].find('\n').unwrap_or(0) + 1;
        let message = |middle: &str| {
            let text = format!("{}{middle}{}", &seed[..heading_end], &seed[five..]);
            let rec = read(&text);
            let found: Vec<(&str, &str)> = rec
                .issues
                .iter()
                .filter(|i| i.code == "structure.missing_table")
                .map(|i| (i.where_.as_str(), i.message.as_str()))
                .collect();
            let [("review_litigation", message)] = found[..] else {
                panic!("{middle:?}: {found:?}")
            };
            message.to_string()
        };
        let with = message("\n::: {align=\"center\"}\n[TABLE]\n:::\n\n");
        assert!(with.contains("“[TABLE]”"), "{with}");
        let without = message("\n本年度未发生行政复议、行政诉讼。\n\n");
        assert!(!without.contains("TABLE"), "{without}");
    }

    /// The same for section 四's row: a copy that stops inside its line
    /// may have cut its last number (`12` printed `1`).
    #[test]
    fn a_text_cut_inside_the_review_row_leaves_its_last_number_null() {
        let text = "某某街道2022年政府信息公开工作年度报告\n\
四、政府信息公开行政复议、行政诉讼情况\n\
行政复议 行政诉讼\n\
结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n\
结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n\
0 0 0 0 0 0 0 0 2 2 11 0 1 0 12";
        let total = |rec: &Record| {
            rec.value("review_litigation", "litigation_after_review", "total")
                .map(|v| v.map(|n| n.0))
        };
        assert_eq!(total(&read(&format!("{text}\n"))), Some(Some(12.0)));
        assert_eq!(total(&read(text)), Some(None));
        let upheld = read(text).value("review_litigation", "litigation_after_review", "upheld");
        assert_eq!(upheld.flatten().map(|n| n.0), Some(11.0));
    }

    /// pdftotext's own order (no `-layout`): a wrapped label's lines stand
    /// around the number beside them (`不补正、行政机关不再处 1` / `理其
    /// 政府信息公开申请` / `0` …), and the page's last labels come after
    /// the numbers of their rows, with a label printed out of its place
    /// among them (`8.属于行政查询事项` / `3.其他` / `（七）总计` / …).
    #[test]
    fn pdftotext_labels_wrapped_around_their_numbers() {
        let rec = run(include_str!(
            "../../fixtures/external/holdout/04-2021-2021/pdf-plain.txt"
        ));
        let row = |key: &str| request_row(&rec, key);
        let v = |xs: [f64; 7]| xs.map(Some).to_vec();
        assert_eq!(
            row("other_no_correction"),
            v([1.0, 0.0, 0.0, 0.0, 0.0, 3.0, 4.0])
        );
        assert_eq!(row("other_no_fee"), v([0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 2.0]));
        assert_eq!(row("other_misc"), v([0.0; 7]));
        assert_eq!(
            row("total_handled"),
            v([52.0, 0.0, 0.0, 0.0, 4.0, 66.0, 122.0])
        );
        assert_eq!(row("carried_forward"), v([0.0; 7]));
    }

    /// poppler's TSV words grouped into lines: every label of section 三
    /// before any value, the rows' values after them in order, and two
    /// sub-rows' numbers (`1.`, `2.`) parted from their labels onto lines
    /// of their own among the values. Those numbers are no values: the
    /// values are then exactly the rows' columns, read in order. Section
    /// 二's labels stand before all its captions; no row's values are read
    /// across two captions (column after column would take 规章's from
    /// three sub-tables), so the one-value rows are read, and 规章 and
    /// 行政规范性文件, which row after row and column after column within
    /// their sub-table both fit, keep the cells those disagree on `null`.
    #[test]
    fn labels_first_with_sub_row_numbers_parted_from_them() {
        let rec = run(include_str!(
            "../../fixtures/external/handwritten-round22/03-2021-2021/poppler-tsv-lines.txt"
        ));
        let row = |key: &str| request_row(&rec, key);
        let v = |xs: [f64; 7]| xs.map(Some).to_vec();
        assert_eq!(row("new_received"), v([453., 62., 1., 3., 10., 2., 531.]));
        assert_eq!(row("denied_state_secret"), v([1., 0., 0., 0., 0., 0., 1.]));
        assert_eq!(row("denied_law_forbidden"), v([3., 0., 0., 0., 0., 0., 3.]));
        assert_eq!(row("total_handled"), v([447., 61., 1., 3., 10., 2., 524.]));
        assert_eq!(row("carried_forward"), v([17., 3., 0., 0., 1., 0., 21.]));
        let active = |r: &str, c: &str| rec.value("active", r, c).flatten().map(|n| n.0);
        assert_eq!(active("licensing", "decisions"), Some(18347.0));
        assert_eq!(active("penalties", "decisions"), Some(2206.0));
        assert_eq!(active("enforcement", "decisions"), Some(97.0));
        assert_eq!(active("normative_docs", "in_force"), Some(63.0));
        assert_eq!(active("normative_docs", "issued"), None);
        assert!(rec
            .issues
            .iter()
            .any(|i| i.code == "structure.ambiguous_order" && i.where_ == "active.regulations"));
    }

    /// pdfminer's boxes of section 二 (2019): every row's label first,
    /// then each box of values after its columns' headers, in the order
    /// the boxes were found (`处理决定数量 / 0 / 0 / 处理决定数量 / 0 / 0 /
    /// 上一年项目数量 本年增/减 / 0 / 0 / 0 / +4 / …`). The headers say which
    /// columns their values are in: 其他对外管理服务事项's +4 is its 本年增/减.
    /// 规章's and 规范性文件's values stand under all three of their
    /// columns' headers, which say nothing of their order: the cells row
    /// after row and column after column disagree on stay `null`.
    #[test]
    fn headers_among_values_lead_their_reading() {
        let rec = run(include_str!(
            "../../fixtures/external/pdf-dev/25-2020-2019-row-total/pdfminer.txt"
        ));
        let active = |r: &str, c: &str| rec.value("active", r, c).flatten().map(|n| n.0);
        assert_eq!(active("other_services", "change"), Some(4.0));
        assert_eq!(active("other_services", "prev_items"), Some(0.0));
        assert_eq!(active("licensing", "decisions"), Some(0.0));
        assert_eq!(active("enforcement", "change"), Some(0.0));
        assert_eq!(active("fees", "change"), Some(0.0));
        assert_eq!(active("normative_docs", "made"), Some(3.0));
        assert_eq!(active("normative_docs", "published"), None);
        assert_eq!(active("procurement", "amount_yuan"), Some(36056904.59));
        has_issue(&rec, "structure.ambiguous_order", "active.normative_docs");
    }

    /// pdfminer `-A` of a landscape page (2021): the labels, then 规章's
    /// and 行政规范性文件's headers and six values, then each one-column
    /// row's values after its own header (`本年处理决定数量 / 4318 / 本年处理决定数量 / 926 / 58 / 本年收费金额 / 〇`).
    /// Read column after column over the whole table, 行政许可 would take
    /// a value printed under 规章's headers: no dump. The one-column rows
    /// read as their headers say; the six values, whose order nothing
    /// settles, are left `null` where the orders disagree.
    #[test]
    fn headers_among_values_rule_out_a_dump() {
        let rec = run(include_str!(
            "../../fixtures/external/handwritten-round29/03-2021-2021/wk-letter-landscape-pdfminer-all.txt"
        ));
        let active = |r: &str, c: &str| rec.value("active", r, c).flatten().map(|n| n.0);
        assert_eq!(active("licensing", "decisions"), Some(4318.0));
        assert_eq!(active("penalties", "decisions"), Some(926.0));
        assert_eq!(active("enforcement", "decisions"), Some(58.0));
        assert_eq!(active("fees", "amount_yuan"), Some(0.0));
        assert_eq!(active("regulations", "repealed"), None);
        assert_eq!(active("normative_docs", "issued"), None);
        has_issue(&rec, "structure.ambiguous_order", "active.normative_docs");
    }

    /// pdfminer `-A` of a report that prints its sections out of the
    /// template's order: section 三's values printed under section 四's
    /// heading, then section 四's headers (their caption `表2　…情况` split
    /// over two cells among them) and its fifteen values, the last the
    /// section prints. Those fifteen are the row, not a run of section
    /// 三's zeros that happens to add up.
    #[test]
    fn review_row_under_its_headers_after_another_tables_values() {
        let rec = run(include_str!(
            "../../fixtures/external/handwritten-round29/06-2024-2021-row-total/wk-letter-landscape-pdfminer-all.txt"
        ));
        let some = |xs: [f64; 5]| xs.map(Some).to_vec();
        assert_eq!(review_row(&rec, "review"), some([1., 0., 0., 1., 2.]));
        assert_eq!(
            review_row(&rec, "litigation_direct"),
            some([1., 0., 0., 0., 1.])
        );
        assert_eq!(review_row(&rec, "litigation_after_review"), some([0.; 5]));
        assert!(rec.issues.iter().all(|i| i.code != "narrative.mismatch"));
    }

    /// A script's dump of a Word file, python-docx's paragraphs and then
    /// its tables: sections 二, 三 and 四 print their headings and
    /// captions only, the tables come after section 六 and the page's
    /// footer. Each section reads its table there, and none is said
    /// missing.
    #[test]
    fn tables_printed_after_the_prose() {
        let rec = run(include_str!(
            "../../fixtures/external/handwritten-round22/08-2025-2021/python-docx-dump.txt"
        ));
        assert_eq!(
            request_row(&rec, "new_received"),
            [240., 35., 1., 1., 5., 1., 283.].map(Some).to_vec()
        );
        assert_eq!(
            review_row(&rec, "review"),
            [6., 2., 1., 1., 10.].map(Some).to_vec()
        );
        let fees = rec.value("active", "fees", "amount_yuan").flatten();
        assert_eq!(fees.map(|n| n.0), Some(36000.0));
        assert!(rec
            .issues
            .iter()
            .all(|i| i.code != "structure.missing_table"));
    }

    /// python-docx's dump whose sections 二 and 三 hold, beside their
    /// headings, a note (`注：①区分处理的申请只计入部分公开。`) and the
    /// page's pagination and repeated title, no row of a table: both read
    /// their tables after the prose.
    #[test]
    fn tables_after_the_prose_past_notes_and_pagination() {
        let rec = run(include_str!(
            "../../fixtures/external/handwritten-round22/10-2023-2021/python-docx-dump.txt"
        ));
        let licensing = rec.value("active", "licensing", "decisions").flatten();
        assert_eq!(licensing.map(|n| n.0), Some(1327.0));
        assert_eq!(
            request_row(&rec, "total_handled"),
            [21., 3., 0., 0., 0., 0., 24.].map(Some).to_vec()
        );
        assert!(rec.issues.is_empty(), "{:?}", rec.issues);
    }

    /// pandoc's DokuWiki of a page laid out in one table cell: its
    /// paragraphs and its tables' rows parted by forced breaks (`\\ `) on
    /// one line of ten thousand characters. Read line by line, every
    /// section and table is there.
    #[test]
    fn a_page_in_one_dokuwiki_cell() {
        let rec = run(include_str!(
            "../../fixtures/external/handwritten-round22/03-2021-2021/pandoc-dokuwiki.txt"
        ));
        assert_eq!(
            request_row(&rec, "new_received"),
            [453., 62., 1., 3., 10., 2., 531.].map(Some).to_vec()
        );
        assert_eq!(
            review_row(&rec, "litigation_direct"),
            [4., 1., 1., 3., 9.].map(Some).to_vec()
        );
        assert!(rec.issues.is_empty(), "{:?}", rec.issues);
    }

    /// LibreOffice's PDF of a page wider than the paper, its left margin
    /// cut (PyMuPDF's text): the headings lost their first characters
    /// (`公开政府信息情况`, `情况`), section 二's labels too (`文件`, `可`,
    /// `罚`). The sections are found by their headings' tails; section
    /// 二's table, its heads and values there, is said unread, not missing.
    #[test]
    fn headings_a_cropped_margin_cut() {
        let rec = run(include_str!(
            "../../fixtures/external/handwritten-round19/05-2023-2021/lo-pdf-pymupdf.txt"
        ));
        let codes: Vec<(&str, &str)> = rec
            .issues
            .iter()
            .map(|i| (i.code.as_str(), i.where_.as_str()))
            .collect();
        assert!(
            codes.contains(&("structure.unread_row", "active")),
            "{codes:?}"
        );
        assert!(
            codes
                .iter()
                .all(|(c, _)| !c.starts_with("structure.missing")),
            "{codes:?}"
        );
        assert_eq!(
            request_row(&rec, "granted"),
            [
                Some(9.),
                Some(1.),
                Some(0.),
                Some(0.),
                None,
                Some(0.),
                Some(10.)
            ]
        );
    }

    /// One cell a line, a blank cell an empty line (python-docx's cells):
    /// a row whose merged cell is blank prints its label and empty lines,
    /// and the next sub-table's header follows. The row is there, `null`.
    #[test]
    fn a_blank_row_before_the_next_header_is_null_not_absent() {
        let rec = run("某某街道2022年政府信息公开工作年度报告\n\
二、主动公开政府信息情况\n\
第二十条第（一）项\n\
信息内容\n\
本年制发件数\n\
本年废止件数\n\
现行有效件数\n\
规章\n\
0\n\
0\n\
0\n\
行政规范性文件\n\
2\n\
1\n\
15\n\
第二十条第（五）项\n\
信息内容\n\
本年处理决定数量\n\
行政许可\n\
23\n\
第二十条第（六）项\n\
信息内容\n\
本年处理决定数量\n\
行政处罚\n\
4\n\
行政强制\n\
\n\
\n\
\n\
第二十条第（八）项\n\
信息内容\n\
本年收费金额（单位：万元）\n\
行政事业性收费\n\
0\n\
三、收到和处理政府信息公开申请情况\n");
        let v = |r: &str, c: &str| rec.value("active", r, c);
        assert_eq!(v("enforcement", "decisions"), Some(None));
        assert_eq!(
            v("penalties", "decisions").flatten().map(|n| n.0),
            Some(4.0)
        );
        assert_eq!(v("fees", "amount_yuan").flatten().map(|n| n.0), Some(0.0));
        assert!(!rec.issues.iter().any(|i| i.where_.starts_with("active")));
    }

    /// PDF text read box by box (pdfminer): section 二's one-column rows
    /// print their labels first and their values after the next
    /// sub-table's caption and header. A value right after two labels,
    /// each a whole row's, is not taken as the last one's: the rows are
    /// read in order, labels then values, and said so (`order`). With a
    /// blank row whose label is alone and values that follow only the
    /// next label, that label's row keeps them.
    #[test]
    fn values_after_two_labels_are_not_the_last_ones_by_default() {
        let section = |body: &str| {
            run(&format!(
                "某某局2023年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n{body}\n\n\
                 第二十条第（八）项\n\n信息内容\n\n本年收费金额（单位：万元）\n\n行政事业性收费\n\n0\n\n\
                 三、收到和处理政府信息公开申请情况\n"
            ))
        };
        let decisions =
            |rec: &Record, row: &str| rec.value("active", row, "decisions").flatten().map(|n| n.0);
        let boxes = section(
            "第二十条第（五）项\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n信息内容\n\n\
             行政处罚\n\n行政强制\n\n0\n\n第二十条第（六）项\n\n本年处理决定数量\n\n0\n\n37",
        );
        assert_eq!(decisions(&boxes, "licensing"), Some(0.0));
        assert_eq!(decisions(&boxes, "penalties"), Some(0.0));
        assert_eq!(decisions(&boxes, "enforcement"), Some(37.0));
        let how = boxes
            .cells
            .iter()
            .find(|c| c.row == "enforcement")
            .map(|c| c.how);
        assert_eq!(how, Some(crate::model::How::Order));
        let blank = section(
            "第二十条第（五）项\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n23\n\n\
             第二十条第（六）项\n\n信息内容\n\n本年处理决定数量\n\n行政处罚\n\n行政强制\n\n37",
        );
        assert_eq!(decisions(&blank, "licensing"), Some(23.0));
        assert_eq!(decisions(&blank, "penalties"), None);
        assert_eq!(decisions(&blank, "enforcement"), Some(37.0));
    }

    /// Section 二 as `pdftotext` prints a PDF's text without `-layout`:
    /// one cell a line, each row's value just before its label. Each
    /// label takes the values before it; no row's values are taken across
    /// another sub-table's caption. Two sub-tables or more must show the
    /// order: one alone reads either way.
    #[test]
    fn values_printed_before_their_labels_one_cell_a_line() {
        let section = |body: &str| {
            run(&format!(
                "某某局2025年政府信息公开工作年度报告\n二、主动公开政府信息情况\n{body}\n\
                 三、收到和处理政府信息公开申请情况\n"
            ))
        };
        let decisions =
            |rec: &Record, row: &str| rec.value("active", row, "decisions").flatten().map(|n| n.0);
        let before = section(
            "第二十条第（五）项\n信息内容\n本年处理决定数量\n18346\n行政许可\n\
             第二十条第（六）项\n信息内容\n本年处理决定数量\n2971\n行政处罚\n158\n行政强制\n\
             第二十条第（八）项\n信息内容\n本年收费金额（单位：万元）\n0\n行政事业性收费",
        );
        assert_eq!(decisions(&before, "licensing"), Some(18346.0));
        assert_eq!(decisions(&before, "penalties"), Some(2971.0));
        assert_eq!(decisions(&before, "enforcement"), Some(158.0));
        let fees = before.value("active", "fees", "amount_yuan").flatten();
        assert_eq!(fees.map(|n| n.0), Some(0.0));
        // One sub-table printed labels first, the next values first: one
        // such stretch alone reads either way (a stray number before its
        // first label, its last row blank): left null, and said so.
        let after = section(
            "第二十条第（五）项\n信息内容\n本年处理决定数量\n行政许可\n18346\n\
             第二十条第（六）项\n信息内容\n本年处理决定数量\n2971\n行政处罚\n158\n行政强制",
        );
        assert_eq!(decisions(&after, "licensing"), Some(18346.0));
        assert_eq!(decisions(&after, "penalties"), None);
        assert_eq!(decisions(&after, "enforcement"), None);
        assert!(after
            .issues
            .iter()
            .any(|i| i.code == "structure.ambiguous_order" && i.where_ == "active.penalties"));
        // The labels after the values of the rows before (a page's
        // number, or a row that printed nothing, leaves one value over):
        // not this layout either.
        let over = section(
            "第二十条第（六）项\n信息内容\n本年处理决定数量\n3\n行政处罚\n158\n行政强制\n5",
        );
        assert_ne!(decisions(&over, "penalties"), Some(3.0));
        // Nor is a label's value taken from the sub-table after its
        // caption, under that sub-table's header.
        let across = section(
            "第二十条第（五）项\n信息内容\n本年处理决定数量\n18346\n行政许可\n\
             第二十条第（六）项\n信息内容\n本年处理决定数量\n2971\n行政处罚\n158\n行政强制\n5",
        );
        assert_eq!(decisions(&across, "licensing"), None);
    }

    /// A row one value short in text whose blank cells vanish, whose
    /// values fit only with 总计 blank: left null and said so when its
    /// last could be 总计 (greater than every other: `36 6 1 2 1 45`, a
    /// part blank and the row not adding up); read so when it could not
    /// (`9 3 1 0 0 0`: no total is smaller than a part).
    #[test]
    fn a_row_one_short_is_not_read_with_a_blank_total_when_its_last_could_be_it() {
        let read = |granted: &str| {
            run(&format!(
                "某某街道2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n\
                 申请人情况\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n\
                 一、本年新收政府信息公开申请数量 87 13 1 2 0 2 105\n\
                 三、本年度办理结果 （一）予以公开 {granted}\n\
                 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 9 1 0 0 0 0 10\n\
                 四、政府信息公开行政复议、行政诉讼情况\n"
            ))
        };
        let slip = read("36 6 1 2 1 45");
        assert_eq!(request_row(&slip, "granted"), vec![None; 7]);
        assert!(slip
            .issues
            .iter()
            .any(|i| i.code == "structure.ambiguous_columns" && i.where_ == "requests.granted"));
        let blank_total = read("9 3 1 0 0 0");
        assert_eq!(
            request_row(&blank_total, "granted"),
            [
                Some(9.),
                Some(3.),
                Some(1.),
                Some(0.),
                Some(0.),
                Some(0.),
                None
            ]
        );
    }

    /// A merged label cell of two lines printed once for each grid place
    /// it spans (docx2python), blank lines between: the label again, not
    /// a row that printed nothing before it.
    #[test]
    fn a_two_line_label_repeated_is_one_row() {
        let label = |a: &str, b: &str| format!("{a}\n{b}\n\n").repeat(3);
        let values = |v: &[u32]| v.iter().map(|n| format!("{n}\n\n")).collect::<String>();
        let rec = run(&format!(
            "某某局2024年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n\
             自然人\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n总计\n\n{}{}{}{}\
             四、政府信息公开行政复议、行政诉讼情况\n",
            label("一、本年新收政府信息", "公开申请数量"),
            values(&[26, 4, 0, 0, 0, 0, 30]),
            label("二、上年结转政府信息", "公开申请数量"),
            values(&[0, 1, 0, 0, 0, 0, 1]),
        ));
        let some = |v: [f64; 7]| v.map(Some).to_vec();
        assert_eq!(
            request_row(&rec, "new_received"),
            some([26., 4., 0., 0., 0., 0., 30.])
        );
        assert_eq!(
            request_row(&rec, "carried_over"),
            some([0., 1., 0., 0., 0., 0., 1.])
        );
    }

    /// A section 四 cell's figure, `None` when blank or absent.
    fn review(rec: &Record, group: &str, col: &str) -> Option<f64> {
        rec.value("review_litigation", group, col)
            .flatten()
            .map(|n| n.0)
    }

    /// Another table's numbers on lines of their own under section 四's
    /// heading, before the row (PDF text in the order it was stored): the
    /// first fifteen numbers are not taken for the row. The one run of
    /// fifteen whose groups add up is, placed by the identities (which
    /// then confirm nothing); with none or several that differ, none, and
    /// said so. A number or two after the row (a page's), or a note's
    /// figures, leave it as printed.
    #[test]
    fn numbers_before_section_four_row_are_not_its_cells() {
        let heads = "结果维 结果纠 其他结 尚未审 总计\n持 正 果 结\n";
        let section = |strays: &str, row: &str| {
            run(&format!(
                "某某镇人民政府2019年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n\
                 行政复议\n行政诉讼\n{heads}未经复议直接起诉\n复议后起诉\n{strays}{row}\
                 五、存在的主要问题及改进情况\n无。\n"
            ))
        };
        let strays = "78\n3\n37\n7\n3\n3\n1\n12\n2\n1\n4\n3\n4\n77\n4\n";
        let rec = section(strays, "1\n0\n0\n1\n2\n1\n0\n0\n0\n1\n0\n0\n0\n0\n0\n");
        let v = |rec: &Record, g: &str, c: &str| review(rec, g, c);
        assert_eq!(v(&rec, "review", "upheld"), Some(1.0));
        assert_eq!(v(&rec, "review", "total"), Some(2.0));
        assert_eq!(v(&rec, "litigation_direct", "total"), Some(1.0));
        assert!(!rec.issues.iter().any(|i| i.code == "identity.review_total"));
        let how = how_of(&rec, "review", "total");
        assert_eq!(how, Some(crate::model::How::Identity));
        // Two runs that add up and differ: none is known.
        let two = section(
            "1\n0\n0\n0\n1\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n",
            "2\n0\n0\n0\n2\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n",
        );
        assert_eq!(v(&two, "review", "upheld"), None);
        assert!(two
            .issues
            .iter()
            .any(|i| i.code == "structure.ambiguous_order" && i.where_.starts_with("review")));
        // A row of zeros and a page's number after it; or a note's
        // figures after it: the row as printed.
        let zeros = "0\n".repeat(15);
        for after in [
            "8\n",
            "注：上年度结转行政复议案件\n1\n件，已于本年度审结，结果维持\n1\n件。\n",
        ] {
            let rec = section("", &format!("{zeros}{after}"));
            for g in ["review", "litigation_direct", "litigation_after_review"] {
                assert_eq!(v(&rec, g, "total"), Some(0.0), "{after:?} {g}");
            }
        }
    }

    /// A PDF's page number (`- 6 -`) between two of section 四's values,
    /// one cell a line: no cell. Taken for one, it moved every value after
    /// it by a column (6 read for 结果维持) and raised a false
    /// review_total.
    #[test]
    fn a_page_number_among_the_values_is_no_cell() {
        let heads = "结果\n维持\n结果\n纠正\n其他\n结果\n尚未\n审结\n总计\n";
        let rec = run(&format!(
            "某某镇人民政府2020年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n\
             行政复议\n行政诉讼\n{heads}未经复议直接起诉\n复议后起诉\n{heads}{heads}\
             1\n0\n0\n0\n- 6 -\n1\n0\n0\n0\n0\n0\n0\n0\n0\n0\n0\n\
             五、存在的主要问题及改进情况\n无。\n"
        ));
        let v = |g: &str, c: &str| review(&rec, g, c);
        assert_eq!(v("review", "total"), Some(1.0));
        assert_eq!(v("litigation_direct", "upheld"), Some(0.0));
        assert_eq!(v("litigation_direct", "other"), Some(0.0));
        assert!(!rec.issues.iter().any(|i| i.code.starts_with("identity.")));
    }

    /// Section 四's row in a spreadsheet's export spread over its merged
    /// cells' columns (Calc's sheet of a page: `2|1||0|0|||3|…`, 26
    /// cells): fifteen of them hold values, and those are the row; with a
    /// blank among the fifteen (fourteen printed) the row is not guessed.
    #[test]
    fn review_row_spread_over_merged_columns_in_a_sheet() {
        let text = |row: &str| {
            format!(
                "某某镇2021年政府信息公开工作年度报告\n\
                 四、政府信息公开行政复议、行政诉讼情况\n\
                 行政复议\t\t\t\t\t\t\t\t\t行政诉讼\n\
                 结果维持\t结果纠正\t\t其他结果\t尚未审结\t\t\t总计\t\t未经复议直接起诉\t\t\t\t\t\t\t\t复议后起诉\n\
                 \t\t\t\t\t\t\t\t\t结果维持\t结果纠正\t\t其他结果\t\t尚未审结\t总计\t\t结果维持\t\t结果纠正\t\t其他结果\t\t尚未审结\t\t总计\n\
                 {row}\n\
                 五、存在的主要问题及改进情况\n无。\n"
            )
        };
        let rec = run(&text(
            "2\t1\t\t0\t0\t\t\t3\t\t1\t0\t\t0\t\t1\t2\t\t0\t\t0\t\t0\t\t1\t\t1",
        ));
        let v = |g: &str, c: &str| review(&rec, g, c);
        assert_eq!(v("review", "upheld"), Some(2.0));
        assert_eq!(v("review", "total"), Some(3.0));
        assert_eq!(v("litigation_direct", "pending"), Some(1.0));
        assert_eq!(v("litigation_direct", "total"), Some(2.0));
        assert_eq!(v("litigation_after_review", "total"), Some(1.0));
        assert!(
            !rec.issues.iter().any(|i| i.where_.starts_with("review")),
            "{:?}",
            rec.issues
        );
        // Fourteen printed: one of the fifteen is blank, which is not known.
        let rec = run(&text(
            "2\t1\t\t0\t0\t\t\t3\t\t1\t0\t\t\t\t1\t2\t\t0\t\t0\t\t0\t\t1\t\t1",
        ));
        assert_eq!(review(&rec, "review", "upheld"), None);
    }

    /// Section 四 as three labelled rows of five in a CSV export as wide
    /// as its widest row: the blank fields after each row's last value
    /// are padding, not the group's cells; the labels are paths
    /// (`行政诉讼／复议后起诉`).
    #[test]
    fn review_rows_in_a_padded_csv() {
        let rec = run("某某局2024年政府信息公开工作年度报告,,,,,,,\n\
            四、政府信息公开行政复议、行政诉讼情况,,,,,,,\n\
            项目,结果维持,结果纠正,其他结果,尚未审结,总计,,\n\
            行政复议,3,1,1,1,6,,\n\
            行政诉讼／未经复议直接起诉,2,0,1,1,4,,\n\
            行政诉讼／复议后起诉,1,0,0,1,2,,\n\
            五、存在的主要问题及改进情况,,,,,,,\n\
            无。,,,,,,,\n");
        let v = |g: &str, c: &str| review(&rec, g, c);
        assert_eq!(v("review", "total"), Some(6.0));
        assert_eq!(v("litigation_direct", "upheld"), Some(2.0));
        assert_eq!(v("litigation_after_review", "pending"), Some(1.0));
        assert!(!rec.issues.iter().any(|i| i.where_.starts_with("review")));
        // No padding, a whole group blank: its five blank cells are its.
        let rec = run("某某局2024年政府信息公开工作年度报告,,,,,\n\
            四、政府信息公开行政复议、行政诉讼情况,,,,,\n\
            项目,结果维持,结果纠正,其他结果,尚未审结,总计\n\
            行政复议,,,,,\n\
            未经复议直接起诉,,,,,\n\
            复议后起诉,1,2,2,0,5\n\
            五、存在的主要问题及改进情况,,,,,\n无。,,,,,\n");
        assert_eq!(review(&rec, "litigation_after_review", "total"), Some(5.0));
        assert_eq!(review(&rec, "review", "total"), None);
        assert!(!rec.issues.iter().any(|i| i.where_.starts_with("review")));
    }

    /// A grid whose row labels wrapped around their values (a PDF table
    /// reader's CSV of a 2019 report): the values stand on a line of their
    /// own, with no label or only pieces of one (`息`, the end of the
    /// group label beside it, `法提供`); they are the row's whose label
    /// starts above them, whose own cells are blank. A blank row followed
    /// by a row of another name keeps its blanks. Section 二's cells each
    /// over two columns (`0 2`) are parted.
    #[test]
    fn grid_labels_wrapped_around_their_values() {
        let text = "某某局2019年政府信息公开工作年度报告,,,,,,,,\n\
            二、主动公开政府信息情况,,,,,,,,\n\
            ,第二十条第(八)项,\n\
            信息内容,上一年项目数量 本年增/减,\n\
            行政事业性收费,0 2,\n\
            ,第二十条第(九)项,\n\
            信息内容,采购项目数量 采购总金额,\n\
            政府集中采购,3 17000,\n\
            三、收到和处理政府信息公开申请情况,,,,,,,,\n\
            ,(一)予以公开,14,1,0,0,0,0,15\n\
            ,\"(二)部分公开(区分处理的,只计这\",,,,,,,\n\
            ,,3,1,0,0,0,0,4\n\
            ,\"一情形,不计其他情形)\",,,,,,,\n\
            (三)不予公开,1.属于国家秘密,0,0,0,0,0,0,0\n\
            度办,1.本机关不掌握相关政府信,,,,,,,\n\
            理结,息,2,0,0,0,0,1,3\n\
            果,(四)无,,,,,,,\n\
            ,2.没有现成信息需要另行制,,,,,,,\n\
            ,法提供,1,0,0,0,0,0,1\n\
            ,作,,,,,,,\n\
            ,3.补正后申请内容仍不明确,,,,,,,\n\
            ,其中：本年度转办事项,5,0,0,0,0,0,5\n\
            四、政府信息公开行政复议、行政诉讼情况,,,,,,,,\n";
        let rec = run(text);
        let row = |key: &str| request_row(&rec, key);
        let v = |xs: [f64; 7]| xs.map(Some).to_vec();
        assert_eq!(row("partial"), v([3.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0]));
        assert_eq!(
            row("unable_not_held"),
            v([2.0, 0.0, 0.0, 0.0, 0.0, 1.0, 3.0])
        );
        assert_eq!(
            row("unable_needs_creation"),
            v([1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0])
        );
        assert_eq!(row("unable_unclear"), vec![None; 7]);
        let active = |key: &str, col: &str| rec.value("active", key, col).flatten().map(|n| n.0);
        assert_eq!(active("fees", "prev_items"), Some(0.0));
        assert_eq!(active("fees", "change"), Some(2.0));
        assert_eq!(active("procurement", "projects"), Some(3.0));
        assert_eq!(active("procurement", "amount_yuan"), Some(17000.0));
        no_issue(&rec, "value.unparsed");
    }

    /// Section 三 printed column by column with each column's cells run
    /// into one run of digits (text taken from a page whose table is laid
    /// out by columns, with no separator): the table is there, too glued
    /// to read; said so, not `structure.missing_table`.
    #[test]
    fn a_table_glued_by_columns_is_not_missing() {
        let text = "某某局2022年政府信息公开工作年度报告\n\
            三、收到和处理政府信息公开申请情况\n\
            申请人情况一、本年新收政府信息公开申请数量二、上年结转政府信息公开申请数量三、本年度办理结果四、结转下年度继续办理\n\
            （一）予以公开（二）部分公开（区分处理的，只计这一情形，不计其他情形）（三）不予公开（四）无法提供（五）不予处理（六）其他处理（七）总计\n\
            1.属于国家秘密2.其他法律行政法规禁止公开3.危及“三安全一稳定”4.保护第三方合法权益5.属于三类内部事务信息6.属于四类过程性信息7.属于行政执法案卷8.属于行政查询事项1.本机关不掌握相关政府信息2.没有现成信息需要另行制作3.补正后申请内容仍不明确1.信访举报投诉类申请2.重复申请3.要求提供公开出版物4.无正当理由大量反复申请5.要求行政机关确认或重新出具已获取信息1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请3.其他\n\
            自然人11824190002140123531161214121173\n\
            法人或其他组织商业企业5021000000002000000000050\n\
            科研机构1010000000000000000000010\n\
            总计126244100002140126531161214131253\n\
            四、政府信息公开行政复议、行政诉讼情况\n";
        let rec = run(text);
        let codes: Vec<(&str, &str)> = rec
            .issues
            .iter()
            .map(|i| (i.code.as_str(), i.where_.as_str()))
            .filter(|(c, _)| c.starts_with("structure.") && *c != "structure.missing_section")
            .collect();
        assert!(
            codes.contains(&("structure.ambiguous_split", "requests")),
            "{codes:?}"
        );
        assert!(
            !codes.contains(&("structure.missing_table", "requests")),
            "{codes:?}"
        );
        // Two such lines are no table.
        let two = text
            .replace("科研机构1010000000000000000000010\n", "")
            .replace("总计126244100002140126531161214131253\n", "");
        has_issue(&run(&two), "structure.missing_table", "requests");
    }

    /// Section 四's table inlined in one Markdown row, its headers and
    /// its values together (`| 行政复议 | … | 总计 | | 5 | 2 | … |`, a
    /// table inside a layout table's cell): the fifteen numbers after the
    /// last header are the row.
    #[test]
    fn review_headers_and_values_in_one_row() {
        let text = "某某局2021年政府信息公开工作年度报告\n\
            四、政府信息公开行政复议、行政诉讼情况\n\
            |  |  |  |  |  |  |  |  |  |  |  |  |  |  |  | | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | \
            | 行政复议 | | | | | 行政诉讼 | | | | | | | | | | \
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | | \
            | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | \
            | 5 | 2 | 1 | 2 | 10 | 3 | 1 | 0 | 2 | 6 | 1 | 0 | 0 | 1 | 2 |\n\
            五、存在的主要问题及改进情况\n无。\n";
        let rec = run(text);
        assert_eq!(review(&rec, "review", "total"), Some(10.0));
        assert_eq!(review(&rec, "litigation_direct", "pending"), Some(2.0));
        assert_eq!(review(&rec, "litigation_after_review", "total"), Some(2.0));
        assert!(
            !rec.issues.iter().any(|i| i.where_.starts_with("review")),
            "{:?}",
            rec.issues
        );
    }

    /// Money is read in the unit its column's header states: a header
    /// in 元 where the 2021 template has 万元, one in 万元 where the 2019
    /// template's has none (元). Without a unit the template's holds.
    #[test]
    fn money_in_the_unit_its_header_states() {
        // A one-row section 二 sub-table of `year`: its caption, header
        // row and data row; the money read from `row`.
        let amount = |year: u32, item: &str, header: &str, data: &str, row: &str| {
            let rec = run(&format!(
                "某局{year}年政府信息公开工作年度报告\n二、主动公开政府信息情况\n\
                 第二十条第（{item}）项\n信息内容\t{header}\n{data}\n\
                 三、收到和处理政府信息公开申请情况\n"
            ));
            rec.value("active", row, "amount_yuan")
                .flatten()
                .map(|n| n.0)
        };
        let fees = |header: &str, cell: &str| {
            amount(
                2022,
                "八",
                header,
                &format!("行政事业性收费\t{cell}"),
                "fees",
            )
        };
        assert_eq!(fees("本年收费金额（单位：万元）", "0.15"), Some(1500.0));
        assert_eq!(fees("本年收费金额（单位：元）", "1500"), Some(1500.0));
        assert_eq!(fees("本年收费金额(元)", "1500"), Some(1500.0));
        assert_eq!(fees("本年收费金额", "0.15"), Some(1500.0));
        let procurement = |header: &str, cell: &str| {
            amount(
                2020,
                "九",
                &format!("采购项目数量\t{header}"),
                &format!("政府集中采购\t3\t{cell}"),
                "procurement",
            )
        };
        assert_eq!(procurement("采购总金额", "251000"), Some(251000.0));
        assert_eq!(procurement("采购总金额（万元）", "35.6"), Some(356000.0));
        assert_eq!(
            procurement("采购总金额（单位：万元）", "35.6"),
            Some(356000.0)
        );
        assert_eq!(
            procurement("采购总金额（万元）", "251000元"),
            Some(251000.0)
        );
    }

    /// Tab-separated rows whose lines were trimmed: the blank 总计 cells
    /// at their ends left nothing. Where the table shows a blank cell
    /// inside a row (its TAB kept), only a line's end can lose one, and the
    /// short rows read; without that evidence they stay flagged.
    #[test]
    fn trimmed_tab_rows_lose_blank_cells_only_at_their_end() {
        let text = include_str!("../../fixtures/handwritten/tsv-trimmed-blank-totals-2019.txt");
        let v = |rec: &Record, r: &str, c: &str| rec.value("requests", r, c);
        let rec = run(text);
        assert_eq!(
            v(&rec, "granted", "natural_person").flatten().map(|n| n.0),
            Some(9.0)
        );
        assert_eq!(
            v(&rec, "granted", "other_org").flatten().map(|n| n.0),
            Some(0.0)
        );
        assert_eq!(v(&rec, "granted", "total"), Some(None));
        assert_eq!(
            v(&rec, "denied_state_secret", "natural_person")
                .flatten()
                .map(|n| n.0),
            Some(0.0)
        );
        assert_eq!(v(&rec, "denied_state_secret", "total"), Some(None));
        assert!(!rec.issues.iter().any(|i| i.code.starts_with("structure.")));
        let inner = "二、上年结转政府信息公开申请数量\t2\t0\t\t0";
        assert!(text.contains(inner));
        let rec = run(&text.replace(inner, "二、上年结转政府信息公开申请数量\t2\t0\t0\t0"));
        assert_eq!(
            v(&rec, "denied_state_secret", "natural_person").flatten(),
            None
        );
        assert!(rec
            .issues
            .iter()
            .any(|i| i.code == "structure.ambiguous_columns"
                && i.where_ == "requests.denied_state_secret"));
    }

    /// Section 四 as three blocks, each group's label, headers and five
    /// values (a phone page): read group by group. Before, the first
    /// block's five values were taken for a row of fifteen cut short.
    #[test]
    fn review_groups_printed_as_blocks_of_their_own() {
        let rec = run(include_str!(
            "../../fixtures/handwritten/review-in-three-blocks-2021.txt"
        ));
        let row = |g: &str| review_row(&rec, g);
        let n = |v: [f64; 5]| v.map(Some).to_vec();
        assert_eq!(row("review"), n([2.0, 0.0, 0.0, 0.0, 2.0]));
        assert_eq!(row("litigation_direct"), n([0.0, 1.0, 0.0, 0.0, 1.0]));
        assert_eq!(row("litigation_after_review"), n([0.0, 0.0, 0.0, 1.0, 1.0]));
        assert!(rec.issues.is_empty(), "{:?}", rec.issues);
    }

    /// Section 二 as a phone page's cards (a `<dl>` a row: `<dt>` the
    /// row's label, a `<dd>` per column, `名称：值`), one a line as any
    /// reader prints them: each value read in the column its name gives,
    /// where the names are the sub-table's columns whole and in order.
    /// Names out of order leave the row as printed, unread.
    #[test]
    fn section_two_as_cards_of_named_values() {
        let text = |second: &str, third: &str| {
            format!(
                "某区司法局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n\
                 规章\n本年新制作数量：0\n本年新公开数量：0\n对外公开总数量：0\n\
                 规范性文件\n本年新制作数量：1\n{second}\n{third}\n\
                 第二十条第（九）项\n政府集中采购\n采购项目数量：3\n采购总金额：35.2万元\n\
                 三、收到和处理政府信息公开申请情况\n"
            )
        };
        let rec = run(&text("本年新公开数量：1", "对外公开总数量：4"));
        let v = |row: &str, col: &str| val(&rec, "active", row, col);
        assert_eq!(v("regulations", "total_public"), Some(0.0));
        assert_eq!(v("normative_docs", "published"), Some(1.0));
        assert_eq!(v("normative_docs", "total_public"), Some(4.0));
        assert_eq!(v("procurement", "projects"), Some(3.0));
        assert_eq!(v("procurement", "amount_yuan"), Some(352_000.0));
        let rec = run(&text("对外公开总数量：4", "本年新公开数量：1"));
        let v = |row: &str, col: &str| val(&rec, "active", row, col);
        for col in ["made", "published", "total_public"] {
            assert_eq!(v("normative_docs", col), None, "{col}");
        }
        assert_eq!(v("regulations", "total_public"), Some(0.0));
        // The 2021 fee's name holds a colon of its own.
        let rec = run("某区司法局2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n\
                       第二十条第（一）项\n规章\n本年制发件数：0\n本年废止件数：0\n现行有效件数：3\n\
                       第二十条第（五）项\n行政许可\n本年处理决定数量：12\n\
                       第二十条第（八）项\n行政事业性收费\n本年收费金额（单位：万元）：2.5\n\
                       三、收到和处理政府信息公开申请情况\n");
        let v = |row: &str, col: &str| val(&rec, "active", row, col);
        assert_eq!(v("regulations", "in_force"), Some(3.0));
        assert_eq!(v("licensing", "decisions"), Some(12.0));
        assert_eq!(v("fees", "amount_yuan"), Some(25_000.0));
    }

    /// A page whose rows leave their zeros out by one blank cell merged
    /// over the columns (`<td>1</td><td colspan="5"></td><td>1</td>`,
    /// `<td colspan="6"></td><td>0</td>`): each column covered is blank;
    /// before, two cells under seven columns were read as no column.
    #[test]
    fn a_blank_cell_merged_over_columns_is_each_columns_blank() {
        let html = r#"<p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>30</td><td>4</td><td></td><td></td><td>1</td><td></td><td>35</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>1</td><td colspan="5"></td><td>1</td></tr>
<tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>11</td><td>3</td><td></td><td></td><td>1</td><td></td><td>15</td></tr>
<tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td colspan="6"></td><td>0</td></tr>
<tr><td>4.保护第三方合法权益</td><td>1</td><td colspan="5"></td><td>1</td></tr>
</table>"#;
        let doc = crate::parse::html::parse(html, &Limits::default());
        let rec = extract_doc(&doc);
        let row = |k: &str| request_row(&rec, k);
        let n = Some;
        assert_eq!(
            row("new_received"),
            [n(30.0), n(4.0), None, None, n(1.0), None, n(35.0)]
        );
        assert_eq!(
            row("carried_over"),
            [n(1.0), None, None, None, None, None, n(1.0)]
        );
        assert_eq!(
            row("denied_state_secret"),
            [None, None, None, None, None, None, n(0.0)]
        );
        assert_eq!(
            row("denied_third_party"),
            [n(1.0), None, None, None, None, None, n(1.0)]
        );
        assert!(
            !rec.issues
                .iter()
                .any(|i| i.code.starts_with("structure.ambiguous")
                    || i.code == "structure.row_shape"),
            "{:?}",
            rec.issues
        );
        // Word's HTML making every column two grid columns wide: a blank
        // cell of two is one column's blank, as every value's cell is.
        let word = r#"<p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="14">申请人情况</td></tr>
<tr><td colspan="2" rowspan="2">自然人</td><td colspan="10">法人或其他组织</td><td colspan="2" rowspan="2">总计</td></tr>
<tr><td colspan="2">商业企业</td><td colspan="2">科研机构</td><td colspan="2">社会公益组织</td><td colspan="2">法律服务机构</td><td colspan="2">其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td colspan="2">30</td><td colspan="2">4</td><td colspan="2"></td><td colspan="2">2</td><td colspan="2">1</td><td colspan="2">3</td><td colspan="2">40</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td colspan="2">1</td><td colspan="2">1</td><td colspan="2"></td><td colspan="2">1</td><td colspan="2">0</td><td colspan="2">0</td><td colspan="2">3</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td colspan="2">11</td><td colspan="2">3</td><td colspan="2"></td><td colspan="2">1</td><td colspan="2">1</td><td colspan="2">1</td><td colspan="2">17</td></tr>
</table>"#;
        let rec = extract_doc(&crate::parse::html::parse(word, &Limits::default()));
        let row = |k: &str| request_row(&rec, k);
        assert_eq!(
            row("new_received"),
            [n(30.0), n(4.0), None, n(2.0), n(1.0), n(3.0), n(40.0)]
        );
        assert_eq!(
            row("granted"),
            [n(11.0), n(3.0), None, n(1.0), n(1.0), n(1.0), n(17.0)]
        );
    }

    /// Section 三 as two tables side by side, written out one after the
    /// other by pandoc's Org writer (round 23's 03): the labels with 自然人
    /// and 商业企业, then the other five columns and 总计 one row per row,
    /// zeros blank. Read whole, the second part's cells marked continued;
    /// before, every row was two values under seven columns, all unknown.
    #[test]
    fn a_table_split_into_two_side_by_side_reads_whole() {
        let rec = run(include_str!(
            "../../fixtures/external/handwritten-round23/03-2020-2019-balance/pandoc-org.txt"
        ));
        let row = |k: &str| request_row(&rec, k);
        let n = Some;
        assert_eq!(
            row("new_received"),
            [n(85.0), n(13.0), None, n(1.0), n(3.0), n(1.0), n(103.0)]
        );
        assert_eq!(
            row("carried_over"),
            [n(4.0), n(1.0), None, None, None, None, n(5.0)]
        );
        assert_eq!(
            row("denied_state_secret"),
            [None, None, None, None, None, None, n(0.0)]
        );
        assert_eq!(
            row("total_handled"),
            [n(83.0), n(13.0), None, n(1.0), n(3.0), n(1.0), n(101.0)]
        );
        let how = |k: &str, col: &str| how_of(&rec, k, col);
        assert_eq!(
            how("new_received", "business"),
            Some(crate::model::How::Read)
        );
        assert_eq!(
            how("new_received", "total"),
            Some(crate::model::How::Continued)
        );
    }

    /// Section 四 as two stacked tables (表4-1 行政复议, 表4-2 行政诉讼),
    /// each merged group header a row of its name over blank cells in
    /// Markdown (`| 行政复议 | | | | |`): those blanks pad the header and
    /// are no cells; before, they went into the group's block and the
    /// section was left unread.
    #[test]
    fn review_as_two_stacked_tables_with_padded_group_headers() {
        let rec = run(r#"某区卫生健康局2025年政府信息公开工作年度报告
四、政府信息公开行政复议、行政诉讼情况

表4-1 行政复议情况

| 行政复议 | | | | |
| ---- | ---- | ---- | ---- | --- |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 2    | 1    | 0    | 1    | 4  |

表4-2 行政诉讼情况

| 行政诉讼     | | | | | | | | | |
| -------- | ---- | ---- | ---- | --- | ----- | ---- | ---- | ---- | --- |
| 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| 结果维持     | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持  | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 1        | 0    | 0    | 0    | 1  | 1     | 0    | 0    | 1    | 2  |

五、存在的主要问题及改进情况
"#);
        let row = |g: &str| review_row(&rec, g);
        let n = |v: [f64; 5]| v.map(Some).to_vec();
        assert_eq!(row("review"), n([2.0, 1.0, 0.0, 1.0, 4.0]));
        assert_eq!(row("litigation_direct"), n([1.0, 0.0, 0.0, 0.0, 1.0]));
        assert_eq!(row("litigation_after_review"), n([1.0, 0.0, 0.0, 1.0, 2.0]));
    }

    /// Section 四 as a table of one row per group (pandoc's Org and
    /// Textile): the label takes two columns, 行政复议's second one empty
    /// and the 复议后起诉 row's first one (its parent's, merged above).
    /// The empty label cell is no value: before, 行政复议 had six cells,
    /// the groups were not read and the lawsuits were left to the prose.
    #[test]
    fn review_groups_as_rows_under_a_two_column_label() {
        let rec = run(r#"某街道办事处2024年政府信息公开工作年度报告
一、总体情况
2024年发生政府信息公开行政复议1件，行政诉讼1件。
四、政府信息公开行政复议、行政诉讼情况
| 项目     |                  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 行政复议 |                  | 1        | 0        | 0        | 0        | 1    |
| 行政诉讼 | 未经复议直接起诉 | 0        | 0        | 0        | 1        | 1    |
|          | 复议后起诉       | 0        | 2        | 0        | 0        | 2    |
五、存在的主要问题及改进情况
"#);
        let row = |g: &str| review_row(&rec, g);
        let n = |v: [f64; 5]| v.map(Some).to_vec();
        assert_eq!(row("review"), n([1.0, 0.0, 0.0, 0.0, 1.0]));
        assert_eq!(row("litigation_direct"), n([0.0, 0.0, 0.0, 1.0, 1.0]));
        assert_eq!(row("litigation_after_review"), n([0.0, 2.0, 0.0, 0.0, 2.0]));
        let inferred: Vec<String> = rec
            .cells
            .iter()
            .filter(|c| c.how != crate::model::How::Read)
            .map(|c| c.key())
            .collect();
        assert!(inferred.is_empty(), "{inferred:?}");
        // One label column in a padded CSV: `行政复议,,1,0,0,1,` is a blank
        // 结果维持 and the line's padding, as before; blank at both ends
        // does not show an empty label column.
        let rec = run("某街道办事处2024年政府信息公开工作年度报告,,,,,,\n\
                       四、政府信息公开行政复议、行政诉讼情况,,,,,,\n\
                       行政复议,,1,0,0,1,\n未经复议直接起诉,0,0,0,1,1,\n复议后起诉,0,2,0,0,2,\n\
                       五、存在的主要问题及改进情况,,,,,,\n注：本表数据截至2024年12月31日,,,,,,备注\n");
        let row = |g: &str| review_row(&rec, g);
        assert_eq!(
            row("review"),
            [None, Some(1.0), Some(0.0), Some(0.0), Some(1.0)]
        );
    }

    /// PDF layout text whose zero cells are blank: rows print only some of
    /// their values, and no line prints them all. The header names every
    /// column on one line (section 三; section 四's `结果 结果 其他 尚未
    /// 总计`, read as runs of headers), and a value's place under it tells
    /// its column. A row label followed by the next sub-table's caption is
    /// a blank row (行政强制), not an absent one.
    #[test]
    fn values_placed_under_the_header_that_names_their_columns() {
        let rec = run(include_str!(
            "../../fixtures/handwritten/pdf-layout-blank-cells-2022.txt"
        ));
        let row = |t: &str, r: &str, cols: &[&str]| -> Vec<Option<f64>> {
            cols.iter().map(|c| val(&rec, t, r, c)).collect()
        };
        let req: Vec<&str> = crate::template::REQUEST_COLS
            .iter()
            .map(|c| c.key)
            .collect();
        let n = None;
        assert_eq!(
            row("requests", "new_received", &req),
            [Some(12.0), Some(3.0), n, n, n, Some(1.0), Some(16.0)]
        );
        assert_eq!(
            row("requests", "denied_third_party", &req),
            [n, Some(1.0), n, n, n, n, Some(1.0)]
        );
        let rev: Vec<&str> = crate::template::REVIEW_COLS.iter().map(|c| c.key).collect();
        assert_eq!(
            row("review_litigation", "review", &rev),
            [Some(1.0), n, n, n, Some(1.0)]
        );
        assert_eq!(
            row("review_litigation", "litigation_direct", &rev),
            [n, n, n, Some(1.0), Some(1.0)]
        );
        assert_eq!(
            row(
                "active",
                "normative_docs",
                &["issued", "repealed", "in_force"]
            ),
            [Some(1.0), n, Some(9.0)]
        );
        assert_eq!(rec.value("active", "enforcement", "decisions"), Some(None));
        assert!(rec.issues.is_empty(), "{:?}", rec.issues);
    }

    /// A 2021 table with the 2019 format's single （六）其他处理 row: said
    /// (its golden record shows that validation then raises no false
    /// outcome_total from the values it could not key).
    #[test]
    fn a_2019_other_row_in_a_2021_table_is_said_not_summed_wrong() {
        let rec = run(include_str!(
            "../../fixtures/handwritten/2019-other-row-in-2021-table-2024.txt"
        ));
        assert_eq!(rec.template, Some(Template::F2021));
        let codes: Vec<&str> = rec.issues.iter().map(|i| i.code.as_ref()).collect();
        assert_eq!(codes, ["structure.other_template_row"]);
        assert!(rec.issues[0].message.contains("0|1|0|0|0|0|1"));
        assert_eq!(rec.value("requests", "other_misc", "total"), None);
    }

    #[test]
    fn the_seed_report() {
        let rec = run(include_str!("../../fixtures/seed/anzhen-2020.txt"));
        assert_eq!(rec.office.as_deref(), Some("安镇街道"));
        assert_eq!(rec.year, Some(2020));
        assert_eq!(rec.template, Some(Template::F2019));
        let v = |t: &str, r: &str, c: &str| rec.value(t, r, c).flatten().map(|n: Num| n.0);
        assert_eq!(v("requests", "new_received", "natural_person"), Some(4.0));
        assert_eq!(v("requests", "new_received", "total"), Some(4.0));
        assert_eq!(
            v("requests", "unable_not_held", "natural_person"),
            Some(1.0)
        );
        assert_eq!(v("requests", "unable_needs_creation", "total"), Some(2.0));
        assert_eq!(v("requests", "other", "total"), Some(1.0));
        assert_eq!(v("requests", "total_handled", "total"), Some(0.0));
        assert_eq!(rec.value("requests", "rejected_excessive", "total"), None);
        assert_eq!(rec.value("requests", "rejected_confirm", "total"), None);
        assert_eq!(v("review_litigation", "review", "upheld"), Some(4.0));
        assert_eq!(v("review_litigation", "review", "total"), Some(4.0));
        for (c, x) in ["upheld", "corrected", "other", "pending", "total"]
            .iter()
            .zip([1.0, 1.0, 1.0, 0.0, 3.0])
        {
            assert_eq!(
                v("review_litigation", "litigation_direct", c),
                Some(x),
                "{c}"
            );
        }
        assert_eq!(
            v("review_litigation", "litigation_after_review", "pending"),
            Some(2.0)
        );
        assert_eq!(
            v("review_litigation", "litigation_after_review", "total"),
            Some(2.0)
        );
        assert_eq!(v("active", "procurement", "projects"), Some(16.0));
        assert_eq!(v("active", "procurement", "amount_yuan"), Some(39173777.52));
        assert_eq!(v("active", "licensing", "change"), Some(0.0));
        let codes: Vec<&str> = rec.issues.iter().map(|i| i.code.as_str()).collect();
        assert!(codes.is_empty(), "{:?}", rec.issues);
        assert_eq!(rec.requests.as_ref().map(|t| t.len()), Some(21));
        assert_eq!(rec.active.as_ref().map(|t| t.len()), Some(8));
    }

    /// PDF text (pdftotext without -layout) prints section 四's review
    /// values, then the lawsuits' headers wrapped over lines, then their
    /// ten values: read across the headers, every group summing.
    #[test]
    fn review_values_across_headers() {
        let rec = run(include_str!(
            "../../fixtures/external/tune/03-2023-2021/pdf-plain.txt"
        ));
        let v = |r: &str, c: &str| rec.value("review_litigation", r, c).flatten().map(|n| n.0);
        for (c, x) in ["upheld", "corrected", "other", "pending", "total"]
            .iter()
            .zip([0.0, 0.0, 0.0, 3.0, 3.0])
        {
            assert_eq!(v("review", c), Some(x), "{c}");
            assert_eq!(v("litigation_direct", c), Some(0.0), "{c}");
            assert_eq!(v("litigation_after_review", c), Some(0.0), "{c}");
        }
        assert!(
            !rec.issues
                .iter()
                .any(|i| i.where_.starts_with("review_litigation")),
            "{:?}",
            rec.issues
        );
    }

    /// The same route with a value printed among the headers, out of its
    /// place: read in order the groups do not sum, so the row is not read
    /// that way (its cells stay unknown rather than wrong).
    #[test]
    fn scrambled_review_values_stay_unknown() {
        let rec = run(include_str!(
            "../../fixtures/external/tune/13-2023-2021/pdf-plain.txt"
        ));
        // Known: review 0 0 1 0 1, direct 0 0 _ 4 4, after review 0 2 0 0 2.
        let v = |r: &str, c: &str| rec.value("review_litigation", r, c).flatten().map(|n| n.0);
        for (r, c, x) in [
            ("review", "upheld", 0.0),
            ("review", "other", 1.0),
            ("review", "total", 1.0),
            ("litigation_direct", "total", 4.0),
            ("litigation_after_review", "corrected", 2.0),
        ] {
            assert!(
                v(r, c).is_none() || v(r, c) == Some(x),
                "{r}.{c}: {:?}",
                v(r, c)
            );
        }
        assert!(!rec.issues.iter().any(|i| i.code == "identity.review_total"));
    }

    /// pdfminer.six prints a sub-table's labels, then its values one a
    /// line, column after column (`规章 / 行政规范性文件 / 0 / 7 / 0 / 0 /
    /// 71 / 7`): row after row fits as well, so the cells the two orders
    /// disagree on are null and flagged, never read across.
    #[test]
    fn labels_before_values_in_either_order() {
        let rec = run(include_str!(
            "../../fixtures/external/fresh-dev/06-2024-2021/pdfminer.txt"
        ));
        let v = |r: &str, c: &str| rec.value("active", r, c).flatten().map(|n| n.0);
        // Truth: 规章 0 0 71, 行政规范性文件 7 0 7.
        assert_eq!(v("regulations", "issued"), Some(0.0));
        assert_eq!(v("regulations", "repealed"), None);
        assert_eq!(v("regulations", "in_force"), None);
        assert_eq!(v("normative_docs", "issued"), None);
        assert_eq!(v("normative_docs", "repealed"), None);
        assert_eq!(v("normative_docs", "in_force"), Some(7.0));
        has_issue(&rec, "structure.ambiguous_order", "active.regulations");
    }

    /// pdfminer.six prints section 四's numbers before its result
    /// columns' headers, which follow one character a line (`结 / 果 / 维
    /// / 持 / 3 / …`): fifteen numbers under the heading are then no
    /// reading of the row (known: 复议 3 0 0 0 3, 直接起诉 0 0 0 2 2, 复议后
    /// 起诉 0 0 1 0 1; the numbers under the heading are section 三's).
    #[test]
    fn review_numbers_before_their_headers_stay_unknown() {
        let rec = run(include_str!(
            "../../fixtures/external/pdf-dev/04-2019-2019-narrative-mismatch/pdfminer.txt"
        ));
        let t = rec.review_litigation.as_ref().expect("section 四 kept");
        assert!(t.values().all(|r| r.values().all(Option::is_none)), "{t:?}");
        assert!(rec
            .issues
            .iter()
            .any(|i| i.code == "structure.ambiguous_order" && i.where_ == "review_litigation.row"));
        assert!(!rec
            .issues
            .iter()
            .any(|i| i.code.starts_with("identity.review")));
    }

    /// A row's values printed after another sub-table's heading
    /// (`行政强制 / 第二十条第（五）项 / 本年处理决定数量 / 22`: pdfminer's
    /// boxes) are not taken for it, nor a row's values followed by its own
    /// columns' headers (`政府集中采购 / 0 / 0 / 采购项目数量 / 7 / …`).
    #[test]
    fn values_beside_another_header_stay_unknown() {
        let rec = run(include_str!(
            "../../fixtures/external/pdf-dev/05-2023-2021/pdfminer.txt"
        ));
        // Known: 行政许可 22, 行政处罚 0, 行政强制 0.
        assert_eq!(rec.value("active", "enforcement", "decisions"), Some(None));
        let rec = run(include_str!(
            "../../fixtures/external/pdf-dev/03-2019-2019-balance/pdfminer.txt"
        ));
        // Known: 7 projects, 8111417.96 yuan; the 0 0 are 行政事业性收费's.
        let v = |c: &str| rec.value("active", "procurement", c).flatten();
        assert_eq!((v("projects"), v("amount_yuan")), (None, None));
    }

    /// Section 二 typed a column at a time, each column's values after its
    /// own header, the columns out of the template's order (hand-typed).
    const HEADED_COLUMNS: &str = "某某街道办事处2022年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容
规章
行政规范性文件
现行有效件数
4
27
本年制发件数
1
3
本年废止件数
0
2
第二十条第（五）项
信息内容
行政许可
本年处理决定数量
146
第二十条第（六）项
信息内容
行政处罚
行政强制
本年处理决定数量
38
5
第二十条第（八）项
信息内容
行政事业性收费
本年收费金额（单位：万元）
12.6
三、收到和处理政府信息公开申请情况
";

    /// The known values of [`HEADED_COLUMNS`], `(row, column, value)`.
    const HEADED_TRUTH: [(&str, &str, f64); 10] = [
        ("regulations", "issued", 1.0),
        ("regulations", "repealed", 0.0),
        ("regulations", "in_force", 4.0),
        ("normative_docs", "issued", 3.0),
        ("normative_docs", "repealed", 2.0),
        ("normative_docs", "in_force", 27.0),
        ("licensing", "decisions", 146.0),
        ("penalties", "decisions", 38.0),
        ("enforcement", "decisions", 5.0),
        ("fees", "amount_yuan", 126_000.0),
    ];

    /// Text taken one element a line from a page whose blank cells left
    /// nothing (`<td><br></td>`), its blocks parted by two blank lines:
    /// the lines after a row's last value part it from the next row and
    /// are no blank cells at its end; a value a line under a one-column
    /// row followed by another (a count cut over two spans) is not taken
    /// as the row's.
    #[test]
    fn blank_lines_that_part_blocks_are_no_cells() {
        let text = "某街道2021年政府信息公开工作年度报告\n\n\n二、主动公开政府信息情况\n\n\n第二十条第（五）项\n\n\n信息内容\n本年处理决定数量\n\n\n\
                    行政许可\n1\n326\n\n\n第二十条第（六）项\n\n\n信息内容\n本年处理决定数量\n\n\n行政处罚\n87\n\n\n\
                    三、收到和处理政府信息公开申请情况\n\n\n申请人情况\n\n\n自然人\n法人或其他组织\n总计\n\n\n\
                    商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n\n\n\
                    一、本年新收政府信息公开申请数量\n51\n8\n1\n1\n61\n\n\n\
                    二、上年结转政府信息公开申请数量\n2\n0\n0\n0\n2\n\n\n";
        let rec = run(text);
        let v = |row, col| rec.value("requests", row, col).flatten().map(|n| n.0);
        assert_ne!(v("new_received", "legal_service"), Some(61.0));
        assert!(matches!(v("new_received", "total"), None | Some(61.0)));
        assert_ne!(v("carried_over", "legal_service"), Some(2.0));
        let a = |row, col| rec.value("active", row, col).flatten().map(|n| n.0);
        assert_eq!(a("licensing", "decisions"), None);
        assert_eq!(a("penalties", "decisions"), Some(87.0));
    }

    /// A 2021 report on the 2019 template, its tables one cell a line: the
    /// headers, lines of their own, decide the template, not the year.
    #[test]
    fn template_by_headers_printed_one_a_line() {
        let text = "某镇2021年政府信息公开工作年度报告\n一、总体情况\n本年度共收到申请3件。\n\
                    二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n\
                    规章\n0\n0\n0\n规范性文件\n2\n2\n13\n第二十条第（五）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n\
                    行政许可\n17\n1\n826\n";
        let rec = run(text);
        assert_eq!(rec.template, Some(Template::F2019));
        let v = |col| rec.value("active", "licensing", col).flatten().map(|n| n.0);
        assert_eq!(
            (v("prev_items"), v("change"), v("decisions")),
            (Some(17.0), Some(1.0), Some(826.0))
        );
    }

    /// A spreadsheet's CSV of section 三 laid out 总计 first and with
    /// 法律服务机构 before 科研机构, merged cells left as empty fields
    /// (`,,,总计,,自然人,,商业企业,…`): each value is the column's whose
    /// name stands over its field, a blank field stays blank. With a
    /// value among the labels (a table not under its header), no field
    /// is read by the header's places.
    #[test]
    fn csv_columns_out_of_order_read_by_their_places() {
        let csv = "某某区人民政府2022年政府信息公开工作年度报告,,,,,,,,,,,,,,\n\
            三、收到和处理政府信息公开申请情况,,,,,,,,,,,,,,\n\
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）,,,,申请人情况,,,,,,,,,,\n\
            ,,,,总计,,自然人,,法人或其他组织,,,,,,\n\
            ,,,,,,,,商业企业,,法律服务机构,科研机构,,社会公益组织,其他\n\
            一、本年新收政府信息公开申请数量,,,,40,,31,,5,,2,,,1,1\n\
            二、上年结转政府信息公开申请数量,,,,3,,2,,1,,0,0,,0,0\n\
            三、本年度办理结果,（一）予以公开,,,12,,9,,2,,1,0,,0,0\n\
            四、结转下年度继续办理,,,,4,,3,,1,,0,0,,0,0\n\
            四、政府信息公开行政复议、行政诉讼情况,,,,,,,,,,,,,,\n";
        let rec = run(csv);
        let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
        assert_eq!(v("new_received", "total"), Some(40.0));
        assert_eq!(v("new_received", "natural_person"), Some(31.0));
        assert_eq!(v("new_received", "business"), Some(5.0));
        assert_eq!(v("new_received", "legal_service"), Some(2.0));
        assert_eq!(v("new_received", "research"), None);
        assert_eq!(v("new_received", "nonprofit"), Some(1.0));
        assert_eq!(v("new_received", "other_org"), Some(1.0));
        assert_eq!(v("granted", "total"), Some(12.0));
        assert_eq!(v("granted", "legal_service"), Some(1.0));
        assert_eq!(v("carried_forward", "business"), Some(1.0));
        // A row whose values stand left of the header's places: the
        // header no longer places them, and no value is read where it
        // does not stand.
        let shifted = csv.replace(
            "一、本年新收政府信息公开申请数量,,,,40,,31,,5,,2,,,1,1",
            "一、本年新收政府信息公开申请数量,40,31,5,2,,1,1,,,,,,,",
        );
        let rec = run(&shifted);
        let v = |col: &str| rec.value("requests", "granted", col).flatten().map(|n| n.0);
        assert!(v("natural_person").is_none_or(|n| n == 9.0));
        assert!(v("research").is_none_or(|n| n == 0.0));
    }

    /// A whole page joined by a tool that drops empty text (`|` between
    /// text nodes): its table's blank cells left nothing, while its
    /// navigation bar keeps the spaces between links (`|首页| |政务公开|`).
    /// That bar says nothing of the table's blank cells: a row of four
    /// values under seven columns is not read as its first four.
    #[test]
    fn spaces_in_a_navigation_bar_are_no_blank_cells_of_a_table() {
        let text = "|首页| |政务公开| |政务服务| |互动交流|\n\
            |某某区民政局2019年政府信息公开工作年度报告|\n\
            |三、收到和处理政府信息公开申请情况|\n\
            |申请人情况|\n\
            |自然人|法人或其他组织|总计|\n\
            |商业企业|科研机构|社会公益组织|法律服务机构|其他|\n\
            |一、本年新收政府信息公开申请数量|34|3|1|38|\n\
            |二、上年结转政府信息公开申请数量|1|1|\n\
            |四、结转下年度继续办理|2|2|\n\
            |四、政府信息公开行政复议、行政诉讼情况|\n";
        let rec = run(text);
        let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
        assert_eq!(v("new_received", "total"), Some(38.0));
        assert_eq!(v("new_received", "research"), None);
        assert_eq!(v("new_received", "nonprofit"), None);
        assert_eq!(v("carried_over", "business"), None);
        // A row of values that keeps a blank cell between two filled ones
        // does say so: the short rows lost blanks at their ends only.
        let kept = text.replace("|34|3|1|38|", "|34|3||1|||38|");
        let rec = run(&kept);
        let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
        assert_eq!(v("new_received", "nonprofit"), Some(1.0));
    }

    /// A responsive table's hidden column names kept by a reader that
    /// ignores the page's style (`| 自然人52 | 商业企业8 |`, section 四's
    /// `行政复议·结果维持2`): each cell is its value. A cell of a name and
    /// a number that is not a column's (`行政许可5`) is not read so.
    #[test]
    fn cells_that_print_their_column_name_before_the_value() {
        let heads = "| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |";
        let text = format!(
            "某某局2025年政府信息公开工作年度报告\n\
             三、收到和处理政府信息公开申请情况\n\n\
             | 申请人情况 | {heads}\n\
             | 一、本年新收政府信息公开申请数量 | 自然人52 | 商业企业8 | 科研机构0 | 社会公益组织1 | 法律服务机构0 | 其他0 | 总计61 |\n\
             | 二、上年结转政府信息公开申请数量 | 自然人2 | 商业企业0 | 科研机构0 | 社会公益组织0 | 法律服务机构0 | 其他0 | 总计2 |\n\n\
             四、政府信息公开行政复议、行政诉讼情况\n\n\
             | 行政复议·结果维持2 | 行政复议·结果纠正1 | 行政复议·其他结果0 | 行政复议·尚未审结0 | 行政复议·总计3 |\n"
        );
        let rec = run(&text);
        let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
        assert_eq!(v("new_received", "natural_person"), Some(52.0));
        assert_eq!(v("new_received", "nonprofit"), Some(1.0));
        assert_eq!(v("new_received", "total"), Some(61.0));
        assert_eq!(v("carried_over", "total"), Some(2.0));
        assert_eq!(super::rows::without_column_name("行政复议·结果维持2"), "2");
        assert_eq!(super::rows::without_column_name(" 总计61 "), "61");
        assert_eq!(super::rows::without_column_name("复议后起诉／总计4"), "4");
        assert_eq!(super::rows::without_column_name("自然人：25"), "25");
        assert_eq!(super::rows::without_column_name("结果维持: 3"), "3");
        assert_eq!(
            super::rows::without_column_name("未经复议直接起诉总计：0"),
            "0"
        );
        assert_eq!(
            super::rows::without_column_name("行政复议 / 结果纠正 2"),
            "2"
        );
        for kept in ["行政许可5", "自然人", "其他处理3件", "自然人52件以上"] {
            assert_eq!(super::rows::without_column_name(kept), kept);
        }
        // One such cell alone in its row is no responsive table's: `其他3`
        // may be a label and its first value run together.
        let one = text.replace("| 自然人52 |", "| 52 |").replace(
            "| 商业企业8 | 科研机构0 | 社会公益组织1 | 法律服务机构0 | 其他0 | 总计61 |",
            "| 8 | 0 | 1 | 0 | 0 | 总计61 |",
        );
        let rec = run(&one);
        assert_eq!(
            rec.value("requests", "new_received", "total")
                .flatten()
                .map(|n| n.0),
            None
        );
    }

    /// Text that prints each section-二 row's values on the line above its
    /// label (a PDF whose value cells start higher than a one-line label:
    /// Ghostscript's txtwrite): the sub-tables' last labels have nothing
    /// after them, so each line of values is its label's below. Printed
    /// the usual way round, the same lines read as before.
    #[test]
    fn section_two_values_printed_above_their_labels() {
        let above = r#"某某街道办事处2020年政府信息公开工作年度报告
二、主动公开政府信息情况
                     第二十条第（一）项
          信息内容     本年新制作数量 本年新公开数量 对外公开总数量
                        0件     0件      0件
            规章
                        2件     2件      7件
          规范性文件
                     第二十条第（六）项
          信息内容     上一年项目数量   本年增/减   处理决定数量
                        4项     -1项     23件
            行政处罚
                        1项      0项      3件
            行政强制
三、收到和处理政府信息公开申请情况
"#;
        let rec = run(above);
        let v = |row: &str, col: &str| rec.value("active", row, col).flatten().map(|n| n.0);
        assert_eq!(v("regulations", "total_public"), Some(0.0));
        assert_eq!(v("normative_docs", "total_public"), Some(7.0));
        assert_eq!(v("penalties", "decisions"), Some(23.0));
        assert_eq!(v("enforcement", "prev_items"), Some(1.0));
        // Labels over their values: the first sub-table's first label has
        // its values after it and a header before it.
        let below = r#"某某街道办事处2020年政府信息公开工作年度报告
二、主动公开政府信息情况
                     第二十条第（一）项
          信息内容     本年新制作数量 本年新公开数量 对外公开总数量
            规章
                        0件     0件      0件
          规范性文件
                        2件     2件      7件
三、收到和处理政府信息公开申请情况
"#;
        let rec = run(below);
        let v = |row: &str, col: &str| rec.value("active", row, col).flatten().map(|n| n.0);
        assert_eq!(v("regulations", "total_public"), Some(0.0));
        assert_eq!(v("normative_docs", "total_public"), Some(7.0));
    }

    /// A Markdown table that lost its header's spans prints the header's
    /// names a cell each (`| 自然人 | 法人或其他组织 | 总计 | | |`): its
    /// 总计 is no row of section 三, and the row （七）总计 reads with no
    /// finding of a malformed copy.
    #[test]
    fn a_header_row_naming_total_is_no_row() {
        let text = "某某局2019年政府信息公开工作年度报告\n\
            三、收到和处理政府信息公开申请情况\n\n\
            | （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | | | | | | | |\n\
            | ---- | ---- | ---- | ---- | ---- | ---- | ---- | ---- | ---- |\n\
            | 自然人 | 法人或其他组织 | 总计 | | | | | | |\n\
            | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | | | | |\n\
            | 一、本年新收政府信息公开申请数量 | 24 | 3 | 0 | 0 | 0 | 0 | 27 | |\n\
            | （七）总计 | 24 | 3 | 0 | 0 | 0 | 0 | 27 | |\n\n\
            四、政府信息公开行政复议、行政诉讼情况\n";
        let rec = run(text);
        let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
        assert_eq!(v("total_handled", "total"), Some(27.0));
        assert!(
            rec.issues.iter().all(|i| i.code != "structure.row_shape"),
            "{:?}",
            rec.issues
        );
    }

    /// Aligned text of a narrow page whose header cells hold a character
    /// a line (`法` over `律` over `服` …): the five under 法人或其他组织
    /// are read down their columns, in their printed order (法律服务机构
    /// second), and 总计, printed first, moved last. A group's label
    /// wrapped beside its sub-rows (`（三 3.危及…`) leaves the sub-row's
    /// label read.
    #[test]
    fn heads_printed_upright_give_the_columns_order() {
        let text = r#"某某区人民政府2022年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况

                                        申请人情况
                                           法人或其他组织
（本列数据的勾稽关系为：第一项                法     社
加第二项之和，等于第三项加第四       自然 商  律  科 会
项之和）                        总计 人   业  服  研 公  其
                                          企  务  机 益  他
                                          业  机  构 组
                                              构     织
一、本年新收政府信息公开申请数  1267 1101 130 22  3  4   7
              量
二、上年结转政府信息公开申请数  47   38   6   2   0  0   1
              量
      （一）予以公开            365  312  41  6   1  2   3
           1.属于国家秘密       2    2    0   0   0  0   0
      （三 3.危及“三安全一稳定” 3    3    0   0   0  0   0
      ）不 4.保护第三方合法权益 26   21   4   1   0  0   0

四、政府信息公开行政复议、行政诉讼情况
"#;
        let rec = run(text);
        let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
        assert_eq!(v("new_received", "total"), Some(1267.0));
        assert_eq!(v("new_received", "natural_person"), Some(1101.0));
        assert_eq!(v("new_received", "legal_service"), Some(22.0));
        assert_eq!(v("new_received", "research"), Some(3.0));
        assert_eq!(v("new_received", "nonprofit"), Some(4.0));
        assert_eq!(v("granted", "legal_service"), Some(6.0));
        assert_eq!(v("denied_safety", "total"), Some(3.0));
        assert_eq!(v("denied_third_party", "legal_service"), Some(1.0));
        // The same header with its upright heads in the template's order
        // reads the values in that order.
        let plain = text
            .replace("法     社", "社     法")
            .replace("商  律  科 会", "商  科  会 律")
            .replace("业  服  研 公", "业  研  公 服")
            .replace("企  务  机 益", "企  机  益 务")
            .replace("业  机  构 组", "业  构  组 机")
            .replace("    构     织", "    织     构");
        let rec = run(&plain);
        let v = |col: &str| {
            rec.value("requests", "new_received", col)
                .flatten()
                .map(|n| n.0)
        };
        assert_eq!(v("research"), Some(22.0));
        assert_eq!(v("legal_service"), Some(4.0));
    }

    /// One cell a line, each head under 法人或其他组织 wrapped (`商业企`
    /// over `业`): the first lines, each followed by its rest, give the
    /// printed order. A reader that put the pieces out of order (the
    /// rest of `社会公益` printed lines later) gives no order: the
    /// template's stands.
    #[test]
    fn wrapped_heads_one_a_line_give_the_order_only_when_whole() {
        let head = |heads: &str| {
            format!(
                "某某区人民政府2022年政府信息公开工作年度报告\n\
                 三、收到和处理政府信息公开申请情况\n\
                 申请人情况\n自然人\n法人或其他组织\n{heads}总计\n\
                 一、本年新收政府信息公开申请数量 31 5 2 3 0 1 42\n\
                 二、上年结转政府信息公开申请数量 2 1 0 0 0 0 3\n\
                 四、政府信息公开行政复议、行政诉讼情况\n"
            )
        };
        let v = |rec: &Record, col: &str| {
            rec.value("requests", "new_received", col)
                .flatten()
                .map(|n| n.0)
        };
        let rec = run(&head(
            "商业企\n业\n法律服务机\n构\n科研机\n构\n社会公益组\n织\n其他\n",
        ));
        assert_eq!(v(&rec, "legal_service"), Some(2.0));
        assert_eq!(v(&rec, "research"), Some(3.0));
        let rec = run(&head(
            "社会公益\n法律服务\n商业\n企业\n科研\n机构\n组织\n机构\n其他\n",
        ));
        assert_eq!(v(&rec, "research"), Some(2.0));
        assert_eq!(v(&rec, "nonprofit"), Some(3.0));
        assert_eq!(v(&rec, "legal_service"), Some(0.0));
    }

    #[test]
    fn columns_each_after_its_header_in_any_order() {
        let rec = run(HEADED_COLUMNS);
        for (row, col, want) in HEADED_TRUTH {
            let got = rec.value("active", row, col).flatten().map(|n| n.0);
            assert_eq!(got, Some(want), "{row}.{col}");
        }
        assert!(
            !rec.issues.iter().any(|i| i.where_.starts_with("active")),
            "{:?}",
            rec.issues
        );
    }

    /// A column printed one value short, or a header printed twice: the
    /// header no longer tells each value's row, so the run is not read
    /// by its headers (and nothing read is wrong).
    #[test]
    fn broken_column_blocks_are_not_read_by_their_headers() {
        for text in [
            HEADED_COLUMNS.replacen("本年制发件数\n1\n3\n", "本年制发件数\n1\n", 1),
            HEADED_COLUMNS.replacen("本年废止件数\n", "现行有效件数\n", 1),
        ] {
            let rec = run(&text);
            for (row, col, want) in &HEADED_TRUTH[..6] {
                let got = rec.value("active", row, col).flatten().map(|n| n.0);
                assert!(got.is_none() || got == Some(*want), "{row}.{col}: {got:?}");
            }
            assert!(
                rec.value("active", "normative_docs", "in_force")
                    .flatten()
                    .is_none(),
                "{:?}",
                rec.active
            );
            // The sub-tables after it still read by their headers.
            let v = rec.value("active", "penalties", "decisions").flatten();
            assert_eq!(v.map(|n| n.0), Some(38.0));
        }
    }

    /// Section 三 printed column after column with 总计 first and 自然人
    /// last: read by its headers when it has them; without them the
    /// template's order of columns breaks most rows while 总计 first
    /// adds them all up, so nothing is read and nothing reported broken.
    #[test]
    fn columns_out_of_the_template_order() {
        let text = include_str!("../../fixtures/flattened/column-headers-out-of-order-2022.txt");
        let rec = run(text);
        let v =
            |r: &Record, row: &str, col: &str| r.value("requests", row, col).flatten().map(|n| n.0);
        assert_eq!(v(&rec, "new_received", "natural_person"), Some(57.0));
        assert_eq!(v(&rec, "new_received", "total"), Some(69.0));
        assert_eq!(v(&rec, "total_handled", "business"), Some(5.0));
        assert_eq!(v(&rec, "total_handled", "total"), Some(68.0));
        let heads: Vec<&str> = crate::template::REQUEST_COLS
            .iter()
            .map(|c| c.label)
            .collect();
        let start = text.find("四、结转下年度继续办理").unwrap_or(0);
        let (before, after) = text.split_at(start);
        let bare: Vec<&str> = after.lines().filter(|l| !heads.contains(l)).collect();
        let rec = run(&format!("{before}{}", bare.join("\n")));
        let t = rec.requests.as_ref().expect("section 三 kept");
        assert_eq!(t.len(), 25);
        assert!(
            t.values().all(|row| row.values().all(Option::is_none)),
            "{t:?}"
        );
        assert!(rec.issues.iter().all(|i| !i.code.starts_with("identity.")));
        let flagged = rec
            .issues
            .iter()
            .filter(|i| i.code == "structure.ambiguous_order" && i.where_.starts_with("requests."))
            .count();
        assert_eq!(flagged, 25);
        // Section 二 keeps its headers, and reads.
        assert_eq!(
            rec.value("active", "licensing", "decisions")
                .flatten()
                .map(|n| n.0),
            Some(146.0)
        );
    }

    /// A headerless column-major section 三 in the template's order, its
    /// 科研机构 column blank and one row's 总计 one too many: read as
    /// printed, the flaw reported. A blank column taken as the total
    /// "adds up" in every row, and must not pass for the better order.
    #[test]
    fn a_flawed_dump_in_the_template_order_reads() {
        let (_, before, after, heads) = column_major_dump();
        let mut lines: Vec<String> = Vec::new();
        let mut block = None;
        let mut k = 0;
        for l in after.lines() {
            if let Some(h) = heads.iter().position(|h| *h == l) {
                block = Some(h);
                k = 0;
                continue;
            }
            let v = match (block, k) {
                (Some(2), 0..25) => String::new(),
                // 一、本年新收's 总计, 69, made 70.
                (Some(6), 0) => "70".to_string(),
                _ => l.to_string(),
            };
            if block.is_some() {
                k += 1;
            }
            lines.push(v);
        }
        let rec = run(&format!("{before}{}", lines.join("\n")));
        let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
        assert_eq!(v("new_received", "natural_person"), Some(57.0));
        assert_eq!(v("new_received", "total"), Some(70.0));
        assert_eq!(v("new_received", "research"), None);
        assert_eq!(v("total_handled", "total"), Some(68.0));
        assert!(rec
            .issues
            .iter()
            .all(|i| i.code != "structure.ambiguous_order"));
    }

    /// Section 三's labels, then its values row after row one a line (a
    /// PDF reader that boxes the table's cells, round 20's pdftotext):
    /// both orders fit the count, and the rows' totals show which. Read
    /// row after row, the values said to be read in order. Row after row
    /// with one row breaking its total (a 总计 made one too many, or three
    /// rows printed column after column among themselves) is no certain
    /// reading: flagged, and no cell read as a number the report does not
    /// print there. The same values column after column still read so.
    #[test]
    fn a_dump_row_after_row_reads_by_its_rows_totals() {
        let (text, before, after, heads) = column_major_dump();
        // The dump's columns, each its values, and the text after it.
        let mut cols: Vec<Vec<&str>> = Vec::new();
        let mut rest = String::new();
        for l in after.lines().skip(1) {
            if !rest.is_empty() || l.starts_with("四、政府") {
                rest.push_str(l);
                rest.push('\n');
            } else if heads.contains(&l) {
                cols.push(Vec::new());
            } else if let Some(c) = cols.last_mut() {
                c.push(l);
            }
        }
        assert_eq!(cols.len(), 7);
        assert!(cols.iter().all(|c| c.len() == 25));
        #[derive(Clone, Copy, PartialEq)]
        enum Variant {
            Sound,
            Flawed,
            Mixed,
        }
        // The values as printed: (row, column) in the order they come.
        let places = |v: Variant| -> Vec<(usize, usize)> {
            let mut out: Vec<(usize, usize)> = Vec::new();
            for r in 0..25 {
                if v == Variant::Mixed && (4..7).contains(&r) {
                    if r == 4 {
                        out.extend((0..7).flat_map(|j| (4..7).map(move |r| (r, j))));
                    }
                    continue;
                }
                out.extend((0..7).map(|j| (r, j)));
            }
            out
        };
        let printed = |v: Variant| {
            let mut out = format!("{before}四、结转下年度继续办理\n{}\n", heads.join("\n"));
            for (r, j) in places(v) {
                // 一、本年新收's 总计, 69, made 70.
                let value = if v == Variant::Flawed && r == 0 && j == 6 {
                    "70"
                } else {
                    cols[j][r]
                };
                out.push_str(value);
                out.push('\n');
            }
            out + &rest
        };
        let rows: Vec<&str> = crate::template::request_rows(crate::model::Template::F2021)
            .map(|r| r.key)
            .collect();
        for variant in [Variant::Sound, Variant::Flawed, Variant::Mixed] {
            let rec = run(&printed(variant));
            let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
            let flagged = rec
                .issues
                .iter()
                .any(|i| i.code == "structure.ambiguous_order");
            if variant == Variant::Sound {
                assert_eq!(v("new_received", "natural_person"), Some(57.0));
                assert_eq!(v("new_received", "business"), Some(6.0));
                assert_eq!(v("new_received", "total"), Some(69.0));
                assert_eq!(v("carried_forward", "total"), Some(6.0));
                assert_eq!(v("total_handled", "total"), Some(68.0));
                let how = how_of(&rec, "granted", "total");
                assert_eq!(how, Some(crate::model::How::Order));
                assert!(!flagged);
                continue;
            }
            assert!(flagged);
            for (r, row) in rows.iter().enumerate() {
                for (j, col) in crate::template::REQUEST_COLS.iter().enumerate() {
                    if let Some(got) = v(row, col.key) {
                        let want: Option<f64> = cols[j][r].trim().parse().ok();
                        assert_eq!(Some(got), want, "{row}.{}", col.key);
                    }
                }
            }
        }
        let rec = run(text);
        let how = how_of(&rec, "granted", "total");
        assert_eq!(how, Some(crate::model::How::Transposed));
    }

    /// Section 三's last nine labels, then their values one a line, six
    /// rows row after row and the last three column after column (round
    /// 20's pdftotext of a Chromium PDF): read column after column, six of
    /// the nine rows break their totals. Neither order is taken as certain,
    /// so no cell is read as a number the report does not print there.
    #[test]
    fn a_dump_in_no_one_order_reads_no_wrong_number() {
        let dir = "fixtures/external/handwritten-round20/07-2019-2019-review-total";
        let text = include_str!(
            "../../fixtures/external/handwritten-round20/07-2019-2019-review-total/chrome-pdf-pdftotext.txt"
        );
        let truth: serde_json::Value = serde_json::from_str(include_str!(
            "../../fixtures/external/handwritten-round20/07-2019-2019-review-total/truth.json"
        ))
        .unwrap_or_default();
        let rec = read(text);
        for row in crate::template::request_rows(crate::model::Template::F2019) {
            for col in crate::template::REQUEST_COLS.iter() {
                let want = truth["requests"][row.key][col.key].as_f64();
                assert!(want.is_some(), "{dir}: truth has {}.{}", row.key, col.key);
                if let Some(v) = rec.value("requests", row.key, col.key).flatten() {
                    assert_eq!(Some(v.0), want, "{dir}: {}.{}", row.key, col.key);
                }
            }
        }
        // The dump's rows unread are said to be so.
        for key in [
            "unable_unclear",
            "rejected_petition",
            "total_handled",
            "carried_forward",
        ] {
            let at = format!("requests.{key}");
            let flagged = rec
                .issues
                .iter()
                .any(|i| i.where_ == at && i.code.starts_with("structure."));
            let read_some = crate::template::REQUEST_COLS
                .iter()
                .any(|c| rec.value("requests", key, c.key).flatten().is_some());
            assert!(
                flagged || read_some,
                "{dir}: {key} neither read nor flagged"
            );
        }
    }

    /// Section 三 with a leading 序号 column (`| 3 | （一）予以公开 | 3 | 1
    /// | …`): the serial number is no value, and the row is read as its
    /// seven cells, not flagged as a row of eight. Without the header, the
    /// numbers `1, 2, 3…` before the labels still say so.
    #[test]
    fn a_serial_number_column_is_no_value() {
        let rows: Vec<&crate::template::RequestRow> =
            crate::template::request_rows(crate::model::Template::F2021).collect();
        let table = |head: &str, serial: &dyn Fn(usize) -> String| {
            let mut t = format!(
                "某某镇人民政府2022年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n\
                 | {head} | 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n\
                 |---|---|---|---|---|---|---|---|---|\n"
            );
            for (k, r) in rows.iter().enumerate() {
                let n = k % 3;
                t.push_str(&format!(
                    "| {} | {} | {n} | 1 | 0 | 0 | 0 | 0 | {} |\n",
                    serial(k),
                    r.label,
                    n + 1
                ));
            }
            t + "\n四、政府信息公开行政复议、行政诉讼情况\n"
        };
        for head in ["序号", ""] {
            let rec = read(&table(head, &|k| (k + 1).to_string()));
            assert_eq!(
                request_row(&rec, "granted"),
                [
                    Some(2.0),
                    Some(1.0),
                    Some(0.0),
                    Some(0.0),
                    Some(0.0),
                    Some(0.0),
                    Some(3.0)
                ],
                "{head:?}"
            );
            assert!(
                rec.issues.iter().all(|i| i.code != "structure.row_shape"),
                "{head:?}"
            );
        }
    }

    /// A section-二 row whose cells ran into its label
    /// (`行政规范性文件6241`, Readability's text of a page), then blank
    /// lines: the blank lines are no cells of the row, so `6241` is not
    /// read as the first cell with two blanks after it; the split is
    /// flagged with its readings.
    #[test]
    fn digits_glued_to_a_label_take_no_blank_lines_for_cells() {
        let rec = run(
            "某某区人民政府2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n\
             第二十条第（一）项\n信息内容本年制发件数本年废止件数现行有效件数\n规章000\n\
             行政规范性文件6241\n\n\n\n第二十条第（五）项\n信息内容本年处理决定数量\n行政许可12\n",
        );
        let v = |col: &str| {
            rec.value("active", "normative_docs", col)
                .flatten()
                .map(|n| n.0)
        };
        assert_eq!(v("issued"), None);
        assert!(rec
            .issues
            .iter()
            .any(|i| i.code == "structure.ambiguous_split" && i.where_ == "active.normative_docs"));
    }

    /// pdftotext of a Chromium PDF prints section 二's values before their
    /// labels, sub-table after sub-table (`14 / -2 / 1563 / 行政许可`);
    /// in the first, 规章 printed nothing (`规章 / 3 / 3 / 26 / 规范性文
    /// 件`). With the others showing the order, those values are
    /// 规范性文件's, and 规章 is blank (round 20 01, read 规章 3 3 26).
    #[test]
    fn a_blank_row_among_values_before_labels() {
        let rec = read(include_str!(
            "../../fixtures/external/handwritten-round20/01-2019-2019/chrome-pdf-pdftotext.txt"
        ));
        let v = |row: &str, col: &str| rec.value("active", row, col).flatten().map(|n| n.0);
        assert_eq!(v("regulations", "made"), None);
        assert_eq!(v("regulations", "total_public"), None);
        assert_eq!(v("normative_docs", "made"), Some(3.0));
        assert_eq!(v("normative_docs", "total_public"), Some(26.0));
        assert_eq!(v("penalties", "decisions"), Some(87.0));
        let how = how_of(&rec, "normative_docs", "total_public");
        assert_eq!(how, Some(crate::model::How::Order));
        // 规章's label wrapped around the values (`规章（设区的市、 / 3 /
        // 3 / 26 / 自治州人民政府应提供相关数据）`): they are 规章's, not
        // 规范性文件's as a row before them that printed none.
        let text = include_str!(
            "../../fixtures/external/handwritten-round20/01-2019-2019/chrome-pdf-pdftotext.txt"
        )
        .replacen(
            "规章\n3\n3\n26\n",
            "规章（设区的市、\n3\n3\n26\n自治州人民政府应提供相关数据）\n",
            1,
        );
        assert!(text.contains("自治州"));
        let rec = read(&text);
        let v = |row: &str, col: &str| rec.value("active", row, col).flatten().map(|n| n.0);
        assert_ne!(v("normative_docs", "made"), Some(3.0));
        assert_ne!(v("normative_docs", "total_public"), Some(26.0));
    }

    /// A CSV whose tools trimmed every line's trailing blank cells, 总计
    /// blank on the numbered rows: a sub-row (`,（三）不予公开,1.属于国家
    /// 秘密,0,0,0,0,0,0`) is as wide as the trimmed header row over the
    /// applicant columns (`,,,,商业企业,…,其他`), which does not make it
    /// a row of the table's full width: its blank 总计 is its trimmed end.
    #[test]
    fn a_trimmed_row_as_wide_as_a_trimmed_header_is_read() {
        let text: String = include_str!("../../fixtures/layouts/csv-2021.csv")
            .lines()
            .map(|l| {
                let mut f: Vec<&str> = l.split(',').collect();
                let numbered = f.len() >= 10
                    && f[2].starts_with(|c: char| c.is_ascii_digit())
                    && f[2].contains('.');
                if numbered {
                    if let Some(last) = f.last_mut() {
                        *last = "";
                    }
                }
                let line = f.join(",");
                line.trim_end_matches(',').to_string() + "\n"
            })
            .collect();
        let rec = read(&text);
        assert_eq!(
            request_row(&rec, "denied_state_secret"),
            [
                Some(0.0),
                Some(0.0),
                Some(0.0),
                Some(0.0),
                Some(0.0),
                Some(0.0),
                None
            ]
        );
        assert!(rec.issues.iter().all(|i| !i.code.starts_with("structure.")));
    }

    /// A Markdown table that dropped an empty column (pymupdf4llm of a PDF
    /// whose 法律服务机构 column is blank: `|1.信访举报投诉<br>类申请|3|0|0|0|
    /// 0|3|`), its header naming 总计 in its last cell: a row as wide as
    /// that header was not trimmed at its end, so its six values are not
    /// read as the first six columns with 总计 blank (which put 3 under
    /// 其他). Where the blank column was is not shown: flagged.
    #[test]
    fn a_row_as_wide_as_its_header_was_not_trimmed() {
        let rec = read(include_str!(
            "../../fixtures/external/handwritten-round19/05-2023-2021/lo-pdf-pymupdf4llm.txt"
        ));
        let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
        for row in [
            "rejected_petition",
            "rejected_duplicate",
            "other_no_correction",
        ] {
            assert_eq!(v(row, "legal_service"), None, "{row}");
            assert_ne!(v(row, "other_org"), Some(3.0), "{row}");
            assert_ne!(v(row, "other_org"), Some(1.0), "{row}");
        }
        assert!(rec
            .issues
            .iter()
            .any(|i| i.where_ == "requests.rejected_petition" && i.code.starts_with("structure.")));
        // markitdown's table of a PDF whose cells hold two columns each
        // (`| 87 13 | 1 2 | 0 2 | 105 |`), its header padded to the same
        // width (`|  |  |  | 然 商业 | 科研 社会公 | 法律服 其 |  |`): a row
        // printing `| 1 |  |  | 1 |` is no row trimmed at its end, so its
        // second 1 is not read as 社会公益组织 with 总计 blank.
        let rec = read(include_str!(
            "../../fixtures/external/handwritten-round20/05-2023-2021-row-total/chrome-pdf-markitdown.md"
        ));
        let v = |row: &str, col: &str| rec.value("requests", row, col).flatten().map(|n| n.0);
        for row in ["denied_state_secret", "denied_query", "rejected_petition"] {
            assert_eq!(v(row, "nonprofit"), None, "{row}");
        }
    }

    /// Two labels, then six numbers (`（七）总计 / 四、结转下年度继续办理 /
    /// 1 / 0 / 12 0 / 0 / 0`): placed in the second row they fit only with
    /// its 总计 blank, which checks nothing, and they may be the first
    /// row's. Left null and flagged with both readings (the values as this
    /// row's, and none of them), not read (known: 结转 all 0).
    #[test]
    fn values_after_two_labels_fitting_only_blind_stay_unknown() {
        let rec = run(include_str!(
            "../../fixtures/external/pdf-dev/32-2019-2019/pdfminer.txt"
        ));
        let row = rec
            .requests
            .as_ref()
            .and_then(|t| t.get("carried_forward"))
            .expect("row kept");
        assert!(row.values().all(Option::is_none), "{row:?}");
        assert!(rec
            .issues
            .iter()
            .any(|i| i.code == "structure.ambiguous_columns"
                && i.where_ == "requests.carried_forward"
                && i.message.contains("either row")
                && i.found.as_ref().is_some_and(
                    |f| f["readings"] == serde_json::json!(["1|0|12|0|0|0|_", "_|_|_|_|_|_|_"])
                )));
    }

    /// The same, where a `+` or a negative count outside a change column
    /// rules every order but one out (2019 format): 行政许可 22 0 0 and
    /// 其他对外管理服务事项 14 +12 0, printed `22 14 0 +12` and, after the
    /// next heading, `0 0`; 行政处罚 0 0 0 and 行政强制 0 -3 41.
    #[test]
    fn labels_before_values_settled_by_signs() {
        let rec = run(include_str!(
            "../../fixtures/external/fresh-dev/03-2019-2019-balance/pdfminer.txt"
        ));
        let v = |r: &str, c: &str| rec.value("active", r, c).flatten().map(|n| n.0);
        for (r, c, x) in [
            ("licensing", "prev_items", 22.0),
            ("licensing", "change", 0.0),
            ("other_services", "prev_items", 14.0),
            ("other_services", "change", 12.0),
            ("enforcement", "prev_items", 0.0),
            ("enforcement", "change", -3.0),
            ("enforcement", "decisions", 41.0),
        ] {
            assert_eq!(v(r, c), Some(x), "{r}.{c}");
        }
    }

    /// html2text cuts section 二's labels to their column (`行政�`) and
    /// spills the rest into the value cells (`3范�`, `4808.38收费`): a
    /// cut label is the one row of its sub-table that begins so; where two
    /// rows of the sub-table do (行政处罚, 行政强制 under （六）), neither.
    #[test]
    fn section_two_labels_cut_short() {
        let rec = run(include_str!(
            "../../fixtures/external/tune/11-2021-2021/html2text.txt"
        ));
        let v = |r: &str, c: &str| rec.value("active", r, c).flatten().map(|n| n.0);
        assert_eq!(v("normative_docs", "issued"), Some(3.0));
        assert_eq!(v("normative_docs", "in_force"), Some(51.0));
        assert_eq!(v("licensing", "decisions"), Some(0.0));
        assert_eq!(v("fees", "amount_yuan"), Some(48_083_800.0));
        assert_eq!(rec.value("active", "penalties", "decisions"), None);
        assert_eq!(rec.value("active", "enforcement", "decisions"), None);
        no_issue(&rec, "value.unparsed");
    }

    /// html2text filled the overflow of （二）部分公开's long label into
    /// the value cells after their numbers (`0这�`, `0，不`): the second
    /// pass reads the numbers, as the first pass reads such cells.
    #[test]
    fn label_overflow_in_value_cells_is_read_past() {
        let rec = run(include_str!(
            "../../fixtures/external/tune/01-2021-2021-outcome-total/html2text.txt"
        ));
        let v = |r: &str, c: &str| rec.value("requests", r, c).flatten().map(|n: Num| n.0);
        for c in ["natural_person", "business", "research", "total"] {
            assert_eq!(v("partial", c), Some(0.0), "{c}");
        }
        assert!(!rec.issues.iter().any(|i| i.where_ == "requests.partial"));
    }

    /// pdftotext printed section 四's first group, then the header of the
    /// other two, then their ten values: one row of 15, read in order.
    #[test]
    fn section_four_read_past_its_own_header_between_groups() {
        let rec = run(include_str!(
            "../../fixtures/external/tune/04-2019-2019-review-total/pdf-plain.txt"
        ));
        let v = |r: &str, c: &str| {
            rec.value("review_litigation", r, c)
                .flatten()
                .map(|n: Num| n.0)
        };
        let cols = ["upheld", "corrected", "other", "pending", "total"];
        let got: Vec<Option<f64>> = ["review", "litigation_direct", "litigation_after_review"]
            .iter()
            .flat_map(|r| cols.iter().map(move |c| (r, c)))
            .map(|(r, c)| v(r, c))
            .collect();
        let want = [0., 0., 4., 0., 4., 4., 0., 0., 1., 5., 2., 0., 0., 0., 0.];
        assert_eq!(got, want.map(Some).to_vec());
    }

    /// The value of `table.row.col` as read.
    fn val(rec: &Record, table: &str, row: &str, col: &str) -> Option<f64> {
        rec.value(table, row, col).flatten().map(|n: Num| n.0)
    }

    /// `text` through the whole pipeline (its checks too), as a file at
    /// `path`.
    fn processed(path: &str, text: &str) -> Record {
        crate::pipeline::process_bytes(path, text.as_bytes(), &crate::pipeline::Options::default())
    }

    /// Round 28's 02 numbers its rows in a 序号 column (section 三 1…23,
    /// section 二 1…8 across its sub-tables): read from the page (a grid
    /// column), from parsel's text (one cell a line, the head and each
    /// number on lines of their own) and from w3lib's (a row's cells run
    /// together, its number glued to its label, `106.属于四类过程性信息…`,
    /// 10 before the label's own 6.), the numbers are no row's values:
    /// every row reads its own, and the report's break of 一 + 二 =
    /// （七） + 四 is found.
    #[test]
    fn a_row_number_column_is_no_values() {
        let dir = "../../fixtures/external/handwritten-round28/02-2020-2019-balance";
        for (name, text) in [
            ("page.html", include_str!("../../fixtures/external/handwritten-round28/02-2020-2019-balance/page.html")),
            ("parsel-xpath-text.txt", include_str!("../../fixtures/external/handwritten-round28/02-2020-2019-balance/parsel-xpath-text.txt")),
            ("w3lib-remove-tags.txt", include_str!("../../fixtures/external/handwritten-round28/02-2020-2019-balance/w3lib-remove-tags.txt")),
        ] {
            let rec = processed(&format!("{dir}/{name}"), text);
            let licensing: Vec<Option<f64>> = ["prev_items", "change", "decisions"]
                .iter()
                .map(|c| val(&rec, "active", "licensing", c))
                .collect();
            // Run together, `23+11846` may be +1 and 1846 or +11 and 846:
            // left null, never the row number's `4` after it. One cell a
            // line, a number before a label in section 二 (whose rows are
            // of several widths) may be the row's last value: left null
            // and flagged, never read as a value.
            match name {
                "page.html" => {
                    assert_eq!(licensing, [Some(23.0), Some(1.0), Some(1846.0)]);
                    assert_eq!(val(&rec, "active", "regulations", "made"), Some(0.0));
                }
                "w3lib-remove-tags.txt" => {
                    assert_eq!(licensing, [Some(23.0), None, None]);
                    assert_eq!(val(&rec, "active", "regulations", "made"), Some(0.0));
                }
                _ => {
                    assert_eq!(licensing, [None, None, None]);
                    has_issue(&rec, "structure.ambiguous_columns", "active.licensing");
                }
            }
            let new = request_row(&rec, "new_received");
            assert_eq!(new, [45.0, 7.0, 0.0, 0.0, 1.0, 0.0, 53.0].map(Some), "{name}");
            if name != "page.html" {
                // The run-together copy's rows split by their totals.
                let process = request_row(&rec, "denied_process");
                assert_eq!(process, [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0].map(Some), "{name}");
            }
            has_issue(&rec, "identity.balance", "requests.balance.business");
        }
        // No 序号 head: a row's last value that happens to count up is
        // its own (`（一）予以公开 2 0 1 3` before `（二）…`).
        let text = "三、收到和处理政府信息公开申请情况\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n\
                    一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n\
                    二、上年结转政府信息公开申请数量 0 0 0 0 0 2 2\n\
                    （一）予以公开 0 0 0 0 0 3 3\n\
                    四、政府信息公开行政复议、行政诉讼情况\n";
        let rec = processed("x/某某局/2022.txt", text);
        assert_eq!(request_row(&rec, "carried_over")[6], Some(2.0));
        assert_eq!(request_row(&rec, "granted")[6], Some(3.0));
    }

    /// A 序号 column that numbers only the top-level rows (1 一、 … 3
    /// 三、本年度办理结果, then 4 before 四、), and one whose cells are all
    /// blank while the rows' last values count 1, 2, 3: no value is taken
    /// for a row's number (a grid's number leads its row; one a line of
    /// its own follows a whole row's values or a text).
    #[test]
    fn only_numbers_that_lead_their_rows_are_row_numbers() {
        let rows: Vec<&crate::template::RequestRow> =
            crate::template::request_rows(Template::F2021).collect();
        let head = "三、收到和处理政府信息公开申请情况\n| 序号 | 项目 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|---|---|---|\n";
        let mut partial = String::from(head);
        let mut blank = String::from(head);
        for (k, r) in rows.iter().enumerate() {
            let number = match r.key {
                "new_received" => "1",
                "carried_over" => "2",
                "granted" => "3",
                "carried_forward" => "4",
                _ => "",
            };
            let v = if r.key == "granted" { 4 } else { 0 };
            partial.push_str(&format!(
                "| {number} | {} | | | 0 | 0 | {v} | 0 | 0 | 0 | {v} |\n",
                r.label
            ));
            // Totals 1, 2, 3 … down the rows, a blank 序号 cell.
            let t = k + 1;
            blank.push_str(&format!(
                "| | {} | | | {t} | 0 | 0 | 0 | 0 | 0 | {t} |\n",
                r.label
            ));
        }
        let rec = processed("x/某某局/2022.md", &partial);
        assert_eq!(
            request_row(&rec, "granted"),
            [0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 4.0].map(Some)
        );
        let rec = processed("x/某某局/2022.md", &blank);
        assert_eq!(request_row(&rec, "carried_over")[6], Some(2.0));
        assert_eq!(request_row(&rec, "granted")[6], Some(3.0));
    }

    /// Round 28's 04 wraps every value in left-to-right marks (raw
    /// U+200E in section 三 and 四, `&lrm;` in section 二), and its 06
    /// shows corrected cells as `<del>55</del><ins>57</ins>`, its notebook
    /// copy (`pandoc -t ipynb`) as `~~55~~<u>57</u>` in a Markdown cell:
    /// the marks are nothing, struck text is no longer the report's, and
    /// each report's own flaw is found.
    #[test]
    fn direction_marks_and_struck_out_figures_read_as_the_page_shows() {
        let d04 = "../../fixtures/external/handwritten-round28/04-2022-2021-outcome-total";
        let rec = processed(
            &format!("{d04}/page.html"),
            include_str!(
                "../../fixtures/external/handwritten-round28/04-2022-2021-outcome-total/page.html"
            ),
        );
        assert_eq!(
            request_row(&rec, "new_received"),
            [100.0, 25.0, 0.0, 0.0, 1.0, 1.0, 127.0].map(Some)
        );
        no_issue(&rec, "value.unparsed");
        has_issue(
            &rec,
            "identity.outcome_total",
            "requests.total_handled.total",
        );
        let d06 = "../../fixtures/external/handwritten-round28/06-2024-2021-row-total";
        for (name, bytes) in [
            ("page.html", &include_bytes!("../../fixtures/external/handwritten-round28/06-2024-2021-row-total/page.html")[..]),
            ("pandoc-ipynb.ipynb", &include_bytes!("../../fixtures/external/handwritten-round28/06-2024-2021-row-total/pandoc-ipynb.ipynb")[..]),
        ] {
            let rec = crate::pipeline::process_bytes(
                &format!("{d06}/{name}"),
                bytes,
                &crate::pipeline::Options::default(),
            );
            assert_eq!(val(&rec, "requests", "new_received", "natural_person"), Some(57.0), "{name}");
            assert_eq!(val(&rec, "requests", "granted", "total"), Some(24.0), "{name}");
            has_issue(&rec, "identity.row_total", "requests.unable_not_held.total");
            no_issue(&rec, "value.unparsed");
        }
    }

    /// Section 三 printed to a page too narrow for it (round 20's 02
    /// through pypdf's layout mode): the 总计 column cut off, header and
    /// values alike (the header names 自然人 … 其他, every row prints six
    /// values), the values' places drifting a character or two from row
    /// to row. Each row's values are its six applicant columns by their
    /// places, the row of zeros too (any blank would fit it); the outcome
    /// rows' total, which breaks its identity in 自然人 (144, the rows add
    /// up to 146), is read as printed, and the break is found; the missing
    /// column is said.
    #[test]
    fn a_table_whose_total_column_was_cut_off_is_read_by_its_columns() {
        let text = include_str!(
            "../../fixtures/external/handwritten-round20/02-2020-2019-outcome-total/chrome-pdf-pypdf-layout.txt"
        );
        let rec = processed("x/某某局/2020.txt", text);
        let six = |v: [f64; 6]| {
            let mut row: Vec<Option<f64>> = v.iter().map(|x| Some(*x)).collect();
            row.push(None);
            row
        };
        assert_eq!(request_row(&rec, "denied_state_secret"), six([0.0; 6]));
        assert_eq!(
            request_row(&rec, "total_handled"),
            six([144.0, 29.0, 2.0, 1.0, 6.0, 3.0])
        );
        let found: Vec<(&str, &str)> = rec
            .issues
            .iter()
            .filter(|i| i.where_.starts_with("requests"))
            .map(|i| (i.code.as_str(), i.where_.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("structure.missing_column", "requests"),
                (
                    "identity.outcome_total",
                    "requests.total_handled.natural_person"
                )
            ]
        );
        // Sound tables that look alike (a reviewer's, `tests/external/
        // cut_off/`): a column blank throughout, the 总计 printed and its
        // header named with a unit (`总计（件）`) or not at all. Their
        // values are not moved a column over: each cell null or its own.
        for (text, blank, total) in [
            (
                include_str!(
                    "../../tests/external/cut_off/blank-first-column-total-named-with-unit.txt"
                ),
                0,
                39.0,
            ),
            (
                include_str!("../../tests/external/cut_off/blank-last-column-total-unnamed.txt"),
                5,
                178.0,
            ),
        ] {
            let rec = processed("x/某某局/2020.txt", text);
            let row = request_row(&rec, "new_received");
            assert!(matches!(row[blank], None | Some(0.0)), "{row:?}");
            assert!(row[6].is_none() || row[6] == Some(total), "{row:?}");
            assert!(!row[..6].contains(&Some(total)), "{row:?}");
            no_issue(&rec, "structure.missing_column");
        }
    }

    /// Section 三 of a 2021 report as two whole tables by its columns, in
    /// aligned text that lost the blank 科研机构 cells (`表3-1`: the labels,
    /// 自然人, 商业企业, 科研机构; `表3-2（续表3-1）`: the labels again,
    /// 社会公益组织, 法律服务机构, 其他, 总计), each row given by `values`
    /// (the first part's two numbers, the second's four).
    fn two_part_text(values: impl Fn(&str) -> ([u32; 2], [u32; 4])) -> String {
        let rows: Vec<&crate::template::RequestRow> =
            crate::template::request_rows(Template::F2021).collect();
        let mut text = String::from(
            "某某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n表3-1\n                                    自然人 法人或其他组织\n                                           商业企业 科研机构\n",
        );
        for r in &rows {
            let ([a, b], _) = values(r.key);
            text.push_str(&format!("   {:<60}{a:>6}{b:>6}\n", r.label));
        }
        text.push_str("表3-2（续表3-1）\n                           法人或其他组织（续）       总计\n                           社会公益组织 法律服务机构 其他\n");
        for r in &rows {
            let (_, [c, d, e, t]) = values(r.key);
            text.push_str(&format!("   {:<60}{c:>6}{d:>6}{e:>6}{t:>6}\n", r.label));
        }
        text.push_str("四、政府信息公开行政复议、行政诉讼情况\n");
        text
    }

    /// A table printed in two parts by its columns, in text whose rows do
    /// not line up cell for cell: each part is read on the columns its
    /// header names. The second part's four columns are certain; the
    /// first's two numbers under three columns are not placed by a guess
    /// (null, said ambiguous); the identities are checked on what was
    /// read: （一）予以公开 prints 总计 6 for 7, which breaks its row (the
    /// same sum under each reading) and 总计's outcome rows (9, not 10);
    /// the balance holds.
    #[test]
    fn a_table_in_two_parts_reads_each_part_on_its_own_columns() {
        let values = |key: &str| match key {
            "new_received" => ([6, 1], [0, 1, 0, 8]),
            "carried_over" => ([2, 0], [0, 0, 0, 2]),
            "granted" => ([5, 1], [0, 1, 0, 6]),
            "partial" => ([2, 0], [0, 0, 0, 2]),
            "denied_third_party" => ([1, 0], [0, 0, 0, 1]),
            "total_handled" => ([8, 1], [0, 1, 0, 10]),
            _ => ([0, 0], [0, 0, 0, 0]),
        };
        let text = two_part_text(values);
        let rec = processed("x/某某局/2022.txt", &text);
        let row = request_row(&rec, "new_received");
        assert_eq!(row[3..], [Some(0.0), Some(1.0), Some(0.0), Some(8.0)]);
        assert_eq!(row[..3], [None, None, None], "{row:?}");
        has_issue(&rec, "structure.ambiguous_columns", "requests.new_received");
        assert_eq!(request_row(&rec, "total_handled")[6], Some(10.0));
        has_issue(
            &rec,
            "identity.outcome_total",
            "requests.total_handled.total",
        );
        has_issue(&rec, "identity.row_total", "requests.granted.total");
        // Nothing else found: no row read short, the balance holds.
        assert!(
            !rec.issues.iter().any(|i| i.where_.starts_with("requests")
                && (i.code == "identity.balance" || i.code.starts_with("structure.row"))),
            "{:?}",
            rec.issues
        );
    }

    /// A row the second part leaves out (8.属于行政查询事项, printed in the
    /// first part only): its second part's cells are unknown (null, and
    /// no identity reads them as blanks), and it is said to be unread
    /// there; the sound table breaks no identity.
    #[test]
    fn a_row_missing_from_one_part_is_unknown_there() {
        let values = |key: &str| match key {
            "new_received" => ([6, 1], [0, 3, 0, 10]),
            "carried_over" => ([2, 0], [0, 0, 0, 2]),
            "granted" => ([5, 1], [0, 1, 0, 7]),
            "partial" => ([2, 0], [0, 0, 0, 2]),
            "denied_third_party" => ([1, 0], [0, 0, 0, 1]),
            "denied_query" => ([0, 0], [0, 2, 0, 2]),
            "total_handled" => ([8, 1], [0, 3, 0, 12]),
            _ => ([0, 0], [0, 0, 0, 0]),
        };
        let text = two_part_text(values);
        let label = crate::template::request_label("denied_query");
        let second = text.rfind(label).expect("printed twice");
        let line_start = text[..second].rfind('\n').map_or(0, |k| k + 1);
        let line_end = second + text[second..].find('\n').unwrap_or(0) + 1;
        let text = format!("{}{}", &text[..line_start], &text[line_end..]);
        let rec = processed("x/某某局/2022.txt", &text);
        assert_eq!(
            request_row(&rec, "denied_query")[3..],
            [None, None, None, None]
        );
        assert_eq!(
            request_row(&rec, "granted")[3..],
            [Some(0.0), Some(1.0), Some(0.0), Some(7.0)]
        );
        has_issue(&rec, "structure.unread_row", "requests.denied_query");
        assert!(
            !rec.issues
                .iter()
                .any(|i| i.code.starts_with("identity.") && i.where_.starts_with("requests")),
            "{:?}",
            rec.issues
        );
    }

    /// A row's label wrapped past its values, its first piece on their
    /// line (`（一    14 …`, then `）予` / `以 公` / `开` below, as groff
    /// lays out a narrow label column): the values are that row's, not
    /// the next row's, which follow the label's last piece.
    #[test]
    fn values_on_the_first_line_of_a_wrapped_label_are_its_rows() {
        let text = r#"某某局2022年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
                                   自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
一、本年新收政府信息公开申请数量                 20      6       0         0          1      0    27
二、上年结转政府信息公开申请数量                  0      0       0         0          0      0     0
三、本年度办理结果     （一                      14      5       0         0          1      0    20
                       ）予
                       以 公
                       开
                       （二                       4      2       0         0          0      0     6
                       ）部
                       分 公
                       开（区分处理的，只计这一情形，不计其他情形）
（七）总计                                       18      7       0         0          1      0    26
四、结转下年度继续办理                            2      0       0         0          0      0     2
"#;
        let rec = processed("x/某某局/2022.txt", text);
        let some = |v: [f64; 7]| v.map(Some).to_vec();
        assert_eq!(
            request_row(&rec, "granted"),
            some([14., 5., 0., 0., 1., 0., 20.])
        );
        assert_eq!(
            request_row(&rec, "partial"),
            some([4., 2., 0., 0., 0., 0., 6.])
        );
    }

    /// Column names wrapped one character a line in narrow columns (`其`
    /// over `他`, `总` over `计`, as pdftotext lays out a wide table): each
    /// names its column where it stands, so a row that left two columns
    /// blank places its values under their names.
    #[test]
    fn names_wrapped_one_character_a_line_place_the_values() {
        let text = r#"某某局2023年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
                                                  申请人情况
                                                法人或其他组织
                                自然                                               总
                                 人    商业企   科研机   社会公益   法律服务   其   计
                                         业       构       组织       机构     他
一、本年新收政府信息公开申请数量  88     19                           3        2   112
二、上年结转政府信息公开申请数量   3      1                           0        0     4
（七）总计                        89     20                           3        2   114
四、结转下年度继续办理             2      0                           0        0     2
"#;
        let rec = processed("x/某某局/2023.txt", text);
        assert_eq!(
            request_row(&rec, "new_received"),
            vec![
                Some(88.),
                Some(19.),
                None,
                None,
                Some(3.),
                Some(2.),
                Some(112.)
            ]
        );
        assert_eq!(
            request_row(&rec, "total_handled"),
            vec![
                Some(89.),
                Some(20.),
                None,
                None,
                Some(3.),
                Some(2.),
                Some(114.)
            ]
        );
        // A group's name spaced out letter by letter over the heads (Word's
        // distributed alignment): its `法` and `其` name no column; the
        // heads below place the values.
        let spaced = r#"某某局2023年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
                                                  申请人情况
                                    法  人  或  其  他  组  织
                                  自然人                                          其他    总计
                                        商业企业  科研机构  社会公益组织  法律服务机构
一、本年新收政府信息公开申请数量    88     19                                 3       2     112
二、上年结转政府信息公开申请数量     3      1                                 0       0       4
（七）总计                          89     20                                 3       2     114
四、结转下年度继续办理               2      0                                 0       0       2
"#;
        let rec = processed("x/某某局/2023.txt", spaced);
        let row = request_row(&rec, "new_received");
        let want = [
            Some(88.),
            Some(19.),
            None,
            None,
            Some(3.),
            Some(2.),
            Some(112.),
        ];
        assert_eq!(row, want.to_vec());
    }

    /// The same table as a text grid of ` | `-separated cells that drops
    /// a row's blank cells at both ends (pandoc's Muse): `一、本年新收… | |
    /// | 53 | 4` under three columns may be 53, 4 and a blank (the row cut
    /// at its end) or a blank, 53 and 4: left null, not read the second
    /// way; the second part, whose rows end in 总计, reads whole.
    #[test]
    fn a_part_whose_rows_were_trimmed_is_not_read_from_the_left() {
        let rows: Vec<&crate::template::RequestRow> =
            crate::template::request_rows(Template::F2021).collect();
        let mut text = String::from(
            "某某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n表3-1\n 自然人 | 法人或其他组织 |  |  |\n 商业企业 | 科研机构 |  |  |\n",
        );
        for r in &rows {
            let (a, b) = if r.key == "new_received" {
                (53, 4)
            } else {
                (1, 0)
            };
            text.push_str(&format!(" {} |  |  | {a} | {b} |  \n", r.label));
        }
        text.push_str("表3-2（续表3-1）\n 法人或其他组织（续） |  |  | 总计 |  |  |\n 社会公益组织 | 法律服务机构 | 其他 |  |  |  |\n");
        for r in &rows {
            let total = if r.key == "new_received" { 60 } else { 4 };
            text.push_str(&format!(" {} |  |  | 1 | 1 | 1 | {total}\n", r.label));
        }
        let rec = processed("x/某某局/2022.txt", &text);
        let row = request_row(&rec, "new_received");
        assert_eq!(
            row[3..],
            [Some(1.0), Some(1.0), Some(1.0), Some(60.0)],
            "{row:?}"
        );
        assert_eq!(row[..3], [None, None, None], "{row:?}");
        assert!(
            rec.issues
                .iter()
                .any(|i| i.code == "structure.ambiguous_columns"
                    && i.where_ == "requests.new_received"),
            "{:?}",
            rec.issues
        );
    }

    /// A table extractor's copy that lost the row 1.属于国家秘密 (a blank
    /// line where it stood; 2–8 follow): the row is said unread and the
    /// outcome rows' sum, one short of （七）总计, is no finding. A report
    /// that leaves out a row reports leave out (（五）4) still has its sum
    /// checked, and a break there is found.
    #[test]
    fn a_sub_row_lost_before_its_siblings_is_unread_not_a_broken_sum() {
        let rows: Vec<&crate::template::RequestRow> =
            crate::template::request_rows(Template::F2021).collect();
        let text = |skip: &[&str], granted: u32| {
            let mut text = String::from(
                "三、收到和处理政府信息公开申请情况\n,,申请人情况,,,,,,\n,,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计\n",
            );
            for r in &rows {
                if skip.contains(&r.key) {
                    text.push('\n');
                    continue;
                }
                let n = match r.key {
                    "new_received" | "total_handled" => 5,
                    "granted" => granted,
                    "carried_over" | "carried_forward" => 0,
                    _ => u32::from(r.key == "denied_state_secret"),
                };
                text.push_str(&format!("{},{n},0,0,0,0,0,{n}\n", r.label));
            }
            text.push_str("四、政府信息公开行政复议、行政诉讼情况\n");
            text
        };
        let whole = processed("x/某某局/2022.txt", &text(&[], 4));
        assert_eq!(request_row(&whole, "denied_state_secret")[0], Some(1.0));
        no_issue(&whole, "identity.outcome_total");
        no_issue(&whole, "structure.unread_row");
        let lost = processed("x/某某局/2022.txt", &text(&["denied_state_secret"], 4));
        has_issue(
            &lost,
            "structure.unread_row",
            "requests.denied_state_secret",
        );
        no_issue(&lost, "identity.outcome_total");
        // A row reports leave out (（五）4, here before （五）5): read as
        // absent, and a sum one over （七）总计 is the report's.
        let tail = processed("x/某某局/2022.txt", &text(&["rejected_excessive"], 5));
        no_issue(&tail, "structure.unread_row");
        has_issue(
            &tail,
            "identity.outcome_total",
            "requests.total_handled.natural_person",
        );
    }

    /// A row printed `0` alone where the report's prose says no request
    /// came in (新收…申请0件): of the readings that fit (the 0 in any one
    /// column), the prose's figure for 一、本年新收 总计 chooses the one
    /// that holds it there; the cells are marked as chosen by the prose.
    #[test]
    fn prose_chooses_among_a_rows_readings() {
        let path = "fixtures/external/tune/13-2023-2021/run-together.txt";
        let rec = crate::pipeline::process_bytes(
            path,
            include_bytes!("../../fixtures/external/tune/13-2023-2021/run-together.txt"),
            &crate::pipeline::Options::default(),
        );
        assert_eq!(val(&rec, "requests", "new_received", "total"), Some(0.0));
        for c in ["natural_person", "business", "other_org"] {
            assert_eq!(rec.value("requests", "new_received", c), Some(None), "{c}");
        }
        let how = how_of(&rec, "new_received", "total");
        assert_eq!(how, Some(crate::model::How::Prose));
        assert!(
            !rec.issues
                .iter()
                .any(|i| i.where_ == "requests.new_received"),
            "{:?}",
            rec.issues
        );
    }

    /// Section 四 run together (`0 0404 400 1 52000 0`) whose readings fit
    /// only by leaving the last group's 总计 blank: read with every cell
    /// filled, that group breaks its identity (2 + 0 + 0 + 0 ≠ 0), which
    /// is reported; the cells stay null.
    #[test]
    fn review_row_that_fits_only_with_a_blank_total() {
        let path = "fixtures/external/tune/04-2019-2019-review-total/run-together.txt";
        let rec = crate::pipeline::process_bytes(
            path,
            include_bytes!(
                "../../fixtures/external/tune/04-2019-2019-review-total/run-together.txt"
            ),
            &crate::pipeline::Options::default(),
        );
        assert!(
            rec.issues.iter().any(|i| i.code == "identity.review_total"),
            "{:?}",
            rec.issues
        );
        assert_eq!(
            val(
                &rec,
                "review_litigation",
                "litigation_after_review",
                "total"
            ),
            None
        );
    }

    /// Section 四's fifteen cells run into one number
    /// (`100010001100000`, crawler text): longer than any count, it is a
    /// run of cells, split where the groups' totals and the prose's
    /// figures (one review, one lawsuit) allow one reading only.
    #[test]
    fn review_row_run_into_one_number() {
        let text = "某区城市管理局2023年政府信息公开工作年度报告\n一、总体情况\n全年因政府信息公开被申请行政复议1件，被提起行政诉讼1件。\n四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉\n结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计\n100010001100000\n五、存在的主要问题及改进情况\n";
        let rec = run(text);
        let v = |r: &str, c: &str| val(&rec, "review_litigation", r, c);
        assert_eq!(v("review", "upheld"), Some(1.0));
        assert_eq!(v("review", "total"), Some(1.0));
        assert_eq!(v("litigation_direct", "pending"), Some(1.0));
        assert_eq!(v("litigation_direct", "total"), Some(1.0));
        assert_eq!(v("litigation_after_review", "total"), Some(0.0));
        assert!(
            !rec.issues.iter().any(|i| i.where_.starts_with("review")),
            "{:?}",
            rec.issues
        );
    }

    /// Section 四's fifteen cells run into one number, too many readings
    /// to keep: a broken 总计 (`412192003510001`: 4 + 1 + 2 + 1 ≠ 9 with a
    /// digit a cell) and a sound row whose last group prints only its 总计
    /// over blank parts (`310121600012120`: 3 10 1 2 16, 0 0 0 12 12,
    /// _ _ _ _ 0) cannot be told apart by their splits, so neither is
    /// reported broken: both are flagged, their cells null.
    #[test]
    fn review_run_with_too_many_readings_is_flagged_not_judged() {
        let run = |digits: &str| {
            let text = format!("某区城市管理局2021年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉\n结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计\n{digits}\n五、存在的主要问题及改进情况\n");
            crate::pipeline::process_bytes(
                "review.txt",
                text.as_bytes(),
                &crate::pipeline::Options::default(),
            )
        };
        for digits in ["412192003510001", "310121600012120"] {
            let rec = run(digits);
            let codes: Vec<&str> = rec
                .issues
                .iter()
                .filter(|i| i.where_.starts_with("review"))
                .map(|i| i.code.as_str())
                .collect();
            assert_eq!(codes, ["structure.ambiguous_split"], "{digits}");
            assert!(!rec.issues.iter().any(|i| i.code.starts_with("identity")));
            assert_eq!(val(&rec, "review_litigation", "review", "total"), None);
        }
        // A sound row of the same shape, a digit a cell, reads whole.
        let rec = run("412182003510001");
        assert_eq!(val(&rec, "review_litigation", "review", "total"), Some(8.0));
        assert!(
            !rec.issues.iter().any(|i| i.where_.starts_with("review")),
            "{:?}",
            rec.issues
        );
    }

    /// The same run with the prose of 一、总体情况 stating both of section
    /// 四's figures: where the one reading that fills every cell (a digit
    /// a cell) holds them both, the break under it is reported, the cells
    /// still null; where the prose states one figure only, or one the
    /// reading does not hold (the sound row with blank parts: 行政复议 16
    /// 件, its digit-a-cell 总计 is 2), nothing is judged.
    #[test]
    fn review_run_with_too_many_readings_is_judged_where_the_prose_bears_it_out() {
        let run = |prose: &str, digits: &str| {
            let text = format!("某区城市管理局2021年政府信息公开工作年度报告\n一、总体情况\n{prose}\n四、政府信息公开行政复议、行政诉讼情况\n行政复议行政诉讼\n结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉\n结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计\n{digits}\n五、存在的主要问题及改进情况\n");
            let rec = crate::pipeline::process_bytes(
                "review.txt",
                text.as_bytes(),
                &crate::pipeline::Options::default(),
            );
            assert_eq!(val(&rec, "review_litigation", "review", "total"), None);
            rec.issues
                .iter()
                .filter(|i| i.code.starts_with("identity"))
                .map(|i| (i.code.clone(), i.where_.clone()))
                .collect::<Vec<_>>()
        };
        let both = "全年发生政府信息公开行政复议9件，行政诉讼6件。";
        assert_eq!(
            run(both, "412192003510001"),
            [(
                "identity.review_total".to_string(),
                "review_litigation.review.total".to_string()
            )]
        );
        assert_eq!(
            run("全年发生政府信息公开行政复议9件。", "412192003510001"),
            []
        );
        assert_eq!(
            run(
                "全年发生政府信息公开行政复议8件，行政诉讼6件。",
                "412192003510001"
            ),
            []
        );
        assert_eq!(
            run(
                "全年发生政府信息公开行政复议16件，行政诉讼12件。",
                "310121600012120"
            ),
            []
        );
        // The same sound row with spaces where cells meet: few enough
        // splits to keep, each leaving a group unchecked; the one that
        // fills every cell is not borne out by the prose either.
        for digits in ["310 12 16 0001212 0", "3 10 1216 00012 120"] {
            assert_eq!(
                run("全年发生政府信息公开行政复议16件，行政诉讼12件。", digits),
                []
            );
        }
    }

    /// Section 三 as a PDF's text blocks sorted by position, one cell a
    /// line, blocks parted by blank lines: a label that wraps onto two
    /// lines starts below the values beside it, so their block comes
    /// first; a label on one line shares its values' block. Each block of
    /// values alone goes to the label after it; read as values after their
    /// label, every wrapped row took the next row's values.
    #[test]
    fn values_printed_before_their_wrapped_labels() {
        let block = |v: [u32; 7]| v.iter().map(u32::to_string).collect::<Vec<_>>().join("\n");
        let text = [
            "某镇人民政府2024年政府信息公开工作年度报告".to_string(),
            "三、收到和处理政府信息公开申请情况".into(),
            "申请人情况".into(),
            "自然人\n法人或其他组织\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"
                .into(),
            block([12, 3, 0, 1, 0, 0, 16]),
            "一、本年新收政府信息公开申\n请数量".into(),
            block([2, 0, 0, 0, 0, 0, 2]),
            "二、上年结转政府信息公开申\n请数量".into(),
            format!("（一）予以公开\n{}", block([7, 2, 0, 1, 0, 0, 10])),
            block([3, 1, 0, 0, 0, 0, 4]),
            "三、本年度办理结果".into(),
            "（二）部分公开（区分\n处理的，只计这一情\n形，不计其他情形）".into(),
            format!("（七）总计\n{}", block([10, 3, 0, 1, 0, 0, 14])),
            format!("四、结转下年度继续办理\n{}", block([4, 0, 0, 0, 0, 0, 4])),
            "四、政府信息公开行政复议、行政诉讼情况".into(),
        ]
        .join("\n\n");
        // A lone number (a page's) before a row printed blank fills no
        // row: the stream is left as it was.
        let paged = [
            "某镇人民政府2024年政府信息公开工作年度报告".to_string(),
            "三、收到和处理政府信息公开申请情况".into(),
            "自然人\n法人或其他组织\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"
                .into(),
            format!(
                "一、本年新收政府信息公开申请数量\n{}",
                block([5, 1, 0, 0, 0, 0, 6])
            ),
            format!("（一）予以公开\n{}", block([5, 1, 0, 0, 0, 0, 6])),
            "3".into(),
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）".into(),
            format!("（七）总计\n{}", block([5, 1, 0, 0, 0, 0, 6])),
            "四、政府信息公开行政复议、行政诉讼情况".into(),
        ]
        .join("\n\n");
        let rec = run(&paged);
        assert_eq!(val(&rec, "requests", "partial", "total"), None);
        assert!(!rec.issues.iter().any(|i| i.code.starts_with("identity")));
        let rec = run(&text);
        let v = |r: &str, c: &str| val(&rec, "requests", r, c);
        assert_eq!(v("new_received", "natural_person"), Some(12.0));
        assert_eq!(v("new_received", "total"), Some(16.0));
        assert_eq!(v("carried_over", "total"), Some(2.0));
        assert_eq!(v("granted", "total"), Some(10.0));
        assert_eq!(v("partial", "natural_person"), Some(3.0));
        assert_eq!(v("partial", "total"), Some(4.0));
        assert_eq!(v("total_handled", "total"), Some(14.0));
        assert!(
            !rec.issues.iter().any(|i| i.code.starts_with("identity")),
            "{:?}",
            rec.issues
        );
    }

    /// A sum of money a space before its unit at the end of its line
    /// (`213.47 万元`: pypdf's text of a PDF that spaces the unit off):
    /// the unit is the number's, 213.47 万元 is 2,134,700 yuan.
    #[test]
    fn a_unit_spaced_off_its_sum_is_its_own() {
        let text = "某区2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（十五）项\n信息内容 采购项目数量 采购总金额\n政府集中采购 6 213.47 万元\n三、收到和处理政府信息公开申请情况\n";
        let rec = run(text);
        let v = |c: &str| val(&rec, "active", "procurement", c);
        assert_eq!(v("projects"), Some(6.0));
        assert_eq!(v("amount_yuan"), Some(2_134_700.0));
        // In 元, as printed.
        let rec = run(&text.replace("213.47 万元", "213 元"));
        assert_eq!(
            val(&rec, "active", "procurement", "amount_yuan"),
            Some(213.0)
        );
    }

    /// A group's label wrapped before its last characters (`（六）其他` /
    /// `处理`, one cell a line): its numbering makes it no column's header
    /// (the applicants' `其他`), so the row before it keeps its seven
    /// values.
    #[test]
    fn a_wrapped_group_label_is_no_column_header() {
        let text = "某区市场监督管理局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n4.无正当理由大量反复申请\n3\n0\n0\n0\n0\n0\n3\n5.要求行政机关确认或重新出具已获取信息\n1\n0\n0\n0\n0\n0\n1\n（六）其他\n处理\n1.申请人无正当理由逾期不补正、行政机关不再处\n理其政府信息公开申请\n8\n1\n0\n0\n0\n1\n10\n四、结转下年度继续办理\n";
        let rec = run(text);
        let v = |r: &str, c: &str| val(&rec, "requests", r, c);
        assert_eq!(v("rejected_excessive", "total"), Some(3.0));
        assert_eq!(v("rejected_confirm", "natural_person"), Some(1.0));
        assert_eq!(v("rejected_confirm", "total"), Some(1.0));
        assert_eq!(v("other_no_correction", "total"), Some(10.0));
    }

    /// Section 四 as two tables, 行政复议's five values under its own
    /// heading, then a 行政诉讼 table whose header names both lawsuit
    /// groups over one row of ten: the ten are dealt five to each group,
    /// in the header's order.
    #[test]
    fn review_as_two_tables() {
        let text = "某局2021年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n（一）行政复议情况\n    结果维持      结果纠正      其他结果      尚未审结      总计\n         2             0             1             0             3\n（二）行政诉讼情况\n        未经复议直接起诉                              复议后起诉\n  结果     结果     其他     尚未     总计      结果     结果     其他     尚未     总计\n  维持     纠正     结果     审结               维持     纠正     结果     审结\n     1        1        0        0        2         0        0        0        1        1\n五、存在的主要问题及改进情况\n";
        let rec = run(text);
        let v = |r: &str, c: &str| val(&rec, "review_litigation", r, c);
        assert_eq!(v("review", "other"), Some(1.0));
        assert_eq!(v("review", "total"), Some(3.0));
        assert_eq!(v("litigation_direct", "corrected"), Some(1.0));
        assert_eq!(v("litigation_direct", "total"), Some(2.0));
        assert_eq!(v("litigation_after_review", "pending"), Some(1.0));
        assert_eq!(v("litigation_after_review", "total"), Some(1.0));
    }

    /// Section 四 with a sixteenth column, 合计 after the last group's
    /// 总计 (no cell of the template): the fifteen are read, the sum left.
    #[test]
    fn review_row_with_an_extra_total_column() {
        let text = "某局2022年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\t合计\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n1\t0\t0\t0\t1\t1\t0\t0\t1\t2\t1\t0\t0\t0\t1\t3\n五、存在的主要问题及改进情况\n";
        let rec = run(text);
        let v = |r: &str, c: &str| val(&rec, "review_litigation", r, c);
        assert_eq!(v("review", "total"), Some(1.0));
        assert_eq!(v("litigation_direct", "total"), Some(2.0));
        assert_eq!(v("litigation_after_review", "total"), Some(1.0));
        assert!(
            !rec.issues.iter().any(|i| i.where_.starts_with("review")),
            "{:?}",
            rec.issues
        );
    }

    /// Section 三 printed across two pages by its columns
    /// (`fixtures/external/handwritten-round4/08-2020-2019`): the right
    /// three columns come after the table, one line a row under their
    /// own header; joined back row by row, every cell is read and marked
    /// `continued`, and no cell is left ambiguous.
    #[test]
    fn table_split_across_pages_by_columns() {
        let rec = run(include_str!(
            "../../fixtures/external/handwritten-round4/08-2020-2019/pdf-layout.txt"
        ));
        let v = |r: &str, c: &str| val(&rec, "requests", r, c);
        assert_eq!(v("new_received", "natural_person"), Some(26.0));
        assert_eq!(v("new_received", "legal_service"), Some(2.0));
        assert_eq!(v("new_received", "total"), Some(38.0));
        assert_eq!(v("partial", "total"), Some(4.0));
        assert_eq!(v("unable_not_held", "legal_service"), Some(1.0));
        assert_eq!(v("unable_not_held", "total"), Some(10.0));
        assert_eq!(v("total_handled", "total"), Some(39.0));
        assert_eq!(v("carried_forward", "total"), Some(2.0));
        let how = |r: &str, c: &str| how_of(&rec, r, c);
        assert_eq!(
            how("new_received", "total"),
            Some(crate::model::How::Continued)
        );
        assert_eq!(
            how("new_received", "nonprofit"),
            Some(crate::model::How::Read)
        );
        assert!(rec.issues.is_empty(), "{:?}", rec.issues);
    }

    /// python-docx gives a merged cell once for each grid place it spans:
    /// captions and labels on consecutive lines, and a 2021 row's one
    /// count merged over three places printed three times (`行政处罚 /
    /// 114 / 114 / 114`). The repeated labels are one label, the repeated
    /// count one value (`fixtures/flattened/docx-cells-2021.txt`).
    #[test]
    fn merged_cells_printed_once_a_place() {
        let rec = run(include_str!("../../fixtures/flattened/docx-cells-2021.txt"));
        let v = |t: &str, r: &str, c: &str| rec.value(t, r, c).flatten().map(|n| n.0);
        assert_eq!(v("active", "penalties", "decisions"), Some(114.0));
        assert_eq!(v("active", "enforcement", "decisions"), Some(0.0));
        assert_eq!(v("requests", "new_received", "total"), Some(6.0));
        assert_eq!(v("requests", "granted", "other_org"), Some(1.0));
        assert!(rec.issues.is_empty(), "{:?}", rec.issues);
    }

    /// One cell per line where two blank cells printed nothing and two
    /// merged values printed twice: the section's numbers are as many as
    /// its cells, but each label stands before its own numbers. Read in
    /// order across the labels, 15 would go to 规范性文件 and +10 become
    /// 11; the rows that printed too few or too many numbers are flagged
    /// instead, and the others read as printed.
    #[test]
    fn numbers_not_carried_across_labels_in_place() {
        let rec = crate::pipeline::process_bytes(
            "x/东山街道/2020.txt",
            "东山街道2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n规章\n0\n0\n0\n规范性文件\n0\n0\n第二十条第（五）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n15\n14\n其他对外管理服务事项\n0\n+10\n0\n第二十条第（六）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政处罚\n11\n0\n0\n行政强制\n0\n0\n13\n第二十条第（八）项\n信息内容\n上一年项目数量\n本年增/减\n行政事业性收费\n0\n0\n0\n第二十条第（九）项\n信息内容\n采购项目数量\n采购总金额\n政府集中采购\n0\n0\n0\n三、收到和处理政府信息公开申请情况\n".as_bytes(),
            &crate::pipeline::Options::default(),
        );
        let v = |r: &str, c: &str| rec.value("active", r, c).flatten().map(|n| n.0);
        assert_eq!(v("other_services", "change"), Some(10.0));
        assert_eq!(v("penalties", "prev_items"), Some(11.0));
        assert_eq!(v("enforcement", "decisions"), Some(13.0));
        for row in ["normative_docs", "licensing", "fees", "procurement"] {
            let r = rec
                .active
                .as_ref()
                .and_then(|t| t.get(row))
                .expect("row kept");
            assert!(r.values().all(Option::is_none), "{row}: {r:?}");
            assert!(rec
                .issues
                .iter()
                .any(|i| i.code == "structure.ambiguous_columns"
                    && i.where_ == format!("active.{row}")));
        }
    }
}
