"""The opening of a text by shape (issue 21): data, no logic — the limits and expressions with which
pipeline.text.headline, title_shapes and lede_openings tell a title at the text's opening from the lede's first
sentence: a headline's length, titles closed by a question, an exclamation, an ellipsis or a full stop (and the
evidence a full-stop title needs), a quotation taken up as said, a text opening with its own dateline and
introduction. Split from pipeline.text.title_rules (its size). Case-insensitive unless marked.
"""

from __future__ import annotations

from pipeline.text.shape_rules import SECTION_LABELS
from pipeline.text.site_rules import SHARE_NETWORK

# A headline is at most this many words (pipeline.text.headline, title_shapes, flat_title).
HEADLINE_MAX_WORDS = 25
# The text's first block a title of two or three short sentences closed by a question or an exclamation mark ("2025
# was het jaar van D66. Hoe kreeg Rob Jetten dat voor elkaar?"), or a quotation of at most two sentences ("‘We
# beschuldigen niet zomaar’"), on one line of at most HEADLINE_MAX_WORDS words, running text after it
# (pipeline.text.opening_titles.opening_title). A title label ("Video: zware crash in Indycar-race") read as a caption
# is the title too, when the words after it are no credit: a lower-case word among them, no sentence's end.
TITLE_END_MARKS = ("?", "!", "…", "...")
# A title trailing off in an ellipsis outside a quotation has at most this many words ("Het zwembad gaat open, maar de
# kosten..."); a longer sentence trailing off is a column's opening line (pipeline.text.headline, review32h).
ELLIPSIS_TITLE_MAX_WORDS = 12
QUESTION_TITLE_MAX_SENTENCES = 3
# A title of two or three parts, no sentence's end closing it ("Worden lokale partijen buitengesloten? Soms wel, zo
# blijkt uit onderzoek"; a page's title and its standfirst on one line, "… tot een woonplicht. Het regent ideeën in
# de raad. Bekijk hier welke …", head35): at most this many words and parts (pipeline.text.opening_titles).
PARTED_TITLE_MAX_WORDS = 30
PARTED_TITLE_MAX_SENTENCES = 3
QUOTED_OPENING_MAX_SENTENCES = 2
QUOTE_MARKS = "‘’'\"“”„«»"
# Not a pointer to the medium ("Video: bekijk hier de beelden van de brand", review32h): that is a caption still.
LABELLED_TITLE = (
    r"^(video|podcast)\s*[:|]\s+(?!(bekijk|beluister|klik|lees|zie|(kijk|luister)\s+(hier|mee|naar))\b)(?P<title>\S.*)$"
)
# The paragraph after a whole-line quotation opening with these words takes the quotation up as said ("Dat zei de
# verpleegkundige …", "Met die woorden …"): the quotation is the story's first sentence, no title (review32h).
QUOTE_TAKEN_UP = (
    r"^((dat|dit|die|zo)\s+(zei|zegt|zeggen|zeiden|schreef|schrijft|riep|roept|vertelt|vertelde|antwoordt|antwoordde"
    r"|sprak|klonk|klinkt|hoorde|hoort)|(met|na)\s+(die|deze)\s+woorden|aldus)\b"
)

# A title closed by a full stop as the text's first block (pipeline.text.headline), when no other heading comes
# before the running text: "Afscheidsrede vertrekkende wethouders Baarn." — at most this many words, and a
# paragraph of running text (this many words) after it somewhere; a longer first sentence is the lede.
FULL_STOP_TITLE_MAX_WORDS = 10
# …or closed by an abbreviation in brackets, its full stop inside them: a place's region ("Oudega (Sm.)", site32b)
BRACKETED_ABBREVIATION = r"\s\((?-i:[A-ZÀ-Ý])[\w.-]{0,6}\.\)$"
FULL_STOP_TITLE_TEXT_MIN_WORDS = 15
# …and only with evidence that the line is a title, not the lede's short first sentence (pipeline.text.lede_openings,
# helper head32b): a dateline or byline under it, the lede below it opening with its own dateline (LEDE_DATELINE),
# the line shown again later in the text — or the line in a title's words (its first word none that running text
# opens a sentence with, FULL_STOP_LEDE_OPENERS: "Het regent al dagen in Zeeland." is the lede's) over a paragraph of
# running text that does not go on from it (opened by a lower-case word or one pointing back, FULL_STOP_CONTINUERS:
# "Dat blijkt uit …").
FULL_STOP_LEDE_OPENERS = frozenset(
    [
        "de",
        "het",
        "een",
        "er",
        "ik",
        "je",
        "jij",
        "u",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "jullie",
        "men",
        "dat",
        "dit",
        "die",
        "deze",
        "daar",
        "hier",
        "toen",
        "nu",
        "zo",
        "en",
        "maar",
        "want",
        "dus",
        "ook",
        "toch",
        "wie",
        "wat",
        "waar",
        "hoe",
    ]
)
FULL_STOP_CONTINUERS = frozenset(
    [
        "dat",
        "dit",
        "die",
        "deze",
        "daar",
        "daarom",
        "daardoor",
        "daarna",
        "daarbij",
        "daarmee",
        "dan",
        "en",
        "maar",
        "want",
        "dus",
        "ook",
        "toch",
        "zo",
        "hij",
        "zij",
        "ze",
        "hem",
        "haar",
        "hun",
    ]
)

# A text that opens with its own lede, no title above it (pipeline.text.lede_openings, helper head32b): its first
# paragraph opening with a dateline ("OOST-SOUBURG - ", "DEN HAAG – ": a place in capitals, up to three words, and a
# dash) and closed by a colon introduces what follows ("… In het nieuws in Zeeland vanmorgen:"), as does a news
# round-up's frame set aside for one of INTRO_REASONS (pipeline.text.roundup): no heading below it is the headline,
# each is an item's subheading.
LEDE_DATELINE = r"^(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)(\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)){0,2}\s+[-–—]\s+(?=\S)"
# A paper's dateline printed without its dash ("GROESBEEK De gemeente …", site45): the place in capitals, then the
# sentence's first word, capitalised in lower case (pipeline.text.print_edges: only where the paper prints it so twice).
BARE_DATELINE = r"^(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)(\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)){0,2}\s+(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ]))"
INTRO_END = ":"
# (site45) a letters page's standing note opening the text ("Op deze plek verzamelen we ingezonden brieven …",
# pipeline.text.reader_rules.LETTERS_NOTE) introduces the letters below it, each under its topic's heading; (site53) so
# does a standing rubric's introduction in the outlet's voice (pipeline.text.rubric_frame_rules' "roundup": "In deze
# wekelijkse rubriek zetten we de scherpste reacties op een rij."), each item under its heading
INTRO_REASONS = frozenset({"greeting", "letters", "roundup"})

# A quoted title on one line with the page's furniture around it (site40): a rubric's label before it, capitalised
# words ending in a section's word (shape_rules.SECTION_LABELS: "Weekblad Premium ‘…’", "Opinie ‘…’"), and a share
# button's network after its closing quote (site_rules.SHARE_NETWORK: "‘…’ Facebook"). The quotation, of
# title_rules.OVERLINE_QUOTE_MIN_WORDS words or more, is the headline (pipeline.text.title_line); the label is set
# aside as "rubric", the network as "share". A speaker before the quote ("Rutte ‘…’") names no section: the line stays.
FRAMED_QUOTE = (
    rf"^(?:(?P<label>(?:(?-i:[A-ZÀ-Ý])[\w'’&-]*\s+){{0,2}}{SECTION_LABELS})\s+)?"
    r"(?P<quote>[‘'\"“„«](?-i:[A-ZÀ-Ý])[^‘’'\"“”„«»]*[’'\"”»])"
    rf"(?:\s+(?P<network>{SHARE_NETWORK}))?$"
)
