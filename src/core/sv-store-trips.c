/* sv-store-trips.c: the store's trips, their trash and their numbers.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "sv-date.h"
#include "sv-store-private.h"
#include "sv-uri.h"

/* Trips */

#define TRIP_COLUMNS \
  "id, title, event, city, country, start_date, end_date, url, summary, cover_photo"

static gpointer
trip_from_row (SvStore      *self,
               sqlite3_stmt *stmt)
{
  SvTrip *trip = sv_trip_new ();

  sv_trip_set_id (trip, sqlite3_column_int64 (stmt, 0));
  sv_trip_set_title (trip, sv_store_column_text (self, stmt, 1));
  sv_trip_set_event (trip, sv_store_column_text (self, stmt, 2));
  sv_trip_set_city (trip, sv_store_column_text (self, stmt, 3));
  sv_trip_set_country (trip, sv_store_column_text (self, stmt, 4));
  sv_trip_set_start_date (trip, sv_store_column_text (self, stmt, 5));
  sv_trip_set_end_date (trip, sv_store_column_text (self, stmt, 6));
  sv_trip_set_url (trip, sv_store_column_text (self, stmt, 7));
  sv_trip_set_summary (trip, sv_store_column_text (self, stmt, 8));
  sv_trip_set_cover_photo_id (trip, sqlite3_column_int64 (stmt, 9));

  return trip;
}

GPtrArray *
sv_store_list_trips (SvStore *self,
                     GError **error)
{
  g_autoptr (GPtrArray) trips = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self,
                           "SELECT " TRIP_COLUMNS " FROM trip WHERE trashed = 0 "
                           "ORDER BY start_date IS NULL, start_date DESC, id DESC",
                           error);
  if (!sv_store_read_all (self, stmt, trip_from_row, trips, error))
    return NULL;

  return g_steal_pointer (&trips);
}

SvTrip *
sv_store_get_trip (SvStore *self,
                   gint64   trip_id,
                   GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self, "SELECT " TRIP_COLUMNS " FROM trip WHERE id = ?1 AND trashed = 0", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, trip_id);

  return sv_store_read_one (self, stmt, trip_from_row, SV_STORE_ROW_TRIP, trip_id, error);
}

static gboolean
validate_trip (SvTrip  *trip,
               GError **error)
{
  const char *title = sv_trip_get_title (trip);
  const char *start = sv_trip_get_start_date (trip);
  const char *end = sv_trip_get_end_date (trip);
  GDate       first, last;

  if (sv_store_is_blank (title))
    return sv_store_set_invalid (error, _ ("A trip needs a title."));

  if (start != NULL && !sv_date_parse (start, &first))
    return sv_store_set_invalid (error, _ ("The first day of the trip is not a valid date."));
  if (end != NULL && !sv_date_parse (end, &last))
    return sv_store_set_invalid (error, _ ("The last day of the trip is not a valid date."));
  if (start != NULL && end != NULL && g_date_compare (&first, &last) > 0)
    return sv_store_set_invalid (error, _ ("The trip ends before it starts."));

  if (sv_trip_get_url (trip) != NULL && !sv_uri_is_web (sv_trip_get_url (trip)))
    return sv_store_set_invalid (error, _ ("The trip’s link must be a web address starting with http:// or https://."));

  return TRUE;
}

gboolean
sv_store_save_trip (SvStore *self,
                    SvTrip  *trip,
                    GError **error)
{
  gint64        id;
  sqlite3_stmt *stmt;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (SV_IS_TRIP (trip), FALSE);

  if (!validate_trip (trip, error))
    return FALSE;

  id = sv_trip_get_id (trip);

  if (!sv_store_begin (self, error))
    return FALSE;

  if (id == 0)
    stmt = sv_store_prepare (self,
                             "INSERT INTO trip (title, event, city, country, start_date, end_date, url, "
                             "summary, cover_photo, created, updated) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                             error);
  else
    stmt = sv_store_prepare (self,
                             "UPDATE trip SET title = ?1, event = ?2, city = ?3, country = ?4, "
                             "start_date = ?5, end_date = ?6, url = ?7, summary = ?8, cover_photo = ?9, "
                             "updated = ?10 WHERE id = ?11 AND trashed = 0",
                             error);
  if (stmt == NULL)
    return sv_store_finish (self, FALSE, error);

  sv_store_bind_text (stmt, 1, sv_trip_get_title (trip));
  sv_store_bind_text (stmt, 2, sv_trip_get_event (trip));
  sv_store_bind_text (stmt, 3, sv_trip_get_city (trip));
  sv_store_bind_text (stmt, 4, sv_trip_get_country (trip));
  sv_store_bind_text (stmt, 5, sv_trip_get_start_date (trip));
  sv_store_bind_text (stmt, 6, sv_trip_get_end_date (trip));
  sv_store_bind_text (stmt, 7, sv_trip_get_url (trip));
  sv_store_bind_text (stmt, 8, sv_trip_get_summary (trip));
  sv_store_bind_id (stmt, 9, sv_trip_get_cover_photo_id (trip));
  sqlite3_bind_int64 (stmt, 10, g_get_real_time () / G_USEC_PER_SEC);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 11, id);

  ok = sv_store_step_done (self, stmt, error);
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = sv_store_set_not_found (error, SV_STORE_ROW_TRIP, id);

  if (ok)
    {
      if (id == 0)
        sv_trip_set_id (trip, sqlite3_last_insert_rowid (self->db));
      sv_store_queue_notification (self, SV_STORE_NOTIFY_TRIP, id == 0 ? SV_STORE_CHANGE_ADDED : SV_STORE_CHANGE_CHANGED,
                                   sv_trip_get_id (trip), sv_trip_get_id (trip));
    }

  return sv_store_finish (self, ok, error);
}

static gboolean
set_trip_trashed (SvStore *self,
                  gint64   trip_id,
                  gboolean trashed,
                  GError **error)
{
  sqlite3_stmt *stmt;
  gboolean      ok;

  if (!sv_store_begin (self, error))
    return FALSE;

  stmt = sv_store_prepare (self, "UPDATE trip SET trashed = ?2 WHERE id = ?1 AND trashed = ?3", error);
  if (stmt == NULL)
    return sv_store_finish (self, FALSE, error);

  sqlite3_bind_int64 (stmt, 1, trip_id);
  sqlite3_bind_int (stmt, 2, trashed);
  sqlite3_bind_int (stmt, 3, !trashed);
  ok = sv_store_step_done (self, stmt, error);
  if (ok && sqlite3_changes (self->db) == 0)
    ok = sv_store_set_not_found (error, SV_STORE_ROW_TRIP, trip_id);
  if (ok)
    sv_store_queue_notification (self, SV_STORE_NOTIFY_TRIP, trashed ? SV_STORE_CHANGE_REMOVED : SV_STORE_CHANGE_ADDED,
                                 trip_id, trip_id);

  return sv_store_finish (self, ok, error);
}

gboolean
sv_store_trash_trip (SvStore *self,
                     gint64   trip_id,
                     GError **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  return set_trip_trashed (self, trip_id, TRUE, error);
}

gboolean
sv_store_restore_trip (SvStore *self,
                       gint64   trip_id,
                       GError **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  return set_trip_trashed (self, trip_id, FALSE, error);
}

gboolean
sv_store_delete_trip (SvStore *self,
                      gint64   trip_id,
                      GError **error)
{
  sqlite3_stmt *stmt;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  if (!sv_store_begin (self, error))
    return FALSE;

  /* The search index is not bound by foreign keys. */
  stmt = sv_store_prepare (self, "DELETE FROM entry_fts WHERE rowid IN (SELECT id FROM entry WHERE trip_id = ?1)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, trip_id);
      ok = sv_store_step_done (self, stmt, error);
    }

  if (ok)
    {
      stmt = sv_store_prepare (self, "DELETE FROM trip WHERE id = ?1", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, trip_id);
      ok = sv_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    ok = sv_store_set_not_found (error, SV_STORE_ROW_TRIP, trip_id);
  if (ok)
    sv_store_queue_notification (self, SV_STORE_NOTIFY_TRIP, SV_STORE_CHANGE_REMOVED, trip_id, trip_id);

  return sv_store_finish (self, ok, error);
}

static gboolean
stats_from_row (SvStore      *self,
                sqlite3_stmt *stmt,
                gpointer      user_data)
{
  SvTripStats *stats = user_data;

  stats->entries = sqlite3_column_int (stmt, 0);
  stats->days = sqlite3_column_int (stmt, 1);
  stats->talks = sqlite3_column_int (stmt, 2);
  stats->keynotes = sqlite3_column_int (stmt, 3);
  stats->meals = sqlite3_column_int (stmt, 4);
  stats->restaurants = sqlite3_column_int (stmt, 5);
  stats->places = sqlite3_column_int (stmt, 6);
  stats->photos = sqlite3_column_int (stmt, 7);
  stats->watch_later = sqlite3_column_int (stmt, 8);
  return TRUE;
}

gboolean
sv_store_get_trip_stats (SvStore     *self,
                         gint64       trip_id,
                         SvTripStats *stats,
                         GError     **error)
{
  g_autoptr (SvTrip) trip = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);

  memset (stats, 0, sizeof *stats);

  trip = sv_store_get_trip (self, trip_id, error);
  if (trip == NULL)
    return FALSE;

  stmt = sv_store_prepare (self,
                           "SELECT count(*), "
                           "  count(DISTINCT e.day), "
                           "  sum(e.kind IN " SV_STORE_TALK_KINDS "), "
                           "  sum(e.kind = 'keynote'), "
                           "  sum(e.kind = 'meal'), "
                           "  count(DISTINCT CASE WHEN e.kind = 'meal' THEN e.place_id END), "
                           "  count(DISTINCT e.place_id), "
                           "  (SELECT count(*) FROM photo p JOIN entry pe ON pe.id = p.entry_id "
                           "   WHERE pe.trip_id = ?1 AND pe.trashed = 0), "
                           "  sum(t.role = 'watch-later') "
                           "FROM entry e LEFT JOIN talk t ON t.entry_id = e.id "
                           "WHERE e.trip_id = ?1 AND e.trashed = 0",
                           error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, trip_id);
  if (!sv_store_read_each (self, stmt, stats_from_row, stats, error))
    return FALSE;

  /* The trip's own dates count days with nothing written down, too. */
  stats->days = MAX (stats->days, sv_trip_get_n_days (trip));

  return TRUE;
}
