#!/usr/bin/env python3
"""Round 28: hand-written report pages in markup no earlier round used, read by routes no earlier round used.

    make_round28.py [build|check|all] [NN]   (default: all)

The set is handwritten-round28/ beside this script (/work/round28/handwritten-round28, or
fixtures/external/handwritten-round28 once moved into the checkout with this script in tests/external/). The pages and
truth.json files are written by round28_gen/rNN.py (run inside round28_gen/); this script makes the route texts and
checks the set.

`build` rebuilds, for every folder, the route texts beside page.html and truth.json. Scratch files (PDFs, ODT/XHTML,
UTF-8 copies, Chromium profile, HOME) go under /tmp/round28/build; the Python packages not on the machine (w3lib,
parsel) in the venv /tmp/round28/venv (installed by the script when missing).

  TEXT  = the page decoded as a browser would: a BOM wins (08 is UTF-16BE with a BOM); else UTF-8 when the bytes are
          valid UTF-8 and not pure ASCII; else the charset declared in the page; else utf-8
  UTF8  = TEXT written as UTF-8 with every declared charset (meta, XML declaration) changed to utf-8
  PAGED(size) = UTF8 with `<style>@page { size: SIZE; }</style>` before </head>

  pandoc-ipynb.ipynb              pandoc -f html -t ipynb UTF8           (Jupyter notebook JSON, markdown cells)
  pandoc-opendocument.xml         pandoc -f html -t opendocument UTF8    (ODF body XML: <table:table-cell><text:p>)
  pandoc-markdown-strict.md       pandoc -f html -t markdown_strict UTF8 (original Markdown: tables kept as raw HTML)
  chrome-legal-pdftotext-nodiag.txt
                                  chromium --headless … --no-pdf-header-footer --print-to-pdf=legal.pdf PAGED("legal");
                                  pdftotext -nodiag -enc UTF-8 legal.pdf -   (reading order, diagonal text dropped)
  weasy-a4-mutool-inhibit-spaces.txt
                                  weasyprint PAGED("A4") a4.pdf; mutool draw -q -F txt -O inhibit-spaces -o - a4.pdf
  lo-xhtml.xhtml                  soffice --headless --convert-to "xhtml:XHTML Writer File:UTF8" UTF8 (LibreOffice's
                                  XSLT XHTML export of the Writer/Web document)
  lo-pdf-gs-txtwrite.txt          soffice --headless --convert-to pdf UTF8 (writer_web_pdf_Export);
                                  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=txtwrite -sOutputFile=- page.pdf
  lo-odt-pandoc-markdown.md       soffice --headless --convert-to odt UTF8; pandoc -f odt -t markdown page.odt
                                  (pandoc's ODT reader on LibreOffice's Writer/Web document saved as ODT)
  w3lib-remove-tags.txt           Scrapy's w3lib: replace_entities(remove_tags(remove_comments(
                                  remove_tags_with_content(TEXT, ("script", "style", "head")))))
  parsel-xpath-text.txt           parsel Selector(TEXT).xpath("//body//text()[not(ancestor::script)][not(ancestor::style)]")
                                  .getall(), each stripped, empty ones left out, joined by "\n"

A route that fails on a page leaves no file for that page; DROPPED below lists such (folder, route) pairs, and
`check` accepts exactly those as missing.

`check` (independent of nianbao and of the generator; does not import round28_gen): round 27's check, extended:
 (a) reads every page.html with BeautifulSoup (lxml) from TEXT, drops <script>/<style>/comments, **<del>** (a
     corrected cell's old figure) and every element whose class the page's <style> declares display:none outside
     @media blocks, and rebuilds every grid: each innermost <table> (rows in rendered order; spans expanded) — **the
     tables inside one div.tbl-rows joined into one grid** —, each CSS display:table grid and each ARIA grid. Section
     二 from grids with 信息内容 header rows (**a 序号 column dropped**), a <pre> table, <li> sentences or <dl> lists;
     section 三 from every grid holding its row labels, **a 序号 or 备注 column skipped**; section 四 from every grid
     holding 结果维持. Text NFKC-normalised; whitespace, zero-width spaces, soft hyphens and **bidi marks (U+200E,
     U+200F)** dropped; blank / "/" / "-" / "—" / "——" / "无" = null; thousands separators (**also the full-width
     ，**), 件/项/个/元/万元, 增N / 减N read. Every cell, the title, office, year/template, encoding, file list and the
     总体情况 figures are compared with truth.json.
 (b) checks the identities (this script's own rules): a sound report breaks none, a flawed one only its own.
 (c) says, per route, how many section 三 rows appear whole and in order among the route's numbers, and whether the
     15 section 四 numbers do (NFKC first).
Exit status 1 when (a) or (b) fails.
"""
import html as htmlmod
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import warnings

warnings.filterwarnings("ignore")
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE / "handwritten-round28"
if not SET.is_dir():
    SET = HERE.parents[1] / "fixtures/external/handwritten-round28"
SCRATCH = Path("/tmp/round28/build")
VENV = Path("/tmp/round28/venv")
ROUTES = {"pandoc-ipynb": "ipynb", "pandoc-opendocument": "xml", "pandoc-markdown-strict": "md",
          "chrome-legal-pdftotext-nodiag": "txt", "weasy-a4-mutool-inhibit-spaces": "txt", "lo-xhtml": "xhtml",
          "lo-pdf-gs-txtwrite": "txt", "lo-odt-pandoc-markdown": "md", "w3lib-remove-tags": "txt",
          "parsel-xpath-text": "txt"}
DROPPED = set()   # {(folder name, route)} that failed in build and are left out
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
    """the charset a page declares (meta or XML declaration), from its bytes (ASCII-compatible encodings only)"""
    m = re.search(rb"(?:charset|encoding)\s*=\s*[\"']?([A-Za-z0-9_-]+)", raw[:4000], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def decoded(raw):
    """(text, encoding): BOM first; else valid non-ASCII UTF-8; else the declared charset; else utf-8"""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8"
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16le"), "utf-16le"
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16be"), "utf-16be"
    try:
        text = raw.decode("utf-8")
        if any(b > 127 for b in raw):
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    enc = declared_charset(raw) or "utf-8"
    return raw.decode(enc), enc


def as_utf8(text):
    """TEXT with every declared charset changed to utf-8 (meta http-equiv / meta charset / XML declaration)"""
    text = re.sub(r"(charset\s*=\s*[\"']?)[A-Za-z0-9_-]+", r"\1utf-8", text, flags=re.I)
    return re.sub(r"(<\?xml[^>]*encoding\s*=\s*[\"'])[A-Za-z0-9_-]+", r"\1UTF-8", text, flags=re.I)


W3LIB_PY = r"""
import sys
from w3lib.html import remove_tags, remove_tags_with_content, remove_comments, replace_entities
t = open(sys.argv[1], encoding="utf-8").read()
sys.stdout.write(replace_entities(remove_tags(remove_comments(remove_tags_with_content(t, ("script", "style", "head"))))))
"""

PARSEL_PY = r"""
import sys
from parsel import Selector
sel = Selector(text=open(sys.argv[1], encoding="utf-8").read())
parts = [x.strip() for x in sel.xpath("//body//text()[not(ancestor::script)][not(ancestor::style)]").getall()]
sys.stdout.write("\n".join(x for x in parts if x) + "\n")
"""


def ensure_tools():
    if not (VENV / "bin/python").exists():
        sh([sys.executable, "-m", "venv", "--system-site-packages", str(VENV)])
    if subprocess.run([str(VENV / "bin/python"), "-c", "import w3lib, parsel"], capture_output=True).returncode:
        sh([str(VENV / "bin/pip"), "install", "w3lib==2.5.0", "parsel==1.12.1"])


def chrome_pdf(src, work, env, name):
    profile = work / "chromium-profile"
    shutil.rmtree(profile, ignore_errors=True)
    pdf = work / name
    if pdf.exists():
        pdf.unlink()
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        "--no-pdf-header-footer", f"--print-to-pdf={pdf}", src.as_uri()], env=env, cwd=work)
    if not pdf.exists():
        raise RuntimeError(f"chromium made no PDF of {src}")
    return pdf


def build(only=None):
    SCRATCH.mkdir(parents=True, exist_ok=True)
    home = SCRATCH / "home"
    home.mkdir(exist_ok=True)
    env = tool_env(home)
    ensure_tools()
    for name, s in (("w3lib_strip.py", W3LIB_PY), ("parsel_text.py", PARSEL_PY)):
        (SCRATCH / name).write_text(s)
    vpy = str(VENV / "bin/python")
    for d in sorted(p for p in SET.iterdir() if p.is_dir() and (p / "truth.json").exists()):
        if only and not d.name.startswith(only):
            continue
        work = SCRATCH / d.name
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        raw = (d / "page.html").read_bytes()
        text, enc = decoded(raw)
        utf8 = work / "page.html"
        utf8.write_text(as_utf8(text), encoding="utf-8")
        textfile = work / "page-text.html"
        textfile.write_text(text, encoding="utf-8")
        u = lambda b: b.decode("utf-8")
        pan = lambda fmt: u(sh(["pandoc", "-f", "html", "-t", fmt, str(utf8)], env=env, cwd=work))

        def paged(size, name):
            f = work / name
            t = as_utf8(text)
            i = t.lower().find("</head>")
            f.write_text(t[:i] + f"<style>@page {{ size: {size}; }}</style>\n" + t[i:], encoding="utf-8")
            return f

        def nodiag():
            pdf = chrome_pdf(paged("legal", "legal.html"), work, env, "legal.pdf")
            return u(sh(["pdftotext", "-nodiag", "-enc", "UTF-8", str(pdf), "-"], env=env, cwd=work))

        def inhibit():
            pdf = work / "a4.pdf"
            sh(["weasyprint", str(paged("A4", "a4.html")), str(pdf)], env=env, cwd=work)
            return u(sh(["mutool", "draw", "-q", "-F", "txt", "-O", "inhibit-spaces", "-o", "-", str(pdf)], env=env, cwd=work))

        def lo(conv, outname):
            out = work / "lo"
            sh(["soffice", "--headless", "--convert-to", conv, "--outdir", str(out), str(utf8)], env=env, cwd=work,
               timeout=300)
            return out / outname

        makers = {
            "pandoc-ipynb": lambda: pan("ipynb"),
            "pandoc-opendocument": lambda: pan("opendocument"),
            "pandoc-markdown-strict": lambda: pan("markdown_strict"),
            "chrome-legal-pdftotext-nodiag": nodiag,
            "weasy-a4-mutool-inhibit-spaces": inhibit,
            "lo-xhtml": lambda: lo("xhtml:XHTML Writer File:UTF8", "page.xhtml").read_bytes().decode("utf-8"),
            "lo-pdf-gs-txtwrite": lambda: u(sh(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite",
                                                "-sOutputFile=-", str(lo("pdf", "page.pdf"))], env=env, cwd=work)),
            "lo-odt-pandoc-markdown": lambda: u(sh(["pandoc", "-f", "odt", "-t", "markdown", str(lo("odt", "page.odt"))],
                                                   env=env, cwd=work)),
            "w3lib-remove-tags": lambda: u(sh([vpy, str(SCRATCH / "w3lib_strip.py"), str(textfile)], env=env, cwd=work)),
            "parsel-xpath-text": lambda: u(sh([vpy, str(SCRATCH / "parsel_text.py"), str(textfile)], env=env, cwd=work)),
        }
        assert sorted(makers) == sorted(ROUTES)
        notes = []
        for r, ext in ROUTES.items():
            f = d / f"{r}.{ext}"
            if f.exists():
                f.unlink()
            if (d.name, r) in DROPPED:
                continue
            try:
                out = makers[r]()
            except Exception as e:  # a failing route is dropped for this page only
                notes.append(f"{r} FAILED ({str(e)[:200]})")
                continue
            if not (out or "").strip():
                notes.append(f"{r} empty")
            out = (out or "").replace(str(work) + "/", "").replace(str(work), ".")
            f.write_bytes(out.encode("utf-8"))
        print(f"{d.name}: built" + "".join(f"; {n}" for n in notes), file=sys.stderr)


# ====================================================================== page reading
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"), None)
NULLS = ("", "/", "-", "—", "－", "——", "－－", "无")


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").translate(INVISIBLE)
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)


def sq(s):
    """NFKC, invisible characters and all whitespace dropped, ASCII brackets and colon read as full-width"""
    s = re.sub(r"\s+", "", norm(s))
    return s.replace("(", "（").replace(")", "）").replace(":", "：")


def value(text, wan=False):
    t = sq(text)
    if t in NULLS:
        return None
    if t.endswith("万元"):
        t, wan = t[:-2], True
    elif t.endswith("元"):
        t = t[:-1]
    t = re.sub(r"(件|项|个)$", "", t)
    if t[:1] in ("增", "减"):   # 本年增/减 in words: 增2 = +2, 减1 = -1
        t = ("-" if t[0] == "减" else "") + t[1:]
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


def rendered_rows(table):
    head, body, foot = [], [], []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        group = tr.parent.name if tr.parent is not None else ""
        (head if group == "thead" else foot if group == "tfoot" else body).append(tr)
    return head + body + foot


def grid_of(trs, cells_of=lambda tr: tr.find_all(["td", "th"], recursive=False)):
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


def css_classes(soup, raw_css):
    """class names the page's <style> declares display:table / table-row / table-cell (simple .class selectors)"""
    kinds = {"table": set(), "table-row": set(), "table-cell": set()}
    for sel, decl in re.findall(r"([^{}]+)\{([^}]*)\}", raw_css):
        m = re.search(r"display\s*:\s*(table-row|table-cell|table)\b", decl)
        if not m:
            continue
        for s in sel.split(","):
            s = s.strip()
            if re.fullmatch(r"\.[\w-]+", s):
                kinds[m.group(1)].add(s[1:])
    return kinds


def css_grids(soup, kinds):
    has = lambda el, k: el.name is not None and bool(set(el.get("class") or []) & kinds[k])
    out = []
    for t in soup.body.find_all(lambda el: has(el, "table")):
        rows = [r for r in t.find_all(lambda el: has(el, "table-row"))
                if r.find_parent(lambda el: has(el, "table")) is t]
        g = grid_of(rows, lambda r: [c for c in r.find_all(True, recursive=False) if has(c, "table-cell")])
        if g and g[0]:
            out.append(g)
    return out


def aria_grids(soup):
    """ARIA tables of <div>s: role=table > role=row > role=cell/gridcell/rowheader/columnheader, aria spans"""
    out = []
    for t in soup.body.find_all(attrs={"role": "table"}):
        rows = [r for r in t.find_all(attrs={"role": "row"}) if r.find_parent(attrs={"role": "table"}) is t]

        def cells(r):
            cs = [c for c in r.find_all(True, recursive=False) if c.get("role") in ("cell", "gridcell", "rowheader",
                                                                                  "columnheader")]
            for c in cs:   # grid_of reads rowspan/colspan: copy the ARIA spans there
                if c.get("aria-colspan"):
                    c["colspan"] = c["aria-colspan"]
                if c.get("aria-rowspan"):
                    c["rowspan"] = c["aria-rowspan"]
            return cs
        g = grid_of(rows, cells)
        if g and g[0]:
            out.append(g)
    return out


def read_section2_dl(soup):
    """section 二 as definition lists: <dt> row label, <dd> "column name：value" """
    out = {}
    for dl in soup.body.find_all("dl"):
        dt = dl.find("dt")
        if dt is None or sq(dt.get_text()) not in SEC2_ROWS:
            continue
        d = {}
        for dd in dl.find_all("dd"):
            name, _, v = sq(dd.get_text()).partition("：")
            key = next(k for n, k in SEC2_COLS if n in name.replace("／", "/"))
            d[key] = value(v, wan="万元" in name and not v.endswith("元"))
        out[SEC2_ROWS[sq(dt.get_text())]] = d
    return out


def distinct(row):
    seen, out = set(), []
    for cell, text in row:
        if cell is not None and id(cell) in seen:
            continue
        seen.add(id(cell))
        out.append((cell, text))
    return out


def split_names(text, names):
    """text made of names run together (longest first) -> the names, else None"""
    out, t = [], text
    names = sorted(names, key=len, reverse=True)
    while t:
        n = next((n for n in names if t.startswith(n)), None)
        if n is None:
            return None
        out.append(n)
        t = t[len(n):]
    return out


def resolved(g, r, c, names):
    """the text of slot (r, c); a cell spanning k columns of row r whose text is k names gives its c-th name"""
    cell, t = g[r][c]
    if cell is None:
        return t
    cols = [j for j in range(len(g[r])) if g[r][j][0] is cell]
    if len(cols) > 1:
        parts = split_names(t, names)
        if parts and len(parts) == len(cols):
            return parts[cols.index(c)]
    return t


SEC2_ROWS = {"规章": "regulations", "规范性文件": "normative_docs", "行政规范性文件": "normative_docs",
             "行政许可": "licensing", "其他对外管理服务事项": "other_services", "行政处罚": "penalties",
             "行政强制": "enforcement", "行政事业性收费": "fees", "政府集中采购": "procurement"}
SEC2_COLS = [("本年新制作数量", "made"), ("本年新公开数量", "published"), ("对外公开总数量", "total_public"),
             ("上一年项目数量", "prev_items"), ("本年增/减", "change"), ("本年制发件数", "issued"),
             ("本年废止件数", "repealed"), ("现行有效件数", "in_force"), ("采购项目数量", "projects"),
             ("采购总金额", "amount_yuan"), ("收费金额", "amount_yuan"), ("处理决定数量", "decisions")]
LIST_COLS = [("本年制发", "issued"), ("本年废止", "repealed"), ("现行有效", "in_force"), ("处理决定", "decisions"),
             ("收费金额", "amount_yuan")]


def read_section2(grids):
    out, heads = {}, []
    for g in grids:
        if any(row and row[0][1] == "序号" for row in g):   # a 序号 column: dropped
            g = [row[1:] for row in g]
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
                    if v != "":
                        raise ValueError(f"section 二 value {v!r} under no head")
                    continue
                key = next(k for name, k in SEC2_COLS if name in h.replace("／", "/"))
                d[key] = value(v, wan="万元" in h and not v.endswith("元"))
            out[SEC2_ROWS[cells[0]]] = d
    return out


def pre_rows(soup):
    """rows of a <pre> text table that holds 信息内容: each line split at │ or |, cells stripped (NFKC etc.)"""
    rows = []
    for pre in soup.body.find_all("pre"):
        text = pre.get_text()
        if "信息内容" not in text:
            continue
        for line in text.splitlines():
            line = line.strip()
            if not line or line[0] not in "│|":
                continue
            rows.append([(None, sq(c)) for c in re.split(r"[│|]", line.strip("│|"))])
    return [rows] if rows else []


def read_section2_lists(soup):
    """section 二 printed as <li>s: "行政规范性文件：本年制发2件，本年废止1件，现行有效15件；" """
    out = {}
    for li in soup.body.find_all("li"):
        t = sq(li.get_text())
        m = re.match(r"^([^：]+)：(.*)$", t)
        if not m or m.group(1) not in SEC2_ROWS:
            continue
        d = {}
        for part in re.split(r"[，；。,;]", m.group(2)):  # NFKC turns ，； into ,;
            if not part:
                continue
            pm = re.fullmatch(r"(\D+?)([\d.]+|—|/|无)?(件|万元|元)?", part)
            if not pm:
                raise ValueError(f"section 二 list item part {part!r}")
            key = next(k for name, k in LIST_COLS if name in pm.group(1))
            d[key] = value(pm.group(2) or "", wan=pm.group(3) == "万元")
        out[SEC2_ROWS[m.group(1)]] = d
    return out


COLKEY = {"自然人": "natural_person", "商业企业": "business", "科研机构": "research", "社会公益组织": "nonprofit",
          "法律服务机构": "legal_service", "其他": "other_org", "总计": "total", "合计": "total"}
APPL = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_org"]
SUBROWS = [("属于国家秘密", "denied_state_secret"), ("其他法律行政法规禁止公开", "denied_law_forbidden"),
           ("三安全一稳定", "denied_safety"), ("保护第三方合法权益", "denied_third_party"),
           ("属于三类内部事务信息", "denied_internal"), ("属于四类过程性信息", "denied_process"),
           ("属于行政执法案卷", "denied_enforcement"), ("属于行政查询事项", "denied_query"),
           ("本机关不掌握相关政府信息", "unable_not_held"), ("没有现成信息需要另行制作", "unable_needs_creation"),
           ("补正后申请内容仍不明确", "unable_unclear"), ("信访举报投诉类申请", "rejected_petition"),
           ("重复申请", "rejected_duplicate"), ("要求提供公开出版物", "rejected_publication"),
           ("无正当理由大量反复申请", "rejected_excessive"), ("要求行政机关确认或重新出具已获取信息", "rejected_confirm"),
           ("逾期不补正", "other_no_correction"), ("逾期未按收费通知要求缴纳费用", "other_no_fee")]
GROUPS = ["三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]


def colkey(text):
    return COLKEY.get(text.replace("（续）", ""))


def row_key(label, tpl, group):
    for needle, k in SUBROWS:
        if needle in label:
            return k
    if re.search(r"(?:3[.．、]?|（3）)其他$", label) and tpl == "2021" and \
            (group == "（六）其他处理" or "（六）其他处理" in label):
        return "other_misc"
    if "（七）总计" in label or "（七）合计" in label:
        return "total_handled"
    if label.endswith("（六）其他处理") and tpl == "2019":
        return "other"
    if "（一）予以公开" in label:
        return "granted"
    if "（二）部分公开" in label:
        return "partial"
    if "本年新收" in label:
        return "new_received"
    if "上年" in label and "结转" in label:
        return "carried_over"
    if "结转" in label and "下年" in label:
        return "carried_forward"
    return None


def read_section3(grids, tpl):
    out, errs = {}, []
    for g in grids:
        width = len(g[0])
        first = next(i for i, row in enumerate(g) if any(row_key(t, tpl, None) for _, t in row))
        vcol = {}
        for r in range(first):
            for c in range(width):
                k = colkey(resolved(g, r, c, COLKEY))
                if k:
                    vcol[c] = k
        notes = {c for c in range(width) for r in range(first) if g[r][c][1] in ("备注", "序号")}   # a 备注 column: no values
        lcols = [c for c in range(width) if c not in vcol and c not in notes]
        group = None
        for row in g[first:]:
            lcells = {id(row[c][0]) for c in lcols if row[c][0] is not None}
            seen, parts = set(), []
            for c in lcols:
                cell, t = row[c]
                if cell is not None and id(cell) not in seen:
                    seen.add(id(cell))
                    parts.append(t)
            label = "".join(parts)
            vals = [(vcol[c], "" if id(row[c][0]) in lcells else row[c][1]) for c in sorted(vcol)]
            named = [x for x in GROUPS if x in label]
            if named:
                group = max(named, key=label.rfind)
            if all(t == "" for _, t in vals) and any(label.endswith(x) for x in GROUPS) and \
                    not (tpl == "2019" and label.endswith("（六）其他处理")):
                continue
            key = row_key(label, tpl, group)
            if key is None:
                if any(is_number(t) for _, t in vals):
                    errs.append(f"section 三 row with values but no label: {label!r}")
                continue
            d = out.setdefault(key, {})
            for k, t in vals:
                if k in d:
                    errs.append(f"section 三 {key}.{k} twice")
                d[k] = value(t)
    return out, errs


LEAVES = {"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total"}
HEAD4 = list(LEAVES) + ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]


def read_section4(grids):
    out, n = {}, 0
    for g in grids:
        data = max(i for i, row in enumerate(g) if any(is_number(t) for _, t in row))
        width = len(g[data])
        heads = [[resolved(g, r, c, HEAD4) for c in range(width)] for r in range(data)]
        keep = [c for c in range(width) if (any(h[c] for h in heads) or g[data][c][1] != "")
                and not any(h[c] == "备注" for h in heads)]
        for h in heads:   # an empty header slot takes the text to its left (a CSS grid cannot span)
            for i, c in enumerate(keep):
                if h[c] == "" and i > 0:
                    h[c] = h[keep[i - 1]]
        for c in keep:
            col = "".join(h[c] for h in heads)
            if "复议后起诉" in col:
                grp = "litigation_after_review"
            elif "直接起诉" in col:
                grp = "litigation_direct"
            elif "行政复议" in col:
                grp = "review"
            else:
                raise ValueError(f"section 四 column {[h[c] for h in heads]}")
            leaf = [LEAVES[h[c]] for h in heads if h[c] in LEAVES][-1]
            if leaf in out.get(grp, {}):
                raise ValueError(f"section 四 {grp}.{leaf} twice")
            out.setdefault(grp, {})[leaf] = value(g[data][c][1])
            n += 1
    return out, n


CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}



def cnum(s):
    """Arabic, or Chinese numerals up to 999 (一百零四, 三十二, 十五, 两)"""
    if s.isdigit():
        return int(s)
    n = 0
    if "百" in s:
        a, _, s = s.partition("百")
        n += CN[a] * 100
        s = s.lstrip("零")
        if not s:
            return n
    if "十" in s:
        a, _, b = s.partition("十")
        return n + (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return n + CN[s]


def overview(soup):
    text = sq(soup.body.get_text())
    a = text.find("一、总体情况")
    b = text.find("二、主动公开政府信息情况", a)
    return text[a:b]


NUMS = r"(\d+|[零一二两三四五六七八九十百]+)"


def states(text, key, v):
    if key == "new_requests":
        got = re.findall(r"(?:收到|新收|受理|接收)[^。；\d]{0,24}?申请(?:共|数)?" + NUMS + "件", text)
        return v in [cnum(x) for x in got]
    word = "行政复议" if key == "reviews" else "行政诉讼"
    if v == 0:
        return re.search(r"(?:未发生|未被|没有|无)[^。；]{0,30}?" + word, text) is not None
    return v in [cnum(x) for x in re.findall(word + r"(?:案件)?(?:共)?" + NUMS + r"[件起宗]", text)]


def identities(t):
    z = lambda v: v or 0
    bad = set()
    q = t["requests"]
    res = [k for k in q if k not in ("new_received", "carried_over", "total_handled", "carried_forward")]
    for c in APPL + ["total"]:
        if z(q["new_received"][c]) + z(q["carried_over"][c]) != z(q["total_handled"][c]) + z(q["carried_forward"][c]):
            bad.add("balance")
        if z(q["total_handled"][c]) != sum(z(q[k][c]) for k in res):
            bad.add("outcome-total")
    for row in q.values():
        if any(v is not None for v in row.values()) and z(row["total"]) != sum(z(row[c]) for c in APPL):
            bad.add("row-total")
    rl = t["review_litigation"]
    for row in rl.values():
        if any(v is not None for v in row.values()) and \
                z(row["total"]) != sum(z(row[x]) for x in ("upheld", "corrected", "other", "pending")):
            bad.add("review-total")
    n = t["narrative"]
    if n["new_requests"] is not None and n["new_requests"] != z(q["new_received"]["total"]):
        bad.add("narrative-mismatch")
    if n["reviews"] is not None and n["reviews"] != z(rl["review"]["total"]):
        bad.add("narrative-mismatch")
    if n["lawsuits"] is not None and \
            n["lawsuits"] != z(rl["litigation_direct"]["total"]) + z(rl["litigation_after_review"]["total"]):
        bad.add("narrative-mismatch")
    return sorted(bad)


def hidden_classes(raw_css):
    """class names the page's <style> hides (.x{display:none}) outside @media blocks"""
    css = re.sub(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", raw_css)
    out = set()
    for sel, decl in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if re.search(r"display\s*:\s*none", decl):
            out |= {x.strip()[1:] for x in sel.split(",") if re.fullmatch(r"\.[\w-]+", x.strip())}
    return out


def load(d):
    from bs4 import BeautifulSoup, Comment
    text, enc = decoded((d / "page.html").read_bytes())
    soup = BeautifulSoup(text, "lxml")
    css = "\n".join(s.get_text() for s in soup.find_all("style"))
    for x in soup.find_all(["script", "style", "noscript"]):
        x.decompose()
    for x in soup.find_all(string=lambda s: isinstance(s, Comment)):
        x.extract()
    for x in soup.find_all("del"):   # a corrected cell: the old figure struck out
        x.decompose()
    hide = hidden_classes(css)
    for x in soup.find_all(lambda el: bool(set(el.get("class") or []) & hide)):
        x.decompose()
    return soup, enc, css


# ====================================================================== route coverage (c)
def numbers(text):
    return [m.group(0).lstrip("+") for m in re.finditer(r"[+-]?\d+(?:\.\d+)?", norm(text))]


def in_order(seq, nums):
    if not seq:
        return True
    n = len(seq)
    return any(nums[i:i + n] == seq for i in range(len(nums) - n + 1))


# ====================================================================== check
def check():
    ok = True
    folders = sorted(p for p in SET.iterdir() if p.is_dir() and (p / "truth.json").exists())
    if len(folders) != 10:
        print(f"set holds {len(folders)} report folders")
        ok = False
    totals = {r: [0, 0, 0, 0] for r in ROUTES}
    flaws = []
    for d in folders:
        t = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        soup, enc, css = load(d)
        errs = []
        tpl, year, flaw = t["template"], t["year"], t["flaw"]
        flaws.append(flaw)
        want_enc = t["encoding"] or "utf-8"
        if (enc or "").lower() not in (want_enc, "utf-8-sig" if want_enc == "utf-8" else want_enc):
            errs.append(f"page decoded as {enc}, truth says {t['encoding']}")
        files = sorted(p.name for p in d.iterdir())
        want = sorted(["page.html", "truth.json"] + [f"{r}.{x}" for r, x in ROUTES.items() if (d.name, r) not in DROPPED])
        if files != want:
            errs.append(f"folder holds {sorted(set(files) ^ set(want))} differently")
        if not sq(soup.title.get_text()).startswith(t["title"]):
            errs.append(f"<title> is {soup.title.get_text()!r}")
        body = sq(soup.body.get_text())
        if t["title"] not in body:
            errs.append("title not printed in the body")
        if not t["title"].startswith(t["office"]) or t["office"] not in body:
            errs.append("office")
        parts = d.name.split("-")
        if f"{year}年" not in t["title"] or parts[1] != str(year) or parts[2] != tpl \
                or tpl != ("2019" if year <= 2020 else "2021") or not t["layout"].startswith("r28-"):
            errs.append("year/template/layout")
        if ("-".join(parts[3:]) or None) != flaw:
            errs.append(f"folder name vs flaw {flaw}")
        grids = []
        for el in soup.body.find_all("table"):
            if el.find("table") is None and el.find_parent("div", class_="tbl-rows") is None:
                g = grid_of(rendered_rows(el))
                if g and g[0]:
                    grids.append(g)
        for wrap in soup.body.find_all("div", class_="tbl-rows"):   # one table per row: the rows of one grid
            g = grid_of([tr for tb in wrap.find_all("table") for tr in rendered_rows(tb)])
            if g and g[0]:
                grids.append(g)
        ngrid_tables = len(grids)
        grids += css_grids(soup, css_classes(soup, css))
        grids += aria_grids(soup)
        text_of = lambda g: "".join(x for row in g for _, x in row)
        t2 = [g for g in grids if "信息内容" in text_of(g)]
        t4 = [g for g in grids if "结果维持" in text_of(g) and g not in t2]
        t3 = [g for g in grids if g not in t2 and g not in t4 and
              any(row_key(x, tpl, None) for row in g for _, x in row)]
        pre = []
        try:
            pre = [] if t2 else pre_rows(soup)
            a = read_section2(t2) if t2 else read_section2(pre) if pre else \
                read_section2_dl(soup) if soup.body.find("dl") else read_section2_lists(soup)
        except (ValueError, StopIteration) as e:
            errs.append(f"section 二 unreadable: {e}")
            a = {}
        if a != t["active"]:
            errs.append(f"section 二: page {a}, truth {t['active']}")
        n2 = sum(len(v) for v in a.values())
        if n2 != (22 if tpl == "2019" else 10):
            errs.append(f"section 二 has {n2} cells")
        q, e3 = read_section3(t3, tpl)
        errs += e3
        if sorted(q) != sorted(t["requests"]) or len(q) != (23 if tpl == "2019" else 25):
            errs.append(f"section 三 rows {sorted(set(q) ^ set(t['requests']))} differ")
        n3 = 0
        for r in t["requests"]:
            for c in APPL + ["total"]:
                n3 += 1
                got = q.get(r, {}).get(c, "missing")
                if got != t["requests"][r][c]:
                    errs.append(f"三 {r}.{c}: page {got}, truth {t['requests'][r][c]}")
        try:
            rl, n4 = read_section4(t4)
        except (ValueError, IndexError, KeyError) as e:
            errs.append(f"section 四 unreadable: {e!r}")
            rl, n4 = {}, 0
        if rl != t["review_litigation"] or n4 != 15:
            errs.append(f"section 四: page {rl}, truth {t['review_litigation']}")
        one = overview(soup)
        for k, v in t["narrative"].items():
            if v is not None and not states(one, k, v):
                errs.append(f"总体情况 does not state {k} = {v}")
        bad = identities(t)
        if flaw is None and bad:
            errs.append(f"sound report breaks {bad}")
        if flaw is not None and bad != [flaw]:
            errs.append(f"flaw {flaw}, breaks {bad}")
        ok &= not errs
        css_n = len(grids) - ngrid_tables
        print(f"{d.name}: (a) {'ok' if not errs else 'FAIL'} — encoding {enc}; title, office, year; 二 {n2} cells in "
              f"{f'{len(t2)} grid(s)' if t2 else 'a <pre> text table' if pre else '<dl> lists' if soup.body.find('dl') else '<li> lists'}, 三 {n3} cells in {len(t3)} grid(s), 四 {n4} cells in {len(t4)} grid(s)"
              f"{f' ({css_n} CSS grid(s) on the page)' if css_n else ''}, prose "
              f"{sum(v is not None for v in t['narrative'].values())} figures; (b) breaks {bad or 'nothing'}")
        for e in errs:
            print("    " + e)
        # (c) route coverage
        rows3 = [[str(t["requests"][r][c]) for c in APPL + ["total"] if t["requests"][r][c] is not None]
                 for r in t["requests"]]
        row4 = [str(t["review_litigation"][g][x]) for g in ("review", "litigation_direct", "litigation_after_review")
                for x in ("upheld", "corrected", "other", "pending", "total")
                if t["review_litigation"][g][x] is not None]
        line = []
        for r in ROUTES:
            f = d / f"{r}.{ROUTES[r]}"
            if not f.exists():
                line.append(f"{r} {'dropped' if (d.name, r) in DROPPED else 'missing'}")
                continue
            text = f.read_bytes().decode("utf-8")
            if "/work/" in text or "/tmp/" in text:
                print(f"    {r} holds a local path")
                ok = False
            nums = numbers(text)
            k = sum(in_order(x, nums) for x in rows3)
            w4 = in_order(row4, nums)
            totals[r][0] += k
            totals[r][1] += len(rows3)
            totals[r][2] += int(w4)
            totals[r][3] += 1
            line.append(f"{r} 三 rows {k}/{len(rows3)} 四 {'whole' if w4 else 'broken'}" + ("" if text.strip() else " EMPTY"))
        print("    (c) " + "; ".join(line))
    if sorted(f for f in flaws if f) != sorted(["balance", "outcome-total", "row-total", "review-total",
                                               "narrative-mismatch"]) or flaws.count(None) != 5:
        print(f"flaws in the set: {flaws}")
        ok = False
    print("\n(c) over the set: section 三 rows whose printed values appear whole and in order among the route's numbers "
          "(NFKC, thousands separators dropped); section 四's printed values whole and in order")
    for r, (k, n, w, m) in totals.items():
        if n:
            print(f"  {r:31s} 三 rows {k}/{n} = {100 * k / n:5.1f} %   四 whole {w}/{m}")
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
