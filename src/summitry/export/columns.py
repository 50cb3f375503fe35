"""The columns of every tabular export, described once.

Reads nothing. Adds: `Column` descriptors for the events table (CSV,
Parquet, pandas), the GDELT 2.0 events file and the GDELT 2.0 mentions file.
The writers take their column order from here, the Parquet schema its types
and per-column metadata, and scripts/gen_codebook.py writes docs/codebook.md
and export/schemas/datapackage.json from the same tuples, so a test can hold
code, docs and descriptors in step.

Types: `string`, `integer`, `number`, `date` (ISO day), `string[]` (a list
of strings; JSON array text in CSV), `mentions` (a list of MENTION_FIELDS
records; JSON array text in CSV); the JSON Lines record also has `object`
and `object[]` values.
"""
from __future__ import annotations

from dataclasses import dataclass

TYPES = ("string", "integer", "number", "date", "string[]", "mentions", "object", "object[]")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str


MENTION_FIELDS = (
    Column("article_id", "string", "Id of the source article in the store."),
    Column("url", "string", "The article's URL; empty when the article came without one."),
    Column("source", "string", "The outlet that published the article."),
    Column("title", "string", "The article's headline."),
    Column("published", "date", "The article's publication date."),
    Column("status", "string", "Status as this article reports it: occurred, planned or cancelled."),
    Column("date_start", "date", "First day of the encounter's date as this article gives it."),
    Column("date_end", "date", "Last day of the encounter's date as this article gives it."),
    Column("date_precision", "string", "Precision of this article's date (day, month, year, ... unknown)."),
    Column("evidence", "string", "The sentence of the article that states the encounter."),
    Column("evidence_start", "integer", "Character offset of the evidence sentence in the stored article text."),
    Column("evidence_end", "integer", "Character offset just past the evidence sentence."),
)

EVENT_TABLE = (
    Column("id", "string", "summitry's event id (16 hex characters), as in `summitry show ID` and the JSON API."),
    Column("gdelt_id", "integer", "GLOBALEVENTID of the same event in the `gdelt` and `gdelt-mentions` exports."),
    Column("kind", "string", "meeting, call or visit."),
    Column("status", "string", "occurred, planned or cancelled, as of the latest source."),
    Column("date_start", "date", "First day the event's date covers (2023-11 gives 2023-11-01); empty when no source dates it."),
    Column("date_end", "date", "Last day the event's date covers (2023-11 gives 2023-11-30; the last day of a multi-day visit)."),
    Column("date_precision", "string", "Precision of the date: day, week, month, season, quarter, year, ... or unknown."),
    Column("participants", "string[]", "Canonical names of the parties; for a visit, the traveller(s)."),
    Column("countries", "string[]", "ISO 3166-1 alpha-3 codes (or organisation codes: UNO, NATO, EUU, AFU, ASEAN) of the parties; for a visit the traveller's, then the destination."),
    Column("location_name", "string", "The place as the text names it."),
    Column("location_city", "string", "City of the place, when known."),
    Column("location_country", "string", "ISO 3166-1 alpha-3 code of the place's country."),
    Column("latitude", "number", "Latitude of the place (WGS84 degrees)."),
    Column("longitude", "number", "Longitude of the place (WGS84 degrees)."),
    Column("geonames_id", "integer", "GeoNames id of the city, where the city table knows it."),
    Column("occasion", "string", "The summit it was held on the sidelines of, as \"<FORUM> <YEAR>\" (\"APEC 2023\")."),
    Column("cameo_code", "string", "CAMEO event code, as in the gdelt export (036, 040-046)."),
    Column("plover_event", "string", "PLOVER event type, as in the plover export (CONSULT, AGREE)."),
    Column("confidence", "number", "1 - 0.5 ** sources: how well attested the event is (0-1)."),
    Column("sources", "integer", "Number of distinct articles that report the event."),
    Column("date_reason", "string", "Why this date was chosen when sources disagree."),
    Column("url", "string", "URL of the first report (the earliest published source; the article id when it has no URL)."),
    Column("source", "string", "Outlet of the first report."),
    Column("title", "string", "Headline of the first report."),
    Column("published", "date", "Publication date of the first report."),
    Column("evidence", "string", "The sentence of the first report that states the encounter."),
    Column("evidence_start", "integer", "Character offset of that sentence in the first report's stored text."),
    Column("evidence_end", "integer", "Character offset just past that sentence."),
    Column("urls", "string[]", "URL (or article id) of every source, first report first."),
    Column("mentions", "mentions", "Every source encounter: article, citation, status, date and evidence with offsets."),
)

# GDELT 2.0 event table, in the published order (GDELT 2.0 Event Database
# Codebook V2.0, 2015). `description` says what GDELT means and how summitry
# fills it; columns summitry has nothing for are empty.
_EMPTY = "Empty: summitry does not code this."
GDELT_EVENT = (
    Column("GLOBALEVENTID", "integer", "Event id: summitry's event id read as a hex number (first 15 digits)."),
    Column("SQLDATE", "integer", "YYYYMMDD: first day of the event's date span; for 036 (planned, cancelled) the day of the statement. Empty when undated."),
    Column("MonthYear", "integer", "YYYYMM of SQLDATE."),
    Column("Year", "integer", "YYYY of SQLDATE."),
    Column("FractionDate", "number", "Year plus the fraction of the year elapsed at SQLDATE (YYYY.FFFF)."),
    *(
        column
        for side in ("1", "2")
        for column in (
            Column(f"Actor{side}Code", "string", f"CAMEO actor code of actor {side}: country + type (CHNGOV), an organisation (IGOUNO), or a bare country for a visit's destination (FRA). Empty when the country is unknown."),
            Column(f"Actor{side}Name", "string", f"Name of actor {side}, upper case (XI JINPING; the country's name for a destination)."),
            Column(f"Actor{side}CountryCode", "string", f"CAMEO country code of actor {side}."),
            Column(f"Actor{side}KnownGroupCode", "string", f"CAMEO known-group code when actor {side} is an organisation (UNO, NAT, EEC, AFU, ASN)."),
            Column(f"Actor{side}EthnicCode", "string", _EMPTY),
            Column(f"Actor{side}Religion1Code", "string", _EMPTY),
            Column(f"Actor{side}Religion2Code", "string", _EMPTY),
            Column(f"Actor{side}Type1Code", "string", f"CAMEO type of actor {side}: GOV, IGO, MIL, LEG, OPP, JUD."),
            Column(f"Actor{side}Type2Code", "string", _EMPTY),
            Column(f"Actor{side}Type3Code", "string", _EMPTY),
        )
    ),
    Column("IsRootEvent", "integer", "1: summitry's evidence sentence states the event."),
    Column("EventCode", "string", "CAMEO event code, zero-padded (036, 040, 041, 042, 044, 045, 046)."),
    Column("EventBaseCode", "string", "First three digits of EventCode."),
    Column("EventRootCode", "string", "First two digits of EventCode (03, 04)."),
    Column("QuadClass", "integer", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."),
    Column("GoldsteinScale", "number", "Goldstein weight of EventCode (-10 to +10)."),
    Column("NumMentions", "integer", "Number of source encounters (mentions) of the event."),
    Column("NumSources", "integer", "Number of distinct outlets reporting the event."),
    Column("NumArticles", "integer", "Number of distinct articles reporting the event."),
    Column("AvgTone", "number", "Empty: summitry does not score tone."),
    *(
        column
        for side in ("Actor1", "Actor2")
        for column in (
            Column(f"{side}Geo_Type", "integer", _EMPTY),
            Column(f"{side}Geo_FullName", "string", _EMPTY),
            Column(f"{side}Geo_CountryCode", "string", _EMPTY),
            Column(f"{side}Geo_ADM1Code", "string", _EMPTY),
            Column(f"{side}Geo_ADM2Code", "string", _EMPTY),
            Column(f"{side}Geo_Lat", "number", _EMPTY),
            Column(f"{side}Geo_Long", "number", _EMPTY),
            Column(f"{side}Geo_FeatureID", "string", _EMPTY),
        )
    ),
    Column("ActionGeo_Type", "integer", "1 country, 3 US city, 4 world city; empty when the place is unknown."),
    Column("ActionGeo_FullName", "string", "\"City, Country\" or \"Country\"."),
    Column("ActionGeo_CountryCode", "string", "FIPS 10-4 code of the place's country (GDELT's geography codes: UK, GM, CH)."),
    Column("ActionGeo_ADM1Code", "string", "The FIPS country code: summitry does not resolve first-level divisions."),
    Column("ActionGeo_ADM2Code", "string", _EMPTY),
    Column("ActionGeo_Lat", "number", "Latitude of the place."),
    Column("ActionGeo_Long", "number", "Longitude of the place."),
    Column("ActionGeo_FeatureID", "string", "The FIPS country code for a country-level place (as GDELT does); empty for cities (summitry knows GeoNames ids, not GNS ids: see geonames_id in the csv export)."),
    Column("DATEADDED", "integer", "YYYYMMDDHHMMSS: publication day of the latest source, at 000000 (summitry keeps no ingest time)."),
    Column("SOURCEURL", "string", "URL of the first report; its article id when it has no URL. Every source is in gdelt-mentions."),
)

# GDELT 2.0 mentions table, in the published order: one row per source encounter.
GDELT_MENTION = (
    Column("GLOBALEVENTID", "integer", "The event's GLOBALEVENTID in the gdelt export."),
    Column("EventTimeDate", "integer", "YYYYMMDDHHMMSS: the event's DATEADDED."),
    Column("MentionTimeDate", "integer", "YYYYMMDDHHMMSS: publication day of this article, at 000000; empty when unknown."),
    Column("MentionType", "integer", "1 web (the article has a URL), 2 citation only (no URL: MentionIdentifier is the article id)."),
    Column("MentionSourceName", "string", "Outlet of the article (its URL's host when the outlet is not recorded)."),
    Column("MentionIdentifier", "string", "URL of the article, or its id in the store."),
    Column("SentenceID", "integer", "Empty: summitry gives character offsets instead (Extras)."),
    Column("Actor1CharOffset", "integer", "Character offset of actor 1's words in the article; -1 when the evidence sentence does not name it."),
    Column("Actor2CharOffset", "integer", "Character offset of actor 2's words in the article; -1 when the evidence sentence does not name it."),
    Column("ActionCharOffset", "integer", "Character offset of the cue word (met, visited, call) in the article; the sentence start when not found."),
    Column("InRawText", "integer", "1: offsets index the stored article text."),
    Column("Confidence", "integer", "The event's confidence as a percentage (0-100)."),
    Column("MentionDocLen", "integer", "Length of the stored article text in characters."),
    Column("MentionDocTone", "number", "Empty: summitry does not score tone."),
    Column("MentionDocTranslationInfo", "string", _EMPTY),
    Column("Extras", "string", "<SENTENCE_OFFSETS>start-end</SENTENCE_OFFSETS>: character offsets of the evidence sentence in the article."),
)

# `summitry export --format jsonl`: serialize.event_to_dict(event) plus `citations`.
JSONL_RECORD = (
    Column("id", "string", "summitry's event id."),
    Column("kind", "string", "meeting, call or visit."),
    Column("participants", "string[]", "Canonical names of the parties."),
    Column("countries", "string[]", "ISO 3166-1 alpha-3 (or organisation) codes of the parties; a visit: traveller's, then destination."),
    Column("date", "string", "The event's date at its own precision: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown."),
    Column("date_end", "string", "Last day of a multi-day event, or null."),
    Column("date_precision", "string", "day, week, month, season, quarter, year, ... or unknown."),
    Column("status", "string", "occurred, planned or cancelled, as of the latest source."),
    Column("location", "object", "{city, country, name, latitude, longitude}, or null."),
    Column("occasion", "string", "\"<FORUM> <YEAR>\", or null."),
    Column("confidence", "number", "1 - 0.5 ** sources."),
    Column("sources", "integer", "Number of distinct articles that report the event."),
    Column("date_reason", "string", "Why this date was chosen when sources disagree."),
    Column("status_history", "object[]", "{status, published, article_id} per source, oldest first."),
    Column("mentions", "object[]", "Every source encounter in the `summitry extract` shape (docs/data-model.md), with evidence offsets."),
    Column("citations", "object[]", "{article_id, url, source, title, published} of every source article."),
)

TABLES = {
    "csv": EVENT_TABLE,
    "parquet": EVENT_TABLE,
    "gdelt": GDELT_EVENT,
    "gdelt-mentions": GDELT_MENTION,
}


def names(columns: tuple[Column, ...]) -> tuple[str, ...]:
    return tuple(column.name for column in columns)
