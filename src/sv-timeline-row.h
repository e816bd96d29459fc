/* sv-timeline-row.h: one row of the Timeline: a day's heading or an entry.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-timeline-item.h"

G_BEGIN_DECLS

#define SV_TYPE_TIMELINE_ROW (sv_timeline_row_get_type ())
G_DECLARE_FINAL_TYPE (SvTimelineRow, sv_timeline_row, SV, TIMELINE_ROW, GtkWidget)

/* clang-format off */
GtkWidget      *sv_timeline_row_new           (void);

/* The row follows the item's entry as the store changes it. */
SvTimelineItem *sv_timeline_row_get_item      (SvTimelineRow  *self);
void            sv_timeline_row_set_item      (SvTimelineRow  *self,
                                               SvTimelineItem *item);

/* Whether the entry opens or closes its day: the ends of the day's card. */
void            sv_timeline_row_set_edges     (SvTimelineRow  *self,
                                               gboolean        first,
                                               gboolean        last);

/* The first photo of the entry, 0 for none. */
gint64          sv_timeline_row_get_photo_id  (SvTimelineRow  *self);
/* Its thumbnail; NULL shows a generic image (still loading, or an image
 * that does not decode). */
void            sv_timeline_row_set_thumbnail (SvTimelineRow  *self,
                                               GdkPaintable   *thumbnail);
/* clang-format on */

G_END_DECLS
