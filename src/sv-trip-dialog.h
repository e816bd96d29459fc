/* sv-trip-dialog.h: creates a trip, or edits one's title, place, dates and link.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_TRIP_DIALOG (sv_trip_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SvTripDialog, sv_trip_dialog, SV, TRIP_DIALOG, AdwWindow)

/* Edits TRIP_ID, or makes a new trip when it is 0. */
SvTripDialog *sv_trip_dialog_new (GtkWindow *parent,
                                  SvStore   *store,
                                  gint64     trip_id);
/* Saves what the fields hold; on failure the dialog shows why and stays. */
gboolean sv_trip_dialog_save (SvTripDialog *self);
gint64   sv_trip_dialog_get_trip_id (SvTripDialog *self);

G_END_DECLS
