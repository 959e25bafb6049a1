"""Review of round head32 (issue 21, review32h): for each new headline rule, a text written here of a similar shape
where the rule could misfire on a real article — the right headline (or none), no article text set aside or read as
a date, nothing lost. Of 27 probes, 19 failed on the merged code (9bccc32; 16 of them passed before head32, the 3 on
"Update" stamps failed before it too): 16 pass after this review's narrowing, 3 stay strict xfail (a shape head32's
gains on the sets share)."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, K, article, kept, kinds
from tests.pipeline.text.site_helpers import joined as _text
from tests.pipeline.text.site_helpers import page as _page

TITLE = "Nieuw zwembad in Zwolle goedgekeurd"


def _headline(text: str) -> str | None:
    return article(text).meta.headline


def _read_as(text: str, line: str) -> list[K]:
    """The kinds of the blocks holding `line` (a line cut in pieces shows as several)."""
    return [kind for kind, t in kinds(text) if line in t or t in line and t]


# --- title_line: " | Name" set aside as a rubric when no site name is known ---------------------------------------


def test_a_headline_whose_name_after_the_bar_completes_it_stays_whole() -> None:
    for title in ("Vijf vragen aan | Marieke Koster", "Een dag op pad met | Wethouder Kees Bakker"):
        text = _text(title, BODY, LONGER)
        assert _headline(text) == title, title
        assert not [t for kind, t in kinds(text) if kind is K.SITE_TEXT], title


@pytest.mark.xfail(
    strict=True,
    reason="a person's name after a closing bar (who was chosen) and an outlet's or a topic page's name ('Zwolse"
    " Courant', 'Oorlog in Oekraïne') have one shape, capitalised words and a particle; pipeline.text has no list of"
    " first names to tell them apart, left",
)
def test_the_person_a_headline_announces_after_the_bar_stays_in_it() -> None:
    title = "Zwolle kiest een nieuwe stadsdichter | Anna de Boer"
    text = _text(title, BODY, LONGER)
    assert "Anna de Boer" in (_headline(text) or "")
    assert not [t for kind, t in kinds(text) if kind is K.SITE_TEXT]


def test_a_headline_with_a_clause_after_the_bar_stays_whole() -> None:
    title = "Kamer debatteert over de asielwet | reactie van het kabinet volgt morgen"
    assert _headline(_text(title, BODY, LONGER)) == title


def test_a_topic_page_name_after_the_bar_is_still_set_aside() -> None:
    # what head32 gained stays: a topic page's name after a full headline
    text = _text("Brandstofdepot bij Kyiv geraakt bij nachtelijke aanval | Oorlog in Oekraïne", BODY, LONGER)
    assert _headline(text) == "Brandstofdepot bij Kyiv geraakt bij nachtelijke aanval"


# --- title_labels: a lead clause before a quotation becomes the overline -------------------------------------------


def test_a_headline_naming_a_song_or_a_play_in_quotes_stays_whole() -> None:
    for title in (
        "Zwolse band De Kast scoort na twintig jaar weer een hit met ‘Laat me nooit meer los’",
        "Toneelgroep Oostpool speelt deze zomer in het park aan de Weg de voorstelling ‘Een Storm in Zwolle’",
        "Rijksmuseum toont vanaf vrijdag voor het eerst in jaren een schilderij van Rembrandt ‘Het Joodse Bruidje’",
    ):
        read = article(_text(title, BODY, LONGER))
        assert read.meta.headline == title, title
        assert read.blocks[0].kind is K.HEADLINE, title


def test_a_whole_line_quotation_opening_an_article_that_the_next_paragraph_explains_is_no_headline() -> None:
    quote = "‘Ga maar rustig zitten, het duurt nog wel even.’"
    lede = (
        "Dat zei de verpleegkundige tegen Henk de Vries toen hij zich dinsdag meldde bij de spoedeisende hulp in "
        "Zwolle. Hij wachtte uiteindelijk zes uur."
    )
    text = _text(quote, lede, LONGER)
    assert _headline(text) is None
    assert quote in kept(text)


def test_a_quoted_headline_over_its_article_is_the_headline() -> None:
    for title in (
        "‘We liggen keurig op schema met de bouw van het zwembad’",
        "‘Ik zou twee jaar blijven. Het werden er veertig.’",  # full stops and all: the lede does not take it up
    ):
        assert _headline(_text(title, BODY, LONGER)) == title, title


# --- headline: a date stamp with a weekday is never the headline ---------------------------------------------------


def test_an_events_title_with_its_weekday_and_date_is_the_headline() -> None:
    for title in ("Braderie zaterdag 14 september", "Koningsdag zaterdag 27 april"):
        text = _text(title, BODY, LONGER)
        assert _headline(text) == title, title


def test_a_dateline_with_a_weekday_above_the_title_is_no_headline() -> None:
    text = _text("Dinsdag 3 maart 2026", TITLE, BODY, LONGER)
    assert _headline(text) == TITLE


# --- headline: the heading the first paragraph opens with is the title ---------------------------------------------


def test_a_headline_over_a_persons_name_the_portrait_opens_with_stays_the_headline() -> None:
    portrait = (
        "Henk de Vries (84) fietst nog elke dag van zijn huis in Dalfsen naar de markt in Zwolle. Hij doet dat al "
        "zestig jaar."
    )
    text = _text("‘Ik stop pas met fietsen als mijn benen het opgeven’", "Henk de Vries (84)", portrait, LONGER)
    assert _headline(text) == "‘Ik stop pas met fietsen als mijn benen het opgeven’"
    assert "Henk de Vries (84)" in kept(text)


def test_a_headline_over_the_name_the_first_paragraph_opens_with_stays_the_headline() -> None:
    lede = (
        "Burgemeester Peter Snijders neemt vrijdag afscheid van Zwolle, na twaalf jaar in het stadhuis. Hij gaat met "
        "pensioen."
    )
    text = _text("Burgemeester Snijders neemt afscheid", "Burgemeester Peter Snijders", lede, LONGER)
    assert _headline(text) == "Burgemeester Snijders neemt afscheid"
    assert "Burgemeester Peter Snijders" in kept(text)


def test_a_headline_over_a_standfirst_the_first_paragraph_repeats_stays_the_headline() -> None:
    standfirst = "De gemeente Zwolle opent zaterdag het nieuwe zwembad in Zwolle-Zuid"
    lede = (
        "De gemeente Zwolle opent zaterdag het nieuwe zwembad in Zwolle-Zuid, na drie jaar bouwen. De eerste "
        "zwemmers mogen om negen uur het water in."
    )
    for title in ("Eindelijk: het zwembad gaat open", "Zwembad Zwolle-Zuid gaat zaterdag open"):
        text = _text(title, standfirst, lede, LONGER)
        assert _headline(text) == title, title
        assert standfirst in kept(text), title


# --- headline: a line shown twice over another title is a photo's caption ------------------------------------------


def test_a_title_shown_twice_over_its_standfirst_is_the_headline() -> None:
    standfirst = "Na drie jaar bouwen mogen de eerste zwemmers zaterdag het water in"
    text = _page(TITLE, TITLE, "", standfirst, "", BODY, "", LONGER)
    assert _headline(text) == TITLE
    assert standfirst in kept(text)


@pytest.mark.xfail(
    strict=True,
    reason="a section heading of three words under a title shown twice has the shape of blind16's title under a"
    " photo's caption shown twice (a shorter heading over the running text); a higher minimum for the title would"
    " only move the line, left",
)
def test_a_title_shown_twice_over_its_first_section_heading_is_the_headline() -> None:
    text = _page(TITLE, TITLE, "", "Drie jaar bouwen", "", BODY, "", LONGER)
    assert _headline(text) == TITLE
    assert "Drie jaar bouwen" in kept(text)


def test_a_photo_caption_shown_twice_over_the_title_is_still_a_caption() -> None:
    caption = "Het oude zwembad aan de Weg"
    read = article(_page(caption, caption, "", TITLE, "", BODY, "", LONGER))
    assert read.meta.headline == TITLE


# --- headline: a title below the running text with its date under it -----------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="a single related story's card on the subject of the text, its date under it, has the shape of blind15's"
    " title below its text (a heading sharing the lede's words, a date line, a label); a share of shared words does"
    " not tell them apart ('Wethouder Bakker wil nieuw zwembad in Zwolle-Zuid' shares most), left",
)
def test_a_related_storys_card_on_the_same_subject_under_the_text_is_no_headline() -> None:
    lede = (
        "Het nieuwe zwembad in Zwolle-Zuid is zaterdag geopend door wethouder Kees Bakker. Honderden zwemmers "
        "stonden al om negen uur in de rij."
    )
    card = "Bouw zwembad Zwolle-Zuid loopt vertraging op"
    text = _page(lede, "", LONGER, "", card, "12 februari 2025", "Zwolle")
    assert _headline(text) is None


# --- headline: an opening line of 2-3 short sentences closed by ? or ! ---------------------------------------------


def test_an_interview_opening_with_a_question_is_no_headline() -> None:
    question = "Hoe bent u ooit in de politiek terechtgekomen? En waarom juist in Zwolle?"
    answer = (
        "Eigenlijk bij toeval. Mijn buurman zat in de gemeenteraad en vroeg of ik een keer mee wilde naar een "
        "vergadering. Daarna ben ik nooit meer weggegaan."
    )
    second = "Wat vindt u het mooiste aan het werk? En het lastigste?"
    reply = (
        "Het mooiste is dat je echt iets kunt veranderen voor mensen in de wijk. Het lastigste is dat het altijd "
        "langer duurt dan je wilt, en dat je dat moet uitleggen."
    )
    text = _text(question, answer, second, reply)
    assert _headline(text) is None
    assert question in kept(text)


def test_a_headline_ending_in_three_dots_is_the_headline() -> None:
    title = "Het zwembad gaat open, maar de kosten..."
    assert _headline(_text(title, BODY, LONGER)) == title


def test_a_columns_opening_sentence_trailing_off_in_three_dots_is_no_headline() -> None:
    opening = (
        "Het was een gewone dinsdagochtend in Zwolle toen mijn telefoon ging en ik de stem van mijn moeder hoorde..."
    )
    text = _text(opening, BODY, LONGER)
    assert _headline(text) is None


# --- site_rules: an "Update" stamp is a dateline only with a date or a time ----------------------------------------


def test_an_update_in_a_liveblog_with_its_time_and_its_news_stays_article_text() -> None:
    update = "UPDATE 14.32 uur: brand onder controle"
    text = _text(TITLE, BODY, update, LONGER)
    assert _headline(text) == TITLE
    assert K.DATELINE not in _read_as(text, "brand onder controle")
    assert "brand onder controle" in kept(text)


def test_an_update_headline_opening_with_a_figure_is_the_headline_not_a_date() -> None:
    title = "UPDATE: 3 doden bij woningbrand in Zwolle"
    read = article(_text(title, BODY, LONGER))
    assert read.meta.headline == title
    assert read.meta.published is None


def test_an_update_headline_naming_a_weekday_is_the_headline_not_a_date() -> None:
    title = "UPDATE: Verdachte steekpartij zondag vrijgelaten"
    read = article(_text(title, BODY, LONGER))
    assert read.meta.headline == title
    assert read.meta.published is None


# --- headline: a title after at most four short opening lines ------------------------------------------------------


def test_a_poem_and_a_note_on_its_poet_have_no_headline() -> None:
    stanza_one = "De IJssel stroomt zoals hij altijd stroomde, / langs dijk en uiterwaard, naar zee."
    stanza_two = "Wie hier geboren is, wie hier ooit woonde, / neemt iets van het water mee."
    poet = (
        "Anna de Boer schreef dit gedicht voor de opening van de nieuwe brug in Zwolle. Ze woont al haar hele leven "
        "aan de rivier en schrijft sinds 2010 gedichten over de stad."
    )
    text = _text(stanza_one, stanza_two, "Over de dichter", "Anna de Boer (1962)", poet, MORE)
    assert _headline(text) is None
    assert stanza_one in kept(text) and stanza_two in kept(text)


def test_a_timeline_of_dated_headings_after_a_short_opening_has_no_headline() -> None:
    entries = [
        "De eerste paal gaat de grond in",
        "12 maart 2024",
        "Wethouder Kees Bakker sloeg op een koude dinsdagochtend de eerste paal voor het nieuwe zwembad in "
        "Zwolle-Zuid. Omwonenden keken toe vanachter de bouwhekken.",
        "De bouw ligt maandenlang stil",
        "4 oktober 2025",
        "Door een faillissement van de aannemer stond de bouwplaats een half jaar leeg. De gemeente zocht een "
        "nieuwe bouwer en vond die pas na de zomer.",
    ]
    text = _text("Drie jaar na de eerste plannen gaat het zwembad open. Een terugblik.", *entries)
    assert _headline(text) is None
    assert all(entry in kept(text) for entry in entries)


def test_a_programme_of_short_lines_keeps_every_line() -> None:
    lines = ["14.00 uur: opening door de burgemeester", "14.30 uur: optreden fanfare", "16.00 uur: prijsuitreiking"]
    text = _text(*lines, "Koningsdag in Dalfsen", "Zaterdag 27 april 2026", BODY, LONGER)
    assert all(line in kept(text) for line in lines)


# --- headline: "Video:" and a title read as a caption --------------------------------------------------------------


def test_a_video_caption_over_the_headline_is_not_the_headline() -> None:
    text = _text("Video: beelden van de brand aan de Kerkstraat", "Grote brand in Zwolse binnenstad", BODY, LONGER)
    assert _headline(text) == "Grote brand in Zwolse binnenstad"


def test_a_video_pointer_opening_a_text_is_no_headline() -> None:
    pointer = "Video: bekijk hier de beelden van de brand aan de Kerkstraat"
    text = _text(pointer, BODY, LONGER)
    assert _headline(text) is None
    assert pointer in kept(text)
