/* sv-timeline-view.h: the Timeline: a trip day by day, in a recycling list.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-trip-view.h"

G_BEGIN_DECLS

#define SV_TYPE_TIMELINE_VIEW (sv_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (SvTimelineView, sv_timeline_view, SV, TIMELINE_VIEW, SvTripView)

GtkWidget *sv_timeline_view_new (void);
/* Scrolls to ENTRY_ID and selects it (after a search, say). */
void sv_timeline_view_scroll_to_entry (SvTimelineView *self,
                                       gint64          entry_id);
/* The day of the selected entry or heading; NULL for none, or the notes
 * about the whole trip. */
const char *sv_timeline_view_get_selected_day (SvTimelineView *self);

G_END_DECLS
