/* test-souvenir.c: the souvenir summary: its PDF, its pages and its margins.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sv-demo.h"
#include "sv-souvenir-layout.h"
#include "test-util.h"

typedef struct
{
  SvStore *store;
  gint64   trip_id;
  char    *dir;
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
  f->dir = test_util_make_dir ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_assert_finalize_object (f->store);
  test_util_remove_tree (f->dir);
  g_free (f->dir);
}

/* The poppler tools, named by tests/meson.build; NULL when missing. */
static const char *
tool (const char *variable)
{
  const char *path = g_getenv (variable);

  return path != NULL && *path != '\0' ? path : NULL;
}

static char *
run_tool (const char *variable,
          const char *pdf,
          gboolean    with_dash)
{
  g_autoptr (GError) error = NULL;
  const char *argv[] = { tool (variable), pdf, with_dash ? "-" : NULL, NULL };
  char       *out = NULL;
  int         status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  return out;
}

static gboolean
have_poppler (void)
{
  if (tool ("PDFTOTEXT") != NULL && tool ("PDFINFO") != NULL && tool ("PDFFONTS") != NULL)
    return TRUE;
  g_test_skip ("poppler-utils (pdftotext, pdfinfo, pdffonts) are not installed");
  return FALSE;
}

/* Words joined by single spaces: the PDF breaks lines where it likes. */
static char *
squash (const char *text)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \n\t\f\r", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (out, FALSE);
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = run_tool ("PDFINFO", pdf, FALSE);
  const char      *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static void
assert_boxes_inside (SvSouvenirLayout *layout,
                     double            width,
                     double            height,
                     double            margin)
{
  g_autoptr (GArray) boxes = sv_souvenir_layout_get_boxes (layout);
  guint             n_pages = sv_souvenir_layout_get_n_pages (layout);
  g_autofree guint *per_page = g_new0 (guint, n_pages);
  double            slack = 0.01;

  g_assert_cmpuint (boxes->len, >, 0);
  for (guint i = 0; i < boxes->len; i++)
    {
      const SvSouvenirBox *box = &g_array_index (boxes, SvSouvenirBox, i);

      if (box->x < margin - slack || box->y < margin - slack ||
          box->x + box->width > width - margin + slack ||
          box->y + box->height > height - margin + slack)
        g_error ("A %s box on page %u, (%.2f, %.2f) %.2f × %.2f, is outside the printable area %.2f, %.2f – %.2f, %.2f",
                 box->kind, box->page + 1, box->x, box->y, box->width, box->height,
                 margin, margin, width - margin, height - margin);
      g_assert_cmpuint (box->page, <, n_pages);
      g_assert_true (isfinite (box->width) && isfinite (box->height));
      per_page[box->page]++;
    }

  /* No blank page: each has more than its footer (a rule and two texts). */
  for (guint p = 0; p < n_pages; p++)
    g_assert_cmpuint (per_page[p], >, 3);
}

/* The demo's PDF ------------------------------------------------------------------ */

static void
test_demo_pdf (Fixture      *f,
               gconstpointer data)
{
  SvPaper paper = GPOINTER_TO_INT (data);
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "pycon.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *info = NULL;
  g_autofree char *cover = NULL;
  const char      *restaurants;
  g_auto (GStrv) lines = NULL;
  const char *days[] = { "Thursday, 16 May", "Friday, 17 May", "Saturday, 18 May", "Sunday, 19 May" };
  const char *watch_later[] = { "CPython’s Compilation Pipeline", "Computational Origami" };
  guint       n_fonts = 0;

  if (!have_poppler ())
    return;

  layout = sv_souvenir_layout_new (f->store, f->trip_id, &error);
  g_assert_no_error (error);
  g_assert_true (sv_souvenir_layout_write_pdf (layout, pdf, paper, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (sv_souvenir_layout_get_n_pages (layout), >=, 5);
  g_assert_cmpuint (pdf_pages (pdf), ==, sv_souvenir_layout_get_n_pages (layout));

  info = run_tool ("PDFINFO", pdf, FALSE);
  g_assert_nonnull (strstr (info, paper == SV_PAPER_A4 ? "595.276 x 841.89 pts (A4)" : "612 x 792 pts (letter)"));
  g_assert_nonnull (strstr (info, "PyCon US 2024"));

  raw = run_tool ("PDFTOTEXT", pdf, TRUE);
  text = squash (raw);
  g_assert_nonnull (strstr (text, "PyCon US 2024"));
  g_assert_nonnull (strstr (text, "Pittsburgh"));
  g_assert_nonnull (strstr (text, "16–19 May 2024"));
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_assert_nonnull (strstr (text, days[i]));
  for (guint i = 0; i < G_N_ELEMENTS (watch_later); i++)
    g_assert_nonnull (strstr (text, watch_later[i]));
  /* The restaurants: the favourite first, under its badge. */
  restaurants = strstr (text, "Restaurants 1 Bae Bae's Kitchen");
  g_assert_nonnull (restaurants);
  g_assert_nonnull (strstr (restaurants, "♥ Favourite restaurant of the trip"));
  g_assert_true (strstr (restaurants, "♥ Favourite restaurant of the trip") < strstr (restaurants, "2 Gaucho Parrilla Argentina"));

  /* The cover names both favourites. */
  cover = g_strndup (raw, strchr (raw, '\f') - raw);
  g_assert_nonnull (strstr (cover, "FAVOURITE RESTAURANT"));
  g_assert_nonnull (strstr (cover, "Bae Bae's Kitchen"));
  g_assert_nonnull (strstr (cover, "FAVOURITE TALK"));
  g_assert_nonnull (strstr (cover, "The Design of Everyday APIs"));
  g_assert_nonnull (strstr (text, "Page 2 of"));

  /* Every font is embedded, so the PDF looks the same on any machine. */
  fonts = run_tool ("PDFFONTS", pdf, FALSE);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = NULL;
      g_autoptr (GPtrArray) words = g_ptr_array_new ();

      if (*lines[i] == '\0')
        continue;
      fields = g_strsplit_set (lines[i], " ", -1);
      /* name type [encoding words] emb sub uni object ID */
      for (guint j = 0; fields[j] != NULL; j++)
        if (*fields[j] != '\0')
          g_ptr_array_add (words, fields[j]);
      g_assert_cmpuint (words->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
test_demo_boxes (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = sv_souvenir_layout_new (f->store, f->trip_id, &error);
  SvPaper papers[] = { SV_PAPER_A4, SV_PAPER_LETTER };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      double width, height;

      sv_paper_get_size (papers[i], &width, &height);
      sv_souvenir_layout_paginate (layout, width, height, SV_SOUVENIR_DEFAULT_MARGIN);
      assert_boxes_inside (layout, width, height, SV_SOUVENIR_DEFAULT_MARGIN);

      /* A printer's wider margins move everything in with them. */
      sv_souvenir_layout_paginate (layout, width, height, 72);
      assert_boxes_inside (layout, width, height, 72);
    }
}

static void
test_paginate_again (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = sv_souvenir_layout_new (f->store, f->trip_id, &error);
  g_autoptr (GArray) first = NULL;
  g_autoptr (GArray) second = NULL;

  g_assert_no_error (error);

  /* The print dialog paginates again when the paper changes: the same
   * paper gives the same pages. */
  sv_souvenir_layout_paginate (layout, 612, 792, 48);
  first = sv_souvenir_layout_get_boxes (layout);
  sv_souvenir_layout_paginate (layout, 420, 595, 36);
  sv_souvenir_layout_paginate (layout, 612, 792, 48);
  second = sv_souvenir_layout_get_boxes (layout);

  g_assert_cmpuint (first->len, ==, second->len);
  for (guint i = 0; i < first->len; i++)
    {
      const SvSouvenirBox *a = &g_array_index (first, SvSouvenirBox, i);
      const SvSouvenirBox *b = &g_array_index (second, SvSouvenirBox, i);

      g_assert_cmpuint (a->page, ==, b->page);
      g_assert_cmpfloat_with_epsilon (a->y, b->y, 0.001);
    }
}

static void
test_write_error (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = sv_souvenir_layout_new (f->store, f->trip_id, &error);
  g_autofree char *pdf = g_build_filename (f->dir, "no-such-folder", "pycon.pdf", NULL);

  g_assert_no_error (error);
  g_assert_false (sv_souvenir_layout_write_pdf (layout, pdf, SV_PAPER_A4, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_missing_trip (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = sv_souvenir_layout_new (f->store, f->trip_id + 100, &error);

  g_assert_null (layout);
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
}

/* Made-up trips ---------------------------------------------------------------------- */

static SvEntry *
add_entry (SvStore    *store,
           gint64      trip_id,
           const char *day,
           SvEntryKind kind,
           const char *title)
{
  g_autoptr (GError) error = NULL;
  SvEntry *entry = sv_entry_new ();

  sv_entry_set_trip_id (entry, trip_id);
  sv_entry_set_day (entry, day);
  sv_entry_set_kind (entry, kind);
  sv_entry_set_title (entry, title);
  g_assert_true (sv_store_save_entry (store, entry, &error));
  g_assert_no_error (error);
  return entry;
}

static gint64
add_trip (SvStore    *store,
          const char *title,
          const char *start,
          const char *end)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();

  sv_trip_set_title (trip, title);
  sv_trip_set_city (trip, "Lisbon");
  sv_trip_set_country (trip, "Portugal");
  sv_trip_set_start_date (trip, start);
  sv_trip_set_end_date (trip, end);
  g_assert_true (sv_store_save_trip (store, trip, &error));
  g_assert_no_error (error);
  return sv_trip_get_id (trip);
}

/* A week-long trip of a thousand entries: talks with speakers, links and
 * long notes, meals at forty places, some private. */
static gint64
add_big_trip (SvStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) places = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GString) long_body = g_string_new (NULL);
  gint64 trip_id;

  for (guint i = 0; i < 40; i++)
    g_string_append (long_body, "A long note about what was said and what I made of it, with a tangent or two. ");
  g_string_append (long_body, "https://example.org/an/unbreakable/link/that/is/much/wider/than/any/column/of/any/page/at/all/");

  g_assert_true (sv_store_begin (store, &error));
  trip_id = add_trip (store, "EuroPython 2025, with every talk I saw, missed or gave", "2025-07-14", "2025-07-20");

  for (guint i = 0; i < 40; i++)
    {
      SvPlace         *place = sv_place_new ();
      g_autofree char *name = g_strdup_printf ("Restaurant number %u with a rather long name", i + 1);

      sv_place_set_name (place, name);
      sv_place_set_category (place, i % 7);
      g_assert_true (sv_place_set_location (place, 38.70 + (i % 8) * 0.01, -9.15 + (i / 8) * 0.012, &error));
      g_assert_true (sv_store_save_place (store, place, &error));
      g_assert_no_error (error);
      g_ptr_array_add (places, place);
    }

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *day = g_strdup_printf ("2025-07-%02u", 14 + i % 7);
      g_autofree char *title = g_strdup_printf ("Entry %u: what happened at %s, told at some length so that it wraps", i, day);
      g_autoptr (SvEntry) entry = sv_entry_new ();
      SvEntryKind kind = i % 5 == 0 ? SV_ENTRY_KIND_MEAL : (i % 3 == 0 ? SV_ENTRY_KIND_NOTE : SV_ENTRY_KIND_TALK);

      sv_entry_set_trip_id (entry, trip_id);
      sv_entry_set_day (entry, i % 50 == 0 ? NULL : day);
      sv_entry_set_start_time (entry, i % 50 == 0 ? -1 : (int) (i * 7) % (24 * 60));
      sv_entry_set_kind (entry, kind);
      sv_entry_set_title (entry, title);
      sv_entry_set_rating (entry, i % 6);
      sv_entry_set_highlight (entry, i % 4 == 0);
      sv_entry_set_private (entry, i % 97 == 0);
      sv_entry_set_body (entry, i % 8 == 0 ? long_body->str : "Short and sweet.");
      if (kind == SV_ENTRY_KIND_TALK)
        {
          const char *speakers[] = { "Ada Lovelace", "Grace Hopper", NULL };
          SvTalk     *talk = sv_entry_ensure_talk (entry);

          sv_entry_set_speakers (entry, speakers);
          sv_talk_set_role (talk, i % 9 == 0 ? SV_TALK_ROLE_WATCH_LATER : SV_TALK_ROLE_ATTENDED);
          sv_talk_set_recommended (talk, i % 11 == 0);
          if (i % 2 == 0)
            sv_talk_set_video_url (talk, "https://www.youtube.com/watch?v=aVeryLongVideoIdentifierThatGoesOnAndOnAndOnWithoutAnyBreak");
        }
      if (kind == SV_ENTRY_KIND_MEAL)
        {
          SvMeal *meal = sv_entry_ensure_meal (entry);

          sv_entry_set_place_id (entry, sv_place_get_id (g_ptr_array_index (places, i % 40)));
          sv_meal_set_meal_type (meal, i % 4);
          sv_meal_set_dishes (meal, "soup, bread, a great deal of cheese");
          sv_meal_set_price (meal, 12.5);
          sv_meal_set_currency (meal, "EUR");
          sv_meal_set_favourite_rank (meal, i == 5 ? 1 : 0);
        }
      g_assert_true (sv_store_save_entry (store, entry, &error));
      g_assert_no_error (error);
    }
  g_assert_true (sv_store_commit (store, &error));
  g_assert_no_error (error);
  return trip_id;
}

static void
test_thousand_entries (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "big.pdf", NULL);
  gint64           trip_id = add_big_trip (f->store);
  SvPaper          papers[] = { SV_PAPER_A4, SV_PAPER_LETTER };

  layout = sv_souvenir_layout_new (f->store, trip_id, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      double width, height;

      sv_paper_get_size (papers[i], &width, &height);
      sv_souvenir_layout_paginate (layout, width, height, SV_SOUVENIR_DEFAULT_MARGIN);
      g_assert_cmpuint (sv_souvenir_layout_get_n_pages (layout), >, 30);
      assert_boxes_inside (layout, width, height, SV_SOUVENIR_DEFAULT_MARGIN);
    }

  if (!have_poppler ())
    return;

  g_assert_true (sv_souvenir_layout_write_pdf (layout, pdf, SV_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), ==, sv_souvenir_layout_get_n_pages (layout));
}

static void
test_long_title (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = NULL;
  g_autoptr (GString) title = g_string_new (NULL);
  g_autoptr (SvEntry) entry = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "long.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  gint64           trip_id;

  while (title->len < 300)
    g_string_append_printf (title, "Conference%u ", (guint) title->len);
  g_strchomp (title->str);

  trip_id = add_trip (f->store, title->str, "2025-03-01", "2025-03-02");
  entry = add_entry (f->store, trip_id, "2025-03-01", SV_ENTRY_KIND_KEYNOTE, title->str);

  layout = sv_souvenir_layout_new (f->store, trip_id, &error);
  g_assert_no_error (error);
  for (SvPaper paper = SV_PAPER_A4; paper <= SV_PAPER_LETTER; paper++)
    {
      double width, height;

      sv_paper_get_size (paper, &width, &height);
      sv_souvenir_layout_paginate (layout, width, height, SV_SOUVENIR_DEFAULT_MARGIN);
      assert_boxes_inside (layout, width, height, SV_SOUVENIR_DEFAULT_MARGIN);
    }

  if (!have_poppler ())
    return;

  /* Wrapped, not cut: the cover and the day both hold the whole title. */
  g_assert_true (sv_souvenir_layout_write_pdf (layout, pdf, SV_PAPER_A4, &error));
  g_assert_no_error (error);
  raw = run_tool ("PDFTOTEXT", pdf, TRUE);
  text = squash (raw);
  g_assert_nonnull (strstr (text, title->str));
  g_assert_nonnull (strstr (strstr (text, title->str) + title->len, title->str));
}

static void
test_private_left_out (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = NULL;
  g_autoptr (SvEntry) secret = add_entry (f->store, f->trip_id, "2024-05-17", SV_ENTRY_KIND_TALK, "Job interview with a rival company");
  g_autoptr (SvEntry) open = add_entry (f->store, f->trip_id, "2024-05-17", SV_ENTRY_KIND_TALK, "A talk everyone may know about");
  g_autofree char *pdf = g_build_filename (f->dir, "private.pdf", NULL);
  g_autofree char *raw = NULL;

  if (!have_poppler ())
    return;

  sv_entry_set_private (secret, TRUE);
  g_assert_true (sv_store_save_entry (f->store, secret, &error));
  g_assert_no_error (error);

  layout = sv_souvenir_layout_new (f->store, f->trip_id, &error);
  g_assert_no_error (error);
  g_assert_true (sv_souvenir_layout_write_pdf (layout, pdf, SV_PAPER_A4, &error));
  g_assert_no_error (error);
  raw = run_tool ("PDFTOTEXT", pdf, TRUE);
  g_assert_nonnull (strstr (raw, "A talk everyone may know about"));
  g_assert_null (strstr (raw, "rival company"));
}

/* Photos and map tiles ------------------------------------------------------------------ */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_png (int    width,
          int    height,
          double r,
          double g,
          double b)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t         *cr = cairo_create (surface);
  GByteArray      *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, r, g, b);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static void
add_photo (SvStore    *store,
           SvEntry    *entry,
           GBytes     *bytes,
           const char *mime_type,
           int         width,
           int         height)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPhoto) photo = sv_photo_new ();

  sv_photo_set_entry_id (photo, sv_entry_get_id (entry));
  sv_photo_set_bytes (photo, bytes);
  sv_photo_set_mime_type (photo, mime_type);
  sv_photo_set_width (photo, width);
  sv_photo_set_height (photo, height);
  g_assert_true (sv_store_save_photo (store, photo, &error));
  g_assert_no_error (error);
}

/* The colour at (X, Y) of page PAGE drawn at one pixel a point. */
static guint32
pixel_at (SvSouvenirLayout *layout,
          guint             page,
          double            x,
          double            y)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 612, 842);
  cairo_t         *cr = cairo_create (surface);
  guint32          pixel;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  sv_souvenir_layout_draw_page (layout, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) +
                        (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4);
  cairo_surface_destroy (surface);
  return pixel & 0xffffff;
}

static void
test_photos (Fixture      *f,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = NULL;
  g_autoptr (SvEntry) entry = add_entry (f->store, f->trip_id, "2024-05-18", SV_ENTRY_KIND_ACTIVITY, "Incline ride");
  g_autoptr (GBytes) wide = make_png (400, 200, 1, 0, 0);
  g_autoptr (GBytes) tall = make_png (200, 300, 0, 0, 1);
  g_autoptr (GBytes) broken = g_bytes_new_static ("not a JPEG at all", 17);
  g_autoptr (GArray) boxes = NULL;
  GArray *photos = g_array_new (FALSE, FALSE, sizeof (SvSouvenirBox));

  sv_entry_set_highlight (entry, TRUE);
  g_assert_true (sv_store_save_entry (f->store, entry, &error));
  add_photo (f->store, entry, wide, "image/png", 400, 200);
  add_photo (f->store, entry, tall, "image/png", 200, 300);
  add_photo (f->store, entry, broken, "image/jpeg", 640, 480);

  layout = sv_souvenir_layout_new (f->store, f->trip_id, &error);
  g_assert_no_error (error);
  sv_souvenir_layout_paginate (layout, 595, 842, SV_SOUVENIR_DEFAULT_MARGIN);
  assert_boxes_inside (layout, 595, 842, SV_SOUVENIR_DEFAULT_MARGIN);

  boxes = sv_souvenir_layout_get_boxes (layout);
  for (guint i = 0; i < boxes->len; i++)
    {
      const SvSouvenirBox *box = &g_array_index (boxes, SvSouvenirBox, i);

      if (g_strcmp0 (box->kind, "photo") == 0)
        g_array_append_val (photos, *box);
    }

  /* Three frames on the last page: two photos with their shape, and a
   * place for the one that cannot be decoded without gdk-pixbuf. */
  g_assert_cmpuint (photos->len, ==, 3);
  g_assert_cmpuint (g_array_index (photos, SvSouvenirBox, 0).page, ==, sv_souvenir_layout_get_n_pages (layout) - 1);
  g_assert_cmpfloat_with_epsilon (g_array_index (photos, SvSouvenirBox, 0).width / g_array_index (photos, SvSouvenirBox, 0).height, 2.0, 0.01);
  g_assert_cmpfloat_with_epsilon (g_array_index (photos, SvSouvenirBox, 1).width / g_array_index (photos, SvSouvenirBox, 1).height, 2.0 / 3.0, 0.01);
  g_assert_cmphex (pixel_at (layout, g_array_index (photos, SvSouvenirBox, 0).page,
                             g_array_index (photos, SvSouvenirBox, 0).x + 20, g_array_index (photos, SvSouvenirBox, 0).y + 20),
                   ==, 0xff0000);
  g_assert_cmphex (pixel_at (layout, g_array_index (photos, SvSouvenirBox, 1).page,
                             g_array_index (photos, SvSouvenirBox, 1).x + 20, g_array_index (photos, SvSouvenirBox, 1).y + 20),
                   ==, 0x0000ff);
  g_array_unref (photos);
}

static const SvSouvenirBox *
find_box (GArray     *boxes,
          const char *kind)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const SvSouvenirBox *box = &g_array_index (boxes, SvSouvenirBox, i);

      if (g_strcmp0 (box->kind, kind) == 0)
        return box;
    }
  return NULL;
}

static void
test_map_tiles (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvSouvenirLayout) layout = NULL;
  g_autoptr (GArray) boxes = NULL;
  g_autoptr (GBytes) tile = make_png (256, 256, 1, 0, 1);
  g_autofree char     *tiles = g_build_filename (f->dir, "tiles", NULL);
  const SvSouvenirBox *map;
  double               x, y;
  guint32              plain;

  layout = sv_souvenir_layout_new (f->store, f->trip_id, &error);
  g_assert_no_error (error);
  sv_souvenir_layout_set_tile_dir (layout, tiles);
  sv_souvenir_layout_paginate (layout, 595, 842, SV_SOUVENIR_DEFAULT_MARGIN);
  boxes = sv_souvenir_layout_get_boxes (layout);
  map = find_box (boxes, "map");
  g_assert_nonnull (map);
  x = map->x + 10;
  y = map->y + 10;

  /* No cache: a plain background, pins and scale all the same. */
  plain = pixel_at (layout, map->page, x, y);
  g_assert_cmphex (plain, !=, 0xff00ff);
  g_assert_nonnull (find_box (boxes, "pin"));
  g_assert_nonnull (find_box (boxes, "scale"));

  /* A magenta world around Pittsburgh in libshumate's cache layout. */
  for (int z = 14; z <= 18; z++)
    {
      int n = 1 << z;
      int cx = (int) ((-79.998 + 180) / 360 * n);
      int cy = (int) ((1 - asinh (tan (40.444 * G_PI / 180)) / G_PI) / 2 * n);

      for (int tx = cx - 8; tx <= cx + 8; tx++)
        for (int ty = cy - 8; ty <= cy + 8; ty++)
          {
            g_autofree char *dir = g_strdup_printf ("%s/%d/%d", tiles, z, tx);
            g_autofree char *path = g_strdup_printf ("%s/%d.png", dir, ty);

            g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
            g_assert_true (g_file_set_contents (path, g_bytes_get_data (tile, NULL), g_bytes_get_size (tile), NULL));
          }
    }

  sv_souvenir_layout_paginate (layout, 595, 842, SV_SOUVENIR_DEFAULT_MARGIN);
  g_assert_cmphex (pixel_at (layout, map->page, x, y), ==, 0xff00ff);
  g_clear_pointer (&boxes, g_array_unref);
  boxes = sv_souvenir_layout_get_boxes (layout);
  g_assert_nonnull (find_box (boxes, "credit"));
  assert_boxes_inside (layout, 595, 842, SV_SOUVENIR_DEFAULT_MARGIN);
}

static void
test_paper (void)
{
  SvPaper paper = SV_PAPER_A4;
  double  width, height;

  g_assert_true (sv_paper_from_string ("letter", &paper));
  g_assert_cmpint (paper, ==, SV_PAPER_LETTER);
  g_assert_true (sv_paper_from_string ("A4", &paper));
  g_assert_cmpint (paper, ==, SV_PAPER_A4);
  g_assert_false (sv_paper_from_string ("a5", &paper));
  g_assert_false (sv_paper_from_string (NULL, &paper));
  g_assert_cmpint (paper, ==, SV_PAPER_A4);

  sv_paper_get_size (SV_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  sv_paper_get_size (SV_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func, data) \
  g_test_add ("/souvenir/souvenir-layout/" path, Fixture, data, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/souvenir/paper/sizes", test_paper);
  ADD ("demo-pdf/a4", test_demo_pdf, GINT_TO_POINTER (SV_PAPER_A4));
  ADD ("demo-pdf/letter", test_demo_pdf, GINT_TO_POINTER (SV_PAPER_LETTER));
  ADD ("demo-boxes", test_demo_boxes, NULL);
  ADD ("paginate-again", test_paginate_again, NULL);
  ADD ("write-error", test_write_error, NULL);
  ADD ("missing-trip", test_missing_trip, NULL);
  ADD ("thousand-entries", test_thousand_entries, NULL);
  ADD ("long-title", test_long_title, NULL);
  ADD ("private-left-out", test_private_left_out, NULL);
  ADD ("photos", test_photos, NULL);
  ADD ("map-tiles", test_map_tiles, NULL);

  return g_test_run ();
}
