"""Imported once by the ingest fork server: the pipeline and jieba's dictionary loaded
before any worker forks, so each new worker starts warm."""

import logging

import jieba

import baoshu.archive.ingest  # noqa: F401  (the pipeline, as workers run it)

jieba.setLogLevel(logging.WARNING)
jieba.initialize()
