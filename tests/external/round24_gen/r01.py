"""01: 石家庄市裕华区槐底街道办事处 2019 (2019 template), sound. GB18030 page.
New markup: section 三 header in two rows without 申请人情况 (自然人/总计 rowspan 2, 法人或其他组织 colspan 5 over the five
sub-heads); section 四 as two separate tables under their own sub-headings (（一）行政复议 with a two-row header,
（二）行政诉讼 with the three-row one); thousands separators in section 二 and the procurement amount "386,500元"."""
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "石家庄市裕华区槐底街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": None, "published": None, "total_public": None},
    "normative_docs": {"made": 2, "published": 2, "total_public": 17},
    "licensing": {"prev_items": 6, "change": 0, "decisions": 214},
    "other_services": {"prev_items": 14, "change": 1, "decisions": 1532},
    "penalties": {"prev_items": 3, "change": 0, "decisions": 27},
    "enforcement": {"prev_items": 1, "change": 0, "decisions": 0},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 3, "amount_yuan": 386500},
}
Z = [0] * 6
res = {
    "granted": [11, 3, 0, 0, 1, 0], "partial": [4, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [1, 0, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": [2, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": Z,
    "unable_not_held": [9, 2, 0, 0, 0, 1], "unable_needs_creation": [1, 0, 0, 0, 0, 0],
    "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [3, 0, 0, 0, 0, 0], "rejected_duplicate": [1, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": [1, 0, 0, 0, 0, 0], "other": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [3, 1, 0, 0, 0, 0])
rl = section4([1, 0, 0, 1], [0, 0, 1, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}

TD = 'style="border:1px solid #000;padding:3px;text-align:center"'


def sec2():
    rows = []
    for cap, heads, rws, keys in sec2_spec(TPL):
        rows.append(f'<tr><td colspan="4" {TD} bgcolor="#e8e8e8"><b>{cap}</b></td></tr>')
        hs = "".join(f"<td {TD}>{h}</td>" for h in heads)
        if len(heads) == 2:
            hs = f"<td {TD}>{heads[0]}</td><td colspan=\"2\" {TD}>{heads[1]}</td>"
        rows.append(f"<tr><td {TD}>信息内容</td>{hs}</tr>")
        for lab, k in rws:
            vals = []
            for f in keys:
                v = active[k][f]
                if f == "change":
                    s = signed(v)
                elif f == "amount_yuan":
                    s = num(v, sep=True) + "元"
                else:
                    s = num(v, sep=True)
                vals.append(s)
            if len(keys) == 2:
                cells = f"<td {TD}>{vals[0]}</td><td colspan=\"2\" {TD}>{vals[1]}</td>"
            else:
                cells = "".join(f"<td {TD}>{v}</td>" for v in vals)
            rows.append(f"<tr><td {TD}>{lab}</td>{cells}</tr>")
    return '<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n' + \
        "\n".join(rows) + "\n</table>"


def sec3():
    h = [f'<tr><td colspan="3" rowspan="2" {TD}>{CORNER}</td><td rowspan="2" {TD}>自然人</td>'
         f'<td colspan="5" {TD}>法人或其他组织</td><td rowspan="2" {TD}>总计</td></tr>',
         "<tr>" + "".join(f"<td {TD}>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: f"<td {TD}>{num(q[k][c])}</td>"
    body = body3(TPL, q, val)
    body = [r.replace("<td colspan", f"<td {TD} colspan").replace("<td rowspan", f"<td {TD} rowspan")
            .replace("<td>", f"<td {TD}>") for r in body]
    return '<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n' + \
        "\n".join(h + body) + "\n</table>"


def sec4():
    r = rl["review"]
    t1 = ['<tr><td colspan="5" ' + TD + '>行政复议</td></tr>',
          "<tr>" + "".join(f"<td {TD}>{RESULT4NAME[x]}</td>" for x in RESULTS4) + "</tr>",
          "<tr>" + "".join(f"<td {TD}>{num(r[x])}</td>" for x in RESULTS4) + "</tr>"]
    t2 = [f'<tr><td colspan="10" {TD}>行政诉讼</td></tr>',
          f'<tr><td colspan="5" {TD}>未经复议直接起诉</td><td colspan="5" {TD}>复议后起诉</td></tr>',
          "<tr>" + "".join(f"<td {TD}>{RESULT4NAME[x]}</td>" for x in RESULTS4) * 2 + "</tr>",
          "<tr>" + "".join(f"<td {TD}>{num(rl[g][x])}</td>" for g in GROUPS4[1:] for x in RESULTS4) + "</tr>"]
    tab = lambda rows, w: f'<table width="{w}" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n' + \
        "\n".join(rows) + "\n</table>"
    return ('<p style="text-indent:2em"><b>（一）行政复议情况</b></p>\n' + tab(t1, "50%") +
            '\n<p style="text-indent:2em"><b>（二）行政诉讼情况</b></p>\n' + tab(t2, "100%"))


P = lambda s: f'<p style="text-indent:2em;line-height:28px">{s}</p>'
body = f"""
<p align="center" style="font-size:20px"><b>{TITLE}</b></p>
{P(f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{OFFICE}编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。")}
<p><b>一、总体情况</b></p>
{P("2019年，槐底街道办事处认真贯彻落实新修订的《条例》，围绕辖区社区治理和民生服务，扎实推进政务公开工作。")}
{P(f"（一）主动公开。全年通过区政府门户网站街道专栏、政务微信公开各类信息312条，其中规范性文件2件，行政许可、其他对外管理服务事项办理结果1,746件。")}
{P(f"（二）依申请公开。全年共收到政府信息公开申请{NEW}件，其中自然人申请{q['new_received']['natural_person']}件，法人或其他组织申请{NEW - q['new_received']['natural_person']}件；上年结转2件。全部按法定时限办结，结转下年度继续办理4件。")}
{P("（三）政府信息管理。建立信息发布“三审”制度，全年对7件规范性文件开展清理。")}
{P("（四）平台建设。更新街道政务公开专栏栏目设置，设置社区公开栏12处。")}
{P("（五）监督保障。本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件，未发生责任追究情况。")}
<p><b>二、主动公开政府信息情况</b></p>
{sec2()}
<p><b>三、收到和处理政府信息公开申请情况</b></p>
{sec3()}
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4()}
<p><b>五、存在的主要问题及改进情况</b></p>
{P("一是公开内容与群众关注点结合不够紧密；二是社区工作人员业务能力有待提高。下一步将加强培训，围绕老旧小区改造、社会救助等事项加大公开力度。")}
<p><b>六、其他需要报告的事项</b></p>
{P("本年度未收取政府信息公开信息处理费。")}
<p align="right">石家庄市裕华区槐底街道办事处<br>2020年1月20日</p>
"""

page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>{TITLE}-石家庄市裕华区人民政府</title>
<meta name="keywords" content="政府信息公开,年度报告,槐底街道" />
<style type="text/css">
body{{margin:0;font-family:"宋体";font-size:14px}} .top{{background:#1f5fa8;color:#fff;height:30px;line-height:30px}}
.nav a{{color:#fff;margin:0 12px}} .crumb{{color:#666;margin:8px 0}} .share a{{margin-right:6px}}
</style>
</head>
<body>
<div class="top">&nbsp;&nbsp;您好，欢迎访问石家庄市裕华区人民政府网站！ <a href="#" style="color:#fff">无障碍浏览</a> | <a href="#" style="color:#fff">繁體</a></div>
<div class="nav" style="background:#c40000;height:36px;line-height:36px"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进裕华</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开年报</a> &gt; 街道办事处</div>
<div style="width:960px;margin:0 auto">
<div style="text-align:center;color:#999;font-size:12px">发布时间：2020-01-20 &nbsp; 来源：槐底街道办事处 &nbsp; 浏览次数：<span id="hits">286</span> &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
{body}
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div style="text-align:center"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div style="background:#eee;text-align:center;font-size:12px;line-height:24px;margin-top:20px">
主办：石家庄市裕华区人民政府办公室 &nbsp; 地址：石家庄市裕华区槐中路 <br />冀ICP备05012345号 &nbsp; 冀公网安备 13010802000123号 &nbsp; 网站标识码：1301080001
</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-two-row-header-split-four-gb18030-2019", "gb18030", [
    "page saved in GB18030 (meta http-equiv charset=gb18030), XHTML 1.0 Transitional",
    "section 三 header in two rows with no 申请人情况 row: corner colspan 3 rowspan 2, 自然人 rowspan 2, 法人或其他组织 colspan 5 over 商业企业…其他, 总计 rowspan 2",
    "section 四 as two separate tables under sub-headings （一）行政复议情况 (行政复议 colspan 5 / five result heads / data) and （二）行政诉讼情况 (行政诉讼 colspan 10 / 未经复议直接起诉, 复议后起诉 / ten result heads / data)",
    "every cell with an inline border style; section 二 (八)(九) second value colspan 2; thousands separators (1,532) and procurement \"386,500元\"; 本年增/减 \"+1\"; 规章 row blank",
    "zeros typed 0 in 三 and 四",
    "site clutter: welcome bar, 无障碍/繁體, nav, 当前位置, 发布时间/来源/浏览次数/字体, share links, 打印/关闭, footer with 冀ICP备",
], active, q, rl, narrative, None)
write("01-2019-2019", page, t, encoding="gb18030")
