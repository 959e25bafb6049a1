"""Word sets of the site-text rules: data, no logic (the regular expressions are in `site_rules`).

Function words, menu separators, teaser markers, boilerplate and English interface words —
looked up word by word, where the patterns match whole lines.
"""

from __future__ import annotations

# the name of an embedded medium standing in for it (a tweet, a video) when a scraper keeps only its label
EMBED_PLACEHOLDERS = frozenset(
    ["social", "video", "audio", "tweet", "embed", "instagram", "youtube", "podcast", "poll", "fotoserie", "grafiek"]
)
# words after which a medium's name is part of the sentence ("de Video", "op Social Media")
FUNCTION_WORDS = frozenset(["de", "het", "een", "op", "in", "via", "van", "met", "voor", "naar", "per", "bij", "uit",
                            "en", "of", "deze", "die", "dit", "onze"])  # fmt: skip
# words a sentence opens with (article, pronoun, adverb, auxiliary verb, preposition, greeting): after a medium's name, a
# capitalised word opens the next sentence ("… opgenomen. Social Vandaag krijgt …"); any other capitalised word with
# a lower-case word after it carries the name into a clause ("Social Media zijn belangrijk", prec36)
_SENTENCE_OPENING = (
    "de het een dit dat deze die hij zij ze wij we ik jij je u jullie men er daar hier dan ook maar en toen nu zo "
    "wat wie waar waarom hoe wanneer welke is was zijn waren wordt werd worden werden heeft hebben had kan kunnen "
    "wil moet moeten gaat komt zal zou vandaag gisteren morgen vanavond vanmorgen nog al niet geen in op na voor bij "
    "met van uit door volgens tijdens sinds om als omdat toch wel ja nee goedemorgen goedemiddag goedenavond hallo hoi "
    "welkom"
)
SENTENCE_OPENING_WORDS = frozenset(_SENTENCE_OPENING.split())
# what closes a sentence, and a clause, at a word's end (an embed's stand-in is no word of a sentence)
SENTENCE_ENDS = (".", "!", "?", ":", ";")
CLAUSE_ENDS = (".", ",", ";")  # not a colon: "Social BonusFilmpje: …" is an embed and a title
# a symbol between menu items or breadcrumbs
MENU_SEPARATORS = frozenset(["›", ">", "»", "|", "•", "·", "&", "-", "–", "/", "◄", "►"])

# A pointer to the whole story elsewhere, alone on its line and closed by its colon, the linked title on the next line:
# "Lees het volledige bericht:" (site44; interface_rules "pointer", and a teaser marker over that title)
FULL_STORY_POINTER = r"^lees (hier )?het (hele|volledige|originele) (artikel|bericht|verhaal)( verder)?\s*:$"
# Headings after which the page lists other stories: what follows (short lines) is a teaser.
TEASER_MARKERS: tuple[str, ...] = (
    FULL_STORY_POINTER,
    r"^(lees|bekijk|kijk|luister) ook\b",
    r"^meer (uit|over|nieuws|van|artikelen|in)\b",
    r"^(meest (gelezen|bekeken|recent(?=\s*:?$))|ook interessant|(gerelateerde?|relevante|verwante|vergelijkbare) (artikelen|berichten|nieuws)|volgend artikel|aanbevolen( voor jou)?|populair( nu)?|andere artikelen|dit vind je misschien ook interessant|(het )?laatste ([a-z]{3,12})?nieuws|net binnen|eerdere berichten|gerelateerd aan dit artikel|trending(?=\s*:?$))\b",
)

# General signal: a short line made mostly of these words is boilerplate (reason "boilerplate").
BOILERPLATE_WORDS = frozenset(
    [
        "klik",
        "hier",
        "lees",
        "meer",
        "bekijk",
        "abonneer",
        "abonnee",
        "abonnement",
        "nieuwsbrief",
        "download",
        "app",
        "inloggen",
        "log",
        "registreer",
        "registreren",
        "cookies",
        "privacy",
        "delen",
        "deel",
        "volg",
        "reageer",
        "reacties",
        "reactie",
        "advertentie",
        "gratis",
        "aanmelden",
        "account",
        "premium",
        "plus",
        "adverteren",
        "contact",
        "menu",
        "zoeken",
        "sluiten",
        "ontvang",
        "mailbox",
        "podcast",
        "kanaal",
        "whatsapp",
    ]
)

# The words of an interface line in English (an aggregator's or an app's): a short line made only of
# these is interface text, whatever it says ("Read more", "Show all comments", "Top stories").
ENGLISH_INTERFACE_WORDS = frozenset(
    [
        # a site's footer and consent dialog in English (helper site27): "Privacy policy", "Terms of use", "Cookie
        # settings", "Accept all", "Sign up for our newsletter" ("us" is no such word: "US Open")
        "about",
        "accept",
        "advertisement",
        "contact",
        "cookie",
        "cookies",
        "follow",
        "newsletter",
        "policy",
        "privacy",
        "register",
        "settings",
        "terms",
        "use",
        "a",
        "all",
        "and",
        "app",
        "article",
        "articles",
        "back",
        "by",
        "comment",
        "comments",
        "continue",
        "copy",
        "download",
        "edit",
        "for",
        "from",
        "full",
        "home",
        "in",
        "latest",
        "link",
        "listen",
        "live",
        "load",
        "log",
        "login",
        "menu",
        "more",
        "most",
        "my",
        "new",
        "news",
        "next",
        "now",
        "of",
        "on",
        "open",
        "or",
        "our",
        "popular",
        "post",
        "posts",
        "posted",
        "previous",
        "read",
        "recent",
        "related",
        "save",
        "search",
        "see",
        "share",
        "show",
        "sign",
        "source",
        "sources",
        "stories",
        "story",
        "subscribe",
        "the",
        "this",
        "to",
        "top",
        "trending",
        "up",
        "updated",
        "video",
        "view",
        "watch",
        "with",
        "you",
        "your",
        "just",
        # a box of other articles headed in English (site37): "Check Also", "You may also like"
        "also",
        "check",
        "like",
        "may",
        # a post's or comment's author placeholder (site37): "Anonymous (not verified)", "Guest user"
        "anonymous",
        "guest",
        "not",
        "user",
        "verified",
        "ago",
        "min",
        "mins",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "yesterday",
        "today",
    ]
)
# a media player's or a podcast page's words (site32): "View descriptionShare", "In 1 playlist(s)", "Browse 120
# clip(s)"; a line of them between two paragraphs of running text is the article's heading ("Top 10 clips":
# pipeline.text.announced, review32r)
PLAYER_INTERFACE_WORDS = frozenset(
    ["browse", "clip", "clips", "description", "links", "playlist", "playlists", "social"]
)
# an image's alt text in English (site40): "Author profile picture", "AI-generated image" — two or more of these words;
# one among an interface's common words is a band's or a play's name ("Picture This", "The Author", review40)
ALT_TEXT_WORDS = frozenset(["ai-generated", "author", "avatar", "generated", "image", "picture", "profile"])
ALT_TEXT_MIN_WORDS = 2
ENGLISH_INTERFACE_WORDS = ENGLISH_INTERFACE_WORDS | PLAYER_INTERFACE_WORDS | ALT_TEXT_WORDS

# The words of an interface line in German (a German-hosted site re-posting Dutch news, issue 21 round site28): a
# heading made only of these and of ENGLISH_INTERFACE_WORDS is a box's ("Ähnliche Beiträge", "Nicht verpassen",
# "Weitere Artikel"); none is a Dutch word
GERMAN_INTERFACE_WORDS = frozenset(
    [
        "ähnliche",
        "auch",
        "aufrufe",
        "beiträge",
        "beitrag",
        "beliebte",
        "beliebteste",
        "empfohlen",
        "empfohlene",
        "kommentare",
        "könnte",
        "lesen",
        "meistgelesen",
        "meistgelesene",
        "mehr",
        "nachrichten",
        "neueste",
        "neuesten",
        "nicht",
        "teilen",
        "verpassen",
        "verwandte",
        "weiterlesen",
        "weitere",
        "zum",
        "thema",
        "zurück",
    ]
)

# Of the interface words, those that name a box of other stories: a foreign interface heading holds one of them
# ("Related Posts", "Ähnliche Beiträge", "Nicht verpassen"; pipeline.text.foreign_boxes) — a footer's link ("Privacy
# policy") or a read-more link names none
BOX_WORDS = frozenset(
    [
        "related",
        "posts",
        "stories",
        "articles",
        "news",
        "latest",
        "popular",
        "trending",
        "recent",
        "beiträge",
        "beitrag",
        "artikel",
        "nachrichten",
        "verpassen",
        "weitere",
        "ähnliche",
        "verwandte",
        "meistgelesen",
        "meistgelesene",
        "neueste",
        "neuesten",
        "empfohlen",
        "empfohlene",
    ]
)
