/* sv-summary-view.h: the Summary view: a trip's numbers, top talks, restaurants, watch-later list.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_SUMMARY_VIEW (sv_summary_view_get_type ())
G_DECLARE_FINAL_TYPE (SvSummaryView, sv_summary_view, SV, SUMMARY_VIEW, GtkWidget)

GtkWidget *sv_summary_view_new (void);
SvStore   *sv_summary_view_get_store (SvSummaryView *self);
void       sv_summary_view_set_store (SvSummaryView *self,
                                      SvStore       *store);
gint64     sv_summary_view_get_trip_id (SvSummaryView *self);
void       sv_summary_view_set_trip_id (SvSummaryView *self,
                                        gint64         trip_id);

G_END_DECLS
