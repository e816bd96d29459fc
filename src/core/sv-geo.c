/* sv-geo.c: coordinates as people type and paste them, tile URLs and map framing.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sv-geo.h"
#include "sv-uri.h"

#define MINUS_SIGN  "\u2212"
#define DEGREE_SIGN "\u00b0"

/* Web Mercator stops here, so that the world is a square. */
#define MERCATOR_MAX_LATITUDE 85.05112878

G_DEFINE_QUARK (sv_geo_error_quark, sv_geo_error)

gboolean
sv_geo_check_location (double   latitude,
                       double   longitude,
                       GError **error)
{
  /* Both tests are written so that NaN fails them too. */
  if (!(latitude >= -90.0 && latitude <= 90.0))
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_OUT_OF_RANGE,
                           _ ("Latitude must be between −90 and 90"));
      return FALSE;
    }

  if (!(longitude >= -180.0 && longitude <= 180.0))
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_OUT_OF_RANGE,
                           _ ("Longitude must be between −180 and 180"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_not_a_coordinate (GError **error)
{
  g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                       _ ("This is not a coordinate. Write a latitude and a longitude, as in "
                          "“40.4433, -79.9959”, or paste a geo: or OpenStreetMap link."));
  return FALSE;
}

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p;
}

/* One number as written by hand, in decimal degrees. */
typedef struct
{
  double value;
  char   hemisphere; /* 'N', 'S', 'E', 'W', or 0 */
  guint  signed_ : 1;
  guint  degrees_minutes : 1;
} Number;

/* Reads a plain decimal number (no exponent, no "inf" or "nan", unlike
 * g_ascii_strtod) with an optional sign, degree sign and hemisphere,
 * moving *P past it. */
static gboolean
read_number (const char **pp,
             Number      *number)
{
  const char *p = skip_spaces (*pp);
  const char *start;
  gboolean    negative = FALSE;
  GString    *digits;

  memset (number, 0, sizeof *number);

  if (*p == '+' || *p == '-')
    {
      negative = *p == '-';
      number->signed_ = TRUE;
      p++;
    }
  else if (g_str_has_prefix (p, MINUS_SIGN))
    {
      negative = TRUE;
      number->signed_ = TRUE;
      p += strlen (MINUS_SIGN);
    }

  if (!g_ascii_isdigit (*p) && !(*p == '.' && g_ascii_isdigit (p[1])))
    return FALSE;

  start = p;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }

  digits = g_string_new (negative ? "-" : "");
  g_string_append_len (digits, start, p - start);
  number->value = g_ascii_strtod (digits->str, NULL);
  g_string_free (digits, TRUE);

  if (g_str_has_prefix (skip_spaces (p), DEGREE_SIGN))
    {
      p = skip_spaces (p) + strlen (DEGREE_SIGN);
      /* 40°26′36″: minutes and seconds would follow the degree sign. */
      number->degrees_minutes = g_ascii_isdigit (*skip_spaces (p));
    }

  {
    const char *q = skip_spaces (p);

    if (*q != '\0' && strchr ("NSEWnsew", *q) != NULL && !g_ascii_isalpha (q[1]))
      {
        number->hemisphere = g_ascii_toupper (*q);
        p = q + 1;
      }
  }

  *pp = p;
  return TRUE;
}

/* A whole string that is one number and nothing else, as in a URL. */
static gboolean
parse_plain_number (const char *text,
                    double     *value)
{
  Number      number;
  const char *p = text;

  if (text == NULL || !read_number (&p, &number) || *skip_spaces (p) != '\0')
    return FALSE;
  if (number.hemisphere != 0 || number.degrees_minutes)
    return FALSE;

  *value = number.value;
  return TRUE;
}

static gboolean
is_latitude_hemisphere (char hemisphere)
{
  return hemisphere == 'N' || hemisphere == 'S';
}

/* Turns N/S/E/W into signs, and puts the latitude first. */
static gboolean
resolve_hemispheres (Number  *first,
                     Number  *second,
                     double  *latitude,
                     double  *longitude,
                     GError **error)
{
  Number *lat = first;
  Number *lon = second;

  if ((first->hemisphere != 0 && first->signed_) || (second->hemisphere != 0 && second->signed_))
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                           _ ("Use either a minus sign or N, S, E and W, not both."));
      return FALSE;
    }

  if (first->hemisphere != 0 || second->hemisphere != 0)
    {
      gboolean first_is_lat = first->hemisphere != 0 ? is_latitude_hemisphere (first->hemisphere)
                                                     : !is_latitude_hemisphere (second->hemisphere);
      gboolean second_is_lat = second->hemisphere != 0 ? is_latitude_hemisphere (second->hemisphere)
                                                       : !first_is_lat;

      if (first_is_lat == second_is_lat)
        {
          g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                               _ ("One number must be a latitude (N or S) and the other a longitude (E or W)."));
          return FALSE;
        }

      if (!first_is_lat)
        {
          lat = second;
          lon = first;
        }
    }

  *latitude = lat->hemisphere == 'S' ? -lat->value : lat->value;
  *longitude = lon->hemisphere == 'W' ? -lon->value : lon->value;
  return TRUE;
}

/* "40,4433, -79,9959" is a pair with decimal commas when no dot is used
 * and there are more commas than a separator needs; then a comma between
 * two digits is a decimal comma. "40,79" stays the pair 40, 79, and
 * "40,5,79,5" becomes "40.5.79.5", which is refused as ambiguous. */
static char *
dup_with_decimal_dots (const char *text)
{
  char *copy = g_strdup (text);
  guint commas = 0;

  if (strchr (text, '.') != NULL)
    return copy;

  for (const char *p = text; *p != '\0'; p++)
    commas += *p == ',';
  if (commas < 2)
    return copy;

  for (char *p = copy + 1; *p != '\0'; p++)
    {
      if (*p == ',' && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]))
        *p = '.';
    }

  return copy;
}

static gboolean
set_degrees_minutes (GError **error)
{
  g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_UNSUPPORTED,
                       _ ("Degrees, minutes and seconds cannot be read: write decimal degrees, "
                          "as in “40.4433, -79.9959”."));
  return FALSE;
}

/* What follows the coordinates, or stands where the longitude should. */
static gboolean
set_unexpected (const char *rest,
                gboolean    had_decimal_commas,
                GError    **error)
{
  if (*rest == '\0')
    g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                         _ ("A longitude is missing after the latitude."));
  else if (had_decimal_commas && *rest == '.')
    g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                         _ ("Decimal commas are ambiguous here: write decimals with a dot, "
                            "as in “40.4433, -79.9959”."));
  else
    g_set_error (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                 _ ("Unexpected “%s” after the coordinates."), rest);

  return FALSE;
}

static gboolean
parse_pair (const char *text,
            double     *latitude,
            double     *longitude,
            GError    **error)
{
  g_autofree char *dotted = dup_with_decimal_dots (text);
  gboolean         had_decimal_commas = strcmp (dotted, text) != 0;
  const char      *p = dotted;
  const char      *end_of_first;
  Number           first, second;

  if (!read_number (&p, &first))
    return set_not_a_coordinate (error);
  if (first.degrees_minutes)
    return set_degrees_minutes (error);

  /* The two numbers are apart: a comma, a semicolon or a space. */
  end_of_first = p;
  p = skip_spaces (p);
  if (*p == ',' || *p == ';')
    p++;
  else if (p == end_of_first)
    return set_unexpected (p, had_decimal_commas, error);

  if (!read_number (&p, &second))
    {
      p = skip_spaces (p);
      return *p == '\0' ? set_unexpected (p, had_decimal_commas, error) : set_not_a_coordinate (error);
    }
  if (second.degrees_minutes)
    return set_degrees_minutes (error);

  p = skip_spaces (p);
  if (*p != '\0')
    return set_unexpected (p, had_decimal_commas, error);

  return resolve_hemispheres (&first, &second, latitude, longitude, error);
}

/* RFC 5870: geo:LAT,LON[,ALT][;crs=wgs84][;u=UNCERTAINTY][;…][?…] */
static gboolean
parse_geo_uri (const char *text,
               double     *latitude,
               double     *longitude,
               GError    **error)
{
  const char *p = text + strlen ("geo:");
  Number      lat, lon, altitude;

  if (!read_number (&p, &lat) || *p != ',' || (p++, !read_number (&p, &lon)) ||
      lat.hemisphere != 0 || lon.hemisphere != 0)
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                           _ ("This geo: link has no latitude and longitude, as in “geo:40.4433,-79.9959”."));
      return FALSE;
    }

  if (*p == ',' && (p++, !read_number (&p, &altitude)))
    return set_not_a_coordinate (error);

  while (*p == ';')
    {
      const char      *end = p + 1 + strcspn (p + 1, ";?");
      g_autofree char *param = g_strndup (p + 1, end - p - 1);

      if (g_ascii_strncasecmp (param, "crs=", 4) == 0 && g_ascii_strcasecmp (param + 4, "wgs84") != 0)
        {
          g_set_error (error, SV_GEO_ERROR, SV_GEO_ERROR_UNSUPPORTED,
                       _ ("Only geo: links in WGS 84 can be read, not in “%s”."), param + 4);
          return FALSE;
        }
      p = end;
    }

  /* A query, such as ?z=18, says how to show the place, not where it is. */
  if (*p != '\0' && *p != '?')
    {
      g_set_error (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                   _ ("Unexpected “%s” after the coordinates."), p);
      return FALSE;
    }

  *latitude = lat.value;
  *longitude = lon.value;
  return TRUE;
}

static gboolean
is_osm_host (const char *host)
{
  static const char *hosts[] = { "openstreetmap.org", "www.openstreetmap.org", "osm.org", "www.osm.org" };

  for (guint i = 0; host != NULL && i < G_N_ELEMENTS (hosts); i++)
    {
      if (g_ascii_strcasecmp (host, hosts[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

static GHashTable *
parse_params (const char *params)
{
  if (params == NULL)
    return NULL;

  return g_uri_parse_params (params, -1, "&;", G_URI_PARAMS_NONE, NULL);
}

static gboolean
lookup_pair (GHashTable *params,
             const char *lat_name,
             const char *lon_name,
             double     *latitude,
             double     *longitude)
{
  if (params == NULL)
    return FALSE;

  return parse_plain_number (g_hash_table_lookup (params, lat_name), latitude) &&
         parse_plain_number (g_hash_table_lookup (params, lon_name), longitude);
}

/* https://www.openstreetmap.org/?mlat=…&mlon=…#map=18/40.44/-79.99 (a
 * marker), …/#map=18/40.4433/-79.9959 (the map's centre) or the old
 * …/?lat=…&lon=…&zoom=… */
static gboolean
parse_osm_url (const char *text,
               double     *latitude,
               double     *longitude,
               GError    **error)
{
  g_autoptr (GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  g_autoptr (GHashTable) query = NULL;
  g_autoptr (GHashTable) fragment = NULL;
  const char *map;

  if (uri == NULL)
    return set_not_a_coordinate (error);

  if (!is_osm_host (g_uri_get_host (uri)))
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_UNSUPPORTED,
                           _ ("Only openstreetmap.org links can be read; for other maps, copy the coordinates."));
      return FALSE;
    }

  if (g_str_has_prefix (g_uri_get_path (uri), "/go/"))
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_UNSUPPORTED,
                           _ ("Short OpenStreetMap links cannot be read: open the link and copy the address "
                              "the browser shows."));
      return FALSE;
    }

  query = parse_params (g_uri_get_query (uri));
  fragment = parse_params (g_uri_get_fragment (uri));

  if (lookup_pair (query, "mlat", "mlon", latitude, longitude) ||
      lookup_pair (query, "lat", "lon", latitude, longitude))
    return TRUE;

  map = fragment != NULL ? g_hash_table_lookup (fragment, "map") : NULL;
  if (map != NULL)
    {
      g_auto (GStrv) parts = g_strsplit (map, "/", -1);
      double zoom;

      if (g_strv_length (parts) == 3 && parse_plain_number (parts[0], &zoom) &&
          parse_plain_number (parts[1], latitude) && parse_plain_number (parts[2], longitude))
        return TRUE;
    }

  g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                       _ ("This OpenStreetMap link has no position in it: use the link of the Share button."));
  return FALSE;
}

gboolean
sv_geo_parse (const char *text,
              double     *latitude,
              double     *longitude,
              GError    **error)
{
  g_autofree char *trimmed = NULL;
  double           lat = NAN, lon = NAN;
  gboolean         ok;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    return set_not_a_coordinate (error);

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                           _ ("Type a latitude and a longitude, as in “40.4433, -79.9959”."));
      return FALSE;
    }

  if (g_ascii_strncasecmp (trimmed, "geo:", 4) == 0)
    ok = parse_geo_uri (trimmed, &lat, &lon, error);
  else if (g_ascii_strncasecmp (trimmed, "http://", 7) == 0 || g_ascii_strncasecmp (trimmed, "https://", 8) == 0)
    ok = parse_osm_url (trimmed, &lat, &lon, error);
  else
    ok = parse_pair (trimmed, &lat, &lon, error);

  if (!ok || !sv_geo_check_location (lat, lon, error))
    return FALSE;

  if (latitude != NULL)
    *latitude = lat;
  if (longitude != NULL)
    *longitude = lon;

  return TRUE;
}

char *
sv_geo_fill_tile_url (const char *url_template,
                      int         zoom,
                      int         x,
                      int         y)
{
  GString         *url;
  g_autofree char *zoom_text = g_strdup_printf ("%d", zoom);
  g_autofree char *x_text = g_strdup_printf ("%d", x);
  g_autofree char *y_text = g_strdup_printf ("%d", y);

  g_return_val_if_fail (url_template != NULL, NULL);

  url = g_string_new (url_template);
  g_string_replace (url, "{z}", zoom_text, 0);
  g_string_replace (url, "{x}", x_text, 0);
  g_string_replace (url, "{y}", y_text, 0);

  return g_string_free (url, FALSE);
}

gboolean
sv_geo_tile_url_is_valid (const char *url_template,
                          GError    **error)
{
  static const char *placeholders[] = { "{z}", "{x}", "{y}" };
  g_autofree char   *example = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (url_template == NULL || *url_template == '\0')
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                           _ ("Type the address of a tile server, as in "
                              "“https://tile.example.org/{z}/{x}/{y}.png”."));
      return FALSE;
    }

  if (g_ascii_strncasecmp (url_template, "http://", 7) != 0 && g_ascii_strncasecmp (url_template, "https://", 8) != 0)
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                           _ ("A tile server address starts with http:// or https://"));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
    {
      if (strstr (url_template, placeholders[i]) == NULL)
        {
          g_set_error (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                       /* Translators: {z}, {x} and {y} stay as they are */
                       _ ("The tile address needs {z}, {x} and {y} (the zoom level, column and row), "
                          "and “%s” is missing."),
                       placeholders[i]);
          return FALSE;
        }
    }

  /* A filled-in example must be a web address like any other. */
  example = sv_geo_fill_tile_url (url_template, 1, 1, 1);
  if (strchr (example, '{') != NULL)
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_UNSUPPORTED,
                           _ ("Only {z}, {x} and {y} can be filled in by Souvenir."));
      return FALSE;
    }

  if (!sv_uri_is_web (example))
    {
      g_set_error_literal (error, SV_GEO_ERROR, SV_GEO_ERROR_INVALID,
                           _ ("This is not a web address: check for spaces and for the server’s name."));
      return FALSE;
    }

  return TRUE;
}

double
sv_geo_mercator_x (double longitude)
{
  return (longitude + 180.0) / 360.0;
}

double
sv_geo_mercator_y (double latitude)
{
  double phi = CLAMP (latitude, -MERCATOR_MAX_LATITUDE, MERCATOR_MAX_LATITUDE) * G_PI / 180.0;

  return (1.0 - asinh (tan (phi)) / G_PI) / 2.0;
}

static double
mercator_latitude (double y)
{
  return atan (sinh (G_PI * (1.0 - 2.0 * y))) * 180.0 / G_PI;
}

gboolean
sv_geo_fit (const double *latitudes,
            const double *longitudes,
            guint         n,
            double        width,
            double        height,
            double        tile_size,
            double       *latitude,
            double       *longitude,
            double       *zoom)
{
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE;
  double min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double span_x, span_y, scale;

  g_return_val_if_fail (n == 0 || (latitudes != NULL && longitudes != NULL), FALSE);
  g_return_val_if_fail (tile_size > 0, FALSE);

  if (n == 0)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      double x = sv_geo_mercator_x (longitudes[i]);
      double y = sv_geo_mercator_y (latitudes[i]);

      min_x = MIN (min_x, x);
      max_x = MAX (max_x, x);
      min_y = MIN (min_y, y);
      max_y = MAX (max_y, y);
    }

  span_x = max_x - min_x;
  span_y = max_y - min_y;

  /* How many times the world must be scaled from one tile for the span
   * to fill the width or the height, whichever is reached first. */
  if (span_x <= 0 && span_y <= 0)
    scale = INFINITY;
  else
    scale = MIN (span_x > 0 ? MAX (width, 1) / (span_x * tile_size) : INFINITY,
                 span_y > 0 ? MAX (height, 1) / (span_y * tile_size) : INFINITY);

  if (latitude != NULL)
    *latitude = mercator_latitude ((min_y + max_y) / 2.0);
  if (longitude != NULL)
    *longitude = (min_x + max_x) / 2.0 * 360.0 - 180.0;
  if (zoom != NULL)
    *zoom = isinf (scale) ? INFINITY : log2 (scale);

  return TRUE;
}
