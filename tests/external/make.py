#!/usr/bin/env python3
"""Flattens generated HTML reports with tools other than nianbao's own
generator, for the accuracy tests of `tests/accuracy.rs`.

    tests/external/make.py SRC_DIR OUT_DIR

SRC_DIR holds HTML reports with their known values beside them
(`<file>.html.truth.json`), as `nianbao-gen --truth --utf8 --layouts
html,html-word` writes them. For each report, OUT_DIR/<id>/ gets
`truth.json` and one flattened text per route:

- real tools: LibreOffice's text export (one cell per line, blank cells as
  empty lines), LibreOffice's PDF through pdftotext (-layout, -raw and
  plain), w3m, lynx, links and elinks dumps (box-drawn or space-aligned
  tables), pandoc (plain text and GitHub Markdown), html2text;
- table dumps written here from the HTML's own grid (lxml, spans
  expanded), independently of nianbao's generator and parser:
  `pandas-md` (pandas.read_html, which repeats spanned cells, to
  Markdown), `joined-md` (the row-label cells of a row joined into one
  path label), `cell-lines` (one cell per line, blank cells left out),
  `column-major` (each table's row labels, then its values column by
  column), `run-together` (each row on one line with no separator at all,
  or single spaces between some cells).

Needs: soffice (libreoffice-writer), pdftotext (poppler-utils), w3m, lynx,
links, elinks, pandoc, html2text, and Python's pandas, lxml, tabulate.
Nothing in CI runs this; its output is committed under fixtures/external.
"""
import json, os, random, shutil, subprocess, sys, tempfile
from pathlib import Path

import lxml.html
import pandas as pd
from io import StringIO


from common import page_blocks, write_sets


class ToolFailed(Exception):
    pass


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, **kw)
    if r.returncode != 0:
        raise ToolFailed(f"{cmd[0]} exited with {r.returncode}")
    return r.stdout


def grid(table):
    """A table's rows with spans expanded: (text, is_origin) per place."""
    rows = []
    pending = {}  # (r, c) -> text from a rowspan above
    for r, tr in enumerate(table.xpath("./tr|./tbody/tr|./thead/tr")):
        row = []
        c = 0
        cells = tr.xpath("./td|./th")
        k = 0
        while k < len(cells) or (r, c) in pending:
            if (r, c) in pending:
                row.append((pending.pop((r, c)), False))
                c += 1
                continue
            td = cells[k]
            k += 1
            text = " ".join(td.text_content().split())
            cs = int(td.get("colspan", "1") or 1)
            rs = int(td.get("rowspan", "1") or 1)
            for j in range(cs):
                row.append((text, j == 0))
                for i in range(1, rs):
                    pending[(r + i, c + j)] = text
            c += cs
        rows.append(row)
    return rows


def blocks(html):
    """The report as ('line', text) and ('table', grid) in reading order."""
    return [(k, grid(x) if k == "table" else x) for k, x in page_blocks(html)]


def is_value(s):
    s = s.replace(",", "").replace("元", "").replace("万", "").strip()
    if s in ("", "-", "—", "/", "－"):
        return True
    try:
        float(s.lstrip("+"))
        return True
    except ValueError:
        return False


def label_area(g):
    """How many leading grid columns of a table hold row labels: the
    first index at which any row holds a number (labels are never
    numbers)."""
    firsts = []
    for row in g:
        for i, (text, origin) in enumerate(row):
            if origin and text and is_value(text):
                firsts.append(i)
                break
    if not firsts:
        return len(g[0]) if g else 0
    return min(firsts)


def label_and_values(row, area):
    """Splits an expanded row into its distinct label texts (the label
    area) and its value cells (every cell after it, blanks included)."""
    labels, values = [], []
    for i, (text, origin) in enumerate(row):
        if i < area:
            if text and (not labels or labels[-1] != text):
                labels.append(text)
        elif origin:
            values.append(text)
    # A row whose value cells hold text and no number (a caption, a
    # header) is labels only; a row of blank cells keeps its blanks.
    if not any(v and is_value(v) for v in values) and any(values):
        labels += [v for v in values if v and (not labels or labels[-1] != v)]
        values = []
    return labels, values


def write_lines(blocks, table_fn):
    lines = []
    for kind, x in blocks:
        if kind == "line":
            lines.append(x)
        else:
            lines.extend(table_fn(x))
        lines.append("")
    return "\n".join(lines) + "\n"


def cell_lines(g):
    out = []
    for row in g:
        for text, origin in row:
            if origin and text:
                out.append(text)
    return out


def joined_md(g):
    out = []
    width = 0
    area = label_area(g)
    for row in g:
        labels, values = label_and_values(row, area)
        cells = [" ".join(labels)] + values
        width = max(width, len(cells))
        out.append(cells)
    md = []
    for i, cells in enumerate(out):
        cells = cells + [""] * (width - len(cells))
        md.append("| " + " | ".join(cells) + " |")
        if i == 0:
            md.append("|" + "---|" * width)
    return md


def column_major(g):
    labels, values = [], []
    area = label_area(g)
    for row in g:
        l, v = label_and_values(row, area)
        if v and l:
            labels.append(l[-1])
            values.append(v)
        elif l:
            labels.append(" ".join(l))
        elif v:  # a data row without a label (section 四)
            values.append(v)
    out = list(labels)
    width = max((len(v) for v in values), default=0)
    for j in range(width):
        for v in values:
            if j < len(v):
                out.append(v[j] if v[j] else "")
    return out


def run_together(g, rng):
    out = []
    area = label_area(g)
    for row in g:
        l, v = label_and_values(row, area)
        text = "".join(l)
        for x in v:
            text += (" " if rng.random() < 0.3 else "") + x
        out.append(text)
    return out


def pandas_md(html):
    lines = []
    for kind, x in blocks(html):
        if kind == "line":
            lines.append(x)
            lines.append("")
    tables = pd.read_html(StringIO(html))
    # Put the tables back where they were: after the heading of their section.
    out, k = [], 0
    for kind, x in blocks(html):
        if kind == "line":
            out.append(x)
        else:
            if k < len(tables):
                out.append(tables[k].to_markdown(index=False))
                k += 1
        out.append("")
    return "\n".join(out) + "\n"


def attempt(outs, name, make):
    """One route's output; a tool that fails on a page leaves its route out."""
    try:
        outs[name] = make()
    except ToolFailed as e:
        print(f"  {name}: {e}; left out", file=sys.stderr)


def tool_outputs(html_path, work):
    html = html_path.read_text(encoding="utf-8")
    outs = {}
    lo = work / "lo"
    lo.mkdir(exist_ok=True)
    run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(lo), str(html_path)])
    outs["soffice-txt.txt"] = (lo / (html_path.stem + ".txt")).read_text(encoding="utf-8-sig")
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(lo), str(html_path)])
    pdf = lo / (html_path.stem + ".pdf")
    attempt(outs, "pdf-layout.txt", lambda: run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"]).decode())
    attempt(outs, "pdf-raw.txt", lambda: run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"]).decode())
    attempt(outs, "pdf-plain.txt", lambda: run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"]).decode())
    attempt(outs, "w3m.txt", lambda: run(["w3m", "-dump", "-cols", "160", "-O", "UTF-8", "-T", "text/html", str(html_path)]).decode())
    attempt(outs, "lynx.txt", lambda: run(["lynx", "-dump", "-nolist", "-width=160", "-display_charset=utf-8", "-assume_charset=utf-8", str(html_path)]).decode())
    attempt(outs, "links.txt", lambda: run(["links", "-dump", "-width", "160", "-codepage", "utf-8", str(html_path)]).decode())
    attempt(outs, "elinks.txt", lambda: run(["elinks", "-dump", "-dump-width", "160", "-dump-charset", "utf-8", "-no-references", "-no-numbering", str(html_path)]).decode())
    attempt(outs, "pandoc-plain.txt", lambda: run(["pandoc", "-f", "html", "-t", "plain", str(html_path)]).decode())
    attempt(outs, "pandoc-gfm.md", lambda: run(["pandoc", "-f", "html", "-t", "gfm", str(html_path)]).decode())
    attempt(outs, "html2text.txt", lambda: run(["html2text", "-utf8", "-nobs", "-width", "160", str(html_path)]).decode(errors="replace"))
    b = blocks(html)
    rng = random.Random(html_path.stem)
    attempt(outs, "pandas-md.md", lambda: pandas_md(html))
    attempt(outs, "joined-md.md", lambda: write_lines(b, joined_md))
    attempt(outs, "cell-lines.txt", lambda: write_lines(b, cell_lines))
    attempt(outs, "column-major.txt", lambda: write_lines(b, column_major))
    attempt(outs, "run-together.txt", lambda: write_lines(b, lambda g: run_together(g, rng)))
    return outs


def main():
    write_sets(tool_outputs)


if __name__ == "__main__":
    main()
