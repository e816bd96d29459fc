/* test-util.c: what several test programs need: a folder of their own, and
 * running a test as a user who is not root.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "test-util.h"

char *
test_util_make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("souvenir-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
test_util_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        test_util_remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

gboolean
test_util_run_as_nobody (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *setpriv = NULL;
  g_autofree char *self = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *skip = NULL;
  g_auto (GStrv) env = NULL;
  int status = 0;

  if (geteuid () != 0)
    return FALSE;

  setpriv = g_find_program_in_path ("setpriv");
  if (setpriv == NULL)
    {
      g_test_skip ("running as root, and setpriv (util-linux) is not there to run this as nobody");
      return TRUE;
    }
  self = g_file_read_link ("/proc/self/exe", &error);
  g_assert_no_error (error);

  {
    const char *argv[] = {
      setpriv,
      "--reuid=nobody",
      "--regid=nogroup",
      "--clear-groups",
      "--",
      self,
      "--tap",
      "-p",
      g_test_get_path (),
      NULL,
    };

    /* The copy makes its own temporary folders (G_TEST_OPTION_ISOLATE_DIRS
     * and the test's), as nobody, rather than in root's G_TEST_TMPDIR. */
    env = g_environ_unsetenv (g_get_environ (), "G_TEST_TMPDIR");
    g_spawn_sync ("/", (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
  }

  if (!g_spawn_check_wait_status (status, &error) || strstr (out, "\nok 1 ") == NULL)
    {
      g_test_message ("%s as nobody printed:\n%s%s", g_test_get_path (), out, err);
      g_test_fail_printf ("%s as nobody: %s", g_test_get_path (),
                          error != NULL ? error->message : "it did not run");
      return TRUE;
    }
  /* A skip there is a skip here, with its reason. */
  if ((skip = g_strdup (strstr (out, "# SKIP "))) != NULL)
    {
      *strchrnul (skip, '\n') = '\0';
      g_test_skip_printf ("as nobody: %s", skip + strlen ("# SKIP "));
    }
  return TRUE;
}
