/* make-fixture.c: writes a scrapbook with a test trip, for the checks that validate exports.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fixture-trips.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;

  if (argc != 4 || (g_strcmp0 (argv[1], "hostile") != 0 && g_strcmp0 (argv[1], "photos") != 0))
    {
      g_printerr ("usage: %s hostile|photos FIXTURES_DIR OUT.souvenir\n", argv[0]);
      return 2;
    }

  store = sv_store_open (argv[3], &error);
  if (store == NULL)
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }

  if (g_strcmp0 (argv[1], "hostile") == 0)
    fixture_add_hostile_trip (store, argv[2]);
  else
    fixture_add_photo_trip (store, argv[2]);

  return 0;
}
