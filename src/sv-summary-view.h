/* sv-summary-view.h: the Summary view: a trip's numbers, top talks, restaurants, watch-later list.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-trip-view.h"

G_BEGIN_DECLS

#define SV_TYPE_SUMMARY_VIEW (sv_summary_view_get_type ())
G_DECLARE_FINAL_TYPE (SvSummaryView, sv_summary_view, SV, SUMMARY_VIEW, SvTripView)

GtkWidget *sv_summary_view_new (void);

G_END_DECLS
