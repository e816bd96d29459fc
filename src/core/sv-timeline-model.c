/* sv-timeline-model.c: a trip day by day, as a list model that follows the store.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "sv-timeline-model.h"

struct _SvTimelineModel
{
  GObject parent_instance;

  /* owned */
  SvStore    *store;
  GPtrArray  *items;   /* SvTimelineItem, in timeline order */
  GHashTable *entries; /* entry id → its SvTimelineItem in items */

  gint64 trip_id;
  gulong entry_changed_id;
  gulong place_changed_id;
  gulong trip_changed_id;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_TRIP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  LOAD_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void sv_timeline_model_list_model_init (GListModelInterface *iface);
static void sv_timeline_model_initable_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SvTimelineModel, sv_timeline_model, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, sv_timeline_model_list_model_init) G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE, sv_timeline_model_initable_init))

/* Order */

/* The trip-level notes (no day) come before every day. */
static int
compare_days (const char *a,
              const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return strcmp (a, b);
}

static int
compare_ints (gint64 a,
              gint64 b)
{
  return (a > b) - (a < b);
}

/* The store's timeline order: by day, a day's header before its entries,
 * the entries by position and then id. */
static int
compare_entry_to_item (SvEntry        *entry,
                       SvTimelineItem *item)
{
  SvEntry *other = sv_timeline_item_get_entry (item);
  int      cmp = compare_days (sv_entry_get_day (entry), sv_timeline_item_get_day (item));

  if (cmp != 0)
    return cmp;
  if (other == NULL)
    return 1;

  cmp = compare_ints (sv_entry_get_position (entry), sv_entry_get_position (other));
  if (cmp != 0)
    return cmp;

  return compare_ints (sv_entry_get_id (entry), sv_entry_get_id (other));
}

static SvTimelineItem *
item_at (SvTimelineModel *self,
         guint            index)
{
  return g_ptr_array_index (self->items, index);
}

static gboolean
is_header (SvTimelineModel *self,
           guint            index)
{
  return sv_timeline_item_get_kind (item_at (self, index)) == SV_TIMELINE_ITEM_HEADER;
}

/* The first index whose item does not come before ENTRY. */
static guint
lower_bound (SvTimelineModel *self,
             SvEntry         *entry)
{
  guint lo = 0, hi = self->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_entry_to_item (entry, item_at (self, mid)) > 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* The first index whose day is DAY or later: the header of DAY if it has one. */
static guint
lower_bound_day (SvTimelineModel *self,
                 const char      *day)
{
  guint lo = 0, hi = self->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare_days (sv_timeline_item_get_day (item_at (self, mid)), day) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static guint
index_of (SvTimelineModel *self,
          SvTimelineItem  *item)
{
  guint index = lower_bound (self, sv_timeline_item_get_entry (item));

  if (index < self->items->len && item_at (self, index) == item)
    return index;

  /* Only an order the store changed behind our back gets here. */
  if (!g_ptr_array_find (self->items, item, &index))
    g_assert_not_reached ();
  return index;
}

static SvTimelineItem *
lookup (SvTimelineModel *self,
        gint64           entry_id)
{
  return g_hash_table_lookup (self->entries, &entry_id);
}

static void
remember (SvTimelineModel *self,
          SvTimelineItem  *item)
{
  gint64 id = sv_entry_get_id (sv_timeline_item_get_entry (item));

  g_hash_table_insert (self->entries, g_memdup2 (&id, sizeof id), item);
}

/* Loading */

static void
build (GPtrArray   *entries,
       GPtrArray  **items,
       GHashTable **by_id)
{
  const char *day = NULL;

  *items = g_ptr_array_new_full (entries->len + 8, g_object_unref);
  *by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry        *entry = g_ptr_array_index (entries, i);
      SvTimelineItem *item = sv_timeline_item_new_entry (entry);
      gint64          id = sv_entry_get_id (entry);

      /* The store lists entries in timeline order, days grouped. */
      if (i == 0 || compare_days (day, sv_entry_get_day (entry)) != 0)
        {
          day = sv_entry_get_day (entry);
          g_ptr_array_add (*items, sv_timeline_item_new_header (day));
        }

      g_ptr_array_add (*items, item);
      g_hash_table_insert (*by_id, g_memdup2 (&id, sizeof id), item);
    }
}

static gboolean
load (SvTimelineModel *self,
      gboolean         empty,
      GError         **error)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GPtrArray) old_items = g_steal_pointer (&self->items);
  g_autoptr (GHashTable) old_entries = g_steal_pointer (&self->entries);
  guint removed = old_items != NULL ? old_items->len : 0;

  /* A trip in the trash keeps its entries, but shows none of them. */
  if (self->trip_id > 0 && !empty)
    entries = sv_store_list_entries (self->store, self->trip_id, error);
  else
    entries = g_ptr_array_new ();

  if (entries == NULL)
    {
      self->items = g_steal_pointer (&old_items);
      self->entries = g_steal_pointer (&old_entries);
      return FALSE;
    }

  build (entries, &self->items, &self->entries);
  if (removed > 0 || self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);

  return TRUE;
}

static void
report (SvTimelineModel *self,
        const GError    *error)
{
  g_signal_emit (self, signals[LOAD_FAILED], 0, error);
}

/* Following the store */

/* Takes out the item at INDEX with its header when its day is left empty,
 * and says so. */
static void
remove_at (SvTimelineModel *self,
           guint            index)
{
  guint first = index;
  guint n = 1;

  g_ptr_array_remove_index (self->items, index);
  if (index > 0 && is_header (self, index - 1) &&
      (index == self->items->len || is_header (self, index)))
    {
      g_ptr_array_remove_index (self->items, index - 1);
      first = index - 1;
      n = 2;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), first, n, 0);
}

/* Puts ITEM in its place, with a header when its day is new. */
static void
insert (SvTimelineModel *self,
        SvTimelineItem  *item)
{
  SvEntry    *entry = sv_timeline_item_get_entry (item);
  const char *day = sv_entry_get_day (entry);
  guint       index = lower_bound_day (self, day);

  if (index < self->items->len && is_header (self, index) &&
      compare_days (sv_timeline_item_get_day (item_at (self, index)), day) == 0)
    {
      index = lower_bound (self, entry);
      g_ptr_array_insert (self->items, index, g_object_ref (item));
      g_list_model_items_changed (G_LIST_MODEL (self), index, 0, 1);
      return;
    }

  g_ptr_array_insert (self->items, index, sv_timeline_item_new_header (day));
  g_ptr_array_insert (self->items, index + 1, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), index, 0, 2);
}

/* Saving an entry with position 0 moves the later ones of its day down
 * without a signal for each: read the day's positions again. FALSE when
 * the day's order is no longer the one shown, which only a reload fixes. */
static gboolean
refresh_day (SvTimelineModel *self,
             const char      *day,
             gint64           skip_id,
             GError         **error)
{
  g_autoptr (GArray) positions = sv_store_list_day_positions (self->store, self->trip_id, day, error);
  SvEntry *previous = NULL;
  guint    index;

  if (positions == NULL)
    return FALSE;

  for (guint i = 0; i < positions->len; i++)
    {
      const SvEntryPosition *p = &g_array_index (positions, SvEntryPosition, i);
      SvTimelineItem        *item = p->entry_id != skip_id ? lookup (self, p->entry_id) : NULL;
      SvEntry               *entry = item != NULL ? sv_timeline_item_get_entry (item) : NULL;

      if (entry != NULL && compare_days (sv_entry_get_day (entry), day) == 0)
        sv_entry_set_position (entry, p->position);
    }

  index = lower_bound_day (self, day);
  for (guint i = index + 1; i < self->items->len && !is_header (self, i); i++)
    {
      SvEntry *entry = sv_timeline_item_get_entry (item_at (self, i));

      if (sv_entry_get_id (entry) == skip_id)
        continue;
      if (previous != NULL && compare_entry_to_item (previous, item_at (self, i)) > 0)
        return FALSE;
      previous = entry;
    }

  return TRUE;
}

static void
remove_entry (SvTimelineModel *self,
              gint64           entry_id)
{
  SvTimelineItem *item = lookup (self, entry_id);
  guint           index;

  if (item == NULL)
    return;

  /* Forgotten first: who hears of the removal sees the model as it is. */
  index = index_of (self, item);
  g_hash_table_remove (self->entries, &entry_id);
  remove_at (self, index);
}

/* ENTRY, fresh from the store, goes where it belongs: in place when only
 * its contents changed, else out of its old place and into the new one. */
static void
put_entry (SvTimelineModel *self,
           SvEntry         *entry)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTimelineItem) item = NULL;
  SvTimelineItem *existing = lookup (self, sv_entry_get_id (entry));
  guint           old_index = 0;

  if (sv_entry_get_trip_id (entry) != self->trip_id)
    {
      remove_entry (self, sv_entry_get_id (entry));
      return;
    }

  if (existing != NULL)
    old_index = index_of (self, existing);

  if (!refresh_day (self, sv_entry_get_day (entry), sv_entry_get_id (entry), &error))
    {
      if (error != NULL)
        report (self, error);
      else if (!load (self, FALSE, &error))
        report (self, error);
      return;
    }

  if (existing != NULL)
    {
      gboolean same_day = compare_days (sv_timeline_item_get_day (existing), sv_entry_get_day (entry)) == 0;

      /* Out of the array without a word, to see where the new version goes. */
      item = g_ptr_array_steal_index (self->items, old_index);
      if (same_day && lower_bound (self, entry) == old_index)
        {
          g_ptr_array_insert (self->items, old_index, g_object_ref (item));
          sv_timeline_item_set_entry (item, entry);
          g_list_model_items_changed (G_LIST_MODEL (self), old_index, 1, 1);
          return;
        }

      /* Put back, then removed as the views are told. */
      g_ptr_array_insert (self->items, old_index, g_object_ref (item));
      remove_at (self, old_index);
      sv_timeline_item_set_entry (item, entry);
    }
  else
    {
      item = sv_timeline_item_new_entry (entry);
      remember (self, item);
    }

  insert (self, item);
}

static void
on_store_entry_changed (SvStore         *store,
                        gint64           trip_id,
                        gint64           entry_id,
                        int              change,
                        SvTimelineModel *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvEntry) entry = NULL;

  /* An entry that moved to another trip is announced with its new trip. */
  if (trip_id != self->trip_id && lookup (self, entry_id) == NULL)
    return;

  if (change == SV_STORE_CHANGE_REMOVED)
    {
      remove_entry (self, entry_id);
      return;
    }

  entry = sv_store_get_entry (self->store, entry_id, &error);
  if (entry != NULL)
    put_entry (self, entry);
  else if (g_error_matches (error, SV_STORE_ERROR, SV_STORE_ERROR_NOT_FOUND))
    remove_entry (self, entry_id);
  else
    report (self, error);
}

/* A place's new name (or its removal) shows on the entries at it. */
static void
on_store_place_changed (SvStore         *store,
                        gint64           place_id,
                        int              change,
                        SvTimelineModel *self)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (change == SV_STORE_CHANGE_ADDED)
    return;

  for (guint i = 0; i < self->items->len; i++)
    {
      SvEntry *entry = sv_timeline_item_get_entry (item_at (self, i));

      if (entry != NULL && sv_entry_get_place_id (entry) == place_id)
        {
          gint64 id = sv_entry_get_id (entry);

          g_array_append_val (ids, id);
        }
    }

  for (guint i = 0; i < ids->len; i++)
    on_store_entry_changed (store, self->trip_id, g_array_index (ids, gint64, i), SV_STORE_CHANGE_CHANGED, self);
}

/* A trip moved to the trash takes its entries along without a signal for
 * each, and Undo brings them all back. */
static void
on_store_trip_changed (SvStore         *store,
                       gint64           trip_id,
                       int              change,
                       SvTimelineModel *self)
{
  g_autoptr (GError) error = NULL;

  if (trip_id != self->trip_id || change == SV_STORE_CHANGE_CHANGED)
    return;

  if (!load (self, change == SV_STORE_CHANGE_REMOVED, &error))
    report (self, error);
}

/* GListModel */

static GType
sv_timeline_model_get_item_type (GListModel *model)
{
  return SV_TYPE_TIMELINE_ITEM;
}

static guint
sv_timeline_model_get_n_items (GListModel *model)
{
  return SV_TIMELINE_MODEL (model)->items->len;
}

static gpointer
sv_timeline_model_get_item (GListModel *model,
                            guint       position)
{
  SvTimelineModel *self = SV_TIMELINE_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (item_at (self, position));
}

static void
sv_timeline_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sv_timeline_model_get_item_type;
  iface->get_n_items = sv_timeline_model_get_n_items;
  iface->get_item = sv_timeline_model_get_item;
}

/* GInitable */

static gboolean
sv_timeline_model_initable_init_impl (GInitable    *initable,
                                      GCancellable *cancellable,
                                      GError      **error)
{
  SvTimelineModel *self = SV_TIMELINE_MODEL (initable);

  if (!load (self, FALSE, error))
    return FALSE;

  self->entry_changed_id = g_signal_connect (self->store, "entry-changed", G_CALLBACK (on_store_entry_changed), self);
  self->place_changed_id = g_signal_connect (self->store, "place-changed", G_CALLBACK (on_store_place_changed), self);
  self->trip_changed_id = g_signal_connect (self->store, "trip-changed", G_CALLBACK (on_store_trip_changed), self);

  return TRUE;
}

static void
sv_timeline_model_initable_init (GInitableIface *iface)
{
  iface->init = sv_timeline_model_initable_init_impl;
}

/* GObject */

static void
sv_timeline_model_dispose (GObject *object)
{
  SvTimelineModel *self = SV_TIMELINE_MODEL (object);

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->entry_changed_id, self->store);
      g_clear_signal_handler (&self->place_changed_id, self->store);
      g_clear_signal_handler (&self->trip_changed_id, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sv_timeline_model_parent_class)->dispose (object);
}

static void
sv_timeline_model_finalize (GObject *object)
{
  SvTimelineModel *self = SV_TIMELINE_MODEL (object);

  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (sv_timeline_model_parent_class)->finalize (object);
}

static void
sv_timeline_model_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SvTimelineModel *self = SV_TIMELINE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TRIP_ID:
      g_value_set_int64 (value, self->trip_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_timeline_model_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SvTimelineModel *self = SV_TIMELINE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_TRIP_ID:
      self->trip_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_timeline_model_class_init (SvTimelineModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sv_timeline_model_dispose;
  object_class->finalize = sv_timeline_model_finalize;
  object_class->get_property = sv_timeline_model_get_property;
  object_class->set_property = sv_timeline_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SV_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIP_ID] =
    g_param_spec_int64 ("trip-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SvTimelineModel::load-failed:
   * @error: what the store said
   *
   * The store could not give an entry it announced; the model kept what
   * it had.
   */
  signals[LOAD_FAILED] =
    g_signal_new ("load-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
sv_timeline_model_init (SvTimelineModel *self)
{
}

SvTimelineModel *
sv_timeline_model_new (SvStore *store,
                       gint64   trip_id,
                       GError **error)
{
  g_return_val_if_fail (SV_IS_STORE (store), NULL);
  g_return_val_if_fail (trip_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (SV_TYPE_TIMELINE_MODEL, NULL, error,
                         "store", store,
                         "trip-id", trip_id,
                         NULL);
}

SvStore *
sv_timeline_model_get_store (SvTimelineModel *self)
{
  g_return_val_if_fail (SV_IS_TIMELINE_MODEL (self), NULL);

  return self->store;
}

gint64
sv_timeline_model_get_trip_id (SvTimelineModel *self)
{
  g_return_val_if_fail (SV_IS_TIMELINE_MODEL (self), 0);

  return self->trip_id;
}

guint
sv_timeline_model_get_n_entries (SvTimelineModel *self)
{
  g_return_val_if_fail (SV_IS_TIMELINE_MODEL (self), 0);

  return g_hash_table_size (self->entries);
}

gboolean
sv_timeline_model_find_entry (SvTimelineModel *self,
                              gint64           entry_id,
                              guint           *position)
{
  SvTimelineItem *item;

  g_return_val_if_fail (SV_IS_TIMELINE_MODEL (self), FALSE);

  item = lookup (self, entry_id);
  if (item == NULL)
    return FALSE;

  if (position != NULL)
    *position = index_of (self, item);
  return TRUE;
}
