#!/usr/bin/env bash
# Times Scholia on a generated manuscript and prints a Markdown table.
#
#   bash bench/run.sh [WORDS]          (default 150000)
#
# Environment (all optional):
#   RUNS=3             run each phase 3 times and report the fastest run (default 1)
#   JAVA=java          the java launcher
#   SCHOLIA_JAVA_OPTS="..."  JVM options for ./scholia (default: -XX:TieredStopAtLevel=1 -XX:+UseParallelGC)
#   BENCH_DIR=...      where the manuscript is generated (default /tmp/scholia-bench)
#   BENCH_OUT=...      build output folder (default /tmp/scholia-bench-out)
#   BENCH_LOGS=...     stdout/stderr/time of every run (default /tmp/scholia-bench-logs)
#   CHAPTERS=20 NOTES=1000 TERMS=50 SEED=42   manuscript shape
#   BOOKLET=1          also time a build with the booklet (--booklet)
#   SCHOLIA_CMD="..."  command used instead of ./scholia (e.g. "java -jar target/scholia.jar")
#                      (word-split; for testing this script with a stand-in)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

WORDS=${1:-150000}
if ! [[ $WORDS =~ ^[0-9]+$ ]]; then
    echo "usage: bash bench/run.sh [WORDS]" >&2
    exit 2
fi
RUNS=${RUNS:-1}
JAVA=${JAVA:-java}
DIR=${BENCH_DIR:-/tmp/scholia-bench}
OUT=${BENCH_OUT:-/tmp/scholia-bench-out}
LOGS=${BENCH_LOGS:-/tmp/scholia-bench-logs}
CHAPTERS=${CHAPTERS:-20}
NOTES=${NOTES:-1000}
TERMS=${TERMS:-50}
SEED=${SEED:-42}
JAR=target/scholia.jar

if [[ ! -x /usr/bin/time ]]; then
    echo "bench/run.sh needs GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install -y time)" >&2
    exit 1
fi

if [[ -n ${SCHOLIA_CMD:-} ]]; then
    read -r -a SCHOLIA <<<"$SCHOLIA_CMD"
else
    if [[ ! -f $JAR ]]; then
        echo "building $JAR (mvn -q -DskipTests package) ..." >&2
        mvn -q -DskipTests package >&2
    fi
    # the launcher: C1 only, parallel GC, class-data archive (see ./scholia)
    SCHOLIA=(./scholia)
    ./scholia --version >/dev/null   # makes the class-data archive once, outside the timings
fi

# --- manuscript --------------------------------------------------------------
rm -rf "$DIR" "$OUT" "$LOGS"
mkdir -p "$LOGS"
GEN_SUMMARY=$("$JAVA" bench/GenerateManuscript.java "$DIR" --words "$WORDS" --chapters "$CHAPTERS" \
    --notes "$NOTES" --terms "$TERMS" --seed "$SEED")
echo "$GEN_SUMMARY" >&2

# --- helpers -----------------------------------------------------------------
# "h:mm:ss" or "m:ss.ss" -> seconds
to_seconds() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"
}

# run_phase LOGNAME CMD... : runs CMD RUNS times under /usr/bin/time -v, keeps the fastest run.
# Sets WALL (s), RSS (MB), RC, TIMINGS (from "timing <phase> <n> ms" lines on stderr).
run_phase() {
    local name=$1; shift
    local best="" i rc wall rss
    WALL="" RSS="" RC=0 TIMINGS=""
    for ((i = 1; i <= RUNS; i++)); do
        local base="$LOGS/$name.$i"
        rc=0
        /usr/bin/time -v -o "$base.time" "$@" >"$base.out" 2>"$base.err" || rc=$?
        wall=$(to_seconds "$(sed -n '/Elapsed (wall clock)/s/^.*): *//p' "$base.time")")
        rss=$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$base.time")
        if ((rc != 0)); then
            RC=$rc WALL=$wall RSS=$rss
            echo "$name failed (exit $rc): $*" >&2
            tail -n 15 "$base.err" >&2 || true
            return 0
        fi
        if [[ -z $best ]] || awk -v a="$wall" -v b="$WALL" 'BEGIN { exit !(a < b) }'; then
            best=$i WALL=$wall RSS=$rss
            TIMINGS=$(awk '$1 == "timing" && $NF == "ms" { printf "%s%s %s ms", sep, $2, $(NF-1); sep = ", " }' "$base.err")
        fi
    done
}

FAILED=0
ROWS=()
BASE=""

# row NAME COMMAND_TEXT OUTPUT_TEXT
row() {
    local after status="" timings=${TIMINGS:-}
    if [[ -n $BASE && -n $WALL ]]; then
        after=$(awk -v w="$WALL" -v b="$BASE" 'BEGIN { d = w - b; if (d < 0) d = 0; printf "%.2f", d }')
    else
        after="–"
    fi
    if ((RC != 0)); then
        status=" **failed (exit $RC)**"
        FAILED=1
    fi
    ROWS+=("| $1$status | \`$2\` | ${WALL:-?} | $after | ${RSS:-?} | ${timings:-–} | ${3:-–} |")
}

# sizes of the files a build wrote
outputs() {
    if [[ -d $OUT ]]; then
        find "$OUT" -maxdepth 1 -type f -printf '%f %s\n' | sort |
            awk '{ printf "%s%s %.1f MB", sep, $1, $2 / 1048576; sep = ", " }'
    fi
}

# options that a CLI without --timings rejects: retried once without them
TIMING_FLAG=(--timings)
# scholia_phase LOGNAME LABEL SHOWN-COMMAND ARGS...
scholia_phase() {
    local log=$1 label=$2 shown=$3; shift 3
    echo "timing: $label ..." >&2
    rm -rf "$OUT"
    run_phase "$log" "${SCHOLIA[@]}" "$@" "${TIMING_FLAG[@]}"
    if ((RC != 0)) && ((${#TIMING_FLAG[@]} > 0)) && grep -qi -- '--timings' "$LOGS/$log".*.err; then
        echo "  (the CLI does not accept --timings; timing without it)" >&2
        TIMING_FLAG=()
        rm -rf "$OUT"
        run_phase "$log" "${SCHOLIA[@]}" "$@"
    fi
    row "$label" "$shown${TIMING_FLAG[*]:+ ${TIMING_FLAG[*]}}" "$(outputs)"
}

# --- baseline: JVM start -----------------------------------------------------
run_phase java-version "$JAVA" -version
JVM_WALL=$WALL
row "JVM start (\`java -version\`)" "java -version" ""

run_phase scholia-version "${SCHOLIA[@]}" --version
if ((RC == 0)); then
    BASE=$WALL
    BASE_NAME="scholia --version"
    row "JVM + CLI start (baseline)" "scholia --version" ""
else
    echo "  ('scholia --version' failed; using 'java -version' as the baseline)" >&2
    RC=0
    BASE=$JVM_WALL
    BASE_NAME="java -version"
fi

# --- phases ------------------------------------------------------------------
scholia_phase check "check (load + annotate)" "scholia check DIR" check "$DIR"
scholia_phase epub "build EPUB" "scholia build DIR -o OUT --only epub" build "$DIR" -o "$OUT" --only epub
scholia_phase pdf "build PDF" "scholia build DIR -o OUT --only pdf" build "$DIR" -o "$OUT" --only pdf
scholia_phase print "build print edition" "scholia build DIR -o OUT --only print" build "$DIR" -o "$OUT" --only print
scholia_phase pdf-epub "build PDF + EPUB" "scholia build DIR -o OUT --only pdf,epub" build "$DIR" -o "$OUT" --only pdf,epub
scholia_phase all "build all three editions" "scholia build DIR -o OUT" build "$DIR" -o "$OUT"
if [[ ${BOOKLET:-0} == 1 ]]; then
    scholia_phase booklet "build all + booklet" "scholia build DIR -o OUT --booklet" build "$DIR" -o "$OUT" --booklet
fi

# --- report ------------------------------------------------------------------
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -n 1)
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
BYTES=$(find "$DIR" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
echo
echo "Manuscript: $WORDS words, $CHAPTERS chapters, $NOTES footnotes, $TERMS glossary terms" \
     "($BYTES bytes; \`bash bench/run.sh $WORDS\`, seed $SEED)."
echo "Machine: ${CPU:-unknown CPU}, $(nproc) cores; $JAVA_VERSION; command: ${SCHOLIA[*]}; best of $RUNS run(s)."
echo
echo "| phase | command | wall (s) | after JVM start (s) | peak RSS (MB) | \`--timings\` | output |"
echo "|---|---|---:|---:|---:|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "\"after JVM start\" = wall − wall of \`$BASE_NAME\` ($BASE s). Logs: $LOGS"

exit "$FAILED"
