#!/usr/bin/env bash
# The test command: installs what is missing, checks the desktop and translation files, builds
# with warnings as errors and ASan+UBSan, starts PostgreSQL 15 and the Secret Service on loopback
# (the SMTP relay is started by the mail tests themselves), runs every ctest suite, stops what it
# started, and exits non-zero on any failure; the `package` label builds the DEB from this tree
# and starts it from a scratch root.
# Usage: tests/run.sh [extra ctest arguments, e.g. -L unit or -R tst_database or -L package]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PRESET=asan
BUILD_DIR="$ROOT/build/$PRESET"

log() { printf '\n== %s\n' "$*"; }

# --- 1. packages -------------------------------------------------------------------------------
# shellcheck source=packaging/packages.sh
source "$ROOT/packaging/packages.sh"
helpdesk_install_packages "${HELPDESK_BUILD_PACKAGES[@]}" "${HELPDESK_TEST_PACKAGES[@]}"

# --- 2. format check ---------------------------------------------------------------------------
log "clang-format check"
mapfile -t sources < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
if [ "${#sources[@]}" -gt 0 ] && [ "${HELPDESK_SKIP_FORMAT_CHECK:-0}" != 1 ]; then
    clang-format --dry-run -Werror "${sources[@]}"
fi

# --- 2b. packaging files -----------------------------------------------------------------------
log "desktop file, AppStream metainfo, icons, translations"
desktop-file-validate packaging/linux/com.example.helpdesk.desktop
appstreamcli validate --no-net --pedantic packaging/linux/com.example.helpdesk.metainfo.xml
if ! sha256sum resources/icons/helpdesk.svg | cut -d' ' -f1 | cmp -s - resources/icons/hicolor/SOURCE.sha256; then
    echo "resources/icons/helpdesk.svg changed since its PNG, .ico and .icns were rendered:" \
         "run resources/icons/render-icons.sh and commit the result" >&2
    exit 1
fi
# Every string of the German translation is translated (after a refactoring: run the
# helpdesk_lupdate target and translate what it reports as unfinished).
python3 resources/translations/tsstats.py --require-complete resources/translations/helpdesk_*.ts

# --- 3. build ----------------------------------------------------------------------------------
# The ASan+UBSan build with its test programs takes about 11 GB; a full disk stops the compiler
# halfway with "No space left on device", so say so before starting.
mkdir -p "$ROOT/build"
free_kb="$(df -Pk "$ROOT/build" | awk 'NR == 2 {print $4}')"
if [ -n "$free_kb" ] && [ "$free_kb" -lt $((14 * 1024 * 1024)) ] && [ ! -d "$BUILD_DIR" ]; then
    echo "tests/run.sh: only $((free_kb / 1024 / 1024)) GB free on $(df -P "$ROOT/build" | awk 'NR == 2 {print $6}');" \
         "the ASan build needs about 14 GB. Free some space (e.g. old build/ folders) and run it again." >&2
    exit 1
fi
log "configure and build ($PRESET: Debug, -Werror, ASan+UBSan)"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" -j "$(nproc)"

# --- 4. services -------------------------------------------------------------------------------
WORK="$(mktemp -d /tmp/helpdesk-tests.XXXXXX)"
PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=""
cleanup() {
    local rc=$?
    if [ -n "$PG_PORT" ] && [ -f "$WORK/pg/data/postmaster.pid" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

log "start PostgreSQL 15 on loopback"
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK" "$WORK/pg"
chmod 755 "$WORK"
as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log"; exit 1; }
PG_PORT="$(free_port)"
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -w -t 60 -l "$WORK/pg/server.log" \
    -o "-h 127.0.0.1 -p $PG_PORT -k $WORK/pg -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$WORK/pg/server.log"; exit 1; }
export HELPDESK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
export HELPDESK_REQUIRE_PG=1
export HELPDESK_REQUIRE_SERVICES=1
export HELPDESK_PYTHON=/usr/bin/python3
echo "PostgreSQL listening on 127.0.0.1:$PG_PORT"

# --- 5. tests ----------------------------------------------------------------------------------
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export HELPDESK_TEST_WORKDIR="$WORK"

log "run every ctest suite (the Secret Service runs inside a private D-Bus session)"
# gnome-keyring-daemon needs a D-Bus session; dbus-run-session gives a private one and ends it.
set +e
dbus-run-session -- bash -c '
    # A fresh keyring folder, so an old login keyring with another password cannot be locked.
    echo -n "helpdesk-test-keyring" | XDG_DATA_HOME="$2/keyring-data" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    cd "$0" && ctest --preset "$1" -j 2 --timeout 600 "${@:3}"
' "$ROOT" "$PRESET" "$WORK" "$@"
rc=$?
set -e
if [ $rc -ne 0 ]; then
    echo "tests/run.sh: some tests failed (exit $rc)" >&2
fi
exit $rc
