#!/usr/bin/env bash
# Takes a screenshot of the real desktop window on a first start (GTK under Xvfb, the production
# composition root): the first-run wizard, app/target/screenshots/settings-en.png.
# Needs xvfb-run (Debian: xvfb xauth) and libgtk-3-0. Builds the app first if needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../../.." && pwd)
cd "$root"
if [[ ! -f app/target/switchboard.jar || ! -d app/target/test-classes/org/switchboard/app/screenshots ]]; then
  ./mvnw -q -B -DskipTests -pl app -am package
fi
out=app/target/screenshots
mkdir -p "$out"
classpath="app/target/classes:app/target/test-classes:app/target/lib/*"
for lang in en; do
  timeout 60 xvfb-run -a -s "-screen 0 1280x1024x24" \
    java -Dswitchboard.log.level=warn -cp "$classpath" \
    org.switchboard.app.screenshots.Screenshot "$lang" "$out/settings-$lang.png"
done
ls -l "$out"
