/* sv-search-row.h: one search result: kind, title, trip and day, and the matching words.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-search-result.h"

G_BEGIN_DECLS

#define SV_TYPE_SEARCH_ROW (sv_search_row_get_type ())
G_DECLARE_FINAL_TYPE (SvSearchRow, sv_search_row, SV, SEARCH_ROW, GtkWidget)

/* clang-format off */
GtkWidget      *sv_search_row_new        (void);

/* The result shown; NULL for an empty row (a recycled list row). */
SvSearchResult *sv_search_row_get_result (SvSearchRow    *self);
void            sv_search_row_set_result (SvSearchRow    *self,
                                          SvSearchResult *result);
/* clang-format on */

G_END_DECLS
