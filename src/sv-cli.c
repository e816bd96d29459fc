/* sv-cli.c: the headless command line (--demo, --list, …), no display needed.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-cli.h"
#include "sv-demo.h"
#include "sv-store.h"

static const GOptionEntry options[] = {
  { "demo", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Write the demo trip (PyCon US 2024) into FILE and exit"), N_ ("FILE") },
  { "list", 'l', 0, G_OPTION_ARG_NONE, NULL,
    N_ ("List the trips of the scrapbook and exit"), NULL },
  { NULL }
};

void
sv_cli_add_options (GApplication *app)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  g_application_add_main_option_entries (app, options);
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

static int
run_list (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (GPtrArray) trips = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_ ("souvenir: %s: no such scrapbook\n"), path);
      return 1;
    }

  store = sv_store_open (path, &error);
  if (store == NULL)
    return fail (error);

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
  gboolean         list = FALSE;

  g_variant_dict_lookup (dict, "demo", "^ay", &demo);
  g_variant_dict_lookup (dict, "list", "b", &list);

  if (demo == NULL && !list)
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

      if (status != 0 || !list)
        return status;
      g_free (path);
      path = g_strdup (demo);
    }

  return run_list (path);
}
