/* sv-trip-dialog.c: creates a trip, or edits one's title, place, dates and link.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-trip-dialog.h"

struct _SvTripDialog
{
  AdwWindow parent_instance;

  /* template children */
  AdwWindowTitle *window_title;
  GtkButton      *save_button;
  AdwEntryRow    *title_row;
  AdwEntryRow    *event_row;
  AdwEntryRow    *city_row;
  AdwEntryRow    *country_row;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  AdwEntryRow    *url_row;
  GtkTextView    *summary_view;
  GtkCalendar    *start_calendar;
  GtkCalendar    *end_calendar;
  GtkLabel       *error_label;

  /* owned */
  SvStore *store;
  SvTrip  *trip;
};

G_DEFINE_FINAL_TYPE (SvTripDialog, sv_trip_dialog, ADW_TYPE_WINDOW)

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
show_error (SvTripDialog *self,
            const char   *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* A date row holds ISO dates; anything else is said at once, before Save. */
static gboolean
check_date_row (AdwEntryRow *row)
{
  const char *text = row_text (row);
  gboolean    ok = *text == '\0' || sv_date_parse (text, NULL);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");

  return ok;
}

static void
update_save_sensitivity (SvTripDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (row_text (self->title_row)));
  gboolean         start_ok = check_date_row (self->start_row);
  gboolean         end_ok = check_date_row (self->end_row);

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), *title != '\0' && start_ok && end_ok);
}

static void
on_row_changed (SvTripDialog *self)
{
  show_error (self, NULL);
  update_save_sensitivity (self);
}

static void
set_calendar_from_row (GtkCalendar *calendar,
                       AdwEntryRow *row)
{
  GDate date;

  if (sv_date_parse (row_text (row), &date))
    {
      g_autoptr (GDateTime) dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                        g_date_get_day (&date), 12, 0, 0);

      gtk_calendar_select_day (calendar, dt);
    }
}

static void
on_day_selected (GtkCalendar  *calendar,
                 SvTripDialog *self)
{
  g_autoptr (GDateTime) dt = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (dt, "%Y-%m-%d");
  AdwEntryRow     *row = calendar == self->start_calendar ? self->start_row : self->end_row;

  set_row_text (row, iso);
  /* A trip usually ends after it starts: follow the first day. */
  if (row == self->start_row && *row_text (self->end_row) == '\0')
    set_row_text (self->end_row, iso);
}

static char *
dup_summary (SvTripDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  GtkTextIter    start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
dup_row_stripped (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (row_text (row)));
}

gboolean
sv_trip_dialog_save (SvTripDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = NULL;
  g_autofree char *title = NULL, *event = NULL, *city = NULL, *country = NULL;
  g_autofree char *start = NULL, *end = NULL, *url = NULL, *summary = NULL;

  g_return_val_if_fail (SV_IS_TRIP_DIALOG (self), FALSE);

  /* Edit a copy, so that a refused save leaves the trip as it was. */
  trip = sv_trip_copy (self->trip);
  title = dup_row_stripped (self->title_row);
  event = dup_row_stripped (self->event_row);
  city = dup_row_stripped (self->city_row);
  country = dup_row_stripped (self->country_row);
  start = dup_row_stripped (self->start_row);
  end = dup_row_stripped (self->end_row);
  url = dup_row_stripped (self->url_row);
  summary = dup_summary (self);

  sv_trip_set_title (trip, title);
  sv_trip_set_event (trip, event);
  sv_trip_set_city (trip, city);
  sv_trip_set_country (trip, country);
  sv_trip_set_start_date (trip, start);
  sv_trip_set_end_date (trip, end);
  sv_trip_set_url (trip, url);
  sv_trip_set_summary (trip, summary);

  if (!sv_store_save_trip (self->store, trip, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_set_object (&self->trip, trip);
  return TRUE;
}

static void
on_save_clicked (SvTripDialog *self)
{
  if (sv_trip_dialog_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
sv_trip_dialog_dispose (GObject *object)
{
  SvTripDialog *self = SV_TRIP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_TRIP_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->trip);

  G_OBJECT_CLASS (sv_trip_dialog_parent_class)->dispose (object);
}

static void
sv_trip_dialog_class_init (SvTripDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_trip_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-trip-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, event_row);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, city_row);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, summary_view);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, end_calendar);
  gtk_widget_class_bind_template_child (widget_class, SvTripDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sv_trip_dialog_init (SvTripDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SvTripDialog *
sv_trip_dialog_new (GtkWindow *parent,
                    SvStore   *store,
                    gint64     trip_id)
{
  g_autoptr (GError) error = NULL;
  SvTripDialog *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_TRIP_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);

  if (trip_id != 0)
    self->trip = sv_store_get_trip (store, trip_id, &error);
  if (self->trip == NULL)
    {
      self->trip = sv_trip_new ();
      if (error != NULL)
        show_error (self, error->message);
      adw_window_title_set_title (self->window_title, _ ("New Trip"));
      gtk_button_set_label (self->save_button, _ ("_Create"));
    }
  else
    {
      adw_window_title_set_title (self->window_title, _ ("Edit Trip"));
      gtk_button_set_label (self->save_button, _ ("_Save"));
    }

  set_row_text (self->title_row, sv_trip_get_title (self->trip));
  set_row_text (self->event_row, sv_trip_get_event (self->trip));
  set_row_text (self->city_row, sv_trip_get_city (self->trip));
  set_row_text (self->country_row, sv_trip_get_country (self->trip));
  set_row_text (self->start_row, sv_trip_get_start_date (self->trip));
  set_row_text (self->end_row, sv_trip_get_end_date (self->trip));
  set_row_text (self->url_row, sv_trip_get_url (self->trip));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->summary_view),
                            sv_trip_get_summary (self->trip) ? sv_trip_get_summary (self->trip) : "", -1);
  set_calendar_from_row (self->start_calendar, self->start_row);
  set_calendar_from_row (self->end_calendar, self->end_row);
  update_save_sensitivity (self);

  return self;
}

gint64
sv_trip_dialog_get_trip_id (SvTripDialog *self)
{
  g_return_val_if_fail (SV_IS_TRIP_DIALOG (self), 0);

  return sv_trip_get_id (self->trip);
}
