# Debian 12 packages the build and the tests need, and an installer that adds only what is
# missing. Sourced by packaging/quickstart.sh and tests/run.sh.

HELPDESK_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qtkeychain-qt6-dev libgl-dev
    libgmime-3.0-dev libcurl4-openssl-dev qt6-translations-l10n
)
# libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL's (the Reports screen's charts).
# qt6-translations-l10n: Qt's own German texts (qtbase_de.qm), which the app loads with its own.
# desktop-file-utils, appstream: validate the desktop file and metainfo; dpkg-dev (dpkg-shlibdeps)
# and file: the DEB test (tests/packaging) builds the package and checks it is stripped.
HELPDESK_TEST_PACKAGES=(
    clang-format postgresql python3 python3-aiosmtpd openssl dbus gnome-keyring
    dovecot-imapd desktop-file-utils appstream dpkg-dev file
)
# Only for changing resources/icons/helpdesk.svg: resources/icons/render-icons.sh needs these.
# shellcheck disable=SC2034
HELPDESK_MAINTAINER_PACKAGES=(
    librsvg2-bin python3
)

helpdesk_install_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "These packages are missing and you are not root: ${missing[*]}" >&2
            echo "Install them with apt-get as an administrator, then run this again." >&2
            return 1
        fi
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
