"""03: 沈阳市和平区人民政府 2021 (2021 template), sound. UTF-8 page.
New markup: every section 三 and 四 value printed in full-width digits (０-９), the larger ones with a full-width
comma as thousands separator ("１，２０８"); section 二 in ASCII digits with thousands separators ("12,486") and the
fee in 万元 with two decimals ("86.35"). Header and label cells are <th>, the table has a summary attribute."""
from common import *

TPL, YEAR = "2021", 2021
OFFICE = "沈阳市和平区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 6, "repealed": 3, "in_force": 48},
    "licensing": {"decisions": 12486},
    "penalties": {"decisions": 1032},
    "enforcement": {"decisions": 214},
    "fees": {"amount_yuan": 863500},
}
Z = [0] * 6
res = {
    "granted": [512, 88, 3, 2, 9, 4], "partial": [97, 21, 0, 1, 2, 0],
    "denied_state_secret": [2, 0, 0, 0, 0, 0], "denied_law_forbidden": [5, 1, 0, 0, 0, 0], "denied_safety": [1, 0, 0, 0, 0, 0],
    "denied_third_party": [18, 6, 0, 0, 1, 0], "denied_internal": [7, 2, 0, 0, 0, 0], "denied_process": [23, 4, 0, 0, 1, 0],
    "denied_enforcement": [11, 3, 0, 0, 0, 0], "denied_query": [14, 1, 0, 0, 0, 0],
    "unable_not_held": [236, 41, 1, 1, 3, 2], "unable_needs_creation": [38, 9, 0, 0, 0, 0], "unable_unclear": [27, 3, 0, 0, 0, 1],
    "rejected_petition": [64, 5, 0, 0, 0, 0], "rejected_duplicate": [41, 7, 0, 0, 1, 0], "rejected_publication": [6, 0, 0, 0, 0, 0],
    "rejected_excessive": [19, 0, 0, 0, 0, 0], "rejected_confirm": [8, 2, 0, 0, 0, 0],
    "other_no_correction": [33, 4, 0, 0, 0, 0], "other_no_fee": [2, 0, 0, 0, 0, 0], "other_misc": [12, 3, 0, 0, 0, 1],
}
q = section3(TPL, [26, 5, 0, 0, 1, 0], res, [41, 7, 0, 0, 1, 1])
rl = section4([19, 4, 2, 6], [8, 2, 1, 5], [3, 1, 0, 2])
NEW = q["new_received"]["total"]
REV = rl["review"]["total"]
SUITS = rl["litigation_direct"]["total"] + rl["litigation_after_review"]["total"]
narrative = {"new_requests": NEW, "reviews": REV, "lawsuits": SUITS}


def fwn(v):
    return fw(f"{v:,}".replace(",", "，")) if v is not None else ""


def sec2():
    def cell(k, f, v):
        return wan(v) if f == "amount_yuan" else num(v, sep=True)
    rows = sec2_table(TPL, active, cell, td="th", caption_tag="th")
    return '<table class="tab" summary="主动公开政府信息情况">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    val = lambda k, c: f"<td>{fwn(q[k][c])}</td>"
    return ('<table class="tab" summary="收到和处理政府信息公开申请情况">\n' + "\n".join(head3("th") + body3(TPL, q, val, td="th"))
            + "\n</table>")


def sec4():
    rows = head4("th") + ["<tr>" + "".join(f"<td>{fwn(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="tab" summary="政府信息公开行政复议、行政诉讼情况">\n' + "\n".join(rows) + "\n</table>"


body = f"""
<h2 class="title">{TITLE}</h2>
<p>本报告由沈阳市和平区人民政府办公室根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。如对本报告有疑问，请与和平区人民政府办公室联系（地址：沈阳市和平区南京南街228号，联系电话：024-22812345）。</p>
<h3>一、总体情况</h3>
<p>（一）主动公开。2021年，和平区通过政府网站发布信息8,352条，召开新闻发布会14场。</p>
<p>（二）依申请公开。全区共收到政府信息公开申请{NEW}件，上年结转32件。</p>
<p>（三）政府信息管理。全年清理行政规范性文件51件。</p>
<p>（四）平台建设。区政府门户网站全年访问量326万人次。</p>
<p>（五）监督保障。全年因政府信息公开被申请行政复议{REV}件，被提起行政诉讼{SUITS}件。</p>
<h3>二、主动公开政府信息情况</h3>
{sec2()}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3()}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4()}
<h3>五、存在的主要问题及改进情况</h3>
<p>部分单位政策解读形式单一，依申请公开答复规范性有待加强。2022年将开展答复文书专项检查。</p>
<h3>六、其他需要报告的事项</h3>
<p>依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。</p>
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE}_沈阳市和平区人民政府</title>
<style>
.tab{{width:100%;border-collapse:collapse}} .tab th,.tab td{{border:1px solid #444;padding:2px;text-align:center;font-weight:normal}}
.title{{text-align:center}}
</style>
</head>
<body>
<header><div class="logo">沈阳市和平区人民政府</div><div class="search">站内搜索 <input type="text" value="请输入关键词"></div></header>
<nav><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">数据开放</a></nav>
<div class="crumb">首页 / 政务公开 / 政府信息公开 / 政府信息公开年报</div>
<div class="attr">发布日期：2022-01-28　来源：和平区人民政府办公室　浏览：2,317次</div>
<article>
{body}
</article>
<footer>沈阳市和平区人民政府 版权所有　辽ICP备05006789号　辽公网安备21010202000456号　网站标识码：2101020001</footer>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-fullwidth-digits-2021", None, [
    "UTF-8 (<meta charset=\"utf-8\">), HTML5 header/nav/article/footer",
    f"every section 三 and 四 value in full-width digits ０-９; values of 1000 and more with a full-width comma as thousands separator (一、本年新收 总计 “{fwn(NEW)}”, （七）总计 总计 “{fwn(q['total_handled']['total'])}”)",
    "section 二 ASCII digits with thousands separators (12,486; 1,032); fee 86.35 万元 = 863500 元",
    "tables carry a summary attribute; heads and row labels <th>",
    "prose figures with thousands separators (8,352条) and a phone number, address 228号 in the intro",
], active, q, rl, narrative, None)
write("03-2021-2021", page, t)
print(NEW, q["total_handled"]["total"], REV, SUITS)
