"""A news site's stamp glued before the article's first words on their line, helper site41 (issue 21): the page's
source line with its share counter ("Bron: Belga, Vlaams Verkeerscentrum 71 Op de E40 …"), its time with the counter
("11u03 2 Op de E40 …") and its date without a year ("13 oktober Opnieuw rivaliteit in de koers. …"), as a
mainstream CMS prints them above the text and a page saved as text runs them into it. pipeline.text.structure splits
the stamp off as site text (reason "stamp") before it reads the rest of the line.

A figure alone after the source or the time is the share bar's counter, never an article's word; a date with no year
glued to the first words is the page's only before the running text begins (no sentence ended above it: an agenda's
"13 oktober Lezing in de bibliotheek." further down is the article's own), and only when the rest of the line is a
paragraph of running text (RUNNING_MIN_WORDS words, its sentence ended): a short line after it is a list's item.
"""

from __future__ import annotations

import re

from pipeline.text import patterns
from pipeline.text.dutch_rules import MONTH_NAME_GROUP
from pipeline.text.site_rules import SENTENCE_OPENERS

RUNNING_MIN_WORDS = 15  # the rest of the line is a paragraph of running text, not a list's item or a title

# a sentence's first word after the stamp: a capital, a figure or an opening quote
_NEXT = r"(?=\s+(?-i:[A-ZÀ-Ý0-9„“\"‘']))"
# "Bron: eigen berichtgeving, Belga, Vlaams Verkeerscentrum 204 …": the source's names (up to eight words, commas,
# slashes or dashes between them) and the share counter after them
_SOURCE = r"bron\s*:\s*[\w.&'’-]+(?:(?:\s*[,/&]\s*|\s+-\s+|\s+)[\w.&'’-]+){0,7}?\s+\d{1,5}"
# "11u03 2 …": the time in a Flemish site's form and the counter; the source line may follow the time
_TIME = r"\d{1,2}u\d{2}"
COUNTED_STAMP = re.compile(rf"^(?:{_TIME}\s+(?:{_SOURCE}|\d{{1,5}})|{_SOURCE}){_NEXT}", re.IGNORECASE)
# one tag word between the counter and the sentence, when a sentence's opener follows it ("2 Dilbeek Op de E40 …")
TAG_AFTER = re.compile(rf"^\s+[A-ZÀ-Ý][\w'’-]{{2,20}}(?=\s+{SENTENCE_OPENERS}\s)")
# "13 oktober Opnieuw …", "26 december 2019 De …": a day and a month in full, a year or not, a capital after it
DATE_STAMP = re.compile(rf"^\d{{1,2}}\s+(?i:{MONTH_NAME_GROUP})(?:\s+\d{{4}})?(?=\s+[A-ZÀ-Ý][a-zà-ÿ])")


def glued_stamp(line: str, *, after_text: bool) -> str | None:
    """The stamp glued before the line's running text (see the module's docstring), or None."""
    if match := COUNTED_STAMP.match(line):
        end = match.end()
        if tag := TAG_AFTER.match(line[end:]):
            end += tag.end()
        return line[:end]
    if after_text or not (match := DATE_STAMP.match(line)):
        return None
    rest = line[match.end() :].strip()
    running = patterns.word_count(rest) >= RUNNING_MIN_WORDS and patterns.ends_sentence(rest)
    return line[: match.end()] if running else None
