/* sv-search-result.c: an entry found by a search, with a snippet of the match.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-search-result.h"

struct _SvSearchResult
{
  GObject parent_instance;

  char *trip_title;
  char *day;
  char *title;
  char *snippet;

  gint64      entry_id;
  gint64      trip_id;
  SvEntryKind kind;
};

G_DEFINE_FINAL_TYPE (SvSearchResult, sv_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENTRY_ID,
  PROP_TRIP_ID,
  PROP_TRIP_TITLE,
  PROP_DAY,
  PROP_KIND,
  PROP_TITLE,
  PROP_SNIPPET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Stores VALUE, "" meaning unset like NULL; TRUE when it changed. */
static gboolean
set_string (char      **field,
            const char *value)
{
  char *copy;

  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  /* Copied before freeing: VALUE may point into the old string. */
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;

  return TRUE;
}

static void
append_escaped (GString    *markup,
                const char *text,
                gsize       len)
{
  g_autofree char *escaped = g_markup_escape_text (text, len);

  g_string_append (markup, escaped);
}

static void
sv_search_result_finalize (GObject *object)
{
  SvSearchResult *self = (SvSearchResult *) object;

  g_clear_pointer (&self->trip_title, g_free);
  g_clear_pointer (&self->day, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->snippet, g_free);

  G_OBJECT_CLASS (sv_search_result_parent_class)->finalize (object);
}

static void
sv_search_result_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SvSearchResult *self = SV_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_ENTRY_ID:
      g_value_set_int64 (value, self->entry_id);
      break;

    case PROP_TRIP_ID:
      g_value_set_int64 (value, self->trip_id);
      break;

    case PROP_TRIP_TITLE:
      g_value_set_string (value, self->trip_title);
      break;

    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_search_result_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SvSearchResult *self = SV_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_ENTRY_ID:
      sv_search_result_set_entry_id (self, g_value_get_int64 (value));
      break;

    case PROP_TRIP_ID:
      sv_search_result_set_trip_id (self, g_value_get_int64 (value));
      break;

    case PROP_TRIP_TITLE:
      sv_search_result_set_trip_title (self, g_value_get_string (value));
      break;

    case PROP_DAY:
      sv_search_result_set_day (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      sv_search_result_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      sv_search_result_set_title (self, g_value_get_string (value));
      break;

    case PROP_SNIPPET:
      sv_search_result_set_snippet (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_search_result_class_init (SvSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_search_result_finalize;
  object_class->get_property = sv_search_result_get_property;
  object_class->set_property = sv_search_result_set_property;

  properties[PROP_ENTRY_ID] =
    g_param_spec_int64 ("entry-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRIP_ID] =
    g_param_spec_int64 ("trip-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TRIP_TITLE] =
    g_param_spec_string ("trip-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       SV_TYPE_ENTRY_KIND, SV_ENTRY_KIND_NOTE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_search_result_init (SvSearchResult *self)
{
}

SvSearchResult *
sv_search_result_new (void)
{
  return g_object_new (SV_TYPE_SEARCH_RESULT, NULL);
}

SvSearchResult *
sv_search_result_copy (SvSearchResult *self)
{
  SvSearchResult *copy;

  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), NULL);

  copy = sv_search_result_new ();
  copy->entry_id = self->entry_id;
  copy->trip_id = self->trip_id;
  copy->trip_title = g_strdup (self->trip_title);
  copy->day = g_strdup (self->day);
  copy->kind = self->kind;
  copy->title = g_strdup (self->title);
  copy->snippet = g_strdup (self->snippet);

  return copy;
}

gint64
sv_search_result_get_entry_id (SvSearchResult *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), 0);

  return self->entry_id;
}

void
sv_search_result_set_entry_id (SvSearchResult *self,
                               gint64          entry_id)
{
  g_return_if_fail (SV_IS_SEARCH_RESULT (self));
  g_return_if_fail (entry_id >= 0);

  if (self->entry_id == entry_id)
    return;

  self->entry_id = entry_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY_ID]);
}

gint64
sv_search_result_get_trip_id (SvSearchResult *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), 0);

  return self->trip_id;
}

void
sv_search_result_set_trip_id (SvSearchResult *self,
                              gint64          trip_id)
{
  g_return_if_fail (SV_IS_SEARCH_RESULT (self));
  g_return_if_fail (trip_id >= 0);

  if (self->trip_id == trip_id)
    return;

  self->trip_id = trip_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIP_ID]);
}

const char *
sv_search_result_get_trip_title (SvSearchResult *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), NULL);

  return self->trip_title;
}

void
sv_search_result_set_trip_title (SvSearchResult *self,
                                 const char     *trip_title)
{
  g_return_if_fail (SV_IS_SEARCH_RESULT (self));

  if (set_string (&self->trip_title, trip_title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIP_TITLE]);
}

const char *
sv_search_result_get_day (SvSearchResult *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), NULL);

  return self->day;
}

void
sv_search_result_set_day (SvSearchResult *self,
                          const char     *day)
{
  g_return_if_fail (SV_IS_SEARCH_RESULT (self));

  if (set_string (&self->day, day))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

SvEntryKind
sv_search_result_get_kind (SvSearchResult *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), SV_ENTRY_KIND_NOTE);

  return self->kind;
}

void
sv_search_result_set_kind (SvSearchResult *self,
                           SvEntryKind     kind)
{
  g_return_if_fail (SV_IS_SEARCH_RESULT (self));
  g_return_if_fail ((guint) kind <= SV_ENTRY_KIND_MEETUP);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
sv_search_result_get_title (SvSearchResult *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), NULL);

  return self->title;
}

void
sv_search_result_set_title (SvSearchResult *self,
                            const char     *title)
{
  g_return_if_fail (SV_IS_SEARCH_RESULT (self));

  if (set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
sv_search_result_get_snippet (SvSearchResult *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), NULL);

  return self->snippet;
}

void
sv_search_result_set_snippet (SvSearchResult *self,
                              const char     *snippet)
{
  g_return_if_fail (SV_IS_SEARCH_RESULT (self));

  if (set_string (&self->snippet, snippet))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNIPPET]);
}

char *
sv_search_result_dup_snippet_markup (SvSearchResult *self)
{
  GString    *markup;
  const char *run;
  const char *p;
  gboolean    bold = FALSE;

  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), NULL);

  if (self->snippet == NULL)
    return NULL;

  markup = g_string_new (NULL);

  for (p = run = self->snippet; *p != '\0'; p++)
    {
      if (*p != SV_SEARCH_MATCH_START[0] && *p != SV_SEARCH_MATCH_END[0])
        continue;

      append_escaped (markup, run, p - run);
      run = p + 1;

      /* Stray markers must not unbalance the markup. */
      if (*p == SV_SEARCH_MATCH_START[0] && !bold)
        {
          g_string_append (markup, "<b>");
          bold = TRUE;
        }
      else if (*p == SV_SEARCH_MATCH_END[0] && bold)
        {
          g_string_append (markup, "</b>");
          bold = FALSE;
        }
    }

  append_escaped (markup, run, p - run);

  if (bold)
    g_string_append (markup, "</b>");

  return g_string_free (markup, FALSE);
}

char *
sv_search_result_dup_snippet_text (SvSearchResult *self)
{
  GString    *text;
  const char *p;

  g_return_val_if_fail (SV_IS_SEARCH_RESULT (self), NULL);

  if (self->snippet == NULL)
    return NULL;

  text = g_string_new (NULL);

  for (p = self->snippet; *p != '\0'; p++)
    {
      if (*p != SV_SEARCH_MATCH_START[0] && *p != SV_SEARCH_MATCH_END[0])
        g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}
