/* sv-plain-text.h: a user's text, shown as it is where libadwaita 1.2 reads Pango markup.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A toast titled TEXT: a toast's title is always markup in libadwaita 1.2
 * (use-markup arrives in 1.4), so "R&D Summit" deleted would be refused
 * with a warning. */
AdwToast *sv_toast_new_plain (const char *text);

/* Sets PAGE's description, which is always markup, to TEXT. */
void sv_status_page_set_plain_description (AdwStatusPage *page,
                                           const char    *text);

G_END_DECLS
