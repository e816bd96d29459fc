/* sv-cli.h: the headless command line (--demo, --list, …), no display needed.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Adds the headless options to APP's command line. */
void sv_cli_add_options (GApplication *app);

/* Runs the headless options found in OPTIONS: the exit status, or -1 when
 * none was given and the window should open. FILES are the remaining
 * arguments. Messages go to stdout, errors to stderr. */
int sv_cli_run (GVariantDict       *options,
                const char * const *files);

/* $XDG_DATA_HOME/souvenir/scrapbook.souvenir, the user's own scrapbook. */
char *sv_cli_dup_default_path (void);

G_END_DECLS
