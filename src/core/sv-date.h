/* sv-date.h: the days and times of entries, as stored and as shown.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Days are ISO 8601 strings, "2024-05-17"; times are minutes since
 * midnight, -1 for none. */

/* clang-format off */
/* TRUE when ISO is exactly "YYYY-MM-DD" and a day of the calendar; OUT may
 * be NULL. */
gboolean sv_date_parse      (const char *iso,
                             GDate      *out);

/* ISO formatted with g_date_time_format(); NULL when ISO is not a day. */
char    *sv_date_format     (const char *iso,
                             const char *format);

/* "Friday, 17 May", in the user's language; NULL when ISO is not a day. */
char    *sv_date_format_day (const char *iso);

/* TRUE when ISO is a day from FIRST to LAST, both included; a NULL bound
 * leaves that side open. */
gboolean sv_date_in_range   (const char *iso,
                             const char *first,
                             const char *last);

/* Reads what people type, "9:05" or "21:30", surrounding spaces allowed;
 * MINUTES may be NULL. */
gboolean sv_time_parse      (const char *text,
                             int        *minutes);

/* "09:05"; NULL for -1. */
char    *sv_time_format     (int         minutes);
/* clang-format on */

G_END_DECLS
