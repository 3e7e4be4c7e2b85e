"""08: 成都市锦江区司法局 2019 (2019 template), planted flaw: review-total.
New markup: section 二 as definition lists, as the site's mobile-adaptive template turns the table into cards:
each 第二十条 item is an `<h4>`, each row a `<dl>` whose `<dt>` is the row label and whose `<dd>`s are
"column name：value" ("本年新制作数量：1", "本年增/减：+1", "采购总金额：35.2万元"). Sections 三 and 四 are tables."""
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "成都市锦江区司法局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 1, "published": 1, "total_public": 4},
    "licensing": {"prev_items": 2, "change": 0, "decisions": 46},
    "other_services": {"prev_items": 8, "change": 1, "decisions": 1273},
    "penalties": {"prev_items": 4, "change": -1, "decisions": 9},
    "enforcement": {"prev_items": 0, "change": 0, "decisions": 0},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 3, "amount_yuan": 352000},
}
Z = [0] * 6
res = {
    "granted": [7, 1, 0, 0, 1, 0], "partial": [2, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [1, 0, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": Z, "denied_enforcement": [2, 0, 0, 0, 0, 0], "denied_query": Z,
    "unable_not_held": [5, 0, 0, 0, 0, 0], "unable_needs_creation": Z, "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [3, 0, 0, 0, 0, 0], "rejected_duplicate": [1, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [0] * 6, res, [1, 0, 0, 0, 0, 0])
rl = section4([1, 1, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0])
# planted flaw (review-total): 行政复议 1+1+0+1 = 3, 总计 printed 2 (the prose follows the printed 2)
rl["review"]["total"] = 2
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}


def sec2():
    out = ['<div class="gk-cards">']
    for cap, heads, rws in sec2_rows(TPL):
        out.append(f"<h4>{cap}</h4>")
        for lab, k, fs in rws:
            dds = []
            for h, f in zip(heads, fs):
                v = active[k][f]
                s = signed(v) if f == "change" else (wan(v) + "万元") if f == "amount_yuan" else num(v)
                dds.append(f"<dd>{h}：{s}</dd>")
            out.append(f"<dl><dt>{lab}</dt>{''.join(dds)}</dl>")
    out.append("</div>")
    return "\n".join(out)


def sec3():
    rows = head3() + body3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>")
    return '<div class="tbw"><table class="gk" border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table></div>"


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<div class="tbw"><table class="gk" border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table></div>"


body = f"""
<h2 class="atitle">{TITLE}</h2>
<p class="ainfo">时间：2020-01-21　来源：锦江区司法局　阅读：582</p>
<div class="acon">
<p>本报告根据新修订的《中华人民共和国政府信息公开条例》编制，统计期限为2019年1月1日至12月31日。</p>
<p><strong>一、总体情况</strong></p>
<p>2019年，锦江区司法局围绕公共法律服务体系建设、人民调解和普法宣传，推进政务公开工作。</p>
<p>全年共登记收到政府信息公开申请{NEW}件，全部按时办结。因政府信息公开被申请行政复议2件，被提起行政诉讼1件。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
{sec2()}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{sec3()}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{sec4()}
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>主动公开的深度和广度仍需拓展。2020年将完善公共法律服务事项清单并及时更新。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>无。</p>
</div>"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{TITLE}-成都市锦江区人民政府</title>
<style>
.atitle{{text-align:center;font-size:20px}} .ainfo{{text-align:center;color:#888}}
.gk-cards h4{{margin:10px 0 4px;font-size:15px;color:#c00}} .gk-cards dl{{margin:0 0 8px;padding:6px;border:1px solid #ddd}}
.gk-cards dt{{font-weight:bold}} .gk-cards dd{{margin:0 0 0 1em}}
.tbw{{overflow-x:auto}} table.gk{{border-collapse:collapse;min-width:640px}} table.gk td{{text-align:center;font-size:13px}}
</style>
</head>
<body>
<div class="m-head"><span class="logo">锦江区人民政府</span> <a href="#">搜索</a></div>
<div class="m-nav"><a href="#">首页</a> <a href="#">公开</a> <a href="#">服务</a> <a href="#">互动</a></div>
{body}
<div class="m-foot">成都市锦江区人民政府办公室主办　蜀ICP备05012346号<br>川公网安备51010402000789号　网站标识码：5101040001　<a href="#">电脑版</a></div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-section2-definition-lists-2019", None, [
    "section 二 as definition lists (mobile-adaptive template): an <h4> per 第二十条 item, a <dl> per row, <dt> row label, one <dd> per column written \"column name：value\"",
    "signed 本年增/减 \"+1\", \"-1\"; procurement \"35.2万元\" (352000 元) in a <dd>",
    "sections 三 and 四 tables inside overflow-x:auto wrappers (min-width 640px); zeros typed 0",
    "site clutter: mobile head, nav, 时间/来源/阅读, footer with 蜀ICP备, 网站标识码, 电脑版 link",
], active, q, rl, narrative, "review-total")
write("08-2019-2019-review-total", page, t)
print(NEW)
