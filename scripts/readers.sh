#!/usr/bin/env bash
# Reader tests: opens EPUBs in foliate-js (headless Chromium) and MuPDF and checks what a reader
# sees — note and glossary pop-ups, each definition once, no hidden navs, clean chapter ends.
#
#   bash scripts/readers.sh [BOOK.epub ...]          # default: out/*.epub
#   SHOTS=docs bash scripts/readers.sh out/real-socialism.epub   # also write screenshots
#
# Needs Debian's chromium, mupdf-tools, unzip, nodejs and npm
# (apt-get install -y chromium mupdf-tools unzip nodejs npm). Installs foliate-js and
# puppeteer-core into scripts/readers/node_modules on first use (no browser is downloaded).
# Not part of `mvn verify`. Exit status 1 if a check failed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
for tool in node npm mutool unzip; do
    command -v "$tool" >/dev/null || { echo "readers.sh: $tool is missing" >&2; exit 2; }
done
[[ -x ${CHROMIUM:-/usr/bin/chromium} ]] || { echo "readers.sh: no chromium at ${CHROMIUM:-/usr/bin/chromium}" >&2; exit 2; }
if [[ ! -d $here/readers/node_modules/foliate-js || ! -d $here/readers/node_modules/puppeteer-core ]]; then
    (cd "$here/readers" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
books=("$@")
if [[ ${#books[@]} -eq 0 ]]; then
    shopt -s nullglob
    books=("$root"/out/*.epub)
fi
[[ ${#books[@]} -gt 0 ]] || { echo "readers.sh: no EPUB given and none in out/" >&2; exit 2; }
status=0
for b in "${books[@]}"; do
    echo "== $b"
    node "$here/readers/readers.mjs" "$b" ${SHOTS:+"$SHOTS"} 2> >(grep -v '^warning: ' >&2) || status=1
done
exit $status
