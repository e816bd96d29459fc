/* sv-rating-widget.c: zero to five stars, set with the mouse or the keyboard.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-rating-widget.h"

struct _SvRatingWidget
{
  GtkWidget parent_instance;

  /* borrowed: children of the widget */
  GtkWidget *stars[SV_RATING_MAX];

  int value;
  int hover; /* the star under the pointer, 0 for none: previews a click */
};

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvRatingWidget, sv_rating_widget, GTK_TYPE_WIDGET)

static char *
describe (int value)
{
  if (value == 0)
    return g_strdup (_ ("No rating"));

  return g_strdup_printf (ngettext ("%d star", "%d stars", value), value);
}

static void
update_stars (SvRatingWidget *self)
{
  int shown = self->hover > 0 ? self->hover : self->value;

  for (int i = 0; i < SV_RATING_MAX; i++)
    {
      gboolean filled = i < shown;

      gtk_button_set_icon_name (GTK_BUTTON (self->stars[i]), filled ? "starred-symbolic" : "non-starred-symbolic");
      if (filled)
        gtk_widget_add_css_class (self->stars[i], "filled");
      else
        gtk_widget_remove_css_class (self->stars[i], "filled");
    }
}

static void
update_accessible (SvRatingWidget *self)
{
  g_autofree char *text = describe (self->value);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) SV_RATING_MAX,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) self->value,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static void
on_star_clicked (GtkButton      *button,
                 SvRatingWidget *self)
{
  int star = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "star"));

  /* The keyboard works on the whole widget, not on single stars. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* Clicking the current rating again takes it back. */
  sv_rating_widget_set_value (self, star == self->value ? 0 : star);
}

static void
on_star_enter (GtkEventControllerMotion *motion,
               double                    x,
               double                    y,
               SvRatingWidget           *self)
{
  GtkWidget *star = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (motion));

  self->hover = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (star), "star"));
  update_stars (self);
}

static void
on_star_leave (GtkEventControllerMotion *motion,
               SvRatingWidget           *self)
{
  self->hover = 0;
  update_stars (self);
}

static gboolean
on_key_controller_key_pressed (SvRatingWidget *self,
                               guint           keyval,
                               guint           keycode,
                               GdkModifierType state)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int      value = self->value;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      value += rtl ? -1 : 1;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      value += rtl ? 1 : -1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
      value++;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      value--;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      value = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      value = SV_RATING_MAX;
      break;
    default:
      if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_0 + SV_RATING_MAX)
        value = keyval - GDK_KEY_0;
      else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_0 + SV_RATING_MAX)
        value = keyval - GDK_KEY_KP_0;
      else
        return GDK_EVENT_PROPAGATE;
    }

  sv_rating_widget_set_value (self, value);
  return GDK_EVENT_STOP;
}

static void
sv_rating_widget_dispose (GObject *object)
{
  SvRatingWidget *self = SV_RATING_WIDGET (object);

  for (int i = 0; i < SV_RATING_MAX; i++)
    g_clear_pointer (&self->stars[i], gtk_widget_unparent);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_RATING_WIDGET);

  G_OBJECT_CLASS (sv_rating_widget_parent_class)->dispose (object);
}

static void
sv_rating_widget_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SvRatingWidget *self = SV_RATING_WIDGET (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_rating_widget_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SvRatingWidget *self = SV_RATING_WIDGET (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      sv_rating_widget_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_rating_widget_class_init (SvRatingWidgetClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_rating_widget_dispose;
  object_class->get_property = sv_rating_widget_get_property;
  object_class->set_property = sv_rating_widget_set_property;

  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL,
                      0, SV_RATING_MAX, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-rating-widget.ui");
  gtk_widget_class_bind_template_callback (widget_class, on_key_controller_key_pressed);
  gtk_widget_class_set_css_name (widget_class, "rating");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
sv_rating_widget_init (SvRatingWidget *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < SV_RATING_MAX; i++)
    {
      GtkWidget          *star = gtk_button_new ();
      GtkEventController *motion = gtk_event_controller_motion_new ();
      g_autofree char    *tooltip = describe (i + 1);

      g_object_set_data (G_OBJECT (star), "star", GINT_TO_POINTER (i + 1));
      gtk_widget_set_focusable (star, FALSE);
      gtk_widget_set_tooltip_text (star, tooltip);
      gtk_widget_add_css_class (star, "flat");
      gtk_widget_add_css_class (star, "star");
      /* The slider role and its value tell assistive technologies all the
       * stars do, so the buttons themselves stay out of their way. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      g_signal_connect (star, "clicked", G_CALLBACK (on_star_clicked), self);
      g_signal_connect (motion, "enter", G_CALLBACK (on_star_enter), self);
      g_signal_connect (motion, "leave", G_CALLBACK (on_star_leave), self);
      gtk_widget_add_controller (star, motion);
      gtk_widget_set_parent (star, GTK_WIDGET (self));
      self->stars[i] = star;
    }

  update_stars (self);
  update_accessible (self);
}

GtkWidget *
sv_rating_widget_new (void)
{
  return g_object_new (SV_TYPE_RATING_WIDGET, NULL);
}

int
sv_rating_widget_get_value (SvRatingWidget *self)
{
  g_return_val_if_fail (SV_IS_RATING_WIDGET (self), 0);

  return self->value;
}

void
sv_rating_widget_set_value (SvRatingWidget *self,
                            int             value)
{
  g_return_if_fail (SV_IS_RATING_WIDGET (self));

  value = CLAMP (value, 0, SV_RATING_MAX);
  if (value == self->value)
    return;

  self->value = value;
  self->hover = 0;
  update_stars (self);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
