"""Site text by shape (issue 21): data, no logic — teasers after "Lees ook" and story cards and lists glued into
the text: the limits and expressions of pipeline.text.page_edges, teasers, headline and spans for a linked story's
title, a related box's picture cards, a livestream's own title, a star-rated review's title, a card's question title
and lists of stories stamped with their age or date. Split from pipeline.text.title_rules (its size).
Case-insensitive unless marked.
"""

from __future__ import annotations

from pipeline.text.title_rules import AGE_UNITS

# -- teasers ------------------------------------------------------------------------------------------

# After "Lees ook" a linked story's title can be longer than a heading, or a question (pipeline.text.page_edges.
# title_shaped): at most this many words, one sentence, not closed by a full stop, a colon or a semicolon.
TEASER_TITLE_MAX_WORDS = 20
TEASER_TITLE_NOT_AFTER = ".:;,"
# A teaser marker above the text ("Laatste nieuws", "Meer nieuws", "Net binnen"; no article text before it) over ONE
# title and running prose is the article under its section's label, not a list of teasers: a teaser has one short
# standfirst at most. Running prose: at least ARTICLE_UNDER_LABEL_MIN_PARAGRAPHS paragraphs in a row under the title,
# each closing a sentence, one of them of RUNNING_PROSE_MIN_SENTENCES sentences or more (pipeline.text.teasers, fix33d).
ARTICLE_UNDER_LABEL_MIN_PARAGRAPHS = 2
# the article's section heading ("Hoe nu verder") over its last paragraph under a marker whose links the page lost; a
# linked story's title is longer (pipeline.text.teasers._last_section, fix49)
SECTION_HEADING_MAX_WORDS = 3
RUNNING_PROSE_MIN_SENTENCES = 2
# A related box's cards after "Lees ook" that each open with their picture's file name ("markt_deventer.jpg", then
# the story's title and its summary; pipeline.text.teasers.picture_cards, site32b): the file name alone on its line.
PICTURE_FILE = r"^[\w .()-]{1,80}\.(jpe?g|png|webp|gif)$"
# A text's first line set aside as such a pointer ("Kijk hier live naar de bekerfinale Go Ahead - Heracles") with no
# heading after it and its lede below naming the same subject (a capitalised word of the line, past its first, of at
# least ANNOUNCED_TITLE_NAME_MIN_CHARS) is a livestream's or a video's own title (pipeline.text.headline, prec28).
ANNOUNCED_TITLE_REASONS = ("teaser",)
# A review's title closed by its star rating ("Ilo Ilo ****", "Stille stad ★★★☆☆"): the reviewed work's name, never a
# kicker however short (pipeline.text.headline, prec28).
STAR_RATED = r"\s(\*{1,5}|[★☆]{1,5})$"
ANNOUNCED_TITLE_NAME_MIN_CHARS = 3
# Such a line is also the title of a stub page (a liveblog's landing page whose body the scraper did not keep) when
# every block below it is set aside and none is a card of another story ("teaser": the line is then their label),
# and it names a subject: ANNOUNCED_STUB_MIN_WORDS words or more ("Lees hier het laatste nieuws over de
# verkiezingen", not "Lees ook" or "Meer nieuws"; zero36).
ANNOUNCED_STUB_MIN_WORDS = 5

# -- a story card glued into the text (pipeline.text.spans) ----------------------------------------

# A card's title that is a question, with the card's label glued before it: two capitalised words open it
# ("Antwerpen Niet gedronken voor een fuif?"), then the card's standfirst and its day-and-time stamp.
CARD_LABELLED = r"\s*(?-i:[A-ZÀ-Ý][\w'’-]*) (?-i:[A-ZÀ-Ý])"
CARD_QUESTION_MAX_WORDS = 12

# A list of stories each stamped with its age, its line breaks lost (pipeline.text.spans): "1. een uur geleden
# Politiek <titel> <standfirst> 2. 3 weken, 2 dagen geleden …". A block opening with such a stamp (after at most
# AGED_LIST_MAX_WORDS_BEFORE words: a number, a list's name) that holds AGED_LIST_MIN_ITEMS of them, on average
# no more than AGED_LIST_MAX_WORDS_PER_ITEM words apart, is the list as a whole. A story's own "drie weken
# geleden" is one stamp in a paragraph, not three.
AGE_STAMP = rf"\b(\d+|een|één|an?)\s+{AGE_UNITS}(\s*,\s*(\d+|een|één)\s+{AGE_UNITS})?\s+(geleden|ago)\b"
AGED_LIST_MIN_ITEMS = 3
AGED_LIST_MAX_WORDS_BEFORE = 4
AGED_LIST_MAX_WORDS_PER_ITEM = 60
AGED_LIST_LABEL_MAX_WORDS = 3  # "2. Voetbal", "Eerdere berichten": a list's number, section or name between its items
DATED_LIST_MIN_ITEMS = 3  # title and date lines in turn: a list of other stories (pipeline.text.teasers)
# ... unless each date has its event after it (the run ends on a title) and the article's running text (a paragraph
# of this many words at least, ending a sentence) follows: the article's own timeline.
TIMELINE_TEXT_MIN_WORDS = 10
AGED_LIST_LABELS_ABOVE = 2  # such short lines above the first item: its number and the list's name

# A latest-news widget closing the page, each title glued to its clock time ("11:58Nieuwe beelden van …", site49):
# a run of TIMED_CARD_MIN_LINES such lines or more to the text's end (the last may be cut off); with
# TIMED_CARD_TITLE_MIN_LINES or more, the title-shaped line right above the run is the widget's newest card, its time
# not shown. An article's times stand apart from the words they stamp ("11.58 uur", "11:58 Nieuwe …").
TIMED_CARD = r"^([01]?\d|2[0-3]):[0-5]\d(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ]))"
TIMED_CARD_MIN_LINES = 2
TIMED_CARD_TITLE_MIN_LINES = 3
