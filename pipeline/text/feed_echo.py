"""A news API's cut content that only repeats its description (issue 21, helper site25c): in a text the API cut
off (its marker "… [+1234 chars]"), the lines the marker closes (one, or two when the content kept a line break),
when their words up to the cut are the description's (an earlier paragraph's) — from its start, after at most a
label's few words glued before them ("exclusief interviewMassa's …"), and — for the first paragraph only, when it has
FEED_ECHO_MIN_WORDS words or more (the description proper) — with at most a few words beyond its end (a date cut
off: "… Een terugblik! 20 se…") — hold no article text of their own: set aside as
"repeated". Words are compared without markup, apostrophes and case. The limits are data
(pipeline.text.title_rules). The ellipsis the cut text ends in, right before the marker, is the marker's
(tests/data/STRUCTURE_CONVENTIONS.md): moved to its block (structgen38)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import Block, BlockKind
from pipeline.text import shape_rules, title_rules

CUT_MARKER = re.compile(shape_rules.CUT_MARKER, re.IGNORECASE)
CUT_ELLIPSIS = re.compile(shape_rules.CUT_ELLIPSIS)
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING)
_TAG = re.compile(r"<[^>]{0,200}>")
_APOSTROPHE = re.compile(r"['’‘`]")
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")


def _words(text: str) -> list[str]:
    text = _GLUED.sub(" ", _APOSTROPHE.sub("", _TAG.sub(" ", text)))
    return re.findall(r"\w+", text.casefold())


def _echoes(cut: list[str], description: list[str], *, extra: bool) -> bool:
    """The cut content's words (its last, maybe cut, word dropped) are the description's; words beyond its end
    only when `extra` (the description proper: the first paragraph, FEED_ECHO_MIN_WORDS words or more)."""
    for skip in range(title_rules.FEED_ECHO_MAX_LABEL_WORDS + 1):
        words = cut[skip:]
        if len(words) < title_rules.FEED_ECHO_MIN_WORDS:
            return False
        if description[: len(words)] == words:
            return True
        beyond = len(words) - len(description)
        if extra and 0 < beyond <= title_rules.FEED_ECHO_MAX_EXTRA_WORDS and words[: len(description)] == description:
            return True
    return False


def feed_echoes(blocks: Sequence[Block]) -> list[Block]:
    """Only the first FEED_ECHO_MAX_MARKERS markers are looked at (an API's item has one): linear in the text."""
    out = list(blocks)
    markers = [m for m, b in enumerate(out) if b.kind is BlockKind.SITE_TEXT and CUT_MARKER.search(b.text)]
    words: dict[int, list[str]] = {}
    for m in markers[: title_rules.FEED_ECHO_MAX_MARKERS]:
        for start in range(max(0, m - title_rules.FEED_ECHO_MAX_LINES), m):  # two lines, else one
            if any(b.kind not in _TEXT_KINDS for b in out[start:m]):
                continue
            cut = _words(" ".join(b.text for b in out[start:m]))[:-1]
            earlier = [i for i in range(start) if out[i].kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)]
            for i in earlier:
                if i not in words:
                    words[i] = _words(out[i].text)
            first = earlier[0] if earlier and len(words[earlier[0]]) >= title_rules.FEED_ECHO_MIN_WORDS else None
            if any(_echoes(cut, words[i], extra=i == first) for i in earlier):
                for i in range(start, m):
                    out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="repeated")
                break
    return _marker_ellipses(out, markers[: title_rules.FEED_ECHO_MAX_MARKERS])


def _marker_ellipses(out: list[Block], markers: Sequence[int]) -> list[Block]:
    """The ellipsis glued before a cut marker ("… ze… [+1234 chars]", the line above the marker ending in it) is the
    marker's (shape_rules.CUT_ELLIPSIS): moved to the marker's block, the cut text kept without it."""
    for m in markers:
        above = out[m - 1] if m else None
        if above is None or above.kind not in _TEXT_KINDS or not (ellipsis := CUT_ELLIPSIS.search(above.text)):
            continue
        if not above.text[: ellipsis.start()].strip() or CUT_MARKER.match(out[m].text) is None:
            continue
        out[m - 1] = Block(above.kind, above.text[: ellipsis.start()])
        marker = f"{ellipsis.group(1)} {out[m].text.lstrip()}"
        out[m] = replace(out[m], text=marker, sentences=None)  # its sentences as found no longer cover it
    return out
