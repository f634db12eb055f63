#!/usr/bin/env bash
# Web throughput, side by side in one run with one load tool: GET /api/v1/concepts/{id} against
# the hello-world route /bench/hello on the same server (same filters, headers and logging),
# plus start-to-first-response. 127.0.0.1 only; every run is bounded; the server is stopped by
# its own PID. Usage: bench/web-throughput.sh [seconds-per-run] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-10}"
RUNS="${2:-3}"
CONCEPT="${CONCEPT:-infidelity}"
PORT="${PORT:-7391}"
OUT=bench/results
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
# One reactor run: the modules are packaged and their class path points at those fresh jars
# (each module writes the file in turn; web-adapter, built last, wins).
./mvnw -q -B -ntp -pl web-adapter -am package dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >/dev/null
CP="web-adapter/target/web-adapter-0.1.0-SNAPSHOT.jar:$(cat "$OUT/classpath.txt")"

start_server() {
  java -Xmx512m -Dtrustatlas.bench=true -cp "$CP" org.trustatlas.web.WebMain --port "$PORT" >"$OUT/server.log" 2>&1 &
  SERVER_PID=$!
}
stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}
trap stop_server EXIT

echo "== start to first response (JVM launch to first 200 from /api/v1/concepts/$CONCEPT), 5 runs"
for i in 1 2 3 4 5; do
  python3 - "$CP" "$PORT" "$CONCEPT" <<'PY'
import subprocess, sys, time, urllib.request
cp, port, concept = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.monotonic()
p = subprocess.Popen(["java", "-Xmx512m", "-cp", cp, "org.trustatlas.web.WebMain", "--port", port],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    while time.monotonic() - t0 < 30:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/concepts/{concept}", timeout=1) as r:
                if r.status == 200:
                    print(f"first response after {(time.monotonic() - t0) * 1000:.0f} ms")
                    break
        except Exception:
            time.sleep(0.005)
finally:
    p.terminate(); p.wait(15)
PY
done

start_server
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.1; done
echo "== warm-up (5 s each)"
wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/bench/hello" >/dev/null
wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/api/v1/concepts/$CONCEPT" >/dev/null

summary() { # wrk output -> "req/s p99"
  awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'
}
echo "== wrk -t2 -c32 -d${SECONDS_PER_RUN}s --latency, alternating, $RUNS runs each"
printf '%-5s %-14s %-10s %-16s %-10s %s\n' run hello-req/s hello-p99 concept-req/s concept-p99 ratio
for run in $(seq 1 "$RUNS"); do
  read -r h_rps h_p99 < <(wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency "http://127.0.0.1:$PORT/bench/hello" | summary)
  read -r c_rps c_p99 < <(wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency "http://127.0.0.1:$PORT/api/v1/concepts/$CONCEPT" | summary)
  ratio=$(python3 -c "print(f'{$c_rps / $h_rps:.2f}')")
  printf '%-5s %-14s %-10s %-16s %-10s %s\n' "$run" "$h_rps" "$h_p99" "$c_rps" "$c_p99" "$ratio"
done
echo "(server: java -Xmx512m, bundled pack, -Dtrustatlas.bench=true; $(nproc) cores shared with wrk)"
