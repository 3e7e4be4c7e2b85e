#!/usr/bin/env python3
"""Round 19: hand-written report pages read back by Chromium's innerText, by five
readers of LibreOffice's PDF and by three readers of LibreOffice's DOCX.

    tests/external/make_round19.py [build|check|all]   (default: all)

`build` rebuilds, for every folder of fixtures/external/handwritten-round19,
the route texts beside `page.html` and `truth.json` (scratch files under
/tmp/round19/build, never in the folders: every file of a folder but
truth.json is scored as a route):

  chromium-innertext.txt      page.html opened in headless Chromium driven over
                              the DevTools protocol (--remote-debugging-pipe),
                              after the load event: document.body.innerText
  chromium-selection.txt      the same tab: document.execCommand("selectAll"),
                              then window.getSelection().toString() (the text
                              select-all + copy gives)
  lo-pdf-pymupdf.txt          soffice --headless --infilter="HTML (StarWriter)"
                              --convert-to pdf:writer_pdf_Export page.html, then
                              PyMuPDF page.get_text() of every page, joined
  lo-pdf-pymupdf-sort.txt     the same PDF, page.get_text(sort=True), joined
  lo-pdf-pymupdf4llm.txt      the same PDF, pymupdf4llm.to_markdown(pdf,
                              use_ocr=False) (its console messages dropped)
  lo-pdf-pdfplumber-layout.txt  the same PDF, pdfplumber
                              page.extract_text(layout=True), pages joined by "\\n"
  lo-pdf-pdftotext-layout.txt   the same PDF, pdftotext -layout page.pdf -
  lo-docx-pandoc-plain.txt    soffice --headless --infilter="HTML (StarWriter)"
                              --convert-to "docx:MS Word 2007 XML" page.html,
                              then pandoc -f docx -t plain page.docx
  lo-docx-pandoc-markdown.txt the same DOCX, pandoc -f docx -t markdown page.docx
  lo-docx-docx2python.txt     the same DOCX, docx2python(page.docx).text

Every tool reads page.html itself (03 is GBK; Chromium and LibreOffice both
honour its charset declaration). Tool output is kept exactly as printed.

`check` (a) reads every page.html with BeautifulSoup, rowspan/colspan
expanded, and compares every section 二/三/四 cell, the title, the office,
the year/template and the figures the 总体情况 prose states with truth.json;
(b) checks the identities: a sound report breaks none, a flawed one only its
own; (c) says how much of each report's section 三 and 四 each route kept.
Exit status 1 when (a) or (b) fails.
"""
import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "fixtures/external/handwritten-round19"
SCRATCH = Path("/tmp/round19/build")
ROUTES = ["chromium-innertext", "chromium-selection", "lo-pdf-pymupdf", "lo-pdf-pymupdf-sort",
          "lo-pdf-pymupdf4llm", "lo-pdf-pdfplumber-layout", "lo-pdf-pdftotext-layout",
          "lo-docx-pandoc-plain", "lo-docx-pandoc-markdown", "lo-docx-docx2python"]
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


class Chromium:
    """Headless Chromium over the DevTools protocol on a pipe (fd 3: to Chromium, fd 4: from it;
    messages are JSON terminated by NUL), so that no websocket client is needed."""

    def __init__(self, profile, env):
        to_r, to_w = os.pipe()
        from_r, from_w = os.pipe()

        def fds():
            os.dup2(to_r, 3)
            os.dup2(from_w, 4)

        self.proc = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--window-size=1280,1024", "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            pass_fds=(3, 4), preexec_fn=fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        os.close(to_r)
        os.close(from_w)
        self.w = os.fdopen(to_w, "wb", buffering=0)
        self.r = os.fdopen(from_r, "rb", buffering=0)
        self.buf = b""
        self.n = 0

    def send(self, method, params=None, session=None):
        self.n += 1
        msg = {"id": self.n, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.w.write(json.dumps(msg).encode("utf-8") + b"\0")
        return self.n

    def wait(self, pred):
        while True:
            while b"\0" in self.buf:
                raw, self.buf = self.buf.split(b"\0", 1)
                msg = json.loads(raw)
                if pred(msg):
                    return msg
            chunk = self.r.read(1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buf += chunk

    def call(self, method, params=None, session=None):
        i = self.send(method, params, session)
        msg = self.wait(lambda m: m.get("id") == i)
        if "error" in msg:
            raise RuntimeError(f"{method}: {msg['error']}")
        return msg["result"]

    def texts(self, url):
        tid = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        sid = self.call("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"]
        self.call("Page.enable", session=sid)
        self.call("Page.navigate", {"url": url}, session=sid)
        self.wait(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == sid)

        def ev(expr):
            res = self.call("Runtime.evaluate", {"expression": expr, "returnByValue": True}, session=sid)
            return res["result"]["value"]

        inner = ev("document.body.innerText")
        sel = ev("(function(){document.execCommand('selectAll');return window.getSelection().toString();})()")
        self.call("Target.closeTarget", {"targetId": tid})
        return inner, sel

    def close(self):
        try:
            self.send("Browser.close")
            self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()
            self.proc.wait()


def soffice(args, work, env):
    profile = (SCRATCH / "lo-profile").as_uri()
    return sh(["soffice", f"-env:UserInstallation={profile}", "--headless"] + args, env=env, cwd=work)


def libreoffice(page, work, env):
    lo = work / "lo"
    if lo.exists():
        shutil.rmtree(lo)
    lo.mkdir()
    src = lo / "page.html"
    shutil.copyfile(page, src)
    for target, out in (("pdf:writer_pdf_Export", "page.pdf"), ("docx:MS Word 2007 XML", "page.docx")):
        said = soffice(["--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", str(lo), str(src)], lo, env)
        if not (lo / out).exists():  # soffice exits 0 even when it could not load the page
            raise RuntimeError(f"soffice made no {out}: {said.decode('utf-8', 'replace')}")
    return lo / "page.pdf", lo / "page.docx"


def pdf_routes(pdf, env):
    import pdfplumber
    import pymupdf
    import pymupdf4llm
    out = {}
    doc = pymupdf.open(str(pdf))
    out["lo-pdf-pymupdf"] = "".join(p.get_text() for p in doc)
    out["lo-pdf-pymupdf-sort"] = "".join(p.get_text(sort=True) for p in doc)
    doc.close()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        out["lo-pdf-pymupdf4llm"] = pymupdf4llm.to_markdown(str(pdf), use_ocr=False)
    with pdfplumber.open(str(pdf)) as p:
        out["lo-pdf-pdfplumber-layout"] = "\n".join(pg.extract_text(layout=True) for pg in p.pages)
    out["lo-pdf-pdftotext-layout"] = sh(["pdftotext", "-layout", str(pdf), "-"], env=env)
    return out


def docx_routes(docx, env):
    from docx2python import docx2python
    out = {"lo-docx-pandoc-plain": sh(["pandoc", "-f", "docx", "-t", "plain", str(docx)], env=env),
           "lo-docx-pandoc-markdown": sh(["pandoc", "-f", "docx", "-t", "markdown", str(docx)], env=env)}
    with docx2python(str(docx)) as d:
        out["lo-docx-docx2python"] = d.text
    return out


def build():
    SCRATCH.mkdir(parents=True, exist_ok=True)
    home = SCRATCH / "home"
    home.mkdir(exist_ok=True)
    env = tool_env(home)
    profile = SCRATCH / "chromium-profile"
    if profile.exists():
        shutil.rmtree(profile)
    browser = Chromium(profile, env)
    try:
        for d in sorted(p for p in SET.iterdir() if p.is_dir()):
            work = SCRATCH / d.name
            work.mkdir(exist_ok=True)
            page = d / "page.html"
            texts = {}
            texts["chromium-innertext"], texts["chromium-selection"] = browser.texts(page.resolve().as_uri())
            pdf, docx = libreoffice(page, work, env)
            texts.update(pdf_routes(pdf, env))
            texts.update(docx_routes(docx, env))
            assert sorted(texts) == sorted(ROUTES)
            for name in ROUTES:
                text = texts[name]
                if isinstance(text, bytes):
                    text = text.decode("utf-8")
                (d / f"{name}.txt").write_bytes(text.encode("utf-8"))
            print(f"{d.name}: {len(texts)} routes", file=sys.stderr)
    finally:
        browser.close()


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
    text = re.sub(r"\s+", "", soup.body.get_text())
    a = text.find("一、总体情况")
    b = text.find("二、主动公开政府信息情况", a)
    return text[a:b]


def states(text, key, v):
    """Whether the 总体情况 prose states v for key (the wordings this set uses)."""
    if key == "new_requests":
        got = re.findall(r"(?:收到|新收|受理|接收)[^。；，]{0,24}?申请(\d[\d,]*)件", text)
        got += re.findall(r"申请新收(\d[\d,]*)件", text)
        return v in [int(x.replace(",", "")) for x in got]
    word = "行政复议" if key == "reviews" else "行政诉讼"
    if v == 0:
        return re.search(r"(?:未发生|未被|无|没有)[^。；]{0,30}?" + word, text) is not None
    return v in [int(x) for x in re.findall(word + r"(?:案件)?(\d+)[件起]", text)]


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
        if files != sorted(["page.html", "truth.json"] + [f"{r}.txt" for r in ROUTES]):
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
        rows3 = [[x for x in printed3[r] if x != ""] for r in t["requests"]]
        row4 = [x for x in printed4 if x != ""]
        line = []
        for r in ROUTES:
            f = d / f"{r}.txt"
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
            print(f"  {r:26s} rows {rows_ok}/{nrows} = {100 * rows_ok / nrows:5.1f} %   cells {hit}/{cells} = "
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
