/* sv-meal-type.h: which meal of the day a meal entry was.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Saved by nick, never by number; add new values at the end all the same. */
typedef enum {
  SV_MEAL_TYPE_BREAKFAST = 0,
  SV_MEAL_TYPE_LUNCH,
  SV_MEAL_TYPE_DINNER,
  SV_MEAL_TYPE_SNACK,
} SvMealType;

#define SV_TYPE_MEAL_TYPE (sv_meal_type_get_type ())

/* clang-format off */
GType       sv_meal_type_get_type    (void);

/* The stable nick, held by the database and by exported files. */
const char *sv_meal_type_to_string   (SvMealType  value);

/* FALSE, leaving OUT alone, for NULL and unknown nicks. */
gboolean    sv_meal_type_from_string (const char *str,
                                      SvMealType *out);

/* For display: translated, in sentence case. */
const char *sv_meal_type_get_label   (SvMealType  value);
/* clang-format on */

G_END_DECLS
