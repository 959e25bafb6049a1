"""When a text the wire-copy check (`duplicates`) matched is still no copy: a roundup and what it quotes, a
template filled in twice (another age, another round, another place, another day of the event), one outlet's two
interviews under its series intro (two headlines quoting apart: `_quotes_apart`), its new quote headline over its
report's first sentence (`_quotes_anew`), two posts of a blog under its standing description (`standing`: the
headline may share a word with it, or say nothing the first post's story says), one outlet's stock sentence filled in
for another person (`_names_another`)."""

from __future__ import annotations

from pipeline.stories import events
from pipeline.stories.clash import other_address
from pipeline.stories.demonyms import HOME, is_demonym
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.lexicon import SIDE_QUALIFIERS
from pipeline.stories.mark_kinds import apart, of_kind
from pipeline.stories.openings import hashes_around, opening_hashes, opening_of
from pipeline.stories.respelled import respelled
from pipeline.stories.shingles import NUM_PERM, SHINGLE_WORDS
from pipeline.stories.standing import standing_text
from pipeline.stories.store import Signature, StoryState, StoryStore
from pipeline.stories.terms import stem
from pipeline.stories.together import posted_together

ROUNDUP = events.ROUNDUP  # the event mark of a roundup headline
# mark kinds a copy repeats from its original, whatever its headline: the weekday and part of the day of the event
# in the lead's first sentence (`again`: "dinsdagavond" beside "donderdagochtend" is the fire brigade's stock
# sentences filled in for two fires, not one report; a rewrite that says "gisteravond" gives none and is not told)
COPY_KEEPS = ("when", "day")  # ... and the weekday of that sentence, with a part of the day or without
# ... when the two open in one template: this share of the article's lead inside the original's opening (two house
# fires in the fire brigade's stock sentences: 0.64, two truck bulletins: 0.45; an outlet's own first paragraph over
# the agency's text: 0.0)
TEMPLATE_LEAD = 0.2
LEAD_WORDS = 25
# a place's Dutch adjective: its name with one of these endings (`_adjective_of`; not a possessive "s": blind47's
# NU.nl "Huaweis toegang" is its own rewrite of AD's report, told apart by that name)
ADJECTIVE_ENDINGS = ("se",)
OPENING_WORDS = 120  # the first paragraph's words read for a name put in another's place (`_names_another`)
REPLACED = 2  # ... words of the original's own between the anchors, times this, as many as the article's: replaced
# ... and, from one outlet, its headline's quote (`said`: each of two headlines a quote, sharing no word): one site's
# two interviews under its series intro (blind9's Quick Boys previews), not a re-post; two sites quote one wire text
# each in its own way
OWN_KEEPS = ("said",)
SAID = "said"  # ... and, from one outlet, a quote headline whose quoted words the original's story never says: the
# outlet's new item (what was said after the race: blind16's "Van der Poel: 'Ik had net geen 49 gemiddeld'" over
# the first sentence of its race report) under a first sentence repeated from its report, not a cut of it
QUOTED_BODY_WORDS = 40  # ... when its body is this short: over a longer body (its own copy of the report) the
# headline may quote a label of its own (dev5's "'Arbeidsmarkt oneerlijk'" over 113 words of the agency's text)
SAID_SENTENCE = 4  # ... or, over such a body, a quoted sentence (this many words of `quotes.SAID_WORD_MIN` letters)
# with a term the story never says (blind20's NOS video "'Doodsbedreigingen waren ineens heel gewoon'" over its
# report's first paragraph, the report quoting "heel normaal"); a quoted label ("'Heuvelachtige sprint'") is the
# outlet's tag for its cut


def not_a_copy(features: ArticleFeatures, store: StoryStore, original: str, same_text: bool) -> bool:
    """A roundup quotes several stories: neither it nor what it quotes is a copy of the other. A
    text that reads like another but names another age or round is a template filled in twice
    (two court rulings, two matches), not a copy, nor is one whose event happened on another day or part of it
    (`COPY_KEEPS`) or at another address (`_another_address`); the same text posted again is (the marks of the
    original's story may have come from its other articles), unless its outlet posts it under a headline quoting
    another (`_quotes_apart`), or over a sentence or two of it quoting what the story never said (`_quotes_anew`);
    nor is a blog's standing description (`standing.standing_text`), whatever its headline."""
    story_id = store.article_story(original)
    story = store.story(story_id) if story_id is not None else None
    if standing_text(features.paragraphs):
        return True  # a blog's standing description under another headline: another post (`standing`)
    if ROUNDUP in features.marks or story is None:
        return ROUNDUP in features.marks
    if ROUNDUP in story.marks:
        return True
    own = _quotes_apart(features, story) or _quotes_anew(features, story, same_text)
    kept = store.signatures([original])
    if not same_text and any(_names_another(features, s) for s in kept):
        return True  # its outlet's text filled in for another person or place: a caption's template, no re-post
    if own and any(s.outlet == features.outlet for s in kept):
        # ... the same text posted at the same moment is one item under two headlines (`together`)
        return not (same_text and any(posted_together(features, s) for s in kept))
    told = events.clash(features.marks, story.marks)
    told = told or (
        any(apart(features.marks, story.marks, k) for k in COPY_KEEPS) and _one_template(features, store, original)
    )
    return (not same_text and told) or _another_address(features, story)


def _quotes_apart(features: ArticleFeatures, story: StoryState) -> bool:
    """The article's headline quotes apart from the original's story's (`OWN_KEEPS`): from one outlet, two items of a
    series under its intro, not the same text posted again. (The posts of a blog under its standfirst, "Ook in
    Hockenheim is het heet" and, the next day, "Schumacher junior mag alvast opwarmen", are `standing` text: the one
    rule for them; a headline naming nothing of the story over the same text is a copy here.)"""
    return any(apart(features.marks, story.marks, k) for k in OWN_KEEPS)


def _quotes_anew(features: ArticleFeatures, story: StoryState, same_text: bool) -> bool:
    """The article's headline quotes (`SAID` marks) over a body of a sentence or two (`QUOTED_BODY_WORDS`) cut from
    the original (not `same_text`: the whole of a short wire text posted again under a quote headline is a copy),
    and none of the quoted words is among the original's story's marks or words (its whole-text vector, stemmed), or
    it quotes a sentence (`SAID_SENTENCE`) with a term of its own among them: the headline tells what was said that
    the story never did."""
    said = of_kind(features.marks, SAID)
    if same_text or not said or sum(len(p) for p in features.paragraphs) > QUOTED_BODY_WORDS:
        return False
    known = of_kind(story.marks, SAID)
    new = [w for w in said if not (w in known or stem(w) in story.plain or stem(w) in story.centroid)]
    sentence = len(said) >= SAID_SENTENCE and any(stem(w) in features.title_terms for w in new)
    return bool(new) and (len(new) == len(said) or sentence)


def _one_template(features: ArticleFeatures, store: StoryStore, original: str) -> bool:
    """Does the article's lead (its first `LEAD_WORDS` words) share at least `TEMPLATE_LEAD` of its shingles with
    the original's opening: the two open in one template, and a day the leads name apart is of two events? A text
    opening with a paragraph of its own over the original's (another outlet's new first paragraph over the agency's
    background: `test_grown_update`) names the day of its own news there, and other rules tell that."""
    lead = set(opening_hashes(features.paragraphs[:1], LEAD_WORDS))
    kept = store.signatures([original])
    return bool(lead and kept) and len(lead & opening_of(kept[0].values)) >= TEMPLATE_LEAD * len(lead)


def _another_address(features: ArticleFeatures, story: StoryState) -> bool:
    """The article writes a street as its address that the original's story never names, and the story names one
    the article never does (`clash.other_address`, every name counted: a copy repeats the address, whichever
    name is rare; one naming a corner of two streets names the story's too): the stock sentences of a fire or a
    police report filled in for another address, however alike the rest (the original's copy names its street)."""
    return other_address(dict.fromkeys(features.names, 1.0), story, 1.0, features.paragraphs)


def names_its_own(
    features: ArticleFeatures, names: dict[str, float], store: StoryStore, original: str, key: float
) -> bool:
    """The headline or first sentence of a short text taken for an edited cut of `original` (its lead not agreeing:
    `DuplicateMatch.edited`) names a name at least `key` telling that the original's story never names: the
    agency's template filled in for another place ("Op de A1 bij Deventer is een vrachtwagen gekanteld" beside "Op
    de A12 bij Ede ..."), not a cut, which names nothing new. A word the story's texts hold among their terms is not
    new either: a headline's capital after a colon ("OVV: Controle op voedselveiligheid ..." over "Controle
    voedselveiligheid schiet tekort") reads as a name."""
    story_id = store.article_story(original)
    story = store.story(story_id) if story_id is not None else None
    lead = features.lead_names if features.lead_names is not None else features.names
    if story is None:
        return False
    # a name the story names, given whole ("Meghan" as "Meghan Markle"), names the story's person: nor is the word
    # it adds ("Markle") new; a club's other side ("PSV Vrouwen" for "PSV") is another team
    whole = {n for n in lead if any(n.startswith(known + " ") for known in story.names)}
    whole = {n for n in whole if not SIDE_QUALIFIERS.intersection(n.split())}
    added = {part for n in whole for part in n.split()}
    new = [n for n in lead if names.get(n, 0.0) >= key and n not in added and n not in whole and _new_name(n, story)]
    kept = store.signatures([original]) if new else []  # ... nor one the original writes otherwise (`respelled`)
    return any(not (kept and respelled(n, features.paragraphs, story.names, kept[0])) for n in new)


def _new_name(name: str, story: StoryState) -> bool:
    """A name the story never names: a word its texts never say either, or a name of several words one of which
    the story never names. A people's adjective names no place of its own: an edited cut's "het Amerikaanse
    Chicago" (read as one name) names the story's city; a template filled in for another place names that place
    ("het Canadese Toronto"). A home country's adjective tells which of two same-named places ("het Belgische
    Limburg" beside the story's Dutch province: `demonyms.HOME`): a name of its own."""
    if name in story.names or name.replace("-", " ") in story.names:
        return False  # ... written with a hyphen or without ("Notre-Dame", "Notre Dame"): the same name
    parts = [part for part in name.split() if (not is_demonym(part) or part in HOME) and not _adjective_of(part, story)]
    if len(parts) == 1 and " " not in name:
        return stem(name) not in story.centroid
    return any(part not in story.names for part in parts)


def _adjective_of(word: str, story: StoryState) -> bool:
    """Is `word` the adjective of a place the story names ("Hongkongse" beside "Hongkong", "Utrechtse" beside
    "Utrecht": the name with `ADJECTIVE_ENDINGS`)? Blind57's NU.nl "De prominente Hongkongse activist Joshua Wong"
    over the Telegraaf's "Hongkong-activist Joshua Wong" names the story's city, not a place of its own."""
    return any(word.endswith(end) and word[: -len(end)] in story.names for end in ADJECTIVE_ENDINGS)


def _names_another(features: ArticleFeatures, original: Signature) -> bool:
    """From the original's outlet, not posted with it (`together`): does the article's headline or first sentence
    name a name (`lead_names`) that its first paragraph writes in place of words of the original's own? Its
    shingles holding the name's last word lie outside the original's opening, and between the shingles around them
    that lie inside it (the anchors) the original has words of its own, at least 1/`REPLACED` as many as the article
    (an insertion leaves only the shingles across it): its stock sentence filled in for another person or place (two
    video captions "De reactie van Vitesse-trainer Karel ..." and "-aanvoerder Bram ..."). A re-post that adds a fact
    ("een 34-jarige man uit Leusden" over "een man") names no one in another's place."""
    inside = opening_of(original.values)
    if original.outlet != features.outlet or posted_together(features, original) or not inside:
        return False
    where = {h: i for i, h in enumerate(original.values[2 * NUM_PERM :])}
    first = features.paragraphs[:1]
    text = opening_hashes(first, OPENING_WORDS)
    for name in features.lead_names or ():
        around = {h for para in first for h in hashes_around(para, name.split()[-1])}
        held = [i for i, h in enumerate(text) if h in around]
        if not held or around & inside:
            continue
        start, end = min(held), max(held)
        while start > 0 and text[start - 1] not in where:
            start -= 1
        while end < len(text) - 1 and text[end + 1] not in where:
            end += 1
        if start == 0 or end == len(text) - 1:
            continue  # at the start or the end of its opening: where the original reads on is not known
        # words of its own and of the original's between the two anchors (a run of n words makes n + 3 shingles)
        mine = end - start + 1 - (SHINGLE_WORDS - 1)
        theirs = where[text[end + 1]] - where[text[start - 1]] - 1 - (SHINGLE_WORDS - 1)
        if theirs > 0 and REPLACED * theirs >= mine:
            return True
    return False
