/* sv-store-private.h: what the parts of SvStore share; not for outside the store.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "sv-store.h"

G_BEGIN_DECLS

struct _SvStore
{
  GObject parent_instance;

  /* owned */
  sqlite3    *db;
  char       *path;
  GHashTable *statements;      /* SQL text (a copy) → sqlite3_stmt * */
  GArray     *pending;         /* SvStoreNotification, emitted at commit */
  GPtrArray  *scratch;         /* cleaned column text, until the next row */
  char       *recovery_report; /* what opening did about a stray journal */
  char       *hold_key;        /* sv_recovery_hold() of the file */

  guint    depth; /* nesting of sv_store_begin() */
  int      schema_version;
  gboolean read_only;
  gboolean immutable;        /* read through SQLite's immutable=1 */
  gint64   changes_at_begin; /* sqlite3_total_changes64() at BEGIN */
};

/* Talk-like kinds, as stored; mirrors sv_entry_kind_is_talk(). */
#define SV_STORE_TALK_KINDS "('keynote','talk','lightning-talks','open-space','tutorial','sprint')"

/* What a change notification is about. */
typedef enum {
  SV_STORE_NOTIFY_TRIP,
  SV_STORE_NOTIFY_ENTRY,
  SV_STORE_NOTIFY_PLACE,
} SvStoreNotify;

/* What sv_store_set_not_found() did not find. NONE: a missing row is no
 * error for the reader. */
typedef enum {
  SV_STORE_ROW_NONE,
  SV_STORE_ROW_TRIP,
  SV_STORE_ROW_ENTRY,
  SV_STORE_ROW_PLACE,
  SV_STORE_ROW_PERSON,
  SV_STORE_ROW_PHOTO,
} SvStoreRow;

/* Errors; each returns FALSE, for `return sv_store_set_…`. */
gboolean sv_store_set_db_error (SvStore *self,
                                int      rc,
                                GError **error);
gboolean sv_store_set_invalid (GError    **error,
                               const char *message);
gboolean sv_store_set_not_found (GError   **error,
                                 SvStoreRow kind,
                                 gint64     id);
gboolean sv_store_is_blank (const char *text);

/* Statements: cached by their SQL text, reset and unbound when handed out. */
sqlite3_stmt *sv_store_prepare (SvStore    *self,
                                const char *sql,
                                GError    **error);
/* Empty text and ids ≤ 0 are stored as NULL, as are ints < 0. */
void sv_store_bind_text (sqlite3_stmt *stmt,
                         int           idx,
                         const char   *text);
void sv_store_bind_id (sqlite3_stmt *stmt,
                       int           idx,
                       gint64        id);
void sv_store_bind_optional_int (sqlite3_stmt *stmt,
                                 int           idx,
                                 int           value);
/* Text as a view can show it (see sv_text_sanitize()), whatever bytes the
 * file holds; valid until the next row is read or statement prepared. */
const char *sv_store_column_text (SvStore      *self,
                                  sqlite3_stmt *stmt,
                                  int           col);
/* -1 for NULL. */
int sv_store_column_optional_int (sqlite3_stmt *stmt,
                                  int           col);
/* Runs a statement that returns no rows. */
gboolean sv_store_step_done (SvStore      *self,
                             sqlite3_stmt *stmt,
                             GError      **error);
gboolean sv_store_exec (SvStore    *self,
                        const char *sql,
                        GError    **error);

/* Reading rows: the one place that steps a statement that returns rows.
 * STMT is prepared and bound; it may be NULL when sv_store_prepare()
 * failed and set ERROR already, so that callers need not test it twice.
 * STMT is reset afterwards. */
typedef gboolean (*SvStoreRowFunc) (SvStore      *self,
                                    sqlite3_stmt *stmt,
                                    gpointer      user_data);
/* Builds the object of one row. */
typedef gpointer (*SvStoreObjectFunc) (SvStore      *self,
                                       sqlite3_stmt *stmt);

/* Calls FUNC for every row, stopping (without an error) when it returns FALSE. */
gboolean sv_store_read_each (SvStore       *self,
                             sqlite3_stmt  *stmt,
                             SvStoreRowFunc func,
                             gpointer       user_data,
                             GError       **error);
/* Appends the object of every row to ROWS. */
gboolean sv_store_read_all (SvStore          *self,
                            sqlite3_stmt     *stmt,
                            SvStoreObjectFunc build,
                            GPtrArray        *rows,
                            GError          **error);
/* The object of the first row; without a row NULL, with a NOT_FOUND error
 * for KIND and ID unless KIND is SV_STORE_ROW_NONE. */
gpointer sv_store_read_one (SvStore          *self,
                            sqlite3_stmt     *stmt,
                            SvStoreObjectFunc build,
                            SvStoreRow        kind,
                            gint64            id,
                            GError          **error);
/* The first column of the first row in *VALUE, left as it was when there
 * is no row or the column is NULL; no row is an error as in read_one. */
gboolean sv_store_read_int64 (SvStore      *self,
                              sqlite3_stmt *stmt,
                              SvStoreRow    kind,
                              gint64        id,
                              gint64       *value,
                              GError      **error);

/* Transactions and notifications */
void sv_store_queue_notification (SvStore      *self,
                                  SvStoreNotify kind,
                                  SvStoreChange change,
                                  gint64        trip_id,
                                  gint64        id);
/* Ends a transaction begun in a public call: commit on success, roll back
 * on failure, and give back the outcome. */
gboolean sv_store_finish (SvStore *self,
                          gboolean ok,
                          GError **error);

/* Configuring and migrating a connection (sv-store.c), for sv-store-open.c */
gboolean sv_store_configure (SvStore *self,
                             gboolean in_memory,
                             GError **error);
gboolean sv_store_migrate (SvStore *self,
                           GError **error);
/* Migrates to format TARGET only: a store in memory migrated so shows the
 * tables a file of that format must have. */
gboolean sv_store_migrate_to (SvStore *self,
                              int      target,
                              GError **error);

/* The first column of a statement run once, uncached. */
gboolean sv_store_read_int (SvStore    *self,
                            const char *sql,
                            int        *out,
                            GError    **error);

/* Opening (sv-store-schema.c): whether DB has the tables, views and
 * triggers of EXPECTED, column by column; PATH names it in the error. */
gboolean sv_store_check_schema (sqlite3    *db,
                                sqlite3    *expected,
                                const char *path,
                                GError    **error);

/* Entries (sv-store-entries.c) */
gboolean sv_store_get_entry_trip (SvStore *self,
                                  gint64   entry_id,
                                  gint64  *trip_id,
                                  GError **error);
/* Rewrites the search row of an entry from what the tables hold now. */
gboolean sv_store_reindex_entry (SvStore *self,
                                 gint64   entry_id,
                                 GError **error);

/* People and tags of entries (sv-store-people.c) */
gboolean sv_store_load_entry_lists (SvStore   *self,
                                    GPtrArray *entries,
                                    gint64     entry_id,
                                    gint64     trip_id,
                                    GError   **error);
gboolean sv_store_save_entry_lists (SvStore *self,
                                    SvEntry *entry,
                                    GError **error);

G_END_DECLS
