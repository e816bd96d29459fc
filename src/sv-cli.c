/* sv-cli.c: the headless command line (--demo, --list, …), no display needed.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sv-cli.h"
#include "sv-demo.h"
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

/* The blog export and import. */
static const GOptionEntry xhtml_options[] = {
  { "export-xhtml", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Write a trip as a blog post (XHTML) to OUT and exit"), N_ ("OUT") },
  { "import-xhtml", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Read a blog post exported by Souvenir into a new trip and exit"), N_ ("IN") },
  { "trip", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_ ("The trip to export (see --list); needed when the scrapbook holds several"), N_ ("ID") },
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
  gint64 trip_id = 0;

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

  g_print (_ ("Wrote the demo trip to %s (trip %" G_GINT64_FORMAT ").\n"), path, trip_id);
  return 0;
}

/* The scrapbook at PATH, which must be there already: reading one should
 * not create it. NULL after saying why. */
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

/* The trip of --trip, or the only one; 0 (after saying why) otherwise. */
static gint64
choose_trip (SvStore      *store,
             GVariantDict *dict)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) trips = NULL;
  gint64 trip_id = 0;

  if (g_variant_dict_lookup (dict, "trip", "x", &trip_id))
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
    g_printerr (_ ("souvenir: %s holds no trips to export\n"), sv_store_get_path (store));
  else
    g_printerr (_ ("souvenir: give --trip=ID; `souvenir --list` shows the ids\n"));
  return 0;
}

static int
run_export_xhtml (const char   *path,
                  const char   *out,
                  GVariantDict *dict)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvXhtmlExporter) exporter = NULL;
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (out);
  gint64 trip_id;

  store = open_existing (path);
  if (store == NULL)
    return 1;

  trip_id = choose_trip (store, dict);
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

  g_print (_ ("Imported “%s” into %s (trip %" G_GINT64_FORMAT ").\n"),
           sv_trip_get_title (trip), path, trip_id);
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
