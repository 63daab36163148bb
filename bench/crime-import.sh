#!/usr/bin/env bash
# Times ./invicta crime import-police-uk on the Kent 2022 files (or the directory given) into a fresh
# embedded database, then runs it again to show that a second run adds nothing. Target: 185,969 rows ≤ 30 s.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
files="${1:-$here/../shared/data/police-uk/kent-2022}"
data="$(mktemp -d -t invicta-crime-import.XXXXXX)"
trap 'rm -rf "$data"' EXIT
echo "importing $files into a fresh database in $data; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in first second; do
    echo "--- $run run"
    /usr/bin/time -f "wall %e s, max RSS %M KB" "$here/invicta" crime import-police-uk "$files" --force kent --data-dir "$data" \
        2> >(grep -v '^reading\|^importing' >&2) | grep -v '^  '
done
