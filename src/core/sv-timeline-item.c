/* sv-timeline-item.c: one row of a trip's timeline: a day's header or an entry.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-timeline-item.h"

struct _SvTimelineItem
{
  GObject parent_instance;

  SvEntry *entry;
  char    *day; /* headers only: an entry item reads its entry's day */

  SvTimelineItemKind kind;
};

G_DEFINE_FINAL_TYPE (SvTimelineItem, sv_timeline_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sv_timeline_item_finalize (GObject *object)
{
  SvTimelineItem *self = SV_TIMELINE_ITEM (object);

  g_clear_object (&self->entry);
  g_clear_pointer (&self->day, g_free);

  G_OBJECT_CLASS (sv_timeline_item_parent_class)->finalize (object);
}

static void
sv_timeline_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SvTimelineItem *self = SV_TIMELINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_timeline_item_class_init (SvTimelineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_timeline_item_finalize;
  object_class->get_property = sv_timeline_item_get_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, SV_TYPE_ENTRY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_timeline_item_init (SvTimelineItem *self)
{
}

SvTimelineItem *
sv_timeline_item_new_header (const char *day)
{
  SvTimelineItem *self = g_object_new (SV_TYPE_TIMELINE_ITEM, NULL);

  self->kind = SV_TIMELINE_ITEM_HEADER;
  self->day = g_strdup (day);

  return self;
}

SvTimelineItem *
sv_timeline_item_new_entry (SvEntry *entry)
{
  SvTimelineItem *self;

  g_return_val_if_fail (SV_IS_ENTRY (entry), NULL);

  self = g_object_new (SV_TYPE_TIMELINE_ITEM, NULL);
  self->kind = SV_TIMELINE_ITEM_ENTRY;
  self->entry = g_object_ref (entry);

  return self;
}

SvTimelineItemKind
sv_timeline_item_get_kind (SvTimelineItem *self)
{
  g_return_val_if_fail (SV_IS_TIMELINE_ITEM (self), SV_TIMELINE_ITEM_HEADER);

  return self->kind;
}

const char *
sv_timeline_item_get_day (SvTimelineItem *self)
{
  g_return_val_if_fail (SV_IS_TIMELINE_ITEM (self), NULL);

  return self->entry != NULL ? sv_entry_get_day (self->entry) : self->day;
}

SvEntry *
sv_timeline_item_get_entry (SvTimelineItem *self)
{
  g_return_val_if_fail (SV_IS_TIMELINE_ITEM (self), NULL);

  return self->entry;
}

void
sv_timeline_item_set_entry (SvTimelineItem *self,
                            SvEntry        *entry)
{
  g_return_if_fail (SV_IS_TIMELINE_ITEM (self));
  g_return_if_fail (SV_IS_ENTRY (entry));
  g_return_if_fail (self->kind == SV_TIMELINE_ITEM_ENTRY);

  if (g_set_object (&self->entry, entry))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}
