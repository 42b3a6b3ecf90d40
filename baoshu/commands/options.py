"""Options shared by the commands that run the pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from baoshu.config import DEFAULT, Config


def load_config(ctx: click.Context, param: click.Parameter, value: Path | None) -> Config:
    """The default config, or the defaults overridden by a TOML file."""
    return DEFAULT if value is None else Config.load(value)


def config_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--config FILE`: thresholds and weights overridden from a TOML file (see baoshu.config)."""
    return click.option("--config", "config", type=click.Path(dir_okay=False, exists=True, path_type=Path),
                        callback=load_config, metavar="FILE",
                        help="A TOML file of settings overriding the defaults ([section] name = value).")(func)
