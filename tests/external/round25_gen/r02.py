"""02: 呼和浩特市新城区教育局 2020 (2019 template), planted flaw: row-total. UTF-8 page.
New markup: every table opens with a <colgroup> of <col width> and carries an empty trailing column (a narrow blank
<td class="e"> at the end of every row, header rows included); applicant cells with nothing counted print "——"; the
sub-rows are numbered （1）（2）… instead of 1. 2. …"""
import re
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "呼和浩特市新城区教育局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": None, "published": None, "total_public": None},
    "normative_docs": {"made": 4, "published": 4, "total_public": 36},
    "licensing": {"prev_items": 9, "change": 0, "decisions": 73},
    "other_services": {"prev_items": 16, "change": 3, "decisions": 12480},
    "penalties": {"prev_items": 2, "change": 0, "decisions": 5},
    "enforcement": {"prev_items": 0, "change": 0, "decisions": 0},
    "fees": {"prev_items": 1, "change": -1},
    "procurement": {"projects": 11, "amount_yuan": 3864000},
}
N = None
res = {
    "granted": [26, 3, N, 1, N, N], "partial": [5, N, N, N, N, N],
    "denied_state_secret": [N] * 6, "denied_law_forbidden": [N] * 6, "denied_safety": [N] * 6,
    "denied_third_party": [2, 1, N, N, N, N], "denied_internal": [1, N, N, N, N, N], "denied_process": [3, N, N, N, N, N],
    "denied_enforcement": [N] * 6, "denied_query": [N] * 6,
    "unable_not_held": [14, 2, N, N, 1, N], "unable_needs_creation": [2, N, N, N, N, N], "unable_unclear": [3, N, N, N, N, N],
    "rejected_petition": [7, N, N, N, N, N], "rejected_duplicate": [2, N, N, N, N, N], "rejected_publication": [1, N, N, N, N, N],
    "rejected_excessive": [N] * 6, "rejected_confirm": [N] * 6,
    "other": [4, N, N, N, N, 1],
}
q = section3(TPL, [2, N, N, N, N, N], res, [3, 1, N, N, N, N], total_zero=True)
# planted flaw (row-total): the 总计 cells of （三）4.保护第三方合法权益 (worked out 3) and （四）2.没有现成信息需要另行制作
# (worked out 2) printed in each other's row: 2 and 3. The 总计 column still sums to （七）总计.
q["denied_third_party"]["total"], q["unable_needs_creation"]["total"] = 2, 3
rl = section4([3, 0, 1, 0], [2, 0, 0, 0], [1, 0, 0, 1])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 4, "lawsuits": 4}

DASH = "——"
E = '<td class="e"></td>'
LAB = {k: re.sub(r"^(\d)\.", r"（\1）", v) for k, v in LABEL.items()}


def sec2():
    rows = []
    for cap, heads, rws in sec2_rows(TPL):
        rows.append(f'<tr><td colspan="4" class="c">{cap}</td>{E}</tr>')
        if len(heads) == 2:
            rows.append(f"<tr><td>信息内容</td><td>{heads[0]}</td><td colspan=\"2\">{heads[1]}</td>{E}</tr>")
        else:
            rows.append("<tr><td>信息内容</td>" + "".join(f"<td>{h}</td>" for h in heads) + f"{E}</tr>")
        for lab, k, fs in rws:
            vs = [signed(active[k][f], DASH) if f == "change" else num(active[k][f], DASH) for f in fs]
            if len(vs) == 2:
                rows.append(f"<tr><td>{lab}</td><td>{vs[0]}</td><td colspan=\"2\">{vs[1]}</td>{E}</tr>")
            else:
                rows.append(f"<tr><td>{lab}</td>" + "".join(f"<td>{v}</td>" for v in vs) + f"{E}</tr>")
    cg = '<colgroup><col width="180"><col width="160"><col width="160"><col width="160"><col width="12"></colgroup>'
    return f'<table class="bg">\n{cg}\n' + "\n".join(rows) + "\n</table>"


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3">{CORNER}</td><td colspan="7">申请人情况</td><td rowspan="3" class="e"></td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
         "<tr>" + "".join(f"<td>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: f"<td>{num(q[k][c], DASH)}</td>"
    body = [r.replace("</tr>", E + "</tr>") for r in body3(TPL, q, val, labels=LAB)]
    cg = ('<colgroup><col width="70"><col width="80"><col width="210">' + '<col width="58">' * 7 +
          '<col width="10"></colgroup>')
    return f'<table class="bg">\n{cg}\n' + "\n".join(h + body) + "\n</table>"


def sec4():
    rows = [r.replace("</tr>", E + "</tr>") for r in head4()]
    rows.append("<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + E + "</tr>")
    cg = '<colgroup><col span="15" width="50"><col width="10"></colgroup>'
    return f'<table class="bg">\n{cg}\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p>{s}</p>"
body = f"""
<h2 class="ti">{TITLE}</h2>
{P("本年度报告根据《中华人民共和国政府信息公开条例》第五十条的规定编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。统计期限为2020年1月1日至12月31日。")}
<h3>一、总体情况</h3>
{P("2020年，新城区教育局围绕疫情防控期间教育教学安排、招生入学、学校建设等群众关注的事项，做好信息发布和政策解读。")}
{P(f"全年共受理政府信息公开申请{NEW}件，上年结转2件，已全部办结的{q['total_handled']['total']}件，结转下年度继续办理4件。")}
{P("全年因政府信息公开被申请行政复议4件，被提起行政诉讼4件（其中复议后起诉2件）。")}
<h3>二、主动公开政府信息情况</h3>
{sec2()}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3()}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4()}
<h3>五、存在的主要问题及改进情况</h3>
{P("主要问题是学校层面公开工作发展不平衡。2021年将把中小学校信息公开纳入年度考核，组织专题培训两次。")}
<h3>六、其他需要报告的事项</h3>
{P("无。")}
<p style="text-align:right">呼和浩特市新城区教育局<br>2021年1月28日</p>
"""

page = f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE} - 新城区人民政府</title>
<style>
.bg{{border-collapse:collapse;width:100%}} .bg td{{border:1px solid #444;text-align:center;font-size:13px;padding:2px}}
.bg td.e{{border:none;width:10px}} .bg td.c{{font-weight:bold}} .ti{{text-align:center}}
</style>
</head>
<body>
<div id="top">呼和浩特市新城区人民政府 <a href="#">蒙古文</a> <a href="#">无障碍</a></div>
<div id="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">办事服务</a> <a href="#">政民互动</a></div>
<div id="crumb">首页 » 政府信息公开 » 年度报告 » 部门年报</div>
<div id="art">
{body}
</div>
<div id="foot">主办：呼和浩特市新城区人民政府办公室 蒙ICP备05002345号-1 政府网站标识码1501020003</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-colgroup-trailing-column-dashes-2019", None, [
    "UTF-8 with meta http-equiv charset=utf-8",
    "every table starts with a <colgroup> (<col width>, section 四 <col span=15>) and has an empty trailing column: a blank <td class=\"e\"> (no border) at the end of every row, rowspan 3 in section 三's header",
    "sub-rows numbered with full-width parenthesised digits: （1）属于国家秘密 … （8）属于行政查询事项, （1）本机关不掌握相关政府信息 …, （1）信访举报投诉类申请 …",
    "applicant cells with nothing counted print \"——\" (null); the 总计 column always printed (0 on empty rows); 规章 row \"——\"; section 四 zeros 0",
    "section 二: 本年增/减 \"+3\", \"-1\", \"0\"; procurement \"3864000\" (no unit)",
    "site clutter: top bar (蒙古文/无障碍), nav, breadcrumb with », footer with 蒙ICP备",
], active, q, rl, narrative, "row-total")
write("02-2020-2019-row-total", page, t)
