/* sv-demo.h: the demo trip (PyCon US 2024), read from data/demo/.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sv-store.h"

G_BEGIN_DECLS

/* Adds the demo trip to STORE in one transaction and gives its id. */
gboolean sv_demo_populate (SvStore *store,
                           gint64  *trip_id,
                           GError **error);

G_END_DECLS
