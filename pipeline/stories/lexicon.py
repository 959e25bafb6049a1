"""The Dutch (and Flemish) word lists of the story features, as data."""

from __future__ import annotations

from pipeline.text import dutch_rules


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """
    de het een en of maar want dus dat die dit deze daar hier er is zijn was waren wordt worden werd werden
    ben bent heb hebt heeft hebben had hadden zal zullen zou zouden kan kunnen kon konden moet moeten moest
    mag mogen wil willen wilde gaat gaan ging gingen komt komen kwam doet doen deed laat laten zegt zeggen
    zei zeiden staat staan stond blijkt blijft lijkt krijgt krijgen kreeg
    in op aan van voor met bij naar uit over door onder tegen tot tussen na om als dan zoals sinds tijdens
    volgens zonder binnen buiten achter boven naast via per rond
    ik jij je u hij zij ze wij we jullie hen hun hem haar mij me ons onze mijn zijn jouw uw zich zelf
    niet geen wel ook nog al nu toen waar wanneer hoe wat wie welke waarom omdat terwijl hoewel of
    meer meest veel weinig minder alle alles iedereen elk elke ieder iets niets niemand iemand andere ander
    eerder later vandaag gisteren morgen vanochtend vanavond vannacht zondag maandag dinsdag woensdag
    donderdag vrijdag zaterdag week jaar dag uur keer
    zo zeer heel erg even toch echter ongeveer bijna steeds nooit altijd vaak soms weer terug verder
    eigen nieuwe nieuw grote groot kleine klein goed goede eerste tweede derde laatste twee drie vier vijf
    zes zeven acht negen tien honderd duizend miljoen miljard procent euro
    ten ter des den der te mee toe af heen aldus daarom daarna daarvoor hierbij waarbij waarin waarop
    dergelijke zulke zulks volg lees meer bekijk video foto's foto beeld anp belga nos
    """
)
"""Words that carry no event: never a term of the story vectors."""

FIRST_NAMES_IN_STOPWORDS = _words("ben bent dag dan elke per wil ander")
"""Stopwords that are also first names ("Ben Hermans", "Dan Martin", "Wil", "Bent", "Dag Hammarskjöld",
"Elke Sleurs", "Per Mertesacker", "Ander Herrera"): a capitalised one may open a person's name. The
other stopwords never do ("Tweede Kamer", "Grote Prijs", "Nieuwe Kerk", "Onze Lieve Vrouw")."""

PARTICLES = frozenset(dutch_rules.NAME_PARTICLES)
"""Name particles that may stand between the capitalised parts of one name ("Raad van State")."""

PLACE_PREPOSITIONS = _words("in uit bij naar te nabij rond op")
"""In a sentence in capitals ("UITSLAANDE BRAND IN DEVENTER"), the word after one of these may be a place."""

NAME_PART_SKIP = _words(
    """
    noord zuid oost west midden centraal noordoost noordwest zuidoost zuidwest boven neder opper hoog laag
    kabinet regering commissie rapport zaak wet oud ex vice interim groot klein nieuw sint st
    """
)
"""Compass, institution and prefix words: a hyphenated word with such a part ("Noord-Gaza", "Kabinet-Schoof",
"Oud-PSV'er", "Sint-Maarten") gives no name parts (`terms.add_name_parts`): a region or an office, not a name."""

AGE_NOUNS = _words(
    """
    man vrouw jongen meisje jongeman jongere kind baby peuter tiener bejaarde oudere bestuurder
    automobilist fietser motorrijder scooterrijder voetganger verdachte slachtoffer dader inwoner
    """
)
"""Nouns of an unnamed person after an age ("een 45-jarige man", "de 17-jarige verdachte"): the subject of a
crime or court report, as "Man (45)" is (`events.marks`); not "de 24-jarige Engelsman Tao Geoghegan Hart", a
named person beside the story's."""

NAME_STOPWORDS = _words(
    """
    de het een en of maar dat die dit deze daar hier er in op aan van voor met bij naar uit over door
    ook nog al nu toen waar wanneer hoe wat wie welke waarom omdat als dan zo ik jij hij zij ze wij we
    u hun mijn ons onze zijn haar hem niet geen wel volgens tijdens sinds na om tot tegen
    vandaag gisteren morgen
    """
) | frozenset(dutch_rules.WEEKDAYS + dutch_rules.MONTHS)
"""Capitalised words that are not names when they stand at the start of a sentence or name."""

MONTHS = {name: number for number, name in enumerate(dutch_rules.MONTHS, start=1)}  # "maart": 3

WEEKDAYS = {name: number for number, name in enumerate(dutch_rules.WEEKDAYS)}  # "maandag": 0, as date.weekday()

RELATIVE_DAYS = {
    "gisteren": -1,
    "gisteravond": -1,
    "gistermiddag": -1,
    "gisterochtend": -1,
    "vandaag": 0,
    "vanochtend": 0,
    "vanmiddag": 0,
    "vanavond": 0,
    "vannacht": 0,
    "vanmorgen": 0,
}
"""Words that name a day relative to the publication date."""

COUNTRIES = _words(
    """
    nederland belgië duitsland frankrijk engeland schotland ierland wales spanje portugal italië griekenland
    oostenrijk zwitserland luxemburg denemarken noorwegen zweden finland ijsland polen tsjechië slowakije
    hongarije roemenië bulgarije kroatië servië bosnië slovenië albanië kosovo montenegro macedonië
    oekraïne rusland wit-rusland belarus moldavië litouwen letland estland georgië armenië azerbeidzjan
    turkije cyprus malta israël palestina libanon syrië jordanië irak iran saoedi-arabië jemen oman qatar
    koeweit bahrein emiraten afghanistan pakistan india bangladesh nepal china japan korea noord-korea
    zuid-korea taiwan vietnam thailand cambodja laos myanmar maleisië singapore indonesië filipijnen
    australië nieuw-zeeland egypte libië tunesië algerije marokko soedan ethiopië somalië kenia oeganda
    tanzania rwanda congo nigeria ghana senegal mali niger tsjaad kameroen angola mozambique zimbabwe
    zuid-afrika namibië madagaskar amerika vs verenigde staten canada mexico cuba haïti venezuela colombia
    peru ecuador bolivia chili argentinië brazilië uruguay paraguay suriname curaçao aruba groenland
    europa azië afrika oceanië antarctica
    """
)
"""Countries and continents: in a small window they can be rare, but they tell no event apart."""

REGIONS = _words(
    """
    groningen friesland fryslân drenthe overijssel flevoland gelderland utrecht noord-holland
    zuid-holland zeeland brabant noord-brabant limburg twente achterhoek veluwe betuwe randstad
    vlaanderen oost-vlaanderen west-vlaanderen vlaams-brabant waals-brabant wallonië henegouwen luik namen
    antwerpen brussel kempen hageland westhoek ardennen zeeuws-vlaanderen
    lombardije toscane sicilië catalonië baskenland andalusië asturië bretagne normandië provence beieren
    romandië tirol yorkshire californië texas florida siberië krim donbas gaza
    """
)
"""Provinces and regions (of the Low Countries most): "Ronde van Vlaanderen", "Ronde van Drenthe" name a
race, not a person called Vlaanderen."""

NOT_PERSONAL = _words(
    """
    new san los las sint saint open cup tour league games masters series nieuw
    ronde race prix grand prijs omloop giro vuelta garros classic trofee kampioenschap kampioenschappen
    kamer raad rechtbank gemeente provincie ministerie universiteit partij federatie
    """
)
"""Words of the name of a place, an event or an institution, never of a person's ("New York", "US Open",
"Ronde van Drenthe", "Roland Garros", "Tweede Kamer", "Raad van State"): such a name gives no headline actor."""

OFFICES = _words(
    """
    premier minister staatssecretaris minister-president burgemeester wethouder gedeputeerde president
    vicepresident kanselier koning koningin prins prinses paus gouverneur commissaris kamerlid
    """
)
"""Titles of an office: a headline's "Premier" or "minister" names the holder of the office, the person an
article and a story may share at two occasions, not what happened (`rescue`)."""

TITLES = OFFICES | _words(
    """
    schepen senator generaal ambassadeur voorzitter kamervoorzitter eurocommissaris rechter
    kroonprins kroonprinses keizer keizerin sultan emir ayatollah dominee pastoor
    secretary prime minister president vice-president premier chancellor mayor governor senator
    congressman congresswoman representative ambassador general king queen prince princess pope
    chairman chairwoman speaker sheriff judge sir lord lady emperor
    """
)
"""Titles and roles written before a person's name, Dutch and English (a tweet's signature: "Secretary Antony
Blinken"): a key name that is another of the story's names with these in front is that name (`brief.key_names`).
Not `OFFICES`, which the clustering reads."""


NUMBER_WORDS = {
    "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6", "zeven": "7", "acht": "8", "negen": "9",
    "tien": "10", "elf": "11", "twaalf": "12", "dertien": "13", "veertien": "14", "vijftien": "15",
    "twintig": "20", "dertig": "30",
}  # fmt: skip
"""Numbers written out, as digits: editions of one wire copy differ in them ("vijf" / "5"; not "een")."""

SIDE_QUALIFIERS = _words("vrouwen dames women ladies jeugd jong junioren o17 o18 o19 o21 o23 ii")
"""Words that make a club's name another side of it ("PSV Vrouwen", "Ajax O19", "Feyenoord II"): not the club's
name given whole, another team."""
