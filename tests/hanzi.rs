//! nianbao's traditional → simplified table (`nianbao::hanzi`) against
//! OpenCC's conversion the other way (`nianbao_gen::trad`): every word the
//! extractor matches, printed in traditional script, must fold back.

use nianbao::hanzi::{is_ideograph, simplify, to_simplified};
use nianbao_gen::trad::{convert, Standard};

/// The string literals with an ideograph in them in the code (not the
/// tests) of one source file.
fn literals(src: &str) -> Vec<String> {
    let code = src.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = Vec::new();
    for line in code.lines() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        // Between odd and even quotes (the literals here hold no `\"`).
        for (i, part) in line.split('"').enumerate() {
            if i % 2 == 1 && part.chars().any(is_ideograph) {
                out.push(part.to_string());
            }
        }
    }
    out
}

/// Every label, heading, column header and marker of the templates
/// (src/template.rs), the section words (src/extract/sections.rs), the
/// table markers (src/extract/tables.rs) and the group words
/// (src/extract/label.rs).
fn template_words() -> Vec<String> {
    let mut v: Vec<String> = [
        include_str!("../src/template.rs"),
        include_str!("../src/extract/sections.rs"),
        include_str!("../src/extract/tables.rs"),
        include_str!("../src/extract/label.rs"),
    ]
    .iter()
    .flat_map(|s| literals(s))
    .collect();
    // Words of the header cells the template prints around its labels.
    v.extend(
        [
            "申请人情况",
            "法人或其他组织",
            "信息内容",
            "行政诉讼",
            "未经复议直接起诉",
            "复议后起诉",
            "政府信息公开工作年度报告",
        ]
        .map(String::from),
    );
    v.sort();
    v.dedup();
    v
}

#[test]
fn every_template_word_in_traditional_script_simplifies_back() {
    let words = template_words();
    // The templates' 26 + 8 + 6 rows, 7 + 3 + 5 columns, captions, six
    // headings and the section words: well over a hundred.
    assert!(words.len() >= 100, "{} words", words.len());
    for w in [
        "（七）总计",
        "本年新制作数量",
        "4.无正当理由大量反复申请",
        "政府集中采购",
    ] {
        assert!(
            words.iter().any(|x| x == w),
            "{w} not read from the sources"
        );
    }
    let mut changed = 0;
    let mut failed = Vec::new();
    for std in Standard::ALL {
        for w in &words {
            // Whole words (the crate picks the form by phrase: 複議, 製作)…
            let t = convert(w, std);
            changed += usize::from(&t != w);
            if simplify(&t) != w.as_str() {
                failed.push(format!("{std:?}: {w} -> {t} -> {}", simplify(&t)));
            }
            // …and each character alone (its default form: 復, 制).
            for c in w.chars().filter(|c| is_ideograph(*c)) {
                let tc = convert(&c.to_string(), std);
                let back: String = tc.chars().map(to_simplified).collect();
                if back != c.to_string() {
                    failed.push(format!("{std:?}: {c} -> {tc} -> {back}"));
                }
            }
        }
    }
    assert!(
        failed.is_empty(),
        "{} failures:\n{}",
        failed.len(),
        failed.join("\n")
    );
    // Most words have a character that changes script: the check is not
    // comparing words with themselves.
    assert!(changed >= words.len() * 3 * 3 / 4, "{changed} converted");
}

#[test]
fn the_generators_traditional_forms_are_real_ones() {
    // OpenCC picks the form by word, as printed reports do.
    let t = |s| convert(s, Standard::Taiwan);
    assert_eq!(t("2.重复申请"), "2.重複申請");
    assert_eq!(t("政府集中采购"), "政府集中採購");
    assert_eq!(t("四、结转下年度继续办理"), "四、結轉下年度繼續辦理");
    assert_eq!(simplify(&t("行政复议")), "行政复议");
    assert_eq!(convert("需要说明", Standard::HongKong), "需要説明");
}

#[test]
fn generated_reports_in_traditional_script_simplify_back() {
    // Whole reports (prose, place names, tables) as each standard prints
    // them: every character must come back, but for the few a simplified
    // report already prints in traditional script (the 國(guo) spam of
    // pinyin mirrors).
    use nianbao_gen::{corpus, Deviation, Enc, Mix};
    let mut checked = 0;
    let mut failed: std::collections::BTreeMap<(char, char), usize> = Default::default();
    for d in corpus(5, 1200, &Mix::clean()) {
        if d.truth.encoding != Enc::Utf8 || d.truth.deviations.contains(&Deviation::Traditional) {
            continue;
        }
        let s = String::from_utf8_lossy(&d.bytes).into_owned();
        for std in Standard::ALL {
            let t = convert(&s, std);
            let back = simplify(&t);
            assert_eq!(t.chars().count(), s.chars().count(), "{}", d.path);
            for ((want, got), trad) in s.chars().zip(back.chars()).zip(t.chars()) {
                if want != got && to_simplified(want) == want {
                    *failed.entry((trad, want)).or_default() += 1;
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 300, "{checked} reports");
    assert!(
        failed.is_empty(),
        "traditional -> expected (times): {failed:?}"
    );
}
