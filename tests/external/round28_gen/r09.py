"""09: 郑州市金水区丰产路街道办事处 2020 (2019 template), sound.
New markup: sections 三 and 四 built as ONE `<table>` PER ROW, stacked in a `<div class="tbl-rows">` (as a CMS
editor that pastes row by row leaves them): the three header rows of 三 are one table, then every data row its own
single-row table with fixed `<col>` widths; merged label cells cannot span tables, so 三、本年度办理结果 and each group
label stand on their first row only and the cells below are empty; section 四 the same (head table + value table)."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "郑州市金水区丰产路街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 0, "published": 0, "total_public": 0},
    "licensing": {"prev_items": 0, "change": 0, "decisions": 0},
    "other_services": {"prev_items": 6, "change": 1, "decisions": 231},
    "penalties": {"prev_items": 12, "change": 0, "decisions": 37},
    "enforcement": {"prev_items": 2, "change": 0, "decisions": 5},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 2, "amount_yuan": 268000},
}
Z = [0] * 6
res = {
    "granted": [8, 1, 0, 0, 0, 0], "partial": [2, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z,
    "denied_third_party": [1, 0, 0, 0, 0, 0], "denied_internal": Z, "denied_process": Z,
    "denied_enforcement": Z, "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [5, 0, 0, 0, 0, 0], "unable_needs_creation": [1, 0, 0, 0, 0, 0], "unable_unclear": Z,
    "rejected_petition": [3, 0, 0, 0, 0, 0], "rejected_duplicate": [1, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [1, 0, 0, 0, 0, 0], res, [2, 1, 0, 0, 0, 0])
rl = section4([1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 1, "lawsuits": 1}
COLG = '<colgroup><col width="40"><col width="80"><col width="220">' + '<col width="64">' * 7 + "</colgroup>"
T = 'class="row-tbl" border="1" cellspacing="0" cellpadding="2" width="100%"'


def sec3():
    out = [f"<table {T}>{COLG}\n" + "\n".join(head3()) + "\n</table>"]
    for k, (l1, l2, l3) in flat3(TPL):
        vals = "".join(f"<td>{num(q[k][c])}</td>" for c in COLS)
        if k in ("new_received", "carried_over", "carried_forward"):
            labs = f'<td colspan="3">{l1}</td>'
        elif not l3:
            labs = f'<td>{l1}</td><td colspan="2">{l2}</td>'
        else:
            labs = f"<td>{l1}</td><td>{l2}</td><td>{l3}</td>"
        out.append(f"<table {T}>{COLG}<tr>{labs}{vals}</tr></table>")
    return '<div class="tbl-rows">\n' + "\n".join(out) + "\n</div>"


def sec4():
    h = f"<table {T}>\n" + "\n".join(head4()) + "\n</table>"
    v = f"<table {T}><tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr></table>"
    return f'<div class="tbl-rows">\n{h}\n{v}\n</div>'


sec2 = table2(TPL, active, lambda k, f, v: f"{v:,}" if f == "amount_yuan" else signed(v) if f == "change" else num(v),
              attrs='border="1" cellspacing="0" width="100%"')
body = f"""<p>根据《中华人民共和国政府信息公开条例》规定，丰产路街道办事处编制本报告。</p>
<p><strong>一、总体情况</strong></p>
<p>2020年，丰产路街道围绕疫情防控、老旧小区改造和社区治理做好信息公开。街道全年受理政府信息公开申请{NEW}件。全年发生行政复议1件，行政诉讼1件。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
{sec2}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{sec3()}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{sec4()}
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>信息公开人员力量薄弱。2021年将配齐专兼职人员。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>无。</p>"""
page = site(TITLE, "郑州市金水区人民政府", ["首页", "政务公开", "街道信息公开", "丰产路街道"],
            "发布时间：2021-01-26　来源：丰产路街道办事处　浏览：291次",
            body, "金水区人民政府办公室主办　豫ICP备05006538号　豫公网安备41010502003127号　网站标识码：4101050001",
            head_extra="<style>.tbl-rows table{border-collapse:collapse;margin:0;table-layout:fixed} .tbl-rows table+table{border-top:0} td{text-align:center}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-table-per-row-2019", None, [
    "sections 三 and 四 as one <table> per row stacked in a div.tbl-rows: the header rows one table, every data row its own single-row table with a fixed <colgroup>",
    "no span crosses a table: 三、本年度办理结果 and each group label stand on their first row, empty cells below",
    "procurement 268,000 元; 本年增/减 signed",
], active, q, rl, narrative, None)
write("09-2020-2019", page, t)
print(NEW)
