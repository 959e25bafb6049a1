"""Review probes (review32d) of dups32's wire-copy rules by the opening (`openings`, `excerpt_check.excerpt_of`,
`copy_checks.names_its_own`): where a careful editor says copy or no copy. A false copy hides an article from
the briefing, so texts an agency or a council tells in one template, and an outlet's own follow-up, must stay
apart; a correction, a late reprint and a local intro over the wire text stay copies. Texts written for these
probes, never copied from news."""

from __future__ import annotations

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

Item = tuple[str, str, float, str, str]  # id, outlet, hours after Monday 9:00, headline, body


def _run(items: list[Item]) -> tuple[MemoryStoryStore, dict[str, str | None]]:
    """A window of unrelated items, then each item in order; what each was marked a copy of."""
    store = unrelated_window(ClusterSettings())
    copies: dict[str, str | None] = {}
    for article_id, outlet, hours, title, body in items:
        copies[article_id] = assign(feat(article_id, outlet, at(0, hours), title, body), store).duplicate_of
    return store, copies


# --- no copies: one template, two events -------------------------------------------------------------------

STABBING = (
    "In Rotterdam is zaterdagnacht een 34-jarige man neergestoken bij een café aan de Nieuwe Binnenweg. Hij is"
    " met ernstig letsel naar het ziekenhuis gebracht. De politie onderzoekt de zaak en is op zoek naar getuigen."
    " Wie iets heeft gezien of camerabeelden heeft, kan contact opnemen met de politie via 0900-8844."
)
BAG_ROBBERY = (
    "In Rotterdam is zondagmiddag een 71-jarige vrouw op straat beroofd van haar tas. De dader duwde haar op de"
    " Mathenesserlaan omver en rende weg in de richting van het Marconiplein. Zij is met lichte verwondingen naar"
    " het ziekenhuis gebracht. De politie onderzoekt de zaak en is op zoek naar getuigen. Wie iets heeft gezien of"
    " camerabeelden heeft, kan contact opnemen met de politie via 0900-8844."
)


def test_two_police_items_of_one_city_in_the_same_stock_sentences_are_no_copies():
    _, copies = _run(
        [
            ("steek", "Rijnmond Nu", 1, "Man neergestoken bij café in Rotterdam", STABBING),
            ("tas", "Rotterdams Dagblad", 9, "Vrouw (71) op straat beroofd van tas", BAG_ROBBERY),
        ]
    )
    assert copies["tas"] is None


def test_the_shorter_police_item_after_the_longer_one_in_the_same_stock_sentences_is_no_copy():
    _, copies = _run(
        [
            ("tas", "Rotterdams Dagblad", 1, "Vrouw (71) op straat beroofd van tas", BAG_ROBBERY),
            ("steek", "Rijnmond Nu", 9, "Man neergestoken bij café in Rotterdam", STABBING),
        ]
    )
    assert copies["steek"] is None


TRUCK_EDE = (
    "Op de A12 bij Ede is maandagochtend een vrachtwagen gekanteld. De snelweg is in de richting van Arnhem"
    " volledig afgesloten. Rijkswaterstaat verwacht dat de weg rond het middaguur weer vrij is. Weggebruikers"
    " moeten rekening houden met een flinke vertraging. Het verkeer wordt omgeleid via de A30 en de A1."
)
TRUCK_DEVENTER = (
    "Op de A1 bij Deventer is dinsdagochtend een vrachtwagen gekanteld. De snelweg is in de richting van"
    " Apeldoorn volledig afgesloten. Rijkswaterstaat verwacht dat de weg rond het middaguur weer vrij is."
    " Weggebruikers moeten rekening houden met een flinke vertraging. Het verkeer wordt omgeleid via de N344. De"
    " chauffeur raakte lichtgewond en is door ambulancepersoneel ter plaatse nagekeken."
)


def test_two_traffic_bulletins_of_two_mornings_in_one_template_are_no_copies():
    _, copies = _run(
        [
            ("ede", "Verkeersnieuws", -1.5, "Vrachtwagen gekanteld op A12 bij Ede", TRUCK_EDE),
            ("deventer", "Verkeersnieuws", 22, "Vrachtwagen gekanteld op A1 bij Deventer", TRUCK_DEVENTER),
        ]
    )
    assert copies["deventer"] is None


def test_two_traffic_bulletins_of_two_mornings_on_two_sites_are_no_copies():
    _, copies = _run(
        [
            ("ede", "Verkeersnieuws", -1.5, "Vrachtwagen gekanteld op A12 bij Ede", TRUCK_EDE),
            ("deventer", "Omroep Oost", 22, "Vrachtwagen gekanteld op A1 bij Deventer", TRUCK_DEVENTER),
        ]
    )
    assert copies["deventer"] is None


WEATHER_MONDAY = (
    "Het wordt vandaag een zonnige dag met in het zuiden af en toe wat bewolking. De middagtemperatuur ligt"
    " tussen de 14 graden op de Wadden en 18 graden in Limburg. Er staat een zwakke tot matige wind uit het"
    " zuidoosten. Vanavond en vannacht blijft het droog en koelt het af tot ongeveer 6 graden."
)
WEATHER_TUESDAY = (
    "Het wordt vandaag een grijze dag met in het noorden af en toe wat regen. De middagtemperatuur ligt tussen"
    " de 11 graden op de Wadden en 15 graden in Limburg. Er staat een matige tot vrij krachtige wind uit het"
    " zuidwesten. Vanavond en vannacht blijft het bewolkt en koelt het af tot ongeveer 8 graden."
)


def test_two_weather_bulletins_of_two_days_in_one_template_are_no_copies():
    _, copies = _run(
        [
            ("ma", "Weerdienst", -3, "Weerbericht: zonnig en zacht", WEATHER_MONDAY),
            ("di", "Weerdienst", 20.5, "Weerbericht: grijs met wat regen", WEATHER_TUESDAY),
        ]
    )
    assert copies["di"] is None


MATCH_FEYENOORD = (
    "Feyenoord heeft zondag in de Eredivisie met 3-1 gewonnen van FC Twente. Door de overwinning blijft de ploeg"
    " van trainer Robin van Persie in het spoor van koploper PSV. Het was de derde zege op rij voor de"
    " Rotterdammers, die na rust via twee doelpunten van Ayase Ueda het verschil maakten."
)
MATCH_NEC = (
    "NEC heeft zondag in de Eredivisie met 2-1 gewonnen van Heracles Almelo. Door de overwinning blijft de ploeg"
    " van trainer Dick Schreuder in het spoor van de Europese plaatsen. Het was de derde zege op rij voor de"
    " Nijmegenaren, die na rust via een doelpunt van Koki Ogawa het verschil maakten."
)


def test_two_match_reports_in_one_template_are_no_copies():
    _, copies = _run(
        [
            ("fey", "Sportdesk", 7, "Feyenoord wint van FC Twente", MATCH_FEYENOORD),
            ("nec", "Sportdesk", 7.5, "NEC wint van Heracles", MATCH_NEC),
        ]
    )
    assert copies["nec"] is None


COUNCIL_OPENING = (
    "Het college van burgemeester en wethouders van de gemeente Zwolle heeft dinsdag in zijn wekelijkse"
    " vergadering een voorstel vastgesteld dat nu naar de gemeenteraad gaat."
)
COUNCIL_CYCLING = "\n\n".join(
    [
        COUNCIL_OPENING,
        "Het gaat om 2,4 miljoen euro voor nieuwe fietspaden in Stadshagen en Westenholte. Wethouder Ilse"
        " Schoenmaker: 'Steeds meer inwoners pakken de fiets naar hun werk. Daar moet de stad op ingericht zijn.'",
        "Meer informatie over de besluiten van het college staat op de website van de gemeente.",
    ]
)
COUNCIL_POOL = "\n\n".join(
    [
        COUNCIL_OPENING,
        "Het zwembad De Vrolijkheid gaat twee jaar dicht voor een grondige renovatie. Zwemclubs trainen in die tijd"
        " in Kampen.",
        "Meer informatie over de besluiten van het college staat op de website van de gemeente.",
    ]
)


def test_two_council_releases_opening_with_the_same_standard_sentence_are_no_copies():
    _, copies = _run(
        [
            ("fiets", "Zwolle Nu", 5, "Zwolle trekt 2,4 miljoen uit voor fietspaden", COUNCIL_CYCLING),
            ("zwembad", "Zwolle Nu", 5.2, "Zwembad De Vrolijkheid twee jaar dicht", COUNCIL_POOL),
        ]
    )
    assert copies["zwembad"] is None


def test_the_longer_council_release_after_the_shorter_one_is_no_copy():
    _, copies = _run(
        [
            ("zwembad", "Zwolle Nu", 5, "Zwembad De Vrolijkheid twee jaar dicht", COUNCIL_POOL),
            ("fiets", "Zwolle Nu", 5.2, "Zwolle trekt 2,4 miljoen uit voor fietspaden", COUNCIL_CYCLING),
        ]
    )
    assert copies["fiets"] is None


FIRE_FIRST = (
    "Bij een grote brand in een bedrijfspand aan de Industrieweg in Meppel is maandagmiddag veel rook vrijgekomen."
    " De brandweer schaalde op naar zeer grote brand en riep omwonenden via NL-Alert op ramen en deuren te"
    " sluiten. Niemand raakte gewond."
)
FIRE_DAY_ONE = "\n\n".join(
    [
        FIRE_FIRST,
        "In het pand zat een bedrijf dat kunststof kozijnen maakt. Hoe de brand is ontstaan, is nog niet bekend. De"
        " brandweer verwacht nog tot in de avond bezig te zijn met nablussen, de Industrieweg blijft tot die tijd"
        " afgesloten voor alle verkeer.",
    ]
)
FIRE_DAY_TWO = "\n\n".join(
    [
        FIRE_FIRST,
        "Een dag later is duidelijk dat het pand volledig verloren is. De eigenaar zegt dat zestig medewerkers"
        " voorlopig thuis moeten blijven, hij zoekt een tijdelijke hal in de regio om de productie te hervatten.",
        "De politie heeft dinsdagochtend een 19-jarige man uit Meppel aangehouden. Hij wordt verdacht van"
        " brandstichting; camerabeelden zouden hem bij de achterdeur van het bedrijf laten zien.",
        "Het RIVM heeft roetdeeltjes onderzocht die in de woonwijk ten noorden van het pand neerkwamen. Volgens de"
        " gemeente zijn ze niet gevaarlijk, maar groente uit de moestuin moet wel goed worden gewassen.",
    ]
)


def test_an_outlets_follow_up_over_its_first_paragraph_of_the_day_before_is_no_copy():
    _, copies = _run(
        [
            ("brand1", "Meppeler Courant", 6, "Grote brand in bedrijfspand Meppel", FIRE_DAY_ONE),
            ("brand2", "Meppeler Courant", 24, "Pand Meppel verloren, 19-jarige aangehouden", FIRE_DAY_TWO),
        ]
    )
    assert copies["brand2"] is None


CODE_ORANGE = (
    "Het KNMI heeft voor dinsdagmiddag code oranje afgegeven voor Zeeland en Zuid-Holland vanwege zware"
    " windstoten tot 100 kilometer per uur."
)
STORM_DAMAGE = (
    CODE_ORANGE + " In Vlissingen en Middelburg waaiden al daken van schuren en vielen bomen op geparkeerde auto's."
    " De brandweer vraagt mensen binnen te blijven en losse spullen in de tuin vast te zetten."
)
MATCH_OFF = (
    CODE_ORANGE + " De KNVB heeft daarom de wedstrijd van Excelsior tegen ADO Den Haag van dinsdagavond afgelast."
)


def test_a_short_item_sharing_only_its_first_sentence_with_another_is_no_copy():
    _, copies = _run(
        [
            ("schade", "Omroep Zee", 2, "Code oranje: daken en bomen waaien om in Zeeland", STORM_DAMAGE),
            ("afgelast", "Voetbalzone", 3, "Code oranje: duel van dinsdagavond afgelast", MATCH_OFF),
        ]
    )
    assert copies["afgelast"] is None


def test_a_longer_item_sharing_only_its_first_sentence_with_a_short_one_is_no_copy():
    _, copies = _run(
        [
            ("afgelast", "Voetbalzone", 2, "Code oranje: duel van dinsdagavond afgelast", MATCH_OFF),
            ("schade", "Omroep Zee", 3, "Code oranje: daken en bomen waaien om in Zeeland", STORM_DAMAGE),
        ]
    )
    assert copies["schade"] is None


# --- copies: the same wire text ----------------------------------------------------------------------------

WIRE_PARAGRAPHS = [
    "Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor het onderhoud van bruggen en sluizen. Dat heeft"
    " minister Robert Tieman van Infrastructuur dinsdag laten weten in een brief aan de Tweede Kamer.",
    "Veel bruggen en sluizen in Nederland zijn gebouwd in de jaren vijftig en zestig en zijn aan vervanging toe."
    " Rijkswaterstaat waarschuwde vorig jaar dat zonder extra geld tientallen kunstwerken de komende jaren dicht"
    " moeten voor zwaar verkeer.",
    "Het geld gaat onder meer naar de Van Brienenoordbrug in Rotterdam en de sluizen bij IJmuiden. Volgens de"
    " minister is daarmee het grootste gevaar geweken, maar blijft er ook daarna geld nodig.",
    "Transport en Logistiek Nederland noemt het bedrag een goede eerste stap. De vereniging wil dat het kabinet"
    " ook kijkt naar de provinciale wegen, waar volgens haar bruggen in even slechte staat zijn.",
]
WIRE = "\n\n".join(WIRE_PARAGRAPHS)
WIRE_CORRECTED = (
    WIRE.replace("300 miljoen", "350 miljoen")
    + "\n\nIn een eerdere versie van dit bericht stond dat het om 300 miljoen euro gaat. Dat is aangepast."
)
WIRE_EDITED = WIRE.replace("dinsdag laten weten", "laten weten").replace("onder meer", "onder andere")


def test_a_correction_republished_hours_later_is_a_copy():
    _, copies = _run(
        [
            ("eerst", "Nieuwsdienst", 1, "Kabinet trekt 300 miljoen uit voor bruggen", WIRE),
            ("correctie", "Nieuwsdienst", 5, "Kabinet trekt 350 miljoen uit voor bruggen en sluizen", WIRE_CORRECTED),
        ]
    )
    assert copies["correctie"] == "eerst"


def test_the_same_wire_text_thirty_hours_later_is_a_copy():
    _, copies = _run(
        [
            ("anp", "Nieuwsdienst", -20, "Kabinet trekt 300 miljoen uit voor bruggen", WIRE),
            ("laat", "Dagblad West", 10, "Extra geld voor oude bruggen en sluizen", WIRE_EDITED),
        ]
    )
    assert copies["laat"] == "anp"


def test_a_local_intro_over_the_wire_text_is_a_copy():
    local = "\n\n".join(
        [
            "Ook in Dordrecht wordt al jaren gewacht op geld voor de oude Zwijndrechtse brug. "
            + WIRE_PARAGRAPHS[0].replace("dinsdag laten weten", "laten weten"),
            *WIRE_PARAGRAPHS[1:3],
        ]
    )
    _, copies = _run(
        [
            ("anp", "Nieuwsdienst", 1, "Kabinet trekt 300 miljoen uit voor bruggen", WIRE),
            ("dordt", "Dordtse Krant", 3, "Geld voor bruggen, ook voor Dordrecht?", local),
        ]
    )
    assert copies["dordt"] == "anp"


def test_a_short_cut_of_the_wire_text_under_a_sentence_of_its_own_is_a_copy():
    short = "Er komt meer geld voor oude bruggen. " + WIRE_PARAGRAPHS[0].replace("dinsdag ", "")
    _, copies = _run(
        [
            ("anp", "Nieuwsdienst", 1, "Kabinet trekt 300 miljoen uit voor bruggen", WIRE),
            ("kort", "Nieuws Kort", 2, "Meer geld voor bruggen", short),
        ]
    )
    assert copies["kort"] == "anp"


# --- no copy: two long reports of one arrest, each quoting the police's statement first --------------------

POLICE_STATEMENT = (
    "'Op dinsdagavond is in een woning aan de Kerkstraat in Oss een 45-jarige man aangehouden op verdenking van"
    " betrokkenheid bij de explosie van vorige week bij een pinautomaat in het centrum', meldt de politie."
)
ARREST_LOCAL = "\n\n".join(
    [
        POLICE_STATEMENT,
        "Buurtbewoners zagen rond acht uur 's avonds een arrestatieteam de straat in rijden. 'Ze kwamen met drie"
        " busjes, binnen een paar minuten was het voorbij', zegt een buurman die zijn naam niet in de krant wil. De"
        " pinautomaat aan de Heuvel is sinds de explosie buiten gebruik; de bank heeft nog niet besloten of hij"
        " terugkomt. Ondernemers in het centrum maken zich zorgen, omdat het de derde plofkraak in twee jaar is. De"
        " gemeente Oss heeft extra camera's toegezegd en overweegt de automaat 's nachts af te sluiten.",
    ]
)
ARREST_NATIONAL = "\n\n".join(
    [
        POLICE_STATEMENT,
        "Het aantal plofkraken in Nederland is dit jaar opnieuw gestegen, blijkt uit cijfers van de Nederlandse"
        " Vereniging van Banken. Tot en met oktober werden 41 pinautomaten opgeblazen, tegen 33 in heel vorig jaar."
        " Banken sluiten steeds meer automaten 's nachts af en bouwen ze om met een systeem dat de biljetten"
        " onbruikbaar maakt met inkt. Volgens de politie komen de daders vaak uit een kleine groep uit Utrecht en"
        " Amsterdam die ook in Duitsland actief is, waar automaten minder goed beveiligd zijn.",
    ]
)


def test_two_long_reports_quoting_the_same_police_statement_first_are_no_copies():
    _, copies = _run(
        [
            ("oss", "Brabants Nieuws", 1, "Man (45) opgepakt voor plofkraak in Oss", ARREST_LOCAL),
            ("landelijk", "Nieuwsdienst", 3, "Aanhouding na plofkraak, aantal kraken stijgt", ARREST_NATIONAL),
        ]
    )
    assert copies["landelijk"] is None


# --- no copy: the weather service's warning of one day for other provinces, in one template -----------------

WARNING_NORTH = (
    "Het KNMI heeft voor dinsdag code geel afgegeven vanwege gladheid door ijzel. De waarschuwing geldt voor"
    " Groningen, Friesland en Drenthe van 06.00 uur tot 12.00 uur. Wegen en fietspaden kunnen spiegelglad zijn."
    " Het KNMI raadt aan de reis zo nodig uit te stellen."
)
WARNING_SOUTH = (
    "Het KNMI heeft voor dinsdag code geel afgegeven vanwege gladheid door ijzel. De waarschuwing geldt voor"
    " Limburg en Noord-Brabant van 16.00 uur tot 23.00 uur. Wegen en fietspaden kunnen spiegelglad zijn. Het KNMI"
    " raadt aan de reis zo nodig uit te stellen."
)


def test_a_warning_for_other_provinces_later_that_day_in_one_template_is_no_copy():
    _, copies = _run(
        [
            ("noord", "Weerdienst", -3, "Code geel voor ijzel in het noorden", WARNING_NORTH),
            ("zuid", "Omroep Zuid", 5, "Code geel voor ijzel in Limburg en Brabant", WARNING_SOUTH),
        ]
    )
    assert copies["zuid"] is None
