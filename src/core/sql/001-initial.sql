-- Schema 1: the whole scrapbook.
-- SPDX-License-Identifier: GPL-3.0-or-later

CREATE TABLE trip (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL,
  event         TEXT,
  city          TEXT,
  country       TEXT,
  start_date    TEXT,
  end_date      TEXT,
  url           TEXT,
  summary       TEXT,
  cover_photo   INTEGER,
  trashed       INTEGER NOT NULL DEFAULT 0,
  created       INTEGER NOT NULL,
  updated       INTEGER NOT NULL
);

CREATE TABLE place (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  category      TEXT NOT NULL DEFAULT 'other',
  address       TEXT,
  latitude      REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude     REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  url           TEXT
);

CREATE TABLE entry (
  id            INTEGER PRIMARY KEY,
  trip_id       INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
  day           TEXT,
  start_time    INTEGER CHECK (start_time IS NULL OR start_time BETWEEN 0 AND 1439),
  end_time      INTEGER CHECK (end_time IS NULL OR end_time BETWEEN 0 AND 1439),
  position      INTEGER NOT NULL DEFAULT 0,
  kind          TEXT NOT NULL DEFAULT 'note',
  title         TEXT NOT NULL,
  body          TEXT,
  rating        INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
  highlight     INTEGER NOT NULL DEFAULT 0,
  private       INTEGER NOT NULL DEFAULT 0,
  place_id      INTEGER REFERENCES place (id) ON DELETE SET NULL,
  trashed       INTEGER NOT NULL DEFAULT 0,
  created       INTEGER NOT NULL,
  updated       INTEGER NOT NULL
);
CREATE INDEX entry_timeline ON entry (trip_id, day, position);
CREATE INDEX entry_place ON entry (place_id);

CREATE TABLE talk (
  entry_id      INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
  room          TEXT,
  track         TEXT,
  role          TEXT NOT NULL DEFAULT 'attended',
  video_url     TEXT,
  slides_url    TEXT,
  recommended   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE meal (
  entry_id      INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
  meal          TEXT NOT NULL DEFAULT 'lunch',
  dishes        TEXT,
  price         REAL,
  currency      TEXT,
  favourite_rank INTEGER
);

CREATE TABLE person (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  url           TEXT,
  note          TEXT
);

CREATE TABLE entry_person (
  entry_id      INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
  person_id     INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role          TEXT NOT NULL CHECK (role IN ('speaker', 'met')),
  position      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entry_id, person_id, role)
);
CREATE INDEX entry_person_person ON entry_person (person_id);

CREATE TABLE tag (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE
);

CREATE TABLE entry_tag (
  entry_id      INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
  tag_id        INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entry_id, tag_id)
);
CREATE INDEX entry_tag_tag ON entry_tag (tag_id);

CREATE TABLE photo (
  id            INTEGER PRIMARY KEY,
  entry_id      INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
  data          BLOB NOT NULL,
  mime_type     TEXT NOT NULL,
  width         INTEGER NOT NULL DEFAULT 0,
  height        INTEGER NOT NULL DEFAULT 0,
  caption       TEXT,
  position      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX photo_entry ON photo (entry_id, position);

-- The search index holds one row per entry (rowid = entry.id); the store
-- rewrites a row whenever the entry, its people, place or tags change.
CREATE VIRTUAL TABLE entry_fts USING fts5 (
  title, body, people, place, tags,
  tokenize = 'unicode61 remove_diacritics 2'
);
