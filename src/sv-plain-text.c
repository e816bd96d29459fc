/* sv-plain-text.c: a user's text, shown as it is where libadwaita 1.2 reads Pango markup.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-plain-text.h"

AdwToast *
sv_toast_new_plain (const char *text)
{
  g_autofree char *markup = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  markup = g_markup_escape_text (text, -1);
  return adw_toast_new (markup);
}

void
sv_status_page_set_plain_description (AdwStatusPage *page,
                                      const char    *text)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (ADW_IS_STATUS_PAGE (page));

  if (text != NULL)
    markup = g_markup_escape_text (text, -1);
  adw_status_page_set_description (page, markup);
}
