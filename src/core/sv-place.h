/* sv-place.h: a place shared by all trips: a restaurant, a venue, a sight, ….
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sv-place-category.h"

G_BEGIN_DECLS

#define SV_TYPE_PLACE (sv_place_get_type ())

G_DECLARE_FINAL_TYPE (SvPlace, sv_place, SV, PLACE, GObject)

/* clang-format off */
/* Strings are NULL when unset; setters store "" as NULL. Ids are 0 when
 * unset, the place's own until the store saves it. */
SvPlace        *sv_place_new              (void);
SvPlace        *sv_place_copy             (SvPlace        *self);

gint64          sv_place_get_id           (SvPlace        *self);
void            sv_place_set_id           (SvPlace        *self,
                                           gint64          id);

const char     *sv_place_get_name         (SvPlace        *self);
void            sv_place_set_name         (SvPlace        *self,
                                           const char     *name);

SvPlaceCategory sv_place_get_category     (SvPlace        *self);
void            sv_place_set_category     (SvPlace        *self,
                                           SvPlaceCategory category);

const char     *sv_place_get_address      (SvPlace        *self);
void            sv_place_set_address      (SvPlace        *self,
                                           const char     *address);

const char     *sv_place_get_url          (SvPlace        *self);
void            sv_place_set_url          (SvPlace        *self,
                                           const char     *url);

/* The location, set with sv_place_set_location(); latitude and longitude
 * are 0 without one. */
double          sv_place_get_latitude     (SvPlace        *self);

double          sv_place_get_longitude    (SvPlace        *self);

gboolean        sv_place_get_has_location (SvPlace        *self);

/* Refuses, with SV_GEO_ERROR_OUT_OF_RANGE, what is not on Earth. */
gboolean        sv_place_set_location     (SvPlace        *self,
                                           double          latitude,
                                           double          longitude,
                                           GError        **error);
void            sv_place_clear_location   (SvPlace        *self);

/* The place on openstreetmap.org; NULL without a location. */
char           *sv_place_dup_osm_url      (SvPlace        *self);
/* clang-format on */

G_END_DECLS
