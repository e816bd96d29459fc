/* test-search-view.c: searching the demo scrapbook: results, snippets, activation, odd queries.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sv-search-row.h"
#include "sv-search-view.h"
#include "view-test-util.h"

typedef ViewFixture Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  view_fixture_setup (f, sv_search_view_new ());
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  view_fixture_teardown (f);
}

#define child(f, name) view_test_child ((f), (name))
#define iterate        view_test_iterate

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (f, "stack")));
}

static GListModel *
results (Fixture *f)
{
  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (child (f, "list_view"))));
}

static SvSearchResult *
result_at (Fixture *f,
           guint    position)
{
  g_autoptr (SvSearchResult) result = g_list_model_get_item (results (f), position);

  g_assert_nonnull (result);
  return result; /* the model keeps it alive */
}

static gboolean
has_result (Fixture    *f,
            const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (results (f)); i++)
    if (g_strcmp0 (sv_search_result_get_title (result_at (f, i)), title) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_bound (GtkWidget    *row,
          gconstpointer data)
{
  return sv_search_row_get_result (SV_SEARCH_ROW (row)) != NULL;
}

static const char *
row_label (SvSearchRow *row,
           const char  *name)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (row), SV_TYPE_SEARCH_ROW, name);

  return gtk_label_get_label (GTK_LABEL (label));
}

typedef struct
{
  gint64 trip_id;
  gint64 entry_id;
  guint  count;
} Activation;

static void
on_result_activated (SvSearchView *view,
                     gint64        trip_id,
                     gint64        entry_id,
                     Activation   *out)
{
  out->trip_id = trip_id;
  out->entry_id = entry_id;
  out->count++;
}

static void
test_origami (Fixture      *f,
              gconstpointer data)
{
  g_autoptr (SvEntry) origami = view_test_find_entry (f, f->trip_id, "Computational Origami");
  Activation   activation = { 0 };
  SvSearchRow *row;

  sv_search_view_set_query (SV_SEARCH_VIEW (f->view), "origami");
  iterate ();
  g_assert_cmpstr (visible_page (f), ==, "results");
  g_assert_cmpuint (g_list_model_get_n_items (results (f)), >=, 1);
  g_assert_cmpstr (sv_search_result_get_title (result_at (f, 0)), ==, "Computational Origami");

  /* The row: title, where it is, and the matched word in bold. */
  row = SV_SEARCH_ROW (view_test_find_widget (f->view, SV_TYPE_SEARCH_ROW, is_bound, NULL));
  g_assert_nonnull (row);
  g_assert_true (sv_search_row_get_result (row) == result_at (f, 0));
  g_assert_cmpstr (row_label (row, "title_label"), ==, "Computational Origami");
  g_assert_cmpstr (row_label (row, "context_label"), ==, "PyCon US 2024 · Saturday, 18 May");
  g_assert_nonnull (strstr (row_label (row, "snippet_label"), "<b>"));

  g_signal_connect (f->view, "result-activated", G_CALLBACK (on_result_activated), &activation);
  g_signal_emit_by_name (child (f, "list_view"), "activate", 0);
  g_assert_cmpuint (activation.count, ==, 1);
  g_assert_cmpint (activation.trip_id, ==, f->trip_id);
  g_assert_cmpint (activation.entry_id, ==, sv_entry_get_id (origami));

  /* Enter in the search entry does the same. */
  g_assert_true (sv_search_view_activate_first (SV_SEARCH_VIEW (f->view)));
  g_assert_cmpuint (activation.count, ==, 2);
  g_assert_cmpint (activation.entry_id, ==, sv_entry_get_id (origami));
}

static void
test_typing (Fixture      *f,
             gconstpointer data)
{
  const char *typed[] = { "o", "or", "ori", "orig", "origa", "origam" };

  /* Every keystroke searches; the last word is a prefix. */
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    sv_search_view_set_query (SV_SEARCH_VIEW (f->view), typed[i]);
  g_assert_cmpstr (sv_search_view_get_query (SV_SEARCH_VIEW (f->view)), ==, "origam");
  g_assert_cmpstr (sv_search_result_get_title (result_at (f, 0)), ==, "Computational Origami");
}

static void
test_accents (Fixture      *f,
              gconstpointer data)
{
  const char *title = "PEP 683: Immortal Objects – A new approach for memory managing";

  sv_search_view_set_query (SV_SEARCH_VIEW (f->view), "Vinícius");
  g_assert_true (has_result (f, title));
  sv_search_view_set_query (SV_SEARCH_VIEW (f->view), "vinicius");
  g_assert_true (has_result (f, title));
  sv_search_view_set_query (SV_SEARCH_VIEW (f->view), "VINICIUS gubiani");
  g_assert_true (has_result (f, title));
}

static void
test_fts_syntax (Fixture      *f,
                 gconstpointer data)
{
  const char *queries[] = { "\"NEAR( *", "NEAR(", "\"", "*", "AND", "OR NOT", "title:origami", "^origami", "-", "(", ")\"", "a\"b" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      sv_search_view_set_query (SV_SEARCH_VIEW (f->view), queries[i]);
      iterate ();
      g_assert_cmpstr (visible_page (f), !=, "error");
    }
}

static void
test_no_results (Fixture      *f,
                 gconstpointer data)
{
  AdwStatusPage *none = ADW_STATUS_PAGE (child (f, "none_page"));

  sv_search_view_set_query (SV_SEARCH_VIEW (f->view), "zeppelin");
  g_assert_cmpstr (visible_page (f), ==, "none");
  g_assert_cmpuint (g_list_model_get_n_items (results (f)), ==, 0);
  g_assert_nonnull (strstr (adw_status_page_get_description (none), "zeppelin"));
  g_assert_false (sv_search_view_activate_first (SV_SEARCH_VIEW (f->view)));

  sv_search_view_set_query (SV_SEARCH_VIEW (f->view), "");
  g_assert_cmpstr (visible_page (f), ==, "hint");
  sv_search_view_set_query (SV_SEARCH_VIEW (f->view), "   ");
  g_assert_cmpstr (visible_page (f), ==, "hint");
  g_assert_false (sv_search_view_activate_first (SV_SEARCH_VIEW (f->view)));
}

static void
test_follows_store (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) origami = view_test_find_entry (f, f->trip_id, "Computational Origami");

  sv_search_view_set_query (SV_SEARCH_VIEW (f->view), "origami");
  g_assert_true (has_result (f, "Computational Origami"));

  /* Deleted: gone from the results too. */
  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (origami), &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_false (has_result (f, "Computational Origami"));

  g_assert_true (sv_store_restore_entry (f->store, sv_entry_get_id (origami), &error));
  iterate ();
  g_assert_true (has_result (f, "Computational Origami"));
}

int
main (int   argc,
      char *argv[])
{
  view_test_init (&argc, &argv);

#define ADD(path, func) g_test_add ("/souvenir/search-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("origami", test_origami);
  ADD ("typing", test_typing);
  ADD ("accents", test_accents);
  ADD ("fts-syntax", test_fts_syntax);
  ADD ("no-results", test_no_results);
  ADD ("follows-store", test_follows_store);
#undef ADD

  return g_test_run ();
}
