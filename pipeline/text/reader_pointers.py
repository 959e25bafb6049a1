"""Calls to action by their grammar (issue 21, site46b; data, no logic): a line of its own to the reader, in the
imperative or the "je/u" mood, that points to the outlet's own page, player or link — whatever the outlet's words.
pipeline.text.mainstream_rules adds SITE_LINES to the line table (a whole line or short block; inside a paragraph the
sentence is left to the sentence rules). Case-insensitive. One sentence, whole: a clause after a comma, a colon or a
question is the article's.

- an imperative of looking, reading or listening, and a place outside the article after it: "Zie ook onze
  fotoreportage.", "Bekijk de volledige fotoreeks hier.", "Herbeluister het gesprek op onze website." — "hier" (a
  link), the outlet's own page or channel ("ons"/"onze" and a page's noun) or "deze link"; "Kijk uit voor gladheid."
  points nowhere, and "hieronder"/"hierboven" point inside the article ("Ontdek hieronder de meest markante
  quotes.", blind45's gold keeps it); another party's website is service information ("Kijk voor de actuele situatie
  op de website van Rijkswaterstaat." stays);
- what the reader finds there, the object first: "Meer foto's vind je in ons fotoalbum.", "Alle uitslagen vind je op
  onze sportpagina.", "De hele reportage zie je hier." — "meer", "alle", "de hele" or "de volledige" before the thing,
  the reader's verb of finding and the same place after it ("Alle kinderen zie je daar spelen." stays); "hier" closes
  the line ("Alle kinderen uit de buurt zie je hier spelen." stays), and "meer dan" is a number, not more of a thing
  ("Meer dan vijftig soorten vlinders vind je hier." stays; review46).
- (site47) any imperative, by its place, not its verb: a line opening with a capitalised word of no closed class a
  Dutch sentence opens with (CLOSED_OPENERS: an article, a pronoun, a preposition, a conjunction, an adverb), then
  the reader or the outlet as its object ("je", "u", "ons", "onze": "Volg ons via Instagram!", "Schrijf je in via de
  link.", "Meld u aan op www.…") and a pointer anywhere after it ("hier", "via", the outlet's own page, a
  platform's name closing the line, a web or e-mail address: "Pas je snelheid aan op de snelweg." stays); or a
  thing as its object and a pointer that leaves the page: "hier" closing the line, the outlet's own page ("op onze
  website"), a web or e-mail address ("Bestel de kalender via info@…", "Download het programma op www.…"); or
  "hier" (a link) right after it, before the thing ("Bestel hier je kaarten", not "Bekijk hier hoe …"). "alle"/"meer"
  right after the opener count only with a pointer that leaves the page, as a thing does ("via" is not enough): a
  headline's adverb opens a line as well ("Steeds meer …", "Bijna alle …" in the story texts; the closed class cannot
  list every adverb). A line with a sentence's end holds at most CALL_MAX_WORDS words; one without is a button's or a
  link's label, at most BUTTON_MAX_WORDS ("Neem de trein via Utrecht." points at no page and stays; so does "Vergeet
  de zonnebrand niet.").
  The line's length is bounded first (CALL_MAX_CHARS): a long token is read once, not once per pointer's place.

"<X> vind je hier" is read in this one place, twice: above by the line table (the object first, a line of its own),
and as a short paragraph's sentence by pipeline.text.glued_edges.link_prompts (HERE_PROMPT, any object; moved here
from pipeline.text.pointer_rules, tidy47) — both from the same verbs of finding and the same reader (_FINDING, _YOU).
"""

from __future__ import annotations

from pipeline.text.dutch_rules import word_group

_LOOK = r"(zie|bekijk|herbekijk|kijk|lees|herlees|ontdek|luister|beluister|herbeluister|check|surf|bezoek)"
# a place outside the article: "hier" (a link), the outlet's own page or channel, a web address; not "hieronder",
# "hierboven" or "onderstaande" (the article's own quotes or list, below it: "Ontdek hieronder de meest markante
# quotes.", blind45's gold keeps it)
_OWN = r"(ons|onze) ([\w-]+ )?(website|site|app|pagina|kanaal|album|fotoalbum|dossier|overzicht|special|podcast|[\w-]*reportage|[\w-]*pagina)"
_POINTING = rf"(hier|{_OWN}|deze link)"
# what the line shows in its place, a clause after "hier" ("Bekijk hier hoe het water over de kade sloeg": the video
# is the article's), and the verb "uitkijken" ("Kijk hier goed uit.")
_NOT_IN_PLACE = r"(?![^,;:?]*\bhier (hoe|wat|waar|wie|waarom|welke|of|dat)\b)(?![^,;:?]*\buit\s*[.!]?$)"
_FINDING = r"vind|vindt|zie|ziet|lees|leest"  # the reader finding a thing ("… vind je hier", "… ziet u hier")
_FIND = rf"({_FINDING}|bekijk|bekijkt|hoor|hoort|beluister|beluistert|ontdek|ontdekt)"
_YOU = r"(je|jij|u)"

# "hier" closing the line (a link), "terug" or "online" at most after it: "Alle uitslagen vind je hier (terug)."; words
# after it put the thing in its place ("Alle kinderen uit de buurt zie je hier spelen.", review46)
_HERE_ALONE = r"hier( terug| online)?[.!]?$"

SITE_LINES: tuple[tuple[str, str], ...] = (
    ("link", rf"^{_LOOK}\b(?=[^,;:?]{{0,90}}$){_NOT_IN_PLACE}[^,;:?]{{0,60}}?\b{_POINTING}(?!\w)[^,;:?]{{0,40}}[.!]?$"),
    (
        "link",
        r"^(meer(?! dan\b| als\b)|alle|(de|het) (hele|volledige))\b(?=[^,;:?]{0,90}$)[^,;:?]{0,50}?\b"
        rf"{_FIND} {_YOU}\b[^,;:?]{{0,30}}?\b({_HERE_ALONE}|(op|in|via|bij) {_POINTING}(?!\w)[^,;:?]{{0,30}}[.!]?$)",
    ),
)

# A link's prompt whose link is gone, as a paragraph of its own (pipeline.text.glued_edges.link_prompts; edge_rules
# and pointer_rules before, site44): sentences that point the reader "here" ("Hier vind je het overzicht.", "De
# uitslagen zie je hier.") — maybe after a short question to the reader ("Fiets je mee?", "Ga je de weg op?") — and
# nothing else. A prompt ending in a colon introduces what follows (an embed): not this.
# (site44) "Hier vind je …" only after the question: alone, "hier" may be the article's place or its next words (blind40)
HERE_PROMPT = rf"^[^:]*\b({_FINDING})\s+{_YOU}\s+(ze\s+|het\s+|alles\s+)?hier[.!]$"
HERE_OPENING = rf"^hier\s+({_FINDING}|bekijk|bekijkt|volg|volgt|luister|luistert)\s+{_YOU}\b[^:]*[.!]$"
# (the question's shape looked at once, ahead: after each "je"/"u" the rest of a line such as "u-u-u-…" was read to
# its end again, quadratic — fix33c; matched for its truth only)
HERE_QUESTION = rf"^(?=[^.!?]*\?$)[^.!?]*\b{_YOU}\b"
HERE_QUESTION_MAX_WORDS = 6
HERE_PROMPT_MAX_WORDS = 40

# (site47) the imperative by its place (see the module docstring): CALL_LINES, checked last by pipeline.text.patterns
# (with its shape tables), when no other rule named the line — a tip request or a promo keeps its own reason
CALL_MAX_WORDS = 12
BUTTON_MAX_WORDS = 6
CALL_MAX_CHARS = 160
CLOSED_OPENERS = [
    *("de", "het", "een", "die", "dat", "deze", "dit", "er", "hier", "daar", "zo", "nu", "dan", "toen"),
    *("ik", "je", "jij", "u", "hij", "zij", "ze", "wij", "we", "jullie", "men", "iedereen", "niemand", "alles"),
    *("mijn", "jouw", "uw", "zijn", "haar", "ons", "onze", "hun", "wie", "wat", "waar", "hoe", "waarom", "welke"),
    *("in", "op", "bij", "na", "om", "met", "van", "voor", "door", "vanaf", "tijdens", "volgens", "over", "uit"),
    *("naar", "tot", "tegen", "zonder", "sinds", "onder", "boven", "achter", "naast", "tussen", "rond", "per"),
    *("als", "omdat", "hoewel", "terwijl", "nadat", "voordat", "zodra", "maar", "en", "of", "want", "dus"),
    *("ook", "nog", "al", "wel", "niet", "geen", "veel", "meer", "alle", "elke", "iedere", "sommige", "enkele"),
    *("allemaal", "beide", "velen", "weinig", "ieder", "elk", "zulke", "zelf"),
    *("vandaag", "gisteren", "morgen", "straks", "later", "eerst", "daarna", "inmiddels", "intussen", "verder"),
    *("bovendien", "daarom", "daardoor", "daarbij", "zelfs", "alleen", "vooral", "misschien", "waarschijnlijk"),
]
_CALL_OPENER = rf"(?!{word_group(CLOSED_OPENERS)}\b)(?-i:[A-ZÀ-Ý][a-zà-ÿ]{{2,12}})"  # its object in lower case after it
# one sentence, whole and unquoted: at most CALL_MAX_WORDS words and its end, or BUTTON_MAX_WORDS without one
_CALL_LINE = (
    rf"(?=.{{1,{CALL_MAX_CHARS}}}$)(?=[^,;:?\"“”„«»]*$)"
    rf"(?=\S+(?:\s+\S+){{0,{CALL_MAX_WORDS - 1}}}[.!]$|\S+(?:\s+\S+){{0,{BUTTON_MAX_WORDS - 1}}}$)"
)
# where a call points: "hier", "via", the outlet's own page, a platform's name closing the line ("Volg ons op
# Instagram"), a web or e-mail address ("… via info@…", "… op www.…"); "op de snelweg" is no page
_ADDRESS = r"(www\.|\b[\w-]+\.(nl|be|com|org|eu)\b|\w@\w)"
_OWN_PAGE = r"\b(op|in|via) (ons|onze)\b"  # the outlet's own page: "op onze website", "via ons"
_ELSEWHERE = rf"(\b(hier|via)\b|{_OWN_PAGE}|\b(op|via) (?-i:[A-ZÀ-Ý])[\w.-]+[.!]?$|{_ADDRESS})"
CALL_LINES: tuple[tuple[str, str], ...] = (
    ("link", rf"^{_CALL_LINE}(?=.*{_ELSEWHERE}){_CALL_OPENER} (?-i:je|jij|jouw|u|uw|ons|onze)\b"),
    (
        "link",
        rf"^{_CALL_LINE}(?=.*(\b{_HERE_ALONE}|{_OWN_PAGE}|{_ADDRESS}))"
        rf"{_CALL_OPENER} (?-i:de|het|een|deze|dit|nu|ook|gratis|direct|snel|alle|meer(?! dan\b))\b",
    ),
    ("link", rf"^{_CALL_LINE}{_CALL_OPENER} (?-i:hier (je|jouw|uw|de|het|een|alle|meer|onze|ons))\b"),
)
