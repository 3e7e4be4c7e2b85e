"""04: 重庆市江北区住房和城乡建设委员会 2022 (2021 template), planted flaw: outcome-total.
New markup: sections 三 and 四 are ARIA tables built from <div>s, as a front-end component renders them:
`<div role="table" aria-label=…>`, `<div role="rowgroup">`, `<div role="row" aria-rowindex="N">`, header cells
`role="columnheader"`, label cells `role="rowheader"`, value cells `role="cell"`; merged cells carry `aria-colspan` /
`aria-rowspan` (the official spans) and a class that sets `grid-column`/`grid-row: span N` for the CSS grid layout;
covered slots are simply absent, as in an HTML table. Section 二 is an ordinary <table>."""
from common import *
import re

TPL, YEAR = "2021", 2022
OFFICE = "重庆市江北区住房和城乡建设委员会"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 2, "repealed": 1, "in_force": 14},
    "licensing": {"decisions": 1538},
    "penalties": {"decisions": 96},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [23, 5, 0, 0, 2, 0], "partial": [6, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [4, 1, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": [2, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [14, 2, 0, 0, 1, 0], "unable_needs_creation": [3, 0, 0, 0, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [7, 0, 0, 0, 0, 0], "rejected_duplicate": [3, 1, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": [1, 0, 0, 0, 0, 0],
    "other_no_correction": [4, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [2, 0, 0, 0, 0, 0],
}
q = section3(TPL, [3, 0, 0, 0, 0, 0], res, [5, 1, 0, 0, 0, 0])
# planted flaw (outcome-total): （七）总计 商业企业 worked out 10, printed 12, and its 总计 worked out 85, printed 87 (the
# （七）总计 row still adds up across); the result rows sum to 10 and 85, so （七）≠ Σ（一）…（六） in 商业企业 and 总计.
# To keep 一+二 = （七）+四 the 一、本年新收 row is printed with the same +2 (商业企业 11→13, 总计 88→90).
q["total_handled"]["business"] += 2
q["total_handled"]["total"] += 2
q["new_received"]["business"] += 2
q["new_received"]["total"] += 2
rl = section4([3, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 5, "lawsuits": 2}


def aria(rows, label, head_rows):
    """HTML table rows -> ARIA div rows; the first head_rows rows are column headers"""
    out = []
    for i, r in enumerate(rows):
        def cell(m):
            attrs = m.group(1)
            cs = re.search(r'colspan="(\d+)"', attrs)
            rs = re.search(r'rowspan="(\d+)"', attrs)
            text = m.group(2)
            if i < head_rows:
                role = "columnheader"
            elif re.search(r"\d", text) is None or any(x in text for x in ("本年", "上年", "结转", "（", "、", ".")):
                role = "rowheader" if not re.fullmatch(r"\d+", text) else "cell"
            else:
                role = "cell"
            if text == "" and i >= head_rows:
                role = "cell"
            a, cls = [], []
            if cs:
                a.append(f'aria-colspan="{cs.group(1)}"')
                cls.append(f"c{cs.group(1)}")
            if rs:
                a.append(f'aria-rowspan="{rs.group(1)}"')
                cls.append(f"r{rs.group(1)}")
            c = f' class="{" ".join(cls)}"' if cls else ""
            return f'<div role="{role}"{c}{"" if not a else " " + " ".join(a)}>{text}</div>'
        inner = re.sub(r"<td([^>]*)>(.*?)</td>", cell, r[4:-5])
        out.append(f'<div role="row" aria-rowindex="{i + 1}">{inner}</div>')
    head = "\n".join(out[:head_rows])
    body = "\n".join(out[head_rows:])
    return (f'<div role="table" aria-label="{label}" class="gk-grid">\n<div role="rowgroup" class="thead">\n{head}\n</div>\n'
            f'<div role="rowgroup" class="tbody">\n{body}\n</div>\n</div>')


def sec2():
    rows = sec2_table(TPL, active, lambda k, f, v: wan(v) if f == "amount_yuan" else num(v))
    return '<table class="tb" border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    b = body3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>")
    return aria(head3() + b, "收到和处理政府信息公开申请情况", 3).replace('class="gk-grid"', 'class="gk-grid g10"')


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return aria(rows, "政府信息公开行政复议、行政诉讼情况", 3).replace('class="gk-grid"', 'class="gk-grid g15"')


body = f"""
<article class="detail">
<h1 class="detail-title">{TITLE}</h1>
<div class="detail-info"><span>发布时间：2023-01-16</span><span>来源：区住房城乡建委</span><span>浏览量：1046</span></div>
<div class="detail-content">
<p>本报告由重庆市江北区住房和城乡建设委员会根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编制。所列数据的统计期限自2022年1月1日起至2022年12月31日止。</p>
<h2>一、总体情况</h2>
<p>2022年，区住房城乡建委聚焦城市更新、老旧小区改造、物业管理和建筑施工安全，做好政府信息公开。</p>
<p>全年新收政府信息公开申请{NEW}件，均依法按时答复。全年发生政府信息公开行政复议5件，行政诉讼2件。</p>
<h2>二、主动公开政府信息情况</h2>
{sec2()}
<h2>三、收到和处理政府信息公开申请情况</h2>
{sec3()}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{sec4()}
<h2>五、存在的主要问题及改进情况</h2>
<p>个别项目的征收补偿信息公开不够及时。2023年将建立重点项目信息公开台账，按月督办。</p>
<h2>六、其他需要报告的事项</h2>
<p>本年度未收取信息处理费。</p>
</div>
</article>"""

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} - 重庆市江北区人民政府</title>
<style>
.gk-grid{{display:grid;border-top:1px solid #333;border-left:1px solid #333;font-size:13px}}
.g10{{grid-template-columns:5% 8% 27% repeat(7,1fr)}} .g15{{grid-template-columns:repeat(15,1fr)}}
.gk-grid [role=rowgroup],.gk-grid [role=row]{{display:contents}}
.gk-grid [role=columnheader],.gk-grid [role=rowheader],.gk-grid [role=cell]{{border-right:1px solid #333;border-bottom:1px solid #333;padding:3px;text-align:center}}
.c2{{grid-column:span 2}} .c3{{grid-column:span 3}} .c5{{grid-column:span 5}} .c7{{grid-column:span 7}} .c10{{grid-column:span 10}}
.r2{{grid-row:span 2}} .r3{{grid-row:span 3}} .r5{{grid-row:span 5}} .r8{{grid-row:span 8}} .r22{{grid-row:span 22}}
table.tb{{width:100%;border-collapse:collapse}} table.tb td{{text-align:center;border:1px solid #333}}
.detail-title{{text-align:center;font-size:22px}}
</style>
</head>
<body>
<header class="site-header"><div class="logo">重庆市江北区人民政府</div>
<nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjjb/">走进江北</a></nav></header>
<div class="breadcrumb">首页 / 政务公开 / 政府信息公开年报 / 部门年报</div>
{body}
<footer>主办：重庆市江北区人民政府办公室　渝ICP备05003456号　渝公网安备50010502000321号　网站标识码：5001050001</footer>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-aria-role-grid-2021", None, [
    "sections 三 and 四 as ARIA tables of <div>s: role=table (aria-label), role=rowgroup (head, body), role=row with aria-rowindex, role=columnheader / rowheader / cell; merged cells with aria-colspan / aria-rowspan and classes c2…c10 / r2…r22 setting grid-column / grid-row span; CSS grid layout, rows display:contents; covered slots absent",
    "section 二 an ordinary <table>; zeros typed 0; fee 0",
    "HTML5 header/nav/article/footer; site clutter: breadcrumb, 发布时间/来源/浏览量, footer with 渝ICP备 and 网站标识码",
], active, q, rl, narrative, "outcome-total")
write("04-2022-2021-outcome-total", page, t)
print(NEW, q["total_handled"])
