#!/usr/bin/env python3
"""The hand-made 2021-format report of fixtures/external/handmade, in five
flattenings typed the way other tools print them (see fixtures/README.md).
A typing aid, not a generator: each layout below is written out by hand."""
import json, os, unicodedata
from data import ROWS, REVIEW, ACTIVE, truth
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../fixtures/external/handmade/01-2022-2021")
os.makedirs(OUT, exist_ok=True)
json.dump(truth(), open(f"{OUT}/truth.json", "w"), ensure_ascii=False, indent=1)

def w(s):  # display width
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
def pad(s, n):
    return s + " " * max(0, n - w(s))

PROSE = """青石镇人民政府2022年政府信息公开工作年度报告

  本报告由青石镇人民政府依据《中华人民共和国政府信息公开条例》编制。

  一、总体情况

  （一）主动公开
  全年通过镇政府网站主动公开政府信息312条，及时更新公开目录。
  （二）依申请公开
  本年度新收政府信息公开申请69件，上年结转5件，均在法定期限内答复。全年发生政府信息公开行政复议5件，行政诉讼5件。
  （三）政府信息管理
  规范公文公开属性认定，做好文件清理。
  （四）平台建设
  优化网站栏目，做好政务新媒体管理。
  （五）监督保障
  将政务公开纳入年度考核，本年度无责任追究情况。
"""
TAIL = """
  五、存在的主要问题及改进情况

  信息公开的及时性有待提高。下一步将加强培训，完善制度。

  六、其他需要报告的事项

  本年度未收取信息处理费。
"""

# ---------------------------------------------------------------- pdf text
# pdftotext -layout of a Word PDF, typed to match what such text looks like:
# page footers and a repeated header inside the table, sub-rows numbered
# "1、", labels wrapped over three lines with the numbers on the middle one,
# and the blank 科研机构 cells of the 不予公开 rows printing nothing.
COLX = [44, 52, 60, 68, 76, 84, 92]   # right edge of each value column
def vals(v):
    line = ""
    for x, c in zip(v, COLX):
        if x is None:
            continue
        s = str(x)
        line = pad(line, c - len(s)) + s
    return line
HDR = [
 "                                                         申请人情况",
 "  （本列数据的勾稽关系为：第一项加                    法人或其他组织",
 "  第二项之和，等于第三项加第四项之     自然人   商业   科研   社会公   法律服   其他   总计",
 "  和）                                            企业   机构   益组织   务机构",
]
L = {k: (lab, v) for k, lab, v in ROWS}
out = []
out.append(PROSE)
out.append("""  二、主动公开政府信息情况

                  第二十条第（一）项
                           本年制发件   本年废止件   现行有效件
  信息内容
                              数           数           数
  规章                          0            0            0
  行政规范性文件                3            1           27
                  第二十条第（五）项
  信息内容                             本年处理决定数量
  行政许可                                   146
                  第二十条第（六）项
  信息内容                             本年处理决定数量
  行政处罚                                    38
  行政强制                                     5
                  第二十条第（八）项
  信息内容                          本年收费金额（单位：万元）
  行政事业性收费                              12.6

  三、收到和处理政府信息公开申请情况
""")
out += HDR
def numrow(label, v):
    s = vals(v)
    lab = "  " + label
    assert w(lab) < COLX[0] - 8, label
    return lab + s[w(lab):]
def sub(label):  # "1.属于国家秘密" -> "1、属于国家秘密"
    return label.replace(".", "、", 1)
out.append("  一、本年新收政府信息公开")
out.append(numrow("申请数量", L["new_received"][1]))
out.append(numrow("二、上年结转政府信息公开", L["carried_over"][1]))
out.append("  申请数量")
out.append(numrow("       （一）予以公开", L["granted"][1]))
out.append("       （二）部分公开（区分")
out.append(numrow("       处理的，只计这一情", L["partial"][1]))
out.append("       形，不计其他情形）")
out.append(numrow("三、本  （三）不 1、属于国家秘密", L["denied_state_secret"][1]))
out.append(numrow("年度办  予公开 2、其他法律行政", L["denied_law_forbidden"][1]))
out.append("  理结果         法规禁止公开")
out.append(numrow("              3、危及“三安全一", L["denied_safety"][1]))
out.append("                 稳定”")
out.append(numrow("              4、保护第三方合法", L["denied_third_party"][1]))
out.append("                 权益")
out.append("")
out.append("                                  - 7 -")
out.append("\f")
out += HDR
out.append(numrow("              5、属于三类内部事", L["denied_internal"][1]))
out.append("                 务信息")
out.append(numrow("              6、属于四类过程性", L["denied_process"][1]))
out.append("                 信息")
out.append(numrow("              7、属于行政执法案", L["denied_enforcement"][1]))
out.append("                 卷")
out.append(numrow("              8、属于行政查询事", L["denied_query"][1]))
out.append("                 项")
out.append("       （四）无 1、本机关不掌握")
out.append(numrow("       法提供   相关政府信息", L["unable_not_held"][1]))
out.append(numrow("              2、没有现成信息", L["unable_needs_creation"][1]))
out.append("                 需要另行制作")
out.append(numrow("              3、补正后申请内", L["unable_unclear"][1]))
out.append("                 容仍不明确")
out.append(numrow("       （五）不 1、信访举报投诉", L["rejected_petition"][1]))
out.append("       予处理   类申请")
out.append(numrow("              2、重复申请", L["rejected_duplicate"][1]))
out.append(numrow("              3、要求提供公开", L["rejected_publication"][1]))
out.append("                 出版物")
out.append("              4、无正当理由大")
out.append(numrow("                 量反复申请", L["rejected_excessive"][1]))
out.append("              5、要求行政机关")
out.append(numrow("                 确认或重新出具", L["rejected_confirm"][1]))
out.append("                 已获取信息")
out.append("              1、申请人无正当")
out.append("                 理由逾期不补正、")
out.append(numrow("       （六）其 行政机关不再处理", L["other_no_correction"][1]))
out.append("       他处理   其政府信息公开申")
out.append("                 请")
out.append("              2、申请人逾期未按")
out.append("                 收费通知要求缴纳")
out.append(numrow("                 费用、行政机关不", L["other_no_fee"][1]))
out.append("                 再处理其政府信息")
out.append("                 公开申请")
out.append(numrow("              3、其他", L["other_misc"][1]))
out.append(numrow("       （七）总计", L["total_handled"][1]))
out.append(numrow("四、结转下年度继续办理", L["carried_forward"][1]))
out.append("""
  四、政府信息公开行政复议、行政诉讼情况

                  行政复议                                       行政诉讼
                                                 未经复议直接起诉                  复议后起诉
  结果   结果   其他   尚未          结果   结果   其他   尚未          结果   结果   其他   尚未
                              总计                                总计                                总计
  维持   纠正   结果   审结          维持   纠正   结果   审结          维持   纠正   结果   审结
""")
rv = REVIEW["review"] + REVIEW["litigation_direct"] + REVIEW["litigation_after_review"]
out.append("   " + "".join(f"{x:>7}" for x in rv))
out.append(TAIL)
open(f"{OUT}/pdf-layout.txt", "w").write("\n".join(out) + "\n")
print("pdf ok")

# ---------------------------------------------------------------- cell lines
# Text copied out of a document viewer: every cell on its own line, no blank
# line between rows, a blank cell an empty line, header cells that wrapped
# split over two lines, group labels on lines of their own.
c = [PROSE.replace("\n  ", "\n").strip(), "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容",
     "本年制发件", "数", "本年废止件", "数", "现行有效件", "数",
     "规章", "0", "0", "0", "行政规范性文件", "3", "1", "27",
     "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "146",
     "第二十条第（六）项", "信息内容", "本年处理决定数量", "行政处罚", "38", "行政强制", "5",
     "第二十条第（八）项", "信息内容", "本年收费金额（单位：万元）", "行政事业性收费", "12.6",
     "三、收到和处理政府信息公开申请情况",
     "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
     "申请人情况", "自然人", "法人或其他组织", "总计", "商业", "企业", "科研", "机构", "社会公益", "组织",
     "法律服务", "机构", "其他"]
groups = {"granted": "三、本年度办理结果", "denied_state_secret": "（三）不予公开",
          "unable_not_held": "（四）无法提供", "rejected_petition": "（五）不予处理",
          "other_no_correction": "（六）其他处理"}
for k, lab, v in ROWS:
    if k in groups:
        c.append(groups[k])
    c.append(lab)
    c += ["" if x is None else str(x) for x in v]
c += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
      "结果", "维持", "结果", "纠正", "其他", "结果", "尚未", "审结", "总计",
      "未经复议直接起诉", "复议后起诉"]
c += ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2
c += [str(x) for x in rv]
c.append(TAIL.replace("\n  ", "\n").strip())
open(f"{OUT}/cell-lines.txt", "w").write("\n".join(c) + "\n")

# ---------------------------------------------------------------- joined md
# A spreadsheet's Markdown export: merged row headers joined into one path
# label, separated by a space in some rows and by nothing in others.
md = [PROSE.replace("\n  ", "\n").strip(), "", "## 二、主动公开政府信息情况", "",
      "| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |",
      "|---|---|---|---|",
      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
      "| 规章 | 0 | 0 | 0 |", "| 行政规范性文件 | 3 | 1 | 27 |",
      "| 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 |",
      "| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |",
      "| 行政许可 | 146 | 146 | 146 |",
      "| 第二十条第（六）项 | 第二十条第（六）项 | 第二十条第（六）项 | 第二十条第（六）项 |",
      "| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |",
      "| 行政处罚 | 38 | 38 | 38 |", "| 行政强制 | 5 | 5 | 5 |",
      "| 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 |",
      "| 信息内容 | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） |",
      "| 行政事业性收费 | 12.6 | 12.6 | 12.6 |", "",
      "## 三、收到和处理政府信息公开申请情况", "",
      "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 自然人 | 申请人情况 法人或其他组织 商业企业 | 申请人情况 法人或其他组织 科研机构 | 申请人情况 法人或其他组织 社会公益组织 | 申请人情况 法人或其他组织 法律服务机构 | 申请人情况 法人或其他组织 其他 | 申请人情况 总计 |",
      "|---|---|---|---|---|---|---|---|"]
parent = {"granted": "三、本年度办理结果 ", "partial": "三、本年度办理结果 "}
for k, lab, v in ROWS:
    p = ""
    if k.startswith("denied_"): p = "三、本年度办理结果 （三）不予公开 "
    if k.startswith("unable_"): p = "三、本年度办理结果（四）无法提供"
    if k.startswith("rejected_"): p = "三、本年度办理结果 （五）不予处理 "
    if k.startswith("other_"): p = "三、本年度办理结果（六）其他处理 "
    if k in ("granted", "partial", "total_handled"): p = "三、本年度办理结果 "
    md.append("| " + p + lab + " | " + " | ".join("" if x is None else str(x) for x in v) + " |")
md += ["", "## 四、政府信息公开行政复议、行政诉讼情况", "",
       "| 行政复议 结果维持 | 行政复议 结果纠正 | 行政复议 其他结果 | 行政复议 尚未审结 | 行政复议 总计 | 行政诉讼 未经复议直接起诉 结果维持 | 行政诉讼 未经复议直接起诉 结果纠正 | 行政诉讼 未经复议直接起诉 其他结果 | 行政诉讼 未经复议直接起诉 尚未审结 | 行政诉讼 未经复议直接起诉 总计 | 行政诉讼 复议后起诉 结果维持 | 行政诉讼 复议后起诉 结果纠正 | 行政诉讼 复议后起诉 其他结果 | 行政诉讼 复议后起诉 尚未审结 | 行政诉讼 复议后起诉 总计 |",
       "|" + "---|" * 15,
       "| " + " | ".join(str(x) for x in rv) + " |", "", TAIL.replace("\n  ", "\n").strip()]
open(f"{OUT}/joined-md.md", "w").write("\n".join(md) + "\n")

# ---------------------------------------------------------------- column major
# A PDF extractor that prints a table's row labels first, then its values
# column after column, one a line (blank cells as empty lines).
cm = [PROSE.replace("\n  ", "\n").strip(), "二、主动公开政府信息情况", "第二十条第（一）项",
      "信息内容", "规章", "行政规范性文件", "本年制发件数", "0", "3", "本年废止件数", "0", "1", "现行有效件数", "0", "27",
      "第二十条第（五）项", "信息内容", "行政许可", "本年处理决定数量", "146",
      "第二十条第（六）项", "信息内容", "行政处罚", "行政强制", "本年处理决定数量", "38", "5",
      "第二十条第（八）项", "信息内容", "行政事业性收费", "本年收费金额（单位：万元）", "12.6",
      "三、收到和处理政府信息公开申请情况",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]
for k, lab, v in ROWS:
    if k in groups:
        cm.append(groups[k])
    cm.append(lab)
for ci, name in enumerate(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]):
    cm.append(name)
    cm += ["" if v[ci] is None else str(v[ci]) for _, _, v in ROWS]
cm += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
cm += ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3
cm += [str(x) for x in rv]
cm.append(TAIL.replace("\n  ", "\n").strip())
open(f"{OUT}/column-major.txt", "w").write("\n".join(cm) + "\n")

# ---------------------------------------------------------------- run together
# Crawler text: each table row on one line, cells run together with no
# separator (a blank cell leaves nothing), some rows with single spaces.
rt = [PROSE.replace("\n  ", "\n").strip(),
      "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章000 行政规范性文件3127 "
      "第二十条第（五）项 信息内容 本年处理决定数量 行政许可146 第二十条第（六）项 信息内容 本年处理决定数量 行政处罚38 行政强制5 "
      "第二十条第（八）项 信息内容 本年收费金额（单位：万元） 行政事业性收费12.6",
      "三、收到和处理政府信息公开申请情况",
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"]
for i, (k, lab, v) in enumerate(ROWS):
    g = groups.get(k, "")
    cells = ["" if x is None else str(x) for x in v]
    body = " ".join(cells) if i % 5 == 3 else "".join(cells)
    rt.append(g + lab + body)
rt.append("四、政府信息公开行政复议、行政诉讼情况")
rt.append("行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
          + "".join(str(x) for x in rv))
rt.append(TAIL.replace("\n  ", "\n").strip())
open(f"{OUT}/run-together.txt", "w").write("\n".join(rt) + "\n")
print("all ok")
