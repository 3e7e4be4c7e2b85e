"""04: 厦门市思明区民政局 2022 (2021 template), planted flaw: outcome-total. GBK page.
New markup: section 三 split by columns into two tables printed one under the other (表3-1 with 自然人, 商业企业,
科研机构; 表3-2 "（续）" with 社会公益组织, 法律服务机构, 其他, 总计), each with the corner note and all three label
columns repeated in full (rowspans and colspans as the template)."""
from common import *

TPL, YEAR = "2021", 2022
OFFICE = "厦门市思明区民政局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 1, "repealed": 0, "in_force": 6},
    "licensing": {"decisions": 1273},
    "penalties": {"decisions": 3},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
N = None
Z = [0, 0, N, 0, 0, 0]
res = {
    "granted": [17, 2, N, 1, 0, 0], "partial": [4, 0, N, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [3, 0, N, 0, 0, 0],
    "denied_internal": Z, "denied_process": [1, 0, N, 0, 0, 0], "denied_enforcement": Z, "denied_query": [2, 0, N, 0, 0, 0],
    "unable_not_held": [9, 1, N, 0, 1, 0], "unable_needs_creation": [3, 0, N, 0, 0, 0], "unable_unclear": [1, 0, N, 0, 0, 0],
    "rejected_petition": [5, 0, N, 0, 0, 1], "rejected_duplicate": [2, 0, N, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": [1, 0, N, 0, 0, 0],
    "other_no_correction": [3, 0, N, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 1, N, 0, 0, 0],
}
q = section3(TPL, [2, 0, N, 0, 0, 0], res, [3, 0, N, 0, 0, 0])
# planted flaw (outcome-total): （四）1.本机关不掌握相关政府信息 自然人 chosen 9, printed 11; its 总计 chosen 11, printed 13;
# （七）总计 left as worked out, so the result rows sum 2 more in 自然人 and 总计
q["unable_not_held"]["natural_person"] += 2
q["unable_not_held"]["total"] += 2
rl = section4([1, 0, 0, 1], [1, 0, 0, 0], [N, N, N, N])
rl["litigation_after_review"]["total"] = 0
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}

T = 'border="1" cellspacing="0" cellpadding="3" width="100%"'


def sec2():
    rows = []
    for cap, heads, rws, keys in sec2_spec(TPL):
        rows.append(f'<tr><th colspan="4">{cap}</th></tr>')
        if len(heads) == 1:
            rows.append(f'<tr><th>信息内容</th><th colspan="3">{heads[0]}</th></tr>')
        else:
            rows.append("<tr><th>信息内容</th>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>")
        for lab, k in rws:
            vs = [num(active[k][f]) if f != "amount_yuan" else "0" for f in keys]
            if len(vs) == 1:
                rows.append(f'<tr><td>{lab}</td><td colspan="3" align="center">{vs[0]}</td></tr>')
            else:
                rows.append(f"<tr><td>{lab}</td>" + "".join(f'<td align="center">{v}</td>' for v in vs) + "</tr>")
    return f"<table {T}>\n" + "\n".join(rows) + "\n</table>"


def part(cols, head):
    val = lambda k, c: (f'<td align="center">{num(q[k][c])}</td>' if c in cols else "")
    body = body3(TPL, q, val)
    return f"<table {T}>\n" + "\n".join(head + body) + "\n</table>"


def sec3():
    h1 = [f'<tr><th colspan="3" rowspan="3">{CORNER}</th><th colspan="3">申请人情况</th></tr>',
          '<tr><th rowspan="2">自然人</th><th colspan="2">法人或其他组织</th></tr>',
          "<tr><th>商业企业</th><th>科研机构</th></tr>"]
    h2 = [f'<tr><th colspan="3" rowspan="3">{CORNER}</th><th colspan="4">申请人情况（续）</th></tr>',
          '<tr><th colspan="3">法人或其他组织（续）</th><th rowspan="2">总计</th></tr>',
          "<tr><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>"]
    return ('<p align="center"><b>表3-1</b></p>\n' + part(COLS[:3], h1) +
            '\n<p align="center"><b>表3-2（续表3-1）</b></p>\n' + part(COLS[3:], h2))


def sec4():
    rows = head4(td="th") + ["<tr>" + "".join(f'<td align="center">{num(rl[g][x])}</td>' for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return f"<table {T}>\n" + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p style=\"text-indent:2em\">{s}</p>"
body = f"""
<div align="center"><font size="5"><b>{TITLE}</b></font></div>
{P("本报告由厦门市思明区民政局根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。")}
<p><b>一、总体情况</b></p>
{P("2022年，区民政局围绕养老服务、社会救助、婚姻登记等民生领域，持续推进政务公开。")}
{P(f"全年新收政府信息公开申请{NEW}件，上年结转2件，均在法定期限内答复。被申请行政复议2件，被提起行政诉讼1件。")}
{P("全年主动公开政府信息423条，行政许可办理结果1,273件全部在网上公开。")}
<p><b>二、主动公开政府信息情况</b></p>
{sec2()}
<p><b>三、收到和处理政府信息公开申请情况</b></p>
<p style="font-size:12px">（因页面宽度所限，本表分为表3-1、表3-2两部分列示。）</p>
{sec3()}
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4()}
<p><b>五、存在的主要问题及改进情况</b></p>
{P("一是部分公开内容解读不够；二是依申请公开答复文书还需规范。下一步将加强政策解读，完善答复文书模板。")}
<p><b>六、其他需要报告的事项</b></p>
{P("本年度未收取信息处理费。")}
"""

page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{TITLE}</title>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" align="center" border="0"><tr><td><img src="banner.jpg" alt="厦门市思明区人民政府" width="980" height="120"></td></tr>
<tr><td bgcolor="#005bac"><a href="#"><font color="#FFFFFF">首页</font></a> | <a href="#"><font color="#FFFFFF">信息公开</font></a> | <a href="#"><font color="#FFFFFF">办事服务</font></a> | <a href="#"><font color="#FFFFFF">互动交流</font></a></td></tr>
<tr><td><font size="2">当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 政府信息公开年报 &gt;&gt; 区直部门</font></td></tr></table>
<div style="width:980px;margin:auto">
{body}
<p align="right">厦门市思明区民政局<br>2023年1月16日</p>
<p><font size="2">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】 分享到：<a href="#">微信</a> <a href="#">QQ</a></font></p>
</div>
<hr>
<center><font size="2">厦门市思明区人民政府办公室主办 &nbsp; 闽ICP备06012345号 &nbsp; 网站标识码：3502030001</font></center>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-column-split-stacked-gbk-2021", "gbk", [
    "page saved in GBK (meta http-equiv charset=gbk), no DOCTYPE, old table layout with <font>",
    "section 三 split by columns into two tables printed one under the other: 表3-1 (corner, the three label columns, 申请人情况 colspan 3 over 自然人 + 法人或其他组织 colspan 2 over 商业企业/科研机构) and 表3-2（续表3-1） (the corner and all labels again, 申请人情况（续） colspan 4, 法人或其他组织（续） colspan 3 over 社会公益组织/法律服务机构/其他, 总计 rowspan 2); a note line says why",
    "header cells are <th>; 科研机构 blank throughout (column printed, cells empty); other zeros 0",
    "section 四 复议后起诉 results blank, its 总计 0",
    "site clutter: banner image, nav bar, 当前位置, 打印本页/关闭窗口, share links, footer with 闽ICP备",
], active, q, rl, narrative, "outcome-total")
write("04-2022-2021-outcome-total", page, t, encoding="gbk")
