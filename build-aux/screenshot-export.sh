#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes data/screenshots/export.png (and export-dark.png): the demo trip
# exported as a page, as headless Chromium shows it, light and dark.
# Needs a build (build-aux/run or meson) and Debian's chromium package.
# Usage: build-aux/screenshot-export.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "screenshot-export: no Chromium; install it with: sudo apt-get install chromium" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$build/src/souvenir" --demo "$work/demo.souvenir" >/dev/null
"$build/src/souvenir" --export-xhtml="$work/pycon-2024.html" "$work/demo.souvenir"

shoot() {
  # A profile of its own each time, and nothing that goes to the network.
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --force-device-scale-factor=1 --user-data-dir="$(mktemp -d -p "$work")" \
    --window-size=1280,2000 --screenshot="$1" "${@:2}" "file://$work/pycon-2024.html" 2>/dev/null
}

mkdir -p data/screenshots
shoot "$work/light.png"
shoot "$work/dark.png" --force-dark-mode
convert "$work/light.png" -strip data/screenshots/export.png
convert "$work/dark.png" -strip data/screenshots/export-dark.png
echo "screenshot-export: wrote data/screenshots/export.png and export-dark.png"
