"""05: 贵阳市南明区花果园街道办事处 2023 (2021 template), sound.
New markup: an 适老化/无障碍 retrofit: every value cell of sections 三 and 四 starts with a screen-reader-only span
naming its column, `<td><span class="sr-only">自然人：</span>12</td>` (`.sr-only` is the Bootstrap clip pattern —
position:absolute; 1px; clip:rect(0,0,0,0) — not display:none, so the text is in the DOM and in text copies but not
on screen); section 三 sits inside a one-cell frame table (`<table class="frame"><tr><td><table>…`)."""
from common import *

TPL, YEAR = "2021", 2023
OFFICE = "贵阳市南明区花果园街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 0, "repealed": 0, "in_force": 0},
    "licensing": {"decisions": 0},
    "penalties": {"decisions": 17},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [9, 1, 0, 0, 0, 0], "partial": [2, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z,
    "denied_third_party": [1, 0, 0, 0, 0, 0], "denied_internal": Z, "denied_process": [1, 0, 0, 0, 0, 0],
    "denied_enforcement": Z, "denied_query": Z,
    "unable_not_held": [6, 0, 0, 0, 0, 0], "unable_needs_creation": [1, 0, 0, 0, 0, 0], "unable_unclear": Z,
    "rejected_petition": [2, 0, 0, 0, 0, 0], "rejected_duplicate": [1, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z,
    "other_no_correction": [1, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": Z,
}
q = section3(TPL, [1, 0, 0, 0, 0, 0], res, [2, 0, 0, 0, 0, 0])
rl = section4([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 1, "lawsuits": 0}


def srv(col, v):
    return f'<td><span class="sr-only">{col}：</span>{num(v)}</td>'


A = 'border="1" cellspacing="0" cellpadding="3" width="100%" class="data"'
sec3 = table3(TPL, q, lambda k, c: srv(COLNAME[c], q[k][c]), attrs=A)
sec3 = f'<table class="frame" width="100%" cellpadding="0" cellspacing="0"><tr><td>\n{sec3}\n</td></tr></table>'
sec4 = table4(rl, lambda g, x: srv({"review": "行政复议", "litigation_direct": "未经复议直接起诉",
                                    "litigation_after_review": "复议后起诉"}[g] + RESULT4NAME[x], rl[g][x]), attrs=A)
sec2 = table2(TPL, active, attrs=A)
body = f"""<p>　　根据《中华人民共和国政府信息公开条例》规定，现公布花果园街道办事处2023年政府信息公开工作年度报告。报告数据统计期限为2023年1月1日至2023年12月31日。</p>
<h4>一、总体情况</h4>
<p>　　2023年，花果园街道聚焦社区治理、民生服务和城市管理，依托社区公开栏和“南明发布”等渠道做好信息公开。全年共收到政府信息公开申请{NEW}件；发生政府信息公开行政复议1件，未发生政府信息公开行政诉讼。</p>
<h4>二、主动公开政府信息情况</h4>
{sec2}
<h4>三、收到和处理政府信息公开申请情况</h4>
{sec3}
<h4>四、政府信息公开行政复议、行政诉讼情况</h4>
{sec4}
<h4>五、存在的主要问题及改进情况</h4>
<p>　　社区公开栏内容更新不及时，工作人员业务能力有待提升。2024年将开展业务培训，落实专人负责。</p>
<h4>六、其他需要报告的事项</h4>
<p>　　本年度无其他需要报告的事项。</p>"""
page = site(TITLE, "贵阳市南明区人民政府", ["首页", "政务公开", "街道信息公开", "花果园街道"],
            "发布时间：2024-01-22　　来源：花果园街道办事处　　<a href=\"#\" class=\"old\">长辈版</a>",
            body, "贵阳市南明区人民政府办公室主办　黔ICP备05003792号　贵公网安备52010202001127号　网站标识码：5201020003",
            head_extra="<style>.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}"
                       " .data{border-collapse:collapse} .data td{text-align:center} .frame{border:2px solid #2a5caa}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-sr-only-column-names-2021", None, [
    "every value cell of sections 三 and 四 starts with a screen-reader-only span naming its column (<span class=sr-only>自然人：</span>12; 行政复议结果维持：…); .sr-only is the clip:rect(0,0,0,0) pattern, not display:none",
    "section 三 inside a one-cell frame <table> (a table inside a <td>)",
    "site clutter: 发布时间/来源/长辈版 link, footer with 黔ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("05-2023-2021", page, t)
