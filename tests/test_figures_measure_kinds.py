"""Measures of figures in sentence kinds the clause rules must read (sentences written for these tests)."""

from __future__ import annotations

from baoshu.figures import extract_figures
from baoshu.model import Article


def _measures(sentence: str) -> dict[str, str]:
    return {f.text: f.measure for f in extract_figures([Article(body=[sentence])], None)}


def test_a_span_of_time_before_qian_stays_inside_the_clause() -> None:
    measures = _measures("全镇果农的人均年收入从五年前的8000元提高到1.5万元，合作社营业额比3年前增长了45%。")
    assert measures["8000元"] == "人均年收入"
    assert measures["1.5万元"] == "人均年收入"
    assert measures["45%"] == "合作社营业额"


def test_money_for_one_unit_of_goods_measures_a_price() -> None:
    measures = _measures("合作社统一收购后，优质苹果每斤能卖到6元，土鸡蛋每盒比超市高出5元。")
    assert measures["6元"] == "价格"
    assert measures["5元"] == "价格"
    assert _measures("加工厂的收购价比市场价每公斤高出0.6元。")["0.6元"] == "收购价"
    assert _measures("技术改进后，每吨物流成本降低了80元。")["80元"] != "价格"


def test_a_verb_of_change_before_a_figure_leaves_the_measure_to_what_changes() -> None:
    assert _measures("改用新工艺后，每箱包装成本降低8元。")["8元"] == "包装成本"
    assert _measures("新线开通后，两镇之间的车程缩短了30分钟。")["30分钟"] == "车程"


def test_figures_after_fenbie_go_one_for_one_with_the_figures_before() -> None:
    measures = _measures("今年全县蔬菜产量12万吨，销售额3.6亿元，同比分别增长8%和15%。")
    assert measures["8%"] == "蔬菜产量"
    assert measures["15%"] == "销售额"


def test_a_list_sharing_the_head_of_its_last_item_counts_that_head() -> None:
    assert _measures("镇上引进了榨油、制茶和竹编企业5家。")["5家"] == "企业"
    measures = _measures("驻村工作队有干部和农技人员40名，门诊及住院病人300人次。")
    assert measures["40名"] == "干部和农技人员"
    assert measures["300人次"] == "门诊及住院病人"


def test_years_since_before_a_site_or_a_fund_that_acts_measure_time() -> None:
    assert _measures("四年来，帮扶资金支持全县建成大棚300座。")["四年"] == "时间"
    assert _measures("5年来，产业园引进加工企业20家。")["5年"] == "时间"
    assert _measures("3年来，湖南援疆吐鲁番指挥部引进企业12家。")["3年"] == "时间"


def test_people_a_causative_verb_brings_to_an_activity_are_measured_by_it() -> None:
    assert _measures("新建的食品厂带动800余人在家门口就业。")["800余人"] == "就业"
    assert _measures("合作社带动300名村民增收。")["300名"] == "村民"


def test_who_invests_is_not_part_of_the_measure() -> None:
    assert _measures("冷库由对口帮扶资金投资3000万元建设。")["3000万元"] == "投资"
    assert _measures("物流园一期工程投资6亿元。")["6亿元"] == "工程投资"


def test_a_length_away_from_somewhere_measures_a_distance() -> None:
    assert _measures("村民过去要走到8公里外的集镇买菜。")["8公里"] == "距离"
    assert _measures("牧场离乡政府约40公里。")["约40公里"] == "距离"
    assert _measures("施工中剥离草皮3万平方米。")["3万平方米"] != "距离"


def test_a_clause_of_time_ending_in_hou_is_not_part_of_the_measure() -> None:
    assert _measures("学员结业后月工资达到5000元。")["5000元"] == "月工资"
    assert _measures("新厂房建成后年加工能力将由2万吨提升到5万吨。")["2万吨"] == "年加工能力"


def test_a_word_ending_in_an_attribute_head_is_a_noun_whatever_its_tag() -> None:
    assert _measures("港口扩建后年吞吐能力达到800万吨。")["800万吨"] == "年吞吐能力"


def test_a_clause_of_how_often_that_names_nothing_is_about_the_clause_before() -> None:
    measures = _measures("县里开通了直达省城的城乡公交，每天往返8趟。")
    assert measures["8趟"] == "城乡公交"


def test_a_verb_of_keeping_before_a_figure_leaves_the_measure_to_what_is_kept() -> None:
    assert _measures("全县粮食自给率保持在95%以上。")["95%以上"] == "粮食自给率"
    assert _measures("每亩土地流转费控制在800元以内。")["800元"] == "土地流转费"


def test_a_yearly_activity_is_measured_by_its_object_or_its_ability() -> None:
    assert _measures("这家工厂年加工核桃3万吨。")["3万吨"] == "核桃"
    assert _measures("新厂年加工牛奶能力5万吨。")["5万吨"] == "加工能力"


def test_a_common_noun_tagged_a_place_is_still_a_noun() -> None:
    assert _measures("开通了通往20多个城市的冷链专线。")["20多个"] == "城市"


def test_an_adverb_of_completeness_ends_the_counted_noun() -> None:
    assert _measures("全镇12所小学全面开设劳动课。")["12所"] == "小学"


def test_zengshou_names_an_amount_as_a_noun_does() -> None:
    assert _measures("参加合作社的农户户均年增收8000元。")["8000元"] == "农户户均年增收"


def test_a_duration_after_weiqi_or_changda_measures_its_subject() -> None:
    assert _measures("培训班为期5天。")["5天"] == "培训班"
    assert _measures("当地的无霜期长达200天。")["200天"] == "无霜期"


def test_verbs_of_building_and_hiring_are_not_part_of_what_is_counted() -> None:
    assert _measures("全县新建改扩建幼儿园15所。")["15所"] == "幼儿园"
    assert _measures("医院今年新招聘护士60名。")["60名"] == "护士"


def test_an_activity_counted_keeps_the_noun_that_names_its_kind() -> None:
    assert _measures("医院今年开展远程心电诊断900多例。")["900多例"] == "远程心电诊断"
    assert _measures("视频转发超3万。")["超3万"] == "转发"


def test_a_where_word_after_a_measure_word_is_not_what_is_counted() -> None:
    assert _measures("合作社吸收了30多名当地妇女在车间做工。")["30多名"] == "妇女"


def test_more_verbs_of_change_pass_the_measure_to_what_changes() -> None:
    measures = _measures("审批时间由过去的10天压缩到3天。")
    assert measures["10天"] == "审批时间"
    assert _measures("全村的农家乐从最初的5家发展到40家。")["5家"] == "农家乐"


def test_a_count_of_people_after_qizhong_that_names_no_one_is_part_of_the_group_before() -> None:
    assert _measures("合作社去年吸收的80多名社员中，已有20多人当上了技术员。")["20多人"] == "社员"
    assert _measures("同村来了12名青年，其中5人当场签了用工合同。")["5人"] == "青年"
    assert _measures("全县筛查儿童900多名，其中30名患儿接受了手术。")["30名"] == "患儿"


def test_a_span_of_time_a_change_reaches_is_measured_by_what_changes() -> None:
    assert _measures("不动产登记时间压缩到3个工作日以内。")["3个工作日"] == "不动产登记时间"


def test_the_item_a_figure_is_given_for_is_not_what_it_measures() -> None:
    assert _measures("每座温室年均产值8万元。")["8万元"] == "产值"
    assert _measures("每吨物流成本降低了80元。")["80元"] == "物流成本"


def test_a_word_for_how_long_something_lasts_is_a_noun() -> None:
    assert _measures("新品种的育苗周期缩短了20天。")["20天"] == "育苗周期"


def test_verbs_of_having_and_setting_up_are_not_part_of_what_is_counted() -> None:
    assert _measures("这条公路沿线设有服务区6个。")["6个"] == "服务区"


def test_money_earned_measures_income() -> None:
    assert _measures("她在合作社帮工，一个月能挣4000多元。")["4000多元"] == "收入"


def test_a_place_name_in_the_noun_before_de_keeps_that_noun_counted() -> None:
    assert _measures("一列满载800吨阿克苏苹果的专列今天发车。")["800吨"] == "阿克苏苹果"


def test_money_a_fund_puts_into_something_measures_the_fund() -> None:
    assert _measures("帮扶资金累计投入冷链建设3000万元。")["3000万元"] == "帮扶资金"
    assert _measures("三年来累计投入帮扶资金2亿元。")["2亿元"] == "帮扶资金"


def test_words_for_then_and_now_are_never_what_is_measured() -> None:
    assert _measures("以前苹果的损耗率在15%左右，现在降到了5%。")["5%"] == "损耗率"


def test_one_character_is_no_word_for_people_cutting_the_counted_noun() -> None:
    assert _measures("来自20多个国家的60多家商协会代表参加了论坛。")["60多家"] == "商协会代表"


def test_a_span_of_time_before_jiu_says_how_soon_and_measures_time() -> None:
    assert _measures("新设备上线后，一批货物2小时就能分拣完。")["2小时"] == "时间"


def test_a_phrase_after_a_preposition_of_where_or_by_what_means_is_not_what_a_verb_counts() -> None:
    assert _measures("今年以来，本地蜂蜜在长三角地区销售1.2万吨。")["1.2万吨"] == "蜂蜜"
    assert _measures("县里的苹果通过邻省的批发渠道卖出了2万吨。")["2万吨"] == "苹果"
    assert _measures("村里的红薯通过“供销社直营专柜”销售800吨。")["800吨"] == "红薯"
    assert _measures("本地茶叶在外省的销售额达到3亿元。")["3亿元"] == "销售额"


def test_one_character_before_a_one_character_measure_is_a_piece_of_its_word() -> None:
    assert _measures("纺纱厂去年用棉3万吨。")["3万吨"] == "用棉"


def test_a_measure_word_before_one_character_is_a_piece_of_the_measure() -> None:
    assert _measures("每亩节水80立方米、节肥10%。")["10%"] == "节肥"
    assert _measures("应届毕业生起薪6000元。")["6000元"] == "应届毕业生起薪"


def test_a_span_of_time_followed_only_by_linking_words_stays_inside_the_clause_of_the_next_figure() -> None:
    assert _measures("全县粮食产量连续3年稳定在50万吨以上。")["50万吨以上"] == "粮食产量"


def test_a_span_of_time_whose_clause_links_on_to_the_next_figure_measures_time() -> None:
    assert _measures("学校本科上线率连续5年保持在90%以上。")["5年"] == "时间"
    assert _measures("全县连续5年排名全市第一。")["5年"] == "排名全市第一"


def test_a_count_after_a_verb_set_off_from_its_subject_by_an_adverb_counts_the_subject() -> None:
    assert _measures("今年以来，货运班列累计开行3000列。")["3000列"] == "货运班列"
    assert _measures("合作社去年共举办16期。")["16期"] == "举办"


def test_who_acts_and_the_verb_before_an_object_counted_are_not_part_of_its_measure() -> None:
    assert _measures("物流中心收购苹果5000多吨。")["5000多吨"] == "苹果"
    assert _measures("研究所专家培育新品种12个。")["12个"] == "新品种"
    assert _measures("县里建成智能育苗温室12座。")["12座"] == "智能育苗温室"


def test_a_figure_between_a_verb_of_making_and_de_measures_what_is_made() -> None:
    assert _measures("县里还将推动建设3万平方米的冷链仓库。")["3万平方米"] == "冷链仓库"
    assert _measures("新校区将建设1.2万平方米的图书馆。")["1.2万平方米"] == "图书馆"
    assert _measures("总投资2亿元的新学校已开工。")["2亿元"] == "总投资"


def test_after_a_count_of_bodies_a_verb_and_its_object_are_their_predicate() -> None:
    assert _measures("新学校与上海两所中学结成对子。")["两所"] == "中学"
    assert _measures("学院与当地45家企业共建实训基地。")["45家"] == "企业"


def test_a_household_named_by_a_verb_is_what_a_count_of_people_counts() -> None:
    assert _measures("镇里帮扶种植户300多户。")["300多户"] == "种植户"


def test_a_modal_verb_tagged_a_noun_is_not_part_of_the_measure() -> None:
    assert _measures("到2030年全市装备产业产值力争达到500亿元。")["500亿元"] == "装备产业产值"
    assert _measures("今年力争蔬菜外销量增长15%以上。")["15%以上"] == "蔬菜外销量"


def test_a_one_character_noun_and_an_adjective_of_size_name_the_size_measured() -> None:
    assert _measures("该船总长180米，型宽30米。")["30米"] == "型宽"
    assert _measures("水库坝高60米。")["60米"] == "水库坝高"
    assert _measures("收购价格高20元。")["20元"] != "收购价格高"


def test_a_count_of_people_opening_a_clause_closed_by_de_counts_those_people() -> None:
    assert _measures("县里组建了由30名本地技术人员组成的服务队。")["30名"] == "技术人员"
    assert _measures("全镇300名村民的收入提高了。")["300名"] == "村民"
