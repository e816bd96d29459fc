/* sv-photo.c: a photo attached to an entry: its image data, size and caption.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-photo.h"

struct _SvPhoto
{
  GObject parent_instance;

  char   *mime_type;
  char   *caption;
  GBytes *bytes;

  gint64 id;
  gint64 entry_id;
  int    width;
  int    height;
  int    position;
};

G_DEFINE_FINAL_TYPE (SvPhoto, sv_photo, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ENTRY_ID,
  PROP_MIME_TYPE,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_CAPTION,
  PROP_POSITION,
  PROP_BYTES,
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
sv_photo_finalize (GObject *object)
{
  SvPhoto *self = (SvPhoto *) object;

  g_clear_pointer (&self->mime_type, g_free);
  g_clear_pointer (&self->caption, g_free);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (sv_photo_parent_class)->finalize (object);
}

static void
sv_photo_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SvPhoto *self = SV_PHOTO (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ENTRY_ID:
      g_value_set_int64 (value, self->entry_id);
      break;

    case PROP_MIME_TYPE:
      g_value_set_string (value, self->mime_type);
      break;

    case PROP_WIDTH:
      g_value_set_int (value, self->width);
      break;

    case PROP_HEIGHT:
      g_value_set_int (value, self->height);
      break;

    case PROP_CAPTION:
      g_value_set_string (value, self->caption);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_BYTES:
      g_value_set_boxed (value, self->bytes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_photo_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SvPhoto *self = SV_PHOTO (object);

  switch (prop_id)
    {
    case PROP_ID:
      sv_photo_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ENTRY_ID:
      sv_photo_set_entry_id (self, g_value_get_int64 (value));
      break;

    case PROP_MIME_TYPE:
      sv_photo_set_mime_type (self, g_value_get_string (value));
      break;

    case PROP_WIDTH:
      sv_photo_set_width (self, g_value_get_int (value));
      break;

    case PROP_HEIGHT:
      sv_photo_set_height (self, g_value_get_int (value));
      break;

    case PROP_CAPTION:
      sv_photo_set_caption (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      sv_photo_set_position (self, g_value_get_int (value));
      break;

    case PROP_BYTES:
      sv_photo_set_bytes (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_photo_class_init (SvPhotoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_photo_finalize;
  object_class->get_property = sv_photo_get_property;
  object_class->set_property = sv_photo_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENTRY_ID] =
    g_param_spec_int64 ("entry-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MIME_TYPE] =
    g_param_spec_string ("mime-type", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WIDTH] =
    g_param_spec_int ("width", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HEIGHT] =
    g_param_spec_int ("height", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAPTION] =
    g_param_spec_string ("caption", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BYTES] =
    g_param_spec_boxed ("bytes", NULL, NULL,
                        G_TYPE_BYTES,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_photo_init (SvPhoto *self)
{
}

SvPhoto *
sv_photo_new (void)
{
  return g_object_new (SV_TYPE_PHOTO, NULL);
}

SvPhoto *
sv_photo_copy (SvPhoto *self)
{
  SvPhoto *copy;

  g_return_val_if_fail (SV_IS_PHOTO (self), NULL);

  copy = sv_photo_new ();
  copy->id = self->id;
  copy->entry_id = self->entry_id;
  copy->mime_type = g_strdup (self->mime_type);
  copy->width = self->width;
  copy->height = self->height;
  copy->caption = g_strdup (self->caption);
  copy->position = self->position;
  copy->bytes = self->bytes != NULL ? g_bytes_ref (self->bytes) : NULL;

  return copy;
}

gint64
sv_photo_get_id (SvPhoto *self)
{
  g_return_val_if_fail (SV_IS_PHOTO (self), 0);

  return self->id;
}

void
sv_photo_set_id (SvPhoto *self,
                 gint64   id)
{
  g_return_if_fail (SV_IS_PHOTO (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
sv_photo_get_entry_id (SvPhoto *self)
{
  g_return_val_if_fail (SV_IS_PHOTO (self), 0);

  return self->entry_id;
}

void
sv_photo_set_entry_id (SvPhoto *self,
                       gint64   entry_id)
{
  g_return_if_fail (SV_IS_PHOTO (self));
  g_return_if_fail (entry_id >= 0);

  if (self->entry_id == entry_id)
    return;

  self->entry_id = entry_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY_ID]);
}

const char *
sv_photo_get_mime_type (SvPhoto *self)
{
  g_return_val_if_fail (SV_IS_PHOTO (self), NULL);

  return self->mime_type;
}

void
sv_photo_set_mime_type (SvPhoto    *self,
                        const char *mime_type)
{
  g_return_if_fail (SV_IS_PHOTO (self));

  if (set_string (&self->mime_type, mime_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIME_TYPE]);
}

int
sv_photo_get_width (SvPhoto *self)
{
  g_return_val_if_fail (SV_IS_PHOTO (self), 0);

  return self->width;
}

void
sv_photo_set_width (SvPhoto *self,
                    int      width)
{
  g_return_if_fail (SV_IS_PHOTO (self));
  g_return_if_fail (width >= 0);

  if (self->width == width)
    return;

  self->width = width;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
}

int
sv_photo_get_height (SvPhoto *self)
{
  g_return_val_if_fail (SV_IS_PHOTO (self), 0);

  return self->height;
}

void
sv_photo_set_height (SvPhoto *self,
                     int      height)
{
  g_return_if_fail (SV_IS_PHOTO (self));
  g_return_if_fail (height >= 0);

  if (self->height == height)
    return;

  self->height = height;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
}

const char *
sv_photo_get_caption (SvPhoto *self)
{
  g_return_val_if_fail (SV_IS_PHOTO (self), NULL);

  return self->caption;
}

void
sv_photo_set_caption (SvPhoto    *self,
                      const char *caption)
{
  g_return_if_fail (SV_IS_PHOTO (self));

  if (set_string (&self->caption, caption))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION]);
}

int
sv_photo_get_position (SvPhoto *self)
{
  g_return_val_if_fail (SV_IS_PHOTO (self), 0);

  return self->position;
}

void
sv_photo_set_position (SvPhoto *self,
                       int      position)
{
  g_return_if_fail (SV_IS_PHOTO (self));
  g_return_if_fail (position >= 0);

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

GBytes *
sv_photo_get_bytes (SvPhoto *self)
{
  g_return_val_if_fail (SV_IS_PHOTO (self), NULL);

  return self->bytes;
}

void
sv_photo_set_bytes (SvPhoto *self,
                    GBytes  *bytes)
{
  g_return_if_fail (SV_IS_PHOTO (self));

  if (self->bytes == bytes)
    return;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->bytes = bytes != NULL ? g_bytes_ref (bytes) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BYTES]);
}
