"""Rules (data) for a web page's chrome around a news item, by shape (issue 21, round site27b): lines and sentences
(pipeline.text.patterns reads SITE_LINES, pipeline.text.sentence_reasons READER_SENTENCES, with the other tables)
and the tails of related stories (pipeline.text.web_tails). Case-insensitive unless marked `(?-i:…)`.
"""

from __future__ import annotations

from pipeline.text.dutch_rules import DAY_GROUP, MONTH_GROUP
from pipeline.text.site_rules import SENTENCE_OPENERS

_DAYS = DAY_GROUP + r"\.?"
_MONTHS = MONTH_GROUP
_DATE = rf"(({_DAYS},?\s+)?\d{{1,2}}\s+{_MONTHS}(\s+\d{{4}})?|({_DAYS},?\s+)?\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"
_CLOCK = r"\(?(om\s+)?\d{1,2}[:.]\d{2}(\s*uur)?\)?"
_SITE_DOMAIN = r"[\w-]+(\.[\w-]+)*\.(nl|be|com|net|org|eu|nu|tv|fm)"

_FILE_TYPES = r"(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|zip|jpe?g|png)"
# the header of a table of attached files above its first row, at most this many words ("Bijlage Grootte", glued:
# "BijlageGrootte"; pipeline.text.attachments)
ATTACHMENT_HEADER_MAX_WORDS = 3

SITE_LINES: tuple[tuple[str, str], ...] = (
    # an aggregator's stamp: when it was taken and from which site ("3-2-2021 14:05 via voorbeeld.nl",
    # "zondag, 7 maart 2021 (09:12) - Voorbeeld.be"): the stamp is the aggregator's, the site's name the source's
    ("source", rf"^{_DATE}(,?\s*{_CLOCK})?\s*(via|[-–—|·•])\s*{_SITE_DOMAIN}$"),
    # the site's copyright line with its web address and nothing else: "(c) voorbeeld.nl", "© 2024 Voorbeeld.be" (a
    # photo's credit names a photographer or an agency; site47)
    ("site_name", rf"^(©|\(c\)|copyright)\s*(\d{{4}}\s*)?{_SITE_DOMAIN}$"),
    # a republished item's source as its bare web address: "Bron: https://voorbeeld.nl/artikel-…" (site47); a source
    # named is the article's credit ("Bron: ANP")
    ("link", r"^bron\s*:\s*(https?://|www\.)\S+$"),
    # a line of a few words that ends on the page's own full web address, no sentence before it: a print version's
    # notice ("Printversie van dit bericht op https://voorbeeld.be/item?id=7", site50), so naming the print ("print…",
    # "afdruk…", "…versie") — an article's information line ("Aanmelden kan tot 1 mei via www.…", "Nieuwe versie van de
    # dienstregeling via www.…", review50) is the article's; so is an address closing a sentence ("… staan op
    # www.voorbeeld.nl.", or one without its full stop that opens as a sentence does: "De stukken worden gepubliceerd
    # op https://…")
    (
        "link",
        rf"^(?!{SENTENCE_OPENERS}\s)(?=[^.!?:]{{0,80}}\b(\w+versie|print\w*|afdruk\w*)\b)[^.!?:]{{3,80}}\s(op|via|van)\s+"
        r"(https?://|www\.)\S+(?<![.!?,;])$",
    ),
    # a list's separator left alone on its line when its items are gone (a tag list without tags: ",", site50)
    ("label", r"^[,;]$"),
    # a tag list's label, its colon closing the line: "Gerelateerde onderwerpen :", "Trefwoorden:" (site50)
    ("label", r"^((gerelateerde|verwante) (onderwerpen|thema['’]?s|tags)|tags|trefwoorden)\s*:$"),
    # a follow button with the outlet's name, one capitalised word (twice at most): "Volg Stadskrant (Stadskrant)"
    # (site50); "Volg de route langs de dijk" and a person's name ("Volg Remco Evenepoel", review50) are the article's
    ("promo", r"^(?-i:Volg) (?P<outlet>(?-i:[A-ZÀ-Ý][\w.-]{2,}))( (?P=outlet))?$"),
    # a sponsor box's heading alone on its line: "Sponsors", "Onze hoofdsponsors" (site47)
    ("promo", r"^(onze |met dank aan (onze )?)?(hoofd)?sponsors\s*:?$"),
    # a rating widget's score and its count of votes: "4.7 3 stemmen", "3,5 (12 votes)" (site47)
    (
        "interface",
        r"^[0-5][.,]\d\s*(/\s*[5-9]|/\s*10)?\s+\(?\d{1,6}\s+(stemmen|stem|votes?|beoordelingen|ratings?)\)?$",
    ),
    # a widget's own label above the article's tags or summary: "In dit artikel:", "In deze video:"
    ("label", r"^in (dit|deze) (artikel|video|verhaal|bericht|dossier|aflevering)\s*:$"),
    # a media label on its own line: "Met video", "MET FOTO'S"
    ("video", r"^met (video|foto['’]?s|beelden|audio|podcast)$"),
    # a link to the outlet's news of a place or subject: "Bekijk al het lokale nieuws van Kampen", "Alle berichten
    # over Zwolle" is a heading of a list (TEASER_MARKERS)
    (
        "link",
        r"^(bekijk|lees|ontdek|volg) (al het|alle|meer) (\w+ )?(nieuws|berichten|artikelen) (uit|van|over|in|rond) [^.!?]{1,40}$",
    ),
    # an aggregator's button to follow a place: "Ontvang updates voor Kampen"
    (
        "promo",
        r"^ontvang (updates|meldingen|berichten|notificaties|pushberichten|nieuws) (voor|over|uit) [^.!?]{1,40}$",
    ),
    # a weather widget: a date, a temperature and the wind ("vrijdag 3 mei 14°C 20 km/u"); not a weather report's
    # sentence or a forecast's day without the wind ("Vrijdag wordt het 14°C", "Zaterdag 3 mei 14°C")
    ("weather", rf"^{_DATE}\s+-?\d{{1,2}}\s*°\s*C?\s+\d{{1,3}}\s*(km(/u|/h)?|bft)$"),
    # a card's category in lower case (no day's name: a bare dateline) and its stamp: "verkeer 3 mrt 09:15"
    ("label", rf"^(?!{_DAYS}\s)(?-i:[a-z]{{3,20}})\s+{_DATE}\s+{_CLOCK}$"),
    # a poll's label and its question on a line of its own: "Poll: Gaat de trein vaker rijden?", "POLL: Terecht?"
    ("poll", r"^(poll|stelling|peiling)\s*:\s*[^.!?:]{3,140}\?$"),
    # a counter without its icon on a line of its own: "12 claps", "0 bezoekers", "1.204 weergaven"; the page's count
    # of reads maybe with the item's rubric tag, one capitalised word, before it ("Wonen 66 keer gelezen", blind31;
    # "Cultuur 312 keer gelezen", site41) — a name before another count is a table's row or a title ("Artis 1.450.000
    # bezoekers", "Dansvideo 300.000 keer bekeken", review42)
    ("counter", r"^\d[\d.,]*\s*k?\s+(claps?|bezoekers|views|weergaven|likes|keer (gelezen|bekeken|gedeeld))$"),
    ("counter", r"^(?-i:[A-ZÀ-Ý][\w-]{1,20})\s+\d[\d.,]*\s*k?\s+keer gelezen$"),
    # a row of a table of attached files: the file's name with its extension and its size, on a line of its own
    # ("Jaarverslag_2023.pdf 1,2 MB", glued too: "…januari.pdf5.73 MB") (issue 21, round site28)
    ("attachment", rf"^\S[^.!?]{{0,100}}\.{_FILE_TYPES}\s*\d+([.,]\d+)?\s*(bytes|[kmg]i?b)$"),
)

# A widget's line the page split over up to SPLIT_LINE_MAX lines of at most SPLIT_LINE_MAX_WORDS words each
# ("donderdag 25 april" / "10°C" / "60 km"): joined, it is the site line of one of these reasons
# (pipeline.text.web_tails.split_widgets).
SPLIT_LINE_REASONS = ("weather",)
SPLIT_LINE_MAX = 3
SPLIT_LINE_MAX_WORDS = 4

# A media label in capitals (up to two words before the media word) glued to the text's first word: "MET VIDEOEen
# fietser …", "FOTO'SDe brand …".
GLUED_MEDIA = r"^((?-i:([A-Z]{2,12} ){0,2}(VIDEO|FOTO'?S|FOTO’S|AUDIO|PODCAST)))(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ]))"

# A byline with the page's publication stamp after a separator, longer than a plain byline: "Door de redactie ·
# gepubliceerd: 3 maart 2021, 10:15 uur | bijgewerkt: 11:02 uur" (a mis-decoded separator too: "∑").
PLACED_BYLINE = (
    r"^door\s+[^·•∑|]{2,60}?\s*[·•∑|]\s*(geplaatst|gepubliceerd|bijgewerkt|aangepast|laatste update)\s*:?\s*\S.{0,80}$"
)

# A region's or country's label before the title and a dash, as an aggregator shows its section: "Limburg – Brand in
# loods …"; not a match's teams ("Nederland – België eindigt in 1-1": the title's first word a region or country).
REGIONS = (
    r"Nederland|België|Vlaanderen|Wallonië|Brussel|Europa|Wereld|Buitenland|Binnenland|Regio|Groningen|Friesland"
    r"|Fryslân|Drenthe|Overijssel|Twente|Flevoland|Gelderland|Utrecht|Noord-Holland|Zuid-Holland|Zeeland"
    r"|Noord-Brabant|Brabant|Limburg|Antwerpen|Oost-Vlaanderen|West-Vlaanderen|Vlaams-Brabant"
    r"|Duitsland|Frankrijk|Engeland|Spanje|Italië|Amerika|Rusland|Oekraïne|China"
)
# Not when the title opens with an article: a feature's title after its subject ("Limburg – Het einde van de mijnen");
# nor with a word and a colon: a pair ("Duitsland – Polen: grens weer open").
REGION_OPENING = (
    rf"^(?P<label>(?-i:{REGIONS})\s+[–—])\s+(?!(?-i:{REGIONS}|De|Het|Een|'t)\b)(?!\S+:)(?=(?-i:[A-ZÀ-Ý]))"
    r"(?P<rest>.+)$"
)
REGION_TITLE_MIN_WORDS = 4
# A match's words in the title after the dash: the region is a team ("Twente – Feyenoord eindigt in gelijkspel").
REGION_MATCH = (
    r"\b(\d{1,2}-\d{1,2}|gelijkspel|gelijk|wint|winnen|verliest|verliezen|eindigt|zege|nederlaag|remise|uitslag"
    r"|finale|interland|wedstrijd|competitie|doelpunt\w*|thuisduel|uitduel|derby)\b"
)
# The same name alone on the text's first line, above running text of at least REGION_TEXT_MIN_WORDS words
# (pipeline.text.web_tails): the page's local section ("Limburg"), not a headline — not when another region's name
# stands alone further on (a round-up's sections: "Limburg" … "Brabant" …).
REGION_LINE = rf"^(?-i:{REGIONS})$"
REGION_TEXT_MIN_WORDS = 20

# A line longer than any hard-wrapped line: a paragraph saved on one line (pipeline.text.web_tails.exclaimed_title).
PARAGRAPH_LINE_CHARS = 150

# Sentences to the reader (with pipeline.text.sentence_reasons' READER_SENTENCES: not when they quote or report
# someone).
_SEND_COPY = r"\binlever\w*|\bin te (leveren|sturen)\b|\binsturen\b|\baanlever\w*|\b(stuur|stuurt|mail|mailt)\b|@"
_COPY_NOTICE = (
    r"\b(u|uw|je|jij|jouw|jullie|uiterlijk|deadline|stuur|mail)\b|@"
    r"|\b(vóór|voor|tot) (\d|(maan|dins|woens|donder|vrij|zater|zon)dag)"
)
_ENDS = r"[.!…][\"”’')]*\s*$"  # a notice is a sentence; a headline on a paper asking for copy has no full stop
_RULING = r"\b(bepaalde|bepaalt|oordeelde|oordeelt|besliste|beslist|vonnis|uitspraak)\b"
READER_SENTENCES: tuple[tuple[str, str], ...] = (
    # a village paper's standing notices on the copy readers send in (issue 21, round site28): where and by when to
    # send it ("Kopij kunt u tot 3 mei inleveren …", "De volgende kopij-inleverdatum is …", "Stuur uw kopij naar
    # …@…") and who answers for it ("De redactie is niet aansprakelijk voor … kopij"); not reporting on a paper
    # — a notice addresses the reader ("u", "je", an imperative) or names an address or a deadline, and states who is
    # liable without a court's ruling; a news sentence on a paper short of copy or a ruling reported is no notice
    # (review28)
    (
        "submission",
        rf"^(?=.*({_COPY_NOTICE}))(?=.*{_ENDS}).*(\bkopij\b.{{0,120}}({_SEND_COPY})|({_SEND_COPY}).{{0,120}}\bkopij\b)"
        rf"|^(?=.*{_ENDS}).*\bkopij-?(inlever|aanlever|deadline|sluiting)\w*",
    ),
    (
        "disclaimer",
        rf"^(?!.*{_RULING})(?=.*{_ENDS}).*(\bkopij\b.{{0,160}}\b(aansprakelijk|verantwoordelijk)\b"
        r"|\b(aansprakelijk|verantwoordelijk)\b.{0,160}\bkopij\b)",
    ),
    # the question of a request to report an error in the text: "Typfout gezien?" (its instruction to write: the tip
    # rules) — not a question about a referee's mistake ("Fout gezien bij de VAR?": the question goes on)
    (
        "correction",
        r"^(een )?(foutje|typfout|taalfout|spelfout|tikfout|schrijffout)( of \w+)? (gezien|gevonden|ontdekt|gespot)\s*\?$",
    ),
    # a link to the full text at its source, as an aggregator closes its excerpt: "Lees het hele bericht bij Voorbeeld.",
    # "Lees het volledige artikel op hun website."
    ("link", r"^lees (het|dit) (volledige|hele) (artikel|verhaal|bericht) (bij|op|via) [^.!?]{1,40}[.!]?$"),
    # a paywall's slogan before its offer: "Mis niks, word abonnee!"
    ("promo", r"^mis (niks|niets)\s*[,!]\s*(lees|abonneer|word|neem)\b[^.!?]{0,30}!$"),
    # a share appeal: the reader asked to share this article with friends ("Deel dit bericht met je vrienden!",
    # "Laat dit artikel viral gaan")
    (
        "share",
        r"\b(deel|delen) (het|dit( artikel| bericht| verhaal)?|deze (post|pagina)) (met|onder) (je|jouw|uw|al je|al uw) "
        r"(vrienden|familie|kennissen|netwerk|volgers)\b|^laat (dit|het|deze) (artikel|bericht|verhaal|post) viral gaan\b",
    ),
    # a recurring rubric's standing intro, its schedule and what the outlet gathers in it, a selection ("de
    # opvallendste"): "Elke werkdag om 18.00 uur zet Omroep Voorbeeld de opvallendste berichten uit de regio op een
    # rij." (with title_rules' "In de rubriek …"), gathered from somewhere or in a row; not a daily search or a
    # release in the news ("zoekt Defensie naar berichten", "zet Rijkswaterstaat de nieuwste beelden … online")
    (
        "rubric",
        r"^(een keer|eenmaal|elke|iedere) (per )?(werk)?(dag|week|avond|ochtend|middag)\b,?\s*(om \d{1,2}[.:]\d{2}"
        r"( uur)?,?\s*)?(struint|zet|brengt|bundelt|selecteert|zoekt|verzamelt|duikt)\s+(?-i:[A-ZÀ-Ý])[\w.-]+"
        r".{0,60}\b(\w{2,}ste|meest \w+)\b.{0,40}\b(berichten|nieuws|nieuwtjes|verhalen|video['’]s|beelden)\b"
        r".{0,40}\b(op een rij|uit|van de (dag|week|maand))\b"
        # or its makers named in the outlet's voice: "Onze journalisten verzamelen dagelijks het belangrijkste nieuws
        # uit de regio." (not a sentence on other journalists: "De journalisten verzamelden dagelijks gegevens")
        r"|^onze (journalisten|redactie|redacteuren|verslaggevers|reporters|redacties) (verzamelen|verzamelt|brengen"
        r"|brengt|zetten|zet|selecteren|selecteert|bundelen|bundelt|volgen|volgt) (dagelijks|elke dag|iedere dag"
        r"|wekelijks|elke week|iedere week)\b.{0,40}\b(\w{2,}ste|meest \w+)\b.{0,20}\b(nieuws|berichten|verhalen)\b",
    ),
    # the comment section's notice: "Door te reageren ga je akkoord met de spelregels", "Leuk dat u wilt reageren.",
    # "Hoe reageren via Disqus?" — the site's own rules closing the sentence, not a news sentence on who responds
    # ("Wie reageert, moet aan voorwaarden voldoen", "…, gaat akkoord met de voorwaarden van de gemeente")
    # nor a question how people react ("Hoe reageren de buren?")
    (
        "comments",
        r"\b(wie reageert|door te reageren|als (je|u) reageert)\b.{0,40}\bakkoord met (onze|de|deze) "
        r"(huis|spel|gebruiks|reactie)?(regels|voorwaarden)( van (onze|deze|de) (web)?site)?\s*[.!]?$"
        r"|^(fijn|leuk|bedankt|goed) dat (je|u|jij) (wil|wilt|wou) reageren\b"
        r"|^hoe (kan (je|u) )?reageren( via \S+| op (dit|een|het) (artikel|bericht))?\s*\?$",
    ),
    # a request for the reader's tips, an imperative naming the newsroom: "Meld het aan de redactie" (its question
    # before it: TIP_QUESTION)
    ("tip", r"\b(meld|stuur|geef)( het| dit| je tip| uw tip)?( dan)?( door)? (aan|bij|naar) (onze|de) redactie\b"),
    # a paywall's or an account's promo: "Gratis onbeperkt lezen op de app?", "Onbeperkt toegang tot Voorbeeld+?", "Log
    # in of maak een account aan …" — not a news question ("Krijgen ouderen onbeperkt toegang tot het ov?")
    (
        "promo",
        r"^(gratis )?onbeperkt (toegang|lezen)( (tot|op|in|via) (de |het |onze )?(?-i:[A-ZÀ-Ý])\S*"
        r"| (in|op|via) (de|onze) (app|site|website))?\s*\?"
        r"|^(log ?in|meld (je|u) aan) (of|en) (maak|registreer)\b"
        r".{0,30}\baccount\b",
    ),
)

# The tip request's question ("Iets gezien in de stad?"): site text only right before the request naming the
# newsroom (pipeline.text.web_tails.tip_questions) — alone it is the police's appeal ("Iets gezien? Bel 112.").
TIP_QUESTION = r"^iets (gezien|gehoord|meegemaakt|opgemerkt|gespot)\b[^.!]{0,40}\?$"
# … and a run of at least TIP_QUESTIONS_MIN short questions right before the request, each listing what the reader
# might send ("Een mooie foto? Een verslag? Een jubileum?", site45): the request's too (one or two are an appeal's).
TIP_QUESTIONS_MIN = 3
TIP_QUESTION_MAX_WORDS = 8
# … never one asking who, what, where, when, why or how: the police's questions to witnesses, a quiz's, the story's
# own ("Wie heeft de man zien wegrennen?", review45) — the request lists things ("Een verslag?", "Nieuws te melden?")
TIP_QUESTION_ASKING = r"^(wie|wat|waar|wanneer|waarom|hoe|hoeveel|welke?|wiens)\b"
# … and the request names the newsroom, or its tips' address ("Meld het aan de redactie", "tips@wijkkrant.nl")
TIP_NEWSROOM = r"\bredactie|\btips?@"
# A run of at least this many bare date lines in a row, nothing between them ("donderdag 28 maart 2024" /
# "woensdag 27 maart 2024" / …): the page's archive menu of days (pipeline.text.web_tails.date_menus), not the
# article's dateline (one date line stays a dateline).
DATE_MENU_MIN = 3
# A rubric's standing intro opens with a short scene-setting sentence ("De Spelen zijn in volle gang."): site text only
# as a paragraph's first sentence whose next is the rubric's intro ("In de rubriek …") and whose other sentences
# (RUBRIC_LEAD_MIN_AFTER or more; one after a question) are all site text (pipeline.text.web_tails.tip_questions).
RUBRIC_LEAD_MAX_WORDS = 10
RUBRIC_LEAD_MIN_AFTER = 2
# An aggregator's credit naming the source outlet ("Nieuws door Voorbeeld Dagblad."): site text only right before
# the link to the full text at that source ("Lees het volledige artikel op hun website."; pipeline.text.web_tails.
# tip_questions) — alone, "Bericht van de gemeente." may be the story's own words.
SOURCE_CREDIT = r"^(nieuws|bericht|artikel|verhaal) (door|van|via) (?-i:[A-ZÀ-Ý])[\w.'’-]*( [\w.'’-]+){0,3}\s*\.?$"

# A tail of related stories (pipeline.text.web_tails).
# A card's read-more link closing it ("Lees verder ⮕", "Lees meer »"): after CARD_RUN_MIN cards in a row.
CARD_LINK = r"^(lees (verder|meer)|read more)\s*[⮕→➔➜»›>…]*$"
CARD_RUN_MIN = 2
# A card's title glued to its teaser: a word in lower case glued to a capitalised word ("… gaat asfalt verruwenRotonde
# …"), or any word glued to a word that opens a sentence ("… bij ZwolleDe brandweer …") — not a brand's capital inside
# its name ("McDonald's", "WhatsApp", "iPhone", "LinkedIn": no glued "In"). A word in lower case is never longer than 60
# characters: bounded, a run such as "”a”a”a…" is not read to its end from each of its letters (quadratic, fix33c).
GLUED_TITLE = rf"(?<![\w'’])[a-zà-ÿ][a-zà-ÿ'’”]{{2,60}}[A-ZÀ-Ý][a-zà-ÿ]{{2,}}\b|[a-zà-ÿ'’”](?!In\b){SENTENCE_OPENERS}\b"
# Teasers the page cut off at a fixed length ("… voor de regeling, tot...") — CUT_TEASERS_MIN lines in a row, each
# of at least CUT_TEASER_MIN_WORDS words and cut in a word's run (no space before the dots), below a line of
# article text: the related list of the page, from the first to the text's end.
# The lines below the run are no longer than its longest cut line: a list cut at a fixed length has no longer item
# (a column's paragraphs trailing off, then longer paragraphs, stay).
CUT_TEASER_END = r"[\w,](\.{3}|…)$"
CUT_TEASER_MIN_WORDS = 15
CUT_TEASERS_MIN = 2

# The photo numbers of an image gallery the page lost, standing as lines between its captions ("2" / "Jisse vertelde
# …" / "3" / "4"): GALLERY_MIN_NUMBERS or more lines of a bare number (up to GALLERY_NUMBER digits), rising through
# the text, each caption between them a sentence (pipeline.text.gallery) — a figure box's number opening the
# sentence below it ("21" / "procent …") or a ranking's numbers above names stay.
GALLERY_NUMBER = r"\d{1,3}"
GALLERY_MIN_NUMBERS = 4
# the number of the gallery's first photo glued to the end of the title above it ("… officieel geopend1")
GLUED_GALLERY_NUMBER = r"(?<=[a-zà-ÿ])\d{1,2}$"

# A site's list of its other items closing the text, one title a line and no box's heading above it (pipeline.text.
# tail_titles): TITLE_RUN_MIN or more short lines in a row (at most TITLE_RUN_MAX_WORDS words each) after the
# article's last paragraph of running text, at least TITLE_RUN_UNSTOPPED_SHARE of them without a sentence's end (a
# title's shape) — the run's length is its mark; not a list the article announces with a colon above it.
TITLE_RUN_MIN = 8
TITLE_RUN_MAX_WORDS = 10
TITLE_RUN_UNSTOPPED_SHARE = 1 / 3
# …of which a few may be a longer headline (site33: a sidebar's "Nieuwe asielwet net voor Pinksterweekend, zeg maar dag
# tegen je huis"), at most TITLE_RUN_LONGER_SHARE of the run and TITLE_RUN_LONGER_MAX_WORDS words each
TITLE_RUN_LONGER_MAX_WORDS = 14
TITLE_RUN_LONGER_SHARE = 1 / 4
# …not a list the article announces in the last sentence before it, as with a colon (review33b: "… Dit zijn alle
# winnaars van dit jaar." above the Gouden Kalveren; "De uitslagen op een rij.")
TITLE_RUN_ANNOUNCED = (
    r"(?:^|[.!?]\s+)(?:dit|dat|hier|hieronder)\s+(?:zijn|waren|volgen)\b[^.!?]{0,100}[.!]?\s*$"
    r"|\bop een rij\s*[.!]?\s*$"
)
# …not a table the article prints: half its lines or more ending in a figure (a score, a time, an amount: "Olst - Wijhe
# 3-1", review28)
TITLE_RUN_TABLE_SHARE = 1 / 2
# (read from the start of the closing run of figures and signs, possessively: linear on a line of one long number)
TITLE_RUN_FIGURE_END = r"(?<![\d.,:/-])[.,:/-]*+\d[\d.,:/-]*+\s*+$"
# …nor the people the article lists: half its lines or more a person's name ("Anneke de Vries", review28)
TITLE_RUN_NAMES_SHARE = 1 / 2
# …nor items with their standfirsts: a quarter of its lines or more ending in a cut mark ("Wie wint deze week de
# gouden ster...", a TV guide's blurbs: fix47) — a list of cards, closing_cards.cut_blurb_cards tells the page's cut
TITLE_RUN_CUT_SHARE = 1 / 4
