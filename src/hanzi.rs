//! Traditional → simplified characters for the template vocabulary, and
//! the per-character folds label matching needs ([`nfkc_each`],
//! [`is_ideograph`]).
//!
//! Decision (kept, not a crate): the hot path folds one character at a
//! time (every character of every label cell, see `extract::label::norm`),
//! and no crate has a per-character lookup: `fast2s` (MIT) converts whole
//! strings only, 2.8× the instructions of [`to_simplified`] on the labels,
//! and has had no release since 2022; `ferrous-opencc` (Apache-2.0)
//! segments phrases, ~70× the instructions; `zhconv` is GPL. The test
//! `hanzi::every_template_word_in_traditional_script_simplifies_back`
//! (tests/hanzi.rs) converts every label, heading, column header, marker
//! and section word with OpenCC (three traditional standards) and checks
//! that [`simplify`] brings each back, so a missing pair fails it; the
//! generator (tests/gen) writes its traditional reports with OpenCC too.
//!
//! Some reports are published (or mirrored) in traditional script, e.g. a
//! site's 繁體 switch. The extractor reads labels after [`simplify`]. The
//! table covers every character of every label and heading in
//! [`crate::template`], the words of the format spec's tables, common
//! report vocabulary (年度报告, 政府信息公开, 街道办事处, 人民政府, 委员会,
//! 复议, 诉讼, 结转, 采购, 金额 …) and the place names the generator uses,
//! in the forms of the mainland, Taiwan and Hong Kong standards (採購,
//! 祕密, 説明, 爲, 衆, 裏) and those automatic converters print (灣裡區). A character is folded alone, so a few that are also
//! simplified characters fold by what they mean in the labels: 覆 → 复
//! (反覆申請), 係 → 系, 製 → 制.

use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};

/// Traditional → simplified, sorted by the traditional character.
const TO_SIMP: &[(char, char)] = &[
    ('並', '并'),
    ('亂', '乱'),
    ('亞', '亚'),
    ('佈', '布'),
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
    ('採', '采'),
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
    ('曆', '历'),
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
    ('洩', '泄'),
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
    ('爲', '为'),
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
    ('祕', '秘'),
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
    ('羣', '群'),
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
    ('衆', '众'),
    ('術', '术'),
    ('衛', '卫'),
    ('衝', '冲'),
    ('裏', '里'),
    ('補', '补'),
    ('裝', '装'),
    ('裡', '里'),
    ('製', '制'),
    ('複', '复'),
    ('覆', '复'),
    ('覈', '核'),
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
    ('託', '托'),
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
    ('説', '说'),
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
    ('閲', '阅'),
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

/// [`is_stable`] for every BMP code point, one bit each (8 KB), each word
/// of 64 code points worked out on first use: building the whole map
/// cost 17 M instructions per process (a tenth of a small run), while
/// report text touches a few dozen words (ASCII, CJK punctuation,
/// ideographs, full-width forms).
struct StableBmp {
    bits: [AtomicU64; 1024],
    /// Which words of `bits` are worked out, one bit per word.
    ready: [AtomicU64; 16],
}

static STABLE_BMP: StableBmp = StableBmp {
    bits: [const { AtomicU64::new(0) }; 1024],
    ready: [const { AtomicU64::new(0) }; 16],
};

/// Word `w` of the [`StableBmp`] map (code points `64 w .. 64 w + 63`).
#[inline]
fn stable_word(w: usize) -> u64 {
    let (r, bit) = (w >> 6, 1u64 << (w & 63));
    if STABLE_BMP.ready[r].load(Ordering::Acquire) & bit != 0 {
        return STABLE_BMP.bits[w].load(Ordering::Relaxed);
    }
    // Two threads may both work a word out: they store the same value.
    let mut v = 0u64;
    for k in 0..64u32 {
        if char::from_u32((w as u32) << 6 | k).is_some_and(is_stable) {
            v |= 1 << k;
        }
    }
    STABLE_BMP.bits[w].store(v, Ordering::Relaxed);
    STABLE_BMP.ready[r].fetch_or(bit, Ordering::Release);
    v
}

/// Radicals in a report's text, as PDF extractors print the glyphs of some
/// fonts (`⼀、总体情况`, `⾏政许可`, `⻚`): the ideographs they stand
/// for, so that headings and labels read. Kangxi radicals (U+2F00–2FD5)
/// by NFKC; the supplement's simplified forms (U+2E80–2EF3), which NFKC
/// leaves, by a table of their own. Text without either is returned as
/// it is, without a copy.
pub fn radicals_to_ideographs(s: &str) -> Cow<'_, str> {
    // Both blocks encode as E2 BA 80 … E2 BF 9F: a byte test over E2 BA …
    // E2 BF (to U+2FFF) first.
    let b = s.as_bytes();
    let any = memchr::memchr_iter(0xE2, b)
        .any(|k| b.get(k + 1).is_some_and(|n| (0xBA..=0xBF).contains(n)));
    if !any {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(radical_to_ideograph).collect())
}

/// The ideograph a radical stands for ([`radicals_to_ideographs`]); any
/// other character as it is.
pub fn radical_to_ideograph(c: char) -> char {
    use unicode_normalization::UnicodeNormalization;
    match c as u32 {
        0x2F00..=0x2FD5 => std::iter::once(c).nfkc().next().unwrap_or(c),
        0x2E80..=0x2EF3 => RADICAL_SUPPLEMENT
            .iter()
            .find(|(r, _)| *r == c)
            .map_or_else(
                || std::iter::once(c).nfkc().next().unwrap_or(c),
                |&(_, i)| i,
            ),
        _ => c,
    }
}

/// Radicals of the supplement block that stand for a character of their
/// own in simplified text (a radical that is only ever part of one, as
/// `⻈` for 讠, is left).
const RADICAL_SUPPLEMENT: [(char, char); 26] = [
    ('⺠', '民'),
    ('⺟', '母'),
    ('⻄', '西'),
    ('⻅', '见'),
    ('⻆', '角'),
    ('⻉', '贝'),
    ('⻋', '车'),
    ('⻓', '长'),
    ('⻔', '门'),
    ('⻘', '青'),
    ('⻙', '韦'),
    ('⻚', '页'),
    ('⻛', '风'),
    ('⻜', '飞'),
    ('⻝', '食'),
    ('⻢', '马'),
    ('⻣', '骨'),
    ('⻤', '鬼'),
    ('⻥', '鱼'),
    ('⻦', '鸟'),
    ('⻧', '卤'),
    ('⻨', '麦'),
    ('⻩', '黄'),
    ('⻬', '齐'),
    ('⻰', '龙'),
    ('⻳', '龟'),
];

/// The character an NFKC segment starting with `c` stands for when `c`
/// is alone in it, or `None` when `c` does not start a segment (see
/// [`nfkc_each`]). A text whose every character starts a segment comes
/// out of NFKC as this of each character.
#[inline]
pub fn nfkc_alone(c: char) -> Option<char> {
    // What the map says of them, without asking it ([`is_stable`]).
    if c.is_ascii() || is_ideograph(c) {
        return Some(c);
    }
    let u = c as u32;
    if u < 0x10000 {
        if stable_word((u >> 6) as usize) >> (u & 63) & 1 != 0 {
            return Some(c);
        }
        if (0xff01..=0xff5e).contains(&u) {
            return char::from_u32(u - 0xfee0);
        }
        return None;
    }
    is_stable(c).then_some(c)
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
    let starter = nfkc_alone;
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

    #[test]
    fn key_bits_cover_every_key() {
        for &(t, _) in TO_SIMP {
            assert!(maybe_traditional(t), "{t}");
        }
        let set = SIMP_KEYS.iter().map(|w| w.count_ones()).sum::<u32>() as usize;
        assert_eq!(set, TO_SIMP.len());
    }

    #[test]
    fn table_sorted_unique_and_settled() {
        assert!(TO_SIMP.windows(2).all(|w| w[0].0 < w[1].0));
        for &(t, s) in TO_SIMP {
            // A simplified form is final: folding twice changes nothing.
            assert_eq!(to_simplified(s), s, "{t} -> {s}");
            assert_ne!(t, s);
        }
    }

    #[test]
    fn known_pairs_and_words() {
        assert_eq!(simplify("國務院辦公廳"), "国务院办公厅");
        assert!(matches!(simplify("abc 自然人 12"), Cow::Borrowed(_)));
        // Radicals a PDF's fonts printed for ideographs.
        assert_eq!(
            radicals_to_ideographs("⼀、总体情况 ⾏政许可 第2⻚"),
            "一、总体情况 行政许可 第2页"
        );
        assert!(matches!(
            radicals_to_ideographs("“一、总体情况” — 第2页"),
            Cow::Borrowed(_)
        ));
        assert_eq!(radical_to_ideograph('⻈'), '⻈');
        assert_eq!(simplify("重複申請"), "重复申请");
        assert_eq!(simplify("本年新製作數量"), "本年新制作数量");
        assert_eq!(simplify("政府集中採購"), "政府集中采购");
        assert_eq!(
            simplify("4.無正當理由大量反覆申請"),
            "4.无正当理由大量反复申请"
        );
    }
}
