"""04: 南京市鼓楼区司法局 2022 (2021 template), planted flaw: outcome-total. UTF-8 page.
New markup: section 三's table split in two at a print page break, as a Word-to-HTML export leaves it: the first
<table> ends after （三）8.属于行政查询事项; then <div style="page-break-before:always"> with a page number line
("— 3 —"), and a second <table> that opens with a "表3（续）" row, repeats the three header rows, carries its own
三、本年度办理结果 label (rowspan over its rows) and goes on with （四）…四、结转下年度继续办理. Section 四's header
words sit in <td> cells with vertical writing (style writing-mode:vertical-rl) as in the printed form."""
from common import *

TPL, YEAR = "2021", 2022
OFFICE = "南京市鼓楼区司法局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 0, "repealed": 1, "in_force": 2},
    "licensing": {"decisions": 0},
    "penalties": {"decisions": 3},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [16, 1, 0, 0, 2, 0], "partial": [4, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [2, 0, 0, 0, 0, 0],
    "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": Z, "denied_enforcement": [3, 0, 0, 0, 1, 0], "denied_query": Z,
    "unable_not_held": [9, 1, 0, 0, 0, 0], "unable_needs_creation": [2, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [5, 0, 0, 0, 0, 0], "rejected_duplicate": [2, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": [1, 0, 0, 0, 0, 0],
    "other_no_correction": [3, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [3, 0, 0, 0, 0, 0])
# planted flaw (outcome-total): （四）1.本机关不掌握相关政府信息 自然人 chosen 9, printed 11, its 总计 chosen 10, printed
# 12 (the row adds up); （七）总计 kept (50 / 55), so the result rows sum 2 more in 自然人 and 总计
q["unable_not_held"]["natural_person"] = 11
q["unable_not_held"]["total"] = 12
rl = section4([1, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}


def sec2():
    rows = sec2_table(TPL, active, lambda k, f, v: wan(v) if f == "amount_yuan" else num(v))
    return '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    first = body3(TPL, q, val, last=12)
    second = body3(TPL, q, val, first=12)
    t1 = '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n' + "\n".join(head3() + first) + "\n</table>"
    t2 = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n'
          '<tr><td colspan="10" class="xb">表3（续）</td></tr>\n' + "\n".join(head3() + second) + "\n</table>")
    brk = ('<p class="ym">— 3 —</p>\n<div style="page-break-before:always"></div>\n')
    return t1 + "\n" + brk + t2


def sec4():
    v = lambda s: f'<span class="v">{s}</span>'
    rows = head4(lab=v) + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n' + "\n".join(rows) + "\n</table>"


body = f"""
<p class="bt">{TITLE}</p>
<p>本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编制，统计期限为2022年1月1日至2022年12月31日。</p>
<p class="h">一、总体情况</p>
<p>2022年，鼓楼区司法局围绕法治政府建设、公共法律服务、人民调解等工作，做好政府信息公开。</p>
<p>全年新收政府信息公开申请{NEW}件，上年结转2件。全年被申请行政复议2件，被提起行政诉讼1件，均已依法处理。</p>
<p class="h">二、主动公开政府信息情况</p>
{sec2()}
<p class="h">三、收到和处理政府信息公开申请情况</p>
{sec3()}
<p class="h">四、政府信息公开行政复议、行政诉讼情况</p>
{sec4()}
<p class="ym">— 4 —</p>
<p class="h">五、存在的主要问题及改进情况</p>
<p>公开栏目更新还不够及时。2023年将落实栏目责任人制度，每月检查一次。</p>
<p class="h">六、其他需要报告的事项</p>
<p>本年度未收取信息处理费，无其他需要报告的事项。</p>
<p style="text-align:right">南京市鼓楼区司法局<br>2023年1月18日</p>
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{TITLE}-南京市鼓楼区人民政府</title>
<style>
.MsoTableGrid{{width:100%;border-collapse:collapse}} .MsoTableGrid td{{border:1px solid #000;text-align:center;font-size:13px}}
.v{{writing-mode:vertical-rl}} .xb{{text-align:left;border:0}} .ym{{text-align:center;color:#888}}
.bt{{font-size:20px;font-weight:bold;text-align:center}} .h{{font-weight:bold}}
</style>
</head>
<body>
<div class="top">南京市鼓楼区人民政府 <span>2023年01月18日 星期三</span> <a href="#">English</a> <a href="#">无障碍</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">信息公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a> <a href="#">数据发布</a></div>
<div class="pos">当前位置：首页 &gt; 信息公开 &gt; 政府信息公开年报 &gt; 部门年报</div>
<table class="xxgk"><tr><td>索引号：11320106MB0012345P/2023-00003</td><td>分类：年度报告</td></tr>
<tr><td>发布机构：鼓楼区司法局</td><td>发布日期：2023-01-18</td></tr></table>
<div class="content">
{body}
</div>
<div class="fj">附件：<a href="#">鼓楼区司法局2022年政府信息公开工作年度报告.pdf</a>（312KB）</div>
<div class="foot">南京市鼓楼区人民政府办公室 主办　苏ICP备05004321号　网站标识码：3201060001　咨询电话：025-83212345</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-split-table-page-break-2021", None, [
    "UTF-8 (<meta charset=\"utf-8\">), Word-export classes (MsoTableGrid)",
    "section 三 split into two <table>s at a print page break after （三）8.属于行政查询事项: a page number line “— 3 —” and <div style=\"page-break-before:always\"> between them; the second table opens with a row “表3（续）”, repeats the three header rows, and has its own 三、本年度办理结果 label (rowspan 12) before （四）无法提供",
    "section 四's header words wrapped in <span class=\"v\"> with writing-mode:vertical-rl",
    "a further page number line “— 4 —” after section 四; zeros typed 0; fee 0",
    "site clutter: top bar with date, nav, 当前位置, 索引号 table, attachment link with (312KB), footer with 苏ICP备, 网站标识码, phone",
], active, q, rl, narrative, "outcome-total")
write("04-2022-2021-outcome-total", page, t)
print(NEW, q["total_handled"])
