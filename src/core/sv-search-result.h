/* sv-search-result.h: an entry found by a search, with a snippet of the match.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sv-entry-kind.h"

G_BEGIN_DECLS

/* Around the matched terms of a snippet: control characters, which no
 * title or note contains. */
#define SV_SEARCH_MATCH_START "\002"
#define SV_SEARCH_MATCH_END   "\003"

#define SV_TYPE_SEARCH_RESULT (sv_search_result_get_type ())

G_DECLARE_FINAL_TYPE (SvSearchResult, sv_search_result, SV, SEARCH_RESULT, GObject)

/* clang-format off */
/* Strings are NULL when unset; setters store "" as NULL. */
SvSearchResult *sv_search_result_new                (void);
SvSearchResult *sv_search_result_copy               (SvSearchResult *self);

gint64          sv_search_result_get_entry_id       (SvSearchResult *self);
void            sv_search_result_set_entry_id       (SvSearchResult *self,
                                                     gint64          entry_id);

gint64          sv_search_result_get_trip_id        (SvSearchResult *self);
void            sv_search_result_set_trip_id        (SvSearchResult *self,
                                                     gint64          trip_id);

const char     *sv_search_result_get_trip_title     (SvSearchResult *self);
void            sv_search_result_set_trip_title     (SvSearchResult *self,
                                                     const char     *trip_title);

/* An ISO 8601 day; NULL for notes about the whole trip. */
const char     *sv_search_result_get_day            (SvSearchResult *self);
void            sv_search_result_set_day            (SvSearchResult *self,
                                                     const char     *day);

SvEntryKind     sv_search_result_get_kind           (SvSearchResult *self);
void            sv_search_result_set_kind           (SvSearchResult *self,
                                                     SvEntryKind     kind);

const char     *sv_search_result_get_title          (SvSearchResult *self);
void            sv_search_result_set_title          (SvSearchResult *self,
                                                     const char     *title);

/* Plain text; each matched term is between SV_SEARCH_MATCH_START
 * and SV_SEARCH_MATCH_END. */
const char     *sv_search_result_get_snippet        (SvSearchResult *self);
void            sv_search_result_set_snippet        (SvSearchResult *self,
                                                     const char     *snippet);

/* The snippet as Pango markup, matched terms in bold; NULL without one. */
char           *sv_search_result_dup_snippet_markup (SvSearchResult *self);

/* The snippet without the markers; NULL without one. */
char           *sv_search_result_dup_snippet_text   (SvSearchResult *self);
/* clang-format on */

G_END_DECLS
