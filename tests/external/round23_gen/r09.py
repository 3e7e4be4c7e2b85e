"""09: 乌鲁木齐市沙依巴克区卫生健康委员会 2020 (2019 template), sound. A static-site (Markdown → Hugo/goldmark) page:
tables cannot span, so every header is one row of compound names ("法人或其他组织：商业企业", "行政诉讼（复议后起诉）：
总计"), section 三's labels are flattened paths ("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密"), section 二 is five
small tables under their own 第二十条 headings, and the corner note is a paragraph under the table."""
from common import *

SPEC = {
    "folder": "09-2020-2019", "template": "2019", "year": 2020,
    "office": "乌鲁木齐市沙依巴克区卫生健康委员会",
    "title": "乌鲁木齐市沙依巴克区卫生健康委员会2020年政府信息公开工作年度报告",
    "layout": "r23-markdown-compound-headers-2019", "encoding": None, "flaw": None,
    "deviations": [
        "page rendered from Markdown by a static-site generator (goldmark style: <table><thead><tr><th style=\"text-align:center\">, "
        "<tbody><tr><td style=…>); no rowspan/colspan anywhere",
        "section 三 header is a single row: 项目 | 自然人 | 法人或其他组织：商业企业 | 法人或其他组织：科研机构 | 法人或其他组织："
        "社会公益组织 | 法人或其他组织：法律服务机构 | 法人或其他组织：其他 | 总计; row labels are flattened paths joined by "
        "\" / \" (\"三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息\"); the 勾稽关系 note is a paragraph under the table",
        "section 四 is one header row of 15 compound names (行政复议：结果维持 … 行政诉讼（未经复议直接起诉）：总计 … "
        "行政诉讼（复议后起诉）：总计) and one data row",
        "section 二 is five tables, each under an <h4> 第二十条第（N）项 heading, each with its own 信息内容 header row",
        "section 三 zeros left empty (总计 column included); section 四 zeros 0; 规章 row empty; procurement \"3286000元\"",
        "site clutter: theme header with nav and language switch (中文/ئۇيغۇرچە), breadcrumb nav, front-matter box "
        "(索引号, 发布机构, 日期, 标签), table of contents, share buttons, prev/next, footer with 新ICP备",
    ],
}

N3 = section3(
    "2019",
    carried_over=[1, 0, 0, 0, 0, 0],
    res={
        "granted": [12, 3, 0, 0, 0, 0],
        "partial": [2, 0, 0, 0, 0, 0],
        "denied_state_secret": [0, 0, 0, 0, 0, 0],
        "denied_law_forbidden": [0, 0, 0, 0, 0, 0],
        "denied_safety": [0, 0, 0, 0, 0, 0],
        "denied_third_party": [1, 1, 0, 0, 0, 0],
        "denied_internal": [1, 0, 0, 0, 0, 0],
        "denied_process": [2, 0, 0, 0, 0, 0],
        "denied_enforcement": [0, 0, 0, 0, 0, 0],
        "denied_query": [0, 0, 0, 0, 0, 0],
        "unable_not_held": [7, 2, 0, 1, 0, 0],
        "unable_needs_creation": [3, 0, 0, 0, 0, 0],
        "unable_unclear": [1, 0, 0, 0, 0, 0],
        "rejected_petition": [4, 0, 0, 0, 0, 0],
        "rejected_duplicate": [1, 0, 0, 0, 0, 0],
        "rejected_publication": [0, 0, 0, 0, 0, 0],
        "rejected_excessive": [0, 0, 0, 0, 0, 0],
        "rejected_confirm": [1, 0, 0, 0, 0, 0],
        "other": [2, 0, 0, 0, 0, 0],
    },
    carried_forward=[2, 1, 0, 0, 0, 0],
)
N4 = section4(review=[1, 0, 0, 0], direct=[0, 0, 0, 0], after=[0, 0, 0, 0])
P2 = {
    "regulations": {"made": "", "published": "", "total_public": ""},
    "normative_docs": {"made": "2", "published": "2", "total_public": "11"},
    "licensing": {"prev_items": "31", "change": "+2", "decisions": "2145"},
    "other_services": {"prev_items": "16", "change": "0", "decisions": "5310"},
    "penalties": {"prev_items": "22", "change": "-1", "decisions": "86"},
    "enforcement": {"prev_items": "4", "change": "0", "decisions": "7"},
    "fees": {"prev_items": "2", "change": "0"},
    "procurement": {"projects": "5", "amount_yuan": "3286000元"},
}
P3, P4 = fmt_all(N3, N4, lambda k, c, v: str(v) if (v != 0 or k == "四") else "")
nr, rv = N3["new_received"][6], N4["review"][4]
SPEC["narrative"] = {"new_requests": nr, "reviews": rv, "lawsuits": 0}

C = ' style="text-align:center"'
HEAD3 = ["项目", "自然人", "法人或其他组织：商业企业", "法人或其他组织：科研机构", "法人或其他组织：社会公益组织",
         "法人或其他组织：法律服务机构", "法人或其他组织：其他", "总计"]


def table(head, rows, align_first_left=True):
    h = "".join(f"<th{C}>{x}</th>" for x in head)
    b = ""
    for r in rows:
        b += "<tr>\n" + "".join(f"<td{'' if (i == 0 and align_first_left) else C}>{x}</td>\n" for i, x in enumerate(r)) + "</tr>\n"
    return f"<table>\n<thead>\n<tr>\n{h}\n</tr>\n</thead>\n<tbody>\n{b}</tbody>\n</table>\n"


def path(k):
    if k in ("new_received", "carried_over", "carried_forward"):
        return LABEL[k]
    g = group_of(k)
    return " / ".join([RESULT_HEAD] + ([g] if g else []) + [LABEL[k]])


def sec2():
    out = []
    for cap, heads, keys, rws in SEC2["2019"]:
        out.append(f'<h4 id="{cap}">{cap}</h4>\n')
        out.append(table(["信息内容"] + heads, [[rl] + [P2[rk][k] for k in keys] for rk, rl in rws]))
    return "".join(out)


def sec3():
    return table(HEAD3, [[path(k)] + [P3[k][c] for c in COLS] for k in rows3("2019")])


def sec4():
    names = {"review": "行政复议", "litigation_direct": "行政诉讼（未经复议直接起诉）",
             "litigation_after_review": "行政诉讼（复议后起诉）"}
    head = [f"{names[g]}：{n}" for g in G4 for n in L4NAME]
    return table(head, [[P4[g][i] for g in G4 for i in range(5)]], align_first_left=False)


def build():
    t = SPEC["title"]
    return f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hugo 0.80.0">
<title>{t} | 沙依巴克区卫生健康委员会</title>
<link rel="canonical" href="/gknb/2020/">
<style>
body{{margin:0;font-family:-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;font-size:15px;color:#24292e;line-height:1.7}}
header.site{{background:#0a7d74;color:#fff}} header.site .in,main,footer .in{{max-width:960px;margin:0 auto;padding:0 16px}}
header.site .brand{{font-size:22px;line-height:64px}} header.site nav a{{color:#e6fffb;margin-right:18px}} header.site .lang{{float:right;line-height:64px;font-size:13px}}
nav.crumbs{{font-size:13px;color:#6a737d;margin:12px 0}} .fm{{background:#f6f8fa;border:1px solid #e1e4e8;border-radius:4px;padding:8px 14px;font-size:13px}}
.toc{{float:right;width:220px;font-size:13px;border-left:3px solid #0a7d74;padding-left:10px;margin:0 0 10px 16px}}
.markdown-body table{{border-collapse:collapse;margin:8px 0 16px;display:block;overflow:auto;font-size:13px}}
.markdown-body th,.markdown-body td{{border:1px solid #dfe2e5;padding:4px 8px}} .markdown-body thead{{background:#f6f8fa}}
footer{{border-top:1px solid #eaecef;margin-top:40px;padding:18px 0;font-size:12px;color:#6a737d;text-align:center}}
</style>
</head>
<body>
<header class="site"><div class="in"><span class="lang">中文 | <a href="/ug/" style="color:#fff">ئۇيغۇرچە</a></span><span class="brand">沙依巴克区卫生健康委员会</span>
<nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/gknb/">信息公开年报</a><a href="/bsfw/">办事服务</a><a href="/about/">机构概况</a></nav></div></header>
<main>
<nav class="crumbs" aria-label="breadcrumb"><a href="/">首页</a> › <a href="/zwgk/">政务公开</a> › <a href="/gknb/">政府信息公开年报</a> › 2020</nav>
<div class="fm">索引号：65010300-WJW/2021-0003　｜　发布机构：沙依巴克区卫生健康委员会　｜　发布日期：2021-01-26　｜　标签：<a href="/tags/年报/">年报</a> <a href="/tags/政务公开/">政务公开</a></div>
<article class="markdown-body">
<h1 id="title">{t}</h1>
<aside class="toc"><strong>目录</strong><ul><li><a href="#一总体情况">一、总体情况</a></li><li><a href="#二主动公开政府信息情况">二、主动公开政府信息情况</a></li><li><a href="#三收到和处理政府信息公开申请情况">三、收到和处理政府信息公开申请情况</a></li><li><a href="#四政府信息公开行政复议行政诉讼情况">四、政府信息公开行政复议、行政诉讼情况</a></li><li><a href="#五存在的主要问题及改进情况">五、存在的主要问题及改进情况</a></li><li><a href="#六其他需要报告的事项">六、其他需要报告的事项</a></li></ul></aside>
<p>本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的政府信息公开工作年度报告格式编制，统计期限为2020年1月1日至2020年12月31日。</p>
<h2 id="一总体情况">一、总体情况</h2>
<p>2020年，区卫生健康委把疫情防控信息发布作为政务公开的首要任务，同时做好医疗卫生、公共卫生服务等领域信息公开。</p>
<ul>
<li><strong>主动公开：</strong>全年发布疫情防控、健康科普等信息1427条，其中疫情防控通告和提示96条。</li>
<li><strong>依申请公开：</strong>本年度登记新收到的政府信息公开申请{nr}件，上年结转1件，全部依法答复，结转下年度继续办理3件。</li>
<li><strong>行政复议和行政诉讼：</strong>因政府信息公开申请答复被申请行政复议{rv}件（维持），未发生政府信息公开行政诉讼。</li>
<li><strong>监督保障：</strong>将政务公开纳入委机关科室和直属单位年度考核。</li>
</ul>
<h2 id="二主动公开政府信息情况">二、主动公开政府信息情况</h2>
{sec2()}<h2 id="三收到和处理政府信息公开申请情况">三、收到和处理政府信息公开申请情况</h2>
{sec3()}<p><em>注：本表数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和。空白表示0。</em></p>
<h2 id="四政府信息公开行政复议行政诉讼情况">四、政府信息公开行政复议、行政诉讼情况</h2>
{sec4()}<h2 id="五存在的主要问题及改进情况">五、存在的主要问题及改进情况</h2>
<p>一是基层医疗卫生机构信息公开工作力量薄弱；二是政策解读的针对性有待加强。2021年，我委将加强对基层医疗卫生机构的业务指导，围绕群众关心的就医、医保等问题开展解读。</p>
<h2 id="六其他需要报告的事项">六、其他需要报告的事项</h2>
<p>本年度未收取信息处理费，无其他需要报告的事项。</p>
<p style="text-align:right">乌鲁木齐市沙依巴克区卫生健康委员会<br>2021年1月26日</p>
</article>
<div class="share">分享：<button type="button">微信</button> <button type="button">微博</button> <button type="button" onclick="window.print()">打印</button></div>
<nav class="pager"><a href="/gknb/2019/">« 上一篇：2019年政府信息公开工作年度报告</a>　<a href="/gknb/2021/">下一篇：2021年政府信息公开工作年度报告 »</a></nav>
</main>
<footer><div class="in">沙依巴克区卫生健康委员会 版权所有　新ICP备05000000号-3　新公网安备 65010302000000号<br>Powered by Hugo</div></footer>
</body>
</html>
"""


if __name__ == "__main__":
    write(SPEC, build(), P2, P3, P4)
