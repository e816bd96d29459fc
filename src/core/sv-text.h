/* sv-text.h: text as every view, export and PDF can take it.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when the LENGTH bytes of TEXT (-1: up to its NUL) are valid UTF-8
 * with no NUL and no noncharacter (U+FDD0..U+FDEF, U+FFFE, U+FFFF and
 * their twins in the other planes), which Pango refuses. */
gboolean sv_text_is_clean (const char *text,
                           gssize      length);

/* A clean copy of TEXT: every invalid byte, and every NUL inside LENGTH,
 * becomes U+FFFD; noncharacters are dropped. NULL gives NULL. */
char *sv_text_sanitize (const char *text,
                        gssize      length);

G_END_DECLS
