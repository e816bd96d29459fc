/* sv-tag.h: a tag entries carry, with how many carry it.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SV_TYPE_TAG (sv_tag_get_type ())

G_DECLARE_FINAL_TYPE (SvTag, sv_tag, SV, TAG, GObject)

/* clang-format off */
/* Strings are NULL when unset; setters store "" as NULL. Ids are 0 when
 * unset, the tag's own until the store saves it. */
SvTag      *sv_tag_new           (void);
SvTag      *sv_tag_copy          (SvTag      *self);

gint64      sv_tag_get_id        (SvTag      *self);
void        sv_tag_set_id        (SvTag      *self,
                                  gint64      id);

const char *sv_tag_get_name      (SvTag      *self);
void        sv_tag_set_name      (SvTag      *self,
                                  const char *name);

/* Counted by the store; never saved. */
guint       sv_tag_get_n_entries (SvTag      *self);
void        sv_tag_set_n_entries (SvTag      *self,
                                  guint       n_entries);
/* clang-format on */

G_END_DECLS
