#!/usr/bin/env bash
# The whole desktop over a demo telephony and the sample customers: a ringing call with its
# notification, a call with notes, wrap-up: app/target/screenshots/workspace-<screen>-<lang>-<theme>.png.
# SCALE=150 renders at another text size.
source "$(dirname "$0")/lib.sh"
tool=org.switchboard.app.boot.WorkspaceScreenshots
prepare "$tool"
for lang in $langs; do
  for theme in $themes; do shoot 1400x1000 "$tool" "$lang" "$theme" "$out" "${SCALE:-100}"; done
done
ls -l "$out"/workspace-*
