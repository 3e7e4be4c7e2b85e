"""03: 南宁市青秀区人民政府 2021 (2021 template), sound.
New markup: zeros typed as the Chinese numeral zero "〇" (U+3007) in every table; result rows where nothing happened
are "—" in all seven cells (blank: null in truth); section 四 zeros "〇"; section 二 zeros "〇"."""
from common import *

TPL, YEAR = "2021", 2021
OFFICE = "南宁市青秀区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 4, "repealed": 1, "in_force": 23},
    "licensing": {"decisions": 4318},
    "penalties": {"decisions": 926},
    "enforcement": {"decisions": 58},
    "fees": {"amount_yuan": 0},
}
N = [None] * 6
res = {
    "granted": [71, 8, 0, 0, 2, 1], "partial": [9, 1, 0, 0, 0, 0],
    "denied_state_secret": N, "denied_law_forbidden": N, "denied_safety": [1, 0, 0, 0, 0, 0],
    "denied_third_party": [5, 1, 0, 0, 0, 0], "denied_internal": [2, 0, 0, 0, 0, 0], "denied_process": [4, 0, 0, 0, 0, 0],
    "denied_enforcement": [1, 0, 0, 0, 0, 0], "denied_query": N,
    "unable_not_held": [33, 4, 0, 1, 1, 0], "unable_needs_creation": [6, 0, 0, 0, 0, 0], "unable_unclear": [3, 0, 0, 0, 0, 0],
    "rejected_petition": [8, 1, 0, 0, 0, 0], "rejected_duplicate": [5, 0, 0, 0, 0, 0], "rejected_publication": N,
    "rejected_excessive": [2, 0, 0, 0, 0, 0], "rejected_confirm": N,
    "other_no_correction": [4, 0, 0, 0, 0, 0], "other_no_fee": N, "other_misc": [3, 1, 0, 0, 0, 0],
}
q = section3(TPL, [7, 1, 0, 0, 0, 0], res, [10, 2, 0, 0, 1, 0])
rl = section4([3, 1, 0, 1], [2, 0, 0, 1], [1, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 5, "lawsuits": 4}

A = 'border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%"'
sec3 = table3(TPL, q, lambda k, c: f'<td align="center">{lz(q[k][c])}</td>', attrs=A)
sec4 = table4(rl, lambda g, x: f'<td align="center">{lz(rl[g][x])}</td>', attrs=A)
sec2 = table2(TPL, active, lambda k, f, v: lz(v) if f != "amount_yuan" else (wan(v) if v else "〇"), attrs=A)

body = f"""<div class="TRS_Editor">
<p style="text-indent:2em">根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特发布本报告。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。表格中“〇”表示数量为零，“—”表示本年度未发生该情形。</p>
<p style="text-indent:2em"><strong>一、总体情况</strong></p>
<p style="text-indent:2em">2021年，青秀区紧紧围绕建设面向东盟开放合作的中心城区，全面推进基层政务公开标准化规范化。全年共接收政府信息公开申请{NEW}件，均在法定期限内办结。全年发生政府信息公开行政复议5件、行政诉讼4件。</p>
<p style="text-indent:2em"><strong>二、主动公开政府信息情况</strong></p>
{sec2}
<p style="text-indent:2em"><strong>三、收到和处理政府信息公开申请情况</strong></p>
{sec3}
<p style="text-indent:2em"><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{sec4}
<p style="text-indent:2em"><strong>五、存在的主要问题及改进情况</strong></p>
<p style="text-indent:2em">主动公开的深度和解读的质量有待提升。下一步将加强政策解读和回应关切，提升公开实效。</p>
<p style="text-indent:2em"><strong>六、其他需要报告的事项</strong></p>
<p style="text-indent:2em">本年度未收取信息处理费。无其他需要报告的事项。</p>
</div>"""
page = site(TITLE, "南宁市青秀区人民政府门户网站", ["首页", "信息公开", "法定主动公开内容", "政府信息公开年报"],
            "索引号：000014349/2022-00011　　发布日期：2022-01-21　　发布机构：青秀区人民政府办公室",
            body, "青秀区人民政府办公室主办　桂ICP备05007561号　桂公网安备45010302000617号　网站标识码：4501030002")
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-chinese-zero-dash-2021", None, [
    "every zero in sections 二, 三 and 四 printed as the Chinese numeral zero 〇 (U+3007)",
    "section 三 result rows where nothing happened print — in all seven cells (null in truth); a note under the intro says so",
    "TRS_Editor div, section headings as <p><strong>",
    "site clutter: 索引号/发布日期/发布机构, footer with 桂ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("03-2021-2021", page, t)
