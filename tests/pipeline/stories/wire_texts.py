"""A long wire text written for these tests (no outlet's copy), a feed's one-paragraph excerpt of
it, and an unrelated text that ends on the same boilerplate paragraph."""

from __future__ import annotations

BRUG_LEAD = (
    "Rijkswaterstaat heeft woensdagochtend de IJsselbrug bij Zwolle voor al het verkeer afgesloten nadat "
    "inspecteurs een scheur van ruim twee meter in een van de stalen hoofdliggers ontdekten. De brug blijft "
    "zeker tot vrijdag dicht, meldt de dienst."
)

BRUG_FULL = "\n\n".join(
    [
        BRUG_LEAD,
        "Dagelijks rijden ongeveer 48.000 auto's en vrachtwagens over de brug in de A28. Het verkeer tussen "
        "Amersfoort en Meppel wordt omgeleid via de A50 en de N50 bij Kampen. Rijkswaterstaat waarschuwt voor "
        "lange files in de ochtend- en avondspits en raadt weggebruikers aan de reis uit te stellen of met de "
        "trein te gaan.",
        "De scheur werd dinsdagavond gevonden tijdens een routinematige controle met ultrasone apparatuur. "
        "Volgens projectleider Marieke Sloothaak is nog niet duidelijk hoe de schade is ontstaan. 'We sluiten "
        "vermoeiing van het staal niet uit. De brug is in 1970 geopend en draagt veel meer zwaar verkeer dan "
        "waarvoor hij ooit is ontworpen', zei ze.",
        "Constructeurs onderzoeken woensdag of de brug met tijdelijke stempels kan worden ondersteund. Als dat "
        "lukt, kan het verkeer mogelijk in het weekend weer over een rijstrook per richting. Een volledige "
        "reparatie duurt volgens Rijkswaterstaat maanden.",
        "Gemeente Zwolle en de provincie Overijssel hebben een crisisoverleg belegd over de gevolgen voor "
        "het regionale verkeer. Burgemeester Peter Snijders vraagt inwoners zoveel mogelijk de fiets te "
        "nemen. Vervoerder Keolis zet extra bussen in tussen het station van Zwolle en Hattem.",
        "De IJsselbrug stond al op de lijst van bruggen die de komende jaren worden vernieuwd. Minister "
        "Barry Madlener van Infrastructuur zegt in een reactie dat hij de Tweede Kamer deze week informeert "
        "over de staat van de andere stalen bruggen uit dezelfde periode. Vorig jaar werden bij een "
        "vergelijkbare inspectie van de Merwedebrug ook scheuren gevonden.",
        "Transportorganisatie TLN spreekt van een klap voor de logistieke sector in het noorden van het "
        "land. 'Elke dag dat de brug dicht is, kost ons honderdduizenden euro's aan omrijden en wachten', "
        "aldus een woordvoerder. De organisatie wil dat Rijkswaterstaat zo snel mogelijk duidelijkheid geeft "
        "over de duur van de afsluiting.",
    ]
)

BOILERPLATE = (
    "Wil je op de hoogte blijven van het nieuws uit de regio? Download dan onze app en zet de meldingen "
    "aan, of schrijf je in voor de nieuwsbrief die elke ochtend om zeven uur in je mailbox valt."
)

SPORTHAL = "\n\n".join(
    [
        "De gemeenteraad van Deventer heeft dinsdagavond ingestemd met de bouw van een nieuwe sporthal in de "
        "wijk Colmschate. De hal moet in 2028 klaar zijn en kost ongeveer veertien miljoen euro.",
        "Verenigingen klagen al jaren over een tekort aan zaalruimte. De volleybalclub en de zaalvoetballers "
        "trainen nu deels in Bathmen. Wethouder Carla Wijngaarden spreekt van een belangrijke stap voor de "
        "sport in de stad.",
        BOILERPLATE,
    ]
)
