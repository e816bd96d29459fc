/* sv-photo-decoder.c: photos of any format gdk-pixbuf reads, for printing.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "sv-image-loader.h"
#include "sv-photo-decoder.h"

/* Decoding a camera photo whole costs 100 MB; the souvenir prints photos
 * a few centimetres wide, so they are read at most this size. */
#define MAX_PIXELS 1600

cairo_surface_t *
sv_photo_decoder_decode (GBytes     *bytes,
                         const char *mime_type,
                         gpointer    user_data,
                         GError    **error)
{
  g_autoptr (GdkPixbuf) oriented = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  cairo_surface_t *surface;

  g_return_val_if_fail (bytes != NULL, NULL);

  oriented = sv_image_load (bytes, mime_type, SV_IMAGE_FIT_LONGEST_SIDE, MAX_PIXELS, NULL, NULL, NULL, error);
  if (oriented == NULL)
    return NULL;

  texture = gdk_texture_new_for_pixbuf (oriented);

  /* gdk_texture_download() writes cairo's own ARGB32 layout. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        gdk_texture_get_width (texture),
                                        gdk_texture_get_height (texture));
  cairo_surface_flush (surface);
  gdk_texture_download (texture,
                        cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);
  return surface;
}
