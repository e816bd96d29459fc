/* sv-export-dialog.c: the blog export's options, a file to write, and the export off the main thread.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-export-dialog.h"
#include "sv-plain-text.h"
#include "sv-xhtml-exporter.h"

struct _SvExportDialog
{
  AdwWindow parent_instance;

  /* template children */
  GtkButton          *export_button;
  GtkSpinner         *spinner;
  AdwPreferencesPage *options_page;
  GtkSwitch          *fragment_switch;
  GtkSwitch          *embed_switch;
  GtkSwitch          *private_switch;
  GtkSwitch          *prices_switch;
  GtkSwitch          *ratings_switch;

  /* owned */
  SvStore              *store;
  GCancellable         *cancellable; /* of the export under way */
  GtkFileChooserNative *chooser;

  gint64 trip_id;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_TRIP_ID,
  N_PROPS
};

enum {
  EXPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SvExportDialog, sv_export_dialog, ADW_TYPE_WINDOW)

static void
set_busy (SvExportDialog *self,
          gboolean        busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->options_page), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_spinner_set_spinning (self->spinner, busy);
}

static void
show_error (SvExportDialog *self,
            const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Could Not Export the Trip"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr (SvExportDialog) self = user_data;
  g_autoptr (GError) error = NULL;
  GFile *file = g_object_get_data (source, "file");

  /* Disposed already when it was closed meanwhile. */
  gboolean closed = self->store == NULL;

  if (!sv_xhtml_exporter_write_finish (SV_XHTML_EXPORTER (source), result, &error))
    {
      /* Cancelled: the dialog was closed, there is no one to tell. */
      if (!closed && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_busy (self, FALSE);
          show_error (self, error);
        }
      return;
    }

  g_signal_emit (self, signals[EXPORTED], 0, file);
  if (!closed)
    gtk_window_close (GTK_WINDOW (self));
}

void
sv_export_dialog_export_to (SvExportDialog *self,
                            GFile          *file)
{
  g_autoptr (SvXhtmlExporter) exporter = NULL;

  g_return_if_fail (SV_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  exporter = sv_xhtml_exporter_new (self->store, self->trip_id);
  sv_xhtml_exporter_set_fragment (exporter, gtk_switch_get_active (self->fragment_switch));
  sv_xhtml_exporter_set_embed_images (exporter, gtk_switch_get_active (self->embed_switch));
  sv_xhtml_exporter_set_include_private (exporter, !gtk_switch_get_active (self->private_switch));
  sv_xhtml_exporter_set_include_prices (exporter, !gtk_switch_get_active (self->prices_switch));
  sv_xhtml_exporter_set_include_ratings (exporter, !gtk_switch_get_active (self->ratings_switch));
  g_object_set_data_full (G_OBJECT (exporter), "file", g_object_ref (file), g_object_unref);

  g_cancellable_cancel (self->cancellable);
  g_set_object (&self->cancellable, g_cancellable_new ());
  set_busy (self, TRUE);

  /* Reading a big trip and its photos takes a while: a worker thread
   * does it, on a connection of its own to the scrapbook. */
  sv_xhtml_exporter_write_async (exporter, file, self->cancellable, on_written, g_object_ref (self));
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     SvExportDialog  *self)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_clear_object (&self->chooser);

  if (file != NULL)
    sv_export_dialog_export_to (self, file);
}

static char *
dup_suggested_name (SvExportDialog *self)
{
  g_autoptr (SvTrip) trip = sv_store_get_trip (self->store, self->trip_id, NULL);
  const char      *title = trip != NULL ? sv_trip_get_title (trip) : NULL;
  g_autofree char *name = g_strdup (title != NULL ? title : _ ("Trip"));

  /* A title may hold a slash, which no file name may. */
  g_strdelimit (name, "/\\", '-');
  return g_strconcat (name, ".html", NULL);
}

static void
on_export_button_clicked (SvExportDialog *self)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = dup_suggested_name (self);

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (filter, _ ("Web Pages"));
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_filter_add_mime_type (filter, "application/xhtml+xml");

  self->chooser = gtk_file_chooser_native_new (_ ("Export as Blog Post"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
sv_export_dialog_close_request (GtkWindow *window)
{
  SvExportDialog *self = SV_EXPORT_DIALOG (window);

  /* Closing in the middle stops the export; the worker writes no more. */
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (sv_export_dialog_parent_class)->close_request (window);
}

static void
sv_export_dialog_dispose (GObject *object)
{
  SvExportDialog *self = SV_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (sv_export_dialog_parent_class)->dispose (object);
}

static void
sv_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SvExportDialog *self = SV_EXPORT_DIALOG (object);

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
sv_export_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SvExportDialog *self = SV_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_TRIP_ID:
      self->trip_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_export_dialog_class_init (SvExportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sv_export_dialog_dispose;
  object_class->get_property = sv_export_dialog_get_property;
  object_class->set_property = sv_export_dialog_set_property;
  window_class->close_request = sv_export_dialog_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIP_ID] =
    g_param_spec_int64 ("trip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SvExportDialog::exported:
   * @file: the file written
   */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SvExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, SvExportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, SvExportDialog, options_page);
  gtk_widget_class_bind_template_child (widget_class, SvExportDialog, fragment_switch);
  gtk_widget_class_bind_template_child (widget_class, SvExportDialog, embed_switch);
  gtk_widget_class_bind_template_child (widget_class, SvExportDialog, private_switch);
  gtk_widget_class_bind_template_child (widget_class, SvExportDialog, prices_switch);
  gtk_widget_class_bind_template_child (widget_class, SvExportDialog, ratings_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_export_button_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sv_export_dialog_init (SvExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SvExportDialog *
sv_export_dialog_new (GtkWindow *parent,
                      SvStore   *store,
                      gint64     trip_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  return g_object_new (SV_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "trip-id", trip_id,
                       NULL);
}

/* The window's side: the toast, and opening what was written. */

static void
on_launched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (SvWindow) window = user_data;
  g_autoptr (GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    sv_window_add_toast (window, sv_toast_new_plain (error->message));
}

static void
on_toast_button_clicked (AdwToast *toast,
                         SvWindow *window)
{
  GFile           *file = g_object_get_data (G_OBJECT (toast), "file");
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr (GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (window)));

  /* GtkFileLauncher is GTK 4.10; this is what it does. */
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, on_launched, g_object_ref (window));
}

static void
on_exported (SvExportDialog *dialog,
             GFile          *file,
             SvWindow       *window)
{
  AdwToast *toast = adw_toast_new (_ ("Exported"));

  adw_toast_set_button_label (toast, _ ("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_toast_button_clicked), window, 0);
  sv_window_add_toast (window, toast);
}

void
sv_export_dialog_present_for (SvWindow *window)
{
  SvExportDialog *dialog;

  g_return_if_fail (SV_IS_WINDOW (window));

  if (sv_window_get_store (window) == NULL || sv_window_get_trip_id (window) == 0)
    {
      sv_window_add_toast (window, adw_toast_new (_ ("Choose a trip to export first")));
      return;
    }

  dialog = sv_export_dialog_new (GTK_WINDOW (window), sv_window_get_store (window), sv_window_get_trip_id (window));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
