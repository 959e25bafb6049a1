"""The site-sentence table (data, no logic), split from site_rules: regular expressions (case-insensitive,
matched with `re.search` against one sentence inside a paragraph) for a site's notice glued into the article's
text — cookies, newsletter, tip, app, promo, print and syndication notices. Each pattern carries the reason shown in
the brief's set-aside list; pipeline.text.sentence_reasons compiles them with the other sentence tables.
"""

from __future__ import annotations

# News about privacy policies, not the site's own notice: a sentence of eight words or more that names a policy in
# lower case (a notice links its "Privacyverklaring") in the third person — no reader's or site's voice (u, je, ons,
# we …), no "cookies", no instruction opening it, no processing by or reference to it ("worden verwerkt in
# overeenstemming met …") — "Van zes websites voldeed de privacyverklaring niet" (prec36). Such a "consent" match
# is the article's.
CONSENT_NEWS = (
    r"^(?!.*\b(u|uw|je|jouw|jij|jullie|ons|onze|we|wij|ik|mijn|you|your|our)\b)(?!.*\bcookies\b)"
    r"(?!.*\b(verwerkt|verwerken|verwerking|van toepassing|in overeenstemming|conform|overeenkomstig)\b)"
    r"(?!\W*(lees|bekijk|zie|raadpleeg|klik|ga|accepteer|wijzig|beheer)\b)(?=(\S+\s+){7}\S)"
    r".*\b(?-i:privacyverklaring|privacybeleid|cookiebeleid|cookieverklaring)\b"
)
# The outlet's service notes (site39): said or quoted in a report they are news (sentence_reasons.authority_tip;
# review39), and a call whose sentence goes on after the address ("…naar <adres>; de mooiste …", "…naar <adres> en de
# winnaar …") is the article's: the site's tip ends with its address.
SERVICE_NOTES: tuple[tuple[str, str], ...] = (
    # the outlet's subscription service, the question and where to turn in one sentence (site39): "Heeft u vragen of
    # wilt u uw abonnement wijzigen, neem dan contact op: <adres>" (a reader's noun "vragen": no reader rule, which
    # takes the verb for reporting)
    ("promo", r"\b(je|jouw|uw|het) abonnement\b[^.!?]{0,60}\bneem (dan )?contact op\b"),
    # the site's offer to advertisers and to readers, naming "this site" (site39): "Uw reclame op deze site voor …",
    # "Gratis plaatsen wij uw foto's op deze site"
    ("promo", r"\b(uw|jouw|je) (reclame|advertentie|banner)\b[^.!?]{0,20}\b(op|in) (deze|onze) (web)?site\b"),
    ("promo", r"\b(plaatsen|publiceren|zetten) (wij|we) (uw|jouw|je)\b[^.!?]{0,40}\b(op|in) (deze|onze) (web)?site\b"),
    # …and where readers send theirs: "Iedereen kan ook zelf foto's … opsturen naar : <adres>"
    (
        "tip",
        r"\b(iedereen|u|je|jij) (kan|kunt)\b[^!?]{0,200}?\b(op|in|door)?sturen naar\s*:?\s*[\w.+-]+@[\w-]++(?:\.[\w-]++)++(?=\s*(?:[.!)]|$))",
    ),
)
# …quoted or said by someone (review39): quotation marks or a verb of saying ("vragen" is the note's own noun)
SERVICE_NOTE_SAID = (
    r"[„“”\"]|\b(zegt|zei|zeggen|aldus|schrijft|schreef|meldt|melden|volgens|(liet|lieten)\b.{0,40}\bweten)\b"
)
# news of a station or a programme, not its own note (review44): a reporting verb or "nieuw(e)"
BROADCAST_NEWS = r"zegt|zei|meldt|melden|aldus|volgens|nieuwe?|(maakte|maakten|liet|lieten)\b.{0,40}\b(bekend|weten)"
# A sentence inside a paragraph that is site text (a notice glued to the end of the last paragraph).
SITE_SENTENCES: tuple[tuple[str, str], ...] = (
    *SERVICE_NOTES,
    # a video's chapter pointer closing a bulletin's item, the time it starts in the player ("(Vanaf 01:20)", "(vanaf
    # 1:02:15)"): the player's, no words of the item (site41)
    ("video", r"^\(\s*(vanaf|from|v\.a\.)\s+(\d{1,2}:)?\d{1,2}:\d{2}\s*\)$"),
    (
        "consent",
        r"\b(wij|we|deze (web)?site|onze (web)?site|(web)?site|partners)\b.{0,60}\bcookies\b|\bgebruikt cookies\b|\bcookies\b.{0,40}\b(de|deze|onze) (web)?site\b|\bcookies\b.{0,60}\b(deze|onze) (web)?site\b|\bcookies? (en (vergelijkbare )?technieken|accepteren|weigeren|toestaan|te plaatsen)\b|\bga je akkoord met\b",
    ),
    (
        "consent",
        r"\b(wij|we) (gebruiken|plaatsen) cookies\b|\bcookie(instellingen|beleid|verklaring)\b|\bprivacyverklaring\b|\bprivacybeleid\b",
    ),
    (
        "newsletter",
        r"\b(meld je|schrijf je|abonneer je|schrijf u|meld u) (dan |nu |gratis |hier )?(aan|in) (voor|op|om) .{0,40}nieuwsbrief|\bnieuwsbrief\b.{0,40}\b(aanmelden|inschrijven|in je mailbox)\b|\bontvang (de|onze|elke|iedere)\b.{0,40}\bnieuwsbrief\b"
        # a sign-up form's consent box: "Ja, ik wil graag (wekelijks) de nieuwsbrief van <outlet> ontvangen …"
        # (up to "ontvangen", no clause after a comma: "…, zei een ouder" reports someone, review27c)
        r"|^(ja,? )?ik wil (graag )?(\w+ ){0,2}(de|onze|jullie|jouw|uw) nieuwsbrief\b[^,;!?]{0,60}\bontvangen\b[^,;!?]{0,160}$"
        # and its promise that the reader can leave: "Je kan je altijd uitschrijven."
        r"|^(je kunt|je kan|u kunt) (je|zich|u) (altijd|op (ieder|elk) moment|te allen tijde)( weer)? (uitschrijven|afmelden)"
        r"( via [^,;.!?]{1,40})?\s*[.!]?$",  # alone: "…, zegt de gemeente" reports someone (review27c)
    ),
    # a delivery promise to the reader's mailbox, with or without the word "nieuwsbrief"
    (
        "newsletter",
        r"\b(elke|iedere|dagelijks|wekelijks|ontvang|krijg)\b.{0,60}\bin (je|jouw|uw) (mail|mailbox|inbox|e-?mail)\b",
    ),
    (
        "video",
        r"^(de tekst gaat verder|het artikel gaat verder|lees verder) (na|onder) (de|deze) (video|advertentie|foto)",
    ),
    (
        "tip",
        r"\b(heeft|hebt) (u|jij|je) (een tip|tips|informatie|meer informatie) over (dit|deze|het) (onderwerp|artikel|nieuws)",
    ),
    (
        "tip",
        r"\btip (de|onze) redactie\b|\b(mail|stuur) (je tip|ons) (naar|via|op)\b|^(mail|mailt|bel|app|whatsapp|stuur) (ons|de redactie)\b|^(mail|mailt|stuur|app)\b.{0,30}(@|\bwhatsapp\b)|\b(heb|heeft|hebt) (je|u|jij) (foto['’]?s|beelden|video['’]?s|een tip)\b",
    ),
    ("app", r"\b(download|installeer)( [\w-]+){0,3}? [\w-]*app\b|\b(download|installeer)\b.{0,40}-app\b"),
    # a note to the reader of the outlet's app on where to find what this page shows (site37): "Bekijk je dit
    # bericht via de app, dan vind je de video onder 'video'", "Lees je dit artikel in onze app? …"
    (
        "app",
        r"^(bekijk|lees|open|zie) (je|jij|u) dit (bericht|artikel|nieuwsbericht|item|verhaal) (via|in|op) (de|onze|het)\b.{0,30}\bapp\b",
    ),
    # a follow prompt: follow (someone) on a social platform
    (
        "promo",
        r"^(volg|like|liken)\b.{0,40}\b(op|via) (facebook|instagram|x|twitter|tiktok|youtube|linkedin|whatsapp|threads|bluesky)\b",
    ),
    (
        "promo",
        r"\bword (nu )?(abonnee|lid)\b|\bprobeer (nu )?gratis\b|\bvolg ons (ook )?op (facebook|twitter|instagram|x|whatsapp)",
    ),
    ("teaser", r"^(lees|bekijk) (ook|meer|hier)\s*:"),
    # a link to more stories inside a promo's paragraph: "Vond je dit leuk? Lees dan ook eens <titel>."
    # (not when a clause follows "eens": "Kijk eens om je heen", "Kijk eens of je …" advise the reader, prec36)
    (
        "teaser",
        r"^(lees|bekijk|kijk|luister) (dan |nu )?(ook )?eens\b"
        r"(?!\s+(om|of|wat|hoe|waar|wie|welke|waarom|wanneer|rond|naar (je|jezelf|jullie|uzelf|u|elkaar))\b)",
    ),
    # a subscription offer in the imperative: "Of neem een proefabonnement op de krant!"
    (
        "promo",
        r"^((en|of) )?(neem (nu )?(een )?|kies (hier |nu )?(je|jouw|uw|een) )(gratis |digitaal )?(proef)?abonnement\b",
    ),
    ("consent", r"\bklik op ['‘\"“]?(akkoord|accepteren|alles accepteren|ok|ja)\b"),
    # a promo for the outlet's own topic page: "(al het (sport)nieuws|alles) over X … op onze speciale pagina"
    (
        "promo",
        r"\b(al het (\w+)?nieuws|alles|alle (artikelen|verhalen|berichten|updates)|meer (nieuws|artikelen|verhalen))\b.{0,60}\b(vind(en)?|lees|lezen|volg(en)?|bekijk(en)?|zien?)\b.{0,30}\b(op|in|via) (onze|ons|de|het) (speciale |eigen )?(pagina|themapagina|dossierpagina|dossier|overzicht|overzichtspagina|liveblog|special|app)\b|\b(lees|volg|bekijk|vind) (je )?(al het nieuws|alles|meer) over\b.{0,60}\b(op|in) (onze|ons) (speciale |eigen )?(pagina|dossier|liveblog|themapagina|special)\b",
    ),
    # a print-edition notice: the article appeared in (or comes from) the paper
    (
        "print",
        r"\b(dit|het) (artikel|interview|verhaal|stuk|bericht)\b.{0,20}\b(verscheen|verschijnt|is verschenen|stond|staat|is afkomstig|komt)\b.{0,20}\b(in|uit) (de|het|onze|ons) (papieren |gedrukte )?(krant|dagblad|(zaterdag|zondag|weekend|ochtend|avond|week)?(editie|krant|bijlage|magazine)|magazine|weekblad)\b",
    ),
    # a request for tips: a question to the reader, or a contact instruction to the newsroom
    (
        "tip",
        r"^(weet|heb|heeft|hebt|zag|zie|ken) (jij|je|u)\b.{0,60}\b(meer|tip|tips|informatie|gezien|foto['’]?s|beelden|iets)\b.{0,40}\?$|^tips?\s*\?|^(mail|e-?mail|stuur|app|whatsapp|bel|laat)\b.{0,60}(@\w|\b(redactie|tiplijn|ons weten|het weten)\b)",
    ),
    ("video", r"^(videospeler|video|audiospeler|speler|player)\s+(inladen|laden|wordt geladen|loading)\b"),
    # a syndication notice: where this text appeared first ("Het bericht <titel> verscheen eerst op …", WordPress's
    # notice, or "Dit artikel verscheen eerder op …"); not "Het rapport verscheen eerder in de Volkskrant" (news)
    (
        "syndication",
        r"^(het bericht|the post)\b.{1,200}\b(verscheen eerst op|appeared first on)\b"
        r"|^(dit|deze) (artikel|bericht|stuk|verhaal|interview|tekst|column|recensie)\b.{0,40}"
        r"\b(verscheen|is verschenen|werd gepubliceerd) (eerst|eerder|oorspronkelijk|als eerste) (op|in|bij)\b"
        r"|^this (article|story|post)\b.{0,40}\b(appeared|was published|was first published) (first )?(on|in)\b",
    ),
    # a click-here link ("Klik hier voor …", "KLIK HIERRR voor de peiling.")
    ("link", r"^klik\s+(hier\w*|op deze link|door)\b"),
    # (site44) the pointer to a link that is gone, ending in its colon or "hieronder" (a place's "Dat kan hier." is
    # the article's): "Dat kan hier:", "Dat kan via deze link." — its question before it: frame_rules.PAIRED_LEADS
    ("link", r"^dat kan (hier\s*:|hieronder\s*[:.!]?|via (deze|onderstaande|de volgende) link\s*[:.!]?)$"),
    # (site44) the outlet's own news pages, in the imperative: "Vind hier alle Hockey Belgium nieuwsberichten!", "Lees
    # hier al het nieuws uit de gemeente", "Bekijk hier alle berichten van de club"
    (
        "promo",
        r"^(vind|lees|bekijk|ontdek|volg) (je |u )?hier (al|alle|meer|ons|onze)\b.{0,50}"
        r"\b(nieuws|nieuwsberichten|berichten|artikelen|verhalen|updates)\s*[.!]?$",
    ),
    # (review44) …neither note when the sentence is news of a station or a programme: reported ("…, meldt de omroep",
    # "maakte de zender bekend") or new ("De nieuwe talkshow van … is elke werkdag te zien om 22.30 uur op RTL 4")
    # (site44) a radio's or TV's reception note: where and on what frequency it is received — "Radio Oost is te
    # ontvangen via 105.3 FM, kabel en onze app", "Je luistert naar ons op DAB+ kanaal 8A"; not off the air ("niet meer
    # te ontvangen …": news)
    (
        "promo",
        rf"^(?!.*\b(niet|geen|vanaf|voortaan|{BROADCAST_NEWS})\b)"
        r".{0,60}\bte (ontvangen|beluisteren)\b.{0,30}\b(via|op)\b.{0,40}"
        r"(\b\d{2,4}([.,]\d{1,2})?\s*(khz|mhz|fm|am)\b|\bdab\+?|\bonze app\b)",
    ),
    # (site44) a video player's notice that the reader's browser cannot play it, and its advice: "Deze browser wordt niet
    # ondersteund voor het afspelen van video.", "Je browser ondersteunt deze video niet.", "Update uw browser … om video
    # af te kunnen spelen"; the browser and the playing in one sentence ("de browser wordt niet meer ondersteund": news)
    (
        "video",
        r"\bbrowser\b.{0,40}\b(niet|geen)\b.{0,45}\b(video|audio|html5|mediaspeler|afspelen|af te spelen)"
        r"|\bbrowser\b.{0,10}\bondersteunt\b.{0,20}\b(video|audio|html5)\b.{0,20}\bniet\b"
        r"|\b(update|vernieuw|werk|gebruik)\b.{0,10}\b(je|jouw|uw|een (nieuwere|recente)) browser\b.{0,60}"
        r"\b(video|audio)\b.{0,30}\b(bekijken|af te (kunnen )?spelen|afspelen|beluisteren)"
        r"|\bom (deze|de|dit) (video|filmpje|audiofragment)\b.{0,30}\b(bekijken|afspelen|af te spelen)\b.{0,40}"
        r"\b(je|jij|u)\b.{0,20}\b(nieuwere|recente|andere) browser\b",
    ),
    # (site44) a web app's install prompt: "Deze website heeft een app.", "Voeg deze toe aan je startscherm om hem te
    # installeren.", "Zet onze site op je beginscherm" — the reader's own start screen, in the imperative
    ("app", r"^(deze|onze) (web)?site heeft (ook )?een (web)?app\b"),
    (
        "app",
        r"^((voeg|zet|plaats|bewaar)\b.{0,40}\b(toe aan|op|in) (je|jouw|uw|het) (start|begin|home)scherm\b"
        r"|(druk|tik|klik) op ['‘\"“]?(zet op|toevoegen aan|voeg toe aan) (het )?(start|begin|home)scherm)",
    ),
    # (site44) a form's consent box: "We hebben je toestemming nodig om dit formulier te versturen.", "Het vakje is
    # alvast aangevinkt.", "Je hoeft enkel je voorkeuren opnieuw op te slaan."
    (
        "consent",
        r"\b(je|jouw|uw) toestemming nodig\b.{0,30}\b(dit|het) formulier\b"
        r"|^om dit formulier te (versturen|verzenden)\b.{0,30}\btoestemming\b"
        r"|^het vakje is (alvast|al|reeds) aangevinkt\b|^(we|wij) hebben (je|jouw|uw) toestemming nodig\s*[.!]?$"
        r"|^(je|u) hoeft (enkel|alleen|slechts|nog) (je|jouw|uw) (cookie)?voorkeuren\b.{0,30}\bop te slaan\b",
    ),
    # (site44) a broadcaster's schedule note: the programme is on every (week)day at its hour on the channel — "Noord
    # Vandaag wordt elke doordeweekse dag uitgezonden vanaf 18.00 uur op TV Noord", "Het Journaal is elke werkdag te
    # zien om 18.00 uur op Omroep West"; news of a new slot ("vanaf september", "voortaan") is the article's
    (
        "promo",
        rf"^(?!.*\b({BROADCAST_NEWS})\b)"
        r"(?!.*\b(voortaan|vanaf (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
        r"|december|volgende|komende|het nieuwe|\d{1,2} \w+))\b)"
        r".{0,60}\b(wordt|is|zijn|worden)\b (elke|iedere|dagelijks|wekelijks)\b.{0,40}\b(uitgezonden|te zien|te horen|"
        r"te beluisteren)\b.{0,40}\b\d{1,2}[.:]\d{2}\b.{0,30}\b(op|via|bij) (?-i:[A-Z])",
    ),
)
