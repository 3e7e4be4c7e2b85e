#!/usr/bin/env python3
"""Round 18: hand-written report pages turned into text by browsers' text
dumps, LibreOffice, MuPDF, pandoc's GFM and reST writers and pandas.

    tests/external/make_round18.py [build|check|all]   (default: all)

`build` rebuilds, for every folder of fixtures/external/handwritten-round18,
the route texts beside `page.html` and `truth.json` (scratch files under
/tmp/round18/build, never in the folders: every file of a folder but
truth.json is scored as a route):

  w3m-dump.txt                w3m -dump -cols 80 -T text/html -O UTF-8 page.html
  links-dump.txt              links -dump -width 80 -codepage utf-8 page.html
  elinks-dump.txt             elinks -no-home 1 -no-numbering 1 -no-references 1
                              -dump 1 -dump-width 80 -dump-charset UTF-8
                              page.html (no link list: it would print this
                              checkout's path for relative links)
  libreoffice-txt.txt         soffice --headless --infilter="HTML (StarWriter)"
                              --convert-to "docx:MS Word 2007 XML" page.html,
                              then soffice --headless --convert-to txt:Text
                              page.docx
  libreoffice-pdftotext.txt   soffice --headless --infilter="HTML (StarWriter)"
                              --convert-to pdf:writer_pdf_Export page.html,
                              then pdftotext page.pdf - (no options)
  mutool-txt.txt              chromium --headless --print-to-pdf of a copy of
                              the page with `@page { size: A4; }` added, then
                              mutool draw -F txt -o - page.pdf
  pandoc-gfm.txt              pandoc -f html -t gfm page.html
  pandoc-rst.txt              pandoc -f html -t rst page.html
  pandas-csv.txt              the page walked in document order: text of
                              each block element as one paragraph line, and
                              each innermost <table> read with
                              pandas.read_html (defaults) and written with
                              DataFrame.to_csv(sep="\\t", index=False), the
                              column header (when pandas found one) flattened
                              by " / "

links 2 and pandoc cannot read a GBK page, so they are given a scratch copy
transcoded to UTF-8 with its charset declaration changed; every other tool
reads page.html itself. Tool output is kept exactly as printed.

`check` (a) reads every page.html with BeautifulSoup, rowspan/colspan
expanded, and compares every section 二/三/四 cell, the title, the office,
the year/template and the figures the 总体情况 prose states with truth.json;
(b) checks the identities: a sound report breaks none, a flawed one only its
own; (c) says how many of each report's section 三 (and 四) numbers each route
kept. Exit status 1 when (a) or (b) fails.
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import warnings
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup, CData, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

from page_truth import identities, innermost_tables, squash  # noqa: E402  (shared with rounds 19-21)

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "fixtures/external/handwritten-round18"
SCRATCH = Path("/tmp/round18/build")
ROUTES = ["w3m-dump", "links-dump", "elinks-dump", "libreoffice-txt", "libreoffice-pdftotext",
          "mutool-txt", "pandoc-gfm", "pandoc-rst", "pandas-csv"]
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


def page_encoding(raw):
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", raw[:4096])
    return m.group(1).decode("ascii").lower() if m else "utf-8"


def utf8_copy(page, work):
    """The page itself when it is UTF-8, else a transcoded scratch copy."""
    raw = page.read_bytes()
    enc = page_encoding(raw)
    if enc in ("utf-8", "utf8"):
        return page
    text = raw.decode(enc)
    text = re.sub(r"charset\s*=\s*[\"']?" + re.escape(enc), "charset=utf-8", text, count=1, flags=re.I)
    out = work / "page.utf8.html"
    out.write_text(text, encoding="utf-8")
    return out


def a4_copy(page, work):
    raw = page.read_bytes()
    enc = page_encoding(raw)
    text = raw.decode(enc)
    i = text.lower().find("</head>")
    style = "<style>@page { size: A4; }</style>\n"
    text = text[:i] + style + text[i:] if i >= 0 else style + text
    out = work / "print.html"
    out.write_bytes(text.encode(enc))
    return out


def soffice(args, work, env):
    profile = (SCRATCH / "lo-profile").as_uri()
    return sh(["soffice", f"-env:UserInstallation={profile}", "--headless"] + args, env=env, cwd=work)


def route_libreoffice(page, work, env):
    lo = work / "lo"
    if lo.exists():
        shutil.rmtree(lo)
    lo.mkdir()
    src = lo / "page.html"
    shutil.copyfile(page, src)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(lo), str(src)], lo, env)
    (lo / "txt").mkdir()
    soffice(["--convert-to", "txt:Text", "--outdir", str(lo / "txt"), str(lo / "page.docx")], lo, env)
    txt = (lo / "txt" / "page.txt").read_bytes().decode("utf-8")
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(lo), str(src)], lo, env)
    pdf = sh(["pdftotext", str(lo / "page.pdf"), "-"], env=env).decode("utf-8")
    return txt, pdf


def route_mutool(page, work, env):
    copy = a4_copy(page, work)
    pdf = work / "chromium.pdf"
    if pdf.exists():
        pdf.unlink()
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}", copy.as_uri()], env=env)
    return sh(["mutool", "draw", "-F", "txt", "-o", "-", str(pdf)], env=env).decode("utf-8")


BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
         "tbody", "thead", "br", "header", "footer", "nav", "main", "article", "section", "form", "body",
         "center", "blockquote", "pre", "dl", "dt", "dd", "hr"}


def pandas_table(table):
    import pandas as pd
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = pd.read_html(io.StringIO(str(table)))[0]
    cols = df.columns
    if list(cols) != list(range(len(cols))):  # pandas found a header
        names = []
        for col in cols:
            parts = col if isinstance(col, tuple) else (col,)
            kept = []
            for p in parts:
                p = str(p)
                if p.startswith("Unnamed:") or (kept and kept[-1] == p):
                    continue
                kept.append(p)
            names.append(" / ".join(kept))
        df.columns = names
        return df.to_csv(sep="\t", index=False)
    return df.to_csv(sep="\t", index=False, header=False)


def route_pandas(page):
    soup = BeautifulSoup(page.read_bytes(), "html.parser")
    out, buf = [], []

    def flush():
        s = re.sub(r"\s+", " ", "".join(buf)).strip()
        if s:
            out.append(s)
        buf.clear()

    def walk(node):
        for ch in node.children:
            if isinstance(ch, (Comment, Doctype, Declaration, ProcessingInstruction, CData)):
                continue
            if isinstance(ch, NavigableString):
                buf.append(str(ch))
                continue
            if ch.name in ("script", "style", "title", "head"):
                continue
            if ch.name == "table" and ch.find("table") is None:
                flush()
                out.append(pandas_table(ch).rstrip("\n"))
                continue
            block = ch.name in BLOCK
            if block:
                flush()
            walk(ch)
            if block:
                flush()

    walk(soup.body or soup)
    flush()
    return "\n".join(out) + "\n"


def build():
    SCRATCH.mkdir(parents=True, exist_ok=True)
    for d in sorted(p for p in SET.iterdir() if p.is_dir()):
        work = SCRATCH / d.name
        work.mkdir(exist_ok=True)
        home = work / "home"
        home.mkdir(exist_ok=True)
        env = tool_env(home)
        page = d / "page.html"
        u8 = utf8_copy(page, work)
        texts = {}
        texts["w3m-dump"] = sh(["w3m", "-dump", "-cols", "80", "-T", "text/html", "-O", "UTF-8", str(page)], env=env)
        texts["links-dump"] = sh(["links", "-dump", "-width", "80", "-codepage", "utf-8", str(u8)], env=env)
        texts["elinks-dump"] = sh(["elinks", "-no-home", "1", "-no-numbering", "1", "-no-references", "1",
                                   "-dump", "1", "-dump-width", "80", "-dump-charset", "UTF-8", str(page)], env=env)
        texts["libreoffice-txt"], texts["libreoffice-pdftotext"] = route_libreoffice(page, work, env)
        texts["mutool-txt"] = route_mutool(page, work, env)
        texts["pandoc-gfm"] = sh(["pandoc", "-f", "html", "-t", "gfm", str(u8)], env=env)
        texts["pandoc-rst"] = sh(["pandoc", "-f", "html", "-t", "rst", str(u8)], env=env)
        texts["pandas-csv"] = route_pandas(page)
        for name, text in texts.items():
            if isinstance(text, bytes):
                text = text.decode("utf-8")
            (d / f"{name}.txt").write_bytes(text.encode("utf-8"))
        print(f"{d.name}: {len(texts)} routes{' (GBK page: links/pandoc read a UTF-8 copy)' if u8 != page else ''}",
              file=sys.stderr)


# ====================================================================== page reading

def norm_paren(s):
    return s.replace("(", "（").replace(")", "）").replace(":", "：")



def expand(table):
    """Rows of (cell object, squashed text), rowspan/colspan expanded."""
    taken = {}
    width = 0
    trs = table.find_all("tr")
    for r, tr in enumerate(trs):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in taken:
                c += 1
            rs = int(cell.get("rowspan", 1) or 1)
            cs = int(cell.get("colspan", 1) or 1)
            entry = (cell, squash(cell.get_text()))
            for dr in range(rs):
                for dc in range(cs):
                    taken[(r + dr, c + dc)] = entry
            c += cs
            width = max(width, c)
    return [[taken.get((r, c), (None, "")) for c in range(width)] for r in range(len(trs))]


def value(text, wan=False):
    t = text.replace(",", "").replace("，", "")
    if t in ("", "/", "-", "—", "－"):
        return None
    if t.endswith("万元"):
        t, wan = t[:-2], True
    elif t.endswith("元"):
        t = t[:-1]
    x = float(t.lstrip("+"))
    if wan:
        x *= 10000
    x = round(x, 4)
    return int(x) if x == int(x) else x


SEC2_COLS = [("本年新制作数量", "made"), ("本年新公开数量", "published"), ("对外公开总数量", "total_public"),
             ("上一年项目数量", "prev_items"), ("本年增/减", "change"), ("处理决定数量", "decisions"),
             ("采购项目数量", "projects"), ("采购总金额", "amount_yuan"), ("本年制发件数", "issued"),
             ("本年废止件数", "repealed"), ("现行有效件数", "in_force"), ("本年处理决定数量", "decisions"),
             ("本年收费金额", "amount_yuan")]
SEC2_ROWS = {"规章": "regulations", "规范性文件": "normative_docs", "行政规范性文件": "normative_docs",
             "行政许可": "licensing", "其他对外管理服务事项": "other_services", "行政处罚": "penalties",
             "行政强制": "enforcement", "行政事业性收费": "fees", "政府集中采购": "procurement"}


def read_section2(tables):
    out, head = {}, None
    for t in tables:
        for tr in t.find_all("tr"):
            cells = [squash(x.get_text()) for x in tr.find_all(["td", "th"], recursive=False)]
            if not cells or cells[0].startswith("第二十条"):
                continue
            if cells[0] == "信息内容":
                head = cells[1:]
                continue
            row = {}
            for h, v in zip(head, cells[1:]):
                key = next(k for name, k in SEC2_COLS if h.startswith(name))
                row[key] = value(v, wan="万元" in h)
            out[SEC2_ROWS[cells[0]]] = row
    return out


LEAVES = {"自然人": "natural_person", "商业企业": "business", "科研机构": "research", "社会公益组织": "nonprofit",
          "法律服务机构": "legal_service", "其他": "other_org", "总计": "total"}
ROW_KEYS = [
    ("结转下年度", "carried_forward"), ("本年新收", "new_received"), ("上年结转", "carried_over"),
    ("（七）总计", "total_handled"), ("（一）予以公开", "granted"), ("（二）部分公开", "partial"),
    ("国家秘密", "denied_state_secret"), ("其他法律行政法规禁止公开", "denied_law_forbidden"),
    ("三安全一稳定", "denied_safety"), ("保护第三方合法权益", "denied_third_party"),
    ("三类内部事务信息", "denied_internal"), ("四类过程性信息", "denied_process"),
    ("行政执法案卷", "denied_enforcement"), ("行政查询事项", "denied_query"),
    ("本机关不掌握", "unable_not_held"), ("需要另行制作", "unable_needs_creation"),
    ("补正后申请内容仍不明确", "unable_unclear"), ("信访举报投诉类申请", "rejected_petition"),
    ("重复申请", "rejected_duplicate"), ("要求提供公开出版物", "rejected_publication"),
    ("无正当理由大量反复申请", "rejected_excessive"), ("确认或重新出具", "rejected_confirm"),
    ("逾期不补正", "other_no_correction"), ("逾期未按收费通知要求缴纳费用", "other_no_fee"),
    ("（六）其他处理", "other"),
]


def read_section3(table, template):
    g = expand(table)
    first = next(i for i, row in enumerate(g) if "本年新收" in row[0][1])
    corner = g[0][0][0]
    label_cols = [c for c in range(len(g[0])) if g[first - 1][c][0] is corner]
    value_cols = [c for c in range(len(g[0])) if c not in label_cols]
    keys = [LEAVES[g[first - 1][c][1]] for c in value_cols]
    out, printed = {}, {}
    for row in g[first:]:
        seen, parts = [], []
        for c in label_cols:
            if row[c][0] not in seen:
                seen.append(row[c][0])
                parts.append(row[c][1])
        label = norm_paren("".join(parts))
        key = next(k for needle, k in ROW_KEYS if needle in label)
        if key == "other" and template == "2021":
            key = "other_misc"
        if key in out:
            raise ValueError(f"row {key} twice ({label})")
        out[key] = {k: value(row[c][1]) for k, c in zip(keys, value_cols)}
        printed[key] = [row[c][1] for c in value_cols]
    return out, printed, first


def read_section4(table):
    g = expand(table)
    group_of = {"未经复议直接起诉": "litigation_direct", "复议后起诉": "litigation_after_review"}
    leaf_of = {"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total"}
    out = {}
    for c in range(15):
        group = "review" if g[0][c][1] == "行政复议" else group_of[g[1][c][1]]
        out.setdefault(group, {})[leaf_of[g[2][c][1]]] = value(g[-1][c][1])
    return out, [g[-1][c][1] for c in range(15)]


def overview_text(soup):
    text = soup.body.get_text("\n")
    a = text.find("一、总体情况")
    b = text.find("二、主动公开政府信息情况", a)
    return re.sub(r"[ \t\u3000\xa0]+", "", text[a:b]).replace("\n", "")


def stated(text, key, v):
    """Whether the 总体情况 prose states v for key."""
    if key == "new_requests":
        got = re.findall(r"(?:收到|新收|受理)[^。；]{0,20}?申请(\d[\d,]*)件", text)
        return v in [int(x.replace(",", "")) for x in got]
    word = "行政复议" if key == "reviews" else "行政诉讼"
    if v == 0:
        return re.search(r"(?:未发生|未被|无|没有)[^。；]{0,20}?" + word, text) is not None
    return v in [int(x) for x in re.findall(word + r"(\d+)件", text)]


# ====================================================================== identities

# ====================================================================== route coverage
def numbers(text):
    """Numbers in a text; '26.0' (pandas' floats) counts as 26."""
    return [re.sub(r"\.0+$", "", x) for x in re.findall(r"\d+(?:\.\d+)?", text)]


def has_run(seq, run):
    n = len(run)
    return n > 0 and any(seq[i:i + n] == run for i in range(len(seq) - n + 1))


def coverage(text, rows3, row4):
    """(section 三 rows whose printed values appear whole and in order among
    the text's numbers, rows with values; section 三 cells found in the
    multiset of numbers after the 三 heading; cells; section 四 row whole)."""
    toks = numbers(text)
    with_vals = [r for r in rows3 if r]
    rows_ok = sum(has_run(toks, r) for r in with_vals)
    start = text.find("收到和处理政府信息公开申请情况")
    bag = Counter(numbers(text[start:] if start >= 0 else text))
    hit = total = 0
    for r in with_vals:
        for x in r:
            total += 1
            if bag[x] > 0:
                bag[x] -= 1
                hit += 1
    return rows_ok, len(with_vals), hit, total, has_run(toks, row4)


HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
KANGXI = re.compile("[\u2f00-\u2fdf\u2e80-\u2eff]")


# ====================================================================== check
def check():
    ok = True
    totals = {r: [0, 0, 0, 0, 0, 0] for r in ROUTES}
    extra = {r: [0, 0, 0, 0] for r in ROUTES}
    for d in sorted(p for p in SET.iterdir() if p.is_dir()):
        t = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        raw = (d / "page.html").read_bytes()
        soup = BeautifulSoup(raw, "html.parser")
        errs = []
        tpl, year = t["template"], t["year"]
        want_enc = t["encoding"] or "utf-8"
        if (soup.original_encoding or "").lower().replace("_", "-") != want_enc:
            errs.append(f"page decoded as {soup.original_encoding}, truth says {want_enc}")
        # folder contents: page, truth and exactly the routes
        files = sorted(p.name for p in d.iterdir())
        want_files = sorted(["page.html", "truth.json"] + [f"{r}.txt" for r in ROUTES])
        if files != want_files:
            errs.append(f"folder holds {files}")
        # (a) title, office, year, template
        if not squash(soup.title.get_text()).startswith(t["title"]):
            errs.append(f"<title> {soup.title.get_text()!r}")
        body = squash(soup.body.get_text())
        if t["title"] not in body:
            errs.append("title not printed in the body")
        if not t["title"].startswith(t["office"]) or t["office"] not in body:
            errs.append("office")
        parts = d.name.split("-")
        if f"{year}年" not in t["title"] or parts[1] != str(year) or parts[2] != tpl \
                or tpl != ("2019" if year <= 2020 else "2021"):
            errs.append("year/template")
        flaw = t["flaw"]
        if ("-".join(parts[3:]) or None) != flaw:
            errs.append(f"folder name vs flaw {flaw}")
        tabs = innermost_tables(soup)
        t2 = [x for x in tabs if "第二十条" in squash(x.get_text())]
        t3 = [x for x in tabs if "申请人情况" in squash(x.get_text())]
        t4 = [x for x in tabs if "复议后起诉" in squash(x.get_text())]
        if not t2 or len(t3) != 1 or len(t4) != 1:
            errs.append(f"tables found: 二 {len(t2)}, 三 {len(t3)}, 四 {len(t4)}")
            print(f"{d.name}: FAIL"); [print("    " + e) for e in errs]; ok = False
            continue
        a = read_section2(t2)
        if a != t["active"]:
            errs.append(f"section 二 page {a} truth {t['active']}")
        n2 = sum(len(v) for v in a.values())
        if n2 != (22 if tpl == "2019" else 10):
            errs.append(f"section 二 has {n2} cells")
        q, printed3, nhead = read_section3(t3[0], tpl)
        want_rows = 23 if tpl == "2019" else 25
        if list(q) != list(t["requests"]) or len(q) != want_rows:
            errs.append(f"section 三 rows {list(q)}")
        n3 = 0
        for r in t["requests"]:
            for c in APPLICANTS + ["total"]:
                n3 += 1
                if q.get(r, {}).get(c, "missing") != t["requests"][r][c]:
                    errs.append(f"三 {r}.{c}: page {q.get(r, {}).get(c, 'missing')} truth {t['requests'][r][c]}")
        rl, printed4 = read_section4(t4[0])
        if rl != t["review_litigation"]:
            errs.append(f"section 四 page {rl} truth {t['review_litigation']}")
        one = overview_text(soup)
        for k, v in t["narrative"].items():
            if v is not None and not stated(one, k, v):
                errs.append(f"总体情况 does not state {k} = {v}")
        # (b) identities
        bad = identities(t)
        if flaw is None and bad:
            errs.append(f"sound report breaks {bad}")
        if flaw is not None and set(bad) != {flaw}:
            errs.append(f"flaw {flaw}, breaks {bad}")
        ok &= not errs
        print(f"{d.name}: (a) {'ok' if not errs else 'FAIL'} — title, office, year; 二 {n2} cells, "
              f"三 {n3} cells ({nhead} header rows), 四 15 cells, prose "
              f"{sum(v is not None for v in t['narrative'].values())} figures; (b) breaks {bad or 'nothing'}")
        for e in errs:
            print("    " + e)
        # (c) what each route kept
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
            flat = norm_paren(squash(text))
            heads = sum(h in flat for h in HEADINGS)
            labels = sum(any(needle in flat for needle, k in ROW_KEYS
                             if k == key or (key == "other_misc" and k == "other")) for key in t["requests"])
            kx = len(KANGXI.findall(text))
            for i, x in enumerate((rows_ok, nrows, hit, cells, int(four), 1)):
                totals[r][i] += x
            extra[r][0] += heads
            extra[r][1] += kx
            extra[r][2] += labels
            extra[r][3] += len(t["requests"])
            line.append(f"{r} rows {rows_ok}/{nrows} cells {hit}/{cells} 四 {'yes' if four else 'no'}"
                        f" labels {labels}/{len(t['requests'])} headings {heads}/6" + (f" kangxi {kx}" if kx else ""))
        print("    (c) " + "; ".join(line))
    print("\n(c) over the set: section 三 rows whose printed values appear whole and in order among the route's "
          "numbers; section 三 printed cells found among the numbers after the 三 heading; section 四 data row "
          "whole and in order; section 三 row labels whose key words are found unbroken and section headings "
          "一…六 found (whitespace removed, ASCII parentheses read as full-width); Kangxi-radical characters")
    for r, (rows_ok, nrows, hit, cells, four, n) in totals.items():
        if nrows:
            print(f"  {r:22s} rows {rows_ok}/{nrows} = {100 * rows_ok / nrows:5.1f} %   cells {hit}/{cells} = "
                  f"{100 * hit / cells:5.1f} %   四 {four}/{n}   labels {extra[r][2]}/{extra[r][3]}   "
                  f"headings {extra[r][0]}/{6 * n}   kangxi {extra[r][1]}")
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
