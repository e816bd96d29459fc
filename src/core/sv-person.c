/* sv-person.c: someone met on a trip, shared by all trips.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-person.h"

struct _SvPerson
{
  GObject parent_instance;

  char *name;
  char *url;
  char *note;

  gint64 id;
};

G_DEFINE_FINAL_TYPE (SvPerson, sv_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_URL,
  PROP_NOTE,
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
sv_person_finalize (GObject *object)
{
  SvPerson *self = (SvPerson *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (sv_person_parent_class)->finalize (object);
}

static void
sv_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SvPerson *self = SV_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_person_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SvPerson *self = SV_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      sv_person_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      sv_person_set_name (self, g_value_get_string (value));
      break;

    case PROP_URL:
      sv_person_set_url (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      sv_person_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_person_class_init (SvPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_person_finalize;
  object_class->get_property = sv_person_get_property;
  object_class->set_property = sv_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_person_init (SvPerson *self)
{
}

SvPerson *
sv_person_new (void)
{
  return g_object_new (SV_TYPE_PERSON, NULL);
}

SvPerson *
sv_person_copy (SvPerson *self)
{
  SvPerson *copy;

  g_return_val_if_fail (SV_IS_PERSON (self), NULL);

  copy = sv_person_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->url = g_strdup (self->url);
  copy->note = g_strdup (self->note);

  return copy;
}

gint64
sv_person_get_id (SvPerson *self)
{
  g_return_val_if_fail (SV_IS_PERSON (self), 0);

  return self->id;
}

void
sv_person_set_id (SvPerson *self,
                  gint64    id)
{
  g_return_if_fail (SV_IS_PERSON (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
sv_person_get_name (SvPerson *self)
{
  g_return_val_if_fail (SV_IS_PERSON (self), NULL);

  return self->name;
}

void
sv_person_set_name (SvPerson   *self,
                    const char *name)
{
  g_return_if_fail (SV_IS_PERSON (self));

  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
sv_person_get_url (SvPerson *self)
{
  g_return_val_if_fail (SV_IS_PERSON (self), NULL);

  return self->url;
}

void
sv_person_set_url (SvPerson   *self,
                   const char *url)
{
  g_return_if_fail (SV_IS_PERSON (self));

  if (set_string (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
sv_person_get_note (SvPerson *self)
{
  g_return_val_if_fail (SV_IS_PERSON (self), NULL);

  return self->note;
}

void
sv_person_set_note (SvPerson   *self,
                    const char *note)
{
  g_return_if_fail (SV_IS_PERSON (self));

  if (set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
