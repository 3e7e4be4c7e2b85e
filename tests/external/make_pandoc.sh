#!/bin/sh
# Flattens HTML reports the way pandoc writes them as Markdown: the sets
# `pandoc-dev` and `pandoc-holdout` of `tests/accuracy.rs`.
#
#     tests/external/make_pandoc.sh SRC_SET OUT_SET HTML_ROUTE
#
# For each report folder of fixtures/external/SRC_SET holding an HTML route
# (a file named HTML_ROUTE) and its truth.json, two files are written into
# fixtures/external/OUT_SET/<report>/ beside a copy of truth.json:
#
# - `pandoc-md.md`: pandoc's own Markdown (`-t markdown`): bracketed spans
#   with the page's attributes (`[46]{lang="EN-US"}`), fenced divs
#   (`::: {align="center"}`), simple and grid tables, and tables with
#   merged cells written as raw HTML `<table>`;
# - `pandoc-grid.md`: the same without spans, divs and raw HTML
#   (`-t markdown-bracketed_spans-native_spans-native_divs-raw_html-
#   link_attributes`): grid tables (`+----+` rules, a row's cells wrapped
#   over lines inside their boxes), a page's layout table as a grid table
#   of one column around everything.
#
# Both with `--columns=100`. Made with pandoc 2.17.1.1 (Debian bookworm's
# package). GBK and GB2312 pages are converted to UTF-8 first (iconv),
# their declared charset rewritten, as pandoc reads UTF-8 only.
#
# pandoc-dev: SRC_SET handwritten-holdout, HTML_ROUTE html.html (the seven
# hand-written HTML reports); pandoc-holdout: SRC_SET docx-holdout,
# HTML_ROUTE mammoth.html (mammoth's HTML of thirty Word reports).
set -eu
src="fixtures/external/$1"
out="fixtures/external/$2"
route="$3"
for dir in "$src"/*/; do
    name=$(basename "$dir")
    [ -f "$dir/$route" ] || continue
    mkdir -p "$out/$name"
    cp "$dir/truth.json" "$out/$name/truth.json"
    if iconv -f utf-8 -t utf-8 "$dir/$route" >/dev/null 2>&1; then enc=utf-8; else enc=gb18030; fi
    iconv -f "$enc" -t utf-8 "$dir/$route" |
        sed 's/charset=gb2312/charset=utf-8/I; s/charset=gbk/charset=utf-8/I' > "$out/$name/.page.html"
    pandoc -f html -t markdown --columns=100 "$out/$name/.page.html" -o "$out/$name/pandoc-md.md"
    pandoc -f html -t markdown-bracketed_spans-native_spans-native_divs-raw_html-link_attributes \
        --columns=100 "$out/$name/.page.html" -o "$out/$name/pandoc-grid.md"
    rm "$out/$name/.page.html"
done
