from datetime import date, datetime

import pytest

from pipeline.stories.features import ArticleFeatures, ArticleText, extract
from tests.pipeline.stories.texts import AJAX_SUNDAY, DIJK_WIRE, at, feat


def test_names_are_capitalised_runs_and_their_words_not_sentence_starts():
    f = feat(
        "a",
        "NOS",
        at(),
        "Landbouwminister Femke Wiersma (BBB) trekt mestplan in",
        "Het plan van Wiersma stuitte op verzet in de Tweede Kamer.",
    )
    assert {"femke wiersma", "wiersma", "femke", "tweede kamer", "bbb"} <= f.names
    assert "landbouwminister" not in f.names  # only capitalised because it starts the headline
    assert "femke wiersma bbb" not in f.names  # a name does not run over the parenthesis
    assert ("femke wiersma", "Femke Wiersma") in f.name_forms


def test_name_particles_stay_inside_a_name():
    f = feat("a", "NOS", at(), "Kritisch advies", "Het advies van de Raad van State is kritisch.")
    assert "raad van state" in f.names


def test_a_name_runs_over_several_particles():
    f = feat(
        "a",
        "NOS",
        at(),
        "Nieuwe voorzitter",
        "De keuze viel op Ursula von der Leyen. Wethouder Rutger van den Berg is tevreden.",
    )
    assert {"ursula von der leyen", "rutger van den berg", "ursula", "leyen", "berg"} <= f.names
    assert "der leyen" not in f.names and "van den" not in f.names


def test_a_full_name_opening_a_sentence_keeps_its_first_name():
    """A headline that is only the name ("Hans van Manen" over an obituary) gives the full name, as
    the same name inside a sentence does; a preposition opening a sentence is no first name."""
    f = feat("a", "NRC", at(), "Hanneke van Bruggen", "De choreograaf overleed op 93-jarige leeftijd.")
    assert {"hanneke van bruggen", "hanneke", "bruggen"} <= f.names
    g = feat("b", "NOS", at(), "Debat", "In de Tweede Kamer werd gestemd. Volgens de Raad van State mag het.")
    assert {"tweede kamer", "raad van state"} <= g.names
    assert not {"in", "volgens", "in de tweede kamer", "volgens de raad van state"} & g.names


def test_numbers_are_normalised():
    f = feat("a", "AD", at(), "Storing", "Ruim 1.200 reizigers en 2,5 miljoen euro schade; 1200 klachten.")
    assert {"1200", "2.5"} <= f.numbers


def test_days_named_in_the_text_are_resolved_against_the_publication_date():
    # published on Monday 2 March 2026; "zondag" is the day before, "gisteren" too; "19 december" is last
    # year's, months back: background, not named (`dates.NEAR_DAYS`; a year's turn: test_near_days)
    f = feat("a", "NOS", at(), "Ajax wint", AJAX_SUNDAY + " Op 19 december speelde Ajax nog gelijk.")
    assert date(2026, 3, 1) in f.dates
    assert f.dates == frozenset({date(2026, 3, 1)})
    g = feat("b", "NOS", at(), "Brand", "Gisteren brandde een schuur af.")
    assert g.dates == frozenset({date(2026, 3, 1)})


def test_terms_are_stems_and_compound_prefixes_and_the_headline_counts_twice():
    f = feat("a", "NOS", at(), "Dijk verzakt", DIJK_WIRE)
    terms = dict(f.terms)
    assert terms["dijk"] >= 3.0  # twice from the headline, once or more from the body
    assert "~zandz" in terms  # "zandzakken" also as its first letters (compounds)
    assert "de" not in terms and "het" not in terms


def test_a_headline_repeated_as_first_line_is_read_once():
    once = feat("a", "NOS", at(), "Dijk verzakt", "Dijk verzakt\n\n" + DIJK_WIRE)
    plain = feat("b", "NOS", at(), "Dijk verzakt", DIJK_WIRE)
    assert once.terms == plain.terms and once.paragraphs == plain.paragraphs


def test_features_survive_json():
    f = feat("a", "NOS", at(), "Dijk verzakt", DIJK_WIRE)
    assert ArticleFeatures.from_json(f.to_json()) == f


def test_a_time_without_zone_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        extract(ArticleText("a", "NOS", datetime(2026, 3, 2, 9), "t", "b"))


def test_a_soft_hyphen_or_zero_width_space_inside_a_word_does_not_cut_it():
    """Web pages put break hints inside long words ("Speel&shy;schema"); the word is one term, one name
    and one word of its paragraph's wire-copy shingles, as the same text without them."""
    hinted = feat("a", "AD", at(), "Speel\u00adschema WK darts", "Bij Water\u200bschap Rivier\u00adenland is het druk.")
    plain = feat("b", "AD", at(), "Speelschema WK darts", "Bij Waterschap Rivierenland is het druk.")
    assert hinted.terms == plain.terms and hinted.title_terms == plain.title_terms
    assert hinted.names == plain.names and hinted.paragraphs == plain.paragraphs
