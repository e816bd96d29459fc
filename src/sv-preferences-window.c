/* sv-preferences-window.c: the preferences: for now, which tile server the map uses.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-geo.h"
#include "sv-preferences-window.h"

struct _SvPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* template children */
  AdwEntryRow *tile_url_row;
  GtkButton   *reset_button;
  GtkLabel    *tile_url_error;

  /* owned */
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (SvPreferencesWindow, sv_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_tile_url_error (SvPreferencesWindow *self,
                     const char          *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->tile_url_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->tile_url_row), "error");

  gtk_label_set_text (self->tile_url_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->tile_url_error), message != NULL);
}

/* The setting changes only on Enter (or the apply button), and only to a
 * template the map can use; empty means OpenStreetMap. */
static void
on_tile_url_row_apply (SvPreferencesWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tile_url_row))));

  if (*text != '\0' && !sv_geo_tile_url_is_valid (text, &error))
    {
      show_tile_url_error (self, error->message);
      return;
    }

  show_tile_url_error (self, NULL);
  g_settings_set_string (self->settings, "tile-url", text);
}

static void
on_tile_url_row_changed (SvPreferencesWindow *self)
{
  show_tile_url_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button),
                            *gtk_editable_get_text (GTK_EDITABLE (self->tile_url_row)) != '\0');
}

static void
on_reset_button_clicked (SvPreferencesWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->tile_url_row), "");
  on_tile_url_row_apply (self);
}

static void
sv_preferences_window_dispose (GObject *object)
{
  SvPreferencesWindow *self = SV_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sv_preferences_window_parent_class)->dispose (object);
}

static void
sv_preferences_window_class_init (SvPreferencesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/souvenir_app/Souvenir/ui/sv-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, tile_url_row);
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, reset_button);
  gtk_widget_class_bind_template_child (widget_class, SvPreferencesWindow, tile_url_error);
  gtk_widget_class_bind_template_callback (widget_class, on_tile_url_row_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_tile_url_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_button_clicked);
}

static void
sv_preferences_window_init (SvPreferencesWindow *self)
{
  g_autofree char *tile_url = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SV_APP_ID);
  tile_url = g_settings_get_string (self->settings, "tile-url");
  gtk_editable_set_text (GTK_EDITABLE (self->tile_url_row), tile_url);
  on_tile_url_row_changed (self);
}

SvPreferencesWindow *
sv_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (SV_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}
