"""Review of stop 45's `shown_copies` (a copy group shown by its fuller text): probes with texts written for these
tests. A copy as long as its original (nothing printed, both) leaves the original shown; a regional "kort nieuws" page
that opens with a wire flash and goes on with other items is marked the flash's copy (a full text opens with its
excerpt: `duplicates`), and being fuller it would head the story — its headline, its summary — in the flash's place."""

from __future__ import annotations

from pipeline.stories.brief import central_article, shown_copies, text_words
from tests.pipeline.stories.texts import assigned_in_turn, at, feat

FLASH = (
    "Bij een brand in een loods aan de Industrieweg in Veenendaal is dinsdagnacht veel schade ontstaan. "
    "De brandweer schaalde op naar middelbrand. Niemand raakte gewond, de oorzaak van de brand wordt onderzocht."
)
KORT = (
    FLASH + "\n\n"
    "In Rhenen is een 54-jarige man aangehouden die ervan wordt verdacht een fietsenwinkel aan de Herenstraat te "
    "hebben beroofd. De politie vond de buit, enkele elektrische fietsen, terug in een schuur in Elst.\n\n"
    "De gemeente Wageningen wil de Nieuwe Kanaal opnieuw inrichten. Er komen meer bomen en bredere stoepen, de "
    "parkeerplaatsen verdwijnen grotendeels. Bewoners kunnen tot eind maart reageren op het ontwerp.\n\n"
    "Het Gelders Archief in Arnhem heeft een verzameling van ruim tweeduizend oude ansichtkaarten gekregen van een "
    "verzamelaar uit Ede. De kaarten worden de komende maanden gescand en daarna online gezet.\n\n"
    "Zwembad De Vallei in Veenendaal gaat na de zomer een uur eerder open. Dat heeft het zwembadbestuur besloten na "
    "vragen van vroege zwemmers, die nu vaak voor een dichte deur staan."
)


def test_a_copy_no_longer_than_its_original_never_heads_the_group():
    # two texts without paragraphs (a photo or video item): 0 >= 1.5 * 0 must not swap them
    for copies in ({"copy": "orig", "orig": None}, {"orig": None, "copy": "orig"}):
        assert shown_copies(copies, {"copy": 0, "orig": 0}) == copies


def test_a_kort_nieuws_page_opening_with_a_flash_does_not_head_the_flashs_story():
    items = [
        ("flash", "NU.nl", 1, "Grote brand in loods Veenendaal", FLASH),
        ("kort", "De Gelderlander", 2, "Kort nieuws uit de Vallei", KORT),
    ]
    got = assigned_in_turn(items)
    feats = [feat(i, o, at(0, h), t, b) for i, o, h, t, b in items]
    copies = {key: duplicate_of for key, (_, duplicate_of) in got.items()}
    words = {f.article_id: text_words(f) for f in feats}
    assert words["kort"] >= 1.5 * words["flash"]  # the premise
    assert central_article(feats, shown_copies(copies, words, {f.article_id: f for f in feats})) == "flash"
