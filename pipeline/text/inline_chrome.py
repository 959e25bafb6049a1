"""A page's interface glued between an article's sentences on one line (a scraper that joined the page's
elements with spaces; issue 21, round site29b; the expressions are data: pipeline.text.inline_rules).
Spans are character offsets of the text, as pipeline.text.spans gives them.

slides     a slideshow's buttons ("Vorige slide Volgende slide"), the slides' pictures gone: interface
"""

from __future__ import annotations

import re

from pipeline.text import inline_rules as rules

Span = tuple[int, int, str]
SLIDE_CONTROLS = re.compile(rules.SLIDE_CONTROLS)


def inline_spans(text: str) -> list[Span]:
    """The spans of interface text inside one line (unsorted; pipeline.text.spans merges them)."""
    return _slide_controls(text)


def _slide_controls(text: str) -> list[Span]:
    return [(m.start(), m.end(), "interface") for m in SLIDE_CONTROLS.finditer(text)]
