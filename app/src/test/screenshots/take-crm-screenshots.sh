#!/usr/bin/env bash
# The customer card (match, several matches, no match, CRM unavailable) and the CRM call log:
# app/target/screenshots/crm-*.png.
source "$(dirname "$0")/lib.sh"
tool=org.switchboard.app.screenshots.CrmScreenshots
prepare "$tool"
for lang in $langs; do shoot 1280x1024 "$tool" "$lang" "$out"; done
ls -l "$out"/crm-*
