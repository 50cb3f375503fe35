"""Record types shared by every stage, defined once.

Words follow ../shared/GOLD_SCHEMA.md: an *Encounter* is one mention of a
diplomatic encounter in one article; an *Event* is the merged record of one
real encounter with all its sources. Every record is a frozen dataclass so
stages hand them along without fear of mutation; use `dataclasses.replace` to
derive a changed copy.

Dates inside records are ISO strings at their own precision ("2023",
"2023-11", "2023-11-15") because that is what the gold schema, the store and
the JSON output all speak; `datetime.date` is used only for the publication
date and for office terms, which are always full days.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("meeting", "call", "visit")
STATUSES = ("occurred", "planned", "cancelled")
PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century", "unknown")


@dataclass(frozen=True)
class Article:
    """One news article as read from disk, before any analysis.

    `text` is the text every offset in the pipeline refers to: for .txt and
    JSON input the text as received with boilerplate lines blanked out
    (same length, so offsets into the original still hold), for HTML the
    text trafilatura extracted.
    """

    id: str
    text: str
    published: date | None = None
    published_source: str = "unknown"  # metadata | guessed | dateline | page date line | URL path | content | none
    url: str | None = None
    title: str | None = None
    source: str | None = None  # the outlet, when known
    path: str | None = None  # file the article came from, for error messages


@dataclass(frozen=True)
class TimeExpression:
    """A date or time expression found in text, normalised.

    `value` is TimeML style ("2013-03-21", "2013-03", "2012", "2013-W11",
    "2012-SU", "PRESENT_REF", "P3D"); `date`/`date_end` are the calendar
    form used for event dates (YYYY, YYYY-MM or YYYY-MM-DD, or None when the
    value is not a calendar date, e.g. a duration).
    """

    text: str
    start: int
    end: int
    kind: str  # DATE | TIME | DURATION | SET
    value: str
    precision: str  # one of PRECISIONS
    date: str | None = None
    date_end: str | None = None
    anchor: str = "absolute"  # absolute | publication | focus | event (counted from a date the phrase gives)


@dataclass(frozen=True)
class Place:
    """A place resolved to city, country (ISO 3166-1 alpha-3) and coordinates."""

    name: str  # as the text gives it
    city: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True)
class Participant:
    """A party to an encounter: a named person, or an office when the text names none."""

    name: str  # canonical full name ("Xi Jinping"), or an office ("Prime Minister of Canada")
    role: str | None = None  # title as the text gives it ("President", "Foreign Minister")
    country: str | None = None  # ISO 3166-1 alpha-3 (or an organisation code such as EUU)
    mention: str | None = None  # the words the text used for the person
    alternatives: tuple[str, ...] = ()  # other acceptable names, e.g. the office for a role-only mention


@dataclass(frozen=True)
class Evidence:
    """The sentence that states an encounter, with its offsets in `Article.text`."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Encounter:
    """One diplomatic encounter as one article reports it."""

    article_id: str
    kind: str  # meeting | call | visit
    participants: tuple[Participant, ...]
    countries: tuple[str, ...]  # ISO3 of the parties; for a visit: traveller's then destination
    date: str | None
    status: str  # occurred | planned | cancelled
    evidence: Evidence
    date_end: str | None = None
    date_precision: str = "unknown"
    location: Place | None = None
    occasion: str | None = None  # "APEC 2023"
    published: str | None = None  # the article's publication date, ISO
    cue: str | None = None  # the word that signalled the encounter ("meet", "call", "visit")


@dataclass
class ArticleRecord:
    """One article on its way through the pipeline.

    `pipeline.py` runs the stages in order over this record; each stage reads
    some fields and fills others (its docstring says which). It is the one
    mutable record: the stages' working state for one article lives here,
    not on the stage objects, so a stage holds only what it loaded once.
    `doc` (the spaCy Doc), `actors` (the article's people) and `mentions`
    (encounter drafts) are typed loosely because their types belong to the
    stages that make them.
    """

    article: Article
    text: str = ""  # truecase: the text the analysis reads (Article.text, recased where it was all capitals); same length
    doc: object | None = None  # parse
    times: list[TimeExpression] = field(default_factory=list)  # temporal
    actors: object | None = None  # actors: ArticleActors
    mentions: list = field(default_factory=list)  # encounters: Draft per mention, folded in place
    encounters: tuple[Encounter, ...] = ()  # encounters: the finished records

    def __post_init__(self) -> None:
        self.text = self.text or self.article.text

    def result(self) -> "ArticleResult":
        return ArticleResult(article=self.article, encounters=self.encounters)


@dataclass(frozen=True)
class Citation:
    """Where an encounter was read: the stored article's metadata without its text (for exports)."""

    article_id: str
    url: str | None = None
    source: str | None = None  # the outlet
    title: str | None = None
    published: str | None = None  # ISO day
    length: int | None = None  # characters of `Article.text`, which evidence offsets index


@dataclass(frozen=True)
class ArticleResult:
    """What the pipeline made of one article."""

    article: Article
    encounters: tuple[Encounter, ...] = ()


@dataclass(frozen=True)
class Failure:
    """An input that could not be processed; the batch goes on without it."""

    source: str  # file (and line) the input came from
    message: str


@dataclass(frozen=True)
class OfficeTerm:
    """One person's term in one office, from the knowledge tables."""

    name: str  # canonical full name
    office: str  # head_of_state | head_of_government | foreign_minister | <organisation office>
    title: str  # "President", "Prime Minister", "Chancellor", "Secretary-General", ...
    country: str  # ISO 3166-1 alpha-3, or an organisation code (UNO, NATO, EUU, ...)
    start: date
    end: date | None = None  # None while in office
    aliases: tuple[str, ...] = ()

    def covers(self, day: date) -> bool:
        """Whether the term includes `day`."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Summit:
    """One edition of a recurring summit (APEC 2023 in San Francisco, ...)."""

    series: str  # "APEC", "G20", "UNGA", ...
    year: int
    city: str | None
    country: str | None
    start: date | None
    end: date | None
    name: str | None = None  # the edition's own name where it has one

    @property
    def label(self) -> str:
        """The gold schema's occasion form, "<FORUM> <YEAR>"."""
        return f"{self.series} {self.year}"


@dataclass(frozen=True)
class StatusChange:
    """One step of an event's status history, as one source reported it."""

    status: str
    published: str | None
    article_id: str


@dataclass(frozen=True)
class Event:
    """One real encounter, merged from every encounter that reports it."""

    id: str
    kind: str
    participants: tuple[str, ...]
    countries: tuple[str, ...]
    date: str | None
    status: str
    encounters: tuple[Encounter, ...]
    date_end: str | None = None
    date_precision: str = "unknown"
    location: Place | None = None
    occasion: str | None = None
    confidence: float = 0.0
    date_reason: str = ""
    status_history: tuple[StatusChange, ...] = field(default_factory=tuple)

    @property
    def sources(self) -> int:
        """Number of distinct articles that report the event."""
        return len({encounter.article_id for encounter in self.encounters})
