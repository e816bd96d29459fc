/* sv-place.c: a place shared by all trips: a restaurant, a venue, a sight, ….
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "sv-geo.h"
#include "sv-place.h"

struct _SvPlace
{
  GObject parent_instance;

  char *name;
  char *address;
  char *url;

  gint64          id;
  SvPlaceCategory category;
  double          latitude;
  double          longitude;
  gboolean        has_location;
};

G_DEFINE_FINAL_TYPE (SvPlace, sv_place, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_CATEGORY,
  PROP_ADDRESS,
  PROP_URL,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_HAS_LOCATION,
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
update_location (SvPlace *self,
                 double   latitude,
                 double   longitude,
                 gboolean has_location)
{
  GObject *object = G_OBJECT (self);

  g_object_freeze_notify (object);

  if (self->latitude != latitude)
    {
      self->latitude = latitude;
      g_object_notify_by_pspec (object, properties[PROP_LATITUDE]);
    }

  if (self->longitude != longitude)
    {
      self->longitude = longitude;
      g_object_notify_by_pspec (object, properties[PROP_LONGITUDE]);
    }

  if (self->has_location != has_location)
    {
      self->has_location = has_location;
      g_object_notify_by_pspec (object, properties[PROP_HAS_LOCATION]);
    }

  g_object_thaw_notify (object);
}

static void
sv_place_finalize (GObject *object)
{
  SvPlace *self = (SvPlace *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (sv_place_parent_class)->finalize (object);
}

static void
sv_place_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SvPlace *self = SV_PLACE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CATEGORY:
      g_value_set_enum (value, self->category);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;

    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;

    case PROP_HAS_LOCATION:
      g_value_set_boolean (value, self->has_location);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_place_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SvPlace *self = SV_PLACE (object);

  switch (prop_id)
    {
    case PROP_ID:
      sv_place_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      sv_place_set_name (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      sv_place_set_category (self, g_value_get_enum (value));
      break;

    case PROP_ADDRESS:
      sv_place_set_address (self, g_value_get_string (value));
      break;

    case PROP_URL:
      sv_place_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_place_class_init (SvPlaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_place_finalize;
  object_class->get_property = sv_place_get_property;
  object_class->set_property = sv_place_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL,
                       SV_TYPE_PLACE_CATEGORY, SV_PLACE_CATEGORY_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LATITUDE] =
    g_param_spec_double ("latitude", NULL, NULL,
                         -90.0, 90.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_LONGITUDE] =
    g_param_spec_double ("longitude", NULL, NULL,
                         -180.0, 180.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_LOCATION] =
    g_param_spec_boolean ("has-location", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_place_init (SvPlace *self)
{
  self->category = SV_PLACE_CATEGORY_OTHER;
}

SvPlace *
sv_place_new (void)
{
  return g_object_new (SV_TYPE_PLACE, NULL);
}

SvPlace *
sv_place_copy (SvPlace *self)
{
  SvPlace *copy;

  g_return_val_if_fail (SV_IS_PLACE (self), NULL);

  copy = sv_place_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->category = self->category;
  copy->address = g_strdup (self->address);
  copy->url = g_strdup (self->url);
  copy->latitude = self->latitude;
  copy->longitude = self->longitude;
  copy->has_location = self->has_location;

  return copy;
}

gint64
sv_place_get_id (SvPlace *self)
{
  g_return_val_if_fail (SV_IS_PLACE (self), 0);

  return self->id;
}

void
sv_place_set_id (SvPlace *self,
                 gint64   id)
{
  g_return_if_fail (SV_IS_PLACE (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
sv_place_get_name (SvPlace *self)
{
  g_return_val_if_fail (SV_IS_PLACE (self), NULL);

  return self->name;
}

void
sv_place_set_name (SvPlace    *self,
                   const char *name)
{
  g_return_if_fail (SV_IS_PLACE (self));

  if (set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

SvPlaceCategory
sv_place_get_category (SvPlace *self)
{
  g_return_val_if_fail (SV_IS_PLACE (self), SV_PLACE_CATEGORY_OTHER);

  return self->category;
}

void
sv_place_set_category (SvPlace        *self,
                       SvPlaceCategory category)
{
  g_return_if_fail (SV_IS_PLACE (self));
  g_return_if_fail ((guint) category <= SV_PLACE_CATEGORY_OTHER);

  if (self->category == category)
    return;

  self->category = category;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
sv_place_get_address (SvPlace *self)
{
  g_return_val_if_fail (SV_IS_PLACE (self), NULL);

  return self->address;
}

void
sv_place_set_address (SvPlace    *self,
                      const char *address)
{
  g_return_if_fail (SV_IS_PLACE (self));

  if (set_string (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
sv_place_get_url (SvPlace *self)
{
  g_return_val_if_fail (SV_IS_PLACE (self), NULL);

  return self->url;
}

void
sv_place_set_url (SvPlace    *self,
                  const char *url)
{
  g_return_if_fail (SV_IS_PLACE (self));

  if (set_string (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

double
sv_place_get_latitude (SvPlace *self)
{
  g_return_val_if_fail (SV_IS_PLACE (self), 0.0);

  return self->latitude;
}

double
sv_place_get_longitude (SvPlace *self)
{
  g_return_val_if_fail (SV_IS_PLACE (self), 0.0);

  return self->longitude;
}

gboolean
sv_place_get_has_location (SvPlace *self)
{
  g_return_val_if_fail (SV_IS_PLACE (self), FALSE);

  return self->has_location;
}

gboolean
sv_place_set_location (SvPlace *self,
                       double   latitude,
                       double   longitude,
                       GError **error)
{
  g_return_val_if_fail (SV_IS_PLACE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sv_geo_check_location (latitude, longitude, error))
    return FALSE;

  update_location (self, latitude, longitude, TRUE);

  return TRUE;
}

void
sv_place_clear_location (SvPlace *self)
{
  g_return_if_fail (SV_IS_PLACE (self));

  update_location (self, 0.0, 0.0, FALSE);
}

char *
sv_place_dup_osm_url (SvPlace *self)
{
  char latitude[G_ASCII_DTOSTR_BUF_SIZE];
  char longitude[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (SV_IS_PLACE (self), NULL);

  if (!self->has_location)
    return NULL;

  /* A dot whatever the locale; six decimals are about ten centimetres. */
  g_ascii_formatd (latitude, sizeof latitude, "%.6f", self->latitude);
  g_ascii_formatd (longitude, sizeof longitude, "%.6f", self->longitude);

  return g_strdup_printf ("https://www.openstreetmap.org/?mlat=%s&mlon=%s#map=18/%s/%s",
                          latitude, longitude, latitude, longitude);
}
