//! The official templates (docs/FORMAT.md §2–§4) as data: every row and column
//! key, its printed label, and which format has it.
//!
//! This is the one place the templates are written down. The extractor
//! matches labels against it, the validator reads the identities' row sets
//! from it, and the corpus generator prints reports from it.

use crate::model::Template;

/// A column of a table: its key in the record and its printed label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Col {
    /// Key in the record (`natural_person`).
    pub key: &'static str,
    /// Label as the template prints it (`自然人`).
    pub label: &'static str,
}

/// Which formats a row belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum In {
    /// Both the 2019 and the 2021 format.
    Both,
    /// Only the 2019 format.
    Only2019,
    /// Only the 2021 format.
    Only2021,
}

impl In {
    /// Whether a row with this membership is part of `t`.
    pub fn has(self, t: Template) -> bool {
        matches!(
            (self, t),
            (In::Both, _) | (In::Only2019, Template::F2019) | (In::Only2021, Template::F2021)
        )
    }
}

/// A value row of the section 三 table.
#[derive(Debug, Clone, Copy)]
pub struct RequestRow {
    /// Key in the record (`denied_state_secret`).
    pub key: &'static str,
    /// The group heading above it, for sub-rows (`（三）不予公开`).
    pub group: Option<&'static str>,
    /// The row's own label as printed (`1.属于国家秘密`).
    pub label: &'static str,
    /// The formats that have the row.
    pub formats: In,
    /// Whether the row counts in （七）总计 (identity A2).
    pub outcome: bool,
}

const fn rr(
    key: &'static str,
    group: Option<&'static str>,
    label: &'static str,
    formats: In,
    outcome: bool,
) -> RequestRow {
    RequestRow {
        key,
        group,
        label,
        formats,
        outcome,
    }
}

/// The level-2 groups of section 三 that have no value row of their own.
pub const GROUP_DENIED: &str = "（三）不予公开";
/// （四）无法提供.
pub const GROUP_UNABLE: &str = "（四）无法提供";
/// （五）不予处理.
pub const GROUP_REJECTED: &str = "（五）不予处理";
/// （六）其他处理: a value row in 2019, a group in 2021.
pub const GROUP_OTHER: &str = "（六）其他处理";
/// The level-1 label over the outcome rows.
pub const GROUP_RESULTS: &str = "三、本年度办理结果";

/// Section 三 rows in template order (both formats interleaved; filter
/// with [`request_rows`]).
pub const REQUEST_ROWS: [RequestRow; 26] = [
    rr(
        "new_received",
        None,
        "一、本年新收政府信息公开申请数量",
        In::Both,
        false,
    ),
    rr(
        "carried_over",
        None,
        "二、上年结转政府信息公开申请数量",
        In::Both,
        false,
    ),
    rr(
        "granted",
        Some(GROUP_RESULTS),
        "（一）予以公开",
        In::Both,
        true,
    ),
    rr(
        "partial",
        Some(GROUP_RESULTS),
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        In::Both,
        true,
    ),
    rr(
        "denied_state_secret",
        Some(GROUP_DENIED),
        "1.属于国家秘密",
        In::Both,
        true,
    ),
    rr(
        "denied_law_forbidden",
        Some(GROUP_DENIED),
        "2.其他法律行政法规禁止公开",
        In::Both,
        true,
    ),
    rr(
        "denied_safety",
        Some(GROUP_DENIED),
        "3.危及“三安全一稳定”",
        In::Both,
        true,
    ),
    rr(
        "denied_third_party",
        Some(GROUP_DENIED),
        "4.保护第三方合法权益",
        In::Both,
        true,
    ),
    rr(
        "denied_internal",
        Some(GROUP_DENIED),
        "5.属于三类内部事务信息",
        In::Both,
        true,
    ),
    rr(
        "denied_process",
        Some(GROUP_DENIED),
        "6.属于四类过程性信息",
        In::Both,
        true,
    ),
    rr(
        "denied_enforcement",
        Some(GROUP_DENIED),
        "7.属于行政执法案卷",
        In::Both,
        true,
    ),
    rr(
        "denied_query",
        Some(GROUP_DENIED),
        "8.属于行政查询事项",
        In::Both,
        true,
    ),
    rr(
        "unable_not_held",
        Some(GROUP_UNABLE),
        "1.本机关不掌握相关政府信息",
        In::Both,
        true,
    ),
    rr(
        "unable_needs_creation",
        Some(GROUP_UNABLE),
        "2.没有现成信息需要另行制作",
        In::Both,
        true,
    ),
    rr(
        "unable_unclear",
        Some(GROUP_UNABLE),
        "3.补正后申请内容仍不明确",
        In::Both,
        true,
    ),
    rr(
        "rejected_petition",
        Some(GROUP_REJECTED),
        "1.信访举报投诉类申请",
        In::Both,
        true,
    ),
    rr(
        "rejected_duplicate",
        Some(GROUP_REJECTED),
        "2.重复申请",
        In::Both,
        true,
    ),
    rr(
        "rejected_publication",
        Some(GROUP_REJECTED),
        "3.要求提供公开出版物",
        In::Both,
        true,
    ),
    rr(
        "rejected_excessive",
        Some(GROUP_REJECTED),
        "4.无正当理由大量反复申请",
        In::Both,
        true,
    ),
    rr(
        "rejected_confirm",
        Some(GROUP_REJECTED),
        "5.要求行政机关确认或重新出具已获取信息",
        In::Both,
        true,
    ),
    rr(
        "other",
        Some(GROUP_RESULTS),
        "（六）其他处理",
        In::Only2019,
        true,
    ),
    rr(
        "other_no_correction",
        Some(GROUP_OTHER),
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        In::Only2021,
        true,
    ),
    rr(
        "other_no_fee",
        Some(GROUP_OTHER),
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        In::Only2021,
        true,
    ),
    rr(
        "other_misc",
        Some(GROUP_OTHER),
        "3.其他",
        In::Only2021,
        true,
    ),
    rr(
        "total_handled",
        Some(GROUP_RESULTS),
        "（七）总计",
        In::Both,
        false,
    ),
    rr(
        "carried_forward",
        None,
        "四、结转下年度继续办理",
        In::Both,
        false,
    ),
];

/// The section 三 rows of template `t`, in order.
pub fn request_rows(t: Template) -> impl Iterator<Item = &'static RequestRow> {
    REQUEST_ROWS.iter().filter(move |r| r.formats.has(t))
}

/// The section-三 rows every report prints, in both templates (no report
/// leaves one out as some leave out （五）4–5): a record without one did
/// not read it.
pub const PRINTED_ROWS: [&str; 6] = [
    "new_received",
    "carried_over",
    "granted",
    "partial",
    "total_handled",
    "carried_forward",
];

/// The section-三 sub-rows reports are seen to leave out when they count
/// nothing (the seed prints （五）1–3 only; （三）8 and （六）3 go too, and
/// （六）2, new in 2021, where a report keeps the older form), each on its
/// own: one absent among its group's rows is no lost row.
pub const OMITTED_ROWS: [&str; 5] = [
    "denied_query",
    "rejected_excessive",
    "rejected_confirm",
    "other_no_fee",
    "other_misc",
];

/// The seven applicant columns of section 三, in order.
pub const REQUEST_COLS: [Col; 7] = [
    Col {
        key: "natural_person",
        label: "自然人",
    },
    Col {
        key: "business",
        label: "商业企业",
    },
    Col {
        key: "research",
        label: "科研机构",
    },
    Col {
        key: "nonprofit",
        label: "社会公益组织",
    },
    Col {
        key: "legal_service",
        label: "法律服务机构",
    },
    Col {
        key: "other_org",
        label: "其他",
    },
    Col {
        key: "total",
        label: "总计",
    },
];

/// The header cells of section 三 above its columns: the one over all
/// seven and the one over the five 法人或其他组织 columns.
pub const REQUEST_COL_GROUPS: [&str; 2] = ["申请人情况", "法人或其他组织"];

/// The three groups of section 四, in order.
pub const REVIEW_GROUPS: [Col; 3] = [
    Col {
        key: "review",
        label: "行政复议",
    },
    Col {
        key: "litigation_direct",
        label: "行政诉讼·未经复议直接起诉",
    },
    Col {
        key: "litigation_after_review",
        label: "行政诉讼·复议后起诉",
    },
];

/// The five result columns of each section 四 group, in order.
pub const REVIEW_COLS: [Col; 5] = [
    Col {
        key: "upheld",
        label: "结果维持",
    },
    Col {
        key: "corrected",
        label: "结果纠正",
    },
    Col {
        key: "other",
        label: "其他结果",
    },
    Col {
        key: "pending",
        label: "尚未审结",
    },
    Col {
        key: "total",
        label: "总计",
    },
];

/// A data row of the section 二 table.
#[derive(Debug, Clone, Copy)]
pub struct ActiveRow {
    /// Key in the record (`licensing`).
    pub key: &'static str,
    /// The row label as the template prints it.
    pub label: &'static str,
    /// The sub-table caption above it (`第二十条第（五）项`).
    pub caption: &'static str,
    /// Its value columns, in order.
    pub cols: &'static [Col],
}

const C2019_DOCS: [Col; 3] = [
    Col {
        key: "made",
        label: "本年新制作数量",
    },
    Col {
        key: "published",
        label: "本年新公开数量",
    },
    Col {
        key: "total_public",
        label: "对外公开总数量",
    },
];
const C2019_ITEMS: [Col; 3] = [
    Col {
        key: "prev_items",
        label: "上一年项目数量",
    },
    Col {
        key: "change",
        label: "本年增/减",
    },
    Col {
        key: "decisions",
        label: "处理决定数量",
    },
];
const C2019_FEES: [Col; 2] = [
    Col {
        key: "prev_items",
        label: "上一年项目数量",
    },
    Col {
        key: "change",
        label: "本年增/减",
    },
];
const C2019_PROCUREMENT: [Col; 2] = [
    Col {
        key: "projects",
        label: "采购项目数量",
    },
    Col {
        key: "amount_yuan",
        label: "采购总金额",
    },
];
const C2021_DOCS: [Col; 3] = [
    Col {
        key: "issued",
        label: "本年制发件数",
    },
    Col {
        key: "repealed",
        label: "本年废止件数",
    },
    Col {
        key: "in_force",
        label: "现行有效件数",
    },
];
const C2021_DECISIONS: [Col; 1] = [Col {
    key: "decisions",
    label: "本年处理决定数量",
}];
const C2021_FEES: [Col; 1] = [Col {
    key: "amount_yuan",
    label: "本年收费金额（单位：万元）",
}];

/// How every section-二 sub-table's caption begins (`第二十条第（五）项`),
/// its brackets and numbering as a report may print them.
pub const CAPTION_START: &str = "第二十条";

/// Section 二 of the 2019 format: 5 sub-tables, 8 rows, 22 cells.
pub const ACTIVE_2019: [ActiveRow; 8] = [
    ActiveRow {
        key: "regulations",
        label: "规章",
        caption: "第二十条第（一）项",
        cols: &C2019_DOCS,
    },
    ActiveRow {
        key: "normative_docs",
        label: "规范性文件",
        caption: "第二十条第（一）项",
        cols: &C2019_DOCS,
    },
    ActiveRow {
        key: "licensing",
        label: "行政许可",
        caption: "第二十条第（五）项",
        cols: &C2019_ITEMS,
    },
    ActiveRow {
        key: "other_services",
        label: "其他对外管理服务事项",
        caption: "第二十条第（五）项",
        cols: &C2019_ITEMS,
    },
    ActiveRow {
        key: "penalties",
        label: "行政处罚",
        caption: "第二十条第（六）项",
        cols: &C2019_ITEMS,
    },
    ActiveRow {
        key: "enforcement",
        label: "行政强制",
        caption: "第二十条第（六）项",
        cols: &C2019_ITEMS,
    },
    ActiveRow {
        key: "fees",
        label: "行政事业性收费",
        caption: "第二十条第（八）项",
        cols: &C2019_FEES,
    },
    ActiveRow {
        key: "procurement",
        label: "政府集中采购",
        caption: "第二十条第（九）项",
        cols: &C2019_PROCUREMENT,
    },
];

/// Section 二 of the 2021 format: 4 sub-tables, 6 rows, 10 cells.
pub const ACTIVE_2021: [ActiveRow; 6] = [
    ActiveRow {
        key: "regulations",
        label: "规章",
        caption: "第二十条第（一）项",
        cols: &C2021_DOCS,
    },
    ActiveRow {
        key: "normative_docs",
        label: "行政规范性文件",
        caption: "第二十条第（一）项",
        cols: &C2021_DOCS,
    },
    ActiveRow {
        key: "licensing",
        label: "行政许可",
        caption: "第二十条第（五）项",
        cols: &C2021_DECISIONS,
    },
    ActiveRow {
        key: "penalties",
        label: "行政处罚",
        caption: "第二十条第（六）项",
        cols: &C2021_DECISIONS,
    },
    ActiveRow {
        key: "enforcement",
        label: "行政强制",
        caption: "第二十条第（六）项",
        cols: &C2021_DECISIONS,
    },
    ActiveRow {
        key: "fees",
        label: "行政事业性收费",
        caption: "第二十条第（八）项",
        cols: &C2021_FEES,
    },
];

/// The section 二 rows of template `t` (none for legacy reports).
pub fn active_rows(t: Template) -> &'static [ActiveRow] {
    match t {
        Template::F2019 => &ACTIVE_2019,
        Template::F2021 => &ACTIVE_2021,
        Template::Legacy => &[],
    }
}

/// Whether a section 二 cell holds money (yuan) rather than a count.
pub fn is_money(row: &str, col: &str) -> bool {
    col == "amount_yuan" && (row == "procurement" || row == "fees")
}

/// Whether a section 二 cell may be negative (本年增/减).
pub fn is_signed(col: &str) -> bool {
    col == "change"
}

/// The six top-level sections, in order: number, canonical heading.
pub const SECTIONS: [(&str, &str); 6] = [
    ("一", "一、总体情况"),
    ("二", "二、主动公开政府信息情况"),
    ("三", "三、收到和处理政府信息公开申请情况"),
    ("四", "四、政府信息公开行政复议、行政诉讼情况"),
    ("五", "五、存在的主要问题及改进情况"),
    ("六", "六、其他需要报告的事项"),
];

/// The words of section 四's group heads (`行政复议`, `行政诉讼`,
/// `未经复议直接起诉`, `复议后起诉`: [`REVIEW_GROUPS`]' labels, parted at
/// `·`).
pub fn review_group_words() -> impl Iterator<Item = &'static str> + Clone {
    REVIEW_GROUPS.iter().flat_map(|g| g.label.split('·'))
}

/// Whether `text` (a cell's label-normalised text) is a column's or a
/// column group's head of any of the three tables (`结果维持`,
/// `未经复议直接起诉`, `自然人`, `本年新制作数量`): a header cell, not a
/// value written in words.
pub fn is_column_head(text: &str) -> bool {
    let cols = REQUEST_COLS
        .iter()
        .chain(&REVIEW_COLS)
        .chain(ACTIVE_2019.iter().chain(&ACTIVE_2021).flat_map(|r| r.cols));
    !text.is_empty()
        && (cols.into_iter().any(|c| c.label == text)
            || REQUEST_COL_GROUPS.contains(&text)
            || review_group_words().any(|g| g == text))
}

/// Where the name of a section 三 or 四 column that ends `text` starts,
/// with the names of section 四's groups before it (`自然人`,
/// `行政复议结果维持`, `行政诉讼·复议后起诉／总计`; `·`, `/`, `／` or
/// spaces between): a name a page prints before each value. `None` when
/// no column's name ends `text`.
pub fn column_name_start(text: &str) -> Option<usize> {
    let name = REQUEST_COLS
        .iter()
        .chain(&REVIEW_COLS)
        .map(|c| c.label)
        .filter(|n| text.ends_with(n))
        .max_by_key(|n| n.len())?;
    let mut start = text.len() - name.len();
    loop {
        let head = text[..start].trim_end_matches(['·', '/', '／', ' ', '\u{3000}']);
        match review_group_words().find(|g| head.ends_with(g)) {
            Some(g) => start = head.len() - g.len(),
            None => return Some(start),
        }
    }
}

/// Printed label of a request row key, for messages (`（七）总计`).
pub fn request_label(key: &str) -> &'static str {
    REQUEST_ROWS
        .iter()
        .find(|r| r.key == key)
        .map(|r| r.label)
        .unwrap_or("")
}

/// Printed label of a column key of section 三 (`自然人`).
pub fn request_col_label(key: &str) -> &'static str {
    REQUEST_COLS
        .iter()
        .find(|c| c.key == key)
        .map(|c| c.label)
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_counts_match_format_md() {
        // docs/FORMAT.md §8: 161 / 175 section-三 cells, 22 / 10 section-二 cells.
        assert_eq!(request_rows(Template::F2019).count() * 7, 161);
        assert_eq!(request_rows(Template::F2021).count() * 7, 175);
        let cells = |t| active_rows(t).iter().map(|r| r.cols.len()).sum::<usize>();
        assert_eq!(cells(Template::F2019), 22);
        assert_eq!(cells(Template::F2021), 10);
    }

    #[test]
    fn column_heads_are_known() {
        for h in [
            "结果维持",
            "未经复议直接起诉",
            "自然人",
            "总计",
            "本年新制作数量",
            "法人或其他组织",
        ] {
            assert!(is_column_head(h), "{h}");
        }
        for t in ["无", "见附件", "1.属于国家秘密", ""] {
            assert!(!is_column_head(t), "{t}");
        }
    }

    #[test]
    fn column_names_with_their_groups() {
        assert_eq!(column_name_start("规章自然人"), Some("规章".len()));
        assert_eq!(column_name_start("行政复议结果维持"), Some(0));
        assert_eq!(column_name_start("25 行政诉讼·复议后起诉／总计"), Some(3));
        assert_eq!(column_name_start("行政复议 结果纠正"), Some(0));
        assert_eq!(column_name_start("本年新制作数量"), None);
    }

    #[test]
    fn every_caption_begins_alike() {
        for r in ACTIVE_2019.iter().chain(ACTIVE_2021.iter()) {
            assert!(r.caption.starts_with(CAPTION_START), "{}", r.caption);
        }
    }
}
