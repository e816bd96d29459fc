/* sv-xhtml-format.h: what the blog export writes and the import reads back.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* The exported document is XHTML5 that is also valid HTML (polyglot), so
 * that a blog can serve it either way. The importer reads back only the
 * machine-readable parts, never the text shown for people:
 *
 *   article.sv-trip[data-souvenir=VERSION]   the trip (also h-entry)
 *     .sv-trip-title .sv-event-name .sv-city .sv-country .sv-trip-url
 *     time.sv-start[datetime] time.sv-end[datetime] .sv-summary p
 *     section.sv-notes                      notes about the whole trip
 *     section.sv-day[data-day]              one per day
 *       article.sv-entry[data-kind]         one per entry, in order, with
 *         data-highlight data-private data-role data-recommended
 *         data-meal data-favourite data-currency
 *         .sv-title time.sv-start time.sv-end .sv-speaker .sv-person
 *         .sv-rating[data-rating] .sv-body p .sv-room .sv-track
 *         .sv-dishes .sv-price[data-price] a.sv-video a.sv-slides .sv-tag
 *         .sv-place[data-category] .sv-place-name .sv-address
 *           data.sv-latitude data.sv-longitude a.sv-place-url
 *         figure.sv-photo[data-cover] img[src width height] figcaption
 *
 * Numbers are written in their shortest form that reads back exactly. */

#define SV_XHTML_NAMESPACE      "http://www.w3.org/1999/xhtml"
#define SV_XHTML_FORMAT_VERSION 1

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
