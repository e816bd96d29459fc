#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the demo trip's souvenir summary (A4) and keeps its cover and the
# first page of days as data/screenshots/souvenir-cover.png and
# souvenir-day.png. Needs a built build/ and poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

meson compile -C build >/dev/null
build/src/souvenir --demo "$tmp/demo.souvenir" >/dev/null
build/src/souvenir --print-pdf="$tmp/demo.pdf" --paper=a4 "$tmp/demo.souvenir" >/dev/null

pages=$(pdfinfo "$tmp/demo.pdf" | awk '/^Pages:/ { print $2 }')
day=
for ((p = 2; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" "$tmp/demo.pdf" - | grep -q "Friday, 17 May"; then
    day=$p
    break
  fi
done
[ -n "$day" ] || { echo "screenshot-souvenir: no page holds the days" >&2; exit 1; }

mkdir -p data/screenshots
pdftoppm -r 80 -png -singlefile -f 1 -l 1 "$tmp/demo.pdf" data/screenshots/souvenir-cover
pdftoppm -r 80 -png -singlefile -f "$day" -l "$day" "$tmp/demo.pdf" data/screenshots/souvenir-day
echo "screenshot-souvenir: data/screenshots/souvenir-cover.png, souvenir-day.png (page $day of $pages)"
