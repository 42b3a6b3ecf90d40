"""Typeset small newspaper-like PDF pages for the PDF reader's tests.

    python tests/pdfs/make_pdfs.py OUT_DIR

Every page is drawn character by character with reportlab's built-in CID font
STSong-Light (no font file needed), from stories written for these tests. The
pages vary what the reader must not depend on: column counts, sizes, fake-bold
offsets, letter spacing, indentation by shift or by ideographic spaces, and
the order in which things are drawn. `STORIES` holds the expected answers.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))


@dataclass
class Story:
    title: str
    paragraphs: list[str]
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""
    standfirst: str = ""
    subheads: list[str] = field(default_factory=list)  # paragraphs printed bold as subheads


HARBOUR = Story(
    kicker="港口物流再提速",
    title="滨江新港开通第二条集装箱航线",
    subtitle="首月吞吐量同比增长18%",
    byline="□ 本报记者 林晓岚",
    paragraphs=[
        "本报讯（记者 林晓岚）10月9日上午，滨江新港第二条集装箱航线正式开通，首艘货轮装载312个标准箱驶离码头。",
        "据港务集团介绍，新航线每周往返两班，连接沿江六个港口，单程运输时间由原来的5天缩短到3天，每个标准箱的物流成本下降约400元。",
        "一线观察",
        "在码头作业区，12台桥吊同时运转，装卸工人分成三班轮流作业。调度中心负责人说，港区今年新增堆场面积4.5万平方米，可同时停放集装箱8000余个。",
        "港务集团表示，下一步将加快建设铁水联运通道，力争明年集装箱吞吐量突破60万标准箱，带动周边企业新增就业岗位1200个。",
    ],
    subheads=["一线观察"],
)
LIBRARY = Story(
    title="社区书屋开到家门口",
    paragraphs=[
        "走进城南街道的社区书屋，二十多位居民正在安静地阅读。书屋藏书3600册，每天开放10个小时。",
        "街道负责人介绍，今年全街道共建成社区书屋7个，累计接待读者2.3万人次，还组织了读书分享会45场。",
    ],
)
FARM = Story(
    title="高标准农田建设助秋粮丰收",
    paragraphs=[
        "本报讯（记者 陈思）今年以来，河湾县新建高标准农田5.2万亩，配套修建灌溉渠道86公里。",
        "县农业农村局数据显示，项目区玉米平均亩产达到650公斤，比去年提高近一成，带动1800多户农民增收。",
        "当地还引进了烘干设备23台，粮食烘干能力每天超过900吨，有效缓解了雨季晾晒难题。",
    ],
)
FARM_JUMP = "（下转第2版）"
HEADER = "滨江日报　2024年10月10日　星期四　第1版"
PHOTO_CAPTIONS = ["10月8日，游客在湿地公园观赏候鸟。", "今年入园越冬的候鸟超过2万只。"]
PHOTO_CREDIT = "本报记者 赵宁 摄"
INSET_CAPTION = "新航线首航货轮驶离码头。"
SIDE_CAPTION = "志愿者在东湖社区清理河道边的垃圾。"
SIDE_CREDIT = "通讯员 马骏 摄"
MARKET = Story(
    title="夜市经济点亮老城区",
    standfirst="老城区夜市开市三个月，日均客流量超过1.5万人次，成为市民休闲消费的新去处。",
    paragraphs=[
        "傍晚六点，老城区步行街的摊位陆续亮起灯。夜市共设摊位210个，涵盖小吃、手工艺品和农特产品。",
        "市商务局相关负责人表示，夜市开市以来，带动周边商户营业额增长25%，新增个体经营户96户。",
        "下一步，老城区将延长夜市营业时间至晚上11点，并增设停车位300个，方便市民出行。",
    ],
)
CLEANUP = Story(
    title="",
    byline="□ 通讯员 马骏",
    paragraphs=[
        "连日来，东湖社区组织志愿者开展环境整治行动，清理卫生死角40余处，清运垃圾15吨。",
        "社区还在每栋楼前设置了分类垃圾桶，并安排专人每天巡查，居民对小区环境的满意度明显提升。",
    ],
)
SCHOOL = Story(
    title="乡村学校用上智慧课堂",
    subtitle="全县86所学校实现网络全覆盖",
    paragraphs=[
        "本报讯 今年秋季学期开学，山阳县86所乡村学校全部接入千兆宽带，每间教室都配备了交互式电子白板。",
        "县教育局负责人介绍，这项工程总投资3200万元，惠及学生1.8万名。城区学校的优秀教师通过同步课堂，每周为乡村学生上课120余节。",
        "青石镇中心小学六年级学生说，现在能和城里的同学一起上科学课，做实验的机会也多了。",
    ],
)
BRIDGE = Story(
    title="跨江大桥主体结构顺利合龙",
    paragraphs=[
        "10月12日，横跨清江的新城大桥主体结构顺利合龙。大桥全长1.6公里，主跨达到480米。",
        "建设单位表示，大桥预计明年6月建成通车，届时两岸通行时间将由40分钟缩短至8分钟。",
    ],
)
ORCHARD = Story(
    title="山坡果园迎来采摘季",
    byline="本报记者 田野 通讯员 苏禾",
    paragraphs=[
        "入秋以来，北坡村的苹果园进入采摘高峰，全村果园面积2600亩，预计产量超过4000吨，比去年增加一成半。",
        "村里去年建起了冷库和分拣线，果子按大小分成五个等级装箱，优等果每公斤能卖到9元，收购商直接开车进村拉货。",
        "果农老周算了一笔账，他家12亩果园今年能收入18万元左右，比种玉米多挣了好几倍，明年还打算再扩种3亩新品种。",
    ],
)
FERRY = Story(
    title="渡口新船下水",
    byline="□ 本报记者 欧阳明 通讯员 努尔兰·巴特",
    paragraphs=[
        "南岸渡口的新渡船昨天下水试航，船长26米，一次可载客120人，比旧船多出一半。",
        "渡口每天往返40多个班次，新船投入运营后，两岸居民候船时间将缩短到15分钟以内。",
    ],
)
KILN = Story(
    title="老窑厂变身陶艺馆",
    byline="本报记者 林泉高远帆 通讯员 何方",
    paragraphs=[
        "城西废弃多年的砖窑厂经过改造，成了一座陶艺体验馆，开馆一个月接待游客8000多人次。",
        "馆里保留了三座老窑，游客可以在师傅指导下拉坯、上釉，作品烧好后寄到家中。",
    ],
)
MILL = Story(
    kicker="老厂房 新活力",
    title="纺织旧厂区建成创意园",
    subtitle="首批入驻企业42家",
    paragraphs=[
        "位于河东区的纺织旧厂区改造完工，保留下来的六栋红砖厂房成了设计工作室和小剧场。",
        "园区负责人介绍，改造共投入资金1.2亿元，预计每年吸引游客30万人次，带动就业1500人。",
    ],
)
WETLAND = Story(
    title="湿地公园水鸟越来越多",
    standfirst="“以前一年见不到几回白鹭，现在天天都能看到。”",
    paragraphs=[
        "清晨的南湖湿地公园，成群的白鹭在浅滩上觅食，几只苍鹭站在芦苇丛边一动不动。公园管理处的监测数据显示，今年园内记录到的鸟类达到146种，比五年前多了40种。",
        "近年来，公园退塘还湿1200亩，补种本地水生植物30多种，还在湖心岛设置了禁入区，给鸟类留出安静的栖息地。",
        "家住附近的退休教师老吴每天都来拍鸟，他说，相机里的鸟种一年比一年多，周末还常有外地的观鸟爱好者专程赶来。",
    ],
)
GREENHOUSE = Story(
    title="温室里种出反季节草莓",
    paragraphs=[
        "河滩村的十二座温室大棚里，草莓已经挂满枝头，比露天种植提前了整整三个月上市。",
        "合作社负责人说，大棚草莓每公斤卖到40元，今年预计收入120万元，带动30多户村民在家门口就业。",
        "村里还请来农技专家驻村指导，从育苗、施肥到病虫害防治都有人手把手教。",
    ],
)
INSET_PHOTO_CAPTION = "图为村民在大棚里采摘草莓。"
INSET_PHOTO_CREDIT = "严冬"
SIDE_PHOTO_CAPTION = "11月5日，收割机在城郊的稻田里作业，今年全区水稻平均亩产超过600公斤。"
SIDE_PHOTO_CREDIT = "记者 王川 摄"
OVER_PHOTO_CAPTION = "雪后的山村炊烟袅袅。"
OVER_PHOTO_CREDIT = "通讯员 程远 摄"
BRIEFS_LABEL = "城乡短讯"
BRIEFS = [
    "■ 本报讯 近日，东关小学新建的塑胶跑道投入使用，全校1200名学生有了标准的运动场地。（记者 宋河）",
    "■ 城北农贸市场改造工程日前全部完工投入使用，新增摊位86个，市场内实行明码标价、统一称重。（通讯员 卢青）",
    "■ 本报讯 今年以来，全县新建乡村公路42公里，沿线9个行政村实现了客车通达。（欧阳晓东阿依古丽娜）",
]
RIVERBANK = Story(
    title="沿河步道全线贯通",
    paragraphs=[
        "全长8公里的沿河步道日前全线贯通，沿途设置了12处休息点和4座公共卫生间。",
        "步道两侧新栽樱花、海棠等苗木3000多株，晚上还有景观灯照明，成了附近居民散步健身的好去处。",
    ],
)
RIVERBANK_CAPTION = "市民在新建成的步道上散步。"
KITES_TITLE = "风筝节上比技艺"
KITES_CAPTION = "选手放飞自制的龙头蜈蚣风筝，长度超过20米。"
BAKERY = Story(
    title="老街烤馕铺成了网红店",
    subtitle="一天要烤六百多个馕",
    paragraphs=[
        "本报讯（记者 林岚）每天清晨，老街的烤馕铺前就排起长队，店主一天要烤600多个馕，节假日还要翻倍。",
        "店主说，店里的馕坑用了二十多年，他还开通了网上订购，馕饼最远寄到过上海和广州。",
    ],
)
BAKERY_DATELINE, BAKERY_BODY = "本报讯（记者 林岚）", [BAKERY.paragraphs[0].split("）", 1)[1], *BAKERY.paragraphs[1:]]
ORCHID = Story(
    title="兰花基地喜获丰收",
    subtitle="东山温室今年培育兰花二十五万盆",
    byline="□ 本报通讯员 严明 记者 谷雨",
    paragraphs=[
        "春节临近，东山兰花基地的温室里一片繁忙，工人们正忙着给订单装箱，今年基地共培育兰花25万盆。",
        "基地负责人说，兰花每盆售价在60元到300元之间，七成销往外省。",
    ],
)
SNOW = Story(
    title="今冬首场大雪",
    paragraphs=[
        "昨夜起，全市迎来今冬首场降雪，城区平均积雪深度达到8厘米，部分山区超过15厘米。",
        "环卫部门连夜出动除雪车辆160台次，主要道路早高峰前全部恢复通行。",
    ],
)
LANTERN = Story(
    title="灯笼作坊赶制年货",
    paragraphs=[
        "临近春节，城南的灯笼作坊里，工人们正忙着扎骨架、糊红纸，每天能做出灯笼500多个。",
        "作坊负责人说，今年的订单比往年多了三成，不少灯笼已经发往外地。",
    ],
)
SKATING = Story(
    title="公园冰场开门迎客",
    paragraphs=[
        "人民公园的天然冰场今天开放，冰面面积约2万平方米，每天开放到晚上9点。",
        "冰场还增设了雪圈和冰车等项目，并安排了专职安全员在冰面巡查。",
    ],
)
WINDFARM = Story(
    title="戈壁上的风电场",
    byline="本报记者 宁远 通讯员 贺兰",
    paragraphs=[
        "沿着公路向西，成片的风机在戈壁上迎风转动。风电场去年并网发电，年发电量约12亿千瓦时。",
        "场站负责人介绍，风机由远程集控中心统一调度，现场只需8名运维人员。",
    ],
)
WINDFARM_CAPTION = "风机在戈壁上迎风转动。"
WINDFARM_CREDIT = "通讯员 贺兰 摄"
CARPETS = Story(
    title="手工地毯织出新花样",
    paragraphs=[
        "在河西镇的地毯编织工坊里，三十多名织毯女工正在赶制一批新图案的手工地毯，工坊今年的订单已经排到了年底。",
        "设计师把当地的石榴、葡萄等图案融进地毯，新款地毯每平方米能多卖200元，织毯女工的月收入也随之提高。",
        "工坊负责人说，明年还打算招收50名学徒，把手工地毯的编织手艺传下去。",
    ],
)
CARPETS_CAPTION = "图为河西镇工坊的织毯女工在编织新款手工地毯。"
CARPETS_BYLINE = "□ 本报记者 米兰 古丽"
PHOTO_PAGE_CAPTIONS = [
    "11月2日，城东新区的建设工地上，塔吊林立，工人们抢抓晴好天气浇筑楼板混凝土，力争年底前完成主体结构施工。",
    "11月2日，南湖公园的银杏叶由绿转黄，吸引不少市民前来拍照留念，公园还增设了临时停车位和观景步道方便游客。",
]
CARPETS_QUOTE = "“一张好地毯，要织上整整一个月。”"
LANTERN_BYLINE = ("□ 本报记者 秦川", "通讯员 阿依夏·热合曼")
OPEN_CAPTION = "村民在新建的温室里采摘草莓。"
LONE_CAPTION = "晨雾中的古渡口，几只水鸟掠过江面。"
FAR_PIECES = ("码头装卸效率明显提高", "二、新的航线")
DAIRY = Story(
    title="奶牛场用上智能项圈",
    subtitle="每头牛的体温和进食量都能在手机上查看",
    paragraphs=[
        "城郊的一家奶牛场给480头奶牛戴上了智能项圈，饲养员在手机上就能看到每头牛的活动量。",
        "场长说，发现异常能提前两三天处理，今年奶牛发病率下降了三成。",
    ],
)
STORIES = {"carpets": CARPETS, "windfarm": WINDFARM, "snow": SNOW, "lantern": LANTERN, "skating": SKATING, "dairy": DAIRY, "riverbank": RIVERBANK, "greenhouse": GREENHOUSE, "wetland": WETLAND, "mill": MILL,
           "ferry": FERRY, "kiln": KILN, "orchard": ORCHARD, "school": SCHOOL, "bridge": BRIDGE,
           "harbour": HARBOUR, "library": LIBRARY, "farm": FARM, "market": MARKET, "cleanup": CLEANUP}


class Typesetter:
    """Draws text character by character; drawing is deferred so the order can be changed."""

    def __init__(self, canvas: Canvas, height: float, fake_bold: float):
        self.canvas = canvas
        self.height = height
        self.fake_bold = fake_bold
        self.ops: list[Callable[[], None]] = []

    def width(self, text: str, size: float) -> float:
        return pdfmetrics.stringWidth(text, FONT, size)

    def text(self, text: str, x: float, top: float, size: float, bold: bool = False, spacing: float = 0.0) -> None:
        """One line whose top is `top` points from the page top."""
        baseline = self.height - top - size * 0.88
        offsets = [(0.0, 0.0)] + ([(self.fake_bold, -self.fake_bold)] if bold else [])

        def draw() -> None:
            self.canvas.setFont(FONT, size)
            for dx, dy in offsets:
                cursor = x
                for char in text:
                    self.canvas.drawString(cursor + dx, baseline + dy, char)
                    cursor += self.width(char, size) + spacing

        self.ops.append(draw)

    def whole_line(self, text: str, x: float, top: float, size: float, char_space: float = 0.0) -> None:
        """One line drawn as a single string, letter-spaced with the PDF's character spacing."""
        baseline = self.height - top - size * 0.88

        def draw() -> None:
            line = self.canvas.beginText(x, baseline)
            line.setFont(FONT, size)
            line.setCharSpace(char_space)
            line.textLine(text)
            self.canvas.drawText(line)

        self.ops.append(draw)

    def picture(self, x: float, top: float, width: float, height: float, gray: float = 0.8) -> None:
        def draw() -> None:
            self.canvas.setFillGray(gray)
            self.canvas.rect(x, self.height - top - height, width, height, stroke=0, fill=1)
            self.canvas.setFillGray(0)

        self.ops.append(draw)

    def rule(self, x0: float, x1: float, top: float) -> None:
        def draw() -> None:
            self.canvas.setLineWidth(0.6)
            self.canvas.line(x0, self.height - top, x1, self.height - top)

        self.ops.append(draw)

    def wrap(self, text: str, width: float, size: float, first_indent: float) -> list[str]:
        lines, current, room = [], "", width - first_indent
        for char in text:
            if current and self.width(current + char, size) > room:
                lines.append(current)
                current, room = "", width
            current += char
        if current:
            lines.append(current)
        return lines

    def flow(self, story: Story, columns: list[tuple[float, float]], top: float, bottom: float,
             size: float, leading: float, indent: str, whole_lines: bool = False,
             inset: tuple[int, float, float] | None = None, spacing: float = 0.0,
             nudge: tuple[int, float] = (-1, 0.0)) -> None:
        """Set a story's paragraphs down its columns; `indent` is "shift" or "ideographic".

        `inset` (column, top, bottom) is a stretch of a column the text flows around;
        `spacing` is letter-spacing in points: lines are justified, spaced to fill the measure;
        `nudge` (line, points) moves the story's line of that number right.
        """
        column, y, number = 0, top, 0
        for paragraph in story.paragraphs:
            bold = paragraph in story.subheads
            measure = columns[0][1] * size / (size + spacing)
            if indent == "ideographic":
                lines, shift = self.wrap("\u3000\u3000" + paragraph, measure, size, 0.0), 0.0
            else:
                lines, shift = self.wrap(paragraph, measure, size, 2 * size), 2 * size
            for k, line in enumerate(lines):
                if y + leading > bottom:
                    column, y = column + 1, top
                if inset and inset[0] == column and inset[1] - leading < y < inset[2]:
                    y = inset[2]
                x = columns[column][0] + (shift if k == 0 else 0.0) + (nudge[1] if number == nudge[0] else 0.0)
                number += 1
                if whole_lines:
                    self.whole_line(line, x, y, size)
                elif spacing and k + 1 < len(lines):  # justified: the spacing fills the measure
                    room = columns[column][1] - (shift if k == 0 else 0.0) - self.width(line, size)
                    self.text(line, x, y, size, bold=bold, spacing=room / max(len(line) - 1, 1))
                else:
                    self.text(line, x, y, size, bold=bold, spacing=spacing)
                y += leading

    def emit(self, order: str, seed: int = 0, form: str = "") -> None:
        """Draw, in the given order; inside a form XObject named `form` when given."""
        ops = list(self.ops)
        if order == "reversed":
            ops.reverse()
        elif order == "shuffled":
            random.Random(seed).shuffle(ops)
        if form:
            self.canvas.beginForm(form)
        for op in ops:
            op()
        if form:
            self.canvas.endForm()
            self.canvas.doForm(form)
        self.ops = []


def columns(left: float, count: int, width: float, gutter: float) -> list[tuple[float, float]]:
    return [(left + k * (width + gutter), width) for k in range(count)]


def four_column_page(canvas: Canvas) -> None:
    """Four columns under a page header: a three-column lead, a one-column story, a photo, a two-column story.

    Fake bold drawn 0.45 pt apart, a letter-spaced title, indentation by
    ideographic spaces in one story and by shift in the others, a jump line; drawn in reverse.
    """
    width, height = 700.0, 900.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.45)
    t.text(HEADER, 40, 14, 8)
    t.rule(40, 660, 27)
    t.text(HARBOUR.kicker, 40, 40, 13)
    t.text(HARBOUR.title, 40, 60, 26, bold=True)
    t.text(HARBOUR.subtitle, 40, 94, 14)
    t.text(HARBOUR.byline, 40, 116, 9)
    t.flow(HARBOUR, columns(40, 3, 135, 16), 136, 430, 10.5, 16, "ideographic")
    t.text(LIBRARY.title[:5], 505, 40, 18, spacing=7)
    t.text(LIBRARY.title[5:], 505, 64, 18, spacing=7)
    t.flow(LIBRARY, columns(505, 1, 150, 0), 96, 430, 10.5, 16, "shift")
    t.picture(40, 460, 250, 150)
    t.text(PHOTO_CAPTIONS[0], 40, 618, 8)
    t.text(PHOTO_CAPTIONS[1], 40, 630, 8)
    t.text(PHOTO_CREDIT, 330 - t.width(PHOTO_CREDIT, 8), 642, 8)  # strays into the next column
    t.text(FARM.title, 320, 460, 20)
    t.flow(FARM, columns(320, 2, 160, 15), 494, 640, 10.5, 16, "shift")
    t.text(FARM_JUMP, 655 - t.width(FARM_JUMP, 10.5), 646, 10.5)
    t.emit("reversed")
    canvas.showPage()


def two_column_page_in_form(canvas: Canvas) -> None:
    """The two-column page drawn inside a form XObject (read character by character)."""
    two_column_page(canvas, form="whole_page")


def two_column_page(canvas: Canvas, form: str = "") -> None:
    """Two columns at 11 pt; shuffled drawing order.

    A fake-bold title 1.1 pt apart, a standfirst, a rule, a headless story on
    a tinted box, and a picture with its caption and credit beside it.
    """
    width, height = 500.0, 700.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=1.1)
    t.text(MARKET.title, 36, 36, 22, bold=True)
    for k, line in enumerate(t.wrap(MARKET.standfirst, 428, 12.5, 0.0)):
        t.text(line, 36, 70 + k * 18, 12.5)
    t.flow(MARKET, columns(36, 2, 205, 18), 116, 300, 11, 17, "shift")
    t.rule(36, 464, 318)
    t.picture(30, 326, 440, 110, gray=0.93)
    t.text(CLEANUP.byline, 36, 332, 9.5)
    t.flow(CLEANUP, columns(36, 2, 205, 18), 352, 430, 11, 17, "ideographic")
    t.picture(36, 460, 160, 110)
    t.text(SIDE_CAPTION, 210, 520, 9)
    t.text(SIDE_CREDIT, 210, 534, 9)
    t.emit("shuffled", seed=7, form=form)
    canvas.showPage()


def three_column_page(canvas: Canvas) -> None:
    """Whole lines drawn as strings at 9 pt: a title letter-spaced by character spacing,
    and a story whose headline stands upright (one character under the other) beside its body."""
    width, height = 600.0, 520.0 + 60
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.whole_line(SCHOOL.title, 40, 30, 20, char_space=8)
    t.whole_line(SCHOOL.subtitle, 40, 58, 12)
    t.flow(SCHOOL, columns(40, 3, 160, 14), 82, 250, 9, 13, "shift", whole_lines=True)
    for k, char in enumerate(BRIDGE.title):
        t.whole_line(char, 50, 268 + k * 18, 16)
    t.flow(BRIDGE, columns(130, 2, 200, 14), 290, 400, 9, 13, "ideographic", whole_lines=True)
    t.emit("in order")
    canvas.showPage()


def inset_picture_page(canvas: Canvas) -> None:
    """A three-column story with a picture and its caption set inside its middle column."""
    width, height = 560.0, 480.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(HARBOUR.title, 40, 30, 22)
    t.flow(HARBOUR, columns(40, 3, 150, 15), 70, 300, 10, 15, "shift", inset=(1, 120, 235))
    t.picture(205, 125, 150, 90)
    t.text(INSET_CAPTION, 205, 220, 8)
    t.emit("in order")
    canvas.showPage()


def ruled_briefs_page(canvas: Canvas) -> None:
    """Two headless stories, one above the other, told apart only by a rule between them."""
    width, height = 440.0, 330.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.flow(LIBRARY, columns(30, 2, 180, 20), 30, 130, 10, 15, "shift", whole_lines=True)
    t.rule(30, 410, 150)
    t.flow(CLEANUP, columns(30, 2, 180, 20), 165, 260, 10, 15, "shift", whole_lines=True)
    t.emit("in order")
    canvas.showPage()


def narrow_gutter_page(canvas: Canvas) -> None:
    """Letter-spaced body text in two columns 0.6 em apart, so that lines on one
    baseline nearly touch; a byline drawn as one string with word spaces."""
    width, height = 420.0, 300.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(ORCHARD.title, 30, 24, 20)
    t.whole_line(ORCHARD.byline, 30, 56, 10)
    t.flow(ORCHARD, columns(30, 2, 177, 6), 74, 190, 10, 15, "shift", spacing=1.8)
    t.emit("in order")
    canvas.showPage()


def wrapped_bylines_page(canvas: Canvas) -> None:
    """Bylines too long for their column: one in bold right under its headline wraps inside a
    name, one set flush right at its story's end, two names run together, wraps its last name.
    A third, flush right at its story's end, names its authors on two lines, a role on each."""
    width, height = 600.0, 320.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.3)
    head = FERRY.byline[:FERRY.byline.index("努") + 1]
    measure = t.width(head, 10)
    t.text(FERRY.title, 30, 24, 18)
    t.text(head, 30, 48, 10, bold=True)
    t.text(FERRY.byline[len(head):], 30, 63, 10, bold=True)
    t.flow(FERRY, columns(30, 1, measure, 0), 85, 300, 10, 15, "shift")
    left = 30 + measure + 24
    t.text(KILN.title, left, 24, 18)
    t.flow(KILN, columns(left, 1, measure, 0), 52, 300, 10, 15, "shift")
    tail = KILN.byline[-1]
    t.text(KILN.byline[:-1], left + measure - t.width(KILN.byline[:-1], 10), 172, 10)
    t.text(tail, left + measure - t.width(tail, 10), 187, 10)
    third = left + measure + 24
    t.text(LANTERN.title, third, 24, 18)
    t.flow(LANTERN, columns(third, 1, measure, 0), 52, 300, 10, 15, "shift")
    first, second = LANTERN_BYLINE
    t.text(first, third + measure - t.width(first, 10), 157, 10)
    t.text(second, third + measure - t.width(second, 10), 172, 10)
    t.emit("in order")
    canvas.showPage()


TWICE_WRAPPED_BYLINE = ("□ 本报记者 林海 通讯", "员 阿依努尔·买买提", "江")


def twice_wrapped_byline_page(canvas: Canvas) -> None:
    """A byline with a long name in a narrow column, wrapped twice: inside a role, then inside
    the name."""
    width, height = 200.0, 300.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(SNOW.title, 30, 24, 16)
    measure = max(t.width(line, 10) for line in TWICE_WRAPPED_BYLINE)
    for k, line in enumerate(TWICE_WRAPPED_BYLINE):
        t.text(line, 30, 50 + 15 * k, 10, spacing=(measure - t.width(line, 10)) / max(len(line) - 1, 1) if k < 2 else 0.0)
    t.flow(SNOW, columns(30, 1, measure, 0), 100, 290, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def desk_signed_page(canvas: Canvas) -> None:
    """A commentary: the desk's name set as the kicker over the headline and again as the
    byline under it, with no person named."""
    width, height = 240.0, 300.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text("本报评论员", 30, 24, 10.3)
    t.text(SKATING.title, 30, 38, 18)
    t.text("本报评论员", 30, 64, 10)
    t.flow(SKATING, columns(30, 1, 170, 0), 84, 290, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def headless_story_under_page(canvas: Canvas) -> None:
    """A story in two columns, its last line ending a sentence; under both columns, past a
    white band, a story with no headline starts again at the left column; under it, a story
    with a headline."""
    width, height = 420.0, 360.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(SNOW.title, 30, 24, 16)
    t.flow(SNOW, columns(30, 2, 170, 16), 50, 95, 10, 15, "shift")
    t.flow(LANTERN, columns(30, 2, 170, 16), 150, 200, 10, 15, "shift")
    t.text(SKATING.title, 30, 230, 16)
    t.flow(SKATING, columns(30, 2, 170, 16), 256, 330, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def quiet_headline_parts_page(canvas: Canvas) -> None:
    """A kicker set barely larger than the body above its headline, a subtitle a point larger
    under it: only their places make them headline parts. Beside, a one-column story whose
    subtitle wraps over two lines."""
    width, height = 600.0, 260.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(MILL.kicker, 30, 24, 10.3)
    t.text(MILL.title, 30, 38, 20)
    t.text(MILL.subtitle, 30, 62, 11)
    t.flow(MILL, columns(30, 2, 170, 16), 84, 240, 10, 15, "shift")
    t.text(DAIRY.title, 430, 24, 18)
    for k, line in enumerate(t.wrap(DAIRY.subtitle, 140, 11, 0.0)):
        t.text(line, 430, 47 + 14 * k, 11)
    t.flow(DAIRY, columns(430, 1, 140, 0), 84, 250, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def body_size_subtitles_page(canvas: Canvas) -> None:
    """Subtitles set a tenth of a point above the body, in its font: one under its headline
    before the byline, one before a dateline on a line of its own, over an indented paragraph."""
    width, height = 420.0, 300.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(ORCHID.title, 30, 24, 18)
    t.text(ORCHID.subtitle, 30, 47, 10.1)
    t.text(ORCHID.byline, 30, 62, 10)
    t.flow(ORCHID, columns(30, 1, 170, 0), 80, 290, 10, 15, "shift")
    t.text(BAKERY.title, 216, 24, 18)
    t.text(BAKERY.subtitle, 216, 47, 10.1)
    t.text(BAKERY_DATELINE, 236, 62, 10)
    t.flow(Story(BAKERY.title, BAKERY_BODY), columns(216, 1, 170, 0), 77, 290, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def framed_quote_page(canvas: Canvas) -> None:
    """A pull quote in larger type between two short rules, at the head of a story's first column."""
    width, height = 420.0, 330.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(WETLAND.title, 30, 24, 20)
    t.rule(30, 200, 56)
    for k, line in enumerate(t.wrap(WETLAND.standfirst, 170, 12, 0.0)):
        t.text(line, 30, 62 + 17 * k, 12)
    t.rule(30, 200, 100)
    t.flow(WETLAND, columns(30, 2, 170, 16), 108, 310, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def photo_credits_page(canvas: Canvas) -> None:
    """Credits with captions: a bare name flush right under the caption of a picture set in a
    story's second column under its headline; a printed credit run on at the end of a ragged
    caption beside a picture, wrapped over two lines; a credit set between a picture and its caption."""
    width, height = 420.0, 560.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(GREENHOUSE.title, 30, 20, 28)
    t.flow(GREENHOUSE, columns(30, 1, 170, 0), 58, 300, 10, 15, "shift")
    t.picture(216, 58, 170, 100)
    t.text(INSET_PHOTO_CAPTION, 216, 164, 8)
    t.text(INSET_PHOTO_CREDIT, 386 - t.width(INSET_PHOTO_CREDIT, 8), 176, 8)
    t.picture(30, 290, 170, 100)
    text = SIDE_PHOTO_CAPTION + SIDE_PHOTO_CREDIT[:-3]
    for k, line in enumerate(t.wrap(text, 120, 8, 0.0) + [SIDE_PHOTO_CREDIT[-3:]]):
        t.text(line, 216, 292 + 11 * k, 8)
    t.picture(30, 420, 170, 90)
    t.text(OVER_PHOTO_CREDIT, 200 - t.width(OVER_PHOTO_CREDIT, 8), 514, 8)
    t.text(OVER_PHOTO_CAPTION, 30, 526, 8)
    t.emit("in order")
    canvas.showPage()


def briefs_page(canvas: Canvas) -> None:
    """A one-column briefs column under its label: items with no headline, each signed in brackets
    at its end (two names run together in one); the first line of each opens with a box mark,
    one with no dateline after it and no punctuation before the line's end."""
    width, height = 240.0, 360.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(BRIEFS_LABEL, 60, 20, 14)
    y = 50.0
    for item in BRIEFS:
        for k, line in enumerate(t.wrap(item, 180, 10, 10.0)):
            t.text(line, 40 if k == 0 else 30, y, 10)
            y += 15
        y += 6
    t.emit("in order")
    canvas.showPage()


def overhang_page(canvas: Canvas) -> None:
    """Two justified columns on one grid of baselines, 7 points apart; one line of the first column set 1.5
    points right, so the gutter left is narrower than the white between the rows."""
    width, height = 420.0, 300.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(ORCHARD.title, 30, 24, 20)
    t.flow(ORCHARD, columns(30, 2, 176, 7), 60, 190, 10, 16, "shift", spacing=0.5, nudge=(1, 1.5))
    t.emit("in order")
    canvas.showPage()


def ruled_photo_page(canvas: Canvas) -> None:
    """Under a rule across the page: a story whose picture and caption stand between its headline
    and its text, beside a photo story that ends lower than the caption, so that the widest
    white across the page lies between the story's caption and its text."""
    width, height = 420.0, 360.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.rule(30, 390, 30)
    t.text(RIVERBANK.title, 30, 38, 16)
    t.picture(30, 62, 170, 90)
    t.text(RIVERBANK_CAPTION, 30, 156, 8)
    t.flow(RIVERBANK, columns(30, 1, 170, 0), 196, 350, 10, 15, "shift")
    t.text(KITES_TITLE, 216, 38, 16)
    t.picture(216, 62, 174, 110)
    t.text(KITES_CAPTION, 216, 176, 8)
    t.emit("in order")
    canvas.showPage()


def far_pieces_page(canvas: Canvas) -> None:
    """One baseline holding a line's end drawn a character at a time in the first column and a
    subhead's first character in the third: the only two gaps between single characters there
    are none and a column's width."""
    width, height = 480.0, 120.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    left, right = FAR_PIECES
    t.whole_line(left[:-2], 30, 40, 10)
    t.text(left[-2:], 30 + t.width(left[:-2], 10), 40, 10)
    t.text(right[0], 330, 40, 10)
    t.whole_line(right[1:], 340, 40, 10)
    t.emit("in order")
    canvas.showPage()


def spaced_words_page(canvas: Canvas) -> None:
    """Word spaces wider than a narrow gutter: a dateline's reporter set apart by a justified
    space of 0.7 em at the head of a story; a byline whose tail (its last character) stands
    under its first character, left of the body's indented first line, the three set a little
    apart from the lines under them."""
    width, height = 420.0, 260.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    measure = 180.0
    t.text(BAKERY.title, 30, 24, 16)
    first, rest = BAKERY.paragraphs[0].split(" ", 1)
    t.text(first, 50, 52, 10)
    start = 50 + t.width(first, 10) + 7
    head = ""
    for char in rest:
        if start + t.width(head + char, 10) > 30 + measure:
            break
        head += char
    t.text(head, start, 52, 10)
    story = Story(BAKERY.title, [rest[len(head):], *BAKERY.paragraphs[1:]])
    lines = t.wrap(story.paragraphs[0], measure, 10, 0.0)
    for k, line in enumerate(lines):
        t.text(line, 30, 67 + 15 * k, 10)
    t.flow(Story("", story.paragraphs[1:]), columns(30, 1, measure, 0), 67 + 15 * len(lines), 250, 10, 15, "shift")
    left = 230
    t.text(ORCHID.title, left, 24, 16)
    t.text(ORCHID.byline[:-1], left, 52, 10)
    t.text(ORCHID.byline[-1], left, 67, 10)
    measure, y = t.width(ORCHID.byline[:-1], 10), 82.0
    for paragraph in ORCHID.paragraphs:
        for k, line in enumerate(t.wrap(paragraph, measure, 10, 20.0)):
            t.text(line, left + (20 if k == 0 else 0), y, 10)
            y += 16.5 if y == 82.0 else 15  # a little more white under the first line than under the others
    t.emit("in order")
    canvas.showPage()


STACKED_KICKER = "岁末走基层"


def stacked_stories_page(canvas: Canvas, kicker: str = "") -> None:
    """Two stories stacked in two columns, each headline in a column of its own left of its text,
    top-aligned with it; a third story runs down the right the whole height, a gutter apart, so
    no white crosses the page. A `kicker` in smaller type over the lower headline stands
    between the white band and that headline."""
    width, height = 520.0, 330.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    for story, top in ((SNOW, 30.0), (LANTERN, 110.0)):
        half = len(story.title) // 2
        head = top
        if story is LANTERN and kicker:
            t.text(kicker, 30, top, 10.5)
            head += 14.0
        t.text(story.title[:half], 30, head, 18)
        t.text(story.title[half:], 30, head + 22, 18)
        t.flow(story, columns(110, 2, 115, 10), top, top + 60, 10, 15, "shift")
    t.text(SKATING.title, 360, 30, 14)
    t.flow(SKATING, columns(360, 1, 120, 0), 56, 320, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def headlines_in_a_row_page(canvas: Canvas) -> None:
    """Two stories side by side, their headlines in one row, each centred over its two columns;
    the white under the headlines is wider than the gutter between the stories."""
    width, height = 560.0, 200.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    for story, left in ((SNOW, 30.0), (LANTERN, 280.0)):
        t.text(story.title, left + (240 - t.width(story.title, 18)) / 2, 30, 18)
        t.flow(story, columns(left, 2, 115, 10), 62, 122, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def headline_over_the_white_page(canvas: Canvas) -> None:
    """Two columns of two stories each. A white band crosses the page between the left column's
    stories; on the right it lies between a headline and its text, so a cut there parts them."""
    width, height = 420.0, 400.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)

    def lines(story: Story, measure: float) -> int:
        return sum(len(t.wrap(p, measure, 10, 20.0)) for p in story.paragraphs)

    measure, band = 170.0, 220.0
    t.text(SNOW.title, 30, band - 12 - 15 * lines(SNOW, measure) - 26, 16)
    t.flow(SNOW, columns(30, 1, measure, 0), band - 12 - 15 * lines(SNOW, measure) + 3, 390, 10, 15, "shift")
    t.text(LANTERN.title, 30, band, 16)
    t.flow(LANTERN, columns(30, 1, measure, 0), band + 26, 390, 10, 15, "shift")
    t.text(SKATING.title, 206, 30, 16)
    t.flow(SKATING, columns(206, 1, measure, 0), 56, 150, 10, 15, "shift")
    t.text(ORCHARD.title, 206, band - 16 - 17, 16)
    t.flow(ORCHARD, columns(206, 1, measure, 0), band, 390, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def headless_story_behind_page(canvas: Canvas) -> None:
    """Two stories side by side, the right one running longer; under both, past a white band, a
    story with no headline at the left and one with a headline at the right. The headless one
    is read right after the long right-hand story, yet is no part of it."""
    width, height = 420.0, 560.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    measure = 170.0
    t.text(SNOW.title, 30, 30, 16)
    t.flow(SNOW, columns(30, 1, measure, 0), 56, 200, 10, 15, "shift")
    t.text(SKATING.title, 206, 30, 16)
    t.flow(SKATING, columns(206, 1, measure, 0), 56, 260, 10, 15, "shift")
    t.flow(LANTERN, columns(30, 1, measure, 0), 290, 550, 10, 15, "shift")
    t.text(ORCHARD.title, 206, 290, 16)
    t.flow(ORCHARD, columns(206, 1, measure, 0), 316, 550, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def picture_before_byline_page(canvas: Canvas) -> None:
    """A headline at the left; right of it the story's picture, its caption and credit, then the
    byline and the text: the caption comes before any text, and the byline opens no story."""
    width, height = 440.0, 330.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(WINDFARM.title[:4], 30, 30, 22)
    t.text(WINDFARM.title[4:], 30, 58, 22)
    t.picture(170, 30, 240, 110)
    t.text(WINDFARM_CREDIT, 410 - t.width(WINDFARM_CREDIT, 8), 143, 8)
    t.text(WINDFARM_CAPTION, 170, 154, 8)
    t.text(WINDFARM.byline, 170, 172, 10)
    t.flow(WINDFARM, columns(170, 2, 115, 10), 190, 320, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def photos_beside_stories_page(canvas: Canvas) -> None:
    """Two stories, a captioned picture beside each, level with its text: one caption speaks of
    its story (the story's picture), the other of something else (a photo of its own)."""
    width, height = 560.0, 420.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(CARPETS.title, 30, 24, 18)
    t.flow(CARPETS, columns(30, 2, 150, 12), 54, 190, 10, 15, "shift")
    t.picture(356, 70, 170, 90)
    t.text(CARPETS_CAPTION, 356, 164, 8)
    t.text(SKATING.title, 30, 220, 18)
    t.flow(SKATING, columns(30, 2, 150, 12), 250, 400, 10, 15, "shift")
    t.picture(356, 240, 170, 90)
    t.text(LONE_CAPTION, 356, 334, 8)
    t.emit("in order")
    canvas.showPage()


def centred_headline_page(canvas: Canvas) -> None:
    """A headline centred over four columns, narrower than them: the first and last columns stand
    past its ends; the byline heads the first column, closer under the headline than a gutter
    is wide. Beside them, another story runs down from the top."""
    width, height = 590.0, 260.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(CARPETS.title, 225 - t.width(CARPETS.title, 18) / 2, 24, 18)
    t.text(CARPETS_BYLINE, 30, 48, 9)
    t.flow(CARPETS, columns(30, 4, 90, 10), 62, 140, 9, 14, "shift")
    t.text(SKATING.title, 440, 24, 14)
    t.flow(SKATING, columns(440, 1, 120, 0), 44, 250, 9, 14, "shift")
    t.emit("in order")
    canvas.showPage()


def photo_page(canvas: Canvas) -> None:
    """A page of photos: two pictures with long captions in 9 points, which outnumber the one
    short story, set in 10.5 points."""
    width, height = 420.0, 420.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    for k, caption in enumerate(PHOTO_PAGE_CAPTIONS):
        left = 30 + 190 * k
        t.picture(left, 30, 170, 130)
        for n, line in enumerate(t.wrap(caption, 170, 9, 0.0)):
            t.text(line, left, 166 + 12 * n, 9)
    t.text(LANTERN.title, 30, 250, 16)
    t.flow(LANTERN, columns(30, 1, 360, 0), 276, 400, 10.5, 16, "shift")
    t.emit("in order")
    canvas.showPage()


def text_under_picture_page(canvas: Canvas) -> None:
    """A headline in a column of its own, its picture and caption right of it, its text under the
    picture; beside, a story that ends above the caption, so the white under the caption crosses
    the page and parts the first story's picture from its text."""
    width, height = 520.0, 330.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    for k in range(0, len(GREENHOUSE.title), 3):
        t.text(GREENHOUSE.title[k:k + 3], 30, 30 + 24 * (k // 3), 20)
    t.picture(100, 30, 200, 100)
    t.text(OPEN_CAPTION, 100, 134, 8)
    t.flow(GREENHOUSE, columns(100, 2, 95, 10), 156, 320, 9, 13, "shift")
    t.text(SKATING.title, 312, 30, 14)
    t.flow(SKATING, columns(312, 1, 190, 0), 52, 320, 9, 13, "shift")
    t.emit("in order")
    canvas.showPage()


def column_under_the_white_page(canvas: Canvas) -> None:
    """A story down the left column, a pull quote between rules set into it halfway; beside it a
    story in two columns that ends above the quote, so the white above the quote's rule crosses
    the page and parts the left column."""
    width, height = 520.0, 420.0
    canvas.setPageSize((width, height))
    t = Typesetter(canvas, height, fake_bold=0.0)
    t.text(CARPETS.title, 30, 24, 16)
    first = t.wrap(CARPETS.paragraphs[0], 160, 10, 20.0)
    for k, line in enumerate(first):
        t.text(line, 30 + (20 if k == 0 else 0), 50 + 15 * k, 10)
    quote_top = 50 + 15 * len(first) + 8
    t.rule(30, 190, quote_top + 4)
    for k, line in enumerate(t.wrap(CARPETS_QUOTE, 160, 12, 0.0)):
        t.text(line, 30, quote_top + 6 + 17 * k, 12)
    t.rule(30, 190, quote_top + 48)
    t.flow(Story("", CARPETS.paragraphs[1:]), columns(30, 1, 160, 0), quote_top + 56, 410, 10, 15, "shift")
    t.text(SKATING.title, 200, 24, 16)
    t.flow(SKATING, columns(200, 2, 140, 10), 50, 50 + 15 * 4, 10, 15, "shift")
    t.emit("in order")
    canvas.showPage()


def blank_scan_page(canvas: Canvas) -> None:
    """A page with a picture and no text layer, as a scan would be."""
    canvas.setPageSize((500.0, 700.0))
    canvas.setFillGray(0.5)
    canvas.rect(20, 20, 460, 660, stroke=0, fill=1)
    canvas.showPage()


def make(folder: Path) -> dict[str, Path]:
    """Write the test PDFs into `folder`; return them by name."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = {"four_columns": [four_column_page], "two_columns": [two_column_page],
             "three_columns": [three_column_page], "in_form": [two_column_page_in_form],
             "inset": [inset_picture_page], "ruled": [ruled_briefs_page], "narrow_gutter": [narrow_gutter_page],
             "bylines": [wrapped_bylines_page], "quiet_parts": [quiet_headline_parts_page],
             "framed_quote": [framed_quote_page], "photo_credits": [photo_credits_page],
             "briefs": [briefs_page], "overhang": [overhang_page],
             "ruled_photo": [ruled_photo_page], "far_pieces": [far_pieces_page],
             "spaced_words": [spaced_words_page], "stacked": [stacked_stories_page],
             "headline_row": [headlines_in_a_row_page], "over_the_white": [headline_over_the_white_page],
             "before_byline": [picture_before_byline_page], "quiet_subtitles": [body_size_subtitles_page],
             "twice_wrapped": [twice_wrapped_byline_page], "desk_signed": [desk_signed_page],
             "headless_under": [headless_story_under_page],
             "stacked_kicker": [lambda canvas: stacked_stories_page(canvas, STACKED_KICKER)],
             "headless_behind": [headless_story_behind_page], "photos_beside": [photos_beside_stories_page],
             "centred": [centred_headline_page], "photo_page": [photo_page],
             "under_picture": [text_under_picture_page], "column_under": [column_under_the_white_page],
             "both": [four_column_page, two_column_page], "scan": [blank_scan_page],
             "scan_then_text": [blank_scan_page, two_column_page]}
    paths: dict[str, Path] = {}
    for name, drawers in pages.items():
        paths[name] = folder / f"{name}.pdf"
        canvas = Canvas(str(paths[name]))
        for draw in drawers:
            draw(canvas)
        canvas.save()
    paths["locked"] = folder / "locked.pdf"
    canvas = Canvas(str(paths["locked"]), encrypt=StandardEncryption("secret", canPrint=0))
    two_column_page(canvas)
    canvas.save()
    paths["broken"] = folder / "broken.pdf"
    data = paths["four_columns"].read_bytes()
    paths["broken"].write_bytes(data[: len(data) // 3])
    return paths


if __name__ == "__main__":
    for path in make(Path(sys.argv[1] if len(sys.argv) > 1 else ".")).values():
        print(path)
