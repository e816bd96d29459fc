/* sv-import.c: importing a blog post into the window's scrapbook, off the main thread.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-import.h"
#include "sv-plain-text.h"
#include "sv-xhtml-importer.h"

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (SvWindow) window = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = NULL;
  g_autofree char *message = NULL;
  gint64           trip_id;
  GtkWidget       *dialog;

  trip_id = sv_xhtml_importer_import_finish (SV_XHTML_IMPORTER (source), result, &error);

  /* The window was closed meanwhile: nothing left to show it in. */
  if (sv_window_get_store (window) == NULL)
    return;

  if (trip_id == 0)
    {
      dialog = adw_message_dialog_new (GTK_WINDOW (window), _ ("Could Not Import the Blog Post"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  /* Written through another connection: the window's store did not tell
   * the window, so it reloads. */
  sv_window_select_trip (window, trip_id);
  trip = sv_store_get_trip (sv_window_get_store (window), trip_id, NULL);
  message = g_strdup_printf (_ ("Imported “%s”"), trip != NULL ? sv_trip_get_title (trip) : "");
  sv_window_add_toast (window, sv_toast_new_plain (message));
}

void
sv_import_file (SvWindow *window,
                GFile    *file)
{
  g_autoptr (SvXhtmlImporter) importer = NULL;

  g_return_if_fail (SV_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  if (sv_window_get_store (window) == NULL)
    return;

  importer = sv_xhtml_importer_new (sv_window_get_store (window));
  sv_xhtml_importer_import_async (importer, file, NULL, on_imported, g_object_ref (window));
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  SvWindow *window = g_object_get_data (G_OBJECT (chooser), "window");
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    sv_import_file (window, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
sv_import_choose_file (SvWindow *window)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (SV_IS_WINDOW (window));

  gtk_file_filter_set_name (filter, _ ("Web Pages"));
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_filter_add_mime_type (filter, "application/xhtml+xml");

  chooser = gtk_file_chooser_native_new (_ ("Import Blog Post"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* The chooser keeps the window until it answers. */
  g_object_set_data_full (G_OBJECT (chooser), "window", g_object_ref (window), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
