#!/usr/bin/env python3
"""Round 22: hand-written report pages in markup no earlier round used (LibreOffice Calc and Excel web-page tables,
units in cells, <thead>/<tfoot>/<tbody> out of rendered order, other section 三 header arrangements and <br> in labels,
two CMS pages in one saved file, old layout tables, footnote marks, a python-docx Word report exported by LibreOffice),
read by routes no earlier round used (poppler TSV / XML / single-HTML, mutool HTML, pandoc AsciiDoc / Jira / DokuWiki /
CommonMark-x / man+groff tbl, PyMuPDF find_tables, pdfplumber extract_tables, python-docx, odt2txt).

    make_round22.py [build|check|all]   (default: all)

The set is the folders beside this script (/work/round22), or, once the script lives in tests/external/,
fixtures/external/handwritten-round22 of the checkout.

`build` rebuilds, for every folder, the route texts beside `page.html` and `truth.json` (and `report.docx` in 06).
Scratch files (A4 copy, PDF, DOCX, ODT, Chromium and LibreOffice profiles, HOME) go under /tmp/round22/build.

  PDF  = a scratch copy of page.html with `<style>@page { size: A4; }</style>` before </head>, printed by headless
         Chromium (--print-to-pdf, --no-pdf-header-footer, fresh --user-data-dir)
  DOCX = soffice --headless --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" of page.html
         (06: its own report.docx, the source the page was exported from)
  ODT  = soffice --headless --infilter="HTML (StarWriter)" --convert-to odt of page.html (06: of report.docx)

  poppler-tsv-lines.txt      pdftotext -tsv PDF -, words grouped by (page, block, par, line) in order, joined by one
                             space, one text line per output line (what a user does with the TSV)
  pdftohtml-xml.xml          pdftohtml -xml -i -q -stdout PDF
  pdftohtml-single.html      pdftohtml -s -i -noframes -q -stdout PDF
  mutool-html.html           mutool draw -q -F html -o - PDF
  pandoc-asciidoc.adoc       pandoc -f html -t asciidoc page.html
  pandoc-jira.txt            pandoc -f html -t jira page.html
  pandoc-dokuwiki.txt        pandoc -f html -t dokuwiki page.html
  pandoc-commonmark-x.md     pandoc -f html -t commonmark_x page.html
  groff-man-tbl.txt          pandoc -s -f html -t man page.html | groff -t -man -Tutf8 -P-cbou
  fitz-find-tables.md        PyMuPDF: for each PDF page, page.find_tables(); each table's .to_markdown(), joined by "\\n"
  plumber-tables.csv         pdfplumber: for each PDF page, page.extract_tables(); rows written by csv.writer, one
                             empty line after each table
  python-docx-dump.txt       python-docx on the DOCX: every body paragraph's text, then every table, each row's
                             cell texts joined by a tab (merged cells repeat), one empty line after each table
  odt2txt.txt                odt2txt --encoding=UTF-8 ODT

Tool output is written as UTF-8 exactly as returned.

`check` (independent of nianbao):
 (a) reads every page.html with BeautifulSoup from bytes and rebuilds its tables: innermost <table>s only (a layout
     table around the article is skipped), rows in rendered order (<thead> rows, then <tbody>/bare rows, then <tfoot>
     rows, whatever the source order), rowspan/colspan expanded; <sup> footnote marks dropped, "（注N）" and a trailing
     "*" cut from labels; units in cells ("3件", "0 件", "12.5万元", "48600元") read as numbers. Section 三 may be
     spread over tables; a continuation table without header rows takes each row's last seven cells as the values.
     Every section 二/三/四 cell, the title, the office, the year/template and the figures the 总体情况 prose states
     are compared with truth.json. Where page_truth's own readers can read a page, their result is reported.
 (b) checks the identities with page_truth.identities: a sound report breaks none, a flawed one only its own.
 (c) says how much of each report's section 三 and 四 each route kept.
Exit status 1 when (a) or (b) fails.
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

from bs4 import BeautifulSoup

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parent / "main/tests/external", Path("/work/main/tests/external")):
    if (p / "page_truth.py").exists():
        sys.path.insert(0, str(p))
        break
from page_truth import grid as page_truth_grid  # noqa: E402
from page_truth import (  # noqa: E402
    APPLICANTS,
    LEAVES,
    NEEDLES,
    SEC2_COLS,
    SEC2_ROWS,
    coverage,
    fullwidth,
    identities,
    kept4,
    number,
    section2 as pt_section2,
    section3 as pt_section3,
    section4 as pt_section4,
    squash,
)

if any(HERE.glob("01-*/truth.json")):
    SET = HERE
else:
    SET = HERE.parents[1] / "fixtures/external/handwritten-round22"
SCRATCH = Path("/tmp/round22/build")
ROUTES = {"poppler-tsv-lines": "txt", "pdftohtml-xml": "xml", "pdftohtml-single": "html", "mutool-html": "html",
          "pandoc-asciidoc": "adoc", "pandoc-jira": "txt", "pandoc-dokuwiki": "txt", "pandoc-commonmark-x": "md",
          "groff-man-tbl": "txt", "fitz-find-tables": "md", "plumber-tables": "csv", "python-docx-dump": "txt",
          "odt2txt": "txt"}
SOURCES = {"06-2023-2021": ["report.docx"]}


# ====================================================================== build
def sh(cmd, env=None, cwd=None, inp=None, timeout=300):
    p = subprocess.run(cmd, capture_output=True, env=env, cwd=cwd, input=inp, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({p.returncode}): {p.stderr.decode('utf-8', 'replace')[-800:]}")
    return p.stdout


def tool_env(home):
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "LC_ALL", "LANGUAGE")}
    env.update(LANG="C.UTF-8", HOME=str(home))
    return env


def chrome_pdf(page, work, env):
    html = page.read_text(encoding="utf-8")
    i = html.lower().find("</head>")
    src = work / "a4.html"
    src.write_text(html[:i] + "<style>@page { size: A4; }</style>\n" + html[i:], encoding="utf-8")
    profile = work / "chromium-profile"
    shutil.rmtree(profile, ignore_errors=True)
    pdf = work / "page.pdf"
    if pdf.exists():
        pdf.unlink()
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", src.as_uri()], env=env, cwd=work)
    if not pdf.exists():
        raise RuntimeError(f"chromium made no PDF of {page}")
    return pdf


def lo_convert(src, work, target, env, html_in):
    profile = work / "lo-profile"
    cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    if html_in:
        cmd.append("--infilter=HTML (StarWriter)")
    out = work / (src.stem + "." + target.split(":")[0])
    if out.exists():
        out.unlink()
    sh(cmd + ["--convert-to", target, "--outdir", str(work), str(src)], env=env, cwd=work)
    if not out.exists():
        raise RuntimeError(f"soffice made no {target} of {src}")
    return out


def tsv_lines(tsv):
    lines, order = {}, []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["level"] != "5":
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        if key not in lines:
            lines[key] = []
            order.append(key)
        lines[key].append(row["text"])
    return "".join(" ".join(lines[k]) + "\n" for k in order)


def fitz_tables(pdf):
    import pymupdf
    out = []
    with pymupdf.open(pdf) as doc:
        for page in doc:
            for tab in page.find_tables().tables:
                out.append(tab.to_markdown())
    return "\n".join(out)


def plumber_tables(pdf):
    import pdfplumber
    buf = io.StringIO()
    w = csv.writer(buf)
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            for tab in page.extract_tables():
                w.writerows(tab)
                buf.write("\n")
    return buf.getvalue()


def docx_dump(path):
    import docx
    d = docx.Document(str(path))
    out = [p.text + "\n" for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append("\t".join(c.text for c in r.cells) + "\n")
        out.append("\n")
    return "".join(out)


def build():
    SCRATCH.mkdir(parents=True, exist_ok=True)
    home = SCRATCH / "home"
    home.mkdir(exist_ok=True)
    env = tool_env(home)
    for d in sorted(p for p in SET.iterdir() if p.is_dir() and (p / "truth.json").exists()):
        work = SCRATCH / d.name
        work.mkdir(exist_ok=True)
        page = d / "page.html"
        copy = work / "page.html"
        copy.write_bytes(page.read_bytes())
        pdf = chrome_pdf(page, work, env)
        if (d / "report.docx").exists():
            src = work / "report.docx"
            src.write_bytes((d / "report.docx").read_bytes())
            docx = src
            odt = lo_convert(src, work, "odt", env, html_in=False)
        else:
            docx = lo_convert(copy, work, "docx:MS Word 2007 XML", env, html_in=True)
            odt = lo_convert(copy, work, "odt", env, html_in=True)
        u = lambda b: b.decode("utf-8")
        pan = lambda fmt, *extra: u(sh(["pandoc", "-f", "html", "-t", fmt, *extra, str(copy)], env=env, cwd=work))
        out = {
            "poppler-tsv-lines": tsv_lines(u(sh(["pdftotext", "-tsv", str(pdf), "-"], env=env, cwd=work))),
            "pdftohtml-xml": u(sh(["pdftohtml", "-xml", "-i", "-q", "-stdout", str(pdf)], env=env, cwd=work)),
            "pdftohtml-single": u(sh(["pdftohtml", "-s", "-i", "-noframes", "-q", "-stdout", str(pdf)], env=env, cwd=work)),
            "mutool-html": u(sh(["mutool", "draw", "-q", "-F", "html", "-o", "-", str(pdf)], env=env, cwd=work)),
            "pandoc-asciidoc": pan("asciidoc"),
            "pandoc-jira": pan("jira"),
            "pandoc-dokuwiki": pan("dokuwiki"),
            "pandoc-commonmark-x": pan("commonmark_x"),
            "groff-man-tbl": u(sh(["groff", "-t", "-man", "-Tutf8", "-P-cbou"], env=env, cwd=work,
                                  inp=sh(["pandoc", "-s", "-f", "html", "-t", "man", str(copy)], env=env, cwd=work))),
            "fitz-find-tables": fitz_tables(pdf),
            "plumber-tables": plumber_tables(pdf),
            "python-docx-dump": docx_dump(docx),
            "odt2txt": u(sh(["odt2txt", "--encoding=UTF-8", str(odt)], env=env, cwd=work)),
        }
        assert sorted(out) == sorted(ROUTES)
        for r, ext in ROUTES.items():
            (d / f"{r}.{ext}").write_bytes((out[r] or "").encode("utf-8"))
        print(f"{d.name}: {len(out)} routes" + "".join(f"; {r} empty" for r in ROUTES if not out[r].strip()),
              file=sys.stderr)


# ====================================================================== page reading
def rendered_rows(table):
    """The table's own <tr>s in rendered order: <thead>, then <tbody> and bare rows, then <tfoot>."""
    head, body, foot = [], [], []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        group = tr.parent.name if tr.parent is not None else ""
        (head if group == "thead" else foot if group == "tfoot" else body).append(tr)
    return head + body + foot


def grid(table):
    """Rows of (cell, squashed text) with rowspan/colspan expanded, in rendered row order."""
    return page_truth_grid(table, rendered_rows(table))


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)


def clean_label(s):
    s = re.sub(r"（注\d*）|\(注\d*\)", "", fullwidth(s))
    return s.rstrip("*＊")


def value(text, wan=False):
    t = squash(norm(text)).replace("\xa0", "")
    t = re.sub(r"(?<=\d)(件|项|个)$", "", t)
    return number(t, wan=wan)


def is_number(text):
    try:
        return value(text) is not None
    except ValueError:
        return False


def row_cells(row):
    seen, out = set(), []
    for cell, text in row:
        if cell is not None and id(cell) in seen:
            continue
        seen.add(id(cell))
        out.append((cell, text))
    return out


def read_section2(grids):
    out, heads = {}, []
    for g in grids:
        for row in g:
            cells = [t for c, t in row_cells(row) if not t.startswith("第二十条")]
            if not cells or cells[0] == "":
                continue
            if cells[0] == "信息内容":
                heads = cells[1:]
                continue
            lab = clean_label(cells[0])
            if lab not in SEC2_ROWS:
                raise ValueError(f"section 二 row {cells}")
            d = {}
            for h, v in zip(heads, cells[1:]):
                key = next(k for name, k in SEC2_COLS.items() if fullwidth(h).startswith(name))
                d[key] = value(v, wan="万元" in h and not v.strip().endswith("万元"))
            out[SEC2_ROWS[lab]] = d
    return out


def read_section3(grids, template):
    out, printed, errs = {}, {}, []
    for g in grids:
        width = len(g[0])
        head = [any(t in LEAVES for _, t in row) for row in g]
        leaf = {}
        for row, h in zip(g, head):
            if h:
                for c, (_, t) in enumerate(row):
                    if t in LEAVES:
                        leaf[c] = t
        for row, h in zip(g, head):
            if h:
                continue
            if leaf:
                vcols = sorted(leaf)
                seen, parts = set(), []
                for c in range(width):
                    cell, t = row[c]
                    if c not in leaf and cell is not None and id(cell) not in seen:
                        seen.add(id(cell))
                        parts.append(t)
                vals = [(LEAVES[leaf[c]], row[c][1]) for c in vcols]
            else:  # continuation table without header rows: the last seven cells are the values
                cells = [x for x in row_cells(row) if x[0] is not None]
                parts = [t for _, t in cells[:-7]]
                vals = list(zip(APPLICANTS + ["total"], [t for _, t in cells[-7:]]))
            label = clean_label("".join(parts))
            key = next((k for needle, k in NEEDLES if needle in label), None)
            if key is None:
                if any(is_number(t) for _, t in vals):
                    errs.append(f"section 三 row with values but no label: {label!r}")
                continue
            if key == "other" and template == "2021":
                key = "other_misc"
            if key in out:
                errs.append(f"section 三 row {key} twice")
            out[key] = {k: value(t) for k, t in vals}
            printed[key] = [t for _, t in vals]
    order = [k for k in NEEDLES_ORDER(template) if k in out]
    return {k: out[k] for k in order}, printed, errs


def NEEDLES_ORDER(template):
    base = ["new_received", "carried_over", "granted", "partial", "denied_state_secret", "denied_law_forbidden",
            "denied_safety", "denied_third_party", "denied_internal", "denied_process", "denied_enforcement",
            "denied_query", "unable_not_held", "unable_needs_creation", "unable_unclear", "rejected_petition",
            "rejected_duplicate", "rejected_publication", "rejected_excessive", "rejected_confirm"]
    tail = ["other"] if template == "2019" else ["other_no_correction", "other_no_fee", "other_misc"]
    return base + tail + ["total_handled", "carried_forward"]


def read_section4(g):
    heads, data = g[:-1], g[-1]
    groups = {"未经复议直接起诉": "litigation_direct", "复议后起诉": "litigation_after_review", "行政复议": "review"}
    leaves = {"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total"}
    out, printed, seen = {}, [], set()
    for c in range(len(data)):  # each data cell once, read under the header cells above its first column
        if data[c][0] is None or id(data[c][0]) in seen:
            continue
        seen.add(id(data[c][0]))
        col = [row[c][1] for row in heads]
        group = next(v for k, v in groups.items() if k in col)
        lf = [leaves[t] for t in col if t in leaves][-1]
        out.setdefault(group, {})[lf] = value(data[c][1])
        printed.append(data[c][1])
    return out, printed


def overview(soup):
    text = norm(re.sub(r"\s+", "", soup.body.get_text()))
    best = ""
    for m in re.finditer("一、总体情况", text):
        b = text.find("二、主动公开政府信息情况", m.start())
        seg = text[m.start():b if b >= 0 else len(text)]
        if len(seg) > len(best):
            best = seg
    return best


def states(text, key, v):
    """Whether the 总体情况 prose (NFKC, separators dropped) states v for key."""
    if key == "new_requests":
        got = re.findall(r"(?:收到|新收|受理|接收|登记)[^。；\d]{0,24}?申请(?:共|数)?(\d+)件", text)
        return v in [int(x) for x in got]
    word = "行政复议" if key == "reviews" else "行政诉讼"
    if v == 0:
        return re.search(r"(?:未发生|未被|没有|无)[^。；]{0,30}?" + word, text) is not None
    return v in [int(x) for x in re.findall(word + r"(?:案件)?(\d+)[件起宗]", text)]


def page_tables(soup):
    return [t for t in soup.body.find_all("table") if t.find("table") is None]


# ====================================================================== check
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def check():
    ok = True
    totals = {r: [0] * 11 for r in ROUTES}
    folders = sorted(p for p in SET.iterdir() if p.is_dir() and (p / "truth.json").exists())
    if len(folders) != 10:
        print(f"set holds {len(folders)} report folders")
        ok = False
    for d in folders:
        t = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        soup = BeautifulSoup((d / "page.html").read_bytes(), "html.parser")
        for sup in soup.find_all("sup"):
            sup.decompose()
        errs = []
        tpl, year, flaw = t["template"], t["year"], t["flaw"]
        if (soup.original_encoding or "").lower() != (t["encoding"] or "utf-8"):
            errs.append(f"page decoded as {soup.original_encoding}, truth says {t['encoding']}")
        files = sorted(p.name for p in d.iterdir())
        want = sorted(["page.html", "truth.json"] + SOURCES.get(d.name, []) + [f"{r}.{x}" for r, x in ROUTES.items()])
        if files != want:
            errs.append(f"folder holds {files}")
        if not squash(soup.title.get_text()).startswith(t["title"]):
            errs.append(f"<title> is {soup.title.get_text()!r}")
        body = squash(soup.body.get_text())
        if t["title"] not in body:
            errs.append("title not printed in the body")
        if not t["title"].startswith(t["office"]) or t["office"] not in body:
            errs.append("office")
        parts = d.name.split("-")
        if f"{year}年" not in t["title"] or parts[1] != str(year) or parts[2] != tpl \
                or tpl != ("2019" if year <= 2020 else "2021") or not t["layout"].startswith("r22-"):
            errs.append("year/template/layout")
        if ("-".join(parts[3:]) or None) != flaw:
            errs.append(f"folder name vs flaw {flaw}")
        tabs = [(el, grid(el)) for el in page_tables(soup)]
        text_of = lambda g: "".join(x for row in g for _, x in row)
        t2 = [x for x in tabs if "第二十条" in text_of(x[1])]
        t4 = [x for x in tabs if "复议后起诉" in text_of(x[1])]
        t3 = [x for x in tabs if x not in t2 and x not in t4 and
              any(n in fullwidth(text_of(x[1])) for n, _ in NEEDLES)]
        if not t2 or not t3 or len(t4) != 1:
            print(f"{d.name}: FAIL — tables found: 二 {len(t2)}, 三 {len(t3)}, 四 {len(t4)}")
            ok = False
            continue
        agree = []
        try:
            a = read_section2([g for _, g in t2])
        except (ValueError, StopIteration) as e:
            errs.append(f"section 二 unreadable: {e}")
            a = {}
        if a != t["active"]:
            errs.append(f"section 二: page {a}, truth {t['active']}")
        try:
            agree.append("二" if pt_section2([el for el, _ in t2]) == a else "(二 differs)")
        except (StopIteration, KeyError, ValueError):
            agree.append("(二 unreadable)")
        n2 = sum(len(v) for v in a.values())
        if n2 != (22 if tpl == "2019" else 10):
            errs.append(f"section 二 has {n2} cells")
        q, printed3, e3 = read_section3([g for _, g in t3], tpl)
        errs += e3
        if list(q) != list(t["requests"]) or len(q) != (23 if tpl == "2019" else 25):
            errs.append(f"section 三 rows {list(q)}")
        n3 = 0
        for r in t["requests"]:
            for c in APPLICANTS + ["total"]:
                n3 += 1
                got = q.get(r, {}).get(c, "missing")
                if got != t["requests"][r][c]:
                    errs.append(f"三 {r}.{c}: page {got}, truth {t['requests'][r][c]}")
        if len(t3) == 1:
            try:
                agree.append("三" if pt_section3(t3[0][0], tpl)[0] == q else "(三 differs)")
            except (StopIteration, KeyError, ValueError, IndexError):
                agree.append("(三 unreadable)")
        rl, printed4 = read_section4(t4[0][1])
        if rl != t["review_litigation"] or len(printed4) != 15:
            errs.append(f"section 四: page {rl}, truth {t['review_litigation']}")
        try:
            agree.append("四" if pt_section4(t4[0][0])[0] == rl else "(四 differs)")
        except (StopIteration, KeyError, ValueError, IndexError):
            agree.append("(四 unreadable)")
        one = overview(soup)
        for k, v in t["narrative"].items():
            if v is not None and not states(one, k, v):
                errs.append(f"总体情况 does not state {k} = {v}")
        bad = identities(t)
        if flaw is None and bad:
            errs.append(f"sound report breaks {bad}")
        if flaw is not None and set(bad) != {flaw}:
            errs.append(f"flaw {flaw}, breaks {bad}")
        ok &= not errs
        print(f"{d.name}: (a) {'ok' if not errs else 'FAIL'} — title, office, year; 二 {n2} cells in {len(t2)} "
              f"table(s), 三 {n3} cells in {len(t3)} table(s), 四 15 cells, prose "
              f"{sum(v is not None for v in t['narrative'].values())} figures; page_truth readers (source row order, "
              f"no units): {' '.join(agree)}; (b) breaks {bad or 'nothing'}")
        for e in errs:
            print("    " + e)
        rows3 = [[str(value(x)) for x in printed3[r] if is_number(x)] for r in t["requests"]]
        row4 = [str(value(x)) for x in printed4 if is_number(x)]
        line = []
        for r in ROUTES:
            f = d / f"{r}.{ROUTES[r]}"
            if not f.exists():
                line.append(f"{r} missing")
                continue
            text = f.read_bytes().decode("utf-8")
            if "/work/" in text or "/tmp/" in text:
                print(f"    {r} holds a local path")
                ok = False
            rows_ok, nrows, hit, cells, four = coverage(norm(text), rows3, row4)
            hit4, n4 = kept4(norm(text), row4)
            flat = fullwidth(squash(norm(text)))
            heads = sum(h in flat for h in HEADINGS)
            labels = sum(any(n in flat for n, k in NEEDLES if k == key or (key == "other_misc" and k == "other"))
                         for key in t["requests"])
            for i, x in enumerate((rows_ok, nrows, hit, cells, int(four), 1, heads, labels, len(t["requests"]), hit4, n4)):
                totals[r][i] += x
            line.append(f"{r} rows {rows_ok}/{nrows} cells {hit}/{cells} 四 {hit4}/{n4}{' whole' if four else ''} "
                        f"labels {labels}/{len(t['requests'])} headings {heads}/6" + ("" if text.strip() else " EMPTY"))
        print("    (c) " + ";\n        ".join(line))
    print("\n(c) over the set: section 三 rows whose printed values appear whole and in order among the route's "
          "numbers; printed section 三 cells found among the numbers after the 三 heading; section 四 cells found "
          "after it (and the row whole and in order); section 三 row labels and headings 一…六 found unbroken "
          "(whitespace removed, NFKC, ASCII parentheses read as full-width, thousands separators dropped)")
    for r, (rows_ok, nrows, hit, cells, four, n, heads, labels, nlab, hit4, n4) in totals.items():
        if nrows:
            print(f"  {r:20s} rows {rows_ok}/{nrows} = {100 * rows_ok / nrows:5.1f} %   cells {hit}/{cells} = "
                  f"{100 * hit / cells:5.1f} %   四 cells {hit4}/{n4}, whole {four}/{n}   labels {labels}/{nlab}   "
                  f"headings {heads}/{6 * n}")
    print("\n(a) and (b):", "PASS" if ok else "FAIL")
    return ok


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "all"
    if what not in ("build", "check", "all"):
        sys.exit(__doc__)
    if what in ("build", "all"):
        build()
    if what in ("check", "all"):
        sys.exit(0 if check() else 1)
