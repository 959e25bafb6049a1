"""An archive's export of a printed article (pipeline.text.export_edges): each rule on an example written
here, and next to it article text of a similar shape that stays."""

from __future__ import annotations

from pipeline.document import Block
from pipeline.text.export_edges import export_furniture
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, kept

HEADER = (
    "Dagblad van het Oosten\r\n3 maart 2021 woensdag\r\nCopyright 2021 Uitgeverij Oost BV All Rights Reserved\r\n\r\n"
    "Section: Regio; Blz. 5\r\nLength: 240 words\r\nByline: Jan Smit\r\nBody\r\n\r\n"
)
FOOTER = (
    "Classification\r\n\r\nLanguage: DUTCH; NEDERLANDS\r\nPublication-Type: Krant\r\n"
    "Subject: Bridges (91%); Local Government (77%); Transportation \r\nInfrastructure (60%)\r\n"
    f"{TITLE}\r\nLoad-Date: March 2, 2021\r\n\r\nEnd of Document\r\nPage 1 of 1\r\n"
)


def _export(title: str = TITLE, body: str = f"{BODY}\r\n{MORE}\r\n") -> str:
    return f"{title}\r\n{HEADER}{body}{FOOTER}"


def test_an_exports_header_and_footer_are_set_aside_and_its_first_line_is_the_headline() -> None:
    read = article(_export())
    assert read.meta.headline == TITLE
    assert read.meta.byline == "Byline: Jan Smit"
    found = dict((text, reason) for reason, text in aside(_export()))
    for line in ("Dagblad van het Oosten", "3 maart 2021 woensdag", "Section: Regio; Blz. 5", "Length: 240 words"):
        assert found[line] == "export"
    assert found["Copyright 2021 Uitgeverij Oost BV All Rights Reserved"] == "copyright"
    for line in ("Body", "Classification", "Infrastructure (60%)", TITLE, "End of Document", "Page 1 of 1"):
        assert found[line] == "export"  # markers, a wrapped value, the title repeated in the footer
    assert BODY in kept(_export()) and MORE in kept(_export())


def test_a_highlight_that_is_a_sentence_stays_and_a_placeholder_title_means_no_headline() -> None:
    header = HEADER.replace("Body", "Highlight: De stad krijgt eindelijk haar tweede oeververbinding.\r\nBody")
    text = f"No Headline In Original\r\n{header}{BODY}\r\n{MORE}\r\n{FOOTER}"
    read = article(text)
    assert read.meta.headline is None
    assert ("untitled", "No Headline In Original") in aside(text)
    assert "Highlight: De stad krijgt eindelijk haar tweede oeververbinding." in kept(text)


def test_key_lines_of_an_ordinary_article_stay() -> None:
    # an info box at the tail and a profile at the top, but no export's header and footer
    box = f"{TITLE}\n\nNaam: Anna de Wit\nLeeftijd: 34\n\n{BODY}\n\n{MORE}\n\nWat: Open dag\nWaar: Stadhuis Zwolle\n"
    assert not [text for reason, text in aside(box) if reason in ("export", "copyright")]
    assert "Naam: Anna de Wit" in kept(box)
    read = article(box)
    assert read.meta.headline == TITLE
    # a hard-wrapped interview in one chunk is not cut into lines
    wrapped = f"{TITLE}\n\n{BODY}\n\nVraag: Hoe lang duurde de bouw\nvan deze brug precies?\nAntwoord: Bijna drie jaar,\nlanger dan gepland.\n"
    assert any("Vraag: Hoe lang duurde de bouw van deze brug precies?" in b.text for b in article(wrapped).blocks)


def test_a_copyright_line_at_the_tail_is_set_aside_but_a_sentence_about_copyright_stays() -> None:
    text = f"{TITLE}\n\n{BODY}\n\n{MORE}\n\nCopyright 2022 Stadskrant Zwolle"
    assert ("copyright", "Copyright 2022 Stadskrant Zwolle") in aside(text)
    sentence = "Copyright 2022 is een tentoonstelling over makers en hun rechten. Zij opent in mei."
    assert sentence in kept(f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{sentence}")
    assert [b.kind for b in article(text).blocks].count(K.HEADLINE) == 1
    # only a notice: a subheading with a colon after the year, or a historical notice the story quotes, stay
    subheading = "Copyright 2024: nieuwe regels voor makers"
    assert subheading in kept(f"{TITLE}\n\n{subheading}\n\n{BODY}\n\n{MORE}")
    historical = "Copyright 1928 Walt Disney Productions"
    assert historical in kept(f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{historical}")
    notice = "Copyright © 2018 Stadskrant Zwolle B.V. Alle rechten voorbehouden."
    assert ("copyright", notice) in aside(f"{TITLE}\n\n{BODY}\n\n{MORE}\n\n{notice}")


def test_a_placeholder_title_inside_the_text_is_the_page_break_running_head() -> None:
    head = "[Nieuwe brug over de IJssel De gemeente Zwolle heeft gist...]*"
    text = f"{head}\r\n{HEADER}{BODY}\r\n{head}\r\n{MORE}\r\n{FOOTER}"
    assert ("archive", head) in aside(text)
    assert article(text).meta.headline is None
    assert BODY in kept(text) and MORE in kept(text)
    # square brackets in a sentence of the text are no placeholder
    note = "De wethouder [van verkeer] sprak van een mijlpaal voor de stad..."
    assert note in kept(f"{TITLE}\n\n{BODY}\n{note}\n\n{MORE}")


def test_the_title_inside_a_sentence_stays_in_it_and_a_table_at_the_tail_is_no_marker() -> None:
    # a copy of the title on a line of its own is the running head (FOOTER has one); inside a line of the
    # source's sentence the title may be a name the sentence uses, so it stays there
    for sentence in (
        f"Na de opening reden de eerste fietsers over de {TITLE} brug naar het centrum van de stad.",
        f"De krant kopte: {TITLE} en dat klopte. Fietsers waren blij.",
    ):
        assert sentence in kept(_export(body=f"{BODY}\r\n{sentence}\r\n{MORE}\r\n"))
    standings = _export(body=f"{BODY}\r\n{MORE}\r\nStand in de eredivisie\r\nPSV 30\r\nFeyenoord 27\r\nAjax 24\r\n")
    assert not [t for r, t in aside(standings) if t in ("PSV 30", "Feyenoord 27", "Ajax 24")]


def test_a_title_line_joined_into_a_wrapped_paragraph_is_cut_out_only_where_the_source_has_it_on_its_own_line() -> None:
    opening, going_on = "Na de opening reden de eerste fietsers over de", "brug naar het centrum van de stad."
    header = [TITLE, "Dagblad van het Oosten", "Copyright 2021 Uitgeverij Oost BV All Rights Reserved"]
    header += ["Section: Regio; Blz. 5", "Length: 240 words", "Body"]
    footer = ["Language: DUTCH; NEDERLANDS", "Publication-Type: Krant", "Load-Date: March 2, 2021"]
    joined = f"{opening} {TITLE} {going_on}"  # the reader joined the wrapped page's three lines
    blocks = [Block(K.PARAGRAPH, line) for line in [*header, BODY, joined, MORE, *footer]]
    own_line = "\r\n".join([*header, BODY, opening, TITLE, going_on, MORE, *footer])
    cut = export_furniture(blocks, own_line)
    assert [b.text for b in cut if b.kind is K.SITE_TEXT and b.text == TITLE] == [TITLE]
    assert not any(TITLE in b.text for b in cut if b.kind is K.PARAGRAPH)
    in_a_line = "\r\n".join([*header, BODY, joined, MORE, *footer])  # the source's sentence names the title
    assert any(b.text == joined for b in export_furniture(blocks, in_a_line))
