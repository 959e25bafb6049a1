"""Short outlet furniture on fresh pages by its shape, second round, helper site52b (issue 21; data, no logic).
pipeline.text.site41_rules carries SITE_LINES into the shape tables, which pipeline.text.patterns reads after every
other rule of a line; pipeline.text.glued_labels leaves a GLUED_SUBJECT line whole for them;
pipeline.text.sentence_reasons reads READER_SENTENCES (not when quoted or reported). Case-insensitive unless
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

READER_SENTENCES: tuple[tuple[str, str], ...] = (
    # the pointer to the outlet's live player, which the text does not hold: something "is hier live te volgen"
    # ("De uitslag is vanaf 20:00 uur hier live te volgen.", "Vanaf 19:30 uur is hier live te zien wie wint.", "De
    # wedstrijd is hier LIVE te volgen."); "hier" and "live" both: "De raad is live te volgen via de gemeentesite" names
    # another's stream, "Het debat is hier te zien geweest" no player now; a sentence that tells news first and then
    # points ("Woensdag staat de finale op het programma en die is hier live te volgen") keeps its news
    (
        "link",
        r"^((?!\b(en|maar|want)\b)[^.!?,;]){0,60}\b(is|zijn|wordt|worden)\s+([^.!?]{1,30}\s+)?(hier|hieronder)\s+live"
        r"\s+te\s+(volgen|zien|bekijken|beluisteren)\b[^.!?]{0,100}[.!]?$",
    ),
)
