/* sv-geo.h: coordinates as people type and paste them, tile URLs and map framing.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SV_GEO_ERROR (sv_geo_error_quark ())

typedef enum {
  SV_GEO_ERROR_INVALID,      /* not a coordinate, or not a tile URL */
  SV_GEO_ERROR_OUT_OF_RANGE, /* a latitude or longitude that is not on Earth */
  SV_GEO_ERROR_UNSUPPORTED,  /* a form we recognise but do not read */
} SvGeoError;

/* clang-format off */
GQuark   sv_geo_error_quark      (void);

/* Refuses, with SV_GEO_ERROR_OUT_OF_RANGE, a latitude outside ±90 or a
 * longitude outside ±180, and NaN. */
gboolean sv_geo_check_location   (double       latitude,
                                  double       longitude,
                                  GError     **error);

/* Reads a location the way people write or paste it:
 *   "40.4433, -79.9959", "40.4433 -79.9959", "40.4433°, −79.9959°",
 *   "40.4433 N, 79.9959 W"; with decimal commas only when that is not
 *   ambiguous: "40,4433, -79,9959" or "40,4433 -79,9959";
 *   "geo:40.4433,-79.9959" (RFC 5870, with ;u=… and ?z=…);
 *   an openstreetmap.org link, with mlat/mlon or #map=zoom/lat/lon.
 * Anything else, anything after the coordinate and short links
 * (osm.org/go/…) are refused with a message that says what is wrong.
 * LATITUDE and LONGITUDE are left alone on failure. Independent of the
 * locale. */
gboolean sv_geo_parse            (const char  *text,
                                  double      *latitude,
                                  double      *longitude,
                                  GError     **error);

/* URL_TEMPLATE with {z}, {x} and {y} filled in, every time they occur. */
char    *sv_geo_fill_tile_url    (const char  *url_template,
                                  int          zoom,
                                  int          x,
                                  int          y);

/* TRUE for an http or https URL template with {z}, {x} and {y}, such as
 * "https://tile.openstreetmap.org/{z}/{x}/{y}.png". */
gboolean sv_geo_tile_url_is_valid (const char *url_template,
                                   GError    **error);

/* Web Mercator, as map tiles use: the world is the unit square, x from
 * the antimeridian eastwards, y from the north down. Latitudes are held
 * to ±85.0511°, where the square ends. */
double   sv_geo_mercator_x       (double       longitude);
double   sv_geo_mercator_y       (double       latitude);

/* The centre and the largest zoom level at which the N points fit in a
 * WIDTH × HEIGHT map of TILE_SIZE tiles (Web Mercator, as on
 * OpenStreetMap). ZOOM is INFINITY when all points are at the same spot:
 * callers clamp it. FALSE, leaving the outputs alone, when N is 0. */
gboolean sv_geo_fit              (const double *latitudes,
                                  const double *longitudes,
                                  guint         n,
                                  double        width,
                                  double        height,
                                  double        tile_size,
                                  double       *latitude,
                                  double       *longitude,
                                  double       *zoom);
/* clang-format on */

G_END_DECLS
