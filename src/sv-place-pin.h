/* sv-place-pin.h: a place on the map: a pin in its category's colour, with a popover.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <shumate/shumate.h>

#include "sv-place.h"

G_BEGIN_DECLS

#define SV_TYPE_PLACE_PIN (sv_place_pin_get_type ())
G_DECLARE_FINAL_TYPE (SvPlacePin, sv_place_pin, SV, PLACE_PIN, ShumateMarker)

/* Emits "opened" when its popover opens. */
SvPlacePin *sv_place_pin_new (void);
/* Shows PLACE (which must have a location) with its VISITS (SvEntry, in
 * timeline order); FAVOURITE marks the trip's favourite restaurant. */
void     sv_place_pin_update (SvPlacePin *self,
                              SvPlace    *place,
                              GPtrArray  *visits,
                              gboolean    favourite);
SvPlace *sv_place_pin_get_place (SvPlacePin *self);
gboolean sv_place_pin_get_favourite (SvPlacePin *self);
void     sv_place_pin_popup (SvPlacePin *self);
void     sv_place_pin_popdown (SvPlacePin *self);


G_END_DECLS
