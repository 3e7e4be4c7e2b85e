"""06: 福州市鼓楼区教育局 2024 (2021 template), planted flaw: row-total.
New markup: a corrected report (更正) that shows its corrections as revision marks: the old figure in `<del>`, the
new one in `<ins>` in the same cell (`<td><del>19</del><ins>21</ins></td>`), with a note under the title; the value is
the `<ins>` one. Five cells are marked: 一、本年新收 自然人 and 总计, （一）予以公开 自然人 and 总计, and （四）1 总计."""
from common import *

TPL, YEAR = "2021", 2024
OFFICE = "福州市鼓楼区教育局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 1, "repealed": 0, "in_force": 5},
    "licensing": {"decisions": 64},
    "penalties": {"decisions": 2},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [21, 2, 0, 1, 0, 0], "partial": [4, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [3, 0, 0, 0, 0, 0],
    "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": [2, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": [2, 0, 0, 0, 0, 0],
    "unable_not_held": [9, 1, 0, 0, 0, 0], "unable_needs_creation": [1, 0, 0, 0, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [5, 0, 0, 0, 0, 0], "rejected_duplicate": [2, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z,
    "other_no_correction": [3, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [3, 0, 0, 0, 0, 0])
# planted flaw (row-total): （四）1.本机关不掌握 总计 worked out 10, printed 11 (in the <ins>, the <del> shows 10);
# （五）1.信访举报投诉类 总计 worked out 5, printed 4; the 总计 column still sums to （七）总计 60.
q["unable_not_held"]["total"] += 1
q["rejected_petition"]["total"] -= 1
rl = section4([1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 1, "lawsuits": 1}
OLD = {("new_received", "natural_person"): q["new_received"]["natural_person"] - 2,
       ("new_received", "total"): q["new_received"]["total"] - 2,
       ("granted", "natural_person"): q["granted"]["natural_person"] - 2,
       ("granted", "total"): q["granted"]["total"] - 2,
       ("unable_not_held", "total"): q["unable_not_held"]["total"] - 1}


def cell3(k, c):
    v = num(q[k][c])
    if (k, c) in OLD:
        return f'<td><del cite="#gz" datetime="2025-02-10">{OLD[(k, c)]}</del><ins cite="#gz" datetime="2025-02-10">{v}</ins></td>'
    return f"<td>{v}</td>"


sec3 = table3(TPL, q, cell3, attrs='border="1" cellspacing="0" cellpadding="2"')
sec4 = table4(rl, lambda g, x: f"<td>{num(rl[g][x])}</td>", attrs='border="1" cellspacing="0" cellpadding="2"')
sec2 = table2(TPL, active, attrs='border="1" cellspacing="0" cellpadding="2"')

body = f"""<p class="gz" id="gz">【更正说明】2025年2月10日，经核对，对本报告表三中部分数据进行更正，删除线为原数据，下划线为更正后数据。</p>
<p>根据《中华人民共和国政府信息公开条例》规定，现公布鼓楼区教育局2024年政府信息公开工作年度报告。</p>
<p><b>一、总体情况</b></p>
<p>2024年，区教育局围绕招生入学、校外培训监管、教育收费等社会关注热点，及时准确公开信息。全年共收到政府信息公开申请{NEW}件。被申请行政复议1件，被提起行政诉讼1件。</p>
<p><b>二、主动公开政府信息情况</b></p>
{sec2}
<p><b>三、收到和处理政府信息公开申请情况</b></p>
{sec3}
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4}
<p><b>五、存在的主要问题及改进情况</b></p>
<p>统计口径把关不严，导致年报数据出现差错。今后将建立数据复核机制。</p>
<p><b>六、其他需要报告的事项</b></p>
<p>无。</p>"""
page = site(TITLE, "福州市鼓楼区人民政府", ["首页", "政务公开", "部门信息公开", "区教育局", "年度报告"],
            "发布时间：2025-01-22（2025-02-10更正）　来源：区教育局　浏览量：806",
            body, "福州市鼓楼区人民政府办公室主办　闽ICP备05001892号　闽公网安备35010202000478号　网站标识码：3501020002",
            head_extra="<style>del{color:#c00} ins{color:#06c} table{border-collapse:collapse;width:100%} td{text-align:center}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-del-ins-corrections-2021", None, [
    "a corrected report: five section 三 cells hold the old figure in <del> and the new one in <ins> (value = the <ins>), with a 更正说明 note",
    "zeros typed 0; fee 0",
    "site clutter: breadcrumb, 发布时间（更正）/来源/浏览量, footer with 闽ICP备 and 网站标识码",
], active, q, rl, narrative, "row-total")
write("06-2024-2021-row-total", page, t)
print(NEW, q["total_handled"]["total"], q["unable_not_held"], q["rejected_petition"]["total"])
