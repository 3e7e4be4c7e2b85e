"""03: 苏州市吴中区木渎镇人民政府 2021 (2021 template), sound.
New markup: section 三's row labels in three explicit label columns headed 一级项目 / 二级项目 / 三级项目 (a third
header row under the corner note, beside 商业企业…其他), with no colspan on any label: 一/二/四 sit in the first column
with two empty cells after them, （一）（二）（七） in the second with an empty third cell; 三、本年度办理结果 rowspan 22 and
the groups （三）…（六） rowspan over their sub-rows. Header words broken by <br> ("商业<br>企业", "社会公<br>益组织")."""
from common import *

TPL, YEAR = "2021", 2021
OFFICE = "苏州市吴中区木渎镇人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 3, "repealed": 1, "in_force": 22},
    "licensing": {"decisions": 468},
    "penalties": {"decisions": 157},
    "enforcement": {"decisions": 4},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [14, 5, 0, 0, 0, 1], "partial": [3, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [2, 0, 0, 0, 0, 0],
    "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": [1, 1, 0, 0, 0, 0], "denied_enforcement": Z,
    "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [12, 3, 0, 0, 1, 0], "unable_needs_creation": [2, 0, 0, 0, 0, 0],
    "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [4, 0, 0, 0, 0, 0], "rejected_duplicate": [2, 1, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z,
    "other_no_correction": [2, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [3, 0, 0, 0, 0, 0], res, [4, 1, 0, 0, 0, 0])
rl = section4([2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 1])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 3, "lawsuits": 3}

BR = {"商业企业": "商业<br>企业", "科研机构": "科研<br>机构", "社会公益组织": "社会公<br>益组织", "法律服务机构": "法律服务<br>机构"}


def sec2():
    rows = []
    for cap, heads, rws, keys in sec2_spec(TPL):
        rows.append(f'<tr><td colspan="4" class="cap">{cap}</td></tr>')
        if len(heads) == 1:
            rows.append(f'<tr><td class="h">信息内容</td><td colspan="3" class="h">{heads[0]}</td></tr>')
        else:
            rows.append('<tr><td class="h">信息内容</td>' + "".join(f'<td class="h">{h}</td>' for h in heads) + "</tr>")
        for lab, k in rws:
            vs = [num(active[k][f]) if f != "amount_yuan" else "0" for f in keys]
            if len(vs) == 1:
                rows.append(f'<tr><td>{lab}</td><td colspan="3">{vs[0]}</td></tr>')
            else:
                rows.append(f"<tr><td>{lab}</td>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>")
    return '<table class="gk">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    h = [f'<tr><td colspan="3" rowspan="2" class="h">{CORNER}</td><td colspan="7" class="h">申请人情况</td></tr>',
         '<tr><td rowspan="2" class="h">自然<br>人</td><td colspan="5" class="h">法人或其他组织</td><td rowspan="2" class="h">总计</td></tr>',
         '<tr><td class="h">一级项目</td><td class="h">二级项目</td><td class="h">三级项目</td>' +
         "".join(f'<td class="h">{BR[COLNAME[c]] if COLNAME[c] in BR else COLNAME[c]}</td>' for c in APPL[1:]) + "</tr>"]
    vals = lambda k: "".join(f"<td>{num(q[k][c])}</td>" for c in COLS)
    rows = []
    nres = len(results(TPL)) + 1
    for k in rows3(TPL):
        if k in ("new_received", "carried_over", "carried_forward"):
            rows.append(f'<tr><td class="l">{LABEL[k]}</td><td></td><td></td>{vals(k)}</tr>')
            continue
        cells = ""
        if k == "granted":
            cells += f'<td rowspan="{nres}" class="l">{RESULT_HEAD}</td>'
        if k in ("granted", "partial", "total_handled"):
            cells += f'<td class="l">{LABEL[k]}</td><td></td>'
        else:
            g, ks = next((g, ks) for g, ks in groups(TPL) if k in ks)
            if k == ks[0]:
                cells += f'<td rowspan="{len(ks)}" class="l">{g}</td>'
            cells += f'<td class="l">{LABEL[k]}</td>'
        rows.append(f"<tr>{cells}{vals(k)}</tr>")
    return '<table class="gk">\n' + "\n".join(h + rows) + "\n</table>"


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="gk">\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f'<p class="txt">{s}</p>'
body = f"""
<div class="title">{TITLE}</div>
{P("本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求编制，报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。")}
<h4>一、总体情况</h4>
{P("2021年，木渎镇紧紧围绕镇党委、政府中心工作，持续深化政务公开，不断提升政府工作透明度。")}
{P("（一）主动公开。全年在吴中区政府信息公开平台发布信息1,036条，其中镇本级行政规范性文件3件。")}
{P(f"（二）依申请公开。全年收到政府信息公开申请{NEW}件，加上上年结转3件，共办理{q['total_handled']['total']}件，结转下年度继续办理5件。")}
{P("（三）政府信息管理。按要求完成行政规范性文件清理，废止1件。")}
{P("（四）平台建设。优化“木渎镇”政务公开专栏和政务新媒体。")}
{P("（五）监督保障。全年因政府信息公开被申请行政复议3件，被提起行政诉讼3件。")}
<h4>二、主动公开政府信息情况</h4>
{sec2()}
<h4>三、收到和处理政府信息公开申请情况</h4>
{sec3()}
<h4>四、政府信息公开行政复议、行政诉讼情况</h4>
{sec4()}
<h4>五、存在的主要问题及改进情况</h4>
{P("2021年我镇政务公开工作取得了一定成效，但仍存在基层公开标准化规范化有待深化等问题。2022年将对照基层政务公开标准目录，细化村（社区）公开事项。")}
<h4>六、其他需要报告的事项</h4>
{P("本年度未收取信息处理费。2021年度我镇无其他需要报告的事项。")}
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{TITLE} - 苏州市吴中区人民政府</title>
<style>
.gk{{border-collapse:collapse;width:100%;font-size:13px}} .gk td{{border:1px solid #666;text-align:center;padding:2px 4px}}
.gk td.l{{text-align:left}} .gk td.h,.gk td.cap{{font-weight:bold;background:#f3f3f3}}
.title{{font-size:22px;font-weight:bold;text-align:center;margin:16px 0}} .txt{{text-indent:2em;line-height:1.9}}
</style>
</head>
<body>
<header><div class="logo">苏州市吴中区人民政府</div>
<nav><a href="#">首页</a> <a href="#">吴中概况</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></nav></header>
<div class="position">您所在的位置：<a href="#">首页</a> / <a href="#">政府信息公开</a> / <a href="#">年度报告</a> / <a href="#">镇（街道）</a></div>
<table class="meta" style="font-size:12px"><tr><td>索引号：</td><td>014163042/2022-00012</td><td>发布机构：</td><td>木渎镇人民政府</td></tr>
<tr><td>发文日期：</td><td>2022-01-18</td><td>主题分类：</td><td>其他</td></tr></table>
<article>
{body}
<p style="text-align:right">苏州市吴中区木渎镇人民政府<br>2022年1月18日</p>
</article>
<div class="share">分享到：<a href="#">微信</a> <a href="#">新浪微博</a> <a href="#">复制链接</a></div>
<footer style="font-size:12px">网站地图 | 联系我们 | 使用帮助<br>主办：苏州市吴中区人民政府办公室 苏ICP备05002345号 苏公网安备32050602010123号</footer>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-three-label-columns-no-colspan-2021", None, [
    "section 三 row labels in three explicit label columns with header cells 一级项目 / 二级项目 / 三级项目 on the third header row (beside 商业企业…其他); the corner note colspan 3 rowspan 2 above them",
    "no colspan on any section 三 label: 一、本年新收 / 二、上年结转 / 四、结转下年度 in the first label column followed by two empty <td></td>; （一）予以公开, （二）部分公开, （七）总计 in the second with an empty third cell; 三、本年度办理结果 rowspan 22, （三）…（六） rowspan over their sub-rows",
    "header words broken by <br>: 自然<br>人, 商业<br>企业, 科研<br>机构, 社会公<br>益组织, 法律服务<br>机构",
    "zeros typed 0 everywhere; section 二 规章 blank; fee 0; the 索引号 metadata table is a <table> before the report",
    "site clutter: header/nav, 您所在的位置, 索引号 table, share links, footer with 苏ICP备",
], active, q, rl, narrative, None)
write("03-2021-2021", page, t)
