/* test-summary-view.c: the Summary of the demo trip: numbers, top talks, favourites, watch later.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-summary-view.h"
#include "view-test-util.h"

typedef ViewFixture Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  view_fixture_setup (f, sv_summary_view_new ());
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  view_fixture_teardown (f);
}

#define child(f, name) GTK_WIDGET (view_test_child ((f), (name)))
#define iterate        view_test_iterate

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (f, "stack")));
}

static AdwPreferencesRow *
row_at (Fixture    *f,
        const char *list,
        int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (f, list)), index);

  return row ? ADW_PREFERENCES_ROW (row) : NULL;
}

static const char *
row_title (Fixture    *f,
           const char *list,
           int         index)
{
  AdwPreferencesRow *row = row_at (f, list, index);

  return row ? adw_preferences_row_get_title (row) : NULL;
}

static guint
count_rows (Fixture    *f,
            const char *list)
{
  guint n = 0;

  while (row_at (f, list, n) != NULL)
    n++;
  return n;
}

/* "4 Days, 18 Talks, …", as the tiles read. */
static char *
dup_numbers (Fixture *f)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *c = gtk_widget_get_first_child (child (f, "numbers_box")); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *tile = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (c));
      GtkWidget *number = gtk_widget_get_first_child (tile);
      GtkWidget *caption = gtk_widget_get_next_sibling (number);

      g_string_append_printf (text, "%s%s %s", text->len > 0 ? ", " : "",
                              gtk_label_get_text (GTK_LABEL (number)), gtk_label_get_text (GTK_LABEL (caption)));
    }

  return g_string_free (text, FALSE);
}

static void
test_numbers (Fixture      *f,
              gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *numbers = dup_numbers (f);
  g_autofree char *expected = NULL;
  SvTripStats      stats;

  g_assert_true (sv_store_get_trip_stats (f->store, f->trip_id, &stats, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("%u Days, %u Talks, %u Keynotes, %u Restaurants, %u Photos",
                              stats.days, stats.talks, stats.keynotes, stats.restaurants, stats.photos);
  g_assert_cmpstr (visible_page (f), ==, "summary");
  g_assert_cmpstr (numbers, ==, expected);
  g_assert_cmpstr (numbers, ==, "4 Days, 18 Talks, 3 Keynotes, 6 Restaurants, 0 Photos");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (f, "title_label"))), ==, "PyCon US 2024");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child (f, "summary_label"))), "My second PyCon"));
}

static void
on_entry_activated (SvSummaryView *view,
                    gint64         entry_id,
                    gint64        *out)
{
  *out = entry_id;
}

static void
test_top_talks (Fixture      *f,
                gconstpointer data)
{
  g_autoptr (SvEntry) first = view_test_find_entry (f, f->trip_id, "Keynote: Being a Black Python Developer");
  gint64 activated = 0;

  /* Five, best first; among equals, the earlier one. */
  g_assert_cmpuint (count_rows (f, "top_talks_list"), ==, 5);
  g_assert_cmpstr (row_title (f, "top_talks_list", 0), ==, "Keynote: Being a Black Python Developer");
  g_assert_cmpstr (row_title (f, "top_talks_list", 1), ==, "The Design of Everyday APIs");
  g_assert_cmpstr (row_title (f, "top_talks_list", 4), ==, "Extensible Python: Robustness through Addition");

  g_signal_connect (f->view, "entry-activated", G_CALLBACK (on_entry_activated), &activated);
  g_signal_emit_by_name (child (f, "top_talks_list"), "row-activated", row_at (f, "top_talks_list", 0));
  g_assert_cmpint (activated, ==, sv_entry_get_id (first));

  /* A lower rating moves a talk down. */
  sv_entry_set_rating (first, 3);
  view_test_save_entry (f, first);
  g_assert_cmpstr (row_title (f, "top_talks_list", 0), ==, "The Design of Everyday APIs");
}

static void
test_restaurants (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (SvEntry) gaucho = view_test_find_entry (f, f->trip_id, "Dinner at Gaucho Parrilla Argentina");
  g_autoptr (SvEntry) yuzu = view_test_find_entry (f, f->trip_id, "Dinner at Yuzu Kitchen");

  g_assert_cmpuint (count_rows (f, "restaurants_list"), ==, 2);
  g_assert_cmpstr (row_title (f, "restaurants_list", 0), ==, "Bae Bae's Kitchen");
  g_assert_cmpstr (row_title (f, "restaurants_list", 1), ==, "Gaucho Parrilla Argentina");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_at (f, "restaurants_list", 0))), ==, "Favourite · Snack");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_at (f, "restaurants_list", 1))), ==, "Runner-up · Dinner");

  /* A new runner-up. */
  sv_meal_set_favourite_rank (sv_entry_get_meal (gaucho), 0);
  view_test_save_entry (f, gaucho);
  sv_meal_set_favourite_rank (sv_entry_get_meal (yuzu), 2);
  view_test_save_entry (f, yuzu);
  g_assert_cmpstr (row_title (f, "restaurants_list", 0), ==, "Bae Bae's Kitchen");
  g_assert_cmpstr (row_title (f, "restaurants_list", 1), ==, "Yuzu Kitchen");
}

static void
test_best_rated_without_ranks (Fixture      *f,
                               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  gint64      trip_id = view_test_add_trip (f, "PyCon US 2025");
  const char *places[] = { "Yuzu Kitchen", "The Eleven", "Gaucho Parrilla Argentina" };
  const int   ratings[] = { 3, 5, 4 };
  g_autoptr (GPtrArray) known = sv_store_list_places (f->store, 0, &error);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autoptr (SvEntry) meal = sv_entry_new ();

      sv_entry_set_trip_id (meal, trip_id);
      sv_entry_set_kind (meal, SV_ENTRY_KIND_MEAL);
      sv_entry_set_title (meal, places[i]);
      sv_entry_set_rating (meal, ratings[i]);
      sv_meal_set_meal_type (sv_entry_ensure_meal (meal), SV_MEAL_TYPE_DINNER);
      for (guint j = 0; j < known->len; j++)
        if (g_strcmp0 (sv_place_get_name (g_ptr_array_index (known, j)), places[i]) == 0)
          sv_entry_set_place_id (meal, sv_place_get_id (g_ptr_array_index (known, j)));
      g_assert_cmpint (sv_entry_get_place_id (meal), !=, 0);
      g_assert_true (sv_store_save_entry (f->store, meal, &error));
      g_assert_no_error (error);
    }

  sv_trip_view_set_trip_id (SV_TRIP_VIEW (f->view), trip_id);
  iterate ();
  g_assert_cmpuint (count_rows (f, "restaurants_list"), ==, 2);
  g_assert_cmpstr (row_title (f, "restaurants_list", 0), ==, "The Eleven");
  g_assert_cmpstr (row_title (f, "restaurants_list", 1), ==, "Gaucho Parrilla Argentina");
  /* No talks: no talk sections. */
  g_assert_false (gtk_widget_get_visible (child (f, "top_talks_section")));
  g_assert_false (gtk_widget_get_visible (child (f, "watch_later_section")));
}

static void
test_watch_later (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr (SvEntry) origami = view_test_find_entry (f, f->trip_id, "Computational Origami");
  GtkWidget *link;

  g_assert_cmpuint (count_rows (f, "watch_later_list"), ==, 2);
  g_assert_cmpstr (row_title (f, "watch_later_list", 0), ==, "CPython’s Compilation Pipeline");
  g_assert_cmpstr (row_title (f, "watch_later_list", 1), ==, "Computational Origami");
  g_assert_null (view_test_find_widget (GTK_WIDGET (row_at (f, "watch_later_list", 1)), GTK_TYPE_LINK_BUTTON, NULL, NULL));

  /* With a recording, a link to it. */
  sv_talk_set_video_url (sv_entry_get_talk (origami), "https://www.youtube.com/watch?v=origami");
  view_test_save_entry (f, origami);
  link = view_test_find_widget (GTK_WIDGET (row_at (f, "watch_later_list", 1)), GTK_TYPE_LINK_BUTTON, NULL, NULL);
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==, "https://www.youtube.com/watch?v=origami");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (link)), ==, "Watch");

  /* Watched at last. */
  sv_talk_set_role (sv_entry_get_talk (origami), SV_TALK_ROLE_ATTENDED);
  view_test_save_entry (f, origami);
  g_assert_cmpuint (count_rows (f, "watch_later_list"), ==, 1);
}

static gboolean
lists_title (Fixture    *f,
             const char *list,
             const char *title)
{
  for (guint i = 0; row_at (f, list, i) != NULL; i++)
    if (g_strcmp0 (row_title (f, list, i), title) == 0)
      return TRUE;

  return FALSE;
}

static void
test_highlights (Fixture      *f,
                 gconstpointer data)
{
  const char *more[] = {
    "Bus into downtown",
    "Quiet evening, talk rehearsal",
    "Lightning talks",
    "You’ve got trust issues, we’ve got solutions: Differential Privacy",
    "Hallway chats",
  };

  /* The demo's seven, in timeline order. */
  g_assert_cmpuint (count_rows (f, "highlights_list"), ==, 7);
  g_assert_cmpstr (row_title (f, "highlights_list", 0), ==, "Keynote: Being a Black Python Developer");
  g_assert_cmpstr (row_title (f, "highlights_list", 6), ==, "Museum of Illusions");

  /* Twelve are too many: the ten best-rated stay, still in timeline order. */
  for (guint i = 0; i < G_N_ELEMENTS (more); i++)
    {
      g_autoptr (SvEntry) entry = view_test_find_entry (f, f->trip_id, more[i]);

      sv_entry_set_highlight (entry, TRUE);
      view_test_save_entry (f, entry);
    }
  g_assert_cmpuint (count_rows (f, "highlights_list"), ==, 10);
  g_assert_cmpstr (row_title (f, "highlights_list", 0), ==, "Bus into downtown");
  g_assert_true (lists_title (f, "highlights_list", "Lightning talks"));
  g_assert_true (lists_title (f, "highlights_list", "Museum of Illusions"));
  g_assert_false (lists_title (f, "highlights_list", "Hallway chats"));
}

static void
test_hidden_then_shown (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (SvEntry) jit = view_test_find_entry (f, f->trip_id, "Building A JIT Compiler in CPython");

  gtk_widget_set_visible (GTK_WIDGET (f->view), FALSE);
  sv_entry_set_title (jit, "Building a JIT Compiler for CPython");
  view_test_save_entry (f, jit);
  gtk_widget_set_visible (GTK_WIDGET (f->view), TRUE);
  iterate ();
  g_assert_cmpstr (row_title (f, "top_talks_list", 3), ==, "Building a JIT Compiler for CPython");
}

static void
test_empty_trip (Fixture      *f,
                 gconstpointer data)
{
  gint64 trip_id = view_test_add_trip (f, "DjangoCon Europe 2024");

  sv_trip_view_set_trip_id (SV_TRIP_VIEW (f->view), trip_id);
  iterate ();
  g_assert_cmpstr (visible_page (f), ==, "empty");

  sv_trip_view_set_trip_id (SV_TRIP_VIEW (f->view), f->trip_id);
  iterate ();
  g_assert_cmpstr (visible_page (f), ==, "summary");
}

int
main (int   argc,
      char *argv[])
{
  view_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/souvenir/summary-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("numbers", test_numbers);
  ADD ("top-talks", test_top_talks);
  ADD ("restaurants", test_restaurants);
  ADD ("best-rated-without-ranks", test_best_rated_without_ranks);
  ADD ("watch-later", test_watch_later);
  ADD ("highlights", test_highlights);
  ADD ("hidden-then-shown", test_hidden_then_shown);
  ADD ("empty-trip", test_empty_trip);
#undef ADD

  return g_test_run ();
}
