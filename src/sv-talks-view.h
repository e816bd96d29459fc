/* sv-talks-view.h: the Talks view: a grid of talk cards with filters.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-trip-view.h"

G_BEGIN_DECLS

#define SV_TYPE_TALKS_VIEW (sv_talks_view_get_type ())
G_DECLARE_FINAL_TYPE (SvTalksView, sv_talks_view, SV, TALKS_VIEW, SvTripView)

GtkWidget *sv_talks_view_new (void);

G_END_DECLS
