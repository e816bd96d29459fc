/* bench-store.c: how fast the store writes, loads and searches a big trip.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every figure is printed next to a floor measured in the same run (making
 * and freeing the same number of entry objects in memory), so that results
 * from different machines compare as ratios. Nothing here asserts a time.
 */
#include <sys/resource.h>

#include "sv-store.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static long
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static SvEntry *
make_entry (gint64 trip_id,
            guint  i)
{
  static const char *days[] = { "2024-05-16", "2024-05-17", "2024-05-18", "2024-05-19" };
  static const char *speakers[] = { "Lynn Root", "Brandt Bucher", NULL };
  static const char *tags[] = { "cpython", "performance", NULL };
  g_autofree char   *title = g_strdup_printf ("Talk number %u about origami and graphs", i);
  SvEntry           *entry = sv_entry_new ();

  sv_entry_set_trip_id (entry, trip_id);
  sv_entry_set_day (entry, days[i % G_N_ELEMENTS (days)]);
  sv_entry_set_position (entry, i + 1);
  sv_entry_set_start_time (entry, (i * 7) % 1440);
  sv_entry_set_kind (entry, i % 5 == 0 ? SV_ENTRY_KIND_MEAL : SV_ENTRY_KIND_TALK);
  sv_entry_set_title (entry, title);
  sv_entry_set_body (entry, "A few lines of notes, as people write them in the evening after the talks.");
  sv_entry_set_rating (entry, i % 6);
  sv_entry_set_speakers (entry, speakers);
  sv_entry_set_tags (entry, tags);
  if (i % 5 == 0)
    sv_meal_set_dishes (sv_entry_ensure_meal (entry), "ramen, salad");
  else
    sv_talk_set_room (sv_entry_ensure_talk (entry), "Hall A");

  return entry;
}

static void
run (guint n)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = sv_store_new_in_memory (&error);
  g_autoptr (SvTrip) trip = sv_trip_new ();
  g_autoptr (GPtrArray) entries = NULL;
  double t, floor_s, insert_s, list_s, search_s;
  guint  found = 0;

  g_assert_no_error (error);
  sv_trip_set_title (trip, "Benchmark trip");
  sv_trip_set_start_date (trip, "2024-05-16");
  sv_trip_set_end_date (trip, "2024-05-19");
  g_assert_true (sv_store_save_trip (store, trip, &error));

  /* Floor: the same objects, made and freed, with no database at all. */
  t = now ();
  for (guint i = 0; i < n; i++)
    g_object_unref (make_entry (sv_trip_get_id (trip), i));
  floor_s = now () - t;

  t = now ();
  g_assert_true (sv_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SvEntry) entry = make_entry (sv_trip_get_id (trip), i);

      g_assert_true (sv_store_save_entry (store, entry, &error));
    }
  g_assert_true (sv_store_commit (store, &error));
  insert_s = now () - t;

  t = now ();
  entries = sv_store_list_entries (store, sv_trip_get_id (trip), &error);
  list_s = now () - t;
  g_assert_cmpuint (entries->len, ==, n);

  t = now ();
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr (GPtrArray) results = sv_store_search (store, "origami", 50, &error);

      found = results->len;
    }
  search_s = (now () - t) / 100;

  g_print ("%7u entries  floor %8.1f ms | save all %8.1f ms (%5.1fx floor) | "
           "load all %7.1f ms (%5.1fx floor) | search %6.2f ms (%u hits) | peak RSS %ld MiB\n",
           n, floor_s * 1e3, insert_s * 1e3, insert_s / floor_s, list_s * 1e3, list_s / floor_s,
           search_s * 1e3, found, peak_rss_kib () / 1024);
}

int
main (int   argc,
      char *argv[])
{
  guint sizes[] = { 1000, 10000 };

  g_print ("Store benchmark (in-memory SQLite; the floor makes and frees the same entry objects)\n");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    run (sizes[i]);

  return 0;
}
