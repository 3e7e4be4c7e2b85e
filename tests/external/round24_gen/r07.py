"""07: 遵义市汇川区司法局 2025 (2021 template), sound.
New markup: section 二 of a 2021 report in the 2019 wording (row "规范性文件", heads "处理决定数量" and
"收费金额（万元）", a 2019-style caption "第二十条第（一）项" …) ; section 三 row labels in <th scope="row">, the 上年结转 row
phrased "二、上年结转的政府信息公开申请" and the carried-forward row "四、结转下年度继续办理的申请"; prose mixing Arabic
and Chinese numerals (被申请行政复议一件, 被提起行政诉讼两件)."""
from common import *

TPL, YEAR = "2021", 2025
OFFICE = "遵义市汇川区司法局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 0, "repealed": 1, "in_force": 4},
    "licensing": {"decisions": 56},
    "penalties": {"decisions": 12},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
N = None
B = [N] * 6
res = {
    "granted": [6, 1, N, N, N, N], "partial": [2, N, N, N, N, N],
    "denied_state_secret": B, "denied_law_forbidden": B, "denied_safety": B, "denied_third_party": [1, N, N, N, N, N],
    "denied_internal": B, "denied_process": B, "denied_enforcement": [1, N, N, N, N, N], "denied_query": B,
    "unable_not_held": [5, N, N, N, 1, N], "unable_needs_creation": B, "unable_unclear": [1, N, N, N, N, N],
    "rejected_petition": [3, N, N, N, N, N], "rejected_duplicate": [1, N, N, N, N, N], "rejected_publication": B,
    "rejected_excessive": B, "rejected_confirm": B,
    "other_no_correction": B, "other_no_fee": B, "other_misc": [1, N, N, N, N, N],
}
q = section3(TPL, [N] * 6, res, [1, N, N, N, N, N])
rl = section4([1, N, N, N], [N, N, 1, N], [1, N, N, N])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 1, "lawsuits": 2}

SEC2_OLD = [("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
             [("规章", "regulations"), ("规范性文件", "normative_docs")], ["issued", "repealed", "in_force"]),
            ("第二十条第（五）项", ["处理决定数量"], [("行政许可", "licensing")], ["decisions"]),
            ("第二十条第（六）项", ["处理决定数量"], [("行政处罚", "penalties"), ("行政强制", "enforcement")], ["decisions"]),
            ("第二十条第（八）项", ["收费金额（万元）"], [("行政事业性收费", "fees")], ["amount_yuan"])]


def sec2():
    rows = []
    for cap, heads, rws, keys in SEC2_OLD:
        rows.append(f'<tr class="cap"><td colspan="4">{cap}</td></tr>')
        if len(heads) == 1:
            rows.append(f'<tr class="hd"><td>信息内容</td><td colspan="3">{heads[0]}</td></tr>')
        else:
            rows.append('<tr class="hd"><td>信息内容</td>' + "".join(f"<td>{h}</td>" for h in heads) + "</tr>")
        for lab, k in rws:
            vs = [num(active[k][f]) if f != "amount_yuan" else "0" for f in keys]
            if len(vs) == 1:
                rows.append(f'<tr><td>{lab}</td><td colspan="3">{vs[0]}</td></tr>')
            else:
                rows.append(f"<tr><td>{lab}</td>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>")
    return '<table class="sj">\n' + "\n".join(rows) + "\n</table>"


LAB = {"carried_over": "二、上年结转的政府信息公开申请", "carried_forward": "四、结转下年度继续办理的申请"}


def sec3():
    h = [f'<tr><th colspan="3" rowspan="3" scope="col">{CORNER}</th><th colspan="7" scope="colgroup">申请人情况</th></tr>',
         '<tr><th rowspan="2" scope="col">自然人</th><th colspan="5" scope="colgroup">法人或其他组织</th>'
         '<th rowspan="2" scope="col">总计</th></tr>',
         "<tr>" + "".join(f'<th scope="col">{COLNAME[c]}</th>' for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    body = [r.replace("<th ", '<th scope="row" ').replace("<th>", '<th scope="row">')
            for r in body3(TPL, q, val, labels=LAB, td="th")]
    return '<table class="sj">\n<thead>\n' + "\n".join(h) + "\n</thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"


def sec4():
    rows = head4(td="th") + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="sj">\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p>{s}</p>"
body = f"""
<h1>{TITLE}</h1>
{P("按照《中华人民共和国政府信息公开条例》要求，汇川区司法局编制了2025年政府信息公开工作年度报告。报告中所列数据统计期限自2025年1月1日起至2025年12月31日止。")}
<h2>一、总体情况</h2>
{P("2025年，区司法局坚持以人民为中心的发展思想，围绕公共法律服务、行政执法监督等工作，全面推进政务公开。")}
{P(f"全年共收到政府信息公开申请{NEW}件，较上年减少三件；办结{q['total_handled']['total']}件，结转下年度继续办理1件。")}
{P("本年度被申请行政复议一件，被提起行政诉讼两件（未经复议直接起诉、复议后起诉各一件）。")}
<h2>二、主动公开政府信息情况</h2>
{sec2()}
<h2>三、收到和处理政府信息公开申请情况</h2>
{sec3()}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{sec4()}
<h2>五、存在的主要问题及改进情况</h2>
{P("一是政策解读形式较单一；二是公开内容规范性仍需加强。2026年我局将丰富图解、视频等解读方式，加强审核把关。")}
<h2>六、其他需要报告的事项</h2>
{P("本年度我局未收取信息处理费。")}
"""

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}-遵义市汇川区人民政府</title>
<style>
.sj{{width:100%;border-collapse:collapse}} .sj td,.sj th{{border:1px solid #999;padding:3px;text-align:center;font-weight:normal}}
.sj tr.cap td{{background:#eef}} h1{{font-size:22px;text-align:center}} h2{{font-size:17px}}
</style>
</head>
<body>
<div class="g-top">贵州省人民政府 | 遵义市人民政府 | <a href="#">汇川区人民政府</a></div>
<div class="g-nav"><a href="#">首页</a> · <a href="#">走进汇川</a> · <a href="#">政务公开</a> · <a href="#">政务服务</a> · <a href="#">政民互动</a></div>
<div class="g-pos">位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="g-article">
{body}
<p style="text-align:right">遵义市汇川区司法局<br>2026年1月15日</p>
</div>
<div class="g-share">【<a href="#">打印</a>】【<a href="#">关闭</a>】 <a href="#">微信</a> <a href="#">微博</a></div>
<div class="g-foot">主办单位：遵义市汇川区人民政府办公室 &nbsp; 黔ICP备15001234号-1 &nbsp; 政府网站标识码：5203030001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-2019-wording-th-row-2021", None, [
    "section 二 of the 2021 report in 2019-style wording: row label \"规范性文件\" (not 行政规范性文件), heads \"处理决定数量\" (not 本年处理决定数量) and \"收费金额（万元）\" (not 本年收费金额（单位：万元）)",
    "section 三 header in <thead> as <th scope=col/colgroup>; every row label in <th scope=\"row\"> (rowspan/colspan as the template), values in <td>",
    "section 三 rows phrased \"二、上年结转的政府信息公开申请\" (nothing carried over: the row is wholly blank) and \"四、结转下年度继续办理的申请\"",
    "result rows with nothing counted wholly blank (总计 too); applicant zeros blank; section 四 blank cells where nothing happened (复议 results 0 cases blank)",
    "prose mixes Arabic and Chinese numerals: 收到政府信息公开申请24件, 较上年减少三件, 被申请行政复议一件, 被提起行政诉讼两件",
    "site clutter: top links, nav, 位置 breadcrumb, 打印/关闭, share links, footer with 黔ICP备",
], active, q, rl, narrative, None)
write("07-2025-2021", page, t)
print(NEW)
