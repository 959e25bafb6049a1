"""Round fix53 (issue 21, blind43 and blind44 as development sets): article text the structure pass set aside, each
rule narrowed by shape, with an example written here that must stay and chrome of the same kind that must still go."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, kept
from tests.pipeline.text.site_helpers import joined as _text

ONE_LINE = " ".join([BODY, LONGER] * 6)  # a page's whole text on one line (over 150 words)

# --- inline_chrome._closing_title: a sentence opened by an adverb of time, cut off at the text's end -----------------


def test_a_sentence_opened_by_an_adverb_of_time_cut_off_at_the_text_end_stays() -> None:
    cut = "Straks na afloop van de wedstrijd spre"
    assert cut in kept(_text(TITLE, f"{ONE_LINE} {cut}"))


def test_an_embedded_title_opening_with_a_like_word_is_still_set_aside() -> None:
    title = "Strandpaviljoen in de haven opent deuren"  # "Stra…", no adverb: a card's title
    assert title not in kept(_text(TITLE, f"{ONE_LINE} {title}"))


# --- site_rules "navigation": a menu's word opening a hyphenated compound is no breadcrumb ----------------------------


def test_a_headline_opening_with_a_menu_words_compound_stays() -> None:
    headline = "Sport-uitslagen van het weekend"  # "Sport" + a glued hyphen: one word, no crumb after a menu item
    assert headline in kept(_text(headline, BODY, LONGER))


def test_a_breadcrumb_with_a_spaced_hyphen_is_still_set_aside() -> None:
    crumbs = "Sport - Uitslagen"
    assert crumbs not in kept(_text(crumbs, TITLE, BODY, LONGER))


# --- page_edges.tail_lines (text_ends.cut_word): a sentence cut off in its verb right under the last paragraph -------


def test_a_sentence_cut_off_after_its_named_subject_under_the_last_paragraph_stays() -> None:
    cut = "Zwembadvereniging ZPC verw"  # a name, then the verb cut off by the page's excerpt limit
    assert cut in kept(_text(TITLE, BODY, LONGER, cut))


def test_a_label_closing_the_text_under_the_last_paragraph_is_still_set_aside() -> None:
    label = "Foto niet beschikbaar"  # a lower-case word before the last: a phrase, no name and verb
    assert label not in kept(_text(TITLE, BODY, LONGER, label))
