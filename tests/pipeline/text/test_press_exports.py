"""Texts exported from press databases and copied with their markup (issue 21): a LexisNexis export's header and
fields, a print stamp, an edition list, a closing copyright line, a title repeated under the date line and the
author's name, a two-part title, paragraphs kept in their <p> elements. Examples written here."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, LONG, MORE, TITLE, aside, joined, kept, kinds

K = BlockKind


def test_a_lexisnexis_document_keeps_its_headline_byline_and_text_and_sets_the_database_aside() -> None:
    export = "\n".join(
        [
            "Download Request: Selected Items: 1-20",
            "Time Of Request: Monday, March 3, 2025  10:00:00",
            "",
            "                               1 of 20 DOCUMENTS",
            "",
            "                          Copyright 2025 Dagblad Zwolle",
            "",
            "                                 3 maart 2025",
            "",
            "LENGTE: 64 words",
            "",
            f"KOP: {TITLE}",
            "",
            "AUTEUR: VRIES, ANNA DE",
            "",
            "TEKST:",
            "",
            BODY,
            "",
            MORE,
            "",
            "TAAL: Dutch / Nederlands",
            "",
            "LOAD-DATE: March 4, 2025",
        ]
    )
    found = kinds(export)
    assert (K.HEADLINE, TITLE) in found
    assert (K.BYLINE, "VRIES, ANNA DE") in found
    assert BODY in kept(export) and MORE in kept(export)
    set_aside = [text for kind, text in found if kind is K.SITE_TEXT]
    for line in ("1 of 20 DOCUMENTS", "KOP:", "AUTEUR:", "TEKST:", "LENGTE: 64 words", "LOAD-DATE: March 4, 2025"):
        assert line in set_aside, line


def test_a_field_like_line_without_a_document_counter_stays() -> None:
    text = joined(TITLE, BODY, "KOP: De brug is open", MORE)  # no LexisNexis counter: a quoted heading, kept
    assert "KOP: De brug is open" in kept(text)


def test_a_print_stamp_an_edition_list_and_a_closing_copyright_go() -> None:
    text = joined(
        "03-03-2025, p.7", "Zwolle, Deventer, Kampen, Meppel, Hardenberg", TITLE, BODY, MORE, "© Dagblad Media"
    )
    found = aside(text)
    assert ("print", "03-03-2025, p.7") in found
    assert ("edition", "Zwolle, Deventer, Kampen, Meppel, Hardenberg") in found
    assert ("copyright", "© Dagblad Media") in found
    assert (K.HEADLINE, TITLE) in kinds(text)


def test_a_list_of_names_in_the_running_text_stays() -> None:
    names = "Bakker, De Vries, Jansen, Visser, Smit"  # after the text began: a line-up, not an edition list
    text = joined(TITLE, BODY, names, MORE)
    assert names in kept(text)


def test_a_title_repeated_under_the_date_line_and_the_authors_name_is_the_headline() -> None:
    text = "\n".join(["03-03-2025, p.7", "Anna de Vries", TITLE, "", "De gemeente opent de brug", "", TITLE, "", BODY])
    found = kinds(text)
    assert found.count((K.HEADLINE, TITLE)) == 1
    assert [text for kind, text in found if kind is K.SITE_TEXT].count(TITLE) == 1  # the copy below


def test_a_two_part_title_without_a_full_stop_is_the_headline() -> None:
    title = "Komt er in Zwolle een nieuw zwembad voor de verenigingen? Soms wel, zo blijkt uit de plannen van de raad"
    assert (K.HEADLINE, title) in kinds(joined(title, BODY, MORE))
    lede = f"{title}."  # a full stop: the lede's sentences
    assert (K.HEADLINE, lede) not in kinds(joined(lede, BODY, MORE))


def test_paragraphs_kept_in_their_html_elements_are_read_as_paragraphs() -> None:
    long = f"{BODY} {LONG} {MORE}"  # long paragraphs: the tags are under 5 % of the characters
    markup = f"<p> {long}</p><p> {LONG} {BODY}</p><p><b> Tussenkop</b></p><p> {MORE} {LONG}</p>"
    found = kinds(joined(TITLE, "De brug is open.", markup))
    assert (K.SUBHEADING, "Tussenkop") in found
    assert not [text for kind, text in found if kind is K.SITE_TEXT]
    assert any(text == long for _, text in found)
