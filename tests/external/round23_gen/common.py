"""Round 23 page generator, shared part: the numbers model, the template's labels, table builders with per-report
cell callbacks, the truth writer and the refusal check (a report must break exactly the identities it is meant to).

Each report module (r01.py … r10.py) types its own numbers, prose, markup and site around the tables; this module
only works out the derived cells (一、本年新收, （七）总计, the 总计 column, the section 四 totals) from the typed ones.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parents[2] / "fixtures/external/handwritten-round23"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from page_truth import identities  # noqa: E402  (read-only use of the shared identity rules)

APPL = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_org"]
COLS = APPL + ["total"]
COLNAME = {"natural_person": "自然人", "business": "商业企业", "research": "科研机构", "nonprofit": "社会公益组织",
           "legal_service": "法律服务机构", "other_org": "其他", "total": "总计"}

RESULT19 = ["granted", "partial", "denied_state_secret", "denied_law_forbidden", "denied_safety", "denied_third_party",
            "denied_internal", "denied_process", "denied_enforcement", "denied_query", "unable_not_held",
            "unable_needs_creation", "unable_unclear", "rejected_petition", "rejected_duplicate",
            "rejected_publication", "rejected_excessive", "rejected_confirm", "other"]
RESULT21 = RESULT19[:-1] + ["other_no_correction", "other_no_fee", "other_misc"]


def results(tpl):
    return RESULT19 if tpl == "2019" else RESULT21


def rows3(tpl):
    return ["new_received", "carried_over"] + results(tpl) + ["total_handled", "carried_forward"]


LABEL = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "denied_state_secret": "1.属于国家秘密",
    "denied_law_forbidden": "2.其他法律行政法规禁止公开",
    "denied_safety": "3.危及“三安全一稳定”",
    "denied_third_party": "4.保护第三方合法权益",
    "denied_internal": "5.属于三类内部事务信息",
    "denied_process": "6.属于四类过程性信息",
    "denied_enforcement": "7.属于行政执法案卷",
    "denied_query": "8.属于行政查询事项",
    "unable_not_held": "1.本机关不掌握相关政府信息",
    "unable_needs_creation": "2.没有现成信息需要另行制作",
    "unable_unclear": "3.补正后申请内容仍不明确",
    "rejected_petition": "1.信访举报投诉类申请",
    "rejected_duplicate": "2.重复申请",
    "rejected_publication": "3.要求提供公开出版物",
    "rejected_excessive": "4.无正当理由大量反复申请",
    "rejected_confirm": "5.要求行政机关确认或重新出具已获取信息",
    "other": "（六）其他处理",
    "other_no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_no_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_misc": "3.其他",
    "total_handled": "（七）总计",
    "carried_forward": "四、结转下年度继续办理",
}
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
RESULT_HEAD = "三、本年度办理结果"
GROUP = {"（三）不予公开": RESULT19[2:10], "（四）无法提供": RESULT19[10:13], "（五）不予处理": RESULT19[13:18],
         "（六）其他处理": ["other_no_correction", "other_no_fee", "other_misc"]}


def group_of(key):
    return next((g for g, ks in GROUP.items() if key in ks), None)


# ---------------------------------------------------------------- section 三 numbers
def section3(tpl, carried_over, res, carried_forward):
    """carried_over / carried_forward: 6 applicant values; res: result key -> 6 values (all typed by hand).
    Returns key -> [7 ints] (applicants, 总计) with 一、本年新收, （七）总计 and the 总计 column worked out."""
    assert list(res) == results(tpl), f"result rows typed {list(res)}"
    out = {}
    th = [sum(res[k][i] for k in res) for i in range(6)]
    nr = [th[i] + carried_forward[i] - carried_over[i] for i in range(6)]
    assert min(nr) >= 0, f"new_received negative {nr}"
    for k, v in [("new_received", nr), ("carried_over", carried_over)] + list(res.items()) + \
            [("total_handled", th), ("carried_forward", carried_forward)]:
        assert len(v) == 6
        out[k] = list(v) + [sum(v)]
    return out


def section4(review, direct, after):
    """each: [结果维持, 结果纠正, 其他结果, 尚未审结] typed; the 总计 cells worked out."""
    return {g: list(v) + [sum(v)] for g, v in
            (("review", review), ("litigation_direct", direct), ("litigation_after_review", after))}


G4 = ["review", "litigation_direct", "litigation_after_review"]
L4 = ["upheld", "corrected", "other", "pending", "total"]
L4NAME = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

# ---------------------------------------------------------------- section 二 layout
SEC2 = {
    "2019": [
        ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], ["made", "published", "total_public"],
         [("regulations", "规章"), ("normative_docs", "规范性文件")]),
        ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["prev_items", "change", "decisions"],
         [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")]),
        ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["prev_items", "change", "decisions"],
         [("penalties", "行政处罚"), ("enforcement", "行政强制")]),
        ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["prev_items", "change"], [("fees", "行政事业性收费")]),
        ("第二十条第（九）项", ["采购项目数量", "采购总金额"], ["projects", "amount_yuan"], [("procurement", "政府集中采购")]),
    ],
    "2021": [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["issued", "repealed", "in_force"],
         [("regulations", "规章"), ("normative_docs", "行政规范性文件")]),
        ("第二十条第（五）项", ["本年处理决定数量"], ["decisions"], [("licensing", "行政许可")]),
        ("第二十条第（六）项", ["本年处理决定数量"], ["decisions"], [("penalties", "行政处罚"), ("enforcement", "行政强制")]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["amount_yuan"], [("fees", "行政事业性收费")]),
    ],
}


def parse(s, wan=False):
    """A printed cell as the truth records it: blank, "/", "-", "—" = None; full-width digits read; units dropped."""
    t = unicodedata.normalize("NFKC", s)
    t = re.sub(r"<[^>]+>", "", t)
    t = re.sub(r"\s+", "", t.replace("&nbsp;", "").replace("\xa0", ""))
    if t in ("", "/", "-", "—", "－", "——"):
        return None
    t = t.replace(",", "")
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


# ---------------------------------------------------------------- builders with cell callbacks
def table2_rows(tpl, p2, cell, width=4):
    """Section 二 as caption / header / data rows. cell(kind, text, rs, cs) -> html; kinds: caption, head, label,
    value. p2: row key -> {col key: printed string}. Values of sub-tables with fewer columns span the rest."""
    rows = []
    for cap, heads, keys, rws in SEC2[tpl]:
        rows.append(("caption", [cell("caption", cap, 1, width)]))
        n = len(heads)
        spans = [1] * n
        spans[-1] = width - n
        rows.append(("head", [cell("head", "信息内容", 1, 1)] + [cell("head", h, 1, s) for h, s in zip(heads, spans)]))
        for rk, rl in rws:
            rows.append(("data", [cell("label", rl, 1, 1)] +
                         [cell("value", p2[rk][k], 1, s) for k, s in zip(keys, spans)]))
    return rows


def table3_rows(tpl, p3, cell, order=COLS, labels=True, values=True, head_names=None, label=None,
                legal_name="法人或其他组织", apply_name="申请人情况"):
    """Section 三 as (head rows, body rows); each row a list of cell html. cell(kind, text, rs, cs); kinds: corner,
    head, label1, label2, label3, value (value cells get text = printed string). order: the value columns, left to
    right (the five 法人 columns must stay together); labels/values: write the label columns / the value columns
    (for a table split in two); head_names: column key -> header text; label: key -> label text."""
    names = dict(COLNAME, **(head_names or {}))
    lab = label or (lambda k, t: t)
    legal = [c for c in order if c in APPL[1:]]
    head = [[], [], []]
    if labels:
        head[0].append(cell("corner", CORNER, 3, 3))
    if values:
        if labels or order == COLS:
            head[0].append(cell("head", apply_name, 1, len(order)))
        elif legal:
            head[0].append(cell("head", apply_name + "（续）", 1, len(order)))
        first_legal = True
        for c in order:
            if c in legal:
                if first_legal:
                    head[1].append(cell("head", legal_name, 1, len(legal)))
                    first_legal = False
                head[2].append(cell("head", names[c], 1, 1))
            else:
                head[1].append(cell("head", names[c], 2, 1))
    body = []
    res = results(tpl)
    nres = len(res) + 1  # with （七）
    for k in rows3(tpl):
        row = []
        if labels:
            if k in ("new_received", "carried_over", "carried_forward"):
                row.append(cell("label1", lab(k, LABEL[k]), 1, 3))
            else:
                if k == "granted":
                    row.append(cell("label1", lab("result_head", RESULT_HEAD), nres, 1))
                g = group_of(k) if not (tpl == "2019" and k == "other") else None
                if g is None:
                    row.append(cell("label2", lab(k, LABEL[k]), 1, 2))
                else:
                    if GROUP[g][0] == k or (g == "（三）不予公开" and k == "denied_state_secret"):
                        row.append(cell("label2", lab("group:" + g, g), len(GROUP[g]), 1))
                    row.append(cell("label3", lab(k, LABEL[k]), 1, 1))
        if values:
            row += [cell("value", p3[k][c], 1, 1) for c in order]
        body.append(row)
    return head, body


def table4_rows(p4, cell, label=None):
    """Section 四: three head rows and one data row (15 values)."""
    lab = label or (lambda t: t)
    h1 = [cell("head", lab("行政复议"), 1, 5), cell("head", lab("行政诉讼"), 1, 10)]
    h2 = [cell("head", lab(n), 2, 1) for n in L4NAME] + \
         [cell("head", lab("未经复议直接起诉"), 1, 5), cell("head", lab("复议后起诉"), 1, 5)]
    h3 = [cell("head", lab(n), 1, 1) for n in L4NAME] * 2
    data = [cell("value", p4[g][i], 1, 1) for g in G4 for i in range(5)]
    return [h1, h2, h3], [data]


# ---------------------------------------------------------------- truth and refusal
def truth(spec, p2, p3, p4):
    tpl = spec["template"]
    active = {}
    for cap, heads, keys, rws in SEC2[tpl]:
        for rk, _ in rws:
            active[rk] = {k: parse(p2[rk][k], wan=("万元" in h and not p2[rk][k].strip().endswith("万元")))
                          for h, k in zip(heads, keys)}
    requests = {k: {c: parse(p3[k][c]) for c in COLS} for k in rows3(tpl)}
    rl = {g: {l: parse(p4[g][i]) for i, l in enumerate(L4)} for g in G4}
    t = {"template": tpl, "title": spec["title"], "office": spec["office"], "year": spec["year"],
         "layout": spec["layout"], "encoding": spec.get("encoding"), "deviations": spec["deviations"],
         "active": active, "requests": requests, "review_litigation": rl, "narrative": spec["narrative"],
         "flaw": spec.get("flaw")}
    return t


def fmt_all(n3, n4, blank):
    """Printed strings from numbers: blank(key, col, value) -> str."""
    p3 = {k: {c: blank(k, c, v[i]) for i, c in enumerate(COLS)} for k, v in n3.items()}
    p4 = {g: [blank("四", L4[i], x) for i, x in enumerate(v)] for g, v in n4.items()}
    return p3, p4


def write(spec, html, p2, p3, p4):
    """Refuse unless the report breaks exactly the identities it is meant to break; then write page.html (in the
    report's encoding) and truth.json."""
    t = truth(spec, p2, p3, p4)
    bad = identities(t)
    flaw = spec.get("flaw")
    if (flaw is None and bad) or (flaw is not None and set(bad) != {flaw}):
        raise SystemExit(f"{spec['folder']}: meant to break {flaw or 'nothing'}, breaks {bad} — not written")
    folder = SET / spec["folder"]
    folder.mkdir(exist_ok=True)
    enc = spec.get("encoding") or "utf-8"
    (folder / "page.html").write_bytes(html.encode(enc))
    (folder / "truth.json").write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{spec['folder']}: written ({len(html)} chars, {enc}); breaks {sorted(bad) or 'nothing'}")
    return t
