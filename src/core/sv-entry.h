/* sv-entry.h: one thing in a trip's timeline: a note, a talk, a meal, ….
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sv-entry-kind.h"
#include "sv-meal.h"
#include "sv-talk.h"

G_BEGIN_DECLS

#define SV_TYPE_ENTRY (sv_entry_get_type ())

G_DECLARE_FINAL_TYPE (SvEntry, sv_entry, SV, ENTRY, GObject)

/* clang-format off */
/* Strings and lists are NULL when unset; setters store copies, with ""
 * and {} as NULL. Ids are 0 when unset, the entry's own until the store
 * saves it. */
SvEntry            *sv_entry_new                (void);
SvEntry            *sv_entry_copy               (SvEntry            *self);

gint64              sv_entry_get_id             (SvEntry            *self);
void                sv_entry_set_id             (SvEntry            *self,
                                                 gint64              id);

gint64              sv_entry_get_trip_id        (SvEntry            *self);
void                sv_entry_set_trip_id        (SvEntry            *self,
                                                 gint64              trip_id);

/* An ISO 8601 day, "2024-05-17"; NULL for notes about the whole trip. */
const char         *sv_entry_get_day            (SvEntry            *self);
void                sv_entry_set_day            (SvEntry            *self,
                                                 const char         *day);

/* Minutes since midnight, -1 when unset. */
int                 sv_entry_get_start_time     (SvEntry            *self);
void                sv_entry_set_start_time     (SvEntry            *self,
                                                 int                 start_time);

int                 sv_entry_get_end_time       (SvEntry            *self);
void                sv_entry_set_end_time       (SvEntry            *self,
                                                 int                 end_time);

/* Order within the day. */
int                 sv_entry_get_position       (SvEntry            *self);
void                sv_entry_set_position       (SvEntry            *self,
                                                 int                 position);

SvEntryKind         sv_entry_get_kind           (SvEntry            *self);
void                sv_entry_set_kind           (SvEntry            *self,
                                                 SvEntryKind         kind);

const char         *sv_entry_get_title          (SvEntry            *self);
void                sv_entry_set_title          (SvEntry            *self,
                                                 const char         *title);

const char         *sv_entry_get_body           (SvEntry            *self);
void                sv_entry_set_body           (SvEntry            *self,
                                                 const char         *body);

/* 0: unrated, else 1 to 5 stars; the setter clamps. */
int                 sv_entry_get_rating         (SvEntry            *self);
void                sv_entry_set_rating         (SvEntry            *self,
                                                 int                 rating);

gboolean            sv_entry_get_highlight      (SvEntry            *self);
void                sv_entry_set_highlight      (SvEntry            *self,
                                                 gboolean            highlight);

/* Left out of exports meant for others. */
gboolean            sv_entry_get_private        (SvEntry            *self);
void                sv_entry_set_private        (SvEntry            *self,
                                                 gboolean            is_private);

gint64              sv_entry_get_place_id       (SvEntry            *self);
void                sv_entry_set_place_id       (SvEntry            *self,
                                                 gint64              place_id);

/* Filled in by the store for display; never saved. */
const char         *sv_entry_get_place_name     (SvEntry            *self);
void                sv_entry_set_place_name     (SvEntry            *self,
                                                 const char         *place_name);

gint64              sv_entry_get_first_photo_id (SvEntry            *self);
void                sv_entry_set_first_photo_id (SvEntry            *self,
                                                 gint64              first_photo_id);

/* Unix time, in seconds. */
gint64              sv_entry_get_created        (SvEntry            *self);
void                sv_entry_set_created        (SvEntry            *self,
                                                 gint64              created);

gint64              sv_entry_get_updated        (SvEntry            *self);
void                sv_entry_set_updated        (SvEntry            *self,
                                                 gint64              updated);

const char * const *sv_entry_get_speakers       (SvEntry            *self);
void                sv_entry_set_speakers       (SvEntry            *self,
                                                 const char * const *speakers);

/* The persons met. */
const char * const *sv_entry_get_people         (SvEntry            *self);
void                sv_entry_set_people         (SvEntry            *self,
                                                 const char * const *people);

const char * const *sv_entry_get_tags           (SvEntry            *self);
void                sv_entry_set_tags           (SvEntry            *self,
                                                 const char * const *tags);

/* Details, NULL when the entry has none. */
SvTalk             *sv_entry_get_talk           (SvEntry            *self);
void                sv_entry_set_talk           (SvEntry            *self,
                                                 SvTalk             *talk);

SvMeal             *sv_entry_get_meal           (SvEntry            *self);
void                sv_entry_set_meal           (SvEntry            *self,
                                                 SvMeal             *meal);

/* The details, created empty when missing. */
SvTalk             *sv_entry_ensure_talk        (SvEntry            *self);
SvMeal             *sv_entry_ensure_meal        (SvEntry            *self);
/* clang-format on */

G_END_DECLS
