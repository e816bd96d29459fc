/* sv-photo.h: a photo attached to an entry: its image data, size and caption.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SV_TYPE_PHOTO (sv_photo_get_type ())

G_DECLARE_FINAL_TYPE (SvPhoto, sv_photo, SV, PHOTO, GObject)

/* clang-format off */
/* Strings are NULL when unset; setters store "" as NULL. Ids are 0 when
 * unset, the photo's own until the store saves it. */
SvPhoto    *sv_photo_new           (void);
SvPhoto    *sv_photo_copy          (SvPhoto    *self);

gint64      sv_photo_get_id        (SvPhoto    *self);
void        sv_photo_set_id        (SvPhoto    *self,
                                    gint64      id);

gint64      sv_photo_get_entry_id  (SvPhoto    *self);
void        sv_photo_set_entry_id  (SvPhoto    *self,
                                    gint64      entry_id);

const char *sv_photo_get_mime_type (SvPhoto    *self);
void        sv_photo_set_mime_type (SvPhoto    *self,
                                    const char *mime_type);

/* In pixels, 0 when unknown. */
int         sv_photo_get_width     (SvPhoto    *self);
void        sv_photo_set_width     (SvPhoto    *self,
                                    int         width);

int         sv_photo_get_height    (SvPhoto    *self);
void        sv_photo_set_height    (SvPhoto    *self,
                                    int         height);

const char *sv_photo_get_caption   (SvPhoto    *self);
void        sv_photo_set_caption   (SvPhoto    *self,
                                    const char *caption);

/* Order among the photos of the entry. */
int         sv_photo_get_position  (SvPhoto    *self);
void        sv_photo_set_position  (SvPhoto    *self,
                                    int         position);

/* The encoded image; NULL while not loaded (see
 * sv_store_load_photo_bytes()). */
GBytes     *sv_photo_get_bytes     (SvPhoto    *self);
void        sv_photo_set_bytes     (SvPhoto    *self,
                                    GBytes     *bytes);
/* clang-format on */

G_END_DECLS
