//! Places, offices and titles in the shapes real reports use.

use super::rng::Rng;

/// Provinces with some of their districts/counties.
const PLACES: &[(&str, &[&str])] = &[
    (
        "江苏省",
        &[
            "江宁区",
            "鼓楼区",
            "秦淮区",
            "玄武区",
            "锡山区",
            "滨湖区",
            "惠山区",
        ],
    ),
    ("浙江省", &["西湖区", "上城区", "萧山区", "余杭区"]),
    ("山东省", &["文登区", "环翠区", "历下区", "市中区"]),
    ("湖北省", &["江汉区", "武昌区", "洪山区", "江夏区"]),
    ("四川省", &["中江县", "锦江区", "武侯区", "双流区"]),
    ("广东省", &["龙岗区", "福田区", "南山区", "宝安区"]),
    ("河北省", &["雄县", "安新县", "容城县", "正定县"]),
    ("江西省", &["濂溪区", "浔阳区", "湾里区"]),
    ("陕西省", &["杨凌区", "雁塔区", "未央区", "长安区"]),
];

/// Sub-district and township names (街道 / 镇 / 乡 appended).
const TOWNS: &[&str] = &[
    "东山", "秣陵", "汤山", "淳化", "安镇", "东港", "羊尖", "锡北", "鹅湖", "龙门", "城关", "新城",
    "湖塘", "长春", "花园", "西城", "南门", "北关", "青山", "白沙",
];

/// Departments of a district/county government.
const DEPTS: &[&str] = &[
    "人民政府办公室",
    "发展和改革局",
    "教育局",
    "财政局",
    "民政局",
    "司法局",
    "审计局",
    "统计局",
    "卫生健康委员会",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "农业农村局",
    "水务局",
    "应急管理局",
    "市场监督管理局",
    "信访局",
    "自然资源和规划局",
    "人民政府",
];

/// Who publishes a report and how its title names it.
#[derive(Debug, Clone)]
pub struct Who {
    /// 江苏省.
    pub province: &'static str,
    /// 江宁区.
    pub district: &'static str,
    /// The office as the title names it.
    pub office: String,
    /// The folder name for the path (the office without the district).
    pub folder: String,
    /// The report title.
    pub title: String,
    /// The site name for `<title>` suffixes.
    pub site: String,
}

/// Draws an office and a title shape for `year`.
pub fn draw(rng: &mut Rng, year: i32) -> Who {
    let (province, districts) = PLACES[rng.index(PLACES.len())];
    let district = rng.pick(districts, "江宁区");
    let town = rng.pick(TOWNS, "东山");
    let (short, long) = match rng.below(3) {
        0 => {
            let kind = rng.pick(&["街道", "街道", "镇", "乡"], "街道");
            let s = format!("{town}{kind}");
            (s.clone(), format!("{district}{s}"))
        }
        1 => {
            let dept = rng.pick(DEPTS, "审计局");
            (dept.to_string(), format!("{district}{dept}"))
        }
        _ => {
            let s = format!("{town}街道办事处");
            (s.clone(), format!("{district}{s}"))
        }
    };
    // Title shapes: "东山街道2020年…", "2021年江宁区东山街道…",
    // "江宁区人民政府办公室2022年度…".
    let (office, title) = match rng.below(3) {
        0 if !short.starts_with("人民政府") && !DEPTS.contains(&short.as_str()) => (
            short.clone(),
            format!("{short}{year}年政府信息公开工作年度报告"),
        ),
        1 => (
            long.clone(),
            format!("{year}年{long}政府信息公开工作年度报告"),
        ),
        _ => (
            long.clone(),
            format!("{long}{year}年度政府信息公开工作年度报告"),
        ),
    };
    let folder = short;
    let site = format!("{district}人民政府");
    Who {
        province,
        district,
        office,
        folder,
        title,
        site,
    }
}

/// The pinyin a spam mirror puts after a character, for the commonest
/// characters of report prose.
pub fn pinyin(c: char) -> Option<&'static str> {
    Some(match c {
        '政' => "zheng",
        '府' => "fu",
        '信' => "xin",
        '息' => "xi",
        '公' => "gong",
        '开' => "kai",
        '务' => "wu",
        '院' => "yuan",
        '办' => "ban",
        '年' => "nian",
        '度' => "du",
        '报' => "bao",
        '告' => "gao",
        '工' => "gong",
        '作' => "zuo",
        '街' => "jie",
        '道' => "dao",
        '发' => "fa",
        '布' => "bu",
        '理' => "li",
        '强' => "qiang",
        '加' => "jia",
        '网' => "wang",
        '站' => "zhan",
        '规' => "gui",
        '范' => "fan",
        '管' => "guan",
        '监' => "jian",
        '督' => "du",
        _ => return None,
    })
}
