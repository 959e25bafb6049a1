"""Synthetic Dutch texts written for these tests (no outlet's copy): a wire story on a museum
theft, feeds' excerpts of its opening edited as they were cut, and one paper's two articles on a
school closure that end with the same two paragraphs of background under openings of their own."""

from __future__ import annotations

MUSEUM_WIRE = """Uit het Drents Museum in Assen zijn in de nacht van zaterdag op zondag twee gouden helmen uit de Romeinse tijd gestolen. De daders braken rond drie uur via een nooduitgang aan de achterkant het gebouw binnen.

De politie zoekt getuigen die in de nacht een donkere bestelbus bij het museum hebben gezien. Volgens een woordvoerder gingen de inbrekers zeer professioneel te werk en waren ze binnen tien minuten weer buiten. Het alarm ging wel af, maar toen de agenten kwamen, waren de daders al verdwenen.

De helmen waren in bruikleen van een museum in Boekarest en werden pas sinds vorige maand in Assen getoond. Directeur Harry Tupan spreekt van een zwarte dag voor het museum. Over de waarde van de stukken wil hij niets zeggen, maar volgens kenners gaat het om vele miljoenen euro's.

De tentoonstelling blijft voorlopig gesloten. Het museum onderzoekt samen met de politie hoe de beveiliging beter kan."""

# a feed's excerpt of the opening, edited as it was cut: "uit de Romeinse tijd" became "Romeinse",
# "aan de achterkant" dropped
MUSEUM_EDITED = """Uit het Drents Museum in Assen zijn in de nacht van zaterdag op zondag twee gouden Romeinse helmen gestolen. De daders braken rond drie uur via een nooduitgang het gebouw binnen."""

# another feed's excerpt of the same opening, cut after the first sentence
MUSEUM_FIRST = """Uit het Drents Museum in Assen zijn in de nacht van zaterdag op zondag twee gouden helmen uit de Romeinse tijd gestolen."""

# the same opening as a sibling feed rewrote it, with a sentence of its own: close in size to the cut above
MUSEUM_SIBLING = """Uit het Drents Museum in Assen zijn in de nacht van zaterdag op zondag twee gouden helmen gestolen. Het gaat om stukken uit Roemenië die sinds kort in Assen te zien waren."""

SCHOOL_BACKGROUND = """De gemeente telt nu nog elf basisscholen. Vijf daarvan hebben minder dan honderd leerlingen, de grens waaronder een school volgens het ministerie niet meer zelfstandig kan blijven bestaan. Het aantal kinderen in de gemeente daalt al tien jaar, omdat jonge gezinnen naar de stad trekken en er weinig nieuwe woningen worden gebouwd.

Het schoolbestuur wil de leegstaande gebouwen verkopen. De opbrengst gaat naar de verbouwing van de scholen die overblijven. Over een jaar moet duidelijk zijn welke scholen in de dorpen samengaan en welke gebouwen dichtgaan."""

# the paper's news of the day: the closure is decided
SCHOOL_DECIDED = (
    """De basisschool in Oudemirdum gaat na de zomervakantie dicht. Het schoolbestuur heeft dat woensdagavond op een drukke ouderavond in het dorpshuis bekendgemaakt. De achtendertig leerlingen gaan vanaf september naar de school in Balk, zes kilometer verderop. Een busje van de gemeente brengt de kinderen elke ochtend en haalt ze weer op.

Veel ouders reageerden boos. Zij vinden dat het dorp met de school zijn laatste voorziening kwijtraakt, na de supermarkt en het postkantoor. Bestuurder Jelle de Vries zegt het besluit te begrijpen, maar ziet geen andere mogelijkheid.

"""
    + SCHOOL_BACKGROUND
)

# the paper's follow-up a day later: the parents go to court
SCHOOL_PARENTS = (
    """Ouders in Oudemirdum stappen naar de rechter om de sluiting van hun dorpsschool tegen te houden. Ze hebben een advocaat uit Leeuwarden in de arm genomen en starten binnen twee weken een kort geding. Volgens hen heeft het bestuur de medezeggenschapsraad niet op tijd om advies gevraagd.

Een woordvoerder van het bestuur laat weten de zaak met vertrouwen af te wachten. De ouders hopen dat de rechter de sluiting minstens een jaar uitstelt, zodat er tijd is om naar een oplossing te zoeken.

"""
    + SCHOOL_BACKGROUND
)
