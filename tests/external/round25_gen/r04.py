"""04: 兰州市城关区住房和城乡建设局 2022 (2021 template), planted flaw: balance. UTF-8 page.
New markup: section 三's table is immediately preceded and followed by site clutter tables: a title-bar table
("表3 | 收到和处理政府信息公开申请情况 | 单位：件 | 统计时限：2022年1月1日—2022年12月31日") and a sign-off table
(填表人, 联系电话 0931-8451234, 填报日期 2023年1月16日, 审核人); the whole page is laid out with further clutter tables
(a nav table with the date and hotline, a 浏览次数 table, a 相关信息 table of dated links, a footer table with phone
numbers, postcode and a visitor counter). Null cells print "/" (whole rows) and "无" (section 二)."""
from common import *

TPL, YEAR = "2021", 2022
OFFICE = "兰州市城关区住房和城乡建设局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": None, "repealed": None, "in_force": None},
    "normative_docs": {"issued": 1, "repealed": 0, "in_force": 7},
    "licensing": {"decisions": 862},
    "penalties": {"decisions": 129},
    "enforcement": {"decisions": None},
    "fees": {"amount_yuan": None},
}
Z = [0] * 6
res = {
    "granted": [21, 4, 0, 0, 1, 0], "partial": [6, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [3, 0, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": [2, 0, 0, 0, 0, 0], "denied_enforcement": Z, "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [10, 3, 0, 0, 0, 0], "unable_needs_creation": [4, 0, 0, 0, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [9, 0, 0, 0, 0, 0], "rejected_duplicate": [3, 1, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [2, 0, 0, 0, 0, 0], "rejected_confirm": Z,
    "other_no_correction": [2, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [1, 0, 0, 0, 0, 1],
}
N = None
q = section3(TPL, [N] * 6, res, [5, 1, 0, 0, 0, 0])
# planted flaw (balance): 四、结转下年度继续办理 自然人 chosen 5, printed 7; its 总计 chosen 6, printed 8 (the row adds
# up; 一 + 二 ≠ （七） + 四 in 自然人 (71 + 0 ≠ 66 + 7) and 总计 (83 ≠ 77 + 8))
q["carried_forward"]["natural_person"] = 7
q["carried_forward"]["total"] = 8
rl = section4([2, 0, 1, 1], [1, 1, 0, 0], [0, 0, 0, 1])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 4, "lawsuits": 3}


def sec2():
    rows = []
    for cap, heads, rws in sec2_rows(TPL):
        rows.append(f'<tr><th colspan="4">{cap}</th></tr>')
        if len(heads) == 1:
            rows.append(f'<tr><td>信息内容</td><td colspan="3">{heads[0]}</td></tr>')
        else:
            rows.append("<tr><td>信息内容</td>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>")
        for lb, k, fs in rws:
            if len(fs) == 1:
                x = active[k][fs[0]]
                s = "无" if x is None else (wan(x) if fs[0] == "amount_yuan" else num(x))
                rows.append(f'<tr><td>{lb}</td><td colspan="3">{s}</td></tr>')
            else:
                rows.append(f"<tr><td>{lb}</td>" + "".join(f"<td>{num(active[k][f], '/')}</td>" for f in fs) + "</tr>")
    return '<table class="sjb">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    h = [f'<tr><td colspan="3" rowspan="3">{CORNER}</td><td colspan="7">申请人情况</td></tr>',
         '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
         "<tr>" + "".join(f"<td>{COLNAME[c]}</td>" for c in APPL[1:]) + "</tr>"]
    val = lambda k, c: f"<td>{num(q[k][c], '/')}</td>"
    pre = ('<table class="bt"><tr><td class="l">表3</td><td class="m">收到和处理政府信息公开申请情况</td>'
           '<td class="r">单位：件</td></tr><tr><td colspan="3" class="r">统计时限：2022年1月1日—2022年12月31日</td></tr></table>')
    post = ('<table class="bt"><tr><td>填表人：马丽</td><td>联系电话：0931-8451234</td><td>填报日期：2023年1月16日</td>'
            '<td>审核人：王建国</td></tr></table>')
    return pre + '\n<table class="sjb">\n' + "\n".join(h + body3(TPL, q, val)) + "\n</table>\n" + post


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="sjb">\n' + "\n".join(rows) + "\n</table>"


P = lambda s: f"<p class=\"p\">{s}</p>"
body = f"""
<div class="title">{TITLE}</div>
{P("本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制。本报告所列数据统计期限为2022年1月1日至2022年12月31日。")}
<p class="b">一、总体情况</p>
{P("2022年，城关区住房和城乡建设局围绕老旧小区改造、保障性住房、建筑市场监管等工作，依法做好政府信息公开。")}
{P(f"依申请公开方面，全年新收政府信息公开申请{NEW}件，无上年结转申请，全部依法答复。")}
{P("本年度因政府信息公开被申请行政复议4件，被提起行政诉讼3件。")}
<p class="b">二、主动公开政府信息情况</p>
{sec2()}
<p class="b">三、收到和处理政府信息公开申请情况</p>
{sec3()}
<p class="b">四、政府信息公开行政复议、行政诉讼情况</p>
{sec4()}
<p class="b">五、存在的主要问题及改进情况</p>
{P("一是公开内容更新不够及时；二是政策解读形式单一。2023年将建立更新提醒机制，增加图解和短视频解读。")}
<p class="b">六、其他需要报告的事项</p>
{P("本年度未收取信息处理费。")}
<p style="text-align:right">兰州市城关区住房和城乡建设局<br>2023年1月16日</p>
"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>{TITLE}--城关区人民政府</title>
<style>
.sjb{{width:100%;border-collapse:collapse;margin:4px 0}} .sjb td,.sjb th{{border:1px solid #333;text-align:center;padding:2px;font-weight:normal}}
.bt{{width:100%;font-size:12px;color:#333}} .bt .r{{text-align:right}} .bt .m{{text-align:center;font-weight:bold}}
.title{{font-size:21px;text-align:center;font-weight:bold}} .b{{font-weight:bold}} .p{{text-indent:2em}}
</style>
</head>
<body>
<table width="1000" align="center" class="navt"><tr><td>兰州市城关区人民政府</td><td>2023年1月16日 星期一</td><td>政务服务热线：12345</td><td><a href="#">登录</a> | <a href="#">注册</a></td></tr>
<tr><td><a href="#">首页</a></td><td><a href="#">政务公开</a></td><td><a href="#">政务服务</a></td><td><a href="#">互动交流</a></td></tr></table>
<table width="1000" align="center" class="infot"><tr><td>来源：城关区住建局</td><td>发布时间：2023-01-16 09:32</td><td>浏览次数：1,286</td><td>字号：大 中 小</td></tr></table>
<div class="con">
{body}
</div>
<table width="1000" align="center" class="xg"><tr><th colspan="2">相关信息</th></tr>
<tr><td><a href="#">城关区住房和城乡建设局2021年政府信息公开工作年度报告</a></td><td>2022-01-25</td></tr>
<tr><td><a href="#">城关区住房和城乡建设局2020年政府信息公开工作年度报告</a></td><td>2021-01-29</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td>主办单位：兰州市城关区人民政府办公室</td><td>地址：兰州市城关区金昌南路199号 邮编：730030</td></tr>
<tr><td>联系电话：0931-8821234 传真：0931-8821235</td><td>陇ICP备05001234号 网站标识码：6201020001 访问总量：3,482,117</td></tr></table>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r25-clutter-tables-around-three-2021", None, [
    "UTF-8 with <meta charset=\"UTF-8\">",
    "section 三's table immediately preceded by a clutter table (表3 | 收到和处理政府信息公开申请情况 | 单位：件 / 统计时限：2022年1月1日—2022年12月31日) and immediately followed by one (填表人 | 联系电话：0931-8451234 | 填报日期：2023年1月16日 | 审核人)",
    "the page itself laid out in clutter tables: nav table (date 2023年1月16日 星期一, 热线 12345), info table (发布时间 2023-01-16 09:32, 浏览次数 1,286), 相关信息 table with dated links, footer table (address with 199号, 邮编 730030, phone/fax numbers, ICP number, 网站标识码 6201020001, 访问总量 3,482,117)",
    "null cells: \"/\" (规章 row; 二、上年结转 wholly \"/\" including 总计) and \"无\" (行政强制, 行政事业性收费 in section 二)",
    "section 三 zeros typed 0; section 四 zeros 0; section 二 captions in <th colspan=4>",
], active, q, rl, narrative, "balance")
write("04-2022-2021-balance", page, t)
print(NEW, q["total_handled"]["total"])
