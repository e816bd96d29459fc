/* test-xhtml-import.c: the blog import: round trips, and refusals that leave the scrapbook alone.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "fixture-trips.h"
#include "sv-demo.h"
#include "sv-xhtml-importer.h"
#include "test-util.h"
#include "xhtml-test-util.h"

typedef XhtmlFixture Fixture;

static gint64
add_demo (SvStore *store)
{
  g_autoptr (GError) error = NULL;
  gint64 trip_id = 0;

  g_assert_true (sv_demo_populate (store, &trip_id, &error));
  g_assert_no_error (error);
  return trip_id;
}

static SvStore *
open_store (Fixture    *f,
            const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = xhtml_fixture_path (f, name);
  SvStore         *store = sv_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static char *
export_trip (Fixture    *f,
             SvStore    *store,
             gint64      trip_id,
             const char *name,
             gboolean    fragment,
             gboolean    embed_images)
{
  g_autoptr (SvXhtmlExporter) exporter = sv_xhtml_exporter_new (store, trip_id);

  sv_xhtml_exporter_set_fragment (exporter, fragment);
  sv_xhtml_exporter_set_embed_images (exporter, embed_images);
  return xhtml_export (f, exporter, name);
}

static gint64
import_file (SvStore    *store,
             const char *path,
             GError    **error)
{
  g_autoptr (SvXhtmlImporter) importer = sv_xhtml_importer_new (store);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return sv_xhtml_importer_import (importer, file, NULL, error);
}

/* Everything a user can see of a scrapbook, as one string. */
static char *
dup_fingerprint (SvStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) trips = sv_store_list_trips (store, &error);
  g_autoptr (GPtrArray) places = sv_store_list_places (store, 0, &error);
  g_autoptr (GPtrArray) persons = sv_store_list_persons (store, &error);
  g_autoptr (GPtrArray) tags = sv_store_list_tags (store, &error);
  g_autoptr (GPtrArray) results = sv_store_search (store, "Pittsburgh", 0, &error);
  GString *print = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < trips->len; i++)
    {
      SvTrip     *trip = g_ptr_array_index (trips, i);
      SvTripStats stats;

      g_assert_true (sv_store_get_trip_stats (store, sv_trip_get_id (trip), &stats, &error));
      g_string_append_printf (print, "trip %" G_GINT64_FORMAT " %s: %u entries, %u photos, %u places\n",
                              sv_trip_get_id (trip), sv_trip_get_title (trip), stats.entries, stats.photos,
                              stats.places);
    }
  for (guint i = 0; i < places->len; i++)
    g_string_append_printf (print, "place %s\n", sv_place_get_name (g_ptr_array_index (places, i)));
  for (guint i = 0; i < persons->len; i++)
    g_string_append_printf (print, "person %s\n", sv_person_get_name (g_ptr_array_index (persons, i)));
  for (guint i = 0; i < tags->len; i++)
    g_string_append_printf (print, "tag %s\n", sv_tag_get_name (g_ptr_array_index (tags, i)));
  g_string_append_printf (print, "found %u\n", results->len);

  return g_string_free (print, FALSE);
}

/* Round trips */

static void
assert_round_trip (Fixture *f,
                   SvStore *from,
                   gint64   trip_id,
                   gboolean fragment,
                   gboolean embed_images,
                   SvStore *into,
                   gint64  *imported_id)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("trip-%d%d.xhtml", fragment, embed_images);
  g_autofree char *again_name = g_strdup_printf ("again-%d%d.xhtml", fragment, embed_images);
  g_autofree char *path = xhtml_fixture_path (f, name);
  g_autofree char *first = export_trip (f, from, trip_id, name, fragment, embed_images);
  g_autofree char *second = NULL;
  g_autofree char *first_blank = NULL;
  g_autofree char *second_blank = NULL;
  gint64           new_id;

  new_id = import_file (into, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_id, >, 0);

  second = export_trip (f, into, new_id, again_name, fragment, embed_images);
  first_blank = xhtml_without_time (first);
  second_blank = xhtml_without_time (second);
  if (!embed_images)
    {
      /* The photos' folder is named after the file. */
      g_autofree char *old_folder = g_strdup_printf ("trip-%d%d_files", fragment, embed_images);
      g_autofree char *new_folder = g_strdup_printf ("again-%d%d_files", fragment, embed_images);
      g_auto (GStrv) parts = g_strsplit (second_blank, new_folder, -1);

      g_free (second_blank);
      second_blank = g_strjoinv (old_folder, parts);
    }
  g_assert_cmpstr (second_blank, ==, first_blank);

  if (imported_id != NULL)
    *imported_id = new_id;
}

static void
test_round_trip_demo (Fixture      *f,
                      gconstpointer data)
{
  gint64 trip_id = add_demo (f->store);
  g_autoptr (SvStore) other = open_store (f, "other.souvenir");

  assert_round_trip (f, f->store, trip_id, FALSE, FALSE, other, NULL);
  assert_round_trip (f, f->store, trip_id, TRUE, FALSE, other, NULL);
  g_assert_finalize_object (g_steal_pointer (&other));
}

static void
assert_same_strv (const char * const *a,
                  const char * const *b)
{
  g_assert_cmpuint (a ? g_strv_length ((GStrv) a) : 0, ==, b ? g_strv_length ((GStrv) b) : 0);
  for (guint i = 0; a != NULL && a[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static void
assert_same_photos (SvStore *a,
                    SvEntry *ea,
                    SvStore *b,
                    SvEntry *eb)
{
  g_autoptr (GPtrArray) pa = sv_store_list_photos (a, sv_entry_get_id (ea), NULL);
  g_autoptr (GPtrArray) pb = sv_store_list_photos (b, sv_entry_get_id (eb), NULL);

  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      SvPhoto *x = g_ptr_array_index (pa, i);
      SvPhoto *y = g_ptr_array_index (pb, i);
      g_autoptr (GBytes) bx = sv_store_load_photo_bytes (a, sv_photo_get_id (x), NULL);
      g_autoptr (GBytes) by = sv_store_load_photo_bytes (b, sv_photo_get_id (y), NULL);

      g_assert_true (g_bytes_equal (bx, by));
      g_assert_cmpstr (sv_photo_get_mime_type (x), ==, sv_photo_get_mime_type (y));
      g_assert_cmpint (sv_photo_get_width (x), ==, sv_photo_get_width (y));
      g_assert_cmpint (sv_photo_get_height (x), ==, sv_photo_get_height (y));
      g_assert_cmpstr (sv_photo_get_caption (x), ==, sv_photo_get_caption (y));
    }
}

static void
assert_same_place (SvStore *a,
                   SvEntry *ea,
                   SvStore *b,
                   SvEntry *eb)
{
  g_autoptr (SvPlace) pa = NULL;
  g_autoptr (SvPlace) pb = NULL;

  g_assert_cmpint (sv_entry_get_place_id (ea) != 0, ==, sv_entry_get_place_id (eb) != 0);
  if (sv_entry_get_place_id (ea) == 0)
    return;

  pa = sv_store_get_place (a, sv_entry_get_place_id (ea), NULL);
  pb = sv_store_get_place (b, sv_entry_get_place_id (eb), NULL);
  g_assert_cmpstr (sv_place_get_name (pa), ==, sv_place_get_name (pb));
  g_assert_cmpint (sv_place_get_category (pa), ==, sv_place_get_category (pb));
  g_assert_cmpstr (sv_place_get_address (pa), ==, sv_place_get_address (pb));
  g_assert_cmpstr (sv_place_get_url (pa), ==, sv_place_get_url (pb));
  g_assert_cmpint (sv_place_get_has_location (pa), ==, sv_place_get_has_location (pb));
  g_assert_true (sv_place_get_latitude (pa) == sv_place_get_latitude (pb));
  g_assert_true (sv_place_get_longitude (pa) == sv_place_get_longitude (pb));
}

/* Every field of every entry, in the same order, with its photos. */
static void
assert_same_trip (SvStore *a,
                  gint64   trip_a,
                  SvStore *b,
                  gint64   trip_b)
{
  g_autoptr (SvTrip) ta = sv_store_get_trip (a, trip_a, NULL);
  g_autoptr (SvTrip) tb = sv_store_get_trip (b, trip_b, NULL);
  g_autoptr (GPtrArray) ea = sv_store_list_entries (a, trip_a, NULL);
  g_autoptr (GPtrArray) eb = sv_store_list_entries (b, trip_b, NULL);

  g_assert_cmpstr (sv_trip_get_title (ta), ==, sv_trip_get_title (tb));
  g_assert_cmpstr (sv_trip_get_event (ta), ==, sv_trip_get_event (tb));
  g_assert_cmpstr (sv_trip_get_city (ta), ==, sv_trip_get_city (tb));
  g_assert_cmpstr (sv_trip_get_country (ta), ==, sv_trip_get_country (tb));
  g_assert_cmpstr (sv_trip_get_start_date (ta), ==, sv_trip_get_start_date (tb));
  g_assert_cmpstr (sv_trip_get_end_date (ta), ==, sv_trip_get_end_date (tb));
  g_assert_cmpstr (sv_trip_get_url (ta), ==, sv_trip_get_url (tb));
  g_assert_cmpstr (sv_trip_get_summary (ta), ==, sv_trip_get_summary (tb));
  g_assert_cmpint (sv_trip_get_cover_photo_id (ta) != 0, ==, sv_trip_get_cover_photo_id (tb) != 0);
  if (sv_trip_get_cover_photo_id (ta) != 0)
    {
      g_autoptr (GBytes) ca = sv_store_load_photo_bytes (a, sv_trip_get_cover_photo_id (ta), NULL);
      g_autoptr (GBytes) cb = sv_store_load_photo_bytes (b, sv_trip_get_cover_photo_id (tb), NULL);

      g_assert_true (g_bytes_equal (ca, cb));
    }

  g_assert_cmpuint (ea->len, ==, eb->len);
  for (guint i = 0; i < ea->len; i++)
    {
      SvEntry *x = g_ptr_array_index (ea, i);
      SvEntry *y = g_ptr_array_index (eb, i);
      SvTalk  *tx = sv_entry_get_talk (x);
      SvTalk  *ty = sv_entry_get_talk (y);
      SvMeal  *mx = sv_entry_get_meal (x);
      SvMeal  *my = sv_entry_get_meal (y);

      g_assert_cmpstr (sv_entry_get_title (x), ==, sv_entry_get_title (y));
      g_assert_cmpstr (sv_entry_get_day (x), ==, sv_entry_get_day (y));
      g_assert_cmpint (sv_entry_get_start_time (x), ==, sv_entry_get_start_time (y));
      g_assert_cmpint (sv_entry_get_end_time (x), ==, sv_entry_get_end_time (y));
      g_assert_cmpint (sv_entry_get_kind (x), ==, sv_entry_get_kind (y));
      g_assert_cmpstr (sv_entry_get_body (x), ==, sv_entry_get_body (y));
      g_assert_cmpint (sv_entry_get_rating (x), ==, sv_entry_get_rating (y));
      g_assert_cmpint (sv_entry_get_highlight (x), ==, sv_entry_get_highlight (y));
      g_assert_cmpint (sv_entry_get_private (x), ==, sv_entry_get_private (y));
      assert_same_strv (sv_entry_get_speakers (x), sv_entry_get_speakers (y));
      assert_same_strv (sv_entry_get_people (x), sv_entry_get_people (y));
      assert_same_strv (sv_entry_get_tags (x), sv_entry_get_tags (y));
      assert_same_place (a, x, b, y);
      assert_same_photos (a, x, b, y);

      g_assert_cmpint (tx != NULL, ==, ty != NULL);
      if (tx != NULL)
        {
          g_assert_cmpstr (sv_talk_get_room (tx), ==, sv_talk_get_room (ty));
          g_assert_cmpstr (sv_talk_get_track (tx), ==, sv_talk_get_track (ty));
          g_assert_cmpint (sv_talk_get_role (tx), ==, sv_talk_get_role (ty));
          g_assert_cmpstr (sv_talk_get_video_url (tx), ==, sv_talk_get_video_url (ty));
          g_assert_cmpstr (sv_talk_get_slides_url (tx), ==, sv_talk_get_slides_url (ty));
          g_assert_cmpint (sv_talk_get_recommended (tx), ==, sv_talk_get_recommended (ty));
        }

      g_assert_cmpint (mx != NULL, ==, my != NULL);
      if (mx != NULL)
        {
          g_assert_cmpint (sv_meal_get_meal_type (mx), ==, sv_meal_get_meal_type (my));
          g_assert_cmpstr (sv_meal_get_dishes (mx), ==, sv_meal_get_dishes (my));
          g_assert_true (sv_meal_get_price (mx) == sv_meal_get_price (my));
          g_assert_cmpstr (sv_meal_get_currency (mx), ==, sv_meal_get_currency (my));
          g_assert_cmpint (sv_meal_get_favourite_rank (mx), ==, sv_meal_get_favourite_rank (my));
        }
    }
}

static void
test_round_trip_photos (Fixture      *f,
                        gconstpointer data)
{
  gint64 trip_id = fixture_add_photo_trip (f->store, f->fixtures);
  g_autoptr (SvStore) other = open_store (f, "other.souvenir");
  gint64 imported = 0;

  /* Every field, photos from the folder beside the file and from inside
   * it, the same document again. */
  assert_round_trip (f, f->store, trip_id, FALSE, FALSE, other, &imported);
  assert_same_trip (f->store, trip_id, other, imported);
  assert_round_trip (f, f->store, trip_id, FALSE, TRUE, other, &imported);
  assert_same_trip (f->store, trip_id, other, imported);
  assert_round_trip (f, f->store, trip_id, TRUE, FALSE, other, &imported);
  assert_same_trip (f->store, trip_id, other, imported);

  g_assert_finalize_object (g_steal_pointer (&other));
}

static void
test_round_trip_hostile (Fixture      *f,
                         gconstpointer data)
{
  gint64 trip_id = fixture_add_hostile_trip (f->store, f->fixtures);
  g_autoptr (SvStore) other = open_store (f, "other.souvenir");
  gint64 imported = 0;
  g_autoptr (SvTrip) trip = NULL;

  /* What comes back is the text as exported: inert, control characters
   * gone, and the same document again. */
  assert_round_trip (f, f->store, trip_id, FALSE, TRUE, other, &imported);
  trip = sv_store_get_trip (other, imported, NULL);
  g_assert_cmpstr (sv_trip_get_title (trip), ==, FIXTURE_HOSTILE_TITLE);
  assert_round_trip (f, f->store, trip_id, TRUE, FALSE, other, NULL);

  g_assert_finalize_object (g_steal_pointer (&other));
}

static void
test_places_reused (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64           trip_id = add_demo (f->store);
  g_autofree char *path = xhtml_fixture_path (f, "pycon.xhtml");
  g_autofree char *document = export_trip (f, f->store, trip_id, "pycon.xhtml", FALSE, FALSE);
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GPtrArray) trips = NULL;
  gint64 imported;

  imported = import_file (f->store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (imported, !=, trip_id);

  /* A second PyCon, at the same nine places. */
  trips = sv_store_list_trips (f->store, &error);
  g_assert_cmpuint (trips->len, ==, 2);
  places = sv_store_list_places (f->store, 0, &error);
  g_assert_cmpuint (places->len, ==, 9);
  assert_same_trip (f->store, trip_id, f->store, imported);
}

static void
test_async (Fixture      *f,
            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64           trip_id = fixture_add_photo_trip (f->store, f->fixtures);
  g_autofree char *path = xhtml_fixture_path (f, "photos.xhtml");
  g_autofree char *document = export_trip (f, f->store, trip_id, "photos.xhtml", FALSE, FALSE);
  SvXhtmlImporter *importer = sv_xhtml_importer_new (f->store);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64           imported;

  /* Written in a thread, through another connection: this one sees it. */
  sv_xhtml_importer_import_async (importer, file, NULL, xhtml_keep_result, &result);
  xhtml_wait (&result);
  imported = sv_xhtml_importer_import_finish (importer, result, &error);
  g_assert_no_error (error);
  assert_same_trip (f->store, trip_id, f->store, imported);
  g_clear_object (&result);

  /* Cancelled, it writes nothing. */
  before = dup_fingerprint (f->store);
  g_cancellable_cancel (cancellable);
  sv_xhtml_importer_import_async (importer, file, cancellable, xhtml_keep_result, &result);
  xhtml_wait (&result);
  g_assert_cmpint (sv_xhtml_importer_import_finish (importer, result, &error), ==, 0);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  after = dup_fingerprint (f->store);
  g_assert_cmpstr (after, ==, before);

  g_clear_object (&result);
  xhtml_unref_and_wait (importer);
}

/* Refusals */

/* Imports PATH expecting CODE, and checks that the scrapbook is as it was. */
static void
assert_refused_path (Fixture    *f,
                     const char *path,
                     guint64     max_size,
                     int         code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvXhtmlImporter) importer = sv_xhtml_importer_new (f->store);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *before = dup_fingerprint (f->store);
  g_autofree char *after = NULL;

  if (max_size > 0)
    sv_xhtml_importer_set_max_size (importer, max_size);

  g_assert_cmpint (sv_xhtml_importer_import (importer, file, NULL, &error), ==, 0);
  g_assert_error (error, SV_IMPORT_ERROR, code);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("%s: %s", path, error->message);

  after = dup_fingerprint (f->store);
  g_assert_cmpstr (after, ==, before);
}

static void
assert_refused (Fixture    *f,
                const char *contents,
                int         code)
{
  g_autofree char *path = xhtml_fixture_path (f, "refused.xhtml");

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  assert_refused_path (f, path, 0, code);
}

static char *
replace (const char *text,
         const char *pattern,
         const char *replacement)
{
  g_autoptr (GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  char *replaced = g_regex_replace (regex, text, -1, 0, replacement, 0, NULL);

  /* A case that changes nothing tests nothing. */
  g_assert_cmpstr (replaced, !=, text);
  return replaced;
}

static void
test_refuse_malformed (Fixture      *f,
                       gconstpointer data)
{
  gint64           trip_id = add_demo (f->store);
  g_autofree char *page = export_trip (f, f->store, trip_id, "pycon.xhtml", FALSE, FALSE);
  g_autofree char *half = g_strndup (page, strlen (page) / 2);
  g_autofree char *no_namespace = replace (page, " xmlns=\"http://www.w3.org/1999/xhtml\"", "");
  g_autofree char *newer = replace (page, "data-souvenir=\"1\"", "data-souvenir=\"2\"");
  g_autofree char *bad_time = replace (page, "datetime=\"2024-05-17T09:00\"", "datetime=\"2024-05-17T25:00\"");
  g_autofree char *bad_day = replace (page, "data-day=\"2024-05-18\"", "data-day=\"2024-02-30\"");
  g_autofree char *bad_kind = replace (page, "data-kind=\"keynote\"", "data-kind=\"party\"");
  g_autofree char *bad_rating = replace (page, "data-rating=\"3\"", "data-rating=\"7\"");
  g_autofree char *bad_place = replace (page, "value=\"40.4459\"", "value=\"140.4459\"");
  g_autofree char *no_title = replace (page, ">The Conference<", "><");

  assert_refused (f, "", SV_IMPORT_ERROR_MALFORMED);
  assert_refused (f, "These are my notes about PyCon, not a blog post.\n", SV_IMPORT_ERROR_MALFORMED);
  assert_refused (f, half, SV_IMPORT_ERROR_MALFORMED);
  assert_refused (f, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Mine</title>"
                     "</head><body><article><h1>My trip</h1><p>Written by hand.</p></article></body></html>\n",
                  SV_IMPORT_ERROR_NOT_OURS);
  assert_refused (f, no_namespace, SV_IMPORT_ERROR_NOT_OURS);
  assert_refused (f, newer, SV_IMPORT_ERROR_TOO_NEW);
  assert_refused (f, bad_time, SV_IMPORT_ERROR_INVALID);
  assert_refused (f, bad_day, SV_IMPORT_ERROR_INVALID);
  assert_refused (f, bad_kind, SV_IMPORT_ERROR_INVALID);
  assert_refused (f, bad_rating, SV_IMPORT_ERROR_INVALID);
  assert_refused (f, bad_place, SV_IMPORT_ERROR_INVALID);
  assert_refused (f, no_title, SV_IMPORT_ERROR_INVALID);
}

static void
test_refuse_too_large (Fixture      *f,
                       gconstpointer data)
{
  gint64           trip_id = add_demo (f->store);
  g_autofree char *page = export_trip (f, f->store, trip_id, "pycon.xhtml", FALSE, FALSE);
  g_autofree char *path = xhtml_fixture_path (f, "pycon.xhtml");
  GString         *deep = g_string_new (NULL);
  g_autofree char *too_deep = NULL;

  assert_refused_path (f, path, 1024, SV_IMPORT_ERROR_TOO_LARGE);

  for (int i = 0; i < 100; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, "deep");
  for (int i = 0; i < 100; i++)
    g_string_append (deep, "</div>");
  g_string_append (deep, "<p dir=\"auto\">Funny, moving");
  too_deep = replace (page, "<p dir=\"auto\">Funny, moving", deep->str);
  g_string_free (deep, TRUE);
  assert_refused (f, too_deep, SV_IMPORT_ERROR_TOO_LARGE);
}

static void
test_refuse_unsafe (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64           trip_id = add_demo (f->store);
  g_autofree char *page = export_trip (f, f->store, trip_id, "pycon.xhtml", FALSE, FALSE);
  g_autofree char *laughs = NULL;
  g_autofree char *laughing = NULL;
  g_autofree char *external = NULL;
  g_autofree char *reading = NULL;
  g_autofree char *dtd = NULL;
  g_autofree char *xinclude = NULL;
  g_autofree char *path = xhtml_fixture_path (f, "xinclude.xhtml");
  g_autoptr (GPtrArray) entries = NULL;
  gint64 imported;

  /* Entities that expand a billion times, entities that read files, a
   * DTD on the network: none is read, all are refused, used or not. */
  laughs = replace (page, "^<!DOCTYPE html>",
                    "<!DOCTYPE html [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>");
  assert_refused (f, laughs, SV_IMPORT_ERROR_UNSAFE);
  laughing = replace (laughs, ">The Conference<", ">&d;<");
  assert_refused (f, laughing, SV_IMPORT_ERROR_UNSAFE);

  external = replace (page, "^<!DOCTYPE html>", "<!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>");
  reading = replace (external, ">The Conference<", ">&secret;<");
  assert_refused (f, reading, SV_IMPORT_ERROR_UNSAFE);

  dtd = replace (page, "^<!DOCTYPE html>",
                 "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                 "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">");
  assert_refused (f, dtd, SV_IMPORT_ERROR_UNSAFE);

  /* XInclude is never processed: an include is an element of no meaning,
   * and the file it names stays unread. */
  xinclude = replace (page, ">About 2,700",
                      "><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" "
                      "parse=\"text\"/>About 2,700");
  g_assert_true (g_file_set_contents (path, xinclude, -1, NULL));
  imported = import_file (f->store, path, &error);
  g_assert_no_error (error);
  entries = sv_store_list_entries (f->store, imported, &error);
  g_assert_true (g_str_has_prefix (sv_entry_get_body (g_ptr_array_index (entries, 0)), "About 2,700"));
}

static void
test_refuse_photos (Fixture      *f,
                    gconstpointer data)
{
  gint64           trip_id = fixture_add_photo_trip (f->store, f->fixtures);
  g_autofree char *embedded = export_trip (f, f->store, trip_id, "embedded.xhtml", FALSE, TRUE);
  g_autofree char *beside = export_trip (f, f->store, trip_id, "beside.xhtml", FALSE, FALSE);
  g_autoptr (GBytes) png = fixture_load (f->fixtures, "photo.png");
  g_autofree char *cut_base64 = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png) - 30);
  g_autofree char *cut_uri = g_strconcat ("src=\"data:image/png;base64,", cut_base64, "\"", NULL);
  g_autofree char *broken = replace (embedded, "src=\"data:image/png;base64,[^\"]*\"", cut_uri);
  g_autofree char *garbled = replace (embedded, "src=\"data:image/jpeg;base64,", "src=\"data:image/jpeg;base64,*%$");
  g_autofree char *network = replace (embedded, "src=\"data:image/png;base64,[^\"]*\"",
                                      "src=\"https://example.org/photo.png\"");
  g_autofree char *scheme = replace (embedded, "src=\"data:image/png;base64,[^\"]*\"", "src=\"file:///etc/passwd\"");
  g_autofree char *folder = xhtml_fixture_path (f, "beside_files");
  g_autofree char *beside_path = xhtml_fixture_path (f, "beside.xhtml");
  const char      *escapes[] = { "../beside_files/", "/etc/", "beside_files/../../", "beside_files%2F..%2F",
                                 "beside_files/sub/", "./beside_files/", "_files/", NULL };
  g_autoptr (GDir) dir = NULL;
  const char *name;

  assert_refused (f, broken, SV_IMPORT_ERROR_INVALID);
  assert_refused (f, garbled, SV_IMPORT_ERROR_INVALID);
  assert_refused (f, network, SV_IMPORT_ERROR_UNSAFE);
  assert_refused (f, scheme, SV_IMPORT_ERROR_UNSAFE);

  /* Photos come from their own folder, never from elsewhere. */
  for (guint i = 0; escapes[i] != NULL; i++)
    {
      g_autofree char *attribute = g_strconcat ("src=\"", escapes[i], NULL);
      g_autofree char *escaping = replace (beside, "src=\"beside_files/", attribute);

      assert_refused (f, escaping, SV_IMPORT_ERROR_UNSAFE);
    }

  /* A photo in the folder that is damaged, or a link to somewhere else. */
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *photo = g_build_filename (folder, name, NULL);

      if (g_str_has_suffix (name, ".png"))
        {
          g_assert_true (g_file_set_contents (photo, "not a PNG at all", -1, NULL));
          assert_refused_path (f, beside_path, 0, SV_IMPORT_ERROR_INVALID);
          g_assert_cmpint (g_unlink (photo), ==, 0);
          g_assert_cmpint (symlink ("/etc/hostname", photo), ==, 0);
          assert_refused_path (f, beside_path, 0, SV_IMPORT_ERROR_READ);
          break;
        }
    }

  /* No folder at all. */
  test_util_remove_tree (folder);
  assert_refused_path (f, beside_path, 0, SV_IMPORT_ERROR_READ);
}

static void
test_refuse_late (Fixture      *f,
                  gconstpointer data)
{
  gint64           demo_id = add_demo (f->store);
  gint64           photos_id = fixture_add_photo_trip (f->store, f->fixtures);
  g_autofree char *page = export_trip (f, f->store, demo_id, "pycon.xhtml", FALSE, FALSE);
  g_autofree char *photos = export_trip (f, f->store, photos_id, "photos.xhtml", FALSE, TRUE);
  g_autofree char *moved = NULL;
  g_autofree char *day_outside = NULL;
  g_autofree char *script_link = NULL;

  /* Values that only the scrapbook refuses, in the last entries: the trip,
   * places and entries before them were written already, and are taken
   * back. */
  moved = replace (page, "data-day=\"2024-05-19\"", "data-day=\"2024-05-25\"");
  day_outside = replace (moved, "datetime=\"2024-05-19T", "datetime=\"2024-05-25T");
  assert_refused (f, day_outside, SV_IMPORT_ERROR_INVALID);

  script_link = replace (photos, "href=\"https://example.org/slides\"", "href=\"javascript:alert(1)\"");
  assert_refused (f, script_link, SV_IMPORT_ERROR_INVALID);
}

static void
test_refuse_files (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *missing = xhtml_fixture_path (f, "missing.xhtml");

  assert_refused_path (f, missing, 0, SV_IMPORT_ERROR_READ);
  assert_refused_path (f, f->dir, 0, SV_IMPORT_ERROR_READ);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/souvenir/xhtml-import/" name, Fixture, NULL, xhtml_fixture_setup, func, xhtml_fixture_teardown)

  ADD ("round-trip/demo", test_round_trip_demo);
  ADD ("round-trip/photos", test_round_trip_photos);
  ADD ("round-trip/hostile", test_round_trip_hostile);
  ADD ("places-reused", test_places_reused);
  ADD ("async", test_async);
  ADD ("refuse/malformed", test_refuse_malformed);
  ADD ("refuse/too-large", test_refuse_too_large);
  ADD ("refuse/unsafe", test_refuse_unsafe);
  ADD ("refuse/photos", test_refuse_photos);
  ADD ("refuse/late", test_refuse_late);
  ADD ("refuse/files", test_refuse_files);

#undef ADD

  return g_test_run ();
}
