/* sv-name-completion.c: suggests known names for the last of the comma-separated names typed in an entry.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sv-name-completion.h"
#include "sv-text.h"

#define MAX_SUGGESTIONS 6

struct _SvNameCompletion
{
  GtkPopover parent_instance;

  /* template children */
  GtkListBox *list;

  /* owned */
  GStrv names;
  GStrv folded; /* the names as compared: case and accents folded */

  /* borrowed: our parent, and the controllers we added to it */
  GtkWidget          *editable;
  GtkEventController *key_controller;
  GtkEventController *focus_controller;

  gboolean accepting;
};

G_DEFINE_FINAL_TYPE (SvNameCompletion, sv_name_completion, GTK_TYPE_POPOVER)

/* Lower case without accents, so that "vini" finds "Vinícius". */
static char *
fold (const char *text)
{
  /* g_utf8_normalize() gives NULL for a single invalid byte: never hand
   * it text that might hold one. */
  g_autofree char *valid = sv_text_sanitize (text != NULL ? text : "", -1);
  g_autofree char *decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL);
  g_autofree char *lower = g_utf8_casefold (decomposed != NULL ? decomposed : valid, -1);
  GString         *out = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The name being typed: what follows the last comma. */
static const char *
current_token (const char *text)
{
  const char *comma = strrchr (text, ',');
  const char *token = comma != NULL ? comma + 1 : text;

  while (g_ascii_isspace (*token))
    token++;
  return token;
}

/* TRUE when NAME starts with TOKEN, or one of its words does. */
static gboolean
matches (const char *name,
         const char *token)
{
  for (const char *p = name; p != NULL; p = strchr (p, ' '))
    {
      while (*p == ' ')
        p++;
      if (g_str_has_prefix (p, token))
        return TRUE;
    }
  return FALSE;
}

/* The names already in the text, so they are not suggested twice. */
static GHashTable *
names_in_text (const char *text)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *folded = fold (g_strstrip (parts[i]));

      g_hash_table_add (set, g_steal_pointer (&folded));
    }
  return set;
}

static gboolean
editable_has_focus (SvNameCompletion *self)
{
  GtkRoot   *root = gtk_widget_get_root (self->editable);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == self->editable || gtk_widget_is_ancestor (focus, self->editable));
}

static void
clear_list (SvNameCompletion *self)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, row);
}

static void
refilter (SvNameCompletion *self)
{
  const char      *text = gtk_editable_get_text (GTK_EDITABLE (self->editable));
  g_autofree char *token = fold (current_token (text));
  g_autoptr (GHashTable) present = NULL;
  guint n = 0;

  clear_list (self);

  if (self->accepting || self->names == NULL || *token == '\0' || !editable_has_focus (self))
    {
      gtk_popover_popdown (GTK_POPOVER (self));
      return;
    }

  present = names_in_text (text);
  for (guint i = 0; self->names[i] != NULL && n < MAX_SUGGESTIONS; i++)
    {
      GtkWidget *label;

      if (!matches (self->folded[i], token) || g_hash_table_contains (present, self->folded[i]))
        continue;

      label = gtk_label_new (self->names[i]);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_list_box_append (self->list, label);
      n++;
    }

  /* Nothing selected: Enter keeps meaning what it means in the entry
   * until the user picks a suggestion with the arrow keys. */
  gtk_list_box_unselect_all (self->list);

  if (n > 0)
    gtk_popover_popup (GTK_POPOVER (self));
  else
    gtk_popover_popdown (GTK_POPOVER (self));
}

static const char *
row_name (GtkListBoxRow *row)
{
  return gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (row)));
}

static void
on_list_row_activated (SvNameCompletion *self,
                       GtkListBoxRow    *row)
{
  g_autofree char *name = g_strdup (row_name (row));

  sv_name_completion_accept (self, name);
}

static void
move_selection (SvNameCompletion *self,
                int               delta)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);
  int            n = 0;
  int            index;
  GtkListBoxRow *row;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  if (n == 0)
    return;

  if (selected == NULL)
    index = delta > 0 ? 0 : n - 1;
  else
    index = (gtk_list_box_row_get_index (selected) + delta + n) % n;

  row = gtk_list_box_get_row_at_index (self->list, index);
  gtk_list_box_select_row (self->list, row);
}

static gboolean
on_editable_key_pressed (SvNameCompletion *self,
                         guint             keyval,
                         guint             keycode,
                         GdkModifierType   state)
{
  GtkListBoxRow *selected;

  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_selection (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_Tab:
      selected = gtk_list_box_get_selected_row (self->list);
      if (selected == NULL)
        {
          gtk_popover_popdown (GTK_POPOVER (self));
          return GDK_EVENT_PROPAGATE;
        }
      on_list_row_activated (self, selected);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      gtk_popover_popdown (GTK_POPOVER (self));
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
on_editable_focus_leave (SvNameCompletion *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
sv_name_completion_dispose (GObject *object)
{
  SvNameCompletion *self = SV_NAME_COMPLETION (object);

  if (self->editable != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->editable, self);
      gtk_widget_remove_controller (self->editable, self->key_controller);
      gtk_widget_remove_controller (self->editable, self->focus_controller);
      self->editable = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), SV_TYPE_NAME_COMPLETION);

  G_OBJECT_CLASS (sv_name_completion_parent_class)->dispose (object);
}

static void
sv_name_completion_finalize (GObject *object)
{
  SvNameCompletion *self = SV_NAME_COMPLETION (object);

  g_clear_pointer (&self->names, g_strfreev);
  g_clear_pointer (&self->folded, g_strfreev);

  G_OBJECT_CLASS (sv_name_completion_parent_class)->finalize (object);
}

static void
sv_name_completion_class_init (SvNameCompletionClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sv_name_completion_dispose;
  object_class->finalize = sv_name_completion_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/souvenir_app/Souvenir/ui/sv-name-completion.ui");
  gtk_widget_class_bind_template_child (widget_class, SvNameCompletion, list);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated);
}

static void
sv_name_completion_init (SvNameCompletion *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SvNameCompletion *
sv_name_completion_new (GtkWidget *editable)
{
  SvNameCompletion *self;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  self = g_object_new (SV_TYPE_NAME_COMPLETION, NULL);
  self->editable = editable;
  gtk_widget_set_parent (GTK_WIDGET (self), editable);

  g_signal_connect_swapped (editable, "changed", G_CALLBACK (refilter), self);

  /* Before the entry sees them: while suggestions show, the arrows move
   * among them and Enter picks one. */
  self->key_controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (self->key_controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (self->key_controller, "key-pressed", G_CALLBACK (on_editable_key_pressed), self);
  gtk_widget_add_controller (editable, self->key_controller);

  self->focus_controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->focus_controller, "leave", G_CALLBACK (on_editable_focus_leave), self);
  gtk_widget_add_controller (editable, self->focus_controller);

  return self;
}

void
sv_name_completion_set_names (SvNameCompletion   *self,
                              const char * const *names)
{
  guint n;

  g_return_if_fail (SV_IS_NAME_COMPLETION (self));

  g_clear_pointer (&self->names, g_strfreev);
  g_clear_pointer (&self->folded, g_strfreev);
  if (names == NULL)
    return;

  n = g_strv_length ((GStrv) names);
  self->names = g_new0 (char *, n + 1);
  self->folded = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      /* The store's names are clean already; names from elsewhere are
       * cleaned the same way before a label shows them. */
      self->names[i] = sv_text_sanitize (names[i], -1);
      self->folded[i] = fold (self->names[i]);
    }
}

void
sv_name_completion_accept (SvNameCompletion *self,
                           const char       *name)
{
  const char      *text;
  const char      *comma;
  g_autofree char *prefix = NULL;
  g_autofree char *completed = NULL;

  g_return_if_fail (SV_IS_NAME_COMPLETION (self));
  g_return_if_fail (name != NULL);

  text = gtk_editable_get_text (GTK_EDITABLE (self->editable));
  comma = strrchr (text, ',');
  prefix = comma != NULL ? g_strndup (text, comma - text + 1) : g_strdup ("");
  /* The trailing comma is ready for the next name. */
  completed = g_strdup_printf ("%s%s%s, ", prefix, *prefix != '\0' ? " " : "", name);

  self->accepting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->editable), completed);
  gtk_editable_set_position (GTK_EDITABLE (self->editable), -1);
  self->accepting = FALSE;

  gtk_popover_popdown (GTK_POPOVER (self));
}
