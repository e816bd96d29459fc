/* sv-name-completion.h: suggests known names for the last of the comma-separated names typed in an entry.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SV_TYPE_NAME_COMPLETION (sv_name_completion_get_type ())
G_DECLARE_FINAL_TYPE (SvNameCompletion, sv_name_completion, SV, NAME_COMPLETION, GtkPopover)

/* clang-format off */
/* A popover parented to EDITABLE, a GtkEditable widget such as an
 * AdwEntryRow, that follows its text. Whoever owns EDITABLE unparents the
 * popover (gtk_widget_unparent()) before EDITABLE is disposed. */
SvNameCompletion *sv_name_completion_new       (GtkWidget          *editable);

/* The names to suggest, in the order to suggest them. */
void              sv_name_completion_set_names (SvNameCompletion   *self,
                                                const char * const *names);

/* Replaces the name being typed with NAME, as a click on a suggestion
 * does. */
void              sv_name_completion_accept    (SvNameCompletion   *self,
                                                const char         *name);
/* clang-format on */

G_END_DECLS
