/* sv-timeline-item.h: one row of a trip's timeline: a day's header or an entry.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sv-entry.h"

G_BEGIN_DECLS

typedef enum {
  SV_TIMELINE_ITEM_HEADER,
  SV_TIMELINE_ITEM_ENTRY,
} SvTimelineItemKind;

#define SV_TYPE_TIMELINE_ITEM (sv_timeline_item_get_type ())

G_DECLARE_FINAL_TYPE (SvTimelineItem, sv_timeline_item, SV, TIMELINE_ITEM, GObject)

/* clang-format off */
/* The header of DAY; NULL is the header of the notes about the whole trip. */
SvTimelineItem     *sv_timeline_item_new_header (const char     *day);
SvTimelineItem     *sv_timeline_item_new_entry  (SvEntry        *entry);

SvTimelineItemKind  sv_timeline_item_get_kind   (SvTimelineItem *self);

/* The header's day, or the entry's; NULL for the trip-level notes. */
const char         *sv_timeline_item_get_day    (SvTimelineItem *self);

/* NULL for headers. The model replaces it (notifying "entry") when the
 * store says the entry changed. */
SvEntry            *sv_timeline_item_get_entry  (SvTimelineItem *self);
void                sv_timeline_item_set_entry  (SvTimelineItem *self,
                                                 SvEntry        *entry);
/* clang-format on */

G_END_DECLS
