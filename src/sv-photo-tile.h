/* sv-photo-tile.h: one photo of an entry in the editor: thumbnail, caption, move and remove buttons.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-photo.h"

G_BEGIN_DECLS

#define SV_TYPE_PHOTO_TILE (sv_photo_tile_get_type ())
G_DECLARE_FINAL_TYPE (SvPhotoTile, sv_photo_tile, SV, PHOTO_TILE, GtkWidget)

/* clang-format off */
/* Emits "move" (int: -1 earlier, +1 later), "remove" and
 * "caption-changed" (as the user types) when the user asks. */
SvPhotoTile *sv_photo_tile_new          (SvPhoto     *photo);

SvPhoto     *sv_photo_tile_get_photo    (SvPhotoTile *self);

/* The caption as typed, stripped; NULL when empty. */
char        *sv_photo_tile_dup_caption  (SvPhotoTile *self);

void         sv_photo_tile_set_texture  (SvPhotoTile *self,
                                         GdkTexture  *texture);

/* Which ways the photo can move: not past either end. */
void         sv_photo_tile_set_can_move (SvPhotoTile *self,
                                         gboolean     earlier,
                                         gboolean     later);

/* Puts the keyboard on the button that moves the photo that way again, or
 * the other way at an end. */
void         sv_photo_tile_focus_move   (SvPhotoTile *self,
                                         int          delta);
/* clang-format on */

G_END_DECLS
