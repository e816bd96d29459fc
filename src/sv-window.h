/* sv-window.h: the main window: trips in a sidebar, the selected trip beside them.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sv-application.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_WINDOW (sv_window_get_type ())
G_DECLARE_FINAL_TYPE (SvWindow, sv_window, SV, WINDOW, AdwApplicationWindow)

/* Opens the scrapbook at PATH; when it cannot be opened the window says
 * why and leaves the file alone. */
SvWindow *sv_window_new (SvApplication *app,
                         const char    *path);
SvStore  *sv_window_get_store (SvWindow *self);
gint64    sv_window_get_trip_id (SvWindow *self);
void      sv_window_select_trip (SvWindow *self,
                                 gint64    trip_id);
/* Shows TOAST, taking it. */
void sv_window_add_toast (SvWindow *self,
                          AdwToast *toast);

G_END_DECLS
