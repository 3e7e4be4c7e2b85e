"""Sound section-三 tables laid out as pypdf's layout mode prints them, made
by a reviewer (not by the code that reads them) to look like a table whose
总计 column was cut off the page: a column blank throughout, the 总计 header
named with a unit or not at all. Each keeps the head and tail of round 20's
02 (pypdf layout). Used by the test
`a_table_whose_total_column_was_cut_off_is_read_by_its_columns`:

  blank-first-column-total-named-with-unit.txt:
      --blank 0 --total jian --cols 60,67,74,83,95,100,104
  blank-last-column-total-unnamed.txt:
      --blank 5 --total none --cols 60,67,74,83,95,100,104
"""
import sys, json
import os
F=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../fixtures/external/handwritten-round20/02-2020-2019-outcome-total/chrome-pdf-pypdf-layout.txt')
L=open(F,encoding='utf-8').read().split('\n')
head=L[:64]; tail=L[116:]
# sound data: 7 columns (np, biz, research, nonprofit, legal, other) + total
rows=[
("一、本年新收政府信息公开申请数量",[142,28,0,1,7,3]),
("二、上年结转政府信息公开申请数量",[7,2,0,0,0,0]),
("三、本年度办理结果      （一）予以公开",[64,12,0,1,3,2]),
("               （二）部分公开（区分处理的，只计这一情形，不计其他情形）",[11,3,0,0,1,0]),
("               （三）不予公开     1.属于国家秘密",[0,0,0,0,0,0]),
("                           2.其他法律行政法规禁止公开",[1,0,0,0,0,0]),
("                           3.危及“三安全一稳定”",[1,0,0,0,0,0]),
("                           4.保护第三方合法权益",[5,2,0,0,0,0]),
("                           5.属于三类内部事务信息",[2,0,0,0,0,0]),
("                           6.属于四类过程性信息",[4,1,0,0,0,0]),
("                           7.属于行政执法案卷",[3,0,0,0,1,0]),
("                           8.属于行政查询事项",[2,1,0,0,0,0]),
("                           1.本机关不掌握相关政府信息",[18,5,0,0,1,1]),
("               （四）无法提供       2.没有现成信息需要另行制作",[6,2,0,0,0,0]),
("                           3.补正后申请内容仍不明确",[3,0,0,0,0,0]),
("                           1.信访举报投诉类申请",[11,1,0,0,0,0]),
("                           2.重复申请",[5,1,0,0,0,0]),
("               （五）不予处理       3.要求提供公开出版物",[1,0,0,0,0,0]),
("                           4.无正当理由大量反复申请",[3,0,0,0,0,0]),
("                           5.要求行政机关确认或重新出具已获取信息",[2,0,0,0,0,0]),
("               （六）其他处理",[4,1,0,0,0,0]),
("               （七）总计",None),
("四、结转下年度继续办理",None),
]
if True:
    pass
# compute totals row and carry-over consistently
import sys as _s
_bl=int(_s.argv[_s.argv.index('--blank')+1]) if '--blank' in _s.argv else -1
if _bl>=0:
    rows=[(l,[0 if i==_bl else x for i,x in enumerate(v)] if v else v) for l,v in rows]
outs=[r[1] for r in rows[2:21]]
tot=[sum(c) for c in zip(*outs)]
new=rows[0][1]; co=rows[1][1]
carry=[new[i]+co[i]-tot[i] for i in range(6)]
rows[21]=(rows[21][0],tot); rows[22]=(rows[22][0],carry)
import argparse
ap=argparse.ArgumentParser()
ap.add_argument('--blank',type=int,default=-1)   # column index blank throughout (0..5)
ap.add_argument('--total',default='line70')      # where 总计 header sits: line70/line69/line67/none/wrap
ap.add_argument('--align',default='left')         # left/right
ap.add_argument('--nototal',action='store_true')  # no total column at all (cut off)
ap.add_argument('--cols',default='60,67,74,83,93,101,109')
a=ap.parse_args()
cols=[int(x) for x in a.cols.split(',')]
def wid(s):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)
def place(line, col, text, right):
    # char-based layout (like pdftotext): pad by characters
    n=len(line)
    start = col-len(text)+1 if right else col
    if start<=n: start=n+2
    return line+' '*(start-n)+text
out=[]
out.append('      三、收到和处理政府信息公开申请情况')
out.append('')
h67=' '*60+'申请人情况'
h69='      （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'
h69=h69+' '*(80-len(h69))+'法人或其他组织'
names=['自然人','商业企业','科研机构','社会公益组织','法律服务机构','其他','总计']
h70=''
for i,nm in enumerate(names[:6]):
    h70=place(h70,cols[i]-1,nm,False)
if not a.nototal:
    if a.total=='line70': h70=place(h70,cols[6]-1,'总计',False)
    elif a.total=='line69': h69=place(h69,cols[6]-1,'总计',False)
    elif a.total=='line67': h67=place(h67,cols[6]-1,'总计',False)
    elif a.total=='hj': h70=place(h70,cols[6]-1,'合计',False)
    elif a.total=='jian': h70=place(h70,cols[6]-1,'总计（件）',False)
out+= [h67,'',h69,h70,'','']
for lab,v in rows:
    vals=list(v)+[sum(v)]
    if a.nototal: vals=vals[:6]
    s=lab
    for i,x in enumerate(vals):
        if i==a.blank: continue
        s=place(s,cols[i]+(2 if a.align=='right' else 0),str(x),a.align=='right')
    out+=[s,'']
print('\n'.join(head+out+tail))
