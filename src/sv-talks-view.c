/* sv-talks-view.c: the Talks view: a grid of talk cards with filters.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-talks-view.h"

struct _SvTalksView
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

enum {
  ENTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SvTalksView, sv_talks_view, GTK_TYPE_WIDGET)

static void
sv_talks_view_dispose (GObject *object)
{
  SvTalksView *self = SV_TALKS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_TALKS_VIEW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sv_talks_view_parent_class)->dispose (object);
}

static void
sv_talks_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SvTalksView *self = SV_TALKS_VIEW (object);

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
sv_talks_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SvTalksView *self = SV_TALKS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sv_talks_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_TRIP_ID:
      sv_talks_view_set_trip_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_talks_view_class_init (SvTalksViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_talks_view_dispose;
  object_class->get_property = sv_talks_view_get_property;
  object_class->set_property = sv_talks_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIP_ID] =
    g_param_spec_int64 ("trip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SvTalksView::entry-activated:
   * @entry_id: the entry the user opened
   */
  signals[ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-talks-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, placeholder);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sv_talks_view_init (SvTalksView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sv_talks_view_new (void)
{
  return g_object_new (SV_TYPE_TALKS_VIEW, NULL);
}

SvStore *
sv_talks_view_get_store (SvTalksView *self)
{
  g_return_val_if_fail (SV_IS_TALKS_VIEW (self), NULL);

  return self->store;
}

void
sv_talks_view_set_store (SvTalksView *self,
                         SvStore     *store)
{
  g_return_if_fail (SV_IS_TALKS_VIEW (self));
  g_return_if_fail (store == NULL || SV_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
sv_talks_view_get_trip_id (SvTalksView *self)
{
  g_return_val_if_fail (SV_IS_TALKS_VIEW (self), 0);

  return self->trip_id;
}

void
sv_talks_view_set_trip_id (SvTalksView *self,
                           gint64       trip_id)
{
  g_return_if_fail (SV_IS_TALKS_VIEW (self));

  if (self->trip_id == trip_id)
    return;

  self->trip_id = trip_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIP_ID]);
}
