/* test-print.c: printing from the window, exporting PDF, and souvenir --print-pdf.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "sv-demo.h"
#include "sv-photo-decoder.h"
#include "sv-print-operation.h"
#include "sv-window.h"
#include "test-util.h"

static SvApplication *app;
/* gtk_test_init() drops G_TEST_OPTION_ISOLATE_DIRS (GTK 4.8), so the
 * files of these tests go to a folder of their own. */
static char *tmp_dir;

static char *
temp_path (const char *name)
{
  g_autofree char *test = g_strdelimit (g_strdup (g_test_get_path ()), "/", '_');

  return g_strconcat (tmp_dir, G_DIR_SEPARATOR_S, test, "-", name, NULL);
}


static const char *
tool (const char *variable)
{
  const char *path = g_getenv (variable);

  return path != NULL && *path != '\0' ? path : NULL;
}

/* Runs ARGV; gives its standard output, and its exit status and standard
 * error through the pointers. */
static char *
run (const char * const *argv,
     int                *exit_status,
     char              **err)
{
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, err, &status, &error));
  g_assert_no_error (error);
  if (exit_status != NULL)
    *exit_status = g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
  return out;
}

static guint
pdf_pages (const char *pdf)
{
  const char      *argv[] = { tool ("PDFINFO"), pdf, NULL };
  g_autofree char *info = run (argv, NULL, NULL);
  const char      *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static gint64
make_demo (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = sv_store_open (path, &error);
  gint64 trip_id = 0;

  g_assert_no_error (error);
  g_assert_true (sv_demo_populate (store, &trip_id, &error));
  g_assert_no_error (error);
  return trip_id;
}

static GtkWidget *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (toplevel))
        return toplevel;
    }
  return NULL;
}

static void
test_window_export (void)
{
  g_autofree char *path = temp_path ("window.souvenir");
  g_autofree char *pdf = temp_path ("PyCon US 2024.pdf");
  g_autofree char *name = NULL;
  SvWindow        *window = sv_window_new (app, path);
  GtkWidget       *chooser;

  gtk_window_present (GTK_WINDOW (window));

  /* Nothing to export from an empty scrapbook: no file chooser. */
  g_assert_cmpint (sv_window_get_trip_id (window), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL);
  g_assert_null (find_file_chooser ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  g_assert_cmpint (sv_window_get_trip_id (window), >, 0);

  /* Export as PDF asks where, suggesting the trip's name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "PyCon US 2024.pdf");

  /* What it then does, once the user has picked a file, is
   * sv_print_operation_export_pdf(): tested below without the dialog. */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_pdf (void)
{
  g_autofree char *path = temp_path ("export.souvenir");
  g_autofree char *pdf = temp_path ("PyCon US 2024.pdf");
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvPrintOperation) operation = NULL;
  g_autofree char *text = NULL;
  gint64           trip_id = make_demo (path);

  if (tool ("PDFTOTEXT") == NULL || tool ("PDFINFO") == NULL)
    {
      g_test_skip ("poppler-utils are not installed");
      return;
    }

  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  operation = sv_print_operation_new (store, trip_id, &error);
  g_assert_no_error (error);

  /* The window's Export as PDF, past its file chooser. */
  g_assert_true (sv_print_operation_export_pdf (operation, pdf, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (sv_souvenir_layout_get_n_pages (sv_print_operation_get_layout (operation)), >=, 5);
  g_assert_cmpuint (pdf_pages (pdf), ==, sv_souvenir_layout_get_n_pages (sv_print_operation_get_layout (operation)));
  {
    const char *argv[] = { tool ("PDFTOTEXT"), pdf, "-", NULL };

    text = run (argv, NULL, NULL);
  }
  g_assert_nonnull (strstr (text, "PyCon US 2024"));
  g_assert_nonnull (strstr (text, "Saturday, 18 May"));
  g_assert_nonnull (strstr (text, "Computational Origami"));

  g_clear_object (&operation);
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
test_missing_trip (void)
{
  g_autofree char *path = temp_path ("missing.souvenir");
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvPrintOperation) operation = NULL;
  gint64 trip_id = make_demo (path);

  store = sv_store_open (path, &error);
  g_assert_no_error (error);
  operation = sv_print_operation_new (store, trip_id + 1, &error);
  g_assert_null (operation);
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
}

static void
test_jpeg_photo (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 320, 160);
  g_autoptr (GBytes) bytes = NULL;
  cairo_surface_t *surface;
  char            *data = NULL;
  gsize            size = 0;

  /* The core cannot read JPEG; the application's decoder can. */
  gdk_pixbuf_fill (pixbuf, 0x20c040ff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &data, &size, "jpeg", &error, NULL));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (data, size);

  surface = sv_photo_decoder_decode (bytes, "image/jpeg", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (surface);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 320);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 160);
  cairo_surface_destroy (surface);

  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static ("JFIF? no", 8);
  g_assert_null (sv_photo_decoder_decode (bytes, "image/jpeg", NULL, &error));
  g_assert_nonnull (error);
}

/* souvenir --print-pdf -------------------------------------------------------------- */

static void
test_cli (void)
{
  const char      *souvenir = g_getenv ("SOUVENIR");
  g_autofree char *path = temp_path ("cli.souvenir");
  g_autofree char *pdf = temp_path ("cli.pdf");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *info = NULL;
  int              status = 0;

  if (souvenir == NULL || tool ("PDFINFO") == NULL)
    {
      g_test_skip ("SOUVENIR (the built program) and pdfinfo are needed");
      return;
    }

  make_demo (path);
  {
    const char *argv[] = { souvenir, "--print-pdf", pdf, "--paper=letter", path, NULL };

    out = run (argv, &status, &err);
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (out, "letter"));
  }
  {
    const char *argv[] = { tool ("PDFINFO"), pdf, NULL };

    info = run (argv, NULL, NULL);
    g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
  }

  /* A paper we do not know: refused before anything is written. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { souvenir, "--print-pdf", pdf, "--paper=a5", path, NULL };

    out = run (argv, &status, &err);
    g_assert_cmpint (status, ==, 2);
    g_assert_nonnull (strstr (err, "a4 or letter"));
  }

  /* Two trips and no --trip: which one? --list tells. */
  make_demo (path);
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (SvStore) store = sv_store_open (path, &error);
    g_autoptr (SvTrip) trip = sv_trip_new ();

    g_assert_no_error (error);
    sv_trip_set_title (trip, "DjangoCon Europe 2024");
    g_assert_true (sv_store_save_trip (store, trip, &error));
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { souvenir, "--print-pdf", pdf, path, NULL };

    out = run (argv, &status, &err);
    g_assert_cmpint (status, ==, 1);
    g_assert_nonnull (strstr (err, "--trip=ID"));
    g_assert_nonnull (strstr (err, "souvenir --list"));
  }

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { souvenir, "--print-pdf", pdf, "--trip=99", path, NULL };

    out = run (argv, &status, &err);
    g_assert_cmpint (status, ==, 1);
    g_assert_nonnull (strstr (err, "99"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  tmp_dir = test_util_make_dir ();

  app = sv_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/souvenir/print/window-export", test_window_export);
  g_test_add_func ("/souvenir/print/export-pdf", test_export_pdf);
  g_test_add_func ("/souvenir/print/missing-trip", test_missing_trip);
  g_test_add_func ("/souvenir/print/jpeg-photo", test_jpeg_photo);
  g_test_add_func ("/souvenir/print/cli", test_cli);

  status = g_test_run ();
  g_clear_object (&app);
  test_util_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
