#!/usr/bin/env bash
# The real desktop window on a first start (the production composition root): the first-run
# wizard, app/target/screenshots/settings-en.png.
source "$(dirname "$0")/lib.sh"
tool=org.switchboard.app.screenshots.Screenshot
prepare "$tool"
shoot 1280x1024 "$tool" en "$out/settings-en.png"
ls -l "$out"/settings-en.png
