#!/usr/bin/env python3
"""Flattens generated HTML reports by routes that `make.py` does not use:
the Python libraries crawlers and document pipelines extract text with,
and a PDF printed by a different engine read by four PDF text extractors.
Its output is the `fresh-dev` and `fresh-holdout` sets of
`tests/accuracy.rs`.

    tests/external/make_fresh.py SRC_DIR OUT_DIR [ROUTE,ROUTE…]

SRC_DIR holds HTML reports with their known values beside them
(`<file>.html.truth.json`), as `nianbao-gen` writes them with `--truth`.
The two sets were made from

    nianbao-gen -n 12 --seed 7301 --truth --utf8 --layouts html,html-word \
        --flaws balance,outcome-total,row-total,review-total,narrative-mismatch,truncated \
        --flaw-share 0.5 SRC/dev        # -> fixtures/external/fresh-dev
    nianbao-gen ... --seed 7309 ...  SRC/holdout    # -> fixtures/external/fresh-holdout

and `fixtures/external/pdf-dev` (40 reports, only the two PDF routes that
read WeasyPrint's PDF as boxes and as lines) from

    nianbao-gen -n 40 --seed 7421 ... SRC/pdf       # same options
    tests/external/make_fresh.py SRC/pdf OUT pdfminer,pdfplumber

(pdfminer's order of the boxes it prints is not the same from run to run:
a rerun differs in a few places from the committed texts.)
(`tune` and `holdout` used other seeds; the flaws are the six `make.py`'s
sets were made with, about half the reports carrying one.) For each
report, OUT_DIR/<id>/ gets `truth.json` and one text per route:

- `bs4-join`: the page as a CMS that stores its content minified serves it
  (`minify_html.minify`, which drops the whitespace between tags), through
  BeautifulSoup's `get_text()` with no separator: every cell, heading and
  paragraph runs into the next, numbers included (`…申请数量2000002`).
- `bs4-lines`: BeautifulSoup `get_text("\\n", strip=True)` on the page as
  generated: one text node per line, blank cells gone without a trace.
- `bs4-space`: BeautifulSoup `get_text(" ", strip=True)`: the whole report
  on one line, text nodes split by single spaces (a crawled corpus's
  `text` field).
- `inscriptis`: `inscriptis.get_text` (renders tables as space-aligned
  columns, spanned cells not repeated).
- `trafilatura`: `trafilatura.extract(include_tables=True,
  favor_recall=True)`: rows as `| a | b |` lines, colspans expanded into
  empty cells, no Markdown header rule.
- `markdownify`: `markdownify.markdownify`: Markdown tables whose rows keep
  only the cells the HTML row has (spans neither repeated nor padded, so
  rows are of different widths), an empty header row on top.
- `html2text-py`: the `html2text` Python package (`body_width=0`), not the
  C html2text of `make.py`: pipe rows without outer pipes, spans dropped.
- `pdfminer`, `pdfplumber`, `pypdf-layout`: the page printed to PDF by
  WeasyPrint (A4, its default style sheet: narrow label columns wrap over
  several lines), read by pdfminer.six `extract_text` (text boxes:
  labels and numbers in separate runs), pdfplumber `extract_text()`
  (lines by position: wrapped label parts interleave with the row they
  belong to) and pypdf `extract_text(extraction_mode="layout")`
  (space-aligned columns).

Versions used: beautifulsoup4 4.15.0 with lxml 6.1.3, minify-html (PyPI),
inscriptis 2.7.6, trafilatura 2.3.1, markdownify 1.2.3, html2text
2025.4.15, weasyprint 70.0, pdfminer.six 20260107, pdfplumber 0.11.10,
pypdf 7.1.1; the PDF's CJK glyphs from fonts-wqy-microhei (the page asks
for 宋体, fontconfig substitutes).

Needs: `pip install beautifulsoup4 lxml minify-html inscriptis trafilatura
markdownify html2text weasyprint pdfminer.six pdfplumber pypdf` and a CJK
font fontconfig can find (fonts-wqy-microhei or fonts-noto-cjk). Nothing in
CI runs this; its output is committed under fixtures/external.
"""
import json, shutil, sys, tempfile
from pathlib import Path


from common import write_sets


class ToolFailed(Exception):
    pass


def bs4_text(html, **kw):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for t in soup(["script", "style"]):
        t.decompose()
    return soup.get_text(**kw)


def bs4_join(html):
    import minify_html

    return bs4_text(minify_html.minify(html)) + "\n"


def bs4_lines(html):
    return bs4_text(html, separator="\n", strip=True) + "\n"


def bs4_space(html):
    return bs4_text(html, separator=" ", strip=True) + "\n"


def inscriptis_text(html):
    import inscriptis

    return inscriptis.get_text(html)


def trafilatura_text(html):
    import trafilatura

    t = trafilatura.extract(html, include_tables=True, favor_recall=True)
    if not t:
        raise ToolFailed("trafilatura found no main text")
    return t + "\n"


def markdownify_text(html):
    import markdownify

    return markdownify.markdownify(html)


def html2text_py(html):
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    return h.handle(html)


def pdf_of(html, path):
    import weasyprint

    weasyprint.HTML(string=html).write_pdf(path)


def pdfminer_text(pdf):
    from pdfminer.high_level import extract_text

    return extract_text(str(pdf))


def pdfplumber_text(pdf):
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return "\n".join(p.extract_text() for p in doc.pages) + "\n"


def pypdf_layout(pdf):
    import pypdf

    r = pypdf.PdfReader(pdf)
    return "\n".join(p.extract_text(extraction_mode="layout") for p in r.pages) + "\n"


def attempt(outs, name, make):
    """One route's output; a tool that fails on a page leaves its route out,
    and a route not asked for (argv[3]) is not made."""
    if len(sys.argv) > 3 and name.rsplit(".", 1)[0] not in sys.argv[3].split(","):
        return
    try:
        outs[name] = make()
    except Exception as e:  # a library's own error: the route is left out
        print(f"  {name}: {type(e).__name__}: {e}; left out", file=sys.stderr)


def tool_outputs(html_path, work):
    html = html_path.read_text(encoding="utf-8")
    outs = {}
    attempt(outs, "bs4-join.txt", lambda: bs4_join(html))
    attempt(outs, "bs4-lines.txt", lambda: bs4_lines(html))
    attempt(outs, "bs4-space.txt", lambda: bs4_space(html))
    attempt(outs, "inscriptis.txt", lambda: inscriptis_text(html))
    attempt(outs, "trafilatura.txt", lambda: trafilatura_text(html))
    attempt(outs, "markdownify.md", lambda: markdownify_text(html))
    attempt(outs, "html2text-py.md", lambda: html2text_py(html))
    pdf = work / "report.pdf"
    if len(sys.argv) <= 3 or "pdf" in sys.argv[3]:
        pdf_of(html, pdf)
    attempt(outs, "pdfminer.txt", lambda: pdfminer_text(pdf))
    attempt(outs, "pdfplumber.txt", lambda: pdfplumber_text(pdf))
    attempt(outs, "pypdf-layout.txt", lambda: pypdf_layout(pdf))
    return outs


def main():
    write_sets(tool_outputs)


if __name__ == "__main__":
    main()
