/* sv-photo-decoder.c: photos of any format gdk-pixbuf reads, for printing.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "sv-photo-decoder.h"

/* Decoding a camera photo whole costs 100 MB; the souvenir prints photos
 * a few centimetres wide, so they are read at most this size. */
#define MAX_PIXELS 1600

static void
on_loader_size_prepared (GdkPixbufLoader *loader,
                         int              width,
                         int              height,
                         gpointer         user_data)
{
  double scale = (double) MAX_PIXELS / MAX (width, height);

  if (scale < 1)
    gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale)), MAX (1, (int) (height * scale)));
}

cairo_surface_t *
sv_photo_decoder_decode (GBytes     *bytes,
                         const char *mime_type,
                         gpointer    user_data,
                         GError    **error)
{
  g_autoptr (GdkPixbufLoader) loader = NULL;
  g_autoptr (GdkPixbuf) oriented = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  cairo_surface_t *surface;
  GdkPixbuf       *pixbuf;

  g_return_val_if_fail (bytes != NULL, NULL);

  loader = mime_type != NULL ? gdk_pixbuf_loader_new_with_mime_type (mime_type, NULL) : NULL;
  if (loader == NULL)
    loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_loader_size_prepared), NULL);

  if (!gdk_pixbuf_loader_write_bytes (loader, bytes, error) || !gdk_pixbuf_loader_close (loader, error))
    {
      /* close() after a failed write only repeats the error. */
      gdk_pixbuf_loader_close (loader, NULL);
      return NULL;
    }

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    {
      g_set_error_literal (error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_CORRUPT_IMAGE, "no image");
      return NULL;
    }

  oriented = gdk_pixbuf_apply_embedded_orientation (pixbuf);
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
