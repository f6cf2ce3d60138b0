#!/bin/sh
# Puts Switchboard's menu entry (which registers the sip:, sips:, tel: and callto: handlers) and
# its icons where Linux desktops look for them, or takes them away again. Called by the .deb's and
# the .rpm's maintainer scripts: `desktop-integration.sh install|remove`.
#
# Every step is optional and this script always exits 0: a server, a container or a minimal
# install without a desktop menu system (no /usr/share/applications, no xdg-utils, no
# update-desktop-database) must still install, upgrade and remove the package cleanly. Only
# existing directories are written to, so removal leaves nothing behind.
#
# DPKG_ROOT (set by dpkg, normally empty) prefixes every system path; tests point it at a
# temporary directory.

root="${DPKG_ROOT:-}"
share="$root/opt/switchboard/lib/app/share"
applications="$root/usr/share/applications"
hicolor="$root/usr/share/icons/hicolor"
entry="switchboard.desktop"

refresh_menu() {
  if [ -d "$applications" ] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$applications" 2>/dev/null || true
  fi
  # A cache that update-desktop-database created for our entry alone is ours to take away.
  cache="$applications/mimeinfo.cache"
  if [ -f "$cache" ] && ! grep -q '=' "$cache" 2>/dev/null; then
    rm -f "$cache"
  fi
}

refresh_icons() {
  if [ -f "$hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$hicolor" 2>/dev/null || true
  fi
}

install_entries() {
  if [ -d "$applications" ]; then
    cp -f "$share/$entry" "$applications/$entry" 2>/dev/null && chmod 0644 "$applications/$entry"
    refresh_menu
  fi
  for size in 48 256; do
    dir="$hicolor/${size}x${size}/apps"
    if [ -d "$dir" ]; then
      cp -f "$share/icons/switchboard-$size.png" "$dir/switchboard.png" 2>/dev/null &&
        chmod 0644 "$dir/switchboard.png"
    fi
  done
  refresh_icons
}

remove_entries() {
  rm -f "$applications/$entry" "$hicolor/48x48/apps/switchboard.png" \
    "$hicolor/256x256/apps/switchboard.png"
  refresh_menu
  refresh_icons
}

case "${1:-}" in
  install) install_entries ;;
  remove) remove_entries ;;
  *) echo "usage: desktop-integration.sh install|remove" >&2 ;;
esac
exit 0
