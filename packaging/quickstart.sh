#!/usr/bin/env bash
# Command 1: installs the Debian packages that are missing, builds a release build and starts
# Helpdesk on the embedded SQLite demo database (created and filled on first start).
# Usage: packaging/quickstart.sh [extra helpdesk arguments]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=packaging/packages.sh
source "$ROOT/packaging/packages.sh"
helpdesk_install_packages "${HELPDESK_BUILD_PACKAGES[@]}"

echo "== Building Helpdesk (release)"
cmake --preset release -DHELPDESK_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release -j "$(nproc)" --target helpdesk helpdesk-admin

APP="$ROOT/build/release/app/helpdesk"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat <<MSG

Helpdesk is built, but this machine has no display to show its window.
  - On a desktop, run it from a graphical session:     $APP --demo
  - Under a virtual X server (apt-get install xvfb):   xvfb-run -a $APP --demo
  - Headless, without showing anything:                QT_QPA_PLATFORM=offscreen $APP --demo
The command-line tool works anywhere:                  $ROOT/build/release/app/helpdesk-admin --help
MSG
    exit 0
fi

echo "== Starting Helpdesk on the demo database"
exec "$APP" --demo "$@"
