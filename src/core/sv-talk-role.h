/* sv-talk-role.h: how the user took part in a talk: in the audience, on stage, or not yet.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Saved by nick, never by number; add new values at the end all the same. */
typedef enum {
  SV_TALK_ROLE_ATTENDED = 0,
  SV_TALK_ROLE_PRESENTED,
  SV_TALK_ROLE_WATCH_LATER,
} SvTalkRole;

#define SV_TYPE_TALK_ROLE (sv_talk_role_get_type ())

/* clang-format off */
GType       sv_talk_role_get_type    (void);

/* The stable nick, held by the database and by exported files. */
const char *sv_talk_role_to_string   (SvTalkRole  value);

/* FALSE, leaving OUT alone, for NULL and unknown nicks. */
gboolean    sv_talk_role_from_string (const char *str,
                                      SvTalkRole *out);

/* For display: translated, in sentence case. */
const char *sv_talk_role_get_label   (SvTalkRole  value);
/* clang-format on */

G_END_DECLS
