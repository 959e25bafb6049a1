"""An outlet's standing text: the description it prints under every item of a blog or a series ("Onze
verslaggevers ... volgen het Formule 1-circuit op de voet. In blogs melden ze ..."), which a feed may carry as an
item's whole body. Two items whose bodies are only that text are two posts of one blog, not a copy of each other
(`copy_checks`); a paragraph of news that ends on a pointer ("Volg alles in dit liveblog.") is no standing text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# how a paragraph of standing text opens (its words lowercased, joined by single spaces): the outlet's reporters
# following a subject, or the blog introducing itself
STANDING_OPENINGS = (
    r"onze (verslaggevers?|correspondenten|correspondent|redacteuren|redacteur|reporters?)\b[^.]{0,120}\bvolg(t|en)\b",
    r"in (deze|dit|onze) (live)?blogs? (volg|houd|lees|meld|vertel|schrijf|bericht)",
    r"in blogs (melden|vertellen|schrijven|berichten)",
)
_STANDING = re.compile("|".join(f"(?:{p})" for p in STANDING_OPENINGS))


def standing_text(paragraphs: Sequence[Sequence[str]]) -> bool:
    """Does every paragraph open as the outlet's standing description (`STANDING_OPENINGS`)? None for no text."""
    return bool(paragraphs) and all(_STANDING.match(" ".join(p)) for p in paragraphs)
