"""02: 太原市小店区卫生健康局 2020 (2019 template), planted flaw: balance.
New markup: a 序号 column at the left of section 三 (head cell rowspan 3, then 1…23 down the data rows), as
office templates that number every row do; section 二 rows numbered the same way ("1" … "8" before the labels, in
their own column under a 序号 head)."""
from common import *
import re

TPL, YEAR = "2019", 2020
OFFICE = "太原市小店区卫生健康局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 1, "published": 1, "total_public": 6},
    "licensing": {"prev_items": 23, "change": 1, "decisions": 1846},
    "other_services": {"prev_items": 9, "change": 0, "decisions": 312},
    "penalties": {"prev_items": 88, "change": -3, "decisions": 127},
    "enforcement": {"prev_items": 4, "change": 0, "decisions": 11},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 5, "amount_yuan": 1263000},
}
Z = [0] * 6
res = {
    "granted": [17, 3, 0, 0, 0, 0], "partial": [3, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z,
    "denied_third_party": [2, 1, 0, 0, 0, 0], "denied_internal": Z, "denied_process": [1, 0, 0, 0, 0, 0],
    "denied_enforcement": Z, "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [8, 2, 0, 0, 1, 0], "unable_needs_creation": [2, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [5, 0, 0, 0, 0, 0], "rejected_duplicate": [2, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": [2, 0, 0, 0, 0, 0],
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [3, 1, 0, 0, 0, 0])
# planted flaw (balance): 四、结转下年度继续办理 商业企业 chosen 1, printed 3, its 总计 chosen 4, printed 6 (row adds up);
# 一+二 ≠ （七）总计+四 in 商业企业 (7+0 ≠ 6+3) and 总计 (53+2 ≠ 51+6)
q["carried_forward"]["business"] = 3
q["carried_forward"]["total"] = 6
rl = section4([1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}

head = head3()
head[0] = head[0].replace("<tr>", '<tr><td rowspan="3">序号</td>', 1)
body = body3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>")
body = [r.replace("<tr>", f'<tr><td class="xh">{i + 1}</td>', 1) for i, r in enumerate(body)]
sec3 = '<table class="tab3" border="1" cellspacing="0">\n' + "\n".join(head + body) + "\n</table>"
sec4 = table4(rl, lambda g, x: f"<td>{num(rl[g][x])}</td>", attrs='class="tab4" border="1" cellspacing="0"')
rows2, n = [], 0
for r in sec2_table(TPL, active, lambda k, f, v: signed(v) if f == "change" else num(v) if f != "amount_yuan" else f"{v:,}",
                    width=4):
    if "colspan=\"4\">第二十条" in r:
        r = r.replace("<tr>", "<tr><td></td>", 1)
    elif "信息内容" in r:
        r = r.replace("<tr>", "<tr><td>序号</td>", 1)
    else:
        n += 1
        r = r.replace("<tr>", f"<tr><td>{n}</td>", 1)
    rows2.append(r)
sec2 = '<table class="tab2" border="1" cellspacing="0">\n' + "\n".join(rows2) + "\n</table>"

body = f"""<p>根据《中华人民共和国政府信息公开条例》要求，小店区卫生健康局编制了2020年政府信息公开工作年度报告。报告统计期限为2020年1月1日至2020年12月31日。</p>
<p><strong>一、总体情况</strong></p>
<p>2020年，我局围绕疫情防控、医疗机构执业许可、公共卫生服务等群众关注事项，及时主动公开政府信息。</p>
<p>本年度共受理政府信息公开申请{NEW}件，上年结转2件。被申请行政复议2件，被提起行政诉讼1件。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
{sec2}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{sec3}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{sec4}
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>疫情信息发布的格式不够统一，2021年将规范发布模板。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>本年度无其他需要报告的事项。</p>"""
page = site(TITLE, "太原市小店区人民政府", ["首页", "信息公开", "部门信息公开", "区卫健局", "年度报告"],
            "时间：2021年01月28日　来源：区卫健局　【<a href=\"#\">打印</a>】",
            body, "版权所有：太原市小店区人民政府　晋ICP备12000482号　晋公网安备14010502050311号　网站标识码：1401050002",
            head_extra="<style>table{border-collapse:collapse;width:100%} td{text-align:center;font-size:14px} td.xh{width:36px;color:#666}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-serial-number-column-2019", None, [
    "a 序号 column at the left of section 三: head cell rowspan 3, data rows numbered 1…23",
    "section 二 with a 序号 column too (1…8 before the row labels; the 第二十条 caption rows have an empty cell there)",
    "procurement in 元 with a thousands separator (1,263,000); 本年增/减 signed",
], active, q, rl, narrative, "balance")
write("02-2020-2019-balance", page, t)
