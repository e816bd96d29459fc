/* sv-print-operation.c: the souvenir summary of a trip, printed or exported as PDF.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "sv-photo-decoder.h"
#include "sv-print-operation.h"

struct _SvPrintOperation
{
  GtkPrintOperation parent_instance;

  /* owned */
  SvSouvenirLayout *layout;
};

G_DEFINE_FINAL_TYPE (SvPrintOperation, sv_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
sv_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (operation);
  GtkPageSetup     *setup = gtk_print_context_get_page_setup (context);
  double            margin = SV_SOUVENIR_DEFAULT_MARGIN;

  /* Our own margins, or the printer's where it cannot print that close
   * to the edge. */
  margin = MAX (margin, gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS));
  margin = MAX (margin, gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS));
  margin = MAX (margin, gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS));
  margin = MAX (margin, gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS));

  /* The whole sheet in points (use-full-page, unit points): the same
   * user space as the PDF the command line writes. */
  sv_souvenir_layout_paginate (self->layout,
                               gtk_print_context_get_width (context),
                               gtk_print_context_get_height (context),
                               margin);
  gtk_print_operation_set_n_pages (operation, (int) sv_souvenir_layout_get_n_pages (self->layout));
}

static void
sv_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (operation);

  sv_souvenir_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

static void
sv_print_operation_finalize (GObject *object)
{
  SvPrintOperation *self = SV_PRINT_OPERATION (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (sv_print_operation_parent_class)->finalize (object);
}

static void
sv_print_operation_class_init (SvPrintOperationClass *klass)
{
  GObjectClass           *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = sv_print_operation_finalize;
  operation_class->begin_print = sv_print_operation_begin_print;
  operation_class->draw_page = sv_print_operation_draw_page;
}

static void
sv_print_operation_init (SvPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) paper = NULL;

  paper = gtk_paper_size_new (sv_paper_get_default () == SV_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

SvPrintOperation *
sv_print_operation_new (SvStore *store,
                        gint64   trip_id,
                        GError **error)
{
  g_autoptr (SvPrintOperation) self = NULL;
  g_autofree char *job_name = NULL;

  g_return_val_if_fail (SV_IS_STORE (store), NULL);

  self = g_object_new (SV_TYPE_PRINT_OPERATION, NULL);
  self->layout = sv_souvenir_layout_new (store, trip_id, error);
  if (self->layout == NULL)
    return NULL;

  /* JPEG and the rest, which the core cannot decode by itself. */
  sv_souvenir_layout_set_photo_decoder (self->layout, sv_photo_decoder_decode, NULL, NULL);

  /* Translators: the print job's name, with the trip's title */
  job_name = g_strdup_printf (_ ("Souvenir of %s"), sv_souvenir_layout_get_title (self->layout));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job_name);
  return g_steal_pointer (&self);
}

SvSouvenirLayout *
sv_print_operation_get_layout (SvPrintOperation *self)
{
  g_return_val_if_fail (SV_IS_PRINT_OPERATION (self), NULL);

  return self->layout;
}

gboolean
sv_print_operation_export_pdf (SvPrintOperation *self,
                               const char       *path,
                               GtkWindow        *parent,
                               GError          **error)
{
  GtkPrintOperationResult result;

  g_return_val_if_fail (SV_IS_PRINT_OPERATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (self), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self), GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
