#!/usr/bin/env bash
# The test call window: app/target/screenshots/testcall-*.png.
source "$(dirname "$0")/lib.sh"
tool=org.switchboard.app.testcall.TestCallScreenshots
prepare "$tool"
for lang in $langs; do for theme in $themes; do shoot 1280x1024 "$tool" "$lang" "$theme" "$out"; done; done
ls -l "$out"/testcall-*
