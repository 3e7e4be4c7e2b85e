"""08: 芜湖市镜湖区市场监督管理局 2019 (2019 template), planted flaw: review-total. GBK page.
New markup: invisible characters inside labels as a rich-text editor leaves them: zero-width spaces (&#8203;), soft
hyphens (&shy;), <wbr> tags and no-break spaces inside section 三/四 labels and headers ("本机关&#8203;不掌握相关政府信息",
"5.要求行政机关确认<wbr>或重新出具已获取信息", "法人或&shy;其他组织", "（三）&nbsp;不予公开", "结果&#8203;维持")."""
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "芜湖市镜湖区市场监督管理局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": None, "published": None, "total_public": None},
    "normative_docs": {"made": 0, "published": 0, "total_public": 3},
    "licensing": {"prev_items": 38, "change": 2, "decisions": 6125},
    "other_services": {"prev_items": 9, "change": -1, "decisions": 874},
    "penalties": {"prev_items": 126, "change": 4, "decisions": 219},
    "enforcement": {"prev_items": 11, "change": 0, "decisions": 17},
    "fees": {"prev_items": 1, "change": -1},
    "procurement": {"projects": 5, "amount_yuan": 1256000},
}
Z = [0] * 6
res = {
    "granted": [13, 6, 0, 0, 2, 0], "partial": [2, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [1, 0, 0, 0, 0, 0], "denied_safety": Z,
    "denied_third_party": [4, 2, 0, 0, 0, 0], "denied_internal": Z, "denied_process": [2, 0, 0, 0, 0, 0],
    "denied_enforcement": [3, 1, 0, 0, 0, 0], "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [15, 4, 0, 0, 1, 1], "unable_needs_creation": [3, 1, 0, 0, 0, 0],
    "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [21, 2, 0, 0, 0, 0], "rejected_duplicate": [4, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [2, 0, 0, 0, 0, 0], "rejected_confirm": Z, "other": [3, 1, 0, 0, 0, 0],
}
q = section3(TPL, [4, 1, 0, 0, 0, 0], res, [5, 2, 0, 0, 0, 0])
rl = section4([2, 1, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0])
# planted flaw (review-total): 行政复议 2 维持 + 1 纠正 + 0 其他 + 1 尚未审结 printed with 总计 3 (worked out 4)
rl["review"]["total"] = 3
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 3, "lawsuits": 1}

INV = {"1.本机关不掌握相关政府信息": "1.本机关&#8203;不掌握相关政府信息",
       "5.要求行政机关确认或重新出具已获取信息": "5.要求行政机关确认<wbr>或重新出具已获取信息",
       "2.其他法律行政法规禁止公开": "2.其他法律行政&shy;法规禁止公开",
       "4.无正当理由大量反复申请": "4.无正当理由&#8203;大量反复申请",
       "（三）不予公开": "（三）&nbsp;不予公开", "（四）无法提供": "（四）&nbsp;无法提供",
       "一、本年新收政府信息公开申请数量": "一、本年新收政府信息&#8203;公开申请数量",
       "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "（二）部分公开（区分处理的，<wbr>只计这一情形，<wbr>不计其他情形）",
       "结果维持": "结果&#8203;维持", "尚未审结": "尚未&shy;审结", "未经复议直接起诉": "未经复议<wbr>直接起诉"}
inv = lambda s: INV.get(s, s)


def sec2():
    rows = []
    for cap, heads, rws, keys in sec2_spec(TPL):
        rows.append(f'<TR><TD colSpan=4 align=center><B>{cap}</B></TD></TR>')
        if len(heads) == 2:
            rows.append(f'<TR><TD align=center>信息内容</TD><TD align=center>{heads[0]}</TD><TD colSpan=2 align=center>{heads[1]}</TD></TR>')
        else:
            rows.append("<TR><TD align=center>信息内容</TD>" + "".join(f"<TD align=center>{h}</TD>" for h in heads) + "</TR>")
        for lab, k in rws:
            vs = [signed(active[k][f]) if f == "change" else
                  (f"{active[k][f] / 10000:g}万元" if f == "amount_yuan" else num(active[k][f])) for f in keys]
            if len(vs) == 2:
                rows.append(f"<TR><TD>{lab}</TD><TD align=center>{vs[0]}</TD><TD colSpan=2 align=center>{vs[1]}</TD></TR>")
            else:
                rows.append(f"<TR><TD>{lab}</TD>" + "".join(f"<TD align=center>{v}</TD>" for v in vs) + "</TR>")
    return "<TABLE border=1 cellSpacing=0 cellPadding=2 width=\"100%\">\n<TBODY>\n" + "\n".join(rows) + "\n</TBODY></TABLE>"


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3">{CORNER}</td><td colspan="7">申请人&#8203;情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或&shy;其他组织</td><td rowspan="2">总计</td></tr>',
         "<tr>" + "".join(f"<td>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: f'<td align="center">{num(q[k][c])}</td>'
    return '<table border="1" cellspacing="0" cellpadding="2" width="100%">\n' + \
        "\n".join(h + body3(TPL, q, val, lab=inv)) + "\n</table>"


def sec4():
    rows = head4(lab=inv) + ["<tr>" + "".join(f'<td align="center">{num(rl[g][x])}</td>' for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table border="1" cellspacing="0" cellpadding="2" width="100%">\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f'<p style="text-indent:2em">{s}</p>'
body = f"""
<p align="center"><strong><font size="4">{TITLE}</font></strong></p>
{P("本报告依据《中华人民共和国政府信息公开条例》编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。")}
<p><strong>一、总体情况</strong></p>
{P("2019年，区市场监管局按照区委、区政府部署，以“双随机、一公开”监管和行政许可公示为重点，推进政务公开。")}
{P(f"全年共受理政府信息公开申请{NEW}件，上年结转5件；全部按期办结，另有7件结转至下年度。全年被申请行政复议3件，被提起行政诉讼1件。")}
<p><strong>二、主动公开政府信息情况</strong></p>
{sec2()}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{sec3()}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{sec4()}
<p><strong>五、存在的主要问题及改进情况</strong></p>
{P("主要问题是基层所信息公开意识不强。改进措施：加强培训考核，规范信息发布审核。")}
<p><strong>六、其他需要报告的事项</strong></p>
{P("无其他需要报告的事项。")}
"""

page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gbk">
<TITLE>{TITLE}</TITLE>
<META name=ColumnName content=政府信息公开年报>
</HEAD>
<BODY>
<DIV id=header><A href="#">芜湖市镜湖区人民政府</A> <SPAN>信息公开</SPAN></DIV>
<DIV id=menu><A href="#">首页</A> <A href="#">信息公开指南</A> <A href="#">信息公开制度</A> <A href="#">法定主动公开内容</A> <A href="#">信息公开年报</A> <A href="#">依申请公开</A></DIV>
<DIV id=location>您现在的位置：<A href="#">首页</A> &gt; <A href="#">信息公开年报</A> &gt; 区市场监管局</DIV>
<TABLE class=xxgk_info width="100%"><TR><TD>索 引 号：</TD><TD>11340202MB1234567X/201912-00021</TD><TD>信息分类：</TD><TD>信息公开年报</TD></TR>
<TR><TD>发布机构：</TD><TD>镜湖区市场监督管理局</TD><TD>生成日期：</TD><TD>2020-01-17</TD></TR></TABLE>
<DIV id=zoom>
{body}
<p align="right">芜湖市镜湖区市场监督管理局<br>2020年1月17日</p>
</DIV>
<DIV id=tools>【<A href="#">打印本页</A>】【<A href="#">关闭窗口</A>】 <A href="#">分享到微信</A></DIV>
<DIV id=footer>主办：芜湖市镜湖区人民政府办公室 &nbsp; 皖ICP备05001234号 &nbsp; 网站标识码：3402020001</DIV>
</BODY>
</HTML>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-invisible-chars-in-labels-gbk-2019", "gbk", [
    "page saved in GBK (META http-equiv charset=gbk), HTML 4.01 upper-case markup in the site and section 二",
    "invisible characters inside labels, written as entities or tags: zero-width spaces &#8203; (\"1.本机关&#8203;不掌握相关政府信息\", \"一、本年新收政府信息&#8203;公开申请数量\", \"申请人&#8203;情况\", \"结果&#8203;维持\"), soft hyphens &shy; (\"2.其他法律行政&shy;法规禁止公开\", \"法人或&shy;其他组织\", \"尚未&shy;审结\"), <wbr> (\"5.要求行政机关确认<wbr>或重新出具已获取信息\", the （二）部分公开 label, \"未经复议<wbr>直接起诉\") and no-break spaces (\"（三）&nbsp;不予公开\", \"（四）&nbsp;无法提供\")",
    "zeros typed 0 in 三 and 四; 本年增/减 \"+2\", \"-1\", \"+4\"; procurement \"125.6万元\"; 规章 blank",
    "site clutter: header, 信息公开 menu, 您现在的位置, 索引号 metadata table, 打印本页/关闭窗口, footer with 皖ICP备",
], active, q, rl, narrative, "review-total")
write("08-2019-2019-review-total", page, t, encoding="gbk")
print(NEW, q["carried_over"]["total"], q["carried_forward"]["total"])
