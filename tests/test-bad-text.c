/* test-bad-text.c: invalid UTF-8 and noncharacters in a scrapbook file reach
 * no view, export or PDF, and the file keeps its bytes.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "sv-souvenir-layout.h"
#include "sv-store.h"
#include "sv-text.h"
#include "sv-xhtml-exporter.h"
#include "test-util.h"

/* Two invalid bytes, then U+FFFE, U+FDD0 and U+1FFFE. */
#define BAD_HEX "FFFE" \
                "EFBFBE" \
                "EFB790" \
                "F09FBFBE"
#define BAD_CLEANED "\xef\xbf\xbd\xef\xbf\xbd"

static void
assert_clean (const char *text)
{
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (sv_text_is_clean (text, -1));
}

static void
test_sanitize (void)
{
  struct
  {
    const char *in;
    gssize      length;
    const char *out;
  } cases[] = {
    { "", -1, "" },
    { "Vinícius ✈ 東京", -1, "Vinícius ✈ 東京" },
    { "a\xff\xfe"
      "b",
      -1, "a" BAD_CLEANED "b" },
    { "a\xef\xbf\xbe"
      "b\xef\xbf\xbf",
      -1, "ab" },                                                   /* U+FFFE, U+FFFF */
    { "\xef\xb7\x90x\xef\xb7\xaf", -1, "x" },                       /* U+FDD0, U+FDEF */
    { "\xef\xb7\x8f\xef\xb7\xb0", -1, "\xef\xb7\x8f\xef\xb7\xb0" }, /* U+FDCF, U+FDF0 stay */
    { "\xf0\x9f\xbf\xbe\xf4\x8f\xbf\xbfz", -1, "z" },               /* U+1FFFE, U+10FFFF */
    { "\xef\xbf\xbd", -1, "\xef\xbf\xbd" },                         /* U+FFFD stays */
    { "\xe2\x82", -1, BAD_CLEANED },                                /* cut short */
    { "\xed\xa0\x80", -1, BAD_CLEANED "\xef\xbf\xbd" },             /* a surrogate */
    { "a\0b", 3, "a\xef\xbf\xbd"
                 "b" }, /* a NUL inside */
  };

  g_assert_null (sv_text_sanitize (NULL, -1));
  g_assert_true (sv_text_is_clean (NULL, -1));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = sv_text_sanitize (cases[i].in, cases[i].length);

      g_test_message ("case %u", i);
      g_assert_cmpstr (out, ==, cases[i].out);
      assert_clean (out);
      g_assert_cmpint (sv_text_is_clean (cases[i].in, cases[i].length), ==,
                       strcmp (cases[i].in, cases[i].out) == 0 && cases[i].length < 0);
    }
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char    *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_same_bytes (GBytes *before,
                   GBytes *after)
{
  if (before == NULL || after == NULL)
    {
      g_assert_true (before == after);
      return;
    }
  g_assert_true (g_bytes_equal (before, after));
}

/* Makes a scrapbook through the store, then writes bad bytes into it the
 * way another program could. */
static gint64
make_bad_scrapbook (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = sv_store_open (path, &error);
  g_autoptr (SvTrip) trip = sv_trip_new ();
  g_autoptr (SvEntry) entry = sv_entry_new ();
  const char *speakers[] = { "Ana", NULL };
  const char *tags[] = { "python", NULL };
  gint64      trip_id;

  g_assert_no_error (error);

  sv_trip_set_title (trip, "PyCon");
  sv_trip_set_city (trip, "Pittsburgh");
  sv_trip_set_start_date (trip, "2024-05-16");
  sv_trip_set_end_date (trip, "2024-05-19");
  g_assert_true (sv_store_save_trip (store, trip, &error));
  g_assert_no_error (error);
  trip_id = sv_trip_get_id (trip);

  sv_entry_set_trip_id (entry, trip_id);
  sv_entry_set_day (entry, "2024-05-17");
  sv_entry_set_start_time (entry, 600);
  sv_entry_set_kind (entry, SV_ENTRY_KIND_TALK);
  sv_entry_ensure_talk (entry);
  sv_entry_set_title (entry, "Talk");
  sv_entry_set_body (entry, "Notes");
  sv_entry_set_rating (entry, 4);
  sv_entry_set_highlight (entry, TRUE);
  sv_entry_set_speakers (entry, speakers);
  sv_entry_set_tags (entry, tags);
  g_assert_true (sv_store_save_entry (store, entry, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (g_steal_pointer (&store));

  raw_exec (path,
            "UPDATE trip SET title = CAST (X'5079' || X'" BAD_HEX "' || X'436F6E' AS TEXT);"
            "UPDATE entry SET title = CAST (X'54616C6B' || X'" BAD_HEX "' AS TEXT),"
            "  body = CAST (X'4E6F746573' || X'" BAD_HEX "' || X'00' || X'656E64' AS TEXT);"
            "UPDATE tag SET name = CAST (X'7079' || X'" BAD_HEX "' AS TEXT);"
            "UPDATE person SET name = CAST (X'416E61' || X'" BAD_HEX "' AS TEXT);");
  return trip_id;
}

static void
test_bad_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_make_dir ();
  g_autofree char *out_dir = test_util_make_dir ();
  g_autofree char *path = g_build_filename (dir, "bad.souvenir", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *pdf = g_build_filename (out_dir, "bad.pdf", NULL);
  g_autofree char *xhtml = g_build_filename (out_dir, "bad.xhtml", NULL);
  g_autoptr (GFile) xhtml_file = g_file_new_for_path (xhtml);
  g_autoptr (GBytes) file_before = NULL;
  g_autoptr (GBytes) wal_before = NULL;
  g_autoptr (GBytes) file_after = NULL;
  g_autoptr (GBytes) wal_after = NULL;
  g_autoptr (GBytes) document = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvTrip) trip = NULL;
  g_autoptr (GPtrArray) trips = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) tags = NULL;
  g_autoptr (GPtrArray) persons = NULL;
  g_autoptr (GPtrArray) results = NULL;
  g_autoptr (SvEntry) entry = NULL;
  g_autoptr (SvSouvenirLayout) layout = NULL;
  g_autoptr (SvXhtmlExporter) exporter = NULL;
  const char *text;
  gint64      trip_id;
  gsize       length;

  trip_id = make_bad_scrapbook (path);
  file_before = read_file (path);
  wal_before = read_file (wal);
  g_assert_nonnull (file_before);

  store = sv_store_open (path, &error);
  g_assert_no_error (error);

  trip = sv_store_get_trip (store, trip_id, &error);
  g_assert_no_error (error);
  assert_clean (sv_trip_get_title (trip));
  g_assert_cmpstr (sv_trip_get_title (trip), ==, "Py" BAD_CLEANED "Con");

  trips = sv_store_list_trips (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trips->len, ==, 1);
  g_assert_cmpstr (sv_trip_get_title (g_ptr_array_index (trips, 0)), ==, "Py" BAD_CLEANED "Con");

  entries = sv_store_list_entries (store, trip_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = sv_store_get_entry (store, sv_entry_get_id (g_ptr_array_index (entries, 0)), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      SvEntry *e = i == 0 ? entry : g_ptr_array_index (entries, 0);

      g_assert_cmpstr (sv_entry_get_title (e), ==, "Talk" BAD_CLEANED);
      /* The NUL inside the text is a bad byte too: nothing after it is lost. */
      g_assert_cmpstr (sv_entry_get_body (e), ==, "Notes" BAD_CLEANED "\xef\xbf\xbd"
                                                  "end");
      g_assert_cmpstr (sv_entry_get_tags (e)[0], ==, "py" BAD_CLEANED);
      g_assert_cmpstr (sv_entry_get_speakers (e)[0], ==, "Ana" BAD_CLEANED);
      assert_clean (sv_entry_get_title (e));
      assert_clean (sv_entry_get_body (e));
    }

  tags = sv_store_list_tags (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tags->len, ==, 1);
  assert_clean (sv_tag_get_name (g_ptr_array_index (tags, 0)));
  g_assert_cmpstr (sv_tag_get_name (g_ptr_array_index (tags, 0)), ==, "py" BAD_CLEANED);

  persons = sv_store_list_persons (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (persons->len, ==, 1);
  assert_clean (sv_person_get_name (g_ptr_array_index (persons, 0)));
  g_assert_cmpstr (sv_person_get_name (g_ptr_array_index (persons, 0)), ==, "Ana" BAD_CLEANED);

  /* The search index was written before the bytes went bad: its snippets
   * hold the old text, but they go through the same reader. */
  results = sv_store_search (store, "Notes", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  assert_clean (sv_search_result_get_trip_title (g_ptr_array_index (results, 0)));
  g_assert_cmpstr (sv_search_result_get_trip_title (g_ptr_array_index (results, 0)), ==, "Py" BAD_CLEANED "Con");

  /* What `souvenir --print-pdf` does. */
  layout = sv_souvenir_layout_new (store, trip_id, &error);
  g_assert_no_error (error);
  assert_clean (sv_souvenir_layout_get_title (layout));
  g_assert_true (sv_souvenir_layout_write_pdf (layout, pdf, SV_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sv_souvenir_layout_get_n_pages (layout), >=, 1);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  exporter = sv_xhtml_exporter_new (store, trip_id);
  g_assert_true (sv_xhtml_exporter_write (exporter, xhtml_file, NULL, &error));
  g_assert_no_error (error);
  document = read_file (xhtml);
  g_assert_nonnull (document);
  text = g_bytes_get_data (document, &length);
  g_assert_true (g_utf8_validate (text, length, NULL));
  g_assert_true (sv_text_is_clean (text, length));
  g_assert_nonnull (g_strstr_len (text, length, "Py" BAD_CLEANED "Con"));

  g_clear_object (&layout);
  g_clear_object (&exporter);
  g_clear_object (&trip);
  g_clear_object (&entry);
  g_clear_pointer (&trips, g_ptr_array_unref);
  g_clear_pointer (&entries, g_ptr_array_unref);
  g_assert_finalize_object (g_steal_pointer (&store));

  /* Reading cleaned the text, not the file. */
  file_after = read_file (path);
  wal_after = read_file (wal);
  assert_same_bytes (file_before, file_after);
  assert_same_bytes (wal_before, wal_after);

  test_util_remove_tree (dir);
  test_util_remove_tree (out_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/souvenir/text/sanitize", test_sanitize);
  g_test_add_func ("/souvenir/text/bad-file", test_bad_file);

  return g_test_run ();
}
