"""An article's first item: a report that turns to another matter ("... achter de VVD. Bedreiging In een
andere zaak hield de politie gisteren een vrouw aan ...") is about what it opened on.

A newspaper prints two short reports of a kind under one headline ("bedreigen en beledigen politici": the
council's debate on an alderman's tweet, then the arrest for a threat at a march): the article belongs to the
story of its first item, as a roundup does (`grow.listed`), and its second item lends it none of its words,
names or days, or it would join that other event's story by them. The second item opens with a sentence that
says so (`OTHER_ITEM`, data), under an intertitle or none (a print archive runs the intertitle into the text:
"Bedreiging In een andere zaak"); the story features read the text before it (`first_item`)."""

from __future__ import annotations

import re

OTHER_ITEM = (
    "in een andere zaak",
    "in een andere rechtszaak",
    "in een andere kwestie",
    "in een ander dossier",
    "in een ander incident",
    "bij een ander incident",
    "bij een ander ongeluk",
    "in ander nieuws",
)
"""Words opening a sentence that turn the text to another matter than the one it opened on (the
`ander(e)` says it is not the one told so far: "In een andere zaak hield de politie ...")."""

_OPENING = tuple(p[0].upper() + p[1:] for p in OTHER_ITEM)  # opening a sentence: a capital
_TURN = "(?:" + "|".join(re.escape(p) for p in _OPENING) + ")"
_OPENER = re.compile(
    r"(?:(?<=[.!?:\"'”’])\s+|\n[ \t]*)"  # a sentence's start ...
    r"(?:[A-Z][\w'-]*(?:[ \t]+[\w'-]+){0,2}\s+)??"  # ... under an intertitle of one to three words, or none
    + _TURN
    + r"\b"
)
_SENTENCE_END = re.compile(r"[.!?]")


def first_item(body: str) -> str:
    """The body up to the sentence (and its intertitle) that turns to another matter (`OTHER_ITEM`); the
    whole body when none does, or when the text opens on it (no sentence of a first item before it)."""
    if not any(words in body for words in _OPENING):
        return body  # (most texts: a plain look for the words first, the expression only where they are)
    for match in _OPENER.finditer(body):
        head = body[: match.start()].rstrip()
        if _SENTENCE_END.search(head):
            return head
    return body
