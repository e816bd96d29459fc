/* sv-image.h: the photo formats Souvenir exchanges, recognised by their bytes.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The core has no image decoder, so this is a check of the file's frame:
 * the MIME type of a PNG, JPEG, GIF or WebP image whose signature and
 * ending are in place; NULL for anything else, a truncated image included. */
const char *sv_image_sniff (GBytes *bytes);

/* "png", "jpg", "gif", "webp"; NULL for other types. */
const char *sv_image_get_extension (const char *mime_type);

G_END_DECLS
