"""02: 太原市小店区市场监督管理局 2020 (2019 template), planted flaw: review-total. UTF-8 page, HTML 4.01.
New markup: <thead>/<tfoot>/<tbody> with the <tfoot> written BEFORE the <tbody> (HTML 4 order): section 三's
（七）总计 and 四、结转下年度继续办理 rows stand in the <tfoot> (so in the source they come before 一、本年新收; a
browser draws them last); the 三、本年度办理结果 label's rowspan stops at the end of the <tbody> (rowspan does not cross
row groups), and the two <tfoot> rows have colspan-3 labels. Section 二 has one <tbody> per 第二十条 item. Section
四: header in <thead>, the data row in <tbody>, and a <tfoot> note row ("注：…"). Totals in <b>."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "太原市小店区市场监督管理局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 1, "published": 1, "total_public": 6},
    "licensing": {"prev_items": 23, "change": 3, "decisions": 8462},
    "other_services": {"prev_items": 6, "change": -2, "decisions": 517},
    "penalties": {"prev_items": 41, "change": 5, "decisions": 386},
    "enforcement": {"prev_items": 8, "change": 0, "decisions": 57},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 4, "amount_yuan": 356000},
}
Z = [0] * 6
res = {
    "granted": [14, 5, 0, 0, 1, 0], "partial": [3, 2, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [2, 3, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": [1, 0, 0, 0, 0, 0], "denied_enforcement": [2, 0, 0, 0, 0, 0],
    "denied_query": [1, 1, 0, 0, 0, 0],
    "unable_not_held": [11, 4, 0, 0, 0, 1], "unable_needs_creation": [3, 1, 0, 0, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [7, 1, 0, 0, 0, 0], "rejected_duplicate": [4, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [3, 0, 0, 0, 0, 0], "rejected_confirm": [1, 0, 0, 0, 0, 0], "other": [2, 1, 0, 0, 0, 0],
}
q = section3(TPL, [3, 1, 0, 0, 0, 0], res, [4, 1, 0, 0, 0, 0])
rl = section4([4, 1, 0, 1], [2, 0, 1, 1], [1, 0, 0, 0])
# planted flaw (review-total): 行政复议 4 维持 + 1 纠正 + 0 + 1 尚未审结 = 6, printed 总计 7; the prose says 7
rl["review"]["total"] = 7
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 7, "lawsuits": 5}


def sec2():
    parts = []
    for cap, heads, rws in sec2_rows(TPL):
        rows = [f'<tr class="cap"><td colspan="4">{cap}</td></tr>']
        hs = heads + [""] * (3 - len(heads))
        rows.append("<tr><td>信息内容</td>" + "".join(f"<td>{h}</td>" for h in hs) + "</tr>")
        for lb, k, fs in rws:
            vs = [signed(active[k][f]) if f == "change" else num(active[k][f]) for f in fs]
            vs += [""] * (3 - len(vs))
            rows.append(f"<tr><td>{lb}</td>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>")
        parts.append("<tbody>\n" + "\n".join(rows) + "\n</tbody>")
    return '<table class="bg" border="1">\n' + "\n".join(parts) + "\n</table>"


def sec3():
    def val(k, c):
        v = num(q[k][c])
        return f"<td><b>{v}</b></td>" if c == "total" else f"<td>{v}</td>"
    n_res = len(results(TPL))
    body = body3(TPL, q, val, last=-2, head_rowspan=n_res)
    foot = [f'<tr><td colspan="3">{LABEL[k]}</td>' + "".join(val(k, c) for c in COLS) + "</tr>"
            for k in ("total_handled", "carried_forward")]
    return ('<table class="bg" border="1">\n<thead>\n' + "\n".join(head3()) + "\n</thead>\n<tfoot>\n" + "\n".join(foot)
            + "\n</tfoot>\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>")


def sec4():
    data = "<tr>" + "".join(f"<td>{'<b>' + num(rl[g][x]) + '</b>' if x == 'total' else num(rl[g][x])}</td>"
                            for g in GROUPS4 for x in RESULTS4) + "</tr>"
    return ('<table class="bg" border="1">\n<thead>\n' + "\n".join(head4()) + "\n</thead>\n<tfoot>\n"
            '<tr><td colspan="15" class="zs">注：行政复议、行政诉讼数据截至2020年12月31日。</td></tr>\n</tfoot>\n<tbody>\n'
            + data + "\n</tbody>\n</table>")


body = f"""
<div class="arttitle">{TITLE}</div>
<p>根据《中华人民共和国政府信息公开条例》第五十条规定，现公布小店区市场监督管理局2020年度政府信息公开工作年度报告。本报告统计时限为2020年1月1日至2020年12月31日。</p>
<p><strong>一、总体情况</strong></p>
<p>2020年，我局聚焦疫情防控、市场秩序和食品药品安全，主动公开行政许可、行政处罚等信息。</p>
<p>依申请公开方面，全年共收到政府信息公开申请{NEW}件，上年结转4件，已全部办结或按期转入下年度办理。</p>
<p>全年因政府信息公开工作被申请行政复议7件，被提起行政诉讼5件。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
{sec2()}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{sec3()}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{sec4()}
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>主动公开的及时性和规范性仍需提高。2021年我局将建立公开事项清单动态调整机制。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>无。</p>
<p align="right">太原市小店区市场监督管理局<br>2021年1月22日</p>
"""

page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE} - 太原市小店区人民政府</title>
<style type="text/css">
table.bg{{width:100%;border-collapse:collapse}} table.bg td{{text-align:center;padding:3px;font-size:13px}}
tr.cap td{{background:#eef3fa}} td.zs{{text-align:left}} .arttitle{{font-size:20px;font-weight:bold;text-align:center}}
</style>
</head>
<body>
<div class="head">太原市小店区人民政府 | <a href="#">设为首页</a> | <a href="#">加入收藏</a> | 2021年01月22日</div>
<div class="menu"><a href="#">首页</a> <a href="#">走进小店</a> <a href="#">政务公开</a> <a href="#">网上办事</a> <a href="#">互动交流</a></div>
<div class="loc">当前位置：<a href="#">首页</a> &raquo; <a href="#">政府信息公开</a> &raquo; <a href="#">年度报告</a></div>
<table class="meta"><tr><td>索引号：11140105MB1234567X/2021-00015</td><td>发布机构：小店区市场监督管理局</td></tr>
<tr><td>发文日期：2021-01-22</td><td>浏览量：1023</td></tr></table>
{body}
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> | <a href="#">打印</a> | <a href="#">关闭</a></div>
<div class="footer">太原市小店区人民政府办公室主办　地址：太原市小店区平阳路108号　电话：0351-7021234<br>晋ICP备05002345号-1　网站标识码：1401050003</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-tfoot-before-tbody-2019", None, [
    "UTF-8, HTML 4.01 Transitional doctype, meta http-equiv charset=utf-8",
    "section 三: <thead> (three header rows), then <tfoot> holding （七）总计 and 四、结转下年度继续办理 (colspan-3 labels), then <tbody> with 一、二 and the result rows; in source order the totals come before 一、本年新收, a browser draws them last; 三、本年度办理结果 rowspan 19 (stops at the end of the tbody)",
    "section 二: one <tbody> per 第二十条 item; every row padded to four cells (empty head and value slots for the two-column items)",
    "section 四: header rows in <thead>, a <tfoot> note row (注：…截至2020年12月31日), the data row in <tbody>",
    "总计 values in <b>; zeros typed 0; procurement 356000 with no unit",
    "site clutter: top bar, menu, 当前位置, a meta table (索引号 with digits, 发文日期, 浏览量 1023), share/print bar, footer with address 108号, phone, 晋ICP备",
], active, q, rl, narrative, "review-total")
write("02-2020-2019-review-total", page, t)
print(NEW)
