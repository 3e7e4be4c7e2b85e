#!/usr/bin/env python3
"""Flattens generated HTML reports the way a Word report reaches people
read with python-docx, the usual Python reader of `.docx` files: the sets
`docx-dev` and `docx-holdout` of `tests/accuracy.rs`.

    tests/external/make_docx.py SRC_DIR OUT_DIR

For each report of SRC_DIR (HTML with `<file>.html.truth.json` beside it,
as `nianbao-gen --truth` writes them), the page is rebuilt as a Word
document with python-docx (its paragraphs; its tables with the HTML's
rowspans and colspans as merged cells), saved, opened again, and read
back by python-docx's own API, in body order:

- `docx-cells`: every paragraph, then for each table row every
  `row.cells` text on its own line: python-docx gives one cell per grid
  place, so a merged cell comes out once for each place it spans
  (`申请人情况` seven times, a caption four times, a section 二 value
  merged over two places twice); blank cells as empty lines;
- `docx-tabs`: the same, each table row's `row.cells` joined by tabs;
- `docx2txt`: the saved file through `docx2txt.process` (every paragraph,
  a table cell's included, followed by a blank line; merged cells once);
- `mammoth`: the saved file through `mammoth.convert_to_html` (a table
  with colspans and rowspans again, its cells' text in `<p>`);
- `mammoth-md`: `mammoth.convert_to_markdown`, which has no tables: every
  cell a paragraph of its own, blank lines between, and a number that
  would start a list escaped (`1\\.属于国家秘密`).

Neither is nianbao's generator's layout: the merged cells are repeated by
python-docx, not by us. The sets were made from

    nianbao-gen -n 30 --seed 7501 --truth --utf8 --layouts html,html-word \\
        --flaws balance,outcome-total,row-total,review-total,narrative-mismatch,truncated \\
        --flaw-share 0.5 SRC/dev          # -> fixtures/external/docx-dev
    nianbao-gen ... --seed 7503 ...  SRC/holdout  # -> fixtures/external/docx-holdout

Needs python-docx (1.2.0), docx2txt (0.9), mammoth (1.13.0) and lxml.
"""
import docx
import docx2txt
import mammoth

from common import page_blocks, write_sets


def html_tables_and_lines(html):
    """The page's headings and paragraphs, and its tables as rows of
    (text, colspan, rowspan), in reading order."""
    out = []
    for kind, x in page_blocks(html):
        if kind == "line":
            out.append(("line", x))
            continue
        rows = []
        for tr in x.xpath("./tr|./tbody/tr|./thead/tr"):
            rows.append(
                [
                    (
                        " ".join(td.text_content().split()),
                        int(td.get("colspan", "1") or 1),
                        int(td.get("rowspan", "1") or 1),
                    )
                    for td in tr.xpath("./td|./th")
                ]
            )
        out.append(("table", rows))
    return out


def grid_places(rows):
    """Each HTML cell's place on the grid: (row, col, colspan, rowspan,
    text), and the grid's width."""
    taken = set()
    places = []
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for text, cs, rs in row:
            while (r, c) in taken:
                c += 1
            for i in range(rs):
                for j in range(cs):
                    taken.add((r + i, c + j))
            places.append((r, c, cs, rs, text))
            width = max(width, c + cs)
            c += cs
    return places, width


def to_docx(blocks):
    """A Word document of the blocks, tables with merged cells."""
    d = docx.Document()
    for kind, x in blocks:
        if kind == "line":
            d.add_paragraph(x)
            continue
        places, width = grid_places(x)
        height = max((r + rs for r, _, _, rs, _ in places), default=0)
        if not height or not width:
            continue
        t = d.add_table(rows=height, cols=width)
        for r, c, cs, rs, text in places:
            cell = t.cell(r, c)
            if cs > 1 or rs > 1:
                cell = cell.merge(t.cell(min(r + rs, height) - 1, min(c + cs, width) - 1))
            cell.text = text
    return d


def body_in_order(d):
    """python-docx's paragraphs and tables in the order of the body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, d)
        elif tag == "tbl":
            yield Table(child, d)


def flatten(html_path, work):
    blocks = html_tables_and_lines(html_path.read_text(encoding="utf-8"))
    saved = work / "report.docx"
    to_docx(blocks).save(saved)
    d = docx.Document(str(saved))
    cells, tabs = [], []
    for item in body_in_order(d):
        if isinstance(item, docx.text.paragraph.Paragraph):
            if item.text.strip():
                cells.append(item.text)
                tabs.append(item.text)
            continue
        for row in item.rows:
            texts = [c.text for c in row.cells]
            cells.extend(texts)
            tabs.append("\t".join(texts))
    with open(saved, "rb") as f:
        html = mammoth.convert_to_html(f).value
    with open(saved, "rb") as f:
        md = mammoth.convert_to_markdown(f).value
    return {
        "docx-cells.txt": "\n".join(cells) + "\n",
        "docx-tabs.txt": "\n".join(tabs) + "\n",
        "docx2txt.txt": docx2txt.process(str(saved)),
        "mammoth.html": '<html><head><meta charset="utf-8"></head><body>' + html + "</body></html>\n",
        "mammoth-md.md": md,
    }


if __name__ == "__main__":
    write_sets(flatten)
