/* test-entry-editor.c: the entry editor, driven through its widgets, on the demo trip.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "sv-demo.h"
#include "sv-entry-editor.h"
#include "sv-name-completion.h"
#include "sv-photo-group.h"
#include "sv-photo-tile.h"
#include "sv-rating-widget.h"
#include "sv-window.h"

static SvApplication *app;
static char          *tmp_dir;

typedef struct
{
  SvStore *store;
  gint64   trip_id;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  f->store = sv_store_new_in_memory (&error);
  g_assert_no_error (error);
  g_assert_true (sv_demo_populate (f->store, &f->trip_id, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_assert_finalize_object (f->store);
}

/* Helpers */

static void
process (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

static gpointer
child (SvEntryEditor *editor,
       const char    *name)
{
  return template_child (editor, SV_TYPE_ENTRY_EDITOR, name);
}

static gpointer
photo_child (SvEntryEditor *editor,
             const char    *name)
{
  return template_child (child (editor, "photo_group"), SV_TYPE_PHOTO_GROUP, name);
}

static gint64
entry_id_by_title (Fixture    *f,
                   const char *title)
{
  g_autoptr (GPtrArray) entries = sv_store_list_entries (f->store, f->trip_id, NULL);

  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (sv_entry_get_title (g_ptr_array_index (entries, i)), title) == 0)
      return sv_entry_get_id (g_ptr_array_index (entries, i));

  g_assert_not_reached ();
}

static guint
count_entries (Fixture *f)
{
  g_autoptr (GPtrArray) entries = sv_store_list_entries (f->store, f->trip_id, NULL);

  return entries->len;
}

static SvEntry *
stored (Fixture *f,
        gint64   entry_id)
{
  g_autoptr (GError) error = NULL;
  SvEntry *entry = sv_store_get_entry (f->store, entry_id, &error);

  g_assert_no_error (error);
  return entry;
}

static SvEntryEditor *
open_editor (SvStore   *store,
             GtkWindow *parent,
             gint64     trip_id,
             gint64     entry_id)
{
  SvEntryEditor *editor = sv_entry_editor_new (parent, store, trip_id, entry_id, NULL);

  gtk_window_present (GTK_WINDOW (editor));
  process ();
  return editor;
}

/* Opens the editor on the demo entry with that title. */
static SvEntryEditor *
edit_entry (Fixture    *f,
            const char *title,
            gint64     *id)
{
  *id = entry_id_by_title (f, title);
  return open_editor (f->store, NULL, f->trip_id, *id);
}

static void
wait_for_photos (SvEntryEditor *editor)
{
  while (sv_photo_group_get_busy (child (editor, "photo_group")))
    g_main_context_iteration (NULL, TRUE);
  process ();
}

/* Closes the editor and checks that nothing keeps it alive. */
static void
close_editor (SvEntryEditor *editor)
{
  wait_for_photos (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  process ();
  g_assert_null (editor);
}

static void
type (gpointer    editable,
      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static guint
combo_index (AdwComboRow *row,
             const char  *label)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        return i;
    }

  g_assert_not_reached ();
}

static gboolean
shows_error (GtkLabel   *label,
             GtkWidget  *row,
             const char *text)
{
  return gtk_widget_get_visible (GTK_WIDGET (label)) &&
         strstr (gtk_label_get_text (label), text) != NULL &&
         gtk_widget_has_css_class (row, "error");
}

/* Emits key-pressed on the widget's key controller, as a key press does;
 * CAPTURE picks the controller that sees keys before the widget. */
static gboolean
press_key (GtkWidget          *widget,
           GtkPropagationPhase phase,
           guint               keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && gtk_event_controller_get_propagation_phase (controller) == phase)
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
          return handled;
        }
    }

  g_assert_not_reached ();
}

static GtkWidget *
nth_child (GtkWidget *widget,
           guint      n)
{
  GtkWidget *c = gtk_widget_get_first_child (widget);

  for (guint i = 0; i < n && c != NULL; i++)
    c = gtk_widget_get_next_sibling (c);
  g_assert_nonnull (c);
  return c;
}

static SvNameCompletion *
completion_of (GtkWidget *row)
{
  for (GtkWidget *c = gtk_widget_get_first_child (row); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (SV_IS_NAME_COMPLETION (c))
      return SV_NAME_COMPLETION (c);

  g_assert_not_reached ();
}

static char *
write_png (const char *name,
           int         width,
           int         height)
{
  char            *path = g_build_filename (tmp_dir, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t         *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.4, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

static void
add_files (SvEntryEditor *editor,
           const char    *first_path,
           ...)
{
  g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);
  va_list args;

  va_start (args, first_path);
  for (const char *path = first_path; path != NULL; path = va_arg (args, const char *))
    {
      g_autoptr (GFile) file = g_file_new_for_path (path);

      g_list_store_append (files, file);
    }
  va_end (args);

  sv_photo_group_add_files (child (editor, "photo_group"), G_LIST_MODEL (files));
  wait_for_photos (editor);
}

static guint
n_photo_tiles (SvEntryEditor *editor)
{
  guint n = 0;

  while (gtk_flow_box_get_child_at_index (photo_child (editor, "flow_box"), n) != NULL)
    n++;
  return n;
}

static SvPhotoTile *
photo_tile (SvEntryEditor *editor,
            guint          index)
{
  GtkFlowBoxChild *box_child = gtk_flow_box_get_child_at_index (photo_child (editor, "flow_box"), index);

  g_assert_nonnull (box_child);
  return SV_PHOTO_TILE (gtk_flow_box_child_get_child (box_child));
}

static gpointer
tile_child (SvPhotoTile *tile,
            const char  *name)
{
  return template_child (tile, SV_TYPE_PHOTO_TILE, name);
}

/* Tests */

static void
test_new_talk (Fixture      *f,
               gconstpointer data)
{
  SvEntryEditor *editor = open_editor (f->store, NULL, f->trip_id, 0);
  g_autoptr (SvEntry) entry = NULL;
  guint          before = count_entries (f);
  SvTalk        *talk;
  const char    *expected_tags[] = { "packaging", "pypi", NULL };
  const char    *expected_speakers[] = { "Jane Doe", "Jay Miller", NULL };
  GtkTextBuffer *body = gtk_text_view_get_buffer (child (editor, "body_view"));

  /* Choices save at once, but a new entry waits for its title. */
  adw_combo_row_set_selected (child (editor, "kind_row"), SV_ENTRY_KIND_TALK);
  g_assert_true (gtk_widget_get_visible (child (editor, "talk_group")));
  g_assert_false (gtk_widget_get_visible (child (editor, "meal_group")));
  gtk_text_buffer_set_text (body, "Packaging is less scary now.", -1);
  sv_entry_editor_flush (editor);
  g_assert_cmpint (sv_entry_editor_get_entry_id (editor), ==, 0);
  g_assert_cmpuint (count_entries (f), ==, before);
  g_assert_false (gtk_widget_get_visible (child (editor, "basics_error")));

  type (child (editor, "title_row"), "Friends Don’t Let Friends Package Alone, again");
  adw_combo_row_set_selected (child (editor, "day_row"), combo_index (child (editor, "day_row"), "Saturday, 18 May"));
  type (child (editor, "start_row"), "14:00");
  type (child (editor, "end_row"), "14:30");
  g_signal_emit_by_name (nth_child (child (editor, "rating_widget"), 3), "clicked");
  g_assert_cmpint (sv_rating_widget_get_value (child (editor, "rating_widget")), ==, 4);
  type (child (editor, "speakers_row"), "Jane Doe, Jay Miller");
  adw_combo_row_set_selected (child (editor, "role_row"), SV_TALK_ROLE_WATCH_LATER);

  /* A comma ends a tag; what follows is taken when the editor saves. */
  type (child (editor, "tags_row"), "#packaging, pyp");
  g_assert_cmpstr (gtk_editable_get_text (child (editor, "tags_row")), ==, "pyp");
  g_assert_true (gtk_widget_get_visible (child (editor, "tags_box")));
  type (child (editor, "tags_row"), "pypi");

  sv_entry_editor_flush (editor);
  g_assert_cmpint (sv_entry_editor_get_entry_id (editor), >, 0);
  g_assert_cmpuint (count_entries (f), ==, before + 1);
  g_assert_cmpstr (gtk_editable_get_text (child (editor, "tags_row")), ==, "");

  entry = stored (f, sv_entry_editor_get_entry_id (editor));
  g_assert_cmpint (sv_entry_get_kind (entry), ==, SV_ENTRY_KIND_TALK);
  g_assert_cmpstr (sv_entry_get_title (entry), ==, "Friends Don’t Let Friends Package Alone, again");
  g_assert_cmpstr (sv_entry_get_day (entry), ==, "2024-05-18");
  g_assert_cmpint (sv_entry_get_start_time (entry), ==, 14 * 60);
  g_assert_cmpint (sv_entry_get_end_time (entry), ==, 14 * 60 + 30);
  g_assert_cmpstr (sv_entry_get_body (entry), ==, "Packaging is less scary now.");
  g_assert_cmpint (sv_entry_get_rating (entry), ==, 4);
  g_assert_cmpstrv (sv_entry_get_tags (entry), expected_tags);
  g_assert_cmpstrv (sv_entry_get_speakers (entry), expected_speakers);
  talk = sv_entry_get_talk (entry);
  g_assert_nonnull (talk);
  g_assert_cmpint (sv_talk_get_role (talk), ==, SV_TALK_ROLE_WATCH_LATER);
  g_assert_null (sv_entry_get_meal (entry));

  /* Saved, it can now be deleted and given photos. */
  g_assert_true (gtk_widget_get_visible (child (editor, "delete_button")));
  g_assert_true (gtk_widget_get_sensitive (child (editor, "photo_group")));

  close_editor (editor);
}

static void
test_untitled_is_not_saved (Fixture      *f,
                            gconstpointer data)
{
  SvEntryEditor *editor = open_editor (f->store, NULL, f->trip_id, 0);
  guint          before = count_entries (f);

  sv_rating_widget_set_value (child (editor, "rating_widget"), 3);
  gtk_switch_set_active (child (editor, "highlight_switch"), TRUE);
  type (child (editor, "title_row"), "   ");
  g_assert_false (gtk_widget_get_sensitive (child (editor, "photo_group")));

  /* Closing the window saves what is pending: here, nothing. */
  gtk_window_close (GTK_WINDOW (editor));
  process ();
  g_assert_cmpuint (count_entries (f), ==, before);
}

static void
test_edit_title (Fixture      *f,
                 gconstpointer data)
{
  gint64         id;
  SvEntryEditor *editor = edit_entry (f, "The Design of Everyday APIs", &id);
  g_autoptr (SvEntry) before = stored (f, id);
  g_autoptr (SvEntry) after = NULL;
  g_autoptr (SvEntry) closed = NULL;

  g_assert_cmpstr (gtk_editable_get_text (child (editor, "title_row")), ==, "The Design of Everyday APIs");
  g_assert_cmpstr (gtk_editable_get_text (child (editor, "speakers_row")), ==, "Lynn Root");

  /* Typing waits for a pause before it is saved... */
  type (child (editor, "title_row"), "The Design of Everyday APIs (Lynn Root)");
  after = stored (f, id);
  g_assert_cmpstr (sv_entry_get_title (after), ==, "The Design of Everyday APIs");
  g_clear_object (&after);

  /* ...or for the editor to save it. */
  sv_entry_editor_flush (editor);
  after = stored (f, id);
  g_assert_cmpstr (sv_entry_get_title (after), ==, "The Design of Everyday APIs (Lynn Root)");
  /* Nothing else moved. */
  g_assert_cmpint (sv_entry_get_start_time (after), ==, sv_entry_get_start_time (before));
  g_assert_cmpint (sv_entry_get_rating (after), ==, sv_entry_get_rating (before));
  g_assert_cmpstrv (sv_entry_get_tags (after), sv_entry_get_tags (before));
  g_assert_true (sv_talk_get_recommended (sv_entry_get_talk (after)));

  /* A switch saves at once. */
  gtk_switch_set_active (child (editor, "private_switch"), TRUE);
  g_clear_object (&after);
  after = stored (f, id);
  g_assert_true (sv_entry_get_private (after));

  /* Closing with the window's close button saves pending typing too. */
  type (child (editor, "room_row"), "Ballroom A");
  gtk_window_close (GTK_WINDOW (editor));
  process ();
  closed = stored (f, id);
  g_assert_cmpstr (sv_talk_get_room (sv_entry_get_talk (closed)), ==, "Ballroom A");
}

static void
test_invalid_time (Fixture      *f,
                   gconstpointer data)
{
  gint64         id;
  SvEntryEditor *editor = edit_entry (f, "The Design of Everyday APIs", &id);
  GtkLabel      *error = child (editor, "basics_error");
  GtkWidget     *start_row = child (editor, "start_row");
  GtkWidget     *end_row = child (editor, "end_row");
  g_autoptr (SvEntry) entry = NULL;

  type (start_row, "25:99");
  type (child (editor, "title_row"), "Renamed while the time is wrong");
  sv_entry_editor_flush (editor);
  g_assert_true (shows_error (error, start_row, "25:99"));

  /* Nothing at all is saved while a value is refused. */
  entry = stored (f, id);
  g_assert_cmpint (sv_entry_get_start_time (entry), ==, 11 * 60 + 15);
  g_assert_cmpstr (sv_entry_get_title (entry), ==, "The Design of Everyday APIs");
  g_clear_object (&entry);

  /* An end before the start is refused too, under the end. */
  type (start_row, "11:20");
  type (end_row, "10:00");
  sv_entry_editor_flush (editor);
  g_assert_false (gtk_widget_has_css_class (start_row, "error"));
  g_assert_true (shows_error (error, end_row, "before the start"));
  entry = stored (f, id);
  g_assert_cmpint (sv_entry_get_start_time (entry), ==, 11 * 60 + 15);
  g_clear_object (&entry);

  /* Fixed, everything waiting is saved and the message goes. */
  type (end_row, "11:50");
  sv_entry_editor_flush (editor);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_false (gtk_widget_has_css_class (end_row, "error"));
  entry = stored (f, id);
  g_assert_cmpint (sv_entry_get_start_time (entry), ==, 11 * 60 + 20);
  g_assert_cmpint (sv_entry_get_end_time (entry), ==, 11 * 60 + 50);
  g_assert_cmpstr (sv_entry_get_title (entry), ==, "Renamed while the time is wrong");
  g_clear_object (&entry);

  /* A time on a trip-level note has no day to be on. */
  adw_combo_row_set_selected (child (editor, "day_row"), 0);
  g_assert_true (shows_error (error, start_row, "needs a day"));
  entry = stored (f, id);
  g_assert_cmpstr (sv_entry_get_day (entry), ==, "2024-05-17");

  close_editor (editor);
}

static void
test_day_outside_trip (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr (SvTrip) trip = sv_store_get_trip (f->store, f->trip_id, NULL);
  GtkWidget     *day_row;
  gint64         id;
  SvEntryEditor *editor;
  g_autoptr (SvEntry) entry = NULL;

  /* The trip got shorter after Sunday's museum visit was written down. */
  sv_trip_set_end_date (trip, "2024-05-18");
  g_assert_true (sv_store_save_trip (f->store, trip, NULL));
  editor = edit_entry (f, "Museum of Illusions", &id);
  day_row = child (editor, "day_row");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (day_row)), ==, combo_index (ADW_COMBO_ROW (day_row), "Sunday, 19 May"));

  /* The store refuses to save it there; the editor says so, in place. */
  sv_rating_widget_set_value (child (editor, "rating_widget"), 2);
  g_assert_true (gtk_widget_get_visible (child (editor, "basics_error")));
  g_assert_nonnull (strstr (gtk_label_get_text (child (editor, "basics_error")), "within the trip"));
  entry = stored (f, id);
  g_assert_cmpint (sv_entry_get_rating (entry), !=, 2);
  g_clear_object (&entry);

  /* A day of the trip, and all is saved. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (day_row), combo_index (ADW_COMBO_ROW (day_row), "Saturday, 18 May"));
  g_assert_false (gtk_widget_get_visible (child (editor, "basics_error")));
  entry = stored (f, id);
  g_assert_cmpint (sv_entry_get_rating (entry), ==, 2);
  g_assert_cmpstr (sv_entry_get_day (entry), ==, "2024-05-18");

  close_editor (editor);
}

static void
test_refused_link (Fixture      *f,
                   gconstpointer data)
{
  gint64         id;
  SvEntryEditor *editor = edit_entry (f, "The Design of Everyday APIs", &id);
  GtkWidget     *video_row = child (editor, "video_row");
  g_autoptr (SvEntry) entry = NULL;

  type (video_row, "javascript:alert(document.cookie)");
  sv_entry_editor_flush (editor);
  g_assert_true (shows_error (child (editor, "talk_error"), video_row, "http"));
  entry = stored (f, id);
  g_assert_null (sv_talk_get_video_url (sv_entry_get_talk (entry)));
  g_clear_object (&entry);

  type (video_row, "https://www.youtube.com/watch?v=example");
  type (child (editor, "slides_row"), "https://example.org/slides.pdf");
  sv_entry_editor_flush (editor);
  g_assert_false (gtk_widget_get_visible (child (editor, "talk_error")));
  entry = stored (f, id);
  g_assert_cmpstr (sv_talk_get_video_url (sv_entry_get_talk (entry)), ==, "https://www.youtube.com/watch?v=example");
  g_assert_cmpstr (sv_talk_get_slides_url (sv_entry_get_talk (entry)), ==, "https://example.org/slides.pdf");

  close_editor (editor);
}

static void
test_meal (Fixture      *f,
           gconstpointer data)
{
  gint64         id;
  SvEntryEditor *editor = edit_entry (f, "Dinner at Yuzu Kitchen", &id);
  AdwComboRow   *place_row = child (editor, "place_row");
  g_autoptr (SvEntry) entry = NULL;
  g_autoptr (SvPlace) place = NULL;
  SvMeal *meal;

  g_assert_true (gtk_widget_get_visible (child (editor, "meal_group")));
  g_assert_false (gtk_widget_get_visible (child (editor, "talk_group")));

  /* Choices are saved at once. */
  adw_combo_row_set_selected (place_row, combo_index (place_row, "Bae Bae's Kitchen"));
  gtk_spin_button_set_value (child (editor, "rank_spin"), 1);
  entry = stored (f, id);
  place = sv_store_get_place (f->store, sv_entry_get_place_id (entry), NULL);
  g_assert_cmpstr (sv_place_get_name (place), ==, "Bae Bae's Kitchen");
  g_assert_cmpint (sv_meal_get_favourite_rank (sv_entry_get_meal (entry)), ==, 1);
  g_assert_true (gtk_widget_get_visible (child (editor, "map_button")));
  g_clear_object (&entry);

  /* A price as people type it; a price that is not a number is refused. */
  type (child (editor, "price_row"), "twelve");
  sv_entry_editor_flush (editor);
  g_assert_true (shows_error (child (editor, "meal_error"), child (editor, "price_row"), "twelve"));
  type (child (editor, "price_row"), "23,50");
  type (child (editor, "currency_row"), "usd");
  type (child (editor, "dishes_row"), "Ramen, gyoza");
  sv_entry_editor_flush (editor);
  g_assert_false (gtk_widget_get_visible (child (editor, "meal_error")));
  entry = stored (f, id);
  meal = sv_entry_get_meal (entry);
  g_assert_cmpfloat_with_epsilon (sv_meal_get_price (meal), 23.5, 1e-9);
  g_assert_cmpstr (sv_meal_get_currency (meal), ==, "USD");
  g_assert_cmpstr (sv_meal_get_dishes (meal), ==, "Ramen, gyoza");
  g_clear_object (&entry);

  /* Another kind keeps the meal out of the entry; back, it returns. */
  adw_combo_row_set_selected (child (editor, "kind_row"), SV_ENTRY_KIND_ACTIVITY);
  g_assert_false (gtk_widget_get_visible (child (editor, "meal_group")));
  entry = stored (f, id);
  g_assert_null (sv_entry_get_meal (entry));
  g_assert_cmpint (sv_entry_get_kind (entry), ==, SV_ENTRY_KIND_ACTIVITY);
  g_clear_object (&entry);

  adw_combo_row_set_selected (child (editor, "kind_row"), SV_ENTRY_KIND_MEAL);
  entry = stored (f, id);
  g_assert_cmpint (sv_meal_get_favourite_rank (sv_entry_get_meal (entry)), ==, 1);
  g_assert_cmpstr (sv_meal_get_currency (sv_entry_get_meal (entry)), ==, "USD");

  close_editor (editor);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
test_new_place (Fixture      *f,
                gconstpointer data)
{
  gint64            id;
  SvEntryEditor    *editor = edit_entry (f, "Dinner at Yuzu Kitchen", &id);
  AdwComboRow      *place_row = child (editor, "place_row");
  guint             yuzu = adw_combo_row_get_selected (place_row);
  AdwMessageDialog *dialog;
  GtkWidget        *name_row;
  g_autoptr (SvEntry) entry = NULL;
  g_autoptr (SvPlace) place = NULL;

  /* "New Place…" asks, and the entry keeps its place meanwhile. */
  adw_combo_row_set_selected (place_row, combo_index (place_row, "New Place…"));
  process ();
  g_assert_cmpuint (adw_combo_row_get_selected (place_row), ==, yuzu);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));

  name_row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (adw_message_dialog_get_extra_child (dialog)), 0));
  type (name_row, "Primanti Bros.");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "create"));
  adw_message_dialog_response (dialog, "create");
  process ();

  entry = stored (f, id);
  place = sv_store_get_place (f->store, sv_entry_get_place_id (entry), NULL);
  g_assert_cmpstr (sv_place_get_name (place), ==, "Primanti Bros.");
  g_assert_cmpint (sv_place_get_category (place), ==, SV_PLACE_CATEGORY_RESTAURANT);
  g_assert_cmpuint (adw_combo_row_get_selected (place_row), ==, combo_index (place_row, "Primanti Bros."));

  close_editor (editor);
}

static void
test_photos (Fixture      *f,
             gconstpointer data)
{
  gint64           id;
  SvEntryEditor   *editor = edit_entry (f, "Lightning talks", &id);
  g_autofree char *wide = write_png ("wide.png", 300, 200);
  g_autofree char *tall = write_png ("tall.png", 120, 160);
  g_autoptr (GPtrArray) photos = NULL;
  g_autoptr (GBytes) bytes = NULL;
  SvPhoto *photo;
  gint64   wide_id;

  g_assert_true (gtk_widget_get_visible (photo_child (editor, "drop_zone")));

  add_files (editor, wide, tall, NULL);
  g_assert_false (gtk_widget_get_visible (photo_child (editor, "error_label")));
  g_assert_cmpuint (n_photo_tiles (editor), ==, 2);
  g_assert_false (gtk_widget_get_visible (photo_child (editor, "drop_zone")));

  /* In the scrapbook, in the order given, with their sizes. */
  photos = sv_store_list_photos (f->store, id, NULL);
  g_assert_cmpuint (photos->len, ==, 2);
  photo = g_ptr_array_index (photos, 0);
  wide_id = sv_photo_get_id (photo);
  g_assert_cmpint (sv_photo_get_width (photo), ==, 300);
  g_assert_cmpint (sv_photo_get_height (photo), ==, 200);
  g_assert_cmpstr (sv_photo_get_mime_type (photo), ==, "image/png");
  g_assert_cmpint (sv_photo_get_width (g_ptr_array_index (photos, 1)), ==, 120);
  bytes = sv_store_load_photo_bytes (f->store, wide_id, NULL);
  g_assert_nonnull (bytes);
  g_clear_pointer (&photos, g_ptr_array_unref);

  /* A caption, then the first photo moved after the second. */
  type (tile_child (photo_tile (editor, 0), "caption_entry"), "Lightning talk queue");
  sv_entry_editor_flush (editor);
  g_assert_false (gtk_widget_get_visible (tile_child (photo_tile (editor, 0), "earlier_button")));
  g_signal_emit_by_name (tile_child (photo_tile (editor, 0), "later_button"), "clicked");
  photos = sv_store_list_photos (f->store, id, NULL);
  g_assert_cmpint (sv_photo_get_id (g_ptr_array_index (photos, 1)), ==, wide_id);
  g_assert_cmpstr (sv_photo_get_caption (g_ptr_array_index (photos, 1)), ==, "Lightning talk queue");
  g_assert_false (gtk_widget_get_visible (tile_child (photo_tile (editor, 1), "later_button")));
  g_clear_pointer (&photos, g_ptr_array_unref);

  /* Removed, then brought back with Undo, image and caption included. */
  g_signal_emit_by_name (tile_child (photo_tile (editor, 1), "remove_button"), "clicked");
  photos = sv_store_list_photos (f->store, id, NULL);
  g_assert_cmpuint (photos->len, ==, 1);
  g_clear_pointer (&photos, g_ptr_array_unref);
  g_assert_true (gtk_widget_get_visible (photo_child (editor, "undo_bar")));
  g_signal_emit_by_name (photo_child (editor, "undo_button"), "clicked");
  wait_for_photos (editor);
  g_assert_false (gtk_widget_get_visible (photo_child (editor, "undo_bar")));
  g_assert_cmpuint (n_photo_tiles (editor), ==, 2);
  photos = sv_store_list_photos (f->store, id, NULL);
  g_assert_cmpuint (photos->len, ==, 2);
  photo = g_ptr_array_index (photos, 1);
  g_assert_cmpstr (sv_photo_get_caption (photo), ==, "Lightning talk queue");
  g_assert_cmpint (sv_photo_get_width (photo), ==, 300);
  {
    g_autoptr (GBytes) restored = sv_store_load_photo_bytes (f->store, sv_photo_get_id (photo), NULL);

    g_assert_true (g_bytes_equal (restored, bytes));
  }

  close_editor (editor);

  /* Opened again, the editor shows them. */
  editor = open_editor (f->store, NULL, f->trip_id, id);
  wait_for_photos (editor);
  g_assert_cmpuint (n_photo_tiles (editor), ==, 2);
  close_editor (editor);
}

static void
test_broken_photo (Fixture      *f,
                   gconstpointer data)
{
  gint64           id;
  SvEntryEditor   *editor = edit_entry (f, "Lightning talks", &id);
  g_autofree char *path = g_build_filename (tmp_dir, "holiday.jpg", NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.png", NULL);
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);
  g_autoptr (GPtrArray) photos = NULL;
  GtkLabel *error;
  guint32   noise[1024];

  for (guint i = 0; i < G_N_ELEMENTS (noise); i++)
    noise[i] = g_rand_int (rand);
  g_assert_true (g_file_set_contents (path, (const char *) noise, sizeof noise, NULL));

  add_files (editor, path, missing, NULL);

  error = photo_child (editor, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_nonnull (strstr (gtk_label_get_text (error), "“holiday.jpg” is not an image"));
  g_assert_nonnull (strstr (gtk_label_get_text (error), "missing.png"));
  photos = sv_store_list_photos (f->store, id, NULL);
  g_assert_cmpuint (photos->len, ==, 0);
  g_assert_cmpuint (n_photo_tiles (editor), ==, 0);

  close_editor (editor);
}

static void
test_rating_keyboard (void)
{
  GtkWidget      *window = gtk_window_new ();
  SvRatingWidget *rating = SV_RATING_WIDGET (sv_rating_widget_new ());
  GtkWidget      *widget = GTK_WIDGET (rating);

  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_present (GTK_WINDOW (window));
  process ();
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 0);

  g_assert_true (press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_Right));
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 1);
  press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_Right);
  press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_Up);
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 3);
  press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_Left);
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 2);
  press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_End);
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 5);
  /* Not past the ends. */
  press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_Right);
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 5);
  press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_0);
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 0);
  press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_Left);
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 0);
  press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_4);
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 4);
  press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_Home);
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 0);
  /* Other keys are left to others: Tab still moves on. */
  g_assert_false (press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_Tab));
  g_assert_false (press_key (widget, GTK_PHASE_BUBBLE, GDK_KEY_9));

  /* A star click rates; clicking the same star again clears. */
  g_signal_emit_by_name (nth_child (widget, 2), "clicked");
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 3);
  g_signal_emit_by_name (nth_child (widget, 2), "clicked");
  g_assert_cmpint (sv_rating_widget_get_value (rating), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_completion (Fixture      *f,
                 gconstpointer data)
{
  SvEntryEditor    *editor = open_editor (f->store, NULL, f->trip_id, 0);
  GtkWidget        *speakers_row = child (editor, "speakers_row");
  SvNameCompletion *completion;

  adw_combo_row_set_selected (child (editor, "kind_row"), SV_ENTRY_KIND_TALK);
  process ();
  completion = completion_of (speakers_row);
  gtk_widget_grab_focus (speakers_row);

  /* Known persons, found without their accents. */
  type (speakers_row, "Jane Doe, vini");
  process ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (completion)));
  g_assert_true (press_key (speakers_row, GTK_PHASE_CAPTURE, GDK_KEY_Down));
  g_assert_true (press_key (speakers_row, GTK_PHASE_CAPTURE, GDK_KEY_Return));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (speakers_row)), ==, "Jane Doe, Vinícius Gubiani Ferreira, ");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (completion)));

  /* Nothing to suggest, nothing shown; Escape closes the suggestions. */
  type (speakers_row, "Zzz");
  process ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (completion)));
  type (speakers_row, "Ly");
  process ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (completion)));
  g_assert_true (press_key (speakers_row, GTK_PHASE_CAPTURE, GDK_KEY_Escape));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (completion)));

  close_editor (editor);
}

/* Names with invalid bytes or noncharacters neither crash the completion
 * nor reach its labels. */
static void
test_completion_bad_names (void)
{
  GtkWidget        *window = gtk_window_new ();
  GtkWidget        *entry = gtk_entry_new ();
  SvNameCompletion *completion;
  const char       *names[] = { "Ana\xff\xfe Lima", "Bo\xef\xbf\xbe"
                                                          "b",
                                NULL };

  gtk_window_set_child (GTK_WINDOW (window), entry);
  completion = sv_name_completion_new (entry);
  sv_name_completion_set_names (completion, names);
  gtk_window_present (GTK_WINDOW (window));
  process ();
  gtk_widget_grab_focus (entry);
  process ();

  type (entry, "lim");
  process ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (completion)));
  type (entry, "bo");
  process ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (completion)));

  sv_name_completion_accept (completion, "Bob");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Bob, ");

  gtk_widget_unparent (GTK_WIDGET (completion));
  gtk_window_destroy (GTK_WINDOW (window));
  process ();
}

static void
test_delete_and_undo (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "delete.souvenir", NULL);
  g_autofree char *png = write_png ("crowd.png", 64, 48);
  SvWindow        *window;
  SvEntryEditor   *editor;
  SvStore         *store;
  gint64           trip_id, id = 0;
  g_autoptr (SvEntry) restored = NULL;
  g_autoptr (GPtrArray) photos = NULL;
  g_autoptr (GPtrArray) entries = NULL;

  {
    g_autoptr (SvStore) demo = sv_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (sv_demo_populate (demo, &trip_id, &error));
  }

  window = sv_window_new (app, path);
  gtk_window_present (GTK_WINDOW (window));
  process ();
  store = sv_window_get_store (window);
  g_assert_nonnull (store);
  entries = sv_store_list_entries (store, trip_id, NULL);
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (sv_entry_get_title (g_ptr_array_index (entries, i)), "Lightning talks"))
      id = sv_entry_get_id (g_ptr_array_index (entries, i));
  g_assert_cmpint (id, >, 0);

  editor = open_editor (store, GTK_WINDOW (window), trip_id, id);
  add_files (editor, png, NULL);
  type (child (editor, "people_row"), "Jay Miller");

  /* Delete asks the main window, which trashes it and offers Undo. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL));
  process ();
  g_assert_null (editor);
  g_assert_null (sv_store_get_entry (store, id, &error));
  g_assert_error (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  restored = sv_store_get_entry (store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sv_entry_get_tags (restored));
  g_assert_cmpstr (sv_entry_get_people (restored)[0], ==, "Jay Miller");
  photos = sv_store_list_photos (store, id, NULL);
  g_assert_cmpuint (photos->len, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  process ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Not G_TEST_OPTION_ISOLATE_DIRS: GTK needs the system's MIME database
   * and icons from XDG_DATA_DIRS (see tests/meson.build). */
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  tmp_dir = g_dir_make_tmp ("souvenir-editor-XXXXXX", &error);
  g_assert_no_error (error);

  app = sv_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/souvenir/entry-editor/new-talk", test_new_talk);
  ADD ("/souvenir/entry-editor/untitled-is-not-saved", test_untitled_is_not_saved);
  ADD ("/souvenir/entry-editor/edit-title", test_edit_title);
  ADD ("/souvenir/entry-editor/invalid-time", test_invalid_time);
  ADD ("/souvenir/entry-editor/day-outside-trip", test_day_outside_trip);
  ADD ("/souvenir/entry-editor/refused-link", test_refused_link);
  ADD ("/souvenir/entry-editor/meal", test_meal);
  ADD ("/souvenir/entry-editor/new-place", test_new_place);
  ADD ("/souvenir/entry-editor/photos", test_photos);
  ADD ("/souvenir/entry-editor/broken-photo", test_broken_photo);
  ADD ("/souvenir/entry-editor/completion", test_completion);
#undef ADD
  g_test_add_func ("/souvenir/entry-editor/completion-bad-names", test_completion_bad_names);
  g_test_add_func ("/souvenir/entry-editor/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/souvenir/rating-widget/keyboard", test_rating_keyboard);

  status = g_test_run ();
  g_clear_object (&app);
  g_free (tmp_dir);
  return status;
}
