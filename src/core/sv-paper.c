/* sv-paper.c: the paper sizes the souvenir summary is laid out for.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-paper.h"

#ifdef HAVE_NL_PAPER
#include <langinfo.h>
#endif

const char *
sv_paper_to_string (SvPaper paper)
{
  switch (paper)
    {
    case SV_PAPER_A4:
      return "a4";

    case SV_PAPER_LETTER:
      return "letter";

    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
sv_paper_from_string (const char *str,
                      SvPaper    *out)
{
  SvPaper paper;

  if (g_strcmp0 (str, NULL) == 0)
    return FALSE;
  else if (g_ascii_strcasecmp (str, "a4") == 0)
    paper = SV_PAPER_A4;
  else if (g_ascii_strcasecmp (str, "letter") == 0)
    paper = SV_PAPER_LETTER;
  else
    return FALSE;

  if (out != NULL)
    *out = paper;
  return TRUE;
}

void
sv_paper_get_size (SvPaper paper,
                   double *width,
                   double *height)
{
  /* A4 is 210 × 297 mm; Letter 8.5 × 11 in. */
  double w = paper == SV_PAPER_LETTER ? 612.0 : 210.0 / 25.4 * 72.0;
  double h = paper == SV_PAPER_LETTER ? 792.0 : 297.0 / 25.4 * 72.0;

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

SvPaper
sv_paper_get_default (void)
{
#ifdef HAVE_NL_PAPER
  /* glibc answers in millimetres through a pointer-sized integer. */
  int width_mm = (int) (gintptr) nl_langinfo (_NL_PAPER_WIDTH);

  if (width_mm == 216)
    return SV_PAPER_LETTER;
#endif
  return SV_PAPER_A4;
}
