"""01: 石家庄市长安区人民政府 2019 (2019 template), sound.
New markup: every non-zero count in sections 三 and 四 is a drill-down link to the list of the requests it counts,
`<a href="/zfxxgk/ysqtj/list.jsp?nd=2019&amp;hh=12&amp;lh=3" target="_blank" title="查看明细">7</a>` (row and column
numbers, and the year, inside the href); zeros plain "0"."""
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "石家庄市长安区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 3, "published": 3, "total_public": 27},
    "licensing": {"prev_items": 214, "change": 6, "decisions": 5312},
    "other_services": {"prev_items": 58, "change": -2, "decisions": 1207},
    "penalties": {"prev_items": 326, "change": 0, "decisions": 689},
    "enforcement": {"prev_items": 17, "change": 1, "decisions": 42},
    "fees": {"prev_items": 3, "change": 0},
    "procurement": {"projects": 21, "amount_yuan": 8734500},
}
Z = [0] * 6
res = {
    "granted": [63, 9, 0, 1, 2, 0], "partial": [11, 2, 0, 0, 1, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [1, 0, 0, 0, 0, 0], "denied_safety": Z,
    "denied_third_party": [4, 1, 0, 0, 0, 0], "denied_internal": [2, 0, 0, 0, 0, 0], "denied_process": [5, 1, 0, 0, 0, 0],
    "denied_enforcement": [2, 0, 0, 0, 0, 0], "denied_query": [3, 0, 0, 0, 0, 0],
    "unable_not_held": [27, 4, 0, 0, 2, 1], "unable_needs_creation": [6, 1, 0, 0, 0, 0], "unable_unclear": [4, 0, 0, 0, 0, 0],
    "rejected_petition": [12, 1, 0, 0, 0, 0], "rejected_duplicate": [7, 0, 0, 0, 0, 0], "rejected_publication": [1, 0, 0, 0, 0, 0],
    "rejected_excessive": [3, 0, 0, 0, 0, 0], "rejected_confirm": [1, 0, 0, 0, 0, 0], "other": [5, 1, 0, 0, 0, 0],
}
q = section3(TPL, [6, 1, 0, 0, 0, 0], res, [9, 2, 0, 0, 1, 0])
rl = section4([4, 2, 0, 1], [2, 1, 0, 1], [1, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 7, "lawsuits": 5}
ROWNO = {k: i + 1 for i, k in enumerate(rows3(TPL))}


def link(v, hh, lh):
    if not v:
        return num(v)
    return (f'<a href="/zfxxgk/ysqtj/list.jsp?nd={YEAR}&amp;hh={hh}&amp;lh={lh}" target="_blank" '
            f'title="查看明细">{v}</a>')


sec3 = table3(TPL, q, lambda k, c: f'<td align="center">{link(q[k][c], ROWNO[k], COLS.index(c) + 1)}</td>',
              attrs='class="MsoTable" border="1" cellspacing="0" cellpadding="4" width="100%"')
sec4 = table4(rl, lambda g, x: f'<td align="center">{link(rl[g][x], 30 + GROUPS4.index(g), RESULTS4.index(x) + 1)}</td>',
              attrs='border="1" cellspacing="0" cellpadding="4" width="100%"')
sec2 = table2(TPL, active, lambda k, f, v: wan(v) + "万元" if f == "amount_yuan" else signed(v) if f == "change" else num(v))

body = f"""<p>　　根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布长安区人民政府2019年政府信息公开工作年度报告。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。</p>
<h3>一、总体情况</h3>
<p>　　2019年，长安区认真贯彻新修订的《条例》，围绕优化营商环境、脱贫攻坚和民生保障，扎实推进政府信息公开工作。</p>
<p>　　全年共收到政府信息公开申请{NEW}件，全部在法定期限内答复。因政府信息公开引起行政复议7件，行政诉讼5件。点击表格中的数字可查看对应申请的办理明细。</p>
<h3>二、主动公开政府信息情况</h3>
{sec2}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4}
<h3>五、存在的主要问题及改进情况</h3>
<p>　　部分街道公开内容更新不及时。2020年将加强业务培训和日常考核。</p>
<h3>六、其他需要报告的事项</h3>
<p>　　无。</p>"""
page = site(TITLE, "石家庄市长安区人民政府网", ["首页", "政务公开", "政府信息公开年报"],
            "发布日期：2020-01-20　　信息来源：区政府办公室　　字号：【大 中 小】　　浏览次数：<span id=\"hits\">2187</span>",
            body, "主办：石家庄市长安区人民政府办公室　冀ICP备05012873号-1　冀公网安备13010202000214号　网站标识码：1301020001<br>地址：石家庄市长安区中山东路",
            head_extra="<style>.article{width:1000px;margin:0 auto} table{border-collapse:collapse} td a{color:#05c;text-decoration:underline}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-drilldown-links-2019", None, [
    "every non-zero count in sections 三 and 四 is an <a href> drill-down link whose href carries the year, row and column numbers (nd=2019&hh=12&lh=3); zeros plain 0",
    "procurement printed in 万元 (873.45万元); 本年增/减 signed +6 / -2 / 0",
    "site clutter: top bar, nav, breadcrumb, 发布日期/信息来源/字号/浏览次数, 打印/关闭, footer with 冀ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("01-2019-2019", page, t)
