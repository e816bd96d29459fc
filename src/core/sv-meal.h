/* sv-meal.h: what a meal entry adds: which meal, the dishes and what it cost.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sv-meal-type.h"

G_BEGIN_DECLS

#define SV_TYPE_MEAL (sv_meal_get_type ())

G_DECLARE_FINAL_TYPE (SvMeal, sv_meal, SV, MEAL, GObject)

/* clang-format off */
/* Strings are NULL when unset; setters store "" as NULL. */
SvMeal     *sv_meal_new                (void);
SvMeal     *sv_meal_copy               (SvMeal     *self);

SvMealType  sv_meal_get_meal_type      (SvMeal     *self);
void        sv_meal_set_meal_type      (SvMeal     *self,
                                        SvMealType  meal_type);

const char *sv_meal_get_dishes         (SvMeal     *self);
void        sv_meal_set_dishes         (SvMeal     *self,
                                        const char *dishes);

/* -1 when there is no price; the setter turns any negative value (and
 * NaN) into -1. */
double      sv_meal_get_price          (SvMeal     *self);
void        sv_meal_set_price          (SvMeal     *self,
                                        double      price);

/* ISO 4217, "EUR". */
const char *sv_meal_get_currency       (SvMeal     *self);
void        sv_meal_set_currency       (SvMeal     *self,
                                        const char *currency);

/* 0: none; 1: the favourite meal of the trip, 2: the next, … */
int         sv_meal_get_favourite_rank (SvMeal     *self);
void        sv_meal_set_favourite_rank (SvMeal     *self,
                                        int         favourite_rank);
/* clang-format on */

G_END_DECLS
