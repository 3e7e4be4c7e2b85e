"""05: 合肥市蜀山区人民政府 2023 (2021 template), sound.
New markup: each of the six parts is a foldable `<details open>` block whose `<summary>` is the heading (the page
lets readers fold parts); numbers of four digits and more written with a FULL-WIDTH comma as the thousands separator
("1，302", "14，876") in sections 二 and 三 and in the prose."""
from common import *

TPL, YEAR = "2021", 2023
OFFICE = "合肥市蜀山区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 6, "repealed": 3, "in_force": 48},
    "licensing": {"decisions": 14876},
    "penalties": {"decisions": 3251},
    "enforcement": {"decisions": 1024},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [486, 57, 2, 1, 11, 3], "partial": [64, 9, 0, 0, 2, 0],
    "denied_state_secret": [1, 0, 0, 0, 0, 0], "denied_law_forbidden": [3, 0, 0, 0, 0, 0], "denied_safety": [2, 0, 0, 0, 0, 0],
    "denied_third_party": [26, 5, 0, 0, 1, 0], "denied_internal": [7, 1, 0, 0, 0, 0], "denied_process": [19, 3, 0, 0, 0, 0],
    "denied_enforcement": [11, 2, 0, 0, 0, 0], "denied_query": [8, 1, 0, 0, 0, 0],
    "unable_not_held": [298, 36, 1, 0, 9, 2], "unable_needs_creation": [41, 4, 0, 0, 1, 0], "unable_unclear": [23, 2, 0, 0, 0, 0],
    "rejected_petition": [67, 5, 0, 0, 0, 1], "rejected_duplicate": [52, 3, 0, 0, 1, 0], "rejected_publication": [4, 0, 0, 0, 0, 0],
    "rejected_excessive": [38, 0, 0, 0, 0, 0], "rejected_confirm": [6, 1, 0, 0, 0, 0],
    "other_no_correction": [44, 4, 0, 0, 1, 0], "other_no_fee": Z, "other_misc": [17, 2, 0, 0, 0, 0],
}
q = section3(TPL, [58, 6, 0, 0, 2, 0], res, [73, 9, 0, 0, 1, 1])
rl = section4([21, 6, 2, 5], [9, 2, 1, 4], [4, 1, 0, 2])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 34, "lawsuits": 23}


def fc(v):
    return num(v, sep=True).replace(",", "，")


sec3 = table3(TPL, q, lambda k, c: f"<td>{fc(q[k][c])}</td>", attrs='border="1" cellspacing="0" width="100%"')
sec4 = table4(rl, lambda g, x: f"<td>{num(rl[g][x])}</td>", attrs='border="1" cellspacing="0" width="100%"')
sec2 = table2(TPL, active, lambda k, f, v: wan(v) if f == "amount_yuan" else fc(v), attrs='border="1" cellspacing="0" width="100%"')


def part(h, inner):
    return f'<details open class="part">\n<summary><b>{h}</b></summary>\n{inner}\n</details>'


body = "\n".join([
    "<p>本报告根据《中华人民共和国政府信息公开条例》规定编制。统计期限为2023年1月1日至2023年12月31日。如对本报告有疑问，请联系区政务公开办，电话：0551-65313906。</p>",
    part("一、总体情况", f"<p>2023年，蜀山区持续推进基层政务公开标准化规范化。全年共收到政府信息公开申请{fc(NEW)}件，比上年增长8.6%。因政府信息公开引起的行政复议案件34件，行政诉讼案件23件。</p>"),
    part("二、主动公开政府信息情况", sec2),
    part("三、收到和处理政府信息公开申请情况", sec3),
    part("四、政府信息公开行政复议、行政诉讼情况", sec4),
    part("五、存在的主要问题及改进情况", "<p>依申请公开数量大、类型多，答复质量参差不齐。2024年将完善答复文书模板库。</p>"),
    part("六、其他需要报告的事项", "<p>本年度未收取信息处理费。</p>"),
])
page = site(TITLE, "合肥市蜀山区人民政府", ["首页", "信息公开", "政府信息公开年报"],
            "信息索引号：11340104003144822W/202401-00007　发布时间：2024-01-19　浏览次数：1562　<a href=\"#\">收起全部</a>",
            body, "蜀山区人民政府办公室主办　皖ICP备05015127号　皖公网安备34010402700219号　网站标识码：3401040001",
            head_extra="<style>details.part{margin:10px 0} summary{cursor:pointer;font-size:16px} table{border-collapse:collapse} td{text-align:center}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-details-fullwidth-comma-2021", None, [
    "each of the six parts a <details open> block with its heading in <summary><b>",
    "numbers of four digits and more with a FULL-WIDTH comma as thousands separator (1，302) in sections 二 and 三 and the prose",
    "site clutter: 信息索引号/发布时间/浏览次数, a phone number in the intro, footer with 皖ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("05-2023-2021", page, t)
print(NEW, q["total_handled"]["total"])
