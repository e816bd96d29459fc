/* sv-date.c: the days and times of entries, as stored and as shown.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-date.h"

static guint
parse_digits (const char *digits,
              guint       n_digits)
{
  guint value = 0;
  guint i;

  for (i = 0; i < n_digits; i++)
    value = value * 10 + (guint) g_ascii_digit_value (digits[i]);

  return value;
}

gboolean
sv_date_parse (const char *iso,
               GDate      *out)
{
  static const char pattern[] = "dddd-dd-dd";

  guint year;
  guint month;
  guint day;
  guint i;

  if (iso == NULL)
    return FALSE;

  /* A NUL fails both tests, so the loop never reads past the end. */
  for (i = 0; pattern[i] != '\0'; i++)
    {
      if (pattern[i] == 'd' ? !g_ascii_isdigit (iso[i]) : iso[i] != pattern[i])
        return FALSE;
    }

  if (iso[i] != '\0')
    return FALSE;

  year = parse_digits (iso, 4);
  month = parse_digits (iso + 5, 2);
  day = parse_digits (iso + 8, 2);

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  if (out != NULL)
    g_date_set_dmy (out, day, month, year);

  return TRUE;
}

char *
sv_date_format (const char *iso,
                const char *format)
{
  g_autoptr (GDateTime) date_time = NULL;
  GDate date;

  g_return_val_if_fail (format != NULL, NULL);

  if (!sv_date_parse (iso, &date))
    return NULL;

  /* UTC, so that no time zone moves the day. */
  date_time = g_date_time_new_utc (g_date_get_year (&date),
                                   g_date_get_month (&date),
                                   g_date_get_day (&date),
                                   0, 0, 0);

  return g_date_time_format (date_time, format);
}

char *
sv_date_format_day (const char *iso)
{
  /* Translators: a day of a trip, "Friday, 17 May"; see
   * g_date_time_format() */
  return sv_date_format (iso, _ ("%A, %-d %B"));
}

gboolean
sv_date_in_range (const char *iso,
                  const char *first,
                  const char *last)
{
  GDate date;
  GDate bound;

  if (!sv_date_parse (iso, &date))
    return FALSE;

  if (first != NULL &&
      (!sv_date_parse (first, &bound) || g_date_compare (&date, &bound) < 0))
    return FALSE;

  if (last != NULL &&
      (!sv_date_parse (last, &bound) || g_date_compare (&date, &bound) > 0))
    return FALSE;

  return TRUE;
}

gboolean
sv_time_parse (const char *text,
               int        *minutes)
{
  guint n_digits = 0;
  guint hour;
  guint minute;

  if (text == NULL)
    return FALSE;

  while (g_ascii_isspace (*text))
    text++;

  while (g_ascii_isdigit (text[n_digits]))
    n_digits++;

  if (n_digits < 1 || n_digits > 2 || text[n_digits] != ':')
    return FALSE;

  hour = parse_digits (text, n_digits);
  text += n_digits + 1;

  if (!g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]))
    return FALSE;

  minute = parse_digits (text, 2);
  text += 2;

  while (g_ascii_isspace (*text))
    text++;

  if (*text != '\0' || hour > 23 || minute > 59)
    return FALSE;

  if (minutes != NULL)
    *minutes = (int) (hour * 60 + minute);

  return TRUE;
}

char *
sv_time_format (int minutes)
{
  g_return_val_if_fail (minutes >= -1 && minutes < 24 * 60, NULL);

  if (minutes == -1)
    return NULL;

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}
