#!/usr/bin/env python3
"""Round 24: hand-written report pages in markup no earlier round used, read by routes no earlier round used.

    make_round24.py [build|check|all] [NN]   (default: all)

The set is the folders beside this script (/work/round24, or fixtures/external/handwritten-round24 once moved).

`build` rebuilds, for every folder, the route texts beside page.html and truth.json. Scratch files (PDFs, XLSX, UTF-8
copies, LibreOffice/Chromium profiles, HOME, node_modules) go under /tmp/round24/build.

  PDF   = a scratch copy of page.html with `<style>@page { size: A4; }</style>` before </head> (same bytes otherwise),
          printed by headless Chromium (--print-to-pdf, --no-pdf-header-footer, fresh --user-data-dir)
  LOPDF = soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export page.html
  UTF8  = page.html itself when it is UTF-8, else a scratch copy decoded from its declared charset and re-encoded as
          UTF-8 with the meta charset changed to utf-8 (pandoc reads UTF-8 only)

  bs4-raw.txt                  BeautifulSoup(page bytes, "lxml").get_text()   (no separator, no strip: crawler text)
  cheerio-text.txt             node: cheerio.load(text).("body").text(), text decoded with TextDecoder(declared charset)
  jsdom-squeezed.txt           node: new JSDOM(page bytes) (jsdom sniffs the charset), script/style/noscript removed,
                               document.body.textContent with whitespace runs squeezed to one space, trimmed
  inscriptis-strict.txt        inscriptis.get_text(text, ParserConfig(css=CSS_PROFILES["strict"]))
  lynx-w100.txt                lynx -dump -nolist -width=100 -display_charset=utf-8 -assume_charset=utf-8 UTF8
                               (lynx 2.9 does not know charset=gb18030 and printed raw GB bytes, so GBK/GB18030
                               pages are given to it as the UTF-8 copy)
  pandoc-haddock.txt           pandoc -f html -t haddock UTF8
  pandoc-muse.txt              pandoc -f html -t muse UTF8
  pandoc-plain-c40.txt         pandoc -f html -t plain --columns=40 UTF8
  chrome-pdf-plumber-layout.txt  pdfplumber on PDF: "\\n".join(p.extract_text(layout=True) for p in pages)
  poppler-bbox-blocks.txt      pdftotext -bbox-layout PDF: every <block>'s lines (words joined by a space) one per line,
                               blocks separated by a blank line, pages one after another
  lo-pdf-pypdfium2.txt         pypdfium2 on LOPDF: each page's get_textpage().get_text_range(), joined by "\\n"
  lo-txt-utf8.txt              soffice --headless --infilter="HTML (StarWriter)" --convert-to "txt:Text (encoded):UTF8"
                               page.html
  calc-xlsx-openpyxl.txt       soffice --headless --infilter="HTML (StarCalc)" --convert-to xlsx page.html; openpyxl
                               load_workbook(data_only=True), every sheet, each row's cells joined by a tab (None as
                               ""), trailing empty cells dropped, rows in order

`check` (independent of nianbao and of the generator):
 (a) reads every page.html with BeautifulSoup from bytes (charset from the page), drops <script>/<style>/comments,
     rebuilds every innermost <table> (rows in rendered order: thead, tbody, tfoot; rowspan/colspan expanded). Section
     二 from tables with 信息内容 header rows; section 三 from every table holding its row labels: value columns are the
     columns whose header cells name an applicant column (the lowest such name; "（续）" dropped), the rest are labels;
     labels are the distinct label cells of a row joined; value-less rows naming a group set the group for "3.其他";
     section 四 from every table holding 结果维持: group and result from the header cells above each data cell (so a
     section 四 split over two tables is read whole). Text is NFKC-normalised, whitespace, zero-width spaces and soft
     hyphens dropped; blank / "/" / "-" / "—" = null; thousands separators and 件/元/万元 units read. Every cell, the
     title, office, year/template and the 总体情况 figures (Arabic or Chinese numerals) are compared with truth.json.
 (b) checks the identities (this script's own rules): a sound report breaks none, a flawed one only its own.
 (c) says, per route, how many section 三 rows appear whole and in order among the route's numbers, and whether the
     15 section 四 numbers do.
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

HERE = Path(__file__).resolve().parent
SET = HERE if any(HERE.glob("01-*/truth.json")) else HERE.parents[1] / "fixtures/external/handwritten-round24"
SCRATCH = Path("/tmp/round24/build")
NODE = Path("/tmp/round24/node")
ROUTES = {"bs4-raw": "txt", "cheerio-text": "txt", "jsdom-squeezed": "txt", "inscriptis-strict": "txt",
          "lynx-w100": "txt", "pandoc-haddock": "txt", "pandoc-muse": "txt", "pandoc-plain-c40": "txt",
          "chrome-pdf-plumber-layout": "txt", "poppler-bbox-blocks": "txt", "lo-pdf-pypdfium2": "txt",
          "lo-txt-utf8": "txt", "calc-xlsx-openpyxl": "txt"}


# ====================================================================== build
def sh(cmd, env=None, cwd=None, inp=None, timeout=600, ok=(0,)):
    p = subprocess.run(cmd, capture_output=True, env=env, cwd=cwd, input=inp, timeout=timeout)
    if p.returncode not in ok:
        raise RuntimeError(f"{cmd[0]} failed ({p.returncode}): {p.stderr.decode('utf-8', 'replace')[-800:]}")
    return p.stdout


def tool_env(home):
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "LC_ALL", "LANGUAGE")}
    env.update(LANG="C.UTF-8", HOME=str(home), NODE_PATH=str(NODE / "node_modules"))
    return env


def declared_charset(raw):
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", raw[:4000], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def decoded(raw):
    enc = declared_charset(raw) or "utf-8"
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, enc = raw[3:], "utf-8"
    return raw.decode(enc), enc


CHEERIO_JS = r"""
const fs = require('fs'); const cheerio = require('cheerio');
const buf = fs.readFileSync(process.argv[2]); const enc = process.argv[3];
const text = new TextDecoder(enc).decode(buf);
const $ = cheerio.load(text);
process.stdout.write($('body').text());
"""
JSDOM_JS = r"""
const fs = require('fs'); const { JSDOM } = require('jsdom');
const dom = new JSDOM(fs.readFileSync(process.argv[2]));
const d = dom.window.document;
d.querySelectorAll('script, style, noscript').forEach(e => e.remove());
process.stdout.write(d.body.textContent.replace(/\s+/g, ' ').trim());
"""


def ensure_node():
    if not (NODE / "node_modules/cheerio").exists() or not (NODE / "node_modules/jsdom").exists():
        NODE.mkdir(parents=True, exist_ok=True)
        sh(["npm", "install", "--prefix", str(NODE), "cheerio@1.2.0", "jsdom@29.1.1"])


def chrome_pdf(src, work, env):
    profile = work / "chromium-profile"
    shutil.rmtree(profile, ignore_errors=True)
    pdf = work / "a4.pdf"
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


def bbox_blocks(pdf, env, work):
    from lxml import etree
    xml = sh(["pdftotext", "-bbox-layout", "-enc", "UTF-8", str(pdf), "-"], env=env, cwd=work)
    root = etree.fromstring(xml, etree.HTMLParser(encoding="utf-8"))
    out = []
    for page in root.iter("page"):
        for block in page.iter("block"):
            lines = [" ".join(w.text or "" for w in line.iter("word")) for line in block.iter("line")]
            out.append("\n".join(lines) + "\n\n")
    return "".join(out)


def plumber_layout(pdf):
    import pdfplumber
    with pdfplumber.open(pdf) as doc:
        return "\n".join(p.extract_text(layout=True) for p in doc.pages)


def pdfium_text(pdf):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def xlsx_rows(xlsx):
    import openpyxl
    wb = openpyxl.load_workbook(xlsx, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = ["" if v is None else str(v) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            out.append("\t".join(cells) + "\n")
    return "".join(out)


def build(only=None):
    from bs4 import BeautifulSoup
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig
    SCRATCH.mkdir(parents=True, exist_ok=True)
    home = SCRATCH / "home"
    home.mkdir(exist_ok=True)
    env = tool_env(home)
    ensure_node()
    (SCRATCH / "cheerio.js").write_text(CHEERIO_JS)
    (SCRATCH / "jsdom.js").write_text(JSDOM_JS)
    for d in sorted(p for p in SET.iterdir() if p.is_dir() and (p / "truth.json").exists()):
        if only and not d.name.startswith(only):
            continue
        work = SCRATCH / d.name
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        raw = (d / "page.html").read_bytes()
        text, enc = decoded(raw)
        page = work / "page.html"
        page.write_bytes(raw)
        if enc == "utf-8":
            utf8 = page
        else:
            utf8 = work / "page-utf8.html"
            utf8.write_bytes(re.sub(r"charset\s*=\s*" + enc, "charset=utf-8", text, count=1, flags=re.I).encode("utf-8"))
        a4 = work / "a4.html"
        i = text.lower().find("</head>")
        a4text = text[:i] + "<style>@page { size: A4; }</style>\n" + text[i:]
        a4.write_bytes((b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b"") + a4text.encode(enc))
        pdf = chrome_pdf(a4, work, env)
        lopdf = soffice(page, work, env, "HTML (StarWriter)", "pdf:writer_pdf_Export", "page.pdf")
        lotxt = soffice(page, work, env, "HTML (StarWriter)", "txt:Text (encoded):UTF8", "page.txt")
        xlsx = soffice(page, work, env, "HTML (StarCalc)", "xlsx", "page.xlsx")
        u = lambda b: b.decode("utf-8")
        pan = lambda fmt, *extra: u(sh(["pandoc", "-f", "html", "-t", fmt, *extra, str(utf8)], env=env, cwd=work))
        out = {
            "bs4-raw": BeautifulSoup(raw, "lxml").get_text(),
            "cheerio-text": u(sh(["node", str(SCRATCH / "cheerio.js"), str(page), enc], env=env, cwd=work)),
            "jsdom-squeezed": u(sh(["node", str(SCRATCH / "jsdom.js"), str(page)], env=env, cwd=work)),
            "inscriptis-strict": get_text(text, ParserConfig(css=CSS_PROFILES["strict"])),
            "lynx-w100": u(sh(["lynx", "-dump", "-nolist", "-width=100", "-display_charset=utf-8",
                               "-assume_charset=utf-8", str(utf8)], env=env, cwd=work)),
            "pandoc-haddock": pan("haddock"),
            "pandoc-muse": pan("muse"),
            "pandoc-plain-c40": pan("plain", "--columns=40"),
            "chrome-pdf-plumber-layout": plumber_layout(pdf),
            "poppler-bbox-blocks": bbox_blocks(pdf, env, work),
            "lo-pdf-pypdfium2": pdfium_text(lopdf),
            "lo-txt-utf8": lotxt.read_bytes().decode("utf-8"),
            "calc-xlsx-openpyxl": xlsx_rows(xlsx),
        }
        assert sorted(out) == sorted(ROUTES)
        for r, ext in ROUTES.items():
            (d / f"{r}.{ext}").write_bytes((out[r] or "").encode("utf-8"))
        print(f"{d.name}: {len(out)} routes" + "".join(f"; {r} empty" for r in ROUTES if not out[r].strip()),
              file=sys.stderr)


# ====================================================================== page reading
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").translate(INVISIBLE)
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)


def sq(s):
    """NFKC, invisible characters and all whitespace dropped, ASCII brackets and colon read as full-width"""
    s = re.sub(r"\s+", "", norm(s))
    return s.replace("(", "（").replace(")", "）").replace(":", "：")


def value(text, wan=False):
    t = sq(text)
    if t in ("", "/", "-", "—", "－", "——"):
        return None
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


def rendered_rows(table):
    head, body, foot = [], [], []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        group = tr.parent.name if tr.parent is not None else ""
        (head if group == "thead" else foot if group == "tfoot" else body).append(tr)
    return head + body + foot


def grid_of(trs):
    taken, width = {}, 0
    for r, tr in enumerate(trs):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
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


def distinct(row):
    seen, out = set(), []
    for cell, text in row:
        if cell is not None and id(cell) in seen:
            continue
        seen.add(id(cell))
        out.append((cell, text))
    return out


SEC2_ROWS = {"规章": "regulations", "规范性文件": "normative_docs", "行政规范性文件": "normative_docs",
             "行政许可": "licensing", "其他对外管理服务事项": "other_services", "行政处罚": "penalties",
             "行政强制": "enforcement", "行政事业性收费": "fees", "政府集中采购": "procurement"}
SEC2_COLS = [("本年新制作数量", "made"), ("本年新公开数量", "published"), ("对外公开总数量", "total_public"),
             ("上一年项目数量", "prev_items"), ("本年增/减", "change"), ("本年制发件数", "issued"),
             ("本年废止件数", "repealed"), ("现行有效件数", "in_force"), ("采购项目数量", "projects"),
             ("采购总金额", "amount_yuan"), ("收费金额", "amount_yuan"), ("处理决定数量", "decisions")]


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
                key = next(k for name, k in SEC2_COLS if name in h.replace("／", "/"))
                d[key] = value(v, wan="万元" in h and not v.endswith("元"))
            out[SEC2_ROWS[cells[0]]] = d
    return out


COLKEY = {"自然人": "natural_person", "商业企业": "business", "科研机构": "research", "社会公益组织": "nonprofit",
          "法律服务机构": "legal_service", "其他": "other_org", "总计": "total", "合计": "total"}
APPL = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_org"]
SUBROWS = [("属于国家秘密", "denied_state_secret"), ("其他法律行政法规禁止公开", "denied_law_forbidden"),
           ("危及“三安全一稳定”", "denied_safety"), ("保护第三方合法权益", "denied_third_party"),
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
    if re.search(r"3[.．、]其他$", label) and (group == "（六）其他处理" or "（六）其他处理" in label) and tpl == "2021":
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
        for row in g[:first]:
            for c, (_, t) in enumerate(row):
                if colkey(t):
                    vcol[c] = colkey(t)
        lcols = [c for c in range(width) if c not in vcol]
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
            if all(t == "" for _, t in vals) and any(label.endswith(x) for x in GROUPS):
                group = next(x for x in GROUPS if label.endswith(x))
                if not (tpl == "2019" and group == "（六）其他处理"):
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


def read_section4(grids):
    leaves = {"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total"}
    out, n = {}, 0
    for g in grids:
        data = max(i for i, row in enumerate(g) if any(is_number(t) for _, t in row))
        for c, (cell, t) in enumerate(g[data]):
            col = [row[c][1] for row in g[:data]]
            if "复议后起诉" in "".join(col):
                grp = "litigation_after_review"
            elif "直接起诉" in "".join(col):
                grp = "litigation_direct"
            elif "行政复议" in "".join(col):
                grp = "review"
            else:
                raise ValueError(f"section 四 column {col}")
            leaf = [leaves[x] for x in col if x in leaves][-1]
            if leaf in out.get(grp, {}):
                raise ValueError(f"section 四 {grp}.{leaf} twice")
            out.setdefault(grp, {})[leaf] = value(t)
            n += 1
    return out, n


CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cnum(s):
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN[s]


def overview(soup):
    text = sq(soup.body.get_text())
    a = text.find("一、总体情况")
    b = text.find("二、主动公开政府信息情况", a)
    return text[a:b]


NUMS = r"(\d+|[零一二两三四五六七八九十]+)"


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


def load(d):
    from bs4 import BeautifulSoup, Comment
    soup = BeautifulSoup((d / "page.html").read_bytes(), "lxml")
    enc = soup.original_encoding
    for x in soup.find_all(["script", "style", "noscript"]):
        x.decompose()
    for x in soup.find_all(string=lambda s: isinstance(s, Comment)):
        x.extract()
    return soup, enc


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
        soup, enc = load(d)
        errs = []
        tpl, year, flaw = t["template"], t["year"], t["flaw"]
        flaws.append(flaw)
        want_enc = t["encoding"] or "utf-8"
        if (enc or "").lower() not in (want_enc, "utf-8-sig" if want_enc == "utf-8" else want_enc):
            errs.append(f"page decoded as {enc}, truth says {t['encoding']}")
        files = sorted(p.name for p in d.iterdir())
        want = sorted(["page.html", "truth.json"] + [f"{r}.{x}" for r, x in ROUTES.items()])
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
                or tpl != ("2019" if year <= 2020 else "2021") or not t["layout"].startswith("r24-"):
            errs.append("year/template/layout")
        if ("-".join(parts[3:]) or None) != flaw:
            errs.append(f"folder name vs flaw {flaw}")
        grids = []
        for el in soup.body.find_all("table"):
            if el.find("table") is None:
                g = grid_of(rendered_rows(el))
                if g and g[0]:
                    grids.append(g)
        text_of = lambda g: "".join(x for row in g for _, x in row)
        t2 = [g for g in grids if "信息内容" in text_of(g)]
        t4 = [g for g in grids if "结果维持" in text_of(g) and g not in t2]
        t3 = [g for g in grids if g not in t2 and g not in t4 and
              any(row_key(x, tpl, None) for row in g for _, x in row)]
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
        print(f"{d.name}: (a) {'ok' if not errs else 'FAIL'} — encoding {enc}; title, office, year; 二 {n2} cells in "
              f"{len(t2)} table(s), 三 {n3} cells in {len(t3)} table(s), 四 {n4} cells in {len(t4)} table(s), prose "
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
                line.append(f"{r} missing")
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
            print(f"  {r:27s} 三 rows {k}/{n} = {100 * k / n:5.1f} %   四 whole {w}/{m}")
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
