"""05: 西宁市城西区人民政府 2023 (2021 template), sound. UTF-8 page (HTML5 <meta charset>).
New markup: column sub-heads merged into one cell and split by <br>: in section 三 the five 法人或其他组织 sub-heads are
one <td colspan="5">商业企业<br>科研机构<br>社会公益组织<br>法律服务机构<br>其他</td>; in section 四 the five result heads
of each group are one colspan-5 cell "结果维持<br>结果纠正<br>其他结果<br>尚未审结<br>总计" (行政复议's with rowspan 2).
The values keep their template positions, one <td> each."""
from common import *

TPL, YEAR = "2021", 2023
OFFICE = "西宁市城西区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 5, "repealed": 3, "in_force": 44},
    "licensing": {"decisions": 6471},
    "penalties": {"decisions": 588},
    "enforcement": {"decisions": 12},
    "fees": {"amount_yuan": 23400},
}
Z = [0] * 6
res = {
    "granted": [48, 6, 1, 0, 2, 0], "partial": [7, 2, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [1, 0, 0, 0, 0, 0], "denied_safety": Z,
    "denied_third_party": [4, 1, 0, 0, 0, 0], "denied_internal": [2, 0, 0, 0, 0, 0], "denied_process": [5, 0, 0, 1, 0, 0],
    "denied_enforcement": [1, 0, 0, 0, 0, 0], "denied_query": [3, 0, 0, 0, 0, 0],
    "unable_not_held": [36, 5, 0, 1, 0, 1], "unable_needs_creation": [6, 0, 0, 0, 0, 0], "unable_unclear": [4, 1, 0, 0, 0, 0],
    "rejected_petition": [12, 0, 0, 0, 0, 0], "rejected_duplicate": [8, 1, 0, 0, 0, 0], "rejected_publication": [1, 0, 0, 0, 0, 0],
    "rejected_excessive": [0, 0, 0, 0, 0, 0], "rejected_confirm": [2, 0, 0, 0, 0, 0],
    "other_no_correction": [9, 1, 0, 0, 0, 0], "other_no_fee": [1, 0, 0, 0, 0, 0], "other_misc": [3, 0, 0, 0, 1, 0],
}
q = section3(TPL, [6, 1, 0, 0, 0, 0], res, [9, 2, 0, 0, 0, 0])
rl = section4([11, 2, 1, 3], [4, 0, 1, 2], [2, 1, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 17, "lawsuits": 10}


def sec2():
    rows = []
    for cap, heads, rws in sec2_rows(TPL):
        rows.append(f'<tr><td colspan="4" class="cap">{cap}</td></tr>')
        if len(heads) == 1:
            rows.append(f'<tr><td>信息内容</td><td colspan="3">{heads[0]}</td></tr>')
        else:
            rows.append("<tr><td>信息内容</td>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>")
        for lb, k, fs in rws:
            if len(fs) == 1:
                x = active[k][fs[0]]
                rows.append(f'<tr><td>{lb}</td><td colspan="3">{wan(x) if fs[0] == "amount_yuan" else num(x)}</td></tr>')
            else:
                rows.append(f"<tr><td>{lb}</td>" + "".join(f"<td>{num(active[k][f])}</td>" for f in fs) + "</tr>")
    return '<table class="gk">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3">{CORNER}</td><td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
         '<tr><td colspan="5">' + "<br>".join(COLNAME[c] for c in APPL[1:]) + "</td></tr>"]
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    return '<table class="gk">\n' + "\n".join(h + body3(TPL, q, val)) + "\n</table>"


def sec4():
    five = "<br>".join(RESULT4NAME[x] for x in RESULTS4)
    rows = ['<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
            f'<tr><td colspan="5" rowspan="2">{five}</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
            f'<tr><td colspan="5">{five}</td><td colspan="5">{five}</td></tr>',
            "<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="gk">\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p>{s}</p>"
body = f"""
<h1>{TITLE}</h1>
{P("本报告根据《中华人民共和国政府信息公开条例》规定，由西宁市城西区人民政府办公室编制，统计期限自2023年1月1日至2023年12月31日。")}
<h2>一、总体情况</h2>
{P("2023年，城西区以高质量发展为主线，扎实推进政务公开标准化规范化建设。")}
{P(f"（一）依申请公开。全区共收到政府信息公开申请{NEW}件，上年结转7件，按时办结{q['total_handled']['total']}件，结转下年度11件。")}
{P("（二）监督保障。全年因政府信息公开被申请行政复议17件，被提起行政诉讼10件。")}
<h2>二、主动公开政府信息情况</h2>
{sec2()}
<h2>三、收到和处理政府信息公开申请情况</h2>
{sec3()}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{sec4()}
<h2>五、存在的主要问题及改进情况</h2>
{P("一是部分部门主动公开不够及时；二是政策解读质量有待提升。2024年将加强督查通报，提升解读实效。")}
<h2>六、其他需要报告的事项</h2>
{P("2023年共收取信息处理费0元。")}
<p class="sig">西宁市城西区人民政府办公室<br>2024年1月19日</p>
"""

page = f"""<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE}_城西区人民政府</title>
<style>
.gk{{width:100%;border-collapse:collapse}} .gk td{{border:1px solid #555;text-align:center;padding:3px;font-size:13px}}
.gk td.cap{{background:#eef3fa}} h1{{text-align:center;font-size:21px}} h2{{font-size:16px}} .sig{{text-align:right}}
</style>
</head>
<body>
<header><a href="#">西宁市城西区人民政府</a> <nav><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></nav></header>
<div class="bread">首页 / 政府信息公开 / 政府信息公开年报</div>
<main>
{body}
</main>
<footer>主办：西宁市城西区人民政府办公室 青ICP备12001234号 网站标识码6301040001</footer>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-merged-subheads-br-2021", None, [
    "UTF-8 with HTML5 <meta charset=\"utf-8\">, <header>/<main>/<footer>",
    "section 三's third header row is ONE cell <td colspan=\"5\">商业企业<br>科研机构<br>社会公益组织<br>法律服务机构<br>其他</td>; the five values below it are still five <td>s in template order",
    "section 四: the five result heads of each group are ONE colspan-5 cell \"结果维持<br>结果纠正<br>其他结果<br>尚未审结<br>总计\" (行政复议's with rowspan 2 under 行政复议; the 直接起诉 and 复议后起诉 ones in the third row); 15 values in their own <td>s",
    "zeros typed 0 everywhere; fee 2.34 (万元)",
    "site clutter: header with nav, breadcrumb, footer with 青ICP备",
], active, q, rl, narrative, None)
write("05-2023-2021", page, t)
print(NEW, q["total_handled"]["total"], q["carried_over"]["total"], q["carried_forward"]["total"])
