"""Why a sentence is site text, and when it is not: the sentence tables (site sentences, sentences to the reader)
compiled, and the tests on them — a sentence quoted or reported, or an authority's tip, is news, not the site's
(moved from pipeline.text.patterns, whose site_line_reason uses them for a line of one sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from pipeline.text import (
    frame_rules,
    layout_tip_rules,
    mainstream_rules,
    meta_line_rules,
    page_voice_rules,
    reader_rules,
    reader_site_sentences,
    rubric_frame_rules,
    shape_rules,
    site52_rules,
    site52b_rules,
    site_sentence_rules,
    web_rules,
)


def compile_reasons(table: Iterable[tuple[str, str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((reason, re.compile(p, re.IGNORECASE)) for reason, p in table)


SITE_SENTENCES = (
    compile_reasons(
        site_sentence_rules.SITE_SENTENCES
        + meta_line_rules.SITE_SENTENCES
        + frame_rules.SITE_SENTENCES
        + rubric_frame_rules.SITE_SENTENCES
    )
    + tuple(("consent", re.compile(p, re.IGNORECASE)) for p in shape_rules.CONSENT_SENTENCES)
    + tuple(("promo", re.compile(p, re.IGNORECASE)) for p in shape_rules.PROMO_SENTENCES)
)
# sentences to the reader (reader_site_sentences.SITE_SENTENCES): not when the sentence quotes or attributes what
# someone asked ("…", zegt de voorzitter) — that is reporting
READER_SENTENCES = compile_reasons(
    rubric_frame_rules.READER_SENTENCES  # first: a rubric's introduction that web_rules also reads is a "roundup"
    + reader_site_sentences.SITE_SENTENCES
    + page_voice_rules.READER_SENTENCES
    + reader_rules.READER_SENTENCES
    + web_rules.READER_SENTENCES
    + mainstream_rules.READER_SENTENCES
    + site52_rules.READER_SENTENCES
    + site52b_rules.READER_SENTENCES
)
_REPORTING_VERBS = (
    r"\b(zegt|zei|zeggen|aldus|vraagt|vroeg|vragen|roept|riep|schrijft|schreef|meldt|melden|volgens"
    r"|waarschuwt|waarschuwen|waarschuwde|stelt|stellen|stelde|staat (op|in) de (website|site)"
    r"|adviseert|adviseren|adviseerde|(liet|lieten)\b.{0,40}\bweten)\b"  # not "laat": "Laat het ons weten"
)
_REPORTED = re.compile(rf"[„“”\"]|{_REPORTING_VERBS}", re.I)
# the same with single quotes too (‘…’, '…'): for a whole sentence that would be the outlet's own voice
# (an appeal, a pointer), where a quoted word or a quoted speaker means someone else is speaking
QUOTED_OR_REPORTED = re.compile(rf"[„“”\"'‘’]|{_REPORTING_VERBS}|\b(vertelt|vertelde)\b", re.I)
_SERVICE_NOTE = re.compile("|".join(p for _, p in site_sentence_rules.SERVICE_NOTES), re.I)
_SAID = re.compile(site_sentence_rules.SERVICE_NOTE_SAID, re.I)
# the speaker's verb after the quoted call's comma or closing quote ("…, zegt voorzitter Jansen", "…', zei ze")
_SAID_AFTER = re.compile(r"[,'’\"”]\s*(zegt|zei|zeggen|aldus|vertelt|vertelde|roept|riep|vraagt|vroeg)\b", re.I)
_REPORTED_VERB = re.compile(_REPORTING_VERBS, re.I)  # without the quote marks: the tip rules quote addresses
AUTHORITY_CONTACT = re.compile(shape_rules.AUTHORITY_CONTACT, re.IGNORECASE)
_CONSENT_NEWS = re.compile(site_sentence_rules.CONSENT_NEWS, re.IGNORECASE)  # "… voldeed de privacyverklaring niet"


def site_sentence_reason(sentence: str) -> str | None:
    """Why one sentence inside running text is site text, or None."""
    return sentence_verdict(sentence)[1]


@lru_cache(maxsize=256)  # a line is asked as a line (patterns.site_line_reason), then as a sentence (its first)
def sentence_verdict(sentence: str) -> tuple[bool, str | None]:
    """(decided, reason): decided when a site sentence's pattern matched (the reason None for an authority's tip)
    or a sentence to the reader was found; (False, None) when neither table says anything about the sentence."""
    for reason, pattern in SITE_SENTENCES:
        if pattern.search(sentence):
            return True, None if authority_tip(reason, sentence) else reason
    found = reader_reason(sentence)
    return found is not None, found


def authority_tip(reason: str | None, text: str) -> bool:
    """A "tip" sentence that gives the police's (an authority's) contact, or that someone is reported to
    make ("Mail uw vragen naar info@gemeente.nl, adviseert de wethouder"): an appeal in the news. So is a
    "consent" sentence someone is reported to say ("Accepteer nooit alle cookies om …, adviseert de
    Consumentenbond", review 25d): a site's own notice quotes no one. So is a "newsletter" call with its speaker
    after it ("Meld je dan aan voor de nieuwsbrief, zegt voorzitter Jansen", review41s)."""
    if reason in ("promo", "tip") and _SERVICE_NOTE.search(text) and _SAID.search(text):
        return True  # the outlet's service note quoted in a report (review39)
    if reason == "newsletter" and _SAID_AFTER.search(text):
        return True  # a club's call to its members reported ("Meld je dan aan voor de nieuwsbrief, zegt …"; review41s)
    if reason == "consent":  # nor news about other sites' policies (site_sentence_rules.CONSENT_NEWS)
        return bool(_REPORTED_VERB.search(text) or _CONSENT_NEWS.search(text))
    return reason == "tip" and bool(AUTHORITY_CONTACT.search(text) or _REPORTED_VERB.search(text))


def reader_reason(sentence: str) -> str | None:
    """Why a sentence to the reader about the site is site text (not when it quotes or attributes)."""
    found = next((reason for reason, pattern in READER_SENTENCES if pattern.search(sentence)), None)
    return found if found and not _REPORTED.search(sentence) and not authority_tip(found, sentence) else None


PAIRED_LEADS = compile_reasons(frame_rules.PAIRED_LEADS + layout_tip_rules.PAIRED_LEADS + site52_rules.PAIRED_LEADS)
PAIRED_TRAILS = compile_reasons(
    frame_rules.PAIRED_TRAILS + site52_rules.PAIRED_TRAILS + rubric_frame_rules.PAIRED_TRAILS
)


def paragraph_reasons(sentences: Sequence[str]) -> list[str | None]:
    """Why each sentence of a paragraph is site text by the tables (or None), a paired lead with its next one."""
    return paired_leads(sentences, [site_sentence_reason(s) for s in sentences])


def paired_leads(sentences: Sequence[str], reasons: Sequence[str | None]) -> list[str | None]:
    """The reasons with a lead sentence of frame_rules.PAIRED_LEADS set aside right before a sentence set aside for
    its reason (a login question before its link, an error banner's first sentence before the next), not alone; and a
    trail of frame_rules.PAIRED_TRAILS right after one (a comment box's "Een woordje uitleg.", site44)."""
    out = list(reasons)
    for i in range(len(sentences) - 1):
        for reason, pattern in PAIRED_LEADS:
            if out[i] is None and out[i + 1] == reason and pattern.match(sentences[i].strip()):
                out[i] = reason
    for i in range(1, len(sentences)):
        for reason, pattern in PAIRED_TRAILS:
            if out[i] is None and out[i - 1] == reason and pattern.match(sentences[i].strip()):
                out[i] = reason
    return out
