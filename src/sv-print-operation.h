/* sv-print-operation.h: the souvenir summary of a trip, printed or exported as PDF.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sv-souvenir-layout.h"

G_BEGIN_DECLS

#define SV_TYPE_PRINT_OPERATION (sv_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (SvPrintOperation, sv_print_operation, SV, PRINT_OPERATION, GtkPrintOperation)

/* clang-format off */
/* Reads the trip from STORE now (see sv_souvenir_layout_new()); the
 * operation prints it on whatever paper the user picks, A4 or Letter by
 * the locale unless they do. */
SvPrintOperation *sv_print_operation_new        (SvStore          *store,
                                                 gint64            trip_id,
                                                 GError          **error);

SvSouvenirLayout *sv_print_operation_get_layout (SvPrintOperation *self);

/* Writes the PDF to PATH with no dialog, through the same pages as the
 * print dialog. */
gboolean          sv_print_operation_export_pdf (SvPrintOperation *self,
                                                 const char       *path,
                                                 GtkWindow        *parent,
                                                 GError          **error);
/* clang-format on */

G_END_DECLS
