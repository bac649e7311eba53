#!/usr/bin/env bash
# One-stop set-up for a fresh Debian 12 machine.
#   tools/dev.sh run   [herald args]  install what is missing, build, start Herald on its default workspace
#   tools/dev.sh test                 install what is missing, build, run the whole test suite (and, on CI, the
#                                     Debian package install check)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packages=(
    build-essential cmake ninja-build pkg-config ccache file dpkg-dev
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libgl-dev libegl-dev libxkbcommon-dev libvulkan-dev
    libtorch-dev libopenblas0-openmp libopenblas-openmp-dev
    libfmt-dev libsqlite3-dev sqlite3 libarchive-dev libssl-dev
    xvfb xauth fonts-dejavu-core
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "==> Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
    # Paths inside the checkout are hashed relative to it, so clones in other folders share the cache.
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
    [ -f build/build.ninja ] || cmake --preset default
    cmake --build --preset default
}

case "${1:-}" in
run)
    shift
    install_missing
    build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "==> No display found: starting Herald under Xvfb"
        exec xvfb-run -a build/bin/herald "$@"
    fi
    exec build/bin/herald "$@"
    ;;
test)
    install_missing
    build
    ctest --preset default
    if [ "${CI:-}" = "true" ]; then
        packaging/check-deb.sh build
    fi
    ;;
*)
    echo "usage: tools/dev.sh run|test" >&2
    exit 2
    ;;
esac
