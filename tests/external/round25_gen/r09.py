"""09: 西安市碑林区长乐坊街道办事处 2020 (2019 template), planted flaw: narrative-mismatch. UTF-8 page.
New markup: each table sits in a collapsible <details open><summary>…</summary> block (CMS 展开/收起); section 三 has
spacer rows (<tr class="sp"><td colspan="10" height="6"></td></tr>) between its blocks and a hidden empty row
(<tr style="display:none">) left by the editor; section 四's table has an empty trailing column."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "西安市碑林区长乐坊街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 0, "published": 0, "total_public": 5},
    "licensing": {"prev_items": 3, "change": 0, "decisions": 27},
    "other_services": {"prev_items": 11, "change": 0, "decisions": 3915},
    "penalties": {"prev_items": 2, "change": 0, "decisions": 8},
    "enforcement": {"prev_items": 0, "change": 0, "decisions": 0},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 0, "amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [6, 1, 0, 0, 0, 0], "partial": [1, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": Z,
    "denied_internal": Z, "denied_process": [1, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": Z,
    "unable_not_held": [5, 0, 0, 0, 0, 0], "unable_needs_creation": Z, "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [2, 0, 0, 0, 0, 0], "rejected_duplicate": Z, "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": Z,
}
q = section3(TPL, [1, 0, 0, 0, 0, 0], res, [0, 0, 0, 0, 0, 0])
rl = section4([3, 1, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
# planted flaw (narrative-mismatch): the prose says 被申请行政复议6件; the table's 行政复议 总计 is 5 (3+1+0+1)
narrative = {"new_requests": NEW, "reviews": 6, "lawsuits": 0}


def details(inner, what):
    return f'<details open class="zk"><summary>{what}（点击展开/收起）</summary>\n{inner}\n</details>'


def sec2():
    rows = []
    for cap, heads, rws in sec2_rows(TPL):
        rows.append(f'<tr><td colspan="4">{cap}</td></tr>')
        if len(heads) == 2:
            rows.append(f"<tr><td>信息内容</td><td>{heads[0]}</td><td colspan=\"2\">{heads[1]}</td></tr>")
        else:
            rows.append("<tr><td>信息内容</td>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>")
        for lb, k, fs in rws:
            vs = [signed(active[k][f]) if f == "change" else num(active[k][f]) for f in fs]
            if len(vs) == 2:
                rows.append(f"<tr><td>{lb}</td><td>{vs[0]}</td><td colspan=\"2\">{vs[1]}</td></tr>")
            else:
                rows.append(f"<tr><td>{lb}</td>" + "".join(f"<td>{x}</td>" for x in vs) + "</tr>")
    return details('<table class="x">\n' + "\n".join(rows) + "\n</table>", "主动公开政府信息情况表")


SP = '<tr class="sp"><td colspan="10" height="6"></td></tr>'


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3">{CORNER}</td><td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
         "<tr>" + "".join(f"<td>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    b = body3(TPL, q, val)
    # b: 0 new, 1 carried over, 2..21 results with （七）, 22 carried forward
    rows = h + b[:2] + [SP] + b[2:22] + ['<tr style="display:none"><td colspan="3"></td>' + "<td></td>" * 7 + "</tr>",
                                         SP] + b[22:]
    return details('<table class="x">\n' + "\n".join(rows) + "\n</table>", "收到和处理政府信息公开申请情况表")


def sec4():
    E = '<td class="e"></td>'
    rows = [r.replace("</tr>", E + "</tr>") for r in head4()]
    rows.append("<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + E + "</tr>")
    return details('<table class="x">\n' + "\n".join(rows) + "\n</table>", "行政复议、行政诉讼情况表")


P = lambda s: f"<p>{s}</p>"
body = f"""
<div class="bt">{TITLE}</div>
{P("根据《中华人民共和国政府信息公开条例》规定，特发布本报告。本报告统计数据期限为2020年1月1日至2020年12月31日。")}
<h4>一、总体情况</h4>
{P("2020年，长乐坊街道紧扣疫情防控和复工复产，及时公开防控措施、惠企政策等信息。")}
{P(f"全年共收到政府信息公开申请{NEW}件，上年结转1件，均已按期办结。")}
{P("本年度因政府信息公开被申请行政复议6件，未发生行政诉讼。")}
<h4>二、主动公开政府信息情况</h4>
{sec2()}
<h4>三、收到和处理政府信息公开申请情况</h4>
{sec3()}
<h4>四、政府信息公开行政复议、行政诉讼情况</h4>
{sec4()}
<h4>五、存在的主要问题及改进情况</h4>
{P("社区公开栏信息更新频率不高，2021年将落实专人定期更新。")}
<h4>六、其他需要报告的事项</h4>
{P("无其他需要报告的事项。")}
<p class="r">西安市碑林区长乐坊街道办事处<br>2021年1月27日</p>
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=utf-8">
<title>{TITLE}_西安市碑林区人民政府</title>
<style>
.x{{width:100%;border-collapse:collapse}} .x td{{border:1px solid #333;text-align:center;padding:2px}}
.x td.e{{border:0;width:8px}} .x tr.sp td{{border-left:0;border-right:0;height:6px}}
.bt{{font-size:20px;text-align:center;font-weight:bold}} .r{{text-align:right}} summary{{color:#06c;cursor:pointer}}
</style>
</head>
<body>
<div class="top">西安市碑林区人民政府 <a href="#">智能问答</a> <a href="#">无障碍</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">魅力碑林</a></div>
<div class="wz">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="xx">发布时间：2021-01-27 &nbsp; 浏览次数：604</div>
{body}
<div class="ft">主办：西安市碑林区人民政府办公室 &nbsp; 陕ICP备05001234号 &nbsp; 网站标识码6101030001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-details-spacer-rows-2019", None, [
    "UTF-8 with meta http-equiv content-type charset=utf-8 (lower case)",
    "each table wrapped in <details open class=\"zk\"><summary>…情况表（点击展开/收起）</summary>",
    "section 三 has two spacer rows <tr class=\"sp\"><td colspan=\"10\" height=\"6\"></td></tr> (after 二、上年结转 and before 四、结转下年度) and a hidden empty row <tr style=\"display:none\"> before the second spacer",
    "section 四's table has an empty trailing column (<td class=\"e\"> in every row)",
    "zeros typed 0 everywhere; procurement 0 and 0",
    "site clutter: top bar, nav, 当前位置, 发布时间/浏览次数, footer with 陕ICP备",
], active, q, rl, narrative, "narrative-mismatch")
write("09-2020-2019-narrative-mismatch", page, t)
print(NEW)
