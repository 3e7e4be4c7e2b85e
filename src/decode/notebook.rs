//! Jupyter notebooks (`.ipynb`, as `pandoc -t ipynb` writes a page): a
//! JSON object whose `cells` hold the document's text, Markdown mostly,
//! each cell's `source` a string or a list of lines. The report is the
//! cells' text in order, read as any text is.

use serde_json::Value;

/// The text of the notebook `text` is, its cells' sources in order, a
/// blank line between two; `None` when `text` is no notebook (not a JSON
/// object with `nbformat` and a list of `cells`).
pub fn source(text: &str) -> Option<String> {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    // A cheap look first: most texts are no JSON at all.
    if !t.starts_with('{') || !t.contains("\"nbformat\"") || !t.contains("\"cells\"") {
        return None;
    }
    let doc: Value = serde_json::from_str(t).ok()?;
    let obj = doc.as_object()?;
    obj.get("nbformat")?;
    let cells = obj.get("cells")?.as_array()?;
    let mut out = String::new();
    for cell in cells {
        let text = match cell.get("source") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(lines)) => lines.iter().filter_map(Value::as_str).collect(),
            _ => continue,
        };
        if text.trim().is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&text);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_in_order_as_one_text() {
        let nb = r##"{"cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# 某某局2023年政府信息公开工作年度报告\n", "\n", "一、总体情况"]},
            {"cell_type": "code", "metadata": {}, "source": "", "outputs": []},
            {"cell_type": "markdown", "metadata": {}, "source": "| 规章 | 0 | 1 | 5 |"}
        ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}"##;
        assert_eq!(
            source(nb).as_deref(),
            Some("# 某某局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n| 规章 | 0 | 1 | 5 |")
        );
    }

    #[test]
    fn other_json_and_broken_notebooks_are_no_notebook() {
        assert_eq!(source(r#"{"cells": [], "title": "x"}"#), None);
        assert_eq!(source(r#"{"nbformat": 4, "cells": "x"}"#), None);
        assert_eq!(source(r#"{"nbformat": 4, "cells": [{"source": "a"#), None);
        assert_eq!(source("一、总体情况 \"nbformat\" \"cells\""), None);
        // Cells of no known shape are passed over.
        assert_eq!(
            source(r#"{"nbformat": 4, "cells": [{"source": 7}, {"source": ["a", 1, "b"]}]}"#)
                .as_deref(),
            Some("ab")
        );
    }
}
