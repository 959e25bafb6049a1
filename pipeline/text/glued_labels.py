"""A label glued to the line it opens, and a kicker before the headline (split from pipeline.text.patterns): a
section label glued to the sentence or the name after it ("LiveblogDe storm …", "EssayJoël De Ceulaer"), a media
label in capitals ("MET FOTO'SDe …"), a tag with its bullet read as "n" ("politiek n Het …"), a section word before
the date ("Gesponsord 25 januari 2023") or after it ("4 mei 2009 om 10:00 Nieuws"), a place in capitals that lost its
dateline's dash ("HARENHet college …"), and a kicker and its full stop ("LIVE. Vlaams …"); a rubric's tag in square
brackets opening two lines of the page's head (bracket_tags).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import line_kind_rules, shape_rules, site52b_rules, web_rules
from pipeline.text import site_rules as rules
from pipeline.text.patterns import ends_sentence, is_dateline, is_timestamp, site_line_reason, word_count
from pipeline.text.text_ends import running_text

# "LIVE. Vlaams Belang …": a kicker in capitals and a full stop before the headline, on its line
KICKER_PREFIX = re.compile(r"^(?:[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9 '&-]{1,29})\.\s+(?=[A-ZÀ-Ý„“\"'‘0-9])")
# (conventions37) a live label and its colon glued before a title on its line ("Liveblog: Storm trekt over …") is the
# headline's kicker and stays in it (tests/data/STRUCTURE_CONVENTIONS.md; site44's LIVE_LABEL set it aside)
GLUED_LABEL = re.compile(rf"^([A-ZÀ-Ý][a-zà-ÿ]{{2,15}}|[A-ZÀ-Ý]{{3,15}})(?={rules.SENTENCE_OPENERS}\s)")
# a preposition cannot open a sentence before a finite verb: "LinkedIn is …" is one word, no label glued to "In"
_WORD_NOT_OPENER = re.compile(
    r"^(In|Op|Bij|Na|Om|Met|Van|Voor|Door|Vanaf|Tijdens|Volgens) (is|was|zijn|waren|heeft|hebben|had|wordt|werd|kan|moet)\b"
)
# a category's word glued to its date without a space, the date a theme's with a comma before its year ("Algemeen18
# mei, 2020"): a theme's meta line (blind31); glued to a date as an article's writes it, the word is the dateline's
# place ("Zwolle12 juni 2021": the article's, review42)
GLUED_BEFORE_DATE = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ]{2,20})(?=\d{1,2}\s+\w+,\s+\d{4}$)")
SECTION_LABEL = re.compile(shape_rules.SECTION_LABELS, re.IGNORECASE)
_KICKER_WORD = re.compile(line_kind_rules.GENRE_KICKER, re.IGNORECASE)  # "exclusief", "breaking", "uitgelicht" …
GLUED_SECTION = re.compile(rf"^((?i:{shape_rules.SECTION_LABELS}))(?=[A-ZÀ-Ý][a-zà-ÿ'’])")  # "EssayJoël De Ceulaer"
GLUED_MEDIA = re.compile(web_rules.GLUED_MEDIA)
# (site45) a genre's word and its media after "+", "&", "met" or "en", the media word in lower case glued to the text's
# first word: "Overzicht + videoHet was …" (Brabants Dagblad, blind68), "Analyse & foto'sDe …", "Reportage met videoIn"
GLUED_GENRE_MEDIA = re.compile(
    r"^([A-ZÀ-Ý][a-zà-ÿ]{2,15} ?(?:\+|&|met|en) ?(?:video|foto'?s|foto’s|audio|podcast|fotoserie))(?=[A-ZÀ-Ý][a-zà-ÿ])"
)
# a topic's one word glued after the genre ("AnalyseKlimaat", "GetuigenisTwitter": a DPG page's genre and topic): the
# line is the page's label whole, no name after the genre (site40)
GLUED_TOPIC = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]{2,20}")
GLUED_SUBJECT = re.compile(site52b_rules.GLUED_SUBJECT)  # "InterviewMarieke de Wit": the label's line whole (site52b)
SECTION_BEFORE = re.compile(rf"^((?i:{shape_rules.SECTION_LABELS}))\s+(?=\d)")  # "Gesponsord 25 januari 2023"
# "4 mei 2009 om 10:00 Nieuws" (site40); after a bar, and a kind of news: "8 september 2018 | Branchenieuws" (site48);
# not after a dash, nor another compound: "12 oktober 2018 - Bloedanalyse" is a timeline's entry (review48)
SECTION_AFTER = re.compile(rf"\s+(\|\s+)?(?i:{shape_rules.SECTION_COMPOUND}|{shape_rules.CATEGORY_LABELS})$")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")  # a page's date line names its year; an agenda's item does not (review40)
# a rubric's tag of one or two words and a symbol font's bullet read as the letter "n" (a Wingdings square, as an
# e-paper's text layer gives it) before the first sentence: "politiek n Het onderzoek …", "HISTORIE n Wat …" (site40)
# The tag in lower case or in capitals, as a rubric prints it: a capitalised word opens a sentence whose "n" is an
# informal "een" ("Echt n Amsterdammer was hij …", review40)
_TAG_WORD = r"(?:[a-zà-ÿ]{2,20}|[A-ZÀ-Ý]{3,20})"
BULLET_TAG = re.compile(rf"^({_TAG_WORD}(?: {_TAG_WORD})? n)(?= [A-ZÀ-Ý„“\"'‘])")


def without_kicker(line: str) -> str:
    """The line after a kicker in capitals and its full stop ("LIVE. Vlaams Belang …" -> "Vlaams Belang …")."""
    match = KICKER_PREFIX.match(line)
    return line[match.end() :] if match and any(ch.isalpha() for ch in match.group(0)) else line


def glued_label(line: str) -> str | None:
    """A section label glued to the sentence after it ("LiveblogDe storm raast …" -> "Liveblog"), to a
    name ("EssayJoël De Ceulaer" -> "Essay"), a media label in capitals glued to the text ("MET FOTO'SDe …"),
    or before the date ("Gesponsord 25 januari 2023") — not an update's time ("Update 22:23 uur": a heading) — or a
    tag and its bullet read as "n" ("politiek n Het onderzoek …" -> "politiek n")."""
    match = GLUED_LABEL.match(line)
    if match and word_count(line) >= 4 and not _WORD_NOT_OPENER.match(line[match.end() :]):
        return match.group(1)
    if (match := GLUED_SECTION.match(line)) and GLUED_TOPIC.fullmatch(line[match.end() :]):
        return None  # "AnalyseKlimaat": a genre and its topic glued, one label of the page's (site40)
    if GLUED_SUBJECT.match(line):
        return None  # "InterviewMarieke de Wit": the genre and the person it is about, one label (site52b)
    if match := (
        GLUED_SECTION.match(line) or GLUED_MEDIA.match(line) or GLUED_GENRE_MEDIA.match(line) or BULLET_TAG.match(line)
    ):
        return match.group(1)
    dated = SECTION_BEFORE.match(line) or GLUED_BEFORE_DATE.match(line)  # or any word glued to it: "Algemeen18 mei"
    match = dated if not line.isupper() else None  # "NIEUWS 27 FEBRUARI": a heading in capitals
    rest = line[match.end() :] if match else ""
    return match.group(1) if match and is_dateline(rest) and not is_timestamp(rest) else None  # "Update 22:23 uur"


def glued_place(label: str) -> bool:
    """A word in capitals glued to the text's first sentence that names no section and no site's word
    ("HAREN" in "HARENHet college …"): a print archive's dateline that lost its dash, the article's."""
    known = SECTION_LABEL.fullmatch(label) or _KICKER_WORD.match(label) or site_line_reason(label)
    return label.isupper() and not known


def section_after(line: str) -> int | None:
    """Where a section's word closing a date line begins ("4 mei 2009 om 10:00 Nieuws" -> before "Nieuws"): the date
    is the article's dateline, the word the page's label; a date without its year is an agenda's item, kept whole."""
    match = SECTION_AFTER.search(line)
    if match is None or not YEAR.search(line[: match.start()]):
        return None  # an agenda's item ("Zaterdag 14 maart om 20:00 Cultuur"): a page's date line names the year
    return match.start() if is_dateline(line[: match.start()]) and not line.isupper() else None


# a rubric's tag in square brackets, one to four words, opening a line before its text ("[Weekoverzicht] <titel>")
BRACKET_TAG = re.compile(r"^(\[[A-ZÀ-Ý0-9][\w'’&.-]*(?: [\w'’&.-]+){0,3}\])\s+(?=\S)")
BRACKET_TAG_MIN_LINES = 2  # the same tag over this many lines of the page's head: the rubric's, not an editor's insert
TAGLINE_MAX_WORDS = 8  # "[Weekoverzicht] Het nieuws van de week": the rubric's standing tagline, no sentence


def bracket_tags(blocks: Sequence[Block]) -> list[Block]:
    """The same tag in square brackets opening BRACKET_TAG_MIN_LINES lines or more above the running text (site49): a
    rubric's, set aside as "rubric" — cut off the first line (the title), and with the rest of a later short line that
    ends no sentence (the rubric's tagline). An editor's insert ("[De minister] zei …") opens one line, not two; the
    tag opens the page's first line kept (the title): updates or a transcript's speaker under the title stay (review49)."""
    out = list(blocks)
    # the head ends at the first paragraph of running text
    head = next((i for i, b in enumerate(out) if running_text(b)), len(out))
    found = {
        i: m for i in range(head) if out[i].kind is not BlockKind.SITE_TEXT and (m := BRACKET_TAG.match(out[i].text))
    }
    title = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    if title not in found:
        return out  # the rubric's tag opens the title: under an untagged title they are the article's ("[UPDATE] …")
    tagged = [i for i, m in found.items() if m.group(1) == found[title].group(1)]
    if len(tagged) < BRACKET_TAG_MIN_LINES:
        return out
    for i in reversed(tagged):
        tag, rest = found[i].group(1), out[i].text[found[i].end() :]
        if i != tagged[0] and word_count(rest) <= TAGLINE_MAX_WORDS and not ends_sentence(rest):
            out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="rubric")
        else:
            out[i : i + 1] = [Block(BlockKind.SITE_TEXT, tag, reason="rubric"), Block(out[i].kind, rest)]
    return out
