/* sv-store.h: the scrapbook, one SQLite file; the only place that speaks SQL.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sv-entry.h"
#include "sv-person.h"
#include "sv-photo.h"
#include "sv-place.h"
#include "sv-search-result.h"
#include "sv-tag.h"
#include "sv-trip.h"

G_BEGIN_DECLS

#define SV_STORE_ERROR (sv_store_error_quark ())

typedef enum {
  SV_STORE_ERROR_NOT_A_DATABASE, /* the file is not SQLite at all */
  SV_STORE_ERROR_CORRUPT,        /* SQLite, but damaged */
  SV_STORE_ERROR_TOO_NEW,        /* written by a newer Souvenir */
  SV_STORE_ERROR_LOCKED,         /* another program holds it */
  SV_STORE_ERROR_READ_ONLY,      /* cannot be written */
  SV_STORE_ERROR_NOT_FOUND,      /* no row with that id */
  SV_STORE_ERROR_INVALID,        /* a value the scrapbook does not accept */
  SV_STORE_ERROR_FAILED,         /* anything else SQLite reports */
} SvStoreError;

/* What happened to a row, in the change signals. */
typedef enum {
  SV_STORE_CHANGE_ADDED,
  SV_STORE_CHANGE_CHANGED,
  SV_STORE_CHANGE_REMOVED,
} SvStoreChange;

/* The counts shown by `souvenir --list`, the Summary view and the cover. */
typedef struct
{
  guint days;
  guint entries;
  guint talks; /* every talk-like kind: keynotes, talks, lightning talks, … */
  guint keynotes;
  guint meals;
  guint restaurants; /* distinct places of the trip's meals */
  guint places;      /* distinct places the trip's entries are at */
  guint photos;
  guint watch_later;
} SvTripStats;

#define SV_STORE_SCHEMA_VERSION 2

#define SV_TYPE_STORE (sv_store_get_type ())
G_DECLARE_FINAL_TYPE (SvStore, sv_store, SV, STORE, GObject)

GQuark sv_store_error_quark (void);

/* Opens FILE, creating it (and its folder) when missing, and migrates it to
 * the current schema, keeping a copy of it among the backups first. A
 * newer, corrupt or foreign file is refused and left byte-for-byte as it
 * was; nothing is written to a file before it has been checked. A -wal or
 * -journal beside it that no connection holds is copied aside before
 * SQLite replays it, and undone (see sv_store_get_recovery_report()) when
 * the replay would damage the file. */
SvStore *sv_store_open (const char *path,
                        GError    **error);
/* A private scrapbook in memory, for tests and the demo. */
SvStore    *sv_store_new_in_memory (GError **error);
const char *sv_store_get_path (SvStore *self);
/* A file that cannot be written (or whose folder cannot) opens for reading
 * only: every change then fails with SV_STORE_ERROR_READ_ONLY. */
gboolean sv_store_is_read_only (SvStore *self);
/* What opening had to do to keep the file sound, to tell the user (a
 * journal left beside it that belonged to another file, set aside), or
 * NULL. */
const char *sv_store_get_recovery_report (SvStore *self);
int         sv_store_get_schema_version (SvStore *self);
/* Another connection to the same scrapbook, for a worker thread: an SQLite
 * connection must stay in one thread. WAL lets it read while the window
 * writes. An in-memory scrapbook has a single connection, so this gives
 * back SELF, which nothing else may use until the worker is done. */
SvStore *sv_store_open_connection (SvStore *self,
                                   GError **error);

/* Several calls as one transaction: one user action, one undo step, one
 * fsync. Nested calls join the outer transaction. A call that fails inside
 * rolls back all of it; sv_store_rollback() after that does nothing, so
 * the caller may always roll back on failure. */
gboolean sv_store_begin (SvStore *self,
                         GError **error);
gboolean sv_store_commit (SvStore *self,
                          GError **error);
void     sv_store_rollback (SvStore *self);

/* Trips. Save inserts when the id is 0 (and sets it), updates otherwise. */
GPtrArray *sv_store_list_trips (SvStore *self,
                                GError **error);
SvTrip    *sv_store_get_trip (SvStore *self,
                              gint64   trip_id,
                              GError **error);
gboolean   sv_store_save_trip (SvStore *self,
                               SvTrip  *trip,
                               GError **error);
/* Moves a trip and everything in it to the trash: hidden everywhere, kept
 * until sv_store_empty_trash(), so that Undo (sv_store_restore_trip) gives
 * back all of it. */
gboolean sv_store_trash_trip (SvStore *self,
                              gint64   trip_id,
                              GError **error);
gboolean sv_store_restore_trip (SvStore *self,
                                gint64   trip_id,
                                GError **error);
/* Deletes for good: the trip, its entries, talks, meals and photos. */
gboolean sv_store_delete_trip (SvStore *self,
                               gint64   trip_id,
                               GError **error);
gboolean sv_store_get_trip_stats (SvStore     *self,
                                  gint64       trip_id,
                                  SvTripStats *stats,
                                  GError     **error);

/* Entries, loaded whole: talk and meal details, speakers, people met, tags,
 * place name and first photo id. The list is in timeline order: trip-level
 * notes (no day) first, then by day, then by position within the day. */
GPtrArray *sv_store_list_entries (SvStore *self,
                                  gint64   trip_id,
                                  GError **error);
SvEntry   *sv_store_get_entry (SvStore *self,
                               gint64   entry_id,
                               GError **error);
/* The order of one day of a trip (DAY NULL: the trip-level notes), as
 * SvEntryPosition in timeline order. Saving an entry with position 0 moves
 * the later entries of its day down without a signal for each of them; a
 * view that keeps entries reads their new positions here. */
typedef struct
{
  gint64 entry_id;
  int    position;
} SvEntryPosition;

GArray *sv_store_list_day_positions (SvStore    *self,
                                     gint64      trip_id,
                                     const char *day,
                                     GError    **error);
/* Writes the entry and its talk, meal, people and tags in one transaction;
 * persons and tags are found by name or created. An entry saved with
 * position 0 gets one from its start time: after the entries of its day
 * that start at or before it (at the end when it has no time). */
gboolean sv_store_save_entry (SvStore *self,
                              SvEntry *entry,
                              GError **error);
gboolean sv_store_trash_entry (SvStore *self,
                               gint64   entry_id,
                               GError **error);
gboolean sv_store_restore_entry (SvStore *self,
                                 gint64   entry_id,
                                 GError **error);
gboolean sv_store_delete_entry (SvStore *self,
                                gint64   entry_id,
                                GError **error);
/* Deletes for good whatever is in the trash (run at start-up and quit). */
gboolean sv_store_empty_trash (SvStore *self,
                               GError **error);

/* Places are shared by all trips. trip_id 0 lists every place; otherwise
 * the places the trip's entries are at. */
GPtrArray *sv_store_list_places (SvStore *self,
                                 gint64   trip_id,
                                 GError **error);
SvPlace   *sv_store_get_place (SvStore *self,
                               gint64   place_id,
                               GError **error);
gboolean   sv_store_save_place (SvStore *self,
                                SvPlace *place,
                                GError **error);
/* Entries that refer to the place keep existing, with no place. */
gboolean sv_store_delete_place (SvStore *self,
                                gint64   place_id,
                                GError **error);
/* The place called NAME at exactly that location (or with no location
 * when HAS_LOCATION is FALSE), so that an import reuses it rather than
 * adding a twin; NULL, with no error, when there is none. */
SvPlace *sv_store_find_place (SvStore    *self,
                              const char *name,
                              gboolean    has_location,
                              double      latitude,
                              double      longitude,
                              GError    **error);
/* Entries of a trip at a place (trip_id 0: of every trip), in timeline order. */
GPtrArray *sv_store_list_place_entries (SvStore *self,
                                        gint64   place_id,
                                        gint64   trip_id,
                                        GError **error);

/* Persons and tags, for completion. */
GPtrArray *sv_store_list_persons (SvStore *self,
                                  GError **error);
gboolean   sv_store_save_person (SvStore  *self,
                                 SvPerson *person,
                                 GError  **error);
GPtrArray *sv_store_list_tags (SvStore *self,
                               GError **error);

/* Photos: listed without their bytes; the bytes on demand. */
GPtrArray *sv_store_list_photos (SvStore *self,
                                 gint64   entry_id,
                                 GError **error);
GBytes    *sv_store_load_photo_bytes (SvStore *self,
                                      gint64   photo_id,
                                      GError **error);
/* Inserts (id 0, bytes required) or updates caption and position. */
gboolean sv_store_save_photo (SvStore *self,
                              SvPhoto *photo,
                              GError **error);
gboolean sv_store_delete_photo (SvStore *self,
                                gint64   photo_id,
                                GError **error);

/* Full-text search over titles, bodies, speakers, people, places and tags
 * of every trip. QUERY is what the user typed; it is never FTS syntax. */
GPtrArray *sv_store_search (SvStore    *self,
                            const char *query,
                            guint       limit,
                            GError    **error);

G_END_DECLS
