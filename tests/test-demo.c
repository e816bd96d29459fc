/* test-demo.c: the demo trip holds the PyCon US 2024 report's facts.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "sv-demo.h"
#include "sv-store.h"

typedef struct
{
  SvStore   *store;
  gint64     trip_id;
  GPtrArray *entries;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->store = sv_store_new_in_memory (&error);
  g_assert_no_error (error);
  g_assert_true (sv_demo_populate (f->store, &f->trip_id, &error));
  g_assert_no_error (error);
  f->entries = sv_store_list_entries (f->store, f->trip_id, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_pointer (&f->entries, g_ptr_array_unref);
  g_assert_finalize_object (f->store);
}

static SvEntry *
find_entry (Fixture    *f,
            const char *title_part)
{
  SvEntry *found = NULL;

  for (guint i = 0; i < f->entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (f->entries, i);

      if (strstr (sv_entry_get_title (entry), title_part) != NULL)
        {
          g_assert_null (found);
          found = entry;
        }
    }

  g_assert_nonnull (found);
  return found;
}

static void
test_trip (Fixture      *f,
           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_store_get_trip (f->store, f->trip_id, &error);
  g_autofree char *dates = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sv_trip_get_title (trip), ==, "PyCon US 2024");
  g_assert_cmpstr (sv_trip_get_city (trip), ==, "Pittsburgh");
  g_assert_cmpstr (sv_trip_get_start_date (trip), ==, "2024-05-16");
  g_assert_cmpstr (sv_trip_get_end_date (trip), ==, "2024-05-19");
  dates = sv_trip_format_dates (trip);
  g_assert_cmpstr (dates, ==, "16–19 May 2024");
}

static void
test_days_in_order (Fixture      *f,
                    gconstpointer data)
{
  const char *days[] = { "2024-05-16", "2024-05-17", "2024-05-18", "2024-05-19" };
  guint       next_day = 0;
  guint       notes = 0;

  for (guint i = 0; i < f->entries->len; i++)
    {
      SvEntry    *entry = g_ptr_array_index (f->entries, i);
      const char *day = sv_entry_get_day (entry);

      if (day == NULL)
        {
          /* Trip-level notes come before every day. */
          g_assert_cmpuint (next_day, ==, 0);
          notes++;
          continue;
        }

      if (next_day == 0 || g_strcmp0 (day, days[next_day - 1]) != 0)
        {
          g_assert_cmpuint (next_day, <, G_N_ELEMENTS (days));
          g_assert_cmpstr (day, ==, days[next_day]);
          next_day++;
        }
    }

  g_assert_cmpuint (next_day, ==, 4);
  g_assert_cmpuint (notes, >=, 2);
  g_assert_cmpstr (sv_entry_get_title (find_entry (f, "The Venue")), ==, "The Venue");
  g_assert_null (sv_entry_get_day (find_entry (f, "The Conference")));
}

static void
test_talks (Fixture      *f,
            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  SvTripStats stats;
  guint       keynotes = 0, talks = 0, lightning = 0, open_spaces = 0;
  g_autoptr (GPtrArray) watch_later = g_ptr_array_new ();
  SvEntry *mine;
  SvEntry *networkx;

  for (guint i = 0; i < f->entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (f->entries, i);
      SvTalk  *talk = sv_entry_get_talk (entry);

      switch (sv_entry_get_kind (entry))
        {
        case SV_ENTRY_KIND_KEYNOTE:
          keynotes++;
          break;
        case SV_ENTRY_KIND_TALK:
          talks++;
          break;
        case SV_ENTRY_KIND_LIGHTNING_TALKS:
          lightning++;
          break;
        case SV_ENTRY_KIND_OPEN_SPACE:
          open_spaces++;
          break;
        default:
          break;
        }

      if (talk != NULL && sv_talk_get_role (talk) == SV_TALK_ROLE_WATCH_LATER)
        g_ptr_array_add (watch_later, (gpointer) sv_entry_get_title (entry));
    }

  /* Jay Miller, Simon Willison, Kate Chapman. */
  g_assert_cmpuint (keynotes, ==, 3);
  g_assert_cmpuint (talks, ==, 13);
  g_assert_cmpuint (lightning, ==, 1);
  g_assert_cmpuint (open_spaces, ==, 1);

  g_assert_true (sv_store_get_trip_stats (f->store, f->trip_id, &stats, &error));
  g_assert_cmpuint (stats.talks, ==, 18);
  g_assert_cmpuint (stats.keynotes, ==, 3);
  g_assert_cmpuint (stats.days, ==, 4);
  g_assert_cmpuint (stats.watch_later, ==, 2);

  /* Missed or half seen: to watch later. */
  g_assert_cmpuint (watch_later->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (watch_later, 0), "Compilation Pipeline"));
  g_assert_cmpstr (g_ptr_array_index (watch_later, 1), ==, "Computational Origami");

  mine = find_entry (f, "Extensible Python");
  g_assert_cmpint (sv_talk_get_role (sv_entry_get_talk (mine)), ==, SV_TALK_ROLE_PRESENTED);
  g_assert_cmpstrv (sv_entry_get_speakers (mine), ((const char *[]){ "Pat Viafore", NULL }));
  g_assert_cmpstr (sv_entry_get_day (mine), ==, "2024-05-17");

  networkx = find_entry (f, "NetworkX");
  g_assert_cmpstrv (sv_entry_get_speakers (networkx), ((const char *[]){ "Mridul Seth", "Erik Welch", NULL }));

  g_assert_cmpstr (sv_entry_get_speakers (find_entry (f, "Immortal Objects"))[0], ==, "Vinícius Gubiani Ferreira");
  g_assert_cmpstr (sv_entry_get_speakers (find_entry (f, "Pydantic"))[0], ==, "Sebastian Buczyński");
  g_assert_cmpint (sv_entry_get_rating (find_entry (f, "Everyday APIs")), ==, 5);
  g_assert_true (sv_talk_get_recommended (sv_entry_get_talk (find_entry (f, "JIT Compiler"))));
  g_assert_cmpstr (sv_entry_get_day (find_entry (f, "JIT Compiler")), ==, "2024-05-19");
}

static void
test_restaurants (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) places = NULL;
  SvEntry    *first = NULL, *second = NULL;
  guint       meals = 0;
  SvTripStats stats;

  for (guint i = 0; i < f->entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (f->entries, i);
      SvMeal  *meal = sv_entry_get_meal (entry);

      if (sv_entry_get_kind (entry) != SV_ENTRY_KIND_MEAL)
        continue;

      meals++;
      g_assert_nonnull (meal);
      g_assert_cmpint (sv_entry_get_place_id (entry), >, 0);
      if (sv_meal_get_favourite_rank (meal) == 1)
        first = entry;
      else if (sv_meal_get_favourite_rank (meal) == 2)
        second = entry;
    }

  g_assert_cmpuint (meals, ==, 6);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpstr (sv_entry_get_place_name (first), ==, "Bae Bae's Kitchen");
  g_assert_cmpstr (sv_entry_get_place_name (second), ==, "Gaucho Parrilla Argentina");
  g_assert_cmpint (sv_entry_get_rating (first), ==, 5);
  g_assert_cmpint (sv_entry_get_rating (first), >=, sv_entry_get_rating (second));

  g_assert_true (sv_store_get_trip_stats (f->store, f->trip_id, &stats, &error));
  g_assert_cmpuint (stats.restaurants, ==, 6);

  /* Every place of the trip is on the map, in Pittsburgh. */
  places = sv_store_list_places (f->store, f->trip_id, &error);
  g_assert_cmpuint (places->len, ==, 9);
  for (guint i = 0; i < places->len; i++)
    {
      SvPlace *place = g_ptr_array_index (places, i);

      g_assert_true (sv_place_get_has_location (place));
      g_assert_cmpfloat (fabs (sv_place_get_latitude (place) - 40.44), <, 0.02);
      g_assert_cmpfloat (fabs (sv_place_get_longitude (place) + 80.0), <, 0.02);
      if (g_strcmp0 (sv_place_get_name (place), "David L. Lawrence Convention Center") == 0)
        {
          g_assert_cmpint (sv_place_get_category (place), ==, SV_PLACE_CATEGORY_VENUE);
          g_assert_cmpfloat_with_epsilon (sv_place_get_latitude (place), 40.4459, 1e-6);
          g_assert_cmpfloat_with_epsilon (sv_place_get_longitude (place), -79.9965, 1e-6);
        }
    }
}

static void
test_activities (Fixture      *f,
                 gconstpointer data)
{
  SvEntry *museum = find_entry (f, "Museum of Illusions");
  SvEntry *bus = NULL;

  g_assert_cmpint (sv_entry_get_kind (museum), ==, SV_ENTRY_KIND_ACTIVITY);
  g_assert_cmpstr (sv_entry_get_day (museum), ==, "2024-05-19");

  for (guint i = 0; i < f->entries->len; i++)
    if (sv_entry_get_kind (g_ptr_array_index (f->entries, i)) == SV_ENTRY_KIND_TRAVEL)
      bus = g_ptr_array_index (f->entries, i);
  g_assert_nonnull (bus);
  g_assert_cmpstr (sv_entry_get_day (bus), ==, "2024-05-16");
  g_assert_cmpstr (sv_entry_get_place_name (bus), ==, "Liberty Avenue bus stop");
}

static void
test_search_origami (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) results = sv_store_search (f->store, "origami", 10, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (results->len, >=, 1);
  g_assert_cmpstr (sv_search_result_get_title (g_ptr_array_index (results, 0)), ==, "Computational Origami");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/souvenir/demo/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("trip", test_trip);
  ADD ("days-in-order", test_days_in_order);
  ADD ("talks", test_talks);
  ADD ("restaurants", test_restaurants);
  ADD ("activities", test_activities);
  ADD ("search-origami", test_search_origami);

#undef ADD

  return g_test_run ();
}
