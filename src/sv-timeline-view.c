/* sv-timeline-view.c: the Timeline: a trip day by day, in a recycling list.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sv-image-loader.h"
#include "sv-timeline-model.h"
#include "sv-timeline-row.h"
#include "sv-timeline-view.h"
#include "sv-plain-text.h"

/* Thumbnails are decoded at twice the 48 px they are shown at, so that
 * they stay sharp on HiDPI screens, and only a few hundred are kept. */
#define THUMBNAIL_PIXELS    96
#define THUMBNAIL_CACHE_MAX 256

struct _SvTimelineView
{
  SvTripView parent_instance;

  /* template children */
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  AdwStatusPage      *error_page;

  /* owned */
  SvTimelineModel *model;
  GtkWidget       *context_menu;
  SvTimelineRow   *pressed_row; /* weak */
  GHashTable      *rows;        /* the bound SvTimelineRows, a set */
  GHashTable      *thumbnails;  /* photo id → GdkPaintable, NULL when it does not decode */
  GHashTable      *loading;     /* photo ids being decoded, a set */
  GHashTable      *stale;       /* photo ids whose entry changed since, a set */
  GCancellable    *cancellable;

  gint64 focus_entry_id; /* scrolled to, its row not yet bound */
};

G_DEFINE_FINAL_TYPE (SvTimelineView, sv_timeline_view, SV_TYPE_TRIP_VIEW)

static GHashTable *
new_id_table (GDestroyNotify value_destroy)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, value_destroy);
}

/* Thumbnails are NULL for photos that do not decode. */
static void
unref_thumbnail (gpointer thumbnail)
{
  if (thumbnail != NULL)
    g_object_unref (thumbnail);
}

static GtkListItem *
row_list_item (SvTimelineRow *row)
{
  return g_object_get_data (G_OBJECT (row), "list-item");
}

static SvEntry *
row_entry (SvTimelineRow *row)
{
  SvTimelineItem *item = row != NULL ? sv_timeline_row_get_item (row) : NULL;

  return item != NULL ? sv_timeline_item_get_entry (item) : NULL;
}

/* Thumbnails */

typedef struct
{
  gint64  photo_id;
  GBytes *bytes;
} ThumbnailJob;

static void
thumbnail_job_free (ThumbnailJob *job)
{
  g_bytes_unref (job->bytes);
  g_free (job);
}

/* The middle square of the photo, THUMBNAIL_PIXELS wide at most. */
static GdkPixbuf *
square_thumbnail (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int side = MIN (width, height);
  g_autoptr (GdkPixbuf) square = gdk_pixbuf_new_subpixbuf (pixbuf, (width - side) / 2, (height - side) / 2, side, side);

  if (side <= THUMBNAIL_PIXELS)
    return gdk_pixbuf_copy (square);

  return gdk_pixbuf_scale_simple (square, THUMBNAIL_PIXELS, THUMBNAIL_PIXELS, GDK_INTERP_BILINEAR);
}

static void
decode_thumbnail (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ThumbnailJob *job = task_data;
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  g_autoptr (GdkPixbuf) square = NULL;
  GError *error = NULL;

  pixbuf = sv_image_load (job->bytes, NULL, SV_IMAGE_FIT_SHORTEST_SIDE, THUMBNAIL_PIXELS, NULL, NULL, NULL, &error);
  if (pixbuf == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  square = square_thumbnail (pixbuf);
  g_task_return_pointer (task, gdk_texture_new_for_pixbuf (square), g_object_unref);
}

static void on_thumbnail_decoded (GObject      *source,
                                  GAsyncResult *result,
                                  gpointer      user_data);

static void
show_thumbnail (SvTimelineView *self,
                SvTimelineRow  *row)
{
  gint64        photo_id = sv_timeline_row_get_photo_id (row);
  gpointer      thumbnail = NULL;
  ThumbnailJob *job;
  GBytes       *bytes;
  GTask        *task;

  if (photo_id == 0)
    return;

  /* A stale thumbnail shows until the photo is decoded again: the id may
   * now be another photo's (SQLite gives a deleted row's id again). */
  if (g_hash_table_lookup_extended (self->thumbnails, &photo_id, NULL, &thumbnail))
    {
      sv_timeline_row_set_thumbnail (row, thumbnail);
      if (!g_hash_table_remove (self->stale, &photo_id))
        return;
    }
  else
    sv_timeline_row_set_thumbnail (row, NULL);

  if (g_hash_table_contains (self->loading, &photo_id))
    return;

  /* A photo the store cannot give shows as a generic image, like one that
   * does not decode. */
  bytes = sv_store_load_photo_bytes (sv_trip_view_get_store (SV_TRIP_VIEW (self)), photo_id, NULL);
  if (bytes == NULL)
    {
      g_hash_table_insert (self->thumbnails, g_memdup2 (&photo_id, sizeof photo_id), NULL);
      return;
    }

  job = g_new0 (ThumbnailJob, 1);
  job->photo_id = photo_id;
  job->bytes = bytes;
  g_hash_table_add (self->loading, g_memdup2 (&photo_id, sizeof photo_id));

  task = g_task_new (self, self->cancellable, on_thumbnail_decoded, NULL);
  g_task_set_source_tag (task, show_thumbnail);
  g_task_set_task_data (task, job, (GDestroyNotify) thumbnail_job_free);
  g_task_run_in_thread (task, decode_thumbnail);
  g_object_unref (task);
}

/* Drops every thumbnail, and whatever is being decoded. */
static void
forget_thumbnails (SvTimelineView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_hash_table_remove_all (self->thumbnails);
  g_hash_table_remove_all (self->loading);
  g_hash_table_remove_all (self->stale);
}

/* Forgets the thumbnails no row shows, once there are many. */
static void
trim_thumbnails (SvTimelineView *self)
{
  g_autoptr (GHashTable) shown = NULL;
  GHashTableIter iter;
  gpointer       key;

  if (g_hash_table_size (self->thumbnails) <= THUMBNAIL_CACHE_MAX)
    return;

  shown = new_id_table (NULL);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 photo_id = sv_timeline_row_get_photo_id (key);

      g_hash_table_add (shown, g_memdup2 (&photo_id, sizeof photo_id));
    }

  g_hash_table_iter_init (&iter, self->thumbnails);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (shown, key))
      {
        g_hash_table_remove (self->stale, key);
        g_hash_table_iter_remove (&iter);
      }
}

static void
on_thumbnail_decoded (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  SvTimelineView *self = SV_TIMELINE_VIEW (source);
  ThumbnailJob   *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GdkPaintable) thumbnail = g_task_propagate_pointer (G_TASK (result), NULL);
  GHashTableIter iter;
  gpointer       row;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  g_hash_table_remove (self->loading, &job->photo_id);
  g_hash_table_insert (self->thumbnails, g_memdup2 (&job->photo_id, sizeof job->photo_id), g_steal_pointer (&thumbnail));
  trim_thumbnails (self);

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    if (sv_timeline_row_get_photo_id (row) == job->photo_id)
      show_thumbnail (self, row);
}

/* Rows */

static gboolean
is_header_at (SvTimelineView *self,
              guint           position)
{
  g_autoptr (SvTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  return item == NULL || sv_timeline_item_get_kind (item) == SV_TIMELINE_ITEM_HEADER;
}

/* What depends on the neighbours (the ends of the day's card) and on the
 * entry's photo, both of which can change while the row stays bound. */
static void
update_row (SvTimelineView *self,
            SvTimelineRow  *row)
{
  guint position = gtk_list_item_get_position (row_list_item (row));

  if (self->model == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  sv_timeline_row_set_edges (row,
                             position == 0 || is_header_at (self, position - 1),
                             is_header_at (self, position + 1));
  show_thumbnail (self, row);
}

static void
update_page (SvTimelineView *self)
{
  if (self->model != NULL && sv_timeline_model_get_n_entries (self->model) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
on_selection_items_changed (SvTimelineView *self)
{
  GHashTableIter iter;
  gpointer       row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    update_row (self, row);

  update_page (self);
}

static void popup_context_menu (SvTimelineView         *self,
                                SvTimelineRow          *row,
                                const graphene_point_t *point);

/* The row under (X, Y) of the list, if any. */
static SvTimelineRow *
pick_row (SvTimelineView *self,
          double          x,
          double          y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != GTK_WIDGET (self->list_view); widget = gtk_widget_get_parent (widget))
    if (SV_IS_TIMELINE_ROW (widget))
      return SV_TIMELINE_ROW (widget);

  return NULL;
}

static void
set_pressed_row (SvTimelineView *self,
                 SvTimelineRow  *row)
{
  if (self->pressed_row != NULL)
    gtk_widget_unset_state_flags (gtk_widget_get_parent (GTK_WIDGET (self->pressed_row)), GTK_STATE_FLAG_ACTIVE);
  g_set_weak_pointer (&self->pressed_row, row);
  if (row != NULL)
    gtk_widget_set_state_flags (gtk_widget_get_parent (GTK_WIDGET (row)), GTK_STATE_FLAG_ACTIVE, FALSE);
}

/* One click opens an entry, as in a boxed list. The list's own
 * single-click mode would select every row the pointer passes over, and
 * its double click would open the entry a second time: so the list's
 * clicks on entries are ours, taken before the rows see them. */
static void
on_list_click_pressed (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       SvTimelineView  *self)
{
  SvTimelineRow   *row = pick_row (self, x, y);
  guint            button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  guint            position;
  graphene_point_t point;

  if (row == NULL)
    return;

  /* A click on a day's heading does nothing, not even select it. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  position = gtk_list_item_get_position (row_list_item (row));
  if (n_press > 1 || position == GTK_INVALID_LIST_POSITION || row_entry (row) == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));

  /* Pressed until released, or until the menu closes: the row's own
   * gesture, which the list cancels, would leave it pressed for good. */
  set_pressed_row (self, row);
  if (button == GDK_BUTTON_SECONDARY &&
      gtk_widget_compute_point (GTK_WIDGET (self->list_view), GTK_WIDGET (row), &GRAPHENE_POINT_INIT (x, y), &point))
    popup_context_menu (self, row, &point);
}

static void
on_list_click_released (GtkGestureClick *gesture,
                        int              n_press,
                        double           x,
                        double           y,
                        SvTimelineView  *self)
{
  SvTimelineRow *row = self->pressed_row;
  guint          position;

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) != GDK_BUTTON_PRIMARY)
    return;

  set_pressed_row (self, NULL);
  if (row == NULL || n_press != 1 || pick_row (self, x, y) != row)
    return;

  position = gtk_list_item_get_position (row_list_item (row));
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.activate-item", "u", position);
}

static void
on_list_click_stopped (GtkGestureClick *gesture,
                       SvTimelineView  *self)
{
  set_pressed_row (self, NULL);
}

static void
on_context_menu_closed (SvTimelineView *self)
{
  set_pressed_row (self, NULL);
}

static void
on_list_click_cancel (GtkGesture       *gesture,
                      GdkEventSequence *sequence,
                      SvTimelineView   *self)
{
  set_pressed_row (self, NULL);
}

/* A long press on a touch screen is the right click. */
static void
on_list_long_press_pressed (GtkGestureLongPress *gesture,
                            double               x,
                            double               y,
                            SvTimelineView      *self)
{
  SvTimelineRow   *row = pick_row (self, x, y);
  graphene_point_t point;

  /* Released, the press opens nothing now. */
  set_pressed_row (self, NULL);
  if (row != NULL && row_entry (row) != NULL &&
      gtk_widget_compute_point (GTK_WIDGET (self->list_view), GTK_WIDGET (row), &GRAPHENE_POINT_INIT (x, y), &point))
    popup_context_menu (self, row, &point);
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  SvTimelineView           *self)
{
  GtkWidget *row = sv_timeline_row_new ();

  /* The list item outlives its child. */
  g_object_set_data (G_OBJECT (row), "list-item", list_item);
  gtk_list_item_set_child (list_item, row);
}

/* The row that was scrolled to gets the keyboard focus, so that keys act
 * on it (as they do on the row the user moved to). */
static void
focus_scrolled_row (SvTimelineView *self,
                    SvTimelineRow  *row)
{
  SvEntry *entry = row_entry (row);

  if (entry == NULL || sv_entry_get_id (entry) != self->focus_entry_id)
    return;

  self->focus_entry_id = 0;
  gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 SvTimelineView           *self)
{
  SvTimelineRow  *row = SV_TIMELINE_ROW (gtk_list_item_get_child (list_item));
  SvTimelineItem *item = gtk_list_item_get_item (list_item);
  gboolean        is_entry = sv_timeline_item_get_kind (item) == SV_TIMELINE_ITEM_ENTRY;

  /* A day's heading opens nothing. It stays selectable all the same:
   * GTK 4.8 gives the keyboard focus only to selectable items, and the
   * arrow keys must be able to pass it on the way to the next day. */
  gtk_list_item_set_activatable (list_item, is_entry);
  gtk_list_item_set_selectable (list_item, TRUE);

  sv_timeline_row_set_item (row, item);
  g_hash_table_add (self->rows, row);
  update_row (self, row);
  focus_scrolled_row (self, row);
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   SvTimelineView           *self)
{
  SvTimelineRow *row = SV_TIMELINE_ROW (gtk_list_item_get_child (list_item));

  g_hash_table_remove (self->rows, row);
  sv_timeline_row_set_item (row, NULL);
}

static void
on_list_view_activate (GtkListView    *list_view,
                       guint           position,
                       SvTimelineView *self)
{
  g_autoptr (SvTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  SvEntry *entry = item != NULL ? sv_timeline_item_get_entry (item) : NULL;

  if (entry != NULL)
    sv_trip_view_activate_entry (SV_TRIP_VIEW (self), sv_entry_get_id (entry));
}

/* Context menu and keys */

static void
append_entry_action (GMenu      *menu,
                     const char *label,
                     const char *action,
                     gint64      id)
{
  g_autoptr (GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

/* POINT is in ROW's coordinates; NULL points at the whole row (from the
 * keyboard). */
static void
popup_context_menu (SvTimelineView         *self,
                    SvTimelineRow          *row,
                    const graphene_point_t *point)
{
  SvEntry *entry = row_entry (row);
  g_autoptr (GMenu) menu = NULL;
  g_autoptr (GMenu) delete_section = NULL;
  graphene_rect_t bounds;
  GdkRectangle    rect;
  guint           position;

  if (entry == NULL)
    return;

  /* The menu is about the selected row, so that it shows which one. */
  position = gtk_list_item_get_position (row_list_item (row));
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);

  menu = g_menu_new ();
  append_entry_action (menu, _ ("_Edit"), "win.edit-entry", sv_entry_get_id (entry));
  if (sv_entry_get_place_id (entry) != 0)
    append_entry_action (menu, _ ("Show on _Map"), "win.show-place", sv_entry_get_place_id (entry));
  delete_section = g_menu_new ();
  append_entry_action (delete_section, _ ("_Delete"), "win.delete-entry", sv_entry_get_id (entry));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (delete_section));
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), G_MENU_MODEL (menu));

  if (!gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self), &bounds))
    return;

  if (point != NULL)
    rect = (GdkRectangle){ bounds.origin.x + point->x, bounds.origin.y + point->y, 1, 1 };
  else
    rect = (GdkRectangle){ bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height };

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* The row that has the keyboard focus, else the selected one. */
static SvTimelineRow *
current_row (SvTimelineView *self)
{
  GtkRoot       *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget     *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gpointer       selected = gtk_single_selection_get_selected_item (self->selection);
  GHashTableIter iter;
  gpointer       row;

  for (GtkWidget *widget = focus; widget != NULL && widget != GTK_WIDGET (self); widget = gtk_widget_get_parent (widget))
    {
      GtkWidget *child = gtk_widget_get_first_child (widget);

      if (SV_IS_TIMELINE_ROW (widget))
        return SV_TIMELINE_ROW (widget);
      if (child != NULL && SV_IS_TIMELINE_ROW (child))
        return SV_TIMELINE_ROW (child);
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (selected != NULL && g_hash_table_iter_next (&iter, &row, NULL))
    if (sv_timeline_row_get_item (row) == selected)
      return row;

  return NULL;
}

static void
show_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SvTimelineView *self = SV_TIMELINE_VIEW (widget);
  SvTimelineRow  *row = current_row (self);

  if (row_entry (row) != NULL)
    popup_context_menu (self, row, NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SvEntry *entry = row_entry (current_row (SV_TIMELINE_VIEW (widget)));

  if (entry != NULL)
    gtk_widget_activate_action (widget, "win.delete-entry", "x", sv_entry_get_id (entry));
}

/* Loading */

static void
show_error (SvTimelineView *self,
            const GError   *error)
{
  sv_status_page_set_plain_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
on_model_load_failed (SvTimelineView *self,
                      const GError   *error)
{
  show_error (self, error);
}

/* The entry's photos may have changed: its thumbnail is decoded again
 * when next shown. The model has not heard of the change yet (the base
 * class connects to the store first), so it still has the entry as it
 * was. */
static void
sv_timeline_view_entry_changed (SvTripView   *view,
                                gint64        trip_id,
                                gint64        entry_id,
                                SvStoreChange change)
{
  SvTimelineView *self = SV_TIMELINE_VIEW (view);
  g_autoptr (SvTimelineItem) item = NULL;
  SvEntry *entry;
  gint64   photo_id;
  guint    position;

  if (self->model == NULL || !sv_timeline_model_find_entry (self->model, entry_id, &position))
    return;

  item = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  entry = sv_timeline_item_get_entry (item);
  photo_id = sv_entry_get_first_photo_id (entry);
  if (photo_id != 0 && g_hash_table_contains (self->thumbnails, &photo_id))
    g_hash_table_add (self->stale, g_memdup2 (&photo_id, sizeof photo_id));
}

static void
sv_timeline_view_reload (SvTripView *view)
{
  SvTimelineView *self = SV_TIMELINE_VIEW (view);
  SvStore        *store = sv_trip_view_get_store (view);
  gint64          trip_id = sv_trip_view_get_trip_id (view);
  g_autoptr (GError) error = NULL;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  /* Only this trip's photos are known to be what their ids say. */
  forget_thumbnails (self);
  gtk_popover_popdown (GTK_POPOVER (self->context_menu));
  self->focus_entry_id = 0;

  if (store != NULL && trip_id != 0)
    {
      self->model = sv_timeline_model_new (store, trip_id, &error);
      if (self->model != NULL)
        g_signal_connect_swapped (self->model, "load-failed", G_CALLBACK (on_model_load_failed), self);
    }

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
  if (error != NULL)
    show_error (self, error);
  else
    update_page (self);
}

/* GObject and GtkWidget */

static void
sv_timeline_view_measure (GtkWidget     *widget,
                          GtkOrientation orientation,
                          int            for_size,
                          int           *minimum,
                          int           *natural,
                          int           *minimum_baseline,
                          int           *natural_baseline)
{
  SvTimelineView *self = SV_TIMELINE_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
sv_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  SvTimelineView *self = SV_TIMELINE_VIEW (widget);

  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);
  gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
sv_timeline_view_dispose (GObject *object)
{
  SvTimelineView *self = SV_TIMELINE_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_weak_pointer (&self->pressed_row);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_TIMELINE_VIEW);
  g_clear_object (&self->model);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->thumbnails, g_hash_table_unref);
  g_clear_pointer (&self->loading, g_hash_table_unref);
  g_clear_pointer (&self->stale, g_hash_table_unref);

  G_OBJECT_CLASS (sv_timeline_view_parent_class)->dispose (object);
}

static void
sv_timeline_view_class_init (SvTimelineViewClass *klass)
{
  GObjectClass    *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass  *widget_class = GTK_WIDGET_CLASS (klass);
  SvTripViewClass *trip_view_class = SV_TRIP_VIEW_CLASS (klass);

  object_class->dispose = sv_timeline_view_dispose;
  widget_class->measure = sv_timeline_view_measure;
  widget_class->size_allocate = sv_timeline_view_size_allocate;
  trip_view_class->reload = sv_timeline_view_reload;
  trip_view_class->entry_changed = sv_timeline_view_entry_changed;

  g_type_ensure (ADW_TYPE_CLAMP_SCROLLABLE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvTimelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineView, selection);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineView, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_items_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate);

  /* On the row that has the focus (else the selected one). */
  gtk_widget_class_install_action (widget_class, "timeline.show-menu", NULL, show_menu_action);
  gtk_widget_class_install_action (widget_class, "timeline.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "timeline.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "timeline.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "timeline.show-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "timeline.show-menu", NULL);
}

static void
sv_timeline_view_init (SvTimelineView *self)
{
  GtkGesture *click;
  GtkGesture *long_press;

  self->rows = g_hash_table_new (NULL, NULL);
  self->thumbnails = new_id_table (unref_thumbnail);
  self->loading = new_id_table (NULL);
  self->stale = new_id_table (NULL);
  self->cancellable = g_cancellable_new ();

  /* No layout manager, which would take the place of size_allocate():
   * that also presents the context menu. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_list_click_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_list_click_released), self);
  g_signal_connect (click, "stopped", G_CALLBACK (on_list_click_stopped), self);
  g_signal_connect (click, "cancel", G_CALLBACK (on_list_click_cancel), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  /* Grouped with the click, which claims every press on an entry. */
  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (long_press), GTK_PHASE_CAPTURE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_list_long_press_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (long_press));
  gtk_gesture_group (click, long_press);

  self->context_menu = gtk_popover_menu_new_from_model (NULL);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  g_signal_connect_swapped (self->context_menu, "closed", G_CALLBACK (on_context_menu_closed), self);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
}

GtkWidget *
sv_timeline_view_new (void)
{
  return g_object_new (SV_TYPE_TIMELINE_VIEW, NULL);
}

void
sv_timeline_view_scroll_to_entry (SvTimelineView *self,
                                  gint64          entry_id)
{
  GHashTableIter iter;
  gpointer       row;
  guint          position;

  g_return_if_fail (SV_IS_TIMELINE_VIEW (self));

  if (self->model == NULL || !sv_timeline_model_find_entry (self->model, entry_id, &position))
    return;

  gtk_single_selection_set_selected (self->selection, position);
  /* GTK 4.8 has no gtk_list_view_scroll_to(), but its list has the action. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  self->focus_entry_id = entry_id;
  g_hash_table_iter_init (&iter, self->rows);
  while (self->focus_entry_id != 0 && g_hash_table_iter_next (&iter, &row, NULL))
    focus_scrolled_row (self, row);
}

const char *
sv_timeline_view_get_selected_day (SvTimelineView *self)
{
  SvTimelineItem *item;

  g_return_val_if_fail (SV_IS_TIMELINE_VIEW (self), NULL);

  item = gtk_single_selection_get_selected_item (self->selection);
  return item != NULL ? sv_timeline_item_get_day (item) : NULL;
}
