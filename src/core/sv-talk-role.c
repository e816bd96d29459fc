/* sv-talk-role.c: how the user took part in a talk: in the audience, on stage, or not yet.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n-lib.h>

#include "sv-talk-role.h"

/* clang-format off */
G_DEFINE_ENUM_TYPE (SvTalkRole, sv_talk_role,
                    G_DEFINE_ENUM_VALUE (SV_TALK_ROLE_ATTENDED, "attended"),
                    G_DEFINE_ENUM_VALUE (SV_TALK_ROLE_PRESENTED, "presented"),
                    G_DEFINE_ENUM_VALUE (SV_TALK_ROLE_WATCH_LATER, "watch-later"))
/* clang-format on */

const char *
sv_talk_role_to_string (SvTalkRole value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (SV_TYPE_TALK_ROLE);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  g_return_val_if_fail (enum_value != NULL, NULL);

  /* The nicks are static strings, they outlive the class reference. */
  return enum_value->value_nick;
}

gboolean
sv_talk_role_from_string (const char *str,
                          SvTalkRole *out)
{
  g_autoptr (GEnumClass) klass = NULL;
  GEnumValue *enum_value;

  if (str == NULL)
    return FALSE;

  klass = g_type_class_ref (SV_TYPE_TALK_ROLE);
  enum_value = g_enum_get_value_by_nick (klass, str);

  if (enum_value == NULL)
    return FALSE;

  if (out != NULL)
    *out = enum_value->value;

  return TRUE;
}

const char *
sv_talk_role_get_label (SvTalkRole value)
{
  switch (value)
    {
    case SV_TALK_ROLE_ATTENDED:
      return C_ ("talk role", "Attended");

    case SV_TALK_ROLE_PRESENTED:
      return C_ ("talk role", "Presented");

    case SV_TALK_ROLE_WATCH_LATER:
      return C_ ("talk role", "Watch later");

    default:
      g_return_val_if_reached (NULL);
    }
}
