"""Wire copy (copies41): one outlet's posts at one moment (`together`). Of a size, they are one item posted again,
a name corrected in one or a quote headline of its own over the same text; one grown by sentences of news below the
other's text is one text with it (STORIES_CONVENTIONS rule 6a, stop 51; until then its update), whichever the feed
lists first. A digest of short items many times a lead's size (`digest_ratio`),
not opening with it, lists the lead and is no copy of it; a full text opening with the lead is. Texts written for
these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

VERDICT = (
    "DEN HAAG/LEIDEN - Een 42-jarige Leidenaar reed op 3 mei vorig jaar wel degelijk een fietser aan op de"
    " Breestraat in zijn woonplaats. Hij is daardoor aansprakelijk voor het blijvende letsel dat de fietser opliep."
)
# the same item, the man's town corrected and "in zijn woonplaats" for the town
CORRECTED = (
    VERDICT.replace("42-jarige Leidenaar", "42-jarige Wassenaarder")
    .replace("in zijn woonplaats", "in Leiden")
    .replace("wel degelijk", "inderdaad")
)


def test_one_outlets_two_posts_at_one_moment_a_name_corrected_are_one_item():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 1, "Leidenaar aansprakelijk voor letsel fietser op Breestraat", VERDICT),
            ("b", "Dagblad", 1, "Wassenaarder moet fietser schadevergoeding betalen", CORRECTED),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


def test_the_outlets_text_naming_another_man_hours_later_stays_apart():
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 1, "Leidenaar aansprakelijk voor letsel fietser op Breestraat", VERDICT),
            ("b", "Dagblad", 4, "Wassenaarder moet fietser schadevergoeding betalen", CORRECTED),
        ]
    )
    assert got["b"] == (got["a"][0], None)  # one story, no copy


def test_two_posts_dated_midnight_are_a_papers_day_not_one_moment():
    """A time of exactly midnight is a date (a printed paper's day: `together.posted_together`), so the two stay
    what the texts alone make them — the same test's posts at 09:00 are one item."""
    got = assigned_in_turn(
        [
            ("a", "Dagblad", 15, "Leidenaar aansprakelijk voor letsel fietser op Breestraat", VERDICT),  # 00:00
            ("b", "Dagblad", 15, "Wassenaarder moet fietser schadevergoeding betalen", CORRECTED),
        ]
    )
    assert got["b"] == (got["a"][0], None)  # one story, no copy


FLASH = (
    "UTRECHT - Een 36-jarige vrouw uit Zeist wordt verdacht van het doodsteken van haar buurman. Dat bevestigt een"
    " woordvoerder van het Openbaar Ministerie."
)
UPDATE = (
    FLASH + " De vrouw is vrijdag voorgeleid bij de rechter-commissaris. Die heeft bepaald dat zij zeker nog twee"
    " weken vast blijft zitten, omdat de politie nog getuigen wil horen in de flat aan de Slotlaan."
)


def test_one_outlets_flash_and_update_at_one_moment_are_one_text_whichever_comes_first():
    # STORIES_CONVENTIONS rule 6a (stop 51): the update opens with the flash and adds only below it, so the briefing
    # shows it once (until stop 51: no copies, one story)
    for first, second in (("flash", "update"), ("update", "flash")):
        texts = {"flash": FLASH, "update": UPDATE}
        got = assigned_in_turn(
            [
                (first, "Dagblad", 2, "Vrouw uit Zeist verdacht van doodsteken buurman", texts[first]),
                (second, "Dagblad", 2, "Verdachte van doodsteken buurman blijft twee weken vast", texts[second]),
            ]
        )
        assert got[second] == (got[first][0], first)


def test_one_outlets_cut_of_its_text_hours_later_stays_its_copy():
    got = assigned_in_turn(
        [
            ("update", "Dagblad", 2, "Verdachte van doodsteken buurman blijft twee weken vast", UPDATE),
            ("flash", "Dagblad", 5, "Vrouw uit Zeist verdacht van doodsteken buurman", FLASH),
        ]
    )
    assert got["flash"] == (got["update"][0], "update")


INTRO = (
    "Huisartsen over de patiënt die hun kijk op het vak veranderde. Deze keer: kinderarts en onderzoeker Jolanda"
    " Verbeek (48) uit Deventer."
)


def test_one_text_under_two_quote_headlines_at_one_moment_is_one_item():
    got = assigned_in_turn(
        [
            ("a", "Weekblad", 3, "'Ik dacht aan een griepje, maar het bleek veel ernstiger'", INTRO),
            ("b", "Weekblad", 3, "'Die moeder wist eerder dan ik dat er iets mis was met haar zoon'", INTRO),
        ]
    )
    assert got["b"] == (got["a"][0], "a")


def test_one_text_under_two_quote_headlines_a_day_apart_stays_two_items():
    got = assigned_in_turn(
        [
            ("a", "Weekblad", 3, "'Ik dacht aan een griepje, maar het bleek veel ernstiger'", INTRO),
            ("b", "Weekblad", 27, "'Die moeder wist eerder dan ik dat er iets mis was met haar zoon'", INTRO),
        ]
    )
    assert got["b"][1] is None


CYCLING = (
    "Wielrenner Daan Kuipers is woensdag niet gestart in de vierde etappe van de Ronde van Catalonië. De renner van"
    " Team Polder is ziek en stopt om zich beter voor te bereiden op de voorjaarsklassiekers."
)
ITEMS = [
    "Hockeyster Fleur Jansen mist de komende drie interlands met een gebroken vinger. Zij liep de blessure op tijdens"
    " de training van dinsdag in Utrecht, waar de ploeg zich voorbereidt op het toernooi in Spanje van volgende maand."
    " Bondscoach Peter Verhoef roept de achttienjarige Lotte Smit op als vervanger in de selectie.",
    "Zwemmer Ruben Dijkstra heeft bij de open kampioenschappen in Eindhoven het Nederlands record op de tweehonderd"
    " meter rugslag verbeterd. Hij tikte aan in een tijd die ruim een halve seconde sneller was dan het oude record"
    " van zijn trainingsmaat, en plaatste zich daarmee ook voor het wereldkampioenschap in de zomer.",
    "Volleybalclub Zwolle Stars heeft de Duitse middenaanvaller Jonas Becker vastgelegd voor twee seizoenen. De lange"
    " Beier komt over van een club uit de Bundesliga en moet het vertrek opvangen van aanvoerder Kees Post, die na"
    " dit seizoen stopt met volleybal op het hoogste niveau en trainer wordt bij de jeugd.",
    "De handballers van Lions Sittard hebben de finale van de beker bereikt. In een uitverkochte sporthal werd de"
    " ploeg uit Hurry-Up in de slotminuten met twee doelpunten verschil verslagen. In de eindstrijd wacht over twee"
    " weken de winnaar van het duel tussen Volendam en Bevo, dat donderdag wordt gespeeld in Panningen.",
    "Tafeltennisster Mila de Groot is in de tweede ronde van het toernooi in Doha uitgeschakeld. Zij verloor in vijf"
    " games van de als derde geplaatste Japanse, nadat zij in de vierde game nog twee wedstrijdpunten had. Het is"
    " haar laatste toernooi voor de Europese kampioenschappen in Warschau die in mei beginnen.",
    "Schaatser Thijs Brouwer heeft bekendgemaakt dat hij na dit seizoen stopt met topsport. De drievoudig"
    " wereldkampioen op de ploegenachtervolging wil zich richten op zijn studie geneeskunde in Groningen. Hij rijdt"
    " zijn laatste wedstrijd tijdens het afscheidstoernooi in Thialf, waar familie en vrienden hem komen aanmoedigen.",
    "Golfer Sem van Leeuwen is op de Europese tour als vierde geëindigd in Kenia, zijn beste resultaat ooit. Hij"
    " speelde de laatste ronde drie slagen onder het baanrecord en verdiende genoeg om zich te verzekeren van een"
    " speelkaart voor volgend seizoen, waarmee een droom van zijn jeugd uitkomt.",
]
DIGEST = (
    "In deze rubriek leest u elke dag de overige sportberichten in het kort.\n\n"
    + CYCLING
    + " Mogelijk rijdt hij daarna de Giro als helper van zijn kopman.\n\n"
    + "\n\n".join(ITEMS + [item.replace("Hij", "De sporter") for item in ITEMS])
)


def test_a_digest_of_short_items_listing_a_lead_is_no_copy_of_it():
    got = assigned_in_turn(
        [
            ("lead", "Dagblad", 1, "Kuipers stapt af in Catalonië met oog op klassiekers", CYCLING),
            ("digest", "Krant", 1.2, "Sport in het kort: Kuipers stapt uit Ronde van Catalonië", DIGEST),
        ]
    )
    assert got["digest"][1] is None


def test_a_full_text_opening_with_the_lead_stays_its_copy():
    full = CYCLING + " Mogelijk rijdt hij daarna de Giro als helper van zijn kopman.\n\n" + ITEMS[0]
    got = assigned_in_turn(
        [
            ("lead", "Dagblad", 1, "Kuipers stapt af in Catalonië met oog op klassiekers", CYCLING),
            ("full", "Krant", 1.2, "Kuipers stapt uit Ronde van Catalonië", full),
        ]
    )
    assert got["full"] == (got["lead"][0], "lead")
