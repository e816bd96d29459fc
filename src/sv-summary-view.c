/* sv-summary-view.c: the Summary view: a trip's numbers, top talks, restaurants, watch-later list.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sv-date.h"
#include "sv-rating-label.h"
#include "sv-summary-view.h"
#include "sv-plain-text.h"
#include "sv-uri.h"

#define N_TOP_TALKS   5
#define N_RESTAURANTS 2
#define N_HIGHLIGHTS  10

struct _SvSummaryView
{
  SvTripView parent_instance;

  /* template children */
  GtkStack      *stack;
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkFlowBox    *numbers_box;
  GtkLabel      *summary_label;
  GtkWidget     *top_talks_section;
  GtkListBox    *top_talks_list;
  GtkWidget     *restaurants_section;
  GtkListBox    *restaurants_list;
  GtkWidget     *watch_later_section;
  GtkListBox    *watch_later_list;
  GtkWidget     *highlights_section;
  GtkListBox    *highlights_list;
  AdwStatusPage *error_page;

  /* owned */
  guint refresh_id;

  gboolean dirty; /* changed while hidden: refresh when shown */
};

G_DEFINE_FINAL_TYPE (SvSummaryView, sv_summary_view, SV_TYPE_TRIP_VIEW)

/* Building blocks */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, row);
}

static char *
dup_speakers (SvEntry *entry)
{
  const char * const *speakers = sv_entry_get_speakers (entry);

  return speakers ? g_strjoinv (", ", (char **) speakers) : NULL;
}

static GtkWidget *
add_row (GtkListBox *list,
         SvEntry    *entry,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  gint64    *id = g_new (gint64, 1);

  *id = sv_entry_get_id (entry);
  g_object_set_data_full (G_OBJECT (row), "entry-id", id, g_free);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : sv_entry_get_title (entry));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_list_box_append (list, row);

  return row;
}

static void
add_kind_icon (GtkWidget *row,
               SvEntry   *entry)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (sv_entry_kind_get_icon_name (sv_entry_get_kind (entry)));

  gtk_widget_set_tooltip_text (icon, sv_entry_kind_get_label (sv_entry_get_kind (entry)));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
}

static void
add_rating (GtkWidget *row,
            SvEntry   *entry)
{
  GtkWidget *rating = sv_rating_label_new (sv_entry_get_rating (entry));

  gtk_widget_set_valign (rating, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rating);
}

static void
on_list_row_activated (GtkListBox    *list,
                       GtkListBoxRow *row,
                       SvSummaryView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "entry-id");

  if (id != NULL)
    sv_trip_view_activate_entry (SV_TRIP_VIEW (self), *id);
}

/* Sections */

/* ngettext with a context, read by xgettext as the keyword NPGETTEXT
 * (po/meson.build): "Day" under a number is not the editor's "Day". */
#define NPGETTEXT(context, singular, plural, n) \
  summary_npgettext (context "\004" singular, singular, plural, n)

static const char *
summary_npgettext (const char *glued,
                   const char *singular,
                   const char *plural,
                   gulong      n)
{
  const char *translated = g_dngettext (GETTEXT_PACKAGE, glued, plural, n);

  /* Untranslated, gettext gives back the glued context for one. */
  return translated == glued ? singular : translated;
}

static void
add_number (SvSummaryView *self,
            guint          value,
            const char    *caption)
{
  g_autofree char *number = g_strdup_printf ("%u", value);
  g_autofree char *description = NULL;
  GtkWidget       *tile = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget       *number_label = gtk_label_new (number);
  GtkWidget       *caption_label = gtk_label_new (caption);

  gtk_widget_add_css_class (tile, "card");
  gtk_widget_add_css_class (tile, "summary-tile");
  gtk_widget_add_css_class (number_label, "summary-number");
  gtk_widget_add_css_class (number_label, "numeric");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (caption_label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (tile), number_label);
  gtk_box_append (GTK_BOX (tile), caption_label);

  /* One phrase, "18 talks", rather than two labels. */
  description = g_strdup_printf ("%s %s", number, caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tile), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_flow_box_append (self->numbers_box, tile);
  gtk_widget_set_focusable (gtk_widget_get_parent (tile), FALSE);
}

static void
fill_numbers (SvSummaryView     *self,
              const SvTripStats *stats)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->numbers_box))) != NULL)
    gtk_flow_box_remove (self->numbers_box, child);

  /* Translators: under a number in the Summary, "4 Days" */
  add_number (self, stats->days, NPGETTEXT ("summary number", "Day", "Days", stats->days));
  /* Translators: under a number in the Summary, "18 Talks" */
  add_number (self, stats->talks, NPGETTEXT ("summary number", "Talk", "Talks", stats->talks));
  /* Translators: under a number in the Summary, "3 Keynotes" */
  add_number (self, stats->keynotes, NPGETTEXT ("summary number", "Keynote", "Keynotes", stats->keynotes));
  /* Translators: under a number in the Summary, "6 Restaurants" */
  add_number (self, stats->restaurants, NPGETTEXT ("summary number", "Restaurant", "Restaurants", stats->restaurants));
  /* Translators: under a number in the Summary, "0 Photos" */
  add_number (self, stats->photos, NPGETTEXT ("summary number", "Photo", "Photos", stats->photos));
}

static int
compare_rating (gconstpointer a,
                gconstpointer b)
{
  SvEntry *entry_a = *(SvEntry **) a;
  SvEntry *entry_b = *(SvEntry **) b;

  return sv_entry_get_rating (entry_b) - sv_entry_get_rating (entry_a);
}

static void
fill_top_talks (SvSummaryView *self,
                GPtrArray     *entries)
{
  g_autoptr (GPtrArray) talks = g_ptr_array_new ();

  clear_list (self->top_talks_list);
  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (entries, i);

      if (sv_entry_kind_is_talk (sv_entry_get_kind (entry)) && sv_entry_get_rating (entry) > 0)
        g_ptr_array_add (talks, entry);
    }

  /* A stable sort: among equals, the earlier talk first. */
  g_ptr_array_sort (talks, compare_rating);
  for (guint i = 0; i < talks->len && i < N_TOP_TALKS; i++)
    {
      SvEntry         *entry = g_ptr_array_index (talks, i);
      g_autofree char *speakers = dup_speakers (entry);
      GtkWidget       *row = add_row (self->top_talks_list, entry, NULL, speakers);

      add_kind_icon (row, entry);
      add_rating (row, entry);
    }

  gtk_widget_set_visible (self->top_talks_section, talks->len > 0);
}

static gboolean
has_place (GPtrArray *meals,
           gint64     place_id)
{
  for (guint i = 0; i < meals->len; i++)
    if (sv_entry_get_place_id (g_ptr_array_index (meals, i)) == place_id)
      return TRUE;

  return FALSE;
}

static int
compare_favourite_rank (gconstpointer a,
                        gconstpointer b)
{
  SvMeal *meal_a = sv_entry_get_meal (*(SvEntry **) a);
  SvMeal *meal_b = sv_entry_get_meal (*(SvEntry **) b);

  return sv_meal_get_favourite_rank (meal_a) - sv_meal_get_favourite_rank (meal_b);
}

/* The favourite and the runner-up, as ranked by the user; without ranks,
 * the best-rated restaurants stand in for them. */
static GPtrArray *
find_favourite_meals (GPtrArray *entries)
{
  g_autoptr (GPtrArray) ranked = g_ptr_array_new ();
  g_autoptr (GPtrArray) rated = g_ptr_array_new ();
  GPtrArray *favourites = g_ptr_array_new ();

  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry *entry = g_ptr_array_index (entries, i);
      SvMeal  *meal = sv_entry_get_meal (entry);

      if (sv_entry_get_kind (entry) != SV_ENTRY_KIND_MEAL || meal == NULL)
        continue;
      if (sv_meal_get_favourite_rank (meal) > 0)
        g_ptr_array_add (ranked, entry);
      else if (sv_entry_get_rating (entry) > 0 && sv_entry_get_place_id (entry) != 0)
        g_ptr_array_add (rated, entry);
    }

  g_ptr_array_sort (ranked, compare_favourite_rank);
  g_ptr_array_sort (rated, compare_rating);
  for (guint i = 0; i < ranked->len && favourites->len < N_RESTAURANTS; i++)
    g_ptr_array_add (favourites, g_ptr_array_index (ranked, i));
  for (guint i = 0; i < rated->len && favourites->len < N_RESTAURANTS; i++)
    {
      SvEntry *entry = g_ptr_array_index (rated, i);

      if (!has_place (favourites, sv_entry_get_place_id (entry)))
        g_ptr_array_add (favourites, entry);
    }

  return favourites;
}

static void
fill_restaurants (SvSummaryView *self,
                  GPtrArray     *entries)
{
  g_autoptr (GPtrArray) favourites = find_favourite_meals (entries);

  clear_list (self->restaurants_list);
  for (guint i = 0; i < favourites->len; i++)
    {
      SvEntry         *entry = g_ptr_array_index (favourites, i);
      SvMeal          *meal = sv_entry_get_meal (entry);
      int              rank = sv_meal_get_favourite_rank (meal);
      const char      *meal_label = sv_meal_type_get_label (sv_meal_get_meal_type (meal));
      g_autofree char *subtitle = NULL;
      g_autofree char *rank_text = g_strdup_printf ("%d", (int) i + 1);
      GtkWidget       *rank_label = gtk_label_new (rank_text);
      GtkWidget       *row;

      if (rank == 1)
        /* Translators: the subtitle of the favourite restaurant, "Favourite · Dinner" */
        subtitle = g_strdup_printf (_ ("Favourite · %s"), meal_label);
      else if (rank == 2)
        /* Translators: the subtitle of the second-best restaurant, "Runner-up · Dinner" */
        subtitle = g_strdup_printf (_ ("Runner-up · %s"), meal_label);
      else
        subtitle = g_strdup (meal_label);

      row = add_row (self->restaurants_list, entry, sv_entry_get_place_name (entry), subtitle);
      gtk_widget_add_css_class (rank_label, "rank");
      gtk_widget_set_valign (rank_label, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (rank_label), GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), rank_label);
      add_rating (row, entry);

      if (sv_entry_get_place_id (entry) != 0)
        {
          GtkWidget *map_button = gtk_button_new_from_icon_name ("mark-location-symbolic");

          gtk_widget_set_valign (map_button, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (map_button, _ ("Show on Map"));
          gtk_widget_add_css_class (map_button, "flat");
          gtk_actionable_set_action_name (GTK_ACTIONABLE (map_button), "win.show-place");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (map_button), "x", sv_entry_get_place_id (entry));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), map_button);
        }
    }

  gtk_widget_set_visible (self->restaurants_section, favourites->len > 0);
}

static void
fill_watch_later (SvSummaryView *self,
                  GPtrArray     *entries)
{
  guint n = 0;

  clear_list (self->watch_later_list);
  for (guint i = 0; i < entries->len; i++)
    {
      SvEntry         *entry = g_ptr_array_index (entries, i);
      SvTalk          *talk = sv_entry_get_talk (entry);
      g_autofree char *speakers = NULL;
      const char      *video_url;
      GtkWidget       *row;

      if (talk == NULL || sv_talk_get_role (talk) != SV_TALK_ROLE_WATCH_LATER)
        continue;

      speakers = dup_speakers (entry);
      row = add_row (self->watch_later_list, entry, NULL, speakers);
      add_kind_icon (row, entry);
      video_url = sv_talk_get_video_url (talk);
      if (sv_uri_is_web (video_url))
        {
          /* GtkLinkButton opens the link with the desktop's browser. */
          GtkWidget *link = gtk_link_button_new_with_label (video_url, _ ("Watch"));

          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
        }
      else
        {
          GtkWidget *none = gtk_label_new (_ ("No video link yet"));

          gtk_widget_add_css_class (none, "dim-label");
          gtk_widget_add_css_class (none, "caption");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), none);
        }
      n++;
    }

  gtk_widget_set_visible (self->watch_later_section, n > 0);
}

/* The highlights in timeline order; when there are many, the best-rated
 * of them, so that the summary stays one. */
static void
fill_highlights (SvSummaryView *self,
                 GPtrArray     *entries)
{
  g_autoptr (GPtrArray) highlights = g_ptr_array_new ();
  g_autoptr (GPtrArray) best = NULL;

  clear_list (self->highlights_list);
  for (guint i = 0; i < entries->len; i++)
    if (sv_entry_get_highlight (g_ptr_array_index (entries, i)))
      g_ptr_array_add (highlights, g_ptr_array_index (entries, i));

  best = g_ptr_array_copy (highlights, NULL, NULL);
  g_ptr_array_sort (best, compare_rating);
  if (best->len > N_HIGHLIGHTS)
    g_ptr_array_set_size (best, N_HIGHLIGHTS);

  for (guint i = 0; i < highlights->len; i++)
    {
      SvEntry         *entry = g_ptr_array_index (highlights, i);
      g_autofree char *day = NULL;
      GtkWidget       *row;

      if (!g_ptr_array_find (best, entry, NULL))
        continue;

      day = sv_date_format_day (sv_entry_get_day (entry));
      row = add_row (self->highlights_list, entry, NULL, day ? day : _ ("The whole trip"));
      add_kind_icon (row, entry);
      add_rating (row, entry);
    }

  gtk_widget_set_visible (self->highlights_section, highlights->len > 0);
}

static void
fill_header (SvSummaryView *self,
             SvTrip        *trip)
{
  g_autofree char *dates = sv_trip_format_dates (trip);
  g_autoptr (GString) subtitle = g_string_new (NULL);
  const char *summary = sv_trip_get_summary (trip);

  if (sv_trip_get_city (trip) != NULL)
    g_string_append (subtitle, sv_trip_get_city (trip));
  if (sv_trip_get_country (trip) != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? ", " : "", sv_trip_get_country (trip));
  if (dates != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", dates);

  gtk_label_set_text (self->title_label, sv_trip_get_title (trip));
  gtk_label_set_text (self->subtitle_label, subtitle->str);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle->len > 0);
  gtk_label_set_text (self->summary_label, summary ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL);
}

/* Refreshing */

static void
show_error (SvSummaryView *self,
            const GError  *error)
{
  sv_status_page_set_plain_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
refresh (SvSummaryView *self)
{
  SvStore *store = sv_trip_view_get_store (SV_TRIP_VIEW (self));
  gint64   trip_id = sv_trip_view_get_trip_id (SV_TRIP_VIEW (self));
  g_autoptr (GError) error = NULL;
  g_autoptr (SvTrip) trip = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  SvTripStats stats;

  self->dirty = FALSE;
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (store == NULL || trip_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  trip = sv_store_get_trip (store, trip_id, &error);
  if (trip == NULL || !sv_store_get_trip_stats (store, trip_id, &stats, &error))
    {
      show_error (self, error);
      return;
    }

  entries = sv_store_list_entries (store, trip_id, &error);
  if (entries == NULL)
    {
      show_error (self, error);
      return;
    }

  if (entries->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  fill_header (self, trip);
  fill_numbers (self, &stats);
  fill_top_talks (self, entries);
  fill_restaurants (self, entries);
  fill_watch_later (self, entries);
  fill_highlights (self, entries);
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static gboolean
refresh_idle (gpointer user_data)
{
  SvSummaryView *self = user_data;

  self->refresh_id = 0;
  /* A hidden summary waits until it is shown: most edits happen in other
   * views, and each would rebuild it otherwise. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->dirty = TRUE;

  return G_SOURCE_REMOVE;
}

/* In an idle: bursts of changes (an import, the demo trip) come as one
 * refresh. */
static void
sv_summary_view_reload (SvTripView *view)
{
  SvSummaryView *self = SV_SUMMARY_VIEW (view);

  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
sv_summary_view_trip_changed (SvTripView   *view,
                              gint64        trip_id,
                              SvStoreChange change)
{
  if (trip_id == sv_trip_view_get_trip_id (view))
    sv_summary_view_reload (view);
}

static void
sv_summary_view_entry_changed (SvTripView   *view,
                               gint64        trip_id,
                               gint64        entry_id,
                               SvStoreChange change)
{
  sv_summary_view_trip_changed (view, trip_id, change);
}

/* A place's new name shows in the restaurants. */
static void
sv_summary_view_place_changed (SvTripView   *view,
                               gint64        place_id,
                               SvStoreChange change)
{
  sv_summary_view_reload (view);
}

static void
sv_summary_view_map (GtkWidget *widget)
{
  SvSummaryView *self = SV_SUMMARY_VIEW (widget);

  GTK_WIDGET_CLASS (sv_summary_view_parent_class)->map (widget);

  if (self->dirty)
    refresh (self);
}

static void
sv_summary_view_dispose (GObject *object)
{
  SvSummaryView *self = SV_SUMMARY_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_SUMMARY_VIEW);
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  G_OBJECT_CLASS (sv_summary_view_parent_class)->dispose (object);
}

static void
sv_summary_view_class_init (SvSummaryViewClass *klass)
{
  GObjectClass    *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass  *widget_class = GTK_WIDGET_CLASS (klass);
  SvTripViewClass *trip_view_class = SV_TRIP_VIEW_CLASS (klass);

  object_class->dispose = sv_summary_view_dispose;
  widget_class->map = sv_summary_view_map;
  trip_view_class->reload = sv_summary_view_reload;
  trip_view_class->entry_changed = sv_summary_view_entry_changed;
  trip_view_class->trip_changed = sv_summary_view_trip_changed;
  trip_view_class->place_changed = sv_summary_view_place_changed;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, stack);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, title_label);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, numbers_box);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, top_talks_section);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, top_talks_list);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, restaurants_section);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, restaurants_list);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, watch_later_section);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, watch_later_list);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, highlights_section);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, highlights_list);
  gtk_widget_class_bind_template_child (widget_class, SvSummaryView, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated);
}

static void
sv_summary_view_init (SvSummaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
sv_summary_view_new (void)
{
  return g_object_new (SV_TYPE_SUMMARY_VIEW, NULL);
}
