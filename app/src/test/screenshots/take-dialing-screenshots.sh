#!/usr/bin/env bash
# Takes screenshots of the dialler (number with its hint, an error) and the call history in
# English and Persian, light and dark, under Xvfb with GTK:
# app/target/screenshots/dial-<screen>-<en|fa>-<light|dark>.png. Not committed; for review.
# Needs xvfb-run (Debian: xvfb xauth) and libgtk-3-0. Builds the app first if needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$root"
if [[ ! -d app/target/lib || ! -f app/target/test-classes/org/switchboard/app/screenshots/DialingScreenshots.class ]]; then
  ./mvnw -q -B -o -DskipTests -pl app package
fi
out=app/target/screenshots
mkdir -p "$out"
classpath="app/target/classes:app/target/test-classes:app/target/lib/*"
for lang in en fa; do
  for theme in light dark; do
    timeout 90 xvfb-run -a -s "-screen 0 1280x1024x24" \
      java -Dswitchboard.log.level=warn -cp "$classpath" \
      org.switchboard.app.screenshots.DialingScreenshots "$lang" "$theme" "$out"
  done
done
ls -l "$out"/dial-*
