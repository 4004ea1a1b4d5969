#!/usr/bin/env bash
# Line quality of a PDF handout, measured from the PDF itself (glyph positions read back with
# PDFBox): lines wider than the measure, most consecutive hyphenated lines, share of justified
# lines whose mean word space exceeds 0.5 em.
#
#   bash bench/line-quality.sh [PDF]     (default: the benchmark book's PDF, /tmp/scholia-bench-out/benchmark-book.pdf)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PDF=${1:-/tmp/scholia-bench-out/benchmark-book.pdf}
[[ -f $PDF ]] || { echo "no PDF at $PDF: run bash bench/run.sh first, or give a PDF" >&2; exit 2; }
if [[ ! -f target/test-classes/org/scholia/render/pdf/LineQuality.class || ! -f target/line-quality.cp ]]; then
    mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/line-quality.cp >&2
fi
java -cp "target/classes:target/test-classes:$(cat target/line-quality.cp)" org.scholia.render.pdf.LineQuality "$PDF"
