/* sv-store-open.c: opening a scrapbook file, refusing what is not one.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sv-recovery.h"
#include "sv-store-private.h"

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

/* Opening a file happens in steps, so that nothing is written to a file
 * before it is known to be a sound scrapbook of a format this version
 * reads: first a connection that cannot write (SQLite's `immutable`, which
 * creates no -wal or -shm either, when no other connection is using the
 * file), then the checks, and only then the connection that writes. A
 * journal that SQLite would replay while opening is copied aside first
 * (SvRecovery), and undone when the replay leaves the file unsound. */

static void
disconnect (SvStore *self)
{
  g_hash_table_remove_all (self->statements);
  g_ptr_array_set_size (self->scratch, 0);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  self->db = NULL;
}

static gboolean
connect (SvStore    *self,
         const char *path,
         int         flags,
         gboolean    immutable,
         GError    **error)
{
  g_autofree char *uri = NULL;
  int              rc;

  disconnect (self);

  if (immutable)
    {
      g_autofree char *escaped = g_uri_escape_string (path, "/", TRUE);

      uri = g_strdup_printf ("file:%s?immutable=1", escaped);
      flags |= SQLITE_OPEN_URI;
    }

  rc = sqlite3_open_v2 (uri ? uri : path, &self->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      sv_store_set_db_error (self, rc, error);
      disconnect (self);
      return FALSE;
    }

  sqlite3_busy_timeout (self->db, 2000);
  sqlite3_extended_result_codes (self->db, 1);
  return TRUE;
}

static gboolean
exists_beside (const char *path,
               const char *suffix)
{
  g_autofree char *file = g_strconcat (path, suffix, NULL);

  return g_file_test (file, G_FILE_TEST_EXISTS);
}

/* A connection that cannot change PATH. Where another connection may be
 * using the file (its -wal or -shm are there), an ordinary read-only one,
 * which sees that connection's last changes; else an immutable one, which
 * leaves no file behind. */
static gboolean
connect_read_only (SvStore    *self,
                   const char *path,
                   gboolean    immutable,
                   GError    **error)
{
  if (!immutable && !exists_beside (path, "-wal") && !exists_beside (path, "-shm"))
    immutable = TRUE;
  self->immutable = immutable;
  return connect (self, path, SQLITE_OPEN_READONLY, immutable, error);
}

static gboolean
set_not_a_scrapbook (SvStore *self,
                     GError **error)
{
  g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_A_DATABASE,
               _ ("“%s” is not a Souvenir scrapbook. The file was not changed."), self->path);
  return FALSE;
}

/* A store in memory with the tables of format VERSION. */
static SvStore *
expected_schema (int      version,
                 GError **error)
{
  g_autoptr (SvStore) expected = g_object_new (SV_TYPE_STORE, NULL);

  if (!connect (expected, ":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, FALSE, error) ||
      !sv_store_configure (expected, TRUE, error) ||
      !sv_store_migrate_to (expected, version, error))
    return NULL;
  return g_steal_pointer (&expected);
}

/* Checks the open file without writing to it: a format this version
 * knows, every page sound (all of them, when DEEP), and the tables of that
 * format. The connection may write only where a replay is being judged. */
static gboolean
inspect (SvStore *self,
         gboolean deep,
         GError **error)
{
  g_autoptr (SvStore) expected = NULL;
  g_autofree char *check = NULL;
  sqlite3_stmt    *stmt = NULL;
  int              version = 0;
  int              rc;

  if (!sv_store_read_int (self, "PRAGMA user_version", &version, error))
    return FALSE;

  if (version < 0)
    return set_not_a_scrapbook (self, error);

  if (version > SV_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_TOO_NEW,
                   _ ("“%s” was saved by a newer version of Souvenir (scrapbook format %d; "
                      "this version reads up to %d). Update Souvenir to open it; the file was not changed."),
                   self->path, version, SV_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  /* integrity_check also compares every index with its table. */
  rc = sqlite3_prepare_v2 (self->db, deep ? "PRAGMA integrity_check (1)" : "PRAGMA quick_check (1)", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          check = g_strdup (sv_store_column_text (self, stmt, 0));
          rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    check = g_strdup (sqlite3_errmsg (self->db));
  sqlite3_finalize (stmt);

  /* Every connection inspect() is given either cannot write, or works on
   * a file that is put back as it was, and checked to be, when it fails:
   * so "not changed" is true here. */
  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
    return sv_store_set_db_error (self, rc, error);

  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_CORRUPT,
                   _ ("“%s” is damaged and cannot be read (%s). The file was not changed."),
                   self->path, check ? check : "?");
      return FALSE;
    }

  if (version == 0)
    {
      int n_objects = 0;

      if (!sv_store_read_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
        return FALSE;
      if (n_objects > 0)
        return set_not_a_scrapbook (self, error);
    }
  else
    {
      expected = expected_schema (version, error);
      if (expected == NULL || !sv_store_check_schema (self->db, expected->db, self->path, error))
        return FALSE;
    }

  self->schema_version = version;
  return TRUE;
}

/* The scrapbook's own id, or NULL before format 2. */
static char *
identity_of (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char         *id = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT value FROM scrapbook WHERE key = 'id'", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return id;
}

/* Whether the replayed file is still the scrapbook PRISTINE (the copy
 * taken before the replay) was: every journal of ours carries the id. */
static gboolean
same_scrapbook (SvStore    *self,
                const char *pristine,
                GError    **error)
{
  g_autoptr (SvStore) before = g_object_new (SV_TYPE_STORE, NULL);
  g_autofree char *then = NULL;
  g_autofree char *now = NULL;

  if (!connect (before, pristine, SQLITE_OPEN_READONLY, TRUE, error))
    return FALSE;

  then = identity_of (before->db);
  now = identity_of (self->db);
  if (then != NULL && g_strcmp0 (then, now) != 0)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_CORRUPT,
                   _ ("“%s” was overwritten by another scrapbook's journal."), self->path);
      return FALSE;
    }

  return TRUE;
}

/* PATH has a journal beside it that nobody holds, copied aside in
 * RECOVERY. Lets SQLite replay it and judges the result; when the result
 * is unsound, puts the file back as it was and sets the journal aside.
 * Either way the file is left closed. */
static gboolean
open_replayed (SvStore    *self,
               SvRecovery *recovery,
               GError    **error)
{
  g_autoptr (GError) replayed_error = NULL;
  g_autoptr (GError) restored_error = NULL;
  g_autofree char *stray = NULL;
  g_autofree char *moved = NULL;

  if (connect (self, self->path, SQLITE_OPEN_READWRITE, FALSE, &replayed_error) &&
      inspect (self, TRUE, &replayed_error) &&
      same_scrapbook (self, sv_recovery_get_copy_path (recovery), &replayed_error))
    {
      disconnect (self);
      return TRUE;
    }
  disconnect (self);
  g_debug ("%s: the replay of %s failed: %s", self->path, sv_recovery_get_stray_path (recovery),
           replayed_error->message);

  if (!sv_recovery_set_aside (recovery, error))
    {
      sv_recovery_put_back (recovery, NULL);
      return FALSE;
    }

  if (!connect_read_only (self, self->path, FALSE, &restored_error) || !inspect (self, FALSE, &restored_error))
    {
      /* Damaged without the journal too: nothing sound to go back to, so
       * everything goes back as it was found, and is checked to be. */
      disconnect (self);
      if (!sv_recovery_put_back (recovery, error))
        return FALSE;
      g_propagate_error (error, g_steal_pointer (&restored_error));
      return FALSE;
    }
  disconnect (self);

  stray = g_path_get_basename (sv_recovery_get_stray_path (recovery));
  moved = g_path_get_basename (sv_recovery_get_moved_to (recovery));
  self->recovery_report =
    g_strdup_printf (_ ("“%s”, a file left beside the scrapbook, did not belong to it: opening it would have "
                        "damaged the scrapbook. Souvenir moved it to “%s” and opened the scrapbook as it "
                        "was; nothing in it was changed."),
                     stray, moved);
  return TRUE;
}

/* A copy of the file as it is, before a migration changes it, among the
 * backups. */
static gboolean
back_up_before_migration (SvStore *self,
                          GError **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "souvenir", "backups", NULL);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = NULL;
  g_autofree char *dest = NULL;
  char            *dot = strrchr (base, '.');
  sqlite3         *out = NULL;
  sqlite3_backup  *backup;
  int              rc;

  if (dot != NULL && dot != base)
    *dot = '\0';
  name = g_strdup_printf ("%s-before-format-%d-%s.souvenir", base, SV_STORE_SCHEMA_VERSION, stamp);
  dest = g_build_filename (dir, name, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    rc = SQLITE_CANTOPEN;
  else if ((rc = sqlite3_open_v2 (dest, &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)) == SQLITE_OK)
    {
      backup = sqlite3_backup_init (out, "main", self->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (out);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          rc = sqlite3_backup_finish (backup) == SQLITE_OK && rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  sqlite3_close (out);

  if (rc != SQLITE_OK)
    {
      g_unlink (dest);
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_FAILED,
                   _ ("“%s” needs to be upgraded to a new format, but a copy of it could not be made "
                      "in “%s” first (%s), so it was not upgraded. The file was not changed."),
                   self->path, dir, sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}

static gboolean
folder_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (dir, W_OK) == 0;
}

SvStore *
sv_store_open (const char *path,
               GError    **error)
{
  g_autoptr (SvStore) self = NULL;
  g_autoptr (SvRecovery) recovery = NULL;
  gboolean exists;

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

      /* SQLite needs to write the file, and its -wal and -shm beside it. */
      self->read_only = g_access (path, W_OK) != 0 || !folder_writable (path);
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

  if (exists && !self->read_only && !sv_recovery_prepare (path, &recovery, error))
    return NULL;

  if (recovery != NULL)
    {
      if (!open_replayed (self, recovery, error))
        return NULL;
    }
  else if (exists)
    {
      g_autoptr (GError) local_error = NULL;

      if (!connect_read_only (self, path, FALSE, &local_error) || !inspect (self, FALSE, &local_error))
        {
          /* A read-only file cannot be recovered, only read as it is: a
           * journal beside it that spoils it is left out. */
          if (!self->read_only || self->immutable || !exists_beside (path, "-wal") ||
              !connect_read_only (self, path, TRUE, NULL) || !inspect (self, FALSE, NULL))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          self->recovery_report =
            g_strdup_printf (_ ("A file left beside “%s” did not belong to it, and was left out: the "
                                "scrapbook shows what the file itself holds."),
                             path);
        }
      if (!self->read_only)
        disconnect (self);
    }

  if (self->read_only)
    {
      if (self->schema_version < SV_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_READ_ONLY,
                       _ ("“%s” is read-only, and in an older format that Souvenir would have to upgrade "
                          "before reading it. Copy it to a folder of yours to open it. The file was not changed."),
                       path);
          return NULL;
        }
      if (!sv_store_exec (self, "PRAGMA query_only = ON", error))
        return NULL;
      self->hold_key = sv_recovery_hold (path);
      return g_steal_pointer (&self);
    }

  if (!connect (self, path, SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE), FALSE, error))
    return NULL;

  /* Hold it before anything can leave a journal beside it. */
  self->hold_key = sv_recovery_hold (path);

  if (!sv_store_configure (self, FALSE, error))
    return NULL;

  if (self->schema_version > 0 && self->schema_version < SV_STORE_SCHEMA_VERSION &&
      !back_up_before_migration (self, error))
    return NULL;

  if (!sv_store_migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
sv_store_is_read_only (SvStore *self)
{
  g_return_val_if_fail (SV_IS_STORE (self), TRUE);

  return self->read_only;
}

const char *
sv_store_get_recovery_report (SvStore *self)
{
  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  return self->recovery_report;
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

  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->path == NULL)
    return g_object_ref (self);

  other = g_object_new (SV_TYPE_STORE, NULL);
  other->path = g_strdup (self->path);

  /* SELF has checked and migrated the file already; what is left is to
   * make sure nobody swapped it for another meanwhile. */
  if (self->read_only)
    {
      other->read_only = TRUE;
      if (!connect (other, other->path, SQLITE_OPEN_READONLY, self->immutable, error) ||
          !sv_store_exec (other, "PRAGMA query_only = ON", error))
        return NULL;
    }
  else if (!connect (other, other->path, SQLITE_OPEN_READWRITE, FALSE, error) ||
           !sv_store_configure (other, FALSE, error))
    return NULL;

  if (!sv_store_read_int (other, "PRAGMA user_version", &version, error))
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
