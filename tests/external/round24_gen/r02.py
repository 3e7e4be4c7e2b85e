"""02: 太原市迎泽区文化和旅游局 2020 (2019 template), planted flaw: balance.
New markup: section 三 split by a print page break into two <table>s, the second with the full three-row header
repeated and a "（续表）" line; the first ends after （三）8, the second starts with 三、本年度办理结果 again (rowspan 10).
Row labels rephrased: "二、上年度结转的政府信息公开申请数量", "四、结转至下年度继续办理"; the first table's labels use
half-width parentheses "(一)予以公开", the second full-width. Applicant zero cells empty, 总计 always printed."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "太原市迎泽区文化和旅游局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": None, "published": None, "total_public": None},
    "normative_docs": {"made": 1, "published": 1, "total_public": 9},
    "licensing": {"prev_items": 12, "change": -1, "decisions": 386},
    "other_services": {"prev_items": 7, "change": 2, "decisions": 95},
    "penalties": {"prev_items": 41, "change": 0, "decisions": 63},
    "enforcement": {"prev_items": 2, "change": 0, "decisions": 1},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 6, "amount_yuan": 528000},
}
N = None
res = {
    "granted": [8, 2, N, N, N, N], "partial": [2, N, N, N, N, N],
    "denied_state_secret": [N] * 6, "denied_law_forbidden": [N] * 6, "denied_safety": [N] * 6,
    "denied_third_party": [1, 1, N, N, N, N], "denied_internal": [N] * 6, "denied_process": [1, N, N, N, N, N],
    "denied_enforcement": [N] * 6, "denied_query": [N] * 6,
    "unable_not_held": [6, 1, N, 1, N, N], "unable_needs_creation": [2, N, N, N, N, N], "unable_unclear": [N] * 6,
    "rejected_petition": [2, N, N, N, N, N], "rejected_duplicate": [1, N, N, N, N, N],
    "rejected_publication": [N] * 6, "rejected_excessive": [N] * 6, "rejected_confirm": [N] * 6,
    "other": [1, N, N, N, N, 1],
}
q = section3(TPL, [1, N, N, N, N, N], res, [2, N, N, N, N, N], total_zero=True)
# planted flaw (balance): 上年结转 自然人 chosen 1, printed 3; its 总计 chosen 1, printed 3 (the row still adds up)
q["carried_over"]["natural_person"] = 3
q["carried_over"]["total"] = 3
rl = section4([1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 1, "lawsuits": 1}

B = 'border="1" cellspacing="0" cellpadding="4" bordercolor="#333333" width="100%" style="border-collapse:collapse"'


def half(s):
    return s.replace("（", "(").replace("）", ")")


def sec2():
    rows = []
    for cap, heads, rws, keys in sec2_spec(TPL):
        rows.append(f'<tr><td colspan="4" align="center"><strong>{cap}</strong></td></tr>')
        if len(heads) == 2:
            rows.append(f'<tr><td align="center">信息内容</td><td align="center">{heads[0]}</td>'
                        f'<td colspan="2" align="center">{heads[1]}</td></tr>')
        else:
            rows.append('<tr><td align="center">信息内容</td>' + "".join(f'<td align="center">{h}</td>' for h in heads) + "</tr>")
        for lab, k in rws:
            vs = [signed(active[k][f]) if f == "change" else
                  (f"{active[k][f] / 10000:g}万元" if f == "amount_yuan" else num(active[k][f])) for f in keys]
            if len(vs) == 2:
                rows.append(f'<tr><td>{lab}</td><td align="center">{vs[0]}</td><td colspan="2" align="center">{vs[1]}</td></tr>')
            else:
                rows.append(f"<tr><td>{lab}</td>" + "".join(f'<td align="center">{v}</td>' for v in vs) + "</tr>")
    return f"<table {B}>\n" + "\n".join(rows) + "\n</table>"


def head3():
    return [f'<tr><td colspan="3" rowspan="3" align="center">{CORNER}</td><td colspan="7" align="center">申请人情况</td></tr>',
            '<tr><td rowspan="2" align="center">自然人</td><td colspan="5" align="center">法人或其他组织</td>'
            '<td rowspan="2" align="center">总计</td></tr>',
            "<tr>" + "".join(f'<td align="center">{COLNAME[c]}</td>' for c in APPL[1:]) + "</tr>"]


LAB = {"carried_over": "二、上年度结转的政府信息公开申请数量", "carried_forward": "四、结转至下年度继续办理"}
val = lambda k, c: f'<td align="center">{num(q[k][c])}</td>'


def sec3():
    part1 = body3(TPL, q, val, labels=LAB, lab=half, last=12)
    part2 = body3(TPL, q, val, labels=LAB, first=12)
    return (f"<table {B}>\n" + "\n".join(head3() + part1) + "\n</table>\n"
            '<div style="page-break-after:always"></div>\n'
            '<p style="text-align:center;font-size:12px">（续表）</p>\n'
            f"<table {B}>\n" + "\n".join(head3() + part2) + "\n</table>")


def sec4():
    rows = head4() + ["<tr>" + "".join(f'<td align="center">{num(rl[g][x])}</td>' for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return f"<table {B}>\n" + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p>　　{s}</p>"
body = f"""
<h1 style="text-align:center;font-size:22px">{TITLE}</h1>
{P("根据《中华人民共和国政府信息公开条例》规定，现公布我局2020年政府信息公开工作年度报告。本报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。")}
<h3>一、总体情况</h3>
{P("2020年，我局坚持以公开为常态、不公开为例外，围绕文旅市场复工复产、文化惠民活动等重点工作做好信息公开。")}
{P(f"全年主动公开各类政府信息216条。受理政府信息公开申请{NEW}件，上年度结转3件，均已按期答复，其中予以公开10件，部分公开2件。")}
{P("全年因政府信息公开被申请行政复议1件，复议结果为维持；被提起行政诉讼1件，截至年底尚未审结。")}
<h3>二、主动公开政府信息情况</h3>
{sec2()}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3()}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4()}
<h3>五、存在的主要问题及改进情况</h3>
{P("我局政府信息公开工作还存在公开栏目更新不够及时等问题。2021年将进一步规范信息发布流程，加强对文旅市场监管信息的公开。")}
<h3>六、其他需要报告的事项</h3>
{P("无。")}
"""

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE}_迎泽区人民政府门户网站</title>
<style>@media print {{ .no-print {{ display:none }} }} body{{font-family:"Microsoft YaHei";max-width:1100px;margin:auto}}</style>
</head>
<body>
<div class="no-print" style="border-bottom:3px solid #a00">
  <a href="#">迎泽区人民政府门户网站</a> ｜ <a href="#">手机版</a> ｜ <a href="#">长者模式</a>
  <ul style="list-style:none;display:flex;gap:20px"><li><a href="#">首页</a></li><li><a href="#">信息公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">政民互动</a></li></ul>
</div>
<div class="no-print">首页 » 信息公开 » 法定主动公开内容 » 政府信息公开工作年度报告</div>
<div id="article">
{body}
<p style="text-align:right">太原市迎泽区文化和旅游局<br>2021年1月28日</p>
</div>
<div class="no-print">【<a href="#">收藏</a>】【<a href="#">打印</a>】【<a href="#">关闭</a>】 分享：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="no-print" style="background:#333;color:#ccc;font-size:12px">版权所有：太原市迎泽区人民政府 晋ICP备12003456号-1 网站标识码：1401060002</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-page-break-split-three-2019", None, [
    "section 三 split by a print page break into two <table>s (a <div style=\"page-break-after:always\"> and a （续表） line between them); both carry the full three-row official header; the first ends after （三）8.属于行政查询事项 (三、本年度办理结果 rowspan 10), the second starts with 三、本年度办理结果 again (rowspan 10) and （四）无法提供",
    "section 三 row labels rephrased: \"二、上年度结转的政府信息公开申请数量\", \"四、结转至下年度继续办理\"; the first table's labels in half-width parentheses (\"(一)予以公开\", \"(二)部分公开(区分处理的，只计这一情形，不计其他情形)\", \"(三)不予公开\"), the second's full-width",
    "applicant cells with nothing counted are empty <td></td>; the 总计 column always printed (0 on empty rows); section 四 zeros 0",
    "section 二: 本年增/减 \"-1\", \"+2\"; procurement \"52.8万元\"; 规章 blank",
    "site clutter: top links (手机版/长者模式), nav, breadcrumb with », 收藏/打印/关闭, share links, footer with 晋ICP备",
], active, q, rl, narrative, "balance")
write("02-2020-2019-balance", page, t)
