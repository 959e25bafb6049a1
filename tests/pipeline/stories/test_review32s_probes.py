"""Review probes (review32s) of the plain look (`plain`: a longer article scoring `plain_floor` or more joins a
story whose whole text is `plain_cosine` alike) and of the second look's narrowing (`rescue`: a headline term
beyond the one shared name). Same topic is not same event: two trials at one court, two fires in one town, two
matches of one club, two items on the housing market stay apart; a follow-up of one event joins. Texts written
for these probes, never copied from news."""

from __future__ import annotations

import math

import pytest

from pipeline.stories.cluster import ClusterSettings, assign, score
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.store import StoryState
from tests.pipeline.stories.texts import at, feat, unrelated_window

Item = tuple[str, str, float, str, str]  # id, outlet, hours after Monday 9:00, headline, body


def _run(items: list[Item]) -> MemoryStoryStore:
    """A window of unrelated items, then each item in order."""
    store = unrelated_window(ClusterSettings())
    for article_id, outlet, hours, title, body in items:
        assign(feat(article_id, outlet, at(0, hours), title, body), store)
    return store


def _together(store: MemoryStoryStore, a: str, b: str) -> bool:
    return store.article_story(a) == store.article_story(b)


# --- 1. two trials at one court in one week ----------------------------------------------------------------

TRIAL_SHOP = (
    "De rechtbank in Arnhem heeft dinsdag een 29-jarige man uit Nijmegen veroordeeld tot drie jaar cel voor een"
    " gewapende overval op een juwelier in de binnenstad van Nijmegen. De man bedreigde in oktober vorig jaar de"
    " eigenaar en een medewerker met een vuurwapen en ging er met sieraden ter waarde van tienduizenden euro's"
    " vandoor.\n\nVolgens de rechtbank staat vast dat de verdachte de overval heeft gepleegd. Op camerabeelden is"
    " te zien hoe hij de winkel binnenloopt, en zijn DNA werd aangetroffen op een handschoen die hij op de vlucht"
    " verloor. De verdachte ontkende tijdens de zitting iets met de overval te maken te hebben.\n\nHet Openbaar"
    " Ministerie had vier jaar cel geëist. De rechtbank houdt bij de straf rekening met het blanco strafblad van de"
    " man. De eigenaar van de juwelierszaak kampt nog altijd met angstklachten, zei hij tijdens de zitting. De"
    " verdachte moet hem een schadevergoeding van vijfduizend euro betalen.\n\nDe advocaat van de man laat weten"
    " dat hij het vonnis met zijn cliënt gaat bestuderen en niet uitsluit dat zij in hoger beroep gaan."
)
TRIAL_NURSE = (
    "De rechtbank in Arnhem heeft donderdag een 46-jarige verpleegkundige uit Ede veroordeeld tot twee jaar cel,"
    " waarvan een jaar voorwaardelijk, voor het stelen van medicijnen uit het ziekenhuis waar zij werkte. De vrouw"
    " nam ruim twee jaar lang morfine en andere pijnstillers mee naar huis en verkocht een deel ervan via"
    " berichtenapps.\n\nVolgens de rechtbank heeft de vrouw het vertrouwen van haar werkgever en van patiënten"
    " ernstig beschaamd. Patiënten kregen mogelijk minder pijnstilling dan hun was voorgeschreven. De verdachte"
    " bekende tijdens de zitting en zei dat zij zelf verslaafd was geraakt.\n\nHet Openbaar Ministerie had"
    " drie jaar cel geëist. De rechtbank houdt rekening met haar blanco strafblad en met de behandeling die zij"
    " inmiddels volgt. Zij mag vijf jaar niet meer als verpleegkundige werken.\n\nDe advocaat van de vrouw laat"
    " weten dat zij zich bij het vonnis neerlegt en niet in hoger beroep gaat."
)


@pytest.mark.xfail(
    strict=True,
    reason="the plain look: the two whole texts share the court's stock sentences (cosine 0.31, 0.30 after plain_days 0.98);"
    " the ages would clash but 'verpleegkundige' is no lexicon.AGE_NOUNS noun, and a bar above 0.31 on other days"
    " loses blind8's MH17 join (0.303)",
)
def test_two_verdicts_of_one_court_in_one_week_stay_apart():
    store = _run(
        [
            ("juwelier", "Gelderlander", 5, "Drie jaar cel voor overval op juwelier in Nijmegen", TRIAL_SHOP),
            ("morfine", "Omroep Gelderland", 52, "Verpleegkundige uit Ede krijgt cel voor stelen morfine", TRIAL_NURSE),
        ]
    )
    assert not _together(store, "juwelier", "morfine")


# --- 2. two fires in one town on two days ------------------------------------------------------------------

FIRE_TUESDAY = (
    "In een bedrijfspand aan de Marconistraat in Zwolle is dinsdagavond een grote brand uitgebroken. De brandweer"
    " schaalde op naar grote brand omdat het vuur snel om zich heen greep. Er kwam veel rook vrij en de"
    " veiligheidsregio verstuurde een NL-Alert voor de omliggende wijken.\n\nBewoners van Holtenbroek werd"
    " gevraagd ramen en deuren te sluiten en ventilatiesystemen uit te zetten. Niemand raakte gewond. Het pand,"
    " waarin een groothandel in verpakkingsmateriaal zat, is volledig verwoest.\n\nDe brandweer was de hele nacht"
    " bezig met nablussen. Een deel van de Marconistraat blijft voorlopig afgesloten. Hoe de brand is ontstaan, is"
    " nog niet bekend. De politie doet samen met de brandweer onderzoek naar de oorzaak."
)
FIRE_THURSDAY = (
    "In een woning aan de Assendorperstraat in Zwolle is donderdagochtend brand uitgebroken. De brandweer rukte"
    " met meerdere wagens uit omdat de vlammen uit het dak sloegen. Er kwam veel rook vrij en omwonenden werd"
    " gevraagd ramen en deuren te sluiten.\n\nDe bewoners, een gezin met twee kinderen, konden op tijd naar buiten."
    " Een buurvrouw is door ambulancepersoneel nagekeken omdat zij rook had ingeademd. De woning is onbewoonbaar en"
    " het gezin wordt door familie opgevangen.\n\nDe brandweer was urenlang bezig met nablussen. De straat is"
    " voorlopig afgesloten. Hoe de brand is ontstaan, is nog niet bekend. De politie doet onderzoek naar de"
    " oorzaak."
)


def test_two_fires_in_one_town_on_two_days_stay_apart():
    store = _run(
        [
            ("dinsdag", "RTV Oost", 11, "Grote brand in bedrijfspand Zwolle, NL-Alert verstuurd", FIRE_TUESDAY),
            ("donderdag", "De Stentor", 48, "Gezin op tijd weg bij woningbrand in Zwolle", FIRE_THURSDAY),
        ]
    )
    assert not _together(store, "dinsdag", "donderdag")


def test_a_fire_the_headline_says_happened_again_stays_apart():
    store = _run(
        [
            ("dinsdag", "RTV Oost", 11, "Grote brand in bedrijfspand Zwolle, NL-Alert verstuurd", FIRE_TUESDAY),
            ("weer", "De Stentor", 48, "Weer brand in Zwolle: gezin op tijd uit woning", FIRE_THURSDAY),
        ]
    )
    assert not _together(store, "dinsdag", "weer")


HOUSE_TUESDAY = (
    "In een woning aan de Deventerstraatweg in Zwolle is dinsdagavond brand uitgebroken. De brandweer rukte met"
    " meerdere wagens uit omdat de vlammen uit het dak sloegen. Er kwam veel rook vrij en omwonenden werd gevraagd"
    " ramen en deuren te sluiten.\n\nDe bewoner, een oudere man, werd door buren naar buiten geholpen. Hij is door"
    " ambulancepersoneel nagekeken omdat hij rook had ingeademd. De woning is onbewoonbaar en de man wordt door"
    " familie opgevangen.\n\nDe brandweer was urenlang bezig met nablussen. De straat is voorlopig afgesloten. Hoe de"
    " brand is ontstaan, is nog niet bekend. De politie doet onderzoek naar de oorzaak."
)


def test_two_house_fires_told_in_stock_sentences_are_no_copies():
    store = _run(
        [
            ("dinsdag", "RTV Oost", 12, "Oudere man uit brandende woning in Zwolle gehaald", HOUSE_TUESDAY),
            ("donderdag", "De Stentor", 48, "Gezin op tijd weg bij woningbrand in Zwolle", FIRE_THURSDAY),
        ]
    )
    assert not _together(store, "dinsdag", "donderdag")


# --- 3. two matches of one club ----------------------------------------------------------------------------

MATCH_SUNDAY = (
    "Feyenoord heeft zondag in De Kuip gelijkgespeeld tegen AZ. Santiago Giménez zette de Rotterdammers vlak voor"
    " rust op voorsprong, maar na de pauze maakte AZ via een kopbal van Pavlidis gelijk. In de slotfase kreeg"
    " Feyenoord nog een grote kans, maar de inzet van Timber werd van de lijn gehaald.\n\nTrainer Arne Slot was na"
    " afloop niet ontevreden over het spel, maar wel over het resultaat. 'We hadden deze wedstrijd moeten winnen."
    " In de tweede helft lieten we te veel ruimte weg.' Feyenoord blijft tweede in de eredivisie, met vier punten"
    " achterstand op koploper PSV.\n\nDe Kuip was uitverkocht. Voor het duel werd een minuut stilte gehouden voor"
    " een oud-speler die vorige week overleed. Feyenoord speelt donderdag in de Europa League."
)
MATCH_THURSDAY = (
    "Feyenoord heeft donderdag in De Kuip gewonnen van AS Roma in de Europa League. Santiago Giménez maakte in de"
    " tweede helft het enige doelpunt van de wedstrijd na een voorzet van Hartman. Roma kreeg in de slotfase nog"
    " een paar kansen, maar doelman Bijlow hield de nul.\n\nTrainer Arne Slot was na afloop tevreden over het spel."
    " 'We hebben deze wedstrijd verdiend gewonnen. In de tweede helft gaven we weinig ruimte weg.' Feyenoord staat"
    " in de groep nu eerste, met twee punten voorsprong op Roma.\n\nDe Kuip was uitverkocht. Feyenoord speelt"
    " zondag in de eredivisie uit tegen Twente."
)


@pytest.mark.xfail(
    strict=True,
    reason="the score itself (0.47, as before this session: no plain look, no second look): the reports share the"
    " club, trainer, stadium and scorer, and the 'zondag' of Thursday's next match is read as the Sunday before"
    " (`dates`): a common day",
)
def test_two_matches_of_one_club_in_one_week_stay_apart():
    store = _run(
        [
            ("az", "Rijnmond", 10, "Feyenoord laat zege liggen tegen AZ", MATCH_SUNDAY),
            ("roma", "AD", 85, "Giménez bezorgt Feyenoord zege op Roma", MATCH_THURSDAY),
        ]
    )
    assert not _together(store, "az", "roma")


# --- 4. the housing market: two items, two news facts -------------------------------------------------------

PRICES = (
    "Koopwoningen zijn in het afgelopen kwartaal gemiddeld vier procent duurder geworden dan een jaar eerder. Dat"
    " meldt het Centraal Bureau voor de Statistiek maandag. De gemiddelde verkoopprijs van een koopwoning kwam uit"
    " op ruim vierhonderdtwintigduizend euro, een record.\n\nVolgens het CBS stijgen de prijzen het hardst in de"
    " provincies Groningen en Friesland. In Amsterdam lagen de prijzen nauwelijks hoger dan een jaar eerder. Het"
    " aantal verkochte woningen nam toe, vooral doordat de hypotheekrente is gedaald.\n\nMakelaars verwachten dat"
    " de huizenprijzen ook dit jaar blijven stijgen. Er zijn te weinig woningen te koop voor het aantal kopers,"
    " vooral starters hebben het moeilijk om een huis te vinden op de woningmarkt."
)
RENT = (
    "De Tweede Kamer heeft dinsdag ingestemd met de wet die huren in het middensegment aan banden legt. Voor"
    " woningen tot een bepaalde puntengrens mogen verhuurders straks niet meer vragen dan de maximale huur. Minister"
    " De Jonge noemt het een belangrijke stap voor huurders met een middeninkomen.\n\nVerhuurders en beleggers zijn"
    " kritisch. Zij waarschuwen dat de wet ertoe leidt dat woningen worden verkocht in plaats van verhuurd, zodat"
    " er minder huurwoningen overblijven. Makelaars zien dat verhuurders nu al woningen te koop zetten.\n\nVolgens"
    " de minister komen er door de wet juist meer betaalbare woningen voor starters en middeninkomens. Er zijn te"
    " weinig woningen voor het aantal woningzoekenden op de woningmarkt. De Eerste Kamer moet nog stemmen."
)


def test_house_prices_and_a_rent_law_stay_apart():
    store = _run(
        [
            ("prijzen", "NOS", 2, "Huizenprijzen opnieuw gestegen, record verkoopprijs", PRICES),
            ("huur", "NU.nl", 28, "Kamer stemt in met wet op middenhuur", RENT),
        ]
    )
    assert not _together(store, "prijzen", "huur")


# --- 5. a column and a news report on one policy area, two events -----------------------------------------

COLUMN = (
    "Wie deze week door de Achterhoek reed, zag ze weer hangen: de omgekeerde vlaggen. De boeren zijn het beu. Ze"
    " zijn het beu dat in Den Haag over hun toekomst wordt besloten door mensen die nog nooit een koe hebben"
    " gemolken. En eerlijk gezegd, ik begrijp ze wel.\n\nHet stikstofbeleid is een moeras geworden. Eerst moesten"
    " boeren uitkopen, toen mochten ze blijven, nu weet niemand meer wat er gaat gebeuren met de natuurvergunning."
    " Jonge boeren durven niet meer te investeren in hun bedrijf.\n\nDe natuur moet worden hersteld, daar is"
    " iedereen het over eens. Maar zo lang de overheid niet zegt wat ze van boeren verwacht, blijven de vlaggen"
    " hangen. En gelijk hebben ze. Een boer wil weten waar hij aan toe is."
)
RULING = (
    "De Raad van State heeft woensdag de natuurvergunning van een melkveehouder in Winterswijk vernietigd. De"
    " provincie Gelderland had de boer toestemming gegeven om zijn bedrijf uit te breiden met honderd koeien,"
    " maar volgens de hoogste bestuursrechter is onvoldoende aangetoond dat de extra stikstof de natuur niet"
    " schaadt.\n\nMilieuorganisaties hadden bezwaar gemaakt tegen de vergunning. Zij wijzen erop dat een"
    " natuurgebied vlak bij het bedrijf al te veel stikstof krijgt. De provincie moet nu een nieuw besluit"
    " nemen.\n\nDe boer laat weten teleurgesteld te zijn. Hij had al geïnvesteerd in een nieuwe stal. De"
    " uitspraak kan gevolgen hebben voor andere boeren in de Achterhoek die hun bedrijf willen uitbreiden."
)


def test_a_column_on_farmers_and_a_ruling_on_one_permit_stay_apart():
    store = _run(
        [
            ("column", "Tubantia", 3, "Column: Geef de boer duidelijkheid", COLUMN),
            ("raad", "Omroep Gelderland", 27, "Raad van State vernietigt natuurvergunning boer Winterswijk", RULING),
        ]
    )
    assert not _together(store, "column", "raad")


# --- 6. a long report ending on a short item of another event ----------------------------------------------

FLOOD_WITH_TAIL = (
    "Het water in de Maas bij Venlo blijft stijgen. Rijkswaterstaat verwacht dat de rivier woensdag een hoogte"
    " bereikt die in jaren niet is gezien. In de uiterwaarden staan weilanden onder water en verschillende wegen"
    " langs de rivier zijn afgesloten.\n\nDe gemeente Venlo heeft zandzakken uitgedeeld aan bewoners van de lage"
    " delen van de stad. Waterschap Limburg controleert de dijken dag en nacht. Volgens het waterschap zijn de"
    " dijken op orde en is er geen reden voor paniek, maar de situatie wordt nauwlettend gevolgd.\n\nOok in Roermond"
    " en Maastricht staat het water hoog. Scheepvaart op de Maas is deels stilgelegd omdat schepen niet meer onder"
    " de bruggen door kunnen.\n\nIntussen is in Venlo dinsdagmiddag een fietser om het leven gekomen bij een"
    " aanrijding met een vrachtwagen op de Eindhovenseweg. De politie onderzoekt hoe het ongeluk kon gebeuren."
)
CYCLIST = (
    "Op de Eindhovenseweg in Venlo is dinsdagmiddag een fietser om het leven gekomen na een aanrijding met een"
    " vrachtwagen. Het slachtoffer is een 67-jarige man uit Venlo. Hij overleed ter plaatse aan zijn"
    " verwondingen.\n\nDe vrachtwagen sloeg rechtsaf en raakte daarbij de fietser, die rechtdoor reed. De"
    " chauffeur is niet aangehouden. Verkeersspecialisten van de politie deden urenlang onderzoek op de plek van"
    " het ongeluk.\n\nDe Eindhovenseweg was tot in de avond afgesloten. Omwonenden zeggen dat de kruising al langer"
    " gevaarlijk is. De gemeente wil de situatie bekijken."
)


@pytest.mark.xfail(
    strict=True,
    reason="the score itself (0.33, as before this session): the flood report is short enough (under LEAD_WORDS)"
    " that its closing item is among its heaviest terms",
)
def test_a_report_on_a_road_death_stays_apart_from_a_flood_report_ending_on_it():
    store = _run(
        [
            ("maas", "Limburger", 6, "Maas bij Venlo blijft stijgen", FLOOD_WITH_TAIL),
            ("fietser", "L1", 9, "Fietser (67) komt om bij aanrijding met vrachtwagen in Venlo", CYCLIST),
        ]
    )
    assert not _together(store, "maas", "fietser")


# --- 7. a real follow-up: one shared name and a headline word of what happened -----------------------------

FACTORY = (
    "Bij een chemisch bedrijf op het industrieterrein Chemelot in Geleen is maandagochtend een explosie geweest."
    " Daarbij raakten drie medewerkers gewond, van wie één ernstig. De veiligheidsregio riep omwonenden op binnen"
    " te blijven vanwege de rook. Na enkele uren werd het sein brand meester gegeven."
)
FOLLOW_UP = (
    "Inspectie onderzoekt explosie Chemelot",
    "De Nederlandse Arbeidsinspectie is een onderzoek begonnen naar de explosie op Chemelot van maandag. De"
    " inspectie wil weten of de veiligheidsregels zijn nageleefd.",
)


def test_a_short_follow_up_sharing_the_site_and_the_explosion_joins():
    store = _run(
        [
            ("chemelot", "L1", 1, "Drie gewonden bij explosie op Chemelot", FACTORY),
            ("inspectie", "Limburger", 7, *FOLLOW_UP),
        ]
    )
    assert _together(store, "chemelot", "inspectie")


MAYOR = (
    "Burgemeester Halsema heeft een woning in Amsterdam-Noord voor drie maanden gesloten na een explosie bij de"
    " voordeur. Bij de explosie in de nacht van zondag op maandag raakte niemand gewond, maar de gevel en de"
    " voordeur liepen flinke schade op. De politie vond in de woning een kleine hoeveelheid drugs."
)
MAYOR_FOLLOW_UP = (
    "Halsema wil harder optreden na explosies",
    "Burgemeester Halsema wil harder optreden tegen explosies bij woningen. Dat zei zij maandag in de gemeenteraad,"
    " een dag nadat in Amsterdam-Noord opnieuw een voordeur werd opgeblazen.",
)


def test_a_mayors_follow_up_sharing_her_name_and_the_explosions_joins():
    store = _run(
        [
            ("noord", "Parool", 1, "Halsema sluit woning in Noord na explosie", MAYOR),
            ("raad", "AT5", 8, *MAYOR_FOLLOW_UP),
        ]
    )
    assert _together(store, "noord", "raad")


EASTER = (
    "Met een lang paasweekeinde voor de deur wordt het donderdag al vroeg druk op de Nederlandse wegen."
    " Woon-werkverkeer en vakantieverkeer komen samen en dat geeft langere files dan normaal, verwacht"
    " Rijkswaterstaat. Vanaf het begin van de middag moeten weggebruikers rekening houden met vertraging.\n\n"
    "Vooral in het midden van het land en richting het zuiden loopt het verkeer vast. Het wordt onder meer druk op"
    " de A2 bij Utrecht, de A12 richting Arnhem en de A67 naar de Duitse grens, waar vakantiegangers uit beide"
    " landen elkaar tegenkomen.\n\nOok evenementen trekken veel publiek: pretparken, tuinen en meubelboulevards"
    " verwachten het hele weekend drukte. Op tweede paasdag komen dagjesmensen en terugkerende vakantiegangers"
    " samen op de weg.\n\nKisten met peren op de weg\n\nOp de A16 bij Dordrecht verloor een vrachtwagen donderdagochtend"
    " een lading peren. De kisten liggen verspreid over twee rijstroken richting Breda. Bergers zijn bezig de peren"
    " van de weg te halen."
)


@pytest.mark.xfail(
    strict=True,
    reason="the score itself (0.27 in this small window, as before this session); blind9's like pair scored 0.19 and"
    " was joined by the plain look alone, which the opening's bar now refuses (see the test below)",
)
def test_a_lorrys_lost_load_stays_apart_from_a_traffic_report_ending_on_it():
    store = _run(
        [
            (
                "peren",
                "NU.nl",
                1,
                "Vrachtwagen verliest lading peren op A16 bij Dordrecht",
                "Op de A16 bij Dordrecht heeft een vrachtwagen donderdagochtend een lading peren verloren. De kisten"
                " liggen op de weg richting Breda.",
            ),
            ("pasen", "Telegraaf", 1.2, "Paasverkeer zorgt voor vroege en lange files", EASTER),
        ]
    )
    assert not _together(store, "peren", "pasen")


# --- 8. the plain look's opening bar, isolated: the score alone is low (0.15), the whole texts alike -------------


def _plain_score(opening: dict[str, float]) -> float:
    """A long article's score with a story whose opening terms it barely shares and whose whole text is its own."""
    article = feat("b", "Telegraaf", at(0, 2), "Paasverkeer zorgt voor vroege en lange files", EASTER)
    whole = {"peren": 0.6, "files": 0.8}
    story = StoryState(
        story_id=1,
        first_seen=at(0, 1),
        last_seen=at(0, 1),
        article_ids=("a",),
        outlets=("NU.nl",),
        centroid={"peren": 0.15, "ander": math.sqrt(1 - 0.15**2)},
        norm=1.0,
        names={},
        days=(at(0, 1).date(),),
        dates=frozenset(),
        plain={"peren": 1.0},
        plain_norm=1.0,
    )
    return score(article, {"peren": 1.0}, {}, story, ClusterSettings(), whole=lambda: whole, opening=lambda: opening)


def test_a_report_whose_opening_never_meets_the_story_gets_no_plain_look():
    # the story's words only in the closing section (under an intertitle): another event
    assert _plain_score({"paasverkeer": 0.6, "files": 0.8}) < 0.25
    # its opening meets the story: the plain look joins
    assert _plain_score({"peren": 0.6, "files": 0.8}) == 0.25
