#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates the locales the tests need into a folder of the build (the tests
# point LOCPATH at it), so that no test depends on the machine's locales:
#   make-locale.sh OUTDIR LOCALE...   e.g. de_DE.UTF-8
# localedef needs glibc's locale sources (Debian's locales package); without
# them the folder stays empty and the tests that need a locale skip, saying so.
set -euo pipefail
out="$1"
shift
mkdir -p "$out"
for name in "$@"; do
  input="${name%%.*}"
  charmap="${name#*.}"
  rm -rf "${out:?}/$name"
  # -c: localedef exits 1 for warnings in glibc's own sources; whether the
  # locale is usable is what counts.
  localedef -c -i "$input" -f "$charmap" "$out/$name" >/dev/null 2>&1 || true
  if [ ! -f "$out/$name/LC_NUMERIC" ]; then
    rm -rf "${out:?}/$name"
    echo "make-locale: could not generate $name (localedef and the locales package are needed)" >&2
  fi
done
