# Hand-chosen values of a fictional 2021-format report (青石镇人民政府, 2022).
COLS = ["natural_person","business","research","nonprofit","legal_service","other_org","total"]
ROWS = [  # key, label (2021), values (None = blank cell)
 ("new_received", "一、本年新收政府信息公开申请数量", [57,6,0,1,3,2,69]),
 ("carried_over", "二、上年结转政府信息公开申请数量", [4,1,0,0,0,0,5]),
 ("granted", "（一）予以公开", [21,3,0,1,1,0,26]),
 ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [6,0,0,0,1,0,7]),
 ("denied_state_secret", "1.属于国家秘密", [0,0,None,0,0,0,0]),
 ("denied_law_forbidden", "2.其他法律行政法规禁止公开", [1,0,None,0,0,0,1]),
 ("denied_safety", "3.危及“三安全一稳定”", [0,0,None,0,0,0,0]),
 ("denied_third_party", "4.保护第三方合法权益", [2,0,None,0,0,0,2]),
 ("denied_internal", "5.属于三类内部事务信息", [1,0,None,0,0,0,1]),
 ("denied_process", "6.属于四类过程性信息", [3,1,None,0,0,0,4]),
 ("denied_enforcement", "7.属于行政执法案卷", [0,0,None,0,0,0,0]),
 ("denied_query", "8.属于行政查询事项", [2,0,None,0,0,0,2]),
 ("unable_not_held", "1.本机关不掌握相关政府信息", [9,1,0,0,1,1,12]),
 ("unable_needs_creation", "2.没有现成信息需要另行制作", [2,0,0,0,0,0,2]),
 ("unable_unclear", "3.补正后申请内容仍不明确", [1,0,0,0,0,0,1]),
 ("rejected_petition", "1.信访举报投诉类申请", [3,0,0,0,0,0,3]),
 ("rejected_duplicate", "2.重复申请", [2,0,0,0,0,1,3]),
 ("rejected_publication", "3.要求提供公开出版物", [0,0,0,0,0,0,0]),
 ("rejected_excessive", "4.无正当理由大量反复申请", [0,0,0,0,0,0,0]),
 ("rejected_confirm", "5.要求行政机关确认或重新出具已获取信息", [1,0,0,0,0,0,1]),
 ("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [2,0,0,0,0,0,2]),
 ("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", [0,0,0,0,0,0,0]),
 ("other_misc", "3.其他", [1,0,0,0,0,0,1]),
 ("total_handled", "（七）总计", [57,5,0,1,3,2,68]),
 ("carried_forward", "四、结转下年度继续办理", [4,2,0,0,0,0,6]),
]
REVIEW = {"review":[3,1,0,1,5], "litigation_direct":[2,0,1,1,4], "litigation_after_review":[1,0,0,0,1]}
RCOLS = ["upheld","corrected","other","pending","total"]
ACTIVE = {"regulations":{"issued":0,"repealed":0,"in_force":0},
          "normative_docs":{"issued":3,"repealed":1,"in_force":27},
          "licensing":{"decisions":146},"penalties":{"decisions":38},
          "enforcement":{"decisions":5},"fees":{"amount_yuan":126000}}
def check():
    R = {k: v for k, _, v in ROWS}
    z = lambda x: x or 0
    for k, _, v in ROWS:
        assert sum(z(x) for x in v[:6]) == v[6], k
    outcome = [k for k, _, _ in ROWS[2:23]]
    for c in range(7):
        assert sum(z(R[k][c]) for k in outcome) == R["total_handled"][c], c
        assert z(R["new_received"][c]) + z(R["carried_over"][c]) == z(R["total_handled"][c]) + z(R["carried_forward"][c]), c
    for g, v in REVIEW.items():
        assert sum(v[:4]) == v[4]
check()
def truth():
    import json
    return {"template":"2021","title":"青石镇人民政府2022年政府信息公开工作年度报告","office":"青石镇人民政府","year":2022,
            "layout":"handmade","encoding":"utf8","deviations":[],"active":ACTIVE,
            "requests":{k: dict(zip(COLS, v)) for k, _, v in ROWS},
            "review_litigation":{g: dict(zip(RCOLS, v)) for g, v in REVIEW.items()},
            "narrative":{"new_requests":69,"reviews":5,"lawsuits":5},"flaw":""}
