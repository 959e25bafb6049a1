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

"<X> vind je hier" is read in this one place, twice: above by the line table (the object first, a line of its own),
and as a short paragraph's sentence by pipeline.text.glued_edges.link_prompts (HERE_PROMPT, any object; moved here
from pipeline.text.pointer_rules, tidy47) — both from the same verbs of finding and the same reader (_FINDING, _YOU).
"""

from __future__ import annotations

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
