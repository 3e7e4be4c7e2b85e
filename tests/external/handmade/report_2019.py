#!/usr/bin/env python3
# A second hand-made report: 2019 format, with a real flaw — its （七）总计
# row says 56 for 自然人 (the outcome rows add up to 57); 结转下年度 was
# written to keep the balance, so only identity.outcome_total holds.
import json, os
from data import ROWS as R21, REVIEW, RCOLS, COLS
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../fixtures/external/handmade/02-2020-2019-outcome-total")
os.makedirs(OUT, exist_ok=True)
rows = [r for r in R21 if not r[0].startswith("other_")]
i = [k for k, _, _ in rows].index("total_handled")
rows.insert(i, ("other", "（六）其他处理", [3, 0, 0, 0, 0, 0, 3]))
rows = [(k, l, list(v)) for k, l, v in rows]
d = {k: v for k, _, v in rows}
d["total_handled"][0] = 56; d["total_handled"][6] = 67
d["carried_forward"][0] = 5; d["carried_forward"][6] = 7
d["denied_state_secret"][2] = 0   # 2019 copy: no blank cells in 不予公开
for k in list(d):
    if k.startswith("denied_") and d[k][2] is None: d[k][2] = 0
ACTIVE = {"regulations": {"made": 0, "published": 0, "total_public": 12},
          "normative_docs": {"made": 4, "published": 4, "total_public": 31},
          "licensing": {"prev_items": 88, "change": -8, "decisions": 213},
          "other_services": {"prev_items": 15, "change": 2, "decisions": 40},
          "penalties": {"prev_items": 61, "change": 0, "decisions": 57},
          "enforcement": {"prev_items": 9, "change": None, "decisions": 3},
          "fees": {"prev_items": 6, "change": -1},
          "procurement": {"projects": 7, "amount_yuan": 1863400.5}}
truth = {"template": "2019", "title": "白鹭湾街道办事处2020年政府信息公开工作年度报告", "office": "白鹭湾街道办事处",
         "year": 2020, "layout": "handmade", "encoding": "utf8", "deviations": [], "active": ACTIVE,
         "requests": {k: dict(zip(COLS, v)) for k, _, v in rows},
         "review_litigation": {g: dict(zip(RCOLS, v)) for g, v in REVIEW.items()},
         "narrative": {"new_requests": 69, "reviews": 5, "lawsuits": 5}, "flaw": "outcome-total"}
json.dump(truth, open(f"{OUT}/truth.json", "w"), ensure_ascii=False, indent=1)
rv = REVIEW["review"] + REVIEW["litigation_direct"] + REVIEW["litigation_after_review"]
PROSE = """白鹭湾街道办事处2020年政府信息公开工作年度报告

一、总体情况
2020年，白鹭湾街道认真贯彻《中华人民共和国政府信息公开条例》，全年新收政府信息公开申请69件，行政复议5件，行政诉讼5件。
1.主动公开情况
通过街道网站主动公开政府信息206条。
2.政府信息公开平台建设情况
加强网站管理，做好信息发布。"""
TAIL = """五、存在的主要问题及改进情况
公开内容还不够丰富。下一步将完善工作机制。
六、其他需要报告的事项
无。"""
groups = {"granted": "三、本年度办理结果", "denied_state_secret": "（三）不予公开",
          "unable_not_held": "（四）无法提供", "rejected_petition": "（五）不予处理"}
# cell lines, in the seed's Word export manner but without its blank lines
c = [PROSE, "二、主动公开政府信息情况",
     "第二十条第（一）项", "信息内容", "本年新", "制作数量", "本年新", "公开数量", "对外公开", "总数量",
     "规章", "0", "0", "12", "规范性文件", "4", "4", "31",
     "第二十条第（五）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
     "行政许可", "88", "-8", "213", "其他对外管理服务事项", "15", "+2", "40",
     "第二十条第（六）项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
     "行政处罚", "61", "0", "57", "行政强制", "9", "", "3",
     "第二十条第（八）项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费", "6", "-1",
     "第二十条第（九）项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "7", "186.34005万元",
     "三、收到和处理政府信息公开申请情况",
     "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
     "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
for k, lab, v in rows:
    if k in groups: c.append(groups[k])
    c.append(lab); c += ["" if x is None else str(x) for x in v]
c += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
      "未经复议直接起诉", "复议后起诉"] + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2
c += [str(x) for x in rv] + [TAIL]
open(f"{OUT}/cell-lines.txt", "w").write("\n".join(c) + "\n")
# Markdown with the row path joined and the parent repeated in its own column
md = [PROSE, "", "二、主动公开政府信息情况", "",
      "| 第二十条第（一）项 | | | |", "|---|---|---|---|",
      "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", "| 规章 | 0 | 0 | 12 |", "| 规范性文件 | 4 | 4 | 31 |",
      "| 第二十条第（五）项 | | | |",
      "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |", "| 行政许可 | 88 | -8 | 213 |", "| 其他对外管理服务事项 | 15 | +2 | 40 |",
      "| 第二十条第（六）项 | | | |",
      "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |", "| 行政处罚 | 61 | 0 | 57 |", "| 行政强制 | 9 | — | 3 |",
      "| 第二十条第（八）项 | | | |",
      "| 信息内容 | 上一年项目数量 | 本年增/减 | |", "| 行政事业性收费 | 6 | -1 | |",
      "| 第二十条第（九）项 | | | |",
      "| 信息内容 | 采购项目数量 | 采购总金额 | |", "| 政府集中采购 | 7 | 186.34005万元 | |", "",
      "三、收到和处理政府信息公开申请情况", "",
      "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
      "|---|---|---|---|---|---|---|---|---|"]
par = ""
for k, lab, v in rows:
    if k in groups: par = groups[k]
    if k in ("granted", "partial", "other", "total_handled"): par = "三、本年度办理结果"
    if k in ("new_received", "carried_over", "carried_forward"): par = ""
    first = par if k not in ("new_received", "carried_over", "carried_forward") else lab
    label = (par + lab) if par and not lab.startswith("（") else lab
    if par.startswith("（"): label = par + lab
    if lab.startswith("（"): label = lab
    md.append(f"| {first} | {label} | " + " | ".join("" if x is None else str(x) for x in v) + " |")
md += ["", "四、政府信息公开行政复议、行政诉讼情况", "",
       "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |", "|" + "---|" * 15,
       "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |",
       "| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
       "| " + " | ".join(str(x) for x in rv) + " |", "", TAIL]
open(f"{OUT}/joined-md.md", "w").write("\n".join(md) + "\n")
print("ok")
