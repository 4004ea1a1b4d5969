#!/usr/bin/env bash
# Checks an EPUB with DAISY Ace, the accessibility checker of the DAISY Consortium.
#
#   bash scripts/ace.sh BOOK.epub [REPORT_DIR]        (default report folder: out/ace-report)
#
# Ace is a Node.js program that drives a headless Chromium. It is not part of the Maven build
# (it needs Node 18+ and a browser), so this script installs it on first use, outside the
# repository, and runs it with Debian's Chromium instead of the browser Puppeteer would download:
#
#   apt-get install -y nodejs npm chromium
#
# Environment (all optional):
#   ACE_HOME=...                   where Ace is installed (default ~/.cache/scholia/ace)
#   PUPPETEER_EXECUTABLE_PATH=...  the Chromium to use (default: chromium or chromium-browser on PATH)
#
# Ace's Puppeteer runner always launches Chromium with --no-sandbox --disable-setuid-sandbox
# (@daisy/ace-axe-runner-puppeteer), so it also runs as root in a container; nothing to pass.
# Exit status: 0 when Ace finds no violation, 1 otherwise (Ace's own convention with -f is to
# exit 0 and write the report; this script reads the report to decide).
set -euo pipefail

EPUB=${1:-}
if [[ -z $EPUB || ! -f $EPUB ]]; then
    echo "usage: bash scripts/ace.sh BOOK.epub [REPORT_DIR]" >&2
    exit 2
fi
REPORT=${2:-out/ace-report}
ACE_HOME=${ACE_HOME:-$HOME/.cache/scholia/ace}
ACE_VERSION=1.4.6
ACE="$ACE_HOME/node_modules/.bin/ace-puppeteer"

CHROMIUM=${PUPPETEER_EXECUTABLE_PATH:-$(command -v chromium || command -v chromium-browser || true)}
if [[ -z $CHROMIUM ]]; then
    echo "scripts/ace.sh needs Chromium (Debian/Ubuntu: apt-get install -y chromium)" >&2
    exit 1
fi

if [[ ! -x $ACE ]]; then
    command -v npm >/dev/null || { echo "scripts/ace.sh needs npm (apt-get install -y npm)" >&2; exit 1; }
    echo "installing @daisy/ace@$ACE_VERSION into $ACE_HOME ..." >&2
    mkdir -p "$ACE_HOME"
    # No Electron and no bundled Chrome: the Puppeteer runner and the system Chromium suffice.
    (cd "$ACE_HOME" && ELECTRON_SKIP_BINARY_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=true \
        npm install --no-audit --no-fund --loglevel=error "@daisy/ace@$ACE_VERSION" >&2)
fi

mkdir -p "$REPORT"
PUPPETEER_EXECUTABLE_PATH=$CHROMIUM "$ACE" --force --outdir "$REPORT" "$EPUB"

# The verdict, from the JSON report: violations by impact.
node - "$REPORT/report.json" <<'EOF'
const report = require(require('path').resolve(process.argv[2]));
const counts = {};
let total = 0;
for (const assertion of report.assertions || []) {
  for (const a of assertion.assertions || []) {
    if (a['earl:result'] && a['earl:result']['earl:outcome'] === 'fail') {
      const impact = a['earl:test']['earl:impact'] || 'unknown';
      counts[impact] = (counts[impact] || 0) + 1;
      total++;
      console.log(`${impact}: ${a['earl:test']['dct:title']} in ${assertion['earl:testSubject']['url']}`);
    }
  }
}
console.log(`Ace: ${report['earl:result']['earl:outcome']}, ${total} violation(s)` +
  (total ? ' ' + JSON.stringify(counts) : ''));
process.exit(total === 0 ? 0 : 1);
EOF
