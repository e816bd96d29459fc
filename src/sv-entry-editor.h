/* sv-entry-editor.h: the editor of one entry of any kind; every change is saved at once.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_ENTRY_EDITOR (sv_entry_editor_get_type ())
G_DECLARE_FINAL_TYPE (SvEntryEditor, sv_entry_editor, SV, ENTRY_EDITOR, AdwWindow)

/* Edits ENTRY_ID, or a new entry of TRIP_ID when ENTRY_ID is 0 (on DAY,
 * which may be NULL). A new entry is written to STORE once it has a
 * title. Delete and Show on Map activate win.delete-entry and
 * win.show-place on PARENT. */
SvEntryEditor *sv_entry_editor_new (GtkWindow  *parent,
                                    SvStore    *store,
                                    gint64      trip_id,
                                    gint64      entry_id,
                                    const char *day);
/* The entry being edited: 0 while a new entry is not saved yet. */
gint64 sv_entry_editor_get_entry_id (SvEntryEditor *self);

/* Saves at once what is waiting for the typing to pause: text, tags half
 * typed, photo captions. A value the editor refuses stays unsaved. */
void sv_entry_editor_flush (SvEntryEditor *self);

G_END_DECLS
