/* tile-server.h: map tiles served on 127.0.0.1, for the map's tests and screenshots.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The PNG of one tile; called from the server's threads. */
typedef GBytes *(*TileServerDrawFunc) (int zoom,
                                       int x,
                                       int y);

typedef struct _TileServer TileServer;

/* Serves /PREFIX/{z}/{x}/{y}.png with DRAW, and 404 for anything else. */
TileServer *tile_server_start (const char        *prefix,
                               TileServerDrawFunc draw);
/* "http://127.0.0.1:PORT/PREFIX/{z}/{x}/{y}.png" */
char *tile_server_dup_url_template (TileServer *server);
/* How many tiles it has served. */
guint tile_server_get_served (TileServer *server);
void  tile_server_stop (TileServer *server);

G_END_DECLS
