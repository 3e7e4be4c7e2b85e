"""01: 北京市东城区东华门街道办事处 2019 (2019 template), sound.
New markup: the page as Internet Explorer 11 saves it with "Save as Web page, HTML only" and "Unicode" encoding:
UTF-16LE with a byte-order mark, `<META http-equiv=Content-Type content="text/html; charset=unicode">`, a
`<!-- saved from url=(0079)… -->` mark-of-the-web comment before `<HTML>`, a `<BASE href>`, `<META name=GENERATOR
content="MSHTML 11.00…">`, and IE's re-serialised markup (upper-case tags, unquoted attribute values, attributes
reordered). Procurement "9.6万元" in the cell."""
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "北京市东城区东华门街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 1, "published": 1, "total_public": 6},
    "licensing": {"prev_items": 0, "change": 0, "decisions": 0},
    "other_services": {"prev_items": 21, "change": 3, "decisions": 4126},
    "penalties": {"prev_items": 5, "change": 0, "decisions": 38},
    "enforcement": {"prev_items": 2, "change": -1, "decisions": 4},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 2, "amount_yuan": 96000},
}
Z = [0] * 6
res = {
    "granted": [12, 1, 0, 0, 0, 1], "partial": [3, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [2, 0, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": [1, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": Z,
    "unable_not_held": [8, 0, 0, 0, 1, 0], "unable_needs_creation": [2, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [4, 0, 0, 0, 0, 0], "rejected_duplicate": [2, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": [2, 0, 0, 0, 0, 0],
}
q = section3(TPL, [1, 0, 0, 0, 0, 0], res, [3, 1, 0, 0, 0, 0])
rl = section4([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 1, "lawsuits": 0}


def ie(rows):
    """IE's serialisation: upper-case tag names, unquoted attribute values"""
    out = []
    for r in rows:
        r = re.sub(r"<(/?)(tr|td|th)\b", lambda m: f"<{m.group(1)}{m.group(2).upper()}", r)
        r = re.sub(r'(colspan|rowspan)="(\d+)"', lambda m: f"{m.group(1)}={m.group(2)}", r)
        out.append(r)
    return out


import re


def table(rows):
    return "<TABLE style=\"BORDER-COLLAPSE: collapse\" cellSpacing=0 cellPadding=0 width=\"100%\" border=1>\n<TBODY>\n" + \
        "\n".join(ie(rows)) + "</TBODY></TABLE>"


def sec2():
    def cell(k, f, v):
        if f == "change":
            return signed(v)
        if f == "amount_yuan":
            return wan(v) + "万元"
        return num(v)
    return table(sec2_table(TPL, active, cell))


def sec3():
    return table(head3() + body3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>"))


def sec4():
    return table(head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"])


P = lambda s: f"<P style=\"TEXT-INDENT: 2em\">{s}</P>"
body = f"""
<DIV class=article>
<H1 class=tit>{TITLE}</H1>
{P("本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。统计期限为2019年1月1日至12月31日。")}
<H3>一、总体情况</H3>
{P("2019年，东华门街道坚持以公开为常态、不公开为例外，围绕王府井地区环境整治、背街小巷治理和老旧小区综合整治做好信息公开。")}
{P(f"全年共收到政府信息公开申请{NEW}件，已全部按期办结。因政府信息公开工作被申请行政复议1件，结果为维持；未发生因政府信息公开引起的行政诉讼。")}
<H3>二、主动公开政府信息情况</H3>
{sec2()}
<H3>三、收到和处理政府信息公开申请情况</H3>
{sec3()}
<H3>四、政府信息公开行政复议、行政诉讼情况</H3>
{sec4()}
<H3>五、存在的主要问题及改进情况</H3>
{P("一是社区层面公开内容更新不够及时；二是政策解读形式较为单一。2020年，街道将建立公开事项清单动态调整机制，增加图解、视频等解读形式。")}
<H3>六、其他需要报告的事项</H3>
{P("本年度无其他需要报告的事项。")}
<P align=right>北京市东城区东华门街道办事处<BR>2020年1月15日</P>
</DIV>"""

page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<!-- saved from url=(0079)http://www.bjdch.gov.cn/n3952/n3970/n3975/c9187316/content.html -->
<HTML lang=zh-CN><HEAD><TITLE>{TITLE}_北京市东城区人民政府</TITLE>
<META content="text/html; charset=unicode" http-equiv=Content-Type>
<BASE href="http://www.bjdch.gov.cn/n3952/n3970/n3975/c9187316/">
<META name=keywords content=东华门街道,政府信息公开,年度报告>
<STYLE type=text/css>
.article {{ MARGIN: 0px auto; WIDTH: 960px }}
.tit {{ TEXT-ALIGN: center; FONT-SIZE: 22px }}
TD {{ TEXT-ALIGN: center; FONT-SIZE: 14px; PADDING: 3px }}
</STYLE>
<META name=GENERATOR content="MSHTML 11.00.9600.19597"></HEAD>
<BODY>
<DIV class=top>北京市东城区人民政府　<A href="http://www.bjdch.gov.cn/">首页</A> | <A href="http://www.bjdch.gov.cn/n3952/index.html">政务公开</A> | <A href="http://www.bjdch.gov.cn/n3953/index.html">办事服务</A> | <A href="http://www.bjdch.gov.cn/n3954/index.html">互动交流</A></DIV>
<DIV class=crumb>当前位置：<A href="http://www.bjdch.gov.cn/">首页</A> &gt; 政务公开 &gt; 政府信息公开年报 &gt; 街道年报</DIV>
<DIV class=meta>发布时间：2020-01-15　来源：东华门街道　【<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> <A href="javascript:doZoom(12)">小</A>】</DIV>
{body}
<DIV class=foot>主办：北京市东城区人民政府办公室　地址：北京市东城区钱粮胡同3号　邮编：100010<BR>京ICP备05060933号　京公网安备11010102000154号　网站标识码：1101010001</DIV>
</BODY></HTML>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-ie-saved-utf16-2019", "utf-16le", [
    "UTF-16LE with a byte-order mark FF FE; <META http-equiv=Content-Type content=\"text/html; charset=unicode\"> (Internet Explorer's \"Unicode\" save)",
    "Internet Explorer 11 \"Save as Web page, HTML only\": <!-- saved from url=(0079)… --> comment after the DOCTYPE, <BASE href>, <META name=GENERATOR content=\"MSHTML 11.00.9600.19597\">, upper-case tags, unquoted attribute values, CSS in upper case",
    "procurement amount written \"9.6万元\" in the cell (96000 元); signed 本年增/减 \"+3\", \"-1\"",
    "zeros typed 0 everywhere",
    "site clutter: top links, 当前位置, 发布时间/来源/字号, footer with address, 京ICP备 and 网站标识码",
], active, q, rl, narrative, None)
write("01-2019-2019", page, t, encoding="utf-16le", bom=True)
print(NEW)
