/* bench-timeline.c: what a trip costs the Timeline to load and to follow, against the store alone.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: build-aux/bench runs it. Every figure is measured against a
 * floor taken in the same run on the same file, the store's own
 * sv_store_list_entries() (or sv_store_save_entry() for edits), so that the
 * ratios mean the same on any machine. Each measurement runs in a process
 * of its own, so that the peak RSS is that measurement's.
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sv-timeline-model.h"

#define N_RUNS  9
#define N_EDITS 200

typedef enum {
  STORE_LOAD,
  MODEL_LOAD,
  STORE_EDITS,
  MODEL_EDITS,
} Operation;

typedef struct
{
  double seconds;
  long   rss_kb; /* peak RSS added by the operation */
} Sample;

static char *path;

static long
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static SvStore *
open_store (void)
{
  g_autoptr (GError) error = NULL;
  SvStore *store = sv_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

/* A trip like a real one, only longer: talks with speakers and tags, meals
 * at places, notes; 25 entries a day. */
static gint64
make_trip (SvStore *store,
           guint    n_entries)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();
  g_autoptr (SvPlace) place = sv_place_new ();
  g_autofree char *title = g_strdup_printf ("Benchmark trip, %u entries", n_entries);

  g_assert_true (sv_store_begin (store, &error));
  sv_trip_set_title (trip, title);
  g_assert_true (sv_store_save_trip (store, trip, &error));
  sv_place_set_name (place, "Yuzu Kitchen");
  sv_place_set_category (place, SV_PLACE_CATEGORY_RESTAURANT);
  g_assert_true (sv_store_save_place (store, place, &error));

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr (SvEntry) entry = sv_entry_new ();
      g_autoptr (GDateTime) start = g_date_time_new_utc (2024, 1, 1, 0, 0, 0);
      g_autoptr (GDateTime) date = g_date_time_add_days (start, i / 25);
      g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
      g_autofree char *entry_title = g_strdup_printf ("Entry %u: a talk about something worth remembering", i);
      const char      *speakers[] = { "Lynn Root", "Pat Viafore", NULL };
      const char      *tags[] = { "python", "typing", NULL };

      sv_entry_set_trip_id (entry, sv_trip_get_id (trip));
      if (i % 250 != 0)
        {
          sv_entry_set_day (entry, day);
          sv_entry_set_start_time (entry, 8 * 60 + (i % 25) * 30);
          sv_entry_set_end_time (entry, 8 * 60 + (i % 25) * 30 + 25);
        }
      sv_entry_set_position (entry, 1 + i % 25);
      sv_entry_set_title (entry, entry_title);
      sv_entry_set_body (entry, "What I made of it, in a few sentences, as people write them after a long day of talks.");
      sv_entry_set_rating (entry, i % 6);
      if (i % 5 == 3)
        {
          sv_entry_set_kind (entry, SV_ENTRY_KIND_MEAL);
          sv_entry_set_place_id (entry, sv_place_get_id (place));
          sv_meal_set_meal_type (sv_entry_ensure_meal (entry), SV_MEAL_TYPE_LUNCH);
        }
      else
        {
          sv_entry_set_kind (entry, SV_ENTRY_KIND_TALK);
          sv_entry_set_speakers (entry, speakers + i % 2);
          sv_entry_set_tags (entry, tags);
          sv_talk_set_room (sv_entry_ensure_talk (entry), "Hall A");
        }
      sv_store_save_entry (store, entry, &error);
      g_assert_no_error (error);
    }

  g_assert_true (sv_store_commit (store, &error));
  g_assert_no_error (error);
  return sv_trip_get_id (trip);
}

static void
edit_entries (SvStore   *store,
              GPtrArray *entries)
{
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < N_EDITS; i++)
    {
      SvEntry         *entry = g_ptr_array_index (entries, (i * 7919) % entries->len);
      g_autofree char *title = g_strdup_printf ("Edited %u", i);

      sv_entry_set_title (entry, title);
      g_assert_true (sv_store_save_entry (store, entry, &error));
    }
}

static Sample
run (Operation operation,
     gint64    trip_id)
{
  g_autoptr (SvStore) store = open_store ();
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (SvTimelineModel) model = NULL;
  g_autoptr (GError) error = NULL;
  Sample sample;
  long   base;
  gint64 start;

  /* Edits pick their entries before the clock starts. */
  if (operation == STORE_EDITS || operation == MODEL_EDITS)
    entries = sv_store_list_entries (store, trip_id, &error);
  if (operation == MODEL_EDITS)
    model = sv_timeline_model_new (store, trip_id, &error);
  g_assert_no_error (error);

  base = peak_rss_kb ();
  start = g_get_monotonic_time ();
  switch (operation)
    {
    case STORE_LOAD:
      entries = sv_store_list_entries (store, trip_id, &error);
      break;
    case MODEL_LOAD:
      model = sv_timeline_model_new (store, trip_id, &error);
      break;
    case STORE_EDITS:
    case MODEL_EDITS:
      edit_entries (store, entries);
      break;
    default:
      g_assert_not_reached ();
    }
  sample.seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  sample.rss_kb = peak_rss_kb () - base;
  g_assert_no_error (error);

  return sample;
}

/* RUN in a child process, for a peak RSS of its own. */
static Sample
run_apart (Operation operation,
           gint64    trip_id)
{
  Sample sample = { 0 };
  int    fds[2];
  int    status;
  pid_t  pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      sample = run (operation, trip_id);
      if (write (fds[1], &sample, sizeof sample) != sizeof sample)
        _exit (1);
      _exit (0);
    }

  close (fds[1]);
  g_assert_cmpint (read (fds[0], &sample, sizeof sample), ==, sizeof sample);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  return sample;
}

static int
compare_samples (gconstpointer a,
                 gconstpointer b)
{
  double x = ((const Sample *) a)->seconds;
  double y = ((const Sample *) b)->seconds;

  return (x > y) - (x < y);
}

/* The median time of N_RUNS, with the largest peak RSS. */
static Sample
measure (Operation operation,
         gint64    trip_id)
{
  Sample samples[N_RUNS];
  Sample result;
  long   rss = 0;

  for (guint i = 0; i < N_RUNS; i++)
    {
      samples[i] = run_apart (operation, trip_id);
      rss = MAX (rss, samples[i].rss_kb);
    }
  qsort (samples, N_RUNS, sizeof (Sample), compare_samples);
  result = samples[N_RUNS / 2];
  result.rss_kb = rss;

  return result;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("souvenir-bench-XXXXXX", &error);
  const guint      sizes[] = { 1000, 10000 };
  gint64           trips[G_N_ELEMENTS (sizes)];
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  gint64           start;

  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.souvenir", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);

  start = g_get_monotonic_time ();
  {
    g_autoptr (SvStore) store = open_store ();

    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      trips[i] = make_trip (store, sizes[i]);
  }
  printf ("Timeline benchmark: %s entries written in %.1f s; median of %d runs, each in a fresh process.\n\n",
          "1,000 + 10,000", (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, N_RUNS);

  printf ("Loading a trip: the store's sv_store_list_entries() (floor) against SvTimelineModel (the same load + headers)\n");
  printf ("%8s  %12s  %12s  %6s  %14s  %14s\n", "entries", "store (ms)", "model (ms)", "ratio", "store RSS (MB)", "model RSS (MB)");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      Sample floor = measure (STORE_LOAD, trips[i]);
      Sample model = measure (MODEL_LOAD, trips[i]);

      printf ("%8u  %12.1f  %12.1f  %6.2f  %14.1f  %14.1f\n", sizes[i],
              floor.seconds * 1000, model.seconds * 1000, model.seconds / floor.seconds,
              floor.rss_kb / 1024.0, model.rss_kb / 1024.0);
    }

  printf ("\nFollowing the store: %d edits, one transaction each, with no Timeline (floor) and with one open\n", N_EDITS);
  printf ("%8s  %12s  %12s  %6s\n", "entries", "store (ms)", "model (ms)", "ratio");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      Sample floor = measure (STORE_EDITS, trips[i]);
      Sample model = measure (MODEL_EDITS, trips[i]);

      printf ("%8u  %12.3f  %12.3f  %6.2f   (per edit)\n", sizes[i],
              floor.seconds * 1000 / N_EDITS, model.seconds * 1000 / N_EDITS, model.seconds / floor.seconds);
    }

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (dir);
  g_free (path);
  return 0;
}
