/* xhtml-test-util.h: what the blog export and import tests share: temporary scrapbooks, XPath.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sv-store.h"
#include "sv-xhtml-exporter.h"
#include "sv-xhtml-format.h"

G_BEGIN_DECLS

typedef struct
{
  char    *dir;      /* a temporary folder, removed with all it holds */
  char    *fixtures; /* tests/fixtures */
  SvStore *store;    /* a scrapbook file in dir */
} XhtmlFixture;

void xhtml_fixture_setup (XhtmlFixture *f,
                          gconstpointer data);
void xhtml_fixture_teardown (XhtmlFixture *f,
                             gconstpointer data);

/* DIR/NAME, to be freed. */
char *xhtml_fixture_path (XhtmlFixture *f,
                          const char   *name);

/* Writes with EXPORTER to DIR/NAME and gives back what it wrote. */
char *xhtml_export (XhtmlFixture    *f,
                    SvXhtmlExporter *exporter,
                    const char      *name);

/* The document with its generation time blanked out: the one part of an
 * export that changes from one run to the next. */
char *xhtml_without_time (const char *document);

/* Parses DOCUMENT as XML, with no network and no entities, or fails. */
xmlDoc *xhtml_parse (const char *document);

/* XPath 1.0 on DOC, with the XHTML namespace as "h". */
char  *xhtml_xpath_string (xmlDoc     *doc,
                           const char *expression);
double xhtml_xpath_number (xmlDoc     *doc,
                           const char *expression);
/* The string values of the nodes EXPRESSION selects, in document order. */
GStrv xhtml_xpath_strings (xmlDoc     *doc,
                           const char *expression);

/* A GAsyncReadyCallback that keeps the result in the GAsyncResult * that
 * USER_DATA points to; xhtml_wait() runs the main loop until it is there. */
void xhtml_keep_result (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data);
void xhtml_wait (GAsyncResult **result);

/* Drops the reference to OBJECT and waits until it is finalized: a GTask
 * thread keeps its source object a moment after the callback has run. */
void xhtml_unref_and_wait (gpointer object);

/* An XPath test for an element of class NAME. */
#define XHTML_CLASS(name) "contains(concat(' ', normalize-space(@class), ' '), ' " name " ')"

G_END_DECLS
