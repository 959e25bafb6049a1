from pipeline.stories.brief import EnglishLead, central_article, key_names, story_brief, summarizer_input
from pipeline.stories.rank import StoryArticle
from tests.pipeline.stories.texts import DIJK_COPY, DIJK_DAY2, DIJK_OWN, DIJK_WIRE, at, feat


def words(text: str) -> int:
    return len(text.split())


def dijk_story():
    feats = [
        feat("d1", "NU.nl", at(0, 1), "Dijk bij Zaltbommel verzakt, 350 mensen geëvacueerd", DIJK_WIRE),
        feat("d1c", "De Telegraaf", at(0, 2), "Evacuatie na dijkverzakking", DIJK_COPY),
        feat("d2", "Omroep Gelderland", at(0, 6), "Onrust in sporthal na dijkverzakking Zaltbommel", DIJK_OWN),
        feat("d3", "NOS", at(2, 3), "Bewoners Bommelerwaard mogen terug naar huis", DIJK_DAY2),
    ]
    articles = [
        StoryArticle(f.article_id, f.outlet, f.published, "d1" if f.article_id == "d1c" else None) for f in feats
    ]
    leads = {
        "d1": EnglishLead(
            "Dike near Zaltbommel subsides, 350 evacuated",
            (
                "A dike on the Waal near Zaltbommel subsided on Monday.",
                "About 350 residents were taken to a sports hall.",
            ),
        ),
        "d1c": EnglishLead(
            "Evacuation after dike subsidence", ("A dike on the Waal near Zaltbommel subsided on Monday morning.",)
        ),
        "d2": EnglishLead(
            "Unrest in sports hall",
            ("The subsided dike keeps the Bommelerwaard busy.", "Residents may not go home yet."),
        ),
        "d3": EnglishLead(
            "Residents may return home", ("Residents evacuated on Monday may return home on Wednesday.",)
        ),
    }
    return feats, articles, leads


def test_central_article_is_the_one_most_like_the_others_and_never_a_copy():
    feats, articles, _ = dijk_story()
    copies = {a.article_id: a.duplicate_of for a in articles}
    assert central_article(feats, copies) in {"d1", "d2"}
    assert central_article(feats, copies) != "d1c"


def test_summarizer_input_takes_leads_round_by_round_drops_repeats_and_lists_what_did_not_fit():
    _, _, leads = dijk_story()
    full = summarizer_input(["d1", "d1c", "d2", "d3"], leads, limit=1000, count_tokens=words)
    sentences = [s for _, s in full.sentences]
    # first sentences of every article before any second sentence
    assert sentences[0].startswith("A dike on the Waal") and sentences[1].startswith("The subsided dike")
    # the copy's lead repeats the original's: dropped
    assert "A dike on the Waal near Zaltbommel subsided on Monday morning." not in sentences
    assert full.left_out == ()
    short = summarizer_input(["d1", "d2", "d3"], leads, limit=20, count_tokens=words)
    assert short.tokens <= 20
    assert short.left_out, "what did not fit must be listed"
    assert {s for _, s in short.sentences} | {s for _, s in short.left_out} == {s for _, s in full.sentences}


def test_key_names_are_counted_across_articles_without_copies():
    feats, articles, _ = dijk_story()
    copies = {a.article_id: a.duplicate_of for a in articles}
    names = dict(key_names(feats, copies))
    assert names["Zaltbommel"] == 3  # d1, d2, d3 (the copy d1c does not count again)
    assert "Anne Verhoeven" in names
    assert "Verhoeven" not in names  # inside a longer name already listed


def test_story_brief_and_a_single_article_story_stays_light():
    feats, articles, leads = dijk_story()
    by_id = {f.article_id: f for f in feats}
    brief = story_brief(4, articles, by_id, leads, limit=1000, count_tokens=words)
    assert not brief.single and brief.summary_input is not None
    assert brief.title == leads[brief.central_article].title
    assert brief.outlets == ("De Telegraaf", "NOS", "NU.nl", "Omroep Gelderland")
    assert [t.article_id for t in brief.timeline] == ["d1", "d1c", "d2", "d3"]
    assert brief.timeline[1].duplicate_of == "d1"
    assert "350" in brief.numbers
    single = story_brief(5, articles[:2], by_id, leads, limit=1000, count_tokens=words)  # an article and its copy
    assert single.single and single.summary_input is None and single.title == leads["d1"].title


def test_key_names_leave_out_peoples_and_country_adjectives_but_keep_the_countries():
    bodies = [
        "De Amerikaanse minister Marco Ruiz sprak in Warschau met de Poolse regering. Ook Polen wil meer "
        "Amerikaanse soldaten, zeggen Poolse diplomaten. Ook de Duitse regering en de Europese Commissie waren erbij.",
        "In Warschau zei Marco Ruiz dat de Amerikaanse troepen blijven. De Russische ambassadeur protesteerde. Daarop reageerden "
        "Polen en de Europese Commissie tevreden, net als de Duitse minister.",
    ]
    feats = [feat(f"p{i}", outlet, at(hours=i), "Minister Ruiz in Warschau", body)
             for i, (outlet, body) in enumerate(zip(("NOS", "Trouw"), bodies, strict=True))]  # fmt: skip
    names = [name for name, _ in key_names(feats, {})]
    assert {"Marco Ruiz", "Warsaw", "Poland"} <= set(names)  # a person, a city and a country stay (in English)
    assert not {"Amerikaanse", "Poolse", "Duitse", "Russische"} & set(names)
    assert "European Commission" in names  # an adjective inside an organisation's name is part of the name


def test_key_names_show_a_part_of_a_longer_name_as_the_longer_name():
    bodies = [
        "Volgens president Joe Biden is de situatie ernstig. Ook de minister van Buitenlandse Zaken sprak. "
        "Daarna zei Biden dat hij geen troepen stuurt, en Biden herhaalde dat in Washington.",
        "President Joe Biden sprak met zijn minister van Buitenlandse Zaken. Volgens Biden is overleg nodig, "
        "ook in Washington.",
        "Het Witte Huis zegt dat Biden vandaag niet naar Washington reist.",
    ]
    feats = [feat(f"b{i}", "NOS", at(hours=i), "Overleg in Washington", body) for i, body in enumerate(bodies)]
    names = dict(key_names(feats, {}))
    assert names["Joe Biden"] == 3  # three articles name him, one by his surname only
    assert names["Foreign Affairs"] == 2
    assert not {"Biden", "Joe", "Zaken", "Buitenlandse"} & set(names)
    assert list(names)[:2] == ["Joe Biden", "Washington"]  # most named first (ties: the longer name)


def test_key_names_keep_a_name_named_alone_apart_from_two_names_side_by_side():
    bodies = [
        "Men vreest dat Rusland Oekraïne binnenvalt. Volgens Rusland is er niets aan de hand. De minister van "
        "Buitenlandse Zaken Wopke Hoekstra reist af.",
        "De vrees is dat Rusland Oekraïne aanvalt. Ook in Rusland zelf is onrust, zegt het ministerie van "
        "Buitenlandse Zaken.",
        "Troepen uit Rusland staan bij de grens met Oekraïne. Het ministerie van Buitenlandse Zaken volgt het.",
        "Het leger van Rusland oefent, en Rusland zegt niets. Volgens Buitenlandse Zaken is reizen onveilig.",
    ]
    feats = [feat(f"r{i}", "NOS", at(hours=i), "Spanning aan de grens", body) for i, body in enumerate(bodies)]
    names = dict(key_names(feats, {}))
    assert names["Russia"] == 4 and "Rusland Oekraïne" not in names  # named alone in every article
    assert names["Foreign Affairs"] == 4 and "Buitenlandse" not in names


def test_a_place_named_alone_is_not_shown_as_a_name_joined_to_it_by_van():
    bodies = [
        "Volgens president Zelensky van Oekraïne is er geen reden tot paniek. Het leger van Oekraïne oefent.",
        "In Kiev zei president Zelensky van Oekraïne dat de grens veilig is. De hoofdstad Kiev blijft rustig.",
        "Men vreest een inval in Oekraïne, maar in Kiev is het rustig.",
    ]
    feats = [feat(f"z{i}", "NOS", at(hours=i), "Rust in Kiev", body) for i, body in enumerate(bodies)]
    names = dict(key_names(feats, {}))
    assert names["Ukraine"] == 3 and names["Kyiv"] == 3  # named alone: not folded into the longer name


def test_key_names_count_a_name_with_a_title_in_front_as_the_plain_name():
    bodies = [
        "Het kabinet valt, meldt Mark Rutte. Morgen gaat hij naar de koning.\n"
        "Het is voorbij. — Premier Mark Rutte (@MinPres) 7 juli 2023",
        "Mark Rutte biedt het ontslag van het kabinet aan. Volgens Mark Rutte was er geen akkoord in Den Haag.",
        "In Den Haag zegt Premier Mark Rutte dat het kabinet valt.",
    ]
    feats = [feat(f"m{i}", "NOS", at(hours=i), "Kabinet gevallen", body) for i, body in enumerate(bodies)]
    names = dict(key_names(feats, {}))
    assert names["Mark Rutte"] == 3  # the third article names him only with his title: still him
    assert not {"Premier Mark Rutte", "Premier"} & set(names)


def test_key_names_keep_a_one_word_name_after_a_title_word_whole():  # the control: "General" is no title here
    bodies = [
        "General Motors sluit een fabriek in Antwerpen. De vakbond protesteert.",
        "De fabriek van General Motors in Antwerpen gaat dicht, zegt de vakbond.",
    ]
    feats = [feat(f"g{i}", "NOS", at(hours=i), "Fabriek dicht", body) for i, body in enumerate(bodies)]
    names = dict(key_names(feats, {}))
    assert names["General Motors"] == 2 and "Motors" not in names
