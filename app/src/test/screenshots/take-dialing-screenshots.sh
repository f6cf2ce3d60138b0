#!/usr/bin/env bash
# The dialler and the call history: app/target/screenshots/dial-*.png.
source "$(dirname "$0")/lib.sh"
tool=org.switchboard.app.screenshots.DialingScreenshots
prepare "$tool"
for lang in $langs; do for theme in $themes; do shoot 1280x1024 "$tool" "$lang" "$theme" "$out"; done; done
ls -l "$out"/dial-*
