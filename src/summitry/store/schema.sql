-- summitry event store, schema version 1. Runs unchanged on SQLite and PostgreSQL.
-- Words follow GOLD_SCHEMA: an encounter is one mention in one article, an event
-- the merged record of one real encounter. Dates are ISO strings at their own
-- precision; date_first/date_last are the first and last day they cover
-- ('' when unknown) so ranges compare as text and sort with an index.

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    published TEXT,
    published_source TEXT,
    url TEXT,
    title TEXT,
    source TEXT,
    path TEXT,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_content_hash ON articles (content_hash);

CREATE TABLE IF NOT EXISTS encounters (
    id TEXT PRIMARY KEY,                 -- article id + '#' + ordinal
    article_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    event_id TEXT,
    kind TEXT NOT NULL,
    date TEXT,
    date_end TEXT,
    date_precision TEXT,
    status TEXT NOT NULL,
    location_json TEXT,
    occasion TEXT,
    published TEXT,
    cue TEXT,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    participants_json TEXT NOT NULL,
    countries_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS encounters_article ON encounters (article_id);
CREATE INDEX IF NOT EXISTS encounters_event ON encounters (event_id);

-- Name tokens of each encounter's participants: finds the stored encounters a
-- new one may merge with ("xi" finds "xi jinping").
CREATE TABLE IF NOT EXISTS encounter_names (
    token TEXT NOT NULL,
    encounter_id TEXT NOT NULL,
    PRIMARY KEY (token, encounter_id)
);
CREATE INDEX IF NOT EXISTS encounter_names_encounter ON encounter_names (encounter_id);

CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    date TEXT,
    date_end TEXT,
    date_precision TEXT,
    date_first TEXT NOT NULL,
    date_last TEXT NOT NULL,
    status TEXT NOT NULL,
    location_json TEXT,
    location_city TEXT,
    location_country TEXT,
    occasion TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    sources INTEGER NOT NULL,
    date_reason TEXT,
    participants_json TEXT NOT NULL,
    countries_json TEXT NOT NULL,
    status_history_json TEXT NOT NULL,
    search_text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events (date_first, id);

-- One row per (actor, event), with the event date copied in so "events of X,
-- newest first" and "events of X between two dates" read one index range.
CREATE TABLE IF NOT EXISTS event_participants (
    actor TEXT NOT NULL,
    event_id TEXT NOT NULL,
    country TEXT,
    date_first TEXT NOT NULL,
    PRIMARY KEY (actor, event_id)
);
CREATE INDEX IF NOT EXISTS event_participants_actor_date ON event_participants (actor, date_first, event_id);
CREATE INDEX IF NOT EXISTS event_participants_event ON event_participants (event_id);

-- Countries of the parties and of the place.
CREATE TABLE IF NOT EXISTS event_countries (
    country TEXT NOT NULL,
    event_id TEXT NOT NULL,
    date_first TEXT NOT NULL,
    PRIMARY KEY (country, event_id)
);
CREATE INDEX IF NOT EXISTS event_countries_country_date ON event_countries (country, date_first, event_id);
CREATE INDEX IF NOT EXISTS event_countries_event ON event_countries (event_id);

CREATE TABLE IF NOT EXISTS actors (
    name TEXT PRIMARY KEY,
    key TEXT NOT NULL,                   -- normalised name, for lookups ignoring case and accents
    country TEXT,
    events INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS actors_key ON actors (key);
