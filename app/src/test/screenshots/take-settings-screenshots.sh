#!/usr/bin/env bash
# Takes screenshots of the settings screen (every section) and the first-run wizard in English and
# Persian, light and dark, and English at 200% text size, under Xvfb with GTK:
# app/target/screenshots/settings-<section>-<lang>-<theme>[-<scale>].png, wizard-account-... .
# Not committed; for review. Needs xvfb-run (Debian: xvfb xauth) and libgtk-3-0.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$root"
if [[ ! -d app/target/lib || ! -f app/target/test-classes/org/switchboard/app/screenshots/SettingsScreenshots.class ]]; then
  ./mvnw -q -B -o -DskipTests -pl app package
fi
out=app/target/screenshots
mkdir -p "$out"
classpath="app/target/classes:app/target/test-classes:app/target/lib/*"
shoot() {
  timeout 120 xvfb-run -a -s "-screen 0 1920x1200x24" \
    java -Dswitchboard.log.level=warn -cp "$classpath" \
    org.switchboard.app.screenshots.SettingsScreenshots "$@" "$out"
}
for lang in en fa; do
  for theme in light dark; do
    shoot "$lang" "$theme" 100
  done
done
shoot en light 200
ls -l "$out"/settings-* "$out"/wizard-*
