#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source or UI file with translatable strings is missing from
# po/POTFILES.in, or when po/POTFILES.in names a file that does not exist.
set -euo pipefail
cd "$(dirname "$0")/.."

potfiles=po/POTFILES.in
listed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles")

# Tracked files plus new ones not yet added; ignored files never.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  candidates=$(git ls-files --cached --others --exclude-standard -- \
    'src/*.c' 'src/*.h' 'data/ui/*.ui' | sort -u)
else
  candidates=$(find src data/ui -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \) 2>/dev/null | sort)
fi

status=0

missing=()
while IFS= read -r f; do
  [ -f "$f" ] || continue
  # gettext markers _() N_() C_() NC_() Q_() and the ngettext family in C;
  # translatable="yes" in GtkBuilder files.
  if grep -Eq '(^|[^[:alnum:]_])(N|C|NC|Q)?_ ?\(|ngettext ?\(|translatable="(yes|true|1)"' "$f"; then
    grep -Fxq -- "$f" <<<"$listed" || missing+=("$f")
  fi
done <<<"$candidates"

if [ "${#missing[@]}" -gt 0 ]; then
  echo "check-potfiles: these files have translatable strings but are not in $potfiles:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  status=1
fi

gone=()
while IFS= read -r f; do
  [ -n "$f" ] || continue
  [ -f "$f" ] || gone+=("$f")
done <<<"$listed"

if [ "${#gone[@]}" -gt 0 ]; then
  echo "check-potfiles: $potfiles names files that do not exist:" >&2
  printf '  %s\n' "${gone[@]}" >&2
  status=1
fi

[ "$status" -eq 0 ] && echo "check-potfiles: $potfiles is complete"
exit "$status"
