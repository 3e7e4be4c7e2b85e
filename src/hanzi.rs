//! Traditional ↔ simplified characters for the template vocabulary.
//!
//! Some reports are published (or mirrored) in traditional script, e.g. a
//! site's 繁體 switch. The extractor reads labels after [`simplify`]; the
//! corpus generator writes traditional copies with [`traditionalize`].
//!
//! The tables cover every character of every label and heading in
//! [`crate::template`], the words of the format spec's tables, common report
//! vocabulary (年度报告, 政府信息公开, 街道办事处, 人民政府, 委员会, 复议,
//! 诉讼, 结转, 采购, 金额 …) and the place names the generator uses. Only
//! pairs that are one-to-one within this vocabulary are listed; a few
//! simplified characters with two traditional forms are resolved by word
//! (重复 → 重複, 制作 → 製作, 关系 → 關係), and both forms simplify back.

use std::borrow::Cow;
use std::sync::OnceLock;

/// Simplified → traditional, sorted by the simplified character.
const TO_TRAD: &[(char, char)] = &[
    ('万', '萬'),
    ('与', '與'),
    ('专', '專'),
    ('业', '業'),
    ('东', '東'),
    ('丝', '絲'),
    ('两', '兩'),
    ('严', '嚴'),
    ('个', '個'),
    ('丰', '豐'),
    ('临', '臨'),
    ('为', '為'),
    ('丽', '麗'),
    ('举', '舉'),
    ('义', '義'),
    ('乌', '烏'),
    ('乐', '樂'),
    ('习', '習'),
    ('乡', '鄉'),
    ('书', '書'),
    ('买', '買'),
    ('乱', '亂'),
    ('争', '爭'),
    ('于', '於'),
    ('亏', '虧'),
    ('云', '雲'),
    ('亚', '亞'),
    ('产', '產'),
    ('亩', '畝'),
    ('亲', '親'),
    ('亿', '億'),
    ('仅', '僅'),
    ('从', '從'),
    ('仓', '倉'),
    ('仪', '儀'),
    ('们', '們'),
    ('价', '價'),
    ('众', '眾'),
    ('优', '優'),
    ('会', '會'),
    ('伟', '偉'),
    ('传', '傳'),
    ('伤', '傷'),
    ('体', '體'),
    ('余', '餘'),
    ('侦', '偵'),
    ('侧', '側'),
    ('债', '債'),
    ('储', '儲'),
    ('儿', '兒'),
    ('党', '黨'),
    ('兰', '蘭'),
    ('关', '關'),
    ('兴', '興'),
    ('养', '養'),
    ('内', '內'),
    ('册', '冊'),
    ('写', '寫'),
    ('军', '軍'),
    ('农', '農'),
    ('冯', '馮'),
    ('冲', '衝'),
    ('决', '決'),
    ('况', '況'),
    ('净', '淨'),
    ('准', '準'),
    ('减', '減'),
    ('几', '幾'),
    ('凭', '憑'),
    ('击', '擊'),
    ('划', '劃'),
    ('刘', '劉'),
    ('则', '則'),
    ('创', '創'),
    ('删', '刪'),
    ('别', '別'),
    ('剂', '劑'),
    ('剧', '劇'),
    ('劝', '勸'),
    ('办', '辦'),
    ('务', '務'),
    ('动', '動'),
    ('励', '勵'),
    ('劳', '勞'),
    ('势', '勢'),
    ('区', '區'),
    ('医', '醫'),
    ('华', '華'),
    ('协', '協'),
    ('单', '單'),
    ('卖', '賣'),
    ('卢', '盧'),
    ('卫', '衛'),
    ('却', '卻'),
    ('厂', '廠'),
    ('厅', '廳'),
    ('历', '歷'),
    ('厉', '厲'),
    ('压', '壓'),
    ('厦', '廈'),
    ('县', '縣'),
    ('参', '參'),
    ('双', '雙'),
    ('发', '發'),
    ('变', '變'),
    ('台', '臺'),
    ('号', '號'),
    ('后', '後'),
    ('听', '聽'),
    ('启', '啟'),
    ('吴', '吳'),
    ('员', '員'),
    ('响', '響'),
    ('团', '團'),
    ('园', '園'),
    ('围', '圍'),
    ('国', '國'),
    ('图', '圖'),
    ('圆', '圓'),
    ('场', '場'),
    ('坏', '壞'),
    ('块', '塊'),
    ('坚', '堅'),
    ('坛', '壇'),
    ('坝', '壩'),
    ('壳', '殼'),
    ('处', '處'),
    ('备', '備'),
    ('复', '復'),
    ('够', '夠'),
    ('头', '頭'),
    ('宁', '寧'),
    ('宝', '寶'),
    ('实', '實'),
    ('审', '審'),
    ('宽', '寬'),
    ('宾', '賓'),
    ('对', '對'),
    ('导', '導'),
    ('将', '將'),
    ('尽', '盡'),
    ('层', '層'),
    ('属', '屬'),
    ('岁', '歲'),
    ('岗', '崗'),
    ('岛', '島'),
    ('岭', '嶺'),
    ('岳', '嶽'),
    ('师', '師'),
    ('带', '帶'),
    ('帮', '幫'),
    ('并', '並'),
    ('广', '廣'),
    ('庆', '慶'),
    ('库', '庫'),
    ('应', '應'),
    ('废', '廢'),
    ('开', '開'),
    ('异', '異'),
    ('张', '張'),
    ('弹', '彈'),
    ('强', '強'),
    ('归', '歸'),
    ('当', '當'),
    ('录', '錄'),
    ('彻', '徹'),
    ('径', '徑'),
    ('忆', '憶'),
    ('忧', '憂'),
    ('怀', '懷'),
    ('态', '態'),
    ('总', '總'),
    ('恳', '懇'),
    ('恶', '惡'),
    ('惊', '驚'),
    ('惯', '慣'),
    ('战', '戰'),
    ('户', '戶'),
    ('执', '執'),
    ('扩', '擴'),
    ('扫', '掃'),
    ('扬', '揚'),
    ('扰', '擾'),
    ('抚', '撫'),
    ('抢', '搶'),
    ('护', '護'),
    ('报', '報'),
    ('担', '擔'),
    ('拟', '擬'),
    ('拥', '擁'),
    ('择', '擇'),
    ('挂', '掛'),
    ('挥', '揮'),
    ('损', '損'),
    ('换', '換'),
    ('据', '據'),
    ('携', '攜'),
    ('摄', '攝'),
    ('敌', '敵'),
    ('数', '數'),
    ('断', '斷'),
    ('无', '無'),
    ('旧', '舊'),
    ('时', '時'),
    ('显', '顯'),
    ('晋', '晉'),
    ('晓', '曉'),
    ('暂', '暫'),
    ('术', '術'),
    ('机', '機'),
    ('杀', '殺'),
    ('杂', '雜'),
    ('权', '權'),
    ('条', '條'),
    ('来', '來'),
    ('杨', '楊'),
    ('极', '極'),
    ('构', '構'),
    ('标', '標'),
    ('栋', '棟'),
    ('栏', '欄'),
    ('树', '樹'),
    ('样', '樣'),
    ('档', '檔'),
    ('桥', '橋'),
    ('检', '檢'),
    ('楼', '樓'),
    ('欢', '歡'),
    ('欧', '歐'),
    ('残', '殘'),
    ('毁', '毀'),
    ('毕', '畢'),
    ('气', '氣'),
    ('汇', '匯'),
    ('汉', '漢'),
    ('汤', '湯'),
    ('沟', '溝'),
    ('没', '沒'),
    ('沪', '滬'),
    ('泽', '澤'),
    ('泾', '涇'),
    ('洁', '潔'),
    ('浅', '淺'),
    ('测', '測'),
    ('济', '濟'),
    ('浏', '瀏'),
    ('浒', '滸'),
    ('浓', '濃'),
    ('浔', '潯'),
    ('润', '潤'),
    ('涧', '澗'),
    ('渐', '漸'),
    ('渔', '漁'),
    ('温', '溫'),
    ('游', '遊'),
    ('湾', '灣'),
    ('满', '滿'),
    ('滨', '濱'),
    ('灭', '滅'),
    ('灵', '靈'),
    ('灾', '災'),
    ('点', '點'),
    ('烟', '煙'),
    ('热', '熱'),
    ('爱', '愛'),
    ('状', '狀'),
    ('独', '獨'),
    ('献', '獻'),
    ('环', '環'),
    ('现', '現'),
    ('电', '電'),
    ('画', '畫'),
    ('疗', '療'),
    ('盐', '鹽'),
    ('监', '監'),
    ('盖', '蓋'),
    ('盘', '盤'),
    ('矿', '礦'),
    ('码', '碼'),
    ('础', '礎'),
    ('确', '確'),
    ('碍', '礙'),
    ('礼', '禮'),
    ('离', '離'),
    ('种', '種'),
    ('积', '積'),
    ('称', '稱'),
    ('税', '稅'),
    ('稳', '穩'),
    ('穷', '窮'),
    ('竞', '競'),
    ('笔', '筆'),
    ('筹', '籌'),
    ('签', '簽'),
    ('简', '簡'),
    ('类', '類'),
    ('粮', '糧'),
    ('紧', '緊'),
    ('纠', '糾'),
    ('红', '紅'),
    ('约', '約'),
    ('级', '級'),
    ('纪', '紀'),
    ('纯', '純'),
    ('纲', '綱'),
    ('纳', '納'),
    ('纸', '紙'),
    ('线', '線'),
    ('练', '練'),
    ('组', '組'),
    ('细', '細'),
    ('织', '織'),
    ('终', '終'),
    ('绍', '紹'),
    ('经', '經'),
    ('结', '結'),
    ('绕', '繞'),
    ('绘', '繪'),
    ('给', '給'),
    ('络', '絡'),
    ('绝', '絕'),
    ('统', '統'),
    ('继', '繼'),
    ('绩', '績'),
    ('续', '續'),
    ('维', '維'),
    ('综', '綜'),
    ('绿', '綠'),
    ('缓', '緩'),
    ('缔', '締'),
    ('编', '編'),
    ('缘', '緣'),
    ('缩', '縮'),
    ('缴', '繳'),
    ('网', '網'),
    ('罗', '羅'),
    ('罚', '罰'),
    ('职', '職'),
    ('联', '聯'),
    ('肃', '肅'),
    ('肤', '膚'),
    ('胜', '勝'),
    ('脑', '腦'),
    ('舆', '輿'),
    ('艺', '藝'),
    ('节', '節'),
    ('苏', '蘇'),
    ('范', '範'),
    ('荐', '薦'),
    ('荡', '蕩'),
    ('荣', '榮'),
    ('药', '藥'),
    ('获', '獲'),
    ('营', '營'),
    ('萧', '蕭'),
    ('蒋', '蔣'),
    ('蓝', '藍'),
    ('虑', '慮'),
    ('虽', '雖'),
    ('补', '補'),
    ('装', '裝'),
    ('见', '見'),
    ('规', '規'),
    ('视', '視'),
    ('览', '覽'),
    ('觉', '覺'),
    ('誉', '譽'),
    ('计', '計'),
    ('订', '訂'),
    ('认', '認'),
    ('讨', '討'),
    ('让', '讓'),
    ('讫', '訖'),
    ('训', '訓'),
    ('议', '議'),
    ('讯', '訊'),
    ('记', '記'),
    ('讲', '講'),
    ('许', '許'),
    ('论', '論'),
    ('讼', '訟'),
    ('设', '設'),
    ('访', '訪'),
    ('证', '證'),
    ('评', '評'),
    ('识', '識'),
    ('诉', '訴'),
    ('诊', '診'),
    ('词', '詞'),
    ('试', '試'),
    ('诚', '誠'),
    ('话', '話'),
    ('询', '詢'),
    ('该', '該'),
    ('详', '詳'),
    ('语', '語'),
    ('误', '誤'),
    ('说', '說'),
    ('诵', '誦'),
    ('请', '請'),
    ('诺', '諾'),
    ('读', '讀'),
    ('课', '課'),
    ('调', '調'),
    ('谈', '談'),
    ('谋', '謀'),
    ('谐', '諧'),
    ('谓', '謂'),
    ('谢', '謝'),
    ('谨', '謹'),
    ('贝', '貝'),
    ('负', '負'),
    ('贡', '貢'),
    ('财', '財'),
    ('责', '責'),
    ('败', '敗'),
    ('账', '賬'),
    ('货', '貨'),
    ('质', '質'),
    ('贫', '貧'),
    ('购', '購'),
    ('贯', '貫'),
    ('贴', '貼'),
    ('贵', '貴'),
    ('贷', '貸'),
    ('贸', '貿'),
    ('费', '費'),
    ('贺', '賀'),
    ('资', '資'),
    ('赋', '賦'),
    ('赏', '賞'),
    ('赔', '賠'),
    ('赛', '賽'),
    ('赣', '贛'),
    ('赵', '趙'),
    ('趋', '趨'),
    ('跃', '躍'),
    ('践', '踐'),
    ('车', '車'),
    ('轨', '軌'),
    ('转', '轉'),
    ('轮', '輪'),
    ('软', '軟'),
    ('轻', '輕'),
    ('载', '載'),
    ('较', '較'),
    ('辅', '輔'),
    ('辆', '輛'),
    ('辑', '輯'),
    ('输', '輸'),
    ('辖', '轄'),
    ('辞', '辭'),
    ('边', '邊'),
    ('达', '達'),
    ('迁', '遷'),
    ('过', '過'),
    ('运', '運'),
    ('还', '還'),
    ('这', '這'),
    ('进', '進'),
    ('远', '遠'),
    ('违', '違'),
    ('连', '連'),
    ('迟', '遲'),
    ('适', '適'),
    ('选', '選'),
    ('递', '遞'),
    ('逻', '邏'),
    ('遗', '遺'),
    ('邓', '鄧'),
    ('邮', '郵'),
    ('邻', '鄰'),
    ('郑', '鄭'),
    ('释', '釋'),
    ('鉴', '鑒'),
    ('针', '針'),
    ('钓', '釣'),
    ('钟', '鐘'),
    ('钢', '鋼'),
    ('钱', '錢'),
    ('铁', '鐵'),
    ('银', '銀'),
    ('链', '鏈'),
    ('销', '銷'),
    ('锁', '鎖'),
    ('错', '錯'),
    ('锡', '錫'),
    ('锦', '錦'),
    ('键', '鍵'),
    ('镇', '鎮'),
    ('长', '長'),
    ('门', '門'),
    ('闭', '閉'),
    ('问', '問'),
    ('闲', '閒'),
    ('间', '間'),
    ('闸', '閘'),
    ('闻', '聞'),
    ('闽', '閩'),
    ('阀', '閥'),
    ('阅', '閱'),
    ('队', '隊'),
    ('阳', '陽'),
    ('阴', '陰'),
    ('阶', '階'),
    ('际', '際'),
    ('陆', '陸'),
    ('陈', '陳'),
    ('陕', '陝'),
    ('险', '險'),
    ('随', '隨'),
    ('隐', '隱'),
    ('难', '難'),
    ('页', '頁'),
    ('项', '項'),
    ('顺', '順'),
    ('须', '須'),
    ('顾', '顧'),
    ('预', '預'),
    ('领', '領'),
    ('频', '頻'),
    ('题', '題'),
    ('额', '額'),
    ('风', '風'),
    ('飞', '飛'),
    ('馆', '館'),
    ('馈', '饋'),
    ('马', '馬'),
    ('驻', '駐'),
    ('验', '驗'),
    ('鱼', '魚'),
    ('鲁', '魯'),
    ('鲜', '鮮'),
    ('鸡', '雞'),
    ('鸭', '鴨'),
    ('鹅', '鵝'),
    ('鹤', '鶴'),
    ('鹰', '鷹'),
    ('齐', '齊'),
    ('龄', '齡'),
    ('龙', '龍'),
];

/// Traditional → simplified, sorted by the traditional character.
const TO_SIMP: &[(char, char)] = &[
    ('並', '并'),
    ('亂', '乱'),
    ('亞', '亚'),
    ('來', '来'),
    ('係', '系'),
    ('倉', '仓'),
    ('個', '个'),
    ('們', '们'),
    ('偉', '伟'),
    ('側', '侧'),
    ('偵', '侦'),
    ('備', '备'),
    ('傳', '传'),
    ('債', '债'),
    ('傷', '伤'),
    ('僅', '仅'),
    ('價', '价'),
    ('儀', '仪'),
    ('億', '亿'),
    ('優', '优'),
    ('儲', '储'),
    ('兒', '儿'),
    ('內', '内'),
    ('兩', '两'),
    ('冊', '册'),
    ('別', '别'),
    ('刪', '删'),
    ('則', '则'),
    ('創', '创'),
    ('劃', '划'),
    ('劇', '剧'),
    ('劉', '刘'),
    ('劑', '剂'),
    ('動', '动'),
    ('務', '务'),
    ('勝', '胜'),
    ('勞', '劳'),
    ('勢', '势'),
    ('勵', '励'),
    ('勸', '劝'),
    ('匯', '汇'),
    ('區', '区'),
    ('協', '协'),
    ('卻', '却'),
    ('厲', '厉'),
    ('參', '参'),
    ('吳', '吴'),
    ('員', '员'),
    ('問', '问'),
    ('啟', '启'),
    ('單', '单'),
    ('嚴', '严'),
    ('國', '国'),
    ('圍', '围'),
    ('園', '园'),
    ('圓', '圆'),
    ('圖', '图'),
    ('團', '团'),
    ('執', '执'),
    ('堅', '坚'),
    ('報', '报'),
    ('場', '场'),
    ('塊', '块'),
    ('壇', '坛'),
    ('壓', '压'),
    ('壞', '坏'),
    ('壩', '坝'),
    ('夠', '够'),
    ('實', '实'),
    ('寧', '宁'),
    ('審', '审'),
    ('寫', '写'),
    ('寬', '宽'),
    ('寶', '宝'),
    ('將', '将'),
    ('專', '专'),
    ('對', '对'),
    ('導', '导'),
    ('層', '层'),
    ('屬', '属'),
    ('島', '岛'),
    ('崗', '岗'),
    ('嶺', '岭'),
    ('嶽', '岳'),
    ('師', '师'),
    ('帶', '带'),
    ('幫', '帮'),
    ('幾', '几'),
    ('庫', '库'),
    ('廈', '厦'),
    ('廠', '厂'),
    ('廢', '废'),
    ('廣', '广'),
    ('廳', '厅'),
    ('張', '张'),
    ('強', '强'),
    ('彈', '弹'),
    ('後', '后'),
    ('徑', '径'),
    ('從', '从'),
    ('復', '复'),
    ('徹', '彻'),
    ('惡', '恶'),
    ('愛', '爱'),
    ('態', '态'),
    ('慣', '惯'),
    ('慮', '虑'),
    ('慶', '庆'),
    ('憂', '忧'),
    ('憑', '凭'),
    ('憶', '忆'),
    ('懇', '恳'),
    ('應', '应'),
    ('懷', '怀'),
    ('戰', '战'),
    ('戶', '户'),
    ('掃', '扫'),
    ('掛', '挂'),
    ('揚', '扬'),
    ('換', '换'),
    ('揮', '挥'),
    ('損', '损'),
    ('搶', '抢'),
    ('撫', '抚'),
    ('擁', '拥'),
    ('擇', '择'),
    ('擊', '击'),
    ('擔', '担'),
    ('據', '据'),
    ('擬', '拟'),
    ('擴', '扩'),
    ('擾', '扰'),
    ('攜', '携'),
    ('攝', '摄'),
    ('敗', '败'),
    ('敵', '敌'),
    ('數', '数'),
    ('斷', '断'),
    ('於', '于'),
    ('時', '时'),
    ('晉', '晋'),
    ('暫', '暂'),
    ('曉', '晓'),
    ('書', '书'),
    ('會', '会'),
    ('東', '东'),
    ('條', '条'),
    ('棟', '栋'),
    ('楊', '杨'),
    ('業', '业'),
    ('極', '极'),
    ('榮', '荣'),
    ('構', '构'),
    ('樂', '乐'),
    ('樓', '楼'),
    ('標', '标'),
    ('樣', '样'),
    ('樹', '树'),
    ('橋', '桥'),
    ('機', '机'),
    ('檔', '档'),
    ('檢', '检'),
    ('欄', '栏'),
    ('權', '权'),
    ('歐', '欧'),
    ('歡', '欢'),
    ('歲', '岁'),
    ('歷', '历'),
    ('歸', '归'),
    ('殘', '残'),
    ('殺', '杀'),
    ('殼', '壳'),
    ('毀', '毁'),
    ('氣', '气'),
    ('決', '决'),
    ('沒', '没'),
    ('況', '况'),
    ('涇', '泾'),
    ('淨', '净'),
    ('淺', '浅'),
    ('減', '减'),
    ('測', '测'),
    ('湯', '汤'),
    ('準', '准'),
    ('溝', '沟'),
    ('溫', '温'),
    ('滅', '灭'),
    ('滬', '沪'),
    ('滸', '浒'),
    ('滿', '满'),
    ('漁', '渔'),
    ('漢', '汉'),
    ('漸', '渐'),
    ('潔', '洁'),
    ('潤', '润'),
    ('潯', '浔'),
    ('澗', '涧'),
    ('澤', '泽'),
    ('濃', '浓'),
    ('濟', '济'),
    ('濱', '滨'),
    ('瀏', '浏'),
    ('灣', '湾'),
    ('災', '灾'),
    ('為', '为'),
    ('烏', '乌'),
    ('無', '无'),
    ('煙', '烟'),
    ('熱', '热'),
    ('營', '营'),
    ('爭', '争'),
    ('狀', '状'),
    ('獨', '独'),
    ('獲', '获'),
    ('獻', '献'),
    ('現', '现'),
    ('環', '环'),
    ('產', '产'),
    ('畝', '亩'),
    ('畢', '毕'),
    ('畫', '画'),
    ('異', '异'),
    ('當', '当'),
    ('療', '疗'),
    ('發', '发'),
    ('盡', '尽'),
    ('監', '监'),
    ('盤', '盘'),
    ('盧', '卢'),
    ('眾', '众'),
    ('確', '确'),
    ('碼', '码'),
    ('礎', '础'),
    ('礙', '碍'),
    ('礦', '矿'),
    ('禮', '礼'),
    ('稅', '税'),
    ('種', '种'),
    ('稱', '称'),
    ('積', '积'),
    ('穩', '稳'),
    ('窮', '穷'),
    ('競', '竞'),
    ('筆', '笔'),
    ('節', '节'),
    ('範', '范'),
    ('簡', '简'),
    ('簽', '签'),
    ('籌', '筹'),
    ('糧', '粮'),
    ('糾', '纠'),
    ('紀', '纪'),
    ('約', '约'),
    ('紅', '红'),
    ('納', '纳'),
    ('純', '纯'),
    ('紙', '纸'),
    ('級', '级'),
    ('細', '细'),
    ('紹', '绍'),
    ('終', '终'),
    ('組', '组'),
    ('結', '结'),
    ('絕', '绝'),
    ('絡', '络'),
    ('給', '给'),
    ('統', '统'),
    ('絲', '丝'),
    ('經', '经'),
    ('綜', '综'),
    ('綠', '绿'),
    ('維', '维'),
    ('綱', '纲'),
    ('網', '网'),
    ('緊', '紧'),
    ('線', '线'),
    ('締', '缔'),
    ('緣', '缘'),
    ('編', '编'),
    ('緩', '缓'),
    ('練', '练'),
    ('縣', '县'),
    ('縮', '缩'),
    ('總', '总'),
    ('績', '绩'),
    ('織', '织'),
    ('繞', '绕'),
    ('繪', '绘'),
    ('繫', '系'),
    ('繳', '缴'),
    ('繼', '继'),
    ('續', '续'),
    ('罰', '罚'),
    ('羅', '罗'),
    ('義', '义'),
    ('習', '习'),
    ('聞', '闻'),
    ('聯', '联'),
    ('職', '职'),
    ('聽', '听'),
    ('肅', '肃'),
    ('腦', '脑'),
    ('膚', '肤'),
    ('臨', '临'),
    ('臺', '台'),
    ('與', '与'),
    ('興', '兴'),
    ('舉', '举'),
    ('舊', '旧'),
    ('華', '华'),
    ('萬', '万'),
    ('蓋', '盖'),
    ('蔣', '蒋'),
    ('蕩', '荡'),
    ('蕭', '萧'),
    ('薦', '荐'),
    ('藍', '蓝'),
    ('藝', '艺'),
    ('藥', '药'),
    ('蘇', '苏'),
    ('蘭', '兰'),
    ('處', '处'),
    ('號', '号'),
    ('虧', '亏'),
    ('術', '术'),
    ('衛', '卫'),
    ('衝', '冲'),
    ('補', '补'),
    ('裝', '装'),
    ('製', '制'),
    ('複', '复'),
    ('見', '见'),
    ('規', '规'),
    ('視', '视'),
    ('親', '亲'),
    ('覺', '觉'),
    ('覽', '览'),
    ('訂', '订'),
    ('計', '计'),
    ('訊', '讯'),
    ('討', '讨'),
    ('訓', '训'),
    ('訖', '讫'),
    ('記', '记'),
    ('訟', '讼'),
    ('訪', '访'),
    ('設', '设'),
    ('許', '许'),
    ('訴', '诉'),
    ('診', '诊'),
    ('評', '评'),
    ('詞', '词'),
    ('詢', '询'),
    ('試', '试'),
    ('話', '话'),
    ('該', '该'),
    ('詳', '详'),
    ('認', '认'),
    ('語', '语'),
    ('誠', '诚'),
    ('誤', '误'),
    ('誦', '诵'),
    ('說', '说'),
    ('課', '课'),
    ('調', '调'),
    ('談', '谈'),
    ('請', '请'),
    ('論', '论'),
    ('諧', '谐'),
    ('諾', '诺'),
    ('謀', '谋'),
    ('謂', '谓'),
    ('講', '讲'),
    ('謝', '谢'),
    ('謹', '谨'),
    ('證', '证'),
    ('識', '识'),
    ('議', '议'),
    ('護', '护'),
    ('譽', '誉'),
    ('讀', '读'),
    ('變', '变'),
    ('讓', '让'),
    ('豐', '丰'),
    ('貝', '贝'),
    ('負', '负'),
    ('財', '财'),
    ('貢', '贡'),
    ('貧', '贫'),
    ('貨', '货'),
    ('貫', '贯'),
    ('責', '责'),
    ('貴', '贵'),
    ('買', '买'),
    ('貸', '贷'),
    ('費', '费'),
    ('貼', '贴'),
    ('貿', '贸'),
    ('賀', '贺'),
    ('資', '资'),
    ('賓', '宾'),
    ('賞', '赏'),
    ('賠', '赔'),
    ('賣', '卖'),
    ('賦', '赋'),
    ('質', '质'),
    ('賬', '账'),
    ('購', '购'),
    ('賽', '赛'),
    ('贛', '赣'),
    ('趙', '赵'),
    ('趨', '趋'),
    ('踐', '践'),
    ('躍', '跃'),
    ('車', '车'),
    ('軌', '轨'),
    ('軍', '军'),
    ('軟', '软'),
    ('較', '较'),
    ('載', '载'),
    ('輔', '辅'),
    ('輕', '轻'),
    ('輛', '辆'),
    ('輪', '轮'),
    ('輯', '辑'),
    ('輸', '输'),
    ('輿', '舆'),
    ('轄', '辖'),
    ('轉', '转'),
    ('辦', '办'),
    ('辭', '辞'),
    ('農', '农'),
    ('這', '这'),
    ('連', '连'),
    ('進', '进'),
    ('遊', '游'),
    ('運', '运'),
    ('過', '过'),
    ('達', '达'),
    ('違', '违'),
    ('遞', '递'),
    ('遠', '远'),
    ('適', '适'),
    ('遲', '迟'),
    ('遷', '迁'),
    ('選', '选'),
    ('遺', '遗'),
    ('還', '还'),
    ('邊', '边'),
    ('邏', '逻'),
    ('郵', '邮'),
    ('鄉', '乡'),
    ('鄧', '邓'),
    ('鄭', '郑'),
    ('鄰', '邻'),
    ('醫', '医'),
    ('釋', '释'),
    ('針', '针'),
    ('釣', '钓'),
    ('銀', '银'),
    ('銷', '销'),
    ('鋼', '钢'),
    ('錄', '录'),
    ('錢', '钱'),
    ('錦', '锦'),
    ('錫', '锡'),
    ('錯', '错'),
    ('鍵', '键'),
    ('鎖', '锁'),
    ('鎮', '镇'),
    ('鏈', '链'),
    ('鐘', '钟'),
    ('鐵', '铁'),
    ('鑒', '鉴'),
    ('長', '长'),
    ('門', '门'),
    ('閉', '闭'),
    ('開', '开'),
    ('閒', '闲'),
    ('間', '间'),
    ('閘', '闸'),
    ('閥', '阀'),
    ('閩', '闽'),
    ('閱', '阅'),
    ('關', '关'),
    ('陝', '陕'),
    ('陰', '阴'),
    ('陳', '陈'),
    ('陸', '陆'),
    ('陽', '阳'),
    ('隊', '队'),
    ('階', '阶'),
    ('際', '际'),
    ('隨', '随'),
    ('險', '险'),
    ('隱', '隐'),
    ('雖', '虽'),
    ('雙', '双'),
    ('雜', '杂'),
    ('雞', '鸡'),
    ('離', '离'),
    ('難', '难'),
    ('雲', '云'),
    ('電', '电'),
    ('靈', '灵'),
    ('響', '响'),
    ('頁', '页'),
    ('項', '项'),
    ('順', '顺'),
    ('須', '须'),
    ('預', '预'),
    ('領', '领'),
    ('頭', '头'),
    ('頻', '频'),
    ('題', '题'),
    ('額', '额'),
    ('類', '类'),
    ('顧', '顾'),
    ('顯', '显'),
    ('風', '风'),
    ('飛', '飞'),
    ('養', '养'),
    ('餘', '余'),
    ('館', '馆'),
    ('饋', '馈'),
    ('馬', '马'),
    ('馮', '冯'),
    ('駐', '驻'),
    ('驗', '验'),
    ('驚', '惊'),
    ('體', '体'),
    ('魚', '鱼'),
    ('魯', '鲁'),
    ('鮮', '鲜'),
    ('鴨', '鸭'),
    ('鵝', '鹅'),
    ('鶴', '鹤'),
    ('鷹', '鹰'),
    ('鹽', '盐'),
    ('麗', '丽'),
    ('點', '点'),
    ('黨', '党'),
    ('齊', '齐'),
    ('齡', '龄'),
    ('龍', '龙'),
];

/// Words whose traditional form is not the character-by-character one.
const TRAD_WORDS: &[(&str, &str)] = &[
    ("重复", "重複"),
    ("复制", "複製"),
    ("制作", "製作"),
    ("关系", "關係"),
    ("联系", "聯繫"),
];

/// One bit per BMP code point: set for the keys of a table, so that the
/// hot path ([`simplify`] over every character of a report) rejects a
/// character with one load instead of a binary search.
type Keys = [u64; 1024];

const fn keys(table: &[(char, char)]) -> Keys {
    let mut out = [0u64; 1024];
    let mut i = 0;
    while i < table.len() {
        let c = table[i].0 as u32;
        if c < 0x10000 {
            out[(c >> 6) as usize] |= 1 << (c & 63);
        }
        i += 1;
    }
    out
}

static SIMP_KEYS: Keys = keys(TO_SIMP);

/// Whether `c` may be a key of `TO_SIMP` (always true outside the BMP).
fn maybe_traditional(c: char) -> bool {
    let u = c as u32;
    u >= 0x10000 || SIMP_KEYS[(u >> 6) as usize] >> (u & 63) & 1 != 0
}

fn lookup(table: &[(char, char)], c: char) -> Option<char> {
    table
        .binary_search_by(|&(k, _)| k.cmp(&c))
        .ok()
        .map(|i| table[i].1)
}

/// The simplified form of `c` (itself when it has none in the tables).
pub fn to_simplified(c: char) -> char {
    if c.is_ascii() || !maybe_traditional(c) {
        return c;
    }
    lookup(TO_SIMP, c).unwrap_or(c)
}

/// The traditional form of `c` (itself when it has none in the tables).
/// Characters with two traditional forms get the commoner one in reports
/// (复 → 復, 制 → 制, 系 → 系); [`traditionalize`] fixes them by word.
pub fn to_traditional(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    lookup(TO_TRAD, c).unwrap_or(c)
}

/// `s` with traditional characters of the template vocabulary simplified.
/// Borrows when nothing changes (the common case), so it is cheap on the
/// hot path: ASCII and unchanged characters cost one comparison or one
/// binary search each.
pub fn simplify(s: &str) -> Cow<'_, str> {
    let first = s
        .char_indices()
        .find(|&(_, c)| !c.is_ascii() && maybe_traditional(c) && lookup(TO_SIMP, c).is_some());
    let Some((at, _)) = first else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..at]);
    out.extend(s[at..].chars().map(to_simplified));
    Cow::Owned(out)
}

/// `s` in traditional script, as a 繁體 copy of a report would print it.
pub fn traditionalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut rest = s;
    'outer: while let Some(c) = rest.chars().next() {
        if !c.is_ascii() {
            for (simp, trad) in TRAD_WORDS {
                if rest.starts_with(simp) {
                    out.push_str(trad);
                    rest = &rest[simp.len()..];
                    continue 'outer;
                }
            }
        }
        out.push(to_traditional(c));
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Whether `c` is in the CJK Unified Ideographs block (U+4E00–U+9FFF),
/// where nearly every character of a report is: the fast path of the
/// per-character tests here and in label matching.
pub fn is_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether `c` starts an NFKC segment of its own and stays as it is:
/// combining class 0 and NFKC quick check "yes".
fn is_stable(c: char) -> bool {
    use unicode_normalization::{char::canonical_combining_class, is_nfkc_quick, IsNormalized};
    c.is_ascii()
        || is_ideograph(c)
        || (canonical_combining_class(c) == 0
            && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

/// [`is_stable`] for every BMP code point, one bit each (8 KB, built on
/// first use): the per-character test of [`nfkc_each`] is one load.
fn stable_bmp() -> &'static Keys {
    static BITS: OnceLock<Box<Keys>> = OnceLock::new();
    BITS.get_or_init(|| {
        let mut bits = Box::new([0u64; 1024]);
        for u in 0..0x10000u32 {
            if char::from_u32(u).is_some_and(is_stable) {
                bits[(u >> 6) as usize] |= 1 << (u & 63);
            }
        }
        bits
    })
}

/// Calls `f` on every character of NFKC(`s`), as `s.nfkc()` yields them,
/// several times faster on report text.
///
/// Most report text is already in NFKC (ASCII, CJK ideographs), and the
/// full normaliser costs a buffer and two table walks per character. So
/// the text is cut before every character that starts a normalisation
/// segment of its own (combining class 0 and NFKC quick check "yes": no
/// character before it can change or combine with it); a segment of such
/// a character alone is passed through, any other segment is normalised
/// on its own. The result is the same as normalising the whole string.
/// Full-width ASCII (`１`, `，`, `（`), the commonest change in report
/// text, also starts a segment: it becomes its ASCII letter, which nothing
/// before it combines with.
pub fn nfkc_each(s: &str, mut f: impl FnMut(char)) {
    use unicode_normalization::UnicodeNormalization;
    // The character a segment starting with `c` stands for when it is
    // alone, or `None` when `c` does not start a segment.
    let stable = stable_bmp();
    let starter = |c: char| -> Option<char> {
        let u = c as u32;
        if u < 0x10000 {
            if stable[(u >> 6) as usize] >> (u & 63) & 1 != 0 {
                return Some(c);
            }
            if (0xff01..=0xff5e).contains(&u) {
                return char::from_u32(u - 0xfee0);
            }
            return None;
        }
        is_stable(c).then_some(c)
    };
    // The open segment: its start, its first character's stand-in when it
    // began with a starter, and whether anything else joined it.
    let mut seg = 0;
    let mut head: Option<char> = None;
    let mut dirty = false;
    for (i, c) in s.char_indices() {
        match starter(c) {
            Some(alone) => {
                if dirty {
                    s[seg..i].nfkc().for_each(&mut f);
                } else if let Some(h) = head {
                    f(h);
                }
                seg = i;
                head = Some(alone);
                dirty = false;
            }
            None => dirty = true,
        }
    }
    if dirty {
        s[seg..].nfkc().for_each(&mut f);
    } else if let Some(h) = head {
        f(h);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn nfkc_each_matches_the_full_normaliser() {
        for s in [
            "",
            "abc",
            "（一）予以公开　１２３",
            "e\u{301}x\u{301}\u{323}ﬁ",
            "\u{1100}\u{1161}\u{11a8}각\u{11a8}",
            "豈更車\u{f900}①㍿",
            "\u{301}leading mark",
            "年度报告\u{3000}2020年",
        ] {
            let mut got = String::new();
            nfkc_each(s, |c| got.push(c));
            let want: String = s.nfkc().collect();
            assert_eq!(got, want, "{s:?}");
        }
    }

    proptest::proptest! {
        /// Any mix of what reports hold (ASCII, ideographs, full-width
        /// forms, combining marks, jamo, compatibility characters) folds
        /// exactly as the full normaliser folds it.
        #[test]
        fn nfkc_each_equals_nfkc_on_any_mix(
            s in "[a-z0-9 ,.(年度报告公開资訊\u{ff01}-\u{ff5e}\u{3000}-\u{303f}\u{300}-\u{36f}\u{1100}-\u{1112}\u{1161}-\u{1175}\u{11a8}-\u{11c2}\u{f900}-\u{f90f}\u{2460}-\u{2473}\u{3300}-\u{3310}]{0,40}"
        ) {
            let mut got = String::new();
            nfkc_each(&s, |c| got.push(c));
            let want: String = s.nfkc().collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    use crate::template::{
        ACTIVE_2019, ACTIVE_2021, GROUP_DENIED, GROUP_OTHER, GROUP_REJECTED, GROUP_RESULTS,
        GROUP_UNABLE, REQUEST_COLS, REQUEST_ROWS, REVIEW_COLS, REVIEW_GROUPS, SECTIONS,
    };

    fn labels() -> Vec<&'static str> {
        let mut v: Vec<&'static str> = Vec::new();
        v.extend(REQUEST_ROWS.iter().map(|r| r.label));
        v.extend(REQUEST_COLS.iter().map(|c| c.label));
        v.extend(REVIEW_GROUPS.iter().map(|c| c.label));
        v.extend(REVIEW_COLS.iter().map(|c| c.label));
        for r in ACTIVE_2019.iter().chain(ACTIVE_2021.iter()) {
            v.push(r.label);
            v.push(r.caption);
            v.extend(r.cols.iter().map(|c| c.label));
        }
        v.extend(SECTIONS.iter().map(|s| s.1));
        v.extend([
            GROUP_DENIED,
            GROUP_UNABLE,
            GROUP_REJECTED,
            GROUP_OTHER,
            GROUP_RESULTS,
        ]);
        v.extend([
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            "申请人情况",
            "法人或其他组织",
            "信息内容",
            "行政诉讼",
            "未经复议直接起诉",
            "复议后起诉",
            "政府信息公开工作年度报告",
            "街道办事处人民政府区县市局委员会申请复议诉讼处理结转总计合计数量条例规定机关办理结果维持纠正审结收费采购金额万元项目",
        ]);
        v
    }

    #[test]
    fn key_bits_cover_every_key() {
        for &(t, _) in TO_SIMP {
            assert!(maybe_traditional(t), "{t}");
        }
        let set = SIMP_KEYS.iter().map(|w| w.count_ones()).sum::<u32>() as usize;
        assert_eq!(set, TO_SIMP.len());
    }

    #[test]
    fn tables_sorted_and_unique() {
        assert!(TO_TRAD.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(TO_SIMP.windows(2).all(|w| w[0].0 < w[1].0));
        for &(s, t) in TO_TRAD {
            assert_eq!(to_simplified(t), s, "{s}{t}");
            assert!(lookup(TO_TRAD, t).is_none(), "{t} is both");
        }
    }

    #[test]
    fn labels_round_trip_and_fit_big5() {
        for l in labels() {
            let t = traditionalize(l);
            assert_eq!(simplify(&t), l, "{l} -> {t}");
            // A label's parts separated by `·` are printed separately.
            for part in t.split('·') {
                let (_, _, unmappable) = encoding_rs::BIG5.encode(part);
                assert!(!unmappable, "{part} not in Big5");
            }
        }
    }

    #[test]
    fn known_pairs_and_words() {
        assert_eq!(traditionalize("本年新制作数量"), "本年新製作數量");
        assert_eq!(traditionalize("2.重复申请"), "2.重複申請");
        assert_eq!(traditionalize("行政复议"), "行政復議");
        assert_eq!(simplify("國務院辦公廳"), "国务院办公厅");
        assert!(matches!(simplify("abc 自然人 12"), Cow::Borrowed(_)));
        assert_eq!(simplify("重複申請"), "重复申请");
    }
}
