/* sv-store.c: the scrapbook, one SQLite file; the only place that speaks SQL.
 * This part holds the connection: statements, reading rows, errors,
 * transactions, change signals and migrations. The tables have a file each.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-core-resources.h"
#include "sv-recovery.h"
#include "sv-store-private.h"
#include "sv-text.h"

typedef struct
{
  SvStoreNotify kind;
  SvStoreChange change;
  gint64        trip_id;
  gint64        id;
} SvStoreNotification;

enum {
  TRIP_CHANGED,
  ENTRY_CHANGED,
  PLACE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SvStore, sv_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (sv_store_error_quark, sv_store_error)

static const char *migrations[] = {
  "/io/github/souvenir_app/Souvenir/core/sql/001-initial.sql",
  "/io/github/souvenir_app/Souvenir/core/sql/002-identity-checks.sql",
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

gboolean
sv_store_set_db_error (SvStore *self,
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

gboolean
sv_store_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

gboolean
sv_store_set_invalid (GError    **error,
                      const char *message)
{
  g_set_error_literal (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
sv_store_set_not_found (GError   **error,
                        SvStoreRow kind,
                        gint64     id)
{
  /* The number is formatted apart: xgettext cannot see through
   * G_GINT64_FORMAT inside a translatable string. */
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  const char      *format = NULL;

  switch (kind)
    {
    case SV_STORE_ROW_TRIP:
      /* Translators: %s is a number, as `souvenir --list` shows it */
      format = _ ("There is no trip number %s in this scrapbook.");
      break;
    case SV_STORE_ROW_ENTRY:
      /* Translators: %s is a number */
      format = _ ("There is no entry number %s in this scrapbook.");
      break;
    case SV_STORE_ROW_PLACE:
      /* Translators: %s is a number */
      format = _ ("There is no place number %s in this scrapbook.");
      break;
    case SV_STORE_ROW_PERSON:
      /* Translators: %s is a number */
      format = _ ("There is no person number %s in this scrapbook.");
      break;
    case SV_STORE_ROW_PHOTO:
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

sqlite3_stmt *
sv_store_prepare (SvStore    *self,
                  const char *sql,
                  GError    **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int           rc;

  g_ptr_array_set_size (self->scratch, 0);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      sv_store_set_db_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

void
sv_store_bind_text (sqlite3_stmt *stmt,
                    int           idx,
                    const char   *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, idx, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, idx);
}

void
sv_store_bind_id (sqlite3_stmt *stmt,
                  int           idx,
                  gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, idx, id);
  else
    sqlite3_bind_null (stmt, idx);
}

void
sv_store_bind_optional_int (sqlite3_stmt *stmt,
                            int           idx,
                            int           value)
{
  if (value >= 0)
    sqlite3_bind_int (stmt, idx, value);
  else
    sqlite3_bind_null (stmt, idx);
}

const char *
sv_store_column_text (SvStore      *self,
                      sqlite3_stmt *stmt,
                      int           col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);
  int         length = sqlite3_column_bytes (stmt, col);
  char       *clean;

  /* The file is never rewritten for this: a scrapbook written by hand or
   * by another program keeps its bytes, and what it shows is clean. */
  if (sv_text_is_clean (text, length))
    return text;

  clean = sv_text_sanitize (text, length);
  g_ptr_array_add (self->scratch, clean);
  return clean;
}

int
sv_store_column_optional_int (sqlite3_stmt *stmt,
                              int           col)
{
  return sqlite3_column_type (stmt, col) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, col);
}

gboolean
sv_store_step_done (SvStore      *self,
                    sqlite3_stmt *stmt,
                    GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return sv_store_set_db_error (self, rc, error);
  return TRUE;
}

gboolean
sv_store_exec (SvStore    *self,
               const char *sql,
               GError    **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return sv_store_set_db_error (self, rc, error);
  return TRUE;
}

/* Reading rows */

/* Steps STMT through at most MAX_ROWS rows (0: all of them), calling FUNC
 * for each; *N_ROWS counts them. */
static gboolean
read_rows (SvStore       *self,
           sqlite3_stmt  *stmt,
           guint          max_rows,
           SvStoreRowFunc func,
           gpointer       user_data,
           guint         *n_rows,
           GError       **error)
{
  int rc = SQLITE_DONE;

  *n_rows = 0;
  if (stmt == NULL)
    return FALSE;

  while ((max_rows == 0 || *n_rows < max_rows) && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean more;

      (*n_rows)++;
      more = func (self, stmt, user_data);
      g_ptr_array_set_size (self->scratch, 0);
      if (!more)
        break;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return sv_store_set_db_error (self, rc, error);
  return TRUE;
}

gboolean
sv_store_read_each (SvStore       *self,
                    sqlite3_stmt  *stmt,
                    SvStoreRowFunc func,
                    gpointer       user_data,
                    GError       **error)
{
  guint n_rows;

  return read_rows (self, stmt, 0, func, user_data, &n_rows, error);
}

typedef struct
{
  SvStoreObjectFunc build;
  GPtrArray        *rows;
} BuildRows;

static gboolean
build_row (SvStore      *self,
           sqlite3_stmt *stmt,
           gpointer      user_data)
{
  BuildRows *b = user_data;

  g_ptr_array_add (b->rows, b->build (self, stmt));
  return TRUE;
}

gboolean
sv_store_read_all (SvStore          *self,
                   sqlite3_stmt     *stmt,
                   SvStoreObjectFunc build,
                   GPtrArray        *rows,
                   GError          **error)
{
  BuildRows b = { build, rows };
  guint     n_rows;

  return read_rows (self, stmt, 0, build_row, &b, &n_rows, error);
}

static gboolean
found (SvStoreRow kind,
       gint64     id,
       guint      n_rows,
       GError   **error)
{
  if (n_rows > 0 || kind == SV_STORE_ROW_NONE)
    return TRUE;
  return sv_store_set_not_found (error, kind, id);
}

gpointer
sv_store_read_one (SvStore          *self,
                   sqlite3_stmt     *stmt,
                   SvStoreObjectFunc build,
                   SvStoreRow        kind,
                   gint64            id,
                   GError          **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  BuildRows b = { build, rows };
  guint     n_rows;

  if (!read_rows (self, stmt, 1, build_row, &b, &n_rows, error) || !found (kind, id, n_rows, error))
    return NULL;
  return rows->len > 0 ? g_ptr_array_index (rows, 0) : NULL;
}

static gboolean
read_int64_row (SvStore      *self,
                sqlite3_stmt *stmt,
                gpointer      user_data)
{
  gint64 *value = user_data;

  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

gboolean
sv_store_read_int64 (SvStore      *self,
                     sqlite3_stmt *stmt,
                     SvStoreRow    kind,
                     gint64        id,
                     gint64       *value,
                     GError      **error)
{
  guint n_rows;

  return read_rows (self, stmt, 1, read_int64_row, value, &n_rows, error) &&
         found (kind, id, n_rows, error);
}

/* Change notifications wait for the commit, so that views never show what a
 * rollback took back. */
void
sv_store_queue_notification (SvStore      *self,
                             SvStoreNotify kind,
                             SvStoreChange change,
                             gint64        trip_id,
                             gint64        id)
{
  SvStoreNotification n = { kind, change, trip_id, id };

  g_array_append_val (self->pending, n);
}

static void
flush_notifications (SvStore *self)
{
  g_autoptr (GArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_array_new (FALSE, FALSE, sizeof (SvStoreNotification));

  for (guint i = 0; i < pending->len; i++)
    {
      const SvStoreNotification *n = &g_array_index (pending, SvStoreNotification, i);

      switch (n->kind)
        {
        case SV_STORE_NOTIFY_TRIP:
          g_signal_emit (self, signals[TRIP_CHANGED], 0, n->id, (int) n->change);
          break;
        case SV_STORE_NOTIFY_ENTRY:
          g_signal_emit (self, signals[ENTRY_CHANGED], 0, n->trip_id, n->id, (int) n->change);
          break;
        case SV_STORE_NOTIFY_PLACE:
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

  if (self->depth == 0)
    {
      if (!sv_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->changes_at_begin = sqlite3_total_changes64 (self->db);
    }

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

  /* Every transaction that wrote counts itself in the scrapbook's own row,
   * so that every journal of this file carries the scrapbook's id: one
   * that carries another id is not this file's (see sv-store-open.c). */
  if (self->schema_version >= 2 && sqlite3_total_changes64 (self->db) != self->changes_at_begin &&
      !sv_store_exec (self,
                      "UPDATE scrapbook SET value = CAST (value AS INTEGER) + 1 WHERE key = 'generation'",
                      error))
    {
      sv_store_rollback (self);
      return FALSE;
    }

  if (!sv_store_exec (self, "COMMIT", error))
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

gboolean
sv_store_finish (SvStore *self,
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

/* The object */

static void
sv_store_finalize (GObject *object)
{
  SvStore *self = (SvStore *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->scratch, g_ptr_array_unref);
  g_clear_pointer (&self->recovery_report, g_free);
  sv_recovery_release (self->hold_key);
  g_clear_pointer (&self->hold_key, g_free);

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
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->pending = g_array_new (FALSE, FALSE, sizeof (SvStoreNotification));
  self->scratch = g_ptr_array_new_with_free_func (g_free);
}

/* Migrating */

gboolean
sv_store_read_int (SvStore    *self,
                   const char *sql,
                   int        *out,
                   GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int           rc;

  /* Not cached: these run once, mostly while a file is being opened. */
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

gboolean
sv_store_migrate_to (SvStore *self,
                     int      target,
                     GError **error)
{
  int foreign_keys = 1;

  if (self->schema_version >= target)
    return TRUE;

  /* A migration may rebuild a table; with foreign keys on, dropping the
   * old one would cascade away every row that refers to it. The pragma
   * does nothing inside a transaction, so it is checked, not assumed. */
  if (!sv_store_exec (self, "PRAGMA foreign_keys = OFF", error) ||
      !sv_store_read_int (self, "PRAGMA foreign_keys", &foreign_keys, error))
    return FALSE;
  g_return_val_if_fail (foreign_keys == 0, FALSE);

  for (int v = MAX (self->schema_version, 0) + 1; v <= target; v++)
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
      if (!sv_store_exec (self, g_bytes_get_data (script, NULL), error) ||
          !sv_store_exec (self, set_version, error) ||
          !sv_store_commit (self, error))
        {
          if (self->depth > 0)
            sv_store_rollback (self);
          g_prefix_error (error, _ ("The scrapbook could not be upgraded to format %d: "), v);
          sv_store_exec (self, "PRAGMA foreign_keys = ON", NULL);
          return FALSE;
        }

      self->schema_version = v;
    }

  return sv_store_exec (self, "PRAGMA foreign_keys = ON", error);
}

gboolean
sv_store_migrate (SvStore *self,
                  GError **error)
{
  return sv_store_migrate_to (self, SV_STORE_SCHEMA_VERSION, error);
}

gboolean
sv_store_configure (SvStore *self,
                    gboolean in_memory,
                    GError **error)
{
  sqlite3_busy_timeout (self->db, 2000);
  sqlite3_extended_result_codes (self->db, 1);

  if (!sv_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (!in_memory && !sv_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  return sv_store_exec (self, "PRAGMA synchronous = NORMAL", error);
}
