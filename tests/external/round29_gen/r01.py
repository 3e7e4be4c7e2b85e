"""01: 杭州市西湖区人民政府 2019 (2019 template), sound.
New markup: the report is the 预览 view of a 年报填报系统 form: every value of sections 三 and 四 is a read-only text
field `<input type="text" class="ipt" readonly value="63" size="4">` (the number lives only in the value attribute;
the cell has no text); section 二 plain text."""
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "杭州市西湖区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 5, "published": 5, "total_public": 41},
    "licensing": {"prev_items": 187, "change": 4, "decisions": 6120},
    "other_services": {"prev_items": 73, "change": -3, "decisions": 2291},
    "penalties": {"prev_items": 412, "change": 9, "decisions": 1538},
    "enforcement": {"prev_items": 21, "change": 0, "decisions": 67},
    "fees": {"prev_items": 2, "change": 0},
    "procurement": {"projects": 34, "amount_yuan": 12580000},
}
Z = [0] * 6
res = {
    "granted": [88, 14, 1, 0, 3, 1], "partial": [17, 3, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [2, 0, 0, 0, 0, 0], "denied_safety": [1, 0, 0, 0, 0, 0],
    "denied_third_party": [6, 2, 0, 0, 0, 0], "denied_internal": [3, 0, 0, 0, 0, 0], "denied_process": [8, 1, 0, 0, 1, 0],
    "denied_enforcement": [2, 1, 0, 0, 0, 0], "denied_query": [4, 0, 0, 0, 0, 0],
    "unable_not_held": [39, 6, 0, 1, 2, 0], "unable_needs_creation": [9, 1, 0, 0, 0, 0], "unable_unclear": [5, 0, 0, 0, 0, 0],
    "rejected_petition": [15, 2, 0, 0, 0, 1], "rejected_duplicate": [11, 0, 0, 0, 0, 0], "rejected_publication": [2, 0, 0, 0, 0, 0],
    "rejected_excessive": [6, 0, 0, 0, 0, 0], "rejected_confirm": [1, 0, 0, 0, 0, 0], "other": [7, 1, 0, 0, 0, 0],
}
q = section3(TPL, [9, 2, 0, 0, 1, 0], res, [12, 3, 0, 0, 0, 0])
rl = section4([5, 3, 1, 2], [3, 1, 0, 2], [2, 0, 0, 1])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 11, "lawsuits": 9}


def ipt(v):
    return f'<td class="c"><input type="text" class="ipt" readonly="readonly" value="{num(v)}" size="4"></td>'


sec3 = table3(TPL, q, lambda k, c: ipt(q[k][c]), attrs='class="tb-form" border="1" cellspacing="0" cellpadding="2" width="100%"')
sec4 = table4(rl, lambda g, x: ipt(rl[g][x]), attrs='class="tb-form" border="1" cellspacing="0" cellpadding="2" width="100%"')
sec2 = table2(TPL, active, lambda k, f, v: wan(v) + "万元" if f == "amount_yuan" else signed(v) if f == "change" else num(v),
              attrs='class="tb-form" border="1" cellspacing="0" cellpadding="2" width="100%"')

body = f"""<div class="form-bar">年报填报系统 › 报表预览　　填报单位：西湖区人民政府办公室　　报表状态：<b>已审核</b>　　<button type="button" disabled>导出Excel</button></div>
<p>　　本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《杭州市政府信息公开规定》编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。所列数据统计期限自2019年1月1日起至2019年12月31日止。</p>
<h3>一、总体情况</h3>
<p>　　2019年，西湖区以贯彻落实新修订的《条例》为主线，围绕“最多跑一次”改革和数字政府建设深化政务公开。全年共受理政府信息公开申请{NEW}件，按期答复率100%。因政府信息公开被申请行政复议11件，被提起行政诉讼9件。</p>
<h3>二、主动公开政府信息情况</h3>
{sec2}
<h3>三、收到和处理政府信息公开申请情况</h3>
{sec3}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{sec4}
<h3>五、存在的主要问题及改进情况</h3>
<p>　　一是部分镇街公开栏目更新不够及时；二是政策解读形式较为单一。2020年将加强考核督查，推广图解、视频等解读形式。</p>
<h3>六、其他需要报告的事项</h3>
<p>　　无。</p>"""
page = site(TITLE, "杭州市西湖区人民政府门户网站", ["首页", "政务公开", "政府信息公开年报", "区政府年报"],
            "发布时间：2020-01-17 09:30　　来源：西湖区人民政府办公室　　【字体：大 中 小】",
            body, "主办单位：杭州市西湖区人民政府办公室　浙ICP备13016785号-2　浙公网安备33010602009081号　网站标识码：3301060001",
            head_extra="<style>.tb-form{border-collapse:collapse} .tb-form td{text-align:center} .ipt{border:0;background:#f7f7f7;width:48px;text-align:center} .form-bar{background:#eef3fb;padding:6px}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-readonly-inputs-2019", None, [
    "every value of sections 三 and 四 is a read-only <input type=text readonly value=N> field (the number only in the value attribute; the cell has no text)",
    "a 年报填报系统 预览 bar with a disabled 导出Excel button above the report",
    "procurement printed in 万元 (1258万元); 本年增/减 signed +4 / -3 / 0",
    "site clutter: breadcrumb, 发布时间/来源/字体, 打印/关闭, footer with 浙ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("01-2019-2019", page, t)
