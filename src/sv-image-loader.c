/* sv-image-loader.c: photos decoded by gdk-pixbuf, scaled while they are read and turned upright.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-image-loader.h"

typedef struct
{
  SvImageFit fit;
  int        max_pixels;
  int        width;
  int        height;
} Request;

/* Scaled while decoding: a camera's JPEG never lands whole in memory. */
static void
on_loader_size_prepared (GdkPixbufLoader *loader,
                         int              width,
                         int              height,
                         Request         *request)
{
  int    side = request->fit == SV_IMAGE_FIT_LONGEST_SIDE ? MAX (width, height) : MIN (width, height);
  double scale = side > 0 ? (double) request->max_pixels / side : 1.0;

  request->width = width;
  request->height = height;
  if (scale < 1.0)
    gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale + 0.5)), MAX (1, (int) (height * scale + 0.5)));
}

GdkPixbuf *
sv_image_load (GBytes           *bytes,
               const char       *mime_type,
               SvImageFit        fit,
               int               max_pixels,
               int              *width,
               int              *height,
               GdkPixbufFormat **format,
               GError          **error)
{
  g_autoptr (GdkPixbufLoader) loader = NULL;
  Request     request = { fit, max_pixels, 0, 0 };
  GdkPixbuf  *pixbuf;
  const char *orientation;
  gboolean    written;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (max_pixels > 0, NULL);

  if (mime_type != NULL)
    loader = gdk_pixbuf_loader_new_with_mime_type (mime_type, NULL);
  if (loader == NULL)
    loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_loader_size_prepared), &request);

  written = gdk_pixbuf_loader_write_bytes (loader, bytes, error);
  /* Closed even after a failed write: a loader must always be closed. */
  if (!gdk_pixbuf_loader_close (loader, written ? error : NULL) || !written)
    return NULL;

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL || request.width <= 0 || request.height <= 0)
    {
      g_set_error_literal (error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_CORRUPT_IMAGE, "No image");
      return NULL;
    }

  /* Cameras store portraits sideways with an EXIF orientation: the size
   * given back is the upright one. */
  orientation = gdk_pixbuf_get_option (pixbuf, "orientation");
  if (orientation != NULL && g_ascii_strtoll (orientation, NULL, 10) >= 5)
    {
      int sideways = request.width;

      request.width = request.height;
      request.height = sideways;
    }

  if (width != NULL)
    *width = request.width;
  if (height != NULL)
    *height = request.height;
  if (format != NULL)
    *format = gdk_pixbuf_loader_get_format (loader);

  return gdk_pixbuf_apply_embedded_orientation (pixbuf);
}
