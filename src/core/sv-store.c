/* sv-store.c: the scrapbook, one SQLite file; the only place that speaks SQL.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "sv-date.h"
#include "sv-entry-kind.h"
#include "sv-meal-type.h"
#include "sv-core-resources.h"
#include "sv-place-category.h"
#include "sv-store.h"
#include "sv-talk-role.h"
#include "sv-uri.h"

struct _SvStore
{
  GObject parent_instance;

  /* owned */
  sqlite3    *db;
  char       *path;
  GHashTable *statements; /* const char *sql → sqlite3_stmt * */
  GArray     *pending;    /* Notification, emitted at commit */

  guint depth; /* nesting of sv_store_begin() */
  int   schema_version;
};

typedef enum {
  NOTIFY_TRIP,
  NOTIFY_ENTRY,
  NOTIFY_PLACE,
} NotifyKind;

typedef struct
{
  NotifyKind    kind;
  SvStoreChange change;
  gint64        trip_id;
  gint64        id;
} Notification;

enum {
  TRIP_CHANGED,
  ENTRY_CHANGED,
  PLACE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SvStore, sv_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (sv_store_error_quark, sv_store_error)

/* Talk-like kinds, as stored; mirrors sv_entry_kind_is_talk(). */
#define TALK_KINDS "('keynote','talk','lightning-talks','open-space','tutorial','sprint')"

static const char *migrations[] = {
  "/io/github/souvenir_app/Souvenir/core/sql/001-initial.sql",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == SV_STORE_SCHEMA_VERSION);

/* Errors */

static SvStoreError
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return SV_STORE_ERROR_LOCKED;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      return SV_STORE_ERROR_READ_ONLY;
    case SQLITE_CORRUPT:
      return SV_STORE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return SV_STORE_ERROR_NOT_A_DATABASE;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      return SV_STORE_ERROR_INVALID;
    default:
      return SV_STORE_ERROR_FAILED;
    }
}

static gboolean
set_db_error (SvStore *self,
              int      rc,
              GError **error)
{
  SvStoreError code = error_code_for (rc);
  const char  *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  const char  *name = self->path ? self->path : _ ("the scrapbook");

  switch (code)
    {
    case SV_STORE_ERROR_LOCKED:
      g_set_error (error, SV_STORE_ERROR, code,
                   _ ("“%s” is in use by another program. Close it there and try again."), name);
      break;
    case SV_STORE_ERROR_READ_ONLY:
      g_set_error (error, SV_STORE_ERROR, code,
                   _ ("“%s” cannot be written to. Check that the file and its folder are writable."), name);
      break;
    case SV_STORE_ERROR_CORRUPT:
      g_set_error (error, SV_STORE_ERROR, code,
                   _ ("“%s” is damaged and cannot be read (%s)."), name, detail);
      break;
    case SV_STORE_ERROR_NOT_A_DATABASE:
      g_set_error (error, SV_STORE_ERROR, code,
                   _ ("“%s” is not a Souvenir scrapbook."), name);
      break;
    default:
      g_set_error (error, SV_STORE_ERROR, code,
                   _ ("The scrapbook could not be updated: %s"), detail);
      break;
    }

  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
set_invalid (GError    **error,
             const char *message)
{
  g_set_error_literal (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* What set_not_found() did not find. */
typedef enum {
  ROW_TRIP,
  ROW_ENTRY,
  ROW_PLACE,
  ROW_PERSON,
  ROW_PHOTO,
} RowKind;

static gboolean
set_not_found (GError **error,
               RowKind  kind,
               gint64   id)
{
  /* The number is formatted apart: xgettext cannot see through
   * G_GINT64_FORMAT inside a translatable string. */
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  const char      *format = NULL;

  switch (kind)
    {
    case ROW_TRIP:
      /* Translators: %s is a number, as `souvenir --list` shows it */
      format = _ ("There is no trip number %s in this scrapbook.");
      break;
    case ROW_ENTRY:
      /* Translators: %s is a number */
      format = _ ("There is no entry number %s in this scrapbook.");
      break;
    case ROW_PLACE:
      /* Translators: %s is a number */
      format = _ ("There is no place number %s in this scrapbook.");
      break;
    case ROW_PERSON:
      /* Translators: %s is a number */
      format = _ ("There is no person number %s in this scrapbook.");
      break;
    case ROW_PHOTO:
      /* Translators: %s is a number */
      format = _ ("There is no photo number %s in this scrapbook.");
      break;
    default:
      g_assert_not_reached ();
    }

  g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND, format, number);
  return FALSE;
}

/* Statements */

static sqlite3_stmt *
prepare (SvStore    *self,
         const char *sql,
         GError    **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int           rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           idx,
           const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, idx, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, idx);
}

static void
bind_id (sqlite3_stmt *stmt,
         int           idx,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, idx, id);
  else
    sqlite3_bind_null (stmt, idx);
}

static void
bind_optional_int (sqlite3_stmt *stmt,
                   int           idx,
                   int           value)
{
  if (value >= 0)
    sqlite3_bind_int (stmt, idx, value);
  else
    sqlite3_bind_null (stmt, idx);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  return (const char *) sqlite3_column_text (stmt, col);
}

static int
column_optional_int (sqlite3_stmt *stmt,
                     int           col)
{
  return sqlite3_column_type (stmt, col) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, col);
}

/* Runs a statement that returns no rows. */
static gboolean
step_done (SvStore      *self,
           sqlite3_stmt *stmt,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_db_error (self, rc, error);
  return TRUE;
}

static gboolean
exec (SvStore    *self,
      const char *sql,
      GError    **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_db_error (self, rc, error);
  return TRUE;
}

/* Change notifications wait for the commit, so that views never show what a
 * rollback took back. */
static void
queue_notification (SvStore      *self,
                    NotifyKind    kind,
                    SvStoreChange change,
                    gint64        trip_id,
                    gint64        id)
{
  Notification n = { kind, change, trip_id, id };

  g_array_append_val (self->pending, n);
}

static void
flush_notifications (SvStore *self)
{
  g_autoptr (GArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_array_new (FALSE, FALSE, sizeof (Notification));

  for (guint i = 0; i < pending->len; i++)
    {
      const Notification *n = &g_array_index (pending, Notification, i);

      switch (n->kind)
        {
        case NOTIFY_TRIP:
          g_signal_emit (self, signals[TRIP_CHANGED], 0, n->id, (int) n->change);
          break;
        case NOTIFY_ENTRY:
          g_signal_emit (self, signals[ENTRY_CHANGED], 0, n->trip_id, n->id, (int) n->change);
          break;
        case NOTIFY_PLACE:
          g_signal_emit (self, signals[PLACE_CHANGED], 0, n->id, (int) n->change);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

gboolean
sv_store_begin (SvStore *self,
                GError **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  if (self->depth == 0 && !exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->depth++;
  return TRUE;
}

gboolean
sv_store_commit (SvStore *self,
                 GError **error)
{
  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      self->depth--;
      return TRUE;
    }

  if (!exec (self, "COMMIT", error))
    {
      sv_store_rollback (self);
      return FALSE;
    }

  self->depth = 0;
  flush_notifications (self);
  return TRUE;
}

void
sv_store_rollback (SvStore *self)
{
  g_return_if_fail (SV_IS_STORE (self));

  /* A failure inside a public call has rolled back already; the caller
   * that began the user action cannot tell, and rolls back again. */
  if (self->depth == 0)
    return;

  /* A failure anywhere inside spoils the whole user action. */
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->depth = 0;
  g_array_set_size (self->pending, 0);
}

/* Ends a transaction begun in a public call: commit on success, roll back
 * on failure, and give back the outcome. */
static gboolean
finish (SvStore *self,
        gboolean ok,
        GError **error)
{
  if (!ok)
    {
      sv_store_rollback (self);
      return FALSE;
    }
  return sv_store_commit (self, error);
}

/* Opening and migrating */

static void
sv_store_finalize (GObject *object)
{
  SvStore *self = (SvStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->pending, g_array_unref);

  G_OBJECT_CLASS (sv_store_parent_class)->finalize (object);
}

static void
sv_store_class_init (SvStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_store_finalize;

  /**
   * SvStore::trip-changed:
   * @trip_id: the trip
   * @change: an #SvStoreChange
   */
  signals[TRIP_CHANGED] =
    g_signal_new ("trip-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);

  /**
   * SvStore::entry-changed:
   * @trip_id: the entry's trip
   * @entry_id: the entry
   * @change: an #SvStoreChange
   *
   * Also emitted when an entry's photos change.
   */
  signals[ENTRY_CHANGED] =
    g_signal_new ("entry-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT);

  /**
   * SvStore::place-changed:
   * @place_id: the place
   * @change: an #SvStoreChange
   */
  signals[PLACE_CHANGED] =
    g_signal_new ("place-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
sv_store_init (SvStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Notification));
}

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
    return set_db_error (self, rc, error);
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
          check = g_strdup (column_text (stmt, 0));
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return set_db_error (self, rc, error);

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

static gboolean
migrate (SvStore *self,
         GError **error)
{
  for (int v = self->schema_version + 1; v <= SV_STORE_SCHEMA_VERSION; v++)
    {
      g_autoptr (GBytes) script = NULL;
      g_autofree char *set_version = NULL;

      script = g_resource_lookup_data (sv_core_get_resource (), migrations[v - 1],
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (script == NULL)
        return FALSE;

      set_version = g_strdup_printf ("PRAGMA user_version = %d", v);

      if (!sv_store_begin (self, error))
        return FALSE;
      if (!exec (self, g_bytes_get_data (script, NULL), error) ||
          !exec (self, set_version, error) ||
          !sv_store_commit (self, error))
        {
          if (self->depth > 0)
            sv_store_rollback (self);
          g_prefix_error (error, _ ("The scrapbook could not be upgraded to format %d: "), v);
          return FALSE;
        }

      self->schema_version = v;
    }

  return TRUE;
}

static gboolean
configure (SvStore *self,
           gboolean in_memory,
           GError **error)
{
  sqlite3_busy_timeout (self->db, 2000);
  sqlite3_extended_result_codes (self->db, 1);

  if (!exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (!in_memory && !exec (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  return exec (self, "PRAGMA synchronous = NORMAL", error);
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
      set_db_error (self, rc, error);
      return NULL;
    }

  sqlite3_busy_timeout (self->db, 2000);
  sqlite3_extended_result_codes (self->db, 1);

  if (exists && !inspect_existing (self, error))
    return NULL;

  if (!configure (self, FALSE, error) || !migrate (self, error))
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
      set_db_error (self, rc, error);
      return NULL;
    }

  if (!configure (self, TRUE, error) || !migrate (self, error))
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
      set_db_error (other, rc, error);
      return NULL;
    }

  if (!configure (other, FALSE, error) ||
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

/* Trips */

#define TRIP_COLUMNS \
  "id, title, event, city, country, start_date, end_date, url, summary, cover_photo"

static SvTrip *
trip_from_row (sqlite3_stmt *stmt)
{
  SvTrip *trip = sv_trip_new ();

  sv_trip_set_id (trip, sqlite3_column_int64 (stmt, 0));
  sv_trip_set_title (trip, column_text (stmt, 1));
  sv_trip_set_event (trip, column_text (stmt, 2));
  sv_trip_set_city (trip, column_text (stmt, 3));
  sv_trip_set_country (trip, column_text (stmt, 4));
  sv_trip_set_start_date (trip, column_text (stmt, 5));
  sv_trip_set_end_date (trip, column_text (stmt, 6));
  sv_trip_set_url (trip, column_text (stmt, 7));
  sv_trip_set_summary (trip, column_text (stmt, 8));
  sv_trip_set_cover_photo_id (trip, sqlite3_column_int64 (stmt, 9));

  return trip;
}

GPtrArray *
sv_store_list_trips (SvStore *self,
                     GError **error)
{
  g_autoptr (GPtrArray) trips = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self,
                  "SELECT " TRIP_COLUMNS " FROM trip WHERE trashed = 0 "
                  "ORDER BY start_date IS NULL, start_date DESC, id DESC",
                  error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (trips, trip_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&trips);
}

SvTrip *
sv_store_get_trip (SvStore *self,
                   gint64   trip_id,
                   GError **error)
{
  sqlite3_stmt *stmt;
  SvTrip       *trip = NULL;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self, "SELECT " TRIP_COLUMNS " FROM trip WHERE id = ?1 AND trashed = 0", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, trip_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    trip = trip_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    set_not_found (error, ROW_TRIP, trip_id);
  else if (rc != SQLITE_ROW)
    set_db_error (self, rc, error);

  return trip;
}

static gboolean
validate_trip (SvTrip  *trip,
               GError **error)
{
  const char *title = sv_trip_get_title (trip);
  const char *start = sv_trip_get_start_date (trip);
  const char *end = sv_trip_get_end_date (trip);
  GDate       first, last;

  if (is_blank (title))
    return set_invalid (error, _ ("A trip needs a title."));

  if (start != NULL && !sv_date_parse (start, &first))
    return set_invalid (error, _ ("The first day of the trip is not a valid date."));
  if (end != NULL && !sv_date_parse (end, &last))
    return set_invalid (error, _ ("The last day of the trip is not a valid date."));
  if (start != NULL && end != NULL && g_date_compare (&first, &last) > 0)
    return set_invalid (error, _ ("The trip ends before it starts."));

  if (sv_trip_get_url (trip) != NULL && !sv_uri_is_web (sv_trip_get_url (trip)))
    return set_invalid (error, _ ("The trip’s link must be a web address starting with http:// or https://."));

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
    stmt = prepare (self,
                    "INSERT INTO trip (title, event, city, country, start_date, end_date, url, "
                    "summary, cover_photo, created, updated) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                    error);
  else
    stmt = prepare (self,
                    "UPDATE trip SET title = ?1, event = ?2, city = ?3, country = ?4, "
                    "start_date = ?5, end_date = ?6, url = ?7, summary = ?8, cover_photo = ?9, "
                    "updated = ?10 WHERE id = ?11 AND trashed = 0",
                    error);
  if (stmt == NULL)
    return finish (self, FALSE, error);

  bind_text (stmt, 1, sv_trip_get_title (trip));
  bind_text (stmt, 2, sv_trip_get_event (trip));
  bind_text (stmt, 3, sv_trip_get_city (trip));
  bind_text (stmt, 4, sv_trip_get_country (trip));
  bind_text (stmt, 5, sv_trip_get_start_date (trip));
  bind_text (stmt, 6, sv_trip_get_end_date (trip));
  bind_text (stmt, 7, sv_trip_get_url (trip));
  bind_text (stmt, 8, sv_trip_get_summary (trip));
  bind_id (stmt, 9, sv_trip_get_cover_photo_id (trip));
  sqlite3_bind_int64 (stmt, 10, g_get_real_time () / G_USEC_PER_SEC);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 11, id);

  ok = step_done (self, stmt, error);
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = set_not_found (error, ROW_TRIP, id);

  if (ok)
    {
      if (id == 0)
        sv_trip_set_id (trip, sqlite3_last_insert_rowid (self->db));
      queue_notification (self, NOTIFY_TRIP, id == 0 ? SV_STORE_CHANGE_ADDED : SV_STORE_CHANGE_CHANGED,
                          sv_trip_get_id (trip), sv_trip_get_id (trip));
    }

  return finish (self, ok, error);
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

  stmt = prepare (self, "UPDATE trip SET trashed = ?2 WHERE id = ?1 AND trashed = ?3", error);
  if (stmt == NULL)
    return finish (self, FALSE, error);

  sqlite3_bind_int64 (stmt, 1, trip_id);
  sqlite3_bind_int (stmt, 2, trashed);
  sqlite3_bind_int (stmt, 3, !trashed);
  ok = step_done (self, stmt, error);
  if (ok && sqlite3_changes (self->db) == 0)
    ok = set_not_found (error, ROW_TRIP, trip_id);
  if (ok)
    queue_notification (self, NOTIFY_TRIP, trashed ? SV_STORE_CHANGE_REMOVED : SV_STORE_CHANGE_ADDED,
                        trip_id, trip_id);

  return finish (self, ok, error);
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
  stmt = prepare (self, "DELETE FROM entry_fts WHERE rowid IN (SELECT id FROM entry WHERE trip_id = ?1)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, trip_id);
      ok = step_done (self, stmt, error);
    }

  if (ok)
    {
      stmt = prepare (self, "DELETE FROM trip WHERE id = ?1", error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, trip_id);
      ok = step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    ok = set_not_found (error, ROW_TRIP, trip_id);
  if (ok)
    queue_notification (self, NOTIFY_TRIP, SV_STORE_CHANGE_REMOVED, trip_id, trip_id);

  return finish (self, ok, error);
}

gboolean
sv_store_get_trip_stats (SvStore     *self,
                         gint64       trip_id,
                         SvTripStats *stats,
                         GError     **error)
{
  g_autoptr (SvTrip) trip = NULL;
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);

  memset (stats, 0, sizeof *stats);

  trip = sv_store_get_trip (self, trip_id, error);
  if (trip == NULL)
    return FALSE;

  stmt = prepare (self,
                  "SELECT count(*), "
                  "  count(DISTINCT e.day), "
                  "  sum(e.kind IN " TALK_KINDS "), "
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
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, trip_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      stats->entries = sqlite3_column_int (stmt, 0);
      stats->days = sqlite3_column_int (stmt, 1);
      stats->talks = sqlite3_column_int (stmt, 2);
      stats->keynotes = sqlite3_column_int (stmt, 3);
      stats->meals = sqlite3_column_int (stmt, 4);
      stats->restaurants = sqlite3_column_int (stmt, 5);
      stats->places = sqlite3_column_int (stmt, 6);
      stats->photos = sqlite3_column_int (stmt, 7);
      stats->watch_later = sqlite3_column_int (stmt, 8);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return set_db_error (self, rc, error);

  /* The trip's own dates count days with nothing written down, too. */
  stats->days = MAX (stats->days, sv_trip_get_n_days (trip));

  return TRUE;
}

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

static SvEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  SvEntry    *entry = sv_entry_new ();
  SvEntryKind kind = SV_ENTRY_KIND_NOTE;

  sv_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
  sv_entry_set_trip_id (entry, sqlite3_column_int64 (stmt, 1));
  sv_entry_set_day (entry, column_text (stmt, 2));
  sv_entry_set_start_time (entry, column_optional_int (stmt, 3));
  sv_entry_set_end_time (entry, column_optional_int (stmt, 4));
  sv_entry_set_position (entry, sqlite3_column_int (stmt, 5));
  /* An unknown kind (from a hand-edited file) reads as a note. */
  sv_entry_kind_from_string (column_text (stmt, 6), &kind);
  sv_entry_set_kind (entry, kind);
  sv_entry_set_title (entry, column_text (stmt, 7));
  sv_entry_set_body (entry, column_text (stmt, 8));
  sv_entry_set_rating (entry, sqlite3_column_int (stmt, 9));
  sv_entry_set_highlight (entry, sqlite3_column_int (stmt, 10));
  sv_entry_set_private (entry, sqlite3_column_int (stmt, 11));
  sv_entry_set_place_id (entry, sqlite3_column_int64 (stmt, 12));
  sv_entry_set_place_name (entry, column_text (stmt, 13));
  sv_entry_set_created (entry, sqlite3_column_int64 (stmt, 14));
  sv_entry_set_updated (entry, sqlite3_column_int64 (stmt, 15));

  if (sqlite3_column_int (stmt, 16))
    {
      SvTalk    *talk = sv_entry_ensure_talk (entry);
      SvTalkRole role = SV_TALK_ROLE_ATTENDED;

      sv_talk_set_room (talk, column_text (stmt, 17));
      sv_talk_set_track (talk, column_text (stmt, 18));
      sv_talk_role_from_string (column_text (stmt, 19), &role);
      sv_talk_set_role (talk, role);
      sv_talk_set_video_url (talk, column_text (stmt, 20));
      sv_talk_set_slides_url (talk, column_text (stmt, 21));
      sv_talk_set_recommended (talk, sqlite3_column_int (stmt, 22));
    }

  if (sqlite3_column_int (stmt, 23))
    {
      SvMeal    *meal = sv_entry_ensure_meal (entry);
      SvMealType type = SV_MEAL_TYPE_LUNCH;

      sv_meal_type_from_string (column_text (stmt, 24), &type);
      sv_meal_set_meal_type (meal, type);
      sv_meal_set_dishes (meal, column_text (stmt, 25));
      sv_meal_set_price (meal, sqlite3_column_type (stmt, 26) == SQLITE_NULL ? -1 : sqlite3_column_double (stmt, 26));
      sv_meal_set_currency (meal, column_text (stmt, 27));
      sv_meal_set_favourite_rank (meal, sqlite3_column_int (stmt, 28));
    }

  sv_entry_set_first_photo_id (entry, sqlite3_column_int64 (stmt, 29));

  return entry;
}

/* Adds a name to the GPtrArray of names kept per entry in HASH. */
static void
collect_name (GHashTable *hash,
              gint64      entry_id,
              const char *name)
{
  GPtrArray *names = g_hash_table_lookup (hash, &entry_id);

  if (names == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = entry_id;
      names = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (hash, key, names);
    }
  g_ptr_array_add (names, g_strdup (name));
}

static void
apply_names (GHashTable *hash,
             SvEntry    *entry,
             void (*setter) (SvEntry *, const char * const *))
{
  gint64     id = sv_entry_get_id (entry);
  GPtrArray *names = g_hash_table_lookup (hash, &id);

  if (names == NULL)
    return;

  g_ptr_array_add (names, NULL);
  setter (entry, (const char * const *) names->pdata);
  g_ptr_array_remove_index (names, names->len - 1);
}

/* Fills speakers, people met and tags of ENTRIES. The queries select rows
 * of one entry (?1 = id) or of a whole trip (?2 = trip id): one query per
 * list, not one per entry, so that a big trip loads quickly. */
static gboolean
load_entry_lists (SvStore   *self,
                  GPtrArray *entries,
                  gint64     entry_id,
                  gint64     trip_id,
                  GError   **error)
{
  g_autoptr (GHashTable) speakers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) met = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) tags = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  sqlite3_stmt *stmt;
  int           rc;

  stmt = prepare (self,
                  "SELECT ep.entry_id, ep.role, p.name FROM entry_person ep "
                  "JOIN person p ON p.id = ep.person_id "
                  "WHERE ep.entry_id IN (SELECT ?1 UNION ALL SELECT id FROM entry WHERE trip_id = ?2) "
                  "ORDER BY ep.entry_id, ep.position",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_id (stmt, 1, entry_id);
  bind_id (stmt, 2, trip_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    collect_name (g_strcmp0 (column_text (stmt, 1), "speaker") == 0 ? speakers : met,
                  sqlite3_column_int64 (stmt, 0), column_text (stmt, 2));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_db_error (self, rc, error);

  stmt = prepare (self,
                  "SELECT et.entry_id, t.name FROM entry_tag et "
                  "JOIN tag t ON t.id = et.tag_id "
                  "WHERE et.entry_id IN (SELECT ?1 UNION ALL SELECT id FROM entry WHERE trip_id = ?2) "
                  "ORDER BY et.entry_id, et.position",
                  error);
  if (stmt == NULL)
    return FALSE;
  bind_id (stmt, 1, entry_id);
  bind_id (stmt, 2, trip_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    collect_name (tags, sqlite3_column_int64 (stmt, 0), column_text (stmt, 1));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_db_error (self, rc, error);

  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (entries, i);

      apply_names (speakers, entry, sv_entry_set_speakers);
      apply_names (met, entry, sv_entry_set_people);
      apply_names (tags, entry, sv_entry_set_tags);
    }

  return TRUE;
}

GPtrArray *
sv_store_list_entries (SvStore *self,
                       gint64   trip_id,
                       GError **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self, ENTRY_SELECT "WHERE e.trip_id = ?1 AND e.trashed = 0" ENTRY_ORDER, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, trip_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  if (!load_entry_lists (self, entries, 0, trip_id, error))
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
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self, ENTRY_SELECT "WHERE e.id = ?1 AND e.trashed = 0", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, entry_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      set_not_found (error, ROW_ENTRY, entry_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  if (!load_entry_lists (self, entries, entry_id, 0, error))
    return NULL;

  return g_object_ref (g_ptr_array_index (entries, 0));
}

GArray *
sv_store_list_day_positions (SvStore    *self,
                             gint64      trip_id,
                             const char *day,
                             GError    **error)
{
  g_autoptr (GArray) positions = g_array_new (FALSE, FALSE, sizeof (SvEntryPosition));
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self, "SELECT e.id, e.position FROM entry e WHERE e.trip_id = ?1 AND e.day IS ?2 AND e.trashed = 0" ENTRY_ORDER, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, trip_id);
  bind_text (stmt, 2, day);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvEntryPosition position = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1) };

      g_array_append_val (positions, position);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

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

  if (is_blank (title))
    return set_invalid (error, _ ("An entry needs a title."));

  if (start < -1 || start > 1439 || end < -1 || end > 1439)
    return set_invalid (error, _ ("A time must be between 00:00 and 23:59."));
  if (start < 0 && end >= 0)
    return set_invalid (error, _ ("An entry with an end time needs a start time."));

  trip = sv_store_get_trip (self, sv_entry_get_trip_id (entry), error);
  if (trip == NULL)
    return FALSE;

  if (day != NULL)
    {
      const char *first = sv_trip_get_start_date (trip);
      const char *last = sv_trip_get_end_date (trip);

      if (!sv_date_parse (day, &date))
        return set_invalid (error, _ ("The day is not a valid date."));

      if (first != NULL && last != NULL && !sv_date_in_range (day, first, last))
        {
          g_autofree char *dates = sv_trip_format_dates (trip);

          g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID,
                       _ ("The day must be within the trip (%s)."), dates);
          return FALSE;
        }
    }
  else if (start >= 0)
    return set_invalid (error, _ ("A time needs a day: notes about the whole trip have no time."));

  if (talk != NULL)
    {
      if (sv_talk_get_video_url (talk) != NULL && !sv_uri_is_web (sv_talk_get_video_url (talk)))
        return set_invalid (error, _ ("The video link must be a web address starting with http:// or https://."));
      if (sv_talk_get_slides_url (talk) != NULL && !sv_uri_is_web (sv_talk_get_slides_url (talk)))
        return set_invalid (error, _ ("The slides link must be a web address starting with http:// or https://."));
    }

  if (meal != NULL && sv_meal_get_favourite_rank (meal) < 0)
    return set_invalid (error, _ ("A favourite rank is 1 or more, or none."));

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
  int           position = -1;
  int           rc;

  if (sv_entry_get_start_time (entry) >= 0)
    {
      stmt = prepare (self,
                      "SELECT min(position) FROM entry WHERE trip_id = ?1 AND day IS ?2 "
                      "AND trashed = 0 AND id IS NOT ?3 AND start_time > ?4",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, sv_entry_get_trip_id (entry));
      bind_text (stmt, 2, sv_entry_get_day (entry));
      bind_id (stmt, 3, sv_entry_get_id (entry));
      sqlite3_bind_int (stmt, 4, sv_entry_get_start_time (entry));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        position = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW)
        return set_db_error (self, rc, error);
    }

  if (position >= 0)
    {
      stmt = prepare (self,
                      "UPDATE entry SET position = position + 1 WHERE trip_id = ?1 AND day IS ?2 "
                      "AND position >= ?3",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, sv_entry_get_trip_id (entry));
      bind_text (stmt, 2, sv_entry_get_day (entry));
      sqlite3_bind_int (stmt, 3, position);
      if (!step_done (self, stmt, error))
        return FALSE;
    }
  else
    {
      stmt = prepare (self,
                      "SELECT coalesce(max(position), 0) + 1 FROM entry WHERE trip_id = ?1 "
                      "AND day IS ?2 AND id IS NOT ?3",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, sv_entry_get_trip_id (entry));
      bind_text (stmt, 2, sv_entry_get_day (entry));
      bind_id (stmt, 3, sv_entry_get_id (entry));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        position = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW)
        return set_db_error (self, rc, error);
    }

  sv_entry_set_position (entry, MAX (position, 1));
  return TRUE;
}

/* Finds a row by its unique name in TABLE (person or tag), creating it. */
static gint64
find_or_create_named (SvStore    *self,
                      const char *find_sql,
                      const char *insert_sql,
                      const char *name,
                      GError    **error)
{
  sqlite3_stmt *stmt;
  gint64        id = 0;
  int           rc;

  stmt = prepare (self, find_sql, error);
  if (stmt == NULL)
    return 0;
  bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return 0;
    }
  if (id != 0)
    return id;

  stmt = prepare (self, insert_sql, error);
  if (stmt == NULL)
    return 0;
  bind_text (stmt, 1, name);
  if (!step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

static gboolean
save_people (SvStore            *self,
             gint64              entry_id,
             const char         *role,
             const char * const *names,
             GError            **error)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));
      sqlite3_stmt    *stmt;
      gint64           person_id;

      if (*name == '\0')
        continue;

      person_id = find_or_create_named (self,
                                        "SELECT id FROM person WHERE name = ?1",
                                        "INSERT INTO person (name) VALUES (?1)",
                                        name, error);
      if (person_id == 0)
        return FALSE;

      stmt = prepare (self,
                      "INSERT OR IGNORE INTO entry_person (entry_id, person_id, role, position) "
                      "VALUES (?1, ?2, ?3, ?4)",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, entry_id);
      sqlite3_bind_int64 (stmt, 2, person_id);
      bind_text (stmt, 3, role);
      sqlite3_bind_int (stmt, 4, i);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_tags (SvStore            *self,
           gint64              entry_id,
           const char * const *names,
           GError            **error)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));
      sqlite3_stmt    *stmt;
      gint64           tag_id;

      if (*name == '\0')
        continue;

      tag_id = find_or_create_named (self,
                                     "SELECT id FROM tag WHERE name = ?1",
                                     "INSERT INTO tag (name) VALUES (?1)",
                                     name, error);
      if (tag_id == 0)
        return FALSE;

      stmt = prepare (self,
                      "INSERT OR IGNORE INTO entry_tag (entry_id, tag_id, position) VALUES (?1, ?2, ?3)",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, entry_id);
      sqlite3_bind_int64 (stmt, 2, tag_id);
      sqlite3_bind_int (stmt, 3, i);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Rewrites the search row of an entry from what the tables hold now. */
static gboolean
reindex_entry (SvStore *self,
               gint64   entry_id,
               GError **error)
{
  sqlite3_stmt *stmt;

  stmt = prepare (self, "DELETE FROM entry_fts WHERE rowid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  if (!step_done (self, stmt, error))
    return FALSE;

  stmt = prepare (self,
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
  return step_done (self, stmt, error);
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
      stmt = prepare (self, clear[i], error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  if (talk != NULL)
    {
      stmt = prepare (self,
                      "INSERT INTO talk (entry_id, room, track, role, video_url, slides_url, recommended) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      bind_text (stmt, 2, sv_talk_get_room (talk));
      bind_text (stmt, 3, sv_talk_get_track (talk));
      bind_text (stmt, 4, sv_talk_role_to_string (sv_talk_get_role (talk)));
      bind_text (stmt, 5, sv_talk_get_video_url (talk));
      bind_text (stmt, 6, sv_talk_get_slides_url (talk));
      sqlite3_bind_int (stmt, 7, sv_talk_get_recommended (talk));
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  if (meal != NULL)
    {
      stmt = prepare (self,
                      "INSERT INTO meal (entry_id, meal, dishes, price, currency, favourite_rank) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                      error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      bind_text (stmt, 2, sv_meal_type_to_string (sv_meal_get_meal_type (meal)));
      bind_text (stmt, 3, sv_meal_get_dishes (meal));
      if (sv_meal_get_price (meal) >= 0)
        sqlite3_bind_double (stmt, 4, sv_meal_get_price (meal));
      else
        sqlite3_bind_null (stmt, 4);
      bind_text (stmt, 5, sv_meal_get_currency (meal));
      bind_optional_int (stmt, 6, sv_meal_get_favourite_rank (meal) > 0 ? sv_meal_get_favourite_rank (meal) : -1);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return save_people (self, id, "speaker", sv_entry_get_speakers (entry), error) &&
         save_people (self, id, "met", sv_entry_get_people (entry), error) &&
         save_tags (self, id, sv_entry_get_tags (entry), error) &&
         reindex_entry (self, id, error);
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
    return finish (self, FALSE, error);

  if (id == 0)
    stmt = prepare (self,
                    "INSERT INTO entry (trip_id, day, start_time, end_time, position, kind, title, "
                    "body, rating, highlight, private, place_id, created, updated) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
                    error);
  else
    stmt = prepare (self,
                    "UPDATE entry SET trip_id = ?1, day = ?2, start_time = ?3, end_time = ?4, "
                    "position = ?5, kind = ?6, title = ?7, body = ?8, rating = ?9, highlight = ?10, "
                    "private = ?11, place_id = ?12, updated = ?13 WHERE id = ?14 AND trashed = 0",
                    error);
  if (stmt == NULL)
    return finish (self, FALSE, error);

  sqlite3_bind_int64 (stmt, 1, sv_entry_get_trip_id (entry));
  bind_text (stmt, 2, sv_entry_get_day (entry));
  bind_optional_int (stmt, 3, sv_entry_get_start_time (entry));
  bind_optional_int (stmt, 4, sv_entry_get_end_time (entry));
  sqlite3_bind_int (stmt, 5, sv_entry_get_position (entry));
  bind_text (stmt, 6, sv_entry_kind_to_string (sv_entry_get_kind (entry)));
  bind_text (stmt, 7, sv_entry_get_title (entry));
  bind_text (stmt, 8, sv_entry_get_body (entry));
  sqlite3_bind_int (stmt, 9, sv_entry_get_rating (entry));
  sqlite3_bind_int (stmt, 10, sv_entry_get_highlight (entry));
  sqlite3_bind_int (stmt, 11, sv_entry_get_private (entry));
  bind_id (stmt, 12, sv_entry_get_place_id (entry));
  sqlite3_bind_int64 (stmt, 13, now);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 14, id);

  ok = step_done (self, stmt, error);
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = set_not_found (error, ROW_ENTRY, id);

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
    queue_notification (self, NOTIFY_ENTRY, id == 0 ? SV_STORE_CHANGE_ADDED : SV_STORE_CHANGE_CHANGED,
                        sv_entry_get_trip_id (entry), sv_entry_get_id (entry));

  if (!ok && id == 0)
    sv_entry_set_id (entry, 0);

  return finish (self, ok, error);
}

static gboolean
entry_trip (SvStore *self,
            gint64   entry_id,
            gint64  *trip_id,
            GError **error)
{
  sqlite3_stmt *stmt;
  int           rc;

  stmt = prepare (self, "SELECT trip_id FROM entry WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *trip_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    return set_not_found (error, ROW_ENTRY, entry_id);
  if (rc != SQLITE_ROW)
    return set_db_error (self, rc, error);
  return TRUE;
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

  ok = entry_trip (self, entry_id, &trip_id, error);
  if (ok)
    {
      stmt = prepare (self, "UPDATE entry SET trashed = ?2 WHERE id = ?1 AND trashed = ?3", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, entry_id);
          sqlite3_bind_int (stmt, 2, trashed);
          sqlite3_bind_int (stmt, 3, !trashed);
          ok = step_done (self, stmt, error);
        }
      if (ok && sqlite3_changes (self->db) == 0)
        ok = set_not_found (error, ROW_ENTRY, entry_id);
    }
  if (ok)
    queue_notification (self, NOTIFY_ENTRY, trashed ? SV_STORE_CHANGE_REMOVED : SV_STORE_CHANGE_ADDED,
                        trip_id, entry_id);

  return finish (self, ok, error);
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

  ok = entry_trip (self, entry_id, &trip_id, error);
  if (ok)
    {
      stmt = prepare (self, "DELETE FROM entry_fts WHERE rowid = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, entry_id);
          ok = step_done (self, stmt, error);
        }
    }
  if (ok)
    {
      stmt = prepare (self, "DELETE FROM entry WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, entry_id);
          ok = step_done (self, stmt, error);
        }
    }
  if (ok)
    queue_notification (self, NOTIFY_ENTRY, SV_STORE_CHANGE_REMOVED, trip_id, entry_id);

  return finish (self, ok, error);
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
  ok = exec (self,
             "DELETE FROM entry_fts WHERE rowid IN "
             "  (SELECT e.id FROM entry e JOIN trip t ON t.id = e.trip_id "
             "   WHERE e.trashed = 1 OR t.trashed = 1);"
             "DELETE FROM entry WHERE trashed = 1;"
             "DELETE FROM trip WHERE trashed = 1;",
             error);

  return finish (self, ok, error);
}

/* Places */

#define PLACE_COLUMNS "pl.id, pl.name, pl.category, pl.address, pl.latitude, pl.longitude, pl.url"

static SvPlace *
place_from_row (sqlite3_stmt *stmt)
{
  SvPlace        *place = sv_place_new ();
  SvPlaceCategory category = SV_PLACE_CATEGORY_OTHER;

  sv_place_set_id (place, sqlite3_column_int64 (stmt, 0));
  sv_place_set_name (place, column_text (stmt, 1));
  sv_place_category_from_string (column_text (stmt, 2), &category);
  sv_place_set_category (place, category);
  sv_place_set_address (place, column_text (stmt, 3));
  /* The table's CHECK constraints keep stored coordinates valid. */
  if (sqlite3_column_type (stmt, 4) != SQLITE_NULL && sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    sv_place_set_location (place, sqlite3_column_double (stmt, 4), sqlite3_column_double (stmt, 5), NULL);
  sv_place_set_url (place, column_text (stmt, 6));

  return place;
}

GPtrArray *
sv_store_list_places (SvStore *self,
                      gint64   trip_id,
                      GError **error)
{
  g_autoptr (GPtrArray) places = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  if (trip_id == 0)
    stmt = prepare (self, "SELECT " PLACE_COLUMNS " FROM place pl ORDER BY pl.name COLLATE NOCASE, pl.id", error);
  else
    stmt = prepare (self,
                    "SELECT " PLACE_COLUMNS " FROM place pl WHERE pl.id IN "
                    "(SELECT place_id FROM entry WHERE trip_id = ?1 AND trashed = 0) "
                    "ORDER BY pl.name COLLATE NOCASE, pl.id",
                    error);
  if (stmt == NULL)
    return NULL;

  if (trip_id != 0)
    sqlite3_bind_int64 (stmt, 1, trip_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (places, place_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&places);
}

SvPlace *
sv_store_get_place (SvStore *self,
                    gint64   place_id,
                    GError **error)
{
  sqlite3_stmt *stmt;
  SvPlace      *place = NULL;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self, "SELECT " PLACE_COLUMNS " FROM place pl WHERE pl.id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, place_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    place = place_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    set_not_found (error, ROW_PLACE, place_id);
  else if (rc != SQLITE_ROW)
    set_db_error (self, rc, error);

  return place;
}

/* Search rows hold the place's name: refresh the entries at PLACE_ID. */
static gboolean
reindex_place_entries (SvStore *self,
                       gint64   place_id,
                       GError **error)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int           rc;

  stmt = prepare (self, "SELECT id FROM entry WHERE place_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, place_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_db_error (self, rc, error);

  for (guint i = 0; i < ids->len; i++)
    if (!reindex_entry (self, g_array_index (ids, gint64, i), error))
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

  if (is_blank (name))
    return set_invalid (error, _ ("A place needs a name."));
  if (sv_place_get_url (place) != NULL && !sv_uri_is_web (sv_place_get_url (place)))
    return set_invalid (error, _ ("The place’s link must be a web address starting with http:// or https://."));

  id = sv_place_get_id (place);

  if (!sv_store_begin (self, error))
    return FALSE;

  if (id == 0)
    stmt = prepare (self,
                    "INSERT INTO place (name, category, address, latitude, longitude, url) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    error);
  else
    stmt = prepare (self,
                    "UPDATE place SET name = ?1, category = ?2, address = ?3, latitude = ?4, "
                    "longitude = ?5, url = ?6 WHERE id = ?7",
                    error);
  if (stmt == NULL)
    return finish (self, FALSE, error);

  bind_text (stmt, 1, name);
  bind_text (stmt, 2, sv_place_category_to_string (sv_place_get_category (place)));
  bind_text (stmt, 3, sv_place_get_address (place));
  if (sv_place_get_has_location (place))
    {
      sqlite3_bind_double (stmt, 4, sv_place_get_latitude (place));
      sqlite3_bind_double (stmt, 5, sv_place_get_longitude (place));
    }
  bind_text (stmt, 6, sv_place_get_url (place));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 7, id);

  ok = step_done (self, stmt, error);
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = set_not_found (error, ROW_PLACE, id);
  if (ok && id == 0)
    sv_place_set_id (place, sqlite3_last_insert_rowid (self->db));
  if (ok && id != 0)
    ok = reindex_place_entries (self, id, error);
  if (ok)
    queue_notification (self, NOTIFY_PLACE, id == 0 ? SV_STORE_CHANGE_ADDED : SV_STORE_CHANGE_CHANGED,
                        0, sv_place_get_id (place));

  if (!ok && id == 0)
    sv_place_set_id (place, 0);

  return finish (self, ok, error);
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

  stmt = prepare (self, "DELETE FROM place WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, place_id);
      ok = step_done (self, stmt, error);
    }
  if (ok && sqlite3_changes (self->db) == 0)
    ok = set_not_found (error, ROW_PLACE, place_id);
  /* ON DELETE SET NULL has cleared the entries' place already. */
  if (ok)
    ok = reindex_place_entries (self, place_id, error);
  if (ok)
    queue_notification (self, NOTIFY_PLACE, SV_STORE_CHANGE_REMOVED, 0, place_id);

  return finish (self, ok, error);
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
  SvPlace      *place = NULL;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stmt = prepare (self,
                  "SELECT " PLACE_COLUMNS " FROM place pl WHERE pl.name = ?1 AND "
                  "(CASE WHEN ?2 THEN pl.latitude = ?3 AND pl.longitude = ?4 "
                  "ELSE pl.latitude IS NULL AND pl.longitude IS NULL END) "
                  "ORDER BY pl.id LIMIT 1",
                  error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, name);
  sqlite3_bind_int (stmt, 2, has_location);
  sqlite3_bind_double (stmt, 3, latitude);
  sqlite3_bind_double (stmt, 4, longitude);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    place = place_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    set_db_error (self, rc, error);

  return place;
}

GPtrArray *
sv_store_list_place_entries (SvStore *self,
                             gint64   place_id,
                             gint64   trip_id,
                             GError **error)
{
  g_autoptr (GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self,
                  ENTRY_SELECT "JOIN trip tr ON tr.id = e.trip_id "
                               "WHERE e.place_id = ?1 AND (?2 IS NULL OR e.trip_id = ?2) "
                               "AND e.trashed = 0 AND tr.trashed = 0" ENTRY_ORDER,
                  error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, place_id);
  bind_id (stmt, 2, trip_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&entries);
}

/* Persons and tags */

GPtrArray *
sv_store_list_persons (SvStore *self,
                       GError **error)
{
  g_autoptr (GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self, "SELECT id, name, url, note FROM person ORDER BY name COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvPerson *person = sv_person_new ();

      sv_person_set_id (person, sqlite3_column_int64 (stmt, 0));
      sv_person_set_name (person, column_text (stmt, 1));
      sv_person_set_url (person, column_text (stmt, 2));
      sv_person_set_note (person, column_text (stmt, 3));
      g_ptr_array_add (persons, person);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&persons);
}

gboolean
sv_store_save_person (SvStore  *self,
                      SvPerson *person,
                      GError  **error)
{
  g_autoptr (GError) local_error = NULL;
  const char   *name = sv_person_get_name (person);
  gint64        id;
  sqlite3_stmt *stmt;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (SV_IS_PERSON (person), FALSE);

  if (is_blank (name))
    return set_invalid (error, _ ("A person needs a name."));
  if (sv_person_get_url (person) != NULL && !sv_uri_is_web (sv_person_get_url (person)))
    return set_invalid (error, _ ("A person’s link must be a web address starting with http:// or https://."));

  id = sv_person_get_id (person);

  if (!sv_store_begin (self, error))
    return FALSE;

  if (id == 0)
    stmt = prepare (self, "INSERT INTO person (name, url, note) VALUES (?1, ?2, ?3)", error);
  else
    stmt = prepare (self, "UPDATE person SET name = ?1, url = ?2, note = ?3 WHERE id = ?4", error);
  if (stmt == NULL)
    return finish (self, FALSE, error);

  bind_text (stmt, 1, name);
  bind_text (stmt, 2, sv_person_get_url (person));
  bind_text (stmt, 3, sv_person_get_note (person));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 4, id);

  ok = step_done (self, stmt, &local_error);
  if (!ok && g_error_matches (local_error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID))
    g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID,
                 _ ("There is already a person called “%s”."), name);
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = set_not_found (error, ROW_PERSON, id);
  if (ok && id == 0)
    sv_person_set_id (person, sqlite3_last_insert_rowid (self->db));

  return finish (self, ok, error);
}

GPtrArray *
sv_store_list_tags (SvStore *self,
                    GError **error)
{
  g_autoptr (GPtrArray) tags = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self,
                  "SELECT t.id, t.name, count(e.id) FROM tag t "
                  "LEFT JOIN entry_tag et ON et.tag_id = t.id "
                  "LEFT JOIN entry e ON e.id = et.entry_id AND e.trashed = 0 "
                  "GROUP BY t.id ORDER BY t.name COLLATE NOCASE",
                  error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvTag *tag = sv_tag_new ();

      sv_tag_set_id (tag, sqlite3_column_int64 (stmt, 0));
      sv_tag_set_name (tag, column_text (stmt, 1));
      sv_tag_set_n_entries (tag, sqlite3_column_int (stmt, 2));
      g_ptr_array_add (tags, tag);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&tags);
}

/* Photos */

GPtrArray *
sv_store_list_photos (SvStore *self,
                      gint64   entry_id,
                      GError **error)
{
  g_autoptr (GPtrArray) photos = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self,
                  "SELECT id, entry_id, mime_type, width, height, caption, position FROM photo "
                  "WHERE entry_id = ?1 ORDER BY position, id",
                  error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, entry_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvPhoto *photo = sv_photo_new ();

      sv_photo_set_id (photo, sqlite3_column_int64 (stmt, 0));
      sv_photo_set_entry_id (photo, sqlite3_column_int64 (stmt, 1));
      sv_photo_set_mime_type (photo, column_text (stmt, 2));
      sv_photo_set_width (photo, sqlite3_column_int (stmt, 3));
      sv_photo_set_height (photo, sqlite3_column_int (stmt, 4));
      sv_photo_set_caption (photo, column_text (stmt, 5));
      sv_photo_set_position (photo, sqlite3_column_int (stmt, 6));
      g_ptr_array_add (photos, photo);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&photos);
}

GBytes *
sv_store_load_photo_bytes (SvStore *self,
                           gint64   photo_id,
                           GError **error)
{
  sqlite3_stmt *stmt;
  GBytes       *bytes = NULL;
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = prepare (self, "SELECT data FROM photo WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, photo_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    set_not_found (error, ROW_PHOTO, photo_id);
  else if (rc != SQLITE_ROW)
    set_db_error (self, rc, error);

  return bytes;
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
        return set_invalid (error, _ ("The photo has no image data."));
      if (mime_type == NULL || !g_str_has_prefix (mime_type, "image/"))
        return set_invalid (error, _ ("The photo is not an image."));
    }

  if (!sv_store_begin (self, error))
    return FALSE;

  ok = entry_trip (self, sv_photo_get_entry_id (photo), &trip_id, error);
  if (!ok)
    return finish (self, FALSE, error);

  if (id == 0)
    {
      GBytes       *bytes = sv_photo_get_bytes (photo);
      gsize         size;
      gconstpointer data = g_bytes_get_data (bytes, &size);

      stmt = prepare (self,
                      "INSERT INTO photo (entry_id, data, mime_type, width, height, caption, position) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                      "  CASE WHEN ?7 > 0 THEN ?7 ELSE "
                      "  (SELECT coalesce (max (position), 0) + 1 FROM photo WHERE entry_id = ?1) END)",
                      error);
      if (stmt == NULL)
        return finish (self, FALSE, error);
      sqlite3_bind_int64 (stmt, 1, sv_photo_get_entry_id (photo));
      sqlite3_bind_blob64 (stmt, 2, data, size, SQLITE_STATIC);
      bind_text (stmt, 3, sv_photo_get_mime_type (photo));
      sqlite3_bind_int (stmt, 4, sv_photo_get_width (photo));
      sqlite3_bind_int (stmt, 5, sv_photo_get_height (photo));
      bind_text (stmt, 6, sv_photo_get_caption (photo));
      sqlite3_bind_int (stmt, 7, sv_photo_get_position (photo));
    }
  else
    {
      stmt = prepare (self, "UPDATE photo SET caption = ?1, position = ?2 WHERE id = ?3", error);
      if (stmt == NULL)
        return finish (self, FALSE, error);
      bind_text (stmt, 1, sv_photo_get_caption (photo));
      sqlite3_bind_int (stmt, 2, sv_photo_get_position (photo));
      sqlite3_bind_int64 (stmt, 3, id);
    }

  ok = step_done (self, stmt, error);
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = set_not_found (error, ROW_PHOTO, id);
  if (ok && id == 0)
    sv_photo_set_id (photo, sqlite3_last_insert_rowid (self->db));
  if (ok)
    queue_notification (self, NOTIFY_ENTRY, SV_STORE_CHANGE_CHANGED, trip_id, sv_photo_get_entry_id (photo));

  if (!ok && id == 0)
    sv_photo_set_id (photo, 0);

  return finish (self, ok, error);
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
  int           rc;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);

  if (!sv_store_begin (self, error))
    return FALSE;

  stmt = prepare (self, "SELECT entry_id FROM photo WHERE id = ?1", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, photo_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        entry_id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        ok = set_not_found (error, ROW_PHOTO, photo_id);
      else if (rc != SQLITE_ROW)
        ok = set_db_error (self, rc, error);
    }
  if (ok)
    ok = entry_trip (self, entry_id, &trip_id, error);
  if (ok)
    {
      stmt = prepare (self, "DELETE FROM photo WHERE id = ?1", error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, photo_id);
          ok = step_done (self, stmt, error);
        }
    }
  if (ok)
    queue_notification (self, NOTIFY_ENTRY, SV_STORE_CHANGE_CHANGED, trip_id, entry_id);

  return finish (self, ok, error);
}

/* Search */

/* Turns what the user typed into an FTS5 query: every word a quoted
 * string, so that no character of theirs is FTS syntax; the last word
 * matches as a prefix, for search as you type. */
static char *
build_match (const char *query)
{
  g_auto (GStrv) words = g_strsplit_set (query, " \t\n\r", -1);
  g_autoptr (GString) match = g_string_new (NULL);
  guint last = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      last = i;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;

      if (match->len > 0)
        g_string_append_c (match, ' ');
      g_string_append_c (match, '"');
      for (const char *p = words[i]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (match, '"');
          g_string_append_c (match, *p);
        }
      g_string_append_c (match, '"');
      if (i == last)
        g_string_append_c (match, '*');
    }

  return match->len > 0 ? g_string_free (g_steal_pointer (&match), FALSE) : NULL;
}

GPtrArray *
sv_store_search (SvStore    *self,
                 const char *query,
                 guint       limit,
                 GError    **error)
{
  g_autoptr (GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *match = NULL;
  sqlite3_stmt    *stmt;
  int              rc;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  match = build_match (query);
  if (match == NULL)
    return g_steal_pointer (&results);

  stmt = prepare (self,
                  "SELECT e.id, e.trip_id, tr.title, e.day, e.kind, e.title, "
                  "  snippet (entry_fts, -1, char (2), char (3), '…', 16) "
                  "FROM entry_fts "
                  "JOIN entry e ON e.id = entry_fts.rowid "
                  "JOIN trip tr ON tr.id = e.trip_id "
                  "WHERE entry_fts MATCH ?1 AND e.trashed = 0 AND tr.trashed = 0 "
                  "ORDER BY bm25 (entry_fts, 10.0, 1.0, 5.0, 3.0, 3.0), e.id "
                  "LIMIT ?2",
                  error);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, match);
  sqlite3_bind_int (stmt, 2, limit > 0 ? (int) MIN (limit, G_MAXINT) : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SvSearchResult *result = sv_search_result_new ();
      SvEntryKind     kind = SV_ENTRY_KIND_NOTE;

      sv_search_result_set_entry_id (result, sqlite3_column_int64 (stmt, 0));
      sv_search_result_set_trip_id (result, sqlite3_column_int64 (stmt, 1));
      sv_search_result_set_trip_title (result, column_text (stmt, 2));
      sv_search_result_set_day (result, column_text (stmt, 3));
      sv_entry_kind_from_string (column_text (stmt, 4), &kind);
      sv_search_result_set_kind (result, kind);
      sv_search_result_set_title (result, column_text (stmt, 5));
      sv_search_result_set_snippet (result, column_text (stmt, 6));
      g_ptr_array_add (results, result);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_db_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&results);
}
