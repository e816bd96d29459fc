/* tile-server.c: map tiles served on 127.0.0.1, for the map's tests and screenshots.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include "tile-server.h"

struct _TileServer
{
  GSocketService    *service;
  TileServerDrawFunc draw;
  char              *prefix;
  guint16            port;
  int                served; /* atomic: the service's threads count */
  int                active; /* atomic: requests accepted, not yet answered */
};

static GBytes *
draw_requested_tile (TileServer *server,
                     const char *request)
{
  g_autofree char *expected = g_strdup_printf ("GET /%s/", server->prefix);
  int              zoom, x, y;
  char             end;

  /* "GET /PREFIX/17/36383/49327.png HTTP/1.1" */
  if (request == NULL || !g_str_has_prefix (request, expected) ||
      sscanf (request + strlen (expected), "%d/%d/%d.pn%c ", &zoom, &x, &y, &end) != 4 || end != 'g')
    return NULL;

  return server->draw (zoom, x, y);
}

/* Runs in the thread that stops the server, before the request goes to a
 * worker thread: tile_server_stop() can then wait for every accepted one. */
static gboolean
on_service_incoming (GSocketService    *service,
                     GSocketConnection *connection,
                     GObject           *source,
                     TileServer        *server)
{
  g_atomic_int_inc (&server->active);
  return FALSE;
}

static gboolean
on_service_run (GThreadedSocketService *service,
                GSocketConnection      *connection,
                GObject                *source,
                TileServer             *server)
{
  g_autoptr (GDataInputStream) in = g_data_input_stream_new (g_io_stream_get_input_stream (G_IO_STREAM (connection)));
  GOutputStream   *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autofree char *request = g_data_input_stream_read_line (in, NULL, NULL, NULL);
  g_autofree char *header = NULL;
  g_autofree char *reply = NULL;
  g_autoptr (GBytes) tile = NULL;

  /* The headers, up to the empty line. */
  while ((header = g_data_input_stream_read_line (in, NULL, NULL, NULL)) != NULL && *g_strchomp (header) != '\0')
    g_clear_pointer (&header, g_free);

  tile = draw_requested_tile (server, request);
  if (tile != NULL)
    reply = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: %" G_GSIZE_FORMAT "\r\n"
                             "Connection: close\r\n\r\n",
                             g_bytes_get_size (tile));
  else
    reply = g_strdup ("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

  g_output_stream_write_all (out, reply, strlen (reply), NULL, NULL, NULL);
  if (tile != NULL)
    {
      g_output_stream_write_all (out, g_bytes_get_data (tile, NULL), g_bytes_get_size (tile), NULL, NULL, NULL);
      g_atomic_int_inc (&server->served);
    }
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  g_atomic_int_dec_and_test (&server->active);

  return TRUE;
}

static void
tile_server_free (TileServer *server)
{
  g_free (server->prefix);
  g_free (server);
}

TileServer *
tile_server_start (const char        *prefix,
                   TileServerDrawFunc draw)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) bound = NULL;
  TileServer *server = g_new0 (TileServer, 1);

  server->draw = draw;
  server->prefix = g_strdup (prefix);
  server->service = g_threaded_socket_service_new (8);
  g_object_set_data_full (G_OBJECT (server->service), "tile-server", server, (GDestroyNotify) tile_server_free);
  if (!g_socket_listener_add_address (G_SOCKET_LISTENER (server->service), address, G_SOCKET_TYPE_STREAM,
                                      G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error))
    g_error ("The tile server cannot listen on 127.0.0.1: %s", error->message);
  server->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_signal_connect (server->service, "incoming", G_CALLBACK (on_service_incoming), server);
  g_signal_connect (server->service, "run", G_CALLBACK (on_service_run), server);
  g_socket_service_start (server->service);

  return server;
}

char *
tile_server_dup_url_template (TileServer *server)
{
  return g_strdup_printf ("http://127.0.0.1:%u/%s/{z}/{x}/{y}.png", server->port, server->prefix);
}

guint
tile_server_get_served (TileServer *server)
{
  return g_atomic_int_get (&server->served);
}

void
tile_server_stop (TileServer *server)
{
  g_socket_service_stop (server->service);
  g_socket_listener_close (G_SOCKET_LISTENER (server->service));
  /* A tile being drawn may use what the caller frees next. */
  while (g_atomic_int_get (&server->active) > 0)
    g_usleep (1000);
  /* SERVER goes with the service, which each request being answered holds
   * until its answer is written. */
  g_object_unref (server->service);
}
