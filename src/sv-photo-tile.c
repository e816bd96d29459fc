/* sv-photo-tile.c: one photo of an entry in the editor: thumbnail, caption, move and remove buttons.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-photo-tile.h"

/* Every tile has the same size, whatever the photo's, so that the grid of
 * photos stays even; the picture crops to fill it. */
#define THUMBNAIL_WIDTH  128
#define THUMBNAIL_HEIGHT 96
#define SPACING          6

struct _SvPhotoTile
{
  GtkWidget parent_instance;

  /* template children */
  GtkWidget  *overlay;
  GtkPicture *picture;
  GtkWidget  *remove_button;
  GtkWidget  *earlier_button;
  GtkWidget  *later_button;
  GtkEntry   *caption_entry;

  /* owned */
  SvPhoto *photo;
};

enum {
  MOVE,
  REMOVE,
  CAPTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SvPhotoTile, sv_photo_tile, GTK_TYPE_WIDGET)

static void
on_remove_button_clicked (SvPhotoTile *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

static void
on_earlier_button_clicked (SvPhotoTile *self)
{
  g_signal_emit (self, signals[MOVE], 0, -1);
}

static void
on_later_button_clicked (SvPhotoTile *self)
{
  g_signal_emit (self, signals[MOVE], 0, 1);
}

static void
on_caption_entry_changed (SvPhotoTile *self)
{
  g_signal_emit (self, signals[CAPTION_CHANGED], 0);
}

static void
sv_photo_tile_measure (GtkWidget     *widget,
                       GtkOrientation orientation,
                       int            for_size,
                       int           *minimum,
                       int           *natural,
                       int           *minimum_baseline,
                       int           *natural_baseline)
{
  SvPhotoTile *self = SV_PHOTO_TILE (widget);
  int          entry_min, entry_nat;

  gtk_widget_measure (self->overlay, orientation, -1, NULL, NULL, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (GTK_WIDGET (self->caption_entry), orientation, -1, &entry_min, NULL, NULL, NULL);
      *minimum = *natural = MAX (THUMBNAIL_WIDTH, entry_min);
    }
  else
    {
      gtk_widget_measure (GTK_WIDGET (self->caption_entry), orientation, -1, &entry_min, &entry_nat, NULL, NULL);
      *minimum = THUMBNAIL_HEIGHT + SPACING + entry_min;
      *natural = THUMBNAIL_HEIGHT + SPACING + entry_nat;
    }
}

static void
sv_photo_tile_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  SvPhotoTile *self = SV_PHOTO_TILE (widget);
  int          entry_height = MAX (height - THUMBNAIL_HEIGHT - SPACING, 0);

  gtk_widget_size_allocate (self->overlay,
                            &(GtkAllocation){ 0, 0, width, THUMBNAIL_HEIGHT },
                            -1);
  gtk_widget_size_allocate (GTK_WIDGET (self->caption_entry),
                            &(GtkAllocation){ 0, THUMBNAIL_HEIGHT + SPACING, width, entry_height },
                            -1);
}

static void
sv_photo_tile_dispose (GObject *object)
{
  SvPhotoTile *self = SV_PHOTO_TILE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_PHOTO_TILE);
  g_clear_object (&self->photo);

  G_OBJECT_CLASS (sv_photo_tile_parent_class)->dispose (object);
}

static void
sv_photo_tile_class_init (SvPhotoTileClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_photo_tile_dispose;
  widget_class->measure = sv_photo_tile_measure;
  widget_class->size_allocate = sv_photo_tile_size_allocate;

  signals[MOVE] =
    g_signal_new ("move",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  signals[REMOVE] =
    g_signal_new ("remove",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[CAPTION_CHANGED] =
    g_signal_new ("caption-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-photo-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, SvPhotoTile, overlay);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoTile, picture);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoTile, remove_button);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoTile, earlier_button);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoTile, later_button);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoTile, caption_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_earlier_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_later_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_caption_entry_changed);
  gtk_widget_class_set_css_name (widget_class, "phototile");
}

static void
sv_photo_tile_init (SvPhotoTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SvPhotoTile *
sv_photo_tile_new (SvPhoto *photo)
{
  SvPhotoTile *self;
  const char  *caption;

  g_return_val_if_fail (SV_IS_PHOTO (photo), NULL);

  self = g_object_new (SV_TYPE_PHOTO_TILE, NULL);
  self->photo = g_object_ref (photo);

  caption = sv_photo_get_caption (photo);
  g_signal_handlers_block_by_func (self->caption_entry, on_caption_entry_changed, self);
  gtk_editable_set_text (GTK_EDITABLE (self->caption_entry), caption != NULL ? caption : "");
  g_signal_handlers_unblock_by_func (self->caption_entry, on_caption_entry_changed, self);

  return self;
}

SvPhoto *
sv_photo_tile_get_photo (SvPhotoTile *self)
{
  g_return_val_if_fail (SV_IS_PHOTO_TILE (self), NULL);

  return self->photo;
}

char *
sv_photo_tile_dup_caption (SvPhotoTile *self)
{
  g_autofree char *caption = NULL;

  g_return_val_if_fail (SV_IS_PHOTO_TILE (self), NULL);

  caption = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->caption_entry))));
  return *caption != '\0' ? g_steal_pointer (&caption) : NULL;
}

void
sv_photo_tile_set_texture (SvPhotoTile *self,
                           GdkTexture  *texture)
{
  g_return_if_fail (SV_IS_PHOTO_TILE (self));
  g_return_if_fail (texture == NULL || GDK_IS_TEXTURE (texture));

  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
}

void
sv_photo_tile_set_can_move (SvPhotoTile *self,
                            gboolean     earlier,
                            gboolean     later)
{
  g_return_if_fail (SV_IS_PHOTO_TILE (self));

  gtk_widget_set_visible (self->earlier_button, earlier);
  gtk_widget_set_visible (self->later_button, later);
}

void
sv_photo_tile_focus_move (SvPhotoTile *self,
                          int          delta)
{
  GtkWidget *same, *other;

  g_return_if_fail (SV_IS_PHOTO_TILE (self));

  same = delta < 0 ? self->earlier_button : self->later_button;
  other = delta < 0 ? self->later_button : self->earlier_button;
  gtk_widget_grab_focus (gtk_widget_get_visible (same) ? same : other);
}
