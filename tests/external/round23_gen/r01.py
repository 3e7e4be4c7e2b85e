"""01: 天津市河西区友谊路街道办事处 2019 (2019 template), sound. WPS 文字 "另存为网页" content pasted into the district CMS
(Section0 div, MsoNormal paragraphs, span.10 class, 0.0000pt four-decimal lengths, <font face> inside every span,
<o:p></o:p>, double spaces between attributes); page saved as GB2312. Zeros typed 0 everywhere."""
from common import *

SPEC = {
    "folder": "01-2019-2019", "template": "2019", "year": 2019,
    "office": "天津市河西区友谊路街道办事处",
    "title": "天津市河西区友谊路街道办事处2019年政府信息公开工作年度报告",
    "layout": "r23-wps-writer-export-2019", "encoding": "gb2312", "flaw": None,
    "deviations": [
        "the report body is WPS 文字 (Kingsoft) \"另存为网页\" output pasted into the CMS: <!--StartFragment-->, div.Section0 "
        "with layout-grid, every paragraph <p class=MsoNormal> with mso-pagination, text inside <span style> + <font face>, "
        "lengths with four decimals (9.0000pt), <o:p></o:p> closers, double spaces between attributes, span.10 class rule",
        "the three tables are WPS MsoNormalTable tables (border=1 cellspacing=0, every td with width/valign and full "
        "border-left/right/top/bottom + mso-border-*-alt styles); digits in <span lang=EN-US>",
        "page saved in GB2312 (meta charset=gb2312)",
        "zeros typed 0 everywhere in 二/三/四; procurement \"21.6万元\" in the cell; 本年增/减 \"+2\" typed as text",
        "site clutter: 无障碍/繁体 bar, banner, nav, 您当前的位置, 索引号 table, 字号 大中小, 打印本页/关闭窗口, share bar, "
        "related links, footer with 津ICP备 and 网站标识码",
    ],
}

N3 = section3(
    "2019",
    carried_over=[2, 0, 0, 0, 0, 0],
    res={
        "granted": [9, 2, 0, 0, 1, 0],
        "partial": [3, 1, 0, 0, 0, 0],
        "denied_state_secret": [0, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [0, 0, 0, 0, 0, 0],
        "denied_safety": [0, 0, 0, 0, 0, 0],
        "denied_third_party": [1, 0, 0, 0, 0, 0],
        "denied_internal": [0, 0, 0, 0, 0, 0],
        "denied_process": [2, 0, 0, 0, 0, 0],
        "denied_enforcement": [0, 0, 0, 0, 0, 0],
        "denied_query": [0, 0, 0, 0, 0, 0],
        "unable_not_held": [8, 3, 0, 0, 0, 1],
        "unable_needs_creation": [2, 0, 0, 0, 0, 0],
        "unable_unclear": [1, 0, 0, 0, 0, 0],
        "rejected_petition": [4, 0, 0, 0, 0, 0],
        "rejected_duplicate": [1, 0, 0, 0, 0, 0],
        "rejected_publication": [0, 0, 0, 0, 0, 0],
        "rejected_excessive": [0, 0, 0, 0, 0, 0],
        "rejected_confirm": [0, 0, 0, 0, 0, 0],
        "other": [2, 0, 0, 0, 0, 0],
    },
    carried_forward=[1, 1, 0, 0, 0, 0],
)
N4 = section4(review=[1, 0, 0, 1], direct=[0, 0, 1, 0], after=[0, 0, 0, 0])
P2 = {
    "regulations": {"made": "0", "published": "0", "total_public": "0"},
    "normative_docs": {"made": "1", "published": "1", "total_public": "6"},
    "licensing": {"prev_items": "3", "change": "0", "decisions": "57"},
    "other_services": {"prev_items": "12", "change": "+2", "decisions": "1432"},
    "penalties": {"prev_items": "4", "change": "0", "decisions": "23"},
    "enforcement": {"prev_items": "1", "change": "0", "decisions": "0"},
    "fees": {"prev_items": "0", "change": "0"},
    "procurement": {"projects": "2", "amount_yuan": "21.6万元"},
}
P3, P4 = fmt_all(N3, N4, lambda k, c, v: str(v))
nr, rv = N3["new_received"][6], N4["review"][4]
lw = N4["litigation_direct"][4] + N4["litigation_after_review"][4]
SPEC["narrative"] = {"new_requests": nr, "reviews": rv, "lawsuits": lw}

B = "0.5000pt solid windowtext"


def td(text, rs=1, cs=1, w=48, align="center", num=False):
    style = f"width:{w * 0.75:.4f}pt;padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;border:{B};"
    span = ' lang="EN-US" ' if num else " "
    attrs = f"width={w}  valign=center "
    if rs > 1:
        attrs += f" rowspan={rs} "
    if cs > 1:
        attrs += f" colspan={cs} "
    inner = (f"<span{span}style=\"font-family:宋体;font-size:9.0000pt;\" >"
             f"<font face=\"宋体\" >{text}</font></span>") if text != "" else ""
    return (f"<td {attrs} style=\"{style}\" ><p class=MsoNormal  align={align}  style=\"text-align:{align};"
            f"mso-pagination:widow-orphan;\" >{inner}<o:p></o:p></p></td>")


def cell(kind, text, rs, cs):
    if kind == "value":
        return td(text, rs, cs, 46, num=True)
    if kind in ("label3",):
        return td(text, rs, cs, 150, align="left")
    if kind == "label2":
        return td(text, rs, cs, 70 if cs == 1 else 220, align="left" if cs > 1 else "center")
    if kind == "label1":
        return td(text, rs, cs, 60 if cs == 1 else 280, align="left" if cs > 1 else "center")
    if kind == "caption":
        return td(f"<b>{text}</b>", rs, cs, 560)
    return td(text, rs, cs, 80 if kind != "corner" else 280)


TABLE = ("<table class=MsoNormalTable  border=1  cellspacing=0  style=\"border-collapse:collapse;width:{w}pt;"
         "mso-table-layout-alt:fixed;border:none;mso-border-left-alt:0.5000pt solid windowtext;mso-border-top-alt:"
         "0.5000pt solid windowtext;mso-border-right-alt:0.5000pt solid windowtext;mso-border-bottom-alt:0.5000pt solid "
         "windowtext;mso-border-insideh:0.5000pt solid windowtext;mso-border-insidev:0.5000pt solid windowtext;"
         "mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;\" >")


def rows_html(rows):
    return "".join(f"<tr style=\"height:{h}pt;\" >{''.join(r)}</tr>\n" for r, h in rows)


def para(text, indent=True, bold=False, align="justify", size="16.0000pt", font="仿宋_GB2312"):
    t = f"<b>{text}</b>" if bold else text
    ind = "text-indent:32.0000pt;" if indent else ""
    return (f"<p class=MsoNormal  align={align}  style=\"{ind}text-align:{align};mso-pagination:widow-orphan;"
            f"line-height:28.0000pt;mso-line-height-rule:exactly;\" ><span style=\"mso-spacerun:'yes';font-family:{font};"
            f"font-size:{size};mso-font-kerning:0.0000pt;\" ><font face=\"{font}\" >{t}</font></span><span "
            f"style=\"font-family:{font};font-size:{size};\" ><o:p></o:p></span></p>\n")


def heading(text):
    return para(text, font="黑体")


def build():
    t2 = [(r, 20) for _, r in table2_rows("2019", P2, cell)]
    h3, b3 = table3_rows("2019", P3, cell)
    h4, d4 = table4_rows({g: P4[g] for g in G4}, cell)
    intro = ("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式（试行）》"
             "要求，由天津市河西区友谊路街道办事处编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
             "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中使用数据统计期限为"
             "2019年1月1日至2019年12月31日。")
    one = [
        "2019年，友谊路街道认真贯彻落实新修订的《条例》，围绕街道中心工作，进一步规范政府信息公开工作流程。",
        "（一）主动公开情况。全年在河西区政府网站街道专栏主动公开政府信息186条，其中工作动态112条、通知公告41条、"
        "规范性文件1件。",
        f"（二）依申请公开情况。本年度新收政府信息公开申请{nr}件，上年结转2件，均已按照法定时限答复，"
        "结转下年度继续办理2件。",
        f"（三）行政复议和行政诉讼情况。因政府信息公开工作被申请行政复议{rv}件，被提起行政诉讼{lw}件，"
        "目前行政复议尚有1件未审结。",
        "（四）平台建设和监督保障情况。街道明确党政办公室负责政府信息公开日常工作，配备兼职工作人员2名，"
        "全年组织业务培训2次。",
    ]
    five = ("一是依申请公开答复文书格式还不够统一；二是社区层面公开意识有待增强。2020年，街道将制定依申请公开答复模板，"
            "并把社区居务公开纳入年度考核。")
    six = "本年度未收取政府信息公开信息处理费。无其他需要报告的事项。"
    body = (
        "<!--StartFragment--><div class=\"Section0\"  style=\"layout-grid:15.6000pt;\" >\n"
        + para(f"<b>{SPEC['title']}</b>", indent=False, align="center", size="22.0000pt", font="方正小标宋简体")
        + para(intro)
        + heading("一、总体情况") + "".join(para(x) for x in one)
        + heading("二、主动公开政府信息情况")
        + TABLE.format(w="420.0000") + "\n" + rows_html(t2) + "</table>\n"
        + heading("三、收到和处理政府信息公开申请情况")
        + TABLE.format(w="468.0000") + "\n" + rows_html([(r, 30) for r in h3] + [(r, 20) for r in b3]) + "</table>\n"
        + heading("四、政府信息公开行政复议、行政诉讼情况")
        + TABLE.format(w="468.0000") + "\n" + rows_html([(r, 24) for r in h4] + [(r, 20) for r in d4]) + "</table>\n"
        + heading("五、存在的主要问题及改进情况") + para(five)
        + heading("六、其他需要报告的事项") + para(six)
        + para("天津市河西区友谊路街道办事处", indent=False, align="right")
        + para("2020年1月20日", indent=False, align="right")
        + "</div><!--EndFragment-->\n"
    )
    wps_style = """<style>
@font-face{font-family:"Times New Roman";}
@font-face{font-family:"宋体";}
@font-face{font-family:"仿宋_GB2312";}
@font-face{font-family:"方正小标宋简体";}
p.MsoNormal{mso-style-name:正文;mso-style-parent:"";margin:0pt;margin-bottom:.0001pt;mso-pagination:none;text-align:justify;text-justify:inter-ideograph;font-family:Calibri;mso-fareast-font-family:宋体;mso-bidi-font-family:'Times New Roman';font-size:10.5000pt;mso-font-kerning:1.0000pt;}
span.10{font-family:Calibri;}
table.MsoNormalTable{mso-style-name:普通表格;mso-style-parent:"";mso-style-noshow:yes;mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt;mso-para-margin:0pt;mso-para-margin-bottom:.0001pt;mso-pagination:widow-orphan;font-family:'Times New Roman';font-size:10.0000pt;mso-ansi-language:#0400;mso-fareast-language:#0400;mso-bidi-language:#0400;}
@page{mso-page-border-surround-header:no;mso-page-border-surround-footer:no;}@page Section0{margin-top:72.0000pt;margin-bottom:72.0000pt;margin-left:90.0000pt;margin-right:90.0000pt;size:595.3000pt 841.9000pt;layout-grid:15.6000pt;}
div.Section0{page:Section0;}
</style>
"""
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{SPEC['title']}_友谊路街道_河西区人民政府</title>
<meta name="SiteName" content="天津市河西区人民政府" />
<meta name="ColumnName" content="政府信息公开年报" />
<style type="text/css">
body{{margin:0;font:12px/1.8 "宋体";color:#333}} .top{{background:#f3f3f3;height:28px}} .top a{{margin:0 6px;color:#666}}
.nav a{{display:inline-block;padding:0 16px;line-height:40px;color:#fff}} .nav{{background:#b5121b}}
.wz{{width:1000px;margin:0 auto;line-height:36px}} .box{{width:1000px;margin:0 auto;background:#fff}}
.xxgk td{{border:1px solid #ddd;padding:4px 8px}} .foot{{background:#eee;text-align:center;padding:16px;margin-top:20px}}
</style>
</head>
<body>
<div class="top"><div class="wz"><a href="/">首页</a>|<a href="javascript:;">无障碍浏览</a>|<a href="javascript:;">繁体版</a>|<a href="/sjb/">手机版</a></div></div>
<div class="wz" style="height:100px;font-size:28px;font-weight:bold;color:#b5121b;line-height:100px">天津市河西区人民政府</div>
<div class="nav"><div class="wz"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zmhd/">政民互动</a><a href="/bsfw/">办事服务</a><a href="/zjhx/">走进河西</a></div></div>
<div class="wz">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgknb/">政府信息公开年报</a> &gt; 街道年报</div>
<div class="box">
<table class="xxgk" width="100%" cellspacing="0" cellpadding="0">
<tr><td width="12%">索 引 号：</td><td width="38%">11120103MB0X12345T/2020-00021</td><td width="12%">主题分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>友谊路街道</td><td>成文日期：</td><td>2020-01-20</td></tr>
<tr><td>标　　题：</td><td colspan="3">{SPEC['title']}</td></tr>
</table>
<h1 style="text-align:center;font-size:22px;color:#b5121b">{SPEC['title']}</h1>
<div style="text-align:center;color:#999">发布时间：2020-01-20　来源：友谊路街道　字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="TRS_Editor" id="zoom">
{wps_style}{body}</div>
<div style="text-align:right;padding:10px">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
<div style="border-top:1px solid #ddd;padding:10px">相关链接：<a href="/zwgk/zfxxgknb/2019/">河西区2019年政府信息公开工作年度报告</a>　<a href="/zwgk/zfxxgkzn/">政府信息公开指南</a></div>
</div>
<div class="foot">主办：天津市河西区人民政府办公室　承办：天津市河西区友谊路街道办事处<br/>
网站标识码：1201030001　津ICP备05000000号-1　津公网安备 12010302000000号</div>
</body>
</html>
"""
    return html


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
