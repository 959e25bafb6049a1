"""One outlet's own items that read like a copy and are not (`standing`, `copy_checks`): two posts of a blog whose
feed body is the blog's standing description, and a new quote headline over the first sentence of the outlet's own
report; beside them the copies they must not lose. Texts written for these tests."""

from __future__ import annotations

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.standing import standing_text
from tests.pipeline.stories.texts import at, feat, unrelated_window

BLOG = (
    "Onze verslaggevers Els Bakker en Joost Hendriks volgen de Tour de France op de voet. In blogs melden ze wat hen"
    " opvalt in de karavaan, tussen de renners, de ploegleiders en de fans langs de weg."
)

REPORT = (
    "Wout van Aert heeft de tweede etappe van de Ronde van Denemarken gewonnen na een massasprint in Odense.\n\n"
    "De Belg was na een rit van 190 kilometer door het heuvelachtige binnenland de snelste. Fabio Jakobsen werd"
    " tweede, de Deen Mads Pedersen eindigde als derde.\n\n"
    "Van Aert rijdt in Denemarken zijn laatste wedstrijd voor het wereldkampioenschap. Hij wil er vooral ritme"
    " opdoen na een val in de Vuelta.\n\n"
    "De ronde eindigt zaterdag met een tijdrit in Vejle."
)
FIRST_SENTENCE = REPORT.split("\n\n", 1)[0]


def _copies(items: list[tuple[str, str, float, str, str]]) -> dict[str, str | None]:
    store: MemoryStoryStore = unrelated_window(ClusterSettings())
    return {
        a: assign(feat(a, outlet, at(0, hours), title, body), store).duplicate_of
        for a, outlet, hours, title, body in items
    }


def test_two_posts_of_one_blog_under_its_standing_description_are_no_copy():
    copies = _copies(
        [
            ("hitte", "AD", 2, "Ook in de Pyreneeën is het een beetje heet", BLOG),
            ("fans", "AD", 24, "Nederlandse fans veroveren de Alpe d'Huez al dagen voor de rit", BLOG),
        ]
    )
    assert copies["fans"] is None


def test_news_ending_on_a_liveblog_pointer_is_no_standing_text():
    news = feat("a", "AD", at(0, 1), "Formatie", "Volg alles over de kabinetsformatie in dit liveblog.")
    pointer = feat("b", "AD", at(0, 1), "Formatie", f"{FIRST_SENTENCE} Volg alles over de ronde in dit liveblog.")
    assert standing_text(feat("c", "AD", at(0, 1), "Blog", BLOG).paragraphs)
    assert not standing_text(pointer.paragraphs)
    assert not standing_text(news.paragraphs)


def test_a_wire_copy_on_two_sites_under_another_headline_stays_a_copy():
    copies = _copies(
        [
            ("anp", "NU.nl", 2, "Van Aert wint tweede rit in Denemarken", REPORT),
            ("site", "AD", 3, "Van Aert de snelste in Odense", REPORT),
        ]
    )
    assert copies["site"] == "anp"


def test_a_wire_copy_trimmed_of_its_last_paragraph_stays_a_copy():
    trimmed = REPORT.rsplit("\n\n", 1)[0]
    copies = _copies(
        [
            ("anp", "NU.nl", 2, "Van Aert wint tweede rit in Denemarken", REPORT),
            ("site", "De Telegraaf", 3, "Van Aert sprint naar zege in Odense", trimmed),
        ]
    )
    assert copies["site"] == "anp"


def test_an_outlets_new_quote_headline_over_its_reports_first_sentence_is_no_copy():
    copies = _copies(
        [
            ("verslag", "De Telegraaf", 2, "Van Aert oppermachtig in Odense", REPORT),
            ("woorden", "De Telegraaf", 5, "Van Aert: 'Die laatste bocht had ik nodig'", FIRST_SENTENCE),
        ]
    )
    assert copies["woorden"] is None


def test_an_outlets_excerpt_of_its_report_stays_a_copy():
    copies = _copies(
        [
            ("verslag", "De Telegraaf", 2, "Van Aert oppermachtig in Odense", REPORT),
            ("kort", "De Telegraaf", 5, "Van Aert wint in Odense", FIRST_SENTENCE),
        ]
    )
    assert copies["kort"] == "verslag"


def test_a_quote_headline_saying_what_the_report_says_stays_a_copy():
    copies = _copies(
        [
            ("verslag", "De Telegraaf", 2, "Van Aert oppermachtig in Odense", REPORT),
            ("ritme", "De Telegraaf", 5, "Van Aert: 'Vooral ritme opdoen'", FIRST_SENTENCE),
        ]
    )
    assert copies["ritme"] == "verslag"


def test_another_outlets_quote_headline_over_the_first_sentence_stays_a_copy():
    copies = _copies(
        [
            ("verslag", "NU.nl", 2, "Van Aert oppermachtig in Odense", REPORT),
            ("woorden", "AD", 5, "Van Aert: 'Die laatste bocht had ik nodig'", FIRST_SENTENCE),
        ]
    )
    assert copies["woorden"] == "verslag"


def test_an_outlets_quoted_label_over_its_excerpt_stays_a_copy():
    copies = _copies(
        [
            ("verslag", "De Telegraaf", 2, "Van Aert oppermachtig in Odense", REPORT),
            ("label", "De Telegraaf", 5, "'Heuvelachtige sprint'", FIRST_SENTENCE),
        ]
    )
    assert copies["label"] == "verslag"


def test_an_outlets_quoted_label_over_its_own_copy_of_the_report_stays_a_copy():
    two_paragraphs = "\n\n".join(REPORT.split("\n\n")[:2])
    copies = _copies(
        [
            ("verslag", "De Telegraaf", 2, "Van Aert oppermachtig in Odense", REPORT),
            ("label", "De Telegraaf", 5, "'Geen verrassing'", two_paragraphs),
        ]
    )
    assert copies["label"] == "verslag"
