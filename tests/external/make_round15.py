#!/usr/bin/env python3
"""Flattens the hand-written HTML reports of earlier rounds by five routes
no set had used, for `fixtures/external/handwritten-round15`, a set kept
out of the tuning loop and scored once.

    tests/external/make_round15.py OUT_DIR

The sources are the hand-written reports' own HTML, not the generator's:
every `html.html` of `handwritten-holdout` and rounds four to seven, and
round fourteen's real CMS pages (`page-cms.html`); each report's
`truth.json` is copied beside its texts. Routes:

- `markitdown`: Microsoft's MarkItDown (`MarkItDown().convert`), the
  Markdown converter document pipelines for language models use.
- `html-text`: Zyte's `html_text.extract_text` (its layout guess): each
  cell a paragraph of its own, blank lines between, blank cells gone;
  inline elements inside a cell parted by a space (Word's per-digit spans
  print `2 0` for 20).
- `lxml-text`: `lxml.html` `text_content()` of the body: text nodes joined
  as they stand, cells apart only by the whitespace of the source (none
  between the cells of a page written without it: `213010025`).
- `selectolax`: `selectolax` (lexbor) `body.text(separator="\\n")`: one
  text node a line, the source's whitespace nodes kept as lines.
- `html2text-notables`: the `html2text` package with `ignore_tables=True`
  (crawlers that do not want pipe tables): rows as lines, cells as the
  text they hold.

Versions used: markitdown, html-text, lxml, selectolax and html2text as
pip installed them on 2026-12-05 (see the set's SOURCES.md).
"""
import io
import json
import re
import shutil
import sys
from pathlib import Path

import html2text
import html_text
import lxml.html
from markitdown import MarkItDown
from selectolax.lexbor import LexborHTMLParser as HTMLParser

ROOT = Path(__file__).resolve().parents[2] / "fixtures" / "external"
SETS = [
    ("handwritten-holdout", "html.html"),
    ("handwritten-round4", "html.html"),
    ("handwritten-round5", "html.html"),
    ("handwritten-round6", "html.html"),
    ("handwritten-round7", "html.html"),
    ("handwritten-round14", "page-cms.html"),
]


def decode(raw: bytes) -> str:
    head = raw[:4096].decode("ascii", "replace").lower()
    m = re.search(r'charset=["\']?([a-z0-9_-]+)', head)
    names = ([m.group(1)] if m else []) + ["utf-8", "gb18030"]
    for name in names:
        try:
            return raw.decode("gb18030" if name in ("gbk", "gb2312") else name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", "replace")


def routes(html: str) -> dict:
    out = {}
    md = MarkItDown()
    out["markitdown.md"] = md.convert_stream(
        io.BytesIO(html.encode("utf-8")), file_extension=".html"
    ).text_content
    out["html-text.txt"] = html_text.extract_text(html)
    doc = lxml.html.fromstring(html)
    body = doc.find("body")
    out["lxml-text.txt"] = (body if body is not None else doc).text_content()
    tree = HTMLParser(html)
    node = tree.body or tree.root
    out["selectolax.txt"] = node.text(separator="\n") if node is not None else ""
    h = html2text.HTML2Text()
    h.ignore_tables = True
    h.body_width = 0
    out["html2text-notables.md"] = h.handle(html)
    return out


def main() -> None:
    out_dir = Path(sys.argv[1])
    for set_name, file in SETS:
        for report in sorted((ROOT / set_name).iterdir()):
            src = report / file
            if not src.is_file():
                continue
            dest = out_dir / f"{set_name.replace('handwritten-', '')}-{report.name}"
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy(report / "truth.json", dest / "truth.json")
            for name, text in routes(decode(src.read_bytes())).items():
                (dest / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
