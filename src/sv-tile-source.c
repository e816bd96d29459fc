/* sv-tile-source.c: map tiles from a tile server, noticing when none arrive.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libshumate 1.0 drops the errors of its tile downloads (ShumateMapLayer
 * has a "TODO: Report the error"), so the map cannot tell "offline" from
 * "still loading". This data source sits between the raster renderer and
 * the downloader and watches every answer go by.
 */
#include "sv-tile-source.h"

/* Once some tiles have arrived, a few failures in a row (not one tile at
 * the edge of the world) make tiles unavailable. */
#define FAILURES_IN_A_ROW 4

struct _SvTileSource
{
  ShumateDataSource parent_instance;

  /* owned */
  ShumateDataSource *inner;
  GError            *error;

  guint    n_arrived;
  guint    n_failed_in_a_row;
  gboolean unavailable;
};

enum {
  PROP_0,
  PROP_INNER,
  PROP_UNAVAILABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvTileSource, sv_tile_source, SHUMATE_TYPE_DATA_SOURCE)

static void
set_unavailable (SvTileSource *self,
                 gboolean      unavailable)
{
  if (self->unavailable == unavailable)
    return;

  self->unavailable = unavailable;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNAVAILABLE]);
}

static void
note_arrival (SvTileSource *self)
{
  self->n_arrived++;
  self->n_failed_in_a_row = 0;
  g_clear_error (&self->error);
  set_unavailable (self, FALSE);
}

static void
note_failure (SvTileSource *self,
              const GError *error)
{
  self->n_failed_in_a_row++;
  g_clear_error (&self->error);
  self->error = g_error_copy (error);
  if (self->n_arrived == 0 || self->n_failed_in_a_row >= FAILURES_IN_A_ROW)
    set_unavailable (self, TRUE);
}

/* The raster renderer of libshumate 1.0 paints what this signal brings,
 * and the downloader emits it for cached tiles too: pass it on as is. */
static void
on_inner_received_data (SvTileSource      *self,
                        int                x,
                        int                y,
                        int                zoom_level,
                        GBytes            *bytes,
                        ShumateDataSource *inner)
{
  g_signal_emit_by_name (self, "received-data", x, y, zoom_level, bytes);
}

static void
on_inner_tile_data (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  SvTileSource *self = g_task_get_source_object (task);
  g_autoptr (GError) error = NULL;
  GBytes *bytes;

  bytes = shumate_data_source_get_tile_data_finish (SHUMATE_DATA_SOURCE (source), result, &error);
  if (bytes == NULL)
    {
      /* Tiles scrolled out of view are cancelled: that is no failure. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        note_failure (self, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  note_arrival (self);
  g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

static void
sv_tile_source_get_tile_data_async (ShumateDataSource  *source,
                                    int                 x,
                                    int                 y,
                                    int                 zoom_level,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  SvTileSource *self = SV_TILE_SOURCE (source);
  GTask        *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, sv_tile_source_get_tile_data_async);
  shumate_data_source_get_tile_data_async (self->inner, x, y, zoom_level, cancellable, on_inner_tile_data, task);
}

static GBytes *
sv_tile_source_get_tile_data_finish (ShumateDataSource *source,
                                     GAsyncResult      *result,
                                     GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
sv_tile_source_constructed (GObject *object)
{
  SvTileSource *self = SV_TILE_SOURCE (object);

  G_OBJECT_CLASS (sv_tile_source_parent_class)->constructed (object);

  g_signal_connect_object (self->inner, "received-data", G_CALLBACK (on_inner_received_data), self, G_CONNECT_SWAPPED);
}

static void
sv_tile_source_dispose (GObject *object)
{
  SvTileSource *self = SV_TILE_SOURCE (object);

  g_clear_object (&self->inner);

  G_OBJECT_CLASS (sv_tile_source_parent_class)->dispose (object);
}

static void
sv_tile_source_finalize (GObject *object)
{
  SvTileSource *self = SV_TILE_SOURCE (object);

  g_clear_error (&self->error);

  G_OBJECT_CLASS (sv_tile_source_parent_class)->finalize (object);
}

static void
sv_tile_source_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SvTileSource *self = SV_TILE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_INNER:
      g_value_set_object (value, self->inner);
      break;
    case PROP_UNAVAILABLE:
      g_value_set_boolean (value, self->unavailable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_tile_source_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SvTileSource *self = SV_TILE_SOURCE (object);

  switch (prop_id)
    {
    case PROP_INNER:
      self->inner = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_tile_source_class_init (SvTileSourceClass *klass)
{
  GObjectClass           *object_class = G_OBJECT_CLASS (klass);
  ShumateDataSourceClass *source_class = SHUMATE_DATA_SOURCE_CLASS (klass);

  object_class->constructed = sv_tile_source_constructed;
  object_class->dispose = sv_tile_source_dispose;
  object_class->finalize = sv_tile_source_finalize;
  object_class->get_property = sv_tile_source_get_property;
  object_class->set_property = sv_tile_source_set_property;
  source_class->get_tile_data_async = sv_tile_source_get_tile_data_async;
  source_class->get_tile_data_finish = sv_tile_source_get_tile_data_finish;

  properties[PROP_INNER] =
    g_param_spec_object ("inner", NULL, NULL, SHUMATE_TYPE_DATA_SOURCE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNAVAILABLE] =
    g_param_spec_boolean ("unavailable", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_tile_source_init (SvTileSource *self)
{
}

SvTileSource *
sv_tile_source_new (ShumateDataSource *inner)
{
  g_return_val_if_fail (SHUMATE_IS_DATA_SOURCE (inner), NULL);

  return g_object_new (SV_TYPE_TILE_SOURCE, "inner", inner, NULL);
}

gboolean
sv_tile_source_get_unavailable (SvTileSource *self)
{
  g_return_val_if_fail (SV_IS_TILE_SOURCE (self), FALSE);

  return self->unavailable;
}

gboolean
sv_tile_source_get_offline (SvTileSource *self)
{
  g_return_val_if_fail (SV_IS_TILE_SOURCE (self), FALSE);

  return self->error != NULL &&
         (self->error->domain == G_RESOLVER_ERROR ||
          g_error_matches (self->error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
          g_error_matches (self->error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE));
}

const GError *
sv_tile_source_get_error (SvTileSource *self)
{
  g_return_val_if_fail (SV_IS_TILE_SOURCE (self), NULL);

  return self->error;
}
