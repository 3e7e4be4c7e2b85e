#!/usr/bin/env python3
"""Round 16: twelve reports written by hand as HTML pages, printed to PDF
by headless Chromium (Skia/PDF) and read back by three PDF text tools in
modes no earlier set used as routes (pypdf's layout mode was; its default
mode was not), for `fixtures/external/handwritten-round16`, a held-out
set (scored once, later, by someone else).

    tests/external/make_round16.py make   [SET_DIR]   # PDF + text routes
    tests/external/make_round16.py check  [SET_DIR]   # verify truth.json
    tests/external/make_round16.py all    [SET_DIR]   # both

Each report folder holds `page.html` (written by hand, and a route of its
own), `truth.json` (typed by hand) and, after `make`:

- `pymupdf.txt`: PyMuPDF `page.get_text()` of every page, joined.
- `pymupdf-blocks.txt`: PyMuPDF `page.get_text("blocks", sort=True)`, the
  text of each block, blocks parted by a blank line.
- `pypdf.txt`: pypdf `page.extract_text()` (default, not layout mode),
  pages joined by a newline.
- `pypdfium2.txt`: pypdfium2 `page.get_textpage().get_text_range()`,
  pages joined by a newline.

The PDF itself (Chromium `--headless --print-to-pdf --no-pdf-header-footer`)
is kept only in the scratch directory (`/tmp/round16/pdf/<report>.pdf`).
Chromium is given a scratch copy of `page.html` with one rule added before
`</head>`, `@page { size: A4; }`, because headless Chromium otherwise
prints on US Letter. The texts are what the tools print and are not edited
(pypdfium2's lines end in CRLF, as it returns them).

`check` is independent of nianbao: it parses each `page.html` with
BeautifulSoup (rowspan/colspan expanded into a grid), reads every table
cell the truth names, and compares it with `truth.json`; it reads the
figures stated in section 一 and compares them with the truth's
`narrative`; and it verifies the identities (A1 balance, A2 outcome
total, A3 row total, A5 review total, prose vs table): a sound report
breaks none, a flawed one breaks exactly the identity its `flaw` names.
"""
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "fixtures" / "external" / "handwritten-round16"
SCRATCH = Path("/tmp/round16/pdf")
CHROMIUM = "/usr/bin/chromium"

COLS = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total"]
REVIEW = ["upheld", "corrected", "other", "pending", "total"]
GROUPS = ["review", "litigation_direct", "litigation_after_review"]


# ---------------------------------------------------------------- make


A4 = "<style>@page { size: A4; }</style>"


def printable(html: Path, name: str) -> Path:
    """A scratch copy of `html` with one rule added, `@page { size: A4; }`
    (headless Chromium prints on US Letter unless the page asks for a size;
    a page's own named @page rule, as in Word's WordSection1, still wins).
    `page.html` itself is not changed."""
    text = html.read_text(encoding="utf-8")
    m = re.search(r"</head\s*>", text, re.I)
    text = text[: m.start()] + A4 + text[m.start() :] if m else A4 + text
    out = SCRATCH / f"{name}.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out


def to_pdf(html: Path, pdf: Path) -> None:
    pdf.parent.mkdir(parents=True, exist_ok=True)
    if pdf.exists():
        pdf.unlink()
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.resolve().as_uri(),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=120,
    )
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise SystemExit(f"chromium made no PDF for {html}")


def routes(pdf: Path) -> dict:
    import pymupdf
    import pypdf
    import pypdfium2

    out = {}
    doc = pymupdf.open(pdf)
    out["pymupdf.txt"] = "".join(page.get_text() for page in doc)
    blocks = []
    for page in doc:
        for b in page.get_text("blocks", sort=True):
            blocks.append(b[4])
    out["pymupdf-blocks.txt"] = "\n\n".join(b.rstrip("\n") for b in blocks) + "\n"
    doc.close()

    reader = pypdf.PdfReader(str(pdf))
    out["pypdf.txt"] = "\n".join(p.extract_text() for p in reader.pages) + "\n"

    pdfium = pypdfium2.PdfDocument(str(pdf))
    texts = []
    for i in range(len(pdfium)):
        page = pdfium[i]
        tp = page.get_textpage()
        texts.append(tp.get_text_range())
        tp.close()
        page.close()
    pdfium.close()
    out["pypdfium2.txt"] = "\n".join(texts) + "\n"
    return out


def make(set_dir: Path) -> None:
    for d in sorted(p for p in set_dir.iterdir() if p.is_dir()):
        html = d / "page.html"
        pdf = SCRATCH / f"{d.name}.pdf"
        to_pdf(printable(html, d.name), pdf)
        for name, text in routes(pdf).items():
            if not re.search(r"[\u4e00-\u9fff]{4}", text):
                raise SystemExit(f"{d.name}/{name}: no Chinese in the text layer")
            (d / name).write_text(text, encoding="utf-8")
        print(f"made {d.name}: {pdf.stat().st_size} bytes of PDF")


# --------------------------------------------------------------- check


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def grid(table):
    """The table as a grid of cell texts, rowspan/colspan expanded."""
    rows = table.find_all("tr")
    g: dict = {}
    for i, tr in enumerate(rows):
        j = 0
        for td in tr.find_all(["td", "th"], recursive=False):
            while (i, j) in g:
                j += 1
            rs = int(td.get("rowspan", 1))
            cs = int(td.get("colspan", 1))
            text = td.get_text("", strip=False)
            for a in range(rs):
                for b in range(cs):
                    g[(i + a, j + b)] = (text, (i, j))
            j += cs
    n = max((k[0] for k in g), default=-1) + 1
    m = max((k[1] for k in g), default=-1) + 1
    return [[g.get((i, j), ("", None)) for j in range(m)] for i in range(n)]


def value(text: str, unit: str = ""):
    """A cell's figure: None for a blank or a dash/slash, int or float
    otherwise; "万元" (in the cell or `unit`) multiplies by 10000."""
    t = unicodedata.normalize("NFKC", text).strip().replace("\xa0", "").replace(" ", "")
    if t == "" or all(c in "-—/－" for c in t):
        return None
    wan = "万元" in t or unit == "万元"
    t = t.replace("万元", "").replace("元", "").replace(",", "").lstrip("+")
    x = float(t)
    if wan:
        x = round(x * 10000, 2)
    return int(x) if x == int(x) else x


ACTIVE_LABELS = [
    ("regulations", ["规章"]),
    ("normative_docs", ["行政规范性文件", "规范性文件"]),
    ("licensing", ["行政许可"]),
    ("other_services", ["其他对外管理服务事项"]),
    ("penalties", ["行政处罚"]),
    ("enforcement", ["行政强制"]),
    ("fees", ["行政事业性收费"]),
    ("procurement", ["政府集中采购"]),
]
ACTIVE_COLS = {
    "2019": {
        "regulations": ["made", "published", "total_public"],
        "normative_docs": ["made", "published", "total_public"],
        "licensing": ["prev_items", "change", "decisions"],
        "other_services": ["prev_items", "change", "decisions"],
        "penalties": ["prev_items", "change", "decisions"],
        "enforcement": ["prev_items", "change", "decisions"],
        "fees": ["prev_items", "change"],
        "procurement": ["projects", "amount_yuan"],
    },
    "2021": {
        "regulations": ["issued", "repealed", "in_force"],
        "normative_docs": ["issued", "repealed", "in_force"],
        "licensing": ["decisions"],
        "penalties": ["decisions"],
        "enforcement": ["decisions"],
        "fees": ["amount_yuan"],
    },
}

# Section 三 rows: key, words its own label cell holds (NFKC, no spaces).
REQUEST_LABELS = [
    ("new_received", "本年新收"),
    ("carried_over", "上年结转"),
    ("granted", "(一)予以公开"),
    ("partial", "(二)部分公开"),
    ("denied_state_secret", "国家秘密"),
    ("denied_law_forbidden", "其他法律行政法规禁止公开"),
    ("denied_safety", "三安全一稳定"),
    ("denied_third_party", "保护第三方合法权益"),
    ("denied_internal", "三类内部事务信息"),
    ("denied_process", "四类过程性信息"),
    ("denied_enforcement", "行政执法案卷"),
    ("denied_query", "行政查询事项"),
    ("unable_not_held", "本机关不掌握"),
    ("unable_needs_creation", "另行制作"),
    ("unable_unclear", "补正后申请内容仍不明确"),
    ("rejected_petition", "信访举报投诉"),
    ("rejected_duplicate", "重复申请"),
    ("rejected_publication", "公开出版物"),
    ("rejected_excessive", "大量反复申请"),
    ("rejected_confirm", "确认或重新出具"),
    ("other_no_correction", "逾期不补正"),
    ("other_no_fee", "缴纳费用"),
    ("other_misc", "3.其他"),
    ("other", "(六)其他处理"),
    ("total_handled", "(七)总计"),
    ("carried_forward", "结转下年度"),
]


def request_key(labels: list, template: str):
    """The row key of a section 三 data row from its label cells (the
    distinct texts of the label grid columns, outer to inner)."""
    inner = labels[-1]
    for key, word in REQUEST_LABELS:
        if key == "other" and template == "2021":
            continue
        if key in ("other_no_correction", "other_no_fee", "other_misc") and template == "2019":
            continue
        if key == "other_misc":
            if inner.startswith("3.其他") and "(六)" in "".join(labels):
                return key
            continue
        if word in inner:
            return key
    return None


def parse_html(path: Path, template: str) -> dict:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_bytes(), "lxml")
    out = {"active": {}, "requests": {}, "review_litigation": {}}
    tables = soup.find_all("table")
    act = [t for t in tables if "第二十条" in norm(t.get_text())]
    req = [t for t in tables if "申请人情况" in norm(t.get_text())]
    rev = [t for t in tables if "未经复议直接起诉" in norm(t.get_text())]
    assert act and len(req) == 1 and len(rev) == 1, (path, len(act), len(req), len(rev))

    # Section 二: values by order within the row (colspans vary).
    cols = ACTIVE_COLS[template]
    fee_unit = ""
    for t in act:
        for tr in t.find_all("tr"):
            cells = tr.find_all(["td", "th"], recursive=False)
            texts = [c.get_text() for c in cells]
            head = norm(texts[0]) if texts else ""
            if "万元" in norm("".join(texts)) and head.startswith("信息内容"):
                fee_unit = "万元"
            for key, words in ACTIVE_LABELS:
                if head in words and key in cols:
                    unit = fee_unit if key == "fees" else ""
                    vals = [value(x, unit) for x in texts[1:]]
                    assert len(vals) == len(cols[key]), (path, key, vals)
                    assert key not in out["active"], (path, "twice", key)
                    out["active"][key] = dict(zip(cols[key], vals))

    # Section 三: a data row is one whose last seven grid cells are its own.
    g = grid(req[0])
    width = len(g[0])
    for row in g:
        own = [c for c in row[width - 7:]]
        label_cells = []
        for text, origin in row[: width - 7]:
            if not label_cells or label_cells[-1][1] != origin:
                label_cells.append((norm(text), origin))
        labels = [t for t, _ in label_cells]
        if not labels or not any(labels):
            continue
        key = request_key(labels, template)
        if key is None:
            continue
        texts = [t for t, _ in own]
        # header rows hold label words too ("总计"): skip rows whose cells are words
        if any(re.search(r"[\u4e00-\u9fff]", norm(x).replace("万元", "").replace("元", "")) for x in texts):
            continue
        assert key not in out["requests"], (path, "twice", key)
        out["requests"][key] = dict(zip(COLS, [value(x) for x in texts]))

    # Section 四: the one row of fifteen figures.
    g = grid(rev[0])
    data = [r for r in g if len(r) == 15 and not any(re.search(r"[\u4e00-\u9fff]", norm(t)) for t, _ in r)]
    assert len(data) == 1, (path, len(data))
    vals = [value(t) for t, _ in data[0]]
    for k, gname in enumerate(GROUPS):
        out["review_litigation"][gname] = dict(zip(REVIEW, vals[5 * k : 5 * k + 5]))

    # Title and prose of section 一 (up to the heading 二、).
    out["title"] = norm(soup.title.get_text()) if soup.title else ""
    body = soup.body.get_text("\n")
    start = body.find("一、总体情况")
    end = body.find("二、主动公开政府信息情况", start)
    out["prose"] = norm(body[start:end]) if start >= 0 else ""
    # The heading printed on the page must be the title too.
    out["heading"] = norm(body).find(norm(out["title"])) >= 0
    return out


NARRATIVE_PATTERNS = {
    "new_requests": [
        r"(?:收到|新收|受理)(?:各类)?(?:政府信息公开|依申请公开)?(?:申请)?(?:共计|共)?(\d+)(?:件|条|份)",
        r"(?:共收到|共新收|新收到)[^,，。;；]{0,16}?申请(\d+)件",
    ],
    "reviews": [r"行政复议(?:案件)?(\d+)(?:件|起)", r"行政复议(?:共)?(\d+)"],
    "lawsuits": [r"行政诉讼(?:案件)?(\d+)(?:件|起)", r"行政诉讼(?:共)?(\d+)"],
}


def stated(prose: str) -> dict:
    """Every figure the section-一 prose states per narrative field."""
    got = {}
    for k, pats in NARRATIVE_PATTERNS.items():
        found = set()
        for p in pats:
            found |= {int(x.replace(",", "")) for x in re.findall(p, prose)}
        got[k] = found
    # "未发生…行政复议、行政诉讼" / "无行政诉讼" state a zero (within one clause).
    for k, word in (("reviews", "行政复议"), ("lawsuits", "行政诉讼")):
        if re.search(rf"(?:未(?:发生|被申请|出现)|无)[^。；;，,]{{0,20}}{word}", prose):
            got[k].add(0)
    return got


def z(x):
    return 0 if x is None else x


def broken(t: dict) -> dict:
    """Which identities the truth breaks, with where."""
    rq = t["requests"]
    out: dict = {}
    flow = ("new_received", "carried_over", "total_handled", "carried_forward")
    outcomes = [k for k in rq if k not in flow]
    for c in COLS:
        a = z(rq["new_received"][c]) + z(rq["carried_over"][c])
        b = z(rq["total_handled"][c]) + z(rq["carried_forward"][c])
        if a != b:
            out.setdefault("balance", []).append(f"{c}: 一+二={a}, （七）+四={b}")
        if c == "total" and any(rq[k][c] is None for k in outcomes + ["total_handled"]):
            continue  # a blank total in the check: nothing to compare
        s = sum(z(rq[k][c]) for k in outcomes)
        if s != z(rq["total_handled"][c]):
            out.setdefault("outcome-total", []).append(f"{c}: rows={s}, （七）={rq['total_handled'][c]}")
    for k, row in rq.items():
        if row["total"] is None:
            continue
        s = sum(z(row[c]) for c in COLS[:6])
        if s != row["total"]:
            out.setdefault("row-total", []).append(f"{k}: columns={s}, 总计={row['total']}")
    for g, v in t["review_litigation"].items():
        if v["total"] is None:
            continue
        s = sum(z(v[k]) for k in REVIEW[:4])
        if s != v["total"]:
            out.setdefault("review-total", []).append(f"{g}: parts={s}, 总计={v['total']}")
    rl = t["review_litigation"]
    table = {
        "new_requests": rq["new_received"]["total"],
        "reviews": rl["review"]["total"],
        "lawsuits": z(rl["litigation_direct"]["total"]) + z(rl["litigation_after_review"]["total"]),
    }
    for k, v in t["narrative"].items():
        if v is not None and v != table[k]:
            out.setdefault("narrative-mismatch", []).append(f"{k}: prose={v}, table={table[k]}")
    return out


def check(set_dir: Path) -> bool:
    ok = True
    folders = sorted(p for p in set_dir.iterdir() if p.is_dir())
    flaws = []
    for d in folders:
        problems = []
        t = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        m = re.fullmatch(r"(\d\d)-(\d{4})-(2019|2021)(?:-(.+))?", d.name)
        if not m:
            problems.append("folder name")
        else:
            year, template, flaw = int(m.group(2)), m.group(3), m.group(4)
            if t["year"] != year or t["template"] != template or t.get("flaw") != flaw:
                problems.append(f"name vs truth: {year} {template} {flaw}")
            if (year <= 2020) != (template == "2019"):
                problems.append("template does not fit the year")
        keys = ["template", "title", "office", "year", "layout", "encoding", "deviations", "active",
                "requests", "review_litigation", "narrative", "flaw"]
        if list(t.keys()) != keys:
            problems.append(f"keys {list(t.keys())}")
        if not t["title"].startswith(t["office"]) or f"{t['year']}年" not in t["title"]:
            problems.append("title/office/year")

        # The HTML, parsed, against the truth: every cell.
        h = parse_html(d / "page.html", t["template"])
        if h["title"] != norm(t["title"]) or not h["heading"]:
            problems.append(f"title {h['title']!r}")
        for table in ("active", "requests", "review_litigation"):
            if list(h[table].keys()) != list(t[table].keys()):
                problems.append(f"{table} rows {list(h[table].keys())} vs {list(t[table].keys())}")
            for row, cols in t[table].items():
                for col, want in cols.items():
                    got = h[table].get(row, {}).get(col, "absent")
                    if got != want or type(got) is not type(want):
                        problems.append(f"{table}.{row}.{col}: html {got!r}, truth {want!r}")

        # The prose, against the truth's narrative.
        said = stated(h["prose"])
        for k, v in t["narrative"].items():
            if v is None and said[k]:
                problems.append(f"narrative {k}: truth null, prose states {sorted(said[k])}")
            if v is not None and said[k] != {v}:
                problems.append(f"narrative {k}: truth {v}, prose states {sorted(said[k])}")

        # The identities.
        b = broken(t)
        flaw = t.get("flaw")
        if flaw is None and b:
            problems.append(f"sound but breaks {b}")
        if flaw is not None and set(b) != {flaw}:
            problems.append(f"flaw {flaw} but breaks {sorted(b)}")
        if flaw:
            flaws.append(flaw)

        # The routes: each is there, and each text holds every printed
        # figure of sections 三 and 四 (as a multiset, label numbers such
        # as "1." left out): nothing was lost off a page edge.
        want = Counter(
            str(v) for tb in ("requests", "review_litigation") for c in t[tb].values() for v in c.values() if v is not None
        )
        for route in ("page.html", "pymupdf.txt", "pymupdf-blocks.txt", "pypdf.txt", "pypdfium2.txt"):
            if not (d / route).exists():
                problems.append(f"no {route}")
                continue
            if route.endswith(".txt"):
                text = unicodedata.normalize("NFKC", (d / route).read_text(encoding="utf-8"))
                start = text.find("申请人情况")
                end = text.find("五、", start)
                part = text[start:end] if start >= 0 else ""
                got = Counter(re.findall(r"\d+", re.sub(r"\d\.", "", part)))
                if got != want:
                    problems.append(f"{route}: figures differ: extra {dict(got - want)}, missing {dict(want - got)}")
        ncells = sum(len(c) for tb in ("active", "requests", "review_litigation") for c in t[tb].values())
        nblank = sum(
            1 for tb in ("active", "requests", "review_litigation") for c in t[tb].values() for x in c.values() if x is None
        )
        detail = "; ".join(f"{k}: {', '.join(v)}" for k, v in b.items()) or "no identity broken"
        status = "ok  " if not problems else "FAIL"
        print(f"{status} {d.name:34} {ncells} cells ({nblank} blank) narrative={list(t['narrative'].values())} | {detail}")
        for p in problems:
            print(f"     - {p}")
        ok &= not problems
    want = ["balance", "narrative-mismatch", "outcome-total", "review-total", "row-total"]
    if len(folders) != 12 or sorted(flaws) != want:
        print(f"FAIL set: {len(folders)} reports, flaws {sorted(flaws)}")
        ok = False
    print("all checks passed" if ok else "CHECK FAILED")
    return ok


def main() -> None:
    cmd = sys.argv[1] if len(sys.argv) > 1 else "all"
    set_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else SET
    if cmd in ("make", "all"):
        make(set_dir)
    if cmd in ("check", "all"):
        if not check(set_dir):
            sys.exit(1)


if __name__ == "__main__":
    main()
