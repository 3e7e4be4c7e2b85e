"""06: 桂林市七星区卫生健康局 2024 (2021 template), planted flaw: row-total. UTF-8 with a byte-order mark.
New markup: section 三 header cells written without spans (but the corner note): 申请人情况 in the first value column
with six empty cells after it; 自然人 and 总计 on the second header row with empty cells under them on the third;
法人或其他组织 over 商业企业 with four empty cells after it. Group labels with half-width parentheses "(三)不予公开",
other labels full-width."""
from common import *

TPL, YEAR = "2021", 2024
OFFICE = "桂林市七星区卫生健康局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 0, "repealed": 0, "in_force": 2},
    "licensing": {"decisions": 642},
    "penalties": {"decisions": 37},
    "enforcement": {"decisions": None},
    "fees": {"amount_yuan": 0},
}
N = None
E = [0, N, N, N, N, N]
res = {
    "granted": [7, 1, N, N, N, N], "partial": [3, N, N, N, N, N],
    "denied_state_secret": E, "denied_law_forbidden": E, "denied_safety": E, "denied_third_party": [1, N, N, N, N, N],
    "denied_internal": E, "denied_process": E, "denied_enforcement": E, "denied_query": E,
    "unable_not_held": [4, 1, N, N, N, N], "unable_needs_creation": [1, N, N, N, N, N], "unable_unclear": [1, N, N, N, N, N],
    "rejected_petition": [2, N, N, N, N, N], "rejected_duplicate": E, "rejected_publication": E,
    "rejected_excessive": E, "rejected_confirm": E,
    "other_no_correction": [1, N, N, N, N, N], "other_no_fee": E, "other_misc": E,
}
q = section3(TPL, [1, N, N, N, N, N], res, [2, N, N, N, N, N], total_zero=True)
# planted flaw (row-total): 自然人 of （二）部分公开 (3) and 3.补正后申请内容仍不明确 (1) printed in each other's row;
# the rows' 总计 kept (3 and 1), so those two rows do not add up; the 自然人 column still sums to （七）总计
q["partial"]["natural_person"], q["unable_unclear"]["natural_person"] = 1, 3
rl = section4([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 1, "lawsuits": 0}

HALF = {"（三）不予公开": "(三)不予公开", "（四）无法提供": "(四)无法提供", "（五）不予处理": "(五)不予处理",
        "（六）其他处理": "(六)其他处理"}


def sec2():
    rows = []
    for cap, heads, rws, keys in sec2_spec(TPL):
        rows.append(f'<tr><td colspan="4" style="text-align:center"><strong>{cap}</strong></td></tr>')
        if len(heads) == 1:
            rows.append(f'<tr><td>信息内容</td><td colspan="3">{heads[0]}</td></tr>')
        else:
            rows.append("<tr><td>信息内容</td>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>")
        for lab, k in rws:
            vs = [num(active[k][f]) if f != "amount_yuan" else "0" for f in keys]
            if len(vs) == 1:
                rows.append(f'<tr><td>{lab}</td><td colspan="3">{vs[0]}</td></tr>')
            else:
                rows.append(f"<tr><td>{lab}</td>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>")
    return '<table class="t" border="1">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3">{CORNER}</td><td>申请人情况</td>' + "<td></td>" * 6 + "</tr>",
         "<tr><td>自然人</td><td>法人或其他组织</td>" + "<td></td>" * 4 + "<td>总计</td></tr>",
         "<tr><td></td>" + "".join(f"<td>{COLNAME[c]}</td>" for c in APPL[1:]) + "<td></td></tr>"]
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    lab = lambda s: HALF.get(s, s)
    return '<table class="t" border="1">\n' + "\n".join(h + body3(TPL, q, val, lab=lab)) + "\n</table>"


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="t" border="1">\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p>{s}</p>"
body = f"""
<h2 class="art-title">{TITLE}</h2>
{P("根据《中华人民共和国政府信息公开条例》规定，现发布桂林市七星区卫生健康局2024年政府信息公开工作年度报告。报告统计期限为2024年1月1日至12月31日。")}
<h3>一、总体情况</h3>
{P("2024年，我局围绕医疗卫生服务、疾病预防控制、健康促进等重点领域，认真做好政府信息公开工作。")}
{P(f"（一）依申请公开情况。本年度我局共收到政府信息公开申请{NEW}件，上年结转1件，均已依法答复，结转下年度2件。")}
{P("（二）行政复议和行政诉讼。因政府信息公开被申请行政复议1件，结果维持；未发生行政诉讼。")}
{P("（三）平台建设。依托七星区政府门户网站卫生健康专栏公开信息318条。")}
<h3>二、主动公开政府信息情况</h3>
{sec2()}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3()}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4()}
<h3>五、存在的主要问题及改进情况</h3>
{P("存在问题：信息更新频率不够高。改进措施：明确专人负责，按月检查栏目更新情况。")}
<h3>六、其他需要报告的事项</h3>
{P("本年度未收取信息处理费，无其他需要报告的事项。")}
"""

page = f"""<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>{TITLE}</title>
<link rel="stylesheet" href="/css/base.css">
<style>.t{{border-collapse:collapse;width:100%}} .t td{{padding:4px;text-align:center;font-size:14px}}</style>
</head>
<body>
<div id="top"><a href="#">桂林市七星区人民政府</a> <span>｜</span> <a href="#">English</a> <a href="#">适老化服务</a></div>
<div id="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">网上办事</a><a href="#">政民互动</a></div>
<div id="crumbs"><a href="#">首页</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">政府信息公开年报</a> &gt; <a href="#">2024年</a></div>
<div class="art">
{body}
<p style="text-align:right">桂林市七星区卫生健康局<br>2025年1月21日</p>
</div>
<div id="tools"><a href="#">【打印】</a> <a href="#">【关闭】</a> <span>扫一扫在手机打开当前页</span></div>
<div id="foot">主办：桂林市七星区人民政府 &nbsp; 桂ICP备12004567号 &nbsp; 网站标识码：4503050001 <a href="#">网站地图</a></div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-unmerged-header-bom-2021", None, [
    "page saved as UTF-8 with a byte-order mark (EF BB BF) before <!doctype html>, and a meta charset=utf-8",
    "section 三 header cells written without spans except the corner note (colspan 3 rowspan 3): row 1 申请人情况 then six empty cells; row 2 自然人, 法人或其他组织, four empty cells, 总计; row 3 an empty cell, 商业企业…其他, an empty cell",
    "group labels in half-width parentheses (\"(三)不予公开\", \"(四)无法提供\", \"(五)不予处理\", \"(六)其他处理\"), all other labels full-width",
    "section 三 zeros: 自然人 and 总计 print 0, the five organisation columns are empty when nothing was counted; section 四 zeros 0",
    "section 二: 规章 and 行政强制 blank; fee 0",
    "site clutter: top links (English/适老化服务), nav, breadcrumb, 打印/关闭, 扫一扫, footer with 桂ICP备",
], active, q, rl, narrative, "row-total")
write("06-2024-2021-row-total", page, t, bom=True)
