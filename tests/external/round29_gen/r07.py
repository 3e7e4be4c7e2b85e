"""07: 西安市雁塔区电子城街道办事处 2025 (2021 template), sound.
New markup: section 三 in HTML 4 order — `<thead>` (the three head rows), then `<tfoot>` holding （七）总计 and
四、结转下年度继续办理, then `<tbody>` with 一、二 and the result rows; a browser draws the tfoot rows last, a
source-order reader meets them before the result rows. The （七）总计 row stands alone in the tfoot
(`<td colspan="3">（七）总计</td>`): 三、本年度办理结果 spans only the result rows in the tbody."""
from common import *

TPL, YEAR = "2021", 2025
OFFICE = "西安市雁塔区电子城街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 0, "repealed": 0, "in_force": 1},
    "licensing": {"decisions": 0},
    "penalties": {"decisions": 41},
    "enforcement": {"decisions": 2},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [14, 2, 0, 0, 0, 1], "partial": [3, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z,
    "denied_third_party": [2, 0, 0, 0, 0, 0], "denied_internal": Z, "denied_process": [1, 0, 0, 0, 0, 0],
    "denied_enforcement": Z, "denied_query": Z,
    "unable_not_held": [8, 1, 0, 0, 0, 0], "unable_needs_creation": [1, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [3, 0, 0, 0, 0, 0], "rejected_duplicate": [2, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z,
    "other_no_correction": [1, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [3, 0, 0, 0, 0, 1])
rl = section4([1, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}

val = lambda k, c: f"<td>{num(q[k][c])}</td>"
body_rows = body3(TPL, q, val, last=-2, head_rowspan=len(results(TPL)))
foot_rows = [f'<tr><td colspan="3">{LABEL[k]}</td>' + "".join(val(k, c) for c in COLS) + "</tr>"
             for k in ("total_handled", "carried_forward")]
A = 'border="1" cellspacing="0" cellpadding="3" width="100%" class="t3"'
sec3 = (f"<table {A}>\n<thead>\n" + "\n".join(head3()) + "\n</thead>\n<tfoot>\n" + "\n".join(foot_rows) +
        "\n</tfoot>\n<tbody>\n" + "\n".join(body_rows) + "\n</tbody>\n</table>")
sec4 = table4(rl, lambda g, x: f"<td>{num(rl[g][x])}</td>", attrs=A)
sec2 = table2(TPL, active, attrs=A)
body = f"""<p>　　根据《中华人民共和国政府信息公开条例》和《陕西省政府信息公开工作年度报告编制规范》，电子城街道办事处编制本报告。报告所列数据统计期限自2025年1月1日起至2025年12月31日止。</p>
<h3>一、总体情况</h3>
<p>　　2025年，电子城街道围绕老旧小区改造、社区养老服务和城市更新持续推进基层政务公开，通过街道公开专栏、社区公开栏、微信公众号等渠道及时发布信息。全年新收政府信息公开申请{NEW}件，办结率100%。本年度因政府信息公开引起行政复议2件、行政诉讼1件。</p>
<h3>二、主动公开政府信息情况</h3>
{sec2}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4}
<h3>五、存在的主要问题及改进情况</h3>
<p>　　社区层面公开内容规范性不够，部分公开栏信息更新滞后。下一步将加强对社区的业务指导和督促检查。</p>
<h3>六、其他需要报告的事项</h3>
<p>　　本年度未收取信息处理费，无其他需要报告的事项。</p>"""
page = site(TITLE, "西安市雁塔区人民政府", ["首页", "信息公开", "街道信息公开", "电子城街道", "政府信息公开年报"],
            "文号：无　　发布时间：2026-01-20　　来源：电子城街道办事处　　点击数：<span id=\"clk\">214</span>",
            body, "主办：西安市雁塔区人民政府办公室　陕ICP备05005781号　陕公网安备61011302000472号　网站标识码：6101130002",
            doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
            charset='<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            head_extra="<style>.t3{border-collapse:collapse} .t3 td{text-align:center}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-tfoot-first-2021", None, [
    "section 三 in HTML 4 order: <thead>, then <tfoot> holding （七）总计 and 四、结转下年度继续办理, then <tbody>; rendered, the tfoot rows come last",
    "（七）总计 labelled by its own colspan=3 cell: 三、本年度办理结果 spans only the result rows",
    "HTML 4.01 Transitional doctype, http-equiv charset",
    "site clutter: 文号/发布时间/来源/点击数, footer with 陕ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("07-2025-2021", page, t)
