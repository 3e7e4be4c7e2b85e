"""09: 拉萨市城关区八廓街道办事处 2020 (2019 template), sound. UTF-8 bytes with no charset declared anywhere.
New markup: section 三 with the corner cell "项目" and the 勾稽关系 note moved to a <caption style="caption-side:bottom">;
the column headers repeated in a <tfoot> at the foot of the table (two rows: 自然人, 商业企业 … 其他, 总计 — as a printed
ledger repeats them), written in the source before <tbody>."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "拉萨市城关区八廓街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": None, "published": None, "total_public": None},
    "normative_docs": {"made": None, "published": None, "total_public": None},
    "licensing": {"prev_items": 2, "change": 0, "decisions": 31},
    "other_services": {"prev_items": 5, "change": 0, "decisions": 118},
    "penalties": {"prev_items": 1, "change": 0, "decisions": 6},
    "enforcement": {"prev_items": None, "change": None, "decisions": None},
    "fees": {"prev_items": None, "change": None},
    "procurement": {"projects": 1, "amount_yuan": 78000},
}
N = None
B = [N] * 6
res = {
    "granted": [5, N, N, N, N, N], "partial": [1, N, N, N, N, N],
    "denied_state_secret": B, "denied_law_forbidden": B, "denied_safety": B, "denied_third_party": B,
    "denied_internal": B, "denied_process": B, "denied_enforcement": B, "denied_query": B,
    "unable_not_held": [3, 1, N, N, N, N], "unable_needs_creation": B, "unable_unclear": [1, N, N, N, N, N],
    "rejected_petition": [1, N, N, N, N, N], "rejected_duplicate": B, "rejected_publication": B,
    "rejected_excessive": B, "rejected_confirm": B, "other": B,
}
q = section3(TPL, B, res, [1, N, N, N, N, N])
rl = section4([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 0, "lawsuits": 0}


def sec2():
    rows = []
    for cap, heads, rws, keys in sec2_spec(TPL):
        rows.append(f'<tr><td colspan="4" class="c">{cap}</td></tr>')
        if len(heads) == 2:
            rows.append(f"<tr><td>信息内容</td><td>{heads[0]}</td><td colspan=\"2\">{heads[1]}</td></tr>")
        else:
            rows.append("<tr><td>信息内容</td>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>")
        for lab, k in rws:
            vs = [signed(active[k][f]) if f == "change" and active[k][f] else
                  (f"{active[k][f]}元" if f == "amount_yuan" else num(active[k][f])) for f in keys]
            if len(vs) == 2:
                rows.append(f"<tr><td>{lab}</td><td>{vs[0]}</td><td colspan=\"2\">{vs[1]}</td></tr>")
            else:
                rows.append(f"<tr><td>{lab}</td>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>")
    return '<table class="b">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    head = ['<tr><th colspan="3" rowspan="3">项目</th><th colspan="7">申请人情况</th></tr>',
            '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>',
            "<tr>" + "".join(f"<th>{COLNAME[c]}</th>" for c in APPL[1:]) + "</tr>"]
    foot = ['<tr><th colspan="3" rowspan="2">项目</th><th rowspan="2">自然人</th>' +
            "".join(f'<th rowspan="2">{COLNAME[c]}</th>' for c in APPL[1:]) + '<th rowspan="2">总计</th></tr>', "<tr></tr>"]
    val = lambda k, c: f"<td>{num(q[k][c])}</td>"
    return ('<table class="b">\n<caption style="caption-side:bottom;text-align:left;font-size:12px">'
            f"注：{CORNER}</caption>\n<thead>\n" + "\n".join(head) + "\n</thead>\n<tfoot>\n" + "\n".join(foot) +
            "\n</tfoot>\n<tbody>\n" + "\n".join(body3(TPL, q, val)) + "\n</tbody>\n</table>")


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="b">\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p>　　{s}</p>"
body = f"""
<div class="tit">{TITLE}</div>
{P("本报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限为2020年1月1日至2020年12月31日。")}
<div class="h">一、总体情况</div>
{P("2020年，八廓街道办事处坚持把政务公开作为服务群众的重要抓手，在疫情防控、社区服务等方面及时公开信息。")}
{P(f"全年共收到政府信息公开申请{NEW}件，均按时答复，结转下年度继续办理1件。全年未发生因政府信息公开引起的行政复议和行政诉讼。")}
<div class="h">二、主动公开政府信息情况</div>
{sec2()}
<div class="h">三、收到和处理政府信息公开申请情况</div>
{sec3()}
<div class="h">四、政府信息公开行政复议、行政诉讼情况</div>
{sec4()}
<div class="h">五、存在的主要问题及改进情况</div>
{P("存在的问题：政务公开专业人员不足。改进情况：2021年将加强社区干部培训，推进基层政务公开标准化规范化。")}
<div class="h">六、其他需要报告的事项</div>
{P("无。")}
"""

page = f"""<html>
<head>
<title>{TITLE}</title>
<style>
.b{{border-collapse:collapse;width:100%}} .b td,.b th{{border:1px solid #444;text-align:center;padding:2px;font-weight:normal}}
.tit{{text-align:center;font-size:21px;font-weight:bold}} .h{{font-weight:bold;margin:10px 0}} .c{{background:#f5f5f5}}
</style>
</head>
<body>
<div class="top">拉萨市城关区人民政府 <a href="#">藏文版</a> <a href="#">无障碍</a></div>
<div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">办事服务</a> | <a href="#">互动交流</a> | <a href="#">魅力城关</a></div>
<div class="path">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年度报告</div>
<div class="content">
{body}
<p style="text-align:right">拉萨市城关区八廓街道办事处<br>2021年1月25日</p>
</div>
<div class="share">分享：<a href="#">微信</a> <a href="#">微博</a> ｜ <a href="#">打印</a> <a href="#">关闭</a></div>
<div class="foot">拉萨市城关区人民政府办公室主办 &nbsp; 藏ICP备10000123号 &nbsp; 网站标识码：5401020001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r24-tfoot-caption-no-charset-2019", None, [
    "UTF-8 bytes with no charset declared (no <meta charset>, no BOM, no DOCTYPE)",
    "section 三: corner cell \"项目\" (colspan 3 rowspan 3); the 勾稽关系 note moved to <caption style=\"caption-side:bottom\"> (\"注：（本列数据的勾稽关系为…）\"); the column headers repeated in a <tfoot> (项目 colspan 3, 自然人, 商业企业 … 其他, 总计, each rowspan 2, then an empty <tr>) written before <tbody>, so it renders at the foot of the table",
    "section 三 zero cells empty (总计 too): rows with nothing counted wholly blank, 二、上年结转 wholly blank; section 四 zeros 0",
    "section 二: 规章, 规范性文件, 行政强制 and 行政事业性收费 rows blank; 本年增/减 \"0\"; procurement \"78000元\"",
    "site clutter: top links (藏文版/无障碍), nav, 当前位置, share/打印/关闭, footer with 藏ICP备",
], active, q, rl, narrative, None)
write("09-2020-2019", page, t)
print(NEW)
