-- summitry event store, schema version 2. Runs unchanged on SQLite and PostgreSQL.
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

-- What the store knows about names (resolve.NameBook), so that a batch
-- resolves surnames and offices without reading every stored encounter:
-- each token of each full name, the holders of each office named as an
-- alternative, and how often each spelling (form) and country was used
-- (a row holds either a form or a country, the other is '').
CREATE TABLE IF NOT EXISTS name_tokens (
    token TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (token, name)
);
CREATE TABLE IF NOT EXISTS name_offices (
    office TEXT NOT NULL,
    holder TEXT NOT NULL,
    PRIMARY KEY (office, holder)
);
CREATE TABLE IF NOT EXISTS name_forms (
    name_key TEXT NOT NULL,
    form TEXT NOT NULL,
    country TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (name_key, form, country)
);

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

-- Events per (actor, country of the actor in that event): actors.events and
-- actors.country follow from it without counting an actor's events again.
CREATE TABLE IF NOT EXISTS actor_countries (
    actor TEXT NOT NULL,
    country TEXT NOT NULL,
    events INTEGER NOT NULL,
    PRIMARY KEY (actor, country)
);

-- Where a new encounter finds the events it may join, without reading the
-- other events of the same people: one row per event with its participants
-- (normalised, '|'-joined) and the days its encounters may lie on, in classes
-- of reach length so that each probe reads one short index range
-- (class 3: unbounded, reach '' .. '9999-12-31').
CREATE TABLE IF NOT EXISTS event_reach (
    event_id TEXT PRIMARY KEY,
    people TEXT NOT NULL,
    is_call INTEGER NOT NULL,
    is_visit INTEGER NOT NULL,
    reach_class INTEGER NOT NULL,
    reach_first TEXT NOT NULL,
    reach_last TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_reach_people ON event_reach (people, reach_class, reach_first);

-- Every name an event is known by (its participants, and every name its
-- sources use, surnames alone included), for visits (which join any event of
-- their traveller) and for re-merging when a surname gains a full name.
CREATE TABLE IF NOT EXISTS event_names (
    name TEXT NOT NULL,
    event_id TEXT NOT NULL,
    reach_class INTEGER NOT NULL,
    reach_first TEXT NOT NULL,
    reach_last TEXT NOT NULL,
    PRIMARY KEY (name, event_id)
);
CREATE INDEX IF NOT EXISTS event_names_reach ON event_names (name, reach_class, reach_first);
CREATE INDEX IF NOT EXISTS event_names_event ON event_names (event_id);
