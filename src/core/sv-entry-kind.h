/* sv-entry-kind.h: what an entry of a timeline is: a note, a talk, a meal, ….
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Saved by nick, never by number; add new values at the end all the same. */
typedef enum {
  SV_ENTRY_KIND_NOTE = 0,
  SV_ENTRY_KIND_KEYNOTE,
  SV_ENTRY_KIND_TALK,
  SV_ENTRY_KIND_LIGHTNING_TALKS,
  SV_ENTRY_KIND_OPEN_SPACE,
  SV_ENTRY_KIND_TUTORIAL,
  SV_ENTRY_KIND_SPRINT,
  SV_ENTRY_KIND_MEAL,
  SV_ENTRY_KIND_ACTIVITY,
  SV_ENTRY_KIND_TRAVEL,
  SV_ENTRY_KIND_MEETUP,
} SvEntryKind;

#define SV_TYPE_ENTRY_KIND (sv_entry_kind_get_type ())

/* clang-format off */
GType       sv_entry_kind_get_type      (void);

/* The stable nick, held by the database and by exported files. */
const char *sv_entry_kind_to_string     (SvEntryKind  value);

/* FALSE, leaving OUT alone, for NULL and unknown nicks. */
gboolean    sv_entry_kind_from_string   (const char  *str,
                                         SvEntryKind *out);

/* For display: translated, in sentence case. */
const char *sv_entry_kind_get_label     (SvEntryKind  value);

/* A symbolic icon of the Adwaita theme. */
const char *sv_entry_kind_get_icon_name (SvEntryKind  value);

/* TRUE for the kinds that have talk details: keynotes, talks, lightning
 * talks, open spaces, tutorials and sprints. */
gboolean    sv_entry_kind_is_talk       (SvEntryKind  value);

/* How many kinds there are, for menus that list them all. */
guint       sv_entry_kind_get_n_values  (void);
/* clang-format on */

G_END_DECLS
