/* test-util.h: what several test programs need: a folder of their own.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A new empty folder under the system's temporary folder. */
char *test_util_make_dir (void);

/* Removes PATH and everything below it. */
void test_util_remove_tree (const char *path);

G_END_DECLS
