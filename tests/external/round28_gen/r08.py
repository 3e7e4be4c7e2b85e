"""08: 济南市历下区人民政府 2019 (2019 template), planted flaw: review-total.
New markup: the file is UTF-16 BIG-ENDIAN with a BOM (FE FF) and `<meta http-equiv="Content-Type"
content="text/html; charset=utf-16">`, as a Windows editor's "Unicode big endian" save writes it; every header and
label cell of sections 三 and 四 is a `<th>` (values `<td>`), in tables with `rules="all" frame="box"` (HTML 4 table
attributes instead of border)."""
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "济南市历下区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 5, "published": 5, "total_public": 38},
    "licensing": {"prev_items": 187, "change": -4, "decisions": 9215},
    "other_services": {"prev_items": 43, "change": 3, "decisions": 2176},
    "penalties": {"prev_items": 402, "change": 11, "decisions": 1538},
    "enforcement": {"prev_items": 21, "change": 0, "decisions": 64},
    "fees": {"prev_items": 5, "change": -1},
    "procurement": {"projects": 36, "amount_yuan": 15720000},
}
Z = [0] * 6
res = {
    "granted": [96, 14, 1, 0, 3, 1], "partial": [17, 3, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [2, 0, 0, 0, 0, 0], "denied_safety": [1, 0, 0, 0, 0, 0],
    "denied_third_party": [7, 2, 0, 0, 0, 0], "denied_internal": [3, 0, 0, 0, 0, 0], "denied_process": [6, 1, 0, 0, 0, 0],
    "denied_enforcement": [4, 0, 0, 0, 0, 0], "denied_query": [5, 1, 0, 0, 0, 0],
    "unable_not_held": [52, 8, 0, 0, 2, 0], "unable_needs_creation": [9, 1, 0, 0, 0, 0], "unable_unclear": [6, 0, 0, 0, 0, 0],
    "rejected_petition": [18, 2, 0, 0, 0, 0], "rejected_duplicate": [11, 1, 0, 0, 0, 0], "rejected_publication": [1, 0, 0, 0, 0, 0],
    "rejected_excessive": [4, 0, 0, 0, 0, 0], "rejected_confirm": [2, 0, 0, 0, 0, 0], "other": [8, 1, 0, 0, 0, 0],
}
q = section3(TPL, [9, 2, 0, 0, 0, 0], res, [12, 3, 0, 0, 1, 0])
rl = section4([3, 2, 0, 1], [2, 1, 0, 2], [1, 0, 0, 0])
# planted flaw (review-total): 行政复议 3+2+0+1 = 6, 总计 printed 5 (the prose's 被申请行政复议5件 follows the printed 5)
rl["review"]["total"] = 5
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 5, "lawsuits": 6}
A = 'rules="all" frame="box" cellpadding="4" width="100%"'
sec3 = table3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>", attrs=A, td="th")
sec4 = table4(rl, lambda g, x: f"<td>{num(rl[g][x])}</td>", attrs=A, td="th")
sec2 = table2(TPL, active, lambda k, f, v: wan(v) + "万元" if f == "amount_yuan" else signed(v) if f == "change" else num(v), attrs=A)

body = f"""<p>　　本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求编制，统计期限自2019年1月1日起至2019年12月31日止。</p>
<h2>一、总体情况</h2>
<p>　　2019年，历下区全面贯彻新修订的《条例》，扎实推进决策、执行、管理、服务、结果公开。全年共受理政府信息公开申请{NEW}件。被申请行政复议5件，被提起行政诉讼6件。</p>
<h2>二、主动公开政府信息情况</h2>
{sec2}
<h2>三、收到和处理政府信息公开申请情况</h2>
{sec3}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{sec4}
<h2>五、存在的主要问题及改进情况</h2>
<p>　　政策解读的针对性还不够强，2020年将围绕重点领域开展多形式解读。</p>
<h2>六、其他需要报告的事项</h2>
<p>　　无。</p>"""
page = site(TITLE, "济南市历下区人民政府", ["首页", "政务公开", "政府信息公开年报"],
            "发布日期：2020-01-17　来源：历下区人民政府办公室　访问量：4021",
            body, "济南市历下区人民政府办公室主办　鲁ICP备05028356号　鲁公网安备37010202000512号　网站标识码：3701020001",
            charset='<meta http-equiv="Content-Type" content="text/html; charset=utf-16">', doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
            head_extra="<style>th{font-weight:normal} td{text-align:center}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-utf16be-th-labels-2019", "utf-16be", [
    "UTF-16 big-endian with a BOM (FE FF), <meta http-equiv=Content-Type content=\"text/html; charset=utf-16\">, HTML 4.01 Transitional DOCTYPE",
    "every header and label cell of sections 三 and 四 a <th> (font-weight normal), values <td>; tables with rules=all frame=box instead of border",
    "procurement 1572万元; 本年增/减 signed",
], active, q, rl, narrative, "review-total")
write("08-2019-2019-review-total", page, t, encoding="utf-16be", bom=True)
print(NEW)
