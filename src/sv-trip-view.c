/* sv-trip-view.c: the base of the views that show one trip of a scrapbook.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-trip-view.h"

typedef struct
{
  /* owned */
  SvStore      *store;
  GSignalGroup *store_signals;

  gint64 trip_id;
} SvTripViewPrivate;

enum {
  PROP_0,
  PROP_STORE,
  PROP_TRIP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ENTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_TYPE_WITH_PRIVATE (SvTripView, sv_trip_view, GTK_TYPE_WIDGET)

static void
on_store_entry_changed (SvStore    *store,
                        gint64      trip_id,
                        gint64      entry_id,
                        int         change,
                        SvTripView *self)
{
  SvTripViewClass *klass = SV_TRIP_VIEW_GET_CLASS (self);

  if (klass->entry_changed != NULL)
    klass->entry_changed (self, trip_id, entry_id, change);
}

static void
on_store_trip_changed (SvStore    *store,
                       gint64      trip_id,
                       int         change,
                       SvTripView *self)
{
  SvTripViewClass *klass = SV_TRIP_VIEW_GET_CLASS (self);

  if (klass->trip_changed != NULL)
    klass->trip_changed (self, trip_id, change);
}

static void
on_store_place_changed (SvStore    *store,
                        gint64      place_id,
                        int         change,
                        SvTripView *self)
{
  SvTripViewClass *klass = SV_TRIP_VIEW_GET_CLASS (self);

  if (klass->place_changed != NULL)
    klass->place_changed (self, place_id, change);
}

static void
reload (SvTripView *self)
{
  SvTripViewClass *klass = SV_TRIP_VIEW_GET_CLASS (self);

  if (klass->reload != NULL)
    klass->reload (self);
}

static void
sv_trip_view_dispose (GObject *object)
{
  SvTripView        *self = SV_TRIP_VIEW (object);
  SvTripViewPrivate *priv = sv_trip_view_get_instance_private (self);

  g_clear_object (&priv->store_signals);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (sv_trip_view_parent_class)->dispose (object);
}

static void
sv_trip_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SvTripView *self = SV_TRIP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, sv_trip_view_get_store (self));
      break;
    case PROP_TRIP_ID:
      g_value_set_int64 (value, sv_trip_view_get_trip_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_trip_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SvTripView *self = SV_TRIP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sv_trip_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_TRIP_ID:
      sv_trip_view_set_trip_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_trip_view_class_init (SvTripViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_trip_view_dispose;
  object_class->get_property = sv_trip_view_get_property;
  object_class->set_property = sv_trip_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIP_ID] =
    g_param_spec_int64 ("trip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SvTripView::entry-activated:
   * @entry_id: the entry the user opened
   */
  signals[ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  /* The views' templates have a single root widget that fills them. */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sv_trip_view_init (SvTripView *self)
{
  SvTripViewPrivate *priv = sv_trip_view_get_instance_private (self);

  priv->store_signals = g_signal_group_new (SV_TYPE_STORE);
  g_signal_group_connect_object (priv->store_signals, "entry-changed", G_CALLBACK (on_store_entry_changed), self, 0);
  g_signal_group_connect_object (priv->store_signals, "trip-changed", G_CALLBACK (on_store_trip_changed), self, 0);
  g_signal_group_connect_object (priv->store_signals, "place-changed", G_CALLBACK (on_store_place_changed), self, 0);
}

SvStore *
sv_trip_view_get_store (SvTripView *self)
{
  SvTripViewPrivate *priv;

  g_return_val_if_fail (SV_IS_TRIP_VIEW (self), NULL);

  priv = sv_trip_view_get_instance_private (self);
  return priv->store;
}

void
sv_trip_view_set_store (SvTripView *self,
                        SvStore    *store)
{
  SvTripViewPrivate *priv;

  g_return_if_fail (SV_IS_TRIP_VIEW (self));
  g_return_if_fail (store == NULL || SV_IS_STORE (store));

  priv = sv_trip_view_get_instance_private (self);
  if (!g_set_object (&priv->store, store))
    return;

  /* Connected before reload() runs, so that the view hears of a change
   * before the models it builds there do. */
  g_signal_group_set_target (priv->store_signals, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  reload (self);
}

gint64
sv_trip_view_get_trip_id (SvTripView *self)
{
  SvTripViewPrivate *priv;

  g_return_val_if_fail (SV_IS_TRIP_VIEW (self), 0);

  priv = sv_trip_view_get_instance_private (self);
  return priv->trip_id;
}

void
sv_trip_view_set_trip_id (SvTripView *self,
                          gint64      trip_id)
{
  SvTripViewPrivate *priv;

  g_return_if_fail (SV_IS_TRIP_VIEW (self));
  g_return_if_fail (trip_id >= 0);

  priv = sv_trip_view_get_instance_private (self);
  if (priv->trip_id == trip_id)
    return;

  priv->trip_id = trip_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIP_ID]);
  reload (self);
}

void
sv_trip_view_activate_entry (SvTripView *self,
                             gint64      entry_id)
{
  g_return_if_fail (SV_IS_TRIP_VIEW (self));

  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0, entry_id);
}
