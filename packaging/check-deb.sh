#!/usr/bin/env bash
# Builds the Debian package from a configured build tree, installs it on this machine and runs the installed herald.
set -euo pipefail
build=${1:-build}
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
(cd "$build" && rm -f herald_*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build"/herald_*.deb)
echo "==> Built $deb"
dpkg-deb --info "$deb" | sed -n 's/^ *Depends: /Depends: /p'
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$(realpath "$deb")" >/dev/null
test -f /usr/share/applications/org.example.Herald.desktop
test -f /usr/share/metainfo/org.example.Herald.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/org.example.Herald.svg
version=$(/usr/bin/herald --version)
echo "==> Installed package runs: $version"
workspace=$(mktemp -d)/check.herald
info=$(/usr/bin/herald info --json --workspace "$workspace")
# The model runtime is a module loaded on first use (ml/backend.h): the installed one must load.
if ! grep -q '"torch_version": *"[0-9]' <<<"$info" || grep -q '"torch_error"' <<<"$info"; then
    echo "==> The installed herald cannot load its model runtime:" >&2
    echo "$info" >&2
    exit 1
fi
echo "==> Package check passed"
