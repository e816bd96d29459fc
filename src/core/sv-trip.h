/* sv-trip.h: a trip: one conference, its dates and where it was.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SV_TYPE_TRIP (sv_trip_get_type ())

G_DECLARE_FINAL_TYPE (SvTrip, sv_trip, SV, TRIP, GObject)

/* clang-format off */
/* Strings are NULL when unset; setters store "" as NULL. Ids are 0 when
 * unset, the trip's own until the store saves it. */
SvTrip     *sv_trip_new                (void);
SvTrip     *sv_trip_copy               (SvTrip     *self);

gint64      sv_trip_get_id             (SvTrip     *self);
void        sv_trip_set_id             (SvTrip     *self,
                                        gint64      id);

const char *sv_trip_get_title          (SvTrip     *self);
void        sv_trip_set_title          (SvTrip     *self,
                                        const char *title);

const char *sv_trip_get_event          (SvTrip     *self);
void        sv_trip_set_event          (SvTrip     *self,
                                        const char *event);

const char *sv_trip_get_city           (SvTrip     *self);
void        sv_trip_set_city           (SvTrip     *self,
                                        const char *city);

const char *sv_trip_get_country        (SvTrip     *self);
void        sv_trip_set_country        (SvTrip     *self,
                                        const char *country);

/* ISO 8601 days, "2024-05-16". */
const char *sv_trip_get_start_date     (SvTrip     *self);
void        sv_trip_set_start_date     (SvTrip     *self,
                                        const char *start_date);

const char *sv_trip_get_end_date       (SvTrip     *self);
void        sv_trip_set_end_date       (SvTrip     *self,
                                        const char *end_date);

const char *sv_trip_get_url            (SvTrip     *self);
void        sv_trip_set_url            (SvTrip     *self,
                                        const char *url);

const char *sv_trip_get_summary        (SvTrip     *self);
void        sv_trip_set_summary        (SvTrip     *self,
                                        const char *summary);

/* 0: no cover photo. */
gint64      sv_trip_get_cover_photo_id (SvTrip     *self);
void        sv_trip_set_cover_photo_id (SvTrip     *self,
                                        gint64      cover_photo_id);

/* Days from start to end date, both included; 0 unless both are valid
 * and in order. */
guint       sv_trip_get_n_days         (SvTrip     *self);

/* "16–19 May 2024", "30 May – 2 June 2024", in the user's language; NULL
 * without a valid start date. */
char       *sv_trip_format_dates       (SvTrip     *self);
/* clang-format on */

G_END_DECLS
