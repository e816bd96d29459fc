/* sv-entry-editor.c: the editor of one entry of any kind; every change is saved at once.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>

#include "sv-date.h"
#include "sv-entry-editor.h"
#include "sv-name-completion.h"
#include "sv-photo-group.h"
#include "sv-rating-widget.h"
#include "sv-uri.h"

/* Typing is saved once it pauses this long, or when the editor closes. */
#define SAVE_DELAY_MS 500

/* The values the editor checks before they reach the store; each shows
 * its message under its own group. */
typedef enum {
  FIELD_TITLE,
  FIELD_DAY,
  FIELD_START,
  FIELD_END,
  FIELD_PLACE,
  FIELD_VIDEO,
  FIELD_SLIDES,
  FIELD_PRICE,
  FIELD_CURRENCY,
  FIELD_OTHER, /* values that are never refused by themselves */
  N_FIELDS
} Field;

typedef enum {
  AREA_BASICS,
  AREA_TALK,
  AREA_MEAL,
  N_AREAS
} Area;

static const Area field_area[N_FIELDS] = {
  [FIELD_TITLE] = AREA_BASICS,
  [FIELD_DAY] = AREA_BASICS,
  [FIELD_START] = AREA_BASICS,
  [FIELD_END] = AREA_BASICS,
  [FIELD_PLACE] = AREA_BASICS,
  [FIELD_VIDEO] = AREA_TALK,
  [FIELD_SLIDES] = AREA_TALK,
  [FIELD_PRICE] = AREA_MEAL,
  [FIELD_CURRENCY] = AREA_MEAL,
  [FIELD_OTHER] = AREA_BASICS,
};

struct _SvEntryEditor
{
  AdwWindow parent_instance;

  /* template children */
  AdwWindowTitle     *window_title;
  GtkWidget          *delete_button;
  AdwPreferencesPage *page;
  AdwComboRow        *kind_row;
  AdwEntryRow        *title_row;
  AdwComboRow        *day_row;
  AdwEntryRow        *start_row;
  AdwEntryRow        *end_row;
  GtkLabel           *basics_error;
  GtkWidget          *talk_group;
  AdwEntryRow        *speakers_row;
  AdwEntryRow        *room_row;
  AdwEntryRow        *track_row;
  AdwComboRow        *role_row;
  AdwEntryRow        *video_row;
  AdwEntryRow        *slides_row;
  GtkSwitch          *recommended_switch;
  GtkLabel           *talk_error;
  AdwComboRow        *place_row;
  GtkWidget          *map_button;
  GtkWidget          *meal_group;
  AdwComboRow        *meal_type_row;
  AdwEntryRow        *dishes_row;
  AdwEntryRow        *price_row;
  AdwEntryRow        *currency_row;
  GtkSpinButton      *rank_spin;
  GtkLabel           *meal_error;
  GtkTextView        *body_view;
  SvRatingWidget     *rating_widget;
  GtkSwitch          *highlight_switch;
  GtkSwitch          *private_switch;
  AdwEntryRow        *people_row;
  AdwEntryRow        *tags_row;
  GtkFlowBox         *tags_box;
  SvPhotoGroup       *photo_group;

  /* owned */
  SvStore   *store;
  SvEntry   *entry; /* the working copy: what the widgets say, once valid */
  SvTrip    *trip;
  GPtrArray *days;      /* ISO day of each day_row item; NULL: the whole trip */
  GArray    *place_ids; /* gint64 of each place_row item: 0 none, -1 "New Place…" */
  GPtrArray *tags;
  char      *errors[N_FIELDS]; /* the editor's own refusals */
  char      *store_error;      /* the store's last refusal, shown at store_field */

  /* borrowed: popovers parented to their rows, unparented in dispose */
  SvNameCompletion *speakers_completion;
  SvNameCompletion *people_completion;
  SvNameCompletion *tags_completion;

  Field    store_field;
  Field    last_field; /* the field changed last, which a store refusal is about */
  guint    place_choice;
  guint    save_timeout;
  gboolean loading;
  gboolean dirty;
};

G_DEFINE_FINAL_TYPE (SvEntryEditor, sv_entry_editor, ADW_TYPE_WINDOW)

static void commit (SvEntryEditor *self);

/* Text helpers */

static const char *
row_text (gpointer editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

static void
set_row_text (gpointer    editable,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text != NULL ? text : "");
}

static char *
dup_stripped (gpointer editable)
{
  return g_strstrip (g_strdup (row_text (editable)));
}

static char *
dup_body (SvEntryEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Adds the comma-separated names of TEXT to LIST, stripped, skipping the
 * empty ones and those LIST has already, whatever their case. */
static void
add_names (GPtrArray  *list,
           const char *text,
           gboolean    is_tag)
{
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char    *name = g_strstrip (parts[i]);
      gboolean known = FALSE;

      /* "#python" is how people write tags; the tag is "python". */
      while (is_tag && *name == '#')
        name++;
      if (*name == '\0')
        continue;

      for (guint j = 0; j < list->len && !known; j++)
        {
          g_autofree char *a = g_utf8_casefold (g_ptr_array_index (list, j), -1);
          g_autofree char *b = g_utf8_casefold (name, -1);

          known = g_str_equal (a, b);
        }
      if (!known)
        g_ptr_array_add (list, g_strdup (name));
    }
}

static GStrv
parse_names (const char *text)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

  add_names (list, text, FALSE);
  g_ptr_array_add (list, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&list), FALSE);
}

static char *
join_names (const char * const *names)
{
  return names != NULL ? g_strjoinv (", ", (GStrv) names) : NULL;
}

/* Errors */

static GtkWidget *
field_widget (SvEntryEditor *self,
              Field          field)
{
  switch (field)
    {
    case FIELD_TITLE:
      return GTK_WIDGET (self->title_row);
    case FIELD_DAY:
      return GTK_WIDGET (self->day_row);
    case FIELD_START:
      return GTK_WIDGET (self->start_row);
    case FIELD_END:
      return GTK_WIDGET (self->end_row);
    case FIELD_PLACE:
      return GTK_WIDGET (self->place_row);
    case FIELD_VIDEO:
      return GTK_WIDGET (self->video_row);
    case FIELD_SLIDES:
      return GTK_WIDGET (self->slides_row);
    case FIELD_PRICE:
      return GTK_WIDGET (self->price_row);
    case FIELD_CURRENCY:
      return GTK_WIDGET (self->currency_row);
    case FIELD_OTHER:
    case N_FIELDS:
    default:
      return NULL;
    }
}

static Field
field_of_widget (SvEntryEditor *self,
                 gpointer       widget)
{
  for (Field field = 0; field < FIELD_OTHER; field++)
    if (field_widget (self, field) == widget)
      return field;
  return FIELD_OTHER;
}

static GtkLabel *
area_label (SvEntryEditor *self,
            Area           area)
{
  switch (area)
    {
    case AREA_TALK:
      return self->talk_error;
    case AREA_MEAL:
      return self->meal_error;
    case AREA_BASICS:
    case N_AREAS:
    default:
      return self->basics_error;
    }
}

static void
set_error (SvEntryEditor *self,
           Field          field,
           char          *message)
{
  g_free (self->errors[field]);
  self->errors[field] = message;
}

static void
set_store_error (SvEntryEditor *self,
                 Field          field,
                 const char    *message)
{
  /* The same refusal again stays where it was first shown, with the field
   * that caused it, whatever was changed since. */
  if (message != NULL && g_strcmp0 (message, self->store_error) == 0)
    return;

  g_free (self->store_error);
  self->store_error = g_strdup (message);
  self->store_field = field;
}

static gboolean
has_errors (SvEntryEditor *self)
{
  for (Field field = 0; field < N_FIELDS; field++)
    if (self->errors[field] != NULL)
      return TRUE;
  return FALSE;
}

static void
show_errors (SvEntryEditor *self)
{
  GString *texts[N_AREAS] = { NULL };

  for (Area area = 0; area < N_AREAS; area++)
    texts[area] = g_string_new (NULL);

  for (Field field = 0; field < N_FIELDS; field++)
    {
      const char *message = self->errors[field];
      GtkWidget  *widget = field_widget (self, field);
      GString    *text = texts[field_area[field]];

      if (message == NULL && self->store_error != NULL && self->store_field == field)
        message = self->store_error;

      if (widget != NULL && message != NULL)
        gtk_widget_add_css_class (widget, "error");
      else if (widget != NULL)
        gtk_widget_remove_css_class (widget, "error");

      if (message == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, message);
    }

  for (Area area = 0; area < N_AREAS; area++)
    {
      GtkLabel *label = area_label (self, area);

      gtk_label_set_text (label, texts[area]->str);
      gtk_widget_set_visible (GTK_WIDGET (label), texts[area]->len > 0);
      g_string_free (texts[area], TRUE);
    }
}

/* Reading the widgets into the working copy */

static SvEntryKind
selected_kind (SvEntryEditor *self)
{
  return adw_combo_row_get_selected (self->kind_row);
}

/* Reads a time row: -1 when empty, FALSE with an error when not a time. */
static gboolean
read_time (SvEntryEditor *self,
           Field          field,
           AdwEntryRow   *row,
           int           *minutes)
{
  g_autofree char *text = dup_stripped (row);

  *minutes = -1;
  if (*text == '\0')
    return TRUE;
  if (sv_time_parse (text, minutes))
    return TRUE;

  /* Translators: %s is what the user typed as a time */
  set_error (self, field, g_strdup_printf (_ ("“%s” is not a time: use hours and minutes from 00:00 to 23:59, such as 09:30."), text));
  return FALSE;
}

static void
read_basics (SvEntryEditor *self)
{
  SvEntry         *entry = self->entry;
  g_autofree char *title = dup_stripped (self->title_row);
  g_autofree char *body = dup_body (self);
  guint            day_index = adw_combo_row_get_selected (self->day_row);
  const char      *day = day_index < self->days->len ? g_ptr_array_index (self->days, day_index) : NULL;
  int              start, end;
  gboolean         start_ok, end_ok;

  sv_entry_set_kind (entry, selected_kind (self));

  if (*title != '\0')
    sv_entry_set_title (entry, title);
  else if (sv_entry_get_id (entry) != 0)
    set_error (self, FIELD_TITLE, g_strdup (_ ("An entry needs a title.")));
  else
    /* A new entry without a title is not written at all, and not scolded
     * either: the user has not got to it yet. */
    sv_entry_set_title (entry, NULL);

  start_ok = read_time (self, FIELD_START, self->start_row, &start);
  end_ok = read_time (self, FIELD_END, self->end_row, &end);
  if (start_ok && day == NULL && start >= 0)
    {
      set_error (self, FIELD_START, g_strdup (_ ("A time needs a day: pick one above, or clear the time.")));
      start_ok = FALSE;
    }
  if (start_ok && end_ok && end >= 0 && start < 0)
    {
      set_error (self, FIELD_END, g_strdup (_ ("An end time needs a start time.")));
      end_ok = FALSE;
    }
  if (start_ok && end_ok && end >= 0 && end < start)
    {
      set_error (self, FIELD_END, g_strdup (_ ("The end time is before the start time.")));
      end_ok = FALSE;
    }

  if (start_ok && end_ok)
    {
      /* A new day or time gives the entry a new place in its day. */
      if (g_strcmp0 (day, sv_entry_get_day (entry)) != 0 || start != sv_entry_get_start_time (entry))
        sv_entry_set_position (entry, 0);
      sv_entry_set_day (entry, day);
      sv_entry_set_start_time (entry, start);
      sv_entry_set_end_time (entry, end);
    }

  sv_entry_set_body (entry, body);
  sv_entry_set_rating (entry, sv_rating_widget_get_value (self->rating_widget));
  sv_entry_set_highlight (entry, gtk_switch_get_active (self->highlight_switch));
  sv_entry_set_private (entry, gtk_switch_get_active (self->private_switch));

  {
    g_auto (GStrv) people = parse_names (row_text (self->people_row));

    sv_entry_set_people (entry, (const char * const *) people);
  }

  g_ptr_array_add (self->tags, NULL);
  sv_entry_set_tags (entry, (const char * const *) self->tags->pdata);
  g_ptr_array_remove_index (self->tags, self->tags->len - 1);
}

static const char *
read_link (SvEntryEditor *self,
           Field          field,
           AdwEntryRow   *row,
           char         **text)
{
  *text = dup_stripped (row);
  if (**text == '\0')
    return NULL;
  if (sv_uri_is_web (*text))
    return *text;

  set_error (self, field,
             g_strdup (field == FIELD_VIDEO
                         ? _ ("The video link must be a web address starting with http:// or https://.")
                         : _ ("The slides link must be a web address starting with http:// or https://.")));
  return NULL;
}

static void
read_talk (SvEntryEditor *self)
{
  SvTalk          *talk;
  g_autofree char *room = NULL, *track = NULL, *video = NULL, *slides = NULL;
  g_auto (GStrv) speakers = NULL;
  const char *link;

  /* Only talk-like kinds keep talk details: what was typed for them stays
   * in the widgets, should the kind come back. */
  if (!sv_entry_kind_is_talk (selected_kind (self)))
    {
      sv_entry_set_talk (self->entry, NULL);
      sv_entry_set_speakers (self->entry, NULL);
      return;
    }

  talk = sv_entry_ensure_talk (self->entry);
  speakers = parse_names (row_text (self->speakers_row));
  sv_entry_set_speakers (self->entry, (const char * const *) speakers);

  room = dup_stripped (self->room_row);
  track = dup_stripped (self->track_row);
  sv_talk_set_room (talk, room);
  sv_talk_set_track (talk, track);
  sv_talk_set_role (talk, adw_combo_row_get_selected (self->role_row));
  sv_talk_set_recommended (talk, gtk_switch_get_active (self->recommended_switch));

  link = read_link (self, FIELD_VIDEO, self->video_row, &video);
  if (self->errors[FIELD_VIDEO] == NULL)
    sv_talk_set_video_url (talk, link);
  link = read_link (self, FIELD_SLIDES, self->slides_row, &slides);
  if (self->errors[FIELD_SLIDES] == NULL)
    sv_talk_set_slides_url (talk, link);
}

/* Reads a price the way people type it, "12.50" or "12,50". */
static gboolean
parse_price (const char *text,
             double     *price)
{
  g_autofree char *normal = g_strdelimit (g_strdup (text), ",", '.');
  char            *end = NULL;

  *price = g_ascii_strtod (normal, &end);
  return end != normal && *end == '\0' && isfinite (*price) && *price >= 0;
}

static void
read_meal (SvEntryEditor *self)
{
  SvMeal          *meal;
  g_autofree char *dishes = NULL, *price_text = NULL, *typed_currency = NULL, *currency = NULL;
  double           price = -1;

  if (selected_kind (self) != SV_ENTRY_KIND_MEAL)
    {
      sv_entry_set_meal (self->entry, NULL);
      return;
    }

  meal = sv_entry_ensure_meal (self->entry);
  dishes = dup_stripped (self->dishes_row);
  sv_meal_set_meal_type (meal, adw_combo_row_get_selected (self->meal_type_row));
  sv_meal_set_dishes (meal, dishes);
  sv_meal_set_favourite_rank (meal, gtk_spin_button_get_value_as_int (self->rank_spin));

  price_text = dup_stripped (self->price_row);
  if (*price_text != '\0' && !parse_price (price_text, &price))
    /* Translators: %s is what the user typed as a price */
    set_error (self, FIELD_PRICE, g_strdup_printf (_ ("“%s” is not a price: type a number, such as 12.50."), price_text));
  else
    sv_meal_set_price (meal, price);

  typed_currency = dup_stripped (self->currency_row);
  currency = g_ascii_strup (typed_currency, -1);
  if (*currency != '\0' &&
      (strlen (currency) != 3 || !g_ascii_isalpha (currency[0]) || !g_ascii_isalpha (currency[1]) || !g_ascii_isalpha (currency[2])))
    set_error (self, FIELD_CURRENCY, g_strdup (_ ("A currency is a three-letter code, such as USD or EUR.")));
  else
    sv_meal_set_currency (meal, currency);
}

static void
read_place (SvEntryEditor *self)
{
  guint index = adw_combo_row_get_selected (self->place_row);

  /* Talks happen at the venue: their place is not edited here. */
  if (sv_entry_kind_is_talk (selected_kind (self)) || index >= self->place_ids->len)
    return;

  sv_entry_set_place_id (self->entry, MAX (g_array_index (self->place_ids, gint64, index), 0));
}

static void
read_widgets (SvEntryEditor *self)
{
  for (Field field = 0; field < N_FIELDS; field++)
    set_error (self, field, NULL);

  read_basics (self);
  read_place (self);
  read_talk (self);
  read_meal (self);
}

/* Saving */

static void
save (SvEntryEditor *self)
{
  g_autoptr (GError) error = NULL;
  gboolean is_new = sv_entry_get_id (self->entry) == 0;

  /* A refused value keeps the whole entry as it was last saved. */
  if (!self->dirty || has_errors (self) || sv_entry_get_title (self->entry) == NULL)
    return;

  if (!sv_store_save_entry (self->store, self->entry, &error))
    {
      set_store_error (self, self->last_field, error->message);
      return;
    }

  self->dirty = FALSE;
  set_store_error (self, FIELD_OTHER, NULL);

  if (is_new)
    {
      gtk_widget_set_visible (self->delete_button, TRUE);
      sv_photo_group_set_entry_id (self->photo_group, sv_entry_get_id (self->entry));
    }
}

static void
commit (SvEntryEditor *self)
{
  g_clear_handle_id (&self->save_timeout, g_source_remove);

  if (self->entry == NULL)
    return;

  read_widgets (self);
  save (self);
  show_errors (self);
}

static gboolean
on_save_timeout (gpointer user_data)
{
  SvEntryEditor *self = user_data;

  self->save_timeout = 0;
  commit (self);
  return G_SOURCE_REMOVE;
}

static void
changed (SvEntryEditor *self,
         gpointer       widget,
         gboolean       at_once)
{
  if (self->loading)
    return;

  self->dirty = TRUE;
  self->last_field = field_of_widget (self, widget);

  g_clear_handle_id (&self->save_timeout, g_source_remove);
  if (at_once)
    commit (self);
  else
    self->save_timeout = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
}

static void
on_row_changed (SvEntryEditor *self,
                GtkWidget     *row)
{
  changed (self, row, FALSE);
}

static void
on_body_buffer_changed (SvEntryEditor *self)
{
  changed (self, self->body_view, FALSE);
}

static void
on_choice_notify (SvEntryEditor *self,
                  GParamSpec    *pspec,
                  GObject       *source)
{
  changed (self, source, TRUE);
}

/* Kinds */

static void
update_kind (SvEntryEditor *self)
{
  SvEntryKind kind = selected_kind (self);
  gboolean    is_talk = sv_entry_kind_is_talk (kind);

  gtk_widget_set_visible (self->talk_group, is_talk);
  gtk_widget_set_visible (GTK_WIDGET (self->place_row), !is_talk);
  gtk_widget_set_visible (self->meal_group, kind == SV_ENTRY_KIND_MEAL);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->talk_group), sv_entry_kind_get_label (kind));
}

static void
on_kind_row_notify_selected (SvEntryEditor *self,
                             GParamSpec    *pspec,
                             GObject       *row)
{
  update_kind (self);
  changed (self, row, TRUE);
}

static void
on_kind_factory_setup (GtkSignalListItemFactory *factory,
                       GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
on_kind_factory_bind (GtkSignalListItemFactory *factory,
                      GtkListItem              *item)
{
  GtkWidget  *box = gtk_list_item_get_child (item);
  SvEntryKind kind = SV_ENTRY_KIND_NOTE;

  sv_entry_kind_from_string (gtk_string_object_get_string (gtk_list_item_get_item (item)), &kind);

  gtk_image_set_from_icon_name (GTK_IMAGE (gtk_widget_get_first_child (box)), sv_entry_kind_get_icon_name (kind));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), sv_entry_kind_get_label (kind));
}

/* Places */

static void
update_map_button (SvEntryEditor *self)
{
  guint index = adw_combo_row_get_selected (self->place_row);

  gtk_widget_set_visible (self->map_button,
                          index < self->place_ids->len && g_array_index (self->place_ids, gint64, index) > 0);
}

static void
select_place (SvEntryEditor *self,
              gint64         place_id)
{
  guint index = 0;

  for (guint i = 0; i < self->place_ids->len; i++)
    if (g_array_index (self->place_ids, gint64, i) == place_id)
      index = i;

  self->place_choice = index;
  adw_combo_row_set_selected (self->place_row, index);
  update_map_button (self);
}

/* Fills the place list: no place, every place of the scrapbook (places
 * are shared by trips), and a way to make a new one. */
static void
load_places (SvEntryEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) places = sv_store_list_places (self->store, 0, &error);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0, create = -1;

  g_array_set_size (self->place_ids, 0);
  gtk_string_list_append (names, _ ("None"));
  g_array_append_val (self->place_ids, none);

  if (places == NULL)
    set_store_error (self, FIELD_PLACE, error->message);

  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      SvPlace *place = g_ptr_array_index (places, i);
      gint64   id = sv_place_get_id (place);

      gtk_string_list_append (names, sv_place_get_name (place));
      g_array_append_val (self->place_ids, id);
    }

  gtk_string_list_append (names, _ ("New Place…"));
  g_array_append_val (self->place_ids, create);

  adw_combo_row_set_model (self->place_row, G_LIST_MODEL (names));
}

static void
on_new_place_name_row_changed (GtkEditable      *name_row,
                               AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (name_row)));

  adw_message_dialog_set_response_enabled (dialog, "create", *name != '\0');
}

static void
on_new_place_dialog_response (AdwMessageDialog *dialog,
                              const char       *response,
                              SvEntryEditor    *self)
{
  GtkEditable     *name_row = g_object_get_data (G_OBJECT (dialog), "name-row");
  AdwComboRow     *category_row = g_object_get_data (G_OBJECT (dialog), "category-row");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (name_row)));
  g_autoptr (SvPlace) place = NULL;
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "create") != 0 || *name == '\0')
    return;

  place = sv_place_new ();
  sv_place_set_name (place, name);
  sv_place_set_category (place, adw_combo_row_get_selected (category_row));
  if (!sv_store_save_place (self->store, place, &error))
    {
      set_store_error (self, FIELD_PLACE, error->message);
      show_errors (self);
      return;
    }

  self->loading = TRUE;
  load_places (self);
  self->loading = FALSE;
  /* Picking it saves it, as any choice does. */
  select_place (self, sv_place_get_id (place));
}

static void
ask_new_place (SvEntryEditor *self)
{
  AdwMessageDialog *dialog;
  GtkWidget        *list = gtk_list_box_new ();
  GtkWidget        *name_row = adw_entry_row_new ();
  GtkWidget        *category_row = adw_combo_row_new ();
  g_autoptr (GtkStringList) categories = gtk_string_list_new (NULL);
  SvPlaceCategory category;

  for (SvPlaceCategory i = 0; i <= SV_PLACE_CATEGORY_OTHER; i++)
    gtk_string_list_append (categories, sv_place_category_get_label (i));

  /* The likeliest category for what the entry is. */
  switch (selected_kind (self))
    {
    case SV_ENTRY_KIND_MEAL:
      category = SV_PLACE_CATEGORY_RESTAURANT;
      break;
    case SV_ENTRY_KIND_ACTIVITY:
      category = SV_PLACE_CATEGORY_SIGHT;
      break;
    default:
      category = SV_PLACE_CATEGORY_OTHER;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _ ("New Place"),
                                                       _ ("Places are shared by all your trips. Put it on the map from the Map view.")));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _ ("Name"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (name_row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (category_row), _ ("Category"));
  adw_combo_row_set_model (ADW_COMBO_ROW (category_row), G_LIST_MODEL (categories));
  adw_combo_row_set_selected (ADW_COMBO_ROW (category_row), category);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), name_row);
  gtk_list_box_append (GTK_LIST_BOX (list), category_row);
  adw_message_dialog_set_extra_child (dialog, list);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _ ("_Cancel"),
                                    "create", _ ("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "create", FALSE);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data (G_OBJECT (dialog), "name-row", name_row);
  g_object_set_data (G_OBJECT (dialog), "category-row", category_row);
  g_signal_connect (name_row, "changed", G_CALLBACK (on_new_place_name_row_changed), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_place_dialog_response), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (name_row);
}

static void
on_place_row_notify_selected (SvEntryEditor *self,
                              GParamSpec    *pspec,
                              GObject       *row)
{
  guint index = adw_combo_row_get_selected (self->place_row);

  if (self->loading)
    return;

  if (index < self->place_ids->len && g_array_index (self->place_ids, gint64, index) < 0)
    {
      /* "New Place…" is a command, not a choice: the entry keeps its place
       * until the new one exists. */
      self->loading = TRUE;
      adw_combo_row_set_selected (self->place_row, self->place_choice);
      self->loading = FALSE;
      ask_new_place (self);
      return;
    }

  self->place_choice = index;
  update_map_button (self);
  changed (self, row, TRUE);
}

/* Tags */

static void update_tags (SvEntryEditor *self);

static void
on_tag_remove_button_clicked (GtkButton     *button,
                              SvEntryEditor *self)
{
  const char *tag = g_object_get_data (G_OBJECT (button), "tag");

  for (guint i = 0; i < self->tags->len; i++)
    if (g_str_equal (g_ptr_array_index (self->tags, i), tag))
      {
        g_ptr_array_remove_index (self->tags, i);
        break;
      }

  gtk_widget_grab_focus (GTK_WIDGET (self->tags_row));
  update_tags (self);
  changed (self, self->tags_box, TRUE);
}

static GtkWidget *
make_tag_pill (SvEntryEditor *self,
               const char    *tag)
{
  GtkWidget *pill = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (tag);
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
  /* Translators: %s is a tag */
  g_autofree char *tooltip = g_strdup_printf (_ ("Remove “%s”"), tag);

  gtk_widget_add_css_class (pill, "sv-tag-pill");
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (remove, tooltip);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "circular");
  g_object_set_data_full (G_OBJECT (remove), "tag", g_strdup (tag), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_tag_remove_button_clicked), self);
  gtk_box_append (GTK_BOX (pill), label);
  gtk_box_append (GTK_BOX (pill), remove);

  return pill;
}

static void
update_tags (SvEntryEditor *self)
{
  GtkFlowBoxChild *child;

  while ((child = gtk_flow_box_get_child_at_index (self->tags_box, 0)) != NULL)
    gtk_flow_box_remove (self->tags_box, GTK_WIDGET (child));

  for (guint i = 0; i < self->tags->len; i++)
    {
      gtk_flow_box_append (self->tags_box, make_tag_pill (self, g_ptr_array_index (self->tags, i)));
      child = gtk_flow_box_get_child_at_index (self->tags_box, i);
      gtk_widget_set_focusable (GTK_WIDGET (child), FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), self->tags->len > 0);
}

/* Turns the tags typed before the last comma (or all of them) into pills;
 * TRUE when there were some. */
static gboolean
take_typed_tags (SvEntryEditor *self,
                 gboolean       all)
{
  const char      *text = row_text (self->tags_row);
  const char      *comma = strrchr (text, ',');
  g_autofree char *done = NULL;
  g_autofree char *rest = NULL;
  guint            before = self->tags->len;

  if (all)
    {
      done = g_strdup (text);
      rest = g_strdup ("");
    }
  else if (comma != NULL)
    {
      done = g_strndup (text, comma - text);
      rest = g_strdup (comma + 1);
    }
  else
    return FALSE;

  add_names (self->tags, done, TRUE);
  set_row_text (self->tags_row, g_strchug (rest));
  update_tags (self);

  return self->tags->len != before;
}

static void
on_tags_row_changed (SvEntryEditor *self)
{
  if (self->loading)
    return;

  /* Typing a comma ends a tag; the rest of the text waits for more. */
  self->loading = TRUE;
  if (take_typed_tags (self, FALSE))
    {
      self->loading = FALSE;
      changed (self, self->tags_box, TRUE);
    }
  self->loading = FALSE;
}

static void
on_tags_row_entry_activated (SvEntryEditor *self)
{
  self->loading = TRUE;
  if (take_typed_tags (self, TRUE))
    {
      self->loading = FALSE;
      changed (self, self->tags_box, TRUE);
    }
  self->loading = FALSE;
}

/* Loading */

static void
load_days (SvEntryEditor *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  const char *first = self->trip != NULL ? sv_trip_get_start_date (self->trip) : NULL;
  const char *day = sv_entry_get_day (self->entry);
  guint       n_days = self->trip != NULL ? sv_trip_get_n_days (self->trip) : 0;
  GDate       date;
  guint       selected = 0;

  g_ptr_array_set_size (self->days, 0);
  gtk_string_list_append (labels, _ ("Whole trip (no day)"));
  g_ptr_array_add (self->days, NULL);

  if (n_days > 0 && sv_date_parse (first, &date))
    for (guint i = 0; i < n_days; i++, g_date_add_days (&date, 1))
      {
        char             iso[16];
        g_autofree char *label = NULL;

        g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
        label = sv_date_format_day (iso);
        gtk_string_list_append (labels, label);
        g_ptr_array_add (self->days, g_strdup (iso));
        if (g_strcmp0 (iso, day) == 0)
          selected = i + 1;
      }

  /* An entry left outside the trip when its dates changed keeps its day
   * until the user picks another. */
  if (day != NULL && selected == 0)
    {
      g_autofree char *label = sv_date_format_day (day);

      gtk_string_list_append (labels, label != NULL ? label : day);
      g_ptr_array_add (self->days, g_strdup (day));
      selected = self->days->len - 1;
    }

  adw_combo_row_set_model (self->day_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->day_row, selected);
}

static char *
format_price (double price)
{
  if (price < 0)
    return NULL;
  /* In the user's own notation, which parse_price() reads back. */
  return g_strdup_printf (price == (gint64) price ? "%.0f" : "%.2f", price);
}

static void
load_completions (SvEntryEditor *self)
{
  g_autoptr (GPtrArray) persons = sv_store_list_persons (self->store, NULL);
  g_autoptr (GPtrArray) tags = sv_store_list_tags (self->store, NULL);
  g_autoptr (GStrvBuilder) person_names = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) tag_names = g_strv_builder_new ();
  g_auto (GStrv) persons_strv = NULL;
  g_auto (GStrv) tags_strv = NULL;

  /* Without them, the entries still take any name: nothing to report. */
  for (guint i = 0; persons != NULL && i < persons->len; i++)
    g_strv_builder_add (person_names, sv_person_get_name (g_ptr_array_index (persons, i)));
  for (guint i = 0; tags != NULL && i < tags->len; i++)
    g_strv_builder_add (tag_names, sv_tag_get_name (g_ptr_array_index (tags, i)));

  persons_strv = g_strv_builder_end (person_names);
  tags_strv = g_strv_builder_end (tag_names);
  sv_name_completion_set_names (self->speakers_completion, (const char * const *) persons_strv);
  sv_name_completion_set_names (self->people_completion, (const char * const *) persons_strv);
  sv_name_completion_set_names (self->tags_completion, (const char * const *) tags_strv);
}

/* Shows the working copy in the widgets, without saving anything. */
static void
populate (SvEntryEditor *self)
{
  SvEntry            *entry = self->entry;
  SvTalk             *talk = sv_entry_get_talk (entry);
  SvMeal             *meal = sv_entry_get_meal (entry);
  g_autofree char    *start = sv_time_format (sv_entry_get_start_time (entry));
  g_autofree char    *end = sv_time_format (sv_entry_get_end_time (entry));
  g_autofree char    *speakers = join_names (sv_entry_get_speakers (entry));
  g_autofree char    *people = join_names (sv_entry_get_people (entry));
  g_autofree char    *price = format_price (meal != NULL ? sv_meal_get_price (meal) : -1);
  const char         *body = sv_entry_get_body (entry);
  const char * const *tags = sv_entry_get_tags (entry);

  self->loading = TRUE;

  adw_combo_row_set_selected (self->kind_row, sv_entry_get_kind (entry));
  set_row_text (self->title_row, sv_entry_get_title (entry));
  load_days (self);
  set_row_text (self->start_row, start);
  set_row_text (self->end_row, end);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), body != NULL ? body : "", -1);
  sv_rating_widget_set_value (self->rating_widget, sv_entry_get_rating (entry));
  gtk_switch_set_active (self->highlight_switch, sv_entry_get_highlight (entry));
  gtk_switch_set_active (self->private_switch, sv_entry_get_private (entry));
  set_row_text (self->people_row, people);

  load_places (self);
  select_place (self, sv_entry_get_place_id (entry));

  set_row_text (self->speakers_row, speakers);
  set_row_text (self->room_row, talk != NULL ? sv_talk_get_room (talk) : NULL);
  set_row_text (self->track_row, talk != NULL ? sv_talk_get_track (talk) : NULL);
  adw_combo_row_set_selected (self->role_row, talk != NULL ? sv_talk_get_role (talk) : SV_TALK_ROLE_ATTENDED);
  set_row_text (self->video_row, talk != NULL ? sv_talk_get_video_url (talk) : NULL);
  set_row_text (self->slides_row, talk != NULL ? sv_talk_get_slides_url (talk) : NULL);
  gtk_switch_set_active (self->recommended_switch, talk != NULL && sv_talk_get_recommended (talk));

  adw_combo_row_set_selected (self->meal_type_row, meal != NULL ? sv_meal_get_meal_type (meal) : SV_MEAL_TYPE_LUNCH);
  set_row_text (self->dishes_row, meal != NULL ? sv_meal_get_dishes (meal) : NULL);
  set_row_text (self->price_row, price);
  set_row_text (self->currency_row, meal != NULL ? sv_meal_get_currency (meal) : NULL);
  gtk_spin_button_set_value (self->rank_spin, meal != NULL ? sv_meal_get_favourite_rank (meal) : 0);

  g_ptr_array_set_size (self->tags, 0);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    g_ptr_array_add (self->tags, g_strdup (tags[i]));
  update_tags (self);

  update_kind (self);
  self->loading = FALSE;
}

/* Actions */

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SvEntryEditor *self = SV_ENTRY_EDITOR (widget);

  sv_entry_editor_flush (self);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SvEntryEditor *self = SV_ENTRY_EDITOR (widget);
  GtkWindow     *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64         entry_id = sv_entry_editor_get_entry_id (self);

  sv_entry_editor_flush (self);

  /* The main window moves it to the trash and offers Undo. */
  if (entry_id != 0 &&
      (parent == NULL || !gtk_widget_activate_action (GTK_WIDGET (parent), "win.delete-entry", "x", entry_id)))
    {
      g_autoptr (GError) error = NULL;

      if (!sv_store_trash_entry (self->store, entry_id, &error))
        {
          set_store_error (self, FIELD_OTHER, error->message);
          show_errors (self);
          return;
        }
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
show_place_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SvEntryEditor *self = SV_ENTRY_EDITOR (widget);
  GtkWindow     *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  gint64         place_id = sv_entry_get_place_id (self->entry);

  sv_entry_editor_flush (self);
  if (parent == NULL || place_id == 0)
    return;

  /* The map is behind this modal window: close it to show the place. */
  if (gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-place", "x", place_id))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Life cycle */

static gboolean
sv_entry_editor_close_request (GtkWindow *window)
{
  sv_entry_editor_flush (SV_ENTRY_EDITOR (window));

  return GTK_WINDOW_CLASS (sv_entry_editor_parent_class)->close_request (window);
}

static void
sv_entry_editor_dispose (GObject *object)
{
  SvEntryEditor *self = SV_ENTRY_EDITOR (object);

  /* Typing not saved yet is saved, however the window goes. */
  if (self->store != NULL && self->entry != NULL)
    sv_entry_editor_flush (self);
  g_clear_handle_id (&self->save_timeout, g_source_remove);

  if (self->speakers_completion != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->speakers_completion));
      gtk_widget_unparent (GTK_WIDGET (self->people_completion));
      gtk_widget_unparent (GTK_WIDGET (self->tags_completion));
      self->speakers_completion = self->people_completion = self->tags_completion = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_ENTRY_EDITOR);

  g_clear_object (&self->store);
  g_clear_object (&self->entry);
  g_clear_object (&self->trip);

  G_OBJECT_CLASS (sv_entry_editor_parent_class)->dispose (object);
}

static void
sv_entry_editor_finalize (GObject *object)
{
  SvEntryEditor *self = SV_ENTRY_EDITOR (object);

  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->place_ids, g_array_unref);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  for (Field field = 0; field < N_FIELDS; field++)
    g_clear_pointer (&self->errors[field], g_free);
  g_clear_pointer (&self->store_error, g_free);

  G_OBJECT_CLASS (sv_entry_editor_parent_class)->finalize (object);
}

static void
sv_entry_editor_class_init (SvEntryEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sv_entry_editor_dispose;
  object_class->finalize = sv_entry_editor_finalize;
  window_class->close_request = sv_entry_editor_close_request;

  g_type_ensure (SV_TYPE_PHOTO_GROUP);
  g_type_ensure (SV_TYPE_RATING_WIDGET);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, page);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, day_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, basics_error);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, talk_group);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, speakers_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, room_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, track_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, video_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, slides_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, recommended_switch);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, talk_error);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, place_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, map_button);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, meal_group);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, meal_type_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, dishes_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, price_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, currency_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, rank_spin);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, meal_error);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, rating_widget);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, highlight_switch);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, private_switch);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, people_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, tags_row);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, tags_box);
  gtk_widget_class_bind_template_child (widget_class, SvEntryEditor, photo_group);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_notify);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_row_notify_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_place_row_notify_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_tags_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_tags_row_entry_activated);

  gtk_widget_class_install_action (widget_class, "editor.done", NULL, done_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.show-place", NULL, show_place_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.done", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.done", NULL);
}

static void
sv_entry_editor_init (SvEntryEditor *self)
{
  g_autoptr (GtkListItemFactory) kind_factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) meal_types = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->days = g_ptr_array_new_with_free_func (g_free);
  self->place_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->tags = g_ptr_array_new_with_free_func (g_free);

  self->loading = TRUE;

  /* Kinds by position, which is their value, each with its icon. */
  for (guint i = 0; i < sv_entry_kind_get_n_values (); i++)
    gtk_string_list_append (kinds, sv_entry_kind_to_string (i));
  g_signal_connect (kind_factory, "setup", G_CALLBACK (on_kind_factory_setup), NULL);
  g_signal_connect (kind_factory, "bind", G_CALLBACK (on_kind_factory_bind), NULL);
  adw_combo_row_set_factory (self->kind_row, kind_factory);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  for (SvTalkRole role = 0; role <= SV_TALK_ROLE_WATCH_LATER; role++)
    gtk_string_list_append (roles, sv_talk_role_get_label (role));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
  for (SvMealType type = 0; type <= SV_MEAL_TYPE_SNACK; type++)
    gtk_string_list_append (meal_types, sv_meal_type_get_label (type));
  adw_combo_row_set_model (self->meal_type_row, G_LIST_MODEL (meal_types));

  self->speakers_completion = sv_name_completion_new (GTK_WIDGET (self->speakers_row));
  self->people_completion = sv_name_completion_new (GTK_WIDGET (self->people_row));
  self->tags_completion = sv_name_completion_new (GTK_WIDGET (self->tags_row));

  g_signal_connect_object (gtk_text_view_get_buffer (self->body_view), "changed",
                           G_CALLBACK (on_body_buffer_changed), self, G_CONNECT_SWAPPED);

  self->loading = FALSE;
}

SvEntryEditor *
sv_entry_editor_new (GtkWindow  *parent,
                     SvStore    *store,
                     gint64      trip_id,
                     gint64      entry_id,
                     const char *day)
{
  g_autoptr (GError) error = NULL;
  SvEntryEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_ENTRY_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);

  if (entry_id != 0)
    {
      self->entry = sv_store_get_entry (store, entry_id, &error);
      if (self->entry != NULL)
        trip_id = sv_entry_get_trip_id (self->entry);
    }
  else
    {
      self->entry = sv_entry_new ();
      sv_entry_set_trip_id (self->entry, trip_id);
    }

  if (self->entry != NULL)
    self->trip = sv_store_get_trip (store, trip_id, &error);

  if (entry_id == 0 && self->trip != NULL)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      /* Written during the trip, an entry is most likely about today. */
      if (day == NULL && sv_trip_get_n_days (self->trip) > 0 &&
          sv_date_in_range (today, sv_trip_get_start_date (self->trip), sv_trip_get_end_date (self->trip)))
        day = today;
      sv_entry_set_day (self->entry, day);
    }

  adw_window_title_set_title (self->window_title, entry_id != 0 ? _ ("Edit Entry") : _ ("New Entry"));
  if (self->trip != NULL)
    adw_window_title_set_subtitle (self->window_title, sv_trip_get_title (self->trip));

  if (self->entry == NULL || self->trip == NULL)
    {
      /* Nothing to edit: say why, and offer only to close. */
      g_clear_object (&self->entry);
      gtk_label_set_text (self->basics_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->basics_error), TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), FALSE);
      gtk_widget_set_visible (self->delete_button, FALSE);
      return self;
    }

  populate (self);
  load_completions (self);
  gtk_widget_set_visible (self->delete_button, entry_id != 0);
  sv_photo_group_set_store (self->photo_group, store);
  sv_photo_group_set_entry_id (self->photo_group, entry_id);

  if (entry_id == 0)
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->title_row));

  return self;
}

gint64
sv_entry_editor_get_entry_id (SvEntryEditor *self)
{
  g_return_val_if_fail (SV_IS_ENTRY_EDITOR (self), 0);

  return self->entry != NULL ? sv_entry_get_id (self->entry) : 0;
}

void
sv_entry_editor_flush (SvEntryEditor *self)
{
  g_return_if_fail (SV_IS_ENTRY_EDITOR (self));

  if (self->entry == NULL)
    return;

  /* A tag half typed when the editor closes was meant to be one. */
  if (*row_text (self->tags_row) != '\0')
    on_tags_row_entry_activated (self);

  if (self->dirty || self->save_timeout != 0)
    commit (self);

  sv_photo_group_flush (self->photo_group);
}
