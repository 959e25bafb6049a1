"""Long texts and Dutch compounds: a hyphenated compound meets its words, and a long report needs
a lower score to join a story than a feed lead (its vector spreads over many more terms)."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign, join_threshold
from pipeline.stories.features import stem
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat

_WORDS = (
    "kabinet begroting minister koopkracht inkomen werkgevers vakbond gemeenten provincies "
    "zorgkosten pensioen huurders woningbouw scholen leraren politie rechters boeren stikstof "
    "energie gasprijs benzine accijns bedrijven banken rente hypotheek spaarders export "
    "havens treinen snelwegen fietsers ziekenhuizen huisartsen apothekers studenten "
    "jongeren ouderen gezinnen kinderopvang toeslagen uitkeringen werkloosheid zzp "
    "bakkers slagers kappers schoenmakers campings zwembaden sauna theaters bioscopen musea "
    "boeken kranten tijdschriften bloemen planten groente fruit vlees vis melk kaas brood "
    "koffie thee bier wijn sigaretten tabak medicijnen brillen fietsen scooters auto "
    "vrachtwagens bussen taxi vliegtuigen schepen veerboten bruggen dijken sluizen kanalen "
    "gemalen waterschappen bossen heide duinen stranden eilanden dorpen steden wijken "
    "straten pleinen markten winkels supermarkten warenhuizen fabrieken werkplaatsen "
    "kantoren laboratoria universiteiten hogescholen bibliotheken kerken moskeeën "
    "synagogen sportclubs voetbalclubs hockeyclubs zwemclubs schaakclubs koren orkesten"
)
WORDS = _WORDS.split()


def _term_names(f):
    return {t for t, _ in f.terms}


def test_a_hyphenated_compound_gives_its_words_as_terms():
    f = feat("a", "AD", at(), "Btw-verhoging valt slecht", "Brancheorganisaties hekelen de btw-verhoging.")
    terms = _term_names(f)
    assert {stem("btw"), stem("verhoging")} <= terms
    g = feat("b", "NRC", at(), "Hogere btw", "Het kabinet wil de btw verhogen.")
    assert stem("btw") in _term_names(g)  # so the two meet on "btw"


def test_a_long_text_needs_a_lower_score_than_a_feed_lead():
    settings = ClusterSettings()
    lead = feat("a", "NOS", at(), "Btw omhoog", "Het kabinet wil de btw verhogen en de inkomstenbelasting verlagen.")
    long_body = " ".join(f"De {w} reageren op het plan." for w in WORDS)
    report = feat("b", "NRC", at(), "Wat het belastingplan betekent", long_body)
    assert join_threshold(lead, settings) == settings.threshold
    assert (
        settings.long_threshold < join_threshold(report, settings) < settings.threshold
    )  # 70 terms (of its first 350 words): between
    short = replace(settings, long_terms=50)
    assert join_threshold(report, short) == settings.long_threshold
    same = replace(settings, long_threshold=settings.threshold)
    assert join_threshold(report, same) == settings.threshold


def test_a_long_report_joins_the_story_only_with_the_lower_long_threshold():
    """Two long reports of one plan that share its key sentences but little else: with a lower
    threshold for long texts they are one story, with the lead's threshold for every length two."""
    shared = (
        "Het belastingplan van staatssecretaris Wiebes verhoogt de btw. De heffingskorting stijgt en "
        "het gemeentefonds krimpt. De lastenverlichting bedraagt vijf miljard. "
    ) * 2
    half = len(WORDS) // 2
    first = shared + " ".join(f"Voor {w} verandert weinig." for w in WORDS[:half])
    second = shared + " ".join(f"Ook {w} merken iets." for w in WORDS[half:])
    a = feat("a", "NRC", at(hours=8), "Belastingplan: btw omhoog", first)
    b = feat("b", "Trouw", at(hours=12), "Belastingplan kabinet: hogere btw", second)
    lower = ClusterSettings(threshold=0.3, long_threshold=0.15, short_terms=30, long_terms=100)
    joined = []
    for settings in (lower, replace(lower, long_threshold=0.3)):
        store = MemoryStoryStore()
        first_story = assign(a, store, settings).story_id
        joined.append(assign(b, store, settings).story_id == first_story)
    assert joined == [True, False]
