#!/bin/sh
# Registers Switchboard for sip:, sips:, tel: and callto: links and states why it uses the
# microphone, in the app bundle's Info.plist (jpackage has no option for either). Run on the macOS
# runner between `jpackage --type app-image` and signing: add-url-types.sh <Switchboard.app>.
# Adding twice leaves one entry.
set -eu
app="${1:?usage: add-url-types.sh <Switchboard.app>}"
plist="$app/Contents/Info.plist"
buddy=/usr/libexec/PlistBuddy

"$buddy" -c "Delete :CFBundleURLTypes" "$plist" 2>/dev/null || true
"$buddy" -c "Add :CFBundleURLTypes array" "$plist"
"$buddy" -c "Add :CFBundleURLTypes:0 dict" "$plist"
"$buddy" -c "Add :CFBundleURLTypes:0:CFBundleURLName string org.switchboard.desktop.call" "$plist"
"$buddy" -c "Add :CFBundleURLTypes:0:CFBundleTypeRole string Viewer" "$plist"
"$buddy" -c "Add :CFBundleURLTypes:0:CFBundleURLSchemes array" "$plist"
i=0
for scheme in sip sips tel callto; do
  "$buddy" -c "Add :CFBundleURLTypes:0:CFBundleURLSchemes:$i string $scheme" "$plist"
  i=$((i + 1))
done

"$buddy" -c "Delete :NSMicrophoneUsageDescription" "$plist" 2>/dev/null || true
"$buddy" -c "Add :NSMicrophoneUsageDescription string Switchboard sends your voice to the people you call." "$plist"
echo "add-url-types.sh: $plist handles sip, sips, tel and callto"
