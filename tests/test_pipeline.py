"""The pipeline: one Page through named stages, one Config, one failure policy."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from baoshu.cli import main
from baoshu.config import DEFAULT, Config, describe
from baoshu.errors import BadArgument, PageError
from baoshu.model import Page
from baoshu import pipeline
from baoshu.pipeline import ORDER, STAGES, rebuild_file
from baoshu.stages import REGISTRY, check_order

PAGE = """\
河谷县新建污水处理厂投运

本报讯（记者 林海）9月2日，河谷县城
北污水处理厂正式投入运行，日处理污
水2万吨，总投资1.6亿元。

据介绍，处理后的水将用于城市绿化和
农田灌溉，每年可节约用水300万吨。
"""


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_stages_run_in_order_and_each_finds_what_it_requires() -> None:
    assert [s.name for s in STAGES] == list(ORDER)
    with pytest.raises(RuntimeError, match="requires"):
        check_order(["layout", "lines"])
    with pytest.raises(RuntimeError, match="unknown stage"):
        check_order(["lines", "nothing"])
    for name in ORDER:
        assert REGISTRY[name].doc, f"stage {name} has no docstring"


def test_a_page_stops_after_the_stage_asked_for(page_file: Path) -> None:
    [page] = rebuild_file(page_file, until="layout").pages
    assert page.stages == ["lines", "meta", "layout"]
    assert page.lines and page.blocks and not page.articles
    [done] = rebuild_file(page_file).pages
    assert done.stages == list(ORDER)
    assert done.articles[0].title == "河谷县新建污水处理厂投运"
    assert {f.text for f in done.figures} == {"2万吨", "1.6亿元", "300万吨"}
    assert {f.line for f in done.figures if f.text == "300万吨"} == {8}


def test_extract_until_shows_the_page_as_it_stands(page_file: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(page_file), "--until", "lines"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["stages"] == ["lines"]
    assert any("dateline" in line["evidence"] for line in data["lines"])
    assert data["articles"] == []


def test_a_bug_in_a_stage_fails_its_page_only(tmp_path: Path, page_file: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.txt"
    other.write_text(PAGE.replace("河谷县", "山前镇"), encoding="utf-8")
    index = ORDER.index("figures")
    original = STAGES[index].run

    def flaky(page: Page, config: Config) -> Page:
        if "河谷县" in page.source.text:
            raise ZeroDivisionError("a bug")
        return original(page, config)

    stages = list(STAGES)
    stages[index] = dataclasses.replace(STAGES[index], run=flaky)
    monkeypatch.setattr(pipeline, "STAGES", stages)
    with pytest.raises(PageError) as caught:
        rebuild_file(page_file)
    assert caught.value.stage == "figures" and "ZeroDivisionError" in caught.value.problem
    result = CliRunner().invoke(main, ["extract", str(page_file), str(other), "--json", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "figures failed: ZeroDivisionError" in result.output
    assert (tmp_path / "out" / "other.json").exists() and not (tmp_path / "out" / "page.json").exists()


def test_config_overrides_from_a_file_and_refuses_unknown_settings(tmp_path: Path, page_file: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text("[limits]\nmax_chars = 60\n", encoding="utf-8")
    config = Config.load(good)
    assert config.limits.max_chars == 60 and config.layout == DEFAULT.layout
    with pytest.raises(PageError, match="over the limit"):
        rebuild_file(page_file, config=config)
    result = CliRunner().invoke(main, ["extract", str(page_file), "--config", str(good)])
    assert result.exit_code == 1 and "limits.max_chars" in result.output
    for text, problem in (("[nowhere]\nx = 1\n", "no config section"), ("[limits]\nmax_pages = 3\n", "no setting"),
                          ("[limits]\nmax_chars = 'many'\n", "must be int")):
        bad = tmp_path / "bad.toml"
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(BadArgument, match=problem):
            Config.load(bad)
    result = CliRunner().invoke(main, ["extract", str(page_file), "--config", str(bad)])
    assert result.exit_code == 2 and "must be int" in result.output


def test_every_setting_has_a_default_and_help() -> None:
    rows = describe()
    assert len(rows) > 60
    assert all(help_text and default is not None for _, default, help_text in rows)
    assert "headline_line" in DEFAULT.weights

