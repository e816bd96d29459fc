/* sv-window.c: the main window: trips in a sidebar, the selected trip beside them.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-cli.h"
#include "sv-demo.h"
#include "sv-entry-editor.h"
#include "sv-export-dialog.h"
#include "sv-import.h"
#include "sv-map-view.h"
#include "sv-print-operation.h"
#include "sv-search-view.h"
#include "sv-summary-view.h"
#include "sv-talks-view.h"
#include "sv-timeline-view.h"
#include "sv-trip-dialog.h"
#include "sv-window.h"
#include "sv-plain-text.h"

/* What win.undo gives back: a trip or an entry moved to the trash. */
typedef enum {
  UNDO_TRIP,
  UNDO_ENTRY,
} UndoKind;

typedef struct
{
  UndoKind kind;
  gint64   id;
  gint64   trip_id;
} UndoItem;

struct _SvWindow
{
  AdwApplicationWindow parent_instance;

  /* template children */
  AdwLeaflet           *leaflet;
  GtkListBox           *trip_list;
  GMenuModel           *trip_menu;
  GtkStack             *content_stack;
  AdwStatusPage        *error_page;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwToastOverlay      *toast_overlay;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  SvTimelineView       *timeline_view;
  SvTalksView          *talks_view;
  SvMapView            *map_view;
  SvSummaryView        *summary_view;
  SvSearchView         *search_view;

  /* owned */
  GSettings *settings;
  SvStore   *store;
  char      *path;
  GPtrArray *trips;
  GArray    *undo; /* UndoItem, newest last */
  GtkWidget *trip_popover;

  gint64 trip_id;
};

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvWindow, sv_window, ADW_TYPE_APPLICATION_WINDOW)

static SvTrip *
find_trip (SvWindow *self,
           gint64    trip_id)
{
  for (guint i = 0; self->trips != NULL && i < self->trips->len; i++)
    {
      SvTrip *trip = g_ptr_array_index (self->trips, i);

      if (sv_trip_get_id (trip) == trip_id)
        return trip;
    }

  return NULL;
}

static gint64
row_trip_id (GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "trip-id");

  return id ? *id : 0;
}

static GtkWidget *
create_trip_row (SvTrip *trip)
{
  g_autofree char *dates = sv_trip_format_dates (trip);
  GtkWidget       *row = adw_action_row_new ();
  gint64          *id = g_new (gint64, 1);

  *id = sv_trip_get_id (trip);
  /* A trip's title is the user's text, not markup: "R&D Summit". Markup
   * goes off first, as the row parses a title as soon as it is set. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sv_trip_get_title (trip));
  if (dates != NULL || sv_trip_get_city (trip) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dates ? dates : sv_trip_get_city (trip));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "trip-id", id, g_free);

  return row;
}

static void
update_actions (SvWindow *self)
{
  gboolean has_store = self->store != NULL;
  gboolean has_trip = has_store && self->trip_id != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-demo", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-trip", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-trip", has_trip);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-trip", has_trip);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-entry", has_trip);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", has_trip);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", self->undo->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_trip);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", has_trip);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_trip);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", has_store);
}

/* The views can be switched only while a trip's views are shown: not on
 * the search results, the empty state or an error. */
static void
update_switcher (SvWindow *self)
{
  gboolean on_trip = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "trip") == 0;

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, on_trip);
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    on_trip && adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
show_page (SvWindow   *self,
           const char *page)
{
  SvTrip *trip = find_trip (self, self->trip_id);

  gtk_stack_set_visible_child_name (self->content_stack, page);
  if (g_strcmp0 (page, "search") == 0)
    {
      adw_view_switcher_title_set_title (self->switcher_title, _ ("Search All Trips"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, "");
    }
  else if (g_strcmp0 (page, "trip") == 0 && trip != NULL)
    {
      g_autofree char *dates = sv_trip_format_dates (trip);

      adw_view_switcher_title_set_title (self->switcher_title, sv_trip_get_title (trip));
      adw_view_switcher_title_set_subtitle (self->switcher_title, dates ? dates : "");
    }
  update_switcher (self);
}

static void
show_trip (SvWindow *self,
           SvTrip   *trip)
{
  g_autofree char *dates = sv_trip_format_dates (trip);

  self->trip_id = sv_trip_get_id (trip);
  adw_view_switcher_title_set_title (self->switcher_title, sv_trip_get_title (trip));
  adw_view_switcher_title_set_subtitle (self->switcher_title, dates ? dates : "");
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (self->timeline_view), self->trip_id);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (self->talks_view), self->trip_id);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (self->map_view), self->trip_id);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (self->summary_view), self->trip_id);
  g_settings_set_int64 (self->settings, "last-trip", self->trip_id);

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    show_page (self, "trip");
  update_actions (self);
}

static void
show_no_trip (SvWindow   *self,
              const char *page)
{
  self->trip_id = 0;
  adw_view_switcher_title_set_title (self->switcher_title, _ ("Souvenir"));
  adw_view_switcher_title_set_subtitle (self->switcher_title, "");
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (self->timeline_view), 0);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (self->talks_view), 0);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (self->map_view), 0);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (self->summary_view), 0);
  show_page (self, page);
  update_actions (self);
}

static void
show_error (SvWindow     *self,
            const GError *error)
{
  sv_status_page_set_plain_description (self->error_page, error->message);
  show_no_trip (self, "error");
}

static void
reload_trips (SvWindow *self)
{
  g_autoptr (GError) error = NULL;
  GtkListBoxRow *selected = NULL;
  GtkWidget     *child;

  g_clear_pointer (&self->trips, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->trip_list))) != NULL)
    gtk_list_box_remove (self->trip_list, child);

  self->trips = sv_store_list_trips (self->store, &error);
  if (self->trips == NULL)
    {
      show_error (self, error);
      return;
    }

  for (guint i = 0; i < self->trips->len; i++)
    {
      SvTrip    *trip = g_ptr_array_index (self->trips, i);
      GtkWidget *row = create_trip_row (trip);

      gtk_list_box_append (self->trip_list, row);
      if (selected == NULL || sv_trip_get_id (trip) == self->trip_id)
        selected = GTK_LIST_BOX_ROW (row);
    }

  if (selected == NULL)
    {
      show_no_trip (self, "empty");
      return;
    }

  /* Selecting the row shows its trip (on_trip_list_row_selected). */
  gtk_list_box_unselect_all (self->trip_list);
  gtk_list_box_select_row (self->trip_list, selected);
}

static void
on_trip_list_row_selected (GtkListBox    *list,
                           GtkListBoxRow *row,
                           SvWindow      *self)
{
  SvTrip *trip;

  if (row == NULL)
    return;

  trip = find_trip (self, row_trip_id (row));
  if (trip != NULL)
    show_trip (self, trip);
}

static void
on_trip_list_row_activated (GtkListBox    *list,
                            GtkListBoxRow *row,
                            SvWindow      *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Right click on a trip: select it, then offer what can be done to it. */
static void
on_trip_list_secondary_pressed (GtkGestureClick *gesture,
                                int              n_press,
                                double           x,
                                double           y,
                                SvWindow        *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (self->trip_list, (int) y);

  if (row == NULL)
    return;

  gtk_list_box_select_row (self->trip_list, row);
  if (self->trip_popover == NULL)
    {
      self->trip_popover = gtk_popover_menu_new_from_model (self->trip_menu);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->trip_popover), FALSE);
      gtk_widget_set_halign (self->trip_popover, GTK_ALIGN_START);
      gtk_widget_set_parent (self->trip_popover, GTK_WIDGET (self->trip_list));
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->trip_popover), &(GdkRectangle){ (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->trip_popover));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_store_trip_changed (SvStore  *store,
                       gint64    trip_id,
                       int       change,
                       SvWindow *self)
{
  if (change == SV_STORE_CHANGE_ADDED)
    self->trip_id = trip_id;
  reload_trips (self);
}

static void
on_view_stack_visible_child_name_changed (SvWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (name != NULL)
    g_settings_set_string (self->settings, "last-view", name);
}

/* Undo */

static void
push_undo (SvWindow   *self,
           UndoKind    kind,
           gint64      id,
           gint64      trip_id,
           const char *message)
{
  UndoItem  item = { kind, id, trip_id };
  AdwToast *toast = sv_toast_new_plain (message);

  g_array_append_val (self->undo, item);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  update_actions (self);
}

static void
toast_error (SvWindow     *self,
             const GError *error)
{
  AdwToast *toast = sv_toast_new_plain (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  UndoItem item;
  gboolean ok;

  if (self->undo->len == 0)
    return;

  item = g_array_index (self->undo, UndoItem, self->undo->len - 1);
  g_array_remove_index (self->undo, self->undo->len - 1);

  if (item.kind == UNDO_TRIP)
    {
      self->trip_id = item.id;
      ok = sv_store_restore_trip (self->store, item.id, &error);
    }
  else
    {
      ok = sv_store_restore_entry (self->store, item.id, &error);
      if (ok && item.trip_id != self->trip_id)
        sv_window_select_trip (self, item.trip_id);
    }

  if (!ok)
    toast_error (self, error);
  update_actions (self);
}

/* Actions */

static void
open_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  gint64 trip_id = 0;

  if (!sv_demo_populate (self->store, &trip_id, &error))
    {
      toast_error (self, error);
      return;
    }

  sv_window_select_trip (self, trip_id);
}

static void
new_trip_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (sv_trip_dialog_new (GTK_WINDOW (self), self->store, 0)));
}

static void
edit_trip_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (sv_trip_dialog_new (GTK_WINDOW (self), self->store, self->trip_id)));
}

static void
delete_trip_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  SvTrip          *trip = find_trip (self, self->trip_id);
  gint64           trip_id = self->trip_id;

  if (trip == NULL)
    return;

  /* Translators: a toast after deleting a trip, with an Undo button */
  message = g_strdup_printf (_ ("“%s” deleted"), sv_trip_get_title (trip));
  self->trip_id = 0;
  if (!sv_store_trash_trip (self->store, trip_id, &error))
    {
      self->trip_id = trip_id;
      toast_error (self, error);
      return;
    }

  push_undo (self, UNDO_TRIP, trip_id, trip_id, message);
}

static void
present_editor (SvWindow *self,
                gint64    entry_id)
{
  const char    *day = NULL;
  SvEntryEditor *editor;

  /* A new entry goes to the day the user is looking at in the timeline. */
  if (entry_id == 0 && g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0)
    day = sv_timeline_view_get_selected_day (self->timeline_view);

  editor = sv_entry_editor_new (GTK_WINDOW (self), self->store, self->trip_id, entry_id, day);

  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  present_editor (SV_WINDOW (widget), 0);
}

static void
edit_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  present_editor (SV_WINDOW (widget), g_variant_get_int64 (param));
}

static void
delete_entry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) entry = NULL;
  g_autofree char *message = NULL;
  gint64           entry_id = g_variant_get_int64 (param);

  entry = sv_store_get_entry (self->store, entry_id, &error);
  if (entry == NULL || !sv_store_trash_entry (self->store, entry_id, &error))
    {
      toast_error (self, error);
      return;
    }

  /* Translators: a toast after deleting an entry, with an Undo button */
  message = g_strdup_printf (_ ("“%s” deleted"), sv_entry_get_title (entry));
  push_undo (self, UNDO_ENTRY, entry_id, sv_entry_get_trip_id (entry), message);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (param, NULL));
}

static void
show_place_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  adw_view_stack_set_visible_child_name (self->view_stack, "map");
  sv_map_view_show_place (self->map_view, g_variant_get_int64 (param));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Printing, PDF and blog export */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPrintOperation) operation = NULL;

  operation = sv_print_operation_new (self->store, self->trip_id, &error);
  if (operation == NULL ||
      gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    adw_toast_overlay_add_toast (self->toast_overlay, sv_toast_new_plain (error->message));
}

static void
on_export_chooser_response (GtkNativeDialog *chooser,
                            int              response,
                            SvWindow        *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (SvPrintOperation) operation = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  operation = sv_print_operation_new (self->store, self->trip_id, &error);
  if (operation == NULL || !sv_print_operation_export_pdf (operation, path, GTK_WINDOW (self), &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, sv_toast_new_plain (error->message));
      return;
    }

  /* Translators: a toast once the PDF is written, with its file name */
  basename = g_file_get_basename (file);
  message = g_strdup_printf (_ ("Saved “%s”"), basename);
  adw_toast_overlay_add_toast (self->toast_overlay, sv_toast_new_plain (message));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SvWindow             *self = SV_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  for (guint i = 0; self->trips != NULL && i < self->trips->len; i++)
    {
      SvTrip *trip = g_ptr_array_index (self->trips, i);

      if (sv_trip_get_id (trip) == self->trip_id)
        name = g_strdup_printf ("%s.pdf", sv_trip_get_title (trip));
    }
  /* A title may hold a slash; a file name cannot. */
  if (name != NULL)
    g_strdelimit (name, "/", '-');

  chooser = gtk_file_chooser_native_new (_ ("Export as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), NULL);
  gtk_file_filter_set_name (filter, _ ("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name ? name : _ ("Souvenir.pdf"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  sv_export_dialog_present_for (SV_WINDOW (widget));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  sv_import_choose_file (SV_WINDOW (widget));
}

/* Search */

static void
on_search_entry_search_changed (SvWindow *self)
{
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *query = g_strstrip (g_strdup (text));

  sv_search_view_set_query (self->search_view, query);
  if (*query != '\0')
    show_page (self, "search");
  else if (self->trip_id != 0)
    show_page (self, "trip");
}

static void
on_search_entry_activate (SvWindow *self)
{
  sv_search_view_activate_first (self->search_view);
}

static void
on_search_bar_search_mode_enabled_changed (SvWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (self->trip_id != 0)
    show_page (self, "trip");
  else if (self->store != NULL)
    show_page (self, "empty");
}

static void
on_search_view_result_activated (SvWindow *self,
                                 gint64    trip_id,
                                 gint64    entry_id)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (trip_id != self->trip_id)
    sv_window_select_trip (self, trip_id);
  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  sv_timeline_view_scroll_to_entry (self->timeline_view, entry_id);
}

static void
on_entry_activated (SvWindow *self,
                    gint64    entry_id)
{
  present_editor (self, entry_id);
}

/* Life cycle */

static void
restore_window_state (SvWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
sv_window_close_request (GtkWindow *window)
{
  SvWindow *self = SV_WINDOW (window);
  int       width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  /* What was deleted can no longer be undone once the window is gone. */
  if (self->store != NULL)
    {
      g_autoptr (GError) error = NULL;

      if (!sv_store_empty_trash (self->store, &error))
        g_warning ("Could not empty the trash of %s: %s", self->path, error->message);
    }

  return GTK_WINDOW_CLASS (sv_window_parent_class)->close_request (window);
}

static void
sv_window_constructed (GObject *object)
{
  g_autofree char *default_path = NULL;
  SvWindow        *self = SV_WINDOW (object);
  g_autoptr (GError) error = NULL;
  g_autofree char *view = NULL;

  G_OBJECT_CLASS (sv_window_parent_class)->constructed (object);

  /* Windows on other scrapbooks than the user's own say which file. */
  default_path = sv_cli_dup_default_path ();
  if (g_strcmp0 (default_path, self->path) != 0)
    {
      g_autofree char *name = g_path_get_basename (self->path);
      /* Translators: the window title, with the scrapbook's file name */
      g_autofree char *title = g_strdup_printf (_ ("%s — Souvenir"), name);

      gtk_window_set_title (GTK_WINDOW (self), title);
    }

  self->store = sv_store_open (self->path, &error);
  if (self->store == NULL)
    {
      show_error (self, error);
      return;
    }

  /* Whatever was deleted before the last quit (or crash) is gone now. */
  if (!sv_store_empty_trash (self->store, &error))
    g_warning ("Could not empty the trash of %s: %s", self->path, error->message);

  sv_trip_view_set_store (SV_TRIP_VIEW (self->timeline_view), self->store);
  sv_trip_view_set_store (SV_TRIP_VIEW (self->talks_view), self->store);
  sv_trip_view_set_store (SV_TRIP_VIEW (self->map_view), self->store);
  sv_trip_view_set_store (SV_TRIP_VIEW (self->summary_view), self->store);
  sv_search_view_set_store (self->search_view, self->store);

  view = g_settings_get_string (self->settings, "last-view");
  adw_view_stack_set_visible_child_name (self->view_stack, view);

  g_signal_connect_object (self->store, "trip-changed", G_CALLBACK (on_store_trip_changed), self, 0);
  self->trip_id = g_settings_get_int64 (self->settings, "last-trip");
  reload_trips (self);
}

static void
sv_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SvWindow *self = SV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SvWindow *self = SV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_window_dispose (GObject *object)
{
  SvWindow *self = SV_WINDOW (object);

  g_clear_pointer (&self->trip_popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->trips, g_ptr_array_unref);

  G_OBJECT_CLASS (sv_window_parent_class)->dispose (object);
}

static void
sv_window_finalize (GObject *object)
{
  SvWindow *self = SV_WINDOW (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->undo, g_array_unref);

  G_OBJECT_CLASS (sv_window_parent_class)->finalize (object);
}

static void
sv_window_class_init (SvWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = sv_window_constructed;
  object_class->dispose = sv_window_dispose;
  object_class->finalize = sv_window_finalize;
  object_class->get_property = sv_window_get_property;
  object_class->set_property = sv_window_set_property;
  window_class->close_request = sv_window_close_request;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The views are built from their own templates inside this one. */
  g_type_ensure (SV_TYPE_TIMELINE_VIEW);
  g_type_ensure (SV_TYPE_TALKS_VIEW);
  g_type_ensure (SV_TYPE_MAP_VIEW);
  g_type_ensure (SV_TYPE_SUMMARY_VIEW);
  g_type_ensure (SV_TYPE_SEARCH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SvWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, trip_list);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, trip_menu);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, talks_view);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, summary_view);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, search_view);
  gtk_widget_class_bind_template_callback (widget_class, on_trip_list_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_trip_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher);
  gtk_widget_class_bind_template_callback (widget_class, on_trip_list_secondary_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_stack_visible_child_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_bar_search_mode_enabled_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_view_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.new-trip", NULL, new_trip_action);
  gtk_widget_class_install_action (widget_class, "win.edit-trip", NULL, edit_trip_action);
  gtk_widget_class_install_action (widget_class, "win.delete-trip", NULL, delete_trip_action);
  gtk_widget_class_install_action (widget_class, "win.new-entry", NULL, new_entry_action);
  gtk_widget_class_install_action (widget_class, "win.edit-entry", "x", edit_entry_action);
  gtk_widget_class_install_action (widget_class, "win.delete-entry", "x", delete_entry_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-place", "x", show_place_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-entry", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-trip", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "talks");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "s", "map");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-view", "s", "summary");
}

static void
sv_window_init (SvWindow *self)
{
  self->undo = g_array_new (FALSE, FALSE, sizeof (UndoItem));
  self->settings = g_settings_new (SV_APP_ID);

  gtk_widget_init_template (GTK_WIDGET (self));
  restore_window_state (self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->view_stack));
  update_actions (self);
}

SvWindow *
sv_window_new (SvApplication *app,
               const char    *path)
{
  g_return_val_if_fail (SV_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  return g_object_new (SV_TYPE_WINDOW,
                       "application", app,
                       "path", path,
                       NULL);
}

SvStore *
sv_window_get_store (SvWindow *self)
{
  g_return_val_if_fail (SV_IS_WINDOW (self), NULL);

  return self->store;
}

gint64
sv_window_get_trip_id (SvWindow *self)
{
  g_return_val_if_fail (SV_IS_WINDOW (self), 0);

  return self->trip_id;
}

void
sv_window_select_trip (SvWindow *self,
                       gint64    trip_id)
{
  g_return_if_fail (SV_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  self->trip_id = trip_id;
  reload_trips (self);
}

void
sv_window_add_toast (SvWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (SV_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
