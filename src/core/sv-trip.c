/* sv-trip.c: a trip: one conference, its dates and where it was.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-date.h"
#include "sv-trip.h"

struct _SvTrip
{
  GObject parent_instance;

  char *title;
  char *event;
  char *city;
  char *country;
  char *start_date;
  char *end_date;
  char *url;
  char *summary;

  gint64 id;
  gint64 cover_photo_id;
};

G_DEFINE_FINAL_TYPE (SvTrip, sv_trip, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_EVENT,
  PROP_CITY,
  PROP_COUNTRY,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_URL,
  PROP_SUMMARY,
  PROP_COVER_PHOTO_ID,
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
sv_trip_finalize (GObject *object)
{
  SvTrip *self = (SvTrip *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->event, g_free);
  g_clear_pointer (&self->city, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (sv_trip_parent_class)->finalize (object);
}

static void
sv_trip_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SvTrip *self = SV_TRIP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_EVENT:
      g_value_set_string (value, self->event);
      break;

    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_COVER_PHOTO_ID:
      g_value_set_int64 (value, self->cover_photo_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_trip_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SvTrip *self = SV_TRIP (object);

  switch (prop_id)
    {
    case PROP_ID:
      sv_trip_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_TITLE:
      sv_trip_set_title (self, g_value_get_string (value));
      break;

    case PROP_EVENT:
      sv_trip_set_event (self, g_value_get_string (value));
      break;

    case PROP_CITY:
      sv_trip_set_city (self, g_value_get_string (value));
      break;

    case PROP_COUNTRY:
      sv_trip_set_country (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      sv_trip_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      sv_trip_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_URL:
      sv_trip_set_url (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      sv_trip_set_summary (self, g_value_get_string (value));
      break;

    case PROP_COVER_PHOTO_ID:
      sv_trip_set_cover_photo_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_trip_class_init (SvTripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_trip_finalize;
  object_class->get_property = sv_trip_get_property;
  object_class->set_property = sv_trip_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EVENT] =
    g_param_spec_string ("event", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COVER_PHOTO_ID] =
    g_param_spec_int64 ("cover-photo-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_trip_init (SvTrip *self)
{
}

SvTrip *
sv_trip_new (void)
{
  return g_object_new (SV_TYPE_TRIP, NULL);
}

SvTrip *
sv_trip_copy (SvTrip *self)
{
  SvTrip *copy;

  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  copy = sv_trip_new ();
  copy->id = self->id;
  copy->title = g_strdup (self->title);
  copy->event = g_strdup (self->event);
  copy->city = g_strdup (self->city);
  copy->country = g_strdup (self->country);
  copy->start_date = g_strdup (self->start_date);
  copy->end_date = g_strdup (self->end_date);
  copy->url = g_strdup (self->url);
  copy->summary = g_strdup (self->summary);
  copy->cover_photo_id = self->cover_photo_id;

  return copy;
}

gint64
sv_trip_get_id (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), 0);

  return self->id;
}

void
sv_trip_set_id (SvTrip *self,
                gint64  id)
{
  g_return_if_fail (SV_IS_TRIP (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
sv_trip_get_title (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  return self->title;
}

void
sv_trip_set_title (SvTrip     *self,
                   const char *title)
{
  g_return_if_fail (SV_IS_TRIP (self));

  if (set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
sv_trip_get_event (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  return self->event;
}

void
sv_trip_set_event (SvTrip     *self,
                   const char *event)
{
  g_return_if_fail (SV_IS_TRIP (self));

  if (set_string (&self->event, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

const char *
sv_trip_get_city (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  return self->city;
}

void
sv_trip_set_city (SvTrip     *self,
                  const char *city)
{
  g_return_if_fail (SV_IS_TRIP (self));

  if (set_string (&self->city, city))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITY]);
}

const char *
sv_trip_get_country (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  return self->country;
}

void
sv_trip_set_country (SvTrip     *self,
                     const char *country)
{
  g_return_if_fail (SV_IS_TRIP (self));

  if (set_string (&self->country, country))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

const char *
sv_trip_get_start_date (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  return self->start_date;
}

void
sv_trip_set_start_date (SvTrip     *self,
                        const char *start_date)
{
  g_return_if_fail (SV_IS_TRIP (self));

  if (set_string (&self->start_date, start_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

const char *
sv_trip_get_end_date (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  return self->end_date;
}

void
sv_trip_set_end_date (SvTrip     *self,
                      const char *end_date)
{
  g_return_if_fail (SV_IS_TRIP (self));

  if (set_string (&self->end_date, end_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

const char *
sv_trip_get_url (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  return self->url;
}

void
sv_trip_set_url (SvTrip     *self,
                 const char *url)
{
  g_return_if_fail (SV_IS_TRIP (self));

  if (set_string (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
sv_trip_get_summary (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  return self->summary;
}

void
sv_trip_set_summary (SvTrip     *self,
                     const char *summary)
{
  g_return_if_fail (SV_IS_TRIP (self));

  if (set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

gint64
sv_trip_get_cover_photo_id (SvTrip *self)
{
  g_return_val_if_fail (SV_IS_TRIP (self), 0);

  return self->cover_photo_id;
}

void
sv_trip_set_cover_photo_id (SvTrip *self,
                            gint64  cover_photo_id)
{
  g_return_if_fail (SV_IS_TRIP (self));
  g_return_if_fail (cover_photo_id >= 0);

  if (self->cover_photo_id == cover_photo_id)
    return;

  self->cover_photo_id = cover_photo_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COVER_PHOTO_ID]);
}

guint
sv_trip_get_n_days (SvTrip *self)
{
  GDate first;
  GDate last;
  int   days;

  g_return_val_if_fail (SV_IS_TRIP (self), 0);

  if (!sv_date_parse (self->start_date, &first) ||
      !sv_date_parse (self->end_date, &last))
    return 0;

  days = g_date_days_between (&first, &last);

  return days >= 0 ? (guint) days + 1 : 0;
}

char *
sv_trip_format_dates (SvTrip *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char      *from_format;
  gboolean         same_year;
  gboolean         same_month;
  GDate            first;
  GDate            last;

  g_return_val_if_fail (SV_IS_TRIP (self), NULL);

  if (!sv_date_parse (self->start_date, &first))
    return NULL;

  /* An end before the start is a typo; the start is what is sure. */
  if (!sv_date_parse (self->end_date, &last) ||
      g_date_compare (&first, &last) >= 0)
    /* Translators: a date with its year, see g_date_time_format() */
    return sv_date_format (self->start_date, _ ("%-d %B %Y"));

  same_year = g_date_get_year (&first) == g_date_get_year (&last);
  same_month = same_year && g_date_get_month (&first) == g_date_get_month (&last);

  if (!same_year)
    /* Translators: a date with its year, see g_date_time_format() */
    from_format = _ ("%-d %B %Y");
  else if (!same_month)
    /* Translators: the first day of a trip that ends later in the same
     * year, see g_date_time_format() */
    from_format = _ ("%-d %B");
  else
    /* Translators: the first day of a trip that ends in the same month,
     * see g_date_time_format()
     * xgettext:no-c-format */
    from_format = _ ("%-d");

  from = sv_date_format (self->start_date, from_format);
  /* Translators: a date with its year, see g_date_time_format() */
  to = sv_date_format (self->end_date, _ ("%-d %B %Y"));

  if (same_month)
    /* Translators: the days of a trip within one month, "16–19 May 2024" */
    return g_strdup_printf (_ ("%s–%s"), from, to);

  /* Translators: the first and last day of a trip, "30 May – 2 June 2024" */
  return g_strdup_printf (_ ("%s – %s"), from, to);
}
