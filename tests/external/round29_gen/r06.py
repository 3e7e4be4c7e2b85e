"""06: 昆明市五华区民政局 2024 (2021 template), flaw: row-total.
New markup: the parts in the office's own order and numbering: 一、总体情况; 二、收到和处理政府信息公开申请情况
(the official 三); 三、政府信息公开行政复议、行政诉讼情况 (the official 四); 四、主动公开政府信息情况 (the official
二); 五, 六 as usual; each table under a centred 「表N」 title line.
Flaw: （四）1.本机关不掌握相关政府信息 总计 worked out 12, printed 13; （五）2.重复申请 总计 worked out 4, printed 3
(the 总计 column still sums to （七）总计 53)."""
from common import *

TPL, YEAR = "2021", 2024
OFFICE = "昆明市五华区民政局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 1, "repealed": 1, "in_force": 4},
    "licensing": {"decisions": 36},
    "penalties": {"decisions": 2},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [16, 2, 0, 1, 0, 0], "partial": [3, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z,
    "denied_third_party": [3, 0, 0, 0, 0, 0], "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": [2, 0, 0, 0, 0, 0],
    "denied_enforcement": Z, "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [10, 1, 0, 0, 1, 0], "unable_needs_creation": [2, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [3, 0, 0, 0, 0, 0], "rejected_duplicate": [4, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z,
    "other_no_correction": [1, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [3, 0, 0, 0, 0, 0], res, [2, 1, 0, 0, 0, 0])
assert q["unable_not_held"]["total"] == 12 and q["rejected_duplicate"]["total"] == 4 and q["total_handled"]["total"] == 53
q["unable_not_held"]["total"] = 13      # the flaw: printed 13 (worked out 12)
q["rejected_duplicate"]["total"] = 3    # printed 3 (worked out 4): the 总计 column still sums to 53
rl = section4([1, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}

A = 'border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:collapse;width:96%"'
sec3 = table3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>", attrs=A)
sec4 = table4(rl, lambda g, x: f"<td>{num(rl[g][x])}</td>", attrs=A)
sec2 = table2(TPL, active, attrs=A)
tt = lambda n, s: f'<p class="tbt" style="text-align:center"><b>表{n}　{s}</b></p>'
body = f"""<p>　　本报告依据《中华人民共和国政府信息公开条例》编制，为便于阅读，本报告先报告依申请公开和复议诉讼情况，再报告主动公开情况。统计期限为2024年1月1日至2024年12月31日。</p>
<p class="h"><b>一、总体情况</b></p>
<p>　　2024年，五华区民政局围绕社会救助、养老服务、婚姻登记和殡葬管理等领域加大公开力度。全年共收到政府信息公开申请{NEW}件；被申请行政复议2件，被提起行政诉讼1件。</p>
<p class="h"><b>二、收到和处理政府信息公开申请情况</b></p>
{tt(1, "收到和处理政府信息公开申请情况")}
{sec3}
<p class="h"><b>三、政府信息公开行政复议、行政诉讼情况</b></p>
{tt(2, "政府信息公开行政复议、行政诉讼情况")}
{sec4}
<p class="h"><b>四、主动公开政府信息情况</b></p>
{tt(3, "主动公开政府信息情况")}
{sec2}
<p class="h"><b>五、存在的主要问题及改进情况</b></p>
<p>　　政策解读的针对性不强，基层公开事项标准目录的动态调整不够及时。2025年将推动目录动态更新，丰富解读形式。</p>
<p class="h"><b>六、其他需要报告的事项</b></p>
<p>　　本年度未收取信息处理费。</p>"""
page = site(TITLE, "昆明市五华区人民政府", ["首页", "政务公开", "部门信息", "区民政局"],
            "发布时间：2025-01-24　　来源：五华区民政局　　浏览量：<span>862</span>",
            body, "主办：昆明市五华区人民政府办公室　滇ICP备05000853号　滇公网安备53010202000389号　网站标识码：5301020001")
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-reordered-parts-2021", None, [
    "parts in the office's own order and numbering: 二 = the official 三 (requests), 三 = the official 四 (review/litigation), 四 = the official 二 (proactive)",
    "each table under a centred 表N title line repeating the part's name",
    "site clutter: 发布时间/来源/浏览量, footer with 滇ICP备 and 网站标识码",
], active, q, rl, narrative, "row-total")
write("06-2024-2021-row-total", page, t)
