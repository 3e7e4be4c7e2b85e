"""08: 乌鲁木齐市天山区市场监督管理局 2019 (2019 template), sound. GBK page.
New markup: a Word-pasted report: every cell's content is <p class=MsoNormal align=center><span lang=EN-US style=…>N
<o:p></o:p></span></p> (labels in <span style='font-family:宋体'>), blank cells <span>&nbsp;<o:p></o:p></span>;
sub-rows numbered "1、" … ; section 二 cells with nothing print "无"."""
from common import *
import re

TPL, YEAR = "2019", 2019
OFFICE = "乌鲁木齐市天山区市场监督管理局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": None, "published": None, "total_public": None},
    "normative_docs": {"made": 1, "published": 1, "total_public": 6},
    "licensing": {"prev_items": 31, "change": 2, "decisions": 9846},
    "other_services": {"prev_items": 8, "change": 0, "decisions": 157},
    "penalties": {"prev_items": 126, "change": -4, "decisions": 1372},
    "enforcement": {"prev_items": 12, "change": 0, "decisions": 86},
    "fees": {"prev_items": None, "change": None},
    "procurement": {"projects": 1, "amount_yuan": 46000},
}
N = None
B = [N] * 6
res = {
    "granted": [14, 5, N, N, 1, N], "partial": [3, 1, N, N, N, N],
    "denied_state_secret": B, "denied_law_forbidden": B, "denied_safety": B, "denied_third_party": [4, 2, N, N, N, N],
    "denied_internal": B, "denied_process": [1, N, N, N, N, N], "denied_enforcement": [2, N, N, N, N, N], "denied_query": B,
    "unable_not_held": [11, 3, N, N, N, 1], "unable_needs_creation": [1, 1, N, N, N, N], "unable_unclear": [2, N, N, N, N, N],
    "rejected_petition": [16, N, N, N, N, N], "rejected_duplicate": [3, N, N, N, N, N], "rejected_publication": B,
    "rejected_excessive": [5, N, N, N, N, N], "rejected_confirm": B, "other": [1, N, N, N, N, N],
}
q = section3(TPL, B, res, [2, 1, N, N, N, N])
rl = section4([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 0, "lawsuits": 0}

LAB = {k: re.sub(r"^(\d)\.", r"\1、", v) for k, v in LABEL.items()}
TDS = "width=57 valign=middle style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'"


def wv(s):
    s = "&nbsp;" if s == "" else s
    return (f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt;"
            f"font-family:\"Times New Roman\"'>{s}<o:p></o:p></span></p>")


def wl(s):
    return (f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt;"
            f"font-family:宋体'>{s}<o:p></o:p></span></p>")


def td(content, span=""):
    return f"<td {TDS}{span}>{content}</td>"


def sec2():
    rows = []
    for cap, heads, rws in sec2_rows(TPL):
        rows.append(f"<tr>{td(wl(cap), ' colspan=4')}</tr>")
        if len(heads) == 2:
            rows.append(f"<tr>{td(wl('信息内容'))}{td(wl(heads[0]))}{td(wl(heads[1]), ' colspan=2')}</tr>")
        else:
            rows.append("<tr>" + td(wl("信息内容")) + "".join(td(wl(h)) for h in heads) + "</tr>")
        for lb, k, fs in rws:
            vs = []
            for f in fs:
                x = active[k][f]
                if k == "fees":
                    vs.append("无")
                elif f == "change":
                    vs.append(signed(x))
                elif f == "amount_yuan":
                    vs.append(wan(x) + "万元")
                else:
                    vs.append(num(x, "无"))
            if len(vs) == 2:
                rows.append(f"<tr>{td(wl(lb))}{td(wv(vs[0]))}{td(wv(vs[1]), ' colspan=2')}</tr>")
            else:
                rows.append("<tr>" + td(wl(lb)) + "".join(td(wv(x)) for x in vs) + "</tr>")
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
            "border:none'>\n" + "\n".join(rows) + "\n</table>")


def sec3():
    h = [f"<tr>{td(wl(CORNER), ' colspan=3 rowspan=3')}{td(wl('申请人情况'), ' colspan=7')}</tr>",
         f"<tr>{td(wl('自然人'), ' rowspan=2')}{td(wl('法人或其他组织'), ' colspan=5')}{td(wl('总计'), ' rowspan=2')}</tr>",
         "<tr>" + "".join(td(wl(COLNAME[c])) for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: td(wv(num(q[k][c])))
    body = body3(TPL, q, val, labels=LAB, lab=wl)
    body = [re.sub(r"<td( rowspan=\"\d+\"| colspan=\"\d+\")?>", lambda m: f"<td {TDS}{m.group(1) or ''}>", r) for r in body]
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
            "border:none'>\n" + "\n".join(h + body) + "\n</table>")


def sec4():
    rows = [re.sub(r"<td( rowspan=\"\d+\"| colspan=\"\d+\")?>", lambda m: f"<td {TDS}{m.group(1) or ''}>", r)
            for r in head4(lab=wl)]
    rows.append("<tr>" + "".join(td(wv(num(rl[g][x]))) for g in GROUPS4 for x in RESULTS4) + "</tr>")
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
            "border:none'>\n" + "\n".join(rows) + "\n</table>")


P = lambda s: (f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;"
               f"font-family:仿宋_GB2312'>{s}<o:p></o:p></span></p>")
H = lambda s: (f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>{s}"
               f"<o:p></o:p></span></b></p>")
body = f"""
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{TITLE}<o:p></o:p></span></b></p>
{P("本报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限为2019年1月1日至2019年12月31日。")}
{H("一、总体情况")}
{P("2019年，天山区市场监督管理局围绕“放管服”改革、食品药品安全监管等工作，全面推进政务公开。")}
{P(f"全年共接收政府信息公开申请{NEW}件，已办结{q['total_handled']['total']}件，结转下年度继续办理3件。")}
{P("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。")}
{H("二、主动公开政府信息情况")}
{sec2()}
{H("三、收到和处理政府信息公开申请情况")}
{sec3()}
{H("四、政府信息公开行政复议、行政诉讼情况")}
{sec4()}
{H("五、存在的主要问题及改进情况")}
{P("主动公开的深度和广度还需拓展，下一步将围绕企业开办、食品安全抽检等群众关注事项加大公开力度。")}
{H("六、其他需要报告的事项")}
{P("无。")}
<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>乌鲁木齐市天山区市场监督管理局<br>2020年1月17日<o:p></o:p></span></p>
"""

page = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gbk">
<title>{TITLE}</title>
<style>p.MsoNormal{{margin:0cm;text-align:justify;font-size:10.5pt}}</style>
</head>
<body lang=ZH-CN>
<div class="top">天山区人民政府网 | <a href="#">维吾尔文版</a> | <a href="#">设为首页</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">信息公开</a> <a href="#">网上办事</a> <a href="#">公众参与</a></div>
<div class="pos">当前位置：首页 &gt; 信息公开 &gt; 年度报告</div>
<div class="WordSection1">
{body}
</div>
<div class="foot">天山区人民政府办公室 主办 &nbsp; 新ICP备05001234号 &nbsp; 技术支持电话：0991-2801234</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-word-paste-wrappers-gbk-2019", "gbk", [
    "page saved in GBK (meta charset=gbk), Word-pasted markup (xmlns:o, class=MsoNormal, unquoted attributes, <o:p></o:p>)",
    "every cell's content wrapped as <p class=MsoNormal align=center><span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\"'>N<o:p></o:p></span></p> (labels in <span style='font-family:宋体'>); blank cells <span>&nbsp;<o:p></o:p></span>",
    "sub-rows numbered \"1、\" … (1、属于国家秘密, 1、本机关不掌握相关政府信息, 5、要求行政机关确认或重新出具已获取信息)",
    "section 三: cells with nothing counted blank (总计 too; 二、上年结转 wholly blank); section 四 all 0; section 二: 规章 row \"无\", 行政事业性收费 \"无\" \"无\" (null); 本年增/减 \"+2\", \"-4\", \"0\"; procurement \"4.6万元\"",
    "prose: 未发生因政府信息公开引起的行政复议、行政诉讼案件",
    "site clutter: top bar (维吾尔文版/设为首页), nav, 当前位置, footer with 新ICP备 and a phone number",
], active, q, rl, narrative, None)
write("08-2019-2019", page, t, encoding="gbk")
print(NEW)
