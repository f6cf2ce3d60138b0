# Shared by the take-*-screenshots.sh scripts: builds the app when the screenshot tool is missing,
# and runs a tool under Xvfb with the app's classpath. Needs xvfb-run (Debian: xvfb xauth) and
# libgtk-3-0. LANGS and THEMES choose the languages and themes (default: en fa, light dark).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
cd "$root"
out=app/target/screenshots
langs=${LANGS:-en fa}
themes=${THEMES:-light dark}

# prepare <fully qualified tool class>: builds the app and its test classes if that class is missing.
prepare() {
  local class_file="app/target/test-classes/${1//.//}.class"
  if [[ ! -d app/target/lib || ! -f "$class_file" ]]; then
    ./mvnw -q -B -DskipTests -pl app -am package
  fi
  mkdir -p "$out"
}

# shoot <WxH> <tool class> <args...>: runs the tool once in a fresh Xvfb screen, bounded in time.
shoot() {
  local screen=$1 class=$2
  shift 2
  timeout 120 xvfb-run -a -s "-screen 0 ${screen}x24" \
    java -Dswitchboard.log.level=warn -cp "app/target/classes:app/target/test-classes:app/target/lib/*" \
    "$class" "$@"
}
