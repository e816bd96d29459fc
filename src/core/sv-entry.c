/* sv-entry.c: one thing in a trip's timeline: a note, a talk, a meal, ….
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-entry.h"

struct _SvEntry
{
  GObject parent_instance;

  char   *day;
  char   *title;
  char   *body;
  char   *place_name;
  char  **speakers;
  char  **people;
  char  **tags;
  SvTalk *talk;
  SvMeal *meal;

  gint64      id;
  gint64      trip_id;
  int         start_time;
  int         end_time;
  int         position;
  SvEntryKind kind;
  int         rating;
  gboolean    highlight;
  gboolean    is_private;
  gint64      place_id;
  gint64      first_photo_id;
  gint64      created;
  gint64      updated;
};

G_DEFINE_FINAL_TYPE (SvEntry, sv_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TRIP_ID,
  PROP_DAY,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_POSITION,
  PROP_KIND,
  PROP_TITLE,
  PROP_BODY,
  PROP_RATING,
  PROP_HIGHLIGHT,
  PROP_PRIVATE,
  PROP_PLACE_ID,
  PROP_PLACE_NAME,
  PROP_FIRST_PHOTO_ID,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_SPEAKERS,
  PROP_PEOPLE,
  PROP_TAGS,
  PROP_TALK,
  PROP_MEAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Stores VALUE, "" meaning unset like NULL; TRUE when it changed. */
static gboolean
set_string (char      **field,
            const char *value)
{
  char *copy;

  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  /* Copied before freeing: VALUE may point into the old string. */
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;

  return TRUE;
}

/* Stores a copy of VALUE, an empty list meaning unset like NULL; TRUE when
 * it changed. */
static gboolean
set_strv (char             ***field,
          const char * const *value)
{
  char **copy;

  if (value != NULL && value[0] == NULL)
    value = NULL;

  if (value == NULL && *field == NULL)
    return FALSE;

  if (value != NULL && *field != NULL &&
      g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  copy = g_strdupv ((char **) value);
  g_strfreev (*field);
  *field = copy;

  return TRUE;
}

static void
sv_entry_dispose (GObject *object)
{
  SvEntry *self = (SvEntry *) object;

  g_clear_object (&self->talk);
  g_clear_object (&self->meal);

  G_OBJECT_CLASS (sv_entry_parent_class)->dispose (object);
}

static void
sv_entry_finalize (GObject *object)
{
  SvEntry *self = (SvEntry *) object;

  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->place_name, g_free);
  g_clear_pointer (&self->speakers, g_strfreev);
  g_clear_pointer (&self->people, g_strfreev);
  g_clear_pointer (&self->tags, g_strfreev);

  G_OBJECT_CLASS (sv_entry_parent_class)->finalize (object);
}

static void
sv_entry_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SvEntry *self = SV_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TRIP_ID:
      g_value_set_int64 (value, self->trip_id);
      break;

    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;

    case PROP_START_TIME:
      g_value_set_int (value, self->start_time);
      break;

    case PROP_END_TIME:
      g_value_set_int (value, self->end_time);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_RATING:
      g_value_set_int (value, self->rating);
      break;

    case PROP_HIGHLIGHT:
      g_value_set_boolean (value, self->highlight);
      break;

    case PROP_PRIVATE:
      g_value_set_boolean (value, self->is_private);
      break;

    case PROP_PLACE_ID:
      g_value_set_int64 (value, self->place_id);
      break;

    case PROP_PLACE_NAME:
      g_value_set_string (value, self->place_name);
      break;

    case PROP_FIRST_PHOTO_ID:
      g_value_set_int64 (value, self->first_photo_id);
      break;

    case PROP_CREATED:
      g_value_set_int64 (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_int64 (value, self->updated);
      break;

    case PROP_SPEAKERS:
      g_value_set_boxed (value, self->speakers);
      break;

    case PROP_PEOPLE:
      g_value_set_boxed (value, self->people);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_TALK:
      g_value_set_object (value, self->talk);
      break;

    case PROP_MEAL:
      g_value_set_object (value, self->meal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_entry_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SvEntry *self = SV_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      sv_entry_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_TRIP_ID:
      sv_entry_set_trip_id (self, g_value_get_int64 (value));
      break;

    case PROP_DAY:
      sv_entry_set_day (self, g_value_get_string (value));
      break;

    case PROP_START_TIME:
      sv_entry_set_start_time (self, g_value_get_int (value));
      break;

    case PROP_END_TIME:
      sv_entry_set_end_time (self, g_value_get_int (value));
      break;

    case PROP_POSITION:
      sv_entry_set_position (self, g_value_get_int (value));
      break;

    case PROP_KIND:
      sv_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      sv_entry_set_title (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      sv_entry_set_body (self, g_value_get_string (value));
      break;

    case PROP_RATING:
      sv_entry_set_rating (self, g_value_get_int (value));
      break;

    case PROP_HIGHLIGHT:
      sv_entry_set_highlight (self, g_value_get_boolean (value));
      break;

    case PROP_PRIVATE:
      sv_entry_set_private (self, g_value_get_boolean (value));
      break;

    case PROP_PLACE_ID:
      sv_entry_set_place_id (self, g_value_get_int64 (value));
      break;

    case PROP_PLACE_NAME:
      sv_entry_set_place_name (self, g_value_get_string (value));
      break;

    case PROP_FIRST_PHOTO_ID:
      sv_entry_set_first_photo_id (self, g_value_get_int64 (value));
      break;

    case PROP_CREATED:
      sv_entry_set_created (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATED:
      sv_entry_set_updated (self, g_value_get_int64 (value));
      break;

    case PROP_SPEAKERS:
      sv_entry_set_speakers (self, g_value_get_boxed (value));
      break;

    case PROP_PEOPLE:
      sv_entry_set_people (self, g_value_get_boxed (value));
      break;

    case PROP_TAGS:
      sv_entry_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_TALK:
      sv_entry_set_talk (self, g_value_get_object (value));
      break;

    case PROP_MEAL:
      sv_entry_set_meal (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_entry_class_init (SvEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sv_entry_dispose;
  object_class->finalize = sv_entry_finalize;
  object_class->get_property = sv_entry_get_property;
  object_class->set_property = sv_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRIP_ID] =
    g_param_spec_int64 ("trip-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_START_TIME] =
    g_param_spec_int ("start-time", NULL, NULL,
                      -1, 1439, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_END_TIME] =
    g_param_spec_int ("end-time", NULL, NULL,
                      -1, 1439, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SV_TYPE_ENTRY_KIND, SV_ENTRY_KIND_NOTE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RATING] =
    g_param_spec_int ("rating", NULL, NULL,
                      0, 5, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HIGHLIGHT] =
    g_param_spec_boolean ("highlight", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRIVATE] =
    g_param_spec_boolean ("private", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACE_ID] =
    g_param_spec_int64 ("place-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACE_NAME] =
    g_param_spec_string ("place-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FIRST_PHOTO_ID] =
    g_param_spec_int64 ("first-photo-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED] =
    g_param_spec_int64 ("created", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED] =
    g_param_spec_int64 ("updated", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SPEAKERS] =
    g_param_spec_boxed ("speakers", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PEOPLE] =
    g_param_spec_boxed ("people", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TALK] =
    g_param_spec_object ("talk", NULL, NULL,
                         SV_TYPE_TALK,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MEAL] =
    g_param_spec_object ("meal", NULL, NULL,
                         SV_TYPE_MEAL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_entry_init (SvEntry *self)
{
  self->start_time = -1;
  self->end_time = -1;
}

SvEntry *
sv_entry_new (void)
{
  return g_object_new (SV_TYPE_ENTRY, NULL);
}

SvEntry *
sv_entry_copy (SvEntry *self)
{
  SvEntry *copy;

  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  copy = sv_entry_new ();
  copy->id = self->id;
  copy->trip_id = self->trip_id;
  copy->day = g_strdup (self->day);
  copy->start_time = self->start_time;
  copy->end_time = self->end_time;
  copy->position = self->position;
  copy->kind = self->kind;
  copy->title = g_strdup (self->title);
  copy->body = g_strdup (self->body);
  copy->rating = self->rating;
  copy->highlight = self->highlight;
  copy->is_private = self->is_private;
  copy->place_id = self->place_id;
  copy->place_name = g_strdup (self->place_name);
  copy->first_photo_id = self->first_photo_id;
  copy->created = self->created;
  copy->updated = self->updated;
  copy->speakers = g_strdupv (self->speakers);
  copy->people = g_strdupv (self->people);
  copy->tags = g_strdupv (self->tags);
  copy->talk = self->talk != NULL ? sv_talk_copy (self->talk) : NULL;
  copy->meal = self->meal != NULL ? sv_meal_copy (self->meal) : NULL;

  return copy;
}

gint64
sv_entry_get_id (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->id;
}

void
sv_entry_set_id (SvEntry *self,
                 gint64   id)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
sv_entry_get_trip_id (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->trip_id;
}

void
sv_entry_set_trip_id (SvEntry *self,
                      gint64   trip_id)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail (trip_id >= 0);

  if (self->trip_id == trip_id)
    return;

  self->trip_id = trip_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIP_ID]);
}

const char *
sv_entry_get_day (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  return self->day;
}

void
sv_entry_set_day (SvEntry    *self,
                  const char *day)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  if (set_string (&self->day, day))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

int
sv_entry_get_start_time (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->start_time;
}

void
sv_entry_set_start_time (SvEntry *self,
                         int      start_time)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail (start_time >= -1 && start_time < 24 * 60);

  if (self->start_time == start_time)
    return;

  self->start_time = start_time;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_TIME]);
}

int
sv_entry_get_end_time (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->end_time;
}

void
sv_entry_set_end_time (SvEntry *self,
                       int      end_time)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail (end_time >= -1 && end_time < 24 * 60);

  if (self->end_time == end_time)
    return;

  self->end_time = end_time;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_TIME]);
}

int
sv_entry_get_position (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->position;
}

void
sv_entry_set_position (SvEntry *self,
                       int      position)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail (position >= 0);

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

SvEntryKind
sv_entry_get_kind (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), SV_ENTRY_KIND_NOTE);

  return self->kind;
}

void
sv_entry_set_kind (SvEntry    *self,
                   SvEntryKind kind)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail ((guint) kind <= SV_ENTRY_KIND_MEETUP);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
sv_entry_get_title (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  return self->title;
}

void
sv_entry_set_title (SvEntry    *self,
                    const char *title)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  if (set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
sv_entry_get_body (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  return self->body;
}

void
sv_entry_set_body (SvEntry    *self,
                   const char *body)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  if (set_string (&self->body, body))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

int
sv_entry_get_rating (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->rating;
}

void
sv_entry_set_rating (SvEntry *self,
                     int      rating)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  rating = CLAMP (rating, 0, 5);

  if (self->rating == rating)
    return;

  self->rating = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING]);
}

gboolean
sv_entry_get_highlight (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), FALSE);

  return self->highlight;
}

void
sv_entry_set_highlight (SvEntry *self,
                        gboolean highlight)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  highlight = !!highlight;

  if (self->highlight == highlight)
    return;

  self->highlight = highlight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

gboolean
sv_entry_get_private (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), FALSE);

  return self->is_private;
}

void
sv_entry_set_private (SvEntry *self,
                      gboolean is_private)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  is_private = !!is_private;

  if (self->is_private == is_private)
    return;

  self->is_private = is_private;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIVATE]);
}

gint64
sv_entry_get_place_id (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->place_id;
}

void
sv_entry_set_place_id (SvEntry *self,
                       gint64   place_id)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail (place_id >= 0);

  if (self->place_id == place_id)
    return;

  self->place_id = place_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_ID]);
}

const char *
sv_entry_get_place_name (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  return self->place_name;
}

void
sv_entry_set_place_name (SvEntry    *self,
                         const char *place_name)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  if (set_string (&self->place_name, place_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE_NAME]);
}

gint64
sv_entry_get_first_photo_id (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->first_photo_id;
}

void
sv_entry_set_first_photo_id (SvEntry *self,
                             gint64   first_photo_id)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail (first_photo_id >= 0);

  if (self->first_photo_id == first_photo_id)
    return;

  self->first_photo_id = first_photo_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_PHOTO_ID]);
}

gint64
sv_entry_get_created (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->created;
}

void
sv_entry_set_created (SvEntry *self,
                      gint64   created)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  if (self->created == created)
    return;

  self->created = created;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

gint64
sv_entry_get_updated (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), 0);

  return self->updated;
}

void
sv_entry_set_updated (SvEntry *self,
                      gint64   updated)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  if (self->updated == updated)
    return;

  self->updated = updated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

const char * const *
sv_entry_get_speakers (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  return (const char * const *) self->speakers;
}

void
sv_entry_set_speakers (SvEntry            *self,
                       const char * const *speakers)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  if (set_strv (&self->speakers, speakers))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKERS]);
}

const char * const *
sv_entry_get_people (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  return (const char * const *) self->people;
}

void
sv_entry_set_people (SvEntry            *self,
                     const char * const *people)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  if (set_strv (&self->people, people))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEOPLE]);
}

const char * const *
sv_entry_get_tags (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  return (const char * const *) self->tags;
}

void
sv_entry_set_tags (SvEntry            *self,
                   const char * const *tags)
{
  g_return_if_fail (SV_IS_ENTRY (self));

  if (set_strv (&self->tags, tags))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

SvTalk *
sv_entry_get_talk (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  return self->talk;
}

void
sv_entry_set_talk (SvEntry *self,
                   SvTalk  *talk)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail (talk == NULL || SV_IS_TALK (talk));

  if (g_set_object (&self->talk, talk))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TALK]);
}

SvMeal *
sv_entry_get_meal (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  return self->meal;
}

void
sv_entry_set_meal (SvEntry *self,
                   SvMeal  *meal)
{
  g_return_if_fail (SV_IS_ENTRY (self));
  g_return_if_fail (meal == NULL || SV_IS_MEAL (meal));

  if (g_set_object (&self->meal, meal))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEAL]);
}

SvTalk *
sv_entry_ensure_talk (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  if (self->talk == NULL)
    {
      self->talk = sv_talk_new ();
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TALK]);
    }

  return self->talk;
}

SvMeal *
sv_entry_ensure_meal (SvEntry *self)
{
  g_return_val_if_fail (SV_IS_ENTRY (self), NULL);

  if (self->meal == NULL)
    {
      self->meal = sv_meal_new ();
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEAL]);
    }

  return self->meal;
}
