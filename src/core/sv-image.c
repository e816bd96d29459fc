/* sv-image.c: the photo formats Souvenir exchanges, recognised by their bytes.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sv-image.h"

static const struct
{
  const char *mime_type;
  const char *extension;
} formats[] = {
  { "image/png", "png" },
  { "image/jpeg", "jpg" },
  { "image/gif", "gif" },
  { "image/webp", "webp" },
};

static gboolean
is_png (const guint8 *data,
        gsize         size)
{
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guint8 iend[] = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82 };

  /* The header chunk comes first and the end chunk last; a download cut
   * short loses the end. */
  return size >= sizeof signature + 8 + sizeof iend &&
         memcmp (data, signature, sizeof signature) == 0 &&
         memcmp (data + 12, "IHDR", 4) == 0 &&
         memcmp (data + size - sizeof iend, iend, sizeof iend) == 0;
}

static gboolean
is_jpeg (const guint8 *data,
         gsize         size)
{
  gsize end;

  if (size < 4 || data[0] != 0xff || data[1] != 0xd8 || data[2] != 0xff)
    return FALSE;

  /* Some cameras pad the file after the end-of-image marker. */
  end = size;
  while (end > 2 && size - end < 4096 && data[end - 1] == 0)
    end--;

  return data[end - 2] == 0xff && data[end - 1] == 0xd9;
}

static gboolean
is_gif (const guint8 *data,
        gsize         size)
{
  return size >= 14 &&
         (memcmp (data, "GIF87a", 6) == 0 || memcmp (data, "GIF89a", 6) == 0) &&
         data[size - 1] == 0x3b;
}

static gboolean
is_webp (const guint8 *data,
         gsize         size)
{
  guint32 riff_size;

  if (size < 20 || memcmp (data, "RIFF", 4) != 0 || memcmp (data + 8, "WEBP", 4) != 0)
    return FALSE;

  /* The RIFF header says how long the file is. */
  riff_size = (guint32) data[4] | (guint32) data[5] << 8 | (guint32) data[6] << 16 | (guint32) data[7] << 24;
  return (guint64) riff_size + 8 == size;
}

const char *
sv_image_sniff (GBytes *bytes)
{
  const guint8 *data;
  gsize         size = 0;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (data == NULL)
    return NULL;

  if (is_png (data, size))
    return "image/png";
  if (is_jpeg (data, size))
    return "image/jpeg";
  if (is_gif (data, size))
    return "image/gif";
  if (is_webp (data, size))
    return "image/webp";

  return NULL;
}

const char *
sv_image_get_extension (const char *mime_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (mime_type, formats[i].mime_type) == 0)
      return formats[i].extension;

  return NULL;
}
