"""Stage `temporal.plausible`: drop dates no encounter of today's leaders can have.

Reads: the `TimeExpression`s `find_dates` returns, the text and the
publication date. Adds: nothing; it removes expressions whose calendar date
falls before MIN_YEAR or more than MAX_YEARS_AHEAD after publication ("met
on 1850-01-01", "will meet in 2150", "01/01/2150"), each with a DEBUG line
saying why. An expression directly followed by such a year ("1 January
2150", which the grammar reads as "1 January") goes too, as it would
otherwise be anchored to the publication year.

`find_dates` itself keeps every date: as a temporal tagger it should find
"the war of 1812". This filter is for the encounter pipeline only.
"""
from __future__ import annotations

import logging
import re
from datetime import date

from ..model import ArticleRecord, TimeExpression

logger = logging.getLogger(__name__)

# The knowledge tables start with leaders in office after 1900, and news
# that summitry reads reports encounters of living leaders.
MIN_YEAR = 1900
# Summits are announced a year or two ahead, host cities at most a few
# years (G20 and APEC hosts are named 3-4 years out); five years covers them.
MAX_YEARS_AHEAD = 5
_YEAR = re.compile(r"\d{4}")
# A year written right after a day or month the grammar took without it.
# Only 1xxx and 2xxx count, so "on March 3, 5000 troops" keeps its date.
_FOLLOWING_YEAR = re.compile(r",?\s{1,2}([12]\d{3})(?![\d])")


def drop_implausible_times(record: ArticleRecord) -> None:
    """Stage: plausible times. Reads: times, text, publication date. Adds: times without the implausible ones."""
    record.times = drop_implausible_dates(record.times, record.text, record.article.published)


def drop_implausible_dates(times: list[TimeExpression], text: str, published: date | None) -> list[TimeExpression]:
    """`times` without the expressions whose date is before MIN_YEAR or too far after `published`."""
    latest = (published or date.today()).year + MAX_YEARS_AHEAD
    kept = []
    for expression in times:
        reason = _implausible(expression, text, latest)
        if reason:
            logger.debug("dropped date %r at %d: %s", expression.text, expression.start, reason)
            continue
        kept.append(expression)
    return kept


def _implausible(expression: TimeExpression, text: str, latest: int) -> str | None:
    for value in (expression.date, expression.date_end):
        match = _YEAR.match(value or "")
        if match and not MIN_YEAR <= int(match.group(0)) <= latest:
            return f"year {match.group(0)} is outside {MIN_YEAR}-{latest}"
    following = _FOLLOWING_YEAR.match(text, expression.end) if expression.precision in ("day", "month") else None
    if following and not MIN_YEAR <= int(following.group(1)) <= latest:
        return f"followed by the year {following.group(1)}, outside {MIN_YEAR}-{latest}"
    return None
