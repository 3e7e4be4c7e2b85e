"""05: 包头市昆都仑区市场监督管理局 2023 (2021 template), flaw outcome-total. Section 二 written as numbered prose
paragraphs, each followed by a small table of its own row (header + one data row); labels with spaces typed between
the characters (（ 一 ）予 以 公 开, 自 然 人, 结 果 维 持); 科研机构 and 社会公益组织 columns left empty throughout."""
from common import *

SPEC = {
    "folder": "05-2023-2021-outcome-total", "template": "2021", "year": 2023,
    "office": "包头市昆都仑区市场监督管理局",
    "title": "包头市昆都仑区市场监督管理局2023年政府信息公开工作年度报告",
    "layout": "r23-prose-section2-spaced-labels-2021", "encoding": None, "flaw": "outcome-total",
    "deviations": [
        "section 二 has no single table: under each 第二十条第（N）项 paragraph, every row is a numbered prose sentence "
        "(\"1.规章。…\") followed by a small <table> of its own (信息内容 + the row's columns, then the row): six small tables",
        "labels typed with spaces between the characters: \"（ 一 ）予 以 公 开\", \"（ 三 ）不 予 公 开\", \"1. 属于国家秘密\", "
        "\"三、本 年 度 办 理 结 果\", header \"自 然 人\", \"商 业 企 业\", \"总　计\" (full-width space), section 四 \"结 果 维 持\", "
        "\"行 政 复 议\"",
        "the 科研机构 and 社会公益组织 columns are empty in every section 三 row; other zeros print 0",
        "site clutter: 内蒙古 bilingual (蒙汉) top bar, banner, nav, 当前位置, 索引号 table, 浏览次数, 字体, share, 打印/关闭, "
        "footer with 蒙ICP备",
    ],
}

N3 = section3(
    "2021",
    carried_over=[3, 1, 0, 0, 0, 0],
    res={
        "granted": [14, 5, 0, 0, 1, 0],
        "partial": [4, 2, 0, 0, 0, 0],
        "denied_state_secret": [0, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [0, 0, 0, 0, 0, 0],
        "denied_safety": [0, 0, 0, 0, 0, 0],
        "denied_third_party": [5, 3, 0, 0, 0, 0],
        "denied_internal": [0, 0, 0, 0, 0, 0],
        "denied_process": [2, 0, 0, 0, 0, 0],
        "denied_enforcement": [6, 1, 0, 0, 0, 0],
        "denied_query": [3, 0, 0, 0, 0, 0],
        "unable_not_held": [19, 6, 0, 0, 2, 1],
        "unable_needs_creation": [4, 1, 0, 0, 0, 0],
        "unable_unclear": [2, 0, 0, 0, 0, 0],
        "rejected_petition": [11, 0, 0, 0, 0, 0],
        "rejected_duplicate": [3, 1, 0, 0, 0, 0],
        "rejected_publication": [0, 0, 0, 0, 0, 0],
        "rejected_excessive": [8, 0, 0, 0, 0, 0],
        "rejected_confirm": [1, 0, 0, 0, 0, 0],
        "other_no_correction": [5, 1, 0, 0, 0, 0],
        "other_no_fee": [0, 0, 0, 0, 0, 0],
        "other_misc": [2, 0, 0, 0, 0, 1],
    },
    carried_forward=[2, 0, 0, 0, 0, 0],
)
# planted flaw (outcome-total): （四）1.本机关不掌握相关政府信息 自然人 printed 20 instead of the chosen 19 and its 总计 29
# instead of 28 (row adds up); （七）总计 left as worked out from the chosen values
N3["unable_not_held"][0] += 1
N3["unable_not_held"][6] += 1
N4 = section4(review=[3, 0, 1, 1], direct=[1, 1, 0, 0], after=[0, 0, 0, 1])
P2 = {
    "regulations": {"issued": "0", "repealed": "0", "in_force": "0"},
    "normative_docs": {"issued": "1", "repealed": "0", "in_force": "4"},
    "licensing": {"decisions": "4826"},
    "penalties": {"decisions": "587"},
    "enforcement": {"decisions": "43"},
    "fees": {"amount_yuan": "0"},
}
P3, P4 = fmt_all(N3, N4, lambda k, c, v: "" if c in ("research", "nonprofit") and k != "四" else str(v))
nr, rv = N3["new_received"][6], N4["review"][4]
lw = N4["litigation_direct"][4] + N4["litigation_after_review"][4]
SPEC["narrative"] = {"new_requests": nr, "reviews": rv, "lawsuits": lw}


def spaced(t):
    m = re.match(r"^(（[一二三四五六七]）|[一二三四]、|\d\.)(.*)$", t)
    if m and m.group(1).startswith("（"):
        return "（ " + m.group(1)[1] + " ）" + " ".join(m.group(2))
    if m and m.group(1).endswith("、") and len(m.group(2)) <= 8:
        return m.group(1) + " ".join(m.group(2))
    if m and m.group(1)[0].isdigit():
        return m.group(1) + " " + m.group(2)
    return t


def lab3(k, t):
    if k == "partial":
        return "（ 二 ）部 分 公 开（区分处理的，只计这一情形，不计其他情形）"
    if k in ("total_handled",):
        return "（ 七 ）总 计"
    return spaced(t)


HEADS = {"natural_person": "自 然 人", "business": "商 业 企 业", "research": "科 研 机 构", "nonprofit": "社会公益组织",
         "legal_service": "法律服务机构", "other_org": "其　他", "total": "总　计"}


def cell(kind, text, rs, cs):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    if kind == "value":
        return f"<td{a}>{text}</td>"
    al = ' style="text-align:left"' if kind in ("label3",) or (kind.startswith("label") and cs > 1) else ""
    return f"<td{a}{al}>{text}</td>"


def small_table(heads, row):
    h = "".join(f"<td>{x}</td>" for x in ["信息内容"] + heads)
    r = "".join(f"<td>{x}</td>" for x in row)
    return f'<table class="xb" border="1" cellspacing="0" cellpadding="4"><tr class="h">{h}</tr><tr>{r}</tr></table>\n'


def sec2():
    out, n = [], 0
    nums = ["一", "二", "三", "四"]
    for i, (cap, heads, keys, rws) in enumerate(SEC2["2021"]):
        out.append(f"<p>（{nums[i]}）{cap}</p>\n")
        for rk, rl in rws:
            n += 1
            v = P2[rk]
            if rk == "regulations":
                s = f"{n}.规章。本局无规章制定权，本年制发{v['issued']}件、废止{v['repealed']}件，现行有效{v['in_force']}件。"
            elif rk == "normative_docs":
                s = (f"{n}.行政规范性文件。本年制发行政规范性文件{v['issued']}件，废止{v['repealed']}件，"
                     f"截至年底现行有效{v['in_force']}件。")
            elif rk == "fees":
                s = f"{n}.行政事业性收费。本年未收取行政事业性收费，收费金额{v['amount_yuan']}万元。"
            else:
                s = f"{n}.{rl}。本年作出{rl}处理决定{v['decisions']}件。"
            out.append(f"<p>{s}</p>\n" + small_table(heads, [rl] + [v[k] for k in keys]))
    return "".join(out)


def build():
    t = SPEC["title"]
    h3, b3 = table3_rows("2021", P3, cell, head_names=HEADS, label=lab3, apply_name="申 请 人 情 况")
    t3 = "".join("<tr>" + "".join(r) + "</tr>\n" for r in h3 + b3)
    h4, d4 = table4_rows(P4, cell, label=lambda x: " ".join(x) if len(x) <= 4 else x)
    t4 = "".join("<tr>" + "".join(r) + "</tr>\n" for r in h4 + d4)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{t}</title>
<style>
body{{margin:0;font:14px/1.7 "Microsoft YaHei";color:#333}} .w{{width:1000px;margin:0 auto}}
.tb{{background:#0d5e9c;color:#fff;font-size:12px;padding:4px 0}} .tb a{{color:#fff}}
.bn{{height:100px;line-height:100px;font-size:28px;color:#0d5e9c}} .mn{{background:#1273bb}} .mn a{{color:#fff;display:inline-block;padding:10px 20px}}
.dq{{padding:8px 0;color:#777;font-size:13px}}
.syh{{width:100%;border:1px solid #d8e3ee;background:#f6f9fc;font-size:13px}} .syh td{{padding:4px 10px}}
.bt{{text-align:center;font-size:22px;font-weight:bold;margin:22px 0 6px}}
.zw p{{text-indent:2em;margin:6px 0;line-height:2}}
.zw table{{border-collapse:collapse;margin:6px auto 12px}} .zw td{{border:1px solid #444;text-align:center;padding:3px 6px;font-size:13px}}
.zw table.xb{{width:80%}} .zw table.xb tr.h td{{background:#eef4fa}}
.ft{{background:#0d5e9c;color:#cfe0f0;text-align:center;font-size:12px;padding:16px 0;margin-top:24px}}
</style>
</head>
<body>
<div class="tb"><div class="w">ᠮᠤᠩᠭᠤᠯ　蒙古文版 | <a href="javascript:;">无障碍</a> | <a href="javascript:;">适老化</a> | <a href="/wap/">手机版</a></div></div>
<div class="w bn">包头市昆都仑区人民政府</div>
<div class="mn"><div class="w"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/gzcy/">公众参与</a><a href="/zjkq/">走进昆区</a></div></div>
<div class="w dq">当前位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » <a href="/zwgk/zfxxgknb/">政府信息公开年报</a> » <a href="/zwgk/zfxxgknb/bmnb/">部门年报</a></div>
<div class="w">
<table class="syh">
<tr><td>索 引 号：11150203MB1234567K/2024-000018</td><td>信息分类：政府信息公开年报</td></tr>
<tr><td>发布机构：昆都仑区市场监督管理局</td><td>生成日期：2024-01-19</td></tr>
<tr><td colspan="2">名　　称：{t}</td></tr>
</table>
<div class="bt">{t}</div>
<div style="text-align:center;color:#999;font-size:12px">发布时间：2024-01-19　浏览次数：<span id="hits">862</span>　字体：[<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>]</div>
<div class="zw">
<p>本报告是根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，由包头市昆都仑区市场监督管理局编制的2023年度政府信息公开工作年度报告。报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。</p>
<p><strong>一、总体情况</strong></p>
<p>2023年，我局坚持以公开促规范、以公开促服务，重点做好市场主体登记、食品药品安全监管、行政执法结果等信息公开。</p>
<p>（一）主动公开。通过区政府门户网站、“昆区市场监管”公众号主动公开各类信息692条，其中“双随机、一公开”抽查结果信息86条，行政处罚决定信息587条。</p>
<p>（二）依申请公开。本年度共接收政府信息公开申请{nr}件，上年结转{N3['carried_over'][6]}件，办结{N3['total_handled'][6]}件，结转下年度继续办理{N3['carried_forward'][6]}件。申请主要涉及投诉举报处理结果、企业登记档案和行政处罚案卷等内容。</p>
<p>（三）政府信息管理。落实公开属性源头认定，本年制发行政规范性文件1件，现行有效4件。</p>
<p>（四）平台建设。规范维护政府信息公开专栏，及时更新机构职能、权责清单等基础信息。</p>
<p>（五）监督保障。全年被申请行政复议{rv}件，被提起行政诉讼{lw}件，未发生因政府信息公开工作被追责的情况。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
{sec2()}<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
<table width="96%">
{t3}</table>
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
<table width="96%">
{t4}</table>
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>一是依申请公开办理中对“三类内部事务信息”“行政执法案卷”等不予公开理由的说明还不够具体；二是基层市场监管所公开信息更新不及时。2024年，我局将制定依申请公开答复指引，并将各所信息更新情况纳入月度考核。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>本年度未收取信息处理费。无其他需要报告的事项。</p>
<p style="text-align:right">包头市昆都仑区市场监督管理局<br>2024年1月19日</p>
</div>
<div style="text-align:right;font-size:12px">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="ft">主办单位：包头市昆都仑区人民政府办公室　网站标识码：1502030001<br>蒙ICP备05000000号-2　蒙公网安备 15020302000000号</div>
</body>
</html>
"""


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
