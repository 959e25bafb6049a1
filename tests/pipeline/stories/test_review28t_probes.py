"""Review probes (review28t) of the story changes of stories28, storyprec28, review28s and dups28: the head of
a hyphenated compound as a term, decay_days 10, a headline's first word as a name (`opener.with_opener`),
the address clash's street endings, and the duplicates' edited excerpts and same-outlet rule. Each test says
what a reader needs: different events stay apart, one event stays one story, a copy is marked once and a
different text is never marked a copy. Texts written for these probes, never copied from news."""

from __future__ import annotations

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.events import marks as event_marks
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

Text = tuple[str, str]


def _run(texts: list[tuple[str, float, Text]], outlet: str = "Krant") -> tuple[MemoryStoryStore, dict[str, object]]:
    """A window of unrelated items, then each (id, hours after Monday 9:00, text) in order; the assignments."""
    store = unrelated_window(ClusterSettings())
    done = {}
    for article_id, hours, (title, body) in texts:
        done[article_id] = assign(feat(article_id, outlet, at(0, hours), title, body), store)
    return store, done


# --- 1. the head of a hyphenated compound: "Minister-president" and "Oud-president" both give "president" ----
# two visits of one afternoon in one city by two different men; before the head term their headlines shared
# only the city (a place: `place_clash`); "president" is no place, so the place factor no longer speaks

SCHOOF_PORT = [
    (
        "Minister-president Schoof bezoekt haven van Rotterdam",
        "Minister-president Dick Schoof heeft dinsdag een werkbezoek gebracht aan de haven van Rotterdam. Hij sprak"
        " met havenbedrijf en vakbonden over de gevolgen van de handelsheffingen voor de overslag van containers.",
    ),
    (
        "Schoof: handelsheffingen raken haven Rotterdam hard",
        "Tijdens een werkbezoek aan de Rotterdamse haven zei minister-president Dick Schoof dinsdag dat de"
        " handelsheffingen de overslag van containers hard raken. Het kabinet praat met havenbedrijf en vakbonden.",
    ),
]
OBAMA_AHOY = (
    "Oud-president Obama spreekt in Rotterdam over klimaat",
    "Oud-president Barack Obama heeft dinsdag in Ahoy in Rotterdam een toespraak gehouden over klimaat en"
    " democratie. Ruim tienduizend bezoekers kwamen op de bijeenkomst af, die een week eerder was uitverkocht.",
)


def test_two_presidents_visiting_one_city_on_one_day_stay_apart():
    store, _ = _run([("s0", 1, SCHOOF_PORT[0]), ("s1", 2, SCHOOF_PORT[1]), ("o", 3, OBAMA_AHOY)])
    assert store.article_story("s0") == store.article_story("s1") != store.article_story("o")


# --- 2. the opener: a common headline word the window writes as a name ("Storm Ciarán") ------------------
# "Storm" opening a headline about another storm, days later, is then taken for a name the story shares

CIARAN = [
    (
        "Storm Ciarán raast over Zeeland: daken van huizen gewaaid",
        "Storm Ciarán heeft maandag in Zeeland voor veel schade gezorgd. In Vlissingen en Middelburg waaiden daken"
        " van huizen, het KNMI gaf code oranje af voor windstoten tot 110 kilometer per uur.",
    ),
    (
        "Code oranje om Storm Ciarán, bomen op auto's in Middelburg",
        "Door Storm Ciarán vielen maandag in Middelburg bomen op geparkeerde auto's. Het KNMI handhaaft code oranje"
        " voor Zeeland; de brandweer rukte tientallen keren uit voor stormschade.",
    ),
    (
        "Brandweer Zeeland druk met schade door Storm Ciarán",
        "De brandweer in Zeeland rukte maandag meer dan tweehonderd keer uit voor schade door Storm Ciarán. In"
        " Vlissingen werd een kade afgesloten nadat golven over de boulevard sloegen.",
    ),
]
FRIESLAND_STORM = (
    "Storm zorgt voor schade in Friesland, bomen op fietspaden",
    "In Friesland heeft de storm donderdag voor flinke schade gezorgd. In Leeuwarden en Sneek vielen bomen op"
    " fietspaden en waaiden steigers om. Het KNMI gaf code geel af voor windstoten tot 90 kilometer per uur.",
)


def test_another_storm_days_later_opening_its_headline_with_storm_is_not_the_named_storms_story():
    texts = [(f"c{i}", 1 + i, text) for i, text in enumerate(CIARAN)] + [("f", 72, FRIESLAND_STORM)]
    store, _ = _run(texts)
    assert store.article_story("c0") == store.article_story("c2") != store.article_story("f")


# the same with a headline worded like the named storm's (the opener "storm" is a name then, but adds nothing:
# the window's many "Storm Ciarán" make it no telling name)

FRIESLAND_STORM_ALIKE = (
    "Storm raast over Friesland: daken van huizen gewaaid",
    "De storm heeft donderdag in Friesland voor veel schade gezorgd. In Leeuwarden en Sneek waaiden daken van huizen,"
    " het KNMI gaf code oranje af voor windstoten tot 100 kilometer per uur.",
)


# (apart28: another day and only places the story never names: `apart.elsewhere`)
def test_another_storm_days_later_told_alike_is_not_the_named_storms_story():
    texts = [(f"c{i}", 1 + i, text) for i, text in enumerate(CIARAN)] + [("f", 72, FRIESLAND_STORM_ALIKE)]
    store, _ = _run(texts)
    assert store.article_story("c0") == store.article_story("c2") != store.article_story("f")


# --- 3. decay_days 10: one club's two matches four days apart, texts naming no weekday -------------------

TWENTE_LEAGUE = [
    (
        "FC Twente wint met 3-1 van Heracles Almelo in de Grolsch Veste",
        "FC Twente heeft de derby tegen Heracles Almelo met 3-1 gewonnen. Sem Steijn scoorde twee keer, Ricky van"
        " Wolfswinkel maakte de derde. Twente staat door de zege vierde in de eredivisie.",
    ),
    (
        "Steijn beslist derby: Twente te sterk voor Heracles",
        "Sem Steijn was met twee doelpunten de grote man bij FC Twente in de derby tegen Heracles Almelo. Het werd"
        " 3-1 in de Grolsch Veste; Ricky van Wolfswinkel tekende voor de derde treffer.",
    ),
]
TWENTE_CUP = (
    "FC Twente verliest in de Grolsch Veste van AZ en ligt uit de beker",
    "FC Twente is in de kwartfinale van de KNVB-beker uitgeschakeld door AZ. In de Grolsch Veste werd het 0-2."
    " Sem Steijn en Ricky van Wolfswinkel misten voor rust grote kansen voor de Tukkers.",
)


# (apart28: "wint" in one headline, "verliest" in the other, of one club: `outcome`)
def test_one_clubs_two_matches_four_days_apart_stay_apart():
    store, _ = _run([("t0", 1, TWENTE_LEAGUE[0]), ("t1", 2, TWENTE_LEAGUE[1]), ("cup", 96, TWENTE_CUP)])
    assert store.article_story("t0") == store.article_story("t1") != store.article_story("cup")


# two fires in one village three days apart, each text saying only "vannacht" (the exposure stories28 noted)

SCHUUR = [
    (
        "Schuur met hooi in Nijverdal door brand verwoest",
        "Vannacht is in Nijverdal een schuur met hooi door brand verwoest. De brandweer kon niet voorkomen dat de"
        " schuur volledig afbrandde. Dieren stonden er niet in; de oorzaak wordt onderzocht.",
    ),
    (
        "Brandweer blust hooischuur in Nijverdal",
        "Een schuur met hooi in Nijverdal is vannacht volledig afgebrand. De brandweer bleef tot de ochtend nablussen."
        " De politie onderzoekt hoe de brand kon ontstaan.",
    ),
]
GARAGE = (
    "Garagebox in Nijverdal uitgebrand, politie onderzoekt brandstichting",
    "In Nijverdal is vannacht een garagebox uitgebrand. De brandweer was snel ter plaatse, maar kon niet"
    " voorkomen dat de box en een auto erin verloren gingen. De politie sluit brandstichting niet uit.",
)


def test_two_fires_in_one_village_three_days_apart_stay_apart():
    store, _ = _run([("h0", 0, SCHUUR[0]), ("h1", 2, SCHUUR[1]), ("g", 72, GARAGE)])
    assert store.article_story("h0") == store.article_story("h1") != store.article_story("g")


# the same with the wording fire reports share ("door brand verwoest", "de oorzaak wordt onderzocht")

GARAGE_ALIKE = (
    "Brand verwoest garagebox in Nijverdal",
    "Vannacht is in Nijverdal een garagebox door brand verwoest. De brandweer kon niet voorkomen dat de box volledig"
    " afbrandde. Er raakte niemand gewond; de oorzaak wordt onderzocht.",
)


# (apart28: a barn and a garage box burned: `burned`)
def test_two_fires_in_one_village_three_days_apart_told_alike_stay_apart():
    store, _ = _run([("h0", 0, SCHUUR[0]), ("h1", 2, SCHUUR[1]), ("g", 72, GARAGE_ALIKE)])
    assert store.article_story("h0") == store.article_story("h1") != store.article_story("g")


# ... while the arrest of an unnamed suspect two days later, naming only the day of the arrest, is the fire's story

ARREST = (
    "Verdachte aangehouden voor brand in hooischuur Nijverdal",
    "De politie heeft woensdag een 19-jarige man uit Nijverdal aangehouden voor de brand in een schuur met hooi,"
    " die maandagnacht volledig afbrandde. Volgens de politie stichtte hij de brand.",
)


def test_the_arrest_for_the_fire_two_days_later_joins_its_story():
    store, _ = _run([("h0", 0, SCHUUR[0]), ("h1", 2, SCHUUR[1]), ("x", 50, ARREST)])
    assert store.article_story("h0") == store.article_story("h1") == store.article_story("x")


# --- 4. the address clash: a surname ending like a street ("Hoogendijk", "Brinkhorst") -----------------
# a follow-up quoting the mayor names no street; her surname ends in "dijk": taken for another address

KANAALWEG = [
    (
        "Man gewond bij schietpartij aan de Kanaalweg in Helmond",
        "Bij een schietpartij aan de Kanaalweg in Helmond is maandagavond een man gewond geraakt. Hij is met"
        " schotwonden naar het ziekenhuis gebracht. De politie zoekt de schutter, die op een scooter vluchtte.",
    ),
    (
        "Politie zoekt schutter na schietpartij Kanaalweg Helmond",
        "De politie zoekt getuigen van de schietpartij aan de Kanaalweg in Helmond, waarbij maandagavond een man"
        " gewond raakte. De schutter vluchtte op een scooter.",
    ),
]
MAYOR = (
    "Burgemeester Helmond sluit woning na schietpartij",
    "Burgemeester Marieke Hoogendijk van Helmond sluit de woning waar maandagavond op een man werd geschoten voor"
    " drie maanden. Volgens Hoogendijk is de schietpartij in Helmond een afrekening in het criminele milieu; de"
    " schutter vluchtte op een scooter.",
)


def test_a_mayors_surname_ending_like_a_street_does_not_split_the_shooting_story():
    store, _ = _run([("k0", 1, KANAALWEG[0]), ("k1", 2, KANAALWEG[1]), ("m", 4, MAYOR)])
    assert store.article_story("k0") == store.article_story("k1") == store.article_story("m")


# ... and as the press mostly writes her: "burgemeester Hoogendijk", no first name before it

MAYOR_TITLED = (
    "Burgemeester Helmond sluit woning na schietpartij",
    "Burgemeester Hoogendijk van Helmond sluit de woning waar maandagavond op een man werd geschoten voor drie"
    " maanden. Volgens burgemeester Hoogendijk is de schietpartij een afrekening in het criminele milieu; de"
    " schutter vluchtte op een scooter.",
)


def test_a_mayor_named_by_title_and_surname_does_not_split_the_shooting_story():
    store, _ = _run([("k0", 1, KANAALWEG[0]), ("k1", 2, KANAALWEG[1]), ("m", 4, MAYOR_TITLED)])
    assert store.article_story("k0") == store.article_story("k1") == store.article_story("m")


# --- 5. duplicates: a short item of ANOTHER event opening with the agency's standard lead ----------------
# the KNMI warnings of two days open alike; `edited` (half the short body and half its lead inside) must
# not take the second day's item for an edited cut of the first

WARNING_MONDAY = (
    "Code oranje voor Zeeland en Zuid-Holland",
    "Het KNMI heeft code oranje afgegeven voor de provincies Zeeland en Zuid-Holland vanwege zware windstoten. De"
    " waarschuwing geldt maandag van 12.00 uur tot 20.00 uur. Langs de kust zijn windstoten tot 110 kilometer per uur"
    " mogelijk, landinwaarts tot 90 kilometer per uur. Het KNMI raadt aan onnodige reizen uit te stellen.",
)
WARNING_THURSDAY = (
    "Code oranje voor Zeeland en Zuid-Holland vanwege gladheid",
    "Het KNMI heeft code oranje afgegeven voor de provincies Zeeland en Zuid-Holland vanwege ijzel. De"
    " waarschuwing geldt donderdag van 06.00 uur tot 11.00 uur. Wegen en fietspaden kunnen spiegelglad worden. Het"
    " KNMI raadt aan onnodige reizen uit te stellen.",
)


def test_the_agencys_warning_of_another_day_is_no_copy_of_the_first():
    store, done = _run([("w0", 0, WARNING_MONDAY), ("w1", 70, WARNING_THURSDAY)])
    assert done["w1"].duplicate_of is None


# (apart28: a warning of wind and one of ice: `weather`)
def test_the_agencys_warnings_of_two_weathers_three_days_apart_are_two_stories():
    store, _ = _run([("w0", 0, WARNING_MONDAY), ("w1", 70, WARNING_THURSDAY)])
    assert store.article_story("w0") != store.article_story("w1")


# the agency's report of a truck overturned at one spot, filled in again two days later: half the short body and
# of its lead lie inside the first (`edited`), but it is another accident (another day, direction and hour)

A12_MONDAY = (
    "Ongeluk met vrachtwagen op A12 bij Ede, weg dicht",
    "Op de A12 bij Ede is maandagochtend een vrachtwagen gekanteld. De weg is richting Arnhem afgesloten."
    " Rijkswaterstaat verwacht dat de afsluiting tot zeker 12.00 uur duurt. Weggebruikers moeten rekening houden"
    " met een flinke vertraging en worden omgeleid.",
)
A12_WEDNESDAY = (
    "Weer ongeluk met vrachtwagen op A12 bij Ede",
    "Op de A12 bij Ede is woensdagochtend een vrachtwagen gekanteld. De weg is richting Utrecht afgesloten."
    " Rijkswaterstaat verwacht dat de afsluiting tot zeker 13.00 uur duurt. Weggebruikers moeten rekening houden"
    " met een flinke vertraging en worden omgeleid.",
)


def test_the_agencys_report_of_another_accident_at_one_spot_is_no_copy():
    _, done = _run([("e0", 0, A12_MONDAY), ("e1", 50, A12_WEDNESDAY)], outlet="ANP")
    assert done["e1"].duplicate_of is None


# (apart28: 'Weer' in its headline and another day's 'woensdagochtend': `again`)
def test_the_agencys_report_of_another_accident_at_one_spot_is_another_story():
    store, _ = _run([("e0", 0, A12_MONDAY), ("e1", 50, A12_WEDNESDAY)], outlet="ANP")
    assert store.article_story("e0") != store.article_story("e1")


# ... and filled in the same day for an accident on another road: no day tells them apart, the places do

A1_MONDAY = (
    "Vrachtwagen gekanteld op A1 bij Deventer",
    "Op de A1 bij Deventer is maandagmiddag een vrachtwagen gekanteld. De weg is richting Apeldoorn afgesloten."
    " Rijkswaterstaat verwacht dat de afsluiting tot zeker 17.00 uur duurt. Weggebruikers moeten rekening houden"
    " met een flinke vertraging en worden omgeleid.",
)


def test_the_agencys_report_of_an_accident_on_another_road_that_day_is_no_copy():
    store, done = _run([("e0", 0, A12_MONDAY), ("e1", 5, A1_MONDAY)], outlet="ANP")
    assert done["e1"].duplicate_of is None
    assert store.article_story("e0") != store.article_story("e1")


# --- 6. duplicates: an outlet's own update of its article (a new opening sentence, the rest kept) ---------

UPDATE_FIRST = (
    "Vrachtwagen gekanteld op A28 bij Zwolle, weg dicht richting Amersfoort",
    "Op de A28 bij Zwolle is maandagochtend een vrachtwagen gekanteld. De weg is richting Amersfoort afgesloten."
    "\n\nDe vrachtwagen was geladen met bouwmaterialen, die over alle rijstroken verspreid liggen. Bergers zijn"
    " onderweg om de lading op te ruimen. De chauffeur is met lichte verwondingen naar het ziekenhuis gebracht."
    "\n\nRijkswaterstaat verwacht dat de weg tot zeker 14.00 uur dicht blijft. Verkeer richting Amersfoort wordt"
    " omgeleid via de A50 en de A1. Het is erg druk rond Zwolle; weggebruikers moeten rekening houden met een"
    " flinke vertraging.",
)
UPDATE_LATER = (
    "A28 bij Zwolle weer open na gekantelde vrachtwagen",
    "De A28 bij Zwolle is richting Amersfoort weer open. De weg was sinds maandagochtend dicht nadat een"
    " vrachtwagen was gekanteld."
    "\n\nDe vrachtwagen was geladen met bouwmaterialen, die over alle rijstroken verspreid lagen. Bergers hebben"
    " de lading opgeruimd. De chauffeur is met lichte verwondingen naar het ziekenhuis gebracht."
    "\n\nVerkeer richting Amersfoort werd omgeleid via de A50 en de A1. Het was erg druk rond Zwolle;"
    " weggebruikers moesten rekening houden met een flinke vertraging.",
)


def test_an_outlets_update_joins_its_article():
    store, _ = _run([("u0", 0, UPDATE_FIRST), ("u1", 4, UPDATE_LATER)])
    assert store.article_story("u0") == store.article_story("u1")


# longer texts (above `excerpt_max`), of a size, half kept under a new opening: another outlet's such text is a
# rewrite (a copy); the outlet's own is its update, which dups28 left out of `rewrite` (an outlet's follow-up
# reuses its background paragraphs): it must still join its story

LONG_FIRST = (
    UPDATE_FIRST[0],
    UPDATE_FIRST[1]
    + "\n\nHoe het ongeluk kon gebeuren is nog niet bekend. Volgens een getuige raakte de vrachtwagen bij het"
    " invoegen een personenauto, waarna de chauffeur de macht over het stuur verloor. De bestuurder van de"
    " personenauto bleef ongedeerd.\n\nOok het onderliggende wegennet slibt dicht. Op de N35 en de Ceintuurbaan in"
    " Zwolle staan lange rijen, meldt de ANWB.",
)
LONG_LATER = (
    UPDATE_LATER[0],
    UPDATE_LATER[1]
    + "\n\nHoe het ongeluk kon gebeuren is nog niet bekend. Volgens een getuige raakte de vrachtwagen bij het"
    " invoegen een personenauto, waarna de chauffeur de macht over het stuur verloor. De bestuurder van de"
    " personenauto bleef ongedeerd.\n\nDe politie doet onderzoek naar de toedracht en heeft de tachograaf van de"
    " vrachtwagen in beslag genomen.",
)


def test_an_outlets_longer_update_joins_its_article_and_another_outlets_is_a_copy():
    store, done = _run([("u0", 0, LONG_FIRST), ("u1", 4, LONG_LATER)])
    assert store.article_story("u0") == store.article_story("u1")
    store = unrelated_window(ClusterSettings())
    assign(feat("u0", "Krant", at(0, 0), *LONG_FIRST), store)
    assert assign(feat("u1", "Andere", at(0, 4), *LONG_LATER), store).duplicate_of == "u0"


# --- 7. determinism: the same articles in the same order give the same stories and copies ---------------


def test_the_same_order_gives_the_same_stories_twice():
    texts = (
        [(f"c{i}", 1 + i, text) for i, text in enumerate(CIARAN)]
        + [("s0", 4, SCHOOF_PORT[0]), ("o", 5, OBAMA_AHOY), ("s1", 6, SCHOOF_PORT[1])]
        + [("w0", 7, WARNING_MONDAY), ("k0", 8, KANAALWEG[0]), ("m", 9, MAYOR), ("k1", 10, KANAALWEG[1])]
    )
    runs = [_run(texts) for _ in range(2)]
    first, second = ({a: (s.article_story(a), d[a].duplicate_of) for a, _, _ in texts} for s, d in runs)
    assert first == second


# --- 3b. a score that ends its sentence is a score (the cup report above: "In de Grolsch Veste werd het 0-2.")


def test_a_score_ending_its_sentence_is_an_event_mark():
    marks = event_marks("FC Twente ligt uit de beker", "In de Grolsch Veste werd het 0-2. AZ was sterker.")
    assert "score:0-2" in marks
    assert "score:1-1" in event_marks("Gelijkspel in Almelo", "Het werd 1-1, Heracles scoorde laat.")
    assert not {m for m in event_marks("Uitslag", "De rente steeg van 2-2.5 procent") if m.startswith("score")}
