/* sv-store-open.c: opening a scrapbook file, refusing what is not one.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sv-store-private.h"

/* Opening */


static gboolean
query_int (SvStore    *self,
           const char *sql,
           int        *out,
           GError    **error)
{
  sqlite3_stmt *stmt;
  int           rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return sv_store_set_db_error (self, rc, error);
  return TRUE;
}

/* Refuses a file that is not SQLite before SQLite gets to touch it. */
static gboolean
check_header (const char *path,
              GError    **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFileInputStream) in = NULL;
  g_autoptr (GError) local_error = NULL;
  char  header[16] = { 0 };
  gsize n_read = 0;

  in = g_file_read (file, NULL, &local_error);
  if (in == NULL)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_READ_ONLY,
                   _ ("“%s” cannot be read: %s"), path, local_error->message);
      return FALSE;
    }

  if (!g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n_read, NULL, &local_error))
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_READ_ONLY,
                   _ ("“%s” cannot be read: %s"), path, local_error->message);
      return FALSE;
    }

  /* An empty file is a new scrapbook, as SQLite sees it. */
  if (n_read == 0)
    return TRUE;

  if (n_read < sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_A_DATABASE,
                   _ ("“%s” is not a Souvenir scrapbook."), path);
      return FALSE;
    }

  return TRUE;
}

/* Looks at an existing file without writing to it: its version, and
 * whether SQLite can read all of it. */
static gboolean
inspect_existing (SvStore *self,
                  GError **error)
{
  g_autofree char *check = NULL;
  sqlite3_stmt    *stmt = NULL;
  int              version = 0;
  int              rc;

  if (!query_int (self, "PRAGMA user_version", &version, error))
    return FALSE;

  if (version > SV_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_TOO_NEW,
                   _ ("“%s” was saved by a newer version of Souvenir (scrapbook format %d; "
                      "this version reads up to %d). Update Souvenir to open it; the file was not changed."),
                   self->path, version, SV_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          check = g_strdup (sv_store_column_text (self, stmt, 0));
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return sv_store_set_db_error (self, rc, error);

  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_CORRUPT,
                   _ ("“%s” is damaged and cannot be read (%s). The file was not changed."),
                   self->path, check ? check : "?");
      return FALSE;
    }

  if (version > 0)
    {
      /* A file of ours has our tables; another program's SQLite file with
       * a user_version of its own is not a scrapbook. */
      int n_tables = 0;

      if (!query_int (self,
                      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                      "AND name IN ('trip', 'entry', 'place')",
                      &n_tables, error))
        return FALSE;

      if (n_tables != 3)
        {
          g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_A_DATABASE,
                       _ ("“%s” is not a Souvenir scrapbook."), self->path);
          return FALSE;
        }
    }
  else
    {
      int n_objects = 0;

      if (!query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
        return FALSE;
      if (n_objects > 0)
        {
          g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_A_DATABASE,
                       _ ("“%s” is not a Souvenir scrapbook."), self->path);
          return FALSE;
        }
    }

  self->schema_version = version;
  return TRUE;
}

SvStore *
sv_store_open (const char *path,
               GError    **error)
{
  g_autoptr (SvStore) self = NULL;
  gboolean exists;
  int      flags;
  int      rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (SV_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (exists)
    {
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_A_DATABASE,
                       _ ("“%s” is a folder, not a Souvenir scrapbook."), path);
          return NULL;
        }
      if (!check_header (path, error))
        return NULL;
    }
  else
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_READ_ONLY,
                       _ ("The folder “%s” cannot be created: %s"), dir, g_strerror (saved_errno));
          return NULL;
        }
    }

  if (exists && g_access (path, W_OK) != 0)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_READ_ONLY,
                   _ ("“%s” is read-only. Souvenir saves every change at once, so it needs a writable file."),
                   path);
      return NULL;
    }

  flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (exists ? 0 : SQLITE_OPEN_CREATE);
  rc = sqlite3_open_v2 (path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      sv_store_set_db_error (self, rc, error);
      return NULL;
    }

  sqlite3_busy_timeout (self->db, 2000);
  sqlite3_extended_result_codes (self->db, 1);

  if (exists && !inspect_existing (self, error))
    return NULL;

  if (!sv_store_configure (self, FALSE, error) || !sv_store_migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

SvStore *
sv_store_new_in_memory (GError **error)
{
  g_autoptr (SvStore) self = g_object_new (SV_TYPE_STORE, NULL);
  int rc;

  rc = sqlite3_open_v2 (":memory:", &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL);
  if (rc != SQLITE_OK)
    {
      sv_store_set_db_error (self, rc, error);
      return NULL;
    }

  if (!sv_store_configure (self, TRUE, error) || !sv_store_migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

SvStore *
sv_store_open_connection (SvStore *self,
                          GError **error)
{
  g_autoptr (SvStore) other = NULL;
  int version = 0;
  int rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->path == NULL)
    return g_object_ref (self);

  other = g_object_new (SV_TYPE_STORE, NULL);
  other->path = g_strdup (self->path);

  /* SELF has checked and migrated the file already; what is left is to
   * make sure nobody swapped it for another meanwhile. */
  rc = sqlite3_open_v2 (other->path, &other->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      sv_store_set_db_error (other, rc, error);
      return NULL;
    }

  if (!sv_store_configure (other, FALSE, error) ||
      !query_int (other, "PRAGMA user_version", &version, error))
    return NULL;

  if (version != self->schema_version)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_A_DATABASE,
                   _ ("“%s” was replaced by another file while Souvenir had it open."), other->path);
      return NULL;
    }

  other->schema_version = version;
  return g_steal_pointer (&other);
}

const char *
sv_store_get_path (SvStore *self)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  return self->path;
}

int
sv_store_get_schema_version (SvStore *self)
{
  g_return_val_if_fail (SV_IS_STORE (self), 0);

  return self->schema_version;
}
