"""06: 桂林市秀峰区市场监督管理局 2024 (2021 template), planted flaw: row-total.
New markup: blank applicant cells merged by colspan, as a typist merges empty cells in Word/WPS before pasting:
in a section 三 row where all six applicant columns are empty there is one `<td colspan="6"></td>` and then the
总计 cell "0"; where the five 法人或其他组织 columns are empty, 自然人 is printed and the five are one
`<td colspan="5"></td>`. Section 四 likewise: a group with nothing is `<td colspan="4"></td>` + 总计 "0"."""
from common import *

TPL, YEAR = "2021", 2024
OFFICE = "桂林市秀峰区市场监督管理局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 1, "repealed": 0, "in_force": 5},
    "licensing": {"decisions": 2316},
    "penalties": {"decisions": 187},
    "enforcement": {"decisions": 12},
    "fees": {"amount_yuan": 0},
}
N = [None] * 6
P = lambda n: [n, None, None, None, None, None]
res = {
    "granted": [11, 3, None, None, 1, None], "partial": P(2),
    "denied_state_secret": N, "denied_law_forbidden": N, "denied_safety": N, "denied_third_party": P(1),
    "denied_internal": N, "denied_process": N, "denied_enforcement": [2, 1, None, None, None, None], "denied_query": N,
    "unable_not_held": P(6), "unable_needs_creation": P(1), "unable_unclear": N,
    "rejected_petition": P(3), "rejected_duplicate": P(1), "rejected_publication": N,
    "rejected_excessive": N, "rejected_confirm": N,
    "other_no_correction": P(2), "other_no_fee": N, "other_misc": N,
}
q = section3(TPL, P(1), res, P(2), total_zero=True)
# planted flaw (row-total): （四）1.本机关不掌握相关政府信息 总计 worked out 6 (自然人 6, the rest merged blank), printed 7;
# （七）总计 kept as worked out (34); that alone would make the 总计 column sum to 35 and break outcome-total too, so
# （五）1.信访举报投诉类申请 总计 is printed 2 instead of 3 (自然人 3): two rows whose 总计 ≠ 自然人, and the 总计 column
# still sums to （七）总计 34
q["unable_not_held"]["total"] = 7
q["rejected_petition"]["total"] = 2
rl = section4([1, 0, 0, 0], [None] * 4, [None] * 4, total_zero=True)
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 1, "lawsuits": 0}


def vals(row, keys, cs_all, cs_org):
    """value cells of one row, merging empty runs: all applicants empty -> one colspan-6 cell; all orgs -> colspan-5"""
    v = [row[k] for k in keys]
    if all(x is None for x in v):
        return f'<td colspan="{cs_all}"></td>'
    if cs_org and all(x is None for x in v[1:]):
        return f"<td>{v[0]}</td>" + f'<td colspan="{cs_org}"></td>'
    return "".join(f"<td>{num(x)}</td>" for x in v)


def sec2():
    rows = sec2_table(TPL, active, lambda k, f, v: wan(v) if f == "amount_yuan" else num(v))
    return '<table class="ke-zeroborder" border="1" cellspacing="0" cellpadding="2" width="100%">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    done = set()

    def val(k, c):
        if c == "total":
            return f"<td>{num(q[k]['total'])}</td>"
        if c == "natural_person":
            return vals(q[k], APPL, 6, 5)
        return ""
    rows = head3() + body3(TPL, q, val)
    return '<table class="ke-zeroborder" border="1" cellspacing="0" cellpadding="2" width="100%">\n' + "\n".join(rows) + "\n</table>"


def sec4():
    cells = "".join(vals(rl[g], RESULTS4[:4], 4, 0) + f"<td>{num(rl[g]['total'])}</td>" for g in GROUPS4)
    rows = head4() + [f"<tr>{cells}</tr>"]
    return '<table class="ke-zeroborder" border="1" cellspacing="0" cellpadding="2" width="100%">\n' + "\n".join(rows) + "\n</table>"


body = f"""
<div class="art-title">{TITLE}</div>
<div class="art-info">发布日期：2025-01-17　来源：秀峰区市场监管局　作者：办公室　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="art-con">
<p>根据《中华人民共和国政府信息公开条例》要求，特编制本报告。本报告所列数据统计期限为2024年1月1日至2024年12月31日。</p>
<p><b>一、总体情况</b></p>
<p>2024年，秀峰区市场监管局围绕食品安全、消费维权和经营主体登记等工作，依法依规做好政府信息公开。</p>
<p>本年共收到政府信息公开申请{NEW}件，上年结转1件，均在法定期限内答复。全年发生因政府信息公开引发的行政复议1件，未发生行政诉讼。</p>
<p><b>二、主动公开政府信息情况</b></p>
{sec2()}
<p><b>三、收到和处理政府信息公开申请情况</b></p>
{sec3()}
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4()}
<p><b>五、存在的主要问题及改进情况</b></p>
<p>公开内容与群众关切的衔接还不够紧密。2025年将围绕民生热点增加解读和问答。</p>
<p><b>六、其他需要报告的事项</b></p>
<p>本年度未收取信息处理费，无其他需要报告的事项。</p>
</div>"""

page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE}_秀峰区人民政府门户网站</title>
<style>
.art-title{{font-size:22px;font-weight:bold;text-align:center}} .art-info{{text-align:center;color:#777}}
.art-con table{{border-collapse:collapse}} .art-con td{{border:1px solid #000;text-align:center;font-size:14px}}
</style>
</head>
<body>
<div class="top">桂林市秀峰区人民政府门户网站 <a href="#">无障碍阅读</a> <a href="#">关怀版</a></div>
<div class="nav"><a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">魅力秀峰</a></div>
<div class="dqwz">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; 部门年报</div>
{body}
<div class="foot">主办单位：桂林市秀峰区人民政府办公室　桂ICP备05006543号<br>桂公网安备45030202000123号　网站标识码：4503020001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-colspan-merged-blank-cells-2021", None, [
    "empty applicant cells merged by colspan: a section 三 row with no applicant counts has one <td colspan=\"6\"></td> and 总计 \"0\"; a row with only 自然人 counted has 自然人 then <td colspan=\"5\"></td>; section 四 groups with nothing counted <td colspan=\"4\"></td> then 总计 \"0\" (the merged cells are null, 总计 0)",
    "KindEditor table class ke-zeroborder; fee 0",
    "site clutter: 无障碍阅读/关怀版, nav, 当前位置, 发布日期/来源/作者/字体, footer with 桂ICP备 and 网站标识码",
], active, q, rl, narrative, "row-total")
write("06-2024-2021-row-total", page, t)
print(NEW, q["total_handled"])
