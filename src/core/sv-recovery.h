/* sv-recovery.h: copies a scrapbook aside before SQLite replays a journal found beside it.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* SQLite replays a `-wal` or hot `-journal` lying beside a database when it
 * opens it, whatever database that file belonged to. An SvRecovery holds
 * verified copies of the scrapbook and of that file, taken before SQLite
 * may touch either, so that a replay that damages the scrapbook can be
 * undone. */
typedef struct _SvRecovery SvRecovery;

/* When PATH has a `-wal` or `-journal` beside it that no connection holds
 * (no other process, and no store of this process), copies both aside and
 * returns the copies in *OUT_RECOVERY; else sets it to NULL. Fails, having
 * changed nothing, when the copies cannot be made. */
gboolean sv_recovery_prepare (const char  *path,
                              SvRecovery **out_recovery,
                              GError     **error);

/* The copy of the scrapbook, as it was before SQLite touched it. */
const char *sv_recovery_get_copy_path (SvRecovery *self);

/* The file SQLite was about to replay, as it was named. */
const char *sv_recovery_get_stray_path (SvRecovery *self);

/* The replay damaged the scrapbook: puts the copy of the scrapbook back in
 * its place, checks that it holds the bytes it held before, and moves the
 * copy of the stray file to a name of its own beside it (returned by
 * sv_recovery_get_moved_to()). Call with every connection to PATH closed. */
gboolean    sv_recovery_set_aside (SvRecovery *self,
                                   GError    **error);
const char *sv_recovery_get_moved_to (SvRecovery *self);

/* Neither the replayed nor the restored scrapbook opens: puts the
 * scrapbook and the stray file back exactly as they were found, and checks
 * that they were. */
gboolean sv_recovery_put_back (SvRecovery *self,
                               GError    **error);

/* Removes whatever copies are left (the replay was sound). */
void sv_recovery_free (SvRecovery *self);

/* The scrapbooks this process has open: their journals are theirs, never
 * stray. Held by the file, not its name: the key returned (NULL when PATH
 * cannot be looked at) is what to release. */
char *sv_recovery_hold (const char *path);
void  sv_recovery_release (const char *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SvRecovery, sv_recovery_free)

G_END_DECLS
