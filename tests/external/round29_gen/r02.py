"""02: 广州市天河区教育局 2020 (2019 template), flaw: balance.
New markup: a 目录 (table of contents) box at the top of the article repeats all six headings as in-page links
(`<a href="#part3">三、收到和处理政府信息公开申请情况</a>`); every part is an `<h2 id="partN">` followed by a
「返回目录」 link; the report text therefore names every heading twice.
Flaw: 四、结转下年度继续办理 自然人 worked out 3, printed 5, its 总计 worked out 4, printed 6 (the row adds up);
一+二 ≠ （七）+四 in 自然人 (41+2 ≠ 38+5) and 总计 (47+2 ≠ 43+6)."""
from common import *

TPL, YEAR = "2019", 2020
OFFICE = "广州市天河区教育局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"made": 0, "published": 0, "total_public": 0},
    "normative_docs": {"made": 2, "published": 2, "total_public": 9},
    "licensing": {"prev_items": 12, "change": 0, "decisions": 146},
    "other_services": {"prev_items": 8, "change": 1, "decisions": 3307},
    "penalties": {"prev_items": 6, "change": 0, "decisions": 0},
    "enforcement": {"prev_items": 0, "change": 0, "decisions": 0},
    "fees": {"prev_items": 0, "change": 0},
    "procurement": {"projects": 57, "amount_yuan": 36418200},
}
Z = [0] * 6
res = {
    "granted": [17, 2, 0, 0, 1, 0], "partial": [4, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z,
    "denied_third_party": [2, 0, 0, 0, 0, 0], "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": [2, 1, 0, 0, 0, 0],
    "denied_enforcement": Z, "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [6, 1, 0, 0, 0, 0], "unable_needs_creation": [1, 0, 0, 0, 0, 0], "unable_unclear": [1, 0, 0, 0, 0, 0],
    "rejected_petition": [2, 0, 0, 0, 0, 0], "rejected_duplicate": [1, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z, "other": [1, 0, 0, 0, 0, 0],
}
q = section3(TPL, [2, 0, 0, 0, 0, 0], res, [3, 1, 0, 0, 0, 0])
assert q["carried_forward"]["natural_person"] == 3 and q["carried_forward"]["total"] == 4
q["carried_forward"]["natural_person"] = 5   # the flaw: printed 5 (worked out 3)
q["carried_forward"]["total"] = 6            # printed 6 (worked out 4): the row still adds up
rl = section4([1, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 1}

sec3 = table3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>", attrs='border="1" cellspacing="0" cellpadding="3" class="gk-table"')
sec4 = table4(rl, lambda g, x: f"<td>{num(rl[g][x])}</td>", attrs='border="1" cellspacing="0" cellpadding="3" class="gk-table"')
sec2 = table2(TPL, active, lambda k, f, v: f"{v:,}" if f == "amount_yuan" else signed(v) if f == "change" else num(v),
              attrs='border="1" cellspacing="0" cellpadding="3" class="gk-table"')
toc = "<div class=\"toc\"><p class=\"toc-t\">目　录</p><ul>" + "".join(
    f'<li><a href="#part{i + 1}">{h}</a></li>' for i, h in enumerate(HEADINGS)) + "</ul></div>"
back = '<p class="back"><a href="#toc">↑返回目录</a></p>'
texts = [
    f"<p>　　2020年，天河区教育局坚持以公开为常态、不公开为例外，重点做好学位申请、招生入学、校外培训机构监管等信息公开。全年共收到政府信息公开申请{NEW}件，上年结转2件。因政府信息公开引起行政复议2件、行政诉讼1件。</p>",
    sec2, sec3, sec4,
    "<p>　　信息公开工作人员变动较多，答复文书规范化程度有待提高。2021年将组织专题培训，编制答复指引。</p>",
    "<p>　　本年度未收取信息处理费。</p>",
]
parts = [f'<h2 id="part{i + 1}">{h}</h2>\n{x}\n{back}' for i, (h, x) in enumerate(zip(HEADINGS, texts))]
body = f"""<a name="toc" id="toc"></a>
{toc}
<p>　　本报告依据《中华人民共和国政府信息公开条例》编制。统计期限为2020年1月1日至2020年12月31日。本报告电子版可在“广州市天河区人民政府门户网站”下载。</p>
""" + "\n".join(parts)
page = site(TITLE, "广州市天河区人民政府门户网站", ["首页", "政务公开", "部门信息公开", "天河区教育局", "年度报告"],
            "发布日期：2021-01-28　　来源：天河区教育局　　分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a>",
            body, "主办：广州市天河区人民政府办公室　粤ICP备12082358号　粤公网安备44010602000123号　网站标识码：4401060001",
            head_extra="<style>.toc{border:1px solid #ccd;padding:6px 14px;background:#fafaff} h2{font-size:17px} .gk-table{border-collapse:collapse} .back{text-align:right;font-size:12px}</style>")
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-toc-anchors-2019", None, [
    "a 目录 box at the top repeats all six headings as in-page links (<a href=#partN>); each part an <h2 id=partN> ending with a 返回目录 link",
    "procurement printed in 元 with thousands separators (36,418,200); 本年增/减 signed +1 / 0",
    "site clutter: breadcrumb, 发布日期/来源/分享到, 打印/关闭, footer with 粤ICP备 and 网站标识码",
], active, q, rl, narrative, "balance")
write("02-2020-2019-balance", page, t)
