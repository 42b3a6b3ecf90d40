"""The noun phrases around a figure, read from jieba's words and tags.

`phrase_before` takes the noun phrase that ends the words before a figure,
`phrase_after` the one that starts the words after it, `subject` the one a
clause opens with; baoshu.figures.measure chooses among them.
"""

from __future__ import annotations

from baoshu.figures.tokens import PLACE, QUOTED, Span
from baoshu.places.cues import ORG_ENDINGS
from baoshu.figures.units import (
    COUNT_WORDS,
    NOT_PLACES,
    PLACE_SUFFIXES,
)
from baoshu.figures.measure_words import (
    ACTING_ENDINGS,
    AREA_CHARS,
    ATTRIBUTE_HEADS,
    CHANGED_FROM,
    COMPARED_WITH,
    COPULAS,
    DEICTIC_CHARS,
    DIMENSIONS,
    DISTRIBUTIVE,
    EACH,
    ETC,
    GENERIC_HEADS,
    INSIDE,
    INVESTING,
    JOINERS,
    KIND_WORDS,
    LINK_VERBS,
    LIST_MARKS,
    LONG_ATTRIBUTE_HEADS,
    MAX_PHRASE_WORDS,
    MODALS,
    NOMINAL_VERBS,
    NOT_NOUN_WORDS,
    NOUN_FLAGS,
    NUMERAL_CHARS,
    PARTICLE,
    PERSON_ENDINGS,
    PER_TIME,
    PRONOUN_CHARS,
    SHORT_COMPOUND,
    SPAN,
    SUFFIX_NOUNS,
    TIME_CHARS,
    WHERE_WORDS,
    WHOLE_OR_EACH,
    WHOLLY,
)


def _is_noun(word: str, flag: str) -> bool:
    if word.isdigit() or word in NOT_NOUN_WORDS or word in LINK_VERBS or word in MODALS or _is_where(word):
        return False
    if word.startswith(WHOLLY):
        return False  # 全部, 全面推行: how completely, tagged a noun
    if flag == "ns" and len(word) > 1 and word not in NOT_PLACES:
        return False  # a place; but 城市, 农村, 景区 are tagged places and are nouns
    if word in NOMINAL_VERBS or word in SUFFIX_NOUNS or (flag == "ns" and word not in AREA_CHARS):
        return True  # 收入 is tagged a verb; one character tagged a place (香 of 香梨) is no place
    if len(word) > 2 and word.endswith(LONG_ATTRIBUTE_HEADS):
        return True  # 吞吐能力, tagged an idiom
    if flag == "m":  # a word jieba's dictionary calls a numeral but is none (良种)
        return len(word) > 1 and not any(c in NUMERAL_CHARS for c in word)
    if flag == "t":  # 会期, 工期, 周期 are measures; 今年, 首日, 同期 are periods
        return not any(c in TIME_CHARS for c in word) or (
            len(word) == 2 and word.endswith(SPAN) and word[0] not in DEICTIC_CHARS)
    return flag == QUOTED or flag.startswith(NOUN_FLAGS) or flag in ("nr", "nrt", "nz", "nt")


def _is_where(word: str) -> bool:
    """Words that say where, not what: 当地, 两地, 全县, 各地."""
    return word in WHERE_WORDS or (len(word) == 2 and word[0] in WHOLE_OR_EACH and word[1] in AREA_CHARS)


def _is_place(word: str) -> bool:
    return len(word) > 1 and word.endswith(PLACE_SUFFIXES) and word not in NOT_PLACES


def _is_attributive_verb(word: str, flag: str) -> bool:
    """A two-character verb inside a noun phrase (`签约金额`, `参展企业`)."""
    return flag.startswith("v") and len(word) == 2 and word not in LINK_VERBS


def _head_of_list(words: list[str]) -> list[str]:
    """A list closed by 等 before a figure is counted by what follows it (`甲、乙等企业26家` → `企业`),
    unless that is a word for kinds (`甲、乙等种类`), which says nothing without the list."""
    if ETC in words[:-1]:
        head = words[len(words) - words[::-1].index(ETC):]
        if "".join(head) not in KIND_WORDS:
            return head
    return words


def _shared_head(words: list[str]) -> list[str]:
    """A list whose last item ends in a noun the others lack (`轧花、纺纱和服装企业`) counts that
    noun: the other items modify it too. Items that are people (`干部和技术人员`) are each counted,
    and so are the items of a list closed by 等."""
    if ETC in words:
        return words
    items: list[list[str]] = [[]]
    for word in words:
        if word in LIST_MARKS:
            items.append([])
        else:
            items[-1].append(word)
    last = items[-1]
    if len(items) < 2 or len(last) < 2 or len(last[-1]) < 2 or not all(items):
        return words
    head = last[-1]
    if any(is_person("".join(item)) or item[-1] == head for item in items[:-1]):
        return words
    return [head]


def _join(words: list[str]) -> str:
    """A phrase from its words; joiners, measure words and distributive times at its edges go (a measure
    word before one character is a piece of a word: 节 of 节肥); a list that shares a head is that head."""
    while words and (words[0] in JOINERS or words[0] in DISTRIBUTIVE or words[0].startswith(EACH)
                     or (words[0] in COUNT_WORDS and len("".join(words[1:])) != 1)):
        words.pop(0)
    while words and words[-1] in JOINERS:
        words.pop()
    if len(words) > MAX_PHRASE_WORDS and not any(w in JOINERS for w in words):
        words = words[-MAX_PHRASE_WORDS:]  # the head and what names it closely, not the whole description
    return "".join(_shared_head(words))


def phrase_before(span: Span) -> str:
    """The noun phrase that ends `span` (the words before a figure), linking verbs dropped."""
    tags = list(span.words)
    words: list[str] = [tags.pop()[0]] if _is_dimension(tags) else []
    while tags and not words and not _is_noun(*tags[-1]):
        tags.pop()
    for i in range(len(tags) - 1, -1, -1):
        word, flag = tags[i]
        if words and _is_place(word) and flag != QUOTED:
            break
        if (words and _is_attributive_verb(word, flag) and i and _is_noun(*tags[i - 1])
                and is_agent(tags[i - 1][0]) and not words[-1].endswith(ATTRIBUTE_HEADS)
                and not _is_noun(word, flag) and len("".join(words)) > 1):
            break  # 设计师开发新花色: who acts, the verb and the object counted, not one noun phrase
        if (_is_noun(word, flag) or word in JOINERS or (words and _is_attributive_verb(word, flag))
                or (words and _modifies(word, flag, words[0], tags[i - 1] if i else ("", "x")))):
            words.insert(0, word)
        elif len(words) == 1 and len(words[0]) == 1 and (_is_content(word, flag) or _is_piece(word, flag)):
            words.insert(0, word)  # 带货, 节肥, 用棉: one character is a piece of a word jieba cut, not a phrase
        else:
            if word in COMPARED_WITH:
                return ""  # 比去年同期下降: what comes after 比 is the base of a comparison
            if len(words) > 1 and _is_per_item(tags[:i + 1]):
                words.pop(0)  # 每座大棚年均收益: the item a figure is given for is not what it measures
            break
    phrase = _join(_head_of_list(_rate_of_activity(words, dict(tags))))
    investor = phrase.removesuffix(INVESTING)
    if investor != phrase and investor and is_agent(investor):
        return INVESTING  # 某资金投资5600万元, 一家企业投资: who invests is not what is measured
    if phrase in GENERIC_HEADS and span.text.endswith(PARTICLE + phrase):
        modifier = phrase_before(span.cut(0, len(span) - len(phrase) - 1))
        if modifier:
            return modifier + PARTICLE + phrase  # 用于肉牛产业的资金: a share of what
    return phrase


def _is_dimension(tags: list[tuple[str, str]]) -> bool:
    """Whether the words end in a one-character noun and an adjective of size (`坝 高`, `型 宽`): one
    word jieba cut, the size of it (`价格 高` is a noun and its predicate)."""
    return (len(tags) > 1 and tags[-1][1] == "a" and tags[-1][0] in DIMENSIONS and len(tags[-2][0]) == 1
            and (tags[-2][1] == "k" or _is_noun(*tags[-2])))


def _rate_of_activity(words: list[str], flags: dict[str, str]) -> list[str]:
    """A yearly activity and its object (`工厂年加工芒果`) measures the object; an ability to do
    it (`年加工青稞能力`) measures the activity's ability (`加工能力`)."""
    at = next((i for i in range(len(words) - 2)
               if words[i] in PER_TIME and flags.get(words[i + 1], "").startswith("v")), -1)
    if at < 0:
        return words
    if words[-1].endswith(ATTRIBUTE_HEADS):
        return [words[at + 1], words[-1]] if len(words) > at + 3 else words
    return words[at + 2:]


def _is_per_item(tags: list[tuple[str, str]]) -> bool:
    """Whether the words end in 每 and a measure word (`每座`, `每个`): what follows is the item."""
    text = "".join(word for word, _ in tags[-2:])
    return any(text.endswith(EACH + count) for count in COUNT_WORDS)


def _is_piece(word: str, flag: str) -> bool:
    """A one-character word that may open a two-character word jieba cut apart (节 of 节肥, 用 of 用棉),
    whatever its tag: not a mark, particle, numeral, pronoun, conjunction, adverb or linking word."""
    return (len(word) == 1 and flag[0] not in "xumrcd" and word not in COPULAS and word not in COMPARED_WITH
            and word not in CHANGED_FROM)


def _is_content(word: str, flag: str) -> bool:
    return flag[0] in "vn" and word not in COPULAS and word not in MODALS and flag != "ns"


def _modifies(word: str, flag: str, head: str, before: tuple[str, str]) -> bool:
    """A verb or a one-character adjective that belongs to the noun phrase after it: a
    linking verb before an amount (种植面积, 销售收入), `新` or `大` before a noun
    (新技术新项目), `内` or `外` between nouns (县域内就诊率)."""
    if flag.startswith("v") and len(word) == 2 and word not in COPULAS and head.startswith(ATTRIBUTE_HEADS):
        return True
    if (flag == "a" or word in PER_TIME) and len(word) == 1:
        return True  # 新项目, 年产值, 月收入
    return word in INSIDE and _is_noun(*before)


def phrase_after(span: Span) -> str:
    """The noun phrase that starts `span` (the words after a measure word)."""
    at = span.text.find(PARTICLE)
    if at >= 0:
        head, tail = span.cut(0, at), span.cut(at + 1)
        head_words = head.words
        head_is_noun = (bool(head_words) and head_words[-1][1].startswith("n") and _is_noun(*head_words[-1])
                        and all(_is_noun(w, f) or f.startswith("v") or f == PLACE for w, f in head_words))
        if at <= 12 and not head_is_noun and phrase_after(tail):
            span = tail  # 2场规模较大的专题推介会: what is counted comes after 的
    tags = list(span.words)
    while len(tags) > 1 and _is_where(tags[0][0]):
        tags.pop(0)  # 40多名当地绣娘: where they are from, then who
    words: list[str] = []
    for i, (word, flag) in enumerate(tags):
        following = tags[i + 1] if i + 1 < len(tags) else ("", "x")
        if words and (flag == "t" or (is_person("".join(words)) and len("".join(words)) > 1
                                      and word not in JOINERS)):
            break  # 工人正在…, 学生参加…: after the noun for people comes what they do (商 of 商协会 is none)
        if _is_noun(word, flag) or (words and word in JOINERS) or (words and words[-1] == "·"):
            words.append(word)
        elif not words and _may_open_phrase(word, flag) and not word.isdigit():
            words.append(word)  # right after a measure word comes the counted thing, whatever jieba says
        elif not words and flag.startswith("v") and _is_noun(*following) and word not in COPULAS:
            words.append(word)  # 3家帮扶车间, 两台采棉机: a verb naming the kind of what is counted
        elif (_is_attributive_verb(word, flag) and _is_noun(*following) and following[1] != QUOTED
              and not (words and is_agent("".join(words)))
              and len("".join(words)) + len(word) + len(following[0]) <= SHORT_COMPOUND):
            words.append(word)  # 区域诊疗中心: a short compound, not who acts and its predicate (专家常驻医院)
        elif words and flag == "a" and len(word) == 2 and following[1] == "x":
            words.append(word)  # jieba tags some nouns ending a clause as adjectives (合同)
        else:
            break
    return _join(words)


def is_agent(phrase: str) -> bool:
    """Who acts rather than what is done: people, a body (`…指挥部`, `…医院`), a place, a site or a fund
    (`示范园`, `协作资金`), or a count of them."""
    return (is_person(phrase) or bool(ORG_ENDINGS.search(phrase[-6:])) or _is_place(phrase)
            or phrase.endswith(ACTING_ENDINGS) or phrase[0] in NUMERAL_CHARS)


def is_person(phrase: str) -> bool:
    """A word for people (专家, 工人, 游客): what follows it is what they do."""
    return phrase.endswith(PERSON_ENDINGS)


def _may_open_phrase(word: str, flag: str) -> bool:
    if word in LINK_VERBS or word == PARTICLE or flag[0] in "pducmx" or (flag[0] == "v" and len(word) == 1):
        return False
    return flag[0] != "r" or not any(c in PRONOUN_CHARS for c in word)


def subject(clause: Span) -> str:
    """The noun phrase a clause opens with (`展出规模将…扩大` → `展出规模`)."""
    words: list[str] = []
    tags = list(clause.words)
    while tags and (tags[0][1] == "ns" or _is_place(tags[0][0]) or _is_where(tags[0][0])):
        tags.pop(0)
    for i, (word, flag) in enumerate(tags):
        following = tags[i + 1] if i + 1 < len(tags) else ("", "x")
        if _is_noun(word, flag) or (word in JOINERS and words):
            words.append(word)
        elif not words and _is_attributive_verb(word, flag):
            words.append(word)  # 展出规模
        elif (_is_attributive_verb(word, flag) and _is_noun(*following)
              and len("".join(words)) + len(word) + len(following[0]) <= SHORT_COMPOUND):
            words.append(word)
        else:
            break
    return _join(words)
