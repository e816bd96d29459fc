/* sv-timeline-row.c: one row of the Timeline: a day's heading or an entry.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <string.h>

#include "sv-date.h"
#include "sv-rating-label.h"
#include "sv-timeline-row.h"

#define THUMBNAIL_SIZE 48

struct _SvTimelineRow
{
  GtkWidget parent_instance;

  /* template children */
  GtkWidget *header_box;
  GtkLabel  *day_label;
  GtkWidget *entry_box;
  GtkImage  *kind_icon;
  GtkWidget *time_box;
  GtkLabel  *start_label;
  GtkLabel  *end_label;
  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkLabel  *role_label;
  GtkLabel  *rank_label;
  GtkWidget *highlight_icon;
  GtkWidget *rating_label;
  GtkImage  *thumbnail;

  /* owned */
  SvTimelineItem *item;
  char           *kind_class; /* the kind's CSS class on kind_icon */
  char           *role_class; /* the talk role's CSS class on role_label */

  gulong entry_notify_id;
};

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvTimelineRow, sv_timeline_row, GTK_TYPE_WIDGET)

/* Swaps the CSS class kept in *CURRENT for NAME (NULL: none). */
static void
swap_class (GtkWidget  *widget,
            char      **current,
            const char *name)
{
  if (g_strcmp0 (*current, name) == 0)
    return;

  if (*current != NULL)
    gtk_widget_remove_css_class (widget, *current);
  g_free (*current);
  *current = g_strdup (name);
  if (name != NULL)
    gtk_widget_add_css_class (widget, name);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The start above the end, as in an agenda: narrow enough for a phone,
 * and the same width on every row, so that the titles line up. */
static void
sync_time (SvTimelineRow *self,
           SvEntry       *entry)
{
  g_autofree char *start = sv_time_format (sv_entry_get_start_time (entry));
  g_autofree char *end = sv_time_format (sv_entry_get_end_time (entry));
  g_autofree char *range = NULL;

  gtk_label_set_text (self->start_label, start != NULL ? start : "");
  set_label (self->end_label, start != NULL ? end : NULL);

  if (start != NULL && end != NULL)
    /* Translators: a time range, "09:00–09:45" */
    range = g_strdup_printf (C_ ("time range", "%s–%s"), start, end);
  else
    range = g_steal_pointer (&start);
  gtk_widget_set_tooltip_text (self->time_box, range);
  if (range != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->time_box),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, range,
                                    -1);

  /* The notes about the whole trip have no times to line up with. */
  gtk_widget_set_visible (self->time_box, range != NULL || sv_entry_get_day (entry) != NULL);
}

/* Who spoke for talks; which meal and where for meals; where for the rest;
 * the first line of the text for a note that is nowhere in particular. */
static char *
format_subtitle (SvEntry *entry)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  const char * const *speakers = sv_entry_get_speakers (entry);
  const char         *place = sv_entry_get_place_name (entry);
  const char         *body = sv_entry_get_body (entry);
  SvTalk             *talk = sv_entry_get_talk (entry);
  SvMeal             *meal = sv_entry_get_meal (entry);
  g_autofree char    *speaker_list = NULL;

  if (speakers != NULL)
    {
      /* Translators: the separator between the names of a talk's speakers */
      speaker_list = g_strjoinv (C_ ("speakers", ", "), (char **) speakers);
      g_ptr_array_add (parts, speaker_list);
    }

  if (meal != NULL)
    g_ptr_array_add (parts, (char *) sv_meal_type_get_label (sv_meal_get_meal_type (meal)));

  if (talk != NULL && sv_talk_get_room (talk) != NULL)
    g_ptr_array_add (parts, (char *) sv_talk_get_room (talk));
  else if (place != NULL && (talk == NULL || speakers == NULL))
    g_ptr_array_add (parts, (char *) place);

  if (parts->len == 0 && body != NULL)
    {
      const char *end = strchr (body, '\n');

      return end != NULL ? g_strndup (body, end - body) : g_strdup (body);
    }

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of an entry's subtitle,
   * "Lunch · Yuzu Kitchen" */
  return g_strjoinv (C_ ("subtitle", " · "), (char **) parts->pdata);
}

static void
sync_badges (SvTimelineRow *self,
             SvEntry       *entry)
{
  SvTalk          *talk = sv_entry_get_talk (entry);
  SvMeal          *meal = sv_entry_get_meal (entry);
  SvTalkRole       role = talk != NULL ? sv_talk_get_role (talk) : SV_TALK_ROLE_ATTENDED;
  int              rank = meal != NULL ? sv_meal_get_favourite_rank (meal) : 0;
  g_autofree char *rank_text = NULL;

  /* Only what sets a talk apart: having given it, or having missed it. */
  if (role != SV_TALK_ROLE_ATTENDED)
    {
      set_label (self->role_label, sv_talk_role_get_label (role));
      swap_class (GTK_WIDGET (self->role_label), &self->role_class, sv_talk_role_to_string (role));
    }
  else
    set_label (self->role_label, NULL);

  if (rank == 1)
    rank_text = g_strdup (_ ("Favourite"));
  else if (rank > 1)
    /* Translators: the rank of a restaurant among the trip's favourites, "#2" */
    rank_text = g_strdup_printf (_ ("#%d"), rank);
  set_label (self->rank_label, rank_text);

  gtk_widget_set_visible (self->highlight_icon, sv_entry_get_highlight (entry));
  sv_rating_label_set_rating (SV_RATING_LABEL (self->rating_label), sv_entry_get_rating (entry));
  gtk_widget_set_visible (self->rating_label, sv_entry_get_rating (entry) > 0);
}

static void
sync_entry (SvTimelineRow *self)
{
  SvEntry         *entry = sv_timeline_item_get_entry (self->item);
  SvEntryKind      kind = sv_entry_get_kind (entry);
  g_autofree char *subtitle = format_subtitle (entry);
  g_autofree char *kind_class = g_strconcat ("kind-", sv_entry_kind_to_string (kind), NULL);

  gtk_image_set_from_icon_name (self->kind_icon, sv_entry_kind_get_icon_name (kind));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_icon), sv_entry_kind_get_label (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->kind_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sv_entry_kind_get_label (kind),
                                  -1);
  swap_class (GTK_WIDGET (self->kind_icon), &self->kind_class, kind_class);

  sync_time (self, entry);

  gtk_label_set_text (self->title_label, sv_entry_get_title (entry));
  set_label (self->subtitle_label, subtitle);
  sync_badges (self, entry);

  if (sv_entry_get_first_photo_id (entry) != 0)
    gtk_widget_add_css_class (self->entry_box, "with-photo");
  else
    gtk_widget_remove_css_class (self->entry_box, "with-photo");
  gtk_widget_set_visible (GTK_WIDGET (self->thumbnail), sv_entry_get_first_photo_id (entry) != 0);
}

static void
sync_header (SvTimelineRow *self)
{
  const char      *day = sv_timeline_item_get_day (self->item);
  g_autofree char *text = day != NULL ? sv_date_format_day (day) : NULL;

  gtk_label_set_text (self->day_label, text != NULL ? text : _ ("About the Trip"));
}

static void
sync_item (SvTimelineRow *self)
{
  gboolean is_header = self->item != NULL && sv_timeline_item_get_kind (self->item) == SV_TIMELINE_ITEM_HEADER;
  gboolean is_entry = self->item != NULL && !is_header;

  gtk_widget_set_visible (self->header_box, is_header);
  gtk_widget_set_visible (self->entry_box, is_entry);

  if (is_header)
    sync_header (self);
  else if (is_entry)
    sync_entry (self);
}

static void
on_item_notify_entry (SvTimelineRow *self)
{
  sync_item (self);
}

static void
sv_timeline_row_dispose (GObject *object)
{
  SvTimelineRow *self = SV_TIMELINE_ROW (object);

  if (self->item != NULL)
    g_clear_signal_handler (&self->entry_notify_id, self->item);
  g_clear_object (&self->item);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_TIMELINE_ROW);

  G_OBJECT_CLASS (sv_timeline_row_parent_class)->dispose (object);
}

static void
sv_timeline_row_finalize (GObject *object)
{
  SvTimelineRow *self = SV_TIMELINE_ROW (object);

  g_clear_pointer (&self->kind_class, g_free);
  g_clear_pointer (&self->role_class, g_free);

  G_OBJECT_CLASS (sv_timeline_row_parent_class)->finalize (object);
}

static void
sv_timeline_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SvTimelineRow *self = SV_TIMELINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_timeline_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SvTimelineRow *self = SV_TIMELINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      sv_timeline_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_timeline_row_class_init (SvTimelineRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_timeline_row_dispose;
  object_class->finalize = sv_timeline_row_finalize;
  object_class->get_property = sv_timeline_row_get_property;
  object_class->set_property = sv_timeline_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, SV_TYPE_TIMELINE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SV_TYPE_RATING_LABEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-timeline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, header_box);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, entry_box);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, time_box);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, start_label);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, end_label);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, role_label);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, rank_label);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, highlight_icon);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, rating_label);
  gtk_widget_class_bind_template_child (widget_class, SvTimelineRow, thumbnail);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelinerow");
}

static void
sv_timeline_row_init (SvTimelineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sv_timeline_row_set_thumbnail (self, NULL);
}

GtkWidget *
sv_timeline_row_new (void)
{
  return g_object_new (SV_TYPE_TIMELINE_ROW, NULL);
}

SvTimelineItem *
sv_timeline_row_get_item (SvTimelineRow *self)
{
  g_return_val_if_fail (SV_IS_TIMELINE_ROW (self), NULL);

  return self->item;
}

void
sv_timeline_row_set_item (SvTimelineRow  *self,
                          SvTimelineItem *item)
{
  g_return_if_fail (SV_IS_TIMELINE_ROW (self));
  g_return_if_fail (item == NULL || SV_IS_TIMELINE_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_clear_signal_handler (&self->entry_notify_id, self->item);
  g_set_object (&self->item, item);
  if (item != NULL)
    self->entry_notify_id = g_signal_connect_object (item, "notify::entry", G_CALLBACK (on_item_notify_entry), self, G_CONNECT_SWAPPED);

  sync_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

void
sv_timeline_row_set_edges (SvTimelineRow *self,
                           gboolean       first,
                           gboolean       last)
{
  g_return_if_fail (SV_IS_TIMELINE_ROW (self));

  if (first)
    gtk_widget_add_css_class (self->entry_box, "first");
  else
    gtk_widget_remove_css_class (self->entry_box, "first");

  if (last)
    gtk_widget_add_css_class (self->entry_box, "last");
  else
    gtk_widget_remove_css_class (self->entry_box, "last");
}

gint64
sv_timeline_row_get_photo_id (SvTimelineRow *self)
{
  SvEntry *entry;

  g_return_val_if_fail (SV_IS_TIMELINE_ROW (self), 0);

  entry = self->item != NULL ? sv_timeline_item_get_entry (self->item) : NULL;
  return entry != NULL ? sv_entry_get_first_photo_id (entry) : 0;
}

void
sv_timeline_row_set_thumbnail (SvTimelineRow *self,
                               GdkPaintable  *thumbnail)
{
  g_return_if_fail (SV_IS_TIMELINE_ROW (self));
  g_return_if_fail (thumbnail == NULL || GDK_IS_PAINTABLE (thumbnail));

  if (thumbnail != NULL)
    {
      gtk_image_set_from_paintable (self->thumbnail, thumbnail);
      gtk_image_set_pixel_size (self->thumbnail, THUMBNAIL_SIZE);
      gtk_widget_remove_css_class (GTK_WIDGET (self->thumbnail), "placeholder");
    }
  else
    {
      gtk_image_set_from_icon_name (self->thumbnail, "image-x-generic-symbolic");
      gtk_image_set_pixel_size (self->thumbnail, THUMBNAIL_SIZE / 2);
      gtk_widget_add_css_class (GTK_WIDGET (self->thumbnail), "placeholder");
    }
}
