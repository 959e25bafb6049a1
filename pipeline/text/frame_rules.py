"""Rules (data) for the page's frame by shape, helper site37 (issue 21): interface lines and sentences that a rule
written before any one page would have named — an English interface heading on a Dutch page, a comment box's empty
label, a breadcrumb's "you are here", a paywall's login prompt and a sign-up form's consent clause, a web
application's error banner, a notice that copyright forbids sharing the articles. pipeline.text.patterns reads
SITE_LINES (a whole line), pipeline.text.sentence_reasons SITE_SENTENCES (one sentence inside a paragraph) with the
other tables. Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

# a breadcrumb's label, its path lost (pipeline.text.header_boxes: the lines above it are the page's header)
CRUMB_LABEL = r"^(u bent|je bent|you are) hier\s*:?$"

# a heading's first word that names no organisation: an article, a determiner, an adjective ("Nieuw KLM logo")
_NOT_A_NAME = (
    r"(?:het|de|een|dit|dat|ons|onze|zijn|haar|hun|nieuw|nieuwe|oud|oude|eerste|vernieuwd|vernieuwde|ander|andere)"
)

SITE_LINES: tuple[tuple[str, str], ...] = (
    # a box's heading in English on a Dutch page, alone on its line (a theme's widget left untranslated):
    # "Comments", "Newest pictures", "Recent posts", "Select region:" — a Dutch article never heads a section so
    (
        "interface",
        r"^(comments?|no comments( yet)?|(newest|latest|recent|popular|related|most read) (posts|pictures|photos"
        r"|articles|comments|stories|videos|news)|select (a |your )?(region|language|country))\s*:?$",
    ),
    # an image's alt text naming what it is, left as a line: a name and "logo" ("AZ Vesalius logo"), a section's word
    # and "afbeelding" with the image's date ("Nieuws afbeelding 6-1-2014"); the article's heading about a logo has
    # its article or adjective in lower case ("Het nieuwe logo"), or opens with one ("Nieuw KLM logo", "Het KLM
    # logo": _NOT_A_NAME, review37)
    (
        "interface",
        rf"^(?!{_NOT_A_NAME} )((?-i:[A-ZÀ-Ý][\w&'’.-]*) ){{1,3}}logo$"
        r"|^((?-i:[A-ZÀ-Ý][\w&'’.-]*) ){0,2}(afbeelding|image)( \d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$",
    ),
    # a comment box with nothing in it, its label alone: "Geen opmerkingen:", "Nog geen reacties" (a count of
    # comments is site_words'); the article reports reactions in sentences, not as "none" under a colon
    # ("Geen opmerkingen." with its full stop is a minutes' item, "Rondvraag" / "Geen opmerkingen.": review37)
    ("comments", r"^(nog )?geen (opmerkingen|reacties|comments)( (gevonden|geplaatst))?\s*:?$"),
    # a breadcrumb's label alone on its line, its path lost or on the next line: "U bent hier", "Je bent hier:"
    ("navigation", CRUMB_LABEL),
    # a share bar's prompt naming the page or the site, to the reader's network or friends, maybe cut off by the page
    # in its last word: "Deel dit artikel met je vrienden", "DEEL DE BOUWHOEK MET JE N" (a share line with its colon
    # is site_rules'); the article's advice to share something names no network
    (
        "share",
        r"^(deel|share) (dit|deze|de|het|ons|onze|this)\b[^.!?:]{0,40}\b(met|with) (je|jouw|uw|your)"
        r" (n(e(t(w(e(r(k(en)?)?)?)?)?)?)?|v(r(i(e(n(d(en?)?)?)?)?)?)?|friends|volgers|followers|connecties)$",
    ),
)

SITE_SENTENCES: tuple[tuple[str, str], ...] = (
    # a paywall's login link as a sentence of its own: "Log hier in", "Log nu in!" ("Al abonnee?" is site_rules'); a
    # how-to's "Log dan in." / "Log in." stays (review37)
    ("promo", r"^log (je |jij |u )?(hier|nu) in\s*[.!]?$"),
    # a sign-up form's consent clause, maybe cut off before its links: "Bij het aanmelden gaat u akkoord met onze"
    # (privacyverklaring …); a sentence that reports someone agreeing names no form's step, and a report of a form's
    # terms names what they allow, not "onze"/"de voorwaarden" ("… gaat u akkoord met het delen van uw locatie",
    # review37)
    (
        "consent",
        r"^(bij|door) (het )?(aanmelden|registreren|inschrijven|inloggen|verzenden|versturen|bestellen"
        r"|(je |u )?(aan te melden|te registreren|in te schrijven))\b[^.!?]{0,30}\b(ga|gaat) (je|jij|u) akkoord met"
        r"(\s*$|\s+(onze|ons)\b|\s+(de|het) (privacy\w*|algemene|gebruiks\w*|voorwaarden|cookie\w*)\b)",
    ),
    # a web application's error banner left in the text (a Blazor page's default, in English): "An unhandled error
    # has occurred." / "This application may no longer respond until reloaded." / "Reload 🗙"; "An error has
    # occurred." alone is a message an article quotes (a report on a breakdown), the banner only with its next
    # sentence (SITE_LINES, review37)
    (
        "interface",
        r"^an unhandled error has occurred\b[^.!?]{0,40}[.!]?$"
        r"|^this application may no longer respond until reloaded\b[.!]?$|^reload\s*🗙$",
    ),
    # a notice that copyright keeps the site from sharing the articles it lists: "*Wegens auteursrechten is het
    # <organisatie> niet toegestaan om artikels te delen." (a report of a copyright dispute names who forbids, or
    # whose articles: "… om artikelen uit de krant te delen", review37)
    (
        "disclaimer",
        r"^\W{0,2}(wegens|vanwege|omwille van|door) (de )?auteursrecht(en|elijke redenen)\b[^.!?]{0,60}\bniet"
        r" (toegestaan|mogelijk|veroorloofd)\b[^.!?]{0,30}\b(artikels|artikelen|berichten|teksten) (hier )?"
        r"(te )?(delen|publiceren|tonen|over te nemen|plaatsen)\b",
    ),
)

# A sentence that is the site's only right before a sentence set aside for this reason (pipeline.text.sentence_reasons
# .paired_leads, review37): a paywall's login question before its link ("Heb je al een account? Log hier in"; an
# interview's "Heeft u al een abonnement? Dat vraag ik altijd eerst." stays), the error banner's first sentence before
# the next ("An error has occurred. This application may no longer respond …"; a report quoting the message stays).
PAIRED_LEADS: tuple[tuple[str, str], ...] = (
    ("promo", r"^(heb je|heb jij|heeft u|hebt u) al (een )?(account|abonnement|login|inlog(gegevens|code)?)\s*\?$"),
    ("interface", r"^an error has occurred[.!]?$"),
    # (site44) the same story in another form, its link gone: "Liever teruglezen? Dat kan hier:", "Terugkijken? Dat kan
    # hieronder." — a question of a reading, watching or listening verb before site_sentence_rules' "dat kan hier:"
    ("link", r"^(\S+ ){0,3}(terug|her|na|mee)?(lezen|luisteren|kijken|bekijken|beluisteren|zien|volgen)\s*\?$"),
)
# (site44) …and a sentence that is the site's only right AFTER one set aside for this reason (sentence_reasons
# .paired_leads): a comment box's link to its help ("Hoe reageren via Disqus? Een woordje uitleg.", "… Meer uitleg."),
# a video notice's advice on the browser ("Gebruik een recente versie van Chrome of Firefox."); alone they stay.
PAIRED_TRAILS: tuple[tuple[str, str], ...] = (
    ("comments", r"^((een )?(kort )?woordje|meer|korte) uitleg\s*[.:!]?$|^lees hier hoe (reageren|het) werkt\s*[.!]?$"),
    (
        "video",
        r"^(gebruik|installeer|download|kies) (dan )?(een )?(recente|nieuwere|moderne|andere|nieuwe) (versie van )?"
        r"(je |uw )?(browser|chrome|firefox|safari|edge)\b[^.!?]{0,40}[.!]?$",
    ),
)

# -- a paywall's gate (pipeline.text.gate_tails) ------------------------------------------------------------------

# The gate's line, set aside already: the page asks the reader to read on, subscribe or log in to see the rest
# ("Verder lezen?", "Wil je verder lezen?", "Heb je al een account?", "Al abonnee?", "Log in om verder te lezen").
PAYWALL_GATE = (
    r"^((wil je|wilt u) )?(verder|door) ?lezen\s*\?$|^lees (je |u )?verder\s*\?$"
    r"|^(heb je|heb jij|heeft u|hebt u) al (een )?(account|abonnement)\s*\?|^al (een )?(abonnee|account)\s*\?"
    r"|^(log|meld) (je |u )?(nu |hier )?in\b[^.!?]{0,40}\b(verder te lezen|om (dit|het) (hele |volledige )?(artikel|verhaal)"
    r" te lezen)\b"
)
# Below the gate the page's boxes follow (other stories' titles, cut-off blurbs): a paragraph this long that ends
# its sentence is the article's text going on (a page that shows all of it under the box), and nothing is taken; so
# is a shorter one of GATE_STOPPED_MIN_WORDS or more that ends on a full stop (an article about paywalls with
# "Verder lezen?" as its heading over short headed sections, review37) — titles run together end on their "?"
# ("… Complotdenkers in de kerkbank. Wat nu?"), a blurb the page cut on its "..." (blind49).
GATE_TEXT_MAX_WORDS = 50
GATE_STOPPED_MIN_WORDS = 15
GATE_MIN_TITLES = 2  # below the gate, at least this many title-shaped lines, and at least half of the blocks

# -- a closing box of other stories (pipeline.text.gate_tails.box_blurbs) -----------------------------------------

# The box's heading alone on its line: "Lees ook", "Lees meer", "Meer nieuws", "Gerelateerde artikelen",
# "Ook interessant", "Related posts"
BOX_HEADING = (
    r"^((lees|bekijk) (ook|meer|verder)|(meer|ander(e)?|gerelateerde?|recente?|populaire?|laatste) (nieuws|artikelen"
    r"|berichten|verhalen|stories)|ook interessant|uitgelicht|related( posts| articles)?|more news)\s*:?$"
)
# (site43) the box's heading with its stories glued after it on one line (the text's last paragraph may run into it), each title closed by its date in brackets
# ("Meer berichten in deze categorie: Klimaatbomen geplant (19-11-2024) Sinterklaas is weer in de stad. (16-11-2024)
# …"): the whole block is the box (pipeline.text.opening_widgets.glued_boxes), GLUED_BOX_MIN_ITEMS dates at least
GLUED_BOX = (
    r"(?:^|(?<=[.!?|”’\"]\s)|(?<=[.!?|”’\"]))\s*(?:meer|andere|gerelateerde|recente|laatste)\s+(?:nieuws|artikelen|berichten|verhalen)(?:\s+(?:in|uit|over)\s+"
    r"(?:deze|dezelfde|dit)\s+(?:categorie|rubriek|sectie|dossier|thema))?\s*:\s+\S"
)
GLUED_BOX_DATE = r"\(\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\)"
GLUED_BOX_MIN_ITEMS = 2
BOX_MIN_BLOCKS = 4  # the box's blocks under its heading to the text's end
BOX_KEPT_SHARE = 1 / 3  # at most this share of them kept, each between two of the box's cards: a card's blurb
BOX_CARD_REASONS = ("teaser", "story_list")  # a card set aside: its title, its picture's name
