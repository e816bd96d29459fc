/* sv-place-editor.h: creates a place, or edits its name, category, address, location and link.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_PLACE_EDITOR (sv_place_editor_get_type ())
G_DECLARE_FINAL_TYPE (SvPlaceEditor, sv_place_editor, SV, PLACE_EDITOR, AdwWindow)

/* Edits PLACE_ID, or makes a new place when it is 0. */
SvPlaceEditor *sv_place_editor_new (GtkWindow *parent,
                                    SvStore   *store,
                                    gint64     place_id);
/* Fills in the location, as "Add Place Here" on the map does. */
void sv_place_editor_set_location (SvPlaceEditor *self,
                                   double         latitude,
                                   double         longitude);
/* For a new place: offers to add a visit to TRIP_ID (0: offers nothing),
 * so that the place shows on that trip's map. */
void sv_place_editor_set_trip_id (SvPlaceEditor *self,
                                  gint64         trip_id);
/* Saves what the fields hold; on failure the editor shows why, stays open
 * and the scrapbook is left as it was. */
gboolean sv_place_editor_save (SvPlaceEditor *self);
/* 0 while a new place is not saved yet. */
gint64 sv_place_editor_get_place_id (SvPlaceEditor *self);

G_END_DECLS
