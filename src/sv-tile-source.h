/* sv-tile-source.h: map tiles from a tile server, noticing when none arrive.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define SV_TYPE_TILE_SOURCE (sv_tile_source_get_type ())
G_DECLARE_FINAL_TYPE (SvTileSource, sv_tile_source, SV, TILE_SOURCE, ShumateDataSource)

/* Passes on what INNER (usually a ShumateTileDownloader) gives, and keeps
 * count of what it fails to give. */
SvTileSource *sv_tile_source_new (ShumateDataSource *inner);
/* TRUE while tiles fail to arrive: from the first failure when none has
 * arrived yet, or after several failures in a row. */
gboolean sv_tile_source_get_unavailable (SvTileSource *self);
/* TRUE when the last failure was the network's (no route, no name
 * resolution) rather than the server's. */
gboolean sv_tile_source_get_offline (SvTileSource *self);
/* The last failure, NULL while tiles arrive. */
const GError *sv_tile_source_get_error (SvTileSource *self);

G_END_DECLS
