#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C source or header under src/ or tests/ is not formatted as
# .clang-format says. Fix with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."

clang_format="${CLANG_FORMAT:-clang-format}"
if ! command -v "$clang_format" >/dev/null 2>&1; then
  echo "check-format: $clang_format is not installed (build-aux/install-deps installs it)" >&2
  exit 77 # meson: skipped
fi

# Tracked files plus new ones not yet added, so that a file is checked
# before its first commit; ignored files (build dirs) never are.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard -- \
    'src/*.c' 'src/*.h' 'tests/*.c' 'tests/*.h' | sort -u)
else
  mapfile -t files < <(find src tests -type f \( -name '*.c' -o -name '*.h' \) 2>/dev/null | sort)
fi

present=()
for f in "${files[@]}"; do
  [ -f "$f" ] && present+=("$f")
done

if [ "${#present[@]}" -eq 0 ]; then
  echo "check-format: no C files to check"
  exit 0
fi

if ! "$clang_format" --dry-run --Werror "${present[@]}"; then
  echo "check-format: the files above differ from .clang-format; run: clang-format -i FILE..." >&2
  exit 1
fi
echo "check-format: ${#present[@]} files formatted"
