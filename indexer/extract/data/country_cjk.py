"""Chinese, Japanese and Korean one-syllable country abbreviations and the words around them.

Written Chinese and Japanese shorten country names to one character inside compounds
("中美关系" China-US relations, "日米首脳" Japan-US leaders, "米軍" US forces) and Korean to one
syllable ("한미" Korea-US). A lone character is too ambiguous to count ("中" is also "middle",
"米" also "rice"), so abbreviations count only inside the compounds generated from these tables:
two to four abbreviations followed by a relation word, one abbreviation followed by a government
or military noun, or a visit prefix before one.
"""

from __future__ import annotations

ABBREVIATIONS: dict[str, dict[str, str]] = {
    "zh": {"中": "CN", "华": "CN", "美": "US", "俄": "RU", "日": "JP", "韩": "KR", "朝": "KP",
           "英": "GB", "法": "FR", "德": "DE", "印": "IN", "澳": "AU", "乌": "UA", "巴": "PK",
           "菲": "PH", "越": "VN", "以": "IL", "伊": "IR", "加": "CA", "台": "TW", "波": "PL"},
    "ja": {"日": "JP", "米": "US", "中": "CN", "韓": "KR", "朝": "KP", "露": "RU", "英": "GB",
           "仏": "FR", "独": "DE", "豪": "AU", "印": "IN", "比": "PH", "伊": "IT", "加": "CA",
           "台": "TW", "越": "VN"},
}  # fmt: skip

# Abbreviations that combine into pairs and chains ("中美", "日米豪印"), before a relation word.
CHAINED: dict[str, str] = {
    "zh": "美日印澳中俄韩朝英法德乌巴菲越",
    "ja": "日米豪印韓比中朝露英仏独",
}
CHAIN_FOLLOW: dict[str, tuple[str, ...]] = {
    "zh": ("关系", "两国", "双边", "之间", "间", "合作", "峰会", "会谈", "会晤", "对话", "贸易",
           "联合", "军演", "演习", "同盟", "联盟", "战略", "元首", "首脑", "外长", "防长", "竞争",
           "冲突", "协议", "协定", "三国", "三方", "四国", "军事", "安全", "防务", "友好", "共同",
           "领导人", "谈判", "博弈", "紧张", "关", "军售", "、", "·", "等"),
    "ja": ("関係", "両国", "首脳", "会談", "同盟", "間", "共同", "合同", "外相", "防衛相", "国防相",
           "協力", "安保", "連携", "演習", "訓練", "3カ国", "三カ国", "３カ国", "3か国", "4カ国",
           "対話", "戦略", "対立", "政府", "首相", "協議", "貿易", "摩擦", "安全保障", "防衛",
           "・", "、"),
}  # fmt: skip
MAX_CHAIN = 4
QUAD_MEMBERS = 6  # chains of four are built from the first six abbreviations only (the Quad)

# One abbreviation followed by one of these nouns names the country ("美军", "露大統領").
NOUNS: dict[str, tuple[str, ...]] = {
    "zh": ("方", "军", "政府", "总统", "总理", "外长", "防长", "国防部", "外交部", "官员", "大使",
           "海军", "空军", "陆军", "当局", "舰", "媒", "国防部长", "驻军", "制"),
    "ja": ("軍", "政府", "側", "大統領", "首相", "外相", "国防相", "防衛相", "国務長官", "国防長官",
           "国防総省", "国防省", "当局", "高官", "紙", "海軍", "空軍", "陸軍", "海兵隊", "製", "企業",
           "大使", "議会", "首脳", "外務省", "国務省", "軍事", "外務", "政権"),
}  # fmt: skip
# Abbreviations that never take a noun (the compound means something else: "中军", "日軍"...).
# ("法制" legal system, "印制" printing, "英制" imperial units, "以军事" by military means).
NO_NOUNS: dict[str, str] = {"zh": "中华以加巴台波法印英", "ja": "日中比伊加"}

# A visit, a stay, an embassy: the prefix before an abbreviation ("访美", "訪米", "駐日").
PREFIXES: dict[str, tuple[str, ...]] = {
    "zh": ("访", "驻", "来", "赴", "援"),
    "ja": ("訪", "駐", "来", "在", "対"),
}
PREFIXED: dict[str, str] = {"zh": "华美俄日韩朝英法德印澳乌", "ja": "米中韓朝露英仏独豪印日"}

# Korean: compounds of one-syllable abbreviations, kept as a list (many pairs are other words:
# "미러" is "mirror", "북미" also North America).
KOREAN: dict[str, str] = {
    "한미": "KR US", "한미일": "KR US JP", "한일": "KR JP", "한중": "KR CN", "한중일": "KR CN JP",
    "한일중": "KR JP CN", "한러": "KR RU", "미중": "US CN", "미일": "US JP", "미한": "US KR",
    "북중": "KP CN", "북러": "KP RU", "북일": "KP JP", "남북": "KR KP", "남북한": "KR KP",
    "중러": "CN RU", "러중": "RU CN", "북중러": "KP CN RU", "한미일중": "KR US JP CN",
    "방미": "US", "방한": "KR", "방중": "CN", "방러": "RU", "방일": "JP", "방북": "KP",
    "주한미군": "KR US", "주일미군": "JP US", "미군": "US", "주한": "KR", "주미": "US",
}  # fmt: skip
# Korean one-syllable abbreviations standing alone before a government or military noun.
KOREAN_ALONE: dict[str, str] = {
    "미": "US", "북": "KP", "러": "RU", "中": "CN", "美": "US", "北": "KP", "日": "JP", "露": "RU",
    "韓": "KR",
}  # fmt: skip
KOREAN_FOLLOW = (
    "국방부", "정부", "해군", "공군", "육군", "국무부", "대통령", "당국", "의회", "국방장관",
    "국무장관", "군", "측", "정보당국", "백악관", "행정부", "합참", "전략", "미사일", "도발",
    "정권", "핵", "매체", "외무부", "외교부", "국방", "대사", "군당국", "노동당", "김정은",
)  # fmt: skip

# Compounds that contain a country word but name no country (oceans, seas, regions, currencies).
VOID: dict[str, tuple[str, ...]] = {
    "zh": ("印度洋", "印太", "印度太平洋", "朝鲜半岛", "中东", "中美洲", "北美", "南美", "美洲", "拉美",
           "欧美", "日本海", "美元", "南海", "东海", "韩元", "日元", "英镑", "英里", "法郎", "朝鲜族",
           "内蒙古", "执法"),
    "ja": ("インド太平洋", "インド洋", "日本海", "南シナ海", "東シナ海", "朝鮮半島", "中東", "中南米",
           "北米", "南米", "欧米", "米ドル", "日本語", "中国語", "韓国語", "英語", "仏語", "独語",
           "露語", "米国債", "英字", "単独", "独自", "独立", "孤独", "独占", "独裁"),
    "ko": ("그리스도",),
    "th": ("มหาสมุทรอินเดีย", "ทะเลจีนใต้", "ทะเลจีนตะวันออก", "อินโด-แปซิฟิก", "ภาษาอังกฤษ",
           "ภาษาจีน", "ภาษาญี่ปุ่น", "ภาษาไทย", "ดอลลาร์สหรัฐ"),
}  # fmt: skip

# Traditional characters of the simplified ones above, so that Taiwan and Hong Kong text matches.
TRADITIONAL = str.maketrans(
    "韩乌华军总统长国员当舰陆驻制关系两双边间会谈对话贸联战导领协议冲竞争访来务紧张脑湾里镑东洲鲜元",
    "韓烏華軍總統長國員當艦陸駐製關係兩雙邊間會談對話貿聯戰導領協議衝競爭訪來務緊張腦灣裡鎊東洲鮮元",
)

# Korean endings after which a word that is also a common noun still names the country:
# "인도" is India and also "delivery", so it counts in "인도의", "인도군", not in "인도를".
BOUND_ENDINGS = (
    "의", "와", "과", "와의", "과의", "군", "정부", "측", "산", "해군", "공군", "육군", "총리",
    "국방부", "외교부", "대사관", "대통령", "대사", "에서", "에서의", "로부터", "으로부터", "와는",
    "과는", "국방장관", "정부는", "정부의", "군은", "군의", "군이", "등", "및",
)  # fmt: skip
# ... or before one of these nouns written as a separate word ("인도 정부").
BOUND_NOUNS = ("정부", "해군", "공군", "육군", "총리", "국방부", "외교부", "대사관", "대통령", "국방장관")
