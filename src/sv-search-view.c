/* sv-search-view.c: search results over the whole scrapbook, with snippets.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-search-view.h"

struct _SvSearchView
{
  GtkWidget parent_instance;

  /* template children */
  GtkWidget *placeholder;

  /* owned */
  SvStore *store;
  char    *query;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESULT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SvSearchView, sv_search_view, GTK_TYPE_WIDGET)

static void
sv_search_view_dispose (GObject *object)
{
  SvSearchView *self = SV_SEARCH_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_SEARCH_VIEW);
  g_clear_object (&self->store);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (sv_search_view_parent_class)->dispose (object);
}

static void
sv_search_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SvSearchView *self = SV_SEARCH_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_search_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SvSearchView *self = SV_SEARCH_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sv_search_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      sv_search_view_set_query (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_search_view_class_init (SvSearchViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_search_view_dispose;
  object_class->get_property = sv_search_view_get_property;
  object_class->set_property = sv_search_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SvSearchView::result-activated:
   * @trip_id: the trip of the result
   * @entry_id: the entry the user chose
   */
  signals[RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-search-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvSearchView, placeholder);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sv_search_view_init (SvSearchView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sv_search_view_new (void)
{
  return g_object_new (SV_TYPE_SEARCH_VIEW, NULL);
}

SvStore *
sv_search_view_get_store (SvSearchView *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_VIEW (self), NULL);

  return self->store;
}

void
sv_search_view_set_store (SvSearchView *self,
                          SvStore      *store)
{
  g_return_if_fail (SV_IS_SEARCH_VIEW (self));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
sv_search_view_get_query (SvSearchView *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_VIEW (self), NULL);

  return self->query;
}

void
sv_search_view_set_query (SvSearchView *self,
                          const char   *query)
{
  g_return_if_fail (SV_IS_SEARCH_VIEW (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

gboolean
sv_search_view_activate_first (SvSearchView *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_VIEW (self), FALSE);

  return FALSE;
}
