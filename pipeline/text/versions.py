"""Versions of the text rules, part of every brief's cache key — apart from the rules themselves,
so that recognising a brief that exists already (pipeline.hits) does not load them."""

from __future__ import annotations

SEGMENTER_VERSION = 4  # bumped whenever the rules change where sentences break (pipeline.text.segment)
STRUCTURE_VERSION = 78  # of the rules that find an article's structure (pipeline.text.article)
