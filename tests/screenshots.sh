#!/usr/bin/env bash
# Regenerates the README and AppStream screenshots from the test build, offscreen.
#   tests/screenshots.sh [BUILD_DIR] [LANGUAGE]
# BUILD_DIR defaults to build/test, as ./dev test leaves it. With LANGUAGE (de, fr, es…) the main
# window is shown in that translation and the pictures go to build/screenshots-LANGUAGE instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/test}"
language="${2:-}"
[[ -x "$build/tests/gui/tst_mainwindow" ]] || { echo "build the tests first: ./dev test" >&2; exit 1; }
shots="$(mktemp -d)"
trap 'rm -rf "$shots"' EXIT
export QT_QPA_PLATFORM=offscreen STATUSSCOPE_SCREENSHOTS="$shots" STATUSSCOPE_SCREENSHOT_LANGUAGE="$language"
# A fresh settings folder, so a developer's saved layout does not show.
export XDG_CONFIG_HOME="$shots/config" XDG_DATA_HOME="$shots/data"
"$build/tests/gui/tst_mainwindow" screenshot >/dev/null
"$build/tests/gui/tst_requestconsole" screenshot >/dev/null
if [[ -n "$language" ]]; then
    out="$root/build/screenshots-$language"
    mkdir -p "$out" && cp "$shots"/*.png "$out/"
    echo "screenshots in $out"
else
    cp "$shots/search-timeout.png" "$root/resources/screenshots/catalogue.png"
    cp "$shots/console.png" "$root/resources/screenshots/console.png"
    cp "$shots/comparison.png" "$root/resources/screenshots/comparison.png"
    cp "$shots/quiz.png" "$root/resources/screenshots/quiz.png"
    echo "updated resources/screenshots/catalogue.png, console.png, comparison.png and quiz.png"
fi
