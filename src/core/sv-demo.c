/* sv-demo.c: the demo trip (PyCon US 2024), read from data/demo/.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>
#include <string.h>

#include "sv-core-resources.h"
#include "sv-date.h"
#include "sv-demo.h"

#define DEMO_RESOURCE "/io/github/souvenir_app/Souvenir/core/demo/pycon-2024.ini"

static char *
get_string (GKeyFile   *file,
            const char *group,
            const char *key)
{
  return g_key_file_get_string (file, group, key, NULL);
}

static gboolean
demo_error (GError    **error,
            const char *group,
            const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "The demo trip is damaged: [%s] %s", group, what);
  return FALSE;
}

static gboolean
get_time (GKeyFile   *file,
          const char *group,
          const char *key,
          int        *minutes,
          GError    **error)
{
  g_autofree char *text = get_string (file, group, key);

  *minutes = -1;
  if (text == NULL)
    return TRUE;
  if (!sv_time_parse (text, minutes))
    return demo_error (error, group, key);
  return TRUE;
}

static SvTrip *
load_trip (GKeyFile *file,
           GError  **error)
{
  g_autoptr (SvTrip) trip = sv_trip_new ();
  struct
  {
    const char *key;
    void (*set) (SvTrip *, const char *);
  } fields[] = {
    { "title", sv_trip_set_title },
    { "event", sv_trip_set_event },
    { "city", sv_trip_set_city },
    { "country", sv_trip_set_country },
    { "start-date", sv_trip_set_start_date },
    { "end-date", sv_trip_set_end_date },
    { "url", sv_trip_set_url },
    { "summary", sv_trip_set_summary },
  };

  if (!g_key_file_has_group (file, "trip"))
    {
      demo_error (error, "trip", "is missing");
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = get_string (file, "trip", fields[i].key);

      fields[i].set (trip, value);
    }

  return g_steal_pointer (&trip);
}

static SvPlace *
load_place (GKeyFile   *file,
            const char *group,
            GError    **error)
{
  g_autoptr (SvPlace) place = sv_place_new ();
  g_autofree char *name = get_string (file, group, "name");
  g_autofree char *category_name = get_string (file, group, "category");
  g_autofree char *address = get_string (file, group, "address");
  g_autofree char *url = get_string (file, group, "url");
  g_autofree char *lat = get_string (file, group, "latitude");
  g_autofree char *lon = get_string (file, group, "longitude");
  SvPlaceCategory  category;

  if (!sv_place_category_from_string (category_name, &category))
    {
      demo_error (error, group, "category");
      return NULL;
    }

  sv_place_set_name (place, name);
  sv_place_set_category (place, category);
  sv_place_set_address (place, address);
  sv_place_set_url (place, url);

  if (lat != NULL && lon != NULL &&
      !sv_place_set_location (place, g_ascii_strtod (lat, NULL), g_ascii_strtod (lon, NULL), error))
    return NULL;

  return g_steal_pointer (&place);
}

static gboolean
load_talk (GKeyFile   *file,
           const char *group,
           SvEntry    *entry,
           GError    **error)
{
  SvTalk          *talk = sv_entry_ensure_talk (entry);
  g_autofree char *role_name = get_string (file, group, "role");
  g_autofree char *room = get_string (file, group, "room");
  g_autofree char *track = get_string (file, group, "track");
  g_autofree char *video = get_string (file, group, "video");
  g_autofree char *slides = get_string (file, group, "slides");
  SvTalkRole       role = SV_TALK_ROLE_ATTENDED;

  if (role_name != NULL && !sv_talk_role_from_string (role_name, &role))
    return demo_error (error, group, "role");

  sv_talk_set_role (talk, role);
  sv_talk_set_room (talk, room);
  sv_talk_set_track (talk, track);
  sv_talk_set_video_url (talk, video);
  sv_talk_set_slides_url (talk, slides);
  sv_talk_set_recommended (talk, g_key_file_get_boolean (file, group, "recommended", NULL));

  return TRUE;
}

static gboolean
load_meal (GKeyFile   *file,
           const char *group,
           SvEntry    *entry,
           GError    **error)
{
  SvMeal          *meal = sv_entry_ensure_meal (entry);
  g_autofree char *type_name = get_string (file, group, "meal");
  g_autofree char *price = get_string (file, group, "price");
  g_autofree char *currency = get_string (file, group, "currency");
  g_auto (GStrv) dishes = g_key_file_get_string_list (file, group, "dishes", NULL, NULL);
  g_autofree char *dishes_text = dishes ? g_strjoinv (", ", dishes) : NULL;
  SvMealType       type;

  if (!sv_meal_type_from_string (type_name, &type))
    return demo_error (error, group, "meal");

  sv_meal_set_meal_type (meal, type);
  sv_meal_set_dishes (meal, dishes_text);
  sv_meal_set_price (meal, price ? g_ascii_strtod (price, NULL) : -1);
  sv_meal_set_currency (meal, currency);
  sv_meal_set_favourite_rank (meal, g_key_file_get_integer (file, group, "favourite-rank", NULL));

  return TRUE;
}

static SvEntry *
load_entry (GKeyFile   *file,
            const char *group,
            gint64      trip_id,
            GHashTable *places,
            GError    **error)
{
  g_autoptr (SvEntry) entry = sv_entry_new ();
  g_autofree char *kind_name = get_string (file, group, "kind");
  g_autofree char *day = get_string (file, group, "day");
  g_autofree char *title = get_string (file, group, "title");
  g_autofree char *body = get_string (file, group, "body");
  g_autofree char *place_key = get_string (file, group, "place");
  g_auto (GStrv) speakers = g_key_file_get_string_list (file, group, "speakers", NULL, NULL);
  g_auto (GStrv) people = g_key_file_get_string_list (file, group, "people", NULL, NULL);
  g_auto (GStrv) tags = g_key_file_get_string_list (file, group, "tags", NULL, NULL);
  SvEntryKind kind;
  int         start, end;

  if (!sv_entry_kind_from_string (kind_name, &kind))
    {
      demo_error (error, group, "kind");
      return NULL;
    }
  if (!get_time (file, group, "start", &start, error) ||
      !get_time (file, group, "end", &end, error))
    return NULL;

  sv_entry_set_trip_id (entry, trip_id);
  sv_entry_set_kind (entry, kind);
  sv_entry_set_day (entry, day);
  sv_entry_set_start_time (entry, start);
  sv_entry_set_end_time (entry, end);
  sv_entry_set_title (entry, title);
  sv_entry_set_body (entry, body);
  sv_entry_set_rating (entry, g_key_file_get_integer (file, group, "rating", NULL));
  sv_entry_set_highlight (entry, g_key_file_get_boolean (file, group, "highlight", NULL));
  sv_entry_set_speakers (entry, (const char * const *) speakers);
  sv_entry_set_people (entry, (const char * const *) people);
  sv_entry_set_tags (entry, (const char * const *) tags);

  if (place_key != NULL)
    {
      SvPlace *place = g_hash_table_lookup (places, place_key);

      if (place == NULL)
        {
          demo_error (error, group, "place");
          return NULL;
        }
      sv_entry_set_place_id (entry, sv_place_get_id (place));
    }

  if (sv_entry_kind_is_talk (kind) && !load_talk (file, group, entry, error))
    return NULL;
  if (kind == SV_ENTRY_KIND_MEAL && !load_meal (file, group, entry, error))
    return NULL;

  return g_steal_pointer (&entry);
}

static gboolean
populate (SvStore  *store,
          GKeyFile *file,
          gint64   *trip_id,
          GError  **error)
{
  g_autoptr (GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr (SvTrip) trip = NULL;
  g_auto (GStrv) groups = NULL;

  trip = load_trip (file, error);
  if (trip == NULL || !sv_store_save_trip (store, trip, error))
    return FALSE;

  /* Groups come in file order, so entries keep the order they are
   * written in. */
  groups = g_key_file_get_groups (file, NULL);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autoptr (SvPlace) place = NULL;

      if (!g_str_has_prefix (groups[i], "place "))
        continue;

      place = load_place (file, groups[i], error);
      if (place == NULL || !sv_store_save_place (store, place, error))
        return FALSE;
      g_hash_table_insert (places, g_strdup (groups[i] + strlen ("place ")), g_steal_pointer (&place));
    }

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autoptr (SvEntry) entry = NULL;

      if (!g_str_has_prefix (groups[i], "entry "))
        continue;

      entry = load_entry (file, groups[i], sv_trip_get_id (trip), places, error);
      if (entry == NULL || !sv_store_save_entry (store, entry, error))
        return FALSE;
    }

  if (trip_id != NULL)
    *trip_id = sv_trip_get_id (trip);

  return TRUE;
}

gboolean
sv_demo_populate (SvStore *store,
                  gint64  *trip_id,
                  GError **error)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autoptr (GBytes) data = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), FALSE);

  data = g_resource_lookup_data (sv_core_get_resource (), DEMO_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (data == NULL)
    return FALSE;

  if (!g_key_file_load_from_bytes (file, data, G_KEY_FILE_NONE, error))
    return FALSE;

  if (!sv_store_begin (store, error))
    return FALSE;

  if (!populate (store, file, trip_id, error))
    {
      sv_store_rollback (store);
      return FALSE;
    }

  return sv_store_commit (store, error);
}
