/* sv-recovery.c: copies a scrapbook aside before SQLite replays a journal found beside it.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sv-recovery.h"
#include "sv-store.h"

/* The files SQLite replays when it opens a database. */
static const char * const stray_suffixes[] = { "-journal", "-wal" };

typedef struct
{
  char *path;     /* where SQLite looks for it */
  char *copy;     /* our copy, until it is moved or removed */
  char *moved_to; /* where the copy went when it was set aside */
  char *checksum; /* of the bytes as they were found */
} Stray;

struct _SvRecovery
{
  char *path;
  char *copy;
  char *checksum;
  Stray strays[G_N_ELEMENTS (stray_suffixes)];
  guint n_strays;
};

G_LOCK_DEFINE_STATIC (held);
static GHashTable *held; /* "dev:inode" → number of holders */

static char *
key_for (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return NULL;
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                          (guint64) st.st_dev, (guint64) st.st_ino);
}

char *
sv_recovery_hold (const char *path)
{
  char *key;

  g_return_val_if_fail (path != NULL, NULL);

  key = key_for (path);
  if (key == NULL)
    return NULL;

  G_LOCK (held);
  if (held == NULL)
    held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (held, g_strdup (key),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (held, key)) + 1));
  G_UNLOCK (held);

  return key;
}

void
sv_recovery_release (const char *key)
{
  guint count;

  if (key == NULL)
    return;

  G_LOCK (held);
  count = held ? GPOINTER_TO_UINT (g_hash_table_lookup (held, key)) : 0;
  if (count > 1)
    g_hash_table_insert (held, g_strdup (key), GUINT_TO_POINTER (count - 1));
  else if (count == 1)
    g_hash_table_remove (held, key);
  G_UNLOCK (held);
}

static gboolean
held_here (const char *path)
{
  g_autofree char *key = key_for (path);
  gboolean         found;

  G_LOCK (held);
  found = key != NULL && held != NULL && g_hash_table_contains (held, key);
  G_UNLOCK (held);

  return found;
}

/* Whether another process has a lock on FILE. SQLite's connections keep
 * a shared lock on the database file and on its `-shm` as long as they
 * are open. Only called for files this process holds no connection to:
 * closing the descriptor drops every lock of the process on the file. */
static gboolean
locked_elsewhere (const char *file)
{
  struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
  gboolean     locked = FALSE;
  int          fd;

  fd = g_open (file, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  if (fcntl (fd, F_GETLK, &lock) == 0)
    locked = lock.l_type != F_UNLCK;
  g_close (fd, NULL);

  return locked;
}

static gboolean
set_io_error (GError    **error,
              const char *format,
              const char *file,
              int         saved_errno)
{
  g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_FAILED, format, file, g_strerror (saved_errno));
  return FALSE;
}

static char *
checksum_of (const char *file,
             GError    **error)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (64 * 1024);
  gssize             n;
  int                fd;

  fd = g_open (file, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_io_error (error, _ ("“%s” cannot be read: %s"), file, errno);
      return NULL;
    }

  while ((n = read (fd, buffer, 64 * 1024)) > 0)
    g_checksum_update (sum, buffer, n);
  if (n < 0)
    {
      int saved_errno = errno;

      g_close (fd, NULL);
      set_io_error (error, _ ("“%s” cannot be read: %s"), file, saved_errno);
      return NULL;
    }
  g_close (fd, NULL);

  return g_strdup (g_checksum_get_string (sum));
}

static gboolean
write_all (int           fd,
           const guchar *data,
           gsize         len)
{
  while (len > 0)
    {
      gssize n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      len -= n;
    }
  return TRUE;
}

/* Copies FILE to a new name beside it, synced to disk, and checks that the
 * copy holds the same bytes. Returns the copy's name and the checksum. */
static char *
copy_beside (const char *file,
             char      **out_checksum,
             GError    **error)
{
  g_autofree char   *copy = g_strconcat (file, ".souvenir-copy-XXXXXX", NULL);
  g_autofree guchar *buffer = g_malloc (64 * 1024);
  g_autofree char   *checksum = NULL;
  g_autofree char   *copy_checksum = NULL;
  gssize             n = 0;
  int                in;
  int                out;

  in = g_open (file, O_RDONLY | O_CLOEXEC, 0);
  if (in < 0)
    {
      set_io_error (error, _ ("“%s” cannot be read: %s"), file, errno);
      return NULL;
    }

  out = g_mkstemp_full (copy, O_RDWR | O_CLOEXEC, 0600);
  if (out < 0)
    {
      int saved_errno = errno;

      g_close (in, NULL);
      set_io_error (error,
                    _ ("A copy of “%s” could not be made before opening it, so it was not opened: %s"),
                    file, saved_errno);
      return NULL;
    }

  while ((n = read (in, buffer, 64 * 1024)) > 0)
    if (!write_all (out, buffer, n))
      {
        n = -1;
        break;
      }

  if (n < 0 || fsync (out) != 0)
    {
      int saved_errno = errno;

      g_close (in, NULL);
      g_close (out, NULL);
      g_unlink (copy);
      set_io_error (error,
                    _ ("A copy of “%s” could not be made before opening it, so it was not opened: %s"),
                    file, saved_errno);
      return NULL;
    }
  g_close (in, NULL);
  g_close (out, NULL);

  checksum = checksum_of (file, error);
  copy_checksum = checksum ? checksum_of (copy, error) : NULL;
  if (copy_checksum == NULL || g_strcmp0 (checksum, copy_checksum) != 0)
    {
      g_unlink (copy);
      if (copy_checksum != NULL)
        g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_FAILED,
                     _ ("A copy of “%s” could not be made before opening it (the copy differs), "
                        "so it was not opened."),
                     file);
      return NULL;
    }

  *out_checksum = g_steal_pointer (&checksum);
  return g_steal_pointer (&copy);
}

static gboolean
has_bytes (const char *file)
{
  GStatBuf st;

  return g_stat (file, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0;
}

gboolean
sv_recovery_prepare (const char  *path,
                     SvRecovery **out_recovery,
                     GError     **error)
{
  g_autoptr (SvRecovery) self = NULL;
  g_autofree char *shm = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out_recovery != NULL, FALSE);

  *out_recovery = NULL;

  self = g_new0 (SvRecovery, 1);
  self->path = g_strdup (path);

  for (guint i = 0; i < G_N_ELEMENTS (stray_suffixes); i++)
    {
      g_autofree char *stray = g_strconcat (path, stray_suffixes[i], NULL);

      if (has_bytes (stray))
        self->strays[self->n_strays++].path = g_steal_pointer (&stray);
    }

  if (self->n_strays == 0)
    return TRUE;

  /* Another connection's journal is its own, and SQLite will not replay it
   * while that connection lives. */
  shm = g_strconcat (path, "-shm", NULL);
  if (held_here (path) || locked_elsewhere (path) || locked_elsewhere (shm))
    return TRUE;

  self->copy = copy_beside (path, &self->checksum, error);
  if (self->copy == NULL)
    return FALSE;

  for (guint i = 0; i < self->n_strays; i++)
    {
      Stray *stray = &self->strays[i];

      stray->copy = copy_beside (stray->path, &stray->checksum, error);
      if (stray->copy == NULL)
        return FALSE;
    }

  *out_recovery = g_steal_pointer (&self);
  return TRUE;
}

const char *
sv_recovery_get_copy_path (SvRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->copy;
}

const char *
sv_recovery_get_stray_path (SvRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* A hot journal is replayed first, so it is the one to name. */
  return self->strays[0].path;
}

const char *
sv_recovery_get_moved_to (SvRecovery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->strays[0].moved_to;
}

static gboolean
move (const char *from,
      const char *to,
      GError    **error)
{
  if (g_rename (from, to) != 0)
    return set_io_error (error, _ ("“%s” could not be put back: %s"), to, errno);
  return TRUE;
}

static gboolean
verify (const char *file,
        const char *checksum,
        GError    **error)
{
  g_autofree char *now = checksum_of (file, error);

  if (now == NULL)
    return FALSE;
  if (g_strcmp0 (now, checksum) != 0)
    {
      g_set_error (error, SV_STORE_ERROR, SV_STORE_ERROR_FAILED,
                   _ ("“%s” could not be put back as it was."), file);
      return FALSE;
    }
  return TRUE;
}

/* Puts the copy of the scrapbook in its place and removes what SQLite
 * made of the stray files. */
static gboolean
restore_scrapbook (SvRecovery *self,
                   GError    **error)
{
  if (self->copy != NULL)
    {
      if (!move (self->copy, self->path, error))
        return FALSE;
      g_clear_pointer (&self->copy, g_free);
    }

  for (guint i = 0; i < G_N_ELEMENTS (stray_suffixes); i++)
    {
      g_autofree char *stray = g_strconcat (self->path, stray_suffixes[i], NULL);

      g_unlink (stray);
    }
  {
    g_autofree char *shm = g_strconcat (self->path, "-shm", NULL);

    g_unlink (shm);
  }

  return verify (self->path, self->checksum, error);
}

static char *
free_name_for (const char *stray)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char            *name = g_strdup_printf ("%s.set-aside-%s", stray, stamp);

  for (guint n = 2; g_file_test (name, G_FILE_TEST_EXISTS); n++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.set-aside-%s-%u", stray, stamp, n);
    }

  return name;
}

gboolean
sv_recovery_set_aside (SvRecovery *self,
                       GError    **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!restore_scrapbook (self, error))
    return FALSE;

  for (guint i = 0; i < self->n_strays; i++)
    {
      Stray *stray = &self->strays[i];

      if (stray->copy == NULL)
        continue;
      stray->moved_to = free_name_for (stray->path);
      if (!move (stray->copy, stray->moved_to, error) ||
          !verify (stray->moved_to, stray->checksum, error))
        return FALSE;
      g_clear_pointer (&stray->copy, g_free);
    }

  return TRUE;
}

gboolean
sv_recovery_put_back (SvRecovery *self,
                      GError    **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!restore_scrapbook (self, error))
    return FALSE;

  for (guint i = 0; i < self->n_strays; i++)
    {
      Stray      *stray = &self->strays[i];
      const char *from = stray->moved_to ? stray->moved_to : stray->copy;

      if (from == NULL)
        continue;
      if (!move (from, stray->path, error) || !verify (stray->path, stray->checksum, error))
        return FALSE;
      g_clear_pointer (&stray->moved_to, g_free);
      g_clear_pointer (&stray->copy, g_free);
    }

  return TRUE;
}

void
sv_recovery_free (SvRecovery *self)
{
  if (self == NULL)
    return;

  if (self->copy != NULL)
    g_unlink (self->copy);
  g_free (self->copy);
  g_free (self->path);
  g_free (self->checksum);

  for (guint i = 0; i < self->n_strays; i++)
    {
      Stray *stray = &self->strays[i];

      if (stray->copy != NULL)
        g_unlink (stray->copy);
      g_free (stray->copy);
      g_free (stray->path);
      g_free (stray->moved_to);
      g_free (stray->checksum);
    }

  g_free (self);
}
