/* sv-export-dialog.h: the blog export's options, a file to write, and the export off the main thread.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sv-store.h"
#include "sv-window.h"

G_BEGIN_DECLS

#define SV_TYPE_EXPORT_DIALOG (sv_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SvExportDialog, sv_export_dialog, SV, EXPORT_DIALOG, AdwWindow)

/* A dialog to export TRIP_ID of STORE, over PARENT. */
SvExportDialog *sv_export_dialog_new (GtkWindow *parent,
                                      SvStore   *store,
                                      gint64     trip_id);

/* Exports to FILE with the options as they are set, as the file chooser
 * does; when done, emits ::exported and closes, or shows what went wrong. */
void sv_export_dialog_export_to (SvExportDialog *self,
                                 GFile          *file);

/* The dialog for WINDOW's trip; the window says "Exported" when it is. */
void sv_export_dialog_present_for (SvWindow *window);

G_END_DECLS
