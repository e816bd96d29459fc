/* test-trip-view.c: UI tests of SvTripView, the base of the views of one trip.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "sv-trip-view.h"

/* A view that writes down what the base class asks of it. */
#define TEST_TYPE_TRIP_VIEW (test_trip_view_get_type ())
G_DECLARE_FINAL_TYPE (TestTripView, test_trip_view, TEST, TRIP_VIEW, SvTripView)

struct _TestTripView
{
  SvTripView parent_instance;

  GString *log;
};

G_DEFINE_FINAL_TYPE (TestTripView, test_trip_view, SV_TYPE_TRIP_VIEW)

static const char *
change_name (SvStoreChange change)
{
  switch (change)
    {
    case SV_STORE_CHANGE_ADDED:
      return "added";
    case SV_STORE_CHANGE_CHANGED:
      return "changed";
    case SV_STORE_CHANGE_REMOVED:
      return "removed";
    default:
      return "?";
    }
}

/* The test names each store it makes ("a", "b"). */
static const char *
store_name (SvStore *store)
{
  return store != NULL ? g_object_get_data (G_OBJECT (store), "name") : "none";
}

static void
test_trip_view_reload (SvTripView *view)
{
  g_string_append_printf (TEST_TRIP_VIEW (view)->log, "reload %s %" G_GINT64_FORMAT "\n",
                          store_name (sv_trip_view_get_store (view)), sv_trip_view_get_trip_id (view));
}

static void
test_trip_view_entry_changed (SvTripView   *view,
                              gint64        trip_id,
                              gint64        entry_id,
                              SvStoreChange change)
{
  g_string_append_printf (TEST_TRIP_VIEW (view)->log, "entry %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s\n",
                          trip_id, entry_id, change_name (change));
}

static void
test_trip_view_trip_changed (SvTripView   *view,
                             gint64        trip_id,
                             SvStoreChange change)
{
  g_string_append_printf (TEST_TRIP_VIEW (view)->log, "trip %" G_GINT64_FORMAT " %s\n", trip_id, change_name (change));
}

static void
test_trip_view_place_changed (SvTripView   *view,
                              gint64        place_id,
                              SvStoreChange change)
{
  g_string_append_printf (TEST_TRIP_VIEW (view)->log, "place %" G_GINT64_FORMAT " %s\n", place_id, change_name (change));
}

static void
on_view_notify (TestTripView *self,
                GParamSpec   *pspec)
{
  g_string_append_printf (self->log, "notify %s\n", pspec->name);
}

static void
test_trip_view_finalize (GObject *object)
{
  g_string_free (TEST_TRIP_VIEW (object)->log, TRUE);

  G_OBJECT_CLASS (test_trip_view_parent_class)->finalize (object);
}

static void
test_trip_view_class_init (TestTripViewClass *klass)
{
  GObjectClass    *object_class = G_OBJECT_CLASS (klass);
  SvTripViewClass *trip_view_class = SV_TRIP_VIEW_CLASS (klass);

  object_class->finalize = test_trip_view_finalize;
  trip_view_class->reload = test_trip_view_reload;
  trip_view_class->entry_changed = test_trip_view_entry_changed;
  trip_view_class->trip_changed = test_trip_view_trip_changed;
  trip_view_class->place_changed = test_trip_view_place_changed;
}

static void
test_trip_view_init (TestTripView *self)
{
  self->log = g_string_new (NULL);
  g_signal_connect (self, "notify::store", G_CALLBACK (on_view_notify), NULL);
  g_signal_connect (self, "notify::trip-id", G_CALLBACK (on_view_notify), NULL);
}

/* What the view was asked since the last call, one line each. */
static void
assert_log (TestTripView *view,
            const char   *expected)
{
  g_assert_cmpstr (view->log->str, ==, expected);
  g_string_truncate (view->log, 0);
}

static SvStore *
new_store (const char *name)
{
  g_autoptr (GError) error = NULL;
  SvStore *store = sv_store_new_in_memory (&error);

  g_assert_no_error (error);
  g_object_set_data (G_OBJECT (store), "name", (gpointer) name);
  return store;
}

static gint64
add_trip (SvStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();

  sv_trip_set_title (trip, "PyCon US 2024");
  g_assert_true (sv_store_save_trip (store, trip, &error));
  g_assert_no_error (error);
  return sv_trip_get_id (trip);
}

static gint64
add_entry (SvStore *store,
           gint64   trip_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) entry = sv_entry_new ();

  sv_entry_set_trip_id (entry, trip_id);
  sv_entry_set_kind (entry, SV_ENTRY_KIND_NOTE);
  sv_entry_set_title (entry, "The Venue");
  g_assert_true (sv_store_save_entry (store, entry, &error));
  g_assert_no_error (error);
  return sv_entry_get_id (entry);
}

static gint64
add_place (SvStore *store)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPlace) place = sv_place_new ();

  sv_place_set_name (place, "Primanti Bros.");
  g_assert_true (sv_store_save_place (store, place, &error));
  g_assert_no_error (error);
  return sv_place_get_id (place);
}

/* A view reloads once for each real change of its store or trip, after
 * telling of it, and not for a value it already has. */
static void
test_reload_on_change (void)
{
  g_autoptr (SvStore) a = new_store ("a");
  g_autoptr (SvStore) b = new_store ("b");
  TestTripView *view = g_object_ref_sink (g_object_new (TEST_TYPE_TRIP_VIEW, NULL));

  sv_trip_view_set_store (SV_TRIP_VIEW (view), a);
  assert_log (view, "notify store\nreload a 0\n");
  sv_trip_view_set_store (SV_TRIP_VIEW (view), a);
  assert_log (view, "");

  sv_trip_view_set_trip_id (SV_TRIP_VIEW (view), 7);
  assert_log (view, "notify trip-id\nreload a 7\n");
  g_object_set (view, "trip-id", (gint64) 7, NULL);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (view), 7);
  assert_log (view, "");
  g_assert_cmpint (sv_trip_view_get_trip_id (SV_TRIP_VIEW (view)), ==, 7);

  sv_trip_view_set_store (SV_TRIP_VIEW (view), b);
  assert_log (view, "notify store\nreload b 7\n");
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (view), 0);
  assert_log (view, "notify trip-id\nreload b 0\n");
  sv_trip_view_set_store (SV_TRIP_VIEW (view), NULL);
  assert_log (view, "notify store\nreload none 0\n");

  g_assert_finalize_object (view);
}

/* The store's changes reach the view, those of a store it no longer shows
 * do not, and it keeps no store it has let go of. */
static void
test_follows_store (void)
{
  SvStore         *a = new_store ("a");
  SvStore         *b = new_store ("b");
  TestTripView    *view = g_object_ref_sink (g_object_new (TEST_TYPE_TRIP_VIEW, NULL));
  gint64           trip_id = add_trip (a);
  g_autofree char *expected = NULL;
  gint64           entry_id, place_id;

  sv_trip_view_set_store (SV_TRIP_VIEW (view), a);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (view), trip_id);
  g_string_truncate (view->log, 0);

  /* Any trip's changes: the view chooses what concerns it. */
  entry_id = add_entry (a, trip_id);
  place_id = add_place (a);
  g_assert_true (sv_store_trash_entry (a, entry_id, NULL));
  g_assert_true (sv_store_trash_trip (a, trip_id, NULL));
  expected = g_strdup_printf ("entry %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " added\n"
                              "place %" G_GINT64_FORMAT " added\n"
                              "entry %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " removed\n"
                              "trip %" G_GINT64_FORMAT " removed\n",
                              trip_id, entry_id, place_id, trip_id, entry_id, trip_id);
  assert_log (view, expected);

  sv_trip_view_set_store (SV_TRIP_VIEW (view), b);
  g_string_truncate (view->log, 0);
  add_entry (a, add_trip (a));
  add_place (a);
  assert_log (view, "");
  g_assert_finalize_object (a);

  g_clear_pointer (&expected, g_free);
  place_id = add_place (b);
  expected = g_strdup_printf ("place %" G_GINT64_FORMAT " added\n", place_id);
  assert_log (view, expected);

  sv_trip_view_set_store (SV_TRIP_VIEW (view), NULL);
  g_string_truncate (view->log, 0);
  add_place (b);
  assert_log (view, "");

  /* A view that goes away lets go of its store. */
  sv_trip_view_set_store (SV_TRIP_VIEW (view), b);
  g_assert_finalize_object (view);
  g_assert_finalize_object (b);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/souvenir/trip-view/reload-on-change", test_reload_on_change);
  g_test_add_func ("/souvenir/trip-view/follows-store", test_follows_store);

  return g_test_run ();
}
