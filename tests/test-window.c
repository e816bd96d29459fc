/* test-window.c: the main window on an empty, a demo and a broken scrapbook.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "sv-demo.h"
#include "sv-window.h"
#include "test-util.h"

static SvApplication *app;
static char          *tmp_dir;

static GtkWidget *
child (SvWindow   *window,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), SV_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static const char *
visible_page (SvWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (window, "content_stack")));
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

static char *
temp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}


static void
test_empty_then_demo (void)
{
  g_autofree char *path = temp_path ("empty.souvenir");
  SvWindow        *window = sv_window_new (app, path);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (visible_page (window), ==, "empty");
  g_assert_cmpuint (count_rows (child (window, "trip_list")), ==, 0);
  g_assert_cmpint (sv_window_get_trip_id (window), ==, 0);

  /* The empty state's button adds the demo trip and shows it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  g_assert_cmpstr (visible_page (window), ==, "trip");
  g_assert_cmpuint (count_rows (child (window, "trip_list")), ==, 1);
  g_assert_cmpint (sv_window_get_trip_id (window), >, 0);
  g_assert_cmpstr (adw_view_switcher_title_get_title (ADW_VIEW_SWITCHER_TITLE (child (window, "switcher_title"))), ==, "PyCon US 2024");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_broken_file (void)
{
  g_autofree char *path = temp_path ("notes.souvenir");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SvWindow        *window;

  g_assert_true (g_file_set_contents (path, "these are my notes, not a scrapbook", -1, NULL));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  window = sv_window_new (app, path);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (visible_page (window), ==, "error");
  g_assert_null (sv_window_get_store (window));
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Not G_TEST_OPTION_ISOLATE_DIRS: GTK needs the system's MIME database
   * and icons from XDG_DATA_DIRS. tests/meson.build points the user's own
   * XDG folders into the build directory instead, and every scrapbook
   * here lives in a folder of its own. */
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  tmp_dir = test_util_make_dir ();

  app = sv_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/souvenir/window/empty-then-demo", test_empty_then_demo);
  g_test_add_func ("/souvenir/window/broken-file", test_broken_file);

  status = g_test_run ();
  g_clear_object (&app);
  test_util_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
