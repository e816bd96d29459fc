/* view-test-util.c: what the view tests share: the demo scrapbook, and a view of it in a window.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-demo.h"
#include "test-util.h"
#include "view-test-util.h"

void
view_test_init (int    *argc,
                char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

void
view_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
view_fixture_setup (ViewFixture *f,
                    GtkWidget   *view)
{
  g_autoptr (GError) error = NULL;

  f->dir = test_util_make_dir ();
  f->path = g_build_filename (f->dir, "demo.souvenir", NULL);
  f->store = sv_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (sv_demo_populate (f->store, &f->trip_id, &error));
  g_assert_no_error (error);

  f->view = view;
  g_object_set (view, "store", f->store, NULL);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (view), "trip-id") != NULL)
    g_object_set (view, "trip-id", f->trip_id, NULL);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 800);
  gtk_window_set_child (f->window, view);
  gtk_window_present (f->window);
  view_test_iterate ();
}

void
view_fixture_teardown (ViewFixture *f)
{
  gtk_window_destroy (f->window);
  view_test_iterate ();
  g_assert_finalize_object (f->store);
  test_util_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

GObject *
view_test_child (ViewFixture *f,
                 const char  *name)
{
  GObject *object = gtk_widget_get_template_child (f->view, G_OBJECT_TYPE (f->view), name);

  g_assert_nonnull (object);
  return object;
}

GtkWidget *
view_test_find_widget (GtkWidget *root,
                       GType      type,
                       gboolean (*match) (GtkWidget *widget, gconstpointer data),
                       gconstpointer data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = view_test_find_widget (c, type, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

SvEntry *
view_test_find_entry (ViewFixture *f,
                      gint64       trip_id,
                      const char  *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = sv_store_list_entries (f->store, trip_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (sv_entry_get_title (g_ptr_array_index (entries, i)), title) == 0)
      return g_object_ref (g_ptr_array_index (entries, i));

  g_error ("No entry “%s” in trip %" G_GINT64_FORMAT, title, trip_id);
}

gint64
view_test_add_trip (ViewFixture *f,
                    const char  *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();

  sv_trip_set_title (trip, title);
  g_assert_true (sv_store_save_trip (f->store, trip, &error));
  g_assert_no_error (error);

  return sv_trip_get_id (trip);
}

void
view_test_save_entry (ViewFixture *f,
                      SvEntry     *entry)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (sv_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
  view_test_iterate ();
}
