"""baoshu (报数): Chinese newspaper pages in; the articles, and every figure they report, out."""

__version__ = "0.1.0"
