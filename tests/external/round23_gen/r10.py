"""10: 西宁市城中区人民政府 2023 (2021 template), flaw narrative-mismatch. Sections 三 and 四 are Element UI <el-table>s as
saved from the rendered Vue page: header and body are two separate <table>s (el-table__header / el-table__body) with
<colgroup>, <div class="cell"> in every cell, a hidden gutter <th> ending each header row and <!----> placeholders;
body spans from span-method (covered cells not rendered). Section 二 is an ordinary rich-text table."""
from common import *

SPEC = {
    "folder": "10-2023-2021-narrative-mismatch", "template": "2021", "year": 2023,
    "office": "西宁市城中区人民政府",
    "title": "西宁市城中区人民政府2023年政府信息公开工作年度报告",
    "layout": "r23-element-ui-el-table-2021", "encoding": None, "flaw": "narrative-mismatch",
    "deviations": [
        "sections 三 and 四 are Element UI el-tables saved from the rendered page: div.el-table > div.el-table__header-wrapper > "
        "table.el-table__header (<colgroup> with a gutter <col>, <thead class=\"is-group has-gutter\">) and div.el-table__body-wrapper "
        "> table.el-table__body (<tbody>, tr.el-table__row): the header rows and the data rows are in two different <table>s",
        "every cell's text in <div class=\"cell\">; each header row ends with an empty hidden <th class=\"el-table__cell gutter\" "
        "style=\"width: 0px; display: none;\">; Vue's <!----> comment placeholders between parts; cells carry el-table_1_column_N "
        "classes; merged body cells by rowspan/colspan with the covered cells not rendered",
        "section 二 an ordinary rich-text <table> (caption rows colspan 4, one-value rows colspan 3); fee \"12.6\" under 万元",
        "zeros printed 0 everywhere",
        "site clutter: 青海 portal header (无障碍/长者/登录), search, nav, 当前位置, 索引号 table, 字号, share, 打印/关闭, footer with 青ICP备",
    ],
}

N3 = section3(
    "2021",
    carried_over=[9, 2, 0, 0, 0, 0],
    res={
        "granted": [68, 11, 0, 1, 2, 0],
        "partial": [17, 3, 0, 0, 1, 0],
        "denied_state_secret": [0, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [2, 0, 0, 0, 0, 0],
        "denied_safety": [1, 0, 0, 0, 0, 0],
        "denied_third_party": [6, 1, 0, 0, 0, 0],
        "denied_internal": [4, 0, 0, 0, 0, 0],
        "denied_process": [7, 2, 0, 0, 0, 0],
        "denied_enforcement": [3, 0, 0, 0, 0, 0],
        "denied_query": [5, 0, 0, 0, 0, 0],
        "unable_not_held": [84, 13, 1, 0, 3, 1],
        "unable_needs_creation": [19, 3, 0, 0, 0, 0],
        "unable_unclear": [8, 1, 0, 0, 0, 0],
        "rejected_petition": [21, 1, 0, 0, 0, 0],
        "rejected_duplicate": [12, 2, 0, 0, 0, 0],
        "rejected_publication": [1, 0, 0, 0, 0, 0],
        "rejected_excessive": [9, 0, 0, 0, 0, 0],
        "rejected_confirm": [3, 0, 0, 0, 0, 0],
        "other_no_correction": [15, 2, 0, 0, 1, 0],
        "other_no_fee": [0, 0, 0, 0, 0, 0],
        "other_misc": [6, 1, 0, 0, 0, 0],
    },
    carried_forward=[11, 1, 0, 0, 0, 0],
)
N4 = section4(review=[8, 3, 1, 2], direct=[4, 1, 0, 2], after=[2, 0, 0, 1])
P2 = {
    "regulations": {"issued": "0", "repealed": "0", "in_force": "0"},
    "normative_docs": {"issued": "6", "repealed": "2", "in_force": "71"},
    "licensing": {"decisions": "21874"},
    "penalties": {"decisions": "3358"},
    "enforcement": {"decisions": "142"},
    "fees": {"amount_yuan": "12.6"},
}
P3, P4 = fmt_all(N3, N4, lambda k, c, v: str(v))
T = N3["new_received"][6]
# planted flaw (narrative-mismatch): the prose states the new requests with two digits swapped
PROSE_NR = int(str(T)[0] + str(T)[2] + str(T)[1]) if len(str(T)) == 3 and str(T)[1] != str(T)[2] else T + 10
rv = N4["review"][4]
ld, la = N4["litigation_direct"][4], N4["litigation_after_review"][4]
SPEC["narrative"] = {"new_requests": PROSE_NR, "reviews": rv, "lawsuits": ld + la}

def el_table(tid, head_rows, body_rows, widths):
    """head_rows/body_rows: lists of rows of (text, rs, cs). Returns the el-table html."""
    col = [0]

    def cname():
        col[0] += 1
        return f"el-table_{tid}_column_{col[0]}"

    total_w = sum(widths)
    cg_head = "<colgroup>" + "".join(f'<col name="el-table_{tid}_column_{i + 1}" width="{w}">' for i, w in
                                     enumerate(widths)) + '<col name="gutter" width="0"></colgroup>'
    cg_body = "<colgroup>" + "".join(f'<col name="el-table_{tid}_column_{i + 1}" width="{w}">' for i, w in
                                     enumerate(widths)) + "</colgroup>"
    th = ""
    for r in head_rows:
        th += '<tr class="">'
        for text, rs, cs in r:
            leaf = " is-leaf" if cs == 1 else ""
            th += (f'<th colspan="{cs}" rowspan="{rs}" class="{cname()} is-center{leaf} el-table__cell">'
                   f'<div class="cell">{text}</div></th>')
        th += '<th class="el-table__cell gutter" style="width: 0px; display: none;"></th></tr>'
    tb = ""
    for i, r in enumerate(body_rows):
        tb += f'<tr class="el-table__row{" el-table__row--striped" if i % 2 else ""}">'
        c = 0
        for text, rs, cs in r:
            c += 1
            tb += (f'<td rowspan="{rs}" colspan="{cs}" class="el-table_{tid}_column_{c} is-center el-table__cell">'
                   f'<div class="cell">{text}</div></td>')
        tb += "</tr><!---->"
    return (f'<div class="el-table el-table--fit el-table--striped el-table--border el-table--group el-table--enable-row-hover '
            f'el-table--enable-row-transition el-table--small" style="width: 100%;"><div class="hidden-columns">'
            + "<div></div>" * len(widths) + '</div><div class="el-table__header-wrapper"><table cellspacing="0" '
            f'cellpadding="0" border="0" class="el-table__header" style="width: {total_w}px;">{cg_head}'
            f'<thead class="is-group has-gutter">{th}</thead></table></div><div class="el-table__body-wrapper '
            f'is-scrolling-none"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width: '
            f'{total_w}px;">{cg_body}<tbody>{tb}</tbody></table><!----><!----></div><!----><!----><!----><!---->'
            '<div class="el-table__column-resize-proxy" style="display: none;"></div><!----></div>\n')


def raw(kind, text, rs, cs):
    return (text, rs, cs)


def plain(kind, text, rs, cs):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{a}>{text}</td>"


def build():
    t = SPEC["title"]
    t2 = "".join("<tr>" + "".join(r) + "</tr>\n" for _, r in table2_rows("2021", P2, plain))
    h3, b3 = table3_rows("2021", P3, raw)
    s3 = el_table(1, h3, b3, [70, 90, 210, 70, 70, 70, 80, 80, 60, 70])
    h4, d4 = table4_rows(P4, raw)
    s4 = el_table(2, h4, d4, [60] * 15)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{t}-西宁市城中区人民政府</title>
<link href="/static/css/app.3b1f0c2e.css" rel="stylesheet">
<style>
body{{margin:0;font-family:"Helvetica Neue",Helvetica,"PingFang SC","Microsoft YaHei",Arial,sans-serif;font-size:14px;color:#303133}}
.gov-header{{background:linear-gradient(#1c58a8,#0f3f80);color:#fff}} .gov-header .inner,.gov-main,.gov-footer .inner{{width:1100px;margin:0 auto}}
.gov-header .top{{font-size:12px;text-align:right;line-height:30px}} .gov-header .top a{{color:#fff;margin-left:10px}}
.gov-header .name{{font-size:30px;line-height:90px}} .gov-nav{{background:#0f3f80}} .gov-nav a{{color:#fff;display:inline-block;padding:12px 24px}}
.el-breadcrumb{{font-size:13px;line-height:40px;color:#606266}} .info-table{{width:100%;border-collapse:collapse;font-size:13px}} .info-table td{{border:1px solid #ebeef5;padding:6px 10px}}
.detail-title{{text-align:center;font-size:24px;color:#1c58a8;margin:22px 0 8px}} .detail-content p{{text-indent:2em;line-height:2;margin:4px 0}}
.detail-content table.rt{{border-collapse:collapse;width:90%;margin:8px auto}} .detail-content table.rt td{{border:1px solid #606266;text-align:center;padding:4px}}
.el-table{{position:relative;overflow:hidden;font-size:12px;margin:8px 0 14px}} .el-table table{{border-collapse:collapse;table-layout:fixed}}
.el-table th.el-table__cell,.el-table td.el-table__cell{{border:1px solid #ebeef5;padding:4px 0;text-align:center}} .el-table .cell{{padding:0 4px;line-height:18px;word-break:break-all}}
.el-table__header-wrapper th{{background:#f5f7fa;color:#606266}} .el-table .hidden-columns{{visibility:hidden;position:absolute;z-index:-1}}
.gov-footer{{background:#0f3f80;color:#c8d6ea;text-align:center;font-size:12px;padding:18px 0;margin-top:30px}}
</style>
</head>
<body>
<div id="app"><div class="gov-header"><div class="inner"><div class="top"><a href="javascript:;">无障碍</a><a href="javascript:;">长者模式</a><a href="/login">登录</a></div><div class="name">西宁市城中区人民政府</div></div></div>
<div class="gov-nav"><div class="inner" style="width:1100px;margin:0 auto"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/zwfw">政务服务</a><a href="/hdjl">互动交流</a><a href="/zjcz">走进城中</a><span style="float:right;padding:8px"><input placeholder="请输入搜索内容" class="el-input__inner"></span></div></div>
<div class="gov-main">
<div class="el-breadcrumb" aria-label="Breadcrumb" role="navigation"><span class="el-breadcrumb__item">当前位置：<a href="/">首页</a></span> / <span class="el-breadcrumb__item"><a href="/zwgk">政务公开</a></span> / <span class="el-breadcrumb__item"><a href="/zwgk/gknb">政府信息公开年报</a></span></div>
<table class="info-table"><tr><td>索引号</td><td>11630103MB1801234X/2024-00002</td><td>发布机构</td><td>城中区人民政府办公室</td></tr><tr><td>主题分类</td><td>政务公开</td><td>发布日期</td><td>2024-01-29</td></tr></table>
<h1 class="detail-title">{t}</h1>
<div style="text-align:center;font-size:12px;color:#909399">字号：<span>大</span> <span>中</span> <span>小</span>　<a href="javascript:;">打印</a>　<a href="javascript:;">关闭</a></div>
<div class="detail-content">
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》要求，由城中区人民政府办公室编制。本报告所列数据统计期限为2023年1月1日至2023年12月31日。</p>
<p><strong>一、总体情况</strong></p>
<p>2023年，城中区认真贯彻落实《条例》，聚焦“五个区”建设，持续推进政务公开标准化规范化。</p>
<p>（一）主动公开。全年通过区政府门户网站主动公开政府信息6283条，其中政策文件68件，政策解读材料74篇，召开新闻发布会11场。</p>
<p>（二）依申请公开。全年全区共收到政府信息公开申请{PROSE_NR}件，上年结转{N3['carried_over'][6]}件，已全部依法依规答复或办理，结转下年度继续办理{N3['carried_forward'][6]}件。</p>
<p>（三）政府信息管理。全年制发行政规范性文件6件，废止2件，现行有效71件。</p>
<p>（四）平台建设。完成区政府门户网站适老化和无障碍改造。</p>
<p>（五）监督保障。全年涉及政府信息公开的行政复议案件{rv}件、行政诉讼案件{ld + la}件，均按规定应诉、答复。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
<table class="rt">
{t2}</table>
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
</div>
{s3}<div class="detail-content"><p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p></div>
{s4}<div class="detail-content">
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>2023年，我区政府信息公开工作还存在部分单位主动公开不够及时、依申请公开答复质量不均衡等问题。2024年，我区将建立政务公开月度通报制度，开展依申请公开答复文书评查。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>本年度全区未收取信息处理费。无其他需要报告的事项。</p>
<p style="text-align:right">西宁市城中区人民政府办公室<br>2024年1月29日</p>
</div>
<div style="font-size:12px;text-align:right">分享：<i class="el-icon-share"></i> 微信 微博</div>
</div>
<div class="gov-footer"><div class="inner">主办：西宁市城中区人民政府办公室　网站标识码：6301030001<br>青ICP备05000000号-1　青公网安备 63010302000000号</div></div>
</div>
<script src="/static/js/chunk-vendors.5e1c8a2d.js"></script><script src="/static/js/app.9a7b3c41.js"></script>
</body>
</html>
"""


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
