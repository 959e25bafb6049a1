"""Sentences to the reader in the page's or the programme's voice (data, no logic), split from title_rules:
where to listen or watch, a request to subscribe or rate, the page's own status, a blog's fold, a rubric's standing
intro, a liveblog's welcome, a print notice. pipeline.text.sentence_reasons adds READER_SENTENCES to its reader table;
such a sentence is not site text when quoted or reported (pipeline.text.sentence_reasons.reader_reason).
Case-insensitive unless marked.
"""

from __future__ import annotations

# A blog's fold, the link to the rest of the post: "Na de breek, Rock 'n Roll.", "Na de klik:" (also a line of its own in
# title_rules.SITE_LINES)
BLOG_FOLD = r"^na de (breek|klik)(\s*[,:]\s*[^.!?]{0,40})?\s*[.!:]?$"

# A series' or a programme's standing lines, by grammatical shape (series46, issue 21; any outlet's round-up, podcast or
# bulletin says them so). The series' voice: a habitual time, "we" (or the reader's "je"/"u" with a verb of reading,
# seeing, hearing) and the product named after "in/met/via" — "In de podcast van Omroep Flevoland bespreken we elke
# week …", "Elke ochtend lees je in onze nieuwsbrief …" (not "Wij bespreken dat elke week met de raad": no product;
# not "In de serie bespreken ze elke week …": a report on someone else's series; quoted or reported: sentence_reasons)
_HABITUAL = (
    r"\b((elke|iedere) (werk)?(dag|week|maand|ochtend|middag|avond|weekend|aflevering|maandag|dinsdag|woensdag"
    r"|donderdag|vrijdag|zaterdag|zondag)|(twee)?(dagelijks|wekelijks|maandelijks))\b"
)
_PRODUCT = r"[\w-]*(podcast|rubriek|serie|reeks|programma|aflevering|uitzending|nieuwsbrief|vlog|show)s?"
SERIES_VOICE = (
    rf"^(?![‘'])(?=[^.!?]*{_HABITUAL})"
    rf"((?=[^.!?]*(\b(in|met|via) (de|deze|onze|dit|ons|het|elke|iedere) ([\w-]+ )?{_PRODUCT}|{_PRODUCT} (waarin|waarmee))\b)"
    r"(?=[^.!?]*\b(we|wij)\b|[^.!?]*\b(lees|vind|zie|hoor|krijg|ontvang|leest|vindt|ziet|hoort|krijgt|ontvangt)"
    r" (je|jij|u)\b)"
    # or "we" speaking to the reader with no product named: "Elke zondag vertellen we je meer over ons werk.",
    # "Wekelijks vatten we voor u samen hoe …" (relabelled TUNE pages, series46)
    r"|(?=[^.!?]*\b(we|wij) (voor )?(je|jou|u|jullie)\b))"
)
# (a round-up's question to the reader who missed the news, "Ben je er niet aan toegekomen om al het nieuws … te
# volgen?", and a bulletin's "Vandaag in PROGRAMMA onder andere:" were written and dropped: each fired on one TUNE
# outlet and on no story text, below the 3-outlet bar; series46's report has them)
# the closing formula, "this and other news" and the programme it is in: "Dit en ander nieuws uit de regio in Omroep
# West Nieuws.", "Dat en meer lees je in de West Wekker.", "Dat - en meer - in Noord Vandaag." — nothing between but
# the news' noun, where it is from and "lees/zie/hoor je" ("Dit en meer gebeurde in Amsterdam" stays) (a plug with a later broadcast time, "Meer daarover zie je vanavond in …", was written and dropped:
# it fired on no labelled page and no story text, series46)
# (site47, written and dropped: TUNE only) a series named without "rubriek" and made by the outlet's newsroom by name,
# "In <Naam> bespreken de techredacteuren van <outlet> …"
_PROGRAMME = r"(in|bij|op)\s+(het programma |de uitzending |de |het )?(?-i:[A-Z])[\w.-]*( (?-i:[A-Z0-9])[\w.-]*){0,3}"
OTHER_NEWS = (
    r"^(dit|deze|dat)\s*[-–—,]?\s*en (ander|meer|nog meer|veel meer|al het andere|het andere)( (\w+ )?(nieuws|verhalen"
    r"|berichten))?\s*[-–—,]?( (uit|over|van) [^.!?]{1,40}?)?( (lees|zie|hoor|leest|ziet|hoort) (je|u|jij))?"
    rf"\s+{_PROGRAMME}\s*[.!]?$"
)

# -- sentences to the reader -------------------------------------------------------------------------

# A programme's or a podcast's own pointers, in the second person or the imperative: where to listen or watch
# ("Deze aflevering kun je hier beluisteren.", "Je kunt de uitzending hier terugkijken.") and the request to
# subscribe or rate that closes it ("Vergeet je dan niet te abonneren!"). Not when quoted or reported
# (pipeline.text.sentence_reasons.reader_reason), nor when it introduces what is shown in place ("Je kunt hier zien
# hoe de storm huishoudt:", a caption of the article's own video).
# "Je kunt het interview hier terugluisteren.": the pointer at the page's link; between two sentences of a paragraph
# it stays (pipeline.text.pointer_sentences._embedded_here, blind40: "… ingediend. Je kan onze stakingsaanzegging hier
# lezen. Als je vragen hebt …")
HERE_YOU_CAN = (
    r"\b((kun|kunt|kan) (je|jij|u)|(je|jij|u) (kunt|kan))\b.{0,60}\bhier\b.{0,30}"
    r"\b(beluisteren|luisteren|terugluisteren|bekijken|kijken|terugkijken|zien|lezen|nalezen|downloaden)\b"
    r"(?!\s+(hoe|wat|waarom|wie|waar|hoeveel)\b)(?![^.!?]*:\s*$)"
)
READER_SENTENCES: tuple[tuple[str, str], ...] = (
    ("rubric", SERIES_VOICE),
    ("rubric", OTHER_NEWS),
    # a pointer to the outlet's live results page: "Volg alle wedstrijden live via het Eredivisie-match center."
    (
        "promo",
        r"^(volg|bekijk|check)\b.{0,40}\b(via|in|op) (het|de|ons|onze) [\w-]*"
        r"(match ?cent(er|re)|uitslagenservice|live-?ticker)\b[^,;]*$",
    ),
    # the page's own status: "Dit artikel wordt bijgewerkt.", "Deze rubriek wordt gedurende de dag continu ververst."
    # (not "Deze pagina/Dit overzicht wordt bijgewerkt": a page or list the news names, review26b)
    (
        "status",
        r"^(dit|deze) (artikel|bericht|liveblog|blog|rubriek) (wordt|is) ((voortdurend|continu"
        r"|regelmatig|steeds|later|nog|de hele dag|gedurende de dag|vandaag) )*(bijgewerkt|ververst|aangevuld|geüpdatet"
        r"|geupdatet|geactualiseerd|vernieuwd)\b[^.!?]{0,40}[.!]?$",
    ),
    # a blog's fold inside a paragraph, as a sentence of its own: "Na de breek, Rock 'n Roll."
    ("navigation", BLOG_FOLD),
    # a rubric's standing intro naming itself and its outlet: "In de rubriek Olympisch Nieuws besteedt Telesport
    # aandacht aan …", "In deze rubriek houden we je …" (not news about a rubric: "In de rubriek Kassa houden
    # presentatoren …", review26b)
    (
        "rubric",
        r"^in (de|deze|onze) rubriek (?-i:[A-ZÀ-Ý])[\w' -]{1,40}? (besteedt|besteden|brengt|brengen|bundelt|bundelen)"
        r" (?-i:[A-ZÀ-Ý])[\w.-]+ .{0,40}\b(aandacht|nieuws|updates|ontwikkelingen)\b"
        # or the newsroom or "we" doing it (series46): "In de rubriek Showbytes struint de showredactie het web voor je
        # af …"
        r"|^in (de|deze|onze) rubriek (?-i:[A-ZÀ-Ý])[\w' -]{1,40}? \w+ (de [\w-]*redactie|we|wij)\b"
        r"|^in (deze|onze) rubriek (houden|zetten|brengen|bundelen|lees je|leest u|vind je|vindt u)\b.{0,60}\b(we|wij|je|u)\b"
        # the page's own place for the reader, what it collects (site45): "Op deze pagina voor je op een rij: de
        # berichten van vandaag" (not a place in the news: "Op deze plek vindt u straks een winkelcentrum") — for the
        # reader or announced by a colon: "Op deze plek verzameld het archief nieuws over …" is a verb's d/t error
        # in the news (review45)
        r"|^op (deze|dit) (plaats|pagina|plek|overzicht) (voor (u|je|jou|jullie) (verzameld|op een rij|gebundeld"
        r"|bijeengebracht)\b|(verzameld|op een rij|gebundeld|bijeengebracht)\s*:)[^.!?]{0,60}\b[\w-]*(nieuws|berichten"
        r"|updates)\b",
    ),
    # a round-up's standing intro telling the reader what the page below holds (site52): "In het overzicht hieronder
    # vind je elke dag de korte berichten uit de regio", "De redactie heeft vijf artikelen van deze maand geselecteerd
    # die u hier kunt nalezen" (not news about an overview: "In het overzicht van de gemeente staat dat …" names no
    # reader; "Zij heeft de artikelen geselecteerd die …" reads no "here" or "now" to the reader). review52: the overview's
    # standing words ("elke dag", "de hele dag door") right after "je"/"u" ("… zie je welke gemeenten de meeste berichten
    # …" is the article's table); the stories picked by the newsroom, "we" or the outlet's name, to read here, nothing
    # after ("De bibliotheek heeft verhalen verzameld die je nu kunt lezen in een boek" is news)
    (
        "rubric",
        r"^in (het (onderstaande )?|dit |ons |onderstaand )overzicht( hieronder)? (lees|vind|zie) (je|u)"
        r"( (de hele dag( door)?|elke dag|iedere dag|dagelijks|elke week|wekelijks|steeds|voortdurend|continu))+\b"
        r"[^.!?]{0,80}\b[\w-]*(nieuws|nieuwtjes|berichten|updates|verhalen|artikelen)\b"
        r"|^((de|het) )?(redactie( van [\w.-]{1,30})?|we|wij|(?-i:[A-ZÀ-Ý])[\w.-]*) (heeft|hebben)( \w+)? (verhalen"
        r"|artikelen|berichten|stukken)( [^.!?]{1,50})? (uitgekozen|geselecteerd|gebundeld|verzameld) die (je|u) (hier"
        r" |nu |nog eens |hieronder )+(kunt|kan|kun) (lezen|nalezen|teruglezen)\s*[.!]?$",
    ),
    # the newsroom sharing pictures in the page's player, as a sentence of its own (site52): "De redactie van <naam> deelt
    # beelden van de brand.", "We tonen hieronder de beelden van de storm." — the player is gone from the text (not
    # another party's pictures: "De politie deelt beelden van de verdachte" is news; nor the newsroom not showing them:
    # "We tonen de beelden niet uit respect voor …" is the article's, review52)
    (
        "embed",
        r"^(de redactie( van [\w.-]{1,30})?|wij|we) (deelt|delen|toont|tonen) (?![^.!?:]*\b(niet|geen|nooit)\b)"
        r"(hier |hieronder )?(de |een )?"
        r"(beelden|video|videobeelden|foto's)\b[^.!?:]{0,80}[.:]?$",
    ),
    # a liveblog's welcome to the reader, and its promise to keep the reader posted "here": the blog's frame, not its
    # news ("Welkom bij het liveblog.", "We houden je hier op de hoogte van het 112-nieuws uit Noord-Holland."): the
    # whole sentence, no clause after it (news may follow: "…, waar vannacht honderd koeien omkwamen"; review26)
    (
        "liveblog",
        r"^welkom (bij|in|op) (het|ons|onze|dit|deze|de) ([\w-]+ )?(live-?blog|liveverslag|live-?ticker)"
        r"( (over|van|met|uit|rond) [^,;:]{1,60})?\s*[.!]?$",
    ),
    (
        "liveblog",
        r"^(we|wij) houden (je|jullie|u) (hier|in dit (live-?)?blog|via dit (live-?)?blog) op de hoogte"
        r"( (van|over) [^,;:]{1,80})?\s*[.!]?$",
    ),
    ("link", HERE_YOU_CAN),
    # the outlet's own topic page, in the imperative, and the question that leads to it: "Meer over dit onderwerp?
    # Bekijk ons dossier Stikstof."
    (
        "promo",
        r"^(bekijk|lees|volg|zie|check|ontdek|bezoek)\s+(ons|onze)\s+(dossier|themapagina|special|overzicht|liveblog|pagina)\b",
    ),
    ("promo", r"^meer (weten )?over (dit|het|deze) (onderwerp|thema|dossier|zaak)\s*\?$"),
    # a print notice in the outlet's voice: "Dit is een artikel uit de papieren krant.", "Dit artikel is gedrukt in
    # de krant van 12 maart."
    (
        "print",
        r"^dit is een (artikel|bericht|stuk|verhaal|interview|column|recensie) uit (de|het|ons|onze) (\w+ )?[\w-]*(krant|editie|blad|magazine)\b",
    ),
    ("print", r"^dit (artikel|interview|verhaal|stuk|column) (is|werd) (ook )?(gedrukt|afgedrukt) in\b"),
    (
        "promo",
        r"^(en )?vergeet (je |jij |u )?(dan |ook |vooral |zeker )?niet\b.{0,40}"
        r"\b(abonneren|abonneer|volgen|liken|delen|aanmelden|aan te melden|in te schrijven|beoordelen|reviewen)\b",
    ),
    # a programme's pointer in the imperative, where to listen or watch again (site35): "Luister naar de hele
    # aflevering via je podcastapp.", "Beluister het gesprek terug.", "Bekijk de uitzending terug op NPO Start." — the
    # broadcast named; a sentence going on past it (a clause, a colon) or quoted is the article's, and so is the
    # authorities' advice in a calamity, "Luister naar de regionale radio voor het laatste nieuws." (review37)
    (
        "link",
        r"^(?!.*\bnaar de (regionale |lokale )?(radio|omroep|calamiteitenzender)\b(?!-))"
        r"(be)?luister\b[^.!?:;]{0,60}\b(podcast|aflevering|uitzending|interview|gesprek|radio|programma"
        r"|(het )?(laatste )?nieuws)\b[^.!?:;]{0,60}[.!]?$"
        r"|^(be)?kijk\b[^.!?:;]{0,40}\b(aflevering|uitzending)\b[^.!?:;]{0,30}\b(terug|via|op)\b[^.!?:;,]{0,40}[.!]?$",
    ),
    # the page's notice to a reader who blocks its ads (site35): addressed to the reader ("je", "u") about the
    # reader's ad blocker, the request to switch it off, and the site's plea that it lives on its ads in its own
    # voice ("wij", "we") — one sentence each, the reader's ending on the blocker (a tip going on past it, "Als je een
    # adblocker gebruikt, zie je …", is the article's, review37); a report on ad blockers names no reader and no "we"
    (
        "adblock",
        r"\b(je|jij|u|uw|jouw)\b[^.!?]{0,80}(\bad-?blocker|\badvertentie-?blokker|\b(advertenties|reclame)"
        r" (blokkeert|blokkeren|tegenhoudt|tegenhouden))\b[^.!?,;:]{0,20}[.!?]?$"
        r"|^(schakel|zet)\b[^.!?]{0,40}(\bad-?blocker|\badvertentie-?blokker)\b[^.!?]{0,40}\buit\b",
    ),
    (
        "adblock",
        r"^(omdat |aangezien )?\b(wij|we)\b[^.!?]{0,60}\b(zijn|is) (wij |we )?(\w+ )?afhankelijk van\s+"
        r"(de |onze )?(advertentie|banner|reclame)-?(inkomsten|opbrengsten)\b[^.!?]{0,40}[.!]?$",
    ),
)
