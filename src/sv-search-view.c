/* sv-search-view.c: search results over the whole scrapbook, with snippets.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sv-search-row.h"
#include "sv-search-view.h"
#include "sv-plain-text.h"

/* More is not read: the best matches come first. */
#define MAX_RESULTS 200

struct _SvSearchView
{
  GtkWidget parent_instance;

  /* template children */
  GtkStack          *stack;
  GtkScrolledWindow *scrolled_window;
  GtkListView       *list_view;
  AdwStatusPage     *none_page;
  AdwStatusPage     *error_page;

  /* owned */
  SvStore      *store;
  GSignalGroup *store_signals;
  char         *query;
  GListStore   *results; /* SvSearchResult */
  guint         rerun_id;
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

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/* The search runs at once, on the main thread: FTS5 answers within
 * milliseconds even with 10,000 entries, and the window calls this from
 * GtkSearchEntry::search-changed, which already waits for a pause in the
 * typing. So no timer of our own, and no stale results to race with. */
static void
run_search (SvSearchView *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;
  g_autofree char *description = NULL;
  guint            n_old = g_list_model_get_n_items (G_LIST_MODEL (self->results));

  g_clear_handle_id (&self->rerun_id, g_source_remove);

  if (self->store == NULL || is_blank (self->query))
    {
      g_list_store_remove_all (self->results);
      gtk_stack_set_visible_child_name (self->stack, "hint");
      return;
    }

  found = sv_store_search (self->store, self->query, MAX_RESULTS, &error);
  if (found == NULL)
    {
      g_list_store_remove_all (self->results);
      sv_status_page_set_plain_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  g_list_store_splice (self->results, 0, n_old, found->pdata, found->len);
  if (found->len == 0)
    {
      /* Translators: the description of "No Results" in the search */
      description = g_strdup_printf (_ ("Nothing in your trips matches “%s”"), self->query);
      sv_status_page_set_plain_description (self->none_page, description);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_stack_set_visible_child_name (self->stack, "results");
}

static gboolean
rerun_idle (gpointer user_data)
{
  SvSearchView *self = user_data;

  self->rerun_id = 0;
  run_search (self);

  return G_SOURCE_REMOVE;
}

/* What was found may have changed, gone to the trash or come back: search
 * again, once for a burst of changes. */
static void
on_store_changed (SvSearchView *self)
{
  if (self->rerun_id == 0 && !is_blank (self->query))
    self->rerun_id = g_idle_add (rerun_idle, self);
}

static void
activate_result (SvSearchView *self,
                 guint         position)
{
  g_autoptr (SvSearchResult) result = g_list_model_get_item (G_LIST_MODEL (self->results), position);

  if (result != NULL)
    g_signal_emit (self, signals[RESULT_ACTIVATED], 0,
                   sv_search_result_get_trip_id (result), sv_search_result_get_entry_id (result));
}

static void
on_list_view_activate (GtkListView  *list_view,
                       guint         position,
                       SvSearchView *self)
{
  activate_result (self, position);
}

static void
sv_search_view_dispose (GObject *object)
{
  SvSearchView *self = SV_SEARCH_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_SEARCH_VIEW);
  g_clear_handle_id (&self->rerun_id, g_source_remove);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->store);
  g_clear_object (&self->results);
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
  gtk_widget_class_bind_template_child (widget_class, SvSearchView, stack);
  gtk_widget_class_bind_template_child (widget_class, SvSearchView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, SvSearchView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SvSearchView, none_page);
  gtk_widget_class_bind_template_child (widget_class, SvSearchView, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sv_search_view_init (SvSearchView *self)
{
  g_autoptr (GtkSelectionModel) selection = NULL;

  g_type_ensure (SV_TYPE_SEARCH_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->store_signals = g_signal_group_new (SV_TYPE_STORE);
  g_signal_group_connect_object (self->store_signals, "entry-changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->store_signals, "trip-changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  self->results = g_list_store_new (SV_TYPE_SEARCH_RESULT);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->results))));
  gtk_list_view_set_model (self->list_view, selection);
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
  g_return_if_fail (store == NULL || SV_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_signal_group_set_target (self->store_signals, store);
  run_search (self);
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
  run_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

gboolean
sv_search_view_activate_first (SvSearchView *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_VIEW (self), FALSE);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) == 0)
    return FALSE;

  activate_result (self, 0);
  return TRUE;
}
