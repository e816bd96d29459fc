/* test-talks-view.c: the Talks grid on the demo trip: filters, sorting, live updates.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-rating-label.h"
#include "sv-talk-card.h"
#include "sv-talks-view.h"
#include "view-test-util.h"

typedef ViewFixture Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  view_fixture_setup (f, sv_talks_view_new ());
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  view_fixture_teardown (f);
}

#define child(f, name) view_test_child ((f), (name))

static GListModel *
shown (Fixture *f)
{
  return G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (child (f, "grid_view"))));
}

static SvEntry *
shown_entry (Fixture *f,
             guint    position)
{
  g_autoptr (SvEntry) entry = g_list_model_get_item (shown (f), position);

  g_assert_nonnull (entry);
  return entry; /* the model keeps it alive */
}

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (f, "stack")));
}

/* What the store holds, counted without the view's help. */
static guint
count_store_talks (Fixture *f,
                   gboolean (*keep) (SvEntry *entry))
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = sv_store_list_entries (f->store, f->trip_id, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (entries, i);

      if (sv_entry_kind_is_talk (sv_entry_get_kind (entry)) && (keep == NULL || keep (entry)))
        n++;
    }

  return n;
}

static gboolean
is_watch_later (SvEntry *entry)
{
  return sv_entry_get_talk (entry) != NULL && sv_talk_get_role (sv_entry_get_talk (entry)) == SV_TALK_ROLE_WATCH_LATER;
}

static gboolean
is_recommended (SvEntry *entry)
{
  return sv_entry_get_talk (entry) != NULL && sv_talk_get_recommended (sv_entry_get_talk (entry));
}

static gboolean
is_keynote (SvEntry *entry)
{
  return sv_entry_get_kind (entry) == SV_ENTRY_KIND_KEYNOTE;
}

static guint
find_shown (Fixture    *f,
            const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (shown (f)); i++)
    if (g_strcmp0 (sv_entry_get_title (shown_entry (f, i)), title) == 0)
      return i;

  return G_MAXUINT;
}

static gboolean
shows_entry (GtkWidget    *card,
             gconstpointer entry_id)
{
  SvEntry *entry = sv_talk_card_get_entry (SV_TALK_CARD (card));

  return entry != NULL && sv_entry_get_id (entry) == *(const gint64 *) entry_id;
}

/* The card on screen for an entry, or NULL when none shows it. */
static SvTalkCard *
find_card (Fixture *f,
           gint64   entry_id)
{
  return (SvTalkCard *) view_test_find_widget (f->view, SV_TYPE_TALK_CARD, shows_entry, &entry_id);
}

static const char *
card_stars (SvTalkCard *card)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (card), SV_TYPE_TALK_CARD, "rating_label");

  return sv_rating_label_get_text (SV_RATING_LABEL (label));
}

static void
test_all_talks (Fixture      *f,
                gconstpointer data)
{
  guint n_talks = count_store_talks (f, NULL);

  g_assert_cmpuint (n_talks, ==, 18);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, n_talks);
  g_assert_cmpstr (visible_page (f), ==, "grid");

  /* In timeline order, with a card for what fits on screen. */
  g_assert_cmpstr (sv_entry_get_title (shown_entry (f, 0)), ==, "Keynote: Being a Black Python Developer");
  g_assert_nonnull (find_card (f, sv_entry_get_id (shown_entry (f, 0))));
  for (guint i = 0; i < n_talks; i++)
    g_assert_true (sv_entry_kind_is_talk (sv_entry_get_kind (shown_entry (f, i))));
}

static void
test_filters (Fixture      *f,
              gconstpointer data)
{
  GtkToggleButton *watch_later = GTK_TOGGLE_BUTTON (child (f, "watch_later_button"));
  GtkToggleButton *recommended = GTK_TOGGLE_BUTTON (child (f, "recommended_button"));
  GtkDropDown     *kind = GTK_DROP_DOWN (child (f, "kind_dropdown"));
  guint            n_talks = count_store_talks (f, NULL);

  gtk_toggle_button_set_active (watch_later, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, count_store_talks (f, is_watch_later));
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 2);
  g_assert_cmpstr (sv_entry_get_title (shown_entry (f, 0)), ==, "CPython’s Compilation Pipeline");
  g_assert_cmpstr (sv_entry_get_title (shown_entry (f, 1)), ==, "Computational Origami");
  gtk_toggle_button_set_active (watch_later, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, n_talks);

  gtk_toggle_button_set_active (recommended, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, count_store_talks (f, is_recommended));
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (is_recommended (shown_entry (f, i)));
  gtk_toggle_button_set_active (recommended, FALSE);

  gtk_drop_down_set_selected (kind, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, count_store_talks (f, is_keynote));
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (is_keynote (shown_entry (f, i)));

  /* No keynote is left to watch: the view says so, and offers a way back. */
  gtk_toggle_button_set_active (watch_later, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "no-match");
  g_signal_emit_by_name (child (f, "clear_filters_button"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, n_talks);
  g_assert_cmpstr (visible_page (f), ==, "grid");
  g_assert_false (gtk_toggle_button_get_active (watch_later));
  g_assert_cmpuint (gtk_drop_down_get_selected (kind), ==, 0);
}

static void
test_sort_by_rating (Fixture      *f,
                     gconstpointer data)
{
  GtkDropDown *sort = GTK_DROP_DOWN (child (f, "sort_dropdown"));
  guint        n = g_list_model_get_n_items (shown (f));

  gtk_drop_down_set_selected (sort, 1);
  g_assert_cmpint (sv_entry_get_rating (shown_entry (f, 0)), ==, 5);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (sv_entry_get_rating (shown_entry (f, i - 1)), >=, sv_entry_get_rating (shown_entry (f, i)));
  /* Unrated talks come last. */
  g_assert_cmpint (sv_entry_get_rating (shown_entry (f, n - 1)), ==, 0);

  gtk_drop_down_set_selected (sort, 0);
  g_assert_cmpstr (sv_entry_get_title (shown_entry (f, 0)), ==, "Keynote: Being a Black Python Developer");
  g_assert_cmpstr (sv_entry_get_title (shown_entry (f, n - 1)), ==, "Graphs and Vogue Dance: using data structures to create choreographies");
}

static void
test_follows_store (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) keynote = sv_entry_copy (shown_entry (f, 0));
  g_autoptr (SvEntry) talk = NULL;
  SvEntry    *untouched = shown_entry (f, 1);
  SvTalkCard *card = find_card (f, sv_entry_get_id (keynote));
  guint       n_talks = g_list_model_get_n_items (shown (f));

  g_assert_nonnull (card);
  g_assert_cmpstr (card_stars (card), ==, "★★★★★");

  /* A new rating reaches the card; the other cards keep their entries. */
  sv_entry_set_rating (keynote, 2);
  view_test_save_entry (f, keynote);
  card = find_card (f, sv_entry_get_id (keynote));
  g_assert_nonnull (card);
  g_assert_cmpstr (card_stars (card), ==, "★★☆☆☆");
  g_assert_true (shown_entry (f, 1) == untouched);

  /* Unrated reads as such. */
  sv_entry_set_rating (keynote, 0);
  view_test_save_entry (f, keynote);
  g_assert_cmpstr (card_stars (find_card (f, sv_entry_get_id (keynote))), ==, "Not rated");

  /* A new talk gets a card; in the trash it goes away. */
  talk = sv_entry_new ();
  sv_entry_set_trip_id (talk, f->trip_id);
  sv_entry_set_day (talk, "2024-05-19");
  sv_entry_set_start_time (talk, 16 * 60);
  sv_entry_set_kind (talk, SV_ENTRY_KIND_TUTORIAL);
  sv_entry_set_title (talk, "Sprint Orientation");
  g_assert_true (sv_store_save_entry (f->store, talk, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, n_talks + 1);
  g_assert_cmpuint (find_shown (f, "Sprint Orientation"), ==, n_talks);

  /* A talk that becomes a meal is no talk any more. */
  sv_entry_set_kind (talk, SV_ENTRY_KIND_MEAL);
  g_assert_true (sv_store_save_entry (f->store, talk, &error));
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, n_talks);
  sv_entry_set_kind (talk, SV_ENTRY_KIND_TALK);
  g_assert_true (sv_store_save_entry (f->store, talk, &error));
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, n_talks + 1);

  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (talk), &error));
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, n_talks);
  g_assert_cmpuint (find_shown (f, "Sprint Orientation"), ==, G_MAXUINT);
  g_assert_true (sv_store_restore_entry (f->store, sv_entry_get_id (talk), &error));
  g_assert_cmpuint (find_shown (f, "Sprint Orientation"), ==, n_talks);
  g_assert_true (shown_entry (f, 1) == untouched);
}

static void
on_entry_activated (SvTalksView *view,
                    gint64       entry_id,
                    gint64      *out)
{
  *out = entry_id;
}

static void
test_activate (Fixture      *f,
               gconstpointer data)
{
  gint64 activated = 0;
  guint  origami;

  g_signal_connect (f->view, "entry-activated", G_CALLBACK (on_entry_activated), &activated);
  origami = find_shown (f, "Computational Origami");
  g_assert_cmpuint (origami, !=, G_MAXUINT);
  g_signal_emit_by_name (child (f, "grid_view"), "activate", origami);
  g_assert_cmpint (activated, ==, sv_entry_get_id (shown_entry (f, origami)));
}

static void
test_empty_trip (Fixture      *f,
                 gconstpointer data)
{
  gint64 trip_id = view_test_add_trip (f, "DjangoCon Europe 2024");

  sv_trip_view_set_trip_id (SV_TRIP_VIEW (f->view), trip_id);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 0);
  g_assert_cmpstr (visible_page (f), ==, "empty");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (child (f, "toolbar"))));

  sv_trip_view_set_trip_id (SV_TRIP_VIEW (f->view), f->trip_id);
  g_assert_cmpuint (g_list_model_get_n_items (shown (f)), ==, 18);
  g_assert_cmpstr (visible_page (f), ==, "grid");
}

int
main (int   argc,
      char *argv[])
{
  view_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/souvenir/talks-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("all-talks", test_all_talks);
  ADD ("filters", test_filters);
  ADD ("sort-by-rating", test_sort_by_rating);
  ADD ("follows-store", test_follows_store);
  ADD ("activate", test_activate);
  ADD ("empty-trip", test_empty_trip);
#undef ADD

  return g_test_run ();
}
