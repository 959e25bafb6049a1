"""One outlet's short post and its longer post of one moment are one text (STORIES_CONVENTIONS rule 6a, stop 51):
the longer opens with the short one's words and adds only below it, posted with it or within a quarter of an hour,
so either is a copy of the earlier (`copy_align.grown_at_once`). Beside it, what stays apart: the same pair an hour
apart (the outlet's follow-up), a version of one moment that opens otherwise (a demand and its verdict), and another
desk's rewrite of the short post. Texts written for these tests."""

from __future__ import annotations

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings
from pipeline.stories.copy_align import grown_at_once
from pipeline.stories.duplicates import DuplicateSettings
from pipeline.stories.shingles import NUM_PERM
from pipeline.stories.store import Signature
from tests.pipeline.stories.texts import at, post_pair

# a regional site's flash of a stabbing and, minutes later, its article opening with the flash word for word
FLASH = (
    "ALMELO - Bij een steekpartij aan de Grotestraat in Almelo is zaterdagavond een 34-jarige man zwaargewond geraakt."
    " Dat bevestigt een woordvoerder van de politie."
)
ARTICLE = (
    FLASH + " De man is met een traumahelikopter naar het ziekenhuis in Enschede gebracht.\n\n"
    "Agenten hielden kort daarna twee jongens van zeventien en negentien jaar aan in een woning aan de Marktstraat."
    " Zij worden verhoord. Wat de aanleiding was, is nog niet duidelijk.\n\n"
    "Buurtbewoners zagen hoe de man na een ruzie op het terras van een café neerviel. De straat bleef tot middernacht"
    " afgezet voor sporenonderzoek."
)
# the same outlet at the same moment: the police's demand, and the item posted again once the verdict was known
DEMAND = (
    "Tegen de man die in maart een buschauffeur in Hengelo met een mes bedreigde, is een werkstraf van 120 uur geëist."
    " De politierechter doet later vanmiddag uitspraak."
)
VERDICT = (
    "De man die in maart een buschauffeur in Hengelo met een mes bedreigde, moet een werkstraf van 120 uur uitvoeren."
    " Ook kreeg hij een voorwaardelijke celstraf van twee maanden. De rechter volgde daarmee de eis van de officier.\n\n"
    "De chauffeur was er die dag nog weken van ondersteboven, vertelde hij ter zitting."
)
# another desk's report of the stabbing: the same facts in sentences of its own
REWRITE = (
    "In het centrum van Almelo is zaterdagavond iemand met een mes verwond. Het slachtoffer, een man van 34, raakte"
    " ernstig gewond en werd per helikopter weggebracht. De politie meldt dat twee tieners zijn opgepakt.\n\n"
    "Getuigen spreken van een ruzie bij een café aan de Grotestraat."
)


FLASH_POST = ("Tubantia", "Man zwaargewond bij steekpartij in Almelo", FLASH)
ARTICLE_POST = ("Tubantia", "Twee tieners opgepakt na steekpartij Almelo", ARTICLE)


def test_the_outlets_longer_post_minutes_after_its_flash_is_its_copy():
    got = post_pair(FLASH_POST, ARTICLE_POST, 0.2)
    assert got["tweede"] == (got["eerst"][0], "eerst")


def test_posted_at_one_moment_the_longer_first_the_short_one_is_its_copy():
    got = post_pair(ARTICLE_POST, FLASH_POST, 0)
    assert got["tweede"] == (got["eerst"][0], "eerst")


def test_an_hour_later_the_longer_post_is_the_outlets_follow_up():
    got = post_pair(FLASH_POST, ARTICLE_POST, 1)
    assert got["tweede"][1] is None


def test_the_moment_is_a_setting():
    settings = ClusterSettings()
    settings = replace(settings, duplicates=replace(settings.duplicates, moment_minutes=5.0))
    assert post_pair(FLASH_POST, ARTICLE_POST, 0.2, settings)["tweede"][1] is None


def test_a_demand_and_its_verdict_at_one_moment_stay_apart():
    got = post_pair(("AD", "Werkstraf geëist", DEMAND), ("AD", "Werkstraf voor bedreiging chauffeur", VERDICT), 0)
    assert got["tweede"][1] is None


def test_another_desks_rewrite_of_the_flash_is_no_copy():
    got = post_pair(FLASH_POST, ("NU.nl", "Man met mes verwond in Almelo, twee tieners opgepakt", REWRITE), 0.1)
    assert got["tweede"][1] is None


def _signature(outlet: str, minutes: float, opening: tuple[int, ...], shingles: int) -> Signature:
    values = (0,) * (2 * NUM_PERM) + opening  # body and lead MinHash left empty: only the opening is read
    return Signature(f"{outlet}-{minutes}", outlet, at(0, 20 + minutes / 60), values, shingles)


def test_grown_at_once_reads_the_longers_first_words_only():
    settings = DuplicateSettings()
    short = tuple(range(1, 21))
    long_opening = short + tuple(range(100, 140))
    assert grown_at_once(_signature("AD", 0, short, 20), _signature("AD", 3, long_opening, 60), settings)
    # the short one's words found only further down the longer (its own first paragraph above them): no
    moved = tuple(range(100, 140)) + short
    assert not grown_at_once(_signature("AD", 0, short, 20), _signature("AD", 3, moved, 60), settings)
    assert not grown_at_once(_signature("AD", 0, short, 20), _signature("NOS", 3, long_opening, 60), settings)
    # a shorter text of more than `excerpt_max` shingles (its last paragraph unread) is no short post
    assert not grown_at_once(_signature("AD", 0, short, 90), _signature("AD", 3, long_opening, 200), settings)


def test_under_two_quote_headlines_the_longer_post_of_the_moment_is_still_its_copy():
    # blind49's NOS IVF flash and article: each headline quotes the mother otherwise (`copy_checks._quotes_apart`)
    flash = ("Tubantia", "Buurman: 'Hij viel zomaar neer op het terras'", FLASH)
    article = ("Tubantia", "Caféhouder: 'Het ging om een ruzie over geld'", ARTICLE)
    got = post_pair(flash, article, 0.2)
    assert got["tweede"] == (got["eerst"][0], "eerst")
