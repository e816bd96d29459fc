/* sv-map-view.c: the Map view: the trip's places as pins on a libshumate map.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <math.h>
#include <shumate/shumate.h>

#include "sv-geo.h"
#include "sv-map-view.h"
#include "sv-place-pin.h"
#include "sv-tile-source.h"

/* Zoom levels: a place asked for by name, a trip with one place, and the
 * limits when framing several (closer than 17 shows single buildings,
 * farther than 2 shows the world twice). */
#define SHOW_PLACE_ZOOM 17.0
#define ONE_PLACE_ZOOM  16.0
#define FRAME_MAX_ZOOM  17.0
#define FRAME_MIN_ZOOM  2.0
/* How many frames the map keeps its size before framing is done. */
#define FRAMES_TO_SETTLE 20
/* Room around the outermost pins, in pixels: a pin and a bit. */
#define FRAME_PADDING 48

struct _SvMapView
{
  SvTripView parent_instance;

  /* template children */
  AdwFlap          *flap;
  GtkSwitch        *all_trips_switch;
  GtkListBox       *place_list;
  ShumateSimpleMap *map;
  GtkRevealer      *tiles_revealer;
  GtkImage         *tiles_icon;
  GtkLabel         *tiles_label;
  GtkWidget        *empty_box;
  GtkRevealer      *notice_revealer;
  GtkLabel         *notice_label;
  GtkButton        *notice_edit_button;
  GtkPopoverMenu   *context_menu;

  /* owned */
  GSettings        *settings;
  ShumateMapSource *map_source;
  SvTileSource     *tile_source;
  GHashTable       *pins; /* place id → SvPlacePin */

  /* borrowed: the map owns its layers */
  ShumateMarkerLayer *marker_layer;

  guint    reload_id;
  guint    tick_id;
  gboolean frame_pending;
  int      framed_width; /* the map's size when last framed */
  int      framed_height;
  guint    frames_settled;
  gint64   popup_place_id;
  double   context_latitude;
  double   context_longitude;
};

G_DEFINE_FINAL_TYPE (SvMapView, sv_map_view, SV_TYPE_TRIP_VIEW)

static SvStore *
get_store (SvMapView *self)
{
  return sv_trip_view_get_store (SV_TRIP_VIEW (self));
}

static ShumateMap *
get_map (SvMapView *self)
{
  return shumate_simple_map_get_map (self->map);
}

static ShumateViewport *
get_viewport (SvMapView *self)
{
  return shumate_simple_map_get_viewport (self->map);
}

static gboolean
showing_all_trips (SvMapView *self)
{
  return gtk_switch_get_active (self->all_trips_switch);
}

static GtkWindow *
get_parent_window (SvMapView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* Pins and list badges take their colour from the category, whose colour
 * the core knows (sv_place_category_get_color): one provider per display,
 * written from it. */
static void
ensure_category_css (GdkDisplay *display)
{
  g_autoptr (GtkCssProvider) provider = NULL;
  g_autoptr (GString) css = NULL;
  g_autoptr (GEnumClass) klass = NULL;

  if (g_object_get_data (G_OBJECT (display), "sv-category-css") != NULL)
    return;

  css = g_string_new (NULL);
  klass = g_type_class_ref (SV_TYPE_PLACE_CATEGORY);
  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *nick = klass->values[i].value_nick;
      const char *color = sv_place_category_get_color (klass->values[i].value);

      g_string_append_printf (css, "menubutton.pin.%s > button, .category-badge.%s { background-color: %s; }\n",
                              nick, nick, color);
    }

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css->str, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "sv-category-css", g_steal_pointer (&provider), g_object_unref);
}

/* Notices */

static void
show_notice (SvMapView  *self,
             const char *message,
             gint64      place_id)
{
  gtk_label_set_text (self->notice_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->notice_edit_button), place_id != 0);
  /* The target first: an action with a parameter and no target warns. */
  if (place_id != 0)
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->notice_edit_button), "x", place_id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->notice_edit_button), "map.edit-place");
    }
  gtk_revealer_set_reveal_child (self->notice_revealer, TRUE);
}

static void
on_notice_close_button_clicked (SvMapView *self)
{
  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
}

static void
update_tiles_notice (SvMapView *self)
{
  gboolean unavailable = self->tile_source != NULL && sv_tile_source_get_unavailable (self->tile_source);

  if (unavailable && sv_tile_source_get_offline (self->tile_source))
    {
      gtk_image_set_from_icon_name (self->tiles_icon, "network-offline-symbolic");
      gtk_label_set_text (self->tiles_label, _ ("Map tiles are unavailable offline — the pins still show where things are"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->tiles_revealer), NULL);
    }
  else if (unavailable)
    {
      const GError *error = sv_tile_source_get_error (self->tile_source);

      gtk_image_set_from_icon_name (self->tiles_icon, "dialog-warning-symbolic");
      gtk_label_set_text (self->tiles_label, _ ("The tile server sends no map tiles — the pins still show where things are"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->tiles_revealer), error ? error->message : NULL);
    }

  gtk_revealer_set_reveal_child (self->tiles_revealer, unavailable);

  /* Under the tiles, the colour of OpenStreetMap's land, so that the hair
   * lines libshumate leaves between tiles do not show the window's
   * background; without tiles, the plain background of the style. */
  if (unavailable)
    gtk_widget_remove_css_class (GTK_WIDGET (self->map), "tiles-shown");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->map), "tiles-shown");
}

static void
on_tile_source_unavailable_changed (SvMapView *self)
{
  update_tiles_notice (self);
}

/* Tiles: OpenStreetMap, or the tile server of the tile-url setting */

/* The server's name, for the attribution. The template is valid
 * (sv_geo_tile_url_is_valid), so filled in it parses as a URL. */
static char *
dup_tile_host (const char *url_template)
{
  g_autofree char *example = sv_geo_fill_tile_url (url_template, 0, 0, 0);
  g_autoptr (GUri) uri = g_uri_parse (example, G_URI_FLAGS_NONE, NULL);

  return g_strdup (uri != NULL ? g_uri_get_host (uri) : url_template);
}

static void
apply_map_source (SvMapView *self)
{
  g_autofree char *url_template = g_settings_get_string (self->settings, "tile-url");
  g_autoptr (ShumateMapSourceRegistry) registry = NULL;
  g_autoptr (ShumateDataSource) downloader = NULL;
  g_autoptr (SvTileSource) tile_source = NULL;
  g_autoptr (ShumateMapSource) map_source = NULL;
  ShumateMapSource *osm;
  g_autofree char  *license = NULL;
  const char       *license_uri = NULL;
  const char       *id, *name;
  guint             min_zoom = 0, max_zoom = 19, tile_size = 256;

  if (*url_template != '\0' && sv_geo_tile_url_is_valid (url_template, NULL))
    {
      g_autofree char *host = dup_tile_host (url_template);

      /* Translators: the attribution of a map, %s is the tile server's name */
      license = g_strdup_printf (_ ("Map tiles from %s"), host);
      downloader = SHUMATE_DATA_SOURCE (shumate_tile_downloader_new (url_template));
      /* The template is the id: the map keeps tiles in memory by source id. */
      id = name = url_template;
    }
  else
    {
      /* libshumate's own OpenStreetMap source, its tiles watched by
       * SvTileSource; the attribution is the one OpenStreetMap asks for
       * (https://www.openstreetmap.org/copyright). */
      registry = shumate_map_source_registry_new_with_defaults ();
      osm = shumate_map_source_registry_get_by_id (registry, SHUMATE_MAP_SOURCE_OSM_MAPNIK);
      g_object_get (osm, "data-source", &downloader, NULL);
      id = shumate_map_source_get_id (osm);
      name = shumate_map_source_get_name (osm);
      min_zoom = shumate_map_source_get_min_zoom_level (osm);
      max_zoom = shumate_map_source_get_max_zoom_level (osm);
      tile_size = shumate_map_source_get_tile_size (osm);
      license = g_strdup (_ ("© OpenStreetMap contributors"));
      license_uri = "https://www.openstreetmap.org/copyright";
    }

  tile_source = sv_tile_source_new (downloader);
  map_source = SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full (id, name, license, license_uri, min_zoom, max_zoom,
                                                                     tile_size, SHUMATE_MAP_PROJECTION_MERCATOR,
                                                                     SHUMATE_DATA_SOURCE (tile_source)));

  if (self->tile_source != NULL)
    g_signal_handlers_disconnect_by_data (self->tile_source, self);
  g_set_object (&self->tile_source, tile_source);
  g_signal_connect_object (self->tile_source, "notify::unavailable", G_CALLBACK (on_tile_source_unavailable_changed),
                           self, G_CONNECT_SWAPPED);

  g_set_object (&self->map_source, map_source);
  shumate_simple_map_set_map_source (self->map, self->map_source);
  update_tiles_notice (self);
}

static void
on_settings_tile_url_changed (SvMapView *self)
{
  apply_map_source (self);
}

/* Framing and popping up, once the map has a size */

static void
frame_pins (SvMapView *self)
{
  guint              n = g_hash_table_size (self->pins);
  g_autofree double *latitudes = g_new (double, MAX (n, 1));
  g_autofree double *longitudes = g_new (double, MAX (n, 1));
  GtkWidget         *map = GTK_WIDGET (get_map (self));
  GHashTableIter     iter;
  gpointer           pin;
  double             latitude, longitude, zoom;
  guint              i = 0;

  g_hash_table_iter_init (&iter, self->pins);
  while (g_hash_table_iter_next (&iter, NULL, &pin))
    {
      latitudes[i] = shumate_location_get_latitude (SHUMATE_LOCATION (pin));
      longitudes[i] = shumate_location_get_longitude (SHUMATE_LOCATION (pin));
      i++;
    }

  if (!sv_geo_fit (latitudes, longitudes, n,
                   MAX (gtk_widget_get_width (map) - 2 * FRAME_PADDING, 1),
                   MAX (gtk_widget_get_height (map) - 2 * FRAME_PADDING, 1),
                   shumate_map_source_get_tile_size (self->map_source),
                   &latitude, &longitude, &zoom))
    return;

  /* A whole zoom level: raster tiles drawn between two levels are blurred
   * and show their seams. */
  zoom = isinf (zoom) ? ONE_PLACE_ZOOM : CLAMP (floor (zoom), FRAME_MIN_ZOOM, FRAME_MAX_ZOOM);
  shumate_viewport_set_zoom_level (get_viewport (self), zoom);
  shumate_map_center_on (get_map (self), latitude, longitude);
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  SvMapView *self = SV_MAP_VIEW (widget);
  GtkWidget *map = GTK_WIDGET (get_map (self));

  /* Framed once the map is on screen, and again while its size settles
   * (a window opening maximized, a sidebar sliding in), until it has kept
   * one size for a while. */
  if (self->frame_pending && gtk_widget_get_mapped (map) && gtk_widget_get_width (map) > 0)
    {
      if (gtk_widget_get_width (map) != self->framed_width || gtk_widget_get_height (map) != self->framed_height)
        {
          frame_pins (self);
          self->framed_width = gtk_widget_get_width (map);
          self->framed_height = gtk_widget_get_height (map);
          self->frames_settled = 0;
        }
      else if (++self->frames_settled >= FRAMES_TO_SETTLE)
        self->frame_pending = FALSE;
    }

  /* A pin outside the view is unmapped until the map has moved to it. */
  if (self->popup_place_id != 0 && !self->frame_pending)
    {
      GtkWidget *pin = g_hash_table_lookup (self->pins, &self->popup_place_id);

      if (pin == NULL)
        self->popup_place_id = 0;
      else if (gtk_widget_get_mapped (pin) && gtk_widget_get_width (pin) > 0)
        {
          sv_place_pin_popup (SV_PLACE_PIN (pin));
          self->popup_place_id = 0;
        }
    }

  if (self->frame_pending || self->popup_place_id != 0)
    return G_SOURCE_CONTINUE;

  self->tick_id = 0;
  return G_SOURCE_REMOVE;
}

/* Ticks run only while the map is on screen: a hidden map waiting to be
 * framed must not keep the window redrawing every frame. */
static void
ensure_tick (SvMapView *self)
{
  if (self->tick_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_tick, NULL, NULL);
}

static void
remove_tick (SvMapView *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
}

static void
request_frame (SvMapView *self)
{
  self->frame_pending = TRUE;
  self->framed_width = self->framed_height = 0;
  self->popup_place_id = 0;
  ensure_tick (self);
}

/* Places and pins */

static gint64
row_place_id (GtkListBoxRow *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "place-id");

  return id ? *id : 0;
}

static GtkWidget *
create_place_row (SvPlace *place,
                  guint    n_visits,
                  gboolean favourite)
{
  SvPlaceCategory  category = sv_place_get_category (place);
  const char      *label = sv_place_category_get_label (category);
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget       *badge = gtk_image_new_from_icon_name (sv_place_category_get_icon_name (category));
  GtkWidget       *title = gtk_label_new (sv_place_get_name (place));
  GtkWidget       *subtitle;
  g_autofree char *details = NULL;
  gint64          *id = g_new (gint64, 1);

  if (!sv_place_get_has_location (place))
    /* Translators: under a place's name in the places list: "Restaurant · not on the map yet" */
    details = g_strdup_printf (_ ("%s · not on the map yet"), label);
  else
    /* Translators: under a place's name in the places list: "Restaurant · 2 visits" */
    details = g_strdup_printf (ngettext ("%s · %u visit", "%s · %u visits", n_visits), label, n_visits);
  subtitle = gtk_label_new (details);

  gtk_widget_add_css_class (badge, "category-badge");
  gtk_widget_add_css_class (badge, sv_place_category_to_string (category));
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  /* Long names are cut rather than widen the list over the map. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 26);
  gtk_widget_set_tooltip_text (title, sv_place_get_name (place));
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), subtitle);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), text);

  if (favourite)
    {
      GtkWidget *star = gtk_image_new_from_icon_name ("starred-symbolic");

      gtk_widget_add_css_class (star, "pin-star");
      gtk_widget_set_tooltip_text (star, _ ("Favourite of the trip"));
      gtk_box_append (GTK_BOX (box), star);
    }

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  *id = sv_place_get_id (place);
  g_object_set_data_full (G_OBJECT (row), "place-id", id, g_free);

  return row;
}

/* The trip's favourite restaurant is the place of its favourite meal. */
static gboolean
has_favourite_meal (GPtrArray *visits)
{
  for (guint i = 0; visits != NULL && i < visits->len; i++)
    {
      SvMeal *meal = sv_entry_get_meal (g_ptr_array_index (visits, i));

      if (meal != NULL && sv_meal_get_favourite_rank (meal) == 1)
        return TRUE;
    }

  return FALSE;
}

static void
select_row_of_place (SvMapView *self,
                     gint64     place_id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->place_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (GTK_IS_LIST_BOX_ROW (row) && row_place_id (GTK_LIST_BOX_ROW (row)) == place_id)
        {
          gtk_list_box_select_row (self->place_list, GTK_LIST_BOX_ROW (row));
          return;
        }
    }

  gtk_list_box_unselect_all (self->place_list);
}

/* The place of an open pin is the one selected in the list. */
static void
on_pin_opened (SvMapView  *self,
               SvPlacePin *pin)
{
  select_row_of_place (self, sv_place_get_id (sv_place_pin_get_place (pin)));
}

static SvPlacePin *
ensure_pin (SvMapView *self,
            gint64     place_id)
{
  SvPlacePin *pin = g_hash_table_lookup (self->pins, &place_id);

  if (pin == NULL)
    {
      pin = sv_place_pin_new ();
      g_signal_connect_object (pin, "opened", G_CALLBACK (on_pin_opened), self, G_CONNECT_SWAPPED);
      shumate_marker_layer_add_marker (self->marker_layer, SHUMATE_MARKER (pin));
      g_hash_table_insert (self->pins, g_memdup2 (&place_id, sizeof place_id), pin);
    }

  return pin;
}

static void
load_places (SvMapView *self)
{
  SvStore *store = get_store (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64         trip_id = showing_all_trips (self) ? 0 : sv_trip_view_get_trip_id (SV_TRIP_VIEW (self));
  GHashTableIter iter;
  gpointer       key, pin;
  GtkWidget     *child;

  g_clear_handle_id (&self->reload_id, g_source_remove);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->place_list))) != NULL)
    gtk_list_box_remove (self->place_list, child);

  if (store != NULL && (trip_id != 0 || showing_all_trips (self)))
    places = sv_store_list_places (store, trip_id, &error);
  if (error != NULL)
    show_notice (self, error->message, 0);

  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      SvPlace *place = g_ptr_array_index (places, i);
      gint64   place_id = sv_place_get_id (place);
      g_autoptr (GPtrArray) visits = sv_store_list_place_entries (store, place_id, trip_id, NULL);
      gboolean favourite = has_favourite_meal (visits);

      gtk_list_box_append (self->place_list, create_place_row (place, visits ? visits->len : 0, favourite));
      if (!sv_place_get_has_location (place))
        continue;

      sv_place_pin_update (ensure_pin (self, place_id), place, visits, favourite);
      g_hash_table_add (seen, g_hash_table_lookup_extended (self->pins, &place_id, &key, NULL) ? key : NULL);
    }

  g_hash_table_iter_init (&iter, self->pins);
  while (g_hash_table_iter_next (&iter, &key, &pin))
    {
      if (!g_hash_table_contains (seen, key))
        {
          shumate_marker_layer_remove_marker (self->marker_layer, SHUMATE_MARKER (pin));
          g_hash_table_iter_remove (&iter);
        }
    }

  gtk_widget_set_visible (self->empty_box, store != NULL && g_hash_table_size (self->pins) == 0);
}

static gboolean
reload_idle (gpointer user_data)
{
  SvMapView *self = user_data;

  self->reload_id = 0;
  load_places (self);

  return G_SOURCE_REMOVE;
}

/* Several changes in one go (an import, Undo of a trip) reload once. */
static void
queue_reload (SvMapView *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

/* The store or the trip changed: another map, framed anew. */
static void
sv_map_view_reload (SvTripView *view)
{
  SvMapView *self = SV_MAP_VIEW (view);

  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
  load_places (self);
  request_frame (self);
}

static void
sv_map_view_trip_changed (SvTripView   *view,
                          gint64        trip_id,
                          SvStoreChange change)
{
  SvMapView *self = SV_MAP_VIEW (view);

  if (showing_all_trips (self) || trip_id == sv_trip_view_get_trip_id (view))
    queue_reload (self);
}

/* An entry's place and visit count are its trip's. */
static void
sv_map_view_entry_changed (SvTripView   *view,
                           gint64        trip_id,
                           gint64        entry_id,
                           SvStoreChange change)
{
  sv_map_view_trip_changed (view, trip_id, change);
}

static void
sv_map_view_place_changed (SvTripView   *view,
                           gint64        place_id,
                           SvStoreChange change)
{
  queue_reload (SV_MAP_VIEW (view));
}

static void
on_all_trips_switch_active_changed (SvMapView *self)
{
  load_places (self);
  request_frame (self);
}

static void
on_place_list_row_activated (SvMapView     *self,
                             GtkListBoxRow *row)
{
  SvPlacePin *pin;
  gint64      place_id = row_place_id (row);

  pin = g_hash_table_lookup (self->pins, &place_id);
  if (pin == NULL)
    {
      sv_map_view_show_place (self, place_id);
      return;
    }

  /* Glide there at the zoom the user chose; the popover opens on arrival. */
  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
  self->frame_pending = FALSE;
  shumate_map_go_to (get_map (self),
                     shumate_location_get_latitude (SHUMATE_LOCATION (pin)),
                     shumate_location_get_longitude (SHUMATE_LOCATION (pin)));
  self->popup_place_id = place_id;
  ensure_tick (self);

  /* Folded, the list covers the map. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* "Add Place Here" */

static void
open_context_menu (SvMapView *self,
                   double     x,
                   double     y)
{
  GtkWidget   *map = GTK_WIDGET (get_map (self));
  GdkRectangle rect = { 0, 0, 1, 1 };
  double       view_x, view_y;

  if (get_store (self) == NULL)
    return;

  shumate_viewport_widget_coords_to_location (get_viewport (self), map, x, y,
                                              &self->context_latitude, &self->context_longitude);
  if (!gtk_widget_translate_coordinates (map, GTK_WIDGET (self), x, y, &view_x, &view_y))
    return;

  rect.x = (int) view_x;
  rect.y = (int) view_y;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
on_secondary_click_pressed (SvMapView       *self,
                            int              n_press,
                            double           x,
                            double           y,
                            GtkGestureClick *gesture)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  open_context_menu (self, x, y);
}

static void
on_long_press_pressed (SvMapView           *self,
                       double               x,
                       double               y,
                       GtkGestureLongPress *gesture)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  open_context_menu (self, x, y);
}

static void
add_place_here_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  SvMapView *self = SV_MAP_VIEW (widget);

  sv_map_view_add_place_at (self, self->context_latitude, self->context_longitude);
}

static void
edit_place_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SvMapView *self = SV_MAP_VIEW (widget);

  if (get_store (self) == NULL)
    return;

  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
  gtk_window_present (GTK_WINDOW (sv_place_editor_new (get_parent_window (self), get_store (self),
                                                       g_variant_get_int64 (param))));
}

/* GObject */

static void
sv_map_view_dispose (GObject *object)
{
  SvMapView *self = SV_MAP_VIEW (object);

  remove_tick (self);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->pins, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_MAP_VIEW);
  self->marker_layer = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->tile_source);
  g_clear_object (&self->map_source);

  G_OBJECT_CLASS (sv_map_view_parent_class)->dispose (object);
}

static void
sv_map_view_map (GtkWidget *widget)
{
  SvMapView *self = SV_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (sv_map_view_parent_class)->map (widget);

  if (self->frame_pending || self->popup_place_id != 0)
    ensure_tick (self);
}

static void
sv_map_view_unmap (GtkWidget *widget)
{
  remove_tick (SV_MAP_VIEW (widget));

  GTK_WIDGET_CLASS (sv_map_view_parent_class)->unmap (widget);
}

static void
sv_map_view_class_init (SvMapViewClass *klass)
{
  GObjectClass    *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass  *widget_class = GTK_WIDGET_CLASS (klass);
  SvTripViewClass *trip_view_class = SV_TRIP_VIEW_CLASS (klass);

  object_class->dispose = sv_map_view_dispose;
  widget_class->map = sv_map_view_map;
  widget_class->unmap = sv_map_view_unmap;
  trip_view_class->reload = sv_map_view_reload;
  trip_view_class->entry_changed = sv_map_view_entry_changed;
  trip_view_class->trip_changed = sv_map_view_trip_changed;
  trip_view_class->place_changed = sv_map_view_place_changed;

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SvMapView, flap);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, all_trips_switch);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, place_list);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, map);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, tiles_revealer);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, tiles_icon);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, tiles_label);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, empty_box);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, notice_revealer);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, notice_label);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, notice_edit_button);
  gtk_widget_class_bind_template_child (widget_class, SvMapView, context_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_all_trips_switch_active_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_place_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_notice_close_button_clicked);

  gtk_widget_class_install_action (widget_class, "map.add-place-here", NULL, add_place_here_action);
  gtk_widget_class_install_action (widget_class, "map.edit-place", "x", edit_place_action);
}

static void
sv_map_view_init (SvMapView *self)
{
  GtkWidget  *map;
  GtkGesture *click, *long_press;

  self->pins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->settings = g_settings_new (SV_APP_ID);

  gtk_widget_init_template (GTK_WIDGET (self));
  ensure_category_css (gtk_widget_get_display (GTK_WIDGET (self)));

  /* The marker layer needs the viewport's reference map source, which the
   * map source gives it. */
  apply_map_source (self);
  g_signal_connect_object (self->settings, "changed::tile-url", G_CALLBACK (on_settings_tile_url_changed), self,
                           G_CONNECT_SWAPPED);
  shumate_viewport_set_zoom_level (get_viewport (self), FRAME_MIN_ZOOM);

  self->marker_layer = shumate_marker_layer_new_full (get_viewport (self), GTK_SELECTION_NONE);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->marker_layer));

  map = GTK_WIDGET (get_map (self));
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_secondary_click_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (map, GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect_object (long_press, "pressed", G_CALLBACK (on_long_press_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (map, GTK_EVENT_CONTROLLER (long_press));
}

GtkWidget *
sv_map_view_new (void)
{
  return g_object_new (SV_TYPE_MAP_VIEW, NULL);
}

void
sv_map_view_show_place (SvMapView *self,
                        gint64     place_id)
{
  g_autoptr (SvPlace) place = NULL;
  SvPlacePin *pin;

  g_return_if_fail (SV_IS_MAP_VIEW (self));

  if (get_store (self) == NULL)
    return;

  /* Changes waiting in the idle must be in, the place may be new. */
  if (self->reload_id != 0)
    load_places (self);

  pin = g_hash_table_lookup (self->pins, &place_id);
  if (pin == NULL)
    {
      g_autoptr (GError) error = NULL;

      place = sv_store_get_place (get_store (self), place_id, &error);
      if (place == NULL)
        {
          show_notice (self, error->message, 0);
          return;
        }

      if (!sv_place_get_has_location (place))
        {
          select_row_of_place (self, place_id);
          show_notice (self, _ ("This place is not on the map yet"), place_id);
          return;
        }

      /* A place of another trip: show them all rather than nothing. */
      gtk_switch_set_active (self->all_trips_switch, TRUE);
      pin = g_hash_table_lookup (self->pins, &place_id);
      g_return_if_fail (pin != NULL);
    }

  gtk_revealer_set_reveal_child (self->notice_revealer, FALSE);
  select_row_of_place (self, place_id);
  shumate_map_stop_go_to (get_map (self));
  shumate_viewport_set_zoom_level (get_viewport (self), SHOW_PLACE_ZOOM);
  shumate_map_center_on (get_map (self),
                         shumate_location_get_latitude (SHUMATE_LOCATION (pin)),
                         shumate_location_get_longitude (SHUMATE_LOCATION (pin)));

  /* This place, not the whole trip: no framing when the map shows up. */
  self->frame_pending = FALSE;
  self->popup_place_id = place_id;
  ensure_tick (self);
}

SvPlaceEditor *
sv_map_view_add_place_at (SvMapView *self,
                          double     latitude,
                          double     longitude)
{
  SvPlaceEditor *editor;

  g_return_val_if_fail (SV_IS_MAP_VIEW (self), NULL);
  g_return_val_if_fail (get_store (self) != NULL, NULL);

  editor = sv_place_editor_new (get_parent_window (self), get_store (self), 0);
  sv_place_editor_set_location (editor, latitude, longitude);
  if (!showing_all_trips (self))
    sv_place_editor_set_trip_id (editor, sv_trip_view_get_trip_id (SV_TRIP_VIEW (self)));
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}
