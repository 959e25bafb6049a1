"""A headline that is a quote ("‘Als 13-jarige een mes oppakt, is er ruimte voor twijfel’", "Rutte:
‘We gaan door’"): its words are what someone said, seldom the event's own words; the lead sentence
under it says what happened and who spoke (`quoted_headline`, `lead_sentence`; read by `features`
for the second look, `rescue`)."""

from __future__ import annotations

import re

from pipeline.text.dutch_rules import LETTER_WORD

# the marks a quote opens with: typographic single and double, low, guillemets, and the typewriter ones
# (a closing mark as an opening one, "’Dierenextremisten kunnen gang gaan’", as some sites write it)
QUOTE_MARKS = "‘’“”„‚«»‹›\"'`"
# an apostrophe that opens an elided word is no quote: "'s Avonds", "'t Gooi", "'k", "'s-Hertogenbosch"
ELISIONS = ("s", "t", "k", "n")
QUOTED_SHARE = 0.5  # a headline of a speaker and a quote ("Rutte: ‘…’") is a quote when the quote is this much of it
SPEAKER_SEPARATORS = (":", "|")  # ... after the speaker
# ... or a speaker, a colon and, without quote marks, words in the first or second person ("FNV: het wordt tijd dat
# het kabinet op onze eisen reageert"): what was said, not the event told ("OVV: Controle schiet tekort" is a finding)
SPEECH_PRONOUNS = frozenset(["ik", "we", "wij", "ons", "onze", "mijn", "mij", "me", "jij", "jullie"])
SPEAKER_WORDS = 4  # ... a speaker of at most this many words

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
SAID_WORD_MIN = 4  # a quote headline's words this long are what was said (`said_words`; "het", "is", "of" are not)


def _opens_quote(text: str) -> bool:
    text = text.lstrip()
    if len(text) < 2 or text[0] not in QUOTE_MARKS:
        return False
    word = LETTER_WORD.match(text[1:])
    return not (word and word.group().lower() in ELISIONS)


def quoted_headline(title: str) -> bool:
    """The headline opens with a quote, or a speaker's name and a separator stand before a quote that
    is at least `QUOTED_SHARE` of it."""
    title = title.strip()
    if _opens_quote(title):
        return True
    for separator in SPEAKER_SEPARATORS:
        speaker, found, said = title.partition(separator)
        if found and _opens_quote(said) and len(said.strip()) >= QUOTED_SHARE * len(title):
            return True
    return bool(_unmarked_speech(title))


def _unmarked_speech(title: str) -> str:
    """What a headline of a speaker, a colon and words in the first or second person says (`SPEECH_PRONOUNS`,
    quote marks left out); "" for another headline."""
    speaker, found, said = title.partition(":")
    if not found or not 0 < len(speaker.split()) <= SPEAKER_WORDS:
        return ""
    words = {w.lower() for w in LETTER_WORD.findall(said)}
    return said if words & SPEECH_PRONOUNS else ""


def said_words(title: str) -> frozenset[str]:
    """The words (at least `SAID_WORD_MIN` letters, lowercased) of a quote headline's quote, the speaker left out;
    none for another headline. One outlet's two headlines quoting apart are two interviews, whatever feed text
    (a series intro) stands under them (`copy_checks`)."""
    if not quoted_headline(title):
        return frozenset()
    title = title.strip()
    if not _opens_quote(title):
        marked = (said for sep in SPEAKER_SEPARATORS if _opens_quote(said := title.partition(sep)[2]))
        title = next(marked, None) or _unmarked_speech(title)
    return frozenset(w.lower() for w in LETTER_WORD.findall(title) if len(w) >= SAID_WORD_MIN)


def lead_sentence(paragraphs: list[str], max_chars: int) -> str:
    """The first sentence of the body (at most `max_chars` of it)."""
    text = "\n".join(paragraphs)[:max_chars].strip()
    return _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""
