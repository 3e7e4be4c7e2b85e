"""04: 苏州市姑苏区市场监督管理局 2022 (2021 template), planted flaw: outcome-total.
New markup: bidirectional marks around the values, as text pasted through a bidi-aware editor leaves them: every
section 三 and 四 value is the raw character U+200E LEFT-TO-RIGHT MARK, the digits, U+200E again ("\u200e12\u200e");
section 二 values carry the named entity `&lrm;` in front; cells `<td><span dir="ltr">…</span></td>`."""
from common import *

TPL, YEAR = "2021", 2022
OFFICE = "苏州市姑苏区市场监督管理局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 0, "repealed": 1, "in_force": 3},
    "licensing": {"decisions": 8362},
    "penalties": {"decisions": 417},
    "enforcement": {"decisions": 23},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [31, 8, 0, 0, 1, 0], "partial": [5, 2, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [6, 3, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": [2, 0, 0, 0, 0, 0], "denied_enforcement": [3, 1, 0, 0, 0, 0], "denied_query": [4, 1, 0, 0, 0, 0],
    "unable_not_held": [19, 5, 0, 0, 0, 1], "unable_needs_creation": [2, 1, 0, 0, 0, 0], "unable_unclear": [3, 0, 0, 0, 0, 0],
    "rejected_petition": [14, 2, 0, 0, 0, 0], "rejected_duplicate": [4, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [2, 0, 0, 0, 0, 0], "rejected_confirm": Z,
    "other_no_correction": [5, 1, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [4, 1, 0, 0, 0, 0], res, [6, 2, 0, 0, 0, 0])
# planted flaw (outcome-total): （七）总计 自然人 worked out 101, printed 98, its 总计 worked out 127, printed 124 (row adds
# up); the result rows sum to 101 and 127. 一、本年新收 printed with the same −3 (自然人 103→100, 总计 130→127) so balance holds.
for c in ("natural_person", "total"):
    q["total_handled"][c] -= 3
    q["new_received"][c] -= 3
rl = section4([2, 1, 0, 1], [1, 1, 0, 0], [0, 0, 0, 1])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 4, "lawsuits": 3}
M = "\u200e"
sec3 = table3(TPL, q, lambda k, c: f'<td><span dir="ltr">{M}{num(q[k][c])}{M}</span></td>', attrs='class="ke-table" border="1"')
sec4 = table4(rl, lambda g, x: f'<td><span dir="ltr">{M}{num(rl[g][x])}{M}</span></td>', attrs='class="ke-table" border="1"')
sec2 = table2(TPL, active, lambda k, f, v: "&lrm;" + (wan(v) if f == "amount_yuan" else num(v)), attrs='class="ke-table" border="1"')

body = f"""<p>本年度报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。</p>
<p class="h">一、总体情况</p>
<p>2022年，区市场监管局坚持以公开为常态，围绕市场主体登记、食品安全监管和价格监督检查公开信息。本年度共收到政府信息公开申请{NEW}件，办结率100%。全年因政府信息公开被申请行政复议4件，被提起行政诉讼3件。</p>
<p class="h">二、主动公开政府信息情况</p>
{sec2}
<p class="h">三、收到和处理政府信息公开申请情况</p>
{sec3}
<p class="h">四、政府信息公开行政复议、行政诉讼情况</p>
{sec4}
<p class="h">五、存在的主要问题及改进情况</p>
<p>依申请公开答复文书的说理性有待加强，2023年将组织专题培训。</p>
<p class="h">六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>"""
page = site(TITLE, "苏州市姑苏区人民政府", ["首页", "信息公开", "政府信息公开年报", "部门年报"],
            "索引号：014163405/2023-00012　　发布机构：区市场监管局　　发布日期：2023-01-30",
            body, "主办单位：苏州市姑苏区人民政府办公室　苏ICP备12045521号　苏公网安备32050802010873号　网站标识码：3205080003",
            head_extra="<style>.ke-table{border-collapse:collapse;width:100%} .ke-table td{border:1px solid #999;text-align:center} p.h{font-weight:bold}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-bidi-marks-2021", None, [
    "every section 三 and 四 value wrapped in raw U+200E LEFT-TO-RIGHT MARK characters inside <span dir=ltr> (\u200e12\u200e)",
    "section 二 values with a leading &lrm; entity; fee 0",
    "KindEditor ke-table; site clutter: 索引号/发布机构/发布日期, footer with 苏ICP备 and 网站标识码",
], active, q, rl, narrative, "outcome-total")
write("04-2022-2021-outcome-total", page, t)
print(NEW, q["total_handled"]["natural_person"])
