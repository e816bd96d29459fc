/* screenshot-editor.c: draws the entry editor on the demo trip into PNGs, for the README and for review.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: run it under Xvfb to refresh data/screenshots/editor-*.png,
 *   xvfb-run -a build/tests/screenshot-editor data/screenshots
 * and add --review for more states to look at (narrow, refused values, a
 * new entry); ADW_DEBUG_COLOR_SCHEME=prefer-dark for the dark style.
 */
#include <adwaita.h>

#include "sv-demo.h"
#include "sv-entry-editor.h"
#include "sv-photo-group.h"

static SvEntry *
find_entry (SvStore    *store,
            gint64      trip_id,
            const char *title)
{
  g_autoptr (GPtrArray) entries = sv_store_list_entries (store, trip_id, NULL);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    if (g_str_equal (sv_entry_get_title (g_ptr_array_index (entries, i)), title))
      return g_object_ref (g_ptr_array_index (entries, i));

  g_error ("The demo has no entry “%s”", title);
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A made-up photo: a sky, the sun and a skyline, in the colours given. */
static GBytes *
draw_photo (double hue_r,
            double hue_g,
            double hue_b,
            int    seed)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640, 480);
  cairo_t         *cr = cairo_create (surface);
  cairo_pattern_t *sky = cairo_pattern_create_linear (0, 0, 0, 480);
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  GByteArray *png = g_byte_array_new ();

  cairo_pattern_add_color_stop_rgb (sky, 0, hue_r * 0.5, hue_g * 0.5, hue_b * 0.9);
  cairo_pattern_add_color_stop_rgb (sky, 1, hue_r, hue_g, hue_b);
  cairo_set_source (cr, sky);
  cairo_paint (cr);
  cairo_pattern_destroy (sky);

  cairo_set_source_rgb (cr, 1, 0.9, 0.6);
  cairo_arc (cr, 460, 200, 60, 0, 2 * G_PI);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.18);
  for (int x = 0; x < 640; x += 40)
    cairo_rectangle (cr, x, 480 - g_rand_int_range (rand, 80, 260), 36, 480);
  cairo_fill (cr);

  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, png);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static void
add_photo (SvStore    *store,
           gint64      entry_id,
           GBytes     *bytes,
           const char *caption)
{
  g_autoptr (SvPhoto) photo = sv_photo_new ();
  g_autoptr (GError) error = NULL;

  sv_photo_set_entry_id (photo, entry_id);
  sv_photo_set_bytes (photo, bytes);
  sv_photo_set_mime_type (photo, "image/png");
  sv_photo_set_width (photo, 640);
  sv_photo_set_height (photo, 480);
  sv_photo_set_caption (photo, caption);
  if (!sv_store_save_photo (store, photo, &error))
    g_error ("%s", error->message);
}

static void
wait_idle (SvEntryEditor *editor)
{
  SvPhotoGroup *photos = SV_PHOTO_GROUP (gtk_widget_get_template_child (GTK_WIDGET (editor), SV_TYPE_ENTRY_EDITOR, "photo_group"));

  while (sv_photo_group_get_busy (photos))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
shoot (GtkWidget  *widget,
       const char *path)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  int          width, height;

  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);

  /* A redraw queued after the draw leaves nothing to snapshot: try again. */
  for (int i = 0; i < 10 && node == NULL; i++)
    {
      g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();

      gtk_test_widget_wait_for_draw (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s (%d×%d)\n", path, width, height);
}

static void
shoot_editor (SvStore    *store,
              gint64      entry_id,
              int         width,
              int         height,
              const char *path)
{
  SvEntryEditor *editor = sv_entry_editor_new (NULL, store, 0, entry_id, NULL);

  gtk_window_set_default_size (GTK_WINDOW (editor), width, height);
  gtk_window_present (GTK_WINDOW (editor));
  wait_idle (editor);

  shoot (GTK_WIDGET (editor), path);
  gtk_window_destroy (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvStore) store = NULL;
  g_autoptr (SvEntry) talk = NULL;
  g_autoptr (SvEntry) meal = NULL;
  g_autofree char *talk_path = NULL;
  g_autofree char *meal_path = NULL;
  g_autofree char *narrow_path = NULL;
  gint64           trip_id;
  const char      *out_dir = argc > 1 ? argv[1] : ".";

  gtk_init ();
  adw_init ();
  /* What AdwApplication does for the real application. */
  {
    g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/souvenir_app/Souvenir/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  store = sv_store_new_in_memory (&error);
  if (store == NULL || !sv_demo_populate (store, &trip_id, &error))
    g_error ("%s", error->message);

  talk = find_entry (store, trip_id, "The Design of Everyday APIs");
  meal = find_entry (store, trip_id, "Dinner at Gaucho Parrilla Argentina");

  {
    g_autoptr (GBytes) first = draw_photo (0.95, 0.55, 0.35, 1);
    g_autoptr (GBytes) second = draw_photo (0.35, 0.55, 0.95, 2);
    g_autoptr (GBytes) third = draw_photo (0.55, 0.85, 0.55, 3);

    add_photo (store, sv_entry_get_id (meal), first, "Sunset over the Strip");
    add_photo (store, sv_entry_get_id (meal), second, "Downtown at dusk");
    add_photo (store, sv_entry_get_id (meal), third, NULL);
  }

  /* The demo leaves these out; a finished meal shows them. */
  {
    SvMeal *details = sv_entry_ensure_meal (meal);

    sv_meal_set_dishes (details, "Choripán, strip steak, chimichurri");
    sv_meal_set_price (details, 58);
    sv_meal_set_currency (details, "USD");
    if (!sv_store_save_entry (store, meal, &error))
      g_error ("%s", error->message);
  }

  talk_path = g_build_filename (out_dir, "editor-talk.png", NULL);
  meal_path = g_build_filename (out_dir, "editor-meal.png", NULL);
  narrow_path = g_build_filename (out_dir, "editor-narrow.png", NULL);

  shoot_editor (store, sv_entry_get_id (talk), 560, 1180, talk_path);
  shoot_editor (store, sv_entry_get_id (meal), 560, 1560, meal_path);
  if (argc < 3 || !g_str_equal (argv[2], "--review"))
    return 0;

  /* For review: narrow, refused values, and a new entry with no photos yet. */
  shoot_editor (store, sv_entry_get_id (meal), 360, 720, narrow_path);
  {
    g_autofree char *errors_path = g_build_filename (out_dir, "editor-errors.png", NULL);
    g_autofree char *new_path = g_build_filename (out_dir, "editor-new.png", NULL);
    SvEntryEditor   *editor = sv_entry_editor_new (NULL, store, 0, sv_entry_get_id (talk), NULL);

    gtk_window_set_default_size (GTK_WINDOW (editor), 560, 1180);
    gtk_window_present (GTK_WINDOW (editor));
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), SV_TYPE_ENTRY_EDITOR, "start_row")), "25:99");
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), SV_TYPE_ENTRY_EDITOR, "video_row")), "javascript:alert(1)");
    sv_entry_editor_flush (editor);
    wait_idle (editor);
    shoot (GTK_WIDGET (editor), errors_path);
    gtk_window_destroy (GTK_WINDOW (editor));

    editor = sv_entry_editor_new (NULL, store, trip_id, 0, "2024-05-18");
    gtk_window_set_default_size (GTK_WINDOW (editor), 560, 1300);
    gtk_window_present (GTK_WINDOW (editor));
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), SV_TYPE_ENTRY_EDITOR, "title_row")), "Coffee with the Pyodide folks");
    gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (editor), SV_TYPE_ENTRY_EDITOR, "tags_row")), "pyodide, wasm, coffee,");
    wait_idle (editor);
    shoot (GTK_WIDGET (editor), new_path);
    gtk_window_destroy (GTK_WINDOW (editor));
  }

  return 0;
}
