"""Word lists for finding persons, posts, organisations and aid in Chinese news text.

General knowledge of the language and of how papers write, nothing taken from any particular
page: surnames, the words that close a post or a role (局长, 种植户), the words that follow a
person's name (说, 表示), the endings of organisations' names, the parts of transliterated
Uyghur, Kazakh, Tibetan and Mongolian names, and the words of counterpart aid.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """Space-separated words, longest first (so an alternation tries 副局长 before 局长)."""
    return tuple(sorted(set(text.split()), key=lambda w: (-len(w), w)))


# The commonest surnames (about nine people in ten carry one), then rarer ones.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚"
    "符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆"
    "农司卓古吉缪简车项连芦麦褚娄窦戚岑景宫费卜冷晏席卫米杭"
)
RARE_SURNAMES = frozenset(
    "习禹刀岩邬雍钭仇栾暴甄郦鄢隋闵巩商佘漆邸茅揭郎蔺伏苑税凤全虞敖鞠相訾荆侍厉寇步苟楚戈帅隆"
    "查宗桂浦洪扈尉迟靖亢郜冀逯晋郁荣池臧练邝粟琚银宿麻鄂阙衡丛吾师官栗贲桑党"
)
SURNAMES = COMMON_SURNAMES | RARE_SURNAMES
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 令狐 慕容 尉迟 夏侯 皇甫 公孙 端木 独孤 长孙 宇文 司徒 司空 呼延 南宫 西门 "
    "闻人 万俟 轩辕 单于 澹台 公冶 宗政 濮阳 太叔 申屠 钟离 第五".split()
)

# Words that close a post or a title (自治区教育厅副厅长, 村党支部书记, 总指挥): a name right after
# one is a person's, and the post runs back from it.
TITLES = _words(
    "书记 副书记 常务副书记 专职副书记 党组书记 党委书记 总书记 常委 委员 党组成员 主任 副主任 常务副主任 主席 "
    "副主席 秘书长 副秘书长 局长 副局长 厅长 副厅长 处长 副处长 科长 副科长 部长 副部长 司长 副司长 署长 "
    "省长 副省长 市长 副市长 县长 副县长 区长 副区长 州长 副州长 镇长 副镇长 乡长 副乡长 村长 旗长 盟长 "
    "专员 副专员 行长 副行长 社长 副社长 院长 副院长 常务副院长 校长 副校长 所长 副所长 站长 副站长 馆长 "
    "副馆长 团长 队长 副队长 组长 副组长 领队 指挥长 副指挥长 总指挥 副总指挥 指挥 政委 主任委员 "
    "董事长 副董事长 董事 总经理 副总经理 经理 总裁 副总裁 总监 主管 理事长 副理事长 会长 副会长 秘书 "
    "负责人 负责同志 厂长 副厂长 园长 庭长 检察长 审判长 司令员 主编 总编辑 副总编辑 编辑 "
    "院士 教授 副教授 研究员 副研究员 工程师 高级工程师 讲师 教师 老师 班主任 医生 医师 主任医师 "
    "副主任医师 主治医师 护士 护士长 专家 博士 硕士 博士生 研究生 学生 学员 代表 人大代表 干部 党员 调研员 "
    "一级调研员 二级调研员 三级调研员 四级调研员 巡视员 科员 干事 职工 员工 工人 技术员 技术骨干 技工 "
    "操作员 质检员 护林员 管理员 服务员 讲解员 辅导员 网格员 驾驶员 快递员 营业员 收银员 保洁员 "
    "信息员 联络员 宣讲员 第一书记 驻村干部 工作队员 队员 成员 村医 民警 警官 辅警 消防员 战士 "
    "村民 牧民 农民 渔民 居民 市民 群众 游客 果农 茶农 菜农 棉农 蕉农 花农 药农 瓜农 枣农 咖啡农 "
    "农户 种植户 养殖户 脱贫户 大户 种植大户 养殖大户 商户 个体户 业主 店主 老板 老板娘 摊主 "
    "创始人 传承人 带头人 致富带头人 志愿者 运动员 教练 教练员 主播 村医 厨师 司机 师傅 徒弟 学徒 "
    "老人 姑娘 小伙 小伙子 妇女 大姐 大哥 大爷 大妈 阿姨 奶奶 爷爷 边民 "
    "参展商 采购商 客商 投资者 企业家 作家 艺术家 画家 歌手 演员 导演 学者 主持人 发言人 "
    "理事 监事 总工程师 总会计师 首席专家 特聘专家 顾问 法官 检察官 律师 会计 评论员 特约评论员 "
    "技术总监 研发总监 销售经理 项目经理 物流经理 厂长助理 主任助理 助理 科研人员 工作人员 "
    "援疆干部 援藏干部 援青干部 援疆教师 援藏教师 援疆医生 援藏医生 挂职干部 支教教师 "
    "同学 小朋友 家长 患者 病人 学子 主人 民宿主人 庄园主 场主 户主 农场主 女孩 男孩 少年 孩子 小学生 中学生 大学生 毕业生 "
    "关长 副关长 场长 副场长 段长 班长 连长 营长 排长 舰长 机长 车长 船长 林场场长 社区主任 村委会主任 "
    "首席执行官 执行董事 合伙人 法人 店长 主厨 医务人员 乡村医生 乡医 护理员 养老护理员 保育员 "
    "讲师团成员 宣讲员 播音员 记者站站长 车间主任 班组长 安全员 统计员 农技员 兽医 防疫员 调解员"
)

# The words a paper prints after a person's name.
SPEECH_AFTER = _words(
    "说 表示 介绍 指出 强调 认为 告诉 坦言 感慨 回忆 解释 透露 提到 谈到 笑着说 笑着 说道 算账 "
    "主持 出席 参加 讲话 致辞 发言 宣布 带领 率领 陪同 一行 等人 同志 先生 女士 老师 教授 "
    "表态 建议 提出 希望 要求 呼吁 补充道 补充 感叹 直言 说起 拿出 站在 指着 "
    "一边 正在 正 告诉记者 对记者说 向记者 带领着"
)
# The surest of them: a run between a post and one of these is a name even without a surname.
SPEECH_STRICT = _words("说 表示 介绍 指出 强调 认为 告诉 坦言 感慨 回忆 解释 透露 说道 笑着说 正在")
# Weaker: words that may follow a name as well as anything else.
AFTER_WEAK = _words("是 在 把 和 与 的 家 也 还 就 从 已 已经 曾 将 都 又 便 一直 今年 去年 为 对 到 给 被")

# A person's name is printed right before these when the post follows it (张三总书记, 李四同志).
TITLES_AFTER = _words("总书记 主席 总理 委员长 副主席 副总理 书记 同志")
# Posts printed right after a name (某某教授, 某某主任), and the verbs that open a post a clause
# after the name gives (…，任某医院院长).
POSTS_AFTER = _words("总书记 主席 总理 委员长 副主席 副总理 书记 教授 院士 博士 研究员 医生 老师 主任 局长 "
                     "院长 校长 董事长 总经理 县长 市长 省长 部长 厅长 处长 所长 站长 队长 总指挥 指挥长")
POST_VERBS = _words("任 担任 兼任 出任 现任 挂任 挂职")
# The titles of the country's leaders, printed after the name: the surest sign of a person.
LEADER_TITLES = _words("总书记 国家主席 总理 委员长 副主席 副总理 主席")

# What opens a byline, a dateline's credit or a photo credit; the names after are reporters'.
REPORTER_ROLES = _words(
    "本报记者 本报特约记者 本报通讯员 本报特派记者 特派记者 特约记者 见习记者 实习记者 记者 通讯员 "
    "特约通讯员 实习生 摄影记者 摄影 摄像 文字 撰稿 文 图 文图 图文 整理 报道 "
    "评论员 特约评论员 本报评论员 融媒记者 全媒体记者 首席记者 新华社记者 央视记者"
)
RUNNING_ROLES = frozenset(
    "本报记者 本报特约记者 本报通讯员 本报特派记者 特派记者 特约记者 见习记者 实习记者 记者 通讯员 特约通讯员 "
    "实习生 摄影记者 评论员 特约评论员 本报评论员 融媒记者 全媒体记者 首席记者 新华社记者 央视记者".split()
)
REPORTER_TAILS = _words("摄影报道 报道 摄 文图 文 图 供图 整理")

# The endings of organisations' names, longest first; the name runs back from one.
ORG_SUFFIXES = _words(
    "前方指挥部 分指挥部 指挥部 前指 工作队 工作组 医疗队 人民政府 政府 行署 党委 纪委 工委 党工委 "
    "人大常委会 常委会 委员会 政协 管委会 管理委员会 "
    "有限责任公司 有限公司 股份有限公司 股份公司 公司 集团 合作社 分社 报社 日报 晚报 电视台 广播电视台 "
    "融媒体中心 融媒 新闻网 大学 学院 中学 小学 学校 幼儿园 托儿所 党校 医院 卫生院 研究院 研究所 设计院 "
    "科学院 科学研究院 法院 检察院 公安局 派出所 图书馆 博物馆 纪念馆 银行 协会 学会 商会 联合会 基金会 "
    "促进会 联合体 智库 工作室 实验室 中心 办公室 办事处 局 厅 委 处 部 署 站 所 海关 机场 组织部 宣传部 统战部 "
    "产业园 工业园 基地 交易所 供销社 联社 总会 分会 支部 党支部 总支 大队 中队 支队 军分区 "
    "度假区 滑雪场 开发区 高新区 经开区 示范区 试验区 自贸区 "
    "种质资源圃 资源圃 青年团 团委 妇联 工会 共青团 残联 科协 文联 侨联 厂 保税区 综合保税区"
)
# Departments and units an organisation's name is built of (工业和信息化, 农业农村); `和` joins
# them inside one name.
ORG_JOINED = _words(
    "工业 信息化 发展 改革 文化 旅游 体育 广播 电视 广电 林业 草原 农业 农村 人力资源 社会保障 "
    "住房 城乡建设 自然资源 生态环境 交通运输 卫生 健康 科学 技术 商务 工业信息化 信息 科技 教育 "
    "民政 财政 审计 司法 水利 应急 管理 市场监督 退役军人事务 乡村振兴 新闻 出版 文物 统计 经济 教育 职业教育 "
    "资源 环境 能源 交通 城乡 规划 计划 生育 人口 外事 侨务 宗教 民族 组织 宣传 安全 生产 质量 技术监督"
)
# Well-known organisations named without a suffix above (media, companies, national bodies).
KNOWN_ORGS = _words(
    "新华社 中新社 中国新闻社 人民日报 光明日报 经济日报 中国日报 新华网 人民网 中新网 央视网 央广网 "
    "中央广播电视总台 总台 央视 中央电视台 中央人民广播电台 国务院 全国人大 全国政协 中共中央 "
    "党中央 新疆生产建设兵团 兵团 国家电网 南方电网 中国石油 中国石化 中石油 中石化 中国移动 "
    "中国联通 中国电信 中国铁路 国铁集团 华为 腾讯 阿里巴巴 京东 比亚迪 宁德时代 中国中铁 中国铁建 "
    "中国建筑 中国交建 国家统计局 国家发展改革委 国家发改委 商务部 教育部 财政部 农业农村部 "
    "工业和信息化部 工信部 自然资源部 生态环境部 交通运输部 水利部 文化和旅游部 国家卫生健康委 "
    "国家乡村振兴局 海关总署 中国科学院 中国工程院 中国社会科学院 中科院"
)
# An organisation's name never opens with these (该公司, 这家医院, 当地政府, 各学校).
ORG_BAD_HEADS = _words("该 这 那 此 其 本 各 每 某 一家 一所 一个 多家 多所 当地 全 该类 有关 相关 所在")
# Self-references of a paper in a dateline: no organisation's name (本报讯, 地区融媒讯).
SELF_MEDIA = _words("本报 本台 本刊 本网 地区融媒 市融媒 县融媒 州融媒 融媒")

# Characters of transliterated (Uyghur, Kazakh, Kyrgyz, Tajik, Russian) names, as they are spelt
# in Chinese; a dotted name's parts are made of them.
TRANSLIT_PARTS = _words(
    "阿不都 阿布都 阿卜杜 阿卜都 阿布力 阿不力 阿力木 阿里木 阿依 阿依古丽 阿依努尔 阿娜尔 阿迪力 "
    "阿米娜 阿曼 阿孜 阿扎提 阿克木 阿斯哈尔 阿尔达克 艾力 艾尔肯 艾克拜尔 艾克热木 艾山 艾买提 艾合买提 "
    "艾则孜 艾孜 艾海提 艾比布拉 艾来提 买买提 买合木提 买提 麦麦提 麦合木提 玉素甫 玉山 玉苏甫 "
    "吐尔逊 吐尔地 吐尔洪 吐逊 托合提 托乎提 托合托逊 依明 伊明 依力 伊力 伊斯拉木 司马义 "
    "热依木 热合曼 热扎克 热依拉 热孜万古丽 热汗古丽 热娜 古丽 古力 古再丽努尔 古丽孜巴 古力米热 "
    "古力巴哈尔 古丽加马丽 吾斯曼 吾拉木 努尔 努尔兰 努尔江 努尔买买提 别克 叶尔兰 叶尔肯 "
    "叶尔波拉提 叶尔达娜 哈那提 加帕尔 哈布德 迪丽努尔 迪力夏提 米娜瓦尔 帕提古丽 帕丽达 巴合提别克 "
    "沙肯 阿不都拉 阿不都热合曼 阿不都克里木 克里木 克力木 尼亚孜 亚生 肉孜 肉山 如则 "
    "塔依尔 斯拉木 祖丽菲亚 祖力 再努尔 孜巴 坎吉 哈力克 哈斯木 卡德尔 卡哈尔 库尔班 库尔班江 "
    "木拉提 木塔力甫 牙生 牙合甫 夏木西 夏提 排尔 帕孜 乃比 穆合塔尔 穆罕默德 麦尔丹 "
    "麦吾兰 马木提 马合木提 买尔旦 买吾兰 赛买提 赛力克 萨吾提 赛丽 茹仙 阿娜古丽 巴图 达吾提 "
    "外力 巴哈 努尔古丽 沙吾提 胡安 胡达 加依 吐拉 迪力 亚力 米热 阿吉 那孜 哈丽 娜扎 伊犁 "
    "安尼瓦尔 吐鲁洪 阿布 都拉 都热 合曼 克力"
)
TRANSLIT_EXTRA = "阿不都卜布力依艾尔肯克拜热木买提麦玉素甫吐逊地洪托合乎明伊斯拉音司马义曼扎古丽再努兰江别叶波达娜哈那加帕德迪米瓦巴沙孜亚尼森肉如塔菲亚坎卡库班牙夏排乃穆罕默旦赛萨吾茹图外胡拉汗西"
TRANSLIT_CHARS = frozenset("".join(TRANSLIT_PARTS) + TRANSLIT_EXTRA) - frozenset("犁")

# Parts of Tibetan and Mongolian names, printed without a dot (扎西顿珠, 巴特尔).
MINORITY_PARTS = _words(
    "扎西 次仁 多吉 多杰 卓玛 尼玛 才让 索南 旺姆 央金 平措 拉巴 边巴 普布 次旦 卓嘎 白玛 央宗 格桑 德吉 "
    "达瓦 旦增 丹增 洛桑 罗布 顿珠 旺堆 曲珍 拉姆 措姆 东智 才旦 更登 桑吉 贡布 强巴 益西 群培 扎巴 "
    "次珠 琼达 米玛 巴桑 次央 德庆 阿旺 土登 嘎玛 仁增 加措 嘉措 才仁 公保 拉珍 格勒 卓么 拉毛 "
    "措 吉 旦 仁青 仁欠 昂旺 索朗 欧珠 朗杰 玉珍 巴珠 尼珍 次吉 旦巴 多布杰 多布吉 达娃 "
    "巴特尔 巴雅尔 孟和 乌兰 其其格 苏和 额尔敦 那仁 图雅 宝音 阿拉坦 斯琴 朝鲁 哈斯 巴图 格日勒 "
    "敖其尔 呼和 毕力格 达来 乌云 萨仁 娜仁 高娃 朝克 白音 布和 巴音 图门 那顺 其木格 塔娜 额尔德尼 "
    "特古斯 满都拉 阿木古楞 吉日嘎拉 乌日娜 格根 苏日娜 都仁 巴根 孟克 朝格图"
)
# Parts that are ordinary words too, never a name alone (尼玛, 吉).
MINORITY_WEAK = frozenset("措 吉 旦 尼玛 乌兰 巴音 哈斯 布和 格勒 呼和 孟和 达来".split())

# Counterpart aid: the words that state a relation, and the programmes papers name.
AID_VERBS = _words(
    "对口支援 对口援疆 对口援藏 对口援青 对口帮扶 对口协作 东西部协作 东西部扶贫协作 结对帮扶 "
    "援疆 援藏 援青 援建 援助 帮扶 支援 挂职 援滇 援黔 援渝 援川 援甘 援宁 援桂 援蒙 援陕"
)
AID_ORG_WORDS = _words("援疆 援藏 援青 对口支援 对口帮扶 东西部协作 援建 挂职")
PROGRAMME_FIELDS = _words(
    "医疗 教育 产业 就业 智力 人才 科技 文化 文旅 旅游 民生 消费 干部 组团式 组团式医疗 组团式教育 "
    "组团式教育医疗 组团式智力 组团式人才 柔性 项目 资金 工业 农业 交流交往交融 交往交流交融"
)

# Words an organisation's name does not run back across (the words before a name: 从塔城地区商务局).
ORG_STOP_WORDS = _words(
    "在 从 向 对 与 及 并 为 由 把 被 将 的 了 是 等 到 给 让 使 经 据 按 于 以 随 同 跟 请 和 或 "
    "派驻 派出 选派 组织 来自 位于 进入 走进 走访 参观 考察 调研 深入 前往 赴 来到 成立 举办 召开 主办 "
    "承办 联合 依托 通过 推动 推进 实施 加强 支持 帮助 带动 引进 签约 签署 获悉 了解 介绍 表示 说 "
    "开展 举行 参加 出席 会同 携手 协调 协助 指导 邀请 联系 对接 入驻 落户 捐赠 捐建 援建 新建 建成 "
    "投入 投资 发布 印发 获得 荣获 评为 授予 设立 挂牌 揭牌 启动 开通 开业 开园 开工 竣工 运营 "
    "近日 日前 今年 去年 昨天 今天 目前 已经 正在 记者 一家 一所 多家 多所 这家 这所 该 这 那 其 各 每 "
    "全 本 有 也 还 都 又 就 才 再 更 很 最 已 曾 将来 以及 及其 其中 包括 例如 如 像 只 仅 兼 "
    "看望 慰问 会见 接待 委托 聘请 派 提供 负责 承担 牵头 协办 主持 宣布 认为 指出 强调 要求 希望 "
    "鼓励 带领 率领 陪同 得知 看到 发现 采访 专访 访问 去 回 进驻 搬进 住进 考入 毕业 就读 就职 任职 "
    "担任 实习 向着 面向 针对 围绕 结合 利用 借助 作为 成为 属于 加入 参与 配合 服务于 "
    "帮 请 送 让 叫 给予 赠送 捐 捐助 资助 达成 获评 建立 组建 筹建 创办 创建 打造 培育 距离 离 "
    "以上 以下 以内 左右 之间 之一 周边 附近 旁 里 内 外 上 下 中 前 后 建设 新建 扩建 改建 投用 启用 "
    "读 学 看 做 考 买 卖 找 进 出 吃 用 建 修 种 养 开 办 住 送 回 走"
)
# Verbs that do stand inside organisations' names (对口支援…指挥部, 招商合作局).
ORG_VERBS = _words(
    "对口 支援 帮扶 援疆 援藏 援青 援 疆 藏 招商 合作 发展 改革 管理 服务 保障 促进 交流 培训 检测 检验 "
    "设计 规划 研究 监督 指挥 经营 生产 加工 交易 开发 繁育 育种 推广 产销 流通 储备 救助 防疫 "
    "治理 保护 监测 调度 运输 物流 孵化 创业 创新 投资 融资 担保 结算 销售 种植 养殖 制造 印刷 创伤 急救 "
    "救治 康复 养老 托育 教学 实训 实验 示范 展示 展销 会展 博览 勘察 测绘 咨询 评估 认证 执法 审批 受理 "
    "调解 仲裁 监管 统计 协作 联络 招生 就业 扶贫 振兴 维修 租赁 收储 分拣 冷藏 仓储 配送 集配 批发 零售 "
    "拍卖 进出口 出口 进口 检疫 监察 巡视 宣传 统战 编辑 出版 发行 营销 策划 运营 控股 应急 质检 交通 "
    "追溯 溯源 质量 安全 检查 鉴定 复核 审计 督查"
)
# Short names that stand for one organisation in local papers (地委 = the prefecture's Party committee).
SHORT_ORGS = _words("地委 行署 县委 市委 州委 区委 盟委 旗委 省委 区党委 州党委 县政府 市政府 州政府 省政府")

# China's ethnic groups: their names are no persons' (柯尔克孜族 holds no 柯尔克).
ETHNIC_GROUPS = _words(
    "维吾尔 哈萨克 柯尔克孜 塔吉克 锡伯 蒙古 土家 布依 哈尼 傈僳 拉祜 东乡 纳西 景颇 达斡尔 仫佬 "
    "撒拉 毛南 仡佬 阿昌 普米 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 "
    "回族 藏族 苗族 彝族 壮族 侗族 瑶族 白族 傣族 黎族 佤族 畲族 水族 土族 羌族 京族 汉族 满族 朝鲜族"
)
# Words that name a place below a county when printed right after a name (安某乡, 某某镇).
SUBPLACE_ENDINGS = "乡镇村县市区州省路街"
# Words of address that follow a surname without being a given name (陈师傅, 李老师).
ADDRESS_WORDS = _words("师傅 老师 阿姨 大姐 大哥 大爷 大妈 奶奶 爷爷 书记 主任 局长 医生 同志 老板 总 工 队长 院长 校长")

# Endings of the bodies of government and of aid (局, 委员会, 指挥部): such a name is an
# organisation whatever words make it up (园区招商合作局). A name with any other ending (中心,
# 医院, 产业园) is one only when something proper opens or fills it: a place, a word the
# dictionary does not know (a brand), a name-like word, an ordinal (第四中心医院).
GOVERNMENT_SUFFIXES = frozenset(
    "前方指挥部 分指挥部 指挥部 前指 工作队 工作组 医疗队 人民政府 政府 行署 党委 纪委 工委 党工委 人大常委会 "
    "常委会 委员会 政协 管委会 管理委员会 局 厅 委 处 部 署 组织部 宣传部 统战部 办公室 办事处 海关 法院 "
    "检察院 公安局 派出所 团委 妇联 工会 共青团 残联 科协 文联 侨联 支部 党支部 总支 日报 晚报 报社 "
    "电视台 广播电视台 融媒体中心 融媒 新闻网 分社".split()
)
# Heads a local paper gives its own area's bodies (自治区教育厅, 地区某某学校): proper enough.
LOCAL_HEADS = _words("自治区 地区 自治州 州 盟 县 市 区 旗 兵团 师市")
# Roles that do stand inside organisations' names (农民专业合作社, 妇女联合会, 专家工作站).
ROLE_NOUNS = frozenset(
    "农民 牧民 渔民 居民 市民 村民 学生 职工 员工 工人 妇女 老人 青年 儿童 教师 护士 医生 专家 干部 党员 "
    "群众 游客 志愿者 企业家 作家 艺术家 学者 代表 委员 技术员 运动员 教练员 农户 养殖户 种植户 商户".split()
)
# Words that say how many or which, before a name (首家, 部分): no name runs back over them.
COUNT_WORDS = frozenset("首家 首个 首批 首座 首所 首周 首次 首届 部分 多个 若干 一批 一些 全部 所有 其他 其余 两家 两所 几家".split())
# Endings whose names are proper by themselves (某某大学, 某某有限公司): any head of two characters.
NAMED_SUFFIXES = frozenset("大学 医科大学 学院 研究院 研究所 科学院 科学研究院 集团 有限公司 股份有限公司 有限责任公司 "
                           "股份公司 银行 协会 学会 商会 联合会 基金会 促进会 联合体 智库 报社".split())
# Endings whose organisations a paper names by their place (某地造船厂): without a place it is a kind (加工厂).
PLACE_NAMED_SUFFIXES = frozenset("厂".split())
# Aid bodies (指挥部, 工作队): an organisation when a place or something proper names it
# (某省援疆前方指挥部), not as a kind (援疆医疗队).
AID_SUFFIXES = frozenset("前方指挥部 分指挥部 指挥部 前指 工作队 工作组 医疗队".split())
# Heads that make a name a class of places, not one organisation (三级医院, 县级医院, 乡镇卫生院).
GENERIC_HEADS = _words("三级 二级 一级 三甲 二甲 县级 市级 省级 国家级 乡镇 乡级 村级 重点 优质 大型 中小 "
                       "各级 基层 定点 公立 民营 综合 专科 龙头 骨干 上市 新型 现代 示范")

# Verbs right before the recipient of a pairing (某省对口支援某州): the place after one is the
# recipient, and the sentence's other places are not.
PAIRING_VERBS = _words("对口支援 对口援疆 对口援藏 对口援青 对口帮扶 对口协作 结对帮扶 结对 援建 支援 帮扶 援助 携手")
# The provinces (first two digits of their codes) that receive counterpart aid and east–west
# cooperation: Inner Mongolia, Guangxi, Chongqing, Sichuan, Guizhou, Yunnan, Tibet, Shaanxi,
# Gansu, Qinghai, Ningxia, Xinjiang. A recipient lies in one of them.
RECIPIENT_PROVINCES = frozenset("15 45 50 51 52 53 54 61 62 63 64 65".split())

# Endings of facilities rather than bodies (产业园, 物流中心, 滑雪场): a place opening such a name is
# a place the article speaks of (某县冷链物流中心 is in 某县).
FACILITY_SUFFIXES = frozenset("中心 基地 产业园 工业园 站 机场 滑雪场 度假区 开发区 高新区 经开区 示范区 试验区 自贸区 "
                              "实验室 工作室 图书馆 博物馆 纪念馆 交易所".split())

# Zones and parks (某某产业园, 某某经济技术开发区, 某某基地): places below a county where firms
# stand, not organisations (their 管委会 is one).
ZONE_SUFFIXES = tuple("产业园 工业园 开发区 高新区 经开区 示范区 试验区 自贸区 保税区 综合保税区 度假区 基地".split())
