#!/usr/bin/env python3
"""Round 20: hand-written report pages printed to PDF by headless Chromium and read back by five PDF readers,
and written to DOCX by pandoc and read back by three DOCX readers.

    tests/external/make_round20.py [build|check|all]   (default: all)

`build` rebuilds, for every folder of fixtures/external/handwritten-round20, the route texts beside `page.html`
and `truth.json` (scratch files under /tmp/round20/build, never in the folders: every file of a folder but
truth.json and page.html is scored as a route):

  chrome-pdf-pdftotext.txt      chromium --headless --no-sandbox --disable-gpu --no-first-run
                                --user-data-dir=<scratch> --no-pdf-header-footer --print-to-pdf=page.pdf
                                file:///…/page.html (the page itself, default paper), then
                                pdftotext page.pdf - (default reading order, no -layout)
  chrome-pdf-pypdf-layout.txt   the same PDF, pypdf page.extract_text(extraction_mode="layout"), pages joined by "\\n"
  chrome-pdf-pdfplumber.txt     the same PDF, pdfplumber page.extract_text() (default, not layout), pages joined by "\\n"
  chrome-pdf-markitdown.md      the same PDF, markitdown page.pdf (its CLI; stdout)
  chrome-pdf-pymupdf4llm.md     the same PDF, pymupdf4llm.to_markdown(pdf, use_ocr=False) (console messages dropped)
  pandoc-docx-markitdown.md     pandoc -f html -t docx -o page.docx page.html (pandoc's own DOCX writer), then
                                markitdown page.docx
  pandoc-docx-docx2python.txt   the same DOCX, docx2python(page.docx).text
  pandoc-docx-pandoc-plain.txt  the same DOCX, pandoc -f docx -t plain page.docx

Chromium reads page.html in place (03 is GBK; Chromium follows its charset). pandoc reads UTF-8 only, so it gets a
scratch copy of the page: the page's bytes for UTF-8 pages, and for 03 the page decoded from its declared GBK and
written as UTF-8 (markup untouched, the meta still says gbk). Tool output is kept exactly as printed.

`check` (a) reads every page.html with BeautifulSoup, rowspan/colspan expanded, and compares every section 二/三/四
cell, the title, the office, the year/template and the figures the 总体情况 prose states with truth.json; (b) checks
the identities: a sound report breaks none, a flawed one only its own; (c) says how much of each report's section
三 and 四 each route kept. Exit status 1 when (a) or (b) fails.
"""
import contextlib
import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "fixtures/external/handwritten-round20"
SCRATCH = Path("/tmp/round20/build")
ROUTES = {"chrome-pdf-pdftotext": "txt", "chrome-pdf-pypdf-layout": "txt", "chrome-pdf-pdfplumber": "txt",
          "chrome-pdf-markitdown": "md", "chrome-pdf-pymupdf4llm": "md", "pandoc-docx-markitdown": "md",
          "pandoc-docx-docx2python": "txt", "pandoc-docx-pandoc-plain": "txt"}
APPLICANTS = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_org"]


# ====================================================================== build
def sh(cmd, env=None, cwd=None):
    p = subprocess.run(cmd, capture_output=True, env=env, cwd=cwd)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({p.returncode}): {p.stderr.decode('utf-8', 'replace')[-800:]}")
    return p.stdout


def tool_env(home):
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "LC_ALL", "LANGUAGE")}
    env.update(LANG="C.UTF-8", HOME=str(home))
    return env


def chrome_pdf(page, work, env):
    profile = SCRATCH / "chromium-profile"
    if profile.exists():
        shutil.rmtree(profile)
    pdf = work / "page.pdf"
    if pdf.exists():
        pdf.unlink()
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={profile}",
        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.resolve().as_uri()], env=env, cwd=work)
    if not pdf.exists():
        raise RuntimeError(f"chromium made no PDF of {page}")
    return pdf


def pandoc_docx(page, work, env):
    raw = page.read_bytes()
    declared = re.search(rb"charset=[\"']?([\w-]+)", raw[:2000])
    enc = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    src = work / "page.html"
    src.write_bytes(raw if enc in ("utf-8", "utf8") else raw.decode(enc).encode("utf-8"))
    docx = work / "page.docx"
    if docx.exists():
        docx.unlink()
    sh(["pandoc", "-f", "html", "-t", "docx", "-o", "page.docx", "page.html"], env=env, cwd=work)
    return docx


def pdf_routes(pdf, env, work):
    import pdfplumber
    import pymupdf4llm
    from pypdf import PdfReader
    out = {"chrome-pdf-pdftotext": sh(["pdftotext", str(pdf), "-"], env=env, cwd=work)}
    out["chrome-pdf-pypdf-layout"] = "\n".join(p.extract_text(extraction_mode="layout") for p in PdfReader(str(pdf)).pages)
    with pdfplumber.open(str(pdf)) as p:
        out["chrome-pdf-pdfplumber"] = "\n".join(pg.extract_text() for pg in p.pages)
    out["chrome-pdf-markitdown"] = sh(["markitdown", "page.pdf"], env=env, cwd=work)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        out["chrome-pdf-pymupdf4llm"] = pymupdf4llm.to_markdown(str(pdf), use_ocr=False)
    return out


def docx_routes(docx, env, work):
    from docx2python import docx2python
    out = {"pandoc-docx-markitdown": sh(["markitdown", "page.docx"], env=env, cwd=work),
           "pandoc-docx-pandoc-plain": sh(["pandoc", "-f", "docx", "-t", "plain", "page.docx"], env=env, cwd=work)}
    with docx2python(str(docx)) as d:
        out["pandoc-docx-docx2python"] = d.text
    return out


def build():
    logging.disable(logging.WARNING)  # pdfminer's FontBBox warnings
    SCRATCH.mkdir(parents=True, exist_ok=True)
    home = SCRATCH / "home"
    home.mkdir(exist_ok=True)
    env = tool_env(home)
    for d in sorted(p for p in SET.iterdir() if p.is_dir()):
        work = SCRATCH / d.name
        work.mkdir(exist_ok=True)
        page = d / "page.html"
        pdf = chrome_pdf(page, work, env)
        texts = pdf_routes(pdf, env, work)
        texts.update(docx_routes(pandoc_docx(page, work, env), env, work))
        assert sorted(texts) == sorted(ROUTES)
        for name, ext in ROUTES.items():
            text = texts[name]
            if isinstance(text, bytes):
                text = text.decode("utf-8")
            (d / f"{name}.{ext}").write_bytes(text.encode("utf-8"))
        print(f"{d.name}: {len(texts)} routes", file=sys.stderr)


# ====================================================================== page reading
from page_truth import (  # noqa: E402  (the tables of a page, shared)
    coverage,
    squash,
    fullwidth,
    innermost_tables,
    grid,
    number,
    SEC2_COLS,
    SEC2_ROWS,
    section2,
    LEAVES,
    NEEDLES,
    section3,
    section4,
    identities,
    numbers,
)
def overview(soup):
    """The 一、总体情况 part of the body text. A page may list the headings first (09 has a table of contents), so
    of every stretch from 一、总体情况 to the next 二、主动公开政府信息情况 the longest is taken."""
    text = re.sub(r"\s+", "", soup.body.get_text())
    best = ""
    for m in re.finditer("一、总体情况", text):
        b = text.find("二、主动公开政府信息情况", m.start())
        seg = text[m.start():b if b >= 0 else len(text)]
        if len(seg) > len(best):
            best = seg
    return best


def states(text, key, v):
    """Whether the 总体情况 prose states v for key (the wordings this set uses)."""
    if key == "new_requests":
        got = re.findall(r"(?:收到|新收|受理|接收)[^。；，\d]{0,24}?申请(?:公开)?共?(\d[\d,]*)件", text)
        return v in [int(x.replace(",", "")) for x in got]
    word = "行政复议" if key == "reviews" else "行政诉讼"
    if v == 0:
        return re.search(r"(?:未发生|未被|无|没有)[^。；]{0,30}?" + word, text) is not None
    return v in [int(x) for x in re.findall(word + r"(?:案件)?(\d+)[件起宗]", text)]


# ====================================================================== identities

HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
KANGXI = re.compile("[\u2e80-\u2fdf]")


# ====================================================================== check
def check():
    ok = True
    totals = {r: [0] * 9 for r in ROUTES}
    for d in sorted(p for p in SET.iterdir() if p.is_dir()):
        t = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        soup = BeautifulSoup((d / "page.html").read_bytes(), "html.parser")
        errs = []
        tpl, year, flaw = t["template"], t["year"], t["flaw"]
        if (soup.original_encoding or "").lower() != (t["encoding"] or "utf-8"):
            errs.append(f"page decoded as {soup.original_encoding}, truth says {t['encoding']}")
        files = sorted(p.name for p in d.iterdir())
        if files != sorted(["page.html", "truth.json"] + [f"{r}.{x}" for r, x in ROUTES.items()]):
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
                or tpl != ("2019" if year <= 2020 else "2021"):
            errs.append("year/template")
        if ("-".join(parts[3:]) or None) != flaw:
            errs.append(f"folder name vs flaw {flaw}")
        tabs = innermost_tables(soup)
        t2 = [x for x in tabs if "第二十条" in squash(x.get_text())]
        t3 = [x for x in tabs if "申请人情况" in squash(x.get_text())]
        t4 = [x for x in tabs if "复议后起诉" in squash(x.get_text())]
        if not t2 or len(t3) != 1 or len(t4) != 1:
            print(f"{d.name}: FAIL — tables found: 二 {len(t2)}, 三 {len(t3)}, 四 {len(t4)}")
            ok = False
            continue
        a = section2(t2)
        if a != t["active"]:
            errs.append(f"section 二: page {a}, truth {t['active']}")
        n2 = sum(len(v) for v in a.values())
        if n2 != (22 if tpl == "2019" else 10):
            errs.append(f"section 二 has {n2} cells")
        q, printed3, nhead = section3(t3[0], tpl)
        if list(q) != list(t["requests"]) or len(q) != (23 if tpl == "2019" else 25):
            errs.append(f"section 三 rows {list(q)}")
        n3 = 0
        for r in t["requests"]:
            for c in APPLICANTS + ["total"]:
                n3 += 1
                got = q.get(r, {}).get(c, "missing")
                if got != t["requests"][r][c]:
                    errs.append(f"三 {r}.{c}: page {got}, truth {t['requests'][r][c]}")
        rl, printed4 = section4(t4[0])
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
        print(f"{d.name}: (a) {'ok' if not errs else 'FAIL'} — title, office, year; 二 {n2} cells, 三 {n3} cells "
              f"({nhead} header rows), 四 15 cells, prose {sum(v is not None for v in t['narrative'].values())} "
              f"figures; (b) breaks {bad or 'nothing'}")
        for e in errs:
            print("    " + e)
        rows3 = [[x for x in printed3[r] if number(x) is not None] for r in t["requests"]]  # not "—", "/", "-"
        row4 = [x for x in printed4 if number(x) is not None]
        line = []
        for r in ROUTES:
            f = d / f"{r}.{ROUTES[r]}"
            if not f.exists():
                line.append(f"{r} missing")
                continue
            text = f.read_bytes().decode("utf-8")
            rows_ok, nrows, hit, cells, four = coverage(text, rows3, row4)
            flat = fullwidth(squash(text))
            heads = sum(h in flat for h in HEADINGS)
            labels = sum(any(n in flat for n, k in NEEDLES if k == key or (key == "other_misc" and k == "other"))
                         for key in t["requests"])
            kx = len(KANGXI.findall(text))
            for i, x in enumerate((rows_ok, nrows, hit, cells, int(four), 1, heads, labels, len(t["requests"]))):
                totals[r][i] += x
            line.append(f"{r} rows {rows_ok}/{nrows} cells {hit}/{cells} 四 {'yes' if four else 'no'} "
                        f"labels {labels}/{len(t['requests'])} headings {heads}/6" + (f" kangxi {kx}" if kx else ""))
        print("    (c) " + "; ".join(line))
    print("\n(c) over the set: section 三 rows whose printed values appear whole and in order among the route's "
          "numbers; printed section 三 cells found among the numbers after the 三 heading; section 四 data row whole "
          "and in order; section 三 row labels found unbroken and headings 一…六 found (whitespace removed, ASCII "
          "parentheses read as full-width)")
    for r, (rows_ok, nrows, hit, cells, four, n, heads, labels, nlab) in totals.items():
        if nrows:
            print(f"  {r:29s} rows {rows_ok}/{nrows} = {100 * rows_ok / nrows:5.1f} %   cells {hit}/{cells} = "
                  f"{100 * hit / cells:5.1f} %   四 {four}/{n}   labels {labels}/{nlab}   headings {heads}/{6 * n}")
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
