"""07: 杭州市拱墅区卫生健康局 2025 (2021 template), sound.
New markup: section 四 printed as two tables one under the other, each with a caption line: 表4-1 行政复议 (one
head row 行政复议 colspan 5, then the five result names, then the 5 values) and 表4-2 行政诉讼 (行政诉讼 colspan 10;
未经复议直接起诉 / 复议后起诉 colspan 5; the result names twice; 10 values). Section 三 sub-row labels indented with
two ideographic spaces typed in the cell ("　　1.属于国家秘密"), group labels with one."""
from common import *

TPL, YEAR = "2021", 2025
OFFICE = "杭州市拱墅区卫生健康局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 1, "repealed": 1, "in_force": 7},
    "licensing": {"decisions": 1876},
    "penalties": {"decisions": 264},
    "enforcement": {"decisions": 3},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [18, 2, 0, 1, 0, 0], "partial": [5, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [6, 0, 0, 0, 0, 0],
    "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": [2, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": [2, 0, 0, 0, 0, 0],
    "unable_not_held": [9, 1, 0, 0, 0, 0], "unable_needs_creation": [1, 0, 0, 0, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [4, 0, 0, 0, 0, 0], "rejected_duplicate": [1, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z,
    "other_no_correction": [3, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [4, 0, 0, 0, 0, 0])
rl = section4([2, 1, 0, 1], [1, 0, 0, 0], [1, 0, 0, 1])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 4, "lawsuits": 3}

SP = "\u3000"
IND = {k: SP * 2 + v for k, v in LABEL.items() if v[0].isdigit()}
GIND = lambda s: (SP + s) if s.startswith("（") and s[2:4] in ("不予", "无法", "其他") else s


def tb(rows, cls="t"):
    return f'<table class="{cls}" border="1" cellspacing="0" cellpadding="4">\n' + "\n".join(rows) + "\n</table>"


def sec2():
    return tb(sec2_table(TPL, active, lambda k, f, v: wan(v) if f == "amount_yuan" else num(v)))


def sec3():
    b = body3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>", labels=IND)
    for g in ("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"):
        b = [r.replace(f">{g}<", f">{SP}{g}<") for r in b]
    return tb(head3() + b)


def sec4():
    names = "".join(f"<td>{RESULT4NAME[x]}</td>" for x in RESULTS4)
    t1 = ['<tr><td colspan="5">行政复议</td></tr>', f"<tr>{names}</tr>",
          "<tr>" + "".join(f"<td>{num(rl['review'][x])}</td>" for x in RESULTS4) + "</tr>"]
    t2 = ['<tr><td colspan="10">行政诉讼</td></tr>', '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
          f"<tr>{names}{names}</tr>",
          "<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4[1:] for x in RESULTS4) + "</tr>"]
    return ('<p class="bz">表4-1　行政复议情况</p>\n' + tb(t1, "t t5") + '\n<p class="bz">表4-2　行政诉讼情况</p>\n' + tb(t2))


body = f"""
<h1>{TITLE}</h1>
<div class="xxgk-info">索引号：002489632/2026-00011　发布机构：拱墅区卫生健康局　生成日期：2026-01-19　公开方式：主动公开</div>
<div class="zoom">
<p>本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制，数据统计期限为2025年1月1日至2025年12月31日。</p>
<p class="h">一、总体情况</p>
<p>2025年，区卫生健康局围绕医疗服务、公共卫生和健康促进，扎实推进政务公开。</p>
<p>全年受理政府信息公开申请{NEW}件，较上年略有增加。全年因政府信息公开被申请行政复议4件、被提起行政诉讼3件。</p>
<p class="h">二、主动公开政府信息情况</p>
{sec2()}
<p class="h">三、收到和处理政府信息公开申请情况</p>
{sec3()}
<p class="h">四、政府信息公开行政复议、行政诉讼情况</p>
{sec4()}
<p class="h">五、存在的主要问题及改进情况</p>
<p>医疗机构信息公开的规范性有待提高。2026年将开展辖区医疗机构院务公开专项检查。</p>
<p class="h">六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>
</div>"""

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}</title>
<style>
h1{{font-size:22px;text-align:center}} .h{{font-weight:bold}} .bz{{text-align:center;font-weight:bold}}
table.t{{width:100%;border-collapse:collapse}} table.t td{{border:1px solid #000;font-size:13px}} table.t5{{width:50%}}
</style>
</head>
<body>
<div class="header">杭州市拱墅区人民政府 <a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a></div>
<div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
{body}
<div class="share">分享到：微信 微博　<a href="#">打印</a>　<a href="#">关闭</a></div>
<div class="footer">杭州市拱墅区人民政府办公室 主办　浙ICP备05045678号　浙公网安备33010502000456号　网站标识码：3301050001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-section4-two-stacked-tables-2021", None, [
    "section 四 as two tables one under the other with caption lines 表4-1 行政复议情况 (行政复议 colspan 5; five result names; 5 values) and 表4-2 行政诉讼情况 (行政诉讼 colspan 10; 未经复议直接起诉 / 复议后起诉 colspan 5; result names ×2; 10 values)",
    "section 三 sub-row labels indented with two ideographic spaces (U+3000) typed in the cell, group labels （三）–（六） with one",
    "zeros typed 0; fee 0",
    "site clutter: header links, 当前位置, 索引号/发布机构/生成日期 line, share/print/close, footer with 浙ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("07-2025-2021", page, t)
print(NEW)
