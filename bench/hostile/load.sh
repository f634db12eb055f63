#!/usr/bin/env bash
# bench/hostile/load.sh [SECONDS] [MAX_REQUESTS_PER_THREAD]: starts the server as ./atlas serve does
# (256 MB heap), runs a mixed load (mixed.lua) on loopback with wrk, samples the server's RSS every
# second, and prints requests per second, latency percentiles, non-2xx/3xx/4xx answers and peak RSS.
# Needs wrk (apt-get install wrk) and a build (./mvnw -DskipTests package).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds=${1:-300}
export MAX_REQUESTS_PER_THREAD=${2:-200000}
cp="$root/cli/target/atlas.jar"
for f in "$root"/web-adapter/target/web-adapter-*.jar "$root"/web-adapter/target/lib/*.jar; do
  [[ -f $f && $f != *-tests.jar ]] && cp+=":$f"
done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
java -Xms64m -Xmx256m -XX:+ExitOnOutOfMemoryError -cp "$cp" org.trustatlas.cli.Main serve --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 0.5; done
peak=0
( while kill -0 $server 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$server/status 2>/dev/null || echo 0)
    echo "$rss"; sleep 1
  done ) > "$log.rss" &
sampler=$!
wrk -t2 -c16 -d"${seconds}s" --latency -s "$root/bench/hostile/mixed.lua" "http://127.0.0.1:$port" | tee "$log.wrk"
kill -0 $server && echo "server still up after the load"
kill $sampler 2>/dev/null || true
peak=$(sort -n "$log.rss" | tail -1)
heap=$(jcmd $server GC.heap_info 2>/dev/null | grep -m1 -i "total" || true)
echo "peak RSS: $((peak / 1024)) MB (heap limit 256 MB); $heap"
echo "server log lines at WARN or ERROR: $(grep -c -E 'WARN|ERROR' "$log" || true)"
kill -TERM $server; wait $server; echo "server exit code after SIGTERM: $?"
rm -f "$log.rss" "$log.wrk"
