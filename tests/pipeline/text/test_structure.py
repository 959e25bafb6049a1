"""Plain text to blocks: line roles, liveblog entries, headline choice, site text — and nothing lost."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Block, BlockKind
from pipeline.errors import InputError
from pipeline.text.read import parse_article, split_date_marker

K = BlockKind


def kinds(text: str, **options) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in parse_article(text, source_name="a.txt", **options).blocks]


def blocks(text: str, **options) -> tuple[Block, ...]:
    return parse_article(text, source_name="a.txt", **options).blocks


@pytest.mark.parametrize(
    "line, kind",
    [
        ("© JS", K.SITE_TEXT),  # a credit alone (conventions37; it was a caption)
        ("Archieffoto: Karin Kamp", K.CAPTION),
        ("ANP Het hoofdkantoor van ASML in Veldhoven", K.CAPTION),
        ("Minister Hoekstra in Kiev / ANP", K.CAPTION),
        ("• Johan Sabbe", K.BYLINE),
        ("Door Jan de Vries", K.BYLINE),
        ("01 maart 2019", K.DATELINE),
        ("22u09", K.DATELINE),
        ("3 days 23 hours ago", K.DATELINE),
        ("Gepubliceerd op 12 januari 2022", K.DATELINE),
        ("do 12 jan 2023, 09:30", K.DATELINE),
        ("138. Gijs Brouwer - 450 punten", K.TABLE),
        ("Webmail", K.SITE_TEXT),
        ("NOS Nieuws - Algemeen", K.SITE_TEXT),
        ("Lees ook", K.SITE_TEXT),
        ("De tekst gaat verder na de video.", K.SITE_TEXT),
        ("Meld je aan voor de gezelligste nieuwsbrief van Nederland!", K.SITE_TEXT),
        ("Deel: 'Kabinet valt over stikstof'", K.SITE_TEXT),
        ("Heeft u een tip over dit onderwerp? Mail ons.", K.SITE_TEXT),
        ("Home | Nieuws | Binnenland", K.SITE_TEXT),
        ("12 reacties", K.SITE_TEXT),
        ("Kies je webmail", K.SITE_TEXT),
        ("Omdat ZeelandNet ook DELTA webmail aanbiedt, vragen we je eenmalig je voorkeur op te geven.", K.SITE_TEXT),
    ],
)
def test_a_line_with_a_role_is_its_own_block(line: str, kind: BlockKind) -> None:
    text = f"Kabinet valt over stikstof\n\nHet kabinet is gevallen. Dat meldt de premier.\n{line}\nDe Kamer debatteert morgen."
    found = blocks(text)
    assert [b.text for b in found if b.kind is kind] == [line], [(b.kind.value, b.text) for b in found]


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente deelt mee dat de weg dicht is.",
        "Deel van de stad is ontruimd.",
        "Meer dan honderd mensen raakten gewond bij het ongeluk.",
        "Lees het rapport van de commissie, zei de minister.",
        "De minister wil dat scholen minder cookies en snoep verkopen aan kinderen, zei ze dinsdag in de Kamer.",
        "Nieuws uit Den Haag bereikt de provincie pas laat, zegt de burgemeester.",
        "Reacties op het besluit waren gemengd.",
        "Reacties",
        "De gemeente stuurt alle inwoners een nieuwsbrief over de werkzaamheden.",
        "De nieuwsbrief werd door drieduizend mensen ontvangen.",
        "Inwoners kunnen de app vanaf maandag downloaden in de App Store en Google Play.",
        "Bedrijven moeten toestemming vragen voor gepersonaliseerde advertenties, oordeelt de rechter.",
        "Zij wordt lid van de Eerste Kamer.",
        "Kinderen hebben gratis toegang tot het museum.",
        "ANP",
    ],
)
def test_article_text_is_never_set_aside(text: str) -> None:
    assert not parse_article(f"Kop van het stuk\n\n{text}", source_name="a.txt").set_aside


def test_a_list_after_its_lead_in_line() -> None:
    text = (
        "De belangrijkste maatregelen zijn:\n- een maximumsnelheid van 30 km/u;\n"
        "- extra stallingsplekken bij stations;\n- boetes voor foutparkeerders."
    )
    found = blocks(text)
    assert [b.kind for b in found] == [K.LEDE, K.LIST]
    assert found[1].items == (
        "een maximumsnelheid van 30 km/u;",
        "extra stallingsplekken bij stations;",
        "boetes voor foutparkeerders.",
    )


@pytest.mark.parametrize("marker", ["-", "–", "•", "*", "·"])
def test_every_bullet_marker(marker: str) -> None:
    found = blocks(f"Kop\n\n{marker} eerste punt\n{marker} tweede punt")
    assert found[-1].kind is K.LIST and found[-1].items == ("eerste punt", "tweede punt")


def test_inline_bullets_are_a_list() -> None:
    found = blocks("Wie is hij?\n\nGijs Brouwer • geboren op 3 mei 1996 • studeerde in Delft • woont in Gent")
    assert [(b.kind, b.text) for b in found][1] == (K.SUBHEADING, "Gijs Brouwer")
    assert found[2].items == ("geboren op 3 mei 1996", "studeerde in Delft", "woont in Gent")


def test_liveblog_timestamps_open_their_entries() -> None:
    text = (
        "Liveblog: storm raast over het land\n\n21.30\nBomen omgewaaid in Utrecht\nIn Utrecht zijn bomen omgewaaid.\n\n"
        "18:46\nDe brandweer rukte tachtig keer uit.\n\n23/04/18 om 16:08\nCode rood is ingetrokken."
    )
    found = blocks(text)
    entries = [(b.time, b.text) for b in found if b.kind is K.LIVEBLOG]
    assert entries == [("21.30", "Bomen omgewaaid in Utrecht"), ("18:46", ""), ("23/04/18 om 16:08", "")]
    assert found[found.index(next(b for b in found if b.time == "18:46")) + 1].text.startswith("De brandweer")
    assert not any(b.kind is K.SUBHEADING for b in found)


def test_inline_liveblog_times() -> None:
    found = blocks("Liveblog verkiezingen\n\n20:15 Eerste uitslagen binnen\n\n20:40 - Opkomst hoger dan verwacht")
    assert [(b.kind, b.time) for b in found if b.time] == [(K.LIVEBLOG, "20:15"), (K.LIVEBLOG, "20:40 -")]
    assert [b.text for b in found if b.time] == ["Eerste uitslagen binnen", "Opkomst hoger dan verwacht"]


def test_a_lone_time_is_a_dateline() -> None:
    found = blocks("Kabinet valt\n\n22u09\n\nHet kabinet is gevallen.")
    assert [(b.kind, b.text) for b in found] == [
        (K.HEADLINE, "Kabinet valt"),
        (K.SITE_TEXT, "22u09"),  # the page's date line, set aside (conv52)
        (K.LEDE, "Het kabinet is gevallen."),
    ]


def test_a_tweet_with_its_footer_is_a_quote() -> None:
    found = blocks("Kop\n\nDit is echt ongelooflijk nieuws voor Nederland\n— Mark Rutte (@MinPres) 3 maart 2022")
    assert found[-1].kind is K.QUOTE and found[-1].text.endswith("(@MinPres) 3 maart 2022")


@pytest.mark.parametrize(
    "text, headline",
    [
        (
            "Webmail\n\nKies je webmail\n\nZeeland krijgt nieuwe brug\n\nDe provincie bouwt een brug.",
            "Zeeland krijgt nieuwe brug",
        ),
        ("NOS Nieuws - Algemeen\n\nKabinet valt\n\nHet kabinet is gevallen.", "Kabinet valt"),
        (
            "ANP Het hoofdkantoor van ASML in Veldhoven\n\nASML zakt verder weg op de beurs\n\nHet aandeel daalde.",
            "ASML zakt verder weg op de beurs",
        ),
        ("Archieffoto: Karin Kamp\n\nBoeren protesteren weer\n\nDe boeren zijn boos.", "Boeren protesteren weer"),
        ("N.B.\n\nZo werkt de nieuwe regeling\n\nDe regeling gaat in januari in.", "Zo werkt de nieuwe regeling"),
        ("Voetbalblog\n\nAjax wint ruim van PSV\n\nAjax won met 4-0.", "Ajax wint ruim van PSV"),
        (
            "In het kort:\n\nDe drie grootste veranderingen\n\nHet gaat om drie dingen.",
            "De drie grootste veranderingen",
        ),
        ("KOERS KORT.\nAandeel Philips stijgt\nHet aandeel Philips steeg vandaag.", "Aandeel Philips stijgt"),
        (
            "01 maart 2019\n\n• Johan Sabbe\n\nBrugge krijgt nieuw stadion\n\nHet stadion komt er.",
            "Brugge krijgt nieuw stadion",
        ),
        ("Wat betekent de nieuwe wet voor jou?\n\nDe wet gaat in januari in.", "Wat betekent de nieuwe wet voor jou?"),
    ],
)
def test_the_headline_is_never_chrome_a_caption_or_a_kicker(text: str, headline: str) -> None:
    article = parse_article(text, source_name="a.txt")
    assert article.headline is not None and article.headline.text == headline
    assert article.meta.headline == headline


def test_no_headline_the_lede_opens_the_article() -> None:
    article = parse_article("Het kabinet is gevallen. Dat meldt de premier.\n\nDe Kamer debatteert.", source_name="a")
    assert article.headline is None and article.blocks[0].kind is K.LEDE


def test_a_cookie_notice_glued_to_the_last_paragraph_is_cut_off() -> None:
    last = "Het onderzoek duurt nog maanden. De familie wacht af."
    notice = (
        "Wij gebruiken cookies om je ervaring te verbeteren. Door verder te gaan ga je akkoord met ons cookiebeleid."
    )
    found = blocks(f"Kop van het stuk\n\n{last} {notice}")
    assert [(b.kind, b.text) for b in found[1:]] == [(K.LEDE, last), (K.SITE_TEXT, notice)]
    assert found[2].reason == "consent"


def test_teasers_after_meer_uit_are_site_text_and_the_article_before_them_is_not() -> None:
    text = (
        "Kabinet valt\n\nHet kabinet is gevallen. " + "Dat meldt de premier na een lange nacht. " * 5 + "\n\n"
        "Meer uit Binnenland\n\nBoeren boos op minister\nDe boeren zijn boos, zo blijkt uit een peiling.\n\n"
        "Brand in Rotterdam\n\n© Omroep West"
    )
    found = blocks(text)
    assert [b.kind for b in found][:2] == [K.HEADLINE, K.LEDE]
    assert all(b.kind is K.SITE_TEXT for b in found[2:]), [(b.kind.value, b.text) for b in found]
    assert {b.reason for b in found[3:]} == {"teaser"}


def test_keep_all_sets_nothing_aside() -> None:
    text = "Webmail\n\nKabinet valt\n\nHet kabinet is gevallen. Wij gebruiken cookies op deze site."
    assert parse_article(text, source_name="a").set_aside
    kept = parse_article(text, source_name="a", keep_all=True)
    assert not kept.set_aside and any(b.text == "Webmail" for b in kept.blocks)


def test_metadata_from_bylines_and_datelines() -> None:
    meta = parse_article(
        "NOS\n\nKabinet valt\n\n• Johan Sabbe\n01 maart 2019\n\nHet kabinet viel.", source_name="a"
    ).meta
    assert (meta.headline, meta.byline, meta.published, meta.outlet) == (
        "Kabinet valt",
        "Johan Sabbe",
        "01 maart 2019",
        "NOS",
    )


def test_only_site_text_is_still_an_article_with_nothing_lost() -> None:
    article = parse_article("Lees ook\n\nWebmail", source_name="a")
    assert [b.text for b in article.set_aside] == ["Lees ook", "Webmail"]


def test_whitespace_only_is_a_one_line_error() -> None:
    with pytest.raises(InputError, match="no text"):
        parse_article(" \n\n\t", source_name="a")


# --- nothing lost: every character of any line structure is in exactly one block ----------------

LINES = st.sampled_from(
    [
        "Kabinet valt over stikstof",
        "Het kabinet is gevallen. Dat meldt de premier.",
        "- een punt;",
        "• tweede punt",
        "* derde",
        "· vierde",
        "• a • b • c",
        "Intro • een • twee",
        "21.30",
        "18:46 Politie zet gebied af",
        "20:40 - Opkomst hoger dan verwacht",
        "23/04/18 om 16:08",
        "22u09",
        "01 maart 2019",
        "© JS",
        "Foto: ANP",
        "Door Jan de Vries",
        "138. Gijs Brouwer - 450 punten",
        "Lees ook",
        "Meer uit Binnenland",
        "Webmail",
        "Wij gebruiken cookies. Akkoord?",
        "In het kort:",
        "— Jan (@jan) 3 maart 2022",
        "„Dit is een quote.”",
        "",
        "   ",
    ]
)
FREE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=40)


def _visible(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=250, deadline=None)
@given(st.lists(st.one_of(LINES, FREE), min_size=1, max_size=14))
def test_every_character_is_in_exactly_one_block(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        article = parse_article(text, source_name="a.txt")
    except InputError:
        assert not split_date_marker(text.strip())[1].strip()
        return
    _, body = split_date_marker(article.text)
    assert "".join(_visible((b.time or "") + b.text) for b in article.blocks) == _visible(body)
    for block in article.blocks:
        assert block.text or block.time
        if block.kind is K.LIST:
            assert block.items and all(_visible(item) in _visible(block.text) for item in block.items)


def test_a_time_above_the_first_text_of_a_liveblog_is_its_dateline() -> None:
    found = blocks(
        "Voetbalblog\n\nAjax wint\n\n22u09\n\nAjax won.\n\n22:05\nEinde\nHet is klaar.\n\n21:48\nBrobbey scoort."
    )
    assert [
        (b.kind, b.time or b.text) for b in found if b.kind in (K.DATELINE, K.LIVEBLOG) or b.reason == "date_line"
    ] == [
        (K.SITE_TEXT, "22u09"),  # the page's date line, set aside (conv52)
        (K.LIVEBLOG, "22:05"),
        (K.LIVEBLOG, "21:48"),
    ]
