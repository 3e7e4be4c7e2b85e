"""06: 三亚市天涯区人民政府 2019 (2019 template), flaw row-total. Old CMS page without DOCTYPE (quirks mode), saved in GBK;
every data table written inside a <p align=center> (<p><table>…</table></p>, which quirks-mode browsers keep nested);
section 三 uses 合计 for the 总计 column header and the row （七）合计."""
from common import *

SPEC = {
    "folder": "06-2019-2019-row-total", "template": "2019", "year": 2019,
    "office": "三亚市天涯区人民政府",
    "title": "三亚市天涯区人民政府2019年政府信息公开工作年度报告",
    "layout": "r23-table-in-p-heji-gbk-2019", "encoding": "gbk", "flaw": "row-total",
    "deviations": [
        "page saved in GBK (meta charset=gbk), no DOCTYPE (quirks mode), upper-case legacy attributes, <font> tags",
        "each of the three data tables is written inside a paragraph: <p align=center><table …>…</table></p> (a quirks-mode "
        "browser keeps the table inside the <p>; a standards-mode parser closes the <p> first)",
        "section 三: the last applicant column is headed 合计 (not 总计) and the row is （七）合计; section 四 keeps 总计",
        "zeros printed 0; section 二 规章 \"/\", 本年增/减 \"-6\" \"+4\" \"+2\" \"-1\", procurement \"468.32万元\"",
        "site clutter: 设为首页/加入收藏 bar, banner, nav table, 您现在的位置, 索引号 table, 点击数 script, 【字体：大 中 小】, "
        "打印/关闭, footer table with 琼ICP备",
    ],
}

N3 = section3(
    "2019",
    carried_over=[0, 0, 0, 0, 0, 0],
    res={
        "granted": [41, 9, 0, 0, 2, 1],
        "partial": [12, 3, 0, 0, 0, 0],
        "denied_state_secret": [1, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [2, 0, 0, 0, 0, 0],
        "denied_safety": [0, 0, 0, 0, 0, 0],
        "denied_third_party": [6, 2, 0, 0, 0, 0],
        "denied_internal": [3, 0, 0, 0, 0, 0],
        "denied_process": [5, 1, 0, 0, 0, 0],
        "denied_enforcement": [2, 0, 0, 0, 0, 0],
        "denied_query": [4, 1, 0, 0, 0, 0],
        "unable_not_held": [57, 11, 1, 0, 3, 2],
        "unable_needs_creation": [9, 2, 0, 0, 0, 0],
        "unable_unclear": [6, 1, 0, 0, 0, 0],
        "rejected_petition": [13, 0, 0, 0, 0, 0],
        "rejected_duplicate": [8, 1, 0, 0, 0, 0],
        "rejected_publication": [2, 0, 0, 0, 0, 0],
        "rejected_excessive": [4, 0, 0, 0, 0, 0],
        "rejected_confirm": [3, 0, 0, 0, 0, 0],
        "other": [7, 2, 0, 0, 1, 0],
    },
    carried_forward=[6, 1, 0, 0, 0, 0],
)
# planted flaw (row-total): 商业企业 （一）予以公开 printed 10 (chosen 9) and （四）1.本机关不掌握 printed 10 (chosen 11); the
# 合计 cells keep the chosen sums (53, 74), so those two rows do not add up while every column still does
N3["granted"][1] = 10
N3["unable_not_held"][1] = 10
N4 = section4(review=[4, 1, 0, 2], direct=[2, 0, 1, 1], after=[1, 0, 0, 0])
P2 = {
    "regulations": {"made": "/", "published": "/", "total_public": "/"},
    "normative_docs": {"made": "7", "published": "7", "total_public": "58"},
    "licensing": {"prev_items": "213", "change": "-6", "decisions": "15870"},
    "other_services": {"prev_items": "87", "change": "+4", "decisions": "32761"},
    "penalties": {"prev_items": "156", "change": "+2", "decisions": "1247"},
    "enforcement": {"prev_items": "18", "change": "0", "decisions": "36"},
    "fees": {"prev_items": "5", "change": "-1"},
    "procurement": {"projects": "23", "amount_yuan": "468.32万元"},
}
P3, P4 = fmt_all(N3, N4, lambda k, c, v: str(v))
nr, rv = N3["new_received"][6], N4["review"][4]
lw = N4["litigation_direct"][4] + N4["litigation_after_review"][4]
SPEC["narrative"] = {"new_requests": nr, "reviews": rv, "lawsuits": lw}


def cell(kind, text, rs, cs):
    a = (f" ROWSPAN={rs}" if rs > 1 else "") + (f" COLSPAN={cs}" if cs > 1 else "")
    if kind in ("head", "corner", "caption"):
        return f"<TD{a} ALIGN=center BGCOLOR=#F2F2F2><FONT SIZE=2><B>{text}</B></FONT></TD>"
    if kind == "value":
        return f"<TD{a} ALIGN=center><FONT SIZE=2>{text}</FONT></TD>"
    al = "left" if kind in ("label3", "label") or cs > 1 else "center"
    return f"<TD{a} ALIGN={al}><FONT SIZE=2>{text}</FONT></TD>"


def lab(k, t):
    return "（七）合计" if k == "total_handled" else t


def tbl(rows, width):
    return (f"<P ALIGN=center><TABLE WIDTH={width} BORDER=1 CELLSPACING=0 CELLPADDING=3 BORDERCOLOR=#000000 "
            f"STYLE=\"BORDER-COLLAPSE:collapse\">\n" + "".join("<TR>" + "".join(r) + "</TR>\n" for r in rows) +
            "</TABLE></P>\n")


def build():
    t = SPEC["title"]
    t2 = tbl([r for _, r in table2_rows("2019", P2, cell)], 600)
    h3, b3 = table3_rows("2019", P3, cell, head_names={"total": "合计"}, label=lab)
    t3 = tbl(h3 + b3, 680)
    h4, d4 = table4_rows(P4, cell)
    t4 = tbl(h4 + d4, 680)
    P = lambda s: f"<P STYLE=\"TEXT-INDENT:2em;LINE-HEIGHT:200%\"><FONT FACE=仿宋_GB2312 SIZE=3>{s}</FONT></P>\n"
    H = lambda s: f"<P STYLE=\"TEXT-INDENT:2em;LINE-HEIGHT:200%\"><FONT FACE=黑体 SIZE=3><B>{s}</B></FONT></P>\n"
    return f"""<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gbk">
<TITLE>{t}-三亚市天涯区人民政府网</TITLE>
<STYLE TYPE="text/css">
BODY {{ MARGIN:0; FONT-SIZE:12px; FONT-FAMILY:宋体 }}
A {{ COLOR:#333; TEXT-DECORATION:none }}
.nav A {{ COLOR:#FFFFFF; FONT-SIZE:14px; MARGIN:0 14px }}
</STYLE>
</HEAD>
<BODY BGCOLOR=#FFFFFF>
<TABLE WIDTH=980 ALIGN=center BORDER=0 CELLSPACING=0 CELLPADDING=0><TR><TD ALIGN=right HEIGHT=24><A HREF="javascript:;">设为首页</A> | <A HREF="javascript:;">加入收藏</A> | <A HREF="/m/">手机版</A></TD></TR></TABLE>
<TABLE WIDTH=980 ALIGN=center BORDER=0 CELLSPACING=0 CELLPADDING=0><TR><TD HEIGHT=96><FONT SIZE=6 COLOR=#00703C><B>三亚市天涯区人民政府</B></FONT></TD></TR></TABLE>
<TABLE WIDTH=980 ALIGN=center BORDER=0 CELLSPACING=0 CELLPADDING=0 BGCOLOR=#00703C CLASS=nav><TR><TD HEIGHT=36><A HREF="/">网站首页</A><A HREF="/zwgk/">政务公开</A><A HREF="/bsfw/">办事服务</A><A HREF="/hdjl/">互动交流</A><A HREF="/zjty/">走进天涯</A></TD></TR></TABLE>
<TABLE WIDTH=980 ALIGN=center BORDER=0 CELLSPACING=0 CELLPADDING=0><TR><TD HEIGHT=30>您现在的位置：<A HREF="/">首页</A> &gt;&gt; <A HREF="/zwgk/">政务公开</A> &gt;&gt; <A HREF="/zwgk/ndbg/">政府信息公开年报</A></TD></TR></TABLE>
<CENTER>
<TABLE WIDTH=900 BORDER=1 CELLSPACING=0 CELLPADDING=4 BORDERCOLOR=#CCCCCC STYLE="BORDER-COLLAPSE:collapse;MARGIN-TOP:8px">
<TR><TD WIDTH=90 BGCOLOR=#F5F5F5>索 引 号</TD><TD>00817856-3/2020-00009</TD><TD WIDTH=90 BGCOLOR=#F5F5F5>信息分类</TD><TD>政府信息公开年报</TD></TR>
<TR><TD BGCOLOR=#F5F5F5>发布机构</TD><TD>天涯区人民政府办公室</TD><TD BGCOLOR=#F5F5F5>发文日期</TD><TD>2020-01-21</TD></TR>
</TABLE>
<BR><FONT SIZE=5 COLOR=#00703C><B>{t}</B></FONT><BR><BR>
<FONT COLOR=#999999>发布时间：2020-01-21　点击数：<SCRIPT LANGUAGE="javascript">document.write(1536)</SCRIPT>　【字体：<A HREF="javascript:;">大</A> <A HREF="javascript:;">中</A> <A HREF="javascript:;">小</A>】</FONT>
</CENTER>
<TABLE WIDTH=900 ALIGN=center BORDER=0 CELLSPACING=0 CELLPADDING=0><TR><TD>
{P("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布2019年度天涯区人民政府政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。")}
{H("一、总体情况")}
{P("2019年，天涯区坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻新修订的《条例》，紧扣自由贸易试验区和中国特色自由贸易港建设任务，扎实推进政府信息公开工作。")}
{P("（一）主动公开情况。全年通过区政府门户网站主动公开政府信息3281条，发布政策解读材料46篇，召开新闻发布会9场。")}
{P(f"（二）依申请公开情况。全区共收到政府信息公开申请{nr}件，均在法定期限内予以答复，其中{N3['carried_forward'][6]}件因需征求第三方意见结转至2020年继续办理。")}
{P(f"（三）复议诉讼情况。全年因政府信息公开被申请行政复议{rv}件、被提起行政诉讼{lw}件。")}
{P("（四）平台建设和监督保障情况。完成区政府门户网站集约化迁移，将政府信息公开工作纳入全区绩效考核。")}
{H("二、主动公开政府信息情况")}
{t2}{H("三、收到和处理政府信息公开申请情况")}
{t3}{H("四、政府信息公开行政复议、行政诉讼情况")}
{t4}{H("五、存在的主要问题及改进情况")}
{P("一是部分单位对新《条例》理解不够深入，答复文书规范性有待提高；二是政策解读形式较为单一。2020年，我区将组织依申请公开专题培训，推广图解、视频等解读方式。")}
{H("六、其他需要报告的事项")}
{P("本年度未收取信息处理费，无其他需要报告的事项。")}
<P ALIGN=right><FONT FACE=仿宋_GB2312 SIZE=3>三亚市天涯区人民政府<BR>2020年1月21日</FONT></P>
</TD></TR></TABLE>
<CENTER><A HREF="javascript:window.print()">【打印此页】</A>　<A HREF="javascript:window.close()">【关闭窗口】</A></CENTER>
<TABLE WIDTH=980 ALIGN=center BORDER=0 CELLSPACING=0 CELLPADDING=8 BGCOLOR=#EEEEEE STYLE="MARGIN-TOP:16px"><TR><TD ALIGN=center>主办单位：三亚市天涯区人民政府办公室　网站标识码：4602040001<BR>琼ICP备05000000号　琼公网安备 46020402000000号</TD></TR></TABLE>
</BODY>
</HTML>
"""


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
