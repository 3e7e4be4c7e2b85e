"""07: 齐齐哈尔市龙沙区五龙街道办事处 2024 (2021 template), sound. Section 四 transposed (rows 行政复议 / 行政诉讼·未经复议
直接起诉 / 行政诉讼·复议后起诉, columns 结果维持 … 总计); full-width digits typed in section 三's 总计 column and in the
行政复议 row of section 四 and a few other cells; zeros in section 三 printed "-"."""
from common import *

SPEC = {
    "folder": "07-2024-2021", "template": "2021", "year": 2024,
    "office": "齐齐哈尔市龙沙区五龙街道办事处",
    "title": "齐齐哈尔市龙沙区五龙街道办事处2024年政府信息公开工作年度报告",
    "layout": "r23-transposed-four-fullwidth-2021", "encoding": None, "flaw": None,
    "deviations": [
        "section 四 transposed: a header row 项目 (colspan 2) | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计, then three "
        "rows: 行政复议 (colspan 2); 行政诉讼 (rowspan 2) + 未经复议直接起诉; 复议后起诉 — five values each",
        "full-width digits (０–９) typed in section 三's 总计 column, in section 四's 行政复议 row and in a few other cells "
        "(section 二 行政处罚 \"２７\"); the rest ASCII",
        "section 三 zeros printed \"-\" (ASCII hyphen), the 总计 column included; section 四 zeros 0; section 二 规章 \"-\"",
        "site clutter: 黑龙江 portal top bar, banner, nav, 当前位置, 索引号 table, 字号, 打印/关闭, share icons, footer with 黑ICP备",
    ],
}

N3 = section3(
    "2021",
    carried_over=[0, 0, 0, 0, 0, 0],
    res={
        "granted": [4, 0, 0, 0, 0, 0],
        "partial": [1, 0, 0, 0, 0, 0],
        "denied_state_secret": [0, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [0, 0, 0, 0, 0, 0],
        "denied_safety": [0, 0, 0, 0, 0, 0],
        "denied_third_party": [1, 0, 0, 0, 0, 0],
        "denied_internal": [0, 0, 0, 0, 0, 0],
        "denied_process": [0, 0, 0, 0, 0, 0],
        "denied_enforcement": [0, 0, 0, 0, 0, 0],
        "denied_query": [0, 0, 0, 0, 0, 0],
        "unable_not_held": [3, 1, 0, 0, 0, 0],
        "unable_needs_creation": [0, 0, 0, 0, 0, 0],
        "unable_unclear": [1, 0, 0, 0, 0, 0],
        "rejected_petition": [2, 0, 0, 0, 0, 0],
        "rejected_duplicate": [0, 0, 0, 0, 0, 0],
        "rejected_publication": [0, 0, 0, 0, 0, 0],
        "rejected_excessive": [0, 0, 0, 0, 0, 0],
        "rejected_confirm": [0, 0, 0, 0, 0, 0],
        "other_no_correction": [0, 0, 0, 0, 0, 0],
        "other_no_fee": [0, 0, 0, 0, 0, 0],
        "other_misc": [1, 0, 0, 0, 0, 0],
    },
    carried_forward=[1, 0, 0, 0, 0, 0],
)
N4 = section4(review=[1, 0, 0, 0], direct=[0, 0, 0, 1], after=[0, 0, 0, 0])
FW = str.maketrans("0123456789", "０１２３４５６７８９")
P2 = {
    "regulations": {"issued": "-", "repealed": "-", "in_force": "-"},
    "normative_docs": {"issued": "0", "repealed": "0", "in_force": "0"},
    "licensing": {"decisions": "12"},
    "penalties": {"decisions": "２７"},
    "enforcement": {"decisions": "3"},
    "fees": {"amount_yuan": "0"},
}
FULLWIDTH_CELLS = {("granted", "natural_person"), ("unable_not_held", "business"), ("四", "review")}


def blank(k, c, v):
    if k == "四":
        return str(v)
    s = "-" if v == 0 else str(v)
    if c == "total" or (k, c) in FULLWIDTH_CELLS:
        s = s.translate(FW)
    return s


P3, P4 = fmt_all(N3, N4, blank)
P4["review"] = [x.translate(FW) for x in P4["review"]]
P4["litigation_direct"][3] = P4["litigation_direct"][3].translate(FW)
nr, rv = N3["new_received"][6], N4["review"][4]
lw = N4["litigation_direct"][4] + N4["litigation_after_review"][4]
SPEC["narrative"] = {"new_requests": nr, "reviews": rv, "lawsuits": lw}


def cell(kind, text, rs, cs):
    a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    if kind in ("head", "corner", "caption"):
        return f'<td{a} class="b">{text}</td>'
    al = ' class="l"' if kind == "label3" or (kind.startswith("label") and cs > 1) else ""
    return f"<td{a}{al}>{text}</td>"


def sec4():
    rows = ['<tr><td colspan="2" class="b">项目</td>' + "".join(f'<td class="b">{n}</td>' for n in L4NAME) + "</tr>",
            '<tr><td colspan="2">行政复议</td>' + "".join(f"<td>{x}</td>" for x in P4["review"]) + "</tr>",
            '<tr><td rowspan="2">行政诉讼</td><td>未经复议直接起诉</td>' +
            "".join(f"<td>{x}</td>" for x in P4["litigation_direct"]) + "</tr>",
            '<tr><td>复议后起诉</td>' + "".join(f"<td>{x}</td>" for x in P4["litigation_after_review"]) + "</tr>"]
    return '<table class="sj" style="width:70%">\n' + "\n".join(rows) + "\n</table>\n"


def build():
    t = SPEC["title"]
    t2 = "".join("<tr>" + "".join(r) + "</tr>\n" for _, r in table2_rows("2021", P2, cell))
    h3, b3 = table3_rows("2021", P3, cell)
    t3 = "".join("<tr>" + "".join(r) + "</tr>\n" for r in h3 + b3)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{t}</title>
<style>
body{{margin:0;background:#f4f6f8;font-family:SimSun,"宋体";font-size:14px}} .c{{width:1000px;margin:0 auto}}
.t1{{background:#fff;font-size:12px;line-height:28px;border-bottom:1px solid #ddd}}
.t2{{height:100px;line-height:100px;font-size:30px;color:#c00;font-weight:bold;background:#fff}}
.t3{{background:#c00}} .t3 a{{color:#fff;line-height:42px;padding:0 22px;display:inline-block}}
.bx{{background:#fff;padding:16px 30px;margin-top:10px}} .xxgk{{width:100%;border-collapse:collapse;font-size:13px}} .xxgk td{{border:1px solid #e1e1e1;padding:5px}}
.bx h1{{font-size:22px;text-align:center;color:#c00}} .bx p{{text-indent:2em;line-height:2;margin:4px 0}}
.sj{{border-collapse:collapse;margin:8px auto;font-size:13px}} .sj td{{border:1px solid #000;text-align:center;padding:3px 4px}}
.sj td.b{{font-weight:bold}} .sj td.l{{text-align:left}}
.ft{{background:#333;color:#aaa;text-align:center;font-size:12px;line-height:24px;padding:12px 0;margin-top:16px}}
</style>
</head>
<body>
<div class="t1"><div class="c">欢迎访问齐齐哈尔市龙沙区人民政府网站　<a href="javascript:;">无障碍</a> <a href="javascript:;">关怀版</a> <a href="/wap/">手机版</a></div></div>
<div class="t2"><div class="c">齐齐哈尔市龙沙区人民政府</div></div>
<div class="t3"><div class="c"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjls/">走进龙沙</a></div></div>
<div class="c" style="line-height:36px;font-size:13px">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gknb/">政府信息公开年报</a> &gt; <a href="/zwgk/gknb/jd/">街道年报</a></div>
<div class="c bx">
<table class="xxgk">
<tr><td>索引号：</td><td>11230202MB0000000X/2025-00004</td><td>公开方式：</td><td>主动公开</td></tr>
<tr><td>发布机构：</td><td>五龙街道办事处</td><td>发布日期：</td><td>2025-01-22</td></tr>
</table>
<h1>{t}</h1>
<div style="text-align:center;font-size:12px;color:#888">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
<p>本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为2024年1月1日至12月31日。</p>
<p><b>一、总体情况</b></p>
<p>2024年，五龙街道以群众关注关切为导向，重点公开老旧小区改造、民生保障、社区治理等信息。</p>
<p>1.主动公开。全年在区政府网站街道专栏发布信息168条，通过社区公开栏、微信群等渠道公开低保、临时救助等民生信息52期。</p>
<p>2.依申请公开。全年新收政府信息公开申请{nr}件（其中法人或其他组织申请1件），全部依法答复，有1件结转至2025年继续办理。</p>
<p>3.政府信息管理。落实信息发布“三审”制度，全年未发生泄密或不当公开事件。</p>
<p>4.平台建设。按照全区统一要求规范街道专栏栏目设置。</p>
<p>5.监督保障。2024年发生政府信息公开行政复议{rv}件，行政诉讼{lw}件，均尚在办理或已结案。</p>
<p><b>二、主动公开政府信息情况</b></p>
<table class="sj" style="width:86%">
{t2}</table>
<p><b>三、收到和处理政府信息公开申请情况</b></p>
<table class="sj" style="width:100%">
{t3}</table>
<p><b>四、政府信息公开行政复议、行政诉讼情况</b></p>
{sec4()}<p><b>五、存在的主要问题及改进情况</b></p>
<p>一是社区层面信息公开的及时性还需提高；二是工作人员业务能力有待加强。下一步，街道将每季度对各社区公开栏进行检查通报，并组织工作人员参加区级业务培训。</p>
<p><b>六、其他需要报告的事项</b></p>
<p>本年度未收取信息处理费。无其他需要报告的事项。</p>
<p style="text-align:right">齐齐哈尔市龙沙区五龙街道办事处<br>2025年1月22日</p>
<div style="text-align:right;font-size:12px;margin-top:10px">分享到：<a href="javascript:;" title="微信">微信</a> <a href="javascript:;" title="微博">微博</a> <a href="javascript:;" title="QQ">QQ</a></div>
</div>
<div class="ft">主办：齐齐哈尔市龙沙区人民政府办公室　网站标识码：2302020001<br>黑ICP备05000000号　黑公网安备 23020202000000号</div>
</body>
</html>
"""


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
