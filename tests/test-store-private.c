/* test-store-private.c: the helpers the parts of the store share: the
 * statement cache and the row reader.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sv-store-private.h"

static void
test_statement_cache_by_text (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = sv_store_new_in_memory (&error);
  g_autofree char *sql = g_strdup ("SELECT 1");
  g_autofree char *twin = g_strdup ("SELECT 1");
  sqlite3_stmt    *first, *again, *other;

  g_assert_no_error (error);

  first = sv_store_prepare (store, sql, &error);
  g_assert_no_error (error);
  again = sv_store_prepare (store, twin, &error);
  g_assert_no_error (error);
  /* The same text from another buffer is the same statement. */
  g_assert_true (first == again);

  /* Other text at the address of a cached one is another statement: a
   * cache keyed by the address would hand back "SELECT 1" here. */
  strcpy (sql, "SELECT 2");
  other = sv_store_prepare (store, sql, &error);
  g_assert_no_error (error);
  g_assert_true (other != first);
  g_assert_cmpstr (sqlite3_sql (other), ==, "SELECT 2");
  g_assert_cmpstr (sqlite3_sql (first), ==, "SELECT 1");
}

static gpointer
text_from_row (SvStore      *self,
               sqlite3_stmt *stmt)
{
  return g_strdup (sv_store_column_text (self, stmt, 0));
}

static void
test_read_rows (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = sv_store_new_in_memory (&error);
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *one = NULL;
  sqlite3_stmt    *stmt;
  gint64           value = 42;

  g_assert_no_error (error);

  stmt = sv_store_prepare (store, "SELECT 'a' UNION ALL SELECT 'b' UNION ALL SELECT 'c'", &error);
  g_assert_true (sv_store_read_all (store, stmt, text_from_row, rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (rows, 2), ==, "c");

  /* One row: the first; the statement is reset, so it reads again. */
  one = sv_store_read_one (store, stmt, text_from_row, SV_STORE_ROW_TRIP, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (one, ==, "a");

  /* No row: NOT_FOUND, or nothing at all for SV_STORE_ROW_NONE. */
  stmt = sv_store_prepare (store, "SELECT 'x' WHERE 0", &error);
  g_assert_null (sv_store_read_one (store, stmt, text_from_row, SV_STORE_ROW_NONE, 0, &error));
  g_assert_no_error (error);
  g_assert_null (sv_store_read_one (store, stmt, text_from_row, SV_STORE_ROW_ENTRY, 7, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (sv_store_read_int64 (store, stmt, SV_STORE_ROW_NONE, 0, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value, ==, 42);
  g_assert_false (sv_store_read_int64 (store, stmt, SV_STORE_ROW_PHOTO, 3, &value, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A NULL column leaves the value alone. */
  stmt = sv_store_prepare (store, "SELECT NULL", &error);
  g_assert_true (sv_store_read_int64 (store, stmt, SV_STORE_ROW_NONE, 0, &value, &error));
  g_assert_cmpint (value, ==, 42);
  stmt = sv_store_prepare (store, "SELECT 9", &error);
  g_assert_true (sv_store_read_int64 (store, stmt, SV_STORE_ROW_NONE, 0, &value, &error));
  g_assert_cmpint (value, ==, 9);

  /* A statement that failed to prepare fails the read with its error. */
  stmt = sv_store_prepare (store, "SELECT FROM nowhere", &error);
  g_assert_null (stmt);
  g_assert_false (sv_store_read_all (store, stmt, text_from_row, rows, NULL));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_FAILED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/souvenir/store-private/statement-cache-by-text", test_statement_cache_by_text);
  g_test_add_func ("/souvenir/store-private/read-rows", test_read_rows);

  return g_test_run ();
}
