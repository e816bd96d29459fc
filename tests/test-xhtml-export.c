/* test-xhtml-export.c: the blog export: structure, options, photos, hostile text, errors.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "fixture-trips.h"
#include "sv-core-resources.h"
#include "sv-demo.h"
#include "sv-image.h"
#include "xhtml-test-util.h"

typedef XhtmlFixture Fixture;

/* The entry with that title. */
#define ENTRY(title) "//h:article[" XHTML_CLASS ("sv-entry") "][.//h:h3=\"" title "\"]"

static gint64
add_demo (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  gint64 trip_id = 0;

  g_assert_true (sv_demo_populate (f->store, &trip_id, &error));
  g_assert_no_error (error);
  return trip_id;
}

/* Non-void elements written as <p/> break a page read as HTML. */
static void
assert_no_self_closing (const char *document)
{
  g_autoptr (GRegex) regex = g_regex_new ("<(?!(meta|img|br|hr|link|input|source|area|base|col|embed|track|wbr)\\b)"
                                          "[a-z0-9]+\\b[^<>]*/>",
                                          0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;

  if (g_regex_match (regex, document, 0, &match))
    g_error ("self-closing element: %s", g_match_info_fetch (match, 0));
}

static void
test_demo_page (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (SvXhtmlExporter) exporter = sv_xhtml_exporter_new (f->store, add_demo (f));
  g_autofree char *document = xhtml_export (f, exporter, "pycon.xhtml");
  g_autoptr (xmlDoc) doc = xhtml_parse (document);
  g_auto (GStrv) ids = NULL;
  g_auto (GStrv) links = NULL;
  g_autofree char *value = NULL;
  const char      *expected_ids[] = { "trip-notes", "day-2024-05-16", "day-2024-05-17",
                                      "day-2024-05-18", "day-2024-05-19", NULL };

  /* Polyglot: no XML declaration (HTML would read it as a comment), the
   * HTML doctype, the XHTML namespace, and nothing closed XML-style that
   * HTML does not close so. */
  g_assert_true (g_str_has_prefix (document, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""));
  assert_no_self_closing (document);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(/h:html/h:head/h:meta[@charset='UTF-8'])"), ==, 1);
  value = xhtml_xpath_string (doc, "/h:html/h:head/h:meta[@name='generator']/@content");
  g_assert_cmpstr (value, ==, "Souvenir " SV_VERSION);
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "/h:html/h:head/h:title");
  g_assert_cmpstr (value, ==, "PyCon US 2024");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "/h:html/h:head/h:style");
  g_assert_nonnull (strstr (value, "prefers-color-scheme: dark"));
  g_assert_nonnull (strstr (value, "@media print"));
  g_assert_null (strstr (value, "SPDX"));
  g_clear_pointer (&value, g_free);

  /* The trip: an h-entry with the conference as an h-event. */
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:article[" XHTML_CLASS ("h-entry") "])"), ==, 1);
  value = xhtml_xpath_string (doc, "//h:article[" XHTML_CLASS ("h-entry") "]/h:header/h:h1");
  g_assert_cmpstr (value, ==, "PyCon US 2024");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:p[" XHTML_CLASS ("h-event") "]/*[" XHTML_CLASS ("p-name") "]");
  g_assert_cmpstr (value, ==, "PyCon US");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:p[" XHTML_CLASS ("h-event") "]/*[" XHTML_CLASS ("p-location") "]");
  g_assert_cmpstr (value, ==, "Pittsburgh, United States");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:p[" XHTML_CLASS ("h-event") "]/h:time[" XHTML_CLASS ("dt-start") "]/@datetime");
  g_assert_cmpstr (value, ==, "2024-05-16");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:p[" XHTML_CLASS ("h-event") "]/h:time[" XHTML_CLASS ("dt-end") "]/@datetime");
  g_assert_cmpstr (value, ==, "2024-05-19");
  g_clear_pointer (&value, g_free);

  /* Notes first, then a section per day with a stable id, each linked
   * from the table of contents. */
  ids = xhtml_xpath_strings (doc, "//h:section/@id");
  g_assert_cmpstrv (ids, expected_ids);
  links = xhtml_xpath_strings (doc, "//h:nav[" XHTML_CLASS ("sv-toc") "]//h:a/@href");
  g_assert_cmpuint (g_strv_length (links), ==, g_strv_length (ids));
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_cmpstr (links[i] + 1, ==, ids[i]);
  value = xhtml_xpath_string (doc, "normalize-space(//h:section[@id='day-2024-05-17']/h:h2)");
  g_assert_cmpstr (value, ==, "Friday, 17 May");
  g_clear_pointer (&value, g_free);

  /* Every entry, in order, with its kind and time. */
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:article[" XHTML_CLASS ("sv-entry") "])"), ==, 31);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:section[@id='trip-notes']/h:article)"), ==, 3);
  value = xhtml_xpath_string (doc, "//h:section[@id='day-2024-05-17']/h:article[1]//h:h3");
  g_assert_cmpstr (value, ==, "Keynote: Being a Black Python Developer");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:section[@id='day-2024-05-17']/h:article[1]//h:time[1]/@datetime");
  g_assert_cmpstr (value, ==, "2024-05-17T09:00");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:section[@id='day-2024-05-17']/h:article[1]/@data-kind");
  g_assert_cmpstr (value, ==, "keynote");
  g_clear_pointer (&value, g_free);

  /* Speakers, tags, and the notes as paragraphs. */
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(" ENTRY ("NetworkX is Fast Now: Graph Analytics Unleashed") "//*[" XHTML_CLASS ("sv-speaker") "])"),
                     ==, 2);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(" ENTRY ("Keynote: Being a Black Python Developer") "//*[" XHTML_CLASS ("p-category") "])"),
                     ==, 3);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(" ENTRY ("The Conference") "//h:div/h:p)"), ==, 2);

  /* A rating is stars to see and words to hear. */
  value = xhtml_xpath_string (doc, ENTRY ("The Design of Everyday APIs") "//*[@role='img']/@aria-label");
  g_assert_cmpstr (value, ==, "5 out of 5");
  g_clear_pointer (&value, g_free);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(" ENTRY ("Computational Origami") "//*[@role='img'])"), ==, 0);
  value = xhtml_xpath_string (doc, ENTRY ("Dinner at Yuzu Kitchen") "//*[@role='img']");
  g_assert_cmpstr (value, ==, "★★★★☆");
  g_clear_pointer (&value, g_free);

  /* Places link to OpenStreetMap at their coordinates. */
  value = xhtml_xpath_string (doc, "//h:a[.=\"Bae Bae's Kitchen\"]/@href");
  g_assert_cmpstr (value, ==, "https://www.openstreetmap.org/?mlat=40.443600&mlon=-79.996000#map=18/40.443600/-79.996000");
  g_clear_pointer (&value, g_free);

  /* When the page was made. */
  value = xhtml_xpath_string (doc, "//h:footer//h:time[" XHTML_CLASS ("sv-generated") "]/@datetime");
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", value, 0, 0));
}

static void
test_fragment (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (SvXhtmlExporter) exporter = sv_xhtml_exporter_new (f->store, add_demo (f));
  g_autofree char *document = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  g_autofree char *value = NULL;

  sv_xhtml_exporter_set_fragment (exporter, TRUE);
  document = xhtml_export (f, exporter, "pycon-post.xhtml");
  doc = xhtml_parse (document);

  /* Only the article, ready to paste: no page around it, no style. */
  g_assert_true (g_str_has_prefix (document, "<article xmlns=\"http://www.w3.org/1999/xhtml\""));
  assert_no_self_closing (document);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:html | //h:head | //h:body | //h:style | //h:meta)"), ==, 0);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(/h:article//h:article)"), ==, 31);

  /* The blog has its own <h1>: the trip's title comes a level below. */
  value = xhtml_xpath_string (doc, "local-name(/h:article/h:header/*[1])");
  g_assert_cmpstr (value, ==, "h2");
  g_clear_pointer (&value, g_free);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:h1)"), ==, 0);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:section/h:h3)"), ==, 5);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:article[" XHTML_CLASS ("sv-entry") "]//h:h4)"), ==, 31);
}

/* A trip with a private lunch, with a price and a rating, and a public
 * talk. */
static gint64
add_private_trip (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();
  g_autoptr (SvEntry) lunch = sv_entry_new ();
  g_autoptr (SvEntry) talk = sv_entry_new ();
  SvMeal *meal;

  sv_trip_set_title (trip, "DjangoCon Europe 2024");
  sv_trip_set_start_date (trip, "2024-06-05");
  sv_trip_set_end_date (trip, "2024-06-07");
  g_assert_true (sv_store_save_trip (f->store, trip, &error));

  sv_entry_set_trip_id (lunch, sv_trip_get_id (trip));
  sv_entry_set_day (lunch, "2024-06-05");
  sv_entry_set_kind (lunch, SV_ENTRY_KIND_MEAL);
  sv_entry_set_title (lunch, "Lunch with my manager");
  sv_entry_set_private (lunch, TRUE);
  sv_entry_set_rating (lunch, 2);
  meal = sv_entry_ensure_meal (lunch);
  sv_meal_set_price (meal, 42.75);
  sv_meal_set_currency (meal, "EUR");
  g_assert_true (sv_store_save_entry (f->store, lunch, &error));

  sv_entry_set_trip_id (talk, sv_trip_get_id (trip));
  sv_entry_set_day (talk, "2024-06-06");
  sv_entry_set_kind (talk, SV_ENTRY_KIND_TALK);
  sv_entry_set_title (talk, "Django and htmx");
  sv_entry_set_rating (talk, 4);
  sv_entry_ensure_talk (talk);
  g_assert_true (sv_store_save_entry (f->store, talk, &error));
  g_assert_no_error (error);

  return sv_trip_get_id (trip);
}

static void
test_options (Fixture      *f,
              gconstpointer data)
{
  g_autoptr (SvXhtmlExporter) exporter = sv_xhtml_exporter_new (f->store, add_private_trip (f));
  g_autofree char *all = NULL;
  g_autofree char *no_private = NULL;
  g_autofree char *no_prices = NULL;
  g_autofree char *no_ratings = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  g_autofree char *value = NULL;

  g_assert_true (sv_xhtml_exporter_get_include_private (exporter));
  g_assert_true (sv_xhtml_exporter_get_include_prices (exporter));
  g_assert_true (sv_xhtml_exporter_get_include_ratings (exporter));

  /* By default, everything, the private entry marked as such. */
  all = xhtml_export (f, exporter, "all.xhtml");
  doc = xhtml_parse (all);
  value = xhtml_xpath_string (doc, ENTRY ("Lunch with my manager") "/@data-private");
  g_assert_cmpstr (value, ==, "true");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//*[" XHTML_CLASS ("sv-price") "]");
  g_assert_cmpstr (value, ==, "42.75 EUR");
  g_clear_pointer (&value, g_free);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//*[@data-rating])"), ==, 2);
  g_clear_pointer (&doc, xmlFreeDoc);

  /* Each switch leaves out its part only. */
  sv_xhtml_exporter_set_include_private (exporter, FALSE);
  no_private = xhtml_export (f, exporter, "no-private.xhtml");
  g_assert_null (strstr (no_private, "Lunch with my manager"));
  g_assert_null (strstr (no_private, "42.75"));
  g_assert_nonnull (strstr (no_private, "Django and htmx"));
  doc = xhtml_parse (no_private);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:section[@id='day-2024-06-05'])"), ==, 0);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:nav)"), ==, 0);
  g_clear_pointer (&doc, xmlFreeDoc);

  sv_xhtml_exporter_set_include_private (exporter, TRUE);
  sv_xhtml_exporter_set_include_prices (exporter, FALSE);
  no_prices = xhtml_export (f, exporter, "no-prices.xhtml");
  g_assert_nonnull (strstr (no_prices, "Lunch with my manager"));
  g_assert_null (strstr (no_prices, "42.75"));
  g_assert_null (strstr (no_prices, "EUR"));
  g_assert_null (strstr (no_prices, "data-price"));
  g_assert_nonnull (strstr (no_prices, "data-rating"));

  sv_xhtml_exporter_set_include_prices (exporter, TRUE);
  sv_xhtml_exporter_set_include_ratings (exporter, FALSE);
  no_ratings = xhtml_export (f, exporter, "no-ratings.xhtml");
  g_assert_null (strstr (no_ratings, "data-rating"));
  g_assert_null (strstr (no_ratings, "★"));
  g_assert_null (strstr (no_ratings, "out of 5"));
  g_assert_nonnull (strstr (no_ratings, "42.75"));
}

/* The elements an export may hold: nothing that runs, embeds or styles
 * (but the page's own stylesheet). */
static void
assert_inert (xmlNode *node,
              gboolean page)
{
  static const char *allowed[] = {
    "html", "head", "meta", "title", "body", "main", "article", "header", "footer", "nav", "section",
    "h1", "h2", "h3", "h4", "h5", "p", "div", "span", "a", "time", "data", "ol", "li", "dl", "dt", "dd",
    "figure", "figcaption", "img", NULL
  };

  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        {
          g_assert_true (node->type == XML_TEXT_NODE || node->type == XML_DTD_NODE);
          continue;
        }

      if (!(page && g_strcmp0 ((const char *) node->name, "style") == 0 &&
            g_strcmp0 ((const char *) node->parent->name, "head") == 0))
        g_assert_true (g_strv_contains (allowed, (const char *) node->name));

      for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
        {
          xmlChar *value = xmlNodeGetContent ((xmlNode *) attr);

          g_assert_false (g_str_has_prefix ((const char *) attr->name, "on"));
          g_assert_cmpstr ((const char *) attr->name, !=, "style");
          if (g_strcmp0 ((const char *) attr->name, "href") == 0)
            g_assert_true (g_str_has_prefix ((const char *) value, "https://") ||
                           g_str_has_prefix ((const char *) value, "http://") ||
                           g_str_has_prefix ((const char *) value, "#"));
          if (g_strcmp0 ((const char *) attr->name, "src") == 0)
            g_assert_true (g_str_has_prefix ((const char *) value, "data:image/") ||
                           g_regex_match_simple ("^[A-Za-z0-9%._-]+_files/[0-9a-f]{16}\\.(png|jpg)$",
                                                 (const char *) value, 0, 0));
          xmlFree (value);
        }

      assert_inert (node->children, page);
    }
}

/* Nothing XML 1.0 or HTML refuses: C0 and C1 controls, DEL,
 * noncharacters. */
static void
assert_no_control_characters (const char *document)
{
  g_assert_true (g_utf8_validate (document, -1, NULL));

  for (const char *p = document; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f) || c > 0x9f);
      g_assert_false ((c & 0xfffe) == 0xfffe);
    }
}

static void
test_hostile (Fixture      *f,
              gconstpointer data)
{
  gint64 trip_id = fixture_add_hostile_trip (f->store, f->fixtures);
  g_autoptr (SvXhtmlExporter) exporter = sv_xhtml_exporter_new (f->store, trip_id);
  g_autofree char *document = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  g_autofree char *value = NULL;
  g_autofree char *body = NULL;

  for (int fragment = 0; fragment <= 1; fragment++)
    {
      g_autofree char *embedded = NULL;

      sv_xhtml_exporter_set_fragment (exporter, fragment);
      sv_xhtml_exporter_set_embed_images (exporter, TRUE);
      embedded = xhtml_export (f, exporter, "hostile-embedded.xhtml");
      sv_xhtml_exporter_set_embed_images (exporter, FALSE);
      g_clear_pointer (&document, g_free);
      document = xhtml_export (f, exporter, "hostile.xhtml");

      for (const char *text = document; text != NULL; text = text == document ? embedded : NULL)
        {
          g_autoptr (xmlDoc) parsed = xhtml_parse (text);

          /* Well-formed, inert, and clean. */
          assert_inert (xmlDocGetRootElement (parsed), !fragment);
          assert_no_self_closing (text);
          assert_no_control_characters (text);
          g_assert_null (g_strstr_len (text, -1, "<script"));
          g_assert_null (g_strstr_len (text, -1, "<img src=x"));
          g_assert_null (g_strstr_len (text, -1, "]]>"));
        }
    }

  /* What was typed is what is read, as text. */
  doc = xhtml_parse (document);
  value = xhtml_xpath_string (doc, "//h:article[" XHTML_CLASS ("sv-entry") "]//h:h4");
  g_assert_cmpstr (value, ==, FIXTURE_HOSTILE_TITLE);
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//*[" XHTML_CLASS ("sv-trip-title") "]");
  g_assert_cmpstr (value, ==, FIXTURE_HOSTILE_TITLE);
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//*[" XHTML_CLASS ("sv-speaker") "][1]");
  g_assert_cmpstr (value, ==, "<b>Bold</b> Speaker");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:img/@alt");
  g_assert_cmpstr (value, ==, "A \"quoted\" caption & <tag> onerror=alert(5)");
  g_clear_pointer (&value, g_free);

  /* Web addresses are links (assert_inert() checked there is no other
   * kind); javascript: is words. */
  value = xhtml_xpath_string (doc, "//*[" XHTML_CLASS ("sv-body") "]//h:a/@href");
  g_assert_cmpstr (value, ==, FIXTURE_SAFE_URL);
  g_clear_pointer (&value, g_free);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//*[" XHTML_CLASS ("sv-body") "]//h:a)"), ==, 2);
  body = xhtml_xpath_string (doc, "//*[" XHTML_CLASS ("sv-body") "]");
  g_assert_nonnull (strstr (body, "Click <a href=\"javascript:alert(1)\">here</a> or javascript:alert(2)"));
  g_assert_nonnull (strstr (body, "<iframe src=\"https://evil.example/\"></iframe>"));

  /* Control characters are gone, line breaks kept; emoji and
   * right-to-left text are as they were, in paragraphs that find their
   * own direction. */
  g_assert_nonnull (strstr (body, "Controls: and C1: and a noncharacter  end"));
  g_assert_nonnull (strstr (body, "Carriage"));
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count((//*[" XHTML_CLASS ("sv-body") "])[1]/h:p[@dir='auto'])"), ==, 9);
  g_assert_nonnull (strstr (body, "🎉🐍👩‍💻"));
  g_assert_nonnull (strstr (body, "שלום עולם, مرحبا بالعالم"));

  /* The 100 KB paragraph is there whole. */
  value = xhtml_xpath_string (doc, "(//*[" XHTML_CLASS ("sv-body") "])[1]/h:p[last()]");
  g_assert_cmpuint (strlen (value), >=, FIXTURE_LONG_PARAGRAPH);
}

static void
test_photos_beside (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (SvXhtmlExporter) exporter = sv_xhtml_exporter_new (f->store, fixture_add_photo_trip (f->store, f->fixtures));
  g_autofree char *document = xhtml_export (f, exporter, "Prague trip.xhtml");
  g_autoptr (xmlDoc) doc = xhtml_parse (document);
  g_autofree char *folder = xhtml_fixture_path (f, "Prague trip_files");
  g_autoptr (GDir) dir = NULL;
  g_auto (GStrv) sources = xhtml_xpath_strings (doc, "//h:img/@src");
  g_autofree char *value = NULL;
  guint            n_files = 0;

  /* Four photos, two of them the same: two files, named by content. */
  g_assert_cmpuint (g_strv_length (sources), ==, 4);
  g_assert_cmpstr (sources[0], ==, sources[2]);
  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);

  for (guint i = 0; sources[i] != NULL; i++)
    {
      g_autofree char *name = g_uri_unescape_string (sources[i], NULL);
      g_autofree char *path = xhtml_fixture_path (f, name);
      g_autoptr (GBytes) bytes = NULL;
      char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_str_has_prefix (sources[i], "Prague%20trip_files/"));
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new_take (contents, length);
      g_assert_nonnull (sv_image_sniff (bytes));
    }

  /* The size is kept, the caption is the text alternative. */
  value = xhtml_xpath_string (doc, "//h:figure[1]/h:img/@width");
  g_assert_cmpstr (value, ==, "48");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:figure[1]/h:img/@alt");
  g_assert_cmpstr (value, ==, "Blue door");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:figure[1]/h:figcaption");
  g_assert_cmpstr (value, ==, "Blue door");
  g_clear_pointer (&value, g_free);
  g_assert_cmpfloat (xhtml_xpath_number (doc, "count(//h:figure[2]/h:figcaption)"), ==, 0);
  value = xhtml_xpath_string (doc, "//h:figure[2]/h:img/@alt");
  g_assert_cmpstr (value, ==, "");
  g_clear_pointer (&value, g_free);
  value = xhtml_xpath_string (doc, "//h:figure[2]/@data-cover");
  g_assert_cmpstr (value, ==, "true");
}

static void
test_photos_embedded (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr (SvXhtmlExporter) exporter = sv_xhtml_exporter_new (f->store, fixture_add_photo_trip (f->store, f->fixtures));
  g_autofree char *document = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  g_autofree char *folder = xhtml_fixture_path (f, "embedded_files");
  g_auto (GStrv) sources = NULL;
  g_autoptr (GBytes) png = fixture_load (f->fixtures, "photo.png");
  g_autofree char *expected = NULL;

  sv_xhtml_exporter_set_embed_images (exporter, TRUE);
  document = xhtml_export (f, exporter, "embedded.xhtml");
  doc = xhtml_parse (document);
  sources = xhtml_xpath_strings (doc, "//h:img/@src");

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_strv_length (sources), ==, 4);
  expected = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  g_assert_true (g_str_has_prefix (sources[0], "data:image/png;base64,"));
  g_assert_cmpstr (sources[0] + strlen ("data:image/png;base64,"), ==, expected);
  g_assert_true (g_str_has_prefix (sources[1], "data:image/jpeg;base64,"));
}

static void
test_async (Fixture      *f,
            gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  SvXhtmlExporter *exporter = sv_xhtml_exporter_new (f->store, add_demo (f));
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = xhtml_fixture_path (f, "async.xhtml");
  g_autofree char *cancelled_path = xhtml_fixture_path (f, "cancelled.xhtml");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) cancelled_file = g_file_new_for_path (cancelled_path);
  g_autofree char *sync = xhtml_export (f, exporter, "sync.xhtml");
  g_autofree char *async = NULL;
  g_autofree char *sync_blank = NULL;
  g_autofree char *async_blank = NULL;

  /* In a thread, on a connection of its own, the same document. */
  sv_xhtml_exporter_write_async (exporter, file, NULL, xhtml_keep_result, &result);
  xhtml_wait (&result);
  g_assert_true (sv_xhtml_exporter_write_finish (exporter, result, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &async, NULL, NULL));
  sync_blank = xhtml_without_time (sync);
  async_blank = xhtml_without_time (async);
  g_assert_cmpstr (async_blank, ==, sync_blank);
  g_clear_object (&result);

  /* Cancelled, it writes nothing. */
  g_cancellable_cancel (cancellable);
  sv_xhtml_exporter_write_async (exporter, cancelled_file, cancellable, xhtml_keep_result, &result);
  xhtml_wait (&result);
  g_assert_false (sv_xhtml_exporter_write_finish (exporter, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (cancelled_path, G_FILE_TEST_EXISTS));

  g_clear_object (&result);
  xhtml_unref_and_wait (exporter);
}

static void
test_errors (Fixture      *f,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvXhtmlExporter) exporter = sv_xhtml_exporter_new (f->store, 4242);
  g_autofree char *path = xhtml_fixture_path (f, "missing.xhtml");
  g_autofree char *nowhere = xhtml_fixture_path (f, "no/such/folder/post.xhtml");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) unwritable = g_file_new_for_path (nowhere);

  /* No such trip: a message, and no file. */
  g_assert_false (sv_xhtml_exporter_write (exporter, file, NULL, &error));
  g_assert_error (error, SV_EXPORT_ERROR, SV_EXPORT_ERROR_READ);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A folder that is not there. */
  sv_xhtml_exporter_set_trip_id (exporter, add_demo (f));
  g_assert_false (sv_xhtml_exporter_write (exporter, unwritable, NULL, &error));
  g_assert_error (error, SV_EXPORT_ERROR, SV_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "post.xhtml"));
}

/* HTML reads a <style> as raw text: what XML escapes there would stay
 * escaped, so the stylesheet must have nothing XML escapes. */
static void
test_stylesheet (void)
{
  g_autoptr (GBytes) css = g_resource_lookup_data (sv_core_get_resource (),
                                                   "/io/github/souvenir_app/Souvenir/core/css/blog.css",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  const char *rules = g_bytes_get_data (css, NULL);
  int         depth = 0;

  g_assert_nonnull (strstr (rules, "@media (prefers-color-scheme: dark)"));
  g_assert_nonnull (strstr (rules, "@media print"));
  g_assert_null (strpbrk (rules, "<>&"));

  /* Every rule and block closed. */
  for (const char *p = rules; *p != '\0'; p++)
    depth += *p == '{' ? 1 : *p == '}' ? -1
                                       : 0;
  g_assert_cmpint (depth, ==, 0);
}

static void
test_image_sniff (void)
{
  g_autofree char *fixtures = g_test_build_filename (G_TEST_DIST, "fixtures", NULL);
  g_autoptr (GBytes) png = fixture_load (fixtures, "photo.png");
  g_autoptr (GBytes) jpeg = fixture_load (fixtures, "photo.jpg");
  g_autoptr (GBytes) cut_png = g_bytes_new_from_bytes (png, 0, g_bytes_get_size (png) - 20);
  g_autoptr (GBytes) cut_jpeg = g_bytes_new_from_bytes (jpeg, 0, g_bytes_get_size (jpeg) / 2);
  g_autoptr (GBytes) text = g_bytes_new_static ("GIF89a, or so it says", 21);
  static const guint8 gif[] = { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, 0x3b };
  static const guint8 webp[] = { 'R', 'I', 'F', 'F', 12, 0, 0, 0, 'W', 'E', 'B', 'P',
                                 'V', 'P', '8', 'L', 0, 0, 0, 0 };
  g_autoptr (GBytes) gif_bytes = g_bytes_new_static (gif, sizeof gif);
  g_autoptr (GBytes) webp_bytes = g_bytes_new_static (webp, sizeof webp);

  g_assert_cmpstr (sv_image_sniff (png), ==, "image/png");
  g_assert_cmpstr (sv_image_sniff (jpeg), ==, "image/jpeg");
  g_assert_cmpstr (sv_image_sniff (gif_bytes), ==, "image/gif");
  g_assert_cmpstr (sv_image_sniff (webp_bytes), ==, "image/webp");
  g_assert_null (sv_image_sniff (cut_png));
  g_assert_null (sv_image_sniff (cut_jpeg));
  g_assert_null (sv_image_sniff (text));
  g_assert_cmpstr (sv_image_get_extension ("image/jpeg"), ==, "jpg");
  g_assert_null (sv_image_get_extension ("image/svg+xml"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/souvenir/xhtml-export/" name, Fixture, NULL, xhtml_fixture_setup, func, xhtml_fixture_teardown)

  ADD ("demo-page", test_demo_page);
  ADD ("fragment", test_fragment);
  ADD ("options", test_options);
  ADD ("hostile", test_hostile);
  ADD ("photos-beside", test_photos_beside);
  ADD ("photos-embedded", test_photos_embedded);
  ADD ("async", test_async);
  ADD ("errors", test_errors);

#undef ADD

  g_test_add_func ("/souvenir/xhtml-export/stylesheet", test_stylesheet);
  g_test_add_func ("/souvenir/image/sniff", test_image_sniff);

  return g_test_run ();
}
