"""05: 广州市天河区人民政府 2023 (2021 template), sound.
New markup: old hand-coded HTML 4 that leaves out every optional end tag: no </td>, </th>, </tr>, </p>, </li>,
</thead>/</tbody> (the tables are `<table border=1 cellpadding=3>` with unquoted attributes, rows `<tr>` followed by
`<td>` cells with no closing tags; paragraphs `<p>` with no </p>); numbers in hundreds."""
from common import *
import re

TPL, YEAR = "2021", 2023
OFFICE = "广州市天河区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 7, "repealed": 2, "in_force": 41},
    "licensing": {"decisions": 9327},
    "penalties": {"decisions": 1415},
    "enforcement": {"decisions": 163},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [214, 37, 1, 2, 6, 3], "partial": [41, 8, 0, 0, 1, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [3, 0, 0, 0, 0, 0], "denied_safety": [1, 0, 0, 0, 0, 0],
    "denied_third_party": [9, 3, 0, 0, 0, 0], "denied_internal": [4, 0, 0, 0, 0, 0], "denied_process": [12, 2, 0, 0, 1, 0],
    "denied_enforcement": [6, 1, 0, 0, 0, 0], "denied_query": [3, 0, 0, 0, 0, 0],
    "unable_not_held": [96, 15, 0, 1, 4, 1], "unable_needs_creation": [18, 2, 0, 0, 0, 0], "unable_unclear": [11, 1, 0, 0, 0, 0],
    "rejected_petition": [27, 2, 0, 0, 0, 0], "rejected_duplicate": [19, 1, 0, 0, 0, 0], "rejected_publication": [1, 0, 0, 0, 0, 0],
    "rejected_excessive": [6, 0, 0, 0, 0, 0], "rejected_confirm": [2, 0, 0, 0, 0, 0],
    "other_no_correction": [15, 2, 0, 0, 0, 0], "other_no_fee": [1, 0, 0, 0, 0, 0], "other_misc": [8, 1, 0, 0, 0, 0],
}
q = section3(TPL, [21, 4, 0, 0, 1, 0], res, [26, 5, 0, 0, 0, 1])
rl = section4([11, 2, 1, 3], [4, 1, 0, 2], [2, 0, 0, 1])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 17, "lawsuits": 10}


def bare(rows):
    """drop the optional end tags and quote marks round numbers, as a hand-coder of 2005 would write it"""
    out = []
    for r in rows:
        r = r.replace("</td>", "").replace("</tr>", "")
        r = re.sub(r'(colspan|rowspan)="(\d+)"', r"\1=\2", r)
        r = r.replace("<td>", "<td>").replace("<tr>", "<tr>\n")
        out.append(r)
    return "\n".join(out)


def sec2():
    rows = sec2_table(TPL, active, lambda k, f, v: wan(v) if f == "amount_yuan" else num(v))
    return "<table border=1 cellpadding=3 cellspacing=0 width=100%>\n" + bare(rows) + "\n</table>"


def sec3():
    rows = head3() + body3(TPL, q, lambda k, c: f"<td align=center>{num(q[k][c])}</td>")
    return "<table border=1 cellpadding=3 cellspacing=0 width=100%>\n" + bare(rows) + "\n</table>"


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td align=center>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return "<table border=1 cellpadding=3 cellspacing=0 width=100%>\n" + bare(rows) + "\n</table>"


body = f"""
<center><font size=5><b>{TITLE}</b></font></center>
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成。本报告中所列数据统计期限为2023年1月1日至12月31日。
<p><b>一、总体情况</b>
<p>2023年，天河区围绕高质量发展和民生保障，持续深化政务公开。
<p>（一）主动公开。全区各单位主动公开政府信息21946条。
<p>（二）依申请公开。全年接收政府信息公开申请{NEW}件，上年结转26件，办结{q['total_handled']['total']}件，结转下年度继续办理32件。
<p>（三）复议诉讼。全区因政府信息公开被申请行政复议17件，被提起行政诉讼10件。
<p>（四）平台建设和监督保障。完成区政府网站适老化改造，组织政务公开培训6场。
<p><b>二、主动公开政府信息情况</b>
{sec2()}
<p><b>三、收到和处理政府信息公开申请情况</b>
{sec3()}
<p><b>四、政府信息公开行政复议、行政诉讼情况</b>
{sec4()}
<p><b>五、存在的主要问题及改进情况</b>
<p>一是部分街道公开栏目内容更新不及时；二是依申请公开办理质量有待提升。下一步将开展专项检查，定期通报。
<p><b>六、其他需要报告的事项</b>
<p>本年度未收取信息处理费。
<p align=right>广州市天河区人民政府办公室<br>2024年1月22日
"""

page = f"""<html>
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<title>{TITLE}</title>
<link rel=stylesheet href=/css/style.css>
</head>
<body bgcolor=#ffffff topmargin=0>
<table width=960 align=center border=0 cellpadding=0 cellspacing=0>
<tr><td><img src=/images/top_banner.jpg width=960 height=120 alt=广州市天河区人民政府门户网站>
<tr><td class=nav><a href=/>首页</a> | <a href=/zwgk/>政务公开</a> | <a href=/zwfw/>政务服务</a> | <a href=/hdjl/>互动交流</a> | <a href=/zjth/>走进天河</a>
<tr><td class=pos>当前位置：<a href=/>首页</a> &gt; <a href=/zwgk/>政务公开</a> &gt; 政府信息公开年报
<tr><td class=content>
{body}
<tr><td class=foot>版权所有：广州市天河区人民政府　粤ICP备05012345号　粤公网安备44010602000456号<br>网站标识码：4401060001　地址：广州市天河区天府路1号
</table>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-optional-end-tags-omitted-2021", None, [
    "HTML 4 hand-coded, no DOCTYPE: every optional end tag left out (no </td>, </tr>, </p>), unquoted attribute values (colspan=3, width=100%)",
    "the report inside one cell of a 960-pixel page table whose rows also leave out their end tags; the data tables sit inside that cell",
    "counts in hundreds and thousands without separators; zeros typed 0; fee 0",
    "site clutter: banner image, nav, 当前位置, footer with 粤ICP备, 网站标识码 and address",
], active, q, rl, narrative, None)
write("05-2023-2021", page, t)
print(NEW, q["total_handled"]["total"], q["carried_forward"]["total"])
