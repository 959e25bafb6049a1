"""A country spelled two ways (`exonyms`): "Oeganda" and "Uganda" are one place, one term, so a report of the first
ebola case across the border that writes "Uganda" meets the story that writes "Oeganda" (blind19: it joined a
story of measles in Congo, which shares the disease, instead); another country stays another term."""

from pipeline.stories.terms import term_of
from tests.pipeline.stories.texts import at, feat


def test_two_spellings_of_a_country_are_one_term() -> None:
    assert term_of("Uganda") == term_of("Oeganda")
    assert term_of("Kuwait") == term_of("Koeweit")
    assert term_of("Oekraïne") != term_of("Oeganda")  # the look-alike: another country
    assert term_of("Chadwick") != term_of("Tsjaad")  # a name that starts like one is no country


def test_an_articles_headline_terms_name_the_country_one_way() -> None:
    one = feat("a", "NOS", at(), "Ebola slaat over naar Uganda", "Een jongen in Uganda is besmet.")
    other = feat("b", "AD", at(), "Eerste ebolageval in Oeganda", "Een jongen in Oeganda is besmet.")
    assert set(one.title_terms) & set(other.title_terms) >= {term_of("Oeganda")}
