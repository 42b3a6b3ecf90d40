"""The measure of a figure: the shortest phrase that names what is counted.

Uses jieba's part-of-speech tags (bundled dictionary, nothing downloaded) to take
the noun phrase next to the figure: after a measure word (`21个园区`), before
anything else (`签约总金额达2.3071亿元`), with the verbs and adverbs that link
the two (达 为 共 完成 实现 累计 …) left out. A quoted name (`“院包科”协议`)
counts as one noun.
"""

from __future__ import annotations

from baoshu.figures.price import is_price, price_name, unit_price
from baoshu.figures.tokens import QUOTED, Span
from baoshu.figures.units import (
    COUNT_WORDS,
    MONEY_UNITS,
    PEOPLE_COUNTS,
    PRE_QUALIFIERS,
    TIME_UNITS,
)
from baoshu.figures.measure_words import (
    ADVERBIAL_PREPOSITIONS,
    AGE_OF,
    AGE_UNITS,
    AWAY,
    AWAY_FROM,
    CAUSATIVES,
    CHANGED_FROM,
    CHANGED_TO,
    CHANGE_VERBS,
    COMPARED_WITH,
    COPULAS,
    DISTANCE,
    DONE,
    EARN,
    EARNED,
    FUND,
    INCOME,
    KEEP_VERBS,
    LASTING,
    LENGTH_UNITS,
    LINK_VERBS,
    MIN_NAME,
    MODALS,
    NAME_STOPS,
    NOMINAL_VERBS,
    PARTICLE,
    SHARE_VERB,
    SHORT_CLAUSE,
    SPEND,
    TIME,
)
from baoshu.figures.phrase import is_agent, is_person, phrase_after, phrase_before


def last_verb(span: Span) -> str:
    """The last content verb of `span` (`带动就业` → `就业`), for figures measured by an activity."""
    for word, flag in reversed(span.words):
        if (flag.startswith("v") and len(word) > 1 and word not in LINK_VERBS and word not in CHANGE_VERBS
                and word not in MODALS):
            return word
    return ""


def _links_dropped(before: Span) -> list[tuple[str, str]]:
    """The words before a figure without the copulas, qualifiers and modal verbs that end them."""
    tags = list(before.words)
    while tags and (tags[-1][0] in COPULAS or tags[-1][0] in PRE_QUALIFIERS or tags[-1][0] in MODALS):
        tags.pop()
    return tags


def _runs_into(before: Span, behind: str, verb: str) -> bool:
    """Whether `before` ends in `behind`, then adverbs or linking words (a subject's boundary: not the
    compound of 病理诊断), then `verb`."""
    text = _without_links(before)
    if not text.endswith(verb) or behind not in text:
        return False
    between = before.cut(text.rfind(behind) + len(behind), len(text) - len(verb))
    return bool(between.words) and all(flag == "d" or w in LINK_VERBS for w, flag in between.words)


def only_links(span: Span) -> bool:
    """Whether `span` holds words and only linking ones: copulas and verbs of keeping (`保持在`)."""
    return bool(span.words) and all(w in COPULAS or w in KEEP_VERBS for w, _ in span.words)


def _without_links(before: Span) -> str:
    """The text of `_links_dropped`."""
    return "".join(word for word, _ in _links_dropped(before))


def _adjacent_verb(before: Span) -> str:
    """A content verb right before the figure (`点赞超16万`, `累计投入10亿元`), copulas and qualifiers aside.
    A verb of change or of keeping is none: its figure measures what changes or is kept (`成本降低60%`,
    `租金控制在1500元以下`)."""
    tags = _links_dropped(before)
    if (tags and tags[-1][1] == "v" and len(tags[-1][0]) == 2 and tags[-1][0] not in CHANGE_VERBS
            and tags[-1][0] not in KEEP_VERBS):
        return tags[-1][0]
    return ""


def opens_with_noun(span: Span) -> bool:
    """Whether `span` opens with a noun (a quoted name counts as one)."""
    tags = span.words
    return bool(tags) and (tags[0][1] == QUOTED or (tags[0][1].startswith("n") and tags[0][1] != "ns"))


def whose_age(after: str) -> str:
    """The person an age belongs to: the name after it, past what they are (`的维吾尔族姑娘阿依·买提正…`)."""
    m = AGE_OF.match(after)
    if not m:
        return ""
    name = m.group("name")
    cut = next((i for i, c in enumerate(name) if i >= MIN_NAME and c in NAME_STOPS), len(name))
    name = name[:cut].rstrip("·")
    return name if len(name) >= MIN_NAME else ""


def find_measure(before: Span, after: Span, unit: str, post_qualified: bool = False) -> str:
    """The measure of a figure from the clause text before it and after it.

    `post_qualified` says a qualifier follows the figure (`50亿元以上项目`), so
    the words after it are not what it measures. An age measures whose it is;
    money earned measures income; money for one unit of goods measures a price
    (see baoshu.figures.price).
    """
    if unit in MONEY_UNITS and _without_links(before).rstrip(EARNED).endswith(EARN):
        return INCOME  # 一个月能挣6000多元: what is earned
    fund = _fund_spent(before) if unit in MONEY_UNITS else ""
    if fund:
        return fund  # 某援建资金累计投入某项目建设2.8亿元
    measure = _find_measure(before, after, unit, post_qualified)
    price_end = unit_price(before.text) if unit in MONEY_UNITS else None
    if price_end is not None and not is_price(measure):
        return price_name(phrase_before(before.cut(0, price_end)))  # 每公斤能卖到8元
    return measure


def _fund_spent(before: Span) -> str:
    """The fund a money figure was put into something from (`某资金累计投入某项目`), else ""."""
    at = before.text.rfind(SPEND)
    if at <= 0 or phrase_before(before).endswith(FUND):
        return ""
    fund = phrase_before(before.cut(0, at))
    return fund if fund.endswith(FUND) else ""


def _find_measure(before: Span, after: Span, unit: str, post_qualified: bool) -> str:
    if unit in AGE_UNITS and not post_qualified:
        name = whose_age(after.text)
        if name:
            return name
    if unit in LENGTH_UNITS and (after.text.startswith(AWAY) or any(w in AWAY_FROM for w, _ in before.words)):
        return DISTANCE  # 5000多公里外的…, 离学校70多公里: how far, not what
    share = _share_of(before)
    if share:
        return share
    compared = _compared(before)
    if compared is not None:
        return phrase_before(compared)  # 收购价比市场价高出0.8元: what is compared
    if (after.text.startswith(CHANGE_VERBS) or before.text.endswith(CHANGED_TO)
            or before.text.removesuffix(DONE).endswith(CHANGE_VERBS)):
        changed = phrase_before(_before_change(before))
        if changed:
            return changed  # 损耗率从8%降到2%, 通行时间由40分钟缩短至8分钟, 通关时间压缩至30分钟
    ahead = _people_counted(after, unit) or phrase_after(after)
    behind = phrase_before(before)
    adjacent = bool(behind) and before.text.endswith(behind)
    last = _links_dropped(before)[-1] if adjacent else ("", "")
    verbal = last[1] in ("v", "vn") and last[0] not in NOMINAL_VERBS  # 建设 names an act; 投资 an amount
    if after.text.startswith(PARTICLE) and ahead and (not adjacent or verbal):
        return ahead  # 2000万元的采购订单, 76.4%的家庭, 建设3万平方米的仓库 (what is built, not building)
    if ahead and not post_qualified and unit not in TIME_UNITS and opens_with_noun(after):
        return ahead  # 年产2万吨红枣, 30万吨煤制甲醇: the quantity of what follows
    if before.text.endswith(CAUSATIVES) and unit in PEOPLE_COUNTS and not is_person(ahead):
        done = last_verb(after)
        if done:
            return done  # 带动1万人就业: people counted by what they are brought to do
    verb = _adjacent_verb(before)
    if verb and behind and unit in COUNT_WORDS and not ahead and not is_agent(behind) and _runs_into(before, behind, verb):
        return behind  # 班列累计开行300列: a count of what the verb's subject names
    if verb and not adjacent and not ahead:
        if unit and behind and _without_links(before).endswith(behind + verb):
            return behind + verb  # 远程病理诊断4200多例: the activity with what names its kind
        return verb  # 视频点赞超16万: a bare number counts the acts themselves
    if behind and unit not in TIME_UNITS and not _without_links(before).endswith(behind):
        actor = _subject_before_preposition(before, behind)
        if actor:
            return actor  # 蜂蜜在外省销售1万吨: what is sold, not where or how
    if unit in TIME_UNITS:
        # a duration is measured by the noun it is attached to (会期4天, 比赛为期3天), else by what
        # the clause does during it: its last noun phrase (连续3年入选“…”), or the
        # whole of a short clause (连续5年排名全市第一)
        short_clause = after.text if 2 <= len(after) <= SHORT_CLAUSE else ""
        lasts = bool(behind) and any(before.text.endswith(behind + link) for link in LASTING)
        attached = behind if adjacent or lasts else ""
        if only_links(after):
            sides: tuple[str, ...] = (attached,)  # 连续5年保持在…: the clause goes on to the next figure
        else:
            sides = (attached, phrase_before(after), short_clause, ahead)
    elif unit in COUNT_WORDS or unit == "岁":
        sides = (ahead, behind)
    else:
        sides = (behind, ahead)
    for phrase in sides:
        if phrase:
            return phrase
    return TIME if unit in TIME_UNITS else last_verb(before)


def _subject_before_preposition(before: Span, behind: str) -> str:
    """When the noun phrase before a figure's verb is the object of a preposition of where or by
    what means (`在某地区`, `通过某地的渠道`), the subject before that preposition; else ""."""
    at, preposition = 0, -1
    for word, flag in before.words:
        if before.text.startswith(behind, at):
            return phrase_before(before.cut(0, preposition)) if preposition > 0 else ""
        if word in ADVERBIAL_PREPOSITIONS and flag == "p":
            preposition = at
        elif flag == "v" or flag == "x":
            preposition = -1  # a verb or a mark between: the phrase is no longer its object
        at += len(word)
    return ""


def _people_counted(after: Span, unit: str) -> str:
    """A count of people before a clause closed by 的 (`由42名技术人员组成的服务队`) counts the people
    the clause opens with, not what the clause describes; else ""."""
    at = after.text.find(PARTICLE)
    if unit not in PEOPLE_COUNTS or at <= 0:
        return ""
    who = phrase_after(after.cut(0, at))
    return who if is_person(who) else ""


def _compared(before: Span) -> Span | None:
    """The words before 比 or 较 when the clause compares (`作业效率比传统码头提高`), else None."""
    at = 0
    found = None
    for word, _ in before.words:
        if word in COMPARED_WITH:
            found = at
        at += len(word)
    return before.cut(0, found) if found is not None else None


def compares(before: Span) -> bool:
    """Whether the words before a figure compare it with something (`比去年高出`)."""
    return _compared(before) is not None


def _share_of(before: Span) -> str:
    """`A占B的42%`: a share measures A, the subject before 占."""
    text = before.text
    if not text.endswith(PARTICLE):
        return ""
    at = text.rfind(SHARE_VERB)
    return phrase_before(before.cut(0, at)) if at > 0 else ""


def _before_change(before: Span) -> Span:
    """What changes: the words before 从 or 由 (`损耗率从公路运输的`), else before a verb of
    change and its 到 or 至 (`通关时间压缩至`)."""
    text = before.text
    at = max(text.rfind(mark) for mark in CHANGED_FROM)
    if at > 0:
        return before.cut(0, at)
    for verb in sorted(CHANGED_TO, key=len, reverse=True):
        if text.endswith(verb):
            return before.cut(0, len(text) - len(verb))
    return before


def changes_to(before: Span) -> bool:
    """Whether the words before a figure end in a verb of change and its 到 or 至 (`压缩到`)."""
    return before.text.endswith(CHANGED_TO)


def changed_again(before: Span) -> bool:
    """The second figure of a change (`从40分钟缩短到【5分钟】`), whose words before say only how it changed."""
    return before.text.endswith(CHANGED_TO) and not phrase_before(_before_change(before))
