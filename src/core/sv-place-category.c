/* sv-place-category.c: the kind of a place, with its icon and map colour.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-place-category.h"

/* clang-format off */
G_DEFINE_ENUM_TYPE (SvPlaceCategory, sv_place_category,
                    G_DEFINE_ENUM_VALUE (SV_PLACE_CATEGORY_RESTAURANT, "restaurant"),
                    G_DEFINE_ENUM_VALUE (SV_PLACE_CATEGORY_CAFE, "cafe"),
                    G_DEFINE_ENUM_VALUE (SV_PLACE_CATEGORY_BAR, "bar"),
                    G_DEFINE_ENUM_VALUE (SV_PLACE_CATEGORY_VENUE, "venue"),
                    G_DEFINE_ENUM_VALUE (SV_PLACE_CATEGORY_HOTEL, "hotel"),
                    G_DEFINE_ENUM_VALUE (SV_PLACE_CATEGORY_SIGHT, "sight"),
                    G_DEFINE_ENUM_VALUE (SV_PLACE_CATEGORY_OTHER, "other"))
/* clang-format on */

const char *
sv_place_category_to_string (SvPlaceCategory value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (SV_TYPE_PLACE_CATEGORY);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  /* The nicks are static strings, they outlive the class reference. */
  return enum_value->value_nick;
}

gboolean
sv_place_category_from_string (const char      *str,
                               SvPlaceCategory *out)
{
  g_autoptr (GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (str == NULL)
    return FALSE;

  klass = g_type_class_ref (SV_TYPE_PLACE_CATEGORY);
  enum_value = g_enum_get_value_by_nick (klass, str);

  if (enum_value == NULL)
    return FALSE;

  if (out != NULL)
    *out = enum_value->value;

  return TRUE;
}

const char *
sv_place_category_get_label (SvPlaceCategory value)
{
  switch (value)
    {
    case SV_PLACE_CATEGORY_RESTAURANT:
      return C_ ("place category", "Restaurant");

    case SV_PLACE_CATEGORY_CAFE:
      return C_ ("place category", "Café");

    case SV_PLACE_CATEGORY_BAR:
      return C_ ("place category", "Bar");

    case SV_PLACE_CATEGORY_VENUE:
      return C_ ("place category", "Venue");

    case SV_PLACE_CATEGORY_HOTEL:
      return C_ ("place category", "Hotel");

    case SV_PLACE_CATEGORY_SIGHT:
      return C_ ("place category", "Sight");

    case SV_PLACE_CATEGORY_OTHER:
      return C_ ("place category", "Other");

    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sv_place_category_get_icon_name (SvPlaceCategory value)
{
  switch (value)
    {
    case SV_PLACE_CATEGORY_RESTAURANT:
      return "emoji-food-symbolic";

    case SV_PLACE_CATEGORY_CAFE:
      return "weather-clear-symbolic";

    case SV_PLACE_CATEGORY_BAR:
      return "weather-clear-night-symbolic";

    case SV_PLACE_CATEGORY_VENUE:
      return "x-office-presentation-symbolic";

    case SV_PLACE_CATEGORY_HOTEL:
      return "user-home-symbolic";

    case SV_PLACE_CATEGORY_SIGHT:
      return "camera-photo-symbolic";

    case SV_PLACE_CATEGORY_OTHER:
      return "mark-location-symbolic";

    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sv_place_category_get_color (SvPlaceCategory value)
{
  switch (value)
    {
    case SV_PLACE_CATEGORY_RESTAURANT:
      return "#e66100";

    case SV_PLACE_CATEGORY_CAFE:
      return "#865e3c";

    case SV_PLACE_CATEGORY_BAR:
      return "#9141ac";

    case SV_PLACE_CATEGORY_VENUE:
      return "#1c71d8";

    case SV_PLACE_CATEGORY_HOTEL:
      return "#2ec27e";

    case SV_PLACE_CATEGORY_SIGHT:
      return "#c01c28";

    case SV_PLACE_CATEGORY_OTHER:
      return "#5e5c64";

    default:
      g_return_val_if_reached (NULL);
    }
}
