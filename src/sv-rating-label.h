/* sv-rating-label.h: a rating shown as stars, read out as "4 out of 5".
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SV_TYPE_RATING_LABEL (sv_rating_label_get_type ())
G_DECLARE_FINAL_TYPE (SvRatingLabel, sv_rating_label, SV, RATING_LABEL, GtkWidget)

/* clang-format off */
GtkWidget  *sv_rating_label_new        (int            rating);

/* 0 (shown as "Not rated") to 5 stars. */
int         sv_rating_label_get_rating (SvRatingLabel *self);
void        sv_rating_label_set_rating (SvRatingLabel *self,
                                        int            rating);

/* What is on screen: "★★★★☆" or "Not rated". */
const char *sv_rating_label_get_text   (SvRatingLabel *self);
/* clang-format on */

G_END_DECLS
