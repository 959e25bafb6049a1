"""Sentences that point at something the text no longer has (issue 21, round 7): the data is in
pipeline.text.edge_rules ("round 7").

link     a sentence that sends the reader to another article whose link text was lost ("Lees meer over X in
         dit artikel.", "Meer weten over X? Dan kan u hier terecht."), with the short question that leads it;
         an imperative that ends on a bare address ("Kijk voor meer informatie op https://…")
contact  at the text's edge, a police item's pointer at the page's contact widgets ("Dan komen wij graag in
         contact met u via de onderstaande mogelijkheden.") — not when it gives a phone number or the police's
         own contact: that is the appeal itself; with a generic question of at most WIDGET_LEAD_MAX_WORDS words
         right before it ("Heeft u meer informatie?"), not a concrete one ("Heeft u iets gezien of gehoord?")

embedded "hier": a pointer "Je kunt X hier lezen." (page_voice_rules.HERE_YOU_CAN) between two sentences of the
         article in one paragraph is the article's own (blind40: a union's "… ingediend. Je kan onze stakingsaanzegging
         hier lezen. Als je vragen hebt …"): a page's link pointer stands alone, or opens or closes its paragraph

A paragraph with the police asking to be contacted keeps its tip questions ("Heeft u iets gezien?"): the
appeal is news (`authority_appeal`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.text import page_voice_rules, patterns, sentence_reasons
from pipeline.text import pointer_rules as rules

LINK_POINTER_END = re.compile(rules.LINK_POINTER_END, re.IGNORECASE)
LINK_POINTER_SELF = re.compile(rules.LINK_POINTER_SELF, re.IGNORECASE)
LINK_POINTER_READER = re.compile(rules.LINK_POINTER_READER, re.IGNORECASE)
LINK_POINTER_VERB = re.compile(rules.LINK_POINTER_VERB, re.IGNORECASE)
URL_POINTER = re.compile(rules.URL_POINTER, re.IGNORECASE)
WIDGET_POINTER = re.compile(rules.WIDGET_POINTER, re.IGNORECASE)
PHONE_NUMBER = re.compile(rules.PHONE_NUMBER)
AUTHORITY_APPEAL = re.compile(rules.AUTHORITY_APPEAL, re.IGNORECASE)
HERE_OPENER = re.compile(rules.HERE_OPENER, re.IGNORECASE)
PLACE_OPENER = re.compile(rules.PLACE_OPENER, re.IGNORECASE)
ANNOUNCING_COLON = re.compile(rules.ANNOUNCING_COLON, re.IGNORECASE)
HERE_YOU_CAN = re.compile(page_voice_rules.HERE_YOU_CAN, re.IGNORECASE)
SUBJECT_HOME = re.compile(rules.SUBJECT_HOME, re.IGNORECASE)
_QUOTED = sentence_reasons.QUOTED_OR_REPORTED


def authority_appeal(sentences: Sequence[str]) -> bool:
    """The police (or "we") ask to be contacted somewhere in the paragraph."""
    return any(AUTHORITY_APPEAL.search(s) for s in sentences)


def is_link_pointer(sentence: str) -> bool:
    text = sentence.strip()
    if (
        patterns.word_count(text) > rules.LINK_POINTER_MAX_WORDS
        or _QUOTED.search(text)
        or LINK_POINTER_SELF.search(text)
    ):
        return False
    if URL_POINTER.search(text) and patterns.word_count(text) <= rules.URL_POINTER_MAX_WORDS:
        return True
    return bool(LINK_POINTER_END.search(text) and LINK_POINTER_READER.search(text) and LINK_POINTER_VERB.search(text))


def _article_here(sentences: Sequence[str], i: int, *, edge: bool) -> bool:
    """The link pointer's "hier" is the place the sentence before opened with, or its colon announces text to read
    that follows further in the text (pointer_rules.PLACE_OPENER, ANNOUNCING_COLON; review48); or, away from the text's
    edge, a paragraph that is only a sentence opening with "Hier" goes on from the paragraph before it ("Hier vind je
    een overzicht van alle e-mailadressen voor clubs." under a notice that the staff answer only by mail, blind40)."""
    text = sentences[i].strip()
    if not edge and ANNOUNCING_COLON.search(text):
        return True
    if not edge and len(sentences) == 1 and HERE_OPENER.match(text):
        return True  # a paragraph of its own inside the text, "Hier" picking up the one before it (site44, blind40)
    return bool(i and HERE_OPENER.match(text) and PLACE_OPENER.match(sentences[i - 1].strip()))


def _subject_home(sentences: Sequence[str], i: int) -> bool:
    """The pointer ends on the bare home address of a name the paragraph's sentences before it carry
    (pointer_rules.SUBJECT_HOME: "d'ELFT" … "www.d-elft.nl"): the item's own closing line (aside37)."""
    home = SUBJECT_HOME.search(sentences[i].strip().split()[-1]) if sentences[i].strip() else None
    name = _letters(home["name"]) if home else ""
    if len(name) < rules.SUBJECT_NAME_MIN_CHARS:
        return False
    return any(_letters(word) == name for s in sentences[:i] for word in s.split())


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def pointer_reasons(sentences: Sequence[str], reasons: Sequence[str | None], *, edge: bool) -> list[str | None]:
    """The reasons with the link pointers (and their leading question) and, at the edge, the widget pointers."""
    out = _embedded_here(sentences, reasons)
    for i, sentence in enumerate(sentences):
        if out[i] is not None:
            continue
        if is_link_pointer(sentence) and not _article_here(sentences, i, edge=edge) and not _subject_home(sentences, i):
            out[i] = "link"
            lead = sentences[i - 1].strip() if i else ""
            if (
                lead.endswith("?")
                and out[i - 1] is None
                and patterns.word_count(lead) <= rules.LINK_POINTER_LEAD_MAX_WORDS
                and not _QUOTED.search(lead)
            ):
                out[i - 1] = "link"
        elif (
            edge
            and WIDGET_POINTER.search(sentence)
            and not PHONE_NUMBER.search(sentence)
            and not sentence_reasons.AUTHORITY_CONTACT.search(sentence)
            and not _QUOTED.search(sentence)
        ):
            out[i] = "contact"
            lead = sentences[i - 1].strip() if i else ""
            if lead.endswith("?") and out[i - 1] is None and patterns.word_count(lead) <= rules.WIDGET_LEAD_MAX_WORDS:
                out[i - 1] = "contact"  # its generic lead ("Heeft u informatie?"); a concrete question stays
    return out


def _embedded_here(sentences: Sequence[str], reasons: Sequence[str | None]) -> list[str | None]:
    """The reasons with a "hier" pointer between two sentences of the article kept (see the module docstring)."""
    out = list(reasons)
    for i in range(1, len(sentences) - 1):
        if out[i] == "link" and out[i - 1] is None and out[i + 1] is None and HERE_YOU_CAN.search(sentences[i]):
            out[i] = None
    return out
