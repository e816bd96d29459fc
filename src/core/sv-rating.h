/* sv-rating.h: a rating of 0 to 5 stars, as text and as words.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The highest rating; 0 means unrated. */
#define SV_RATING_MAX 5

/* clang-format off */
/* "★★★★☆" for 4; NULL for 0 (unrated). Values out of range are clamped. */
char *sv_rating_dup_stars (int rating);

/* What a screen reader says, and what text exports print beside the stars:
 * "4 out of 5", or "Not rated" for 0. */
char *sv_rating_dup_label (int rating);
/* clang-format on */

G_END_DECLS
