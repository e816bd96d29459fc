/* test-timeline-view.c: the Timeline on the demo trip, a big trip, and as the store changes.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-rating-label.h"
#include "sv-timeline-model.h"
#include "sv-timeline-row.h"
#include "sv-timeline-view.h"
#include "sv-window.h"
#include "test-util.h"
#include "view-test-util.h"

typedef ViewFixture Fixture;

static SvApplication *app;
static char          *tmp_dir;

#define VIEW(f) SV_TIMELINE_VIEW ((f)->view)

static const char *
row_text (SvTimelineRow *row,
          const char    *name)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (row), SV_TYPE_TIMELINE_ROW, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static GtkWidget *
list_view_of (SvTimelineView *view)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (view), SV_TYPE_TIMELINE_VIEW, "list_view");

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static SvTimelineModel *
view_model (SvTimelineView *view)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (list_view_of (view)));

  return SV_TIMELINE_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection)));
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (SV_IS_TIMELINE_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* Every SvTimelineRow alive in the list, bound or waiting to be reused. */
static GPtrArray *
list_rows (SvTimelineView *view)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (list_view_of (view), rows);
  return rows;
}

/* The row showing ENTRY_ID, NULL when none does. */
static SvTimelineRow *
find_row (SvTimelineView *view,
          gint64          entry_id)
{
  g_autoptr (GPtrArray) rows = list_rows (view);

  for (guint i = 0; i < rows->len; i++)
    {
      SvTimelineItem *item = sv_timeline_row_get_item (g_ptr_array_index (rows, i));
      SvEntry        *entry = item != NULL ? sv_timeline_item_get_entry (item) : NULL;

      if (entry != NULL && sv_entry_get_id (entry) == entry_id)
        return g_ptr_array_index (rows, i);
    }

  return NULL;
}

static SvTimelineRow *
find_header_row (SvTimelineView *view,
                 const char     *day)
{
  g_autoptr (GPtrArray) rows = list_rows (view);

  for (guint i = 0; i < rows->len; i++)
    {
      SvTimelineItem *item = sv_timeline_row_get_item (g_ptr_array_index (rows, i));

      if (item != NULL && sv_timeline_item_get_kind (item) == SV_TIMELINE_ITEM_HEADER &&
          g_strcmp0 (sv_timeline_item_get_day (item), day) == 0)
        return g_ptr_array_index (rows, i);
    }

  return NULL;
}

/* Whether ROW draws the top of its day's card. */
static gboolean
opens_day (SvTimelineRow *row)
{
  GObject *box;

  g_assert_nonnull (row);
  box = gtk_widget_get_template_child (GTK_WIDGET (row), SV_TYPE_TIMELINE_ROW, "entry_box");
  return gtk_widget_has_css_class (GTK_WIDGET (box), "first");
}

static SvEntry *
find_entry (Fixture    *f,
            const char *title)
{
  return view_test_find_entry (f, f->trip_id, title);
}

static SvEntry *
add_entry (Fixture    *f,
           const char *day,
           const char *title)
{
  g_autoptr (GError) error = NULL;
  SvEntry *entry = sv_entry_new ();

  sv_entry_set_trip_id (entry, f->trip_id);
  sv_entry_set_day (entry, day);
  sv_entry_set_title (entry, title);
  g_assert_true (sv_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
  return entry;
}

static void
show_trip (Fixture *f,
           gint64   trip_id)
{
  f->trip_id = trip_id;
  sv_trip_view_set_trip_id (SV_TRIP_VIEW (f->view), trip_id);
  view_test_iterate ();
  gtk_test_widget_wait_for_draw (f->view);
  view_test_iterate ();
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  view_fixture_setup (f, sv_timeline_view_new ());
  gtk_test_widget_wait_for_draw (f->view);
  view_test_iterate ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  view_fixture_teardown (f);
}

static void
test_demo_days (Fixture      *f,
                gconstpointer data)
{
  SvTimelineModel *model = view_model (VIEW (f));
  const char      *days[] = { "2024-05-16", "2024-05-17", "2024-05-18", "2024-05-19" };
  guint            n_days = 0;
  SvTimelineRow   *row;

  g_assert_nonnull (model);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (view_test_child (f, "stack"))), ==, "list");

  /* The notes about the trip come first, then the four days in order. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr (SvTimelineItem) item = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (sv_timeline_item_get_kind (item) != SV_TIMELINE_ITEM_HEADER)
        continue;
      if (i == 0)
        {
          g_assert_null (sv_timeline_item_get_day (item));
          continue;
        }
      g_assert_cmpuint (n_days, <, G_N_ELEMENTS (days));
      g_assert_cmpstr (sv_timeline_item_get_day (item), ==, days[n_days]);
      n_days++;
    }
  g_assert_cmpuint (n_days, ==, 4);

  /* The headings the user reads. */
  row = find_header_row (VIEW (f), NULL);
  g_assert_nonnull (row);
  g_assert_cmpstr (row_text (row, "day_label"), ==, "About the Trip");
  row = find_header_row (VIEW (f), "2024-05-16");
  g_assert_nonnull (row);
  g_assert_cmpstr (row_text (row, "day_label"), ==, "Thursday, 16 May");
}

static void
test_entry_row (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (SvEntry) lunch = find_entry (f, "Lunch at Mike and Tony's Gyros");
  SvTimelineRow *row = find_row (VIEW (f), sv_entry_get_id (lunch));
  GObject       *rating;

  g_assert_nonnull (row);
  g_assert_cmpstr (row_text (row, "title_label"), ==, "Lunch at Mike and Tony's Gyros");
  g_assert_cmpstr (row_text (row, "start_label"), ==, "12:15");
  g_assert_cmpstr (row_text (row, "end_label"), ==, "13:00");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (row), SV_TYPE_TIMELINE_ROW, "time_box"))), ==, "12:15–13:00");
  g_assert_cmpstr (row_text (row, "subtitle_label"), ==, "Lunch · Mike and Tony's Gyros");

  /* Stars for the eye, words for the screen reader. */
  rating = gtk_widget_get_template_child (GTK_WIDGET (row), SV_TYPE_TIMELINE_ROW, "rating_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (rating)));
  g_assert_cmpstr (sv_rating_label_get_text (SV_RATING_LABEL (rating)), ==, "★★★☆☆");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (rating)), ==, "3 out of 5");
}

static void
test_recycling (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  const guint n_entries = 2000;
  gint64      last_id = 0;
  guint       n_items;

  f->trip_id = view_test_add_trip (f, "A very long sprint");
  g_assert_true (sv_store_begin (f->store, &error));
  for (guint i = 0; i < n_entries; i++)
    {
      g_autofree char *day = g_strdup_printf ("2024-06-%02u", 1 + i / 100);
      g_autofree char *title = g_strdup_printf ("Entry %u", i);
      g_autoptr (SvEntry) entry = sv_entry_new ();

      sv_entry_set_trip_id (entry, f->trip_id);
      sv_entry_set_day (entry, day);
      sv_entry_set_position (entry, 1 + i);
      sv_entry_set_title (entry, title);
      g_assert_true (sv_store_save_entry (f->store, entry, &error));
      last_id = sv_entry_get_id (entry);
    }
  g_assert_true (sv_store_commit (f->store, &error));
  g_assert_no_error (error);

  show_trip (f, f->trip_id);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (view_model (VIEW (f))));
  g_assert_cmpuint (n_items, ==, n_entries + 20);

  /* Only the rows around what is on screen exist. */
  rows = list_rows (VIEW (f));
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <, n_items / 4);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* At the other end of the trip, still the same few. */
  sv_timeline_view_scroll_to_entry (VIEW (f), last_id);
  view_test_iterate ();
  gtk_test_widget_wait_for_draw (f->view);
  view_test_iterate ();
  g_assert_nonnull (find_row (VIEW (f), last_id));
  g_assert_cmpstr (row_text (find_row (VIEW (f), last_id), "title_label"), ==, "Entry 1999");
  rows = list_rows (VIEW (f));
  g_assert_cmpuint (rows->len, <, n_items / 4);
}

static void
test_edit_updates_row (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) venue = find_entry (f, "The Venue");
  SvTimelineModel *model = view_model (VIEW (f));
  guint            n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  SvTimelineRow   *row = find_row (VIEW (f), sv_entry_get_id (venue));

  g_assert_nonnull (row);
  g_assert_cmpstr (row_text (row, "title_label"), ==, "The Venue");

  sv_entry_set_title (venue, "The Convention Center");
  g_assert_true (sv_store_save_entry (f->store, venue, &error));
  g_assert_no_error (error);
  view_test_iterate ();

  /* The row says the new title; the trip was not loaded again. */
  row = find_row (VIEW (f), sv_entry_get_id (venue));
  g_assert_nonnull (row);
  g_assert_cmpstr (row_text (row, "title_label"), ==, "The Convention Center");
  g_assert_true (view_model (VIEW (f)) == model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_items);
}

static void
test_trash_and_restore (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) bus = find_entry (f, "Bus into downtown");
  g_autoptr (SvEntry) lunch = find_entry (f, "Lunch at Mike and Tony's Gyros");
  gint64 id = sv_entry_get_id (bus);

  g_assert_nonnull (find_row (VIEW (f), id));
  g_assert_true (sv_store_trash_entry (f->store, id, &error));
  view_test_iterate ();
  gtk_test_widget_wait_for_draw (f->view);
  g_assert_null (find_row (VIEW (f), id));
  g_assert_false (sv_timeline_model_find_entry (view_model (VIEW (f)), id, NULL));
  /* The next entry opens the day's card now. */
  g_assert_true (opens_day (find_row (VIEW (f), sv_entry_get_id (lunch))));

  g_assert_true (sv_store_restore_entry (f->store, id, &error));
  g_assert_no_error (error);
  view_test_iterate ();
  gtk_test_widget_wait_for_draw (f->view);
  g_assert_nonnull (find_row (VIEW (f), id));
  g_assert_cmpstr (row_text (find_row (VIEW (f), id), "title_label"), ==, "Bus into downtown");
  g_assert_false (opens_day (find_row (VIEW (f), sv_entry_get_id (lunch))));
}

static void
test_empty_trip (Fixture      *f,
                 gconstpointer data)
{
  GtkStack *stack = GTK_STACK (view_test_child (f, "stack"));
  g_autoptr (SvEntry) entry = NULL;

  show_trip (f, view_test_add_trip (f, "EuroPython 2024"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (view_test_find_widget (gtk_stack_get_visible_child (stack), GTK_TYPE_BUTTON, NULL, NULL))), ==, "win.new-entry");

  entry = add_entry (f, NULL, "The Venue");
  view_test_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");

  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (entry), NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

static void
on_entry_activated (SvTimelineView *view,
                    gint64          entry_id,
                    gint64         *activated)
{
  *activated = entry_id;
}

static void
test_activate (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (SvEntry) venue = find_entry (f, "The Venue");
  GtkWidget *list_view = list_view_of (VIEW (f));
  gint64     activated = 0;
  guint      position = 0;

  g_signal_connect (f->view, "entry-activated", G_CALLBACK (on_entry_activated), &activated);

  /* A heading opens nothing; an entry opens itself. */
  gtk_widget_activate_action (list_view, "list.activate-item", "u", 0);
  g_assert_cmpint (activated, ==, 0);

  g_assert_true (sv_timeline_model_find_entry (view_model (VIEW (f)), sv_entry_get_id (venue), &position));
  gtk_widget_activate_action (list_view, "list.activate-item", "u", position);
  g_assert_cmpint (activated, ==, sv_entry_get_id (venue));
}

static void
test_scroll_to_entry (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr (SvEntry) dinner = find_entry (f, "Dinner at Alihan's Mediterranean Cuisine");
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list_view_of (VIEW (f)))));
  guint               position = 0;
  SvTimelineRow      *row;

  g_assert_true (sv_timeline_model_find_entry (view_model (VIEW (f)), sv_entry_get_id (dinner), &position));
  sv_timeline_view_scroll_to_entry (VIEW (f), sv_entry_get_id (dinner));
  view_test_iterate ();
  gtk_test_widget_wait_for_draw (f->view);

  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, position);
  row = find_row (VIEW (f), sv_entry_get_id (dinner));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));

  /* New entries go to the day in view. */
  g_assert_cmpstr (sv_timeline_view_get_selected_day (VIEW (f)), ==, "2024-05-19");
}

static GdkTexture *
texture_of (SvTimelineRow *row)
{
  GObject *image = gtk_widget_get_template_child (GTK_WIDGET (row), SV_TYPE_TIMELINE_ROW, "thumbnail");

  if (gtk_image_get_storage_type (GTK_IMAGE (image)) != GTK_IMAGE_PAINTABLE)
    return NULL;
  return GDK_TEXTURE (gtk_image_get_paintable (GTK_IMAGE (image)));
}

static gint64
add_photo (Fixture *f,
           SvEntry *entry,
           GBytes  *bytes)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPhoto) photo = sv_photo_new ();

  sv_photo_set_entry_id (photo, sv_entry_get_id (entry));
  sv_photo_set_mime_type (photo, "image/png");
  sv_photo_set_bytes (photo, bytes);
  g_assert_true (sv_store_save_photo (f->store, photo, &error));
  g_assert_no_error (error);
  return sv_photo_get_id (photo);
}

/* A PNG of one colour, 0xRRGGBBAA. */
static GBytes *
plain_png (guint32 rgba)
{
  g_autoptr (GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 300, 200);
  g_autoptr (GdkTexture) texture = NULL;

  gdk_pixbuf_fill (pixbuf, rgba);
  texture = gdk_texture_new_for_pixbuf (pixbuf);
  return gdk_texture_save_to_png_bytes (texture);
}

/* The red of the thumbnail's middle, -1 while the row shows none. */
static int
thumbnail_red (Fixture *f,
               gint64   entry_id)
{
  SvTimelineRow     *row = find_row (VIEW (f), entry_id);
  GdkTexture        *texture = row != NULL ? texture_of (row) : NULL;
  g_autofree guchar *pixels = NULL;
  int                width, height;

  if (texture == NULL)
    return -1;

  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc (width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  /* Cairo's order on a little-endian machine: B, G, R, A. */
  return pixels[(height / 2 * width + width / 2) * 4 + 2];
}

static void
test_photos (Fixture      *f,
             gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) venue = find_entry (f, "The Venue");
  g_autoptr (SvEntry) conference = find_entry (f, "The Conference");
  g_autoptr (GBytes) blue = plain_png (0x3584e4ff);
  g_autoptr (GBytes) red = plain_png (0xe01b24ff);
  g_autoptr (GBytes) garbage = g_bytes_new_static ("not an image at all", 19);
  SvTimelineRow *venue_row;
  SvTimelineRow *conference_row;
  GObject       *image;
  gint64         photo_id;

  add_photo (f, conference, garbage);
  photo_id = add_photo (f, venue, blue);

  /* Decoded in the background; the rows wait with a generic image. */
  venue_row = find_row (VIEW (f), sv_entry_get_id (venue));
  g_assert_nonnull (venue_row);
  while (texture_of (find_row (VIEW (f), sv_entry_get_id (venue))) == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* A square thumbnail from the middle of the photo. */
  venue_row = find_row (VIEW (f), sv_entry_get_id (venue));
  g_assert_cmpint (gdk_texture_get_width (texture_of (venue_row)), ==, 96);
  g_assert_cmpint (gdk_texture_get_height (texture_of (venue_row)), ==, 96);

  /* The photo that does not decode shows the generic image, quietly. */
  conference_row = find_row (VIEW (f), sv_entry_get_id (conference));
  g_assert_nonnull (conference_row);
  image = gtk_widget_get_template_child (GTK_WIDGET (conference_row), SV_TYPE_TIMELINE_ROW, "thumbnail");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (image)));
  g_assert_cmpint (gtk_image_get_storage_type (GTK_IMAGE (image)), ==, GTK_IMAGE_ICON_NAME);
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (image)), ==, "image-x-generic-symbolic");

  /* Another photo in place of the first, under the same id as SQLite
   * reuses it: the new one shows, not the one remembered. */
  g_assert_cmpint (thumbnail_red (f, sv_entry_get_id (venue)), ==, 0x35);
  g_assert_true (sv_store_delete_photo (f->store, photo_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (add_photo (f, venue, red), ==, photo_id);
  while (thumbnail_red (f, sv_entry_get_id (venue)) != 0xe0)
    g_main_context_iteration (NULL, TRUE);
}

/* In the window: the keyboard and the context menu reach the window's
 * actions. */

static gboolean
menu_has (GMenuModel *menu,
          const char *action,
          gint64      target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *name = NULL;
      g_autoptr (GVariant) value = NULL;

      if (section != NULL && menu_has (section, action, target))
        return TRUE;
      if (!g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name))
        continue;
      value = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_INT64);
      if (g_strcmp0 (name, action) == 0 && value != NULL && g_variant_get_int64 (value) == target)
        return TRUE;
    }

  return FALSE;
}

static GtkPopover *
find_popover (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      return GTK_POPOVER (child);

  return NULL;
}

static void
test_window_menu_and_delete (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "window.souvenir", NULL);
  SvWindow        *window = sv_window_new (app, path);
  SvTimelineView  *view;
  SvStore         *store;
  g_autoptr (GPtrArray) entries = NULL;
  SvEntry    *venue = NULL;
  SvEntry    *conference = NULL;
  GtkPopover *popover;
  GMenuModel *menu;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  view = SV_TIMELINE_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), SV_TYPE_WINDOW, "timeline_view"));
  store = sv_window_get_store (window);
  view_test_iterate ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  entries = sv_store_list_entries (store, sv_window_get_trip_id (window), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (sv_entry_get_title (entry), "The Venue") == 0)
        venue = entry;
      if (g_strcmp0 (sv_entry_get_title (entry), "The Conference") == 0)
        conference = entry;
    }
  g_assert_nonnull (venue);
  g_assert_nonnull (conference);

  /* The Menu key's menu, for an entry at a place and one that is not. */
  sv_timeline_view_scroll_to_entry (view, sv_entry_get_id (venue));
  view_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.show-menu", NULL));
  popover = find_popover (GTK_WIDGET (view));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  g_assert_true (menu_has (menu, "win.edit-entry", sv_entry_get_id (venue)));
  g_assert_true (menu_has (menu, "win.show-place", sv_entry_get_place_id (venue)));
  g_assert_true (menu_has (menu, "win.delete-entry", sv_entry_get_id (venue)));
  gtk_popover_popdown (popover);
  view_test_iterate ();

  sv_timeline_view_scroll_to_entry (view, sv_entry_get_id (conference));
  view_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.show-menu", NULL));
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  g_assert_true (menu_has (menu, "win.edit-entry", sv_entry_get_id (conference)));
  g_assert_false (menu_has (menu, "win.show-place", 0));
  gtk_popover_popdown (popover);
  view_test_iterate ();

  /* Delete moves the selected entry to the trash, and Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.delete", NULL));
  view_test_iterate ();
  g_assert_null (sv_store_get_entry (store, sv_entry_get_id (conference), &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (sv_timeline_model_find_entry (view_model (view), sv_entry_get_id (conference), NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  view_test_iterate ();
  g_assert_true (sv_timeline_model_find_entry (view_model (view), sv_entry_get_id (conference), NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  view_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  view_test_init (&argc, &argv);
  tmp_dir = test_util_make_dir ();

  app = sv_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

#define ADD(name, func) \
  g_test_add ("/souvenir/timeline-view/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("demo-days", test_demo_days);
  ADD ("entry-row", test_entry_row);
  ADD ("recycling", test_recycling);
  ADD ("edit-updates-row", test_edit_updates_row);
  ADD ("trash-and-restore", test_trash_and_restore);
  ADD ("empty-trip", test_empty_trip);
  ADD ("activate", test_activate);
  ADD ("scroll-to-entry", test_scroll_to_entry);
  ADD ("photos", test_photos);

#undef ADD

  g_test_add_func ("/souvenir/timeline-view/window-menu-and-delete", test_window_menu_and_delete);

  status = g_test_run ();
  g_clear_object (&app);
  test_util_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
