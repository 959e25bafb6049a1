"""Short outlet furniture on fresh pages by its shape, second round, helper site52b (issue 21; data, no logic).
pipeline.text.site41_rules carries SITE_LINES into the shape tables, which pipeline.text.patterns reads after every
other rule of a line; pipeline.text.glued_labels leaves a GLUED_SUBJECT line whole for them. Case-insensitive unless
marked `(?-i:…)`.
"""

from __future__ import annotations

# a genre whose name beside it is the person the piece is about (an essay's or a column's is its author's: a byline)
_ABOUT_GENRE = r"(Interview|Dubbelinterview|Portret|Profiel)"
_NAME_WORD = r"([A-ZÀ-Ý][\w'’.-]*|van|de|der|den|ten|ter|het|'t|el|al|von|da|le|la)"

# the genre label run into the name beside it when the page was saved as text, no space between them: the person
# interviewed or portrayed ("InterviewMarieke de Wit", "PortretJ.P. Smit"), one to five words of a name, no sentence,
# the label's whole line (glued_labels cuts "EssayAnna de Vries" into the label and the author's byline); with a space
# it is a heading ("Interview Marieke de Wit"), and a name glued to more text is a teaser's run-on ("InterviewMarieke
# de WitDe ondernemer vertelt …", left)
GLUED_SUBJECT = rf"^(?-i:{_ABOUT_GENRE}[A-ZÀ-Ý][\w'’.-]*(\s+{_NAME_WORD}){{0,4}})$"

SITE_LINES: tuple[tuple[str, str], ...] = (
    ("label", GLUED_SUBJECT),
    # a dossier's banner over a topic page's article: the word and the count of its articles ("Dossier - 12 artikels",
    # "DOSSIER | 40 artikelen"), the link to the topic page; "Het dossier telt 12 artikelen" is a sentence
    ("link", r"^dossier\s*[-–—:|]\s*\d{1,4}\s+(artikels?|artikelen|berichten|verhalen|afleveringen)$"),
)
