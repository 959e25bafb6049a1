"""Synthetic wire texts written for the opening tests (no outlet's copy): an agency's storm report, a
regional site's short version under a sentence of its own, and a long report a site cut under a local intro."""

STORM_FULL = """Door een zware storm zijn dinsdagochtend in Leeuwarden, Sneek en Drachten tientallen bomen omgewaaid. Op de A7 bij Joure kwam een vrachtwagen op zijn kant terecht. Voor zover bekend raakte niemand ernstig gewond.

De brandweer rukte sinds zes uur 's ochtends meer dan tachtig keer uit voor stormschade. In Sneek viel een boom op een geparkeerde auto en in Drachten waaide het dak van een schuur.

Het KNMI had maandagavond code oranje afgegeven voor Friesland en Groningen. In de loop van de middag neemt de wind volgens de weerdienst geleidelijk af.

Rijkswaterstaat verwacht dat de A7 rond het middaguur weer helemaal vrij is. Weggebruikers moeten tot die tijd rekening houden met flinke vertraging."""

# the regional site's version: a sentence of its own first, the agency's first sentence edited ("vanochtend al")
STORM_SHORT = (
    "In heel het noorden van het land waait het vandaag zeer hard. Door de storm zijn vanochtend al in "
    "Leeuwarden, Sneek en Drachten tientallen bomen omgewaaid. Op de A7 bij Joure kwam een vrachtwagen op zijn "
    "kant terecht. Voor zover bekend raakte niemand ernstig gewond."
)

# an item of another site that day under a paragraph both sites print (not a copy of anything)
PLATE = (
    "Heb je een tip of zie je iets bijzonders in de regio? Mail of app onze redactie, we zijn dag en nacht "
    "bereikbaar en lezen alle berichten die binnenkomen."
)
FERRY_ITEM = (
    "De veerpont tussen Holwerd en Ameland vaart dinsdag de hele dag niet vanwege de harde wind. Reizigers "
    "kunnen hun kaartje omboeken."
)
BRIDGE_ITEM = (
    "De brug over het Prinses Margrietkanaal bij Uitwellingerga blijft dinsdag dicht voor verkeer door de "
    "harde wind. Fietsers moeten omrijden."
)

HARBOUR_PARAGRAPHS = [
    "De haven van Harlingen krijgt een nieuwe terminal voor de veerboten naar Vlieland en Terschelling. Dat "
    "hebben de gemeente, de provincie en rederij Doeksen dinsdag bekendgemaakt na jaren van overleg.",
    "De huidige terminal is ruim vijftig jaar oud en te klein voor het groeiende aantal passagiers. In de "
    "zomer staan reizigers soms een uur in de rij voor de kassa en de loopbrug naar de boot.",
    "De bouw begint volgend voorjaar en moet twee jaar duren. De kosten worden geschat op achttien miljoen "
    "euro, waarvan de provincie Friesland het grootste deel betaalt uit het fonds voor de Waddenkust.",
    "Tijdens de bouw varen de boten vanaf een tijdelijke steiger aan de westkant van de haven. Parkeren "
    "blijft mogelijk op het terrein bij het station, waar pendelbussen rijden naar de steiger.",
    "Bewoners van de binnenstad maakten zich zorgen over extra verkeer door de straten rond de oude haven. "
    "De gemeente belooft dat het vrachtverkeer voor de bouw via de nieuwe rondweg wordt geleid.",
    "Rederij Doeksen zegt dat de dienstregeling tijdens de bouw gelijk blijft. Wel kan het in het hoogseizoen "
    "drukker zijn bij het inchecken, omdat de tijdelijke terminal kleiner is dan de huidige.",
    "Het ontwerp van de nieuwe terminal is gemaakt door een bureau uit Leeuwarden. Het gebouw krijgt een dak "
    "van zonnepanelen en een wachtruimte met uitzicht over de Waddenzee.",
    "De gemeenteraad van Harlingen stemde vorige maand al in met het plan. Provinciale Staten nemen in juni "
    "een besluit over het geld, maar een meerderheid heeft zich al voor het plan uitgesproken.",
]
# a site's cut of the first three paragraphs under a local intro, with two paragraphs of its own after them
HARBOUR_LOCAL = [
    "Ook op Vlieland wordt met belangstelling naar de plannen gekeken. "
    + HARBOUR_PARAGRAPHS[0].replace("dinsdag bekendgemaakt", "bekendgemaakt"),
    *HARBOUR_PARAGRAPHS[1:3],
    "Op Vlieland hopen ondernemers dat de nieuwe terminal meer dagjesmensen naar het eiland brengt. De "
    "vereniging van ondernemers noemt het plan 'een goede stap' en wil meedenken over de dienstregeling.",
    "Eilanders die vragen hebben over de bouw kunnen volgende week terecht op een inloopavond in het "
    "dorpshuis, waar ook medewerkers van de rederij en de gemeente aanwezig zijn.",
]

# a site's version under an intro naming its own town: the agency's first two paragraphs follow, as one
STORM_LOCAL = "Ook in Harlingen lagen dinsdagochtend bomen op straat. " + " ".join(STORM_FULL.split("\n\n")[:2])

# two police items of two robberies that day, told in the same stock sentences
ROBBERY_HOME = (
    "Een vrouw is zondagmiddag in haar woning in Almelo beroofd door twee mannen. Zij is lichtgewond naar het "
    "ziekenhuis gebracht. De politie zoekt getuigen."
)
ROBBERY_STREET = (
    "Een vrouw is zondagavond op straat beroofd. Zij is lichtgewond naar het ziekenhuis gebracht. De politie zoekt "
    "getuigen."
)

# a site's cut of the agency's first paragraph, kept whole, under a sentence of its own naming its town
STORM_INTRO_CUT = (
    "Ook in Harlingen lagen dinsdagochtend bomen op straat, meldt de brandweer. " + STORM_FULL.split("\n\n")[0]
)
