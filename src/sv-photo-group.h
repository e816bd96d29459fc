/* sv-photo-group.h: the photos of an entry in the editor: add (file chooser or drop), caption, reorder, remove.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_TYPE_PHOTO_GROUP (sv_photo_group_get_type ())
G_DECLARE_FINAL_TYPE (SvPhotoGroup, sv_photo_group, SV, PHOTO_GROUP, AdwPreferencesGroup)

/* clang-format off */
/* Properties: "store", "entry-id" (0 while the entry is not saved: photos
 * cannot be added yet) and "busy" (TRUE while files are read). */
void     sv_photo_group_set_store    (SvPhotoGroup *self,
                                      SvStore      *store);
void     sv_photo_group_set_entry_id (SvPhotoGroup *self,
                                      gint64        entry_id);
gint64   sv_photo_group_get_entry_id (SvPhotoGroup *self);
gboolean sv_photo_group_get_busy     (SvPhotoGroup *self);

/* Reads FILES (GFile) one after the other, in the background, and stores
 * those that are images; the others are refused with a message. What the
 * file chooser and a drop do. */
void     sv_photo_group_add_files    (SvPhotoGroup *self,
                                      GListModel   *files);

/* Saves captions still being typed. */
void     sv_photo_group_flush        (SvPhotoGroup *self);
/* clang-format on */

G_END_DECLS
