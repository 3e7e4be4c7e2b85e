#!/usr/bin/env python3
"""Round 21: hand-written report pages read by routes no earlier round used — trafilatura, Mozilla Readability,
html-to-text, turndown, pdf.js (on a Chromium PDF) and mammoth / docx2txt (on a LibreOffice DOCX).

    make_round21.py [build|check|all]   (default: all)

The set is `handwritten-round21` beside this script (/work/round21), or, once the script lives in
tests/external/, fixtures/external/handwritten-round21 of the checkout.

`build` rebuilds, for every folder, the route texts beside `page.html` and `truth.json`. Scratch files (PDF, DOCX,
page copies, Chromium and LibreOffice profiles, the small Node scripts) go under /tmp/round21/build; a folder holds only
page.html, truth.json and the route texts:

  trafilatura-txt.txt           trafilatura.extract(html, include_tables=True, output_format="txt")
  trafilatura-md.md             trafilatura.extract(html, include_tables=True, output_format="markdown")
  readability-text.txt          Node: jsdom JSDOM(html, {url}) then new Readability(document).parse().textContent
  html-to-text.txt              Node: html-to-text convert(html) with its default options
  html-to-text-datatable.txt    Node: html-to-text convert(html, {selectors: [{selector: 'table', format: 'dataTable'}]})
  turndown-gfm.md               Node: new TurndownService() with turndown-plugin-gfm's gfm plugin, .turndown(html)
  pdfjs-text.txt                a scratch copy of the page with `<style>@page { size: A4; }</style>` added before
                                </head>, printed by headless Chromium (--print-to-pdf, --no-pdf-header-footer, a fresh
                                --user-data-dir), then pdfjs-dist (legacy build) getTextContent() per page: item.str,
                                followed by "\\n" where item.hasEOL; pages joined by "\\n"
  mammoth-md.md                 soffice --headless --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML"
                                on a scratch copy of the page, then mammoth.convert_to_markdown(docx).value
  mammoth-raw.txt               the same DOCX, mammoth.extract_raw_text(docx).value
  docx2txt.txt                  the same DOCX, docx2txt.process(docx)

Node packages are expected under /tmp/round21/node/node_modules (npm install @mozilla/readability jsdom html-to-text
turndown turndown-plugin-gfm pdfjs-dist). Tool output is written as UTF-8 exactly as returned (None -> empty file).

`check` (independent of nianbao):
 (a) reads every page.html with BeautifulSoup from bytes and rebuilds its tables — real <table>s with rowspan/colspan
     expanded (page_truth.grid), <div> tables laid out by CSS display:table/table-row/table-cell (inline styles or
     class rules of the page's <style>), and CSS grids (display:grid, grid-template-columns, `grid-column/grid-row:
     span N`, auto-placed in source order) — and compares every section 二/三/四 cell, the title, the office, the
     year/template and the figures the 总体情况 prose states with truth.json. Section 三 may be spread over several
     tables and may repeat its header rows; full-width digits are read as digits, thousands separators dropped.
     Where page_truth's own single-table readers (section3, section4, section2) can read a page, their result must
     agree too.
 (b) checks the identities with page_truth.identities: a sound report breaks none, a flawed one only its own.
 (c) says how much of each report's section 三 and 四 each route kept.
Exit status 1 when (a) or (b) fails.
"""
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
for p in (HERE, HERE.parent / "main/tests/external"):
    if (p / "page_truth.py").exists():
        sys.path.insert(0, str(p))
        break
from page_truth import (  # noqa: E402  (shared page reading of rounds 19/20)
    APPLICANTS,
    LEAVES,
    NEEDLES,
    SEC2_COLS,
    SEC2_ROWS,
    coverage,
    fullwidth,
    grid,
    kept4,
    identities,
    number,
    numbers,
    section2 as pt_section2,
    section3 as pt_section3,
    section4 as pt_section4,
    squash,
)

if (HERE / "handwritten-round21").is_dir():
    SET = HERE / "handwritten-round21"
else:
    SET = HERE.parents[1] / "fixtures/external/handwritten-round21"
SCRATCH = Path("/tmp/round21/build")
NODE = Path(os.environ.get("ROUND21_NODE", "/tmp/round21/node"))
ROUTES = {"trafilatura-txt": "txt", "trafilatura-md": "md", "readability-text": "txt", "html-to-text": "txt",
          "html-to-text-datatable": "txt", "turndown-gfm": "md", "pdfjs-text": "txt", "mammoth-md": "md",
          "mammoth-raw": "txt", "docx2txt": "txt"}

# ====================================================================== build
JS = {
    "readability.js": r"""
const fs = require('fs');
const {JSDOM} = require('jsdom');
const {Readability} = require('@mozilla/readability');
const html = fs.readFileSync(process.argv[2], 'utf8');
const dom = new JSDOM(html, {url: 'https://www.example.gov.cn/xxgk/nb/page.html'});
const art = new Readability(dom.window.document).parse();
process.stdout.write(art && art.textContent ? art.textContent : '');
""",
    "htmltotext.js": r"""
const fs = require('fs');
const {convert} = require('html-to-text');
const html = fs.readFileSync(process.argv[2], 'utf8');
const out = process.argv[3] === 'datatable'
  ? convert(html, {selectors: [{selector: 'table', format: 'dataTable'}]})
  : convert(html);
process.stdout.write(out);
""",
    "turndown.js": r"""
const fs = require('fs');
const TurndownService = require('turndown');
const {gfm} = require('turndown-plugin-gfm');
const html = fs.readFileSync(process.argv[2], 'utf8');
const td = new TurndownService();
td.use(gfm);
process.stdout.write(td.turndown(html));
""",
    "pdfjs.mjs": r"""
import fs from 'fs';
import path from 'path';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
const root = path.join(process.cwd(), 'node_modules', 'pdfjs-dist');
const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await getDocument({data, cMapUrl: root + '/cmaps/', cMapPacked: true,
                               standardFontDataUrl: root + '/standard_fonts/', verbosity: 0}).promise;
const pages = [];
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const tc = await page.getTextContent();
  pages.push(tc.items.map(it => (it.str || '') + (it.hasEOL ? '\n' : '')).join(''));
}
process.stdout.write(pages.join('\n'));
""",
}


def sh(cmd, env=None, cwd=None, timeout=300):
    p = subprocess.run(cmd, capture_output=True, env=env, cwd=cwd, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({p.returncode}): {p.stderr.decode('utf-8', 'replace')[-800:]}")
    return p.stdout


def tool_env(home):
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "LC_ALL", "LANGUAGE")}
    env.update(LANG="C.UTF-8", HOME=str(home))
    return env


def node(script, args, env):
    return sh(["node", str(NODE / script)] + args, env=env, cwd=NODE).decode("utf-8")


def chrome_pdf(page, work, env):
    html = page.read_text(encoding="utf-8")
    i = html.lower().find("</head>")
    a4 = html[:i] + "<style>@page { size: A4; }</style>\n" + html[i:]
    src = work / "a4.html"
    src.write_text(a4, encoding="utf-8")
    profile = work / "chromium-profile"
    if profile.exists():
        shutil.rmtree(profile)
    pdf = work / "page.pdf"
    if pdf.exists():
        pdf.unlink()
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", src.as_uri()], env=env, cwd=work)
    if not pdf.exists():
        raise RuntimeError(f"chromium made no PDF of {page}")
    return pdf


def lo_docx(page, work, env):
    src = work / "page.html"
    src.write_bytes(page.read_bytes())
    docx = work / "page.docx"
    if docx.exists():
        docx.unlink()
    profile = work / "lo-profile"
    sh(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--infilter=HTML (StarWriter)",
        "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work), str(src)], env=env, cwd=work)
    if not docx.exists():
        raise RuntimeError(f"soffice made no DOCX of {page}")
    return docx


def build():
    import docx2txt
    import mammoth
    import trafilatura
    SCRATCH.mkdir(parents=True, exist_ok=True)
    home = SCRATCH / "home"
    home.mkdir(exist_ok=True)
    env = tool_env(home)
    for name, text in JS.items():
        (NODE / name).write_text(text.lstrip(), encoding="utf-8")
    for d in sorted(p for p in SET.iterdir() if p.is_dir()):
        work = SCRATCH / d.name
        work.mkdir(exist_ok=True)
        page = d / "page.html"
        html = page.read_text(encoding="utf-8")
        out = {
            "trafilatura-txt": trafilatura.extract(html, include_tables=True, output_format="txt"),
            "trafilatura-md": trafilatura.extract(html, include_tables=True, output_format="markdown"),
            "readability-text": node("readability.js", [str(page)], env),
            "html-to-text": node("htmltotext.js", [str(page)], env),
            "html-to-text-datatable": node("htmltotext.js", [str(page), "datatable"], env),
            "turndown-gfm": node("turndown.js", [str(page)], env),
        }
        pdf = chrome_pdf(page, work, env)
        out["pdfjs-text"] = node("pdfjs.mjs", [str(pdf)], env)
        docx = lo_docx(page, work, env)
        with open(docx, "rb") as f:
            out["mammoth-md"] = mammoth.convert_to_markdown(f).value
        with open(docx, "rb") as f:
            out["mammoth-raw"] = mammoth.extract_raw_text(f).value
        out["docx2txt"] = docx2txt.process(str(docx))
        assert sorted(out) == sorted(ROUTES)
        for r, ext in ROUTES.items():
            (d / f"{r}.{ext}").write_bytes((out[r] or "").encode("utf-8"))
        print(f"{d.name}: {len(out)} routes" + "".join(f"; {r} empty" for r in ROUTES if not out[r]), file=sys.stderr)


# ====================================================================== page reading
def css_rules(soup):
    """class -> declarations (display, grid-template-columns) from the page's <style> blocks; the last compound
    selector's classes must all be on the element."""
    rules = []
    for st in soup.find_all("style"):
        for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", st.get_text()):
            decl = dict((k.strip().lower(), v.strip()) for k, v in
                        (x.split(":", 1) for x in body.split(";") if ":" in x))
            for s in sel.split(","):
                last = s.strip().split()[-1] if s.strip() else ""
                classes = re.findall(r"\.([\w-]+)", last)
                if classes:
                    rules.append((set(classes), decl))
    return rules


def style_of(el, rules):
    decl = {}
    cls = set(el.get("class") or [])
    for need, d in rules:
        if need <= cls:
            decl.update(d)
    for x in (el.get("style") or "").split(";"):
        if ":" in x:
            k, v = x.split(":", 1)
            decl[k.strip().lower()] = v.strip()
    return decl


def tracks(spec):
    spec = re.sub(r"repeat\(\s*(\d+)\s*,\s*([^)]*)\)", lambda m: " ".join([m.group(2).strip()] * int(m.group(1))), spec)
    return len(spec.split())


def grid_of_css_grid(el, rules):
    """Auto-placement (row-major, sparse) of a CSS grid's children; rows of (cell, squashed text)."""
    width = tracks(style_of(el, rules)["grid-template-columns"])
    taken, r, c, nrows = {}, 0, 0, 0
    for item in el.find_all(recursive=False):
        st = style_of(item, rules)
        cs = int(re.search(r"span\s+(\d+)", st.get("grid-column", "span 1")).group(1))
        rs = int(re.search(r"span\s+(\d+)", st.get("grid-row", "span 1")).group(1))
        while True:
            if c + cs > width:
                r, c = r + 1, 0
                continue
            if all((r + i, c + j) not in taken for i in range(rs) for j in range(cs)):
                break
            c += 1
        cell = (item, squash(item.get_text()))
        for i in range(rs):
            for j in range(cs):
                taken[(r + i, c + j)] = cell
        nrows = max(nrows, r + rs)
        c += cs
    return [[taken.get((i, j), (None, "")) for j in range(width)] for i in range(nrows)]


def grid_of_div_table(el, rules):
    rows = []
    for tr in el.find_all(recursive=False):
        if style_of(tr, rules).get("display") != "table-row":
            continue
        rows.append([(td, squash(td.get_text())) for td in tr.find_all(recursive=False)
                     if style_of(td, rules).get("display") == "table-cell"])
    width = max(len(r) for r in rows)
    return [r + [(None, "")] * (width - len(r)) for r in rows]


def page_tables(soup):
    """Every table of the page in document order, as (kind, element, grid)."""
    rules = css_rules(soup)
    out = []
    for el in soup.body.find_all(True):
        if el.name == "table":
            if el.find("table") is None:
                out.append(("table", el, grid(el)))
            continue
        disp = style_of(el, rules).get("display")
        if disp == "table":
            out.append(("div-table", el, grid_of_div_table(el, rules)))
        elif disp == "grid":
            out.append(("css-grid", el, grid_of_css_grid(el, rules)))
    return out


def norm(s):
    """Printed number -> the digits as a route would print them plain: NFKC (full-width digits), no separators."""
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)


def value(text):
    return number(norm(text))


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
        out.append(text)
    return out


def read_section2(grids):
    out, heads = {}, []
    for g in grids:
        for row in g:
            cells = [x for x in row_cells(row) if not x.startswith("第二十条")]
            if not cells or cells[0] == "":
                continue
            if cells[0] == "信息内容":
                heads = cells[1:]
                continue
            if cells[0] not in SEC2_ROWS:
                raise ValueError(f"section 二 row {cells}")
            d = {}
            for h, v in zip(heads, cells[1:]):
                key = next(k for name, k in SEC2_COLS.items() if fullwidth(h).startswith(name))
                d[key] = number(norm(v), wan="万元" in h)
            out[SEC2_ROWS[cells[0]]] = d
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
        vcols = sorted(leaf)
        lcols = [c for c in range(width) if c not in leaf]
        for row, h in zip(g, head):
            if h:
                continue
            seen, parts = set(), []
            for c in lcols:
                cell, t = row[c]
                if cell is not None and id(cell) not in seen:
                    seen.add(id(cell))
                    parts.append(t)
            label = fullwidth("".join(parts))
            key = next((k for needle, k in NEEDLES if needle in label), None)
            if key is None:
                if any(is_number(row[c][1]) for c in vcols):
                    errs.append(f"section 三 row with values but no label: {label!r}")
                continue
            if key == "other" and template == "2021":
                key = "other_misc"
            if key in out:
                errs.append(f"section 三 row {key} twice")
            out[key] = {LEAVES[leaf[c]]: value(row[c][1]) for c in vcols}
            printed[key] = [row[c][1] for c in vcols]
    return out, printed, errs


def read_section4(g):
    heads, data = g[:-1], g[-1]
    groups = {"未经复议直接起诉": "litigation_direct", "复议后起诉": "litigation_after_review", "行政复议": "review"}
    leaves = {"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total"}
    filled = []
    for row in heads:  # a blank header cell of a <div> table stands under the label to its left (no colspan there)
        last, f = "", []
        for _, t in row:
            last = t or last
            f.append(last)
        filled.append(f)
    out = {}
    for c in range(len(data)):
        col = [f[c] for f in filled]
        group = next(v for k, v in groups.items() if k in col)
        lf = [leaves[row[c][1]] for row in heads if row[c][1] in leaves][-1]
        out.setdefault(group, {})[lf] = value(data[c][1])
    return out, [data[c][1] for c in range(len(data))]


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
        got = re.findall(r"(?:收到|新收|受理|接收)[^。；，\d]{0,24}?申请(?:公开)?共?(\d+)件", text)
        return v in [int(x) for x in got]
    word = "行政复议" if key == "reviews" else "行政诉讼"
    if v == 0:
        return re.search(r"(?:未发生|未被|无|没有)[^。；]{0,30}?" + word, text) is not None
    return v in [int(x) for x in re.findall(word + r"(?:案件)?(\d+)[件起宗]", text)]


# ====================================================================== route measures

KANGXI = re.compile("[\u2e80-\u2fdf]")
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


# ====================================================================== check
def check():
    ok = True
    totals = {r: [0] * 11 for r in ROUTES}
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
        tabs = page_tables(soup)
        text_of = lambda g: "".join(x for row in g for _, x in row)
        t2 = [x for x in tabs if "第二十条" in text_of(x[2])]
        t4 = [x for x in tabs if "复议后起诉" in text_of(x[2])]
        t3 = [x for x in tabs if x not in t2 and x not in t4 and
              any(n in fullwidth(text_of(x[2])) for n, _ in NEEDLES)]
        kinds = sorted({k for k, _, _ in tabs})
        if not t2 or not t3 or len(t4) != 1:
            print(f"{d.name}: FAIL — tables found: 二 {len(t2)}, 三 {len(t3)}, 四 {len(t4)}")
            ok = False
            continue
        agree = []
        try:
            a = read_section2([g for _, _, g in t2])
        except (ValueError, StopIteration) as e:
            errs.append(f"section 二 unreadable: {e}")
            a = {}
        if a != t["active"]:
            errs.append(f"section 二: page {a}, truth {t['active']}")
        if all(k == "table" for k, _, _ in t2):
            try:
                if pt_section2([el for _, el, _ in t2]) == a:
                    agree.append("二")
                else:
                    agree.append("(二 differs: layout beyond page_truth.section2)")
            except (StopIteration, KeyError, ValueError):
                pass
        n2 = sum(len(v) for v in a.values())
        if n2 != (22 if tpl == "2019" else 10):
            errs.append(f"section 二 has {n2} cells")
        q, printed3, e3 = read_section3([g for _, _, g in t3], tpl)
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
        if len(t3) == 1 and t3[0][0] == "table":
            try:
                pq = pt_section3(t3[0][1], tpl)[0]
                if pq == q:
                    agree.append("三")
                else:
                    errs.append("page_truth.section3 reads section 三 differently")
            except (StopIteration, KeyError, ValueError, IndexError):
                pass
        rl, printed4 = read_section4(t4[0][2])
        if rl != t["review_litigation"] or len(printed4) != 15:
            errs.append(f"section 四: page {rl}, truth {t['review_litigation']}")
        if t4[0][0] == "table":
            try:
                if pt_section4(t4[0][1])[0] == rl:
                    agree.append("四")
                else:
                    errs.append("page_truth.section4 reads section 四 differently")
            except (StopIteration, KeyError, ValueError, IndexError):
                pass
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
        print(f"{d.name}: (a) {'ok' if not errs else 'FAIL'} — markup {'+'.join(kinds)}; title, office, year; "
              f"二 {n2} cells, 三 {n3} cells in {len(t3)} table(s), 四 15 cells, prose "
              f"{sum(v is not None for v in t['narrative'].values())} figures; page_truth readers agree on "
              f"{'/'.join(agree) or 'none (layout beyond them)'}; (b) breaks {bad or 'nothing'}")
        for e in errs:
            print("    " + e)
        rows3 = [[norm(x) for x in printed3[r] if is_number(x)] for r in t["requests"]]
        row4 = [norm(x) for x in printed4 if is_number(x)]
        line = []
        for r in ROUTES:
            f = d / f"{r}.{ROUTES[r]}"
            if not f.exists():
                line.append(f"{r} missing")
                continue
            text = f.read_bytes().decode("utf-8")
            if "/work/" in text or "/tmp/" in text:
                errs.append(f"{r} holds a local path")
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
                        f"labels {labels}/{len(t['requests'])} headings {heads}/6" + ("" if text.strip() else " EMPTY")
                        + (f" kangxi {len(KANGXI.findall(text))}" if KANGXI.search(text) else ""))
        print("    (c) " + ";\n        ".join(line))
    print("\n(c) over the set: section 三 rows whose printed values appear whole and in order among the route's "
          "numbers; printed section 三 cells found among the numbers after the 三 heading; section 四 cells found "
          "after it (and the row whole and in order); section 三 row labels and headings 一…六 found unbroken "
          "(whitespace removed, NFKC — which also maps Kangxi radicals back to the ordinary characters — ASCII parentheses "
          "read as full-width, thousands separators dropped); kangxi = characters of the Kangxi Radicals blocks in the raw text")
    for r, (rows_ok, nrows, hit, cells, four, n, heads, labels, nlab, hit4, n4) in totals.items():
        if nrows:
            print(f"  {r:23s} rows {rows_ok}/{nrows} = {100 * rows_ok / nrows:5.1f} %   cells {hit}/{cells} = "
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
