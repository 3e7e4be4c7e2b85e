"""07: 银川市兴庆区司法局 2025 (2021 template), planted flaw: review-total. UTF-8 page.
New markup: sections 二 and 四 are CSS display:table grids whose cells are <span>s (<div class="tb"> display:table,
<div class="tr"> display:table-row, <span class="td"> display:table-cell; no <table>, no spans, merged slots empty);
section 三 is a <table> whose label cells are split over lines by <br> ("一、本年新收政府信息<br>公开申请数量")."""
from common import *

TPL, YEAR = "2021", 2025
OFFICE = "银川市兴庆区司法局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 0, "repealed": 0, "in_force": 3},
    "licensing": {"decisions": 41},
    "penalties": {"decisions": 7},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
N = None
res = {
    "granted": [9, 2, N, N, N, N], "partial": [1, N, N, N, N, N],
    "denied_state_secret": [N] * 6, "denied_law_forbidden": [N] * 6, "denied_safety": [N] * 6,
    "denied_third_party": [2, N, N, N, N, N], "denied_internal": [N] * 6, "denied_process": [1, N, N, N, N, N],
    "denied_enforcement": [N] * 6, "denied_query": [N] * 6,
    "unable_not_held": [7, 1, N, N, 1, N], "unable_needs_creation": [1, N, N, N, N, N], "unable_unclear": [N] * 6,
    "rejected_petition": [4, N, N, N, N, N], "rejected_duplicate": [N] * 6, "rejected_publication": [N] * 6,
    "rejected_excessive": [N] * 6, "rejected_confirm": [1, N, N, N, N, N],
    "other_no_correction": [2, N, N, N, N, N], "other_no_fee": [N] * 6, "other_misc": [N] * 6,
}
q = section3(TPL, [1, N, N, N, N, N], res, [2, N, N, N, N, N], total_zero=True)
rl = section4([4, 1, 0, 1], [3, 1, 0, 2], [1, 0, 0, 1])
# planted flaw (review-total): 未经复议直接起诉 3 维持 + 1 纠正 + 0 其他 + 2 尚未审结 printed with 总计 5 (worked out 6);
# the prose's lawsuit figure (7) is the printed 5 + 2, so no narrative mismatch
rl["litigation_direct"]["total"] = 5
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 6, "lawsuits": 7}

BR = {
    "new_received": "一、本年新收政府信息<br>公开申请数量",
    "carried_over": "二、上年结转政府信息<br>公开申请数量",
    "partial": "（二）部分公开<br>（区分处理的，只计这一情形，<br>不计其他情形）",
    "denied_law_forbidden": "2.其他法律行政法规<br>禁止公开",
    "unable_needs_creation": "2.没有现成信息<br>需要另行制作",
    "rejected_confirm": "5.要求行政机关确认<br>或重新出具已获取信息",
    "other_no_correction": "1.申请人无正当理由逾期不补正、<br>行政机关不再处理其政府信息公开申请",
    "other_no_fee": "2.申请人逾期未按收费通知要求<br>缴纳费用、行政机关不再处理其<br>政府信息公开申请",
    "carried_forward": "四、结转下年度<br>继续办理",
}


def grid(rows):
    return '<div class="tb">\n' + "\n".join(
        '<div class="tr">' + "".join(f'<span class="td">{c}</span>' for c in r) + "</div>" for r in rows) + "\n</div>"


def sec2():
    rows = []
    for cap, heads, rws in sec2_rows(TPL):
        rows.append([cap, "", "", ""])
        rows.append(["信息内容"] + heads + [""] * (3 - len(heads)))
        for lb, k, fs in rws:
            vs = [wan(active[k][f]) if f == "amount_yuan" else num(active[k][f]) for f in fs]
            rows.append([lb] + vs + [""] * (3 - len(vs)))
    return grid(rows)


def sec3():
    corner = "（本列数据的勾稽关系为：<br>第一项加第二项之和，<br>等于第三项加第四项之和）"
    h = [f'<tr><td colspan="3" rowspan="3">{corner}</td><td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他<br>组织</td><td rowspan="2">总计</td></tr>',
         "<tr>" + "".join(f"<td>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]
    L = dict(BR)
    L["other_misc"] = LABEL["other_misc"]
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    body = body3(TPL, q, val, labels=L, lab=lambda s: s.replace("本年度办理结果", "本年度<br>办理结果"))
    return '<table class="t3" border="1" cellspacing="0">\n' + "\n".join(h + body) + "\n</table>"


def sec4():
    h = [["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
         [RESULT4NAME[x] for x in RESULTS4] + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
         [""] * 5 + [RESULT4NAME[x] for x in RESULTS4] * 2]
    return grid(h + [[num(rl[g][x]) for g in GROUPS4 for x in RESULTS4]])


P = lambda s: f"<p>{s}</p>"
body = f"""
<h1>{TITLE}</h1>
{P("本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制，所列数据统计期限为2025年1月1日至2025年12月31日。")}
<h3>一、总体情况</h3>
{P("2025年，兴庆区司法局围绕法治政府建设、公共法律服务、人民调解等工作，持续做好政府信息公开。")}
{P(f"全年共收到政府信息公开申请{NEW}件，全部在法定期限内予以答复。")}
{P("全年被申请行政复议6件，被提起行政诉讼7件。")}
<h3>二、主动公开政府信息情况</h3>
{sec2()}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3()}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4()}
<h3>五、存在的主要问题及改进情况</h3>
{P("一是信息公开队伍人员变动较大；二是公开栏目维护不够及时。2026年将固定专人负责，每月开展自查。")}
<h3>六、其他需要报告的事项</h3>
{P("本年度未收取信息处理费，无其他需要报告的事项。")}
<p class="r">银川市兴庆区司法局<br>2026年1月16日</p>
"""

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE} - 兴庆区人民政府</title>
<style>
.tb {{ display: table; width: 100%; border-collapse: collapse; margin: 6px 0; }}
.tr {{ display: table-row; }}
.td {{ display: table-cell; border: 1px solid #888; text-align: center; padding: 3px; font-size: 13px; }}
.t3 {{ width: 100%; border-collapse: collapse; }} .t3 td {{ text-align: center; padding: 2px; }}
h1 {{ text-align: center; font-size: 20px; }} .r {{ text-align: right; }}
</style>
</head>
<body>
<div class="hd">兴庆区人民政府 <span class="wx">微信</span> <span class="wb">微博</span> <span class="app">移动端</span></div>
<div class="nv"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">政民互动</a></div>
<div class="wz">当前位置：首页 &gt; 信息公开 &gt; 年度报告</div>
<div class="xx">发布机构：兴庆区司法局 &nbsp; 发布日期：2026-01-16 &nbsp; 浏览量：389</div>
{body}
<div class="ft">兴庆区人民政府办公室主办 &nbsp; 宁ICP备11001234号 &nbsp; 宁公网安备 64010402000321号</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-span-css-tables-br-labels-2021", None, [
    "UTF-8 with <meta charset=\"utf-8\">",
    "sections 二 and 四 are CSS display:table grids of <span class=\"td\"> cells (display:table-cell) inside <div class=\"tr\"> rows (display:table-row) inside <div class=\"tb\"> (display:table), rules in <style>; no <table>, no spans: section 二 captions then three empty cells, single-value rows a value then two empty cells; section 四 header words only in their first column",
    "section 三 is a <table> whose label cells are split over lines by <br>: corner note in three lines, \"一、本年新收政府信息<br>公开申请数量\", \"（二）部分公开<br>（区分处理的，只计这一情形，<br>不计其他情形）\", \"三、本年度<br>办理结果\", the long sub-rows, \"四、结转下年度<br>继续办理\"; header \"法人或其他<br>组织\"",
    "section 三: applicant cells with nothing counted blank, 总计 always printed (0 on empty rows); 规章 row blank; fee 0 (万元); section 四 zeros 0",
    "site clutter: header with 微信/微博/移动端, nav, 当前位置, 发布机构/发布日期/浏览量, footer with 宁ICP备",
], active, q, rl, narrative, "review-total")
write("07-2025-2021-review-total", page, t)
print(NEW)
