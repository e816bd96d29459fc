/* sv-store-schema.c: checks that a file's tables are the ones its format promises.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "sv-store-private.h"

/* Every table, view and trigger of DB (SQLite's own and the search index's
 * shadow tables left out, whose shape is the FTS5 version's business), as
 * "type name: column type notnull pk default, …" lines in name order.
 * Indexes are left out too: one more or less changes no result. */
static char *
describe (sqlite3 *db)
{
  static const char objects_sql[] =
    "SELECT s.type, s.name FROM sqlite_schema AS s "
    "LEFT JOIN pragma_table_list AS l ON l.name = s.name AND l.schema = 'main' "
    "WHERE s.type IN ('table', 'view', 'trigger') AND s.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
    "AND coalesce (l.type, '') <> 'shadow' ORDER BY s.name";
  static const char columns_sql[] =
    "SELECT name, lower (type), \"notnull\", pk, coalesce (dflt_value, '') "
    "FROM pragma_table_xinfo (?1) ORDER BY cid";
  g_autoptr (GString) out = g_string_new (NULL);
  sqlite3_stmt *objects = NULL;
  sqlite3_stmt *columns = NULL;
  int           rc;

  rc = sqlite3_prepare_v2 (db, objects_sql, -1, &objects, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, columns_sql, -1, &columns, NULL);

  while (rc == SQLITE_OK || rc == SQLITE_ROW)
    {
      const char *type;
      const char *name;

      rc = sqlite3_step (objects);
      if (rc != SQLITE_ROW)
        break;
      type = (const char *) sqlite3_column_text (objects, 0);
      name = (const char *) sqlite3_column_text (objects, 1);


      g_string_append_printf (out, "%s %s:", type, name);
      if (g_strcmp0 (type, "trigger") != 0)
        {
          int column_rc;

          sqlite3_reset (columns);
          sqlite3_bind_text (columns, 1, name, -1, SQLITE_TRANSIENT);
          while ((column_rc = sqlite3_step (columns)) == SQLITE_ROW)
            g_string_append_printf (out, " %s %s %d %d %s,",
                                    sqlite3_column_text (columns, 0),
                                    sqlite3_column_text (columns, 1),
                                    sqlite3_column_int (columns, 2),
                                    sqlite3_column_int (columns, 3),
                                    sqlite3_column_text (columns, 4));
          if (column_rc != SQLITE_DONE)
            {
              rc = column_rc;
              break;
            }
        }
      g_string_append_c (out, '\n');
    }

  sqlite3_finalize (objects);
  sqlite3_finalize (columns);

  if (rc != SQLITE_DONE)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
sv_store_check_schema (sqlite3    *db,
                       sqlite3    *expected,
                       const char *path,
                       GError    **error)
{
  g_autofree char *have = describe (db);
  g_autofree char *want = describe (expected);

  if (have == NULL || want == NULL)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_CORRUPT,
                   _ ("“%s” is damaged and cannot be read (%s). The file was not changed."),
                   path, sqlite3_errmsg (have == NULL ? db : expected));
      return FALSE;
    }

  if (g_strcmp0 (have, want) != 0)
    {
      g_debug ("%s: schema differs:\n%s\nexpected:\n%s", path, have, want);
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_A_DATABASE,
                   _ ("“%s” is not a Souvenir scrapbook: its tables are not the ones Souvenir "
                      "keeps. The file was not changed."),
                   path);
      return FALSE;
    }

  return TRUE;
}
