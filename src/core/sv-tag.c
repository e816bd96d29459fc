/* sv-tag.c: a tag entries carry, with how many carry it.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-tag.h"

struct _SvTag
{
  GObject parent_instance;

  char *name;

  gint64 id;
  guint  n_entries;
};

G_DEFINE_FINAL_TYPE (SvTag, sv_tag, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_N_ENTRIES,
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
sv_tag_finalize (GObject *object)
{
  SvTag *self = (SvTag *) object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (sv_tag_parent_class)->finalize (object);
}

static void
sv_tag_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  SvTag *self = SV_TAG (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_N_ENTRIES:
      g_value_set_uint (value, self->n_entries);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_tag_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  SvTag *self = SV_TAG (object);

  switch (prop_id)
    {
    case PROP_ID:
      sv_tag_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      sv_tag_set_name (self, g_value_get_string (value));
      break;

    case PROP_N_ENTRIES:
      sv_tag_set_n_entries (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_tag_class_init (SvTagClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_tag_finalize;
  object_class->get_property = sv_tag_get_property;
  object_class->set_property = sv_tag_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ENTRIES] =
    g_param_spec_uint ("n-entries", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_tag_init (SvTag *self)
{
}

SvTag *
sv_tag_new (void)
{
  return g_object_new (SV_TYPE_TAG, NULL);
}

SvTag *
sv_tag_copy (SvTag *self)
{
  SvTag *copy;

  g_return_val_if_fail (SV_IS_TAG (self), NULL);

  copy = sv_tag_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->n_entries = self->n_entries;

  return copy;
}

gint64
sv_tag_get_id (SvTag *self)
{
  g_return_val_if_fail (SV_IS_TAG (self), 0);

  return self->id;
}

void
sv_tag_set_id (SvTag *self,
               gint64 id)
{
  g_return_if_fail (SV_IS_TAG (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
sv_tag_get_name (SvTag *self)
{
  g_return_val_if_fail (SV_IS_TAG (self), NULL);

  return self->name;
}

void
sv_tag_set_name (SvTag      *self,
                 const char *name)
{
  g_return_if_fail (SV_IS_TAG (self));

  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

guint
sv_tag_get_n_entries (SvTag *self)
{
  g_return_val_if_fail (SV_IS_TAG (self), 0);

  return self->n_entries;
}

void
sv_tag_set_n_entries (SvTag *self,
                      guint  n_entries)
{
  g_return_if_fail (SV_IS_TAG (self));

  if (self->n_entries == n_entries)
    return;

  self->n_entries = n_entries;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ENTRIES]);
}
