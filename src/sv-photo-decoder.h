/* sv-photo-decoder.h: photos of any format gdk-pixbuf reads, for printing.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* An SvSouvenirPhotoDecoder: JPEG, PNG, WebP, … turned upright (EXIF
 * orientation) and no larger than the layout prints them. USER_DATA is
 * unused. */
cairo_surface_t *sv_photo_decoder_decode (GBytes     *bytes,
                                          const char *mime_type,
                                          gpointer    user_data,
                                          GError    **error);

G_END_DECLS
