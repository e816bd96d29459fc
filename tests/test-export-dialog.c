/* test-export-dialog.c: the export dialog's options and file, and importing from the window.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sv-demo.h"
#include "sv-export-dialog.h"
#include "sv-import.h"
#include "sv-xhtml-exporter.h"
#include "test-util.h"
#include "sv-window.h"

static SvApplication *app;
static char          *folder;

static char *
temp_path (const char *name)
{
  return g_build_filename (folder, name, NULL);
}

/* A window on a new scrapbook holding the demo trip. */
static SvWindow *
open_demo_window (const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = temp_path (name);
  g_autoptr (SvStore) store = sv_store_open (path, &error);
  SvWindow *window;

  g_assert_no_error (error);
  g_assert_true (sv_demo_populate (store, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  window = sv_window_new (app, path);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpint (sv_window_get_trip_id (window), >, 0);
  return window;
}

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static guint
count_trips (SvWindow *window)
{
  GtkWidget *list = child (window, SV_TYPE_WINDOW, "trip_list");
  guint      n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* The first top-level window of TYPE, or NULL. */
static GtkWindow *
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static void
on_exported (SvExportDialog *dialog,
             GFile          *file,
             GFile         **out)
{
  *out = g_object_ref (file);
}

static void
test_export_options (void)
{
  SvWindow        *window = open_demo_window ("export.souvenir");
  g_autofree char *path = temp_path ("pycon-post.html");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) exported = NULL;
  g_autofree char *contents = NULL;
  SvExportDialog  *dialog;
  gpointer         weak;

  /* The window's action opens the dialog for the trip shown. */
  g_assert_null (find_window (SV_TYPE_EXPORT_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = SV_EXPORT_DIALOG (find_window (SV_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  /* Only the post, without ratings and prices. */
  gtk_switch_set_active (GTK_SWITCH (child (dialog, SV_TYPE_EXPORT_DIALOG, "fragment_switch")), TRUE);
  gtk_switch_set_active (GTK_SWITCH (child (dialog, SV_TYPE_EXPORT_DIALOG, "ratings_switch")), TRUE);
  gtk_switch_set_active (GTK_SWITCH (child (dialog, SV_TYPE_EXPORT_DIALOG, "prices_switch")), TRUE);
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), &exported);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);

  /* Off the main thread: the dialog waits, insensitive, then closes. */
  sv_export_dialog_export_to (dialog, file);
  g_assert_false (gtk_widget_get_sensitive (child (dialog, SV_TYPE_EXPORT_DIALOG, "options_page")));
  while (exported == NULL)
    g_main_context_iteration (NULL, TRUE);
  while (weak != NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_equal (exported, file));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<article xmlns=\"http://www.w3.org/1999/xhtml\""));
  g_assert_nonnull (strstr (contents, "Keynote: Being a Black Python Developer"));
  g_assert_null (strstr (contents, "data-rating"));
  g_assert_null (strstr (contents, "data-price"));
  g_assert_null (strstr (contents, "<style"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_page (void)
{
  SvWindow        *window = open_demo_window ("export-page.souvenir");
  g_autofree char *path = temp_path ("pycon.html");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) exported = NULL;
  g_autofree char *contents = NULL;
  SvExportDialog  *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = SV_EXPORT_DIALOG (find_window (SV_TYPE_EXPORT_DIALOG));
  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), &exported);

  /* The defaults: a whole page with its stylesheet, everything in it. */
  sv_export_dialog_export_to (dialog, file);
  while (exported == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (contents, "<style>"));
  g_assert_nonnull (strstr (contents, "data-rating=\"5\""));
  g_assert_nonnull (strstr (contents, "data-price=\"8\""));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_malformed (void)
{
  SvWindow        *window = open_demo_window ("import-malformed.souvenir");
  g_autofree char *path = temp_path ("broken.html");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GPtrArray) trips = NULL;
  AdwMessageDialog *message;

  g_assert_true (g_file_set_contents (path, "<article class=\"sv-trip\" data-souvenir=\"1\"><h1>Cut sho", -1, NULL));
  g_assert_cmpuint (count_trips (window), ==, 1);

  /* It says why, and adds nothing. */
  sv_import_file (window, file);
  while ((message = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG))) == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Import the Blog Post");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "broken.html"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "not well-formed"));
  g_assert_cmpuint (count_trips (window), ==, 1);
  trips = sv_store_list_trips (sv_window_get_store (window), NULL);
  g_assert_cmpuint (trips->len, ==, 1);

  gtk_window_destroy (GTK_WINDOW (message));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import (void)
{
  g_autoptr (GError) error = NULL;
  SvWindow        *window = open_demo_window ("import.souvenir");
  g_autofree char *path = temp_path ("pycon-import.html");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (SvXhtmlExporter) exporter = NULL;
  gint64 demo_id = sv_window_get_trip_id (window);

  exporter = sv_xhtml_exporter_new (sv_window_get_store (window), demo_id);
  g_assert_true (sv_xhtml_exporter_write (exporter, file, NULL, &error));
  g_assert_no_error (error);

  /* The new trip is in the list, and shown. */
  sv_import_file (window, file);
  while (count_trips (window) < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (sv_window_get_trip_id (window), !=, demo_id);
  g_assert_cmpstr (adw_view_switcher_title_get_title (ADW_VIEW_SWITCHER_TITLE (child (window, SV_TYPE_WINDOW, "switcher_title"))),
                   ==, "PyCon US 2024");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Not G_TEST_OPTION_ISOLATE_DIRS: GTK needs the system's MIME database
   * and icons (see test-window.c). The test cases share this folder. */
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  folder = test_util_make_dir ();

  app = sv_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/souvenir/export-dialog/options", test_export_options);
  g_test_add_func ("/souvenir/export-dialog/page", test_export_page);
  g_test_add_func ("/souvenir/import/malformed", test_import_malformed);
  g_test_add_func ("/souvenir/import/demo", test_import);

  status = g_test_run ();
  g_clear_object (&app);
  test_util_remove_tree (folder);
  g_free (folder);
  return status;
}
