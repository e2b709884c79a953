#!/usr/bin/env bash
# Builds the DEB from a build tree, unpacks it with dpkg -x into a scratch root and checks it as
# installed: the dependencies (dpkg-deb -I: the Qt SQL drivers, which no library scan finds),
# stripped binaries, the desktop file, AppStream metainfo, icons and man page in their places,
# then runs the installed helpdesk-admin --version, an offscreen `helpdesk --demo` that creates
# the demo database and quits once its main window is shown (HELPDESK_QUIT_AFTER_START), the
# installed helpdesk-admin on that database, and both in German.
# Usage: deb_package_test.sh BUILD_DIR SOURCE_DIR CPACK VERSION
set -euo pipefail
BUILD=$1 SRC=$2 CPACK=$3 VERSION=$4
WORK="$(mktemp -d "${HELPDESK_TEST_WORKDIR:-${TMPDIR:-/tmp}}/deb-test.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
ROOT="$WORK/root"
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '== %s (at %d s)\n' "$*" "$SECONDS"; }

step "cpack -G DEB in $BUILD"
# gzip instead of the package's xz: the same contents, a minute less on a busy machine.
if ! (cd "$BUILD" && "$CPACK" -G DEB -B "$WORK/out" -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip \
        >"$WORK/cpack.log" 2>&1); then
    cat "$WORK/cpack.log"
    fail "cpack -G DEB failed"
fi
deb="$(ls "$WORK"/out/*.deb)"
ls -l "$deb"

step "dpkg-deb -I: dependencies"
dpkg-deb -I "$deb" >"$WORK/info"
cat "$WORK/info"
depends="$(sed -n 's/^ Depends: //p' "$WORK/info")"
for pkg in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 \
           libqt6network6 libqt6keychain1; do
    grep -Eq "(^|, )$pkg( |,|$)" <<<"$depends" || fail "Depends lacks $pkg: $depends"
done
grep -q '^ Recommends: .*qt6-translations-l10n' "$WORK/info" || fail "Recommends lacks qt6-translations-l10n"

step "dpkg -x into a scratch root"
dpkg -x "$deb" "$ROOT"
dpkg-deb -c "$deb" | awk '{print $6}' | sort >"$WORK/files"
for f in ./usr/bin/helpdesk ./usr/bin/helpdesk-admin \
         ./usr/share/applications/com.example.helpdesk.desktop \
         ./usr/share/metainfo/com.example.helpdesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/helpdesk.svg \
         ./usr/share/man/man1/helpdesk-admin.1.gz; do
    grep -qx "$f" "$WORK/files" || fail "the package has no $f"
done
if grep -E '^\./usr/(lib|include)/|\.a$|/tst_|helpdesk-bench' "$WORK/files"; then
    fail "the package carries libraries, headers or test programs"
fi

step "stripped binaries"
for exe in helpdesk helpdesk-admin; do
    info="$(file -b "$ROOT/usr/bin/$exe")"
    echo "$exe: $info"
    [[ "$info" == *", stripped"* ]] || fail "$exe is not stripped: $info"
    if readelf -S "$ROOT/usr/bin/$exe" | grep -q '\.debug_'; then
        fail "$exe still has debug sections"
    fi
done

step "desktop file, AppStream metainfo, icons, man page"
desktop-file-validate "$ROOT/usr/share/applications/com.example.helpdesk.desktop"
appstreamcli validate --no-net --pedantic "$ROOT/usr/share/metainfo/com.example.helpdesk.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
    png="$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/helpdesk.png"
    [ -f "$png" ] || fail "no ${size}x${size} icon"
    file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done
man="$ROOT/usr/share/man/man1/helpdesk-admin.1.gz"
zcat "$man" | grep -q "^\.TH HELPDESK-ADMIN 1 .*Helpdesk $VERSION" || fail "man page header lacks version $VERSION"
if command -v man >/dev/null; then
    MANWIDTH=80 man --warnings -l "$man" >/dev/null 2>"$WORK/manwarn" || true
    [ ! -s "$WORK/manwarn" ] || { cat "$WORK/manwarn"; fail "man reports problems in the man page"; }
fi

# A private home: no settings, keyring or database of the user running the tests.
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" \
       XDG_CACHE_HOME="$WORK/cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# The scratch root's binaries find their libraries and Qt's plugins where the package's
# dependencies put them on a real system, so neither LD_LIBRARY_PATH nor QT_PLUGIN_PATH is set.
unset LD_LIBRARY_PATH QT_PLUGIN_PATH
export LANGUAGE=en LC_ALL=C.UTF-8
ADMIN="$ROOT/usr/bin/helpdesk-admin"

step "installed helpdesk-admin --version"
out="$("$ADMIN" --version)"
echo "$out"
[ "$out" = "helpdesk-admin $VERSION" ] || fail "unexpected version output: $out"

step "every command of helpdesk-admin --help is in the man page"
"$ADMIN" --help >"$WORK/help"
zcat "$man" | sed 's/\\-/-/g; s/\\f[BIR]//g' >"$WORK/man.txt"
sed -n '/^Commands:/,/^Exit status/p' "$WORK/help" | grep -E '^  [a-z]' | awk '{print $1, $2}' |
    sed 's/ [A-Z][A-Z]*$//' | while read -r cmd; do
        grep -Eq "^\.BI? $cmd( |$)" "$WORK/man.txt" || fail "the man page does not describe '$cmd'"
    done

step "installed helpdesk --demo, offscreen, until its main window is shown"
start=$SECONDS
set +e
QT_QPA_PLATFORM=offscreen HELPDESK_QUIT_AFTER_START=1 HELPDESK_SCREENSHOT="$WORK/window.png" \
    timeout 600 "$ROOT/usr/bin/helpdesk" --demo >"$WORK/gui.out" 2>"$WORK/gui.err"
rc=$?
set -e
cat "$WORK/gui.err" | tail -20
[ $rc -eq 0 ] || fail "helpdesk --demo exited with $rc"
grep -q 'helpdesk: the main window is shown' "$WORK/gui.err" || fail "the main window was not shown"
echo "started, seeded the demo database and showed the window in $((SECONDS - start)) s"
file -b "$WORK/window.png" | grep -q '^PNG image data' || fail "the main window could not be drawn"
if [ -n "${HELPDESK_PACKAGE_SCREENSHOT:-}" ]; then cp "$WORK/window.png" "$HELPDESK_PACKAGE_SCREENSHOT"; fi
db="$XDG_DATA_HOME/Helpdesk/helpdesk/helpdesk-demo.db"
[ -f "$db" ] || fail "no demo database at $db"

step "installed helpdesk-admin on the demo database (Qt's SQLite driver from the system)"
"$ADMIN" --database "$db" tickets list --limit 3 | tee "$WORK/tickets"
[ "$(wc -l <"$WORK/tickets")" -ge 4 ] || fail "tickets list shows no tickets"

step "German: the app's and Qt's own translations"
LANGUAGE=de "$ADMIN" --help >"$WORK/help.de"
grep -q '^Befehle:' "$WORK/help.de" || fail "helpdesk-admin --help is not German with LANGUAGE=de"
grep -q '^Commands:' "$WORK/help" || fail "helpdesk-admin --help is not English with LANGUAGE=en"
QT_QPA_PLATFORM=offscreen "$ROOT/usr/bin/helpdesk" --language de --help >"$WORK/gui-help.de"
grep -q 'Die Demo-Datenbank öffnen' "$WORK/gui-help.de" || fail "helpdesk --language de --help is not German"
if [ -f /usr/share/qt6/translations/qtbase_de.qm ]; then
    # QCommandLineParser's own "--help" text comes from Qt's qtbase_de.qm.
    grep -q 'Hilfe' <(grep -- '--help' "$WORK/gui-help.de") ||
        fail "Qt's own strings are not German (qtbase_de.qm not loaded)"
fi
mkdir -p "$XDG_CONFIG_HOME/Helpdesk"
printf '[ui]\nlanguage=de\n' >"$XDG_CONFIG_HOME/Helpdesk/helpdesk.conf"
"$ADMIN" --help >"$WORK/help.setting"
grep -q '^Befehle:' "$WORK/help.setting" || fail "the ui/language setting does not switch helpdesk-admin to German"

echo "deb_package_test: all checks passed in $SECONDS s"
