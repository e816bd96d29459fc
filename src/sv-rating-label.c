/* sv-rating-label.c: a rating shown as stars, read out as "4 out of 5".
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-rating-label.h"
#include "sv-rating.h"

struct _SvRatingLabel
{
  GtkWidget parent_instance;

  /* template children */
  GtkLabel *label;

  int rating;
};

enum {
  PROP_0,
  PROP_RATING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvRatingLabel, sv_rating_label, GTK_TYPE_WIDGET)

static void
update (SvRatingLabel *self)
{
  g_autofree char *stars = sv_rating_dup_stars (self->rating);
  g_autofree char *words = sv_rating_dup_label (self->rating);
  GtkWidget       *label = GTK_WIDGET (self->label);

  gtk_label_set_text (self->label, stars ? stars : words);
  /* The stars mean nothing to a screen reader, and little to some eyes. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), stars ? words : NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, words,
                                  -1);
  if (stars != NULL)
    {
      gtk_widget_add_css_class (label, "stars");
      gtk_widget_remove_css_class (label, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (label, "stars");
      gtk_widget_add_css_class (label, "dim-label");
    }
}

static void
sv_rating_label_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SV_TYPE_RATING_LABEL);

  G_OBJECT_CLASS (sv_rating_label_parent_class)->dispose (object);
}

static void
sv_rating_label_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SvRatingLabel *self = SV_RATING_LABEL (object);

  switch (prop_id)
    {
    case PROP_RATING:
      g_value_set_int (value, self->rating);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_rating_label_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SvRatingLabel *self = SV_RATING_LABEL (object);

  switch (prop_id)
    {
    case PROP_RATING:
      sv_rating_label_set_rating (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_rating_label_class_init (SvRatingLabelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_rating_label_dispose;
  object_class->get_property = sv_rating_label_get_property;
  object_class->set_property = sv_rating_label_set_property;

  properties[PROP_RATING] =
    g_param_spec_int ("rating", NULL, NULL, 0, SV_RATING_MAX, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-rating-label.ui");
  gtk_widget_class_bind_template_child (widget_class, SvRatingLabel, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sv_rating_label_init (SvRatingLabel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

GtkWidget *
sv_rating_label_new (int rating)
{
  return g_object_new (SV_TYPE_RATING_LABEL, "rating", CLAMP (rating, 0, SV_RATING_MAX), NULL);
}

int
sv_rating_label_get_rating (SvRatingLabel *self)
{
  g_return_val_if_fail (SV_IS_RATING_LABEL (self), 0);

  return self->rating;
}

void
sv_rating_label_set_rating (SvRatingLabel *self,
                            int            rating)
{
  g_return_if_fail (SV_IS_RATING_LABEL (self));

  rating = CLAMP (rating, 0, SV_RATING_MAX);
  if (self->rating == rating)
    return;

  self->rating = rating;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING]);
}

const char *
sv_rating_label_get_text (SvRatingLabel *self)
{
  g_return_val_if_fail (SV_IS_RATING_LABEL (self), NULL);

  return gtk_label_get_text (self->label);
}
