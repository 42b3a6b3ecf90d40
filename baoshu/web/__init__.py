"""The web reader: HTML views in simplified Chinese and the JSON API behind them."""

from baoshu.web.app import create_app

__all__ = ["create_app"]
