"""`baoshu extract` as a user runs it: a real process, real files, bad input among good."""

import json
import subprocess
import sys

GOOD = """\
本报讯 记者林海报道 今年以来，东岗县新建冷库18座，库容达到3.2万吨，果农的苹果不再急着低价出手。

县商务局负责人介绍，冷库建成后，苹果错峰销售，带动1200余户果农增收。
"""


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "baoshu", "extract", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def test_one_page_prints_readable_text(tmp_path):
    page = tmp_path / "good.txt"
    page.write_text(GOOD, encoding="utf-8")
    done = run(page)
    assert done.returncode == 0
    assert "本报讯" in done.stdout and "冷库18座" in done.stdout


def test_json_output_has_the_gold_page_keys(tmp_path):
    page = tmp_path / "good.txt"
    page.write_text(GOOD, encoding="utf-8")
    data = json.loads(run(page, "--json").stdout)
    assert {"source", "furniture", "articles", "figures"} <= data.keys()
    article = data["articles"][0]
    for key in ("kind", "kicker", "title", "subtitle", "byline", "dateline", "standfirst", "body",
                "captions", "credit", "continued_on"):
        assert key in article
    assert isinstance(article["body"], list)


def test_gb18030_page_is_read_and_its_encoding_reported(tmp_path):
    page = tmp_path / "gbk.txt"
    page.write_bytes(GOOD.encode("gb18030"))
    done = run(page, "--json")
    assert done.returncode == 0
    assert "gb18030" in done.stderr
    assert json.loads(done.stdout)["encoding"] == "gb18030"


def test_bad_pages_are_named_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    garbled = tmp_path / "garbled.txt"
    garbled.write_bytes("中文".encode("utf-8") + b"\xff\xfe\x80\x81" * 40)
    english = tmp_path / "english.txt"
    english.write_text("This is a shopping list: eggs, milk, bread.\n" * 5, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"

    done = run(missing, empty, good, binary, garbled, english, "--json", "--out", out)

    assert done.returncode == 1
    assert f"{missing}: no such file" in done.stderr
    assert f"{empty}: the file is empty" in done.stderr
    assert f"{binary}: a binary file" in done.stderr
    assert f"{garbled}: undecodable bytes" in done.stderr
    assert f"{english}: not a Chinese newspaper page" in done.stderr
    assert [p.name for p in out.iterdir()] == ["good.json"]
    assert json.loads((out / "good.json").read_text(encoding="utf-8"))["articles"]


def test_several_pages_write_one_file_each(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    done = run(tmp_path / "a.txt", tmp_path / "b.txt", "--out", out)
    assert done.returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]


def test_page_metadata_comes_from_the_file_name_and_resolves_periods(tmp_path):
    page = tmp_path / "南湖日报_2024-03-05_3.txt"
    page.write_text("本报讯 记者林海报道 今年1—2月，南湖区固定资产投资完成12.5亿元，同比增长8%。\n", encoding="utf-8")
    data = json.loads(run(page, "--json").stdout)
    assert data["meta"] == {"publication": "南湖日报", "date": "2024-03-05", "page": "3"}
    money = next(f for f in data["figures"] if f["unit"] == "元")
    assert (money["period"], money["period_start"], money["period_end"]) == ("今年1—2月", "2024-01-01", "2024-02-29")
