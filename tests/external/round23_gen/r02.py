"""02: 北京市怀柔区雁栖镇人民政府 2021 (2021 template), sound. Every table is a <ul>/<li> grid laid out by CSS
display:table / table-row / table-cell (class rules in the page's <style>); no spans: merged header cells written once
in their top-left grid cell, the rest empty <li>s; section 三's group labels (三、本年度办理结果, （三）…（六）) as rows of
their own with empty value cells. Zeros in 三/四 printed "—"."""
from common import *

SPEC = {
    "folder": "02-2021-2021", "template": "2021", "year": 2021,
    "office": "北京市怀柔区雁栖镇人民政府",
    "title": "北京市怀柔区雁栖镇人民政府2021年政府信息公开工作年度报告",
    "layout": "r23-ul-li-css-table-2021", "encoding": None, "flaw": None,
    "deviations": [
        "no <table> element for the three tables: each is <div class=\"gk-table\"> holding <ul class=\"gk-tr\"> rows of "
        "<li> cells, laid out by class rules .gk-table{display:table} .gk-tr{display:table-row} .gk-tr>li{display:table-cell} "
        "in a <style> block; header rows use <ul class=\"gk-tr gk-th\">",
        "no spans possible: a merged header cell is written in its top-left grid cell and the cells it covered are empty "
        "<li></li>; section 三 has one label column: 三、本年度办理结果 and the group labels （三）不予公开 … （六）其他处理 are "
        "rows of their own with seven empty value cells, sub-rows carry only their own label (\"1.属于国家秘密\")",
        "zeros printed \"—\" in every section 三/四 cell (the 总计 column included); section 二 规章 \"—\", other zeros 0",
        "site clutter: 长者模式/无障碍 bar, banner, nav, 当前位置, 索引号 <dl> list, 字号, 打印/关闭, share bar, footer with 京ICP备",
    ],
}

N3 = section3(
    "2021",
    carried_over=[1, 0, 0, 0, 0, 0],
    res={
        "granted": [6, 1, 0, 0, 0, 0],
        "partial": [2, 0, 0, 0, 0, 0],
        "denied_state_secret": [0, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [0, 0, 0, 0, 0, 0],
        "denied_safety": [0, 0, 0, 0, 0, 0],
        "denied_third_party": [1, 0, 0, 0, 0, 0],
        "denied_internal": [0, 0, 0, 0, 0, 0],
        "denied_process": [0, 0, 0, 0, 0, 0],
        "denied_enforcement": [0, 0, 0, 0, 0, 0],
        "denied_query": [0, 0, 0, 0, 0, 0],
        "unable_not_held": [5, 1, 0, 0, 0, 0],
        "unable_needs_creation": [1, 0, 0, 0, 0, 0],
        "unable_unclear": [0, 0, 0, 0, 0, 0],
        "rejected_petition": [2, 0, 0, 0, 0, 0],
        "rejected_duplicate": [1, 0, 0, 0, 0, 0],
        "rejected_publication": [0, 0, 0, 0, 0, 0],
        "rejected_excessive": [0, 0, 0, 0, 0, 0],
        "rejected_confirm": [0, 0, 0, 0, 0, 0],
        "other_no_correction": [1, 0, 0, 0, 0, 0],
        "other_no_fee": [0, 0, 0, 0, 0, 0],
        "other_misc": [0, 0, 0, 0, 0, 0],
    },
    carried_forward=[0, 0, 0, 0, 0, 0],
)
N4 = section4(review=[1, 0, 0, 0], direct=[0, 0, 0, 0], after=[0, 0, 0, 0])
P2 = {
    "regulations": {"issued": "—", "repealed": "—", "in_force": "—"},
    "normative_docs": {"issued": "0", "repealed": "1", "in_force": "3"},
    "licensing": {"decisions": "126"},
    "penalties": {"decisions": "38"},
    "enforcement": {"decisions": "0"},
    "fees": {"amount_yuan": "0"},
}
P3, P4 = fmt_all(N3, N4, lambda k, c, v: "—" if v == 0 else str(v))
nr, rv = N3["new_received"][6], N4["review"][4]
SPEC["narrative"] = {"new_requests": nr, "reviews": rv, "lawsuits": 0}


def ul(cells, head=False):
    cls = "gk-tr gk-th" if head else "gk-tr"
    return f'<ul class="{cls}">' + "".join(f"<li>{c}</li>" for c in cells) + "</ul>\n"


def grid(rows, cls):
    return f'<div class="gk-table {cls}">\n' + "".join(rows) + "</div>\n"


def sec2():
    rows = []
    for cap, heads, keys, rws in SEC2["2021"]:
        rows.append(ul([cap, "", "", ""], head=True))
        rows.append(ul(["信息内容"] + heads + [""] * (3 - len(heads)), head=True))
        for rk, rl in rws:
            rows.append(ul([rl] + [P2[rk][k] for k in keys] + [""] * (3 - len(keys))))
    return grid(rows, "gk-t2")


def sec3():
    rows = [ul([CORNER, "申请人情况", "", "", "", "", "", ""], head=True),
            ul(["", "自然人", "法人或其他组织", "", "", "", "", "总计"], head=True),
            ul(["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""], head=True)]
    seen = set()
    for k in rows3("2021"):
        if k == "granted":
            rows.append(ul([RESULT_HEAD] + [""] * 7))
        g = group_of(k)
        if g and g not in seen:
            seen.add(g)
            rows.append(ul([g] + [""] * 7))
        rows.append(ul([LABEL[k]] + [P3[k][c] for c in COLS]))
    return grid(rows, "gk-t3")


def sec4():
    rows = [ul(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9, head=True),
            ul(L4NAME + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""], head=True),
            ul([""] * 5 + L4NAME + L4NAME, head=True),
            ul([P4[g][i] for g in G4 for i in range(5)])]
    return grid(rows, "gk-t4")


def build():
    t = SPEC["title"]
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t}-怀柔区人民政府</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",sans-serif;font-size:14px;color:#222}}
.topbar{{background:#f5f5f5;font-size:12px;padding:4px 0}} .w{{width:1100px;margin:0 auto}}
.banner{{height:90px;line-height:90px;font-size:30px;color:#0b4ea2;font-weight:bold}}
.menu{{background:#0b4ea2}} .menu a{{color:#fff;display:inline-block;padding:10px 22px;text-decoration:none}}
.crumb{{padding:10px 0;color:#666}} .meta dl{{display:inline-block;width:48%;margin:2px 0}} .meta dt{{display:inline;color:#888}} .meta dd{{display:inline;margin:0}}
.art h1{{text-align:center;font-size:24px}} .art p{{text-indent:2em;line-height:2}}
.gk-table{{display:table;width:100%;border-collapse:collapse;margin:10px 0;font-size:12px}}
.gk-tr{{display:table-row;list-style:none;margin:0;padding:0}}
.gk-tr>li{{display:table-cell;border:1px solid #999;padding:4px;text-align:center;vertical-align:middle}}
.gk-th>li{{background:#eef3fa;font-weight:bold}}
.gk-t3 .gk-tr>li:first-child{{text-align:left;width:34%}}
.foot{{background:#0b4ea2;color:#dfe8f5;text-align:center;padding:18px 0;margin-top:30px;font-size:12px}}
</style>
</head>
<body>
<div class="topbar"><div class="w">您好，欢迎访问北京市怀柔区人民政府网站！　<a href="javascript:;">长者模式</a> | <a href="javascript:;">无障碍</a> | <a href="/m/">移动版</a></div></div>
<div class="w banner">北京市怀柔区人民政府</div>
<div class="menu"><div class="w"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjhr/">走进怀柔</a></div></div>
<div class="w crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gknb/">政府信息公开年报</a> &gt; <a href="/zwgk/gknb/xz/">乡镇年报</a></div>
<div class="w meta">
<dl><dt>索引号：</dt><dd>000014348/2022-00037</dd></dl><dl><dt>发文机关：</dt><dd>雁栖镇人民政府</dd></dl>
<dl><dt>主题分类：</dt><dd>政务公开</dd></dl><dl><dt>发布日期：</dt><dd>2022-01-27</dd></dl>
<dl><dt>标　　题：</dt><dd>{t}</dd></dl>
</div>
<div class="w art">
<h1>{t}</h1>
<div style="text-align:center;color:#999;font-size:12px">来源：雁栖镇　　字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>　　<a href="javascript:window.print();">打印</a>　<a href="javascript:window.close();">关闭</a></div>
<p>本年度报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》编制，报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。本报告电子版可在北京市怀柔区人民政府网站（雁栖镇专栏）下载。如对本报告有疑问，请与雁栖镇人民政府党政办公室联系。</p>
<p><strong>一、总体情况</strong></p>
<p>2021年，雁栖镇坚持以公开为常态、不公开为例外，围绕乡村振兴、人居环境整治、疫情防控等重点工作做好信息公开。</p>
<p>（一）主动公开。全年在区政府网站雁栖镇专栏发布各类信息213条，其中政策文件3件、工作动态147条，村务公开栏更新信息864条。</p>
<p>（二）依申请公开。2021年，我镇共受理政府信息公开申请{nr}件，另有上年结转申请1件，已全部按期答复。申请内容主要涉及土地征收补偿、宅基地审批和违法建设拆除等事项。</p>
<p>（三）政府信息管理。严格落实公开前审查制度，全年清理镇级规范性文件，废止1件，现行有效3件。</p>
<p>（四）平台建设。按区统一部署完成镇政府专栏集约化迁移，村级公开栏实现全覆盖。</p>
<p>（五）监督保障。全年发生政府信息公开行政复议案件{rv}件，结果维持；未发生政府信息公开行政诉讼案件。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
{sec2()}<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{sec3()}<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{sec4()}<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>一是部分村务公开内容更新不够及时；二是依申请公开答复说理还不够充分。下一步，我镇将建立村务公开月度检查制度，并邀请区司法局对答复文书开展点评。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>本年度未收取信息处理费。我镇无其他需要报告的事项。</p>
<p style="text-align:right">北京市怀柔区雁栖镇人民政府<br>2022年1月27日</p>
</div>
<div class="w" style="text-align:right;font-size:12px">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　<a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="foot">主办单位：北京市怀柔区人民政府办公室　　网站标识码：1101160001<br>京ICP备05000000号　京公网安备11011602000000号</div>
</body>
</html>
"""


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
