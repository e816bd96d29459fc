/* sv-store-people.c: the store's persons and tags, and the lists of them
 * that entries have (speakers, people met, tags).
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-store-private.h"
#include "sv-uri.h"

/* Reading the people and tags of entries */

/* Adds a name to the GPtrArray of names kept per entry in HASH. */
static void
collect_name (GHashTable *hash,
              gint64      entry_id,
              const char *name)
{
  GPtrArray *names = g_hash_table_lookup (hash, &entry_id);

  if (names == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = entry_id;
      names = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (hash, key, names);
    }
  g_ptr_array_add (names, g_strdup (name));
}

static void
apply_names (GHashTable *hash,
             SvEntry    *entry,
             void (*setter) (SvEntry *, const char * const *))
{
  gint64     id = sv_entry_get_id (entry);
  GPtrArray *names = g_hash_table_lookup (hash, &id);

  if (names == NULL)
    return;

  g_ptr_array_add (names, NULL);
  setter (entry, (const char * const *) names->pdata);
  g_ptr_array_remove_index (names, names->len - 1);
}

/* Names per entry id, each a GPtrArray of strings. */
typedef struct
{
  GHashTable *speakers;
  GHashTable *met;
  GHashTable *tags;
} EntryLists;

static gboolean
person_name_from_row (SvStore      *self,
                      sqlite3_stmt *stmt,
                      gpointer      user_data)
{
  EntryLists *lists = user_data;
  gboolean    speaker = g_strcmp0 (sv_store_column_text (self, stmt, 1), "speaker") == 0;

  collect_name (speaker ? lists->speakers : lists->met,
                sqlite3_column_int64 (stmt, 0), sv_store_column_text (self, stmt, 2));
  return TRUE;
}

static gboolean
tag_name_from_row (SvStore      *self,
                   sqlite3_stmt *stmt,
                   gpointer      user_data)
{
  EntryLists *lists = user_data;

  collect_name (lists->tags, sqlite3_column_int64 (stmt, 0), sv_store_column_text (self, stmt, 1));
  return TRUE;
}

/* Fills speakers, people met and tags of ENTRIES. The queries select rows
 * of one entry (?1 = id) or of a whole trip (?2 = trip id): one query per
 * list, not one per entry, so that a big trip loads quickly. */
gboolean
sv_store_load_entry_lists (SvStore   *self,
                           GPtrArray *entries,
                           gint64     entry_id,
                           gint64     trip_id,
                           GError   **error)
{
  g_autoptr (GHashTable) speakers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) met = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) tags = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  EntryLists    lists = { speakers, met, tags };
  sqlite3_stmt *stmt;

  stmt = sv_store_prepare (self,
                           "SELECT ep.entry_id, ep.role, p.name FROM entry_person ep "
                           "JOIN person p ON p.id = ep.person_id "
                           "WHERE ep.entry_id IN (SELECT ?1 UNION ALL SELECT id FROM entry WHERE trip_id = ?2) "
                           "ORDER BY ep.entry_id, ep.position",
                           error);
  if (stmt != NULL)
    {
      sv_store_bind_id (stmt, 1, entry_id);
      sv_store_bind_id (stmt, 2, trip_id);
    }
  if (!sv_store_read_each (self, stmt, person_name_from_row, &lists, error))
    return FALSE;

  stmt = sv_store_prepare (self,
                           "SELECT et.entry_id, t.name FROM entry_tag et "
                           "JOIN tag t ON t.id = et.tag_id "
                           "WHERE et.entry_id IN (SELECT ?1 UNION ALL SELECT id FROM entry WHERE trip_id = ?2) "
                           "ORDER BY et.entry_id, et.position",
                           error);
  if (stmt != NULL)
    {
      sv_store_bind_id (stmt, 1, entry_id);
      sv_store_bind_id (stmt, 2, trip_id);
    }
  if (!sv_store_read_each (self, stmt, tag_name_from_row, &lists, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (entries, i);

      apply_names (speakers, entry, sv_entry_set_speakers);
      apply_names (met, entry, sv_entry_set_people);
      apply_names (tags, entry, sv_entry_set_tags);
    }

  return TRUE;
}


/* Saving the people and tags of an entry */

/* Finds a row by its unique name in TABLE (person or tag), creating it. */
static gint64
find_or_create_named (SvStore    *self,
                      const char *find_sql,
                      const char *insert_sql,
                      const char *name,
                      GError    **error)
{
  sqlite3_stmt *stmt;
  gint64        id = 0;

  stmt = sv_store_prepare (self, find_sql, error);
  if (stmt != NULL)
    sv_store_bind_text (stmt, 1, name);
  if (!sv_store_read_int64 (self, stmt, SV_STORE_ROW_NONE, 0, &id, error))
    return 0;
  if (id != 0)
    return id;

  stmt = sv_store_prepare (self, insert_sql, error);
  if (stmt == NULL)
    return 0;
  sv_store_bind_text (stmt, 1, name);
  if (!sv_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

static gboolean
save_people (SvStore            *self,
             gint64              entry_id,
             const char         *role,
             const char * const *names,
             GError            **error)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));
      sqlite3_stmt    *stmt;
      gint64           person_id;

      if (*name == '\0')
        continue;

      person_id = find_or_create_named (self,
                                        "SELECT id FROM person WHERE name = ?1",
                                        "INSERT INTO person (name) VALUES (?1)",
                                        name, error);
      if (person_id == 0)
        return FALSE;

      stmt = sv_store_prepare (self,
                               "INSERT OR IGNORE INTO entry_person (entry_id, person_id, role, position) "
                               "VALUES (?1, ?2, ?3, ?4)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, entry_id);
      sqlite3_bind_int64 (stmt, 2, person_id);
      sv_store_bind_text (stmt, 3, role);
      sqlite3_bind_int (stmt, 4, i);
      if (!sv_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save_tags (SvStore            *self,
           gint64              entry_id,
           const char * const *names,
           GError            **error)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));
      sqlite3_stmt    *stmt;
      gint64           tag_id;

      if (*name == '\0')
        continue;

      tag_id = find_or_create_named (self,
                                     "SELECT id FROM tag WHERE name = ?1",
                                     "INSERT INTO tag (name) VALUES (?1)",
                                     name, error);
      if (tag_id == 0)
        return FALSE;

      stmt = sv_store_prepare (self,
                               "INSERT OR IGNORE INTO entry_tag (entry_id, tag_id, position) VALUES (?1, ?2, ?3)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, entry_id);
      sqlite3_bind_int64 (stmt, 2, tag_id);
      sqlite3_bind_int (stmt, 3, i);
      if (!sv_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}


gboolean
sv_store_save_entry_lists (SvStore *self,
                           SvEntry *entry,
                           GError **error)
{
  gint64 id = sv_entry_get_id (entry);

  return save_people (self, id, "speaker", sv_entry_get_speakers (entry), error) &&
         save_people (self, id, "met", sv_entry_get_people (entry), error) &&
         save_tags (self, id, sv_entry_get_tags (entry), error);
}

/* Persons and tags */

static gpointer
person_from_row (SvStore      *self,
                 sqlite3_stmt *stmt)
{
  SvPerson *person = sv_person_new ();

  sv_person_set_id (person, sqlite3_column_int64 (stmt, 0));
  sv_person_set_name (person, sv_store_column_text (self, stmt, 1));
  sv_person_set_url (person, sv_store_column_text (self, stmt, 2));
  sv_person_set_note (person, sv_store_column_text (self, stmt, 3));
  return person;
}

GPtrArray *
sv_store_list_persons (SvStore *self,
                       GError **error)
{
  g_autoptr (GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self, "SELECT id, name, url, note FROM person ORDER BY name COLLATE NOCASE", error);
  if (!sv_store_read_all (self, stmt, person_from_row, persons, error))
    return NULL;

  return g_steal_pointer (&persons);
}

gboolean
sv_store_save_person (SvStore  *self,
                      SvPerson *person,
                      GError  **error)
{
  g_autoptr (GError) local_error = NULL;
  const char   *name = sv_person_get_name (person);
  gint64        id;
  sqlite3_stmt *stmt;
  gboolean      ok;

  g_return_val_if_fail (SV_IS_STORE (self), FALSE);
  g_return_val_if_fail (SV_IS_PERSON (person), FALSE);

  if (sv_store_is_blank (name))
    return sv_store_set_invalid (error, _ ("A person needs a name."));
  if (sv_person_get_url (person) != NULL && !sv_uri_is_web (sv_person_get_url (person)))
    return sv_store_set_invalid (error, _ ("A person’s link must be a web address starting with http:// or https://."));

  id = sv_person_get_id (person);

  if (!sv_store_begin (self, error))
    return FALSE;

  if (id == 0)
    stmt = sv_store_prepare (self, "INSERT INTO person (name, url, note) VALUES (?1, ?2, ?3)", error);
  else
    stmt = sv_store_prepare (self, "UPDATE person SET name = ?1, url = ?2, note = ?3 WHERE id = ?4", error);
  if (stmt == NULL)
    return sv_store_finish (self, FALSE, error);

  sv_store_bind_text (stmt, 1, name);
  sv_store_bind_text (stmt, 2, sv_person_get_url (person));
  sv_store_bind_text (stmt, 3, sv_person_get_note (person));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 4, id);

  ok = sv_store_step_done (self, stmt, &local_error);
  if (!ok && g_error_matches (local_error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID))
    g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_INVALID,
                 _ ("There is already a person called “%s”."), name);
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  if (ok && id != 0 && sqlite3_changes (self->db) == 0)
    ok = sv_store_set_not_found (error, SV_STORE_ROW_PERSON, id);
  if (ok && id == 0)
    sv_person_set_id (person, sqlite3_last_insert_rowid (self->db));

  return sv_store_finish (self, ok, error);
}

static gpointer
tag_from_row (SvStore      *self,
              sqlite3_stmt *stmt)
{
  SvTag *tag = sv_tag_new ();

  sv_tag_set_id (tag, sqlite3_column_int64 (stmt, 0));
  sv_tag_set_name (tag, sv_store_column_text (self, stmt, 1));
  sv_tag_set_n_entries (tag, sqlite3_column_int (stmt, 2));
  return tag;
}

GPtrArray *
sv_store_list_tags (SvStore *self,
                    GError **error)
{
  g_autoptr (GPtrArray) tags = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SV_IS_STORE (self), NULL);

  stmt = sv_store_prepare (self,
                           "SELECT t.id, t.name, count(e.id) FROM tag t "
                           "LEFT JOIN entry_tag et ON et.tag_id = t.id "
                           "LEFT JOIN entry e ON e.id = et.entry_id AND e.trashed = 0 "
                           "GROUP BY t.id ORDER BY t.name COLLATE NOCASE",
                           error);
  if (!sv_store_read_all (self, stmt, tag_from_row, tags, error))
    return NULL;

  return g_steal_pointer (&tags);
}
