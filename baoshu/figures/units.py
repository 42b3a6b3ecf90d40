"""Lexicons: units and measure words, qualifiers, and the words around a figure.

General Chinese knowledge only; nothing here names a particular page.
"""

from __future__ import annotations

MONEY_UNITS = ("元", "美元", "欧元", "日元", "港元", "英镑", "卢布", "块钱")

MEASUREMENT_UNITS = (
    # area, length, volume
    "平方米", "平方公里", "平方千米", "平米", "亩", "公顷", "公里", "千米", "米", "厘米", "毫米",
    "海里", "立方米", "升", "毫升",
    # mass
    "吨", "千克", "公斤", "克", "毫克", "斤",
    # energy and power
    "千瓦时", "千瓦", "兆瓦", "吉瓦", "瓦", "度", "摄氏度", "℃",
    # time and age
    "年", "周年", "个月", "个小时", "个工作日", "工作日", "天", "小时", "分钟", "秒", "周", "星期", "岁", "周岁",
    # ratios
    "倍", "个百分点", "百分点", "成",
)

# Measure words: the thing counted usually follows them (`21个园区`, `8名医生`).
COUNT_WORDS = (
    "个", "名", "家", "所", "座", "台", "辆", "架", "艘", "件", "项", "场次", "场", "种", "类",
    "款", "套", "张", "条", "只", "头", "匹", "株", "棵", "枝", "本", "册", "篇", "部", "份", "片",
    "栋", "幢", "间", "处", "口", "根", "起", "眼", "枚", "颗", "粒", "箱", "袋", "瓶", "盒", "节", "堂",
    "宗", "笔", "例", "盏", "把", "双", "组", "支", "期", "批", "届", "轮", "位",
    "部门", "架次", "班次", "车次", "页", "首",
    # transport, trade and production counts
    "标准箱", "标箱", "列", "趟", "班", "对", "批次", "棒", "包", "顶", "碗", "杯", "单", "锭",
    # two measure words read as one unit: sets of machines, vehicle trips, head of mixed livestock
    "台套", "辆次", "头只",
    # floors, flat things (mirrors, flags), camels
    "层", "面", "峰",
)

TIME_UNITS = ("年", "周年", "个月", "个小时", "个工作日", "工作日", "天", "小时", "分钟", "秒", "周", "星期")

# Counts where the thing counted usually comes first (`带动农户300余人`).
HEAD_FIRST_COUNTS = ("人次", "人", "户", "次", "亿人次")
# Counts of people (`3人`, `40多名`, `860多人次`).
PEOPLE_COUNTS = ("人", "名", "人次", "位")

# Printed forms folded to one unit, so that the same quantity compares equal (`个小时` stays as
# printed, as `个月` does).
UNIT_ALIASES = {"％": "%"}
# Words that start with a unit but are none after a number (`1对1`, `3包括`).
NOT_UNIT_AFTER = {"对": "0123456789一二两三四五六七八九十", "包": "括", "单": "位元", "列": "入车", "班": "子长",
                  "面": "积临向对貌"}

UNITS: tuple[str, ...] = tuple(sorted(set(MONEY_UNITS + MEASUREMENT_UNITS + COUNT_WORDS + HEAD_FIRST_COUNTS),
                                      key=len, reverse=True))

PRE_QUALIFIERS = ("超过", "超", "逾", "近", "将近", "接近", "约", "大约", "突破", "不足", "不到",
                  "至少")
POST_QUALIFIERS = ("以上", "以下", "左右", "多", "余")
# Prefixes that are not qualifiers although they start like one.
NOT_QUALIFIER_BEFORE = {"近": "最附接将", "约": "大制节", "超": "赶高"}

RANGE_SEPARATORS = "~～—－–-至到"

# A numeral right after one of these is vague (`数千人次`, `几十个`, `上百家`) or an ordinal.
VAGUE_BEFORE = "数几上"
# A number right after one of these is part of a formula or a code (`7×24小时`, `6+1`).
FORMULA_BEFORE = "×xX*+＋/／·"
ORDINAL_BEFORE = "第"

# After a count, these make it part of a name (`三台县`) or a rank (`三年级`).
NAME_AFTER = "县市区镇乡村山峡岭湖路街号级"

# Numeral and measure word run together into a word of their own (四处 = everywhere).
LEXICALIZED = frozenset(("四处", "两头", "三台", "五台", "七台", "九台"))

QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", '"': '"'}
TITLE_QUOTES = {"《"}
SHORT_NAME_LENGTH = 6  # a quoted figure this short or shorter is a name (`两个确立`)

# Clause and sentence boundaries.
CLAUSE_BREAKS = "，。；：！？,;:!?—\n"
SENTENCE_BREAKS = "。！？!?\n"  # a semicolon does not end the time a sentence sets

PLACE_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "地区", "新区", "开发区", "园区",
                  "省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村", "街道", "社区")
PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏",
             "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南",
             "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
             "宁夏", "新疆", "香港", "澳门")
# Place-like words that name no place.
NOT_PLACES = ("地区", "全区", "全市", "全县", "全省", "各地", "当地", "本地", "外地", "两地", "园区",
              "社区", "辖区", "景区", "城区", "片区", "展区", "专区", "山区", "市区", "小区", "全国",
              "城市", "都市", "省市", "县市", "自治区", "开发区", "新区", "地市", "州市", "城乡", "乡村", "农村")
