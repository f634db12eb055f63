#!/usr/bin/env bash
# Web throughput, side by side in one run with one load tool: each content route against the
# hello-world route /bench/hello on the same server (same filters, headers and logging), in
# alternating runs, plus start to first response. 127.0.0.1 only; every run is bounded; every
# server is stopped by its own PID.
#
#   bench/web-throughput.sh [seconds-per-run] [runs]
#   ROUTES="search-api plan" bench/web-throughput.sh 5 3     # only some routes
#
# Routes: concept (GET /api/v1/concepts/infidelity), search-page (GET /search?q=...), search-api
# (GET /api/v1/search?q=...), plan (POST /api/v1/plans, JSON body), plan-fixed (POST /bench/plan-fixed:
# the same answer, made once; beside plan it tells what making a plan costs from what sending an
# answer of its size costs). Start to first response is
# measured for `./atlas serve` (the launcher, with its start-up archive) and for a bare
# `java -cp ... WebMain` (no archive), from process start to the first 200 of the concept route.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-10}"
RUNS="${2:-3}"
ROUTES="${ROUTES:-concept search-page search-api plan plan-fixed}"
PORT="${PORT:-7391}"
OUT=bench/results
mkdir -p "$OUT"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
# One reactor run: the modules are packaged and their class path points at those fresh jars
# (each module writes the file in turn; web-adapter, built last, wins).
./mvnw -q -B -ntp -pl web-adapter -am package dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >/dev/null
CP="web-adapter/target/web-adapter-0.1.0-SNAPSHOT.jar:$(cat "$OUT/classpath.txt")"
./atlas --version >/dev/null   # the launcher's own build and start-up archive, before anything is timed

url_of() {
  case "$1" in
    hello) echo "/bench/hello" ;;
    concept) echo "/api/v1/concepts/infidelity" ;;
    search-page) echo "/search?q=my+partner+cheated" ;;
    search-api) echo "/api/v1/search?q=my%20partner%20cheated" ;;
    plan) echo "/api/v1/plans" ;;
    plan-fixed) echo "/bench/plan-fixed" ;;
    *) echo "unknown route $1" >&2; exit 2 ;;
  esac
}
# POST routes get a wrk script that sends their body.
PLAN='{"challenges":["infidelity"],"role":"hurt-partner","region":"GB"}'
cat >"$OUT/plan.lua" <<LUA
wrk.method = "POST"
wrk.body = '$PLAN'
wrk.headers["Content-Type"] = "application/json"
LUA
load() { # route seconds -> wrk output
  local script=()
  [[ $1 == plan* ]] && script=(-s "$OUT/plan.lua")
  wrk -t2 -c32 -d"$2s" --latency "${script[@]}" "http://127.0.0.1:$PORT$(url_of "$1")"
}
summary() { # wrk output -> "req/s p99"
  awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'
}

echo "JVM:   $("$java" -version 2>&1 | head -1); $(nproc) cores shared with wrk; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== start to first 200 from /api/v1/concepts/infidelity (process start to response), 5 runs each, alternating"
python3 - "$CP" "$PORT" "$java" <<'PY'
import statistics, subprocess, sys, time, urllib.request
cp, port, java = sys.argv[1], sys.argv[2], sys.argv[3]
commands = {
    "./atlas serve": ["./atlas", "serve", "--port", port],
    "java -cp ... WebMain": [java, "-cp", cp, "org.trustatlas.web.WebMain", "--port", port],
}
def first_response(cmd):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.monotonic() - t0 < 30:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/concepts/infidelity", timeout=1) as r:
                    if r.status == 200:
                        return (time.monotonic() - t0) * 1000
            except Exception:
                time.sleep(0.002)
        raise SystemExit("no response within 30 s from " + " ".join(cmd))
    finally:
        p.terminate(); p.wait(15)
times = {name: [] for name in commands}
for _ in range(5):
    for name, cmd in commands.items():
        times[name].append(first_response(cmd))
for name, ms in times.items():
    print(f"{name:<22} median {statistics.median(ms):5.0f} ms  ({', '.join(f'{m:.0f}' for m in ms)})")
PY

SERVER_PID=
stop_server() {
  [[ -n $SERVER_PID ]] && { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
}
trap stop_server EXIT
"$java" -Xmx512m -Dtrustatlas.bench=true -cp "$CP" org.trustatlas.web.WebMain --port "$PORT" >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/bench/hello" >/dev/null && break; sleep 0.1; done
for route in hello $ROUTES; do
  body=()
  [[ $route == plan* ]] && body=(-H 'Content-Type: application/json' --data-binary "$PLAN")
  status=$(curl -s -o /dev/null -w '%{http_code}' "${body[@]}" "http://127.0.0.1:$PORT$(url_of "$route")")
  [[ $status == 200 ]] || { echo "route $route answers $status, not 200" >&2; exit 1; }
done
echo "== warm-up (5 s per route)"
for route in hello $ROUTES; do load "$route" 5 >/dev/null; done

echo "== wrk -t2 -c32 -d${SECONDS_PER_RUN}s --latency; each route right after a hello run, $RUNS runs each"
printf '%-12s %-4s %-12s %-10s %-12s %-10s %s\n' route run hello-req/s hello-p99 route-req/s route-p99 ratio
declare -A ratios
for run in $(seq 1 "$RUNS"); do
  for route in $ROUTES; do
    read -r h_rps h_p99 < <(load hello "$SECONDS_PER_RUN" | summary)
    read -r r_rps r_p99 < <(load "$route" "$SECONDS_PER_RUN" | summary)
    ratio=$(python3 -c "print(f'{$r_rps / $h_rps:.2f}')")
    ratios[$route]+="$ratio "
    printf '%-12s %-4s %-12s %-10s %-12s %-10s %s\n' "$route" "$run" "$h_rps" "$h_p99" "$r_rps" "$r_p99" "$ratio"
  done
done
echo "== median ratio to hello"
for route in $ROUTES; do
  python3 -c "import statistics,sys; print(f'{sys.argv[1]:<12} {statistics.median(map(float, sys.argv[2:])):.2f}x')" \
    "$route" ${ratios[$route]}
done
echo "(server: java -Xmx512m, bundled pack, -Dtrustatlas.bench=true; load average $(cut -d' ' -f1-3 /proc/loadavg) at end)"
