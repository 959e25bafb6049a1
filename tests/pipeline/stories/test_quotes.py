"""A headline that is a quote, and the lead sentence under it."""

from pipeline.stories.quotes import lead_sentence, quoted_headline, said_words


def test_a_headline_that_opens_with_a_quote_mark_is_a_quote():
    assert quoted_headline("‘Als 13-jarige een mes oppakt, is er ruimte voor twijfel’")
    assert quoted_headline("’Boeren kunnen hun gang gaan’")  # a closing mark as the opening one
    assert quoted_headline('"We gaan door"')


def test_a_speaker_before_a_quote_that_is_most_of_the_headline_is_a_quote():
    assert quoted_headline("Jansen: ‘We hadden hier al jaren voor gewaarschuwd’")
    assert not quoted_headline("Kabinet wil strengere regels voor drones in de stad: ‘Nu’")


def test_an_elided_word_or_a_headline_of_its_own_words_is_no_quote():
    assert not quoted_headline("'s-Hertogenbosch krijgt nieuw station")
    assert not quoted_headline("'t Gooi zonder stroom")
    assert not quoted_headline("Brug bij Zwolle dicht na vondst scheur")


def test_the_lead_sentence_is_the_first_sentence_of_the_body():
    assert (
        lead_sentence(["Een scheur sluit de brug. Het verkeer staat vast.", "Meer."], 600)
        == "Een scheur sluit de brug."
    )
    assert lead_sentence([], 600) == ""


def test_a_speaker_before_words_in_the_first_person_is_a_quote_without_quote_marks():
    assert quoted_headline("Bond: het wordt tijd dat de minister op onze eisen ingaat")
    assert said_words("Bond: het wordt tijd dat de minister op onze eisen ingaat") >= {"minister", "eisen"}
    # the look-alikes: a source's finding in its own words, a long clause before the colon
    assert not quoted_headline("Inspectie: Controle op voedselveiligheid schiet tekort")
    assert not quoted_headline("Na de staking van vandaag in het hele land: wij gaan door")
