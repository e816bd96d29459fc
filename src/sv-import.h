/* sv-import.h: importing a blog post into the window's scrapbook, off the main thread.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sv-window.h"

G_BEGIN_DECLS

/* Asks for a blog post exported by Souvenir and imports it. */
void sv_import_choose_file (SvWindow *window);

/* Imports FILE into WINDOW's scrapbook in a worker thread, then shows the
 * new trip, or says in a dialog why nothing was imported. */
void sv_import_file (SvWindow *window,
                     GFile    *file);

G_END_DECLS
