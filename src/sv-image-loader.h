/* sv-image-loader.h: photos decoded by gdk-pixbuf, scaled while they are read and turned upright.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gdk-pixbuf/gdk-pixbuf.h>

G_BEGIN_DECLS

/* Which side of the photo MAX_PIXELS bounds. */
typedef enum {
  SV_IMAGE_FIT_LONGEST_SIDE,
  SV_IMAGE_FIT_SHORTEST_SIDE,
} SvImageFit;

/* Decodes BYTES (MIME_TYPE may be NULL: the format is sniffed) no larger
 * than MAX_PIXELS on the FIT side, and turns it upright by its EXIF
 * orientation. WIDTH and HEIGHT, when not NULL, get the size of the whole
 * photo, upright; FORMAT the format it was read as. Safe in any thread. */
GdkPixbuf *sv_image_load (GBytes           *bytes,
                          const char       *mime_type,
                          SvImageFit        fit,
                          int               max_pixels,
                          int              *width,
                          int              *height,
                          GdkPixbufFormat **format,
                          GError          **error);

G_END_DECLS
