/* sv-timeline-model.h: a trip day by day, as a list model that follows the store.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sv-store.h"
#include "sv-timeline-item.h"

G_BEGIN_DECLS

#define SV_TYPE_TIMELINE_MODEL (sv_timeline_model_get_type ())

G_DECLARE_FINAL_TYPE (SvTimelineModel, sv_timeline_model, SV, TIMELINE_MODEL, GObject)

/* clang-format off */
/* The SvTimelineItems of TRIP_ID: the trip-level notes under a header of
 * their own (day NULL), then a header for each day that has entries, each
 * followed by its entries in the store's order. Loads the trip with one
 * sv_store_list_entries(), then follows the store's change signals, item
 * by item. TRIP_ID 0 gives an empty model. */
SvTimelineModel *sv_timeline_model_new         (SvStore         *store,
                                                gint64           trip_id,
                                                GError         **error);

SvStore         *sv_timeline_model_get_store   (SvTimelineModel *self);
gint64           sv_timeline_model_get_trip_id (SvTimelineModel *self);

/* How many of the items are entries (not headers). */
guint            sv_timeline_model_get_n_entries (SvTimelineModel *self);

/* FALSE when the entry is not in the model; POSITION may be NULL. */
gboolean         sv_timeline_model_find_entry  (SvTimelineModel *self,
                                                gint64           entry_id,
                                                guint           *position);
/* clang-format on */

G_END_DECLS
