/* fixture-trips.c: trips that the export and import tests share: hostile text, photos.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fixture-trips.h"

GBytes *
fixture_load (const char *fixtures_dir,
              const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (fixtures_dir, name, NULL);
  char            *contents = NULL;
  gsize            length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static SvTrip *
save_trip (SvStore    *store,
           const char *title,
           const char *start,
           const char *end)
{
  g_autoptr (GError) error = NULL;
  SvTrip *trip = sv_trip_new ();

  sv_trip_set_title (trip, title);
  sv_trip_set_start_date (trip, start);
  sv_trip_set_end_date (trip, end);
  g_assert_true (sv_store_save_trip (store, trip, &error));
  g_assert_no_error (error);

  return trip;
}

static SvPlace *
save_place (SvStore        *store,
            const char     *name,
            SvPlaceCategory category,
            const char     *address,
            const char     *url,
            gboolean        has_location,
            double          latitude,
            double          longitude)
{
  g_autoptr (GError) error = NULL;
  SvPlace *place = sv_place_new ();

  sv_place_set_name (place, name);
  sv_place_set_category (place, category);
  sv_place_set_address (place, address);
  sv_place_set_url (place, url);
  if (has_location)
    g_assert_true (sv_place_set_location (place, latitude, longitude, &error));
  g_assert_true (sv_store_save_place (store, place, &error));
  g_assert_no_error (error);

  return place;
}

static SvEntry *
new_entry (SvTrip     *trip,
           const char *day,
           int         start,
           int         end,
           SvEntryKind kind,
           const char *title)
{
  SvEntry *entry = sv_entry_new ();

  sv_entry_set_trip_id (entry, sv_trip_get_id (trip));
  sv_entry_set_day (entry, day);
  sv_entry_set_start_time (entry, start);
  sv_entry_set_end_time (entry, end);
  sv_entry_set_kind (entry, kind);
  sv_entry_set_title (entry, title);

  return entry;
}

static void
save_entry (SvStore *store,
            SvEntry *entry)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (sv_store_save_entry (store, entry, &error));
  g_assert_no_error (error);
}

static SvPhoto *
save_photo (SvStore    *store,
            SvEntry    *entry,
            const char *fixtures_dir,
            const char *name,
            int         width,
            int         height,
            const char *caption)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = fixture_load (fixtures_dir, name);
  SvPhoto *photo = sv_photo_new ();

  sv_photo_set_entry_id (photo, sv_entry_get_id (entry));
  sv_photo_set_bytes (photo, bytes);
  sv_photo_set_mime_type (photo, g_str_has_suffix (name, ".png") ? "image/png" : "image/jpeg");
  sv_photo_set_width (photo, width);
  sv_photo_set_height (photo, height);
  sv_photo_set_caption (photo, caption);
  g_assert_true (sv_store_save_photo (store, photo, &error));
  g_assert_no_error (error);

  return photo;
}

gint64
fixture_add_hostile_trip (SvStore    *store,
                          const char *fixtures_dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = NULL;
  g_autoptr (SvPlace) place = NULL;
  g_autoptr (SvEntry) talk_entry = NULL;
  g_autoptr (SvEntry) meal_entry = NULL;
  g_autoptr (SvPhoto) photo = NULL;
  g_autoptr (GString) body = g_string_new (NULL);
  const char *speakers[] = { "<b>Bold</b> Speaker", "Ann \"Quote\" O'Neil", "محمد", NULL };
  const char *people[] = { "Eve & Mallory", "<i>Trudy</i>", NULL };
  const char *tags[] = { "<script>", "a&b", "emoji🎉", "]]>", NULL };
  SvTalk     *talk;
  SvMeal     *meal;

  trip = save_trip (store, FIXTURE_HOSTILE_TITLE, "2024-05-16", "2024-05-19");
  sv_trip_set_event (trip, "Conf <2024> & \"friends\"");
  sv_trip_set_city (trip, "Zürich");
  sv_trip_set_country (trip, "Schweiz & <Suisse>");
  sv_trip_set_url (trip, "https://example.org/conf?a=1&b=2");
  sv_trip_set_summary (trip, "Summary with <b>markup</b> &amp; an entity\nand a second line ]]>");
  g_assert_true (sv_store_save_trip (store, trip, &error));
  g_assert_no_error (error);

  place = save_place (store, "Café \"<Le Bar>\" & Grill", SV_PLACE_CATEGORY_BAR,
                      "1 Rue de l'<Exemple>", "https://example.org/cafe?x=1&y=2", TRUE, 48.8566, 2.3522);

  g_string_append (body, "Click <a href=\"javascript:alert(1)\">here</a> or javascript:alert(2), "
                         "or " FIXTURE_SAFE_URL ".\n");
  g_string_append (body, "CDATA end ]]> and a comment <!-- not one --> and entities &amp; &lt;script&gt; &#x3C;\n");
  g_string_append (body, "Controls:\x01\x02\x08\x0b\x0c\x1f\x7f and C1:\xc2\x80\xc2\x85\xc2\x9f "
                         "and a noncharacter \xef\xbf\xbe end\n");
  g_string_append (body, "Carriage\r\nreturn and a lone\rreturn\n");
  g_string_append (body, "Emoji 🎉🐍👩‍💻 and right to left: שלום עולם, مرحبا بالعالم, "
                         "and an override \xe2\x80\xae here\n");
  g_string_append (body, "<img src=x onerror=alert(3)><svg onload=alert(4)></svg>"
                         "<iframe src=\"https://evil.example/\"></iframe><style>body{display:none}</style>\n");
  for (gsize start = body->len; body->len - start < FIXTURE_LONG_PARAGRAPH;)
    g_string_append (body, "All work and no play makes Jack a dull boy. ");

  talk_entry = new_entry (trip, "2024-05-17", 10 * 60 + 30, 11 * 60, SV_ENTRY_KIND_TALK, FIXTURE_HOSTILE_TITLE);
  sv_entry_set_body (talk_entry, body->str);
  sv_entry_set_rating (talk_entry, 4);
  sv_entry_set_speakers (talk_entry, speakers);
  sv_entry_set_people (talk_entry, people);
  sv_entry_set_tags (talk_entry, tags);
  sv_entry_set_place_id (talk_entry, sv_place_get_id (place));
  talk = sv_entry_ensure_talk (talk_entry);
  sv_talk_set_room (talk, "Hall \"A\" <1>");
  sv_talk_set_track (talk, "RTL: עברית");
  sv_talk_set_role (talk, SV_TALK_ROLE_PRESENTED);
  sv_talk_set_video_url (talk, "https://www.youtube.com/watch?v=abc&t=1");
  sv_talk_set_slides_url (talk, "https://example.org/slides.pdf");
  save_entry (store, talk_entry);

  photo = save_photo (store, talk_entry, fixtures_dir, "photo.png", 48, 64,
                      "A \"quoted\" caption & <tag> onerror=alert(5)");

  meal_entry = new_entry (trip, "2024-05-17", 19 * 60, -1, SV_ENTRY_KIND_MEAL, "Dinner & <drinks>");
  sv_entry_set_body (meal_entry, "\"]]>\" & '<' in a meal");
  meal = sv_entry_ensure_meal (meal_entry);
  sv_meal_set_meal_type (meal, SV_MEAL_TYPE_DINNER);
  sv_meal_set_dishes (meal, "fish & chips <large>");
  sv_meal_set_price (meal, 12.5);
  sv_meal_set_currency (meal, "EUR");
  sv_entry_set_place_id (meal_entry, sv_place_get_id (place));
  save_entry (store, meal_entry);

  return sv_trip_get_id (trip);
}

gint64
fixture_add_photo_trip (SvStore    *store,
                        const char *fixtures_dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = NULL;
  g_autoptr (SvPlace) square = NULL;
  g_autoptr (SvPlace) pub = NULL;
  g_autoptr (SvEntry) note = NULL;
  g_autoptr (SvEntry) walk = NULL;
  g_autoptr (SvEntry) talk_entry = NULL;
  g_autoptr (SvEntry) lunch = NULL;
  g_autoptr (SvPhoto) door = NULL;
  g_autoptr (SvPhoto) street = NULL;
  g_autoptr (SvPhoto) slide = NULL;
  g_autoptr (SvPhoto) plate = NULL;
  const char *speakers[] = { "Alice Example", "Bob Example", NULL };
  const char *people[] = { "Jana", "Petr", NULL };
  const char *tags[] = { "food", "czech", NULL };
  SvTalk     *talk;
  SvMeal     *meal;

  trip = save_trip (store, "Photo walk in Prague", "2024-06-01", "2024-06-02");
  sv_trip_set_event (trip, "PyCon CZ");
  sv_trip_set_city (trip, "Praha");
  sv_trip_set_country (trip, "Czechia");
  sv_trip_set_summary (trip, "Two days, four photos.\n\nAnd a blank line above.");

  square = save_place (store, "Old Town Square", SV_PLACE_CATEGORY_SIGHT, "Staroměstské nám.",
                       "https://example.org/square", TRUE, 50.0875, 14.421305);
  pub = save_place (store, "Lokál", SV_PLACE_CATEGORY_RESTAURANT, NULL, NULL, FALSE, 0, 0);

  note = new_entry (trip, NULL, -1, -1, SV_ENTRY_KIND_NOTE, "Packing list");
  sv_entry_set_body (note, "Camera\nCharger\n\nShoes");
  save_entry (store, note);

  walk = new_entry (trip, "2024-06-01", 9 * 60, 10 * 60, SV_ENTRY_KIND_ACTIVITY, "Old town");
  sv_entry_set_body (walk, "Two photos, see https://example.org/album (all of them).");
  sv_entry_set_place_id (walk, sv_place_get_id (square));
  save_entry (store, walk);
  door = save_photo (store, walk, fixtures_dir, "photo.png", 48, 64, "Blue door");
  street = save_photo (store, walk, fixtures_dir, "photo.jpg", 64, 48, NULL);

  talk_entry = new_entry (trip, "2024-06-02", 10 * 60, 10 * 60 + 30, SV_ENTRY_KIND_TALK, "Talks at PyCon CZ");
  sv_entry_set_speakers (talk_entry, speakers);
  sv_entry_set_highlight (talk_entry, TRUE);
  talk = sv_entry_ensure_talk (talk_entry);
  sv_talk_set_room (talk, "Room 1");
  sv_talk_set_track (talk, "Web");
  sv_talk_set_role (talk, SV_TALK_ROLE_WATCH_LATER);
  sv_talk_set_video_url (talk, "https://www.youtube.com/watch?v=xyz");
  sv_talk_set_slides_url (talk, "https://example.org/slides");
  sv_talk_set_recommended (talk, TRUE);
  save_entry (store, talk_entry);
  /* The same photo as the walk's: one file beside the export. */
  slide = save_photo (store, talk_entry, fixtures_dir, "photo.png", 48, 64, "The same door, again");

  lunch = new_entry (trip, "2024-06-02", 12 * 60 + 30, -1, SV_ENTRY_KIND_MEAL, "Lunch at Lokál");
  sv_entry_set_rating (lunch, 4);
  sv_entry_set_private (lunch, TRUE);
  sv_entry_set_people (lunch, people);
  sv_entry_set_tags (lunch, tags);
  sv_entry_set_place_id (lunch, sv_place_get_id (pub));
  meal = sv_entry_ensure_meal (lunch);
  sv_meal_set_meal_type (meal, SV_MEAL_TYPE_LUNCH);
  sv_meal_set_dishes (meal, "svíčková");
  sv_meal_set_price (meal, 14.5);
  sv_meal_set_currency (meal, "CZK");
  sv_meal_set_favourite_rank (meal, 2);
  save_entry (store, lunch);
  plate = save_photo (store, lunch, fixtures_dir, "photo.jpg", 64, 48, "Lunch");

  sv_trip_set_cover_photo_id (trip, sv_photo_get_id (street));
  g_assert_true (sv_store_save_trip (store, trip, &error));
  g_assert_no_error (error);

  return sv_trip_get_id (trip);
}
