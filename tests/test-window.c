/* test-window.c: the main window on an empty, a demo and a broken scrapbook.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "sv-demo.h"
#include "sv-search-view.h"
#include "sv-trip-dialog.h"
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

static void
set_dialog_row (SvTripDialog *dialog,
                const char   *name,
                const char   *text)
{
  GObject *row = gtk_widget_get_template_child (GTK_WIDGET (dialog), SV_TYPE_TRIP_DIALOG, name);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static GtkWidget *
dialog_child (SvTripDialog *dialog,
              const char   *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), SV_TYPE_TRIP_DIALOG, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
test_new_trip (void)
{
  g_autofree char *path = temp_path ("new-trip.souvenir");
  g_autoptr (GPtrArray) trips = NULL;
  g_autoptr (SvTrip) trip = NULL;
  SvWindow     *window = sv_window_new (app, path);
  SvStore      *store = sv_window_get_store (window);
  SvTripDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  dialog = sv_trip_dialog_new (GTK_WINDOW (window), store, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  /* A date that does not exist: Create stays off, nothing is written. */
  set_dialog_row (dialog, "title_row", "DjangoCon Europe 2025");
  set_dialog_row (dialog, "start_row", "2025-02-30");
  g_assert_false (gtk_widget_get_sensitive (dialog_child (dialog, "save_button")));

  /* A trip that ends before it starts: refused with a message. */
  set_dialog_row (dialog, "start_row", "2025-04-23");
  set_dialog_row (dialog, "end_row", "2025-04-20");
  g_assert_true (gtk_widget_get_sensitive (dialog_child (dialog, "save_button")));
  g_assert_false (sv_trip_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (dialog_child (dialog, "error_label")));
  trips = sv_store_list_trips (store, NULL);
  g_assert_cmpuint (trips->len, ==, 0);
  g_clear_pointer (&trips, g_ptr_array_unref);

  set_dialog_row (dialog, "end_row", "2025-04-27");
  set_dialog_row (dialog, "city_row", "Dublin");
  g_assert_true (sv_trip_dialog_save (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  trip = sv_store_get_trip (store, sv_window_get_trip_id (window), NULL);
  g_assert_nonnull (trip);
  g_assert_cmpstr (sv_trip_get_title (trip), ==, "DjangoCon Europe 2025");
  g_assert_cmpstr (sv_trip_get_city (trip), ==, "Dublin");
  g_assert_cmpstr (sv_trip_get_end_date (trip), ==, "2025-04-27");
  g_assert_cmpuint (count_rows (child (window, "trip_list")), ==, 1);
  g_assert_cmpstr (visible_page (window), ==, "trip");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_delete_trip_undo (void)
{
  g_autofree char *path = temp_path ("delete-trip.souvenir");
  g_autoptr (GPtrArray) entries = NULL;
  SvWindow *window = sv_window_new (app, path);
  gint64    trip_id;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  trip_id = sv_window_get_trip_id (window);
  g_assert_cmpint (trip_id, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-trip", NULL));
  g_assert_cmpuint (count_rows (child (window, "trip_list")), ==, 0);
  g_assert_cmpstr (visible_page (window), ==, "empty");

  /* Undo gives the whole trip back, every entry with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (count_rows (child (window, "trip_list")), ==, 1);
  g_assert_cmpint (sv_window_get_trip_id (window), ==, trip_id);
  g_assert_cmpstr (visible_page (window), ==, "trip");
  entries = sv_store_list_entries (sv_window_get_store (window), trip_id, NULL);
  g_assert_cmpuint (entries->len, ==, 31);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_remembers_view (void)
{
  g_autofree char *path = temp_path ("view.souvenir");
  g_autoptr (GSettings) settings = g_settings_new (SV_APP_ID);
  g_autofree char *view = NULL;
  SvWindow        *window = sv_window_new (app, path);
  AdwViewStack    *stack;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "talks"));
  view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (view, ==, "talks");
  g_assert_cmpint (g_settings_get_int64 (settings, "last-trip"), ==, sv_window_get_trip_id (window));
  gtk_window_destroy (GTK_WINDOW (window));

  /* A new window opens on the same view. */
  window = sv_window_new (app, path);
  stack = ADW_VIEW_STACK (child (window, "view_stack"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "talks");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;
  return FALSE;
}

/* A user's text is shown as it was typed, never read as Pango markup: with
 * an & or a < the row, toast or page would refuse it with a warning, which
 * is fatal here, and show nothing. */
static void
test_titles_are_not_markup (void)
{
  const char      *trip_title = "R&D Summit <b>x</b>";
  const char      *entry_title = "Fish & Chips <3 <i>";
  g_autofree char *path = temp_path ("markup.souvenir");
  g_autofree char *deleted = g_strdup_printf ("“%s” deleted", entry_title);
  g_autofree char *nothing = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();
  g_autoptr (SvEntry) entry = sv_entry_new ();
  SvWindow  *window = sv_window_new (app, path);
  SvStore   *store = sv_window_get_store (window);
  GtkWidget *row;

  sv_trip_set_title (trip, trip_title);
  sv_trip_set_start_date (trip, "2024-05-16");
  sv_trip_set_end_date (trip, "2024-05-19");
  g_assert_true (sv_store_save_trip (store, trip, &error));
  g_assert_no_error (error);
  sv_entry_set_trip_id (entry, sv_trip_get_id (trip));
  sv_entry_set_kind (entry, SV_ENTRY_KIND_TALK);
  sv_entry_set_day (entry, "2024-05-17");
  sv_entry_set_title (entry, entry_title);
  /* The Summary lists the highlights. */
  sv_entry_set_highlight (entry, TRUE);
  g_assert_true (sv_store_save_entry (store, entry, &error));
  g_assert_no_error (error);

  gtk_window_present (GTK_WINDOW (window));
  sv_window_select_trip (window, sv_trip_get_id (trip));
  iterate ();

  /* The sidebar, and the trip's views in turn. */
  row = gtk_widget_get_first_child (child (window, "trip_list"));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, trip_title);
  g_assert_true (shows_text (row, trip_title));
  for (guint i = 0; i < 4; i++)
    {
      const char *views[] = { "timeline", "talks", "map", "summary" };

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]));
      iterate ();
    }
  g_assert_true (shows_text (child (window, "summary_view"), entry_title));
  g_assert_true (shows_text (child (window, "timeline_view"), entry_title));

  /* A toast, and a search that finds nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-entry", "x", sv_entry_get_id (entry)));
  iterate ();
  g_assert_true (shows_text (GTK_WIDGET (window), deleted));
  sv_search_view_set_query (SV_SEARCH_VIEW (child (window, "search_view")), "R&D <nowhere>");
  iterate ();
  nothing = g_strdup_printf ("Nothing in your trips matches “%s”", "R&D <nowhere>");
  g_assert_true (shows_text (child (window, "search_view"), nothing));

  gtk_window_destroy (GTK_WINDOW (window));
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
  g_test_add_func ("/souvenir/window/new-trip", test_new_trip);
  g_test_add_func ("/souvenir/window/delete-trip-undo", test_delete_trip_undo);
  g_test_add_func ("/souvenir/window/remembers-view", test_remembers_view);
  g_test_add_func ("/souvenir/window/titles-are-not-markup", test_titles_are_not_markup);

  status = g_test_run ();
  g_clear_object (&app);
  test_util_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
