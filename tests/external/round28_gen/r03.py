"""03: 沈阳市和平区人民政府 2021 (2021 template), sound.
New markup: every ASCII digit of the table values written as a numeric character reference, as an anti-scraping
CMS filter emits them: decimal `&#49;&#50;` in section 三, hexadecimal `&#x31;&#x35;` in sections 二 and 四 (the
decimal point too, `&#46;`); the prose figures as plain digits."""
from common import *

TPL, YEAR = "2021", 2021
OFFICE = "沈阳市和平区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 4, "repealed": 2, "in_force": 31},
    "licensing": {"decisions": 12684},
    "penalties": {"decisions": 2143},
    "enforcement": {"decisions": 37},
    "fees": {"amount_yuan": 186000},
}
Z = [0] * 6
res = {
    "granted": [142, 21, 1, 0, 6, 2], "partial": [18, 4, 0, 0, 1, 0],
    "denied_state_secret": [1, 0, 0, 0, 0, 0], "denied_law_forbidden": [2, 0, 0, 0, 0, 0], "denied_safety": [1, 0, 0, 0, 0, 0],
    "denied_third_party": [9, 3, 0, 0, 0, 0], "denied_internal": [4, 0, 0, 0, 0, 0], "denied_process": [11, 2, 0, 0, 1, 0],
    "denied_enforcement": [6, 1, 0, 0, 0, 0], "denied_query": [5, 0, 0, 0, 0, 0],
    "unable_not_held": [87, 12, 0, 1, 4, 1], "unable_needs_creation": [14, 2, 0, 0, 0, 0], "unable_unclear": [8, 1, 0, 0, 0, 0],
    "rejected_petition": [23, 2, 0, 0, 0, 0], "rejected_duplicate": [16, 1, 0, 0, 1, 0], "rejected_publication": [2, 0, 0, 0, 0, 0],
    "rejected_excessive": [7, 0, 0, 0, 0, 0], "rejected_confirm": [3, 0, 0, 0, 0, 0],
    "other_no_correction": [12, 1, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [6, 1, 0, 0, 0, 0],
}
q = section3(TPL, [15, 3, 0, 0, 1, 0], res, [21, 4, 0, 0, 1, 1])
rl = section4([11, 3, 1, 2], [6, 1, 0, 3], [2, 0, 0, 1])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 17, "lawsuits": 13}


def dec(s):
    return "".join(f"&#{ord(ch)};" if ch.isdigit() or ch == "." else ch for ch in s)


def hexs(s):
    return "".join(f"&#x{ord(ch):x};" if ch.isdigit() or ch == "." else ch for ch in s)


sec3 = table3(TPL, q, lambda k, c: f"<td>{dec(num(q[k][c]))}</td>", attrs='class="gk-table" border="1"')
sec4 = table4(rl, lambda g, x: f"<td>{hexs(num(rl[g][x]))}</td>", attrs='class="gk-table" border="1"')
sec2 = table2(TPL, active, lambda k, f, v: hexs(wan(v) if f == "amount_yuan" else num(v)), attrs='class="gk-table" border="1"')

body = f"""<div class="TRS_Editor">
<p>本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限自2021年1月1日至2021年12月31日。</p>
<h4>一、总体情况</h4>
<p>2021年，和平区政府紧紧围绕“放管服”改革和疫情防控常态化，深化政务公开。全区全年共受理政府信息公开申请{NEW}件，较上年有所增加。发生政府信息公开行政复议17件，行政诉讼13件。</p>
<h4>二、主动公开政府信息情况</h4>
{sec2}
<h4>三、收到和处理政府信息公开申请情况</h4>
{sec3}
<h4>四、政府信息公开行政复议、行政诉讼情况</h4>
{sec4}
<h4>五、存在的主要问题及改进情况</h4>
<p>政策解读形式较为单一，2022年将增加图解和视频解读。</p>
<h4>六、其他需要报告的事项</h4>
<p>本年度依据《政府信息公开信息处理费管理办法》未收取信息处理费。</p>
</div>"""
page = site(TITLE, "沈阳市和平区人民政府", ["首页", "政务公开", "法定主动公开内容", "政府信息公开年报"],
            "发布时间：2022-01-25 09:30　来源：和平区政府办　阅读：<span>3,412</span>",
            body, "沈阳市和平区人民政府主办　辽ICP备05018874号　辽公网安备21010202000117号　网站标识码：2101020001",
            head_extra="<style>.gk-table{border-collapse:collapse;width:100%;font-family:SimSun} .gk-table td{border:1px solid #000;text-align:center}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-digit-char-refs-2021", None, [
    "every digit of the table values as a numeric character reference: decimal &#49;&#50; in section 三, hexadecimal &#x31; in sections 二 and 四 (also the decimal point &#46; / &#x2e;)",
    "counts in hundreds (全年受理 454); fee 18.6 (万元) = 186000",
    "TRS_Editor content div; site clutter: breadcrumb, 发布时间/来源/阅读, 打印/关闭, footer with 辽ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("03-2021-2021", page, t)
print(NEW)
