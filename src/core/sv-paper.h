/* sv-paper.h: the paper sizes the souvenir summary is laid out for.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  SV_PAPER_A4 = 0,
  SV_PAPER_LETTER,
} SvPaper;

/* clang-format off */
/* "a4" or "letter", as the command line takes them. */
const char *sv_paper_to_string   (SvPaper     paper);

/* FALSE, leaving OUT alone, for anything but "a4" and "letter" (any case). */
gboolean    sv_paper_from_string (const char *str,
                                  SvPaper    *out);

/* In PostScript points (1/72 inch), portrait. */
void        sv_paper_get_size    (SvPaper     paper,
                                  double     *width,
                                  double     *height);

/* Letter where the locale's paper (LC_PAPER) is Letter, A4 elsewhere. */
SvPaper     sv_paper_get_default (void);
/* clang-format on */

G_END_DECLS
