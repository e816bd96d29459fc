/* sv-place-pin.c: a place on the map: a pin in its category's colour, with a popover.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-entry.h"
#include "sv-place-pin.h"
#include "sv-uri.h"

struct _SvPlacePin
{
  ShumateMarker parent_instance;

  /* template children */
  GtkMenuButton *button;
  GtkImage      *icon;
  GtkImage      *star;
  GtkPopover    *popover;
  GtkLabel      *name_label;
  GtkLabel      *category_label;
  GtkLabel      *address_label;
  GtkLinkButton *link_button;
  GtkListBox    *visit_list;
  GtkLabel      *error_label;
  GtkButton     *osm_button;
  GtkButton     *edit_button;

  /* owned */
  SvPlace   *place;
  GPtrArray *visits;

  gboolean favourite;
};

enum {
  OPENED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SvPlacePin, sv_place_pin, SHUMATE_TYPE_MARKER)

static char *
format_stars (int rating)
{
  GString *stars = g_string_new (NULL);

  for (int i = 1; rating > 0 && i <= 5; i++)
    g_string_append (stars, i <= rating ? "★" : "☆");

  return g_string_free (stars, FALSE);
}

/* "Friday, 17 May, 21:30 · Snack · ★★★★★" */
static char *
format_visit (SvEntry *entry)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *day = sv_date_format_day (sv_entry_get_day (entry));
  g_autofree char *time = sv_time_format (sv_entry_get_start_time (entry));
  SvMeal          *meal = sv_entry_get_meal (entry);

  if (day == NULL)
    day = g_strdup (_ ("Whole trip"));
  if (time != NULL)
    /* Translators: a day and a time, "Friday, 17 May, 21:30" */
    g_ptr_array_add (parts, g_strdup_printf (_ ("%s, %s"), day, time));
  else
    g_ptr_array_add (parts, g_steal_pointer (&day));

  if (meal != NULL && sv_entry_get_kind (entry) == SV_ENTRY_KIND_MEAL)
    g_ptr_array_add (parts, g_strdup (sv_meal_type_get_label (sv_meal_get_meal_type (meal))));
  else
    g_ptr_array_add (parts, g_strdup (sv_entry_kind_get_label (sv_entry_get_kind (entry))));

  if (sv_entry_get_rating (entry) > 0)
    g_ptr_array_add (parts, format_stars (sv_entry_get_rating (entry)));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
create_visit_row (SvEntry *entry)
{
  g_autofree char *details = format_visit (entry);
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget       *title = gtk_label_new (sv_entry_get_title (entry));
  GtkWidget       *subtitle = gtk_label_new (details);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, _ ("Edit this entry"));
  /* Opens the entry editor of the window. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.edit-entry");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", sv_entry_get_id (entry));

  return row;
}

static char *
dup_host (const char *url)
{
  g_autoptr (GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  return uri != NULL ? g_strdup (g_uri_get_host (uri)) : NULL;
}

/* The popover is filled when it opens, so that hundreds of pins cost
 * nothing until one is looked at. */
static void
fill_popover (SvPlacePin *self)
{
  const char      *address = sv_place_get_address (self->place);
  const char      *url = sv_place_get_url (self->place);
  const char      *category = sv_place_category_get_label (sv_place_get_category (self->place));
  g_autofree char *category_text = NULL;
  GtkWidget       *child;

  gtk_label_set_text (self->name_label, sv_place_get_name (self->place));

  if (self->favourite)
    /* Translators: under a place's name, "Restaurant · Favourite of the trip" */
    category_text = g_strdup_printf (_ ("%s · Favourite of the trip"), category);
  gtk_label_set_text (self->category_label, category_text ? category_text : category);

  gtk_label_set_text (self->address_label, address ? address : "");
  gtk_widget_set_visible (GTK_WIDGET (self->address_label), address != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->link_button), sv_uri_is_web (url));
  if (sv_uri_is_web (url))
    {
      g_autofree char *host = dup_host (url);

      gtk_link_button_set_uri (self->link_button, url);
      gtk_button_set_label (GTK_BUTTON (self->link_button), host ? host : url);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->link_button), url);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->visit_list))) != NULL)
    gtk_list_box_remove (self->visit_list, child);
  for (guint i = 0; self->visits != NULL && i < self->visits->len; i++)
    gtk_list_box_append (self->visit_list, create_visit_row (g_ptr_array_index (self->visits, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->visit_list), self->visits != NULL && self->visits->len > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
on_popover_show (SvPlacePin *self)
{
  fill_popover (self);
  g_signal_emit (self, signals[OPENED], 0);
}

static void
on_visit_list_row_activated (SvPlacePin *self)
{
  gtk_popover_popdown (self->popover);
}

static void
on_edit_button_clicked (SvPlacePin *self)
{
  gtk_popover_popdown (self->popover);
}

static void
on_osm_launched (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (SvPlacePin) self = user_data;
  g_autoptr (GError) error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    {
      gtk_popover_popdown (self->popover);
      return;
    }

  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
on_osm_button_clicked (SvPlacePin *self)
{
  g_autofree char *url = sv_place_dup_osm_url (self->place);
  g_autoptr (GdkAppLaunchContext) context = NULL;

  if (url == NULL)
    return;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));
  g_app_info_launch_default_for_uri_async (url, G_APP_LAUNCH_CONTEXT (context), NULL, on_osm_launched,
                                           g_object_ref (self));
}

static void
sv_place_pin_dispose (GObject *object)
{
  SvPlacePin *self = SV_PLACE_PIN (object);

  /* ShumateMarker keeps a pointer to its child: let it drop the child
   * itself, before the template lets go of it. */
  shumate_marker_set_child (SHUMATE_MARKER (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_PLACE_PIN);
  g_clear_object (&self->place);
  g_clear_pointer (&self->visits, g_ptr_array_unref);

  G_OBJECT_CLASS (sv_place_pin_parent_class)->dispose (object);
}

static void
sv_place_pin_class_init (SvPlacePinClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_place_pin_dispose;

  /**
   * SvPlacePin::opened:
   *
   * The pin's popover opened, by a click or sv_place_pin_popup().
   */
  signals[OPENED] = g_signal_new ("opened", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-place-pin.ui");
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, button);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, icon);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, star);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, popover);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, name_label);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, category_label);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, address_label);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, link_button);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, visit_list);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, error_label);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, osm_button);
  gtk_widget_class_bind_template_child (widget_class, SvPlacePin, edit_button);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_visit_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_osm_button_clicked);
}

static void
sv_place_pin_init (SvPlacePin *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SvPlacePin *
sv_place_pin_new (void)
{
  return g_object_new (SV_TYPE_PLACE_PIN, NULL);
}

void
sv_place_pin_update (SvPlacePin *self,
                     SvPlace    *place,
                     GPtrArray  *visits,
                     gboolean    favourite)
{
  SvPlaceCategory  category;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (SV_IS_PLACE_PIN (self));
  g_return_if_fail (SV_IS_PLACE (place));
  g_return_if_fail (sv_place_get_has_location (place));

  if (self->place != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->button),
                                 sv_place_category_to_string (sv_place_get_category (self->place)));

  g_set_object (&self->place, place);
  g_clear_pointer (&self->visits, g_ptr_array_unref);
  self->visits = visits != NULL ? g_ptr_array_ref (visits) : NULL;
  self->favourite = favourite;
  category = sv_place_get_category (place);

  shumate_location_set_location (SHUMATE_LOCATION (self), sv_place_get_latitude (place), sv_place_get_longitude (place));

  /* The colour comes from the category's class (see SvMapView). */
  gtk_widget_add_css_class (GTK_WIDGET (self->button), sv_place_category_to_string (category));
  gtk_image_set_from_icon_name (self->icon, sv_place_category_get_icon_name (category));
  gtk_widget_set_visible (GTK_WIDGET (self->star), favourite);
  if (favourite)
    gtk_widget_add_css_class (GTK_WIDGET (self->button), "favourite");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->button), "favourite");

  if (favourite)
    /* Translators: the tooltip of a pin: a place's name and category */
    tooltip = g_strdup_printf (_ ("%s\n%s · Favourite of the trip"), sv_place_get_name (place),
                               sv_place_category_get_label (category));
  else
    tooltip = g_strdup_printf ("%s\n%s", sv_place_get_name (place), sv_place_category_get_label (category));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sv_place_get_name (place),
                                  -1);
  /* The target first: an action with a parameter and no target warns. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "x", sv_place_get_id (place));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "map.edit-place");

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    fill_popover (self);
}

SvPlace *
sv_place_pin_get_place (SvPlacePin *self)
{
  g_return_val_if_fail (SV_IS_PLACE_PIN (self), NULL);

  return self->place;
}

gboolean
sv_place_pin_get_favourite (SvPlacePin *self)
{
  g_return_val_if_fail (SV_IS_PLACE_PIN (self), FALSE);

  return self->favourite;
}

void
sv_place_pin_popup (SvPlacePin *self)
{
  g_return_if_fail (SV_IS_PLACE_PIN (self));

  gtk_menu_button_popup (self->button);
}

void
sv_place_pin_popdown (SvPlacePin *self)
{
  g_return_if_fail (SV_IS_PLACE_PIN (self));

  gtk_menu_button_popdown (self->button);
}
