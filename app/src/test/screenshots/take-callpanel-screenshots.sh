#!/usr/bin/env bash
# Takes screenshots of the call panel (two calls with the keypad, the transfer pane, a refused
# attended transfer) in English and Persian, light and dark, under Xvfb with GTK:
# app/target/screenshots/callpanel-<screen>-<light|dark>-<en|fa>.png. Not committed; for review.
# Needs xvfb-run (Debian: xvfb xauth) and libgtk-3-0. Builds the app first if needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$root"
if [[ ! -d app/target/lib || ! -f app/target/test-classes/org/switchboard/app/call/CallPanelScreenshots.class ]]; then
  ./mvnw -q -B -o -DskipTests -pl app package
fi
out=app/target/screenshots
mkdir -p "$out"
classpath="app/target/classes:app/target/test-classes:app/target/lib/*"
for lang in ${LANGS:-en fa}; do
  timeout 120 xvfb-run -a -s "-screen 0 1280x1024x24" \
    java -Dswitchboard.log.level=warn -cp "$classpath" \
    org.switchboard.app.call.CallPanelScreenshots "$lang" "$out"
done
ls -l "$out"/callpanel-*
