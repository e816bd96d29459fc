/* sv-entry-editor.c: the editor of one entry of any kind; every change is saved at once.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-entry-editor.h"

struct _SvEntryEditor
{
  AdwWindow parent_instance;

  /* owned */
  SvStore *store;
  char    *day;

  gint64 trip_id;
  gint64 entry_id;
};

G_DEFINE_FINAL_TYPE (SvEntryEditor, sv_entry_editor, ADW_TYPE_WINDOW)

static void
sv_entry_editor_dispose (GObject *object)
{
  SvEntryEditor *self = SV_ENTRY_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->day, g_free);

  G_OBJECT_CLASS (sv_entry_editor_parent_class)->dispose (object);
}

static void
sv_entry_editor_class_init (SvEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sv_entry_editor_dispose;
}

static void
sv_entry_editor_init (SvEntryEditor *self)
{
}

SvEntryEditor *
sv_entry_editor_new (GtkWindow  *parent,
                     SvStore    *store,
                     gint64      trip_id,
                     gint64      entry_id,
                     const char *day)
{
  SvEntryEditor *self;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_ENTRY_EDITOR,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->store = g_object_ref (store);
  self->trip_id = trip_id;
  self->entry_id = entry_id;
  self->day = g_strdup (day);

  return self;
}

gint64
sv_entry_editor_get_entry_id (SvEntryEditor *self)
{
  g_return_val_if_fail (SV_IS_ENTRY_EDITOR (self), 0);

  return self->entry_id;
}
