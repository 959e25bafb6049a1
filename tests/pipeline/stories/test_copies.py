"""Wire copy the 4-word shingles nearly miss (edited excerpts, typographic apostrophes, a sibling
excerpt) and a paper's own follow-up that reuses its background paragraphs (not a copy)."""

from pipeline.stories.shingles import shingles


def test_a_typographic_apostrophe_makes_the_same_shingles_as_a_plain_one():
    plain = [("de", "eerste", "64", "aed's", "langs", "de", "kust")]
    curly = [("de", "eerste", "64", "aed’s", "langs", "de", "kust")]
    assert shingles(curly) == shingles(plain)
