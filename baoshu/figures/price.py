"""Unit prices: money paid for one unit of goods (`每公斤能卖到8元`) measures a price.

Read from the text before the figure: a unit of goods (每公斤, 一斤), then at most
the goods themselves, a comparison (比市场价) and adverbs, then a verb of selling
or of comparing (卖到, 高出) right before the figure, or nothing at all
(`每公斤3元`). The price is named by a noun ending in 价 when the clause has one
(`收购价比市场价每公斤高出…`), else it is 价格. Selling more (`多卖`) is a gain, not a price.
"""

from __future__ import annotations

import re

PER_GOODS = re.compile(r"[每一](?:公斤|千克|斤|克|吨|件|枝|株|头|只|箱|袋|盒|瓶|条)")
_HAN = "\u4e00-\u9fff"
SOLD = re.compile(rf"^(?P<goods>[{_HAN}]{{0,6}}?)(?:[比较][{_HAN}]{{1,8}}?)?(?:能|可|只|平均|就|都)*"
                  rf"(?:(?<!多)卖|(?<!多)售|(?<!提)高|(?<!降)低)(?:到|出|了|过)?$")
PRICE_ENDINGS = ("价", "价格")
PRICE = "价格"
NOT_GOODS = ("成本", "费", "收入", "效益", "工资", "补贴")  # money of another kind, per unit


def unit_price(text: str) -> int | None:
    """Where the noun naming a unit price must end, when `text` (the words before a money figure)
    makes it one (`每公斤能卖到`, `收购价比市场价每公斤高出`), else None."""
    per = list(PER_GOODS.finditer(text))
    if not per:
        return None
    at = per[-1]
    rest = text[at.end():]
    sold = SOLD.match(rest) if rest else None
    if rest and not sold:
        return None
    goods = sold["goods"] if sold else ""
    if any(word in goods for word in NOT_GOODS):
        return None
    return at.end() + len(goods) if goods.endswith(PRICE_ENDINGS) else at.start()


def is_price(measure: str) -> bool:
    """Whether a measure names a price already (`收购价`, `平均售价`)."""
    return measure.endswith(PRICE_ENDINGS)


def price_name(named: str) -> str:
    """The price's name: the clause's own noun for it (`收购价`), else 价格."""
    return named if is_price(named) else PRICE
