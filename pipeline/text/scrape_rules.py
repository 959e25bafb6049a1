"""Rules (data) for texts as scrapers leave them: a whole text flattened onto one line (pipeline.text.flat_title)
and an author box closing a blog's page (pipeline.text.web_edges.author_bios)."""

from __future__ import annotations

# A text flattened onto one line (a scraper's CSV that replaced every newline with a space): its title is glued to
# what follows. Only in a first block of at least FLAT_TEXT_MIN_WORDS words that holds the whole text. The title ends
# (1) where a dateline begins — a place of 1–3 capitalised words, a dash, a capital: "Nu 45 besmettingen Wuhan - Bij
# nog eens …" — or (2) where a photo's caption begins that the text repeats later word for word ("China noemt virus
# ’beheersbaar’ Medische hulpverleners brengen een patiënt naar het ziekenhuis.  De commissie … Medische
# hulpverleners brengen een patiënt naar het ziekenhuis."). The title has FLAT_TITLE_MIN_WORDS to HEADLINE words and
# no sentence end; a caption at least FLAT_CAPTION_MIN_WORDS.
FLAT_TEXT_MIN_WORDS = 60
FLAT_TITLE_MIN_WORDS = 3
FLAT_CAPTION_MIN_WORDS = 6
# The dateline after the title: a place in capitals ("ZWOLLE - ", "DEN HAAG - ") before any capital, or one
# capitalised word ("Wuhan - ") before a word that opens a sentence (FLAT_SENTENCE_OPENERS) — not a route or a score
# ("het traject Zwolle - Meppel", "Ajax - PSV"; review26). Every dash in the first FLAT_DATELINE_MAX_WORDS words is
# tried, in order.
FLAT_DATELINE = (
    r"(?<=\s)(?P<place>(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)(\s+(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)){0,2})\s+[-–—]\s+(?=(?-i:[A-ZÀ-Ý]))"
    r"|(?<=\s)(?P<town>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+))\s+[-–—]\s+(?=(?P<opener>[\w']+)\s)"
)
FLAT_DATELINE_MAX_WORDS = 30
FLAT_SENTENCE_OPENERS = frozenset(
    [
        "de",
        "het",
        "een",
        "bij",
        "in",
        "op",
        "er",
        "na",
        "voor",
        "door",
        "met",
        "uit",
        "volgens",
        "dat",
        "die",
        "deze",
        "dit",
        "ook",
        "zo",
        "toen",
        "nadat",
        "omdat",
        "hoewel",
        "tijdens",
        "sinds",
        "vanaf",
        "tot",
        "om",
        "als",
        "wie",
        "wat",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "ik",
        "u",
        "alle",
        "twee",
        "drie",
        "vier",
        "vijf",
        "tien",
        "honderden",
        "duizenden",
        "ruim",
        "bijna",
        "zeker",
        "minstens",
        "meer",
        "vanwege",
        "wegens",
        "ondanks",
    ]
)

# An author box at the text's end: the author's name on its line, a short bio (at most AUTHOR_BIO_MAX_LINES lines,
# AUTHOR_BIO_MAX_WORDS words) and last a link to the author's page ("Meer...", "Lees meer", "Alle artikelen van …"):
# the name is the byline, the bio and the link the site's.
AUTHOR_MORE_LINK = (
    r"^(meer|lees meer|meer lezen|meer van (deze )?(auteur|schrijver)|bekijk (het )?profiel"
    r"|alle (artikelen|berichten|stukken|columns) van\b.{1,40})\s*(\.{2,3}|…|»|>|→)?$"
    r"|(https?://|www\.|@)\S+\s+(?-i:Meer|Lees meer)\s*(\.{2,3}|…|»|>|→)$"  # or glued to the bio's closing link
)
# What makes the lines under the name a bio, not a quote or a portrait's text (review26): the author's own page or
# handle ("Volg hem op X: https://…", "Steun mij: https://…"), or a writer's role ("… is journalist",
# edge_rules.AUTHOR_ROLE_NOUNS).
AUTHOR_BIO_LINK = r"https?://|www\.|(^|\s)@\w"
AUTHOR_BIO_MAX_LINES = 4
AUTHOR_BIO_MAX_WORDS = 90
AUTHOR_BOX_AFTER_WORDS = 40  # only after a paragraph of the article's, at least this long
