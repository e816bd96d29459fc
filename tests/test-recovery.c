/* test-recovery.c: opening a scrapbook never destroys it: stray journals, foreign and damaged files.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sv-core-resources.h"
#include "sv-recovery.h"
#include "sv-store.h"
#include "test-util.h"

static GBytes *
read_bytes (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_same_bytes (const char *path,
                   GBytes     *before)
{
  g_autoptr (GBytes) after = read_bytes (path);

  g_assert_cmpuint (g_bytes_get_size (after), ==, g_bytes_get_size (before));
  g_assert_true (g_bytes_equal (before, after));
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr (GBytes) bytes = read_bytes (from);

  g_assert_true (g_file_set_contents (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
}

static void
add_trip (SvStore    *store,
          const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();

  sv_trip_set_title (trip, title);
  sv_trip_set_start_date (trip, "2024-05-16");
  sv_trip_set_end_date (trip, "2024-05-19");
  g_assert_true (sv_store_save_trip (store, trip, &error));
  g_assert_no_error (error);
}

/* A scrapbook at PATH holding one trip, closed (its WAL checkpointed). */
static void
make_scrapbook (const char *path,
                const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = sv_store_open (path, &error);

  g_assert_no_error (error);
  add_trip (store, title);
  g_assert_finalize_object (g_steal_pointer (&store));
}

static gboolean
has_trip (SvStore    *store,
          const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) trips = sv_store_list_trips (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < trips->len; i++)
    if (g_strcmp0 (sv_trip_get_title (g_ptr_array_index (trips, i)), title) == 0)
      return TRUE;
  return FALSE;
}

/* Changes the scrapbook at PATH behind the store's back and keeps the WAL
 * SQLite wrote for it, as a crash would have left it. */
static void
write_wal_of (const char *path,
              const char *sql)
{
  sqlite3 *db = NULL;
  int      off = 0;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &off), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static guint
count_files_with (const char *dir,
                  const char *part)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint       n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (strstr (name, part) != NULL)
      n++;
  return n;
}

static char *
find_file_with (const char *dir,
                const char *part)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (strstr (name, part) != NULL)
      return g_build_filename (dir, name, NULL);
  return NULL;
}

/* Another scrapbook's WAL beside an intact one: SQLite would replay its
 * pages over ours. The scrapbook opens as it was; the WAL is set aside. */
static void
test_stray_wal (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_make_dir ();
  g_autofree char *path = g_build_filename (dir, "mine.souvenir", NULL);
  g_autofree char *other = g_build_filename (dir, "other.souvenir", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *moved = NULL;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) stray = NULL;
  g_autoptr (SvStore) store = NULL;

  make_scrapbook (path, "PyCon US 2024");
  make_scrapbook (other, "Somebody else's trip");
  write_wal_of (other, "UPDATE trip SET title = 'Overwritten';"
                       "UPDATE scrapbook SET value = value + 1 WHERE key = 'generation';");
  g_assert_true (g_file_test (other_wal, G_FILE_TEST_IS_REGULAR));

  before = read_bytes (path);
  copy_file (other_wal, wal);
  stray = read_bytes (wal);

  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sv_store_get_recovery_report (store));
  g_assert_nonnull (strstr (sv_store_get_recovery_report (store), "mine.souvenir-wal"));
  g_assert_true (has_trip (store, "PyCon US 2024"));
  g_assert_false (has_trip (store, "Overwritten"));
  g_assert_finalize_object (g_steal_pointer (&store));

  /* Opening it changed nothing but the journal mode's own files, and the
   * stray WAL is kept, byte for byte, under a name SQLite does not read. */
  assert_same_bytes (path, before);
  moved = find_file_with (dir, "mine.souvenir-wal.set-aside-");
  g_assert_nonnull (moved);
  assert_same_bytes (moved, stray);
  g_assert_cmpuint (count_files_with (dir, "souvenir-copy"), ==, 0);

  test_util_remove_tree (dir);
}

/* A hot rollback journal of another database, as a process that died in a
 * transaction leaves it. */
static void
make_hot_journal (const char *path)
{
  pid_t pid = fork ();
  int   status = 0;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sqlite3 *db = NULL;

      if (sqlite3_open (path, &db) != SQLITE_OK ||
          sqlite3_exec (db,
                        "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1;"
                        "CREATE TABLE t (x TEXT);"
                        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                        "INSERT INTO t SELECT printf ('%0400d', i) FROM n;"
                        "BEGIN; UPDATE t SET x = upper (x) || 'changed';",
                        NULL, NULL, NULL) != SQLITE_OK)
        _exit (1);
      /* Dies in the transaction: the journal stays, hot. */
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

static void
test_stray_journal (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_make_dir ();
  g_autofree char *path = g_build_filename (dir, "mine.souvenir", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *other_journal = g_strconcat (other, "-journal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) stray = NULL;
  g_autoptr (SvStore) store = NULL;

  make_scrapbook (path, "PyCon US 2024");
  make_hot_journal (other);
  g_assert_true (g_file_test (other_journal, G_FILE_TEST_IS_REGULAR));

  before = read_bytes (path);
  copy_file (other_journal, journal);
  stray = read_bytes (journal);

  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sv_store_get_recovery_report (store));
  g_assert_true (has_trip (store, "PyCon US 2024"));
  g_assert_false (has_trip (store, "Overwritten"));
  g_assert_finalize_object (g_steal_pointer (&store));

  assert_same_bytes (path, before);
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  {
    g_autofree char *moved = find_file_with (dir, "mine.souvenir-journal.set-aside-");

    g_assert_nonnull (moved);
    assert_same_bytes (moved, stray);
  }

  test_util_remove_tree (dir);
}

/* The WAL a crash of our own leaves holds the last changes: it is
 * replayed, nothing is reported and no copy is left behind. */
static void
test_own_wal_after_crash (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_make_dir ();
  g_autofree char *path = g_build_filename (dir, "mine.souvenir", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr (SvStore) store = NULL;
  pid_t pid;
  int   status = 0;

  make_scrapbook (path, "PyCon US 2024");

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      SvStore *child = sv_store_open (path, NULL);

      if (child == NULL)
        _exit (1);
      add_trip (child, "Written just before the crash");
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_true (g_file_test (wal, G_FILE_TEST_IS_REGULAR));

  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_null (sv_store_get_recovery_report (store));
  g_assert_true (has_trip (store, "Written just before the crash"));
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpuint (count_files_with (dir, "souvenir-copy"), ==, 0);
  g_assert_cmpuint (count_files_with (dir, "set-aside"), ==, 0);

  test_util_remove_tree (dir);
}

/* A journal that a live connection holds is never copied or set aside:
 * another process's, or another store's of this process. */
static void
test_live_journal_is_not_stray (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_make_dir ();
  g_autofree char *path = g_build_filename (dir, "mine.souvenir", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr (SvStore) first = NULL;
  g_autoptr (SvStore) second = NULL;
  SvRecovery *recovery = NULL;
  int         to_child[2];
  int         from_child[2];
  char        byte = 0;
  pid_t       pid;
  int         status = 0;

  make_scrapbook (path, "PyCon US 2024");

  /* In this process. */
  first = sv_store_open (path, &error);
  g_assert_no_error (error);
  add_trip (first, "Not yet checkpointed");
  g_assert_true (g_file_test (wal, G_FILE_TEST_IS_REGULAR));
  g_assert_true (sv_recovery_prepare (path, &recovery, &error));
  g_assert_null (recovery);
  second = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_null (sv_store_get_recovery_report (second));
  g_clear_object (&second);
  g_clear_object (&first);

  /* In another process, which keeps the scrapbook open until told. */
  g_assert_cmpint (pipe (to_child), ==, 0);
  g_assert_cmpint (pipe (from_child), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      SvStore *child = sv_store_open (path, NULL);

      if (child == NULL)
        _exit (1);
      add_trip (child, "Open elsewhere");
      if (write (from_child[1], "r", 1) != 1 || read (to_child[0], &byte, 1) != 1)
        _exit (2);
      _exit (0);
    }
  g_assert_cmpint (read (from_child[0], &byte, 1), ==, 1);
  g_assert_true (g_file_test (wal, G_FILE_TEST_IS_REGULAR));
  g_assert_true (sv_recovery_prepare (path, &recovery, &error));
  g_assert_no_error (error);
  g_assert_null (recovery);
  g_assert_cmpint (write (to_child[1], "q", 1), ==, 1);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  for (guint i = 0; i < 2; i++)
    {
      close (to_child[i]);
      close (from_child[i]);
    }
  test_util_remove_tree (dir);
}

/* A damaged scrapbook with a journal beside it is left exactly as found,
 * the journal too: there is nothing sound to go back to. */
static void
test_damaged_with_stray (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_make_dir ();
  g_autofree char *path = g_build_filename (dir, "mine.souvenir", NULL);
  g_autofree char *other = g_build_filename (dir, "other.souvenir", NULL);
  g_autofree char *other_wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) stray = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvStore) filler = NULL;
  char *contents = NULL;
  gsize length = 0;

  filler = sv_store_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    add_trip (filler, "A trip with a title long enough to fill some pages of the file");
  g_assert_finalize_object (g_steal_pointer (&filler));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = 2 * 4096; i < length; i += 4096)
    memset (contents + i, 0xA5, 200);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_free (contents);

  make_scrapbook (other, "Somebody else's trip");
  write_wal_of (other, "UPDATE trip SET title = 'Overwritten';");
  copy_file (other_wal, wal);
  before = read_bytes (path);
  stray = read_bytes (wal);

  store = sv_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "not changed"));
  assert_same_bytes (path, before);
  assert_same_bytes (wal, stray);
  g_assert_cmpuint (count_files_with (dir, "souvenir-copy"), ==, 0);
  g_assert_cmpuint (count_files_with (dir, "set-aside"), ==, 0);

  test_util_remove_tree (dir);
}

/* Opens PATH expecting CODE, and checks that the file was not touched. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = read_bytes (path);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  SvStore         *store;

  store = sv_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SV_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));

  assert_same_bytes (path, before);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
run_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* A file of format 1, as the first version of Souvenir wrote it. */
static void
make_format_1 (const char *path,
               const char *extra_sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) script = g_resource_lookup_data (sv_core_get_resource (),
                                                      "/io/github/souvenir_app/Souvenir/core/sql/001-initial.sql",
                                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autofree char *sql = NULL;

  g_assert_no_error (error);
  sql = g_strdup_printf ("PRAGMA journal_mode = WAL; BEGIN; %.*s; PRAGMA user_version = 1; %s; COMMIT;",
                         (int) g_bytes_get_size (script), (const char *) g_bytes_get_data (script, NULL),
                         extra_sql);
  run_sql (path, sql);
}

static void
test_refuse_version_out_of_range (void)
{
  g_autofree char *dir = test_util_make_dir ();
  g_autofree char *negative = g_build_filename (dir, "negative.souvenir", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.souvenir", NULL);

  make_format_1 (negative, "PRAGMA user_version = -3");
  assert_refused (negative, SV_STORE_ERROR_NOT_A_DATABASE);

  make_format_1 (newer, "PRAGMA user_version = 99");
  assert_refused (newer, SV_STORE_ERROR_TOO_NEW);

  test_util_remove_tree (dir);
}

/* Tables named like ours but of another shape, in a file still in
 * rollback-journal mode: refused before its journal mode is touched. */
static void
test_refuse_foreign_shape (void)
{
  g_autofree char *dir = test_util_make_dir ();
  g_autofree char *shape = g_build_filename (dir, "shape.souvenir", NULL);
  g_autofree char *trigger = g_build_filename (dir, "trigger.souvenir", NULL);
  g_autoptr (GBytes) header = NULL;

  run_sql (shape, "CREATE TABLE trip (name TEXT); CREATE TABLE entry (what TEXT);"
                  "CREATE TABLE place (where_ TEXT); INSERT INTO trip VALUES ('x');"
                  "PRAGMA user_version = 1;");
  header = read_bytes (shape);
  g_assert_cmpint (((const guint8 *) g_bytes_get_data (header, NULL))[18], ==, 1);
  assert_refused (shape, SV_STORE_ERROR_NOT_A_DATABASE);

  /* Our tables, and a trigger that would empty them at the first save. */
  make_format_1 (trigger, "CREATE TRIGGER wipe AFTER INSERT ON entry BEGIN DELETE FROM trip; END");
  assert_refused (trigger, SV_STORE_ERROR_NOT_A_DATABASE);

  test_util_remove_tree (dir);
}

static int
query_int (const char *path,
           const char *sql)
{
  sqlite3      *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int           value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* Format 2 checks positions and ranks; rows of format 1 that break them
 * are mended on the way, in their order, and everything else stays. */
static void
test_migrate_repairs (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = test_util_make_dir ();
  g_autofree char *path = g_build_filename (dir, "old.souvenir", NULL);
  g_autoptr (SvStore) store = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  make_format_1 (path,
                 "INSERT INTO trip (id, title, start_date, end_date, created, updated) "
                 "  VALUES (1, 'PyCon', '2024-05-16', '2024-05-19', 0, 0);"
                 "INSERT INTO entry (id, trip_id, day, position, kind, title, created, updated) VALUES "
                 "  (1, 1, '2024-05-17', 2, 'talk', 'Second', 0, 0),"
                 "  (2, 1, '2024-05-17', -5, 'talk', 'First', 0, 0),"
                 "  (3, 1, '2024-05-17', 7, 'meal', 'Third', 0, 0),"
                 "  (4, 1, '2024-05-18', 4, 'talk', 'Untouched', 0, 0);"
                 "INSERT INTO talk (entry_id, room) VALUES (1, 'Hall A'), (2, 'Hall B');"
                 "INSERT INTO meal (entry_id, meal, favourite_rank) VALUES (3, 'lunch', 0);"
                 "INSERT INTO photo (entry_id, data, mime_type) VALUES (1, x'00', 'image/png')");

  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sv_store_get_schema_version (store), ==, SV_STORE_SCHEMA_VERSION);
  entries = sv_store_list_entries (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 4);
  g_assert_cmpstr (sv_entry_get_title (g_ptr_array_index (entries, 0)), ==, "First");
  g_assert_cmpstr (sv_entry_get_title (g_ptr_array_index (entries, 1)), ==, "Second");
  g_assert_cmpstr (sv_entry_get_title (g_ptr_array_index (entries, 2)), ==, "Third");
  for (guint i = 0; i < entries->len; i++)
    g_assert_cmpint (sv_entry_get_position (g_ptr_array_index (entries, i)), >=, 0);
  g_assert_cmpint (sv_entry_get_position (g_ptr_array_index (entries, 3)), ==, 4);
  g_assert_finalize_object (g_steal_pointer (&store));

  /* The rebuilt tables cascaded nothing away. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM talk"), ==, 2);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM photo"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM meal WHERE favourite_rank IS NULL"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  test_util_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/souvenir/recovery/stray-wal", test_stray_wal);
  g_test_add_func ("/souvenir/recovery/stray-journal", test_stray_journal);
  g_test_add_func ("/souvenir/recovery/own-wal-after-crash", test_own_wal_after_crash);
  g_test_add_func ("/souvenir/recovery/live-journal-is-not-stray", test_live_journal_is_not_stray);
  g_test_add_func ("/souvenir/recovery/damaged-with-stray", test_damaged_with_stray);
  g_test_add_func ("/souvenir/recovery/refuse-version-out-of-range", test_refuse_version_out_of_range);
  g_test_add_func ("/souvenir/recovery/refuse-foreign-shape", test_refuse_foreign_shape);
  g_test_add_func ("/souvenir/recovery/migrate-repairs", test_migrate_repairs);

  return g_test_run ();
}
