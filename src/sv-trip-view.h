/* sv-trip-view.h: the base of the views that show one trip of a scrapbook.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_TRIP_VIEW (sv_trip_view_get_type ())
G_DECLARE_DERIVABLE_TYPE (SvTripView, sv_trip_view, SV, TRIP_VIEW, GtkWidget)

struct _SvTripViewClass
{
  GtkWidgetClass parent_class;

  /* The store or the trip changed (and was notified): the view shows the
   * new one, now or when it suits it. */
  void (*reload) (SvTripView *self);

  /* The store's change signals, for any trip: each view picks what
   * concerns it. */
  void (*entry_changed) (SvTripView   *self,
                         gint64        trip_id,
                         gint64        entry_id,
                         SvStoreChange change);
  void (*trip_changed) (SvTripView   *self,
                        gint64        trip_id,
                        SvStoreChange change);
  void (*place_changed) (SvTripView   *self,
                         gint64        place_id,
                         SvStoreChange change);
};

SvStore *sv_trip_view_get_store (SvTripView *self);
void     sv_trip_view_set_store (SvTripView *self,
                                 SvStore    *store);
gint64   sv_trip_view_get_trip_id (SvTripView *self);
void     sv_trip_view_set_trip_id (SvTripView *self,
                                   gint64      trip_id);

/* For subclasses: the user opened ENTRY_ID ("entry-activated"). */
void sv_trip_view_activate_entry (SvTripView *self,
                                  gint64      entry_id);

G_END_DECLS
