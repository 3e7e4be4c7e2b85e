"""Round 29 page generator, shared part (round 28's shared part, copied and adapted: set folder handwritten-round29,
layout prefix r29-, and a few helpers at the end for this round's markup).

The numbers model (typed section 三 result rows, 上年结转 and 结转下年度 per applicant column; 一、本年新收, （七）总计,
the 总计 column and the section 四 totals worked out), the template's labels, small HTML helpers, the truth writer and
a refusal check: a page is written only if it breaks exactly the identity it is meant to break (none for a sound one).
The identity rules here are this round's own (written from FORMAT.md §5), not imported from the checkout.

Each report module (r01.py … r10.py) types its numbers, prose, site around the report and its own table markup.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent / "handwritten-round29"   # /work/round29 layout
if not SET.is_dir():   # once moved into the checkout: tests/external/round29_gen -> fixtures/external/handwritten-round29
    SET = HERE.parents[1] / "fixtures/external/handwritten-round29"

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
GROUPS19 = [("（一）予以公开", ["granted"]), ("（二）部分公开", ["partial"]),
            ("（三）不予公开", RESULT19[2:10]), ("（四）无法提供", RESULT19[10:13]),
            ("（五）不予处理", RESULT19[13:18]), ("（六）其他处理", ["other"])]
GROUPS21 = GROUPS19[:5] + [("（六）其他处理", ["other_no_correction", "other_no_fee", "other_misc"])]


def groups(tpl):
    """[(group label, [row keys])]; a group with a single key of its own name has no sub-rows"""
    return GROUPS19 if tpl == "2019" else GROUPS21


def is_group_row(key, tpl):
    return key in ("granted", "partial") or (key == "other" and tpl == "2019")


HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
RESULTS4 = ["upheld", "corrected", "other", "pending", "total"]
RESULT4NAME = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结", "total": "总计"}
GROUPS4 = ["review", "litigation_direct", "litigation_after_review"]


# ---------------------------------------------------------------- numbers
def _sum(vals):
    vals = [v for v in vals]
    if all(v is None for v in vals):
        return None
    return sum(v or 0 for v in vals)


def section3(tpl, carried_over, res, carried_forward, total_zero=False):
    """carried_over / carried_forward: 6 applicant values (None = blank cell); res: result key -> 6 values.
    一、本年新收 = （七）总计 + 四 − 二 per column; （七）总计 = sum of the result rows; 总计 = sum of the applicants.
    A worked-out cell whose parts are all blank is blank; with total_zero the 总计 of an all-blank row prints 0."""
    assert list(res) == results(tpl), f"result rows typed {list(res)}"
    q = {}
    for k, v in res.items():
        assert len(v) == 6, k
        q[k] = list(v)
    q["total_handled"] = [_sum(q[k][i] for k in results(tpl)) for i in range(6)]
    q["carried_over"] = list(carried_over)
    q["carried_forward"] = list(carried_forward)
    new = []
    for i in range(6):
        parts = [q["total_handled"][i], q["carried_forward"][i], q["carried_over"][i]]
        if all(p is None for p in parts):
            new.append(None)
        else:
            n = (parts[0] or 0) + (parts[1] or 0) - (parts[2] or 0)
            assert n >= 0, f"column {i}: new requests {n}"
            new.append(n)
    q["new_received"] = new
    out = {}
    for k in rows3(tpl):
        t = _sum(q[k])
        if t is None and total_zero:
            t = 0
        out[k] = dict(zip(COLS, q[k] + [t]))
    return out


def section4(review, direct, after, total_zero=False):
    out = {}
    for g, v in zip(GROUPS4, (review, direct, after)):
        assert len(v) == 4
        t = _sum(v)
        if t is None and total_zero:
            t = 0
        out[g] = dict(zip(RESULTS4, list(v) + [t]))
    return out


# ---------------------------------------------------------------- identities (this round's own reading of FORMAT §5)
def identities(t):
    z = lambda v: v or 0
    bad = set()
    q, tpl = t["requests"], t["template"]
    for c in COLS:
        if z(q["new_received"][c]) + z(q["carried_over"][c]) != z(q["total_handled"][c]) + z(q["carried_forward"][c]):
            bad.add("balance")
        if z(q["total_handled"][c]) != sum(z(q[k][c]) for k in results(tpl)):
            bad.add("outcome-total")
    for k, row in q.items():
        if any(row[c] is not None for c in COLS) and z(row["total"]) != sum(z(row[c]) for c in APPL):
            bad.add("row-total")
    for g, row in t["review_litigation"].items():
        if any(v is not None for v in row.values()) and \
                z(row["total"]) != sum(z(row[r]) for r in RESULTS4[:4]):
            bad.add("review-total")
    n, rl = t["narrative"], t["review_litigation"]
    if n.get("new_requests") is not None and n["new_requests"] != z(q["new_received"]["total"]):
        bad.add("narrative-mismatch")
    if n.get("reviews") is not None and n["reviews"] != z(rl["review"]["total"]):
        bad.add("narrative-mismatch")
    if n.get("lawsuits") is not None and \
            n["lawsuits"] != z(rl["litigation_direct"]["total"]) + z(rl["litigation_after_review"]["total"]):
        bad.add("narrative-mismatch")
    return sorted(bad)


# ---------------------------------------------------------------- printing
def num(v, blank="", sep=False, unit=""):
    if v is None:
        return blank
    s = f"{v:,}" if sep else str(v)
    return s + unit


def signed(v, blank=""):
    if v is None:
        return blank
    return f"+{v}" if v > 0 else str(v)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- writing
def write(folder, html, truth, encoding="utf-8", bom=False):
    """folder: NN-year-template[-flaw]; truth: full dict. Refuses unless the identities match the flaw."""
    parts = folder.split("-")
    flaw = "-".join(parts[3:]) or None
    assert truth["flaw"] == flaw, (truth["flaw"], flaw)
    assert int(parts[1]) == truth["year"] and parts[2] == truth["template"]
    assert truth["template"] == ("2019" if truth["year"] <= 2020 else "2021")
    bad = identities(truth)
    want = [] if flaw is None else [flaw]
    if bad != want:
        raise SystemExit(f"{folder}: breaks {bad}, meant to break {want}; not written")
    d = SET / folder
    d.mkdir(exist_ok=True)
    data = html.encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16le": b"\xff\xfe", "utf-16be": b"\xfe\xff"}[encoding] + data
    (d / "page.html").write_bytes(data)
    keys = ["template", "title", "office", "year", "layout", "encoding", "deviations", "active", "requests",
            "review_litigation", "narrative", "flaw"]
    assert sorted(keys) == sorted(truth), sorted(set(keys) ^ set(truth))
    (d / "truth.json").write_text(json.dumps({k: truth[k] for k in keys}, ensure_ascii=False, indent=1) + "\n",
                                  encoding="utf-8")
    print(f"{folder}: written ({len(data)} bytes, {encoding}{' + BOM' if bom else ''}); breaks {bad or 'nothing'}")


def truth(tpl, title, office, year, layout, encoding, deviations, active, requests, rl, narrative, flaw):
    assert layout.startswith("r29-")
    assert title.startswith(office) and f"{year}年" in title
    return {"template": tpl, "title": title, "office": office, "year": year, "layout": layout, "encoding": encoding,
            "deviations": deviations, "active": active, "requests": requests, "review_litigation": rl,
            "narrative": narrative, "flaw": flaw}


# ---------------------------------------------------------------- official table pieces (pages may override)
def body3(tpl, q, val, labels=None, td="td", lab=lambda s: s, first=None, last=None, head_rowspan=None):
    """Section 三 data rows in the official arrangement (three label grid columns, rowspan/colspan).
    val(key, col) -> cell HTML (the whole <td>…</td>); labels overrides LABEL; first/last slice the row keys;
    head_rowspan: rowspan of 三、本年度办理结果 (default: the number of result rows printed)."""
    L = dict(LABEL, **(labels or {}))
    keys = rows3(tpl)[first:last]
    res = [k for k in keys if k in results(tpl) or k == "total_handled"]
    out, done_head = [], False
    for k in keys:
        cells = ""
        if k in ("new_received", "carried_over", "carried_forward"):
            cells = f"<{td} colspan=\"3\">{lab(L[k])}</{td}>"
        else:
            if not done_head:
                cells += f"<{td} rowspan=\"{head_rowspan or len(res)}\">{lab(RESULT_HEAD)}</{td}>"
                done_head = True
            if k == "total_handled" or is_group_row(k, tpl):
                cells += f"<{td} colspan=\"2\">{lab(L[k])}</{td}>"
            else:
                g, ks = next((g, ks) for g, ks in groups(tpl) if k in ks)
                shown = [x for x in ks if x in keys]
                if k == shown[0]:
                    cells += f"<{td} rowspan=\"{len(shown)}\">{lab(g)}</{td}>"
                cells += f"<{td}>{lab(L[k])}</{td}>"
        out.append(f"<tr>{cells}{''.join(val(k, c) for c in COLS)}</tr>")
    return out


def head4(td="td", lab=lambda s: s):
    r = [f"<tr><{td} colspan=\"5\">{lab('行政复议')}</{td}><{td} colspan=\"10\">{lab('行政诉讼')}</{td}></tr>"]
    r.append("<tr>" + "".join(f"<{td} rowspan=\"2\">{lab(RESULT4NAME[x])}</{td}>" for x in RESULTS4) +
             f"<{td} colspan=\"5\">{lab('未经复议直接起诉')}</{td}><{td} colspan=\"5\">{lab('复议后起诉')}</{td}></tr>")
    r.append("<tr>" + "".join(f"<{td}>{lab(RESULT4NAME[x])}</{td}>" for x in RESULTS4) * 2 + "</tr>")
    return r


SEC2_19 = [("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
            [("规章", "regulations"), ("规范性文件", "normative_docs")], ["made", "published", "total_public"]),
           ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
            [("行政许可", "licensing"), ("其他对外管理服务事项", "other_services")], ["prev_items", "change", "decisions"]),
           ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
            [("行政处罚", "penalties"), ("行政强制", "enforcement")], ["prev_items", "change", "decisions"]),
           ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("行政事业性收费", "fees")], ["prev_items", "change"]),
           ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("政府集中采购", "procurement")], ["projects", "amount_yuan"])]
SEC2_21 = [("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
            [("规章", "regulations"), ("行政规范性文件", "normative_docs")], ["issued", "repealed", "in_force"]),
           ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", "licensing")], ["decisions"]),
           ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", "penalties"), ("行政强制", "enforcement")], ["decisions"]),
           ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", "fees")], ["amount_yuan"])]


def sec2_spec(tpl):
    return SEC2_19 if tpl == "2019" else SEC2_21


# ---------------------------------------------------------------- round 25 additions (kept)
def flat3(tpl, labels=None, first=None, last=None):
    """Section 三 rows with no spans: [(key, [l1, l2, l3])]. l1 carries 一/二/四 and, on the first result row only,
    三、本年度办理结果; l2 carries （一）（二）（七） (and 2019 （六）) and a group label on its first sub-row only; l3 the
    sub-row label. Empty strings where a merged cell would have covered the slot."""
    L = dict(LABEL, **(labels or {}))
    out, done_head, seen_groups = [], False, set()
    for k in rows3(tpl)[first:last]:
        if k in ("new_received", "carried_over", "carried_forward"):
            out.append((k, [L[k], "", ""]))
            continue
        l1 = "" if done_head else RESULT_HEAD
        done_head = True
        if k == "total_handled" or is_group_row(k, tpl):
            out.append((k, [l1, L[k], ""]))
        else:
            g = next(g for g, ks in groups(tpl) if k in ks)
            l2 = "" if g in seen_groups else g
            seen_groups.add(g)
            out.append((k, [l1, l2, L[k]]))
    return out


def sec2_rows(tpl, spec=None):
    """[(caption, heads, [(label, key, fields)])] for section 二."""
    return [(cap, heads, [(lab, k, keys) for lab, k in rws]) for cap, heads, rws, keys in (spec or sec2_spec(tpl))]


def wan(v):
    """万元 text of a yuan amount"""
    if v is None:
        return ""
    x = v / 10000
    return f"{x:.2f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


# ---------------------------------------------------------------- round 26 additions
FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def fw(s):
    """ASCII digits (and the decimal point) as full-width ０-９"""
    return s.translate(FW)


def ents(s):
    """every non-ASCII character as a hex numeric character reference &#xXXXX;"""
    return "".join(f"&#x{ord(ch):x};" if ord(ch) > 127 else ch for ch in s)


CNDIG = "零一二三四五六七八九"


def cn(n):
    """Chinese numerals for 0..999 (一百零六, 三十二, 十五)"""
    assert 0 <= n < 1000
    if n < 10:
        return CNDIG[n]
    if n < 20:
        return "十" + (CNDIG[n - 10] if n % 10 else "")
    if n < 100:
        return CNDIG[n // 10] + "十" + (CNDIG[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    if r == 0:
        return CNDIG[h] + "百"
    if r < 10:
        return CNDIG[h] + "百零" + CNDIG[r]
    return CNDIG[h] + "百" + (CNDIG[r // 10] + "十" + (CNDIG[r % 10] if r % 10 else ""))


def head3(td="td", lab=lambda s: s, th_scope=False):
    """the official three header rows of section 三 (corner colspan 3 rowspan 3)"""
    sc = (lambda s: f' scope="{s}"') if th_scope else (lambda s: "")
    return [f'<tr><{td} colspan="3" rowspan="3">{lab(CORNER)}</{td}><{td} colspan="7"{sc("colgroup")}>{lab("申请人情况")}</{td}></tr>',
            f'<tr><{td} rowspan="2"{sc("col")}>{lab("自然人")}</{td}><{td} colspan="5"{sc("colgroup")}>{lab("法人或其他组织")}</{td}>'
            f'<{td} rowspan="2"{sc("col")}>{lab("总计")}</{td}></tr>',
            "<tr>" + "".join(f"<{td}{sc('col')}>{lab(COLNAME[c])}</{td}>" for c in APPL[1:]) + "</tr>"]


def sec2_table(tpl, active, cell, td="td", caption_tag="td", width=4):
    """section 二 rows in the common arrangement; cell(key, field, value) -> inner text of a value cell"""
    rows = []
    for cap, heads, rws in sec2_rows(tpl):
        rows.append(f'<tr><{caption_tag} colspan="{width}">{cap}</{caption_tag}></tr>')
        if len(heads) == 1:
            rows.append(f'<tr><{td}>信息内容</{td}><{td} colspan="{width - 1}">{heads[0]}</{td}></tr>')
        elif len(heads) == 2:
            rows.append(f'<tr><{td}>信息内容</{td}><{td}>{heads[0]}</{td}><{td} colspan="{width - 2}">{heads[1]}</{td}></tr>')
        else:
            rows.append(f"<tr><{td}>信息内容</{td}>" + "".join(f"<{td}>{h}</{td}>" for h in heads) + f"</tr>")
        for lb, k, fs in rws:
            vs = [cell(k, f, active[k][f]) for f in fs]
            if len(vs) == 1:
                rows.append(f'<tr><td>{lb}</td><td colspan="{width - 1}">{vs[0]}</td></tr>')
            elif len(vs) == 2:
                rows.append(f'<tr><td>{lb}</td><td>{vs[0]}</td><td colspan="{width - 2}">{vs[1]}</td></tr>')
            else:
                rows.append(f"<tr><td>{lb}</td>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>")
    return rows


# ---------------------------------------------------------------- round 28 additions
def table3(tpl, q, val, attrs='border="1" cellspacing="0" cellpadding="3"', lab=lambda s: s, td="td"):
    """section 三 as one official <table>; val(key, col) -> the whole value <td>"""
    return f"<table {attrs}>\n" + "\n".join(head3(td, lab) + body3(tpl, q, val, td=td, lab=lab)) + "\n</table>"


def table4(rl, val, attrs='border="1" cellspacing="0" cellpadding="3"', lab=lambda s: s, td="td"):
    """section 四 as one official <table>; val(group, result) -> the whole value <td>"""
    rows = head4(td, lab) + ["<tr>" + "".join(val(g, x) for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return f"<table {attrs}>\n" + "\n".join(rows) + "\n</table>"


def table2(tpl, active, cell=None, attrs='border="1" cellspacing="0" cellpadding="3"'):
    cell = cell or (lambda k, f, v: wan(v) if f == "amount_yuan" and tpl == "2021" else num(v) if f != "change" else signed(v))
    return f"<table {attrs}>\n" + "\n".join(sec2_table(tpl, active, cell)) + "\n</table>"


def site(title, portal, crumbs, meta_line, body, footer, head_extra="", doctype="<!DOCTYPE html>", lang="zh-CN",
         charset='<meta charset="utf-8">', top=""):
    """a government portal page around a report (top bar, nav, breadcrumb, info line, 打印/关闭, footer)"""
    nav = "".join(f'<li><a href="/{h}/">{n}</a></li>' for h, n in
                  (("", "首页"), ("zwgk", "政务公开"), ("zwfw", "政务服务"), ("hdjl", "互动交流"), ("zjgk", "走进" + portal[-3:-1])))
    return f"""{doctype}
<html lang="{lang}">
<head>
{charset}
<title>{title}_{portal}</title>
<meta name="ArticleTitle" content="{title}">
{head_extra}
</head>
<body>
<div class="topbar">{top or '<span>您好，欢迎访问' + portal + '！</span><a href="/wza/">无障碍</a> <a href="/m/">手机版</a> <a href="/search/">搜索</a>'}</div>
<div class="header"><div class="logo">{portal}</div><ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：{' &gt; '.join(crumbs)}</div>
<div class="article">
<h1 class="art-title">{title}</h1>
<div class="art-info">{meta_line}</div>
<div class="art-body">
{body}
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">{footer}</div>
</body>
</html>
"""


# ---------------------------------------------------------------- round 29 additions
def lz(v, blank="—", zero="〇"):
    """a count with 0 printed as the Chinese zero 〇 and a blank (None) as an em dash"""
    if v is None:
        return blank
    return zero if v == 0 else str(v)


def nbh(v, blank=""):
    """本年增/减 with a NON-BREAKING HYPHEN (U+2011) as the minus sign; positive values unsigned"""
    if v is None:
        return blank
    return "‑" + str(-v) if v < 0 else str(v)
