#!/usr/bin/env bash
# Installs a built DEB on a fresh Debian 12 and starts it there, as a new user's machine would
# get it: debootstrap makes a minimal bookworm root (network: Debian's mirror), apt installs the
# package with the dependencies it declares and nothing else, then the installed helpdesk-admin
# prints its version and the installed app opens the demo database offscreen and draws its
# main window. Needs root and debootstrap; not part of tests/run.sh (it downloads ~250 MB).
# Usage: packaging/linux/fresh-install-check.sh PATH/TO/helpdesk_VERSION_amd64.deb [WORKDIR]
set -euo pipefail
DEB=$(realpath "$1")
WORK=${2:-$(mktemp -d /var/tmp/helpdesk-fresh.XXXXXX)}
ROOT="$WORK/root"
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
step() { printf '== %s (at %d s)\n' "$*" "$SECONDS"; }

[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap and chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "install debootstrap first: apt-get install debootstrap" >&2; exit 2; }

if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    step "debootstrap bookworm (minbase) into $ROOT"
    debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" >"$WORK/debootstrap.log"
fi
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
trap 'umount "$ROOT/proc" 2>/dev/null || true' EXIT
cp "$DEB" "$ROOT/tmp/helpdesk.deb"

step "apt-get install the package and what it depends on"
chroot "$ROOT" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$WORK/apt-update.log"
chroot "$ROOT" /usr/bin/env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends /tmp/helpdesk.deb >"$WORK/apt-install.log"
tail -3 "$WORK/apt-install.log"

step "the installed helpdesk-admin"
chroot "$ROOT" /usr/bin/helpdesk-admin --version

step "the installed app opens the demo database and shows its main window"
chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    HELPDESK_QUIT_AFTER_START=1 HELPDESK_SCREENSHOT=/tmp/window.png \
    timeout 600 /usr/bin/helpdesk --demo 2>"$WORK/gui.err" || { tail -20 "$WORK/gui.err"; exit 1; }
grep -q 'helpdesk: the main window is shown' "$WORK/gui.err" || { tail -20 "$WORK/gui.err"; exit 1; }
cp "$ROOT/tmp/window.png" "$WORK/window.png"
db=$(find "$ROOT/root/.local/share" -name helpdesk-demo.db | head -1)
chroot "$ROOT" /usr/bin/helpdesk-admin --database "${db#"$ROOT"}" tickets list --limit 3
echo "fresh-install-check: installed and started on a fresh Debian 12; the window: $WORK/window.png"
