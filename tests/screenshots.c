/* screenshots.c: writes the README's and the metainfo's screenshots of every view.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: screenshots OUTDIR. Opens the window on the demo trip at 1280×800
 * and saves each view, light and dark, as OUTDIR/VIEW.png and
 * OUTDIR/VIEW-dark.png, plus a search for "pydantic". Run it under Xvfb
 * (build-aux/screenshots does).
 */
#include "sv-demo.h"
#include "sv-window.h"

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Lets pending idles, layouts and image loads settle before a shot. */
static void
settle (GtkWidget *widget)
{
  gint64 until = g_get_monotonic_time () + 600 * G_TIME_SPAN_MILLISECOND;

  /* Long enough for the header's cross-fades (switcher to title) to end. */
  while (g_get_monotonic_time () < until)
    {
      iterate ();
      gtk_widget_queue_draw (widget);
      gtk_test_widget_wait_for_draw (widget);
    }
  iterate ();
}

/* The shot comes from the X server (ImageMagick's import) rather than from
 * GTK's widget paintable, which gives no node for a whole window here. The
 * screen is exactly the window's size, so the root window is the shot. */
static void
save_shot (GtkWidget  *widget,
           const char *dir,
           const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  const char      *argv[] = { "import", "-window", "root", path, NULL };
  int              status = 0;

  settle (widget);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_print ("%s\n", path);
}

int
main (int   argc,
      char *argv[])
{
  static const char *views[] = { "timeline", "talks", "map", "summary" };
  g_autoptr (GError) error = NULL;
  g_autoptr (SvApplication) app = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *path = NULL;
  AdwStyleManager *style;
  SvWindow        *window;
  GtkWidget       *content;
  GtkStack        *pages;

  gtk_init ();
  adw_init ();

  if (argc != 2)
    {
      g_printerr ("usage: %s OUTDIR\n", argv[0]);
      return 2;
    }
  g_mkdir_with_parents (argv[1], 0755);

  tmp = g_dir_make_tmp ("souvenir-shots-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (tmp, "demo.souvenir", NULL);

  app = sv_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));

  window = sv_window_new (app, path);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));

  content = GTK_WIDGET (window);
  style = adw_style_manager_get_default ();

  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

      for (guint i = 0; i < G_N_ELEMENTS (views); i++)
        {
          g_autofree char *name = g_strdup_printf ("%s%s.png", views[i], dark ? "-dark" : "");

          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]);
          save_shot (content, argv[1], name);
        }
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (window), SV_TYPE_WINDOW, "search_entry")),
                         "pydantic");
  /* GtkSearchEntry reports the text after a pause in the typing: wait for
   * the results to show. */
  pages = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), SV_TYPE_WINDOW, "content_stack"));
  while (g_strcmp0 (gtk_stack_get_visible_child_name (pages), "search") != 0)
    g_main_context_iteration (NULL, TRUE);
  save_shot (content, argv[1], "search.png");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  return 0;
}
