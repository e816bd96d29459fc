/* sv-place-category.h: the kind of a place, with its icon and map colour.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Saved by nick, never by number; add new values at the end all the same. */
typedef enum {
  SV_PLACE_CATEGORY_RESTAURANT = 0,
  SV_PLACE_CATEGORY_CAFE,
  SV_PLACE_CATEGORY_BAR,
  SV_PLACE_CATEGORY_VENUE,
  SV_PLACE_CATEGORY_HOTEL,
  SV_PLACE_CATEGORY_SIGHT,
  SV_PLACE_CATEGORY_OTHER,
} SvPlaceCategory;

#define SV_TYPE_PLACE_CATEGORY (sv_place_category_get_type ())

/* clang-format off */
GType       sv_place_category_get_type      (void);

/* The stable nick, held by the database and by exported files. */
const char *sv_place_category_to_string     (SvPlaceCategory  value);

/* FALSE, leaving OUT alone, for NULL and unknown nicks. */
gboolean    sv_place_category_from_string   (const char      *str,
                                             SvPlaceCategory *out);

/* For display: translated, in sentence case. */
const char *sv_place_category_get_label     (SvPlaceCategory  value);

/* A symbolic icon of the Adwaita theme. */
const char *sv_place_category_get_icon_name (SvPlaceCategory  value);

/* "#rrggbb", from the GNOME palette, for map markers. */
const char *sv_place_category_get_color     (SvPlaceCategory  value);
/* clang-format on */

G_END_DECLS
