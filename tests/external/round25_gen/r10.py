"""10: 长春市朝阳区人民政府 2023 (2021 template), sound. GBK page.
New markup: footnote markers in <sup> inside label and header cells ("（二）部分公开…<sup>[1]</sup>",
"（七）总计<sup>[2]</sup>", "四、结转下年度继续办理<sup>[3]</sup>", section 二 head "现行有效件数<sup>*</sup>") with the notes
printed under the tables; a <colgroup> of <col span>; the 总计 column and the （七）总计 row in <strong>."""
from common import *

TPL, YEAR = "2021", 2023
OFFICE = "长春市朝阳区人民政府"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 9, "repealed": 4, "in_force": 83},
    "licensing": {"decisions": 21746},
    "penalties": {"decisions": 4093},
    "enforcement": {"decisions": 215},
    "fees": {"amount_yuan": 3600},
}
Z = [0] * 6
res = {
    "granted": [305, 47, 3, 6, 9, 2], "partial": [41, 8, 0, 1, 0, 0],
    "denied_state_secret": [2, 0, 0, 0, 0, 0], "denied_law_forbidden": [5, 1, 0, 0, 0, 0], "denied_safety": [1, 0, 0, 0, 0, 0],
    "denied_third_party": [23, 6, 0, 0, 1, 0], "denied_internal": [7, 0, 0, 0, 0, 0], "denied_process": [18, 2, 0, 0, 0, 0],
    "denied_enforcement": [6, 1, 0, 0, 0, 0], "denied_query": [14, 0, 0, 0, 0, 0],
    "unable_not_held": [187, 29, 1, 3, 5, 4], "unable_needs_creation": [33, 4, 0, 0, 0, 0],
    "unable_unclear": [12, 1, 0, 0, 0, 1],
    "rejected_petition": [58, 2, 0, 0, 0, 0], "rejected_duplicate": [36, 5, 0, 0, 1, 0],
    "rejected_publication": [4, 0, 0, 0, 0, 0], "rejected_excessive": [17, 0, 0, 0, 0, 0], "rejected_confirm": [3, 1, 0, 0, 0, 0],
    "other_no_correction": [26, 3, 0, 0, 0, 0], "other_no_fee": [0, 0, 0, 0, 0, 0], "other_misc": [11, 2, 0, 1, 0, 0],
}
q = section3(TPL, [39, 6, 0, 1, 0, 0], res, [44, 7, 1, 0, 2, 0])
rl = section4([37, 9, 4, 11], [15, 3, 2, 8], [6, 1, 0, 3])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 61, "lawsuits": 38}

NOTE = {"partial": "[1]", "total_handled": "[2]", "carried_forward": "[3]"}
L = {k: LABEL[k] + f"<sup>{n}</sup>" for k, n in NOTE.items()}


def sec2():
    rows = []
    for cap, heads, rws in sec2_rows(TPL):
        rows.append(f'<tr><td colspan="4"><b>{cap}</b></td></tr>')
        heads = [h.replace("现行有效件数", "现行有效件数<sup>*</sup>") for h in heads]
        if len(heads) == 1:
            rows.append(f'<tr><td>信息内容</td><td colspan="3">{heads[0]}</td></tr>')
        else:
            rows.append("<tr><td>信息内容</td>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>")
        for lb, k, fs in rws:
            if len(fs) == 1:
                x = active[k][fs[0]]
                rows.append(f'<tr><td>{lb}</td><td colspan="3">{wan(x) if fs[0] == "amount_yuan" else num(x)}</td></tr>')
            else:
                rows.append(f"<tr><td>{lb}</td>" + "".join(f"<td>{num(active[k][f])}</td>" for f in fs) + "</tr>")
    cg = '<colgroup><col width="30%"><col span="3" width="23%"></colgroup>'
    return (f'<table class="g">\n{cg}\n' + "\n".join(rows) + "\n</table>\n"
            '<p class="zs">注*：现行有效件数指截至2023年12月31日仍然有效的文件数量。</p>')


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3">{CORNER}</td><td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2"><strong>总计</strong></td></tr>',
         "<tr>" + "".join(f"<td>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]

    def val(k, c):
        s = num(q[k][c])
        return f"<td><strong>{s}</strong></td>" if c == "total" or k == "total_handled" else f"<td>{s}</td>"
    cg = '<colgroup><col span="3" width="12%"><col span="7" width="9%"></colgroup>'
    notes = ('<p class="zs">注：[1]区分处理的，只计这一情形，不计其他情形。[2]（七）总计为（一）至（六）各项之和。'
             '[3]结转下年度继续办理的申请将于2024年1月31日前办结。</p>')
    return f'<table class="g">\n{cg}\n' + "\n".join(h + body3(TPL, q, val, labels=L)) + "\n</table>\n" + notes


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    cg = '<colgroup><col span="15" width="6.6%"></colgroup>'
    return f'<table class="g">\n{cg}\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p>{s}</p>"
body = f"""
<h2 align="center">{TITLE}</h2>
{P("本报告由长春市朝阳区人民政府办公室根据《中华人民共和国政府信息公开条例》编制，统计期限为2023年1月1日至2023年12月31日。")}
<p><b>一、总体情况</b></p>
{P("2023年，朝阳区深入推进政务公开，重点围绕营商环境、城市更新、社会保障等领域加大公开力度。")}
{P(f"（一）依申请公开。全区共新收政府信息公开申请{NEW}件，上年结转46件，办结{q['total_handled']['total']}件，结转下年度继续办理54件。")}
{P("（二）监督保障。全年涉及政府信息公开的行政复议案件共61件，行政诉讼案件共38件。")}
<p><b>二、主动公开政府信息情况</b></p>
{sec2()}
<p><b>三、收到和处理政府信息公开申请情况</b></p>
{sec3()}
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4()}
<p><b>五、存在的主要问题及改进情况</b></p>
{P("一是政策解读的针对性不强；二是基层公开标准目录动态调整不够及时。2024年将健全解读机制，组织目录年度复核。")}
<p><b>六、其他需要报告的事项</b></p>
{P("2023年全区依据《政府信息公开信息处理费管理办法》收取信息处理费0.36万元。")}
<p align="right">长春市朝阳区人民政府办公室<br>2024年1月25日</p>
"""

page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{TITLE}</title>
<style>
.g{{border-collapse:collapse;width:100%}} .g td{{border:1px solid #000;text-align:center;padding:2px}}
.zs{{font-size:12px;color:#555}} sup{{font-size:9px}}
</style>
</head>
<body>
<div class="top">长春市朝阳区人民政府 <a href="#">简</a>|<a href="#">繁</a> <a href="#">关怀版</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">走进朝阳</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="pos">您的位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
{body}
<div class="foot">长春市朝阳区人民政府办公室 主办 &nbsp; 吉ICP备05001234号 &nbsp; 网站标识码2201040001 &nbsp; 今日访问：1532</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-footnote-sup-colgroup-gbk-2021", "gbk", [
    "page saved in GBK (meta charset=gbk), HTML 4.01 Transitional DOCTYPE",
    "footnote markers in <sup> inside cells: \"（二）部分公开（区分处理的，只计这一情形，不计其他情形）<sup>[1]</sup>\", \"（七）总计<sup>[2]</sup>\", \"四、结转下年度继续办理<sup>[3]</sup>\", section 二 head \"现行有效件数<sup>*</sup>\"; the notes (with dates and numbers) printed in <p class=zs> under the tables",
    "every table opens with a <colgroup> of <col span> (3+7, 1+3, 15)",
    "the 总计 column and the （七）总计 row in <strong>; zeros typed 0; counts in hundreds and thousands (行政许可 21746, 本年新收 967); fee 0.36 (万元)",
    "site clutter: top bar (简|繁, 关怀版), nav, 您的位置, footer with 吉ICP备 and 今日访问",
], active, q, rl, narrative, None)
write("10-2023-2021", page, t, encoding="gbk")
print(NEW, q["total_handled"]["total"], q["carried_over"]["total"], q["carried_forward"]["total"])
