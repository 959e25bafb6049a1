"""Site text by shape, helper structgen39 (issue 21): rules kept only where they also set aside gold site text of
structure sets their author scored in aggregate alone. Examples written for these tests, each with an article
look-alike that stays."""

from __future__ import annotations

from pipeline.text import patterns
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, joined, kinds


def _kind_of(text: str, line: str) -> K:
    return next(kind for kind, block in kinds(text) if block == line)


# -- a periodical's issue or page reference on its own line (shape39_rules.SITE_LINES "issue") -----------------------


def test_a_periodicals_issue_line_is_set_aside() -> None:
    for line in (
        "Nummer 48",
        "Nr 03 2019",
        "Tijdschrift / Nr 03 2019",
        "Dorpsblad jaar:2015, jaargang:12, nummer:4, pag:10 -11",
        "Bouw & Wonen 112 – Magazine #07 (maart 2023)",
        "Uit: Dorpskrant 41 | Inhoudstafel >",
        "Wijkkrant editie 12 april 2022",
    ):
        assert patterns.site_line_reason(line) == "issue", line
        assert ("issue", line) in aside(joined(line, TITLE, BODY, MORE)), line


def test_a_headline_or_heading_with_a_number_in_it_stays() -> None:
    for line in (
        "Ajax weer nummer 1",
        "Op weg naar nummer 24",
        "Jaargang 1, 1945",  # a heading in a magazine's history (review32r)
        "Ajax weer nummer 1 van Europa",
        "Nummer 5 van de lijst wint de verkiezing",
        "Bus 12 rijdt vanaf maandag anders",
    ):
        assert patterns.site_line_reason(line) is None, line
    heading = "Op weg naar nummer 24"  # a section's heading in the article
    assert _kind_of(joined(TITLE, BODY, heading, MORE), heading) is not K.SITE_TEXT


# -- a link's arrow closing a short line; a language switch (shape39_rules.SITE_LINES "link_arrow") ------------------


def test_a_back_link_or_a_menu_arrow_or_a_language_switch_is_set_aside() -> None:
    for line in (
        "Terug naar Nieuws >",
        "Ga naar de agenda >",
        "Volgende →",
        "← Vorige",
        "Terug naar het nieuws",
        "FR | EN",
    ):
        assert patterns.site_line_reason(line) == "link_arrow", line
        assert ("link_arrow", line) in aside(joined(TITLE, BODY, MORE, line)), line


def test_a_comparison_or_a_line_about_going_back_stays() -> None:
    for line in (
        "Meer dan 20 > 10",
        "Terug naar de kerk van zijn jeugd",
        "Naar Zwolle en terug",
        "NL wint van EN",
    ):
        assert patterns.site_line_reason(line) is None, line
    heading = "Terug naar de kerk van zijn jeugd"
    assert _kind_of(joined(TITLE, BODY, heading, MORE), heading) is not K.SITE_TEXT


# -- a short label above the title where the page shows just under it (above_labels.PAGE_BELOW_BLOCKS) --------------


def test_a_label_over_a_title_the_page_prints_twice_is_set_aside() -> None:
    text = joined("Verbouwen", TITLE, TITLE, BODY, MORE)  # no menu above, the title again under it: the page's
    assert ("rubric", "Verbouwen") in aside(text)
    assert _kind_of(text, TITLE) is K.HEADLINE


def test_the_texts_own_first_line_stays_with_no_page_around_the_title() -> None:
    text = joined("Brugkosten", "Maatregelen tegen files", BODY, MORE)  # a title over its deck, nothing set aside
    assert _kind_of(text, "Brugkosten") is not K.SITE_TEXT
