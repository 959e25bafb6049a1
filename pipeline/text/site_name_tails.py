"""A site's name glued after the headline (split from pipeline.text.title_line): the tail after a separator (" - ",
" | ") whose first part is a domain ("AD.nl"), a known outlet, the outlet the source names, or a name with a tagline
after a bar ("1Limburg | Nieuws en sport uit Limburg"), after a title of HEAD_MIN_WORDS words or more; and a news
API's source name after the title's last " - " (edge_rules.FEED_SOURCE_TAIL).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.text import edge_rules, patterns, shape_rules
from pipeline.text.outlet_names import OUTLETS

HEAD_MIN_WORDS = 3
TAIL_MAX_WORDS = 8
NAME_MAX_WORDS = 3
TITLE_SEPARATOR = re.compile(shape_rules.TITLE_SEPARATOR)
TAIL_SEGMENT = re.compile(shape_rules.TAIL_SEGMENT)
FEED_SOURCE_TAIL = re.compile(edge_rules.FEED_SOURCE_TAIL)
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(nl|be|com|net|org|eu|nu|tv|fm)$", re.IGNORECASE)


@cache
def _outlets() -> frozenset[str]:
    return frozenset(name.casefold() for name in OUTLETS)


def site_name_tail(title: str, outlet: str | None = None) -> str | None:
    """The separator and site name glued to the end of a title ("- NU.nl"), or None."""
    for separator in TITLE_SEPARATOR.finditer(title):
        head, tail = title[: separator.start()], title[separator.start() :].strip()
        if patterns.word_count(head) < HEAD_MIN_WORDS or patterns.word_count(tail) > TAIL_MAX_WORDS + 1:
            continue
        if _is_site_name(tail.lstrip("-–—| "), outlet):
            return tail
    return None


def feed_source_tail(title: str) -> str | None:
    """A news API's source name after the title's last " - " (see edge_rules.FEED_SOURCE_TAIL), or None."""
    match = FEED_SOURCE_TAIL.search(title)
    if not match or patterns.word_count(title[: match.start()]) < HEAD_MIN_WORDS:
        return None
    words = match.group("name").split()
    lower = sum(1 for w in words if w[:1].islower())
    if len(words) > edge_rules.FEED_SOURCE_MAX_WORDS or lower > edge_rules.FEED_SOURCE_MAX_LOWER:
        return None
    return title[match.start() :].strip()


def known_site(name: str, outlet: str | None) -> bool:
    """A web address, a known outlet's name, or the name of the article's own outlet."""
    if _DOMAIN.match(name) or name.casefold() in _outlets():
        return True
    if not outlet:
        return False
    return name.casefold() in {outlet.casefold(), outlet.casefold().removeprefix("www.")}


def _is_site_name(tail: str, outlet: str | None) -> bool:
    segments = TAIL_SEGMENT.split(tail)
    name = segments[0].strip()
    if known_site(name, outlet):
        return True
    # a name and a tagline after a bar: "1Limburg | Nieuws en sport uit Limburg"
    return (
        "|" in tail
        and len(segments) >= 2
        and patterns.word_count(name) <= NAME_MAX_WORDS
        and all(w[:1].isupper() or w[:1].isdigit() for w in name.split())
    )
