"""03: 南昌市青山湖区人民政府 2021 (2021 template), sound. GBK page.
New markup: label cells hold several <p>s, one label split over lines ("<p>（二）部分公开</p><p>（区分处理的，…）</p>");
every value sits in <p align=center><span style=…>N</span></p>, blank cells are <p><span>&nbsp;</span></p>; the
sub-rows are numbered with circled digits ①…⑧."""
from common import *

TPL, YEAR = "2021", 2021
OFFICE = "南昌市青山湖区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 6, "repealed": 2, "in_force": 58},
    "licensing": {"decisions": 14362},
    "penalties": {"decisions": 2215},
    "enforcement": {"decisions": 37},
    "fees": {"amount_yuan": 0},
}
N = None
res = {
    "granted": [142, 21, 2, 1, 3, 1], "partial": [18, 2, N, N, N, N],
    "denied_state_secret": [1, N, N, N, N, N], "denied_law_forbidden": [2, N, N, N, N, N], "denied_safety": [N] * 6,
    "denied_third_party": [9, 3, N, N, N, N], "denied_internal": [4, N, N, N, N, N], "denied_process": [11, 1, N, N, N, N],
    "denied_enforcement": [3, N, N, N, 1, N], "denied_query": [6, N, N, N, N, N],
    "unable_not_held": [103, 12, 1, 2, 2, N], "unable_needs_creation": [15, 1, N, N, N, N],
    "unable_unclear": [8, N, N, N, N, 1],
    "rejected_petition": [27, N, N, N, N, N], "rejected_duplicate": [19, 2, N, N, N, N],
    "rejected_publication": [3, N, N, N, N, N], "rejected_excessive": [5, N, N, N, N, N], "rejected_confirm": [2, N, N, N, N, N],
    "other_no_correction": [21, 3, N, N, N, N], "other_no_fee": [N] * 6, "other_misc": [6, 1, N, N, N, N],
}
q = section3(TPL, [23, 4, N, N, 1, N], res, [31, 2, N, 1, N, N], total_zero=True)
rl = section4([18, 4, 3, 6], [9, 2, 1, 5], [3, 1, 0, 2])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 31, "lawsuits": 23}

CIRC = "①②③④⑤⑥⑦⑧"
SPLIT = {
    "new_received": ["一、本年新收", "政府信息公开申请数量"],
    "carried_over": ["二、上年结转", "政府信息公开申请数量"],
    "partial": ["（二）部分公开", "（区分处理的，只计这一情形，不计其他情形）"],
    "other_no_correction": ["①申请人无正当理由逾期不补正、", "行政机关不再处理其政府信息公开申请"],
    "other_no_fee": ["②申请人逾期未按收费通知要求缴纳费用、", "行政机关不再处理其政府信息公开申请"],
    "rejected_confirm": ["⑤要求行政机关确认或", "重新出具已获取信息"],
    "carried_forward": ["四、结转下年度", "继续办理"],
}


def circ(s):
    if len(s) > 1 and s[0].isdigit() and s[1] == ".":
        return CIRC[int(s[0]) - 1] + s[2:]
    return s


def lab(s):
    for k, parts in SPLIT.items():
        if circ(LABEL[k]) == s:
            return "".join(f"<p>{p}</p>" for p in parts)
    return f"<p>{s}</p>"


SP = '<p align="center"><span style="font-family:仿宋_GB2312;font-size:10.5pt">{}</span></p>'


def v(x, f=num):
    s = f(x)
    return SP.format(s if s != "" else "&nbsp;")


def sec2():
    rows = []
    for cap, heads, rws in sec2_rows(TPL):
        rows.append(f'<tr><td colspan="4">{SP.format(cap)}</td></tr>')
        if len(heads) == 1:
            rows.append(f'<tr><td>{SP.format("信息内容")}</td><td colspan="3">{SP.format(heads[0])}</td></tr>')
        else:
            rows.append(f'<tr><td>{SP.format("信息内容")}</td>' + "".join(f"<td>{SP.format(h)}</td>" for h in heads) + "</tr>")
        for lb, k, fs in rws:
            if len(fs) == 1:
                f = fs[0]
                rows.append(f'<tr><td>{SP.format(lb)}</td><td colspan="3">{v(active[k][f], wan if f == "amount_yuan" else num)}</td></tr>')
            else:
                rows.append(f'<tr><td>{SP.format(lb)}</td>' + "".join(f"<td>{v(active[k][f])}</td>" for f in fs) + "</tr>")
    return '<table border="1" cellspacing="0" cellpadding="0" width="100%" class="MsoTable">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    corner = "<p>（本列数据的勾稽关系为：</p><p>第一项加第二项之和，</p><p>等于第三项加第四项之和）</p>"
    h = [f'<tr><td colspan="3" rowspan="3">{corner}</td><td colspan="7">{SP.format("申请人情况")}</td></tr>',
         f'<tr><td rowspan="2">{SP.format("自然人")}</td><td colspan="5">{SP.format("法人或其他组织")}</td>'
         f'<td rowspan="2">{SP.format("总计")}</td></tr>',
         "<tr>" + "".join(f"<td>{SP.format(COLNAME[c])}</td>" for c in APPL[1:]) + "</tr>"]
    L = {k: circ(s) for k, s in LABEL.items()}
    val = lambda k, c: f"<td>{v(q[k][c])}</td>"
    body = body3(TPL, q, val, labels=L, lab=lab)
    return '<table border="1" cellspacing="0" cellpadding="0" width="100%" class="MsoTable">\n' + "\n".join(h + body) + "\n</table>"


def sec4():
    sp = lambda s: SP.format(s)
    rows = head4(lab=sp)
    rows.append("<tr>" + "".join(f"<td>{v(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>")
    return '<table border="1" cellspacing="0" cellpadding="0" width="100%" class="MsoTable">\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f'<p style="text-indent:2em">{s}</p>'
body = f"""
<h1 align="center">{TITLE}</h1>
{P("本报告由南昌市青山湖区人民政府办公室根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的政府信息公开工作年度报告格式要求编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。")}
<p><strong>一、总体情况</strong></p>
{P("2021年，青山湖区认真落实政务公开各项工作要求，持续深化重点领域信息公开，全年通过区政府门户网站主动公开政府信息12,406条。")}
{P(f"依申请公开方面，全区共收到政府信息公开申请{NEW}件，较上年增长8.6%，上年结转申请28件；办结{q['total_handled']['total']}件，结转下年度继续办理34件。")}
{P("全区因政府信息公开工作被申请行政复议31件，被提起行政诉讼23件。")}
<p><strong>二、主动公开政府信息情况</strong></p>
{sec2()}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{sec3()}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{sec4()}
<p><strong>五、存在的主要问题及改进情况</strong></p>
{P("一是部分单位依申请公开答复规范性不够；二是基层政务公开专区建设不平衡。下一步，我区将开展答复文书评查，推动专区标准化建设。")}
<p><strong>六、其他需要报告的事项</strong></p>
{P("2021年全区未收取信息处理费。")}
<p align="right">南昌市青山湖区人民政府办公室<br>2022年1月20日</p>
"""

page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{TITLE}</title>
<style>table.MsoTable td{{border:solid windowtext 1.0pt;padding:0 5px}} table.MsoTable p{{margin:0}}</style>
</head>
<body>
<div class="topbar">青山湖区人民政府门户网站 | <a href="#">江西政务服务网</a> | <a href="#">长者模式</a></div>
<div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a> | <a href="#">走进青山湖</a></div>
<div class="loc">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<div class="zoom">【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 发布日期：2022-01-20 访问量：1932</div>
{body}
<div class="foot">主办单位：南昌市青山湖区人民政府办公室 &nbsp; 赣ICP备05000567号 &nbsp; 赣公网安备 36011102000089号</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-p-split-labels-span-values-circled-gbk-2021", "gbk", [
    "page saved in GBK (meta charset=gbk), no DOCTYPE",
    "label cells hold several <p>s: one label split over two or three lines (corner note in three <p>s; \"一、本年新收\"/\"政府信息公开申请数量\"; \"（二）部分公开\"/\"（区分处理的，只计这一情形，不计其他情形）\"; \"⑤要求行政机关确认或\"/\"重新出具已获取信息\"; the two long （六） sub-rows split after \"、\"; \"四、结转下年度\"/\"继续办理\")",
    "every header and value cell content wrapped as <p align=center><span style=\"font-family:仿宋_GB2312…\">N</span></p>; blank cells <p><span>&nbsp;</span></p>",
    "sub-rows numbered with circled digits ①…⑧ (①属于国家秘密, ①申请人无正当理由逾期不补正…, ③其他)",
    "applicant cells with nothing counted blank; 总计 always printed (0 on empty rows); 规章 row blank; fee 0 (万元); counts in hundreds and thousands (行政许可 14362, 本年新收 471)",
    "site clutter: top bar, nav, 当前位置, 字号/发布日期/访问量, footer with 赣ICP备",
], active, q, rl, narrative, None)
write("03-2021-2021", page, t, encoding="gbk")
print(NEW, q["total_handled"]["total"])
