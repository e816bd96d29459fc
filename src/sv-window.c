/* sv-window.c: the main window: trips in a sidebar, the selected trip beside them.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-demo.h"
#include "sv-export-dialog.h"
#include "sv-import.h"
#include "sv-print-operation.h"
#include "sv-window.h"

struct _SvWindow
{
  AdwApplicationWindow parent_instance;

  /* template children */
  AdwLeaflet      *leaflet;
  GtkListBox      *trip_list;
  GtkStack        *content_stack;
  AdwStatusPage   *error_page;
  AdwStatusPage   *trip_page;
  AdwWindowTitle  *content_title;
  AdwToastOverlay *toast_overlay;

  /* owned */
  SvStore   *store;
  char      *path;
  GPtrArray *trips;

  gint64 trip_id;
};

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvWindow, sv_window, ADW_TYPE_APPLICATION_WINDOW)

static GtkWidget *
create_trip_row (SvTrip *trip)
{
  g_autofree char *dates = sv_trip_format_dates (trip);
  GtkWidget       *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sv_trip_get_title (trip));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dates ? dates : sv_trip_get_city (trip));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "trip-id", GINT_TO_POINTER ((int) sv_trip_get_id (trip)));

  return row;
}

static void update_print_actions (SvWindow *self);

static void
show_trip (SvWindow *self,
           SvTrip   *trip)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dates = sv_trip_format_dates (trip);
  g_autofree char *description = NULL;
  SvTripStats      stats;

  self->trip_id = sv_trip_get_id (trip);
  update_print_actions (self);
  adw_window_title_set_title (self->content_title, sv_trip_get_title (trip));
  adw_window_title_set_subtitle (self->content_title, dates ? dates : "");

  if (!sv_store_get_trip_stats (self->store, self->trip_id, &stats, &error))
    {
      adw_status_page_set_description (self->trip_page, error->message);
      return;
    }

  description = g_strdup_printf (_ ("%s\n%u days · %u talks · %u meals · %u places"),
                                 sv_trip_get_city (trip) ? sv_trip_get_city (trip) : "",
                                 stats.days, stats.talks, stats.meals, stats.places);
  adw_status_page_set_title (self->trip_page, sv_trip_get_title (trip));
  adw_status_page_set_description (self->trip_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "trip");
}

static void
show_error (SvWindow     *self,
            const GError *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
  adw_window_title_set_title (self->content_title, _ ("Souvenir"));
  adw_window_title_set_subtitle (self->content_title, "");
}

static void
reload_trips (SvWindow *self)
{
  g_autoptr (GError) error = NULL;
  GtkListBoxRow *selected = NULL;
  GtkWidget     *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->trip_list))) != NULL)
    gtk_list_box_remove (self->trip_list, child);

  g_clear_pointer (&self->trips, g_ptr_array_unref);
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
      if (sv_trip_get_id (trip) == self->trip_id || selected == NULL)
        selected = GTK_LIST_BOX_ROW (row);
    }

  if (selected == NULL)
    {
      self->trip_id = 0;
      update_print_actions (self);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      adw_window_title_set_title (self->content_title, _ ("Souvenir"));
      adw_window_title_set_subtitle (self->content_title, "");
      return;
    }

  gtk_list_box_select_row (self->trip_list, selected);
}

static void
on_trip_list_row_selected (GtkListBox    *list,
                           GtkListBoxRow *row,
                           SvWindow      *self)
{
  gint64 trip_id;

  if (row == NULL || self->trips == NULL)
    return;

  trip_id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "trip-id"));
  for (guint i = 0; i < self->trips->len; i++)
    {
      SvTrip *trip = g_ptr_array_index (self->trips, i);

      if (sv_trip_get_id (trip) == trip_id)
        show_trip (self, trip);
    }
}

static void
on_trip_list_row_activated (GtkListBox    *list,
                            GtkListBoxRow *row,
                            SvWindow      *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
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
open_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SvWindow *self = SV_WINDOW (widget);
  g_autoptr (GError) error = NULL;
  gint64 trip_id = 0;

  if (self->store == NULL)
    return;

  if (!sv_demo_populate (self->store, &trip_id, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  sv_window_select_trip (self, trip_id);
}

/* Printing (issue 6) ---------------------------------------------------- */

static void
update_print_actions (SvWindow *self)
{
  gboolean can_print = self->store != NULL && self->trip_id > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", can_print);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", can_print);
  /* The blog export (issue 5) needs a trip too. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", can_print);
}

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
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
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
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  /* Translators: a toast once the PDF is written, with its file name */
  basename = g_file_get_basename (file);
  message = g_strdup_printf (_ ("Saved “%s”"), basename);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
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

static void
sv_window_constructed (GObject *object)
{
  SvWindow *self = SV_WINDOW (object);
  g_autoptr (GError) error = NULL;

  G_OBJECT_CLASS (sv_window_parent_class)->constructed (object);

  self->store = sv_store_open (self->path, &error);
  update_print_actions (self);
  if (self->store == NULL)
    {
      show_error (self, error);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-demo", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", FALSE);
      return;
    }

  /* Whatever was deleted before the last quit (or crash) is gone now. */
  if (!sv_store_empty_trash (self->store, &error))
    g_warning ("Could not empty the trash of %s: %s", self->path, error->message);

  g_signal_connect_object (self->store, "trip-changed", G_CALLBACK (on_store_trip_changed), self, 0);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_pointer (&self->trips, g_ptr_array_unref);

  G_OBJECT_CLASS (sv_window_parent_class)->dispose (object);
}

static void
sv_window_finalize (GObject *object)
{
  SvWindow *self = SV_WINDOW (object);

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (sv_window_parent_class)->finalize (object);
}

static void
sv_window_class_init (SvWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sv_window_constructed;
  object_class->dispose = sv_window_dispose;
  object_class->finalize = sv_window_finalize;
  object_class->get_property = sv_window_get_property;
  object_class->set_property = sv_window_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SvWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, trip_list);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, trip_page);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, SvWindow, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, on_trip_list_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_trip_list_row_activated);

  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
}

static void
sv_window_init (SvWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
