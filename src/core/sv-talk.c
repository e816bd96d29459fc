/* sv-talk.c: what a talk-like entry adds: room, track, role and recordings.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-talk.h"

struct _SvTalk
{
  GObject parent_instance;

  char *room;
  char *track;
  char *video_url;
  char *slides_url;

  SvTalkRole role;
  gboolean   recommended;
};

G_DEFINE_FINAL_TYPE (SvTalk, sv_talk, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROOM,
  PROP_TRACK,
  PROP_ROLE,
  PROP_VIDEO_URL,
  PROP_SLIDES_URL,
  PROP_RECOMMENDED,
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

static void
sv_talk_finalize (GObject *object)
{
  SvTalk *self = (SvTalk *) object;

  g_clear_pointer (&self->room, g_free);
  g_clear_pointer (&self->track, g_free);
  g_clear_pointer (&self->video_url, g_free);
  g_clear_pointer (&self->slides_url, g_free);

  G_OBJECT_CLASS (sv_talk_parent_class)->finalize (object);
}

static void
sv_talk_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SvTalk *self = SV_TALK (object);

  switch (prop_id)
    {
    case PROP_ROOM:
      g_value_set_string (value, self->room);
      break;

    case PROP_TRACK:
      g_value_set_string (value, self->track);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_VIDEO_URL:
      g_value_set_string (value, self->video_url);
      break;

    case PROP_SLIDES_URL:
      g_value_set_string (value, self->slides_url);
      break;

    case PROP_RECOMMENDED:
      g_value_set_boolean (value, self->recommended);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_talk_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SvTalk *self = SV_TALK (object);

  switch (prop_id)
    {
    case PROP_ROOM:
      sv_talk_set_room (self, g_value_get_string (value));
      break;

    case PROP_TRACK:
      sv_talk_set_track (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      sv_talk_set_role (self, g_value_get_enum (value));
      break;

    case PROP_VIDEO_URL:
      sv_talk_set_video_url (self, g_value_get_string (value));
      break;

    case PROP_SLIDES_URL:
      sv_talk_set_slides_url (self, g_value_get_string (value));
      break;

    case PROP_RECOMMENDED:
      sv_talk_set_recommended (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_talk_class_init (SvTalkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_talk_finalize;
  object_class->get_property = sv_talk_get_property;
  object_class->set_property = sv_talk_set_property;

  properties[PROP_ROOM] =
    g_param_spec_string ("room", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRACK] =
    g_param_spec_string ("track", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       SV_TYPE_TALK_ROLE, SV_TALK_ROLE_ATTENDED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VIDEO_URL] =
    g_param_spec_string ("video-url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SLIDES_URL] =
    g_param_spec_string ("slides-url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECOMMENDED] =
    g_param_spec_boolean ("recommended", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_talk_init (SvTalk *self)
{
}

SvTalk *
sv_talk_new (void)
{
  return g_object_new (SV_TYPE_TALK, NULL);
}

SvTalk *
sv_talk_copy (SvTalk *self)
{
  SvTalk *copy;

  g_return_val_if_fail (SV_IS_TALK (self), NULL);

  copy = sv_talk_new ();
  copy->room = g_strdup (self->room);
  copy->track = g_strdup (self->track);
  copy->role = self->role;
  copy->video_url = g_strdup (self->video_url);
  copy->slides_url = g_strdup (self->slides_url);
  copy->recommended = self->recommended;

  return copy;
}

const char *
sv_talk_get_room (SvTalk *self)
{
  g_return_val_if_fail (SV_IS_TALK (self), NULL);

  return self->room;
}

void
sv_talk_set_room (SvTalk     *self,
                  const char *room)
{
  g_return_if_fail (SV_IS_TALK (self));

  if (set_string (&self->room, room))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOM]);
}

const char *
sv_talk_get_track (SvTalk *self)
{
  g_return_val_if_fail (SV_IS_TALK (self), NULL);

  return self->track;
}

void
sv_talk_set_track (SvTalk     *self,
                   const char *track)
{
  g_return_if_fail (SV_IS_TALK (self));

  if (set_string (&self->track, track))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
}

SvTalkRole
sv_talk_get_role (SvTalk *self)
{
  g_return_val_if_fail (SV_IS_TALK (self), SV_TALK_ROLE_ATTENDED);

  return self->role;
}

void
sv_talk_set_role (SvTalk    *self,
                  SvTalkRole role)
{
  g_return_if_fail (SV_IS_TALK (self));
  g_return_if_fail ((guint) role <= SV_TALK_ROLE_WATCH_LATER);

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
sv_talk_get_video_url (SvTalk *self)
{
  g_return_val_if_fail (SV_IS_TALK (self), NULL);

  return self->video_url;
}

void
sv_talk_set_video_url (SvTalk     *self,
                       const char *video_url)
{
  g_return_if_fail (SV_IS_TALK (self));

  if (set_string (&self->video_url, video_url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIDEO_URL]);
}

const char *
sv_talk_get_slides_url (SvTalk *self)
{
  g_return_val_if_fail (SV_IS_TALK (self), NULL);

  return self->slides_url;
}

void
sv_talk_set_slides_url (SvTalk     *self,
                        const char *slides_url)
{
  g_return_if_fail (SV_IS_TALK (self));

  if (set_string (&self->slides_url, slides_url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDES_URL]);
}

gboolean
sv_talk_get_recommended (SvTalk *self)
{
  g_return_val_if_fail (SV_IS_TALK (self), FALSE);

  return self->recommended;
}

void
sv_talk_set_recommended (SvTalk  *self,
                         gboolean recommended)
{
  g_return_if_fail (SV_IS_TALK (self));

  recommended = !!recommended;

  if (self->recommended == recommended)
    return;

  self->recommended = recommended;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDED]);
}
