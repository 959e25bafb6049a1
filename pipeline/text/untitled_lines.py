"""Lines of a heading's shape that are never the title, by their marks alone (issue 21, headline37; used by
pipeline.text.headline beside untitled_shapes.not_a_title):

credited      a photo's caption closed by its credit ("Aanstelling van de nieuwe deken (c) PVH", "… © Belga")
figures       a label of a word or two over figures only ("Uitslag : 4-3", "Sets: 14-25; 25-14; 24-25"): a match's
              result, a table's line — a title names something in words after its colon ("Ajax - PSV: 2-1" has a
              match's sides, three words and more, before it)
web_address   a line holding a web address ("De documenten worden beschikbaar gesteld op http://…"): a notice
              pointing to a page, never a title (a title may name a site's domain: "Ontslagen bij Bol.com")
"""

from __future__ import annotations

import re

CREDITED = re.compile(r"(\([cC]\)|©) [A-ZÀ-Ý][\w.&'’-]*( [\w.&'’-]+){0,3}$")  # the credit: a name of up to four words
WEB_ADDRESS = re.compile(r"https?://|\bwww\.\w", re.IGNORECASE)
FIGURES = re.compile(r"^[^\W\d_]+( [^\W\d_]+)?\s*:\s*[\d\s;,.:/()–-]+$")


def untitled_line(text: str) -> bool:
    """The line is a credited caption or a label over figures (see the module docstring)."""
    line = " ".join(text.split())
    return bool(CREDITED.search(line) or FIGURES.match(line))


def web_address(text: str) -> bool:
    return bool(WEB_ADDRESS.search(text))
