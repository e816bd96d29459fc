/* test-store.c: the scrapbook store: CRUD, order, search, migrations, refusals.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "sv-store.h"
#include "test-util.h"

typedef struct
{
  char    *dir;
  char    *path;
  SvStore *store;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("souvenir-test-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "scrapbook.souvenir", NULL);
  f->store = sv_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
remove_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_remove (child);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  if (f->store != NULL)
    g_assert_finalize_object (f->store);
  remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static SvTrip *
add_trip (SvStore    *store,
          const char *title,
          const char *start,
          const char *end)
{
  g_autoptr (GError) error = NULL;
  SvTrip *trip = sv_trip_new ();

  sv_trip_set_title (trip, title);
  sv_trip_set_city (trip, "Pittsburgh");
  sv_trip_set_start_date (trip, start);
  sv_trip_set_end_date (trip, end);
  g_assert_true (sv_store_save_trip (store, trip, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sv_trip_get_id (trip), >, 0);

  return trip;
}

static SvEntry *
add_entry (SvStore    *store,
           gint64      trip_id,
           const char *day,
           int         start,
           SvEntryKind kind,
           const char *title)
{
  g_autoptr (GError) error = NULL;
  SvEntry *entry = sv_entry_new ();

  sv_entry_set_trip_id (entry, trip_id);
  sv_entry_set_day (entry, day);
  sv_entry_set_start_time (entry, start);
  sv_entry_set_kind (entry, kind);
  sv_entry_set_title (entry, title);
  g_assert_true (sv_store_save_entry (store, entry, &error));
  g_assert_no_error (error);

  return entry;
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

/* Trips */

static void
test_trip_crud (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvTrip) loaded = NULL;
  g_autoptr (GPtrArray) trips = NULL;

  loaded = sv_store_get_trip (f->store, sv_trip_get_id (trip), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sv_trip_get_title (loaded), ==, "PyCon US 2024");
  g_assert_cmpstr (sv_trip_get_city (loaded), ==, "Pittsburgh");
  g_assert_cmpstr (sv_trip_get_end_date (loaded), ==, "2024-05-19");

  sv_trip_set_title (trip, "DjangoCon Europe 2024");
  g_assert_true (sv_store_save_trip (f->store, trip, &error));
  g_clear_object (&loaded);
  loaded = sv_store_get_trip (f->store, sv_trip_get_id (trip), &error);
  g_assert_cmpstr (sv_trip_get_title (loaded), ==, "DjangoCon Europe 2024");

  trips = sv_store_list_trips (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trips->len, ==, 1);

  g_assert_true (sv_store_delete_trip (f->store, sv_trip_get_id (trip), &error));
  g_assert_null (sv_store_get_trip (f->store, sv_trip_get_id (trip), &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
}

static void
test_trip_invalid (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();
  g_autoptr (GPtrArray) trips = NULL;

  g_assert_false (sv_store_save_trip (f->store, trip, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);

  sv_trip_set_title (trip, "Bad dates");
  sv_trip_set_start_date (trip, "2024-02-30");
  g_assert_false (sv_store_save_trip (f->store, trip, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);

  sv_trip_set_start_date (trip, "2024-05-19");
  sv_trip_set_end_date (trip, "2024-05-16");
  g_assert_false (sv_store_save_trip (f->store, trip, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);

  sv_trip_set_end_date (trip, NULL);
  sv_trip_set_url (trip, "javascript:alert(1)");
  g_assert_false (sv_store_save_trip (f->store, trip, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);

  trips = sv_store_list_trips (f->store, &error);
  g_assert_cmpuint (trips->len, ==, 0);
  g_assert_cmpint (sv_trip_get_id (trip), ==, 0);
}

static void
test_trip_trash_and_restore (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvEntry) entry = add_entry (f->store, sv_trip_get_id (trip), "2024-05-17", 600,
                                         SV_ENTRY_KIND_TALK, "Computational Origami");
  g_autoptr (GPtrArray) trips = NULL;
  g_autoptr (GPtrArray) results = NULL;

  g_assert_true (sv_store_trash_trip (f->store, sv_trip_get_id (trip), &error));
  trips = sv_store_list_trips (f->store, &error);
  g_assert_cmpuint (trips->len, ==, 0);
  results = sv_store_search (f->store, "origami", 10, &error);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);
  g_clear_pointer (&trips, g_ptr_array_unref);

  g_assert_true (sv_store_restore_trip (f->store, sv_trip_get_id (trip), &error));
  trips = sv_store_list_trips (f->store, &error);
  g_assert_cmpuint (trips->len, ==, 1);
  results = sv_store_search (f->store, "origami", 10, &error);
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);
  g_clear_pointer (&trips, g_ptr_array_unref);

  /* Emptying the trash deletes for good what is still in it, and only that. */
  g_assert_true (sv_store_trash_trip (f->store, sv_trip_get_id (trip), &error));
  g_assert_true (sv_store_empty_trash (f->store, &error));
  g_assert_false (sv_store_restore_trip (f->store, sv_trip_get_id (trip), &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
}

/* Entries */

static void
test_entry_crud (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvEntry) entry = sv_entry_new ();
  g_autoptr (SvEntry) loaded = NULL;
  const char *speakers[] = { "Mridul Seth", "Erik Welch", NULL };
  const char *tags[] = { "graphs", "performance", NULL };
  SvTalk     *talk;

  sv_entry_set_trip_id (entry, sv_trip_get_id (trip));
  sv_entry_set_day (entry, "2024-05-18");
  sv_entry_set_start_time (entry, 14 * 60);
  sv_entry_set_end_time (entry, 14 * 60 + 30);
  sv_entry_set_kind (entry, SV_ENTRY_KIND_TALK);
  sv_entry_set_title (entry, "NetworkX is Fast Now");
  sv_entry_set_body (entry, "Backends that speed up graph code without changes.");
  sv_entry_set_rating (entry, 4);
  sv_entry_set_highlight (entry, TRUE);
  sv_entry_set_speakers (entry, speakers);
  sv_entry_set_tags (entry, tags);
  talk = sv_entry_ensure_talk (entry);
  sv_talk_set_room (talk, "Hall A");
  sv_talk_set_role (talk, SV_TALK_ROLE_WATCH_LATER);
  sv_talk_set_video_url (talk, "https://www.youtube.com/watch?v=example");
  sv_talk_set_recommended (talk, TRUE);

  g_assert_true (sv_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sv_entry_get_id (entry), >, 0);

  loaded = sv_store_get_entry (f->store, sv_entry_get_id (entry), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sv_entry_get_title (loaded), ==, "NetworkX is Fast Now");
  g_assert_cmpstr (sv_entry_get_day (loaded), ==, "2024-05-18");
  g_assert_cmpint (sv_entry_get_start_time (loaded), ==, 840);
  g_assert_cmpint (sv_entry_get_end_time (loaded), ==, 870);
  g_assert_cmpint (sv_entry_get_kind (loaded), ==, SV_ENTRY_KIND_TALK);
  g_assert_cmpint (sv_entry_get_rating (loaded), ==, 4);
  g_assert_true (sv_entry_get_highlight (loaded));
  g_assert_cmpstrv (sv_entry_get_speakers (loaded), speakers);
  g_assert_cmpstrv (sv_entry_get_tags (loaded), tags);
  g_assert_nonnull (sv_entry_get_talk (loaded));
  g_assert_null (sv_entry_get_meal (loaded));
  g_assert_cmpstr (sv_talk_get_room (sv_entry_get_talk (loaded)), ==, "Hall A");
  g_assert_cmpint (sv_talk_get_role (sv_entry_get_talk (loaded)), ==, SV_TALK_ROLE_WATCH_LATER);
  g_assert_true (sv_talk_get_recommended (sv_entry_get_talk (loaded)));

  /* Update: a new title and one speaker fewer. */
  sv_entry_set_title (entry, "NetworkX is Fast Now: Graph Analytics Unleashed");
  sv_entry_set_speakers (entry, (const char *[]){ "Erik Welch", NULL });
  g_assert_true (sv_store_save_entry (f->store, entry, &error));
  g_clear_object (&loaded);
  loaded = sv_store_get_entry (f->store, sv_entry_get_id (entry), &error);
  g_assert_cmpstr (sv_entry_get_title (loaded), ==, "NetworkX is Fast Now: Graph Analytics Unleashed");
  g_assert_cmpstrv (sv_entry_get_speakers (loaded), ((const char *[]){ "Erik Welch", NULL }));

  g_assert_true (sv_store_delete_entry (f->store, sv_entry_get_id (entry), &error));
  g_assert_null (sv_store_get_entry (f->store, sv_entry_get_id (entry), &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
}

static void
test_entry_invalid (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvEntry) entry = sv_entry_new ();
  g_autoptr (GPtrArray) entries = NULL;

  sv_entry_set_trip_id (entry, sv_trip_get_id (trip));
  sv_entry_set_title (entry, "Lunch");

  /* A day outside the trip. */
  sv_entry_set_day (entry, "2024-05-21");
  g_assert_false (sv_store_save_entry (f->store, entry, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "16–19 May 2024"));
  g_clear_error (&error);

  /* Not a date at all. */
  sv_entry_set_day (entry, "17/05/2024");
  g_assert_false (sv_store_save_entry (f->store, entry, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A video link that is not on the web. */
  sv_entry_set_day (entry, "2024-05-17");
  sv_talk_set_video_url (sv_entry_ensure_talk (entry), "javascript:alert(1)");
  g_assert_false (sv_store_save_entry (f->store, entry, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* No title. */
  sv_talk_set_video_url (sv_entry_get_talk (entry), NULL);
  sv_entry_set_title (entry, "   ");
  g_assert_false (sv_store_save_entry (f->store, entry, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A trip that does not exist. */
  sv_entry_set_title (entry, "Lunch");
  sv_entry_set_trip_id (entry, 9999);
  g_assert_false (sv_store_save_entry (f->store, entry, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  entries = sv_store_list_entries (f->store, sv_trip_get_id (trip), &error);
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_cmpint (sv_entry_get_id (entry), ==, 0);
}

static void
test_entry_meal_and_place (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvPlace) place = sv_place_new ();
  g_autoptr (SvEntry) entry = sv_entry_new ();
  g_autoptr (SvEntry) loaded = NULL;
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GPtrArray) at_place = NULL;
  SvMeal *meal;

  sv_place_set_name (place, "Bae Bae's Kitchen");
  sv_place_set_category (place, SV_PLACE_CATEGORY_RESTAURANT);
  sv_place_set_address (place, "951 Liberty Ave");
  g_assert_true (sv_place_set_location (place, 40.4436, -79.9960, &error));
  g_assert_true (sv_store_save_place (f->store, place, &error));
  g_assert_no_error (error);

  sv_entry_set_trip_id (entry, sv_trip_get_id (trip));
  sv_entry_set_day (entry, "2024-05-18");
  sv_entry_set_kind (entry, SV_ENTRY_KIND_MEAL);
  sv_entry_set_title (entry, "Late snack");
  sv_entry_set_place_id (entry, sv_place_get_id (place));
  meal = sv_entry_ensure_meal (entry);
  sv_meal_set_meal_type (meal, SV_MEAL_TYPE_SNACK);
  sv_meal_set_price (meal, 14.5);
  sv_meal_set_currency (meal, "USD");
  sv_meal_set_favourite_rank (meal, 1);
  g_assert_true (sv_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);

  loaded = sv_store_get_entry (f->store, sv_entry_get_id (entry), &error);
  g_assert_cmpstr (sv_entry_get_place_name (loaded), ==, "Bae Bae's Kitchen");
  meal = sv_entry_get_meal (loaded);
  g_assert_nonnull (meal);
  g_assert_cmpint (sv_meal_get_meal_type (meal), ==, SV_MEAL_TYPE_SNACK);
  g_assert_cmpfloat_with_epsilon (sv_meal_get_price (meal), 14.5, 1e-9);
  g_assert_cmpint (sv_meal_get_favourite_rank (meal), ==, 1);

  places = sv_store_list_places (f->store, sv_trip_get_id (trip), &error);
  g_assert_cmpuint (places->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (sv_place_get_latitude (g_ptr_array_index (places, 0)), 40.4436, 1e-9);

  at_place = sv_store_list_place_entries (f->store, sv_place_get_id (place), sv_trip_get_id (trip), &error);
  g_assert_cmpuint (at_place->len, ==, 1);

  /* Deleting the place keeps the meal, without a place. */
  g_assert_true (sv_store_delete_place (f->store, sv_place_get_id (place), &error));
  g_clear_object (&loaded);
  loaded = sv_store_get_entry (f->store, sv_entry_get_id (entry), &error);
  g_assert_nonnull (loaded);
  g_assert_cmpint (sv_entry_get_place_id (loaded), ==, 0);
  g_assert_null (sv_entry_get_place_name (loaded));
}

static void
test_cascade (Fixture      *f,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvEntry) entry = add_entry (f->store, sv_trip_get_id (trip), "2024-05-17", 600,
                                         SV_ENTRY_KIND_TALK, "The Design of Everyday APIs");
  g_autoptr (SvPhoto) photo = sv_photo_new ();
  g_autoptr (GBytes) bytes = g_bytes_new_static ("\x89PNG fake", 9);
  g_autoptr (GPtrArray) persons = NULL;
  g_autoptr (GBytes) loaded = NULL;

  sv_entry_set_speakers (entry, (const char *[]){ "Lynn Root", NULL });
  sv_entry_ensure_talk (entry);
  g_assert_true (sv_store_save_entry (f->store, entry, &error));

  sv_photo_set_entry_id (photo, sv_entry_get_id (entry));
  sv_photo_set_mime_type (photo, "image/png");
  sv_photo_set_bytes (photo, bytes);
  sv_photo_set_caption (photo, "Slides");
  g_assert_true (sv_store_save_photo (f->store, photo, &error));
  g_assert_no_error (error);

  loaded = sv_store_load_photo_bytes (f->store, sv_photo_get_id (photo), &error);
  g_assert_true (g_bytes_equal (loaded, bytes));

  g_assert_true (sv_store_delete_trip (f->store, sv_trip_get_id (trip), &error));
  g_assert_no_error (error);

  /* Entry, talk and photo went with the trip; the person stays known. */
  g_assert_null (sv_store_get_entry (f->store, sv_entry_get_id (entry), NULL));
  g_assert_null (sv_store_load_photo_bytes (f->store, sv_photo_get_id (photo), &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
  persons = sv_store_list_persons (f->store, NULL);
  g_assert_cmpuint (persons->len, ==, 1);
}

static void
test_photo_crud (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvEntry) entry = add_entry (f->store, sv_trip_get_id (trip), "2024-05-19", 900,
                                         SV_ENTRY_KIND_ACTIVITY, "Museum of Illusions");
  g_autoptr (GBytes) bytes = g_bytes_new_static ("GIF89a fake", 11);
  g_autoptr (SvPhoto) first = sv_photo_new ();
  g_autoptr (SvPhoto) second = sv_photo_new ();
  g_autoptr (SvPhoto) empty = sv_photo_new ();
  g_autoptr (GPtrArray) photos = NULL;
  g_autoptr (SvEntry) loaded = NULL;

  for (guint i = 0; i < 2; i++)
    {
      SvPhoto *photo = i == 0 ? first : second;

      sv_photo_set_entry_id (photo, sv_entry_get_id (entry));
      sv_photo_set_mime_type (photo, "image/gif");
      sv_photo_set_bytes (photo, bytes);
      sv_photo_set_width (photo, 640);
      sv_photo_set_height (photo, 480);
      g_assert_true (sv_store_save_photo (f->store, photo, &error));
      g_assert_no_error (error);
    }

  /* No bytes: refused. */
  sv_photo_set_entry_id (empty, sv_entry_get_id (entry));
  sv_photo_set_mime_type (empty, "image/png");
  g_assert_false (sv_store_save_photo (f->store, empty, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);

  photos = sv_store_list_photos (f->store, sv_entry_get_id (entry), &error);
  g_assert_cmpuint (photos->len, ==, 2);
  g_assert_cmpint (sv_photo_get_id (g_ptr_array_index (photos, 0)), ==, sv_photo_get_id (first));
  g_assert_cmpint (sv_photo_get_width (g_ptr_array_index (photos, 0)), ==, 640);
  g_clear_pointer (&photos, g_ptr_array_unref);

  loaded = sv_store_get_entry (f->store, sv_entry_get_id (entry), &error);
  g_assert_cmpint (sv_entry_get_first_photo_id (loaded), ==, sv_photo_get_id (first));

  /* Reorder: the second photo first, with a caption. */
  sv_photo_set_position (second, 0);
  sv_photo_set_caption (second, "The sliding-block puzzle");
  g_assert_true (sv_store_save_photo (f->store, second, &error));
  photos = sv_store_list_photos (f->store, sv_entry_get_id (entry), &error);
  g_assert_cmpint (sv_photo_get_id (g_ptr_array_index (photos, 0)), ==, sv_photo_get_id (second));
  g_assert_cmpstr (sv_photo_get_caption (g_ptr_array_index (photos, 0)), ==, "The sliding-block puzzle");
  g_clear_pointer (&photos, g_ptr_array_unref);

  g_assert_true (sv_store_delete_photo (f->store, sv_photo_get_id (first), &error));
  photos = sv_store_list_photos (f->store, sv_entry_get_id (entry), &error);
  g_assert_cmpuint (photos->len, ==, 1);
}

static void
test_timeline_order (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  gint64 id = sv_trip_get_id (trip);
  g_autoptr (GPtrArray) entries = NULL;
  const char *expected[] = {
    "The Venue",
    "The Conference", /* trip-level notes, in the order added */
    "Bus into downtown",
    "Lunch at Mike and Tony's",
    "Keynote",
    "Lynn Root",
    "Lightning talks",
    "Dinner",
    "Kate Chapman",
  };

  /* Added out of order on purpose. */
  g_object_unref (add_entry (f->store, id, "2024-05-17", 17 * 60, SV_ENTRY_KIND_LIGHTNING_TALKS, "Lightning talks"));
  g_object_unref (add_entry (f->store, id, "2024-05-19", 9 * 60, SV_ENTRY_KIND_KEYNOTE, "Kate Chapman"));
  g_object_unref (add_entry (f->store, id, "2024-05-17", 9 * 60, SV_ENTRY_KIND_KEYNOTE, "Keynote"));
  g_object_unref (add_entry (f->store, id, NULL, -1, SV_ENTRY_KIND_NOTE, "The Venue"));
  g_object_unref (add_entry (f->store, id, "2024-05-16", 12 * 60, SV_ENTRY_KIND_MEAL, "Lunch at Mike and Tony's"));
  g_object_unref (add_entry (f->store, id, "2024-05-17", -1, SV_ENTRY_KIND_MEAL, "Dinner"));
  g_object_unref (add_entry (f->store, id, "2024-05-17", 11 * 60, SV_ENTRY_KIND_TALK, "Lynn Root"));
  g_object_unref (add_entry (f->store, id, "2024-05-16", 11 * 60, SV_ENTRY_KIND_TRAVEL, "Bus into downtown"));
  g_object_unref (add_entry (f->store, id, NULL, -1, SV_ENTRY_KIND_NOTE, "The Conference"));

  entries = sv_store_list_entries (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < entries->len; i++)
    g_assert_cmpstr (sv_entry_get_title (g_ptr_array_index (entries, i)), ==, expected[i]);
}

static void
test_entry_trash_restore (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvEntry) entry = add_entry (f->store, sv_trip_get_id (trip), "2024-05-18", 600,
                                         SV_ENTRY_KIND_TALK, "Computational Origami");
  g_autoptr (SvEntry) restored = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  sv_entry_set_tags (entry, (const char *[]){ "math", NULL });
  sv_entry_set_speakers (entry, (const char *[]){ "Alistair Stanley", NULL });
  g_assert_true (sv_store_save_entry (f->store, entry, &error));

  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (entry), &error));
  entries = sv_store_list_entries (f->store, sv_trip_get_id (trip), &error);
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_null (sv_store_get_entry (f->store, sv_entry_get_id (entry), NULL));

  g_assert_true (sv_store_restore_entry (f->store, sv_entry_get_id (entry), &error));
  restored = sv_store_get_entry (f->store, sv_entry_get_id (entry), &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (sv_entry_get_tags (restored), ((const char *[]){ "math", NULL }));
  g_assert_cmpstrv (sv_entry_get_speakers (restored), ((const char *[]){ "Alistair Stanley", NULL }));
}

/* Persons and tags */

static void
test_person_and_tag (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPerson) person = sv_person_new ();
  g_autoptr (SvPerson) twin = sv_person_new ();
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvEntry) a = add_entry (f->store, sv_trip_get_id (trip), "2024-05-17", 600, SV_ENTRY_KIND_TALK, "A");
  g_autoptr (SvEntry) b = add_entry (f->store, sv_trip_get_id (trip), "2024-05-17", 660, SV_ENTRY_KIND_TALK, "B");
  g_autoptr (GPtrArray) persons = NULL;
  g_autoptr (GPtrArray) tags = NULL;

  sv_person_set_name (person, "Brandt Bucher");
  sv_person_set_url (person, "https://example.org/brandt");
  g_assert_true (sv_store_save_person (f->store, person, &error));
  g_assert_no_error (error);

  sv_person_set_name (twin, "Brandt Bucher");
  g_assert_false (sv_store_save_person (f->store, twin, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Speakers are matched to known persons by name. */
  sv_entry_set_speakers (a, (const char *[]){ "Brandt Bucher", NULL });
  g_assert_true (sv_store_save_entry (f->store, a, &error));
  persons = sv_store_list_persons (f->store, &error);
  g_assert_cmpuint (persons->len, ==, 1);
  g_assert_cmpstr (sv_person_get_url (g_ptr_array_index (persons, 0)), ==, "https://example.org/brandt");

  sv_entry_set_tags (a, (const char *[]){ "cpython", "jit", NULL });
  sv_entry_set_tags (b, (const char *[]){ "cpython", NULL });
  g_assert_true (sv_store_save_entry (f->store, a, &error));
  g_assert_true (sv_store_save_entry (f->store, b, &error));
  tags = sv_store_list_tags (f->store, &error);
  g_assert_cmpuint (tags->len, ==, 2);
  g_assert_cmpstr (sv_tag_get_name (g_ptr_array_index (tags, 0)), ==, "cpython");
  g_assert_cmpuint (sv_tag_get_n_entries (g_ptr_array_index (tags, 0)), ==, 2);
  g_assert_cmpuint (sv_tag_get_n_entries (g_ptr_array_index (tags, 1)), ==, 1);
}

/* Search */

static void
test_search (Fixture      *f,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvEntry) immortal = add_entry (f->store, sv_trip_get_id (trip), "2024-05-17", 900,
                                            SV_ENTRY_KIND_TALK, "PEP 683: Immortal Objects");
  g_autoptr (SvEntry) kebab = add_entry (f->store, sv_trip_get_id (trip), "2024-05-19", 1140,
                                         SV_ENTRY_KIND_MEAL, "Dinner at Alihan's");
  g_autoptr (GPtrArray) results = NULL;
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  sv_entry_set_speakers (immortal, (const char *[]){ "Vinícius Gubiani Ferreira", NULL });
  sv_entry_set_body (immortal, "Reference counts and copy-on-write.");
  g_assert_true (sv_store_save_entry (f->store, immortal, &error));
  sv_entry_set_body (kebab, "Türkiye-style kebabs to end the trip.");
  g_assert_true (sv_store_save_entry (f->store, kebab, &error));

  /* By speaker, accents typed or not. */
  results = sv_store_search (f->store, "Vinícius", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (sv_search_result_get_entry_id (g_ptr_array_index (results, 0)), ==, sv_entry_get_id (immortal));
  g_assert_cmpstr (sv_search_result_get_trip_title (g_ptr_array_index (results, 0)), ==, "PyCon US 2024");
  g_clear_pointer (&results, g_ptr_array_unref);

  results = sv_store_search (f->store, "vinicius", 10, &error);
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* In the body, with the match marked in the snippet. */
  results = sv_store_search (f->store, "Türkiye", 10, &error);
  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (sv_search_result_get_entry_id (g_ptr_array_index (results, 0)), ==, sv_entry_get_id (kebab));
  text = sv_search_result_dup_snippet_text (g_ptr_array_index (results, 0));
  g_assert_nonnull (strstr (text, "Türkiye"));
  markup = sv_search_result_dup_snippet_markup (g_ptr_array_index (results, 0));
  g_assert_nonnull (strstr (markup, "<b>Türkiye</b>"));
  g_clear_pointer (&results, g_ptr_array_unref);

  /* A prefix, as while typing. */
  results = sv_store_search (f->store, "immor", 10, &error);
  g_assert_cmpuint (results->len, ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* FTS syntax typed by the user is just text. */
  results = sv_store_search (f->store, "\"immortal OR NEAR( *", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);

  results = sv_store_search (f->store, "   ", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* An edit reaches the index. */
  sv_entry_set_title (immortal, "Immortal objects, revisited");
  sv_entry_set_body (immortal, NULL);
  sv_entry_set_speakers (immortal, NULL);
  g_assert_true (sv_store_save_entry (f->store, immortal, &error));
  results = sv_store_search (f->store, "vinicius", 10, &error);
  g_assert_cmpuint (results->len, ==, 0);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Deleted entries leave the index. */
  g_assert_true (sv_store_delete_entry (f->store, sv_entry_get_id (kebab), &error));
  results = sv_store_search (f->store, "kebabs", 10, &error);
  g_assert_cmpuint (results->len, ==, 0);
}

/* Signals */

typedef struct
{
  guint  count;
  gint64 entry_id;
  int    change;
} SignalLog;

static void
on_entry_changed (SvStore   *store,
                  gint64     trip_id,
                  gint64     entry_id,
                  int        change,
                  SignalLog *log)
{
  log->count++;
  log->entry_id = entry_id;
  log->change = change;
}

static void
test_signals (Fixture      *f,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvEntry) entry = NULL;
  SignalLog log = { 0 };

  g_signal_connect (f->store, "entry-changed", G_CALLBACK (on_entry_changed), &log);

  entry = add_entry (f->store, sv_trip_get_id (trip), "2024-05-17", 600, SV_ENTRY_KIND_TALK, "A talk");
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_cmpint (log.entry_id, ==, sv_entry_get_id (entry));
  g_assert_cmpint (log.change, ==, SV_STORE_CHANGE_ADDED);

  sv_entry_set_rating (entry, 5);
  g_assert_true (sv_store_save_entry (f->store, entry, &error));
  g_assert_cmpuint (log.count, ==, 2);
  g_assert_cmpint (log.change, ==, SV_STORE_CHANGE_CHANGED);

  /* Inside a transaction, nothing is announced until the commit, and a
   * rollback announces nothing. */
  g_assert_true (sv_store_begin (f->store, &error));
  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (entry), &error));
  g_assert_cmpuint (log.count, ==, 2);
  sv_store_rollback (f->store);
  g_assert_cmpuint (log.count, ==, 2);
  g_assert_nonnull (sv_store_get_entry (f->store, sv_entry_get_id (entry), NULL));

  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (entry), &error));
  g_assert_cmpuint (log.count, ==, 3);
  g_assert_cmpint (log.change, ==, SV_STORE_CHANGE_REMOVED);

  g_signal_handlers_disconnect_by_data (f->store, &log);
}

static void
on_place_changed (SvStore *store,
                  gint64   place_id,
                  int      change,
                  guint   *count)
{
  (*count)++;
}

/* The caller of a user action rolls back on failure, whether the failing
 * call rolled back already (a missing row) or refused before it began (a
 * blank name); after that, saves commit at once again. */
static void
test_rollback_after_failure (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPlace) kept = sv_place_new ();
  g_autoptr (SvPlace) missing = sv_place_new ();
  g_autoptr (SvPlace) blank = sv_place_new ();
  g_autoptr (GPtrArray) places = NULL;
  guint count = 0;

  g_signal_connect (f->store, "place-changed", G_CALLBACK (on_place_changed), &count);
  sv_place_set_name (kept, "Yuzu Kitchen");
  sv_place_set_id (missing, 4242);
  sv_place_set_name (missing, "Nowhere");

  g_assert_true (sv_store_begin (f->store, &error));
  g_assert_true (sv_store_save_place (f->store, kept, &error));
  g_assert_false (sv_store_save_place (f->store, missing, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  sv_store_rollback (f->store);
  g_assert_cmpuint (count, ==, 0);
  places = sv_store_list_places (f->store, 0, &error);
  g_assert_cmpuint (places->len, ==, 0);
  g_clear_pointer (&places, g_ptr_array_unref);

  g_assert_true (sv_store_begin (f->store, &error));
  g_assert_false (sv_store_save_place (f->store, blank, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID);
  g_clear_error (&error);
  sv_store_rollback (f->store);

  sv_place_set_id (kept, 0);
  g_assert_true (sv_store_save_place (f->store, kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);
  places = sv_store_list_places (f->store, 0, &error);
  g_assert_cmpuint (places->len, ==, 1);

  g_signal_handlers_disconnect_by_data (f->store, &count);
}

/* Places an import can reuse */

static SvPlace *
add_place (SvStore    *store,
           const char *name,
           gboolean    has_location,
           double      latitude,
           double      longitude)
{
  g_autoptr (GError) error = NULL;
  SvPlace *place = sv_place_new ();

  sv_place_set_name (place, name);
  if (has_location)
    g_assert_true (sv_place_set_location (place, latitude, longitude, &error));
  g_assert_true (sv_store_save_place (store, place, &error));
  g_assert_no_error (error);

  return place;
}

static void
test_place_find (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPlace) venue = add_place (f->store, "Convention Center", TRUE, 40.4459, -79.9965);
  g_autoptr (SvPlace) elsewhere = add_place (f->store, "Convention Center", TRUE, 48.8566, 2.3522);
  g_autoptr (SvPlace) nowhere = add_place (f->store, "Convention Center", FALSE, 0, 0);
  g_autoptr (SvPlace) found = NULL;

  found = sv_store_find_place (f->store, "Convention Center", TRUE, 40.4459, -79.9965, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (sv_place_get_id (found), ==, sv_place_get_id (venue));
  g_clear_object (&found);

  /* The same name elsewhere, or with no location, is another place. */
  found = sv_store_find_place (f->store, "Convention Center", TRUE, 48.8566, 2.3522, &error);
  g_assert_cmpint (sv_place_get_id (found), ==, sv_place_get_id (elsewhere));
  g_clear_object (&found);
  found = sv_store_find_place (f->store, "Convention Center", FALSE, 0, 0, &error);
  g_assert_cmpint (sv_place_get_id (found), ==, sv_place_get_id (nowhere));
  g_clear_object (&found);

  /* Close is not the same: a place a street away is another place. */
  found = sv_store_find_place (f->store, "Convention Center", TRUE, 40.4460, -79.9965, &error);
  g_assert_no_error (error);
  g_assert_null (found);
  found = sv_store_find_place (f->store, "convention center", TRUE, 40.4459, -79.9965, &error);
  g_assert_no_error (error);
  g_assert_null (found);
}

/* Files: migrations and refusals */

static void
test_second_connection (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) other = NULL;
  g_autoptr (SvStore) memory = NULL;
  g_autoptr (SvStore) same = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_autoptr (SvTrip) seen = NULL;
  g_autoptr (SvTrip) second = NULL;
  g_autoptr (GPtrArray) trips = NULL;

  other = sv_store_open_connection (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (other != f->store);
  g_assert_cmpstr (sv_store_get_path (other), ==, f->path);

  /* Each connection sees what the other commits. */
  seen = sv_store_get_trip (other, sv_trip_get_id (trip), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sv_trip_get_title (seen), ==, "PyCon US 2024");
  second = add_trip (other, "EuroPython 2024", "2024-07-08", "2024-07-14");
  trips = sv_store_list_trips (f->store, &error);
  g_assert_cmpuint (trips->len, ==, 2);
  g_assert_finalize_object (g_steal_pointer (&other));

  /* An in-memory scrapbook has one connection only. */
  memory = sv_store_new_in_memory (&error);
  g_assert_no_error (error);
  same = sv_store_open_connection (memory, &error);
  g_assert_no_error (error);
  g_assert_true (same == memory);
}


static void
test_migrate_empty_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("souvenir-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.souvenir", NULL);
  g_autoptr (SvStore) store = NULL;
  g_autoptr (GPtrArray) trips = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));

  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sv_store_get_schema_version (store), ==, SV_STORE_SCHEMA_VERSION);
  trips = sv_store_list_trips (store, &error);
  g_assert_cmpuint (trips->len, ==, 0);
  g_clear_object (&store);

  /* Reopening finds the schema in place and does not migrate again. */
  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sv_store_get_schema_version (store), ==, SV_STORE_SCHEMA_VERSION);
  g_assert_finalize_object (g_steal_pointer (&store));

  remove_dir (dir);
}

static void
test_create_in_new_folder (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("souvenir-test-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "souvenir", NULL);
  g_autofree char *path = g_build_filename (sub, "scrapbook.db", NULL);
  g_autoptr (SvStore) store = sv_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_finalize_object (g_steal_pointer (&store));

  remove_dir (sub);
  remove_dir (dir);
}

/* Opens PATH expecting CODE, and checks the file was not touched. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = read_bytes (path);
  g_autoptr (GBytes) after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  SvStore         *store;

  store = sv_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, SV_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
make_sqlite_file (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_refuse_newer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("souvenir-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "newer.souvenir", NULL);
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE trip (id INTEGER PRIMARY KEY);"
                                          "PRAGMA user_version = %d;",
                                          SV_STORE_SCHEMA_VERSION + 1);

  make_sqlite_file (path, sql);
  assert_refused (path, SV_STORE_ERROR_TOO_NEW);
  remove_dir (dir);
}

static void
test_refuse_not_a_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("souvenir-test-XXXXXX", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.souvenir", NULL);
  g_autofree char *other = g_build_filename (dir, "other-app.souvenir", NULL);

  /* Plain text. */
  g_assert_true (g_file_set_contents (text, "My PyCon notes\nnot a database at all\n", -1, NULL));
  assert_refused (text, SV_STORE_ERROR_NOT_A_DATABASE);

  /* Another program's SQLite file. */
  make_sqlite_file (other, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);"
                           "INSERT INTO invoices VALUES (1, 9.5);");
  assert_refused (other, SV_STORE_ERROR_NOT_A_DATABASE);

  remove_dir (dir);
}

static void
test_refuse_corrupt (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("souvenir-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "corrupt.souvenir", NULL);
  g_autoptr (SvStore) store = NULL;
  g_autofree char *contents = NULL;
  gsize            length = 0;
  gint64           trip_id = 0;

  /* A real scrapbook, checkpointed into one file, then damaged in the
   * middle of its pages (the header stays intact). */
  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  for (int i = 0; i < 40; i++)
    {
      g_autoptr (SvTrip) trip = add_trip (store, "PyCon US 2024", "2024-05-16", "2024-05-19");

      trip_id = sv_trip_get_id (trip);
      for (int j = 0; j < 10; j++)
        g_object_unref (add_entry (store, trip_id, "2024-05-17", j * 60, SV_ENTRY_KIND_TALK,
                                   "A talk with a title long enough to fill some pages"));
    }
  g_assert_finalize_object (g_steal_pointer (&store));

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  for (gsize i = 2 * 4096; i < length; i += 4096)
    memset (contents + i, 0xA5, 200);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  assert_refused (path, SV_STORE_ERROR_CORRUPT);
  remove_dir (dir);
}

/* root may write anywhere, whatever the mode says: as root this runs as
 * nobody. */
static void
test_open_read_only (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvTrip) trip = NULL;
  g_autoptr (GPtrArray) trips = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;
  g_autoptr (SvStore) worker = NULL;

  if (test_util_run_as_nobody ())
    return;

  dir = g_dir_make_tmp ("souvenir-test-XXXXXX", NULL);
  path = g_build_filename (dir, "read-only.souvenir", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (sv_store_is_read_only (store));
  trip = add_trip (store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  if (g_access (path, W_OK) == 0)
    {
      g_test_skip ("this user may write read-only files, and is not root to run this as nobody");
      remove_dir (dir);
      return;
    }

  /* It opens for reading: trips, search and a worker's connection work,
   * every change is refused, and the file and its folder stay as they were. */
  before = read_bytes (path);
  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sv_store_is_read_only (store));
  trips = sv_store_list_trips (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trips->len, ==, 1);
  found = sv_store_search (store, "PyCon", 10, &error);
  g_assert_no_error (error);
  worker = sv_store_open_connection (store, &error);
  g_assert_no_error (error);
  g_assert_true (sv_store_is_read_only (worker));
  g_clear_object (&worker);

  sv_trip_set_title (trip, "Renamed");
  g_assert_false (sv_store_save_trip (store, trip, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (sv_store_trash_trip (store, sv_trip_get_id (trip), &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_finalize_object (g_steal_pointer (&store));

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_clear_pointer (&after, g_bytes_unref);

  /* A writable file in a folder that is not: SQLite could not keep its
   * -wal beside it, so it is read-only too. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sv_store_is_read_only (store));
  g_assert_finalize_object (g_steal_pointer (&store));
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);

  remove_dir (dir);
}

/* Saving with position 0 moves later entries down silently: the day's
 * positions are how a view that keeps entries learns about it. */
static void
test_day_positions (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = add_trip (f->store, "PyCon US 2024", "2024-05-16", "2024-05-19");
  gint64 id = sv_trip_get_id (trip);
  g_autoptr (SvEntry) keynote = add_entry (f->store, id, "2024-05-17", 9 * 60, SV_ENTRY_KIND_KEYNOTE, "Keynote");
  g_autoptr (SvEntry) talk = add_entry (f->store, id, "2024-05-17", 11 * 60, SV_ENTRY_KIND_TALK, "Lynn Root");
  g_autoptr (SvEntry) other_day = add_entry (f->store, id, "2024-05-18", 10 * 60, SV_ENTRY_KIND_TALK, "Other day");
  g_autoptr (SvEntry) note = add_entry (f->store, id, NULL, -1, SV_ENTRY_KIND_NOTE, "The Venue");
  g_autoptr (SvEntry) middle = NULL;
  g_autoptr (GArray) positions = NULL;
  SvEntryPosition *p;

  middle = add_entry (f->store, id, "2024-05-17", 10 * 60, SV_ENTRY_KIND_TALK, "In between");
  g_assert_cmpint (sv_entry_get_position (middle), ==, sv_entry_get_position (talk));

  positions = sv_store_list_day_positions (f->store, id, "2024-05-17", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (positions->len, ==, 3);
  p = (SvEntryPosition *) positions->data;
  g_assert_cmpint (p[0].entry_id, ==, sv_entry_get_id (keynote));
  g_assert_cmpint (p[1].entry_id, ==, sv_entry_get_id (middle));
  g_assert_cmpint (p[1].position, ==, sv_entry_get_position (middle));
  g_assert_cmpint (p[2].entry_id, ==, sv_entry_get_id (talk));
  g_assert_cmpint (p[2].position, >, p[1].position);
  g_clear_pointer (&positions, g_array_unref);

  /* Trashed entries are not part of the day; NULL is the trip's notes. */
  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (middle), &error));
  positions = sv_store_list_day_positions (f->store, id, "2024-05-17", &error);
  g_assert_cmpuint (positions->len, ==, 2);
  g_clear_pointer (&positions, g_array_unref);

  positions = sv_store_list_day_positions (f->store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (positions->len, ==, 1);
  g_assert_cmpint (g_array_index (positions, SvEntryPosition, 0).entry_id, ==, sv_entry_get_id (note));
  g_clear_pointer (&positions, g_array_unref);

  positions = sv_store_list_day_positions (f->store, id, "2024-05-19", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (positions->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/souvenir/store/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("trip/crud", test_trip_crud);
  ADD ("trip/invalid", test_trip_invalid);
  ADD ("trip/trash-restore", test_trip_trash_and_restore);
  ADD ("entry/crud", test_entry_crud);
  ADD ("entry/invalid", test_entry_invalid);
  ADD ("entry/meal-and-place", test_entry_meal_and_place);
  ADD ("entry/trash-restore", test_entry_trash_restore);
  ADD ("entry/timeline-order", test_timeline_order);
  ADD ("cascade", test_cascade);
  ADD ("photo/crud", test_photo_crud);
  ADD ("person-and-tag", test_person_and_tag);
  ADD ("search", test_search);
  ADD ("signals", test_signals);
  ADD ("transaction/rollback-after-failure", test_rollback_after_failure);
  ADD ("place/find", test_place_find);
  ADD ("file/second-connection", test_second_connection);
  ADD ("entry/day-positions", test_day_positions);

#undef ADD

  g_test_add_func ("/souvenir/store/file/migrate-empty", test_migrate_empty_file);
  g_test_add_func ("/souvenir/store/file/create-folder", test_create_in_new_folder);
  g_test_add_func ("/souvenir/store/file/refuse-newer", test_refuse_newer);
  g_test_add_func ("/souvenir/store/file/refuse-not-a-database", test_refuse_not_a_database);
  g_test_add_func ("/souvenir/store/file/refuse-corrupt", test_refuse_corrupt);
  g_test_add_func ("/souvenir/store/file/open-read-only", test_open_read_only);

  return g_test_run ();
}
