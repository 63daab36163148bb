#!/usr/bin/env bash
# Startup benchmark: how long `./invicta run` takes to report UP on /actuator/health, and how much
# resident memory Invicta uses together with its embedded PostgreSQL, on a first start (empty data
# directory: initdb, migrations, demo data with Argon2 hashing) and on a restart of the same directory.
# It prints figures and asserts nothing. Usage: bench/startup.sh [number of audited reads, default 2000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/invicta.jar"
reads="${1:-2000}"
# The launcher's own command line (./invicta), so the figures are the ones a user gets.
java_command=(java -Xmx512m -XX:+UseSerialGC -Xss512k -jar "$jar")
demo_user=kent.response-officer
demo_password=invicta-demo-2026

if [[ ! -f "$jar" ]]; then
    echo "Building $jar..." >&2
    (cd "$here" && ./mvnw -B -q -DskipTests package) >&2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/invicta-bench.XXXXXX")"
data_dir="$work/data"
invicta_pid=""

postmaster_pid() {
    [[ -f "$data_dir/postmaster.pid" ]] && head -n 1 "$data_dir/postmaster.pid" || true
}

# Stops Invicta (which stops its PostgreSQL) and, should PostgreSQL outlive it, PostgreSQL too.
stop_invicta() {
    if [[ -n "$invicta_pid" ]] && kill -0 "$invicta_pid" 2>/dev/null; then
        kill "$invicta_pid"
        wait "$invicta_pid" 2>/dev/null || true
    fi
    invicta_pid=""
    local postgres
    postgres="$(postmaster_pid)"
    if [[ -n "$postgres" ]] && kill -0 "$postgres" 2>/dev/null; then
        kill "$postgres"
        while kill -0 "$postgres" 2>/dev/null; do sleep 0.2; done
    fi
}

cleanup() {
    stop_invicta
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    local port
    while true; do
        port=$((20000 + RANDOM % 40000))
        # Nothing answering a connection on it: free.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
}

now_ms() {
    echo $(($(date +%s%N) / 1000000))
}

children_of() {
    local parent="$1" status
    for status in /proc/[0-9]*/status; do
        awk -v parent="$parent" '$1 == "PPid:" && $2 == parent { found = 1 } END { exit !found }' "$status" 2>/dev/null \
            && basename "$(dirname "$status")"
    done
}

# The kB that /proc/<pid>/status (VmRSS) or smaps_rollup (Pss) reports; 0 for a process already gone.
memory_of() {
    local pid="$1" file="$2" key="$3"
    awk -v key="$key" '$1 == key { print $2; found = 1 } END { if (!found) print 0 }' "/proc/$pid/$file" 2>/dev/null || echo 0
}

# Java plus the postmaster serving the data directory and every backend and worker it forked.
# RSS counts PostgreSQL's shared buffers once per process that touched them; PSS shares them out,
# so the sum of PSS is what the machine really gives up.
memory_mb() {
    local key="$1" file="$2" total=0 pid postgres
    postgres="$(postmaster_pid)"
    for pid in "$invicta_pid" ${postgres:+$postgres $(children_of "$postgres")}; do
        total=$((total + $(memory_of "$pid" "$file" "$key")))
    done
    echo $((total / 1024))
}

start_invicta() {
    port="$(free_port)"
    log="$work/invicta-$port.log"
    local started
    started="$(now_ms)"
    "${java_command[@]}" run --port "$port" --data-dir "$data_dir" >"$log" 2>&1 &
    invicta_pid=$!
    until curl -fsS --max-time 2 "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        if ! kill -0 "$invicta_pid" 2>/dev/null; then
            echo "Invicta exited while starting; its log:" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep 0.1
    done
    startup_ms=$(($(now_ms) - started))
}

# Signs the demo officer in through the form (one Argon2 check), records one person, then reads it
# $reads times over one kept-alive connection: each read writes a CONSULT row to the audit chain.
audited_reads() {
    local base="http://localhost:$port" cookies="$work/cookies" csrf person urls ok
    csrf="$(curl -fsS -c "$cookies" "$base/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
    curl -fsS -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=$demo_user" \
        --data-urlencode "password=$demo_password" --data-urlencode "_csrf=$csrf" "$base/sign-in"
    # Basic here, once: a session's CSRF token changes at sign-in, and this is not what is measured.
    person="$(curl -fsS -u "$demo_user:$demo_password" -H 'Content-Type: application/json' \
        -d '{"givenNames":"Bench","surname":"Mark","dateOfBirth":"1990-02-03","reasonForNewRecord":"startup benchmark: a record to read on each start"}' "$base/api/v1/people" \
        | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')"
    urls="$work/reads.curl"
    for ((i = 0; i < reads; i++)); do printf 'url = "%s/api/v1/people/%s"\noutput = /dev/null\n' "$base" "$person"; done >"$urls"
    ok="$(curl -sS -b "$cookies" -K "$urls" -w '%{http_code}\n' | grep -c '^200$' || true)"
    if [[ "$ok" != "$reads" ]]; then echo "only $ok of $reads reads answered 200" >&2; exit 1; fi
}

measure() {
    local label="$1"
    start_invicta
    local up_rss up_pss
    up_rss="$(memory_mb VmRSS: status)"
    up_pss="$(memory_mb Pss: smaps_rollup)"
    local load_started load_ms
    load_started="$(now_ms)"
    audited_reads
    load_ms=$(($(now_ms) - load_started))
    printf '| %-28s | %9.1f | %8s | %8s | %8s | %8s | %9.1f |\n' "$label" "$(bc_seconds "$startup_ms")" \
        "$up_rss" "$up_pss" "$(memory_mb VmRSS: status)" "$(memory_mb Pss: smaps_rollup)" "$(bc_seconds "$load_ms")"
    stop_invicta
}

bc_seconds() {
    awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'
}

echo "Invicta startup benchmark: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "command: ${java_command[*]} run --port N --data-dir $data_dir"
echo "targets: UP within 15 s on 2 cores; RSS of Java and PostgreSQL together at most 1024 MB"
# Another build on the same cores slows every start: say so next to the figures.
echo "load average before the first start: $(cut -d " " -f 1-3 /proc/loadavg)"
echo
echo "RSS and PSS in MB, right after UP and after $reads audited reads of a person over HTTP"
echo
printf '| %-28s | %9s | %8s | %8s | %8s | %8s | %9s |\n' "start" "to UP (s)" "RSS@UP" "PSS@UP" \
    "RSS@load" "PSS@load" "load (s)"
printf '|%s|\n' "------------------------------|-----------|----------|----------|----------|----------|-----------"
measure "first (empty data directory)"
measure "restart (same directory)"
