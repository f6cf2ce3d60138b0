#!/usr/bin/env bash
# The call panel (two calls with the keypad, the transfer pane, a refused attended transfer, a
# queue service's consult on the agent's own call), light and dark:
# app/target/screenshots/callpanel-<screen>-<theme>-<lang>.png.
source "$(dirname "$0")/lib.sh"
tool=org.switchboard.app.call.CallPanelScreenshots
prepare "$tool"
for lang in $langs; do shoot 1280x1024 "$tool" "$lang" "$out"; done
ls -l "$out"/callpanel-*
