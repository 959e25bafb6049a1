"""The name clash of `story_score.score`: an article and a story that both name telling names (people,
places, organisations rare in the window) and share none are about other actors (`names_clash`), unless
the story names no key name of its own and the article is no local event (`StoryKeys`); and an article
that gives a street the story never names, beside a street the story's articles name and it does not,
is about another address (`other_address`), whatever city they share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from pipeline.stories import evidence
from pipeline.stories.features import ArticleFeatures
from pipeline.stories.lexicon import PARTICLES
from pipeline.stories.places import place_terms
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryState, StoryStore
from pipeline.stories.terms import stem

# how the name of a street, square or quay ends ("Mijtensstraat", "Schiedamseweg", "Zuidplein", "Saffierhorst"):
# not "hof" (the "Gerechtshof"), "park" or "markt", which name courts, parks and squares of whole towns too
STREET_ENDINGS = ("straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dreef", "steeg", "dijk", "horst")
STREET_STEM = 3  # ... after at least this many letters ("Horst", "Weg" alone are no street)
# ... and not a surname: a name's word after a first word is one ("Marieke Hoogendijk", "Jan Brinkhorst"), unless
# that word is a name particle ("Johan de Wittlaan") or one of these, which open a street's own name
# ... and a street is written after one of these (a surname after a title, "burgemeester Hoogendijk", or "volgens")
ADDRESS_BEFORE = frozenset(
    ["de", "het", "aan", "op", "in", "bij", "langs", "via", "naar", "over", "vanaf", "nabij", "uit", "hoek", "richting"]
)
STREET_PREFIXES = ("nieuwe", "oude", "korte", "lange", "hoge", "lage", "grote", "kleine", "brede", "smalle", "eerste")


def names_clash(
    names: dict[str, float],
    shared: list[float],
    story: StoryState,
    settings: ClusterSettings,
    lead: frozenset[str] | None,
    story_keyed: Callable[[StoryState], bool] | None = None,
    paragraphs: Sequence[Sequence[str]] | None = None,
) -> bool:
    """Both name telling names (people, places, organisations rare in the window) and share none.
    The story's side must name one too (`story_keyed`): a story whose names are all common or countries
    ("Nederland") says no other actors, and a report naming its source ("Verbond van Verzekeraars") is
    not another event for that; an article set in a key place of its lead ("in Utrecht") is a local
    event all the same (`_set_in_a_key_place`: then `story_keyed` says yes).
    The article's side counts the names of its headline and first sentence (`lead`, when known):
    a news text names the actors of its event up front, and a source quoted further on (a
    forecaster, a minister asked for comment) does not make it another event. `paragraphs`: the article's
    words (`ArticleFeatures.paragraphs`), for `other_address`."""
    key = settings.key_name
    own = names.values() if lead is None or not settings.lead_clash else (w for n, w in names.items() if n in lead)
    if not any(w >= key for w in own) or not story.names:
        return False
    if other_address(names, story, key, paragraphs):
        return True
    if shared and shared[0] >= key:
        return False
    return story_keyed is None or story_keyed(story)


def other_address(
    names: dict[str, float], story: StoryState, key: float, paragraphs: Sequence[Sequence[str]] | None = None
) -> bool:
    """The article names a street at least `key` telling that the story never names, and half the
    story's articles or more name a street the article never names: two addresses, two events (two
    explosions of one night in one city), where the shared city would void the name clash. The whole
    text counts, not its lead alone (a morning bulletin opens with a greeting, and an address is where
    the event is, wherever the text gives it). A follow-up names its event's street, and a report that
    names two streets of one event names the story's too. A surname ending like a street ("Marieke
    Hoogendijk", a mayor quoted: `surnames`) is no address on either side, and on the article's side (its
    words given: `paragraphs`) only a street its text writes as one is (`written_as_address`: "aan de
    Kanaalweg", not "burgemeester Hoogendijk")."""
    own = [n for n, w in names.items() if w >= key and street(n)]
    if not own or any(n in story.names for n in own):
        return False
    own_surnames = surnames(names)
    own = [n for n in own if n not in own_surnames and (paragraphs is None or written_as_address(n, paragraphs))]
    if not own:
        return False
    story_surnames = surnames(story.names)
    return any(
        street(n) and 2 * count >= story.size and n not in names and n not in story_surnames
        for n, count in story.names.items()
    )


def street(name: str) -> bool:
    """A one-word name of a street, square or quay (`STREET_ENDINGS`)."""
    return " " not in name and any(name.endswith(end) and len(name) >= len(end) + STREET_STEM for end in STREET_ENDINGS)


def written_as_address(name: str, paragraphs: Sequence[Sequence[str]]) -> bool:
    """The text writes the one-word name as a place: after an article or place preposition ("aan de Kanaalweg",
    "bij het Zuidplein": `ADDRESS_BEFORE`) or before a house number ("Kanaalweg 12")."""
    return name in _addressed(paragraphs)


_last_read: tuple[Sequence[Sequence[str]], frozenset[str]] | None = None  # the last text `_addressed` read


def _addressed(paragraphs: Sequence[Sequence[str]]) -> frozenset[str]:
    """The words the text writes as a place (`written_as_address`), read once per text: `other_address` asks
    about each street of one article against each candidate story (the article's words held while they are
    asked about, the text's length, not its streets times its words times the candidates)."""
    global _last_read
    last = _last_read
    if last is not None and last[0] is paragraphs:
        return last[1]
    found = frozenset(
        word
        for words in paragraphs
        for i, word in enumerate(words)
        if (i > 0 and words[i - 1] in ADDRESS_BEFORE) or (i + 1 < len(words) and words[i + 1][:1].isdigit())
    )
    if isinstance(paragraphs, tuple):  # kept only when it cannot change (`ArticleFeatures.paragraphs`)
        _last_read = (paragraphs, found)
    return found


def surnames(names: Iterable[str]) -> set[str]:
    """The street-like words (`street`) that `names` write after another word of a longer name, a first
    name ("marieke hoogendijk": the mayor, no address), not after a name particle or `STREET_PREFIXES`
    ("johan de wittlaan", "nieuwe binnenweg" are streets)."""
    out = set()
    for name in names:
        words = name.split()
        for before, word in zip(words, words[1:]):
            if street(word) and before not in PARTICLES and before not in STREET_PREFIXES:
                out.add(word)
    return out


class StoryKeys:
    """`story_keyed` for one article (`names_clash`), looked up once and only when asked: the article is
    set in a key place of its lead (`_set_in_a_key_place`: then every story counts as keyed), or the
    story names a key name (`_names_a_key_name`)."""

    def __init__(
        self,
        features: ArticleFeatures,
        names: dict[str, float],
        store: StoryStore,
        settings: ClusterSettings,
        places: frozenset[str],
    ) -> None:
        self.features, self.names, self.store, self.settings, self.places = features, names, store, settings, places
        self.local: bool | None = None
        self.stories: dict[int, bool] = {}

    def __call__(self, story: StoryState) -> bool:
        if self.local is None:
            self.local = _set_in_a_key_place(self.features, self.names, self.settings, self.places)
        if self.local:
            return True
        if story.story_id not in self.stories:
            self.stories[story.story_id] = _names_a_key_name(story, self.store, self.settings)
        return self.stories[story.story_id]


def _set_in_a_key_place(
    features: ArticleFeatures, names: dict[str, float], settings: ClusterSettings, places: frozenset[str]
) -> bool:
    """A key name of the article's headline and first sentence is a place its text sets it in ("De
    politie in Utrecht ...": `places`, or `place_terms` when not given): a local event, which a story
    naming no key name does not hold either."""
    lead = features.lead_names if features.lead_names is not None else features.names
    keys = {stem(n) for n in lead if " " not in n and names.get(n, 0.0) >= settings.key_name}
    return bool(keys) and bool(keys & (places or place_terms(features)))


def _names_a_key_name(story: StoryState, store: StoryStore, settings: ClusterSettings) -> bool:
    """The story names a name at least `key_name` telling in the window (`evidence.name_weight`), not a
    country or its adjective ("Nederland", "Duitse": `evidence.place_word`), which tells no actor."""
    weigh = evidence.name_weigher(store, settings)
    return any(weigh(name) >= settings.key_name for name in story.names if not evidence.place_word(name))
