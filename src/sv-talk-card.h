/* sv-talk-card.h: one talk of the Talks grid: kind, title, speakers, stars, badges and notes.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-entry.h"

G_BEGIN_DECLS

#define SV_TYPE_TALK_CARD (sv_talk_card_get_type ())
G_DECLARE_FINAL_TYPE (SvTalkCard, sv_talk_card, SV, TALK_CARD, GtkWidget)

/* clang-format off */
GtkWidget *sv_talk_card_new       (void);

/* The talk shown; NULL for an empty card (a recycled grid cell). */
SvEntry   *sv_talk_card_get_entry (SvTalkCard *self);
void       sv_talk_card_set_entry (SvTalkCard *self,
                                   SvEntry    *entry);
/* clang-format on */

G_END_DECLS
