#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The core library stays free of GTK: no source includes it, no core compile
# command can see its headers, and a program built on the core alone does
# not load it.  Usage: check-core-deps.sh BUILD_DIR CORE_PROGRAM
set -euo pipefail

build=$1
program=$2
top="$(cd "$(dirname "$0")/.." && pwd)"
status=0

if grep -nE '#include *<(gtk|adwaita|shumate|gdk)' "$top"/src/core/*.[ch]; then
  echo "src/core includes a GTK header (above)" >&2
  status=1
fi

if python3 - "$build/compile_commands.json" <<'PY'
import json, sys
bad = [c["file"] for c in json.load(open(sys.argv[1]))
       if "/src/core/" in c["file"].replace("\\", "/")
       and any(k in c["command"] for k in ("gtk-4.0", "libadwaita", "shumate"))]
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
then :; else
  echo "core sources are compiled with GTK include paths (above)" >&2
  status=1
fi

if ldd "$program" | grep -E 'libgtk|libadwaita|libshumate|libgdk'; then
  echo "$program, built on the core alone, loads GTK (above)" >&2
  status=1
fi

[ "$status" -eq 0 ] && echo "core is free of GTK"
exit "$status"
