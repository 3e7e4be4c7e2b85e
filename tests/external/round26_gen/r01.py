"""01: 石家庄市长安区建北街道办事处 2019 (2019 template), sound. GB2312 page.
New markup: every table inside a <figure> with a <figcaption> ("表一 …"), and the tables also carry a <caption>;
header cells are <th scope="col"> / <th scope="colgroup">, row labels <th scope="row"> / <th scope="rowgroup">
(section 三's label column all <th>, values <td>). Procurement amount written "12.8万元" in the cell."""
import re
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "石家庄市长安区建北街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 2, "published": 2, "total_public": 9},
    "licensing": {"prev_items": 0, "change": 0, "decisions": 0},
    "other_services": {"prev_items": 14, "change": 2, "decisions": 2631},
    "penalties": {"prev_items": 3, "change": -1, "decisions": 17},
    "enforcement": {"prev_items": 1, "change": 0, "decisions": 2},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 3, "amount_yuan": 128000},
}
Z = [0] * 6
res = {
    "granted": [9, 2, 0, 0, 0, 0], "partial": [2, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [1, 0, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": Z, "denied_enforcement": Z, "denied_query": Z,
    "unable_not_held": [6, 1, 0, 0, 0, 0], "unable_needs_creation": [1, 0, 0, 0, 0, 0], "unable_unclear": Z,
    "rejected_petition": [3, 0, 0, 0, 0, 0], "rejected_duplicate": [1, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [0] * 6, res, [2, 0, 0, 0, 0, 0])
rl = section4([1, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}


def fig(n, cap, rows):
    return (f'<figure class="tbf">\n<figcaption>表{n}　{cap}</figcaption>\n<table class="gk" border="1" cellspacing="0">'
            f'<caption>{cap}</caption>\n' + "\n".join(rows) + "\n</table>\n</figure>")


def sec2():
    def cell(k, f, v):
        if f == "change":
            return signed(v)
        if f == "amount_yuan":
            return wan(v) + "万元"
        return num(v)
    rows = sec2_table(TPL, active, cell, td="th", caption_tag="th")
    rows = [r.replace("<th>", '<th scope="col">').replace('<th colspan="4">', '<th scope="colgroup" colspan="4">')
            for r in rows]
    rows = [re.sub(r"<tr><td>([^<]+)</td>", r'<tr><th scope="row">\1</th>', r) for r in rows]
    return fig("一", "主动公开政府信息情况", rows)


def sec3():
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    b = body3(TPL, q, val, td="th")
    b = [re.sub(r"<th rowspan", '<th scope="rowgroup" rowspan', r) for r in b]
    b = [re.sub(r"<th(?![^>]*scope)", '<th scope="row"', r) for r in b]
    return fig("二", "收到和处理政府信息公开申请情况", head3("th", th_scope=True) + b)


def sec4():
    h = head4("th")
    h = [re.sub(r"<th", '<th scope="col"', r) for r in h]
    rows = h + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return fig("三", "政府信息公开行政复议、行政诉讼情况", rows)


body = f"""
<h1 class="bt">{TITLE}</h1>
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由建北街道办事处编制。报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。</p>
<h3>一、总体情况</h3>
<p>2019年，建北街道认真贯彻新修订的《条例》，围绕老旧小区改造、民生保障、营商环境等重点工作推进政务公开。</p>
<p>（一）主动公开。通过区政府门户网站、街道公开栏等渠道主动公开各类信息312条。</p>
<p>（二）依申请公开。全年共受理政府信息公开申请{NEW}件，均在法定期限内答复。</p>
<p>（三）监督保障。全年被申请行政复议2件，被提起行政诉讼1件。</p>
<h3>二、主动公开政府信息情况</h3>
{sec2()}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3()}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4()}
<h3>五、存在的主要问题及改进情况</h3>
<p>一是公开内容不够全面；二是工作人员业务水平有待提高。下一步，街道将加强培训，完善信息发布审核机制。</p>
<h3>六、其他需要报告的事项</h3>
<p>本年度无其他需要报告的事项。</p>
<p class="qm">石家庄市长安区建北街道办事处<br>2020年1月20日</p>
"""

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{TITLE}-石家庄市长安区人民政府</title>
<style>
figure.tbf{{margin:10px 0}} figcaption{{font-weight:bold;text-align:center}} table.gk caption{{font-size:12px;color:#666;caption-side:bottom}}
table.gk{{width:100%;border-collapse:collapse}} table.gk th,table.gk td{{border:1px solid #000;font-weight:normal;text-align:center;padding:2px}}
.bt{{font-size:22px;text-align:center}} .qm{{text-align:right}}
</style>
</head>
<body>
<div class="top">石家庄市长安区人民政府 | 今天是：2020年1月20日 | <a href="#">无障碍浏览</a> <a href="#">长者模式</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a> <a href="#">走进长安</a></div>
<div class="pos">您当前的位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报 &gt; 街道年报</div>
<div class="info">信息来源：建北街道办事处　发布日期：2020-01-20　点击数：417　【字体：大 中 小】</div>
{body}
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div class="foot">主办：石家庄市长安区人民政府办公室　联系电话：0311-86045123<br>冀ICP备05012345号　冀公网安备13010202000123号　网站标识码：1301020001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-figure-caption-th-scope-2019", "gb2312", [
    "GB2312 (meta http-equiv charset=gb2312)",
    "each table inside <figure class=\"tbf\"> with a <figcaption> (表一/表二/表三 + name) and a <caption> at the bottom repeating the name",
    "header cells <th scope=\"col\"> / <th scope=\"colgroup\">; section 三 row labels <th scope=\"row\"> and group labels <th scope=\"rowgroup\">; section 二 captions and heads <th>, row labels <th scope=\"row\">",
    "procurement amount written \"12.8万元\" in the cell (128000 元)",
    "zeros typed 0 everywhere",
    "site clutter: top bar with date, nav, 您当前的位置, 信息来源/发布日期/点击数, 打印/关闭, footer with phone, 冀ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("01-2019-2019", page, t, encoding="gb2312")
print(NEW)
