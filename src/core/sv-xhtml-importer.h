/* sv-xhtml-importer.h: a blog post exported by Souvenir, read back into a new trip.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sv-store.h"

G_BEGIN_DECLS

#define SV_IMPORT_ERROR (sv_import_error_quark ())

typedef enum {
  SV_IMPORT_ERROR_READ,      /* the file, or a photo beside it, cannot be read */
  SV_IMPORT_ERROR_TOO_LARGE, /* bigger or more deeply nested than Souvenir reads */
  SV_IMPORT_ERROR_MALFORMED, /* not well-formed XML */
  SV_IMPORT_ERROR_UNSAFE,    /* a DTD, an entity, or a photo on the network or outside its folder */
  SV_IMPORT_ERROR_NOT_OURS,  /* well-formed, but not a blog post exported by Souvenir */
  SV_IMPORT_ERROR_TOO_NEW,   /* exported by a newer Souvenir */
  SV_IMPORT_ERROR_INVALID,   /* ours, but with a wrong value or a damaged photo */
  SV_IMPORT_ERROR_WRITE,     /* the scrapbook could not be written */
} SvImportError;

#define SV_TYPE_XHTML_IMPORTER (sv_xhtml_importer_get_type ())
G_DECLARE_FINAL_TYPE (SvXhtmlImporter, sv_xhtml_importer, SV, XHTML_IMPORTER, GObject)

GQuark sv_import_error_quark (void);

/* clang-format off */
SvXhtmlImporter *sv_xhtml_importer_new          (SvStore          *store);

SvStore         *sv_xhtml_importer_get_store    (SvXhtmlImporter  *self);

/* The largest file read, and the largest photo beside it, in bytes;
 * 64 MiB by default. */
guint64          sv_xhtml_importer_get_max_size (SvXhtmlImporter  *self);
void             sv_xhtml_importer_set_max_size (SvXhtmlImporter  *self,
                                                 guint64           max_size);

/* Reads FILE, written by SvXhtmlExporter as a page or a fragment, into a
 * new trip and gives its id. Everything is checked before anything is
 * written, and written in one transaction: on any error (0 is returned)
 * the scrapbook is left as it was. Places with the same name and location
 * as one in the scrapbook are that place. The parser reads no DTD,
 * expands no entity and never goes to the network. */
gint64           sv_xhtml_importer_import       (SvXhtmlImporter  *self,
                                                 GFile            *file,
                                                 GCancellable     *cancellable,
                                                 GError          **error);

/* The same in a worker thread, which writes through a connection of its
 * own (see sv_store_open_connection()): the store's change signals do not
 * tell about the new trip, so reload when it is done. */
void             sv_xhtml_importer_import_async  (SvXhtmlImporter  *self,
                                                  GFile            *file,
                                                  GCancellable     *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer          user_data);
gint64           sv_xhtml_importer_import_finish (SvXhtmlImporter  *self,
                                                  GAsyncResult     *result,
                                                  GError          **error);
/* clang-format on */

G_END_DECLS
