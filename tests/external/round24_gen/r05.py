"""05: 株洲市天元区人民政府 2023 (2021 template), sound. Counts in hundreds and thousands with thousands separators.
New markup: section 四 as two nested tables side by side inside the two cells of a borderless layout table (left cell:
行政复议 table, two-row header; right cell: 行政诉讼 table, three-row header); every number inside
<span style="…">&nbsp;N&nbsp;</span> with the thousands separator ("1,469")."""
from common import *

TPL, YEAR = "2021", 2023
OFFICE = "株洲市天元区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 14, "repealed": 6, "in_force": 183},
    "licensing": {"decisions": 23517},
    "penalties": {"decisions": 3062},
    "enforcement": {"decisions": 148},
    "fees": {"amount_yuan": 368500},
}
Z = [0] * 6
res = {
    "granted": [412, 63, 2, 4, 9, 3], "partial": [57, 12, 0, 0, 1, 0],
    "denied_state_secret": [2, 0, 0, 0, 0, 0], "denied_law_forbidden": [5, 1, 0, 0, 0, 0],
    "denied_safety": [1, 0, 0, 0, 0, 0], "denied_third_party": [18, 4, 0, 0, 1, 0], "denied_internal": [9, 1, 0, 0, 0, 0],
    "denied_process": [23, 3, 0, 0, 0, 1], "denied_enforcement": [6, 0, 0, 0, 0, 0], "denied_query": [11, 2, 0, 0, 0, 0],
    "unable_not_held": [386, 47, 1, 2, 6, 2], "unable_needs_creation": [74, 9, 0, 0, 1, 0],
    "unable_unclear": [28, 3, 0, 0, 0, 0],
    "rejected_petition": [96, 4, 0, 0, 0, 1], "rejected_duplicate": [41, 6, 0, 0, 0, 0],
    "rejected_publication": [3, 0, 0, 0, 0, 0], "rejected_excessive": [12, 0, 0, 0, 0, 0],
    "rejected_confirm": [8, 1, 0, 0, 0, 0],
    "other_no_correction": [47, 5, 0, 0, 1, 0], "other_no_fee": Z, "other_misc": [15, 2, 0, 0, 0, 0],
}
q = section3(TPL, [36, 5, 0, 1, 2, 0], res, [52, 8, 0, 0, 1, 0])
rl = section4([18, 6, 3, 4], [9, 2, 1, 5], [3, 1, 0, 2])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 31, "lawsuits": 23}

S = lambda v: f'<span style="font-family:仿宋_GB2312;font-size:14px">&nbsp;{num(v, sep=True)}&nbsp;</span>'
C = 'style="border:solid windowtext 1.0pt;padding:0 5.4pt;text-align:center;vertical-align:middle"'


def table(rows, w="100%"):
    return f'<table cellspacing="0" cellpadding="0" width="{w}" style="border-collapse:collapse">\n' + "\n".join(rows) + "\n</table>"


def sec2():
    rows = []
    for cap, heads, rws, keys in sec2_spec(TPL):
        rows.append(f'<tr><td colspan="4" {C}><b>{cap}</b></td></tr>')
        if len(heads) == 1:
            rows.append(f"<tr><td {C}>信息内容</td><td colspan=\"3\" {C}>{heads[0]}</td></tr>")
        else:
            rows.append(f"<tr><td {C}>信息内容</td>" + "".join(f"<td {C}>{h}</td>" for h in heads) + "</tr>")
        for lab, k in rws:
            vs = [S(active[k][f]) if f != "amount_yuan" else S(None).replace("&nbsp;&nbsp;", "&nbsp;36.85&nbsp;")
                  for f in keys]
            if len(vs) == 1:
                rows.append(f"<tr><td {C}>{lab}</td><td colspan=\"3\" {C}>{vs[0]}</td></tr>")
            else:
                rows.append(f"<tr><td {C}>{lab}</td>" + "".join(f"<td {C}>{v}</td>" for v in vs) + "</tr>")
    return table(rows)


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3" {C}>{CORNER}</td><td colspan="7" {C}>申请人情况</td></tr>',
         f'<tr><td rowspan="2" {C}>自然人</td><td colspan="5" {C}>法人或其他组织</td><td rowspan="2" {C}>总计</td></tr>',
         "<tr>" + "".join(f"<td {C}>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: f"<td {C}>{S(q[k][c])}</td>"
    body = [r.replace("<td colspan", f"<td {C} colspan").replace("<td rowspan", f"<td {C} rowspan")
            .replace("<td>", f"<td {C}>") for r in body3(TPL, q, val)]
    return table(h + body)


def sec4():
    left = [f'<tr><td colspan="5" {C}>行政复议</td></tr>',
            "<tr>" + "".join(f"<td {C}>{RESULT4NAME[x]}</td>" for x in RESULTS4) + "</tr>",
            "<tr>" + "".join(f"<td {C}>{S(rl['review'][x])}</td>" for x in RESULTS4) + "</tr>"]
    right = [f'<tr><td colspan="10" {C}>行政诉讼</td></tr>',
             f'<tr><td colspan="5" {C}>未经复议直接起诉</td><td colspan="5" {C}>复议后起诉</td></tr>',
             "<tr>" + "".join(f"<td {C}>{RESULT4NAME[x]}</td>" for x in RESULTS4) * 2 + "</tr>",
             "<tr>" + "".join(f"<td {C}>{S(rl[g][x])}</td>" for g in GROUPS4[1:] for x in RESULTS4) + "</tr>"]
    return ('<table border="0" cellspacing="0" cellpadding="0" width="100%" class="layout">\n<tr>\n'
            f'<td width="34%" valign="top">\n{table(left)}\n</td>\n'
            f'<td width="66%" valign="top">\n{table(right)}\n</td>\n</tr>\n</table>')


P = lambda s: f'<p style="text-indent:32px;line-height:30px;font-family:仿宋_GB2312;font-size:16px">{s}</p>'
H = lambda s: f'<p style="text-indent:32px;font-family:黑体;font-size:16px">{s}</p>'
n = q["new_received"]["total"]
body = f"""
<p style="text-align:center;font-family:方正小标宋简体;font-size:22px">{TITLE}</p>
{P("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。报告所列数据的统计期限自2023年1月1日至2023年12月31日。")}
{H("一、总体情况")}
{P("（一）主动公开。全区各级行政机关通过区政府门户网站主动公开政府信息26,418条，发布政策解读156篇。")}
{P(f"（二）依申请公开。全区共收到政府信息公开申请{n:,}件，上年结转44件；办结{q['total_handled']['total']:,}件，结转下一年度办理61件。")}
{P("（三）政府信息管理。开展行政规范性文件清理，废止6件，现行有效183件。")}
{P("（四）平台建设。完成区政府门户网站集约化改版。")}
{P("（五）监督保障。全年涉及政府信息公开的行政复议案件31件，行政诉讼案件23件（其中复议后起诉6件）。")}
{H("二、主动公开政府信息情况")}
{sec2()}
{H("三、收到和处理政府信息公开申请情况")}
{sec3()}
{H("四、政府信息公开行政复议、行政诉讼情况")}
{sec4()}
{H("五、存在的主要问题及改进情况")}
{P("依申请公开答复质量仍需提高，个别单位被复议纠正。2024年将加强答复文书合法性审查和业务培训。")}
{H("六、其他需要报告的事项")}
{P("2023年全区共收取信息处理费36.85万元。")}
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="株洲市天元区人民政府">
<meta name="ArticleTitle" content="{TITLE}">
<title>{TITLE}</title>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="header"><div class="toolbar"><a href="#">无障碍</a> <a href="#">关怀版</a> <a href="#">登录</a></div>
<div class="menu"><a href="#">首页</a> <a href="#">走进天元</a> <a href="#">新闻中心</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div></div>
<div class="bread"><span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">年度报告</a></div>
<div class="info">来源：天元区政务服务中心 &nbsp; 时间：2024-01-24 &nbsp; 【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
{body}
<p style="text-align:right">株洲市天元区人民政府办公室<br>2024年1月24日</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> <a href="#">打印</a></div>
<div class="footer">主办单位：株洲市天元区人民政府办公室 &nbsp; 湘ICP备10012345号 &nbsp; 湘公网安备43021102000123号 &nbsp; 网站标识码：4302110001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-nested-four-side-by-side-spans-2021", None, [
    "section 四 as two nested <table>s side by side in the two <td>s of a borderless layout table: left 行政复议 (行政复议 colspan 5, five result heads, data row), right 行政诉讼 (行政诉讼 colspan 10, 未经复议直接起诉 / 复议后起诉, ten result heads, data row)",
    "every number (二, 三, 四) inside <span style=\"font-family:仿宋_GB2312;font-size:14px\">&nbsp;N&nbsp;</span>, with thousands separators (1,469, 23,517); every cell with an inline Word-like border style",
    "counts in hundreds and thousands; fee \"36.85\" (万元); zeros typed 0; 规章 blank",
    "prose with thousands separators (26,418条, 共收到政府信息公开申请1,469件)",
    "site clutter: 无障碍/关怀版 toolbar, menu, 当前位置, 来源/时间/字号, TRS_Editor div, share/print links, footer with 湘ICP备, an inline analytics <script>",
], active, q, rl, narrative, None)
write("05-2023-2021", page, t)
print(NEW, q["carried_over"]["total"], q["total_handled"]["total"], q["carried_forward"]["total"])
