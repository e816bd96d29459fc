#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Exports the demo trip, a trip with photos and a trip of hostile text, each
# as a page (photos beside it and embedded) and as a fragment, through the
# command line; then checks them: with `xmllint` that all are well-formed
# XML, or with the Nu Html Checker that the pages are valid as XHTML and as
# HTML, and the fragments too, placed in a minimal page of each kind.
# In the third mode, the command line's import: every export read back and
# exported again is the same document but for its time, and a refused import
# fails and leaves no scrapbook behind.
# Usage: check-xhtml.sh xmllint SOUVENIR MAKE_FIXTURE FIXTURES_DIR
#        check-xhtml.sh vnu SOUVENIR MAKE_FIXTURE FIXTURES_DIR JAVA VNU_JAR
#        check-xhtml.sh import SOUVENIR MAKE_FIXTURE FIXTURES_DIR
set -euo pipefail

mode=$1 souvenir=$2 make_fixture=$3 fixtures=$4

if [ "$mode" = vnu ]; then
  java=${5:-} jar=${6:-}
  if [ -z "$java" ]; then
    echo "check-xhtml: no Java, so no Nu Html Checker: skipped"
    exit 77 # meson: skipped
  fi
  if [ ! -f "$jar" ]; then
    echo "check-xhtml: $jar is missing; build-aux/install-deps installs it" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$souvenir" --demo "$work/demo.souvenir" >/dev/null
"$make_fixture" photos "$fixtures" "$work/photos.souvenir"
"$make_fixture" hostile "$fixtures" "$work/hostile.souvenir"

pages=() fragments=()
for trip in demo photos hostile; do
  "$souvenir" --export-xhtml="$work/$trip.xhtml" "$work/$trip.souvenir"
  "$souvenir" --export-xhtml="$work/$trip-embedded.xhtml" --embed-images "$work/$trip.souvenir"
  "$souvenir" --export-xhtml="$work/$trip-fragment.xhtml" --fragment "$work/$trip.souvenir"
  pages+=("$work/$trip.xhtml" "$work/$trip-embedded.xhtml")
  fragments+=("$work/$trip-fragment.xhtml")
done

if [ "$mode" = import ]; then
  # The time of the export, in the footer, is all that may differ; the
  # photos' folder has the same name in again/.
  untimed() { sed -e 's/\(class="sv-generated[^"]*" datetime="\)[^"]*">[^<]*/\1">/' "$1"; }
  mkdir "$work/again"
  for page in "${pages[@]}" "${fragments[@]}"; do
    name=$(basename "$page" .xhtml)
    options=()
    case $name in
    *-embedded) options+=(--embed-images) ;;
    *-fragment) options+=(--fragment) ;;
    esac
    "$souvenir" --import-xhtml="$page" "$work/$name-again.souvenir" >/dev/null
    "$souvenir" --export-xhtml="$work/again/$name.xhtml" "${options[@]}" "$work/$name-again.souvenir"
    if ! diff <(untimed "$page") <(untimed "$work/again/$name.xhtml") >/dev/null; then
      echo "check-xhtml: $name.xhtml is not the same once imported and exported again" >&2
      diff <(untimed "$page") <(untimed "$work/again/$name.xhtml") | head -20 >&2
      exit 1
    fi
  done
  printf 'These are my notes, not a blog post.\n' >"$work/notes.html"
  if "$souvenir" --import-xhtml="$work/notes.html" "$work/refused.souvenir" 2>/dev/null; then
    echo "check-xhtml: importing notes.html did not fail" >&2
    exit 1
  fi
  if [ -e "$work/refused.souvenir" ]; then
    echo "check-xhtml: a refused import left refused.souvenir behind" >&2
    exit 1
  fi
  echo "check-xhtml: ${#pages[@]} pages and ${#fragments[@]} fragments come back the same"
  exit 0
fi

if [ "$mode" = xmllint ]; then
  xmllint --noout --nonet "${pages[@]}" "${fragments[@]}"
  echo "check-xhtml: ${#pages[@]} pages and ${#fragments[@]} fragments are well-formed"
  exit 0
fi

# The same pages served as text/html, and each fragment pasted into a
# blog's page, served either way.
html=() xhtml=("${pages[@]}")
for page in "${pages[@]}"; do
  cp "$page" "${page%.xhtml}.html"
  html+=("${page%.xhtml}.html")
done
for fragment in "${fragments[@]}"; do
  {
    printf '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>My blog</title>\n</head>\n<body>\n<h1>My blog</h1>\n'
    cat "$fragment"
    printf '</body>\n</html>\n'
  } >"${fragment%.xhtml}-in-page.html"
  {
    printf '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en">\n<head>\n<title>My blog</title>\n</head>\n<body>\n<h1>My blog</h1>\n'
    cat "$fragment"
    printf '</body>\n</html>\n'
  } >"${fragment%.xhtml}-in-page.xhtml"
  html+=("${fragment%.xhtml}-in-page.html")
  xhtml+=("${fragment%.xhtml}-in-page.xhtml")
done

# Any message fails, but the note that HTML ignores the slash of <meta/>:
# XHTML needs it, and a polyglot document has it.
"$java" -jar "$jar" --Werror --xhtml "${xhtml[@]}"
"$java" -jar "$jar" --Werror --filterpattern '.*Trailing slash on void elements.*' --html "${html[@]}"
echo "check-xhtml: ${#xhtml[@]} documents are valid XHTML, ${#html[@]} valid HTML"
