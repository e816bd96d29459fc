/* sv-application.c: the Souvenir application.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-application.h"
#include "sv-cli.h"
#include "sv-preferences-window.h"
#include "sv-window.h"

struct _SvApplication
{
  AdwApplication parent_instance;

  /* owned */
  char *path; /* the scrapbook named on the command line */
};

G_DEFINE_FINAL_TYPE (SvApplication, sv_application, ADW_TYPE_APPLICATION)

SvApplication *
sv_application_new (void)
{
  /* Non-unique: each window holds its own scrapbook file, named on its
   * own command line. */
  return g_object_new (SV_TYPE_APPLICATION,
                       "application-id", SV_APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/souvenir_app/Souvenir",
                       NULL);
}

static int
sv_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SvApplication          *self = SV_APPLICATION (app);
  g_autofree const char **files = NULL;
  g_autofree char        *path = NULL;
  int                     status;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  /* Headless options run here, before GTK needs a display. */
  status = sv_cli_run (options, files);
  if (status >= 0)
    return status;

  if (files != NULL && files[0] != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (files[0]);

      self->path = g_file_get_path (file);
    }

  return G_APPLICATION_CLASS (sv_application_parent_class)->handle_local_options (app, options);
}

static void
sv_application_activate (GApplication *app)
{
  SvApplication   *self = SV_APPLICATION (app);
  GtkWindow       *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *default_path = NULL;

  if (window == NULL)
    {
      const char *path = self->path;

      if (path == NULL)
        path = default_path = sv_cli_dup_default_path ();

      window = GTK_WINDOW (sv_window_new (self, path));
    }

  gtk_window_present (window);
}

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  GApplication *app = user_data;
  GList        *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing each window lets it save its state and empty its trash. */
  for (GList *l = g_list_copy (windows); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_close (l->data);
}

static void
on_about_activated (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkApplication    *app = user_data;
  static const char *developers[] = { "The Souvenir developers", NULL };
  GtkWidget         *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-icon", SV_APP_ID,
                        "application-name", _ ("Souvenir"),
                        "developer-name", _ ("The Souvenir developers"),
                        "version", SV_VERSION,
                        "comments", _ ("A scrapbook of your conference trips: talks, people, meals and places, "
                                       "ready to become a blog post or a printed souvenir."),
                        "website", "https://github.com/souvenir-app/souvenir",
                        "issue-url", "https://github.com/souvenir-app/souvenir/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _ ("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
on_preferences_activated (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (sv_preferences_window_new (parent)));
}

/* Another scrapbook, in a window of its own: a file the user picks, or a
 * new one they name. */
static void
on_scrapbook_chooser_response (GtkNativeDialog *chooser,
                               int              response,
                               SvApplication   *self)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  /* Even when the chooser was told to replace a file, nothing is deleted:
   * an existing scrapbook opens, anything else is refused by the window. */
  gtk_window_present (GTK_WINDOW (sv_window_new (self, path)));
}

static void
choose_scrapbook (SvApplication       *self,
                  GtkFileChooserAction action)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    chooser = gtk_file_chooser_native_new (_ ("Open Scrapbook"), parent, action, _ ("_Open"), NULL);
  else
    chooser = gtk_file_chooser_native_new (_ ("New Scrapbook"), parent, action, _ ("_Create"), NULL);

  gtk_file_filter_set_name (filter, _ ("Souvenir scrapbooks"));
  gtk_file_filter_add_pattern (filter, "*.souvenir");
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _ ("Trips.souvenir"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_scrapbook_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_activated (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  choose_scrapbook (SV_APPLICATION (user_data), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
on_new_scrapbook_activated (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  choose_scrapbook (SV_APPLICATION (user_data), GTK_FILE_CHOOSER_ACTION_SAVE);
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated },
  { "about", on_about_activated },
  { "preferences", on_preferences_activated },
  { "open", on_open_activated },
  { "new-scrapbook", on_new_scrapbook_activated },
};

static void
sv_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (sv_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
}

static void
sv_application_finalize (GObject *object)
{
  SvApplication *self = SV_APPLICATION (object);

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (sv_application_parent_class)->finalize (object);
}

static void
sv_application_class_init (SvApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sv_application_finalize;
  app_class->handle_local_options = sv_application_handle_local_options;
  app_class->activate = sv_application_activate;
  app_class->startup = sv_application_startup;
}

static void
sv_application_init (SvApplication *self)
{
  static const GOptionEntry remaining[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_ ("[FILE]") },
    { NULL }
  };

  sv_cli_add_options (G_APPLICATION (self));
  g_application_add_main_option_entries (G_APPLICATION (self), remaining);
}
