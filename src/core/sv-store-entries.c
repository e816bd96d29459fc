/* sv-store-entries.c: the store's entries with their talk and meal details.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-entry-kind.h"
#include "sv-meal-type.h"
#include "sv-store-private.h"
#include "sv-talk-role.h"
#include "sv-uri.h"

/* Entries */

#define ENTRY_SELECT \
  "SELECT e.id, e.trip_id, e.day, e.start_time, e.end_time, e.position, e.kind, e.title, " \
  "  e.body, e.rating, e.highlight, e.private, e.place_id, pl.name, e.created, e.updated, " \
  "  t.entry_id IS NOT NULL, t.room, t.track, t.role, t.video_url, t.slides_url, t.recommended, " \
  "  m.entry_id IS NOT NULL, m.meal, m.dishes, m.price, m.currency, m.favourite_rank, " \
  "  (SELECT ph.id FROM photo ph WHERE ph.entry_id = e.id ORDER BY ph.position, ph.id LIMIT 1) " \
  "FROM entry e " \
  "LEFT JOIN talk t ON t.entry_id = e.id " \
  "LEFT JOIN meal m ON m.entry_id = e.id " \
  "LEFT JOIN place pl ON pl.id = e.place_id "

#define ENTRY_ORDER " ORDER BY e.day IS NOT NULL, e.day, e.position, e.id"

static gpointer
entry_from_row (SvStore      *self,
                sqlite3_stmt *stmt)
{
  SvEntry    *entry = sv_entry_new ();
  SvEntryKind kind = SV_ENTRY_KIND_NOTE;

  sv_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
  sv_entry_set_trip_id (entry, sqlite3_column_int64 (stmt, 1));
  sv_entry_set_day (entry, sv_store_column_text (self, stmt, 2));
  sv_entry_set_start_time (entry, sv_store_column_optional_int (stmt, 3));
  sv_entry_set_end_time (entry, sv_store_column_optional_int (stmt, 4));
  sv_entry_set_position (entry, sqlite3_column_int (stmt, 5));
  /* An unknown kind (from a hand-edited file) reads as a note. */
  sv_entry_kind_from_string (sv_store_column_text (self, stmt, 6), &kind);
  sv_entry_set_kind (entry, kind);
  sv_entry_set_title (entry, sv_store_column_text (self, stmt, 7));
  sv_entry_set_body (entry, sv_store_column_text (self, stmt, 8));
  sv_entry_set_rating (entry, sqlite3_column_int (stmt, 9));
  sv_entry_set_highlight (entry, sqlite3_column_int (stmt, 10));
  sv_entry_set_private (entry, sqlite3_column_int (stmt, 11));
  sv_entry_set_place_id (entry, sqlite3_column_int64 (stmt, 12));
  sv_entry_set_place_name (entry, sv_store_column_text (self, stmt, 13));
  sv_entry_set_created (entry, sqlite3_column_int64 (stmt, 14));
  sv_entry_set_updated (entry, sqlite3_column_int64 (stmt, 15));

  if (sqlite3_column_int (stmt, 16))
    {
      SvTalk    *talk = sv_entry_ensure_talk (entry);
      SvTalkRole role = SV_TALK_ROLE_ATTENDED;

      sv_talk_set_room (talk, sv_store_column_text (self, stmt, 17));
      sv_talk_set_track (talk, sv_store_column_text (self, stmt, 18));
      sv_talk_role_from_string (sv_store_column_text (self, stmt, 19), &role);
      sv_talk_set_role (talk, role);
      sv_talk_set_video_url (talk, sv_store_column_text (self, stmt, 20));
      sv_talk_set_slides_url (talk, sv_store_column_text (self, stmt, 21));
      sv_talk_set_recommended (talk, sqlite3_column_int (stmt, 22));
    }

  if (sqlite3_column_int (stmt, 23))
    {
      SvMeal    *meal = sv_entry_ensure_meal (entry);
      SvMealType type = SV_MEAL_TYPE_LUNCH;

      sv_meal_type_from_string (sv_store_column_text (self, stmt, 24), &type);
      sv_meal_set_meal_type (meal, type);
      sv_meal_set_dishes (meal, sv_store_column_text (self, stmt, 25));
      sv_meal_set_price (meal, sqlite3_column_type (stmt, 26) == SQLITE_NULL ? -1 : sqlite3_column_double (stmt, 26));
      sv_meal_set_currency (meal, sv_store_column_text (self, stmt, 27));
      sv_meal_set_favourite_rank (meal, sqlite3_column_int (stmt, 28));
    }

  sv_entry_set_first_photo_id (entry, sqlite3_column_int64 (stmt, 29));

  return entry;
}


GPtrArray *
sv_store_list_entries (SvStore *self,
                       gint64   trip_id,
                       GError **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self, ENTRY_SELECT "WHERE e.trip_id = ?1 AND e.trashed = 0" ENTRY_ORDER, error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, trip_id);

  if (!sv_store_read_all (self, stmt, entry_from_row, entries, error) ||
      !sv_store_load_entry_lists (self, entries, 0, trip_id, error))
    return NULL;

  return g_steal_pointer (&entries);
}

SvEntry *
sv_store_get_entry (SvStore *self,
                    gint64   entry_id,
                    GError **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  SvEntry      *entry;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self, ENTRY_SELECT "WHERE e.id = ?1 AND e.trashed = 0", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, entry_id);

  entry = sv_store_read_one (self, stmt, entry_from_row, SV_STORE_ROW_ENTRY, entry_id, error);
  if (entry == NULL)
    return NULL;

  g_ptr_array_add (entries, entry);
  if (!sv_store_load_entry_lists (self, entries, entry_id, 0, error))
    return NULL;

  return g_object_ref (entry);
}

static gboolean
position_from_row (SvStore      *self,
                   sqlite3_stmt *stmt,
                   gpointer      user_data)
{
  SvEntryPosition position = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1) };

  g_array_append_val ((GArray *) user_data, position);
  return TRUE;
}

GArray *
sv_store_list_day_positions (SvStore    *self,
                             gint64      trip_id,
                             const char *day,
                             GError    **error)
{
  g_autoptr (GArray) positions = g_array_new (FALSE, FALSE, sizeof (SvEntryPosition));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self, "SELECT e.id, e.position FROM entry e WHERE e.trip_id = ?1 AND e.day IS ?2 AND e.trashed = 0" ENTRY_ORDER, error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, trip_id);
      sv_store_bind_text (stmt, 2, day);
    }

  if (!sv_store_read_each (self, stmt, position_from_row, positions, error))
    return NULL;

  return g_steal_pointer (&positions);
}

static gboolean
validate_entry (SvStore *self,
                SvEntry *entry,
                GError **error)
{
  g_autoptr (SvTrip) trip = NULL;
  const char *title = sv_entry_get_title (entry);
  const char *day = sv_entry_get_day (entry);
  SvTalk     *talk = sv_entry_get_talk (entry);
  SvMeal     *meal = sv_entry_get_meal (entry);
  int         start = sv_entry_get_start_time (entry);
  int         end = sv_entry_get_end_time (entry);
  GDate       date;

  if (sv_store_is_blank (title))
    return sv_store_set_invalid (error, _ ("An entry needs a title."));

  if (start < -1 || start > 1439 || end < -1 || end > 1439)
    return sv_store_set_invalid (error, _ ("A time must be between 00:00 and 23:59."));
  if (start < 0 && end >= 0)
    return sv_store_set_invalid (error, _ ("An entry with an end time needs a start time."));

  trip = sv_store_get_trip (self, sv_entry_get_trip_id (entry), error);
  if (trip == NULL)
    return FALSE;

  if (day != NULL)
    {
      const char *first = sv_trip_get_start_date (trip);
      const char *last = sv_trip_get_end_date (trip);

      if (!sv_date_parse (day, &date))
        return sv_store_set_invalid (error, _ ("The day is not a valid date."));

      if (first != NULL && last != NULL && !sv_date_in_range (day, first, last))
        {
          g_autofree char *dates = sv_trip_format_dates (trip);

          g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID,
                       _ ("The day must be within the trip (%s)."), dates);
          return FALSE;
        }
    }
  else if (start >= 0)
    return sv_store_set_invalid (error, _ ("A time needs a day: notes about the whole trip have no time."));

  if (talk != NULL)
    {
      if (sv_talk_get_video_url (talk) != NULL && !sv_uri_is_web (sv_talk_get_video_url (talk)))
        return sv_store_set_invalid (error, _ ("The video link must be a web address starting with http:// or https://."));
      if (sv_talk_get_slides_url (talk) != NULL && !sv_uri_is_web (sv_talk_get_slides_url (talk)))
        return sv_store_set_invalid (error, _ ("The slides link must be a web address starting with http:// or https://."));
    }

  if (meal != NULL && sv_meal_get_favourite_rank (meal) < 0)
    return sv_store_set_invalid (error, _ ("A favourite rank is 1 or more, or none."));

  return TRUE;
}

/* Picks a position in the entry's day from its start time: after every
 * entry that starts at or before it, before the first that starts later. */
static gboolean
place_in_day (SvStore *self,
              SvEntry *entry,
              GError **error)
{
  sqlite3_stmt *stmt;
  gint64        position = -1;

  if (sv_entry_get_start_time (entry) >= 0)
    {
      stmt = sv_store_prepare (self,
                               "SELECT min(position) FROM entry WHERE trip_id = ?1 AND day IS ?2 "
                               "AND trashed = 0 AND id IS NOT ?3 AND start_time > ?4",
                               error);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, sv_entry_get_trip_id (entry));
          sv_store_bind_text (stmt, 2, sv_entry_get_day (entry));
          sv_store_bind_id (stmt, 3, sv_entry_get_id (entry));
          sqlite3_bind_int (stmt, 4, sv_entry_get_start_time (entry));
        }
      if (!sv_store_read_int64 (self, stmt, SV_STORE_ROW_NONE, 0, &position, error))
        return FALSE;
    }

  if (position >= 0)
    {
      stmt = sv_store_prepare (self,
                               "UPDATE entry SET position = position + 1 WHERE trip_id = ?1 AND day IS ?2 "
                               "AND position >= ?3",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, sv_entry_get_trip_id (entry));
      sv_store_bind_text (stmt, 2, sv_entry_get_day (entry));
      sqlite3_bind_int64 (stmt, 3, position);
      if (!sv_store_step_done (self, stmt, error))
        return FALSE;
    }
  else
    {
      stmt = sv_store_prepare (self,
                               "SELECT coalesce(max(position), 0) + 1 FROM entry WHERE trip_id = ?1 "
                               "AND day IS ?2 AND id IS NOT ?3",
                               error);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, sv_entry_get_trip_id (entry));
          sv_store_bind_text (stmt, 2, sv_entry_get_day (entry));
          sv_store_bind_id (stmt, 3, sv_entry_get_id (entry));
        }
      if (!sv_store_read_int64 (self, stmt, SV_STORE_ROW_NONE, 0, &position, error))
        return FALSE;
    }

  sv_entry_set_position (entry, (int) CLAMP (position, 1, G_MAXINT));
  return TRUE;
}


gboolean
sv_store_reindex_entry (SvStore *self,
                        gint64   entry_id,
                        GError **error)
{
  sqlite3_stmt *stmt;

  stmt = sv_store_prepare (self, "DELETE FROM entry_fts WHERE rowid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  if (!sv_store_step_done (self, stmt, error))
    return FALSE;

  stmt = sv_store_prepare (self,
                           "INSERT INTO entry_fts (rowid, title, body, people, place, tags) "
                           "SELECT e.id, e.title, "
                           "  coalesce (e.body, '') || ' ' || coalesce (t.room, '') || ' ' || "
                           "  coalesce (t.track, '') || ' ' || coalesce (m.dishes, ''), "
                           "  (SELECT group_concat (p.name, ' ') FROM entry_person ep "
                           "   JOIN person p ON p.id = ep.person_id WHERE ep.entry_id = e.id), "
                           "  (SELECT pl.name || ' ' || coalesce (pl.address, '') FROM place pl WHERE pl.id = e.place_id), "
                           "  (SELECT group_concat (tg.name, ' ') FROM entry_tag et "
                           "   JOIN tag tg ON tg.id = et.tag_id WHERE et.entry_id = e.id) "
                           "FROM entry e LEFT JOIN talk t ON t.entry_id = e.id "
                           "LEFT JOIN meal m ON m.entry_id = e.id WHERE e.id = ?1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  return sv_store_step_done (self, stmt, error);
}

static gboolean
save_entry_details (SvStore *self,
                    SvEntry *entry,
                    GError **error)
{
  gint64        id = sv_entry_get_id (entry);
  SvTalk       *talk = sv_entry_get_talk (entry);
  SvMeal       *meal = sv_entry_get_meal (entry);
  sqlite3_stmt *stmt;

  /* Details and lists are rewritten whole: simpler than diffing them, and
   * an entry has only a handful. */
  static const char *clear[] = {
    "DELETE FROM talk WHERE entry_id = ?1",
    "DELETE FROM meal WHERE entry_id = ?1",
    "DELETE FROM entry_person WHERE entry_id = ?1",
    "DELETE FROM entry_tag WHERE entry_id = ?1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (clear); i++)
    {
      stmt = sv_store_prepare (self, clear[i], error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!sv_store_step_done (self, stmt, error))
        return FALSE;
    }

  if (talk != NULL)
    {
      stmt = sv_store_prepare (self,
                               "INSERT INTO talk (entry_id, room, track, role, video_url, slides_url, recommended) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sv_store_bind_text (stmt, 2, sv_talk_get_room (talk));
      sv_store_bind_text (stmt, 3, sv_talk_get_track (talk));
      sv_store_bind_text (stmt, 4, sv_talk_role_to_string (sv_talk_get_role (talk)));
      sv_store_bind_text (stmt, 5, sv_talk_get_video_url (talk));
      sv_store_bind_text (stmt, 6, sv_talk_get_slides_url (talk));
      sqlite3_bind_int (stmt, 7, sv_talk_get_recommended (talk));
      if (!sv_store_step_done (self, stmt, error))
        return FALSE;
    }

  if (meal != NULL)
    {
      stmt = sv_store_prepare (self,
                               "INSERT INTO meal (entry_id, meal, dishes, price, currency, favourite_rank) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sv_store_bind_text (stmt, 2, sv_meal_type_to_string (sv_meal_get_meal_type (meal)));
      sv_store_bind_text (stmt, 3, sv_meal_get_dishes (meal));
      if (sv_meal_get_price (meal) >= 0)
        sqlite3_bind_double (stmt, 4, sv_meal_get_price (meal));
      else
        sqlite3_bind_null (stmt, 4);
      sv_store_bind_text (stmt, 5, sv_meal_get_currency (meal));
      sv_store_bind_optional_int (stmt, 6, sv_meal_get_favourite_rank (meal) > 0 ? sv_meal_get_favourite_rank (meal) : -1);
      if (!sv_store_step_done (self, stmt, error))
        return FALSE;
    }

  return sv_store_save_entry_lists (self, entry, error) &&
         sv_store_reindex_entry (self, id, error);
}

gboolean
sv_store_save_entry (SvStore *self,
                     SvEntry *entry,
                     GError **error)
{
  gint64        id;
  gint64        now = g_get_real_time () / G_USEC_PER_SEC;
  sqlite3_stmt *stmt;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (SV_IS_ENTRY (entry), FALSE);

  if (!validate_entry (self, entry, error))
    return FALSE;

  id = sv_entry_get_id (entry);

  if (!sv_store_begin (self, error))
    return FALSE;

  ok = sv_entry_get_position (entry) > 0 || place_in_day (self, entry, error);
  if (!ok)
    return sv_store_finish (self, FALSE, error);

  if (id == 0)
    stmt = sv_store_prepare (self,
                             "INSERT INTO entry (trip_id, day, start_time, end_time, position, kind, title, "
                             "body, rating, highlight, private, place_id, created, updated) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
                             error);
  else
    stmt = sv_store_prepare (self,
                             "UPDATE entry SET trip_id = ?1, day = ?2, start_time = ?3, end_time = ?4, "
                             "position = ?5, kind = ?6, title = ?7, body = ?8, rating = ?9, highlight = ?10, "
                             "private = ?11, place_id = ?12, updated = ?13 WHERE id = ?14 AND trashed = 0",
                             error);
  if (stmt == NULL)
    return sv_store_finish (self, FALSE, error);

  sqlite3_bind_int64 (stmt, 1, sv_entry_get_trip_id (entry));
  sv_store_bind_text (stmt, 2, sv_entry_get_day (entry));
  sv_store_bind_optional_int (stmt, 3, sv_entry_get_start_time (entry));
  sv_store_bind_optional_int (stmt, 4, sv_entry_get_end_time (entry));
  sqlite3_bind_int (stmt, 5, sv_entry_get_position (entry));
  sv_store_bind_text (stmt, 6, sv_entry_kind_to_string (sv_entry_get_kind (entry)));
  sv_store_bind_text (stmt, 7, sv_entry_get_title (entry));
  sv_store_bind_text (stmt, 8, sv_entry_get_body (entry));
  sqlite3_bind_int (stmt, 9, sv_entry_get_rating (entry));
  sqlite3_bind_int (stmt, 10, sv_entry_get_highlight (entry));
  sqlite3_bind_int (stmt, 11, sv_entry_get_private (entry));
  sv_store_bind_id (stmt, 12, sv_entry_get_place_id (entry));
  sqlite3_bind_int64 (stmt, 13, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 14, id);

  ok = sv_store_step_done (self, stmt, error);
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = sv_store_set_not_found (error, SV_STORE_ROW_ENTRY, id);

  if (ok)
    {
      if (id == 0)
        {
          sv_entry_set_id (entry, sqlite3_last_insert_rowid (self->db));
          sv_entry_set_created (entry, now);
        }
      sv_entry_set_updated (entry, now);
      ok = save_entry_details (self, entry, error);
    }

  if (ok)
    sv_store_queue_notification (self, SV_STORE_NOTIFY_ENTRY, id == 0 ? SV_STORE_CHANGE_ADDED : SV_STORE_CHANGE_CHANGED,
                                 sv_entry_get_trip_id (entry), sv_entry_get_id (entry));

  if (!ok && id == 0)
    sv_entry_set_id (entry, 0);

  return sv_store_finish (self, ok, error);
}

gboolean
sv_store_get_entry_trip (SvStore *self,
                         gint64   entry_id,
                         gint64  *trip_id,
                         GError **error)
{
  sqlite3_stmt *stmt;

  stmt = sv_store_prepare (self, "SELECT trip_id FROM entry WHERE id = ?1", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, entry_id);

  return sv_store_read_int64 (self, stmt, SV_STORE_ROW_ENTRY, entry_id, trip_id, error);
}

static gboolean
set_entry_trashed (SvStore *self,
                   gint64   entry_id,
                   gboolean trashed,
                   GError **error)
{
  sqlite3_stmt *stmt;
  gint64        trip_id = 0;
  gboolean      ok;

  if (!sv_store_begin (self, error))
    return FALSE;

  ok = sv_store_get_entry_trip (self, entry_id, &trip_id, error);
  if (ok)
    {
      stmt = sv_store_prepare (self, "UPDATE entry SET trashed = ?2 WHERE id = ?1 AND trashed = ?3", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, entry_id);
          sqlite3_bind_int (stmt, 2, trashed);
          sqlite3_bind_int (stmt, 3, !trashed);
          ok = sv_store_step_done (self, stmt, error);
        }
      if (ok && sqlite3_changes (self->db) == 0)
        ok = sv_store_set_not_found (error, SV_STORE_ROW_ENTRY, entry_id);
    }
  if (ok)
    sv_store_queue_notification (self, SV_STORE_NOTIFY_ENTRY, trashed ? SV_STORE_CHANGE_REMOVED : SV_STORE_CHANGE_ADDED,
                                 trip_id, entry_id);

  return sv_store_finish (self, ok, error);
}

gboolean
sv_store_trash_entry (SvStore *self,
                      gint64   entry_id,
                      GError **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  return set_entry_trashed (self, entry_id, TRUE, error);
}

gboolean
sv_store_restore_entry (SvStore *self,
                        gint64   entry_id,
                        GError **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  return set_entry_trashed (self, entry_id, FALSE, error);
}

gboolean
sv_store_delete_entry (SvStore *self,
                       gint64   entry_id,
                       GError **error)
{
  sqlite3_stmt *stmt;
  gint64        trip_id = 0;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  if (!sv_store_begin (self, error))
    return FALSE;

  ok = sv_store_get_entry_trip (self, entry_id, &trip_id, error);
  if (ok)
    {
      stmt = sv_store_prepare (self, "DELETE FROM entry_fts WHERE rowid = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, entry_id);
          ok = sv_store_step_done (self, stmt, error);
        }
    }
  if (ok)
    {
      stmt = sv_store_prepare (self, "DELETE FROM entry WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, entry_id);
          ok = sv_store_step_done (self, stmt, error);
        }
    }
  if (ok)
    sv_store_queue_notification (self, SV_STORE_NOTIFY_ENTRY, SV_STORE_CHANGE_REMOVED, trip_id, entry_id);

  return sv_store_finish (self, ok, error);
}

gboolean
sv_store_empty_trash (SvStore *self,
                      GError **error)
{
  gboolean ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  if (!sv_store_begin (self, error))
    return FALSE;

  /* Nothing here is visible any more, so no signals. */
  ok = sv_store_exec (self,
                      "DELETE FROM entry_fts WHERE rowid IN "
                      "  (SELECT e.id FROM entry e JOIN trip t ON t.id = e.trip_id "
                      "   WHERE e.trashed = 1 OR t.trashed = 1);"
                      "DELETE FROM entry WHERE trashed = 1;"
                      "DELETE FROM trip WHERE trashed = 1;",
                      error);

  return sv_store_finish (self, ok, error);
}

GPtrArray *
sv_store_list_place_entries (SvStore *self,
                             gint64   place_id,
                             gint64   trip_id,
                             GError **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self,
                           ENTRY_SELECT "JOIN trip tr ON tr.id = e.trip_id "
                                        "WHERE e.place_id = ?1 AND (?2 IS NULL OR e.trip_id = ?2) "
                                        "AND e.trashed = 0 AND tr.trashed = 0" ENTRY_ORDER,
                           error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, place_id);
      sv_store_bind_id (stmt, 2, trip_id);
    }

  if (!sv_store_read_all (self, stmt, entry_from_row, entries, error))
    return NULL;

  return g_steal_pointer (&entries);
}
