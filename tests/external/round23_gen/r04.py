"""04: 上海市静安区人民政府 2022 (2021 template), sound. Section 三's value columns in another order than the template —
总计 first, then 自然人, then 法人或其他组织 with 商业企业, 法律服务机构, 科研机构, 社会公益组织, 其他 — the header row
says so and a note above the table repeats it. <th> and <td> mixed at random in header and label cells."""
from common import *

SPEC = {
    "folder": "04-2022-2021", "template": "2021", "year": 2022,
    "office": "上海市静安区人民政府",
    "title": "上海市静安区人民政府2022年政府信息公开工作年度报告",
    "layout": "r23-reordered-columns-th-td-2021", "encoding": None, "flaw": None,
    "deviations": [
        "section 三 value columns reordered: 总计 (rowspan 2) first, then 自然人 (rowspan 2), then 法人或其他组织 colspan 5 over "
        "商业企业, 法律服务机构, 科研机构, 社会公益组织, 其他; the header carries the order and a 注 line above the table states it",
        "<th> and <td> mixed: header cells partly <th>, partly <td><strong>; level-1 row labels <th scope=row>, the other "
        "labels <td>; section 二 caption rows <th colspan=4>, 信息内容 cells <td>",
        "zeros printed 0 everywhere; counts in the hundreds and thousands (48213 行政许可)",
        "site clutter: 上海 district portal header (English/无障碍/长者版/登录), search box, nav, 当前位置, 信息公开 metadata "
        "table, 字号/打印/关闭/收藏, share, related links, footer with 沪ICP备",
    ],
}

N3 = section3(
    "2021",
    carried_over=[38, 6, 0, 0, 2, 1],
    res={
        "granted": [312, 41, 1, 2, 6, 3],
        "partial": [87, 12, 0, 0, 3, 1],
        "denied_state_secret": [2, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [9, 1, 0, 0, 0, 0],
        "denied_safety": [3, 0, 0, 0, 0, 0],
        "denied_third_party": [21, 4, 0, 0, 1, 0],
        "denied_internal": [14, 2, 0, 0, 0, 0],
        "denied_process": [26, 3, 0, 1, 1, 0],
        "denied_enforcement": [11, 2, 0, 0, 0, 0],
        "denied_query": [17, 1, 0, 0, 0, 0],
        "unable_not_held": [298, 37, 2, 1, 8, 2],
        "unable_needs_creation": [64, 9, 0, 0, 2, 0],
        "unable_unclear": [23, 2, 0, 0, 0, 1],
        "rejected_petition": [46, 3, 0, 0, 0, 0],
        "rejected_duplicate": [39, 5, 0, 0, 1, 0],
        "rejected_publication": [4, 0, 0, 0, 0, 0],
        "rejected_excessive": [31, 0, 0, 0, 0, 0],
        "rejected_confirm": [12, 1, 0, 0, 0, 0],
        "other_no_correction": [57, 6, 0, 0, 1, 1],
        "other_no_fee": [0, 0, 0, 0, 0, 0],
        "other_misc": [18, 2, 0, 0, 0, 0],
    },
    carried_forward=[45, 5, 0, 0, 1, 0],
)
N4 = section4(review=[27, 6, 3, 9], direct=[14, 2, 1, 6], after=[5, 1, 0, 2])
P2 = {
    "regulations": {"issued": "0", "repealed": "0", "in_force": "0"},
    "normative_docs": {"issued": "12", "repealed": "5", "in_force": "134"},
    "licensing": {"decisions": "48213"},
    "penalties": {"decisions": "9672"},
    "enforcement": {"decisions": "361"},
    "fees": {"amount_yuan": "0"},
}
P3, P4 = fmt_all(N3, N4, lambda k, c, v: str(v))
nr, rv = N3["new_received"][6], N4["review"][4]
ld, la = N4["litigation_direct"][4], N4["litigation_after_review"][4]
SPEC["narrative"] = {"new_requests": nr, "reviews": rv, "lawsuits": ld + la}
ORDER = ["total", "natural_person", "business", "legal_service", "research", "nonprofit", "other_org"]
TH_HEADS = {"申请人情况", "总计", "法人或其他组织", "商业企业", "科研机构", "行政复议", "结果维持", "其他结果", "复议后起诉"}


def cell(kind, text, rs, cs):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    if kind == "caption":
        return f'<th{a} class="cap">{text}</th>'
    if kind in ("head", "corner"):
        if text in TH_HEADS:
            return f"<th{a}>{text}</th>"
        return f'<td{a} class="hd"><strong>{text}</strong></td>'
    if kind == "label1" and cs > 1:
        return f'<th scope="row"{a} class="l">{text}</th>'
    if kind == "label1":
        return f'<th scope="rowgroup"{a}>{text}</th>'
    if kind in ("label2", "label3", "label"):
        return f'<td{a} class="l">{text}</td>'
    return f"<td{a}>{text}</td>"


def build():
    t = SPEC["title"]
    t2 = "".join("<tr>" + "".join(r) + "</tr>\n" for _, r in table2_rows("2021", P2, cell))
    h3, b3 = table3_rows("2021", P3, cell, order=ORDER)
    t3 = "<thead>\n" + "".join("<tr>" + "".join(r) + "</tr>\n" for r in h3) + "</thead>\n<tbody>\n" + \
         "".join("<tr>" + "".join(r) + "</tr>\n" for r in b3) + "</tbody>\n"
    h4, d4 = table4_rows(P4, cell)
    t4 = "".join("<tr>" + "".join(r) + "</tr>\n" for r in h4 + d4)
    return f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="UTF-8">
<title>{t}</title>
<meta name="keywords" content="静安区,政府信息公开,年度报告">
<style>
body{{margin:0;font-family:"PingFang SC","Microsoft YaHei";font-size:15px;color:#333}}
.header{{background:#a4161a;color:#fff}} .header .in{{width:1000px;margin:0 auto;height:96px;position:relative}}
.header .logo{{font-size:30px;line-height:96px}} .header .tools{{position:absolute;right:0;top:8px;font-size:12px}} .header .tools a{{color:#fff;margin-left:8px}}
.search{{position:absolute;right:0;bottom:12px}} .nav{{background:#87101a}} .nav ul{{width:1000px;margin:0 auto;padding:0;list-style:none;display:flex}} .nav li a{{color:#fff;display:block;padding:12px 26px}}
.loc{{width:1000px;margin:12px auto;font-size:13px;color:#666}} .article{{width:1000px;margin:0 auto}}
.xxgk-info{{width:100%;border-collapse:collapse;background:#fafafa;font-size:13px}} .xxgk-info td{{border:1px solid #e5e5e5;padding:6px 10px}}
.article h2{{text-align:center;font-size:24px;color:#a4161a;margin:26px 0 10px}}
.zw p{{text-indent:2em;line-height:2;margin:0 0 8px}}
.zw table.gk{{width:100%;border-collapse:collapse;font-size:13px;margin:8px 0 16px}}
.zw table.gk th,.zw table.gk td{{border:1px solid #666;padding:4px 5px;text-align:center}}
.zw table.gk .l{{text-align:left}} .zw table.gk th.cap{{background:#f7eaea}}
.footer{{background:#333;color:#bbb;font-size:12px;text-align:center;padding:20px 0;margin-top:30px}}
</style>
</head>
<body>
<div class="header"><div class="in"><div class="logo">上海市静安区人民政府</div>
<div class="tools"><a href="/en/">English</a><a href="javascript:;">无障碍</a><a href="javascript:;">长者版</a><a href="/login">登录</a></div>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjja/">走进静安</a></li></ul></div>
<div class="loc">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
<div class="article">
<table class="xxgk-info">
<tr><td>索取号：</td><td>SY0000000000-2023-0012</td><td>发布机构：</td><td>静安区人民政府办公室</td></tr>
<tr><td>信息类别：</td><td>政府信息公开年报</td><td>发布日期：</td><td>2023-01-30</td></tr>
</table>
<h2>{t}</h2>
<div style="text-align:center;font-size:12px;color:#999">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>　<a href="javascript:window.print();">打印</a>　<a href="javascript:window.close();">关闭</a>　<a href="javascript:;">收藏</a></div>
<div class="zw">
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》的要求，由静安区人民政府办公室编制。报告全文包括：总体情况，主动公开政府信息情况，收到和处理政府信息公开申请情况，政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。</p>
<p><strong>一、总体情况</strong></p>
<p>2022年，静安区深入贯彻《条例》，推进决策、执行、管理、服务、结果公开，持续提升政务公开质量。</p>
<p><strong>（一）主动公开。</strong>全年通过区政府门户网站主动公开政府信息8946条，其中政策文件、行政规范性文件等信息1311条；组织政府开放活动24场。</p>
<p><strong>（二）依申请公开。</strong>2022年，全区各级行政机关共收到政府信息公开申请{nr}件，较上年略有下降；加上上年结转的{N3['carried_over'][6]}件，全年应办理{nr + N3['carried_over'][6]}件，已办结{N3['total_handled'][6]}件，结转下年度继续办理{N3['carried_forward'][6]}件。</p>
<p><strong>（三）政府信息管理。</strong>做好行政规范性文件合法性审查和清理工作，全年制发行政规范性文件12件，废止5件，现行有效134件。</p>
<p><strong>（四）平台建设。</strong>优化区政府门户网站政府信息公开专栏，完善政策文件库和解读关联功能。</p>
<p><strong>（五）监督保障。</strong>全年因政府信息公开被申请行政复议{rv}件、被提起行政诉讼{ld + la}件，对被纠错案件逐件分析原因、落实整改。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
<table class="gk">
{t2}</table>
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
<p style="text-indent:0;font-size:13px">注：本表申请人情况按“总计、自然人、法人或其他组织”顺序列示，法人或其他组织各列依次为商业企业、法律服务机构、科研机构、社会公益组织、其他。</p>
<table class="gk">
{t3}</table>
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
<table class="gk">
{t4}</table>
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>2022年，全区政府信息公开工作仍存在一些不足：一是部分单位政策解读的针对性和可读性不强；二是依申请公开被纠错案件仍有发生。2023年，我区将完善政策解读审核机制，组织依申请公开案例复盘，开展全区政务公开业务轮训。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>（一）收取信息处理费情况。依据《政府信息公开信息处理费管理办法》，2022年全区未收取信息处理费。</p>
<p>（二）人大代表建议和政协提案办理结果公开情况。全年公开建议提案办理复文212件。</p>
<p style="text-align:right">上海市静安区人民政府办公室<br>2023年1月30日</p>
</div>
<div style="font-size:13px;border-top:1px solid #ddd;padding-top:8px">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　　相关链接：<a href="/zwgk/xxgknb/2021/">静安区人民政府2021年政府信息公开工作年度报告</a></div>
</div>
<div class="footer">主办：上海市静安区人民政府办公室　网站标识码：3101060001<br>沪ICP备05000000号-1　沪公网安备31010602000000号</div>
</body>
</html>
"""


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
