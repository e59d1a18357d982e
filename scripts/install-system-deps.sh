#!/usr/bin/env bash
# Installs the Debian packages Jalon's tests and tools need, only those missing:
#   chromium          the end-to-end tests, the interview report's PDF (browser mode, jalon report)
#   libreoffice-calc  reads the XLSX exports back (tests/integration/xlsx-libreoffice.test.ts)
#   poppler-utils     pdftotext, pdfinfo, pdftoppm read the report's PDF back in the tests
#   sqlite3           the import benchmark's baseline (npm run bench)
# Used by the README's test command and by .ci/run. Runs apt-get as root, through sudo
# when started by another user. Exit 0 when everything is present or was installed.
set -euo pipefail

missing=()
[ -x "${JALON_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: all present (chromium, libreoffice-calc, poppler-utils, sqlite3)."
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "Missing Debian packages: ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi
# libreoffice-calc is large (several hundred MB with its dependencies): installed only
# when soffice is missing, like every other package here.
echo "Installing Debian packages: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
