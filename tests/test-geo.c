/* test-geo.c: reading coordinates and links, tile URL templates, framing a map.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>

#include "sv-geo.h"
#include "sv-place.h"

/* Bae Bae's Kitchen, Pittsburgh */
#define LAT 40.4433
#define LON -79.9959

static void
assert_parses (const char *text,
               double      latitude,
               double      longitude)
{
  g_autoptr (GError) error = NULL;
  double lat = 0, lon = 0;

  if (!sv_geo_parse (text, &lat, &lon, &error))
    g_error ("“%s” was refused: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (lat, latitude, 1e-9);
  g_assert_cmpfloat_with_epsilon (lon, longitude, 1e-9);
}

/* Refused with CODE, and the message holds FRAGMENT; the outputs are
 * left alone. */
static void
assert_refused (const char *text,
                int         code,
                const char *fragment)
{
  g_autoptr (GError) error = NULL;
  double lat = 12.0, lon = 34.0;

  if (sv_geo_parse (text, &lat, &lon, &error))
    g_error ("“%s” was accepted as %f, %f", text, lat, lon);
  g_assert_error (error, SV_GEO_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s”: the message “%s” does not say “%s”", text, error->message, fragment);
  g_assert_cmpfloat (lat, ==, 12.0);
  g_assert_cmpfloat (lon, ==, 34.0);
}

static void
test_parse_pair (void)
{
  assert_parses ("40.4433, -79.9959", LAT, LON);
  assert_parses ("40.4433,-79.9959", LAT, LON);
  assert_parses ("40.4433 -79.9959", LAT, LON);
  assert_parses ("  40.4433 ;  -79.9959\n", LAT, LON);
  assert_parses ("40.4433\t-79.9959", LAT, LON);
  assert_parses ("+40.4433, −79.9959", LAT, LON); /* U+2212 MINUS SIGN */
  assert_parses ("40.4433°, -79.9959°", LAT, LON);
  assert_parses ("40.4433° N, 79.9959° W", LAT, LON);
  assert_parses ("40.4433N 79.9959W", LAT, LON);
  assert_parses ("79.9959 W, 40.4433 N", LAT, LON);
  assert_parses ("33.8688 S, 151.2093 E", -33.8688, 151.2093);
  assert_parses ("40, -80", 40.0, -80.0);
  assert_parses ("40,80", 40.0, 80.0);
  assert_parses (".5, -.25", 0.5, -0.25);
  assert_parses ("90, 180", 90.0, 180.0);
  assert_parses ("-90, -180", -90.0, -180.0);
  assert_parses ("0 0", 0.0, 0.0);
}

static void
test_parse_decimal_comma (void)
{
  /* Unambiguous decimal commas, as people in many countries write them. */
  assert_parses ("40,4433, -79,9959", LAT, LON);
  assert_parses ("40,4433,-79,9959", LAT, LON);
  assert_parses ("40,4433 -79,9959", LAT, LON);
  assert_parses ("40,4433; -79,9959", LAT, LON);

  /* Four numbers or two? Refused rather than guessed. */
  assert_refused ("40,5,79,5", SV_GEO_ERROR_INVALID, "ambiguous");
  /* Dots and commas together: the comma is the separator. */
  assert_refused ("40.4433,5, -79.9959", SV_GEO_ERROR_INVALID, "Unexpected");
}

static void
test_parse_geo_uri (void)
{
  assert_parses ("geo:40.4433,-79.9959", LAT, LON);
  assert_parses ("GEO:40.4433,-79.9959", LAT, LON);
  assert_parses ("geo:40.4433,-79.9959,250", LAT, LON);
  assert_parses ("geo:40.4433,-79.9959;u=35", LAT, LON);
  assert_parses ("geo:40.4433,-79.9959;crs=wgs84;u=35", LAT, LON);
  assert_parses ("geo:40.4433,-79.9959?z=18", LAT, LON);
  assert_parses ("geo:40.4433,-79.9959;u=10?z=18", LAT, LON);

  assert_refused ("geo:1,200", SV_GEO_ERROR_OUT_OF_RANGE, "Longitude must be between");
  assert_refused ("geo:", SV_GEO_ERROR_INVALID, "geo:");
  assert_refused ("geo:40.4433", SV_GEO_ERROR_INVALID, "geo:");
  assert_refused ("geo:40.4433 -79.9959", SV_GEO_ERROR_INVALID, "geo:");
  assert_refused ("geo:40.4433,-79.9959 please", SV_GEO_ERROR_INVALID, "Unexpected");
  assert_refused ("geo:40.4433,-79.9959;crs=moon", SV_GEO_ERROR_UNSUPPORTED, "moon");
}

static void
test_parse_osm_url (void)
{
  assert_parses ("https://www.openstreetmap.org/?mlat=40.4433&mlon=-79.9959#map=18/40.44330/-79.99590", LAT, LON);
  /* The marker wins over the map's centre. */
  assert_parses ("https://www.openstreetmap.org/?mlat=40.4433&mlon=-79.9959#map=12/40.5/-80.1", LAT, LON);
  assert_parses ("https://www.openstreetmap.org/#map=18/40.4433/-79.9959", LAT, LON);
  assert_parses ("https://www.openstreetmap.org/#map=18/40.4433/-79.9959&layers=C", LAT, LON);
  assert_parses ("https://www.openstreetmap.org/node/123#map=17/40.4433/-79.9959", LAT, LON);
  assert_parses ("http://openstreetmap.org/?lat=40.4433&lon=-79.9959&zoom=17", LAT, LON);
  assert_parses ("https://osm.org/#map=18/40.4433/-79.9959", LAT, LON);
  assert_parses ("HTTPS://WWW.OPENSTREETMAP.ORG/#map=18/40.4433/-79.9959", LAT, LON);

  assert_refused ("https://osm.org/go/ZX6Bc~1", SV_GEO_ERROR_UNSUPPORTED, "Short");
  assert_refused ("https://maps.example.com/#map=18/40.4433/-79.9959", SV_GEO_ERROR_UNSUPPORTED, "openstreetmap.org");
  assert_refused ("https://www.openstreetmap.org/about", SV_GEO_ERROR_INVALID, "no position");
  assert_refused ("https://www.openstreetmap.org/#map=18/40.4433", SV_GEO_ERROR_INVALID, "no position");
  assert_refused ("https://www.openstreetmap.org/?mlat=abc&mlon=-79.9959", SV_GEO_ERROR_INVALID, "no position");
  assert_refused ("https://www.openstreetmap.org/#map=18/95/-79.9959", SV_GEO_ERROR_OUT_OF_RANGE, "Latitude");
}

static void
test_parse_refused (void)
{
  assert_refused ("", SV_GEO_ERROR_INVALID, "Type a latitude");
  assert_refused ("   ", SV_GEO_ERROR_INVALID, "Type a latitude");
  assert_refused ("abc", SV_GEO_ERROR_INVALID, "not a coordinate");
  assert_refused ("Pittsburgh", SV_GEO_ERROR_INVALID, "not a coordinate");
  assert_refused ("40.4433", SV_GEO_ERROR_INVALID, "longitude is missing");
  assert_refused ("40.4433,", SV_GEO_ERROR_INVALID, "longitude is missing");
  assert_refused ("40.4433, abc", SV_GEO_ERROR_INVALID, "not a coordinate");
  assert_refused ("40.4433-79.9959", SV_GEO_ERROR_INVALID, "Unexpected");
  assert_refused ("40.4433, -79.9959, 12", SV_GEO_ERROR_INVALID, "Unexpected “, 12”");
  assert_refused ("40.4433, -79.9959 Pittsburgh", SV_GEO_ERROR_INVALID, "Unexpected “Pittsburgh”");
  assert_refused ("91, 0", SV_GEO_ERROR_OUT_OF_RANGE, "Latitude must be between −90 and 90");
  assert_refused ("-90.0001, 0", SV_GEO_ERROR_OUT_OF_RANGE, "Latitude");
  assert_refused ("0, 180.5", SV_GEO_ERROR_OUT_OF_RANGE, "Longitude must be between −180 and 180");
  assert_refused ("0 S, -10 W", SV_GEO_ERROR_INVALID, "not both");
  assert_refused ("40 N, 79 S", SV_GEO_ERROR_INVALID, "One number must be a latitude");
  assert_refused ("40°26′36″N 79°59′45″W", SV_GEO_ERROR_UNSUPPORTED, "Degrees, minutes and seconds");
  /* What g_ascii_strtod would read, but people do not write. */
  assert_refused ("nan, nan", SV_GEO_ERROR_INVALID, "not a coordinate");
  assert_refused ("inf, 0", SV_GEO_ERROR_INVALID, "not a coordinate");
  assert_refused ("0x10, 0", SV_GEO_ERROR_INVALID, "Unexpected");
  assert_refused ("4e1, 0", SV_GEO_ERROR_INVALID, "Unexpected");
  assert_refused ("\xff\xfe", SV_GEO_ERROR_INVALID, "not a coordinate");
  assert_refused ("file:///etc/passwd", SV_GEO_ERROR_INVALID, "not a coordinate");
}

/* The reading must not follow the locale's decimal separator. */
static void
test_parse_locale (void)
{
  const char      *saved = setlocale (LC_NUMERIC, NULL);
  g_autofree char *old = g_strdup (saved);

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip_printf ("no de_DE.UTF-8 locale in LOCPATH (%s): the build generates it with localedef, "
                          "which needs the locales package",
                          g_getenv ("LOCPATH") ? g_getenv ("LOCPATH") : "not set");
      return;
    }

  /* The locale is really in force: printf would write a comma. */
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  assert_parses ("40.4433, -79.9959", LAT, LON);
  assert_parses ("40,4433, -79,9959", LAT, LON);
  setlocale (LC_NUMERIC, old);
}

static void
test_check_location (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPlace) place = sv_place_new ();

  g_assert_true (sv_geo_check_location (LAT, LON, NULL));
  g_assert_false (sv_geo_check_location (NAN, 0, &error));
  g_assert_error (error, SV_GEO_ERROR, SV_GEO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (sv_geo_check_location (0, NAN, &error));
  g_assert_error (error, SV_GEO_ERROR, SV_GEO_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  /* A place refuses the same, and keeps having no location. */
  g_assert_false (sv_place_set_location (place, 0, 181, &error));
  g_assert_error (error, SV_GEO_ERROR, SV_GEO_ERROR_OUT_OF_RANGE);
  g_assert_false (sv_place_get_has_location (place));
}

static void
assert_tile_url_refused (const char *url,
                         const char *fragment)
{
  g_autoptr (GError) error = NULL;

  if (sv_geo_tile_url_is_valid (url, &error))
    g_error ("the tile URL “%s” was accepted", url);
  g_assert_nonnull (error);
  g_assert_true (error->domain == SV_GEO_ERROR);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s”: the message “%s” does not say “%s”", url, error->message, fragment);
}

static void
test_tile_url (void)
{
  g_autofree char *filled = sv_geo_fill_tile_url ("https://t.example.org/{z}/{x}/{y}.png?again={z}", 17, 36383, -1);

  g_assert_cmpstr (filled, ==, "https://t.example.org/17/36383/-1.png?again=17");

  g_assert_true (sv_geo_tile_url_is_valid ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", NULL));
  g_assert_true (sv_geo_tile_url_is_valid ("http://127.0.0.1:8080/{z}/{x}/{y}.png", NULL));
  g_assert_true (sv_geo_tile_url_is_valid ("https://tiles.example.org/map?z={z}&x={x}&y={y}&key=abc", NULL));

  assert_tile_url_refused (NULL, "Type the address");
  assert_tile_url_refused ("", "Type the address");
  assert_tile_url_refused ("file:///srv/tiles/{z}/{x}/{y}.png", "http:// or https://");
  assert_tile_url_refused ("tiles/{z}/{x}/{y}.png", "http:// or https://");
  assert_tile_url_refused ("javascript:alert(1)//{z}{x}{y}", "http:// or https://");
  assert_tile_url_refused ("https://tile.example.org/tile.png", "“{z}” is missing");
  assert_tile_url_refused ("https://tile.example.org/{z}/{x}.png", "“{y}” is missing");
  assert_tile_url_refused ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "Only {z}, {x} and {y}");
  assert_tile_url_refused ("https:///{z}/{x}/{y}.png", "not a web address");
  assert_tile_url_refused ("https://tile example.org/{z}/{x}/{y}.png", "not a web address");
}

static void
test_mercator (void)
{
  g_assert_cmpfloat (sv_geo_mercator_x (-180), ==, 0.0);
  g_assert_cmpfloat (sv_geo_mercator_x (0), ==, 0.5);
  g_assert_cmpfloat (sv_geo_mercator_x (180), ==, 1.0);
  g_assert_cmpfloat_with_epsilon (sv_geo_mercator_y (0), 0.5, 1e-12);
  /* North is up: smaller y. The poles stay on the square's edges. */
  g_assert_cmpfloat (sv_geo_mercator_y (40.44), <, 0.5);
  g_assert_cmpfloat_with_epsilon (sv_geo_mercator_y (90), 0.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (sv_geo_mercator_y (-90), 1.0, 1e-6);
  g_assert_true (isfinite (sv_geo_mercator_y (90)));
}

static void
test_fit (void)
{
  /* The demo trip's places, all within a few hundred metres downtown. */
  const double lats[] = { 40.4459, 40.4405, 40.4401, 40.4429, 40.4482, 40.4436, 40.4431, 40.4463, 40.4430 };
  const double lons[] = { -79.9965, -79.9975, -79.9995, -80.0022, -79.9886, -79.9960, -80.0019, -80.0075, -79.9985 };
  double       lat = 0, lon = 0, zoom = 0, small_zoom = 0;

  g_assert_false (sv_geo_fit (NULL, NULL, 0, 800, 600, 256, &lat, &lon, &zoom));
  g_assert_cmpfloat (zoom, ==, 0);

  g_assert_true (sv_geo_fit (lats, lons, G_N_ELEMENTS (lats), 800, 600, 256, &lat, &lon, &zoom));
  /* The centre lies between the extremes, the zoom shows a neighbourhood. */
  g_assert_cmpfloat (lat, >, 40.4401);
  g_assert_cmpfloat (lat, <, 40.4482);
  g_assert_cmpfloat_with_epsilon (lon, (-80.0075 + -79.9886) / 2, 1e-9);
  g_assert_cmpfloat (zoom, >, 14.0);
  g_assert_cmpfloat (zoom, <, 16.0);

  /* Half the width: one zoom level less, exactly. */
  g_assert_true (sv_geo_fit (lats, lons, G_N_ELEMENTS (lats), 400, 300, 256, NULL, NULL, &small_zoom));
  g_assert_cmpfloat_with_epsilon (small_zoom, zoom - 1.0, 1e-9);

  /* One place: any zoom shows it. */
  g_assert_true (sv_geo_fit (lats, lons, 1, 800, 600, 256, &lat, &lon, &zoom));
  g_assert_true (isinf (zoom));
  g_assert_cmpfloat_with_epsilon (lat, lats[0], 1e-9);
  g_assert_cmpfloat_with_epsilon (lon, lons[0], 1e-9);

  /* Across the world, from Pittsburgh to Sydney: the whole world shows. */
  {
    const double world_lats[] = { 40.44, -33.87 };
    const double world_lons[] = { -80.0, 151.21 };

    g_assert_true (sv_geo_fit (world_lats, world_lons, 2, 1024, 768, 256, &lat, &lon, &zoom));
    g_assert_cmpfloat (zoom, >, 1.0);
    g_assert_cmpfloat (zoom, <, 3.0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/souvenir/geo/parse/pair", test_parse_pair);
  g_test_add_func ("/souvenir/geo/parse/decimal-comma", test_parse_decimal_comma);
  g_test_add_func ("/souvenir/geo/parse/geo-uri", test_parse_geo_uri);
  g_test_add_func ("/souvenir/geo/parse/osm-url", test_parse_osm_url);
  g_test_add_func ("/souvenir/geo/parse/refused", test_parse_refused);
  g_test_add_func ("/souvenir/geo/parse/locale", test_parse_locale);
  g_test_add_func ("/souvenir/geo/check-location", test_check_location);
  g_test_add_func ("/souvenir/geo/tile-url", test_tile_url);
  g_test_add_func ("/souvenir/geo/mercator", test_mercator);
  g_test_add_func ("/souvenir/geo/fit", test_fit);

  return g_test_run ();
}
