/* sv-talk.h: what a talk-like entry adds: room, track, role and recordings.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sv-talk-role.h"

G_BEGIN_DECLS

#define SV_TYPE_TALK (sv_talk_get_type ())

G_DECLARE_FINAL_TYPE (SvTalk, sv_talk, SV, TALK, GObject)

/* clang-format off */
/* Strings are NULL when unset; setters store "" as NULL. */
SvTalk     *sv_talk_new             (void);
SvTalk     *sv_talk_copy            (SvTalk     *self);

const char *sv_talk_get_room        (SvTalk     *self);
void        sv_talk_set_room        (SvTalk     *self,
                                     const char *room);

const char *sv_talk_get_track       (SvTalk     *self);
void        sv_talk_set_track       (SvTalk     *self,
                                     const char *track);

SvTalkRole  sv_talk_get_role        (SvTalk     *self);
void        sv_talk_set_role        (SvTalk     *self,
                                     SvTalkRole  role);

const char *sv_talk_get_video_url   (SvTalk     *self);
void        sv_talk_set_video_url   (SvTalk     *self,
                                     const char *video_url);

const char *sv_talk_get_slides_url  (SvTalk     *self);
void        sv_talk_set_slides_url  (SvTalk     *self,
                                     const char *slides_url);

gboolean    sv_talk_get_recommended (SvTalk     *self);
void        sv_talk_set_recommended (SvTalk     *self,
                                     gboolean    recommended);
/* clang-format on */

G_END_DECLS
