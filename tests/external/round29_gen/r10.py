"""10: 海口市美兰区市场监督管理局 2022 (2021 template), flaw: narrative-mismatch.
New markup: every value of sections 三 and 四 carries its unit in a `<small>` element: "27<small>件</small>"
(zeros "0<small>件</small>" too); section 二 counts with "件" in the same way.
Flaw: the prose says 新收…申请58件, the table's 一、本年新收 总计 is 64; reviews (4) and lawsuits (2) agree."""
from common import *

TPL, YEAR = "2021", 2022
OFFICE = "海口市美兰区市场监督管理局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 0, "repealed": 0, "in_force": 2},
    "licensing": {"decisions": 8361},
    "penalties": {"decisions": 412},
    "enforcement": {"decisions": 37},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [18, 4, 0, 0, 1, 0], "partial": [4, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z,
    "denied_third_party": [3, 1, 0, 0, 0, 0], "denied_internal": Z, "denied_process": [2, 0, 0, 0, 0, 0],
    "denied_enforcement": [3, 0, 0, 0, 0, 0], "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [9, 2, 0, 0, 0, 0], "unable_needs_creation": [1, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [7, 1, 0, 0, 0, 0], "rejected_duplicate": [2, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [3, 0, 0, 0, 0, 0], "rejected_confirm": Z,
    "other_no_correction": [1, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [3, 1, 0, 0, 0, 0], res, [2, 0, 0, 0, 0, 0])
rl = section4([2, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
assert NEW == 64, NEW
narrative = {"new_requests": 58, "reviews": 4, "lawsuits": 2}

u = lambda v: f"{num(v)}<small>件</small>"
A = 'border="1" cellspacing="0" cellpadding="3" width="100%" class="mt"'
sec3 = table3(TPL, q, lambda k, c: f"<td>{u(q[k][c])}</td>", attrs=A)
sec4 = table4(rl, lambda g, x: f"<td>{u(rl[g][x])}</td>", attrs=A)
sec2 = table2(TPL, active, lambda k, f, v: wan(v) if f == "amount_yuan" else u(v), attrs=A)
body = f"""<p>　　本报告根据《中华人民共和国政府信息公开条例》规定编制，统计期限为2022年1月1日至2022年12月31日。</p>
<h3>一、总体情况</h3>
<p>　　2022年，美兰区市场监管局围绕海南自由贸易港建设，重点公开市场主体准入、“双随机、一公开”抽查结果和食品安全监督抽检信息。全年新收政府信息公开申请58件，按时办结率100%。因政府信息公开引起行政复议4件、行政诉讼2件。</p>
<h3>二、主动公开政府信息情况</h3>
{sec2}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4}
<h3>五、存在的主要问题及改进情况</h3>
<p>　　部分执法信息公开不够及时，依申请公开答复说理不够充分。2023年将完善执法信息公开流程，加强答复文书审核。</p>
<h3>六、其他需要报告的事项</h3>
<p>　　本年度未收取信息处理费。</p>"""
page = site(TITLE, "海口市美兰区人民政府", ["首页", "政务公开", "部门文件", "区市场监管局"],
            "发布时间：2023-01-18　　来源：美兰区市场监督管理局　　字号：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>",
            body, "海口市美兰区人民政府办公室主办　琼ICP备05000468号　琼公网安备46010802000163号　网站标识码：4601080001",
            head_extra="<style>.mt{border-collapse:collapse} .mt td{text-align:center} small{color:#888;margin-left:1px}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-small-units-2021", None, [
    "every value of sections 三 and 四 and every count of section 二 carries its unit in <small>: 27<small>件</small>",
    "the prose's new-request figure (58) differs from the table's 一、本年新收 总计 (64)",
    "site clutter: 发布时间/来源/字号, footer with 琼ICP备 and 网站标识码",
], active, q, rl, narrative, "narrative-mismatch")
write("10-2022-2021-narrative-mismatch", page, t)
