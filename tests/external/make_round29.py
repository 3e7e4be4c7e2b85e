#!/usr/bin/env python3
"""Round 29: hand-written report pages in markup no earlier round used, read by routes no earlier round used.

    make_round29.py [build|check|all] [NN]   (default: all)

The set is handwritten-round29/ beside this script (/work/round29/handwritten-round29, or
fixtures/external/handwritten-round29 once moved into the checkout with this script in tests/external/). The pages and
truth.json files are written by round29_gen/rNN.py (run inside round29_gen/; r04 needs pypinyin); this script makes
the route texts and checks the set.

`build` rebuilds, for every folder, the route texts beside page.html and truth.json. Scratch files (PDFs, UTF-8
copies, HOME with edbrowse's .ebrc) go under /tmp/round29/build; the Python packages not on the machine (html5lib,
pdfminer.six, beautifulsoup4, lxml for the check) in the venv /tmp/round29/venv (installed by the script when missing).
Debian packages used: libxml2-utils, libhtml-format-perl + libhtml-tree-perl, edbrowse, emacs-nox, php-cli + php-xml,
wkhtmltopdf, poppler-utils, html-xml-utils, vilistextum, fonts-wqy-microhei (`apt-get install` them first).

  TEXT  = the page decoded as a browser would: a BOM wins; else UTF-8 when the bytes are valid UTF-8 and not pure
          ASCII; else the charset declared in the page; else utf-8
  UTF8  = TEXT written as UTF-8 with every declared charset (meta, XML declaration) changed to utf-8

  xmllint-xpath-string.txt        xmllint --html --xpath 'string(//body)' UTF8   (libxml2's HTML parser; every text
                                  node of <body> concatenated, nothing put between elements)
  perl-html-formattext.txt        Perl HTML::FormatText 2.16 (leftmargin 0, rightmargin 100) on an HTML::TreeBuilder
                                  tree of UTF8 read as UTF-8 (the module has no table layout: cells become paragraphs)
  edbrowse-dump.txt               printf 'b file://UTF8\n,p\nq\n' | edbrowse -d0   (the line-mode browser's rendered
                                  buffer; table rows as cells joined by "|")
  emacs-shr-w120.txt              emacs -Q --batch: libxml-parse-html-region + shr-insert-document with shr-width 120,
                                  shr-use-fonts nil (the renderer of Emacs's eww and mail readers), buffer written as UTF-8
  html5lib-walker.txt             Python html5lib 1.1 parse(TEXT) + getTreeWalker("etree"): text tokens kept (script,
                                  style, head, title skipped), a tab after every </td>/</th>, a newline at block
                                  boundaries; spaces squeezed, lines stripped
  php-dom-xpath.txt               PHP 8.2 DOMDocument::loadHTML('<?xml encoding="utf-8" ?>' . UTF8) and DOMXPath over
                                  //h1|//h2|//h3|//h4|//h5|//p|//li|//summary|//dt|//dd|//tr (not inside a <td>): a
                                  <tr> as its cells' textContent joined by tabs, the rest their trimmed textContent
  wk-letter-landscape-pdfminer-all.txt
                                  wkhtmltopdf -q -O Landscape -s Letter UTF8 letter.pdf (Qt WebKit, 0.12.6);
                                  pdf2txt.py -A letter.pdf   (pdfminer.six, layout analysis on all texts)
  wk-a3-pdftotext-bbox-lines.txt  wkhtmltopdf -q -s A3 UTF8 a3.pdf; pdftotext -bbox a3.pdf (word boxes, poppler 22.12);
                                  this script's bbox_lines(): words of a page grouped into lines by their vertical
                                  middle (within 3 pt), sorted by xMin, joined by one space; pages end with a form feed
  hxselect-sed.txt                hxnormalize -x -l 100000 UTF8 | hxselect -c 'div.article' | sed -e 's/<\/t[dh]>/\t/g'
                                  -e 's/<[^>]*>//g' | hxunent   (html-xml-utils 7.7 and sed: a shell scraper taking the
                                  article div; hxnormalize puts every element on its own indented line, so every cell
                                  ends up on a line of its own, followed by a tab)
  vilistextum-m.txt               vilistextum -m -w 100 UTF8 -   (vilistextum 2.6.9; -m leaves characters as they are,
                                  so UTF-8 mostly passes through — without it Chinese comes out garbled — but the
                                  bytes 0xA0/0xAD are still dropped, so 中, 字, 学… lose a byte: decoded as UTF-8
                                  with U+FFFD for the broken sequences)

A route that fails on a page leaves no file for that page; DROPPED below lists such (folder, route) pairs, and
`check` accepts exactly those as missing.

`check` (independent of nianbao and of the generator; does not import round29_gen): round 28's check, extended for
this round's markup: **an <input>'s value attribute read as its text; <rt>/<rp> (ruby annotations) dropped; classes
the page's <style> hides with clip:rect(0…) (the sr-only pattern) dropped like display:none; "〇" read as 0; U+2010,
U+2011, U+2212 read as a minus; 总体情况 taken from the last heading 一、总体情况 (a 目录 repeats it)**.
 (a) reads every page.html with BeautifulSoup (lxml) from TEXT, rebuilds every grid and compares every cell, the
     title, office, year/template, encoding, file list and the 总体情况 figures with truth.json;
 (b) checks the identities (this script's own rules): a sound report breaks none, a flawed one only its own;
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
SET = HERE / "handwritten-round29"
if not SET.is_dir():
    SET = HERE.parents[1] / "fixtures/external/handwritten-round29"
SCRATCH = Path("/tmp/round29/build")
VENV = Path("/tmp/round29/venv")
ROUTES = {"xmllint-xpath-string": "txt", "perl-html-formattext": "txt", "edbrowse-dump": "txt",
          "emacs-shr-w120": "txt", "html5lib-walker": "txt", "php-dom-xpath": "txt",
          "wk-letter-landscape-pdfminer-all": "txt", "wk-a3-pdftotext-bbox-lines": "txt", "hxselect-sed": "txt",
          "vilistextum-m": "txt"}
DROPPED = set()   # {(folder name, route)} that failed in build and are left out
if Path(sys.prefix).resolve() != VENV.resolve() and (VENV / "bin/python").exists() \
        and os.environ.get("ROUND29_IN_VENV") is None:
    os.environ["ROUND29_IN_VENV"] = "1"   # the check needs bs4 + lxml, the build html5lib + pdfminer: run in the venv
    os.execv(str(VENV / "bin/python"), [str(VENV / "bin/python")] + sys.argv)


# ====================================================================== build
def sh(cmd, env=None, cwd=None, inp=None, timeout=600, ok=(0,), shell=False):
    p = subprocess.run(cmd, capture_output=True, env=env, cwd=cwd, input=inp, timeout=timeout, shell=shell)
    if p.returncode not in ok:
        raise RuntimeError(f"{cmd if shell else cmd[0]} failed ({p.returncode}): {p.stderr.decode('utf-8', 'replace')[-800:]}")
    return p.stdout


def tool_env(home):
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "LC_ALL", "LANGUAGE")}
    env.update(LANG="C.UTF-8", HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(home))
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


FORMATTEXT_PL = r"""
use strict; use warnings;
use HTML::TreeBuilder; use HTML::FormatText;
open(my $fh, '<:encoding(UTF-8)', $ARGV[0]) or die; local $/; my $html = <$fh>; close $fh;
my $tree = HTML::TreeBuilder->new_from_content($html);
binmode STDOUT, ':encoding(UTF-8)';
print HTML::FormatText->new(leftmargin => 0, rightmargin => 100)->format($tree);
"""

SHR_EL = r"""
(require 'shr)
(let* ((in (nth 0 command-line-args-left))
       (out (nth 1 command-line-args-left))
       (dom (with-temp-buffer
              (set-buffer-multibyte t)
              (let ((coding-system-for-read 'utf-8)) (insert-file-contents in))
              (libxml-parse-html-region (point-min) (point-max)))))
  (with-temp-buffer
    (let ((shr-width 120) (shr-use-fonts nil) (shr-inhibit-images t))
      (shr-insert-document dom))
    (let ((coding-system-for-write 'utf-8-unix))
      (write-region (point-min) (point-max) out))))
"""

HTML5LIB_PY = r"""
import re, sys
import html5lib
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "br", "dt", "dd", "dl",
         "section", "details", "summary", "caption", "thead", "tbody", "tfoot", "pre", "blockquote", "hr", "form"}
SKIP = {"script", "style", "head", "title", "noscript"}
doc = html5lib.parse(open(sys.argv[1], encoding="utf-8").read(), namespaceHTMLElements=False)
out, skip = [], 0
for tok in html5lib.getTreeWalker("etree")(doc):
    t, name = tok["type"], tok.get("name")
    if t in ("StartTag", "EmptyTag") and name in SKIP:
        skip += 1
    elif t == "EndTag" and name in SKIP:
        skip -= 1
    elif skip:
        continue
    elif t in ("Characters", "SpaceCharacters"):
        out.append(tok["data"])
    elif t == "EndTag" and name in ("td", "th"):
        out.append("\t")
    elif t in ("StartTag", "EndTag", "EmptyTag") and name in BLOCK:
        out.append("\n")
lines = [re.sub(r"[ \r\n\f\v]+", " ", x).strip(" ") for x in "".join(out).split("\n")]
sys.stdout.write("\n".join(x for x in lines if x.strip()) + "\n")
"""

PHP_DOM = r"""<?php
libxml_use_internal_errors(true);
$html = file_get_contents($argv[1]);
$d = new DOMDocument();
$d->loadHTML('<?xml encoding="utf-8" ?>' . $html);
$x = new DOMXPath($d);
$q = '//h1|//h2|//h3|//h4|//h5|//p|//li|//summary|//dt|//dd|//tr';
foreach ($x->query($q) as $n) {
    if ($n->nodeName !== 'tr' && $x->query('ancestor::td|ancestor::th', $n)->length) continue;
    if ($n->nodeName === 'tr') {
        $cells = array();
        foreach ($x->query('./td|./th', $n) as $c) $cells[] = trim(preg_replace('/\s+/u', ' ', $c->textContent));
        echo implode("\t", $cells), "\n";
    } else {
        $t = trim(preg_replace('/\s+/u', ' ', $n->textContent));
        if ($t !== '') echo $t, "\n";
    }
}
"""


def bbox_lines(xhtml):
    """pdftotext -bbox output -> text lines: per page, words grouped by vertical middle (3 pt), sorted by x"""
    pages = []
    for page in re.findall(r"<page\b.*?</page>", xhtml, re.S):
        words = [(float(a), float(b), float(c), float(d), htmlmod.unescape(w)) for a, b, c, d, w in
                 re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page)]
        lines = []
        for w in sorted(words, key=lambda w: ((w[1] + w[3]) / 2, w[0])):
            mid = (w[1] + w[3]) / 2
            if lines and abs(lines[-1][0] - mid) <= 3:
                lines[-1][1].append(w)
            else:
                lines.append([mid, [w]])
        pages.append("\n".join(" ".join(x[4] for x in sorted(ws, key=lambda w: w[0])) for _, ws in lines))
    return "\n\f".join(pages) + "\n"


def ensure_tools():
    if not (VENV / "bin/python").exists():
        sh([sys.executable, "-m", "venv", "--system-site-packages", str(VENV)])
    if subprocess.run([str(VENV / "bin/python"), "-c", "import html5lib, pdfminer, bs4, lxml"],
                      capture_output=True).returncode:
        sh([str(VENV / "bin/pip"), "install", "html5lib==1.1", "pdfminer.six==20260107", "beautifulsoup4==4.15.0",
            "lxml", "pypinyin==0.55.0"])


def build(only=None):
    SCRATCH.mkdir(parents=True, exist_ok=True)
    home = SCRATCH / "home"
    home.mkdir(exist_ok=True)
    env = tool_env(home)
    ensure_tools()
    for name, s in (("formattext.pl", FORMATTEXT_PL), ("shr.el", SHR_EL), ("html5lib_walk.py", HTML5LIB_PY),
                    ("dom.php", PHP_DOM)):
        (SCRATCH / name).write_text(s)
    if not (home / ".ebrc").exists():   # edbrowse writes a default config on its first run and stops
        subprocess.run(["edbrowse", "-d0"], input=b"q\n", capture_output=True, env=env, cwd=home, timeout=60)
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

        def wk(args, name):
            pdf = work / name
            sh(["wkhtmltopdf", "-q"] + args + [str(utf8), str(pdf)], env=env, cwd=work, ok=(0, 1))
            if not pdf.exists():
                raise RuntimeError("wkhtmltopdf made no PDF")
            return pdf

        def shr():
            out = work / "shr.txt"
            sh(["emacs", "-Q", "--batch", "-l", str(SCRATCH / "shr.el"), str(utf8), str(out)], env=env, cwd=work)
            return out.read_bytes().decode("utf-8")

        def bbox():
            pdf = wk(["-s", "A3"], "a3.pdf")
            return bbox_lines(u(sh(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], env=env, cwd=work)))

        hx = (f"hxnormalize -x -l 100000 {utf8} | hxselect -c 'div.article' "
              f"| sed -e 's/<\\/t[dh]>/\\t/g' -e 's/<[^>]*>//g' | hxunent")
        makers = {
            "xmllint-xpath-string": lambda: u(sh(["xmllint", "--html", "--xpath", "string(//body)", str(utf8)],
                                                 env=env, cwd=work)),
            "perl-html-formattext": lambda: u(sh(["perl", str(SCRATCH / "formattext.pl"), str(utf8)], env=env, cwd=work)),
            "edbrowse-dump": lambda: u(sh(["edbrowse", "-d0"], inp=f"b {utf8.as_uri()}\n,p\nq\n".encode(),
                                          env=env, cwd=work, timeout=120)),
            "emacs-shr-w120": shr,
            "html5lib-walker": lambda: u(sh([vpy, str(SCRATCH / "html5lib_walk.py"), str(textfile)], env=env, cwd=work)),
            "php-dom-xpath": lambda: u(sh(["php", str(SCRATCH / "dom.php"), str(utf8)], env=env, cwd=work)),
            "wk-letter-landscape-pdfminer-all": lambda: u(sh([str(VENV / "bin/pdf2txt.py"), "-A", str(
                wk(["-O", "Landscape", "-s", "Letter"], "letter.pdf"))], env=env, cwd=work)),
            "wk-a3-pdftotext-bbox-lines": bbox,
            "hxselect-sed": lambda: u(sh(hx, shell=True, env=env, cwd=work)),
            "vilistextum-m": lambda: sh(["vilistextum", "-m", "-w", "100", str(utf8), "-"], env=env, cwd=work).decode(
                "utf-8", "replace"),   # it drops every 0xA0/0xAD byte (Latin-1 nbsp/soft hyphen), breaking 中, 字, 学…
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
MINUS = dict.fromkeys(map(ord, "\u2010\u2011\u2212"), "-")   # hyphen, non-breaking hyphen, minus sign


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").translate(INVISIBLE)
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)


def sq(s):
    """NFKC, invisible characters and all whitespace dropped, ASCII brackets and colon read as full-width"""
    s = re.sub(r"\s+", "", norm(s))
    return s.replace("(", "（").replace(")", "）").replace(":", "：")


def value(text, wan=False):
    t = sq(text).translate(MINUS)
    if t == "〇":   # the Chinese numeral zero
        t = "0"
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
    a = text.rfind("一、总体情况")   # a 目录 at the top repeats the heading: the last one is the part
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
        if re.search(r"display\s*:\s*none|clip\s*:\s*rect\(\s*0", decl):   # also the sr-only clip pattern
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
    for x in soup.find_all(["rt", "rp"]):   # ruby annotations (pinyin) and their fallback brackets
        x.decompose()
    for x in soup.find_all("input"):   # a read-only field: its value is its text
        x.replace_with(x.get("value") or "")
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
                or tpl != ("2019" if year <= 2020 else "2021") or not t["layout"].startswith("r29-"):
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
