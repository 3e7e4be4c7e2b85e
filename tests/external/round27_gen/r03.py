"""03: 上海市徐汇区人民政府 2021 (2021 template), sound.
New markup: XHTML 1.1 meant to be served as application/xhtml+xml: XML declaration (UTF-8), XHTML 1.1 DOCTYPE,
`<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8" />`, `xml:lang`, the style sheet in
a CDATA section, every element closed (`<br />`, `<col />`), numeric character references only (`&#160;`, `&#62;`),
tables with `<colgroup>`/`<col />` and explicit `<thead>`/`<tbody>`; counts in hundreds and thousands (no separators)."""
from common import *

TPL, YEAR = "2021", 2021
OFFICE = "上海市徐汇区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 9, "repealed": 4, "in_force": 63},
    "licensing": {"decisions": 28461},
    "penalties": {"decisions": 2187},
    "enforcement": {"decisions": 346},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [428, 61, 2, 3, 14, 5], "partial": [76, 12, 0, 1, 3, 0],
    "denied_state_secret": [1, 0, 0, 0, 0, 0], "denied_law_forbidden": [6, 1, 0, 0, 0, 0], "denied_safety": [2, 0, 0, 0, 0, 0],
    "denied_third_party": [17, 4, 0, 0, 1, 0], "denied_internal": [9, 1, 0, 0, 0, 0], "denied_process": [21, 3, 0, 0, 1, 0],
    "denied_enforcement": [13, 2, 0, 0, 2, 0], "denied_query": [8, 0, 0, 0, 0, 0],
    "unable_not_held": [187, 26, 1, 1, 7, 2], "unable_needs_creation": [34, 5, 0, 0, 1, 0], "unable_unclear": [19, 2, 0, 0, 0, 1],
    "rejected_petition": [52, 4, 0, 0, 0, 0], "rejected_duplicate": [41, 3, 0, 0, 1, 0], "rejected_publication": [3, 0, 0, 0, 0, 0],
    "rejected_excessive": [11, 0, 0, 0, 0, 0], "rejected_confirm": [5, 1, 0, 0, 0, 0],
    "other_no_correction": [29, 3, 0, 0, 1, 0], "other_no_fee": Z, "other_misc": [14, 2, 0, 0, 0, 1],
}
q = section3(TPL, [38, 6, 0, 0, 2, 0], res, [45, 7, 0, 1, 1, 0])
rl = section4([14, 3, 2, 5], [6, 1, 1, 4], [3, 0, 1, 2])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 24, "lawsuits": 18}

T = '<table class="gk" border="1" cellspacing="0" cellpadding="3">'


def sec2():
    rows = sec2_table(TPL, active, lambda k, f, v: wan(v) if f == "amount_yuan" else num(v))
    return (T + '\n<colgroup><col width="28%" /><col width="24%" /><col width="24%" /><col width="24%" /></colgroup>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>")


def sec3():
    cols = '<colgroup><col width="6%" /><col width="8%" /><col width="26%" />' + '<col width="8.5%" />' * 7 + "</colgroup>"
    b = body3(TPL, q, lambda k, c: f'<td class="n">{num(q[k][c])}</td>')
    return (T + "\n" + cols + "\n<thead>\n" + "\n".join(head3()) + "\n</thead>\n<tbody>\n" + "\n".join(b) + "\n</tbody>\n</table>")


def sec4():
    return (T + '\n<colgroup><col span="15" width="6.6%" /></colgroup>\n<thead>\n' + "\n".join(head4()) + "\n</thead>\n<tbody>\n<tr>"
            + "".join(f'<td class="n">{num(rl[g][x])}</td>' for g in GROUPS4 for x in RESULTS4) + "</tr>\n</tbody>\n</table>")


body = f"""
<div id="ivs_content">
<h1>{TITLE}</h1>
<p>本年度报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。报告中所列数据统计期限自2021年1月1日起至2021年12月31日止。</p>
<h2>一、总体情况</h2>
<p>（一）主动公开。2021年，徐汇区通过区政府门户网站主动公开政府信息14672条。</p>
<p>（二）依申请公开。全区共受理政府信息公开申请{NEW}件，另有上年结转申请46件。涉及政府信息公开的行政复议共24件，行政诉讼共18件。</p>
<p>（三）政府信息管理。完成行政规范性文件清理，废止4件。</p>
<p>（四）平台建设。推进政府网站集约化，完成政务公开专区标准化改造。</p>
<p>（五）监督保障。将政务公开纳入区级机关绩效考核。</p>
<h2>二、主动公开政府信息情况</h2>
{sec2()}
<h2>三、收到和处理政府信息公开申请情况</h2>
{sec3()}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{sec4()}
<h2>五、存在的主要问题及改进情况</h2>
<p>依申请公开答复的说理性还需加强。2022年将编制答复文书参考文本&#160;&#62;&#160;开展案例培训。</p>
<h2>六、其他需要报告的事项</h2>
<p>2021年，本机关未收取信息处理费。</p>
<p class="sign">上海市徐汇区人民政府<br />2022年1月20日</p>
</div>"""

page = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=utf-8" />
<title>{TITLE}_上海徐汇</title>
<style type="text/css">
/*<![CDATA[*/
h1{{font-size:22px;text-align:center}} h2{{font-size:16px}}
table.gk{{width:100%;border-collapse:collapse}} table.gk td{{text-align:center;font-size:13px}} td.n{{font-family:Arial}}
.sign{{text-align:right}}
/*]]>*/
</style>
</head>
<body>
<div class="header"><a href="/">上海徐汇</a> <a href="/xxgk/">政府信息公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">首页&#160;&#62;&#160;政府信息公开&#160;&#62;&#160;政府信息公开年报</div>
<table class="meta" border="0"><tbody><tr><td>索引号：XH0000-2022-00012</td><td>发布机构：徐汇区人民政府办公室</td></tr><tr><td>发布日期：2022-01-20</td><td>文号：无</td></tr></tbody></table>
{body}
<div class="footer">上海市徐汇区人民政府办公室主办　地址：上海市漕溪北路336号　沪ICP备05012345号<br />沪公网安备31010402000789号　网站标识码：3101040001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-xhtml11-application-xml-2021", None, [
    "XHTML 1.1 for application/xhtml+xml: <?xml version=\"1.0\" encoding=\"UTF-8\"?>, XHTML 1.1 DOCTYPE, meta content=\"application/xhtml+xml; charset=utf-8\", xml:lang, style sheet inside /*<![CDATA[*/ … /*]]>*/",
    "every element closed (<br />, <col />); only numeric character references (&#160;, &#62;); <colgroup>/<col span> widths; explicit <thead>/<tbody>",
    "counts in hundreds and thousands, no separators (1162 new; 行政许可 28461); fee 0",
    "site clutter: header links, breadcrumb, 索引号/发布机构 table, footer with address, 沪ICP备, 网站标识码",
], active, q, rl, narrative, None)
write("03-2021-2021", page, t)
print(NEW, q["total_handled"]["total"], q["carried_over"]["total"])
