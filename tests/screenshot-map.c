/* screenshot-map.c: draws the Map view of the demo trip into PNGs, for the README.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: run it under Xvfb at 1280×800 to refresh
 * data/screenshots/map.png and map-dark.png (build-aux/screenshots does),
 *   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/screenshot-map data/screenshots
 * Made offline, the shots cannot show OpenStreetMap: the map's tiles come
 * from a street grid this program draws and serves on 127.0.0.1. The
 * favourite restaurant's popover is open. Popovers need a compositing
 * manager to be drawn without a black frame: xcompmgr runs when installed.
 */
#include <math.h>
#include <signal.h>

#include "sv-demo.h"
#include "sv-map-view.h"
#include "sv-place-pin.h"
#include "sv-window.h"
#include "tile-server.h"

/* Tiles */

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Land, blocks and streets, laid out on the world's pixels so that the
 * grid runs on across tiles, and scaled with the zoom level. */
static GBytes *
draw_tile (int zoom,
           int x,
           int y)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t         *cr = cairo_create (surface);
  GByteArray      *png = g_byte_array_new ();
  double           block = 96.0 * pow (2, zoom - 16);
  double           street = MAX (1.0, 6.0 * pow (2, zoom - 16));
  double           left = x * 256.0, top = y * 256.0;

  cairo_set_source_rgb (cr, 0.949, 0.937, 0.914);
  cairo_paint (cr);

  if (block >= 12)
    {
      for (double bx = floor (left / block) * block; bx < left + 256; bx += block)
        for (double by = floor (top / block) * block; by < top + 256; by += block)
          {
            /* Some blocks are built up, a little darker. */
            if (((long) (bx / block) + (long) (by / block)) % 5 == 0)
              {
                cairo_set_source_rgb (cr, 0.91, 0.89, 0.855);
                cairo_rectangle (cr, bx - left, by - top, block, block);
                cairo_fill (cr);
              }
            cairo_set_source_rgb (cr, 0.84, 0.815, 0.776);
            cairo_rectangle (cr, bx - left, by - top, street + 2, block);
            cairo_rectangle (cr, bx - left, by - top, block, street + 2);
            cairo_fill (cr);
            cairo_set_source_rgb (cr, 1, 1, 1);
            cairo_rectangle (cr, bx - left, by - top, street, block);
            cairo_rectangle (cr, bx - left, by - top, block, street);
            cairo_fill (cr);
          }
    }

  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, png);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

/* Shots */

static gboolean
keep_awake (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Until no tile has been asked for in a while: the map is drawn. */
static void
wait_for_tiles (TileServer *server)
{
  guint timer = g_timeout_add (20, keep_awake, NULL);
  guint last = G_MAXUINT;
  guint quiet = 0;

  for (guint i = 0; i < 2000 && quiet < 40; i++)
    {
      guint now = tile_server_get_served (server);

      g_main_context_iteration (NULL, TRUE);
      quiet = now == last ? quiet + 1 : 0;
      last = now;
    }
  g_source_remove (timer);
}

static SvPlacePin *
find_pin (GtkWidget  *widget,
          const char *name)
{
  if (SV_IS_PLACE_PIN (widget) && g_str_equal (sv_place_get_name (sv_place_pin_get_place (SV_PLACE_PIN (widget))), name))
    return SV_PLACE_PIN (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      SvPlacePin *pin = find_pin (child, name);

      if (pin != NULL)
        return pin;
    }

  return NULL;
}

static void
save_shot (GtkWidget  *widget,
           const char *dir,
           const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  const char      *argv[] = { "import", "-window", "root", path, NULL };
  int              status = 0;

  gtk_widget_queue_draw (widget);
  gtk_test_widget_wait_for_draw (widget);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_print ("%s\n", path);
}

static GPid
start_compositor (void)
{
  g_autofree char *xcompmgr = g_find_program_in_path ("xcompmgr");
  const char      *argv[] = { xcompmgr, NULL };
  GPid             pid = 0;

  if (xcompmgr == NULL)
    {
      g_printerr ("xcompmgr is not installed: the popover will have a black frame\n");
      return 0;
    }

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &pid, NULL);
  return pid;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvApplication) app = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *path = NULL;
  g_autofree char *cache = NULL;
  g_autofree char *url_template = NULL;
  SvWindow        *window;
  SvMapView       *view;
  SvPlacePin      *pin;
  GPid             compositor;
  TileServer      *server;

  if (argc != 2)
    {
      g_printerr ("usage: %s OUTDIR\n", argv[0]);
      return 2;
    }

  /* Tiles of this run are cached here, not in the user's cache. */
  tmp = g_dir_make_tmp ("souvenir-map-shots-XXXXXX", &error);
  g_assert_no_error (error);
  cache = g_build_filename (tmp, "cache", NULL);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);

  gtk_init ();
  adw_init ();
  g_mkdir_with_parents (argv[1], 0755);
  compositor = start_compositor ();

  server = tile_server_start ("grid", draw_tile);
  url_template = tile_server_dup_url_template (server);
  settings = g_settings_new (SV_APP_ID);
  g_settings_set_string (settings, "tile-url", url_template);
  g_settings_set_string (settings, "last-view", "map");

  path = g_build_filename (tmp, "demo.souvenir", NULL);
  app = sv_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = sv_window_new (app, path);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_maximize (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  view = SV_MAP_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), SV_TYPE_WINDOW, "map_view"));

  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      wait_for_tiles (server);
      pin = find_pin (GTK_WIDGET (view), "Bae Bae's Kitchen");
      g_assert_nonnull (pin);
      sv_place_pin_popup (pin);
      wait_for_tiles (server);
      save_shot (GTK_WIDGET (window), argv[1], dark ? "map-dark.png" : "map.png");
      sv_place_pin_popdown (pin);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  tile_server_stop (server);
  if (compositor != 0)
    {
      kill (compositor, SIGTERM);
      g_spawn_close_pid (compositor);
    }
  return 0;
}
