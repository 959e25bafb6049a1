"""What a shared day is worth (`agree_bonus`): the days an article and a story name agree (`dates.days_agree`), and the
score gains `date_agree` — unless the only day they share is the article's own publication day. Every article of a
Thursday says "donderdag" or "vandaag" of what it tells, whatever it tells, and a story of a dozen articles names the
day it is told on as surely: sharing it says no more than being published the same day, which the time decay already
counts. The more articles a story holds, the surer it names that day (its days are all its articles'): with a story
of `today_size` articles or more such an agreement gains `today_agree` (0: nothing). A day before the article's own
("zondag" in Monday's report of the match) is the event's and gains `date_agree`.
"""

from __future__ import annotations

from pipeline.stories.features import ArticleFeatures
from pipeline.stories.settings import ClusterSettings
from pipeline.stories.store import StoryState


def agree_bonus(features: ArticleFeatures, story: StoryState, settings: ClusterSettings) -> float:
    """The bonus for days that agree (`days_agree` said True): `today_agree` when the article's publication day is
    the only day both name and the story holds `today_size` articles or more, else `date_agree`."""
    if story.size < settings.today_size or not features.dates & story.dates <= {features.day}:
        return settings.date_agree
    return settings.today_agree
