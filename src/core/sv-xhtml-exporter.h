/* sv-xhtml-exporter.h: a trip as a blog post, XHTML5 built by libxml2.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_EXPORT_ERROR (sv_export_error_quark ())

typedef enum {
  SV_EXPORT_ERROR_READ,  /* the scrapbook could not be read */
  SV_EXPORT_ERROR_WRITE, /* the file or its photos could not be written */
} SvExportError;

#define SV_TYPE_XHTML_EXPORTER (sv_xhtml_exporter_get_type ())
G_DECLARE_FINAL_TYPE (SvXhtmlExporter, sv_xhtml_exporter, SV, XHTML_EXPORTER, GObject)

GQuark sv_export_error_quark (void);

/* clang-format off */
SvXhtmlExporter *sv_xhtml_exporter_new                 (SvStore          *store,
                                                        gint64            trip_id);

SvStore         *sv_xhtml_exporter_get_store           (SvXhtmlExporter  *self);

gint64           sv_xhtml_exporter_get_trip_id         (SvXhtmlExporter  *self);
void             sv_xhtml_exporter_set_trip_id         (SvXhtmlExporter  *self,
                                                        gint64            trip_id);

/* FALSE (the default): a whole page with a small stylesheet. TRUE: the
 * trip's <article> alone, to paste into a blog. */
gboolean         sv_xhtml_exporter_get_fragment        (SvXhtmlExporter  *self);
void             sv_xhtml_exporter_set_fragment        (SvXhtmlExporter  *self,
                                                        gboolean          fragment);

/* FALSE (the default): photos are written into a folder beside the file,
 * NAME_files/. TRUE: they are embedded as data: URIs. */
gboolean         sv_xhtml_exporter_get_embed_images    (SvXhtmlExporter  *self);
void             sv_xhtml_exporter_set_embed_images    (SvXhtmlExporter  *self,
                                                        gboolean          embed_images);

/* TRUE by default; FALSE leaves out entries marked private, prices and
 * ratings. */
gboolean         sv_xhtml_exporter_get_include_private (SvXhtmlExporter  *self);
void             sv_xhtml_exporter_set_include_private (SvXhtmlExporter  *self,
                                                        gboolean          include_private);

gboolean         sv_xhtml_exporter_get_include_prices  (SvXhtmlExporter  *self);
void             sv_xhtml_exporter_set_include_prices  (SvXhtmlExporter  *self,
                                                        gboolean          include_prices);

gboolean         sv_xhtml_exporter_get_include_ratings (SvXhtmlExporter  *self);
void             sv_xhtml_exporter_set_include_ratings (SvXhtmlExporter  *self,
                                                        gboolean          include_ratings);

/* Writes the trip to FILE (and its photos beside it), replacing what was
 * there. The options are read when the call starts. */
gboolean         sv_xhtml_exporter_write               (SvXhtmlExporter  *self,
                                                        GFile            *file,
                                                        GCancellable     *cancellable,
                                                        GError          **error);

/* The same in a worker thread, on a connection of its own to the
 * scrapbook (see sv_store_open_connection()). */
void             sv_xhtml_exporter_write_async         (SvXhtmlExporter  *self,
                                                        GFile            *file,
                                                        GCancellable     *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer          user_data);
gboolean         sv_xhtml_exporter_write_finish        (SvXhtmlExporter  *self,
                                                        GAsyncResult     *result,
                                                        GError          **error);
/* clang-format on */

G_END_DECLS
