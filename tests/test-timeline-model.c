/* test-timeline-model.c: the Timeline's model: headers, order, and following the store.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-demo.h"
#include "sv-timeline-model.h"
#include "test-util.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  char            *dir;
  SvStore         *store;
  SvTimelineModel *model;
  GArray          *changes; /* Change, as items-changed said them */
  gint64           trip_id;
} Fixture;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  Change change = { position, removed, added };

  g_array_append_val (f->changes, change);
}

static void
open_model (Fixture *f)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&f->model);
  f->model = sv_timeline_model_new (f->store, f->trip_id, &error);
  g_assert_no_error (error);
  g_signal_connect (f->model, "items-changed", G_CALLBACK (on_items_changed), f);
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = NULL;
  g_autofree char *path = NULL;

  f->dir = test_util_make_dir ();
  path = g_build_filename (f->dir, "scrapbook.souvenir", NULL);
  f->store = sv_store_open (path, &error);
  g_assert_no_error (error);
  f->changes = g_array_new (FALSE, FALSE, sizeof (Change));

  g_assert_true (sv_demo_populate (f->store, &f->trip_id, &error));
  g_assert_no_error (error);

  /* A few days more, for entries on days of their own. */
  trip = sv_store_get_trip (f->store, f->trip_id, &error);
  g_assert_no_error (error);
  sv_trip_set_end_date (trip, "2024-05-22");
  g_assert_true (sv_store_save_trip (f->store, trip, &error));
  g_assert_no_error (error);

  open_model (f);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
  test_util_remove_tree (f->dir);
  g_array_unref (f->changes);
  g_free (f->dir);
}

static SvTimelineItem *
item (Fixture *f,
      guint    position)
{
  SvTimelineItem *item = g_list_model_get_item (G_LIST_MODEL (f->model), position);

  g_assert_nonnull (item);
  /* The model keeps its own reference. */
  g_object_unref (item);
  return item;
}

static gint64
entry_id_at (Fixture *f,
             guint    position)
{
  SvEntry *entry = sv_timeline_item_get_entry (item (f, position));

  g_assert_nonnull (entry);
  return sv_entry_get_id (entry);
}

static guint
position_of (Fixture *f,
             gint64   entry_id)
{
  guint position = G_MAXUINT;

  g_assert_true (sv_timeline_model_find_entry (f->model, entry_id, &position));
  g_assert_cmpint (entry_id_at (f, position), ==, entry_id);
  return position;
}

static void
assert_changes (Fixture     *f,
                const Change expected[],
                guint        n)
{
  g_assert_cmpuint (f->changes->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const Change *change = &g_array_index (f->changes, Change, i);

      g_assert_cmpuint (change->position, ==, expected[i].position);
      g_assert_cmpuint (change->removed, ==, expected[i].removed);
      g_assert_cmpuint (change->added, ==, expected[i].added);
    }
  g_array_set_size (f->changes, 0);
}

/* What the model holds after following the store must be what a model
 * loaded afresh holds: same headers, same entries, same order. */
static void
assert_same_as_reloaded (Fixture *f)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTimelineModel) fresh = sv_timeline_model_new (f->store, f->trip_id, &error);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fresh)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SvTimelineItem) a = g_list_model_get_item (G_LIST_MODEL (f->model), i);
      g_autoptr (SvTimelineItem) b = g_list_model_get_item (G_LIST_MODEL (fresh), i);
      SvEntry *ea = sv_timeline_item_get_entry (a);
      SvEntry *eb = sv_timeline_item_get_entry (b);

      g_assert_cmpint (sv_timeline_item_get_kind (a), ==, sv_timeline_item_get_kind (b));
      g_assert_cmpstr (sv_timeline_item_get_day (a), ==, sv_timeline_item_get_day (b));
      if (ea != NULL)
        {
          g_assert_cmpint (sv_entry_get_id (ea), ==, sv_entry_get_id (eb));
          g_assert_cmpstr (sv_entry_get_title (ea), ==, sv_entry_get_title (eb));
          g_assert_cmpstr (sv_entry_get_place_name (ea), ==, sv_entry_get_place_name (eb));
        }
    }
}

static SvEntry *
new_entry (Fixture    *f,
           const char *day,
           int         start,
           const char *title)
{
  g_autoptr (GError) error = NULL;
  SvEntry *entry = sv_entry_new ();

  sv_entry_set_trip_id (entry, f->trip_id);
  sv_entry_set_day (entry, day);
  sv_entry_set_start_time (entry, start);
  sv_entry_set_kind (entry, SV_ENTRY_KIND_TALK);
  sv_entry_set_title (entry, title);
  g_assert_true (sv_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);

  return entry;
}

static SvEntry *
load_entry (Fixture *f,
            gint64   entry_id)
{
  g_autoptr (GError) error = NULL;
  SvEntry *entry = sv_store_get_entry (f->store, entry_id, &error);

  g_assert_no_error (error);
  return entry;
}

static void
save (Fixture *f,
      SvEntry *entry)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (sv_store_save_entry (f->store, entry, &error));
  g_assert_no_error (error);
}

/* The index of the header of DAY. */
static guint
header_of (Fixture    *f,
           const char *day)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  for (guint i = 0; i < n; i++)
    {
      SvTimelineItem *it = item (f, i);

      if (sv_timeline_item_get_kind (it) == SV_TIMELINE_ITEM_HEADER &&
          g_strcmp0 (sv_timeline_item_get_day (it), day) == 0)
        return i;
    }

  g_assert_not_reached ();
}

static void
test_headers_and_order (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = sv_store_list_entries (f->store, f->trip_id, &error);
  const char *days[] = { NULL, "2024-05-16", "2024-05-17", "2024-05-18", "2024-05-19" };
  guint       n = g_list_model_get_n_items (G_LIST_MODEL (f->model));
  guint       n_headers = 0;
  guint       next_entry = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 31);
  g_assert_cmpuint (sv_timeline_model_get_n_entries (f->model), ==, 31);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (f->model)) == SV_TYPE_TIMELINE_ITEM);

  /* The trip-level notes under their header, then one header per day,
   * each followed by its entries in the store's order. */
  for (guint i = 0; i < n; i++)
    {
      SvTimelineItem *it = item (f, i);

      if (sv_timeline_item_get_kind (it) == SV_TIMELINE_ITEM_HEADER)
        {
          g_assert_cmpuint (n_headers, <, G_N_ELEMENTS (days));
          g_assert_cmpstr (sv_timeline_item_get_day (it), ==, days[n_headers]);
          g_assert_null (sv_timeline_item_get_entry (it));
          n_headers++;
          continue;
        }

      g_assert_cmpuint (n_headers, >, 0);
      g_assert_cmpint (sv_entry_get_id (sv_timeline_item_get_entry (it)), ==,
                       sv_entry_get_id (g_ptr_array_index (entries, next_entry)));
      g_assert_cmpstr (sv_timeline_item_get_day (it), ==, days[n_headers - 1]);
      next_entry++;
    }

  g_assert_cmpuint (n_headers, ==, G_N_ELEMENTS (days));
  g_assert_cmpuint (next_entry, ==, entries->len);
  g_assert_cmpuint (n, ==, entries->len + G_N_ELEMENTS (days));
  g_assert_cmpstr (sv_entry_get_title (sv_timeline_item_get_entry (item (f, 1))), ==, "The Conference");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (f->model), n));
}

static void
test_no_trip (Fixture      *f,
              gconstpointer data)
{
  gint64 demo_id = f->trip_id;

  f->trip_id = 0;
  open_model (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 0);

  /* Entries of the trips do not show up. */
  f->trip_id = demo_id;
  g_object_unref (new_entry (f, "2024-05-17", 10 * 60, "Elsewhere"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, 0);
  g_assert_cmpuint (f->changes->len, ==, 0);
}

static void
test_add (Fixture      *f,
          gconstpointer data)
{
  guint  first_talk = header_of (f, "2024-05-17") + 1;
  gint64 keynote_id = entry_id_at (f, first_talk);
  gint64 second_id = entry_id_at (f, first_talk + 1);
  g_autoptr (SvEntry) keynote = load_entry (f, keynote_id);
  g_autoptr (SvEntry) early = NULL;
  g_autoptr (SvEntry) between = NULL;
  g_autoptr (SvEntry) late = NULL;
  g_autoptr (SvEntry) note = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  /* Between the first two entries of Friday: the store moves the others
   * down to make room, and the model follows. */
  between = new_entry (f, "2024-05-17", sv_entry_get_start_time (keynote) + 1, "Right after the keynote");
  assert_changes (f, (Change[]){ { first_talk + 1, 0, 1 } }, 1);
  g_assert_cmpint (entry_id_at (f, first_talk), ==, keynote_id);
  g_assert_cmpint (entry_id_at (f, first_talk + 1), ==, sv_entry_get_id (between));
  g_assert_cmpint (entry_id_at (f, first_talk + 2), ==, second_id);
  assert_same_as_reloaded (f);

  /* Before every other entry of the day. */
  early = new_entry (f, "2024-05-17", 0, "Breakfast");
  assert_changes (f, (Change[]){ { first_talk, 0, 1 } }, 1);
  g_assert_cmpint (entry_id_at (f, first_talk), ==, sv_entry_get_id (early));
  assert_same_as_reloaded (f);

  /* A day after the trip's last one gets a header of its own. */
  late = new_entry (f, "2024-05-20", 9 * 60, "Flight home");
  assert_changes (f, (Change[]){ { n + 2, 0, 2 } }, 1);
  g_assert_cmpint (sv_timeline_item_get_kind (item (f, n + 2)), ==, SV_TIMELINE_ITEM_HEADER);
  g_assert_cmpstr (sv_timeline_item_get_day (item (f, n + 2)), ==, "2024-05-20");
  g_assert_cmpint (entry_id_at (f, n + 3), ==, sv_entry_get_id (late));

  /* A trip-level note comes after the other notes, before the first day. */
  note = new_entry (f, NULL, -1, "The people");
  assert_changes (f, (Change[]){ { header_of (f, "2024-05-16") - 1, 0, 1 } }, 1);
  g_assert_cmpint (position_of (f, sv_entry_get_id (note)), ==, header_of (f, "2024-05-16") - 1);
  g_assert_cmpuint (sv_timeline_model_get_n_entries (f->model), ==, 35);
  assert_same_as_reloaded (f);
}

static void
test_change_in_place (Fixture      *f,
                      gconstpointer data)
{
  guint           position = header_of (f, "2024-05-18") + 2;
  gint64          id = entry_id_at (f, position);
  SvTimelineItem *before = item (f, position);
  g_autoptr (SvEntry) entry = load_entry (f, id);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  sv_entry_set_title (entry, "A better title");
  sv_entry_set_rating (entry, 2);
  save (f, entry);

  /* The same item, told as replaced; nothing else moved. */
  assert_changes (f, (Change[]){ { position, 1, 1 } }, 1);
  g_assert_true (item (f, position) == before);
  g_assert_cmpstr (sv_entry_get_title (sv_timeline_item_get_entry (before)), ==, "A better title");
  g_assert_cmpint (sv_entry_get_rating (sv_timeline_item_get_entry (before)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n);
}

static void
test_move_to_other_day (Fixture      *f,
                        gconstpointer data)
{
  guint  friday = header_of (f, "2024-05-17");
  guint  saturday = header_of (f, "2024-05-18");
  gint64 id = entry_id_at (f, friday + 1);
  g_autoptr (SvEntry) entry = load_entry (f, id);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  /* Friday's first entry, to Saturday (at its end: no time). */
  sv_entry_set_day (entry, "2024-05-18");
  sv_entry_set_start_time (entry, -1);
  sv_entry_set_end_time (entry, -1);
  sv_entry_set_position (entry, 0);
  save (f, entry);

  assert_changes (f, (Change[]){ { friday + 1, 1, 0 }, { header_of (f, "2024-05-19") - 1, 0, 1 } }, 2);
  g_assert_cmpuint (header_of (f, "2024-05-18"), ==, saturday - 1);
  g_assert_cmpuint (position_of (f, id), ==, header_of (f, "2024-05-19") - 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n);
  assert_same_as_reloaded (f);

  /* To a day of its own: a new header, after the last day. */
  g_clear_object (&entry);
  entry = load_entry (f, id);
  sv_entry_set_day (entry, "2024-05-21");
  save (f, entry);
  assert_changes (f, (Change[]){ { header_of (f, "2024-05-19"), 1, 0 }, { n - 1, 0, 2 } }, 2);
  g_assert_cmpstr (sv_timeline_item_get_day (item (f, n - 1)), ==, "2024-05-21");
  g_assert_cmpuint (position_of (f, id), ==, n);

  /* Back to a day that has entries: the lonely day's header goes too. */
  g_clear_object (&entry);
  entry = load_entry (f, id);
  sv_entry_set_day (entry, "2024-05-16");
  sv_entry_set_start_time (entry, 8 * 60);
  sv_entry_set_position (entry, 0);
  save (f, entry);
  assert_changes (f, (Change[]){ { n - 1, 2, 0 }, { header_of (f, "2024-05-16") + 1, 0, 1 } }, 2);
  g_assert_cmpuint (position_of (f, id), ==, header_of (f, "2024-05-16") + 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n);
  assert_same_as_reloaded (f);
}

static void
test_trash_last_of_day (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) lonely = new_entry (f, "2024-05-20", 9 * 60, "Flight home");
  guint  header = header_of (f, "2024-05-20");
  guint  friday = header_of (f, "2024-05-17");
  gint64 first_id = entry_id_at (f, friday + 1);
  guint  n;

  g_array_set_size (f->changes, 0);
  n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  /* Trashing an entry of a day that has others removes only its row. */
  g_assert_true (sv_store_trash_entry (f->store, first_id, &error));
  assert_changes (f, (Change[]){ { friday + 1, 1, 0 } }, 1);
  g_assert_false (sv_timeline_model_find_entry (f->model, first_id, NULL));
  g_assert_true (sv_store_restore_entry (f->store, first_id, &error));
  assert_changes (f, (Change[]){ { friday + 1, 0, 1 } }, 1);
  g_assert_cmpuint (position_of (f, first_id), ==, friday + 1);

  /* The last one takes its header along, and Undo brings both back. */
  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (lonely), &error));
  assert_changes (f, (Change[]){ { header, 2, 0 } }, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n - 2);
  assert_same_as_reloaded (f);

  g_assert_true (sv_store_restore_entry (f->store, sv_entry_get_id (lonely), &error));
  g_assert_no_error (error);
  assert_changes (f, (Change[]){ { header, 0, 2 } }, 1);
  g_assert_cmpuint (position_of (f, sv_entry_get_id (lonely)), ==, header + 1);

  /* Deleted for good, the same. */
  g_assert_true (sv_store_delete_entry (f->store, sv_entry_get_id (lonely), &error));
  assert_changes (f, (Change[]){ { header, 2, 0 } }, 1);
  assert_same_as_reloaded (f);
}

static void
test_other_trip (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();
  g_autoptr (SvEntry) entry = NULL;
  gint64 id;
  guint  n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  sv_trip_set_title (trip, "EuroPython 2024");
  g_assert_true (sv_store_save_trip (f->store, trip, &error));
  g_assert_no_error (error);

  /* What happens in another trip does not show here… */
  entry = sv_entry_new ();
  sv_entry_set_trip_id (entry, sv_trip_get_id (trip));
  sv_entry_set_day (entry, "2024-07-10");
  sv_entry_set_title (entry, "Keynote");
  save (f, entry);
  g_assert_true (sv_store_trash_entry (f->store, sv_entry_get_id (entry), &error));
  g_assert_cmpuint (f->changes->len, ==, 0);

  /* …until an entry moves here, or away. */
  g_clear_object (&entry);
  id = entry_id_at (f, header_of (f, "2024-05-19") + 1);
  entry = load_entry (f, id);
  sv_entry_set_trip_id (entry, sv_trip_get_id (trip));
  save (f, entry);
  assert_changes (f, (Change[]){ { header_of (f, "2024-05-19") + 1, 1, 0 } }, 1);
  g_assert_false (sv_timeline_model_find_entry (f->model, id, NULL));

  sv_entry_set_trip_id (entry, f->trip_id);
  save (f, entry);
  g_assert_cmpuint (f->changes->len, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n);
  assert_same_as_reloaded (f);
}

static void
test_place_renamed (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) places = sv_store_list_places (f->store, f->trip_id, &error);
  SvPlace *venue = NULL;
  guint    n_at_venue = 0;
  guint    n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  for (guint i = 0; i < places->len; i++)
    if (g_str_has_prefix (sv_place_get_name (g_ptr_array_index (places, i)), "David L. Lawrence"))
      venue = g_ptr_array_index (places, i);
  g_assert_nonnull (venue);

  for (guint i = 0; i < n; i++)
    {
      SvEntry *entry = sv_timeline_item_get_entry (item (f, i));

      if (entry != NULL && sv_entry_get_place_id (entry) == sv_place_get_id (venue))
        n_at_venue++;
    }
  g_assert_cmpuint (n_at_venue, >, 0);

  sv_place_set_name (venue, "The Convention Center");
  g_assert_true (sv_store_save_place (f->store, venue, &error));
  g_assert_no_error (error);

  /* Each entry at the venue is told as replaced, with the new name. */
  g_assert_cmpuint (f->changes->len, ==, n_at_venue);
  for (guint i = 0; i < f->changes->len; i++)
    {
      const Change *change = &g_array_index (f->changes, Change, i);
      SvEntry      *entry = sv_timeline_item_get_entry (item (f, change->position));

      g_assert_cmpuint (change->removed, ==, 1);
      g_assert_cmpuint (change->added, ==, 1);
      g_assert_cmpstr (sv_entry_get_place_name (entry), ==, "The Convention Center");
    }
  assert_same_as_reloaded (f);
}

static void
test_trip_trashed (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->model));

  g_assert_true (sv_store_trash_trip (f->store, f->trip_id, &error));
  assert_changes (f, (Change[]){ { 0, n, 0 } }, 1);
  g_assert_cmpuint (sv_timeline_model_get_n_entries (f->model), ==, 0);

  g_assert_true (sv_store_restore_trip (f->store, f->trip_id, &error));
  assert_changes (f, (Change[]){ { 0, 0, n } }, 1);
  assert_same_as_reloaded (f);
}

static void
test_big_trip (Fixture      *f,
               gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = sv_trip_new ();
  const guint n_entries = 10000;
  const guint n_days = 30;
  guint       last;

  sv_trip_set_title (trip, "A very long sprint");
  g_assert_true (sv_store_begin (f->store, &error));
  g_assert_true (sv_store_save_trip (f->store, trip, &error));
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr (SvEntry) entry = sv_entry_new ();
      g_autofree char *day = g_strdup_printf ("2024-06-%02u", 1 + i * 7 % n_days);
      g_autofree char *title = g_strdup_printf ("Entry %u", i);

      sv_entry_set_trip_id (entry, sv_trip_get_id (trip));
      /* A note about the trip every 500 entries, the rest spread over the days. */
      sv_entry_set_day (entry, i % 500 == 0 ? NULL : day);
      sv_entry_set_position (entry, 1 + i);
      sv_entry_set_title (entry, title);
      g_assert_true (sv_store_save_entry (f->store, entry, &error));
    }
  g_assert_true (sv_store_commit (f->store, &error));
  g_assert_no_error (error);

  f->trip_id = sv_trip_get_id (trip);
  open_model (f);
  g_assert_cmpuint (sv_timeline_model_get_n_entries (f->model), ==, n_entries);
  /* The entries, the notes' header and one header per day. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->model)), ==, n_entries + 1 + n_days);
  g_assert_null (sv_timeline_item_get_day (item (f, 0)));
  g_assert_cmpstr (sv_timeline_item_get_day (item (f, 21)), ==, "2024-06-01");

  /* Changes in a big trip touch only their rows. */
  last = g_list_model_get_n_items (G_LIST_MODEL (f->model)) - 1;
  {
    g_autoptr (SvEntry) entry = load_entry (f, entry_id_at (f, last));

    sv_entry_set_title (entry, "Renamed");
    save (f, entry);
    assert_changes (f, (Change[]){ { last, 1, 1 } }, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/souvenir/timeline-model/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("headers-and-order", test_headers_and_order);
  ADD ("no-trip", test_no_trip);
  ADD ("add", test_add);
  ADD ("change-in-place", test_change_in_place);
  ADD ("move-to-other-day", test_move_to_other_day);
  ADD ("trash-last-of-day", test_trash_last_of_day);
  ADD ("other-trip", test_other_trip);
  ADD ("place-renamed", test_place_renamed);
  ADD ("trip-trashed", test_trip_trashed);
  ADD ("big-trip", test_big_trip);

#undef ADD

  return g_test_run ();
}
