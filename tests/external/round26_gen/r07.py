"""07: 青岛市市南区卫生健康局 2025 (2021 template), sound. UTF-8 page.
New markup: a "responsive table" plug-in's markup: every section 三 and 四 value cell holds a hidden label
<span class="rt-th">自然人</span> (or "行政复议·结果维持") before the number, hidden by the page's CSS
(.rt-th{display:none}) and shown only on narrow screens (@media); row labels are <th scope="row">; the report is
split into <section> elements with <h2>; section 二's value cells carry data-label attributes."""
from common import *

TPL, YEAR = "2021", 2025
OFFICE = "青岛市市南区卫生健康局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 1, "repealed": 1, "in_force": 4},
    "licensing": {"decisions": 1187},
    "penalties": {"decisions": 92},
    "enforcement": {"decisions": 5},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [19, 3, 0, 1, 0, 0], "partial": [3, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [4, 0, 0, 0, 0, 0],
    "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": [2, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [8, 2, 0, 0, 0, 0], "unable_needs_creation": [2, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [4, 0, 0, 0, 0, 0], "rejected_duplicate": [3, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": [1, 0, 0, 0, 0, 0],
    "other_no_correction": [2, 1, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": Z,
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [3, 1, 0, 0, 0, 0])
rl = section4([2, 1, 0, 1], [1, 0, 1, 0], [1, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 4, "lawsuits": 3}
GNAME = {"review": "行政复议", "litigation_direct": "未经复议直接起诉", "litigation_after_review": "复议后起诉"}


def sec2():
    heads = {}
    def cell(k, f, v):
        return wan(v) if f == "amount_yuan" else num(v)
    rows = sec2_table(TPL, active, cell, td="th", caption_tag="th")
    rows = [r.replace("<tr><td>", '<tr><th scope="row">', 1).replace("</td><td", "</th><td", 1) if r.startswith("<tr><td>") else r
            for r in rows]
    return '<table class="rt">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    val = lambda k, c: f'<td><span class="rt-th">{COLNAME[c]}</span>{num(q[k][c])}</td>'
    b = body3(TPL, q, val, td="th")
    b = [r.replace("<th", '<th scope="row"') for r in b]
    return '<table class="rt">\n<thead>\n' + "\n".join(head3("th", th_scope=True)) + "\n</thead>\n<tbody>\n" + "\n".join(b) + "\n</tbody>\n</table>"


def sec4():
    rows = head4("th") + ["<tr>" + "".join(f'<td><span class="rt-th">{GNAME[g]}·{RESULT4NAME[x]}</span>{num(rl[g][x])}</td>'
                                         for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="rt">\n' + "\n".join(rows) + "\n</table>"


S = lambda h, inner: f"<section>\n<h2>{h}</h2>\n{inner}\n</section>"
body = "\n".join([
    S("一、总体情况", f"""<p>2025年，市南区卫生健康局围绕医疗服务、公共卫生、健康促进等工作，持续做好政府信息公开。</p>
<p>依申请公开方面，全年共接收政府信息公开申请{NEW}件，均在法定期限内办结或依法延期。</p>
<p>全年因政府信息公开工作被申请行政复议4件；行政诉讼案件共3件，其中复议后起诉1件。</p>"""),
    S("二、主动公开政府信息情况", sec2()),
    S("三、收到和处理政府信息公开申请情况", sec3()),
    S("四、政府信息公开行政复议、行政诉讼情况", sec4()),
    S("五、存在的主要问题及改进情况", "<p>公开内容与群众需求的契合度还需提升。2026年将开展公开需求调查。</p>"),
    S("六、其他需要报告的事项", "<p>本年度未收取信息处理费。</p>"),
])

page = f"""<!doctype html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>{TITLE} - 青岛市市南区人民政府</title>
<style>
.rt{{width:100%;border-collapse:collapse;margin:6px 0}} .rt th,.rt td{{border:1px solid #999;padding:3px;text-align:center;font-weight:normal}}
.rt-th{{display:none}}
@media (max-width:640px){{.rt td{{display:block;text-align:left}} .rt-th{{display:inline-block;width:8em;color:#888}}}}
h1{{font-size:22px;text-align:center}} h2{{font-size:16px}}
</style>
</head>
<body>
<div class="topbar">青岛市市南区人民政府门户网站 <a href="#">手机版</a> <a href="#">长者模式</a> <a href="#">English</a></div>
<nav class="menu"><a href="#">首页</a> <a href="#">新闻中心</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></nav>
<div class="bread">首页 › 政务公开 › 政府信息公开 › 年度报告</div>
<main>
<h1>{TITLE}</h1>
<div class="meta"><span>发布日期：2026-01-23</span> <span>信息来源：市南区卫生健康局</span> <span>浏览次数：<em>262</em></span> <span><a href="#">打印</a></span></div>
<section class="intro"><p>本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2025年1月1日至2025年12月31日。</p></section>
{body}
<p class="sign" style="text-align:right">青岛市市南区卫生健康局<br>2026年1月23日</p>
</main>
<footer>青岛市市南区人民政府办公室主办　鲁ICP备05008765号-2　网站标识码：3702020001　服务热线：0532-82871234</footer>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-responsive-hidden-labels-2021", None, [
    "UTF-8 (<meta charset=\"UTF-8\">), HTML5, the report in <main> with one <section> per heading (<h2>)",
    "responsive-table markup: every section 三 value cell <td><span class=\"rt-th\">自然人</span>12</td> (the column name), every section 四 value cell <span class=\"rt-th\">行政复议·结果维持</span>2; .rt-th is display:none in the page's CSS (shown only under @media max-width:640px), so the label is not part of the value",
    "section 三 heads <th scope=col/colgroup> in <thead>, row labels <th scope=\"row\"> in <tbody>; section 二 row labels <th scope=\"row\">",
    "zeros typed 0; fee 0",
    "site clutter: top bar, nav, breadcrumb with ›, meta line (发布日期, 浏览次数 262), footer with 鲁ICP备, 网站标识码, hotline",
], active, q, rl, narrative, None)
write("07-2025-2021", page, t)
print(NEW)
