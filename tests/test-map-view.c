/* test-map-view.c: the Map view, its pins and popovers, the place editor and map tiles.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No test here talks to openstreetmap.org. Tiles come from a server the
 * test runs on 127.0.0.1; being offline is a tile server under the
 * .invalid top-level domain (RFC 2606), whose name never resolves: the
 * same failure, from the same resolver, as a machine with no network.
 */
#include <glib/gstdio.h>
#include <math.h>

#include "sv-demo.h"
#include "sv-map-view.h"
#include "sv-place-editor.h"
#include "sv-place-pin.h"
#include "sv-preferences-window.h"
#include "sv-window.h"
#include "tile-server.h"

#define OFFLINE_TILE_URL "http://tiles.invalid/{z}/{x}/{y}.png"

static char          *tmp_dir;
static SvApplication *app;

typedef struct
{
  SvStore   *store;
  gint64     trip_id;
  GtkWindow *window;
  SvMapView *view;
  GSettings *settings;
} Fixture;

/* The tile-url setting is EXPECTED. */
static void
assert_tile_url (Fixture    *f,
                 const char *expected)
{
  g_autofree char *url = g_settings_get_string (f->settings, "tile-url");

  g_assert_cmpstr (url, ==, expected);
}

/* Waiting */

static gboolean
keep_awake (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until COND holds, a bounded number of turns: a
 * timer keeps the loop turning, and the bound turns a hang into a clear
 * failure. Nothing is measured in time. */
static void
wait_until (Condition   cond,
            gpointer    data,
            const char *what)
{
  guint timer = g_timeout_add (10, keep_awake, NULL);

  for (guint i = 0; i < 3000 && !cond (data); i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timer);

  if (!cond (data))
    g_error ("Gave up waiting for %s", what);
}

static void
flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Widgets */

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

#define view_child(view, name)               template_child (view, SV_TYPE_MAP_VIEW, name)
#define editor_child(editor, name)           template_child (editor, SV_TYPE_PLACE_EDITOR, name)
#define preferences_child(preferences, name) template_child (preferences, SV_TYPE_PREFERENCES_WINDOW, name)

static void
collect_pins (GtkWidget *widget,
              GPtrArray *pins)
{
  if (SV_IS_PLACE_PIN (widget))
    g_ptr_array_add (pins, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_pins (child, pins);
}

static GPtrArray *
find_pins (SvMapView *view)
{
  GPtrArray *pins = g_ptr_array_new ();

  collect_pins (GTK_WIDGET (view), pins);
  return pins;
}

static SvPlacePin *
find_pin (SvMapView *view,
          gint64     place_id)
{
  g_autoptr (GPtrArray) pins = find_pins (view);

  for (guint i = 0; i < pins->len; i++)
    {
      if (sv_place_get_id (sv_place_pin_get_place (pins->pdata[i])) == place_id)
        return pins->pdata[i];
    }

  return NULL;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
dup_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);
  return g_string_free (text, FALSE);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static gint64
find_place_id (SvStore    *store,
               const char *name)
{
  g_autoptr (GPtrArray) places = sv_store_list_places (store, 0, NULL);

  for (guint i = 0; i < places->len; i++)
    {
      if (g_strcmp0 (sv_place_get_name (places->pdata[i]), name) == 0)
        return sv_place_get_id (places->pdata[i]);
    }

  g_error ("No place called %s", name);
}

/* Fixture: the demo trip on a map in a window. The tile server is one
 * that cannot answer, unless a test says otherwise before showing it. */

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  static guint     n_fixtures = 0;
  g_autofree char *name = g_strdup_printf ("map-%u.souvenir", ++n_fixtures);
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  f->settings = g_settings_new (SV_APP_ID);
  g_settings_set_string (f->settings, "tile-url", OFFLINE_TILE_URL);

  f->store = sv_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (sv_demo_populate (f->store, &f->trip_id, &error));

  f->view = SV_MAP_VIEW (sv_map_view_new ());
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  sv_trip_view_set_store (SV_TRIP_VIEW (f->view), f->store);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (f->view), f->trip_id);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  gtk_window_destroy (f->window);
  flush_events ();
  g_clear_object (&f->store);
  g_settings_reset (f->settings, "tile-url");
  g_clear_object (&f->settings);
}

/* Markers */

static void
test_markers (Fixture      *f,
              gconstpointer data)
{
  g_autoptr (GPtrArray) places = sv_store_list_places (f->store, f->trip_id, NULL);
  g_autoptr (GPtrArray) pins = find_pins (f->view);
  gint64 favourite_id = find_place_id (f->store, "Bae Bae's Kitchen");

  /* One pin per place of the trip, exactly where the store says. */
  g_assert_cmpuint (places->len, ==, 9);
  g_assert_cmpuint (pins->len, ==, 9);
  for (guint i = 0; i < places->len; i++)
    {
      SvPlace    *place = places->pdata[i];
      SvPlacePin *pin = find_pin (f->view, sv_place_get_id (place));

      g_assert_nonnull (pin);
      g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (pin)),
                                      sv_place_get_latitude (place), 1e-9);
      g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (pin)),
                                      sv_place_get_longitude (place), 1e-9);
      /* Only the trip's favourite restaurant is marked. */
      g_assert_cmpint (sv_place_pin_get_favourite (pin), ==, sv_place_get_id (place) == favourite_id);
      g_assert_true (gtk_widget_has_css_class (find_descendant (GTK_WIDGET (pin), GTK_TYPE_MENU_BUTTON),
                                               sv_place_category_to_string (sv_place_get_category (place))));
    }

  /* The list beside the map holds the same places. */
  g_assert_cmpuint (count_children (view_child (f->view, "place_list")), ==, 9);
  g_assert_false (gtk_widget_get_visible (view_child (f->view, "empty_box")));

  /* All trips: the same places here, the demo being the only trip. */
  gtk_switch_set_active (GTK_SWITCH (view_child (f->view, "all_trips_switch")), TRUE);
  g_clear_pointer (&pins, g_ptr_array_unref);
  pins = find_pins (f->view);
  g_assert_cmpuint (pins->len, ==, 9);

  /* No trip: nothing on the map. */
  gtk_switch_set_active (GTK_SWITCH (view_child (f->view, "all_trips_switch")), FALSE);
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (f->view), 0);
  g_clear_pointer (&pins, g_ptr_array_unref);
  pins = find_pins (f->view);
  g_assert_cmpuint (pins->len, ==, 0);
  g_assert_true (gtk_widget_get_visible (view_child (f->view, "empty_box")));
}

/* Framing: a trip that opens shows all its pins. */

static gboolean
map_is_framed (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_width (view_child (f->view, "map")) > 0 &&
         shumate_viewport_get_zoom_level (shumate_simple_map_get_viewport (SHUMATE_SIMPLE_MAP (view_child (f->view, "map")))) > 10;
}

static void
test_frame (Fixture      *f,
            gconstpointer data)
{
  ShumateSimpleMap *map = SHUMATE_SIMPLE_MAP (view_child (f->view, "map"));
  ShumateViewport  *viewport = shumate_simple_map_get_viewport (map);
  g_autoptr (GPtrArray) pins = find_pins (f->view);

  gtk_window_present (f->window);
  wait_until (map_is_framed, f, "the map to frame the trip");

  /* Every pin is inside the map, none at its very edge. */
  for (guint i = 0; i < pins->len; i++)
    {
      double x, y;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (shumate_simple_map_get_map (map)),
                                                  shumate_location_get_latitude (pins->pdata[i]),
                                                  shumate_location_get_longitude (pins->pdata[i]), &x, &y);
      g_assert_cmpfloat (x, >=, 16);
      g_assert_cmpfloat (y, >=, 16);
      g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (map)) - 16);
      g_assert_cmpfloat (y, <=, gtk_widget_get_height (GTK_WIDGET (map)) - 16);
    }
}

/* The favourite's popover */

static gboolean
popover_is_open (gpointer data)
{
  SvPlacePin *pin = data;
  GtkWidget  *popover = find_descendant (GTK_WIDGET (pin), GTK_TYPE_POPOVER);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

static void
test_favourite_popover (Fixture      *f,
                        gconstpointer data)
{
  gint64            place_id = find_place_id (f->store, "Bae Bae's Kitchen");
  SvPlacePin       *pin = find_pin (f->view, place_id);
  ShumateSimpleMap *map = SHUMATE_SIMPLE_MAP (view_child (f->view, "map"));
  ShumateViewport  *viewport = shumate_simple_map_get_viewport (map);
  GtkWidget        *popover;
  GtkListBoxRow    *row;
  SvPlacePin       *other;
  g_autofree char  *text = NULL;
  g_autofree char  *row_text = NULL;

  gtk_window_present (f->window);
  sv_map_view_show_place (f->view, place_id);
  wait_until (popover_is_open, pin, "the popover of Bae Bae's Kitchen");

  /* Centred on the place, close up. */
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)), 40.4436, 1e-6);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)), -79.9960, 1e-6);
  g_assert_cmpfloat (shumate_viewport_get_zoom_level (viewport), ==, 17);

  popover = find_descendant (GTK_WIDGET (pin), GTK_TYPE_POPOVER);
  text = dup_text (popover);
  g_test_message ("The popover says:\n%s", text);
  g_assert_nonnull (strstr (text, "Bae Bae's Kitchen\n"));
  g_assert_nonnull (strstr (text, "Restaurant · Favourite of the trip\n"));
  g_assert_nonnull (strstr (text, "951 Liberty Ave\n"));
  g_assert_nonnull (strstr (text, "Late snack at Bae Bae's Kitchen\n"));
  g_assert_nonnull (strstr (text, "Saturday, 18 May, 22:30 · Snack · ★★★★★\n"));
  g_assert_nonnull (strstr (text, "Open in OpenStreetMap\n"));

  /* Its place is the row selected in the list; clicking another pin
   * selects that one. */
  row = gtk_list_box_get_selected_row (GTK_LIST_BOX (view_child (f->view, "place_list")));
  g_assert_nonnull (row);
  row_text = dup_text (GTK_WIDGET (row));
  g_assert_true (g_str_has_prefix (row_text, "Bae Bae's Kitchen\n"));

  other = find_pin (f->view, find_place_id (f->store, "The Eleven"));
  g_signal_emit_by_name (find_descendant (GTK_WIDGET (other), GTK_TYPE_TOGGLE_BUTTON), "clicked");
  wait_until (popover_is_open, other, "the popover of The Eleven");
  g_clear_pointer (&row_text, g_free);
  row_text = dup_text (GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (view_child (f->view, "place_list")))));
  g_assert_true (g_str_has_prefix (row_text, "The Eleven\n"));
}

/* A place without a location says so. */

static void
test_place_not_on_map (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPlace) place = sv_place_new ();
  g_autoptr (SvEntry) entry = sv_entry_new ();
  g_autofree char *text = NULL;

  sv_place_set_name (place, "Somewhere in the Strip District");
  g_assert_true (sv_store_save_place (f->store, place, &error));
  sv_entry_set_trip_id (entry, f->trip_id);
  sv_entry_set_day (entry, "2024-05-19");
  sv_entry_set_kind (entry, SV_ENTRY_KIND_ACTIVITY);
  sv_entry_set_title (entry, "Walk");
  sv_entry_set_place_id (entry, sv_place_get_id (place));
  g_assert_true (sv_store_save_entry (f->store, entry, &error));

  sv_map_view_show_place (f->view, sv_place_get_id (place));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (view_child (f->view, "notice_revealer"))));
  text = dup_text (view_child (f->view, "notice_revealer"));
  g_assert_nonnull (strstr (text, "This place is not on the map yet"));
  g_assert_true (gtk_widget_get_visible (view_child (f->view, "notice_edit_button")));

  /* Listed, still: ten places, nine pins. */
  g_assert_cmpuint (count_children (view_child (f->view, "place_list")), ==, 10);
  g_assert_null (find_pin (f->view, sv_place_get_id (place)));
}

/* Following the store */

typedef struct
{
  SvMapView *view;
  guint      n_pins;
} PinCount;

static gboolean
has_n_pins (gpointer data)
{
  PinCount *count = data;
  g_autoptr (GPtrArray) pins = find_pins (count->view);

  return pins->len == count->n_pins;
}

typedef struct
{
  SvMapView *view;
  gint64     place_id;
  double     latitude;
} PinPosition;

static gboolean
pin_is_at (gpointer data)
{
  PinPosition *position = data;
  SvPlacePin  *pin = find_pin (position->view, position->place_id);

  return pin != NULL && shumate_location_get_latitude (SHUMATE_LOCATION (pin)) == position->latitude;
}

static void
test_follows_store (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64 yuzu_id = find_place_id (f->store, "Yuzu Kitchen");
  g_autoptr (SvPlace) yuzu = sv_store_get_place (f->store, yuzu_id, &error);
  g_autoptr (SvPlace) primanti = sv_place_new ();
  g_autoptr (SvEntry) visit = sv_entry_new ();
  PinCount    ten = { f->view, 10 }, nine = { f->view, 9 };
  PinPosition moved = { f->view, yuzu_id, 40.4411 };

  /* A place moves: its pin follows. */
  g_assert_true (sv_place_set_location (yuzu, 40.4411, -79.9999, &error));
  g_assert_true (sv_store_save_place (f->store, yuzu, &error));
  wait_until (pin_is_at, &moved, "Yuzu Kitchen's pin to move");

  /* A new place is on this trip's map once an entry of the trip is at it. */
  sv_place_set_name (primanti, "Primanti Bros.");
  g_assert_true (sv_place_set_location (primanti, 40.4505, -79.9847, &error));
  g_assert_true (sv_store_save_place (f->store, primanti, &error));
  wait_until (has_n_pins, &nine, "nine pins");

  sv_entry_set_trip_id (visit, f->trip_id);
  sv_entry_set_day (visit, "2024-05-18");
  sv_entry_set_kind (visit, SV_ENTRY_KIND_MEAL);
  sv_entry_set_title (visit, "Sandwich with fries inside");
  sv_entry_set_place_id (visit, sv_place_get_id (primanti));
  g_assert_true (sv_store_save_entry (f->store, visit, &error));
  wait_until (has_n_pins, &ten, "a tenth pin");
  g_assert_nonnull (find_pin (f->view, sv_place_get_id (primanti)));

  /* Its entry goes to the trash: so does the pin. */
  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (visit), &error));
  wait_until (has_n_pins, &nine, "the tenth pin to go");
  g_assert_null (find_pin (f->view, sv_place_get_id (primanti)));
}

/* The place editor */

static void
assert_location_refused (Fixture       *f,
                         SvPlaceEditor *editor,
                         gint64         place_id,
                         const char    *text,
                         const char    *message)
{
  g_autoptr (SvPlace) before = sv_store_get_place (f->store, place_id, NULL);
  g_autoptr (SvPlace) after = NULL;
  GtkWidget *error_label = editor_child (editor, "location_error");

  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "location_row")), text);
  /* Said at once, as it is typed, and Save is off. */
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_false (gtk_widget_get_sensitive (editor_child (editor, "save_button")));

  g_assert_false (sv_place_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (error_label));
  if (strstr (gtk_label_get_text (GTK_LABEL (error_label)), message) == NULL)
    g_error ("“%s”: the editor says “%s”, not “%s”", text, gtk_label_get_text (GTK_LABEL (error_label)), message);
  g_assert_true (gtk_widget_has_css_class (editor_child (editor, "location_row"), "error"));

  after = sv_store_get_place (f->store, place_id, NULL);
  g_assert_cmpfloat (sv_place_get_latitude (after), ==, sv_place_get_latitude (before));
  g_assert_cmpfloat (sv_place_get_longitude (after), ==, sv_place_get_longitude (before));
}

static void
assert_location_saved (Fixture       *f,
                       SvPlaceEditor *editor,
                       gint64         place_id,
                       const char    *text,
                       double         latitude,
                       double         longitude)
{
  g_autoptr (SvPlace) after = NULL;

  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "location_row")), text);
  g_assert_false (gtk_widget_get_visible (editor_child (editor, "location_error")));
  g_assert_true (gtk_widget_get_sensitive (editor_child (editor, "save_button")));
  g_assert_true (sv_place_editor_save (editor));

  after = sv_store_get_place (f->store, place_id, NULL);
  g_assert_cmpfloat_with_epsilon (sv_place_get_latitude (after), latitude, 1e-9);
  g_assert_cmpfloat_with_epsilon (sv_place_get_longitude (after), longitude, 1e-9);
}

static void
test_editor_location (Fixture      *f,
                      gconstpointer data)
{
  gint64         place_id = find_place_id (f->store, "Bae Bae's Kitchen");
  SvPlaceEditor *editor = sv_place_editor_new (NULL, f->store, place_id);

  /* The place's location, as the editor shows it. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_child (editor, "location_row"))), ==, "40.4436, -79.996");

  assert_location_refused (f, editor, place_id, "91, 0", "Latitude must be between −90 and 90");
  assert_location_refused (f, editor, place_id, "abc", "not a coordinate");
  assert_location_refused (f, editor, place_id, "geo:1,200", "Longitude must be between −180 and 180");

  assert_location_saved (f, editor, place_id, "40.4433, -79.9959", 40.4433, -79.9959);
  assert_location_saved (f, editor, place_id, "geo:40.4434,-79.9958;u=10", 40.4434, -79.9958);
  assert_location_saved (f, editor, place_id, "https://www.openstreetmap.org/?mlat=40.4435&mlon=-79.9957#map=19/40.4435/-79.9957",
                         40.4435, -79.9957);

  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
on_weak_notify (gpointer data,
                GObject *where)
{
  *(gboolean *) data = TRUE;
}

static void
test_add_place_here (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (SvPlace) place = NULL;
  SvPlaceEditor *editor;
  gboolean       closed = FALSE;
  SvEntry       *visit = NULL;
  PinCount       ten = { f->view, 10 };

  gtk_window_present (f->window);
  editor = sv_map_view_add_place_at (f->view, 40.4505, -79.9847);
  g_object_weak_ref (G_OBJECT (editor), on_weak_notify, &closed);

  /* Where the user clicked, and the offer of a visit on the trip's first day. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_child (editor, "location_row"))), ==, "40.4505, -79.9847");
  g_assert_true (gtk_widget_get_visible (editor_child (editor, "visit_group")));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (editor_child (editor, "visit_switch"))));
  /* Nothing without a name. */
  g_assert_false (gtk_widget_get_sensitive (editor_child (editor, "save_button")));

  gtk_editable_set_text (GTK_EDITABLE (editor_child (editor, "name_row")), "Primanti Bros.");
  adw_combo_row_set_selected (ADW_COMBO_ROW (editor_child (editor, "category_row")), SV_PLACE_CATEGORY_RESTAURANT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (editor_child (editor, "day_row")), 2);
  g_signal_emit_by_name (editor_child (editor, "save_button"), "clicked");
  g_assert_true (closed);

  place = sv_store_get_place (f->store, find_place_id (f->store, "Primanti Bros."), NULL);
  g_assert_cmpint (sv_place_get_category (place), ==, SV_PLACE_CATEGORY_RESTAURANT);
  g_assert_cmpfloat_with_epsilon (sv_place_get_latitude (place), 40.4505, 1e-9);

  /* The visit puts the place on the trip: an activity on the third day. */
  entries = sv_store_list_place_entries (f->store, sv_place_get_id (place), f->trip_id, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  visit = entries->pdata[0];
  g_assert_cmpstr (sv_entry_get_title (visit), ==, "Primanti Bros.");
  g_assert_cmpstr (sv_entry_get_day (visit), ==, "2024-05-18");
  g_assert_cmpint (sv_entry_get_kind (visit), ==, SV_ENTRY_KIND_ACTIVITY);

  wait_until (has_n_pins, &ten, "the new place's pin");
  g_assert_nonnull (find_pin (f->view, sv_place_get_id (place)));
}

/* Tiles from a server of our own, on 127.0.0.1 */

/* One plain tile for every request; made before the server's threads
 * ask for it. */
static GBytes *plain_tile;

static GBytes *
draw_plain_tile (int zoom,
                 int x,
                 int y)
{
  return g_bytes_ref (plain_tile);
}

static GBytes *
create_tile_png (void)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 256, 256);
  g_autoptr (GError) error = NULL;
  char *buffer = NULL;
  gsize size = 0;

  gdk_pixbuf_fill (pixbuf, 0xf2efe9ff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "png", &error, NULL));
  return g_bytes_new_take (buffer, size);
}

static gboolean
tile_served (gpointer data)
{
  return tile_server_get_served (data) > 0;
}

static void
test_tiles_from_local_server (Fixture      *f,
                              gconstpointer data)
{
  SvPreferencesWindow *preferences = sv_preferences_window_new (NULL);
  GtkWidget           *row = preferences_child (preferences, "tile_url_row");
  g_autofree char     *prefix = NULL;
  g_autofree char     *url_template = NULL;
  g_autofree char     *license_text = NULL;
  TileServer          *server;

  /* The tile cache outlives the test run: a path of its own per run keeps
   * this server's tiles from coming out of it. */
  prefix = g_strdup_printf ("tiles-%" G_GINT64_FORMAT, g_get_real_time ());
  plain_tile = create_tile_png ();
  server = tile_server_start (prefix, draw_plain_tile);
  url_template = tile_server_dup_url_template (server);

  /* Typed into the preferences, as a user would. */
  gtk_editable_set_text (GTK_EDITABLE (row), url_template);
  g_signal_emit_by_name (row, "apply");
  assert_tile_url (f, url_template);
  gtk_window_destroy (GTK_WINDOW (preferences));

  gtk_window_present (f->window);
  wait_until (tile_served, server, "a tile from the local server");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (view_child (f->view, "tiles_revealer"))));

  /* The attribution names the tile server. */
  license_text = dup_text (GTK_WIDGET (shumate_simple_map_get_license (SHUMATE_SIMPLE_MAP (view_child (f->view, "map")))));
  g_assert_nonnull (strstr (license_text, "Map tiles from 127.0.0.1"));

  gtk_window_destroy (f->window);
  f->window = GTK_WINDOW (gtk_window_new ());
  flush_events ();
  tile_server_stop (server);
  g_clear_pointer (&plain_tile, g_bytes_unref);
}

/* Offline and broken tile servers */

static gboolean
tiles_notice_shown (gpointer data)
{
  Fixture *f = data;

  return gtk_revealer_get_reveal_child (GTK_REVEALER (view_child (f->view, "tiles_revealer")));
}

static void
test_offline (Fixture      *f,
              gconstpointer data)
{
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) pins = NULL;

  /* G_DEBUG=fatal-warnings: any warning on the way fails the test. */
  gtk_window_present (f->window);
  wait_until (tiles_notice_shown, f, "the notice that tiles are unavailable");

  text = dup_text (view_child (f->view, "tiles_revealer"));
  g_assert_nonnull (strstr (text, "Map tiles are unavailable offline — the pins still show where things are"));
  pins = find_pins (f->view);
  g_assert_cmpuint (pins->len, ==, 9);
}

static void
test_server_down (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSocketListener) listener = g_socket_listener_new ();
  g_autofree char *url_template = NULL;
  g_autofree char *text = NULL;
  guint16          port;

  /* A port that was free a moment ago and that nobody listens on. */
  port = g_socket_listener_add_any_inet_port (listener, NULL, &error);
  g_assert_no_error (error);
  g_socket_listener_close (listener);
  url_template = g_strdup_printf ("http://127.0.0.1:%u/{z}/{x}/{y}.png", port);
  g_settings_set_string (f->settings, "tile-url", url_template);

  gtk_window_present (f->window);
  wait_until (tiles_notice_shown, f, "the notice that the tile server does not answer");
  text = dup_text (view_child (f->view, "tiles_revealer"));
  g_assert_nonnull (strstr (text, "The tile server sends no map tiles"));
}

/* The default tiles: OpenStreetMap, with its attribution. Not shown, so
 * that no tile is asked of openstreetmap.org. */
static void
test_default_source (Fixture      *f,
                     gconstpointer data)
{
  ShumateSimpleMap *map = SHUMATE_SIMPLE_MAP (view_child (f->view, "map"));
  ShumateMapSource *source;

  g_settings_reset (f->settings, "tile-url");
  source = shumate_simple_map_get_map_source (map);
  g_assert_cmpstr (shumate_map_source_get_id (source), ==, SHUMATE_MAP_SOURCE_OSM_MAPNIK);
  g_assert_cmpstr (shumate_map_source_get_license (source), ==, "© OpenStreetMap contributors");
  g_assert_cmpstr (shumate_map_source_get_license_uri (source), ==, "https://www.openstreetmap.org/copyright");

  /* A template that is not valid (set behind the preferences' back) is
   * not used either. */
  g_settings_set_string (f->settings, "tile-url", "file:///srv/tiles/{z}/{x}/{y}.png");
  g_assert_cmpstr (shumate_map_source_get_id (shumate_simple_map_get_map_source (map)), ==, SHUMATE_MAP_SOURCE_OSM_MAPNIK);
}

/* The preference refuses what the map cannot use. */
static void
test_preferences_refuse (Fixture      *f,
                         gconstpointer data)
{
  SvPreferencesWindow *preferences = sv_preferences_window_new (NULL);
  GtkWidget           *row = preferences_child (preferences, "tile_url_row");
  GtkWidget           *error_label = preferences_child (preferences, "tile_url_error");
  const char          *refused[][2] = {
             { "file:///srv/tiles/{z}/{x}/{y}.png", "http:// or https://" },
             { "https://tile.example.org/tile.png", "“{z}” is missing" },
             { "https://{s}.tile.example.org/{z}/{x}/{y}.png", "Only {z}, {x} and {y}" },
  };

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, OFFLINE_TILE_URL);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (row), refused[i][0]);
      g_signal_emit_by_name (row, "apply");
      g_assert_true (gtk_widget_get_visible (error_label));
      g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), refused[i][1]));
      assert_tile_url (f, OFFLINE_TILE_URL);
    }

  /* Typing again hides the message; clearing goes back to OpenStreetMap. */
  gtk_editable_set_text (GTK_EDITABLE (row), "https://tile.example.org/{z}/{x}/{y}.png");
  g_assert_false (gtk_widget_get_visible (error_label));
  g_signal_emit_by_name (preferences_child (preferences, "reset_button"),
                         "clicked");
  assert_tile_url (f, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* "Show on map" anywhere in the window (win.show-place) switches to the
 * map, on the place's pin, its popover open. */
static void
test_window_show_place (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *path = g_strdup (sv_store_get_path (f->store));
  gint64           place_id = find_place_id (f->store, "Bae Bae's Kitchen");
  SvWindow        *window;
  GtkWidget       *view_stack;
  SvMapView       *view;

  window = sv_window_new (app, path);
  gtk_window_present (GTK_WINDOW (window));
  view_stack = template_child (window, SV_TYPE_WINDOW, "view_stack");
  view = SV_MAP_VIEW (template_child (window, SV_TYPE_WINDOW, "map_view"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (view_stack)), ==, "timeline");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-place", "x", place_id));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (view_stack)), ==, "map");
  wait_until (popover_is_open, find_pin (view, place_id), "the popover of Bae Bae's Kitchen in the window");

  gtk_window_destroy (GTK_WINDOW (window));
  flush_events ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Not G_TEST_OPTION_ISOLATE_DIRS: GTK needs the system's MIME database
   * and icons; tests/meson.build points the user's folders (and so the
   * tile cache) into the build directory. */
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  tmp_dir = g_dir_make_tmp ("souvenir-map-XXXXXX", &error);
  g_assert_no_error (error);
  app = sv_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

#define ADD(name, func) \
  g_test_add ("/souvenir/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("map-view/markers", test_markers);
  ADD ("map-view/frame", test_frame);
  ADD ("map-view/favourite-popover", test_favourite_popover);
  ADD ("map-view/place-not-on-map", test_place_not_on_map);
  ADD ("map-view/follows-store", test_follows_store);
  ADD ("map-view/tiles-from-local-server", test_tiles_from_local_server);
  ADD ("map-view/offline", test_offline);
  ADD ("map-view/server-down", test_server_down);
  ADD ("map-view/default-source", test_default_source);
  ADD ("map-view/add-place-here", test_add_place_here);
  ADD ("window/show-place", test_window_show_place);
  ADD ("place-editor/location", test_editor_location);
  ADD ("preferences/tile-url", test_preferences_refuse);

#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  g_free (tmp_dir);
  return status;
}
