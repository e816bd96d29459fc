/* sv-photo-group.c: the photos of an entry in the editor: add (file chooser or drop), caption, reorder, remove.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>

#include "sv-image-loader.h"
#include "sv-photo-group.h"
#include "sv-photo-tile.h"

/* Thumbnails are decoded at twice the tile size, sharp on HiDPI screens,
 * rather than keeping whole photos in memory. */
#define THUMBNAIL_PIXELS 256

#define CAPTION_DELAY_MS 500

struct _SvPhotoGroup
{
  AdwPreferencesGroup parent_instance;

  /* template children */
  GtkWidget  *spinner;
  GtkWidget  *add_button;
  GtkWidget  *drop_zone;
  GtkFlowBox *flow_box;
  GtkWidget  *undo_bar;
  GtkLabel   *undo_label;
  GtkWidget  *undo_button;
  GtkLabel   *error_label;

  /* owned */
  SvStore      *store;
  GCancellable *cancellable; /* cancelled when the group goes */
  GQueue       *jobs;        /* PhotoJob, waiting for the one in flight */
  SvPhoto      *removed;     /* the last photo removed, bytes and all, for Undo */
  GPtrArray    *errors;      /* messages of the last batch of files */

  gint64   entry_id;
  gboolean running;
  guint    caption_timeout;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_ENTRY_ID,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvPhotoGroup, sv_photo_group, ADW_TYPE_PREFERENCES_GROUP)

/* One file to read and add, or one stored photo to make a thumbnail of. */
typedef struct
{
  GFile       *file;     /* NULL for a stored photo */
  SvPhotoTile *tile;     /* the stored photo's tile */
  gint64       entry_id; /* the entry a file goes to */
  char        *name;     /* the file's name, for messages */

  /* filled in by the thread */
  GBytes    *bytes;
  char      *mime_type;
  int        width;
  int        height;
  GdkPixbuf *thumbnail;
} PhotoJob;

static void
photo_job_free (PhotoJob *job)
{
  g_clear_object (&job->file);
  g_clear_object (&job->tile);
  g_clear_pointer (&job->name, g_free);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_clear_pointer (&job->mime_type, g_free);
  g_clear_object (&job->thumbnail);
  g_free (job);
}

/* Decodes the whole image, which is the only proof that it is one, and
 * keeps a thumbnail of it. */
static gboolean
decode (PhotoJob *job,
        GError  **error)
{
  gsize            size;
  gconstpointer    data = g_bytes_get_data (job->bytes, &size);
  GdkPixbufFormat *format = NULL;

  /* The size stored is the whole photo's, upright. */
  job->thumbnail = sv_image_load (job->bytes, NULL, SV_IMAGE_FIT_SHORTEST_SIDE, THUMBNAIL_PIXELS,
                                  &job->width, &job->height, &format, NULL);
  if (job->thumbnail == NULL || format == NULL)
    {
      /* Translators: %s is a file name */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("“%s” is not an image Souvenir can read."), job->name);
      return FALSE;
    }

  if (job->file != NULL)
    {
      g_auto (GStrv) mime_types = gdk_pixbuf_format_get_mime_types (format);

      job->mime_type = g_strdup (mime_types != NULL ? mime_types[0] : NULL);
      if (job->mime_type == NULL || !g_str_has_prefix (job->mime_type, "image/"))
        {
          g_autofree char *type = g_content_type_guess (job->name, data, size, NULL);

          g_free (job->mime_type);
          job->mime_type = g_content_type_get_mime_type (type);
        }
    }

  return TRUE;
}

static void
photo_job_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  PhotoJob *job = task_data;
  GError   *error = NULL;

  if (job->file != NULL)
    {
      char *contents;
      gsize length;

      if (!g_file_load_contents (job->file, cancellable, &contents, &length, NULL, &error))
        {
          /* Translators: the first %s is a file name, the second why it could not be read */
          GError *read_error = g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED,
                                            _ ("Could not read “%s”: %s"), job->name, error->message);

          g_error_free (error);
          g_task_return_error (task, read_error);
          return;
        }
      job->bytes = g_bytes_new_take (contents, length);
    }

  if (!decode (job, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static gboolean
sv_photo_group_is_busy (SvPhotoGroup *self)
{
  return self->running || !g_queue_is_empty (self->jobs);
}

static void
update_busy (SvPhotoGroup *self,
             gboolean      was_busy)
{
  gboolean busy = sv_photo_group_is_busy (self);

  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  if (busy != was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
show_errors (SvPhotoGroup *self)
{
  g_autofree char *text = NULL;

  g_ptr_array_add (self->errors, NULL);
  text = g_strjoinv ("\n", (char **) self->errors->pdata);
  g_ptr_array_remove_index (self->errors, self->errors->len - 1);

  gtk_label_set_text (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->errors->len > 0);
}

static void
add_error (SvPhotoGroup *self,
           const char   *message)
{
  g_ptr_array_add (self->errors, g_strdup (message));
  show_errors (self);
}

static void
clear_errors (SvPhotoGroup *self)
{
  g_ptr_array_set_size (self->errors, 0);
  show_errors (self);
}

/* Tiles */

static guint
n_tiles (SvPhotoGroup *self)
{
  guint n = 0;

  while (gtk_flow_box_get_child_at_index (self->flow_box, n) != NULL)
    n++;
  return n;
}

static SvPhotoTile *
tile_at (SvPhotoGroup *self,
         guint         index)
{
  GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (self->flow_box, index);

  return child != NULL ? SV_PHOTO_TILE (gtk_flow_box_child_get_child (child)) : NULL;
}

static int
tile_index (SvPhotoTile *tile)
{
  return gtk_flow_box_child_get_index (GTK_FLOW_BOX_CHILD (gtk_widget_get_parent (GTK_WIDGET (tile))));
}

static void
update_tiles (SvPhotoGroup *self)
{
  guint n = n_tiles (self);

  for (guint i = 0; i < n; i++)
    sv_photo_tile_set_can_move (tile_at (self, i), i > 0, i + 1 < n);

  gtk_widget_set_visible (GTK_WIDGET (self->flow_box), n > 0);
  gtk_widget_set_visible (self->drop_zone, n == 0);
}

static void on_tile_move (SvPhotoTile  *tile,
                          int           delta,
                          SvPhotoGroup *self);
static void on_tile_remove (SvPhotoTile  *tile,
                            SvPhotoGroup *self);
static void on_tile_caption_changed (SvPhotoTile  *tile,
                                     SvPhotoGroup *self);

static SvPhotoTile *
insert_tile (SvPhotoGroup *self,
             SvPhoto      *photo,
             int           index)
{
  SvPhotoTile *tile = sv_photo_tile_new (photo);

  g_signal_connect (tile, "move", G_CALLBACK (on_tile_move), self);
  g_signal_connect (tile, "remove", G_CALLBACK (on_tile_remove), self);
  g_signal_connect (tile, "caption-changed", G_CALLBACK (on_tile_caption_changed), self);
  gtk_flow_box_insert (self->flow_box, GTK_WIDGET (tile), index);
  update_tiles (self);

  return tile;
}

/* Jobs */

static void run_next_job (SvPhotoGroup *self);

static void
store_new_photo (SvPhotoGroup *self,
                 PhotoJob     *job)
{
  g_autoptr (SvPhoto) photo = sv_photo_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  SvPhotoTile *tile;

  /* The editor moved on to another entry while the file was read. */
  if (job->entry_id != self->entry_id)
    return;

  sv_photo_set_entry_id (photo, job->entry_id);
  sv_photo_set_bytes (photo, job->bytes);
  sv_photo_set_mime_type (photo, job->mime_type);
  sv_photo_set_width (photo, job->width);
  sv_photo_set_height (photo, job->height);
  if (!sv_store_save_photo (self->store, photo, &error))
    {
      add_error (self, error->message);
      return;
    }
  /* The store has the image; the tile needs only the thumbnail. */
  sv_photo_set_bytes (photo, NULL);

  tile = insert_tile (self, photo, -1);
  texture = gdk_texture_new_for_pixbuf (job->thumbnail);
  sv_photo_tile_set_texture (tile, texture);
}

static void
on_job_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SvPhotoGroup *self = SV_PHOTO_GROUP (object);
  PhotoJob     *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* The group is gone: nothing to show it in. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      if (job->file != NULL)
        add_error (self, error->message);
      else
        gtk_widget_add_css_class (GTK_WIDGET (job->tile), "broken");
    }
  else if (job->file != NULL)
    store_new_photo (self, job);
  else if (gtk_widget_get_parent (GTK_WIDGET (job->tile)) != NULL)
    {
      g_autoptr (GdkTexture) texture = gdk_texture_new_for_pixbuf (job->thumbnail);

      sv_photo_tile_set_texture (job->tile, texture);
    }

  self->running = FALSE;
  run_next_job (self);
  update_busy (self, TRUE);
}

static void
run_next_job (SvPhotoGroup *self)
{
  g_autoptr (GTask) task = NULL;
  PhotoJob *job;

  if (self->running || g_queue_is_empty (self->jobs))
    return;

  job = g_queue_pop_head (self->jobs);
  task = g_task_new (self, self->cancellable, on_job_done, NULL);
  g_task_set_source_tag (task, run_next_job);
  g_task_set_task_data (task, job, (GDestroyNotify) photo_job_free);
  self->running = TRUE;
  g_task_run_in_thread (task, photo_job_thread);
}

static void
queue_job (SvPhotoGroup *self,
           PhotoJob     *job)
{
  gboolean was_busy = sv_photo_group_is_busy (self);

  g_queue_push_tail (self->jobs, job);
  run_next_job (self);
  update_busy (self, was_busy);
}

/* Loading */

static void
clear_tiles (SvPhotoGroup *self)
{
  GtkFlowBoxChild *child;

  while ((child = gtk_flow_box_get_child_at_index (self->flow_box, 0)) != NULL)
    gtk_flow_box_remove (self->flow_box, GTK_WIDGET (child));
}

static void
reload (SvPhotoGroup *self)
{
  g_autoptr (GPtrArray) photos = NULL;
  g_autoptr (GError) error = NULL;
  gboolean was_busy = sv_photo_group_is_busy (self);

  g_clear_handle_id (&self->caption_timeout, g_source_remove);
  g_queue_clear_full (self->jobs, (GDestroyNotify) photo_job_free);
  g_clear_object (&self->removed);
  gtk_widget_set_visible (self->undo_bar, FALSE);
  clear_tiles (self);
  clear_errors (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self), self->entry_id != 0);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         self->entry_id != 0 ? NULL : _ ("Give the entry a title, then add its photos."));

  if (self->store != NULL && self->entry_id != 0)
    {
      photos = sv_store_list_photos (self->store, self->entry_id, &error);
      if (photos == NULL)
        add_error (self, error->message);
    }

  for (guint i = 0; photos != NULL && i < photos->len; i++)
    {
      SvPhoto *photo = g_ptr_array_index (photos, i);
      g_autoptr (GError) load_error = NULL;
      g_autoptr (GBytes) bytes = sv_store_load_photo_bytes (self->store, sv_photo_get_id (photo), &load_error);
      SvPhotoTile *tile = insert_tile (self, photo, -1);
      PhotoJob    *job;

      if (bytes == NULL)
        {
          gtk_widget_add_css_class (GTK_WIDGET (tile), "broken");
          continue;
        }

      job = g_new0 (PhotoJob, 1);
      job->tile = g_object_ref (tile);
      job->bytes = g_steal_pointer (&bytes);
      job->name = g_strdup (sv_photo_get_caption (photo));
      g_queue_push_tail (self->jobs, job);
    }

  update_tiles (self);
  run_next_job (self);
  update_busy (self, was_busy);
}

/* Editing */

static void
save_positions (SvPhotoGroup *self)
{
  g_autoptr (GError) error = NULL;
  guint n = n_tiles (self);

  /* One transaction: one user action, one change signal. */
  if (!sv_store_begin (self->store, &error))
    {
      add_error (self, error->message);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      SvPhoto *photo = sv_photo_tile_get_photo (tile_at (self, i));

      if (sv_photo_get_position (photo) == (int) i + 1)
        continue;
      sv_photo_set_position (photo, i + 1);
      /* A failed save has rolled back the whole transaction already. */
      if (!sv_store_save_photo (self->store, photo, &error))
        {
          add_error (self, error->message);
          return;
        }
    }

  if (!sv_store_commit (self->store, &error))
    add_error (self, error->message);
}

static void
on_tile_move (SvPhotoTile  *tile,
              int           delta,
              SvPhotoGroup *self)
{
  int index = tile_index (tile);
  int target = index + delta;

  if (target < 0 || target >= (int) n_tiles (self))
    return;

  g_object_ref (tile);
  gtk_flow_box_remove (self->flow_box, gtk_widget_get_parent (GTK_WIDGET (tile)));
  gtk_flow_box_insert (self->flow_box, GTK_WIDGET (tile), target);
  g_object_unref (tile);

  update_tiles (self);
  save_positions (self);
  /* The keyboard stays on the photo that moved. */
  sv_photo_tile_focus_move (tile, delta);
}

static void
on_tile_remove (SvPhotoTile  *tile,
                SvPhotoGroup *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPhoto) removed = sv_photo_copy (sv_photo_tile_get_photo (tile));
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *caption = sv_photo_tile_dup_caption (tile);

  /* The store deletes for good: keep the image to give it back on Undo. */
  bytes = sv_store_load_photo_bytes (self->store, sv_photo_get_id (removed), &error);
  if (bytes == NULL || !sv_store_delete_photo (self->store, sv_photo_get_id (removed), &error))
    {
      add_error (self, error->message);
      return;
    }

  sv_photo_set_bytes (removed, bytes);
  sv_photo_set_caption (removed, caption);
  g_set_object (&self->removed, removed);

  gtk_flow_box_remove (self->flow_box, gtk_widget_get_parent (GTK_WIDGET (tile)));
  update_tiles (self);

  if (caption != NULL)
    {
      /* Translators: %s is the caption of a photo that was just removed */
      g_autofree char *text = g_strdup_printf (_ ("“%s” removed"), caption);

      gtk_label_set_text (self->undo_label, text);
    }
  else
    gtk_label_set_text (self->undo_label, _ ("Photo removed"));
  gtk_widget_set_visible (self->undo_bar, TRUE);
}

static void
on_undo_button_clicked (SvPhotoGroup *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SvPhoto) photo = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  SvPhotoTile *tile;
  PhotoJob    *job;
  guint        n = n_tiles (self);
  guint        index = 0;

  if (self->removed == NULL)
    return;

  photo = g_steal_pointer (&self->removed);
  gtk_widget_set_visible (self->undo_bar, FALSE);

  sv_photo_set_id (photo, 0);
  if (!sv_store_save_photo (self->store, photo, &error))
    {
      add_error (self, error->message);
      return;
    }

  while (index < n && sv_photo_get_position (sv_photo_tile_get_photo (tile_at (self, index))) <= sv_photo_get_position (photo))
    index++;

  job = g_new0 (PhotoJob, 1);
  job->bytes = g_bytes_ref (sv_photo_get_bytes (photo));
  job->name = g_strdup (sv_photo_get_caption (photo));
  sv_photo_set_bytes (photo, NULL);
  tile = insert_tile (self, photo, index);
  job->tile = g_object_ref (tile);
  queue_job (self, job);
}

static void
save_captions (SvPhotoGroup *self)
{
  guint n = n_tiles (self);

  g_clear_handle_id (&self->caption_timeout, g_source_remove);

  for (guint i = 0; i < n; i++)
    {
      SvPhotoTile     *tile = tile_at (self, i);
      SvPhoto         *photo = sv_photo_tile_get_photo (tile);
      g_autofree char *caption = NULL;
      g_autoptr (GError) error = NULL;

      if (!g_object_steal_data (G_OBJECT (tile), "caption-changed"))
        continue;

      caption = sv_photo_tile_dup_caption (tile);
      if (g_strcmp0 (caption, sv_photo_get_caption (photo)) == 0)
        continue;

      sv_photo_set_caption (photo, caption);
      if (!sv_store_save_photo (self->store, photo, &error))
        add_error (self, error->message);
    }
}

static gboolean
on_caption_timeout (gpointer user_data)
{
  SvPhotoGroup *self = user_data;

  self->caption_timeout = 0;
  save_captions (self);
  return G_SOURCE_REMOVE;
}

static void
on_tile_caption_changed (SvPhotoTile  *tile,
                         SvPhotoGroup *self)
{
  g_object_set_data (G_OBJECT (tile), "caption-changed", GINT_TO_POINTER (TRUE));
  g_clear_handle_id (&self->caption_timeout, g_source_remove);
  self->caption_timeout = g_timeout_add (CAPTION_DELAY_MS, on_caption_timeout, self);
}

/* Adding */

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     SvPhotoGroup    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      sv_photo_group_add_files (self, files);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
on_add_button_clicked (SvPhotoGroup *self)
{
  GtkNative            *native = gtk_widget_get_native (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_ ("Add Photos"),
                                         GTK_IS_WINDOW (native) ? GTK_WINDOW (native) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _ ("_Add"),
                                         _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _ ("Images"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
on_drop_target_drop (GtkDropTarget *target,
                     const GValue  *value,
                     double         x,
                     double         y,
                     SvPhotoGroup  *self)
{
  g_autoptr (GListStore) files = g_list_store_new (G_TYPE_FILE);
  GSList *list;

  if (self->entry_id == 0 || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL; l = l->next)
    g_list_store_append (files, l->data);
  g_slist_free (list);

  sv_photo_group_add_files (self, G_LIST_MODEL (files));
  return TRUE;
}

/* Life cycle */

static void
sv_photo_group_dispose (GObject *object)
{
  SvPhotoGroup *self = SV_PHOTO_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->caption_timeout, g_source_remove);
  if (self->jobs != NULL)
    {
      g_queue_free_full (self->jobs, (GDestroyNotify) photo_job_free);
      self->jobs = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_PHOTO_GROUP);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->removed);
  g_clear_pointer (&self->errors, g_ptr_array_unref);

  G_OBJECT_CLASS (sv_photo_group_parent_class)->dispose (object);
}

static void
sv_photo_group_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SvPhotoGroup *self = SV_PHOTO_GROUP (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ENTRY_ID:
      g_value_set_int64 (value, self->entry_id);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, sv_photo_group_is_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_photo_group_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SvPhotoGroup *self = SV_PHOTO_GROUP (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sv_photo_group_set_store (self, g_value_get_object (value));
      break;
    case PROP_ENTRY_ID:
      sv_photo_group_set_entry_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_photo_group_class_init (SvPhotoGroupClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_photo_group_dispose;
  object_class->get_property = sv_photo_group_get_property;
  object_class->set_property = sv_photo_group_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SV_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENTRY_ID] =
    g_param_spec_int64 ("entry-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-photo-group.ui");
  gtk_widget_class_bind_template_child (widget_class, SvPhotoGroup, spinner);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoGroup, drop_zone);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoGroup, flow_box);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoGroup, undo_bar);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoGroup, undo_label);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoGroup, undo_button);
  gtk_widget_class_bind_template_child (widget_class, SvPhotoGroup, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_undo_button_clicked);
}

static void
sv_photo_group_init (SvPhotoGroup *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->jobs = g_queue_new ();
  self->errors = g_ptr_array_new_with_free_func (g_free);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_target_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  reload (self);
}

void
sv_photo_group_set_store (SvPhotoGroup *self,
                          SvStore      *store)
{
  g_return_if_fail (SV_IS_PHOTO_GROUP (self));
  g_return_if_fail (store == NULL || SV_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
sv_photo_group_set_entry_id (SvPhotoGroup *self,
                             gint64        entry_id)
{
  g_return_if_fail (SV_IS_PHOTO_GROUP (self));

  if (self->entry_id == entry_id)
    return;

  self->entry_id = entry_id;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY_ID]);
}

gint64
sv_photo_group_get_entry_id (SvPhotoGroup *self)
{
  g_return_val_if_fail (SV_IS_PHOTO_GROUP (self), 0);

  return self->entry_id;
}

gboolean
sv_photo_group_get_busy (SvPhotoGroup *self)
{
  g_return_val_if_fail (SV_IS_PHOTO_GROUP (self), FALSE);

  return sv_photo_group_is_busy (self);
}

void
sv_photo_group_add_files (SvPhotoGroup *self,
                          GListModel   *files)
{
  guint n;

  g_return_if_fail (SV_IS_PHOTO_GROUP (self));
  g_return_if_fail (G_IS_LIST_MODEL (files));
  g_return_if_fail (self->entry_id != 0);

  /* The messages are about the files added last. */
  if (!sv_photo_group_is_busy (self))
    clear_errors (self);

  n = g_list_model_get_n_items (files);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GFile) file = g_list_model_get_item (files, i);
      g_autofree char *basename = g_file_get_basename (file);
      PhotoJob        *job = g_new0 (PhotoJob, 1);

      job->file = g_steal_pointer (&file);
      job->entry_id = self->entry_id;
      job->name = g_filename_display_name (basename != NULL ? basename : "");
      queue_job (self, job);
    }
}

void
sv_photo_group_flush (SvPhotoGroup *self)
{
  g_return_if_fail (SV_IS_PHOTO_GROUP (self));

  save_captions (self);
}
