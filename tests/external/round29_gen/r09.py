"""09: 长春市朝阳区永昌街道办事处 2020 (2019 template), sound.
New markup: served as GBK (`<meta charset="gbk">`, bytes GBK); every count in sections 三 and 四 an HTML5
`<data value="N">N</data>` element; section 三's 总计 column cells `<strong>`; procurement "0" projects and "0元"."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "长春市朝阳区永昌街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 0, "published": 0, "total_public": 0},
    "licensing": {"prev_items": 0, "change": 0, "decisions": 0},
    "other_services": {"prev_items": 6, "change": 0, "decisions": 412},
    "penalties": {"prev_items": 3, "change": 0, "decisions": 27},
    "enforcement": {"prev_items": 0, "change": 0, "decisions": 0},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 0, "amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [6, 0, 0, 0, 0, 0], "partial": [1, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z,
    "denied_third_party": [1, 0, 0, 0, 0, 0], "denied_internal": Z, "denied_process": Z,
    "denied_enforcement": Z, "denied_query": Z,
    "unable_not_held": [3, 1, 0, 0, 0, 0], "unable_needs_creation": Z, "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [2, 0, 0, 0, 0, 0], "rejected_duplicate": Z, "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [1, 0, 0, 0, 0, 0], res, [0, 0, 0, 0, 0, 0])
rl = section4([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 0, "lawsuits": 0}


def dv(v, strong=False):
    s = f'<data value="{num(v)}">{num(v)}</data>'
    return f"<td><strong>{s}</strong></td>" if strong else f"<td>{s}</td>"


A = 'border="1" cellspacing="0" cellpadding="3" width="100%" class="bg"'
sec3 = table3(TPL, q, lambda k, c: dv(q[k][c], c == "total"), attrs=A)
sec4 = table4(rl, lambda g, x: dv(rl[g][x]), attrs=A)
sec2 = table2(TPL, active, lambda k, f, v: (num(v) + "元") if f == "amount_yuan" else signed(v) if f == "change" else num(v), attrs=A)
body = f"""<p>　　按照《中华人民共和国政府信息公开条例》要求，现公布永昌街道办事处2020年政府信息公开工作年度报告。本报告统计期限为2020年1月1日至2020年12月31日。</p>
<h3>一、总体情况</h3>
<p>　　2020年，永昌街道围绕疫情防控、社区服务和民生保障，通过辖区社区公开栏、朝阳区政府网站等渠道公开信息。全年共收到政府信息公开申请{NEW}件，上年结转1件，均已按期答复。全年未发生因政府信息公开引起的行政复议和行政诉讼。</p>
<h3>二、主动公开政府信息情况</h3>
{sec2}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4}
<h3>五、存在的主要问题及改进情况</h3>
<p>　　信息公开的主动性有待增强，社区公开栏更新不够及时。2021年将明确专人负责，定期检查更新。</p>
<h3>六、其他需要报告的事项</h3>
<p>　　无。</p>"""
page = site(TITLE, "长春市朝阳区人民政府", ["首页", "政务公开", "街道信息公开", "永昌街道"],
            "发布时间：2021-01-25　　来源：永昌街道办事处　　【关闭】",
            body, "长春市朝阳区人民政府办公室主办　吉ICP备05001264号　吉公网安备22010402000184号　网站标识码：2201040002",
            charset='<meta charset="gbk">', head_extra="<style>.bg{border-collapse:collapse} .bg td{text-align:center}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-gbk-data-elements-2019", "gbk", [
    "page bytes in GBK under <meta charset=gbk>",
    "every count of sections 三 and 四 an HTML5 <data value=N>N</data> element; the 总计 column of 三 in <strong>",
    "no reviews or lawsuits: section 四 all 0; prose says 未发生…行政复议和行政诉讼",
    "site clutter: 发布时间/来源/关闭, footer with 吉ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("09-2020-2019", page, t, encoding="gbk")
