"""An HTML fragment's closing promo list, by HTML's shape: a heading (`<h2>`–`<h6>`) ending in a colon, then
to the fragment's end at least PROMO_MIN_ITEMS paragraphs that each open with a link (possibly inside
`<strong>`/`<em>`) followed by a colon — "Onze podcasts:" over "<a>De Dag</a>: elke werkdag …". A list of the
site's other programmes or pages, each a link and its blurb. Linked paragraphs without the colons, or under a
heading that does not end in a colon, stay."""

from __future__ import annotations

from typing import Any

PROMO_MIN_ITEMS = 2
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_WRAPPERS = {"strong", "b", "em", "i", "span"}


def closing_promo(units: list[Any]) -> int | None:
    """Where the fragment's closing promo list begins (its heading), or None. `units`: the fragment's
    top-level elements and the loose strings between them, in order."""
    items = 0
    index = len(units) - 1
    while index >= 0:
        unit = units[index]
        if isinstance(unit, str):
            if unit.strip():
                return None
        elif unit.tag == "p" and _opens_with_link(unit):
            items += 1
        elif unit.tag in _HEADINGS and unit.text_content().strip().endswith(":"):
            return index if items >= PROMO_MIN_ITEMS else None
        else:
            return None
        index -= 1
    return None


def _opens_with_link(paragraph: Any) -> bool:
    """The paragraph opens with a link (inside wrappers, nothing before it) and a colon follows the link."""
    node = paragraph
    while True:
        if (node.text or "").strip():
            return False
        children = list(node)
        if not children:
            return False
        node = children[0]
        if node.tag == "a":
            break
        if node.tag not in _WRAPPERS:
            return False
    text = paragraph.text_content().strip()
    name = node.text_content().strip()
    return bool(name) and _after(text, name).startswith(":")


def _after(text: str, name: str) -> str:
    at = text.find(name)
    return text[at + len(name) :].lstrip() if at >= 0 else ""
