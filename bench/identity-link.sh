#!/usr/bin/env bash
# Batch linking benchmark: generates a synthetic population with 10% duplicates (seed 7), links it with
# `./invicta identity link` and scores the clusters against the truth with `identity evaluate`. Prints
# the wall time and peak resident memory of the link, the pairs it compared and pairwise precision,
# recall and F1. It prints figures and asserts nothing. Usage: bench/identity-link.sh [rows, default 1000000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
# The launcher, so the figures are the ones a user gets: it builds the jar when the sources are newer,
# and gives identity commands -Xmx4g -XX:+UseParallelGC.
invicta="$here/invicta"

work="$(mktemp -d "${TMPDIR:-/tmp}/invicta-link-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "Invicta identity link benchmark: $rows rows, $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "targets: 1,000,000 rows within 10 minutes in a 4 GB heap; pairwise precision and recall at least 0.95 on 20,000"
# Generating first also builds the jar if it is stale, so the build is not timed with the link.
"$invicta" identity generate --people "$rows" --duplicate-rate 0.1 --seed 7 \
    --out "$work/persons.csv" --truth "$work/truth.csv" >&2
# Another build on the same cores slows the link: say so next to the figures.
echo "load average before linking: $(cut -d " " -f 1-3 /proc/loadavg)"

# The log and progress go to the terminal and to link-log.txt, the summary line to link.txt.
/usr/bin/time -v -o "$work/time.txt" "$invicta" identity link --in "$work/persons.csv" --out "$work/clusters.csv" \
    2>&1 >"$work/link.txt" | tee "$work/link-log.txt" >&2
quality="$("$invicta" identity evaluate --clusters "$work/clusters.csv" --truth "$work/truth.csv")"

timed() {
    sed -n "s/^\s*$1: //p" "$work/time.txt"
}

echo
echo "link:      $(cat "$work/link.txt")"
echo "learnt:    $(grep -o 'about .* matching pairs' "$work/link-log.txt" | sed 's/^about //') (truth: $(echo "$quality" | grep -o '[0-9,]* true pairs'))"
echo "wall time: $(timed 'Elapsed (wall clock) time (h:mm:ss or m:ss)')"
echo "max RSS:   $(($(timed 'Maximum resident set size (kbytes)') / 1024)) MB"
echo "CPU:       $(timed 'Percent of CPU this job got')"
echo "quality:   $quality"
