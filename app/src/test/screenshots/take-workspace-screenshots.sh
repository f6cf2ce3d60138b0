#!/usr/bin/env bash
# Takes screenshots of the whole desktop (demo telephony, sample customers): a ringing call with
# its notification, a call in progress with notes, and wrap-up, in English and Persian, light and
# dark, under Xvfb with GTK: app/target/screenshots/workspace-<screen>-<lang>-<theme>.png.
# Not committed; for review. Needs xvfb-run (Debian: xvfb xauth) and libgtk-3-0.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$root"
if [[ ! -d app/target/lib || ! -f app/target/test-classes/org/switchboard/app/boot/WorkspaceScreenshots.class ]]; then
  ./mvnw -q -B -DskipTests -pl app -am package
fi
out=app/target/screenshots
mkdir -p "$out"
classpath="app/target/classes:app/target/test-classes:app/target/lib/*"
for lang in ${LANGS:-en fa}; do
  for theme in ${THEMES:-light dark}; do
    timeout 120 xvfb-run -a -s "-screen 0 1400x1000x24" \
      java -Dswitchboard.log.level=warn -cp "$classpath" \
      org.switchboard.app.boot.WorkspaceScreenshots "$lang" "$theme" "$out"
  done
done
ls -l "$out"/workspace-*
