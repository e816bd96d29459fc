/* sv-rating.c: a rating of 0 to 5 stars, as text and as words.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-rating.h"

#define STAR_FULL  "★"
#define STAR_EMPTY "☆"

char *
sv_rating_dup_stars (int rating)
{
  GString *stars;

  rating = CLAMP (rating, 0, SV_RATING_MAX);
  if (rating == 0)
    return NULL;

  stars = g_string_new (NULL);
  for (int i = 0; i < SV_RATING_MAX; i++)
    g_string_append (stars, i < rating ? STAR_FULL : STAR_EMPTY);

  return g_string_free (stars, FALSE);
}

char *
sv_rating_dup_label (int rating)
{
  rating = CLAMP (rating, 0, SV_RATING_MAX);
  if (rating == 0)
    return g_strdup (_ ("Not rated"));

  /* Translators: a rating in stars, for screen readers: "4 out of 5" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d out of 5", "%d out of 5", rating), rating);
}
