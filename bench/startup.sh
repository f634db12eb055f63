#!/usr/bin/env bash
# Cold start of the CLI as a user feels it: `./atlas concepts` (whole process: the launcher script,
# the JVM, parsing the bundled pack, printing), wall clock, median of RUNS runs, next to a bare
# `java -cp DIR Hello` on the same JVM in the same run. Prints both medians and their ratio.
#
#   bench/startup.sh                      # ./atlas concepts
#   bench/startup.sh show infidelity      # any other atlas arguments
#   RUNS=30 bench/startup.sh
#
# Uses hyperfine when it is installed (apt-get install hyperfine), else a Python loop; either way
# the two commands alternate in rounds, so drifting load on a shared machine hits both alike.
# The raw times (JSON) go to bench/results/, which git ignores.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-20}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
args=("$@")
[[ ${#args[@]} -eq 0 ]] && args=(concepts)
results="$root/bench/results"
mkdir -p "$results"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' >"$work/Hello.java"
"$javac" -d "$work" "$work/Hello.java"

# The first ./atlas run builds the jars and the AppCDS archive; that is a one-off, not start-up.
"$root/atlas" "${args[@]}" >/dev/null

hello=("$java" -cp "$work" Hello)
atlas=("$root/atlas" "${args[@]}")
echo "JVM:   $("$java" -version 2>&1 | head -1)"
echo "host:  $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs:  $runs each"

# Load on a shared machine drifts within seconds, so the two commands are measured in alternating
# rounds of 5 runs each and the medians are taken over all rounds: both see the same machine.
rounds=$(( (runs + 4) / 5 ))
if command -v hyperfine >/dev/null; then
  tool="hyperfine, $rounds alternating rounds of 5 runs"
  for ((round = 1; round <= rounds; round++)); do
    hyperfine -N --warmup 1 --runs 5 --style none --export-json "$work/round-$round.json" \
      -n hello "${hello[*]}" -n atlas "${atlas[*]}" >/dev/null 2>&1
  done
else
  tool="python loop, interleaved runs"
  python3 - "$rounds" "$work" "${hello[@]}" -- "${atlas[@]}" <<'PY'
import json, subprocess, sys, time
rounds, work, rest = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
split = rest.index("--")
commands = {"hello": rest[:split], "atlas": rest[split + 1:]}
def once(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start
for cmd in commands.values():
    once(cmd)
for r in range(1, rounds + 1):
    times = {name: [] for name in commands}
    for _ in range(5):
        for name, cmd in commands.items():
            times[name].append(once(cmd))
    results = [{"command": name, "times": t} for name, t in times.items()]
    json.dump({"results": results}, open(f"{work}/round-{r}.json", "w"))
PY
fi

python3 - "$work" "$results/startup.json" "$tool" <<'PY'
import glob, json, statistics, sys
work, out, tool = sys.argv[1], sys.argv[2], sys.argv[3]
times = {"hello": [], "atlas": []}
for path in sorted(glob.glob(f"{work}/round-*.json")):
    for result in json.load(open(path))["results"]:
        times[result["command"]].extend(result["times"])
json.dump(times, open(out, "w"))
h, a = (statistics.median(times[n]) * 1000 for n in ("hello", "atlas"))
print(f"tool:  {tool}")
print(f"hello: median {h:7.1f} ms  ({len(times['hello'])} runs)")
print(f"atlas: median {a:7.1f} ms  ({len(times['atlas'])} runs)")
print(f"ratio: {a / h:.2f}x")
PY
