"""01: 哈尔滨市道里区新阳路街道办事处 2019 (2019 template), sound. GB18030 page.
New markup: sections 三 and 四 are CSS `display:table` grids made of <div>s (classes .gt / .gr / .gc declared in the
page's <style>), no <table> at all for them: no spans are possible, so a merged slot is an empty cell (三、本年度办理结果
only on its first row, a group label only on its group's first sub-row, header words only in their first column).
Section 二 is an ordinary <table>."""
from common import *

TPL, YEAR = "2019", 2019
OFFICE = "哈尔滨市道里区新阳路街道办事处"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 3, "published": 3, "total_public": 21},
    "licensing": {"prev_items": 4, "change": 0, "decisions": 118},
    "other_services": {"prev_items": 22, "change": -2, "decisions": 2607},
    "penalties": {"prev_items": 5, "change": 1, "decisions": 44},
    "enforcement": {"prev_items": 0, "change": 0, "decisions": 0},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 2, "amount_yuan": 94300},
}
Z = [0] * 6
res = {
    "granted": [17, 2, 0, 1, 0, 0], "partial": [3, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [1, 0, 0, 0, 0, 0], "denied_safety": Z,
    "denied_third_party": [2, 1, 0, 0, 0, 0], "denied_internal": Z, "denied_process": Z, "denied_enforcement": Z,
    "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [12, 1, 0, 0, 1, 0], "unable_needs_creation": [2, 0, 0, 0, 0, 0],
    "unable_unclear": [1, 0, 0, 0, 0, 1],
    "rejected_petition": [4, 0, 0, 0, 0, 0], "rejected_duplicate": [2, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": [2, 0, 0, 0, 0, 0],
}
q = section3(TPL, [3, 0, 0, 0, 0, 0], res, [1, 0, 0, 0, 0, 0])
rl = section4([2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 3, "lawsuits": 2}


def sec2():
    rows = []
    for cap, heads, rws in sec2_rows(TPL):
        rows.append(f'<tr><td colspan="4" class="cap">{cap}</td></tr>')
        if len(heads) == 2:
            rows.append(f"<tr><td>信息内容</td><td>{heads[0]}</td><td colspan=\"2\">{heads[1]}</td></tr>")
        else:
            rows.append("<tr><td>信息内容</td>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>")
        for lab, k, fs in rws:
            vs = [signed(active[k][f]) if f == "change" else num(active[k][f]) for f in fs]
            if len(vs) == 2:
                rows.append(f"<tr><td>{lab}</td><td>{vs[0]}</td><td colspan=\"2\">{vs[1]}</td></tr>")
            else:
                rows.append(f"<tr><td>{lab}</td>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>")
    return '<table class="t2" cellspacing="0">\n' + "\n".join(rows) + "\n</table>"


def grid(rows, cls="gt"):
    out = []
    for r in rows:
        out.append('  <div class="gr">' + "".join(f'<div class="gc">{c}</div>' for c in r) + "</div>")
    return f'<div class="{cls}">\n' + "\n".join(out) + "\n</div>"


def sec3():
    h = [[CORNER, "", "", "申请人情况", "", "", "", "", "", ""],
         ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
         ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
    body = [labs + [num(q[k][c]) for c in COLS] for k, labs in flat3(TPL)]
    return grid(h + body)


def sec4():
    h = [["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
         [RESULT4NAME[x] for x in RESULTS4] + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
         [""] * 5 + [RESULT4NAME[x] for x in RESULTS4] * 2]
    return grid(h + [[num(rl[g][x]) for g in GROUPS4 for x in RESULTS4]], "gt g4")


P = lambda s: f'<p class="zw">{s}</p>'
body = f"""
<div class="tit">{TITLE}</div>
{P("根据《中华人民共和国政府信息公开条例》（国务院令第711号）和上级有关要求，现公布新阳路街道办事处2019年政府信息公开工作年度报告。本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。")}
<div class="h">一、总体情况</div>
{P("2019年，新阳路街道坚持以公开为常态、不公开为例外，围绕民生保障、城市管理、社区服务等重点领域做好信息公开工作。")}
{P(f"（一）主动公开。通过道里区政府网站街道专栏主动公开信息405条。（二）依申请公开。全年共收到政府信息公开申请{NEW}件，上年结转3件，均在法定期限内答复。（三）政府信息管理。规范发布审核流程。（四）平台建设。完善街道政务公开专区。（五）监督保障。本年度被申请行政复议3件，被提起行政诉讼2件。")}
<div class="h">二、主动公开政府信息情况</div>
{sec2()}
<div class="h">三、收到和处理政府信息公开申请情况</div>
{sec3()}
<div class="h">四、政府信息公开行政复议、行政诉讼情况</div>
{sec4()}
<div class="h">五、存在的主要问题及改进情况</div>
{P("存在的问题：信息公开的及时性还需提高，社区层面公开栏更新不够规范。改进措施：建立信息公开台账，每季度开展一次检查。")}
<div class="h">六、其他需要报告的事项</div>
{P("本年度无其他需要报告的事项。")}
<p class="qm">哈尔滨市道里区新阳路街道办事处<br>2020年1月21日</p>
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>{TITLE}_哈尔滨市道里区人民政府</title>
<style type="text/css">
body {{ font: 14px/1.8 "Microsoft YaHei", SimSun; margin: 0; }}
.head {{ background: #0b4ea2; color: #fff; padding: 6px 20px; }}
.menu span {{ margin: 0 10px; }}
.tit {{ font-size: 22px; font-weight: bold; text-align: center; margin: 16px 0; }}
.h {{ font-weight: bold; margin: 10px 0; }}
.zw {{ text-indent: 2em; }}
.qm {{ text-align: right; }}
.t2 {{ width: 100%; border-collapse: collapse; }}
.t2 td {{ border: 1px solid #666; text-align: center; padding: 2px; }}
.t2 td.cap {{ background: #f2f2f2; }}
.gt {{ display: table; width: 100%; border-collapse: collapse; }}
.gr {{ display: table-row; }}
.gc {{ display: table-cell; border: 1px solid #666; padding: 2px 4px; text-align: center; vertical-align: middle; }}
.g4 .gc {{ width: 6.6%; }}
</style>
</head>
<body>
<div class="head">哈尔滨市道里区人民政府 <span style="float:right">2020年1月21日 星期二</span></div>
<div class="menu"><span>首页</span><span>政务公开</span><span>政务服务</span><span>互动交流</span><span>魅力道里</span></div>
<div class="pos">您现在的位置：首页 &gt; 政务公开 &gt; 政府信息公开年度报告</div>
<div class="info">信息来源：新阳路街道办事处 &nbsp; 发布时间：2020-01-21 &nbsp; 点击数：517</div>
<div class="art">
{body}
</div>
<div class="tools">[ <a href="#">打印本页</a> ] [ <a href="#">关闭窗口</a> ]</div>
<div class="foot">版权所有：哈尔滨市道里区人民政府 &nbsp; 黑ICP备10201234号 &nbsp; 联系电话：0451-84610000</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-css-table-divs-gb18030-2019", "gb18030", [
    "page saved in GB18030 (meta http-equiv charset=gb18030)",
    "sections 三 and 四 are CSS display:table grids of <div>s (.gt display:table, .gr display:table-row, .gc display:table-cell, declared in <style>) with no <table> element; every grid slot is its own cell, merged slots are empty cells: corner text in the first cell of the first header row, 申请人情况 over 自然人 only, 法人或其他组织 over 商业企业 only; 三、本年度办理结果 only on the first result row, group labels only on their first sub-row; section 四 header words only in their first column",
    "section 二 an ordinary table (2019 (八)(九) second value colspan 2); 本年增/减 \"-2\", \"+1\"; procurement \"94300\" (no unit)",
    "zeros typed 0 everywhere",
    "site clutter: header bar with date, menu, 位置, 信息来源/发布时间/点击数, 打印/关闭, footer with 黑ICP备 and a phone number",
], active, q, rl, narrative, None)
write("01-2019-2019", page, t, encoding="gb18030")
