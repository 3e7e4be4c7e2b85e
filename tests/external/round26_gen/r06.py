"""06: 福州市鼓楼区教育局 2024 (2021 template), planted flaw: row-total. GBK page.
New markup: the report sits inside a two-column layout <table> (sidebar cell with 栏目导航 and 热点信息 lists, main
cell with the report), so every report table is a table nested in a layout table's cell; every value wrapped in
<font face="宋体" size="2">; unusual spans: in section 三 the 总计 header stands at the top with rowspan 3 beside
申请人情况 (colspan 6) instead of under it; in section 四 行政复议 has rowspan 2 and its five result heads sit in the third
header row beside the litigation ones. Applicant cells that are zero are left blank (&nbsp;), 总计 always printed."""
from common import *

TPL, YEAR = "2021", 2024
OFFICE = "福州市鼓楼区教育局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 2, "repealed": 0, "in_force": 11},
    "licensing": {"decisions": 46},
    "penalties": {"decisions": 0},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
N = None
E = [N] * 6
res = {
    "granted": [27, 3, N, N, N, 1], "partial": [5, N, N, N, N, N],
    "denied_state_secret": E, "denied_law_forbidden": E, "denied_safety": E, "denied_third_party": [3, N, N, N, N, N],
    "denied_internal": E, "denied_process": [2, N, N, N, N, N], "denied_enforcement": E, "denied_query": E,
    "unable_not_held": [12, 1, N, N, N, N], "unable_needs_creation": [3, N, N, N, N, N], "unable_unclear": [1, N, N, N, N, N],
    "rejected_petition": [6, N, N, N, N, N], "rejected_duplicate": [2, N, N, N, N, N], "rejected_publication": E,
    "rejected_excessive": E, "rejected_confirm": E,
    "other_no_correction": [2, N, N, N, N, N], "other_no_fee": E, "other_misc": [1, N, N, N, N, N],
}
q = section3(TPL, [3, N, N, N, N, N], res, [4, 1, N, N, N, N], total_zero=True)
# planted flaw (row-total): （一）予以公开 总计 worked out 31 (27+3+1), printed 32; （二）部分公开 总计 worked out 5, printed
# 4 — the 总计 column still sums to （七）总计 (69), so only the two rows fail to add up
q["granted"]["total"] += 1
q["partial"]["total"] -= 1
rl = section4([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 1, "lawsuits": 0}

F = lambda s: f'<font face="宋体" size="2">{s}</font>'


def sec2():
    rows = sec2_table(TPL, active, lambda k, f, v: F(wan(v) if f == "amount_yuan" else num(v)))
    return '<table class="sj" border="1" cellspacing="0" cellpadding="2" width="100%">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3">{CORNER}</td><td colspan="6">申请人情况</td><td rowspan="3">总计</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td></tr>',
         "<tr>" + "".join(f"<td>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: f"<td>{F(num(q[k][c]))}</td>" if q[k][c] is not None else "<td>&nbsp;</td>"
    return '<table class="sj" border="1" cellspacing="0" cellpadding="2" width="100%">\n' + "\n".join(h + body3(TPL, q, val)) + "\n</table>"


def sec4():
    h = ['<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>',
         '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
         "<tr>" + "".join(f"<td>{RESULT4NAME[x]}</td>" for x in RESULTS4) * 3 + "</tr>"]
    rows = h + ["<tr>" + "".join(f"<td>{F(num(rl[g][x]))}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="sj" border="1" cellspacing="0" cellpadding="2" width="100%">\n' + "\n".join(rows) + "\n</table>"


main = f"""
<div class="wzbt">{TITLE}</div>
<div class="wzxx">发布时间：2025-01-21　来源：鼓楼区教育局　访问量：[ 386 ]</div>
<p>根据《中华人民共和国政府信息公开条例》规定，现公布福州市鼓楼区教育局2024年政府信息公开工作年度报告。报告统计期限为2024年1月1日至2024年12月31日。</p>
<p><b>一、总体情况</b></p>
<p>2024年，鼓楼区教育局围绕招生入学、教育收费、校园安全等群众关注事项，及时主动公开信息。</p>
<p>本年度共收到政府信息公开申请{NEW}件，另有上年结转申请3件；被申请行政复议1件，无行政诉讼案件。</p>
<p><b>二、主动公开政府信息情况</b></p>
{sec2()}
<p><b>三、收到和处理政府信息公开申请情况</b></p>
{sec3()}
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4()}
<p><b>五、存在的主要问题及改进情况</b></p>
<p>招生政策解读的通俗性有待增强。2025年将制作图解、问答等多样化解读材料。</p>
<p><b>六、其他需要报告的事项</b></p>
<p>本年度未收取信息处理费。</p>
<p align="right">福州市鼓楼区教育局<br>2025年1月21日</p>
"""

page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{TITLE}</title>
<style>
.sj td{{text-align:center}} .left{{background:#f2f6fb;vertical-align:top}} .wzbt{{font-size:20px;font-weight:bold;text-align:center}}
</style>
</head>
<body>
<div class="top">福州市鼓楼区人民政府 | 2025年1月21日 | <a href="#">简</a>/<a href="#">繁</a> | <a href="#">无障碍</a></div>
<div class="dh"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">办事服务</a> <a href="#">互动交流</a> <a href="#">走进鼓楼</a></div>
<table class="layout" width="1000" align="center" border="0" cellspacing="0" cellpadding="0">
<tr>
<td class="left" width="220">
<div class="lmdh">栏目导航</div>
<ul><li><a href="#">政府信息公开指南</a></li><li><a href="#">政府信息公开制度</a></li><li><a href="#">法定主动公开内容</a></li><li><a href="#">政府信息公开年报</a></li></ul>
<div class="rd">热点信息</div>
<ul><li><a href="#">2024年鼓楼区义务教育招生工作方案</a> 05-20</li><li><a href="#">鼓楼区2024年秋季学期收费公示</a> 08-26</li></ul>
</td>
<td class="main" width="780">
<div class="pos">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
{main}
</td>
</tr>
</table>
<div class="foot">版权所有：福州市鼓楼区人民政府　闽ICP备05007890号　网站标识码：3501020001　联系电话：0591-87612345</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-layout-table-font-spans-2021", "gbk", [
    "GBK (meta http-equiv charset=gbk), no DOCTYPE",
    "the report inside a two-column layout <table> (sidebar <td> with 栏目导航 and 热点信息 lists with dates; main <td> with 当前位置, 发布时间/访问量 and the report): every report table is nested in a layout-table cell",
    "every value wrapped in <font face=\"宋体\" size=\"2\">",
    "section 三 header: 总计 at the top with rowspan 3 beside 申请人情况 (colspan 6); section 四 header: 行政复议 colspan 5 rowspan 2, its five result heads in the third header row with the litigation ones",
    "section 三 applicant cells that are zero left blank (&nbsp;), 总计 always printed (0 where the row is empty); section 二 and 四 zeros typed 0; fee 0",
], active, q, rl, narrative, "row-total")
write("06-2024-2021-row-total", page, t, encoding="gbk")
print(NEW, q["total_handled"])
