#!/usr/bin/env bash
# The agent bar (ready, on a call, registration failed): app/target/screenshots/agentbar-*.png.
source "$(dirname "$0")/lib.sh"
tool=org.switchboard.app.screenshots.AgentBarScreenshots
prepare "$tool"
for lang in $langs; do for theme in $themes; do shoot 1280x1024 "$tool" "$lang" "$theme" "$out"; done; done
ls -l "$out"/agentbar-*
