"""08: 郑州市金水区文化路街道办事处 2020 (2019 template), planted flaw: balance. UTF-8 page with a BOM.
New markup: the ordinals of section 三's level-1 rows stand in a cell of their own ("一、" | "本年新收政府信息公开申请数量"
colspan 2); rows shaded alternately with bgcolor on <tr>; the 总计 column in <b>; section 二 values carry units in the
cell ("2件", "+1项", "1,256,000元" with thousands separators)."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "郑州市金水区文化路街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 2, "published": 2, "total_public": 7},
    "licensing": {"prev_items": 2, "change": 0, "decisions": 35},
    "other_services": {"prev_items": 9, "change": 1, "decisions": 1864},
    "penalties": {"prev_items": 4, "change": -1, "decisions": 23},
    "enforcement": {"prev_items": 1, "change": 0, "decisions": 3},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 2, "amount_yuan": 1256000},
}
Z = [0] * 6
res = {
    "granted": [8, 1, 0, 0, 0, 0], "partial": [2, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [1, 0, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": [1, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": Z,
    "unable_not_held": [4, 1, 0, 0, 0, 0], "unable_needs_creation": Z, "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [3, 0, 0, 0, 0, 0], "rejected_duplicate": [1, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [1, 0, 0, 0, 0, 0])
# planted flaw (balance): 二、上年结转 自然人 chosen 2, printed 4; its 总计 chosen 2, printed 4 (the row adds up);
# 一 + 二 ≠ （七） + 四 in 自然人 (21 + 4 ≠ 22 + 1) and 总计 (23 + 4 ≠ 24 + 1)
q["carried_over"]["natural_person"] = 4
q["carried_over"]["total"] = 4
rl = section4([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 0, "lawsuits": 0}


def sec2():
    def cell(k, f, v):
        if f == "change":
            return signed(v) + "项"
        if f == "prev_items":
            return num(v) + "项"
        if f == "amount_yuan":
            return num(v, sep=True) + "元"
        return num(v) + ("个" if f == "projects" else "件")
    rows = sec2_table(TPL, active, cell)
    return '<table class="tb" width="100%" border="1">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    val = lambda k, c: f"<td><b>{num(q[k][c])}</b></td>" if c == "total" else f"<td>{num(q[k][c])}</td>"
    b = body3(TPL, q, val)
    for k, ordn in (("new_received", "一、"), ("carried_over", "二、"), ("carried_forward", "四、")):
        b = [r.replace(f'<td colspan="3">{LABEL[k]}</td>', f'<td>{ordn}</td><td colspan="2">{LABEL[k][2:]}</td>') for r in b]
    b = [r.replace("<tr>", '<tr bgcolor="#f5f9ff">', 1) if i % 2 else r for i, r in enumerate(b)]
    return '<table class="tb" width="100%" border="1">\n' + "\n".join(head3() + b) + "\n</table>"


def sec4():
    rows = head4() + ['<tr bgcolor="#f5f9ff">' + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="tb" width="100%" border="1">\n' + "\n".join(rows) + "\n</table>"


body = f"""
<h2 align="center">{TITLE}</h2>
<p>　　本报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限为2020年1月1日至2020年12月31日。</p>
<p><b>一、总体情况</b></p>
<p>　　2020年，文化路街道紧紧围绕疫情防控、社区治理、民生服务等工作，主动公开各类信息。本年度新收政府信息公开申请{NEW}件，已全部按时答复。全年未发生因政府信息公开引起的行政复议和行政诉讼案件。</p>
<p><b>二、主动公开政府信息情况</b></p>
{sec2()}
<p><b>三、收到和处理政府信息公开申请情况</b></p>
{sec3()}
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4()}
<p><b>五、存在的主要问题及改进情况</b></p>
<p>　　社区层面公开内容较少。2021年将指导各社区规范设置公开栏。</p>
<p><b>六、其他需要报告的事项</b></p>
<p>　　无。</p>
<p align="right">郑州市金水区文化路街道办事处<br>2021年1月25日</p>
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{TITLE}-郑州市金水区人民政府</title>
<style>.tb{{border-collapse:collapse}} .tb td{{text-align:center;font-size:14px;padding:2px}}</style>
</head>
<body>
<div class="top"><span>郑州市金水区人民政府</span> <span>2021年1月25日 星期一</span></div>
<div class="nav"><a href="#">网站首页</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">政民互动</a> | <a href="#">魅力金水</a></div>
<div class="weizhi">所在位置：<a href="#">首页</a> &gt;&gt; <a href="#">信息公开</a> &gt;&gt; <a href="#">年度报告</a></div>
<div class="xinxi">作者：文化路街道　来源：本站原创　点击数：738　更新时间：2021-1-25</div>
{body}
<div class="bottom">主办单位：郑州市金水区人民政府办公室　地址：郑州市金水区北二七路55号　邮编：450008<br>豫ICP备05004567号　网站标识码：4101050001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-ordinal-cells-units-bom-2019", None, [
    "UTF-8 with a byte-order mark, <meta charset=\"utf-8\">",
    "section 三's level-1 ordinals in a cell of their own: <td>一、</td><td colspan=\"2\">本年新收政府信息公开申请数量</td> (also 二、, 四、)",
    "rows shaded alternately with <tr bgcolor=\"#f5f9ff\">; 总计 column in <b>",
    "section 二 values with units in the cell: 件 (本年新制作/新公开/对外公开总数量, 处理决定数量), 项 (上一年项目数量 and 本年增/减, e.g. “+1项”, “-1项”), 个 (采购项目数量), 元 with thousands separators (“1,256,000元”)",
    "zeros typed 0 (section 四 all 0)",
    "site clutter: top bar with date, nav, 所在位置, 作者/来源/点击数 738/更新时间, footer with address 55号, 邮编 450008, 豫ICP备",
], active, q, rl, narrative, "balance")
write("08-2020-2019-balance", page, t, bom=True)
print(NEW, q["total_handled"]["total"])
