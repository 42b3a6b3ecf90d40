"""The pipeline never fails on odd text: it rebuilds what it can, or reports a PageError."""

import random

import pytest

from baoshu.errors import PageError
from baoshu.pipeline import rebuild_file
from baoshu.roles import split_dateline

HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行"
MARKS = "，。、；：“”（）0123456789万亿%~—-　 "


def random_page(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 60)):
        text = "".join(rng.choice(HAN + MARKS) for _ in range(rng.randint(0, 40)))
        shape = rng.random()
        if shape < 0.1:
            text = " ".join(text)
        elif shape < 0.2:
            text += text
        elif shape < 0.25:
            text = "□ " + text[:5]
        elif shape < 0.3:
            text = f"（下转第{rng.randint(1, 9)}版）"
        elif shape < 0.35:
            text = "本报讯 记者" + text
        elif shape < 0.4:
            text = ""
        lines.append(text)
    return "\n".join(lines)


@pytest.mark.parametrize("seed", range(25))
def test_random_pages_rebuild_or_fail_cleanly(tmp_path, seed):
    page = tmp_path / f"random{seed}.txt"
    page.write_text(random_page(random.Random(seed)), encoding="utf-8")
    try:
        for rebuilt in rebuild_file(page).pages:
            data = rebuilt.to_json()
            assert all(isinstance(a["body"], list) for a in data["articles"])
    except PageError as exc:
        assert str(page) in str(exc)


def test_a_long_run_of_characters_is_not_a_dateline():
    assert split_dateline("本报讯" + "记者" * 3 + HAN * 4) is not None
    assert split_dateline(HAN * 6 + "讯") is None


def test_a_page_of_very_short_lines(tmp_path):
    page = tmp_path / "short.txt"
    page.write_text("\n".join(["春风", "吹绿", "戈壁", "沙洲", "花开", "满园", "游人", "如织", "笑语", "欢声", "不绝"]),
                    encoding="utf-8")
    [rebuilt] = rebuild_file(page).pages
    assert "".join(p for a in rebuilt.articles for p in [a.title, *a.body]) or rebuilt.furniture
