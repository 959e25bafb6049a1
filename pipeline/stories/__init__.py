"""Stories: wire copy recognised, articles clustered online into stories, stories ranked and briefed.

Framework-free and pure: the state of the clusterer lives behind `store.StoryStore` (an in-memory
implementation here; the catalog persists it). Modules:

- `lexicon`     the Dutch word lists the features use (data, kept once)
- `features`    an article's features from its Dutch source text: stems, names, numbers, dates
- `rubrics`     a printed headline's rubric label ("Column Nynke de Jong"): no word of the event
- `items`       an article's first item: its text before it turns to another matter ("In een andere zaak ...")
- `shingles`    word shingles and MinHash signatures (datasketch) for wire-copy detection
- `duplicates`  is this article a near-copy of one seen in the window? (boilerplate set aside)
- `vectors`     TF-IDF weights against the window's document frequencies, cosine
- `store`       the storage protocol and the frozen story state
- `memory`      the in-memory `StoryStore` (tests, the evaluation, the benchmark)
- `cluster`     `assign(features, store) -> Assignment`: the online clusterer
- `settings`    `ClusterSettings`: the clusterer's thresholds and factors
- `clash`       the name clash: both name telling names and share none (other actors)
- `actors`      a headline's people and teams; two headlines about other people (another event)
- `places`      the places an article is set in: a headline sharing only one, half a town's name bonus (two events, one town)
- `rarity`      a prior of Dutch word rarity for a window that holds few articles (data/rarity_nl.tsv.gz)
- `evidence`    how telling a name is; the rare names an article and a story share (the second look)
- `rescue`      the second look at an article just below the threshold with its best story
- `told`        what happened, told alike: an article's headline words of the event (no names, places, numbers)
- `plain`       the plain look: an article's whole text against a story's (where no clash fires)
- `merge`       two stories of the window found to be one: merged and recorded
- `look_back`   a lone article of the last hours joins the story that grew after it (recorded as a merge)
- `rank`        stories ranked by distinct outlets, growth and recency; the day's top stories, a story's day number
- `brief`       the pure parts of a story's own brief: central article, summarizer input, key names
"""
