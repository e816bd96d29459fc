/* sv-souvenir-layout.h: a trip laid out as printed pages, for print and PDF.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "sv-paper.h"
#include "sv-store.h"

G_BEGIN_DECLS

#define SV_SOUVENIR_ERROR (sv_souvenir_error_quark ())

typedef enum {
  SV_SOUVENIR_ERROR_NOT_LAID_OUT, /* drawing before sv_souvenir_layout_paginate() */
  SV_SOUVENIR_ERROR_WRITE,        /* cairo could not write the PDF */
} SvSouvenirError;

/* One thing drawn on a page, in points from the page's top-left corner. */
typedef struct
{
  guint       page;
  double      x;
  double      y;
  double      width;
  double      height;
  const char *kind; /* "text", "rule", "band", "pin", "map", "photo", … */
} SvSouvenirBox;

/* Turns the encoded bytes of a photo into an image surface; NULL with ERROR
 * set when it cannot. The core decodes PNG by itself (cairo can); the
 * application passes one that knows JPEG and the rest (gdk-pixbuf). */
typedef cairo_surface_t *(*SvSouvenirPhotoDecoder) (GBytes     *bytes,
                                                    const char *mime_type,
                                                    gpointer    user_data,
                                                    GError    **error);

/* The margin used by sv_souvenir_layout_write_pdf(), 17 mm. */
#define SV_SOUVENIR_DEFAULT_MARGIN 48.0

#define SV_TYPE_SOUVENIR_LAYOUT (sv_souvenir_layout_get_type ())
G_DECLARE_FINAL_TYPE (SvSouvenirLayout, sv_souvenir_layout, SV, SOUVENIR_LAYOUT, GObject)

/* clang-format off */
GQuark            sv_souvenir_error_quark             (void);

/* Reads the trip and everything shown of it (photos included) from STORE
 * now, so that printing never waits on nor sees a changing scrapbook.
 * Private entries are left out: a souvenir is shown to others. */
SvSouvenirLayout *sv_souvenir_layout_new              (SvStore               *store,
                                                       gint64                 trip_id,
                                                       GError               **error);

const char       *sv_souvenir_layout_get_title        (SvSouvenirLayout      *self);

/* Replaces the PNG-only decoder; call before paginating. */
void              sv_souvenir_layout_set_photo_decoder (SvSouvenirLayout     *self,
                                                        SvSouvenirPhotoDecoder decoder,
                                                        gpointer              user_data,
                                                        GDestroyNotify        destroy);

/* Where cached map tiles are looked up, as libshumate stores them:
 * DIR/Z/X/Y.png. Default: where libshumate 1.0 caches OpenStreetMap tiles,
 * $XDG_CACHE_HOME/shumate/https___tile_openstreetmap_org__z___x___y__png. */
void              sv_souvenir_layout_set_tile_dir     (SvSouvenirLayout      *self,
                                                       const char            *dir);

/* Lays the pages out for paper of WIDTH × HEIGHT points, keeping every
 * mark MARGIN points inside each edge. Measuring does not depend on any
 * output device, so the print dialog and the PDF get the same pages. */
void              sv_souvenir_layout_paginate         (SvSouvenirLayout      *self,
                                                       double                 width,
                                                       double                 height,
                                                       double                 margin);

guint             sv_souvenir_layout_get_n_pages      (SvSouvenirLayout      *self);

/* Draws page PAGE (from 0) on CR, whose user space is in points with its
 * origin at the paper's top-left corner. */
void              sv_souvenir_layout_draw_page        (SvSouvenirLayout      *self,
                                                       cairo_t               *cr,
                                                       guint                  page);

/* Every box drawn by sv_souvenir_layout_draw_page(), on every page. */
GArray           *sv_souvenir_layout_get_boxes        (SvSouvenirLayout      *self);

/* Paginates for PAPER and writes the pages to PATH as PDF, replacing it
 * only once the whole file is written. */
gboolean          sv_souvenir_layout_write_pdf        (SvSouvenirLayout      *self,
                                                       const char            *path,
                                                       SvPaper                paper,
                                                       GError               **error);
/* clang-format on */

G_END_DECLS
