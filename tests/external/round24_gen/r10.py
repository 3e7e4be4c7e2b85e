"""10: 昆明市盘龙区人民政府 2023 (2021 template), planted flaw: narrative-mismatch.
New markup: section 三 with ONE label column and a <tbody> per group: each group opens with a value-less heading row
(<th colspan="8" class="grp">) — 三、本年度办理结果, （三）不予公开, （四）无法提供, （五）不予处理, （六）其他处理 — and its sub-rows
carry only their own label indented with ideographic spaces ("　　1.属于国家秘密"); header in <thead> with the corner note
rowspan 3 in the single label column."""
from common import *

TPL, YEAR = "2021", 2023
OFFICE = "昆明市盘龙区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 7, "repealed": 3, "in_force": 96},
    "licensing": {"decisions": 15384},
    "penalties": {"decisions": 2741},
    "enforcement": {"decisions": 63},
    "fees": {"amount_yuan": 12300},
}
Z = [0] * 6
res = {
    "granted": [168, 27, 1, 2, 5, 2], "partial": [31, 6, 0, 0, 1, 0],
    "denied_state_secret": [1, 0, 0, 0, 0, 0], "denied_law_forbidden": [3, 0, 0, 0, 0, 0], "denied_safety": Z,
    "denied_third_party": [9, 3, 0, 0, 0, 0], "denied_internal": [4, 0, 0, 0, 0, 0],
    "denied_process": [11, 2, 0, 0, 1, 0], "denied_enforcement": [2, 0, 0, 0, 0, 0], "denied_query": [6, 1, 0, 0, 0, 0],
    "unable_not_held": [142, 21, 0, 1, 3, 1], "unable_needs_creation": [29, 4, 0, 0, 0, 0],
    "unable_unclear": [12, 1, 0, 0, 0, 0],
    "rejected_petition": [38, 2, 0, 0, 0, 1], "rejected_duplicate": [17, 3, 0, 0, 0, 0],
    "rejected_publication": [2, 0, 0, 0, 0, 0], "rejected_excessive": [6, 0, 0, 0, 0, 0],
    "rejected_confirm": [4, 1, 0, 0, 0, 0],
    "other_no_correction": [21, 3, 0, 0, 1, 0], "other_no_fee": [1, 0, 0, 0, 0, 0], "other_misc": [7, 1, 0, 0, 0, 0],
}
q = section3(TPL, [19, 3, 0, 0, 1, 0], res, [27, 4, 0, 0, 1, 0])
rl = section4([9, 3, 1, 2], [5, 1, 0, 2], [2, 0, 1, 1])
NEW = q["new_received"]["total"]
# planted flaw (narrative-mismatch): the prose gives the new requests with two digits swapped
swapped = int(str(NEW)[0] + str(NEW)[2] + str(NEW)[1])
assert swapped != NEW
narrative = {"new_requests": swapped, "reviews": 15, "lawsuits": 12}

IND = "　　"


def sec2():
    rows = []
    for cap, heads, rws, keys in sec2_spec(TPL):
        rows.append(f'<tr><th colspan="4" class="grp">{cap}</th></tr>')
        if len(heads) == 1:
            rows.append(f'<tr><th>信息内容</th><th colspan="3">{heads[0]}</th></tr>')
        else:
            rows.append("<tr><th>信息内容</th>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr>")
        for lab, k in rws:
            vs = [num(active[k][f]) if f != "amount_yuan" else "1.23" for f in keys]
            if len(vs) == 1:
                rows.append(f'<tr><td class="lb">{lab}</td><td colspan="3">{vs[0]}</td></tr>')
            else:
                rows.append(f'<tr><td class="lb">{lab}</td>' + "".join(f"<td>{v}</td>" for v in vs) + "</tr>")
    return '<table class="data">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    head = [f'<tr><th rowspan="3" class="corner">{CORNER}</th><th colspan="7">申请人情况</th></tr>',
            '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>',
            "<tr>" + "".join(f"<th>{COLNAME[c]}</th>" for c in APPL[1:]) + "</tr>"]
    row = lambda lab, k: f'<tr><td class="lb">{lab}</td>' + "".join(f"<td>{num(q[k][c])}</td>" for c in COLS) + "</tr>"
    grp = lambda lab: f'<tr><th colspan="8" class="grp">{lab}</th></tr>'
    bodies = [[row(LABEL["new_received"], "new_received"), row(LABEL["carried_over"], "carried_over")],
              [grp(RESULT_HEAD), row(IND + LABEL["granted"], "granted"), row(IND + LABEL["partial"], "partial")]]
    for g, ks in groups(TPL)[2:]:
        bodies.append([grp(IND + g)] + [row(IND * 2 + LABEL[k], k) for k in ks])
    bodies.append([row(IND + LABEL["total_handled"], "total_handled")])
    bodies.append([row(LABEL["carried_forward"], "carried_forward")])
    return ('<table class="data">\n<thead>\n' + "\n".join(head) + "\n</thead>\n" +
            "\n".join("<tbody>\n" + "\n".join(b) + "\n</tbody>" for b in bodies) + "\n</table>")


def sec4():
    rows = head4(td="th") + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="data">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"


P = lambda s: f"<p>{s}</p>"
body = f"""
<h1 class="arti-title">{TITLE}</h1>
{P("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》编制。报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。")}
<h2>一、总体情况</h2>
{P("（一）主动公开。2023年，盘龙区通过区政府门户网站主动公开政府信息8,532条，召开新闻发布会14场。")}
{P(f"（二）依申请公开。全区共收到政府信息公开申请{swapped}件，加上上年结转23件，全部依法依规予以答复，结转下年度32件。")}
{P("（三）政府信息管理。全面梳理行政规范性文件，废止3件，现行有效96件。")}
{P("（四）平台建设。优化政府信息公开专栏栏目设置。")}
{P("（五）监督保障。全年发生政府信息公开行政复议案件15件，行政诉讼案件12件。")}
<h2>二、主动公开政府信息情况</h2>
{sec2()}
<h2>三、收到和处理政府信息公开申请情况</h2>
{sec3()}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{sec4()}
<h2>五、存在的主要问题及改进情况</h2>
{P("一是部分单位依申请公开答复规范性不足，被复议纠正3件；二是政策解读质量有待提升。下一步将建立答复前合法性审查机制。")}
<h2>六、其他需要报告的事项</h2>
{P("2023年全区收取信息处理费1.23万元。")}
"""

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{TITLE}_昆明市盘龙区人民政府</title>
<style>
.data{{width:100%;border-collapse:collapse;font-size:13px}} .data th,.data td{{border:1px solid #bbb;padding:3px 5px;text-align:center}}
.data td.lb{{text-align:left;white-space:pre-wrap}} .data th.grp{{text-align:left;background:#f0f4fa}} .corner{{font-weight:normal;font-size:12px}}
</style>
</head>
<body>
<header class="site-header"><div class="site-logo">昆明市盘龙区人民政府</div>
<div class="site-search"><a href="#">站内搜索</a></div>
<nav class="site-nav"><a href="#">首页</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">数据开放</a></nav></header>
<nav class="breadcrumb" aria-label="breadcrumb"><a href="#">首页</a> / <a href="#">信息公开</a> / <a href="#">政府信息公开年报</a> / <span>区政府</span></nav>
<main>
<div class="arti-meta">发布时间：2024-01-30 09:12 &nbsp; 信息来源：盘龙区人民政府办公室 &nbsp; 阅读量：1937</div>
{body}
<p style="text-align:right">昆明市盘龙区人民政府办公室<br>2024年1月30日</p>
<div class="arti-share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ</a> <a href="#">复制链接</a></div>
<div class="arti-prev-next">上一篇：<a href="#">昆明市盘龙区2023年法治政府建设年度报告</a><br>下一篇：<a href="#">盘龙区2023年国民经济和社会发展统计公报</a></div>
</main>
<footer>主办：昆明市盘龙区人民政府办公室 &nbsp; 滇ICP备05001234号 &nbsp; 滇公网安备53010302000456号 &nbsp; 网站标识码：5301030001</footer>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-one-label-column-tbody-groups-2021", None, [
    "section 三 with one label column: header in <thead> (corner note rowspan 3 in the label column, 申请人情况 colspan 7, 自然人/总计 rowspan 2, 法人或其他组织 colspan 5); the body split into <tbody> groups, each result group opening with a value-less heading row <th colspan=\"8\" class=\"grp\"> (三、本年度办理结果; （三）不予公开; （四）无法提供; （五）不予处理; （六）其他处理)",
    "sub-row labels carry only their own text, indented with ideographic spaces (\"　　（一）予以公开\", \"　　　　1.属于国家秘密\", \"　　　　3.其他\", \"　　（七）总计\"); white-space:pre-wrap on the label cells",
    "counts in hundreds and thousands; zeros typed 0; fee \"1.23\" (万元); section 二 captions as <th colspan=4>",
    "site clutter: header with search link, nav, breadcrumb, 发布时间/信息来源/阅读量, share links, 上一篇/下一篇, footer with 滇ICP备",
], active, q, rl, narrative, "narrative-mismatch")
write("10-2023-2021-narrative-mismatch", page, t)
print(NEW, swapped, q["carried_over"]["total"], q["carried_forward"]["total"], rl["review"]["total"],
      rl["litigation_direct"]["total"] + rl["litigation_after_review"]["total"])
