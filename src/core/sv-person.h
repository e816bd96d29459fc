/* sv-person.h: someone met on a trip, shared by all trips.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SV_TYPE_PERSON (sv_person_get_type ())

G_DECLARE_FINAL_TYPE (SvPerson, sv_person, SV, PERSON, GObject)

/* clang-format off */
/* Strings are NULL when unset; setters store "" as NULL. Ids are 0 when
 * unset, the person's own until the store saves it. */
SvPerson   *sv_person_new      (void);
SvPerson   *sv_person_copy     (SvPerson   *self);

gint64      sv_person_get_id   (SvPerson   *self);
void        sv_person_set_id   (SvPerson   *self,
                                gint64      id);

const char *sv_person_get_name (SvPerson   *self);
void        sv_person_set_name (SvPerson   *self,
                                const char *name);

const char *sv_person_get_url  (SvPerson   *self);
void        sv_person_set_url  (SvPerson   *self,
                                const char *url);

const char *sv_person_get_note (SvPerson   *self);
void        sv_person_set_note (SvPerson   *self,
                                const char *note);
/* clang-format on */

G_END_DECLS
