/* fixture-trips.h: trips that the export and import tests share: hostile text, photos.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sv-store.h"

G_BEGIN_DECLS

/* Markup, quotes, ampersands and the end of a CDATA section, as a title. */
#define FIXTURE_HOSTILE_TITLE "<script>alert(\"title\")</script> & \"quotes\" 'too' ]]>"

/* The hostile trip's safe link, which must stay a link. */
#define FIXTURE_SAFE_URL "https://example.org/safe?a=1&b=2"

/* How long the hostile trip's long paragraph is, at least. */
#define FIXTURE_LONG_PARAGRAPH (100 * 1024)

/* A trip whose every text field tries to be markup or script, holds
 * control characters, emoji and right-to-left text, a 100 KB paragraph,
 * and a photo with a hostile caption. Gives the trip's id. */
gint64 fixture_add_hostile_trip (SvStore    *store,
                                 const char *fixtures_dir);

/* A trip with every kind of detail filled in (talk, meal, places with and
 * without a location, people, tags, a private entry, a note about the
 * whole trip) and PNG and JPEG photos, one of them the cover. */
gint64 fixture_add_photo_trip (SvStore    *store,
                               const char *fixtures_dir);

/* The bytes of FIXTURES_DIR/NAME. */
GBytes *fixture_load (const char *fixtures_dir,
                      const char *name);

G_END_DECLS
