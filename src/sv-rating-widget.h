/* sv-rating-widget.h: zero to five stars, set with the mouse or the keyboard.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-rating.h"

G_BEGIN_DECLS

#define SV_TYPE_RATING_WIDGET (sv_rating_widget_get_type ())
G_DECLARE_FINAL_TYPE (SvRatingWidget, sv_rating_widget, SV, RATING_WIDGET, GtkWidget)

/* clang-format off */
GtkWidget *sv_rating_widget_new       (void);

/* 0: no rating, else 1 to SV_RATING_MAX stars; the setter clamps. */
int        sv_rating_widget_get_value (SvRatingWidget *self);
void       sv_rating_widget_set_value (SvRatingWidget *self,
                                       int             value);
/* clang-format on */

G_END_DECLS
