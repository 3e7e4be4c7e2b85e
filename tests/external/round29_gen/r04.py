"""04: 绵阳市涪城区住房和城乡建设局 2022 (2021 template), flaw: outcome-total.
New markup: the page as saved with the site's 无障碍 「拼音」 mode on: every Chinese character of the section headings,
of section 三's row labels and column heads and of section 四's heads is annotated `<ruby>申<rp>(</rp><rt>shēn</rt><rp>)</rp></ruby>`
(pinyin by pypinyin 0.55.0, tone marks); digits, punctuation, prose and section 二 are plain.
Flaw: （七）总计 自然人 worked out 84, printed 80, its 总计 worked out 97, printed 93 (the row adds up);
一、本年新收 printed with the same −4 (自然人 78, 总计 91) so balance holds."""
from common import *
from pypinyin import pinyin, Style

TPL, YEAR = "2021", 2022
OFFICE = "绵阳市涪城区住房和城乡建设局"
TITLE = f"{OFFICE}{YEAR}年政府信息公开工作年度报告"
active = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_docs": {"issued": 1, "repealed": 0, "in_force": 6},
    "licensing": {"decisions": 1274},
    "penalties": {"decisions": 88},
    "enforcement": {"decisions": 3},
    "fees": {"amount_yuan": 0},
}
Z = [0] * 6
res = {
    "granted": [29, 5, 0, 0, 1, 0], "partial": [6, 1, 0, 0, 0, 0],
    "denied_state_secret": Z, "denied_law_forbidden": Z, "denied_safety": Z,
    "denied_third_party": [4, 1, 0, 0, 0, 0], "denied_internal": [1, 0, 0, 0, 0, 0], "denied_process": [3, 0, 0, 0, 0, 0],
    "denied_enforcement": [2, 0, 0, 0, 0, 0], "denied_query": [1, 0, 0, 0, 0, 0],
    "unable_not_held": [19, 2, 0, 0, 1, 0], "unable_needs_creation": [3, 0, 0, 0, 0, 0], "unable_unclear": [2, 0, 0, 0, 0, 0],
    "rejected_petition": [6, 1, 0, 0, 0, 0], "rejected_duplicate": [3, 0, 0, 0, 0, 0], "rejected_publication": Z,
    "rejected_excessive": [1, 0, 0, 0, 0, 0], "rejected_confirm": Z,
    "other_no_correction": [2, 0, 0, 0, 0, 0], "other_no_fee": Z, "other_misc": [2, 1, 0, 0, 0, 0],
}
q = section3(TPL, [4, 1, 0, 0, 0, 0], res, [2, 0, 0, 0, 1, 0])
assert q["total_handled"]["natural_person"] == 84 and q["total_handled"]["total"] == 97, q["total_handled"]
assert q["new_received"]["natural_person"] == 82 and q["new_received"]["total"] == 95, q["new_received"]
q["total_handled"]["natural_person"] = 80   # the flaw: printed 80 (worked out 84)
q["total_handled"]["total"] = 93            # printed 93 (worked out 97)
q["new_received"]["natural_person"] = 78    # 一、本年新收 follows the printed （七）总计 (78+4 = 80+2)
q["new_received"]["total"] = 91
rl = section4([2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0])
NEW = q["new_received"]["total"]
narrative = {"new_requests": NEW, "reviews": 3, "lawsuits": 2}


def ruby(s):
    out = []
    for ch in s:
        if "\u4e00" <= ch <= "\u9fff":
            py = pinyin(ch, style=Style.TONE)[0][0]
            out.append(f"<ruby>{ch}<rp>(</rp><rt>{py}</rt><rp>)</rp></ruby>")
        else:
            out.append(esc(ch))
    return "".join(out)


A = 'border="1" cellspacing="0" cellpadding="3" width="100%" class="py-table"'
sec3 = table3(TPL, q, lambda k, c: f"<td>{num(q[k][c])}</td>", attrs=A, lab=ruby)
sec4 = table4(rl, lambda g, x: f"<td>{num(rl[g][x])}</td>", attrs=A, lab=ruby)
sec2 = table2(TPL, active, attrs=A)
H = [f'<h3 class="tt">{ruby(h)}</h3>' for h in HEADINGS]
body = f"""<p>　　本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开工作年度报告格式要求编制。报告所列数据统计期限为2022年1月1日至2022年12月31日。</p>
{H[0]}
<p>　　2022年，涪城区住建局围绕房屋征收、保障性住房分配、建设工程招投标等群众关注事项加强信息公开。本年度共收到政府信息公开申请{NEW}件，较上年减少6件。因政府信息公开被申请行政复议3件，被提起行政诉讼2件。</p>
{H[1]}
{sec2}
{H[2]}
{sec3}
{H[3]}
{sec4}
{H[4]}
<p>　　一是主动公开信息的时效性有待提升；二是依申请公开答复的说理性还需加强。2023年将建立信息发布审核台账，开展答复文书评查。</p>
{H[5]}
<p>　　无其他需要报告的事项。</p>"""
page = site(TITLE, "绵阳市涪城区人民政府", ["首页", "政府信息公开", "部门信息公开", "区住建局"],
            "发布时间：2023-01-30　　信息来源：涪城区住房和城乡建设局　　<span class=\"wza-on\">无障碍：拼音 已开启</span>",
            body, "主办：绵阳市涪城区人民政府办公室　蜀ICP备05023476号　川公网安备51070302000108号　网站标识码：5107030002",
            head_extra="<style>ruby rt{font-size:10px;color:#666} .py-table{border-collapse:collapse} .py-table td{text-align:center}</style>",
            top='<span>无障碍工具条：</span><a href="#">声音</a> <a href="#">放大</a> <a href="#">缩小</a> <a href="#" class="on">拼音</a> <a href="#">读屏</a> <a href="#">退出</a>')
t = truth(TPL, TITLE, OFFICE, YEAR, "r29-ruby-pinyin-2021", None, [
    "saved with the 无障碍 拼音 mode on: every Chinese character of the section headings, section 三's labels and column heads and section 四's heads wrapped <ruby>字<rp>(</rp><rt>pinyin</rt><rp>)</rp></ruby>",
    "an accessibility toolbar (声音/放大/缩小/拼音/读屏/退出) as the top bar",
    "site clutter: 发布时间/信息来源, 打印/关闭, footer with 蜀ICP备 and 网站标识码",
], active, q, rl, narrative, "outcome-total")
write("04-2022-2021-outcome-total", page, t)
