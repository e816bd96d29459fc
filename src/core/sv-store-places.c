/* sv-store-places.c: the store's places, shared by all trips.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-place-category.h"
#include "sv-store-private.h"
#include "sv-uri.h"

/* Places */

#define PLACE_COLUMNS "pl.id, pl.name, pl.category, pl.address, pl.latitude, pl.longitude, pl.url"

static gpointer
place_from_row (SvStore      *self,
                sqlite3_stmt *stmt)
{
  SvPlace        *place = sv_place_new ();
  SvPlaceCategory category = SV_PLACE_CATEGORY_OTHER;

  sv_place_set_id (place, sqlite3_column_int64 (stmt, 0));
  sv_place_set_name (place, sv_store_column_text (self, stmt, 1));
  sv_place_category_from_string (sv_store_column_text (self, stmt, 2), &category);
  sv_place_set_category (place, category);
  sv_place_set_address (place, sv_store_column_text (self, stmt, 3));
  /* The table's CHECK constraints keep stored coordinates valid. */
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL && sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    sv_place_set_location (place, sqlite3_column_double (stmt, 4), sqlite3_column_double (stmt, 5), NULL);
  sv_place_set_url (place, sv_store_column_text (self, stmt, 6));

  return place;
}

GPtrArray *
sv_store_list_places (SvStore *self,
                      gint64   trip_id,
                      GError **error)
{
  g_autoptr (GPtrArray) places = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  if (trip_id == 0)
    stmt = sv_store_prepare (self, "SELECT " PLACE_COLUMNS " FROM place pl ORDER BY pl.name COLLATE NOCASE, pl.id", error);
  else
    stmt = sv_store_prepare (self,
                             "SELECT " PLACE_COLUMNS " FROM place pl WHERE pl.id IN "
                             "(SELECT place_id FROM entry WHERE trip_id = ?1 AND trashed = 0) "
                             "ORDER BY pl.name COLLATE NOCASE, pl.id",
                             error);
  if (stmt != NULL && trip_id != 0)
    sqlite3_bind_int64 (stmt, 1, trip_id);

  if (!sv_store_read_all (self, stmt, place_from_row, places, error))
    return NULL;

  return g_steal_pointer (&places);
}

SvPlace *
sv_store_get_place (SvStore *self,
                    gint64   place_id,
                    GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self, "SELECT " PLACE_COLUMNS " FROM place pl WHERE pl.id = ?1", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, place_id);

  return sv_store_read_one (self, stmt, place_from_row, SV_STORE_ROW_PLACE, place_id, error);
}

static gboolean
id_from_row (SvStore      *self,
             sqlite3_stmt *stmt,
             gpointer      user_data)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);

  g_array_append_val ((GArray *) user_data, id);
  return TRUE;
}

/* Search rows hold the place's name: refresh the entries at PLACE_ID. */
static gboolean
reindex_place_entries (SvStore *self,
                       gint64   place_id,
                       GError **error)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = sv_store_prepare (self, "SELECT id FROM entry WHERE place_id = ?1", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, place_id);
  if (!sv_store_read_each (self, stmt, id_from_row, ids, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    if (!sv_store_reindex_entry (self, g_array_index (ids, gint64, i), error))
      return FALSE;

  return TRUE;
}

gboolean
sv_store_save_place (SvStore *self,
                     SvPlace *place,
                     GError **error)
{
  const char   *name = sv_place_get_name (place);
  gint64        id;
  sqlite3_stmt *stmt;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (SV_IS_PLACE (place), FALSE);

  if (sv_store_is_blank (name))
    return sv_store_set_invalid (error, _ ("A place needs a name."));
  if (sv_place_get_url (place) != NULL && !sv_uri_is_web (sv_place_get_url (place)))
    return sv_store_set_invalid (error, _ ("The place’s link must be a web address starting with http:// or https://."));

  id = sv_place_get_id (place);

  if (!sv_store_begin (self, error))
    return FALSE;

  if (id == 0)
    stmt = sv_store_prepare (self,
                             "INSERT INTO place (name, category, address, latitude, longitude, url) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                             error);
  else
    stmt = sv_store_prepare (self,
                             "UPDATE place SET name = ?1, category = ?2, address = ?3, latitude = ?4, "
                             "longitude = ?5, url = ?6 WHERE id = ?7",
                             error);
  if (stmt == NULL)
    return sv_store_finish (self, FALSE, error);

  sv_store_bind_text (stmt, 1, name);
  sv_store_bind_text (stmt, 2, sv_place_category_to_string (sv_place_get_category (place)));
  sv_store_bind_text (stmt, 3, sv_place_get_address (place));
  if (sv_place_get_has_location (place))
    {
      sqlite3_bind_double (stmt, 4, sv_place_get_latitude (place));
      sqlite3_bind_double (stmt, 5, sv_place_get_longitude (place));
    }
  sv_store_bind_text (stmt, 6, sv_place_get_url (place));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 7, id);

  ok = sv_store_step_done (self, stmt, error);
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = sv_store_set_not_found (error, SV_STORE_ROW_PLACE, id);
  if (ok && id == 0)
    sv_place_set_id (place, sqlite3_last_insert_rowid (self->db));
  if (ok && id != 0)
    ok = reindex_place_entries (self, id, error);
  if (ok)
    sv_store_queue_notification (self, SV_STORE_NOTIFY_PLACE, id == 0 ? SV_STORE_CHANGE_ADDED : SV_STORE_CHANGE_CHANGED,
                                 0, sv_place_get_id (place));

  if (!ok && id == 0)
    sv_place_set_id (place, 0);

  return sv_store_finish (self, ok, error);
}

gboolean
sv_store_delete_place (SvStore *self,
                       gint64   place_id,
                       GError **error)
{
  sqlite3_stmt *stmt;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  if (!sv_store_begin (self, error))
    return FALSE;

  stmt = sv_store_prepare (self, "DELETE FROM place WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, place_id);
      ok = sv_store_step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    ok = sv_store_set_not_found (error, SV_STORE_ROW_PLACE, place_id);
  /* ON DELETE SET NULL has cleared the entries' place already. */
  if (ok)
    ok = reindex_place_entries (self, place_id, error);
  if (ok)
    sv_store_queue_notification (self, SV_STORE_NOTIFY_PLACE, SV_STORE_CHANGE_REMOVED, 0, place_id);

  return sv_store_finish (self, ok, error);
}

SvPlace *
sv_store_find_place (SvStore    *self,
                     const char *name,
                     gboolean    has_location,
                     double      latitude,
                     double      longitude,
                     GError    **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stmt = sv_store_prepare (self,
                           "SELECT " PLACE_COLUMNS " FROM place pl WHERE pl.name = ?1 AND "
                           "(CASE WHEN ?2 THEN pl.latitude = ?3 AND pl.longitude = ?4 "
                           "ELSE pl.latitude IS NULL AND pl.longitude IS NULL END) "
                           "ORDER BY pl.id LIMIT 1",
                           error);
  if (stmt != NULL)
    {
      sv_store_bind_text (stmt, 1, name);
      sqlite3_bind_int (stmt, 2, has_location);
      sqlite3_bind_double (stmt, 3, latitude);
      sqlite3_bind_double (stmt, 4, longitude);
    }

  return sv_store_read_one (self, stmt, place_from_row, SV_STORE_ROW_NONE, 0, error);
}
