/* sv-talks-view.c: the Talks view: a grid of talk cards with filters.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sv-talk-card.h"
#include "sv-talks-view.h"
#include "sv-plain-text.h"

/* The kind filter's choices, in the order of the drop-down's items after
 * "All Kinds". */
static const SvEntryKind filter_kinds[] = {
  SV_ENTRY_KIND_KEYNOTE,
  SV_ENTRY_KIND_TALK,
  SV_ENTRY_KIND_LIGHTNING_TALKS,
  SV_ENTRY_KIND_OPEN_SPACE,
  SV_ENTRY_KIND_TUTORIAL,
  SV_ENTRY_KIND_SPRINT,
};

/* The sort drop-down's items. */
enum {
  SORT_BY_TIME,
  SORT_BY_RATING,
};

struct _SvTalksView
{
  SvTripView parent_instance;

  /* template children */
  GtkWidget       *box; /* the root: bound so that dispose_template() unparents it */
  GtkWidget       *toolbar;
  GtkDropDown     *kind_dropdown;
  GtkToggleButton *watch_later_button;
  GtkToggleButton *recommended_button;
  GtkDropDown     *sort_dropdown;
  GtkStack        *stack;
  GtkGridView     *grid_view;
  GtkButton       *clear_filters_button;
  AdwStatusPage   *error_page;

  /* owned */
  GListStore         *talks; /* SvEntry, the trip's talk-like entries */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkCustomSorter    *sorter;
};

G_DEFINE_FINAL_TYPE (SvTalksView, sv_talks_view, SV_TYPE_TRIP_VIEW)

static void
update_state (SvTalksView *self)
{
  gboolean has_talks = g_list_model_get_n_items (G_LIST_MODEL (self->talks)) > 0;
  gboolean has_matches = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "error") == 0)
    return;

  gtk_widget_set_visible (self->toolbar, has_talks);
  if (!has_talks)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (!has_matches)
    gtk_stack_set_visible_child_name (self->stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->stack, "grid");
}

static void
show_error (SvTalksView  *self,
            const GError *error)
{
  sv_status_page_set_plain_description (self->error_page, error->message);
  gtk_widget_set_visible (self->toolbar, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static gboolean
is_shown_talk (SvTalksView *self,
               SvEntry     *entry)
{
  return sv_entry_get_trip_id (entry) == sv_trip_view_get_trip_id (SV_TRIP_VIEW (self)) &&
         sv_entry_kind_is_talk (sv_entry_get_kind (entry));
}

static void
sv_talks_view_reload (SvTripView *view)
{
  SvTalksView *self = SV_TALKS_VIEW (view);
  SvStore     *store = sv_trip_view_get_store (view);
  gint64       trip_id = sv_trip_view_get_trip_id (view);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) talks = g_ptr_array_new ();

  gtk_stack_set_visible_child_name (self->stack, "grid");
  if (store == NULL || trip_id == 0)
    {
      g_list_store_remove_all (self->talks);
      update_state (self);
      return;
    }

  entries = sv_store_list_entries (store, trip_id, &error);
  if (entries == NULL)
    {
      g_list_store_remove_all (self->talks);
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (entries, i);

      if (is_shown_talk (self, entry))
        g_ptr_array_add (talks, entry);
    }

  /* One splice, so that the grid sorts and lays out once. */
  g_list_store_splice (self->talks, 0, g_list_model_get_n_items (G_LIST_MODEL (self->talks)),
                       talks->pdata, talks->len);
  update_state (self);
}

static gboolean
find_talk (SvTalksView *self,
           gint64       entry_id,
           guint       *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->talks));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SvEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->talks), i);

      if (sv_entry_get_id (entry) == entry_id)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* One entry changed: its card alone is replaced, added or taken away. */
static void
sv_talks_view_entry_changed (SvTripView   *view,
                             gint64        trip_id,
                             gint64        entry_id,
                             SvStoreChange change)
{
  SvTalksView *self = SV_TALKS_VIEW (view);
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) entry = NULL;
  guint    position = 0;
  gboolean found = find_talk (self, entry_id, &position);

  if (!found && (trip_id != sv_trip_view_get_trip_id (view) || change == SV_STORE_CHANGE_REMOVED))
    return;

  if (change != SV_STORE_CHANGE_REMOVED)
    {
      entry = sv_store_get_entry (sv_trip_view_get_store (view), entry_id, &error);
      if (entry == NULL && !g_error_matches (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND))
        {
          show_error (self, error);
          return;
        }
    }

  if (entry != NULL && is_shown_talk (self, entry))
    {
      if (found)
        g_list_store_splice (self->talks, position, 1, (gpointer *) &entry, 1);
      else
        g_list_store_append (self->talks, entry);
    }
  else if (found)
    {
      g_list_store_remove (self->talks, position);
    }

  update_state (self);
}

static gboolean
filter_talk (gpointer item,
             gpointer user_data)
{
  SvTalksView *self = user_data;
  SvEntry     *entry = item;
  SvTalk      *talk = sv_entry_get_talk (entry);
  guint        kind_index = gtk_drop_down_get_selected (self->kind_dropdown);

  if (kind_index > 0 && kind_index <= G_N_ELEMENTS (filter_kinds) &&
      sv_entry_get_kind (entry) != filter_kinds[kind_index - 1])
    return FALSE;

  if (gtk_toggle_button_get_active (self->watch_later_button) &&
      (talk == NULL || sv_talk_get_role (talk) != SV_TALK_ROLE_WATCH_LATER))
    return FALSE;

  if (gtk_toggle_button_get_active (self->recommended_button) &&
      (talk == NULL || !sv_talk_get_recommended (talk)))
    return FALSE;

  return TRUE;
}

/* Timeline order: trip-level notes first, then by day and position. */
static int
compare_time (SvEntry *a,
              SvEntry *b)
{
  int cmp = g_strcmp0 (sv_entry_get_day (a), sv_entry_get_day (b));

  if (cmp == 0)
    cmp = sv_entry_get_position (a) - sv_entry_get_position (b);
  if (cmp == 0)
    cmp = (sv_entry_get_id (a) > sv_entry_get_id (b)) - (sv_entry_get_id (a) < sv_entry_get_id (b));

  return cmp;
}

static int
sort_talks (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  SvTalksView *self = user_data;
  SvEntry     *entry_a = SV_ENTRY ((gpointer) a);
  SvEntry     *entry_b = SV_ENTRY ((gpointer) b);
  int          cmp = 0;

  if (gtk_drop_down_get_selected (self->sort_dropdown) == SORT_BY_RATING)
    cmp = sv_entry_get_rating (entry_b) - sv_entry_get_rating (entry_a);
  if (cmp == 0)
    cmp = compare_time (entry_a, entry_b);

  return cmp < 0 ? GTK_ORDERING_SMALLER : cmp > 0 ? GTK_ORDERING_LARGER
                                                  : GTK_ORDERING_EQUAL;
}

static void
on_filter_changed (SvTalksView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_sort_dropdown_selected_changed (SvTalksView *self)
{
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
on_clear_filters_button_clicked (SvTalksView *self)
{
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_toggle_button_set_active (self->watch_later_button, FALSE);
  gtk_toggle_button_set_active (self->recommended_button, FALSE);
}

static void
on_grid_view_activate (GtkGridView *grid_view,
                       guint        position,
                       SvTalksView *self)
{
  g_autoptr (SvEntry) entry = g_list_model_get_item (G_LIST_MODEL (gtk_grid_view_get_model (grid_view)), position);

  if (entry != NULL)
    sv_trip_view_activate_entry (SV_TRIP_VIEW (self), sv_entry_get_id (entry));
}

static void
sv_talks_view_dispose (GObject *object)
{
  SvTalksView *self = SV_TALKS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_TALKS_VIEW);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->talks);

  G_OBJECT_CLASS (sv_talks_view_parent_class)->dispose (object);
}

static void
sv_talks_view_class_init (SvTalksViewClass *klass)
{
  GObjectClass    *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass  *widget_class = GTK_WIDGET_CLASS (klass);
  SvTripViewClass *trip_view_class = SV_TRIP_VIEW_CLASS (klass);

  object_class->dispose = sv_talks_view_dispose;
  trip_view_class->reload = sv_talks_view_reload;
  trip_view_class->entry_changed = sv_talks_view_entry_changed;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-talks-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, box);
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, watch_later_button);
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, recommended_button);
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, stack);
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, grid_view);
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, SvTalksView, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_dropdown_selected_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_grid_view_activate);
}

static void
sv_talks_view_init (SvTalksView *self)
{
  g_autoptr (GtkSelectionModel) selection = NULL;
  GtkSortListModel *sorted;

  g_type_ensure (SV_TYPE_TALK_CARD);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->talks = g_list_store_new (SV_TYPE_ENTRY);
  self->filter = gtk_custom_filter_new (filter_talk, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_talks, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->talks)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                    g_object_ref (GTK_SORTER (self->sorter)));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);

  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted)));
  gtk_grid_view_set_model (self->grid_view, selection);
  update_state (self);
}

GtkWidget *
sv_talks_view_new (void)
{
  return g_object_new (SV_TYPE_TALKS_VIEW, NULL);
}
