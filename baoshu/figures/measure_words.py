"""Word lists the measure rules read (see baoshu.figures.measure).

General Chinese knowledge only; nothing here names a particular page.
"""

from __future__ import annotations

import re

from baoshu.figures.units import POST_QUALIFIERS, PRE_QUALIFIERS

NOUN_FLAGS = ("n", "vn", "l", "j", "b", "an", "zg", "k", "g", "eng", "f")
JOINERS = ("、", "和", "及", "·", "等")
LIST_MARKS = ("、", "和", "与")  # between items that may share a head; 及 joins whole noun phrases
ETC = "等"
INSIDE = ("内", "外")
PER_TIME = ("年", "月")
EACH = "每"  # 每公斤: a rate's denominator, not what is measured
PERSON_ENDINGS = ("人", "者", "员", "专家", "工", "师", "众", "民", "生", "商", "客", "户", "干部", "人才", "队伍",
                  "代表", "选手", "患者", "儿童", "妇女", "青年", "老人", "家庭")
# Heads that say little without what modifies them (…的比例, …的资金).
GENERIC_HEADS = ("比例", "比重", "占比", "资金", "项目", "人数", "数量", "规模", "金额", "收入")
INVESTING = "投资"
SPEND = "投入"
FUND = "资金"
EARN = ("挣", "赚")  # 一天能挣120元: money earned is income
EARNED = "了到得"
INCOME = "收入"
LENGTH_UNITS = ("公里", "千米", "米", "里")
DIMENSIONS = "长宽高深厚粗"  # 坝高, 型宽: one character of size after a noun names the size measured
AWAY = "外"  # 300公里外的医院
AWAY_FROM = ("离", "距", "距离")  # 离县城70公里: each a word of its own, not the 离 of 剥离
DISTANCE = "距离"
# Verbs that make people do what follows the figure (带动1万人就业).
CAUSATIVES = ("带动", "吸纳")
# Sites, firms and funds that act in a clause (园区引进…, 资金支持…), as bodies and people do.
ACTING_ENDINGS = ("园区", "园", "基地", "企业", "资金")
KIND_WORDS = ("种类", "品类", "类别", "门类", "方面", "领域")
DISTRIBUTIVE = ("日均", "月均", "年均", "每天", "每日", "每月", "每年", "每周")  # how often, not what
PRONOUN_CHARS = "这那其各每该它他她我你自"
# Verbs that link a subject to its figure; a phrase never runs through them.
LINK_VERBS = frozenset((
    "完成", "实现", "达到", "建成", "创建", "创办", "带动", "投入", "涉及", "签订", "签署", "引进",
    "吸引", "举办", "开展", "组建", "接待", "惠及", "拜访", "邀请", "提供", "新增", "增加", "增长",
    "减少", "下降", "提高", "提升", "超过", "突破", "覆盖", "涵盖", "汇集", "聚集", "吸纳", "带来",
    "达成", "累计", "共计", "合计", "总计", "预计", "实施", "获得", "取得", "打造", "推出", "设立",
    "建立", "培育", "帮扶", "拥有", "包括", "共有", "形成", "产生", "销售", "出口", "进口",
    "生产", "种植", "养殖", "修建", "新建", "改造", "组织", "吸收", "安排", "发放", "筹集", "募集",
    "成为", "位居", "来自", "连续", "参加", "参与", "亮相", "出席", "走进", "进入", "前往", "展开",
    "截至", "截止", "已有", "入选", "评为", "荣获", "来到", "回到", "走访", "参观", "看望", "带着",
    "带领", "位列", "用于", "分布", "落户", "参训", "结对", "赴", "改扩建", "扩建", "改建", "招聘",
    "设有", "建有", "配有", "配备", "开设", "设置", "选派",
    "达", "为", "是", "有", "共", "约", "占", "将", "已", "在", "与",
))
# Linking words that are never what a figure measures, even right before it (达, 增长).
COPULAS = frozenset((
    "达", "为", "是", "有", "共", "约", "占", "将", "已", "在", "与", "达到", "超过", "突破", "预计",
    "共计", "合计", "总计", "累计", "增长", "增加", "减少", "下降", "提高", "提升", "新增", "拥有",
    "包括", "共有", "已有", "成为", "位居", "位列", "截至", "截止", "来自", "连续", "完成", "实现",
))
# Modal verbs: how sure or how meant, never what is measured.
MODALS = frozenset(("有望", "可望", "力争", "争取", "预计", "计划", "将要", "能够", "可以", "需要", "确保", "拟"))
WHERE_WORDS = ("当地", "本地", "两地", "外地")
COMPARED_WITH = ("比", "较")
# Prepositions of where and by what means (在某地销售, 通过某渠道卖出): their object is no subject.
ADVERBIAL_PREPOSITIONS = ("在", "通过", "经", "经由", "借助", "依托", "凭借", "沿", "向")
# Verbs of change (由40分钟缩短至8分钟): the figures around them measure the clause's subject.
CHANGE_VERBS = ("缩短", "延长", "提高", "提升", "增加", "减少", "下降", "降低", "增长", "扩大", "缩小",
                "降至", "增至", "升至", "降到", "增到", "压缩", "扩展", "上升", "发展到")
# A verb of change with the mark of its end point, right before a figure (降到2%, 压缩至30分钟).
CHANGED_TO = tuple(v + mark for v in ("缩短", "延长", "提高", "提升", "增加", "减少", "下降", "降低", "增长", "扩大",
                                      "缩小", "压缩", "扩展", "上升", "降", "增", "升", "减") for mark in ("到", "至"))
DONE = "了"  # 缩短了40分钟: a change done
SHARE_VERB = "占"
LASTING = ("为期", "长达", "历时", "用时", "耗时")  # 比赛为期3天: how long its subject lasts
KEEP_VERBS = ("保持", "控制", "稳定", "维持")  # 利用率保持在96%以上
CHANGED_FROM = ("从", "由")
NOT_NOUN_WORDS = frozenset(POST_QUALIFIERS + PRE_QUALIFIERS + (
    *WHERE_WORDS,
    "其中", "中", "内", "上", "下", "里", "外", "以来", "来", "期间", "同时", "此外", "目前",
    "现在", "如今", "过去", "原来", "当时", "以往",  # then and now, never what is measured
    "同比", "环比", "比上年", "比去年",
    "后", "前", "以后", "以前", "之后", "之前",  # 建成后, 毕业后: the end of a clause of time
))
TIME_CHARS = "年月日今昨明前后近时季旬周"
SPAN = "期"  # 周期, 花期: how long something lasts
DEICTIC_CHARS = "今昨明前后近同本上下当去首"  # 同期, 近期, 本期: which period, not how long
# Verbs that name an amount as a noun does, at the head of a measure (可支配收入, 出口).
NOMINAL_VERBS = frozenset(("收入", "支出", "消费", "出口", "进口", "贷款", "营收", "收益", "投资", "融资", "增收"))
# One-character words that end a measure's noun (就诊率, 雪道) whatever jieba tags them.
SUFFIX_NOUNS = frozenset("率量额价费值道站线馆")
# Nouns for what an activity amounts to: a verb right before one is part of the measure (种植面积).
ATTRIBUTE_HEADS = ("面积", "规模", "产量", "总量", "能力", "金额", "总额", "额", "量", "产值", "收入", "人数",
                   "次数", "费用", "成本", "价格", "比例", "比重", "率", "时间", "里程", "数量", "基地", "企业",
                   "项目", "资金")
LONG_ATTRIBUTE_HEADS = tuple(head for head in ATTRIBUTE_HEADS if len(head) > 1)
NUMERAL_CHARS = "0123456789零〇一二两三四五六七八九十百千万亿几数半首第"
PARTICLE = "的"
WHOLE_OR_EACH = "全各"  # 全县, 各地: where, not what (but 全长 is a measure)
WHOLLY = ("全部", "全面", "全都")  # adverbs of completeness jieba tags as nouns
AREA_CHARS = "县市区省国镇乡村州疆盟旗地"
SHORT_CLAUSE = 8
AGE_UNITS = ("岁", "周岁")
# After an age: 的, what the person is (族, a trade, a title), then the name.
_HAN = "\u4e00-\u9fff"
AGE_OF = re.compile(
    f"的?(?:[{_HAN}]{{0,4}}?(?:族|姑娘|妇女|小伙子|小伙|老人|村民|农民|牧民|学生|医生|主播|博士|硕士|教师|老师|干部"
    f"|女孩|男孩|孩子|青年|技术员|工人|员工|职工|农|党员|代表|选手|患者|护士|绣娘|大学生|退休职工))*"
    f"(?P<name>[{_HAN}]{{2,6}}(?:·[{_HAN}]{{1,8}})*)")
NAME_STOPS = "是从每正今去在说的和与也已将就还把被了着过等便又"  # a name ends before these
MIN_NAME = 2
TIME = "时间"  # what a span of time measures when the text names nothing else
SHORT_COMPOUND = 6
MAX_PHRASE_WORDS = 4
