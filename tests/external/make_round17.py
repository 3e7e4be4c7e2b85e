#!/usr/bin/env python3
"""Round 17: hand-written report pages printed to PDF and read back as text
by routes no earlier set used, above all OCR.

    tests/external/make_round17.py [build|check|all]   (default: all)

`build` rebuilds, for every folder of fixtures/external/handwritten-round17,
the texts beside its `page.html` and `truth.json`:

  ocr-tesseract.txt       Chromium prints the page (A4) to PDF; pdftoppm
                          renders each page at 300 dpi; tesseract -l chi_sim
                          --psm 6 reads each page; the pages are joined as
                          tesseract printed them.
  ocr-tesseract-auto.txt  the same with tesseract's default --psm 3.
  pdftotext-layout.txt    pdftotext -layout of the same PDF.
  pdftotext-raw.txt       pdftotext -raw of the same PDF.
  pandoc-plain.txt        pandoc -f html -t plain --wrap=none page.html
                          (only when pandoc is installed).

The PDF and page images are scratch (under /tmp/round17/pdf), not kept:
every file of a report folder but truth.json is scored as a route.
Needs Debian's chromium, poppler-utils, tesseract-ocr, tesseract-ocr-chi-sim,
fonts-noto-cjk (and pandoc).

`check` (a) reads every page.html with BeautifulSoup, rowspan/colspan
expanded, and compares every table cell, the title, the office, the year and
the figures the 总体情况 prose states with truth.json; (b) checks the
identities: a sound report breaks none, a flawed one only its own; (c) says
how much of each report's section 三/四 numbers each text route kept.
Exit status 1 when (a) or (b) fails.
"""
import json, re, shutil, subprocess, sys, tempfile
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "fixtures/external/handwritten-round17"
SCRATCH = Path("/tmp/round17/pdf")
A4 = "<style>@page { size: A4; }</style>"

COLS = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_org"]


# ------------------------------------------------------------------ build
def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def print_pdf(page: Path, work: Path) -> Path:
    html = page.read_text(encoding="utf-8")
    i = html.lower().find("</head>")
    html = html[:i] + A4 + "\n" + html[i:] if i >= 0 else A4 + html
    copy = work / "print.html"
    copy.write_text(html, encoding="utf-8")
    pdf = work / "page.pdf"
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", f"file://{copy}"])
    return pdf


def ocr(pdf: Path, work: Path, psm=None) -> str:
    for old in work.glob("p-*.png"):
        old.unlink()
    run(["pdftoppm", "-r", "300", "-png", str(pdf), str(work / "p")])
    pages = sorted(work.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[1]))
    out = []
    for png in pages:
        cmd = ["tesseract", str(png), "-", "-l", "chi_sim"]
        if psm is not None:
            cmd += ["--psm", str(psm)]
        out.append(run(cmd).stdout.decode("utf-8"))
    return "".join(out)


def build():
    SCRATCH.mkdir(parents=True, exist_ok=True)
    has_pandoc = shutil.which("pandoc") is not None
    for d in sorted(p for p in SET.iterdir() if p.is_dir()):
        work = SCRATCH / d.name
        work.mkdir(exist_ok=True)
        pdf = print_pdf(d / "page.html", work)
        texts = {
            "ocr-tesseract.txt": ocr(pdf, work, psm=6),
            "ocr-tesseract-auto.txt": ocr(pdf, work),
            "pdftotext-layout.txt": run(["pdftotext", "-layout", str(pdf), "-"]).stdout.decode("utf-8"),
            "pdftotext-raw.txt": run(["pdftotext", "-raw", str(pdf), "-"]).stdout.decode("utf-8"),
        }
        if has_pandoc:
            texts["pandoc-plain.txt"] = run(["pandoc", "-f", "html", "-t", "plain", "--wrap=none",
                                             str(d / "page.html")]).stdout.decode("utf-8")
        for name, text in texts.items():
            (d / name).write_text(text, encoding="utf-8")
        npages = len(list(work.glob("p-*.png")))
        print(f"{d.name}: {npages} page(s), {', '.join(texts)}", file=sys.stderr)


# ------------------------------------------------------------------ parse
def clean(s):
    return re.sub(r"\s+", "", s or "")


def grid(table):
    """The table as a grid of (cell id, text), rowspan/colspan expanded."""
    g, pending = [], {}
    for ri, tr in enumerate(table.find_all("tr")):
        row, ci = [], 0
        cells = tr.find_all(["td", "th"], recursive=False)
        k = 0
        while k < len(cells) or (ri, ci) in pending:
            if (ri, ci) in pending:
                row.append(pending.pop((ri, ci)))
                ci += 1
                continue
            td = cells[k]
            k += 1
            cs, rs = int(td.get("colspan", 1)), int(td.get("rowspan", 1))
            item = (id(td), clean(td.get_text()))
            for dc in range(cs):
                for dr in range(1, rs):
                    pending[(ri + dr, ci + dc)] = item
                row.append(item)
                ci += 0
            ci += cs
        g.append(row)
    return g


def number(text, wan=False):
    """A printed cell: '' or '/' -> None; '+3', '1,157', '42.8万元', '56000元'."""
    t = text.replace(",", "").replace("，", "")
    if t in ("", "/", "-", "—"):
        return None
    if t.endswith("万元"):
        t, wan = t[:-2], True
    elif t.endswith("元"):
        t = t[:-1]
    v = float(t.lstrip("+"))
    if wan:
        v = v * 10000
    v = round(v, 6)
    return int(v) if v == int(v) else v


def tables(soup):
    """The section 二/三/四 tables, by what their cells say."""
    t2 = t3 = t4 = None
    for t in soup.find_all("table"):
        txt = clean(t.get_text())
        if "第二十条" in txt:
            t2 = t
        elif "申请人情况" in txt:
            t3 = t
        elif "行政复议" in txt and "复议后起诉" in txt:
            t4 = t
    return t2, t3, t4


SEC2_HEAD = {"本年新制作数量": "made", "本年新公开数量": "published", "对外公开总数量": "total_public",
             "上一年项目数量": "prev_items", "本年增/减": "change", "处理决定数量": "decisions",
             "采购项目数量": "projects", "采购总金额": "amount_yuan", "本年制发件数": "issued",
             "本年废止件数": "repealed", "现行有效件数": "in_force", "本年处理决定数量": "decisions",
             "本年收费金额": "amount_yuan"}
SEC2_ROW = {"规章": "regulations", "规范性文件": "normative_docs", "行政规范性文件": "normative_docs",
            "行政许可": "licensing", "其他对外管理服务事项": "other_services", "行政处罚": "penalties",
            "行政强制": "enforcement", "行政事业性收费": "fees", "政府集中采购": "procurement"}


def read_sec2(t2):
    """Values by order within each row, under the header row above it."""
    out, head = {}, None
    for tr in t2.find_all("tr"):
        cells = [clean(td.get_text()) for td in tr.find_all(["td", "th"], recursive=False)]
        if cells[0].startswith("第二十条"):
            continue
        if cells[0] == "信息内容":
            head = cells[1:]
            continue
        row = SEC2_ROW[cells[0]]
        vals = {}
        for h, v in zip(head, cells[1:]):
            key = next(k for name, k in SEC2_HEAD.items() if h.startswith(name))
            vals[key] = number(v, wan="万元" in h)
        out[row] = vals
    return out


ROW_RULES = [  # (key, test on the joined row label)
    ("carried_forward", lambda s: "结转下年度" in s),
    ("new_received", lambda s: "本年新收" in s),
    ("carried_over", lambda s: "上年结转" in s),
    ("total_handled", lambda s: "（七）总计" in s or "(七)总计" in s),
    ("granted", lambda s: "（一）予以公开" in s),
    ("partial", lambda s: "（二）部分公开" in s),
    ("denied_state_secret", lambda s: "国家秘密" in s),
    ("denied_law_forbidden", lambda s: "其他法律行政法规禁止公开" in s),
    ("denied_safety", lambda s: "三安全一稳定" in s),
    ("denied_third_party", lambda s: "第三方合法权益" in s),
    ("denied_internal", lambda s: "内部事务" in s),
    ("denied_process", lambda s: "过程性信息" in s),
    ("denied_enforcement", lambda s: "行政执法案卷" in s),
    ("denied_query", lambda s: "行政查询事项" in s),
    ("unable_not_held", lambda s: "不掌握" in s),
    ("unable_needs_creation", lambda s: "另行制作" in s),
    ("unable_unclear", lambda s: "补正后申请内容仍不明确" in s),
    ("rejected_petition", lambda s: "信访举报投诉" in s),
    ("rejected_duplicate", lambda s: "重复申请" in s),
    ("rejected_publication", lambda s: "公开出版物" in s),
    ("rejected_excessive", lambda s: "大量反复申请" in s),
    ("rejected_confirm", lambda s: "确认或重新出具" in s),
    ("other_no_correction", lambda s: "逾期不补正" in s),
    ("other_no_fee", lambda s: "缴纳费用" in s),
    ("other", lambda s: "（六）其他处理" in s),  # renamed other_misc on 2021 pages
]
COL_NAMES = {"自然人": "natural_person", "商业企业": "business", "科研机构": "research",
             "社会公益组织": "nonprofit", "法律服务机构": "legal_service", "其他": "other_org",
             "小计": "subtotal", "总计": "total"}


def read_sec3(t3, tpl):
    g = grid(t3)
    # header rows: those before the first row whose label says 本年新收
    first = next(i for i, r in enumerate(g) if "本年新收" in r[0][1])
    ncol = max(len(r) for r in g)
    nlab = 3
    colkey = {}
    for c in range(nlab, ncol):
        leaf = g[first - 1][c][1]
        colkey[c] = COL_NAMES[leaf]
    out, printed = {}, {}
    for r in g[first:]:
        seen, parts = set(), []
        for cid, txt in r[:nlab]:
            if cid not in seen:
                seen.add(cid)
                parts.append(txt)
        label = "".join(parts)
        key = next(k for k, test in ROW_RULES if test(label))
        if key == "other" and tpl == "2021":
            key = "other_misc"
        assert key not in out, (key, label)
        out[key] = {colkey[c]: number(r[c][1]) for c in range(nlab, ncol)}
        printed[key] = [r[c][1] for c in range(nlab, ncol)]
    return out, printed, [colkey[c] for c in range(nlab, ncol)], g[:first]


def read_sec4(t4):
    g = grid(t4)
    groups = {"行政复议": "review", "未经复议直接起诉": "litigation_direct", "复议后起诉": "litigation_after_review"}
    leafs = {"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total"}
    out = {}
    data = g[-1]
    for c in range(15):
        top, mid, leaf = g[0][c][1], g[1][c][1], g[2][c][1]
        grp = groups["行政复议"] if top == "行政复议" else groups[mid]
        assert top in ("行政复议", "行政诉讼"), top
        out.setdefault(grp, {})[leafs[leaf]] = number(data[c][1])
    return out, [x[1] for x in data]


def section_one(soup):
    text = soup.get_text("\n")
    a = text.find("一、总体情况")
    b = text.find("二、主动公开政府信息情况", a)
    return text[a:b]


def prose_states(one, what, value):
    """Whether a sentence of section 一 states `value` for `what`."""
    sents = [s for s in re.split(r"[。；]", one.replace("\n", ""))]
    for s in sents:
        nums = [int(x.replace(",", "")) for x in re.findall(r"\d[\d,]*", s)]
        if what == "new_requests":
            ok = "申请" in s and "复议" not in s and "诉讼" not in s
        elif what == "reviews":
            ok = "复议" in s
        else:
            ok = "诉讼" in s
        if not ok:
            continue
        if value in nums:
            return True
        if value == 0 and re.search(r"(未发生|无|没有)[^，。；]*" + ("复议" if what == "reviews" else "诉讼"), s):
            return True
    return False


# ------------------------------------------------------------------ identities
def broken(t):
    q, rl, tpl = t["requests"], t["review_litigation"], t["template"]
    z = lambda v: v or 0
    outs = [k for k in q if k not in ("new_received", "carried_over", "total_handled", "carried_forward")]
    found = {}
    for c in COLS + ["total"]:
        if z(q["new_received"][c]) + z(q["carried_over"][c]) != z(q["total_handled"][c]) + z(q["carried_forward"][c]):
            found.setdefault("balance", []).append(c)
        # a 总计 column left blank on the result rows says nothing of their sum
        if c == "total" and any(q[r][c] is None for r in outs):
            continue
        if sum(z(q[r][c]) for r in outs) != z(q["total_handled"][c]):
            found.setdefault("outcome-total", []).append(c)
    for r, row in q.items():
        if row["total"] is not None and sum(z(row[c]) for c in COLS) != row["total"]:
            found.setdefault("row-total", []).append(r)
    for g, d in rl.items():
        if d["total"] is not None and sum(z(d[k]) for k in ("upheld", "corrected", "other", "pending")) != d["total"]:
            found.setdefault("review-total", []).append(g)
    n = t["narrative"]
    table = {"new_requests": q["new_received"]["total"], "reviews": rl["review"]["total"],
             "lawsuits": z(rl["litigation_direct"]["total"]) + z(rl["litigation_after_review"]["total"])}
    for k, v in n.items():
        if v is not None and v != table[k]:
            found.setdefault("narrative-mismatch", []).append(f"{k} {v}≠{table[k]}")
    return found


# ------------------------------------------------------------------ OCR quality
def tokens(text):
    return re.findall(r"\d+", text)


def contains_run(hay, run):
    n = len(run)
    return any(hay[i:i + n] == run for i in range(len(hay) - n + 1))


def quality(text, rows, truth_numbers):
    """(printed cells of the section 三/四 rows found whole and in order
    among the text's numbers, cells in those rows, truth numbers found in
    the multiset of the text's numbers after section 二's table, truth
    numbers). Blank cells are left out of both."""
    toks = tokens(text)
    got = sum(len(r) for r in rows if r and contains_run(toks, r))
    total = sum(len(r) for r in rows)
    # from the end of section 二's table (its captions and last rows), so
    # that the prose and section 二 figures do not count
    start = max([text.rfind(m) for m in ("第二十条", "事业性收费", "集中采购", "收费金额")] + [0])
    bag = Counter(tokens(text[start:]))
    hit = 0
    for x in truth_numbers:
        if bag[x] > 0:
            bag[x] -= 1
            hit += 1
    return got, total, hit, len(truth_numbers)


# ------------------------------------------------------------------ check
def check():
    ok = True
    routes = ["ocr-tesseract", "ocr-tesseract-auto", "pdftotext-layout", "pdftotext-raw", "pandoc-plain"]
    qsum = {r: [0, 0, 0, 0] for r in routes}
    for d in sorted(p for p in SET.iterdir() if p.is_dir()):
        t = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        soup = BeautifulSoup((d / "page.html").read_text(encoding="utf-8"), "html.parser")
        errs = []
        tpl = t["template"]
        # (a) title, office, year
        if clean(soup.title.get_text()) != t["title"]:
            errs.append(f"title {soup.title.get_text()!r}")
        body = clean(soup.body.get_text())
        if t["title"] not in body:
            errs.append("title not in body")
        if t["office"] not in body or not t["title"].startswith(t["office"]):
            errs.append("office")
        if f"{t['year']}年" not in t["title"] or d.name.split("-")[1] != str(t["year"]) or d.name.split("-")[2] != tpl:
            errs.append("year/template")
        if tpl != ("2019" if t["year"] <= 2020 else "2021"):
            errs.append("template for year")
        t2, t3, t4 = tables(soup)
        # section 二
        a = read_sec2(t2)
        if a != t["active"]:
            errs.append(f"section 二 {a} != {t['active']}")
        # section 三
        q, printed3, order, head = read_sec3(t3, tpl)
        n_cells = 0
        for r in t["requests"]:
            for c in COLS + ["total"]:
                n_cells += 1
                if q[r][c] != t["requests"][r][c]:
                    errs.append(f"三 {r}.{c} page {q[r][c]} truth {t['requests'][r][c]}")
        if set(q) != set(t["requests"]):
            errs.append(f"三 rows {set(q) ^ set(t['requests'])}")
        if "subtotal" in order:
            for r, row in q.items():
                if row["subtotal"] != sum(row[c] or 0 for c in COLS[1:]):
                    errs.append(f"小计 {r}")
        want_rows = 23 if tpl == "2019" else 25
        if len(q) != want_rows:
            errs.append(f"三 has {len(q)} rows")
        # section 四
        rl, printed4 = read_sec4(t4)
        if rl != t["review_litigation"]:
            errs.append(f"四 {rl} != {t['review_litigation']}")
        # prose figures
        one = section_one(soup)
        for k, v in t["narrative"].items():
            if v is not None and not prose_states(one, k, v):
                errs.append(f"prose does not state {k}={v}")
        # (b) identities
        b = broken(t)
        flaw = t.get("flaw")
        if flaw is None and b:
            errs.append(f"sound report breaks {b}")
        if flaw is not None and set(b) != {flaw}:
            errs.append(f"flaw {flaw} but breaks {b}")
        status = "ok" if not errs else "FAIL"
        ok &= not errs
        print(f"{d.name}: (a) {status}: title, office, section 二 {sum(len(v) for v in a.values())} cells, "
              f"三 {n_cells} cells{' (+小计 column)' if 'subtotal' in order else ''}, 四 15 cells, "
              f"prose {sum(v is not None for v in t['narrative'].values())} figures; "
              f"(b) breaks {b or 'nothing'}")
        for e in errs:
            print("    " + e)
        # (c) OCR quality
        rows = [[x for x in pr if x != ""] for pr in printed3.values()] + [[x for x in printed4 if x != ""]]
        nums = [str(v) for row in t["requests"].values() for v in row.values() if v is not None] + \
               [str(v) for g in t["review_litigation"].values() for v in g.values() if v is not None]
        line = []
        for r in routes:
            f = d / f"{r}.txt"
            if not f.exists():
                continue
            got, total, hit, tn = quality(f.read_text(encoding="utf-8"), rows, nums)
            for i, x in enumerate((got, total, hit, tn)):
                qsum[r][i] += x
            line.append(f"{r} rows {got}/{total} bag {hit}/{tn}")
        print("    (c) " + "; ".join(line))
    print("\n(c) over the set: printed section 三/四 cells in rows found whole and in order "
          "/ truth numbers found among the text's numbers after section 二's table")
    for r, (got, total, hit, tn) in qsum.items():
        if total:
            print(f"  {r:20s} rows {got}/{total} = {100*got/total:.1f} %   bag {hit}/{tn} = {100*hit/tn:.1f} %")
    print("\n(a) and (b):", "PASS" if ok else "FAIL")
    return ok


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "all"
    if what in ("build", "all"):
        build()
    if what in ("check", "all"):
        sys.exit(0 if check() else 1)
