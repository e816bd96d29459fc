/* sv-talks-view.h: the Talks view: a grid of talk cards with filters.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_TALKS_VIEW (sv_talks_view_get_type ())
G_DECLARE_FINAL_TYPE (SvTalksView, sv_talks_view, SV, TALKS_VIEW, GtkWidget)

GtkWidget *sv_talks_view_new (void);
SvStore   *sv_talks_view_get_store (SvTalksView *self);
void       sv_talks_view_set_store (SvTalksView *self,
                                    SvStore     *store);
gint64     sv_talks_view_get_trip_id (SvTalksView *self);
void       sv_talks_view_set_trip_id (SvTalksView *self,
                                      gint64       trip_id);

G_END_DECLS
