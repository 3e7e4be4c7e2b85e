"""06: 海口市美兰区卫生健康委员会 2024 (2021 template), planted flaw: outcome-total. GB18030 page.
New markup: section 二 printed as lists, not a table: one bold line per 第二十条 item and a <ul> whose <li>s read
"行政规范性文件：本年制发2件，本年废止1件，现行有效15件；"; sections 三 and 四 tables open with a <colgroup>
(<col span> and <col style=width>); counts in hundreds and thousands."""
from common import *

TPL, YEAR = "2021", 2024
OFFICE = "海口市美兰区卫生健康委员会"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 2, "repealed": 1, "in_force": 15},
    "licensing": {"decisions": 3208},
    "penalties": {"decisions": 1146},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 125000},
}
Z = [0] * 6
res = {
    "granted": [612, 38, 4, 2, 11, 3], "partial": [57, 6, 0, 0, 1, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [3, 0, 0, 0, 0, 0], "denied_safety": [1, 0, 0, 0, 0, 0],
    "denied_third_party": [44, 2, 0, 0, 3, 0], "denied_internal": [6, 0, 0, 0, 0, 0], "denied_process": [15, 1, 0, 0, 0, 0],
    "denied_enforcement": [9, 0, 0, 0, 2, 0], "denied_query": [21, 0, 0, 0, 0, 0],
    "unable_not_held": [238, 17, 1, 1, 4, 2], "unable_needs_creation": [26, 3, 0, 0, 0, 0],
    "unable_unclear": [19, 1, 0, 0, 0, 0],
    "rejected_petition": [73, 0, 0, 0, 0, 0], "rejected_duplicate": [41, 2, 0, 0, 0, 0],
    "rejected_publication": [5, 0, 0, 0, 0, 0], "rejected_excessive": [12, 0, 0, 0, 0, 0], "rejected_confirm": [4, 0, 0, 0, 0, 0],
    "other_no_correction": [33, 2, 0, 0, 1, 0], "other_no_fee": [2, 0, 0, 0, 0, 0], "other_misc": [8, 1, 0, 0, 0, 1],
}
q = section3(TPL, [47, 3, 0, 0, 1, 0], res, [52, 4, 0, 0, 2, 0])
# planted flaw (outcome-total): （三）6.属于四类过程性信息 商业企业 chosen 1, printed 4; its 总计 chosen 16, printed 19;
# （七）总计 kept, so the result rows sum 3 more than （七） in 商业企业 and 总计
q["denied_process"]["business"] = 4
q["denied_process"]["total"] = 19
rl = section4([26, 5, 2, 7], [11, 2, 0, 4], [5, 1, 0, 2])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 40, "lawsuits": 25}


def sec2():
    out = []
    for i, (cap, heads, rws) in enumerate(sec2_rows(TPL)):
        out.append(f'<p class="xm"><b>（{"一二三四"[i]}）{cap}</b></p>\n<ul class="lb">')
        for j, (lb, k, fs) in enumerate(rws):
            end = "。" if j == len(rws) - 1 else "；"
            if k in ("regulations", "normative_docs"):
                x = active[k]
                s = f"本年制发{x['issued']}件，本年废止{x['repealed']}件，现行有效{x['in_force']}件"
            elif k == "fees":
                s = f"本年收费金额{wan(active[k]['amount_yuan'])}万元"
            else:
                s = f"本年处理决定数量{active[k]['decisions']}件"
            out.append(f"<li>{lb}：{s}{end}</li>")
        out.append("</ul>")
    return "\n".join(out)


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3">{CORNER}</td><td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
         "<tr>" + "".join(f"<td>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    cg = ('<colgroup><col style="width:6%"><col style="width:9%"><col style="width:27%">'
          '<col span="6" style="width:7.5%"><col style="width:13%"></colgroup>')
    return f'<table class="tb">\n{cg}\n<tbody>\n' + "\n".join(h + body3(TPL, q, val)) + "\n</tbody>\n</table>"


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    cg = '<colgroup><col span="5" class="fy"><col span="10" class="ss"></colgroup>'
    return f'<table class="tb">\n{cg}\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p class=\"zw\">{s}</p>"
body = f"""
<h2 class="bt">{TITLE}</h2>
{P("根据《中华人民共和国政府信息公开条例》要求，现向社会公布美兰区卫生健康委员会2024年政府信息公开工作年度报告。报告统计期限自2024年1月1日起至2024年12月31日止。")}
<p class="dj">一、总体情况</p>
{P("2024年，美兰区卫健委围绕医疗服务、公共卫生、疾病预防控制等领域，主动回应群众关切。")}
{P(f"依申请公开方面，本年度共收到政府信息公开申请{NEW}件，上年结转申请51件，办结{q['total_handled']['total']}件，结转下年度继续办理58件。")}
{P("本年度因政府信息公开被申请行政复议40件，被提起行政诉讼25件。")}
<p class="dj">二、主动公开政府信息情况</p>
{sec2()}
<p class="dj">三、收到和处理政府信息公开申请情况</p>
{sec3()}
<p class="dj">四、政府信息公开行政复议、行政诉讼情况</p>
{sec4()}
<p class="dj">五、存在的主要问题及改进情况</p>
{P("依申请公开数量持续增长，答复质量需进一步提高。下一步将完善答复模板，加强法律审核。")}
<p class="dj">六、其他需要报告的事项</p>
{P("本年度收取信息处理费0元。")}
<p style="text-align:right">海口市美兰区卫生健康委员会<br>2025年1月22日</p>
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GB18030">
<title>{TITLE}-海口市美兰区人民政府网</title>
<style>
.tb{{border-collapse:collapse;width:100%}} .tb td{{border:1px solid #000;text-align:center;padding:2px 3px}}
.bt{{text-align:center}} .dj{{font-weight:bold}} .zw{{text-indent:2em}} .lb li{{list-style:disc;margin-left:2em}}
</style>
</head>
<body>
<div class="top">海口市美兰区人民政府 &nbsp; <a href="#">English</a> <a href="#">适老化</a></div>
<div class="menu"><a href="#">首页</a> <a href="#">新闻中心</a> <a href="#">政务公开</a> <a href="#">办事服务</a> <a href="#">互动交流</a></div>
<div class="where">您当前的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 年度报告</div>
<div class="meta">发布日期：2025-01-22 &nbsp; 来源：美兰区卫健委 &nbsp; 阅读次数：2346</div>
{body}
<div class="footer">海口市美兰区人民政府版权所有 &nbsp; 琼ICP备09001234号 &nbsp; 网站标识码4601080001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-section-two-lists-colgroup-gb18030-2021", "gb18030", [
    "page saved in GB18030 (meta charset=GB18030, upper case)",
    "section 二 has NO table: each 第二十条 item is a bold line \"（一）第二十条第（一）项\" … followed by a <ul> of <li>s in prose: \"规章：本年制发0件，本年废止0件，现行有效0件；\", \"行政规范性文件：本年制发2件，本年废止1件，现行有效15件。\", \"行政许可：本年处理决定数量3208件。\", \"行政处罚：本年处理决定数量1146件；\", \"行政强制：本年处理决定数量0件。\", \"行政事业性收费：本年收费金额12.5万元。\"",
    "sections 三 and 四 tables open with a <colgroup> (<col span=6 style=width>, <col span=5 class>, <col span=10 class>); section 三 rows in an explicit <tbody>",
    "zeros typed 0; counts in hundreds and thousands (本年新收 1345, 予以公开 自然人 612)",
    "site clutter: top bar (English/适老化), menu, 当前位置, 发布日期/来源/阅读次数, footer with 琼ICP备",
], active, q, rl, narrative, "outcome-total")
write("06-2024-2021-outcome-total", page, t, encoding="gb18030")
print(NEW, q["total_handled"]["total"], q["carried_over"]["total"], q["carried_forward"]["total"])
