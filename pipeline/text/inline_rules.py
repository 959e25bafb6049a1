"""The expressions of pipeline.text.inline_chrome (issue 21, round site29b): data, no logic — a page's
interface words that a scraper glued between the article's sentences on one line."""

from __future__ import annotations

from pipeline.text.reader_site_sentences import READING_TIME

# a slideshow's buttons: "Vorige slide Volgende slide", "Previous slide", "Volgende dia" (capitalised, as a
# button is; the nouns only a slideshow's: "de volgende foto" in a sentence is not this)
SLIDE_WORD = r"(?:slide|slides|dia|dia's)"
SLIDE_CONTROLS = (
    rf"(?<!\S)(?:(?:Vorige|Volgende|Previous|Next|Prev)\s+{SLIDE_WORD})(?:\s+(?:Vorige|Volgende|Previous|Next|Prev)\s+"
    rf"{SLIDE_WORD})?(?=\s|$)"
)

# A pointer at an embed the text no longer has: a sentence ending in a colon that sends the reader to look or
# listen "here" ("Bekijk hier hoe de wijk eruit komt te zien:", "In onze special laten we het je zien:"), with
# nothing after it but the page's interface, or the end of the text (or only the embed's title there).
POINTER_LEAD = (
    r"^(?i:(?:be)?kijk|zie|luister|beluister|lees)\b[^.!?:]*\b(?i:hier|hieronder)\b"
    r"|\b(?i:laten|tonen) (?i:we|wij) (?:(?i:het|dat|dit) )?(?i:je|jou|u|jullie) (?i:zien|horen)$"
    r"|\b(?i:zie|ziet|bekijk|bekijkt|hoor|hoort) (?i:je|u|jij) (?i:hier|hieronder)\b"
)
POINTER_SENTENCE = r"(?:(?<=[.!?…\"”’'])\s+|^\s*)(?P<pointer>[A-ZÀ-Ý][^.!?:]{3,200}):(?=\s|$)"
POINTER_MAX_WORDS = 20
POINTER_QUESTION = r"(?:(?<=[.!?…\"”’'])\s+|^\s*)(?P<question>[A-ZÀ-Ý][^.!?:]{3,120}\?)\s*$"  # its lead, before it
POINTER_QUESTION_MAX_WORDS = 12
# …closing the text: only where the line holds a whole page's text run together (this many words before the
# pointer); a paragraph of its own may end on a lead-in whose embed is the next line
ONE_LINE_MIN_WORDS = 150
EMBED_TITLE_MAX_WORDS = 16  # the embed's title closing the text: a title's length, without a sentence's end

# A photo's copyright credit glued between sentences or closing the line: "©" and the holder's name (at most
# CREDIT_MAX_WORDS capitalised words, an agency's "/" between them); a capitalised word right before a lower-case
# one opens the next sentence ("… de kerk. © Dagblad Oost Bij dat gevecht …").
COPYRIGHT_SIGN = r"(?<!\S)©(?=\s*\S)"
# …glued where the page's elements meet: at the line's start or after a sentence's end; inside a sentence the sign is
# the article's words about a notice ("Op de doos staat © Walt Disney Company en …", review28) unless it closes the
# line
CREDIT_AFTER = r"(?:^|[.!?…][\"”’'»)]*)\s*$"
CREDIT_MAX_WORDS = 5

# After the last sentence of a line that holds a whole page's text (ONE_LINE_MIN_WORDS), a title's words closing it
# — capitalised, CLOSING_TITLE_MIN_WORDS to CLOSING_TITLE_MAX_WORDS words without a sentence's end, a comma, a
# colon or quotation marks, after a sentence of running text (CLOSING_TITLE_AFTER_MIN_WORDS; "Arme Jan." before it
# is a caption's): the title of an embedded video or a related card the scraper kept ("… naar de rechter.
# Rechter buigt zich over hoge boetes").
CLOSING_TITLE_MIN_WORDS = 4
CLOSING_TITLE_MAX_WORDS = 12
CLOSING_TITLE_AFTER_MIN_WORDS = 6
CLOSING_TITLE_MARKS = r"[,;:\"“”„‘’'«»()]"
# …nor a sentence cut off at the text's end (a store's excerpt, site34): a title drops the auxiliary verb and the
# infinitive's "te" ("Man aangehouden na steekpartij"), a sentence keeps them ("Politieke motieven lijken te prevaleren
# bove"); one of them, lower-case, among the closing words is a sentence's
SENTENCE_VERBS = (
    r"(?<!\S)(?:te|is|was|zijn|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|zal|zullen|zou|zouden)(?!\S)"
)
# …nor the next of the line's own dash-led items, cut off at the text's end (a year review's "… te behouden. NOVEMBER
# -De gevels van Van Her", blind41): the closing words hold an item's dash glued to a capital, and the line before
# them opens its items so (after a sentence's end) — a card's title has no such dash
DASH_ITEM = r"(?<!\S)-[A-ZÀ-Ý]"
DASH_ITEM_BEFORE = r"[.!?…]\s+-[A-ZÀ-Ý]"
# …not a sentence that lost its full stop: one opened by an article, a demonstrative or a pronoun ("De brug gaat
# maandag open voor al het verkeer", review28); a title drops them — or by an attribution ("Aldus burgemeester …"),
# or by an adverb of time that ties it to the sentences before ("Straks in de pauze volg", a page cut off in the
# word, blind44): a title stands alone
SENTENCE_OPENERS = (
    r"(?i:de|het|een|dit|dat|deze|die|hij|zij|ze|wij|we|ik|jij|je|u|er|daar|dan|ook|maar|en|toen|nu|aldus|volgens|zo"
    r"|straks|daarna|vervolgens|intussen|ondertussen|inmiddels)"
)

# A comment section's counter and empty-state prompt closing the line (site31): "0 Reacties 0 reactiesEr zijn nog geen
# reacties geplaatst, wees de eerste!" — one or more counts of comments, then the prompt; or the prompt with its
# call to be the first, opening a sentence or glued to a word. An article's "Er zijn nog geen reacties." alone (no count,
# no call) stays, and so does a sentence quoting the prompt after a colon (review31). At most six counts in a row (a page
# shows two): an unbounded run is read again from each of its counts before the prompt fails (review33).
COMMENT_COUNTER = (
    r"(?i:(?<!\S)(?:\d+\s+reacties?\s*){1,6}er zijn (?:nog )?geen reacties(?: geplaatst)?[,.]?(?:\s*wees de eerste[!.]?)?"
    r"|(?:^|(?<=[.!?]\s)|(?<=\w))(?-i:Er) zijn (?:nog )?geen reacties(?: geplaatst)?,\s*wees de eerste[!.]?)\s*$"
)


# A page's reading time opening the line, glued before the byline or the text ("17min leestijd   door Anna de Vries op
# 3 mei 2021", site40): reader_site_sentences.READING_TIME, then the byline's "door" or a capital opening the text;
# a word in lower case after it continues a sentence about it ("5 minuten leestijd kost het stuk").
READING_TIME_OPENING = rf"^(?i:{READING_TIME})(?=\s+(?:door\s|[A-ZÀ-Ý]))"

# A prompt to reach the article's author closing the line, glued after the signature (site51): "… secretaris Wil je de
# auteur contacteren? Stuur haar dan een e-mail. |" — the question to the reader, perhaps its instruction to mail, a
# separator left after them.
AUTHOR_CONTACT = (
    r"(?<!\S)(?P<contact>(?-i:W)il(?:t)? (?:je|u) (?:de|deze|het) (?:auteur|schrijver|redacteur|redactie|journalist)"
    r"\s+(?:contacteren|bereiken|mailen|een (?:e-?mail|mail|bericht) sturen)\?(?:\s+[^.!?]{0,60}\b(?:e-?mail|mail|mailen|bericht)\b[^.!?]{0,20}[.!])?)\s*\|?\s*$"
)

# An embedded post's author line closing the paragraph its text was read into (site42): the author's name and handle
# glued, then the embed's "link" ("… #groningen Angelique(@ Angelieek) link"); a name and handle in a sentence ("aldus
# Jan Smit (@jansmit).") has no link after it. Not a post's English date ("— Jan Smit (@jansmit) May 22, 2019"): that
# form set article text aside on a check set (scored in aggregate only).
EMBED_AUTHOR = (
    r"(?<![\w#@])(?:—\s*)?(?P<author>(?-i:[A-ZÀ-Ý])[\w'’-]*(?: (?:[\w'’-]+\.)*[\w'’-]+){0,3}\s?\(@ ?\w{1,30}\))"
    r"\s+link\s*$"
)
# The reporter's initials in brackets and lower case closing a paragraph after its last sentence's mark, a Flemish
# paper's sign-off ("… van elders moeten komen. (agy)", "(evdb/belga)"; site42); a party's abbreviation in a sentence
# stands before its full stop ("…, zei minister Crevits (cd&v)."); an interview's stage word after a quote is the
# article's ("'… altijd gedaan.' (lacht)", review42s), and so is a serial's "(slot)"
_STAGE_WORDS = r"(?:lacht|zucht|knikt|huilt|pauze|stilte|zwijgt|grijnst|slot|sic)"
SIGN_OFF_INITIALS = (
    rf"(?<=[.!?…\"”’])\s+(?P<initials>\((?!{_STAGE_WORDS}\))(?-i:[a-z]{{2,5}})(?:/(?-i:[a-z]{{2,5}}))*\))\s*$"
)
# A video player's embed dialog printed inline (site42): its button, its prompt and the frame sizes to choose from
# ("embed Embed deze video Dimensies: 560x315 640x360 835x480"); a sentence names no list of frame sizes.
EMBED_DIALOG = (
    r"(?:\bembed\s+)?\b(?:embed|insluiten)\s+(?:deze|this|de)\s+video\s*:?\s*(?:dimensies|dimensions|afmetingen|formaat)"
    r"\s*:?(?:\s*\d{2,4}\s?[x×]\s?\d{2,4}){2,}"
)
