"""05: 合肥市蜀山区人民政府 2023 (2021 template), sound. UTF-8 page.
New markup: the whole <body> written with hexadecimal numeric character references: every non-ASCII character
(Chinese text, full-width punctuation, box-drawing characters) as &#xXXXX; (the <title> is plain UTF-8), as some CMS
editors store it; section 二 is not a table but a <pre> block holding a fixed-width text table drawn with box-drawing
characters (┌─┬┐│├┼┤└┴┘), values right-aligned, 行政许可 with a thousands separator ("2,308")."""
import unicodedata
from common import *

TPL, YEAR = "2021", 2023
OFFICE = "合肥市蜀山区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 4, "repealed": 2, "in_force": 31},
    "licensing": {"decisions": 2308},
    "penalties": {"decisions": 476},
    "enforcement": {"decisions": 38},
    "fees": {"amount_yuan": 12000},
}
Z = [0] * 6
res = {
    "granted": [88, 12, 1, 0, 3, 1], "partial": [15, 4, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [1, 0, 0, 0, 0, 0], "denied_safety": Z,
    "denied_third_party": [6, 2, 0, 0, 0, 0], "denied_internal": [2, 0, 0, 0, 0, 0], "denied_process": [5, 1, 0, 0, 0, 0],
    "denied_enforcement": [3, 0, 0, 0, 0, 0], "denied_query": [2, 1, 0, 0, 0, 0],
    "unable_not_held": [47, 8, 0, 1, 1, 0], "unable_needs_creation": [9, 2, 0, 0, 0, 0], "unable_unclear": [6, 0, 0, 0, 0, 0],
    "rejected_petition": [14, 1, 0, 0, 0, 0], "rejected_duplicate": [8, 1, 0, 0, 0, 0], "rejected_publication": [1, 0, 0, 0, 0, 0],
    "rejected_excessive": [3, 0, 0, 0, 0, 0], "rejected_confirm": [2, 0, 0, 0, 0, 0],
    "other_no_correction": [7, 1, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [4, 0, 0, 0, 0, 1],
}
q = section3(TPL, [11, 2, 0, 0, 0, 0], res, [13, 3, 0, 0, 1, 0])
rl = section4([9, 2, 1, 3], [4, 1, 0, 2], [2, 0, 1, 1])
NEW = q["new_received"]["total"]
REV = rl["review"]["total"]
SUITS = rl["litigation_direct"]["total"] + rl["litigation_after_review"]["total"]
narrative = {"new_requests": NEW, "reviews": REV, "lawsuits": SUITS}


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s, w, right=False):
    sp = " " * max(0, w - dw(s))
    return sp + s if right else s + sp


W = 14


def sec2():
    out = []
    for i, (cap, heads, rws) in enumerate(sec2_rows(TPL)):
        out.append("┌" + "─" * (W * 4 + 3) + "┐" if i == 0 else "├" + "┴".join("─" * x for x in prev) + "┤")
        out.append("│" + pad(cap, W * 4 + 3) + "│")
        widths = [W] + ([W * 3 + 2] if len(heads) == 1 else [W] * 3)
        out.append("├" + "┬".join("─" * x for x in widths) + "┤")
        out.append("│" + "│".join(pad(h, x) for h, x in zip(["信息内容"] + heads, widths)) + "│")
        for lb, k, fs in rws:
            out.append("├" + "┼".join("─" * x for x in widths) + "┤")
            vs = [wan(active[k][f]) if f == "amount_yuan" else num(active[k][f], sep=True) for f in fs]
            out.append("│" + "│".join([pad(lb, W)] + [pad(v, x - 1, right=True) + " " for v, x in zip(vs, widths[1:])]) + "│")
        prev = widths
    out.append("└" + "┴".join("─" * x for x in prev) + "┘")
    return '<pre class="tb2">\n' + "\n".join(out) + "\n</pre>"


def sec3():
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    return '<table class="t">\n' + "\n".join(head3() + body3(TPL, q, val)) + "\n</table>"


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="t">\n' + "\n".join(rows) + "\n</table>"


body = f"""
<div class="hd">蜀山区人民政府　<a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">办事服务</a> | <a href="#">互动交流</a>　今天是2024年1月26日</div>
<div class="wz">您的位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<h1>{TITLE}</h1>
<div class="ly">来源：蜀山区政务服务管理局　发布时间：2024-01-26 10:05　阅读次数：1,508</div>
<p>本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制，统计期限为2023年1月1日至2023年12月31日。</p>
<h2>一、总体情况</h2>
<p>2023年，蜀山区持续深化政务公开，主动公开政府信息5,826条，发布政策解读121篇。</p>
<p>全区共收到政府信息公开申请{NEW}件，办理上年结转申请13件。</p>
<p>全年因政府信息公开被申请行政复议{REV}件，被提起行政诉讼{SUITS}件，未发生被纠错后仍不整改的情况。</p>
<h2>二、主动公开政府信息情况</h2>
{sec2()}
<h2>三、收到和处理政府信息公开申请情况</h2>
{sec3()}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{sec4()}
<h2>五、存在的主要问题及改进情况</h2>
<p>基层公开标准化规范化建设仍有差距。2024年将推进基层政务公开专区建设。</p>
<h2>六、其他需要报告的事项</h2>
<p>本年度共收取信息处理费1.2万元（见上表第二十条第（八）项）。</p>
<p class="r">合肥市蜀山区人民政府办公室<br>2024年1月26日</p>
<div class="ft">合肥市蜀山区人民政府主办　皖ICP备05003456号　网站标识码：3401040001　联系电话：0551-65312345</div>
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{TITLE}_合肥市蜀山区人民政府</title>
<style>
.t{{width:100%;border-collapse:collapse}} .t td{{border:1px solid #333;text-align:center;padding:2px}}
pre.tb2{{font-family:"SimSun","NSimSun",monospace;font-size:13px;line-height:1.3}} .r{{text-align:right}}
</style>
</head>
<body>
{ents(body)}
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-hex-entities-pre-table-2021", None, [
    "UTF-8 (<meta charset=\"utf-8\">); every non-ASCII character of the <body> written as a hexadecimal character reference &#xXXXX; (the <title> is plain UTF-8)",
    "section 二 is a <pre class=\"tb2\"> fixed-width text table drawn with box-drawing characters (┌─┬┐│├┼┤└┴┘), one text line per row, values right-aligned; 行政许可 “2,308” (thousands separator); fee “1.2” 万元 = 12000 元",
    "sections 三 and 四 ordinary tables; zeros typed 0",
    "site clutter (also as entities): header with date, 您的位置, 来源/发布时间/阅读次数 1,508, footer with 皖ICP备, 网站标识码, phone",
], active, q, rl, narrative, None)
write("05-2023-2021", page, t)
print(NEW, REV, SUITS)
