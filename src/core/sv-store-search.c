/* sv-store-search.c: full-text search over the whole scrapbook.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-entry-kind.h"
#include "sv-store-private.h"

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

static gpointer
result_from_row (SvStore      *self,
                 sqlite3_stmt *stmt)
{
  SvSearchResult *result = sv_search_result_new ();
  SvEntryKind     kind = SV_ENTRY_KIND_NOTE;

  sv_search_result_set_entry_id (result, sqlite3_column_int64 (stmt, 0));
  sv_search_result_set_trip_id (result, sqlite3_column_int64 (stmt, 1));
  sv_search_result_set_trip_title (result, sv_store_column_text (self, stmt, 2));
  sv_search_result_set_day (result, sv_store_column_text (self, stmt, 3));
  sv_entry_kind_from_string (sv_store_column_text (self, stmt, 4), &kind);
  sv_search_result_set_kind (result, kind);
  sv_search_result_set_title (result, sv_store_column_text (self, stmt, 5));
  sv_search_result_set_snippet (result, sv_store_column_text (self, stmt, 6));
  return result;
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

  g_return_val_if_fail (SV_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  match = build_match (query);
  if (match == NULL)
    return g_steal_pointer (&results);

  stmt = sv_store_prepare (self,
                           "SELECT e.id, e.trip_id, tr.title, e.day, e.kind, e.title, "
                           "  snippet (entry_fts, -1, char (2), char (3), '…', 16) "
                           "FROM entry_fts "
                           "JOIN entry e ON e.id = entry_fts.rowid "
                           "JOIN trip tr ON tr.id = e.trip_id "
                           "WHERE entry_fts MATCH ?1 AND e.trashed = 0 AND tr.trashed = 0 "
                           "ORDER BY bm25 (entry_fts, 10.0, 1.0, 5.0, 3.0, 3.0), e.id "
                           "LIMIT ?2",
                           error);
  if (stmt != NULL)
    {
      sv_store_bind_text (stmt, 1, match);
      sqlite3_bind_int (stmt, 2, limit > 0 ? (int) MIN (limit, G_MAXINT) : -1);
    }

  if (!sv_store_read_all (self, stmt, result_from_row, results, error))
    return NULL;

  return g_steal_pointer (&results);
}
