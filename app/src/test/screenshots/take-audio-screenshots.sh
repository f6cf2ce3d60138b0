#!/usr/bin/env bash
# The settings' audio section with sample devices, in each language and theme:
# app/target/screenshots/settings-audio-devices-*.png.
source "$(dirname "$0")/lib.sh"
tool=org.switchboard.app.screenshots.AudioSettingsScreenshots
prepare "$tool"
for lang in $langs; do for theme in $themes; do shoot 1920x1200 "$tool" "$lang" "$theme" "$out"; done; done
ls -l "$out"/settings-audio-devices-*
