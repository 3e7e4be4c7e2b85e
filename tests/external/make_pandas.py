#!/usr/bin/env python3
"""Flattens generated HTML reports the way tables scraped with pandas are
saved: the sets `pandas-dev` and `pandas-holdout` of `tests/accuracy.rs`.

    tests/external/make_pandas.py SRC_DIR OUT_DIR

For each report of SRC_DIR (HTML with `<file>.html.truth.json` beside it,
as `nianbao-gen --truth` writes them), every table is read by
`pandas.read_html` (which repeats a spanned cell in every place it spans)
and written with pandas' defaults, the prose lines between them kept:

- `pandas-csv`: `DataFrame.to_csv()`: a header row of the column numbers
  (`,0,1,2,…`) and, on every row, the row's number first (`3,一、本年新收…`);
- `pandas-string`: `DataFrame.to_string()`: the same numbers, the columns
  aligned with spaces;
- `pandas-html`: `DataFrame.to_html()`, the prose as `<p>`: the same
  numbers in `<th>` cells.

The sets were made from the same generated reports as the docx sets
(`make_docx.py`: seeds 7501 for `-dev`, 7503 for `-holdout`). Needs pandas
(3.1.1) and lxml.
"""
import io

import lxml.html
import pandas as pd

from common import page_blocks, write_sets


def flatten(html_path, _work):
    csv, text, html = [], [], []
    for kind, x in page_blocks(html_path.read_text(encoding="utf-8")):
        if kind == "table":
            df = pd.read_html(io.StringIO(lxml.html.tostring(x, encoding="unicode")))[0]
            csv.append(df.to_csv())
            text.append(df.to_string())
            html.append(df.to_html())
        else:
            csv.append(x + "\n")
            text.append(x)
            html.append("<p>" + x + "</p>")
    return {
        "pandas-csv.csv": "".join(csv),
        "pandas-string.txt": "\n".join(text) + "\n",
        "pandas-html.html": '<html><head><meta charset="utf-8"></head><body>\n'
        + "\n".join(html)
        + "\n</body></html>\n",
    }


if __name__ == "__main__":
    write_sets(flatten)
