"""08: 兰州市城关区人民政府 2019 (2019 template), flaw: review-total.
New markup: negative 本年增/减 written with a NON-BREAKING HYPHEN U+2011 as the minus ("‑5", the word processor's
Ctrl+Shift+- habit), positive changes unsigned; every value of sections 二, 三 and 四 wrapped in a legacy `<nobr>`
element; 政府集中采购 amount "2,847.6万元".
Flaw: 行政复议 4+1+0+2 = 7, 总计 printed 8 (the prose's 行政复议8件 follows the printed 8)."""
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "兰州市城关区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 4, "published": 4, "total_public": 35},
    "licensing": {"prev_items": 246, "change": -5, "decisions": 7384},
    "other_services": {"prev_items": 91, "change": 3, "decisions": 1955},
    "penalties": {"prev_items": 508, "change": -12, "decisions": 2176},
    "enforcement": {"prev_items": 26, "change": -1, "decisions": 93},
    "fees": {"prev_items": 4, "change": -1},
    "procurement": {"projects": 46, "amount_yuan": 28476000},
}
Z = [0] * 6
res = {
    "granted": [102, 11, 0, 1, 2, 0], "partial": [14, 2, 0, 0, 0, 0],
    "denied_state_secret": [1, 0, 0, 0, 0, 0], "denied_law_forbidden": [1, 0, 0, 0, 0, 0], "denied_safety": Z,
    "denied_third_party": [7, 1, 0, 0, 0, 0], "denied_internal": [3, 0, 0, 0, 0, 0], "denied_process": [9, 1, 0, 0, 0, 0],
    "denied_enforcement": [4, 0, 0, 0, 0, 0], "denied_query": [2, 0, 0, 0, 0, 0],
    "unable_not_held": [46, 5, 0, 0, 3, 1], "unable_needs_creation": [8, 1, 0, 0, 0, 0], "unable_unclear": [6, 0, 0, 0, 0, 0],
    "rejected_petition": [19, 1, 0, 0, 0, 0], "rejected_duplicate": [13, 0, 0, 0, 0, 0], "rejected_publication": [1, 0, 0, 0, 0, 0],
    "rejected_excessive": [5, 0, 0, 0, 0, 0], "rejected_confirm": [2, 0, 0, 0, 0, 0], "other": [9, 1, 0, 0, 1, 0],
}
q = section3(TPL, [11, 2, 0, 0, 0, 0], res, [15, 1, 0, 0, 1, 0])
rl = section4([4, 1, 0, 2], [3, 1, 1, 1], [2, 0, 0, 1])
assert rl["review"]["total"] == 7
rl["review"]["total"] = 8   # the flaw: printed 8 (4+1+0+2 = 7)
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 8, "lawsuits": 9}

nb = lambda s: f"<nobr>{s}</nobr>"
A = 'border="1" cellspacing="0" cellpadding="3" width="100%" bordercolor="#999999" style="border-collapse:collapse"'
sec3 = table3(TPL, q, lambda k, c: f'<td align="center">{nb(num(q[k][c]))}</td>', attrs=A)
sec4 = table4(rl, lambda g, x: f'<td align="center">{nb(num(rl[g][x]))}</td>', attrs=A)
sec2 = table2(TPL, active, lambda k, f, v: nb(f"{v / 10000:,.1f}万元" if f == "amount_yuan" else nbh(v) if f == "change" else num(v)), attrs=A)
body = f"""<p>　　根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求，城关区人民政府办公室编制了本报告。本报告所列数据统计期限自2019年1月1日起至2019年12月31日止。</p>
<p><b>一、总体情况</b></p>
<p>　　2019年，城关区以新修订的《条例》施行为契机，加强政务公开平台建设，规范依申请公开办理流程。全年共收到政府信息公开申请{NEW}件。全区因政府信息公开引起行政复议8件、行政诉讼9件。</p>
<p><b>二、主动公开政府信息情况</b></p>
{sec2}
<p><b>三、收到和处理政府信息公开申请情况</b></p>
{sec3}
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4}
<p><b>五、存在的主要问题及改进情况</b></p>
<p>　　一是公开内容与群众需求还有差距；二是部分部门对新《条例》理解不够深入。2020年将持续开展培训，完善考核机制。</p>
<p><b>六、其他需要报告的事项</b></p>
<p>　　无。</p>"""
page = site(TITLE, "兰州市城关区人民政府", ["首页", "政务公开", "政府信息公开年报"],
            "发布日期：2020-01-31　　来源：城关区政府办　　作者：区政务公开办",
            body, "兰州市城关区人民政府办公室　主办　陇ICP备05002016号　甘公网安备62010202000275号　网站标识码：6201020001")
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-nbhyphen-nobr-2019", None, [
    "negative 本年增/减 written with a non-breaking hyphen U+2011 as the minus (‑5, ‑12, ‑1), positive changes unsigned (3)",
    "every table value wrapped in a legacy <nobr> element",
    "procurement printed in 万元 with a thousands separator and one decimal (2,847.6万元)",
    "site clutter: 发布日期/来源/作者, footer with 陇ICP备 and 网站标识码",
], active, q, rl, narrative, "review-total")
write("08-2019-2019-review-total", page, t)
