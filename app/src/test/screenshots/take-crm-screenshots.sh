#!/usr/bin/env bash
# Takes screenshots of the customer panel (one match, several matches, create contact, CRM
# unavailable) and the CRM outbox in English and Persian, under Xvfb with GTK:
# app/target/screenshots/crm-<screen>-<en|fa>.png. Not committed; for review.
# Needs xvfb-run (Debian: xvfb xauth) and libgtk-3-0. Builds the app first if needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$root"
if [[ ! -d app/target/lib || ! -f app/target/test-classes/org/switchboard/app/screenshots/CrmScreenshots.class ]]; then
  ./mvnw -q -B -o -DskipTests -pl app package
fi
out=app/target/screenshots
mkdir -p "$out"
classpath="app/target/classes:app/target/test-classes:app/target/lib/*"
for lang in en fa; do
  timeout 90 xvfb-run -a -s "-screen 0 1280x1024x24" \
    java -Dswitchboard.log.level=warn -cp "$classpath" \
    org.switchboard.app.screenshots.CrmScreenshots "$lang" "$out"
done
ls -l "$out"/crm-*
