/* sv-uri.h: which links Souvenir opens, shows as links and exports.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* TRUE only for an absolute http or https URI with a host: never
 * javascript:, data:, file: nor anything relative. */
gboolean sv_uri_is_web (const char *uri);

G_END_DECLS
