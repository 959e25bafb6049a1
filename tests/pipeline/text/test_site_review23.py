"""Review 23: reporting that the site-text rules set aside (a link rule that took a closing full stop,
reader-sentence rules without a quote or a reporting verb, a police appeal for tips) stays article text,
and a long token of word characters and hyphens does not make the consent rule quadratic."""

from __future__ import annotations

import time

import pytest

from pipeline.text import patterns, sentence_reasons
from tests.pipeline.text.site_helpers import BODY, aside, kept

REPORTING = [
    "Alle fracties in de gemeenteraad stemden in met het rapport.",
    "Alle ouders krijgen vanaf maandag een melding via de app.",
    "Alle kinderen in de klas keken naar de video.",
    "Het bericht werd eerder gepubliceerd door persbureau Bloomberg, dat zich baseert op ingewijden.",
    "Je brief aan de Belastingdienst wordt binnen acht weken behandeld.",
    "De meningen in de peiling weerspiegelen niet de hele bevolking, waarschuwen de onderzoekers.",
    "Heeft u iets gezien? Mail dan naar tips@politie.nl of bel 0900-8844.",
    "Help ons de slachtoffers te steunen met een gift, staat op de website van Giro555.",
    "Elke week krijgt de Kamer een overzicht van het laatste nieuws over de stikstofcrisis.",
    "Het rapport verscheen eerder in de Volkskrant.",
    "U kunt ons werk steunen met een gift, liet de stichting in een verklaring weten.",
    "Mail uw vragen naar info@gemeente.nl, adviseert de wethouder.",
    "Het artikel verscheen in de Volkskrant van zaterdag 3 mei en leidde tot veel ophef.",
    "De foto's verschenen eerst op Instagram, waarna ze snel werden gedeeld.",
]


@pytest.mark.parametrize("paragraph", REPORTING)
def test_reporting_in_the_middle_of_an_article_is_kept(paragraph: str) -> None:
    closing = "Daarna ging de vergadering nog lang door over andere zaken in de stad."
    text = f"Zwembad gaat toch door\n\n{BODY}\n\n{paragraph}\n\n{closing}\n"
    assert aside(text) == []
    assert paragraph in kept(text)


@pytest.mark.parametrize("paragraph", REPORTING)
def test_reporting_as_the_last_paragraph_is_kept(paragraph: str) -> None:
    assert aside(f"Zwembad gaat toch door\n\n{BODY}\n\n{paragraph}\n") == []


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Bekijk het volledige rapport.", "link"),
        ("Zie de video.", "link"),
        ("Alle uitslagen en het programma", "link"),
        ("De volledige uitslagen »", "link"),
    ],
)
def test_link_lines_are_still_set_aside(line: str, reason: str) -> None:
    assert patterns.site_line_reason(line) == reason


@pytest.mark.parametrize(
    "sentence, reason",
    [
        ("Dit artikel werd eerder gepubliceerd door onze partner De Stadskrant.", "syndication"),
        ("Dit verhaal verscheen eerder op de site van onze partner.", "syndication"),
        ("This article was first published on Streekomroep Noord.", "syndication"),
        ("Je brief wordt mogelijk ingekort en geplaatst in de rubriek Lezers.", "comments"),
        ("De standpunten in deze rubriek weerspiegelen niet per se die van de redactie.", "disclaimer"),
        ("Elke week ontvang je een overzicht van het belangrijkste nieuws.", "newsletter"),
        ("Dagelijks tijdens de lunch een update van het belangrijkste nieuws.", "newsletter"),
        ("Weet jij meer over de brand? Mail naar tips@stadskrant.nl.", "tip"),
        ("Laat het ons weten via de tiplijn.", "tip"),
    ],
)
def test_site_sentences_the_rules_were_written_for_stay_site_text(sentence: str, reason: str) -> None:
    assert sentence_reasons.site_sentence_reason(sentence) == reason or patterns.site_line_reason(sentence) == reason


def test_a_police_appeal_paragraph_is_kept_but_the_outlets_tip_line_is_not() -> None:
    police = "Heeft u iets gezien? Mail dan naar tips@politie.nl of bel 0900-8844."
    outlet = "Heeft u iets gezien? Mail dan naar tips@stadskrant.nl."
    assert aside(f"Zwembad gaat toch door\n\n{BODY}\n\n{police}\n") == []
    assert [r for r, _ in aside(f"Zwembad gaat toch door\n\n{BODY}\n\n{outlet}\n")] == ["tip"]


def test_a_100_kb_token_of_hyphenated_words_parses_in_linear_time() -> None:
    """The consent rule's "[\\w-]+\\.(nl|be)" restarted at every position of the run: 75 s for 100 kB.
    Bounded, the parse takes about 1.6 s on a 2-core machine at load 5 (the bound leaves room for the load)."""
    token = "aa-" * 34_000
    started = time.perf_counter()
    kept(f"Zwembad gaat toch door\n\n{BODY}\n\n{token}\n")
    assert time.perf_counter() - started < 10.0


def test_the_consent_domain_rule_is_linear_on_its_own() -> None:
    rule = next(p for r, p in sentence_reasons.SITE_SENTENCES if "deel uit van" in p.pattern)
    started = time.perf_counter()
    assert rule.search("aa-" * 34_000) is None
    assert time.perf_counter() - started < 0.5
    assert rule.search("Nieuwsblad.be en Standaard.be maken deel uit van Mediahuis.")
