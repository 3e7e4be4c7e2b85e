"""What tests/external/make.py and make_fresh.py share: the loop that
flattens each generated report of SRC_DIR into OUT_DIR/<id>/ with its
truth beside it."""
import json, shutil, sys, tempfile
from pathlib import Path

import lxml.html


def write_sets(tool_outputs):
    """`tool_outputs(html_path, work_dir)` -> {file name: text}, for each
    report of SRC_DIR (argv[1]); written to OUT_DIR (argv[2])."""
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    dst.mkdir(parents=True, exist_ok=True)
    docs = sorted(p for p in src.rglob("*.html"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for i, p in enumerate(docs):
            truth = json.loads(Path(str(p) + ".truth.json").read_text(encoding="utf-8"))
            ident = f"{i + 1:02d}-{truth['year']}-{truth['template']}"
            if truth.get("flaw"):
                ident += "-" + truth["flaw"]
            d = dst / ident
            d.mkdir(exist_ok=True)
            # A plain file name: the tools see no Chinese path.
            h = work / "report.html"
            shutil.copy(p, h)
            for name, text in tool_outputs(h, work).items():
                (d / name).write_text(text, encoding="utf-8")
            (d / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(ident, file=sys.stderr)


def page_blocks(html):
    """The page's headings and paragraphs and its tables, in reading order:
    ('line', text) with the whitespace folded, ('table', the <table>
    element). Every route reads the page through this walk."""
    body = lxml.html.fromstring(html).find("body")
    for el in body.iter():
        if el.tag == "table":
            yield "table", el
        elif el.tag in ("h1", "h2", "h3", "p") and not el.xpath("ancestor::table"):
            t = " ".join(el.text_content().split())
            if t:
                yield "line", t
