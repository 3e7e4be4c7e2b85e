"""02: 天津市和平区市场监督管理局 2020 (2019 template), planted flaw: balance.
New markup: a meta charset that lies: the bytes are UTF-8 (no BOM) but the page declares
`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` (the CMS template kept its old GB2312 head
after the site moved to UTF-8; the server's HTTP header said utf-8). 本年增/减 written in words: "增2", "减1", "0"."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "天津市和平区市场监督管理局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"

active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 2, "published": 2, "total_public": 11},
    "licensing": {"prev_items": 36, "change": 2, "decisions": 6874},
    "other_services": {"prev_items": 12, "change": 0, "decisions": 915},
    "penalties": {"prev_items": 141, "change": -1, "decisions": 763},
    "enforcement": {"prev_items": 9, "change": 0, "decisions": 57},
    "fees": {"prev_items": 1, "change": -1},
    "procurement": {"projects": 4, "amount_yuan": 412000},
}
Z = [0] * 6
res = {
    "granted": [21, 6, 0, 0, 1, 0], "partial": [4, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": [1, 0, 0, 0, 0, 0], "denied_safety": Z,
    "denied_third_party": [3, 2, 0, 0, 0, 0], "denied_internal": Z, "denied_process": [2, 0, 0, 0, 0, 0],
    "denied_enforcement": [4, 1, 0, 0, 0, 0], "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [11, 3, 0, 0, 1, 0], "unable_needs_creation": [3, 0, 0, 0, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [9, 1, 0, 0, 0, 0], "rejected_duplicate": [3, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [2, 0, 0, 0, 0, 0], "rejected_confirm": Z, "other": [3, 1, 0, 0, 0, 0],
}
q = section3(TPL, [3, 1, 0, 0, 0, 0], res, [4, 0, 0, 0, 0, 0])
# planted flaw (balance): 四、结转下年度继续办理 自然人 chosen 4, printed 6, its 总计 chosen 4, printed 6 (the row adds up);
# 一+二 ≠ （七）总计+四 in 自然人 (70+3 ≠ 69+6) and 总计 (86+4 ≠ 86+6)
q["carried_forward"]["natural_person"] = 6
q["carried_forward"]["total"] = 6
rl = section4([2, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}


def words(v):
    return "0" if v == 0 else (f"增{v}" if v > 0 else f"减{-v}")


def sec2():
    cell = lambda k, f, v: words(v) if f == "change" else str(v) if f != "amount_yuan" else f"{v:,}"
    rows = sec2_table(TPL, active, cell)
    return '<table class="tab" width="100%" border="1" cellspacing="0" cellpadding="4">\n' + "\n".join(rows) + "\n</table>"


def sec3():
    rows = head3() + body3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>")
    return '<table class="tab" width="100%" border="1" cellspacing="0" cellpadding="4">\n' + "\n".join(rows) + "\n</table>"


def sec4():
    rows = head4() + ["<tr>" + "".join(f"<td>{num(rl[g][x])}</td>" for g in GROUPS4 for x in RESULTS4) + "</tr>"]
    return '<table class="tab" width="100%" border="1" cellspacing="0" cellpadding="4">\n' + "\n".join(rows) + "\n</table>"


body = f"""
<div class="title">{TITLE}</div>
<div class="sub">发布日期：2021-01-25　　信息来源：和平区市场监管局　　字号：[ 大 中 小 ]</div>
<div class="TRS_Editor">
<p>根据《中华人民共和国政府信息公开条例》规定，现公布天津市和平区市场监督管理局2020年政府信息公开工作年度报告。本报告所列数据统计期限为2020年1月1日至2020年12月31日。</p>
<p><strong>一、总体情况</strong></p>
<p>2020年，区市场监管局围绕疫情防控期间市场价格监管、食品安全、特种设备安全和优化营商环境，及时公开行政许可、行政处罚等信息。</p>
<p>依申请公开方面，本年度新收政府信息公开申请{NEW}件，上年结转4件。复议诉讼方面，全年涉及政府信息公开的行政复议案件2件，行政诉讼案件1件。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
{sec2()}
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{sec3()}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{sec4()}
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>行政处罚信息公示的时效性还需提高。2021年将落实“双公示”七个工作日内上网要求，并开展季度自查。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>无。</p>
</div>"""

page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{TITLE}-天津市和平区人民政府</title>
<style type="text/css">
.title{{font-size:22px;font-weight:bold;text-align:center;line-height:40px}} .sub{{text-align:center;color:#666;border-bottom:1px solid #ccc}}
.tab{{border-collapse:collapse}} .tab td{{text-align:center;font-size:14px}}
</style>
</head>
<body>
<div class="head">天津市和平区人民政府 <a href="#">首页</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a> <a href="#">走进和平</a></div>
<div class="location">您现在的位置：首页 &gt; 政务公开 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
{body}
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer">天津市和平区人民政府办公室 主办　地址：天津市和平区南京路199号　津ICP备05004567号-1<br />津公网安备 12010102000567号　网站标识码：1201010001</div>
</body>
</html>
"""

t = truth(TPL, TITLE, OFFICE, YEAR, "r27-lying-meta-charset-2019", None, [
    "UTF-8 bytes (no BOM) under a meta that says charset=gb2312 (XHTML 1.0 Transitional head); decoding by the meta gives mojibake or errors",
    "本年增/减 written in words: \"增2\" (+2), \"减1\" (-1), \"0\"; procurement \"412,000\" with a thousands separator",
    "zeros typed 0 everywhere",
    "site clutter: head links, 您现在的位置, 发布日期/信息来源/字号, 打印/关闭, footer with address, 津ICP备, 网站标识码",
], active, q, rl, narrative, "balance")
write("02-2020-2019-balance", page, t)
print(NEW, q["total_handled"]["total"])
