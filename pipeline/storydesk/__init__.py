"""Stories wired into the product (framework-free): the clusterer's state kept in the catalog, every
briefed article joined to a story in the same transaction that records it, story summaries, the
stories read back for the digest, stories.xml, `brief stories` and the site.

- `codec`    a StoryState (any dataclass of plain values) to JSON and back, new fields kept
- `store`    `CatalogStoryStore`: the `pipeline.stories.store.StoryStore` protocol over the catalog
- `text`     what the clusterer reads of a brief: its Dutch text, outlet and time
- `join`     the write path's record of a brief: the article, its hit, its story (one transaction)
- `read`     the stories of a period with their articles, ranked
- `summary`  a story's title, summary (numbers checked against its articles), key names
- `atom`     OUT/stories.xml, one entry per story, updated in place
"""
