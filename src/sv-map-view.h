/* sv-map-view.h: the Map view: the trip's places as pins on a libshumate map.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-place-editor.h"
#include "sv-trip-view.h"

G_BEGIN_DECLS

#define SV_TYPE_MAP_VIEW (sv_map_view_get_type ())
G_DECLARE_FINAL_TYPE (SvMapView, sv_map_view, SV, MAP_VIEW, SvTripView)

GtkWidget *sv_map_view_new (void);
/* Centres the map on PLACE_ID's pin and opens its popover; a place that
 * is not on the map yet gets a message with an Edit button instead. */
void sv_map_view_show_place (SvMapView *self,
                             gint64     place_id);
/* "Add Place Here": opens the place editor for a new place at that spot,
 * offering to add a visit to the trip shown. */
SvPlaceEditor *sv_map_view_add_place_at (SvMapView *self,
                                         double     latitude,
                                         double     longitude);

G_END_DECLS
