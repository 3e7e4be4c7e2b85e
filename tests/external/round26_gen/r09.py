"""09: 武汉市江汉区民政局 2019 (2019 template), sound. GB18030 page, XHTML 1.0 Transitional.
New markup: an XHTML page with an XML declaration (<?xml version="1.0" encoding="gb18030"?>) before the DOCTYPE
(and a meta http-equiv with the same charset), self-closed <br />/<meta />; accessibility markup: header cells
<th id="…"> and every value cell <td headers="row-id col-id …">, row labels <th id>, tables with summary and
<caption>; section 三 applicant cells that are zero left empty (<td headers="…"></td>), 总计 always printed;
procurement amount "386,500" with a thousands separator and no unit."""
import re
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "武汉市江汉区民政局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 3, "published": 3, "total_public": 12},
    "licensing": {"prev_items": 4, "change": 0, "decisions": 61},
    "other_services": {"prev_items": 12, "change": 3, "decisions": 9730},
    "penalties": {"prev_items": 2, "change": 0, "decisions": 0},
    "enforcement": {"prev_items": 0, "change": 0, "decisions": 0},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 5, "amount_yuan": 386500},
}
N = None
E = [N] * 6
res = {
    "granted": [11, 2, N, 1, N, N], "partial": [2, N, N, N, N, N],
    "denied_state_secret": E, "denied_law_forbidden": E, "denied_safety": E, "denied_third_party": [3, N, N, N, N, N],
    "denied_internal": E, "denied_process": [1, N, N, N, N, N], "denied_enforcement": E, "denied_query": [1, N, N, N, N, N],
    "unable_not_held": [7, 1, N, N, N, N], "unable_needs_creation": [2, N, N, N, N, N], "unable_unclear": E,
    "rejected_petition": [4, N, N, N, N, N], "rejected_duplicate": [1, N, N, N, N, N], "rejected_publication": E,
    "rejected_excessive": E, "rejected_confirm": E, "other": [1, N, N, N, N, N],
}
q = section3(TPL, [1, N, N, N, N, N], res, [2, N, N, N, N, N], total_zero=True)
rl = section4([2, 0, 1, 0], [1, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 3, "lawsuits": 2}
CID = {"natural_person": "c-zrr", "business": "c-syqy", "research": "c-kyjg", "nonprofit": "c-shgy",
       "legal_service": "c-flfw", "other_org": "c-qt", "total": "c-zj"}
GID = {"review": "g-fy", "litigation_direct": "g-zs", "litigation_after_review": "g-fyhs"}
RID = {"upheld": "wc", "corrected": "jz", "other": "qt", "pending": "wsj", "total": "zj"}


def sec2():
    def cell(k, f, v):
        if f == "change":
            return signed(v)
        return num(v, sep=(f == "amount_yuan"))
    rows = sec2_table(TPL, active, cell, td="th", caption_tag="th")
    return ('<table class="gk" summary="主动公开政府信息情况统计"><caption>（一）主动公开政府信息情况</caption>\n'
            + "\n".join(rows) + "\n</table>")


def sec3():
    h = [f'<tr><th colspan="3" rowspan="3" id="c-corner">{CORNER}</th><th colspan="7" id="c-sqr">申请人情况</th></tr>',
         '<tr><th rowspan="2" id="c-zrr" headers="c-sqr">自然人</th><th colspan="5" id="c-fr" headers="c-sqr">法人或其他组织</th>'
         '<th rowspan="2" id="c-zj" headers="c-sqr">总计</th></tr>',
         "<tr>" + "".join(f'<th id="{CID[c]}" headers="c-fr">{COLNAME[c]}</th>' for c in APPL[1:]) + "</tr>"]
    def val(k, c):
        return f'<td headers="r-{k} {CID[c]}">{num(q[k][c])}</td>'
    b = body3(TPL, q, val, td="th")
    out = []
    for k, r in zip(rows3(TPL), b):
        i = r.find("<td")
        j = r.rfind("<th", 0, i)
        out.append(r[:j] + f'<th id="r-{k}"' + r[j + 3:])
    return ('<table class="gk" summary="收到和处理政府信息公开申请情况统计"><caption>（二）收到和处理政府信息公开申请情况</caption>\n'
            + "\n".join(h + out) + "\n</table>")


def sec4():
    h = head4("th")
    data = "<tr>" + "".join(f'<td headers="{GID[g]} {GID[g]}-{RID[x]}">{num(rl[g][x])}</td>' for g in GROUPS4 for x in RESULTS4) + "</tr>"
    return ('<table class="gk" summary="政府信息公开行政复议、行政诉讼情况统计"><caption>（三）行政复议、行政诉讼情况</caption>\n'
            + "\n".join(h + [data]) + "\n</table>")


body = f"""
<h1 class="bt">{TITLE}</h1>
<p>根据《中华人民共和国政府信息公开条例》（国务院令第711号）规定，编制本报告。本报告统计时限为2019年1月1日至2019年12月31日。</p>
<h4>一、总体情况</h4>
<p>2019年，江汉区民政局围绕社会救助、养老服务、婚姻登记等民生事项，认真落实政府信息公开各项要求。</p>
<p>全年共收到政府信息公开申请{NEW}件，上年结转1件，均依法按时答复。</p>
<p>全年被申请行政复议3件，被提起行政诉讼2件。</p>
<h4>二、主动公开政府信息情况</h4>
{sec2()}
<h4>三、收到和处理政府信息公开申请情况</h4>
{sec3()}
<h4>四、政府信息公开行政复议、行政诉讼情况</h4>
{sec4()}
<h4>五、存在的主要问题及改进情况</h4>
<p>政策解读的针对性还不强。2020年将围绕养老服务补贴等事项开展专题解读。</p>
<h4>六、其他需要报告的事项</h4>
<p>无。</p>
<p class="r">武汉市江汉区民政局<br />2020年1月21日</p>
"""

page = f"""<?xml version="1.0" encoding="gb18030"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>{TITLE}</title>
<style type="text/css">
table.gk{{width:100%;border-collapse:collapse;margin-bottom:8px}} table.gk th,table.gk td{{border:1px solid #222;text-align:center;font-weight:normal;padding:2px}}
table.gk caption{{text-align:left;font-weight:bold}} .bt{{font-size:20px;text-align:center}} .r{{text-align:right}}
</style>
</head>
<body>
<div id="header"><div class="logo">武汉市江汉区人民政府</div><div class="date">2020年1月21日</div></div>
<div id="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进江汉</a></div>
<div id="position">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a></div>
<table id="xxgk-meta"><tr><td>索引号：011080512/2020-00021</td><td>主题分类：民政</td></tr><tr><td>发布机构：江汉区民政局</td><td>发布日期：2020-01-21</td></tr></table>
<div id="content">
{body}
</div>
<div id="footer">武汉市江汉区人民政府办公室主办　鄂ICP备05003210号　鄂公网安备42010302000789号　网站标识码：4201030001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-xhtml-headers-ids-2019", "gb18030", [
    "GB18030: XML declaration <?xml version=\"1.0\" encoding=\"gb18030\"?> before an XHTML 1.0 Transitional DOCTYPE, plus <meta http-equiv … charset=gb18030 />",
    "accessibility markup: header cells <th id>, every value cell <td headers=\"r-… c-…\">, section 三 row labels <th id=\"r-…\">, group labels <th rowspan>; tables with summary and <caption>",
    "section 三 applicant cells that are zero left empty; 总计 always printed (0 where the row is empty)",
    "procurement amount “386,500” (thousands separator, no unit); section 二 and 四 zeros 0",
    "site clutter: header with date, nav, 当前位置, 索引号 meta table, footer with 鄂ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("09-2019-2019", page, t, encoding="gb18030")
print(NEW)
