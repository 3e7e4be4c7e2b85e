#!/usr/bin/env python3
"""Round 23: hand-written report pages in markup no earlier round used (WPS 文字 export, <ul>/<li> CSS-table grids,
section 三 split into two tables side by side, reordered applicant columns with <th>/<td> mixed, section 二 as prose
with one small table per row and spaced-out labels, 合计 and <table> inside <p> in a GBK page, section 四 transposed
with full-width digits, <p>/<br> cells with comments and <script> inside tables, Markdown-rendered single-row compound
headers, Element UI el-tables whose header and body are separate <table>s), read by routes no earlier round used
(pandoc Org / MediaWiki / Textile, pandoc Texinfo + makeinfo, pandoc ms + groff tbl, w3m at 60 columns, elinks at
200, links at 50, pdftotext -fixed 3, pdftotext -layout of a landscape print, PyMuPDF words regrouped into rows,
PyMuPDF XHTML, LibreOffice Calc CSV, pandoc RTF + unrtf HTML, tesseract --psm 4 of the landscape print).

    make_round23.py [build|check|all]   (default: all)

The set is the folders beside this script (/work/round23), or, once the script lives in tests/external/,
fixtures/external/handwritten-round23 of the checkout.

`build` rebuilds, for every folder, the route texts beside `page.html` and `truth.json`. Scratch files (A4 and
landscape copies, PDFs, PNGs, RTF, UTF-8 copies of GBK pages, LibreOffice/Chromium profiles, HOME) go under
/tmp/round23/build.

  PDF   = a scratch copy of page.html with `<style>@page { size: A4; }</style>` before </head> (same encoding),
          printed by headless Chromium (--print-to-pdf, --no-pdf-header-footer, fresh --user-data-dir)
  LPDF  = the same with `@page { size: A4 landscape; }`
  UTF8  = page.html itself, or for a GBK/GB2312 page a scratch copy decoded and re-encoded as UTF-8 with the
          meta charset changed to utf-8 (given to pandoc and links, which cannot read GBK)

  pandoc-org.txt                 pandoc -f html -t org UTF8
  pandoc-mediawiki.txt           pandoc -f html -t mediawiki UTF8
  pandoc-textile.txt             pandoc -f html -t textile UTF8
  texinfo-plaintext.txt          pandoc -s -f html -t texinfo UTF8 -o page.texi;
                                 makeinfo --plaintext --no-validate --force -o - page.texi
  groff-ms-tbl.txt               pandoc -s -f html -t ms UTF8 | groff -k -ms -t -Tutf8 -P-cbou
  w3m-cols60.txt                 w3m -dump -cols 60 -T text/html -O UTF-8 page.html
  elinks-w200.txt                elinks -no-home 1 -no-numbering 1 -no-references 1 -dump 1 -dump-width 200
                                 -dump-charset UTF-8 page.html
  links-w50.txt                  links -dump -width 50 -codepage utf-8 UTF8
  pdftotext-fixed3.txt           pdftotext -fixed 3 -enc UTF-8 PDF -
  landscape-pdftotext-layout.txt pdftotext -nopgbrk -layout -enc UTF-8 LPDF -
  fitz-word-rows.txt             PyMuPDF on PDF: page.get_text("words"), words whose vertical centres lie within 3 pt of
                                 the row's first word form one row, rows top to bottom, words left to right joined by
                                 one space; pages one after another
  fitz-xhtml.html                PyMuPDF on PDF: page.get_text("xhtml", flags=TEXTFLAGS_XHTML without
                                 TEXT_PRESERVE_IMAGES) per page, joined by "\\n"
  calc-csv.csv                   soffice --headless --infilter="HTML (StarCalc)" --convert-to
                                 "csv:Text - txt - csv (StarCalc):44,34,76,1" page.html (LibreOffice Calc's web-page
                                 import, first sheet, comma, UTF-8)
  pandoc-rtf-unrtf.html          pandoc -s -f html -t rtf UTF8 -o page.rtf; unrtf --html page.rtf (run in the
                                 scratch folder)
  ocr-psm4-landscape.txt         pdftoppm -r 200 -png LPDF p; tesseract p-N.png - -l chi_sim --psm 4 per page, outputs
                                 concatenated as printed

Tool output is written as UTF-8 exactly as returned.

`check` (independent of nianbao and of the generator):
 (a) reads every page.html with BeautifulSoup from bytes (charset from the page), drops <script>, <style>, comments and
     cells hidden by an inline display:none; rebuilds every table: innermost <table>s (rows in rendered order,
     rowspan/colspan expanded), CSS tables (elements whose class rule in the page's <style> says display:table, rows
     display:table-row, each row's child elements its cells), and a header-only <table> followed by a body-only
     <table> of the same width read as one (Element UI). Section 二 from the tables with 信息内容 header rows (one or
     many); section 三 from every table holding its row labels or applicant headers: value columns are those whose
     lowest header cell names an applicant column (自然人 … 其他, 总计 or 合计, after any "法人或其他组织：" prefix and
     "（续）"), in whatever order; the other columns are the label; a table with no label column takes the labels of
     the table before it row by row; 2021 group rows without values set the group for "3.其他". Section 四 by
     column (group and result from the header cells above) or, when it has several data rows, transposed (group from
     the row label). Full-width digits are read as digits; "/", "-", "—" and empty cells as null; units in cells
     ("21.6万元", "3286000元") as numbers. Every section 二/三/四 cell, the title, the office, the year/template and
     the figures the 总体情况 prose states are compared with truth.json.
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

from bs4 import BeautifulSoup, Comment

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parent / "main/tests/external"):
    if (p / "page_truth.py").exists():
        sys.path.insert(0, str(p))
        break
from page_truth import APPLICANTS, NEEDLES, SEC2_COLS, SEC2_ROWS, coverage, fullwidth, identities, kept4, squash  # noqa

if any(HERE.glob("01-*/truth.json")):
    SET = HERE
else:
    SET = HERE.parents[1] / "fixtures/external/handwritten-round23"
SCRATCH = Path("/tmp/round23/build")
ROUTES = {"pandoc-org": "txt", "pandoc-mediawiki": "txt", "pandoc-textile": "txt", "texinfo-plaintext": "txt",
          "groff-ms-tbl": "txt", "w3m-cols60": "txt", "elinks-w200": "txt", "links-w50": "txt",
          "pdftotext-fixed3": "txt", "landscape-pdftotext-layout": "txt", "fitz-word-rows": "txt",
          "fitz-xhtml": "html", "calc-csv": "csv", "pandoc-rtf-unrtf": "html", "ocr-psm4-landscape": "txt"}


# ====================================================================== build
def sh(cmd, env=None, cwd=None, inp=None, timeout=600, ok=(0,)):
    p = subprocess.run(cmd, capture_output=True, env=env, cwd=cwd, input=inp, timeout=timeout)
    if p.returncode not in ok:
        raise RuntimeError(f"{cmd[0]} failed ({p.returncode}): {p.stderr.decode('utf-8', 'replace')[-800:]}")
    return p.stdout


def tool_env(home):
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "LC_ALL", "LANGUAGE")}
    env.update(LANG="C.UTF-8", HOME=str(home))
    return env


def declared_charset(raw):
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", raw[:4000], re.I)
    return m.group(1).decode("ascii").lower() if m else "utf-8"


def with_page_style(raw, enc, css):
    html = raw.decode(enc)
    i = html.lower().find("</head>")
    return (html[:i] + f"<style>{css}</style>\n" + html[i:]).encode(enc)


def chrome_pdf(src, work, env, name):
    profile = work / "chromium-profile"
    shutil.rmtree(profile, ignore_errors=True)
    pdf = work / f"{name}.pdf"
    if pdf.exists():
        pdf.unlink()
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", src.as_uri()], env=env, cwd=work)
    if not pdf.exists():
        raise RuntimeError(f"chromium made no PDF of {src}")
    return pdf


def soffice(src, work, env, infilter, target, outname):
    profile = work / "lo-profile"
    out = work / outname
    if out.exists():
        out.unlink()
    sh(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", f"--infilter={infilter}",
        "--convert-to", target, "--outdir", str(work), str(src)], env=env, cwd=work)
    if not out.exists():
        raise RuntimeError(f"soffice made no {outname} from {src}")
    return out


def fitz_word_rows(pdf):
    import pymupdf
    out = []
    with pymupdf.open(pdf) as doc:
        for page in doc:
            words = sorted(page.get_text("words"), key=lambda w: ((w[1] + w[3]) / 2, w[0]))
            rows = []
            for w in words:
                yc = (w[1] + w[3]) / 2
                if rows and abs(yc - rows[-1][0]) <= 3:
                    rows[-1][1].append(w)
                else:
                    rows.append((yc, [w]))
            for _, ws in rows:
                out.append(" ".join(w[4] for w in sorted(ws, key=lambda w: w[0])) + "\n")
    return "".join(out)


def fitz_xhtml(pdf):
    import pymupdf
    flags = pymupdf.TEXTFLAGS_XHTML & ~pymupdf.TEXT_PRESERVE_IMAGES
    with pymupdf.open(pdf) as doc:
        return "\n".join(page.get_text("xhtml", flags=flags) for page in doc)


def ocr(pdf, work, env):
    for old in work.glob("ocr-*.png"):
        old.unlink()
    sh(["pdftoppm", "-r", "200", "-png", str(pdf), str(work / "ocr")], env=env, cwd=work)
    pages = sorted(work.glob("ocr-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
    return "".join(sh(["tesseract", str(p), "-", "-l", "chi_sim", "--psm", "4"], env=env, cwd=work).decode("utf-8")
                   for p in pages)


def build(only=None):
    SCRATCH.mkdir(parents=True, exist_ok=True)
    home = SCRATCH / "home"
    home.mkdir(exist_ok=True)
    env = tool_env(home)
    for d in sorted(p for p in SET.iterdir() if p.is_dir() and (p / "truth.json").exists()):
        if only and not d.name.startswith(only):
            continue
        work = SCRATCH / d.name
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        raw = (d / "page.html").read_bytes()
        enc = declared_charset(raw)
        page = work / "page.html"
        page.write_bytes(raw)
        if enc in ("utf-8", "utf8"):
            utf8 = page
        else:
            utf8 = work / "page-utf8.html"
            text = raw.decode(enc)
            text = re.sub(r"charset\s*=\s*" + enc, "charset=utf-8", text, count=1, flags=re.I)
            utf8.write_bytes(text.encode("utf-8"))
        a4 = work / "a4.html"
        a4.write_bytes(with_page_style(raw, enc, "@page { size: A4; }"))
        land = work / "landscape.html"
        land.write_bytes(with_page_style(raw, enc, "@page { size: A4 landscape; }"))
        pdf = chrome_pdf(a4, work, env, "a4")
        lpdf = chrome_pdf(land, work, env, "landscape")
        u = lambda b: b.decode("utf-8")
        pan = lambda fmt, *extra: sh(["pandoc", "-f", "html", "-t", fmt, *extra, str(utf8)], env=env, cwd=work)
        texi = work / "page.texi"
        texi.write_bytes(pan("texinfo", "-s"))
        csvf = soffice(page, work, env, "HTML (StarCalc)", "csv:Text - txt - csv (StarCalc):44,34,76,1", "page.csv")
        rtf = work / "page.rtf"
        rtf.write_bytes(pan("rtf", "-s"))
        out = {
            "pandoc-org": u(pan("org")),
            "pandoc-mediawiki": u(pan("mediawiki")),
            "pandoc-textile": u(pan("textile")),
            "texinfo-plaintext": u(sh(["makeinfo", "--plaintext", "--no-validate", "--force", "-o", "-", str(texi)],
                                      env=env, cwd=work, ok=(0, 1))),
            "groff-ms-tbl": u(sh(["groff", "-k", "-ms", "-t", "-Tutf8", "-P-cbou"], env=env, cwd=work,
                                 inp=pan("ms", "-s"))),
            "w3m-cols60": u(sh(["w3m", "-dump", "-cols", "60", "-T", "text/html", "-O", "UTF-8", str(page)], env=env,
                               cwd=work)),
            "elinks-w200": u(sh(["elinks", "-no-home", "1", "-no-numbering", "1", "-no-references", "1", "-dump", "1",
                                 "-dump-width", "200", "-dump-charset", "UTF-8", str(page)], env=env, cwd=work)),
            "links-w50": u(sh(["links", "-dump", "-width", "50", "-codepage", "utf-8", str(utf8)], env=env, cwd=work)),
            "pdftotext-fixed3": u(sh(["pdftotext", "-fixed", "3", "-enc", "UTF-8", str(pdf), "-"], env=env, cwd=work)),
            "landscape-pdftotext-layout": u(sh(["pdftotext", "-nopgbrk", "-layout", "-enc", "UTF-8", str(lpdf), "-"],
                                               env=env, cwd=work)),
            "fitz-word-rows": fitz_word_rows(pdf),
            "fitz-xhtml": fitz_xhtml(pdf),
            "calc-csv": u(csvf.read_bytes()),
            "pandoc-rtf-unrtf": u(sh(["unrtf", "--html", str(rtf)], env=env, cwd=work)),
            "ocr-psm4-landscape": ocr(lpdf, work, env),
        }
        assert sorted(out) == sorted(ROUTES)
        for r, ext in ROUTES.items():
            (d / f"{r}.{ext}").write_bytes((out[r] or "").encode("utf-8"))
        print(f"{d.name}: {len(out)} routes" + "".join(f"; {r} empty" for r in ROUTES if not out[r].strip()),
              file=sys.stderr)


# ====================================================================== page reading
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)


def sq(s):
    """squashed, NFKC, ASCII brackets read as full-width"""
    return fullwidth(squash(norm(s or "")))


def value(text, wan=False):
    t = squash(norm(text)).replace("\xa0", "")
    if t in ("", "/", "-", "—", "－", "——"):
        return None
    t = t.replace(",", "")
    if t.endswith("万元"):
        t, wan = t[:-2], True
    elif t.endswith("元"):
        t = t[:-1]
    t = re.sub(r"(件|项|个)$", "", t)
    x = float(t[1:] if t.startswith("+") else t)
    if wan:
        x *= 10000
    x = round(x, 4)
    return int(x) if x == int(x) else x


def is_number(text):
    try:
        return value(text) is not None
    except ValueError:
        return False


def hidden(el):
    return re.search(r"display\s*:\s*none", el.get("style") or "") is not None


def css_display(soup):
    """class name -> display value, and class names whose child elements are table cells (`.x>li{display:table-cell}`)"""
    disp, cellparents = {}, set()
    for st in soup.find_all("style"):
        for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", st.get_text()):
            m = re.search(r"display\s*:\s*(table(?:-row|-cell)?)\b", body)
            if not m:
                continue
            for s in sel.split(","):
                s = s.strip()
                mm = re.search(r"\.([\w-]+)\s*(?:>\s*)?(\w+)?$", s)
                if not mm:
                    continue
                if mm.group(2) and m.group(1) == "table-cell":
                    cellparents.add(mm.group(1))
                elif not mm.group(2):
                    disp[mm.group(1)] = m.group(1)
    return disp, cellparents


def rendered_rows(table):
    head, body, foot = [], [], []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        group = tr.parent.name if tr.parent is not None else ""
        (head if group == "thead" else foot if group == "tfoot" else body).append(tr)
    return head, body + foot


def grid_of(trs, cells_of):
    taken, width = {}, 0
    for r, tr in enumerate(trs):
        c = 0
        for cell in cells_of(tr):
            while (r, c) in taken:
                c += 1
            rs, cs = int(cell.get("rowspan") or 1), int(cell.get("colspan") or 1)
            item = (cell, sq(cell.get_text()))
            for i in range(rs):
                for j in range(cs):
                    taken[(r + i, c + j)] = item
            c += cs
            width = max(width, c)
    return [[taken.get((r, c), (None, "")) for c in range(width)] for r in range(len(trs))]


def page_tables(soup):
    """[(element, grid, header_only, has_thead)] in document order."""
    disp, cellparents = css_display(soup)
    out = []
    for el in soup.body.find_all(True):
        if el.name == "table" and el.find("table") is None:
            head, body = rendered_rows(el)
            g = grid_of(head + body, lambda tr: [c for c in tr.find_all(["td", "th"], recursive=False) if not hidden(c)])
            out.append([el, g, bool(head) and not body, bool(head)])
        elif any(disp.get(c) == "table" for c in el.get("class") or []):
            rows = [r for r in el.find_all(True) if any(disp.get(c) == "table-row" for c in r.get("class") or [])]
            g = grid_of(rows, lambda tr: [c for c in tr.find_all(True, recursive=False)])
            out.append([el, g, False, False])
    merged = []
    for t in out:  # a header-only <table> followed by a body-only one of the same width: one table (el-table)
        if merged and merged[-1][2] and not t[3] and t[1] and len(t[1][0]) == len(merged[-1][1][0]):
            merged[-1] = [merged[-1][0], merged[-1][1] + t[1], False, True]
        else:
            merged.append(t)
    return [(el, g) for el, g, _, _ in merged if g]


def distinct(row):
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
            cells = [t for c, t in distinct(row)]
            if not cells or cells[0] == "" or cells[0].startswith("第二十条"):
                continue
            if cells[0] == "信息内容":
                heads = cells[1:]
                continue
            if cells[0] not in SEC2_ROWS:
                raise ValueError(f"section 二 row {cells}")
            d = {}
            for h, v in zip(heads, cells[1:]):
                if h == "":
                    continue
                key = next(k for name, k in SEC2_COLS.items() if h.startswith(name))
                d[key] = value(v, wan="万元" in h and not v.endswith("万元"))
            out[SEC2_ROWS[cells[0]]] = d
    return out


COLKEY = {"自然人": "natural_person", "商业企业": "business", "科研机构": "research", "社会公益组织": "nonprofit",
          "法律服务机构": "legal_service", "其他": "other_org", "总计": "total", "合计": "total"}
MY_NEEDLES = [("（七）合计", "total_handled")] + NEEDLES
GROUPS = ["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理", "三、本年度办理结果"]


def colkey(text):
    t = re.split(r"[：:]", text)[-1].replace("（续）", "")
    return COLKEY.get(t)


def row_key(label):
    return next((k for needle, k in MY_NEEDLES if needle in label), None)


def read_section3(grids, template):
    out, printed, errs = {}, {}, []
    prev_labels = []
    for g in grids:
        width = len(g[0])
        first = next((i for i, row in enumerate(g) if any(row_key(t) for _, t in row)), None)
        if first is None:  # no label column: the header ends after the last row naming an applicant column
            first = max(i for i, row in enumerate(g) if any(colkey(t) for _, t in row)) + 1
        vcol = {}
        for row in g[:first]:
            for c, (_, t) in enumerate(row):
                if colkey(t):
                    vcol[c] = colkey(t)
        lcols = [c for c in range(width) if c not in vcol]
        labels, group = [], None
        for i, row in enumerate(g[first:]):
            if lcols:
                seen, parts = set(), []
                for c in lcols:
                    cell, t = row[c]
                    if cell is not None and id(cell) not in seen:
                        seen.add(id(cell))
                        parts.append(t)
                label = "".join(parts)
            else:
                label = prev_labels[i] if i < len(prev_labels) else ""
            labels.append(label)
            vals = [(vcol[c], row[c][1]) for c in sorted(vcol)]
            empty = all(t == "" for _, t in vals)
            if empty and (label == "三、本年度办理结果" or label in GROUPS[:3] or
                          (label == "（六）其他处理" and template == "2021")):
                group = label
                continue
            key = row_key(label)
            if key is None and re.fullmatch(r"\d[.．、]?其他", label) and group == "（六）其他处理":
                key = "other_misc"
            if key is None:
                if any(is_number(t) for _, t in vals):
                    errs.append(f"section 三 row with values but no label: {label!r}")
                continue
            if key == "other" and template == "2021":
                key = "other_misc"
            d = out.setdefault(key, {})
            for k, t in vals:
                if k in d:
                    errs.append(f"section 三 {key}.{k} twice")
                d[k] = value(t)
            printed.setdefault(key, []).extend(t for _, t in vals)
        prev_labels = labels
    return out, printed, errs




def read_section4(g):
    groups = [("未经复议直接起诉", "litigation_direct"), ("复议后起诉", "litigation_after_review"),
              ("行政复议", "review")]
    leaves = {"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total",
              "合计": "total"}
    leaf_of = lambda t: next((v for k, v in leaves.items() if t.endswith(k)), None)
    grp_of = lambda t: next((v for k, v in groups if k in t), None)
    datarows = [i for i, row in enumerate(g) if any(is_number(t) for _, t in row)]
    out, printed = {}, []
    if len(datarows) == 1:
        heads, data = [list(r) for r in g[:datarows[0]]], g[datarows[0]]
        for row in heads:  # a grid without spans writes a merged header once, in its leftmost cell
            for c in range(1, len(row)):
                if row[c][1] == "" and row[c - 1][1] != "":
                    row[c] = row[c - 1]
        seen = set()
        for c in range(len(data)):
            if data[c][0] is None or id(data[c][0]) in seen:
                continue
            seen.add(id(data[c][0]))
            col = [row[c][1] for row in heads]
            grp = next((x for x in (grp_of(t) for t in col) if x and x != "review"), None) or \
                next(x for x in (grp_of(t) for t in col) if x)
            lf = [leaf_of(t) for t in col if leaf_of(t)][-1]
            out.setdefault(grp, {})[lf] = value(data[c][1])
            printed.append(data[c][1])
        return out, printed
    head = g[0]  # transposed: result columns, one row per group
    cols = {c: leaf_of(t) for c, (_, t) in enumerate(head) if leaf_of(t)}
    for i in datarows:
        row = g[i]
        label = "".join(t for c, (_, t) in enumerate(distinct(row)) if not is_number(t) and t and
                        not leaf_of(t))
        grp = grp_of(label)
        for c in sorted(cols):
            out.setdefault(grp, {})[cols[c]] = value(row[c][1])
    order = ["review", "litigation_direct", "litigation_after_review"]
    for grp in order:
        for c in sorted(cols):
            printed.append(next(g[i][c][1] for i in datarows if grp_of("".join(t for _, t in g[i][:2])) == grp))
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
    if key == "new_requests":
        got = re.findall(r"(?:收到|新收|受理|接收)[^。；\d]{0,24}?申请(?:共|数)?(\d+)件", text)
        return v in [int(x) for x in got]
    word = "行政复议" if key == "reviews" else "行政诉讼"
    if v == 0:
        return re.search(r"(?:未发生|未被|没有|无)[^。；]{0,30}?" + word, text) is not None
    return v in [int(x) for x in re.findall(word + r"(?:案件)?(?:共)?(\d+)[件起宗]", text)]


def load(d):
    soup = BeautifulSoup((d / "page.html").read_bytes(), "html.parser")
    enc = soup.original_encoding
    for x in soup.find_all(["script", "style", "noscript"]):
        if x.name == "style":
            continue
        x.decompose()
    for x in soup.find_all(string=lambda s: isinstance(s, Comment)):
        x.extract()
    return soup, enc


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
        soup, enc = load(d)
        errs = []
        tpl, year, flaw = t["template"], t["year"], t["flaw"]
        if (enc or "").lower() != (t["encoding"] or "utf-8"):
            errs.append(f"page decoded as {enc}, truth says {t['encoding']}")
        files = sorted(p.name for p in d.iterdir())
        want = sorted(["page.html", "truth.json"] + [f"{r}.{x}" for r, x in ROUTES.items()])
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
                or tpl != ("2019" if year <= 2020 else "2021") or not t["layout"].startswith("r23-"):
            errs.append("year/template/layout")
        if ("-".join(parts[3:]) or None) != flaw:
            errs.append(f"folder name vs flaw {flaw}")
        tabs = page_tables(soup)
        text_of = lambda g: "".join(x for row in g for _, x in row)
        t2 = [g for _, g in tabs if "信息内容" in text_of(g)]
        t4 = [g for _, g in tabs if "复议后起诉" in text_of(g)]
        t3 = [g for _, g in tabs if g not in t2 and g not in t4 and
              ("申请人情况" in text_of(g) or any(row_key(x) for row in g for _, x in row))]
        if not t2 or not t3 or len(t4) != 1:
            print(f"{d.name}: FAIL — tables found: 二 {len(t2)}, 三 {len(t3)}, 四 {len(t4)}")
            ok = False
            continue
        try:
            a = read_section2(t2)
        except (ValueError, StopIteration) as e:
            errs.append(f"section 二 unreadable: {e}")
            a = {}
        if a != t["active"]:
            errs.append(f"section 二: page {a}, truth {t['active']}")
        n2 = sum(len(v) for v in a.values())
        if n2 != (22 if tpl == "2019" else 10):
            errs.append(f"section 二 has {n2} cells")
        q, printed3, e3 = read_section3(t3, tpl)
        errs += e3
        if sorted(q) != sorted(t["requests"]) or len(q) != (23 if tpl == "2019" else 25):
            errs.append(f"section 三 rows {sorted(set(q) ^ set(t['requests']))} differ")
        n3 = 0
        for r in t["requests"]:
            for c in APPLICANTS + ["total"]:
                n3 += 1
                got = q.get(r, {}).get(c, "missing")
                if got != t["requests"][r][c]:
                    errs.append(f"三 {r}.{c}: page {got}, truth {t['requests'][r][c]}")
        try:
            rl, printed4 = read_section4(t4[0])
        except (StopIteration, IndexError, KeyError) as e:
            errs.append(f"section 四 unreadable: {e!r}")
            rl, printed4 = {}, []
        if rl != t["review_litigation"] or len(printed4) != 15:
            errs.append(f"section 四: page {rl}, truth {t['review_litigation']}")
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
              f"table(s), 三 {n3} cells in {len(t3)} table(s), 四 {len(printed4)} cells, prose "
              f"{sum(v is not None for v in t['narrative'].values())} figures; (b) breaks {bad or 'nothing'}")
        for e in errs:
            print("    " + e)
        order = [k for k in t["requests"]]
        rows3 = [[str(value(x)) for x in printed3.get(r, []) if is_number(x)] for r in order]
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
            print(f"  {r:27s} rows {rows_ok}/{nrows} = {100 * rows_ok / nrows:5.1f} %   cells {hit}/{cells} = "
                  f"{100 * hit / cells:5.1f} %   四 cells {hit4}/{n4}, whole {four}/{n}   labels {labels}/{nlab}   "
                  f"headings {heads}/{6 * n}")
    print("\n(a) and (b):", "PASS" if ok else "FAIL")
    return ok


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "all"
    if what not in ("build", "check", "all"):
        sys.exit(__doc__)
    if what in ("build", "all"):
        build(sys.argv[2] if len(sys.argv) > 2 else None)
    if what in ("check", "all"):
        sys.exit(0 if check() else 1)
