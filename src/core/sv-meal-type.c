/* sv-meal-type.c: which meal of the day a meal entry was.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-meal-type.h"

/* clang-format off */
G_DEFINE_ENUM_TYPE (SvMealType, sv_meal_type,
                    G_DEFINE_ENUM_VALUE (SV_MEAL_TYPE_BREAKFAST, "breakfast"),
                    G_DEFINE_ENUM_VALUE (SV_MEAL_TYPE_LUNCH, "lunch"),
                    G_DEFINE_ENUM_VALUE (SV_MEAL_TYPE_DINNER, "dinner"),
                    G_DEFINE_ENUM_VALUE (SV_MEAL_TYPE_SNACK, "snack"))
/* clang-format on */

const char *
sv_meal_type_to_string (SvMealType value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (SV_TYPE_MEAL_TYPE);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  /* The nicks are static strings, they outlive the class reference. */
  return enum_value->value_nick;
}

gboolean
sv_meal_type_from_string (const char *str,
                          SvMealType *out)
{
  g_autoptr (GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (str == NULL)
    return FALSE;

  klass = g_type_class_ref (SV_TYPE_MEAL_TYPE);
  enum_value = g_enum_get_value_by_nick (klass, str);

  if (enum_value == NULL)
    return FALSE;

  if (out != NULL)
    *out = enum_value->value;

  return TRUE;
}

const char *
sv_meal_type_get_label (SvMealType value)
{
  switch (value)
    {
    case SV_MEAL_TYPE_BREAKFAST:
      return C_ ("meal type", "Breakfast");

    case SV_MEAL_TYPE_LUNCH:
      return C_ ("meal type", "Lunch");

    case SV_MEAL_TYPE_DINNER:
      return C_ ("meal type", "Dinner");

    case SV_MEAL_TYPE_SNACK:
      return C_ ("meal type", "Snack");

    default:
      g_return_val_if_reached (NULL);
    }
}
