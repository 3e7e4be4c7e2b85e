"""10: 昆明市官渡区市场监督管理局 2022 (2021 template), planted flaw: narrative-mismatch.
New markup: section 三 with an extra right-hand 备注 column (header cell rowspan 3 after 申请人情况), empty in most
rows, with notes in three: "均已书面告知申请人" (（四）1), "其中2件为同一申请人提出" (（五）2), "含延期答复4件" (（七）总计).
Section 四 likewise ends with a 备注 column (rowspan 3 head, empty data cell)."""
from common import *

TPL, YEAR = "2021", 2022
OFFICE = "昆明市官渡区市场监督管理局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 0, "repealed": 2, "in_force": 6},
    "licensing": {"decisions": 15873},
    "penalties": {"decisions": 642},
    "enforcement": {"decisions": 38},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [26, 9, 0, 0, 1, 0], "partial": [7, 2, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [1, 0, 0, 0, 0, 0], "denied_safety": Z,
    "denied_third_party": [5, 3, 0, 0, 0, 0], "denied_internal": Z, "denied_process": [2, 1, 0, 0, 0, 0],
    "denied_enforcement": [6, 1, 0, 0, 1, 0], "denied_query": [2, 0, 0, 0, 0, 0],
    "unable_not_held": [17, 4, 0, 0, 1, 0], "unable_needs_creation": [3, 1, 0, 0, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [11, 2, 0, 0, 0, 0], "rejected_duplicate": [4, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [1, 0, 0, 0, 0, 0], "rejected_confirm": [1, 0, 0, 0, 0, 0],
    "other_no_correction": [5, 1, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [2, 0, 0, 0, 0, 0],
}
q = section3(TPL, [4, 1, 0, 0, 0, 0], res, [6, 2, 0, 0, 0, 0])
rl = section4([3, 1, 1, 1], [2, 0, 0, 1], [1, 0, 0, 0])
NEW = q["new_received"]["total"]
# planted flaw (narrative-mismatch): the prose says 申请{NEW - 6}件 where the table's 一、本年新收
# 总计 is 125 and the prose says 119; reviews (6) and lawsuits (4) agree with the table
SAID = NEW - 6
narrative = {"new_requests": SAID, "reviews": 6, "lawsuits": 4}
NOTES = {"unable_not_held": "均已书面告知申请人", "rejected_duplicate": "其中2件为同一申请人提出", "total_handled": "含延期答复4件"}


def sec2():
    rows = sec2_table(TPL, active, lambda k, f, v: wan(v) if f == "amount_yuan" else num(v))
    return '<table class="bg" border="1" cellspacing="0" cellpadding="3">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    h = head3()
    h[0] = h[0].replace("</tr>", '<td rowspan="3">备注</td></tr>')
    b = body3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>" + (f'<td class="bz">{NOTES.get(k, "")}</td>' if c == "total" else ""))
    return '<table class="bg" border="1" cellspacing="0" cellpadding="3">\n' + "\n".join(h + b) + "\n</table>"


def sec4():
    h = head4()
    h[0] = h[0].replace("</tr>", '<td rowspan="3">备注</td></tr>')
    rows = h + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "<td></td></tr>"]
    return '<table class="bg" border="1" cellspacing="0" cellpadding="3">\n' + "\n".join(rows) + "\n</table>"


body = f"""
<div class="xl-title">{TITLE}</div>
<div class="xl-info">发布时间：2023-01-29　来源：官渡区市场监督管理局　访问次数：733</div>
<div class="xl-con">
<p>本年度报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制，报告所列数据统计期限为2022年1月1日至2022年12月31日。</p>
<h3>一、总体情况</h3>
<p>2022年，官渡区市场监管局围绕稳市场主体、保食品药品安全、优化营商环境，及时准确公开政府信息。</p>
<p>依申请公开方面，年内共新收政府信息公开申请{SAID}件，上年结转5件。监督保障方面，全年因政府信息公开被申请行政复议6件，被提起行政诉讼4件。</p>
<h3>二、主动公开政府信息情况</h3>
{sec2()}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3()}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4()}
<h3>五、存在的主要问题及改进情况</h3>
<p>行政处罚决定公开存在滞后现象。2023年将把公开时限纳入执法案卷评查内容。</p>
<h3>六、其他需要报告的事项</h3>
<p>本年度未收取信息处理费。</p>
</div>"""

page = f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>{TITLE}-昆明市官渡区人民政府</title>
<style>
.xl-title{{font-size:22px;text-align:center;font-weight:bold}} .xl-info{{text-align:center;color:#999}}
table.bg{{width:100%;border-collapse:collapse}} table.bg td{{text-align:center;font-size:13px}} td.bz{{font-size:12px;text-align:left}}
</style>
</head>
<body>
<div class="header">昆明市官渡区人民政府 <a href="#">首页</a> <a href="#">信息公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进官渡</a></div>
<div class="weizhi">当前位置：首页 &gt; 信息公开 &gt; 政府信息公开年报</div>
{body}
<div class="footer">主办单位：昆明市官渡区人民政府办公室　滇ICP备05005678号　滇公网安备53011102000345号　网站标识码：5301110001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-remarks-column-2021", None, [
    "section 三 with an extra right-hand 备注 column (head rowspan 3 after 申请人情况): empty except （四）1 \"均已书面告知申请人\", （五）2 \"其中2件为同一申请人提出\", （七）总计 \"含延期答复4件\" (the notes are not values)",
    "section 四 also ends with a 备注 column (head rowspan 3; empty data cell)",
    "zeros typed 0; fee 0; 行政许可 15873",
    "site clutter: header links, 当前位置, 发布时间/来源/访问次数, footer with 滇ICP备 and 网站标识码",
], active, q, rl, narrative, "narrative-mismatch")
write("10-2022-2021-narrative-mismatch", page, t)
print(NEW, SAID)
