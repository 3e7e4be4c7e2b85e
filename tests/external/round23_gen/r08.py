"""08: 石嘴山市大武口区住房和城乡建设局 2025 (2021 template), flaw review-total. Every cell a <p> (some label cells two
<p>s), <br> inside labels, <th>/<td> mixed, HTML comments (one holding an old figure) and <script> blocks inside the
tables; section 三 applicant zeros printed "/", 总计 always printed."""
from common import *

SPEC = {
    "folder": "08-2025-2021-review-total", "template": "2021", "year": 2025,
    "office": "石嘴山市大武口区住房和城乡建设局",
    "title": "石嘴山市大武口区住房和城乡建设局2025年政府信息公开工作年度报告",
    "layout": "r23-p-br-cells-comments-scripts-2021", "encoding": None, "flaw": "review-total",
    "deviations": [
        "every cell's text inside <p style=…>; long label cells split into two <p>s (\"（二）部分公开\" / \"（区分处理的，…）\"); "
        "<br> inside labels (\"三、本年度<br>办理结果\", \"1.本机关不掌握<br>相关政府信息\", header \"社会公<br>益组织\", "
        "\"未经复议<br>直接起诉\")",
        "<th> for header cells of sections 三/四 but <td> in section 二; level-1 labels <th>, the rest <td>",
        "HTML comments inside the tables between rows (<!-- 表三 开始 -->, <!-- 原值：上年结转 自然人 3 -->) and <script> "
        "blocks inside <tbody> (a row counter \"var rows = 25;\" and a zebra-stripe loop)",
        "section 三 applicant cells with nothing counted print \"/\"; 总计 always printed (0 too); section 四 zeros 0; "
        "section 二 规章 \"/\", fee \"0.00\"",
        "site clutter: 宁夏 portal top bar, banner, nav, 当前位置, 索引号 <ul>, 字号/打印/关闭, share, related links, footer "
        "with 宁ICP备",
    ],
}

N3 = section3(
    "2021",
    carried_over=[2, 0, 0, 0, 0, 0],
    res={
        "granted": [8, 2, 0, 0, 0, 0],
        "partial": [3, 1, 0, 0, 0, 0],
        "denied_state_secret": [0, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [0, 0, 0, 0, 0, 0],
        "denied_safety": [0, 0, 0, 0, 0, 0],
        "denied_third_party": [2, 0, 0, 0, 0, 0],
        "denied_internal": [0, 0, 0, 0, 0, 0],
        "denied_process": [1, 0, 0, 0, 0, 0],
        "denied_enforcement": [0, 0, 0, 0, 0, 0],
        "denied_query": [1, 0, 0, 0, 0, 0],
        "unable_not_held": [9, 2, 0, 0, 1, 0],
        "unable_needs_creation": [2, 0, 0, 0, 0, 0],
        "unable_unclear": [1, 0, 0, 0, 0, 0],
        "rejected_petition": [5, 0, 0, 0, 0, 0],
        "rejected_duplicate": [2, 0, 0, 0, 0, 0],
        "rejected_publication": [0, 0, 0, 0, 0, 0],
        "rejected_excessive": [1, 0, 0, 0, 0, 0],
        "rejected_confirm": [0, 0, 0, 0, 0, 0],
        "other_no_correction": [2, 1, 0, 0, 0, 0],
        "other_no_fee": [1, 0, 0, 0, 0, 0],
        "other_misc": [0, 0, 0, 0, 0, 0],
    },
    carried_forward=[3, 0, 0, 0, 0, 0],
)
N4 = section4(review=[2, 1, 0, 1], direct=[1, 0, 0, 1], after=[0, 0, 0, 1])
# planted flaw (review-total): 行政复议 2 + 1 + 0 + 1 printed with 总计 3 (worked out 4); the prose quotes 3
N4["review"][4] = 3
P2 = {
    "regulations": {"issued": "/", "repealed": "/", "in_force": "/"},
    "normative_docs": {"issued": "2", "repealed": "1", "in_force": "9"},
    "licensing": {"decisions": "1563"},
    "penalties": {"decisions": "74"},
    "enforcement": {"decisions": "5"},
    "fees": {"amount_yuan": "0.00"},
}
P3, P4 = fmt_all(N3, N4, lambda k, c, v: "/" if (v == 0 and c != "total" and k != "四") else str(v))
nr, rv = N3["new_received"][6], N4["review"][4]
lw = N4["litigation_direct"][4] + N4["litigation_after_review"][4]
SPEC["narrative"] = {"new_requests": nr, "reviews": rv, "lawsuits": lw}

BR = {"result_head": "三、本年度<br>办理结果", "unable_not_held": "1.本机关不掌握<br>相关政府信息",
      "rejected_confirm": "5.要求行政机关确认或<br>重新出具已获取信息",
      "other_no_correction": "1.申请人无正当理由逾期不补正、<br>行政机关不再处理其政府信息公开申请",
      "other_no_fee": "2.申请人逾期未按收费通知要求缴纳费用、<br>行政机关不再处理其政府信息公开申请",
      "carried_forward": "四、结转下年度<br>继续办理"}
HEADS = {"nonprofit": "社会公<br>益组织", "legal_service": "法律服<br>务机构"}
P = '<p style="margin:0;text-align:{a};line-height:18px">{t}</p>'


def cell(kind, text, rs, cs):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    if text.startswith("（二）部分公开"):
        inner = P.format(a="left", t="（二）部分公开") + P.format(a="left", t="（区分处理的，只计这一情形，不计其他情形）")
        return f'<td{a} valign="middle">{inner}</td>'
    if kind in ("head", "corner"):
        return f'<th{a} valign="middle">{P.format(a="center", t=text)}</th>'
    if kind in ("caption",):
        return f'<td{a} bgcolor="#eef3f8">{P.format(a="center", t="<strong>" + text + "</strong>")}</td>'
    if kind == "label1":
        return f'<th{a} scope="row">{P.format(a="left" if cs > 1 else "center", t=text)}</th>'
    if kind in ("label2", "label3", "label"):
        return f'<td{a}>{P.format(a="left" if kind != "label2" or cs > 1 else "center", t=text)}</td>'
    return f'<td{a}>{P.format(a="center", t=text)}</td>'


def lab(k, t):
    return BR.get(k, t)


SCRIPT1 = ('<script type="text/javascript">\n  var rows = 25; // 表三数据行数\n  if (window.gkCheck) { gkCheck("tb3", rows); }\n'
           '</script>\n')
SCRIPT2 = ('<script>\n  (function(){var t=document.getElementById("tb4");if(!t)return;'
           'for(var i=0;i<t.rows.length;i++){if(i%2)t.rows[i].className="odd";}})();\n</script>\n')


def build():
    t = SPEC["title"]
    t2 = "".join("<tr>" + "".join(r) + "</tr>\n" for _, r in table2_rows("2021", P2, cell))
    h3, b3 = table3_rows("2021", P3, cell, head_names=HEADS, label=lab)
    body = []
    for i, r in enumerate(b3):
        if i == 1:
            body.append("<!-- 原值：上年结转 自然人 3 -->\n")
        if i == 4:
            body.append("<!-- 不予公开 8 项 -->\n")
        body.append("<tr>" + "".join(r) + "</tr>\n")
        if i == 12:
            body.append(SCRIPT1)
    t3 = ("<!-- 表三 开始 -->\n<thead>\n" + "".join("<tr>" + "".join(r) + "</tr>\n" for r in h3) + "</thead>\n<tbody>\n" +
          "".join(body) + "</tbody>\n<!-- 表三 结束 -->\n")
    h4, d4 = table4_rows(P4, cell, label=lambda x: "未经复议<br>直接起诉" if x == "未经复议直接起诉" else x)
    t4 = ("<tbody>\n" + "".join("<tr>" + "".join(r) + "</tr>\n" for r in h4) + "<!-- 数据行 -->\n" +
          "".join("<tr>" + "".join(r) + "</tr>\n" for r in d4) + SCRIPT2 + "</tbody>\n")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{t} - 大武口区人民政府</title>
<style>
body{{margin:0;font:14px/1.6 "Microsoft YaHei";color:#333;background:#fff}} .in{{width:1000px;margin:0 auto}}
#top{{background:#f2f2f2;font-size:12px;line-height:30px}} #logo{{height:100px;line-height:100px;font-size:30px;color:#064b8e}}
#nav{{background:#064b8e}} #nav a{{color:#fff;padding:0 24px;line-height:44px;display:inline-block}}
.here{{font-size:13px;line-height:40px;color:#666}} ul.meta{{list-style:none;margin:0;padding:10px;background:#f7f9fb;border:1px solid #e3e8ee;overflow:hidden}}
ul.meta li{{float:left;width:50%;font-size:13px;line-height:26px}}
.art h1{{text-align:center;font-size:24px;color:#064b8e;margin:24px 0 8px}} .art .txt p{{text-indent:2em;line-height:2;margin:6px 0}}
.art table{{border-collapse:collapse;margin:8px auto 14px;font-size:13px}} .art th,.art td{{border:1px solid #555;padding:3px 5px}}
.art table p{{text-indent:0 !important}}
#foot{{background:#064b8e;color:#d4e2f0;text-align:center;font-size:12px;padding:18px 0;margin-top:24px}}
</style>
</head>
<body>
<div id="top"><div class="in">您好！欢迎访问石嘴山市大武口区人民政府网站　<a href="javascript:;">无障碍</a>　<a href="javascript:;">长者模式</a></div></div>
<div id="logo" class="in">石嘴山市大武口区人民政府</div>
<div id="nav"><div class="in"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjdwk/">走进大武口</a></div></div>
<div class="in here">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgknb/">政府信息公开年报</a> &gt; <a href="/zwgk/zfxxgknb/bm/">部门年报</a></div>
<div class="in art">
<ul class="meta"><li>索引号：640202000/2026-00031</li><li>发布机构：大武口区住房和城乡建设局</li><li>主题分类：城乡建设、环境保护</li><li>发布日期：2026-01-23</li></ul>
<h1>{t}</h1>
<div style="text-align:center;font-size:12px;color:#999">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
<div class="txt">
<p>根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，编制本报告。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。如对本报告有疑问，请与大武口区住房和城乡建设局办公室联系。</p>
<p><strong>一、总体情况</strong></p>
<p>2025年，我局围绕城市更新、保障性住房、物业管理等重点领域，持续深化政务公开。</p>
<p>（一）主动公开。全年主动公开政府信息327条，其中政策文件2件、公租房分配结果信息14批次、建筑市场“双随机”抽查结果信息28条。</p>
<p>（二）依申请公开。全年收到政府信息公开申请共{nr}件，加上年结转{N3['carried_over'][6]}件，已办结{N3['total_handled'][6]}件，结转下年度{N3['carried_forward'][6]}件。申请主要涉及房屋征收补偿、老旧小区改造和物业维修资金使用等信息。</p>
<p>（三）政府信息管理。严格执行公开前保密审查，全年清理行政规范性文件，废止1件，现行有效9件。</p>
<p>（四）平台建设。完善区政府网站部门专栏，开设“城市更新”专题。</p>
<p>（五）监督保障。全年被申请行政复议{rv}件，被提起行政诉讼{lw}件。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
</div>
<table id="tb2" width="88%">
{t2}</table>
<div class="txt"><p><strong>三、收到和处理政府信息公开申请情况</strong></p></div>
<table id="tb3" width="100%">
{t3}</table>
<div class="txt"><p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p></div>
<table id="tb4" width="100%">
{t4}</table>
<div class="txt">
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>一是政策解读的形式不够丰富；二是个别申请答复的说理还不够充分。2026年，我局将运用图解、短视频等形式解读住房保障政策，并建立依申请公开答复会审机制。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>本年度未收取信息处理费，无其他需要报告的事项。</p>
<p style="text-align:right">石嘴山市大武口区住房和城乡建设局<br>2026年1月23日</p>
</div>
<div style="font-size:12px;border-top:1px dashed #ccc;padding-top:8px">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　相关信息：<a href="/zwgk/zfxxgknb/bm/2024/">大武口区住房和城乡建设局2024年政府信息公开工作年度报告</a></div>
</div>
<div id="foot">主办：石嘴山市大武口区人民政府办公室　网站标识码：6402020001<br>宁ICP备05000000号　宁公网安备 64020202000000号</div>
</body>
</html>
"""


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
