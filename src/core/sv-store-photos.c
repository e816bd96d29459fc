/* sv-store-photos.c: the store's photos, their bytes kept in the file.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-store-private.h"

/* Photos */

static gpointer
photo_from_row (SvStore      *self,
                sqlite3_stmt *stmt)
{
  SvPhoto *photo = sv_photo_new ();

  sv_photo_set_id (photo, sqlite3_column_int64 (stmt, 0));
  sv_photo_set_entry_id (photo, sqlite3_column_int64 (stmt, 1));
  sv_photo_set_mime_type (photo, sv_store_column_text (self, stmt, 2));
  sv_photo_set_width (photo, sqlite3_column_int (stmt, 3));
  sv_photo_set_height (photo, sqlite3_column_int (stmt, 4));
  sv_photo_set_caption (photo, sv_store_column_text (self, stmt, 5));
  sv_photo_set_position (photo, sqlite3_column_int (stmt, 6));
  return photo;
}

GPtrArray *
sv_store_list_photos (SvStore *self,
                      gint64   entry_id,
                      GError **error)
{
  g_autoptr (GPtrArray) photos = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self,
                           "SELECT id, entry_id, mime_type, width, height, caption, position FROM photo "
                           "WHERE entry_id = ?1 ORDER BY position, id",
                           error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, entry_id);

  if (!sv_store_read_all (self, stmt, photo_from_row, photos, error))
    return NULL;

  return g_steal_pointer (&photos);
}

static gpointer
bytes_from_row (SvStore      *self,
                sqlite3_stmt *stmt)
{
  return g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
}

GBytes *
sv_store_load_photo_bytes (SvStore *self,
                           gint64   photo_id,
                           GError **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self, "SELECT data FROM photo WHERE id = ?1", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, photo_id);

  return sv_store_read_one (self, stmt, bytes_from_row, SV_STORE_ROW_PHOTO, photo_id, error);
}

gboolean
sv_store_save_photo (SvStore *self,
                     SvPhoto *photo,
                     GError **error)
{
  gint64        id;
  gint64        trip_id = 0;
  sqlite3_stmt *stmt;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (SV_IS_PHOTO (photo), FALSE);

  id = sv_photo_get_id (photo);

  if (id == 0)
    {
      GBytes     *bytes = sv_photo_get_bytes (photo);
      const char *mime_type = sv_photo_get_mime_type (photo);

      if (bytes == NULL || g_bytes_get_size (bytes) == 0)
        return sv_store_set_invalid (error, _ ("The photo has no image data."));
      if (mime_type == NULL || !g_str_has_prefix (mime_type, "image/"))
        return sv_store_set_invalid (error, _ ("The photo is not an image."));
    }

  if (!sv_store_begin (self, error))
    return FALSE;

  ok = sv_store_get_entry_trip (self, sv_photo_get_entry_id (photo), &trip_id, error);
  if (!ok)
    return sv_store_finish (self, FALSE, error);

  if (id == 0)
    {
      GBytes       *bytes = sv_photo_get_bytes (photo);
      gsize         size;
      gconstpointer data = g_bytes_get_data (bytes, &size);

      stmt = sv_store_prepare (self,
                               "INSERT INTO photo (entry_id, data, mime_type, width, height, caption, position) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                               "  CASE WHEN ?7 > 0 THEN ?7 ELSE "
                               "  (SELECT coalesce (max (position), 0) + 1 FROM photo WHERE entry_id = ?1) END)",
                               error);
      if (stmt == NULL)
        return sv_store_finish (self, FALSE, error);
      sqlite3_bind_int64 (stmt, 1, sv_photo_get_entry_id (photo));
      sqlite3_bind_blob64 (stmt, 2, data, size, SQLITE_STATIC);
      sv_store_bind_text (stmt, 3, sv_photo_get_mime_type (photo));
      sqlite3_bind_int (stmt, 4, sv_photo_get_width (photo));
      sqlite3_bind_int (stmt, 5, sv_photo_get_height (photo));
      sv_store_bind_text (stmt, 6, sv_photo_get_caption (photo));
      sqlite3_bind_int (stmt, 7, sv_photo_get_position (photo));
    }
  else
    {
      stmt = sv_store_prepare (self, "UPDATE photo SET caption = ?1, position = ?2 WHERE id = ?3", error);
      if (stmt == NULL)
        return sv_store_finish (self, FALSE, error);
      sv_store_bind_text (stmt, 1, sv_photo_get_caption (photo));
      sqlite3_bind_int (stmt, 2, sv_photo_get_position (photo));
      sqlite3_bind_int64 (stmt, 3, id);
    }

  ok = sv_store_step_done (self, stmt, error);
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = sv_store_set_not_found (error, SV_STORE_ROW_PHOTO, id);
  if (ok && id == 0)
    sv_photo_set_id (photo, sqlite3_last_insert_rowid (self->db));
  if (ok)
    sv_store_queue_notification (self, SV_STORE_NOTIFY_ENTRY, SV_STORE_CHANGE_CHANGED, trip_id, sv_photo_get_entry_id (photo));

  if (!ok && id == 0)
    sv_photo_set_id (photo, 0);

  return sv_store_finish (self, ok, error);
}

gboolean
sv_store_delete_photo (SvStore *self,
                       gint64   photo_id,
                       GError **error)
{
  sqlite3_stmt *stmt;
  gint64        entry_id = 0;
  gint64        trip_id = 0;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  if (!sv_store_begin (self, error))
    return FALSE;

  stmt = sv_store_prepare (self, "SELECT entry_id FROM photo WHERE id = ?1", error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, photo_id);
  ok = sv_store_read_int64 (self, stmt, SV_STORE_ROW_PHOTO, photo_id, &entry_id, error);
  if (ok)
    ok = sv_store_get_entry_trip (self, entry_id, &trip_id, error);
  if (ok)
    {
      stmt = sv_store_prepare (self, "DELETE FROM photo WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, photo_id);
          ok = sv_store_step_done (self, stmt, error);
        }
    }
  if (ok)
    sv_store_queue_notification (self, SV_STORE_NOTIFY_ENTRY, SV_STORE_CHANGE_CHANGED, trip_id, entry_id);

  return sv_store_finish (self, ok, error);
}
