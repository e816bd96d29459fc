/* sv-search-view.h: search results over the whole scrapbook, with snippets.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_SEARCH_VIEW (sv_search_view_get_type ())
G_DECLARE_FINAL_TYPE (SvSearchView, sv_search_view, SV, SEARCH_VIEW, GtkWidget)

GtkWidget  *sv_search_view_new (void);
SvStore    *sv_search_view_get_store (SvSearchView *self);
void        sv_search_view_set_store (SvSearchView *self,
                                      SvStore      *store);
const char *sv_search_view_get_query (SvSearchView *self);
/* Runs the search; "" clears the results. */
void sv_search_view_set_query (SvSearchView *self,
                               const char   *query);
/* Activates the first result, as Enter in the search entry does. */
gboolean sv_search_view_activate_first (SvSearchView *self);

G_END_DECLS
