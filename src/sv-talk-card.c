/* sv-talk-card.c: one talk of the Talks grid: kind, title, speakers, stars, badges and notes.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-rating-label.h"
#include "sv-talk-card.h"

struct _SvTalkCard
{
  GtkWidget parent_instance;

  /* template children */
  GtkWidget     *box; /* the root: bound so that dispose_template() unparents it */
  GtkImage      *kind_icon;
  GtkLabel      *kind_label;
  GtkLabel      *when_label;
  GtkLabel      *title_label;
  GtkLabel      *speakers_label;
  GtkWidget     *badges_box;
  GtkWidget     *recommended_badge;
  GtkWidget     *watch_later_badge;
  GtkWidget     *presented_badge;
  GtkLabel      *notes_label;
  SvRatingLabel *rating_label;

  /* owned */
  SvEntry *entry;
};

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvTalkCard, sv_talk_card, GTK_TYPE_WIDGET)

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* "Fri 17 May · 09:00": enough to place a talk within a conference. */
static char *
dup_when (SvEntry *entry)
{
  /* Translators: the day of a talk on its card, see g_date_time_format() */
  g_autofree char *day = sv_date_format (sv_entry_get_day (entry), C_ ("talk card day", "%a %-d %b"));
  g_autofree char *time = sv_time_format (sv_entry_get_start_time (entry));

  if (day != NULL && time != NULL)
    return g_strdup_printf ("%s · %s", day, time);

  return g_strdup (day ? day : time);
}

/* The first lines only: the label ellipsizes after three of them, but a
 * long note should not be measured whole for every card. */
static char *
dup_notes_start (const char *body)
{
  const char *end;

  if (body == NULL)
    return NULL;

  end = body;
  for (int chars = 0; *end != '\0' && chars < 400; chars++)
    end = g_utf8_next_char (end);

  return g_strndup (body, end - body);
}

static void
update (SvTalkCard *self)
{
  SvEntry         *entry = self->entry;
  SvTalk          *talk;
  SvEntryKind      kind;
  g_autofree char *when = NULL;
  g_autofree char *speakers = NULL;
  g_autofree char *notes = NULL;
  gboolean         recommended, watch_later, presented;

  if (entry == NULL)
    return;

  kind = sv_entry_get_kind (entry);
  talk = sv_entry_get_talk (entry);
  when = dup_when (entry);
  if (sv_entry_get_speakers (entry) != NULL)
    speakers = g_strjoinv (", ", (char **) sv_entry_get_speakers (entry));
  notes = dup_notes_start (sv_entry_get_body (entry));

  gtk_image_set_from_icon_name (self->kind_icon, sv_entry_kind_get_icon_name (kind));
  gtk_label_set_text (self->kind_label, sv_entry_kind_get_label (kind));
  set_label (self->when_label, when);
  gtk_label_set_text (self->title_label, sv_entry_get_title (entry));
  set_label (self->speakers_label, speakers);
  set_label (self->notes_label, notes);
  sv_rating_label_set_rating (self->rating_label, sv_entry_get_rating (entry));

  recommended = talk != NULL && sv_talk_get_recommended (talk);
  watch_later = talk != NULL && sv_talk_get_role (talk) == SV_TALK_ROLE_WATCH_LATER;
  presented = talk != NULL && sv_talk_get_role (talk) == SV_TALK_ROLE_PRESENTED;
  gtk_widget_set_visible (self->recommended_badge, recommended);
  gtk_widget_set_visible (self->watch_later_badge, watch_later);
  gtk_widget_set_visible (self->presented_badge, presented);
  gtk_widget_set_visible (self->badges_box, recommended || watch_later || presented);
}

static void
sv_talk_card_dispose (GObject *object)
{
  SvTalkCard *self = SV_TALK_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_TALK_CARD);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (sv_talk_card_parent_class)->dispose (object);
}

static void
sv_talk_card_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SvTalkCard *self = SV_TALK_CARD (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_talk_card_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SvTalkCard *self = SV_TALK_CARD (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      sv_talk_card_set_entry (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_talk_card_class_init (SvTalkCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_talk_card_dispose;
  object_class->get_property = sv_talk_card_get_property;
  object_class->set_property = sv_talk_card_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, SV_TYPE_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-talk-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, box);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, when_label);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, speakers_label);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, badges_box);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, recommended_badge);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, watch_later_badge);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, presented_badge);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, notes_label);
  gtk_widget_class_bind_template_child (widget_class, SvTalkCard, rating_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sv_talk_card_init (SvTalkCard *self)
{
  g_type_ensure (SV_TYPE_RATING_LABEL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sv_talk_card_new (void)
{
  return g_object_new (SV_TYPE_TALK_CARD, NULL);
}

SvEntry *
sv_talk_card_get_entry (SvTalkCard *self)
{
  g_return_val_if_fail (SV_IS_TALK_CARD (self), NULL);

  return self->entry;
}

void
sv_talk_card_set_entry (SvTalkCard *self,
                        SvEntry    *entry)
{
  g_return_if_fail (SV_IS_TALK_CARD (self));
  g_return_if_fail (entry == NULL || SV_IS_ENTRY (entry));

  if (!g_set_object (&self->entry, entry))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}
