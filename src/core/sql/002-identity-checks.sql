-- Schema 2: the scrapbook knows itself, and positions and ranks are checked.
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Runs with foreign keys off (the store turns them off around every
-- migration), so that rebuilding a table cascades nothing.

-- Which scrapbook this is, and how many changes it has seen. Every write
-- transaction counts itself here, so every journal SQLite keeps for this
-- file holds this row: one that carries another scrapbook's id is not ours.
CREATE TABLE scrapbook (
  key           TEXT PRIMARY KEY,
  value         TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO scrapbook (key, value) VALUES ('id', lower (hex (randomblob (16))));
INSERT INTO scrapbook (key, value) VALUES ('generation', '0');

-- A negative position sorted first; number such days again, in their order.
UPDATE entry SET position = (
    SELECT count (*) FROM entry AS other
    WHERE other.trip_id = entry.trip_id AND other.day IS entry.day
      AND (other.position < entry.position OR (other.position = entry.position AND other.id <= entry.id)))
  WHERE EXISTS (
    SELECT 1 FROM entry AS other
    WHERE other.trip_id = entry.trip_id AND other.day IS entry.day AND other.position < 0);

-- A rank below 1 ranks nothing.
UPDATE meal SET favourite_rank = NULL WHERE favourite_rank < 1;

CREATE TABLE entry_new (
  id            INTEGER PRIMARY KEY,
  trip_id       INTEGER NOT NULL REFERENCES trip (id) ON DELETE CASCADE,
  day           TEXT,
  start_time    INTEGER CHECK (start_time IS NULL OR start_time BETWEEN 0 AND 1439),
  end_time      INTEGER CHECK (end_time IS NULL OR end_time BETWEEN 0 AND 1439),
  position      INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
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
INSERT INTO entry_new SELECT * FROM entry;
DROP TABLE entry;
ALTER TABLE entry_new RENAME TO entry;
CREATE INDEX entry_timeline ON entry (trip_id, day, position);
CREATE INDEX entry_place ON entry (place_id);

CREATE TABLE meal_new (
  entry_id      INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
  meal          TEXT NOT NULL DEFAULT 'lunch',
  dishes        TEXT,
  price         REAL,
  currency      TEXT,
  favourite_rank INTEGER CHECK (favourite_rank IS NULL OR favourite_rank >= 1)
);
INSERT INTO meal_new SELECT * FROM meal;
DROP TABLE meal;
ALTER TABLE meal_new RENAME TO meal;
