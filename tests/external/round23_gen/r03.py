"""03: 重庆市渝中区人力资源和社会保障局 2020 (2019 template), flaw balance. Section 三 split into two tables side by side
(left: labels + 自然人 + 商业企业; right, without labels: 科研机构 … 总计) in a flex row with fixed row heights. Section
三 applicant cells with nothing counted left empty, the 总计 column always printed."""
from common import *

SPEC = {
    "folder": "03-2020-2019-balance", "template": "2019", "year": 2020,
    "office": "重庆市渝中区人力资源和社会保障局",
    "title": "重庆市渝中区人力资源和社会保障局2020年政府信息公开工作年度报告",
    "layout": "r23-side-by-side-split-2019", "encoding": None, "flaw": "balance",
    "deviations": [
        "section 三 split into two <table>s side by side in a <div style=display:flex> (a note above says the table is "
        "shown in two halves): the left table has the corner note, the three label columns and 自然人 + 商业企业 "
        "(申请人情况 colspan 2, 法人或其他组织 colspan 1); the right table has no label column, header 申请人情况（续） "
        "colspan 5, 法人或其他组织（续） colspan 4 over 科研机构/社会公益组织/法律服务机构/其他, 总计 rowspan 2; its rows line up "
        "with the left table's by fixed row heights only",
        "section 三 applicant cells with nothing counted are empty <td></td>; the 总计 column is always printed (0 too)",
        "section 二 规章 \"/\"; 本年增/减 \"-3\" \"+1\"; procurement 1263500 bare (元); section 四 zeros 0",
        "site clutter: 重庆 portal top bar (登录/注册/无障碍/关怀版), banner, nav, 当前位置, 信息索引 table, 浏览次数, 字号, "
        "分享到, 打印/关闭, footer with 渝ICP备",
    ],
}

CHOSEN_CO = [2, 1, 0, 0, 0, 0]
N3 = section3(
    "2019",
    carried_over=CHOSEN_CO,
    res={
        "granted": [18, 4, 0, 0, 1, 0],
        "partial": [5, 2, 0, 0, 0, 0],
        "denied_state_secret": [0, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [1, 0, 0, 0, 0, 0],
        "denied_safety": [0, 0, 0, 0, 0, 0],
        "denied_third_party": [3, 1, 0, 0, 0, 0],
        "denied_internal": [1, 0, 0, 0, 0, 0],
        "denied_process": [2, 0, 0, 0, 0, 0],
        "denied_enforcement": [1, 0, 0, 0, 0, 0],
        "denied_query": [4, 0, 0, 0, 0, 0],
        "unable_not_held": [21, 3, 0, 1, 2, 0],
        "unable_needs_creation": [6, 1, 0, 0, 0, 0],
        "unable_unclear": [3, 0, 0, 0, 0, 0],
        "rejected_petition": [7, 0, 0, 0, 0, 0],
        "rejected_duplicate": [4, 1, 0, 0, 0, 0],
        "rejected_publication": [1, 0, 0, 0, 0, 0],
        "rejected_excessive": [2, 0, 0, 0, 0, 0],
        "rejected_confirm": [1, 0, 0, 0, 0, 0],
        "other": [3, 1, 0, 0, 0, 1],
    },
    carried_forward=[4, 1, 0, 0, 0, 0],
)
# planted flaw (balance): 二、上年结转 自然人 printed 4 instead of the chosen 2, and its 总计 5 instead of 3 (the row still
# adds up), so 一 + 二 ≠ （七） + 四 in 自然人 and 总计
N3["carried_over"] = [4, 1, 0, 0, 0, 0, 5]
N4 = section4(review=[2, 1, 0, 1], direct=[1, 0, 0, 1], after=[1, 0, 0, 0])
P2 = {
    "regulations": {"made": "/", "published": "/", "total_public": "/"},
    "normative_docs": {"made": "3", "published": "3", "total_public": "27"},
    "licensing": {"prev_items": "46", "change": "-3", "decisions": "18764"},
    "other_services": {"prev_items": "28", "change": "+1", "decisions": "95412"},
    "penalties": {"prev_items": "97", "change": "0", "decisions": "312"},
    "enforcement": {"prev_items": "5", "change": "0", "decisions": "2"},
    "fees": {"prev_items": "0", "change": "0"},
    "procurement": {"projects": "4", "amount_yuan": "1263500"},
}
P3, P4 = fmt_all(N3, N4, lambda k, c, v: str(v) if (v != 0 or c == "total" or k == "四") else "")
nr, rv = N3["new_received"][6], N4["review"][4]
lw = N4["litigation_direct"][4] + N4["litigation_after_review"][4]
SPEC["narrative"] = {"new_requests": nr, "reviews": rv, "lawsuits": lw}


def cell(kind, text, rs, cs):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    if kind in ("head", "corner", "caption"):
        return f'<td{a} class="th">{text}</td>'
    if kind == "label3" or (kind in ("label1", "label2") and cs > 1):
        return f'<td{a} class="lb">{text}</td>'
    return f"<td{a}>{text}</td>"


def tr(cells, h):
    return f'<tr style="height:{h}px">' + "".join(cells) + "</tr>\n"


def build():
    t = SPEC["title"]
    t2 = "".join(tr(r, 30) for _, r in table2_rows("2019", P2, cell))
    lh, lb = table3_rows("2019", P3, cell, order=["natural_person", "business"])
    rh, rb = table3_rows("2019", P3, cell, order=["research", "nonprofit", "legal_service", "other_org", "total"],
                         labels=False, legal_name="法人或其他组织（续）")
    left = "".join(tr(r, 40) for r in lh) + "".join(tr(r, 36) for r in lb)
    right = "".join(tr(r, 40) for r in rh) + "".join(tr(r, 36) for r in rb)
    h4, d4 = table4_rows(P4, cell)
    t4 = "".join(tr(r, 36) for r in h4 + d4)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{t}_重庆市渝中区人民政府</title>
<style>
body{{margin:0;font:14px/1.6 "微软雅黑";background:#f0f2f5}}
.hd-top{{background:#1d5aa8;color:#fff;font-size:12px;padding:5px 0}} .hd-top a{{color:#fff;margin-left:10px}}
.wrap{{width:1000px;margin:0 auto}} .logo{{height:110px;line-height:110px;font-size:32px;color:#1d5aa8;background:#fff;padding-left:20px}}
.nav{{background:#2a6fc9}} .nav a{{color:#fff;padding:0 24px;line-height:44px;display:inline-block}}
.pos{{padding:10px 0;font-size:13px}} .main{{background:#fff;padding:20px 40px}}
.syb td{{border:1px solid #ccd;padding:3px 6px;font-size:13px}}
.content p{{text-indent:2em;line-height:2;margin:6px 0}}
.content table.data{{border-collapse:collapse;font-size:12px;table-layout:fixed}}
.content table.data td{{border:1px solid #333;text-align:center;padding:1px 3px;line-height:16px;overflow:hidden}}
.content table.data td.th{{font-weight:bold;background:#f2f6fb}} .content table.data td.lb{{text-align:left}}
.split{{display:flex;align-items:flex-start}} .split>div{{flex:none}}
.footer{{background:#1d5aa8;color:#fff;text-align:center;padding:20px 0;font-size:12px;margin-top:20px}}
</style>
</head>
<body>
<div class="hd-top"><div class="wrap">今天是：2021年1月28日　<a href="javascript:;">登录</a><a href="javascript:;">注册</a><a href="javascript:;">无障碍</a><a href="javascript:;">关怀版</a></div></div>
<div class="wrap logo">重庆市渝中区人民政府</div>
<div class="nav"><div class="wrap"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bmfw/">便民服务</a><a href="/hdjl/">互动交流</a><a href="/zjyz/">走进渝中</a></div></div>
<div class="wrap pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgkndbg/">政府信息公开年报</a> &gt; 部门年报</div>
<div class="wrap main">
<table class="syb" width="100%" cellspacing="0">
<tr><td width="14%">[ 索引号 ]</td><td width="36%">11500103009398715P/2021-00006</td><td width="14%">[ 发文字号 ]</td><td></td></tr>
<tr><td>[ 主题分类 ]</td><td>劳动、人事、监察</td><td>[ 体裁分类 ]</td><td>年度报告</td></tr>
<tr><td>[ 发布机构 ]</td><td>渝中区人力社保局</td><td>[ 发布日期 ]</td><td>2021-01-28</td></tr>
</table>
<h1 style="text-align:center;font-size:24px;color:#1d5aa8;margin:24px 0 8px">{t}</h1>
<div style="text-align:center;color:#888;font-size:12px;border-bottom:1px dashed #ccc;padding-bottom:8px">浏览次数：1374　　字号：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</div>
<div class="content">
<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）要求编制。报告中所列数据统计期限自2020年1月1日至2020年12月31日。</p>
<p><b>一、总体情况</b></p>
<p>2020年，我局围绕稳就业、保民生中心任务，持续做好就业创业、社会保险、劳动关系等领域信息公开。</p>
<p>（一）主动公开方面。通过区政府网站、“渝中人社”微信公众号等渠道主动公开政府信息1086条，发布就业创业补贴政策解读32篇，公开行政许可、行政处罚等结果信息。</p>
<p>（二）依申请公开方面。全年新收政府信息公开申请{nr}件，其中自然人申请{N3['new_received'][0]}件、法人或其他组织申请{nr - N3['new_received'][0]}件，申请内容集中在工伤认定、劳动保障监察投诉处理、社会保险待遇核定等方面。</p>
<p>（三）行政复议和行政诉讼方面。本年度涉及本机关政府信息公开工作的行政复议案件共{rv}件，行政诉讼案件共{lw}件（其中复议后起诉1件）。</p>
<p>（四）监督保障方面。调整政府信息公开工作领导小组，明确办公室承担日常工作，全年开展业务培训3次。</p>
<p><b>二、主动公开政府信息情况</b></p>
<table class="data" width="700" cellspacing="0">{t2}</table>
<p><b>三、收到和处理政府信息公开申请情况</b></p>
<p style="text-indent:0;font-size:12px;color:#666">（因表格较宽，分为左右两部分显示。）</p>
<div class="split">
<div><table class="data" width="540" cellspacing="0">
<colgroup><col width="60"><col width="100"><col width="220"><col width="80"><col width="80"></colgroup>
{left}</table></div>
<div><table class="data" width="380" cellspacing="0">
<colgroup><col width="76"><col width="76"><col width="76"><col width="76"><col width="76"></colgroup>
{right}</table></div>
</div>
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
<table class="data" width="920" cellspacing="0">{t4}</table>
<p><b>五、存在的主要问题及改进情况</b></p>
<p>2020年我局政府信息公开工作取得一定成效，但仍存在政策解读形式较为单一、依申请公开办理人员业务能力有待提升等问题。2021年，我局将丰富图解、短视频等解读形式，并定期开展依申请公开案例研讨。</p>
<p><b>六、其他需要报告的事项</b></p>
<p>本年度我局未收取信息处理费，无其他需要报告的事项。</p>
<p style="text-align:right">重庆市渝中区人力资源和社会保障局<br>2021年1月28日</p>
</div>
<div style="text-align:right;font-size:12px;margin-top:16px">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
<div class="footer">重庆市渝中区人民政府办公室主办　　网站标识码：5001030001<br>渝ICP备05000000号　渝公网安备 50010302000000号</div>
</body>
</html>
"""


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
