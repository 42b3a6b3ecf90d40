"""The words around a name that tell a place from a person or an organisation.

General Chinese knowledge only; nothing here names a particular page.
"""

from __future__ import annotations

import re

# A weak name (an ordinary word too) is a place right after these ...
PLACE_BEFORE = ("来自", "位于", "地处", "前往", "抵达", "来到", "回到", "奔赴", "远赴", "飞赴", "途经",
                "落户", "走进", "扎根", "在", "赴", "到", "驻")
# ... or right before these,
PLACE_AFTER = ("等地", "一带", "境内", "全境", "各地")
# ... or beside another place with one of these between (于田、民丰、策勒).
LIST_JOINERS = "、和与及"

# A short name right after a surname that follows one of these is a given name (记者王和静).
PERSON_TITLES = ("记者", "通讯员", "实习生", "编辑", "摄影", "书记", "主任", "局长", "县长", "市长", "州长",
                 "省长", "主席", "院长", "校长", "经理", "董事长", "村民", "农民", "牧民", "市民", "居民",
                 "群众", "老师", "教师", "医生", "护士", "教授", "专家", "队长", "站长", "所长", "厂长",
                 "部长", "处长", "科长", "厅长", "组长", "委员", "代表", "干部", "负责人", "志愿者", "学生",
                 "员工", "职工", "同志", "民警", "警官", "村长", "社长", "主编", "作者")
# ... or that comes before one of these (王和静说).
PERSON_AFTER = ("说", "表示", "介绍", "指出", "强调", "认为", "告诉", "同志", "先生", "女士", "老师")
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚"
    "符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆"
    "农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米杭")

# An organisation's name ends in one of these; a place at its head is part of it
# (江苏省对口支援新疆前方指挥部, 墨玉职业技术学院).
ORG_ENDINGS = re.compile(
    "(?:前方指挥部|指挥部|工作队|医疗队|人民政府|政府|党委|纪委|工委|人大常委会|常委会|委员会|政协|管委会"
    "|有限责任公司|有限公司|股份公司|公司|集团|合作社|分社|报社|日报|晚报|电视台|广播电视台|融媒体中心"
    "|大学|学院|中学|小学|学校|幼儿园|党校|医院|卫生院|研究院|研究所|设计院|科学院|法院|检察院|公安局"
    "|图书馆|博物馆|纪念馆|银行|协会|学会|商会|联合会|基金会|促进会|智库|工作室|实验室|中心(?![城区镇])"
    "|办公室|办事处|(?<![格布结大全开当时变政赌饭棋牌骗残僵定出入终战胜])局|(?<![客大餐舞展门前后])厅"
    "|(?<=[省市县区州地党])委(?![托屈婉员任会])|(?:发展改革|发改|卫健|教|经信|政法|网信)委)"
)
ORG_REACH = 20  # the longest run of characters between a place and the end of its organisation's name
# Characters an organisation's name does not run across.
ORG_BREAK = re.compile(r"[\s\d\u3000-\u303f\uff00-\uffef,.;:!?()\"'“”‘’《》〈〉「」的了是在与及将把被向从]")

# A short name before one of these names a township, a street or a park (新和镇, 和田路), not its county.
SUBPLACE_AFTER = re.compile("镇|乡(?![村镇亲土情])|村(?![民庄干级集镇落容])|街道|大街|大道|路(?![线径面边况程演费子])"
                            "|社区|片区|小区|公园|广场")
