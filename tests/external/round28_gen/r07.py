"""07: 南昌市东湖区司法局 2025 (2021 template), sound.
New markup: the narrow merged cells written one character per line with `<br>` after every character, as a Word
table with narrow columns is pasted: 三、本年度办理结果 (rowspan 22), the group labels （三）不予公开, （四）无法提供,
（五）不予处理, （六）其他处理, and the applicant heads 商业企业, 科研机构, 社会公益组织, 法律服务机构 and 其他 in section 三;
行政复议 / 结果维持 … in section 四's heads too."""
from common import *

TPL, YEAR = "2021", 2025
OFFICE = "南昌市东湖区司法局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 0, "repealed": 0, "in_force": 2},
    "licensing": {"decisions": 0},
    "penalties": {"decisions": 0},
    "enforcement": {"decisions": 0},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [12, 1, 0, 0, 2, 0], "partial": [2, 0, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z, "denied_third_party": [1, 0, 0, 0, 0, 0],
    "denied_internal": Z, "denied_process": [1, 0, 0, 0, 0, 0], "denied_enforcement": [2, 0, 0, 0, 0, 0], "denied_query": Z,
    "unable_not_held": [6, 0, 0, 0, 1, 0], "unable_needs_creation": [1, 0, 0, 0, 0, 0], "unable_unclear": Z,
    "rejected_petition": [3, 0, 0, 0, 0, 0], "rejected_duplicate": [1, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": Z, "rejected_confirm": Z,
    "other_no_correction": [1, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": Z,
}
q = section3(TPL, [1, 0, 0, 0, 0, 0], res, [2, 0, 0, 0, 1, 0])
rl = section4([2, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 2, "lawsuits": 0}
NARROW = {RESULT_HEAD, "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理", "商业企业", "科研机构",
          "社会公益组织", "法律服务机构", "其他", "行政复议", "结果维持", "结果纠正", "其他结果", "尚未审结"}


def lab(s):
    return "<br>".join(s) if s in NARROW else s


A = 'border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%"'
sec3 = table3(TPL, q, lambda k, c: f'<td align="center">{num(q[k][c])}</td>', attrs=A, lab=lab)
sec4 = table4(rl, lambda g, x: f'<td align="center">{num(rl[g][x])}</td>', attrs=A, lab=lab)
sec2 = table2(TPL, active, attrs=A)

body = f"""<p style="text-indent:2em">本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅印发的年度报告格式编制，数据统计时间为2025年1月1日至2025年12月31日。</p>
<p style="text-indent:2em"><b>一、总体情况</b></p>
<p style="text-indent:2em">2025年，区司法局围绕法治政府建设、公共法律服务和人民调解工作推进信息公开。全年收到政府信息公开申请{NEW}件，全部按期答复。全年发生政府信息公开行政复议2件，未发生因政府信息公开引起的行政诉讼。</p>
<p style="text-indent:2em"><b>二、主动公开政府信息情况</b></p>
{sec2}
<p style="text-indent:2em"><b>三、收到和处理政府信息公开申请情况</b></p>
{sec3}
<p style="text-indent:2em"><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4}
<p style="text-indent:2em"><b>五、存在的主要问题及改进情况</b></p>
<p style="text-indent:2em">公开栏目分类不够清晰。2026年将优化栏目设置。</p>
<p style="text-indent:2em"><b>六、其他需要报告的事项</b></p>
<p style="text-indent:2em">本机关2025年度未收取信息处理费。</p>"""
page = site(TITLE, "南昌市东湖区人民政府", ["首页", "政务公开", "部门公开", "区司法局"],
            "发布时间：2026-01-14　信息来源：东湖区司法局　点击数：377",
            body, "南昌市东湖区人民政府办公室主办　赣ICP备05004471号　赣公网安备36010202000389号　网站标识码：3601020001")
t = truth(TPL, TITLE, OFFICE, YEAR, "r28-br-per-character-2021", None, [
    "narrow merged cells one character per line with <br> after every character: 三、本年度办理结果, the group labels （三）…（六）, the applicant heads 商业企业 … 其他, and section 四's heads 行政复议 / 结果维持 / 结果纠正 / 其他结果 / 尚未审结",
    "zeros typed 0; section 二 all zeros but 现行有效 2",
    "inline text-indent paragraphs; site clutter: breadcrumb, 发布时间/信息来源/点击数, footer with 赣ICP备",
], active, q, rl, narrative, None)
write("07-2025-2021", page, t)
print(NEW)
