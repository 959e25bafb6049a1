"""Synthetic Dutch texts written for these tests (no outlet's copy): one reporter's article, the
same article as a regional edition of the group printed it (byline and dateline moved, sentences
re-worded, numbers written out, an intro added), a feed's cut of it that goes its own way after
the opening, and another reporter's article on the same event (the same names, numbers and quote)."""

from __future__ import annotations

BRUG_ORIGINAL = """door Sanne Kuipers

DEVENTER - De Wilhelminabrug in Deventer gaat vanaf maandag 5 maanden dicht voor groot onderhoud. Fietsers en automobilisten moeten omrijden via de Mr. H.F. de Boerbrug of de pont bij de Worp. Dat heeft de gemeente Deventer dinsdag bekendgemaakt.

Het onderhoud kost 12 miljoen euro. Het wegdek wordt vervangen, de stalen boog krijgt een nieuwe verflaag en de leuningen worden verhoogd. Volgens wethouder Marieke Stokkink van verkeer was uitstel geen optie meer. "De brug is 80 jaar oud en de scheuren in het beton worden elk jaar groter. We kunnen het niet langer verantwoorden om er bussen overheen te laten rijden."

Dagelijks rijden er ongeveer 18.000 fietsers over de brug. Voor hen zet de gemeente een extra pont in die tussen zes uur 's ochtends en middernacht vaart. Ondernemers in de binnenstad zijn bezorgd. Zij vrezen dat klanten uit Twello en Wilp wegblijven zolang de brug dicht is. De gemeente belooft de omleidingen goed aan te geven en wil met de ondernemers in gesprek over een tegemoetkoming.

Het werk moet in oktober klaar zijn, op tijd voor de drukke decembermaand. Als het tegenzit, kan het onderhoud twee maanden uitlopen, waarschuwt de aannemer."""

# the same reporter's text as another paper of the group printed it
BRUG_EDITION = """Wie de komende tijd vanuit Twello naar de binnenstad wil, moet een stuk omrijden.

DEVENTER - De Wilhelminabrug in Deventer is vanaf maandag vijf maanden gesloten voor groot onderhoud. Fietsers en automobilisten moeten omrijden via de Mr. H.F. de Boerbrug of de pont bij de Worp, zo maakte de gemeente dinsdag bekend.

De onderhoudsbeurt kost 12 miljoen euro. Het wegdek wordt vervangen, de stalen boog krijgt een nieuwe verflaag en de leuningen worden verhoogd. Wethouder Marieke Stokkink (verkeer) zegt dat uitstel geen optie meer was. "De brug is tachtig jaar oud en de scheuren in het beton worden elk jaar groter. We kunnen het niet langer verantwoorden om er bussen overheen te laten rijden."

Elke dag gaan er zo'n 18.000 fietsers over de brug. Zij kunnen tussen 6 uur 's ochtends en middernacht met een extra pont van de gemeente mee. Ondernemers in de binnenstad maken zich zorgen. Zij vrezen dat klanten uit Twello en Wilp wegblijven zolang de brug dicht is.

Als alles meezit is de brug in oktober weer open, ruim voor de drukke decembermaand. Bij tegenvallers kan het twee maanden langer duren.

Door Sanne Kuipers"""

# a feed's cut: the same opening, then a shorter text of its own
BRUG_CUT = """De Wilhelminabrug in Deventer gaat vanaf maandag 5 maanden dicht voor groot onderhoud. Fietsers en automobilisten moeten omrijden via de Mr. H.F. de Boerbrug of de pont bij de Worp. Dat heeft de gemeente Deventer dinsdag bekendgemaakt.

De renovatie kost 12 miljoen euro. Wethouder Marieke Stokkink zegt dat de brug van 80 jaar oud te veel scheuren vertoont om bussen er nog langer overheen te laten rijden. Voor de ongeveer 18.000 fietsers die dagelijks over de brug gaan komt er een extra pont. Het werk moet in oktober klaar zijn. Ondernemers in de binnenstad vrezen dat klanten wegblijven."""

# another reporter on the same event: the same facts, names, numbers and quote, in words of their own
BRUG_OTHER = """Deventer zit vanaf maandag vijf maanden zonder Wilhelminabrug. De gemeente sluit de brug over de IJssel voor een onderhoudsbeurt van 12 miljoen euro, zo werd dinsdag duidelijk. Voor veel inwoners van Twello en Wilp betekent dat een flinke omweg.

Verkeerswethouder Marieke Stokkink verdedigt de sluiting in de gemeenteraad. Uit inspecties blijkt dat het beton van de tachtig jaar oude brug steeds verder scheurt. "We kunnen het niet langer verantwoorden om er bussen overheen te laten rijden", aldus Stokkink. Oppositiepartijen vinden dat de gemeente de renovatie jaren heeft laten liggen en nu de rekening bij de inwoners legt.

Op de brug zelf reageren fietsers wisselend. Een scholier uit Wilp rekent uit dat ze elke ochtend een kwartier eerder moet vertrekken. Een gepensioneerde inwoner vindt het juist goed dat er eindelijk iets gebeurt. De circa 18.000 fietsers die de brug dagelijks nemen, kunnen gebruikmaken van een extra veerpont bij de Worp.

Winkeliers in de Lange Bisschopstraat kijken met zorg naar de komende maanden. De ondernemersvereniging wil een compensatieregeling, omdat de zomer toch al een rustige periode is. De gemeente zegt in oktober weer open te willen, voor de decemberdrukte begint."""

# a longer background piece that reprints two paragraphs of the news under a text of its own
BRUG_BACKGROUND = """Bruggen zijn in Deventer altijd meer geweest dan een manier om de IJssel over te steken. Toen de Wilhelminabrug in 1943 werd opgeblazen, lag de stad maandenlang afgesneden van het oosten. Oudere inwoners herinneren zich nog de roeiboten die de rivier overstaken en de lange rijen bij de noodbrug die de geallieerden later bouwden.

Die geschiedenis maakt de discussie over de sluiting gevoelig. In de gemeenteraad werd jarenlang gesproken over een derde oeververbinding, maar het plan sneuvelde telkens op de kosten. Een stadshistoricus wijst erop dat de stad al sinds de middeleeuwen met haar veren en schipbruggen worstelt: de rivier bracht handel, maar ook afhankelijkheid.

Het onderhoud kost 12 miljoen euro. Het wegdek wordt vervangen, de stalen boog krijgt een nieuwe verflaag en de leuningen worden verhoogd. Volgens wethouder Marieke Stokkink van verkeer was uitstel geen optie meer. "De brug is 80 jaar oud en de scheuren in het beton worden elk jaar groter. We kunnen het niet langer verantwoorden om er bussen overheen te laten rijden."

Dagelijks rijden er ongeveer 18.000 fietsers over de brug. Voor hen zet de gemeente een extra pont in die tussen zes uur 's ochtends en middernacht vaart.

Wat blijft is de vraag of de stad genoeg heeft aan twee bruggen. Verkeerskundigen rekenen voor dat het aantal fietsers over de rivier de komende tien jaar met een derde groeit. Een nieuwe brug bij het Havenkwartier staat al jaren op tekening, maar de provincie wil pas meebetalen als ook het Rijk over de brug komt. Tot die tijd blijft elke sluiting een kleine terugkeer naar de tijd van de veerponten, toen de stad wachtte op het water."""
