/* sv-map-view.c: the Map view: the trip's places as pins on a libshumate map.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-map-view.h"

struct _SvMapView
{
  GtkWidget parent_instance;

  /* template children */
  GtkWidget *placeholder;

  /* owned */
  SvStore *store;

  gint64 trip_id;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_TRIP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvMapView, sv_map_view, GTK_TYPE_WIDGET)

static void
sv_map_view_dispose (GObject *object)
{
  SvMapView *self = SV_MAP_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_MAP_VIEW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sv_map_view_parent_class)->dispose (object);
}

static void
sv_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SvMapView *self = SV_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TRIP_ID:
      g_value_set_int64 (value, self->trip_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SvMapView *self = SV_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sv_map_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_TRIP_ID:
      sv_map_view_set_trip_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_map_view_class_init (SvMapViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_map_view_dispose;
  object_class->get_property = sv_map_view_get_property;
  object_class->set_property = sv_map_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIP_ID] =
    g_param_spec_int64 ("trip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvMapView, placeholder);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sv_map_view_init (SvMapView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sv_map_view_new (void)
{
  return g_object_new (SV_TYPE_MAP_VIEW, NULL);
}

SvStore *
sv_map_view_get_store (SvMapView *self)
{
  g_return_val_if_fail (SV_IS_MAP_VIEW (self), NULL);

  return self->store;
}

void
sv_map_view_set_store (SvMapView *self,
                       SvStore   *store)
{
  g_return_if_fail (SV_IS_MAP_VIEW (self));
  g_return_if_fail (store == NULL || SV_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
sv_map_view_get_trip_id (SvMapView *self)
{
  g_return_val_if_fail (SV_IS_MAP_VIEW (self), 0);

  return self->trip_id;
}

void
sv_map_view_set_trip_id (SvMapView *self,
                         gint64     trip_id)
{
  g_return_if_fail (SV_IS_MAP_VIEW (self));

  if (self->trip_id == trip_id)
    return;

  self->trip_id = trip_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIP_ID]);
}

void
sv_map_view_show_place (SvMapView *self,
                        gint64     place_id)
{
  g_return_if_fail (SV_IS_MAP_VIEW (self));
}
