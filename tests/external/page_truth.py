"""Reading a hand-written report page's tables, as the round scripts check
their truth.json against it: the tables with rowspan/colspan expanded, the
cells of sections 二, 三 and 四, and the template's identities.

Shared by make_round19.py and make_round20.py.
"""

import re
from collections import Counter

APPLICANTS = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_org"]

def squash(s):
    return re.sub(r"\s+", "", s or "")


def fullwidth(s):
    return s.replace("(", "（").replace(")", "）").replace(":", "：")


def innermost_tables(soup):
    return [t for t in soup.find_all("table") if t.find("table") is None]


def grid(table, trs=None):
    """Rows of (cell, squashed text) with rowspan/colspan expanded; `trs`: the rows in another order
    than the source's (a browser's: thead first, tfoot last)."""
    taken, width = {}, 0
    trs = table.find_all("tr") if trs is None else trs
    for r, tr in enumerate(trs):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in taken:
                c += 1
            rs, cs = int(cell.get("rowspan") or 1), int(cell.get("colspan") or 1)
            item = (cell, squash(cell.get_text()))
            for i in range(rs):
                for j in range(cs):
                    taken[(r + i, c + j)] = item
            c += cs
            width = max(width, c)
    return [[taken.get((r, c), (None, "")) for c in range(width)] for r in range(len(trs))]


def number(text, wan=False):
    t = text.replace(",", "").replace("，", "")
    if t in ("", "/", "-", "—", "－"):
        return None
    if t.endswith("万元"):
        t, wan = t[:-2], True
    elif t.endswith("元"):
        t = t[:-1]
    x = float(t[1:] if t.startswith("+") else t)
    if wan:
        x *= 10000
    x = round(x, 4)
    return int(x) if x == int(x) else x


SEC2_COLS = {"本年新制作数量": "made", "本年新公开数量": "published", "对外公开总数量": "total_public",
             "上一年项目数量": "prev_items", "本年增/减": "change", "处理决定数量": "decisions",
             "采购项目数量": "projects", "采购总金额": "amount_yuan", "本年制发件数": "issued",
             "本年废止件数": "repealed", "现行有效件数": "in_force", "本年处理决定数量": "decisions",
             "本年收费金额": "amount_yuan"}
SEC2_ROWS = {"规章": "regulations", "规范性文件": "normative_docs", "行政规范性文件": "normative_docs",
             "行政许可": "licensing", "其他对外管理服务事项": "other_services", "行政处罚": "penalties",
             "行政强制": "enforcement", "行政事业性收费": "fees", "政府集中采购": "procurement"}


def section2(tables):
    out, heads = {}, []
    for t in tables:
        for tr in t.find_all("tr"):
            cells = [squash(x.get_text()) for x in tr.find_all(["td", "th"], recursive=False)]
            if not cells or cells[0].startswith("第二十条"):
                continue
            if cells[0] == "信息内容":
                heads = cells[1:]
                continue
            row = {}
            for h, v in zip(heads, cells[1:]):
                key = next(k for name, k in SEC2_COLS.items() if fullwidth(h).startswith(name))
                row[key] = number(v, wan="万元" in h)
            out[SEC2_ROWS[cells[0]]] = row
    return out


LEAVES = {"自然人": "natural_person", "商业企业": "business", "科研机构": "research", "社会公益组织": "nonprofit",
          "法律服务机构": "legal_service", "其他": "other_org", "总计": "total"}
NEEDLES = [("本年新收", "new_received"), ("上年结转", "carried_over"), ("结转下年度", "carried_forward"),
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
           ("（六）其他处理", "other")]


def section3(table, template):
    g = grid(table)
    first = next(i for i, row in enumerate(g) if "本年新收" in row[0][1])
    corner = g[0][0][0]
    label_cols = [c for c in range(len(g[0])) if g[first - 1][c][0] is corner]
    value_cols = [c for c in range(len(g[0])) if c not in label_cols]
    keys = [LEAVES[g[first - 1][c][1]] for c in value_cols]
    out, printed = {}, {}
    for row in g[first:]:
        seen = []
        for c in label_cols:
            if row[c][0] not in seen:
                seen.append(row[c][0])
        label = fullwidth("".join(squash(x.get_text()) for x in seen))
        key = next(k for needle, k in NEEDLES if needle in label)
        if key == "other" and template == "2021":
            key = "other_misc"
        if key in out:
            raise ValueError(f"row {key} twice ({label})")
        out[key] = {k: number(row[c][1]) for k, c in zip(keys, value_cols)}
        printed[key] = [row[c][1] for c in value_cols]
    return out, printed, first


def section4(table):
    g = grid(table)
    groups = {"未经复议直接起诉": "litigation_direct", "复议后起诉": "litigation_after_review"}
    leaves = {"结果维持": "upheld", "结果纠正": "corrected", "其他结果": "other", "尚未审结": "pending", "总计": "total"}
    out = {}
    for c in range(len(g[0])):
        group = "review" if g[0][c][1] == "行政复议" else groups[g[1][c][1]]
        out.setdefault(group, {})[leaves[g[2][c][1]]] = number(g[-1][c][1])
    return out, [g[-1][c][1] for c in range(len(g[0]))]


def identities(t):
    q, rl = t["requests"], t["review_litigation"]
    z = lambda x: x or 0
    results = [r for r in q if r not in ("new_received", "carried_over", "total_handled", "carried_forward")]
    bad = {}
    for c in APPLICANTS + ["total"]:
        if z(q["new_received"][c]) + z(q["carried_over"][c]) != z(q["total_handled"][c]) + z(q["carried_forward"][c]):
            bad.setdefault("balance", []).append(c)
        if sum(z(q[r][c]) for r in results) != z(q["total_handled"][c]):
            bad.setdefault("outcome-total", []).append(c)
    for r, row in q.items():
        if row["total"] is not None and sum(z(row[c]) for c in APPLICANTS) != row["total"]:
            bad.setdefault("row-total", []).append(r)
    for g, d in rl.items():
        if d["total"] is not None and sum(z(d[k]) for k in ("upheld", "corrected", "other", "pending")) != d["total"]:
            bad.setdefault("review-total", []).append(g)
    table = {"new_requests": q["new_received"]["total"], "reviews": rl["review"]["total"],
             "lawsuits": z(rl["litigation_direct"]["total"]) + z(rl["litigation_after_review"]["total"])}
    for k, v in t["narrative"].items():
        if v is not None and v != table[k]:
            bad.setdefault("narrative-mismatch", []).append(f"{k}: prose {v}, table {table[k]}")
    return bad


# ====================================================================== route coverage
def numbers(text):
    return re.findall(r"\d+(?:\.\d+)?", text)


def has_run(seq, run):
    n = len(run)
    return n > 0 and any(seq[i:i + n] == run for i in range(len(seq) - n + 1))


def coverage(text, rows3, row4):
    """How much of a report's tables a route's text kept: section 三's rows with
    values found whole and in order, of how many; its cells found in the text
    after the section's heading (each value used once), of how many; and
    whether section 四's row stands whole and in order."""
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


def kept4(text, row4):
    """Section 四's cells found in the text after its first 行政复议 past
    section 三's heading (each value used once), and how many there are."""
    start = text.find("收到和处理政府信息公开申请情况")
    start4 = text.find("行政复议", start if start >= 0 else 0)
    bag4 = Counter(numbers(text[start4:] if start4 >= 0 else text))
    hit4 = 0
    for x in row4:
        if bag4[x] > 0:
            bag4[x] -= 1
            hit4 += 1
    return hit4, len(row4)
