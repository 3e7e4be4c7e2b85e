"""10: 长沙市岳麓区城市管理和综合执法局 2022 (2021 template), planted flaw: narrative-mismatch. UTF-8 page.
New markup: figures in the 总体情况 prose written in Chinese numerals (一百零四件, 三件, 两件); the tables' labels in
ASCII punctuation as typed on an English keyboard ("(一)予以公开", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
"3.危及\\"三安全一稳定\\"" with straight quotes, corner "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)");
each table inside <div class="table-wrap" style="overflow-x:auto">; values right-aligned; null cells "-"."""
from common import *

TPL, YEAR = "2021", 2022
OFFICE = "长沙市岳麓区城市管理和综合执法局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 1, "repealed": 0, "in_force": 5},
    "licensing": {"decisions": 743},
    "penalties": {"decisions": 2618},
    "enforcement": {"decisions": 147},
    "fees": {"amount_yuan": None},
}
Z = [0] * 6
res = {
    "granted": [31, 6, 0, 0, 1, 0], "partial": [7, 2, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [3, 1, 0, 0, 0, 0],
    "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": [2, 0, 0, 0, 0, 0], "denied_enforcement": [5, 1, 0, 0, 0, 0],
    "denied_query": [2, 0, 0, 0, 0, 0],
    "unable_not_held": [14, 3, 0, 0, 0, 1], "unable_needs_creation": [4, 0, 0, 0, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [9, 0, 0, 0, 0, 0], "rejected_duplicate": [4, 1, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [2, 0, 0, 0, 0, 0], "rejected_confirm": Z,
    "other_no_correction": [3, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [4, 1, 0, 0, 0, 0], res, [6, 1, 0, 0, 0, 0])
rl = section4([2, 0, 1, 0], [1, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
# planted flaw (narrative-mismatch): the prose says 收到…申请一百零四件 (104); the table's 一、本年新收 总计 is 108.
# Reviews (三件 = 3) and lawsuits (两件 = 2) agree with the table.
SAID = NEW - 4
narrative = {"new_requests": SAID, "reviews": 3, "lawsuits": 2}

ASCII = {"（": "(", "）": ")", "，": ",", "：": ":", "“": '"', "”": '"'}


def a(s):
    for k, v in ASCII.items():
        s = s.replace(k, v)
    return s


LAB = {k: a(v) for k, v in LABEL.items()}


def sec2():
    def cell(k, f, v):
        if v is None:
            return "-"
        return wan(v) if f == "amount_yuan" else num(v)
    rows = sec2_table(TPL, active, cell)
    rows = [a(r) for r in rows]
    return '<div class="table-wrap" style="overflow-x:auto"><table class="tbl">\n' + "\n".join(rows) + "\n</table></div>"


def sec3():
    val = lambda k, c: f'<td align="right">{num(q[k][c], "-")}</td>'
    rows = [a(r) for r in head3()] + body3(TPL, q, val, labels=LAB, lab=a)
    return '<div class="table-wrap" style="overflow-x:auto"><table class="tbl">\n' + "\n".join(rows) + "\n</table></div>"


def sec4():
    rows = head4() + ["<tr>" + "".join(f'<td align="right">{num(rl[g][x], "-")}</td>' for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<div class="table-wrap" style="overflow-x:auto"><table class="tbl">\n' + "\n".join(rows) + "\n</table></div>"


body = f"""
<div class="art-title">{TITLE}</div>
<p>本年度报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。报告统计期限为2022年1月1日至2022年12月31日。</p>
<p class="h">一、总体情况</p>
<p>2022年，岳麓区城市管理和综合执法局坚持以公开为常态、不公开为例外，围绕市容环境整治、违法建设治理、燃气安全等重点工作推进政务公开。</p>
<p>依申请公开方面，全年共收到政府信息公开申请{cn(SAID)}件，上年结转{cn(5)}件，均按规定期限答复。</p>
<p>全年因政府信息公开工作被申请行政复议{cn(3)}件，被提起行政诉讼两件，其中一件尚未审结。</p>
<p class="h">二、主动公开政府信息情况</p>
{sec2()}
<p class="h">三、收到和处理政府信息公开申请情况</p>
{sec3()}
<p class="h">四、政府信息公开行政复议、行政诉讼情况</p>
{sec4()}
<p class="h">五、存在的主要问题及改进情况</p>
<p>执法信息公开的及时性仍有不足。2023年将推行执法结果七日内公开。</p>
<p class="h">六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>
<p class="sign">长沙市岳麓区城市管理和综合执法局<br>2023年1月30日</p>
"""

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="utf-8">
<title>{TITLE}-长沙市岳麓区人民政府</title>
<style>
.tbl{{min-width:720px;width:100%;border-collapse:collapse}} .tbl td{{border:1px solid #666;padding:2px 4px;text-align:center}}
.tbl td[align=right]{{text-align:right}} .art-title{{font-size:22px;font-weight:bold;text-align:center}} .h{{font-weight:bold}} .sign{{text-align:right}}
</style>
</head>
<body>
<div class="header">长沙市岳麓区人民政府 <a href="#">智能问答</a> <a href="#">无障碍</a> <a href="#">适老化</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">要闻动态</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">政民互动</a></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; 2022年度</div>
<div class="art-info">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 来源：区城管执法局 时间：2023-01-30 15:42 阅读：{1046}</div>
{body}
<div class="footer">主办：长沙市岳麓区人民政府办公室　湘ICP备05005678号　湘公网安备43010402000321号　网站标识码：4301040001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r26-ascii-labels-cn-numerals-2021", None, [
    "UTF-8 (<meta charset=\"utf-8\"> after an X-UA-Compatible meta)",
    "总体情况 figures in Chinese numerals: 收到…申请一百零四件, 上年结转五件, 行政复议三件, 行政诉讼两件",
    "table labels in ASCII punctuation: (一)予以公开, (二)部分公开(区分处理的,只计这一情形,不计其他情形), (三)不予公开 …, 3.危及\"三安全一稳定\" with straight quotes, (六)其他处理 sub-rows with ASCII commas, corner (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和); section 二 captions 第二十条第(一)项, head 本年收费金额(单位:万元)",
    "each table inside <div class=\"table-wrap\" style=\"overflow-x:auto\">; value cells align=right",
    "null cells \"-\" (规章 row and 行政事业性收费 in section 二); zeros typed 0 elsewhere",
    "site clutter: header, nav, 当前位置, 字体/来源/时间/阅读 1046, footer with 湘ICP备, 湘公网安备, 网站标识码",
], active, q, rl, narrative, "narrative-mismatch")
write("10-2022-2021-narrative-mismatch", page, t)
print(NEW, SAID, cn(SAID))
