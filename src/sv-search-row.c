/* sv-search-row.c: one search result: kind, title, trip and day, and the matching words.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-date.h"
#include "sv-search-row.h"

struct _SvSearchRow
{
  GtkWidget parent_instance;

  /* template children */
  GtkWidget *box; /* the root: bound so that dispose_template() unparents it */
  GtkImage  *kind_icon;
  GtkLabel  *title_label;
  GtkLabel  *context_label;
  GtkLabel  *snippet_label;

  /* owned */
  SvSearchResult *result;
};

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SvSearchRow, sv_search_row, GTK_TYPE_WIDGET)

/* "PyCon US 2024 · Saturday, 18 May": where to find the entry. */
static char *
dup_context (SvSearchResult *result)
{
  g_autofree char *day = sv_date_format_day (sv_search_result_get_day (result));
  const char      *trip = sv_search_result_get_trip_title (result);

  if (day == NULL)
    return g_strdup (trip);

  return g_strdup_printf ("%s · %s", trip ? trip : "", day);
}

static void
update (SvSearchRow *self)
{
  SvSearchResult  *result = self->result;
  SvEntryKind      kind;
  g_autofree char *context = NULL;
  g_autofree char *snippet = NULL;

  if (result == NULL)
    return;

  kind = sv_search_result_get_kind (result);
  context = dup_context (result);
  /* Escaped by the result, with the matched words in bold. */
  snippet = sv_search_result_dup_snippet_markup (result);

  gtk_image_set_from_icon_name (self->kind_icon, sv_entry_kind_get_icon_name (kind));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->kind_icon), sv_entry_kind_get_label (kind));
  gtk_label_set_text (self->title_label, sv_search_result_get_title (result));
  gtk_label_set_text (self->context_label, context ? context : "");
  gtk_label_set_markup (self->snippet_label, snippet ? snippet : "");
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), snippet != NULL);
}

static void
sv_search_row_dispose (GObject *object)
{
  SvSearchRow *self = SV_SEARCH_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_SEARCH_ROW);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (sv_search_row_parent_class)->dispose (object);
}

static void
sv_search_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SvSearchRow *self = SV_SEARCH_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_search_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SvSearchRow *self = SV_SEARCH_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      sv_search_row_set_result (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_search_row_class_init (SvSearchRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_search_row_dispose;
  object_class->get_property = sv_search_row_get_property;
  object_class->set_property = sv_search_row_set_property;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL, SV_TYPE_SEARCH_RESULT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-search-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SvSearchRow, box);
  gtk_widget_class_bind_template_child (widget_class, SvSearchRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, SvSearchRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SvSearchRow, context_label);
  gtk_widget_class_bind_template_child (widget_class, SvSearchRow, snippet_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sv_search_row_init (SvSearchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sv_search_row_new (void)
{
  return g_object_new (SV_TYPE_SEARCH_ROW, NULL);
}

SvSearchResult *
sv_search_row_get_result (SvSearchRow *self)
{
  g_return_val_if_fail (SV_IS_SEARCH_ROW (self), NULL);

  return self->result;
}

void
sv_search_row_set_result (SvSearchRow    *self,
                          SvSearchResult *result)
{
  g_return_if_fail (SV_IS_SEARCH_ROW (self));
  g_return_if_fail (result == NULL || SV_IS_SEARCH_RESULT (result));

  if (!g_set_object (&self->result, result))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}
