"""Round headline38 (issue 21): the headline's choice under a held-out discipline — each change with an example
written here that it must handle, and a look-alike of the same shape that must keep its reading."""

from __future__ import annotations

import re

from pipeline.document import Block, BlockKind
from pipeline.text import line_kind_rules
from pipeline.text.title_links import label_before
from tests.bounded import finishes
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, headline, joined, kept, kinds

# --- title_links.label_before: a rubric's label glued before the title across a bar stays in the headline --------


def test_a_rubric_label_and_its_bar_glued_before_the_title_stay_in_the_headline() -> None:
    # STRUCTURE_CONVENTIONS.md: a kicker or genre label glued into the headline's line stays in the headline
    text = joined(f"Weekoverzicht | {TITLE}", BODY, MORE)
    assert headline(text) == f"Weekoverzicht | {TITLE}"
    assert aside(text) == []


def test_a_topic_name_after_a_bar_closing_the_title_is_still_set_aside() -> None:
    # the look-alike: the name across a bar after the title is a topic page's, not the headline's
    text = joined(f"{TITLE} | Wegen en Verkeer", BODY, MORE)
    assert headline(text) == TITLE
    assert ("rubric", "| Wegen en Verkeer") in aside(text)


def test_a_label_before_a_piece_set_aside_is_read_as_before() -> None:
    # lastread38: no title's piece to join (the first piece site text): the label as it was read before headline38
    rest = [Block(BlockKind.SITE_TEXT, "Live 12/3:", reason="rubric"), Block(BlockKind.HEADLINE, TITLE)]
    assert label_before("Live F1 | ", rest)[0] == Block(BlockKind.SUBHEADING, "Live F1")
    assert label_before("Nederland – ", rest, aside=True)[0] == Block(
        BlockKind.SITE_TEXT, "Nederland –", reason="rubric"
    )
    assert label_before("IN KAART - ", rest[1:]) == [Block(BlockKind.HEADLINE, f"IN KAART - {TITLE}")]


# --- title_line._split: a kicker in capitals and its dash, or a region's name and its dash, glued before the title -


def test_a_kicker_in_capitals_and_its_dash_glued_before_the_title_stay_in_the_headline() -> None:
    text = joined(f"IN BEELD - {TITLE}", BODY, MORE)
    assert headline(text) == f"IN BEELD - {TITLE}"
    assert aside(text) == []


def test_a_place_in_capitals_and_its_dash_before_the_ledes_sentences_stays_the_ledes() -> None:
    # the look-alike: a dateline opening running text is the lede's, not a title's kicker
    lede = f"ZWOLLE - {BODY}"
    text = joined(TITLE, lede, MORE)
    assert headline(text) == TITLE
    assert lede in kept(text)


def test_a_regions_name_and_its_dash_glued_before_the_title_stay_in_the_headline() -> None:
    text = joined(f"Overijssel – {TITLE}", BODY, MORE)
    assert headline(text) == f"Overijssel – {TITLE}"
    assert aside(text) == []


def test_a_regions_name_and_its_dash_before_a_ledes_sentence_stays_the_ledes() -> None:
    # the look-alike: "Utrecht – De gemeente …": a dateline before the lede's sentence
    lede = f"Utrecht – {BODY}"
    text = joined(TITLE, lede, MORE)
    assert headline(text) == TITLE
    assert lede in kept(text)


# --- line_kind_rules.BYLINES: a genre's word and a bar glued before the title is no byline --------------------------


def test_a_genre_word_and_its_bar_glued_before_the_title_stay_in_the_headline() -> None:
    # STRUCTURE_CONVENTIONS.md's own example: 'INTERVIEW | Jan Smit over zijn boek' (it was read as a byline)
    line = "INTERVIEW | Jan Smit over zijn boek"
    text = joined(line, BODY, MORE)
    assert headline(text) == line
    assert aside(text) == []


def test_a_genre_word_and_a_colon_before_a_name_under_the_title_stays_a_byline() -> None:
    # the look-alike: the interviewer's line under the title
    assert (K.BYLINE, "Interview: Anna de Vries") in kinds(joined(TITLE, "Interview: Anna de Vries", BODY, MORE))


def test_a_genre_words_byline_rule_stays_linear_in_a_run_of_spaces() -> None:
    # lastread38: '\s*(:\s*|\s+)' split a run of spaces every way before the name failed (50 000 spaces: minutes)
    byline = re.compile(line_kind_rules.BYLINES[2], re.IGNORECASE)
    assert byline.pattern.startswith("^(reportage|interview)")
    assert finishes(lambda: byline.search("interview" + " " * 50_000 + "x"), seconds=2)
    for line in ("Interview: Anna de Vries", "Interview:Anna de Vries", "Interview Anna de Vries", "Reportage : Jan"):
        assert byline.search(line), line
