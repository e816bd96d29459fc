/* sv-text.c: text as every view, export and PDF can take it.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sv-text.h"

static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

gboolean
sv_text_is_clean (const char *text,
                  gssize      length)
{
  const char *end;

  if (text == NULL)
    return TRUE;
  if (length < 0)
    length = strlen (text);

  /* With a length, GLib also refuses a NUL inside it. */
  if (!g_utf8_validate_len (text, length, NULL))
    return FALSE;

  end = text + length;
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      /* Every noncharacter is three or four bytes long, starting with
       * 0xEF or 0xF0..0xF4: most text is decided by its first byte. */
      if ((guchar) *p >= 0xEF && is_noncharacter (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

char *
sv_text_sanitize (const char *text,
                  gssize      length)
{
  g_autofree char *valid = NULL;
  GString         *out;

  if (text == NULL)
    return NULL;
  if (length < 0)
    length = strlen (text);

  /* g_utf8_make_valid() turns each invalid byte, and a NUL, into U+FFFD. */
  valid = g_utf8_make_valid (text, length);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_noncharacter (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}
