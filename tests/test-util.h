/* test-util.h: what several test programs need: a folder of their own, and
 * running a test as a user who is not root.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A new empty folder under the system's temporary folder. */
char *test_util_make_dir (void);

/* Removes PATH and everything below it. */
void test_util_remove_tree (const char *path);

/* Root may do what a test must see refused, such as writing a read-only
 * file, and CI runs as root. As root, this runs the current test case again
 * in a copy of the test program as the user nobody (with setpriv), passes on
 * its result, skip or failure, and returns TRUE: the caller then returns.
 * It returns FALSE where the caller goes on itself: not root, or that copy. */
gboolean test_util_run_as_nobody (void);

G_END_DECLS
