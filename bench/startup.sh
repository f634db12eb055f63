#!/usr/bin/env bash
# Cold start of the CLI as a user feels it: `./atlas concepts` (whole process: the launcher script,
# the JVM, reading the bundled pack, printing), wall clock, median of RUNS runs, next to a bare
# `java -cp DIR Hello` on the same JVM in the same run. Prints both medians and their ratio.
#
#   bench/startup.sh                      # ./atlas concepts
#   bench/startup.sh show infidelity      # any other atlas arguments
#   RUNS=30 bench/startup.sh
#
# Uses hyperfine when it is installed (apt-get install hyperfine), else a Python loop
# (BENCH_TOOL=python forces it); either way the two commands alternate in rounds of 5 runs, so
# load that drifts on a shared machine hits both alike. CPU time is printed too: on a busy machine
# it says more than wall clock about what changed.
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
if [[ ${BENCH_TOOL:-} != python ]] && command -v hyperfine >/dev/null; then
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
import resource
def cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
def once(cmd, cpus=None):
    start, used = time.perf_counter(), cpu()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    if cpus is not None:
        cpus.append(cpu() - used)
    return time.perf_counter() - start
for cmd in commands.values():
    once(cmd)
for r in range(1, rounds + 1):
    times = {name: [] for name in commands}
    cpus = {name: [] for name in commands}
    for _ in range(5):
        for name, cmd in commands.items():
            times[name].append(once(cmd, cpus[name]))
    results = [{"command": name, "times": times[name], "user": sum(cpus[name]) / 5, "system": 0.0}
               for name in commands]
    json.dump({"results": results}, open(f"{work}/round-{r}.json", "w"))
PY
fi

python3 - "$work" "$results/startup.json" "$tool" <<'PY'
import glob, json, statistics, sys
work, out, tool = sys.argv[1], sys.argv[2], sys.argv[3]
times = {"hello": [], "atlas": []}
cpu = {"hello": [], "atlas": []}
for path in sorted(glob.glob(f"{work}/round-*.json")):
    for result in json.load(open(path))["results"]:
        times[result["command"]].extend(result["times"])
        cpu[result["command"]].append(result["user"] + result["system"])
json.dump({"wall": times, "cpu_per_round": cpu}, open(out, "w"))
h, a = (statistics.median(times[n]) * 1000 for n in ("hello", "atlas"))
hc, ac = (statistics.median(cpu[n]) * 1000 for n in ("hello", "atlas"))
print(f"tool:  {tool}")
print(f"hello: median {h:7.1f} ms wall, {hc:6.1f} ms cpu  ({len(times['hello'])} runs)")
print(f"atlas: median {a:7.1f} ms wall, {ac:6.1f} ms cpu  ({len(times['atlas'])} runs)")
print(f"ratio: {a / h:.2f}x")
PY
