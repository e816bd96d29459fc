/* sv-uri.c: which links Souvenir opens, shows as links and exports.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-uri.h"

gboolean
sv_uri_is_web (const char *uri)
{
  g_autoptr (GUri) parsed = NULL;
  const char *scheme;
  const char *host;
  const char *p;

  if (uri == NULL)
    return FALSE;

  /* g_uri_parse() lets through spaces, control characters and the likes of
   * < and ", which RFC 3986 keeps out of every URI. */
  for (p = uri; *p != '\0'; p++)
    {
      if ((guchar) *p <= ' ' || *p == 0x7f || strchr ("<>\"{}|\\^`", *p) != NULL)
        return FALSE;
    }

  parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);

  if (parsed == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (parsed);
  host = g_uri_get_host (parsed);

  if (g_ascii_strcasecmp (scheme, "http") != 0 &&
      g_ascii_strcasecmp (scheme, "https") != 0)
    return FALSE;

  if (host == NULL || host[0] == '\0')
    return FALSE;

  /* The host comes percent-decoded, and %20 is a space. International
   * names come as punycode, IPv6 addresses without their brackets. */
  for (p = host; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("-._:", *p) == NULL)
        return FALSE;
    }

  return TRUE;
}
