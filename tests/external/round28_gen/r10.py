"""10: 长沙市岳麓区市场监督管理局 2022 (2021 template), planted flaw: narrative-mismatch.
New markup: an inline `<svg>` bar chart in 一、总体情况 (近三年政府信息公开申请量, bars with `<text>` labels "2020年",
"2021年", "2022年" and counts 87 / 104 / 127 above them, plus an axis 0 / 50 / 100 / 150), a `<figure>` with a
`<figcaption>`; the table's 一、本年新收 总计 is 127, the prose says 120."""
from common import *

TPL, YEAR = "2021", 2022
OFFICE = "长沙市岳麓区市场监督管理局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 1, "repealed": 0, "in_force": 4},
    "licensing": {"decisions": 21437},
    "penalties": {"decisions": 682},
    "enforcement": {"decisions": 41},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [29, 9, 0, 0, 1, 0], "partial": [6, 2, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [5, 2, 0, 0, 0, 0],
    "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": [3, 0, 0, 0, 0, 0], "denied_enforcement": [4, 1, 0, 0, 0, 0],
    "denied_query": [2, 0, 0, 0, 0, 0],
    "unable_not_held": [17, 4, 0, 0, 1, 0], "unable_needs_creation": [3, 0, 0, 0, 0, 0], "unable_unclear": [2, 1, 0, 0, 0, 0],
    "rejected_petition": [13, 1, 0, 0, 0, 0], "rejected_duplicate": [5, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [3, 0, 0, 0, 0, 0], "rejected_confirm": [1, 0, 0, 0, 0, 0],
    "other_no_correction": [4, 1, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [2, 0, 0, 0, 0, 0],
}
q = section3(TPL, [5, 1, 0, 0, 0, 0], res, [8, 2, 0, 0, 0, 0])
rl = section4([3, 1, 1, 1], [1, 0, 0, 1], [1, 0, 0, 0])
NEW = q["new_received"]["total"]
assert NEW == 127, NEW
# planted flaw (narrative-mismatch): the prose says 新收…申请120件, the table's 一、本年新收 总计 is 127; reviews (6) and
# lawsuits (3) agree
narrative = {"new_requests": 120, "reviews": 6, "lawsuits": 3}
A = 'border="1" cellspacing="0" cellpadding="3" class="data-table"'
sec3 = table3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>", attrs=A)
sec4 = table4(rl, lambda g, x: f"<td>{num(rl[g][x])}</td>", attrs=A)
sec2 = table2(TPL, active, attrs=A)
bars = [(2020, 87), (2021, 104), (2022, NEW)]
svg = ['<svg xmlns="http://www.w3.org/2000/svg" width="420" height="240" viewBox="0 0 420 240" role="img" aria-label="近三年政府信息公开申请量">',
       '<text x="210" y="18" text-anchor="middle" font-size="14">近三年政府信息公开申请量（件）</text>']
for i, v in enumerate((0, 50, 100, 150)):
    y = 210 - v
    svg.append(f'<line x1="50" y1="{y}" x2="400" y2="{y}" stroke="#ddd"/><text x="40" y="{y + 4}" text-anchor="end" font-size="11">{v}</text>')
for i, (yr, v) in enumerate(bars):
    x = 90 + i * 110
    svg.append(f'<rect x="{x}" y="{210 - v}" width="50" height="{v}" fill="#3a7bd5"/>'
               f'<text x="{x + 25}" y="{204 - v}" text-anchor="middle" font-size="12">{v}</text>'
               f'<text x="{x + 25}" y="228" text-anchor="middle" font-size="12">{yr}年</text>')
svg.append("</svg>")
chart = '<figure class="chart">\n' + "\n".join(svg) + '\n<figcaption>图1 近三年依申请公开数量对比</figcaption>\n</figure>'

body = f"""<p>根据《中华人民共和国政府信息公开条例》规定，现发布岳麓区市场监督管理局2022年政府信息公开工作年度报告。</p>
<h3>一、总体情况</h3>
<p>2022年，区市场监管局坚持“公开为常态、不公开为例外”，围绕市场主体准入、食品药品安全和特种设备监管公开信息。全年新收政府信息公开申请120件，较上年增长较快（见图1）。全年发生政府信息公开行政复议6件，行政诉讼3件。</p>
{chart}
<h3>二、主动公开政府信息情况</h3>
{sec2}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4}
<h3>五、存在的主要问题及改进情况</h3>
<p>部分答复引用法条不够准确。2023年将实行答复文书法制审核。</p>
<h3>六、其他需要报告的事项</h3>
<p>本年度未收取信息处理费。</p>"""
page = site(TITLE, "长沙市岳麓区人民政府", ["首页", "政务公开", "政府信息公开年报", "2022年度"],
            "发布时间：2023-01-31 16:02　来源：区市场监管局　作者：办公室　阅读：<span>1,207</span>次",
            body, "主办：长沙市岳麓区人民政府办公室　湘ICP备05003817号　湘公网安备43010402000215号　网站标识码：4301040001",
            head_extra="<style>.data-table{border-collapse:collapse;width:100%} .data-table td{text-align:center} figure.chart{text-align:center}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-svg-chart-2021", None, [
    "an inline <svg> bar chart inside 一、总体情况 (<figure>/<figcaption>): <text> labels 2020年 / 2021年 / 2022年, counts 87 / 104 / 127 and axis ticks 0 / 50 / 100 / 150",
    "zeros typed 0; fee 0",
    "site clutter: breadcrumb, 发布时间/来源/作者/阅读, footer with 湘ICP备 and 网站标识码",
], active, q, rl, narrative, "narrative-mismatch")
write("10-2022-2021-narrative-mismatch", page, t)
print(NEW)
