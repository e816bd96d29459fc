/* sv-place-editor.c: creates a place, or edits its name, category, address, location and link.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-geo.h"
#include "sv-place-editor.h"
#include "sv-uri.h"

/* A trip of more days than this is a mistake in its dates. */
#define MAX_TRIP_DAYS 366

struct _SvPlaceEditor
{
  AdwWindow parent_instance;

  /* template children */
  AdwWindowTitle      *window_title;
  GtkButton           *save_button;
  AdwEntryRow         *name_row;
  AdwComboRow         *category_row;
  AdwEntryRow         *address_row;
  GtkLabel            *error_label;
  AdwEntryRow         *location_row;
  GtkLabel            *location_error;
  AdwEntryRow         *url_row;
  GtkLabel            *url_error;
  AdwPreferencesGroup *visit_group;
  GtkSwitch           *visit_switch;
  AdwComboRow         *day_row;

  /* owned */
  SvStore   *store;
  SvPlace   *place;
  GPtrArray *days; /* ISO days of the trip, in the order of day_row; NULL for a trip without dates */

  gint64 trip_id;
};

G_DEFINE_FINAL_TYPE (SvPlaceEditor, sv_place_editor, ADW_TYPE_WINDOW)

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
dup_row_stripped (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (row_text (row)));
}

static void
set_row_error (AdwEntryRow *row,
               GtkLabel    *label,
               const char  *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_label_set_text (label, message);
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");

  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static void
show_error (SvPlaceEditor *self,
            const char    *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Reads the location row: TRUE for an empty row (no location) or a
 * coordinate, which then goes into LATITUDE and LONGITUDE. */
static gboolean
parse_location_row (SvPlaceEditor *self,
                    gboolean      *has_location,
                    double        *latitude,
                    double        *longitude,
                    GError       **error)
{
  g_autofree char *text = dup_row_stripped (self->location_row);

  *has_location = *text != '\0';
  return !*has_location || sv_geo_parse (text, latitude, longitude, error);
}

/* Each row says what is wrong with it as soon as it is typed into. */
static gboolean
check_rows (SvPlaceEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = dup_row_stripped (self->name_row);
  g_autofree char *url = dup_row_stripped (self->url_row);
  gboolean         has_location;
  double           latitude, longitude;
  gboolean         location_ok = parse_location_row (self, &has_location, &latitude, &longitude, &error);
  gboolean         url_ok = *url == '\0' || sv_uri_is_web (url);

  set_row_error (self->location_row, self->location_error, location_ok ? NULL : error->message);
  if (url_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->url_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->url_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->url_error), !url_ok);

  return *name != '\0' && location_ok && url_ok;
}

static void
on_row_changed (SvPlaceEditor *self)
{
  show_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), check_rows (self));
}

/* "40.4433, -79.996": six decimals (about ten centimetres), without the
 * zeros after them, with a dot whatever the locale. */
static char *
format_degrees (double value)
{
  char  buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.6f", value);
  end = buffer + strlen (buffer) - 1;
  while (end > buffer && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';

  return g_strdup (buffer);
}

static void
set_location_text (SvPlaceEditor *self,
                   double         latitude,
                   double         longitude)
{
  g_autofree char *lat = format_degrees (latitude);
  g_autofree char *lon = format_degrees (longitude);
  g_autofree char *text = g_strdup_printf ("%s, %s", lat, lon);

  gtk_editable_set_text (GTK_EDITABLE (self->location_row), text);
}

static SvEntry *
create_visit (SvPlaceEditor *self,
              SvPlace       *place)
{
  SvEntry *entry = sv_entry_new ();
  guint    selected = adw_combo_row_get_selected (self->day_row);

  sv_entry_set_trip_id (entry, self->trip_id);
  if (self->days != NULL && selected < self->days->len)
    sv_entry_set_day (entry, g_ptr_array_index (self->days, selected));
  sv_entry_set_kind (entry, SV_ENTRY_KIND_ACTIVITY);
  sv_entry_set_title (entry, sv_place_get_name (place));
  sv_entry_set_place_id (entry, sv_place_get_id (place));

  return entry;
}

/* The place and its visit are one user action: both or neither. */
static gboolean
store_place (SvPlaceEditor *self,
             SvPlace       *place,
             GError       **error)
{
  gboolean add_visit = sv_place_get_id (place) == 0 && self->trip_id != 0 &&
                       gtk_switch_get_active (self->visit_switch);
  gboolean ok;

  if (!sv_store_begin (self->store, error))
    return FALSE;

  ok = sv_store_save_place (self->store, place, error);
  if (ok && add_visit)
    {
      g_autoptr (SvEntry) visit = create_visit (self, place);

      ok = sv_store_save_entry (self->store, visit, error);
    }

  if (!ok)
    {
      sv_store_rollback (self->store);
      return FALSE;
    }

  return sv_store_commit (self->store, error);
}

gboolean
sv_place_editor_save (SvPlaceEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPlace) place = NULL;
  g_autofree char *name = NULL, *address = NULL, *url = NULL;
  gboolean         has_location;
  double           latitude = 0, longitude = 0;

  g_return_val_if_fail (SV_IS_PLACE_EDITOR (self), FALSE);

  if (!parse_location_row (self, &has_location, &latitude, &longitude, &error))
    {
      set_row_error (self->location_row, self->location_error, error->message);
      return FALSE;
    }

  /* Edit a copy, so that a refused save leaves the place as it was. */
  place = sv_place_copy (self->place);
  name = dup_row_stripped (self->name_row);
  address = dup_row_stripped (self->address_row);
  url = dup_row_stripped (self->url_row);
  sv_place_set_name (place, name);
  sv_place_set_category (place, adw_combo_row_get_selected (self->category_row));
  sv_place_set_address (place, address);
  sv_place_set_url (place, url);
  if (!has_location)
    sv_place_clear_location (place);
  else if (!sv_place_set_location (place, latitude, longitude, &error))
    {
      set_row_error (self->location_row, self->location_error, error->message);
      return FALSE;
    }

  if (!store_place (self, place, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_set_object (&self->place, place);
  return TRUE;
}

static void
on_save_button_clicked (SvPlaceEditor *self)
{
  if (sv_place_editor_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
sv_place_editor_dispose (GObject *object)
{
  SvPlaceEditor *self = SV_PLACE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_PLACE_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->place);
  g_clear_pointer (&self->days, g_ptr_array_unref);

  G_OBJECT_CLASS (sv_place_editor_parent_class)->dispose (object);
}

static void
sv_place_editor_class_init (SvPlaceEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_place_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-place-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, location_error);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, url_row);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, url_error);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, visit_group);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, visit_switch);
  gtk_widget_class_bind_template_child (widget_class, SvPlaceEditor, day_row);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sv_place_editor_init (SvPlaceEditor *self)
{
  g_autoptr (GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr (GEnumClass) klass = g_type_class_ref (SV_TYPE_PLACE_CATEGORY);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the order of the enumeration, so that the index is the value. */
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (categories, sv_place_category_get_label (klass->values[i].value));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
}

SvPlaceEditor *
sv_place_editor_new (GtkWindow *parent,
                     SvStore   *store,
                     gint64     place_id)
{
  g_autoptr (GError) error = NULL;
  SvPlaceEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_PLACE_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);

  if (place_id != 0)
    self->place = sv_store_get_place (store, place_id, &error);
  if (self->place == NULL)
    {
      self->place = sv_place_new ();
      if (error != NULL)
        show_error (self, error->message);
      adw_window_title_set_title (self->window_title, _ ("New Place"));
      gtk_button_set_label (self->save_button, _ ("_Add"));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _ ("Edit Place"));
      gtk_button_set_label (self->save_button, _ ("_Save"));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), sv_place_get_name (self->place) ?: "");
  adw_combo_row_set_selected (self->category_row, sv_place_get_category (self->place));
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), sv_place_get_address (self->place) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), sv_place_get_url (self->place) ?: "");
  if (sv_place_get_has_location (self->place))
    set_location_text (self, sv_place_get_latitude (self->place), sv_place_get_longitude (self->place));
  on_row_changed (self);
  if (error != NULL)
    show_error (self, error->message);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

void
sv_place_editor_set_location (SvPlaceEditor *self,
                              double         latitude,
                              double         longitude)
{
  g_return_if_fail (SV_IS_PLACE_EDITOR (self));

  set_location_text (self, latitude, longitude);
}

/* The trip's days, and the one to offer: today during the trip, else
 * the first. */
static void
fill_days (SvPlaceEditor *self,
           SvTrip        *trip)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GDate            day, last;
  guint            selected = 0;

  g_clear_pointer (&self->days, g_ptr_array_unref);
  self->days = g_ptr_array_new_with_free_func (g_free);

  if (trip != NULL && sv_date_parse (sv_trip_get_start_date (trip), &day))
    {
      if (!sv_date_parse (sv_trip_get_end_date (trip), &last) || g_date_compare (&last, &day) < 0)
        last = day;

      for (guint n = 0; g_date_compare (&day, &last) <= 0 && n < MAX_TRIP_DAYS; n++, g_date_add_days (&day, 1))
        {
          char             iso[16];
          g_autofree char *label = NULL;

          g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day);
          label = sv_date_format_day (iso);
          if (g_strcmp0 (iso, today) == 0)
            selected = n;
          gtk_string_list_append (labels, label);
          g_ptr_array_add (self->days, g_strdup (iso));
        }
    }

  if (self->days->len == 0)
    {
      gtk_string_list_append (labels, _ ("Whole trip"));
      g_ptr_array_add (self->days, NULL);
    }

  adw_combo_row_set_model (self->day_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->day_row, selected);
}

void
sv_place_editor_set_trip_id (SvPlaceEditor *self,
                             gint64         trip_id)
{
  g_autoptr (SvTrip) trip = NULL;

  g_return_if_fail (SV_IS_PLACE_EDITOR (self));

  /* Only new places: an existing one already is where it is. */
  if (sv_place_get_id (self->place) != 0)
    return;

  self->trip_id = trip_id;
  if (trip_id != 0)
    trip = sv_store_get_trip (self->store, trip_id, NULL);
  if (trip == NULL)
    self->trip_id = 0;
  else
    fill_days (self, trip);

  gtk_widget_set_visible (GTK_WIDGET (self->visit_group), self->trip_id != 0);
}

gint64
sv_place_editor_get_place_id (SvPlaceEditor *self)
{
  g_return_val_if_fail (SV_IS_PLACE_EDITOR (self), 0);

  return sv_place_get_id (self->place);
}
