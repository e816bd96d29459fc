/* sv-cli.c: the headless command line (--demo, --list, …), no display needed.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sv-cli.h"
#include "sv-demo.h"
#include "sv-photo-decoder.h"
#include "sv-souvenir-layout.h"
#include "sv-store.h"
#include "sv-xhtml-exporter.h"
#include "sv-xhtml-importer.h"

static const GOptionEntry options[] = {
  { "demo", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Write the demo trip (PyCon US 2024) into FILE and exit"), N_ ("FILE") },
  { "list", 'l', 0, G_OPTION_ARG_NONE, NULL,
    N_ ("List the trips of the scrapbook and exit"), NULL },
  { NULL }
};

/* --print-pdf: the souvenir summary, headless. Kept apart from the other
 * options: its --trip and --paper belong to it (--export-xhtml takes
 * --trip too). */
static const GOptionEntry print_options[] = {
  { "print-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Write the souvenir summary of a trip to OUT as PDF and exit"), N_ ("OUT") },
  { "trip", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_ ("The trip to use, by the number --list shows"), N_ ("ID") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_ ("Paper of the PDF: a4 or letter (default: the locale's)"), N_ ("PAPER") },
  { NULL }
};

static int run_print_pdf (GVariantDict       *dict,
                          const char * const *files);

static int run_export_xhtml (const char   *path,
                             const char   *out,
                             GVariantDict *dict);

static int run_import_xhtml (const char *path,
                             const char *in);

static gint64 pick_trip (SvStore    *store,
                         const char *path,
                         gint64      trip_id);

/* The blog export and import; --export-xhtml takes --trip from above. */
static const GOptionEntry xhtml_options[] = {
  { "export-xhtml", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Write a trip as a blog post (XHTML) to OUT and exit"), N_ ("OUT") },
  { "import-xhtml", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Read a blog post exported by Souvenir into a new trip and exit"), N_ ("IN") },
  { "fragment", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Export only the post, to paste into a blog, not a whole page"), NULL },
  { "embed-images", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Put the photos inside the file instead of in a folder beside it"), NULL },
  { "no-private", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Leave out the entries marked private"), NULL },
  { "no-prices", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Leave out what meals cost"), NULL },
  { "no-ratings", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_ ("Leave out the ratings"), NULL },
  { NULL }
};

void
sv_cli_add_options (GApplication *app)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, options);
  g_application_add_main_option_entries (app, print_options);
  g_application_add_main_option_entries (app, xhtml_options);
  g_application_set_option_context_summary (app,
                                            _ ("A scrapbook of your conference trips. "
                                               "Without options, opens FILE (or your own scrapbook) in a window."));
}

char *
sv_cli_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "souvenir", "scrapbook.db", NULL);
}

/* Store errors name the file themselves. */
static int
fail (const GError *error)
{
  g_printerr ("souvenir: %s\n", error->message);
  return 1;
}

static int
run_demo (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (GPtrArray) trips = NULL;
  g_autofree char *number = NULL;
  gint64           trip_id = 0;

  store = sv_store_open (path, &error);
  if (store == NULL)
    return fail (error);

  trips = sv_store_list_trips (store, &error);
  if (trips == NULL)
    return fail (error);

  /* Running it twice must not give two PyCons. */
  for (guint i = 0; i < trips->len; i++)
    {
      SvTrip *trip = g_ptr_array_index (trips, i);

      if (g_strcmp0 (sv_trip_get_title (trip), "PyCon US 2024") == 0)
        {
          g_print (_ ("%s already holds the demo trip.\n"), path);
          return 0;
        }
    }

  if (!sv_demo_populate (store, &trip_id, &error))
    return fail (error);

  number = g_strdup_printf ("%" G_GINT64_FORMAT, trip_id);
  /* Translators: the second %s is the trip's number */
  g_print (_ ("Wrote the demo trip to %s (trip %s).\n"), path, number);
  return 0;
}

/* Opens PATH, which must exist (sv_store_open() would make a new one);
 * NULL after saying why on stderr. */
static SvStore *
open_existing (const char *path)
{
  g_autoptr (GError) error = NULL;
  SvStore *store;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_ ("souvenir: %s: no such scrapbook\n"), path);
      return NULL;
    }

  store = sv_store_open (path, &error);
  if (store == NULL)
    fail (error);
  return store;
}

static int
run_list (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (GPtrArray) trips = NULL;

  store = open_existing (path);
  if (store == NULL)
    return 1;

  trips = sv_store_list_trips (store, &error);
  if (trips == NULL)
    return fail (error);

  if (trips->len == 0)
    {
      g_print (_ ("%s holds no trips yet.\n"), path);
      return 0;
    }

  for (guint i = 0; i < trips->len; i++)
    {
      SvTrip          *trip = g_ptr_array_index (trips, i);
      g_autofree char *dates = sv_trip_format_dates (trip);
      SvTripStats      stats;

      if (!sv_store_get_trip_stats (store, sv_trip_get_id (trip), &stats, &error))
        return fail (error);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s%s%s\n",
               sv_trip_get_id (trip),
               sv_trip_get_title (trip),
               dates ? dates : _ ("no dates"),
               sv_trip_get_city (trip) ? sv_trip_get_city (trip) : "",
               sv_trip_get_city (trip) && sv_trip_get_country (trip) ? ", " : "",
               sv_trip_get_country (trip) ? sv_trip_get_country (trip) : "");
      /* Translators: the counts under each trip of `souvenir --list` */
      g_print (_ ("\t%u days, %u entries, %u talks, %u meals, %u places\n"),
               stats.days, stats.entries, stats.talks, stats.meals, stats.places);
    }

  return 0;
}

int
sv_cli_run (GVariantDict       *dict,
            const char * const *files)
{
  g_autofree char *demo = NULL;
  g_autofree char *path = NULL;
  g_autofree char *export_xhtml = NULL;
  g_autofree char *import_xhtml = NULL;
  gboolean         list = FALSE;
  int              print_status;

  print_status = run_print_pdf (dict, files);
  if (print_status >= 0)
    return print_status;

  g_variant_dict_lookup (dict, "demo", "^ay", &demo);
  g_variant_dict_lookup (dict, "list", "b", &list);
  g_variant_dict_lookup (dict, "export-xhtml", "^ay", &export_xhtml);
  g_variant_dict_lookup (dict, "import-xhtml", "^ay", &import_xhtml);

  if (demo == NULL && !list && export_xhtml == NULL && import_xhtml == NULL)
    return -1;

  if (files != NULL && files[0] != NULL && files[1] != NULL)
    {
      g_printerr (_ ("souvenir: give at most one scrapbook file\n"));
      return 2;
    }

  path = files != NULL && files[0] != NULL ? g_strdup (files[0]) : sv_cli_dup_default_path ();

  if (demo != NULL)
    {
      int status = run_demo (demo);

      if (status != 0 || (!list && export_xhtml == NULL && import_xhtml == NULL))
        return status;
      g_free (path);
      path = g_strdup (demo);
    }

  if (import_xhtml != NULL)
    {
      int status = run_import_xhtml (path, import_xhtml);

      if (status != 0 || (!list && export_xhtml == NULL))
        return status;
    }

  if (export_xhtml != NULL)
    {
      int status = run_export_xhtml (path, export_xhtml, dict);

      if (status != 0 || !list)
        return status;
    }

  return run_list (path);
}

/* --print-pdf ------------------------------------------------------------ */

/* The trip asked for, or the only one; 0 after saying why on stderr. */
static gint64
pick_trip (SvStore    *store,
           const char *path,
           gint64      trip_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) trips = NULL;

  if (trip_id > 0)
    return trip_id;

  trips = sv_store_list_trips (store, &error);
  if (trips == NULL)
    {
      fail (error);
      return 0;
    }

  if (trips->len == 1)
    return sv_trip_get_id (g_ptr_array_index (trips, 0));

  if (trips->len == 0)
    g_printerr (_ ("souvenir: %s holds no trips\n"), path);
  else
    g_printerr (_ ("souvenir: %s holds %u trips: choose one with --trip=ID (souvenir --list %s shows them)\n"),
                path, trips->len, path);
  return 0;
}

static int
run_print_pdf (GVariantDict       *dict,
               const char * const *files)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvSouvenirLayout) layout = NULL;
  g_autofree char *out = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *path = NULL;
  gint64           trip_id = 0;
  SvPaper          paper = sv_paper_get_default ();
  guint            n_pages;

  if (!g_variant_dict_lookup (dict, "print-pdf", "^ay", &out))
    {
      if (g_variant_dict_contains (dict, "paper"))
        {
          g_printerr (_ ("souvenir: --paper goes with --print-pdf\n"));
          return 2;
        }
      return -1;
    }

  g_variant_dict_lookup (dict, "trip", "x", &trip_id);
  g_variant_dict_lookup (dict, "paper", "s", &paper_name);

  if (paper_name != NULL && !sv_paper_from_string (paper_name, &paper))
    {
      g_printerr (_ ("souvenir: unknown paper “%s”: use a4 or letter\n"), paper_name);
      return 2;
    }

  if (files != NULL && files[0] != NULL && files[1] != NULL)
    {
      g_printerr (_ ("souvenir: give at most one scrapbook file\n"));
      return 2;
    }

  path = files != NULL && files[0] != NULL ? g_strdup (files[0]) : sv_cli_dup_default_path ();
  store = open_existing (path);
  if (store == NULL)
    return 1;

  trip_id = pick_trip (store, path, trip_id);
  if (trip_id == 0)
    return 1;

  layout = sv_souvenir_layout_new (store, trip_id, &error);
  if (layout == NULL)
    return fail (error);

  sv_souvenir_layout_set_photo_decoder (layout, sv_photo_decoder_decode, NULL, NULL);
  if (!sv_souvenir_layout_write_pdf (layout, out, paper, &error))
    return fail (error);

  n_pages = sv_souvenir_layout_get_n_pages (layout);
  /* Translators: "Wrote 7 pages (a4) to souvenir.pdf." */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u page (%s) to %s.\n", "Wrote %u pages (%s) to %s.\n", n_pages),
           n_pages, sv_paper_to_string (paper), out);
  return 0;
}

/* --export-xhtml and --import-xhtml ------------------------------------- */

static int
run_export_xhtml (const char   *path,
                  const char   *out,
                  GVariantDict *dict)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvXhtmlExporter) exporter = NULL;
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (out);
  gint64 trip_id = 0;

  store = open_existing (path);
  if (store == NULL)
    return 1;

  g_variant_dict_lookup (dict, "trip", "x", &trip_id);
  trip_id = pick_trip (store, path, trip_id);
  if (trip_id == 0)
    return 1;

  exporter = sv_xhtml_exporter_new (store, trip_id);
  sv_xhtml_exporter_set_fragment (exporter, g_variant_dict_contains (dict, "fragment"));
  sv_xhtml_exporter_set_embed_images (exporter, g_variant_dict_contains (dict, "embed-images"));
  sv_xhtml_exporter_set_include_private (exporter, !g_variant_dict_contains (dict, "no-private"));
  sv_xhtml_exporter_set_include_prices (exporter, !g_variant_dict_contains (dict, "no-prices"));
  sv_xhtml_exporter_set_include_ratings (exporter, !g_variant_dict_contains (dict, "no-ratings"));

  if (!sv_xhtml_exporter_write (exporter, file, NULL, &error))
    return fail (error);

  return 0;
}

static int
run_import_xhtml (const char *path,
                  const char *in)
{
  g_autofree char *number = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvXhtmlImporter) importer = NULL;
  g_autoptr (SvTrip) trip = NULL;
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (in);
  gboolean existed = g_file_test (path, G_FILE_TEST_EXISTS);
  gint64   trip_id;

  store = sv_store_open (path, &error);
  if (store == NULL)
    return fail (error);

  importer = sv_xhtml_importer_new (store);
  trip_id = sv_xhtml_importer_import (importer, file, NULL, &error);
  if (trip_id == 0)
    {
      /* A scrapbook made for the import goes with it: a refused import
       * leaves nothing behind. */
      if (!existed)
        {
          const char *suffixes[] = { "", "-wal", "-shm" };

          g_clear_object (&importer);
          g_clear_object (&store);
          for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
            {
              g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

              g_remove (name);
            }
        }
      return fail (error);
    }

  trip = sv_store_get_trip (store, trip_id, &error);
  if (trip == NULL)
    return fail (error);

  number = g_strdup_printf ("%" G_GINT64_FORMAT, trip_id);
  /* Translators: the last %s is the new trip's number */
  g_print (_ ("Imported “%s” into %s (trip %s).\n"), sv_trip_get_title (trip), path, number);
  return 0;
}
