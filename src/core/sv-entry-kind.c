/* sv-entry-kind.c: what an entry of a timeline is: a note, a talk, a meal, ….
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-entry-kind.h"

/* clang-format off */
G_DEFINE_ENUM_TYPE (SvEntryKind, sv_entry_kind,
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_NOTE, "note"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_KEYNOTE, "keynote"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_TALK, "talk"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_LIGHTNING_TALKS, "lightning-talks"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_OPEN_SPACE, "open-space"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_TUTORIAL, "tutorial"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_SPRINT, "sprint"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_MEAL, "meal"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_ACTIVITY, "activity"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_TRAVEL, "travel"),
                    G_DEFINE_ENUM_VALUE (SV_ENTRY_KIND_MEETUP, "meetup"))
/* clang-format on */

const char *
sv_entry_kind_to_string (SvEntryKind value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (SV_TYPE_ENTRY_KIND);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  /* The nicks are static strings, they outlive the class reference. */
  return enum_value->value_nick;
}

gboolean
sv_entry_kind_from_string (const char  *str,
                           SvEntryKind *out)
{
  g_autoptr (GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (str == NULL)
    return FALSE;

  klass = g_type_class_ref (SV_TYPE_ENTRY_KIND);
  enum_value = g_enum_get_value_by_nick (klass, str);

  if (enum_value == NULL)
    return FALSE;

  if (out != NULL)
    *out = enum_value->value;

  return TRUE;
}

const char *
sv_entry_kind_get_label (SvEntryKind value)
{
  switch (value)
    {
    case SV_ENTRY_KIND_NOTE:
      return C_ ("entry kind", "Note");

    case SV_ENTRY_KIND_KEYNOTE:
      return C_ ("entry kind", "Keynote");

    case SV_ENTRY_KIND_TALK:
      return C_ ("entry kind", "Talk");

    case SV_ENTRY_KIND_LIGHTNING_TALKS:
      return C_ ("entry kind", "Lightning talks");

    case SV_ENTRY_KIND_OPEN_SPACE:
      return C_ ("entry kind", "Open space");

    case SV_ENTRY_KIND_TUTORIAL:
      return C_ ("entry kind", "Tutorial");

    case SV_ENTRY_KIND_SPRINT:
      return C_ ("entry kind", "Sprint");

    case SV_ENTRY_KIND_MEAL:
      return C_ ("entry kind", "Meal");

    case SV_ENTRY_KIND_ACTIVITY:
      return C_ ("entry kind", "Activity");

    case SV_ENTRY_KIND_TRAVEL:
      return C_ ("entry kind", "Travel");

    case SV_ENTRY_KIND_MEETUP:
      return C_ ("entry kind", "Meetup");

    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
sv_entry_kind_get_icon_name (SvEntryKind value)
{
  switch (value)
    {
    case SV_ENTRY_KIND_NOTE:
      return "text-x-generic-symbolic";

    case SV_ENTRY_KIND_KEYNOTE:
      return "audio-input-microphone-symbolic";

    case SV_ENTRY_KIND_TALK:
      return "x-office-presentation-symbolic";

    case SV_ENTRY_KIND_LIGHTNING_TALKS:
      return "weather-storm-symbolic";

    case SV_ENTRY_KIND_OPEN_SPACE:
      return "system-users-symbolic";

    case SV_ENTRY_KIND_TUTORIAL:
      return "accessories-dictionary-symbolic";

    case SV_ENTRY_KIND_SPRINT:
      return "applications-engineering-symbolic";

    case SV_ENTRY_KIND_MEAL:
      return "emoji-food-symbolic";

    case SV_ENTRY_KIND_ACTIVITY:
      return "emoji-activities-symbolic";

    case SV_ENTRY_KIND_TRAVEL:
      return "airplane-mode-symbolic";

    case SV_ENTRY_KIND_MEETUP:
      return "emoji-people-symbolic";

    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
sv_entry_kind_is_talk (SvEntryKind value)
{
  switch (value)
    {
    case SV_ENTRY_KIND_KEYNOTE:
    case SV_ENTRY_KIND_TALK:
    case SV_ENTRY_KIND_LIGHTNING_TALKS:
    case SV_ENTRY_KIND_OPEN_SPACE:
    case SV_ENTRY_KIND_TUTORIAL:
    case SV_ENTRY_KIND_SPRINT:
      return TRUE;

    case SV_ENTRY_KIND_NOTE:
    case SV_ENTRY_KIND_MEAL:
    case SV_ENTRY_KIND_ACTIVITY:
    case SV_ENTRY_KIND_TRAVEL:
    case SV_ENTRY_KIND_MEETUP:
      return FALSE;

    default:
      g_return_val_if_reached (FALSE);
    }
}

guint
sv_entry_kind_get_n_values (void)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (SV_TYPE_ENTRY_KIND);

  return klass->n_values;
}
