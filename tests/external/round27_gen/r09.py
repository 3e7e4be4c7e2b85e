"""09: 贵阳市观山湖区金华园街道办事处 2020 (2019 template), sound.
New markup: Word runs that split numbers digit by digit, as a Word document edited with revision tracking pastes into
the CMS: every number of two or more digits is written one `<span lang="EN-US" style=…>` per digit
(`<span lang="EN-US">1</span><span lang="EN-US">4</span>` for 14), inside `<p class="MsoNormal" align="center">`
cells; the prose figures too (申请<span>6</span><span>3</span>件); `<o:p></o:p>` after each cell's runs."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "贵阳市观山湖区金华园街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 0, "published": 0, "total_public": 3},
    "licensing": {"prev_items": 0, "change": 0, "decisions": 0},
    "other_services": {"prev_items": 17, "change": 2, "decisions": 3368},
    "penalties": {"prev_items": 0, "change": 0, "decisions": 0},
    "enforcement": {"prev_items": 0, "change": 0, "decisions": 0},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 2, "amount_yuan": 158000},
}
Z = [0] * 6
res = {
    "granted": [19, 3, 0, 0, 0, 1], "partial": [6, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [3, 0, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": [1, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": [2, 0, 0, 0, 0, 0],
    "unable_not_held": [12, 2, 0, 0, 0, 0], "unable_needs_creation": [3, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [10, 0, 0, 0, 0, 0], "rejected_duplicate": [4, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [1, 0, 0, 0, 0, 0], "rejected_confirm": Z, "other": [3, 0, 0, 0, 0, 0],
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [5, 1, 0, 0, 0, 0])
rl = section4([2, 0, 1, 0], [1, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 3, "lawsuits": 2}

RUN = 'lang="EN-US" style="font-size:10.5pt;font-family:宋体"'


def runs(s):
    """a number as Word runs: one span per digit (a single character stays one run)"""
    return "".join(f"<span {RUN}>{ch}</span>" for ch in s) if s else f"<span {RUN}>&nbsp;</span>"


def cellp(s):
    return f'<p class="MsoNormal" align="center" style="text-align:center">{s}<o:p></o:p></p>'


def wordify(rows):
    out = []
    for r in rows:
        r = re.sub(r"<td([^>]*)>(.*?)</td>",
                   lambda m: f'<td{m.group(1)} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                             f'{cellp(m.group(2) if not re.fullmatch(r"[-+]?[0-9.]+(万元)?", m.group(2)) else runs_num(m.group(2)))}</td>', r)
        out.append(r)
    return out


def runs_num(s):
    m = re.fullmatch(r"([-+]?[0-9.]+)(万元)?", s)
    return runs(m.group(1)) + (f'<span style="font-family:宋体">{m.group(2)}</span>' if m.group(2) else "")


import re
T = '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">'


def sec2():
    def cell(k, f, v):
        if f == "change":
            return signed(v)
        if f == "amount_yuan":
            return wan(v) + "万元"
        return num(v)
    return T + "\n" + "\n".join(wordify(sec2_table(TPL, active, cell))) + "\n</table>"


def sec3():
    return T + "\n" + "\n".join(wordify(head3() + body3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>"))) + "\n</table>"


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return T + "\n" + "\n".join(wordify(rows)) + "\n</table>"


MP = lambda s: f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">{s}</span></p>'
N = lambda n: f'</span>{runs(str(n))}<span style="font-size:16.0pt;font-family:仿宋_GB2312">'
body = f"""
<div class="TRS_Editor"><div class="Section0">
<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:22.0pt;font-family:方正小标宋简体">{TITLE}</span></b></p>
{MP("本报告根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为" + N(2020) + "年" + N(1) + "月" + N(1) + "日至" + N(2020) + "年" + N(12) + "月" + N(31) + "日。")}
{MP("<b>一、总体情况</b>")}
{MP("2020年，金华园街道围绕疫情防控、社区治理和为民服务，认真做好政府信息公开工作。")}
{MP("街道全年收到政府信息公开申请" + N(NEW) + "件，上年结转" + N(2) + "件。因政府信息公开被申请行政复议" + N(3) + "件，被提起行政诉讼" + N(2) + "件。")}
{MP("<b>二、主动公开政府信息情况</b>")}
{sec2()}
{MP("<b>三、收到和处理政府信息公开申请情况</b>")}
{sec3()}
{MP("<b>四、政府信息公开行政复议、行政诉讼情况</b>")}
{sec4()}
{MP("<b>五、存在的主要问题及改进情况</b>")}
{MP("一是基层公开人员变动频繁，业务能力有待提升；二是公开形式不够丰富。2021年将加强培训，拓展新媒体公开渠道。")}
{MP("<b>六、其他需要报告的事项</b>")}
{MP("无。")}
</div></div>"""

page = f"""<!DOCTYPE html>
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE}_贵阳市观山湖区人民政府</title>
<style>
.MsoNormalTable{{width:100%}} p.MsoNormal{{margin:0}}
</style>
</head>
<body>
<div class="top">贵阳市观山湖区人民政府 <a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="wz">您所在的位置：首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; 街道年报</div>
<div class="xl">发布时间：2021-01-26　来源：金华园街道办事处　浏览次数：369</div>
{body}
<div class="foot">贵阳市观山湖区人民政府办公室主办　黔ICP备05001234号　贵公网安备52011502000234号　网站标识码：5201150001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-word-runs-split-digits-2019", None, [
    "Word paste (MsoNormalTable, p.MsoNormal, <o:p></o:p>) in which every number of two or more digits is split into one <span lang=\"EN-US\"> run per digit, in the tables and in the prose (dates and figures)",
    "signed 本年增/减 \"+2\"; procurement \"15.8万元\" (158000 元) with the 万元 in its own run",
    "zeros typed 0; blank cells none",
    "site clutter: top links, 您所在的位置, 发布时间/来源/浏览次数, footer with 黔ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("09-2020-2019", page, t)
print(NEW)
