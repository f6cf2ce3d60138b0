#!/usr/bin/env bash
# Every settings section and the wizard's account page, and English at 200 % text size:
# app/target/screenshots/settings-*.png and wizard-*.png.
source "$(dirname "$0")/lib.sh"
tool=org.switchboard.app.screenshots.SettingsScreenshots
prepare "$tool"
for lang in $langs; do for theme in $themes; do shoot 1920x1200 "$tool" "$lang" "$theme" 100 "$out"; done; done
shoot 1920x1200 "$tool" en light 200 "$out"
ls -l "$out"/settings-* "$out"/wizard-*
